"""Workspace schema and its versioned migrations (PRAGMA user_version)."""

import hashlib
import json
import sqlite3
from collections.abc import Callable

# 'EVD1': marks a SQLite file as an Evaluation Desk workspace.
APPLICATION_ID = 0x45564431

MIGRATIONS: list[str] = [
    # 1: sessions, frozen rubrics, applications, entries, opinions, conflicts, audit events.
    """
    CREATE TABLE sessions (
        id TEXT PRIMARY KEY,
        title TEXT NOT NULL,
        program TEXT NOT NULL,
        stage TEXT NOT NULL,
        year INTEGER,
        sites_to_select INTEGER NOT NULL,
        spec_json TEXT NOT NULL,
        state TEXT NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'locked')),
        revision INTEGER NOT NULL DEFAULT 1,
        imported_at TEXT NOT NULL
    );
    CREATE TABLE rubrics (
        hash TEXT PRIMARY KEY,
        id TEXT NOT NULL,
        json TEXT NOT NULL
    );
    CREATE TABLE applications (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        id TEXT NOT NULL,
        position INTEGER NOT NULL,
        applicant TEXT NOT NULL,
        title TEXT NOT NULL,
        rubric_hash TEXT NOT NULL REFERENCES rubrics(hash),
        data_json TEXT NOT NULL,
        PRIMARY KEY (session_id, id)
    );
    CREATE TABLE entries (
        session_id TEXT NOT NULL,
        application_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('score', 'adjustment', 'gate')),
        entry_id TEXT NOT NULL,
        value TEXT,
        rationale TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, application_id, kind, entry_id),
        FOREIGN KEY (session_id, application_id) REFERENCES applications(session_id, id)
            ON DELETE CASCADE
    );
    CREATE TABLE opinions (
        session_id TEXT NOT NULL,
        application_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, application_id),
        FOREIGN KEY (session_id, application_id) REFERENCES applications(session_id, id)
            ON DELETE CASCADE
    );
    CREATE TABLE conflicts (
        session_id TEXT NOT NULL,
        application_id TEXT NOT NULL,
        declared TEXT NOT NULL CHECK (declared IN ('conflict', 'none')),
        ground TEXT NOT NULL DEFAULT '',
        text TEXT NOT NULL DEFAULT '',
        declared_at TEXT NOT NULL,
        PRIMARY KEY (session_id, application_id),
        FOREIGN KEY (session_id, application_id) REFERENCES applications(session_id, id)
            ON DELETE CASCADE
    );
    CREATE TABLE events (
        seq INTEGER PRIMARY KEY,
        at TEXT NOT NULL,
        session_id TEXT NOT NULL,
        kind TEXT NOT NULL,
        payload TEXT NOT NULL,
        prev_hash TEXT NOT NULL,
        hash TEXT NOT NULL UNIQUE
    );
    -- Append-only: the app never edits or deletes an event; tampering by other means is
    -- caught by `evaluator audit verify` through the hash chain.
    CREATE TRIGGER events_no_update BEFORE UPDATE ON events
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    CREATE TRIGGER events_no_delete BEFORE DELETE ON events
        BEGIN SELECT RAISE(ABORT, 'the audit log is append-only'); END;
    """,
    # 2: workspace settings (which identity this workspace was opened with, ...).
    """
    CREATE TABLE settings (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    );
    """,
    # 3: sessions opened from an encrypted bundle; their documents (never their plaintext).
    """
    ALTER TABLE sessions ADD COLUMN bundle_path TEXT;
    ALTER TABLE sessions ADD COLUMN bundle_hash TEXT;
    ALTER TABLE sessions ADD COLUMN manifest_json TEXT;
    CREATE TABLE documents (
        session_id TEXT NOT NULL,
        application_id TEXT NOT NULL,
        position INTEGER NOT NULL,
        doc_id TEXT NOT NULL,
        name TEXT NOT NULL,
        sha256 TEXT NOT NULL,
        size INTEGER NOT NULL,
        readable INTEGER NOT NULL,
        PRIMARY KEY (session_id, doc_id),
        FOREIGN KEY (session_id, application_id) REFERENCES applications(session_id, id)
            ON DELETE CASCADE
    );
    """,
    # 4: the pledge (서약) each session was accepted with, and the sheet revisions.
    """
    CREATE TABLE pledges (
        session_id TEXT PRIMARY KEY REFERENCES sessions(id) ON DELETE CASCADE,
        name TEXT NOT NULL,
        fingerprint TEXT NOT NULL,
        pledge_sha256 TEXT NOT NULL,
        accepted_at TEXT NOT NULL
    );
    CREATE TABLE revisions (
        session_id TEXT NOT NULL REFERENCES sessions(id) ON DELETE CASCADE,
        revision INTEGER NOT NULL,
        reason TEXT NOT NULL,
        at TEXT NOT NULL,
        PRIMARY KEY (session_id, revision)
    );
    """,
    # 5: private notes per application: the member's own, never exported, not in the audit log.
    """
    CREATE TABLE notes (
        session_id TEXT NOT NULL,
        application_id TEXT NOT NULL,
        text TEXT NOT NULL,
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, application_id),
        FOREIGN KEY (session_id, application_id) REFERENCES applications(session_id, id)
            ON DELETE CASCADE
    );
    """,
    # 6: private highlights in the documents. Only where they are (page and the two ends of the
    # marked text, in PDF points): the words themselves are read again from the decrypted
    # document in memory, so no document text ever lands on disk.
    """
    CREATE TABLE highlights (
        id INTEGER PRIMARY KEY AUTOINCREMENT,
        session_id TEXT NOT NULL,
        doc_id TEXT NOT NULL,
        page INTEGER NOT NULL CHECK (page >= 0),
        x0 REAL NOT NULL,
        y0 REAL NOT NULL,
        x1 REAL NOT NULL,
        y1 REAL NOT NULL,
        created_at TEXT NOT NULL,
        FOREIGN KEY (session_id, doc_id) REFERENCES documents(session_id, doc_id)
            ON DELETE CASCADE
    );
    """,
    # 7: whose copy of a bundle session this is, so the secretariat's pre-declared conflicts
    # (manifest `conflicts`) can be enforced for exactly this member.
    """
    ALTER TABLE sessions ADD COLUMN member_fingerprint TEXT;
    """,
    # 8: a bundle is identified by its signed manifest, not by the file's bytes; bundle_hash
    # keeps the file hash a session was opened with before (see _manifest_identities).
    """
    ALTER TABLE sessions ADD COLUMN manifest_sha256 TEXT;
    """,
    # 9: entries and settings keyed by their primary key alone (WITHOUT ROWID): an edit then
    # writes one b-tree page for its entry and one for the audit head instead of two each
    # (a table and its key index), 6 → 4 pages a commit, so the WAL's checkpoints come a
    # third less often. Nothing references either table; the rows are copied as they are.
    """
    CREATE TABLE entries_v9 (
        session_id TEXT NOT NULL,
        application_id TEXT NOT NULL,
        kind TEXT NOT NULL CHECK (kind IN ('score', 'adjustment', 'gate')),
        entry_id TEXT NOT NULL,
        value TEXT,
        rationale TEXT NOT NULL DEFAULT '',
        updated_at TEXT NOT NULL,
        PRIMARY KEY (session_id, application_id, kind, entry_id),
        FOREIGN KEY (session_id, application_id) REFERENCES applications(session_id, id)
            ON DELETE CASCADE
    ) WITHOUT ROWID;
    INSERT INTO entries_v9 SELECT session_id, application_id, kind, entry_id, value,
        rationale, updated_at FROM entries;
    DROP TABLE entries;
    ALTER TABLE entries_v9 RENAME TO entries;
    CREATE TABLE settings_v9 (
        key TEXT PRIMARY KEY,
        value TEXT NOT NULL
    ) WITHOUT ROWID;
    INSERT INTO settings_v9 SELECT key, value FROM settings;
    DROP TABLE settings;
    ALTER TABLE settings_v9 RENAME TO settings;
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)


def _manifest_identities(conn: sqlite3.Connection) -> None:
    """The identity of every bundle session opened before version 8. The manifest was stored
    as parsed; bundles are written as RFC 8785 canonical JSON, so its canonical form gives back
    the signed bytes (`session_bundle` compares with the kept bundle's own manifest anyway)."""
    from evaluator_app.canonical import canonical_json

    rows = conn.execute("SELECT id, manifest_json FROM sessions "
                        "WHERE manifest_json IS NOT NULL AND manifest_sha256 IS NULL").fetchall()
    for sid, manifest_json in rows:
        try:
            plain = canonical_json(json.loads(manifest_json))
        except (ValueError, TypeError):  # unreadable: left unknown, refused when it is needed
            continue
        conn.execute("UPDATE sessions SET manifest_sha256 = ? WHERE id = ?",
                     ["sha256:" + hashlib.sha256(plain).hexdigest(), sid])


# what a migration does beyond its SQL, in the same transaction
AFTER: dict[int, Callable[[sqlite3.Connection], None]] = {8: _manifest_identities}


def migrate(conn: sqlite3.Connection, current: int) -> None:
    """Bring a workspace from `current` to SCHEMA_VERSION, one transaction per step."""
    for version in range(current + 1, SCHEMA_VERSION + 1):
        conn.execute("BEGIN IMMEDIATE")
        try:
            for statement in _split(MIGRATIONS[version - 1]):
                conn.execute(statement)
            if version in AFTER:
                AFTER[version](conn)
            conn.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            conn.execute(f"PRAGMA user_version = {version}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise


def _split(script: str) -> list[str]:
    """Split a migration into statements (triggers contain ';' inside BEGIN…END)."""
    out: list[str] = []
    buf = ""
    for line in script.splitlines(keepends=True):
        if line.strip().startswith("--"):
            continue
        buf += line
        if sqlite3.complete_statement(buf):
            out.append(buf.strip())
            buf = ""
    if buf.strip():
        out.append(buf.strip())
    return out
