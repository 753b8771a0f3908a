"""`open`'s one pass over a bundle: copy it beside the workspace and check every document's
ciphertext against the signed manifest from the same read.

The manifest signs each document twice: `sha256` of the plaintext (checked whenever the
document is decrypted to be read) and `encrypted_sha256` of its `docs/<id>.age` entry as stored.
The second lets `open` check every document while it copies the file once, without decrypting
anything: a copy cut short or altered is refused before the member starts, and what the member
later decrypts is exactly what the secretariat signed. The bundle is named by its signed
manifest (bundle.manifest_identity), so the file as a whole is never hashed. Bundles made before
`encrypted_sha256` existed are checked the old way, by decrypting every readable document.
"""

import hashlib
import shutil
from dataclasses import dataclass
from pathlib import Path
from typing import Any, BinaryIO

from evaluator_app.errors import TamperedError
from evaluator_app.trust.bundle import OpenedBundle, entry_span, load_bundle
from evaluator_app.trust.container import ZIP_READ_ERRORS, doc_entry, open_container
from evaluator_app.trust.streams import BLOCK, BackgroundHasher, Progress


@dataclass(frozen=True)
class Scan:
    copy: OpenedBundle  # the kept copy, loaded and checked
    documents_checked: int  # the documents this member can read (all were checked)


@dataclass(frozen=True)
class _Span:
    start: int
    end: int
    doc: dict[str, Any]
    application: str


def _spans(bundle: OpenedBundle, path: Path) -> list[_Span]:
    spans = []
    with open_container(path) as zf:
        for app in bundle.manifest["applications"]:
            for doc in app["documents"]:
                try:
                    start, size = entry_span(zf, doc_entry(doc["id"]))
                except KeyError:
                    raise TamperedError(f"{bundle.path}: the document {doc['name']} of "
                                        f"{app['id']} is missing (the bundle was altered)"
                                      ) from None
                except ZIP_READ_ERRORS:
                    raise TamperedError(f"{bundle.path}: the document {doc['name']} of "
                                        f"{app['id']} is damaged (truncated or altered)"
                                      ) from None
                spans.append(_Span(start, start + size, doc, app["id"]))
    return sorted(spans, key=lambda s: s.start)


def _source(path: Path) -> BinaryIO:
    return path.open("rb", buffering=0)


def copy_and_check(bundle: OpenedBundle, dest: Path, progress: Progress | None = None) -> Scan:
    """Copy the bundle to `dest` and check every document's ciphertext in what was copied.

    This thread reads and writes; a hasher thread hashes the documents' spans of the same
    blocks (hashlib releases the GIL), so the pass costs about one read and one SHA-256. The
    copy must then carry the same signed manifest and the same entry layout, else the file
    changed while it was being copied."""
    me = bundle.identity.card.fingerprint
    docs = [d for a in bundle.manifest["applications"] for d in a["documents"]]
    readable = sum(me in d["readers"] for d in docs)
    if any(not isinstance(d.get("encrypted_sha256"), str) for d in docs):
        return _legacy(bundle, dest, progress, readable)
    spans = _spans(bundle, bundle.path)
    digests = {id(s): hashlib.sha256() for s in spans}
    with _source(bundle.path) as src, dest.open("wb", buffering=0) as out, \
            BackgroundHasher() as hasher:
        total = bundle.path.stat().st_size
        pos, at = 0, 0
        while block := src.read(BLOCK):
            out.write(block)
            end = pos + len(block)
            view = memoryview(block)
            while at < len(spans) and spans[at].start < end:
                span = spans[at]
                lo, hi = max(span.start, pos), min(span.end, end)
                if hi > lo:
                    hasher.update(digests[id(span)], view[lo - pos:hi - pos])
                if span.end > end:
                    break
                at += 1
            pos = end
            if progress:
                progress(pos, total)
        hasher.close()
    copy = _same_bundle(bundle, dest)
    if [(s.start, s.end) for s in _spans(copy, dest)] != [(s.start, s.end) for s in spans]:
        raise TamperedError(f"{bundle.path} changed while it was being opened")
    for span in spans:
        if digests[id(span)].hexdigest() != span.doc["encrypted_sha256"]:
            raise TamperedError(f"{bundle.path}: the document {span.doc['name']} of "
                                f"{span.application} does not match its hash in the signed "
                                "manifest (the bundle was cut short or altered)")
    return Scan(copy, readable)


def _same_bundle(bundle: OpenedBundle, dest: Path) -> OpenedBundle:
    """The copy, loaded: it must carry the very manifest that was checked."""
    copy = load_bundle(dest, bundle.identity)
    if copy.manifest_sha256 != bundle.manifest_sha256:
        raise TamperedError(f"{bundle.path} changed while it was being opened")
    return copy


def _legacy(bundle: OpenedBundle, dest: Path, progress: Progress | None,
            readable: int) -> Scan:
    shutil.copyfile(bundle.path, dest)
    copy = _same_bundle(bundle, dest)
    copy.verify_documents(progress)
    return Scan(copy, readable)
