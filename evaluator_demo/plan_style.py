"""Page geometry, colours and wording shared by the example plans and slides of the demo."""

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4

W, H = A4
LEFT, RIGHT = 60, W - 60
PAGES = 12
NAVY = colors.HexColor("#1F3A5F")
TEAL = colors.HexColor("#2A9D8F")
SAND = colors.HexColor("#E9C46A")
CORAL = colors.HexColor("#E76F51")
PALE = colors.HexColor("#EEF3F8")
PALETTE = [NAVY, TEAL, SAND, CORAL, colors.HexColor("#8AB17D"), colors.HexColor("#6D597A")]
# National funds per site (seeds 002, 003, 004), in 억원.
NATIONAL = {"base": 160, "strong-small": 80, "complex": 80, "diffusion": 12, "kcity-plan": 5,
            "kcity-demo": 3}
MATCHED = {"base", "strong-small", "complex"}

CONTENTS = ["1. 사업 개요", "2. 지역 현황 및 문제 진단", "3. 대상지 및 공간 구상",
            "4. 특화 솔루션 구성",
            "5. 추진 체계", "6. 사업비 및 재원 계획", "7. 추진 일정", "8. 성과지표(KPI)",
            "9. 지속가능성 및 운영 계획", "10. 확산 계획 및 기대효과"]


def josa(word: str, with_final: str, without: str) -> str:
    """word + the particle that fits its last syllable (을/를, 은/는); non-Hangul: 를/는."""
    last = word.rstrip(")")[-1:] if word else ""
    if "가" <= last <= "힣":
        return word + (with_final if (ord(last) - 0xAC00) % 28 else without)
    return word + without
