"""Page 3, the committee: the members' card files dropped in, each with name, affiliation and
its fingerprint large in groups of four, a tick for how it was compared with its owner (kept in
the spec), the chair chosen; pre-declared conflicts as a grid of members × applicants."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.coi import COI_GROUNDS
from evaluator_app.round.model import CONFIRM_WAYS
from ui.secretariat.common import ERROR_BG, FINGERPRINT_FONTS, FindingsList, heading
from ui.secretariat.findings import Finding
from ui.secretariat.state import CardInfo, DeskState, load_cards

NAME, AFFILIATION, ROLE, FINGERPRINT, CONFIRMED, CHAIR = range(6)


class CommitteePage(QWidget):
    changed = Signal()

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.cards: list[CardInfo] = []
        self.bad: dict[str, str] = {}
        self._loading = False
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("3. Committee"), self.tr(
            "Drop the card files the chair and the members sent you. Read each fingerprint "
            "aloud with its owner (by phone or in person) and tick how; only then is the "
            "bundle encrypted to that card.")))
        tools = QHBoxLayout()
        self.add_button = QPushButton(self.tr("&Add card files…"))
        self.add_button.clicked.connect(self.choose_cards)
        self.remove_button = QPushButton(self.tr("Remove the card"))
        self.remove_button.clicked.connect(self.remove_card)
        tools.addWidget(self.add_button)
        tools.addWidget(self.remove_button)
        tools.addStretch(1)
        layout.addLayout(tools)
        self.table = QTableWidget(0, 6)
        self.table.setHorizontalHeaderLabels([
            self.tr("Name"), self.tr("Affiliation"), self.tr("Role"),
            self.tr("Fingerprint (read aloud)"), self.tr("Confirmed"), self.tr("Chair")])
        self.table.setAccessibleName(self.tr("Committee cards"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().setDefaultSectionSize(34)
        self.table.horizontalHeader().setStretchLastSection(True)
        for c, w in ((NAME, 110), (AFFILIATION, 150), (ROLE, 70), (FINGERPRINT, 330),
                     (CONFIRMED, 150)):
            self.table.setColumnWidth(c, w)
        self.table.itemChanged.connect(self._chair_ticked)
        layout.addWidget(self.table, 3)

        box = QGroupBox(self.tr("Pre-declared conflicts (members × applicants)"))
        column = QVBoxLayout(box)
        hint = QLabel(self.tr("Tick a cell (Space) when that member may not see that "
                              "application; its documents are not encrypted to them. Give the "
                              "ground and the reason below."))
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #5F6368;")
        column.addWidget(hint)
        self.grid = QTableWidget()
        self.grid.setAccessibleName(self.tr("Conflicts grid"))
        self.grid.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.grid.itemChanged.connect(self._conflict_ticked)
        self.grid.currentCellChanged.connect(lambda *_: self._show_conflict())
        column.addWidget(self.grid, 1)
        row = QHBoxLayout()
        self.ground = QComboBox()
        self.ground.setAccessibleName(self.tr("Ground"))
        self.ground.addItem(self.tr("(ground not given)"), "")
        for code, (ko, _en) in COI_GROUNDS.items():
            self.ground.addItem(ko, code)
        self.reason = QLineEdit()
        self.reason.setAccessibleName(self.tr("Reason"))
        self.reason.setPlaceholderText(self.tr("Reason, e.g. 최근 3년 내 해당 기관 자문"))
        row.addWidget(QLabel(self.tr("Ground")))
        row.addWidget(self.ground, 2)
        row.addWidget(QLabel(self.tr("Reason")))
        row.addWidget(self.reason, 3)
        column.addLayout(row)
        self.ground.currentIndexChanged.connect(self._conflict_edited)
        self.reason.textEdited.connect(self._conflict_edited)
        layout.addWidget(box, 3)
        self.findings = FindingsList(self.tr("Findings of this page"))
        self.findings.setMaximumHeight(90)
        self.findings.chosen.connect(self.focus_finding)
        layout.addWidget(self.findings)
        self.load()

    # ---- cards -----------------------------------------------------------------------------

    def load(self) -> None:
        self.cards, self.bad = load_cards(self.state.cards)
        chair = self.state.chair_path(self.cards)
        self._loading = True
        self.table.setRowCount(len(self.cards) + len(self.bad))
        big = QFont()
        big.setFamilies(FINGERPRINT_FONTS)
        big.setPointSize(15)
        big.setBold(True)
        for r, card in enumerate(self.cards):
            cells = [card.name, card.affiliation, self.role_word(card.role), card.fingerprint]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(card.path)
                self.table.setItem(r, c, item)
            self.table.item(r, FINGERPRINT).setFont(big)
            how = QComboBox()
            how.setAccessibleName(self.tr("How %1's fingerprint was confirmed").replace(
                "%1", card.name))
            how.addItem(self.tr("not confirmed"), "")
            how.addItem(self.tr("confirmed by phone"), "phone")
            how.addItem(self.tr("confirmed in person"), "in-person")
            tick = self.state.confirmed.get(card.path)
            if tick and tick[1] == card.fingerprint and tick[0] in CONFIRM_WAYS:
                how.setCurrentIndex(how.findData(tick[0]))
            how.currentIndexChanged.connect(lambda _i, c=card, box=how: self._confirm(c, box))
            self.table.setCellWidget(r, CONFIRMED, how)
            pick = QTableWidgetItem(self.tr("chair"))
            pick.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                          | Qt.ItemFlag.ItemIsSelectable)
            pick.setCheckState(Qt.CheckState.Checked if card.path == chair
                               else Qt.CheckState.Unchecked)
            self.table.setItem(r, CHAIR, pick)
        for r, (path, message) in enumerate(self.bad.items(), start=len(self.cards)):
            item = QTableWidgetItem(Path(path).name)
            item.setBackground(ERROR_BG)
            self.table.setItem(r, NAME, item)
            why = QTableWidgetItem(self.tr("not a card: %1").replace("%1", message))
            why.setBackground(ERROR_BG)
            self.table.setItem(r, AFFILIATION, why)
            self.table.setSpan(r, AFFILIATION, 1, 5)
        self._loading = False
        self._load_grid()

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        self.add_cards([Path(u.toLocalFile()) for u in event.mimeData().urls()
                        if u.isLocalFile()])

    def choose_cards(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("The members' card files"), "",
                                                self.tr("Cards (*.json)"))
        self.add_cards([Path(f) for f in files])

    def add_cards(self, paths: list[Path]) -> None:
        """Card files, or folders of them; a card already on the list is not added twice."""
        files = []
        for p in paths:
            files += sorted(p.glob("*.json")) if p.is_dir() else [p]
        new = [str(f.absolute()) for f in files if str(f.absolute()) not in self.state.cards]
        if new:
            self.state.cards += new
            self.load()
            self.changed.emit()

    def remove_card(self) -> None:
        r = self.table.currentRow()
        paths = [c.path for c in self.cards] + list(self.bad)
        if 0 <= r < len(paths):
            if r < len(self.cards) and not self._may_remove(self.cards[r]):
                return
            self.state.cards.remove(paths[r])
            self.state.confirmed.pop(paths[r], None)
            self.state.conflicts = [c for c in self.state.conflicts if c["member"] != paths[r]]
            if self.state.chair == paths[r]:
                self.state.chair = ""
            self.load()
            self.changed.emit()

    def _may_remove(self, card: CardInfo) -> bool:
        """A card goes with its fingerprint tick and its pre-declared conflicts: asked first."""
        conflicts = sum(1 for c in self.state.conflicts if c["member"] == card.path)
        text = self.tr("Remove %1's card from the committee?").replace("%1", card.name)
        if card.path in self.state.confirmed:
            text += " " + self.tr("The tick that its fingerprint was compared goes with it.")
        if conflicts:
            text += " " + self.tr("So do its %n pre-declared conflict(s), with their reasons.",
                                  "", conflicts)
        return QMessageBox.question(
            self, self.tr("Remove the card"), text,
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            QMessageBox.StandardButton.No) == QMessageBox.StandardButton.Yes

    def _confirm(self, card: CardInfo, box: QComboBox) -> None:
        if box.currentData():
            self.state.confirmed[card.path] = [box.currentData(), card.fingerprint]
        else:
            self.state.confirmed.pop(card.path, None)
        self.changed.emit()

    def confirm(self, index: int, how: str) -> None:
        """Tick how card `index` was confirmed (the keyboard does the same in the table)."""
        box = self.table.cellWidget(index, CONFIRMED)
        assert isinstance(box, QComboBox)
        box.setCurrentIndex(box.findData(how))

    def _chair_ticked(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() != CHAIR or item.row() >= len(self.cards):
            return
        path = self.cards[item.row()].path
        on = item.checkState() == Qt.CheckState.Checked
        self.state.chair = path if on else ""
        self.load()
        self.changed.emit()

    # ---- conflicts -------------------------------------------------------------------------

    def _apps(self) -> list[str]:
        return [r["id"] for r in self.state.rows if r.get("id")]

    def _load_grid(self) -> None:
        apps = self._apps()
        self._loading = True
        self.grid.clear()
        self.grid.setRowCount(len(self.cards))
        self.grid.setColumnCount(len(apps))
        self.grid.setHorizontalHeaderLabels(apps)
        self.grid.setVerticalHeaderLabels([c.name for c in self.cards])
        declared = {(c["member"], c["application"]): c for c in self.state.conflicts}
        for r, card in enumerate(self.cards):
            for col, aid in enumerate(apps):
                c = declared.get((card.path, aid))
                item = QTableWidgetItem(_ground_word(c) if c else "")
                item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable
                              | Qt.ItemFlag.ItemIsSelectable)
                item.setCheckState(Qt.CheckState.Checked if c else Qt.CheckState.Unchecked)
                self.grid.setItem(r, col, item)
        for col in range(len(apps)):
            self.grid.setColumnWidth(col, 120)
        self._loading = False
        self._show_conflict()

    def _conflict_ticked(self, item: QTableWidgetItem) -> None:
        if self._loading:
            return
        member, aid = self.cards[item.row()].path, self._apps()[item.column()]
        self.state.conflicts = [c for c in self.state.conflicts
                                if (c["member"], c["application"]) != (member, aid)]
        if item.checkState() == Qt.CheckState.Checked:
            self.state.conflicts.append({"member": member, "application": aid, "ground": "",
                                         "reason": ""})
        self._show_conflict()
        self.changed.emit()

    def _current_conflict(self) -> dict[str, str] | None:
        r, col = self.grid.currentRow(), self.grid.currentColumn()
        if r < 0 or col < 0 or r >= len(self.cards) or col >= len(self._apps()):
            return None
        key = (self.cards[r].path, self._apps()[col])
        return next((c for c in self.state.conflicts
                     if (c["member"], c["application"]) == key), None)

    def _show_conflict(self) -> None:
        c = self._current_conflict()
        for w in (self.ground, self.reason):
            w.blockSignals(True)
            w.setEnabled(c is not None)
        self.ground.setCurrentIndex(max(0, self.ground.findData(c.get("ground", "") if c
                                                                 else "")))
        self.reason.setText(c.get("reason", "") if c else "")
        for w in (self.ground, self.reason):
            w.blockSignals(False)

    def _conflict_edited(self) -> None:
        c = self._current_conflict()
        if c is None:
            return
        c["ground"], c["reason"] = self.ground.currentData(), self.reason.text().strip()
        item = self.grid.currentItem()
        if item is not None:
            self._loading = True
            item.setText(_ground_word(c))
            self._loading = False
        self.changed.emit()

    def declare(self, member: int, application: int, ground: str, reason: str) -> None:
        """Tick a conflict and give its ground (the keyboard way, for tests and scripts)."""
        self.grid.setCurrentCell(member, application)
        self.grid.item(member, application).setCheckState(Qt.CheckState.Checked)
        self.ground.setCurrentIndex(self.ground.findData(ground))
        self.reason.setText(reason)
        self._conflict_edited()

    def role_word(self, role: str) -> str:
        return {"chair": self.tr("chair"), "member": self.tr("member"),
                "secretariat": self.tr("secretariat")}.get(role, role)

    # ---- findings --------------------------------------------------------------------------

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings.show_findings(findings, self.tr(
            "Every card is confirmed and the chair is chosen."))

    def focus_finding(self, finding: Finding) -> None:
        names = [Path(c.path).name for c in self.cards]
        if finding.where in names:
            self.table.selectRow(names.index(finding.where))
        self.table.setFocus()


# A ground in a word, for the grid's cell (the full wording is in the box below it).
GROUND_WORDS = {
    "party": QT_TRANSLATE_NOOP("CommitteePage", "party"),
    "relative": QT_TRANSLATE_NOOP("CommitteePage", "relative"),
    "advice": QT_TRANSLATE_NOOP("CommitteePage", "advice or services"),
    "agent": QT_TRANSLATE_NOOP("CommitteePage", "agent"),
    "same-org": QT_TRANSLATE_NOOP("CommitteePage", "same organisation"),
    "mentor": QT_TRANSLATE_NOOP("CommitteePage", "teacher–student"),
    "joint-research": QT_TRANSLATE_NOOP("CommitteePage", "joint research"),
    "prior-contact": QT_TRANSLATE_NOOP("CommitteePage", "prior contact"),
    "other": QT_TRANSLATE_NOOP("CommitteePage", "other"),
}


def _ground_word(c: dict[str, str]) -> str:
    ground = c.get("ground") or ""
    if ground not in GROUND_WORDS:
        return QCoreApplication.translate("CommitteePage", "conflict")
    return QCoreApplication.translate("CommitteePage", GROUND_WORDS[ground])
