"""Enter in a form of free text does not submit it; Ctrl+Enter does.

A QDialog presses its default button on Enter in any line edit or combo box: a member typing a
reason (in Korean, sentence by sentence) sent it half-written with the key that ends a line.
"""

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget

ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
SUBMIT_KEYS = ("Ctrl+Return", "Ctrl+Enter")  # the main keyboard's and the keypad's


class EnterKeys(QObject):
    """Installed on fields: Enter there never reaches the dialog's default button. On a choice
    (a combo box) it goes on to the next field, as Tab does; in a text it does nothing, so
    the text goes on being typed where it was (Tab back into a line edit selects it all, and
    the next key would replace it). A combo box's open list still takes its Enter: the
    filter sees only the field's own keys."""

    def __init__(self, parent: QObject, move_on: bool) -> None:
        super().__init__(parent)
        self.move_on = move_on

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in ENTER_KEYS and not event.modifiers() & (
                    Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.AltModifier
                    | Qt.KeyboardModifier.MetaModifier)):
            if self.move_on:
                tab = QKeyEvent(QEvent.Type.KeyPress, Qt.Key.Key_Tab,
                                Qt.KeyboardModifier.NoModifier)
                QCoreApplication.sendEvent(watched, tab)
            return True
        return False


def enter_moves_on(fields: list[QWidget]) -> None:
    """Enter on each of `fields` (choices) goes on to the next field."""
    _install(fields, move_on=True)


def enter_stays(fields: list[QWidget]) -> None:
    """Enter in each of `fields` (free text) does nothing: it only ended a line."""
    _install(fields, move_on=False)


def _install(fields: list[QWidget], move_on: bool) -> None:
    if fields:
        keys = EnterKeys(fields[0].window(), move_on)
        for field in fields:
            field.installEventFilter(keys)


def submit_keys(dialog: QWidget, submit: Callable[[], object]) -> None:
    """Ctrl+Enter anywhere in `dialog` calls `submit`: the deliberate key."""
    for keys in SUBMIT_KEYS:
        shortcut = QShortcut(QKeySequence(keys), dialog)
        shortcut.setContext(Qt.ShortcutContext.WindowShortcut)
        shortcut.activated.connect(submit)


def ask_reason(parent: QWidget, title: str, label: str) -> str | None:
    """QInputDialog.getText for a reason, whose Enter does not accept it half-written: Ctrl+Enter
    (or OK) does. None when cancelled."""
    from PySide6.QtWidgets import QInputDialog, QLineEdit

    dialog = QInputDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setLabelText(label)
    dialog.setInputMode(QInputDialog.InputMode.TextInput)
    enter_stays(dialog.findChildren(QLineEdit))
    submit_keys(dialog, dialog.accept)
    accepted = dialog.exec() == QInputDialog.DialogCode.Accepted
    text = dialog.textValue()
    dialog.deleteLater()
    return text if accepted else None
