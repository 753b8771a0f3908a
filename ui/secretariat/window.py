"""The secretariat's desk (사무국 데스크): six pages a first-time 간사 fills in order, each checked
as it is filled (the core's checks run in the worker a moment after each edit), the draft
autosaved after each edit so a crash loses no typing."""

import copy
import shutil
import tempfile
from pathlib import Path
from typing import Any

from PySide6.QtCore import QSize, Qt, QTimer, Signal
from PySide6.QtGui import QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QMessageBox,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.round.new import NewRound
from evaluator_app.round.problems import Problem
from evaluator_app.round_desk import check_round, send_problems
from evaluator_app.round_sent import changed_parts
from ui.screen_fit import fit_to_screen
from ui.secretariat.applicants_page import ApplicantsPage
from ui.secretariat.collect_page import CollectPage
from ui.secretariat.committee_page import CommitteePage
from ui.secretariat.common import desk_error
from ui.secretariat.findings import COLLECT, SEND, Finding, finding
from ui.secretariat.identity import SecretariatKey
from ui.secretariat.round_page import RoundPage
from ui.secretariat.rules_page import RulesPage
from ui.secretariat.send_page import SendPage
from ui.secretariat.state import CardInfo, DeskState
from ui.texts import time_text
from ui.workers import run_in_background

PAGE_SLUGS = ("round", "applicants", "committee", "rules", "send", "collect")
CHECK_DELAY_MS = 400  # after the last keystroke: one check, not one per key
SAVE_DELAY_MS = 300


def run_checks(state: DeskState, cards: list[CardInfo], bad_cards: dict[str, str],
               folder: Path) -> tuple[list[Problem], dict[str, int], list[str]]:
    """In the worker: the grid's findings, `session check` on the draft, and what a bundle
    needs besides; a row's eligibility is said once (by the grid, in the table's words). And
    what the draft changed since the last bundle signed from the desk (no finding: a finding
    would stop the very signing that sets it right)."""
    table = state.table()
    draft = state.draft(cards, table)
    # a folder of its own: checks of quick successive edits run side by side in the pool
    own = Path(tempfile.mkdtemp(dir=folder))
    try:
        checked = check_round(draft, own / "spec.toml", new=NewRound(draft, table=table))
    finally:
        shutil.rmtree(own, ignore_errors=True)
    grid_rows = {p.row for p in table.problems if p.row is not None}
    checked = [p for p in checked if p.row not in grid_rows or "document" in p.text]
    cards_problems = [Problem(f"not a card: {m}", Path(p).name) for p, m in bad_cards.items()]
    if not cards and not bad_cards:
        cards_problems = []
    problems = table.problems + checked + cards_problems + send_problems(draft)
    row_of = {aid: i for i, r in enumerate(state.rows) if (aid := r.get("id", ""))}
    sent = state.sent_bundles()
    return problems, row_of, changed_parts(sent[-1], draft) if sent else []


