"""Page 4, the rules of the day: the evaluation window, the pledge (a default in the official
tone, editable), for 발표 the minutes per applicant and the order, and for a later stage the
earlier signed result (its signature checked), the shortlist and the weight, with the
resulting list shown."""

from datetime import date, datetime, timedelta
from pathlib import Path
from typing import Any

from PySide6.QtCore import QDateTime, QTimeZone, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDateTimeEdit,
    QDoubleSpinBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.stages import load_previous
from ui.secretariat.common import FindingsList, heading
from ui.secretariat.findings import Finding, sentence
from ui.secretariat.state import DeskState
from ui.workers import run_in_background

KST = QTimeZone(b"Asia/Seoul")


def default_window() -> tuple[str, str]:
    """Tomorrow 09:00 to a week later 18:00, Korea time."""
    day = date.today() + timedelta(1)
    return f"{day}T09:00:00+09:00", f"{day + timedelta(7)}T18:00:00+09:00"


def preview_shortlist(state: DeskState, chair: str) -> tuple[list[str], list[str]]:
    """In the worker: the applications the earlier result sends on, or why it cannot be used
    (its signature is checked against the earlier chair's card)."""
    problems: list[str] = []
    previous = load_previous({"result": state.previous_result, "chair": chair,
                              "shortlist": state.shortlist, "weight": state.weight},
                             Path("/"), state.stage, state.program, problems)
    if previous is None:
        return [], problems
    lines = [f"{aid} · {s['status']} · {float(s['percent']):.2f}%"
             for aid, s in sorted(previous.scores.items(),
                                  key=lambda kv: -float(kv[1]["percent"]))]
    return lines, problems


