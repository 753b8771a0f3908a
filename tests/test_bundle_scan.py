"""`open` reads a bundle once: the kept copy and every document's ciphertext against the signed
manifest (`encrypted_sha256`) from the same read — without decrypting a document. The bundle's
identity is its signed manifest's SHA-256."""

import hashlib
import io
import zipfile
from datetime import datetime
from pathlib import Path

import pyrage
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator_app.canonical import canonical_json
from evaluator_app.errors import TamperedError
from evaluator_app.session_spec import load_spec
from evaluator_app.trust import bundle_scan
from evaluator_app.trust.bundle import create_bundle, entry_span, load_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.streams import BackgroundHasher
from evaluator_app.workspace import Workspace

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")


def documents(evb: Path, committee) -> list[dict]:
    return [d for a in load_bundle(evb, committee.m1).manifest["applications"]
            for d in a["documents"]]


def test_the_signed_manifest_binds_every_stored_entry_and_create_returns_its_hash(
        committee, tmp_path):
    out = tmp_path / "s.evb"
    digest = create_bundle(load_spec(committee.spec), committee.secretariat, out)
    with zipfile.ZipFile(out) as zf:  # an auditor: `unzip -p B manifest.age | age -d -i K`
        plain = pyrage.decrypt(zf.read("manifest.age"), [committee.m1.age_identity])
    assert digest == "sha256:" + hashlib.sha256(plain).hexdigest()
    assert digest == load_bundle(out, committee.m1).manifest_sha256
    docs = documents(out, committee)
    assert docs
    with zipfile.ZipFile(out) as zf:  # an auditor: `unzip -p B docs/<id>.age | sha256sum`
        for d in docs:
            assert hashlib.sha256(zf.read(f"docs/{d['id']}.age")).hexdigest() == \
                d["encrypted_sha256"]
    plan = committee.spec.parent / "apps/A01/plan.pdf"
    first = load_bundle(out, committee.m1).manifest["applications"][0]["documents"][0]
    assert first["sha256"] == hashlib.sha256(plan.read_bytes()).hexdigest()


def _documents_only(decrypt_io):
    """pyrage.decrypt_io as the tests watch it: the manifest is decrypted from memory (a
    BytesIO, bundle.decrypt_bytes) and passes through; documents are read from the file."""
    real = pyrage.decrypt_io

    def watched(src, *args):
        return real(src, *args) if isinstance(src, io.BytesIO) else decrypt_io(src, *args)
    return watched


def test_open_checks_every_document_without_decrypting_one(committee, evb, home, monkeypatch):
    @_documents_only
    def no_decrypting(*_a, **_k):
        raise AssertionError("open decrypted a document")

    monkeypatch.setattr(pyrage, "decrypt_io", no_decrypting)
    with Workspace.open(home) as ws:
        result = open_bundle(ws, evb, committee.m1, now=KST)
        assert result.documents_checked == 6
        kept = Path(ws.session(result.session.id).bundle_path)
    assert kept.read_bytes() == evb.read_bytes()
    assert result.session.manifest_sha256 == load_bundle(evb, committee.m1).manifest_sha256
    assert result.session.bundle_hash is None  # the file's bytes are no longer its name
    assert [p.name for p in kept.parent.iterdir()] == [kept.name]  # no staged copy left


def flip_inside(evb: Path, doc_id: str, out: Path, where: float = 0.5) -> None:
    with zipfile.ZipFile(evb) as zf:
        start, size = entry_span(zf, f"docs/{doc_id}.age")
    raw = bytearray(evb.read_bytes())
    raw[start + int(size * where)] ^= 0x20
    out.write_bytes(bytes(raw))


@pytest.mark.parametrize("where", [0.0, 0.5, 0.999])
def test_one_flipped_byte_in_a_document_is_refused_at_open(committee, evb, home, tmp_path,
                                                            where):
    doc = documents(evb, committee)[3]
    bad = tmp_path / "bad.evb"
    flip_inside(evb, doc["id"], bad, where)
    with Workspace.open(home) as ws:
        with pytest.raises(TamperedError, match=f"document {doc['name']} of .* does not match "
                                                "its hash in the signed manifest"):
            open_bundle(ws, bad, committee.m1, now=KST)
        assert ws.sessions() == []
    assert not (home / "bundles").exists() or not any((home / "bundles").iterdir())


