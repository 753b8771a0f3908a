"""The .evb container: a plain ZIP (stored, never compressed) with a strict list of entries.

Everything that could make unzipping dangerous is refused before any byte is decrypted: names
outside the known pattern (so no path traversal), duplicated names, compressed entries (no zip
bombs), absurd sizes, and too many entries.
"""

import re
import struct
import zipfile
from pathlib import Path

from evaluator_app.errors import BundleError, TamperedError

HEADER = "header.json"
MANIFEST = "manifest.age"
SIGNATURE = "manifest.minisig"
DOC_RE = re.compile(r"^docs/[0-9a-f]{32}\.age$")
LIMITS = {HEADER: 64 * 1024, MANIFEST: 64 * 1024 * 1024, SIGNATURE: 8 * 1024}
DOC_LIMIT = 4 * 1024**3
MAX_ENTRIES = 10_000
# What zipfile raises on a damaged archive besides BadZipFile: a flipped flag or version field
# surfaces as RuntimeError ("encrypted") or NotImplementedError (unsupported feature).
ZIP_READ_ERRORS = (zipfile.BadZipFile, OSError, EOFError, ValueError, RuntimeError,
                   NotImplementedError, struct.error)


def doc_entry(doc_id: str) -> str:
    return f"docs/{doc_id}.age"


def open_container(path: Path) -> zipfile.ZipFile:
    """Open and vet a bundle's ZIP structure (no decryption yet)."""
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BundleError(f"{path}: the bundle file does not exist") from None
    except ZIP_READ_ERRORS as e:
        raise TamperedError(f"{path} is not a bundle or is damaged (truncated or altered: {e})"
                          ) from None
    try:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BundleError(f"{path}: the bundle has {len(infos):,} entries; at most "
                              f"{MAX_ENTRIES:,} are allowed")
        seen: set[str] = set()
        for info in infos:
            name = info.filename
            if name in seen:
                raise TamperedError(f"{path}: the entry {name!r} appears twice (the bundle was "
                                    "altered)")
            seen.add(name)
            limit = LIMITS.get(name, DOC_LIMIT if DOC_RE.match(name) else None)
            if limit is None:
                raise TamperedError(f"{path}: unexpected entry {name!r} (the bundle was altered)")
            if info.flag_bits & 0x1:
                raise TamperedError(f"{path}: the entry {name!r} is marked as ZIP-encrypted; "
                                    "bundles never use ZIP encryption (the bundle was altered)")
            if info.extract_version > zipfile.MAX_EXTRACT_VERSION:
                raise TamperedError(f"{path}: the entry {name!r} asks for ZIP version "
                                    f"{info.extract_version / 10:.1f}, which bundles never use "
                                    "(the bundle was altered)")
            if info.compress_type != zipfile.ZIP_STORED:
                raise TamperedError(f"{path}: the entry {name!r} is compressed; bundles store "
                                    "encrypted data as is")
            if info.file_size > limit or info.compress_size != info.file_size:
                raise TamperedError(f"{path}: the entry {name!r} has an absurd size")
        for required in (HEADER, MANIFEST, SIGNATURE):
            if required not in seen:
                raise TamperedError(f"{path}: the bundle lacks {required} (truncated or altered)")
    except BaseException:
        zf.close()
        raise
    return zf


def read_entry(zf: zipfile.ZipFile, name: str, path: Path) -> bytes:
    try:
        return zf.read(name)
    except KeyError:
        raise TamperedError(f"{path}: the bundle has no entry {name!r}") from None
    except ZIP_READ_ERRORS as e:
        raise TamperedError(f"{path}: the entry {name!r} is damaged ({e})") from None
