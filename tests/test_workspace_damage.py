"""A damaged workspace file says so (issue 17, item 6): which file, where the last signed sheet
and the automatic backup are, and how to continue; backups are made after each signing and once
a day, and a damaged file never overwrites a good backup."""

import shutil
import sqlite3
from datetime import date, datetime, timedelta
from pathlib import Path

import pytest
from committee import sign_m1_session

from evaluator_app.errors import WorkspaceDamagedError
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
