"""Rubrics as an editable spreadsheet (XLSX or CSV) with Korean headers, and back.

One table: `정보` rows carry the rubric's metadata (key in ID, value in 명칭(한국어)); the other
rows are gates (적격), groups (평가항목), items (세부항목, with 상위 ID = their group), bonuses
(가점) and penalties (감점). Importing runs the same validation as a TOML rubric.
"""

import csv
from decimal import Decimal
from pathlib import Path
from typing import Any

import tomli_w
from openpyxl import Workbook
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from evaluator_app.errors import RubricError
from evaluator_app.numbers import clip
from evaluator_app.programs import check_program_subtype
from evaluator_app.replacing import written_in_place
from evaluator_app.rubric.loader import parse_rubric
from evaluator_app.rubric.model import Rubric
from evaluator_app.spreadsheet import cell_text, read_table

COLUMNS = ("kind", "id", "parent", "label_ko", "label_en", "max_points", "scale", "step",
           "grades", "rationale_required", "rationale_min_length", "guidance", "source")
HEADERS = {
    "kind": "구분", "id": "ID", "parent": "상위 ID", "label_ko": "명칭(한국어)",
    "label_en": "명칭(영문)", "max_points": "배점", "scale": "척도", "step": "간격",
    "grades": "등급 비율(%)", "rationale_required": "사유 필수", "rationale_min_length":
    "사유 최소 글자수", "guidance": "지침", "source": "출처",
}
HEADER_TO_COLUMN = {**{c: c for c in COLUMNS}, **{v: k for k, v in HEADERS.items()}}
KINDS = {"정보": "meta", "적격": "gate", "평가항목": "group", "세부항목": "item", "가점": "bonus",
         "감점": "penalty"}
KIND_KO = {v: k for k, v in KINDS.items()}
META_KEYS = ("id", "program", "subtype", "year", "stage", "title_ko", "title_en", "status",
             "sources", "total", "pass_score", "tie_break", "opinion_required",
             "opinion_min_length", "rule", "trim_min_n", "deviation_threshold")
YES, NO = {"예", "y", "yes", "true", "1", "o"}, {"아니오", "n", "no", "false", "0", "x"}


def _fmt(value: Any) -> str:
    if isinstance(value, bool):
        return "예" if value else "아니오"
    if isinstance(value, Decimal):
        text = f"{value.normalize():f}"
        return text
    return "" if value is None else str(value)


def rubric_rows(rubric: Rubric) -> list[dict[str, str]]:
    d = rubric.to_dict()
    meta = {
        "id": d["id"], "program": d["program"], "subtype": d["subtype"], "year": d["year"],
        "stage": d["stage"], "title_ko": d["title_ko"], "title_en": d["title_en"],
        "status": d["status"], "sources": "\n".join(d["sources"]), "total": d["total"],
        "pass_score": d.get("pass_score"), "tie_break": ", ".join(d["tie_break"]),
        "opinion_required": d["opinion"]["required"],
        "opinion_min_length": d["opinion"]["min_length"],
        "rule": d["consolidation"]["rule"], "trim_min_n": d["consolidation"]["trim_min_n"],
        "deviation_threshold": d["consolidation"]["deviation_threshold"],
    }
    rows = [{"kind": "정보", "id": k, "label_ko": _fmt(meta[k])} for k in META_KEYS]
    for g in rubric.gates:
        rows.append({"kind": "적격", "id": g.id, "label_ko": g.label_ko, "label_en": g.label_en,
                     "guidance": g.guidance})
    for group in rubric.groups:
        rows.append({"kind": "평가항목", "id": group.id, "label_ko": group.label_ko,
                     "label_en": group.label_en, "max_points": _fmt(group.max_points),
                     "guidance": group.guidance})
        for i in group.items:
            grades = ", ".join(f"{g}={_fmt(p)}" for g, p in i.scale.grades)
            rows.append({
                "kind": "세부항목", "id": i.id, "parent": group.id, "label_ko": i.label_ko,
                "label_en": i.label_en, "max_points": _fmt(i.max_points),
                "scale": i.scale.kind,
                "step": _fmt(i.scale.step) if i.scale.kind == "points" else "",
                "grades": grades if i.scale.kind == "grade" else "",
                "rationale_required": _fmt(i.rationale_required),
                "rationale_min_length": _fmt(i.rationale_min_length),
                "guidance": i.guidance, "source": i.source})
    for a in rubric.adjustments:
        rows.append({
            "kind": KIND_KO[a.kind], "id": a.id, "label_ko": a.label_ko, "label_en": a.label_en,
            "max_points": _fmt(a.max_points), "step": _fmt(a.step),
            "rationale_required": _fmt(a.rationale_required),
            "rationale_min_length": _fmt(a.rationale_min_length), "guidance": a.guidance})
    return rows


