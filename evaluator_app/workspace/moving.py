"""Moving a session to another laptop: `evaluator workspace export SESSION --out FILE` and
`evaluator workspace import FILE` (in the app: Evaluation > Move to another laptop).

A workspace keeps one hash-chained audit log for all its sessions, and a signed sheet names a
place in it (`audit_head`), so a session moves with the log exactly as it is. The file is an
age file encrypted to the member's own age recipient (from their card): only the same identity
opens it. Inside, a ZIP (stored) with

    move.json          format, session, member, when, the log's head and length, and the
                       sessions whose events the log holds but whose rows stay behind
    workspace.sqlite   a SQLite backup-API copy of the workspace holding only this session's
                       rows (the others deleted and vacuumed away), every audit event as it is
    bundle.evb         the kept bundle, still encrypted, for the documents

Import checks the copy (every page, the chain's hashes, its head and length against
move.json), points the session at its bundle's new place and appends one `session.move` event
(the sessions left behind, and what the session's rows hash to now), after which the whole log
must replay (`audit verify`). Only then does the copy become the workspace's content, through
SQLite's backup API into the open workspace (a running app sees the change).

Two logs cannot be merged, so a session moves into a workspace that has no audit log yet (a new
laptop), or into one holding only an older state of this same session (its log is a beginning of
the moved one: back to the first laptop); the file it replaces is kept in backups/ first. A copy
that is newer here, one changed on both laptops since they parted, or a workspace that holds
other sessions is refused, saying which.
"""

import contextlib
import hashlib
import json
import os
import shutil
import sqlite3
import tempfile
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import pyrage

from evaluator_app.errors import OutputNotWrittenError, WorkspaceError
from evaluator_app.portable_names import portable_name
from evaluator_app.replacing import replace_retrying, written_in_place
from evaluator_app.safe_files import shown
from evaluator_app.trust.unlock import AGE_MAGIC
from evaluator_app.workspace import audit, backup
from evaluator_app.workspace.clock import now_iso
from evaluator_app.workspace.schema import APPLICATION_ID, SCHEMA_VERSION, migrate
from evaluator_app.workspace.store import Workspace

FORMAT = "evaluation-desk-move/1"
MOVE_EVENT = "session.move"
META, DATABASE, BUNDLE = "move.json", "workspace.sqlite", "bundle.evb"
SUFFIX = ".evm"
# Tables holding a session's rows (events excepted: the log moves whole).
SESSION_TABLES = ("highlights", "notes", "documents", "entries", "opinions", "conflicts",
                  "pledges", "revisions", "applications")
# Settings that belong to the log (and move with it); the rest belong to the laptop.
LOG_SETTINGS = (audit.HEAD_KEY, audit.TRUSTED_KEY)


@dataclass(frozen=True)
class Exported:
    path: Path
    session_id: str
    events: int
    head: str
    bundle: bool  # the kept bundle travels in the file


@dataclass(frozen=True)
class Imported:
    session_id: str
    title: str
    events: int  # in the moved log, before the move event
    kept: Path | None  # where the workspace it replaced is kept (an older copy), else None
    bundle: Path | None  # the session's bundle on this laptop


@contextlib.contextmanager
def _scratch(ws: Workspace):  # type: ignore[no-untyped-def]
    """A private folder beside the workspace (same disk; removed whatever happens)."""
    folder = Path(tempfile.mkdtemp(prefix=".move-", dir=ws.path.parent))
    try:
        yield folder
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _member_of(conn: sqlite3.Connection, session_id: str) -> str | None:
    row = conn.execute("SELECT member_fingerprint FROM sessions WHERE id = ?",
                       [session_id]).fetchone()
    return row[0] if row else None


# ---- export ----------------------------------------------------------------------------------

