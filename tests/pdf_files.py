"""Real files for the document checks: PDFs written by reportlab and the formats a secretariat
receives instead (HWP, DOCX, ...)."""

import re
import zipfile
from pathlib import Path

from reportlab.lib.pdfencrypt import StandardEncryption
from reportlab.pdfgen.canvas import Canvas


def write_pdf(path: Path, pages: int = 1, password: str | None = None) -> Path:
    """A small real PDF; with `password`, encrypted (reportlab's standard RC4 security)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    encrypt = StandardEncryption(password, ownerPassword="owner") if password is not None else None
    c = Canvas(str(path), encrypt=encrypt)
    for n in range(pages):
        c.drawString(72, 720, f"plan page {n + 1}")
        c.showPage()
    c.save()
    return path


def grow_pdf(path: Path, size: int) -> None:
    """Append `size` bytes as a valid incremental update: one unreferenced stream object, a new
    cross-reference section and a trailer that points back to the old one (/Prev)."""
    data = path.read_bytes()
    prev = int(re.findall(rb"startxref\s+(\d+)", data)[-1])
    trailer = re.findall(rb"trailer\s*<<(.*?)>>\s*startxref", data, re.S)[-1]
    number = int(re.search(rb"/Size\s+(\d+)", trailer).group(1))
    root = re.search(rb"/Root\s+\d+\s+\d+\s+R", trailer).group(0)
    block = bytes(range(256)) * 4096
    with path.open("ab") as fh:
        offset = fh.tell()
        fh.write(b"\n%d 0 obj\n<< /Length %d >>\nstream\n" % (number, size))
        offset += 1
        for _ in range(size // len(block)):
            fh.write(block)
        fh.write(block[: size % len(block)])
        fh.write(b"\nendstream\nendobj\n")
        xref = fh.tell()
        fh.write(b"xref\n%d 1\n%010d 00000 n \n" % (number, offset))
        fh.write(b"trailer\n<< /Size %d %s /Prev %d >>\nstartxref\n%d\n%%%%EOF\n"
                 % (number + 1, root, prev, xref))


def write_ole2(path: Path) -> Path:
    """The first sector of an OLE2 compound file, as a 한글 .hwp begins."""
    path.write_bytes(bytes.fromhex("D0CF11E0A1B11AE1") + bytes(504))
    return path


def write_docx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("[Content_Types].xml", "<Types/>")
        z.writestr("word/document.xml", "<w:document/>")
    return path


def write_hwpx(path: Path) -> Path:
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("mimetype", "application/hwp+zip")
        z.writestr("Contents/section0.xml", "<hs:sec/>")
    return path


# ---- the committee's papers, read back ------------------------------------------------------

# An ASCII word (two letters or more) inside round or square brackets: English left on a Korean
# form. The one allowed word is a time's zone label, "(KST)" as timefmt.paper_time prints it.
ENGLISH_IN_BRACKETS = re.compile(r"\([^()]*[A-Za-z]{2,}[^()]*\)|\[[^\[\]]*[A-Za-z]{2,}[^\[\]]*\]")
ZONE_LABEL = re.compile(r"\((?:[A-Z]{2,5}|UTC[+-]\d\d:\d\d)\)")


def paper_text(path: Path) -> str:
    """The text of a PDF in drawing order (`pdftotext -raw`): each table cell's text whole, so a
    bracket wrapped onto the next line still pairs with its partner."""
    import subprocess

    return subprocess.run(["pdftotext", "-raw", str(path), "-"], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout


def english_in_brackets(text: str) -> list[str]:
    """Every '(word …)' or '[word …]' holding an ASCII word, apart from a zone label."""
    return [m for m in ENGLISH_IN_BRACKETS.findall(" ".join(text.split()))
            if not ZONE_LABEL.fullmatch(m)]


def paper_properties(path: Path) -> dict[str, object]:
    """What assistive technology and search read: the catalogue's /Lang, the title, subject and
    whether the viewer shows the title, and the fonts used that are not embedded."""
    from pypdf import PdfReader

    reader = PdfReader(path)
    root = reader.trailer["/Root"]
    info = reader.metadata or {}
    prefs = root.get("/ViewerPreferences") or {}
    return {"lang": root.get("/Lang"), "title": info.get("/Title"),
            "subject": info.get("/Subject"), "shows_title": bool(prefs.get("/DisplayDocTitle")),
            "unembedded": sorted(_unembedded_fonts(reader))}


def _unembedded_fonts(reader) -> set[str]:
    out = set()
    for page in reader.pages:
        fonts = (page.get("/Resources") or {}).get("/Font") or {}
        for ref in fonts.values():
            font = ref.get_object()
            described = font
            if font.get("/Subtype") == "/Type0":
                described = font["/DescendantFonts"][0].get_object()
            descriptor = described.get("/FontDescriptor")
            descriptor = descriptor.get_object() if descriptor is not None else {}
            if not any(k in descriptor for k in ("/FontFile", "/FontFile2", "/FontFile3")):
                out.add(str(font.get("/BaseFont")))
    return out
