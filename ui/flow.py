"""Which window the member sees: welcome → pledge → conflict declarations → main window.

Each window's module is imported when it is first shown: a member with a session goes straight
to the main window and never loads the welcome window (nor the pledge dialog once accepted).
"""

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QSize
from PySide6.QtWidgets import QWidget

from evaluator_app.errors import EvaluatorError
from evaluator_app.trust.identity import Identity
from evaluator_app.workspace import Workspace
from ui.texts import describe_error

if TYPE_CHECKING:
    from ui.welcome import WelcomeWindow

SCREENSHOT_SIZE = QSize(1366, 768)


class AppFlow(QObject):
    def __init__(self, ws: Workspace, identity: Identity | None, fail: Callable[[str], object],
                 interactive: bool = True) -> None:
        super().__init__()
        self.ws = ws
        self.identity = identity
        self.fail = fail
        self.interactive = interactive  # False for --screenshot: no dialogs
        self.windows: list[QWidget] = []  # keep the open windows alive
        self.welcome: WelcomeWindow | None = None

    def start(self) -> bool:
        sessions = self.ws.sessions()
        if self.identity is None or not sessions:
            self.show_welcome()
            return True
        if self.show_main(sessions[-1].id):
            return True
        if not self.interactive:  # --screenshot: it failed, and says so
            return False
        # The pledge declined (or the session not opened): the home window with its sessions,
        # where the member picks it up again, rather than the app vanishing without a word.
        self.show_welcome()
        return True

    def show_welcome(self) -> None:
        """The welcome/home window: identity, card, open a bundle, recent sessions."""
        if self.welcome is None:
            from ui.welcome import WelcomeWindow

            self.welcome = WelcomeWindow(self.ws, self.identity)
            self.welcome.identity_ready.connect(self._adopt)
            self.welcome.session_opened.connect(self._opened)
            self.windows.append(self.welcome)
        else:
            self.welcome.refresh()
        self.welcome.show()
        self.welcome.raise_()

    def bring_forward(self) -> None:
        """Another start of the app on this workspace: show the window in front instead."""
        visible = [w for w in self.windows if w.isVisible()] or self.windows[-1:]
        for window in visible[-1:]:
            if window.isMinimized():
                window.showNormal()
            window.show()
            window.raise_()
            window.activateWindow()

    def _adopt(self, identity: Identity) -> None:
        self.identity = identity

    def _opened(self, session_id: str) -> None:
        if self.show_main(session_id) and self.welcome is not None:
            self.welcome.hide()

    def show_main(self, session_id: str) -> bool:
        """Pledge first (if the session has one), then the main window; it asks for the
        conflict declarations itself when some are missing."""
        from ui.member.controller import SessionController
        from ui.member.main_window import MainWindow

        ws, identity = self.ws, self.identity
        if (not self.interactive and identity and ws.pledge_text(session_id)
                and not ws.pledge(session_id)):  # --screenshot: where the member would be
            from ui.member.pledge_dialog import PledgeDialog

            dialog = PledgeDialog(ws.pledge_text(session_id), identity.card.name)
            dialog.show()
            self.windows.append(dialog)
            return True
        try:
            if (self.interactive and identity and ws.pledge_text(session_id)
                    and not ws.pledge(session_id)):
                from ui.member.pledge_dialog import PledgeDialog

                dialog = PledgeDialog(ws.pledge_text(session_id), identity.card.name)
                if dialog.exec() != PledgeDialog.DialogCode.Accepted:
                    return False
                ws.accept_pledge(session_id, identity.card.name, identity.card.fingerprint)
            window = MainWindow(SessionController(ws, session_id, identity),
                                restore_layout=self.interactive, open_first=False)
        except EvaluatorError as e:
            self.fail(describe_error(e))
            return False
        for old in [w for w in self.windows if isinstance(w, MainWindow)]:
            old.close()
            self.windows.remove(old)
        window.open_requested.connect(self.show_welcome)
        if self.interactive:
            window.place()  # remembered layout, or sized from the available screen
        else:  # --screenshot: the member's laptop, whatever screen renders it
            window.resize(SCREENSHOT_SIZE)
            window.place_panes()
        window.show()
        window.open_first_after_first_frame()  # the list and panes first, then the documents
        self.windows.append(window)
        undeclared = [a.id for a in ws.applications(session_id)
                      if ws.coi_declaration(session_id, a.id) is None]
        if undeclared and self.interactive and ws.manifest(session_id):
            window.declare_conflicts()
        return True
