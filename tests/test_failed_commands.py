"""A failed command changes nothing: the workspace file is byte-identical afterwards (same SQL
dump), no bundle is kept, and the workspace still names the identity it had."""

import hashlib
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from evaluator_app.trust.identity import save_identity_file, store_in_keyring
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"
PASS = "correct horse battery"


def dump_hash(path: Path) -> str:
    conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return hashlib.sha256("\n".join(conn.iterdump()).encode()).hexdigest()
    finally:
        conn.close()


def folder_listing(home: Path) -> list[str]:
    return sorted(str(p.relative_to(home)) for p in home.rglob("*")
                  if not p.name.startswith("workspace.sqlite"))


@pytest.fixture
def member_home(committee, evb, home: Path, tmp_path: Path):
    """김위원 (m1) bound by keyring, the bundle open, the pledge accepted, A01 declared."""
    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(committee.m1), committee.m1.card)
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        ws.declare_no_conflict(SID, "A01")
    Workspace.open(home).close()  # the day's automatic backup, made by any first open
    return home


@pytest.fixture(scope="module")
def files(committee, tmp_path_factory):
    root = tmp_path_factory.mktemp("files")
    save_identity_file(committee.outsider, root / "stranger.age", PASS)
    save_identity_file(committee.m2, root / "m2.age", PASS)
    (root / "pw").write_text(PASS + "\n")
    (root / "wrong").write_text("not the passphrase\n")
    (root / "garbage.evb").write_bytes(b"PK\x03\x04 not really a zip")
    (root / "form.csv").write_text("session_id,application_id,item_id,score,rationale\n"
                                   f"{SID},A01,1-1,999,\n", encoding="utf-8")
    return root


def failing_commands(files: Path, evb: Path, committee) -> list[list[str]]:
    stranger = ["--identity-file", str(files / "stranger.age"), "--passphrase-file",
                str(files / "pw")]
    m2_wrong = ["--identity-file", str(files / "m2.age"), "--passphrase-file",
                str(files / "wrong")]
    m2 = ["--identity-file", str(files / "m2.age"), "--passphrase-file", str(files / "pw")]
    cards = committee.spec.parent.parent / "cards"
    return [
        ["open", str(files / "garbage.evb"), *stranger],
        ["open", str(evb), *stranger],  # not on the roster
        ["open", str(evb), *m2_wrong],  # wrong passphrase
        ["open", str(evb), *m2, "--secretariat", str(cards / "chair.json")],
        ["pledge", "accept", SID, "--yes", *m2],  # already accepted
        ["sheet", "export", SID, "--out", str(files / "out"), *m2],  # incomplete
        ["sheet", "revise", SID, "--reason", "x"],  # not locked
        ["bundle", "create", str(committee.spec), "--out", str(files / "x.evb"), *m2],
        ["score", "set", SID, "A01", "1-1", "999"],
        ["score", "set", SID, "A02", "1-1", "5"],  # no declaration yet
        ["score", "set", SID, "A09", "1-1", "5"],
        ["coi", "declare", SID, "A02", "other"],  # 'other' needs a reason
        ["form", "import", str(files / "form.csv")],
        ["session", "import", str(files / "missing.toml")],
    ]


def test_every_failing_command_leaves_the_workspace_byte_identical(
        member_home: Path, files: Path, evb: Path, committee, run_cli):
    db = member_home / "workspace.sqlite"
    before, listing = dump_hash(db), folder_listing(member_home)
    for args in failing_commands(files, evb, committee):
        result = run_cli(*args)
        assert result.exit_code == 2, (args, result.output)
        assert "\nerror: " in "\n" + result.output, (args, result.output)
        assert "internal error" not in result.output, args
        assert dump_hash(db) == before, args
        assert folder_listing(member_home) == listing, args
    shown = run_cli("identity", "show")
    assert committee.m1.card.fingerprint in shown.output
    assert committee.outsider.card.fingerprint not in shown.output


def test_a_successful_command_with_an_identity_file_is_remembered(
        member_home: Path, files: Path, run_cli, committee):
    shown = run_cli("identity", "show", "--identity-file", str(files / "m2.age"),
                    "--passphrase-file", str(files / "pw"))
    assert shown.exit_code == 0, shown.output
    assert committee.m2.card.fingerprint in run_cli("identity", "show").output
