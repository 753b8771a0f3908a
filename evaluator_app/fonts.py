"""The bundled Korean TrueType fonts, registered once with reportlab."""

from functools import cache

from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from evaluator_app.paths import resources_dir

REGULAR = "NanumGothic"
BOLD = "NanumGothicBold"


@cache
def register_korean_fonts() -> tuple[str, str]:
    """Register NanumGothic (embedded and subset in every PDF we write); returns the names."""
    fonts = resources_dir() / "fonts"
    pdfmetrics.registerFont(TTFont(REGULAR, str(fonts / "NanumGothic.ttf")))
    pdfmetrics.registerFont(TTFont(BOLD, str(fonts / "NanumGothicBold.ttf")))
    return REGULAR, BOLD
