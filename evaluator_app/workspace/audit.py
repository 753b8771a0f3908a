"""The hash-chained, append-only event log kept in the workspace.

Each event's hash covers its sequence number, time, session, kind, payload and the previous
event's hash, so editing or deleting any event breaks the chain from there on. The head hash
goes into every exported score sheet, which anchors the log's tail as well.
"""

import json
import sqlite3
from dataclasses import dataclass, field
from typing import Any

from evaluator_app.canonical import canonical_json, sha256_hex

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
    return digest


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
        decoded.append({"seq": seq, "at": at, "session": sid, "kind": kind, "payload": payload})
        prev = digest
        expected_seq = seq + 1
        report.events += 1
    report.head = prev
    return report, decoded


def replay_problems(conn: sqlite3.Connection, events: list[dict[str, Any]]) -> list[str]:
    """Replay the decoded events and report every stored entry that differs from them
    (an edit made to the tables without going through the app)."""
    problems: list[str] = []
    entries: dict[tuple, tuple] = {}
    opinions: dict[tuple, str] = {}
    conflicts: dict[tuple, tuple] = {}
    for ev in events:
        p = ev["payload"] or {}
        if ev["kind"] == "session.import":
            for k in [k for k in entries if k[0] == ev["session"]]:
                del entries[k]
        elif ev["kind"] == "entry.set":
            entries[(ev["session"], p.get("application"), p.get("kind"), p.get("entry"))] = (
                p.get("value"), p.get("rationale"))
        elif ev["kind"] == "opinion.set":
            opinions[(ev["session"], p.get("application"))] = p.get("text")
        elif ev["kind"] == "coi.set":
            key = (ev["session"], p.get("application"))
            if p.get("declared") is None:
                conflicts.pop(key, None)
            else:
                conflicts[key] = (p["declared"], p.get("ground", ""), p.get("text", ""))
    stored_entries = {tuple(r[:4]): (r[4], r[5]) for r in conn.execute(
        "SELECT session_id, application_id, kind, entry_id, value, rationale FROM entries")}
    stored_opinions = {tuple(r[:2]): r[2] for r in conn.execute(
        "SELECT session_id, application_id, text FROM opinions")}
    stored_conflicts = {tuple(r[:2]): tuple(r[2:]) for r in conn.execute(
        "SELECT session_id, application_id, declared, ground, text FROM conflicts")}
    for what, logged, stored in (("entry", entries, stored_entries),
                                 ("overall opinion", opinions, stored_opinions),
                                 ("conflict declaration", conflicts, stored_conflicts)):
        for key in sorted(set(logged) | set(stored), key=str):
            if logged.get(key) != stored.get(key):
                where = " ".join(str(k) for k in key)
                problems.append(
                    f"the {what} {where} differs from the audit log (changed outside the app)")
    return problems
