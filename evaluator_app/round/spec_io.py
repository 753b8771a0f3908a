"""A round draft to and from spec.toml (tomllib + tomli_w).

`read_spec` turns any spec `session check` accepts into a RoundDraft (it refuses only what the
draft cannot hold: a value of the wrong type); `write_spec` writes a draft so that reading it
again gives an equal draft. Whether the round is valid (rubrics, documents, cards, eligibility)
stays the job of `session_spec.check_spec`, which the desk runs on what it wrote.
"""

import os
from datetime import datetime
from pathlib import Path
from typing import Any

import tomli_w

from evaluator_app.errors import SpecError
from evaluator_app.replacing import written_in_place
from evaluator_app.review import ReviewPlan
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
from evaluator_app.toml_file import read_toml

HEADER = ("# Session spec written by Evaluation Desk. Check it with `evaluator session check`,\n"
          "# then sign the bundle with `evaluator bundle create`. Paths are relative to this "
          "file.\n")


class _Reader:
    """Typed access to a parsed spec that collects every shape problem."""

    def __init__(self, base: Path) -> None:
        self.base = base
        self.problems: list[str] = []

    def text(self, table: dict, key: str, where: str, required: bool = True) -> str | None:
        value = table.get(key)
        if value is None and not required:
            return None
        if not isinstance(value, str):
            self.problems.append(f"{where}: {key} must be a text")
            return None if not required else ""
        return value

    def whole(self, table: dict, key: str, where: str) -> int | None:
        value = table.get(key)
        if value is None:
            return None
        if isinstance(value, bool) or not isinstance(value, int):
            self.problems.append(f"{where}: {key} must be a whole number")
            return None
        return value

    def path(self, value: Any, where: str) -> Path:
        if not isinstance(value, str) or not value:
            self.problems.append(f"{where} must be the path of a file")
            return self.base
        return absolute(self.base, value)

    def paths(self, value: Any, where: str) -> tuple[Path, ...]:
        if not isinstance(value, list):
            self.problems.append(f"{where} must be a list of file paths")
            return ()
        return tuple(self.path(v, where) for v in value)


def absolute(base: Path, value: str) -> Path:
    """A path of the spec as an absolute, normalised path (symbolic links left alone)."""
    return Path(os.path.normpath(base / value))


def relative(path: Path, base: Path) -> str:
    """How the spec names `path`: relative to its folder with '/', else absolute (another
    drive on Windows)."""
    try:
        return Path(os.path.relpath(path, base)).as_posix()
    except ValueError:
        return str(path)


def _table(data: dict, key: str, r: _Reader, where: str) -> dict:
    value = data.get(key, {})
    if not isinstance(value, dict):
        r.problems.append(f"{where} must be a table")
        return {}
    return value


def _session(raw: dict, r: _Reader) -> SessionDraft:
    w = "[session]"
    rubrics = raw.get("rubrics", {})
    if not isinstance(rubrics, dict) or not all(isinstance(v, str) for v in rubrics.values()):
        r.problems.append(f"{w}: rubrics must map each subtype to a rubric id")
        rubrics = {}
    previous = None
    if "previous" in raw:
        p = raw["previous"]
        if not isinstance(p, dict):
            r.problems.append(f"{w}: previous must be a table")
        else:
            shortlist = p.get("shortlist")
            weight = p.get("weight")
            if not (shortlist == "pass" or isinstance(shortlist, int)) or isinstance(
                    shortlist, bool):
                r.problems.append("[session.previous]: shortlist must be a whole number or "
                                  "\"pass\"")
                shortlist = 1
            if isinstance(weight, bool) or not isinstance(weight, int | float):
                r.problems.append("[session.previous]: weight must be a number")
                weight = 0
            previous = PreviousRef(r.path(p.get("result"), "[session.previous]: result"),
                                   r.path(p.get("chair"), "[session.previous]: chair"),
                                   shortlist, weight)
    review = None
    if "review" in raw:
        v = raw["review"]
        if not isinstance(v, dict):
            r.problems.append(f"{w}: review must be a table")
        else:
            minutes = [r.whole(v, k, "[session.review]")
                       for k in ("presentation_minutes", "questions_minutes")]
            order = r.text(v, "order", "[session.review]", required=False)
            review = ReviewPlan(minutes[0] or 10, minutes[1] or 10, order or "spec")
    return SessionDraft(
        id=r.text(raw, "id", w) or "", program=r.text(raw, "program", w) or "",
        stage=r.text(raw, "stage", w) or "", title=r.text(raw, "title", w) or "",
        sites_to_select=r.whole(raw, "sites_to_select", w), year=r.whole(raw, "year", w),
        quorum=r.whole(raw, "quorum", w), rubric=r.text(raw, "rubric", w, required=False),
        rubrics=dict(rubrics), previous=previous, review=review)


