"""Encrypted bundles: privacy of the header, per-document recipients, tampering, pinning."""

import base64
import io
import os
import random
import shutil
import struct
import subprocess
import sys
import warnings
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from committee import Committee
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator_app.errors import (
    BundleError,
    EvaluatorError,
    NotABundleError,
    NotAddressedError,
    OutsideWindowError,
    TamperedError,
    UntrustedSignerError,
)
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle, read_header
from evaluator_app.trust.open_session import open_bundle, session_bundle
from evaluator_app.workspace import Workspace

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")






@pytest.fixture
def member_ws(home: Path):
    with Workspace.open(home) as ws:
        yield ws


def test_nothing_about_the_applicants_is_readable_without_a_key(evb: Path):
    data = evb.read_bytes()
    for secret in ("안산", "김천", "미래 상호문화", "plan.pdf", "강소형", "%PDF"):
        assert secret.encode() not in data, secret
    header = read_header(evb)
    assert header.session_id == "2025-strong-small-written" and len(header.recipients) == 4
    with zipfile.ZipFile(evb) as zf:
        names = zf.namelist()
    assert sorted(n for n in names if not n.startswith("docs/")) == [
        "header.json", "manifest.age", "manifest.minisig"]
    assert len([n for n in names if n.startswith("docs/")]) == 6


def test_a_member_opens_the_bundle_and_reads_documents_from_memory(
        committee: Committee, evb: Path, member_ws: Workspace):
    result = open_bundle(member_ws, evb, committee.m1, now=KST)
    assert result.first_use and result.documents_checked == 6
    sid = result.session.id
    assert [a.id for a in member_ws.applications(sid)] == [f"A0{i}" for i in range(1, 7)]
    bundle = session_bundle(member_ws, sid, committee.m1)
    (doc,) = member_ws.documents(sid, "A01")
    pdf = bundle.read_document(doc.doc_id)
    original = (committee.spec.parent / "apps/A01/plan.pdf").read_bytes()
    assert pdf == original and pdf.startswith(b"%PDF")
    streamed = io.BytesIO()  # the same bytes whether decrypted into one buffer or streamed
    bundle.stream_document(doc.doc_id, streamed)
    assert streamed.getvalue() == pdf
    # the workspace keeps the bundle as it came: encrypted
    kept = Path(member_ws.session(sid).bundle_path)
    assert kept.read_bytes() == evb.read_bytes()
    assert open_bundle(member_ws, evb, committee.m1, now=KST).already_open


def test_a_predeclared_conflict_cannot_even_decrypt(committee: Committee, evb: Path,
                                                    member_ws: Workspace):
    result = open_bundle(member_ws, evb, committee.m2, now=KST)
    assert result.documents_checked == 5
    sid = result.session.id
    assert member_ws.evaluate(sid, "A03").status == "conflict"
    (doc,) = member_ws.documents(sid, "A03")
    assert not doc.readable
    bundle = session_bundle(member_ws, sid, committee.m2)
    with pytest.raises(NotAddressedError, match="not encrypted to you"):
        bundle.read_document(doc.doc_id)
    # not just refused by our code: the age file is not addressed to m2's key at all
    with zipfile.ZipFile(evb) as zf:
        ciphertext = zf.read(f"docs/{doc.doc_id}.age")
    import pyrage
    with pytest.raises(pyrage.DecryptError):
        pyrage.decrypt(ciphertext, [committee.m2.age_identity])


def test_not_addressed_names_the_fingerprints(committee: Committee, evb: Path,
                                              member_ws: Workspace):
    with pytest.raises(NotAddressedError) as info:
        open_bundle(member_ws, evb, committee.outsider, now=KST)
    assert committee.outsider.card.fingerprint in info.value.message
    assert committee.m1.card.fingerprint in info.value.message
    with pytest.raises(NotAddressedError, match="not on the roster"):
        open_bundle(member_ws, evb, committee.secretariat, now=KST)


@pytest.mark.parametrize("now, expected", [
    ("2025-06-01T09:00:00+09:00", "has not opened yet"),
    ("2100-01-01T00:00:00+09:00", "closed at"),
])
def test_the_evaluation_window(committee, evb, member_ws, now, expected):
    with pytest.raises(OutsideWindowError, match=expected):
        open_bundle(member_ws, evb, committee.m1, now=datetime.fromisoformat(now))


