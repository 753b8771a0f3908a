"""What the secretariat may put in a bundle: PDF files that open without a password.

Korean public documents often arrive as HWP/HWPX, DOCX or PPTX; members read documents in the
app's PDF viewer only, so anything else is refused with how to convert it. The check goes by
content, not by the file name: HWP (and DOC/PPT/XLS) is an OLE2 compound file, HWPX/DOCX/PPTX
are ZIP archives, a PDF starts with `%PDF-` and ends with `%%EOF` after its trailer. The PDF
itself is read with pypdf (its trailer, cross-reference table and page tree, never its content
streams), which finds a password (`/Encrypt`), a damaged file and a PDF without pages.
"""

import logging
import zipfile
from pathlib import Path

OLE2_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
ZIP_MAGICS = (b"PK\x03\x04", b"PK\x05\x06")
PDF_MAGIC = b"%PDF-"
# Readers accept a %%EOF marker anywhere in the last 1024 bytes (PDF 1.7, implementation note
# 18); a file cut short loses it.
TAIL_BYTES = 1024

CONVERT = ("save it as PDF (한글: 파일 → PDF로 저장하기; LibreOffice: "
           "soffice --headless --convert-to pdf {name}) and list the PDF instead")
OLE2_KINDS = {".hwp": "a 한글 (HWP) document", ".doc": "a Word 97–2003 (DOC) document",
              ".ppt": "a PowerPoint 97–2003 (PPT) presentation",
              ".xls": "an Excel 97–2003 (XLS) workbook"}
ZIP_MEMBERS = (("Contents/section0.xml", "a 한글 (HWPX) document"),
               ("word/document.xml", "a Word (DOCX) document"),
               ("ppt/presentation.xml", "a PowerPoint (PPTX) presentation"),
               ("xl/workbook.xml", "an Excel (XLSX) workbook"),
               ("content.xml", "an OpenDocument file"))

# pypdf logs what it repairs in passing (a slightly wrong xref offset); the verdict here is
# what counts, so its chatter would only confuse the secretariat.
logging.getLogger("pypdf").setLevel(logging.ERROR)


def _zip_kind(path: Path) -> str:
    try:
        with zipfile.ZipFile(path) as z:
            names = set(z.namelist())
            if "mimetype" in names and b"hwp" in z.read("mimetype")[:64]:
                return "a 한글 (HWPX) document"
    except (zipfile.BadZipFile, OSError, KeyError):
        return "a ZIP archive"
    for member, kind in ZIP_MEMBERS:
        if member in names:
            return kind
    return "a ZIP archive"


def _pdf_problem(path: Path, size: int) -> str | None:
    with path.open("rb") as fh:
        fh.seek(max(0, size - TAIL_BYTES))
        if b"%%EOF" not in fh.read():
            return "is damaged or cut short (it does not end with the %%EOF marker of a PDF)"
        fh.seek(0)
        from pypdf import PdfReader  # imported when a document is checked (CLI start-up)

        try:
            reader = PdfReader(fh, strict=False)  # a file object: pypdf reads only what it needs
            if reader.is_encrypted:
                return ("is password-protected (encrypted); save a copy without a password "
                        "or restrictions and list that instead")
            pages = len(reader.pages)
        except Exception as e:  # pypdf raises many kinds on broken input; all mean "damaged"
            reason = str(e).strip().rstrip(".") or type(e).__name__
            return f"is a damaged PDF that cannot be read ({reason})"
    if pages == 0:
        return "is a PDF with no pages"
    return None


def document_problem(path: Path, name: str | None = None) -> str | None:
    """What is wrong with a document, as one sentence naming it; None for a readable PDF.

    `name` is how the spec names the file (default: the path as given).
    """
    shown = name or str(path)
    what = f"document {shown}"
    try:
        size = path.stat().st_size
        with path.open("rb") as fh:
            head = fh.read(8)
    except OSError as e:
        return f"{what} cannot be read ({e.strerror or e})"
    convert = CONVERT.format(name=Path(shown).name)
    if size == 0:
        return f"{what} is empty (0 bytes)"
    if head.startswith(PDF_MAGIC):
        problem = _pdf_problem(path, size)
        return f"{what} {problem}" if problem else None
    if head.startswith(OLE2_MAGIC):
        kind = OLE2_KINDS.get(path.suffix.lower(), "an OLE2 file (HWP, DOC, PPT or XLS)")
        return f"{what} is {kind}, not a PDF: {convert}"
    if head.startswith(ZIP_MAGICS):
        return f"{what} is {_zip_kind(path)}, not a PDF: {convert}"
    return f"{what} is not a PDF file (it does not start with %PDF-): {convert}"