def _application(a: Any, r: _Reader) -> ApplicationDraft | None:
    if not isinstance(a, dict):
        r.problems.append("each [[applications]] entry must be a table")
        return None
    w = f"application {a.get('id', '?')}"
    consortium = a.get("consortium")
    if isinstance(consortium, list) and all(isinstance(x, str) for x in consortium):
        consortium = tuple(consortium)
    elif consortium is not None and not isinstance(consortium, str):
        r.problems.append(f"{w}: consortium must be a name or a list of names")
        consortium = None
    return ApplicationDraft(
        id=r.text(a, "id", w) or "", applicant=r.text(a, "applicant", w) or "",
        applicant_kind=r.text(a, "applicant_kind", w) or "", title=r.text(a, "title", w) or "",
        documents=r.paths(a.get("documents", []), f"{w}: documents"),
        population=r.whole(a, "population", w),
        subtype=r.text(a, "subtype", w, required=False) or "",
        jurisdiction=r.text(a, "jurisdiction", w, required=False),
        overseas_partner=r.text(a, "overseas_partner", w, required=False),
        consortium=consortium,
        slides=r.paths(a["slides"], f"{w}: slides") if "slides" in a else ())


def _roster(raw: Any, r: _Reader) -> RosterDraft | None:
    if raw is None:
        return None
    if not isinstance(raw, dict):
        r.problems.append("[roster] must be a table")
        return None
    confirmed: dict[Path, Confirmation] = {}
    ticks = raw.get("confirmed", {})
    if not isinstance(ticks, dict):
        r.problems.append("[roster.confirmed] must map card paths to how they were confirmed")
        ticks = {}
    for ref, tick in ticks.items():
        if not isinstance(tick, dict):
            r.problems.append(f"[roster.confirmed]: {ref} must be a table (how, fingerprint)")
            continue
        where = f"[roster.confirmed] {ref}"
        confirmed[absolute(r.base, ref)] = Confirmation(r.text(tick, "how", where) or "",
                                                        r.text(tick, "fingerprint", where) or "")
    return RosterDraft(r.path(raw.get("chair"), "[roster]: chair"),
                       r.paths(raw.get("members", []), "[roster]: members"), confirmed)


def _window(raw: Any, r: _Reader) -> Window | None:
    if raw is None:
        return None
    moments: list[datetime] = []
    for key in ("opens", "closes"):
        value = raw.get(key) if isinstance(raw, dict) else None
        try:
            moments.append(value if isinstance(value, datetime)
                           else datetime.fromisoformat(str(value)))
        except ValueError:
            r.problems.append(f"[window]: {key} {value!r} is not a date and time")
            return None
    return Window(*moments)


