"""The applicants table (신청기관 목록): XLSX or CSV with Korean headers, one row per application.

`read_applicants` checks every row against the program's rules and returns the rows it could
read with every problem found, each with its row and column, so the secretariat fixes them all
in one pass. The template's example row (신청번호 예시) and blank rows are skipped.
"""

import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from openpyxl.utils import get_column_letter

from evaluator_app.errors import EvaluatorError, SpecError
from evaluator_app.numbers import clip, typed_text
from evaluator_app.one_line import as_one_line
from evaluator_app.programs import Program
from evaluator_app.round.columns import (
    APPLICANT,
    DOCUMENTS,
    EXAMPLE_ID,
    HEADER_FIELDS,
    ID,
    JURISDICTION,
    KIND,
    PARTNER,
    POPULATION,
    SUBTYPE,
    TITLE,
    Column,
    fold,
    required_for,
)
from evaluator_app.round.model import MAX_POPULATION, ApplicationDraft
from evaluator_app.round.problems import Problem
from evaluator_app.rubric.loader import ID_RE, ID_RULE
from evaluator_app.spreadsheet import cell_text, read_table

SHEET = "신청기관"
MAX_ROWS = 2_000
LIST_SPLIT = re.compile(r"\s*[;\n,]\s*")


@dataclass(frozen=True)
class ApplicantRow:
    row: int  # the spreadsheet's row number
    application: ApplicationDraft  # documents not yet matched
    documents: tuple[str, ...] = ()  # file names the 문서 column gives


@dataclass
class ApplicantsTable:
    path: Path
    rows: list[ApplicantRow] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    letters: dict[str, str] = field(default_factory=dict)  # field → column letter

    def problem(self, text: str, row: int | None = None, column: Column | None = None) -> None:
        self.problems.append(Problem(
            text, self.path.name, row, column.header if column else "",
            self.letters.get(column.field, "") if column else ""))

    def row_of(self, application_id: str) -> int | None:
        return next((r.row for r in self.rows if r.application.id == application_id), None)


def subtype_names(program: Program) -> dict[str, str]:
    """Folded id or Korean name → subtype id."""
    out = {fold(sid): sid for sid in program.subtypes}
    out.update({fold(name): sid for sid, name in program.subtypes.items()})
    return out


