"""The hash-chained, append-only event log kept in the workspace.

Each event's hash covers its sequence number, time, session, kind, payload and the previous
event's hash, so editing or deleting any event breaks the chain from there on. The head hash
goes into every exported score sheet, and each session remembers the hash of its last event
(settings `audit_head:<session>`), so a deleted tail shows too.

What it proves, and what not: the chain is not keyed. It catches edits made to the tables
behind the app's back and a deleted tail, but whoever holds the file can rebuild a consistent
chain from scratch. The signed score sheet (with its `audit_head`) is the record of what left
the laptop; replaying the log checks every table whose change matters against it: entries,
opinions, conflict declarations, session state and revision, revision reasons and times, the
pledge and when it was accepted, the pinned secretariat keys. What opening a bundle (or
importing a spec) stored — the session's row with its manifest copy, each application's row,
the documents and the frozen rubrics' JSON — is hashed into that event (`stored`) and compared
with the tables as they are now; every frozen rubric must also still match its content hash.
docs/formats.md (What the audit log proves) lists exactly what is covered.
"""

import contextlib
import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from evaluator_app.canonical import canonical_json, sha256_hex
from evaluator_app.errors import EvaluatorError

GENESIS = "0" * 64


def event_hash(seq: int, at: str, session_id: str, kind: str, payload: Any, prev: str) -> str:
    return sha256_hex(canonical_json({
        "seq": seq, "at": at, "session": session_id, "kind": kind, "payload": payload,
        "prev": prev,
    }))


def head(conn: sqlite3.Connection) -> tuple[int, str]:
    row = conn.execute("SELECT seq, hash FROM events ORDER BY seq DESC LIMIT 1").fetchone()
    return (row[0], row[1]) if row else (0, GENESIS)


def append(conn: sqlite3.Connection, at: str, session_id: str, kind: str,
           payload: dict[str, Any]) -> str:
    """Append one event inside the caller's transaction; returns its hash."""
    seq, prev = head(conn)
    seq += 1
    digest = event_hash(seq, at, session_id, kind, payload, prev)
    conn.execute(
        "INSERT INTO events (seq, at, session_id, kind, payload, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)",
        (seq, at, session_id, kind, canonical_json(payload).decode("utf-8"), prev, digest))
    conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)",
                 (HEAD_KEY + session_id, f"{seq} {digest}"))
    return digest


HEAD_KEY = "audit_head:"
TRUSTED_KEY = "trusted_secretariats"
# What an import or a bundle's opening stores that only another import changes; state and
# revision are left out (replayed from their own events).
SESSION_COLUMNS = ("title", "program", "stage", "year", "sites_to_select", "spec_json",
                   "imported_at", "bundle_path", "bundle_hash", "manifest_json",
                   "member_fingerprint")


def _digest(value: Any) -> str:
    return sha256_hex(canonical_json(value))


def stored_digests(conn: sqlite3.Connection, session_id: str) -> dict[str, Any]:
    """Hashes of what importing a session stored (recorded in its import event, so an edit
    made to these rows outside the app shows): the session's row (its manifest copy included),
    each application's row (applicant, title, rubric, documents, population… in `data_json`),
    its documents' rows and the JSON of the frozen rubrics its applications are scored on."""
    row = conn.execute(f"SELECT {', '.join(SESSION_COLUMNS)} FROM sessions WHERE id = ?",
                       [session_id]).fetchone()
    apps = {r[0]: _digest(list(r[1:])) for r in conn.execute(
        "SELECT id, position, applicant, title, rubric_hash, data_json FROM applications "
        "WHERE session_id = ?", [session_id])}
    docs = sorted(list(r) for r in conn.execute(
        "SELECT application_id, position, doc_id, name, sha256, size, readable FROM documents "
        "WHERE session_id = ?", [session_id]))
    rubrics = {r[0]: sha256_hex(r[1].encode("utf-8")) for r in conn.execute(
        "SELECT hash, json FROM rubrics WHERE hash IN (SELECT rubric_hash FROM applications "
        "WHERE session_id = ?)", [session_id])}
    return {"session": _digest(list(row) if row else None), "applications": apps,
            "documents": _digest(docs), "rubrics": rubrics}


