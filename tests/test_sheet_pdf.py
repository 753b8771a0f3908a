"""The printable 평가표 and the committee's reports: paragraphs keep their line breaks per width
and the 평가표 shares its table cells (issue 10: 200 applications in ≤ 2 s); the PDFs are byte
for byte what plain, fresh paragraphs give."""

import copy
import json
from datetime import datetime
from pathlib import Path

import pytest
from pdf_files import english_in_brackets, paper_properties, paper_text
from reportlab import rl_config
from reportlab.lib.units import mm
from reportlab.platypus import Paragraph

from evaluator_app.form import export_form, import_form
from evaluator_app.reports import layout, sheet_pdf
from evaluator_app.reports.layout import markup
from evaluator_app.timefmt import paper_time
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import export_sheet
from evaluator_app.workspace import Workspace
from evaluator_demo.play import fill_form_as_member

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"


@pytest.fixture
def signed(committee, evb, home, tmp_path):
    """Member m1's exported sheet and the rubrics it was scored with."""
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        export_form(ws, SID, tmp_path / "form.xlsx")
        fill_form_as_member(tmp_path / "form.xlsx", tmp_path / "filled.xlsx")
        import_form(ws, tmp_path / "filled.xlsx")
        files = export_sheet(ws, SID, committee.m1, tmp_path / "out")
        sheet = json.loads(files.json.read_bytes())
        rubrics = {a["rubric_hash"]: ws.rubric(a["rubric_hash"]) for a in sheet["applications"]}
    return sheet, rubrics


def test_a_cell_breaks_its_lines_as_a_fresh_paragraph_does() -> None:
    cells = sheet_pdf._Cells(sheet_pdf._styles())
    text = "평가 근거를 충분히 적었습니다 — 지역 문제에 맞는 솔루션, 운영재원 확보 방안 " * 4
    cell = cells(text)
    assert cells(text) is cell and cells(text, "cell_bold") is not cell
    for width in (150.0, 60.0, 150.0, 0.0, 60.0):
        fresh = Paragraph(markup(text), cells.styles["base"])
        assert cell.wrap(width, 1000) == fresh.wrap(width, 1000)
        if width:
            assert [line[1] for line in cell.blPara.lines] == \
                [line[1] for line in fresh.blPara.lines]


def test_shared_cells_write_the_same_pdf(signed, tmp_path: Path,
                                         monkeypatch: pytest.MonkeyPatch) -> None:
    sheet, rubrics = signed
    sheet = copy.deepcopy(sheet)
    # the rarer rows too: a 회피, a bonus and a penalty, and reasons long enough to wrap and to
    # split the item table across pages
    sheet["applications"][1].update(conflict={"ground": "other", "text": "사유 " * 20})
    app = sheet["applications"][0]
    app["adjustments"] = [
        {"id": "x-bonus", "kind": "bonus", "points": "1.5", "rationale": "가점 사유 " * 30},
        {"id": "x-penalty", "kind": "penalty", "points": "2", "rationale": "감점\n둘째 줄"}]
    for item in app["items"]:
        item["rationale"] = f"{item['item']} <근거> & " + "충분히 긴 평가사유 " * 25
    monkeypatch.setattr(rl_config, "invariant", 1)  # same input, same bytes
    sheet_pdf.write_sheet_pdf(sheet, rubrics, tmp_path / "shared.pdf")
    monkeypatch.setattr(sheet_pdf._Cells, "__call__", lambda self, text, style="base":
                        Paragraph(markup(text), self.styles[style]))
    sheet_pdf.write_sheet_pdf(sheet, rubrics, tmp_path / "fresh.pdf")
    assert (tmp_path / "shared.pdf").read_bytes() == (tmp_path / "fresh.pdf").read_bytes()


def test_report_paragraphs_lay_out_as_plain_ones(tmp_path: Path,
                                                 monkeypatch: pytest.MonkeyPatch) -> None:
    """layout.p's paragraphs in a table over several pages and one split across pages."""
    s = layout.styles()

    def story() -> list:
        rows = [[layout.p(h, s["cell_bold"]) for h in ("번호", "사유", "비고")]]
        rows += [[layout.p(i, s["base"]), layout.p("줄바꿈되는 긴 사유 " * (i % 30), s["base"]),
                  layout.p("" if i % 3 else "비고\n둘째 줄", s["center"])] for i in range(120)]
        return [layout.p("제목 " * 5, s["title"]),
                layout.table(rows, [20 * mm, 180 * mm, 40 * mm]),
                layout.p("쪽을 넘기는 종합의견 " * 900, s["base"])]

    layout.build_pdf(tmp_path / "memo.pdf", story(), title="t", subject="s", footer="f",
                     provisional=True)
    monkeypatch.setattr(layout.MemoParagraph, "wrap", Paragraph.wrap)
    layout.build_pdf(tmp_path / "plain.pdf", story(), title="t", subject="s", footer="f",
                     provisional=True)
    assert (tmp_path / "memo.pdf").read_bytes() == (tmp_path / "plain.pdf").read_bytes()


def test_the_signed_sheet_is_korean_with_one_clock_and_readable_by_machines(signed,
                                                                           tmp_path: Path):
    """Issue 20 on the 평가표: no English in brackets, its times printed as the 종합평가표 prints
    them (local time and zone), ko-KR, a title and subject, every font embedded."""
    sheet, rubrics = signed
    out = tmp_path / "sheet.pdf"
    sheet_pdf.write_sheet_pdf(sheet, rubrics, out)
    text = paper_text(out)
    assert english_in_brackets(text) == []
    flat = " ".join(text.split())
    assert f"평가일시 {paper_time(sheet['created'])}" in flat
    assert f"{paper_time(sheet['pledge']['accepted_at'])} 서약 · 서약서 sha256" in flat
    props = paper_properties(out)
    assert props["lang"] == "ko-KR" and props["shows_title"]
    member = sheet["member"]["card"]["name"]
    assert props["title"] == f"평가표 — {sheet['session']['title']} · {member}"
    assert props["subject"] == f"서면평가 평가위원 평가표 · 평가 ID {SID} · 제1차"
    assert props["unembedded"] == []


def test_a_reason_longer_than_a_page_goes_on_over_the_next_pages(signed, tmp_path: Path):
    """A table row is kept whole on a page; a 평가사유 of a few thousand characters (pasted
    from a document) is taller than the page, and writing the sheet — so signing it — failed
    with reportlab's LayoutError (an internal error). Its row now goes on over the next pages,
    every character printed."""
    sheet, rubrics = signed
    sheet = copy.deepcopy(sheet)
    reason = "".join(f"근거{i:04d} " for i in range(700))  # 5,600 characters
    sheet["applications"][0]["items"][0]["rationale"] = reason
    out = tmp_path / "long.pdf"
    sheet_pdf.write_sheet_pdf(sheet, rubrics, out)
    text = "".join(paper_text(out).split())
    assert all(f"근거{i:04d}" in text for i in (0, 350, 699))
    assert not list(tmp_path.glob("*.part"))
