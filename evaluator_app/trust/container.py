"""The .evb container: a plain ZIP (stored, never compressed) with a strict list of entries.

Everything that could make unzipping dangerous is refused before any byte is decrypted: names
outside the known pattern (so no path traversal), duplicated names, compressed entries (no zip
bombs), absurd sizes, and too many entries.
"""

import re
import struct
import zipfile
from pathlib import Path

from evaluator_app.errors import BundleError, NotABundleError, TamperedError

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


def _zip64_compressed(extra: bytes) -> int | None:
    at = 0
    while at + 4 <= len(extra):
        kind, length = struct.unpack_from("<HH", extra, at)
        if kind == 0x0001 and length >= 16:
            return int(struct.unpack_from("<Q", extra, at + 12)[0])
        at += 4 + length
    return None


def _announced_length(path: Path, size: int) -> tuple[int, bool]:
    """Walk the file's ZIP local headers (seeking over the data): the length they announce,
    0 if it does not start like a bundle, and whether every entry's size was known."""
    offset = 0
    with path.open("rb") as f:
        while offset + 30 <= size:
            f.seek(offset)
            head = f.read(30)
            if head[:4] != b"PK\x03\x04":
                break
            flags, = struct.unpack_from("<H", head, 6)
            compressed, _, name_len, extra_len = struct.unpack_from("<IIHH", head, 18)
            name = f.read(name_len).decode("utf-8", "replace")
            if name not in LIMITS and not DOC_RE.match(name):
                return (0, True) if offset == 0 else (offset, True)  # not one of ours
            extra = f.read(extra_len)
            if compressed == 0xFFFFFFFF:  # ZIP64: the sizes are in the extra field
                compressed = _zip64_compressed(extra)
                if compressed is None:
                    return offset + 30 + name_len + extra_len, False
            offset += 30 + name_len + extra_len + compressed
            if flags & 0x08:  # sizes follow the data: the rest cannot be walked
                return offset, False
        while offset and offset + 46 <= size:  # then the table of contents, entry by entry
            f.seek(offset)
            head = f.read(46)
            if head[:4] != b"PK\x01\x02":
                break
            name_len, extra_len, comment_len = struct.unpack_from("<HHH", head, 28)
            offset += 46 + name_len + extra_len + comment_len
    return offset, True


def not_a_bundle(path: Path, error: Exception) -> NotABundleError:
    """Why a file that does not open as a ZIP is not a usable bundle: not one at all, or a copy
    cut off (its local headers announce more bytes than the file has). Never "altered": that is
    for a bundle whose signature fails."""
    try:
        size = path.stat().st_size
        expected, known = _announced_length(path, size)
    except (OSError, struct.error):  # a header cut inside itself: nothing more to learn
        return NotABundleError(f"{path} cannot be read as a bundle ({error})")
    if size == 0:  # a copy that never began (a full USB stick, a transfer cancelled)
        return NotABundleError(f"{path} is empty (0 bytes): the copy did not finish; copy the "
                               "bundle again", 0)
    if expected and (size < expected + 22 or not known):
        at_least = max(expected + 22, size + 1)
        return NotABundleError(f"{path} is an incomplete copy of a bundle: {size:,} of at least "
                               f"{at_least:,} bytes", size, at_least)
    if expected:
        return NotABundleError(f"{path} is a damaged copy of a bundle: its table of contents "
                               f"cannot be read ({error})", size)
    return NotABundleError(f"{path} is not an evaluation bundle ({error})", size)


def open_container(path: Path) -> zipfile.ZipFile:
    """Open and vet a bundle's ZIP structure (no decryption yet)."""
    try:
        zf = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise BundleError(f"{path}: the bundle file does not exist") from None
    except ZIP_READ_ERRORS as e:
        raise not_a_bundle(path, e) from None
    try:
        infos = zf.infolist()
        if len(infos) > MAX_ENTRIES:
            raise BundleError(f"{path}: the bundle has {len(infos):,} entries; at most "
                              f"{MAX_ENTRIES:,} are allowed")
        if not {HEADER, MANIFEST, SIGNATURE} & {info.filename for info in infos}:
            # another kind of ZIP (a spreadsheet, an archive): the wrong file, not an altered
            # bundle
            raise NotABundleError(f"{path} is not an evaluation bundle (a ZIP file of other "
                                  f"content, e.g. {infos[0].filename!r})" if infos else
                                  f"{path} is not an evaluation bundle (an empty ZIP file)",
                                  Path(path).stat().st_size)
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
