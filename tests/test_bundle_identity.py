"""A bundle is what was signed (issue 17 item 8, issue 19): its identity is the SHA-256 of the
signed manifest, so a copy whose unsigned ZIP bookkeeping changed is either refused or the same
bundle — sheets scored on it verify and consolidate against the original, and back. Sheets and
results of the earlier formats, bound to the file's bytes, still verify; a workspace opened
before keeps working."""

import hashlib
import io
import json
import random
import sqlite3
import struct
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from test_sheet import score_everything

from evaluator_app.canonical import canonical_json
from evaluator_app.consolidation import Options, run
from evaluator_app.consolidation.result import verify_result, write_result
from evaluator_app.errors import EvaluatorError, SheetError, TamperedError
from evaluator_app.trust import sheet as sheet_module
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.open_session import check_bundle, discard, open_bundle, session_bundle
from evaluator_app.trust.sheet import (
    SHEET_FORMAT_1,
    SheetContext,
    export_sheet,
    verify_sheet,
)
from evaluator_app.workspace import Workspace
from evaluator_demo.committee_sim import sheet_content, sign_sheet, write_signed_sheet

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"
SMALL = Options(accept_small_panel=True)  # two members


def metadata_offsets(raw: bytes) -> list[int]:
    """Every byte of the ZIP's own unsigned records: each local header (with its name and extra
    field), the central directory, and the end records (ZIP64 included)."""
    out: list[int] = []
    with zipfile.ZipFile(io.BytesIO(raw)) as zf:
        for info in zf.infolist():
            at = info.header_offset
            name_len, extra_len = struct.unpack_from("<HH", raw, at + 26)
            out += range(at, at + 30 + name_len + extra_len)
    end = raw.rfind(b"PK\x05\x06")
    start = struct.unpack_from("<I", raw, end + 16)[0]
    if start == 0xFFFFFFFF:  # ZIP64: the directory's offset is in the ZIP64 end record
        start = struct.unpack_from("<Q", raw, raw.rfind(b"PK\x06\x06") + 48)[0]
    out += range(start, len(raw))  # the directory, then the end records
    return sorted(set(out))


def sample(offsets: list[int], n: int, seed: int = 8) -> list[tuple[int, int]]:
    """A fixed sample of (offset, xor mask): every region is covered, the same run each time."""
    rng = random.Random(seed)
    picks = sorted(rng.sample(offsets, min(n, len(offsets))))
    return [(at, 1 << rng.randrange(8) if i % 2 else 0xFF) for i, at in enumerate(picks)]


def flipped(raw: bytes, at: int, mask: int, out: Path) -> Path:
    data = bytearray(raw)
    data[at] ^= mask
    out.write_bytes(bytes(data))
    return out


@pytest.fixture(scope="module")
def original_sheet(committee, evb, tmp_path_factory):
    """m1's real sheet, scored on the original bundle."""
    root = tmp_path_factory.mktemp("original")
    with Workspace(root / "ws.sqlite") as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, root)
        return export_sheet(ws, SID, committee.m1, root / "out").json


def test_every_sampled_metadata_flip_is_refused_or_the_same_bundle(committee, evb, tmp_path,
                                                                   original_sheet):
    """A flipped byte in the unsigned ZIP records: `open` refuses it with one sentence, or
    accepts a copy that is the same bundle — same identity, documents intact, and a sheet of the
    original verifies against it. (Before, 1,140 of 6,141 such flips were accepted as a
    different bundle, and every sheet scored on one was refused by the chair.)"""
    raw = evb.read_bytes()
    original = load_bundle(evb, committee.m1).manifest_sha256
    offsets = metadata_offsets(raw)
    assert len(offsets) > 500
    accepted = refused = 0
    for n, (at, mask) in enumerate(sample(offsets, 160)):
        bad = flipped(raw, at, mask, tmp_path / f"f{n}.evb")
        try:
            checked = check_bundle(bad, committee.m1, [], tmp_path / f"store{n}", now=KST)
        except EvaluatorError as e:
            assert e.message, (at, mask)
            refused += 1
            continue
        finally:
            bad.unlink()
        discard(checked)
        accepted += 1
        assert checked.manifest_sha256 == original, (at, mask)
    assert accepted and refused  # both outcomes are exercised by the sample


