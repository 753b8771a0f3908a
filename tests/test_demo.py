"""`evaluator demo`: the whole round, with --simulate, and every program's round."""

import json
from dataclasses import replace
from datetime import datetime
from pathlib import Path

import pytest
from pypdf import PdfReader

from evaluator_app.canonical import sha256_hex
from evaluator_app.cards import Card
from evaluator_app.programs import load_programs
from evaluator_app.round.new import NewRoundRequest, pledge_text
from evaluator_app.round.spec_io import read_spec, spec_text
from evaluator_app.round_desk import new_round
from evaluator_app.trust.identity import Identity, load_identity_file
from evaluator_app.workspace import Workspace
from evaluator_demo.members import MEMBERS, PEOPLE
from evaluator_demo.plan_pdf import write_plan
from evaluator_demo.rounds import PROGRAMS, make_apps, session_id, session_title
from evaluator_demo.secretariat import prepare_round


def assert_every_sheet_is_a_workspace_export(out: Path, folder: Path, title: str) -> int:
    """Each sheet in `folder` carries the hash of the session's pledge and the head of its
    member's own audit log, which records its export (simulated members included)."""
    who = {json.loads(c.read_text(encoding="utf-8"))["fingerprint"]: c.stem
           for c in (out / "cards").glob("*.json")}
    pledge = sha256_hex(pledge_text(title).encode("utf-8"))
    sheets = sorted(folder.glob("*.json"))
    for path in sheets:
        sheet = json.loads(path.read_bytes())
        assert sheet["pledge"]["pledge_sha256"] == pledge, path.name
        with Workspace.open(out / who[sheet["member"]["fingerprint"]]) as ws:
            report = ws.audit_verify([(sheet, "sha256:" + sha256_hex(path.read_bytes()))])
        assert report.ok, (path.name, report.problems)
    return len(sheets)


def assert_written_by_session_new(folder: Path, text: str, stage: str, **request) -> None:
    """The demo's secretariat went the secretariat's way: `session template`, then the filled
    template, the documents and cards folders and the conflicts table through `session new`,
    which wrote the very spec the round was bundled from (composed again here from those
    files, it reads the same, byte for byte), then `session confirm` for every card on the
    roster, each with its own card's fingerprint."""
    from openpyxl import load_workbook

    assert f"$ evaluator session template --program strong-small --stage {stage} --out " \
        f"{folder / 'template'}" in text
    assert f"$ evaluator session new --program strong-small --stage {stage}" in text
    assert f"wrote {folder / 'spec.toml'}: session" in text
    table = load_workbook(folder / "applicants.xlsx")
    assert table.sheetnames == ["신청기관", "안내"]  # the template, filled in
    written = read_spec(folder / "spec.toml")
    rows = [r[0] for r in table["신청기관"].iter_rows(min_row=2, values_only=True) if r[0]]
    assert rows == [a.id for a in written.applications]  # the example row deleted
    again = new_round(NewRoundRequest(
        "strong-small", stage, session_title("strong-small", stage), folder / "applicants.xlsx",
        folder / "documents", folder.parent / "round" / "cards",
        conflicts=folder / "conflicts.xlsx" if (folder / "conflicts.xlsx").exists() else None,
        window=written.window, review=written.session.review, **request))
    assert again.ok, again.problems
    roster = written.roster
    assert roster is not None and set(roster.confirmed) == {roster.chair, *roster.members}
    assert all(c.how == "phone" and c.fingerprint == Card.load(path).fingerprint
               for path, c in roster.confirmed.items())
    assert text.count("$ evaluator session confirm ") >= len(roster.confirmed)
    confirmed = replace(again.draft, roster=replace(again.draft.roster,
                                                    confirmed=roster.confirmed))
    # `session new`'s text, with the confirmations recorded in it (in place: `session confirm`
    # changes only [roster.confirmed])
    assert read_spec(folder / "spec.toml") == confirmed
    head, table, rest = (folder / "spec.toml").read_text(encoding="utf-8").partition(
        "[roster.confirmed]\n")
    assert table and head + rest.partition("\n\n")[2] == spec_text(again.draft, folder)


