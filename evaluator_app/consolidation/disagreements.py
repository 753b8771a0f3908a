"""--disagreements OUT.pdf|.xlsx: the flagged applications for the committee's second round.

Anonymised like report-public.pdf (the same 위원 A, B, C… in the same column order, so the two
documents can be read side by side): per flagged application, every member's total, each
flagged member's difference from the others' mean, and the rubric items on which the members'
points differ most (from the result's per-member item points, `member_items`).
"""

from dataclasses import dataclass
from decimal import Decimal
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from reportlab.lib.units import mm
from reportlab.platypus import Spacer

from evaluator_app.consolidation import report_view as view
from evaluator_app.consolidation.tables import number_cell, save_workbook
from evaluator_app.errors import ConsolidationError
from evaluator_app.reports.layout import (
    KeepWithStart,
    build_pdf,
    column_blocks,
    frame_width,
    p,
    styles,
    table,
)
from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import format_decimal
from evaluator_app.timefmt import paper_time

TOP_ITEMS = 5
Styles = dict[str, Any]
# The item mean here is over every member who scored the application; result.json's item_means
# (and the group means a tie-break compares) are over the members kept after the rule's trim.
ALL_MEAN = "전원 평균"
ALL_MEAN_NOTE = ("전원 평균: 이 신청을 채점한 위원 전원의 항목 평균(최고·최저 총점 제외 전). "
                 "결과 파일의 항목 평균은 채점방식에 따라 제외된 위원을 뺀 평균이라 다를 수 있음.")
SUFFIXES = (".pdf", ".xlsx")


@dataclass(frozen=True)
class ItemSpread:
    item: str
    label: str
    max_points: str
    points: dict[str, str]  # member fingerprint → points
    spread: Decimal  # highest − lowest
    mean: Decimal  # over every member who scored it (nothing dropped), unlike result.json's


@dataclass(frozen=True)
class Disagreement:
    app: dict[str, Any]
    flags: list[dict[str, Any]]
    items: list[ItemSpread]


def _items(app: dict[str, Any], rubric: Rubric | None) -> list[ItemSpread]:
    """The items on which the members who scored differ most (spread > 0), widest first."""
    per_member = {m["member"]: m["items"] for m in app.get("member_items", [])}
    if not per_member:
        return []
    ids: list[str] = list(dict.fromkeys(i for items in per_member.values() for i in items))
    known = {i.id: i for i in rubric.items()} if rubric else {}
    if known:
        ids = [i for i in known if i in ids] + [i for i in ids if i not in known]
    out = []
    for item_id in ids:
        points = {fp: items[item_id] for fp, items in per_member.items() if item_id in items}
        values = [Decimal(v) for v in points.values()]
        if len(values) < 2 or max(values) == min(values):
            continue
        item = known.get(item_id)
        out.append(ItemSpread(item_id, item.label_ko if item else "",
                              format_decimal(item.max_points) if item else "", points,
                              max(values) - min(values), sum(values) / len(values)))
    out.sort(key=lambda s: -s.spread)  # stable: rubric order among equal spreads
    return out[:TOP_ITEMS]


def disagreements(result: dict[str, Any], rubrics: dict[str, Rubric]
                  ) -> list[Disagreement]:
    """The flagged applications, in the report's order, each with its flags and items."""
    by_app: dict[str, list[dict[str, Any]]] = {}
    for f in result["flags"]:
        by_app.setdefault(f["application"], []).append(f)
    return [Disagreement(a, view.in_label_order(by_app[a["id"]], result, True),
                         _items(a, rubrics.get(a["rubric_hash"])))
            for a in view.app_order(result) if a["id"] in by_app]


def _signed(diff: str) -> str:
    return diff if diff.startswith("-") else f"+{diff}"


def _total_cells(app: dict[str, Any], cols: list[view.Column]) -> list[str]:
    totals = {t["member"]: t["total"] for t in app["totals"]}
    words = {"excluded": "제외", "missing": "미제출"}
    return ["회피" if c.member in app["conflicted"] else
            totals.get(c.member, words.get(c.status, "-")) for c in cols]


