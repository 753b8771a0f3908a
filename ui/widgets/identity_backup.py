"""Back up my identity: the keys (kept in the OS keyring, which lives and dies with the laptop,
or in an identity file) copied into a new passphrase-protected identity file — the core's
`write_identity_backup`, as `evaluator identity backup` does it. The two scrypt runs (write,
read back) go to the worker; the dialog only asks where and with which passphrase. From the
member's window and from the home window (chair and secretariat too)."""

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.portable_names import portable_name
from ui.widgets.new_passphrase import NewPassphrase
from ui.workers import run_in_background

if TYPE_CHECKING:
    from evaluator_app.trust.identity import Identity


class IdentityBackupDialog(QDialog):
    """Where the backup goes and its passphrase (twice); OK only once both are usable."""

    def __init__(self, suggested: Path, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Back up my identity"))
        self.setMinimumWidth(520)  # the whole path in view
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Your secret keys are copied into a passphrase-protected file. With it, this "
            "identity opens on another laptop (or on this one after a reinstall): keep the "
            "file and its passphrase apart — whoever has both can sign as you."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        self.path = QLineEdit(str(suggested))
        self.path.setAccessibleName(self.tr("Backup file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose)
        row = QHBoxLayout()
        row.addWidget(self.path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Backup file"), row)
        self.new_passphrase = NewPassphrase(form)
        self.passphrase, self.passphrase2 = self.new_passphrase.first, self.new_passphrase.second
        self.rule = self.new_passphrase.rule
        self.new_passphrase.changed.connect(self._check)
        layout.addLayout(form)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Back up"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.path.textChanged.connect(self._check)
        self._check()

    def _choose(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Backup file"), self.path.text(),
                                              self.tr("Identity file (*.age)"))
        if path:
            self.path.setText(path)

    def _check(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            self.new_passphrase.usable and bool(self.path.text().strip()))

    def chosen(self) -> tuple[Path, str]:
        return Path(self.path.text().strip()), self.passphrase.text()


def suggested_path(identity: "Identity", folder: str) -> Path:
    # a member's name may hold "/" or ":" (and "홍길동." ends in a dot Windows drops)
    return Path(folder or Path.home()) / portable_name(f"{identity.card.name}-identity", ".age")


def write_backup(parent: QWidget, identity: "Identity", out: Path, passphrase: str,
                 done: Callable[[Path], None] | None = None) -> None:
    """Write and read back the backup in the worker; say where it is, or what went wrong."""
    from evaluator_app.trust.workspace_identity import write_identity_backup

    title = QCoreApplication.translate("IdentityBackupDialog", "Back up my identity")

    def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
        return write_identity_backup(identity, out, passphrase)

    def written(card) -> None:  # type: ignore[no-untyped-def]
        QMessageBox.information(parent, title, QCoreApplication.translate(
            "IdentityBackupDialog", "Written: %1\n\nIt holds your identity %2 and opened again "
            "with its passphrase. Keep the file and the passphrase apart.").replace(
            "%1", str(out)).replace("%2", card.fingerprint))
        if done is not None:
            done(out)

    run_in_background(work, written, lambda message: QMessageBox.warning(parent, title, message))


def back_up_identity(parent: QWidget, identity: "Identity", folder: str,
                     done: Callable[[Path], None] | None = None) -> None:
    """The dialog, then the backup written in the worker."""
    dialog = IdentityBackupDialog(suggested_path(identity, folder), parent)
    if dialog.exec():
        write_backup(parent, identity, *dialog.chosen(), done)
