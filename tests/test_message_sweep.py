"""Messages a third sweep found wrong: each is now one sentence that names what is wrong and
what to do, raised where the fault is found (the core), and said before any work is announced
or any passphrase asked."""

import builtins
import errno
import os
import shutil
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from committee import sign_m1_session

from evaluator_app.errors import NotFoundError, SheetError
from evaluator_app.rubric import load_catalogue
from evaluator_app.scoring import Change, ChangeContext, validate_change
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.identity import save_identity_file, store_in_keyring
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import verify_sheet
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace, moving

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"
PASS = "message sweep passphrase"


@pytest.fixture(scope="module")
def sheet(committee, evb, tmp_path_factory) -> Path:
    """m1's exported sheet: SHEET.json with its .minisig and its printable PDF beside it."""
    _, json_path = sign_m1_session(committee, evb, tmp_path_factory.mktemp("m1"))
    return json_path


@pytest.fixture
def m1_home(committee, evb, home) -> Path:
    """m1's workspace: the bundle opened (so each application needs a declaration first), the
    pledge accepted, the identity in the (test's) keyring."""
    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(committee.m1), committee.m1.card)
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
    return home


# 1. `score set` on an unknown item said "declare first whether you have a conflict".

def test_an_unknown_item_is_named_with_the_rubrics_items(m1_home, run_cli):
    with Workspace.open(m1_home) as ws:
        rubric = ws.rubric_for(SID, "A01")
    items = ", ".join(i.id for i in rubric.items())
    result = run_cli("score", "set", SID, "A01", "9-9", "5")
    assert result.exit_code == 2
    assert result.output.startswith(f"error: application A01: rubric {rubric.id} has no item "
                                    f"'9-9' (items: {items}; "), result.output
    assert "declare first" not in result.output
    # a known item still asks for the declaration first
    known = run_cli("score", "set", SID, "A01", rubric.groups[0].items[0].id, "5")
    assert known.exit_code == 2 and "declare first whether you have a conflict" in known.output


def test_the_unknown_entry_comes_before_every_declaration_rule():
    rubric = load_catalogue()["2025-strong-small-climate-written"]
    for ctx in (ChangeContext(declaration_required=True), ChangeContext(predeclared=True),
                ChangeContext(conflicted=True)):
        for kind in ("score", "adjustment", "gate"):
            with pytest.raises(NotFoundError, match=r"has no .* 'X9' \(items: 1-1, "):
                validate_change(rubric, Change("A01", kind, "X9", "1"), ctx)  # type: ignore[arg-type]


# 2. and 3. `sheet verify X.pdf` said "X.pdf.minisig does not exist"; a missing sheet was
# named twice ("X: X does not exist").

def test_the_printable_pdf_is_not_taken_for_the_sheet(sheet, committee, evb, run_cli):
    pdf = sheet.with_suffix(".pdf")
    assert pdf.is_file()
    says = (f"{pdf} is the printable copy (평가표 PDF), not the signed sheet: the signed sheet "
            f"is {sheet.name} beside it, with its .minisig")
    # said before any identity is needed (this workspace has none)
    result = run_cli("sheet", "verify", str(pdf), "--bundle", str(evb))
    assert result.exit_code == 2 and result.output == f"error: {says}\n"
    with pytest.raises(SheetError) as refused:
        verify_sheet(pdf, load_bundle(evb, committee.chair))
    assert refused.value.message == says and refused.value.code == "unreadable"


def test_a_pdf_in_upper_case_without_its_sheet_is_named_too(sheet, tmp_path, run_cli):
    pdf = tmp_path / "평가표.PDF"  # as a USB stick formatted on Windows lists it
    shutil.copy(sheet.with_suffix(".pdf"), pdf)
    result = run_cli("sheet", "verify", str(pdf), "--bundle", str(tmp_path / "x.evb"))
    assert result.output == (f"error: {pdf} is the printable copy (평가표 PDF), not the signed "
                             "sheet: the signed sheet is 평가표.json (not in that folder: ask for "
                             "it), with its .minisig\n")


def test_a_missing_sheet_is_named_once(committee, evb, tmp_path, run_cli):
    missing = tmp_path / "없는 평가표.json"
    result = run_cli("sheet", "verify", str(missing), "--bundle", str(evb))
    assert result.exit_code == 2 and result.output == f"error: {missing} does not exist\n"
    with pytest.raises(SheetError) as refused:
        verify_sheet(missing, load_bundle(evb, committee.chair))
    assert refused.value.message == f"{missing} does not exist"


