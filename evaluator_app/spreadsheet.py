"""Reading a table a person edited: XLSX (one named sheet) or CSV (UTF-8, UTF-8 with a BOM, or
CP949 — what Korean Excel's "CSV (쉼표로 분리)" saves)."""

import codecs
import math
import zipfile
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.cell import coordinate_to_tuple

from evaluator_app.csv_rows import parse_csv
from evaluator_app.errors import EvaluatorError
from evaluator_app.numbers import clip

SHEET_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
# A table a person fills in (a form of every item of every application, an applicants table)
# has hundreds or a few thousand rows; data below this row is no table of ours.
MAX_ROWS = 100_000


def read_table(path: Path, sheet_name: str, error: type[EvaluatorError]) -> list[list[Any]]:
    """All rows of `path` as lists of cell values; problems raise `error` naming the file.

    A row with filled cells beyond the header's columns is refused (they would be dropped)."""
    rows = _read_rows(path, sheet_name, error)
    header = rows[0] if rows else []
    width = len(header)
    while width and header[width - 1] in (None, ""):
        width -= 1
    for n, values in enumerate(rows[1:], start=2):
        extra = [v for v in values[width:] if v not in (None, "")]
        if extra:
            raise error(f"{path}: row {n} has {len(extra)} filled cell(s) beyond the header's "
                        f"{width} columns (first: {clip(extra[0])}); remove them")
    return rows


def _read_rows(path: Path, sheet_name: str, error: type[EvaluatorError]) -> list[list[Any]]:
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            data = path.read_bytes()
        except OSError as e:
            raise error(f"{path}: cannot read the file ({e.strerror})") from None
        if cut_in_a_character(data):  # not "save it again as UTF-8": it is, only cut short
            raise error(f"{path}: the file ends in the middle of a character: a copy cut "
                        "short; copy the file again")
        text = decode_csv(data)
        if text is None:
            raise error(f"{path}: the CSV file is neither UTF-8 nor CP949 (Korean Excel) "
                        "text; save it again as CSV UTF-8")
        return list(parse_csv(text, str(path), error))
    if suffix != ".xlsx":
        raise error(f"{path}: the file must be a .xlsx or .csv file")
    try:
        # Formulas are read as formulas (not their cached values): a formula cell written by a
        # tool that does not recalculate has no value, and must not pass for an empty cell.
        wb = load_workbook(path, read_only=True, data_only=False)
    except OSError as e:
        raise error(f"{path}: cannot read the file ({e.strerror or e})") from None
    except Exception as e:  # openpyxl, zipfile and XML parsers raise many kinds on bad files
        raise error(f"{path}: not a readable .xlsx workbook ({_short(e)})") from None
    try:
        sheet = wb[sheet_name] if sheet_name in wb.sheetnames else wb.worksheets[0]
        hollow = _hollow_cells(path, getattr(sheet, "_worksheet_path", None))
        rows = _stored_rows(path, sheet, {r for r, _ in hollow}, error)
    except EvaluatorError:
        raise
    except Exception as e:
        raise error(f"{path}: the workbook is damaged ({_short(e)})") from None
    finally:
        wb.close()
    header = [c.value for c in rows[0]] if rows else []
    out = []
    for r, cells in enumerate(rows, start=1):
        values = []
        for c in cells:
            value = getattr(c, "value", None)
            problem = _cell_problem(c, value) or (
                "this cell holds a value that is not a number (such as inf); type the number"
                if (r, len(values) + 1) in hollow else None)
            if problem:
                name = header[len(values)] if len(values) < len(header) else None
                column = get_column_letter(len(values) + 1) + (f" ({name})" if name else "")
                raise error(f"{path}: row {r}, column {column}: {problem}")
            values.append(value)
        out.append(values)
    return out


