"""The sections of the 종합평가표 below the matrix: tie-break notes, deviation flags, small
panels, notes, exclusions, the verification summary and the reference-only diagnostics.

The paper is Korean only (issue 20): the English of a heading belongs in the English UI, and the
result's English notes and reasons are printed as their Korean sentence.

Each function returns a list of flowables; `public` anonymises members (report_view.labels) and
leaves out what only the committee's own copy carries (file names, the 사유 blanks).
"""

from collections.abc import Callable
from typing import Any

from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, Spacer

from evaluator_app.consolidation import report_view as view
from evaluator_app.consolidation.rules import RULE_KO
from evaluator_app.reports.layout import blank, frame_width, p, short_hash, table

Styles = dict[str, Any]


def _cells(values: list[Any], style: Any, centred: Any = None,
           numeric: frozenset[int] = frozenset()) -> list[Any]:
    """A row: the columns in `numeric` (figures, 신청번호, 개정) in `centred`, the rest in
    `style`. The ranking table centres its numbers; every table of the paper does the same."""
    return [p(v, centred if i in numeric else style) for i, v in enumerate(values)]


def _header_row(values: list[str], s: Styles, numeric: frozenset[int] = frozenset()
                ) -> list[Any]:
    return _cells(values, s["cell_bold"], s["center_bold"], numeric)


def tie_breaks(result: dict[str, Any], s: Styles) -> list[Any]:
    """Under the matrix: where the rubric's 동점 처리 decided a 선정/예비 place, and how."""
    lines = view.tie_break_notes(result)
    return [Spacer(1, 1.5 * mm), *(p(line, s["cell_bold"]) for line in lines)] if lines else []


def flags(result: dict[str, Any], s: Styles, public: bool) -> list[Any]:
    """편차 flags: member, total, others' mean, difference, threshold — and a blank for 사유."""
    names = view.labels(result, public)
    out: list[Any] = [p("편차 확인", s["h"])]
    if not result["flags"]:
        return [*out, p("다른 위원 평균과의 차이가 기준을 넘는 총점이 없습니다.", s["base"])]
    out.append(p("한 위원의 총점이 나머지 위원 평균과 기준 이상 차이 나는 경우입니다. 위원회는 "
                 "해당 위원의 서면 사유를 받아 기록합니다 (점수는 바뀌지 않음)." if not public
                 else "한 위원의 총점이 나머지 위원 평균과 기준 이상 차이 나는 경우입니다.",
                 s["small"]))
    head = ["신청번호", "위원", "총점", "다른 위원 평균", "차이", "기준"]
    widths = [18 * mm, 48 * mm, 16 * mm, 24 * mm, 16 * mm, 14 * mm]  # a name: up to 80
    if not public:
        head.append("사유 (위원 서면 기재)")
        widths.append(frame_width() - sum(widths))
    numeric = frozenset({0, 2, 3, 4, 5})
    rows = [_header_row(head, s, numeric)]
    apps = [a["id"] for a in result["applications"]]
    for f in view.in_label_order(result["flags"], result, public,
                                 group=lambda f: apps.index(f["application"])):
        diff = f["difference"]
        row = [f["application"], names.get(f["member"], f["member"]), f["total"],
               f["others_mean"], diff if diff.startswith("-") else f"+{diff}",
               f"±{f['threshold']}"]
        cells = _cells(row, s["base"], s["center"], numeric)
        # room to write the reason by hand in the committee's copy (more with a long name)
        rows.append(cells if public else [*cells, blank(13 * mm)])
    t = table(rows, widths)
    return [KeepTogether([*out, t])] if len(rows) < 12 else [*out, t]


def _panel_reason(result: dict[str, Any], panel: dict[str, Any]) -> str:
    n = panel["n"]
    if n == 0:
        return "전원 회피(이해충돌) 또는 제외로 채점한 위원이 없음 — 평가불가"
    parts = [f"채점 위원 {n}명"]
    if panel.get("rule_applied") == "mean" and "trimmed" in panel["reason"]:
        parts.append("최고·최저 제외에 필요한 인원에 못 미쳐 산술평균을 적용함")
    quorum = result.get("quorum")
    if quorum and n < quorum:
        parts.append(f"정족수 {quorum}명 미달")
    return ", ".join(parts)


def small_panels(result: dict[str, Any], s: Styles) -> list[Any]:
    panels = result["small_panels"]
    if not panels:
        return []
    numeric = frozenset({0, 1})
    rows = [_header_row(["신청번호", "채점 위원 수", "적용 방식", "내용"], s, numeric)]
    for panel in panels:
        rule = RULE_KO.get(panel["rule_applied"] or "", "-")
        rows.append(_cells([panel["application"], panel["n"], rule,
                            _panel_reason(result, panel)], s["base"], s["center"], numeric))
    if result["acknowledgements"]["small_panel"]:
        ack = "위원장 확인: 위 소규모 평가를 인지하고 이 결과를 승인함."
    else:
        ack = "위원장 확인 없음: 잠정 결과이므로 소규모 평가가 아직 승인되지 않았습니다."
    t = table(rows, [18 * mm, 22 * mm, 40 * mm, frame_width() - 80 * mm])
    return [p("소규모 평가", s["h"]), t, Spacer(1, 1.5 * mm),
            p(ack, s["cell_bold"])]


def notes(result: dict[str, Any], s: Styles, public: bool) -> list[Any]:
    """Ties at the selection boundary. The result's `notes` hold only this tie, in English for
    the file's readers; the paper prints it as the Korean sentence below."""
    sites = result["session"].get("sites_to_select")
    selected = [a["id"] for a in result["applications"] if a["status"] == "선정"]
    lines = []
    if sites is not None and len(selected) > int(sites):
        lines.append(f"선정 경계 동점: {', '.join(selected)} — 동점으로 선정 대상이 선정 예정 "
                     f"{sites}곳보다 많습니다. 위원회가 결정합니다.")
    if not lines:
        return []
    return [p("비고", s["h"]), *(p(line, s["base"]) for line in lines)]


