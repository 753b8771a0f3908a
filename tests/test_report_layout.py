"""The 종합평가표's layout, read back from real PDFs: numbers centred in every table as in the
ranking table, no section heading alone at the foot of a page, a long table split with its
header repeated; and `result verify`'s text comparison of a paper made by another version."""

import json
from pathlib import Path

from pypdf import PdfReader
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Spacer

from evaluator_app.consolidation.derived_check import _same_flow
from evaluator_app.consolidation.report_pdf import write_report_pdf
from evaluator_app.fonts import register_korean_fonts
from evaluator_app.reports.layout import (
    build_pdf,
    frame_width,
    keep_headings,
    p,
    styles,
    table,
)

VECTORS = Path(__file__).with_name("vectors")
HEADINGS = ("종합 결과", "편차 확인", "소규모 평가", "비고", "제외", "미제출", "평가표 검증 요약",
            "산정 내역과 참고 지표", "위원별 채점 경향 — 참고용", "확인 및 서명")


def vector_result(stage: str) -> dict:
    return json.loads((VECTORS / stage / "result" / "result.json").read_bytes())


def placed_text(path: Path) -> list[list[tuple[str, float, float]]]:
    """Per page: each piece of text drawn, with the x of its centre and its y."""
    regular, bold = register_korean_fonts()
    pages = []
    for page in PdfReader(path).pages:
        found: list[tuple[str, float, float]] = []

        def visit(text, cm, tm, font, size, found=found):
            if not text.strip() or not font:
                return
            name = bold if "Bold" in str(font.get("/BaseFont", "")) else regular
            x = tm[4] * cm[0] + tm[5] * cm[2] + cm[4]
            y = tm[4] * cm[1] + tm[5] * cm[3] + cm[5]
            found.append((text.strip(), x + stringWidth(text.strip(), name, size) / 2, y))

        page.extract_text(visitor_text=visit)
        pages.append(found)
    return pages


def column_centres(pages: list, header: str, values: list[str]) -> list[float]:
    """The centre of `header` less the centre of each of `values` drawn below it on its page."""
    for found in pages:
        heads = [(x, y) for t, x, y in found if t == header]
        if not heads:
            continue
        hx, hy = heads[0]
        out = []
        for v in values:
            xs = [x for t, x, y in found if t == v and y < hy and abs(x - hx) < 40]
            assert xs, f"{v} under {header}"
            out.append(xs[0] - hx)
        return out
    raise AssertionError(f"no {header}")


def test_numbers_are_centred_in_every_table_as_in_the_ranking_table(tmp_path):
    """편차 확인, 산정 내역 and 위원별 채점 경향 centre their figures under their headings
    (they were left-aligned while the ranking table centres them)."""
    r = vector_result("written")
    pages = placed_text(write_report_pdf(r, tmp_path / "report.pdf"))
    flag = r["flags"][0]
    checks = {"총점": [flag["total"]], "다른 위원 평균": [flag["others_mean"]],
              "최종점수": [a["final_score"] for a in r["applications"] if a["final_score"]],
              "표준편차 SD (참고)": [a["sd"] for a in r["applications"] if a["sd"]][:1],
              "평균": [c["mean"] for c in r["calibration"]],
              "채점 수 n": [str(c["n"]) for c in r["calibration"]][:1]}
    for header, values in checks.items():
        offsets = column_centres(pages, header, values)
        assert all(abs(d) < 1 for d in offsets), (header, offsets)


def page_lines(path: Path) -> list[list[str]]:
    return [[line.strip() for line in page.extract_text().splitlines() if line.strip()]
            for page in PdfReader(path).pages]


def test_no_heading_ends_a_page(tmp_path):
    """The vector round's 발표 report put 평가표 검증 요약 at the foot of page 1 and its table on
    page 2: every heading now shares its page with the first row of its table."""
    r = vector_result("presentation")
    for public in (False, True):
        pages = page_lines(write_report_pdf(r, tmp_path / f"r{public}.pdf", public=public))
        for lines in pages:
            assert lines[-1] not in HEADINGS, lines[-3:]
        page = next(lines for lines in pages if "평가표 검증 요약" in lines)
        assert "sha256 (앞 12자리)" in page and "사용" in page


def test_a_heading_keeps_the_start_of_a_long_table_which_still_splits(tmp_path):
    s = styles()
    rows = [[p("번호", s["cell_bold"]), p("값", s["cell_bold"])]] + \
        [[p(f"행 {i}", s["base"]), p(f"{i}.00", s["center"])] for i in range(120)]
    out = tmp_path / "t.pdf"
    story = [Spacer(1, 160 * mm), p("긴 표", s["h"]), p("설명 한 줄", s["small"]),
             table(rows, [40 * mm, frame_width() - 40 * mm])]
    build_pdf(out, keep_headings(story), title="t", subject="t", footer="바닥글")
    pages = page_lines(out)
    heading = next(i for i, lines in enumerate(pages) if "긴 표" in lines)
    assert heading == 1 and pages[heading][-1] != "긴 표"  # moved with its table
    assert {"번호", "행 0", "행 1"} <= set(pages[heading])
    assert len(pages) > 3 and all("번호" in lines for lines in pages[heading:])
    build_pdf(out, story, title="t", subject="t", footer="바닥글")  # without: alone
    assert page_lines(out)[0][-2:] == ["긴 표", "설명 한 줄"]


def page(n: int, *lines: str) -> str:
    return "\n".join(["바닥글", f"- {n} -", *lines])


def test_another_versions_page_breaks_compare_as_one_text():
    """A heading on another page, spaces around a centred cell, a table split elsewhere with
    its header repeated: the same text. A changed, added or dropped line is not."""
    kept = [page(1, "표", "H1", "H2", "A 1", "B 2", "제목"), page(2, "H1", "H2", "C 3")]
    again = [page(1, "표", " H1", "H2", "A 1"), page(2, "H1", "H2", "B 2", "제목 ", "C 3")]
    assert _same_flow(kept, again) and _same_flow(again, kept)
    for changed in ("C 4", "H2"):
        assert not _same_flow([kept[0], page(2, "H1", "H2", changed)], again)
    assert not _same_flow([kept[0], page(2, "H1", "H2", "C 3", "D 4")], again)
    assert not _same_flow([kept[0], page(2, "X", "H1", "H2", "C 3")], again)
    assert not _same_flow([kept[0], page(2, "H1", "H2", "C 3").replace("바닥글", "다른")],
                          again)
    assert not _same_flow([kept[0], page(3, "H1", "H2", "C 3")], again)  # numbering
