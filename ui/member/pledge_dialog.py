"""The pledge (서약서): shown before scoring, accepted in the member's name."""

from PySide6.QtCore import QSize
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ui.screen_fit import fit_to_screen


class PledgeDialog(QDialog):
    def __init__(self, text: str, name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Pledge (서약서)"))
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Before you score, read and accept the committee's pledge."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        body = QTextBrowser()
        body.setPlainText(text)
        layout.addWidget(body, 1)
        self.check = QCheckBox(self.tr("I, %1, accept this pledge.").replace("%1", name))
        layout.addWidget(self.check)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("Accept and continue"))
        self.ok.setEnabled(False)
        self.check.toggled.connect(self.ok.setEnabled)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(560, 420))