@pytest.mark.parametrize("chair_copy", [False, True])
def test_a_sheet_scored_on_an_altered_copy_verifies_and_consolidates(
        committee, evb, tmp_path, original_sheet, chair_copy):
    """The member opens a copy whose table of contents changed (a timestamp and a CRC the
    ZIP keeps but nothing signs), scores and exports; the chair verifies and consolidates with
    the original. And the other way round: the chair holds the altered copy."""
    raw = evb.read_bytes()
    data = bytearray(raw)
    directory = data.find(b"PK\x01\x02")
    data[directory + 12] ^= 0x5A  # the first entry's modification time in the directory
    copy = tmp_path / "copy.evb"
    copy.write_bytes(bytes(data))
    assert hashlib.sha256(copy.read_bytes()).digest() != hashlib.sha256(raw).digest()
    member_bundle, chair_bundle = (evb, copy) if chair_copy else (copy, evb)
    root = tmp_path / "m1"
    with Workspace(root / "ws.sqlite") as ws:
        opened = open_bundle(ws, member_bundle, committee.m1, now=KST)
        assert opened.session.manifest_sha256 == load_bundle(evb, committee.m1).manifest_sha256
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, root)
        sheet = export_sheet(ws, SID, committee.m1, root / "out").json
    m2 = sign_sheet(load_bundle(evb, committee.m2), committee.m2, {}, tmp_path / "m2")
    chair = load_bundle(chair_bundle, committee.chair)
    for path in (sheet, original_sheet, m2):
        assert verify_sheet(path, chair).session_id == SID
    result = run([sheet, m2], chair, committee.chair.card, options=SMALL).result
    assert result["manifest_sha256"] == chair.manifest_sha256
    assert {s["member"] for s in result["sheets"]["used"]} == {
        committee.m1.card.fingerprint, committee.m2.card.fingerprint}


def test_sheet_verify_reads_the_manifest_only(committee, evb, tmp_path, original_sheet,
                                              monkeypatch):
    """Neither the bundle file's hash nor its documents play a part: a chair's copy whose
    document entries are all zeroes (same lengths) verifies the same sheet."""
    def no_file_hash(*_a):
        raise AssertionError("the bundle file was hashed")

    monkeypatch.setattr(sheet_module, "sha256_file", no_file_hash)
    raw = bytearray(evb.read_bytes())
    with zipfile.ZipFile(evb) as zf:
        from evaluator_app.trust.bundle import entry_span

        for name in zf.namelist():
            if name.startswith("docs/"):
                start, size = entry_span(zf, name)
                raw[start:start + size] = bytes(size)
    blank = tmp_path / "blank.evb"
    blank.write_bytes(bytes(raw))
    verified = verify_sheet(original_sheet, load_bundle(blank, committee.chair))
    assert verified.member.fingerprint == committee.m1.card.fingerprint


def old_format_sheet(bundle, member, out: Path, file_hash: str) -> Path:
    """A sheet as the earlier version wrote it: format /1, the bundle named by its file."""
    ctx = SheetContext.of(bundle)
    sheet = sheet_content(bundle, ctx, member, {}, 1)
    del sheet["manifest_sha256"]
    return write_signed_sheet({**sheet, "format": SHEET_FORMAT_1, "bundle_hash": file_hash},
                              member, out)


def test_sheets_and_results_of_the_earlier_format_still_verify(committee, evb, tmp_path):
    chair = load_bundle(evb, committee.chair)
    file_hash = "sha256:" + hashlib.sha256(evb.read_bytes()).hexdigest()
    m1 = old_format_sheet(chair, committee.m1, tmp_path / "s", file_hash)
    m2 = old_format_sheet(chair, committee.m2, tmp_path / "s", file_hash)
    assert verify_sheet(m1, chair).member.fingerprint == committee.m1.card.fingerprint
    wrong = old_format_sheet(chair, committee.m1, tmp_path / "w", "sha256:" + "0" * 64)
    with pytest.raises(SheetError, match=r"another bundle than this one .*earlier format"):
        verify_sheet(wrong, chair)
    # a result/1 of those sheets, as the earlier version signed it, verifies unchanged
    result = run([m1, m2], chair, committee.chair.card, options=SMALL).result
    old = {**{k: v for k, v in result.items() if k != "manifest_sha256"},
           "format": "evaluation-desk-result/1", "bundle_hash": file_hash}
    files = write_result(old, committee.chair, tmp_path / "r")
    assert verify_result(files.json, chair, [m1, m2]).differences == []
    # and a new sheet/2 carrying a file hash is no sheet of this bundle
    new = sheet_content(chair, SheetContext.of(chair), committee.m1, {}, 1)
    bad = write_signed_sheet({**new, "manifest_sha256": file_hash}, committee.m1,
                             tmp_path / "n")
    with pytest.raises(SheetError, match=r"another bundle than this one$"):
        verify_sheet(bad, chair)


