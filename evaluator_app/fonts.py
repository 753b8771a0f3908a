"""The bundled fonts, registered once with reportlab: NanumGothic for every paper, and DejaVu
Sans for the letters NanumGothic has no glyph for.

NanumGothic covers Hangul, Hanja and basic Latin, but not most of Latin Extended: "Nguyễn Thị"
printed as "Ngu n Th", Řehoř and Łódź lost letters, on the very papers a member signs.
reportlab has no font fallback of its own, so a run of such letters is set in DejaVu Sans
(paragraph markup: `with_fallback`; a line drawn on the canvas: `draw_line`). Qt falls back by
itself, so the screens need none of this.
"""

import re
from functools import cache
from typing import Any

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfbase.ttfonts import TTFont

from evaluator_app.paths import resources_dir

REGULAR = "NanumGothic"
BOLD = "NanumGothicBold"
FALLBACK = "DejaVuSans"
FALLBACK_BOLD = "DejaVuSansBold"


@cache
def register_korean_fonts() -> tuple[str, str]:
    """Register NanumGothic and its fallback (each embedded and subset in a PDF only where
    used); returns NanumGothic's names."""
    fonts = resources_dir() / "fonts"
    for name, file in ((REGULAR, "NanumGothic.ttf"), (BOLD, "NanumGothicBold.ttf"),
                       (FALLBACK, "DejaVuSans.ttf"), (FALLBACK_BOLD, "DejaVuSans-Bold.ttf")):
        pdfmetrics.registerFont(TTFont(name, str(fonts / file)))
    return REGULAR, BOLD


@cache
def _missing() -> "re.Pattern[str]":
    """A run of characters NanumGothic has no glyph for (found in C, not a set per letter)."""
    register_korean_fonts()
    covered = sorted(pdfmetrics.getFont(REGULAR).face.charToGlyph)
    ranges: list[tuple[int, int]] = []
    for code in covered:
        if ranges and code == ranges[-1][1] + 1:
            ranges[-1] = (ranges[-1][0], code)
        else:
            ranges.append((code, code))
    inside = "".join(re.escape(chr(a)) if a == b else f"{re.escape(chr(a))}-{re.escape(chr(b))}"
                     for a, b in ranges)
    # markup's own characters and line breaks are never set apart
    return re.compile(f"[^{inside}<>&;/\\s]+")


def with_fallback(markup: str, bold: bool = False) -> str:
    """Paragraph markup with each run of letters NanumGothic lacks set in DejaVu Sans."""
    if markup.isascii():
        return markup
    face = FALLBACK_BOLD if bold else FALLBACK
    return _missing().sub(lambda m: f'<font face="{face}">{m.group()}</font>', markup)


def runs(text: str, font: str) -> list[tuple[str, str]]:
    """`text` as (piece, font) runs: NanumGothic's (`font`) and its fallback's."""
    if text.isascii():
        return [(text, font)]
    face = FALLBACK_BOLD if font == BOLD else FALLBACK
    out: list[tuple[str, str]] = []
    at = 0
    for m in _missing().finditer(text):
        if m.start() > at:
            out.append((text[at:m.start()], font))
        out.append((m.group(), face))
        at = m.end()
    if at < len(text):
        out.append((text[at:], font))
    return out


def line_width(text: str, font: str, size: float) -> float:
    """The width of `text` as `draw_line` sets it."""
    return sum(stringWidth(piece, f, size) for piece, f in runs(text, font))


def draw_line(canvas: Any, x: float, y: float, text: str, font: str, size: float) -> None:
    """canvas.drawString with the fallback for missing letters."""
    for piece, f in runs(text, font):
        canvas.setFont(f, size)
        canvas.drawString(x, y, piece)
        x += stringWidth(piece, f, size)
    canvas.setFont(font, size)
