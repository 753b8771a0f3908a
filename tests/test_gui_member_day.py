"""Issue 13, "The member's day without a stumble": one test per stumble (pytest-qt, offscreen)."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QMessageBox
from qt_helpers import type_korean

from evaluator_app.trust.open_session import open_bundle
from evaluator_app.workspace import Workspace
from ui.member.controller import SessionController
from ui.member.main_window import MainWindow
from ui.member.score_edit import SCORE_DELAY_MS

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"
WHY = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"


def opened(home, evb, member, declare: bool = True) -> Workspace:
    ws = Workspace.open(home)
    open_bundle(ws, evb, member, now=KST)
    ws.accept_pledge(SID, member.card.name, member.card.fingerprint)
    if declare:
        for app in ws.applications(SID):
            if ws.coi_declaration(SID, app.id) is None:
                ws.declare_no_conflict(SID, app.id)
    return ws


@pytest.fixture
def boxes(monkeypatch):
    """Every modal message box the window would show (none should appear while scoring)."""
    shown: list[str] = []
    for kind in ("warning", "critical", "information"):
        monkeypatch.setattr(QMessageBox, kind, lambda *a, k=kind, **_: shown.append(
            f"{k}: {a[2] if len(a) > 2 else ''}") or QMessageBox.StandardButton.Ok)
    return shown


@contextmanager
def member_window(qtbot, committee, evb, home, tmp_path) -> Iterator[MainWindow]:
    """The first member's window on an opened, pledged and declared session, A01 selected, at the
    member's laptop size (the offscreen screen is smaller); closed with its workspace after."""
    ws = opened(home, evb, committee.m1)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m1), settings, restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    w.select_application("A01")
    try:
        yield w
    finally:
        w.close()
        ws.close()


@pytest.fixture
def window(qtbot, committee, evb, home, tmp_path, boxes):
    with member_window(qtbot, committee, evb, home, tmp_path) as w:
        yield w


def score_events(ws: Workspace, app_id: str, item_id: str) -> list[dict]:
    rows = ws.conn.execute("SELECT payload FROM events WHERE kind = 'entry.set'").fetchall()
    payloads = [json.loads(r[0]) for r in rows]
    return [p for p in payloads if p["application"] == app_id and p["entry"] == item_id]


def stored(ws: Workspace, item_id: str = "1-1", app_id: str = "A01") -> str | None:
    e = ws.entries(SID, app_id).scores.get(item_id)
    return e.value if e else None


# ---- 1. the score on screen is the score saved ---------------------------------------------

def test_a_score_off_the_step_is_shown_invalid_in_place_and_never_stored(qtbot, window, boxes):
    ws, edit = window.controller.ws, window.panel.inputs["1-1"]
    assert "0–10" in edit.hint.text() and "0.5" in edit.hint.text()  # the rule beside the field
    edit.setFocus()
    qtbot.keyClicks(edit, "7.3")
    assert edit.text() == "7.3" and edit.is_invalid()
    assert "not saved" in edit.hint.text() and "0.5" in edit.hint.text()
    qtbot.wait(SCORE_DELAY_MS + 200)  # a pause commits nothing invalid, and no 7 either
    assert stored(ws) is None and score_events(ws, "A01", "1-1") == []
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # finishing keeps it, marked, to be corrected
    assert edit.text() == "7.3" and edit.is_invalid() and "7.3" in edit.hint.text()
    assert stored(ws) is None
    assert boxes == []  # no modal box
    assert "Total: 0" in window.panel.total_label.text()


def test_a_score_above_the_maximum_is_not_silently_cut(qtbot, window, boxes):
    ws, edit = window.controller.ws, window.panel.inputs["1-1"]
    edit.setFocus()
    qtbot.keyClicks(edit, "12")
    assert edit.text() == "12" and edit.is_invalid()  # not "1"
    window.panel.inputs["1-2"].setFocus()  # leaving: nothing stored, the entry stays marked
    assert edit.text() == "12" and edit.is_invalid() and "not saved" in edit.hint.text()
    assert stored(ws) is None and boxes == []


