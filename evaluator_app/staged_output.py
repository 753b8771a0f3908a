"""Several output files appear together or not at all (issue 17).

A command that writes a set of files (the consolidation's result folder, a signed sheet's three
files) writes them into a stage folder beside the target — the same filesystem, so moving them
is a rename — and moves them into place only once every file is complete and on disk. On any
failure the stage is removed and a typed error says that nothing was written; the old files
stay untouched until then.

How the set gets into place:
- a target folder that does not exist yet is the stage renamed: one rename, on every platform;
- `swap`, and the target holds nothing but files the command owns: the two folders are
  exchanged (atomic on Linux with renameat2; elsewhere two renames, and an interruption between
  them is put right by the next write);
- otherwise (a shared folder, the desktop) file by file in the caller's order: first the old
  owned files are moved out, the counting one (result.json, a sheet's .json) first, then the new
  ones in, the counting one last. A counting file therefore never sits beside files of another
  set or without its companions. The plan is written into the stage before the first move, so a
  process killed half-way is finished by the next write to the same target.
"""

import errno
import json
import os
import secrets
import shutil
import sys
from collections.abc import Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path

from evaluator_app.errors import EvaluatorError
from evaluator_app.replacing import path_too_long, replace_retrying
from evaluator_app.safe_files import shown

STAGE_MARK = ".evaluator-stage-"
OLD_MARK = ".evaluator-old-"
PLAN = ".commit"  # in a stage whose files are being moved into place: the moves, as JSON
BACKUP = ".old"  # in such a stage: the old owned files moved out of the target


class Stage:
    """Where a command writes its files (`path(name)`), and where they will be (`final`)."""

    def __init__(self, target: Path, folder: Path) -> None:
        self.target = target
        self.folder = folder
        self.created: list[Path] = []  # after the move: folders it made, outermost first

    def path(self, name: str) -> Path:
        return self.folder / name

    def final(self, name: str) -> Path:
        return self.target / name


def is_stage_name(name: str) -> bool:
    """A stage or a swapped-out old folder of this module (never a user's file)."""
    return name.startswith(".") and (STAGE_MARK in name or OLD_MARK in name)


@contextmanager
def staged(target: Path, order: Sequence[str], owned: Sequence[str] = (), swap: bool = False,
           error: type[EvaluatorError] = EvaluatorError) -> Iterator[Stage]:
    """Write into `Stage.folder`; on leaving the block the files move into `target` together.

    `order`: the names the block may write, in the order they move into place (the file that
    makes the set count last). `owned`: the target's files this set replaces even when the new
    set lacks them (a signature of the previous result). `swap`: a target holding only owned
    files may be exchanged whole. Failures raise `error` (an OSError becomes one sentence)."""
    target = Path(target)
    owned = list(dict.fromkeys([*owned, *order]))
    try:
        recover(target)
        if target.exists() and not target.is_dir():
            raise error(f"{shown(target)} is a file, not a folder: nothing was written")
        existed = target.exists()
        created = _make_parents(target.parent)
        folder = _new_stage(target)
    except OSError as e:
        raise error(_sentence(e, target)) from None
    stage = Stage(target, folder)
    try:
        yield stage
        written = [n for n in order if (folder / n).is_file()]
        unexpected = sorted(p.name for p in folder.iterdir() if p.name not in order)
        if unexpected:
            raise error(f"{shown(target)}: unexpected output {unexpected[0]}")  # a bug
        for name in written:
            _fsync(folder / name)
        _fsync_folder(folder)
        _commit(target, folder, written, owned, swap, error)
        stage.created = created + ([] if existed else [target])
    except BaseException as e:
        if not (folder / PLAN).exists():  # else it holds old files: the next write finishes it
            _discard(folder, created)
        if isinstance(e, OSError):
            raise error(_sentence(e, target)) from None
        raise


