"""Bad input found by a sweep of the CLI: each gets one sentence and a non-zero exit, never a
hang or a traceback. An XLSX with one stray value far below the table (openpyxl pads every row
up to it); a folder of sheets with damaged files `sheets status` must name."""

import json
import re
import shutil
import zipfile
from pathlib import Path

import pytest
from identity_files import identity_file
from openpyxl import load_workbook
from pdf_files import paper_text
from test_consolidation import sign_all
from test_hostile_folders import no_hang

from evaluator_app.form import export_form
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.identity import Identity, load_identity_file, save_identity_file
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace

PASSPHRASE = "chair passphrase 2025"


def test_a_value_far_below_the_form_is_refused_at_once(ws, session_id, tmp_path, run_cli):
    form = tmp_path / "form.xlsx"
    export_form(ws, session_id, form)
    ws.close()
    wb = load_workbook(form)
    wb["평가"].cell(1_048_576, 16_384, "x")  # XFD1048576, the last cell of the grid
    wb.save(form)
    with no_hang(30):  # before: 1,048,576 rows padded to 16,384 cells (hung)
        result = run_cli("form", "import", str(form))
    assert result.exit_code == 2
    assert ("row 1,048,576 holds a value, below the table's at most 100,000 rows; delete the "
            "rows under the table") in result.output, result.output


@pytest.fixture(scope="module")
def signed(big, tmp_path_factory) -> Path:
    """Seven valid sheets of the big committee's round."""
    folder = tmp_path_factory.mktemp("signed") / "sheets"
    sign_all(big, load_bundle(big.evb, big.chair), folder)
    return folder


def test_sheets_status_names_a_damaged_file_it_cannot_attribute(big, signed, tmp_path, home,
                                                                monkeypatch, run_cli):
    """A member's sheet cut short on the USB stick (its signature beside it) names no one: it
    was left out of every member's line, so the table said only "no sheet handed in"."""
    folder = tmp_path / "usb"
    shutil.copytree(signed, folder)
    cut = sorted(folder.glob("*.json"))[0]
    cut.write_bytes(cut.read_bytes()[:500])
    identity_file(big.chair, tmp_path / "chair.age", PASSPHRASE)
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", PASSPHRASE)
    result = run_cli("sheets", "status", "--bundle", str(big.evb), str(folder),
                     "--identity-file", str(tmp_path / "chair.age"))
    assert result.exit_code == 0, result.output
    assert "6 of 7 members have handed in a verified final sheet" in result.output
    assert (f"(rejected {cut}: not a score sheet (unreadable or damaged))"
            in result.output), result.output


def test_a_number_of_thousands_of_digits_in_a_spec_is_one_sentence(demo_round, run_cli):
    """tomllib reads a whole number with int(), which refuses more than 4,300 digits with a
    ValueError that is not a TOMLDecodeError: it was an internal error (exit 1)."""
    text = demo_round.read_text(encoding="utf-8")
    spec = demo_round.with_name("long number.toml")
    spec.write_text(re.sub(r"(?m)^year = \d+$", "year = " + "9" * 5000, text, count=1),
                    encoding="utf-8")
    result = run_cli("session", "check", str(spec))
    assert result.exit_code == 2, result.output
    assert result.output == (f"error: {spec}: the session spec holds a number of thousands of "
                             "digits; no value of ours is that long\n")


def test_a_passphrase_file_saved_as_cp949_is_one_sentence(home, tmp_path, run_cli):
    """Notepad's ANSI on a Korean Windows is CP949: the file's Hangul is not UTF-8, and reading
    it raised UnicodeDecodeError (an internal error, exit 1)."""
    pw = tmp_path / "암호 파일.txt"
    pw.write_bytes("위원 암호 2025".encode("cp949"))
    made = tmp_path / "identity.age"
    result = run_cli("identity", "create", "--name", "김위원", "--identity-file", str(made),
                     "--passphrase-file", str(pw))
    assert result.exit_code == 2, result.output
    assert result.output == (f"error: {pw}: the passphrase file is not UTF-8 text; save it "
                             "again as UTF-8\n")
    assert not made.exists()


