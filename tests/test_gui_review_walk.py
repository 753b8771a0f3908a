"""The 발표 day at 1366×768, scripted (pytest-qt; issue 20 item 2): the order drawn from a known
seed, partial sheets handed in after the first applicant (only it is ranked, the others 발표 전),
after a middle one with a member late (the one alarm), and the full sheets after the last (the
final result signed, the 종합평가표 a click away). With SAVE_SCREENSHOTS=1 the pictures go to
docs/screenshots/review-walk-*.png:

    SAVE_SCREENSHOTS=1 .venv/bin/python -m pytest -q tests/test_gui_review_walk.py
"""

from pathlib import Path

import pytest
from big_committee import build_big_committee
from PySide6.QtCore import QSettings
from test_consolidation import scores_of
from test_gui_chair_walk import LAPTOP, shoot, shots  # noqa: F401 (a fixture)
from test_review_session import REVIEW, FakeClock

from evaluator_app.review import draw_order
from evaluator_app.trust.bundle import load_bundle
from evaluator_demo.committee_sim import sign_sheet
from ui.session.board import LATE
from ui.session.window import ReviewWindow

SEED = "104139"
LATE_MEMBER = 6  # 조위원 hands in late after the middle applicants

pytestmark = pytest.mark.usefixtures("korean")  # as the app ships


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory):
    return build_big_committee(tmp_path_factory.mktemp("walk"), session_extra=REVIEW)


def ranking(window: ReviewWindow) -> dict[str, str]:
    model = window.chair.ranking
    return {model.data(model.index(r, 2)): model.data(model.index(r, 7))
            for r in range(model.rowCount())}


def take_in(qtbot, window: ReviewWindow, folder: Path):
    with qtbot.waitSignal(window.evaluated, timeout=60_000) as blocker:
        window.take_in([folder])
    return blocker.args[0]


def test_the_presentation_day_after_the_first_a_middle_and_the_last_applicant(
        qtbot, day, shots, tmp_path):  # noqa: F811
    bundle = load_bundle(day.evb, day.chair)
    sid = bundle.manifest["session"]["id"]
    order = draw_order([a["id"] for a in bundle.manifest["applications"]], SEED)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    settings.setValue(f"review/{sid}/seed", SEED)  # drawn in the room before the first talk
    window = ReviewWindow(day.evb, day.chair, None, settings, FakeClock(), tmp_path / "handins")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None, timeout=20_000)
    assert window.agenda.order == order
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()

    def hand_in(folder: Path, apps: list[str], k: int, who=range(7)) -> Path:
        for i in who:
            sign_sheet(bundle, day.members[i], {a: scores_of(i)[a] for a in apps},
                       folder / f"m{i}", partial=k)
        return folder

    # 1. the first applicant has presented; everyone hands in; the room moves on
    window.next_applicant()
    take_in(qtbot, window, hand_in(tmp_path / "usb1", order[:1], 1))
    shown = ranking(window)
    assert shown[order[0]] in ("선정", "예비", "미선정", "과락")
    assert [shown[a] for a in order[1:]] == ["발표 전"] * 5  # not 평가불가
    text = window.provisional.text()
    expected = 6 if order[0] == "A03" else 7
    assert "6곳 중 1곳" in text and f"{order[0]}: {expected}명 중 {expected}명 제출" in text
    assert "문제 없음" in text and "거부" not in window.chair.banner.text()
    window.tabs.setCurrentWidget(window.chair_scroll)
    window.chair.tabs.setCurrentIndex(3)
    shoot(qtbot, window, shots / "review-walk-1-after-first.png")

    # 2. two more present; 조위원 has not handed in for them when the fourth is on
    with qtbot.waitSignal(window.evaluated, timeout=60_000):
        window.go_to(3)  # the result is computed again: the room has moved on
    take_in(qtbot, window, hand_in(tmp_path / "usb2", order[:3], 2, who=range(6)))
    text = window.provisional.text()
    late = day.members[LATE_MEMBER].card
    assert "6곳 중 3곳" in text
    for app in order[1:3]:
        assert f"{late.name}: 발표가 끝난 {app}의 평가표를 아직 제출하지 않음" in text
        assert window.board.state(late.fingerprint, app) == LATE
    assert [ranking(window)[a] for a in order[3:]] == ["발표 전"] * 3
    window.tabs.setCurrentIndex(0)
    shoot(qtbot, window, shots / "review-walk-2-middle-board.png")
    window.tabs.setCurrentWidget(window.chair_scroll)
    shoot(qtbot, window, shots / "review-walk-3-middle-result.png")

    # 3. after the last applicant: the full sheets, the final result signed
    with qtbot.waitSignal(window.evaluated, timeout=60_000):
        window.go_to(5)
    for i, m in enumerate(day.members):
        sign_sheet(bundle, m, scores_of(i), tmp_path / "usb3" / f"m{i}")
    outcome = take_in(qtbot, window, tmp_path / "usb3")
    assert outcome.final and window.final_button.isEnabled()
    assert "발표 전" not in ranking(window).values()
    out = tmp_path / "result"
    with qtbot.waitSignal(window.chair.exported, timeout=60_000):
        window.chair.sign_to(out)
    assert window.chair.result()["agenda"]["seed"] == SEED
    assert "presentation" not in window.chair.result()  # a final result is unchanged
    assert window.chair.next_steps.isVisibleTo(window) and window.print_button.isEnabled()
    window.chair.tabs.setCurrentIndex(3)
    shoot(qtbot, window, shots / "review-walk-4-final-signed.png")
    window.close()
