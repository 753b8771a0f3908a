"""The lower half every signing dialog shares: where the files go, and the identity file's
passphrase asked again (the key unlocked at start-up may have sat in an unattended laptop)."""

from pathlib import Path

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class SigningDialog(QDialog):
    """A dialog whose subclass adds what is being signed on top (`self.layout_`), then calls
    `add_folder_and_passphrase`; OK is refused until a folder and the passphrase are given."""

    def __init__(self, identity_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.identity_file = identity_file
        self.layout_ = QVBoxLayout(self)
        self._missing_folder = ""
        self._browse_title = ""

    def add_folder_and_passphrase(self, folder: str, folder_label: str, browse_title: str,
                                  missing_folder: str, ok_text: str) -> None:
        self._missing_folder, self._browse_title = missing_folder, browse_title
        form = QFormLayout()
        self.folder = QLineEdit(folder)
        self.folder.setAccessibleName(folder_label)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._browse)
        row = QHBoxLayout()
        row.addWidget(self.folder, 1)
        row.addWidget(browse)
        form.addRow(folder_label, row)
        self.passphrase = QLineEdit()
        self.passphrase.setEchoMode(QLineEdit.EchoMode.Password)
        self.passphrase.setAccessibleName(self.tr("Passphrase of your identity file"))
        if self.identity_file is not None:
            label = QLabel(self.tr("Passphrase of %1").replace("%1", self.identity_file.name))
            label.setToolTip(str(self.identity_file))
            form.addRow(label, self.passphrase)
        else:
            self.passphrase.hide()
        self.layout_.addLayout(form)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.layout_.addWidget(self.message)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(ok_text)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.layout_.addWidget(buttons)
        # The keyboard on what is still to give: the folder, else the passphrase, else the
        # button (Enter signs); it opened on the folder's field, with the folder already there.
        ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        (self.folder if not folder.strip() else
         self.passphrase if self.identity_file is not None else ok).setFocus()

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self._browse_title, self.folder.text())
        if folder:
            self.folder.setText(folder)

    def accept(self) -> None:
        if not self.folder.text().strip():
            self.message.setText(self._missing_folder)
            return
        if self.identity_file is not None and not self.passphrase.text():
            self.message.setText(self.tr("Enter the passphrase of your identity file first."))
            self.passphrase.setFocus()
            return
        super().accept()