def test_the_secretariat_key_is_pinned(committee, evb, member_ws, tmp_path):
    open_bundle(member_ws, evb, committee.m1, now=KST)
    impostor = committee.chair.__class__.generate("가짜 사무국", "-", "secretariat")
    forged = tmp_path / "forged.evb"
    spec = load_spec(committee.spec)
    create_bundle(spec, impostor, forged)
    with pytest.raises(UntrustedSignerError, match="does not match the pinned secretariat key"):
        open_bundle(member_ws, forged, committee.m1, now=KST)
    with pytest.raises(UntrustedSignerError, match="not by the secretariat card you gave"):
        open_bundle(member_ws, forged, committee.m1, committee.secretariat.card, now=KST)


def test_only_the_secretariat_signs(committee, tmp_path):
    with pytest.raises(BundleError, match="signed by the secretariat"):
        create_bundle(load_spec(committee.spec), committee.m1, tmp_path / "x.evb")


def rewrite(src: Path, dst: Path, edit) -> None:
    """Copy a bundle's entries through `edit(name, data) -> [(name, data)]`."""
    with zipfile.ZipFile(src) as zin, zipfile.ZipFile(dst, "w") as zout:
        for info in zin.infolist():
            for name, data in edit(info.filename, zin.read(info.filename)):
                zout.writestr(name, data)


def test_structural_attacks_are_refused_before_decryption(committee, evb, member_ws, tmp_path):
    bad = tmp_path / "bad.evb"
    cases = [
        (lambda n, d: [(n, d), ("../../etc/evil", b"x")] if n == "header.json" else [(n, d)],
         "unexpected entry '../../etc/evil'"),
        (lambda n, d: [(n, d), (n, d)] if n == "manifest.minisig" else [(n, d)],
         "appears twice"),
        (lambda n, d: [] if n == "manifest.age" else [(n, d)], "lacks manifest.age"),
    ]
    for edit, expected in cases:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # zipfile warns about the duplicate we write
            rewrite(evb, bad, edit)
        with pytest.raises(TamperedError, match=expected):
            open_bundle(member_ws, bad, committee.m1, now=KST)
    with zipfile.ZipFile(evb) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename), zipfile.ZIP_DEFLATED)
    with pytest.raises(TamperedError, match="is compressed"):
        open_bundle(member_ws, bad, committee.m1, now=KST)


def test_absurd_sizes_are_refused(committee, evb, member_ws, tmp_path):
    """A central directory that claims a 3 GiB header is refused before anything is read."""
    data = bytearray(evb.read_bytes())
    name = b"header.json"
    cd = data.rindex(name) - 46  # the central directory record comes last; fixed part: 46 B
    assert data[cd:cd + 4] == b"PK\x01\x02"
    struct.pack_into("<I", data, cd + 24, 3 * 1024**3)  # uncompressed size
    bad = tmp_path / "huge.evb"
    bad.write_bytes(bytes(data))
    with pytest.raises(TamperedError, match=r"'header\.json' has an absurd size"):
        open_bundle(member_ws, bad, committee.m1, now=KST)


def test_a_replaced_document_fails_its_hash(committee, evb, member_ws, tmp_path):
    import pyrage
    bundle = load_bundle(evb, committee.m1)
    target = bundle.manifest["applications"][0]["documents"][0]
    recipients = [committee.m1.card.recipient()]
    forged = pyrage.encrypt(b"%PDF-1.4 forged plan", recipients)
    bad = tmp_path / "bad.evb"
    rewrite(evb, bad, lambda n, d: [(n, forged if n == f"docs/{target['id']}.age" else d)])
    with pytest.raises(TamperedError, match="does not match its hash in the signed manifest"):
        open_bundle(member_ws, bad, committee.m1, now=KST)


