"""result.csv and result.xlsx: the ranking as tables a secretariat opens in Excel.

The first seven columns are the public interface (`rank`, `application_id`, `applicant`,
`subtype`, `final_score`, `n_scores`, `status`); the rest follow, then one column per member
with their total (회피 for a conflict). CSV is UTF-8 with a BOM so Excel shows Hangul.
The XLSX is for people: the same columns under Korean headers, Korean words for the subtype and
the rule, numbers formatted as the reports print them.
"""

import csv
from datetime import datetime
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from evaluator_app.consolidation.presented import status_word
from evaluator_app.consolidation.report_view import SHEET_STATUS_KO, sheet_groups, subtype_ko
from evaluator_app.consolidation.rules import RULE_KO
from evaluator_app.replacing import written_in_place
from evaluator_app.rubric.model import STAGES
from evaluator_app.stable_xlsx import save_stable

COLUMNS = ("rank", "application_id", "applicant", "subtype", "final_score", "n_scores",
           "status", "rank_overall", "rule_applied", "dropped", "sd", "range", "z_mean")
KOREAN = {"rank": "순위", "application_id": "신청번호", "applicant": "신청기관",
          "subtype": "세부유형", "final_score": "최종점수", "n_scores": "평가위원 수",
          "status": "결과", "rank_overall": "전체 순위", "rule_applied": "산정방식",
          "dropped": "제외 점수", "sd": "표준편차", "range": "최고-최저", "z_mean": "z 평균"}
NUMERIC = {"final_score", "sd", "range", "z_mean", *STAGES}  # and every member's total
# Scores show two decimals (87.40, as printed); z_mean keeps the three it is computed to, the
# ranks and counts none.
FORMATS = {"z_mean": "0.000", "rank": "0", "rank_overall": "0", "n_scores": "0"}


def rows(result: dict[str, Any]) -> tuple[list[str], list[list[Any]]]:
    """Header and rows, applications in ranking order (unranked ones last)."""
    members = [m for m in result["members"] if m["status"] in ("used", "excluded")]
    names = {m["fingerprint"]: m["name"] for m in result["members"]}
    stages = stage_columns(result)
    head = list(COLUMNS)
    head[7:7] = stages  # a later stage: each stage's percentage after the first seven
    header = [*head, *(f"{m['name']} ({m['fingerprint']})" for m in members)]

    def order(a: dict[str, Any]) -> tuple:
        overall = a["rank_overall"] if a["rank_overall"] is not None else a["rank"]
        return (overall is None, overall or 0, a["subtype"], a["id"])

    out = []
    for a in sorted(result["applications"], key=order):
        totals = {t["member"]: t["total"] for t in a["totals"]}
        dropped = {fp: totals.get(fp) for fp in a["dropped"]}
        out.append([
            a["rank"], a["id"], a["applicant"], a["subtype"], a["final_score"], a["n_scores"],
            status_word(a), *((a.get("stage_scores") or {}).get(st) for st in stages),
            a["rank_overall"], a["rule_applied"],
            "; ".join(f"{names.get(fp, fp)} {t}" for fp, t in dropped.items()),
            a["sd"], a["range"], a["z_mean"],
            *("회피" if m["fingerprint"] in a["conflicted"] else totals.get(m["fingerprint"])
              for m in members)])
    return header, out


def stage_columns(result: dict[str, Any]) -> list[str]:
    """서면 / 발표 / 현장, those this result combines (none for a single stage)."""
    seen = {st for a in result["applications"] for st in (a.get("stage_scores") or {})}
    return [st for st in STAGES if st in seen]


def write_csv(result: dict[str, Any], path: Path) -> None:
    header, body = rows(result)
    with written_in_place(path) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows([["" if v is None else v for v in r] for r in body])


def write_xlsx(result: dict[str, Any], path: Path) -> None:
    """Sheet 종합평가: the CSV's columns under Korean headers (the CSV keeps the machine
    names), scores as numbers shown with two decimals, the header row frozen, printed on A4
    landscape; sheet 검증: the verification table."""
    header, body = rows(result)
    wb = Workbook()
    ws = wb.active
    ws.title = "종합평가 (잠정)" if result.get("provisional") else "종합평가"
    ws.append([KOREAN.get(h, f"{h} (%)" if h in STAGES else h) for h in header])
    fixed = len(COLUMNS) + len(stage_columns(result))  # then one column per member's total
    words = {"subtype": lambda v: subtype_ko(result, v) if v else v,
             "rule_applied": lambda v: RULE_KO.get(v, v) if v else v}
    for r in body:
        ws.append([words[h](v) if h in words else
                   number_cell(v) if (h in NUMERIC or i >= fixed) else v
                   for i, (h, v) in enumerate(zip(header, r, strict=True))])
    for i, h in enumerate(header):
        shown = FORMATS.get(h, "0.00" if h in NUMERIC or i >= fixed else None)
        for (cell,) in ws.iter_rows(min_row=2, min_col=i + 1, max_col=i + 1):
            if shown and isinstance(cell.value, int | float):
                cell.number_format = shown
    widths = dict(zip(COLUMNS[:7], (6, 9, 22, 18, 9, 9, 8), strict=True))
    for i, h in enumerate(header, start=1):
        ws.column_dimensions[get_column_letter(i)].width = widths.get(h, 12)
    _header_and_print(ws, freeze="C2")
    check = wb.create_sheet("검증")
    check.append(["상태", "위원", "개정", "sha256", "파일", "사유"])
    names = {m["fingerprint"]: m["name"] for m in result["members"]}
    for status, records in sheet_groups(result):
        for s in records:
            check.append([SHEET_STATUS_KO.get(status, status), names.get(s["member"], s["member"]),
                          s["revision"], s["sha256"], s["file"], s["reason"]])
    for col, width in zip("ABCDEF", (8, 12, 6, 40, 50, 30), strict=True):
        check.column_dimensions[col].width = width
    _header_and_print(check, freeze="A2")
    save_workbook(wb, path, result)


def _header_and_print(ws: Worksheet, freeze: str) -> None:
    """Bold header row kept in view and repeated on every printed page; the used range as the
    print area on A4 landscape, one page wide."""
    for cell in ws[1]:
        cell.font = Font(bold=True)
        cell.fill = PatternFill("solid", fgColor="E4EAF2")
    ws.freeze_panes = freeze
    ws.print_area = ws.dimensions
    ws.print_title_rows = "1:1"
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = ws.ORIENTATION_LANDSCAPE
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0  # as many pages down as the rows need
    ws.sheet_properties.pageSetUpPr.fitToPage = True


def save_workbook(wb: Workbook, path: Path, result: dict[str, Any]) -> Path:
    """Save atomically: a crash leaves the old file or none, never half a workbook. Dated
    with the result's `created`, so the same result gives the same bytes (SHA256SUMS)."""
    # written_in_place, not an unlink in `finally`: on Windows a virus scanner may still hold
    # the new file, and that PermissionError hid the real one (Excel holding result.xlsx)
    with written_in_place(path) as tmp:
        save_stable(wb, tmp, datetime.fromisoformat(result["created"]))
    return path


def number_cell(value: Any) -> Any:
    """A decimal string as a number Excel can sum; anything else as it is."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    return value
