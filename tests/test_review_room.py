"""The 발표 day as the room runs it (the chair's review screen): the projector's overtime, a
sheet on the stick without its signature, the watch after the laptop is reopened, the end of
the last presentation, a sheet for an applicant still to present, and the board once signed."""

import pytest
from PySide6.QtGui import QFontMetrics
from test_review_session import FakeClock, day, open_window  # noqa: F401 (a fixture)

from evaluator_app.review import ReviewPlan
from ui.session.timer_panel import TimerPanel

pytestmark = pytest.mark.usefixtures("korean")  # as the app ships
PROJECTOR = (1366, 768)


def test_overtime_fits_the_projector_and_never_widens_the_window(qtbot):
    """F11 in overtime: "−02:15" in digits sized for "10:00" was wider than the screen, so
    the window grew past it (the digits and the title cut off) and stayed wider after F11."""
    clock = FakeClock()
    panel = TimerPanel(ReviewPlan(10, 10), clock)
    qtbot.addWidget(panel)
    panel.show()
    panel.set_big(True)
    panel.resize(*PROJECTOR)
    panel.toggle()
    clock.now += 20 * 60 + 135
    panel.tick()
    panel.layout().activate()
    assert panel.digits.text() == "−02:15"
    assert panel.minimumSizeHint().width() <= PROJECTOR[0]
    shown = QFontMetrics(panel.digits.font()).horizontalAdvance(panel.digits.text())
    assert shown <= panel.digits.width() <= PROJECTOR[0]


def test_the_window_is_as_wide_as_before_after_the_projector_in_overtime(qtbot, day,  # noqa: F811
                                                                        tmp_path):
    window = open_window(qtbot, day, tmp_path)
    window.agenda.draw()
    width = window.width()
    window.timer.toggle()
    window.timer.clock.now += 20 * 60 + 135  # 2:15 over
    window.timer.tick()
    window.toggle_projector()
    qtbot.wait(50)  # the full-screen geometry arrives from the platform
    assert window.width() <= window.screen().geometry().width()
    window.toggle_projector()
    qtbot.wait(50)
    assert window.width() == width