def export_session(ws: Workspace, session_id: str, recipient: "pyrage.x25519.Recipient",
                   member: str, out: Path) -> Exported:
    """Write `out`: the session, its audit log and its bundle, encrypted to `recipient` (the
    member's own, `member` their fingerprint). Nothing in the workspace changes."""
    info = ws.session(session_id)  # NotFoundError for an unknown session
    owner = _member_of(ws.conn, session_id)
    if owner and owner != member:
        raise WorkspaceError(f"session {session_id} was opened by the identity {owner}, not "
                          f"{member}: only its own member can move it")
    bundle = Path(info.bundle_path) if info.bundle_path else None
    if bundle is not None and not bundle.is_file():
        raise WorkspaceError(f"the kept bundle of session {session_id} is missing ({bundle}); "
                          "open the bundle again first")
    out = Path(out)
    with _scratch(ws) as tmp:
        copy_path = tmp / DATABASE
        copy = sqlite3.connect(copy_path, isolation_level=None)
        try:
            ws.conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            problem = backup.find_damage(copy) or backup.audit_finding(copy)
            if problem:
                raise WorkspaceError(f"session {session_id} was not exported: {problem} (see "
                                  "`evaluator audit verify`)")
            left_behind = _keep_only(copy, session_id)
            report, _ = audit.verify_chain(copy)
        finally:
            copy.close()
        meta = {"format": FORMAT, "session": session_id, "title": info.title,
                "member": member, "exported_at": now_iso(), "events": report.events,
                "head": report.head, "left_behind": left_behind,
                "bundle_name": bundle.name if bundle else None}
        packed = tmp / "move.zip"
        with zipfile.ZipFile(packed, "w", zipfile.ZIP_STORED) as zf:
            zf.writestr(META, json.dumps(meta, ensure_ascii=False, indent=1))
            zf.write(copy_path, DATABASE)
            if bundle is not None:
                zf.write(bundle, BUNDLE)
        try:  # a USB stick's new folder, as before
            out.parent.mkdir(parents=True, exist_ok=True)
        except OSError as e:
            raise OutputNotWrittenError(
                f"{shown(out)} cannot be written: the folder {shown(out.parent)} cannot be "
                f"made ({e.strerror or e}); nothing was written, choose a folder you can write "
                "to", out) from None
        # Our own open, not pyrage.encrypt_file: its errors are bare "(os error 13)" texts
        # without an errno; these are OSErrors that written_in_place turns into a sentence
        with written_in_place(out) as part, open(packed, "rb") as src, open(part, "wb") as dst:
            sink = _WriteErrors(dst, part)
            try:
                pyrage.encrypt_io(src, sink, [recipient])
            except pyrage.EncryptError:
                if sink.error is None:
                    raise
                raise sink.error from None
    return Exported(out, session_id, report.events, report.head, bundle is not None)


class _WriteErrors:
    """A file for pyrage to write to that keeps the OSError of a failed write (a full USB
    stick), which pyrage reports only as the text of an EncryptError; named after `part`."""

    def __init__(self, fh: BinaryIO, part: Path) -> None:
        self.fh, self.part = fh, part
        self.error: OSError | None = None

    def write(self, data: bytes) -> int:
        try:
            return self.fh.write(data)
        except OSError as e:
            self.error = OSError(e.errno, e.strerror, str(self.part))
            raise

    def flush(self) -> None:
        self.fh.flush()


def _keep_only(copy: sqlite3.Connection, session_id: str) -> list[str]:
    """Delete every other session's rows from the copy (its events stay: the chain moves
    whole) and vacuum them away; returns the sessions whose events stay behind."""
    left = [r[0] for r in copy.execute(
        "SELECT DISTINCT session_id FROM events WHERE session_id != ? ORDER BY session_id",
        [session_id])]
    copy.execute("BEGIN")
    for table in SESSION_TABLES:
        copy.execute(f"DELETE FROM {table} WHERE session_id != ?", [session_id])
    copy.execute("DELETE FROM sessions WHERE id != ?", [session_id])
    copy.execute("DELETE FROM rubrics WHERE hash NOT IN (SELECT rubric_hash FROM applications)")
    copy.execute("DELETE FROM settings WHERE key NOT IN (?, ?)",
                 [audit.HEAD_KEY + session_id, audit.TRUSTED_KEY])
    copy.execute("COMMIT")
    copy.execute("VACUUM")  # no page keeps another session's scores
    return left


# ---- import ----------------------------------------------------------------------------------

