"""`open`'s one pass over the member's copy of a bundle: its SHA-256 (the name sheets and
results bind) and every document's ciphertext against the signed manifest.

The manifest signs each document twice: `sha256` of the plaintext (checked whenever the
document is decrypted to be read) and `encrypted_sha256` of its `docs/<id>.age` entry as stored.
The second lets `open` check every document of the bundle while it reads the file once, without
decrypting anything: a copy cut short or altered is refused before the member starts, and what
the member later decrypts is exactly what the secretariat signed. Bundles made before
`encrypted_sha256` existed are checked the old way, by decrypting every document.
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluator_app.errors import TamperedError
from evaluator_app.trust.bundle import OpenedBundle, entry_span
from evaluator_app.trust.container import ZIP_READ_ERRORS, doc_entry, open_container
from evaluator_app.trust.streams import BLOCK, BackgroundHasher, Progress, sha256_file


@dataclass(frozen=True)
class Scan:
    bundle_hash: str  # "sha256:<hex>" of the whole file
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


def scan_bundle(bundle: OpenedBundle, read_from: Path | None = None,
                progress: Progress | None = None) -> Scan:
    """Hash the bundle file (`read_from`, the member's kept copy, or the bundle itself) and
    check every document's ciphertext in it against the signed manifest.

    Two hasher threads (the whole file; the documents) run beside this one, which only reads:
    hashlib releases the GIL, so on two free cores the pass costs about one read and one
    SHA-256 of the file."""
    me = bundle.identity.card.fingerprint
    docs = [d for a in bundle.manifest["applications"] for d in a["documents"]]
    readable = sum(me in d["readers"] for d in docs)
    path = read_from or bundle.path
    if any(not isinstance(d.get("encrypted_sha256"), str) for d in docs):
        return _legacy_scan(bundle, path, progress, readable)
    spans = _spans(bundle, path)
    digests = {id(s): hashlib.sha256() for s in spans}
    whole = hashlib.sha256()
    total = path.stat().st_size
    with path.open("rb", buffering=0) as fh, BackgroundHasher() as whole_hasher, \
            BackgroundHasher() as doc_hasher:
        pos, at = 0, 0
        while block := fh.read(BLOCK):
            whole_hasher.update(whole, block)
            end = pos + len(block)
            view = memoryview(block)
            while at < len(spans) and spans[at].start < end:
                span = spans[at]
                lo, hi = max(span.start, pos), min(span.end, end)
                if hi > lo:
                    doc_hasher.update(digests[id(span)], view[lo - pos:hi - pos])
                if span.end > end:
                    break
                at += 1
            pos = end
            if progress:
                progress(pos, total)
        whole_hasher.close()
        doc_hasher.close()
    for span in spans:
        if digests[id(span)].hexdigest() != span.doc["encrypted_sha256"]:
            raise TamperedError(f"{bundle.path}: the document {span.doc['name']} of "
                                f"{span.application} does not match its hash in the signed "
                                "manifest (the bundle was cut short or altered)")
    return Scan("sha256:" + whole.hexdigest(), readable)


def _legacy_scan(bundle: OpenedBundle, path: Path, progress: Progress | None,
                 readable: int) -> Scan:
    bundle_hash = "sha256:" + sha256_file(str(path))
    bundle.verify_documents(progress)
    return Scan(bundle_hash, readable)