@dataclass
class AuditReport:
    events: int = 0
    head: str = GENESIS
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def verify_chain(conn: sqlite3.Connection) -> tuple[AuditReport, list[dict[str, Any]]]:
    """Recompute every hash and link; returns the report and the decoded events in order."""
    report = AuditReport()
    decoded: list[dict[str, Any]] = []
    prev = GENESIS
    expected_seq = 1
    rows = conn.execute(
        "SELECT seq, at, session_id, kind, payload, prev_hash, hash FROM events ORDER BY seq")
    for seq, at, sid, kind, payload_text, prev_hash, digest in rows:
        if seq != expected_seq:
            report.problems.append(
                f"event {expected_seq}" + (f"–{seq - 1}" if seq - 1 > expected_seq else "")
                + " is missing (deleted)")
        if prev_hash != prev:
            report.problems.append(f"event {seq} does not follow the event before it")
        try:
            payload = json.loads(payload_text)
        except ValueError:
            report.problems.append(f"event {seq} has an unreadable payload")
            payload = None
        if event_hash(seq, at, sid, kind, payload, prev_hash) != digest:
            report.problems.append(f"event {seq} ({kind}) was edited: its hash does not match")
        decoded.append({"seq": seq, "at": at, "session": sid, "kind": kind, "payload": payload,
                        "hash": digest})
        prev = digest
        expected_seq = seq + 1
        report.events += 1
    report.head = prev
    return report, decoded


def replay_problems(conn: sqlite3.Connection, events: list[dict[str, Any]]) -> list[str]:
    """Replay the decoded events and report every stored record that differs from them
    (an edit made to the tables without going through the app)."""
    problems: list[str] = []
    entries: dict[tuple, tuple] = {}
    opinions: dict[tuple, str] = {}
    conflicts: dict[tuple, tuple] = {}
    sessions: dict[tuple, tuple] = {}
    pledges: dict[tuple, tuple] = {}
    revisions: dict[tuple, tuple] = {}
    pinned: set[str] = set()
    imports: dict[str, dict[str, Any]] = {}
    last: dict[str, tuple[int, str]] = {}
    for ev in events:
        p = ev["payload"] or {}
        sid = ev["session"]
        last[sid] = (ev["seq"], ev["hash"])
        if ev["kind"] == "session.import":
            for table in (entries, opinions, conflicts, pledges, revisions):
                for k in [k for k in table if k[0] == sid]:
                    del table[k]
            sessions[(sid,)] = ("open", 1)
            imports[sid] = p
            if p.get("secretariat"):
                pinned.add(p["secretariat"])
        elif ev["kind"] == "session.replace":
            kept = set(p.get("kept", []))
            for table in (entries, opinions, conflicts):
                for k in [k for k in table if k[0] == sid and k[1] not in kept]:
                    del table[k]
            if not p.get("pledge_kept"):
                pledges.pop((sid,), None)
            imports[sid] = p
            if p.get("secretariat"):
                pinned.add(p["secretariat"])
        elif ev["kind"] == "entry.set":
            entries[(sid, p.get("application"), p.get("kind"), p.get("entry"))] = (
                p.get("value"), p.get("rationale"))
        elif ev["kind"] == "opinion.set":
            opinions[(sid, p.get("application"))] = p.get("text")
        elif ev["kind"] == "coi.set":
            key = (sid, p.get("application"))
            if p.get("declared") is None:
                conflicts.pop(key, None)
            else:
                conflicts[key] = (p["declared"], p.get("ground", ""), p.get("text", ""))
        elif ev["kind"] == "pledge.accept":
            pledges[(sid,)] = (p.get("name"), p.get("fingerprint"), p.get("pledge_sha256"),
                               ev["at"])
        elif ev["kind"] == "sheet.export":
            sessions[(sid,)] = ("locked", p.get("revision"))
        elif ev["kind"] == "sheet.revise":
            sessions[(sid,)] = ("open", p.get("revision"))
            revisions[(sid, p.get("revision"))] = (p.get("reason"), ev["at"])
        elif ev["kind"] == "trust.pin":
            pinned.add(p.get("fingerprint"))
        elif ev["kind"] == "session.move":  # arrived from another laptop (moving.py)
            for gone in p.get("left_behind") or []:  # their rows stayed there
                for table in (entries, opinions, conflicts, sessions, pledges, revisions):
                    for k in [k for k in table if k[0] == gone]:
                        del table[k]
                imports.pop(gone, None)
                last.pop(gone, None)
            if sid in imports and isinstance(p.get("stored"), dict):  # the bundle's new place
                imports[sid] = {**imports[sid], "stored": p["stored"]}

    def rows(sql: str, n: int) -> dict[tuple, Any]:
        return {tuple(r[:n]): (tuple(r[n:]) if len(r) - n > 1 else r[n])
                for r in conn.execute(sql)}

    for what, logged, stored in (
            ("entry", entries, rows("SELECT session_id, application_id, kind, entry_id, value, "
                                    "rationale FROM entries", 4)),
            ("overall opinion", opinions, rows("SELECT session_id, application_id, text FROM "
                                               "opinions", 2)),
            ("conflict declaration", conflicts, rows("SELECT session_id, application_id, "
                                                     "declared, ground, text FROM conflicts", 2)),
            ("state and revision of session", sessions, rows("SELECT id, state, revision FROM "
                                                             "sessions", 1)),
            ("pledge acceptance of session", pledges, rows(
                "SELECT session_id, name, fingerprint, pledge_sha256, accepted_at FROM pledges",
                1)),
            ("revision reason", revisions, rows("SELECT session_id, revision, reason, at FROM "
                                                "revisions", 2))):
        for key in sorted(set(logged) | set(stored), key=str):
            if logged.get(key) != stored.get(key):
                where = " ".join(str(k) for k in key)
                problems.append(
                    f"the {what} {where} differs from the audit log (changed outside the app)")
    problems += _pinned_problems(conn, pinned, imports)
    problems += _session_problems(conn, imports)
    problems += _rubric_problems(conn)
    problems += _tail_problems(conn, last)
    return problems


