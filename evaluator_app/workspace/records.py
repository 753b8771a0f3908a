"""Per-session records beside the scores: pledge, lock and revisions, private notes and
highlights, settings.

A mixin of `Workspace` (kept apart so the store module stays about entries and their rules).
"""

import json
import math
import sqlite3
from collections.abc import Callable
from contextlib import AbstractContextManager
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from evaluator_app.canonical import sha256_hex
from evaluator_app.errors import NotFoundError, WorkspaceError
from evaluator_app.workspace import audit
from evaluator_app.workspace.clock import now_iso


@dataclass(frozen=True)
class ManifestFacts:
    """The parts of a session's manifest that every edit consults."""

    opened_from_bundle: bool
    pledge: str
    conflicts: tuple[tuple[str, str], ...]  # (application, member fingerprint)


# manifest_sha256 → its facts: the same signed manifest has the same facts in any workspace
_FACTS_BY_MANIFEST: dict[str, ManifestFacts] = {}


@lru_cache(maxsize=8)
def _facts(text: str) -> ManifestFacts:
    # Parsing a 200-application manifest costs milliseconds; an edit must not (issue 19).
    if not text:
        return ManifestFacts(False, "", ())
    manifest = json.loads(text)
    return ManifestFacts(True, manifest.get("pledge", "") or "",
                         tuple((c["application"], c["member"])
                               for c in manifest.get("conflicts") or ()))


@dataclass(frozen=True)
class Highlight:
    """Marked text in a document: from `start` to `end` on `page` (PDF points, top-left origin).
    Where it is, never what it says (the text stays in the encrypted document)."""

    id: int
    application_id: str
    doc_id: str
    page: int
    start: tuple[float, float]
    end: tuple[float, float]
    created_at: str


