"""The agenda: the presentation order from the spec, or drawn in the room (발표순서 추첨).

The draw takes a fresh six-digit seed (review.new_seed), shows it large so the room can note
it, and orders the applications by review.draw_order; the seed goes into the final result, so
anyone can draw the same order again.
"""

from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.review import agenda, new_seed


class AgendaPane(QWidget):
    drawn = Signal(str)  # the seed
    chosen = Signal(int)  # the chair picked another applicant in the list

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.manifest: dict[str, Any] = {}
        self.order: list[str] = []
        self.seed: str | None = None
        self.must_draw = False  # the spec has the order drawn in the room
        self.current = 0
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        title = QLabel(self.tr("Presentation order (발표순서)"))
        font = title.font()
        font.setBold(True)
        title.setFont(font)
        layout.addWidget(title)
        self.how = QLabel()
        self.how.setWordWrap(True)
        layout.addWidget(self.how)
        self.draw_button = QPushButton(self.tr("Draw the order (추첨)"))
        self.draw_button.setToolTip(self.tr("A six-digit seed is drawn and shown; the order "
                                            "follows from it and is recorded in the result."))
        self.draw_button.clicked.connect(lambda: self.ask_and_draw())
        layout.addWidget(self.draw_button)
        self.seed_label = QLabel()
        self.seed_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.seed_label.setAccessibleName(self.tr("Seed of the draw"))
        self.seed_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        big = QFont(self.seed_label.font())
        big.setPixelSize(40)
        big.setBold(True)
        big.setLetterSpacing(QFont.SpacingType.AbsoluteSpacing, 4)
        self.seed_label.setFont(big)
        self.seed_label.setStyleSheet("background: rgba(240, 170, 30, 70); border-radius: 4px;"
                                      " padding: 4px;")
        self.seed_label.hide()
        layout.addWidget(self.seed_label)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Presentation order"))
        self.list.itemActivated.connect(lambda item: self.chosen.emit(self.list.row(item)))
        layout.addWidget(self.list, 1)

    def set_manifest(self, manifest: dict[str, Any], seed: str | None, draw: bool) -> None:
        """The session's applications; `seed`: a draw made before (kept across restarts)."""
        self.manifest = manifest
        self.must_draw = draw
        self._apply(seed)

    def ask_and_draw(self) -> bool:
        """The button: one draw per session and it cannot be undone, so it is confirmed first
        (a stray click in the room would fix the order)."""
        if self.seed is not None or not self.manifest:
            return False
        answer = QMessageBox.question(
            self, self.tr("Draw the order (추첨)"), self.tr(
                "Draw the presentation order now? A six-digit seed is drawn and shown; the "
                "order it gives is recorded in the result and cannot be drawn again."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No)
        if answer != QMessageBox.StandardButton.Yes:
            return False
        self.draw()
        return True

    def draw(self) -> None:
        if self.seed is not None or not self.manifest:
            return  # one draw per session: a second one would look like a choice
        self._apply(new_seed())
        self.drawn.emit(self.seed or "")

    def _apply(self, seed: str | None) -> None:
        self.seed = seed
        self.order = agenda(self.manifest, seed)
        if seed:
            self.how.setText(self.tr("Drawn in the room; the seed below is recorded in the "
                                     "result."))
            self.seed_label.setText(seed)
            self.seed_label.show()
            self.draw_button.setEnabled(False)
            self.draw_button.setText(self.tr("Drawn"))
        else:
            self.how.setText(self.tr("The order is drawn in the room: press Draw before the "
                                     "first presentation.") if self.must_draw else
                             self.tr("The order of the session spec (you may still draw it)."))
            self.seed_label.hide()
        self._fill()

    def _fill(self) -> None:
        apps = {a["id"]: a for a in self.manifest.get("applications", [])}
        self.list.clear()
        for n, app_id in enumerate(self.order, 1):
            a = apps.get(app_id, {})
            item = QListWidgetItem(f"{n}. {app_id} {a.get('applicant', '')}")
            item.setToolTip(a.get("title", ""))
            self.list.addItem(item)
        self.set_current(self.current)

    def set_current(self, index: int) -> None:
        self.current = max(0, min(index, len(self.order) - 1))
        for row in range(self.list.count()):
            item = self.list.item(row)
            font = item.font()
            font.setBold(row == self.current)
            item.setFont(font)
        if self.list.count():
            self.list.setCurrentRow(self.current)

    def application(self, index: int | None = None) -> dict[str, Any]:
        i = self.current if index is None else index
        if not 0 <= i < len(self.order):
            return {}
        return next((a for a in self.manifest.get("applications", [])
                     if a["id"] == self.order[i]), {})
