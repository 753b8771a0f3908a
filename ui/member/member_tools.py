"""The member's tools in the Evaluation menu, each a core function the CLI also has: the
overview grid (`score overview`), the sheet preview (`sheet preview`), the offline form
(`form export|import`), moving the session to another laptop (`workspace export`) and backing
up the identity (`identity backup`).

Files are read and written off the GUI thread, each job on a workspace connection of its own
(the window's connection belongs to the GUI thread); what a job wrote reaches the window as a
change made elsewhere (controller.changed_elsewhere)."""

import tempfile
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices, QKeySequence
from PySide6.QtWidgets import QFileDialog, QMenu, QMessageBox

from evaluator_app.errors import EvaluatorError, FileInUseError
from evaluator_app.workspace import Workspace
from ui.texts import describe_error
from ui.workers import run_in_background

if TYPE_CHECKING:
    from ui.member.controller import SessionController

# Translated by context, not with self.tr: given a count, PySide's tr looks in the window's own
# context only (MainWindow), never in this mixin's, and the text stayed English.
STILL_MISSING = QT_TRANSLATE_NOOP(
    "MemberToolsMixin", "%n thing(s) still missing: the preview shows the sheet once everything "
    "is filled in (Evaluation > Finalize lists what is missing, and the overview shows where).")


def write_preview(write: Callable[[Path], Path], out: Path) -> Path:
    """The preview at `out` or, while a PDF viewer still holds the last one (Windows refuses
    to replace it), beside it as NAME-2.pdf, NAME-3.pdf…: a preview is a throwaway, not worth
    asking the member to close the viewer."""
    names = [out, *(out.with_name(f"{out.stem}-{n}{out.suffix}") for n in range(2, 10))]
    for path in names[:-1]:
        with suppress(FileInUseError):
            return write(path)
    return write(names[-1])  # nine viewers open: say so


