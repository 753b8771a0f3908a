"""Automatic backups of the workspace, and what to say when its file is damaged.

A laptop's disk can damage a page of `workspace.sqlite`; the member must then learn where their
last signed sheet and a recent copy are, and continue from that copy. The rolling set lives in
`backups/` beside the workspace file:

    workspace-signed.sqlite          right after the last signed sheet (full or partial)
    workspace-daily.sqlite           the first time the workspace is opened each day
    workspace-daily-previous.sqlite  the daily copy before that one

Each is SQLite's backup API copy (a consistent snapshot, WAL included) written to a temporary
file, checked (every page and row read back, the audit log replayed) and only then renamed over
the previous one: a crash leaves the old copy, and a damaged workspace never overwrites a good
copy. A damaged file is remembered (`backups/damaged.json`): until a check finds it sound again
(restored, or replaced by hand), every open looks again and says so.
"""

import contextlib
import json
import logging
import os
import sqlite3
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any
from urllib.parse import quote

from evaluator_app.errors import WorkspaceDamagedError, WorkspaceError
from evaluator_app.replacing import replace_retrying
from evaluator_app.workspace import audit, ownership

log = logging.getLogger("evaluation-desk.backup")

SIGNED = "workspace-signed.sqlite"
DAILY = "workspace-daily.sqlite"
PREVIOUS = "workspace-daily-previous.sqlite"
MARKER = "damaged.json"
LAST_SHEET_KEY = "last_signed_sheet"
SQLITE_MAGIC = b"SQLite format 3\x00"
# What SQLite (and Python's decoding of its text) says about a damaged file.
DAMAGE_WORDS = ("malformed", "not a database", "could not decode", "corrupt", "encrypted")
JSON_COLUMNS = (("sessions", "spec_json"), ("sessions", "manifest_json"), ("rubrics", "json"),
                ("applications", "data_json"), ("events", "payload"))


def backup_dir(path: Path) -> Path:
    return Path(path).parent / "backups"


