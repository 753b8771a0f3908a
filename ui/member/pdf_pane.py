"""The document pane: a message (loading, recused, errors) or the application's documents.

QtPdf and the document views (document_view.py) are imported when the first document is shown,
so the main window opens without them.
"""

from typing import TYPE_CHECKING

from PySide6.QtCore import QPointF, Qt, QTimer, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QTabWidget, QWidget

from evaluator_app.workspace.records import Highlight
from ui.widgets.focus_frame import OWN_FRAME

if TYPE_CHECKING:
    from ui.member.document_view import DocumentView, ParsedDocument

RETIRE_AFTER_MS = 3000


class PdfPane(QStackedWidget):
    """A message page (loading, recused, errors) or the document tabs."""

    highlight_requested = Signal(str, int, QPointF, QPointF)  # see DocumentView

    def __init__(self, watermark: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watermark = watermark
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.tabs.tabBar().setAccessibleName(self.tr("Documents of this application"))
        # The tab bar is a Tab stop of its own (Left/Right choose a document). As the tab
        # widget's focus proxy it made Tab jump from the bar past the document's controls.
        self.tabs.setFocusProxy(None)
        self.tabs.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.tabs.tabBar().setStyleSheet(  # the style's mark of its focus is a faint tint
            "QTabBar::tab:focus { border: 2px solid palette(highlight); padding: 3px 10px; }")
        self.tabs.tabBar().setProperty(OWN_FRAME, True)  # (the tab it is on, not the bar)
        self.addWidget(self.message)
        self.addWidget(self.tabs)
        self.show_message(self.tr("Choose an application on the left."))

    def show_message(self, text: str) -> None:
        self._clear()
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_documents(self, documents: list[tuple[str, str, "ParsedDocument"]]) -> None:
        """(doc id, name, `parse_document`'s result); one that is not a readable PDF gets a
        notice instead."""
        from PySide6.QtPdf import QPdfDocument

        from ui.member.document_view import DocumentView

        self._clear()
        for doc_id, name, parsed in documents:
            if parsed.document.status() == QPdfDocument.Status.Ready:
                view = DocumentView(doc_id, name, parsed, self.watermark, self.tabs)
                view.highlight_requested.connect(self.highlight_requested)
                widget: QWidget = view
            else:
                parsed.document.deleteLater()
                widget = QLabel(self.tr("%1 is not a readable PDF document.").replace("%1", name),
                                self.tabs)
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(widget, name)
        self.setCurrentWidget(self.tabs)

    def tab_stops(self) -> list[QWidget]:
        """The tab bar, then every document's controls (a hidden document's are passed over)."""
        return [self.tabs.tabBar(), *(w for view in self.views() for w in view.tab_stops())]

    def views(self) -> list["DocumentView"]:
        if not self.tabs.count():  # (nothing shown yet: document_view need not be loaded)
            return []
        from ui.member.document_view import DocumentView

        return [w for w in map(self.tabs.widget, range(self.tabs.count()))
                if isinstance(w, DocumentView)]

    def current_view(self) -> "DocumentView | None":
        widget = self.tabs.currentWidget()
        if widget is None:
            return None
        from ui.member.document_view import DocumentView

        return widget if isinstance(widget, DocumentView) else None

    def view_of(self, doc_id: str) -> "DocumentView | None":
        return next((v for v in self.views() if v.doc_id == doc_id), None)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        for view in self.views():
            view.set_highlights(highlights)

    def show_highlight(self, highlight: Highlight) -> None:
        view = self.view_of(highlight.doc_id)
        if view is not None:
            self.tabs.setCurrentWidget(view)
            view.jump(highlight.page)

    def _clear(self) -> None:
        """Retire the shown documents. Deleting a QPdfView waits for the page its render thread
        is drawing (measured: up to 136 ms of a 46 MiB scan), so they go a few seconds later."""
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.hide()
            QTimer.singleShot(RETIRE_AFTER_MS, widget, widget.deleteLater)
