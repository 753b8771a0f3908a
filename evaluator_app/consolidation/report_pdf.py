"""report.pdf (종합평가표) and report-public.pdf: the committee's printed result (issue 9).

A4 landscape. The header states the session, program, stage, date, the rule applied (채점방식)
and whether the rubrics are proposed or official; then the matrix of applications × members
(the dropped totals struck through, 회피 for a conflict, ▲▼ for a deviation flag), the final
score, the ranks and the suggested status; then flags with a blank for each written reason,
small panels, notes, exclusions, the verification summary, the reference-only diagnostics and
the signature lines of the chair and every member.

The public variant names no one: members are 위원 A, B, C… in a column order shuffled from the
result's own bytes (report_view.columns); fingerprints, affiliations, file names and signature
lines are left out. The result's own sha256 cannot be printed inside it; the bundle's identity
(its signed manifest's hash) is.
"""

from decimal import Decimal
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.units import mm
from reportlab.platypus import KeepTogether, PageBreak, Spacer

from evaluator_app.consolidation import report_sections as sections
from evaluator_app.consolidation import report_view as view
from evaluator_app.consolidation.handover import paper_signers
from evaluator_app.consolidation.presented import counts, status_word
from evaluator_app.reports.layout import (
    FLAG_BG,
    PROVISIONAL_BANNER,
    Struck,
    blank,
    build_pdf,
    column_blocks,
    frame_width,
    keep_headings,
    p,
    short_hash,
    styles,
    table,
)
from evaluator_app.rubric.model import STAGES
from evaluator_app.timefmt import paper_date, paper_time

Styles = dict[str, Any]
STATUS_COLOURS = {"선정": "#1B5E20", "예비": "#0D47A1", "과락": "#B71C1C", "부적격": "#B71C1C"}


def _title(result: dict[str, Any], public: bool) -> str:
    """The visible and the document title: 잠정 there too, not only in the banner."""
    title = "종합평가표" if not public else "종합평가 결과 (공개용)"
    return (f"{title} (잠정)" if result["provisional"] else title) + " — " + \
        result["session"]["title"]


def _header(result: dict[str, Any], s: Styles, public: bool) -> list[Any]:
    session = result["session"]
    out: list[Any] = [p(_title(result, public), s["title"]), Spacer(1, 2 * mm)]
    if result["provisional"]:
        out.append(p(PROVISIONAL_BANNER, s["provisional"]))
    rubrics = "; ".join(f"{r['id']} [{view.rubric_status_ko(r['status'])}]"
                        for r in result["rubrics"])
    rows = [
        ["평가명", session["title"], "평가 ID", session["id"]],
        ["사업", view.program_ko(result), "평가 단계", view.stage_ko(result)],
        ["종합 일시", paper_time(result["created"]), "선정 예정",
         f"{session.get('sites_to_select')}곳"],
        ["채점방식", "\n".join(view.rule_statement(result)), "평가표", rubrics],
        [*_bundle_identity(result), "결과 상태",
         "잠정 (서명 없음)" if result["provisional"] else "확정 (위원장 전자서명)"],
    ]
    previous = result.get("previous")
    if previous:
        w = Decimal(previous["weight"])
        rows.append(["단계 결합", f"{previous['stage']} {w * 100:.0f}% + {session['stage']} "
                     f"{(1 - w) * 100:.0f}% (각 단계 점수는 배점 대비 백분율)",
                     "이전 단계 결과", f"{previous['session_id']} · {previous['result_sha256']}"])
    agenda = view.agenda_line(result)
    if agenda:  # the 발표 order, drawn in the room: seed and order as the result records them
        review = result["agenda"].get("review") or {}
        slot = (f"발표 {review['presentation_minutes']}분 + 질의응답 "
                f"{review['questions_minutes']}분" if "presentation_minutes" in review else "-")
        rows.append(["발표 순서", agenda, "신청당 시간", slot])
    presentation = result.get("presentation")
    if presentation and presentation["to_present"]:  # 잠정, between two presentations
        handed = " · ".join(f"{a}: {e}명 중 {n}명 제출" for a, n, e in counts(presentation))
        rows.append(["발표 진행", f"{len(presentation['presented'])}곳 발표 · "
                     f"{len(presentation['to_present'])}곳 발표 전 (발표한 곳만 순위)",
                     "평가표 제출", handed or "-"])
    cells = [[p(r[0], s["cell_bold"]), p(r[1], s["base"]), p(r[2], s["cell_bold"]),
              p(r[3], s["base"])] for r in rows]
    w = frame_width()
    t = table(cells, [24 * mm, w * 0.5 - 24 * mm, 22 * mm, w * 0.5 - 22 * mm],
              ("BACKGROUND", (0, 0), (-1, 0), colors.white),
              ("BACKGROUND", (0, 0), (0, -1), colors.HexColor("#E4EAF2")),
              ("BACKGROUND", (2, 0), (2, -1), colors.HexColor("#E4EAF2")), repeat=0)
    out.append(t)
    if any(r["status"] == "proposed" for r in result["rubrics"]):
        out += [Spacer(1, 1.5 * mm), p(view.PROPOSED_NOTE, s["warn"])]
    return [*out, Spacer(1, 3 * mm)]


