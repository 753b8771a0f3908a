"""`evaluator-app --consolidate BUNDLE.evb`: the chair's window on the workspace's identity."""

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import workspace_path
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.workspace_identity import signing_identity_file
from evaluator_app.workspace import Workspace
from ui.chair.texts import describe
from ui.unlock import PassphraseCancelled, unlock

SCREENSHOT_SETTLE_MS = 700


def open_chair(app: QApplication, bundle: Path, passphrase: Callable[[], str],
               fail: Callable[[str], int], screenshot: Path | None = None,
               sheets: Path | None = None) -> int:
    """The chair's consolidation window (see `run_committee_screen`); with `sheets`, that
    folder's sheets taken in once the bundle is open (as the secretariat's desk opens it)."""
    from ui.chair.window import ChairWindow

    if sheets is not None and not sheets.is_dir():
        return fail(QCoreApplication.translate("ChairApp", "%1 is not a folder: give the "
                                               "folder the members' sheets were collected "
                                               "in.").replace("%1", str(sheets)))
    return run_committee_screen(app, lambda identity, identity_file: ChairWindow(
        bundle, identity, identity_file, sheets=[sheets] if sheets else ()), passphrase, fail,
        screenshot)


def run_committee_screen(app: QApplication,
                         make: Callable[[Identity, Path | None], QWidget],
                         passphrase: Callable[[], str], fail: Callable[[str], int],
                         screenshot: Path | None = None) -> int:
    """Unlock the workspace's identity, open the committee window `make` builds and run the
    event loop (or capture it once its bundle is open).

    The workspace is only read (which identity, where its file is); the window writes nothing
    into it, so a member may verify while their own scoring window is open.
    """
    try:
        with Workspace(workspace_path()) as ws:
            if not ws.get_setting("identity"):
                return fail(QCoreApplication.translate(
                    "ChairApp", "This workspace has no identity yet: create or import one in "
                    "Evaluation Desk first (the chair's, or yours to verify)."))
            identity = unlock(ws, passphrase)
            identity_file = signing_identity_file(ws)
    except PassphraseCancelled:  # nothing went wrong: the window is not opened now
        return 0
    except EvaluatorError as e:
        return fail(describe(e))
    window = make(identity, identity_file)
    window.show()
    if screenshot is not None:
        def capture() -> None:
            window.grab().save(str(screenshot))
            app.quit()

        # the chair's window settles once the sheets given are verified; others when open
        done = getattr(window, "settled", None) or window.ready
        done.connect(lambda: QTimer.singleShot(SCREENSHOT_SETTLE_MS, capture))
        QTimer.singleShot(15_000, capture)  # never hang: capture whatever is there
    return app.exec()
