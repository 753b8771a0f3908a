"""Parse and validate rubric data (TOML files, resolved dicts, spreadsheet tables).

Every finding names the file, the entry and the problem; all findings are collected so an
author fixes a rubric in one pass.
"""

import re
from collections.abc import Callable, Mapping
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaluator_app.errors import RubricError
from evaluator_app.numbers import MAX_COUNT, MAX_POINTS, MIN_STEP, clip, is_multiple, to_decimal
from evaluator_app.rubric.model import (
    DEFAULT_GRADES,
    RESERVED_IDS,
    RULES,
    STAGES,
    STATUSES,
    Adjustment,
    Consolidation,
    Gate,
    Group,
    Item,
    Rubric,
    Scale,
)

# Ids become parts of file names and form rows: a sane length and character set (and \Z, not
# $, so a trailing newline does not slip through).
MAX_ID_LENGTH = 64
ID_RE = re.compile(rf"\A[A-Za-z0-9][A-Za-z0-9._-]{{0,{MAX_ID_LENGTH - 1}}}\Z")
ID_RULE = f"letters, digits, '.', '_' and '-' (at most {MAX_ID_LENGTH} characters)"
TOP_KEYS = {
    "id", "program", "subtype", "year", "stage", "title_ko", "title_en", "status", "sources",
    "total", "pass_score", "tie_break", "defaults", "opinion", "consolidation", "gates",
    "groups", "adjustments",
}
ITEM_KEYS = {
    "id", "label_ko", "label_en", "guidance", "max_points", "scale", "step", "grades",
    "rationale_required", "rationale_min_length", "source",
}
GROUP_KEYS = {"id", "label_ko", "label_en", "guidance", "max_points", "items"}
ADJ_KEYS = {
    "id", "kind", "label_ko", "label_en", "guidance", "max_points", "step",
    "rationale_required", "rationale_min_length",
}
GATE_KEYS = {"id", "label_ko", "label_en", "guidance"}
DEFAULT_KEYS = {"scale", "step", "grades", "rationale_required", "rationale_min_length"}


class _Collector:
    def __init__(self, where: str) -> None:
        self.where = where
        self.problems: list[str] = []

    def add(self, entry: str | None, problem: str) -> None:
        at = f"{self.where}: {entry}: " if entry else f"{self.where}: "
        self.problems.append(at + problem)

    def raise_if_any(self) -> None:
        if self.problems:
            n = len(self.problems)
            first = self.problems[0]
            msg = first if n == 1 else f"{first} (and {n - 1} more problem{'s' * (n > 2)})"
            raise RubricError(msg, self.problems)


def _text(c: _Collector, d: Mapping, key: str, entry: str | None, required: bool = True) -> str:
    v = d.get(key)
    if v is None:
        if required:
            c.add(entry, f"'{key}' is missing")
        return ""
    if not isinstance(v, str) or (required and not v.strip()):
        c.add(entry, f"'{key}' must be a non-empty text")
        return ""
    return v.strip()


def _number(c: _Collector, d: Mapping, key: str, entry: str | None, default: Any = None,
            positive: bool = False) -> Decimal | None:
    raw = d.get(key, default)
    if raw is None:
        c.add(entry, f"'{key}' is missing")
        return None
    v = to_decimal(raw)
    if v is None:
        c.add(entry, f"'{key}' must be a number, not {clip(raw)}")
        return None
    if positive and v <= 0:
        c.add(entry, f"'{key}' must be greater than 0, not {clip(v)}")
        return None
    if v < 0:
        c.add(entry, f"'{key}' must not be negative, not {clip(v)}")
        return None
    if v > MAX_POINTS:
        c.add(entry, f"'{key}' must be at most {MAX_POINTS}, not {clip(v)}")
        return None
    return v


def _step(c: _Collector, step: Decimal | None, entry: str) -> Decimal | None:
    if step is not None and step < MIN_STEP:
        c.add(entry, f"'step' must be at least {MIN_STEP}, not {clip(step)}")
        return None
    return step


