"""`evaluator-app --review BUNDLE.evb`: the review session screen on the workspace's identity."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from evaluator_app.paths import APP_AUTHOR, APP_NAME
from ui.chair.app import run_committee_screen


def open_review(app: QApplication, bundle: Path, passphrase: Callable[[], str],
                fail: Callable[[str], int], screenshot: Path | None = None) -> int:
    """The review session window, opened like the chair's (only reads the workspace)."""
    from ui.session.window import ReviewWindow

    return run_committee_screen(app, lambda identity, identity_file: ReviewWindow(
        bundle, identity, identity_file), passphrase, fail, screenshot)


def remember_seed(settings_dir: Path, session_id: str, seed: str) -> None:
    """Point the app's settings at `settings_dir` (an INI file there, not the user's) and keep
    a seed drawn elsewhere (the demo's `review agenda --draw`) as the review screen's own."""
    ini = QSettings.Format.IniFormat
    QSettings.setDefaultFormat(ini)
    QSettings.setPath(ini, QSettings.Scope.UserScope, str(settings_dir))
    settings = QSettings(ini, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)
    settings.setValue(f"review/{session_id}/seed", seed)
    settings.sync()
