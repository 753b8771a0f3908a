"""The review session screen (발표평가 당일) on a real bundle and real signed sheets: the draw, the
timer on a fake clock, hand-ins dropped or picked up from a watched USB folder, provisional
results after each applicant and the final consolidation that records the drawn seed."""

import shutil
from pathlib import Path

import pytest
from big_committee import build_big_committee
from PySide6.QtCore import QSettings
from test_consolidation import APPS, scores_of

from evaluator_app.consolidation import verify_result
from evaluator_app.review import ReviewPlan, draw_order
from evaluator_app.trust.bundle import load_bundle
from evaluator_demo.committee_sim import sign_sheet
from ui.session.board import IN, LATE, RECUSED
from ui.session.timer_panel import TimerPanel
from ui.session.window import ReviewWindow

REVIEW = '[session.review]\npresentation_minutes = 12\nquestions_minutes = 8\norder = "draw"'


pytestmark = pytest.mark.usefixtures("korean")  # as the app ships


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory):
    """Seven members, a chair and a bundle whose [session.review] asks for a draw."""
    return build_big_committee(tmp_path_factory.mktemp("day"), session_extra=REVIEW)


@pytest.fixture(scope="module")
def bundle(day):
    return load_bundle(day.evb, day.chair)


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def open_window(qtbot, day, tmp_path: Path, clock=None) -> ReviewWindow:
    window = ReviewWindow(day.evb, day.chair, None,
                          QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                          clock or FakeClock(), tmp_path / "handins")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None, timeout=20_000)
    return window


def hand_in(bundle, day, out: Path, apps: list[str], partial: int = 1) -> None:
    for i, m in enumerate(day.members):
        sign_sheet(bundle, m, {a: scores_of(i)[a] for a in apps}, out / f"m{i}", partial=partial)


def test_the_draw_shows_the_seed_and_the_order_it_gives(qtbot, day, tmp_path, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    window = open_window(qtbot, day, tmp_path)
    assert window.agenda.order == APPS and window.agenda.draw_button.isEnabled()
    assert "추첨" in window.agenda.how.text()
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]
    asked: list[str] = []

    def question(_parent, _title, text, *_a):
        asked.append(text)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    window.agenda.draw_button.click()  # a stray click: asked, answered No, nothing drawn
    assert len(asked) == 1  # in whichever language an earlier test left installed
    assert "cannot be drawn again" in asked[0] or "다시 추첨할 수 없습니다" in asked[0]
    assert window.agenda.seed is None and window.agenda.draw_button.isEnabled()
    window.agenda.draw_button.click()
    seed = window.agenda.seed
    assert seed is not None and len(seed) == 6 and seed.isdigit()
    assert window.agenda.seed_label.isVisible() and window.agenda.seed_label.text() == seed
    assert window.agenda.seed_label.font().pixelSize() >= 40
    order = draw_order(APPS, seed)
    assert window.agenda.order == order
    assert [window.agenda.list.item(i).text().split()[1] for i in range(6)] == order
    assert window.board.applications == order and window.chair.agenda_seed == seed
    assert order[0] in window.timer.applicant.text()
    assert not window.agenda.draw_button.isEnabled()  # one draw per session
    window.agenda.draw()
    assert window.agenda.seed == seed
    # the seed is kept: a restarted screen shows the same order
    window.close()
    again = open_window(qtbot, day, tmp_path)
    assert again.agenda.seed == seed and again.agenda.order == order


def test_the_timer_switches_phase_and_warns_in_the_last_minute(qtbot):
    clock = FakeClock()
    panel = TimerPanel(ReviewPlan(12, 8, "draw"), clock)
    qtbot.addWidget(panel)
    assert panel.phase == "ready" and panel.digits.text() == "12:00"
    panel.toggle()
    clock.now += 60
    panel.tick()
    assert (panel.phase, panel.digits.text(), panel.warning) == ("presentation", "11:00", False)
    clock.now += 10 * 60 + 1  # 59 s left
    panel.tick()
    assert panel.warning and panel.style_name == "warning" and panel.digits.text() == "00:59"
    assert "1분" in panel.phase_label.text()
    panel.toggle()  # pause: the clock runs on, the slot does not
    clock.now += 300
    panel.tick()
    assert panel.digits.text() == "00:59" and "일시정지" in panel.phase_label.text()
    panel.toggle()
    with qtbot.waitSignal(panel.phase_changed) as phase:
        clock.now += 60
        panel.tick()
    assert phase.args == ["questions"] and panel.digits.text() == "07:59"
    assert not panel.warning and panel.style_name == "questions"
    clock.now += 8 * 60 + 30
    panel.tick()
    assert panel.phase == "over" and panel.style_name == "over"
    assert panel.digits.text().startswith("−")
    panel.reset()
    assert panel.phase == "ready" and not panel.warning