def _flag_marks(result: dict[str, Any]) -> dict[tuple[str, str], str]:
    """(application, member) → ▲ (above the others' mean) or ▼ (below)."""
    return {(f["application"], f["member"]): "▼" if f["difference"].startswith("-") else "▲"
            for f in result["flags"]}


def _member_cell(app: dict[str, Any], col: view.Column, marks: dict[tuple[str, str], str],
                 size: float, s: Styles) -> tuple[Any, bool]:
    """The cell of one member on one application, and whether it is flagged."""
    fp = col.member
    totals = {t["member"]: t["total"] for t in app["totals"]}
    failed = {g["member"] for g in app["gate_failures"]}
    if fp in app["conflicted"]:
        return p("회피", s["muted"]), False
    if app.get("presented") is False:  # 발표 전: nobody is late for it
        return p("", s["muted"]), False
    if fp not in totals:
        word = {"excluded": "제외", "missing": "미제출"}.get(col.status, "-")
        return p(word, s["muted"]), False
    mark = marks.get((app["id"], fp), "")
    text = totals[fp] + (" †" if fp in failed else "") + (f" {mark}" if mark else "")
    if fp in app["dropped"]:
        return Struck(text, size), bool(mark)
    return p(text, s["center"]), bool(mark)


MIN_MEMBER_W = 13 * mm  # a total with its marks ("88.5 † ▼") still fits on one line
FIXED_W = (12 * mm, 12 * mm, 14 * mm, 46 * mm)  # 전체 순위, 유형 순위, 신청번호, 신청기관
TAIL_W = (17 * mm, 15 * mm)  # 최종점수, 결과


def matrix(result: dict[str, Any], cols: list[view.Column], s: Styles) -> list[Any]:
    room = frame_width() - sum(FIXED_W) - sum(TAIL_W)
    # 60 members in one table were columns of 2.5 mm, and a name (up to 80 characters) one
    # character a line made its header taller than the page: the report, and so the signed
    # result, could not be written
    blocks = column_blocks(len(cols), room, MIN_MEMBER_W)
    marks = _flag_marks(result)
    apps = view.app_order(result)
    starts, ends = [], []  # every block repeats the ranks, the applicant and the result
    for app in apps:
        starts.append([p(app["rank_overall"] or "-", s["center"]),
                       p(app["rank"] or "-", s["center"]), p(app["id"], s["center_bold"]),
                       p(f"{app['applicant']}\n{view.subtype_ko(result, app['subtype'])}",
                         s["base"])])
        status = status_word(app) or "-"
        colour = STATUS_COLOURS.get(status)
        final = p(app["final_score"] or "-", s["center_bold"])
        if app.get("stage_scores"):  # combined stages: each stage's percentage under the total
            given = app["stage_scores"]  # in the stages' order, not the file's key order
            stages = " ".join(f"{st} {given[st]}" for st in STAGES if st in given)
            final = [final, p(stages, s["small"])]
        ends.append([final, p(status, s["center_bold"] if not colour else s["status"][status])])
    out: list[Any] = [p("종합 결과", s["h"])]
    if len(blocks) > 1:
        out.append(p(f"위원 {len(cols)}명의 총점을 {len(blocks)}개 표로 나누어 싣습니다. 각 표의 "
                     "순위·최종점수·결과는 같습니다.", s["small"]))
    for b, block in enumerate(blocks):
        if b:
            out += [Spacer(1, 2 * mm), p(f"종합 결과 (계속) — 위원 {block.start + 1}–"
                                         f"{block.stop}번째 (전체 {len(cols)}명)", s["h"])]
        out.append(_matrix_table(result, [cols[i] for i in block], apps, starts, ends, marks,
                                 room, s))
    legend = ("취소선: 채점방식에 따라 산정에서 제외된 최고·최저 총점 · ▲/▼: 다른 위원 평균보다 "
              "편차 기준 이상 높음/낮음 (아래 편차 확인) · 회피: 이해충돌로 채점하지 않음 · "
              "†: 적격요건 부적합 판정 · 순위는 세부유형(평가표) 안에서와 전체 · 결과는 제안된 "
              "상태이며 위원회가 확정함")
    return [*out, Spacer(1, 1.5 * mm), p(legend, s["small"]), *sections.tie_breaks(result, s)]


