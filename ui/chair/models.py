"""Table models over the core's verification table and result dict (display only)."""

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPalette
from PySide6.QtWidgets import QApplication

from evaluator_app.consolidation.collect import Collection
from evaluator_app.consolidation.presented import status_word as result_status
from evaluator_app.consolidation.status import rejected_only
from evaluator_app.safe_files import shown
from ui.chair.texts import MISSING, file_label, record_reason, rule_word, status_word, subtype_word

Index = QModelIndex | QPersistentModelIndex
STATUS_ROLE = Qt.ItemDataRole.UserRole  # the core's status code of a row (or cell)
DROPPED_ROLE = Qt.ItemDataRole.UserRole + 1  # a member total the rule dropped
FLAG_ROLE = Qt.ItemDataRole.UserRole + 2  # a member total flagged for deviation
ID_ROLE = Qt.ItemDataRole.UserRole + 3  # the application id of a row

# Translucent, so they read on a light and a dark palette alike.
SHEET_COLOURS = {"used": QColor(46, 158, 79, 60), "rejected": QColor(192, 57, 43, 90),
                 MISSING: QColor(232, 163, 23, 80), "excluded": QColor(128, 128, 128, 60)}
RESULT_COLOURS = {"선정": QColor(46, 158, 79, 90), "예비": QColor(52, 120, 200, 70),
                  "과락": QColor(192, 57, 43, 80), "부적격": QColor(192, 57, 43, 120),
                  "평가불가": QColor(128, 128, 128, 70)}
FLAG_COLOUR = QColor(255, 140, 0, 110)
FINAL_COLOUR = QColor(52, 120, 200, 45)


def muted() -> QBrush:
    return QApplication.palette().brush(QPalette.ColorGroup.Active,
                                        QPalette.ColorRole.PlaceholderText)


class _Table(QAbstractTableModel):
    headers: list[str]

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = []

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._rows())

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if (role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal
                and section < len(self.headers)):
            return self.headers[section]
        return None

    def _rows(self) -> list[Any]:
        raise NotImplementedError


@dataclass(frozen=True)
class SheetRow:
    name: str
    member: str
    revision: int | None
    status: str
    reason: str
    file: str
    detail: str = ""  # the core's exact finding (a rejected sheet), shown as the tooltip
    path: str = ""  # the file's full path: the file column's tooltip (which stick it came on)


