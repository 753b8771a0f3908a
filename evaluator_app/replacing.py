"""Putting a finished file in place of the old one, on Windows too.

POSIX replaces a file whatever other programs do with it. Windows refuses while another
process holds the old file (or the new one) open without sharing deletion: Excel keeps the CSV
or XLSX it shows, a PDF viewer the 평가표, and an antivirus scanner opens every new file for a
moment. `os.replace` then raises PermissionError with WinError 5 or 32. The scanner lets go
within a second, so a few short retries ride it out; a program the member has open does not,
and that becomes one plain sentence (FileInUseError) instead of a traceback.
"""

import errno
import os
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from evaluator_app.errors import FileInUseError, OutputNotWrittenError
from evaluator_app.safe_files import shown

# ERROR_ACCESS_DENIED (MoveFileEx onto a file open elsewhere), ERROR_SHARING_VIOLATION,
# ERROR_LOCK_VIOLATION
HELD_OPEN = frozenset({5, 32, 33})
PAUSES = (0.05, 0.1, 0.2, 0.4)  # seconds between attempts: 0.75 s in all
# ERROR_PATH_NOT_FOUND, ERROR_FILENAME_EXCED_RANGE: Windows' answer (as ENOENT, as if a folder
# were missing) for a path past MAX_PATH where long paths are not enabled; 248 characters is
# the limit for a folder, 259 for a file
TOO_LONG = frozenset({3, 206})
MAX_FOLDER_PATH = 248


def held_open(error: OSError) -> bool:
    """Windows' way of saying that another process has the file open (POSIX never does)."""
    return isinstance(error, PermissionError) and getattr(error, "winerror", None) in HELD_OPEN


def path_too_long(error: OSError) -> bool:
    """Windows refusing a path for its length, which it reports as a file not found."""
    name = error.filename
    return (getattr(error, "winerror", None) in TOO_LONG and name is not None
            and len(os.fsdecode(name)) >= MAX_FOLDER_PATH)


def replace_retrying(src: Path | str, dst: Path | str) -> None:
    """`os.replace`, tried again a few times while Windows reports the file held open; then
    the last OSError, as `os.replace` raises it (for callers that explain errors themselves)."""
    for pause in (*PAUSES, None):
        try:
            os.replace(src, dst)
            return
        except PermissionError as e:
            if pause is None or not held_open(e):
                raise
            time.sleep(pause)


def in_use_error(path: Path | str) -> FileInUseError:
    return FileInUseError(
        f"{shown(path)} cannot be replaced: another program has it open (Excel, a PDF viewer…) "
        "or it is read-only; close it and try again", Path(path))


def replace_file(src: Path | str, dst: Path | str) -> None:
    """`os.replace(src, dst)`; a file held open past the retries is a FileInUseError naming
    `dst`, the file the member knows."""
    try:
        replace_retrying(src, dst)
    except PermissionError as e:
        if not held_open(e):
            raise
        raise in_use_error(dst) from None


@contextmanager
def written_in_place(out: Path) -> Iterator[Path]:
    """A temporary file beside `out` to write; it takes `out`'s place when the block ends
    without error, and is removed otherwise. The old file stays whole until then, and a file
    the member has open in Excel is a FileInUseError, not a PermissionError at `open`."""
    out = Path(out)
    tmp = out.with_name(f".{out.name}.{os.getpid()}.part")
    try:
        yield tmp
        replace_file(tmp, out)
    except OSError as e:
        if e.filename != str(tmp):
            raise
        raise not_written(e, out) from None
    finally:
        with suppress(OSError):  # a scanner may still hold it: never hide the real error
            tmp.unlink(missing_ok=True)


def not_written(error: OSError, out: Path) -> OSError | OutputNotWrittenError:
    """The error of writing the temporary file (or making the folder), told of `out`: the
    hidden `.NAME.PID.part` a message named before means nothing to the member. A full disk
    stays an OSError (the CLI and the app have their own sentence for it), naming `out`."""
    if error.errno == errno.ENOSPC:
        return OSError(error.errno, error.strerror, str(out))
    if path_too_long(error):
        return OutputNotWrittenError(
            f"{shown(out)} cannot be written: its path is longer than Windows allows (260 "
            "characters); nothing was written, choose a folder nearer the top of the drive or "
            "a shorter name", out)
    if error.errno == errno.ENOENT:
        return OutputNotWrittenError(f"{shown(out)} cannot be written: the folder "
                                     f"{shown(out.parent)} does not exist", out)
    if error.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        # the folder, not the file: ours is new (a file held open is FileInUseError)
        return OutputNotWrittenError(
            f"{shown(out)} cannot be written: the folder {shown(out.parent)} is read-only or "
            "you may not write there; nothing was written, choose a folder you can write to",
            out)
    return OutputNotWrittenError(f"{shown(out)} cannot be written ({error.strerror or error}): "
                                 "nothing was written; choose a folder you can write to", out)