def test_a_passphrase_file_saved_by_notepad_as_utf8_opens_the_identity(home, tmp_path,
                                                                      run_cli, monkeypatch):
    """Notepad's UTF-8 begins with a BOM (and ends lines with CRLF): the BOM became part of the
    passphrase, so the right passphrase was refused. Creating and unlocking agree: either way
    the passphrase is "비밀 암호 2025" (the app asks for at least 8 characters)."""
    bom = tmp_path / "암호 파일.txt"
    bom.write_bytes("\ufeff비밀 암호 2025\r\n".encode())
    made = tmp_path / "신원" / "identity.age"
    created = run_cli("identity", "create", "--name", "김위원", "--identity-file", str(made),
                      "--passphrase-file", str(bom))
    assert created.exit_code == 0, created.output
    monkeypatch.setenv("EVALUATOR_HOME", str(tmp_path / "other home"))  # nothing remembered
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", "비밀 암호 2025")
    typed = run_cli("identity", "show", "--identity-file", str(made))
    assert typed.exit_code == 0 and "김위원" in typed.output, typed.output
    monkeypatch.delenv("EVALUATOR_PASSPHRASE")
    saved = tmp_path / "saved.age"  # made elsewhere with the passphrase typed
    save_identity_file(load_identity_file(made, "비밀 암호 2025"), saved, "비밀 암호 2025")
    for identity in (made, saved):
        opened = run_cli("identity", "show", "--identity-file", str(identity),
                         "--passphrase-file", str(bom))
        assert opened.exit_code == 0 and "김위원" in opened.output, opened.output


def test_a_card_is_never_written_over_the_identity_file(home, tmp_path, run_cli, monkeypatch):
    """`identity card --out identity.age` replaced the secret keys with the public card; a
    card may replace only a card (sending one's card again)."""
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", PASSPHRASE)
    secret = tmp_path / "내 신원" / "identity.age"
    made = run_cli("identity", "create", "--name", "김위원", "--identity-file", str(secret))
    assert made.exit_code == 0, made.output
    kept = secret.read_bytes()
    result = run_cli("identity", "card", "--out", str(secret), "--identity-file", str(secret))
    assert result.exit_code == 2, result.output
    assert "is a passphrase-protected identity file" in result.output
    assert secret.read_bytes() == kept
    from evaluator_app.errors import IdentityError

    with pytest.raises(IdentityError, match="already exists and is not a card"):  # the core's
        load_identity_file(secret, PASSPHRASE).card.save(secret)
    assert secret.read_bytes() == kept
    card = tmp_path / "card.json"
    for _ in range(2):  # a card over a card: sent again
        again = run_cli("identity", "card", "--out", str(card), "--identity-file", str(secret))
        assert again.exit_code == 0, again.output
    assert not list(tmp_path.glob("*.tmp"))


def test_a_report_row_taller_than_a_page_goes_on_over_the_next_pages(big, signed, tmp_path,
                                                                     home, monkeypatch,
                                                                     run_cli):
    """The 종합평가표 prints each exclusion's reason in a table cell: a reason of thousands of
    characters (pasted) made a row taller than a page, and reportlab's LayoutError was an
    internal error after the sheets were verified — no result. The row now goes on over the
    next pages. (A seed of thousands of digits did it too; a seed is now six digits, recorded
    without the spaces typed around it.)"""
    identity_file(big.chair, tmp_path / "chair.age", PASSPHRASE)
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", PASSPHRASE)
    out = tmp_path / "result"
    reason = "".join(f"사유{i:04d} " for i in range(3000))
    result = run_cli("consolidate", "--bundle", str(big.evb), str(signed), "--out", str(out),
                     "--exclude", big.members[0].card.fingerprint, "--reason", reason,
                     "--agenda-seed", " 042917 ", "--accept-small-panel",
                     "--identity-file", str(tmp_path / "chair.age"))
    assert result.exit_code == 0, result.output[-2000:]
    text = "".join(paper_text(out / "report.pdf").split())
    assert all(f"사유{i:04d}" in text for i in (0, 1500, 2999))
    assert json.loads((out / "result.json").read_text(encoding="utf-8"))["agenda"]["seed"] == (
        "042917")


