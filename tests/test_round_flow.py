"""From a fresh checkout, for every program type: `session template` → the secretariat fills
the XLSX → `session new` → `session check` → `bundle create` → a member opens the bundle and
scores one application. Then `sheets status` on a folder of a final, a partial, a tampered and a
missing member's sheets."""

import json
from pathlib import Path

import pytest
from openpyxl import load_workbook
from round_helpers import ROWS, fill_template, make_people, save_cards, write_documents

from evaluator_app.programs import load_programs
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from evaluator_demo.committee_sim import sign_sheet

RATIONALE = "대상지 진단과 솔루션의 연결이 구체적이고 실행계획과 예산이 타당하게 제시됨"


@pytest.fixture(scope="module")
def people():
    return make_people(4)


def as_person(monkeypatch, home: Path, ident) -> None:
    with Workspace.open(home) as ws:
        if ws.get_setting("identity.ref") is None:
            remember(ws, store_in_keyring(ident), ident.card)
    monkeypatch.setenv("EVALUATOR_HOME", str(home))


@pytest.mark.parametrize("program", list(ROWS))
def test_template_fill_new_bundle_open_score(program, people, run_cli, tmp_path, monkeypatch,
                                             memory_keyring):
    made = run_cli("session", "template", "--program", program, "--out", str(tmp_path / "t"))
    assert made.exit_code == 0, made.output
    template = tmp_path / "t" / "applicants.xlsx"
    header = [c.value for c in load_workbook(template)["신청기관"][1]]
    assert header[:3] == ["신청번호", "신청기관", "기관 유형"] and header[-1] == "문서"
    assert ("인구" in header) == (load_programs()[program].population_below is not None)
    table = fill_template(template, ROWS[program], tmp_path / "신청기관 목록.xlsx",
                          keep_example=program != "base")
    write_documents(tmp_path / "문서", ["A01", "A02"])
    save_cards(people, tmp_path / "카드")
    spec = tmp_path / "round" / "spec.toml"
    title = f"2025 {program} 서면평가"
    new = run_cli("session", "new", "--program", program, "--stage", "서면", "--title", title,
                  "--applicants", str(table), "--documents", str(tmp_path / "문서"),
                  "--cards", str(tmp_path / "카드"), "--out", str(spec))
    assert new.exit_code == 0, new.output
    assert people.members[0].card.fingerprint in new.output
    checked = run_cli("session", "check", str(spec))
    assert checked.exit_code == 0, checked.output
    assert "2 applications" in checked.output
    as_person(monkeypatch, tmp_path / "sec", people.secretariat)
    evb = tmp_path / "session.evb"
    created = run_cli("bundle", "create", str(spec), "--out", str(evb))
    assert created.exit_code == 0, created.output
    assert "5 roster members" in created.output
    as_person(monkeypatch, tmp_path / "m1", people.members[0])
    opened = run_cli("open", str(evb), "--secretariat", str(_card(tmp_path, people)))
    assert opened.exit_code == 0, opened.output
    sid = f"2025-{program}-written"
    assert run_cli("pledge", "accept", sid, "--yes").exit_code == 0
    assert run_cli("coi", "none", sid, "A01").exit_code == 0
    with Workspace.open(tmp_path / "m1") as ws:
        app = {a.id: a for a in ws.applications(sid)}["A01"]
        assert app.applicant == ROWS[program][0]["신청기관"]
        item = next(ws.rubric_for(sid, "A01").items())
    value = "A" if item.scale.kind == "grade" else str(item.max_points)
    scored = run_cli("score", "set", sid, "A01", item.id, value, "--rationale", RATIONALE)
    assert scored.exit_code == 0, scored.output
    shown = json.loads(run_cli("score", "show", sid, "--json").output)
    assert shown["applications"][0]["status"] == "in-progress"


def _card(tmp_path: Path, people) -> Path:
    path = tmp_path / "secretariat.json"
    people.secretariat.card.save(path)
    return path


