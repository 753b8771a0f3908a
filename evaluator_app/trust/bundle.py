"""Encrypted session bundles (.evb): secretariat → committee members.

Layout (see container.py): a public `header.json` (format, session id, created, secretariat
fingerprint, the fingerprints that can open it — no titles, no names); `manifest.age`, the
session, frozen rubrics, applications, roster, pledge, window and two hashes per document (its
plaintext `sha256`, and `encrypted_sha256` of its entry as stored, which lets `open` check
every document without decrypting it; see bundle_scan.py), encrypted to
the whole roster and the secretariat; `manifest.minisig`, the secretariat's minisign signature
of the manifest; and one `docs/<random id>.age` per document, encrypted only to those who may
read it (a pre-declared conflict leaves that member out, so they cannot decrypt it at all).

A bundle is identified by its signed manifest: `manifest_sha256` is the SHA-256 of the exact
manifest bytes the signature covers, and sheets and results bind to it. The manifest signs every
document's ciphertext and plaintext hash, so it names the bundle's whole content; the ZIP's own
unsigned bookkeeping (local headers, table of contents, timestamps) is not part of the identity.
"""

import hashlib
import io
import json
import secrets
import struct
import zipfile
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any, BinaryIO

import minisign
import pyrage

from evaluator_app.canonical import canonical_json
from evaluator_app.errors import (
    BundleError,
    IdentityError,
    NotAddressedError,
    OutsideWindowError,
    TamperedError,
)
from evaluator_app.nesting import loads_json
from evaluator_app.numbers import clip
from evaluator_app.replacing import written_in_place
from evaluator_app.rubric.loader import ID_RE, ID_RULE, parse_rubric
from evaluator_app.rubric.model import Rubric
from evaluator_app.session_spec import SessionSpec
from evaluator_app.trust.container import (
    HEADER,
    MANIFEST,
    SIGNATURE,
    ZIP_READ_ERRORS,
    doc_entry,
    open_container,
    read_entry,
)
from evaluator_app.trust.identity import Card, Identity
from evaluator_app.trust.streams import (
    BackgroundHasher,
    ByteCounter,
    FeedingWriter,
    MemorySink,
    Progress,
    RangeReader,
    ReadAhead,
)

BUNDLE_FORMAT = "evaluation-desk-bundle/1"
MANIFEST_FORMAT = "evaluation-desk-manifest/1"


@dataclass(frozen=True)
class Header:
    session_id: str
    created: str
    secretariat_fingerprint: str
    recipients: tuple[str, ...]

    def to_dict(self) -> dict[str, Any]:
        return {"format": BUNDLE_FORMAT, "session_id": self.session_id, "created": self.created,
                "secretariat_fingerprint": self.secretariat_fingerprint,
                "recipients": list(self.recipients)}


def _now() -> datetime:
    return datetime.now().astimezone()


def check_signable(spec: SessionSpec, secretariat: Identity, now: datetime | None = None,
                   force: bool = False) -> None:
    """The refusals that need no document read: a caller checks them before it announces
    any work (the CLI's "encrypting"), and create_bundle checks them again."""
    if secretariat.card.role != "secretariat":
        raise BundleError(f"bundles are signed by the secretariat; this identity "
                          f"({secretariat.card.name}) has the role {secretariat.card.role!r}")
    if spec.roster is None:
        raise BundleError(f"{spec.path}: a bundle needs a [roster] with the chair's and the "
                          "members' cards")
    moment = now or _now()
    if spec.window is not None and spec.window[1] < moment and not force:
        raise OutsideWindowError(
            f"{spec.path}: the evaluation window closed at {spec.window[1].isoformat(sep=' ')}; "
            "no member could open this bundle (correct [window], or pass --force)")


