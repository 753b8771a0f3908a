"""The member's SQLite workspace: sessions, frozen rubrics, every entry, and the audit log.

Durability: WAL with `synchronous=FULL`. Each user action is one transaction that writes the new
state and its hash-chained event together; when `apply` returns, the edit survives SIGKILL and
(thanks to FULL) a power cut. NORMAL would also survive a killed process but may lose the last
commits on power loss — a laptop battery dying mid-evaluation is exactly the case we guard, and
FULL costs well under a millisecond per edit (see benchmarks/).
"""

import json
import sqlite3
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluator_app.canonical import content_hash
from evaluator_app.errors import (
    EvaluatorError,
    NotFoundError,
    ScoringError,
    SessionLockedError,
    WorkspaceError,
    WorkspaceReadOnlyError,
)
from evaluator_app.numbers import clip
from evaluator_app.paths import workspace_path
from evaluator_app.rubric.loader import parse_rubric
from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import (
    UNSET,
    ApplicationEntries,
    Change,
    ChangeContext,
    ChangeKind,
    Entry,
    Evaluation,
    evaluate,
    validate_change,
)
from evaluator_app.workspace import audit, backup, connection
from evaluator_app.workspace.clock import now_iso
from evaluator_app.workspace.infos import ApplicationInfo, DocumentInfo, SessionInfo
from evaluator_app.workspace.manifest_rows import manifest_applications, manifest_documents
from evaluator_app.workspace.records import RecordsMixin
from evaluator_app.workspace.schema import APPLICATION_ID, SCHEMA_VERSION, migrate

if TYPE_CHECKING:  # the spec parser (and the card crypto it needs) only where a spec is read
    import sqlite_utils

    from evaluator_app.session_spec import SessionSpec