@pytest.mark.parametrize("field, value", [("recipients", [1, None]), ("recipients", "ABCD"),
                                          ("created", ["2025"]),
                                          ("secretariat_fingerprint", 7)])
def test_a_header_of_other_types_is_damaged(big, tmp_path, run_cli, field, value):
    """The public header was printed as it came: `opens with 1 / None`, or each letter of a
    string as a recipient."""
    bad = tmp_path / "header.evb"
    with zipfile.ZipFile(big.evb) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "header.json":
                data = json.dumps({**json.loads(data), field: value}).encode()
            zout.writestr(info, data)
    result = run_cli("bundle", "inspect", str(bad))
    assert result.exit_code == 2, result.output
    assert result.output == f"error: {bad}: the bundle's header is damaged\n"


def test_a_spreadsheet_given_as_the_bundle_is_not_called_altered(ws, session_id, tmp_path,
                                                                 run_cli):
    """An XLSX is a ZIP: `open FORM.xlsx` said "unexpected entry 'docProps/app.xml' (the bundle
    was altered)", an alarm about tampering for a member who picked the wrong file."""
    form = tmp_path / "form.xlsx"
    export_form(ws, session_id, form)
    ws.close()
    result = run_cli("bundle", "inspect", str(form))
    assert result.exit_code == 2, result.output
    assert result.output.startswith(f"error: {form} is not an evaluation bundle (a ZIP file of "
                                    "other content, e.g. "), result.output
    assert "altered" not in result.output


@pytest.fixture(scope="module")
def created(tmp_path_factory) -> tuple[Identity, bytes]:
    """김위원's identity file as `identity create --identity-file` writes it, made once (its
    scrypt is the dearest part of each case below): the identity and the file's bytes."""
    from click.testing import CliRunner

    from evaluator_app.cli import build_cli

    root = tmp_path_factory.mktemp("created")
    secret = root / "신원" / "identity.age"
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVALUATOR_HOME", str(root / "home"))
        mp.setenv("EVALUATOR_PASSPHRASE", PASSPHRASE)
        made = CliRunner().invoke(build_cli(), ["identity", "create", "--name", "김위원",
                                                "--identity-file", str(secret)],
                                  catch_exceptions=False)
    assert made.exit_code == 0, made.output
    return load_identity_file(secret, PASSPHRASE), secret.read_bytes()


@pytest.mark.parametrize("command", [
    ["identity", "card"], ["bundle", "create", "spec.toml"], ["session", "new"],
    ["form", "export", "S1"], ["rubric", "export", "strong-small-written"],
    ["sheet", "preview", "S1"], ["workspace", "export", "S1"],
])
def test_no_output_is_written_over_an_identity_file(home, tmp_path, run_cli, monkeypatch,
                                                    command, created):
    """Whatever writes a file refuses one that holds secret keys (an identity file or its
    backup), before anything is read or asked: the keys would be gone for good."""
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", PASSPHRASE)
    secret = tmp_path / "신원" / "identity.age"
    # as `identity create --identity-file` leaves it (`created`): the file, and the workspace
    # remembering it
    identity, made = created
    secret.parent.mkdir()
    secret.write_bytes(made)
    secret.chmod(0o600)
    with Workspace.open(home) as ws:
        remember(ws, f"file:{secret.resolve()}", identity.card)
    kept = secret.read_bytes()
    result = run_cli(*command, "--out", str(secret))
    assert result.exit_code == 2, result.output
    assert "is a passphrase-protected identity file" in result.output, result.output
    assert secret.read_bytes() == kept
