"""Every file of one consolidation, written into one folder together or not at all."""

import json
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import Any

from evaluator_app.consolidation.disagreements import write_disagreements
from evaluator_app.consolidation.report_pdf import write_report_pdf
from evaluator_app.consolidation.result import write_result
from evaluator_app.consolidation.sums import SUMS, SUMS_SIGNATURE, write_sums
from evaluator_app.consolidation.tables import write_csv, write_xlsx
from evaluator_app.errors import ConsolidationError
from evaluator_app.safe_files import MAX_RESULT_BYTES, is_regular, read_regular, shown
from evaluator_app.staged_output import staged
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.sheet import write_atomic

Step = Callable[[str], None]
# The order the files move into place: result.json last, so a signed result never sits beside
# tables or reports of another run; the signature just before it, and before that SHA256SUMS
# (and its signature), the list of every other file's hash (sums.py).
# Each table and report, by the function that writes it from result.json (result verify writes
# them again to compare: derived_check.py).
TABLE_WRITERS: dict[str, Callable[[dict[str, Any], Path], object]] = {
    "result.csv": write_csv, "result.xlsx": write_xlsx, "report.pdf": write_report_pdf,
    "report-public.pdf": lambda result, path: write_report_pdf(result, path, public=True)}
TABLES = tuple(TABLE_WRITERS)
SUMMED = (SUMS, SUMS_SIGNATURE)
SIGNED = ("result.json.minisig", "result.json")


def write_outputs(result: dict[str, Any], bundle: OpenedBundle, identity: Identity | None,
                  out_dir: Path, step: Step | None = None,
                  disagreements: Path | None = None) -> list[Path]:
    """result.json (+ .minisig unless provisional), result.csv, result.xlsx, report.pdf (the
    종합평가표) and report-public.pdf (anonymised); with `disagreements`, also the anonymised
    list of flagged applications as that .pdf or .xlsx; and SHA256SUMS over every file written
    into `out_dir` (+ .minisig unless provisional). Returns the files written.

    Everything is written into a stage beside `out_dir` and moves into place only when
    complete (staged_output.py): a failure or a kill leaves the previous result as it was, and
    a signature of a previous signed result never stays beside a new provisional one.
    `disagreements` outside `out_dir` gets a stage of its own, put in place just before the
    folder's (and its previous content back should the folder fail). `step` is told the name
    of each file before it is written (progress for the app).
    """
    out_dir = Path(out_dir)
    _refuse_another_result(out_dir, result)
    inside = disagreements is not None and _same_folder(Path(disagreements).parent, out_dir)
    extra = (Path(disagreements).name,) if inside and disagreements is not None else ()
    apart: list[tuple[Path, bytes | None]] = []  # a file written outside, and what it was
    try:
        with staged(out_dir, (*TABLES, *extra, *SUMMED, *SIGNED), error=ConsolidationError,
                    swap=True) as stage:

            def note(name: str) -> Path:
                if step:
                    step(name)
                return stage.path(name)

            note("result.json")
            files = write_result(result, identity, stage.folder)
            for name, write in TABLE_WRITERS.items():
                write(result, note(name))
            names = ["result.json", *(["result.json.minisig"] if files.signature else []),
                     *TABLES]
            if disagreements is not None:
                rubrics = {r.content_hash: r for r in bundle.rubrics()}
                if inside:
                    write_disagreements(result, rubrics, note(extra[0]))
                    names.append(extra[0])
                else:
                    if step:
                        step(Path(disagreements).name)
                    apart.append(_write_apart(result, rubrics, Path(disagreements)))
            if step:
                step(SUMS)
            names += write_sums(stage.folder, names, identity if files.signature else None,
                                result)
    except BaseException:
        for path, before in apart:  # the result did not get into place: nor does this
            _restore(path, before)
        raise
    written = [out_dir / n for n in names]
    if disagreements is not None and not inside:
        written.append(Path(disagreements))
    return written


def _refuse_another_result(out_dir: Path, result: dict[str, Any]) -> None:
    """A folder that holds the result of another session (or another stage of it) is not
    written over: the 서면 result a 발표 stage builds on would be gone, replaced by the later
    one, after a folder offered again in the sign dialog was accepted with Enter. The same
    session's result is replaced as before (consolidating again is the point)."""
    old = out_dir / "result.json"
    if not is_regular(old):
        return
    try:
        held = json.loads(read_regular(old, ConsolidationError, MAX_RESULT_BYTES, "a result"))
        session = held["session"]
        theirs = (session["id"], session["stage"])
    except (ConsolidationError, ValueError, KeyError, TypeError, RecursionError):
        return  # not a result of ours: the stage's own rules decide (staged_output.py)
    ours = (result["session"]["id"], result["session"]["stage"])
    if theirs != ours:
        raise ConsolidationError(
            f"{shown(out_dir)} holds the result of {theirs[0]} ({theirs[1]}), not of "
            f"{ours[0]} ({ours[1]}): it is not written over; choose another folder")


def _write_apart(result: dict[str, Any], rubrics: dict[str, Any], path: Path
                 ) -> tuple[Path, bytes | None]:
    """The disagreements file in another folder: staged too, and put in place just before the
    result's folder; returns what it replaced, to put back should the result fail."""
    before = read_regular(path, ConsolidationError, MAX_RESULT_BYTES, "a list of "
                          "disagreements") if is_regular(path) else None
    with staged(path.parent, (path.name,), error=ConsolidationError) as stage:
        write_disagreements(result, rubrics, stage.path(path.name))
    return path, before


def _restore(path: Path, before: bytes | None) -> None:
    with suppress(OSError):
        if before is None:
            path.unlink(missing_ok=True)
        else:
            write_atomic(path, before)


def _same_folder(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except (OSError, RuntimeError):
        return a.absolute() == b.absolute()
