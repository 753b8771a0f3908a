"""Issue 20 item 9: the member's small stumbles, one pytest-qt test each (offscreen, 1366×768)."""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication
from qt_helpers import type_korean
from test_gui_member_day import SID, WHY, boxes, opened, stored  # noqa: F401 (fixture)

from ui.member.controller import SessionController
from ui.member.main_window import MainWindow


def shot(widget, name: str) -> None:
    """SAVE_SCREENSHOTS=DIR keeps a picture to look at."""
    folder = os.environ.get("SAVE_SCREENSHOTS_DIR")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def window(qtbot, committee, evb, home, tmp_path, boxes):  # noqa: F811
    ws = opened(home, evb, committee.m1)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m1), settings, restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.split_panes(1366)
    w.show()
    w.select_application("A01")
    yield w
    w.close()
    ws.close()


@pytest.fixture
def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    return window


def focused(qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    return QApplication.focusWidget()


def test_large_text_keeps_every_applicant_readable_in_the_list(qtbot, window):
    window.set_large_text(True)
    qtbot.wait(50)  # (the rows are laid out again)
    shot(window, "large-text")
    table, column = window.table, 1
    metrics = QFontMetrics(table.font())
    width = table.columnWidth(column) - 2 * table.style().pixelMetric(
        table.style().PixelMetric.PM_FocusFrameHMargin) - 4
    for row in range(window.proxy.rowCount()):
        text = window.proxy.data(window.proxy.index(row, column))
        needed = metrics.boundingRect(QRect(0, 0, width, 10_000),
                                      Qt.TextFlag.TextWordWrap, text)
        assert needed.width() <= table.columnWidth(column), (text, table.columnWidth(column))
        assert needed.height() <= table.rowHeight(row), (text, needed, table.rowHeight(row))
        assert text in window.proxy.data(window.proxy.index(row, column),
                                         Qt.ItemDataRole.ToolTipRole)
    window.set_large_text(False)
    assert table.rowHeight(0) < QFontMetrics(window.font()).height() * 3  # compact again


def test_an_invalid_score_stays_with_its_note_after_tab_until_corrected(qtbot, active):
    window, ws = active, active.controller.ws
    edit = window.panel.inputs["1-1"]
    edit.setFocus()
    qtbot.keyClicks(edit, "7.3")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # leaving the field
    assert focused(qtbot) is not edit
    assert edit.text() == "7.3" and edit.is_invalid()  # the typed text, still marked
    assert "not saved" in edit.hint.text() and "7.3" in edit.hint.text()
    assert stored(ws) is None
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "7.5")
    qtbot.keyClick(edit, Qt.Key.Key_Tab)  # corrected: saved, the note goes
    assert stored(ws) == "7.5" and not edit.is_invalid() and "not saved" not in edit.hint.text()
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "12")
    qtbot.keyClick(edit, Qt.Key.Key_Escape)  # Escape gives the saved value back
    assert edit.text() == "7.5" and not edit.is_invalid()


def test_highlighting_the_same_match_twice_keeps_one_highlight(qtbot, active):
    view = active.pdf.current_view()
    type_korean(view.find_field, "사업")
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: view.find_label.text().startswith("1 / "), timeout=5_000)
    for _ in range(2):
        qtbot.keyClick(view.find_field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    qtbot.wait(100)
    assert len(active.controller.highlights("A01")) == 1
    assert active.highlight_list.count() == 1


def test_nothing_is_called_missing_before_the_member_leaves_it_or_asks_to_sign(
        qtbot, active, monkeypatch):
    window = active
    panel = window.panel
    assert all(not b.text() for b in panel.badges.values())  # a fresh application: quiet
    assert "still missing" in panel.status_label.text()  # (the count below still says it)
    qtbot.keyClick(window.table, Qt.Key.Key_F7)  # F7 still finds the first open entry
    assert focused(qtbot) is panel.inputs["G1"]
    score = panel.inputs["1-1"]
    score.setFocus()
    qtbot.keyClicks(score, "7")
    panel.rationales["1-1"].setFocus()  # within the item: not left yet
    assert not panel.badges["1-1"].text()
    panel.inputs["1-2"].setFocus()  # left: now it says what it lacks
    qtbot.waitUntil(lambda: "rationale" in panel.badges["1-1"].text())
    assert not panel.badges["2-1"].text() and not panel.badges["opinion"].text()
    from ui.member.finalize_dialog import FinalizeDialog
    monkeypatch.setattr(FinalizeDialog, "exec", lambda self: 0)
    window.finalize()  # asking to sign: every entry says what it lacks
    assert "score missing" in panel.badges["2-1"].text()
    assert panel.badges["opinion"].text()


def test_the_counter_says_characters_and_the_minimum(qtbot, qapp):
    from ui.i18n import install_translators
    from ui.member.rubric_panel import RationaleEdit
    edit = RationaleEdit(20, lambda _t: None, "x")
    qtbot.addWidget(edit)
    edit.set_text("삼십 " * 15)
    assert edit.counter.text() == "30 characters (at least 20)"  # not "30 / 20"
    translators = install_translators(qapp, "ko")
    try:
        edit.set_text("스물" * 5)
        assert edit.counter.text() == "10자 (최소 20자)"  # Korean, as the member reads it
    finally:
        for t in translators:
            qapp.removeTranslator(t)


def test_alt_down_puts_the_keyboard_on_the_first_open_entry(qtbot, active):
    window = active
    for _ in range(window.proxy.rowCount() - 1):
        before = window.current
        window.panel.rationales["opinion"].setFocus() if window.panel.scoring_visible() else (
            window.panel.setFocus())
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        if window.current == before:  # the last row: wrap to the top and go on
            window.table.selectRow(0)
            continue
        widget = focused(qtbot)
        assert widget is not window.search, window.current
        if window.panel.scoring_visible():
            assert widget is window.panel.inputs["G1"], (window.current, widget)
