"""Taking sheets off a USB stick (or a dropped folder) into the session's own hand-in folder.

A stick goes from member to member, so its files must not be needed later: each sheet (the
`.json`, its `.minisig`, and the `.pdf` when there is one) is copied into `store`. The same file
twice is taken once; a different file under a name already taken is kept beside it (in a
numbered subfolder) so the consolidation sees both — two different sheets for one hand-in are an
equivocation the core must refuse, not something a copy may hide. No Qt here: runs in the worker.
"""

import shutil
from collections.abc import Iterable
from pathlib import Path

from evaluator_app.errors import SheetError
from evaluator_app.review import new_files
from evaluator_app.safe_files import MAX_SIGNATURE_BYTES, is_regular, json_files, read_regular

SIGNATURE = ".minisig"


def sheets_in(paths: Iterable[Path], seen: set[Path]) -> list[Path]:
    """Sheet files among `paths` (files, or folders searched recursively) not in `seen`."""
    out: list[Path] = []
    folders = []
    for p in map(Path, paths):
        if p.is_dir():
            folders.append(p)
        elif (p.suffix == ".json" and is_regular(p) and is_regular(Path(str(p) + SIGNATURE))
              and p.resolve() not in seen):
            seen.add(p.resolve())
            out.append(p.resolve())
    return out + new_files(folders, seen)


def unsigned_in(paths: Iterable[Path]) -> list[Path]:
    """`.json` files among `paths` (folders searched recursively) without their `.minisig`
    beside them: a sheet copied onto the stick without its signature (or still being copied),
    which `sheets_in` leaves for a later look — the room must hear of it, not see nothing."""
    out: list[Path] = []
    for p in map(Path, paths):
        files = sorted(json_files(p)) if p.is_dir() else [p] if p.suffix == ".json" else []
        out += [f for f in files if is_regular(f) and not Path(str(f) + SIGNATURE).exists()]
    return out


def take_in(files: Iterable[Path], store: Path) -> list[Path]:
    """Copy each sheet with its signature (and PDF) into `store`; returns the copies made."""
    store.mkdir(parents=True, exist_ok=True)
    taken: list[Path] = []
    for f in files:
        data = read_regular(f, SheetError)  # a regular file, size-capped (no FIFO, no 1 GB)
        signature = read_regular(Path(str(f) + SIGNATURE), SheetError, MAX_SIGNATURE_BYTES,
                                 "a signature")
        target, n = store / f.name, 1
        while target.exists() and (target.read_bytes() != data or not Path(
                str(target) + SIGNATURE).exists()
                or Path(str(target) + SIGNATURE).read_bytes() != signature):
            n += 1
            target = store / f"copy-{n}" / f.name
        if target.exists():
            continue  # this very sheet was taken in before
        target.parent.mkdir(parents=True, exist_ok=True)
        Path(str(target) + SIGNATURE).write_bytes(signature)
        pdf = f.with_suffix(".pdf")
        if pdf.exists():
            shutil.copyfile(pdf, target.with_suffix(".pdf"))
        target.write_bytes(data)  # last: a sheet counts once both files are there
        taken.append(target)
    return taken