def _bool(c: _Collector, d: Mapping, key: str, entry: str | None, default: bool) -> bool:
    v = d.get(key, default)
    if not isinstance(v, bool):
        c.add(entry, f"'{key}' must be true or false, not {v!r}")
        return default
    return v


def _int(c: _Collector, d: Mapping, key: str, entry: str | None, default: int) -> int:
    v = d.get(key, default)
    if isinstance(v, bool) or not isinstance(v, int) or not 0 <= v <= MAX_COUNT:
        c.add(entry, f"'{key}' must be a whole number from 0 to {MAX_COUNT:,}, not {clip(v)}")
        return default
    return v


def _unknown(c: _Collector, d: Mapping, allowed: set[str], entry: str | None) -> None:
    for k in d:
        if k not in allowed:
            c.add(entry, f"unknown key '{k}' (allowed: {', '.join(sorted(allowed))})")


def _list_of_tables(c: _Collector, data: Mapping, key: str, entry: str | None) -> list[Mapping]:
    v = data.get(key, [])
    if not isinstance(v, list) or not all(isinstance(x, Mapping) for x in v):
        c.add(entry, f"'{key}' must be a list of tables ([[{key}]])")
        return []
    return v


def _scale(c: _Collector, d: Mapping, defaults: Mapping, entry: str,
           max_points: Decimal | None) -> Scale:
    kind = d.get("scale", defaults.get("scale", "points"))
    if kind == "points":
        step = _step(c, _number(c, d, "step", entry, default=defaults.get("step", 1),
                                positive=True), entry)
        if step is None:
            return Scale("points")
        if max_points is not None and not is_multiple(max_points, step):
            c.add(entry, f"max_points {max_points} is not a multiple of step {step}")
        return Scale("points", step=step)
    if kind == "grade":
        raw = d.get("grades", defaults.get("grades"))
        if raw is None:
            return Scale("grade", grades=DEFAULT_GRADES)
        if not isinstance(raw, Mapping) or not raw:
            c.add(entry, "'grades' must be a table of letter = percent, e.g. { A = 100, B = 90 }")
            return Scale("grade")
        grades: list[tuple[str, Decimal]] = []
        for letter, pct_raw in raw.items():
            pct = to_decimal(pct_raw)
            if not re.fullmatch(r"[A-Z][+0-9]?", str(letter)):
                c.add(entry, f"grade '{letter}' must be a capital letter such as A")
            elif pct is None or not (0 <= pct <= 100):
                c.add(entry, f"grade {letter} must be a percent between 0 and 100, not "
                             f"{clip(pct_raw)}")
            else:
                grades.append((str(letter), pct))
        return Scale("grade", grades=tuple(grades))
    c.add(entry, f"scale must be 'points' or 'grade', not {kind!r}")
    return Scale("points")


def _item(c: _Collector, d: Mapping, defaults: Mapping) -> Item:
    iid = str(d.get("id", "?"))
    entry = f"item '{iid}'"
    _unknown(c, d, ITEM_KEYS, entry)
    max_points = _number(c, d, "max_points", entry, positive=True)
    return Item(
        id=iid,
        label_ko=_text(c, d, "label_ko", entry),
        label_en=_text(c, d, "label_en", entry),
        guidance=_text(c, d, "guidance", entry, required=False),
        max_points=max_points or Decimal(0),
        scale=_scale(c, d, defaults, entry, max_points),
        rationale_required=_bool(c, d, "rationale_required", entry,
                                 defaults.get("rationale_required", True)),
        rationale_min_length=_int(c, d, "rationale_min_length", entry,
                                  defaults.get("rationale_min_length", 0)),
        source=_text(c, d, "source", entry, required=False),
    )


