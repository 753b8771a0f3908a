"""The 발표 day as the room runs it (the chair's review screen): the projector's overtime, a
sheet on the stick without its signature, the watch after the laptop is reopened, the end of
the last presentation, a sheet for an applicant still to present, and the board once signed."""

from pathlib import Path

import pytest
from PySide6.QtGui import QFontMetrics
from test_consolidation import scores_of
from test_review_session import FakeClock, day, hand_in, open_window  # noqa: F401 (a fixture)

from evaluator_app.review import ReviewPlan
from evaluator_app.trust.bundle import load_bundle
from evaluator_demo.committee_sim import sign_sheet
from ui.session.board import LATE
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


@pytest.fixture(scope="module")
def bundle(day):  # noqa: F811
    return load_bundle(day.evb, day.chair)


def evaluated_after(qtbot, window, act) -> None:
    with qtbot.waitSignal(window.evaluated, timeout=60_000):
        act()


def test_a_sheet_on_the_stick_without_its_signature_is_named(qtbot, day, bundle,  # noqa: F811
                                                               tmp_path):
    """박위원 handed in, but the .minisig stayed on their laptop: the sheet was silently left
    on the stick and the board said 미제출; the intake line now names the member and file."""
    window = open_window(qtbot, day, tmp_path)
    window.agenda.draw()
    first = window.agenda.order[0]
    usb = tmp_path / "usb"
    sheet = sign_sheet(bundle, day.members[2], {first: scores_of(2)[first]}, usb / "m2",
                       partial=1)
    Path(str(sheet) + ".minisig").unlink()
    sign_sheet(bundle, day.members[0], {first: scores_of(0)[first]}, usb / "m0", partial=1)
    evaluated_after(qtbot, window, lambda: window.take_in([usb]))  # 김위원's is verified
    text = window.intake.text()
    assert "새 평가표 1개를 가져왔습니다" in text
    assert day.members[2].card.name in text and sheet.name in text and ".minisig" in text
    assert window.board.state(day.members[0].card.fingerprint, first) == "in"
    Path(str(sheet) + ".minisig").write_bytes(b"")  # copied at last (checked, not trusted)
    window.take_in([usb])
    qtbot.waitUntil(lambda: not window.scanning, timeout=20_000)
    assert ".minisig" not in window.intake.text()


def test_the_watched_stick_is_watched_again_after_the_laptop_is_reopened(
        qtbot, day, tmp_path):  # noqa: F811
    usb = tmp_path / "usb"
    usb.mkdir()
    window = open_window(qtbot, day, tmp_path)
    window.watch_path.setText(str(usb))
    window.watch_button.click()
    assert window.watcher.isActive()
    window.settings.sync()  # the lid closes: no closeEvent, the process ends
    again = open_window(qtbot, day, tmp_path)
    assert again.watch_path.text() == str(usb)
    assert again.watch_button.isChecked() and again.watcher.isActive()


def test_next_after_the_last_applicant_stops_the_clock_and_says_what_comes_now(
        qtbot, day, bundle, tmp_path):  # noqa: F811
    """Next on the last applicant did nothing visible: the clock ran on into the red and the
    banner still said 5 of 6 had presented; now the slot ends, those without a sheet for it
    are awaited, and the banner says the full sheets come next, then Ctrl+S — also after a
    restart."""
    window = open_window(qtbot, day, tmp_path)
    window.agenda.draw()
    order = window.agenda.order
    hand_in(bundle, day, tmp_path / "usb", order[:-1])
    evaluated_after(qtbot, window, lambda: window.take_in([tmp_path / "usb"]))
    evaluated_after(qtbot, window, lambda: window.go_to(len(order) - 1))
    window.timer.toggle()
    evaluated_after(qtbot, window, window.next_applicant)
    assert not window.timer.running()
    assert window.board.state(day.members[0].card.fingerprint, order[-1]) == LATE
    text = window.provisional.text()
    assert "6곳 모두 발표를 마쳤습니다" in text and "최종 종합 및 서명" in text
    assert "6곳 중 5곳" not in text
    window.settings.sync()
    again = open_window(qtbot, day, tmp_path)
    qtbot.waitUntil(lambda: "모두 발표를 마쳤습니다" in again.provisional.text(),
                    timeout=60_000)
    assert again.board.state(day.members[0].card.fingerprint, order[-1]) == LATE


def test_a_sheet_for_an_applicant_after_the_one_on_now_is_explained(
        qtbot, day, bundle, tmp_path):  # noqa: F811
    """한위원 scored the fourth applicant instead of the first: the day jumped to 4 of 6 and
    everyone was late for the two in between, with nothing to say why (the core counts a
    sheet as a presentation: kept); the banner now names the sheet and what to do."""
    window = open_window(qtbot, day, tmp_path)
    window.agenda.draw()
    order = window.agenda.order
    window.go_to(1)  # the first has presented (nothing taken in yet: nothing to compute)
    usb = tmp_path / "usb"
    hand_in(bundle, day, usb, order[:1])
    wrong = day.members[4]
    sign_sheet(bundle, wrong, {order[3]: scores_of(4)[order[3]]}, usb / "m4", partial=2)
    evaluated_after(qtbot, window, lambda: window.take_in([usb]))
    text = window.provisional.text()
    assert (f"• {order[3]}: 지금 발표 순서는 {order[1]}인데 {wrong.card.name}의 평가표가 "
            "들어왔습니다") in text
    assert "‘다음 발표’를 누르고" in text and text.count(order[3]) >= 2


def test_the_board_says_signed_once_the_result_is_signed(qtbot, day, bundle,  # noqa: F811
                                                         tmp_path):
    window = open_window(qtbot, day, tmp_path)
    window.agenda.draw()
    for i, m in enumerate(day.members):
        sign_sheet(bundle, m, scores_of(i), tmp_path / "usb" / f"m{i}")
    evaluated_after(qtbot, window, lambda: window.take_in([tmp_path / "usb"]))
    assert "서명할 수 있습니다" in window.provisional.text()
    with qtbot.waitSignal(window.chair.exported, timeout=60_000):
        window.chair.sign_to(tmp_path / "result")
    text = window.provisional.text()
    assert "서명했습니다" in text and str(tmp_path / "result") in text
    assert "서명할 수 있습니다" not in text
