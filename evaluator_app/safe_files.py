"""Reading files a user hands in, from folders anyone may have filled (issue 17 item 5).

Only regular files are read (a FIFO named x.json would block the reader forever, a device never
ends); the size is checked before a byte is read; folders are searched without following
symbolic links to folders, and a link that loops or leads nowhere is simply not a file. Names
that are not valid text (a file name in another encoding) are shown escaped, never crash a
message or a canonical JSON.
"""

import os
import stat
from collections.abc import Iterator
from pathlib import Path

from evaluator_app.errors import EvaluatorError

MAX_SHEET_BYTES = 10 * 1024 * 1024  # a sheet of 1,000 applications is far below this
MAX_SIGNATURE_BYTES = 64 * 1024  # a minisign signature is a few hundred bytes
MAX_RESULT_BYTES = 64 * 1024 * 1024  # a result carries every member's totals: more room


def shown(path: Path | str) -> str:
    """`path` as printable text: bytes that are not UTF-8 as \\xNN, control characters
    escaped; an ordinary path is unchanged."""
    text = os.fsdecode(path) if not isinstance(path, str) else path
    out = []
    for ch in text:
        code = ord(ch)
        if 0xDC80 <= code <= 0xDCFF:  # an undecodable byte (surrogateescape)
            out.append(f"\\x{code - 0xDC00:02x}")
        elif 0xD800 <= code <= 0xDFFF or not (ch.isprintable() or ch == " "):
            out.append(ch.encode("unicode_escape", "backslashreplace").decode("ascii"))
        else:
            out.append(ch)
    return "".join(out)


def has_text_name(path: Path) -> bool:
    """False when the file's name cannot be written as text (not UTF-8, control characters)."""
    return shown(path.name) == path.name


def _kind(mode: int) -> str:
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a pipe (FIFO)"
    if stat.S_ISSOCK(mode):
        return "a socket"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    return "not a regular file"


def _size(n: int) -> str:
    return f"{n / (1024 * 1024):.1f} MiB" if n >= 1024 * 1024 else f"{n:,} bytes"


def read_regular(path: Path, error: type[EvaluatorError], limit: int = MAX_SHEET_BYTES,
                 what: str = "a score sheet") -> bytes:
    """The bytes of a regular file of at most `limit` bytes; else `error`, naming the file."""
    path = Path(path)
    name = shown(path)
    try:
        st = os.stat(path)  # follows a link to a file; a loop raises ELOOP
    except FileNotFoundError:
        raise error(f"{name} does not exist") from None
    except OSError as e:
        raise error(f"{name} cannot be read ({e.strerror or e})") from None
    if not stat.S_ISREG(st.st_mode):
        raise error(f"{name} is {_kind(st.st_mode)}, not {what}")
    if st.st_size > limit:
        raise error(f"{name} is {_size(st.st_size)}: too large for {what} (at most "
                    f"{_size(limit)})")
    try:
        # O_NONBLOCK: should the file have been swapped for a FIFO since, open does not wait
        flags = os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
        fd = os.open(path, flags)
    except OSError as e:
        raise error(f"{name} cannot be read ({e.strerror or e})") from None
    try:
        st = os.fstat(fd)
        if not stat.S_ISREG(st.st_mode):
            raise error(f"{name} is {_kind(st.st_mode)}, not {what}")
        chunks, total = [], 0
        while chunk := os.read(fd, 1 << 20):
            chunks.append(chunk)
            total += len(chunk)
            if total > limit:  # grew while being read
                raise error(f"{name} is larger than {_size(limit)}: too large for {what}")
        return b"".join(chunks)
    except OSError as e:
        raise error(f"{name} cannot be read ({e.strerror or e})") from None
    finally:
        os.close(fd)


def is_regular(path: Path) -> bool:
    """A regular file (through a link to one); False for loops, dangling links, FIFOs…"""
    try:
        return stat.S_ISREG(os.stat(path).st_mode)
    except (OSError, ValueError):
        return False


def json_files(folder: Path) -> Iterator[Path]:
    """Every `*.json` (any case) under `folder`, sorted, without entering links to folders (no
    loop can trap the search) or this app's stage folders. Entries are not checked further: a
    caller tells regular files (`is_regular`) from the rest."""
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError:
        return
    subfolders = []
    for entry in entries:
        try:
            is_folder = entry.is_dir(follow_symlinks=False)
        except OSError:
            is_folder = False
        if is_folder:
            if not (entry.name.startswith(".") and ".evaluator-" in entry.name):
                subfolders.append(Path(entry.path))
        elif entry.name.lower().endswith(".json"):  # NTFS: "X.JSON" is as much a sheet
            yield Path(entry.path)
    for sub in subfolders:
        yield from json_files(sub)


# How every identity file (and identity backup) begins: age's header, a passphrase stanza.
IDENTITY_FILE_START = b"age-encryption.org/v1\n-> scrypt "


def holds_secret_keys(path: Path) -> bool:
    """Whether `path` is a passphrase-protected age file, as every identity file and identity
    backup is: an output written over it would destroy someone's secret keys for good."""
    try:
        with Path(path).open("rb") as fh:
            return fh.read(len(IDENTITY_FILE_START)) == IDENTITY_FILE_START
    except OSError:  # absent, a folder, unreadable: nothing to protect here
        return False