def test_a_sheet_without_its_signature_says_so(sheet, committee, evb, tmp_path):
    alone = tmp_path / sheet.name
    shutil.copy(sheet, alone)
    with pytest.raises(SheetError) as refused:
        verify_sheet(alone, load_bundle(evb, committee.chair))
    assert refused.value.message == (f"{alone}: the signature file {alone.name}.minisig does "
                                     "not exist beside it; hand it in with the sheet")


# 4. A spec (or a rubric file) in CP949 lacked the hint a passphrase file gets.

def test_a_spec_saved_as_cp949_is_told_to_be_saved_as_utf8(committee, run_cli):
    spec = committee.spec.with_name("spec-ansi.toml")
    spec.write_bytes(committee.spec.read_text(encoding="utf-8").encode("cp949", "replace"))
    result = run_cli("session", "check", str(spec))
    assert result.exit_code == 2
    assert result.output == (f"error: {spec}: the session spec is not UTF-8 text; save it "
                             "again as UTF-8\n")


def test_a_rubric_file_saved_as_cp949_is_told_to_be_saved_as_utf8(tmp_path, run_cli):
    source = load_catalogue()["2025-strong-small-climate-written"].path
    assert source is not None
    rubric = tmp_path / "배점표.toml"
    rubric.write_bytes(source.read_text(encoding="utf-8").encode("cp949", "replace"))
    result = run_cli("rubric", "hash", str(rubric))
    assert result.exit_code == 2
    assert result.output == (f"error: {rubric}: the rubric file is not UTF-8 text; save it "
                             "again as UTF-8\n")


# 5. `audit verify --sheet` on a missing file: "No such file or directory (path)".

def test_audit_verify_names_a_missing_sheet_in_a_sentence(tmp_path, run_cli):
    missing = tmp_path / "평가표.json"
    result = run_cli("audit", "verify", "--sheet", str(missing))
    assert result.exit_code == 2 and result.output == f"error: {missing} does not exist\n"


# 6. `workspace export` to a read-only folder: "(os error 13)".

def _refusing_folder(folder: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """What Windows (or POSIX permissions, which bind no root) answer for a file created in a
    read-only folder: moving.py's own open raises it as the OS would."""
    def refusing_open(file: Any, *args: Any, **kwargs: Any) -> Any:
        if Path(file).parent == folder:
            raise PermissionError(errno.EACCES, os.strerror(errno.EACCES), str(file))
        return builtins.open(file, *args, **kwargs)

    monkeypatch.setattr(moving, "open", refusing_open, raising=False)


def test_a_move_to_a_read_only_folder_says_the_folder(m1_home, tmp_path, run_cli, monkeypatch):
    folder = tmp_path / "읽기 전용"
    folder.mkdir()
    if os.name == "posix" and os.geteuid() != 0:
        folder.chmod(0o555)  # the real refusal where permissions bind
    else:
        _refusing_folder(folder, monkeypatch)
    out = folder / "세션.evm"
    try:
        result = run_cli("workspace", "export", SID, "--out", str(out))
    finally:
        folder.chmod(0o755)
    assert result.exit_code == 2
    assert result.output == (f"error: {out} cannot be written: the folder {folder} is read-only "
                             "or you may not write there; nothing was written, choose a folder "
                             "you can write to\n")
    assert list(folder.iterdir()) == []


def test_a_move_file_is_still_written_and_opens(m1_home, committee, tmp_path, run_cli):
    out = tmp_path / "usb" / "새 폴더" / "세션.evm"  # a folder made on the stick, as before
    result = run_cli("workspace", "export", SID, "--out", str(out))
    assert result.exit_code == 0, result.output
    assert [p.name for p in out.parent.iterdir()] == ["세션.evm"]  # no .part left
    with Workspace.open(tmp_path / "laptop-b") as ws:
        done = moving.import_session(ws, out, committee.m1.age_identity,
                                     committee.m1.card.fingerprint)
        assert done.session_id == SID and ws.audit_verify().ok


# 7. `bundle create` with a member's identity printed "encrypting" before refusing it.

def test_a_members_identity_is_refused_before_any_work_is_announced(committee, tmp_path,
                                                                    run_cli, monkeypatch):
    key = tmp_path / "m1.age"
    save_identity_file(committee.m1, key, PASS)
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", PASS)
    out = tmp_path / "session.evb"
    result = run_cli("bundle", "create", str(committee.spec), "--out", str(out),
                     "--identity-file", str(key))
    assert result.exit_code == 2
    assert result.output == ("error: bundles are signed by the secretariat; this identity "
                             "(김위원) has the role 'member'\n")
    assert not out.exists()
