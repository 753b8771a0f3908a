"""All applications × all entries of a session at a glance (`evaluator score overview`, the
app's Evaluation > Overview): to check consistency and what is missing before signing.

Columns are the gates, rubric items and bonus/penalty of every rubric the session uses, in the
rubric's order (two sub-types' rubrics side by side: an entry another rubric does not have is
"not applicable" for that application), then the total.
"""

from dataclasses import dataclass

from evaluator_app.scoring import format_decimal, item_points
from evaluator_app.workspace.store import Workspace

# cell states
VALUE, MISSING, NOT_APPLICABLE, RECUSED = "value", "missing", "n/a", "recused"


@dataclass(frozen=True)
class Column:
    entry_id: str
    label: str  # the rubric's Korean label
    kind: str  # gate | score | adjustment | total


@dataclass(frozen=True)
class Cell:
    text: str  # as shown: a score's points ("7.5", "B 8"), 적합/부적합, a total
    state: str  # value | missing | n/a | recused
    problem: str = ""  # what is missing (the core's English sentence), when state is missing


@dataclass(frozen=True)
class Row:
    application_id: str
    applicant: str
    status: str
    cells: tuple[Cell, ...]


@dataclass(frozen=True)
class Overview:
    columns: tuple[Column, ...]
    rows: tuple[Row, ...]

    def missing(self) -> int:
        return sum(1 for r in self.rows for c in r.cells if c.state == MISSING)


GATE_TEXT = {"pass": "적합", "fail": "부적합"}


def session_overview(ws: Workspace, session_id: str) -> Overview:
    columns: dict[str, Column] = {}
    for rubric in ws.session_rubrics(session_id):
        for gate in rubric.gates:
            columns.setdefault(gate.id, Column(gate.id, gate.label_ko, "gate"))
        for item in rubric.items():
            columns.setdefault(item.id, Column(item.id, item.label_ko, "score"))
        for adj in rubric.adjustments:
            columns.setdefault(adj.id, Column(adj.id, adj.label_ko, "adjustment"))
    columns["total"] = Column("total", "총점", "total")
    rows = []
    for app in ws.applications(session_id):
        rubric = ws.rubric(app.rubric_hash)
        entries = ws.entries(session_id, app.id)
        ev = ws.evaluate(session_id, app.id)
        problems: dict[str, str] = {}
        for m in ev.missing:
            problems.setdefault(m.entry_id, m.problem)
        cells = []
        for column in columns.values():
            if ev.status == "conflict":
                cells.append(Cell("회피", RECUSED))
                continue
            if column.kind == "total":
                cells.append(Cell(format_decimal(ev.total), VALUE))
                continue
            cells.append(_cell(rubric, entries, column, problems.get(column.entry_id)))
        rows.append(Row(app.id, app.applicant, ev.status, tuple(cells)))
    return Overview(tuple(columns.values()), tuple(rows))


def _cell(rubric, entries, column: Column, problem: str | None) -> Cell:  # type: ignore[no-untyped-def]
    if column.kind == "gate":
        if column.entry_id not in {g.id for g in rubric.gates}:
            return Cell("", NOT_APPLICABLE)
        e = entries.gates.get(column.entry_id)
        text = GATE_TEXT.get(e.value, "") if e and e.value else ""
    elif column.kind == "score":
        item = next((i for i in rubric.items() if i.id == column.entry_id), None)
        if item is None:
            return Cell("", NOT_APPLICABLE)
        e = entries.scores.get(column.entry_id)
        value = e.value if e else None
        points = format_decimal(item_points(item, value)) if value else ""
        text = (f"{value} {points}" if item.scale.kind == "grade" else points) if value else ""
    else:
        if column.entry_id not in {a.id for a in rubric.adjustments}:
            return Cell("", NOT_APPLICABLE)
        e = entries.adjustments.get(column.entry_id)
        text = e.value if e and e.value else ""
    if problem:
        return Cell(text, MISSING, problem)
    return Cell(text, VALUE)
