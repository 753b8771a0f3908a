"""Do the tables and reports of a signed result say what its result.json says?

SHA256SUMS proves that the files are the ones the chair signed; not that they were made from
the result beside them (a table edited before signing would pass). Every output is written the
same for the same result (outputs.TABLE_WRITERS, stable_xlsx.py), so each listed file is
written again from the verified result.json and compared: the same bytes; else (another version
of the app or of its libraries writes them otherwise) the same cells of every sheet (XLSX) or
the same text (PDF): on every page, or else read as one text in page order (`_flowed`), since
another version may break its pages elsewhere (a heading kept with its table). A paper
prints its times in the machine's zone: a PDF written in another zone than this machine's is not
compared, and says so.
"""

import tempfile
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from evaluator_app.consolidation.disagreements import SUFFIXES, write_disagreements
from evaluator_app.consolidation.outputs import TABLE_WRITERS
from evaluator_app.reports.layout import PROVISIONAL_BANNER
from evaluator_app.rubric.model import Rubric

Writer = Callable[[dict[str, Any], Path], object]


@dataclass
class DerivedCheck:
    same: list[str] = field(default_factory=list)  # what the result gives again
    differ: list[str] = field(default_factory=list)  # "<file>: what differs"
    skipped: list[str] = field(default_factory=list)  # "<file>: why it was not compared"


def _writer(name: str, rubrics: Callable[[], dict[str, Rubric]]) -> Writer | None:
    if name in TABLE_WRITERS:
        return TABLE_WRITERS[name]
    if Path(name).suffix.lower() in SUFFIXES:  # the list of disagreements (--disagreements)
        return lambda r, p: write_disagreements(r, rubrics(), p)
    return None


def _xlsx_cells(path: Path) -> list[tuple[str, list[tuple[Any, ...]]]]:
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True)
    try:
        return [(ws.title, list(ws.iter_rows(values_only=True))) for ws in wb.worksheets]
    finally:
        wb.close()


def _pdf_pages(path: Path) -> list[str]:
    from pypdf import PdfReader

    return [page.extract_text() for page in PdfReader(path).pages]


def _page_lines(text: str, number: int) -> tuple[list[str], list[str]]:
    """One page's text as (its running footer and banner, the rest): lines without their
    surrounding spaces (pypdf spaces a centred cell otherwise than a left one), blanks left out.
    The footer, page number and any 잠정 banner are drawn before the page's content, so they
    are its first lines, up to the number of this page."""
    lines = [line.strip() for line in text.splitlines() if line.strip()]
    for i, line in enumerate(lines[:4]):
        if line == f"- {number} -":
            rest = lines[i + 1:]
            n = next((k for k, x in enumerate(rest[:2]) if x not in (PROVISIONAL_BANNER,
                                                                    "잠정")), len(rest[:2]))
            return [*lines[:i], *rest[:n]], rest[n:]
    return [], lines


def _repeats(lines: list[str], start: int, run: int) -> bool:
    """Whether lines[start:start + run] stand, in that order, somewhere before `start`."""
    needle = lines[start:start + run]
    return any(lines[j:j + run] == needle for j in range(start - run + 1)
               if lines[j] == needle[0])


def _flowed(pages: list[str]) -> tuple[list[list[str]], list[str], set[int]]:
    """A PDF's text with its page breaks taken out: each page's running footer (without the
    number), the lines of all pages in order, and where each page after the first starts."""
    furniture, lines, starts = [], [], set()
    for number, text in enumerate(pages, start=1):
        top, body = _page_lines(text, number)
        furniture.append(top)
        if number > 1:
            starts.add(len(lines))
        lines += body
    return furniture, lines, starts


def _same_flow(kept: list[str], again: list[str], limit: int = 80) -> bool:
    """The two texts as one flow each: every line the same and in the same order, except
    that at the top of a page either side may skip a run of lines it printed before (a
    split table's header row, repeated on the next page); no other line is passed over."""
    (k_top, k, k_starts), (a_top, a, a_starts) = _flowed(kept), _flowed(again)
    if any(top != a_top[0] for top in k_top + a_top):  # one footer on every page of both
        return False
    i = j = 0
    while i < len(k) or j < len(a):
        if i < len(k) and j < len(a) and k[i] == a[j]:
            i, j = i + 1, j + 1
            continue
        for lines, at, starts, other, o in ((k, i, k_starts, a, j), (a, j, a_starts, k, i)):
            if at not in starts:
                continue
            run = next((n for n in range(1, min(limit, len(lines) - at) + 1)
                        if _repeats(lines, at, n) and (
                            lines[at + n:at + n + 1] == other[o:o + 1])), 0)
            if run:
                i, j = (i + run, j) if lines is k else (i, j + run)
                break
        else:
            return False
    return True


def _same_content(kept: Path, again: Path) -> bool:
    if kept.read_bytes() == again.read_bytes():
        return True
    try:
        if kept.suffix.lower() == ".xlsx":
            return _xlsx_cells(kept) == _xlsx_cells(again)
        if kept.suffix.lower() == ".pdf":
            pages = _pdf_pages(kept), _pdf_pages(again)
            return pages[0] == pages[1] or _same_flow(*pages)
    except Exception:  # unreadable as its kind: not what the result gives
        return False
    return False  # the CSV: bytes only


def _zone_differs(result: dict[str, Any]) -> bool:
    """Whether this machine's clock at the result's time has another offset than the result's
    own (the chair's machine): its papers then print other times."""
    created = datetime.fromisoformat(result["created"])
    return created.utcoffset() != created.astimezone().utcoffset()


def check_derived(folder: Path, names: Iterable[str], result: dict[str, Any],
                  rubrics: Callable[[], dict[str, Rubric]],
                  progress: Callable[[int, int], None] | None = None) -> DerivedCheck:
    """Each of `names` (files in `folder` listed in its SHA256SUMS) that a consolidation
    derives from result.json, written again from `result` and compared. `rubrics` gives the
    bundle's rubrics by hash (the list of disagreements needs them; asked only then).
    `progress(done, total)` before each file and at the end (a 종합평가표 of 200 × 60 takes
    seconds)."""
    out = DerivedCheck()
    todo = [n for n in sorted(names) if n not in ("result.json", "result.json.minisig")]
    # ignore_cleanup_errors: on Windows a scanner may still hold a file just written
    with tempfile.TemporaryDirectory(prefix="evaluator-check-", ignore_cleanup_errors=True) as tmp:
        for i, name in enumerate(todo):
            if progress is not None:
                progress(i, len(todo))
            write = _writer(name, rubrics)
            if write is None:
                out.skipped.append(f"{name}: not a file a consolidation writes")
                continue
            again = Path(tmp) / name
            write(result, again)
            if _same_content(folder / name, again):
                out.same.append(name)
            elif name.lower().endswith(".pdf") and _zone_differs(result):
                out.skipped.append(f"{name}: printed in the time zone of the result "
                                   f"({result['created'][19:]}), not this machine's")
            else:
                what = {".csv": "its rows", ".xlsx": "its cells",
                        ".pdf": "its text"}.get(Path(name).suffix.lower(), "it")
                out.differ.append(f"{name}: {what} differ from what result.json gives")
        if progress is not None:
            progress(len(todo), len(todo))
    return out
