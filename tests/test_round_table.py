"""`session new` on a table with every family of bad row at once (exit 2, nothing written), and
the applicants table read from CP949, UTF-8 and UTF-8-with-BOM CSV files."""

import csv
import io
import re
import tempfile
from pathlib import Path

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st
from pdf_files import write_ole2, write_pdf
from round_helpers import ROWS, fill_template, make_people, save_cards

from evaluator_app.programs import get_program
from evaluator_app.round.applicants import read_applicants
from evaluator_app.round.template import write_template
from evaluator_app.spreadsheet import decode_csv


@pytest.fixture(scope="module")
def people():
    return make_people(2)


@pytest.fixture(scope="module")
def template(tmp_path_factory) -> Path:
    table, _ = write_template("strong-small", "서면", tmp_path_factory.mktemp("t"))
    return table


def base_row(aid: str, **kw) -> dict:
    return {"신청번호": aid, "신청기관": f"{aid}시 (가상 예시)", "기관 유형": "시", "인구": 100000,
            "세부유형": "기후위기 대응형", "사업명": f"사업 {aid}", **kw}


def test_every_bad_row_named_at_once(people, template, run_cli, tmp_path):
    rows = [base_row("A01"),
            base_row("A02", 인구=1_200_000),  # over the strong-small cap
            base_row("A02", 세부유형="관광형"),  # duplicate id, unknown subtype
            base_row("A04"),  # no document
            base_row("A05"),  # its document is an HWP file
            base_row("A06", 문서="계획서-여섯.pdf")]  # the 문서 column names a missing file
    table = fill_template(template, rows, tmp_path / "신청.xlsx")
    docs = tmp_path / "docs"
    for name in ("A01.pdf", "A02_사업계획서.pdf", "A09.pdf"):  # A09: no such row
        write_pdf(docs / name)
    write_ole2(docs / "A05_사업계획서.hwp")
    cards = save_cards(people, tmp_path / "cards")
    (cards / "broken.json").write_text("{not json", encoding="utf-8")
    out = tmp_path / "new-round" / "spec.toml"
    result = run_cli("session", "new", "--program", "strong-small", "--stage", "서면",
                     "--title", "강소형", "--applicants", str(table), "--documents", str(docs),
                     "--cards", str(cards), "--out", str(out))
    assert result.exit_code == 2
    text = result.output
    expected = [
        "신청.xlsx, row 4, column D (인구): population 1,200,000 is not below the strong-small "
        "cap of 1,000,000",
        "신청.xlsx, row 5, column A (신청번호): 신청번호 A02 is already used in row 4",
        "신청.xlsx, row 5, column E (세부유형): unknown 세부유형 '관광형'",
        "신청.xlsx, row 6, column G (문서): no document for A04",
        "신청.xlsx, row 7, column A (신청번호): document A05_사업계획서.hwp is a 한글 (HWP) "
        "document, not a PDF",
        "신청.xlsx, row 8, column G (문서): document 계획서-여섯.pdf is not in the documents "
        "folder",
        "docs/A09.pdf: an extra document",
        "cards/broken.json: not a card",
    ]
    for line in expected:
        assert line in text, (line, text)
    assert "nothing was written" in text
    assert not out.exists() and not out.parent.exists()


def test_a_card_that_is_not_a_card_and_roles(people, template, run_cli, tmp_path):
    table = fill_template(template, [base_row("A01")], tmp_path / "t.xlsx")
    write_pdf(tmp_path / "docs" / "A01.pdf")
    cards = tmp_path / "cards"
    people.members[0].card.save(cards.mkdir() or cards / "m1.json")
    people.secretariat.card.save(cards / "sec.json")
    altered = people.members[1].card.to_dict() | {"name": "바뀐 이름"}
    (cards / "m2.json").write_text(str(altered).replace("'", '"'), encoding="utf-8")
    (cards / "photo.png").write_bytes(b"\x89PNG")
    result = run_cli("session", "new", "--program", "strong-small", "--stage", "서면",
                     "--title", "t", "--applicants", str(table), "--documents",
                     str(tmp_path / "docs"), "--cards", str(cards), "--out",
                     str(tmp_path / "s.toml"))
    assert result.exit_code == 2
    assert "cards/m2.json: not a card: the card's signature does not verify" in result.output
    assert "cards/photo.png: not a card" in result.output
    assert "cards/sec.json: the secretariat's card" in result.output
    assert "no chair: put the chair's card in the cards folder or pass --chair" in result.output
    assert not (tmp_path / "s.toml").exists()


