"""The papers at the valid extremes of a real round, read back from the PDFs: names of 80 and
affiliations of 120 characters, 60 members, reasons and opinions of several hundred characters.

The 종합평가표 of a 60-member committee could not be written at all (its matrix header taller
than a page); its signature and 편차 rows had fixed heights that long names spilled out of,
drawn over the next rows. The member's 평가표 had no page numbers on pages that only go on
with an application's reasons, could leave the 합계 row alone on a page, and could put the
signature on a page apart from the 종합의견 it closes.
"""

import copy
import json
import re
import subprocess
from pathlib import Path

import pytest
from pdf_files import paper_text
from pypdf import PdfReader
from test_sheet_pdf import signed  # noqa: F401 (a fixture)

from evaluator_app.consolidation.report_pdf import write_report_pdf
from evaluator_app.reports.sheet_pdf import write_sheet_pdf

VECTORS = Path(__file__).with_name("vectors")
LONG_NAME = "Maximilian Alexander Friedrich von Hohenberg-Schwarzenstein Oppenheimer Jr. III."
LONG_AFFILIATION = ("○○대학교 스마트시티융합학과 겸 도시계획연구소 선임연구위원 · Korea Advanced "
                    "Institute of Science and Technology Graduate School of Urban Data")
assert len(LONG_NAME) == 80 and len(LONG_AFFILIATION) <= 120


def member_name(k: int) -> str:
    """Every third one a long foreign name, a long Korean one, or a short one."""
    return (f"{LONG_NAME[:77]} {k:02d}", f"남궁{'가나다라마바사아자차' * 8}"[:77] + f" {k:02d}",
            f"위원{k:02d}")[k % 3]


def committee_result(n: int) -> dict:
    """The vector round's 서면 result with a roster of `n` members of long names: each one's
    total on every application is a figure of its own ("10.5" + k)."""
    r = json.loads((VECTORS / "written" / "result" / "result.json").read_bytes())
    chair = next(m for m in r["members"] if m["role"] == "chair")
    chair.update(name=LONG_NAME, affiliation=LONG_AFFILIATION)
    fps = [f"{k:04X}-AAAA-BBBB-CCCC" for k in range(n)]
    r["members"] = [chair] + [{"affiliation": LONG_AFFILIATION, "fingerprint": fp,
                               "name": member_name(k), "role": "member", "status": "used"}
                              for k, fp in enumerate(fps)]
    for a in r["applications"]:
        a["totals"] = [{"member": fp, "total": f"{10 + k}.5"} for k, fp in enumerate(fps)]
        a.update(conflicted=[], gate_failures=[], dropped=[fps[0], fps[-1]], member_items=[])
    r["flags"] = [{"application": "A01", "difference": "-12.50", "member": fps[k],
                   "others_mean": "40.00", "threshold": "8", "total": f"{10 + k}.5"}
                  for k in (0, 1, 2)]
    r["calibration"] = [{"mean": "20.00", "member": fp, "n": 4, "offset": "0.00", "sd": "1.00"}
                        for fp in fps]
    r["sheets"] = {"used": [{"file": f"s-{fp}-r1.json", "member": fp, "partial": None,
                             "reason": "", "revision": 1, "sha256": "sha256:" + "ab" * 32}
                            for fp in fps]}
    return r


WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">'
                  r"(.*?)</word>")


