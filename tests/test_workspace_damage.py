"""A damaged workspace file says so (issue 17, item 6): which file, where the last signed sheet
and the automatic backup are, and how to continue; backups are made after each signing and once
a day, and a damaged file never overwrites a good backup."""

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from committee import sign_m1_session

from evaluator_app.errors import WorkspaceDamagedError, WorkspaceError
from evaluator_app.workspace import Workspace, backup

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"


@pytest.fixture(scope="module")
def signed(committee, evb, tmp_path_factory):
    """m1's home after scoring everything and signing the sheet."""
    return sign_m1_session(committee, evb, tmp_path_factory.mktemp("signed"))


@pytest.fixture
def home_copy(signed, tmp_path, monkeypatch) -> Path:
    home = tmp_path / "laptop"
    shutil.copytree(signed[0], home)
    monkeypatch.setenv("EVALUATOR_HOME", str(home))
    return home


def garble_text(path: Path) -> None:
    """One byte of a score's rationale in the audit log becomes invalid UTF-8 (a bad sector)."""
    raw = bytearray(path.read_bytes())
    at = raw.find(b'"kind":"score","rationale":"')
    assert at > 0
    raw[at + len(b'"kind":"score","rationale":"')] = 0xFF
    path.write_bytes(bytes(raw))


def break_page(path: Path, table: str = "events") -> None:
    """The b-tree page holding `table` gets a page type SQLite does not know."""
    conn = sqlite3.connect(path)
    root, size = (conn.execute("SELECT rootpage FROM sqlite_master WHERE name = ?",
                               [table]).fetchone()[0],
                  conn.execute("PRAGMA page_size").fetchone()[0])
    conn.close()
    raw = bytearray(path.read_bytes())
    raw[(root - 1) * size] = 0x00
    path.write_bytes(bytes(raw))


def says_damaged(output: str, home: Path, sheet: Path) -> None:
    assert "internal error" not in output, output
    assert f"the workspace file {home / 'workspace.sqlite'} is damaged" in output, output
    assert f"your last signed sheet is {sheet.resolve()}" in output, output
    assert f"the automatic backup is {home / 'backups'}" in output, output  # the newest copy
    assert "`evaluator workspace restore`" in output, output


@pytest.mark.parametrize("daily_done", [False, True], ids=["first-open", "later-open"])
@pytest.mark.parametrize("damage", [garble_text, break_page])
def test_audit_verify_on_a_damaged_file_says_where_the_sheet_and_the_backup_are(
        signed, home_copy, run_cli, damage, daily_done):
    """Found by the day's first open (its backup check reads every row) or, later in the day,
    by the command that reads the damaged page."""
    if daily_done:
        Workspace(home_copy / "workspace.sqlite").close()
        assert (home_copy / "backups" / backup.DAILY).exists()
    damage(home_copy / "workspace.sqlite")
    result = run_cli("audit", "verify", "--sheet", str(signed[1]))
    assert result.exit_code == 2, result.output
    says_damaged(result.output, home_copy, signed[1])
    # remembered: a command that reads only intact pages says it too, until restored
    listed = run_cli("session", "list")
    assert listed.exit_code == 2
    says_damaged(listed.output, home_copy, signed[1])


def test_restore_continues_from_the_backup_and_keeps_the_damaged_file(signed, home_copy,
                                                                      run_cli):
    break_page(home_copy / "workspace.sqlite")
    assert run_cli("workspace", "check").exit_code == 2
    restored = run_cli("workspace", "restore", "--yes")
    assert restored.exit_code == 0, restored.output
    assert str(home_copy / "backups" / backup.SIGNED) in restored.output
    (kept,) = (home_copy / "backups").glob("damaged-*.sqlite")
    assert backup.find_file_damage(kept)  # the damaged file itself, not deleted
    verified = run_cli("audit", "verify", "--sheet", str(signed[1]))
    assert verified.exit_code == 0, verified.output
    assert run_cli("workspace", "check").exit_code == 0
    assert run_cli("session", "list").exit_code == 0


