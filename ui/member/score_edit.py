"""A points field whose screen never disagrees with the store.

The member types freely; the value is committed when it is complete (Enter, leaving the field,
or a pause), and only if the core accepts it. Enter then moves on, as Tab does (to the item's
rationale). An entry the core rejects is shown as invalid in
place (red, with the allowed values and what is saved) and is never stored. It stays, red and
with its note, when the member leaves the field (Tab), so it can be corrected rather than typed
again; Escape, or moving to another application, puts the saved value back.
"""

from collections.abc import Callable
from decimal import Decimal

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QColor, QFocusEvent, QKeyEvent, QPalette
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget

from evaluator_app.errors import ScoringError
from evaluator_app.scoring import format_decimal

SCORE_DELAY_MS = 1200  # a pause this long commits a valid number (Enter or leaving: at once)


class ScoreEdit(QLineEdit):
    """Emits `committed(value)` with the core's stored form ('7.5') or None (cleared)."""

    committed = Signal(object)

    def __init__(self, normalize: Callable[[str], str], maximum: Decimal, step: Decimal,
                 name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.normalize = normalize
        self.maximum, self.step = maximum, step
        self.stored: str | None = None
        self.setAccessibleName(name)
        self.setAlignment(Qt.AlignmentFlag.AlignRight)
        self.setMaximumWidth(self.fontMetrics().horizontalAdvance("000.00") + 24)
        self.setPlaceholderText(self.tr("not scored"))
        self.allowed = self.tr("%1–%2 points, in steps of %3").replace(
            "%1", "0").replace("%2", format_decimal(maximum)).replace("%3", format_decimal(step))
        self.hint = QLabel(self.allowed, parent)
        self.hint.setWordWrap(True)
        self.setAccessibleDescription(self.allowed)
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(SCORE_DELAY_MS)
        self.timer.timeout.connect(self.commit)
        self.textEdited.connect(self._edited)
        self.editingFinished.connect(self.finish)
        # Colours by palette, style sheets only while invalid: a style sheet on each of ~15
        # fields made every application switch re-polish them (the GUI thread's budget).
        self._invalid = False
        self._hint_red: bool | None = None
        self._set_hint(self.allowed, red=False)

    # ---- what the store holds -------------------------------------------------------------

    def show_stored(self, value: str | None) -> None:
        """Display the stored value (no edit is reported)."""
        self.timer.stop()
        self.stored = value
        self.setText(value or "")
        self._set_invalid(False)

    def pending(self) -> bool:
        return self.text().strip() != (self.stored or "")

    # ---- typing ---------------------------------------------------------------------------

    def _parsed(self) -> tuple[bool, str | None]:
        """(valid, stored form) of the text in the field."""
        text = self.text().strip().replace(",", ".")
        if not text:
            return True, None
        try:
            return True, self.normalize(text)
        except ScoringError:
            return False, None

    def _edited(self, _text: str) -> None:
        valid, _ = self._parsed()
        self._set_invalid(not valid)
        if valid:
            self.timer.start()
        else:
            self.timer.stop()

    def commit(self) -> None:
        """Store the field's value if it is valid and differs from what is stored."""
        self.timer.stop()
        valid, value = self._parsed()
        if not valid or value == self.stored:
            self._set_invalid(not valid)
            return
        self.stored = value
        if self.text() != (value or ""):
            self.setText(value or "")  # '7.50' is shown as it is stored: '7.5'
        self._set_invalid(False)
        self.committed.emit(value)

    def finish(self) -> None:
        """Enter or leaving the field: commit; an invalid entry stays, marked, until it is
        corrected (or Escape gives the saved value back)."""
        valid, _ = self._parsed()
        if valid:
            self.commit()
            return
        self._set_invalid(True)

    def enter(self, text: str) -> None:
        """What typing `text` and pressing Enter does (tests, scripted walks)."""
        self.setText(text)
        self._edited(text)
        self.finish()

    def _step(self, delta: int) -> None:
        valid, value = self._parsed()
        current = Decimal(value) if valid and value is not None else (
            Decimal(self.stored) if self.stored else None)
        if current is None:
            target = Decimal(0)
        else:
            target = min(self.maximum, max(Decimal(0), current + delta * self.step))
        self.setText(format_decimal(target))
        self._edited(self.text())

    def step_up(self) -> None:
        self._step(1)

    def step_down(self) -> None:
        self._step(-1)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Up and not event.modifiers():
            self.step_up()
            return
        if event.key() == Qt.Key.Key_Down and not event.modifiers():
            self.step_down()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not (
                event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier):
            self.finish()  # committed, and on to the next field; an invalid entry keeps it
            if not self._invalid:
                self.focusNextChild()
            return
        if event.key() == Qt.Key.Key_Escape and self.pending():
            self.show_stored(self.stored)
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self.finish()  # also when the window loses focus mid-entry
        super().focusOutEvent(event)

    # ---- how it looks ---------------------------------------------------------------------

    def _set_invalid(self, invalid: bool) -> None:
        if invalid:
            saved = self.stored if self.stored is not None else self.tr("nothing")
            self._set_hint(self.tr("“%1” is not saved: %2 (saved: %3)")
                           .replace("%1", self.text().strip()).replace("%2", self.allowed)
                           .replace("%3", saved), red=True)
        else:
            self._set_hint(self.allowed, red=False)
        if invalid == self._invalid:
            return
        self._invalid = invalid
        self.setProperty("invalid", invalid)
        # a style sheet change re-polishes the widget: only when the state changes
        self.setStyleSheet("QLineEdit { border: 2px solid #C0392B; color: #C0392B; }"
                           if invalid else "")

    def _set_hint(self, text: str, red: bool) -> None:
        if self.hint.text() != text:
            self.hint.setText(text)
            self.setAccessibleDescription(text)
        if red != self._hint_red:
            self._hint_red = red
            palette = self.hint.palette()
            palette.setColor(QPalette.ColorRole.WindowText,
                             QColor("#C0392B" if red else "#5F6368"))
            self.hint.setPalette(palette)

    def is_invalid(self) -> bool:
        return bool(self._invalid)
