"""Where the app finds its resources and keeps its data.

`resources_dir()` is the one place that knows where the shipped `resources/` folder (rubrics,
programs.toml, NanumGothic fonts, translations, icons) is, for every way the app runs:

1. `EVALUATOR_RESOURCES`, if set (tests, a secretariat's own copy);
2. a frozen build (PyInstaller sets `sys.frozen` and unpacks data beside the program in
   `sys._MEIPASS`; packaging/evaluation-desk.spec puts the folder there as `resources/`);
3. a checkout or an editable install: `resources/` beside the `evaluator_app` package;
4. an installed wheel: the wheel's data files, `<prefix>/share/evaluation-desk/` (pyproject.toml,
   `[tool.setuptools.data-files]`), under the interpreter's prefix or the user's base (`--user`).
"""

import os
import site
import sys
import sysconfig
from pathlib import Path

import platformdirs

APP_NAME = "evaluation-desk"
APP_AUTHOR = "evaluation-desk"


def _candidates() -> list[Path]:
    if getattr(sys, "frozen", False):
        base = getattr(sys, "_MEIPASS", None) or Path(sys.executable).resolve().parent
        return [Path(base) / "resources"]
    found = [Path(__file__).resolve().parent.parent / "resources"]
    for data in (sysconfig.get_path("data"), sys.prefix, site.getuserbase()):
        if data:
            found.append(Path(data) / "share" / APP_NAME)
    return found


def resources_dir() -> Path:
    """The shipped resources folder (see the module's docstring for the order)."""
    override = os.environ.get("EVALUATOR_RESOURCES")
    if override:
        return Path(override)
    candidates = _candidates()
    for path in candidates:
        if (path / "rubrics").is_dir():
            return path
    return candidates[0]  # missing everywhere: the first place names the problem in any error


def home_dir() -> Path:
    """The workspace folder: `EVALUATOR_HOME`, else the platform's user data folder."""
    override = os.environ.get("EVALUATOR_HOME")
    if override:
        return Path(override).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, APP_AUTHOR))


def workspace_path(home: Path | None = None) -> Path:
    return (home or home_dir()) / "workspace.sqlite"


def user_rubrics_dir(home: Path | None = None) -> Path:
    """Rubrics the secretariat imported from a spreadsheet (beside the shipped ones)."""
    return (home or home_dir()) / "rubrics"


def _in_documents(name: str) -> Path:
    """`name` made portable (portable_names.py), in the user's documents folder: where the app
    first offers to put what it writes for the user."""
    from evaluator_app.portable_names import portable_name

    return Path(platformdirs.user_documents_dir()) / portable_name(name)


def suggested_bundle_folder(session_id: str) -> Path:
    """Where the secretariat's desk first offers to write a round's bundle and spec."""
    return _in_documents(session_id)


def suggested_result_folder(session_id: str) -> Path:
    """Where the chair's screen first offers to write a session's result: "<session> 결과" in
    the user's documents folder, a folder of its own per session (a folder holding another
    session's result is refused: consolidation/outputs.py)."""
    return _in_documents(f"{session_id} 결과")


def suggested_identity_file(name: str) -> Path:
    """Where the first screen offers to keep a new identity file: "<name> 신원.age" in the
    user's documents folder, numbered when that name is taken (an identity file is never
    written over)."""
    stem = _in_documents(f"{name} 신원")
    path, n = stem.with_name(f"{stem.name}.age"), 2
    while path.exists() or path.is_symlink():
        path, n = stem.with_name(f"{stem.name} ({n}).age"), n + 1
    return path
