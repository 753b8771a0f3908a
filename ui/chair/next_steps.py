"""After the signature, the next step: open and print the 종합평가표, who signs it on paper and
what goes to the secretariat (the core's consolidation/handover.py says who and what)."""

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from PySide6.QtCore import QUrl, Signal
from PySide6.QtGui import QDesktopServices, QPageLayout
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.consolidation.handover import paper_signers, to_secretariat

STYLE = "QFrame#nextSteps { background: rgba(46, 158, 79, 40); border-radius: 3px; }"


def open_file(path: Path) -> bool:
    """In the system's viewer (the PDF reader for the 종합평가표, the file manager for a
    folder)."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def print_report(report: Path, parent: QWidget | None, printer: Any = None) -> int:
    """Print the 종합평가표 on A4 landscape: through the print dialog, or onto `printer` as it is
    (tests: a PDF printer). Returns the pages printed (0 when cancelled)."""
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from ui.session.report import print_pdf

    if printer is None:
        printer = QPrinter(QPrinter.PrinterMode.HighResolution)
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
        if QPrintDialog(printer, parent).exec() != QPrintDialog.DialogCode.Accepted:
            return 0
    else:
        printer.setPageOrientation(QPageLayout.Orientation.Landscape)
    return print_pdf(report, printer)


class NextSteps(QFrame):
    """Shown once the result is signed and written; hidden before."""

    printed = Signal(int)  # pages

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("nextSteps")
        self.setStyleSheet(STYLE)
        self.report: Path | None = None
        self.folder: Path | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 6, 8, 6)
        layout.setSpacing(4)
        top = QHBoxLayout()
        self.title = QLabel(self.tr("Next: print the 종합평가표 and have it signed on paper"))
        font = self.title.font()
        font.setBold(True)
        self.title.setFont(font)
        top.addWidget(self.title, 1)
        self.open_button = QPushButton(self.tr("Open 종합평가표"))
        self.open_button.clicked.connect(self.open_report)
        self.print_button = QPushButton(self.tr("Print 종합평가표…"))
        self.print_button.clicked.connect(lambda: self.print_report())
        self.folder_button = QPushButton(self.tr("Open the folder"))
        self.folder_button.clicked.connect(lambda: self.folder and open_file(self.folder))
        for b in (self.open_button, self.print_button, self.folder_button):
            top.addWidget(b)
        layout.addLayout(top)
        self.signers = QLabel()
        self.signers.setWordWrap(True)
        self.secretariat = QLabel()
        self.secretariat.setWordWrap(True)
        layout.addWidget(self.signers)
        layout.addWidget(self.secretariat)
        self.hide()

    def show_written(self, result: dict[str, Any], files: Sequence[Path],
                     sheets: Sequence[Path]) -> None:
        """The signed result's next steps: `files` written, `sheets` the chair's sources."""
        self.report = next((Path(f) for f in files if Path(f).name == "report.pdf"), None)
        self.folder = Path(files[0]).parent if files else None
        self.open_button.setEnabled(self.report is not None)
        self.print_button.setEnabled(self.report is not None)
        must = [s for s in paper_signers(result) if s.must_sign]
        chair = [s.name for s in must if s.role == "chair"]
        members = [s.name for s in must if s.role != "chair"]
        self.signers.setText(self.tr("Signs the printed 종합평가표 (확인 및 서명, last page): the "
                                     "chair %1 and the members %2.")
                             .replace("%1", ", ".join(chair)).replace("%2", ", ".join(members)))
        words = {
            "paper": self.tr("the signed paper original"),
            "signed": self.tr("the signed result (the secretariat checks it with `evaluator "
                              "result verify`)"),
            "tables": self.tr("the tables"),
            "public": self.tr("the public report"),
            "sheets": self.tr("the members' signed sheets it was computed from"),
        }
        parts = []
        for kind, paths in to_secretariat(files):
            names = " + ".join(p.name for p in paths) if paths else ", ".join(
                p.name for p in sheets)
            parts.append(f"{words[kind]} ({names})" if names else words[kind])
        self.secretariat.setText(self.tr("To the secretariat: %1.").replace(
            "%1", "; ".join(parts)))
        self.secretariat.setToolTip("\n".join(str(f) for f in [*files, *sheets]))
        self.show()

    def open_report(self) -> None:
        if self.report is not None:
            open_file(self.report)

    def print_report(self, printer: Any = None) -> int:
        if self.report is None:
            return 0
        pages = print_report(self.report, self, printer)
        if pages:
            self.printed.emit(pages)
        return pages
