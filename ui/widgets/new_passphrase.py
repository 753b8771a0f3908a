"""A new passphrase, typed twice, with its rule shown before it can fail: the first run's
identity file and the identity backup ask for one alike. The core's `save_identity_file`
enforces the same minimum (PASSPHRASE_MIN)."""

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFormLayout, QLabel, QLineEdit

from evaluator_app.trust.identity import PASSPHRASE_MIN


class NewPassphrase(QObject):
    """Two password fields and the rule's line, added as rows of `form`; `changed` after each
    keystroke, `usable` once long enough and typed alike."""

    changed = Signal()

    def __init__(self, form: QFormLayout) -> None:
        super().__init__(form)
        self.first = QLineEdit()
        self.second = QLineEdit()
        self.first.setPlaceholderText(self.tr("at least %1 characters").replace(
            "%1", str(PASSPHRASE_MIN)))
        for field, name in ((self.first, self.tr("Passphrase")),
                            (self.second, self.tr("Passphrase again"))):
            field.setEchoMode(QLineEdit.EchoMode.Password)
            field.setAccessibleName(name)
            field.textChanged.connect(self._check)
            form.addRow(name, field)
        self.rule = QLabel()
        self.rule.setWordWrap(True)
        form.addRow("", self.rule)
        self._check()

    def text(self) -> str:
        return self.first.text()

    @property
    def usable(self) -> bool:
        return len(self.first.text()) >= PASSPHRASE_MIN and (
            self.second.text() == self.first.text())

    def _check(self) -> None:
        n = len(self.first.text())
        rule = self.tr("The passphrase protects your signing key: at least %1 characters "
                       "(now %2).").replace("%1", str(PASSPHRASE_MIN)).replace("%2", str(n))
        if n >= PASSPHRASE_MIN and self.second.text() and (
                self.second.text() != self.first.text()):
            rule += " " + self.tr("The two passphrases differ.")
        self.rule.setText(rule)
        short = bool(n) and n < PASSPHRASE_MIN
        self.rule.setStyleSheet("color: #C0392B;" if short else "color: #5F6368;")
        self.changed.emit()
