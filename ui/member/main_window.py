"""The member's main window: application list | documents | rubric panel.

What only a menu or a shortcut opens (conflicts, finalize and sign, printing, presentation
mode) is imported when it is first used: the window opens without loading it.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    QSettings,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QActionGroup,
    QCloseEvent,
    QKeySequence,
    QPaintEvent,
    QShortcut,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from evaluator_app import __version__
from evaluator_app.errors import EvaluatorError
from evaluator_app.workspace import Change
from evaluator_app.workspace.records import Highlight
from ui.i18n import chosen_language
from ui.member.controller import SessionController
from ui.member.document_actions import DocumentActionsMixin
from ui.member.highlight_list import HighlightList
from ui.member.member_tools import MemberToolsMixin
from ui.member.models import ApplicationFilter, ApplicationTableModel
from ui.member.navigation import NavigationMixin
from ui.member.pane_focus import PaneFocusMixin
from ui.member.pdf_pane import PdfPane
from ui.member.rubric_panel import RationaleEdit, RubricPanel
from ui.member.shortcuts import SHORTCUTS
from ui.paths import log_file
from ui.screen_fit import fit_to_screen, keep_on_screen
from ui.texts import describe_error, shortcut_table
from ui.widgets.enter_keys import ask_reason
from ui.widgets.focus_frame import QuietSelection, frame_focus_in
from ui.workers import run_in_background

if TYPE_CHECKING:
    from PySide6.QtPrintSupport import QPrinter


LIST_MIN_WIDTH = 220
LARGE_LIST_WIDTH = 440  # the list with larger text: applicant names stay whole
FIRST_FRAME_WAIT_MS = 500  # open the first application by then even if nothing was painted
RUBRIC_MIN_WIDTH = 320


class MainWindow(QMainWindow, PaneFocusMixin, DocumentActionsMixin, MemberToolsMixin,
                 NavigationMixin):
    documents_shown = Signal(str)  # application id, once its documents are on screen
    open_requested = Signal()  # the member wants another bundle or session

    def __init__(self, controller: SessionController, settings: QSettings | None = None,
                 restore_layout: bool = True, open_first: bool = True) -> None:
        super().__init__()
        self.controller = controller
        self.settings = settings or QSettings()
        self.current = ""
        self.setWindowTitle(self.tr("Evaluation Desk") + f" — {controller.title}")

        self.model = ApplicationTableModel(controller.rows(), self)
        self.proxy = ApplicationFilter(self)
        self.proxy.setSourceModel(self.model)
        self.status_filter = QComboBox()
        self.status_filter.setAccessibleName(self.tr("Show"))
        for text, value in ((self.tr("All applications"), None),
                            (self.tr("Still to do"), "not-started|in-progress"),
                            (self.tr("Complete"), "complete"),
                            (self.tr("Recused (회피)"), "conflict")):
            self.status_filter.addItem(text, value)
        self.status_filter.currentIndexChanged.connect(
            lambda i: self.proxy.set_status(self.status_filter.itemData(i)))
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search applications (Ctrl+L)"))
        self.search.setAccessibleName(self.tr("Search applications"))
        self.search.textChanged.connect(self.proxy.setFilterFixedString)
        self.table = QTableView()
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.table.horizontalHeader()
        header.setMinimumSectionSize(56)  # room for the status icon and "진행 중"
        header.setSortIndicator(-1, Qt.SortOrder.AscendingOrder)  # keep the member's order
        self.table.setSortingEnabled(True)
        self.table.verticalHeader().hide()
        # Larger text must not cut every applicant to "울산 …": the name wraps, its row grows.
        self.table.setWordWrap(True)
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        for column in (0, 3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Fixed)
        self.table.setAccessibleName(self.tr("Applications"))
        self.table.setAccessibleDescription(self.tr(
            "Up/Down: another application; Tab: on to the document"))
        # Tab leaves the list (it walked cell by cell and wrapped forever); arrows move by rows.
        self.table.setTabKeyNavigation(False)
        # the open application's row in full colour only while the list has the keyboard
        QuietSelection(self.table)
        self.table.installEventFilter(self)
        self.table.selectionModel().currentRowChanged.connect(self._row_changed)
        self.table.activated.connect(self._score_current)  # Enter: on to its first open entry
        self.progress = QLabel()
        self.notes = RationaleEdit(0, lambda text: controller.save_note(self.current, text),
                                   self.tr("Private notes"))
        self.notes.setPlaceholderText(self.tr("Private notes: stay on this laptop, never in "
                                              "the score sheet"))
        left = QWidget()
        left.setMinimumWidth(LIST_MIN_WIDTH)
        lv = QVBoxLayout(left)
        lv.addWidget(self.search)
        lv.addWidget(self.status_filter)
        lv.addWidget(self.table, 1)
        lv.addWidget(QLabel(self.tr("Private notes")))
        lv.addWidget(self.notes)
        self.highlight_list = HighlightList()
        self.highlight_list.setMaximumHeight(110)
        self.highlight_list.show_requested.connect(lambda h: self.pdf.show_highlight(h))
        self.highlight_list.delete_requested.connect(self._delete_highlight)
        lv.addWidget(QLabel(self.tr("Highlights")))
        lv.addWidget(self.highlight_list)
        lv.addWidget(self.progress)

        card = controller.identity.card if controller.identity else None
        mark = f"{card.name} · {card.fingerprint}" if card else ""
        self.pdf = PdfPane(mark)
        self.pdf.highlight_requested.connect(self._add_highlight)
        self.panel = RubricPanel()
        self.panel.setMinimumWidth(RUBRIC_MIN_WIDTH)  # score, range and rationale stay usable
        self.panel.edited.connect(self._save)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.panes = (left, self.pdf, self.panel)
        for widget in self.panes:
            self.splitter.addWidget(widget)
        for index, stretch in enumerate((0, 1, 0)):  # the document takes what is left
            self.splitter.setStretchFactor(index, stretch)
            self.splitter.setCollapsible(index, False)
        self.splitter.setSizes([360, 620, 460])
        self.locked_banner = QLabel()  # the signed state, in the window itself
        self.locked_banner.setWordWrap(True)
        self.locked_banner.setStyleSheet(
            "QLabel { background: #FFF4D6; color: #5C4400; border: 1px solid #E0C070; "
            "padding: 6px; font-weight: bold; }")
        self.locked_banner.setAccessibleName(self.tr("Signed"))
        central = QWidget()
        cv = QVBoxLayout(central)
        cv.setContentsMargins(0, 0, 0, 0)
        cv.setSpacing(0)
        cv.addWidget(self.locked_banner)
        cv.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.saved_label = QLabel()
        self.statusBar().addPermanentWidget(self.saved_label)
        controller.saved.connect(lambda t: self.saved_label.setText(self.tr("Saved") + f" {t}"))
        controller.save_failed.connect(self._save_failed)
        controller.application_changed.connect(self._refresh_application)
        controller.changed_elsewhere.connect(self._reload_all)
        self._actions()
        self._menus()
        frame_focus_in(self)  # a ring around whatever has the keyboard, here and in dialogs
        self._update_progress()
        self._update_locked()
        self.restore_layout = restore_layout
        self._open_first_pending = False
        if open_first:
            self.open_first_to_score()

    def open_first_after_first_frame(self) -> None:
        """Open the first application to score once the window has painted its first frame
        (the list and the panes), instead of before it is shown: its rubric panel, the bundle
        and the documents follow a moment later. At the latest after FIRST_FRAME_WAIT_MS, in case
        the window is not painted (started minimised)."""
        self._open_first_pending = True
        self.pdf.show_message(self.tr("Decrypting the documents…"))
        self.panel.show_blank()
        QTimer.singleShot(FIRST_FRAME_WAIT_MS, self._open_first_now)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self._open_first_pending:  # the first frame is on screen: fill it in right after
            QTimer.singleShot(0, self._open_first_now)

    def _open_first_now(self) -> None:
        if self._open_first_pending and self.isVisible():  # (not once closed)
            self._open_first_pending = False
            if not self.current:
                self.open_first_to_score()

    def place(self) -> None:
        """Open as the member left it (size, place, pane widths), kept on today's screen;
        the first time, sized from the available screen (a 1366×768 laptop, 200 % scaling)."""
        geometry = self.settings.value("main/geometry") if self.restore_layout else None
        if geometry is not None and self.restoreGeometry(geometry):
            keep_on_screen(self)
        else:
            fit_to_screen(self, QSize(1400, 900))
        self.place_panes()

    def place_panes(self) -> None:
        """Split the panes as the member left them (or to fit) once the window is shown."""
        self._split_state = self.settings.value("main/splitter") if self.restore_layout else None
        self._placed = True  # the panes are split once the window has its real width

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if getattr(self, "_placed", False):
            self._placed = False
            self.layout().setGeometry(self.rect())  # lay the panes out at the real width now
            self.centralWidget().layout().activate()
            state = self._split_state
            if state is None or not self.splitter.restoreState(state):
                self.split_panes(self.splitter.width())
            self._keep_rubric_usable()

    def split_panes(self, width: int) -> None:
        """Pane widths for a window `width` wide: the rubric keeps its room, the list and the
        document share the rest (the document first)."""
        rubric = max(RUBRIC_MIN_WIDTH, min(460, width * 34 // 100))
        widest = LARGE_LIST_WIDTH if self._large_text() else 360
        listing = max(LIST_MIN_WIDTH, min(widest, width * 30 // 100))
        self.splitter.setSizes([listing, max(200, width - rubric - listing), rubric])

    def _keep_rubric_usable(self) -> None:
        sizes = self.splitter.sizes()
        if sizes[2] < RUBRIC_MIN_WIDTH:
            self.split_panes(sum(sizes))

    def _actions(self) -> None:
        def add(keys: list[str], slot, text: str) -> None:  # type: ignore[no-untyped-def]
            action = QAction(text, self)
            action.setShortcuts([QKeySequence(k) for k in keys])
            action.triggered.connect(slot)
            self.addAction(action)

        add(["Alt+Down", "Ctrl+PgDown"], lambda: self.step(1), self.tr("Next application"))
        add(["Alt+Up", "Ctrl+PgUp"], lambda: self.step(-1), self.tr("Previous application"))
        add(["Ctrl+L"], self.search.setFocus, self.tr("Search"))
        add(["Ctrl+S"], self.save_now, self.tr("Save now"))
        add(["Ctrl+F"], self._find_in_document, self.tr("Find in the document"))
        add(["Ctrl+H"], self._highlight_found, self.tr("Highlight the text found"))
        add(["Ctrl+Shift+N"], self.next_to_do, self.tr("Next application still to do"))
        add(["F8"], lambda: self.panel.step_item(1), self.tr("Next rubric item"))
        add(["Shift+F8"], lambda: self.panel.step_item(-1), self.tr("Previous rubric item"))
        add(["F6"], self._focus_document, self.tr("Focus the document"))
        add(["Ctrl+Tab"], lambda: self.next_pane(1), self.tr("Next pane"))
        add(["Ctrl+Shift+Tab", "Ctrl+Backtab"], lambda: self.next_pane(-1),
            self.tr("Previous pane"))
        add(["F7"], self.panel.focus_first_open, self.tr("Focus the rubric panel"))
        add(["PgDown"], lambda: self._page(1), self.tr("Next page"))
        add(["PgUp"], lambda: self._page(-1), self.tr("Previous page"))
        add(["Ctrl++", "Ctrl+="], lambda: self._zoom(1.2), self.tr("Zoom in"))
        add(["Ctrl+-"], lambda: self._zoom(1 / 1.2), self.tr("Zoom out"))

    def _menus(self) -> None:
        bar = self.menuBar()
        evaluation = bar.addMenu(self.tr("&Evaluation"))
        for text, keys, slot in (
                (self.tr("&Open another bundle or session…"), "Ctrl+O", self.open_requested.emit),
                (self.tr("&Conflicts of interest…"), "Ctrl+Shift+I", self.declare_conflicts),
                (self.tr("&Finalize and sign…"), "Ctrl+Shift+S", self.finalize),
                (self.tr("&Revise the signed sheet…"), "", self.revise)):
            action = evaluation.addAction(text)
            if keys:
                action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
        self.print_action = evaluation.addAction(self.tr("&Print the document…"))
        self.print_action.setShortcut(QKeySequence("Ctrl+P"))
        self.print_action.triggered.connect(self.print_dialog)
        manifest = self.controller.ws.manifest(self.controller.session_id) or {}
        self.print_action.setEnabled(bool(manifest.get("allow_print")))
        if not self.print_action.isEnabled():
            self.print_action.setToolTip(self.tr("The secretariat did not allow printing."))
            # a greyed action's key does nothing at all: Ctrl+P says why instead
            QShortcut(QKeySequence("Ctrl+P"), self, lambda: self.statusBar().showMessage(
                self.tr("The secretariat did not allow printing."), 8000))
        evaluation.addSeparator()
        self._tool_actions(evaluation)  # overview, preview, the form, moving laptops
        evaluation.addSeparator()
        evaluation.addAction(self.tr("&Quit"), QKeySequence("Ctrl+Q"), self.close)
        view = bar.addMenu(self.tr("&View"))
        larger = view.addAction(self.tr("&Larger text"))
        larger.setCheckable(True)
        larger.setShortcut(QKeySequence("Ctrl+Shift+L"))
        larger.setChecked(self.settings.value("large_text", False, type=bool))
        larger.toggled.connect(self.set_large_text)
        self.set_large_text(larger.isChecked())
        presentation = view.addAction(QCoreApplication.translate(
            "PresentationWindow", "&Presentation mode (발표 모드)"))
        presentation.setShortcut(QKeySequence("F9"))
        presentation.triggered.connect(self.open_presentation)
        language = view.addMenu(self.tr("Language (after restart)"))
        self.language_actions = QActionGroup(self)  # the one chosen is checked
        chosen = chosen_language(self.settings)
        for code, label in (("ko", "한국어"), ("en", "English")):
            action = language.addAction(label)
            action.setCheckable(True)
            action.setChecked(code == chosen)
            self.language_actions.addAction(action)
            action.triggered.connect(lambda _=False, c=code: self.choose_language(c))
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self.tr("&Keyboard shortcuts"), QKeySequence("F1"),
                            self.show_shortcuts)
        help_menu.addAction(self.tr("&About"), self.show_about)

    def choose_language(self, code: str) -> None:
        """Remembered for the next start; the window says so (nothing changes at once)."""
        self.settings.setValue("language", code)
        self.statusBar().showMessage(self.tr(
            "The language is changed the next time Evaluation Desk starts."), 10_000)

    def set_large_text(self, on: bool) -> None:
        """A larger font for long reading days (the documents zoom on their own)."""
        self.settings.setValue("large_text", on)
        font = self.font()
        font.setPointSize(13 if on else 10)
        for widget in (self.table, self.panel, self.search, self.progress):
            widget.setFont(font)
        self.table.horizontalHeader().resizeSection(  # the status column grows with its text
            2, self.table.fontMetrics().horizontalAdvance("진행 중") + 44)
        sizes = self.splitter.sizes()
        if on and sizes[0] < LARGE_LIST_WIDTH and sizes[1] > 200:  # the list grows too
            grow = min(LARGE_LIST_WIDTH - sizes[0], sizes[1] - 200)
            self.splitter.setSizes([sizes[0] + grow, sizes[1] - grow, sizes[2]])

    def _large_text(self) -> bool:
        return bool(self.settings.value("large_text", False, type=bool))

    def open_presentation(self) -> None:
        """발표 모드 (F9): ui/member/presentation.py, loaded the first time it is opened."""
        from ui.member.presentation import open_presentation

        open_presentation(self)

    def print_document(self, printer: "QPrinter") -> int:
        """Print the shown document's pages, each with the watermark; returns the page count."""
        from ui.member.printing import print_watermarked

        view = self.pdf.current_view()
        if view is None or not self.print_action.isEnabled():
            return 0
        return print_watermarked(printer, view)

    def print_dialog(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter

        view = self.pdf.current_view()
        if view is None:  # recused, or still being decrypted
            self.statusBar().showMessage(self.tr("No document is shown to print."), 8000)
            return
        if not self.print_action.isEnabled():
            return
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        if QPrintDialog(printer, self).exec() == QPrintDialog.DialogCode.Accepted:
            self.print_document(printer)

    def declare_conflicts(self) -> None:
        from ui.member.conflicts_dialog import ConflictsDialog

        ConflictsDialog(self.controller, self).exec()
        for row in self.controller.rows():  # what the declarations changed, all at once
            self.model.update_row(row)
        self._update_progress()
        if self.current and self.controller.entries(self.current).conflict is not None:
            self.open_first_to_score()  # never leave the member on a just-recused application
        elif self.current:
            self._reload_current()

    def finalize(self) -> None:
        from ui.member.finalize_dialog import FinalizeDialog

        self.panel.flush()
        self.panel.reveal_missing()  # asking to sign: every badge says what is missing now
        dialog = FinalizeDialog(self.controller, str(self.settings.value("last_folder", "")),
                                self)
        dialog.jump.connect(self.jump_to)
        dialog.exported.connect(self._exported)
        dialog.exec()

    def _exported(self, files) -> None:  # type: ignore[no-untyped-def]
        self.settings.setValue("last_folder", str(files.json.parent))
        self._update_locked()

    def revise(self) -> None:
        if not self.controller.is_locked():
            QMessageBox.information(self, self.tr("Revise"), self.tr(
                "This revision is not signed yet; you can still edit it."))
            return
        reason = ask_reason(self, self.tr("Revise the signed sheet"), self.tr(
            "Why is the signed sheet being revised? (recorded in the audit log)") + "\n"
            + self.tr("(Ctrl+Enter: OK)"))
        if reason and reason.strip():
            try:
                self.controller.revise(reason)
            except EvaluatorError as e:
                QMessageBox.warning(self, self.tr("Revise"), describe_error(e))
            self._update_locked()

    def _update_locked(self) -> None:
        locked = self.controller.is_locked()
        within = self.focusWidget() is not None and self.panel.isAncestorOf(self.focusWidget())
        self.panel.setEnabled(not locked)
        if locked and within:  # (signed from the rubric: the keyboard was left nowhere)
            self.table.setFocus()
        revision = self.controller.revision()
        message = self.tr("Signed: revision %1 is locked (Evaluation > Revise to change it)"
                          ).replace("%1", str(revision)) if locked else ""
        self.statusBar().showMessage(message)
        self.locked_banner.setText(message)
        self.locked_banner.setVisible(locked)

    def _reload_current(self) -> None:
        app_id, c = self.current, self.controller
        self.panel.load(app_id, c.rubric(app_id), c.entries(app_id), c.evaluation(app_id))
        self.order_tab_stops()  # a form swapped in joins the chain at its end
        self._load_documents(app_id)

    def _reload_all(self) -> None:
        """Another program (the CLI) wrote to the workspace: show what is stored now."""
        for row in self.controller.rows():
            self.model.update_row(row)
        if self.current:
            c = self.controller
            self.panel.load(self.current, c.rubric(self.current), c.entries(self.current),
                            c.evaluation(self.current))
        self._update_progress()
        self._update_locked()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About Evaluation Desk"), "\n".join([
            f"평가위원 데스크 / Evaluation Desk {__version__}",
            self.tr("Workspace") + f": {self.controller.ws.path}",
            self.tr("Log") + f": {log_file()}",
            "NanumGothic © NAVER Corporation, SIL Open Font License 1.1"]))

    def _row_changed(self, current, _previous) -> None:  # type: ignore[no-untyped-def]
        if not current.isValid():
            return
        app_id = self.proxy.data(current, Qt.ItemDataRole.UserRole)
        if app_id == self.current:
            return
        previous = self.current
        unsaved = self.panel.flush()  # text typed into the previous application: saved first
        self.notes.flush()
        if unsaved:  # an invalid score is never stored: say so rather than drop it unseen
            self._say_unsaved(previous, unsaved)
        self.current = app_id
        c = self.controller
        self.notes.set_text(c.note(app_id))
        self.highlight_list.clear()
        self._load_documents(app_id)  # first: the worker decrypts while the rubric is built
        self.panel.load(app_id, c.rubric(app_id), c.entries(app_id), c.evaluation(app_id))
        self.order_tab_stops()

    def _load_documents(self, app_id: str) -> None:
        c = self.controller
        if c.entries(app_id).conflict is not None:
            self.pdf.show_message(self.tr("Recused (회피): you declared a conflict of interest "
                                          "for this application."))
            return
        docs = [d for d in c.documents(app_id) if d.readable]
        if not c.has_bundle or not docs:
            self.pdf.show_message(self.tr("No document to show for this application."))
            return
        self.pdf.show_message(self.tr("Decrypting the documents…"))
        bundle = c.bundle_opener()  # the first time, the bundle is opened in the worker too
        from ui.member.document_view import decrypt_documents  # QtPdf: loaded on this thread

        def work(progress):  # type: ignore[no-untyped-def]  (runs in the thread pool)
            opened = bundle()
            return opened, decrypt_documents(opened, docs)  # the GUI thread lays out, paints

        def done(result) -> None:  # type: ignore[no-untyped-def]
            opened, documents = result
            c.adopt_bundle(opened)
            if self.current == app_id:
                self.pdf.show_documents(documents)
                self.order_tab_stops()
                self._refresh_highlights()
                self.documents_shown.emit(app_id)

        run_in_background(work, done, self.pdf.show_message)

    # ---- highlights (private, like the notes) ------------------------------------------------

    def _refresh_highlights(self) -> None:
        highlights = self.controller.highlights(self.current) if self.current else []
        self.pdf.set_highlights(highlights)

        def describe(h: Highlight) -> str:
            view = self.pdf.view_of(h.doc_id)
            words = view.highlight_text(h) if view else ""
            where = self.tr("%1 p. %2").replace("%1", view.name if view else "").replace(
                "%2", str(h.page + 1))
            return f"{where}: {words[:80]}" if words else where

        self.highlight_list.set_highlights(highlights, describe)

    # ---- saving ------------------------------------------------------------------------------

    def _save(self, change: Change) -> None:
        self.controller.save(change)

    def _save_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Not saved"), message)

    def _refresh_application(self, app_id: str) -> None:
        ev = self.controller.evaluation(app_id)  # once per save: row, badges and state
        self.model.update_row(self.controller.row(app_id, ev))
        if app_id == self.current:
            if (ev.status == "conflict") == self.panel.scoring_visible():
                self._reload_current()  # a declaration changed what can be shown
            else:
                self.panel.show_evaluation(ev)
        self._update_progress()

    def _update_progress(self) -> None:
        rows = self.model.rows()
        recused = sum(1 for r in rows if r.status == "conflict")
        done = sum(1 for r in rows if r.status == "complete")
        text = self.tr("Done") + f" {done} / {len(rows) - recused}"
        if recused:  # recusals are not work done: counted apart
            text += " · " + self.tr("Recused") + f" {recused}"
        self.progress.setText(text)

    def show_shortcuts(self) -> None:
        """F1: the keys in a table, as in the chair's and the review window."""
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcut_table(
            [(keys, self.tr(what)) for keys, what in SHORTCUTS]))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """The list moves by rows only: Left/Right would walk its cells (and Ctrl+Tab must
        leave it like Tab does)."""
        if watched is self.table and event.type() == QEvent.Type.KeyPress:
            key = event.key()  # type: ignore[attr-defined]
            if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
                return True
            if key in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab) and not (
                    event.modifiers() & Qt.KeyboardModifier.ControlModifier):  # type: ignore[attr-defined]
                self.focusNextPrevChild(key == Qt.Key.Key_Tab and not (
                    event.modifiers() & Qt.KeyboardModifier.ShiftModifier))  # type: ignore[attr-defined]
                return True
        return super().eventFilter(watched, event)

    def closeEvent(self, event: QCloseEvent) -> None:
        self.panel.flush()
        self.notes.flush()
        self.settings.setValue("main/geometry", self.saveGeometry())
        self.settings.setValue("main/splitter", self.splitter.saveState())
        self.current = ""  # documents still being decrypted are dropped when they arrive
        self._open_first_pending = False
        super().closeEvent(event)
