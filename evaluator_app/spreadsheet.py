"""Reading a table a person edited: XLSX (one named sheet) or CSV (UTF-8, BOM allowed)."""

import csv
import zipfile
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from evaluator_app.errors import EvaluatorError


def read_table(path: Path, sheet_name: str, error: type[EvaluatorError]) -> list[list[Any]]:
    """All rows of `path` as lists of cell values; problems raise `error` naming the file."""
    suffix = path.suffix.lower()
    if suffix == ".csv":
        try:
            with path.open(encoding="utf-8-sig", newline="") as fh:
                return list(csv.reader(fh))
        except UnicodeDecodeError:
            raise error(f"{path}: the CSV file is not UTF-8 text (save it as CSV UTF-8)"
                        ) from None
        except csv.Error as e:
            raise error(f"{path}: the CSV file cannot be parsed ({e})") from None
        except OSError as e:
            raise error(f"{path}: cannot read the file ({e.strerror})") from None
    if suffix != ".xlsx":
        raise error(f"{path}: the file must be a .xlsx or .csv file")
    try:
        wb = load_workbook(path, read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, OSError, ValueError) as e:
        raise error(f"{path}: not a readable .xlsx workbook ({e})") from None
    try:
        sheet = wb[sheet_name] if sheet_name in wb.sheetnames else wb.worksheets[0]
        return [list(r) for r in sheet.iter_rows(values_only=True)]
    finally:
        wb.close()


def cell_text(value: Any) -> str:
    """A cell as text: whole floats without '.0' (Excel stores 8 as 8.0), stripped."""
    if value is None:
        return ""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