def test_a_file_emptied_beside_its_backups_is_damage_not_a_new_workspace(signed, home_copy,
                                                                        run_cli, tmp_path):
    """SQLite opens a file of 0 bytes as a new, empty database: the member's sessions would
    have vanished without a word (a copy or a sync tool cut it)."""
    path = home_copy / "workspace.sqlite"
    for leftover in (home_copy / "workspace.sqlite-wal", home_copy / "workspace.sqlite-shm"):
        leftover.unlink(missing_ok=True)
    path.write_bytes(b"")
    listed = run_cli("session", "list")
    assert listed.exit_code == 2, listed.output
    says_damaged(listed.output, home_copy, signed[1])
    assert "empty, 0 bytes" in listed.output
    restored = run_cli("workspace", "restore", "--yes")
    assert restored.exit_code == 0, restored.output
    again = run_cli("session", "list")
    assert again.exit_code == 0 and "strong-small" in again.output, again.output
    # no backup beside it: nothing was in it yet (a first start cut short), it starts afresh
    fresh = tmp_path / "first" / "workspace.sqlite"
    fresh.parent.mkdir()
    fresh.write_bytes(b"")
    Workspace(fresh).close()


def test_a_backup_is_made_after_signing_and_holds_the_sheets_place(signed):
    home, sheet = signed
    copy = home / "backups" / backup.SIGNED
    assert backup.find_file_damage(copy) is None
    assert backup.last_signed_sheet(home / "workspace.sqlite")[0] == str(sheet.resolve())
    assert not list((home / "backups").glob("*.part"))  # written whole, then renamed


def test_a_daily_backup_rotates_and_a_damaged_file_never_replaces_it(home_copy):
    path = home_copy / "workspace.sqlite"
    conn = sqlite3.connect(path)
    tomorrow = date.today() + timedelta(days=1)
    assert backup.daily_backup(conn, path, today=tomorrow) == home_copy / "backups" / backup.DAILY
    assert backup.daily_backup(conn, path, today=date.today()) is None  # once a day
    conn.close()
    daily = home_copy / "backups" / backup.DAILY
    good = daily.read_bytes()
    garble_text(path)
    conn = sqlite3.connect(path)
    with pytest.raises(WorkspaceDamagedError):
        backup.daily_backup(conn, path, today=tomorrow + timedelta(days=1))
    conn.close()
    assert daily.read_bytes() == good
    assert not (home_copy / "backups" / backup.PREVIOUS).exists() or backup.find_file_damage(
        home_copy / "backups" / backup.PREVIOUS) is None


def test_the_app_offers_the_backup_when_it_starts_on_a_damaged_file(signed, home_copy,
                                                                    monkeypatch):
    import ui.app

    path = home_copy / "workspace.sqlite"
    garble_text(path)
    with pytest.raises(WorkspaceDamagedError):
        Workspace(path)  # found at the day's first open (its backup check reads every row)
    with pytest.raises(WorkspaceDamagedError):
        ui.app.open_workspace(interactive=False)
    offered = []
    monkeypatch.setattr(ui.app, "offer_restore", lambda e: offered.append(e) or True)
    with ui.app.open_workspace(interactive=True) as ws:
        assert ws.session(SID).state == "locked"
    assert offered and offered[0].backup == home_copy / "backups" / backup.SIGNED


def test_the_app_names_the_sheet_and_the_backup_without_command_advice(qapp, signed,
                                                                      home_copy):
    from ui.texts import describe_error

    break_page(home_copy / "workspace.sqlite")
    with pytest.raises(WorkspaceDamagedError) as caught:
        Workspace(home_copy / "workspace.sqlite")
    text = describe_error(caught.value)
    assert text.startswith("The workspace file is damaged")
    assert str(signed[1].resolve()) in text
    assert str(home_copy / "backups" / backup.SIGNED) in text
    assert "evaluator workspace" not in text  # the app's way is its start-up offer


def m_workspace(committee, evb: Path, member, folder: Path) -> Path:
    """`member`'s workspace with `evb` opened (their laptop, or a backup of it on a stick)."""
    from evaluator_app.trust.open_session import open_bundle
    from evaluator_app.trust.workspace_identity import remember

    path = folder / "workspace.sqlite"
    with Workspace(path) as ws:
        remember(ws, f"file:{folder / 'identity.age'}", member.card)
        open_bundle(ws, evb, member, now=KST)
    return path


def unchanged(home: Path, before: bytes) -> None:
    assert (home / "workspace.sqlite").read_bytes() == before
    assert not list((home / "backups").glob("damaged-*"))