def create_bundle(spec: SessionSpec, secretariat: Identity, out: Path,
                  progress: Progress | None = None, now: datetime | None = None,
                  force: bool = False) -> str:
    """Write the bundle for a checked spec; returns its identity, "sha256:<hex>" of the signed
    manifest. Documents stream from disk; the file is never read back.

    A window that has already closed is refused unless `force` (no member could open it)."""
    moment = now or _now()
    check_signable(spec, secretariat, moment, force)
    assert spec.roster is not None
    created = moment.isoformat(timespec="seconds")
    everyone = [*spec.roster.everyone(), secretariat.card]
    advance = ByteCounter(sum(p.stat().st_size for a in spec.applications
                              for p in (*a.documents, *a.slides)), progress)
    # pyrage encrypts on this thread (holding the GIL); each document is read and its
    # plaintext SHA-256'd on a read-ahead thread, its ciphertext SHA-256'd on the hasher's
    # thread, and the entry's writes with their CRC-32 run on a fourth: file reads and
    # writes, hashlib and zlib release the GIL. written_in_place: a refused folder is a
    # sentence naming the .evb (not a hidden .part), and a .part a virus scanner still holds
    # (Windows) never hides the real error; the ZIP is closed before it takes out's place.
    with written_in_place(Path(out)) as tmp, \
            zipfile.ZipFile(tmp, "w", compression=zipfile.ZIP_STORED) as zf, \
            BackgroundHasher() as hasher, BackgroundHasher() as entry_writer:
        digests = _encrypt_documents(zf, hasher, entry_writer, spec, secretariat, advance)
        hasher.close()
        applications = [{**app.to_dict(),
                         "rubric_hash": spec.rubrics[app.rubric_id].content_hash,
                         "documents": [d.entry() for d in docs]}
                        for app, docs in zip(spec.applications, digests, strict=True)]
        plain = canonical_json(_manifest(spec, secretariat, created, applications))
        zf.writestr(MANIFEST, pyrage.encrypt(plain, [c.recipient() for c in everyone]))
        zf.writestr(SIGNATURE, secretariat.sign(plain, f"bundle {spec.id} {created}"))
        header = Header(spec.id, created, secretariat.card.fingerprint,
                        tuple(c.fingerprint for c in everyone))
        zf.writestr(HEADER, json.dumps(header.to_dict(), indent=2))
    return manifest_identity(plain)


def manifest_identity(plain: bytes) -> str:
    """A bundle's identity: the SHA-256 of its signed manifest's exact bytes."""
    return "sha256:" + hashlib.sha256(plain).hexdigest()


@dataclass
class _Sealed:
    """One document as encrypted into the bundle; its digests are read once the hasher is done."""

    id: str
    name: str
    kind: str
    size: int
    readers: list[str]
    plain: Any  # hashlib sha256 objects
    sealed: Any

    def entry(self) -> dict[str, Any]:
        return {"id": self.id, "name": self.name, "kind": self.kind, "size": self.size,
                "readers": self.readers, "sha256": self.plain.hexdigest(),
                "encrypted_sha256": self.sealed.hexdigest()}


def _encrypt_documents(zf: zipfile.ZipFile, hasher: BackgroundHasher,
                       entry_writer: BackgroundHasher, spec: SessionSpec,
                       secretariat: Identity, advance: ByteCounter) -> list[list[_Sealed]]:
    """Encrypt every document into its own entry, each to those who may read it (not a member
    with a pre-declared conflict), hashing its plaintext and its ciphertext on the way."""
    assert spec.roster is not None
    roster = spec.roster.everyone()
    conflicts = set(spec.conflicts)
    out = []
    for app in spec.applications:
        readers = [c for c in roster if (c.fingerprint, app.id) not in conflicts]
        readers.append(secretariat.card)
        docs = []
        for kind, path in [*(("plan", p) for p in app.documents),
                           *(("slides", p) for p in app.slides)]:
            doc_id = secrets.token_hex(16)
            with path.open("rb", buffering=0) as src, zf.open(doc_entry(doc_id), "w",
                                                              force_zip64=True) as dst:
                reader, buffered = ReadAhead.buffered(src, advance)
                writer = FeedingWriter(dst, hasher, via=entry_writer)
                try:
                    pyrage.encrypt_io(buffered, writer, [c.recipient() for c in readers])
                finally:
                    reader.close_reader()
                writer.flush_hash()
                entry_writer.drain()  # every block is in the entry before it closes
            docs.append(_Sealed(doc_id, path.name, kind, reader.size,
                                [c.fingerprint for c in readers], reader.sha256, writer.sha256))
        out.append(docs)
    return out


