"""The workspace: edits, conflicts, atomic batches, schema guards and the audit log."""

import sqlite3
from pathlib import Path

import pytest

from evaluator_app.errors import (
    ConflictOfInterestError,
    NotFoundError,
    ScoringError,
    SessionLockedError,
    WorkspaceError,
)
from evaluator_app.session_spec import load_spec
from evaluator_app.workspace import Change, Workspace
from evaluator_app.workspace.schema import SCHEMA_VERSION

WHY = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"


def test_pragmas_make_every_commit_durable(ws: Workspace):
    assert ws.conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert ws.conn.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    assert ws.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def test_scores_are_stored_normalised_and_survive_reopening(ws: Workspace, session_id: str):
    ws.set_score(session_id, "A01", "1-1", "7.50", WHY)
    ws.set_score(session_id, "A01", "1-2", 8)
    ws.set_rationale(session_id, "A01", "score", "1-2", "작성 중")  # autosave: short is fine
    path = ws.path
    ws.close()
    with Workspace(path) as again:
        e = again.entries(session_id, "A01")
        assert (e.scores["1-1"].value, e.scores["1-1"].rationale) == ("7.5", WHY)
        assert (e.scores["1-2"].value, e.scores["1-2"].rationale) == ("8", "작성 중")
        assert again.evaluate(session_id, "A01").subtotal == 15.5


def test_strict_edits_reject_short_rationales(ws: Workspace, session_id: str):
    with pytest.raises(ScoringError, match="the rationale has 2 characters"):
        ws.set_score(session_id, "A01", "1-1", 5, "짧음")
    assert ws.entries(session_id, "A01").scores == {}


def test_a_conflicted_application_cannot_be_scored(ws: Workspace, session_id: str):
    ws.set_score(session_id, "A02", "1-1", 5, WHY)
    ws.declare_conflict(session_id, "A02", "relative", "신청 지자체 담당 과장이 사촌")
    with pytest.raises(ConflictOfInterestError, match="A02 is declared conflicted"):
        ws.set_score(session_id, "A02", "1-2", 5)
    with pytest.raises(ConflictOfInterestError):
        ws.set_opinion(session_id, "A02", "의견")
    assert ws.evaluate(session_id, "A02").status == "conflict"
    ws.declare_no_conflict(session_id, "A02")  # withdrawn: the earlier score is back
    assert ws.entries(session_id, "A02").scores["1-1"].value == "5"
    with pytest.raises(ScoringError, match="write the reason"):
        ws.declare_conflict(session_id, "A02", "other", "")
    with pytest.raises(ScoringError, match="unknown conflict ground"):
        ws.declare_conflict(session_id, "A02", "enemy", "")


def test_a_batch_is_all_or_nothing(ws: Workspace, session_id: str):
    events = ws.audit_verify().events
    batch = [Change("A01", "score", "1-1", "5", WHY, origin="row 2"),
             Change("A01", "score", "1-2", "11", WHY, origin="row 3"),
             Change("A01", "score", "nope", "1", origin="row 4")]
    with pytest.raises(ScoringError) as info:
        ws.apply(session_id, batch)
    assert info.value.problems[0].startswith("row 3: item 1-2")
    assert "row 4: application A01: rubric" in info.value.problems[1]
    assert ws.entries(session_id, "A01").is_empty()
    assert ws.audit_verify().events == events


def test_declaring_and_scoring_in_one_batch_is_refused(ws: Workspace, session_id: str):
    with pytest.raises(ConflictOfInterestError):
        ws.apply(session_id, [Change("A03", "coi", value="advice", rationale="자문"),
                              Change("A03", "score", "1-1", "5")])


def test_locked_sessions_refuse_edits(ws: Workspace, session_id: str):
    ws.conn.execute("UPDATE sessions SET state = 'locked'")
    with pytest.raises(SessionLockedError, match="is locked"):
        ws.set_score(session_id, "A01", "1-1", 5)


def test_unknown_ids(ws: Workspace, session_id: str):
    with pytest.raises(NotFoundError, match="no session 'x'"):
        ws.set_score("x", "A01", "1-1", 5)
    with pytest.raises(NotFoundError, match="has no application 'A99'"):
        ws.set_score(session_id, "A99", "1-1", 5)


def test_reimport_only_while_nothing_is_scored(ws: Workspace, session_id: str, demo_round: Path):
    spec = load_spec(demo_round)
    with pytest.raises(WorkspaceError, match="already in the workspace"):
        ws.import_session(spec)
    ws.import_session(spec, replace=True)
    ws.set_score(session_id, "A01", "1-1", 5)
    with pytest.raises(WorkspaceError, match="already has scores"):
        ws.import_session(spec, replace=True)


def test_files_that_are_not_workspaces(tmp_path: Path):
    junk = tmp_path / "junk.sqlite"
    junk.write_bytes(b"this is not sqlite at all, just some bytes" * 50)
    with pytest.raises(WorkspaceError, match="is not a workspace file"):
        Workspace(junk)
    other = tmp_path / "other.sqlite"
    with sqlite3.connect(other) as conn:
        conn.execute("CREATE TABLE t (x)")
    with pytest.raises(WorkspaceError, match="not an Evaluation Desk workspace"):
        Workspace(other)
    newer = tmp_path / "newer.sqlite"
    Workspace(newer).close()
    with sqlite3.connect(newer) as conn:
        conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    with pytest.raises(WorkspaceError, match="written by a newer version"):
        Workspace(newer)


