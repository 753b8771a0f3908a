"""What a committee's Windows laptop does that Linux CI does not, made to happen here: names
without regard to case (NTFS), a virus scanner holding each new file, paths past 260
characters, a clipboard's line ends, and text files read and written in a locale that is not
UTF-8 (CP949 on Korean Windows)."""

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from committee import sign_m1_session
from openpyxl import Workbook

from evaluator_app import replacing, staged_output
from evaluator_app.consolidation.collect import sheet_files
from evaluator_app.consolidation.tables import save_workbook
from evaluator_app.errors import ConsolidationError, FileInUseError, OutputNotWrittenError
from evaluator_app.programs import load_programs
from evaluator_app.round.grid import rows_from_text
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.sheet import verify_sheet

ROOT = Path(__file__).resolve().parent.parent


def _scanner_holds(monkeypatch: pytest.MonkeyPatch, suffix: str) -> list[Path]:
    """Deleting a new `*suffix` file fails as it does on Windows while an antivirus scanner
    has it open; returns the refused paths."""
    real_unlink = Path.unlink
    refused: list[Path] = []

    def unlink(self: Path, missing_ok: bool = False) -> None:
        if self.name.endswith(suffix):
            refused.append(self)
            e = PermissionError(13, "The process cannot access the file because it is being "
                                "used by another process", str(self))
            e.winerror = 32  # type: ignore[attr-defined]
            raise e
        real_unlink(self, missing_ok=missing_ok)

    monkeypatch.setattr(Path, "unlink", unlink)
    return refused


# ---- names without regard to case ------------------------------------------------------------

def test_a_sheet_whose_name_ends_in_upper_case_is_handed_in(committee, evb, tmp_path):
    """On NTFS "X.JSON" is a .json file like any other (a rename in Explorer, a copy tool):
    the folder search skipped it, and its member read as "has not handed in a sheet"."""
    _, sheet = sign_m1_session(committee, evb, tmp_path / "m1")
    usb = tmp_path / "usb"
    usb.mkdir()
    upper = usb / (sheet.stem + ".JSON")
    shutil.copy(sheet, upper)
    shutil.copy(f"{sheet}.minisig", f"{upper}.minisig")
    files, ignored = sheet_files([usb])
    assert files == [upper.resolve()] and ignored == []
    verified = verify_sheet(upper, load_bundle(evb, committee.chair))
    assert verified.member.fingerprint == committee.m1.card.fingerprint


def test_rubric_ids_that_differ_only_in_case_are_one_file_on_windows(run_cli, tmp_path, home):
    """R1.toml and r1.toml are one file on NTFS: the second import wrote over the first
    rubric without a word (Linux kept both)."""
    table = tmp_path / "official.csv"
    assert run_cli("rubric", "export", "2025-base-written", "--out", str(table)).exit_code == 0
    text = table.read_text(encoding="utf-8-sig")
    table.write_text(text.replace("2025-base-written", "Base-Official"), encoding="utf-8-sig")
    assert run_cli("rubric", "import", str(table)).exit_code == 0
    first = (home / "rubrics" / "Base-Official.toml").read_bytes()
    table.write_text(text.replace("2025-base-written", "base-official"), encoding="utf-8-sig")
    for extra in ([], ["--replace"]):
        refused = run_cli("rubric", "import", str(table), *extra)
        assert refused.exit_code == 2
        assert refused.output == (
            f"error: {table}: the rubric id 'base-official' differs only in case from "
            f"'Base-Official' at {home / 'rubrics' / 'Base-Official.toml'} (one file name on "
            "Windows); give the table a new id\n")
    assert [p.name for p in (home / "rubrics").iterdir()] == ["Base-Official.toml"]
    assert (home / "rubrics" / "Base-Official.toml").read_bytes() == first


# ---- a virus scanner holding the new file; a refused folder ----------------------------------

def test_a_bundle_into_a_missing_folder_names_the_bundle(committee, tmp_path):
    out = tmp_path / "없는 폴더" / "session.evb"
    with pytest.raises(OutputNotWrittenError) as refused:
        create_bundle(load_spec(committee.spec), committee.secretariat, out)
    assert refused.value.message == (f"{out} cannot be written: the folder {out.parent} does "
                                     "not exist")  # not "No such file or directory (….part)"


class SigningFailed(Exception):
    pass


def test_a_scanner_holding_the_part_does_not_hide_why_the_bundle_failed(
        committee, tmp_path, monkeypatch):
    """The .part is written whole, then the signing fails; removing the .part meets the
    scanner. Its PermissionError took the real error's place."""
    def fail(*_: object) -> bytes:
        raise SigningFailed

    monkeypatch.setattr(Identity, "sign", fail)
    refused = _scanner_holds(monkeypatch, ".part")
    with pytest.raises(SigningFailed):
        create_bundle(load_spec(committee.spec), committee.secretariat, tmp_path / "x.evb")
    assert refused  # the cleanup met the scanner, and said nothing of it
    assert not (tmp_path / "x.evb").exists()


def test_an_xlsx_open_in_excel_is_said_though_a_scanner_holds_the_new_file(tmp_path,
                                                                          monkeypatch):
    out = tmp_path / "result.xlsx"
    out.write_bytes(b"the result Excel shows")
    real_replace = os.replace

    def excel_holds(src: str, dst: str) -> None:
        if Path(dst) == out:
            e = PermissionError(13, "Access is denied", str(src), None, str(dst))
            e.winerror = 32  # type: ignore[attr-defined]
            raise e
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", excel_holds)
    monkeypatch.setattr(replacing.time, "sleep", lambda _: None)
    _scanner_holds(monkeypatch, ".part")
    with pytest.raises(FileInUseError, match=r"result\.xlsx cannot be replaced: another "
                                             "program has it open"):
        save_workbook(Workbook(), out, {"created": "2025-06-05T17:00:00+09:00"})
    assert out.read_bytes() == b"the result Excel shows"