def _manifest(spec: SessionSpec, secretariat: Identity, created: str,
              applications: list[dict[str, Any]]) -> dict[str, Any]:
    return {
        "format": MANIFEST_FORMAT, "session_id": spec.id, "created": created,
        "secretariat": secretariat.card.to_dict(),
        "session": {"id": spec.id, "title": spec.title, "program": spec.program,
                    "stage": spec.stage, "year": spec.year,
                    "sites_to_select": spec.sites_to_select, "quorum": spec.quorum,
                    "review": spec.review.to_dict() if spec.review else None},
        "previous": spec.previous.to_manifest() if spec.previous else None,
        "rubrics": {r.content_hash: r.to_dict() for r in spec.rubrics.values()},
        "applications": applications,
        "roster": {"chair": spec.roster.chair.to_dict(),
                   "members": [c.to_dict() for c in spec.roster.members]},
        "window": None if spec.window is None else {
            "opens": spec.window[0].isoformat(), "closes": spec.window[1].isoformat()},
        "pledge": spec.pledge,
        "conflicts": [{"member": fp, "application": aid} for fp, aid in spec.conflicts],
        "allow_print": spec.allow_print,
    }


def read_header(path: Path) -> Header:
    """The public header, readable without any key."""
    with open_container(path) as zf:
        return _parse_header(read_entry(zf, HEADER, path), path)


def _parse_header(raw: bytes, path: Path) -> Header:
    try:
        d = loads_json(raw)
        if d.get("format") != BUNDLE_FORMAT:
            raise BundleError(f"{path}: unknown bundle format {clip(d.get('format'))}")
        if not isinstance(d["session_id"], str) or not ID_RE.match(d["session_id"]):
            raise TamperedError(f"{path}: the bundle's session id {clip(d['session_id'])} is "
                                f"not an id ({ID_RULE})")
        texts = [d["created"], d["secretariat_fingerprint"], *d["recipients"]]
        if not isinstance(d["recipients"], list) or not all(isinstance(t, str) for t in texts):
            raise TypeError  # `opens with 1 / None` was shown for a header of numbers and nulls
        if len(set(d["recipients"])) != len(d["recipients"]):
            raise TamperedError(f"{path}: the bundle's header lists a recipient twice")
        return Header(str(d["session_id"]), str(d["created"]),
                      str(d["secretariat_fingerprint"]), tuple(map(str, d["recipients"])))
    except BundleError:
        raise
    except (ValueError, KeyError, TypeError, AttributeError, RecursionError):
        raise TamperedError(f"{path}: the bundle's header is damaged") from None


