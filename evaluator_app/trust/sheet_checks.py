"""The rubric checks of a signed sheet (평가표): every application covered, the secretariat's
conflicts respected, each value, points figure and total recomputed against the frozen rubric.

Kept apart from sheet.py (signature, binding, export): this is the part that runs once per
application of sixty members' sheets, so it remembers what it has already found valid.
"""

from contextlib import suppress
from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaluator_app.errors import EvaluatorError, ScoringError, SheetError
from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import (
    ApplicationEntries,
    Entry,
    evaluate,
    format_decimal,
    item_points,
    normalize_adjustment,
    normalize_score,
    text_length,
)


@dataclass(frozen=True)
class ScoredPoints:
    """One scored application's points as its verified sheet states them (each checked against
    its value): per item that has a value, and per group of the rubric."""

    items: dict[str, Decimal]
    groups: dict[str, Decimal]


def _fail(path: Path, what: str, code: str = "scores") -> SheetError:
    return SheetError(f"{path}: {what}", code=code)


class RubricCheck:
    """What checking scores against one rubric needs, worked out once per rubric rather than
    per sheet or item: the ids of each group's items, the rubric's items in sheet order with
    their rationale rules, and every (item, value, points) already found valid with its points
    — sixty members' sheets repeat the same few thousand times."""

    __slots__ = ("adjustments", "formatted", "gate_ids", "groups", "layout", "rubric", "spans",
                 "valid")

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        self.groups = tuple((g.id, tuple(i.id for i in g.items), (Decimal(0),) * len(g.items))
                            for g in rubric.groups)  # id, item ids, a zero for each item
        # (item id, rationale required, its minimum length), in the order a sheet lists them
        self.layout = tuple((i.id, i.rationale_required, i.rationale_min_length)
                            for i in rubric.items())
        spans, start = [], 0
        for g in rubric.groups:  # each group's slice of `layout`
            spans.append((g.id, start, start + len(g.items)))
            start += len(g.items)
        self.spans = tuple(spans)
        self.gate_ids = tuple(g.id for g in rubric.gates)
        self.adjustments = {a.id: a for a in reversed(rubric.adjustments)}  # first of an id
        # `_key` → (points as the sheet states them, the rubric's points for the value)
        self.valid: dict[tuple[Any, ...], tuple[Decimal | None, Decimal | None]] = {}
        self.formatted = _Formatted()


class _Formatted(dict[Decimal, str]):
    """`format_decimal` remembered per value: equal values print alike ("7.0" and "7" as
    "7"), and a committee's totals repeat the same few hundred values."""

    def __missing__(self, value: Decimal) -> str:
        text = self[value] = format_decimal(value)
        return text


def check_applications(path: Path, sheet: dict[str, Any], ctx: Any
                       ) -> tuple[dict[str, str | None], dict[str, ScoredPoints]]:
    """The rubric checks of a sheet whose signer and bundle were checked: it covers the
    session's applications (or, partial, a set of them), respects the conflicts the
    secretariat declared, and scores each on the bundle's rubric, every value, points figure
    and total recomputed. Returns each application's total (None: 회피) and its points.
    `ctx` is sheet.py's SheetContext (expected, conflicts, roster, checks)."""
    fp = sheet["member"]["fingerprint"]
    partial = sheet.get("partial")
    expected = ctx.expected
    apps = sheet.get("applications", [])
    if not isinstance(apps, list) or not all(
            isinstance(a, dict) and isinstance(a.get("id"), str) for a in apps):
        raise _fail(path, "the applications of the sheet are malformed", "coverage")
    got = [a["id"] for a in apps]
    if partial is None and sorted(got) != sorted(expected):
        raise _fail(path, "the sheet does not cover exactly the session's applications",
                    "coverage")
    if partial is not None and (not got or len(set(got)) != len(got)
                                or not set(got) <= set(expected)):
        raise _fail(path, "the partial sheet does not cover a set of the session's applications",
                    "coverage")
    predeclared = ctx.conflicts.get(fp, set())
    totals: dict[str, str | None] = {}
    points: dict[str, ScoredPoints] = {}
    for app in sheet["applications"]:
        aid = app["id"]
        if aid in predeclared and not app.get("conflict"):
            raise _fail(path, f"{aid} is scored although the secretariat declared "
                              f"{ctx.roster[fp].name}'s conflict of interest with it in the "
                              "bundle", "conflict")
        if app.get("rubric_hash") != expected[aid]:
            raise _fail(path, f"{aid} was scored on another rubric than the bundle's",
                        "other-bundle")
        totals[aid], scored = _check_application(path, app, ctx.checks[expected[aid]])
        if scored is not None:
            points[aid] = scored
    return totals, points


