"""Issue 20 item 11, moving laptops: a session, its audit log and its bundle in one file
encrypted to the member, restored on another laptop (another EVALUATOR_HOME) with the same
identity, where scoring goes on and the sheet is signed, verified and consolidated."""

import json
from datetime import datetime
from pathlib import Path

import pytest
from identity_files import identity_file
from openpyxl import load_workbook

from evaluator_app.consolidation import Options, run
from evaluator_app.form import export_form, import_form
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import export_sheet, verify_sheet
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace, audit, moving
from evaluator_demo.play import fill_form_as_member

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"
PASS = "correct horse battery"
FIRST, SECOND = ("A01", "A02", "A03"), ("A04", "A05", "A06")


def halves(ws: Workspace, tmp: Path) -> tuple[Path, Path]:
    """The member's filled form, cut in two: A01–A03 (and every declaration), then A04–A06."""
    export_form(ws, SID, tmp / "form.xlsx")
    fill_form_as_member(tmp / "form.xlsx", tmp / "filled.xlsx")
    out = []
    for keep, name in ((FIRST, "first.xlsx"), (SECOND, "second.xlsx")):
        wb = load_workbook(tmp / "filled.xlsx")
        sheet = wb["평가"]
        header = [c.value for c in sheet[1]]
        app, item = header.index("신청번호") + 1, header.index("항목 ID") + 1
        for row in range(2, sheet.max_row + 1):
            declaration = sheet.cell(row, item).value == "coi" and keep is FIRST
            if sheet.cell(row, app).value not in keep and not declaration:
                for column in ("점수", "평가사유"):
                    sheet.cell(row, header.index(column) + 1).value = None
        wb.save(tmp / name)
        out.append(tmp / name)
    return out[0], out[1]


@pytest.fixture
def laptop_a(committee, evb, tmp_path, monkeypatch):
    """Member m1's first laptop: identity file, bundle opened, pledge, the first half scored."""
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", PASS)
    key = tmp_path / "usb" / "m1.age"
    key.parent.mkdir()
    ref = identity_file(committee.m1, key, PASS)
    home = tmp_path / "laptop-a"
    with Workspace.open(home) as ws:
        remember(ws, ref, committee.m1.card)
        open_bundle(ws, evb, committee.m1, now=KST, identity_file=key)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        first, second = halves(ws, tmp_path)
        import_form(ws, first)
    return home, key, second


def events(home: Path) -> list[tuple]:
    with Workspace.open(home) as ws:
        return ws.conn.execute("SELECT seq, at, session_id, kind, payload, prev_hash, hash "
                               "FROM events ORDER BY seq").fetchall()


def test_a_session_moves_to_another_laptop_goes_on_and_is_signed(
        laptop_a, committee, evb, tmp_path, run_cli):
    home_a, key, second = laptop_a
    moved = tmp_path / "usb" / "session.evm"
    result = run_cli("--workspace", str(home_a), "workspace", "export", SID, "--out", str(moved))
    assert result.exit_code == 0, result.output
    assert "only 김위원" in result.output
    assert b"A01" not in moved.read_bytes() and moved.read_bytes().startswith(b"age-encryption")
    again = run_cli("--workspace", str(home_a), "workspace", "export", SID, "--out", str(moved))
    assert again.exit_code == 0, again.output  # over the previous export
    before = events(home_a)

    home_b = tmp_path / "laptop-b"  # another laptop: a new workspace, the same identity file
    result = run_cli("--workspace", str(home_b), "workspace", "import", str(moved),
                     "--identity-file", str(key))
    assert result.exit_code == 0, result.output
    assert f"imported session {SID}" in result.output
    after = events(home_b)
    assert after[:len(before)] == before  # the chain itself moved, untouched
    assert [e[3] for e in after[len(before):]] == ["session.move"]
    with Workspace.open(home_b) as ws:
        assert ws.audit_verify().ok
        bundle_path = Path(ws.session(SID).bundle_path)
        assert bundle_path.parent == home_b / "bundles" and bundle_path.is_file()
        assert ws.entries(SID, "A01").scores and not ws.entries(SID, "A04").scores
        import_form(ws, second)  # on with the second half, documents readable here
        assert all(ws.evaluate(SID, a).status in ("complete", "conflict") for a in SECOND)
        files = export_sheet(ws, SID, committee.m1, tmp_path / "sheets")
    result = run_cli("--workspace", str(home_b), "audit", "verify", "--sheet", str(files.json))
    assert result.exit_code == 0 and "audit log OK" in result.output, result.output
    chair_view = load_bundle(evb, committee.chair)
    verified = verify_sheet(files.json, chair_view)
    assert verified.member.fingerprint == committee.m1.card.fingerprint
    assert set(verified.totals) == {*FIRST, *SECOND}
    result = run([tmp_path / "sheets"], chair_view, None, options=Options(provisional=True))
    assert {a["id"] for a in result.result["applications"]} == {*FIRST, *SECOND}