def test_dropped_partial_sheets_fill_the_board_and_a_provisional_result(qtbot, day, bundle,
                                                                        tmp_path):
    window = open_window(qtbot, day, tmp_path)
    hand_in(bundle, day, tmp_path / "usb", ["A01", "A02"])
    with qtbot.waitSignal(window.evaluated, timeout=60_000) as blocker:
        window.take_in([tmp_path / "usb"])
    outcome = blocker.args[0]
    assert not outcome.final and outcome.consolidated.result["provisional"] is True
    handed = window.board.handed_in()
    assert set(handed) == {m.card.fingerprint for m in day.members}
    assert all(sorted(apps) == ["A01", "A02"] for apps in handed.values())
    conflicted = day.members[1].card.fingerprint
    assert window.board.state(conflicted, "A03") == RECUSED  # pre-declared 회피
    assert window.board.state(day.members[0].card.fingerprint, "A01") == IN
    # the truth of the day (issue 20 item 2): two of six have presented, all handed in
    text = window.provisional.text()
    assert "잠정" in text and "6곳 중 2곳" in text
    assert "평가표 제출: A01: 7명 중 7명 제출 · A02: 7명 중 7명 제출" in text
    assert "문제 없음" in text and "A03" not in text and "평가불가" not in text
    ranking = window.chair.ranking
    shown = {ranking.data(ranking.index(r, 2)): ranking.data(ranking.index(r, 7))
             for r in range(ranking.rowCount())}
    assert [shown[a] for a in ("A03", "A04", "A05", "A06")] == ["발표 전"] * 4
    assert "6곳 중 2곳" in window.chair.banner.text()  # the chair's page says the same
    # the result still lists every pair not scored (7 members × 4 to go, less 이위원's A03)
    assert len(outcome.consolidated.result["unscored"]) == 27
    # the stick's files are copied in: the stick can go back to its member
    assert len(list((tmp_path / "handins").rglob("*.json"))) == 7
    shutil.rmtree(tmp_path / "usb")
    window.go_to(3)  # the fourth applicant is on: sheets for the first three are awaited
    assert window.board.state(day.members[0].card.fingerprint, "A02") == IN
    with qtbot.waitSignal(window.evaluated, timeout=60_000):
        window.provisional_result()
    assert window.chair.result()["applications"][0]["final_score"] == "82.20"
    assert window.board.state(day.members[0].card.fingerprint, "A03") == LATE
    # the room is on A04: A03's slot is over, and who has not handed in for it is an alarm
    text = window.provisional.text()
    assert "A03: 6명 중 0명 제출" in text and "6곳 중 3곳" in text
    assert f"{day.members[0].card.name}: 발표가 끝난 A03의 평가표를 아직 제출하지 않음" in text
    assert f"{day.members[1].card.name}: 발표가" not in text  # 이위원 is 회피 on A03


def test_a_watched_folder_takes_in_a_sheet_copied_later(qtbot, day, bundle, tmp_path):
    window = open_window(qtbot, day, tmp_path)
    stick = tmp_path / "stick"
    stick.mkdir()
    window.watch_path.setText(str(stick))
    label = window.watch_button.text()
    window.watch_button.setChecked(True)
    assert window.watcher.isActive() and window.watcher.interval() == 2000
    assert window.watch_button.text() in ("Stop watching", "감시 중지")  # what a press does now
    late = tmp_path / "elsewhere"
    sheet = sign_sheet(bundle, day.members[0], {"A01": 80}, late, partial=1)
    (stick / "김위원").mkdir()
    shutil.copy(sheet, stick / "김위원" / sheet.name)  # the signature is not there yet
    window.scan()
    qtbot.wait(300)
    assert not window.board.handed_in()
    with qtbot.waitSignal(window.evaluated, timeout=60_000):
        shutil.copy(str(sheet) + ".minisig", stick / "김위원" / (sheet.name + ".minisig"))
    assert window.board.handed_in() == {day.members[0].card.fingerprint: ["A01"]}
    assert "1개" in window.intake.text() and sheet.name in window.intake.toolTip()
    window.watch_button.setChecked(False)
    assert not window.watcher.isActive() and window.watch_button.text() == label