def _key(item_id: Any, value: Any, i: dict[str, Any]) -> tuple[Any, ...]:
    """What a remembered item check is found by. The types are part of it: JSON's true equals
    1 in a Python dict, and must not pass for a score of 1 checked before."""
    points = None if value is None else i["points"]
    return item_id, type(value), value, type(points), points


def _item_points(path: Path, aid: str, i: Any, check: RubricCheck
                 ) -> tuple[Decimal | None, Decimal | None]:
    """One item of a sheet checked: it is an item of the rubric, its value a valid stored score
    and its points that value's points. Returns the points as the sheet states them and the
    rubric's points for the value (both None when it has no value); remembered per (item,
    value, points) for the next sheets."""
    item = check.rubric.item(i["item"])
    if item is None:
        raise _fail(path, f"{aid}: the rubric has no item {i['item']!r}")
    value = i["value"]
    if value is None:
        found: tuple[Decimal | None, Decimal | None] = (None, None)
    else:
        if normalize_score(item, value) != value:
            raise ScoringError(f"{item.id}: {value!r} is not a stored score")
        stated, points = Decimal(i["points"]), item_points(item, value)
        if stated != points:
            raise _fail(path, f"{aid} {item.id}: the points do not match the value")
        found = (stated, points)
    with suppress(TypeError):  # unhashable points beside no value: valid, not remembered
        check.valid[_key(item.id, value, i)] = found
    return found


def _check_application(path: Path, app: dict[str, Any], check: RubricCheck
                       ) -> tuple[str | None, ScoredPoints | None]:
    aid = app["id"]
    if app.get("conflict"):
        if any(k in app for k in ("items", "total")):
            raise _fail(path, f"{aid} is declared conflicted (회피) but carries scores")
        return None, None
    quick = _complete_as_written(path, app, check)
    return quick if quick is not None else _full_check(path, app, check)


def _full_check(path: Path, app: dict[str, Any], check: RubricCheck
                ) -> tuple[str, ScoredPoints]:
    """Every rule for one scored application, through `evaluate`: what it returns, or the
    SheetError naming the first thing wrong."""
    aid = app["id"]
    rubric = check.rubric
    valid = check.valid
    items: dict[str, Decimal] = {}
    try:
        entries = ApplicationEntries(opinion=app.get("opinion", ""))
        for g in app.get("gates", []):
            entries.gates[g["gate"]] = Entry(g["decision"], g.get("rationale", ""))
        scores = entries.scores
        for i in app.get("items", []):
            try:  # an (item, value, points) found valid before, on this sheet or another
                item_id, value = i["item"], i["value"]
                stated = valid[_key(item_id, value, i)][0]
            except (KeyError, TypeError):  # not yet seen, incomplete, unhashable, no object
                stated = _item_points(path, aid, i, check)[0]  # raises what is wrong with it
                item_id, value = i["item"], i["value"]
            scores[item_id] = Entry(value, i.get("rationale", ""))
            if stated is not None:
                items[item_id] = stated
        for a in app.get("adjustments", []):
            adj = rubric.adjustment(a["id"])
            if adj is None or normalize_adjustment(adj, a["points"]) != a["points"]:
                raise _fail(path, f"{aid}: bonus/penalty {a['id']!r} is not valid")
            entries.adjustments[adj.id] = Entry(a["points"], a.get("rationale", ""))
        ev = evaluate(rubric, entries)  # a rationale or opinion that is no text fails here
    except SheetError:
        raise
    except EvaluatorError as e:
        raise _fail(path, f"{aid}: {e.message}") from None
    except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
        raise _fail(path, f"{aid}: the scores are malformed") from None
    if ev.status != "complete":
        raise _fail(path, f"{aid} is incomplete under the rubric ({ev.missing[0].problem})")
    for key, value in (("subtotal", ev.subtotal), ("bonus", ev.bonus),
                       ("penalty", ev.penalty), ("total", ev.total)):
        if app.get(key) != format_decimal(value):
            raise _fail(path, f"{aid}: the {key} {app.get(key)} does not add up "
                              f"(recomputed {format_decimal(value)})")
    zero = Decimal(0)
    groups = {gid: sum(map(items.get, ids, zeros), zero) for gid, ids, zeros in check.groups}
    return app["total"], ScoredPoints(items, groups)