def read_move(path: Path, identity: "pyrage.x25519.Identity", member: str,
              folder: Path) -> tuple[dict[str, Any], zipfile.ZipFile]:
    """Decrypt the file into `folder` and read its move.json (checked)."""
    plain = folder / "move.zip"
    cut = (f"{path} is damaged or cut short (a copy not finished?): copy it again from where "
           "the session was moved")
    try:
        with open(path, "rb") as f:
            head = f.read(len(AGE_MAGIC))
        if not head:
            raise WorkspaceError(f"{path} is empty (0 bytes): copy it again from where the "
                                 "session was moved")
        if head != AGE_MAGIC:
            raise WorkspaceError(f"{path} is not a session moved from Evaluation Desk")
        pyrage.decrypt_file(str(path), str(plain), [identity])
    except pyrage.DecryptError as e:
        if "no matching keys" not in str(e).lower():  # the header itself is cut or altered
            raise WorkspaceError(cut) from None
        raise WorkspaceError(f"{path} cannot be opened with your key ({member}): it was moved by "
                          "another identity, or it is not a session moved from Evaluation "
                          "Desk") from None
    except OSError as e:
        if e.errno is None:  # pyrage's own: a chunk of the body does not decrypt
            raise WorkspaceError(cut) from None
        raise WorkspaceError(f"cannot read {path} ({e.strerror or e})") from None
    try:
        zf = zipfile.ZipFile(plain)
        names = set(zf.namelist())
        meta = json.loads(zf.read(META))
    except (zipfile.BadZipFile, KeyError, ValueError):
        raise WorkspaceError(f"{path} is not a session moved from Evaluation Desk") from None
    if not isinstance(meta, dict) or meta.get("format") != FORMAT or DATABASE not in names or (
            names - {META, DATABASE, BUNDLE}):
        zf.close()
        raise WorkspaceError(f"{path} is not a session moved from Evaluation Desk (format "
                          f"{meta.get('format') if isinstance(meta, dict) else '?'})")
    if meta.get("member") != member:
        zf.close()
        raise WorkspaceError(f"{path} holds the session of {meta.get('member')}, not yours "
                          f"({member})")
    return meta, zf


def import_session(ws: Workspace, path: Path, identity: "pyrage.x25519.Identity",
                   member: str) -> Imported:
    """Make the moved session (and its log) this workspace's content; see the module's
    docstring for where it may go. On any refusal the workspace is as it was."""
    path = Path(path)
    with _scratch(ws) as tmp:
        meta, zf = read_move(path, identity, member, tmp)
        with zf:
            candidate = tmp / DATABASE
            with zf.open(DATABASE) as src, open(candidate, "wb") as dst:
                shutil.copyfileobj(src, dst)
            has_bundle = BUNDLE in zf.namelist()
            if has_bundle:
                with zf.open(BUNDLE) as src, open(tmp / BUNDLE, "wb") as dst:
                    shutil.copyfileobj(src, dst)
        sid = str(meta.get("session"))
        conn = sqlite3.connect(candidate, isolation_level=None)
        try:
            report, events = _checked_copy(conn, path, meta, member)
            kept_needed = _may_replace(ws, sid, report.head, {e["hash"] for e in events})
            bundle = _place_bundle(ws, tmp / BUNDLE, meta) if has_bundle else None
            try:
                _settle(ws, conn, sid, meta, bundle)
                problem = backup.audit_finding(conn)
                if problem:
                    raise WorkspaceError(f"{path} was not imported: {problem}")
                kept = _keep_current(ws) if kept_needed else None
                conn.backup(ws.conn)  # the workspace's content, in one step under its lock
            except BaseException:
                if bundle is not None and bundle[1]:
                    bundle[0].unlink(missing_ok=True)
                raise
            title = conn.execute("SELECT title FROM sessions WHERE id = ?", [sid]).fetchone()[0]
        finally:
            conn.close()
    ws._rubrics.clear()  # (cached per workspace; the rows behind them changed)
    ws._kinds.clear()
    return Imported(sid, title, report.events, kept, bundle[0] if bundle else None)


def _checked_copy(conn: sqlite3.Connection, path: Path, meta: dict[str, Any], member: str
                  ) -> tuple[audit.AuditReport, list[dict[str, Any]]]:
    """The moved copy is a sound workspace of this one session, its log as exported."""
    sid = meta.get("session")
    try:
        if conn.execute("PRAGMA application_id").fetchone()[0] != APPLICATION_ID:
            raise WorkspaceError(f"{path} does not hold an Evaluation Desk workspace")
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise WorkspaceError(f"{path} was exported by a newer version of Evaluation Desk "
                              f"(schema {version}); update the app on this laptop first")
        damage = backup.find_damage(conn)
        if damage:
            raise WorkspaceError(f"{path} is damaged ({damage}); export it again")
        migrate(conn, version)  # exported by an older version: brought up to date
        report, events = audit.verify_chain(conn)
        sessions = [r[0] for r in conn.execute("SELECT id FROM sessions")]
    except sqlite3.Error as e:
        raise WorkspaceError(f"{path} is damaged ({e}); export it again") from None
    if report.problems:
        raise WorkspaceError(f"the audit log in {path} does not verify: {report.problems[0]}")
    if (report.head, report.events) != (meta.get("head"), meta.get("events")):
        raise WorkspaceError(f"the audit log in {path} is not the one exported (it ends at "
                          f"{report.head[:12]}…, {report.events} events)")
    if sessions != [sid]:
        raise WorkspaceError(f"{path} does not hold exactly session {sid}")
    owner = _member_of(conn, str(sid))
    if owner and owner != member:
        raise WorkspaceError(f"session {sid} in {path} belongs to {owner}, not to you ({member})")
    return report, events