def test_only_the_same_identity_opens_the_file(laptop_a, committee, tmp_path, home):
    home_a, _, _ = laptop_a
    with Workspace.open(home_a) as ws:
        done = moving.export_session(ws, SID, committee.m1.card.recipient(),
                                     committee.m1.card.fingerprint, tmp_path / "s.evm")
    assert done.bundle and done.events > 0
    with Workspace.open(tmp_path / "m2-laptop") as ws, pytest.raises(
            moving.WorkspaceError, match="cannot be opened with your key"):
        moving.import_session(ws, done.path, committee.m2.age_identity,
                              committee.m2.card.fingerprint)
    with Workspace.open(home_a) as ws, pytest.raises(moving.WorkspaceError,
                                                     match="opened by the identity"):
        moving.export_session(ws, SID, committee.m2.card.recipient(),
                              committee.m2.card.fingerprint, tmp_path / "t.evm")


def test_a_file_cut_short_or_empty_is_said_to_be_so_not_of_another_key(laptop_a, committee,
                                                                      tmp_path):
    """A copy cut short blamed the member's key ("moved by another identity")."""
    home_a, _, _ = laptop_a
    with Workspace.open(home_a) as ws:
        whole = moving.export_session(ws, SID, committee.m1.card.recipient(),
                                      committee.m1.card.fingerprint, tmp_path / "s.evm"
                                      ).path.read_bytes()
    cases = {"empty": (b"", "is empty (0 bytes)"),
             "body": (whole[:len(whole) // 2], "is damaged or cut short"),
             "header": (whole[:60], "is damaged or cut short"),
             "other": (b"PK\x03\x04 a zip, say", "is not a session moved from Evaluation Desk")}
    for name, (data, said) in cases.items():
        path = tmp_path / f"{name}.evm"
        path.write_bytes(data)
        with Workspace.open(tmp_path / "m1-b") as ws, pytest.raises(moving.WorkspaceError) as e:
            moving.import_session(ws, path, committee.m1.age_identity,
                                  committee.m1.card.fingerprint)
        assert said in e.value.message and "your key" not in e.value.message, (name, e.value)


def move(src: Path, dst: Path, member, out: Path) -> moving.Imported:
    with Workspace.open(src) as ws:
        moving.export_session(ws, SID, member.card.recipient(), member.card.fingerprint, out)
    with Workspace.open(dst) as ws:
        return moving.import_session(ws, out, member.age_identity, member.card.fingerprint)


def test_back_to_the_first_laptop_replaces_its_older_copy_and_keeps_it(
        laptop_a, committee, tmp_path):
    home_a, _, second = laptop_a
    m1 = committee.m1
    home_b = tmp_path / "laptop-b"
    move(home_a, home_b, m1, tmp_path / "there.evm")
    with Workspace.open(home_b) as ws:
        import_form(ws, second)
    back = move(home_b, home_a, m1, tmp_path / "back.evm")  # A's copy is a beginning of B's
    assert back.kept is not None and back.kept.is_file()
    assert back.kept.parent == home_a / "backups"
    with Workspace.open(home_a) as ws:
        assert ws.entries(SID, "A04").scores and ws.audit_verify().ok
        assert ws.get_setting("identity") is not None  # the laptop's own identity stays
    with pytest.raises(moving.WorkspaceError, match="exactly as in the file"):
        move(home_a, home_a, m1, tmp_path / "same.evm")  # (its own export, unchanged)
    with pytest.raises(moving.WorkspaceError, match="newer than the file"):
        move(home_b, home_a, m1, tmp_path / "again.evm")  # A took B's log and moved on
    with Workspace.open(home_a) as ws, pytest.raises(  # the old file: back in time
            moving.WorkspaceError, match="newer than the file"):
            moving.import_session(ws, tmp_path / "there.evm", m1.age_identity,
                                  m1.card.fingerprint)


def test_changes_on_both_laptops_or_a_busy_workspace_are_refused(
        laptop_a, committee, evb, tmp_path):
    home_a, _, second = laptop_a
    m1 = committee.m1
    home_b = tmp_path / "laptop-b"
    move(home_a, home_b, m1, tmp_path / "there.evm")
    with Workspace.open(home_b) as ws:
        import_form(ws, second)
    with Workspace.open(home_a) as ws:  # the member also went on at the first laptop
        ws.set_opinion(SID, "A01", "첫 노트북에서 고친 종합의견입니다. 충분히 길게 적었습니다.")
    with pytest.raises(moving.WorkspaceError, match="changed on both laptops"):
        move(home_b, home_a, m1, tmp_path / "back.evm")
    with Workspace.open(home_a) as ws:  # refused: nothing changed
        assert not ws.entries(SID, "A04").scores and ws.audit_verify().ok
    busy = tmp_path / "busy"  # a workspace with another session (its own audit log)
    with Workspace.open(busy) as ws:
        other_session(ws, committee.spec, tmp_path)
    with Workspace.open(busy) as ws, pytest.raises(moving.WorkspaceError,
                                                   match="needs a workspace of its own"):
            moving.import_session(ws, tmp_path / "there.evm", m1.age_identity,
                                  m1.card.fingerprint)


def other_session(ws: Workspace, spec: Path, tmp: Path) -> None:
    """A second, plaintext session (another id) in the same workspace."""
    from evaluator_app.session_spec import load_spec
    copy = spec.with_name("other.toml")
    text = spec.read_text(encoding="utf-8").replace(f'id = "{SID}"', 'id = "other-session"', 1)
    copy.write_text(text.replace("title = ", f"title = {OTHER_TITLE!r} #", 1), encoding="utf-8")
    ws.import_session(load_spec(copy))
    ws.declare_no_conflict("other-session", "A01")
    ws.set_note("other-session", "A01", OTHER_NOTE)


OTHER_TITLE, OTHER_NOTE = "다른 세션의 제목", "다른 세션에 남긴 사적 메모"


def test_the_other_sessions_stay_behind_and_the_log_still_verifies(
        laptop_a, committee, tmp_path):
    home_a, _, _ = laptop_a
    with Workspace.open(home_a) as ws:  # a second session on the first laptop
        other_session(ws, committee.spec, tmp_path)
    out = tmp_path / "s.evm"
    imported = move(home_a, tmp_path / "b", committee.m1, out)
    assert imported.session_id == SID
    with Workspace.open(tmp_path / "b") as ws:
        assert [s.id for s in ws.sessions()] == [SID]
        assert not ws.conn.execute("SELECT count(*) FROM conflicts WHERE session_id != ?",
                                   [SID]).fetchone()[0]
        report = ws.audit_verify()
        assert report.ok, report.problems
        payload = json.loads(ws.conn.execute(
            "SELECT payload FROM events WHERE kind = ?", [moving.MOVE_EVENT]).fetchone()[0])
        assert payload["left_behind"] == ["other-session"]
        assert payload["from_head"] == audit.verify_chain(ws.conn)[1][-2]["hash"]
    plain = moving_plain(out, committee.m1, tmp_path)  # its rows are not in the file at all
    assert OTHER_TITLE.encode() not in plain and OTHER_NOTE.encode() not in plain
    with Workspace.open(home_a) as ws:  # (and were in the first laptop's workspace)
        assert ws.session("other-session").title == OTHER_TITLE


def moving_plain(path: Path, member, tmp: Path) -> bytes:
    """The moved workspace copy's bytes (decrypted), to look for what must not be in it."""
    import zipfile

    import pyrage
    plain = tmp / "plain.zip"
    plain.write_bytes(pyrage.decrypt(path.read_bytes(), [member.age_identity]))
    with zipfile.ZipFile(plain) as zf:
        return zf.read(moving.DATABASE)