def test_a_score_is_committed_once_when_complete(qtbot, window):
    ws, edit = window.controller.ws, window.panel.inputs["1-1"]
    edit.setFocus()
    qtbot.keyClicks(edit, "7.5")
    assert stored(ws) is None  # not while typing
    qtbot.waitUntil(lambda: stored(ws) == "7.5", timeout=SCORE_DELAY_MS * 4)  # a pause commits
    assert [e["value"] for e in score_events(ws, "A01", "1-1")] == ["7.5"]  # one event, not 7
    assert "Total: 7.5" in window.panel.total_label.text()
    edit.selectAll()
    qtbot.keyClicks(edit, "8")
    qtbot.keyClick(edit, Qt.Key.Key_Return)  # Enter commits at once
    assert stored(ws) == "8" and edit.text() == "8"
    qtbot.keyClick(edit, Qt.Key.Key_Up)  # the arrows step by the item's step
    qtbot.keyClick(edit, Qt.Key.Key_Return)
    assert stored(ws) == "8.5"


def test_a_valid_score_typed_before_switching_applications_is_saved(qtbot, window):
    ws, edit = window.controller.ws, window.panel.inputs["1-1"]
    edit.setFocus()
    qtbot.keyClicks(edit, "6")
    type_korean(window.panel.rationales["1-1"], WHY)
    assert stored(ws) == "6"  # leaving the field committed it
    edit.setFocus()
    edit.selectAll()
    qtbot.keyClicks(edit, "9")
    window.select_application("A02")  # straight to another application
    assert stored(ws) == "9"


# ---- 2. sign with a summary, and say what comes next -----------------------------------------

def test_the_missing_list_groups_by_application_and_names_items_in_korean(qtbot, window):
    from ui.member.finalize_dialog import FinalizeDialog
    window.panel.inputs["1-1"].enter("7")
    dialog = FinalizeDialog(window.controller, "", window)
    qtbot.addWidget(dialog)
    branches = [dialog.items.topLevelItem(i) for i in range(dialog.items.topLevelItemCount())]
    assert len(branches) == 6  # one per application, not one row per missing entry
    a01 = next(b for b in branches if b.text(0).startswith("A01 "))
    rubric = window.controller.rubric("A01")
    assert f"{a01.childCount()} item(s) missing" in a01.text(0)
    leaves = [a01.child(i).text(0) for i in range(a01.childCount())]
    assert any(t.startswith(f"1-1 {rubric.item('1-1').label_ko}: rationale") for t in leaves)
    assert any(t.startswith(f"{rubric.gates[0].label_ko}: ") for t in leaves)
    assert "overall opinion missing" in leaves and not any(
        t.startswith("opinion") for t in leaves)  # never the raw id


def test_signing_shows_what_is_signed_then_what_to_do_with_the_files(
        qtbot, window, tmp_path, monkeypatch):
    from PySide6.QtGui import QDesktopServices

    from evaluator_app.form import export_form, import_form
    from evaluator_app.workspace import Change
    from evaluator_demo.play import fill_form_as_member
    from ui.member.finalize_dialog import FinalizeDialog
    ws = window.controller.ws
    export_form(ws, SID, tmp_path / "form.xlsx")
    fill_form_as_member(tmp_path / "form.xlsx", tmp_path / "filled.xlsx")
    import_form(ws, tmp_path / "filled.xlsx")
    ws.apply(SID, [Change("A02", "gate", "G1", "fail", "지자체 부담 비율 미충족")])
    ws.declare_conflict(SID, "A03", "relative", "사촌이 담당 과장")
    dialog = FinalizeDialog(window.controller, "", window)
    qtbot.addWidget(dialog)
    rows = {dialog.summary.topLevelItem(i).text(0): dialog.summary.topLevelItem(i)
            for i in range(dialog.summary.topLevelItemCount())}
    assert sorted(rows) == [f"A0{i}" for i in range(1, 7)] and dialog.sign.isEnabled()
    assert rows["A03"].text(2) == "—" and "recused" in rows["A03"].text(3)
    gate = window.controller.rubric("A02").gate("G1").label_ko
    assert "ineligible" in rows["A02"].text(3) and gate in rows["A02"].text(3)
    assert rows["A01"].text(2) == window.controller.row("A01").total
    assert "proposed points" in dialog.rubric_note.text()  # and what that implies
    assert "not the official" in dialog.rubric_note.text()
    opened_urls: list[str] = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened_urls.append(
        url.toLocalFile()) or True)
    with qtbot.waitSignal(dialog.exported, timeout=20_000) as blocker:
        dialog.export_to(tmp_path / "sheets")
    files = blocker.args[0]
    assert "three files" in dialog.result.text() and "USB" in dialog.result.text()
    assert dialog.open_folder.isVisibleTo(dialog) and dialog.open_pdf.isVisibleTo(dialog)
    assert not dialog.sign.isVisibleTo(dialog)
    dialog.open_pdf.click()
    dialog.open_folder.click()
    assert opened_urls == [str(files.pdf), str(files.json.parent)]


