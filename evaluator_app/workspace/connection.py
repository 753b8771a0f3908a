"""Opening the workspace's SQLite file, and saying what really happened when SQLite fails.

SQLite reports a read-only folder as "unable to open database file", a full disk as "disk I/O
error", a writer holding the lock as "database is locked" and a damaged page as "database disk
image is malformed"; a member needs the real cause (and, for damage, the way back).
"""

import logging
import os
import shutil
import sqlite3
from pathlib import Path
from urllib.parse import quote

from evaluator_app.errors import WorkspaceError, WorkspaceLockedError, WorkspaceReadOnlyError

BUSY_TIMEOUT_S = 15.0  # how long a writer waits for another one (each holds it milliseconds)
LOW_DISK_BYTES = 1024 * 1024


def read_only_reason(path: Path) -> str | None:
    """Why the workspace cannot be written (folder or file read-only), or None."""
    folder = path.parent
    if folder.is_dir() and not os.access(folder, os.W_OK):
        return f"the workspace folder {folder} is read-only"
    if path.exists() and not os.access(path, os.W_OK):
        return f"the workspace file {path} is read-only"
    return None


def disk_full(folder: Path) -> bool:
    try:
        return shutil.disk_usage(folder).free < LOW_DISK_BYTES
    except OSError:
        return False


def explain(path: Path, error: sqlite3.Error) -> WorkspaceError | None:
    """The real cause of a SQLite failure as a typed error, or None if it is none of these."""
    from evaluator_app.workspace import backup  # reads its copies only when something failed

    if backup.is_damage(path, error):
        return backup.damaged(path, str(error))
    text = str(error).lower()
    if "locked" in text or "busy" in text:
        return WorkspaceLockedError(
            f"the workspace {path} is locked by another program writing to it (another "
            "evaluator command or the app); nothing was changed, try again in a moment")
    if "full" in text or ("disk i/o" in text and disk_full(path.parent)):
        return WorkspaceError(f"the disk holding {path.parent} is full; nothing was changed "
                              "(free some space and try again)")
    reason = read_only_reason(path)
    if reason or "readonly" in text:
        return WorkspaceReadOnlyError(
            f"{reason or f'the workspace {path} is read-only'}: it can be read but not changed "
            "(copy it to a writable folder, or ask for write access)")
    return None


def connect(path: Path) -> tuple[sqlite3.Connection, bool]:
    """A connection in autocommit mode (transactions are explicit) and whether it is read-only.

    A workspace in a read-only place is opened read-only, so reading commands still work; its
    WAL is read when present, else the file is opened as immutable (nobody can write there).
    """
    if path.exists() and read_only_reason(path):
        wal = path.with_name(path.name + "-wal").exists()
        shm = path.with_name(path.name + "-shm").exists()
        mode = "mode=ro" if wal and shm else "mode=ro&immutable=1"
        uri = f"file:{quote(str(path.resolve()))}?{mode}"
        return sqlite3.connect(uri, uri=True, timeout=BUSY_TIMEOUT_S, isolation_level=None), True
    return sqlite3.connect(str(path), timeout=BUSY_TIMEOUT_S, isolation_level=None), False


def explain_failure(path: Path, error: BaseException) -> WorkspaceError | None:
    """An unexpected failure of a command or an app action, as a typed error when the cause is
    the workspace (damaged, locked, full, read-only); None when it is not (a bug)."""
    from evaluator_app.workspace import backup

    try:
        if isinstance(error, sqlite3.Error):
            typed = explain(path, error)
            if typed is not None:
                return typed
        if not Path(path).is_file():
            return None
        finding = backup.find_file_damage(path)
        return backup.damaged(path, finding) if finding else None
    except Exception:  # the last resort must not fail itself: report the original failure
        logging.getLogger("evaluation-desk.backup").exception(
            "could not examine the workspace %s", path)
        return None


def checkpoint(path: Path) -> bool:
    """Copy the WAL's committed pages into the workspace file, on a connection of its own.

    PASSIVE: it neither waits for a writer nor holds one up. The app calls it from a worker
    when the member pauses, so that an edit seldom pays SQLite's automatic checkpoint (every
    1,000 WAL pages: the commit that crosses the mark copies them and syncs the file, the
    slowest edit of ~250; issue 19). False when there was nothing to do it on (no file, a
    read-only place) or a writer was checkpointing already."""
    if not path.is_file() or read_only_reason(path):
        return False
    conn = sqlite3.connect(str(path), timeout=0, isolation_level=None)
    try:
        conn.execute("PRAGMA synchronous = FULL")  # the file synced before the WAL restarts
        busy, _, _ = conn.execute("PRAGMA wal_checkpoint(PASSIVE)").fetchone()
        return busy == 0
    finally:
        conn.close()
