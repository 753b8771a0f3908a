"""The rubric data model: groups of items, scales, adjustments, gates and consolidation rules.

A rubric is pure data loaded from TOML (or a spreadsheet); `to_dict()` gives its fully resolved
form, whose RFC 8785 hash names exactly the rubric a score sheet was scored on.
"""

from collections.abc import Iterator
from dataclasses import dataclass, field
from decimal import Decimal
from functools import cached_property
from pathlib import Path
from typing import Any, Literal

from evaluator_app.canonical import content_hash

STAGES: tuple[str, ...] = ("서면", "발표", "현장")
STAGE_EN = {"서면": "written", "발표": "presentation", "현장": "site"}
STATUSES: tuple[str, ...] = ("proposed", "official")
RULES: tuple[str, ...] = ("trimmed-mean", "mean", "median")
DEFAULT_GRADES: tuple[tuple[str, Decimal], ...] = tuple(
    (letter, Decimal(pct)) for letter, pct in zip("ABCDE", (100, 90, 80, 70, 60), strict=True)
)
# Ids the offline form uses for its special rows; no rubric entry may take them.
RESERVED_IDS = frozenset({"coi", "opinion"})

ScaleKind = Literal["points", "grade"]


@dataclass(frozen=True)
class Scale:
    kind: ScaleKind
    step: Decimal = Decimal(1)
    grades: tuple[tuple[str, Decimal], ...] = DEFAULT_GRADES

    def to_dict(self) -> dict[str, Any]:
        if self.kind == "points":
            return {"scale": "points", "step": self.step}
        return {"scale": "grade", "grades": {g: pct for g, pct in self.grades}}


@dataclass(frozen=True)
class Item:
    id: str
    label_ko: str
    label_en: str
    max_points: Decimal
    scale: Scale
    guidance: str = ""
    rationale_required: bool = True
    rationale_min_length: int = 0
    source: str = ""

    def grade_points(self, grade: str) -> Decimal:
        """Points of a grade letter on this item's grade scale."""
        pct = dict(self.scale.grades)[grade]
        return (self.max_points * pct / Decimal(100)).normalize()

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "label_ko": self.label_ko,
            "label_en": self.label_en,
            "guidance": self.guidance,
            "max_points": self.max_points,
            "rationale_required": self.rationale_required,
            "rationale_min_length": self.rationale_min_length,
            **self.scale.to_dict(),
        }
        if self.source:
            d["source"] = self.source
        return d


@dataclass(frozen=True)
class Group:
    id: str
    label_ko: str
    label_en: str
    max_points: Decimal
    items: tuple[Item, ...]
    guidance: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label_ko": self.label_ko,
            "label_en": self.label_en,
            "guidance": self.guidance,
            "max_points": self.max_points,
            "items": [i.to_dict() for i in self.items],
        }


@dataclass(frozen=True)
class Adjustment:
    """A bonus (가점) or penalty (감점) outside the 100 points, from 0 to `max_points`."""

    id: str
    kind: Literal["bonus", "penalty"]
    label_ko: str
    label_en: str
    max_points: Decimal
    step: Decimal = Decimal("0.5")
    guidance: str = ""
    rationale_required: bool = True
    rationale_min_length: int = 0

    @property
    def sign(self) -> int:
        return 1 if self.kind == "bonus" else -1

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            "label_ko": self.label_ko,
            "label_en": self.label_en,
            "guidance": self.guidance,
            "max_points": self.max_points,
            "step": self.step,
            "rationale_required": self.rationale_required,
            "rationale_min_length": self.rationale_min_length,
        }


@dataclass(frozen=True)
class Gate:
    """A pass/fail check (적격 여부) decided before the items are scored."""

    id: str
    label_ko: str
    label_en: str
    guidance: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "label_ko": self.label_ko,
            "label_en": self.label_en,
            "guidance": self.guidance,
        }


@dataclass(frozen=True)
class Consolidation:
    rule: str = "trimmed-mean"
    trim_min_n: int = 5
    # A member's total further than this many points from the others' mean is flagged (편차).
    deviation_threshold: Decimal = Decimal(15)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rule": self.rule,
            "trim_min_n": self.trim_min_n,
            "deviation_threshold": self.deviation_threshold,
        }


@dataclass(frozen=True)
class Rubric:
    id: str
    program: str
    year: int
    stage: str
    title_ko: str
    title_en: str
    status: str
    sources: tuple[str, ...]
    total: Decimal
    groups: tuple[Group, ...]
    subtype: str = ""
    adjustments: tuple[Adjustment, ...] = ()
    gates: tuple[Gate, ...] = ()
    pass_score: Decimal | None = None
    tie_break: tuple[str, ...] = ()
    consolidation: Consolidation = field(default_factory=Consolidation)
    opinion_required: bool = True
    opinion_min_length: int = 0
    path: Path | None = field(default=None, compare=False)

    def items(self) -> Iterator[Item]:
        for g in self.groups:
            yield from g.items

    @cached_property
    def _item_index(self) -> dict[str, Item]:
        return {i.id: i for i in self.items()}

    def item(self, item_id: str) -> Item | None:
        return self._item_index.get(item_id)

    def adjustment(self, adj_id: str) -> Adjustment | None:
        return next((a for a in self.adjustments if a.id == adj_id), None)

    def gate(self, gate_id: str) -> Gate | None:
        return next((g for g in self.gates if g.id == gate_id), None)

    def group(self, group_id: str) -> Group | None:
        return next((g for g in self.groups if g.id == group_id), None)

    @property
    def status_label(self) -> str:
        return "제안(proposed)" if self.status == "proposed" else "공식(official)"

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "program": self.program,
            "subtype": self.subtype,
            "year": self.year,
            "stage": self.stage,
            "title_ko": self.title_ko,
            "title_en": self.title_en,
            "status": self.status,
            "sources": list(self.sources),
            "total": self.total,
            "tie_break": list(self.tie_break),
            "opinion": {"required": self.opinion_required, "min_length": self.opinion_min_length},
            "consolidation": self.consolidation.to_dict(),
            "gates": [g.to_dict() for g in self.gates],
            "groups": [g.to_dict() for g in self.groups],
            "adjustments": [a.to_dict() for a in self.adjustments],
        }
        if self.pass_score is not None:
            d["pass_score"] = self.pass_score
        return d

    @cached_property
    def content_hash(self) -> str:
        return content_hash(self.to_dict())
