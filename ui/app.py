"""`evaluator-app`: the member's desktop app on the workspace's current session."""

import argparse
import gc
import logging
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from evaluator_app import __version__
from evaluator_app.errors import (
    EvaluatorError,
    WorkspaceDamagedError,
    WorkspaceReadOnlyError,
)
from evaluator_app.paths import APP_AUTHOR, APP_NAME, resources_dir, workspace_path
from ui.paths import log_file

if TYPE_CHECKING:
    from evaluator_app.workspace import Workspace

SCREENSHOT_SETTLE_MS = 700  # QPdfView paints asynchronously


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="evaluator-app", description="평가위원 데스크")
    parser.add_argument("--workspace", type=Path,
                        help="workspace folder (default: $EVALUATOR_HOME or the user data folder)")
    parser.add_argument("--screenshot", type=Path, metavar="FILE.png",
                        help="render the main window offscreen into FILE.png and exit (with "
                             "--secretariat: a folder, one desk-N-page.png per page)")
    parser.add_argument("--secretariat", nargs="?", const="", metavar="SPEC.toml",
                        help="open the secretariat's desk (사무국 데스크) to prepare a round, "
                             "send its bundle and collect the sheets; with a spec, on that "
                             "round")
    parser.add_argument("--consolidate", type=Path, metavar="BUNDLE.evb",
                        help="open the chair's consolidation screen (종합평가) for the bundle")
    parser.add_argument("--sheets", type=Path, metavar="DIR",
                        help="with --consolidate: take in the signed sheets of this folder (and "
                             "its sub-folders) as soon as the bundle is open")
    parser.add_argument("--review", type=Path, metavar="BUNDLE.evb",
                        help="open the review session screen (발표평가: agenda, timer, hand-ins, "
                             "provisional and final results) for the bundle")
    parser.add_argument("--self-test", action="store_true",
                        help="check this installation (rubrics, fonts, a bundle, QtPdf, a signed "
                             "sheet) in a temporary folder, print one line per check and exit")
    parser.add_argument("--version", action="version", version=__version__)
    args = parser.parse_args(argv)
    if args.sheets is not None and args.consolidate is None:
        parser.error("--sheets needs --consolidate BUNDLE.evb")
    return args


def main(argv: list[str] | None = None) -> int:
    # Start-up makes some hundred thousand objects that live as long as the app (modules, Qt
    # wrappers, the rubric): the cyclic collector would rescan them over and over while they
    # load. It is off until the window is up, then runs with them frozen out of its passes.
    gc.disable()
    try:
        return _main(argv)
    finally:
        gc.enable()


