"""report.pdf, report-public.pdf and --disagreements, read back (issue 9's report outputs)."""

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook

from evaluator_app.committee_sim import sign_sheet
from evaluator_app.consolidation import Options, run, verify_result, write_outputs
from evaluator_app.consolidation import report_view as view
from evaluator_app.consolidation.disagreements import write_disagreements
from evaluator_app.consolidation.report_pdf import write_report_pdf
from evaluator_app.reports.layout import Struck, korean_datetime
from evaluator_app.trust.bundle import load_bundle

needs_pdftotext = pytest.mark.skipif(shutil.which("pdftotext") is None,
                                     reason="pdftotext (poppler-utils) is not installed")
APP_ID = re.compile(r"\bA0\d\b")


def pdf_text(path: Path) -> str:
    return subprocess.run(["pdftotext", "-layout", str(path), "-"], check=True,
                          capture_output=True, text=True).stdout


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
    for heading in ("종합평가표", "채점방식", "최고·최저점 제외 평균", "제안(proposed)",
                    "종합 결과", "편차 확인", "평가표 검증 요약", "참고용", "확인 및 서명",
                    "위원장", "서명", "회피", result["manifest_sha256"][:40]):
        assert heading in text, heading
    assert korean_datetime(result["created"]) in text
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
    assert all("잠정 (provisional, not signed)" in pg for pg in pages)
    assert "미제출" in pages[0]


def test_consolidate_cli_writes_the_disagreements(big, tmp_path, run_cli):
    from evaluator_app.trust.identity import save_identity_file

    bundle = load_bundle(big.evb, big.chair)
    for i, m in enumerate(big.members):
        sign_sheet(bundle, m, scores(i), tmp_path / "sheets")
    save_identity_file(big.chair, tmp_path / "chair.age", "chair passphrase")
    (tmp_path / "pp").write_text("chair passphrase\n")
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


def test_korean_datetime():
    assert korean_datetime("2025-06-05T17:00:00+09:00") == "2025. 6. 5. 17:00"
    assert view.letter(0) == "A" and view.letter(25) == "Z" and view.letter(26) == "AA"