def _length(text: Any) -> int:
    """`text_length`, for text only (anything else: TypeError, and the full check says why)."""
    if text.__class__ is not str:
        raise TypeError(text)
    return len(text) - text.count(" ") if text.isprintable() else text_length(text)


def _complete_as_written(path: Path, app: dict[str, Any], check: RubricCheck
                         ) -> tuple[str, ScoredPoints] | None:
    """The checks of `_check_application` for the usual sheet, in one pass and without
    building entries: every item of the rubric scored, listed in the rubric's order (as
    `application_record` writes them) with its value and points as text. The same rules
    decide — each (item, value, points) valid for the rubric, every gate decided, rationales
    and opinion long enough, the application not empty, each total as recomputed by
    `evaluate`'s additions in `evaluate`'s order — and it answers only when the application
    passes them all; None sends it to the full check, which names what is wrong (or accepts
    what this pass does not cover, such as an unscored item behind a failed gate)."""
    try:
        layout, valid = check.layout, check.valid
        sheet_items = app.get("items", [])
        if sheet_items.__class__ is not list or len(sheet_items) != len(layout):
            return None
        gates = app.get("gates", [])
        decisions = {}
        for g in gates:
            _length(g.get("rationale", ""))  # text, as `is_empty` may read it
            decisions[g["gate"]] = g["decision"]
        gate_failed = False
        for gid in check.gate_ids:
            decision = decisions.get(gid)
            if decision is None:
                return None  # undecided
            if decision == "fail":
                gate_failed = True
        stated_points, rubric_points, items = [], [], {}
        for i, (item_id, required, minimum) in zip(sheet_items, layout, strict=True):
            value, points = i["value"], i["points"]
            if (i["item"] != item_id or value.__class__ is not str
                    or points.__class__ is not str):
                return None
            found = valid.get((item_id, str, value, str, points))  # as `_key` has it
            if found is None:
                found = _item_points(path, app["id"], i, check)
            text = i.get("rationale", "")  # `_length`, inline: it runs for every item
            if text.__class__ is not str:
                return None
            n = len(text) - text.count(" ") if text.isprintable() else text_length(text)
            if not gate_failed and (n < minimum if n else required):
                return None  # a rationale missing or too short
            stated_points.append(found[0])
            rubric_points.append(found[1])
            items[item_id] = found[0]
        zero = Decimal(0)
        subtotal, bonus, penalty = zero, zero, zero
        for _gid, start, end in check.spans:
            subtotal += sum(rubric_points[start:end], zero)
        given = {}
        for a in app.get("adjustments", []):
            adj = check.adjustments.get(a["id"])
            if adj is None or normalize_adjustment(adj, a["points"]) != a["points"]:
                return None
            given[adj.id] = (a["points"], a.get("rationale", ""))
        for adj in check.rubric.adjustments:
            entry = given.get(adj.id)
            if entry is None:
                continue
            points = Decimal(entry[0])
            if adj.kind == "bonus":
                bonus += points
            else:
                penalty += points
            n = _length(entry[1])
            if points and (n < adj.rationale_min_length if n else adj.rationale_required):
                return None
        rubric = check.rubric
        opinion = app.get("opinion", "")
        n = _length(opinion)
        if (rubric.opinion_required and n == 0) or (n and n < rubric.opinion_min_length):
            return None
        if not layout and not opinion.strip():
            return None  # maybe empty (not started): the full check decides
        formatted = check.formatted
        for key, value in (("subtotal", subtotal), ("bonus", bonus), ("penalty", penalty),
                           ("total", subtotal + bonus - penalty)):
            if app.get(key) != formatted[value]:
                return None
        groups = {gid: sum(stated_points[start:end], zero) for gid, start, end in check.spans}
        return app["total"], ScoredPoints(items, groups)
    except (EvaluatorError, KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
        return None  # the full check names it
