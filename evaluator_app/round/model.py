"""The plain data of one round (a draft the desk edits, then writes as spec.toml).

Paths are absolute; `spec_io` writes them relative to the spec's folder. Optional keys of the
spec are None when absent, so a spec read and written again says the same thing.
"""

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from evaluator_app.review import ReviewPlan

# How the secretariat compared a member's fingerprint with the person (issue 18: recorded in
# the spec, per card).
CONFIRM_WAYS = ("phone", "in-person")
CONFIRM_WORDS = {"phone": "전화로 확인", "in-person": "대면 확인"}
MAX_POPULATION = 100_000_000  # more than any Korean or partner city; beyond it is a typo


@dataclass(frozen=True)
class PreviousRef:
    """[session.previous]: the earlier stage's signed result and whose signature it carries."""

    result: Path
    chair: Path
    shortlist: int | str  # top N, or "pass" (선정/예비)
    weight: float | int


@dataclass(frozen=True)
class SessionDraft:
    id: str
    program: str
    stage: str
    title: str
    sites_to_select: int | None = None  # None: the program's
    year: int | None = None
    quorum: int | None = None
    rubric: str | None = None  # one rubric for every application…
    rubrics: dict[str, str] = field(default_factory=dict)  # …or one per subtype
    previous: PreviousRef | None = None
    review: ReviewPlan | None = None


@dataclass(frozen=True)
class ApplicationDraft:
    id: str
    applicant: str
    applicant_kind: str
    title: str
    documents: tuple[Path, ...] = ()
    population: int | None = None
    subtype: str = ""
    jurisdiction: str | None = None
    overseas_partner: str | None = None
    consortium: str | tuple[str, ...] | None = None
    slides: tuple[Path, ...] = ()


@dataclass(frozen=True)
class Confirmation:
    """The fingerprint was compared aloud with its owner; a later card swap voids it."""

    how: str  # one of CONFIRM_WAYS
    fingerprint: str


@dataclass(frozen=True)
class RosterDraft:
    chair: Path
    members: tuple[Path, ...]
    confirmed: dict[Path, Confirmation] = field(default_factory=dict)  # card path → tick


@dataclass(frozen=True)
class ConflictDraft:
    """A conflict the secretariat declares before the bundle (that member cannot decrypt the
    application); the ground is a code of evaluator_app.coi, the reason free text."""

    member: Path
    application: str
    ground: str | None = None
    reason: str | None = None


@dataclass(frozen=True)
class Window:
    opens: datetime
    closes: datetime


@dataclass(frozen=True)
class RoundDraft:
    session: SessionDraft
    applications: tuple[ApplicationDraft, ...] = ()
    roster: RosterDraft | None = None
    window: Window | None = None
    pledge: str | None = None
    conflicts: tuple[ConflictDraft, ...] = ()
    allow_print: bool | None = None  # [bundle] allow_print; None: not written
