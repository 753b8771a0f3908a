"""Printing a document the bundle allows to be printed: every page on white, watermarked."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QImage, QPainter
from PySide6.QtPrintSupport import QPrinter

from ui.member.document_view import DocumentView


def print_watermarked(printer: QPrinter, view: DocumentView) -> int:
    """Print `view`'s document, each page with its watermark; returns the page count."""
    painter = QPainter(printer)
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    pages = view.document.pageCount()
    for page in range(pages):
        if page:
            printer.newPage()
        image = view.document.render(page, area.size())
        sheet = QImage(image.size(), QImage.Format.Format_RGB32)
        sheet.fill(Qt.GlobalColor.white)  # render() is transparent: paint it on white
        QPainter(sheet).drawImage(0, 0, image)
        painter.drawImage(0, 0, sheet)
        painter.setPen(QColor(120, 120, 120, 90))
        painter.drawText(area.adjusted(0, 0, 0, -10),
                         Qt.AlignmentFlag.AlignBottom | Qt.AlignmentFlag.AlignHCenter,
                         view.watermark.text)
    painter.end()
    return pages
