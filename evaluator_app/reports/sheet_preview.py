"""The member's own 평가표 PDF before signing (`evaluator sheet preview`, Finalize > Preview).

Exactly the printable sheet signing would write (reports/sheet_pdf.py, from the same prepared
content), with every page stamped "미리보기 — 서명되지 않음 / PREVIEW — NOT SIGNED" across it and
in its header: nothing is signed, nothing is locked, nothing is recorded, and a printed preview
cannot pass for the signed sheet.
"""

import io
import os
from pathlib import Path
from typing import Any

from evaluator_app.replacing import replace_file
from evaluator_app.rubric.model import Rubric

STAMP = "미리보기 — 서명되지 않음"
STAMP_EN = "PREVIEW — NOT SIGNED"


def _stamp_page(width: float, height: float) -> Any:
    """One page of the stamp, as a pypdf page to merge over the sheet's."""
    from pypdf import PdfReader
    from reportlab.lib import colors
    from reportlab.pdfgen import canvas

    from evaluator_app.fonts import register_korean_fonts

    _, bold = register_korean_fonts()
    buffer = io.BytesIO()
    c = canvas.Canvas(buffer, pagesize=(width, height))
    c.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.85))
    c.setFont(bold, 11)
    c.drawCentredString(width / 2, height - 18, f"{STAMP} / {STAMP_EN}")
    c.setFillColor(colors.Color(0.75, 0.1, 0.1, alpha=0.18))
    c.saveState()
    c.translate(width / 2, height / 2)
    c.rotate(35)
    c.setFont(bold, 54)
    c.drawCentredString(0, 10, "미리보기")
    c.setFont(bold, 26)
    c.drawCentredString(0, -32, STAMP_EN)
    c.restoreState()
    c.showPage()
    c.save()
    buffer.seek(0)
    return PdfReader(buffer).pages[0]


def write_preview_pdf(sheet: dict[str, Any], rubrics: dict[str, Rubric], out: Path) -> Path:
    """Write the stamped preview of `sheet` (a prepared, unsigned sheet) to `out`."""
    from pypdf import PdfReader, PdfWriter

    from evaluator_app.reports.sheet_pdf import write_sheet_pdf

    out = Path(out)
    out.parent.mkdir(parents=True, exist_ok=True)
    plain = out.with_name(f".{out.name}.{os.getpid()}.plain")
    part = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        write_sheet_pdf(sheet, rubrics, plain)
        writer = PdfWriter(clone_from=PdfReader(plain))
        for page in writer.pages:
            box = page.mediabox
            page.merge_page(_stamp_page(float(box.width), float(box.height)))
        writer.add_metadata({"/Title": f"{STAMP} — {sheet['session']['title']}",
                             "/Subject": STAMP_EN})
        with open(part, "wb") as f:
            writer.write(f)
        replace_file(part, out)  # the last preview is often still open in a viewer
    finally:
        plain.unlink(missing_ok=True)
        part.unlink(missing_ok=True)
    return out