def csv_bytes(rows: list[dict], encoding: str) -> bytes:
    header = ["신청번호", "신청기관", "기관 유형", "인구", "세부유형", "사업명", "문서"]
    buf = io.StringIO()
    w = csv.writer(buf, lineterminator="\r\n")
    w.writerow(header)
    for r in rows:
        w.writerow([r.get(h, "") for h in header])
    return buf.getvalue().encode(encoding)


@pytest.mark.parametrize("encoding", ["cp949", "utf-8", "utf-8-sig"])
def test_csv_in_every_encoding_excel_saves(encoding, tmp_path):
    rows = [base_row("A00", 신청기관="충남 청양군", **{"기관 유형": "군"}),
            *ROWS["strong-small"]]
    path = tmp_path / "신청기관.csv"
    path.write_bytes(csv_bytes(rows, encoding))
    table = read_applicants(path, get_program("strong-small"))
    assert table.problems == []
    assert [r.application.applicant for r in table.rows] == ["충남 청양군", "경기 안산시",
                                                             "경남 김해시"]
    assert table.rows[0].application.applicant_kind == "군"
    assert table.rows[1].application.subtype == "population"
    assert table.rows[2].application.population == 530_000


def test_a_csv_in_neither_encoding(tmp_path):
    path = tmp_path / "t.csv"
    path.write_bytes(b"\xff\xfe\x80\x80")
    table = read_applicants(path, get_program("base"))
    assert "neither UTF-8 nor CP949" in str(table.problems[0])


KOREAN_TEXT = st.text(st.one_of(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
                                st.characters(min_codepoint=0x20, max_codepoint=0x7E)),
                      max_size=40)


@settings(max_examples=300, deadline=None)
@given(KOREAN_TEXT, st.sampled_from(["cp949", "utf-8", "utf-8-sig"]))
def test_csv_text_is_never_mojibake(text, encoding):
    """Hangul and ASCII come back as written, whichever encoding Excel chose — including
    CP949 text that also happens to be valid UTF-8 (청, 호, 천 …)."""
    assert decode_csv(text.encode(encoding)) == text


def test_the_cp949_text_that_is_also_utf8():
    data = "청호천".encode("cp949")
    assert data.decode("utf-8")  # valid UTF-8, as mojibake
    assert decode_csv(data) == "청호천"


CUT = "the file ends inside it (a copy cut short, or a stray quote)"


@pytest.mark.parametrize("encoding", ["cp949", "utf-8-sig"])
def test_a_csv_cut_inside_a_quoted_field_is_refused(people, run_cli, tmp_path, encoding):
    """A copy cut short (USB stick pulled) inside a quoted field imported its last row cut
    off — here 인구 "530,000" as 530. A closed quoted field over two lines still reads."""
    rows = [base_row("A00", 사업명="첫 줄\n둘째 줄, \"따옴표\""), *ROWS["strong-small"]]
    whole = csv_bytes(rows, encoding)
    path = tmp_path / "신청 기관.csv"
    path.write_bytes(whole)
    table = read_applicants(path, get_program("strong-small"))
    assert table.problems == []
    # (the line break inside it is a space: a title is printed on one line)
    assert table.rows[0].application.title == '첫 줄 둘째 줄, "따옴표"'
    assert table.rows[2].application.population == 530_000
    path.write_bytes(whole[:whole.rindex(b'"530') + 4])
    write_pdf(tmp_path / "docs" / "A01.pdf")
    cards = save_cards(people, tmp_path / "cards")
    result = run_cli("session", "new", "--program", "strong-small", "--stage", "서면",
                     "--title", "t", "--applicants", str(path), "--documents",
                     str(tmp_path / "docs"), "--cards", str(cards), "--out",
                     str(tmp_path / "s.toml"))
    assert result.exit_code == 2, result.output
    assert (f'{path}: the quote (") that opens a field on line 5 is never closed, {CUT}'
            in result.output), result.output
    assert not (tmp_path / "s.toml").exists()


CELL = st.text(st.one_of(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
                         st.characters(min_codepoint=0x20, max_codepoint=0x7E),
                         st.sampled_from(["\r", "\n", ",", '"'])), max_size=12)


@st.composite
def tables(draw) -> list[list[str]]:
    width = draw(st.integers(1, 4))
    header = draw(st.lists(CELL.filter(lambda c: c.strip() != ""), min_size=width,
                           max_size=width))
    body = draw(st.lists(st.lists(CELL, min_size=width, max_size=width), max_size=5))
    return [header, *body]