def _main(argv: list[str] | None) -> int:
    args = parse_args(argv)
    if args.screenshot or (args.self_test and not os.environ.get("DISPLAY")
                           and not os.environ.get("WAYLAND_DISPLAY")
                           and sys.platform.startswith("linux")):
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    if args.self_test:
        gc.enable()  # (only the member's window start is tuned)
        from PySide6.QtWidgets import QApplication

        from ui.self_test import run

        _app = QApplication.instance() or QApplication(sys.argv[:1])
        return run()
    if (sys.platform.startswith("linux") and not os.environ.get("QT_QPA_PLATFORM")
            and not os.environ.get("DISPLAY") and not os.environ.get("WAYLAND_DISPLAY")):
        print("error: no display to open the window on; start it in a desktop session, or "
              "render it with --screenshot FILE.png", file=sys.stderr)
        return 2
    # The core (the workspace, the identity's crypto) before Qt: once PySide6 is loaded it reads
    # the source of every module imported after it, looking for its name (its __feature__
    # switch), ~25 ms over the core's hundred-odd modules and their libraries.
    from ui.unlock import PassphraseCancelled, StartupPassphrase, unlock

    if args.workspace:
        os.environ["EVALUATOR_HOME"] = str(args.workspace)
    try:
        log_file().parent.mkdir(parents=True, exist_ok=True)
        logging.basicConfig(filename=log_file(), level=logging.INFO, encoding="utf-8",
                            format="%(asctime)s %(levelname)s %(name)s %(message)s")
    except OSError:
        pass

    from PySide6.QtCore import QCoreApplication, QTimer
    from PySide6.QtGui import QFont, QFontDatabase, QIcon
    from PySide6.QtWidgets import QApplication

    from ui.flow import AppFlow
    from ui.i18n import chosen_language, install_translators
    from ui.single_instance import SingleInstance
    from ui.texts import describe_error

    QCoreApplication.setOrganizationName(APP_AUTHOR)
    QCoreApplication.setApplicationName(APP_NAME)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    app.setFont(QFont("NanumGothic", 10))
    app.setWindowIcon(QIcon(str(resources_dir() / "icons" / "evaluation-desk.svg")))
    install_translators(app, chosen_language())


    def fail(message: str) -> int:
        logging.getLogger("evaluation-desk").error(message)
        if args.screenshot:
            print(f"error: {message}", file=sys.stderr)
        else:
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.critical(None, "평가위원 데스크 / Evaluation Desk", message)
        return 2

    passphrase = StartupPassphrase(os.environ.get("EVALUATOR_PASSPHRASE"),
                                   may_ask=not args.screenshot)

    if args.consolidate or args.review or args.secretariat is not None:
        gc.enable()  # (only the member's window start is tuned)
    if args.secretariat is not None:  # the desk reads the workspace's card only
        from ui.secretariat.app import open_desk
        return open_desk(app, Path(args.secretariat) if args.secretariat else None, fail,
                         args.screenshot)
    if args.consolidate:  # the chair's screen only reads the workspace: no instance lock
        from ui.chair.app import open_chair
        return open_chair(app, args.consolidate, passphrase, fail, args.screenshot,
                          args.sheets)
    if args.review:  # like --consolidate: reads the workspace only
        from ui.session.app import open_review
        return open_review(app, args.review, passphrase, fail, args.screenshot)

    # One window per workspace: a second start brings the first forward, or explains.
    instance = SingleInstance(workspace_path().parent)
    if not instance.acquire():
        if not args.screenshot and instance.knock():
            print("Evaluation Desk is already open on this workspace; its window was brought "
                  "forward.", file=sys.stderr)
            return 0
        return fail(QCoreApplication.translate(
            "App", "Evaluation Desk is already open on this workspace (%1); use that window.")
            .replace("%1", str(workspace_path().parent)))
    try:
        ws = open_workspace(args.screenshot is None)
        sessions = ws.sessions()
        if args.screenshot and not sessions:
            return fail(QCoreApplication.translate(
                "App", "The workspace %1 has no session yet: open a bundle with "
                "`evaluator open SESSION.evb`.").replace("%1", str(ws.path)))
        identity = unlock(ws, passphrase) if ws.get_setting("identity") else None
    except PassphraseCancelled:  # the member chose not to open it now: nothing went wrong
        ws.close()
        instance.release()
        return 0
    except EvaluatorError as e:
        return fail(describe_error(e))
    if ws.read_only and not args.screenshot:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.information(None, "평가위원 데스크 / Evaluation Desk", describe_error(
            WorkspaceReadOnlyError(f"{ws.path.parent}: read-only")))
    flow = AppFlow(ws, identity, fail, interactive=not args.screenshot)
    instance.activate.connect(flow.bring_forward)
    if not flow.start():
        return 2 if args.screenshot else 0
    if args.screenshot:
        target, window = args.screenshot, flow.windows[-1]

        def capture() -> None:
            window.grab().save(str(target))
            app.quit()

        def settle(*_: object) -> None:
            QTimer.singleShot(SCREENSHOT_SETTLE_MS, capture)

        if hasattr(window, "documents_shown"):
            window.documents_shown.connect(settle)
        else:  # the pledge, where the member opens a session not pledged yet
            settle()
        QTimer.singleShot(15_000, capture)  # never hang: capture whatever is there
    # Start-up objects (Qt wrappers, the rubric) live as long as the app: keep the cyclic
    # collector from rescanning them; a full pass over them stalled the GUI thread ~40 ms.
    gc.freeze()
    gc.enable()
    code = app.exec()
    ws.close()
    instance.release()
    return code


def open_workspace(interactive: bool) -> "Workspace":
    """The workspace; a damaged one is replaced by its automatic backup if the member agrees
    (the damaged file is kept in backups/)."""
    from evaluator_app.workspace import Workspace

    try:
        return Workspace(workspace_path())
    except WorkspaceDamagedError as e:
        if not interactive or e.backup is None or not offer_restore(e):
            raise
    from evaluator_app.workspace.backup import restore

    restore(workspace_path())
    return Workspace(workspace_path())


def offer_restore(error: WorkspaceDamagedError) -> bool:
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QMessageBox

    from ui.texts import describe_error

    question = QCoreApplication.translate(
        "App", "Continue from the automatic backup? Edits made after it was taken must be "
        "entered again; the damaged file is kept in the backups folder.")
    answer = QMessageBox.question(None, "평가위원 데스크 / Evaluation Desk",
                                  f"{describe_error(error)}\n\n{question}")
    return answer == QMessageBox.StandardButton.Yes


if __name__ == "__main__":
    sys.exit(main())
