"""`session new`: a round composed from the applicants table, the documents and the cards.

`compose_round` gathers every problem of all three at once (row and column for the table) and
returns the draft with them; the caller writes the draft only when there are none (see
evaluator_app/round_desk.py, which also runs `session check` on what it wrote).
"""

from dataclasses import dataclass, field
from datetime import datetime, timedelta, timezone
from pathlib import Path

from evaluator_app.coi import COI_GROUNDS
from evaluator_app.errors import EvaluatorError, SpecError
from evaluator_app.numbers import clip
from evaluator_app.programs import Program, load_programs
from evaluator_app.review import ReviewPlan
from evaluator_app.round.applicants import ApplicantsTable, read_applicants
from evaluator_app.round.columns import fold
from evaluator_app.round.folders import (
    CardFacts,
    CardReader,
    Progress,
    Roster,
    match_documents,
    read_cards,
)
from evaluator_app.round.model import (
    ApplicationDraft,
    ConflictDraft,
    PreviousRef,
    RosterDraft,
    RoundDraft,
    SessionDraft,
    Window,
)
from evaluator_app.round.problems import Problem
from evaluator_app.rubric.catalogue import load_catalogue
from evaluator_app.rubric.model import STAGES, Rubric
from evaluator_app.spreadsheet import cell_text, read_table

STAGE_SLUG = {"서면": "written", "발표": "presentation", "현장": "site"}
CONFLICT_HEADERS = {"평가위원": "member", "member": "member", "신청번호": "application",
                    "application": "application", "application_id": "application",
                    "사유구분": "ground", "ground": "ground", "사유": "reason", "reason": "reason"}


@dataclass(frozen=True)
class NewRoundRequest:
    """What `evaluator session new` (or the desk's wizard) is given."""

    program: str
    stage: str
    title: str
    applicants: Path
    documents: Path
    cards: Path
    chair: Path | None = None
    conflicts: Path | None = None
    previous: Path | None = None
    shortlist: int | str | None = None
    weight: float | None = None
    previous_chair: Path | None = None  # default: this round's chair
    session_id: str | None = None  # default: <year>-<program>-<written|presentation|site>
    year: int | None = None  # default: the rubrics' year
    pledge: str | None = None  # default: pledge_text(title)
    window: Window | None = None
    review: ReviewPlan | None = None  # a 발표 stage's minutes and order; default ReviewPlan()


@dataclass
class NewRound:
    draft: RoundDraft | None  # None when the request is too broken to compose one
    problems: list[Problem] = field(default_factory=list)
    table: ApplicantsTable | None = None  # for mapping later findings to rows
    cards: list[CardFacts] = field(default_factory=list)  # chair first, then the members

    @property
    def ok(self) -> bool:
        return self.draft is not None and not self.problems


def pledge_text(title: str) -> str:
    return (f"본인은 {title}의 평가위원으로서 관계 법령과 공모지침에 따라 공정하고 성실하게 "
            "평가하며, 평가 과정에서 알게 된 내용을 누설하지 않고, 이해충돌이 있는 경우 스스로 "
            "회피할 것을 서약합니다.")


KST = timezone(timedelta(hours=9))  # a moment typed without a zone is Korea time


