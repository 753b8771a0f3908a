"""Shared layout of the committee's printed reports (종합평가표, public variant, disagreements).

The style follows sheet_pdf.py: embedded NanumGothic, grey grids with a light-blue header row.
Every PDF is built with reportlab's `invariant` switch, so the same input gives the same bytes
(no creation time or random document id), and written atomically through a `.part` file.
A provisional (잠정) report carries a red banner and a large diagonal 잠정 on every page.
Every paper is for assistive technology and search too (`pdf_metadata`): document language
ko-KR, a title and subject shown by the viewer, and only the embedded NanumGothic.
"""

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any
from xml.sax.saxutils import escape

from reportlab import rl_config
from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    Flowable,
    KeepTogether,
    Paragraph,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from evaluator_app.fonts import (
    BOLD,
    REGULAR,
    draw_line,
    line_width,
    register_korean_fonts,
    with_fallback,
)
from evaluator_app.replacing import replace_file

LINE = colors.HexColor("#888888")
HEADER_BG = colors.HexColor("#E4EAF2")
FLAG_BG = colors.HexColor("#FCE3C8")
PROVISIONAL_RED = colors.HexColor("#C62828")
# NanumGothic has no U+2212 (minus sign): print "-" instead, or the glyph is blank.
PROVISIONAL_BANNER = "잠정 — 서명되지 않은 잠정 결과로 공식 결과가 아님"
LANG = "ko-KR"


def styles(size: float = 8.5) -> dict[str, ParagraphStyle]:
    regular, bold = register_korean_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=size, leading=size * 1.35,
                          wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=size - 1,
                                leading=(size - 1) * 1.35,
                                textColor=colors.HexColor("#444444")),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=15, leading=20,
                                alignment=TA_CENTER),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=10.5, leading=14,
                            spaceBefore=7, spaceAfter=3),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=bold),
        "center": ParagraphStyle("center", parent=base, alignment=TA_CENTER),
        "center_bold": ParagraphStyle("center_bold", parent=base, fontName=bold,
                                      alignment=TA_CENTER),
        "small_center": ParagraphStyle("small_center", parent=base, fontSize=size - 1,
                                       leading=(size - 1) * 1.35, alignment=TA_CENTER,
                                       textColor=colors.HexColor("#444444")),
    }


class MemoParagraph(Paragraph):
    """A paragraph that keeps its line breaks per width. A table breaks every cell's lines to
    size its row and again, at the same width, just before drawing it; the Korean (CJK) line
    break measures each character, so on a 200-application report doing it once is real time.
    (A split makes new paragraphs of this class: each keeps its own.)"""

    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        if availWidth < rl_config._FUZZ:  # Paragraph answers "does not fit" and keeps no state
            return super().wrap(availWidth, availHeight)
        known = self.__dict__.setdefault("_lines_by_width", {})
        if availWidth not in known:  # the lines do not depend on the height
            super().wrap(availWidth, availHeight)
            known[availWidth] = (self.width, self.height, self.blPara, self._wrapWidths)
        self.width, self.height, self.blPara, self._wrapWidths = known[availWidth]
        return self.width, self.height


def markup(text: Any, bold: bool = False) -> str:
    """Plain text as paragraph markup (escaped; newlines kept), the letters NanumGothic lacks
    set in its fallback (fonts.py)."""
    return with_fallback(escape(str(text if text is not None else "")).replace("\n", "<br/>"),
                         bold)


