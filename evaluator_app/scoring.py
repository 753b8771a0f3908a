"""Scoring rules: value validation, rationale length, totals (Decimal) and completion state.

Pure functions over a rubric and one application's entries; the workspace stores, these judge.
`validate_change` is the whole judgement of one edit: the workspace gathers what it knows about
the application (`ChangeContext`), calls it once, and writes the normalized change it returns.
"""

from dataclasses import dataclass, field, replace
from decimal import Decimal
from typing import Any, Literal

from evaluator_app.coi import COI_GROUNDS
from evaluator_app.errors import (
    ConflictOfInterestError,
    NotFoundError,
    ScoringError,
)
from evaluator_app.numbers import clip, format_decimal, is_multiple, typed_decimal, typed_text
from evaluator_app.rubric.model import Adjustment, Item, Rubric

STATUSES = ("not-started", "in-progress", "complete", "conflict")
STATUS_KO = {
    "not-started": "미착수", "in-progress": "진행 중", "complete": "완료", "conflict": "회피",
}

PASS_WORDS = {"pass", "적합", "적격", "o", "y", "yes", "true"}
FAIL_WORDS = {"fail", "부적합", "부적격", "x", "n", "no", "false"}


ChangeKind = Literal["score", "adjustment", "gate", "opinion", "coi"]


class _Unset:
    def __repr__(self) -> str:
        return "UNSET"


UNSET: Any = _Unset()


@dataclass(frozen=True)
class Change:
    """One edit. `value` UNSET keeps the stored value, None clears it; `rationale` None keeps.

    - score/adjustment/gate: `entry_id` is the item/adjustment/gate id.
    - opinion: the text is `rationale`.
    - coi: `value` is a ground code (회피), "none" (no conflict), or None (withdraw the
      declaration); the reason text is `rationale`.
    `origin` says where the change came from (e.g. "row 7") for error messages.
    A change returned by `validate_change` carries the stored form of its value.
    """

    application_id: str
    kind: ChangeKind
    entry_id: str = ""
    value: Any = UNSET
    rationale: str | None = None
    origin: str = ""


@dataclass(frozen=True)
class ChangeContext:
    """What the workspace knows about the application a change is for.

    `conflicted`: the application's declaration after this batch's own declarations (True 회피,
    False none, None not declared); `declaration_required`: a bundle session scores only
    declared applications; `predeclared`: the secretariat declared this member's conflict in the
    signed bundle, and `stored_conflict` is the (ground, text) recorded for it, if any."""

    conflicted: bool | None = None
    declaration_required: bool = False
    predeclared: bool = False
    stored_conflict: tuple[str, str] | None = None
    strict: bool = True


def validate_change(rubric: Rubric, ch: Change, ctx: ChangeContext) -> Change:
    """The whole check of one edit: the change in its stored form, or a typed error."""
    aid = ch.application_id
    if ctx.strict and ch.rationale and not ch.rationale.strip():
        # a reason of only spaces looks written but says nothing (autosave, not strict, keeps
        # half-typed text; the completion check then counts it as missing)
        raise ScoringError(f"application {aid}: the text given for {ch.entry_id or ch.kind} is "
                           "only spaces; write it or leave it out")
    if ch.kind == "coi":
        if ctx.predeclared:
            _check_predeclared(ch, ctx)
        if ch.value is UNSET or ch.value in (None, "none"):
            return ch
        if ch.value not in COI_GROUNDS:
            raise ScoringError(f"application {aid}: unknown conflict ground {clip(ch.value)} "
                               f"(use one of {', '.join(COI_GROUNDS)})")
        if ch.value == "other" and not (ch.rationale or "").strip():
            raise ScoringError(f"application {aid}: write the reason for the conflict")
        return ch
    target: Any = None
    if ch.kind != "opinion":
        # an unknown entry id is a typo whatever the declarations: said first, with the ids
        # the rubric does have (not "declare first" for an item that does not exist)
        target = {"score": rubric.item, "adjustment": rubric.adjustment,
                  "gate": rubric.gate}[ch.kind](ch.entry_id)
        if target is None:
            raise NotFoundError(unknown_entry(rubric, aid, ch.kind, ch.entry_id))
    if ctx.predeclared:
        raise ConflictOfInterestError(
            f"application {aid} cannot be scored: the secretariat declared your conflict of "
            "interest with it in the signed bundle")
    if ctx.declaration_required and ctx.conflicted is None:
        raise ScoringError(f"declare first whether you have a conflict of interest with {aid} "
                           "(none, or a ground for 회피)")
    if ctx.conflicted:
        raise ConflictOfInterestError(
            f"application {aid} is declared conflicted (회피); it cannot be scored")
    if ch.kind == "opinion":
        n = text_length(ch.rationale or "")
        if ctx.strict and n and n < rubric.opinion_min_length:
            raise ScoringError(f"application {aid}: the overall opinion has {n} characters; at "
                               f"least {rubric.opinion_min_length} are needed")
        return ch
    value = ch.value
    if value is not UNSET and value is not None:
        if ch.kind == "score":
            value = normalize_score(target, value)
        elif ch.kind == "adjustment":
            value = normalize_adjustment(target, value)
        else:
            value = "pass" if normalize_gate(value) else "fail"
    if ctx.strict and ch.rationale and ch.kind != "gate":
        n = text_length(ch.rationale)
        if n < target.rationale_min_length:
            raise ScoringError(
                f"{ch.entry_id} of {aid}: the rationale has {n} characters (spaces not "
                f"counted); at least {target.rationale_min_length} are needed")
    return replace(ch, value=value)


