"""Where QPdfView puts each page, so that highlights can be drawn on the pages and picked on them.

QPdfView does not expose its page geometry. This follows its layout for the Custom zoom mode,
which the app always uses (fit-to-width is applied here as a zoom factor): pages stacked top to
bottom inside the document margins with the page spacing between them, each centred, sized
`points × screen dpi / 72 × zoom` and rounded to whole pixels, and the whole moved by the scroll
bars. tests/test_highlights.py checks it against QPdfView's own drawing of a search result, so a
Qt upgrade that moves the pages fails there rather than misplacing highlights.

The page sizes come in from the worker that parsed the document: asking QtPdf on the GUI thread
takes pdfium's global lock, which a page being rendered holds for up to ~150 ms.
"""

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSizeF
from PySide6.QtGui import QGuiApplication
from PySide6.QtPdfWidgets import QPdfView


def screen_resolution() -> float:
    """Pixels per PDF point at zoom 1, as QPdfView computes it."""
    screen = QGuiApplication.primaryScreen()
    return (screen.logicalDotsPerInch() if screen else 96.0) / 72.0


def fit_width_zoom(view: QPdfView, page_sizes: Sequence[QSizeF]) -> float:
    """The zoom factor at which the widest page fills the viewport's width."""
    margins = view.documentMargins()
    widest = max((size.width() for size in page_sizes), default=0.0)
    if widest <= 0:
        return 1.0
    room = view.viewport().width() - margins.left() - margins.right()
    return max(0.05, room / (widest * screen_resolution()))


class PageLayout:
    """Page rectangles in viewport pixels, and conversions between viewport and page points."""

    def __init__(self, view: QPdfView, page_sizes: Sequence[QSizeF]) -> None:
        self.scale = screen_resolution() * view.zoomFactor()
        margins, spacing = view.documentMargins(), view.pageSpacing()
        sizes = [QSizeF(size * self.scale).toSize() for size in page_sizes]
        total_width = max((s.width() for s in sizes), default=0) + margins.left() + margins.right()
        dx, dy = view.horizontalScrollBar().value(), view.verticalScrollBar().value()
        width = view.viewport().width()
        self.rects: dict[int, QRectF] = {}
        y = margins.top()
        for page, size in enumerate(sizes):
            x = (max(total_width, width) - size.width()) // 2
            self.rects[page] = QRectF(x - dx, y - dy, size.width(), size.height())
            y += size.height() + spacing

    def to_viewport(self, page: int, point: QPointF) -> QPointF:
        return self.rects[page].topLeft() + point * self.scale

    def map_rect(self, page: int, rect: QRectF) -> QRectF:
        top_left = self.to_viewport(page, rect.topLeft())
        return QRectF(top_left, rect.size() * self.scale)

    def to_page(self, position: QPointF, page: int | None = None) -> tuple[int, QPointF] | None:
        """The page under `position` and the point on it; with `page`, the point on that page
        (clamped to its edges), for a drag that wanders off the page it started on."""
        if page is None:
            page = next((p for p, r in self.rects.items() if r.contains(position)), None)
            if page is None:
                return None
        rect = self.rects[page]
        x = min(max(position.x(), rect.left()), rect.right())
        y = min(max(position.y(), rect.top()), rect.bottom())
        return page, (QPointF(x, y) - rect.topLeft()) / self.scale