def test_the_final_consolidation_records_the_seed_and_is_signed(qtbot, day, bundle, tmp_path):
    window = open_window(qtbot, day, tmp_path)
    window.agenda.draw()
    seed = window.agenda.seed
    hand_in(bundle, day, tmp_path / "usb", ["A01", "A02"])
    for i, m in enumerate(day.members):
        sign_sheet(bundle, m, scores_of(i), tmp_path / "usb" / f"m{i}")
    with qtbot.waitSignal(window.evaluated, timeout=60_000) as blocker:
        window.take_in([tmp_path / "usb"])
    assert blocker.args[0].final and window.final_button.isEnabled()
    assert "서명" in window.provisional.text()
    out = tmp_path / "result"
    with qtbot.waitSignal(window.chair.exported, timeout=60_000):
        window.chair.sign_to(out)
    result = window.chair.result()
    assert result["agenda"]["seed"] == seed
    assert result["agenda"]["order"] == draw_order(APPS, seed)
    assert (out / "result.json.minisig").exists() and (out / "report.pdf").exists()
    assert window.report == out / "report.pdf" and window.print_button.isEnabled()
    assert verify_result(out / "result.json", bundle, [tmp_path / "handins"]).differences == []


def test_projector_mode_shows_only_the_timer(qtbot, day, tmp_path):
    window = open_window(qtbot, day, tmp_path)
    window.toggle_projector()
    assert window.timer.big and not window.tabs.isVisible() and not window.agenda.isVisible()
    assert not window.timer.buttons.isVisible()
    window.toggle_projector()
    assert not window.timer.big and window.tabs.isVisible()


def test_signing_from_the_board_shows_its_progress_and_what_went_wrong(qtbot, day, bundle,
                                                                       tmp_path, monkeypatch):
    """Ctrl+S on the 제출 현황 tab: the signing's progress and a failure (here a folder that
    is a file; in the room, a mistyped passphrase) were only on the hidden 종합평가 tab, so
    nothing seemed to happen; the window now shows that tab while it signs."""
    from ui.chair.dialogs import SignDialog

    window = open_window(qtbot, day, tmp_path)
    window.agenda.draw()
    for i, m in enumerate(day.members):
        sign_sheet(bundle, m, scores_of(i), tmp_path / "usb" / f"m{i}")
    with qtbot.waitSignal(window.evaluated, timeout=60_000) as blocker:
        window.take_in([tmp_path / "usb"])
    assert blocker.args[0].final
    from evaluator_app.paths import suggested_result_folder

    first: list[str] = []  # nothing used yet for this session: a folder of its own is offered
    monkeypatch.setattr(SignDialog, "exec", lambda dialog: first.append(dialog.folder.text())
                        or SignDialog.DialogCode.Rejected)
    window.final_button.click()
    assert first == [str(suggested_result_folder(bundle.session_id))]
    assert first[0].endswith(" 결과")
    window.tabs.setCurrentIndex(0)  # the board, as the room watches it
    blocked = tmp_path / "결과.txt"
    blocked.write_text("not a folder")

    def accept(dialog):
        dialog.folder.setText(str(blocked))
        return SignDialog.DialogCode.Accepted

    monkeypatch.setattr(SignDialog, "exec", accept)
    sign = [a for a in window.actions() if a.shortcut().toString() == "Ctrl+S"]
    assert len(sign) == 1
    sign[0].trigger()
    assert window.tabs.currentWidget() is window.chair_scroll
    qtbot.waitUntil(lambda: not window.chair.busy, timeout=60_000)
    assert window.chair.banner.isVisibleTo(window) and window.chair.banner.text()
    assert not (blocked.parent / "result.json").exists()
    offered: list[str] = []

    def look(dialog):
        offered.append(dialog.folder.text())
        return SignDialog.DialogCode.Rejected

    monkeypatch.setattr(SignDialog, "exec", look)
    window.final_button.click()  # again, after the failure: the folder typed is offered
    assert offered == [str(blocked)]


def test_the_day_does_not_start_before_the_draw_the_spec_asks_for(qtbot, day, tmp_path,
                                                                  monkeypatch):
    """Start (Ctrl+Space) or Next before 발표순서 추첨 ran the day in the spec's order, and a
    draw later reordered it under way; now both say to draw first, and go on once drawn."""
    from PySide6.QtWidgets import QMessageBox

    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _w, _t, text, *a: told.append(text))
    window = open_window(qtbot, day, tmp_path)
    assert window.agenda.must_draw and window.agenda.seed is None
    window.timer.start_button.click()
    assert not window.timer.running() and len(told) == 1 and "추첨" in told[0]
    window.timer.next_button.click()
    assert window.agenda.current == 0 and len(told) == 2
    window.agenda.draw()
    window.timer.start_button.click()
    assert window.timer.running() and len(told) == 2
    window.timer.next_button.click()
    assert window.agenda.current == 1
