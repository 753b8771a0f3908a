"""The hand-in board: which member has handed in a signed sheet for which applicant.

Rows are the roster's members, columns the applications in presentation order, from the
verification of the sheets collected so far (the core's Collection): a member's latest counted
sheet — partial or full — covers the applications in it; 회피 where they are recused.
"""

from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont

from evaluator_app.consolidation.collect import REJECTED, USED, Collection
from evaluator_app.trust.identity import Card

Index = QModelIndex | QPersistentModelIndex
IN, RECUSED, OPEN, LATE = "in", "recused", "open", "late"
COLOURS = {IN: QColor(46, 158, 79, 70), RECUSED: QColor(128, 128, 128, 50),
           LATE: QColor(232, 163, 23, 90)}


class HandInModel(QAbstractTableModel):
    def __init__(self, parent: Any = None) -> None:
        super().__init__(parent)
        self.members: list[Card] = []
        self.applications: list[str] = []
        self.current = -1  # index into applications of the applicant on now
        self.cells: dict[tuple[str, str], str] = {}
        self.latest: dict[str, str] = {}  # member → "p2" | "full" | "rejected"
        self.predeclared: set[tuple[str, str]] = set()

    def set_agenda(self, members: list[Card], applications: list[str],
                   predeclared: set[tuple[str, str]]) -> None:
        self.beginResetModel()
        self.members, self.applications = list(members), list(applications)
        self.predeclared = set(predeclared)
        self.endResetModel()

    def set_current(self, index: int) -> None:
        self.beginResetModel()
        self.current = index
        self.endResetModel()

    def set_collection(self, collection: Collection | None) -> None:
        self.beginResetModel()
        self.cells, self.latest = {}, {}
        for r in (collection.records if collection else []):
            if r.status == USED and r.verified is not None:
                v = r.verified
                self.latest[r.member] = f"p{v.partial}" if v.partial else "full"
                for app, total in v.totals.items():
                    self.cells[(r.member, app)] = RECUSED if total is None else IN
            elif r.status == REJECTED and r.member and r.member not in self.latest:
                self.latest[r.member] = "rejected"
        self.endResetModel()

    def state(self, member: str, app: str) -> str:
        if (member, app) in self.cells:
            return self.cells[(member, app)]
        if (member, app) in self.predeclared:
            return RECUSED
        done = self.applications.index(app) < self.current if app in self.applications else False
        return LATE if done else OPEN

    def handed_in(self) -> dict[str, list[str]]:
        """Member fingerprint → applications their latest sheet covers (tests, summaries)."""
        out: dict[str, list[str]] = {}
        for (member, app), s in self.cells.items():
            if s == IN:
                out.setdefault(member, []).append(app)
        return out

    # ---- Qt ----------------------------------------------------------------------------------

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.members)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.applications) + 1

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Vertical:
            if role == Qt.ItemDataRole.DisplayRole and section < len(self.members):
                return self.members[section].name
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if section == 0:
                return self.tr("Latest sheet")
            return f"{section}. {self.applications[section - 1]}"
        if role == Qt.ItemDataRole.FontRole and section - 1 == self.current:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        member = self.members[index.row()].fingerprint
        if index.column() == 0:
            latest = self.latest.get(member, "")
            if role == Qt.ItemDataRole.DisplayRole:
                if latest == "full":
                    return self.tr("full sheet")
                if latest == "rejected":
                    return self.tr("rejected")
                if latest:
                    return self.tr("hand-in %1").replace("%1", latest[1:])
                return self.tr("none yet")
            return None
        app = self.applications[index.column() - 1]
        state = self.state(member, app)
        if role == Qt.ItemDataRole.DisplayRole:
            return {IN: "✓", RECUSED: self.tr("recused"), LATE: self.tr("awaited"),
                    OPEN: ""}[state]
        if role == Qt.ItemDataRole.BackgroundRole and state in COLOURS:
            return QBrush(COLOURS[state])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return Qt.AlignmentFlag.AlignCenter
        if role == Qt.ItemDataRole.ToolTipRole:
            return {IN: self.tr("handed in, signed"), RECUSED: self.tr("recused (회피)"),
                    LATE: self.tr("presented, no signed sheet for it yet"),
                    OPEN: self.tr("not presented yet")}[state]
        if role == Qt.ItemDataRole.UserRole:
            return state
        return None