@pytest.mark.parametrize("damaged", [False, True], ids=["sound", "damaged"])
def test_restore_refuses_another_members_workspace(committee, evb, signed, home_copy, tmp_path,
                                                  run_cli, damaged):
    """A colleague's workspace on the shared USB stick replaced one's own, scores and all,
    with exit 0; whether or not one's own file is damaged, it is now refused, naming whose it
    is, and one's own backup from the same stick still restores."""
    theirs = m_workspace(committee, evb, committee.m2, tmp_path / "USB" / "이위원 백업")
    path = home_copy / "workspace.sqlite"
    if damaged:
        break_page(path)
    before = path.read_bytes()
    m1, m2 = committee.m1.card, committee.m2.card
    for confirm in (["--yes"], []):  # refused before the question is asked
        result = run_cli("workspace", "restore", "--from", str(theirs), *confirm)
        assert result.exit_code == 2, result.output
        assert result.output == (
            f"error: {theirs} is the workspace of {m2.name} ({m2.fingerprint}), not of "
            f"{m1.name} ({m1.fingerprint}) whose workspace this is: it does not replace "
            f"{path}; nothing was changed\n")
        unchanged(home_copy, before)
    with pytest.raises(WorkspaceError, match=f"is the workspace of {m2.name}"):  # the app's way
        backup.restore(path, theirs)
    unchanged(home_copy, before)
    own = tmp_path / "USB" / "김위원 백업.sqlite"
    shutil.copy(home_copy / "backups" / backup.SIGNED, own)
    restored = run_cli("workspace", "restore", "--from", str(own), "--yes")
    assert restored.exit_code == 0, restored.output
    assert run_cli("audit", "verify", "--sheet", str(signed[1])).exit_code == 0


def test_restore_refuses_a_workspace_of_another_session_or_bundle(committee, evb, home_copy,
                                                                  tmp_path, run_cli):
    """One's own workspace, but of another session, or of this session from another bundle
    (last round's stick): refused, naming the session and the bundles."""
    from evaluator_app.session_spec import load_spec
    from evaluator_app.trust.bundle import create_bundle

    spec = committee.spec.with_name("other session.toml")
    spec.write_text(committee.spec.read_text(encoding="utf-8").replace(
        f'id = "{SID}"', 'id = "2025-strong-small-field"', 1), encoding="utf-8")
    other_session = tmp_path / "other session.evb"
    create_bundle(load_spec(spec), committee.secretariat, other_session)
    other_bundle = tmp_path / "other bundle.evb"
    other_manifest = create_bundle(load_spec(committee.spec), committee.secretariat,
                                   other_bundle)
    path = home_copy / "workspace.sqlite"
    before = path.read_bytes()
    with Workspace(path) as ws:
        ours = ws.session(SID)
    session_ws = m_workspace(committee, other_session, committee.m1, tmp_path / "a")
    result = run_cli("workspace", "restore", "--from", str(session_ws), "--yes")
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error: {session_ws} holds session 2025-strong-small-field ({ours.title}), not this "
        f"workspace's {SID} ({ours.title}): it does not replace {path}; nothing was changed\n")
    unchanged(home_copy, before)
    bundle_ws = m_workspace(committee, other_bundle, committee.m1, tmp_path / "b")
    with Workspace(bundle_ws) as ws:
        theirs = ws.session(SID).manifest_sha256
    assert theirs != ours.manifest_sha256, other_manifest
    result = run_cli("workspace", "restore", "--from", str(bundle_ws), "--yes")
    assert result.exit_code == 2, result.output
    assert result.output == (
        f"error: {bundle_ws} holds session {SID} from another bundle ({theirs}) than this "
        f"workspace's ({ours.manifest_sha256}): it does not replace {path}; nothing was "
        "changed\n")
    unchanged(home_copy, before)


def test_the_app_refuses_an_automatic_backup_of_another_member(committee, evb, home_copy,
                                                               tmp_path, monkeypatch):
    """The app's start-up offer restores the automatic backup through the same core function:
    a colleague's workspace left in backups/ is refused with the same sentence (shown by the
    app as an error, not a traceback), the damaged file left in place."""
    import ui.app

    theirs = m_workspace(committee, evb, committee.m2, tmp_path / "이위원")
    for name in (backup.SIGNED, backup.DAILY, backup.PREVIOUS):
        (home_copy / "backups" / name).unlink(missing_ok=True)
    shutil.copy(theirs, home_copy / "backups" / backup.SIGNED)
    path = home_copy / "workspace.sqlite"
    garble_text(path)
    before = path.read_bytes()
    monkeypatch.setattr(ui.app, "offer_restore", lambda e: True)
    with pytest.raises(WorkspaceError, match=f"is the workspace of {committee.m2.card.name} "
                       rf"\({committee.m2.card.fingerprint}\), not of {committee.m1.card.name}"):
        ui.app.open_workspace(interactive=True)
    unchanged(home_copy, before)
