"""The rubric panel: built from rubric data, one input per entry, every edit saved at once."""

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QButtonGroup,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QRadioButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.rubric.model import Item, Rubric
from evaluator_app.scoring import ApplicationEntries, Evaluation, format_decimal, text_length
from evaluator_app.workspace import Change
from ui.texts import describe_missing

SAVE_DELAY_MS = 400  # text is saved this long after the last keystroke (and on leaving)


class RationaleEdit(QPlainTextEdit):
    """Multi-line text with a live character counter and debounced saving."""

    def __init__(self, minimum: int, on_save: Callable[[str], None], name: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.minimum = minimum
        self.on_save = on_save
        self.setAccessibleName(name)
        self.setTabChangesFocus(True)
        self.setFixedHeight(64)
        self.counter = QLabel(parent)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SAVE_DELAY_MS)
        self.timer.timeout.connect(self.flush)
        self.textChanged.connect(self._changed)
        self.loading = False
        self._update_counter()

    def set_text(self, text: str) -> None:
        self.loading = True
        self.setPlainText(text)
        self.loading = False
        self._update_counter()

    def _changed(self) -> None:
        self._update_counter()
        if not self.loading:
            self.timer.start()

    def _update_counter(self) -> None:
        n = text_length(self.toPlainText())
        short = self.minimum and n < self.minimum
        self.counter.setText(f"{n} / {self.minimum}" if self.minimum else f"{n}")
        self.counter.setStyleSheet("color: #C0392B;" if short else "color: #5F6368;")

    def flush(self) -> None:
        self.timer.stop()
        if not self.loading and self.document().isModified():
            self.document().setModified(False)
            self.on_save(self.toPlainText())

    def focusOutEvent(self, event) -> None:  # type: ignore[no-untyped-def]
        self.flush()
        super().focusOutEvent(event)