def export_rubric_table(rubric: Rubric, out: Path) -> None:
    rows = rubric_rows(rubric)
    suffix = out.suffix.lower()
    if suffix == ".csv":
        with written_in_place(out) as tmp, tmp.open("w", encoding="utf-8-sig",
                                                    newline="") as fh:
            w = csv.writer(fh)
            w.writerow([HEADERS[c] for c in COLUMNS])
            for r in rows:
                w.writerow([r.get(c, "") for c in COLUMNS])
        return
    if suffix != ".xlsx":
        raise RubricError(f"{out}: export to a .xlsx or .csv file")
    wb = Workbook()
    sheet = wb.active
    sheet.title = "배점표"
    sheet.append([HEADERS[c] for c in COLUMNS])
    widths = {"kind": 9, "id": 18, "parent": 8, "label_ko": 50, "label_en": 45, "guidance": 50,
              "source": 30}
    for col, name in enumerate(COLUMNS, start=1):
        sheet.cell(row=1, column=col).font = Font(bold=True)
        sheet.cell(row=1, column=col).fill = PatternFill("solid", fgColor="DDE6F0")
        sheet.column_dimensions[get_column_letter(col)].width = widths.get(name, 11)
    for r in rows:
        sheet.append([r.get(c, "") for c in COLUMNS])
        if r["kind"] == "평가항목":
            for cell in sheet[sheet.max_row]:
                cell.font = Font(bold=True)
        sheet.cell(row=sheet.max_row, column=4).alignment = Alignment(wrap_text=True)
    sheet.freeze_panes = "A2"
    with written_in_place(out) as tmp:  # a table still open in Excel: a plain error
        wb.save(tmp)


