"""Write the offline review form as XLSX (Korean headers, validation, locked labels) or CSV."""

import csv
from pathlib import Path

from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill, Protection
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation

from evaluator_app.errors import EvaluatorError
from evaluator_app.form.layout import (
    COI_VALUES,
    COLUMNS,
    EDITABLE,
    GATE_VALUES,
    KOREAN_HEADERS,
    FormRow,
    rows_for_application,
)
from evaluator_app.replacing import written_in_place
from evaluator_app.scoring import COI_GROUNDS
from evaluator_app.workspace import Workspace

SHEET = "평가"
WIDTHS = {"session_id": 14, "application_id": 9, "applicant": 16, "item_id": 8,
          "item_label": 48, "max_points": 7, "scale": 9, "score": 9, "rationale": 70}


def form_rows(ws: Workspace, session_id: str) -> list[FormRow]:
    rows: list[FormRow] = []
    for app in ws.applications(session_id):
        rows += rows_for_application(
            session_id, app.id, app.applicant, ws.rubric(app.rubric_hash),
            ws.entries(session_id, app.id), ws.coi_declaration(session_id, app.id))
    return rows


def export_form(ws: Workspace, session_id: str, out: Path) -> int:
    """Write the form to `out` (.xlsx or .csv); returns the number of rows."""
    rows = form_rows(ws, session_id)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        _write_csv(rows, out)
    elif suffix == ".xlsx":
        _write_xlsx(ws, session_id, rows, out)
    else:
        raise EvaluatorError(f"{out}: the form must be a .xlsx or .csv file")
    return len(rows)


def _write_csv(rows: list[FormRow], out: Path) -> None:
    # UTF-8 with BOM so Excel opens Korean text correctly; English headers for scripts.
    # Written beside and moved in place: the last export may still be open in Excel.
    with written_in_place(out) as tmp, tmp.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.writer(fh)
        w.writerow(COLUMNS)
        for r in rows:
            w.writerow(r.values())


def _write_xlsx(ws: Workspace, session_id: str, rows: list[FormRow], out: Path) -> None:
    wb = Workbook()
    sheet = wb.active
    sheet.title = SHEET
    sheet.append([KOREAN_HEADERS[c] for c in COLUMNS])
    bold = Font(bold=True)
    header_fill = PatternFill("solid", fgColor="DDE6F0")
    special_fill = PatternFill("solid", fgColor="F3F3F3")
    for col, name in enumerate(COLUMNS, start=1):
        cell = sheet.cell(row=1, column=col)
        cell.font = bold
        cell.fill = header_fill
        sheet.column_dimensions[get_column_letter(col)].width = WIDTHS[name]
    sheet.freeze_panes = "A2"
    score_col = get_column_letter(COLUMNS.index("score") + 1)
    validations: dict[tuple, DataValidation] = {}

    def validation(key: tuple, **kwargs: object) -> DataValidation:
        if key not in validations:
            dv = DataValidation(allow_blank=True, showErrorMessage=True, **kwargs)
            sheet.add_data_validation(dv)
            validations[key] = dv
        return validations[key]

    for r_index, r in enumerate(rows, start=2):
        sheet.append(_cell_values(r))
        for col, name in enumerate(COLUMNS, start=1):
            cell = sheet.cell(row=r_index, column=col)
            cell.protection = Protection(locked=name not in EDITABLE)
            if name in ("item_label", "rationale"):
                cell.alignment = Alignment(wrap_text=True, vertical="top")
            if r.scale in ("coi", "opinion", "gate"):
                cell.fill = special_fill
        ref = f"{score_col}{r_index}"
        if r.scale == "points" or r.scale in ("bonus", "penalty"):
            dv = validation(("decimal", r.max_points), type="decimal", operator="between",
                            formula1="0", formula2=r.max_points,
                            error=f"0 ~ {r.max_points} 사이의 점수를 입력하세요.")
        elif r.scale == "grade":
            rubric = ws.rubric_for(session_id, r.application_id)
            item = rubric.item(r.item_id)
            letters = ",".join(g for g, _ in item.scale.grades) if item else "A,B,C,D,E"
            dv = validation(("grade", letters), type="list", formula1=f'"{letters}"',
                            error=f"등급({letters}) 중 하나를 고르세요.")
        elif r.scale == "gate":
            dv = validation(("gate",), type="list", formula1=f'"{",".join(GATE_VALUES)}"')
        elif r.scale == "coi":
            dv = validation(("coi",), type="list", formula1=f'"{",".join(COI_VALUES)}"')
        else:
            continue
        dv.add(ref)
    # Labels are locked against accidental edits; no password, this is a guard, not security.
    sheet.protection.sheet = True
    sheet.protection.formatColumns = False
    sheet.protection.formatRows = False
    _guide_sheet(wb, ws, session_id)
    with written_in_place(out) as tmp:
        wb.save(tmp)


def _cell_values(r: FormRow) -> list[object]:
    values: list[object] = r.values()
    # Numbers as numbers so Excel's validation and sums work.
    numeric_score = r.scale in ("points", "bonus", "penalty")
    for name in ("max_points", "score"):
        i = COLUMNS.index(name)
        text = values[i]
        if isinstance(text, str) and text and (name == "max_points" or numeric_score):
            values[i] = float(text) if "." in text else int(text)
    return values


def _guide_sheet(wb: Workbook, ws: Workspace, session_id: str) -> None:
    info = ws.session(session_id)
    guide = wb.create_sheet("안내")
    lines = [
        ["평가위원 데스크 오프라인 평가표 / Evaluation Desk offline review form"],
        ["세션", f"{info.id} — {info.title}"],
        *(["평가표", f"{r.id} — {r.title_ko} [{r.status_label}]"]
          for r in ws.session_rubrics(session_id)),
        [],
        ["작성 방법"],
        ["", "'평가' 시트의 점수와 평가사유 열만 입력합니다. 빈 칸은 변경하지 않습니다."],
        ["", "점수 척도(points)는 0 ~ 배점 사이 숫자, 등급 척도(grade)는 A–E 등급입니다."],
        ["", "항목 ID coi 행: 이해충돌이 없으면 none, 있으면 아래 사유 코드를 고르고 "
             "평가사유에 내용을 적습니다 (회피)."],
        ["", "항목 ID opinion 행: 평가사유 칸에 종합의견을 적습니다."],
        ["", "가져오기: evaluator form import 파일.xlsx — 모든 행을 먼저 검사하고 "
             "오류가 없을 때만 한꺼번에 반영합니다."],
        [],
        ["이해충돌 사유 코드", "설명"],
        *([code, f"{ko} / {en}"] for code, (ko, en) in COI_GROUNDS.items()),
    ]
    for line in lines:
        guide.append(line)
    guide.column_dimensions["A"].width = 20
    guide.column_dimensions["B"].width = 100
