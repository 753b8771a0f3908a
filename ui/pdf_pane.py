"""Application documents rendered by QtPdf from decrypted bytes in memory (never a file)."""

from PySide6.QtCore import QBuffer, QCoreApplication, QIODevice, QPointF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPaintEvent
from PySide6.QtPdf import QPdfDocument, QPdfSearchModel
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QStackedWidget,
    QTabWidget,
    QToolButton,
    QVBoxLayout,
    QWidget,
)


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


def parse_document(buffer: QBuffer) -> QPdfDocument:
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
    for page in range(document.pageCount()):
        document.pagePointSize(page)
    document.moveToThread(QCoreApplication.instance().thread())
    return document


class DocumentView(QWidget):
    """One document: its QPdfView, page navigation and zoom."""

    def __init__(self, name: str, document: QPdfDocument, watermark: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.name = name
        self.document = document
        document.setParent(self)
        self.view = QPdfView(self)
        self.view.setDocument(self.document)
        self.view.setPageMode(QPdfView.PageMode.MultiPage)
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self.view.setAccessibleName(self.tr("Document %1").replace("%1", name))
        self.watermark = Watermark(watermark, self.view.viewport())
        self.search_model = QPdfSearchModel(self)
        self.search_model.setDocument(self.document)
        self.view.setSearchModel(self.search_model)
        self.find_field = QLineEdit(self)
        self.find_field.setPlaceholderText(self.tr("Find in the document (Ctrl+F)"))
        self.find_field.setAccessibleName(self.tr("Find in the document"))
        self.find_field.setClearButtonEnabled(True)
        self.find_field.setMinimumWidth(210)
        self.find_field.returnPressed.connect(self.find_next)
        self.find_label = QLabel(self)
        self._result = -1

        self.page_label = QLabel(self)
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
            bar.addWidget(button)
        bar.addWidget(self.page_label)
        bar.addStretch(1)
        bar.addWidget(self.find_field)
        bar.addWidget(self.find_label)
        self.pages = QListWidget(self)  # the page list: click (or arrow keys) to jump
        self.pages.setAccessibleName(self.tr("Pages"))
        self.pages.setFixedWidth(64)
        self.pages.addItems([self.tr("p. %1").replace("%1", str(n + 1))
                             for n in range(self.document.pageCount())])
        self.pages.currentRowChanged.connect(self.jump)
        body = QHBoxLayout()
        body.addWidget(self.pages)
        body.addWidget(self.view, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(bar)
        layout.addLayout(body, 1)
        self.view.pageNavigator().currentPageChanged.connect(self._update_page_label)
        self._update_page_label()

    def resizeEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        super().resizeEvent(event)
        self.watermark.setGeometry(self.view.viewport().rect())

    def find_next(self) -> None:
        """Enter: search (first time) or jump to the next match, wrapping around."""
        text = self.find_field.text()
        if self.search_model.searchString() != text:
            self.search_model.setSearchString(text)
            self._result = -1
        count = self.search_model.count()
        if not text or count == 0:
            self.find_label.setText("0" if text else "")
            return
        self._result = (self._result + 1) % count
        self.view.setCurrentSearchResultIndex(self._result)
        link = self.search_model.resultAtIndex(self._result)
        self.view.pageNavigator().jump(link)
        self.find_label.setText(f"{self._result + 1} / {count}")

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
        self.view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.view.setZoomFactor(max(0.25, min(6.0, self.view.zoomFactor() * factor)))

    def fit_width(self) -> None:
        self.view.setZoomMode(QPdfView.ZoomMode.FitToWidth)


class PdfPane(QStackedWidget):
    """A message page (loading, recused, errors) or the document tabs."""

    def __init__(self, watermark: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.watermark = watermark
        self.message = QLabel(self)
        self.message.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.message.setWordWrap(True)
        self.tabs = QTabWidget(self)
        self.addWidget(self.message)
        self.addWidget(self.tabs)
        self.show_message(self.tr("Choose an application on the left."))

    def show_message(self, text: str) -> None:
        self._clear()
        self.message.setText(text)
        self.setCurrentWidget(self.message)

    def show_documents(self, documents: list[tuple[str, QPdfDocument]]) -> None:
        """Documents parsed by `parse_document`; one that is not a readable PDF gets a notice."""
        self._clear()
        for name, document in documents:
            if document.status() == QPdfDocument.Status.Ready:
                widget: QWidget = DocumentView(name, document, self.watermark, self.tabs)
            else:
                document.deleteLater()
                widget = QLabel(self.tr("%1 is not a readable PDF document.").replace("%1", name),
                                self.tabs)
                widget.setAlignment(Qt.AlignmentFlag.AlignCenter)
            self.tabs.addTab(widget, name)
        self.setCurrentWidget(self.tabs)

    def views(self) -> list[DocumentView]:
        return [self.tabs.widget(i) for i in range(self.tabs.count())]  # type: ignore[misc]

    def current_view(self) -> DocumentView | None:
        widget = self.tabs.currentWidget()
        return widget if isinstance(widget, DocumentView) else None

    def _clear(self) -> None:
        while self.tabs.count():
            widget = self.tabs.widget(0)
            self.tabs.removeTab(0)
            widget.deleteLater()
