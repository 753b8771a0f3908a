"""The rubric panel: built from rubric data, one input per entry, every edit saved at once."""

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QButtonGroup,
    QComboBox,
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
from evaluator_app.scoring import (
    ApplicationEntries,
    Evaluation,
    format_decimal,
    normalize_adjustment,
    normalize_score,
    text_length,
)
from evaluator_app.workspace import Change
from ui.i18n import current_language
from ui.member.score_edit import ScoreEdit
from ui.texts import describe_missing, rubric_status

FORM_STATE = ("badges", "inputs", "rationales", "_kinds", "_gate_reasons", "gate_note",
              "total_label", "status_label")
SAVE_DELAY_MS = 400  # text is saved this long after the last keystroke (and on leaving)


class UndoKeys(QObject):
    """Ctrl+Z / Ctrl+Shift+Z on a score, gate or bonus input: that field's own history (not on
    a text, which has its own); and leaving the entry, after which what it lacks is said.

    Installed on the input's widgets (a spin box's line edit would otherwise take the keys)."""

    def __init__(self, panel: "RubricPanel", entry_id: str, keys: bool = True) -> None:
        super().__init__(panel)
        self.panel = panel
        self.entry_id = entry_id
        self.keys = keys

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.FocusOut:
            self.panel.touch(self.entry_id)
        elif self.keys and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if event.matches(QKeySequence.StandardKey.Undo):
                self.panel.undo(self.entry_id)
                return True
            if event.matches(QKeySequence.StandardKey.Redo):
                self.panel.redo(self.entry_id)
                return True
        return False


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
        self._short: bool | None = None
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
        short = bool(self.minimum) and 0 < n < self.minimum  # red once begun, not at 0
        self.counter.setText(  # "30 / 20" read as over a limit
            self.tr("%1 characters (at least %2)").replace("%1", str(n)).replace(
                "%2", str(self.minimum)) if self.minimum else
            self.tr("%1 characters").replace("%1", str(n)))
        if short != self._short:  # a style sheet change re-polishes the label: only on change
            self._short = short
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
        self.setAccessibleName(self.tr("Rubric panel"))
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # not a stop of its own: its inputs are
        self.app_id = ""
        self.loading = False
        self.badges: dict[str, QLabel] = {}
        self.inputs: dict[str, QWidget] = {}
        self.rationales: dict[str, RationaleEdit] = {}
        self.total_label = QLabel()
        self.status_label = QLabel()
        self._form: QWidget | None = None
        self._form_rubric = ""
        self._forms: dict[str, dict] = {}  # rubric hash → its built form and widgets
        self._kinds: dict[str, str] = {}  # entry id → score | gate | adjustment
        self._values: dict[str, str | None] = {}  # what each input holds (stored form)
        self._undo: dict[str, list[str | None]] = {}
        self._redo: dict[str, list[str | None]] = {}
        # What an entry lacks is said once the member left it (or it holds something, or the
        # member asked to sign), not while nothing was touched yet.
        self._touched: set[str] = set()
        self.reveal_all = False
        self._missing: list[str] = []  # entries with something missing, in form order
        self._evaluation: Evaluation | None = None
        self.setWidget(QLabel(self.tr("No application selected.")))

    def show_blank(self) -> None:
        """Nothing yet (rather than "No application selected."): the window's first frame,
        with its first application following a moment later."""
        self.setWidget(QWidget())

    # ---- building ----------------------------------------------------------------------

    def load(self, app_id: str, rubric: Rubric, entries: ApplicationEntries,
             evaluation: Evaluation) -> None:
        """Show one application; the form is built once per rubric and then only refilled
        (rebuilding ~40 widgets costs the GUI thread more than its ~50 ms budget)."""
        self.flush()
        self.app_id = app_id
        if entries.conflict is not None:
            self._show_recused(rubric)
            return
        if self._form is None or self._form_rubric != rubric.content_hash:
            if rubric.content_hash in self._forms:
                self._use_form(rubric.content_hash)  # built before: only swapped in
            else:
                self._build(rubric)
        if self.widget() is not self._form:
            self.takeWidget()  # keep the form alive; the recused page is disposable
            self.setWidget(self._form)
        self._fill(rubric, entries)
        self._touched = _begun(entries)
        self.show_evaluation(evaluation)
        self.verticalScrollBar().setValue(0)
        focus = self.window().focusWidget()  # refilled under the keyboard: it stays in view
        if focus is not None and self._form is not None and self._form.isAncestorOf(focus):
            self.ensureWidgetVisible(focus)

    def _show_recused(self, rubric: Rubric) -> None:
        if self.widget() is self._form:
            self.takeWidget()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._heading(rubric))
        note = QLabel(self.tr("Recused (회피): a conflict of interest was declared for this "
                              "application, so it cannot be scored."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.setWidget(body)

    def scoring_visible(self) -> bool:
        """True when the scoring form (not the recused page or a placeholder) is shown."""
        return self._form is not None and self.widget() is self._form

    def _heading(self, rubric: Rubric) -> QLabel:
        status_word = self.tr("Rubric status")
        head = QLabel(f"<b>{rubric.title_ko}</b><br><span style='color:#8A5A00'>"
                      f"{status_word}: {rubric_status(rubric.status)}</span>")
        head.setWordWrap(True)
        return head

    def _use_form(self, content_hash: str) -> None:
        """Swap in the form built earlier for another rubric of the session (a session with
        two sub-types alternates: rebuilding each time cost ~35 ms of the GUI thread)."""
        state = self._forms[content_hash]
        for name in FORM_STATE:
            setattr(self, name, state[name])
        if self.widget() is self._form:
            self.takeWidget()  # the previous form stays alive in the cache
        self._form, self._form_rubric = state["body"], content_hash

    def _build(self, rubric: Rubric) -> None:
        self.loading = True
        self.badges, self.inputs, self.rationales = {}, {}, {}
        self._kinds = {}
        self._gate_reasons: dict[str, QWidget] = {}
        self.gate_note = QLabel()
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.addWidget(self._heading(rubric))
        if rubric.gates:
            box = QGroupBox(self.tr("Eligibility checks (적격)"))
            form = QFormLayout(box)
            for gate in rubric.gates:
                combo = QComboBox()
                combo.addItems([self.tr("— not decided"), self.tr("Pass (적합)"),
                                self.tr("Fail (부적합)")])
                combo.setAccessibleName(gate.label_ko)
                combo.currentIndexChanged.connect(
                    lambda i, g=gate.id: self._emit(Change(self.app_id, "gate", g,
                                                           [None, "pass", "fail"][i])))
                combo.currentIndexChanged.connect(self._update_gate_note)
                label = QLabel(gate.label_ko)
                label.setWordWrap(True)
                label.setToolTip(gate.guidance)
                form.addRow(label, combo)
                self.inputs[gate.id] = combo
                self._watch_undo(gate.id, "gate", [combo])
                reason = self._rationale(gate.id, "gate", 0,
                                         self.tr("Reason for %1").replace("%1", gate.label_ko))
                self.rationales[gate.id].setPlaceholderText(self.tr(
                    "Why does it fail? (written into the signed sheet)"))
                self.rationales[gate.id].textChanged.connect(self._update_gate_note)
                form.addRow("", reason)
                self._gate_reasons[gate.id] = reason
                self._badge(gate.id, form)
            self.gate_note = QLabel(self.tr(
                "Failed (부적합): the item scores are no longer required, and this application "
                "will be ineligible (부적격) in the consolidation. Write the reason below the "
                "check."))
            self.gate_note.setWordWrap(True)
            self.gate_note.setStyleSheet("color: #C0392B; font-weight: bold;")
            form.addRow(self.gate_note)
            layout.addWidget(box)
        for group in rubric.groups:
            box = QGroupBox(f"{group.id}. {group.label_ko} ({format_decimal(group.max_points)})")
            vbox = QVBoxLayout(box)
            for item in group.items:
                vbox.addWidget(self._item_widget(item))
            layout.addWidget(box)
        if rubric.adjustments:
            box = QGroupBox(self.tr("Bonus / penalty (가점·감점)"))
            vbox = QVBoxLayout(box)
            for adj in rubric.adjustments:
                row = QHBoxLayout()
                label = QLabel(adj.label_ko)
                label.setToolTip(adj.guidance)
                edit = ScoreEdit(lambda t, a=adj: normalize_adjustment(a, t), adj.max_points,
                                 adj.step, adj.label_ko, box)
                edit.committed.connect(lambda v, a=adj.id: self._emit(
                    Change(self.app_id, "adjustment", a, v)))
                row.addWidget(label, 1)
                row.addWidget(edit)
                vbox.addLayout(row)
                vbox.addWidget(edit.hint)
                self.inputs[adj.id] = edit
                self._watch_undo(adj.id, "adjustment", [edit])
                vbox.addWidget(self._rationale(adj.id, "adjustment", adj.rationale_min_length,
                                               f"{adj.label_ko} {self.tr('rationale')}"))
                self._badge(adj.id, vbox)
            layout.addWidget(box)
        box = QGroupBox(self.tr("Overall opinion (종합의견)"))
        vbox = QVBoxLayout(box)
        vbox.addWidget(self._rationale("opinion", "opinion", rubric.opinion_min_length,
                                       self.tr("Overall opinion")))
        self._badge("opinion", vbox)
        layout.addWidget(box)
        self.total_label = QLabel()
        self.status_label = QLabel()
        layout.addWidget(self.total_label)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        if self.widget() is not None and self.widget() not in self._cached_bodies():
            self.widget().deleteLater()
        self.takeWidget()
        self.setWidget(body)
        self._form, self._form_rubric = body, rubric.content_hash
        self._forms[rubric.content_hash] = {"body": body, **{
            name: getattr(self, name) for name in FORM_STATE}}
        self.loading = False

    def _cached_bodies(self) -> list[QWidget]:
        return [state["body"] for state in self._forms.values()]

    def _fill(self, rubric: Rubric, entries: ApplicationEntries) -> None:
        """Put one application's values into the built form without saving anything."""
        self._undo, self._redo = {}, {}
        self._values = {g: (e.value if (e := entries.gates.get(g)) else None)
                        for g in self._kinds if self._kinds[g] == "gate"}
        self._values |= {i: (e.value if (e := entries.scores.get(i)) else None)
                         for i in self._kinds if self._kinds[i] == "score"}
        self._values |= {a: (e.value if (e := entries.adjustments.get(a)) else None)
                         for a in self._kinds if self._kinds[a] == "adjustment"}
        self.loading = True
        try:
            for gate in rubric.gates:
                e = entries.gates.get(gate.id)
                self.inputs[gate.id].setCurrentIndex(  # type: ignore[attr-defined]
                    {None: 0, "pass": 1, "fail": 2}[e.value if e else None])
                self.rationales[gate.id].set_text(e.rationale if e else "")
            for item in rubric.items():
                e = entries.scores.get(item.id)
                value = e.value if e else None
                widget = self.inputs[item.id]
                if item.scale.kind == "grade":
                    letters = [None, *[g for g, _ in item.scale.grades]]
                    group = widget.property("grade_group")
                    group.button(letters.index(value) if value in letters else 0).setChecked(True)
                else:
                    widget.show_stored(value)  # type: ignore[attr-defined]
                self.rationales[item.id].set_text(e.rationale if e else "")
            for adj in rubric.adjustments:
                e = entries.adjustments.get(adj.id)
                self.inputs[adj.id].show_stored(e.value if e else None)  # type: ignore[attr-defined]
                self.rationales[adj.id].set_text(e.rationale if e else "")
            self.rationales["opinion"].set_text(entries.opinion)
        finally:
            self.loading = False
        self._update_gate_note()

    def failed_gates(self) -> list[str]:
        return [g for g, kind in self._kinds.items() if kind == "gate"
                and self.inputs[g].currentIndex() == 2]  # type: ignore[attr-defined]

    def _update_gate_note(self) -> None:
        """A failed gate says what it means and asks for its reason, in place."""
        failed = self.failed_gates()
        for gate_id, reason in self._gate_reasons.items():
            reason.setVisible(gate_id in failed or bool(self.rationales[gate_id].toPlainText()))
            edit = self.rationales[gate_id]
            empty = gate_id in failed and not edit.toPlainText().strip()
            if edit.property("asking") != empty:
                edit.setProperty("asking", empty)
                edit.setStyleSheet("QPlainTextEdit { border: 2px solid #C0392B; }"
                                   if empty else "")
        self.gate_note.setVisible(bool(failed))

    def _item_widget(self, item: Item) -> QWidget:
        box = QWidget()
        vbox = QVBoxLayout(box)
        vbox.setContentsMargins(0, 4, 0, 4)
        title = QLabel(f"<b>{item.id}</b> {item.label_ko} "
                       f"<span style='color:#5F6368'>({format_decimal(item.max_points)})</span>")
        title.setWordWrap(True)
        # (the English label helps only where the UI is in English: the title is Korean)
        title.setToolTip(item.guidance or (item.label_en if current_language() == "en" else ""))
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
            letters = [None, *[g for g, _ in item.scale.grades]]
            group.idClicked.connect(lambda i, it=item.id, ls=letters: self._emit(
                Change(self.app_id, "score", it, ls[i])))
            for n, letter in enumerate(letters[1:], start=1):  # A–E keys while in this item
                key = QShortcut(QKeySequence(letter), box)
                key.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
                key.activated.connect(lambda g=group, n=n: g.button(n).click())
            row.addStretch(1)
            vbox.addLayout(row)
            self.inputs[item.id] = box
            box.setProperty("grade_group", group)
            box.setProperty("grade_letters", letters)
            self._watch_undo(item.id, "score", list(group.buttons()))
        else:
            edit = ScoreEdit(lambda t, it=item: normalize_score(it, t), item.max_points,
                             item.scale.step, f"{item.id} {item.label_ko}", box)
            edit.committed.connect(lambda v, it=item.id: self._emit(
                Change(self.app_id, "score", it, v)))
            row = QHBoxLayout()
            row.addWidget(edit)
            row.addWidget(QLabel(f"/ {format_decimal(item.max_points)}"))
            row.addWidget(edit.hint, 1)
            vbox.addLayout(row)
            self.inputs[item.id] = edit
            self._watch_undo(item.id, "score", [edit])
        rationale_word = self.tr("rationale")
        vbox.addWidget(self._rationale(item.id, "score", item.rationale_min_length,
                                       f"{item.id} {rationale_word}"))
        self._badge(item.id, vbox)
        return box

    def _rationale(self, entry_id: str, kind: str, minimum: int, name: str) -> QWidget:
        wrapper = QWidget()
        row = QHBoxLayout(wrapper)
        row.setContentsMargins(0, 0, 0, 0)

        def save(value: str) -> None:
            if kind == "opinion":
                self._emit(Change(self.app_id, "opinion", rationale=value))
            else:
                self._emit(Change(self.app_id, kind, entry_id, rationale=value))  # type: ignore[arg-type]

        edit = RationaleEdit(minimum, save, name, wrapper)
        edit.installEventFilter(UndoKeys(self, entry_id, keys=False))
        edit.setPlaceholderText(self.tr("Rationale (평가사유)") if kind != "opinion" else
                                self.tr("Strengths, weaknesses, recommendations"))
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
        if self.loading:
            return
        if change.kind in ("score", "gate", "adjustment") and change.rationale is None:
            previous = self._values.get(change.entry_id)
            if previous != change.value:
                self._undo.setdefault(change.entry_id, []).append(previous)
                self._redo[change.entry_id] = []
            self._values[change.entry_id] = change.value
        self.edited.emit(change)

    def undo(self, entry_id: str) -> None:
        self._step_history(entry_id, self._undo, self._redo)

    def redo(self, entry_id: str) -> None:
        self._step_history(entry_id, self._redo, self._undo)

    def _step_history(self, entry_id: str, source: dict[str, list[str | None]],
                      target: dict[str, list[str | None]]) -> None:
        if not source.get(entry_id):
            return
        value = source[entry_id].pop()
        target.setdefault(entry_id, []).append(self._values.get(entry_id))
        self._values[entry_id] = value
        self._show_value(entry_id, value)
        self.edited.emit(Change(self.app_id, self._kinds[entry_id], entry_id, value))  # type: ignore[arg-type]

    def _show_value(self, entry_id: str, value: str | None) -> None:
        """Put a value into an input without it reporting an edit."""
        widget = self.inputs[entry_id]
        self.loading = True
        try:
            kind = self._kinds[entry_id]
            if kind == "gate":
                widget.setCurrentIndex({None: 0, "pass": 1, "fail": 2}[value])  # type: ignore[attr-defined]
            elif widget.property("grade_group") is not None:
                group = widget.property("grade_group")
                letters = widget.property("grade_letters")
                group.button(letters.index(value) if value in letters else 0).setChecked(True)
            else:
                widget.show_stored(value)  # type: ignore[attr-defined]
        finally:
            self.loading = False

    def _watch_undo(self, entry_id: str, kind: str, widgets: list[QWidget]) -> None:
        self._kinds[entry_id] = kind
        keys = UndoKeys(self, entry_id)
        for widget in widgets:
            widget.installEventFilter(keys)

    def step_item(self, delta: int) -> None:
        """Move the focus to the next/previous scorable entry (keyboard-only scoring)."""
        order = list(self.inputs)
        if not order or not self.scoring_visible():
            return
        focused = next((i for i, key in enumerate(order) if self._has_focus(key)), None)
        target = 0 if focused is None else (focused + delta) % len(order)
        self.focus_entry(order[target])

    def _has_focus(self, entry_id: str) -> bool:
        widget = self.inputs.get(entry_id)
        focus = QApplication.focusWidget()
        rationale = self.rationales.get(entry_id)
        return focus is not None and (focus is rationale or (widget is not None and (
            focus is widget or widget.isAncestorOf(focus))))

    def focus_first_open(self) -> None:
        """F7: the first entry still missing (else the first input), never the bare panel."""
        if not self.scoring_visible():
            return
        self.focus_entry(self._missing[0] if self._missing
                         else next(iter(self.inputs), "opinion"))

    def focus_entry(self, entry_id: str) -> None:
        """Put the keyboard focus on an entry's input (or its text) and scroll it into view."""
        target = self.inputs.get(entry_id) or self.rationales.get(entry_id)
        if target is None:
            return
        group = target.property("grade_group")
        if group is not None:  # a grade item: focus its checked radio button
            target = group.checkedButton() or group.buttons()[0]
        self.ensureWidgetVisible(target)
        target.setFocus()

    def flush(self) -> list[tuple[str, str]]:
        """Save what is still waiting for its pause (before switching or closing): a valid
        score is committed; an invalid one is never stored (the next application's values
        replace it on screen). Returns the invalid entries left unsaved, (item id, text as
        typed), for the window to say so."""
        unsaved = []
        for entry_id, widget in self.inputs.items():
            if isinstance(widget, ScoreEdit) and widget.pending():
                widget.finish()
                if widget.is_invalid():
                    unsaved.append((entry_id, widget.text().strip()))
        for edit in self.rationales.values():
            edit.flush()
        return unsaved

    def touch(self, entry_id: str) -> None:
        """The member left an entry (focus went elsewhere than the entry's own widgets)."""
        if entry_id in self._touched or self._has_focus(entry_id):
            return
        self._touched.add(entry_id)
        if self._evaluation is not None:
            self._show_badges(self._evaluation)

    def reveal_missing(self) -> None:
        """The member asks to sign: say what is missing everywhere from now on."""
        self.reveal_all = True
        if self._evaluation is not None:
            self._show_badges(self._evaluation)

    def _show_badges(self, ev: Evaluation) -> None:
        problems: dict[str, list[str]] = {}
        for m in ev.missing:
            problems.setdefault(m.entry_id, []).append(describe_missing(m))
        self._missing = [e for e in self.badges if e in problems]
        for entry_id, badge in self.badges.items():
            said = self.reveal_all or entry_id in self._touched
            text = "; ".join(problems.get(entry_id, [])) if said else ""
            badge.setText(f"⚠ {text}" if text else "")
            badge.setVisible(bool(text))

    def show_evaluation(self, ev: Evaluation) -> None:
        self._evaluation = ev
        self._show_badges(ev)
        total_word, subtotal_word = self.tr("Total"), self.tr("subtotal")
        self.total_label.setText(
            f"<b>{total_word}: {format_decimal(ev.total)}</b> "
            f"({subtotal_word} {format_decimal(ev.subtotal)}, +{format_decimal(ev.bonus)}"
            f", −{format_decimal(ev.penalty)})"
            + ("<br><span style='color:#C0392B'>" + self.tr(
                "Ineligible (부적격): an eligibility check failed") + "</span>"
               if ev.gate_failed else ""))
        left = len(ev.missing)
        self.status_label.setText(self.tr("Complete") if not left else
                                  self.tr("%n item(s) still missing", "", left))


def _begun(entries: ApplicationEntries) -> set[str]:
    """Entries that hold something already: what they still lack is said at once."""
    begun = {e for group in (entries.gates, entries.scores, entries.adjustments)
             for e, entry in group.items() if entry.value is not None or entry.rationale}
    return begun | ({"opinion"} if entries.opinion else set())
