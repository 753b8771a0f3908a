"""Page 1, the round: program, year, stage, title, sites to select; the rubric shown read-only
as the members will see it, with its status stated plainly and the official table importable."""

from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.errors import EvaluatorError
from evaluator_app.numbers import format_decimal
from evaluator_app.programs import load_programs
from evaluator_app.round.new import pick_rubrics
from evaluator_app.rubric.catalogue import load_catalogue
from evaluator_app.rubric.importing import import_into_catalogue
from evaluator_app.rubric.model import STAGES, Rubric
from ui.secretariat.common import FindingsList, desk_error, file_error, heading
from ui.secretariat.findings import Finding
from ui.secretariat.state import DeskState
from ui.texts import rubric_status

STAGE_WORDS = {"서면": "서면평가", "발표": "발표평가", "현장": "현장평가"}


class RoundPage(QWidget):
    changed = Signal()

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.rubrics: dict[str, Rubric] = {}
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("1. The round"), self.tr(
            "Which call and stage this round evaluates; the members score with the rubric "
            "below.")))
        top = QHBoxLayout()
        layout.addLayout(top, 1)
        form_box = QGroupBox(self.tr("Round"))
        form = QFormLayout(form_box)
        self.program = QComboBox()
        for p in load_programs().values():
            self.program.addItem(f"{p.name_ko} ({p.id})", p.id)
        self.stage = QComboBox()
        for s in STAGES:
            self.stage.addItem(STAGE_WORDS.get(s, s), s)
        self.year = QSpinBox()
        self.year.setRange(2000, 2100)
        self.title = QLineEdit()
        self.title.setPlaceholderText(self.tr("e.g. 2025 강소형 스마트도시 서면평가"))
        self.sites = QSpinBox()
        self.sites.setRange(1, 99)
        self.sites_hint = QLabel()
        self.sites_hint.setStyleSheet("color: #5F6368;")
        sites_row = QHBoxLayout()
        sites_row.addWidget(self.sites)
        sites_row.addWidget(self.sites_hint, 1)
        form.addRow(self.tr("&Program (사업유형)"), self.program)
        form.addRow(self.tr("&Stage"), self.stage)
        form.addRow(self.tr("&Year"), self.year)
        form.addRow(self.tr("&Title"), self.title)
        form.addRow(self.tr("Sites to select"), sites_row)
        for label, widget in ((self.tr("Program"), self.program), (self.tr("Stage"), self.stage),
                              (self.tr("Year"), self.year), (self.tr("Title"), self.title),
                              (self.tr("Sites to select"), self.sites)):
            widget.setAccessibleName(label)
        self.session_id = QLabel()
        self.session_id.setStyleSheet("color: #5F6368;")
        form.addRow(self.tr("Session id"), self.session_id)
        top.addWidget(form_box, 2)

        rubric_box = QGroupBox(self.tr("Rubric (평가표) as the members see it"))
        column = QVBoxLayout(rubric_box)
        self.rubric_title = QLabel()
        self.rubric_title.setWordWrap(True)
        self.status = QLabel()
        self.status.setWordWrap(True)
        column.addWidget(self.rubric_title)
        column.addWidget(self.status)
        self.subtype = QComboBox()
        self.subtype.setAccessibleName(self.tr("Sub-type's rubric"))
        self.subtype.currentIndexChanged.connect(self._show_rubric)
        column.addWidget(self.subtype)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("Criterion / item"), self.tr("Points"),
                                   self.tr("Scale"), self.tr("What to look for")])
        self.tree.setAccessibleName(self.tr("Rubric items (read-only)"))
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 45)
        self.tree.setColumnWidth(2, 150)
        self.tree.setWordWrap(True)
        column.addWidget(self.tree, 1)
        self.import_button = QPushButton(self.tr("&Import the official table…"))
        self.import_button.setToolTip(self.tr(
            "The rubric table (XLSX/CSV) with the call's official points; it replaces the "
            "proposed points for this program and stage"))
        self.import_button.clicked.connect(self.choose_import)
        column.addWidget(self.import_button, 0, Qt.AlignmentFlag.AlignLeft)
        top.addWidget(rubric_box, 4)
        self.findings = FindingsList(self.tr("Findings of this page"))
        self.findings.setMaximumHeight(90)
        layout.addWidget(self.findings)
        self.load()
        self.program.currentIndexChanged.connect(self._edited)
        self.stage.currentIndexChanged.connect(self._edited)
        self.year.valueChanged.connect(self._edited)
        self.title.textChanged.connect(self._edited)
        self.sites.valueChanged.connect(self._edited)

    def load(self) -> None:
        s = self.state
        for w in (self.program, self.stage, self.year, self.title, self.sites):
            w.blockSignals(True)
        self.program.setCurrentIndex(max(0, self.program.findData(s.program)))
        self.stage.setCurrentIndex(max(0, self.stage.findData(s.stage)))
        self.year.setValue(s.year)
        self.title.setText(s.title)
        program = load_programs()[s.program]
        self.sites.setValue(s.sites or program.sites_to_select)
        for w in (self.program, self.stage, self.year, self.title, self.sites):
            w.blockSignals(False)
        self._refresh()

    def _edited(self) -> None:
        s = self.state
        new_program = self.program.currentData()
        program = load_programs()[new_program]
        if new_program != s.program:  # another call: its own number of sites
            self.sites.blockSignals(True)
            self.sites.setValue(program.sites_to_select)
            self.sites.blockSignals(False)
        s.program, s.stage = new_program, self.stage.currentData()
        s.year, s.title = self.year.value(), self.title.text()
        s.sites = self.sites.value() if self.sites.value() != program.sites_to_select else None
        self._refresh()
        self.changed.emit()

    def _refresh(self) -> None:
        s = self.state
        program = load_programs()[s.program]
        self.sites_hint.setText(self.tr("the call selects %1").replace(
            "%1", str(program.sites_to_select)))
        self.session_id.setText(s.session_id())
        try:
            self.rubrics = pick_rubrics(program, s.stage, load_catalogue())
        except EvaluatorError as e:
            self.rubrics = {}
            self.status.setText(desk_error(e))
        self.subtype.blockSignals(True)
        self.subtype.clear()
        for sub in self.rubrics:
            self.subtype.addItem(program.subtypes.get(sub, sub) or program.name_ko, sub)
        self.subtype.setVisible(len(self.rubrics) > 1)
        self.subtype.blockSignals(False)
        self._show_rubric()

    def _show_rubric(self) -> None:
        self.tree.clear()
        rubric = self.rubrics.get(self.subtype.currentData() or "") or next(
            iter(self.rubrics.values()), None)
        if rubric is None:
            self.rubric_title.setText(self.tr("No rubric for this program and stage yet."))
            self.status.setText(self.tr("Import the official table of the call."))
            self.status.setStyleSheet("background: rgba(192, 57, 43, 60); padding: 4px;")
            return
        self.rubric_title.setText(f"<b>{rubric.title_ko}</b> · {rubric.id} · "
                                  + self.tr("total %1 points").replace(
                                      "%1", format_decimal(rubric.total)))
        proposed = rubric.status == "proposed"
        self.status.setText(("⚠ " if proposed else "✓ ") + rubric_status(rubric.status))
        self.status.setStyleSheet("background: rgba(232, 163, 23, 80); padding: 4px;"
                                  if proposed else "background: rgba(46, 158, 79, 60); "
                                  "padding: 4px;")
        for g in rubric.groups:
            top = QTreeWidgetItem([g.label_ko, format_decimal(g.max_points), "", g.guidance])
            font = top.font(0)
            font.setBold(True)
            top.setFont(0, font)
            for i in g.items:
                if i.scale.kind == "grade":
                    scale = " ".join(f"{letter} {format_decimal(i.grade_points(letter))}"
                                     for letter, _ in i.scale.grades)
                else:
                    scale = self.tr("0–%1 points").replace("%1", format_decimal(i.max_points))
                child = QTreeWidgetItem([i.label_ko, format_decimal(i.max_points), scale,
                                         i.guidance])
                child.setToolTip(3, i.guidance)
                top.addChild(child)
            self.tree.addTopLevelItem(top)
        for a in rubric.adjustments:
            sign = "+" if a.kind == "bonus" else "−"
            self.tree.addTopLevelItem(QTreeWidgetItem(
                [a.label_ko, f"{sign}{format_decimal(a.max_points)}", "", a.guidance]))
        guided = any(i.guidance for i in rubric.items()) or any(g.guidance for g in rubric.groups)
        self.tree.setColumnHidden(3, not guided)  # no empty column where nothing is written
        self.tree.setColumnWidth(0, 300 if guided else 460)
        self.tree.expandAll()

    def choose_import(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The official rubric table"), "",
                                              self.tr("Tables (*.xlsx *.csv)"))
        if path:
            self.import_table(Path(path))

    def import_table(self, path: Path) -> bool:
        try:
            rubric, _ = import_into_catalogue(path)
        except EvaluatorError as e:
            QMessageBox.warning(self, self.tr("Import the official table"), file_error(
                self.tr("The table %1 was not imported; the rubric is unchanged.").replace(
                    "%1", path.name), e))
            return False
        self._refresh()
        self.changed.emit()
        QMessageBox.information(self, self.tr("Import the official table"), self.tr(
            "The table %1 is now the rubric %2 (%3).").replace("%1", path.name).replace(
                "%2", rubric.id).replace("%3", rubric_status(rubric.status)))
        return True

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings.show_findings(findings, self.tr("The round is complete."))

    def focus_finding(self, finding: Finding) -> None:
        self.title.setFocus()
