"""What the desk's wizard holds while the 간사 fills it: plain values, autosaved as JSON so a
crash loses no typing, turned into the core's RoundDraft (evaluator_app/round) to check and
save. The grid keeps the texts as typed, so a wrong cell survives until it is corrected."""

import json
from dataclasses import asdict, dataclass, field
from datetime import date, datetime
from pathlib import Path
from typing import Any

from evaluator_app.errors import EvaluatorError
from evaluator_app.programs import load_programs
from evaluator_app.replacing import written_in_place
from evaluator_app.review import ReviewPlan
from evaluator_app.round.applicants import ApplicantsTable
from evaluator_app.round.grid import GridRow, check_grid, rows_from_applications
from evaluator_app.round.model import (
    ApplicationDraft,
    Confirmation,
    ConflictDraft,
    PreviousRef,
    RosterDraft,
    RoundDraft,
    SessionDraft,
    Window,
)
from evaluator_app.round.new import STAGE_SLUG, pledge_text, session_rubrics
from evaluator_app.round_sent import SentBundle
from evaluator_app.trust.identity import Card

DRAFT_VERSION = 1


@dataclass
class CardInfo:
    path: str
    name: str
    affiliation: str
    role: str
    fingerprint: str


def read_card(path: str) -> CardInfo:
    """A card file's facts; IdentityError for a file that is no card."""
    card = Card.load(Path(path))
    return CardInfo(str(Path(path).absolute()), card.name, card.affiliation, card.role,
                    card.fingerprint)


@dataclass
class DeskState:
    program: str = "base"
    stage: str = "서면"
    year: int = field(default_factory=lambda: date.today().year)
    title: str = ""
    sites: int | None = None  # None: the program's
    rows: list[GridRow] = field(default_factory=list)
    documents: dict[str, list[str]] = field(default_factory=dict)  # application id → paths
    slides: dict[str, list[str]] = field(default_factory=dict)
    cards: list[str] = field(default_factory=list)  # card paths, the chair's among them
    chair: str = ""  # the chair's card path ("" : the card with the role chair)
    confirmed: dict[str, list[str]] = field(default_factory=dict)  # path → [how, fingerprint]
    conflicts: list[dict[str, str]] = field(default_factory=list)  # member, application, …
    opens: str = ""  # ISO date-times with the time zone
    closes: str = ""
    pledge: str | None = None  # None: the default text for the title
    review_minutes: tuple[int, int] = (10, 10)
    review_order: str = "spec"
    use_previous: bool = False
    previous_result: str = ""
    previous_chair: str = ""
    shortlist: int | str = 3
    weight: float = 0.3
    allow_print: bool | None = None
    spec_path: str = ""  # where the spec is (or will be) saved
    bundle_path: str = ""
    sheets_folder: str = ""
    # each bundle signed from the desk (round_sent.SentBundle), oldest first: the last is the
    # one the members hold; the earlier ones name the sheets scored before a correction
    sent: list[dict[str, Any]] = field(default_factory=list)

    # ---- autosave --------------------------------------------------------------------------

    def to_json(self) -> str:
        data = asdict(self)
        data["version"] = DRAFT_VERSION
        return json.dumps(data, ensure_ascii=False, indent=1)

    @classmethod
    def from_json(cls, text: str) -> "DeskState":
        data = json.loads(text)
        data.pop("version", None)
        known = set(cls.__dataclass_fields__)
        state = cls(**{k: v for k, v in data.items() if k in known})
        state.review_minutes = tuple(state.review_minutes)  # type: ignore[assignment]
        # a record of a bundle sent that does not read is dropped, not the whole draft: it
        # only decides what the desk says about edits made since
        state.sent = [d for d in state.sent if _readable_sent(d)] if isinstance(
            state.sent, list) else []
        return state

    def save_draft(self, path: Path) -> None:
        """Atomically: a crash while writing leaves the previous draft whole."""
        path.parent.mkdir(parents=True, exist_ok=True)
        with written_in_place(path) as tmp:
            tmp.write_text(self.to_json(), encoding="utf-8")

    # ---- derived ---------------------------------------------------------------------------

    def session_id(self) -> str:
        return f"{self.year}-{self.program}-{STAGE_SLUG.get(self.stage, 'written')}"

    def pledge_or_default(self) -> str:
        return self.pledge if self.pledge is not None else pledge_text(
            self.title.strip() or "이 평가")

    def chair_path(self, cards: list[CardInfo]) -> str:
        if self.chair and self.chair in self.cards:
            return self.chair
        chairs = [c.path for c in cards if c.role == "chair"]
        return chairs[0] if len(chairs) == 1 else ""

    def table(self) -> ApplicantsTable:
        return check_grid(self.rows, load_programs()[self.program])

    def draft(self, cards: list[CardInfo], table: ApplicantsTable | None = None) -> RoundDraft:
        """The round as the core sees it (whatever is still wrong is left for the checks)."""
        program = load_programs()[self.program]
        rubric, rubrics, _ = session_rubrics(program, self.stage)
        table = table or self.table()
        apps = tuple(ApplicationDraft(**{
            **r.application.__dict__,
            "documents": tuple(Path(p) for p in self.documents.get(r.application.id, [])),
            "slides": tuple(Path(p) for p in self.slides.get(r.application.id, []))})
            for r in table.rows)
        previous = None
        if self.use_previous and self.previous_result:
            previous = PreviousRef(Path(self.previous_result),
                                   Path(self.previous_chair or self.chair_path(cards) or "."),
                                   self.shortlist, self.weight)
        review = None
        if self.stage == "발표":
            review = ReviewPlan(self.review_minutes[0], self.review_minutes[1], self.review_order)
        session = SessionDraft(
            id=self.session_id(), program=self.program, stage=self.stage,
            title=self.title.strip(), sites_to_select=self.sites, year=self.year,
            rubric=rubric, rubrics=rubrics, previous=previous, review=review)
        chair = self.chair_path(cards)
        roster = None
        if chair:
            members = tuple(Path(c) for c in self.cards if c != chair)
            confirmed = {Path(p): Confirmation(how, fp) for p, (how, fp) in self.confirmed.items()
                         if p in self.cards}
            roster = RosterDraft(Path(chair), members, confirmed)
        conflicts = tuple(ConflictDraft(Path(c["member"]), c["application"],
                                        c.get("ground") or None, c.get("reason") or None)
                          for c in self.conflicts if c["member"] in self.cards)
        return RoundDraft(session, apps, roster, self.window(), self.pledge_or_default(),
                          conflicts, self.allow_print)

    def sent_bundles(self) -> list[SentBundle]:
        return [SentBundle.from_dict(d) for d in self.sent]

    def window(self) -> Window | None:
        try:
            return Window(datetime.fromisoformat(self.opens), datetime.fromisoformat(self.closes))
        except ValueError:
            return None


