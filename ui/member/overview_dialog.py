"""Evaluation > Overview: every application × every entry (workspace/overview.py), to check
consistency and what is missing before signing. Double-click a cell to go there."""

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.workspace.overview import MISSING, NOT_APPLICABLE, RECUSED, Overview
from ui.screen_fit import fit_to_screen

BACKGROUND = {MISSING: "#FDECEA", NOT_APPLICABLE: "#F1F3F4", RECUSED: "#F1F3F4"}


class OverviewDialog(QDialog):
    jump = Signal(str, str)  # application id, entry id

    def __init__(self, overview: Overview, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Overview of all applications"))
        layout = QVBoxLayout(self)
        missing = overview.missing()
        head = QLabel(self.tr("%n cell(s) still missing (red). Double-click a cell to go there.",
                              "", missing) if missing else
                      self.tr("Nothing is missing. Compare the scores across applications "
                              "before signing."))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.table = QTableWidget(len(overview.rows), len(overview.columns))
        self.table.setAccessibleName(self.tr("Overview of all applications"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setHorizontalHeaderLabels([self.tr("Total") if c.kind == "total"
                                              else c.entry_id for c in overview.columns])
        self.table.setVerticalHeaderLabels([f"{r.application_id} {r.applicant}"
                                            for r in overview.rows])
        for col, column in enumerate(overview.columns):
            self.table.horizontalHeaderItem(col).setToolTip(column.label)
        dash, recused = self.tr("not entered yet"), self.tr("Recused (회피)")
        for row, r in enumerate(overview.rows):
            for col, cell in enumerate(r.cells):
                text = cell.text or ("—" if cell.state == MISSING else "")
                item = QTableWidgetItem(text)
                item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole,
                             (r.application_id, overview.columns[col].entry_id))
                if cell.state in BACKGROUND:
                    item.setBackground(QBrush(QColor(BACKGROUND[cell.state])))
                if cell.state == MISSING:
                    item.setForeground(QBrush(QColor("#C0392B")))
                    item.setToolTip(f"{overview.columns[col].label}: {dash}")
                elif cell.state == RECUSED:
                    item.setToolTip(recused)
                else:
                    item.setToolTip(overview.columns[col].label)
                self.table.setItem(row, col, item)
        self.table.resizeColumnsToContents()
        self.table.cellActivated.connect(self._activated)
        self.table.cellDoubleClicked.connect(self._activated)
        layout.addWidget(self.table, 1)
        fit_to_screen(self, QSize(1100, 520))

    def _activated(self, row: int, col: int) -> None:
        app_id, entry_id = self.table.item(row, col).data(Qt.ItemDataRole.UserRole)
        self.jump.emit(app_id, "" if entry_id == "total" else entry_id)
        self.accept()
