"""The offline review form: XLSX/CSV export, validated all-or-nothing import."""

import csv
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import load_workbook
from pdf_files import write_pdf

from evaluator_app.errors import FormError
from evaluator_app.form import export_form, import_form
from evaluator_app.form.layout import COLUMNS, KOREAN_HEADERS
from evaluator_app.workspace import Workspace

WHY = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"


def read_csv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def write_csv(path: Path, rows: list[dict[str, str]]) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=COLUMNS)
        w.writeheader()
        w.writerows(rows)


def fill(rows: list[dict[str, str]], app: str, item: str, score: str = "", why: str = "") -> None:
    row = next(r for r in rows if r["application_id"] == app and r["item_id"] == item)
    row["score"], row["rationale"] = score, why


def snapshot(ws: Workspace) -> tuple:
    return (ws.conn.execute("SELECT * FROM entries ORDER BY 1,2,3,4").fetchall(),
            ws.conn.execute("SELECT count(*) FROM events").fetchone()[0])


def test_xlsx_has_korean_headers_validation_and_locked_labels(ws: Workspace, session_id: str,
                                                               tmp_path: Path):
    ws.set_score(session_id, "A01", "1-1", "7.5", WHY)
    out = tmp_path / "form.xlsx"
    n = export_form(ws, session_id, out)
    wb = load_workbook(out)
    sheet = wb["평가"]
    assert [c.value for c in sheet[1]] == [KOREAN_HEADERS[c] for c in COLUMNS]
    assert sheet.max_row == n + 1
    assert sheet.protection.sheet is True
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "A01" and
               r[3].value == "1-1")
    assert row[7].value == 7.5 and row[8].value == WHY  # pre-filled with what is saved
    assert row[4].protection.locked and not row[7].protection.locked
    assert not row[8].protection.locked
    rules = {(dv.type, dv.formula1, dv.formula2) for dv in sheet.data_validations.dataValidation}
    assert ("decimal", "0", "10") in rules
    assert any(t == "list" and "advice" in f for t, f, _ in rules)  # coi codes
    kinds = {r[3].value for r in sheet.iter_rows(min_row=2)}
    assert {"coi", "opinion", "G1", "B1"} <= kinds
    guide = [c.value for c in wb["안내"]["B"]]
    assert "이해충돌 사유 코드" in [c.value for c in wb["안내"]["A"]]
    assert any(v and "[제안(proposed)]" in v for v in guide)


def test_grade_items_get_a_grade_list(home: Path, tmp_path: Path):
    write_pdf(tmp_path / "p.pdf")
    spec = tmp_path / "s.toml"
    spec.write_text('[session]\nid = "d"\nprogram = "diffusion"\nstage = "서면"\n'
                    'title = "확산"\nrubric = "2025-diffusion-written"\n[[applications]]\n'
                    'id = "A01"\napplicant = "가평군"\napplicant_kind = "군"\n'
                    'population = 62000\ntitle = "t"\ndocuments = ["p.pdf"]\n', encoding="utf-8")
    from evaluator_app.session_spec import load_spec
    with Workspace.open(home) as w:
        w.import_session(load_spec(spec))
        export_form(w, "d", tmp_path / "f.xlsx")
        sheet = load_workbook(tmp_path / "f.xlsx")["평가"]
        assert any(dv.formula1 == '"A,B,C,D,E"' for dv in sheet.data_validations.dataValidation)
        export_form(w, "d", tmp_path / "f.csv")
        rows = read_csv(tmp_path / "f.csv")
        fill(rows, "A01", "1-1", "b", WHY)
        write_csv(tmp_path / "f.csv", rows)
        import_form(w, tmp_path / "f.csv")
        assert w.entries("d", "A01").scores["1-1"].value == "B"
        assert w.evaluate("d", "A01").subtotal == 13.5