# ---- paths past 260 characters -----------------------------------------------------------------

def _windows_error(winerror: int, path: Path) -> FileNotFoundError:
    """What Windows raises for a path it will not take: ENOENT, with its own code."""
    e = FileNotFoundError(2, "The filename or extension is too long", str(path))
    e.winerror = winerror  # type: ignore[attr-defined]
    return e


def test_a_path_too_long_for_windows_is_not_called_a_missing_folder(tmp_path):
    folder = tmp_path / ("평가 결과 " * 12) / ("2025 강소형 스마트도시 " * 8)
    folder.mkdir(parents=True)  # there: only the whole path is too long for Windows
    out = folder / "종합평가표.xlsx"
    assert len(str(out)) > 260
    with pytest.raises(OutputNotWrittenError) as refused, replacing.written_in_place(out) as tmp:
        raise _windows_error(206, tmp)
    assert refused.value.message == (f"{out} cannot be written: its path is longer than "
                                     "Windows allows (260 characters); nothing was written, "
                                     "choose a folder nearer the top of the drive or a "
                                     "shorter name")
    # a short path Windows cannot find is a missing folder, as before
    near = tmp_path / "gone" / "x.xlsx"
    with pytest.raises(OutputNotWrittenError, match=r"the folder .* does not exist"), \
            replacing.written_in_place(near) as tmp:
        raise _windows_error(3, tmp)


def test_a_result_folder_too_deep_for_windows_is_said_so(tmp_path, monkeypatch):
    target = tmp_path / ("위원장 결과 " * 10) / ("2025 강소형 " * 10) / "결과"
    real_write = Path.write_bytes

    def write_bytes(self: Path, data: bytes) -> int:
        if self.name == "result.json":
            raise _windows_error(206, self)
        return real_write(self, data)

    monkeypatch.setattr(Path, "write_bytes", write_bytes)
    with pytest.raises(ConsolidationError) as refused, \
            staged_output.staged(target, ["result.json"], error=ConsolidationError) as stage:
        assert len(str(stage.path("result.json"))) > 260
        stage.path("result.json").write_bytes(b"{}")
    assert refused.value.message == (f"{target} cannot be written: the paths of its files "
                                     "would be longer than Windows allows (260 characters): "
                                     "nothing was written; choose a folder nearer the top of "
                                     "the drive")
    assert not target.exists()


# ---- a clipboard's line ends ---------------------------------------------------------------------

@pytest.mark.parametrize("end", ["\r\n", "\n", "\r"])
def test_rows_pasted_with_any_line_end(end):
    """csv reads line breaks itself only from newline="": a clipboard with lone CRs (a Mac's)
    was a csv.Error, an internal error in the desk."""
    text = end.join(["신청번호\t사업명\t신청기관", "A01\t미래 도시\t경기 안산시",
                     'A02\t"두 줄\n사업명"\t경북 김천시']) + end
    rows = rows_from_text(text, load_programs()["strong-small"])
    assert [r["id"] for r in rows] == ["A01", "A02"]
    assert rows[0]["applicant"] == "경기 안산시"


# ---- a locale that is not UTF-8 ----------------------------------------------------------------

def test_hangul_text_files_round_trip_in_a_locale_that_is_not_utf8(tmp_path):
    """Our files say their encoding: in an ASCII locale (as strict as CP949 is for Hangul) a
    rubric goes out as CSV, comes back as TOML and hashes the same. A text file opened in the
    locale's encoding would fail here with UnicodeEncodeError (an internal error)."""
    env = {**os.environ, "LC_ALL": "C", "LANG": "C", "PYTHONCOERCECLOCALE": "0",
           "PYTHONUTF8": "0", "PYTHONIOENCODING": "", "PYTHONPATH": str(ROOT),
           "EVALUATOR_HOME": str(tmp_path / "home"), "XDG_STATE_HOME": str(tmp_path / "state")}

    def run(*args: str) -> str:
        proc = subprocess.run([sys.executable, "-X", "utf8=0", "-m", "evaluator_app", *args],
                              cwd=tmp_path, env=env, capture_output=True)
        assert proc.returncode == 0, proc.stderr.decode("utf-8", "replace")
        return proc.stdout.decode("ascii", "replace")

    probe = subprocess.run([sys.executable, "-X", "utf8=0", "-c",
                            "import locale; print(locale.getpreferredencoding(False))"],
                           env=env, capture_output=True, text=True, encoding="ascii")
    assert probe.stdout.strip().lower() in ("ansi_x3.4-1968", "ascii", "us-ascii")
    run("rubric", "export", "2025-strong-small-climate-written", "--out", "table.csv")
    assert "기후위기" in (tmp_path / "table.csv").read_text(encoding="utf-8-sig")
    run("rubric", "import", "table.csv", "--out", "imported.toml")
    assert "기후위기" in (tmp_path / "imported.toml").read_text(encoding="utf-8")
    assert run("rubric", "hash", "imported.toml") == run(
        "rubric", "hash", "2025-strong-small-climate-written")
