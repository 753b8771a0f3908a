"""The identity file's passphrase, asked when a window opens (the member's app, the chair's and
the 발표 day's screens): a wrong one is asked for again in place, as the message says, instead of
closing the app; Cancel closes it without an error."""

from collections.abc import Callable

from evaluator_app.errors import IdentityError, WrongPassphraseError
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.workspace_identity import resolve_identity
from evaluator_app.workspace import Workspace

TRIES = 3  # then the error, as before


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


class StartupPassphrase:
    """The passphrase source of a window's start: EVALUATOR_PASSPHRASE if set, else the prompt
    (not in screenshot mode, which has nobody to ask)."""

    def __init__(self, env: str | None, may_ask: bool) -> None:
        self.env, self.may_ask, self.asked = env, may_ask, 0

    @property
    def tries(self) -> int:
        return TRIES if self.may_ask and not self.env else 1

    def __call__(self) -> str:
        if self.env:
            return self.env
        if not self.may_ask:
            raise IdentityError("set EVALUATOR_PASSPHRASE to unlock the identity file")
        self.asked += 1
        return prompt_passphrase(again=self.asked > 1)


def unlock(ws: Workspace, passphrase: Callable[[], str]) -> Identity:
    """The workspace's identity; a wrong passphrase is asked for again, up to the source's
    `tries` (a plain callable, or EVALUATOR_PASSPHRASE, gets one: the same text fails again)."""
    tries = getattr(passphrase, "tries", 1)
    for attempt in range(tries):
        try:
            return resolve_identity(ws, None, passphrase)
        except WrongPassphraseError:
            if attempt == tries - 1:
                raise
    raise AssertionError("unreachable")