# ---- 3. the first screen leads -------------------------------------------------------------

def test_the_window_opens_on_the_first_application_to_score_and_counts_recusals_apart(
        qtbot, committee, evb, home, tmp_path, monkeypatch):
    from ui.flow import AppFlow
    from ui.member.conflicts_dialog import ConflictsDialog
    ws = opened(home, evb, committee.m1, declare=False)
    order = SessionController(ws, SID, committee.m1).rows()
    first, second = order[0].id, order[1].id

    def declare(dialog):  # the member declares conflicts with the first two in the list
        for app in ws.applications(SID):
            if app.id in (first, second):
                ws.declare_conflict(SID, app.id, "relative", "사촌이 담당 과장")
            else:
                ws.declare_no_conflict(SID, app.id)
        return ConflictsDialog.DialogCode.Accepted

    monkeypatch.setattr(ConflictsDialog, "exec", declare)
    flow = AppFlow(ws, committee.m1, fail=print)
    assert flow.start()
    window = flow.windows[-1]
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: bool(window.current))  # opened right after the window's first frame
    assert window.current == order[2].id and window.panel.scoring_visible()
    assert "Recused" not in window.pdf.message.text()
    assert window.progress.text() == "Done 0 / 4 · Recused 2"  # not "2 / 6" before a score
    window.close()
    ws.close()


def test_the_home_screen_shows_each_sessions_deadline_progress_and_next_step(
        qtbot, committee, evb, home):
    from ui.welcome import WelcomeWindow
    ws = opened(home, evb, committee.m1, declare=False)
    welcome = WelcomeWindow(ws, committee.m1)
    qtbot.addWidget(welcome)
    text = welcome.recent.item(0).text()
    closes = ws.manifest(SID)["window"]["closes"]
    from evaluator_app.timefmt import format_time
    assert f"Deadline {format_time(closes, 'en')}" in text
    assert "Done 0 / 6" in text and "Next: declare conflicts of interest" in text
    for app in ws.applications(SID):
        ws.declare_no_conflict(SID, app.id)
    welcome.refresh()
    assert "Next: score 6 more application(s)" in welcome.recent.item(0).text()
    ws.close()


# ---- 4. a failed gate explains itself --------------------------------------------------------

def test_a_failed_gate_says_what_it_means_and_asks_for_its_reason(qtbot, window):
    ws, panel = window.controller.ws, window.panel
    panel.reveal_missing()  # (as when the member asks to sign: every badge speaks)
    assert not panel.gate_note.isVisibleTo(panel)
    assert not panel.rationales["G1"].isVisibleTo(panel)
    assert "score missing" in panel.badges["1-1"].text()
    combo = panel.inputs["G1"]
    assert [combo.itemText(i) for i in range(3)] == ["— not decided", "Pass (적합)",
                                                     "Fail (부적합)"]
    combo.setCurrentIndex(2)
    assert ws.entries(SID, "A01").gates["G1"].value == "fail"
    note = panel.gate_note
    assert note.isVisibleTo(panel) and "no longer required" in note.text()
    assert "ineligible (부적격)" in note.text()
    reason = panel.rationales["G1"]
    assert reason.isVisibleTo(panel) and reason.property("asking")  # asks for the reason
    assert panel.badges["1-1"].text() == ""  # the badges went, and the note says why
    assert "Ineligible" in panel.total_label.text()
    type_korean(reason, "지방비 부담 비율이 공모 조건에 미달")
    reason.flush()
    assert ws.entries(SID, "A01").gates["G1"].rationale == "지방비 부담 비율이 공모 조건에 미달"
    assert not reason.property("asking")
    combo.setCurrentIndex(1)
    assert not note.isVisibleTo(panel) and "score missing" in panel.badges["1-1"].text()