def test_a_result_names_the_bundle_by_its_manifest(committee, evb, tmp_path):
    chair = load_bundle(evb, committee.chair)
    sheets = [sign_sheet(chair, m, {}, tmp_path / "s") for m in (committee.m1, committee.m2)]
    result = run(sheets, chair, committee.chair.card, options=SMALL).result
    assert result["format"] == "evaluation-desk-result/2"
    assert result["manifest_sha256"] == chair.manifest_sha256 and "bundle_hash" not in result
    files = write_result(result, committee.chair, tmp_path / "r")
    assert verify_result(files.json, chair, sheets).differences == []


def downgrade_to_version_7(path: Path, file_hash: str) -> None:
    """The workspace as the earlier version left it: no manifest_sha256, the file hash kept."""
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sessions SET bundle_hash = ?", [file_hash])
    conn.execute("ALTER TABLE sessions DROP COLUMN manifest_sha256")
    conn.execute("PRAGMA user_version = 7")
    conn.commit()
    conn.close()


def test_a_workspace_opened_before_learns_the_identity_and_exports_sheets_that_verify(
        committee, evb, home, tmp_path):
    file_hash = "sha256:" + hashlib.sha256(evb.read_bytes()).hexdigest()
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, tmp_path)
        path = ws.path
    downgrade_to_version_7(path, file_hash)
    with Workspace.open(home) as ws:
        info = ws.session(SID)
        assert info.manifest_sha256 == load_bundle(evb, committee.m1).manifest_sha256
        assert info.bundle_hash == file_hash  # what it was opened with, kept
        session_bundle(ws, SID, committee.m1).read_document(
            ws.documents(SID, "A01")[0].doc_id)
        sheet = export_sheet(ws, SID, committee.m1, tmp_path / "out").json
    assert json.loads(sheet.read_bytes())["format"] == "evaluation-desk-sheet/2"
    assert verify_sheet(sheet, load_bundle(evb, committee.chair)).revision == 1


def test_the_kept_bundle_is_checked_by_its_manifest(committee, evb, home, tmp_path):
    """Bytes appended to the kept copy change nothing that was signed: its documents still
    open. Another bundle put in its place is refused."""
    from evaluator_app.session_spec import load_spec
    from evaluator_app.trust.bundle import create_bundle

    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        kept = Path(ws.session(SID).bundle_path)
        doc = ws.documents(SID, "A01")[0].doc_id
        with kept.open("ab") as fh:
            fh.write(b"\0")
        assert session_bundle(ws, SID, committee.m1).read_document(doc)
        create_bundle(load_spec(committee.spec), committee.secretariat, kept, now=KST)
        with pytest.raises(TamperedError, match="changed since it was opened"):
            session_bundle(ws, SID, committee.m1)


def test_the_manifest_hash_is_what_standard_tools_print(committee, evb, tmp_path):
    """An auditor: `unzip -p B manifest.age | age -d -i KEY | sha256sum`."""
    import shutil
    import subprocess

    if not (shutil.which("age") and shutil.which("unzip")):
        pytest.skip("age or unzip is not installed")
    key = tmp_path / "chair.key"
    key.write_text(str(committee.chair.age_identity) + "\n")
    encrypted = subprocess.run(["unzip", "-p", str(evb), "manifest.age"], check=True,
                               capture_output=True).stdout
    plain = subprocess.run(["age", "-d", "-i", str(key)], input=encrypted, check=True,
                           capture_output=True).stdout
    assert "sha256:" + hashlib.sha256(plain).hexdigest() == \
        load_bundle(evb, committee.chair).manifest_sha256
    assert canonical_json(json.loads(plain)) == plain  # what migration 8 relies on


def test_every_entry_passes_unzip_own_check(evb):
    """The entries' CRC-32s are written off pyrage's thread (streams.FeedingWriter `via`):
    `unzip -t`, which recomputes every CRC, still finds no error."""
    import shutil
    import subprocess

    if not shutil.which("unzip"):
        pytest.skip("unzip is not installed")
    tested = subprocess.run(["unzip", "-tq", str(evb)], capture_output=True, text=True)
    assert tested.returncode == 0 and "No errors detected" in tested.stdout, tested.stdout
