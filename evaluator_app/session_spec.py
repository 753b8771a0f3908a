"""Session specs (TOML): one evaluation round, its rubric(s) and its applications.

`check_spec` lists every problem at once (for `evaluator session check`); `load_spec` returns a
spec only when there are none. The roster, window, pledge and pre-declared conflicts of the
bundle format are accepted here and kept raw for the trust layer.
"""

from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluator_app.cards import Card
from evaluator_app.coi import COI_GROUNDS
from evaluator_app.documents import document_problem
from evaluator_app.errors import EvaluatorError, IdentityError, SpecError
from evaluator_app.numbers import clip
from evaluator_app.one_line import breaks_line
from evaluator_app.programs import Program, load_programs
from evaluator_app.review import ReviewPlan, review_problems
from evaluator_app.round.model import CONFIRM_WAYS, MAX_POPULATION
from evaluator_app.rubric.catalogue import load_catalogue
from evaluator_app.rubric.loader import ID_RE, ID_RULE
from evaluator_app.rubric.model import STAGES, Rubric
from evaluator_app.toml_file import read_toml

if TYPE_CHECKING:
    from evaluator_app.stages import Previous

SESSION_KEYS = {"id", "program", "rubric", "rubrics", "stage", "title", "sites_to_select", "year",
                "quorum", "previous", "review"}
APP_KEYS = {
    "id", "applicant", "applicant_kind", "population", "subtype", "title", "documents",
    "jurisdiction", "overseas_partner", "consortium", "slides",
}
TOP_KEYS = {"session", "applications", "roster", "window", "pledge", "conflicts", "bundle"}
ROSTER_KEYS = {"chair", "members", "confirmed"}
CONFLICT_KEYS = {"member", "application", "ground", "reason"}

MIN_YEAR, MAX_YEAR = 2000, 2100
TEXT_KEYS = ("jurisdiction", "overseas_partner")


@dataclass(frozen=True)
class Application:
    id: str
    applicant: str
    applicant_kind: str
    title: str
    rubric_id: str
    subtype: str = ""
    population: int | None = None
    documents: tuple[Path, ...] = ()
    extra: dict[str, Any] = field(default_factory=dict)
    slides: tuple[Path, ...] = ()  # 발표자료 for the 발표 day (kind "slides" in the bundle)

    def to_dict(self) -> dict[str, Any]:
        d: dict[str, Any] = {
            "id": self.id,
            "applicant": self.applicant,
            "applicant_kind": self.applicant_kind,
            "title": self.title,
            "subtype": self.subtype,
            "rubric_id": self.rubric_id,
            "documents": [p.name for p in self.documents],
            **self.extra,
        }
        if self.slides:
            d["slides"] = [p.name for p in self.slides]
        if self.population is not None:
            d["population"] = self.population
        return d


@dataclass(frozen=True)
class Roster:
    """Who may open the bundle: the chair and the members, by their public cards."""

    chair: Card
    members: tuple[Card, ...]

    def everyone(self) -> tuple[Card, ...]:
        return (self.chair, *self.members)


@dataclass(frozen=True)
class SessionSpec:
    id: str
    program: str
    stage: str
    title: str
    sites_to_select: int
    applications: tuple[Application, ...]
    rubrics: dict[str, Rubric]  # by rubric id, only those the applications use
    path: Path
    year: int | None = None
    raw: dict[str, Any] = field(default_factory=dict)
    roster: Roster | None = None
    window: tuple[datetime, datetime] | None = None
    pledge: str = ""
    conflicts: tuple[tuple[str, str], ...] = ()  # (member fingerprint, application id)
    allow_print: bool = False
    quorum: int | None = None  # fewer scores than this on an application: a small panel
    previous: "Previous | None" = None  # the earlier stage's signed result (stages.py)
    review: ReviewPlan | None = None  # the 발표 day: minutes per phase, order (review.py)


def _pick_rubric(session: dict, app: dict) -> str | None:
    by_subtype = session.get("rubrics")
    if isinstance(by_subtype, dict) and app.get("subtype") in by_subtype:
        return by_subtype[app["subtype"]]
    rubric = session.get("rubric")
    return rubric if isinstance(rubric, str) else None


