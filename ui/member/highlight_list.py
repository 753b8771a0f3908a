"""The list of the member's highlights in the current application: Enter jumps, Delete removes."""

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import QListWidget, QListWidgetItem, QWidget

from evaluator_app.workspace.records import Highlight


class HighlightList(QListWidget):
    show_requested = Signal(object)  # Highlight
    delete_requested = Signal(object)  # Highlight

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(self.tr("Highlights"))
        self.setToolTip(self.tr("Your highlights in this application (Enter: go there, Delete: "
                                "remove). They stay on this laptop."))
        # What an empty list is for, said in it (as the personal note's placeholder does)
        self.empty_text = self.tr("No highlights in this application yet. Drag over text in "
                                  "the document, or find a word (Ctrl+F) and press Ctrl+H.")
        self.itemActivated.connect(
            lambda item: self.show_requested.emit(item.data(Qt.ItemDataRole.UserRole)))

    def set_highlights(self, highlights: list[Highlight],
                       describe: Callable[[Highlight], str]) -> None:
        self.clear()
        for highlight in highlights:
            item = QListWidgetItem(describe(highlight))
            item.setData(Qt.ItemDataRole.UserRole, highlight)
            self.addItem(item)

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        if self.count():
            return
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().placeholderText().color())
        painter.drawText(self.viewport().rect().adjusted(6, 4, -6, -4),
                         Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop
                         | Qt.TextFlag.TextWordWrap, self.empty_text)
        painter.end()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        item = self.currentItem()
        if item is not None and event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
            self.delete_requested.emit(item.data(Qt.ItemDataRole.UserRole))
            return
        super().keyPressEvent(event)
