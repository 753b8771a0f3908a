"""Moving through the member's applications by keyboard: the next one, the next still to do,
a given entry, the first to open; and Ctrl+S. For MainWindow (`self.table`, `self.proxy`,
`self.model`, `self.panel`, `self.notes`, `self.search`, `self.current`)."""

from typing import TYPE_CHECKING, Any

from ui.member.models import ApplicationTableModel

if TYPE_CHECKING:
    from PySide6.QtCore import QSortFilterProxyModel
    from PySide6.QtWidgets import QLineEdit, QTableView

    from ui.member.rubric_panel import RubricPanel

STILL_TO_DO = ("in-progress", "not-started")  # an application's status (the core's)


class NavigationMixin:
    table: "QTableView"
    proxy: "QSortFilterProxyModel"
    model: ApplicationTableModel
    panel: "RubricPanel"
    search: "QLineEdit"
    notes: Any
    current: str | None

    def first_to_score(self) -> int:
        """The list row to open: the first application (in the list's order) still to score;
        else the first not recused; else the first."""
        statuses = [self.proxy.data(self.proxy.index(r, 0), ApplicationTableModel.StatusRole)
                    for r in range(self.proxy.rowCount())]
        for wanted in (STILL_TO_DO, ("complete",)):
            for row, status in enumerate(statuses):
                if status in wanted:
                    return row
        return 0

    def open_first_to_score(self) -> None:
        if self.proxy.rowCount():
            self.table.selectRow(self.first_to_score())
            # The keyboard on the list, not in the search box (first in the Tab order), where
            # a score typed at once filtered the list away. (Only now: the list taking the
            # focus with no row chosen would choose its first row itself.)
            if self.focusWidget() in (None, self.search) and not self.search.text():
                self.table.setFocus()

    def jump_to(self, app_id: str, entry_id: str) -> None:
        self.select_application(app_id)
        self.panel.focus_entry(entry_id)

    def step(self, delta: int) -> None:
        """Alt+Down/Up: the next application, and the keyboard on its first open entry (the
        entry that had it may be gone with the rubric: Qt put it in the search box)."""
        from_list = self.table.hasFocus()
        row = self.table.currentIndex().row()
        target = max(0, min(self.proxy.rowCount() - 1, row + delta))
        self.table.selectRow(target)
        if from_list:
            return
        if self.panel.scoring_visible():
            self.panel.focus_first_open()
        else:
            self.table.setFocus()

    def next_to_do(self) -> None:
        """Ctrl+Shift+N: the next application in the list still to score (after the last, the
        first), on its first open entry; when none is left, the status bar says what is next."""
        rows, here = self.proxy.rowCount(), self.table.currentIndex().row()
        to_do = [row for row in range(rows) if self.proxy.data(
            self.proxy.index(row, 0), ApplicationTableModel.StatusRole) in STILL_TO_DO]
        after = [row for row in to_do if row > here] + [row for row in to_do if row < here]
        if after:
            self.table.selectRow(after[0])
        if self.panel.scoring_visible() and (after or here in to_do):
            self.panel.focus_first_open()
        if not after:
            self.statusBar().showMessage(self.tr(
                "This is the last application still to do.") if here in to_do else self.tr(
                "Every application is done: Evaluation > Finalize and sign (Ctrl+Shift+S)."),
                10_000)

    def save_now(self) -> None:
        """Ctrl+S, the key a hand presses out of habit: what waits for its pause (a score, a
        text) is saved at once, and the status bar says so."""
        unsaved = self.panel.flush()
        self.notes.flush()
        if unsaved:
            self._say_unsaved(self.current, unsaved)
        else:
            self.statusBar().showMessage(self.tr(
                "Everything is saved (Evaluation Desk also saves as you type)."), 5_000)

    def _say_unsaved(self, app_id: str, unsaved: list[tuple[str, str]]) -> None:
        self.statusBar().showMessage(self.tr(
            "Not saved in %1: %2 (not a valid score; the saved value stays)").replace(
            "%1", app_id).replace("%2", ", ".join(f"{e} “{t}”" for e, t in unsaved)))

    def _score_current(self) -> None:
        if self.panel.scoring_visible():
            self.panel.focus_first_open()

    def select_application(self, app_id: str) -> None:
        source = self.model.index(self.model.row_of(app_id), 0)
        self.table.selectRow(self.proxy.mapFromSource(source).row())