def _rubric_key_problems(session: dict) -> list[str]:
    """Wrong types of `rubric` and `rubrics`, which _pick_rubric passes over: a table
    [session.rubric] (the typo of [session.rubrics]) only showed as "no rubric for subtype"
    on every application, naming nothing to correct."""
    problems = []
    rubric = session.get("rubric")
    if rubric is not None and not isinstance(rubric, str):
        hint = " (for one rubric per subtype, write [session.rubrics])" if isinstance(
            rubric, dict) else ""
        problems.append(f"[session]: rubric must be one rubric id (rubric = \"id\"), not "
                        f"{_toml_kind(rubric)}{hint}")
    rubrics = session.get("rubrics")
    if rubrics is not None and not (isinstance(rubrics, dict)
                                    and all(isinstance(v, str) for v in rubrics.values())):
        problems.append("[session]: rubrics must be a table of subtype = \"rubric id\" "
                        f"([session.rubrics]), not {_toml_kind(rubrics)}")
    return problems


def _toml_kind(value: Any) -> str:
    """What a TOML value is, in words (a table as it was typed would be long to echo)."""
    if isinstance(value, dict):
        return "a table" if all(isinstance(v, str) for v in value.values()) else (
            "a table of other values than rubric ids")
    if isinstance(value, list):
        return "a list"
    return clip(value)


def _check_documents(app_id: str, docs: Any, base: Path, problems: list[str]) -> tuple[Path, ...]:
    if not isinstance(docs, list) or not all(isinstance(d, str) and d for d in docs):
        problems.append(f"application {app_id}: documents must be a list of file paths")
        return ()
    if not docs:
        problems.append(f"application {app_id}: no documents listed")
    out: list[Path] = []
    names = Counter(Path(d).name for d in docs)
    for d in docs:
        p = (base / d).resolve()
        if not p.is_file():
            problems.append(f"application {app_id}: document {d} does not exist")
            continue
        problem = document_problem(p, d)  # PDF only, no password, not damaged
        if problem:
            problems.append(f"application {app_id}: {problem}")
        if names[Path(d).name] > 1:
            problems.append(f"application {app_id}: two documents are named {Path(d).name}")
        out.append(p)
    return tuple(out)


def _card(base: Path, ref: Any, what: str, problems: list[str]) -> Card | None:
    if not isinstance(ref, str) or not ref:
        problems.append(f"[roster]: {what} must be the path of a card file")
        return None
    try:
        return Card.load(base / ref)
    except IdentityError as e:
        problems.append(f"[roster]: {what}: {e.message}")
        return None


def _roster(data: dict, base: Path, problems: list[str]) -> tuple[Roster | None, dict[str, Card]]:
    """The roster and the cards by the path the spec names them with."""
    raw = data.get("roster")
    if raw is None:
        return None, {}
    if not isinstance(raw, dict) or set(raw) - ROSTER_KEYS:
        problems.append("[roster] must have chair = \"card.json\" and members = [...] (and "
                        "optionally [roster.confirmed])")
        return None, {}
    by_path: dict[str, Card] = {}
    chair = _card(base, raw.get("chair"), "chair", problems)
    if chair is not None:
        by_path[raw["chair"]] = chair
        if chair.role != "chair":
            problems.append(f"[roster]: the chair's card {raw['chair']} has the role "
                            f"{chair.role!r}, not 'chair'")
    members_raw = raw.get("members", [])
    if not isinstance(members_raw, list) or not members_raw:
        problems.append("[roster]: members must list at least one card file")
        members_raw = []
    members = []
    for ref in members_raw:
        card = _card(base, ref, f"member {ref}", problems)
        if card is not None:
            by_path[ref] = card
            members.append(card)
            if card.role != "member":
                problems.append(f"[roster]: the card {ref} has the role {card.role!r}, "
                                "not 'member'")
    # The roster is a set: the same card (by path or by key) may appear once, chair included.
    fps = Counter(c.fingerprint for c in ([chair] if chair else []) + members)
    for fp, n in fps.items():
        if n > 1:
            problems.append(f"[roster]: the identity {fp} is listed {n} times (each person "
                            "appears once)")
    _confirmed(raw.get("confirmed", {}), by_path, problems)
    if chair is None or len(members) != len(members_raw):
        return None, by_path
    return Roster(chair, tuple(members)), by_path