def _sentence(e: OSError, target: Path) -> str:
    """What went wrong, and the truth about what was left: nothing."""
    where = shown(target)
    name = shown(Path(os.fsdecode(e.filename)).name).removesuffix(".part") if e.filename else ""
    writing = f"writing {name} for {where}" if name else f"writing to {where}"
    if e.errno == errno.ENOSPC:
        return (f"the disk is full ({writing}): nothing was written and what was there is "
                "unchanged; free some space and try again")
    if path_too_long(e):  # not "No such file or directory" for a folder that is there
        return (f"{where} cannot be written: the paths of its files would be longer than "
                "Windows allows (260 characters): nothing was written; choose a folder nearer "
                "the top of the drive")
    if e.errno == errno.EROFS:
        return (f"{where} cannot be written ({e.strerror or e}): nothing was written; choose "
                "a folder you can write to")
    if e.errno in (errno.EACCES, errno.EPERM):  # Windows: also a file open in a viewer
        return (f"{where} cannot be written ({e.strerror or e}{', ' + name if name else ''}): "
                "nothing was written; close any program that has the file open, or choose a "
                "folder you can write to")
    return f"{e.strerror or e} ({writing}): nothing was written"


def _make_parents(folder: Path) -> list[Path]:
    """Create `folder` and missing parents; returns those created, outermost first."""
    missing = []
    while not folder.exists() and folder.parent != folder:
        missing.append(folder)
        folder = folder.parent
    created = []
    for p in reversed(missing):
        try:
            p.mkdir()
        except FileExistsError:
            continue
        except OSError:
            remove_dirs(created)
            raise
        created.append(p)
    return created


def remove_dirs(created: list[Path]) -> None:
    """Remove folders a write made, innermost first, each only while empty."""
    for p in reversed(created):
        with suppress(OSError):
            p.rmdir()  # only when still empty


def _stage_home(target: Path) -> tuple[Path, str]:
    """Where a target's stages live: beside it, or (a drive's root) inside it."""
    if target.name and target.parent != target:
        return target.parent, f".{target.name}"
    return target, ""


def _new_stage(target: Path) -> Path:
    home, prefix = _stage_home(target)
    folder = home / f"{prefix}{STAGE_MARK}{secrets.token_hex(4)}"
    try:
        folder.mkdir()
    except PermissionError:
        if home == target or not target.is_dir():
            raise
        # a shared folder one may write to but not its parent: stage inside it
        folder = target / f"{STAGE_MARK}{secrets.token_hex(4)}"
        folder.mkdir()
    return folder


def _fsync(path: Path) -> None:
    """Flush a file to the disk before it is relied on (an error here is a failed write)."""
    fd = os.open(path, os.O_RDWR | getattr(os, "O_BINARY", 0))
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def _fsync_folder(folder: Path) -> None:
    """Flush a folder's entries (POSIX; Windows cannot open a folder, NTFS journals renames).
    Best effort: some filesystems cannot, and the moves are done by then."""
    if os.name != "posix":
        return
    with suppress(OSError):
        fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(fd)
        finally:
            os.close(fd)


def _discard(folder: Path, created: list[Path]) -> None:
    shutil.rmtree(folder, ignore_errors=True)
    remove_dirs(created)


def _commit(target: Path, folder: Path, written: list[str], owned: list[str], swap: bool,
            error: type[EvaluatorError]) -> None:
    if not target.exists() and folder.parent == target.parent:
        try:
            os.rename(folder, target)  # the whole set appears at once
            _fsync_folder(target.parent)
            return
        except OSError:
            if not target.exists():
                raise  # else: created meanwhile; go on file by file
    entries = [p.name for p in target.iterdir() if not is_stage_name(p.name)]
    if (swap and folder.parent == target.parent and set(entries) <= set(owned)
            and _swap(folder, target)):
        _fsync_folder(target.parent)
        shutil.rmtree(folder, ignore_errors=True)  # now the old files
        return
    plan = {"remove": list(reversed(owned)), "move": written}
    part = folder / (PLAN + ".part")  # the plan exists whole or not at all
    part.write_text(json.dumps(plan), encoding="utf-8")
    _fsync(part)
    replace_retrying(part, folder / PLAN)
    _fsync_folder(folder)
    try:
        _move_in(folder, target, plan)
    except OSError as e:
        if not _roll_back(folder, target, plan):
            raise error(f"{shown(target)} could not be written ({e.strerror or e}) and the "
                        "previous files could not all be put back: they are in "
                        f"{shown(folder / BACKUP)}") from None
        raise
    shutil.rmtree(folder, ignore_errors=True)


