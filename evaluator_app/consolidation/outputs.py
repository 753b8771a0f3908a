"""Every file of one consolidation, written into one folder."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from evaluator_app.consolidation.disagreements import write_disagreements
from evaluator_app.consolidation.report_pdf import write_report_pdf
from evaluator_app.consolidation.result import write_result
from evaluator_app.consolidation.tables import write_csv, write_xlsx
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Identity

Step = Callable[[str], None]


def write_outputs(result: dict[str, Any], bundle: OpenedBundle, identity: Identity | None,
                  out_dir: Path, step: Step | None = None,
                  disagreements: Path | None = None) -> list[Path]:
    """result.json (+ .minisig unless provisional), result.csv, result.xlsx, report.pdf (the
    종합평가표) and report-public.pdf (anonymised); with `disagreements`, also the anonymised
    list of flagged applications as that .pdf or .xlsx. Returns the files written.

    `step` is told the name of each file before it is written (progress for the app).
    """
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []

    def note(name: str) -> Path:
        if step:
            step(name)
        return out_dir / name

    note("result.json")
    files = write_result(result, identity, out_dir)
    written += [files.json, *([files.signature] if files.signature else [])]
    write_csv(result, note("result.csv"))
    write_xlsx(result, note("result.xlsx"))
    written += [out_dir / "result.csv", out_dir / "result.xlsx"]
    written.append(write_report_pdf(result, note("report.pdf")))
    written.append(write_report_pdf(result, note("report-public.pdf"), public=True))
    if disagreements is not None:
        if step:
            step(Path(disagreements).name)
        rubrics = {r.content_hash: r for r in bundle.rubrics()}
        written.append(write_disagreements(result, rubrics, Path(disagreements)))
    return written