def _group(c: _Collector, d: Mapping, defaults: Mapping) -> Group:
    gid = str(d.get("id", "?"))
    entry = f"group '{gid}'"
    _unknown(c, d, GROUP_KEYS, entry)
    items = tuple(_item(c, i, defaults) for i in _list_of_tables(c, d, "items", entry))
    if not items:
        c.add(entry, "has no items")
    max_points = _number(c, d, "max_points", entry, positive=True) or Decimal(0)
    total = sum((i.max_points for i in items), Decimal(0))
    if items and max_points and total != max_points:
        c.add(entry, f"items add up to {total}, not to the group's max_points {max_points}")
    return Group(
        id=gid,
        label_ko=_text(c, d, "label_ko", entry),
        label_en=_text(c, d, "label_en", entry),
        guidance=_text(c, d, "guidance", entry, required=False),
        max_points=max_points,
        items=items,
    )


def _adjustment(c: _Collector, d: Mapping, defaults: Mapping) -> Adjustment:
    aid = str(d.get("id", "?"))
    entry = f"adjustment '{aid}'"
    _unknown(c, d, ADJ_KEYS, entry)
    kind = d.get("kind")
    if kind not in ("bonus", "penalty"):
        c.add(entry, f"kind must be 'bonus' (가점) or 'penalty' (감점), not {kind!r}")
        kind = "bonus"
    max_points = _number(c, d, "max_points", entry, positive=True) or Decimal(1)
    step = _step(c, _number(c, d, "step", entry, default="0.5", positive=True),
                 entry) or Decimal("0.5")
    if not is_multiple(max_points, step):
        c.add(entry, f"max_points {max_points} is not a multiple of step {step}")
    return Adjustment(
        id=aid,
        kind=kind,
        label_ko=_text(c, d, "label_ko", entry),
        label_en=_text(c, d, "label_en", entry),
        guidance=_text(c, d, "guidance", entry, required=False),
        max_points=max_points,
        step=step,
        rationale_required=_bool(c, d, "rationale_required", entry, True),
        rationale_min_length=_int(c, d, "rationale_min_length", entry,
                                  defaults.get("rationale_min_length", 0)),
    )


def _gate(c: _Collector, d: Mapping) -> Gate:
    gid = str(d.get("id", "?"))
    entry = f"gate '{gid}'"
    _unknown(c, d, GATE_KEYS, entry)
    return Gate(
        id=gid,
        label_ko=_text(c, d, "label_ko", entry),
        label_en=_text(c, d, "label_en", entry),
        guidance=_text(c, d, "guidance", entry, required=False),
    )


