"""Windows-only failures that Linux CI cannot see, caught by reading the source.

On Korean Windows the locale encoding is CP949: a text file opened without `encoding=` reads a
UTF-8 TOML with Hangul as mojibake (or fails) and writes our files in CP949. Python reports
such calls only with `-X warn_default_encoding`, which cannot be turned on once the suite runs:
one test finds them in the syntax tree, another runs a part of the suite again with the flag.
"""

import ast
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
PRODUCT = ("evaluator_app", "evaluator_demo", "ui", "packaging", "scripts")

# call name → index of the positional `encoding` argument (None: keyword only)
_ENCODING_AT = {"read_text": 0, "write_text": 1, "TextIOWrapper": 1, "FileHandler": 2,
                "RotatingFileHandler": 5, "TimedRotatingFileHandler": 5,
                "NamedTemporaryFile": 3, "TemporaryFile": 3, "SpooledTemporaryFile": 4,
                "popen": None}
_SUBPROCESS = {"run", "Popen", "call", "check_call", "check_output", "getoutput",
               "getstatusoutput"}
_TEMPFILES = {"NamedTemporaryFile", "TemporaryFile", "SpooledTemporaryFile"}


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    return func.attr if isinstance(func, ast.Attribute) else ""


def _keyword(call: ast.Call, name: str) -> ast.expr | None:
    return next((k.value for k in call.keywords if k.arg == name), None)


def _has_encoding(call: ast.Call, position: int | None) -> bool:
    if _keyword(call, "encoding") is not None:
        return True
    if any(k.arg is None for k in call.keywords):  # **kwargs: cannot tell
        return True
    return position is not None and len(call.args) > position


def _text_mode(mode: ast.expr | None, default_text: bool) -> bool:
    """Whether a mode argument opens in text mode (a mode we cannot read counts as text)."""
    if mode is None:
        return default_text
    if isinstance(mode, ast.Constant) and isinstance(mode.value, str):
        return "b" not in mode.value
    return True


def _looks_like_mode(arg: ast.expr) -> bool:
    return (isinstance(arg, ast.Constant) and isinstance(arg.value, str)
            and 0 < len(arg.value) <= 3 and set(arg.value) <= set("rwxabt+"))


def _is_true(node: ast.expr | None) -> bool:
    return node is not None and not (isinstance(node, ast.Constant) and not node.value)


def locale_encoding_calls(tree: ast.AST) -> list[int]:
    """Line numbers of calls that read or write text in the locale's encoding."""
    found = []
    for call in (n for n in ast.walk(tree) if isinstance(n, ast.Call)):
        name = _name(call.func)
        bare = isinstance(call.func, ast.Name)
        if name == "open" and bare:  # open(file, mode="r", buffering, encoding)
            mode = call.args[1] if len(call.args) > 1 else _keyword(call, "mode")
            if _text_mode(mode, True) and not _has_encoding(call, 3):
                found.append(call.lineno)
        elif name == "open" and not bare:
            # Path.open(mode="r", buffering, encoding): other objects' open (a zip member, a
            # QBuffer, a workspace) take a name or a flag first, never a mode string
            mode = call.args[0] if call.args else _keyword(call, "mode")
            if mode is not None and not _looks_like_mode(mode) and not (
                    _keyword(call, "mode") is not None):
                continue
            if not call.args and not call.keywords and not (
                    isinstance(call.func.value, ast.Call) and _name(call.func.value.func)
                    in ("Path", "PurePath")):
                continue  # x.open(): Workspace.open() as much as a Path; only Path(…) is sure
            if _text_mode(mode, True) and not _has_encoding(call, 2):
                found.append(call.lineno)
        elif name in _TEMPFILES:
            mode = call.args[0] if call.args else _keyword(call, "mode")
            if _text_mode(mode, False) and not _has_encoding(call, _ENCODING_AT[name]):
                found.append(call.lineno)
        elif name == "basicConfig":  # a log file, opened like FileHandler
            if _keyword(call, "filename") is not None and not _has_encoding(call, None):
                found.append(call.lineno)
        elif name in _ENCODING_AT:
            if not _has_encoding(call, _ENCODING_AT[name]):
                found.append(call.lineno)
        elif name in _SUBPROCESS and isinstance(call.func, ast.Attribute) and isinstance(
                call.func.value, ast.Name) and call.func.value.id == "subprocess":
            text = _is_true(_keyword(call, "text")) or _is_true(
                _keyword(call, "universal_newlines")) or name in ("getoutput",
                                                                 "getstatusoutput")
            if text and _keyword(call, "encoding") is None:
                found.append(call.lineno)
    return sorted(found)


def _product_files() -> list[Path]:
    return sorted(p for d in PRODUCT for p in (ROOT / d).rglob("*.py"))


def test_no_text_file_is_opened_in_the_locale_encoding():
    found = [f"{p.relative_to(ROOT)}:{line}" for p in _product_files()
             for line in locale_encoding_calls(ast.parse(p.read_text(encoding="utf-8")))]
    assert found == [], "pass encoding= (utf-8; utf-8-sig for files a user edits): " + str(
        found)