class RulesPage(QWidget):
    changed = Signal()
    previewed = Signal()  # the shortlist was worked out (tests wait on it)

    def __init__(self, state: DeskState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.state = state
        self.chair_card = ""  # this round's chair (the default earlier chair)
        self._generation = 0
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("4. Rules of the day"), self.tr(
            "When the members may score, what they pledge, and how the day runs.")))
        top = QHBoxLayout()
        layout.addLayout(top, 1)
        left = QVBoxLayout()
        top.addLayout(left, 1)
        window = QGroupBox(self.tr("Evaluation window (Korea time)"))
        form = QFormLayout(window)
        self.opens, self.closes = QDateTimeEdit(), QDateTimeEdit()
        for w, name in ((self.opens, self.tr("Opens")), (self.closes, self.tr("Closes"))):
            w.setDisplayFormat("yyyy-MM-dd HH:mm")
            w.setCalendarPopup(True)
            w.setTimeZone(KST)
            w.setAccessibleName(name)
            form.addRow(name, w)
        note = QLabel(self.tr("Members can open the bundle and sign their sheets only within "
                              "this window."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #5F6368;")
        form.addRow(note)
        left.addWidget(window)
        self.review_box = QGroupBox(self.tr("발표 day"))
        form = QFormLayout(self.review_box)
        self.presentation = QSpinBox()
        self.questions = QSpinBox()
        for w, name in ((self.presentation, self.tr("Presentation (minutes)")),
                        (self.questions, self.tr("Questions (minutes)"))):
            w.setRange(1, 180)
            w.setAccessibleName(name)
            form.addRow(name, w)
        self.order_spec = QRadioButton(self.tr("in the order of the applicants table"))
        self.order_draw = QRadioButton(self.tr("drawn in the room (추첨)"))
        order = QVBoxLayout()
        order.addWidget(self.order_spec)
        order.addWidget(self.order_draw)
        form.addRow(self.tr("Order"), order)
        left.addWidget(self.review_box)
        self.previous_box = QGroupBox(self.tr("The earlier stage"))
        column = QVBoxLayout(self.previous_box)
        self.use_previous = QCheckBox(self.tr("&Build on the earlier stage's signed result"))
        column.addWidget(self.use_previous)
        form = QFormLayout()
        self.result_path = QLineEdit()
        self.result_path.setAccessibleName(self.tr("Signed result (result.json)"))
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self.choose_result)
        row = QHBoxLayout()
        row.addWidget(self.result_path, 1)
        row.addWidget(browse)
        form.addRow(self.tr("Signed result"), row)
        self.shortlist = QSpinBox()
        self.shortlist.setRange(1, 999)
        self.shortlist.setAccessibleName(self.tr("Shortlist: top N"))
        self.pass_only = QCheckBox(self.tr("all 선정 and 예비 instead"))
        row = QHBoxLayout()
        row.addWidget(self.shortlist)
        row.addWidget(self.pass_only, 1)
        form.addRow(self.tr("Shortlist: top"), row)
        self.weight = QDoubleSpinBox()
        self.weight.setRange(0, 1)
        self.weight.setSingleStep(0.05)
        self.weight.setAccessibleName(self.tr("Weight of the earlier stage"))
        form.addRow(self.tr("Weight of the earlier stage"), self.weight)
        column.addLayout(form)
        self.shortlisted = QListWidget()
        self.shortlisted.setAccessibleName(self.tr("Applications that go on"))
        self.shortlisted.setMaximumHeight(90)
        column.addWidget(self.shortlisted)
        left.addWidget(self.previous_box)
        left.addStretch(1)
        pledge = QGroupBox(self.tr("Pledge (서약서) the members accept before scoring"))
        column = QVBoxLayout(pledge)
        self.pledge = QPlainTextEdit()
        self.pledge.setAccessibleName(self.tr("Pledge text"))
        self.pledge.setTabChangesFocus(True)
        column.addWidget(self.pledge, 1)
        reset = QPushButton(self.tr("Restore the default text"))
        reset.clicked.connect(self.restore_pledge)
        column.addWidget(reset)
        top.addWidget(pledge, 1)
        self.findings = FindingsList(self.tr("Findings of this page"))
        self.findings.setMaximumHeight(90)
        layout.addWidget(self.findings)
        self.load()
        for w in (self.opens, self.closes):
            w.dateTimeChanged.connect(self._edited)
        for w in (self.presentation, self.questions, self.shortlist):
            w.valueChanged.connect(self._edited)
        self.weight.valueChanged.connect(self._edited)
        for w in (self.order_spec, self.order_draw, self.use_previous, self.pass_only):
            w.toggled.connect(self._edited)
        self.result_path.editingFinished.connect(self._edited)
        self.pledge.textChanged.connect(self._pledge_edited)

    def load(self) -> None:
        s = self.state
        widgets = (self.opens, self.closes, self.presentation, self.questions, self.shortlist,
                   self.weight, self.order_spec, self.order_draw, self.use_previous,
                   self.pass_only, self.result_path, self.pledge)
        for w in widgets:
            w.blockSignals(True)
        for w, value in ((self.opens, s.opens), (self.closes, s.closes)):
            if value:
                moment = QDateTime.fromSecsSinceEpoch(
                    int(datetime.fromisoformat(value).timestamp()), KST)
                w.setDateTime(moment)
        self.presentation.setValue(s.review_minutes[0])
        self.questions.setValue(s.review_minutes[1])
        (self.order_draw if s.review_order == "draw" else self.order_spec).setChecked(True)
        self.use_previous.setChecked(s.use_previous)
        self.result_path.setText(s.previous_result)
        self.pass_only.setChecked(s.shortlist == "pass")
        self.shortlist.setValue(s.shortlist if isinstance(s.shortlist, int) else 3)
        self.weight.setValue(s.weight)
        self.pledge.setPlainText(s.pledge_or_default())
        for w in widgets:
            w.blockSignals(False)
        self._visibility()

    def _visibility(self) -> None:
        self.review_box.setVisible(self.state.stage == "발표")
        self.previous_box.setVisible(self.state.stage != "서면")
        on = self.use_previous.isChecked()
        for w in (self.result_path, self.shortlist, self.pass_only, self.weight,
                  self.shortlisted):
            w.setEnabled(on)
        self.shortlist.setEnabled(on and not self.pass_only.isChecked())

    def _edited(self, *_: Any) -> None:
        s = self.state
        s.opens = _iso(self.opens.dateTime())
        s.closes = _iso(self.closes.dateTime())
        s.review_minutes = (self.presentation.value(), self.questions.value())
        s.review_order = "draw" if self.order_draw.isChecked() else "spec"
        s.use_previous = self.use_previous.isChecked() and s.stage != "서면"
        s.previous_result = self.result_path.text().strip()
        s.shortlist = "pass" if self.pass_only.isChecked() else self.shortlist.value()
        s.weight = round(self.weight.value(), 4)
        self._visibility()
        self.preview()
        self.changed.emit()

    def _pledge_edited(self) -> None:
        text = self.pledge.toPlainText()
        self.state.pledge = None if text == self.state.pledge_or_default() and (
            self.state.pledge is None) else text
        self.changed.emit()

    def restore_pledge(self) -> None:
        self.state.pledge = None
        self.pledge.setPlainText(self.state.pledge_or_default())
        self.state.pledge = None

    def choose_result(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("The earlier stage's signed result"),
                                              "", self.tr("Results (result.json *.json)"))
        if path:
            self.result_path.setText(path)
            self._edited()

    def preview(self) -> None:
        """Work out the shortlist off-thread (the signature is checked there)."""
        s = self.state
        self.shortlisted.clear()
        if not (s.use_previous and s.previous_result):
            return
        self._generation += 1
        generation, chair = self._generation, s.previous_chair or self.chair_card

        def done(found: tuple[list[str], list[str]]) -> None:
            if generation != self._generation:
                return
            lines, problems = found
            self.shortlisted.clear()
            self.shortlisted.addItems(lines or [sentence(p) for p in problems])
            self.previewed.emit()

        snapshot = DeskState(**{**s.__dict__})
        run_in_background(lambda p: preview_shortlist(snapshot, chair), done, lambda _m: None)

    def show_findings(self, findings: list[Finding]) -> None:
        self.findings.show_findings(findings, self.tr("The rules of the day are set."))

    def focus_finding(self, finding: Finding) -> None:
        self.opens.setFocus()


def _iso(moment: QDateTime) -> str:
    return datetime.fromtimestamp(moment.toSecsSinceEpoch()).astimezone(
        datetime.fromisoformat("2000-01-01T00:00:00+09:00").tzinfo).isoformat()