def word_boxes(path: Path) -> list[list[tuple[str, float, float, float, float]]]:
    """Per page: each word as poppler places it (text, left, top, right, bottom)."""
    html = subprocess.run(["pdftotext", "-bbox", str(path), "-"], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout
    return [[(w[4], *map(float, w[:4])) for w in WORD.findall(page)]
            for page in html.split("<page ")[1:]]


def overlaps(path: Path) -> list[tuple[int, str, str]]:
    """Pairs of words drawn over each other (page, one, the other): more than a point side
    by side and more than a third of a line one over the other."""
    out = []
    for n, words in enumerate(word_boxes(path), start=1):
        for i, (t1, l1, top1, r1, b1) in enumerate(words):
            for t2, l2, top2, r2, b2 in words[i + 1:]:
                if min(r1, r2) - max(l1, l2) > 1 and (
                        min(b1, b2) - max(top1, top2) > 0.33 * min(b1 - top1, b2 - top2)):
                    out.append((n, t1, t2))
    return out


def pages_text(path: Path) -> list[str]:
    return [page.extract_text() for page in PdfReader(path).pages]


@pytest.mark.parametrize("public", [False, True])
def test_a_committee_of_60_with_long_names_prints_readably(tmp_path: Path, public: bool):
    """Before: LayoutError (the report and the signed result could not be written); with
    short names, columns of 2.5 mm that broke every total into digits on lines of their own."""
    r = committee_result(60)
    out = write_report_pdf(r, tmp_path / "report.pdf", public=public)
    words = set(paper_text(out).split())
    assert {f"{10 + k}.5" for k in range(60)} <= words  # every total whole, on one line
    assert overlaps(out) == []
    text = "".join(pages_text(out))
    assert text.count("종합 결과 (계속)") == 5  # six blocks of ten members
    if not public:
        assert all(m["fingerprint"] in text for m in r["members"])


def test_long_names_grow_the_signature_and_flag_rows(tmp_path: Path):
    """Before: rows of a fixed 12 mm (서명) and 13 mm (편차 사유); a name of 80 and an
    affiliation of 120 characters ran over the rows below them."""
    r = committee_result(6)
    out = write_report_pdf(r, tmp_path / "report.pdf")
    assert overlaps(out) == []
    last = pages_text(out)[-1]
    assert "확인 및 서명" in last and all(m["fingerprint"] in last for m in r["members"])


def test_the_vector_rounds_report_draws_no_text_over_text(tmp_path: Path):
    """The overlap check itself finds nothing on an ordinary report (and so it can fail only
    where text really is drawn over text)."""
    r = json.loads((VECTORS / "written" / "result" / "result.json").read_bytes())
    assert overlaps(write_report_pdf(r, tmp_path / "report.pdf")) == []


@pytest.fixture
def long_sheet(signed):  # noqa: F811 (the fixture above)
    """m1's signed sheet with the extremes: a long name and affiliation, reasons and opinions
    of several hundred characters (Hangul, Latin, digits) of a different length on every
    application, so page breaks fall everywhere."""
    sheet, rubrics = signed
    sheet = copy.deepcopy(sheet)
    sheet["member"]["card"].update(name=LONG_NAME, affiliation=LONG_AFFILIATION)
    phrase = "데이터 허브 연계 API 설계가 OGC SensorThings 2.0 표준을 따름, KPI-12 기준값 12.5%. "
    for n, app in enumerate(sheet["applications"]):
        if app.get("conflict"):
            continue
        for k, item in enumerate(app["items"]):
            item["rationale"] = phrase * (2 + (n * 7 + k * 3) % 9)
        app["opinion"] = phrase * (6 + n % 8)
    return sheet, rubrics


def parts(pages: list[str]) -> list[str]:
    """Each page's application: the one whose page starts there or last started before."""
    out, part = [], "요약"
    for text in pages:
        started = re.search(r"^(A\d+) .*평가 · 세션 ", text, re.M)
        part = started.group(1) if started else part
        out.append(part)
    return out


def test_every_page_of_the_sheet_says_whose_and_which_and_counts(long_sheet, tmp_path: Path):
    sheet, rubrics = long_sheet
    out = tmp_path / "sheet.pdf"
    write_sheet_pdf(sheet, rubrics, out)
    pages = pages_text(out)
    assert len(pages) > len(sheet["applications"]) + 3  # reasons go on over pages
    for n, (text, part) in enumerate(zip(pages, parts(pages), strict=True), start=1):
        assert f"{n} / {len(pages)}쪽" in text, n
        assert f"· {part} · 지문 {sheet['member']['fingerprint']}" in text, (n, part)
    assert overlaps(out) == []


def test_the_sum_and_the_signature_stay_with_what_they_close(long_sheet, tmp_path: Path):
    """Before: the 합계 row alone on a page under the column heads, and the signature block on
    the page after, under the last lines of the 종합의견 without its heading."""
    sheet, rubrics = long_sheet
    out = tmp_path / "sheet.pdf"
    write_sheet_pdf(sheet, rubrics, out)
    last_items = {a["items"][-1]["item"] for a in sheet["applications"] if a.get("items")}
    pages = pages_text(out)
    for n, (text, part) in enumerate(zip(pages, parts(pages), strict=True), start=1):
        lines = [line.strip() for line in text.split("\n")]
        if any(line.startswith("합계") for line in lines):  # with the last item above it
            assert any(line.startswith(i) for i in last_items for line in lines), n
        if part != "요약" and "서명" in lines:
            assert "종합의견" in lines or "회피 — 이해충돌로 이 신청의 평가에서 제외됨" in lines, n


def test_the_disagreements_list_of_60_members_stays_on_the_page(tmp_path: Path):
    """Before: one row of 60 columns of 2.8 mm (digits stacked one a line), the item table run
    past the page's right edge (전원 평균 cut off), and page 1 blank but for the title."""
    from evaluator_app.consolidation.disagreements import write_disagreements_pdf

    r = committee_result(60)
    fps = [t["member"] for t in r["applications"][0]["totals"]]
    a01 = next(a for a in r["applications"] if a["id"] == "A01")
    a01["member_items"] = [{"member": fp, "items": {"1-1": f"{k % 7}.5", "1-2": "3"}}
                           for k, fp in enumerate(fps)]
    out = write_disagreements_pdf(r, {}, tmp_path / "disagreements.pdf")
    words = set(paper_text(out).split())
    assert {f"{10 + k}.5" for k in range(60)} <= words  # every total whole, on one line
    assert overlaps(out) == []
    html = subprocess.run(["pdftotext", "-bbox", str(out), "-"], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout
    width = float(re.search(r'<page width="([\d.]+)"', html)[1])
    assert all(right <= width - 28 for page in word_boxes(out)  # inside the 15 mm margin
               for _, _, _, right, _ in page)
    first = pages_text(out)[0]
    assert "A01" in first and "총점" in first  # the application starts under the title
    assert "전원 평균" in "".join(pages_text(out))


def test_letters_nanumgothic_lacks_are_printed_in_its_fallback(signed, tmp_path: Path):  # noqa: F811
    """"Nguyễn Thị" printed as "Ngu n Th" (NanumGothic has no ễ, ị, Ř, ł…): a member's name
    lost letters on the sheet they sign and on the 종합평가표."""
    name = "Nguyễn Thị Minh Khai · Řehoř Łódź"
    sheet, rubrics = signed
    sheet = copy.deepcopy(sheet)
    sheet["member"]["card"]["name"] = name
    r = committee_result(3)
    r["members"][1]["name"] = name
    for out in (write_sheet_pdf(sheet, rubrics, tmp_path / "sheet.pdf") or
                tmp_path / "sheet.pdf", write_report_pdf(r, tmp_path / "report.pdf")):
        text = subprocess.run(["pdftotext", str(out), "-"], capture_output=True, text=True,
                              check=True, encoding="utf-8").stdout
        assert name in text, out.name
        fonts = subprocess.run(["pdffonts", str(out)], capture_output=True, text=True).stdout
        assert "DejaVuSans" in fonts and "NanumGothic" in fonts, out.name
    # a line drawn on the canvas (the sheet's footer names its member) falls back too
    assert name in "".join(pages_text(tmp_path / "sheet.pdf")[1:2])