@dataclass
class OpenedBundle:
    """A bundle whose manifest was decrypted and whose signature verified."""

    path: Path
    header: Header
    manifest: dict[str, Any]
    secretariat: Card
    identity: Identity
    manifest_sha256: str = ""  # the bundle's identity (see manifest_identity)

    @property
    def session_id(self) -> str:
        return self.header.session_id

    def rubrics(self) -> list[Rubric]:
        out = []
        for digest, data in self.manifest["rubrics"].items():
            rubric = parse_rubric(data, f"{self.path} rubric")
            if rubric.content_hash != digest:
                raise TamperedError(f"{self.path}: the frozen rubric {rubric.id} does not match "
                                    "its hash")
            out.append(rubric)
        return out

    def roster(self) -> list[Card]:
        r = self.manifest["roster"]
        cards = [Card.from_dict(c, f"{self.path} roster") for c in [r["chair"], *r["members"]]]
        if len({c.fingerprint for c in cards}) != len(cards):
            raise BundleError(f"{self.path}: the roster lists a person twice")
        return cards

    def document(self, doc_id: str) -> dict[str, Any]:
        for app in self.manifest["applications"]:
            for doc in app["documents"]:
                if doc["id"] == doc_id:
                    return {**doc, "application": app["id"]}
        raise BundleError(f"{self.path}: no document {doc_id!r} in this bundle")

    def stream_document(self, doc_id: str, writer: BinaryIO | None,
                        on_bytes: Any = None) -> None:
        """Decrypt one document into `writer` (memory, never disk) and check its hash."""
        self._decrypt(doc_id, lambda hasher: FeedingWriter(writer, hasher, on_bytes))

    def read_document(self, doc_id: str) -> bytearray:
        """One document decrypted into memory, hash-checked: its bytes, in one buffer."""
        size = self.document(doc_id)["size"]
        sink = self._decrypt(doc_id, lambda hasher: MemorySink(size, hasher))
        return sink.buffer

    def _decrypt(self, doc_id: str, make_sink: Any) -> Any:
        doc = self.document(doc_id)
        me = self.identity.card.fingerprint
        if me not in doc["readers"]:
            raise NotAddressedError(
                f"document {doc['name']} of {doc['application']} is not encrypted to you "
                f"({me}): a conflict of interest was declared for it")
        with open_container(self.path) as zf, BackgroundHasher() as hasher:
            sink = make_sink(hasher)
            try:
                entry = _stored_entry(zf, doc_entry(doc_id))
                pyrage.decrypt_io(entry, sink, [self.identity.age_identity])
                sink.flush_hash()
            except KeyError:
                raise TamperedError(f"{self.path}: the document {doc['name']} of "
                                    f"{doc['application']} is missing (the bundle was altered)"
                                  ) from None
            except MemorySink.TooLong:  # longer than signed: refused below, as a BytesIO was
                sink.size = -1
            except (pyrage.DecryptError, *ZIP_READ_ERRORS):
                raise TamperedError(f"{self.path}: the document {doc['name']} of "
                                    f"{doc['application']} is damaged (truncated or altered)"
                                  ) from None
            finally:
                if isinstance(sink, MemorySink):
                    sink.close_buffer()
        if sink.sha256.hexdigest() != doc["sha256"] or sink.size != doc["size"]:
            raise TamperedError(f"{self.path}: the document {doc['name']} of {doc['application']} "
                                "does not match its hash in the signed manifest")
        return sink

    def verify_documents(self, progress: Progress | None = None) -> int:
        """Decrypt and hash every document this identity can read; returns how many."""
        me = self.identity.card.fingerprint
        docs = [d for a in self.manifest["applications"] for d in a["documents"]
                if me in d["readers"]]
        advance = ByteCounter(sum(d["size"] for d in docs), progress)
        for d in docs:
            self.stream_document(d["id"], None, advance)
        return len(docs)


def entry_span(zf: zipfile.ZipFile, name: str) -> tuple[int, int]:
    """Where a stored entry's bytes lie in the file: (offset, size). Its local header must name
    the same entry as the central directory, as zipfile itself demands."""
    info = zf.getinfo(name)
    fh = zf.fp
    assert fh is not None
    fh.seek(info.header_offset)
    header = fh.read(zipfile.sizeFileHeader)
    if len(header) != zipfile.sizeFileHeader:
        raise zipfile.BadZipFile("truncated local header")
    fields = struct.unpack(zipfile.structFileHeader, header)
    if fields[zipfile._FH_SIGNATURE] != zipfile.stringFileHeader:
        raise zipfile.BadZipFile("bad magic number for a local header")
    name_length = fields[zipfile._FH_FILENAME_LENGTH]
    if fh.read(name_length) != name.encode("ascii"):
        raise zipfile.BadZipFile("the local header names another entry")
    start = (info.header_offset + zipfile.sizeFileHeader + name_length
             + fields[zipfile._FH_EXTRA_FIELD_LENGTH])
    return start, info.compress_size


def _stored_entry(zf: zipfile.ZipFile, name: str) -> io.BufferedReader:
    """The bytes of a stored entry, read straight from the file (see RangeReader)."""
    assert zf.fp is not None
    return RangeReader.buffered(zf.fp, *entry_span(zf, name))


