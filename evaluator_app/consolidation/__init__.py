"""The chair's consolidation: verify every sheet, aggregate, flag, rank, sign (issue 9).

collect.py   the verification table (which sheet counts, which is superseded or rejected)
rules.py     trimmed mean / mean / median and the one final rounding (pure Decimal)
compute.py   per-application figures, deviation flags, small panels, ranks and statuses
result.py    result.json: run, sign, write, load and verify by recomputation
tables.py    result.csv / result.xlsx
outputs.py   every output file of one consolidation, written together
report_pdf.py, report_view.py, report_sections.py, disagreements.py   the PDFs and the list

The names below load their module on first use (PEP 562), so importing one small module of
the package (e.g. `rules` for a CLI option) does not pull in the crypto and PDF machinery.
"""

from importlib import import_module
from typing import Any

_WHERE = {
    "Collection": "collect", "Exclusion": "collect", "SheetRecord": "collect",
    "collect": "collect",
    "RESULT_FORMAT": "compute", "Options": "compute", "consolidate": "compute",
    "write_outputs": "outputs",
    "Consolidated": "result", "Verification": "result", "load_result": "result", "run": "result",
    "verify_result": "result", "write_result": "result",
    "RULES": "rules", "aggregate": "rules", "round_score": "rules",
}
__all__ = sorted(_WHERE)


def __getattr__(name: str) -> Any:
    if name not in _WHERE:
        raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
    value = getattr(import_module(f"{__name__}.{_WHERE[name]}"), name)
    globals()[name] = value
    return value