def from_toml(data: dict[str, Any], base: Path) -> RoundDraft:
    """A parsed spec as a draft; SpecError lists every value of the wrong type."""
    r = _Reader(Path(base).absolute())
    session = _session(_table(data, "session", r, "[session]"), r)
    apps_raw = data.get("applications", [])
    if not isinstance(apps_raw, list):
        r.problems.append("[[applications]] must be an array of tables")
        apps_raw = []
    apps = tuple(a for a in (_application(x, r) for x in apps_raw) if a is not None)
    conflicts = []
    raw_conflicts = data.get("conflicts", [])
    for c in raw_conflicts if isinstance(raw_conflicts, list) else []:
        if not isinstance(c, dict):
            r.problems.append("each [[conflicts]] entry must be a table")
            continue
        conflicts.append(ConflictDraft(
            r.path(c.get("member"), "[[conflicts]]: member"),
            r.text(c, "application", "[[conflicts]]") or "",
            r.text(c, "ground", "[[conflicts]]", required=False),
            r.text(c, "reason", "[[conflicts]]", required=False)))
    pledge = None
    if "pledge" in data:
        pledge = r.text(_table(data, "pledge", r, "[pledge]"), "text", "[pledge]")
    allow_print = None
    if "bundle" in data:
        value = _table(data, "bundle", r, "[bundle]").get("allow_print")
        if value is not None and not isinstance(value, bool):
            r.problems.append("[bundle]: allow_print must be true or false")
        allow_print = value if isinstance(value, bool) else None
    draft = RoundDraft(session, apps, _roster(data.get("roster"), r),
                       _window(data.get("window"), r), pledge, tuple(conflicts), allow_print)
    if r.problems:
        raise SpecError(f"{base}: {r.problems[0]}" + (
            f" (and {len(r.problems) - 1} more)" if len(r.problems) > 1 else ""), r.problems)
    return draft


def read_spec(path: Path) -> RoundDraft:
    """The draft of a spec file (its paths made absolute from the spec's folder)."""
    path = Path(path)
    return from_toml(read_toml(path, SpecError, "the session spec"), path.parent)


def _drop_none(d: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in d.items() if v is not None and v != {} and v != ()}


def to_toml(draft: RoundDraft, base: Path) -> dict[str, Any]:
    """The spec as TOML data, paths relative to `base` (the folder the spec is written to)."""
    base = Path(base).absolute()
    s = draft.session
    session = _drop_none({
        "id": s.id, "program": s.program, "stage": s.stage, "title": s.title,
        "sites_to_select": s.sites_to_select, "year": s.year, "quorum": s.quorum,
        "rubric": s.rubric, "rubrics": dict(s.rubrics) or None,
        "previous": None if s.previous is None else {
            "result": relative(s.previous.result, base),
            "chair": relative(s.previous.chair, base),
            "shortlist": s.previous.shortlist, "weight": s.previous.weight},
        "review": None if s.review is None else s.review.to_dict()})
    apps = []
    for a in draft.applications:
        apps.append(_drop_none({
            "id": a.id, "applicant": a.applicant, "applicant_kind": a.applicant_kind,
            "title": a.title, "population": a.population, "subtype": a.subtype or None,
            "jurisdiction": a.jurisdiction, "overseas_partner": a.overseas_partner,
            "consortium": list(a.consortium) if isinstance(a.consortium, tuple)
            else a.consortium,
            "documents": [relative(p, base) for p in a.documents],
            "slides": [relative(p, base) for p in a.slides] or None}))
        if not a.documents:
            apps[-1]["documents"] = []
    data: dict[str, Any] = {"session": session, "applications": apps}
    if draft.roster is not None:
        roster: dict[str, Any] = {
            "chair": relative(draft.roster.chair, base),
            "members": [relative(p, base) for p in draft.roster.members]}
        if draft.roster.confirmed:
            roster["confirmed"] = {relative(p, base): {"how": c.how, "fingerprint": c.fingerprint}
                                   for p, c in draft.roster.confirmed.items()}
        data["roster"] = roster
    if draft.window is not None:
        data["window"] = {"opens": draft.window.opens, "closes": draft.window.closes}
    if draft.pledge is not None:
        data["pledge"] = {"text": draft.pledge}
    if draft.conflicts:
        data["conflicts"] = [_drop_none({
            "member": relative(c.member, base), "application": c.application,
            "ground": c.ground, "reason": c.reason}) for c in draft.conflicts]
    if draft.allow_print is not None:
        data["bundle"] = {"allow_print": draft.allow_print}
    return data


def spec_text(draft: RoundDraft, base: Path) -> str:
    return HEADER + tomli_w.dumps(to_toml(draft, base), multiline_strings=False)


def write_spec(draft: RoundDraft, path: Path) -> Path:
    """Write the draft as `path` (UTF-8, atomically: a half-written spec never lies there)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_in_place(path) as tmp:
        tmp.write_text(spec_text(draft, path.parent), encoding="utf-8", newline="\n")
    return path
