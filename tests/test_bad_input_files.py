"""Bad input found by a second sweep of the CLI: each case ends in one plain sentence and a
non-zero exit (or, where it is no error, says what it set aside), never an accusation the
file does not earn, a hidden temporary name, or a silent half-import. Real files in tmp_path."""

import csv
import io
import json
import os
import re
import shutil
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from identity_files import identity_file
from test_consolidation import sign_all
from test_round_table import tables

from evaluator_app.consolidation import run, verify_result, write_result
from evaluator_app.errors import (
    ConsolidationError,
    OutputNotWrittenError,
    SheetError,
    SpecError,
)
from evaluator_app.form import export_form
from evaluator_app.output_kinds import replace_problem
from evaluator_app.replacing import written_in_place
from evaluator_app.signature_file import other_key, parse_signature
from evaluator_app.spreadsheet import cut_in_a_character, read_table
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.sheet import verify_sheet

PASSPHRASE = "chair passphrase 2025"
needs_posix_permissions = pytest.mark.skipif(
    sys.platform == "win32" or (hasattr(os, "geteuid") and os.geteuid() == 0),
    reason="a read-only folder needs POSIX permissions that bind (not root)")


@pytest.fixture(scope="module")
def signed(big, tmp_path_factory) -> Path:
    """Seven valid sheets of the big committee's round."""
    folder = tmp_path_factory.mktemp("signed") / "sheets"
    sign_all(big, load_bundle(big.evb, big.chair), folder)
    return folder


@pytest.fixture(scope="module")
def written(big, signed, tmp_path_factory) -> Path:
    """The chair's signed result.json of those sheets."""
    bundle = load_bundle(big.evb, big.chair)
    result = run([signed], bundle, big.chair.card).result
    return write_result(result, big.chair, tmp_path_factory.mktemp("result") / "r").json


def _signature_of(path: Path) -> Path:
    return Path(f"{path}.minisig")


