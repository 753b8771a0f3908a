"""The core under the secretariat's desk: the applicants grid checked like the table file, rows
pasted or read back from a spec, a document's pages and size, a check that writes nothing, what
a bundle needs beyond a valid spec, and the official rubric table imported."""

import pytest
from pdf_files import write_ole2, write_pdf
from round_helpers import make_people, save_cards, write_documents

from evaluator_app.errors import RubricError
from evaluator_app.programs import load_programs
from evaluator_app.round.document_facts import document_facts
from evaluator_app.round.grid import check_grid, rows_from_applications, rows_from_text
from evaluator_app.round.model import Confirmation, RosterDraft, Window
from evaluator_app.round.new import NewRoundRequest
from evaluator_app.round_desk import check_round, new_round, send_problems

SMALL = load_programs()["strong-small"]


def test_the_grid_names_each_finding_with_its_row_and_column():
    rows = [{"id": "A01", "applicant": "경기 안산시", "applicant_kind": "시",
             "population": "690,000", "subtype": "기후위기 대응형", "title": "ACE"},
            {"id": "A02", "applicant": "서울특별시", "applicant_kind": "광역시",
             "population": "9,400,000", "subtype": "", "title": "메가시티"}]
    table = check_grid(rows, SMALL)
    found = {(p.row, p.column) for p in table.problems}
    assert (3, "기관 유형") in found and (3, "인구") in found and (3, "세부유형") in found
    assert not any(p.row == 2 for p in table.problems)
    assert table.rows[0].application.population == 690000
    assert table.rows[0].application.subtype == "climate"


def test_rows_pasted_with_or_without_the_header_and_read_back_from_a_spec():
    text = "신청번호\t사업명\t신청기관\nA01\t미래 도시\t경기 안산시\n"
    assert rows_from_text(text, SMALL) == [{"id": "A01", "title": "미래 도시",
                                            "applicant": "경기 안산시"}]
    bare = rows_from_text("A01\t경기 안산시\t시\t690000\t기후위기 대응형\tACE\r\n", SMALL)
    assert bare[0]["population"] == "690000" and bare[0]["subtype"] == "기후위기 대응형"
    apps = tuple(r.application for r in check_grid(bare, SMALL).rows)
    again = rows_from_applications(apps, SMALL)
    assert again[0]["subtype"] == "기후위기 대응형" and again[0]["population"] == "690000"


def test_a_documents_pages_size_and_verdict(tmp_path):
    pdf = document_facts(write_pdf(tmp_path / "A01.pdf", pages=4))
    assert pdf.pages == 4 and pdf.size > 0 and pdf.problem is None
    hwp = document_facts(write_ole2(tmp_path / "A02.hwp"))
    assert hwp.pages is None and "not a PDF" in hwp.problem


def test_check_round_writes_nothing_and_send_problems_wants_ticks_and_a_window(tmp_path):
    people = make_people(1)
    rows = [{"id": "A01", "applicant": "경기 안산시", "applicant_kind": "시",
             "population": "690000", "subtype": "기후위기 대응형", "title": "ACE"}]
    from openpyxl import Workbook

    wb = Workbook()
    sheet = wb.active
    sheet.title = "신청기관"
    sheet.append(["신청번호", "신청기관", "기관 유형", "인구", "세부유형", "사업명"])
    sheet.append([rows[0][k] for k in ("id", "applicant", "applicant_kind", "population",
                                       "subtype", "title")])
    wb.save(tmp_path / "a.xlsx")
    new = new_round(NewRoundRequest("strong-small", "서면", "강소형", tmp_path / "a.xlsx",
                                    write_documents(tmp_path / "docs", ["A01"]),
                                    save_cards(people, tmp_path / "cards")))
    assert new.ok, new.problems
    out = tmp_path / "new" / "folder" / "spec.toml"
    assert check_round(new.draft, out) == []
    assert not (tmp_path / "new").exists()  # nothing written, no folder left behind
    missing = send_problems(new.draft)
    assert len(missing) == 3  # chair and member not confirmed, no window
    roster = new.draft.roster
    ticked = RosterDraft(roster.chair, roster.members, {
        p: Confirmation("phone", "x") for p in (roster.chair, *roster.members)})
    from dataclasses import replace
    from datetime import datetime

    ready = replace(new.draft, roster=ticked, window=Window(
        datetime.fromisoformat("2030-01-01T09:00+09:00"),
        datetime.fromisoformat("2030-01-02T09:00+09:00")))
    assert send_problems(ready) == []


def test_the_official_table_imports_once(tmp_path, home):
    from evaluator_app.rubric.catalogue import load_catalogue
    from evaluator_app.rubric.importing import import_into_catalogue
    from evaluator_app.rubric.table import export_rubric_table

    builtin = load_catalogue()["2025-base-written"]
    table = tmp_path / "rubric.xlsx"
    export_rubric_table(builtin, table)
    with pytest.raises(RubricError, match="already exists"):
        import_into_catalogue(table)  # a shipped id is never overwritten


def test_a_file_whose_header_names_none_of_the_columns_is_refused_not_read_as_a_row(tmp_path):
    """Korean Excel's CSV (CP949) with headers of its own: the header would have become an
    application and 인구 would have landed in 기관 유형."""
    from evaluator_app.errors import SpecError
    from evaluator_app.round.grid import rows_from_file

    foreign = tmp_path / "신청기관 목록.csv"
    foreign.write_bytes("번호,기관명,인구\r\n1,세종특별자치시,390000\r\n".encode("cp949"))
    with pytest.raises(SpecError, match="names none of the applicants table's columns"):
        rows_from_file(foreign, SMALL)
    # a file of rows without any header is read in the grid's order, as before
    bare = tmp_path / "bare.csv"
    bare.write_bytes("A01,경기 안산시,시,690000,기후위기 대응형,ACE\r\n".encode("cp949"))
    assert rows_from_file(bare, SMALL)[0]["population"] == "690000"
    # and one whose 신청번호 is still to be given
    blank = tmp_path / "blank.csv"
    blank.write_bytes(",경기 안산시,시,690000,기후위기 대응형,ACE\r\n".encode("cp949"))
    assert rows_from_file(blank, SMALL)[0]["applicant"] == "경기 안산시"
    # the template's own header, reordered, is still a header
    ours = tmp_path / "ours.csv"
    ours.write_bytes("사업명,신청번호,신청기관\r\nACE,A01,경기 안산시\r\n".encode("cp949"))
    assert rows_from_file(ours, SMALL) == [{"title": "ACE", "id": "A01",
                                            "applicant": "경기 안산시"}]


def test_a_line_break_typed_in_a_cell_is_a_space_in_the_grid():
    """Alt+Enter in an Excel cell: the spec wants every name and title on one line."""
    text = '신청번호\t사업명\t신청기관\nA01\t"미래 도시\n(1단계)"\t경기 안산시\n'
    assert rows_from_text(text, SMALL)[0]["title"] == "미래 도시 (1단계)"
