"""The documents of the selected applicant: file, pages, size and verdict, each replaceable;
and the background job that reads a folder of PDFs into the rows (which row got which file)."""

from collections.abc import Callable
from pathlib import Path
from typing import Any

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.round.applicants import ApplicantsTable
from evaluator_app.round.document_facts import DocumentFacts, document_facts
from evaluator_app.round.folders import match_documents
from ui.secretariat.common import ERROR_BG, size_text
from ui.secretariat.findings import sentence


def read_folder(folder: Path, table: ApplicantsTable, stage: str,
                progress: Callable[[int, int], None]) -> dict[str, Any]:
    """In the worker: which application each file of the folder belongs to, every file's
    facts, and the files no row claims."""
    matched = match_documents(folder, table, stage)
    files = [p for paths in (*matched.documents.values(), *matched.slides.values())
             for p in paths]
    facts = {}
    for i, p in enumerate(files):
        facts[str(p)] = document_facts(p)
        progress(i + 1, len(files))
    extra = [p.file for p in matched.problems if p.text.startswith("an extra document")]
    return {"documents": {a: [str(p) for p in ps] for a, ps in matched.documents.items()},
            "slides": {a: [str(p) for p in ps] for a, ps in matched.slides.items()},
            "facts": facts, "extra": extra}


def facts_of(paths: list[str], progress: Callable[[int, int], None]) -> dict[str, DocumentFacts]:
    out = {}
    for i, p in enumerate(paths):
        out[p] = document_facts(Path(p))
        progress(i + 1, len(paths))
    return out


def describe(facts: DocumentFacts | None) -> tuple[str, str, str]:
    """(pages, size, verdict) as the table shows them."""
    if facts is None:
        return "…", "…", ""
    pages = str(facts.pages) if facts.pages is not None else "—"
    verdict = sentence(facts.problem) if facts.problem else "✓ PDF"
    return pages, size_text(facts.size), verdict


class DocumentsPanel(QGroupBox):
    """Add, replace or remove the selected row's documents (it edits the lists it is given)."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTitle(self.tr("Documents of the selected applicant"))
        self.paths: list[str] = []
        self.facts: dict[str, DocumentFacts] = {}
        column = QVBoxLayout(self)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels([self.tr("File"), self.tr("Page count"),
                                              self.tr("Size"), self.tr("Check")])
        self.table.setAccessibleName(self.tr("Documents of the selected applicant"))
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setColumnWidth(0, 320)
        self.table.setColumnWidth(1, 50)
        self.table.setColumnWidth(2, 70)
        column.addWidget(self.table, 1)
        row = QHBoxLayout()
        self.add_button = QPushButton(self.tr("Add a PDF…"))
        self.replace_button = QPushButton(self.tr("&Replace…"))
        self.remove_button = QPushButton(self.tr("Remove"))
        self.add_button.clicked.connect(self.choose_add)
        self.replace_button.clicked.connect(self.choose_replace)
        self.remove_button.clicked.connect(self.remove_selected)
        for b in (self.add_button, self.replace_button, self.remove_button):
            row.addWidget(b)
        row.addStretch(1)
        column.addLayout(row)
        self.note = QLabel()
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #5F6368;")
        column.addWidget(self.note)
        self.show_paths(None, [])

    def show_paths(self, application: str | None, paths: list[str]) -> None:
        """Show (and from now on edit) `paths`, the list of the row `application`."""
        self.paths = paths
        self.application = application
        for b in (self.add_button, self.replace_button, self.remove_button):
            b.setEnabled(application is not None)
        self.refresh()

    def refresh(self) -> None:
        self.table.setRowCount(len(self.paths))
        for r, p in enumerate(self.paths):
            pages, size, verdict = describe(self.facts.get(p))
            cells = [Path(p).name, pages, size, verdict]
            for c, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(p if c == 0 else text)
                facts = self.facts.get(p)
                if facts is not None and facts.problem:
                    item.setBackground(ERROR_BG)
                self.table.setItem(r, c, item)
        if self.application is None:
            self.note.setText(self.tr("Select an applicant's row to see its documents."))
        elif not self.paths:
            self.note.setText(self.tr("No document yet for %1.").replace("%1", self.application))
        else:
            total = [self.facts[p].pages or 0 for p in self.paths if p in self.facts]
            self.note.setText(self.tr("%1: %2 file(s), %3 pages").replace(
                "%1", self.application).replace("%2", str(len(self.paths))).replace(
                    "%3", str(sum(total))))
        if self.paths and self.table.currentRow() < 0:
            self.table.selectRow(0)

    def _pick(self, title: str) -> Path | None:
        path, _ = QFileDialog.getOpenFileName(self, title, "", self.tr("PDF documents (*.pdf)"))
        return Path(path) if path else None

    def choose_add(self) -> None:
        path = self._pick(self.tr("Add a document"))
        if path:
            self.add(path)

    def choose_replace(self) -> None:
        if self.table.currentRow() < 0:
            return
        path = self._pick(self.tr("Replace the document"))
        if path:
            self.replace(self.table.currentRow(), path)

    def add(self, path: Path) -> None:
        self.paths.append(str(path.absolute()))
        self.edited.emit()

    def replace(self, index: int, path: Path) -> None:
        self.paths[index] = str(path.absolute())
        self.edited.emit()

    def remove_selected(self) -> None:
        r = self.table.currentRow()
        if 0 <= r < len(self.paths):
            del self.paths[r]
            self.edited.emit()