class VerificationModel(_Table):
    """One row per sheet handed in, then one per member whose sheet is missing."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Member"), self.tr("Fingerprint"), self.tr("Revision"),
                        self.tr("Status"), self.tr("Reason"), self.tr("File")]
        self.rows: list[SheetRow] = []

    def _rows(self) -> list[SheetRow]:
        return self.rows

    def set_collection(self, collection: Collection | None) -> None:
        self.beginResetModel()
        self.rows = []
        if collection is not None:
            names = {c.fingerprint: c.name for c in collection.roster}
            reasons = {e.member: e.reason for e in collection.exclusions}
            for r in collection.records:
                self.rows.append(SheetRow(r.name or names.get(r.member, "?"), r.member,
                                          r.revision, r.status,
                                          record_reason(r, collection.records, reasons),
                                          file_label(r.path, collection.records),
                                          r.reason if r.status == "rejected" else "",
                                          shown(r.path)))
            handed_in = rejected_only(collection)
            for fp in collection.missing():
                self.rows.append(SheetRow(names.get(fp, ""), fp, None, MISSING, self.tr(
                    "the sheet handed in is rejected: no sheet that counts yet")
                    if fp in handed_in else self.tr("no sheet handed in yet"), ""))
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        row, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.ToolTipRole and col == 4 and row.detail:
            return row.detail
        if role == Qt.ItemDataRole.ToolTipRole and col == 5 and row.path:
            return row.path
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            revision = "" if row.revision is None else self.tr("r%1").replace(
                "%1", str(row.revision))
            return (row.name, row.member, revision, status_word(row.status), row.reason,
                    row.file)[col]
        if role == STATUS_ROLE:
            return row.status
        if role == Qt.ItemDataRole.BackgroundRole and col == 3:
            return SHEET_COLOURS.get(row.status)
        if role == Qt.ItemDataRole.ForegroundRole and row.status in ("superseded", "duplicate"):
            return muted()
        return None


class MatrixModel(_Table):
    """Applications × members: each total, struck through and greyed when the rule dropped it,
    highlighted when flagged for deviation, 회피 for a declared conflict; then the final score."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.apps: list[dict[str, Any]] = []
        self.members: list[dict[str, Any]] = []
        self.flagged: dict[tuple[str, str], dict[str, Any]] = {}

    def _rows(self) -> list[dict[str, Any]]:
        return self.apps

    def set_result(self, result: dict[str, Any] | None) -> None:
        self.beginResetModel()
        result = result or {}
        self.apps = list(result.get("applications", []))
        self.members = [m for m in result.get("members", [])
                        if m["status"] in ("used", "excluded")]
        self.flagged = {(f["application"], f["member"]): f for f in result.get("flags", [])}
        self.headers = [self.tr("No."), self.tr("Applicant"), self.tr("Title"),
                        *(m["name"] for m in self.members), self.tr("Final score")]
        self.endResetModel()

    def member_column(self, fingerprint: str) -> int:
        return 3 + [m["fingerprint"] for m in self.members].index(fingerprint)

    def final_column(self) -> int:
        return 3 + len(self.members)

    def row_of(self, app_id: str) -> int:
        return [a["id"] for a in self.apps].index(app_id)

    def headerData(self, section: int, orientation: Qt.Orientation,
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        member = section - 3
        if (role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal
                and 0 <= member < len(self.members)):
            m = self.members[member]
            return f"{m['name']} · {m['affiliation']} · {m['fingerprint']}"
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        app, col = self.apps[index.row()], index.column()
        if role == ID_ROLE:
            return app["id"]
        if col < 3:
            if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                return (app["id"], app["applicant"], app["title"])[col]
            return None
        if col == self.final_column():
            return self._final(app, role)
        return self._member_cell(app, self.members[col - 3], role)

    def _final(self, app: dict[str, Any], role: int) -> Any:
        if role == Qt.ItemDataRole.DisplayRole:
            return app["final_score"] or "–"
        if role == Qt.ItemDataRole.BackgroundRole:
            return FINAL_COLOUR
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and app["rule_applied"]:
            return rule_word(app["rule_applied"])
        return None

    def _member_cell(self, app: dict[str, Any], member: dict[str, Any], role: int) -> Any:
        fp = member["fingerprint"]
        totals = {t["member"]: t["total"] for t in app["totals"]}
        conflicted = fp in app["conflicted"]
        dropped = fp in app["dropped"]
        flag = self.flagged.get((app["id"], fp))
        if role == Qt.ItemDataRole.DisplayRole:
            if conflicted:
                return self.tr("회피")
            if member["status"] == "excluded":
                return self.tr("excluded")
            return totals.get(fp, "")
        if role == STATUS_ROLE:
            return "conflict" if conflicted else member["status"]
        if role == DROPPED_ROLE:
            return dropped
        if role == FLAG_ROLE:
            return flag is not None
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.FontRole and (dropped or conflicted):
            font = QFont()
            font.setStrikeOut(dropped)
            font.setItalic(conflicted)
            return font
        if role == Qt.ItemDataRole.ForegroundRole and (
                dropped or conflicted or member["status"] == "excluded"):
            return muted()
        if role == Qt.ItemDataRole.BackgroundRole and flag is not None:
            return FLAG_COLOUR
        if role == Qt.ItemDataRole.ToolTipRole:
            tips = []
            if dropped:
                tips.append(self.tr("dropped by the rule (highest or lowest)"))
            if flag is not None:
                tips.append(self.tr("deviation: %1 against the others' mean %2 (%3; threshold "
                                    "%4 points): ask for the written reason")
                            .replace("%1", flag["total"]).replace("%2", flag["others_mean"])
                            .replace("%3", flag["difference"]).replace("%4", flag["threshold"]))
            if conflicted:
                tips.append(self.tr("conflict of interest declared (회피)"))
            return "\n".join(tips) or None
        return None


class RankingModel(_Table):
    """The ranking with suggested statuses, overall or within one subtype."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.headers = [self.tr("Overall rank"), self.tr("Rank in subtype"), self.tr("No."),
                        self.tr("Applicant"), self.tr("Subtype"), self.tr("Final score"),
                        self.tr("Members scoring"), self.tr("Suggested result")]
        self.all: list[dict[str, Any]] = []
        self.rows: list[dict[str, Any]] = []
        self.subtype: str | None = None

    def _rows(self) -> list[dict[str, Any]]:
        return self.rows

    def subtypes(self) -> list[str]:
        return sorted({a["subtype"] for a in self.all})

    def set_result(self, result: dict[str, Any] | None) -> None:
        self.all = list((result or {}).get("applications", []))
        self.set_subtype(self.subtype)

    def set_subtype(self, subtype: str | None) -> None:
        """None: every application by overall order; else one subtype by its own ranks."""
        self.beginResetModel()
        self.subtype = subtype

        def order(a: dict[str, Any]) -> tuple:
            rank = a["rank"] if subtype else (a["rank_overall"] if a["rank_overall"] is not None
                                              else a["rank"])
            return (rank is None, rank or 0, a["subtype"], a["id"])

        self.rows = sorted((a for a in self.all if subtype in (None, a["subtype"])), key=order)
        self.endResetModel()

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        a, col = self.rows[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return ("" if a["rank_overall"] is None else a["rank_overall"],
                    "" if a["rank"] is None else a["rank"], a["id"], a["applicant"],
                    subtype_word(a["subtype"]), a["final_score"] or "–", a["n_scores"],
                    result_status(a) or "")[col]
        if role == STATUS_ROLE:
            return a["status"]
        if role == ID_ROLE:
            return a["id"]
        if role == Qt.ItemDataRole.BackgroundRole and col == 7:
            return RESULT_COLOURS.get(a["status"])
        if role == Qt.ItemDataRole.ForegroundRole and a.get("presented") is False:
            return muted()  # 발표 전: nothing to rank yet
        if role == Qt.ItemDataRole.TextAlignmentRole and col in (0, 1, 5, 6):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and col == 3:
            return a["title"]
        return None