def table_to_dict(path: Path) -> dict[str, Any]:
    """The rubric dict (TOML shape) a table describes; row-level problems name the row."""
    raw = read_table(path, "배점표", RubricError)
    if not raw:
        raise RubricError(f"{path}: the table is empty")
    header = [HEADER_TO_COLUMN.get(cell_text(h)) for h in raw[0]]
    for needed in ("kind", "id", "label_ko", "max_points"):
        if needed not in header:
            raise RubricError(f"{path}: the header lacks the column {HEADERS[needed]} ({needed})")
    problems: list[str] = []
    meta: dict[str, str] = {}
    data: dict[str, Any] = {"gates": [], "groups": [], "adjustments": []}
    groups: dict[str, dict] = {}

    def boolean(n: int, text: str, default: bool) -> bool:
        if not text:
            return default
        if text.lower() in YES:
            return True
        if text.lower() in NO:
            return False
        problems.append(f"{path}: row {n}: {text!r} must be 예 or 아니오")
        return default

    for n, values in enumerate(raw[1:], start=2):
        r = {c: cell_text(values[i]) if i < len(values) else "" for i, c in enumerate(header) if c}
        if not any(r.values()):
            continue
        kind = KINDS.get(r["kind"], r["kind"])
        if kind == "meta":
            meta[r["id"]] = r.get("label_ko", "")
            continue
        common = {"id": r["id"], "label_ko": r.get("label_ko", ""),
                  "label_en": r.get("label_en", "")}
        if r.get("guidance"):
            common["guidance"] = r["guidance"]
        if kind == "gate":
            data["gates"].append(common)
        elif kind == "group":
            group = {**common, "max_points": r.get("max_points", ""), "items": []}
            groups[r["id"]] = group
            data["groups"].append(group)
        elif kind == "item":
            item: dict[str, Any] = {**common, "max_points": r.get("max_points", ""),
                                    "scale": r.get("scale") or "points",
                                    "rationale_required": boolean(
                                        n, r.get("rationale_required", ""), True)}
            if r.get("rationale_min_length"):
                item["rationale_min_length"] = _int(r["rationale_min_length"], n, path, problems)
            if item["scale"] == "points":
                item["step"] = r.get("step") or "1"
            elif r.get("grades"):
                item["grades"] = _grades(r["grades"], n, path, problems)
            if r.get("source"):
                item["source"] = r["source"]
            parent = groups.get(r.get("parent", ""))
            if parent is None:
                problems.append(f"{path}: row {n}: item {r['id']} names the group "
                                f"{r.get('parent')!r}, which is not listed above it")
            else:
                parent["items"].append(item)
        elif kind in ("bonus", "penalty"):
            adj: dict[str, Any] = {**common, "kind": kind, "max_points": r.get("max_points", ""),
                                   "step": r.get("step") or "0.5",
                                   "rationale_required": boolean(
                                       n, r.get("rationale_required", ""), True)}
            if r.get("rationale_min_length"):
                adj["rationale_min_length"] = _int(r["rationale_min_length"], n, path, problems)
            data["adjustments"].append(adj)
        else:
            problems.append(f"{path}: row {n}: 구분 {r['kind']!r} must be one of "
                            f"{', '.join(KINDS)}")
    for key in ("id", "program", "subtype", "stage", "title_ko", "title_en", "status", "total"):
        if meta.get(key):
            data[key] = meta[key]
    if meta.get("year"):
        data["year"] = _int(meta["year"], 0, path, problems)
    data["sources"] = [s.strip() for s in meta.get("sources", "").splitlines() if s.strip()]
    if meta.get("pass_score"):
        data["pass_score"] = meta["pass_score"]
    data["tie_break"] = [t.strip() for t in meta.get("tie_break", "").split(",") if t.strip()]
    data["opinion"] = {"required": boolean(0, meta.get("opinion_required", ""), True)}
    if meta.get("opinion_min_length"):
        data["opinion"]["min_length"] = _int(meta["opinion_min_length"], 0, path, problems)
    cons: dict[str, Any] = {}
    if meta.get("rule"):
        cons["rule"] = meta["rule"]
    if meta.get("trim_min_n"):
        cons["trim_min_n"] = _int(meta["trim_min_n"], 0, path, problems)
    if meta.get("deviation_threshold"):
        cons["deviation_threshold"] = meta["deviation_threshold"]
    data["consolidation"] = cons
    if problems:
        raise RubricError(problems[0] + (f" (and {len(problems) - 1} more)"
                                         if len(problems) > 1 else ""), problems)
    return data


def _int(text: str, n: int, path: Path, problems: list[str]) -> int:
    try:
        return int(text)
    except ValueError:
        problems.append(f"{path}: row {n}: {clip(text)} must be a whole number")
        return 0


def _grades(text: str, n: int, path: Path, problems: list[str]) -> dict[str, str]:
    out: dict[str, str] = {}
    for part in text.split(","):
        if "=" not in part:
            problems.append(f"{path}: row {n}: grades must read like 'A=100, B=90', not {text!r}")
            return {}
        letter, pct = part.split("=", 1)
        out[letter.strip()] = pct.strip()
    return out


def import_rubric_table(path: Path) -> Rubric:
    """Read and validate a rubric table; problems name the file, the entry and the problem."""
    return parse_rubric(table_to_dict(path), str(path), check_program=check_program_subtype)


def write_rubric_toml(rubric: Rubric, out: Path) -> None:
    def plain(v: Any) -> Any:
        if isinstance(v, Decimal):
            return int(v) if v == v.to_integral_value() else float(v)
        if isinstance(v, dict):
            return {k: plain(x) for k, x in v.items()}
        if isinstance(v, list):
            return [plain(x) for x in v]
        return v

    header = (f"# Imported rubric {rubric.id} ({rubric.status}).\n"
              f"# content hash {rubric.content_hash}\n")
    out.parent.mkdir(parents=True, exist_ok=True)
    # atomic: a half-written rubric would break the whole catalogue; a refused folder is a
    # sentence naming the .toml, and no .tmp stays behind (held open on Windows, or not)
    with written_in_place(out) as tmp:
        tmp.write_text(header + tomli_w.dumps(plain(rubric.to_dict())), encoding="utf-8")
