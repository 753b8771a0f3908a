"""One applicant's slot on the clock: presentation, then questions (review.timer decides).

The clock is injectable (`clock`, seconds of any monotonic time) so tests drive it; the panel
only reads `review.timer` and paints: the phase, the time left in big digits, an amber
background in the last minute and red once the slot is over. In projector mode the digits grow
with the window.
"""

import time
from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QFontMetrics, QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from evaluator_app.review import ReviewPlan, TimerReading, timer

TICK_MS = 200
NORMAL_HEIGHT = 150  # beside the board; the projector view takes the whole screen
WIDEST = "−88:88"  # the digits at their widest (overtime): the projector's font fits this
PHASE_COLOURS = {  # background, text (None: the palette's)
    "ready": ("rgba(52, 120, 200, 40)", None),
    "presentation": ("rgba(46, 158, 79, 55)", None),
    "questions": ("rgba(46, 120, 160, 60)", None),
    "warning": ("rgb(240, 170, 30)", "black"),
    "over": ("rgb(200, 50, 40)", "white"),
}


def clock_text(seconds: float) -> str:
    """mm:ss of the time left; overtime as −mm:ss."""
    sign = "−" if seconds < 0 else ""
    whole = int(abs(seconds) + (0.999 if seconds > 0 else 0))  # 59.2 s left shows 01:00 … 00:01
    return f"{sign}{whole // 60:02d}:{whole % 60:02d}"