MIN_MEMBER_W = 13 * mm  # a total or points on one line, as in the 종합평가표's matrix
TOTALS_HEAD_W = 20 * mm
ITEMS_FIXED_W = (62 * mm, 12 * mm, 24 * mm, 18 * mm)  # 평가항목, 배점 | 차이, 전원 평균


def _member_w(n: int, room: float) -> float:
    return min(20 * mm, room / max(n, 1))


def _totals_table(app: dict[str, Any], cols: list[view.Column], s: Styles) -> Any:
    head = [p(h, s["cell_bold"]) for h in ("", *(c.label for c in cols))]
    rows = [head, [p("총점", s["cell_bold"]), *(p(v, s["base"])
                                              for v in _total_cells(app, cols))]]
    width = _member_w(len(cols), frame_width() - TOTALS_HEAD_W)
    return table(rows, [TOTALS_HEAD_W, *([width] * len(cols))])


def _items_table(items: list[ItemSpread], cols: list[view.Column], s: Styles) -> Any:
    rows = [[p(h, s["cell_bold"]) for h in ("평가항목", "배점", *(c.label for c in cols),
                                            "차이(최고-최저)", ALL_MEAN)]]
    for it in items:
        rows.append([p(f"{it.item} {it.label}", s["base"]), p(it.max_points, s["base"]),
                     *(p(it.points.get(c.member, "-"), s["base"]) for c in cols),
                     p(format_decimal(it.spread), s["base"]), p(f"{it.mean:.2f}", s["base"])])
    width = _member_w(len(cols), frame_width() - sum(ITEMS_FIXED_W))
    label, points, spread, mean = ITEMS_FIXED_W
    return table(rows, [label, points, *([width] * len(cols)), spread, mean])


def _pdf_story(result: dict[str, Any], found: list[Disagreement],
               cols: list[view.Column]) -> list[Any]:
    s = styles()
    names = view.labels(result, True)
    session = result["session"]
    out: list[Any] = [
        p(f"편차 검토 목록 (2차 논의용) — {session['title']}", s["title"]), Spacer(1, 2 * mm),
        p(f"{session['id']} · 종합 일시 {paper_time(result['created'])} · 위원은 익명"
          "(위원 A, B, C…, 공개용 종합평가 결과와 같은 표기)으로 표시합니다. 점수는 바뀌지 "
          "않으며, 위원회가 차이의 이유를 논의하고 해당 위원의 서면 사유를 받습니다.",
          s["small"]), Spacer(1, 3 * mm)]
    if not found:
        return [*out, p("편차 기준을 넘는 신청이 없습니다.", s["base"])]
    blocks_total = column_blocks(len(cols), frame_width() - TOTALS_HEAD_W, MIN_MEMBER_W)
    blocks_items = column_blocks(len(cols), frame_width() - sum(ITEMS_FIXED_W), MIN_MEMBER_W)
    for d in found:
        a = d.app
        # a committee too large for one row of columns (60 members were 2.8 mm each, digits
        # stacked, the item table past the page's edge) gets its members in blocks, each a
        # table of its own repeating what names the row
        totals = [_totals_table(a, [cols[i] for i in block], s) for block in blocks_total]
        head: list[Any] = [p(f"{a['id']} {a['applicant']} — {a['title']}", s["h"]),
                           p(f"최종점수 {a['final_score']} · 결과(제안) {a['status'] or '-'}",
                             s["small"]), totals[0]]
        # the heading stays with the start of its tables; a block longer than a page flows on
        # (kept whole, it left a page blank but for the title before it)
        block: list[Any] = [KeepWithStart(head)]
        for t in totals[1:]:
            block += [Spacer(1, 1 * mm), t]
        rows = [[p(h, s["cell_bold"]) for h in ("위원", "총점", "다른 위원 평균", "차이",
                                                "기준")]]
        for f in d.flags:
            rows.append([p(v, s["base"]) for v in (names.get(f["member"], "?"), f["total"],
                                                   f["others_mean"], _signed(f["difference"]),
                                                   f"±{f['threshold']}")])
        block += [Spacer(1, 2 * mm), table(rows, [20 * mm, 18 * mm, 26 * mm, 18 * mm, 16 * mm])]
        if d.items:
            items = [_items_table(d.items, [cols[i] for i in b], s) for b in blocks_items]
            block += [Spacer(1, 2 * mm), KeepWithStart([p("위원 간 차이가 큰 항목",
                                                           s["cell_bold"]), items[0]])]
            for t in items[1:]:
                block += [Spacer(1, 1 * mm), t]
            block += [Spacer(1, 1 * mm), p(ALL_MEAN_NOTE, s["small"])]
        out += [*block, Spacer(1, 4 * mm)]
    return out