@pytest.mark.parametrize("ext", ["csv", "xlsx"])
def test_round_trip_applies_scores_conflicts_and_opinions(ws: Workspace, session_id: str,
                                                          tmp_path: Path, ext: str):
    csv_path = tmp_path / "f.csv"
    export_form(ws, session_id, csv_path)
    rows = read_csv(csv_path)
    fill(rows, "A01", "1-1", "8.5", WHY)
    fill(rows, "A01", "G1", "적합")
    fill(rows, "A01", "coi", "없음")
    fill(rows, "A01", "opinion",
         why="강점과 약점을 고루 서술한 종합의견으로, 공백을 빼고 세어도 삼십 자를 넉넉히 넘깁니다")
    fill(rows, "A02", "coi", "same-org", "신청기관 산하 연구원 소속")
    fill(rows, "A03", "B1", "1.5", "인증서 사본 확인")
    if ext == "xlsx":
        path = tmp_path / "f.xlsx"
        export_form(ws, session_id, path)
        wb = load_workbook(path)
        sheet = wb["평가"]
        by_key = {(r["application_id"], r["item_id"]): r for r in rows}
        for cells in sheet.iter_rows(min_row=2):
            r = by_key[(cells[1].value, cells[3].value)]
            cells[7].value = r["score"] or None
            cells[8].value = r["rationale"] or None
        wb.save(path)
    else:
        path = csv_path
        write_csv(path, rows)
    result = import_form(ws, path)
    assert result.session_id == session_id and result.changes == 6
    e = ws.entries(session_id, "A01")
    assert e.scores["1-1"].value == "8.5" and e.gates["G1"].value == "pass"
    assert ws.coi_declaration(session_id, "A01") == "none"
    assert ws.entries(session_id, "A02").conflict == {"ground": "same-org",
                                                      "text": "신청기관 산하 연구원 소속"}
    assert ws.evaluate(session_id, "A03").bonus == 1.5
    assert ws.audit_verify().ok


def broken(ws, session_id, tmp_path, edit) -> FormError:
    path = tmp_path / "f.csv"
    export_form(ws, session_id, path)
    rows = read_csv(path)
    edit(rows)
    write_csv(path, rows)
    before = snapshot(ws)
    with pytest.raises(FormError) as info:
        import_form(ws, path)
    assert snapshot(ws) == before  # nothing half-applied
    return info.value


@pytest.mark.parametrize("edit, expected", [
    (lambda rows: fill(rows, "A01", "1-1", "11", WHY),
     "row 5, column score (점수): item 1-1 (유형별 문제 진단"),
    (lambda rows: fill(rows, "A01", "1-1", "열", WHY), "'열' is not a number"),
    (lambda rows: fill(rows, "A01", "1-1", "7.3", WHY), "7.3 is not a multiple of the step 0.5"),
    (lambda rows: fill(rows, "A01", "1-1", "7", "짧음"),
     "column rationale (평가사유): the rationale of 1-1 has 2 characters"),
    (lambda rows: fill(rows, "A01", "G1", "아마도"), "must be 적합/pass or 부적합/fail"),
    (lambda rows: fill(rows, "A01", "B1", "5", WHY), "5 is outside 0–2"),
    (lambda rows: fill(rows, "A01", "coi", "enemy"), "'enemy' is not none or a conflict ground"),
    (lambda rows: rows.append(dict(rows[3])), "row 104 repeats row 5 (A01, 1-1)"),
    (lambda rows: rows[3].update(application_id="A99"), "session 2025-strong-small-written has "
                                                       "no application 'A99'"),
    (lambda rows: rows[3].update(item_id="9-9"), "has no item '9-9'"),
])
def test_bad_rows_are_reported_with_row_and_column(ws, session_id, tmp_path, edit, expected):
    error = broken(ws, session_id, tmp_path, edit)
    assert any(expected in p for p in error.problems), error.problems


def test_scores_for_a_conflicted_application_are_refused(ws, session_id, tmp_path):
    def edit(rows):
        fill(rows, "A02", "coi", "advice", "자문 수행")
        fill(rows, "A02", "1-1", "5", WHY)
    error = broken(ws, session_id, tmp_path, edit)
    assert "A02 is declared conflicted (회피); it cannot be scored" in error.message