def _read_only(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{quote(str(Path(path).resolve()))}?mode=ro", uri=True)


# ---- finding damage --------------------------------------------------------------------------

def find_damage(conn: sqlite3.Connection) -> str | None:
    """What is damaged in the database behind `conn`, or None when every page and row reads
    back (valid UTF-8, valid JSON where JSON is kept). Reads everything: for backups and
    diagnosis, not for every command."""
    try:
        rows = conn.execute("PRAGMA integrity_check(5)").fetchall()
        if rows != [("ok",)]:
            return "; ".join(str(r[0]) for r in rows)
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
        for table in tables:
            for _ in conn.execute(f'SELECT * FROM "{table}"'):  # decodes every text value
                pass
        for table, column in JSON_COLUMNS:
            if table in tables and conn.execute(
                    f"SELECT count(*) FROM {table} WHERE {column} IS NOT NULL AND "
                    f"NOT json_valid({column})").fetchone()[0]:
                return f"unreadable data in the {table} table"
    except sqlite3.Error as e:
        return str(e)
    except ValueError as e:  # SQLite's own report quoting garbled names (not UTF-8)
        return f"unreadable data ({e})"
    return None


def audit_finding(conn: sqlite3.Connection) -> str | None:
    """The first problem of the audit log's replay (an edit behind the app's back, or damage
    that kept the data readable), or None."""
    try:
        report, events = audit.verify_chain(conn)
        problems = report.problems + audit.replay_problems(conn, events)
    except sqlite3.Error as e:
        return str(e)
    except Exception as e:  # garbled values break the replay in assorted ways
        return f"unreadable data ({type(e).__name__})"
    return f"the audit log does not verify: {problems[0]}" if problems else None


def find_file_damage(path: Path, audit_too: bool = True) -> str | None:
    """`find_damage` (and `audit_finding`) of the file at `path`, on its own read-only
    connection."""
    try:
        conn = _read_only(path)
    except sqlite3.Error as e:
        return str(e)
    try:
        return find_damage(conn) or (audit_finding(conn) if audit_too else None)
    finally:
        conn.close()


def is_damage(path: Path, error: sqlite3.Error) -> bool:
    """Whether a SQLite failure means the workspace file is damaged (not merely foreign)."""
    text = str(error).lower()
    if not any(word in text for word in DAMAGE_WORDS):
        return False
    try:
        with open(path, "rb") as f:
            return f.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


# ---- writing backups -------------------------------------------------------------------------

def write_backup(conn: sqlite3.Connection, path: Path, name: str,
                 rotate_to: str | None = None) -> Path | None:
    """Copy the workspace behind `conn` to backups/`name` (the old copy moved to `rotate_to`
    first, if given). The copy proves the workspace damaged: WorkspaceDamagedError, and the
    previous copy stays. None when no copy was made for another reason (an audit log that
    does not verify, a full disk), also leaving the previous copy as it was."""
    folder = backup_dir(path)
    target = folder / name
    tmp = folder / f"{name}.{os.getpid()}.part"  # two processes may back up at once
    try:
        folder.mkdir(parents=True, exist_ok=True)
        tmp.unlink(missing_ok=True)
        copy = sqlite3.connect(tmp, isolation_level=None)
        try:
            conn.backup(copy)
            copy.execute("PRAGMA journal_mode = DELETE")  # one self-contained file
            damage = find_damage(copy)
            problem = damage or audit_finding(copy)
        finally:
            copy.close()
        if problem:
            tmp.unlink(missing_ok=True)
            if damage:
                raise damaged(path, damage)
            log.info("no backup of %s: %s", path, problem)  # `audit verify` says it in full
            return None
        if rotate_to and target.exists():
            replace_retrying(target, folder / rotate_to)
        replace_retrying(tmp, target)
        return target
    except (sqlite3.Error, OSError) as e:
        log.info("no backup of %s: %s", path, e)
        with contextlib.suppress(OSError):
            tmp.unlink(missing_ok=True)
        return None


def daily_backup(conn: sqlite3.Connection, path: Path, today: date | None = None
                 ) -> Path | None:
    """Once a day (the first open), a copy of a workspace that holds a session."""
    daily = backup_dir(path) / DAILY
    today = today or date.today()
    try:
        if date.fromtimestamp(daily.stat().st_mtime) == today:
            return None
    except (OSError, ValueError):
        pass  # none yet
    try:
        if not conn.execute("SELECT count(*) FROM sessions").fetchone()[0]:
            return None  # nothing to lose yet
    except sqlite3.Error:
        return None
    return write_backup(conn, path, DAILY, rotate_to=PREVIOUS)


def after_signing(ws: Any, sheet: Path) -> Path | None:
    """Remember the signed sheet and back the workspace up; a failure here never undoes the
    signing (it is logged, and the previous copy stays)."""
    record = {"path": str(Path(sheet).resolve()),
              "at": datetime.now().astimezone().isoformat(timespec="seconds")}
    try:
        ws.set_setting(LAST_SHEET_KEY, json.dumps(record, ensure_ascii=False))
        return write_backup(ws.conn, ws.path, SIGNED)
    except (WorkspaceError, sqlite3.Error) as e:  # damaged too: the next command says so
        log.warning("no backup after signing %s: %s", sheet, e)
        return None


# ---- what is there ---------------------------------------------------------------------------

@dataclass(frozen=True)
class Backup:
    path: Path
    taken: datetime  # the copy's modification time, local


def backups(path: Path) -> list[Backup]:
    """The automatic copies of the workspace at `path`, newest first."""
    found = []
    for name in (SIGNED, DAILY, PREVIOUS):
        copy = backup_dir(path) / name
        try:
            found.append(Backup(copy, datetime.fromtimestamp(copy.stat().st_mtime)))
        except OSError:
            continue
    return sorted(found, key=lambda b: b.taken, reverse=True)


def last_signed_sheet(path: Path) -> tuple[str, str] | None:
    """(sheet file, when) of the last signed sheet, as the newest copy remembers it."""
    for copy in backups(path):
        try:
            conn = _read_only(copy.path)
            try:
                row = conn.execute("SELECT value FROM settings WHERE key = ?",
                                   [LAST_SHEET_KEY]).fetchone()
            finally:
                conn.close()
            if row:
                record = json.loads(row[0])
                return str(record["path"]), str(record["at"])
        except (sqlite3.Error, ValueError, KeyError, TypeError):
            continue
    return None


def _when(moment: datetime) -> str:
    return moment.strftime("%Y-%m-%d %H:%M")


# ---- saying so -------------------------------------------------------------------------------

def damaged(path: Path, finding: str) -> WorkspaceDamagedError:
    """The one sentence for a damaged workspace file (and remember it for the next open)."""
    path = Path(path)
    _mark(path, finding)
    sheet = last_signed_sheet(path)
    copies = backups(path)
    parts = [f"the workspace file {path} is damaged ({finding.splitlines()[0][:160]})"]
    parts.append(f"your last signed sheet is {sheet[0]} (signed {sheet[1]})" if sheet
                 else "no signed sheet was recorded in it")
    if copies:
        parts.append(f"the automatic backup is {copies[0].path} (taken "
                     f"{_when(copies[0].taken)})")
        parts.append("to continue from it, run `evaluator workspace restore` (the damaged file "
                     "is kept, and edits made after the backup must be entered again)")
    else:
        parts.append("there is no automatic backup yet: do not delete anything and tell the "
                     "secretariat")
    return WorkspaceDamagedError("; ".join(parts), backup=copies[0].path if copies else None,
                                 sheet=Path(sheet[0]) if sheet else None)


def _mark(path: Path, finding: str) -> None:
    try:
        marker = backup_dir(path) / MARKER
        marker.parent.mkdir(parents=True, exist_ok=True)
        marker.write_text(json.dumps({"file": str(path), "finding": finding},
                                     ensure_ascii=False), encoding="utf-8")
    except OSError:
        pass  # the damage is said now; the next command finds it again


def check_not_emptied(path: Path) -> None:
    """A workspace file of zero bytes beside automatic copies has lost what it held (a copy
    or a sync tool cut it, a disk gave out): SQLite would open it as a new, empty workspace,
    the sessions gone without a word. Said as damage, with the copy to restore. Without any
    copy there was nothing in it yet (a first start cut short), and it starts afresh."""
    try:
        if Path(path).stat().st_size:
            return
    except OSError:  # none yet: a new workspace
        return
    if backups(path):
        raise damaged(path, "it is empty, 0 bytes: what it held was lost")


def check_if_marked(path: Path) -> None:
    """If the file was found damaged before, look again (it may have been replaced since):
    still damaged, WorkspaceDamagedError; sound, the mark is dropped. One stat otherwise."""
    if not (backup_dir(path) / MARKER).exists():
        return
    if not Path(path).exists():  # removed by hand: a new workspace starts
        forget_damage(path)
        return
    finding = find_file_damage(path)
    if finding:
        raise damaged(path, finding)
    forget_damage(path)


def forget_damage(path: Path) -> None:
    (backup_dir(path) / MARKER).unlink(missing_ok=True)


# ---- restoring -------------------------------------------------------------------------------

@dataclass(frozen=True)
class Restored:
    backup: Backup
    kept: Path | None  # where the damaged file now is


def choose(path: Path, source: Path | None = None) -> Backup:
    """The backup `restore` would put in place: `source`, else the newest sound automatic
    copy. WorkspaceError when none is sound, or when it is another member's workspace or holds
    other sessions than this one (nothing is replaced then)."""
    path = Path(path)
    if source is not None:
        try:
            candidates = [Backup(Path(source),
                                 datetime.fromtimestamp(Path(source).stat().st_mtime))]
        except OSError as e:
            raise WorkspaceError(f"cannot read the backup {source} ({e.strerror or e})"
                                 ) from None
    else:
        candidates = backups(path)
    if not candidates:
        raise WorkspaceError(f"there is no backup of {path} in {backup_dir(path)}")
    problems = []
    for copy in candidates:
        finding = find_file_damage(copy.path)
        if finding is None:
            break
        problems.append(f"{copy.path}: {finding}")
    else:
        raise WorkspaceError(f"no sound backup of {path}: {'; '.join(problems)}", problems)
    current = ownership.this_workspace(path, [b.path for b in backups(path)])
    ownership.refuse_foreign(path, copy.path, current)
    return copy


def restore(path: Path, source: Path | None = None) -> Restored:
    """Replace the workspace at `path` by its newest sound backup (or `source`); the file it
    replaces is kept in backups/ as damaged-<time>.sqlite, never deleted."""
    path = Path(path)
    copy = choose(path, source)
    try:
        kept = _swap(path, copy.path)
    except OSError as e:
        raise WorkspaceError(f"cannot restore {path} from {copy.path} ({e.strerror or e}); "
                             "close Evaluation Desk and every `evaluator` command, and try "
                             "again") from None
    forget_damage(path)
    return Restored(copy, kept)


def _swap(path: Path, source: Path) -> Path | None:
    """Put a copy of `source` at `path`; the file there moves to backups/damaged-<time>."""
    folder = backup_dir(path)
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / f"restore.{os.getpid()}.part"
    tmp.write_bytes(source.read_bytes())  # the backup itself stays as it is
    kept = None
    if path.exists():
        kept = folder / f"damaged-{datetime.now():%Y%m%d-%H%M%S}.sqlite"
        replace_retrying(path, kept)
        for suffix in ("-wal", "-shm"):  # they belong to the damaged file
            side = path.with_name(path.name + suffix)
            if side.exists():
                replace_retrying(side, kept.with_name(kept.name + suffix))
    replace_retrying(tmp, path)
    return kept
