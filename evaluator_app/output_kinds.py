"""Whether a file already at an output path may be replaced: only by a file of its own kind.

Writing again over one's previous export is intended (a bundle over the bundle, a PDF over the
PDF); writing over anything else is a slip of the file name that destroys someone's file — the
review form over a report, a bundle over the applicants table. So a command writes over a file
only when it recognisably is what the command writes: by its magic or format header, read
without following it further (a few KiB at most; a FIFO is never opened). An identity file is
never replaced at all (safe_files.holds_secret_keys). Folders as outputs are not covered here.
"""

import errno
import json
import os
import stat
import tomllib
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from evaluator_app.errors import EvaluatorError
from evaluator_app.safe_files import read_regular, shown

HEAD_BYTES = 64 * 1024  # a header row, a card, a bundle's header.json: far below this
TOML_BYTES = 10 * 1024 * 1024  # a spec of a thousand applications is far below this


@dataclass(frozen=True)
class Kind:
    what: str  # completes "… is not ___": "a PDF file"
    matches: Callable[[Path], bool]


def _head(path: Path, size: int = HEAD_BYTES) -> bytes:
    with path.open("rb") as fh:
        return fh.read(size)


def _zip_names(path: Path) -> set[str]:
    try:
        with zipfile.ZipFile(path) as zf:
            return set(zf.namelist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return set()


def _is_bundle(path: Path) -> bool:
    try:
        with zipfile.ZipFile(path) as zf:
            info = zf.getinfo("header.json")
            if info.file_size > HEAD_BYTES:
                return False
            header = json.loads(zf.read(info))
    except (KeyError, zipfile.BadZipFile, OSError, ValueError, EOFError, RecursionError):
        return False
    return isinstance(header, dict) and str(header.get("format", "")).startswith(
        "evaluation-desk-bundle/")


def _is_xlsx(path: Path) -> bool:
    return "xl/workbook.xml" in _zip_names(path)


def _is_pdf(path: Path) -> bool:
    return b"%PDF-" in _head(path, 1024)  # where readers look for the header


def _is_move(path: Path) -> bool:  # an age file to a member's own key (workspace/moving.py)
    return _head(path, 64).startswith(b"age-encryption.org/v1\n-> X25519 ")


def _json(path: Path) -> object:
    try:
        return json.loads(read_regular(path, EvaluatorError, HEAD_BYTES, "a card"))
    except (EvaluatorError, ValueError, RecursionError):
        return None


def _is_card(path: Path) -> bool:
    from evaluator_app.cards import CARD_FORMAT

    data = _json(path)
    return isinstance(data, dict) and data.get("format") == CARD_FORMAT


def _toml(path: Path) -> dict[str, object]:
    try:
        text = read_regular(path, EvaluatorError, TOML_BYTES, "a TOML file").decode("utf-8-sig")
        return tomllib.loads(text)
    except (EvaluatorError, ValueError, RecursionError):
        return {}


def _is_spec(path: Path) -> bool:
    return isinstance(_toml(path).get("session"), dict)


def _is_rubric(path: Path) -> bool:
    data = _toml(path)
    return (isinstance(data.get("id"), str) and isinstance(data.get("program"), str)
            and isinstance(data.get("groups"), list))


def _header_row(path: Path) -> list[str]:
    """The first line of a CSV file as cells (UTF-8 with or without BOM, or CP949)."""
    from evaluator_app.spreadsheet import decode_csv

    line = _head(path).split(b"\n", 1)[0].rstrip(b"\r")
    text = decode_csv(line)
    return [] if text is None else [cell.strip().strip('"') for cell in text.split(",")]


def _is_form_csv(path: Path) -> bool:
    from evaluator_app.form.layout import COLUMNS, HEADER_TO_COLUMN

    header = [HEADER_TO_COLUMN.get(cell) for cell in _header_row(path)]
    return {"session_id", "item_id", "score"} <= set(header) and header[0] == COLUMNS[0]


def _is_rubric_csv(path: Path) -> bool:
    from evaluator_app.rubric.table import HEADER_TO_COLUMN

    header = {HEADER_TO_COLUMN.get(cell) for cell in _header_row(path)}
    return {"kind", "id", "label_ko", "max_points"} <= header


BUNDLE = Kind("an evaluation bundle (.evb)", _is_bundle)
PDF = Kind("a PDF file", _is_pdf)
XLSX = Kind("an Excel workbook (.xlsx)", _is_xlsx)
MOVE = Kind("a session moved with `workspace export` (.evm)", _is_move)
CARD = Kind("a card (CARD.json)", _is_card)
SPEC = Kind("a session spec (TOML with [session])", _is_spec)
RUBRIC = Kind("a rubric (TOML)", _is_rubric)
FORM_CSV = Kind("a review form (CSV)", _is_form_csv)
RUBRIC_CSV = Kind("a rubric table (CSV)", _is_rubric_csv)

# What each output option writes, by the file's suffix ("" for any suffix). An output whose
# kinds are empty (an identity backup) never replaces a file.
OUTPUTS: dict[str, dict[str, Kind]] = {
    "bundle": {"": BUNDLE},
    "pdf": {"": PDF},
    "move": {"": MOVE},
    "card": {"": CARD},
    "spec": {"": SPEC},
    "rubric": {"": RUBRIC},
    "form": {".xlsx": XLSX, ".csv": FORM_CSV},
    "rubric-table": {".xlsx": XLSX, ".csv": RUBRIC_CSV},
    "report": {".pdf": PDF, ".xlsx": XLSX},
    "new": {},
}


def replace_problem(path: Path, output: str) -> str | None:
    """None when `path` may be written by an output of kind `output` (a key of OUTPUTS): no
    file is there, or one of that kind; else the one sentence refusing it."""
    path = Path(path)
    try:
        mode = os.stat(path).st_mode
    except FileNotFoundError:
        if not path.is_symlink():
            return None
        mode = 0  # a link to nowhere: writing would create its target somewhere else
    except OSError as e:  # nothing is there to keep: the name itself cannot be written
        return unwritable_name(path, e)
    name = shown(path)
    kinds = OUTPUTS[output]
    if not kinds:
        return (f"{name} already exists, and an identity is only ever written to a new file; "
                "choose another name or remove it")
    kind = kinds.get(path.suffix.lower(), kinds.get(""))
    try:
        if kind is not None and stat.S_ISREG(mode) and kind.matches(path):
            return None
    except OSError:
        pass
    what = kind.what if kind else " or ".join(k.what for k in kinds.values())
    return f"{name} already exists and is not {what}; choose another name or remove it"


def unwritable_name(path: Path, error: OSError) -> str:
    """Why no file can be written at `path` whose lookup failed with `error`: not "already
    exists", which it was called before (a name too long, a file where a folder should be)."""
    if error.errno == errno.ENAMETOOLONG:
        return (f"{shown(path)}: the file name or its folder's path is too long; choose a "
                "shorter name or a folder nearer the top of the drive")
    if error.errno == errno.ENOTDIR:
        parent = next((p for p in path.parents if p.exists() and not p.is_dir()), path.parent)
        return f"{shown(path)} cannot be written: {shown(parent)} is a file, not a folder"
    return f"{shown(path)} cannot be written ({error.strerror or error})"
