"""A member's presentation mode (발표 모드, View > F9): the applicant's slides beside the rubric,
private notes for the questions and answers, scoring right after the talk, and "hand in this
applicant": a partial sheet signed with the applications scored so far, for the USB stick,
while the session stays open (a later hand-in or the full sheet supersedes it).

Kept apart from main_window.py on purpose: the main window only adds the menu action, and
imports this module when the member first opens presentation mode (`open_presentation`). The
sheet is read on the GUI thread (it owns the database), signed and written in the worker pool,
and the hand-in recorded back on the GUI thread.
"""

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.errors import EvaluatorError
from evaluator_app.trust.sheet import (
    SheetFiles,
    prepare_sheet,
    remove_sheet_files,
    write_sheet_files,
)
from evaluator_app.trust.workspace_identity import signing_identity_file, unlock_for_signing
from evaluator_app.workspace.backup import after_signing
from evaluator_app.workspace.infos import DocumentInfo
from ui.member.controller import SessionController
from ui.member.document_view import decrypt_documents
from ui.member.pane_focus import document_stops, link_tab_stops, rubric_stops
from ui.member.pdf_pane import PdfPane
from ui.member.rubric_panel import RationaleEdit, RubricPanel
from ui.member.shortcuts import PRESENTATION_SHORTCUTS
from ui.texts import describe_error, describe_missing, shortcut_table
from ui.widgets.focus_frame import frame_focus_in
from ui.widgets.signing_dialog import SigningDialog
from ui.workers import run_in_background


def presentation_documents(documents: list[DocumentInfo]) -> list[DocumentInfo]:
    """The slides (발표자료) the member may read; the plan when there are none."""
    readable = [d for d in documents if d.readable]
    return [d for d in readable if d.kind == "slides"] or readable


def open_presentation(main: QMainWindow) -> "PresentationWindow":
    """Open presentation mode on the main window's application; the main window waits hidden
    and shows what was scored when presentation mode closes."""
    main.panel.flush()  # type: ignore[attr-defined]
    main.notes.flush()  # type: ignore[attr-defined]
    window = PresentationWindow(main.controller, main.current,  # type: ignore[attr-defined]
                                main.settings)  # type: ignore[attr-defined]

    def back(app_id: str) -> None:
        main.show()
        main.activateWindow()  # the keyboard where it was before F9 (the window was hidden)
        if app_id and app_id != main.current:  # type: ignore[attr-defined]
            main.select_application(app_id)  # type: ignore[attr-defined]
        elif main.current:  # type: ignore[attr-defined]
            main.notes.set_text(main.controller.note(main.current))  # type: ignore[attr-defined]
            main._reload_current()  # type: ignore[attr-defined]
        main._update_locked()  # type: ignore[attr-defined]

    window.closed.connect(back)
    main.presentation = window  # type: ignore[attr-defined]
    window.setGeometry(main.geometry())
    window.show()
    window.activateWindow()
    main.hide()
    return window


class HandInDialog(SigningDialog):
    """What goes into the hand-in, where it is written, and the identity file's passphrase."""

    def __init__(self, included: list[str], left_out: str, identity_file: Path | None,
                 folder: str, parent: QWidget | None = None) -> None:
        super().__init__(identity_file, parent)
        self.setWindowTitle(self.tr("Hand in (제출)"))
        head = QLabel(self.tr("A partial sheet is signed with the %n application(s) scored so "
                              "far: ", "", len(included)) + ", ".join(included) + "\n"
                      + self.tr("Scoring stays open: a later hand-in or the full sheet "
                                "replaces this one."))
        head.setWordWrap(True)
        self.layout_.addWidget(head)
        if left_out:
            note = QLabel(left_out)
            note.setWordWrap(True)
            note.setStyleSheet("background: rgba(232, 163, 23, 80); padding: 6px;")
            self.layout_.addWidget(note)
        self.add_folder_and_passphrase(
            folder, self.tr("Folder (the USB stick)"), self.tr("Write the hand-in to"),
            self.tr("Choose the folder (the USB stick) first."), self.tr("Sign and hand in"))
        self.resize(560, 260)