def _setting(conn: sqlite3.Connection, key: str) -> str | None:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
    return row[0] if row else None


def _pinned_problems(conn: sqlite3.Connection, pinned: set[str],
                     imports: dict[str, dict[str, Any]]) -> list[str]:
    """Every pinned secretariat key must have been pinned by opening a bundle (logged)."""
    try:
        trusted = set(json.loads(_setting(conn, TRUSTED_KEY) or "[]"))
    except (ValueError, TypeError):
        return ["the pinned secretariat keys are unreadable (changed outside the app)"]
    for sid, payload in imports.items():  # sessions opened before keys were logged
        if payload.get("bundle") and "secretariat" not in payload:
            row = conn.execute("SELECT manifest_json FROM sessions WHERE id = ?",
                               [sid]).fetchone()
            with contextlib.suppress(TypeError, ValueError, KeyError):
                pinned.add(json.loads(row[0])["secretariat"]["fingerprint"])
    return [f"the pinned secretariat key {fp} was not pinned by opening a bundle (changed "
            "outside the app)" for fp in sorted(trusted - pinned)]


def _session_problems(conn: sqlite3.Connection, imports: dict[str, dict[str, Any]]
                      ) -> list[str]:
    """Documents' readable flags and the applications' frozen rubrics, as imported."""
    problems = []
    for sid, p in imports.items():
        if "documents" in p:
            stored = {r[0]: bool(r[1]) for r in conn.execute(
                "SELECT doc_id, readable FROM documents WHERE session_id = ?", [sid])}
            if stored != {k: bool(v) for k, v in p["documents"].items()}:
                problems.append(f"the documents of session {sid} (which ones you may read) "
                                "differ from the audit log (changed outside the app)")
        rubrics = set(p.get("rubrics", []))
        by_app = p.get("application_rubrics")
        for app, rubric_hash in conn.execute(
                "SELECT id, rubric_hash FROM applications WHERE session_id = ?", [sid]):
            expected = by_app.get(app) if by_app else None
            if rubric_hash not in rubrics or (by_app and expected != rubric_hash):
                problems.append(f"application {app} of session {sid} is scored on another "
                                "rubric than the one imported (changed outside the app)")
        if isinstance(p.get("stored"), dict):  # logged since workspaces record it
            problems += _stored_problems(sid, p["stored"], stored_digests(conn, sid))
    return problems