def test_the_encoding_lint_sees_what_it_should():
    """The checker itself: every form that would use CP949 on Korean Windows, none that is
    binary or names its encoding."""
    bad = """
open(p)
open(p, "w")
open(p, mode="a")
Path(p).open()
Path(p).open("w")
p.open(mode="r", newline="")
p.read_text()
p.write_text(s)
io.TextIOWrapper(buf)
subprocess.run(cmd, text=True)
subprocess.check_output(cmd, universal_newlines=True)
tempfile.NamedTemporaryFile("w")
logging.FileHandler(path)
os.popen(cmd)
logging.basicConfig(filename=log, level=logging.INFO)
"""
    good = """
open(p, "rb")
open(p, "w", encoding="utf-8")
open(p, "r", -1, "utf-8")
p.open("wb")
p.open("w", encoding="utf-8-sig", newline="")
p.read_text(encoding="utf-8")
p.read_text("utf-8")
p.write_text(s, encoding="utf-8")
p.write_text(s, "utf-8")
io.TextIOWrapper(buf, encoding="utf-8")
subprocess.run(cmd, capture_output=True)
subprocess.run(cmd, text=True, encoding="utf-8")
tempfile.NamedTemporaryFile()
tempfile.NamedTemporaryFile("w", encoding="utf-8")
zf.open(member)
buffer.open(QIODevice.OpenModeFlag.ReadOnly)
Workspace.open(home)
open(p, **kw)
logging.basicConfig(level=logging.INFO)
logging.basicConfig(filename=log, encoding="utf-8")
"""
    assert locale_encoding_calls(ast.parse(bad)) == list(range(2, 17))
    assert locale_encoding_calls(ast.parse(good)) == []


# Broad and quick (~30 s in one process): the CLI and its crash log, the offline form, the
# applicants table, signed sheets and their PDFs, the result's CSV, XLSX and reports.
RUN_AGAIN = ["test_cli.py", "test_form.py", "test_round_table.py", "test_file_in_use.py",
             "test_sheet_pdf.py", "test_result_reports.py"]


def _warning_env() -> dict[str, str]:
    """Every EncodingWarning an error, in this process's children and theirs (the commands
    some tests start). openpyxl opens a temporary file in text mode, then writes it as bytes."""
    return {**os.environ, "PYTHONWARNDEFAULTENCODING": "1",
            "PYTHONWARNINGS": "error::EncodingWarning,"
                              "ignore::EncodingWarning:openpyxl.worksheet._writer",
            "PYTHONPATH": os.pathsep.join([str(ROOT), os.environ.get("PYTHONPATH", "")])}


def test_nothing_opens_a_text_file_in_the_locale_encoding_when_it_runs(tmp_path: Path):
    """What the syntax tree cannot see (a library handed our file name, a mode in a
    variable): those tests again with the warning on, where pyproject's filterwarnings make
    every EncodingWarning a failure."""
    proc = subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-n", "0", "-p", "no:cacheprovider",
         "--basetemp", str(tmp_path / "run"), *(f"tests/{name}" for name in RUN_AGAIN)],
        cwd=ROOT, capture_output=True, text=True, encoding="utf-8", env=_warning_env())
    assert proc.returncode == 0, proc.stdout[-6000:] + proc.stderr[-2000:]


def test_the_crash_log_is_written_in_utf8(tmp_path: Path):
    """A bug's traceback goes to the log file (logging.basicConfig opens it): in CP949 a
    Korean message beyond it would be lost, and the warning made the crash report crash."""
    crash = ("import sys; from evaluator_app import cli; from evaluator_app.workspace import "
             "store\n"
             "def broken(cls, home=None): raise RuntimeError('평가표 ✓ 깨짐')\n"
             "store.Workspace.open = classmethod(broken)\n"
             "sys.argv = ['evaluator', 'session', 'list']; cli.main()")
    env = {**_warning_env(), "XDG_STATE_HOME": str(tmp_path / "state"),
           "XDG_CACHE_HOME": str(tmp_path / "cache"), "EVALUATOR_HOME": str(tmp_path / "h")}
    proc = subprocess.run([sys.executable, "-c", crash], capture_output=True, text=True,
                          encoding="utf-8", env=env, cwd=tmp_path)
    assert proc.returncode == 1 and "Traceback" not in proc.stderr, proc.stderr
    assert "internal error: this is a bug in Evaluation Desk; details in" in proc.stderr
    log = Path(proc.stderr.rsplit("details in ", 1)[1].strip())
    assert "RuntimeError: 평가표 ✓ 깨짐" in log.read_text(encoding="utf-8")


def test_a_temporary_folder_left_behind_never_fails_a_command():
    """Windows cannot delete a file another process holds, and a virus scanner opens each new
    file for a moment: removing our scratch folder must not turn a finished check into a
    traceback (every other scratch folder here is removed with ignore_errors)."""
    found = []
    for p in _product_files():
        for call in ast.walk(ast.parse(p.read_text(encoding="utf-8"))):
            if (isinstance(call, ast.Call) and _name(call.func) == "TemporaryDirectory"
                    and not _is_true(_keyword(call, "ignore_cleanup_errors"))):
                found.append(f"{p.relative_to(ROOT)}:{call.lineno}")
    assert found == []
