"""What the audit log covers: every table whose change matters is replayed from the log, a
deleted tail shows, and an exported sheet anchors the log (`audit verify --sheet`)."""

import json
import shutil
import sqlite3
from datetime import datetime
from pathlib import Path

import pytest
from committee import sign_m1_session

from evaluator_app.trust.identity import Identity
from evaluator_app.workspace import Workspace

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"


@pytest.fixture(scope="module")
def exported(committee, evb, tmp_path_factory):
    """m1's workspace after scoring everything and exporting the sheet (locked)."""
    return sign_m1_session(committee, evb, tmp_path_factory.mktemp("audited"))


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
TEN, ELEVEN = '"max_points": "10"', '"max_points": "11"'  # an item's, in the rubric's JSON


CHANGES = [
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
    # what opening the bundle stored, hashed into its event: every value a sheet or a screen
    # shows or is computed from
    ([f"UPDATE rubrics SET json = substr(json, 1, instr(json, '{TEN}') - 1) || '{ELEVEN}' || "
      f"substr(json, instr(json, '{TEN}') + {len(TEN)}) WHERE instr(json, '{TEN}') > 0"],
     "the frozen rubric sha256:"),
    (["UPDATE applications SET title = '제목을 바꾼 계획' WHERE id = 'A01'"],
     f"application A01 of session {SID} (its applicant, title, rubric, documents or other "
     "data) differs from the audit log"),
    (["UPDATE applications SET applicant = '다른 시' WHERE id = 'A02'"], "application A02 of"),
    (["UPDATE applications SET data_json = replace(data_json, '690000', '6900000')"],
     f"application A01 of session {SID}"),
    (["UPDATE applications SET position = 5 - position"], f"application A01 of session {SID}"),
    (["UPDATE sessions SET manifest_json = replace(manifest_json, '안산시', '안양시')"],
     f"the details of session {SID} (title, program, stage, year, bundle, or the copy of its "
     "signed manifest) differ from the audit log"),
    (["UPDATE sessions SET title = '다른 평가'"], f"the details of session {SID}"),
    (["UPDATE sessions SET bundle_hash = 'sha256:' || hex(randomblob(32))"],
     f"the details of session {SID}"),
    (["UPDATE documents SET sha256 = hex(randomblob(32)) WHERE rowid = 1"],
     f"the documents of session {SID} (their names, hashes, sizes or who may read them)"),
    (["UPDATE documents SET name = 'other.pdf' WHERE rowid = 2"], "the documents of session"),
    (["UPDATE pledges SET accepted_at = '2025-06-01T09:00:00+09:00'"],
     f"the pledge acceptance of session {SID} differs"),
]


# ids by position: IMPOSTOR is a fresh key per process (parallel workers collect alike)
@pytest.mark.parametrize("statements, expected", CHANGES,
                         ids=[f"change-{i}" for i in range(len(CHANGES))])
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


def test_a_frozen_rubric_edited_in_the_file_no_longer_matches_its_hash(exported, tmp_path,
                                                                        run_cli, monkeypatch):
    """The rubric a sheet is scored on (max_points 10 → 11): the import event's record of its
    JSON catches it, and so does its own content hash (for sessions opened before the import
    event recorded the JSON)."""
    home = tampered(exported, tmp_path,
                    f"UPDATE rubrics SET json = substr(json, 1, instr(json, '{TEN}') - 1) || "
                    f"'{ELEVEN}' || substr(json, instr(json, '{TEN}') + {len(TEN)})")
    monkeypatch.setenv("EVALUATOR_HOME", str(home))
    result = run_cli("audit", "verify")
    assert result.exit_code == 2
    output = " ".join(result.output.split())
    assert f"of session {SID} differs from the audit log" in output
    assert "no longer matches its hash sha256:" in output


def test_the_import_event_records_what_it_stored(exported):
    """Each session's import event carries the hashes of the rows it stored; a workspace whose
    rows are untouched reproduces them exactly."""
    from evaluator_app.workspace import audit

    home, _ = exported
    with Workspace.open(home) as ws:
        payload = json.loads(ws.conn.execute(
            "SELECT payload FROM events WHERE kind = 'session.import'").fetchone()[0])
        assert payload["stored"] == audit.stored_digests(ws.conn, SID)
        assert sorted(payload["stored"]["applications"]) == [a.id for a in ws.applications(SID)]
        assert set(payload["stored"]["rubrics"]) == {r.content_hash
                                                     for r in ws.session_rubrics(SID)}