def _may_replace(ws: Workspace, sid: str, head: str, moved: set[str]) -> bool:
    """Whether this workspace may take the moved log (True: it holds an older copy of the
    session, to be kept in backups/ first); raises saying why not."""
    here = [s.id for s in ws.sessions()]
    others = [s for s in here if s != sid]
    if others:
        raise WorkspaceError(
            f"this workspace ({ws.path}) already holds other sessions ({', '.join(others)}). A "
            "workspace keeps one audit log for all its sessions, so a moved session needs a "
            "workspace of its own: import it into another workspace folder (`evaluator "
            "--workspace DIR workspace import FILE`). Nothing was imported")
    report, events = audit.verify_chain(ws.conn)
    if not events:
        return False  # a new workspace: nothing to keep
    if report.head == head:
        raise WorkspaceError(f"this workspace already holds session {sid} exactly as in the file; "
                          "nothing was imported")
    if report.head in moved:
        return True  # this laptop's copy is a beginning of the moved one: older
    if head in {e["hash"] for e in events}:
        raise WorkspaceError(f"this workspace's copy of session {sid} is newer than the file (it "
                          "holds everything in the file and later changes); nothing was "
                          "imported")
    raise WorkspaceError(f"session {sid} was changed on both laptops since it was moved, so "
                      "neither copy holds the other; nothing was imported. Continue on one "
                      "laptop and enter the other laptop's later changes there by hand")


def _place_bundle(ws: Workspace, source: Path, meta: dict[str, Any]) -> tuple[Path, bool]:
    """The kept bundle, beside this workspace under its name; (path, made now)."""
    # written on another laptop, perhaps another system: a name this one may refuse
    name = portable_name(Path(str(meta.get("bundle_name") or "")).name, fallback="moved.evb")
    target = ws.path.parent / "bundles" / name
    if target.is_file() and _sha256(target) == _sha256(source):
        return target, False
    target.parent.mkdir(parents=True, exist_ok=True)
    part = target.with_name(f"{target.name}.{os.getpid()}.part")
    shutil.copyfile(source, part)
    replace_retrying(part, target)
    return target, True


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as f:
        for chunk in iter(lambda: f.read(1 << 20), b""):
            digest.update(chunk)
    return digest.hexdigest()


def _settle(ws: Workspace, conn: sqlite3.Connection, sid: str, meta: dict[str, Any],
            bundle: tuple[Path, bool] | None) -> None:
    """In the copy: this laptop's own settings, the bundle's place, and the move event."""
    mine = [(k, v) for k, v in ws.conn.execute("SELECT key, value FROM settings")
            if not k.startswith(LOG_SETTINGS) and k != backup.LAST_SHEET_KEY]
    conn.execute("BEGIN IMMEDIATE")
    try:
        conn.executemany("INSERT OR REPLACE INTO settings VALUES (?, ?)", mine)
        if bundle is not None:
            conn.execute("UPDATE sessions SET bundle_path = ? WHERE id = ?",
                         [str(bundle[0]), sid])
        audit.append(conn, now_iso(), sid, MOVE_EVENT, {
            "from_head": meta.get("head"), "exported_at": meta.get("exported_at"),
            "left_behind": list(meta.get("left_behind") or []),
            "stored": audit.stored_digests(conn, sid)})
        conn.execute("COMMIT")
    except BaseException:
        conn.execute("ROLLBACK")
        raise


def _keep_current(ws: Workspace) -> Path:
    """The workspace about to be replaced, in backups/ (never deleted)."""
    name = f"before-import-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
    kept = backup.write_backup(ws.conn, ws.path, name)
    if kept is None:
        raise WorkspaceError(f"no copy of {ws.path} could be kept in {backup.backup_dir(ws.path)} "
                          "before replacing it (see `evaluator audit verify`); nothing was "
                          "imported")
    return kept


def default_name(session_id: str, when: datetime | None = None) -> str:
    """A file name for the export: the session and the day."""
    return f"{session_id}-{(when or datetime.now()):%Y%m%d-%H%M}{SUFFIX}"