_KIND_WORDS = {"score": "item", "adjustment": "bonus/penalty", "gate": "gate"}


def unknown_entry(rubric: Rubric, aid: str, kind: str, entry_id: str) -> str:
    """The sentence for an entry id the application's rubric does not have, listing the ids it
    has: items first, then its bonus/penalty entries and gates (`score set` takes all three)."""
    known = [("items", [i.id for i in rubric.items()]),
             ("bonus/penalty", [a.id for a in rubric.adjustments]),
             ("gates", [g.id for g in rubric.gates])]
    listed = "; ".join(f"{word}: {', '.join(ids)}" for word, ids in known if ids)
    return (f"application {aid}: rubric {rubric.id} has no {_KIND_WORDS.get(kind, kind)} "
            f"{clip(entry_id)} ({listed})")


def _check_predeclared(ch: Change, ctx: ChangeContext) -> None:
    """A conflict the secretariat declared in the signed bundle is final for this member: it
    is recorded once when the bundle is opened and can be neither cleared nor changed."""
    if ch.value is UNSET:
        return
    stored = ctx.stored_conflict
    first = stored is None and ch.value not in (None, "none")
    unchanged = stored is not None and stored[0] == ch.value and (
        ch.rationale is None or ch.rationale.strip() == stored[1])
    if not (first or unchanged):
        raise ConflictOfInterestError(
            f"the conflict of interest with {ch.application_id} was declared by the secretariat "
            "in the signed bundle and cannot be changed here; ask the secretariat to correct "
            "the bundle")


def text_length(text: str) -> int:
    """Characters excluding whitespace (공백 제외 글자 수), the usual Korean count."""
    if isinstance(text, str) and text.isprintable():  # then its only whitespace is " "
        return len(text) - text.count(" ")
    return len("".join(text.split()))  # str.split() splits on exactly what isspace() calls space


def normalize_score(item: Item, raw: Any) -> str:
    """The stored form of a score for `item`, or ScoringError saying why `raw` is not valid."""
    label = f"item {item.id} ({item.label_ko})"
    if item.scale.kind == "grade":
        letter = typed_text(str(raw)).upper() if raw is not None else ""
        grades = dict(item.scale.grades)
        if letter not in grades:
            raise ScoringError(
                f"{label}: {clip(raw)} is not a grade of this item (use {', '.join(grades)})")
        return letter
    value = typed_decimal(raw)
    if value is None:
        raise ScoringError(f"{label}: {clip(raw)} is not a number (write digits, e.g. 7 or 7.5)")
    if value > item.max_points:
        raise ScoringError(f"{label}: {value} is outside 0–{item.max_points}")
    if not is_multiple(value, item.scale.step):
        raise ScoringError(f"{label}: {value} is not a multiple of the step {item.scale.step}")
    return format_decimal(value)


def item_points(item: Item, stored: str) -> Decimal:
    if item.scale.kind == "grade":
        return item.grade_points(stored)
    return Decimal(stored)


def normalize_adjustment(adj: Adjustment, raw: Any) -> str:
    label = f"{'bonus' if adj.kind == 'bonus' else 'penalty'} {adj.id} ({adj.label_ko})"
    value = typed_decimal(raw)
    if value is None:
        raise ScoringError(f"{label}: {clip(raw)} is not a number (write digits, e.g. 1 or 0.5)")
    if value > adj.max_points:
        raise ScoringError(f"{label}: {value} is outside 0–{adj.max_points}")
    if not is_multiple(value, adj.step):
        raise ScoringError(f"{label}: {value} is not a multiple of the step {adj.step}")
    return format_decimal(value)


