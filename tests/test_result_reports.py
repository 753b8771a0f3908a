"""report.pdf, report-public.pdf and --disagreements, read back (issue 9's report outputs;
issue 20's paper: Korean only, one clock, how each number was made, the XLSX, the PDFs'
language, title and embedded fonts)."""

import csv
import json
import re
import shutil
import subprocess
import time
import zipfile
from datetime import UTC, datetime
from decimal import Decimal as D
from pathlib import Path

import pytest
from openpyxl import load_workbook
from pdf_files import english_in_brackets, paper_properties, paper_text

from evaluator_app.canonical import canonical_json
from evaluator_app.consolidation import Options, run, verify_result, write_outputs
from evaluator_app.consolidation import report_view as view
from evaluator_app.consolidation.disagreements import write_disagreements
from evaluator_app.consolidation.report_pdf import write_report_pdf
from evaluator_app.consolidation.tables import COLUMNS, KOREAN
from evaluator_app.reports.layout import PROVISIONAL_BANNER, Struck
from evaluator_app.timefmt import paper_date, paper_time
from evaluator_app.trust.bundle import load_bundle
from evaluator_demo.committee_sim import Score, sign_sheet

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")
APP_ID = re.compile(r"\bA0\d\b")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True, encoding="utf-8").stdout


def scores(i: int) -> dict:
    """A01 spread 80…86 (one highest and one lowest dropped), A02 one member far above the
    others (a flag), A04 one far below (a flag), member 1 conflicted on A03."""
    return {"A01": 80 + i, "A02": 95 if i == 3 else 70, "A03": None if i == 1 else 70,
            "A04": 55 if i == 0 else 85}


@pytest.fixture(scope="module")
def done(big, tmp_path_factory):
    root = tmp_path_factory.mktemp("reports")
    bundle = load_bundle(big.evb, big.chair)
    for i, m in enumerate(big.members):
        sign_sheet(bundle, m, scores(i), root / "sheets")
    consolidated = run([root / "sheets"], bundle, big.chair.card)
    out = root / "out"
    files = write_outputs(consolidated.result, bundle, big.chair, out,
                          disagreements=out / "disagreements.pdf")
    return bundle, consolidated.result, out, files, root


def test_outputs_are_written_and_the_result_still_verifies(done, big):
    bundle, result, out, files, root = done
    assert {f.name for f in files} >= {"result.json", "result.json.minisig", "report.pdf",
                                      "report-public.pdf", "disagreements.pdf"}
    # each member's item points travel for flagged applications only (the second round's list)
    rows = {a["id"]: a for a in result["applications"]}
    assert [m["member"] for m in rows["A02"]["member_items"]] == [
        t["member"] for t in rows["A02"]["totals"]]
    assert rows["A01"]["member_items"] == []
    check = verify_result(out / "result.json", bundle, [root / "sheets"])
    assert check.differences == []


@needs_pdftotext
def test_report_states_the_committee_figures_in_korean(done, big):
    _, result, out, _, _ = done
    text = pdf_text(out / "report.pdf")
    for heading in ("종합평가표", "채점방식", "최고·최저점 제외 평균", "제안 배점",
                    "종합 결과", "편차 확인", "평가표 검증 요약", "참고용", "확인 및 서명",
                    "위원장", "서명", "회피", result["manifest_sha256"][:40]):
        assert heading in text, heading
    assert paper_time(result["created"]) in text
    for a in result["applications"]:
        assert a["id"] in text and a["final_score"] in text
    for m in [*big.members, big.chair]:
        assert m.card.name in text and m.card.fingerprint in text
    assert "잠정" not in text  # a final result is not marked provisional


