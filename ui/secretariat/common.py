"""Pieces every page of the desk shares: a heading with its one-line purpose, the page's list
of findings (each one activates its place), sizes in words."""

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtGui import QColor, QFont
from PySide6.QtWidgets import QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from evaluator_app.errors import EvaluatorError
from ui.secretariat.findings import Finding
from ui.texts import describe_error, error_detail

ERROR_BG = QColor(250, 219, 216)  # the red of a cell with a finding (light, text stays legible)
OK_STYLE = "color: #1E7B34;"
HINT_STYLE = "color: #5F6368;"
FINGERPRINT_FONTS = ["Consolas", "DejaVu Sans Mono", "Menlo", "monospace"]
NOTICE_STYLE = ("background: #FADBD8; color: #202124; padding: 6px; "
                "border: 1px solid #D93025;")  # the draft no longer matches the bundle sent

# round_sent.PARTS as the 간사 knows them (the pages where each is edited)
PART_NAMES = {
    "session": QT_TRANSLATE_NOOP("DeskSent", "the round"),
    "rubric": QT_TRANSLATE_NOOP("DeskSent", "the rubric's content"),
    "applications": QT_TRANSLATE_NOOP("DeskSent", "the applicants"),
    "documents": QT_TRANSLATE_NOOP("DeskSent", "the documents"),
    "roster": QT_TRANSLATE_NOOP("DeskSent", "the roster"),
    "conflicts": QT_TRANSLATE_NOOP("DeskSent", "the declared conflicts"),
    "rules": QT_TRANSLATE_NOOP("DeskSent", "the rules of the day"),
}


def parts_text(parts: list[str]) -> str:
    return ", ".join(QCoreApplication.translate("DeskSent", PART_NAMES[p]) for p in parts)


def heading(title: str, purpose: str) -> QWidget:
    box = QWidget()
    column = QVBoxLayout(box)
    column.setContentsMargins(0, 0, 0, 4)
    label = QLabel(title)
    font = QFont(label.font())
    font.setPointSize(font.pointSize() + 5)
    font.setBold(True)
    label.setFont(font)
    column.addWidget(label)
    hint = QLabel(purpose)
    hint.setWordWrap(True)
    hint.setStyleSheet(HINT_STYLE)
    column.addWidget(hint)
    return box


def file_error(headline: str, error: EvaluatorError) -> str:
    """A file the 간사 chose that the core refused: the desk's own headline (the shared one
    speaks to a member, of asking the secretariat for a bundle), then the core's finding."""
    detail = error_detail(error)
    if not detail:
        return headline
    return headline + "\n\n" + QCoreApplication.translate("DeskErrors", "Details: %1").replace(
        "%1", detail)


def desk_error(error: EvaluatorError) -> str:
    """`describe_error` for the 간사, who is the secretariat its details would send one to."""
    return describe_error(error, to_secretariat=True)


def size_text(size: int) -> str:
    if size >= 1024 * 1024:
        return f"{size / 1024 / 1024:.1f} MB"
    return f"{max(1, round(size / 1024))} KB"


class FindingsList(QListWidget):
    """The findings of one page (or all of them); Enter or a double-click goes to its place."""

    chosen = Signal(object)  # Finding

    def __init__(self, accessible: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAccessibleName(accessible)
        self.setWordWrap(True)
        self.itemActivated.connect(lambda item: self.chosen.emit(
            item.data(Qt.ItemDataRole.UserRole)))

    def show_findings(self, findings: list[Finding], ok_text: str, prefix: bool = False) -> None:
        self.clear()
        for f in findings:
            where = []
            if prefix:
                where.append(self.page_name(f.page))
            if f.row is not None:
                where.append(self.tr("row %1").replace("%1", str(f.row + 1)))
            if f.where:
                where.append(f.where)
            text = (" · ".join(where) + " — " if where else "") + f.sentence
            item = QListWidgetItem("⚠ " + text)
            item.setData(Qt.ItemDataRole.UserRole, f)
            item.setBackground(ERROR_BG)
            self.addItem(item)
        if not findings:
            item = QListWidgetItem("✓ " + ok_text)
            item.setForeground(QColor(30, 123, 52))
            self.addItem(item)

    def page_name(self, page: int) -> str:
        names = [self.tr("1 Round"), self.tr("2 Applicants"), self.tr("3 Committee"),
                 self.tr("4 Rules of the day"), self.tr("5 Check and send"),
                 self.tr("6 Collect")]
        return names[page]