class MemberToolsMixin:
    """For MainWindow (`self.controller`, `self.settings`, `self.panel`, `self.jump_to`)."""

    controller: "SessionController"
    last_preview: Path | None = None
    last_form: Path | None = None
    last_move: Path | None = None
    last_identity_backup: Path | None = None

    def _tool_actions(self, menu: QMenu) -> None:
        for text, keys, slot in (
                (self.tr("O&verview of all applications…"), "Ctrl+Shift+O",
                 self.show_overview),
                (self.tr("Previe&w my score sheet (PDF, not signed)…"), "", self.preview_sheet),
                (None, "", None),
                (self.tr("E&xport the offline form (Excel)…"), "", self.export_form_dialog),
                (self.tr("I&mport a filled form…"), "", self.import_form_dialog),
                (None, "", None),
                (self.tr("Move this session to another &laptop…"), "", self.export_move_dialog),
                (self.tr("Back up my &identity to a file…"), "", self.backup_identity_dialog)):
            if text is None:
                menu.addSeparator()
                continue
            action = menu.addAction(text)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)

    def _folder(self) -> str:
        return str(self.settings.value("last_folder", ""))  # type: ignore[attr-defined]

    def _tool_failed(self, title: str, message: str) -> None:
        QMessageBox.warning(self, title, message)  # type: ignore[arg-type]

    # ---- overview --------------------------------------------------------------------------

    def show_overview(self) -> None:
        from evaluator_app.workspace.overview import session_overview
        from ui.member.overview_dialog import OverviewDialog

        self.panel.flush()  # type: ignore[attr-defined]
        dialog = OverviewDialog(session_overview(self.controller.ws,
                                                 self.controller.session_id), self)
        dialog.jump.connect(self._jump_from_overview)
        self.overview_dialog = dialog
        dialog.exec()

    def _jump_from_overview(self, app_id: str, entry_id: str) -> None:
        if entry_id:
            self.jump_to(app_id, entry_id)  # type: ignore[attr-defined]
        else:
            self.select_application(app_id)  # type: ignore[attr-defined]

    # ---- preview ---------------------------------------------------------------------------

    def preview_sheet(self) -> None:
        """Write the sheet as signing would, stamped 미리보기, and open it: nothing signed,
        locked or recorded."""
        from evaluator_app.reports.sheet_preview import write_preview_pdf

        title = self.tr("Preview my score sheet")
        self.panel.flush()  # type: ignore[attr-defined]
        if self.controller.identity is None:
            return
        missing = self.controller.checklist()
        if missing:
            self._tool_failed(title, QCoreApplication.translate(
                "MemberToolsMixin", STILL_MISSING, "", len(missing)))
            return
        try:
            prepared = self.controller.prepare_sheet()
        except EvaluatorError as e:
            self._tool_failed(title, describe_error(e))
            return
        out = Path(tempfile.gettempdir()) / "evaluation-desk" / (
            f"{self.controller.session_id}-preview.pdf")

        def done(path: Path) -> None:
            self.last_preview = path
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))

        run_in_background(lambda progress: write_preview(
            lambda path: write_preview_pdf(prepared.sheet, prepared.rubrics, path), out),
                          done, lambda message: self._tool_failed(title, message))

    # ---- the offline form ------------------------------------------------------------------

    def export_form_dialog(self) -> None:
        name = f"{self.controller.session_id}-form.xlsx"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the offline form"), str(Path(self._folder()) / name),
            self.tr("Excel form (*.xlsx);;CSV (*.csv)"))
        if path:
            self.export_form_to(Path(path))

    def export_form_to(self, out: Path) -> None:
        from evaluator_app.form import export_form

        where, sid, title = self.controller.ws.path, self.controller.session_id, self.tr(
            "Export the offline form")

        def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
            with Workspace(where) as ws:
                export_form(ws, sid, out)
            return out

        def done(path: Path) -> None:
            self.last_form = path
            self.statusBar().showMessage(  # type: ignore[attr-defined]
                self.tr("Form written: %1").replace("%1", str(path)), 10_000)

        run_in_background(work, done, lambda message: self._tool_failed(title, message))

    def import_form_dialog(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import a filled form"), self._folder(),
            self.tr("Filled form (*.xlsx *.csv)"))
        if path:
            self.import_form_from(Path(path))

    def import_form_from(self, path: Path) -> None:
        """Every row checked, then all applied in one transaction, or nothing."""
        from evaluator_app.form import import_form

        self.panel.flush()  # type: ignore[attr-defined]
        where, title = self.controller.ws.path, self.tr("Import a filled form")

        def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
            with Workspace(where) as ws:
                return import_form(ws, path)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.controller.check_external_changes()  # the window shows what is stored now
            QMessageBox.information(self, title, self.tr(  # type: ignore[arg-type]
                "%1 change(s) from %2 row(s) were saved.").replace(
                "%1", str(result.changes)).replace("%2", str(result.rows)))

        run_in_background(work, done, lambda message: self._tool_failed(title, message))

    # ---- moving laptops --------------------------------------------------------------------

    def export_move_dialog(self) -> None:
        from evaluator_app.workspace.moving import default_name

        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Move this session to another laptop"),
            str(Path(self._folder()) / default_name(self.controller.session_id)),
            self.tr("Moved session (*.evm)"))
        if path:
            self.export_move_to(Path(path))

    def export_move_to(self, out: Path) -> None:
        """The session, its audit log and its bundle, encrypted to the member's own card."""
        from evaluator_app.workspace.moving import export_session

        identity = self.controller.identity
        if identity is None:
            return
        self.panel.flush()  # type: ignore[attr-defined]
        where, sid, card = self.controller.ws.path, self.controller.session_id, identity.card
        title = self.tr("Move this session to another laptop")

        def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
            with Workspace(where) as ws:
                return export_session(ws, sid, card.recipient(), card.fingerprint, out)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            self.last_move = result.path
            QMessageBox.information(self, title, self.tr(  # type: ignore[arg-type]
                "Written: %1\n\nOnly your identity opens it. On the other laptop, use the same "
                "identity (your identity file) and choose \"Continue a session moved from "
                "another laptop\". Go on scoring there only: changes made on both laptops "
                "cannot be joined.").replace("%1", str(result.path)))

        run_in_background(work, done, lambda message: self._tool_failed(title, message))

    # ---- backing up the identity -----------------------------------------------------------

    def backup_identity_dialog(self) -> None:
        from ui.widgets.identity_backup import back_up_identity

        if self.controller.identity is not None:
            back_up_identity(self, self.controller.identity, self._folder(),  # type: ignore[arg-type]
                             self._backed_up)

    def backup_identity_to(self, out: Path, passphrase: str) -> None:
        """The member's keys into a passphrase-protected file, read back (two scrypt runs, off
        the GUI thread)."""
        from ui.widgets.identity_backup import write_backup

        if self.controller.identity is not None:
            write_backup(self, self.controller.identity, out, passphrase,  # type: ignore[arg-type]
                         self._backed_up)

    def _backed_up(self, out: Path) -> None:
        self.last_identity_backup = out