# ---- 5. keyboard-only scoring -----------------------------------------------------------------

def focused(qtbot):
    from PySide6.QtWidgets import QApplication
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    return QApplication.focusWidget()


def pane_of(window, widget) -> int:
    return next(i for i, pane in enumerate(window.panes) if pane.isAncestorOf(widget))


@pytest.fixture
def active(qtbot, window):
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    return window


def test_tab_leaves_the_list_and_walks_the_panes_by_named_visible_stops(qtbot, active):
    window = active
    window.table.setFocus()
    qtbot.waitUntil(lambda: focused(qtbot) is window.table)
    qtbot.keyClick(window.table, Qt.Key.Key_Right)  # arrows: rows only
    assert window.table.currentIndex().column() == 0 and window.current == "A01"
    row = window.table.currentIndex().row()
    down = row + 1 < window.proxy.rowCount()  # (the member's order is shuffled)
    qtbot.keyClick(window.table, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    assert window.table.currentIndex().row() == row + (1 if down else -1)
    assert window.current != "A01"
    qtbot.keyClick(window.table, Qt.Key.Key_Up if down else Qt.Key.Key_Down)
    assert window.current == "A01"
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    qtbot.keyClick(window.table, Qt.Key.Key_Tab)  # leaves the list, same application
    assert focused(qtbot) is not window.table and window.current == "A01"
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert pane_of(window, focused(qtbot)) == 1  # Ctrl+Tab: the document pane
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab, Qt.KeyboardModifier.ControlModifier)
    assert focused(qtbot) is window.panel.inputs["G1"]  # then the rubric's first open entry
    window.table.setFocus()
    stops, panes = [], []
    for _ in range(200):  # the whole ring, back to the list
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
        widget = focused(qtbot)
        if widget is window.table:
            break
        stops.append(widget)
        panes.append(pane_of(window, widget))
    assert window.current == "A01"  # walking never switched the application
    names = [w.accessibleName() for w in stops]
    assert all(names), [type(w).__name__ for w in stops if not w.accessibleName()]
    assert all(w.isVisible() for w in stops)
    documents_start, rubric_start = panes.index(1), panes.index(2)
    assert panes[:documents_start] and set(panes[:documents_start]) == {0}  # list pane first
    assert set(panes[documents_start:rubric_start]) == {1}  # then the document
    assert set(panes[rubric_start:]) - {0} == {2}  # then the rubric (then search/filter again)


def test_f7_lands_on_the_first_open_entry_not_the_scroll_area(qtbot, active):
    window = active
    qtbot.keyClick(window.table, Qt.Key.Key_F7)
    assert focused(qtbot) is window.panel.inputs["G1"]
    assert focused(qtbot).accessibleName()


def test_a_whole_application_scored_with_the_keyboard_alone(qtbot, active):
    from PySide6.QtWidgets import QComboBox

    from ui.member.rubric_panel import RationaleEdit
    from ui.member.score_edit import ScoreEdit
    window, ws = active, active.controller.ws
    opinion = "강점은 실행계획의 구체성이며, 약점은 재원 조달의 불확실성입니다. 보완을 권고합니다."
    window.table.setFocus()
    qtbot.keyClick(window.table, Qt.Key.Key_F7)
    for _ in range(80):
        widget = focused(qtbot)
        if isinstance(widget, QComboBox):
            qtbot.keyClick(widget, Qt.Key.Key_Down)  # — → 적합
        elif isinstance(widget, ScoreEdit):
            qtbot.keyClicks(widget, "5" if widget.maximum >= 5 else "0")
        elif isinstance(widget, RationaleEdit):
            type_korean(widget, opinion if widget is window.panel.rationales["opinion"]
                        else WHY)  # Hangul arrives from the input method: still the keyboard
            if widget is window.panel.rationales["opinion"]:
                break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    last = window.table.currentIndex().row() + 1 == window.proxy.rowCount()
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Up if last else Qt.Key.Key_Down,
                   Qt.KeyboardModifier.AltModifier)
    assert window.current != "A01"  # Alt+Down: on to the next application, all saved
    assert window.controller.row("A01").status == "complete", window.controller.evaluation(
        "A01").missing
    assert ws.audit_verify().ok


