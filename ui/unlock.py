"""The identity file's passphrase, asked when a window opens (the member's app, the chair's and
the 발표 day's screens): a wrong one is asked for again in place, as the message says, instead of
closing the app; Cancel closes it without an error."""

from collections.abc import Callable
from typing import TYPE_CHECKING

from evaluator_app.errors import IdentityError, WrongPassphraseError
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.workspace_identity import resolve_identity
from evaluator_app.workspace import Workspace

if TYPE_CHECKING:
    from PySide6.QtWidgets import QLabel

TRIES = 3  # then the error, as before
UNLOCK_NOTICE = "unlock-notice"  # the notice's object name (the start-up benchmark tells it apart)


class PassphraseCancelled(IdentityError):
    """Cancel at the passphrase prompt: the app closes, with nothing to report."""


def prompt_passphrase(again: bool) -> str:
    """Ask in a small dialog; `again` after a wrong one, saying so."""
    from PySide6.QtCore import QCoreApplication
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    label = QCoreApplication.translate(
        "App", "The passphrase is wrong. Check the keyboard layout (한/영) and Caps Lock, and "
        "type it again:") if again else QCoreApplication.translate(
        "App", "Passphrase of your identity file:")
    text, ok = QInputDialog.getText(None, "평가위원 데스크", label, QLineEdit.EchoMode.Password)
    if not ok:
        raise PassphraseCancelled("no passphrase given")
    return text


def show_unlock_notice() -> "QLabel":
    """A small window saying the identity file is being opened: the passphrase check (scrypt)
    takes one to several seconds on a committee laptop, and without it nothing at all is on
    the screen between the prompt's OK and the window. pyrage holds the GIL meanwhile, so no
    window repaints then: a still message, not a spinner that would look frozen."""
    from PySide6.QtCore import QCoreApplication, Qt
    from PySide6.QtWidgets import QApplication, QFrame, QLabel

    notice = QLabel(QCoreApplication.translate(
        "App", "Opening your identity file… This takes a few seconds."))
    notice.setWindowFlags(Qt.WindowType.SplashScreen | Qt.WindowType.WindowStaysOnTopHint)
    notice.setWindowTitle("평가위원 데스크")
    notice.setObjectName(UNLOCK_NOTICE)
    notice.setFrameStyle(QFrame.Shape.Box | QFrame.Shadow.Plain)
    notice.setAlignment(Qt.AlignmentFlag.AlignCenter)
    notice.setMargin(28)
    notice.adjustSize()
    screen = QApplication.primaryScreen()
    if screen is not None:  # centred where the window will come, as a splash screen is
        notice.move(screen.availableGeometry().center() - notice.rect().center())
    notice.show()
    notice.repaint()
    QApplication.processEvents()  # mapped and painted before the blocking work starts
    return notice


class StartupPassphrase:
    """The passphrase source of a window's start: EVALUATOR_PASSPHRASE if set, else the prompt
    (not in screenshot mode, which has nobody to ask). Once it has a passphrase to try, it
    shows the unlock notice until `done`."""

    def __init__(self, env: str | None, may_ask: bool) -> None:
        self.env, self.may_ask, self.asked = env, may_ask, 0
        self.notice: QLabel | None = None

    @property
    def tries(self) -> int:
        return TRIES if self.may_ask and not self.env else 1

    def __call__(self) -> str:
        if self.env:
            text = self.env
        elif not self.may_ask:
            raise IdentityError("set EVALUATOR_PASSPHRASE to unlock the identity file")
        else:
            self.done()  # a wrong passphrase: the prompt again, without the notice over it
            self.asked += 1
            text = prompt_passphrase(again=self.asked > 1)
        if self.may_ask and self.notice is None:
            self.notice = show_unlock_notice()
        return text

    def done(self) -> None:
        if self.notice is not None:
            self.notice.close()
            self.notice.deleteLater()
            self.notice = None


def unlock(ws: Workspace, passphrase: Callable[[], str]) -> Identity:
    """The workspace's identity; a wrong passphrase is asked for again, up to the source's
    `tries` (a plain callable, or EVALUATOR_PASSPHRASE, gets one: the same text fails again)."""
    tries = getattr(passphrase, "tries", 1)
    try:
        for attempt in range(tries):
            try:
                return resolve_identity(ws, None, passphrase)
            except WrongPassphraseError:
                if attempt == tries - 1:
                    raise
    finally:
        if isinstance(passphrase, StartupPassphrase):
            passphrase.done()
    raise AssertionError("unreachable")
