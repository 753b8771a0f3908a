"""Printing the 종합평가표 (report.pdf written by the consolidation) through QtPdf."""

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPrintSupport import QPrinter


def print_pdf(path: Path, printer: QPrinter) -> int:
    """Every page of the PDF onto the printer, on white; returns the page count."""
    document = QPdfDocument()
    document.load(str(path))
    pages = document.pageCount()
    painter = QPainter(printer)
    area = printer.pageRect(QPrinter.Unit.DevicePixel).toRect()
    for page in range(pages):
        if page:
            printer.newPage()
        size = document.pagePointSize(page).toSize().scaled(area.size(),
                                                            Qt.AspectRatioMode.KeepAspectRatio)
        image = document.render(page, size)
        sheet = QImage(image.size(), QImage.Format.Format_RGB32)
        sheet.fill(Qt.GlobalColor.white)  # render() is transparent: paint it on white
        p = QPainter(sheet)
        p.drawImage(0, 0, image)
        p.end()
        painter.drawImage(0, 0, sheet)
    painter.end()
    return pages