def _move_in(folder: Path, target: Path, plan: dict[str, list[str]]) -> None:
    """Owned files out (the counting one first), then the new ones in (it last). Idempotent:
    the next write finishes a plan a killed process left half done."""
    backup = folder / BACKUP
    backup.mkdir(exist_ok=True)
    for name in plan["remove"]:
        # a name whose new file is already in place (a finished move before a kill) stays
        new_in_place = name in plan["move"] and not (folder / name).exists()
        if (target / name).exists() and not new_in_place:
            replace_retrying(target / name, backup / name)  # Windows: refused while open
    for name in plan["move"]:
        if (folder / name).exists():
            replace_retrying(folder / name, target / name)
    _fsync_folder(target)


def _roll_back(folder: Path, target: Path, plan: dict[str, list[str]]) -> bool:
    """After a failed move: the new files out again, the old ones back. True when it worked."""
    try:
        for name in reversed(plan["move"]):
            if (target / name).exists() and not (folder / name).exists():
                replace_retrying(target / name, folder / name)
        for p in (folder / BACKUP).iterdir():
            replace_retrying(p, target / p.name)
        (folder / PLAN).unlink()
        return True
    except OSError:
        return False


def _swap(folder: Path, target: Path) -> bool:
    """Exchange the stage and the target folder; False when the platform refuses (the caller
    then moves file by file)."""
    if _exchange(folder, target):
        return True
    home, prefix = _stage_home(target)
    old = home / f"{prefix}{OLD_MARK}{secrets.token_hex(4)}"
    try:
        os.rename(target, old)  # Windows: refused while a file inside is open
    except OSError:
        return False
    try:
        os.rename(folder, target)
    except OSError:
        os.rename(old, target)
        raise
    os.rename(old, folder)  # removed by the caller, like the exchanged old files
    return True


def _exchange(a: Path, b: Path) -> bool:
    """renameat2(RENAME_EXCHANGE): both names swapped in one step (Linux 3.15+)."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        fn = libc.renameat2
    except (OSError, AttributeError):
        return False
    at_fdcwd, rename_exchange = -100, 2
    return fn(at_fdcwd, os.fsencode(a), at_fdcwd, os.fsencode(b), rename_exchange) == 0


def recover(target: Path) -> None:
    """Put right what a killed write to `target` left: a plan half carried out is finished; a
    stage never committed is removed; an old folder swapped out but not replaced comes back."""
    target = Path(target)
    home, prefix = _stage_home(target)
    places = [(home, f"{prefix}{STAGE_MARK}"), (home, f"{prefix}{OLD_MARK}")]
    if home != target:
        places.append((target, STAGE_MARK))
    for where, start in places:
        try:
            leftovers = sorted(p for p in where.iterdir() if p.name.startswith(start))
        except OSError:
            continue
        for p in leftovers:
            if OLD_MARK in p.name and not target.exists():
                os.rename(p, target)
                continue
            plan_file = p / PLAN
            if plan_file.is_file() and target.is_dir():
                try:
                    plan = json.loads(plan_file.read_text(encoding="utf-8"))
                except (OSError, ValueError):
                    plan = None
                if isinstance(plan, dict):
                    _move_in(p, target, plan)
            shutil.rmtree(p, ignore_errors=True)
