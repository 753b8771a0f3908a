"""A file another program holds open (Windows) is retried briefly, then one plain sentence.

Windows refuses to replace or write a file Excel or a PDF viewer has open, and an antivirus
scanner holds each new file for a moment. Linux never does, so these tests make the calls fail
as Windows does: `os.replace` with PermissionError WinError 32, `open` for writing with
PermissionError errno 13 (the C runtime's mapping, without a WinError).
"""

import builtins
import io
import os
from pathlib import Path

import pytest

from evaluator_app import replacing, staged_output
from evaluator_app.errors import EvaluatorError, FileInUseError


def _sharing_violation(path: object) -> PermissionError:
    e = PermissionError(13, "The process cannot access the file because it is being used by "
                        "another process", str(path))
    e.winerror = 32  # type: ignore[attr-defined]  # what os.replace carries on Windows
    return e


def hold_open(monkeypatch: pytest.MonkeyPatch, path: Path, times: int | None = None
              ) -> list[Path]:
    """Make `path` behave as a file another program keeps open on Windows: it can be neither
    replaced nor moved away (`times` times, or always), nor opened for writing. Returns the
    refused moves' files."""
    real_replace, real_open = os.replace, io.open
    refused: list[Path] = []

    def replace(src, dst):  # type: ignore[no-untyped-def]
        if path in (Path(src), Path(dst)) and (times is None or len(refused) < times):
            refused.append(path)
            raise _sharing_violation(path)
        return real_replace(src, dst)

    def open_(file, mode="r", *args, **kwargs):  # type: ignore[no-untyped-def]
        if isinstance(file, (str, os.PathLike)) and Path(file) == path and set(mode) & set("wax+"):
            raise PermissionError(13, "Permission denied", str(file))
        return real_open(file, mode, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    monkeypatch.setattr(io, "open", open_)
    monkeypatch.setattr(builtins, "open", open_)
    return refused


@pytest.fixture
def pauses(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    slept: list[float] = []
    monkeypatch.setattr(replacing.time, "sleep", slept.append)
    return slept


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith("."))


# ---- the helper ---------------------------------------------------------------------------

def test_a_scanner_holding_the_file_for_a_moment_is_waited_for(tmp_path, monkeypatch, pauses):
    old, new = tmp_path / "a.pdf", tmp_path / "a.pdf.part"
    old.write_bytes(b"old")
    new.write_bytes(b"new")
    refused = hold_open(monkeypatch, old, times=2)
    replacing.replace_file(new, old)
    assert old.read_bytes() == b"new" and len(refused) == 2
    assert pauses == list(replacing.PAUSES[:2])


def test_a_file_kept_open_is_a_plain_error_naming_it(tmp_path, monkeypatch, pauses):
    old, new = tmp_path / "평가표.pdf", tmp_path / "평가표.pdf.part"
    old.write_bytes(b"old")
    new.write_bytes(b"new")
    hold_open(monkeypatch, old)
    with pytest.raises(FileInUseError, match=r"평가표\.pdf cannot be replaced: another program "
                       "has it open") as caught:
        replacing.replace_file(new, old)
    assert caught.value.path == old and old.read_bytes() == b"old"
    assert pauses == list(replacing.PAUSES)  # every attempt made, under a second in all


def test_a_posix_permission_error_is_neither_retried_nor_disguised(tmp_path, monkeypatch,
                                                                  pauses):
    def refuse(src, dst):  # type: ignore[no-untyped-def]
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(PermissionError):
        replacing.replace_file(tmp_path / "a", tmp_path / "b")
    assert pauses == []


# ---- where the member has the file open ---------------------------------------------------

@pytest.mark.parametrize("name", ["form.csv", "form.xlsx"])
def test_exporting_the_form_over_one_open_in_excel(ws, session_id, tmp_path, monkeypatch, pauses,
                                                   name):
    from evaluator_app.form.export import export_form

    out = tmp_path / name
    export_form(ws, session_id, out)
    before = out.read_bytes()
    hold_open(monkeypatch, out)
    with pytest.raises(FileInUseError) as caught:
        export_form(ws, session_id, out)
    assert caught.value.path == out and out.read_bytes() == before
    assert _leftovers(tmp_path) == []  # the new form was written beside it, then removed


def test_the_cli_says_so_in_one_sentence(run_cli, tmp_path, monkeypatch, pauses):
    table = tmp_path / "배점표.xlsx"
    assert run_cli("rubric", "export", "2025-base-written", "--out", str(table)).exit_code == 0
    hold_open(monkeypatch, table)
    result = run_cli("rubric", "export", "2025-base-written", "--out", str(table))
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert f"{table} cannot be replaced: another program has it open" in result.output


def test_a_template_written_again_with_force_over_an_open_table(tmp_path, monkeypatch, pauses,
                                                                run_cli):
    out = tmp_path / "round"
    args = ("session", "template", "--program", "strong-small", "--stage", "서면", "--out",
            str(out))
    assert run_cli(*args).exit_code == 0
    hold_open(monkeypatch, out / "applicants.xlsx")
    result = run_cli(*args, "--force")
    assert result.exit_code == 2 and "another program has it open" in result.output


# ---- a set of files moved into a shared folder (staged_output) ----------------------------

def _write_set(target: Path, text: str) -> None:
    with staged_output.staged(target, ["report.pdf", "result.json"]) as stage:
        for name in ("report.pdf", "result.json"):
            stage.path(name).write_text(text, encoding="utf-8")


def test_a_set_waits_for_a_scanner_on_the_old_report(tmp_path, monkeypatch, pauses):
    target = tmp_path / "result"
    _write_set(target, "old")
    (target / "회의록.txt").write_text("the chair's own", encoding="utf-8")  # moved file by file
    hold_open(monkeypatch, target / "report.pdf", times=3)
    _write_set(target, "new")
    assert (target / "report.pdf").read_text(encoding="utf-8") == "new"
    assert len(pauses) == 3


def test_a_set_over_a_report_open_in_a_viewer_keeps_the_old_one(tmp_path, monkeypatch, pauses):
    target = tmp_path / "result"
    _write_set(target, "old")
    (target / "회의록.txt").write_text("the chair's own", encoding="utf-8")
    hold_open(monkeypatch, target / "report.pdf")
    with pytest.raises(EvaluatorError, match="close any program that has the file open"):
        _write_set(target, "new")
    assert {p.name: p.read_text(encoding="utf-8") for p in target.iterdir()} == {
        "report.pdf": "old", "result.json": "old", "회의록.txt": "the chair's own"}


# ---- the app's words -------------------------------------------------------------------------

def test_the_app_tells_the_member_what_to_close(qapp, tmp_path):
    from ui.texts import describe_error

    text = describe_error(replacing.in_use_error(tmp_path / "form.xlsx"))
    assert text.startswith("The file cannot be replaced: another program has it open")
    assert "form.xlsx" in text


def test_a_preview_still_open_in_a_viewer_gives_way_to_a_new_one(tmp_path):
    """The member previews again with the last preview open: a new file beside it, not an
    error (Windows refuses to replace the open one)."""
    from ui.member.member_tools import write_preview

    out = tmp_path / "2025-s-preview.pdf"
    held = {out, tmp_path / "2025-s-preview-2.pdf"}

    def write(path: Path) -> Path:
        if path in held:
            raise replacing.in_use_error(path)
        path.write_bytes(b"%PDF")
        return path

    assert write_preview(write, out) == tmp_path / "2025-s-preview-3.pdf"
    held.add(tmp_path / "2025-s-preview-3.pdf")
    held |= {tmp_path / f"2025-s-preview-{n}.pdf" for n in range(4, 10)}
    with pytest.raises(FileInUseError):
        write_preview(write, out)