class PresentationWindow(QMainWindow):
    documents_shown = Signal(str)  # application id
    handed_in = Signal(object)  # SheetFiles
    closed = Signal(str)  # the application shown last

    def __init__(self, controller: SessionController, app_id: str = "",
                 settings: QSettings | None = None) -> None:
        super().__init__()
        self.controller = controller
        self.settings = settings or QSettings()
        self.current = ""
        self.busy = False
        self.setWindowTitle(self.tr("Presentation mode (발표 모드)") + f" — {controller.title}")
        top = QHBoxLayout()
        self.picker = QComboBox()
        self.picker.setAccessibleName(self.tr("Applicant presenting"))
        for app in controller.ws.applications(controller.session_id):  # the session's order
            self.picker.addItem(f"{app.id} {app.applicant} — {app.title}", app.id)
        self.picker.currentIndexChanged.connect(
            lambda i: self.show_application(self.picker.itemData(i)))
        top.addWidget(QLabel(self.tr("Presenting:")))
        top.addWidget(self.picker, 1)
        self.state = QLabel()
        top.addWidget(self.state)
        self.hand_in_button = QPushButton(self.tr("Hand in this applicant (이 신청 제출)…"))
        self.hand_in_button.setToolTip(self.tr("Ctrl+Shift+H: sign a partial sheet with the "
                                               "applications scored so far, for the USB stick"))
        self.hand_in_button.clicked.connect(self.hand_in_dialog)
        top.addWidget(self.hand_in_button)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)

        card = controller.identity.card if controller.identity else None
        self.pdf = PdfPane(f"{card.name} · {card.fingerprint}" if card else "")
        self.panel = RubricPanel()
        self.panel.setMinimumWidth(340)
        self.panel.edited.connect(controller.save)
        self.notes = RationaleEdit(0, lambda text: controller.save_note(self.current, text),
                                   self.tr("Private notes"))
        self.notes.setFixedHeight(130)
        self.notes.setPlaceholderText(self.tr("Questions and answers: private notes that stay "
                                              "on this laptop, never in the score sheet"))
        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.panel, 1)
        rv.addWidget(QLabel(self.tr("Private notes (questions and answers)")))
        rv.addWidget(self.notes)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.pdf)
        self.splitter.addWidget(right)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        central = QWidget()
        layout = QVBoxLayout(central)
        layout.addLayout(top)
        layout.addWidget(self.message)
        layout.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        for keys, slot in (("Ctrl+Shift+H", self.hand_in_dialog), ("F9", self.close),
                           ("Escape", self.close),
                           ("Alt+Down", lambda: self.step(1)), ("Alt+Up", lambda: self.step(-1)),
                           ("F8", lambda: self.panel.step_item(1)),
                           ("Shift+F8", lambda: self.panel.step_item(-1)),
                           ("PgDown", lambda: self._page(1)), ("PgUp", lambda: self._page(-1)),
                           ("F6", self._focus_slides), ("F7", self.focus_rubric),
                           ("Ctrl+F", self._find), ("Ctrl+S", self.save_now),
                           ("F1", self.show_shortcuts)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)
        controller.application_changed.connect(self._changed)
        frame_focus_in(self)
        self.resize(1366, 768)
        self.show_application(app_id or self.picker.itemData(0))
        self.focus_rubric()  # scoring right after the talk; the slides page on from anywhere

    # ---- the keyboard -----------------------------------------------------------------------

    def order_tab_stops(self) -> None:
        """Tab as the window reads: the applicant, hand in, the slides' controls, the rubric,
        the notes (the slides' controls were passed over, the notes came before the rubric)."""
        link_tab_stops([self.picker, self.hand_in_button, *document_stops(self.pdf),
                        *rubric_stops(self.panel), self.notes])

    def focus_rubric(self) -> None:
        """F7: the rubric's first open entry; the applicant's choice when there is no form (a
        recused applicant)."""
        if self.panel.scoring_visible():
            self.panel.focus_first_open()
        else:
            self.picker.setFocus()

    def _focus_slides(self) -> None:
        view = self.pdf.current_view()
        if view is not None:
            view.view.setFocus()

    def _find(self) -> None:
        view = self.pdf.current_view()
        if view is not None:
            view.find_field.setFocus()
            view.find_field.selectAll()

    def save_now(self) -> None:
        self.panel.flush()
        self.notes.flush()

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcut_table(
            [(keys, self.tr(what)) for keys, what in PRESENTATION_SHORTCUTS]))

    # ---- the applicant ----------------------------------------------------------------------

    def step(self, delta: int) -> None:
        self.picker.setCurrentIndex(max(0, min(self.picker.count() - 1,
                                               self.picker.currentIndex() + delta)))

    def show_application(self, app_id: str) -> None:
        if not app_id or app_id == self.current:
            return
        self.panel.flush()
        self.notes.flush()
        self.current = app_id
        self.picker.blockSignals(True)
        self.picker.setCurrentIndex(self.picker.findData(app_id))
        self.picker.blockSignals(False)
        c = self.controller
        self.notes.set_text(c.note(app_id))
        self.panel.load(app_id, c.rubric(app_id), c.entries(app_id), c.evaluation(app_id))
        self.order_tab_stops()
        self._update_state()
        self._load_slides(app_id)

    def _changed(self, app_id: str) -> None:
        if app_id == self.current:
            self.panel.show_evaluation(self.controller.evaluation(app_id))
            self._update_state()

    def _update_state(self) -> None:
        locked = self.controller.is_locked()
        self.panel.setEnabled(not locked)
        ev = self.controller.evaluation(self.current)
        self.state.setText({"complete": self.tr("scored"), "conflict": self.tr("recused"),
                            "not-started": self.tr("not scored yet")}.get(
            ev.status, self.tr("in progress")))
        self.hand_in_button.setEnabled(not locked and not self.busy
                                       and self.controller.identity is not None)
        if locked:
            self.hand_in_button.setToolTip(self.tr("The sheet is signed and locked."))

    def _load_slides(self, app_id: str) -> None:
        c = self.controller
        if c.entries(app_id).conflict is not None:
            self.pdf.show_message(self.tr("Recused (회피): you declared a conflict of interest "
                                          "for this application."))
            return
        docs = presentation_documents(c.documents(app_id))
        if not c.has_bundle or not docs:
            self.pdf.show_message(self.tr("No document to show for this application."))
            return
        self.pdf.show_message(self.tr("Decrypting the documents…"))
        bundle = c.bundle_opener()  # (opened in the worker if the main window has not yet)

        def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
            opened = bundle()
            return opened, decrypt_documents(opened, docs)

        def done(result) -> None:  # type: ignore[no-untyped-def]
            opened, documents = result
            c.adopt_bundle(opened)
            if self.current == app_id:
                self.pdf.show_documents(documents)
                self.order_tab_stops()
                self.documents_shown.emit(app_id)

        run_in_background(work, done, self.pdf.show_message)

    def _page(self, delta: int) -> None:
        view = self.pdf.current_view()
        if view is not None:
            view.next_page() if delta > 0 else view.previous_page()

    # ---- hand-in ----------------------------------------------------------------------------

    def included(self) -> tuple[list[str], str]:
        """The applications a hand-in now carries, and a note on the current one if it is
        left out (not complete yet: what is missing)."""
        c = self.controller
        included, left_out = [], ""
        for row in c.rows():
            ev = c.evaluation(row.id)
            if ev.status == "complete":
                included.append(row.id)
            elif row.id == self.current and ev.status != "conflict":
                missing = "; ".join(describe_missing(m) for m in ev.missing[:3])
                left_out = self.tr("%1 is not complete yet and is not in this hand-in: %2")\
                    .replace("%1", row.id).replace("%2", missing)
        return sorted(included), left_out

    def hand_in_dialog(self) -> None:
        if not self.hand_in_button.isEnabled():
            return
        self.panel.flush()
        self.notes.flush()
        included, left_out = self.included()
        if not included:
            self.message.setText(self.tr("No application is completely scored yet: score this "
                                         "one first."))
            return
        dialog = HandInDialog(included, left_out, signing_identity_file(self.controller.ws),
                              str(self.settings.value("last_folder", "")), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.hand_in_to(Path(dialog.folder.text()), dialog.passphrase.text())

    def hand_in_to(self, folder: Path, passphrase: str = "") -> None:
        """Read the partial sheet here, sign and write it off-thread, record the hand-in."""
        c = self.controller
        if c.identity is None or self.busy:
            return
        self.panel.flush()
        try:
            prepared = prepare_sheet(c.ws, c.session_id, c.identity, partial=True)
        except EvaluatorError as e:
            self.message.setText(describe_error(e))
            return
        identity, identity_file = c.identity, signing_identity_file(c.ws)
        self.busy = True
        self._update_state()
        self.message.setText(self.tr("Signing the hand-in…"))

        def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
            signer = (unlock_for_signing(identity_file, identity, passphrase)
                      if identity_file is not None else identity)
            return write_sheet_files(prepared, signer, folder)

        def done(files: SheetFiles) -> None:
            sheet = prepared.sheet
            try:
                c.ws.record_partial(c.session_id, sheet["partial"], files.sha256,
                                    [a["id"] for a in sheet["applications"]])
            except EvaluatorError as e:  # not recorded: the hand-in did not happen
                remove_sheet_files(files)
                failed(describe_error(e))
                return
            after_signing(c.ws, files.json)  # the automatic copy a damaged disk falls back on
            self.busy = False
            self._update_state()
            self.settings.setValue("last_folder", str(folder))
            self.message.setText(
                self.tr("Handed in (hand-in %1): %2 in %3. Give the stick to the secretariat "
                        "(간사); you can go on scoring.").replace("%1", str(sheet["partial"]))
                .replace("%2", files.json.name).replace("%3", str(folder)))
            self.message.setStyleSheet("background: rgba(46, 158, 79, 60); padding: 6px;")
            self.handed_in.emit(files)

        def failed(message: str) -> None:
            self.busy = False
            self._update_state()
            self.message.setText(message)
            self.message.setStyleSheet("background: rgba(192, 57, 43, 80); padding: 6px;")

        run_in_background(work, done, failed)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        self.notes.flush()
        app_id, self.current = self.current, ""  # documents and edits arriving are dropped
        super().closeEvent(event)
        self.closed.emit(app_id)
