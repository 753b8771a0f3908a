"""The chair's dialogs: excluding members with a reason, and confirming a signature."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.consolidation import Exclusion
from evaluator_app.trust.identity import Card
from ui.widgets.signing_dialog import SigningDialog


class ExclusionDialog(QDialog):
    """Which members are left out of the result, each with the reason the result records."""

    def __init__(self, members: list[Card], exclusions: list[Exclusion],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Exclude members (제외)"))
        self.names = {c.fingerprint: c.name for c in members}
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("An excluded member's sheets are left out of every figure. The "
                               "result records the exclusion and its reason; everyone who "
                               "verifies the result sees them."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Excluded members"))
        layout.addWidget(self.list, 1)
        remove = QPushButton(self.tr("Remove the exclusion"))
        remove.clicked.connect(self.remove_selected)
        layout.addWidget(remove, 0, Qt.AlignmentFlag.AlignRight)
        form = QFormLayout()
        self.member = QComboBox()
        for c in members:
            self.member.addItem(f"{c.name} · {c.fingerprint}", c.fingerprint)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("e.g. the sheet was signed after the deadline"))
        self.reason.returnPressed.connect(self.add_current)
        form.addRow(self.tr("Member"), self.member)
        form.addRow(self.tr("Reason"), self.reason)
        layout.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        add = QPushButton(self.tr("Exclude"))
        add.clicked.connect(self.add_current)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        row = QHBoxLayout()
        row.addWidget(add)
        row.addStretch(1)
        row.addWidget(buttons)
        layout.addLayout(row)
        for e in exclusions:
            self._add(e)
        self.resize(600, 420)

    def _add(self, exclusion: Exclusion) -> None:
        item = QListWidgetItem(f"{self.names.get(exclusion.member, exclusion.member)} · "
                               f"{exclusion.member}: {exclusion.reason}")
        item.setData(Qt.ItemDataRole.UserRole, exclusion)
        self.list.addItem(item)

    def exclude(self, fingerprint: str, reason: str) -> bool:
        """Add one exclusion; a reason is required, and a member is excluded once."""
        if not reason.strip():
            self.message.setText(self.tr("Write the reason for the exclusion first."))
            self.reason.setFocus()
            return False
        if fingerprint in {e.member for e in self.exclusions()}:
            self.message.setText(self.tr("This member is already excluded."))
            return False
        self._add(Exclusion(fingerprint, reason.strip()))
        self.reason.clear()
        self.message.clear()
        return True

    def add_current(self) -> None:
        self.exclude(self.member.currentData(), self.reason.text())

    def remove_selected(self) -> None:
        for item in self.list.selectedItems():
            self.list.takeItem(self.list.row(item))

    def exclusions(self) -> list[Exclusion]:
        return [self.list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.list.count())]

    def accept(self) -> None:
        if self.reason.text().strip():  # typed a reason but did not press Exclude yet
            self.add_current()
        super().accept()


class SignDialog(SigningDialog):
    """Confirm the signature: the signer, the folder, and the identity file's passphrase."""

    def __init__(self, signer: Card, summary: str, identity_file: Path | None, folder: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(identity_file, parent)
        self.setWindowTitle(self.tr("Sign the result (종합평가 결과 서명)"))
        head = QLabel(self.tr("%1 (%2) signs this result. The signed result.json and its "
                              ".minisig, result.csv, result.xlsx and the 종합평가표 to print "
                              "(report.pdf; report-public.pdf without names) are written into "
                              "the folder.")
                      .replace("%1", signer.name).replace("%2", signer.fingerprint))
        head.setWordWrap(True)
        self.layout_.addWidget(head)
        body = QLabel(summary)
        body.setWordWrap(True)
        body.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.layout_.addWidget(body)
        self.add_folder_and_passphrase(
            folder, self.tr("Folder"), self.tr("Write the result to"),
            self.tr("Choose the folder for the result first."), self.tr("Sign and export"))
        self.resize(620, 320)
