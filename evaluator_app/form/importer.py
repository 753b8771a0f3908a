"""Read a filled-in review form, validate every row, and apply all of it or nothing."""

from dataclasses import dataclass
from pathlib import Path

from evaluator_app.errors import EvaluatorError, FormError
from evaluator_app.form.layout import COLUMNS, HEADER_TO_COLUMN, KOREAN_HEADERS
from evaluator_app.numbers import clip
from evaluator_app.scoring import (
    COI_GROUNDS,
    normalize_adjustment,
    normalize_gate,
    normalize_score,
    text_length,
)
from evaluator_app.spreadsheet import cell_text, read_table
from evaluator_app.workspace import UNSET, Change, Workspace

MAX_ROWS = 100_000
NO_CONFLICT_WORDS = {"none", "없음", "해당없음", "해당 없음", "no"}


@dataclass(frozen=True)
class ImportResult:
    session_id: str
    rows: int
    changes: int


def read_rows(path: Path) -> list[tuple[int, dict[str, str]]]:
    """(spreadsheet row number, {column: text}) for every non-blank data row."""
    raw = read_table(path, "평가", FormError)
    if not raw:
        raise FormError(f"{path}: the form is empty")
    header = [cell_text(h) for h in raw[0]]
    columns: dict[str, int] = {}
    for i, h in enumerate(header):
        name = HEADER_TO_COLUMN.get(h)
        if name in columns:
            raise FormError(f"{path}: the column {clip(h)} appears twice in the header")
        if name:
            columns[name] = i
    missing = [c for c in COLUMNS if c not in columns and c not in ("applicant", "item_label",
                                                                   "max_points", "scale")]
    if missing:
        names = ", ".join(f"{c} ({KOREAN_HEADERS[c]})" for c in missing)
        raise FormError(f"{path}: the header lacks the column(s) {names}")
    if len(raw) - 1 > MAX_ROWS:
        raise FormError(f"{path}: the form has {len(raw) - 1:,} rows; at most {MAX_ROWS:,} "
                        "are accepted")
    out = []
    for number, values in enumerate(raw[1:], start=2):
        row = {c: cell_text(values[i]) if i < len(values) else "" for c, i in columns.items()}
        if any(row.values()):
            out.append((number, row))
    return out


def parse_form(ws: Workspace, path: Path) -> tuple[str, list[Change], int]:
    """Validate a form against the workspace; returns (session id, changes, data rows)."""
    rows = read_rows(path)
    if not rows:
        raise FormError(f"{path}: the form has no data rows")
    problems: list[str] = []
    sessions = {r["session_id"] for _, r in rows}
    if "" in sessions:
        first_blank = next(n for n, r in rows if not r["session_id"])
        raise FormError(f"{path}: row {first_blank}, column session_id (세션 ID) is empty")
    if len(sessions) > 1:
        raise FormError(f"{path}: the form mixes sessions {', '.join(sorted(sessions))}; "
                        "one form covers one session")
    session_id = sessions.pop()
    known = {s.id for s in ws.sessions()}
    if session_id not in known:
        raise FormError(f"{path}: the form is for session {clip(session_id)}, which is not in this "
                        f"workspace (sessions: {', '.join(sorted(known)) or 'none'})")
    apps = {a.id: a for a in ws.applications(session_id)}
    seen: dict[tuple[str, str], int] = {}
    changes: list[Change] = []

    def problem(n: int, column: str, text: str) -> None:
        problems.append(f"row {n}, column {column} ({KOREAN_HEADERS[column]}): {text}")

    for n, r in rows:
        aid, iid = r["application_id"], r["item_id"]
        app = apps.get(aid)
        if app is None:
            problem(n, "application_id", f"session {session_id} has no application {clip(aid)}")
            continue
        key = (aid, iid)
        if key in seen:
            problems.append(f"row {n} repeats row {seen[key]} ({aid}, {iid}); each entry may "
                            "appear once")
            continue
        seen[key] = n
        rubric = ws.rubric(app.rubric_hash)
        score, rationale = r["score"], r["rationale"]
        origin = f"row {n}"
        if iid == "coi":
            if not score and not rationale:
                continue
            value = "none" if score.lower() in NO_CONFLICT_WORDS else (score or "other")
            if value not in ("none", *COI_GROUNDS):
                problem(n, "score", f"{clip(score)} is not none or a conflict ground "
                                    f"({', '.join(COI_GROUNDS)})")
                continue
            changes.append(Change(aid, "coi", value=value, rationale=rationale, origin=origin))
            continue
        if iid == "opinion":
            if rationale:
                if text_length(rationale) < rubric.opinion_min_length:
                    problem(n, "rationale", f"the overall opinion has {text_length(rationale)} "
                            f"characters; at least {rubric.opinion_min_length} are needed")
                    continue
                changes.append(Change(aid, "opinion", rationale=rationale, origin=origin))
            continue
        item, adj, gate = rubric.item(iid), rubric.adjustment(iid), rubric.gate(iid)
        target = item or adj or gate
        if target is None:
            problem(n, "item_id", f"rubric {rubric.id} of {aid} has no item {clip(iid)}")
            continue
        kind = "score" if item else "adjustment" if adj else "gate"
        if not score and not rationale:
            continue
        try:
            if score:
                if item:
                    normalize_score(item, score)
                elif adj:
                    normalize_adjustment(adj, score)
                else:
                    normalize_gate(score)
        except EvaluatorError as e:
            problem(n, "score", e.message)
            continue
        if rationale and not gate:
            length, minimum = text_length(rationale), target.rationale_min_length
            if length < minimum:
                problem(n, "rationale", f"the rationale of {iid} has {length} characters (spaces "
                                        f"not counted); at least {minimum} are needed")
                continue
        changes.append(Change(aid, kind, iid, value=score if score else UNSET,
                              rationale=rationale or None, origin=origin))
    if problems:
        n = len(problems)
        raise FormError(f"{path}: {problems[0]}" + (f" (and {n - 1} more)" if n > 1 else ""),
                        problems)
    return session_id, changes, len(rows)


def import_form(ws: Workspace, path: Path) -> ImportResult:
    """Validate the whole form, then apply it in one transaction; nothing changes on error."""
    session_id, changes, nrows = parse_form(ws, path)
    try:
        written = ws.apply(session_id, changes, strict=True)
    except EvaluatorError as e:
        raise FormError(f"{path}: {e.message}", e.problems or [e.message]) from None
    return ImportResult(session_id=session_id, rows=nrows, changes=written)