def _fields(row: list[str], quote_all: bool) -> list[str]:
    """How csv.writer writes each field of `row` (excel dialect, CRLF lines); a row of one
    empty field is quoted, to tell it from an empty line."""
    return ['"' + v.replace('"', '""') + '"'
            if quote_all or any(c in v for c in ',"\r\n') or row == [""] else v for v in row]


@settings(max_examples=150, deadline=None)
@given(tables(), st.sampled_from(["cp949", "utf-8", "utf-8-sig"]), st.booleans(), st.data())
def test_a_written_table_reads_back_and_its_cut_copy_is_refused(rows, encoding, quote_all,
                                                                 data):
    """Any table csv.writer writes (commas, quotes, line breaks inside fields) reads back as
    written in every encoding Excel saves; cut inside any quoted field, it is refused, naming
    the line that field opens on."""
    from evaluator_app.errors import SpecError
    from evaluator_app.spreadsheet import read_table

    buf = io.StringIO()
    csv.writer(buf, quoting=csv.QUOTE_ALL if quote_all else csv.QUOTE_MINIMAL).writerows(rows)
    text = buf.getvalue()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "신청 기관.csv"
        path.write_bytes(text.encode(encoding))
        assert read_table(path, "신청기관", SpecError) == rows
        quoted = [(r, c) for r, row in enumerate(rows)
                  for c, field in enumerate(_fields(row, quote_all)) if field.startswith('"')]
        assume(quoted)
        r, c = data.draw(st.sampled_from(quoted))
        before = "".join(",".join(_fields(row, quote_all)) + "\r\n" for row in rows[:r])
        before += "".join(f + "," for f in _fields(rows[r], quote_all)[:c]) + '"'
        assert text.startswith(before)
        escaped = rows[r][c].replace('"', '""')
        k = data.draw(st.integers(0, len(escaped)))
        assume((len(escaped[:k]) - len(escaped[:k].rstrip('"'))) % 2 == 0)  # not half a ""
        path.write_bytes((before + escaped[:k]).encode(encoding))
        opens_on = 1 + len(re.findall(r"\r\n|\r|\n", before))
        with pytest.raises(SpecError) as refused:
            read_table(path, "신청기관", SpecError)
        assert refused.value.message == (f'{path}: the quote (") that opens a field on line '
                                         f"{opens_on} is never closed, {CUT}")


def test_folders_the_documents_column_slides_and_conflicts(people, template, tmp_path):
    """A02's files in a folder A02/, A03's named by the 문서 column, a 발표 stage's 발표자료 as
    slides; a conflicts table (CP949, Korean ground wording) by card file or the card's name."""
    from evaluator_app.round.new import NewRoundRequest
    from evaluator_app.round_desk import new_round, save_round
    from evaluator_app.session_spec import load_spec

    table = fill_template(template, [base_row("A01"), base_row("A02"),
                                     base_row("A03", 문서="계획서 셋.pdf; 부록.pdf")],
                          tmp_path / "t.xlsx")
    docs = tmp_path / "docs"
    for name in ("A01_사업계획서.pdf", "A01_발표자료.pdf", "A02/plan.pdf", "계획서 셋.pdf",
                 "부록.pdf"):
        write_pdf(docs / name)
    (docs / "Thumbs.db").write_bytes(b"x")  # what Windows leaves behind: not a document
    conflicts = tmp_path / "이해충돌.csv"
    conflicts.write_bytes("평가위원,신청번호,사유 구분,사유\nm1.json,A02,자문·연구·용역·감정,"
                          "2024년 자문\n위원2,A03,other,공동 출자 기관 재직\n".encode("cp949"))
    new = new_round(NewRoundRequest("strong-small", "발표", "강소형 발표평가", table, docs,
                                    save_cards(people, tmp_path / "cards"),
                                    conflicts=conflicts))
    assert new.problems == []
    apps = {a.id: a for a in new.draft.applications}
    assert [p.name for p in apps["A01"].documents] == ["A01_사업계획서.pdf"]
    assert [p.name for p in apps["A01"].slides] == ["A01_발표자료.pdf"]
    assert [p.name for p in apps["A02"].documents] == ["plan.pdf"]
    assert [p.name for p in apps["A03"].documents] == ["계획서 셋.pdf", "부록.pdf"]
    assert [(c.member.name, c.application, c.ground) for c in new.draft.conflicts] == [
        ("m1.json", "A02", "advice"), ("m2.json", "A03", "other")]
    spec = tmp_path / "out" / "spec.toml"
    assert save_round(new.draft, spec) == []
    loaded = load_spec(spec)
    assert loaded.review is not None and len(loaded.conflicts) == 2
    assert loaded.id == "2025-strong-small-presentation"