def _matrix_table(result: dict[str, Any], cols: list[view.Column], apps: list[dict[str, Any]],
                  starts: list[list[Any]], ends: list[list[Any]],
                  marks: dict[tuple[str, str], str], room: float, s: Styles) -> Any:
    """One block of the matrix: the fixed columns, these members' totals, the result."""
    n = len(cols)
    member_w = min(22 * mm, room / max(n, 1))
    size = 8.5 if member_w >= 14 * mm else 7
    cs = s if size == 8.5 else styles(size) | _extra_styles(size)
    head = [p(h, s["center_bold"]) for h in ("전체\n순위", "유형\n순위", "신청번호",
                                             "신청기관 · 세부유형")]
    head += [p(c.label, cs["center_bold"]) for c in cols]
    head += [p("최종점수", s["center_bold"]), p("결과", s["center_bold"])]
    rows, extra = [head], []
    for r, app in enumerate(apps, start=1):
        row = list(starts[r - 1])
        for c, col in enumerate(cols, start=len(row)):
            cell, flagged = _member_cell(app, col, marks, size, cs)
            row.append(cell)
            if flagged:
                extra.append(("BACKGROUND", (c, r), (c, r), FLAG_BG))
        rows.append(row + ends[r - 1])
    return table(rows, [*FIXED_W, *([member_w] * n), *TAIL_W], *extra)


def signatures(result: dict[str, Any], s: Styles) -> list[Any]:
    """성명 / 서명 lines for the chair (위원장) and every member on the roster."""
    rows = [[p(h, s["cell_bold"]) for h in ("구분", "성명", "소속", "공개키 지문", "서명")]]
    for m in paper_signers(result):  # the same people the chair's window lists
        role = view.ROLE_KO.get(m.role, m.role)
        if m.status in ("excluded", "missing"):
            role += " (제외)" if m.status == "excluded" else " (미제출)"
        rows.append([p(role, s["base"]), p(m.name, s["base"]), p(m.affiliation, s["base"]),
                     p(m.fingerprint, s["base"]), blank(12 * mm)])
    day = paper_date(result["created"])
    # names of up to 80 and affiliations of up to 120 characters: the room goes to them, and a
    # row grows with them (blank: at least 12 mm to sign in)
    return [KeepTogether([
        p("확인 및 서명", s["h"]),
        p(f"위 종합평가 결과가 각 위원의 서명된 평가표로부터 산정되었음을 확인합니다. {day}",
          s["base"]), Spacer(1, 2 * mm),
        table(rows, [24 * mm, 58 * mm, 78 * mm, 40 * mm, frame_width() - 200 * mm])])]


def _extra_styles(size: float) -> Styles:
    from reportlab.lib.styles import ParagraphStyle

    base = styles(size)
    return {
        "muted": ParagraphStyle("muted", parent=base["center"],
                                textColor=colors.HexColor("#777777")),
        "warn": ParagraphStyle("warn", parent=base["base"], textColor=colors.HexColor("#8A4B00"),
                               backColor=colors.HexColor("#FFF4E0"), borderPadding=3),
        "provisional": ParagraphStyle("provisional", parent=base["center_bold"], fontSize=12,
                                      leading=16, textColor=colors.HexColor("#C62828")),
        "status": {k: ParagraphStyle(f"status-{k}", parent=base["center_bold"],
                                     textColor=colors.HexColor(v))
                   for k, v in STATUS_COLOURS.items()},
    }


def report_styles() -> Styles:
    return styles() | _extra_styles(8.5)


def story(result: dict[str, Any], public: bool) -> list[Any]:
    s = report_styles()
    cols = view.columns(result, public)
    out = _header(result, s, public)
    out += matrix(result, cols, s)
    out += sections.flags(result, s, public)
    out += sections.small_panels(result, s)
    out += sections.notes(result, s, public)
    out += sections.exclusions(result, s, public)
    out += sections.verification(result, s, public)
    out += sections.diagnostics(result, s, public, lambda: [c.member for c in cols])
    if public:
        out += [Spacer(1, 4 * mm), p(
            "공개용: 위원은 익명(위원 A, B, C…)으로 표시하고 열 순서는 결과 파일에서 정해진 "
            "방식으로 섞었습니다. 서명본 종합평가표는 사무국이 보관합니다.", s["small"])]
    else:
        out += [PageBreak(), *signatures(result, s)]
    return keep_headings(out)  # no heading alone at the foot of a page


def _bundle_identity(result: dict[str, Any]) -> tuple[str, str]:
    """The label and value naming the bundle: its signed manifest's hash (result/2), or the
    bundle file's hash in a result of the earlier format."""
    if "manifest_sha256" in result:
        return "번들 매니페스트 sha256", result["manifest_sha256"]
    return "번들 파일 sha256", result["bundle_hash"]


def write_report_pdf(result: dict[str, Any], out: Path, public: bool = False) -> Path:
    """Write report.pdf (or, with `public`, the anonymised report-public.pdf)."""
    session = result["session"]
    kind = "공개용" if public else "종합평가표"
    footer = (f"평가위원 데스크 · {session['id']} · {kind} · 번들 "
              f"{short_hash(_bundle_identity(result)[1], 16)}"
              + (" · 잠정" if result["provisional"] else ""))
    signer = result.get("signer") or {}
    title = _title(result, public)
    subject = (f"{view.stage_ko(result)} 종합 결과 · 평가 ID {session['id']}"
               + (" · 잠정 결과" if result["provisional"] else ""))
    build_pdf(Path(out), story(result, public), title=title, subject=subject, footer=footer,
              provisional=bool(result["provisional"]),
              author="" if public else str(signer.get("name", "")))
    return Path(out)