def parse_rubric(
    data: Mapping[str, Any],
    where: str,
    path: Path | None = None,
    check_program: Callable[[str, str], str | None] | None = None,
) -> Rubric:
    """Build a validated Rubric from its dict form; `where` names the source in messages.

    `check_program(program, subtype)` returns a problem text or None (the program catalogue).
    """
    c = _Collector(where)
    _unknown(c, data, TOP_KEYS, None)
    defaults = data.get("defaults", {})
    if not isinstance(defaults, Mapping):
        c.add(None, "[defaults] must be a table")
        defaults = {}
    _unknown(c, defaults, DEFAULT_KEYS, "[defaults]")

    rid = _text(c, data, "id", None)
    if rid and not ID_RE.match(rid):
        c.add(None, f"id {clip(rid)} may only use {ID_RULE}")
    program = _text(c, data, "program", None)
    subtype = _text(c, data, "subtype", None, required=False)
    if program and check_program:
        problem = check_program(program, subtype)
        if problem:
            c.add(None, problem)
    year = data.get("year")
    if isinstance(year, bool) or not isinstance(year, int) or not 2000 <= year <= 2100:
        c.add(None, f"year must be a year such as 2025, not {year!r}")
        year = 0
    stage = data.get("stage")
    if stage not in STAGES:
        c.add(None, f"stage must be one of {', '.join(STAGES)}, not {stage!r}")
        stage = STAGES[0]
    status = data.get("status")
    if status not in STATUSES:
        c.add(None, f"status must be 'proposed' or 'official', not {status!r}")
        status = "proposed"
    sources = data.get("sources", [])
    if not isinstance(sources, list) or not all(isinstance(s, str) and s for s in sources):
        c.add(None, "sources must be a list of texts")
        sources = []
    elif not sources:
        what = "the source of the official table" if status == "official" else (
            "the sources of its item names")
        c.add(None, f"a {status} rubric must list {what} in 'sources'")

    gates = tuple(_gate(c, g) for g in _list_of_tables(c, data, "gates", None))
    groups = tuple(_group(c, g, defaults) for g in _list_of_tables(c, data, "groups", None))
    adjustments = tuple(
        _adjustment(c, a, defaults) for a in _list_of_tables(c, data, "adjustments", None))
    if not groups:
        c.add(None, "the rubric has no groups")

    total = _number(c, data, "total", None, positive=True) or Decimal(0)
    group_sum = sum((g.max_points for g in groups), Decimal(0))
    if groups and total and group_sum != total:
        c.add(None, f"groups add up to {group_sum}, not to the total {total}")

    pass_score = None
    if "pass_score" in data:
        pass_score = _number(c, data, "pass_score", None)
        if pass_score is not None and pass_score > total:
            c.add(None, f"pass_score {pass_score} is above the total {total}")

    seen: set[str] = set()
    all_ids = [g.id for g in gates] + [g.id for g in groups] + [
        i.id for g in groups for i in g.items] + [a.id for a in adjustments]
    for eid in all_ids:
        if not ID_RE.match(eid):
            c.add(clip(eid), f"ids may only use {ID_RULE}")
        if eid.lower() in RESERVED_IDS:
            c.add(f"'{eid}'", f"the id '{eid}' is reserved for the review form's special rows")
        if eid in seen:
            c.add(f"'{eid}'", "the id is used twice (ids must be unique in a rubric)")
        seen.add(eid)

    tie_break = data.get("tie_break", [])
    if not isinstance(tie_break, list) or not all(isinstance(t, str) for t in tie_break):
        c.add(None, "tie_break must be a list of group or item ids")
        tie_break = []
    scorable = {g.id for g in groups} | {i.id for g in groups for i in g.items}
    for t in tie_break:
        if t not in scorable:
            c.add(None, f"tie_break names '{t}', which is not a group or item of this rubric")

    cons = data.get("consolidation", {})
    if not isinstance(cons, Mapping):
        c.add(None, "[consolidation] must be a table")
        cons = {}
    _unknown(c, cons, {"rule", "trim_min_n", "deviation_threshold"}, "[consolidation]")
    rule = cons.get("rule", "trimmed-mean")
    if rule not in RULES:
        c.add("[consolidation]", f"rule must be one of {', '.join(RULES)}, not {rule!r}")
        rule = "trimmed-mean"
    trim_min_n = _int(c, cons, "trim_min_n", "[consolidation]", 5)
    if trim_min_n < 3:
        c.add("[consolidation]", "trim_min_n must be at least 3 (two scores are dropped)")
    deviation = _number(c, cons, "deviation_threshold", "[consolidation]", default=15)

    opinion = data.get("opinion", {})
    if not isinstance(opinion, Mapping):
        c.add(None, "[opinion] must be a table")
        opinion = {}
    _unknown(c, opinion, {"required", "min_length"}, "[opinion]")

    c.raise_if_any()
    return Rubric(
        id=rid,
        program=program,
        subtype=subtype,
        year=year,
        stage=stage,
        title_ko=_text(c, data, "title_ko", None),
        title_en=_text(c, data, "title_en", None),
        status=status,
        sources=tuple(sources),
        total=total,
        groups=groups,
        adjustments=adjustments,
        gates=gates,
        pass_score=pass_score,
        tie_break=tuple(tie_break),
        consolidation=Consolidation(rule=rule, trim_min_n=trim_min_n,
                                    deviation_threshold=deviation or Decimal(0)),
        opinion_required=_bool(c, opinion, "required", "[opinion]", True),
        opinion_min_length=_int(c, opinion, "min_length", "[opinion]", 0),
        path=path,
    )


def load_rubric_file(path: Path, check_program: Callable[[str, str], str | None] | None = None,
                     ) -> Rubric:
    from evaluator_app.toml_file import read_toml  # tomllib: for rubric files, not stored ones

    data = read_toml(path, RubricError, "the rubric file")
    return parse_rubric(data, str(path), path=path, check_program=check_program)