def parse_population(value: Any) -> int | None:
    """A population as typed: digits (690000, 690,000 or 690000명; full-width folded), or a
    whole-number cell; None for anything else."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return value
    if isinstance(value, float):
        return int(value) if value.is_integer() else None
    text = re.sub(r"[,\s]|명$", "", typed_text(str(value)))
    return int(text) if text.isascii() and text.isdigit() and len(text) <= 12 else None


def _text(value: Any) -> str:
    return unicodedata.normalize("NFC", cell_text(value))


def _header(table: ApplicantsTable, header: list[Any], program: Program) -> dict[str, int]:
    columns: dict[str, int] = {}
    for i, h in enumerate(header):
        name = _text(h)
        letter = get_column_letter(i + 1)
        if not name:
            continue
        col = HEADER_FIELDS.get(fold(name))
        if col is None:
            table.problems.append(Problem(
                f"unknown column {clip(name)} (known: {', '.join(c.header for c in _known())})",
                table.path.name, 1, name, letter))
        elif col.field in columns:
            table.problems.append(Problem(f"the column {col.header} appears twice",
                                          table.path.name, 1, col.header, letter))
        else:
            columns[col.field] = i
            table.letters[col.field] = letter
    for col in required_for(program):
        if col.field not in columns:
            table.problem(f"the header lacks the column {col.header} ({program.id} needs it: "
                          f"{col.help})", 1)
    return columns


def _known() -> list[Column]:
    seen: dict[str, Column] = {}
    for c in HEADER_FIELDS.values():
        seen.setdefault(c.field, c)
    return list(seen.values())


def _names(text: str) -> tuple[str, ...]:
    return tuple(x for x in LIST_SPLIT.split(text) if x)


def read_applicants(path: Path, program: Program) -> ApplicantsTable:
    """Every row of the table, and every problem of it (row and column named)."""
    path = Path(path)
    table = ApplicantsTable(path)
    try:
        raw = read_table(path, SHEET, SpecError)
    except EvaluatorError as e:
        table.problems.append(Problem(e.message))
        return table
    return check_rows(table, raw, program)


def check_rows(table: ApplicantsTable, raw: list[list[Any]], program: Program
               ) -> ApplicantsTable:
    """Check rows already read (a header, then one row per application) into `table`: the
    file's reader and the desk's grid, which the secretariat fills in place, share it."""
    if not raw:
        table.problem("the table is empty (the first row is the header: 신청번호, 신청기관, …)")
        return table
    columns = _header(table, raw[0], program)
    if ID.field not in columns:
        return table
    if len(raw) - 1 > MAX_ROWS:
        table.problem(f"the table has {len(raw) - 1:,} rows; at most {MAX_ROWS:,} applications "
                      "are accepted")
        return table
    first_id: dict[str, int] = {}
    first_place: dict[str, int] = {}
    subtypes = subtype_names(program)
    kinds = {fold(k): k for k in program.applicant_kinds}
    for number, values in enumerate(raw[1:], start=2):
        cells = {f: values[i] if i < len(values) else None for f, i in columns.items()}
        text = {f: _text(v) for f, v in cells.items()}
        for one_line in (APPLICANT.field, TITLE.field):  # Alt+Enter in a cell: a space
            if one_line in text:
                text[one_line] = as_one_line(text[one_line])
        if not any(text.values()) or text[ID.field].startswith(EXAMPLE_ID):
            continue
        row = _Row(table, number, text)
        aid = row.require(ID)
        if aid and not ID_RE.match(aid):
            row.bad(ID, f"신청번호 {clip(aid)} must use {ID_RULE}")
        elif aid in first_id:
            row.bad(ID, f"신청번호 {aid} is already used in row {first_id[aid]}")
        elif aid:
            first_id[aid] = number
        applicant = row.require(APPLICANT)
        title = row.require(TITLE)
        kind = row.require(KIND)
        if kind and fold(kind) not in kinds:
            row.bad(KIND, f"기관 유형 {clip(kind)} is not allowed for {program.id} (allowed: "
                          f"{', '.join(program.applicant_kinds)})")
        kind = kinds.get(fold(kind), kind)
        population = _population(row, cells.get(POPULATION.field), program)
        subtype = _subtype(row, text.get(SUBTYPE.field, ""), program, subtypes)
        partner = text.get(PARTNER.field) or None
        if program.overseas_partner_required and not partner:
            row.bad(PARTNER, f"{program.id} requires an overseas partner institution; the cell "
                             "is empty")
        jurisdiction = text.get(JURISDICTION.field) or None
        if program.one_per_jurisdiction:
            place = jurisdiction or applicant
            column = JURISDICTION if jurisdiction else APPLICANT
            if place in first_place:
                row.bad(column, f"{clip(place)} already has an application in row "
                                f"{first_place[place]}; {program.id} allows one per "
                                "jurisdiction per year")
            elif place:
                first_place[place] = number
        consortium_names = _names(text.get("consortium", ""))
        consortium: str | tuple[str, ...] | None = (
            None if not consortium_names else consortium_names[0]
            if len(consortium_names) == 1 else consortium_names)
        table.rows.append(ApplicantRow(number, ApplicationDraft(
            id=aid, applicant=applicant, applicant_kind=kind, title=title, population=population,
            subtype=subtype, jurisdiction=jurisdiction, overseas_partner=partner,
            consortium=consortium), _names(text.get(DOCUMENTS.field, ""))))
    if not table.rows and not table.problems:
        table.problem("the table lists no applications (below the header, one row per "
                      "application)")
    return table


class _Row:
    def __init__(self, table: ApplicantsTable, number: int, text: dict[str, str]) -> None:
        self.table, self.number, self.text = table, number, text

    def bad(self, column: Column, message: str) -> None:
        self.table.problem(message, self.number, column)

    def require(self, column: Column) -> str:
        value = self.text.get(column.field, "")
        if not value and column.field in self.table.letters:
            self.bad(column, f"{column.header} is empty")
        return value


def _population(row: _Row, value: Any, program: Program) -> int | None:
    if value is None or _text(value) == "":
        if program.population_below is not None and POPULATION.field in row.table.letters:
            row.bad(POPULATION, f"인구 is required for {program.id} (must be below "
                                f"{program.population_below:,})")
        return None
    pop = parse_population(value)
    if pop is None or not 0 < pop <= MAX_POPULATION:
        row.bad(POPULATION, f"인구 must be a whole number from 1 to {MAX_POPULATION:,}, not "
                            f"{clip(_text(value))}")
        return None
    if program.population_below is not None and pop >= program.population_below:
        row.bad(POPULATION, f"population {pop:,} is not below the {program.id} cap of "
                            f"{program.population_below:,}")
    return pop


def _subtype(row: _Row, text: str, program: Program, names: dict[str, str]) -> str:
    if not text:
        if program.subtype_required and SUBTYPE.field in row.table.letters:
            row.bad(SUBTYPE, f"세부유형 is required for {program.id} (one of "
                             f"{', '.join(program.subtypes.values())})")
        return ""
    sid = names.get(fold(text))
    if sid is None:
        allowed = ", ".join(program.subtypes.values()) or f"none: {program.id} has no sub-types"
        row.bad(SUBTYPE, f"unknown 세부유형 {clip(text)} (allowed: {allowed})")
        return ""
    return sid
