"""Application documents rendered by QtPdf from decrypted bytes in memory (never a file).

Imported when the first document is shown (not to open the main window): see pdf_pane.py.
"""

from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import (
    QBuffer,
    QCoreApplication,
    QEvent,
    QIODevice,
    QObject,
    QPointF,
    QSize,
    QSizeF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QIcon, QImage, QPainter, QPaintEvent, QPixmap
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.workspace.records import Highlight
from ui.member.highlight_layer import HighlightLayer
from ui.member.page_layout import PageLayout, fit_width_zoom
from ui.widgets.focus_frame import OWN_FRAME

NO_MATCH_AFTER_MS = 3000  # a search with no match by then says so (the model has no "done")
# Where Tab has put the keyboard, in the pane's controls: the style's own mark is a faint tint
# (Fusion) or a dotted line (Windows) on these small buttons, hard to find on a busy screen.
FOCUS_STYLE = ("QToolButton:focus { border: 2px solid palette(highlight); border-radius: 3px;"
               " background: palette(button); padding: 1px 4px; }"
               "QListWidget:focus { border: 2px solid palette(highlight); }"
               # the page shown is marked softly; in full colour once the list has the keys
               "QListWidget::item:selected { background: palette(midlight);"
               " color: palette(text); }"
               "QListWidget::item:selected:focus { background: palette(highlight);"
               " color: palette(highlighted-text); }")


class Watermark(QWidget):
    """A faint, repeated name + fingerprint over the pages: a deterrent against leaks."""

    def __init__(self, text: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.text = text
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAttribute(Qt.WidgetAttribute.WA_NoSystemBackground)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setPen(QColor(120, 120, 120, 38))
        font = QFont(self.font())
        font.setPointSize(16)
        painter.setFont(font)
        painter.translate(self.width() / 2, self.height() / 2)
        painter.rotate(-30)
        step_x, step_y = 460, 150
        for y in range(-self.height(), self.height(), step_y):
            for x in range(-self.width(), self.width(), step_x):
                painter.drawText(QPointF(x + (y // step_y % 2) * step_x / 2, y), self.text)
        painter.end()


THUMB_WIDTH = 56  # px: the page list's thumbnails
THUMB_PAGES = 80  # a long scan lists its later pages by number only (rendering costs time)


@dataclass
class ParsedDocument:
    document: QPdfDocument
    page_sizes: list[QSizeF]  # in points, read once off the GUI thread (see page_layout)
    thumbnails: list[QImage] = field(default_factory=list)  # the first THUMB_PAGES pages


def render_thumbnails(document: QPdfDocument, sizes: list[QSizeF]) -> list[QImage]:
    """Small pictures of the first pages, rendered with the document in the worker thread
    (about 2 ms a page), so the page list shows pages rather than "p. 1"."""
    out = []
    for page, size in enumerate(sizes[:THUMB_PAGES]):
        tall = round(THUMB_WIDTH * size.height() / size.width()) if size.width() else THUMB_WIDTH
        out.append(document.render(page, QSize(THUMB_WIDTH, max(1, min(tall, 4 * THUMB_WIDTH)))))
    return out


def parse_document(buffer: QBuffer) -> ParsedDocument:
    """Parse a decrypted PDF in a worker thread and hand it to the GUI thread.

    Measured on a 46 MiB scan: load 15–20 ms, then the first page-size query 28 ms (QPdfView asks
    for every page's size when the document is set). Both happen here, so that the GUI thread only
    lays out and paints. The buffer becomes the document's child: it is the document's only source
    and must live exactly as long.
    """
    document = QPdfDocument()
    buffer.setParent(document)
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    document.load(buffer)
    sizes = [document.pagePointSize(page) for page in range(document.pageCount())]
    thumbnails = render_thumbnails(document, sizes)
    document.moveToThread(QCoreApplication.instance().thread())
    return ParsedDocument(document, sizes, thumbnails)


def decrypt_documents(bundle: Any, docs: list[Any]) -> list[tuple[str, str, ParsedDocument]]:
    """Decrypt and parse `docs` of `bundle` (in a worker thread): (doc id, name, parsed).

    Straight into a QBuffer, in small writes: one big copy (bytes → QByteArray) would hold the
    GIL for tens of milliseconds and stall the GUI thread. Every document is hash-checked
    against the signed manifest while it streams.
    """
    out = []
    for d in docs:
        sink = QBuffer()
        sink.open(QIODevice.OpenModeFlag.WriteOnly)
        bundle.stream_document(d.doc_id, sink)
        sink.close()
        out.append((d.doc_id, d.name, parse_document(sink)))
    return out


class DocumentView(QWidget):
    """One document: its QPdfView, page navigation, zoom, search and the member's highlights.

    Drag across text with the mouse, or find it (Ctrl+F) and press Ctrl+H, to highlight it.
    """

    highlight_requested = Signal(str, int, QPointF, QPointF)  # doc id, page, start, end (points)

    def __init__(self, doc_id: str, name: str, parsed: ParsedDocument, watermark: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.doc_id = doc_id
        self.name = name
        self.document = document = parsed.document
        self.page_sizes = parsed.page_sizes
        document.setParent(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        # Custom zoom only (fit-to-width is computed in page_layout): QPdfView's FitToWidth
        # leaves zoomFactor at 1 and so draws search results off their words.
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        self.view.setAccessibleName(self.tr("Document %1").replace("%1", name))
        # F6 (or Ctrl+Tab) puts the keyboard here: a frame says so (the style drew none)
        self.view.setStyleSheet("QPdfView { border: 2px solid palette(window); }"
                                "QPdfView:focus { border-color: palette(highlight); }")
        self._fit = True
        self._drag: tuple[int, QPointF, QPointF, QPointF] | None = None  # page, start, end, px
        self.highlights = HighlightLayer(document, self.page_layout, self.view.viewport())
        self.watermark = Watermark(watermark, self.view.viewport())
        self.view.viewport().installEventFilter(self)
        for bar in (self.view.verticalScrollBar(), self.view.horizontalScrollBar()):
            bar.valueChanged.connect(self.highlights.update)
        self.view.zoomFactorChanged.connect(self.highlights.update)
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find in the document (Ctrl+F)"))
        self.find_field.setAccessibleName(self.tr("Find in the document"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMinimumWidth(120)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_field.textChanged.connect(self._find_text_changed)
        self.find_label = QLabel(self)
        self._result = -1
        # The search model fills page by page after the string is set: the first Enter waits
        # for the first match instead of reporting 0 while the model is still filling.
        self._waiting_for_first = False
        self.search_model.countChanged.connect(self._results_arrived)
        self._no_match = QTimer(self)
        self._no_match.setSingleShot(True)
        self._no_match.setInterval(NO_MATCH_AFTER_MS)
        self._no_match.timeout.connect(self._search_settled)

        self.page_label = QLabel(self)
        self.buttons: list[QToolButton] = []  # the bar's, in their Tab order (see tab_stops)
        bar = QHBoxLayout()
        for text, tip, slot in (
                ("◀", self.tr("Previous page (PgUp)"), self.previous_page),
                ("▶", self.tr("Next page (PgDown)"), self.next_page),
                ("−", self.tr("Zoom out (Ctrl+-)"), lambda: self.zoom(1 / 1.2)),
                ("+", self.tr("Zoom in (Ctrl++)"), lambda: self.zoom(1.2)),
                ("↔", self.tr("Fit width"), self.fit_width)):
            button = QToolButton(self)
            button.setText(text)
            button.setToolTip(tip)
            button.setAccessibleName(tip)
            button.clicked.connect(slot)
            self.buttons.append(button)
            bar.addWidget(button)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        find_bar = QHBoxLayout()  # a row of its own: the pane stays narrow on a small screen
        find_bar.addWidget(self.find_field, 1)
        find_bar.addWidget(self.find_label)
        mark = QToolButton(self)
        mark.setText(self.tr("Highlight"))
        mark.setToolTip(self.tr("Highlight the text found (Ctrl+H); or drag across text with "
                                "the mouse"))
        mark.setAccessibleName(self.tr("Highlight the text found"))
        mark.clicked.connect(self.highlight_found)
        self.mark_button = mark
        find_bar.addWidget(mark)
        self.pages = QListWidget(self)  # the page list: click (or arrow keys) to jump
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setFixedWidth(THUMB_WIDTH + 34)
        self.pages.setIconSize(QSize(THUMB_WIDTH, THUMB_WIDTH * 3 // 2))
        self.pages.setViewMode(QListWidget.ViewMode.ListMode)
        self.pages.setFlow(QListWidget.Flow.TopToBottom)
        for n in range(self.document.pageCount()):
            item = QListWidgetItem(self.tr("p. %1").replace("%1", str(n + 1)))
            if n < len(parsed.thumbnails):
                item.setIcon(QIcon(QPixmap.fromImage(parsed.thumbnails[n])))
                item.setText(str(n + 1))
                item.setToolTip(self.tr("p. %1").replace("%1", str(n + 1)))
            self.pages.addItem(item)
        self.pages.currentRowChanged.connect(self.jump)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.view, 1)
        for widget in (*self.buttons, mark, self.pages):
            widget.setStyleSheet(FOCUS_STYLE)
        for widget in (*self.buttons, mark, self.pages, self.view):  # framed by their style
            widget.setProperty(OWN_FRAME, True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(find_bar)
        layout.addLayout(body, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self._update_page_label()

    def tab_stops(self) -> list[QWidget]:
        """What Tab reaches here, as it reads on screen: the page and zoom buttons, the search,
        the page list, then the pages themselves (next to the rubric, where Tab goes on)."""
        return [*self.buttons, self.find_field, self.mark_button, self.pages, self.view]

    def page_layout(self) -> PageLayout:
        return PageLayout(self.view, self.page_sizes)

    def set_highlights(self, highlights: list[Highlight]) -> None:
        self.highlights.set_highlights([h for h in highlights if h.doc_id == self.doc_id])

    def highlight_text(self, highlight: Highlight) -> str:
        """The highlighted words, read from the document in memory (they are never stored)."""
        selection = self.document.getSelection(highlight.page, QPointF(*highlight.start),
                                               QPointF(*highlight.end))
        return " ".join(selection.text().split())

    def highlight_found(self) -> None:
        """Highlight the current search result (find it first with Ctrl+F and Enter)."""
        if self._result < 0 and self.view.currentSearchResultIndex() >= 0:
            self._result = self.view.currentSearchResultIndex()  # the match the view shows
        if self._result < 0 or self._result >= self.search_model.count():
            self.find_label.setText(self.tr("Find the text first"))
            self.find_field.setFocus()
            return
        link = self.search_model.resultAtIndex(self._result)
        first, last = link.rectangles()[0], link.rectangles()[-1]
        self.highlight_requested.emit(self.doc_id, link.page(),
                                      QPointF(first.left() + 0.5, first.center().y()),
                                      QPointF(last.right() - 0.5, last.center().y()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Fit-to-width on resize; a left-button drag marks text (the view still gets every
        event, so links and scrolling keep working)."""
        kind = event.type()
        if kind == QEvent.Type.Resize:
            self.watermark.setGeometry(self.view.viewport().rect())
            self.highlights.setGeometry(self.view.viewport().rect())
            if self._fit:
                self._set_zoom(fit_width_zoom(self.view, self.page_sizes))
        elif (kind == QEvent.Type.MouseButtonPress
              and event.button() == Qt.MouseButton.LeftButton):  # type: ignore[attr-defined]
            position = event.position()  # type: ignore[attr-defined]
            hit = self.page_layout().to_page(position)
            if hit is not None:
                self._drag = (hit[0], hit[1], hit[1], position)
        elif kind == QEvent.Type.MouseMove and self._drag is not None:
            page, start, _, pressed = self._drag
            hit = self.page_layout().to_page(event.position(), page)  # type: ignore[attr-defined]
            if hit is not None:
                self._drag = (page, start, hit[1], pressed)
                self.highlights.set_marking(page, start, hit[1])
        elif kind == QEvent.Type.MouseButtonRelease and self._drag is not None:
            page, start, end, pressed = self._drag
            self._drag = None
            self.highlights.clear_marking()
            moved = (event.position() - pressed).manhattanLength()  # type: ignore[attr-defined]
            if moved >= 4 and self.document.getSelection(page, start, end).text().strip():
                self.highlight_requested.emit(self.doc_id, page, start, end)
        return False

    def _find_text_changed(self, text: str) -> None:
        if not text:  # cleared: the results and their count go too
            self.search_model.setSearchString("")
            self.find_label.setText("")
            self._result = -1
            self._waiting_for_first = False
            self._no_match.stop()

    def find_next(self) -> None:
        """Enter: search (first time) or jump to the next match, wrapping around."""
        text = self.find_field.text()
        if self.search_model.searchString() != text:
            self.search_model.setSearchString(text)
            self._result = -1
            self._waiting_for_first = bool(text)
        count = self.search_model.count()
        if not text:
            self.find_label.setText("")
            return
        if count == 0:
            self._waiting_for_first = True  # results may still be on their way
            self.find_label.setText(self.tr("Searching…"))
            self._no_match.start()
            return
        self._show_result((self._result + 1) % count)

    def _show_result(self, index: int) -> None:
        self._waiting_for_first = False
        self._no_match.stop()
        self._result = index
        self.view.setCurrentSearchResultIndex(index)
        self.view.pageNavigator().jump(self.search_model.resultAtIndex(index))
        self.find_label.setText(f"{index + 1} / {self.search_model.count()}")

    def _results_arrived(self) -> None:
        count = self.search_model.count()
        if self._waiting_for_first and count:
            self._show_result(0)
        elif self._result >= 0 and count:  # more matches found further on: the total grows
            self.find_label.setText(f"{self._result + 1} / {count}")

    def _search_settled(self) -> None:
        if self._waiting_for_first and self.search_model.count() == 0:
            self._waiting_for_first = False
            self.find_label.setText(self.tr("No match"))

    def _update_page_label(self) -> None:
        page = self.view.pageNavigator().currentPage()
        self.page_label.setText(f"{page + 1} / {self.document.pageCount()}")
        self.pages.blockSignals(True)
        self.pages.setCurrentRow(page)
        self.pages.blockSignals(False)

    def jump(self, page: int) -> None:
        page = max(0, min(page, self.document.pageCount() - 1))
        self.view.pageNavigator().jump(page, QPointF(), self.view.zoomFactor())

    def next_page(self) -> None:
        self.jump(self.view.pageNavigator().currentPage() + 1)

    def previous_page(self) -> None:
        self.jump(self.view.pageNavigator().currentPage() - 1)

    def zoom(self, factor: float) -> None:
        self._fit = False
        self._set_zoom(max(0.25, min(6.0, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        self._fit = True
        self._set_zoom(fit_width_zoom(self.view, self.page_sizes))

    def _set_zoom(self, factor: float) -> None:
        """Zoom, keeping the reader at the same place in the document (the scroll position is
        proportional: pages scale together)."""
        bar = self.view.verticalScrollBar()
        where = bar.value() / bar.maximum() if bar.maximum() > 0 else 0.0
        self.view.setZoomFactor(factor)
        bar.setValue(round(where * bar.maximum()))