def normalize_gate(raw: Any) -> bool:
    word = typed_text(str(raw)).lower()
    if word in PASS_WORDS:
        return True
    if word in FAIL_WORDS:
        return False
    raise ScoringError(f"gate decision {clip(raw)} must be 적합/pass or 부적합/fail")


@dataclass
class Entry:
    """A stored value (score, adjustment points or gate decision) with its rationale."""

    value: str | None = None
    rationale: str = ""


@dataclass
class ApplicationEntries:
    """Everything a member entered for one application."""

    scores: dict[str, Entry] = field(default_factory=dict)
    adjustments: dict[str, Entry] = field(default_factory=dict)
    gates: dict[str, Entry] = field(default_factory=dict)
    opinion: str = ""
    conflict: dict[str, str] | None = None  # {"ground": code, "text": reason} when 회피

    def is_empty(self) -> bool:
        if self.opinion.strip():
            return False
        entries = [*self.scores.values(), *self.adjustments.values(), *self.gates.values()]
        return not any(e.value is not None or e.rationale.strip() for e in entries)


_NO_ENTRY = Entry()  # what `evaluate` reads for an item nobody entered (never changed)


@dataclass(frozen=True)
class Missing:
    """One thing that keeps an application from being complete (for checklists).

    `code` is gate | score | rationale | rationale-short | opinion | opinion-short, so a UI can
    word it in its own language; `problem` is the English sentence the CLI prints.
    """

    entry_id: str
    problem: str
    code: str = ""
    length: int = 0
    minimum: int = 0


@dataclass
class Evaluation:
    status: str
    subtotal: Decimal = Decimal(0)
    bonus: Decimal = Decimal(0)
    penalty: Decimal = Decimal(0)
    group_totals: dict[str, Decimal] = field(default_factory=dict)
    gate_failed: bool = False
    missing: list[Missing] = field(default_factory=list)

    @property
    def total(self) -> Decimal:
        return self.subtotal + self.bonus - self.penalty


def _rationale_missing(entry_id: str, required: bool, min_len: int, text: str
                       ) -> Missing | None:
    n = text_length(text)
    if n == 0:
        return Missing(entry_id, "rationale missing", "rationale", 0, min_len) if required else None
    if n < min_len:
        return Missing(entry_id, f"rationale {n}/{min_len} characters", "rationale-short", n,
                       min_len)
    return None


def evaluate(rubric: Rubric, entries: ApplicationEntries) -> Evaluation:
    """Totals and completion state of one application under `rubric`."""
    if entries.conflict is not None:
        return Evaluation(status="conflict")
    ev = Evaluation(status="in-progress")
    missing = ev.missing
    for gate in rubric.gates:
        e = entries.gates.get(gate.id)
        if e is None or e.value is None:
            missing.append(Missing(gate.id, "gate not decided", "gate"))
        elif e.value == "fail":
            ev.gate_failed = True
    gate_failed = ev.gate_failed
    scores = entries.scores
    for group in rubric.groups:
        gsum = Decimal(0)
        for item in group.items:
            e = scores.get(item.id, _NO_ENTRY)
            if e.value is not None:
                gsum += item_points(item, e.value)
            elif not gate_failed:
                missing.append(Missing(item.id, "score missing", "score"))
            problem = _rationale_missing(item.id, item.rationale_required,
                                         item.rationale_min_length, e.rationale)
            if problem and not gate_failed:
                missing.append(problem)
        ev.group_totals[group.id] = gsum
        ev.subtotal += gsum
    for adj in rubric.adjustments:
        e = entries.adjustments.get(adj.id)
        if e is None or e.value is None:
            continue
        points = Decimal(e.value)
        if adj.kind == "bonus":
            ev.bonus += points
        else:
            ev.penalty += points
        if points:
            problem = _rationale_missing(adj.id, adj.rationale_required,
                                         adj.rationale_min_length, e.rationale)
            if problem:
                ev.missing.append(problem)
    op_len = text_length(entries.opinion)
    if rubric.opinion_required and op_len == 0:
        ev.missing.append(Missing("opinion", "overall opinion missing", "opinion"))
    elif op_len and op_len < rubric.opinion_min_length:
        ev.missing.append(Missing(
            "opinion", f"overall opinion {op_len}/{rubric.opinion_min_length} characters",
            "opinion-short", op_len, rubric.opinion_min_length))
    if entries.is_empty():
        ev.status = "not-started"
    elif not ev.missing:
        ev.status = "complete"
    return ev