class RecordsMixin:
    conn: sqlite3.Connection
    _tx: Callable[[], AbstractContextManager[None]]
    session: Callable[[str], Any]
    application: Callable[[str, str], Any]

    def _manifest_text(self, session_id: str) -> str:
        row = self.conn.execute("SELECT manifest_json FROM sessions WHERE id = ?",
                                [session_id]).fetchone()
        return row[0] if row and row[0] else ""

    def manifest(self, session_id: str) -> dict[str, Any] | None:
        """The signed manifest the session was opened from (a fresh copy: callers may edit it),
        or None for a session imported from a plaintext spec."""
        text = self._manifest_text(session_id)
        return json.loads(text) if text else None

    def manifest_facts(self, session_id: str) -> "ManifestFacts":
        """What every edit asks of the manifest, parsed once per manifest. Found by the
        manifest's SHA-256, read each time (so a bundle replaced by another process is seen at
        once) without reading the manifest's text: fetching and hashing a 500-application
        manifest three times an edit cost as much as the edit's commit (issue 19)."""
        row = self.conn.execute("SELECT manifest_sha256 FROM sessions WHERE id = ?",
                                [session_id]).fetchone()
        return self._facts_of(session_id, row[0] if row else None)

    def _facts_of(self, session_id: str, digest: str | None) -> "ManifestFacts":
        """manifest_facts, given the manifest_sha256 the caller read with the session's row."""
        if not digest:  # a plaintext session, or one whose manifest's hash is not recorded
            return _facts(self._manifest_text(session_id))
        facts = _FACTS_BY_MANIFEST.get(digest)
        if facts is None:
            if len(_FACTS_BY_MANIFEST) >= 8:
                _FACTS_BY_MANIFEST.clear()
            facts = _FACTS_BY_MANIFEST[digest] = _facts(self._manifest_text(session_id))
        return facts

    def predeclared_conflicts(self, session_id: str) -> frozenset[str]:
        """Applications on which the signed bundle declares this member conflicted (final)."""
        return self._predeclared(session_id, self.manifest_facts(session_id))

    def _predeclared(self, session_id: str, manifest: ManifestFacts) -> frozenset[str]:
        if not manifest.conflicts:
            return frozenset()
        row = self.conn.execute("SELECT member_fingerprint FROM sessions WHERE id = ?",
                                [session_id]).fetchone()
        if row and row[0]:
            return frozenset(app for app, member in manifest.conflicts if member == row[0])
        # Sessions opened before schema 7: the bundle withheld exactly these members' documents.
        withheld = {r[0] for r in self.conn.execute(
            "SELECT DISTINCT application_id FROM documents WHERE session_id = ? AND readable = 0",
            [session_id])}
        return frozenset(app for app, _ in manifest.conflicts if app in withheld)

    # ---- pledge, lock and revisions --------------------------------------------------------

    def pledge_text(self, session_id: str) -> str:
        return self.manifest_facts(session_id).pledge

    def pledge(self, session_id: str) -> dict[str, str] | None:
        row = self.conn.execute("SELECT name, fingerprint, pledge_sha256, accepted_at FROM "
                                "pledges WHERE session_id = ?", [session_id]).fetchone()
        return dict(zip(("name", "fingerprint", "pledge_sha256", "accepted_at"), row,
                        strict=True)) if row else None

    def accept_pledge(self, session_id: str, name: str, fingerprint: str) -> dict[str, str]:
        at = now_iso()
        with self._tx():
            text = self.pledge_text(session_id)
            if not text:
                raise WorkspaceError(f"session {session_id} has no pledge to accept")
            if self.pledge(session_id):
                raise WorkspaceError(f"the pledge of session {session_id} was already accepted")
            digest = sha256_hex(text.encode("utf-8"))
            self.conn.execute("INSERT INTO pledges VALUES (?, ?, ?, ?, ?)",
                              [session_id, name, fingerprint, digest, at])
            audit.append(self.conn, at, session_id, "pledge.accept",
                         {"name": name, "fingerprint": fingerprint, "pledge_sha256": digest})
        return self.pledge(session_id) or {}

    def lock(self, session_id: str, sheet_sha256: str) -> None:
        """Exporting a signed sheet locks the session at its revision."""
        at = now_iso()
        with self._tx():
            info = self.session(session_id)
            self.conn.execute("UPDATE sessions SET state = 'locked' WHERE id = ?", [session_id])
            audit.append(self.conn, at, session_id, "sheet.export",
                         {"revision": info.revision, "sheet_sha256": sheet_sha256})

    def partials(self, session_id: str) -> int:
        """How many partial sheets (발표 day hand-ins) this revision has signed so far."""
        revision = self.session(session_id).revision
        row = self.conn.execute(
            "SELECT count(*) FROM events WHERE session_id = ? AND kind = 'sheet.partial' AND "
            "json_extract(payload, '$.revision') = ?", [session_id, revision]).fetchone()
        return int(row[0])

    def record_partial(self, session_id: str, partial: int, sheet_sha256: str,
                       applications: list[str]) -> None:
        """A partial sheet was signed and handed in; the session stays open."""
        info = self.session(session_id)
        with self._tx():
            audit.append(self.conn, now_iso(), session_id, "sheet.partial",
                         {"revision": info.revision, "partial": partial,
                          "sheet_sha256": sheet_sha256, "applications": applications})

    def revise(self, session_id: str, reason: str) -> int:
        """Reopen a locked session as the next revision; returns the new revision."""
        if not reason.strip():
            raise WorkspaceError("a revision needs a reason")
        at = now_iso()
        with self._tx():
            info = self.session(session_id)
            if info.state != "locked":
                raise WorkspaceError(f"session {session_id} is not locked; revision "
                                     f"{info.revision} can still be edited")
            new = info.revision + 1
            self.conn.execute("UPDATE sessions SET state = 'open', revision = ? WHERE id = ?",
                              [new, session_id])
            self.conn.execute("INSERT INTO revisions VALUES (?, ?, ?, ?)",
                              [session_id, new, reason.strip(), at])
            audit.append(self.conn, at, session_id, "sheet.revise",
                         {"revision": new, "reason": reason.strip()})
        return new

    def revisions(self, session_id: str) -> list[dict[str, Any]]:
        return [{"revision": r[0], "reason": r[1], "at": r[2]} for r in self.conn.execute(
            "SELECT revision, reason, at FROM revisions WHERE session_id = ? ORDER BY revision",
            [session_id])]

    # ---- private notes (never exported) ----------------------------------------------------

    def note(self, session_id: str, app_id: str) -> str:
        row = self.conn.execute("SELECT text FROM notes WHERE session_id = ? AND "
                                "application_id = ?", [session_id, app_id]).fetchone()
        return row[0] if row else ""

    def set_note(self, session_id: str, app_id: str, text: str) -> None:
        """The member's private note; allowed even when locked, never in a sheet or the log."""
        self.application(session_id, app_id)
        with self._tx():
            self.conn.execute("INSERT OR REPLACE INTO notes VALUES (?, ?, ?, ?)",
                              [session_id, app_id, text, now_iso()])

    def add_highlight(self, session_id: str, doc_id: str, page: int,
                      start: tuple[float, float], end: tuple[float, float]) -> Highlight:
        """Mark text for the member alone: allowed when locked, never in a sheet or the log.
        Marking the very same place again (Ctrl+H twice) gives back the highlight already
        there instead of a second one."""
        row = self.conn.execute("SELECT application_id FROM documents WHERE session_id = ? AND "
                                "doc_id = ?", [session_id, doc_id]).fetchone()
        if row is None:
            raise NotFoundError(f"session {session_id} has no document {doc_id!r}")
        coordinates = (*start, *end)
        if page < 0 or not all(math.isfinite(c) and 0 <= c < 100_000 for c in coordinates):
            raise WorkspaceError(f"a highlight on page {page + 1} at {coordinates} is outside "
                                 "the document")
        same = self.conn.execute(
            "SELECT id, created_at FROM highlights WHERE session_id = ? AND doc_id = ? AND "
            "page = ? AND x0 = ? AND y0 = ? AND x1 = ? AND y1 = ?",
            [session_id, doc_id, page, *coordinates]).fetchone()
        if same is not None:
            return Highlight(same[0], row[0], doc_id, page, (float(start[0]), float(start[1])),
                             (float(end[0]), float(end[1])), same[1])
        created = now_iso()
        with self._tx():
            cursor = self.conn.execute(
                "INSERT INTO highlights (session_id, doc_id, page, x0, y0, x1, y1, created_at) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?)", [session_id, doc_id, page, *coordinates,
                                                    created])
        return Highlight(int(cursor.lastrowid or 0), row[0], doc_id, page,
                         (float(start[0]), float(start[1])), (float(end[0]), float(end[1])),
                         created)

    def highlights(self, session_id: str, app_id: str | None = None) -> list[Highlight]:
        """In reading order: document, page, then top to bottom."""
        return [Highlight(r[0], r[1], r[2], r[3], (r[4], r[5]), (r[6], r[7]), r[8])
                for r in self.conn.execute(
                    "SELECT h.id, d.application_id, h.doc_id, h.page, h.x0, h.y0, h.x1, h.y1, "
                    "h.created_at FROM highlights h JOIN documents d ON d.session_id = "
                    "h.session_id AND d.doc_id = h.doc_id WHERE h.session_id = ? AND "
                    "(? IS NULL OR d.application_id = ?) ORDER BY d.application_id, d.position, "
                    "h.page, min(h.y0, h.y1), h.id", [session_id, app_id, app_id])]

    def delete_highlight(self, session_id: str, highlight_id: int) -> None:
        with self._tx():
            deleted = self.conn.execute("DELETE FROM highlights WHERE session_id = ? AND id = ?",
                                        [session_id, highlight_id]).rowcount
        if not deleted:
            raise NotFoundError(f"session {session_id} has no highlight {highlight_id}")

    # ---- settings ---------------------------------------------------------------------------

    def get_setting(self, key: str) -> str | None:
        row = self.conn.execute("SELECT value FROM settings WHERE key = ?", [key]).fetchone()
        return row[0] if row else None

    def set_setting(self, key: str, value: str) -> None:
        with self._tx():
            self.conn.execute("INSERT OR REPLACE INTO settings VALUES (?, ?)", [key, value])