class DeskWindow(QMainWindow):
    checked = Signal()  # the findings were worked out again (tests wait on it)

    def __init__(self, state: DeskState, key: SecretariatKey, draft_file: Path | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state, self.key, self.draft_file = state, key, draft_file
        self.findings: list[Finding] = []
        self.sent_changes: list[str] = []  # parts changed since the bundle sent last
        self._generation = 0
        self._scratch = Path(tempfile.mkdtemp(prefix="desk-check-"))
        self.setWindowTitle(self.tr("Evaluation Desk — secretariat (사무국 데스크)"))
        central = QWidget()
        self.setCentralWidget(central)
        outer = QHBoxLayout(central)
        self.steps = QListWidget()
        self.steps.setAccessibleName(self.tr("Steps"))
        self.steps.setFixedWidth(200)
        outer.addWidget(self.steps)
        right = QVBoxLayout()
        outer.addLayout(right, 1)
        self.pages = QStackedWidget()
        right.addWidget(self.pages, 1)
        self.round_page = RoundPage(state)
        self.applicants_page = ApplicantsPage(state)
        self.committee_page = CommitteePage(state)
        self.rules_page = RulesPage(state)
        self.send_page = SendPage(state, key, self.draft)
        self.collect_page = CollectPage(state, key)
        self.all_pages = [self.round_page, self.applicants_page, self.committee_page,
                          self.rules_page, self.send_page, self.collect_page]
        for page in self.all_pages:
            self.pages.addWidget(page)
            if hasattr(page, "changed"):
                page.changed.connect(self._changed)
        self.steps.addItems(["" for _ in self.all_pages])
        self.steps.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.round_page.changed.connect(self._round_changed)
        self.applicants_page.changed.connect(self.committee_page._load_grid)
        self.send_page.go_to.connect(self.go_to)
        self.send_page.made.connect(self._bundle_made)
        self.send_page.identity_changed.connect(self._name_steps)
        self.collect_page.open_chair.connect(self.open_chair)
        for page in (self.round_page, self.committee_page, self.rules_page):
            page.findings.chosen.connect(self.go_to)
        bar = QHBoxLayout()
        self.status = QLabel()
        self.status.setStyleSheet("color: #5F6368;")
        self.back = QPushButton(self.tr("◀ &Back"))
        self.back.setToolTip("Ctrl+PgUp")
        self.next = QPushButton(self.tr("&Next ▶"))
        self.next.setToolTip("Ctrl+PgDown")
        self.back.clicked.connect(lambda: self.show_page(self.pages.currentIndex() - 1))
        self.next.clicked.connect(lambda: self.show_page(self.pages.currentIndex() + 1))
        bar.addWidget(self.status, 1)
        bar.addWidget(self.back)
        bar.addWidget(self.next)
        right.addLayout(bar)
        for n in range(6):
            QShortcut(QKeySequence(f"Ctrl+{n + 1}"), self).activated.connect(
                lambda n=n: self.show_page(n))
        QShortcut(QKeySequence("Ctrl+PgDown"), self).activated.connect(self.next.click)
        QShortcut(QKeySequence("Ctrl+PgUp"), self).activated.connect(self.back.click)
        self._check_timer = QTimer(self, singleShot=True, interval=CHECK_DELAY_MS)
        self._check_timer.timeout.connect(self.check)
        self._save_timer = QTimer(self, singleShot=True, interval=SAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.autosave)
        self.rules_page.chair_card = state.chair_path(self.committee_page.cards)
        fit_to_screen(self, QSize(1366, 768))
        self.show_page(0)
        self._name_steps()
        self.check()

    # ---- pages -----------------------------------------------------------------------------

    def show_page(self, index: int) -> None:
        index = max(0, min(index, self.pages.count() - 1))
        self.steps.setCurrentRow(index)
        self.pages.setCurrentIndex(index)
        self.back.setEnabled(index > 0)
        self.next.setEnabled(index < self.pages.count() - 1)

    def go_to(self, f: Finding) -> None:
        """A finding chosen on page 5 (or a page's list): its page, its row and cell."""
        self.show_page(f.page)
        page = self.all_pages[f.page]
        if hasattr(page, "focus_finding"):
            page.focus_finding(f)

    def _name_steps(self) -> None:
        names = self.send_page.findings.page_name
        counts = [sum(1 for f in self.findings if f.page == n) for n in range(6)]
        for n in range(6):
            text = names(n) + (f"  ⚠ {counts[n]}" if counts[n] else "")
            if n == SEND and self.sent_changes:  # not ✓: the members hold another round
                text += "  " + self.tr("⚠ re-send")
            elif n == SEND and not self.findings and self.send_page.has_signer:
                text += "  ✓"  # not while there is no identity to sign with
            if n == COLLECT and self.state.bundle_path:
                text += "  ●"
            self.steps.item(n).setText(text)

    def _round_changed(self) -> None:
        self.applicants_page.load()
        self.rules_page.load()
        self.committee_page._load_grid()
        self.send_page.load()  # the folder offered follows the round's id until one is chosen

    # ---- checks and autosave ---------------------------------------------------------------

    def _changed(self) -> None:
        self.rules_page.chair_card = self.state.chair_path(self.committee_page.cards)
        self._save_timer.start()
        self._check_timer.start()

    def draft(self) -> Any:
        return self.state.draft(self.committee_page.cards)

    def check(self) -> None:
        """Run every check on a copy of the state in the worker; a later edit's result wins."""
        self._generation += 1
        generation = self._generation
        state = copy.deepcopy(self.state)
        cards, bad = list(self.committee_page.cards), dict(self.committee_page.bad)
        folder = self._scratch

        def done(found: tuple[list[Problem], dict[str, int], list[str]]) -> None:
            if generation == self._generation:
                self.sent_changes = found[2]
                self.show_sent()
                self.show_findings([finding(p, found[1]) for p in found[0]])

        def failed(message: str) -> None:
            if generation == self._generation:  # not once the window is closed
                self.status.setText(message)

        run_in_background(lambda p: run_checks(state, cards, bad, folder), done, failed,
                           describe=desk_error)

    def show_findings(self, findings: list[Finding]) -> None:
        # said once per place: a row, or a file (each unconfirmed card is its own line)
        unique = {(f.page, f.row, f.where, f.sentence): f for f in findings}
        findings = list(unique.values())
        self.findings = findings
        by_page: dict[int, list[Finding]] = {n: [] for n in range(6)}
        for f in findings:
            by_page[f.page].append(f)
        for n, page in enumerate(self.all_pages):
            if n == SEND:
                page.show_findings(findings)
            elif hasattr(page, "show_findings"):
                page.show_findings(by_page[n])
        self._name_steps()
        self.checked.emit()

    def show_sent(self) -> None:
        sent = self.state.sent_bundles()
        last = sent[-1] if sent else None
        self.send_page.show_sent(last, self.sent_changes)
        self.collect_page.show_sent(last, self.sent_changes)
        item = self.steps.item(SEND)
        item.setToolTip(self.tr("The draft differs from the bundle sent: sign it again and "
                                "send the new bundle to everyone.") if self.sent_changes else "")

    def autosave(self) -> None:
        if self.draft_file is None:
            return
        try:
            self.state.save_draft(self.draft_file)
        except OSError as e:
            self.status.setText(self.tr("The draft could not be saved: %1").replace(
                "%1", e.strerror or str(e)))
            return
        from datetime import datetime

        self.status.setText(self.tr("Draft saved %1").replace(
            "%1", time_text(datetime.now().astimezone().isoformat(), seconds=True)))

    # ---- after the bundle ------------------------------------------------------------------

    def _bundle_made(self, result: dict[str, Any]) -> None:
        self.autosave()
        self.collect_page.load()
        self.sent_changes = []  # the draft just signed; a check still running compared the
        self.show_sent()  # draft with the bundle before: checked again
        self._name_steps()
        self.check()

    def open_chair(self) -> Any:
        """The chair's consolidation window on the bundle, with the collected sheets in."""
        from ui.chair.window import ChairWindow

        if self.key.identity is None:
            return None
        kind, _, value = self.key.ref.partition(":")
        window = ChairWindow(Path(self.state.bundle_path), self.key.identity,
                             Path(value) if kind == "file" else None,
                             sheets=[Path(self.state.sheets_folder)])  # as --sheets DIR does
        window.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self._chair = window
        window.show()
        return window

    def closeEvent(self, event: QCloseEvent) -> None:
        if self.send_page.busy and QMessageBox.question(
                self, self.windowTitle(), self.tr("The bundle is still being written. Stop "
                                                  "and close?")) != QMessageBox.StandardButton.Yes:
            event.ignore()
            return
        self.send_page.cancel()
        self.autosave()
        self._check_timer.stop()  # no check starts after this one,
        self._save_timer.stop()
        self._generation += 1  # and one still running reports to no one (its folder goes)
        shutil.rmtree(self._scratch, ignore_errors=True)
        super().closeEvent(event)


def render_pages(window: DeskWindow, folder: Path) -> list[Path]:
    """Each page as desk-N-name.png (for --screenshot and the docs)."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for n, slug in enumerate(PAGE_SLUGS):
        window.show_page(n)
        QApplication.processEvents()
        path = folder / f"desk-{n + 1}-{slug}.png"
        window.grab().save(str(path))
        out.append(path)
    return out