def test_sheets_status_final_partial_tampered_missing(people, run_cli, tmp_path, monkeypatch,
                                                      memory_keyring):
    from evaluator_app.round.new import NewRoundRequest
    from evaluator_app.round_desk import new_round, save_round
    from evaluator_app.session_spec import load_spec
    from evaluator_app.trust.bundle import create_bundle

    table = fill_template(_template(run_cli, tmp_path), ROWS["strong-small"],
                          tmp_path / "a.xlsx")
    new = new_round(NewRoundRequest("strong-small", "서면", "강소형 서면평가", table,
                                    write_documents(tmp_path / "docs", ["A01", "A02"]),
                                    save_cards(people, tmp_path / "cards")))
    assert new.ok, new.problems
    spec = tmp_path / "spec.toml"
    assert save_round(new.draft, spec) == []
    evb = tmp_path / "s.evb"
    create_bundle(load_spec(spec), people.secretariat, evb)
    bundle = load_bundle(evb, people.chair)
    usb = tmp_path / "usb"
    m1, m2, m3, _m4 = people.members
    sign_sheet(bundle, m1, {"A01": 80, "A02": 75}, usb / "m1")
    sign_sheet(bundle, m2, {"A01": 70}, usb / "m2", partial=1)
    tampered = sign_sheet(bundle, m3, {"A01": 60, "A02": 65}, usb / "m3")
    tampered.write_bytes(tampered.read_bytes().replace(b'"60"', b'"90"', 1))
    as_person(monkeypatch, tmp_path / "chair", people.chair)
    result = run_cli("sheets", "status", "--bundle", str(evb), str(usb), "--json")
    assert result.exit_code == 0, result.output
    rows = {r["name"]: r for r in map(json.loads, result.output.splitlines())}
    assert set(rows) == {"위원1", "위원2", "위원3", "위원4"}  # the chair handed in nothing
    assert rows["위원1"]["verified"] and rows["위원1"]["status"] == "used"
    assert rows["위원1"]["final"] and rows["위원1"]["revision"] == 1
    assert rows["위원2"]["verified"] and rows["위원2"]["partial"] == 1
    assert not rows["위원2"]["final"]
    assert rows["위원3"]["handed_in"] and not rows["위원3"]["verified"]
    assert rows["위원3"]["status"] == "rejected" and "signature" in rows["위원3"]["reason"]
    assert not rows["위원4"]["handed_in"] and rows["위원4"]["status"] == "missing"
    text = run_cli("sheets", "status", "--bundle", str(evb), str(usb)).output
    assert "1 of 4 members have handed in a verified final sheet" in text
    assert "no sheet handed in" in text and "r1 partial 1, verified" in text
    assert "does not verify: " in text
    # the same finding the chair's window shows: collect's record for that file
    from evaluator_app.consolidation.collect import collect

    chair_view = {r.path.name: r for r in collect([usb], bundle).records}
    assert chair_view[tampered.name].reason == rows["위원3"]["reason"]
    # and its kind of finding, which the desk and the chair's window word in Korean
    from evaluator_app.consolidation.status import sheets_status

    board = {m.name: m for m in sheets_status([usb], bundle)[1]}
    assert board["위원3"].code == chair_view[tampered.name].code == "signature"


def _template(run_cli, tmp_path: Path) -> Path:
    assert run_cli("session", "template", "--program", "strong-small", "--out",
                   str(tmp_path / "t")).exit_code == 0
    return tmp_path / "t" / "applicants.xlsx"


def test_fingerprints_are_confirmed_into_the_spec(people, run_cli, tmp_path):
    """`session confirm`: the fingerprint its owner reads aloud, compared with the card's and
    recorded in [roster.confirmed] (the desk's Send page then has nothing to ask); a wrong
    reading records nothing; a card off the roster is refused."""
    from evaluator_app.round.spec_io import read_spec
    from evaluator_app.round_desk import send_problems

    made = run_cli("session", "template", "--program", "base", "--out", str(tmp_path / "t"))
    assert made.exit_code == 0, made.output
    table = fill_template(tmp_path / "t" / "applicants.xlsx", ROWS["base"],
                          tmp_path / "신청기관 목록.xlsx", keep_example=False)
    write_documents(tmp_path / "문서", ["A01", "A02"])
    cards = tmp_path / "카드"
    save_cards(people, cards)
    spec = tmp_path / "round" / "spec.toml"
    assert run_cli("session", "new", "--program", "base", "--stage", "서면", "--title", "t",
                   "--applicants", str(table), "--documents", str(tmp_path / "문서"),
                   "--cards", str(cards), "--window-opens", "2025-07-01 09:00",
                   "--window-closes", "2025-07-01 18:00", "--out", str(spec)).exit_code == 0
    roster = read_spec(spec).roster
    assert len(send_problems(read_spec(spec))) == 1 + len(roster.members)
    # the secretariat's own notes in the file: recording a confirmation keeps them
    noted = spec.read_text(encoding="utf-8").replace(
        "[roster]", "# 위원 명단: 7월 1일 전화로 지문 확인 예정\n[roster]", 1)
    spec.write_text(noted.replace('title = "t"', 'title = "t"  # 임시 제목', 1),
                    encoding="utf-8")
    before = spec.read_bytes()
    member = roster.members[0]
    fp = json.loads(member.read_text())["fingerprint"]
    wrong = fp[:-1] + ("0" if fp[-1] != "0" else "1")
    refused = run_cli("session", "confirm", str(spec), str(member), "--how", "phone",
                      "--fingerprint", wrong)
    assert refused.exit_code == 2 and "nothing was recorded" in refused.output
    assert spec.read_bytes() == before
    stranger = tmp_path / "stranger.json"
    people.secretariat.card.save(stranger)
    off = run_cli("session", "confirm", str(spec), str(stranger), "--how", "phone",
                  "--fingerprint", people.secretariat.card.fingerprint)
    assert off.exit_code == 2 and "is not on the roster" in off.output
    for path in (roster.chair, *roster.members):
        said = json.loads(path.read_text())["fingerprint"].lower()  # as typed while listening
        done = run_cli("session", "confirm", str(spec), str(path), "--how", "phone",
                       "--fingerprint", said)
        assert done.exit_code == 0, done.output
    after = read_spec(spec)
    assert send_problems(after) == []
    assert after.roster.confirmed[member].fingerprint == fp
    text = spec.read_text(encoding="utf-8")
    assert "# 위원 명단: 7월 1일 전화로 지문 확인 예정" in text and "# 임시 제목" in text
    assert text.count("[roster.confirmed]") == 1
    # confirmed again (in person this time): the entry is replaced, not added twice
    again = run_cli("session", "confirm", str(spec), str(member), "--how", "in-person",
                    "--fingerprint", fp)
    assert again.exit_code == 0, again.output
    assert read_spec(spec).roster.confirmed[member].how == "in-person"
    assert spec.read_text(encoding="utf-8").count(fp) == text.count(fp)
    assert run_cli("session", "check", str(spec)).exit_code == 0