def _stored_problems(sid: str, logged: dict[str, Any], now: dict[str, Any]) -> list[str]:
    """What an import stored, against the hashes its event recorded."""
    out = []
    if now["session"] != logged.get("session"):
        out.append(f"the details of session {sid} (title, program, stage, year, bundle, or the "
                   "copy of its signed manifest) differ from the audit log (changed outside "
                   "the app)")
    apps, logged_apps = now["applications"], logged.get("applications") or {}
    for app in sorted(set(apps) | set(logged_apps)):
        if apps.get(app) != logged_apps.get(app):
            out.append(f"application {app} of session {sid} (its applicant, title, rubric, "
                       "documents or other data) differs from the audit log (changed outside "
                       "the app)")
    if now["documents"] != logged.get("documents"):
        out.append(f"the documents of session {sid} (their names, hashes, sizes or who may "
                   "read them) differ from the audit log (changed outside the app)")
    rubrics, logged_rubrics = now["rubrics"], logged.get("rubrics") or {}
    for digest in sorted(set(rubrics) | set(logged_rubrics)):
        if rubrics.get(digest) != logged_rubrics.get(digest):
            out.append(f"the frozen rubric {digest} of session {sid} differs from the audit "
                       "log (changed outside the app)")
    return out


def _rubric_problems(conn: sqlite3.Connection) -> list[str]:
    """Every frozen rubric still is what its hash names (for sessions imported before their
    import events recorded the rubrics' JSON too)."""
    from evaluator_app.rubric.loader import parse_rubric  # the rubric parser only when verifying

    problems = []
    for digest, rubric_id, text in conn.execute("SELECT hash, id, json FROM rubrics"):
        try:
            same = parse_rubric(json.loads(text), f"workspace rubric {rubric_id}"
                                ).content_hash == digest
        except (EvaluatorError, ValueError, TypeError, KeyError):
            same = False
        if not same:
            problems.append(f"the frozen rubric {rubric_id} no longer matches its hash {digest} "
                            "(changed outside the app)")
    return problems


def _tail_problems(conn: sqlite3.Connection, last: dict[str, tuple[int, str]]) -> list[str]:
    """Each session's last event, as remembered when it was written, must still be the last."""
    problems = []
    for key, value in conn.execute("SELECT key, value FROM settings WHERE key LIKE ?",
                                   [HEAD_KEY + "%"]):
        sid = key[len(HEAD_KEY):]
        seq, _, digest = str(value).partition(" ")
        if last.get(sid, (0, ""))[1] != digest:
            problems.append(f"the audit log of session {sid} ends before its event {seq}, "
                            "which was written (events were deleted)")
    return problems


def sheet_problems(events: list[dict[str, Any]], sheet: dict[str, Any], sheet_sha256: str
                   ) -> list[str]:
    """An exported sheet anchors the log: its `audit_head` must be in the chain, followed by
    the export (or, for a partial sheet, the hand-in) of exactly this sheet."""
    head = sheet.get("audit_head")
    sid = (sheet.get("session") or {}).get("id")
    hashes = [GENESIS] + [ev["hash"] for ev in events]
    if head not in hashes:
        return [f"the sheet's audit head {head} is not in this workspace's audit log (events "
                "were deleted, or the sheet comes from another workspace)"]
    after = events[hashes.index(head):]
    if not any(ev["kind"] in ("sheet.export", "sheet.partial") and ev["session"] == sid
               and (ev["payload"] or {}).get("sheet_sha256") == sheet_sha256 for ev in after):
        return [f"the audit log does not record the export of this sheet ({sheet_sha256}); "
                "events were deleted"]
    return []