def _confirmed(raw: Any, by_path: dict[str, Card], problems: list[str]) -> None:
    """[roster.confirmed]: card path → {how = "phone"|"in-person", fingerprint}: the secretariat
    compared that fingerprint aloud with its owner; a card changed since voids the tick."""
    where = "[roster.confirmed]"
    if not isinstance(raw, dict):
        problems.append(f"{where} must map card paths to {{how, fingerprint}}")
        return
    for ref, tick in raw.items():
        if not isinstance(tick, dict) or set(tick) != {"how", "fingerprint"}:
            problems.append(f"{where}: {ref} must have how and fingerprint")
            continue
        if tick["how"] not in CONFIRM_WAYS:
            problems.append(f"{where}: {ref}: how must be one of {', '.join(CONFIRM_WAYS)}, "
                            f"not {clip(tick['how'])}")
        card = by_path.get(ref)
        if card is None:
            problems.append(f"{where}: {ref} is not a card on the roster")
        elif tick["fingerprint"] != card.fingerprint:
            problems.append(f"{where}: the card {ref} now has the fingerprint "
                            f"{card.fingerprint}, not the {clip(tick['fingerprint'])} that was "
                            "confirmed; compare it with its owner again")


def _window(data: dict, problems: list[str]) -> tuple[datetime, datetime] | None:
    raw = data.get("window")
    if raw is None:
        return None
    out = []
    for key in ("opens", "closes"):
        value = raw.get(key) if isinstance(raw, dict) else None
        if isinstance(value, datetime):  # TOML datetimes arrive parsed
            moment = value
        else:
            try:
                moment = datetime.fromisoformat(str(value))
            except ValueError:
                problems.append(f"[window]: {key} {value!r} is not a date and time such as "
                                "2025-06-02T09:00:00+09:00")
                return None
        if moment.tzinfo is None:
            problems.append(f"[window]: {key} must include the time zone, e.g. +09:00")
            return None
        out.append(moment)
    if out[0] >= out[1]:
        problems.append("[window]: closes must come after opens")
        return None
    return out[0], out[1]


def _conflict_problems(c: Any, aid: Any) -> list[str]:
    """The optional ground (a code of evaluator_app.coi) and reason of a pre-declared conflict."""
    if not isinstance(c, dict):
        return []
    where = f"[[conflicts]] {clip(aid)}"
    out = [f"{where}: unknown key '{k}'" for k in c if k not in CONFLICT_KEYS]
    ground, reason = c.get("ground"), c.get("reason")
    if ground is not None and ground not in COI_GROUNDS:
        out.append(f"{where}: ground {clip(ground)} is not one of {', '.join(COI_GROUNDS)}")
    if reason is not None and not isinstance(reason, str):
        out.append(f"{where}: reason must be a text")
    elif ground == "other" and not (reason or "").strip():
        out.append(f"{where}: ground other needs a reason")
    return out