@needs_pdftotext
def test_dropped_totals_name_the_right_members(done):
    _, result, out, _, _ = done
    names = {m["fingerprint"]: m["name"] for m in result["members"]}
    lines = pdf_text(out / "report.pdf").splitlines()
    for a in result["applications"]:
        totals = {t["member"]: t["total"] for t in a["totals"]}
        line = next(x for x in lines if re.match(rf"\s*{a['id']}\s+\d+\s+최고·최저", x))
        assert " · ".join(f"{names[fp]} {totals[fp]}" for fp in a["dropped"]) in line
    a01 = next(a for a in result["applications"] if a["id"] == "A01")
    assert [names[fp] for fp in a01["dropped"]] == ["김위원", "조위원"]  # 80 and 86


@needs_pdftotext
def test_flags_are_listed_with_a_blank_for_the_reason(done):
    _, result, out, _, _ = done
    text = pdf_text(out / "report.pdf")
    assert "사유 (위원 서면 기재)" in text
    assert {(f["application"], f["member"]) for f in result["flags"]} >= {
        ("A02", result["members"][4]["fingerprint"]), ("A04", result["members"][1]["fingerprint"])}
    for f in result["flags"]:
        assert re.search(rf"{f['application']}\s+\S+\s+{f['total']}\s+{f['others_mean']}", text)


@needs_pdftotext
def test_public_report_names_no_one_and_keeps_the_rule(done, big, tmp_path):
    _, result, out, _, _ = done
    text = pdf_text(out / "report-public.pdf")
    people = [*big.members, big.chair, big.secretariat]
    for m in people:
        assert m.card.name not in text
        assert m.card.fingerprint not in text
        assert m.card.affiliation not in text
    assert not re.search(r"[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}", text)
    assert "위원 A" in text and "위원 G" in text
    assert "최고·최저점 제외 평균" in text and "채점방식" in text
    for a in result["applications"]:
        assert a["id"] in text and a["final_score"] in text
    used = re.findall(r"^\s*사용\s+위원 ([A-Z])\s", text, re.MULTILINE)
    assert len(used) == 7 and used == sorted(used)  # the roster order does not show through
    # the same result gives the same column order and the same bytes
    again = write_report_pdf(result, tmp_path / "again.pdf", public=True)
    assert again.read_bytes() == (out / "report-public.pdf").read_bytes()
    assert view.columns(result, True) == view.columns(dict(result), True)
    order = [c.member for c in view.columns(result, True)]
    assert sorted(order) == sorted(c.member for c in view.columns(result, False))


def test_public_columns_follow_the_result_bytes(done):
    _, result, _, _, _ = done
    other = dict(result, created="2025-06-05T17:00:00+09:00")
    orders = {tuple(c.member for c in view.columns(r, True)) for r in (result, other)}
    assert len(orders) == 2  # (a 1-in-5040 chance of equal orders would be a fixed false alarm)
    assert [c.label for c in view.columns(result, True)][:3] == ["위원 A", "위원 B", "위원 C"]
    assert view.scrub(f"{result['members'][1]['name']} 요청", result, True).endswith(" 요청")
    assert result["members"][1]["name"] not in view.scrub(result["members"][1]["name"], result,
                                                          True)


@needs_pdftotext
def test_disagreements_pdf_lists_exactly_the_flagged_applications(done, big):
    _, result, out, _, _ = done
    flagged = {f["application"] for f in result["flags"]}
    assert flagged == {"A02", "A04"}
    text = pdf_text(out / "disagreements.pdf")
    assert set(APP_ID.findall(text)) == flagged
    assert "편차 검토 목록" in text and "위원 간 차이가 큰 항목" in text
    for m in big.members:
        assert m.card.name not in text and m.card.fingerprint not in text