class RubricPanel(QScrollArea):
    """Emits `edited(Change)` for every change the member makes."""

    edited = Signal(object)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.app_id = ""
        self.loading = False
        self.badges: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.rationales: dict[str, RationaleEdit] = {}
        self.total_label = QLabel()
        self.status_label = QLabel()
        self.setWidget(QLabel(self.tr("No application selected.")))

    # ---- building ----------------------------------------------------------------------

    def load(self, app_id: str, rubric: Rubric, entries: ApplicationEntries,
             evaluation: Evaluation) -> None:
        self.flush()
        self.loading = True
        self.app_id = app_id
        self.badges, self.inputs, self.rationales = {}, {}, {}
        body = QWidget()
        layout = QVBoxLayout(body)
        status_word = self.tr("Rubric status")
        head = QLabel(f"<b>{rubric.title_ko}</b><br><span style='color:#8A5A00'>"
                      f"{status_word}: {rubric.status_label}</span>")
        head.setWordWrap(True)
        layout.addWidget(head)
        if entries.conflict is not None:
            note = QLabel(self.tr("Recused (회피): a conflict of interest was declared for this "
                                  "application, so it cannot be scored."))
            note.setWordWrap(True)
            layout.addWidget(note)
            layout.addStretch(1)
            self.setWidget(body)
            self.loading = False
            return
        if rubric.gates:
            box = QGroupBox(self.tr("Eligibility checks (적격)"))
            form = QFormLayout(box)
            for gate in rubric.gates:
                combo = QComboBox()
                combo.addItems(["—", "적합 (pass)", "부적합 (fail)"])
                combo.setAccessibleName(gate.label_ko)
                e = entries.gates.get(gate.id)
                combo.setCurrentIndex({None: 0, "pass": 1, "fail": 2}[e.value if e else None])
                combo.currentIndexChanged.connect(
                    lambda i, g=gate.id: self._emit(Change(self.app_id, "gate", g,
                                                           [None, "pass", "fail"][i])))
                label = QLabel(gate.label_ko)
                label.setWordWrap(True)
                label.setToolTip(gate.guidance)
                form.addRow(label, combo)
                self.inputs[gate.id] = combo
                self._badge(gate.id, form)
            layout.addWidget(box)
        for group in rubric.groups:
            box = QGroupBox(f"{group.id}. {group.label_ko} ({format_decimal(group.max_points)})")
            vbox = QVBoxLayout(box)
            for item in group.items:
                vbox.addWidget(self._item_widget(item, entries))
            layout.addWidget(box)
        if rubric.adjustments:
            box = QGroupBox(self.tr("Bonus / penalty (가점·감점)"))
            vbox = QVBoxLayout(box)
            for adj in rubric.adjustments:
                row = QHBoxLayout()
                label = QLabel(adj.label_ko)
                label.setToolTip(adj.guidance)
                spin = QDoubleSpinBox()
                spin.setRange(0, float(adj.max_points))
                spin.setSingleStep(float(adj.step))
                spin.setAccessibleName(adj.label_ko)
                e = entries.adjustments.get(adj.id)
                spin.setValue(float(e.value) if e and e.value else 0.0)
                spin.valueChanged.connect(lambda v, a=adj.id: self._emit(
                    Change(self.app_id, "adjustment", a, _number(v))))
                row.addWidget(label, 1)
                row.addWidget(spin)
                vbox.addLayout(row)
                self.inputs[adj.id] = spin
                vbox.addWidget(self._rationale(adj.id, "adjustment", adj.rationale_min_length,
                                               e.rationale if e else "", adj.label_ko))
                self._badge(adj.id, vbox)
            layout.addWidget(box)
        box = QGroupBox(self.tr("Overall opinion (종합의견)"))
        vbox = QVBoxLayout(box)
        vbox.addWidget(self._rationale("opinion", "opinion", rubric.opinion_min_length,
                                       entries.opinion, self.tr("Overall opinion")))
        self._badge("opinion", vbox)
        layout.addWidget(box)
        layout.addWidget(self.total_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        self.setWidget(body)
        self.loading = False
        self.show_evaluation(evaluation)

    def _item_widget(self, item: Item, entries: ApplicationEntries) -> QWidget:
        e = entries.scores.get(item.id)
        box = QWidget()
        vbox = QVBoxLayout(box)
        vbox.setContentsMargins(0, 4, 0, 4)
        title = QLabel(f"<b>{item.id}</b> {item.label_ko} "
                       f"<span style='color:#5F6368'>({format_decimal(item.max_points)})</span>")
        title.setWordWrap(True)
        title.setToolTip(item.guidance or item.label_en)
        vbox.addWidget(title)
        if item.guidance:
            guide = QLabel(item.guidance)
            guide.setWordWrap(True)
            guide.setStyleSheet("color: #5F6368;")
            vbox.addWidget(guide)
        if item.scale.kind == "grade":
            row = QHBoxLayout()
            group = QButtonGroup(box)
            for n, (letter, _) in enumerate([("—", None), *item.scale.grades]):
                points = "" if letter == "—" else f" {format_decimal(item.grade_points(letter))}"
                radio = QRadioButton(f"{letter}{points}")
                radio.setAccessibleName(f"{item.id} {letter}")
                group.addButton(radio, n)
                row.addWidget(radio)
                if (e and e.value == letter) or (letter == "—" and not (e and e.value)):
                    radio.setChecked(True)
            letters = [None, *[g for g, _ in item.scale.grades]]
            group.idClicked.connect(lambda i, it=item.id, ls=letters: self._emit(
                Change(self.app_id, "score", it, ls[i])))
            row.addStretch(1)
            vbox.addLayout(row)
            self.inputs[item.id] = box
            box.setProperty("grade_group", group)
        else:
            spin = QDoubleSpinBox()
            step = item.scale.step
            spin.setDecimals(max(0, -step.normalize().as_tuple().exponent))
            spin.setRange(float(-step), float(item.max_points))  # the minimum means "not scored"
            spin.setSingleStep(float(step))
            spin.setSpecialValueText(self.tr("not scored"))
            spin.setCorrectionMode(QAbstractSpinBox.CorrectionMode.CorrectToNearestValue)
            spin.setAccessibleName(f"{item.id} {item.label_ko}")
            spin.setValue(float(e.value) if e and e.value else float(-step))
            spin.valueChanged.connect(lambda v, it=item.id, s=spin: self._emit(Change(
                self.app_id, "score", it, None if v <= s.minimum() else _number(v))))
            row = QHBoxLayout()
            row.addWidget(spin)
            row.addWidget(QLabel(f"/ {format_decimal(item.max_points)}"))
            row.addStretch(1)
            vbox.addLayout(row)
            self.inputs[item.id] = spin
        rationale_word = self.tr("rationale")
        vbox.addWidget(self._rationale(item.id, "score", item.rationale_min_length,
                                       e.rationale if e else "", f"{item.id} {rationale_word}"))
        self._badge(item.id, vbox)
        return box

    def _rationale(self, entry_id: str, kind: str, minimum: int, text: str, name: str
                   ) -> QWidget:
        wrapper = QWidget()
        row = QHBoxLayout(wrapper)
        row.setContentsMargins(0, 0, 0, 0)

        def save(value: str) -> None:
            if kind == "opinion":
                self._emit(Change(self.app_id, "opinion", rationale=value))
            else:
                self._emit(Change(self.app_id, kind, entry_id, rationale=value))  # type: ignore[arg-type]

        edit = RationaleEdit(minimum, save, name, wrapper)
        edit.setPlaceholderText(self.tr("Rationale (평가사유)") if kind != "opinion" else
                                self.tr("Strengths, weaknesses, recommendations"))
        edit.set_text(text)
        row.addWidget(edit, 1)
        row.addWidget(edit.counter, 0, Qt.AlignmentFlag.AlignBottom)
        self.rationales[entry_id] = edit
        return wrapper

    def _badge(self, entry_id: str, layout: QVBoxLayout | QFormLayout) -> None:
        badge = QLabel()
        badge.setStyleSheet("color: #C0392B;")
        if isinstance(layout, QFormLayout):
            layout.addRow("", badge)
        else:
            layout.addWidget(badge)
        self.badges[entry_id] = badge

    # ---- state -------------------------------------------------------------------------

    def _emit(self, change: Change) -> None:
        if not self.loading:
            self.edited.emit(change)

    def focus_entry(self, entry_id: str) -> None:
        """Put the keyboard focus on an entry's input (or its text) and scroll it into view."""
        target = self.inputs.get(entry_id) or self.rationales.get(entry_id)
        if target is not None:
            self.ensureWidgetVisible(target)
            target.setFocus()

    def flush(self) -> None:
        """Save any text still waiting for its debounce timer (before switching or closing)."""
        for edit in self.rationales.values():
            edit.flush()

    def show_evaluation(self, ev: Evaluation) -> None:
        problems: dict[str, list[str]] = {}
        for m in ev.missing:
            problems.setdefault(m.entry_id, []).append(describe_missing(m))
        for entry_id, badge in self.badges.items():
            text = "; ".join(problems.get(entry_id, []))
            badge.setText(f"⚠ {text}" if text else "")
            badge.setVisible(bool(text))
        total_word, subtotal_word = self.tr("Total"), self.tr("subtotal")
        self.total_label.setText(
            f"<b>{total_word}: {format_decimal(ev.total)}</b> "
            f"({subtotal_word} {format_decimal(ev.subtotal)}, +{format_decimal(ev.bonus)}"
            f", −{format_decimal(ev.penalty)})")
        left = len(ev.missing)
        self.status_label.setText(self.tr("Complete") if not left else
                                  self.tr("%n item(s) still missing", "", left))


def _number(value: float) -> str:
    return format_decimal(Decimal(str(round(value, 4))))
