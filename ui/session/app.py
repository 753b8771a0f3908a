"""`evaluator-app --review BUNDLE.evb`: the review session screen on the workspace's identity."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtWidgets import QApplication

from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import APP_AUTHOR, APP_NAME, workspace_path
from evaluator_app.trust.workspace_identity import resolve_identity, signing_identity_file
from evaluator_app.workspace import Workspace
from ui.chair.texts import describe

SCREENSHOT_SETTLE_MS = 700


def open_review(app: QApplication, bundle: Path, passphrase: Callable[[], str],
                fail: Callable[[str], int], screenshot: Path | None = None) -> int:
    """Unlock the workspace's identity (only read, as for the chair's window), open the
    review session window and run the event loop."""
    from ui.session.window import ReviewWindow

    try:
        with Workspace(workspace_path()) as ws:
            if not ws.get_setting("identity"):
                return fail(QCoreApplication.translate(
                    "ChairApp", "This workspace has no identity yet: create or import one in "
                    "Evaluation Desk first (the chair's, or yours to verify)."))
            identity = resolve_identity(ws, None, passphrase)
            identity_file = signing_identity_file(ws)
    except EvaluatorError as e:
        return fail(describe(e))
    window = ReviewWindow(bundle, identity, identity_file)
    window.show()
    if screenshot is not None:
        def capture() -> None:
            window.grab().save(str(screenshot))
            app.quit()

        window.ready.connect(lambda: QTimer.singleShot(SCREENSHOT_SETTLE_MS, capture))
        QTimer.singleShot(15_000, capture)  # never hang: capture whatever is there
    return app.exec()


def remember_seed(settings_dir: Path, session_id: str, seed: str) -> None:
    """Point the app's settings at `settings_dir` (an INI file there, not the user's) and keep
    a seed drawn elsewhere (the demo's `review agenda --draw`) as the review screen's own."""
    ini = QSettings.Format.IniFormat
    QSettings.setDefaultFormat(ini)
    QSettings.setPath(ini, QSettings.Scope.UserScope, str(settings_dir))
    settings = QSettings(ini, QSettings.Scope.UserScope, APP_AUTHOR, APP_NAME)
    settings.setValue(f"review/{session_id}/seed", seed)
    settings.sync()
