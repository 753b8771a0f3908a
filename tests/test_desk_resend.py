"""The desk after the bundle was sent, driven through the real window offscreen (Korean, as it
ships): the committee edited since is said on the send page, the step list and the collection
board, which keeps checking the sheets against the bundle the members hold; a correction
signed and sent again, a member's sheet scored on the first bundle is on the board with what
to ask of them. Screenshots at 1366×768 go to tmp (SAVE_SCREENSHOTS=DIR: to DIR)."""

import os
from pathlib import Path

import pytest
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QMessageBox
from test_desk_trips import people, ready_round, settle, window  # noqa: F401 (fixtures)

from evaluator_app.paths import resources_dir
from evaluator_app.trust.bundle import load_bundle
from evaluator_demo.committee_sim import sign_sheet

pytestmark = pytest.mark.usefixtures("korean")
IN_WINDOW = "2030-06-03T10:00:00+09:00"  # inside the window open_desk sets


@pytest.fixture
def shots(qapp, tmp_path):
    """NanumGothic, as the app ships; where the screenshots go."""
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    font = qapp.font()
    qapp.setFont(QFont("NanumGothic", 10))
    out = Path(os.environ.get("SAVE_SCREENSHOTS") or tmp_path / "shots")
    out.mkdir(parents=True, exist_ok=True)
    yield out
    qapp.setFont(font)


def board(qtbot, page) -> dict[str, list[str]]:
    qtbot.waitUntil(lambda: not page.busy, timeout=30_000)  # the folder watcher's own refresh
    with qtbot.waitSignal(page.refreshed, timeout=30_000):
        page.refresh()
    t = page.table
    return {t.item(r, 0).text(): [t.item(r, c).text() for c in range(1, 5)]
            for r in range(t.rowCount())}


def test_the_committee_edited_after_sending_is_flagged_and_a_sheet_on_the_first_bundle_shown(
        qtbot, window, people, tmp_path, monkeypatch, shots):  # noqa: F811
    ready_round(qtbot, window, people, tmp_path)
    window.show_page(4)
    send = window.send_page
    send.folder.setText(str(tmp_path / "발송"))
    with qtbot.waitSignal(send.made, timeout=60_000):
        send.sign_button.click()
    first = window.state.sent_bundles()
    assert [s.bundle for s in first] == [window.state.bundle_path]
    assert send.sent_notice.isVisible() and "같습니다" in send.sent_notice.text()
    usb = tmp_path / "usb"
    sign_sheet(load_bundle(Path(window.state.bundle_path), people.chair), people.members[0],
               {"A01": 80, "A02": 70}, usb, created=IN_WINDOW)

    # 위원2's card removed from the committee after sending: said, not blocked
    monkeypatch.setattr(QMessageBox, "question", lambda *a: QMessageBox.StandardButton.Yes)
    committee = window.committee_page
    committee.table.selectRow([c.name for c in committee.cards].index("위원2"))
    committee.remove_button.click()
    settle(qtbot, window)
    assert window.sent_changes == ["roster"]
    notice = send.sent_notice.text()
    assert "보낸 번들과 다릅니다" in notice and "위원 명단" in notice, notice
    assert "다시 서명" in notice and Path(first[0].bundle).name in notice
    assert "다시 보내기" in window.steps.item(4).text()
    assert send.sign_button.isEnabled()  # a flag, not a finding: signing again is the fix
    qtbot.wait(100)
    window.grab().save(str(shots / "resend-1-send-page.png"))

    # page 6 still checks against the bundle the members hold (위원2 is on it, 위원1's sheet
    # verifies), and says the draft has moved on
    window.show_page(5)
    collect = window.collect_page
    collect.use_folder(str(usb))
    rows = board(qtbot, collect)
    assert rows["위원1"][2] == "검증됨" and rows["위원2"][0] == "미제출", rows
    assert collect.sent_notice.isVisible() and "위원 명단" in collect.sent_notice.text()
    window.grab().save(str(shots / "resend-2-collect-edited.png"))

    # the correction signed and sent again: nothing left to say on page 5, and 위원1's sheet,
    # scored on the first bundle, is on the board with what to ask of them
    window.show_page(4)
    with qtbot.waitSignal(send.made, timeout=60_000):
        send.sign_button.click()
    settle(qtbot, window)
    assert window.sent_changes == [] and "다시 보내기" not in window.steps.item(4).text()
    assert len(window.state.sent) == 2 and "같습니다" in send.sent_notice.text()
    window.show_page(5)
    assert not collect.sent_notice.isVisible()
    rows = board(qtbot, collect)
    assert set(rows) == {"위원1"}  # 위원2 is no longer on the roster
    handed, sheet, verdict, why = rows["위원1"]
    assert sheet == "1차 확정, 최종"  # what the member signed, though it does not count
    assert handed == "제출" and verdict == "다른 번들", rows
    assert "이전 번들" in why and "위원1 위원에게" in why and "지금 번들" in why, why
    assert collect.table.rowHeight(0) > collect.table.verticalHeader().defaultSectionSize()
    assert "1명은 다른 번들로 채점한 평가표를 냈습니다" in collect.summary.text()
    assert "the sheet was scored on another bundle" in collect.table.item(0, 4).toolTip()
    window.grab().save(str(shots / "resend-3-collect-other-bundle.png"))


def test_every_part_a_bundle_carries_has_a_name_in_both_languages(korean):
    """A changed part is named on pages 5 and 6: a part without a name there would raise."""
    from evaluator_app.round_sent import PARTS
    from ui.secretariat.common import PART_NAMES, parts_text

    assert set(PART_NAMES) == set(PARTS)
    named = parts_text(list(PARTS))
    assert "평가표 내용" in named and "the rubric" not in named