def moment_of(text: str, what: str) -> datetime:
    """A date and time as typed on the command line (2025-06-02T09:00, 2025-06-02 09:00 or
    with a zone such as +09:00); without a zone it is Korea time. SpecError otherwise."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        raise SpecError(f"{what} {clip(text)} is not a date and time such as "
                        "2025-06-02T09:00 (Korea time) or 2025-06-02T09:00+09:00") from None
    if len(text.strip()) <= 10:  # a date alone: say when on that day
        raise SpecError(f"{what} {clip(text)} needs a time of day too, e.g. {text.strip()}T09:00")
    return moment if moment.tzinfo else moment.replace(tzinfo=KST)


def pledge_of(value: str) -> str:
    """--pledge: the text itself, or a UTF-8 text file holding it (the official wording the
    ministry sends is long)."""
    path = Path(value)
    try:
        if len(value) < 1024 and "\n" not in value and path.is_file():
            value = path.read_text(encoding="utf-8-sig")
    except OSError as e:
        raise SpecError(f"the pledge file {path} cannot be read ({e.strerror or e})") from None
    except UnicodeDecodeError:  # the codec's byte offsets mean nothing to a secretariat
        raise SpecError(f"the pledge file {path} is not UTF-8 text; save it again as "
                        "UTF-8") from None
    return value.strip()


def pick_rubrics(program: Program, stage: str, catalogue: dict[str, Rubric]
                 ) -> dict[str, Rubric]:
    """subtype ('' for none) → the rubric of this program and stage: an official one before a
    proposed one, then the latest year."""
    out: dict[str, Rubric] = {}
    for r in catalogue.values():
        if r.program != program.id or r.stage != stage:
            continue
        best = out.get(r.subtype)
        rank = (r.status == "official", r.year, r.id)
        if best is None or rank > (best.status == "official", best.year, best.id):
            out[r.subtype] = r
    if program.subtypes and all(s in out for s in program.subtypes):
        return {s: out[s] for s in program.subtypes}
    return {"": out[""]} if "" in out else {}


def session_rubrics(program: Program, stage: str, home: Path | None = None
                    ) -> tuple[str | None, dict[str, str], list[Problem]]:
    """(rubric, rubrics per subtype, problems) for the spec's [session]."""
    if stage not in STAGES:
        return None, {}, [Problem(f"stage must be one of {', '.join(STAGES)}, not {stage!r}")]
    try:
        picked = pick_rubrics(program, stage, load_catalogue(home))
    except EvaluatorError as e:
        return None, {}, [Problem(e.message)]
    if not picked:
        return None, {}, [Problem(f"there is no {stage} rubric for {program.id} "
                                  "(`evaluator rubric list` shows the known ones; import one "
                                  "with `evaluator rubric import`)")]
    if "" in picked:
        return picked[""].id, {}, []
    return None, {s: r.id for s, r in picked.items()}, []


def _conflicts(path: Path, roster: Roster, table: ApplicantsTable
               ) -> tuple[list[ConflictDraft], list[Problem]]:
    """The pre-declared conflicts table: 평가위원 (card file or name), 신청번호, 사유 구분
    (a code or its Korean wording), 사유."""
    problems: list[Problem] = []
    try:
        raw = read_table(path, "이해충돌", SpecError)
    except EvaluatorError as e:
        return [], [Problem(e.message)]
    if not raw:
        return [], [Problem("the conflicts table is empty", path.name)]
    columns = {CONFLICT_HEADERS.get(fold(cell_text(h))): i for i, h in enumerate(raw[0])}
    missing = [h for h, f in (("평가위원", "member"), ("신청번호", "application"))
               if f not in columns]
    if missing:
        return [], [Problem(f"the header lacks the column(s) {', '.join(missing)}", path.name,
                            1)]
    members = {fold(c.path.name): c for c in roster.members}
    members.update({fold(c.path.stem): c for c in roster.members})
    by_name: dict[str, list[CardFacts]] = {}
    for c in roster.members:
        by_name.setdefault(fold(c.name), []).append(c)
    grounds = {fold(code): code for code in COI_GROUNDS}
    grounds.update({fold(ko): code for code, (ko, _) in COI_GROUNDS.items()})
    apps = {r.application.id for r in table.rows}
    out: list[ConflictDraft] = []
    seen: dict[tuple[Path, str], int] = {}
    for n, values in enumerate(raw[1:], start=2):
        cell = {f: cell_text(values[i]) if i < len(values) else "" for f, i in columns.items()
                if f}
        if not any(cell.values()):
            continue

        def bad(column: str, text: str, n: int = n) -> None:
            problems.append(Problem(text, path.name, n, column))

        who, aid = cell.get("member", ""), cell.get("application", "")
        card = members.get(fold(who))
        if card is None and len(by_name.get(fold(who), [])) == 1:
            card = by_name[fold(who)][0]
        if card is None:
            bad("평가위원", f"{clip(who)} is not a member's card in the cards folder (give the "
                        "card's file name or the name on it)")
        if aid not in apps:
            bad("신청번호", f"{clip(aid)} is not a 신청번호 of the applicants table")
        ground_text, reason = cell.get("ground", ""), cell.get("reason", "") or None
        ground = _ground(ground_text, grounds) if ground_text else None
        if ground_text and ground is None:
            bad("사유 구분", f"{clip(ground_text)} is not a ground (one of "
                         f"{', '.join(COI_GROUNDS)})")
        elif ground == "other" and not reason:
            bad("사유", "the ground other needs a written reason")
        if card is None or aid not in apps:
            continue
        if (card.path, aid) in seen:
            bad("신청번호", f"{card.name} and {aid} are already declared in row "
                        f"{seen[(card.path, aid)]}")
            continue
        seen[(card.path, aid)] = n
        out.append(ConflictDraft(card.path, aid, ground, reason))
    return out, problems


