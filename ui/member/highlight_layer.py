"""The member's highlights drawn over the pages, and the text being marked with the mouse."""

from collections.abc import Callable

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QPolygonF
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QWidget

from evaluator_app.workspace.records import Highlight
from ui.member.page_layout import PageLayout

SAVED = QColor(255, 200, 0, 90)  # a highlighter pen, translucent so the text stays readable
MARKING = QColor(60, 130, 220, 80)


def selection_polygons(document: QPdfDocument, page: int, start: QPointF,
                       end: QPointF) -> list[QPolygonF]:
    """The text between two points of a page, as polygons in page points."""
    return list(document.getSelection(page, start, end).bounds())


class HighlightLayer(QWidget):
    """Transparent to the mouse: QPdfView keeps scrolling and following links underneath."""

    def __init__(self, document: QPdfDocument, layout: Callable[[], PageLayout],
                 parent: QWidget) -> None:
        super().__init__(parent)
        self.document = document
        self.layout_of_pages = layout
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)
        self.saved: list[tuple[int, list[QPolygonF]]] = []
        self.marking: tuple[int, list[QPolygonF]] | None = None

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.saved = [(h.page, selection_polygons(self.document, h.page, QPointF(*h.start),
                                                  QPointF(*h.end))) for h in highlights]
        self.update()

    def set_marking(self, page: int, start: QPointF, end: QPointF) -> None:
        self.marking = (page, selection_polygons(self.document, page, start, end))
        self.update()

    def clear_marking(self) -> None:
        self.marking = None
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:
        marks = [(SAVED, page, polygons) for page, polygons in self.saved]
        if self.marking is not None:
            marks.append((MARKING, *self.marking))
        if not marks:
            return
        layout = self.layout_of_pages()
        painter = QPainter(self)
        painter.setPen(Qt.PenStyle.NoPen)
        visible = QRectF(self.rect())
        for colour, page, polygons in marks:
            if page not in layout.rects or not layout.rects[page].intersects(visible):
                continue
            painter.setBrush(colour)
            for polygon in polygons:
                painter.drawRect(layout.map_rect(page, polygon.boundingRect()))
        painter.end()