# ---- 6. find works the first time ------------------------------------------------------------

def test_the_first_enter_finds_and_the_match_can_be_highlighted(qtbot, active):
    view = active.pdf.current_view()
    type_korean(view.find_field, "사업")
    qtbot.keyClick(view.find_field, Qt.Key.Key_Return)  # once
    assert view.find_label.text() != "0"  # never 0 while the model is still filling
    qtbot.waitUntil(lambda: view.find_label.text().startswith("1 / "), timeout=5_000)
    assert view.view.currentSearchResultIndex() == 0
    with qtbot.waitSignal(view.highlight_requested, timeout=2_000) as blocker:
        qtbot.keyClick(view.find_field, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)
    assert blocker.args[0] == view.doc_id
    qtbot.waitUntil(lambda: len(active.controller.highlights("A01")) == 1)


def test_a_search_with_no_match_says_so(qtbot, active):
    view = active.pdf.current_view()
    view.find_field.setText("존재하지않는낱말")
    view.find_next()
    qtbot.waitUntil(lambda: view.find_label.text() == "No match", timeout=6_000)


# ---- 7. fits the laptop ----------------------------------------------------------------------

@pytest.mark.parametrize("screen", [(1366, 728), (960, 520)])  # a laptop; 200 % on 1920×1080
def test_the_window_and_dialogs_fit_the_screen_and_keep_the_rubric_usable(
        qtbot, committee, evb, home, tmp_path, monkeypatch, screen):
    from PySide6.QtCore import QRect

    import ui.screen_fit
    from ui.member.conflicts_dialog import ConflictsDialog
    from ui.member.main_window import RUBRIC_MIN_WIDTH
    area = QRect(0, 0, *screen)
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: area)
    ws = opened(home, evb, committee.m1)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    w = MainWindow(SessionController(ws, SID, committee.m1), settings)
    qtbot.addWidget(w)
    w.place()
    w.show()
    qtbot.waitUntil(lambda: w.pdf.current_view() is not None, timeout=10_000)
    assert w.width() <= screen[0] and w.height() <= screen[1], w.size()
    assert w.panel.width() >= RUBRIC_MIN_WIDTH, w.splitter.sizes()
    dialog = ConflictsDialog(w.controller, w)
    qtbot.addWidget(dialog)
    assert dialog.width() <= screen[0]
    w.close()
    ws.close()


def test_the_window_opens_as_the_member_left_it(qtbot, committee, evb, home, tmp_path):
    ws = opened(home, evb, committee.m1)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)

    def open_window():
        w = MainWindow(SessionController(ws, SID, committee.m1), settings)
        qtbot.addWidget(w)
        w.place()
        w.show()
        qtbot.waitUntil(lambda: w.pdf.current_view() is not None, timeout=10_000)
        return w

    w = open_window()
    w.resize(780, 600)  # the member's own size, then the list made wider
    qtbot.waitUntil(lambda: w.splitter.width() > 700)
    total = sum(w.splitter.sizes())
    w.splitter.setSizes([230, 220, total - 450])
    assert w.splitter.sizes() == [230, 220, total - 450]
    remembered = w.splitter.sizes()
    w.close()
    again = open_window()  # not 1400×900, not the first-run fit: as it was left
    assert (again.width(), again.height()) == (780, 600)
    assert again.splitter.sizes() == remembered
    again.close()
    ws.close()


# ---- 8. Korean throughout, in the app and in the signed PDF ---------------------------------
