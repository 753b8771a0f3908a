"""Qt models over core data."""

from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QIcon, QPainter, QPixmap

from ui.member.controller import ApplicationRow

STATUS_COLOURS = {"not-started": "#9AA0A6", "in-progress": "#E8A317", "complete": "#2E9E4F",
                  "conflict": "#C0392B"}
Index = QModelIndex | QPersistentModelIndex


def status_icon(status: str) -> QIcon:
    pixmap = QPixmap(14, 14)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setBrush(QBrush(QColor(STATUS_COLOURS[status])))
    painter.setPen(Qt.PenStyle.NoPen)
    painter.drawEllipse(1, 1, 12, 12)
    painter.end()
    return QIcon(pixmap)


class ApplicationTableModel(QAbstractTableModel):
    """The application list: number, applicant, status, total. UserRole gives the id,
    StatusRole the core's status."""

    StatusRole = Qt.ItemDataRole.UserRole + 1

    def __init__(self, rows: list[ApplicationRow], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._rows = rows
        self._icons = {s: status_icon(s) for s in STATUS_COLOURS}
        self._status_text = {
            "not-started": self.tr("Not started"), "in-progress": self.tr("In progress"),
            "complete": self.tr("Complete"), "conflict": self.tr("Recused (회피)")}
        self._headers = [self.tr("No."), self.tr("Applicant"), self.tr("Status"),
                         self.tr("Total")]

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 4

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row = self._rows[index.row()]
        col = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (row.id, row.applicant, self._status_text[row.status], row.total)[col]
        if role == Qt.ItemDataRole.DecorationRole and col == 2:
            return self._icons[row.status]
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{row.applicant} — {row.title}"
        if role == Qt.ItemDataRole.UserRole:
            return row.id
        if role == self.StatusRole:
            return row.status
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{row.id} {row.applicant}, {self._status_text[row.status]}"
        return None

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal:
            return self._headers[section]
        return None

    def row_of(self, app_id: str) -> int:
        return next(i for i, r in enumerate(self._rows) if r.id == app_id)

    def update_row(self, new: ApplicationRow) -> None:
        i = self.row_of(new.id)
        self._rows[i] = new
        self.dataChanged.emit(self.index(i, 0), self.index(i, 3))

    def rows(self) -> list[ApplicationRow]:
        return list(self._rows)


class ApplicationFilter(QSortFilterProxyModel):
    """Search text over all columns plus an optional status (e.g. only what is unfinished)."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.status: str | None = None
        self.setFilterKeyColumn(-1)
        self.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_status(self, status: str | None) -> None:
        self.status = status
        self.invalidate()

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        model = self.sourceModel()
        if (self.status and isinstance(model, ApplicationTableModel)
                and model.rows()[row].status not in self.status.split("|")):
            return False
        return super().filterAcceptsRow(row, parent)