def decrypt_bytes(data: bytes, identities: list[Any]) -> bytes:
    """What `pyrage.decrypt(data, identities)` returns, read through `decrypt_io`.

    pyrage 1.4's `decrypt` on bytes takes time growing with the square of the recipients:
    a manifest for 62 (a 60-member committee) took 88 ms to decrypt, against 6 ms through
    `decrypt_io` (10 recipients: 3.5 against 1.0 ms). `decrypt_io` reports a payload cut short
    or altered as an OSError: raised here as the DecryptError `decrypt` raises."""
    out = io.BytesIO()
    try:
        pyrage.decrypt_io(io.BytesIO(data), out, identities)
    except OSError as e:
        raise pyrage.DecryptError(str(e)) from None
    return out.getvalue()


def load_bundle(path: Path, identity: Identity) -> OpenedBundle:
    """Vet the container, decrypt the manifest and verify the secretariat's signature.

    Trust in *which* secretariat signed is decided by the caller (pinning); this checks that the
    manifest was signed by the secretariat card it carries and matches the public header.
    """
    path = Path(path)
    with open_container(path) as zf:
        header = _parse_header(read_entry(zf, HEADER, path), path)
        encrypted = read_entry(zf, MANIFEST, path)
        signature_bytes = read_entry(zf, SIGNATURE, path)
        doc_entries = {n for n in zf.namelist() if n not in (HEADER, MANIFEST, SIGNATURE)}
    me = identity.card.fingerprint
    try:
        plain = decrypt_bytes(encrypted, [identity.age_identity])
    except pyrage.DecryptError:
        if me not in header.recipients:
            raise NotAddressedError(
                f"{path} is not addressed to you ({me}); it opens only with "
                f"{', '.join(header.recipients)}") from None
        raise TamperedError(f"{path}: the manifest is damaged (truncated or altered)") from None
    try:
        manifest = loads_json(plain)
        secretariat = Card.from_dict(manifest["secretariat"], f"{path} secretariat card")
    except IdentityError as e:
        raise BundleError(f"{path}: {e.message}") from None
    except (ValueError, KeyError, TypeError, RecursionError):
        raise BundleError(f"{path}: the manifest is not a bundle manifest") from None
    try:
        signature = minisign.Signature.from_bytes(signature_bytes)
        secretariat.public_key().verify(plain, signature)
    except Exception:  # VerifyError, ParseError: the manifest or its signature was altered
        raise TamperedError(f"{path}: the secretariat's signature does not verify (the bundle "
                            "was altered)") from None
    expected = f"bundle {header.session_id} {header.created}"
    if (signature.trusted_comment != expected or manifest.get("format") != MANIFEST_FORMAT
            or manifest.get("session_id") != header.session_id
            or manifest.get("created") != header.created
            or secretariat.fingerprint != header.secretariat_fingerprint):
        raise TamperedError(f"{path}: the public header does not match the signed manifest "
                            "(the bundle was altered)")
    try:
        listed = {doc_entry(d["id"]) for a in manifest["applications"] for d in a["documents"]}
    except (KeyError, TypeError):
        raise BundleError(f"{path}: the manifest is not a bundle manifest") from None
    unsigned = sorted(doc_entries - listed)
    if unsigned:
        raise TamperedError(f"{path}: the bundle holds {len(unsigned)} document(s) the signed "
                            f"manifest does not list, e.g. {unsigned[0]} (the bundle was altered)")
    return OpenedBundle(path, header, manifest, secretariat, identity, manifest_identity(plain))


def check_window(bundle: OpenedBundle, now: datetime | None = None) -> None:
    window = bundle.manifest.get("window")
    if not window:
        return
    now = now or _now()
    opens = datetime.fromisoformat(window["opens"])
    closes = datetime.fromisoformat(window["closes"])
    if now < opens:
        raise OutsideWindowError(f"the evaluation window of {bundle.session_id} has not opened yet "
                                 f"(opens {opens.isoformat(sep=' ')})")
    if now > closes:
        raise OutsideWindowError(f"the evaluation window of {bundle.session_id} closed at "
                                 f"{closes.isoformat(sep=' ')}")
