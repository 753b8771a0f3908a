"""result.csv and result.xlsx: the ranking as tables a secretariat opens in Excel.

The first seven columns are the public interface (`rank`, `application_id`, `applicant`,
`subtype`, `final_score`, `n_scores`, `status`); the rest follow, then one column per member
with their total (회피 for a conflict). CSV is UTF-8 with a BOM so Excel shows Hangul.
"""

import csv
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from evaluator_app.rubric.model import STAGES

COLUMNS = ("rank", "application_id", "applicant", "subtype", "final_score", "n_scores",
           "status", "rank_overall", "rule_applied", "dropped", "sd", "range", "z_mean")
KOREAN = {"rank": "순위", "application_id": "신청번호", "applicant": "신청기관",
          "subtype": "세부유형", "final_score": "최종점수", "n_scores": "평가위원 수",
          "status": "결과", "rank_overall": "전체 순위", "rule_applied": "산정방식",
          "dropped": "제외 점수", "sd": "표준편차", "range": "최고-최저", "z_mean": "z 평균"}


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
            a["status"], *((a.get("stage_scores") or {}).get(st) for st in stages),
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
    tmp = path.with_name(path.name + ".part")
    with tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        writer = csv.writer(fh)
        writer.writerow(header)
        writer.writerows([["" if v is None else v for v in r] for r in body])
    tmp.replace(path)


def write_xlsx(result: dict[str, Any], path: Path) -> None:
    """Sheet 종합평가: the CSV's header (column names) over a row of Korean labels, then the
    rows; sheet 검증: the verification table."""
    header, body = rows(result)
    wb = Workbook()
    ws = wb.active
    ws.title = "종합평가 (잠정)" if result.get("provisional") else "종합평가"
    ws.append(list(header))
    ws.append([KOREAN.get(h, f"{h} (%)" if h in STAGES else "") for h in header])
    for cell in ws[1]:
        cell.font = Font(bold=True)
    for cell in ws[2]:
        cell.font = Font(italic=True, color="808080")
        cell.fill = PatternFill("solid", fgColor="F2F2F2")
    numeric = {"final_score", "sd", "range", "z_mean", *STAGES}
    for r in body:
        ws.append([number_cell(v) if (h in numeric or i >= len(COLUMNS)) else v
                   for i, (h, v) in enumerate(zip(header, r, strict=True))])
    ws.freeze_panes = "C3"
    for col, width in zip("ABCDEFG", (6, 14, 22, 12, 11, 9, 8), strict=True):
        ws.column_dimensions[col].width = width
    check = wb.create_sheet("검증")
    check.append(["상태 (status)", "위원 (member)", "개정 (revision)", "sha256", "파일 (file)",
                  "사유 (reason)"])
    names = {m["fingerprint"]: m["name"] for m in result["members"]}
    for status, records in result["sheets"].items():
        for s in records:
            check.append([status, names.get(s["member"], s["member"]), s["revision"],
                          s["sha256"], s["file"], s["reason"]])
    save_workbook(wb, path)


def save_workbook(wb: Workbook, path: Path) -> Path:
    """Save atomically: a crash leaves the old file or none, never half a workbook."""
    tmp = path.with_name(path.name + ".part")
    try:
        wb.save(tmp)
        tmp.replace(path)
    finally:
        tmp.unlink(missing_ok=True)
    return path


def number_cell(value: Any) -> Any:
    """A decimal string as a number Excel can sum; anything else as it is."""
    if isinstance(value, str):
        try:
            return float(value)
        except ValueError:
            return value
    return value
