"""Whose workspace a file is, and which sessions (from which bundles) it holds, read from the
file alone: `workspace restore --from FILE` must not put another member's workspace, or one of
another session, in place of this one (a colleague's backup on the shared USB stick).

Read read-only and defensively: the file being replaced is often damaged, and what cannot be
read is simply not known (the automatic backups beside it are this workspace's own history and
stand in for it). Nothing is refused on what is not known.
"""

import json
import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import quote

from evaluator_app.errors import WorkspaceError

CARD_KEY = "identity_card"  # the remembered card (trust.workspace_identity writes it)
# The audit events that name a session's source: the bundle's manifest, or the spec's hash.
SOURCE_EVENTS = ("session.import", "session.replace")
SOURCE_FIELDS = ("manifest", "previous_manifest", "spec")


@dataclass
class Owner:
    """What a workspace file says about itself; empty where it says nothing readable."""

    fingerprint: str | None = None
    name: str | None = None
    sessions: dict[str, str] = field(default_factory=dict)  # id → title
    sources: dict[str, set[str]] = field(default_factory=dict)  # id → manifests/spec hashes

    def who(self) -> str:
        return f"{self.name} ({self.fingerprint})" if self.name else f"{self.fingerprint}"

    def which(self) -> str:
        return ", ".join(f"{sid} ({title})" for sid, title in sorted(self.sessions.items()))


def _rows(conn: sqlite3.Connection, sql: str, args: Iterable[object] = ()) -> list[tuple]:
    try:
        return conn.execute(sql, list(args)).fetchall()
    except (sqlite3.Error, ValueError):  # damaged, or a column an older schema lacks
        return []


def read_owner(path: Path) -> Owner:
    owner = Owner()
    try:
        conn = sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True)
    except sqlite3.Error:
        return owner
    try:
        for (text,) in _rows(conn, "SELECT value FROM settings WHERE key = ?", [CARD_KEY]):
            try:
                card = json.loads(text)
                owner.fingerprint, owner.name = str(card["fingerprint"]), str(card["name"])
            except (ValueError, TypeError, KeyError):
                pass
        if owner.fingerprint is None:  # no card remembered: whose copy each bundle session is
            found = _rows(conn, "SELECT member_fingerprint FROM sessions "
                          "WHERE member_fingerprint IS NOT NULL ORDER BY imported_at LIMIT 1")
            owner.fingerprint = found[0][0] if found else None
        for sid, title in _rows(conn, "SELECT id, title FROM sessions"):
            owner.sessions[sid] = title
        for sid, manifest in _rows(conn, "SELECT id, manifest_sha256 FROM sessions "
                                   "WHERE manifest_sha256 IS NOT NULL"):
            owner.sources.setdefault(sid, set()).add(manifest)
        marks = ",".join("?" * len(SOURCE_EVENTS))
        for sid, payload in _rows(conn, "SELECT session_id, payload FROM events WHERE kind IN "
                                  f"({marks})", SOURCE_EVENTS):
            try:
                data = json.loads(payload)
            except ValueError:
                continue
            if isinstance(data, dict):
                owner.sources.setdefault(sid, set()).update(
                    str(data[key]) for key in SOURCE_FIELDS if data.get(key))
    finally:
        conn.close()
    return owner


def this_workspace(path: Path, own_copies: Iterable[Path]) -> Owner:
    """What the workspace at `path` says about itself, completed from its own automatic
    backups where the file (damaged, or started afresh) says nothing."""
    owner = read_owner(path)
    for copy in own_copies:
        earlier = read_owner(copy)
        if owner.fingerprint is None and earlier.fingerprint is not None:
            owner.fingerprint, owner.name = earlier.fingerprint, earlier.name
        if not owner.sessions:
            owner.sessions = dict(earlier.sessions)
        for sid, sources in earlier.sources.items():  # a bundle replaced since is still its
            owner.sources.setdefault(sid, set()).update(sources)
    return owner


def refuse_foreign(path: Path, source: Path, current: Owner) -> None:
    """WorkspaceError, in one sentence naming whose or which it is, when the file `source`
    is another member's workspace, holds none of this workspace's sessions, or holds one of
    them from another bundle."""
    other = read_owner(source)
    tail = f": it does not replace {path}; nothing was changed"
    if current.fingerprint and other.fingerprint and current.fingerprint != other.fingerprint:
        raise WorkspaceError(f"{source} is the workspace of {other.who()}, not of "
                             f"{current.who()} whose workspace this is{tail}")
    if current.sessions and other.sessions and not current.sessions.keys() & other.sessions:
        raise WorkspaceError(f"{source} holds session {other.which()}, not this workspace's "
                             f"{current.which()}{tail}")
    for sid in sorted(current.sessions.keys() & other.sessions):
        ours, theirs = current.sources.get(sid), other.sources.get(sid)
        if ours and theirs and not ours & theirs:
            raise WorkspaceError(f"{source} holds session {sid} from another bundle "
                                 f"({', '.join(sorted(theirs))}) than this workspace's "
                                 f"({', '.join(sorted(ours))}){tail}")
