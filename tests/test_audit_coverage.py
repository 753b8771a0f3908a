"""What the audit log covers: every table whose change matters is replayed from the log, a
deleted tail shows, and an exported sheet anchors the log (`audit verify --sheet`)."""

import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from evaluator_app.trust.identity import Identity, store_in_keyring
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import export_sheet
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"


@pytest.fixture(scope="module")
def exported(committee, evb, tmp_path_factory):
    """m1's workspace after scoring everything and exporting the sheet (locked)."""
    from test_sheet import score_everything

    root = tmp_path_factory.mktemp("audited")
    with Workspace(root / "home" / "workspace.sqlite") as ws:
        remember(ws, store_in_keyring(committee.m1), committee.m1.card)
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, root)
        files = export_sheet(ws, SID, committee.m1, root / "out")
    return root / "home", files.json


def tampered(exported, tmp_path: Path, *statements: str) -> Path:
    home, _ = exported
    copy = tmp_path / "home"
    shutil.copytree(home, copy)
    conn = sqlite3.connect(copy / "workspace.sqlite", isolation_level=None)
    for sql in statements:
        conn.execute(sql)
    conn.close()
    return copy


def test_an_untouched_workspace_and_its_sheet_verify(exported, run_cli, monkeypatch):
    home, sheet = exported
    monkeypatch.setenv("EVALUATOR_HOME", str(home))
    result = run_cli("audit", "verify", "--sheet", str(sheet))
    assert result.exit_code == 0, result.output


IMPOSTOR = Identity.generate("가짜 사무국", "-", "secretariat").card.fingerprint
DROP = ["DROP TRIGGER events_no_delete", "DROP TRIGGER events_no_update"]


@pytest.mark.parametrize("statements, expected", [
    (["UPDATE sessions SET state = 'open'"], f"the state and revision of session {SID} "
                                             "differs from the audit log"),
    (["UPDATE sessions SET revision = 2"], f"the state and revision of session {SID}"),
    ([f"UPDATE settings SET value = '[\"{IMPOSTOR}\"]' WHERE key = 'trusted_secretariats'"],
     f"the pinned secretariat key {IMPOSTOR} was not pinned by opening a bundle"),
    (["DELETE FROM pledges"], f"the pledge acceptance of session {SID} differs"),
    ([*DROP, "DELETE FROM events WHERE seq = (SELECT max(seq) FROM events)"],
     f"the audit log of session {SID} ends before its event"),
    (["UPDATE documents SET readable = 1 - readable WHERE rowid = 1"],
     f"the documents of session {SID} (which ones you may read) differ"),
    (["UPDATE applications SET rubric_hash = (SELECT rubric_hash FROM applications WHERE "
      "rubric_hash != (SELECT rubric_hash FROM applications WHERE id = 'A01') LIMIT 1) WHERE "
      "id = 'A01'"], "application A01 of session 2025-strong-small-written is scored on "
                     "another rubric than the one imported"),
])
def test_changes_behind_the_apps_back_are_found(exported, tmp_path, run_cli, monkeypatch,
                                                statements, expected):
    home = tampered(exported, tmp_path, *statements)
    monkeypatch.setenv("EVALUATOR_HOME", str(home))
    result = run_cli("audit", "verify")
    assert result.exit_code == 2
    assert expected in result.output, result.output


def test_a_rebuilt_tail_is_caught_by_the_exported_sheet(exported, tmp_path, run_cli,
                                                        monkeypatch):
    """Whoever holds the file can remove the export and make the rest consistent again (the
    chain is not keyed); the signed sheet that left the laptop still shows it."""
    home = tampered(
        exported, tmp_path, *DROP,
        "DELETE FROM events WHERE kind = 'sheet.export'",
        "UPDATE sessions SET state = 'open'",
        "UPDATE settings SET value = (SELECT seq || ' ' || hash FROM events ORDER BY seq DESC "
        f"LIMIT 1) WHERE key = 'audit_head:{SID}'")
    monkeypatch.setenv("EVALUATOR_HOME", str(home))
    assert run_cli("audit", "verify").exit_code == 0  # what the log alone cannot prove
    result = run_cli("audit", "verify", "--sheet", str(exported[1]))
    assert result.exit_code == 2
    assert "the audit log does not record the export of this sheet" in result.output