def test_the_same_result_gives_the_same_files_byte_for_byte(done, big, tmp_path):
    """Whoever writes the outputs of the same result again gets the folder's SHA256SUMS back:
    the workbook too, which openpyxl would stamp with the moment it was written."""
    bundle, result, _, _, _ = done
    result = {**result, "created": "2025-07-14T10:00:03+09:00"}  # not this run's clock
    first, again = tmp_path / "first", tmp_path / "again"
    # once as the consolidation made it, once as read back from its file (keys sorted)
    read_back = json.loads(canonical_json(result))
    for folder, written in ((first, result), (again, read_back)):
        write_outputs(written, bundle, big.chair, folder,
                      disagreements=folder / "disagreements.pdf")
    assert (again / "SHA256SUMS").read_bytes() == (first / "SHA256SUMS").read_bytes()
    created = datetime.fromisoformat(result["created"]).astimezone(UTC)
    with zipfile.ZipFile(again / "result.xlsx") as z:
        stamp = created.replace(second=created.second // 2 * 2)  # a ZIP keeps 2-second steps
        assert {i.date_time for i in z.infolist()} == {stamp.timetuple()[:6]}
    props = load_workbook(again / "result.xlsx").properties
    assert props.created == props.modified == created.replace(tzinfo=None)


def test_disagreements_xlsx(done, big, tmp_path):
    bundle, result, _, _, _ = done
    rubrics = {r.content_hash: r for r in bundle.rubrics()}
    path = write_disagreements(result, rubrics, tmp_path / "d.xlsx")
    wb = load_workbook(path)
    flags = list(wb["편차"].iter_rows(min_row=2, values_only=True))
    assert sorted({r[0] for r in flags}) == ["A02", "A04"]
    labels = view.labels(result, True)
    assert {(r[0], r[3]) for r in flags} == {(f["application"], labels[f["member"]])
                                             for f in result["flags"]}
    items = list(wb["항목"].iter_rows(min_row=2, values_only=True))
    assert items and {r[0] for r in items} <= {"A02", "A04"}
    assert all(r[-2] > 0 for r in items)  # only items members differ on
    cells = " ".join(str(v) for ws in wb for row in ws.iter_rows(values_only=True) for v in row)
    for m in big.members:
        assert m.card.name not in cells and m.card.fingerprint not in cells


@needs_pdftotext
def test_provisional_report_is_marked_on_every_page(big, tmp_path):
    bundle = load_bundle(big.evb, big.chair)
    for i, m in enumerate(big.members[:5]):
        sign_sheet(bundle, m, scores(i), tmp_path / "sheets")
    result = run([tmp_path / "sheets"], bundle, None,
                 options=Options(provisional=True)).result
    out = write_report_pdf(result, tmp_path / "report.pdf")
    pages = [pg for pg in pdf_text(out).split("\f") if pg.strip()]
    assert len(pages) >= 2
    assert all(PROVISIONAL_BANNER in pg for pg in pages)
    assert PROVISIONAL_BANNER.startswith("잠정 — ")
    assert "미제출" in pages[0]
    assert english_in_brackets(paper_text(out)) == []
    assert paper_properties(out)["subject"].endswith("잠정 결과")


def test_consolidate_cli_writes_the_disagreements(big, tmp_path, run_cli):
    from identity_files import identity_file

    bundle = load_bundle(big.evb, big.chair)
    for i, m in enumerate(big.members):
        sign_sheet(bundle, m, scores(i), tmp_path / "sheets")
    identity_file(big.chair, tmp_path / "chair.age", "chair passphrase")
    (tmp_path / "pp").write_text("chair passphrase\n", encoding="utf-8")
    key = ["--identity-file", str(tmp_path / "chair.age"), "--passphrase-file",
           str(tmp_path / "pp")]
    out = tmp_path / "out"
    r = run_cli("consolidate", "--bundle", str(big.evb), str(tmp_path / "sheets"), "--out",
                str(out), "--disagreements", str(tmp_path / "second-round.xlsx"), *key)
    assert r.exit_code == 0, r.output
    assert (out / "report.pdf").exists() and (out / "report-public.pdf").exists()
    assert "second-round.xlsx" in r.output
    wb = load_workbook(tmp_path / "second-round.xlsx")
    assert sorted({row[0] for row in wb["편차"].iter_rows(min_row=2, values_only=True)}) == [
        "A02", "A04"]
    bad = run_cli("consolidate", "--bundle", str(big.evb), str(tmp_path / "sheets"), "--out",
                  str(out), "--disagreements", str(tmp_path / "x.docx"), *key)
    assert bad.exit_code != 0 and ".pdf or .xlsx" in bad.output


class _Recorder:
    """A canvas that records what is drawn."""

    def __init__(self) -> None:
        self.calls: list[tuple] = []

    def __getattr__(self, name: str):
        return lambda *args: self.calls.append((name, *args))


def test_struck_draws_a_line_through_its_text():
    f = Struck("86 ▲", 8.5)
    width, _ = f.wrap(60, 20)
    f.canv = _Recorder()
    f.draw()
    text = next(c for c in f.canv.calls if c[0] == "drawString")
    line = next(c for c in f.canv.calls if c[0] == "line")
    x, y = text[1], text[2]
    assert text[3] == "86 ▲" and width == 60
    x1, y1, x2, y2 = line[1:]
    assert y1 == y2 and y < y1 < y + 8.5  # horizontal, through the letters
    assert x1 < x and x2 > x + f.text_width  # across the whole text


def test_letters():
    assert view.letter(0) == "A" and view.letter(25) == "Z" and view.letter(26) == "AA"


# ---- issue 20: the paper -------------------------------------------------------------------

@needs_pdftotext
def test_every_report_is_korean_only(done):
    """No English word in brackets on any paper of the consolidation (the zone label of a
    time aside), and the headings keep their Korean words."""
    _, _, out, _, _ = done
    for name in ("report.pdf", "report-public.pdf", "disagreements.pdf"):
        text = paper_text(out / name)
        assert english_in_brackets(text) == [], name
    text = pdf_text(out / "report.pdf")
    for heading in ("편차 확인", "평가표 검증 요약", "산정 내역과 참고 지표", "확인 및 서명",
                    "위원별 채점 경향 — 참고용", "공개키 지문", "서면평가", "[제안 배점]"):
        assert heading in text, heading
    for english in ("fingerprint", "signatures", "verification", "proposed", "provisional",
                    "calibration", "reference only", "--accept"):
        assert english not in text, english


def test_the_english_finder_finds_what_the_old_papers_printed():
    old = ("종합 결과 (applications × members) 편차 확인 (deviation flags) 평가표 [제안(proposed)] "
           "지문 (fingerprint) 잠정 (provisional, not signed) 위원 A (서약서 sha256 e33a…)")
    assert len(english_in_brackets(old)) == 6
    assert english_in_brackets("2025. 6. 5. 14:30 (KST) (위원 A, B, C…) (UTC+05:30) (가상 예시)"
                               ) == []


@pytest.fixture
def machine_zone(monkeypatch):
    """Set the machine's zone for one test (POSIX TZ strings: no tz database needed)."""
    def set_zone(tz: str) -> None:
        monkeypatch.setenv("TZ", tz)
        time.tzset()
    yield set_zone
    monkeypatch.undo()
    time.tzset()


def test_papers_print_the_machines_local_time_with_its_zone(machine_zone):
    machine_zone("KST-9")
    assert paper_time("2025-06-05T05:30:00+00:00") == "2025. 6. 5. 14:30 (KST)"
    assert paper_time("2025-06-05T23:30:00+09:00") == "2025. 6. 5. 23:30 (KST)"
    assert paper_date("2025-06-05T20:00:00+00:00") == "2025. 6. 6."  # the local day
    machine_zone("UTC0")
    assert paper_time("2025-06-05T14:30:00+09:00") == "2025. 6. 5. 05:30 (UTC)"
    assert paper_time("not a time") == "not a time" and paper_time("") == ""


@needs_pdftotext
def test_the_reports_print_one_clock(done):
    """종합 일시 on report.pdf and disagreements.pdf, and the day of the signature line, as the
    평가표 prints its times (timefmt.paper_time: local time and zone)."""
    _, result, out, _, _ = done
    when = paper_time(result["created"])
    assert re.fullmatch(r"\d{4}\. \d{1,2}\. \d{1,2}\. \d\d:\d\d \(\S+\)", when)
    for name in ("report.pdf", "report-public.pdf", "disagreements.pdf"):
        text = " ".join(pdf_text(out / name).split())
        assert f"종합 일시 {when}" in text, name
    text = " ".join(pdf_text(out / "report.pdf").split())
    assert f"확인합니다. {paper_date(result['created'])}" in text


@needs_pdftotext
def test_the_disagreements_list_says_its_item_mean_is_over_every_member(done, big, tmp_path):
    bundle, result, out, _, _ = done
    text = " ".join(pdf_text(out / "disagreements.pdf").split())
    assert "전원 평균" in text
    assert "이 신청을 채점한 위원 전원의 항목 평균" in text and "제외된 위원을 뺀 평균" in text
    wb = load_workbook(write_disagreements(result, {r.content_hash: r for r in bundle.rubrics()},
                                           tmp_path / "d.xlsx"))
    assert wb["항목"]["A1"].value == "신청번호" and wb["항목"].cell(1, wb["항목"].max_column
                                                                   ).value == "전원 평균"


@pytest.fixture(scope="module")
def tied(big, tmp_path_factory):
    """A03 and A06 both 80.00 on the two rubrics of one overall order; A03 has the higher mean
    on group 2 (the rubrics' first tie_break group): A03 is 3rd (선정), A06 4th (예비)."""
    root = tmp_path_factory.mktemp("tied")
    bundle = load_bundle(big.evb, big.chair)
    strong = Score(D(80), {"2-1": D(10), "2-2": D(10), "2-3": D(10)})
    weak = Score(D(80), {"2-1": D(10), "2-2": D(10), "2-3": D(0)})
    scores = {"A01": 86, "A02": 84, "A03": strong, "A04": 70, "A05": 65, "A06": weak}
    for i, m in enumerate(big.members):
        sign_sheet(bundle, m, {**scores, "A03": None} if i == 1 else scores, root / "sheets")
    result = run([root / "sheets"], bundle, big.chair.card).result
    return result, write_report_pdf(result, root / "report.pdf")


@needs_pdftotext
def test_a_tie_break_that_decided_a_place_is_noted_under_the_table(tied):
    result, report = tied
    apps = {a["id"]: a for a in result["applications"]}
    assert apps["A03"]["final_score"] == apps["A06"]["final_score"] == "80.00"
    assert (apps["A03"]["status"], apps["A06"]["status"]) == ("선정", "예비")
    text = " ".join(pdf_text(report).split())
    note = ("동점 처리 — 최종점수 80.00점 동점인 A03, A06: 평가표의 동점 처리 기준으로 순위를 "
            "정함. 평가항목 2 평균(산정에 반영된 위원 기준) A03 30.00 > A06 20.00 → A03 선정, "
            "A06 예비.")
    assert note in text
    # under the matrix and its legend, before the flags' heading
    lines = paper_text(report).splitlines()
    legend = next(i for i, x in enumerate(lines) if "위원회가 확정함" in x)
    at = next(i for i, x in enumerate(lines) if x.startswith("동점 처리 —"))
    assert legend < at < lines.index("편차 확인")
    assert view.tie_break_notes(result) == [note]
    # no tie-break, no note: A04 and A05 are not tied
    assert len(re.findall("동점 처리 —", text)) == 1


def test_an_equal_score_that_shares_a_rank_or_decides_nothing_has_no_note(tied):
    result, _ = tied
    apps = [dict(a) for a in result["applications"]]
    for a in apps:  # A03 and A06 both 미선정 now: the tie-break decided no place
        if a["id"] in ("A03", "A06"):
            a["status"] = "미선정"
    assert view.tie_break_notes(dict(result, applications=apps)) == []
    for a in apps:  # sharing a rank: nothing was broken
        if a["id"] in ("A03", "A06"):
            a["status"], a["rank_overall"] = "선정", 3
    assert view.tie_break_notes(dict(result, applications=apps)) == []


@needs_pdftotext
def test_the_presentation_report_prints_the_drawn_seed_and_order(done, tmp_path):
    _, result, _, _, _ = done
    assert view.agenda_line(result) is None  # a 서면 result has no presentation order
    drawn = dict(result, agenda={"order": ["A04", "A01", "A03", "A02"], "seed": "510869",
                                 "review": {"order": "draw", "presentation_minutes": 10,
                                            "questions_minutes": 15}})
    text = " ".join(pdf_text(write_report_pdf(drawn, tmp_path / "r.pdf")).split())
    assert "발표 순서 추첨 시드 510869로 추첨한 순서: A04 → A01 → A03 → A02" in text
    assert "발표 10분 + 질의응답 15분" in text
    spec = dict(drawn, agenda={"order": ["A01", "A02"], "seed": None,
                               "review": {"order": "spec", "presentation_minutes": 10,
                                          "questions_minutes": 10}})
    text = " ".join(pdf_text(write_report_pdf(spec, tmp_path / "s.pdf", public=True)).split())
    assert "평가 계획에 정한 순서: A01 → A02" in text and "추첨" not in text


def test_the_xlsx_has_korean_headers_two_decimals_a_frozen_header_and_a4_landscape(done):
    _, result, out, _, _ = done
    wb = load_workbook(out / "result.xlsx")
    ws = wb["종합평가"]
    head = [c.value for c in ws[1]]
    assert head[:len(COLUMNS)] == [KOREAN[c] for c in COLUMNS]
    assert not set(head) & set(COLUMNS)  # no machine name left in the XLSX header
    assert ws.freeze_panes == "C2" and ws.print_title_rows == "$1:$1"
    setup = ws.page_setup
    assert (int(setup.paperSize), setup.orientation) == (9, "landscape")  # 9: A4
    assert setup.fitToWidth == 1 and ws.sheet_properties.pageSetUpPr.fitToPage
    assert ws.print_area == f"'종합평가'!$A$1:${ws.cell(1, ws.max_column).column_letter}$" \
                            f"{ws.max_row}"
    assert ws.max_row == 1 + len(result["applications"])
    col = {h: i for i, h in enumerate(head)}
    for row in ws.iter_rows(min_row=2):
        final = row[col["최종점수"]]
        assert isinstance(final.value, int | float) and final.number_format == "0.00"
        assert row[col["표준편차"]].number_format == "0.00"
        assert row[col["z 평균"]].number_format == "0.000"
        assert row[col["순위"]].number_format == "0"
        assert all(c.number_format == "0.00" for c in row[len(COLUMNS):]
                   if isinstance(c.value, int | float))  # each member's total
        assert row[col["산정방식"]].value == "최고·최저점 제외 평균"
    check = wb["검증"]
    assert [c.value for c in check[1]] == ["상태", "위원", "개정", "sha256", "파일", "사유"]
    assert check.freeze_panes == "A2" and check.page_setup.orientation == "landscape"
    assert {r[0] for r in check.iter_rows(min_row=2, values_only=True)} == {"사용"}
    # the CSV keeps its documented machine headers
    with (out / "result.csv").open(encoding="utf-8-sig", newline="") as fh:
        assert next(csv.reader(fh))[:len(COLUMNS)] == list(COLUMNS)


def test_every_report_names_its_language_and_title_and_embeds_its_fonts(done):
    _, result, out, _, _ = done
    title = result["session"]["title"]
    expected = {"report.pdf": f"종합평가표 — {title}",
                "report-public.pdf": f"종합평가 결과 (공개용) — {title}",
                "disagreements.pdf": f"편차 검토 목록 — {title}"}
    for name, heading in expected.items():
        props = paper_properties(out / name)
        assert props["lang"] == "ko-KR", name
        assert props["title"] == heading and props["shows_title"], name
        assert result["session"]["id"] in props["subject"] and "서면평가" in props["subject"]
        assert props["unembedded"] == [], name  # Helvetica was referenced, not embedded