def p(text: Any, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text (escaped; newlines kept)."""
    return MemoParagraph(markup(text, style.fontName == BOLD), style)


def table_font() -> tuple:
    """The table command that sets NanumGothic on every cell. A reportlab table sets its cells'
    own font (Helvetica unless told) even where every cell is a paragraph, and that leaves an
    unembedded Helvetica reference in the PDF. (Only the name: the paper's styles and
    `pdf_metadata` register the font before anything is drawn.)"""
    return ("FONTNAME", (0, 0), (-1, -1), REGULAR)  # the name only: sizes stay as they were


def pdf_metadata(title: str, subject: str, author: str = "") -> dict[str, Any]:
    """The document properties every paper sets (SimpleDocTemplate keywords): language, title
    (shown in the viewer's title bar instead of the file name), subject, author, and only the
    embedded font as the canvas's initial one."""
    regular, _ = register_korean_fonts()
    return {"lang": LANG, "title": title, "subject": subject, "author": author,
            "displayDocTitle": True, "initialFontName": regular, "creator": "평가위원 데스크"}


def grid(*extra: tuple) -> TableStyle:
    return TableStyle([
        table_font(),
        ("GRID", (0, 0), (-1, -1), 0.5, LINE),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("BACKGROUND", (0, 0), (-1, 0), HEADER_BG),
        ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
        *extra,
    ])


CELL_PADDING = 3  # the grid's top and bottom padding (reportlab's default), in points


def blank(height: float) -> Spacer:
    """An empty cell that makes its row at least `height` tall: room to sign or to write a
    reason by hand. A fixed row height would not grow with a long name or affiliation in the
    same row, and its text would be drawn over the rows below."""
    return Spacer(1, height - 2 * CELL_PADDING)


def table(rows: list[list[Any]], widths: Sequence[float], *extra: tuple,
          repeat: int = 1, heights: Sequence[float | None] | None = None) -> Table:
    t = Table(rows, colWidths=list(widths), repeatRows=repeat,
              rowHeights=list(heights) if heights is not None else None, hAlign="LEFT")
    t.setStyle(grid(*extra))
    return t


class Struck(Flowable):
    """A short centred text with a line through it: a total the rule dropped (최고·최저 제외)."""

    def __init__(self, text: str, size: float = 8.5, bold: bool = False) -> None:
        super().__init__()
        regular, bold_font = register_korean_fonts()
        self.text = text
        self.font = bold_font if bold else regular
        self.size = size
        self.text_width = stringWidth(text, self.font, size)
        self.avail = self.text_width

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        self.avail = max(avail_width, self.text_width)
        return self.avail, self.size * 1.35

    def draw(self) -> None:
        c = self.canv
        x = (self.avail - self.text_width) / 2
        y = self.size * 0.3
        c.setFont(self.font, self.size)
        c.setFillColor(colors.HexColor("#555555"))
        c.drawString(x, y, self.text)
        c.setStrokeColor(colors.black)
        c.setLineWidth(0.8)
        mid = y + self.size * 0.33
        c.line(x - 1.5, mid, x + self.text_width + 1.5, mid)


class KeepWithStart(KeepTogether):
    """A heading (and the lines under it) kept on one page with the start of what follows: the
    header and first `rows` rows of its table. Unlike KeepTogether, a table longer than what
    is left of the page is not moved whole: only when the start does not fit does the group
    begin on the next page, and the table then splits as usual (its header row repeated)."""

    def __init__(self, flowables: list[Any], rows: int = 2) -> None:
        super().__init__(flowables)
        self.rows = rows

    def _start_height(self, avail_width: float) -> float:
        height = 0.0
        for f in self._content:
            _, h = f.wrapOn(self.canv, avail_width, 0x7FFFFFFF)
            if isinstance(f, Table):  # row heights are known once wrapped
                return height + sum(f._rowHeights[:f.repeatRows + self.rows])
            height += h + f.getSpaceBefore() + f.getSpaceAfter()
        return height

    def split(self, avail_width: float, avail_height: float) -> list[Any]:
        frame = getattr(self, "_frame", None)
        at_top = frame is None or getattr(frame, "_atTop", False)
        if not at_top and self._start_height(avail_width) > avail_height:
            return [self.FrameBreak(), *self._content]
        return list(self._content)


def keep_headings(story: list[Any], heading: str = "h", rows: int = 2) -> list[Any]:
    """`story` with each top-level paragraph of style `heading` kept with what follows it up to
    and including the first rows of the next table (KeepWithStart): a heading never ends a page
    alone. What is already kept together is left as it is."""
    out: list[Any] = []
    i = 0
    while i < len(story):
        f = story[i]
        if not (isinstance(f, Paragraph) and f.style.name == heading):
            out.append(f)
            i += 1
            continue
        j = i + 1  # the lines under the heading, up to its table or the next heading
        while j < len(story) and isinstance(story[j], Paragraph | Spacer) and not (
                isinstance(story[j], Paragraph) and story[j].style.name == heading):
            j += 1
        end = j + 1 if j < len(story) and isinstance(story[j], Table) else j
        out.append(KeepWithStart(story[i:end], rows))
        i = end
    return out


class PagePart(Flowable):
    """Draws nothing; marks the pages from here on as `text`'s (an application's id) for
    a running footer (counted_pages), which reads it from the canvas."""

    ATTRIBUTE = "_page_part"

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        return 0, 0

    def draw(self) -> None:
        setattr(self.canv, self.ATTRIBUTE, self.text)


def counted_pages(footer: Callable[[Canvas, int, int], None]) -> type[Canvas]:
    """A canvas class (SimpleDocTemplate.build's canvasmaker) that holds every page back until
    the document is done, then draws `footer(canvas, page, pages)` on each: the page count is
    known only at the end, and a second layout pass would double the time of a 200-page
    sheet. What a page's flowables left on the canvas (PagePart) is the footer's to read."""

    class Counted(Canvas):
        def __init__(self, *args: Any, **kwargs: Any) -> None:
            super().__init__(*args, **kwargs)
            self._held: list[dict[str, Any]] = []

        def showPage(self) -> None:
            self._held.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            for n, state in enumerate(self._held, start=1):
                self.__dict__.update(state)
                footer(self, n, len(self._held))
                Canvas.showPage(self)
            Canvas.save(self)

    return Counted


def fit_line(parts: list[str], font: str, size: float, width: float) -> str:
    """`parts` joined, the last one (a name) cut with "…" so the line fits `width`."""
    *head, last = parts
    text = "".join(parts)
    while last and line_width(text, font, size) > width:
        last = last[:-1]
        text = "".join(head) + last + "…"
    return text


def column_blocks(n: int, room: float, min_width: float) -> list[range]:
    """`n` like columns (one a member) in as few blocks of even size as fit `room` at
    `min_width` or wider: one block while all fit. Each block is printed as a table of its
    own, with the columns that name the row repeated."""
    if not n:
        return [range(0)]
    per = max(1, int(room // min_width))
    size = -(-n // -(-n // per))  # ceil(n / the number of blocks)
    return [range(i, min(i + size, n)) for i in range(0, n, size)]


def short_hash(value: str, n: int = 12) -> str:
    """'sha256:abcdef…' → 'abcdef012345…' (enough to compare with the file's hash aloud)."""
    digest = value.split(":", 1)[-1]
    return digest[:n] + "…" if len(digest) > n else digest


def page_size(wide: bool) -> tuple[float, float]:
    return landscape(A4) if wide else A4


def split_rows_across_pages(story: list[Any]) -> list[Any]:
    """`story` with every table (also inside KeepTogether) allowed to split a row across pages.

    A table keeps each row whole on a page, which reads best; a row taller than a page (a
    reason or title of thousands of characters) cannot be kept whole, and reportlab then gives
    up with LayoutError. Writers lay out their story as it is first, and only on that error
    again, from a fresh story, with this: a document without such a row stays as it was."""
    for f in story:
        if isinstance(f, Table):
            f.splitInRow = 1
        inner = getattr(f, "_content", None)
        if isinstance(inner, list):
            split_rows_across_pages(inner)
    return story


def build_pdf(out: Path, story: list[Any], *, title: str, subject: str, footer: str,
              wide: bool = True, provisional: bool = False, author: str = "") -> None:
    """Lay out `story` on A4 (landscape when `wide`) with a footer and page numbers."""
    regular, bold = register_korean_fonts()
    size = page_size(wide)

    def decorate(canvas: Any, doc: Any) -> None:
        canvas.saveState()
        width, height = size
        canvas.setFont(regular, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        draw_line(canvas, 15 * mm, 8 * mm, footer, regular, 7)  # (a title's letters)
        canvas.drawRightString(width - 15 * mm, 8 * mm, f"- {doc.page} -")
        if provisional:
            canvas.setFillColor(PROVISIONAL_RED)
            canvas.rect(0, height - 9 * mm, width, 9 * mm, stroke=0, fill=1)
            canvas.setFillColor(colors.white)
            canvas.setFont(bold, 11)
            canvas.drawCentredString(width / 2, height - 6.3 * mm, PROVISIONAL_BANNER)
            canvas.setFillColor(PROVISIONAL_RED)
            canvas.setFillAlpha(0.10)
            canvas.setFont(bold, 120)
            canvas.translate(width / 2, height / 2)
            canvas.rotate(30)
            canvas.drawCentredString(0, -40, "잠정")
        canvas.restoreState()

    out = Path(out)
    tmp = out.with_name(out.name + ".part")

    def build(flowables: list[Any]) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=size, leftMargin=15 * mm,
                                rightMargin=15 * mm, topMargin=(14 if provisional else 12) * mm,
                                bottomMargin=14 * mm, invariant=True,
                                **pdf_metadata(title, subject, author))
        doc.build(flowables, onFirstPage=decorate, onLaterPages=decorate)

    try:
        try:
            build(list(story))
        except LayoutError:  # a row taller than a page: see split_rows_across_pages
            build(split_rows_across_pages(list(story)))
        replace_file(tmp, out)
    finally:
        tmp.unlink(missing_ok=True)


def frame_width(wide: bool = True) -> float:
    return page_size(wide)[0] - 30 * mm
