"""The applicants table as the desk's grid: rows of texts by column, filled in place, pasted
from a spreadsheet or imported from the template's XLSX/CSV, and checked like the file is.

A grid row is `{field: text}` for the columns of `columns_for(program)` (신청번호, 신청기관, …);
row numbers in problems are the spreadsheet's (1 is the header), so grid row i is row i + 2.
"""

import csv
import io
from collections.abc import Iterable
from pathlib import Path

from evaluator_app.errors import SpecError
from evaluator_app.one_line import as_one_line
from evaluator_app.programs import Program
from evaluator_app.round.applicants import SHEET, ApplicantsTable, check_rows
from evaluator_app.round.columns import (
    CONSORTIUM,
    DOCUMENTS,
    EXAMPLE_ID,
    HEADER_FIELDS,
    ID,
    Column,
    columns_for,
    fold,
)
from evaluator_app.round.model import ApplicationDraft
from evaluator_app.rubric.loader import ID_RE
from evaluator_app.spreadsheet import cell_text, read_table

GridRow = dict[str, str]
GRID_NAME = "신청기관"  # how problems name the grid (it is no file)


def grid_columns(program: Program) -> tuple[Column, ...]:
    """The grid's columns: the template's, without 문서 (the desk matches documents itself),
    with 컨소시엄 (optional) at the end."""
    return (*(c for c in columns_for(program) if c is not DOCUMENTS), CONSORTIUM)


def check_grid(rows: Iterable[GridRow], program: Program) -> ApplicantsTable:
    """Every row of the grid as an application, and every problem with its row and column."""
    columns = grid_columns(program)
    raw: list[list[str]] = [[c.header for c in columns]]
    raw += [[r.get(c.field, "") for c in columns] for r in rows]
    table = ApplicantsTable(Path(GRID_NAME))
    if len(raw) == 1:
        table.problem("the table lists no applications (one row per application)")
        return table
    return check_rows(table, raw, program)


def _rows(raw: list[list[object]], program: Program) -> list[GridRow]:
    """Rows under a header row; without a recognised header, the grid's own column order."""
    if not raw:
        return []
    header = [HEADER_FIELDS.get(fold(cell_text(h))) for h in raw[0]]
    if sum(c is not None for c in header) >= 2:
        fields = [c.field if c else None for c in header]
        body = raw[1:]
    else:
        fields = [c.field for c in grid_columns(program)]
        body = raw
    out = []
    for values in body:
        row = {f: cell_text(v).strip() if f == CONSORTIUM.field else as_one_line(cell_text(v))
               for f, v in zip(fields, values, strict=False) if f}  # (컨소시엄: a list)
        if any(row.values()) and not row.get(ID.field, "").startswith(EXAMPLE_ID):
            out.append(row)
    return out


def rows_from_file(path: Path, program: Program) -> list[GridRow]:
    """The rows of an applicants table file (the template's XLSX, or CSV); SpecError when it
    cannot be read, or when its first row is a header naming none of the table's columns: read
    in the grid's column order, that header would become an application and every column
    after a reordered one would land in the wrong field."""
    raw = read_table(Path(path), SHEET, SpecError)
    if raw and _foreign_header(raw[0], program):
        known = ", ".join(c.header for c in grid_columns(program))
        raise SpecError(f"{path}: its first row ({', '.join(cell_text(h) for h in raw[0])}) "
                        f"names none of the applicants table's columns ({known}); give it the "
                        "template's header row")
    return _rows(raw, program)


def _foreign_header(first: list[object], program: Program) -> bool:
    """A first row that is a header, though not ours: fewer than two column names recognised,
    and where an application's 신청번호 would stand, a text that is no id (a row of data
    without its 신청번호 yet is still read as one)."""
    if sum(HEADER_FIELDS.get(fold(cell_text(h))) is not None for h in first) >= 2:
        return False
    at = [c.field for c in grid_columns(program)].index(ID.field)
    cell = cell_text(first[at]).strip() if at < len(first) else ""
    return bool(cell) and not cell.startswith(EXAMPLE_ID) and not ID_RE.match(cell)


def rows_from_text(text: str, program: Program) -> list[GridRow]:
    """Rows pasted from a spreadsheet (tab-separated, as Excel and 한셀 copy), with or without
    the header row."""
    # newline="": rows end in CRLF (Windows), LF or a lone CR (a Mac's clipboard), and a
    # line break inside a quoted cell (Alt+Enter) stays in its cell, as the csv module needs
    raw = list(csv.reader(io.StringIO(text.strip("\r\n"), newline=""), delimiter="\t"))
    return _rows([list(r) for r in raw], program)


def rows_from_applications(apps: Iterable[ApplicationDraft], program: Program) -> list[GridRow]:
    """A spec's applications as grid rows (subtype and kind in the words the table uses)."""
    out = []
    for a in apps:
        consortium = a.consortium if isinstance(a.consortium, str) else "; ".join(
            a.consortium or ())
        out.append({
            "id": a.id, "applicant": a.applicant, "applicant_kind": a.applicant_kind,
            "population": "" if a.population is None else str(a.population),
            "subtype": program.subtypes.get(a.subtype, a.subtype), "title": a.title,
            "overseas_partner": a.overseas_partner or "", "jurisdiction": a.jurisdiction or "",
            "consortium": consortium})
    return out
