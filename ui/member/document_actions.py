"""What the member's keys and the highlight list do to the document pane (no strings)."""

from PySide6.QtCore import QPointF

from evaluator_app.workspace.records import Highlight


class DocumentActionsMixin:
    """Highlights, find, page and zoom on the document shown in the member's main window
    (`self.pdf`, `self.controller`, `self._refresh_highlights` are the window's)."""

    def _add_highlight(self, doc_id: str, page: int, start: QPointF, end: QPointF) -> None:
        if self.controller.add_highlight(doc_id, page, (start.x(), start.y()),
                                         (end.x(), end.y())):
            self._refresh_highlights()

    def _delete_highlight(self, highlight: Highlight) -> None:
        self.controller.delete_highlight(highlight.id)
        self._refresh_highlights()

    def _highlight_found(self) -> None:
        view = self.pdf.current_view()
        if view is not None:
            view.highlight_found()

    def _find_in_document(self) -> None:
        view = self.pdf.current_view()
        if view is not None:
            view.find_field.setFocus()
            view.find_field.selectAll()

    def _page(self, delta: int) -> None:
        view = self.pdf.current_view()
        if view is not None:
            view.next_page() if delta > 0 else view.previous_page()

    def _zoom(self, factor: float) -> None:
        view = self.pdf.current_view()
        if view is not None:
            view.zoom(factor)
