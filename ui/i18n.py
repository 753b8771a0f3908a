"""Qt translations: Korean by default, English available (EVALUATOR_LANG or the setting).

The `.ts` sources live in resources/translations; the `.qm` is compiled from them with the
lrelease shipped in the PySide6 wheel the first time (and whenever the `.ts` is newer), into the
user cache folder, so any install — wheel, checkout or bundle — has it.
"""

import logging
import os
import subprocess
from pathlib import Path

import platformdirs
import PySide6
from PySide6.QtCore import QLibraryInfo, QSettings, QTranslator
from PySide6.QtWidgets import QApplication

from evaluator_app.paths import APP_AUTHOR, APP_NAME, resources_dir

LANGUAGES = ("ko", "en")
log = logging.getLogger("evaluation-desk.ui")


def chosen_language(settings: QSettings | None = None) -> str:
    value = os.environ.get("EVALUATOR_LANG") or (settings or QSettings()).value("language", "ko")
    return value if value in LANGUAGES else "ko"


def compiled_catalogue(language: str) -> Path | None:
    ts = resources_dir() / "translations" / f"evaluation-desk_{language}.ts"
    if not ts.is_file():
        return None
    qm = Path(platformdirs.user_cache_dir(APP_NAME, APP_AUTHOR)) / f"evaluation-desk_{language}.qm"
    if qm.is_file() and qm.stat().st_mtime >= ts.stat().st_mtime:
        return qm
    qm.parent.mkdir(parents=True, exist_ok=True)
    lrelease = Path(PySide6.__file__).parent / "lrelease"
    try:
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True,
                       capture_output=True, timeout=60)
    except (OSError, subprocess.SubprocessError) as e:
        log.error("cannot compile %s: %s", ts, e)
        return None
    return qm


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own catalogues (standard buttons) for `language`."""
    if language == "en":
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    ours = compiled_catalogue(language)
    for path in ([str(ours)] if ours else []) + [f"{qt_dir}/qtbase_{language}.qm"]:
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            installed.append(translator)
    return installed
