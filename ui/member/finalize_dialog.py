"""Finalize: what is still missing (grouped by application, Enter or double-click to go
there), what is being signed (per application: total, recusal, failed gates, the rubric's
status), then sign and export the sheet and say what to do with the three files."""

from pathlib import Path

from PySide6.QtCore import QSize, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.errors import EvaluatorError
from evaluator_app.scoring import Missing
from evaluator_app.trust.sheet import SheetFiles, remove_sheet_files, write_sheet_files
from evaluator_app.trust.workspace_identity import signing_identity_file, unlock_for_signing
from ui.member.controller import SessionController
from ui.screen_fit import fit_to_screen
from ui.texts import application_status, describe_error, describe_missing, rubric_status
from ui.workers import run_in_background


class FinalizeDialog(QDialog):
    jump = Signal(str, str)  # application id, entry id
    exported = Signal(object)  # SheetFiles

    def __init__(self, controller: SessionController, last_folder: str = "",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.controller = controller
        self.last_folder = last_folder
        self.files: SheetFiles | None = None
        self.setWindowTitle(self.tr("Finalize and sign (평가결과 확정)"))
        layout = QVBoxLayout(self)
        missing = controller.checklist()
        head = QLabel(self.tr("Check what you are signing. Signing locks this revision; you can "
                              "revise it later with a reason.") if not missing else
                      self.tr("Still missing (Enter or double-click to go there):"))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.items = QTreeWidget()  # what is missing, one branch per application
        self.items.setHeaderHidden(True)
        self.items.setAccessibleName(self.tr("Still missing"))
        self._fill_missing(missing)
        self.items.itemActivated.connect(self._activated)
        self.items.setVisible(bool(missing))
        layout.addWidget(self.items, 1)
        self.summary = QTreeWidget()  # what is being signed
        self.summary.setRootIsDecorated(False)
        self.summary.setAccessibleName(self.tr("What you are signing"))
        self.summary.setHeaderLabels([self.tr("No."), self.tr("Applicant"), self.tr("Total"),
                                      self.tr("Status")])
        self.summary.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        rubrics: dict[str, str] = {}
        for row in controller.summary():
            total = row.total if row.status != "conflict" else "—"
            item = QTreeWidgetItem([row.id, row.applicant, total,
                                    application_status(row.status, row.failed_gates)])
            item.setTextAlignment(2, Qt.AlignmentFlag.AlignRight)
            self.summary.addTopLevelItem(item)
            rubrics[row.rubric.content_hash] = (f"{row.rubric.title_ko}: "
                                                f"{rubric_status(row.rubric.status)}")
        header = self.summary.header()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        self.summary.setVisible(not missing)
        layout.addWidget(self.summary, 1)
        self.rubric_note = QLabel("\n".join(self.tr("Rubric: %1").replace("%1", text)
                                            for text in rubrics.values()))
        self.rubric_note.setWordWrap(True)
        self.rubric_note.setVisible(not missing)
        layout.addWidget(self.rubric_note)
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
        self.open_folder = QPushButton(self.tr("Open folder"))
        self.open_folder.clicked.connect(lambda: self._open(self.files.json.parent)
                                         if self.files else None)
        self.open_pdf = QPushButton(self.tr("View PDF"))
        self.open_pdf.clicked.connect(lambda: self._open(self.files.pdf) if self.files else None)
        for button in (self.open_folder, self.open_pdf):
            button.setVisible(False)
            row.addWidget(button)
        self.sign = QPushButton(self.tr("Sign and export…"))
        self.sign.setEnabled(not missing and controller.identity is not None)
        self.sign.clicked.connect(self._choose_folder)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        row.addStretch(1)
        row.addWidget(self.sign)
        row.addWidget(close)
        layout.addLayout(row)
        fit_to_screen(self, QSize(680, 460))
        if not missing:  # the keyboard is where signing goes on: the passphrase, or the button
            (self.passphrase if self.needs_passphrase else self.sign).setFocus()

    def _fill_missing(self, missing: list[tuple[str, Missing]]) -> None:
        groups: dict[str, list[Missing]] = {}
        for app_id, m in missing:
            groups.setdefault(app_id, []).append(m)
        applicants = {r.id: r.applicant for r in self.controller.rows()}
        for app_id, entries in groups.items():
            if app_id:
                title = self.tr("%1 %2 — %n item(s) missing", "", len(entries)).replace(
                    "%1", app_id).replace("%2", applicants.get(app_id, ""))
            else:
                title = self.tr("Before scoring")
            branch = QTreeWidgetItem([title])
            branch.setData(0, Qt.ItemDataRole.UserRole, (app_id, entries[0].entry_id))
            for m in entries:
                name = self._entry_name(app_id, m)
                text = f"{name}: {describe_missing(m)}" if name else describe_missing(m)
                leaf = QTreeWidgetItem([text])
                leaf.setData(0, Qt.ItemDataRole.UserRole, (app_id, m.entry_id))
                branch.addChild(leaf)
            self.items.addTopLevelItem(branch)
            branch.setExpanded(True)
        if self.items.topLevelItemCount():
            self.items.setCurrentItem(self.items.topLevelItem(0))

    def _entry_name(self, app_id: str, m: Missing) -> str:
        """The rubric's Korean name of what is missing; the opinion, the declaration and the
        pledge are named by the description itself (never a raw id such as `opinion`)."""
        if m.code in ("opinion", "opinion-short", "coi", "pledge"):
            return ""
        return self.controller.entry_label(app_id, m.entry_id)

    def _activated(self, item: QTreeWidgetItem, _column: int = 0) -> None:
        app_id, entry_id = item.data(0, Qt.ItemDataRole.UserRole)
        if app_id:
            self.jump.emit(app_id, entry_id)
            self.accept()

    def _open(self, path: Path) -> None:
        QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

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
            try:
                self.controller.lock(files)
            except EvaluatorError as e:  # e.g. a read-only workspace: not exported after all
                remove_sheet_files(files)
                failed(describe_error(e))
                return
            self.files = files
            self.result.setText(
                self.tr("Signed and exported:") + f"\n{files.json.name}\n{files.signature.name}"
                f"\n{files.pdf.name}\n" + self.tr("in %1").replace("%1", str(files.json.parent))
                + "\n\n" + self.tr("Next: hand these three files to the secretariat (간사) or the "
                                    "chair (위원장) on the USB stick, or as the session's "
                                    "instructions say."))
            self.sign.setVisible(False)
            for button in (self.open_folder, self.open_pdf):
                button.setVisible(True)
            self.open_folder.setFocus()
            self.exported.emit(files)

        def failed(message: str) -> None:
            self.result.setText(message)
            self.sign.setEnabled(True)
            if self.needs_passphrase:
                self.passphrase.setFocus()

        run_in_background(work, done, failed)
