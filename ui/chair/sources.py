"""Where the chair's sheets come from, in one short line ("시트 7개 · 폴더 1곳") with the full
list a click away: a list of file names grows without bound and must not widen the window."""

from collections.abc import Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QSize
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QListWidget,
    QVBoxLayout,
    QWidget,
)

from ui.screen_fit import fit_to_screen


def summary(paths: Sequence[Path]) -> str:
    """"7 sheets · 1 folder": sheet files and folders the chair added."""
    folders = sum(1 for p in paths if p.is_dir())
    files = len(paths) - folders
    parts = []
    if files:
        parts.append(QCoreApplication.translate("ChairSources", "%n sheet(s)", "", files))
    if folders:
        parts.append(QCoreApplication.translate("ChairSources", "%n folder(s)", "", folders))
    return " · ".join(parts)


class SourcesDialog(QDialog):
    """Every file and folder added, with its full path."""

    def __init__(self, paths: Sequence[Path], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Sheets and folders added"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(summary(paths)))
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Sheets and folders added"))
        self.list.addItems([str(p) + ("/" if p.is_dir() else "") for p in paths])
        layout.addWidget(self.list, 1)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        fit_to_screen(self, QSize(720, 420))  # long paths scroll; the screen bounds it