def write_disagreements_pdf(result: dict[str, Any], rubrics: dict[str, Rubric],
                            out: Path) -> Path:
    cols = view.columns(result, True)
    story = _pdf_story(result, disagreements(result, rubrics), cols)
    session = result["session"]
    build_pdf(out, story, title=f"편차 검토 목록 — {session['title']}",
              subject=f"{view.stage_ko(result)} 2차 논의용 편차 검토 목록 · "
                      f"평가 ID {session['id']}",
              footer=f"평가위원 데스크 · {session['id']} · 편차 검토 목록 (익명)",
              provisional=bool(result["provisional"]))
    return out


def write_disagreements_xlsx(result: dict[str, Any], rubrics: dict[str, Rubric],
                             out: Path) -> Path:
    """Sheet 편차: one row per flag; sheet 항목: one row per widely scored item, with the
    anonymised members' points as columns."""
    cols = view.columns(result, True)
    names = view.labels(result, True)
    found = disagreements(result, rubrics)
    wb = Workbook()
    ws = wb.active
    ws.title = "편차 (잠정)" if result["provisional"] else "편차"
    ws.append(["신청번호", "신청기관", "최종점수", "위원", "총점", "다른 위원 평균", "차이",
               "기준", *(f"{c.label} 총점" for c in cols)])
    for d in found:
        for f in d.flags:
            ws.append([d.app["id"], d.app["applicant"], number_cell(d.app["final_score"]),
                       names.get(f["member"], "?"), number_cell(f["total"]),
                       number_cell(f["others_mean"]),
                       number_cell(f["difference"]), number_cell(f["threshold"]),
                       *(number_cell(v) for v in _total_cells(d.app, cols))])
    items = wb.create_sheet("항목")
    items.append(["신청번호", "평가항목", "항목명", "배점", *(c.label for c in cols),
                  "차이(최고-최저)", ALL_MEAN])
    for d in found:
        for it in d.items:
            items.append([d.app["id"], it.item, it.label, number_cell(it.max_points),
                          *(number_cell(it.points.get(c.member, "")) for c in cols),
                          float(it.spread), round(float(it.mean), 2)])
    for sheet in (ws, items):
        for cell in sheet[1]:
            cell.font = Font(bold=True)
            cell.fill = PatternFill("solid", fgColor="E4EAF2")
        sheet.freeze_panes = "B2"
    return save_workbook(wb, out, result)


def write_disagreements(result: dict[str, Any], rubrics: dict[str, Rubric], out: Path) -> Path:
    """OUT.pdf or OUT.xlsx, by the file's suffix."""
    out = Path(out)
    suffix = out.suffix.lower()
    if suffix not in SUFFIXES:
        raise ConsolidationError(f"--disagreements {out}: the file must end in .pdf or .xlsx")
    out.parent.mkdir(parents=True, exist_ok=True)
    if suffix == ".pdf":
        return write_disagreements_pdf(result, rubrics, out)
    return write_disagreements_xlsx(result, rubrics, out)