def _damage(kind: str, sheet: Path, other: Path) -> None:
    """The .minisig beside `sheet` as a USB copy or a mix-up leaves it."""
    sig = _signature_of(sheet)
    whole = sig.read_bytes()
    if kind == "empty":
        sig.write_bytes(b"")
    elif kind == "cut":
        sig.write_bytes(whole[:len(whole) // 2])
    elif kind == "swapped":  # another member's .minisig under this sheet's name
        sig.write_bytes(_signature_of(other).read_bytes())


@pytest.mark.parametrize("kind, says, code", [
    ("empty", r"the signature file \S+\.minisig is empty \(a copy that did not finish\); "
              "copy it again", "unreadable"),
    ("cut", r"the signature file \S+\.minisig is damaged or cut short", "unreadable"),
    ("swapped", r"the signature file \S+\.minisig was made with another key than \S+'s \(the "
                r"\.minisig of another sheet\?\)", "signature"),
])
def test_a_damaged_or_swapped_signature_is_not_called_an_alteration(big, signed, tmp_path,
                                                                    kind, says, code):
    """An empty, cut or swapped .minisig said "the sheet was altered", an alarm about
    tampering for a member whose copy stopped half-way or whose files were mixed up."""
    folder = tmp_path / "usb"
    shutil.copytree(signed, folder)
    sheet, other = sorted(folder.glob("*.json"))[:2]
    _damage(kind, sheet, other)
    with pytest.raises(SheetError) as refused:
        verify_sheet(sheet, load_bundle(big.evb, big.chair))
    assert re.search(says, refused.value.message), refused.value.message
    assert "altered" not in refused.value.message
    assert refused.value.code == code


def test_a_sheet_changed_after_signing_is_still_an_alteration(big, signed, tmp_path):
    folder = tmp_path / "usb"
    shutil.copytree(signed, folder)
    sheet = sorted(folder.glob("*.json"))[0]
    raw = sheet.read_bytes()  # still canonical JSON, its own signature beside it
    assert b'"applicant":"' in raw
    sheet.write_bytes(raw.replace(b'"applicant":"', b'"applicant":"X', 1))
    with pytest.raises(SheetError, match=r"\(the sheet was altered\)"):
        verify_sheet(sheet, load_bundle(big.evb, big.chair))


@pytest.mark.parametrize("cut", [0, 40])
def test_a_results_signature_cut_short_is_named(big, signed, written, tmp_path, cut):
    folder = tmp_path / "result"
    shutil.copytree(written.parent, folder)
    sig = folder / "result.json.minisig"
    sig.write_bytes(sig.read_bytes()[:cut])
    with pytest.raises(ConsolidationError, match=r"the signature file result\.json\.minisig is "
                                                 r"(empty|damaged or cut short)") as refused:
        verify_result(folder / "result.json", load_bundle(big.evb, big.chair), [signed])
    assert "altered" not in refused.value.message


def test_the_key_id_is_read_from_the_signature_and_the_card(big):
    signature = big.members[0].sign(b"data", "comment")
    assert parse_signature(signature, "x.minisig")[0] is not None
    assert not other_key(signature, big.members[0].card.minisign_public_key)
    assert other_key(signature, big.members[1].card.minisign_public_key)
    assert not other_key(b"junk", big.members[1].card.minisign_public_key)  # unknown: not other
    for raw in (b"", b"  \n", signature[:30], b"\xff\xfe", b"untrusted comment: x\n"):
        sig, problem = parse_signature(raw, "x.minisig")
        assert sig is None and problem.startswith("the signature file x.minisig is ")


def test_sheets_status_json_says_what_it_set_aside_on_stderr(big, signed, tmp_path, home):
    """A sheet whose .minisig was not copied, and one cut short, appeared nowhere in --json:
    the member was only "missing". Each is now one line on stderr; stdout stays one JSON object
    per member. The text table names the missing .minisig rather than "not a signed sheet"."""
    import subprocess

    folder = tmp_path / "usb"
    shutil.copytree(signed, folder)
    nosig, cut = sorted(folder.glob("*.json"))[:2]
    _signature_of(nosig).unlink()
    cut.write_bytes(cut.read_bytes()[:300])
    identity_file(big.chair, tmp_path / "chair.age", PASSPHRASE)
    env = {**os.environ, "EVALUATOR_PASSPHRASE": PASSPHRASE,
           "PYTHONPATH": os.pathsep.join([str(Path(__file__).parent.parent),
                                          os.environ.get("PYTHONPATH", "")])}
    base = [sys.executable, "-m", "evaluator_app", "sheets", "status", "--bundle", str(big.evb),
            "--identity-file", str(tmp_path / "chair.age"), str(folder)]
    done = subprocess.run([*base, "--json"], capture_output=True, env=env, timeout=300)
    assert done.returncode == 0, done.stderr
    members = [json.loads(line) for line in done.stdout.decode().splitlines()]
    assert len(members) == len(big.members)
    stderr = done.stderr.decode()
    assert (f"(ignored {nosig}: no signature file {nosig.name}.minisig beside it (copy the "
            ".minisig with the sheet))") in stderr, stderr
    assert f"(rejected {cut}: not a score sheet (unreadable or damaged))" in stderr, stderr
    text = subprocess.run(base, capture_output=True, env=env, timeout=300)
    assert f"(ignored {nosig}: no signature file {nosig.name}.minisig" in text.stdout.decode()


@pytest.mark.parametrize("name, says", [
    ("가" * 90 + ".json", "the file name or its folder's path is too long"),
    ("afile/card.json", "is a file, not a folder"),
])
def test_an_output_name_that_cannot_be_looked_up_is_not_said_to_exist(tmp_path, home,
                                                                      run_cli, name, says):
    """ENAMETOOLONG and ENOTDIR were read as "already exists and is not a card"."""
    (tmp_path / "afile").write_text("x", encoding="utf-8")
    out = tmp_path / name
    assert says in replace_problem(out, "card")
    result = run_cli("identity", "card", "--out", str(out))
    assert result.exit_code == 2 and says in result.output, result.output
    assert "already exists" not in result.output


def test_a_card_goes_into_a_folder_made_for_it(big, tmp_path):
    """`identity card --out new/folder/card.json` failed naming .card.json.PID.part."""
    out = tmp_path / "새 폴더" / "위원 카드" / "card.json"
    big.members[0].card.save(out)
    assert json.loads(out.read_text(encoding="utf-8"))["fingerprint"] == (
        big.members[0].card.fingerprint)
    assert [p.name for p in out.parent.iterdir()] == ["card.json"]


def test_a_write_error_names_the_output_not_its_part_file(tmp_path):
    out = tmp_path / "gone" / "form.xlsx"  # written_in_place itself makes no folder
    with pytest.raises(OutputNotWrittenError) as refused, written_in_place(out) as tmp:
        tmp.write_bytes(b"x")
    assert refused.value.message == (f"{out} cannot be written: the folder {out.parent} does "
                                     "not exist")
    assert ".part" not in refused.value.message


@needs_posix_permissions
def test_a_read_only_folder_is_one_sentence_and_nothing_is_left(tmp_path, home, run_cli):
    folder = tmp_path / "읽기 전용"
    folder.mkdir()
    folder.chmod(0o555)
    try:
        result = run_cli("rubric", "export", "2025-strong-small-climate-written", "--out",
                         str(folder / "평가표.xlsx"))
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2
    assert result.output == (f"error: {folder / '평가표.xlsx'} cannot be written: the folder "
                             f"{folder} is read-only or you may not write there; nothing was "
                             "written, choose a folder you can write to\n")
    assert list(folder.iterdir()) == []


def _form_csv(ws, session_id, folder: Path) -> bytes:
    path = folder / "form.csv"
    export_form(ws, session_id, path)
    return path.read_bytes()


@pytest.mark.parametrize("encoding", ["utf-8-sig", "cp949"])
def test_a_form_cut_inside_a_hangul_syllable_is_a_cut_copy(ws, session_id, tmp_path, run_cli,
                                                           encoding):
    """Said "neither UTF-8 nor CP949 … save it again as CSV UTF-8": it is, only cut short."""
    whole = _form_csv(ws, session_id, tmp_path).decode("utf-8-sig").encode(encoding)
    ws.close()
    hangul = next(i for i in range(len(whole) // 2, len(whole)) if whole[i] >= 0xB0)
    cut = tmp_path / "잘린 양식.csv"
    cut.write_bytes(whole[:hangul + 1])  # the first byte of a syllable's two or three
    assert cut_in_a_character(cut.read_bytes())
    result = run_cli("form", "import", str(cut))
    assert result.exit_code == 2, result.output
    assert result.output == (f"error: {cut}: the file ends in the middle of a character: a "
                             "copy cut short; copy the file again\n")


def test_a_form_cut_in_its_last_row_imports_nothing(ws, session_id, tmp_path, run_cli):
    """139 of 272 rows were imported, the last one cut in its middle (a score 15 read as 1)."""
    whole = _form_csv(ws, session_id, tmp_path).decode("utf-8-sig")
    ws.close()
    lines = whole.split("\r\n")
    cut = tmp_path / "form cut.csv"
    cut.write_text("\r\n".join(lines[:40]) + "\r\n" + ",".join(lines[40].split(",")[:4]),
                   encoding="utf-8-sig")
    result = run_cli("form", "import", str(cut))
    assert result.exit_code == 2, result.output
    assert result.output == (f"error: {cut}: the file ends in the middle of line 41 (it has 4 "
                             "of the header's 9 columns and no line break after it): a copy "
                             "cut short; copy the file again\n")
    # the same rows whole, without the last line break, still read (Notepad saves that)
    whole_rows = tmp_path / "form whole.csv"
    whole_rows.write_text("\r\n".join(lines[:41]), encoding="utf-8-sig")
    assert run_cli("form", "import", str(whole_rows)).exit_code == 0


def test_text_in_neither_encoding_is_not_called_cut():
    assert not cut_in_a_character(b"\xff\xfe\x80\x80")
    assert not cut_in_a_character("청호천".encode("cp949"))
    assert not cut_in_a_character("평가".encode())
    assert cut_in_a_character("평가".encode()[:-1])
    assert cut_in_a_character("평가".encode("cp949")[:-1])


@settings(max_examples=150, deadline=None)
@given(tables(), st.sampled_from(["cp949", "utf-8", "utf-8-sig"]), st.data())
def test_a_table_cut_anywhere_is_refused_or_reads_whole_rows(rows, encoding, data):
    """Cut at any byte, a table csv.writer wrote is refused (a SpecError), or reads as whole
    rows: never a last row short of the header's columns, as a cut one was read before."""
    buf = io.StringIO()
    csv.writer(buf).writerows(rows)
    raw = buf.getvalue().encode(encoding)
    at = data.draw(st.integers(1, len(raw)))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "신청 기관.csv"
        path.write_bytes(raw[:at])
        try:
            got = read_table(path, "신청기관", SpecError)
        except SpecError:
            return
    if len(got) > 1:
        assert len(got[-1]) >= len(got[0]) or raw[:at].endswith((b"\n", b"\r")), got


@pytest.mark.parametrize("typed, says", [
    ("[session.rubric]", 'rubric must be one rubric id (rubric = "id"), not a table (for one '
                         "rubric per subtype, write [session.rubrics])"),
    ('rubric = ["2025-strong-small-climate-written"]\n[session.rubrics]',
     'rubric must be one rubric id (rubric = "id"), not a list'),
    ("[session.rubrics]\nother = 5", 'rubrics must be a table of subtype = "rubric id" '
                                       "([session.rubrics]), not a table of other values"),
])
def test_a_rubric_key_of_the_wrong_type_is_named(demo_round, tmp_path, run_cli, typed, says):
    """[session.rubric] typed for [session.rubrics] only showed as "no rubric for subtype" on
    every application: the key to correct was never named."""
    text = demo_round.read_text(encoding="utf-8")
    assert "[session.rubrics]" in text
    spec = demo_round.with_name(f"typo {len(typed)}.toml")
    spec.write_text(text.replace("[session.rubrics]", typed, 1), encoding="utf-8")
    result = run_cli("session", "check", str(spec))
    assert result.exit_code == 2
    assert f"  - [session]: {says}" in result.output, result.output


def test_a_restore_without_an_answer_is_one_sentence(ws, home, run_cli):
    """No terminal, no input (a script, a scheduled task): "Aborted!" and exit 1 before."""
    ws.close()
    from evaluator_app.workspace import Workspace

    Workspace.open(home).close()  # the day's automatic backup, which restore offers
    result = run_cli("workspace", "restore")
    assert result.exit_code == 2, result.output
    assert "error: not confirmed: Replace " in result.output, result.output
    assert "(without a terminal to answer on, give --yes to answer yes)" in result.output


def test_a_pledge_without_an_answer_is_one_sentence(committee, evb, home, run_cli):
    from datetime import datetime

    from evaluator_app.trust.identity import store_in_keyring
    from evaluator_app.trust.open_session import open_bundle
    from evaluator_app.trust.workspace_identity import remember
    from evaluator_app.workspace import Workspace

    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(committee.m1), committee.m1.card)
        open_bundle(ws, evb, committee.m1,
                    now=datetime.fromisoformat("2025-06-05T10:00:00+09:00"))
    result = run_cli("pledge", "accept", "2025-strong-small-written")
    assert result.exit_code == 2, result.output
    assert "error: not confirmed: " in result.output, result.output
    assert "(without a terminal to answer on, give --yes to answer yes)" in result.output
    with Workspace.open(home) as ws:  # nothing recorded
        assert ws.pledge("2025-strong-small-written") is None
