"""Keyboard focus across the member's three panes (list, document, rubric)."""

import itertools

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


class PaneFocusMixin:
    """Tab order and Ctrl+Tab between the panes of the member's main window (no strings)."""

    def order_tab_stops(self) -> None:
        """Tab walks the panes left to right: the list, the document, the rubric. A document's
        widgets are made after the rubric's and would join the chain at its end: they are put
        between the list and the rubric (a handful of moves, not a reorder of every stop)."""
        def stops(root: QWidget) -> list[QWidget]:
            return [w for w in root.findChildren(QWidget)
                    if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.isVisibleTo(root)]

        documents = stops(self.pdf)
        rubric = stops(self.panel.widget()) if self.panel.widget() is not None else []
        if not documents:
            return
        chain = [self.highlight_list, *documents, *rubric[:1]]
        for first, second in itertools.pairwise(chain):
            QWidget.setTabOrder(first, second)

    def next_pane(self, delta: int) -> None:
        """Ctrl+Tab / Ctrl+Shift+Tab: the application list, the document, the rubric."""
        focus = QApplication.focusWidget()
        here = next((i for i, pane in enumerate(self.panes)
                     if focus is not None and pane.isAncestorOf(focus)), 0)
        for step in range(1, len(self.panes) + 1):
            target = (here + delta * step) % len(self.panes)
            if target == 0:
                self.table.setFocus()
                return
            if target == 1 and self.pdf.current_view() is not None:
                self._focus_document()
                return
            if target == 2 and self.panel.scoring_visible():
                self.panel.focus_first_open()
                return

    def _focus_document(self) -> None:
        view = self.pdf.current_view()
        if view is not None:
            view.view.setFocus()
