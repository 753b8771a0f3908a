"""The review session (발표평가 당일) screen: the agenda and its draw, a timer per applicant, the
board of signed hand-ins, provisional results after each applicant and the final, signed one.

The consolidation itself is the chair's window (ui/chair/window.py), embedded in the 종합평가
tab: it loads the bundle, verifies every sheet in the worker pool, shows the result panes and
signs through its own dialog. This screen adds what the day needs around it and feeds it the
sheets taken off USB sticks (copied into the session's hand-in folder, so a stick can move on).
"""

import time
from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QDragEnterEvent, QDropEvent, QKeySequence
from PySide6.QtWidgets import (
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.paths import home_dir
from evaluator_app.portable_names import portable_name
from evaluator_app.review import ReviewPlan
from evaluator_app.trust.identity import Identity
from ui.chair.day import day_banner
from ui.chair.next_steps import open_file
from ui.chair.next_steps import print_report as print_report_pdf
from ui.chair.session import Outcome
from ui.chair.window import ChairWindow
from ui.screen_fit import fit_to_screen
from ui.session.agenda_pane import AgendaPane
from ui.session.board import IN, HandInModel
from ui.session.handins import sheets_in, take_in, unsigned_in
from ui.session.timer_panel import TimerPanel
from ui.texts import shortcut_table
from ui.workers import run_in_background

UNSCORED_SHOWN = 12  # the board shows them all
WATCH_MS = 2000  # how often a watched folder (a USB stick) is looked at
SHORTCUTS = [
    ("Ctrl+Space", QT_TRANSLATE_NOOP("ReviewWindow", "Start or pause the timer")),
    ("Ctrl+N", QT_TRANSLATE_NOOP("ReviewWindow", "Next applicant")),
    ("F11", QT_TRANSLATE_NOOP("ReviewWindow", "Projector: the timer in big digits, full "
                                              "screen")),
    ("Ctrl+Shift+O", QT_TRANSLATE_NOOP("ReviewWindow", "Take in a folder of sheets")),
    ("F5", QT_TRANSLATE_NOOP("ReviewWindow", "Verify and compute again (provisional)")),
    ("Ctrl+S", QT_TRANSLATE_NOOP("ReviewWindow", "Final consolidation: sign and export")),
    ("F1", QT_TRANSLATE_NOOP("ReviewWindow", "Keyboard shortcuts")),
    ("Ctrl+W", QT_TRANSLATE_NOOP("ReviewWindow", "Close")),
]
CHAIR_KEYS_TAKEN = ("Ctrl+O", "Ctrl+Shift+O", "Ctrl+S", "F1", "Ctrl+W")  # this window's own


class ReviewWindow(QMainWindow):
    ready = Signal()  # the bundle is open, the agenda shown
    taken_in = Signal(list)  # copies of new sheets, before they are verified
    evaluated = Signal(object)  # Outcome (the chair window's)

    def __init__(self, bundle_path: Path, identity: Identity, identity_file: Path | None = None,
                 settings: QSettings | None = None, clock: Callable[[], float] = time.monotonic,
                 store_root: Path | None = None) -> None:
        super().__init__()
        self.settings = settings or QSettings()
        self.store_root = store_root or home_dir() / "review"
        self.store: Path | None = None
        self.session_id = ""
        self.seen: set[Path] = set()
        self.scanning = False
        self.unsigned: list[str] = []  # members' sheets on the stick without their .minisig
        self.said = ""  # what the last look at the stick that found something said
        self.finished = False  # Next after the last applicant: every slot is over
        self.report: Path | None = None
        self.setWindowTitle(self.tr("Evaluation Desk — review session (발표평가)"))
        self.setAcceptDrops(True)
        # The chair's window stays hidden: its page (verification, rule, exclusions, result
        # panes, signing) is shown in a tab here, and its shortcuts act in this window.
        self.chair = ChairWindow(bundle_path, identity, identity_file, self.settings)
        self.chair.setParent(self, Qt.WindowType.Window)
        self.chair_page = self.chair.takeCentralWidget()
        for button in (self.chair.add_files_button, self.chair.add_folder_button,
                       self.chair.clear_button):
            button.hide()  # sheets come in through this window: copied off the stick first
        for action in self.chair.actions():
            if action.shortcut().toString() not in CHAIR_KEYS_TAKEN:
                self.addAction(action)
        self._build(clock)
        self._actions()
        self.chair.ready.connect(self._bundle_ready)
        self.chair.evaluated.connect(self._evaluated)
        self.chair.exported.connect(self._exported)
        self.watcher = QTimer(self)
        self.watcher.setInterval(WATCH_MS)
        self.watcher.timeout.connect(self.scan)
        fit_to_screen(self, QSize(1366, 768))  # the available screen, task bar excluded

    # ---- layout ------------------------------------------------------------------------------

    def _build(self, clock: Callable[[], float]) -> None:
        self.agenda = AgendaPane()
        self.agenda.setMinimumWidth(240)
        self.agenda.drawn.connect(self._drawn)
        self.agenda.chosen.connect(self.go_to)
        self.timer = TimerPanel(ReviewPlan(), clock)
        self.timer.setMinimumHeight(120)
        self.timer.next_requested.connect(self.next_applicant)
        self.timer.may_start = self.order_settled

        self.board = HandInModel(self)
        self.board_view = QTableView()
        self.board_view.setModel(self.board)
        self.board_view.setAccessibleName(self.tr("Hand-ins"))
        self.board_view.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch)
        self.board_view.horizontalHeader().setSectionResizeMode(
            0, QHeaderView.ResizeMode.ResizeToContents)
        take = QHBoxLayout()
        self.take_button = QPushButton(self.tr("Take in a folder…"))
        self.take_button.setToolTip(self.tr("Ctrl+Shift+O; or drop a folder or sheets onto the "
                                            "window"))
        self.take_button.clicked.connect(self.choose_folder)
        take.addWidget(self.take_button)
        take.addWidget(QLabel(self.tr("Watch:")))
        self.watch_path = QLineEdit()
        self.watch_path.setPlaceholderText(self.tr("the USB stick's folder, e.g. E:\\ or "
                                                   "/media/usb"))
        self.watch_path.setAccessibleName(self.tr("Folder to watch"))
        self.watch_path.setText(str(self.settings.value("review/watch", "")))
        take.addWidget(self.watch_path, 1)
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_watch)
        take.addWidget(browse)
        self.watch_button = QPushButton(self.tr("Watch"))
        self.watch_button.setCheckable(True)
        self.watch_button.setToolTip(self.tr("Look at the folder every 2 seconds and take in "
                                             "each new signed sheet"))
        self.watch_button.toggled.connect(self.set_watching)
        take.addWidget(self.watch_button)
        self.intake = QLabel(self.tr("Drop the members' sheets or the USB stick's folder here, "
                                     "or watch the stick's folder."))
        self.intake.setWordWrap(True)
        self.provisional = QLabel()
        self.provisional.setWordWrap(True)
        self.provisional.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        board_page = QWidget()
        bv = QVBoxLayout(board_page)
        bv.addLayout(take)
        bv.addWidget(self.intake)
        bv.addWidget(self.board_view, 1)
        bv.addWidget(self.provisional)

        self.tabs = QTabWidget()
        self.tabs.addTab(board_page, self.tr("Hand-ins (제출 현황)"))
        # On a short screen (200 % on 1920×1080) the page scrolls rather than push the window
        # off it; the session's title is this window's, so the page's own heading goes.
        self.chair.heading.hide()
        self.chair_scroll = QScrollArea()
        self.chair_scroll.setWidgetResizable(True)
        self.chair_scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.chair_scroll.setWidget(self.chair_page)
        self.tabs.addTab(self.chair_scroll, self.tr("Consolidation (종합평가)"))

        actions = QHBoxLayout()
        self.refresh_button = QPushButton(self.tr("Provisional result (잠정)"))
        self.refresh_button.setToolTip(self.tr("F5: verify every sheet taken in and compute "
                                               "the provisional result"))
        self.refresh_button.clicked.connect(self.provisional_result)
        self.final_button = QPushButton(self.tr("Final consolidation and signature…"))
        self.final_button.setToolTip(self.tr("Ctrl+S: once every member has handed in every "
                                             "applicant; records the drawn seed"))
        self.final_button.clicked.connect(self.final_result)
        self.open_report_button = QPushButton(self.tr("Open 종합평가표"))
        self.open_report_button.clicked.connect(self.open_report)
        self.print_button = QPushButton(self.tr("Print 종합평가표…"))
        self.print_button.clicked.connect(self.print_report)
        for b in (self.refresh_button, self.final_button, self.open_report_button,
                  self.print_button):
            actions.addWidget(b)
        actions.addStretch(1)

        right = QWidget()
        rv = QVBoxLayout(right)
        rv.setContentsMargins(0, 0, 0, 0)
        rv.addWidget(self.timer)
        rv.addWidget(self.tabs, 1)
        rv.addLayout(actions)
        self.split = QSplitter(Qt.Orientation.Horizontal)
        self.split.addWidget(self.agenda)
        self.split.addWidget(right)
        self.split.setStretchFactor(1, 1)
        self.split.setSizes([280, 1080])
        self.setCentralWidget(self.split)
        self._update_buttons()

    def _actions(self) -> None:
        def add(keys: str, slot: Any, text: str) -> None:
            action = QAction(text, self)
            action.setShortcut(QKeySequence(keys))
            action.triggered.connect(slot)
            self.addAction(action)

        add("Ctrl+Space", self.timer.toggle, self.tr("Start or pause the timer"))
        add("Ctrl+N", self.next_applicant, self.tr("Next applicant"))
        add("F11", self.toggle_projector, self.tr("Projector"))
        add("Ctrl+Shift+O", self.choose_folder, self.tr("Take in a folder of sheets"))
        add("Ctrl+S", self.final_result, self.tr("Final consolidation: sign and export"))
        add("F1", self.show_shortcuts, self.tr("Keyboard shortcuts"))
        add("Ctrl+W", self.close, self.tr("Close"))
        add("Escape", lambda: self.toggle_projector() if self.timer.big else None,
            self.tr("Leave the projector view"))

    def _update_buttons(self) -> None:
        self.final_button.setEnabled(self.chair.can_sign())
        if not self.chair.signer:
            self.final_button.setToolTip(self.tr("Only the chair or the secretariat of the "
                                                 "bundle signs the result."))
        has_report = self.report is not None and self.report.exists()
        self.open_report_button.setEnabled(has_report)
        self.print_button.setEnabled(has_report)

    # ---- the bundle and the agenda -----------------------------------------------------------

    def _bundle_ready(self) -> None:
        bundle = self.chair.bundle
        assert bundle is not None
        manifest = bundle.manifest
        self.session_id = manifest["session"]["id"]
        self.setWindowTitle(self.tr("Review session (발표평가)") + " — "
                            + manifest["session"]["title"])
        self.store = self.store_root / portable_name(self.session_id)  # "aux": a device
        plan = ReviewPlan.of(manifest)
        self.timer.set_plan(plan)
        seed = self.settings.value(self._key("seed")) or None
        self.agenda.set_manifest(manifest, seed, plan.order == "draw")
        self.chair.agenda_seed = seed
        self.board.set_agenda(bundle.roster()[1:], self.agenda.order, set())
        finished = self.settings.value(self._key("finished"), False, bool)
        self.go_to(int(self.settings.value(self._key("current"), 0)))
        if finished:  # the last applicant had presented before the laptop closed
            self.finished = True
            self.settings.setValue(self._key("finished"), True)
            self.board.set_current(len(self.agenda.order))
        if self.store.is_dir() and any(self.store.rglob("*.json")):
            self.chair.add_paths([self.store])  # sheets taken in before a restart
        if self.settings.value("review/watching", False, bool) and self.watch_path.text():
            self.watch_button.setChecked(True)  # the stick watched before the laptop closed
        self.ready.emit()

    def _key(self, name: str) -> str:
        return f"review/{self.session_id}/{name}"

    def _drawn(self, seed: str) -> None:
        self.settings.setValue(self._key("seed"), seed)
        self.settings.sync()
        self.chair.agenda_seed = seed
        self.board.set_agenda(self.board.members, self.agenda.order, self.board.predeclared)
        self.go_to(0)

    def go_to(self, index: int) -> None:
        self.finished = False
        self.settings.setValue(self._key("finished"), False)
        self.agenda.set_current(index)
        index = self.agenda.current
        self.settings.setValue(self._key("current"), index)
        self.board.set_current(index)
        app = self.agenda.application(index)
        self.chair.set_on_now(app["id"] if app else None)  # the slots before it are over
        self.provisional_result()
        if app:
            self.timer.set_applicant(f"{index + 1} / {len(self.agenda.order)} · {app['id']} "
                                     f"{app['applicant']} — {app['title']}")

    def order_settled(self) -> bool:
        """Before a slot starts: a day whose spec has the order drawn in the room is not run
        in the spec's order (a draw after the first talk would reorder a day under way)."""
        if not self.agenda.must_draw or self.agenda.seed is not None:
            return True
        QMessageBox.information(self, self.tr("Draw the order first"), self.tr(
            "This session's order is drawn in the room. Press “Draw the order (추첨)” on the "
            "left before the first presentation."))
        self.agenda.draw_button.setFocus()
        return False

    def next_applicant(self) -> None:
        """The slot is over: the next applicant, and a provisional result with what is in."""
        if not self.order_settled():
            return
        if self.agenda.current + 1 < len(self.agenda.order):
            self.go_to(self.agenda.current + 1)  # which computes the provisional result
        else:  # the last slot is over: the clock stops, the board and the banner say what next
            self.finished = True
            self.settings.setValue(self._key("finished"), True)
            if self.timer.running():
                self.timer.toggle()
            self.board.set_current(len(self.agenda.order))
            self.provisional_result()

    # ---- taking sheets in ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls() and self.store is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.take_in([Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()])

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Take in the sheets of a folder"),
                                                  self.watch_path.text())
        if folder:
            self.take_in([Path(folder)])

    def _choose_watch(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder to watch"),
                                                  self.watch_path.text())
        if folder:
            self.watch_path.setText(folder)
            self.watch_button.setChecked(True)

    def set_watching(self, on: bool) -> None:
        if on and not self.watch_path.text().strip():
            self.watch_button.setChecked(False)
            self.intake.setText(self.tr("Type or choose the folder to watch first."))
            return
        self.settings.setValue("review/watch", self.watch_path.text().strip())
        self.settings.setValue("review/watching", on)  # a reopened laptop watches on
        self.watch_path.setEnabled(not on)
        # the checked button says what pressing it does now (a checkable button looks alike in
        # both states in several styles, and the status line is overwritten by each hand-in)
        self.watch_button.setText(self.tr("Stop watching") if on else self.tr("Watch"))
        if on:
            self.watcher.start()
            self.scan()
        else:
            self.watcher.stop()
        self.intake.setText(self.tr("Watching %1 every 2 seconds.").replace(
            "%1", self.watch_path.text().strip()) if on else self.tr("Not watching."))

    def scan(self) -> None:
        """One look at the watched folder (each new signed sheet is taken once)."""
        folder = self.watch_path.text().strip()
        if folder:
            self.take_in([Path(folder)], quiet=True)

    def take_in(self, paths: list[Path], quiet: bool = False) -> None:
        """Copy the new sheets among `paths` into the hand-in folder (worker), then verify."""
        if self.store is None or self.scanning or not paths:
            return
        self.scanning = True
        store, seen = self.store, self.seen

        def work(progress: Any) -> Any:
            return take_in(sheets_in(paths, seen), store), unsigned_in(paths)

        def done(found: tuple[list[Path], list[Path]]) -> None:
            self.scanning = False
            taken, unsigned = found
            stamp = datetime.now().strftime("%H:%M:%S")
            said = None
            if taken:
                said = self.tr("%1: took in %n new sheet(s).", "", len(taken)).replace("%1",
                                                                                    stamp)
                self.intake.setToolTip("\n".join(p.name for p in taken))
            elif not quiet:
                said = self.tr("%1: no new signed sheet there.").replace("%1", stamp)
            self._say_intake(said, unsigned)
            if taken:
                self.taken_in.emit(taken)
                self.provisional_result()

        def failed(message: str) -> None:
            self.scanning = False
            self.intake.setText(message)

        run_in_background(work, done, failed)

    def _say_intake(self, said: str | None, unsigned: list[Path]) -> None:
        """What a look at the stick found (`said`: None keeps the line of a quiet look), and
        a member's sheet there without its .minisig: not taken in (it may still be copying),
        so the board said 미제출 while the member "handed in" — now the room is told."""
        self.said = said if said is not None else self.said  # a quiet look keeps the last
        said = self.said or None
        roster = self.chair.bundle.roster()[1:] if self.chair.bundle is not None else []
        self.unsigned = [f"{card.name} ({f.name})" for f in unsigned for card in roster
                         if card.fingerprint in f.name]
        if not self.unsigned:
            self.intake.setStyleSheet("")
            if said is not None:
                self.intake.setText(said)
            return
        self.intake.setStyleSheet("background: rgba(232, 163, 23, 80); padding: 4px;")
        self.intake.setText((f"{said}\n" if said else "") + self.tr(
            "Not taken in, no signature (.minisig) beside it: %1. Ask the member to copy the "
            ".minisig file onto the stick too.").replace("%1", ", ".join(self.unsigned)))

    # ---- results -------------------------------------------------------------------------------

    def provisional_result(self) -> None:
        if self.store is None or not self.store.is_dir():
            return
        if self.store in self.chair.paths:
            self.chair.refresh()
        else:
            self.chair.add_paths([self.store])

    def _evaluated(self, outcome: Outcome) -> None:
        consolidated = outcome.consolidated
        collection = consolidated.collection if consolidated else None
        if collection is not None:
            self.board.set_agenda(self.board.members, self.board.applications,
                                  collection.predeclared)
        self.board.set_collection(collection)
        self.provisional.setText(self.provisional_text(outcome))
        self.provisional.setStyleSheet(
            "background: rgba(46, 158, 79, 60); padding: 6px;" if outcome.final else
            "background: rgba(232, 163, 23, 80); padding: 6px;")
        self._update_buttons()
        self.evaluated.emit(outcome)

    def provisional_text(self, outcome: Outcome) -> str:
        if outcome.consolidated is None:
            return self.chair.banner.text()
        result = outcome.consolidated.result
        if outcome.final:
            return self.tr("Every member has handed in every applicant: the final "
                           "consolidation can be signed (Ctrl+S).")
        day = day_banner(outcome.consolidated, self.chair.on_now, self.chair.findings_shown)
        if self.finished:  # Next after the last: what comes now, then what is still missing
            done = self.tr("All %1 applicants have presented. Each member now finalizes and "
                           "signs the full sheet (평가결과 확정 및 서명) and hands it in; once "
                           "every sheet is in, Final consolidation and signature (Ctrl+S).")\
                .replace("%1", str(len(self.agenda.order)))
            if day is not None:  # its hand-ins and alarms, not "N of M have presented"
                return "\n".join([done, *day[0].split("\n")[1:]])
            return done + "\n" + self._missing_text(result)
        if day is not None:  # between presentations: hand-ins per presented applicant, alarms
            lines = day[0].split("\n")  # the sheets ahead beside the hand-ins, before alarms
            return "\n".join(lines[:2] + self._ahead() + lines[2:])
        return self._missing_text(result)

    def _ahead(self) -> list[str]:
        """Sheets scoring an applicant after the one on now: the room moved on without Next,
        or a member scored the wrong applicant. The board showed a lone ✓ under it and the
        day jumped ahead (everyone late for the ones in between) with nothing to say why."""
        board = self.board
        app = self.agenda.application(board.current)
        shown = self.tr("• %1: a sheet from %2, though %3 is on now: press Next if the room has "
                        "moved on; if not, ask which applicant they meant to score.")
        lines = []
        for later in board.applications[board.current + 1:]:
            names = [card.name for card in board.members
                     if board.cells.get((card.fingerprint, later)) == IN]
            if names and app:
                lines.append(shown.replace("%1", later).replace("%2", ", ".join(names))
                             .replace("%3", app["id"]))
        return lines

    def _missing_text(self, result: dict[str, Any]) -> str:
        names = {m["fingerprint"]: m["name"] for m in result["members"]}
        missing = [m["name"] or m["member"] for m in result["missing"]]
        unscored = [f"{names.get(u['member'], u['member'])} {u['application']}"
                    for u in result["unscored"]]
        text = self.tr("잠정 (provisional, not signed).")
        if missing:
            text += " " + self.tr("No sheet yet: %1.").replace("%1", ", ".join(missing))
        if unscored:
            text += " " + self.tr("Not scored yet (%n):", "", len(unscored)) + " " + ", ".join(
                unscored[:UNSCORED_SHOWN]) + ("…" if len(unscored) > UNSCORED_SHOWN else "")
        return text

    def final_result(self) -> None:
        if self.chair.can_sign():
            self.chair.sign_dialog()
            if self.chair.busy:  # signing: its progress, then the outcome or what went wrong
                self.tabs.setCurrentWidget(self.chair_scroll)  # (e.g. a wrong passphrase)

    def _exported(self, files: list[Path]) -> None:
        self.report = next((f for f in files if f.name == "report.pdf"), None)
        self._update_buttons()
        if self.report is not None:  # the board said "can be signed" after it was signed
            self.provisional.setText(self.tr(
                "Signed: the 종합평가표 and the result are in %1. Print the 종합평가표 (Print "
                "종합평가표…) and have it signed on paper.").replace("%1",
                                                                 str(self.report.parent)))
        self.tabs.setCurrentWidget(self.chair_scroll)

    def open_report(self) -> None:
        if self.report is not None:
            open_file(self.report)

    def print_report(self) -> None:
        if self.report is not None:
            print_report_pdf(self.report, self)

    # ---- projector, help -----------------------------------------------------------------------

    def toggle_projector(self) -> None:
        """F11: only the timer, in big digits, full screen; F11 or Esc again to come back."""
        big = not self.timer.big
        for w in (self.agenda, self.tabs):
            w.setVisible(not big)
        for b in (self.refresh_button, self.final_button, self.open_report_button,
                  self.print_button):
            b.setVisible(not big)
        self.timer.set_big(big)
        if big:
            self._was_maximized = self.isMaximized()
            self.showFullScreen()
        elif getattr(self, "_was_maximized", False):
            self.showMaximized()
        else:
            self.showNormal()

    def show_shortcuts(self) -> None:
        QMessageBox.information(self, self.tr("Keyboard shortcuts"), shortcut_table(
            [(keys, self.tr(what)) for keys, what in SHORTCUTS]))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.watcher.stop()
        self.timer.ticker.stop()
        self.chair.close()
        super().closeEvent(event)