def scored(ws: Workspace, session_id: str) -> None:
    for item in ("1-1", "1-2", "2-1"):
        ws.set_score(session_id, "A01", item, 5, WHY)
    ws.set_opinion(session_id, "A01", "종합의견")


def as_version_8_left_it(path: Path) -> None:
    """entries and settings back to rowid tables (their form before migration 9)."""
    conn = sqlite3.connect(path, isolation_level=None)
    for table, columns in (("entries", "session_id, application_id, kind, entry_id, value, "
                                       "rationale, updated_at"),
                           ("settings", "key, value")):
        sql = conn.execute("SELECT sql FROM sqlite_master WHERE name = ?", [table]).fetchone()[0]
        conn.execute(f"ALTER TABLE {table} RENAME TO old_{table}")
        conn.execute(sql.replace("WITHOUT ROWID", ""))
        conn.execute(f"INSERT INTO {table} SELECT {columns} FROM old_{table}")
        conn.execute(f"DROP TABLE old_{table}")
    conn.execute("PRAGMA user_version = 8")
    conn.close()


def without_rowid(conn: sqlite3.Connection, table: str) -> bool:
    return "WITHOUT ROWID" in conn.execute("SELECT sql FROM sqlite_master WHERE name = ?",
                                           [table]).fetchone()[0]


def test_migration_9_keeps_every_entry_setting_and_the_audit_chain(ws: Workspace,
                                                                      session_id: str):
    scored(ws, session_id)
    ws.set_setting("identity", "m1.age")
    before = (ws.entries(session_id, "A01"), ws.head_hash(), ws.get_setting("identity"))
    path = ws.path
    ws.close()
    as_version_8_left_it(path)
    with sqlite3.connect(path) as old:
        assert not without_rowid(old, "entries") and not without_rowid(old, "settings")
    with Workspace(path) as again:
        assert again.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        assert without_rowid(again.conn, "entries") and without_rowid(again.conn, "settings")
        assert (again.entries(session_id, "A01"), again.head_hash(),
                again.get_setting("identity")) == before
        assert again.audit_verify().ok
        again.set_score(session_id, "A01", "1-1", 3, WHY)  # and it takes edits as before
        assert again.entries(session_id, "A01").scores["1-1"].value == "3"
        assert again.audit_verify().ok


def test_audit_verifies_a_clean_log(ws: Workspace, session_id: str):
    scored(ws, session_id)
    report = ws.audit_verify()
    assert report.ok and report.events == 5 and report.head == ws.head_hash()


def test_the_log_is_append_only(ws: Workspace, session_id: str):
    scored(ws, session_id)
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        ws.conn.execute("DELETE FROM events WHERE seq = 2")
    with pytest.raises(sqlite3.IntegrityError, match="append-only"):
        ws.conn.execute("UPDATE events SET payload = '{}' WHERE seq = 2")


def tamper(ws: Workspace, sql: str) -> list[str]:
    ws.conn.executescript("DROP TRIGGER events_no_update; DROP TRIGGER events_no_delete;"
                          + sql)
    return ws.audit_verify().problems


def test_an_edited_event_is_detected(ws: Workspace, session_id: str):
    scored(ws, session_id)
    problems = tamper(ws, "UPDATE events SET payload = replace(payload, '\"5\"', '\"9\"') "
                          "WHERE seq = 3;")
    assert "event 3 (entry.set) was edited: its hash does not match" in problems


def test_a_deleted_event_is_detected(ws: Workspace, session_id: str):
    scored(ws, session_id)
    problems = tamper(ws, "DELETE FROM events WHERE seq = 3;")
    assert "event 3 is missing (deleted)" in problems
    assert "event 4 does not follow the event before it" in problems


def test_a_changed_score_without_an_event_is_detected(ws: Workspace, session_id: str):
    scored(ws, session_id)
    ws.conn.execute("UPDATE entries SET value = '10' WHERE entry_id = '1-2'")
    assert ws.audit_verify().problems == [
        f"the entry {session_id} A01 score 1-2 differs from the audit log (changed outside "
        "the app)"]


def test_a_checkpoint_puts_the_edits_into_the_workspace_file(ws: Workspace, session_id: str,
                                                              tmp_path: Path):
    from evaluator_app.workspace.connection import checkpoint

    def in_the_file_alone() -> str | None:
        copy = tmp_path / "alone.sqlite"
        copy.write_bytes(ws.path.read_bytes())
        conn = sqlite3.connect(f"file:{copy}?immutable=1", uri=True)
        try:
            row = conn.execute("SELECT value FROM entries WHERE entry_id = '1-1'").fetchone()
            return row[0] if row else None
        except sqlite3.OperationalError:  # not even the tables yet: all in the WAL
            return None
        finally:
            conn.close()

    ws.set_score(session_id, "A01", "1-1", 6, WHY)
    assert in_the_file_alone() is None
    assert checkpoint(ws.path)  # on a connection of its own, the workspace still open
    assert in_the_file_alone() == "6"
    assert not checkpoint(tmp_path / "none.sqlite") and not (tmp_path / "none.sqlite").exists()