def state_of(draft: RoundDraft, spec: Path) -> DeskState:
    """A spec opened again: every page filled from it."""
    s = draft.session
    programs = load_programs()
    program = programs.get(s.program) or next(iter(programs.values()))
    state = DeskState(program=program.id, stage=s.stage, year=s.year or date.today().year,
                      title=s.title, sites=s.sites_to_select, spec_path=str(Path(spec).absolute()))
    state.rows = rows_from_applications(draft.applications, program)
    state.documents = {a.id: [str(p) for p in a.documents] for a in draft.applications}
    state.slides = {a.id: [str(p) for p in a.slides] for a in draft.applications if a.slides}
    if draft.roster is not None:
        state.chair = str(draft.roster.chair)
        state.cards = [state.chair, *(str(p) for p in draft.roster.members)]
        state.confirmed = {str(p): [c.how, c.fingerprint]
                           for p, c in draft.roster.confirmed.items()}
    state.conflicts = [{"member": str(c.member), "application": c.application,
                        "ground": c.ground or "", "reason": c.reason or ""}
                       for c in draft.conflicts]
    if draft.window is not None:
        state.opens = draft.window.opens.isoformat()
        state.closes = draft.window.closes.isoformat()
    state.pledge = draft.pledge
    if s.review is not None:
        state.review_minutes = (s.review.presentation_minutes, s.review.questions_minutes)
        state.review_order = s.review.order
    if s.previous is not None:
        state.use_previous = True
        state.previous_result, state.previous_chair = str(s.previous.result), str(
            s.previous.chair)
        state.shortlist, state.weight = s.previous.shortlist, float(s.previous.weight)
    state.allow_print = draft.allow_print
    return state


def _readable_sent(record: Any) -> bool:
    try:
        SentBundle.from_dict(record)
        return True
    except (KeyError, TypeError, ValueError, AttributeError):
        return False


def load_cards(paths: list[str]) -> tuple[list[CardInfo], dict[str, str]]:
    """The cards that read, and why each other one does not (path → the core's message)."""
    cards, bad = [], {}
    for p in paths:
        try:
            cards.append(read_card(p))
        except EvaluatorError as e:
            bad[p] = e.message
    return cards, bad
