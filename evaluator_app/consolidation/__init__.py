"""The chair's consolidation: verify every sheet, aggregate, flag, rank, sign (issue 9).

collect.py   the verification table (which sheet counts, which is superseded or rejected)
rules.py     trimmed mean / mean / median and the one final rounding (pure Decimal)
compute.py   per-application figures, deviation flags, small panels, ranks and statuses
result.py    result.json: run, sign, write, load and verify by recomputation
tables.py    result.csv / result.xlsx
report_pdf.py, report_sections.py, report_view.py
             report.pdf (종합평가표) and report-public.pdf (anonymised, for publication)
disagreements.py
             --disagreements: the flagged applications for a second-round meeting (.pdf/.xlsx)
outputs.py   every output file of one consolidation, written together
"""

from evaluator_app.consolidation.collect import Collection, Exclusion, SheetRecord, collect
from evaluator_app.consolidation.compute import RESULT_FORMAT, Options, consolidate
from evaluator_app.consolidation.result import (
    Consolidated,
    Verification,
    load_result,
    run,
    verify_result,
    write_result,
)
from evaluator_app.consolidation.rules import RULES, aggregate, round_score


def __getattr__(name: str) -> object:
    """write_outputs loads reportlab and openpyxl: only when a command writes the outputs."""
    if name == "write_outputs":
        from evaluator_app.consolidation.outputs import write_outputs

        return write_outputs
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


__all__ = [
    "RESULT_FORMAT", "RULES", "Collection", "Consolidated", "Exclusion", "Options",
    "SheetRecord", "Verification", "aggregate", "collect", "consolidate", "load_result",
    "round_score", "run", "verify_result", "write_outputs", "write_result",
]