class TimerPanel(QWidget):
    phase_changed = Signal(str)  # ready | presentation | questions | over
    next_requested = Signal()

    def __init__(self, plan: ReviewPlan, clock: Callable[[], float] = time.monotonic,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plan = plan
        self.clock = clock
        self.started: float | None = None
        self.paused_at: float | None = None
        self.phase = "ready"
        self.may_start: Callable[[], bool] = lambda: True  # the window's say before a slot
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        layout = QVBoxLayout(self)
        self.applicant = QLabel()
        self.applicant.setWordWrap(True)
        self.phase_label = QLabel()
        self.digits = QLabel()
        self.digits.setAccessibleName(self.tr("Time left"))
        self.top = top = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        words = QVBoxLayout()
        words.addWidget(self.applicant)
        words.addWidget(self.phase_label)
        words.addStretch(1)
        top.addLayout(words, 1)
        top.addWidget(self.digits)
        layout.addLayout(top, 1)
        buttons = QHBoxLayout()
        self.start_button = QPushButton(self.tr("Start"))
        self.start_button.setToolTip(self.tr("Ctrl+Space: start or pause"))
        self.start_button.clicked.connect(self.toggle)
        self.restart_button = QPushButton(self.tr("Restart"))
        self.restart_button.clicked.connect(self.reset)
        self.next_button = QPushButton(self.tr("Next applicant"))
        self.next_button.setToolTip("Ctrl+N")
        self.next_button.clicked.connect(self.next_requested.emit)
        for b in (self.start_button, self.restart_button, self.next_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        self.buttons = QWidget()
        self.buttons.setLayout(buttons)
        buttons.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.buttons)
        self.ticker = QTimer(self)
        self.ticker.setInterval(TICK_MS)
        self.ticker.timeout.connect(self.tick)
        self.set_big(False)
        self.tick()

    # ---- state -------------------------------------------------------------------------------

    def set_applicant(self, text: str) -> None:
        self.applicant.setText(text)
        self.reset()

    def set_plan(self, plan: ReviewPlan) -> None:
        self.plan = plan
        self.tick()

    def running(self) -> bool:
        return self.started is not None and self.paused_at is None

    def toggle(self) -> None:
        """Start; pause; go on from where it was paused."""
        if self.started is None and not self.may_start():
            return
        now = self.clock()
        if self.started is None:
            self.started = now
        elif self.paused_at is None:
            self.paused_at = now
        else:
            self.started += now - self.paused_at
            self.paused_at = None
        if self.running():
            self.ticker.start()
        else:
            self.ticker.stop()
        self.tick()

    def reset(self) -> None:
        self.started = self.paused_at = None
        self.ticker.stop()
        self.tick()

    def reading(self) -> TimerReading | None:
        if self.started is None:
            return None
        now = self.paused_at if self.paused_at is not None else self.clock()
        return timer(self.plan, self.started, now)

    # ---- painting ----------------------------------------------------------------------------

    def tick(self) -> None:
        r = self.reading()
        if r is None:
            phase, style = "ready", "ready"
            self.digits.setText(clock_text(self.plan.presentation_minutes * 60))
            self.phase_label.setText(self.tr("Ready: presentation %1 min, questions %2 min")
                                     .replace("%1", str(self.plan.presentation_minutes))
                                     .replace("%2", str(self.plan.questions_minutes)))
        else:
            phase = r.phase
            style = "over" if phase == "over" else ("warning" if r.warning else phase)
            self.digits.setText(clock_text(r.remaining))
            words = {"presentation": self.tr("Presentation (발표)"),
                     "questions": self.tr("Questions (질의응답)"),
                     "over": self.tr("Time is up")}[phase]
            if self.paused_at is not None:
                words += " · " + self.tr("paused")
            elif r.warning and phase != "over":
                words += " · " + self.tr("one minute left")
            self.phase_label.setText(words)
        self.warning = style in ("warning", "over")
        self.style_name = style
        background, text = PHASE_COLOURS[style]
        sheet = f"TimerPanel {{ background: {background}; }}"
        if text:
            sheet += f" QLabel {{ color: {text}; }}"
        self.setStyleSheet(sheet)
        self.start_button.setText(self.tr("Pause") if self.running() else (
            self.tr("Resume") if self.paused_at is not None else self.tr("Start")))
        if phase != self.phase:
            self.phase = phase
            self.phase_changed.emit(phase)

    def set_big(self, big: bool) -> None:
        """Projector mode: the buttons go, the digits fill the window."""
        self.big = big
        self.buttons.setVisible(not big)
        self.top.setDirection(QBoxLayout.Direction.TopToBottom if big
                              else QBoxLayout.Direction.LeftToRight)
        self.setMaximumHeight(16_777_215 if big else NORMAL_HEIGHT)
        self.applicant.setAlignment(Qt.AlignmentFlag.AlignHCenter if big
                                    else Qt.AlignmentFlag.AlignLeft)
        self.phase_label.setAlignment(self.applicant.alignment())
        self.digits.setAlignment(Qt.AlignmentFlag.AlignCenter if big else
                                 Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        self.top.setStretch(0, 0 if big else 1)
        self.top.setStretch(1, 1 if big else 0)
        # full screen, the digits' font follows the window, never the other way round: a
        # minimum width from "−02:15" in 400-pixel digits made the window wider than the
        # screen (the digits and the title cut off), and it stayed so after F11 again
        self.digits.setSizePolicy(QSizePolicy.Policy.Ignored if big
                                  else QSizePolicy.Policy.Preferred,
                                  QSizePolicy.Policy.Preferred)
        self._fit_fonts()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_fonts()

    def _fit_fonts(self) -> None:
        height, width = max(self.height(), 120), max(self.width(), 400)
        digits = self.digits.font()
        digits.setBold(True)
        size = min(height * 0.6, width * 0.3) if self.big else min(height * 0.55, width * 0.12)
        digits.setPixelSize(max(40, int(size)))
        if self.big:  # overtime's minus sign included, within the panel's margins
            margins = self.layout().contentsMargins()
            room = width - margins.left() - margins.right()
            wide = QFontMetrics(digits).horizontalAdvance(WIDEST)
            if wide > room:
                digits.setPixelSize(max(20, int(digits.pixelSize() * room / wide)))
        self.digits.setFont(digits)
        words = self.applicant.font()
        words.setBold(True)
        words.setPixelSize(max(18, int(min(height * 0.08, 40) if self.big else height * 0.13)))
        self.applicant.setFont(words)
        phase = self.phase_label.font()
        phase.setPixelSize(max(15, int(min(height * 0.06, 32) if self.big else height * 0.1)))
        self.phase_label.setFont(phase)