def test_the_simulated_round_ends_in_a_verified_result(run_cli, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", "restored after the test")  # the demo sets it
    out = tmp_path / "demo"
    result = run_cli("demo", "--no-gui", "--simulate", "--dir", str(out))
    assert result.exit_code == 0, result.output
    text = result.output
    # the round: 16 applications, a chair and seven members, a pre-declared conflict
    spec = (out / "round" / "spec.toml").read_text(encoding="utf-8")
    assert 'title = "2025 강소형 스마트도시 조성사업 서면평가"' in spec
    assert spec.count("[[applications]]") == 16 and spec.count("[[conflicts]]") == 1
    for real in ("경기 안산시", "경북 김천시", "경남 김해시"):
        assert f'applicant = "{real}"' in spec
    assert spec.count('(가상 예시)"') == 13
    assert "16 documents checked" in text and "15 documents checked" in text  # m2: 회피
    assert_written_by_session_new(out / "round", text, "서면")
    assert 'ground = "advice"' in spec  # from the conflicts table's wording
    # every plan: 10+ pages, each marked as an example
    plans = sorted((out / "round" / "documents").glob("A*_사업계획서.pdf"))
    assert len(plans) == 16
    reader = PdfReader(plans[3])
    assert len(reader.pages) >= 10
    assert all("예시" in page.extract_text() for page in reader.pages)
    # everyone's identity file opens with their printed passphrase (one scrypt: m5's)
    cards = sorted((out / "cards").glob("*.json"))
    assert len(cards) == 9
    m5 = load_identity_file(out / "m5" / "identity.age", "m5-demo-2025")
    assert m5.card.fingerprint == json.loads((out / "cards" / "m5.json").read_text())[
        "fingerprint"]
    assert "암호: m5-demo-2025" in text
    # seven signed sheets, the chair's signed result, and the secretariat's check of it
    assert len(list((out / "sheets").glob("*.json.minisig"))) == 7
    assert assert_every_sheet_is_a_workspace_export(out, out / "sheets",
                                                    session_title("strong-small")) == 7
    assert "OK: signed by 정위원장" in text and "every figure matches" in text
    res = json.loads((out / "result" / "result.json").read_text(encoding="utf-8"))
    assert not res["provisional"] and len(res["applications"]) == 16
    assert any(f["application"] for f in res["flags"])  # the outlier is flagged
    for name in ("report.pdf", "report-public.pdf", "disagreements.pdf", "result.xlsx",
                 "result.json.minisig"):
        assert (out / "result" / name).stat().st_size > 0
    assert "evaluator-app --workspace" in text
    assert_korean_with_local_times(text, out)


def assert_korean_with_local_times(text: str, out: Path) -> None:
    """Issue 20 item 13: the demo narrates in Korean, and every time it prints — its own and
    the commands' — is local time with its zone as the papers print it, never ISO UTC; the
    commands it echoes stay real, copyable ones."""
    import re

    from evaluator_app.timefmt import paper_time

    said = [line for line in text.splitlines() if line.startswith("(") and line.endswith(")")]
    assert len(said) >= 4
    for line in said:  # the narration: Hangul, no English words outside paths and file names
        assert re.search("[가-힣]", line), line
        words = " ".join(t for t in line.split() if not re.search(r"[/.]", t))
        assert set(re.findall(r"[A-Za-z]{3,}", words)) <= {"PDF"}, line
    assert "참여자:" in text and "번들:" in text
    assert not re.search(r"\d{4}-\d\d-\d\dT\d\d:\d\d(:\d\d(\.\d+)?)?(Z|[+-]\d\d:\d\d)", text)
    clock = re.compile(r"\d{4}\. \d{1,2}\. \d{1,2}\. \d\d:\d\d \(\S+\)")
    assert clock.search(text.splitlines()[0])  # when the round started
    sheets = [json.loads(f.read_text(encoding="utf-8")) for f in (out / "sheets").glob("*.json")]
    accepted = next(s["pledge"] for s in sheets if s["pledge"]["name"] == "김위원")  # via the CLI
    assert f"pledge accepted by {accepted['name']} at {paper_time(accepted['accepted_at'])}" \
        in text
    assert "\n[김위원 · m1] $ evaluator pledge accept " in text  # the echoed command as typed


def test_a_round_without_simulation_stops_before_the_app(run_cli, tmp_path: Path, monkeypatch):
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", "restored after the test")
    out = tmp_path / "demo"
    result = run_cli("demo", "--no-gui", "--program", "kcity-demo", "--applications", "4",
                     "--dir", str(out))
    assert result.exit_code == 0, result.output
    assert "OK: signed by 김위원" in result.output  # the chair verified the one sheet
    assert not (out / "result").exists()
    assert (out / f"{session_id('kcity-demo')}.evb").exists()
    assert "opened session 2025-kcity-demo-written" in result.output
    assert "앱은 먼저 서약서를" in result.output


@pytest.fixture(scope="module")
def committee_cards(tmp_path_factory) -> Path:
    """The demo committee's cards (keys made in memory: no identity files here)."""
    folder = tmp_path_factory.mktemp("cards")
    for who in ("chair", *MEMBERS):
        Identity.generate(*PEOPLE[who]).card.save(folder / f"{who}.json")
    return folder


@pytest.mark.parametrize("program", PROGRAMS)
def test_every_programs_round_is_prepared_through_session_new(program, committee_cards,
                                                              run_cli, tmp_path: Path):
    """Every program's demo applications fill its template, and `session new` and `session
    check` accept them with the documents and the pre-declared conflict."""
    apps = make_apps(program)
    documents = tmp_path / "documents"
    write_plan(documents / "A01_사업계획서.pdf", apps[0], program)
    for a in apps[1:]:  # one real plan; the others are its copies, to stay fast
        (documents / f"{a.id}_사업계획서.pdf").write_bytes(
            (documents / "A01_사업계획서.pdf").read_bytes())
    ran = []

    def run(who: str, *args: str) -> str:
        result = run_cli(*args)
        assert result.exit_code == 0, result.output
        ran.append(args[:2])
        return result.output

    spec = prepare_round(run, lambda _: None, folder=tmp_path, program=program, stage="서면",
                         apps=apps, cards=committee_cards, conflicts=[("m2", apps[-1].id)],
                         now=datetime.now().astimezone())
    draft = read_spec(spec)
    confirmations = [("session", "confirm")] * (1 + len(draft.roster.members))
    assert ran == [("session", "template"), ("session", "new"), *confirmations,
                   ("session", "check")]
    assert [(a.id, a.applicant, a.title) for a in draft.applications] == [
        (a.id, a.applicant, a.title) for a in apps]
    assert [(c.member.name, c.application, c.ground) for c in draft.conflicts] == [
        ("m2.json", apps[-1].id, "advice")]
    prog = load_programs()[program]
    if prog.population_below:
        assert all(a.population < prog.population_below for a in apps)
        assert [a.population for a in draft.applications] == [a.population for a in apps]
    if prog.overseas_partner_required:
        assert all(a.overseas_partner for a in draft.applications)
    if prog.one_per_jurisdiction:
        assert [a.jurisdiction for a in draft.applications] == [a.jurisdiction for a in apps]
    if program == "strong-small":
        assert len(apps) == 16 and {a.subtype for a in draft.applications} == {"climate",
                                                                              "population"}
    fictional = [a for a in apps if not a.real]
    assert all("(가상 예시)" in a.applicant for a in fictional)


def test_a_small_field_goes_on_whole_to_the_presentation_day():
    """거점형 has 3 applicants: a shortlist of 6 would be refused by `session check`."""
    from evaluator_demo.presentation import SHORTLIST, shortlist_of

    def result(ranked: int) -> dict:
        rows = [{"final_score": "80.00", "status": "미선정"} for _ in range(ranked)]
        return {"applications": [*rows, {"final_score": "55.00", "status": "과락"},
                                 {"final_score": None, "status": "부적격"}]}

    assert shortlist_of(result(3)) == 3
    assert shortlist_of(result(SHORTLIST + 2)) == SHORTLIST
    assert shortlist_of(result(0)) == 0


@pytest.fixture(scope="module")
def presentation_day(tmp_path_factory) -> tuple[Path, str]:
    """The demo's 서면 round and its 발표 day (8 applications): the folder and the output."""
    from click.testing import CliRunner

    from evaluator_app.cli import build_cli

    out = tmp_path_factory.mktemp("presentation") / "demo"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVALUATOR_PASSPHRASE", "restored after the test")  # the demo sets it
        result = CliRunner().invoke(build_cli(), ["demo", "--no-gui", "--presentation",
                                                  "--applications", "8", "--dir", str(out)],
                                    catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return out, result.output


def test_the_presentation_day_builds_on_the_written_result(presentation_day):
    """`--presentation`: the 발표 stage on the signed 서면 result (shortlist 6, weight 0.3), the
    drawn order, partial hand-ins with a provisional result after each of the first applicants,
    the final combined result and the secretariat's check of the chain."""
    from decimal import Decimal

    out, text = presentation_day
    assert (out / "result" / "result.json").exists()  # --presentation implies --simulate
    spec = (out / "presentation" / "spec.toml").read_text(encoding="utf-8")
    assert 'stage = "발표"' in spec and "[session.previous]" in spec and 'order = "draw"' in spec
    assert spec.count("[[applications]]") == 6 and spec.count("slides = [") == 6
    assert_written_by_session_new(out / "presentation", text, "발표",
                                  previous=out / "result" / "result.json", shortlist=6,
                                  weight=0.3)
    assert "--presentation-minutes 10 --questions-minutes 10 --order draw" in text
    slides = PdfReader(next((out / "presentation" / "documents").glob("A*_발표자료.pdf")))
    page = slides.pages[1]
    assert page.mediabox.width > page.mediabox.height  # landscape
    assert all("예시" in p.extract_text() for p in slides.pages)
    # provisional (잠정) results were written during the day, from partial hand-ins
    provisional = sorted((out / "presentation" / "provisional").glob("*/result.json"))
    assert len(provisional) == 3
    first = json.loads(provisional[0].read_text(encoding="utf-8"))
    assert first["provisional"] and first["unscored"]
    assert list((out / "presentation" / "handins").glob("*-r1-p1.json"))
    assert assert_every_sheet_is_a_workspace_export(
        out, out / "presentation" / "handins", session_title("strong-small", "발표")) == 28
    assert "잠정 결과 — 6개 기관 중 1개 발표 후, " in text
    # the final result: combined 서면 30 % + 발표 70 %, the drawn seed and order recorded
    final = json.loads((out / "presentation" / "result" / "result.json").read_text(
        encoding="utf-8"))
    assert not final["provisional"]
    assert final["previous"]["stage"] == "서면" and final["previous"]["weight"] == "0.3"
    assert final["agenda"]["seed"] and f"seed {final['agenda']['seed']}" in text
    assert len(final["agenda"]["order"]) == 6
    for row in final["applications"]:
        s = row["stage_scores"]
        combined = Decimal("0.3") * Decimal(s["서면"]) + Decimal("0.7") * Decimal(s["발표"])
        assert abs(Decimal(row["final_score"]) - combined) <= Decimal("0.01"), row["id"]
    assert "OK: builds on" in text and "the signed 서면 result of 2025-strong-small-written" in text
    assert "--review" in text  # the one-line command for the chair's review screen


def test_every_paper_of_both_rounds_is_korean_dated_alike_and_readable_by_machines(
        presentation_day):
    """Issue 20 over every PDF the demo prints for people — each member's 평가표 (full and
    partial hand-ins), report.pdf, report-public.pdf, disagreements.pdf and the provisional
    reports — of the 서면 round and the 발표 day: no English word in brackets (a time's zone
    label aside), ko-KR, a title and subject, every font embedded; one clock; the drawn order."""
    import re
    import shutil

    from pdf_files import english_in_brackets, paper_properties, paper_text

    from evaluator_app.timefmt import paper_time
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is installed by .ci/run")
    out, _ = presentation_day
    written = [out / "result" / n for n in ("report.pdf", "report-public.pdf",
                                            "disagreements.pdf")]
    sheets = sorted((out / "sheets").glob("*.pdf"))
    day = sorted((out / "presentation").glob("*/*.pdf")) + sorted(
        (out / "presentation").glob("provisional/*/*.pdf"))
    day = [f for f in day if f.parent.name != "documents"]  # not the applicants' PDFs
    assert len(sheets) >= 2 and len(written) == 3
    assert {f.name for f in day} >= {"report.pdf", "report-public.pdf"}
    assert any(f.parent.name == "handins" for f in day)
    assert sum(f.parent.parent.name == "provisional" for f in day) == 6
    zone = re.compile(r"\d{4}\. \d{1,2}\. \d{1,2}\. \d\d:\d\d \((\S+)\)")
    for pdf in [*written, *sheets, *day]:
        text = paper_text(pdf)
        assert english_in_brackets(text) == [], pdf
        props = paper_properties(pdf)
        assert props["lang"] == "ko-KR" and props["title"] and props["subject"], pdf
        assert props["unembedded"] == [], pdf
        assert zone.search(" ".join(text.split())), pdf  # each paper is dated, one way
    final = json.loads((out / "presentation" / "result" / "result.json").read_text(
        encoding="utf-8"))
    text = " ".join(paper_text(out / "presentation" / "result" / "report.pdf").split())
    assert f"종합 일시 {paper_time(final['created'])}" in text
    order = " → ".join(final["agenda"]["order"])
    assert f"추첨 시드 {final['agenda']['seed']}로 추첨한 순서: {order}" in text
