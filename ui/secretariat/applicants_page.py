"""Page 2, the applicants: the table pasted, imported or filled in place, each finding red on
its cell with one sentence; a folder of PDFs dropped in, every row showing its files with pages
and size, each document replaceable."""

from pathlib import Path
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QGuiApplication, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QProgressBar,
    QPushButton,
    QSplitter,
    QStyledItemDelegate,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.errors import EvaluatorError
from evaluator_app.programs import load_programs
from evaluator_app.round.document_facts import DocumentFacts
from evaluator_app.round.grid import grid_columns, rows_from_file, rows_from_text
from ui.secretariat.common import ERROR_BG, FindingsList, desk_error, file_error, heading
from ui.secretariat.documents_panel import DocumentsPanel, describe, facts_of, read_folder
from ui.secretariat.findings import Finding
from ui.secretariat.state import DeskState
from ui.workers import run_in_background

DOCS = "documents"  # the grid's last column: the row's files (read-only)


class ChoiceDelegate(QStyledItemDelegate):
    """A cell edited with the program's list (기관 유형, 세부유형); typing stays possible."""

    def __init__(self, choices: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.choices = choices

    def createEditor(self, parent: QWidget, option: Any, index: Any) -> QWidget:
        box = QComboBox(parent)
        box.setEditable(True)
        box.addItems(self.choices)
        return box

    def setEditorData(self, editor: QWidget, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        editor.setCurrentText(index.data() or "")

    def setModelData(self, editor: QWidget, model: Any, index: Any) -> None:
        assert isinstance(editor, QComboBox)
        model.setData(index, editor.currentText())


class ApplicantsPage(QWidget):
    changed = Signal()
    folder_read = Signal()  # a documents folder was matched (tests wait on it)

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.facts: dict[str, DocumentFacts] = {}
        self.extra: list[str] = []  # files of the folder no row claims
        self.fields: list[str] = []
        self._loading = False
        self.setAcceptDrops(True)
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("2. Applicants"), self.tr(
            "Paste the applicants table (Ctrl+V), import the template you filled, or type in "
            "the rows; then choose or drop the folder of PDFs. A red cell says what is wrong "
            "(hover it, or see the list below).")))
        tools = QHBoxLayout()
        self.import_button = QPushButton(self.tr("&Import the table…"))
        self.import_button.clicked.connect(self.choose_table)
        self.paste_button = QPushButton(self.tr("&Paste rows"))
        self.paste_button.setToolTip(self.tr("Ctrl+V in the table: rows copied from Excel or "
                                             "한셀, with or without the header"))
        self.paste_button.clicked.connect(self.paste)
        self.add_row_button = QPushButton(self.tr("Add a &row"))
        self.add_row_button.clicked.connect(self.add_row)
        self.remove_row_button = QPushButton(self.tr("Remove the row"))
        self.remove_row_button.clicked.connect(self.remove_row)
        self.folder_button = QPushButton(self.tr("Documents &folder…"))
        self.folder_button.setToolTip(self.tr("The folder of PDFs named after the 신청번호 "
                                              "(A01_사업계획서.pdf, or a folder A01/); or drop "
                                              "it onto this page"))
        self.folder_button.clicked.connect(self.choose_folder)
        for b in (self.import_button, self.paste_button, self.add_row_button,
                  self.remove_row_button):
            tools.addWidget(b)
        tools.addStretch(1)
        tools.addWidget(self.folder_button)
        layout.addLayout(tools)
        self.progress = QProgressBar()
        self.progress.hide()
        layout.addWidget(self.progress)
        split = QSplitter(Qt.Orientation.Vertical)  # the grid keeps the full width
        self.grid = QTableWidget()
        self.grid.setAccessibleName(self.tr("Applicants table"))
        self.grid.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.grid.itemChanged.connect(self._cell_edited)
        self.grid.currentCellChanged.connect(lambda *_: self._show_documents())
        paste = QShortcut(QKeySequence.StandardKey.Paste, self.grid)
        paste.setContext(Qt.ShortcutContext.WidgetShortcut)
        paste.activated.connect(self.paste)
        split.addWidget(self.grid)
        self.documents = DocumentsPanel()
        self.documents.edited.connect(self._documents_edited)
        split.addWidget(self.documents)
        split.setSizes([260, 170])
        layout.addWidget(split, 1)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        layout.addWidget(self.sentence)
        self.findings = FindingsList(self.tr("Findings of this page"))
        self.findings.setMaximumHeight(110)
        self.findings.chosen.connect(self.focus_finding)
        layout.addWidget(self.findings)
        self.load()

    # ---- the grid --------------------------------------------------------------------------

    def load(self) -> None:
        """Columns for the state's program; rows from the state."""
        program = load_programs()[self.state.program]
        columns = grid_columns(program)
        self.fields = [c.field for c in columns] + [DOCS]
        self._loading = True
        self.grid.clear()
        self.grid.setColumnCount(len(self.fields))
        self.grid.setHorizontalHeaderLabels([c.header for c in columns] + [self.tr("Documents")])
        for i, c in enumerate(columns):
            self.grid.horizontalHeaderItem(i).setToolTip(c.help)
            self.grid.setItemDelegateForColumn(i, None)
        if "applicant_kind" in self.fields:
            self.grid.setItemDelegateForColumn(self.fields.index("applicant_kind"), ChoiceDelegate(
                list(program.applicant_kinds), self.grid))
        if "subtype" in self.fields:
            self.grid.setItemDelegateForColumn(self.fields.index("subtype"), ChoiceDelegate(
                list(program.subtypes.values()), self.grid))
        self.grid.setRowCount(len(self.state.rows))
        for r, row in enumerate(self.state.rows):
            for c, f in enumerate(self.fields[:-1]):
                self.grid.setItem(r, c, QTableWidgetItem(row.get(f, "")))
            self._documents_cell(r)
        self.grid.resizeColumnsToContents()
        for c in range(self.grid.columnCount()):
            self.grid.setColumnWidth(c, min(max(self.grid.columnWidth(c), 70), 220))
        self._loading = False
        if self.grid.currentRow() < 0 and self.state.rows:
            self.grid.setCurrentCell(0, 0)  # its documents show at once
        self._show_documents()
        self._need_facts()

    def _documents_cell(self, r: int) -> None:
        aid = self.state.rows[r].get("id", "")
        paths = self.state.documents.get(aid, []) + self.state.slides.get(aid, [])
        if not paths:
            text = "—"
        else:
            pages = [self.facts[p].pages or 0 for p in paths if p in self.facts]
            size = sum(self.facts[p].size for p in paths if p in self.facts)
            _, size_words, _ = describe(DocumentFacts(Path(), size, None, None))
            text = self.tr("%1 file(s) · %2 p. · %3").replace("%1", str(len(paths))).replace(
                "%2", str(sum(pages))).replace("%3", size_words)
        item = QTableWidgetItem(text)
        item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
        item.setToolTip("\n".join(Path(p).name for p in paths))
        was = self._loading
        self._loading = True
        self.grid.setItem(r, len(self.fields) - 1, item)
        self._loading = was

    def _cell_edited(self, item: QTableWidgetItem) -> None:
        if self._loading or item.column() >= len(self.fields) - 1:
            return
        row = self.state.rows[item.row()]
        field = self.fields[item.column()]
        if field == "id" and row.get("id") and row["id"] != item.text():
            old = row["id"]  # the row's files follow its new 신청번호
            for mapping in (self.state.documents, self.state.slides):
                if old in mapping:
                    mapping[item.text()] = mapping.pop(old)
        row[field] = item.text().strip()
        self.changed.emit()

    def set_rows(self, rows: list[dict[str, str]]) -> None:
        self.state.rows = rows
        self.load()
        self.changed.emit()

    def add_row(self) -> None:
        self.state.rows.append({})
        self.load()
        self.grid.setCurrentCell(len(self.state.rows) - 1, 0)
        self.grid.setFocus()
        self.changed.emit()

    def remove_row(self) -> None:
        r = self.grid.currentRow()
        if 0 <= r < len(self.state.rows):
            row = self.state.rows[r]
            if any(str(v).strip() for v in row.values()) and QMessageBox.question(
                    self, self.tr("Remove the row"), self.tr(
                        "Remove row %1 (%2)? What was typed in it cannot be brought back.")
                    .replace("%1", str(r + 1))
                    .replace("%2", row.get("applicant") or row.get("id") or "—"),
                    QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                    QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
                return
            del self.state.rows[r]
            self.load()
            self.changed.emit()

    def paste(self) -> None:
        text = QGuiApplication.clipboard().text()
        if not text.strip():
            return
        if "\t" not in text and "\n" not in text.strip() and self.grid.currentItem():
            self.grid.currentItem().setText(text.strip())  # one value into the current cell
            return
        rows = rows_from_text(text, load_programs()[self.state.program])
        self.set_rows([r for r in self.state.rows if any(r.values())] + rows)

    def choose_table(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The applicants table"), "",
                                              self.tr("Tables (*.xlsx *.csv)"))
        if path:
            self.import_table(Path(path))

    def import_table(self, path: Path) -> None:
        try:
            rows = rows_from_file(path, load_programs()[self.state.program])
        except EvaluatorError as e:
            QMessageBox.warning(self, self.tr("Import the table"), file_error(self.tr(
                "The table %1 could not be read; the rows in the desk are unchanged. Save it "
                "again from Excel or 한셀 as .xlsx or .csv, then import it again.").replace(
                "%1", path.name), e))
            return
        kept = [r for r in self.state.rows if any(str(v).strip() for v in r.values())]
        if kept and QMessageBox.question(
                self, self.tr("Import the table"), self.tr(
                    "The imported table (%1 rows) replaces the %2 rows now in the table. "
                    "Replace them?").replace("%1", str(len(rows))).replace(
                    "%2", str(len(kept))),
                QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                QMessageBox.StandardButton.No) != QMessageBox.StandardButton.Yes:
            return
        self.set_rows(rows)

    # ---- documents -------------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        urls = event.mimeData().urls()
        if urls and all(u.isLocalFile() for u in urls):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [Path(u.toLocalFile()) for u in event.mimeData().urls()]
        folders = [p for p in paths if p.is_dir()]
        if folders:
            self.read_folder(folders[0])
        else:
            for p in paths:
                if p.suffix.lower() == ".pdf" and self.documents.application is not None:
                    self.documents.add(p)

    def choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("The folder of PDFs"))
        if folder:
            self.read_folder(Path(folder))

    def read_folder(self, folder: Path) -> None:
        """Match the folder's files to the rows in the worker (pages counted there too)."""
        table, stage = self.state.table(), self.state.stage
        self.folder_button.setEnabled(False)
        self.progress.setRange(0, 0)
        self.progress.show()

        def done(found: dict[str, Any]) -> None:
            self._reading_done()
            ids = {r.get("id") for r in self.state.rows}
            for aid in ids:  # the folder gives every row its files (a replaced one stays)
                self.state.documents[aid] = found["documents"].get(aid, [])
                if found["slides"].get(aid):
                    self.state.slides[aid] = found["slides"][aid]
            self.facts.update(found["facts"])
            self.extra = found["extra"]
            self.load()
            self.changed.emit()
            self.folder_read.emit()

        def failed(message: str) -> None:
            self._reading_done()
            QMessageBox.warning(self, self.tr("The folder of PDFs"), message)

        run_in_background(lambda p: read_folder(folder, table, stage, p), done, failed,
                          self._progress, describe=desk_error)

    def _progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _reading_done(self) -> None:
        self.progress.hide()
        self.folder_button.setEnabled(True)

    def _need_facts(self) -> None:
        """Count the pages of documents not looked at yet (a spec opened again), off-thread."""
        missing = [p for paths in (*self.state.documents.values(), *self.state.slides.values())
                   for p in paths if p not in self.facts]
        if not missing:
            return

        def done(facts: dict[str, DocumentFacts]) -> None:
            self.facts.update(facts)
            for r in range(len(self.state.rows)):
                self._documents_cell(r)
            self._show_documents()

        run_in_background(lambda p: facts_of(missing, p), done, lambda _m: None)

    def _show_documents(self) -> None:
        r = self.grid.currentRow()
        self.documents.facts = self.facts
        if 0 <= r < len(self.state.rows) and self.state.rows[r].get("id"):
            aid = self.state.rows[r]["id"]
            self.documents.show_paths(aid, self.state.documents.setdefault(aid, []))
        else:
            self.documents.show_paths(None, [])
        self._show_sentence()

    def _documents_edited(self) -> None:
        r = self.grid.currentRow()
        if 0 <= r < len(self.state.rows):
            self._documents_cell(r)
        self.documents.refresh()
        self._need_facts()
        self.changed.emit()

    # ---- findings --------------------------------------------------------------------------

    def show_findings(self, findings: list[Finding]) -> None:
        self._findings = findings
        self._loading = True
        for r in range(self.grid.rowCount()):
            for c in range(self.grid.columnCount()):
                item = self.grid.item(r, c)
                if item is not None:
                    item.setData(Qt.ItemDataRole.BackgroundRole, None)
                    item.setToolTip("")
        for f in findings:
            if f.row is None or not 0 <= f.row < self.grid.rowCount():
                continue
            c = self._column(f.column)
            item = self.grid.item(f.row, c)
            if item is None:
                item = QTableWidgetItem("")
                self.grid.setItem(f.row, c, item)
            item.setBackground(ERROR_BG)
            item.setToolTip("\n".join(x for x in (item.toolTip(), f.sentence) if x))
        self._loading = False
        extra = [Finding(self.tr("This file matches no 신청번호, so it is not sent. If it is an "
                                 "application's document, name it after the application (e.g. "
                                 "A01_사업계획서.pdf)."), 1, None, "", name)
                 for name in self.extra]
        self.findings.show_findings(findings + extra, self.tr(
            "Every applicant is eligible and has readable documents."))
        self._show_sentence()

    def _column(self, column: str) -> int:
        if column in self.fields:
            return self.fields.index(column)
        for c in range(self.grid.columnCount()):
            if self.grid.horizontalHeaderItem(c).text() == column:
                return c
        return 0

    def _show_sentence(self) -> None:
        """The current row's findings in a line under the table (what the red cells mean)."""
        r = self.grid.currentRow()
        mine = [f.sentence for f in getattr(self, "_findings", []) if f.row == r]
        self.sentence.setText(("⚠ " + " ".join(mine)) if mine else "")
        self.sentence.setStyleSheet("color: #A93226;")

    def focus_finding(self, finding: Finding) -> None:
        if finding.row is not None and 0 <= finding.row < self.grid.rowCount():
            self.grid.setCurrentCell(finding.row, self._column(finding.column))
            self.grid.setFocus()