def test_all_errors_are_listed_not_just_the_first(ws, session_id, tmp_path):
    def edit(rows):
        fill(rows, "A01", "1-1", "11", WHY)
        fill(rows, "A03", "2-2", "x", WHY)
    error = broken(ws, session_id, tmp_path, edit)
    assert len(error.problems) == 2 and "(and 1 more)" in error.message


def test_a_form_for_another_session(ws, session_id, tmp_path):
    error = broken(ws, session_id, tmp_path,
                   lambda rows: [r.update(session_id="2024-other") for r in rows])
    assert "is for session '2024-other', which is not in this workspace" in error.message


def test_files_that_are_not_forms(ws, tmp_path):
    fake = tmp_path / "f.xlsx"
    fake.write_bytes(b"PK\x03\x04 not really a zip")
    with pytest.raises(FormError, match=r"not a readable \.xlsx workbook"):
        import_form(ws, fake)
    korean_excel = tmp_path / "f.csv"  # CP949, as Korean Excel saves a CSV: read, not mojibake
    korean_excel.write_bytes("session_id,점수\n".encode("cp949"))
    with pytest.raises(FormError, match=r"lacks the column\(s\) application_id \(신청번호\)"):
        import_form(ws, korean_excel)
    neither = tmp_path / "n.csv"
    neither.write_bytes(b"session_id,\x80\x80\n")
    with pytest.raises(FormError, match="neither UTF-8 nor CP949"):
        import_form(ws, neither)
    headerless = tmp_path / "h.csv"
    headerless.write_text("a,b\n1,2\n", encoding="utf-8")
    with pytest.raises(FormError, match="lacks the column"):
        import_form(ws, headerless)
    with pytest.raises(FormError, match=r"must be a \.xlsx or \.csv"):
        import_form(ws, tmp_path / "form.ods")


cells = st.one_of(st.text(max_size=12), st.integers(-5, 30).map(str),
                  st.decimals(-1, 12, places=2).map(str), st.sampled_from(
                      [*"ABCDEF", "none", "advice", "적합", "부적합", ""]))


@settings(max_examples=60, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(st.integers(0, 101), cells, cells), min_size=1, max_size=6))
def test_random_cells_either_import_cleanly_or_change_nothing(ws, session_id, tmp_path, edits):
    path = tmp_path / "fuzz.csv"
    export_form(ws, session_id, path)
    rows = read_csv(path)
    for index, score, why in edits:
        rows[index]["score"], rows[index]["rationale"] = score, why
    write_csv(path, rows)
    before = snapshot(ws)
    try:
        import_form(ws, path)
    except FormError as e:
        assert e.problems and snapshot(ws) == before
    assert ws.audit_verify().ok


@pytest.mark.parametrize("cell, expected", [
    ("=10", "this cell holds a formula ('=10'); type the number"),  # no cached value
    ("=5+2", "this cell holds a formula ('=5+2'); type the number"),
    (float("inf"), "this cell holds a value that is not a number (such as inf); type the number"),
    (float("nan"), "this cell holds a value that is not a number (such as inf); type the number"),
])
def test_a_formula_or_infinite_score_cell_is_refused_not_read_as_empty(
        ws: Workspace, session_id: str, tmp_path: Path, cell, expected):
    out = tmp_path / "form.xlsx"
    export_form(ws, session_id, out)
    wb = load_workbook(out)
    sheet = wb["평가"]
    row = next(r for r in sheet.iter_rows(min_row=2) if r[1].value == "A01" and
               r[3].value == "1-1")
    row[7].value = cell  # openpyxl writes a formula without a cached value, inf as <v/>
    row[8].value = WHY
    wb.save(out)
    before = snapshot(ws)
    with pytest.raises(FormError) as info:
        import_form(ws, out)
    assert f"row {row[7].row}, column H (점수): {expected}" in info.value.message
    assert snapshot(ws) == before
