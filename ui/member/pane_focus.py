"""Keyboard focus across the member's three panes (list, document, rubric)."""

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget

if TYPE_CHECKING:
    from ui.member.pdf_pane import PdfPane
    from ui.member.rubric_panel import RubricPanel


def rubric_stops(panel: "RubricPanel") -> list[QWidget]:
    """The rubric form's Tab stops in the order they were made: as laid out."""
    form = panel.widget()
    return [w for w in form.findChildren(QWidget)  # (not a combo box's popup list)
            if w.focusPolicy() & Qt.FocusPolicy.TabFocus and w.window() is panel.window()
            ] if form is not None else []


def document_stops(pdf: "PdfPane") -> list[QWidget]:
    return pdf.tab_stops() if pdf.views() else []


def link_tab_stops(chain: list[QWidget]) -> None:
    for first, second in itertools.pairwise(chain):
        QWidget.setTabOrder(first, second)


class PaneFocusMixin:
    """Tab order and Ctrl+Tab between the panes of the member's main window (no strings)."""

    def order_tab_stops(self) -> None:
        """Tab walks the panes left to right, each as it reads on screen: the list pane, the
        document pane (its tabs, buttons, search, page list, pages), the rubric. The widgets
        of a document or a rubric form are made after the others and would join the chain at
        its end (or, for the document, skipped behind the tab bar): the chain is set here,
        each time the documents or the form change, a link per stop."""
        chain = [self.search, self.status_filter, self.table, self.notes, self.highlight_list,
                 *document_stops(self.pdf), *rubric_stops(self.panel)]
        link_tab_stops(chain)

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
