"""Qt translations: Korean by default, English available (EVALUATOR_LANG or the setting).

The `.ts` sources and the `.qm` catalogues compiled from them (scripts/update_translations.py;
a test checks they match) ship in resources/translations.
"""

import logging
import os
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QLibraryInfo,
    QSettings,
    QTranslator,
)
from PySide6.QtWidgets import QApplication

from evaluator_app.paths import resources_dir

LANGUAGES = ("ko", "en")
log = logging.getLogger("evaluation-desk.ui")
# The catalogue translates this code into its own language: what the UI shows right now.
LANGUAGE_MARK = QT_TRANSLATE_NOOP("Language", "en")


def current_language() -> str:
    """The language the UI shows now (for texts built outside tr(), such as times)."""
    code = QCoreApplication.translate("Language", LANGUAGE_MARK)
    return code if code in LANGUAGES else "en"


def chosen_language(settings: QSettings | None = None) -> str:
    value = os.environ.get("EVALUATOR_LANG") or (settings or QSettings()).value("language", "ko")
    return value if value in LANGUAGES else "ko"


def catalogue(language: str) -> Path:
    return resources_dir() / "translations" / f"evaluation-desk_{language}.qm"


def install_translators(app: QApplication, language: str) -> list[QTranslator]:
    """Install the app's and Qt's own catalogues (standard buttons) for `language`."""
    if language == "en":
        return []
    installed = []
    qt_dir = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    for path in (str(catalogue(language)), f"{qt_dir}/qtbase_{language}.qm"):
        translator = QTranslator(app)
        if translator.load(path):
            app.installTranslator(translator)
            installed.append(translator)
        else:
            log.error("cannot load the translation catalogue %s", path)
    return installed
