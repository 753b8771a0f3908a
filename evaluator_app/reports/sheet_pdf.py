"""The printable 평가표: a summary page, then one page per application (or more: long reasons
go on over the next pages); every page's foot names the sheet and the application and counts
the pages ("3 / 201쪽")."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    KeepTogether,
    PageBreak,
    SimpleDocTemplate,
    Spacer,
    Table,
    TableStyle,
)
from reportlab.platypus.doctemplate import LayoutError

from evaluator_app.coi import PREDECLARED
from evaluator_app.fonts import BOLD, draw_line, register_korean_fonts
from evaluator_app.replacing import replace_file
from evaluator_app.reports.layout import (
    MemoParagraph,
    PagePart,
    counted_pages,
    fit_line,
    markup,
    pdf_metadata,
    split_rows_across_pages,
    table_font,
)
from evaluator_app.reports.layout import p as _p
from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import COI_GROUNDS, format_decimal
from evaluator_app.timefmt import paper_time

RUBRIC_STATUS_KO = {
    "proposed": "제안 배점 — 공모지침의 공식 배점표가 아님",
    "official": "공모지침 공식 배점",
}


def _when(value: Any) -> str:
    """A signed time as every paper prints it ('2026. 11. 25. 23:17 (KST)', the machine's
    local time and zone); the JSON keeps the exact ISO 8601 value."""
    return paper_time(str(value)) if value else ""


def _title(sheet: dict[str, Any]) -> str:
    return f"평가표 — {sheet['session']['title']} · {sheet['member']['card']['name']}"


def _subject(sheet: dict[str, Any]) -> str:
    session = sheet["session"]
    return (f"{session['stage']}평가 평가위원 평가표 · 평가 ID {session['id']} · "
            f"제{sheet['revision']}차")


def _reason(text: str) -> str:
    """A conflict's reason as printed (the secretariat's pre-declaration in Korean only)."""
    return "사무국 사전 신고" if text == PREDECLARED else text


def _status(rubric: Rubric) -> str:
    return RUBRIC_STATUS_KO.get(rubric.status, rubric.status)


def _styles() -> dict[str, ParagraphStyle]:
    regular, bold = register_korean_fonts()
    base = ParagraphStyle("base", fontName=regular, fontSize=8.5, leading=11.5,
                          wordWrap="CJK")
    return {
        "base": base,
        "small": ParagraphStyle("small", parent=base, fontSize=7.5, leading=10,
                                textColor=colors.HexColor("#444444")),
        "title": ParagraphStyle("title", parent=base, fontName=bold, fontSize=15, leading=20,
                                alignment=TA_CENTER),
        "h": ParagraphStyle("h", parent=base, fontName=bold, fontSize=10, leading=14,
                            spaceBefore=6, spaceAfter=3),
        "cell_bold": ParagraphStyle("cell_bold", parent=base, fontName=bold),
    }


ITEM_WIDTHS = [26 * mm, 40 * mm, 11 * mm, 16 * mm, 77 * mm]  # 평가항목 … 평가사유: 170 mm
GRID = TableStyle([
    table_font(),  # no unembedded Helvetica for the cells' own font
    ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
    ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#E4EAF2")),
    ("LEFTPADDING", (0, 0), (-1, -1), 3), ("RIGHTPADDING", (0, 0), (-1, -1), 3),
])


class _Cells:
    """The table cells of one sheet: one paragraph per distinct text and style. The column heads,
    the rubric's labels and the signature block are the same on every application's page, so
    each is parsed and line-broken once, not 200 times. Only table cells are shared: a table
    never splits a cell (a paragraph of the page itself may be split across pages); each cell
    keeps its line breaks per width (MemoParagraph)."""

    def __init__(self, styles: dict[str, ParagraphStyle]) -> None:
        self.styles = styles
        self._made: dict[tuple[str, str], MemoParagraph] = {}

    def __call__(self, text: Any, style: str = "base") -> MemoParagraph:
        key = (markup(text, self.styles[style].fontName == BOLD), style)
        cell = self._made.get(key)
        if cell is None:
            cell = self._made[key] = MemoParagraph(key[0], self.styles[style])
        return cell


def _signature_block(sheet: dict[str, Any], c: _Cells) -> Table:
    card = sheet["member"]["card"]
    rows = [[c("평가위원", "cell_bold"), c(card["name"]),
             c("소속", "cell_bold"), c(card.get("affiliation") or "—")],
            [c("지문", "cell_bold"), c(sheet["member"]["fingerprint"]),
             c("평가일시", "cell_bold"), c(_when(sheet["created"]))],
            [c("서명", "cell_bold"), c(""), "", ""]]
    t = Table(rows, colWidths=[18 * mm, 72 * mm, 18 * mm, 62 * mm],
              rowHeights=[None, None, 14 * mm])
    t.setStyle(TableStyle([table_font(),
                           ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888")),
                           ("SPAN", (1, 2), (3, 2)),
                           ("VALIGN", (0, 0), (-1, -1), "MIDDLE")]))
    return t


def _signed(sheet: dict[str, Any], above: list[Any], c: _Cells) -> KeepTogether:
    """The signature block kept on one page with what ends the application above it (the
    종합의견): the signature never stands alone at the top of the next page."""
    return KeepTogether([*above, Spacer(1, 6 * mm), _signature_block(sheet, c)])


def _header(sheet: dict[str, Any], s: dict[str, ParagraphStyle], subtitle: str) -> list[Any]:
    session = sheet["session"]
    stage = session["stage"]
    return [
        _p(f"평가표 — {session['title']}", s["title"]),
        _p(f"{subtitle} · {stage}평가 · 세션 {session['id']} · 제{sheet['revision']}차 평가표",
           s["small"]),
        Spacer(1, 4 * mm),
    ]


def _summary(sheet: dict[str, Any], rubrics: dict[str, Rubric], c: _Cells) -> list[Any]:
    s = c.styles
    out = [PagePart("요약"), *_header(sheet, s, "요약")]
    rows = [[c(h, "cell_bold") for h in ("신청번호", "신청기관", "사업명", "총점", "비고")]]
    for app in sheet["applications"]:
        if app.get("conflict"):
            total, note = "-", "회피 (이해충돌)"
        else:
            total = app["total"]
            note = "부적격 (적격 확인 부적합)" if app.get("gate_failed") else ""
        rows.append([c(app["id"]), c(app["applicant"]), c(app["title"]), c(total), c(note)])
    table = Table(rows, colWidths=[18 * mm, 35 * mm, 72 * mm, 15 * mm, 30 * mm], repeatRows=1)
    table.setStyle(GRID)
    out += [table, Spacer(1, 4 * mm)]
    for r in rubrics.values():
        out.append(_p(f"평가표 기준: {r.id} — {r.title_ko} [{_status(r)}] {r.content_hash}",
                      s["small"]))
    pledge = sheet.get("pledge")
    if pledge:
        out.append(_p(f"서약: {pledge['name']}, {_when(pledge['accepted_at'])} 서약 · "
                      f"서약서 sha256 {pledge['pledge_sha256'][:16]}…", s["small"]))
    bundle = (f"번들 매니페스트 {sheet['manifest_sha256']}" if "manifest_sha256" in sheet
              else f"번들 파일 {sheet['bundle_hash']}")  # a sheet of the earlier format
    out.append(_p(f"{bundle} · 감사 로그 {sheet['audit_head'][:16]}…",
                  s["small"]))
    out += [Spacer(1, 6 * mm), _signature_block(sheet, c), PageBreak()]
    return out


def _application_page(sheet: dict[str, Any], app: dict[str, Any], rubric: Rubric,
                      c: _Cells) -> list[Any]:
    s = c.styles
    out = [PagePart(app["id"]), *_header(sheet, s, f"{app['id']} {app['applicant']}")]
    info = Table([[c("사업명", "cell_bold"), c(app["title"])],
                  [c("평가표", "cell_bold"), c(f"{rubric.title_ko} [{_status(rubric)}]")]],
                 colWidths=[25 * mm, 145 * mm])
    info.setStyle(TableStyle([table_font(),
                              ("GRID", (0, 0), (-1, -1), 0.5, colors.HexColor("#888888"))]))
    out += [info, Spacer(1, 3 * mm)]
    if app.get("conflict"):
        ground = COI_GROUNDS.get(app["conflict"]["ground"], ("", ""))[0]
        return [*out, _signed(sheet, [_p("회피 — 이해충돌로 이 신청의 평가에서 제외됨", s["h"]),
                                      _p(f"{ground} {_reason(app['conflict']['text'])}",
                                         s["base"])], c), PageBreak()]
    if app.get("gates"):
        rows = [[c(h, "cell_bold") for h in ("적격 확인", "판정", "사유")]]
        for g in app["gates"]:
            gate = rubric.gate(g["gate"])
            decision = {"pass": "적합", "fail": "부적합"}.get(g["decision"], "-")
            rows.append([c(gate.label_ko if gate else g["gate"]), c(decision),
                         c(g["rationale"])])
        t = Table(rows, colWidths=[80 * mm, 15 * mm, 75 * mm])
        t.setStyle(GRID)
        out += [t, Spacer(1, 3 * mm)]
    by_item = {i["item"]: i for i in app["items"]}
    rows = [[c(h, "cell_bold") for h in ("평가항목", "세부항목", "배점", "평점", "평가사유")]]
    for group in rubric.groups:
        for n, item in enumerate(group.items):
            entry = by_item.get(item.id, {})
            value = entry.get("value") or "-"
            shown = f"{value} ({entry['points']})" if item.scale.kind == "grade" and entry.get(
                "points") else value
            # Short figures are plain cell text (FONT below), not Paragraphs: a 200-application
            # sheet has ~20,000 cells and a Paragraph costs an HTML parse and a CJK line break.
            rows.append([
                c(f"{group.id}. {group.label_ko} ({format_decimal(group.max_points)})")
                if n == 0 else "",
                c(f"{item.id} {item.label_ko}"),
                format_decimal(item.max_points), shown,
                c(entry.get("rationale", ""))])
    last_item = len(rows) - 1
    for a in app.get("adjustments", []):
        adj = rubric.adjustment(a["id"])
        sign = "+" if a["kind"] == "bonus" else "-"  # NanumGothic has no U+2212
        rows.append([c("가점" if a["kind"] == "bonus" else "감점"),
                     c(adj.label_ko if adj else a["id"]), "",
                     f"{sign}{a['points']}", c(a["rationale"])])
    rows.append([c("합계", "cell_bold"),
                 c(f"소계 {app['subtotal']} · 가점 +{app['bonus']} · 감점 -{app['penalty']}"),
                 c(format_decimal(rubric.total)),
                 c(f"총점 {app['total']}", "cell_bold"), c("")])
    # 평가사유 gets the room (several hundred characters a reason: a narrow column made an
    # application four pages long)
    table = Table(rows, colWidths=ITEM_WIDTHS, repeatRows=1)
    table.setStyle(GRID)
    base = s["base"]
    table.setStyle(TableStyle([("FONT", (0, 0), (-1, -1), base.fontName, base.fontSize,
                                base.leading),
                               # 합계 (and 가점·감점) never open a page alone, away from
                               # the points they sum: they go with the last item
                               ("NOSPLIT", (0, last_item), (-1, -1))]))
    out += [table, Spacer(1, 3 * mm),
            _signed(sheet, [_p("종합의견", s["h"]), _p(app.get("opinion", ""), s["base"])], c),
            PageBreak()]
    return out


def _story(sheet: dict[str, Any], rubrics: dict[str, Rubric]) -> list[Any]:
    c = _Cells(_styles())
    story = _summary(sheet, rubrics, c)
    for app in sheet["applications"]:
        story += _application_page(sheet, app, rubrics[app["rubric_hash"]], c)
    story.pop()  # no blank page after the last application
    return story


def _footer(sheet: dict[str, Any]) -> Callable[[Canvas, int, int], None]:
    """Every page's foot: whose sheet, which application and page n of all. An application's
    reasons can run over several pages, and a loose page must still say where it belongs."""
    regular, _ = register_korean_fonts()
    card, session = sheet["member"]["card"], sheet["session"]
    width = A4[0] - 40 * mm

    def draw(canvas: Canvas, page: int, pages: int) -> None:
        number = f"{page} / {pages}쪽"
        room = width - stringWidth(number, regular, 7) - 6 * mm
        text = fit_line([f"평가표 · {session['id']} · 제{sheet['revision']}차 · "
                         f"{getattr(canvas, PagePart.ATTRIBUTE, '')}",
                         f" · 지문 {sheet['member']['fingerprint']} · ", card["name"]],
                        regular, 7, room)
        canvas.saveState()
        canvas.setFont(regular, 7)
        canvas.setFillColor(colors.HexColor("#666666"))
        draw_line(canvas, 20 * mm, 8 * mm, text, regular, 7)  # a name's letters
        canvas.drawRightString(A4[0] - 20 * mm, 8 * mm, number)
        canvas.restoreState()

    return draw


def write_sheet_pdf(sheet: dict[str, Any], rubrics: dict[str, Rubric], out: Path) -> None:
    """The printable sheet; a row taller than a page (a 평가사유 of a thousand or more
    characters) goes on over the next pages (layout.split_rows_across_pages)."""
    tmp = out.with_name(out.name + ".part")

    def build(story: list[Any]) -> None:
        doc = SimpleDocTemplate(str(tmp), pagesize=A4, leftMargin=20 * mm, rightMargin=20 * mm,
                                topMargin=15 * mm, bottomMargin=15 * mm,
                                **pdf_metadata(_title(sheet), _subject(sheet),
                                               sheet["member"]["card"]["name"]))
        doc.build(story, canvasmaker=counted_pages(_footer(sheet)))

    try:
        try:
            build(_story(sheet, rubrics))
        except LayoutError:
            build(split_rows_across_pages(_story(sheet, rubrics)))
        replace_file(tmp, out)  # Windows: the old one may be open in a PDF viewer
    except BaseException:
        tmp.unlink(missing_ok=True)  # a full disk must not leave a half PDF behind
        raise