def test_a_document_the_member_cannot_read_is_checked_too(committee, evb, home, tmp_path):
    """m2 cannot decrypt A03's plan (a pre-declared conflict); its ciphertext is still checked
    at open."""
    me = committee.m2.card.fingerprint
    hidden = [d for d in documents(evb, committee) if me not in d["readers"]]
    assert len(hidden) == 1
    bad = tmp_path / "bad.evb"
    flip_inside(evb, hidden[0]["id"], bad)
    with Workspace.open(home) as ws, pytest.raises(TamperedError, match="does not match"):
        open_bundle(ws, bad, committee.m2, now=KST)


def legacy_copy(evb: Path, committee, out: Path) -> None:
    """The bundle as it was made before `encrypted_sha256`: same documents, the manifest
    without it, signed and encrypted again by the secretariat."""
    bundle = load_bundle(evb, committee.m1)
    manifest = bundle.manifest
    for app in manifest["applications"]:
        for d in app["documents"]:
            del d["encrypted_sha256"]
    plain = canonical_json(manifest)
    everyone = [c.recipient() for c in (*bundle.roster(), bundle.secretariat)]
    comment = f"bundle {bundle.header.session_id} {bundle.header.created}"
    with zipfile.ZipFile(evb) as zin, zipfile.ZipFile(out, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "manifest.age":
                data = pyrage.encrypt(plain, everyone)
            elif info.filename == "manifest.minisig":
                data = committee.secretariat.sign(plain, comment)
            zout.writestr(info.filename, data)


def test_a_bundle_without_encrypted_hashes_is_checked_by_decrypting(committee, evb, home,
                                                                     tmp_path, monkeypatch):
    old = tmp_path / "old.evb"
    legacy_copy(evb, committee, old)
    calls = []
    real = pyrage.decrypt_io
    monkeypatch.setattr(pyrage, "decrypt_io",
                        _documents_only(lambda *a: calls.append(1) or real(*a)))
    with Workspace.open(home) as ws:
        assert open_bundle(ws, old, committee.m1, now=KST).documents_checked == 6
    assert len(calls) == 6
    bad = tmp_path / "old-bad.evb"
    flip_inside(old, documents(old, committee)[0]["id"], bad)
    with Workspace.open(home.parent / "other-home") as ws, pytest.raises(TamperedError):
        open_bundle(ws, bad, committee.m1, now=KST)


@settings(max_examples=25, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(block=st.integers(1, 70_000))
def test_the_pass_gives_the_same_answer_for_any_block_size(committee, evb, monkeypatch,
                                                             tmp_path_factory, block):
    """Entries cut across read blocks at every possible place hash the same, and the copy is
    the file."""
    monkeypatch.setattr(bundle_scan, "BLOCK", block)
    copy = tmp_path_factory.mktemp("copy") / "copy.evb"
    scan = bundle_scan.copy_and_check(load_bundle(evb, committee.m1), copy)
    assert copy.read_bytes() == evb.read_bytes()
    assert scan.documents_checked == 6 and scan.copy.path == copy


def test_an_error_on_the_hashing_thread_reaches_the_caller():
    hasher = BackgroundHasher()
    hasher.update(hashlib.sha256(), b"fine")
    hasher.call(lambda: 1 / 0)
    with pytest.raises(ZeroDivisionError):
        hasher.close()


def test_a_bundle_that_changes_while_it_is_copied_is_refused(committee, evb, home, tmp_path,
                                                             monkeypatch):
    """What is checked is the member's kept copy: had the file on the stick changed between the
    signature check and the copy, the copy's manifest differs and nothing is kept."""
    other = tmp_path / "other.evb"
    legacy_copy(evb, committee, other)  # validly signed, another manifest
    monkeypatch.setattr(bundle_scan, "_source", lambda _path: other.open("rb"))
    with Workspace.open(home) as ws:
        with pytest.raises(TamperedError, match="changed while it was being opened"):
            open_bundle(ws, evb, committee.m1, now=KST)
        assert ws.sessions() == []
    store = home / "bundles"
    assert not store.exists() or not any(store.iterdir())