def check_spec(path: Path, home: Path | None = None) -> tuple[SessionSpec | None, list[str]]:
    """Parse a spec and list every problem; the spec is returned only when there are none."""
    path = Path(path)
    data = read_toml(path, SpecError, "the session spec")
    problems: list[str] = []
    for k in data:
        if k not in TOP_KEYS:
            problems.append(f"unknown section [{k}] (allowed: {', '.join(sorted(TOP_KEYS))})")
    session = data.get("session")
    if not isinstance(session, dict):
        return None, [*problems, "the [session] table is missing"]
    for k in session:
        if k not in SESSION_KEYS:
            problems.append(f"[session]: unknown key '{k}'")
    sid = session.get("id")
    if not isinstance(sid, str) or not ID_RE.match(sid):
        problems.append(f"[session]: id {clip(sid)} must use {ID_RULE}")
    title = session.get("title")
    if not isinstance(title, str) or not title.strip():
        problems.append("[session]: title is missing")
    elif breaks_line(title):
        problems.append("[session]: the title must be one line (no line break)")
    stage = session.get("stage")
    if stage not in STAGES:
        problems.append(f"[session]: stage must be one of {', '.join(STAGES)}, not {stage!r}")

    programs = load_programs()
    program: Program | None = programs.get(session.get("program", ""))
    if program is None:
        problems.append(f"[session]: unknown program {session.get('program')!r} "
                        f"(known: {', '.join(programs)})")
    sites = session.get("sites_to_select", program.sites_to_select if program else 1)
    if isinstance(sites, bool) or not isinstance(sites, int) or sites < 1:
        problems.append(f"[session]: sites_to_select must be a whole number ≥ 1, not {sites!r}")
        sites = 1
    elif program and sites > program.sites_to_select:
        problems.append(f"[session]: sites_to_select {sites} exceeds the {program.id} "
                        f"call's {program.sites_to_select}")
    year = session.get("year")
    if year is not None and (isinstance(year, bool) or not isinstance(year, int)
                             or not MIN_YEAR <= year <= MAX_YEAR):
        problems.append(f"[session]: year must be a year such as 2025 (a whole number from "
                        f"{MIN_YEAR} to {MAX_YEAR}), not {clip(year)}")
    if "rubric" not in session and "rubrics" not in session:
        problems.append("[session]: name a rubric (rubric = \"id\") or rubrics per subtype")
    problems += _rubric_key_problems(session)

    try:
        catalogue = load_catalogue(home)
    except EvaluatorError as e:
        return None, [*problems, e.message]

    apps_raw = data.get("applications", [])
    if not isinstance(apps_raw, list) or not apps_raw:
        problems.append("no [[applications]] are listed")
        apps_raw = []
    ids = Counter(a.get("id") for a in apps_raw if isinstance(a, dict))
    for aid, n in ids.items():
        if n > 1:
            problems.append(f"application id {aid!r} is used {n} times")
    applications: list[Application] = []
    used_rubrics: dict[str, Rubric] = {}
    for a in apps_raw:
        if not isinstance(a, dict):
            problems.append("each [[applications]] entry must be a table")
            continue
        aid = a.get("id")
        if not isinstance(aid, str) or not ID_RE.match(aid):
            problems.append(f"application id {clip(aid)} must use {ID_RULE}")
            aid = clip(aid)
        for k in a:
            if k not in APP_KEYS:
                problems.append(f"application {aid}: unknown key '{k}'")
        for k in ("applicant", "applicant_kind", "title"):
            if not isinstance(a.get(k), str) or not a[k].strip():
                problems.append(f"application {aid}: {k} is missing")
            elif breaks_line(a[k]):
                problems.append(f"application {aid}: {k} must be one line (no line break)")
        pop = a.get("population")
        if pop is not None and (isinstance(pop, bool) or not isinstance(pop, int)
                                or not 0 < pop <= MAX_POPULATION):
            problems.append(f"application {aid}: population must be a whole number from 1 to "
                            f"{MAX_POPULATION:,}, not {clip(pop)}")
        for k in TEXT_KEYS:
            if k in a and not isinstance(a[k], str):
                problems.append(f"application {aid}: {k} must be a text, not {clip(a[k])}")
        if "consortium" in a and not isinstance(a["consortium"], str) and not (
                isinstance(a["consortium"], list)
                and all(isinstance(x, str) for x in a["consortium"])):
            problems.append(f"application {aid}: consortium must be a name or a list of names")
        if program:
            problems.extend(program.eligibility_problems(a))
        rid = _pick_rubric(session, a)
        rubric = catalogue.get(rid) if rid else None
        if rid is None:
            problems.append(f"application {aid}: no rubric for subtype {a.get('subtype')!r}")
        elif rubric is None:
            problems.append(f"application {aid}: unknown rubric {rid!r} "
                            "(`evaluator rubric list` shows the known ones)")
        else:
            if program and rubric.program != program.id:
                problems.append(f"application {aid}: rubric {rid} is for program "
                                f"{rubric.program}, not {program.id}")
            if stage in STAGES and rubric.stage != stage:
                problems.append(f"application {aid}: rubric {rid} is for stage {rubric.stage}, "
                                f"not {stage}")
            if rubric.subtype and rubric.subtype != a.get("subtype", ""):
                problems.append(f"application {aid}: rubric {rid} is for subtype "
                                f"{rubric.subtype}, not {a.get('subtype') or 'none'}")
            used_rubrics[rubric.id] = rubric
        docs = _check_documents(aid, a.get("documents", []), path.parent, problems)
        slides = _check_documents(aid, a["slides"], path.parent, problems) if "slides" in a else ()
        if {p.name for p in docs} & {p.name for p in slides}:
            problems.append(f"application {aid}: a slide file has the name of a document")
        extra = {k: a[k] for k in ("jurisdiction", "overseas_partner", "consortium") if k in a}
        applications.append(Application(
            id=aid, applicant=str(a.get("applicant", "")),
            applicant_kind=str(a.get("applicant_kind", "")), title=str(a.get("title", "")),
            rubric_id=rid or "", subtype=str(a.get("subtype", "")),
            population=pop if isinstance(pop, int) and not isinstance(pop, bool) else None,
            documents=docs, extra=extra, slides=slides))

    roster, cards_by_path = _roster(data, path.parent, problems)
    window = _window(data, problems)
    pledge_raw = data.get("pledge", {})
    pledge = pledge_raw.get("text", "") if isinstance(pledge_raw, dict) else ""
    if roster is not None and not (isinstance(pledge, str) and pledge.strip()):
        problems.append("[pledge]: text is missing (members accept it before scoring)")
    conflicts: list[tuple[str, str]] = []
    app_ids = {a.id for a in applications}
    for c in data.get("conflicts", []) if isinstance(data.get("conflicts"), list) else []:
        member, aid = (c.get("member"), c.get("application")) if isinstance(c, dict) else (
            None, None)
        card = cards_by_path.get(member) if isinstance(member, str) else None
        problems.extend(_conflict_problems(c, aid))
        if card is None:
            problems.append(f"[[conflicts]]: member {member!r} is not a card on the roster")
        elif aid not in app_ids:
            problems.append(f"[[conflicts]]: application {aid!r} does not exist")
        else:
            conflicts.append((card.fingerprint, aid))
    bundle = data.get("bundle", {})
    allow_print = bool(bundle.get("allow_print", False)) if isinstance(bundle, dict) else False

    if program and program.one_per_jurisdiction:
        juris = Counter(str(a.get("jurisdiction") or a.get("applicant")) for a in apps_raw
                        if isinstance(a, dict))
        for j, n in juris.items():
            if n > 1:
                problems.append(f"{n} applications come from the jurisdiction {j!r}; "
                                f"{program.id} allows one per jurisdiction per year")
    quorum = session.get("quorum")
    if quorum is not None and (isinstance(quorum, bool) or not isinstance(quorum, int)
                               or quorum < 1):
        problems.append(f"[session]: quorum must be a whole number ≥ 1, not {quorum!r}")
        quorum = None
    elif quorum is not None and roster is not None and quorum > len(roster.members):
        problems.append(f"[session]: quorum {quorum} exceeds the {len(roster.members)} "
                        "members on the roster")
    review = None
    if "review" in session:
        review, review_problems_found = review_problems(session["review"])
        problems.extend(review_problems_found)
    previous = None
    if "previous" in session and program is not None:
        from evaluator_app.stages import load_previous, shortlist_problems

        previous = load_previous(session["previous"], path.parent, stage, program.id, problems)
        if previous is not None:
            problems.extend(shortlist_problems(previous, [a.id for a in applications]))
    if problems:
        return None, problems
    return SessionSpec(
        id=sid, program=program.id, stage=stage, title=title.strip(), sites_to_select=sites,
        applications=tuple(applications), rubrics=used_rubrics, path=path,
        year=session.get("year"), raw=data, roster=roster, window=window,
        pledge=pledge.strip() if isinstance(pledge, str) else "", conflicts=tuple(conflicts),
        allow_print=allow_print, quorum=quorum, previous=previous, review=review), []


def load_spec(path: Path, home: Path | None = None) -> SessionSpec:
    spec, problems = check_spec(path, home)
    if spec is None:
        n = len(problems)
        raise SpecError(f"{path}: {problems[0]}" + (f" (and {n - 1} more)" if n > 1 else ""),
                        problems)
    return spec