def exclusions(result: dict[str, Any], s: Styles, public: bool) -> list[Any]:
    names = view.labels(result, public)
    out: list[Any] = []
    if result["exclusions"]:
        rows = [_header_row(["제외된 위원", "사유"], s)]
        for e in view.in_label_order(result["exclusions"], result, public):
            rows.append(_cells([names.get(e["member"], e["name"]),
                                view.scrub(e["reason"], result, public)], s["base"]))
        out += [p("제외", s["h"]),
                p("위원장이 사유를 적어 이 위원의 평가표를 종합에서 제외했습니다.", s["small"]),
                table(rows, [35 * mm, frame_width() - 35 * mm])]
    if result["missing"]:
        who = ", ".join(names.get(m["member"], m["name"])
                        for m in view.in_label_order(result["missing"], result, public))
        out += [p("미제출", s["h"]),
                p(f"평가표를 아직 내지 않은 위원: {who}. 이 결과는 잠정입니다.", s["base"])]
    return out


def verification(result: dict[str, Any], s: Styles, public: bool) -> list[Any]:
    """How many sheets were used, superseded, duplicated or excluded, each with revision and
    the start of its sha256 (enough to compare with the file)."""
    names = view.labels(result, public)
    sheets = view.sheet_groups(result)
    counts = " · ".join(f"{view.SHEET_STATUS_KO[k]} {len(v)}" for k, v in sheets)
    counts += f" · 미제출 {len(result['missing'])}"
    head = ["상태", "위원", "개정", "sha256 (앞 12자리)"] + ([] if public else ["파일"])
    widths = [18 * mm, 50 * mm, 12 * mm, 36 * mm]  # a name: up to 80 characters
    if not public:
        widths.append(frame_width() - sum(widths))
    rows = [_header_row(head, s, frozenset({2}))]
    for status, records in sheets:
        for r in view.in_label_order(records, result, public):
            row = [view.SHEET_STATUS_KO[status], names.get(r["member"], r["member"]),
                   f"r{r['revision']}" if r["revision"] is not None else "-",
                   short_hash(r["sha256"])]
            rows.append(_cells(row + ([] if public else [r["file"]]), s["small"],
                               s["small_center"], frozenset({2})))
    out = [p("평가표 검증 요약", s["h"]),
           p(f"모든 평가표는 번들과 각 위원의 서명으로 검증되었습니다. {counts}", s["base"])]
    return [*out, table(rows, widths)] if len(rows) > 1 else out


def diagnostics(result: dict[str, Any], s: Styles, public: bool,
                member_order: Callable[[], list[str]]) -> list[Any]:
    """The computation per application (n, rule, dropped totals) beside reference-only spread
    figures, and each member's calibration line — clearly marked 참고용."""
    names = view.labels(result, public)
    numeric = frozenset({0, 1, 4, 5, 6, 7})
    rows = [_header_row(["신청번호", "채점 위원", "적용 방식", "산정 제외 총점 (최고·최저)",
                         "최종점수", "표준편차 SD (참고)", "최고-최저 (참고)",
                         "z 평균 (참고)"], s, numeric)]
    for a in view.app_order(result):
        totals = {t["member"]: t["total"] for t in a["totals"]}
        dropped = " · ".join(f"{names.get(fp, fp)} {totals.get(fp, '')}"
                            for fp in view.in_label_order(a["dropped"], result, public,
                                                          member=str))
        rows.append(_cells([a["id"], a["n_scores"], RULE_KO.get(a["rule_applied"] or "", "-"),
                            dropped or "-", a["final_score"] or "-", a["sd"] or "-",
                            a["range"] or "-", a["z_mean"] or "-"], s["base"], s["center"],
                           numeric))
    widths = [18 * mm, 16 * mm, 36 * mm, 60 * mm, 18 * mm, 26 * mm, 26 * mm, 22 * mm]
    out: list[Any] = [
        p("산정 내역과 참고 지표", s["h"]),
        p("표준편차·최고-최저·z 평균(위원별 점수 경향을 보정한 평균)은 참고용이며 공식 "
          "최종점수를 대체하지 않습니다.", s["small"]),
        table(rows, widths)]
    cal = {c["member"]: c for c in result["calibration"]}
    numeric = frozenset({1, 2, 3, 4})
    rows = [_header_row(["위원", "채점 수 n", "평균", "표준편차 SD",
                         "오프셋 (같은 신청 전체 평균 대비)"], s, numeric)]
    for fp in member_order():
        c = cal.get(fp)
        if c:
            offset = c["offset"] if c["offset"].startswith("-") else f"+{c['offset']}"
            rows.append(_cells([names.get(fp, fp), c["n"], c["mean"], c["sd"], offset],
                               s["base"], s["center"], numeric))
    if len(rows) > 1:
        out.append(KeepTogether([
            p("위원별 채점 경향 — 참고용", s["h"]),
            p("각 위원이 준 총점의 수·평균·표준편차와, 같은 신청에 대한 전체 평균보다 평균적으로 "
              "얼마나 높거나 낮게 주었는지(오프셋)입니다. 위원 평가의 적정성 판단 자료가 아니며 "
              "점수 산정에 쓰이지 않습니다.", s["small"]),
            table(rows, [56 * mm, 20 * mm, 20 * mm, 24 * mm, 50 * mm])]))
    return out