class Workspace(RecordsMixin):
    """One open workspace file. Not thread-safe: use it from one thread (the UI's DB worker)."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self._rubrics: dict[str, Rubric] = {}
        self._kinds: dict[str, dict[str, str]] = {}
        self._savepoints = 0
        backup.check_not_emptied(self.path)  # a file emptied beside its backups: not new
        backup.check_if_marked(self.path)  # found damaged before: say so until it is sound
        try:
            conn, self.read_only = connection.connect(self.path)
        except sqlite3.Error as e:
            raise connection.explain(self.path, e) or WorkspaceError(
                f"{self.path} is not a workspace file ({e})") from None
        try:
            self._check_identity(conn)
            if not self.read_only:
                conn.execute("PRAGMA journal_mode = WAL")
                conn.execute("PRAGMA synchronous = FULL")
            conn.execute("PRAGMA foreign_keys = ON")
            conn.execute("PRAGMA recursive_triggers = ON")  # as sqlite-utils sets it (see db)
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version < SCHEMA_VERSION:
                if self.read_only:
                    raise WorkspaceReadOnlyError(
                        f"{self.path} needs an update to this version's format, but "
                        f"{connection.read_only_reason(self.path) or 'it is read-only'}")
                migrate(conn, version)
        except sqlite3.DatabaseError as e:
            conn.close()
            raise connection.explain(self.path, e) or WorkspaceError(
                f"{self.path} is not a workspace file ({e})") from None
        except BaseException:
            conn.close()
            raise
        if not self.read_only:
            try:
                backup.daily_backup(conn, self.path)
            except BaseException:
                conn.close()
                raise
        self.conn = conn

    @cached_property
    def db(self) -> "sqlite_utils.Database":
        """sqlite-utils over the same connection, for the inserts of a session import (or of
        its corrected bundle). Made on first use: importing sqlite-utils and loading its
        plugins costs about 0.1 s, which a command that only reads (`evaluator session list`)
        or the app's start need not pay."""
        import sqlite_utils

        return sqlite_utils.Database(self.conn, recursive_triggers=False)  # set in __init__

    def _query(self, sql: str, params: Iterable[Any] = ()) -> Iterator[dict[str, Any]]:
        """Rows as dicts (column → value), as sqlite-utils' `Database.query` gives them."""
        cursor = self.conn.execute(sql, tuple(params))
        keys = [d[0] for d in cursor.description]
        return (dict(zip(keys, row, strict=True)) for row in cursor)

    def _check_identity(self, conn: sqlite3.Connection) -> None:
        app_id = conn.execute("PRAGMA application_id").fetchone()[0]
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master").fetchone()[0]
        if app_id != APPLICATION_ID and (tables or version):
            raise WorkspaceError(f"{self.path} is a SQLite file but not an Evaluation Desk "
                                 "workspace")
        if version > SCHEMA_VERSION:
            raise WorkspaceError(
                f"{self.path} was written by a newer version of Evaluation Desk (schema "
                f"{version}; this version reads up to {SCHEMA_VERSION}); update the app")

    @classmethod
    def open(cls, home: Path | None = None) -> "Workspace":
        return cls(workspace_path(home))

    def data_version(self) -> int:
        """Changes whenever another connection (the CLI, another process) commits."""
        return int(self.conn.execute("PRAGMA data_version").fetchone()[0])

    def close(self) -> None:
        self.conn.close()

    def __enter__(self) -> "Workspace":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- sessions -------------------------------------------------------------------------

    def import_session(self, spec: "SessionSpec", replace: bool = False) -> SessionInfo:
        """Load a checked plaintext spec; rubrics are frozen into the workspace."""
        spec_json = {"session": spec.raw.get("session", {}),
                     "applications": [a.to_dict() for a in spec.applications]}
        apps = [{**a.to_dict(), "rubric_hash": spec.rubrics[a.rubric_id].content_hash}
                for a in spec.applications]
        return self._insert_session(
            {"id": spec.id, "title": spec.title, "program": spec.program, "stage": spec.stage,
             "year": spec.year, "sites_to_select": spec.sites_to_select,
             "spec_json": json.dumps(spec_json, ensure_ascii=False)},
            list(spec.rubrics.values()), apps, {"spec": content_hash(spec_json)}, [], replace)

    def _insert_application(self, sid: str, pos: int, app: dict[str, Any]) -> None:
        self.db["applications"].insert({
            "session_id": sid, "id": app["id"], "position": pos,
            "applicant": app["applicant"], "title": app["title"],
            "rubric_hash": app["rubric_hash"],
            "data_json": json.dumps(app, ensure_ascii=False)})

    def import_manifest(self, manifest: dict[str, Any], rubrics: list[Rubric], bundle_path: Path,
                        manifest_sha256: str, reader_fp: str) -> SessionInfo:
        """Load a session from a verified bundle manifest (documents stay in the bundle)."""
        s = manifest["session"]
        documents = manifest_documents(manifest, reader_fp)
        apps = manifest_applications(manifest)
        return self._insert_session(
            {"id": s["id"], "title": s["title"], "program": s["program"], "stage": s["stage"],
             "year": s.get("year"), "sites_to_select": s["sites_to_select"],
             "spec_json": json.dumps({"session": s}, ensure_ascii=False),
             "bundle_path": str(bundle_path), "manifest_sha256": manifest_sha256,
             "manifest_json": json.dumps(manifest, ensure_ascii=False),
             "member_fingerprint": reader_fp},
            rubrics, apps, {"manifest": manifest_sha256,
                            "secretariat": manifest["secretariat"]["fingerprint"],
                            "documents": {d["doc_id"]: bool(d["readable"]) for d in documents}},
            documents, replace=False)

    def _insert_session(self, row: dict[str, Any], rubrics: list[Rubric],
                        apps: list[dict[str, Any]], event: dict[str, Any],
                        documents: list[dict[str, Any]], replace: bool) -> SessionInfo:
        sid = row["id"]
        at = now_iso()
        with self._tx():
            existing = self.db["sessions"].count_where("id = ?", [sid])
            if existing and not replace:
                raise WorkspaceError(f"session {sid} is already in the workspace "
                                     "(use --replace to load it again)")
            if existing and self.db["entries"].count_where("session_id = ?", [sid]):
                raise WorkspaceError(f"session {sid} already has scores; it cannot be replaced")
            if existing:
                self.conn.execute("DELETE FROM sessions WHERE id = ?", [sid])
            self.db["sessions"].insert({**row, "state": "open", "revision": 1,
                                        "imported_at": at})
            for rubric in rubrics:
                self.db["rubrics"].insert(
                    {"hash": rubric.content_hash, "id": rubric.id,
                     "json": json.dumps(rubric.to_dict(), ensure_ascii=False, default=str)},
                    ignore=True)
            for pos, app in enumerate(apps):
                self._insert_application(sid, pos, app)
            if documents:
                self.db["documents"].insert_all(documents)
            audit.append(self.conn, at, sid, "session.import", {
                **event, "applications": [a["id"] for a in apps],
                "application_rubrics": {a["id"]: a["rubric_hash"] for a in apps},
                "rubrics": sorted(r.content_hash for r in rubrics),
                "stored": audit.stored_digests(self.conn, sid)})
        return self.session(sid)

    def replace_manifest(self, manifest: dict[str, Any], rubrics: list[Rubric],
                         bundle_path: Path, manifest_sha256: str, reader_fp: str,
                         kept: list[str], pledge_kept: bool, changes: list[str]) -> SessionInfo:
        """Replace a bundle session by the secretariat's corrected bundle (checked by the
        caller): `kept` applications keep every entry, opinion, declaration and note; the
        others, and documents and highlights (new document ids), start afresh."""
        s = manifest["session"]
        sid = s["id"]
        documents = manifest_documents(manifest, reader_fp)
        at = now_iso()
        with self._tx():
            previous = self.session(sid)
            self.conn.execute(
                "UPDATE sessions SET title = ?, program = ?, stage = ?, year = ?, "
                "sites_to_select = ?, spec_json = ?, bundle_path = ?, bundle_hash = NULL, "
                "manifest_sha256 = ?, manifest_json = ?, member_fingerprint = ? WHERE id = ?",
                [s["title"], s["program"], s["stage"], s.get("year"), s["sites_to_select"],
                 json.dumps({"session": s}, ensure_ascii=False), str(bundle_path),
                 manifest_sha256,
                 json.dumps(manifest, ensure_ascii=False), reader_fp, sid])
            self.conn.execute("DELETE FROM documents WHERE session_id = ?", [sid])
            marks = ",".join("?" * len(kept))
            for table in ("entries", "opinions", "conflicts", "notes", "applications"):
                self.conn.execute(f"DELETE FROM {table} WHERE session_id = ? AND "
                                  f"application_id NOT IN ({marks})" if table != "applications"
                                  else f"DELETE FROM applications WHERE session_id = ? AND "
                                  f"id NOT IN ({marks})", [sid, *kept])
            if not pledge_kept:
                self.conn.execute("DELETE FROM pledges WHERE session_id = ?", [sid])
            for rubric in rubrics:
                self.db["rubrics"].insert(
                    {"hash": rubric.content_hash, "id": rubric.id,
                     "json": json.dumps(rubric.to_dict(), ensure_ascii=False, default=str)},
                    ignore=True)
            apps = manifest_applications(manifest)
            for pos, app in enumerate(apps):
                if app["id"] in kept:
                    self.conn.execute("UPDATE applications SET position = ? WHERE session_id = ? "
                                      "AND id = ?", [pos, sid, app["id"]])
                    continue
                self._insert_application(sid, pos, app)
            if documents:
                self.db["documents"].insert_all(documents)
            audit.append(self.conn, at, sid, "session.replace", {
                "manifest": manifest_sha256, "previous_manifest": previous.manifest_sha256,
                "secretariat": manifest["secretariat"]["fingerprint"],
                "documents": {d["doc_id"]: bool(d["readable"]) for d in documents},
                "applications": [a["id"] for a in apps],
                "application_rubrics": {a["id"]: a["rubric_hash"] for a in apps},
                "rubrics": sorted(r.content_hash for r in rubrics),
                "kept": sorted(kept), "pledge_kept": pledge_kept, "changes": changes,
                "stored": audit.stored_digests(self.conn, sid)})
        return self.session(sid)

    def sessions(self) -> list[SessionInfo]:
        return [SessionInfo(**_pick(r, SessionInfo)) for r in
                self._query("SELECT * FROM sessions ORDER BY imported_at, id")]

    def session(self, session_id: str) -> SessionInfo:
        # only SessionInfo's columns: every edit asks, and the row also holds the manifest and
        # spec texts (hundreds of KB for a large session: issue 19)
        rows = list(self._query(f"SELECT {_SESSION_COLUMNS} FROM sessions WHERE id = ?",
                                [session_id]))
        if not rows:
            known = ", ".join(s.id for s in self.sessions()) or "none"
            raise NotFoundError(f"no session {clip(session_id)} in the workspace (sessions: "
                                f"{known})")
        return SessionInfo(**_pick(rows[0], SessionInfo))

    def applications(self, session_id: str) -> list[ApplicationInfo]:
        self.session(session_id)
        return [_app(r) for r in self._query(
            "SELECT * FROM applications WHERE session_id = ? ORDER BY position", [session_id])]

    def application(self, session_id: str, app_id: str) -> ApplicationInfo:
        rows = list(self._query("SELECT * FROM applications WHERE session_id = ? AND id = ?",
                                [session_id, app_id]))
        if not rows:
            self.session(session_id)
            raise NotFoundError(f"session {session_id} has no application {clip(app_id)}")
        return _app(rows[0])

    def documents(self, session_id: str, app_id: str) -> list[DocumentInfo]:
        kinds = self._document_kinds(session_id)
        return [DocumentInfo(r[0], r[1], r[2], r[3], bool(r[4]), kinds.get(r[0], "plan"))
                for r in self.conn.execute(
                    "SELECT doc_id, name, sha256, size, readable FROM documents WHERE "
                    "session_id = ? AND application_id = ? ORDER BY position",
                    [session_id, app_id])]

    def _document_kinds(self, session_id: str) -> dict[str, str]:
        """Document id → kind, from the signed manifest (read once per session)."""
        if session_id not in self._kinds:
            manifest = self.manifest(session_id) or {}
            self._kinds[session_id] = {d["id"]: d.get("kind", "plan")
                                       for a in manifest.get("applications", [])
                                       for d in a.get("documents", [])}
        return self._kinds[session_id]

    def rubric(self, rubric_hash: str) -> Rubric:
        if rubric_hash not in self._rubrics:
            row = self.conn.execute("SELECT id, json FROM rubrics WHERE hash = ?",
                                    [rubric_hash]).fetchone()
            if row is None:
                raise WorkspaceError(f"the workspace lacks rubric {rubric_hash}")
            rubric = parse_rubric(json.loads(row[1]), f"workspace rubric {row[0]}")
            if rubric.content_hash != rubric_hash:
                raise WorkspaceError(f"the stored rubric {row[0]} no longer matches its hash")
            self._rubrics[rubric_hash] = rubric
        return self._rubrics[rubric_hash]

    def session_rubrics(self, session_id: str) -> list[Rubric]:
        """The frozen rubrics a session's applications are scored on."""
        hashes = dict.fromkeys(a.rubric_hash for a in self.applications(session_id))
        return [self.rubric(h) for h in hashes]

    def rubric_for(self, session_id: str, app_id: str) -> Rubric:
        return self.rubric(self.application(session_id, app_id).rubric_hash)

    # ---- reading entries ------------------------------------------------------------------

    def entries(self, session_id: str, app_id: str) -> ApplicationEntries:
        self.application(session_id, app_id)
        out = ApplicationEntries()
        for kind, eid, value, rationale in self.conn.execute(
                "SELECT kind, entry_id, value, rationale FROM entries "
                "WHERE session_id = ? AND application_id = ?", [session_id, app_id]):
            bucket = {"score": out.scores, "adjustment": out.adjustments, "gate": out.gates}[kind]
            bucket[eid] = Entry(value, rationale)
        row = self.conn.execute("SELECT text FROM opinions WHERE session_id = ? AND "
                                "application_id = ?", [session_id, app_id]).fetchone()
        out.opinion = row[0] if row else ""
        row = self.conn.execute("SELECT declared, ground, text FROM conflicts WHERE "
                                "session_id = ? AND application_id = ?",
                                [session_id, app_id]).fetchone()
        if row and row[0] == "conflict":
            out.conflict = {"ground": row[1], "text": row[2]}
        return out

    def coi_declaration(self, session_id: str, app_id: str) -> str | None:
        """'conflict', 'none' (declared no conflict) or None (not declared yet)."""
        row = self.conn.execute("SELECT declared FROM conflicts WHERE session_id = ? AND "
                                "application_id = ?", [session_id, app_id]).fetchone()
        return row[0] if row else None

    def evaluate(self, session_id: str, app_id: str) -> Evaluation:
        return evaluate(self.rubric_for(session_id, app_id), self.entries(session_id, app_id))

    # ---- writing --------------------------------------------------------------------------

    @contextmanager
    def _tx(self) -> Iterator[None]:
        """One write transaction. The write lock is taken up front (BEGIN IMMEDIATE), so a
        second writer waits for it instead of failing half-way; nested blocks are savepoints.
        SQLite failures come out as the real cause (locked, disk full, read-only)."""
        if self.conn.in_transaction:
            self._savepoints += 1
            name = f"sp{self._savepoints}"
            self.conn.execute(f"SAVEPOINT {name}")
            try:
                yield
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute(f"ROLLBACK TO {name}")
                    self.conn.execute(f"RELEASE {name}")
                raise
            self.conn.execute(f"RELEASE {name}")
            return
        if self.read_only:
            raise WorkspaceReadOnlyError(
                f"{connection.read_only_reason(self.path) or f'{self.path} is read-only'}: it "
                "can be read but not changed (copy it to a writable folder, or ask for write "
                "access)")
        try:
            self.conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as e:
            raise connection.explain(self.path, e) or WorkspaceError(
                f"cannot write to {self.path} ({e})") from None
        try:
            yield
            self.conn.execute("COMMIT")
        except BaseException as e:
            if self.conn.in_transaction:
                self.conn.execute("ROLLBACK")
            if isinstance(e, sqlite3.OperationalError):
                raise connection.explain(self.path, e) or WorkspaceError(
                    f"cannot write to {self.path} ({e})") from None
            raise

    def apply(self, session_id: str, changes: Iterable[Change], strict: bool = True,
              require_pledge: bool = True) -> int:
        """Validate every change, then write them all in one transaction (or none).

        Scoring judges each change once (`validate_change`, given what the workspace knows
        about its application) and returns it in its stored form; this writes that.
        `strict` also rejects rationales shorter than the rubric's minimum (form import, CLI);
        the app's autosave passes False so half-typed text is saved, and the completion state
        shows what is still short. Returns the number of changes written.
        """
        changes = list(changes)
        with self._tx():  # the write lock first: what is checked is what gets written
            return self._apply(session_id, changes, strict, require_pledge)

    def _apply(self, session_id: str, changes: list[Change], strict: bool,
               require_pledge: bool) -> int:
        info = self.session(session_id)
        if info.state == "locked":
            raise SessionLockedError(
                f"session {session_id} is locked (revision {info.revision} was exported); "
                "revise it to make changes")
        facts = self._facts_of(session_id, info.manifest_sha256)  # once an edit (issue 19)
        if require_pledge and facts.pledge and not self.pledge(session_id):
            raise ScoringError(f"accept the pledge (서약서) of session {session_id} before "
                               "declaring conflicts or scoring")
        predeclared = self._predeclared(session_id, facts)
        batch: dict[str, bool] = {}
        for ch in changes:  # declarations first: a batch may declare and must not also score
            if ch.kind == "coi" and ch.value is not UNSET and ch.application_id not in predeclared:
                batch[ch.application_id] = ch.value not in (None, "none")
        # In a bundle session, an application is scored only once its COI is declared.
        declaration_required = require_pledge and facts.opened_from_bundle
        problems: list[tuple[Change, EvaluatorError]] = []
        normalized: list[Change] = []
        for ch in changes:
            try:
                app = self.application(session_id, ch.application_id)
                stored = self._stored_conflict(session_id, app.id)
                conflicted = (True if app.id in predeclared else batch[app.id]
                              if app.id in batch else None if stored is None
                              else stored[0] == "conflict")
                context = ChangeContext(
                    conflicted=conflicted, declaration_required=declaration_required,
                    predeclared=app.id in predeclared,
                    stored_conflict=None if stored is None else (stored[1], stored[2]),
                    strict=strict)
                normalized.append(validate_change(self.rubric(app.rubric_hash), ch, context))
            except EvaluatorError as e:
                problems.append((ch, e))
        if problems:
            messages = [f"{c.origin}: {e.message}" if c.origin else e.message
                        for c, e in problems]
            raise type(problems[0][1])(messages[0], messages)
        at = now_iso()
        return sum(self._write(session_id, ch, at) for ch in normalized)

    def _stored_conflict(self, session_id: str, app_id: str) -> tuple[str, str, str] | None:
        row = self.conn.execute("SELECT declared, ground, text FROM conflicts WHERE "
                                "session_id = ? AND application_id = ?",
                                [session_id, app_id]).fetchone()
        return (row[0], row[1], row[2]) if row else None

    def _write(self, session_id: str, ch: Change, at: str) -> bool:
        """Write one validated change and its audit event (inside the caller's transaction);
        False when it changes nothing: an unchanged value is no change and logs no event."""
        key = [session_id, ch.application_id]
        if ch.kind == "coi":
            if ch.value is UNSET:
                return False
            stored = self._stored_conflict(session_id, ch.application_id)
            if ch.value is None:
                if stored is None:
                    return False
                self.conn.execute("DELETE FROM conflicts WHERE session_id = ? AND "
                                  "application_id = ?", key)
                payload: dict[str, Any] = {"application": ch.application_id, "declared": None}
            else:
                declared = "none" if ch.value == "none" else "conflict"
                ground = "" if declared == "none" else ch.value
                text = (ch.rationale or "").strip()
                if stored == (declared, ground, text):
                    return False
                self.conn.execute(
                    "INSERT OR REPLACE INTO conflicts VALUES (?, ?, ?, ?, ?, ?)",
                    [*key, declared, ground, text, at])
                payload = {"application": ch.application_id, "declared": declared,
                           "ground": ground, "text": text}
            audit.append(self.conn, at, session_id, "coi.set", payload)
            return True
        if ch.kind == "opinion":
            text = ch.rationale or ""
            row = self.conn.execute("SELECT text FROM opinions WHERE session_id = ? AND "
                                    "application_id = ?", key).fetchone()
            if (row[0] if row else "") == text:
                return False
            self.conn.execute("INSERT OR REPLACE INTO opinions VALUES (?, ?, ?, ?)",
                              [*key, text, at])
            audit.append(self.conn, at, session_id, "opinion.set",
                         {"application": ch.application_id, "text": text})
            return True
        row = self.conn.execute(
            "SELECT value, rationale FROM entries WHERE session_id = ? AND application_id = ? "
            "AND kind = ? AND entry_id = ?", [*key, ch.kind, ch.entry_id]).fetchone()
        value, rationale = old = row if row else (None, "")
        if ch.value is not UNSET:
            value = ch.value  # already in its stored form (validate_change)
        if ch.rationale is not None:
            rationale = ch.rationale
        if (value, rationale) == tuple(old):
            return False
        self.conn.execute("INSERT OR REPLACE INTO entries VALUES (?, ?, ?, ?, ?, ?, ?)",
                          [*key, ch.kind, ch.entry_id, value, rationale, at])
        audit.append(self.conn, at, session_id, "entry.set", {
            "application": ch.application_id, "kind": ch.kind, "entry": ch.entry_id,
            "value": value, "rationale": rationale})
        return True

    # ---- convenience single edits (each one transaction) ----------------------------------

    def set_score(self, session_id: str, app_id: str, item_id: str, value: Any,
                  rationale: str | None = None, strict: bool = True) -> None:
        self.apply(session_id, [Change(app_id, "score", item_id, value, rationale)], strict)

    def set_rationale(self, session_id: str, app_id: str, kind: ChangeKind, entry_id: str,
                      text: str, strict: bool = False) -> None:
        self.apply(session_id, [Change(app_id, kind, entry_id, rationale=text)], strict)

    def set_opinion(self, session_id: str, app_id: str, text: str, strict: bool = False) -> None:
        self.apply(session_id, [Change(app_id, "opinion", rationale=text)], strict)

    def declare_conflict(self, session_id: str, app_id: str, ground: str, text: str = "") -> None:
        self.apply(session_id, [Change(app_id, "coi", value=ground, rationale=text)])

    def declare_no_conflict(self, session_id: str, app_id: str) -> None:
        self.apply(session_id, [Change(app_id, "coi", value="none")])

    # ---- audit ----------------------------------------------------------------------------

    def head_hash(self) -> str:
        return audit.head(self.conn)[1]

    def audit_verify(self, sheets: Iterable[tuple[dict[str, Any], str]] = ()
                     ) -> audit.AuditReport:
        """Check the chain, that replaying it reproduces every stored record, that no tail was
        deleted, and that each exported sheet given as (sheet, sha256) is anchored in it."""
        report, events = audit.verify_chain(self.conn)
        report.problems += audit.replay_problems(self.conn, events)
        for sheet, digest in sheets:
            report.problems += audit.sheet_problems(events, sheet, digest)
        return report


_SESSION_COLUMNS = ", ".join(SessionInfo.__dataclass_fields__)


def _pick(row: dict[str, Any], cls: type) -> dict[str, Any]:
    return {k: row[k] for k in cls.__dataclass_fields__}


def _app(row: dict[str, Any]) -> ApplicationInfo:
    return ApplicationInfo(
        session_id=row["session_id"], id=row["id"], position=row["position"],
        applicant=row["applicant"], title=row["title"], rubric_hash=row["rubric_hash"],
        data=json.loads(row["data_json"]))