def test_a_truncated_bundle(committee, evb, member_ws, tmp_path):
    bad = tmp_path / "short.evb"
    bad.write_bytes(evb.read_bytes()[: evb.stat().st_size // 2])
    with pytest.raises(NotABundleError, match="is an incomplete copy of a bundle: "):
        open_bundle(member_ws, bad, committee.m1, now=KST)  # cut off, not "altered"
    bad.write_bytes(b"")  # a copy that never began
    with pytest.raises(NotABundleError, match=r"is empty \(0 bytes\): the copy did not finish"):
        open_bundle(member_ws, bad, committee.m1, now=KST)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_bundles_give_only_clean_errors(committee, evb, tmp_path, home, data):
    raw = bytearray(evb.read_bytes())
    how = data.draw(st.sampled_from(["truncate", "flip", "reorder"]))
    if how == "truncate":
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    elif how == "flip":
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] ^= 1 << data.draw(st.integers(0, 7))
    mutated = tmp_path / "m.evb"
    if how == "reorder":
        with zipfile.ZipFile(evb) as zin:
            items = [(i.filename, zin.read(i.filename)) for i in zin.infolist()]
        random.Random(data.draw(st.integers(0, 10**6))).shuffle(items)
        with zipfile.ZipFile(mutated, "w") as zout:
            for name, content in items:
                zout.writestr(name, content)
    else:
        mutated.write_bytes(bytes(raw))
    ws_path = home / f"ws-{os.urandom(4).hex()}.sqlite"
    with Workspace(ws_path) as ws:
        try:
            result = open_bundle(ws, mutated, committee.m1, now=KST)
        except EvaluatorError as e:
            assert e.message
            assert ws.sessions() == []  # nothing half-imported
        else:  # the change touched nothing that matters (e.g. a ZIP timestamp): same content
            original = load_bundle(evb, committee.m1).manifest
            assert load_bundle(mutated, committee.m1).manifest == original
            assert result.documents_checked == 6


@pytest.mark.skipif(not shutil.which("age"), reason="Debian's age CLI is installed by .ci/run")
def test_the_age_cli_decrypts_a_document_taken_out_of_the_bundle(committee, evb, tmp_path):
    bundle = load_bundle(evb, committee.m1)
    doc = bundle.manifest["applications"][1]["documents"][0]
    entry = tmp_path / "doc.age"
    with zipfile.ZipFile(evb) as zf:
        entry.write_bytes(zf.read(f"docs/{doc['id']}.age"))
    key = tmp_path / "m1.key"
    key.write_text(str(committee.m1.age_identity) + "\n")  # the member's identity, exported
    out = subprocess.run(["age", "-d", "-i", str(key), str(entry)], check=True,
                         capture_output=True).stdout
    assert out == (committee.spec.parent / "apps/A02/plan.pdf").read_bytes()


STREAM_CHILD = """
import resource, sys
from pathlib import Path
sys.path.insert(0, sys.argv[3])
from committee import build_committee
from pdf_files import grow_pdf
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle
root = Path(sys.argv[1]); size = int(sys.argv[2])
c = build_committee(root)
grow_pdf(root / "round/apps/A01/plan.pdf", size)  # still a valid PDF, as the spec check wants
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
create_bundle(load_spec(c.spec), c.secretariat, root / "big.evb")
b = load_bundle(root / "big.evb", c.m1)
b.verify_documents()
print(base // 1024, resource.getrusage(resource.RUSAGE_SELF).ru_maxrss // 1024)
"""


def test_large_documents_stream_through_creation_and_verification(tmp_path: Path):
    size = 192 * 1024 * 1024
    proc = subprocess.run([sys.executable, "-c", STREAM_CHILD, str(tmp_path), str(size),
                           str(Path(__file__).parent)], capture_output=True, text=True,
                          check=True)
    before, peak = map(int, proc.stdout.split())
    assert peak - before < 48, f"peak RSS grew by {peak - before} MiB for a 192 MiB document"


def test_cli_bundle_create_inspect_open(committee, tmp_path, run_cli, memory_keyring, home,
                                        monkeypatch):
    from evaluator_app.trust.identity import store_in_keyring
    from evaluator_app.trust.workspace_identity import remember
    sec_home, m1_home = tmp_path / "sec", tmp_path / "m1"
    for h, ident in ((sec_home, committee.secretariat), (m1_home, committee.m1)):
        with Workspace.open(h) as ws:
            remember(ws, store_in_keyring(ident), ident.card)
    out = tmp_path / "s.evb"
    monkeypatch.setenv("EVALUATOR_HOME", str(sec_home))
    created = run_cli("bundle", "create", str(committee.spec), "--out", str(out))
    assert created.exit_code == 0, created.output
    inspected = run_cli("bundle", "inspect", str(out))
    assert committee.m1.card.fingerprint in inspected.output and "안산" not in inspected.output
    monkeypatch.setenv("EVALUATOR_HOME", str(m1_home))
    wrong = run_cli("open", str(out), "--secretariat", str(committee.spec.parent.parent /
                                                          "cards/chair.json"))
    assert wrong.exit_code == 2 and "not by the secretariat card you gave" in wrong.output
    opened = run_cli("open", str(out), "--secretariat",
                     str(committee.spec.parent.parent / "cards/secretariat.json"))
    assert opened.exit_code == 0, opened.output
    assert "6 documents checked" in opened.output and "matches the card you gave" in opened.output
    junk = tmp_path / "junk.evb"
    junk.write_bytes(b"not a zip")
    bad = run_cli("open", str(junk))
    assert bad.exit_code == 2 and "is not an evaluation bundle" in bad.output


def test_progress_reaches_the_total(committee, tmp_path):
    seen: list[tuple[int, int]] = []
    out = tmp_path / "p.evb"
    create_bundle(load_spec(committee.spec), committee.secretariat, out,
                  progress=lambda done, total: seen.append((done, total)))
    total = sum(p.stat().st_size for p in (committee.spec.parent / "apps").rglob("*.pdf"))
    assert seen[-1] == (total, total) and all(a <= b for a, b in seen)
    checked: list[tuple[int, int]] = []
    load_bundle(out, committee.m1).verify_documents(lambda d, t: checked.append((d, t)))
    assert checked[-1] == (total, total)


def test_an_altered_manifest_signature_is_refused(committee, evb, member_ws, tmp_path):
    def flip(name: str, data: bytes) -> list[tuple[str, bytes]]:
        if name != "manifest.minisig":
            return [(name, data)]
        lines = data.split(b"\n")
        sig = bytearray(base64.b64decode(lines[1]))
        sig[20] ^= 1  # inside the Ed25519 signature itself
        lines[1] = base64.b64encode(bytes(sig))
        return [(name, b"\n".join(lines))]

    bad = tmp_path / "resigned.evb"
    rewrite(evb, bad, flip)
    with pytest.raises(TamperedError, match="the secretariat's signature does not verify"):
        open_bundle(member_ws, bad, committee.m1, now=KST)


def test_the_memory_sink_hashes_what_it_holds_and_refuses_more_than_its_size():
    import hashlib

    from evaluator_app.trust.streams import BLOCK, BackgroundHasher, MemorySink

    data = bytes(range(256)) * (3 * BLOCK // 256 + 17)
    with BackgroundHasher() as hasher:
        sink = MemorySink(len(data), hasher)
        for at in range(0, len(data), 16_384):  # as pyrage writes
            assert sink.write(data[at:at + 16_384]) == len(data[at:at + 16_384])
        sink.flush_hash()
    assert sink.buffer == data and sink.size == len(data)
    assert sink.sha256.hexdigest() == hashlib.sha256(data).hexdigest()
    with BackgroundHasher() as hasher:
        short = MemorySink(10, hasher)
        short.write(b"0123456789")
        with pytest.raises(MemorySink.TooLong):
            short.write(b"x")


def test_bytes_decrypt_as_pyrage_decrypt_does_for_any_number_of_recipients():
    """`decrypt_bytes` (the manifest's decryption) answers as `pyrage.decrypt` would, errors
    included, while taking time in proportion to the recipients (decrypt's grows with their
    square: 88 ms for a 60-member committee's manifest)."""
    import pyrage
    from pyrage import x25519

    from evaluator_app.trust.bundle import decrypt_bytes

    for count in (1, 3, 40):
        keys = [x25519.Identity.generate() for _ in range(count)]
        data = os.urandom(70_000)  # more than one 64 KiB chunk
        sealed = pyrage.encrypt(data, [k.to_public() for k in keys])
        assert decrypt_bytes(sealed, [keys[-1]]) == pyrage.decrypt(sealed, [keys[-1]]) == data
        for bad, identities in [(sealed, [x25519.Identity.generate()]),  # not addressed
                                (sealed[:-5], [keys[0]]),  # cut short
                                (sealed[:-5] + b"xxxxx", [keys[0]]),  # altered
                                (b"", [keys[0]])]:
            with pytest.raises(pyrage.DecryptError):
                pyrage.decrypt(bad, identities)
            with pytest.raises(pyrage.DecryptError):
                decrypt_bytes(bad, identities)