def _ground(text: str, grounds: dict[str, str]) -> str | None:
    """A ground as typed: its code, its Korean wording, or a part of that wording that names
    one ground only (자문·연구·용역·감정 → advice)."""
    key = fold(text)
    if key in grounds:
        return grounds[key]
    hits = {code for ko, code in grounds.items() if len(key) >= 2 and key in ko}
    return hits.pop() if len(hits) == 1 else None


def _order(problems: list[Problem]) -> list[Problem]:
    return sorted(problems, key=lambda p: (p.file, p.row or 0, len(p.letter), p.letter))


def compose_round(request: NewRoundRequest, read_card: CardReader,
                  progress: Progress | None = None, home: Path | None = None) -> NewRound:
    """The draft of a round and every problem of what it was made from."""
    programs = load_programs()
    program = programs.get(request.program)
    if program is None:
        return NewRound(None, [Problem(f"unknown program {request.program!r} (known: "
                                       f"{', '.join(programs)})")])
    problems: list[Problem] = []
    rubric, rubrics, found = session_rubrics(program, request.stage, home)
    problems += found
    title = request.title.strip()
    if not title:
        problems.append(Problem("the title is empty"))
    table = read_applicants(request.applicants, program)
    matched = match_documents(request.documents, table, request.stage, progress)
    roster = read_cards(request.cards, read_card, request.chair)
    conflicts: list[ConflictDraft] = []
    if request.conflicts is not None:
        conflicts, found = _conflicts(request.conflicts, roster, table)
        problems += found
    previous = None
    if request.previous is not None:
        if request.shortlist is None or request.weight is None:
            problems.append(Problem("--previous needs --shortlist N (or pass) and --weight W"))
        chair = request.previous_chair or (roster.chair.path if roster.chair else None)
        if chair is not None:
            previous = PreviousRef(Path(request.previous).absolute(), Path(chair).absolute(),
                                   request.shortlist or 1, request.weight or 0)
    problems += _rules(request)
    problems = _order(table.problems + matched.problems + roster.problems + problems)
    year = request.year or _year(rubric, rubrics, home)
    slug = STAGE_SLUG.get(request.stage, "written")
    apps = tuple(ApplicationDraft(
        **{**r.application.__dict__,
           "documents": tuple(matched.documents.get(r.application.id, [])),
           "slides": tuple(matched.slides.get(r.application.id, []))}) for r in table.rows)
    session = SessionDraft(
        id=request.session_id or f"{year}-{program.id}-{slug}", program=program.id,
        stage=request.stage, title=title, sites_to_select=program.sites_to_select, year=year,
        rubric=rubric, rubrics=rubrics, previous=previous,
        review=(request.review or ReviewPlan()) if request.stage == "발표" else None)
    draft = RoundDraft(
        session, apps,
        RosterDraft(roster.chair.path.absolute(),
                    tuple(c.path.absolute() for c in roster.members))
        if roster.chair else None,
        request.window, request.pledge or pledge_text(title),
        tuple(ConflictDraft(c.member.absolute(), c.application, c.ground, c.reason)
              for c in conflicts))
    cards = ([roster.chair] if roster.chair else []) + roster.members
    return NewRound(draft, problems, table, cards)


def _rules(request: NewRoundRequest) -> list[Problem]:
    """What the request says of the window, the pledge and the 발표 day that cannot stand."""
    out = []
    if request.window is not None and request.window.closes <= request.window.opens:
        out.append(Problem("the window closes before it opens (--window-closes must come "
                           "after --window-opens)"))
    if request.pledge is not None and not request.pledge.strip():
        out.append(Problem("the pledge is empty (leave --pledge out for the default wording)"))
    if request.review is not None and request.stage != "발표":
        out.append(Problem(f"--presentation-minutes, --questions-minutes and --order are for a "
                           f"발표 stage, not {request.stage}"))
    return out


def _year(rubric: str | None, rubrics: dict[str, str], home: Path | None) -> int:
    ids = [rubric] if rubric else list(rubrics.values())
    if ids:
        try:
            return load_catalogue(home)[ids[0]].year
        except (EvaluatorError, KeyError):
            pass
    from datetime import date

    return date.today().year