def _stored_rows(path: Path, sheet: Any, hollow: set[int],
                 error: type[EvaluatorError]) -> list[list[Any]]:
    """The rows as the sheet stores them, up to the last one holding a value (or a hollow cell,
    whose row numbers are `hollow`).

    The size a workbook declares (its `dimension`, up to A1:XFD1048576, or a stray cell far
    below the table) is not trusted: openpyxl would pad every row to that width and add every
    row up to that height, billions of empty cells. Empty rows between filled ones are kept
    (the row numbers stay the spreadsheet's); a filled cell below MAX_ROWS is refused."""
    sheet.reset_dimensions()
    rows: list[list[Any]] = []
    blank = 0  # empty rows seen since the last filled one
    for n, cells in enumerate(sheet.iter_rows(), start=1):
        if n not in hollow and all(getattr(c, "value", None) is None for c in cells):
            blank += 1
            continue
        if n > MAX_ROWS:
            raise error(f"{path}: row {n:,} holds a value, below the table's at most "
                        f"{MAX_ROWS:,} rows; delete the rows under the table")
        rows.extend([] for _ in range(blank))
        blank = 0
        rows.append(list(cells))
    return rows


def _hangul(text: str) -> bool:
    return any("\uac00" <= ch <= "\ud7a3" or "\u3131" <= ch <= "\u318e" for ch in text)


def decode_csv(data: bytes) -> str | None:
    """The text of a CSV file, or None when it is neither UTF-8 nor CP949.

    A BOM means UTF-8. Otherwise UTF-8 is tried first: Hangul in CP949 is almost never valid
    UTF-8 (most lead bytes, 0x81–0xC1, cannot start a UTF-8 sequence). The rare CP949 text that
    is (345 syllables such as 청, 호, 천, with ASCII) reads as Latin letters without any Hangul,
    while its CP949 reading has Hangul: that is taken as CP949, so no mojibake reaches the
    screen. (The price: a UTF-8 file of accented Latin text and no Hangul that also reads as
    CP949 Hangul is taken as CP949; a BOM settles it.)
    """
    if data.startswith(codecs.BOM_UTF8):
        try:
            return data[len(codecs.BOM_UTF8):].decode("utf-8")
        except UnicodeDecodeError:
            return None
    try:
        korean = data.decode("cp949")
    except UnicodeDecodeError:
        korean = None
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        return korean
    if (korean is not None and not _hangul(text) and _hangul(korean)
            and any("\u0080" <= ch <= "\u024f" for ch in text)):
        return korean
    return text


def cut_in_a_character(data: bytes) -> bool:
    """True when `data` is UTF-8 or CP949 text cut inside its last character (a copy that
    stopped half-way through a Hangul syllable), as opposed to text in neither encoding."""
    body = data.removeprefix(codecs.BOM_UTF8)
    for encoding in ("utf-8", "cp949"):
        try:
            body.decode(encoding)
            return False
        except UnicodeDecodeError:
            pass
        try:  # a valid beginning whose last character lacks its final bytes
            codecs.getincrementaldecoder(encoding)().decode(body, final=False)
            return True
        except UnicodeDecodeError:
            pass
    return False


def _hollow_cells(path: Path, member: str | None) -> set[tuple[int, int]]:
    """(row, column) of cells whose value element is present but empty: what a writer leaves
    for inf or NaN, which openpyxl reads as an empty cell."""
    if not member:
        return set()
    out = set()
    with zipfile.ZipFile(path) as zf, zf.open(member) as fh:
        for _, element in ElementTree.iterparse(fh):
            if element.tag == f"{{{SHEET_NS}}}c":
                v = element.find(f"{{{SHEET_NS}}}v")
                if (v is not None and not (v.text or "").strip()
                        and element.find(f"{{{SHEET_NS}}}f") is None
                        and element.get("t", "n") == "n" and element.get("r")):
                    out.add(coordinate_to_tuple(element.get("r")))
            elif element.tag == f"{{{SHEET_NS}}}row":
                element.clear()
    return out


def _cell_problem(cell: Any, value: Any) -> str | None:
    if getattr(cell, "data_type", None) == "f":
        return f"this cell holds a formula ({clip(value)}); type the number"
    if isinstance(value, float) and not math.isfinite(value):
        return f"this cell holds {value}, not a number; type the number"
    return None


def _short(e: Exception) -> str:
    text = str(e) or type(e).__name__
    return text if len(text) <= 80 else text[:80] + "…"


def cell_text(value: Any) -> str:
    """A cell as text: whole floats without '.0' (Excel stores 8 as 8.0), stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
