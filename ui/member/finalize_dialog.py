"""Finalize: what is still missing (click to jump there), then sign and export the sheet."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.trust.sheet import SheetFiles, write_sheet_files
from evaluator_app.trust.workspace_identity import signing_identity_file, unlock_for_signing
from ui.member.controller import SessionController
from ui.texts import describe_missing
from ui.workers import run_in_background


class FinalizeDialog(QDialog):
    jump = Signal(str, str)  # application id, entry id
    exported = Signal(object)  # SheetFiles

    def __init__(self, controller: SessionController, last_folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.last_folder = last_folder
        self.setWindowTitle(self.tr("Finalize and sign (평가결과 확정)"))
        layout = QVBoxLayout(self)
        missing = controller.checklist()
        head = QLabel(self.tr("Everything is complete. Signing locks this revision; you can "
                              "revise it later with a reason.") if not missing else
                      self.tr("Still missing (double-click to go there):"))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.items = QListWidget()
        for app_id, m in missing:
            item = QListWidgetItem(f"{app_id} {m.entry_id}: {describe_missing(m)}".strip())
            item.setData(Qt.ItemDataRole.UserRole, (app_id, m.entry_id))
            self.items.addItem(item)
        self.items.itemActivated.connect(self._activated)
        self.items.setVisible(bool(missing))
        layout.addWidget(self.items, 1)
        # A file identity confirms the signature with its passphrase (a keyring one does not).
        self.identity_file = signing_identity_file(controller.ws)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setPlaceholderText(self.tr("Passphrase of your identity file"))
        self.passphrase.setAccessibleName(self.tr("Passphrase of your identity file"))
        self.needs_passphrase = self.identity_file is not None
        self.passphrase.setVisible(self.needs_passphrase and not missing)
        self.passphrase.returnPressed.connect(self._choose_folder)
        passphrase_label = QLabel(self.tr("To sign, enter the passphrase of your identity file "
                                          "(%1):").replace("%1", str(self.identity_file)))
        passphrase_label.setWordWrap(True)
        passphrase_label.setBuddy(self.passphrase)
        passphrase_label.setVisible(self.needs_passphrase and not missing)
        layout.addWidget(passphrase_label)
        layout.addWidget(self.passphrase)
        self.result = QLabel()
        self.result.setWordWrap(True)
        self.result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.result)
        row = QHBoxLayout()
        self.sign = QPushButton(self.tr("Sign and export…"))
        self.sign.setEnabled(not missing and controller.identity is not None)
        self.sign.clicked.connect(self._choose_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(self.sign)
        row.addWidget(close)
        layout.addLayout(row)
        self.resize(620, 420)

    def _activated(self, item: QListWidgetItem) -> None:
        app_id, entry_id = item.data(Qt.ItemDataRole.UserRole)
        if app_id:
            self.jump.emit(app_id, entry_id)
            self.accept()

    def _choose_folder(self) -> None:
        if not self.sign.isEnabled():
            return
        if self.needs_passphrase and not self.passphrase.text():
            self.result.setText(self.tr("Enter the passphrase of your identity file first."))
            self.passphrase.setFocus()
            return
        folder = QFileDialog.getExistingDirectory(self, self.tr("Export the signed sheet to"),
                                                  self.last_folder)
        if folder:
            self.export_to(Path(folder))

    def export_to(self, folder: Path) -> None:
        """Read the sheet here (GUI thread owns the database), sign and write it off-thread."""
        prepared = self.controller.prepare_sheet()
        identity = self.controller.identity
        assert identity is not None
        identity_file, passphrase = self.identity_file, self.passphrase.text()
        self.passphrase.clear()
        self.sign.setEnabled(False)
        self.result.setText(self.tr("Signing and writing the sheet…"))

        def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
            signer = (unlock_for_signing(identity_file, identity, passphrase)
                      if identity_file is not None else identity)
            return write_sheet_files(prepared, signer, folder)

        def done(files: SheetFiles) -> None:
            self.controller.lock(files)
            self.result.setText(self.tr("Signed and exported:") + f"\n{files.json}\n"
                                f"{files.signature}\n{files.pdf}")
            self.exported.emit(files)

        def failed(message: str) -> None:
            self.result.setText(message)
            self.sign.setEnabled(True)
            if self.needs_passphrase:
                self.passphrase.setFocus()

        run_in_background(work, done, failed)
