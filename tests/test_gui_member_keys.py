"""The member's day with the keyboard alone: what a key did not reach, or did without asking
(pytest-qt, offscreen, the real window at the member's 1366×768; key events only)."""

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from qt_helpers import type_korean
from test_gui_member_day import SID, WHY, member_window, opened, stored

from ui.member.controller import SessionController
from ui.member.main_window import MainWindow


def focused(qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    return QApplication.focusWidget()


def activate(qtbot, widget) -> None:
    widget.activateWindow()
    qtbot.waitUntil(widget.isActiveWindow, timeout=5_000)


@pytest.fixture
def undeclared(qtbot, committee, evb, home, tmp_path):
    """The first member's window before any conflict is declared (as the day starts)."""
    ws = opened(home, evb, committee.m1, declare=False)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m1), settings, restore_layout=False)
    qtbot.addWidget(w)
    w.resize(1366, 768)
    w.show()
    yield w
    w.close()
    ws.close()


@pytest.fixture
def window(qtbot, committee, evb, home, tmp_path):
    """Declared and pledged, A01 open, the window active and its documents shown."""
    with member_window(qtbot, committee, evb, home, tmp_path) as w:
        activate(qtbot, w)
        qtbot.waitUntil(lambda: w.pdf.current_view() is not None, timeout=10_000)
        yield w


def conflicts_dialog(qtbot, window):
    from ui.member.conflicts_dialog import ConflictsDialog
    dialog = ConflictsDialog(window.controller, window)
    qtbot.addWidget(dialog)
    dialog.show()
    activate(qtbot, dialog)
    return dialog


# ---- the conflicts dialog ----------------------------------------------------------------------

def test_the_conflicts_are_declared_and_saved_with_the_keyboard(qtbot, undeclared):
    window, ws = undeclared, undeclared.controller.ws
    dialog = conflicts_dialog(qtbot, window)
    first = focused(qtbot)
    assert first is next(iter(dialog.combos.values()))  # on a declaration, not a table cell
    qtbot.keyClick(first, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # 나머지는 모두 없음
    qtbot.waitUntil(lambda: all(c.currentIndex() == 1 for c in dialog.combos.values()
                                if c.isEnabled()), timeout=2_000)  # (a mnemonic animates)
    save = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    for _ in range(2 * len(dialog.combos) + 2):  # every declaration, then the buttons
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
        if focused(qtbot) is save:
            break
    assert focused(qtbot) is save, focused(qtbot)
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert all(ws.coi_declaration(SID, a.id) for a in ws.applications(SID))


def test_escape_asks_before_dropping_a_typed_declaration(qtbot, undeclared, monkeypatch):
    from ui.member.conflicts_dialog import CHOICES
    asked: list[str] = []
    answer = [QMessageBox.StandardButton.Cancel]
    monkeypatch.setattr(QMessageBox, "question",
                        lambda _parent, _title, text, *a, **k: asked.append(text) or answer[0])
    window = undeclared
    dialog = conflicts_dialog(qtbot, window)
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Escape)  # nothing entered: closes at once
    assert not dialog.isVisible() and asked == []
    dialog = conflicts_dialog(qtbot, window)
    combo = focused(qtbot)
    for _ in range(CHOICES.index("advice")):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    reason = focused(qtbot)
    type_korean(reason, "2024년 해당 시 스마트도시계획 자문")
    qtbot.keyClick(reason, Qt.Key.Key_Escape)
    assert len(asked) == 1 and dialog.isVisible()  # asked; "Cancel" keeps everything
    assert reason.text() == "2024년 해당 시 스마트도시계획 자문"
    assert combo.currentIndex() == CHOICES.index("advice")
    answer[0] = QMessageBox.StandardButton.Discard
    qtbot.keyClick(reason, Qt.Key.Key_Escape)
    assert len(asked) == 2 and not dialog.isVisible()
    assert dialog.result() == dialog.DialogCode.Rejected


def test_enter_in_a_reason_does_not_save_and_ctrl_enter_does(qtbot, undeclared):
    """Enter pressed Save from a reason being typed: it went out half-written. Enter on a
    declaration goes on to its reason, Enter in a reason does nothing (typing goes on where it
    was); Ctrl+Enter (or the button) saves."""
    from ui.member.conflicts_dialog import CHOICES
    ws = undeclared.controller.ws
    dialog = conflicts_dialog(qtbot, undeclared)
    first, second = list(dialog.combos)[:2]
    combo = focused(qtbot)
    assert combo is dialog.combos[first]
    for _ in range(CHOICES.index("advice")):
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    reason = focused(qtbot)
    assert reason is dialog.reasons[first] and dialog.isVisible()
    type_korean(reason, "2024년 해당 시")
    qtbot.keyClick(reason, Qt.Key.Key_Return)
    qtbot.keyClick(reason, Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert dialog.isVisible() and dialog.result() != dialog.DialogCode.Accepted
    assert ws.coi_declaration(SID, first) is None  # nothing saved
    assert focused(qtbot) is reason
    type_korean(reason, " 스마트도시계획 자문")  # the rest of the sentence, where it was
    qtbot.keyClick(reason, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    assert dialog.result() == dialog.DialogCode.Accepted and not dialog.isVisible()
    assert undeclared.controller.declaration(first) == (
        "conflict", "advice", "2024년 해당 시 스마트도시계획 자문")
    assert ws.coi_declaration(SID, second) is None  # not declared: stays undeclared


# ---- finalize and sign -------------------------------------------------------------------------

def test_finalize_opens_on_the_passphrase_and_enter_signs(qtbot, committee, evb, home, tmp_path,
                                                          monkeypatch):
    from PySide6.QtWidgets import QFileDialog

    from evaluator_app.form import export_form, import_form
    from evaluator_app.trust.identity import save_identity_file
    from evaluator_app.trust.workspace_identity import remember
    from evaluator_demo.play import fill_form_as_member
    from ui.member.finalize_dialog import FinalizeDialog
    passphrase = "usb stick passphrase"
    ws = opened(home, evb, committee.m1)
    remember(ws, save_identity_file(committee.m1, tmp_path / "usb" / "m1.age", passphrase),
             committee.m1.card)
    export_form(ws, SID, tmp_path / "form.xlsx")  # every application filled in
    fill_form_as_member(tmp_path / "form.xlsx", tmp_path / "filled.xlsx")
    import_form(ws, tmp_path / "filled.xlsx")
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    window = MainWindow(SessionController(ws, SID, committee.m1), settings,
                        restore_layout=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    activate(qtbot, window)
    shown: list[FinalizeDialog] = []
    monkeypatch.setattr(FinalizeDialog, "exec", lambda self: shown.append(self) or self.show())
    monkeypatch.setattr(QFileDialog, "getExistingDirectory",
                        lambda *_: str(tmp_path / "sheets"))
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_S,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    dialog = shown[0]
    qtbot.addWidget(dialog)
    activate(qtbot, dialog)
    assert focused(qtbot) is dialog.passphrase  # typed into at once, no Tab to find it
    qtbot.keyClicks(dialog.passphrase, passphrase)
    with qtbot.waitSignal(dialog.exported, timeout=30_000):
        qtbot.keyClick(dialog.passphrase, Qt.Key.Key_Return)
    assert window.controller.is_locked()
    window.close()
    ws.close()


# ---- saving ------------------------------------------------------------------------------------

def test_ctrl_s_saves_what_waits_for_its_pause_at_once(qtbot, window):
    ws, panel = window.controller.ws, window.panel
    panel.focus_entry("1-1")
    qtbot.keyClicks(focused(qtbot), "7")  # committed after a pause of SCORE_DELAY_MS
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws) == "7"  # at once
    assert window.statusBar().currentMessage()
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
    type_korean(focused(qtbot), WHY)
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert ws.entries(SID, "A01").scores["1-1"].rationale == WHY  # not after 400 ms: now
    panel.focus_entry("1-2")
    qtbot.keyClicks(focused(qtbot), "7.3")  # not a valid score: never stored, and said so
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert stored(ws, "1-2") is None and "7.3" in window.statusBar().currentMessage()


# ---- scoring -----------------------------------------------------------------------------------

def test_enter_in_a_score_commits_it_and_moves_on_to_its_rationale(qtbot, window):
    ws, panel = window.controller.ws, window.panel
    panel.focus_entry("1-1")
    qtbot.keyClicks(focused(qtbot), "7")
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Return)
    assert stored(ws) == "7" and focused(qtbot) is panel.rationales["1-1"]
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
    assert focused(qtbot) is panel.inputs["1-2"]
    qtbot.keyClicks(focused(qtbot), "7.3")  # not a valid score: Enter keeps the keyboard there
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Enter, Qt.KeyboardModifier.KeypadModifier)
    assert focused(qtbot) is panel.inputs["1-2"] and panel.inputs["1-2"].is_invalid()
    assert stored(ws, "1-2") is None and window.isVisible()


# ---- the keys and their help -------------------------------------------------------------------

def bound_keys(window) -> list[str]:
    """Every key sequence of the window's actions, its menus' included (portable text)."""
    from PySide6.QtGui import QKeySequence
    actions, menus = list(window.actions()), [a.menu() for a in window.menuBar().actions()]
    while menus:
        menu = menus.pop()
        for action in menu.actions():
            (menus.append(action.menu()) if action.menu() else actions.append(action))
    return [k.toString(QKeySequence.SequenceFormat.PortableText)
            for a in actions for k in a.shortcuts() if not k.isEmpty()]


def test_f1_lists_every_key_of_the_window_and_every_key_it_lists_is_bound(qtbot, window,
                                                                          monkeypatch):
    import html
    import re
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a, **k: shown.append(text))
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_F1)
    assert len(shown) == 1
    listed = {key for cell in re.findall(r"<tr><td[^>]*><b>(.*?)</b></td>", shown[0])
              for key in html.unescape(cell).split(" / ")}
    bound = bound_keys(window)
    alternatives = {"Ctrl+PgDown", "Ctrl+PgUp", "Ctrl+Backtab", "Ctrl+="}  # (of listed keys)
    assert set(bound) - alternatives <= listed, set(bound) - alternatives - listed
    described = {"A–E", "Tab", "Shift+Tab", "↑", "↓", "←", "→", "Enter", "Ctrl+Z", "Ctrl+Shift+Z",
                 "Ctrl+Enter"}  # (the tab bar's own keys; the dialogs' key)
    assert listed - described <= set(bound), listed - described - set(bound)
    assert len(bound) == len(set(bound)), "a key bound twice fires neither (ambiguous)"
    ime = {"Ctrl+Space", "Shift+Space", "Hangul", "Hangul_Hanja", "Alt+Shift", "Ctrl+Shift"}
    assert not ime & set(bound)  # the input method's keys stay the input method's


# ---- what is still to do -----------------------------------------------------------------------

def complete(window, app_id: str) -> None:
    from evaluator_app.workspace import Change
    c = window.controller
    rubric = c.rubric(app_id)
    changes = [Change(app_id, "gate", g.id, "pass") for g in rubric.gates]
    changes += [Change(app_id, "score", i.id, "5" if i.max_points >= 5 else "0", WHY)
                for i in rubric.items()]
    assert c.save_batch([*changes, Change(app_id, "opinion", rationale=WHY * 3)])


def test_ctrl_shift_n_goes_to_the_next_application_still_to_do(qtbot, window):
    order = [window.proxy.data(window.proxy.index(r, 0)) for r in range(window.proxy.rowCount())]

    def next_to_do() -> None:
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_N,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)

    window.panel.focus_entry("1-1")
    here = order.index("A01")
    next_to_do()
    assert window.current == order[(here + 1) % len(order)]
    assert focused(qtbot) is window.panel.inputs["G1"]  # on its first open entry
    left = order[(here + 3) % len(order)]
    for app_id in order:
        if app_id != left:
            complete(window, app_id)
    window.select_application("A01")
    window.panel.focus_entry("1-1")
    next_to_do()  # the complete ones in between are passed over
    assert window.current == left and focused(qtbot) is window.panel.inputs["G1"]
    next_to_do()  # the only one left: stays, and says so
    assert window.current == left and window.statusBar().currentMessage()
    complete(window, left)
    next_to_do()  # none left: says where to go next
    assert window.current == left and "Ctrl+Shift+S" in window.statusBar().currentMessage()


# ---- the document ------------------------------------------------------------------------------

def test_f6_puts_the_keyboard_on_the_document_and_a_frame_shows_it(qtbot, window):
    from PySide6.QtGui import QColor, QPalette
    view = window.pdf.current_view().view
    window.panel.focus_entry("1-1")

    def edge() -> QColor:
        qtbot.wait(50)  # (repainted)
        image = view.grab().toImage()
        return QColor(image.pixel(0, image.height() // 2))

    before = edge()
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_F6)
    assert focused(qtbot) is view
    highlight = view.palette().color(QPalette.ColorRole.Highlight)
    assert edge() == highlight != before  # seen where the keyboard is
    page = view.pageNavigator().currentPage()
    qtbot.keyClick(view, Qt.Key.Key_PageDown)  # paging keeps the keyboard (and its frame)
    assert view.pageNavigator().currentPage() == page + 1 and focused(qtbot) is view
    qtbot.keyClick(view, Qt.Key.Key_F7)  # back to the rubric: the frame goes
    assert focused(qtbot) is window.panel.inputs["G1"] and edge() == before


# ---- the application list ----------------------------------------------------------------------

def test_the_keyboard_starts_on_the_list_and_enter_starts_scoring(qtbot, window):
    assert focused(qtbot) is window.table  # typing does not filter the list unawares
    row = window.table.currentIndex().row()
    down = row + 1 < window.proxy.rowCount()
    qtbot.keyClick(window.table, Qt.Key.Key_Down if down else Qt.Key.Key_Up)
    chosen = window.current
    assert chosen != "A01"
    qtbot.keyClick(window.table, Qt.Key.Key_Return)
    assert window.current == chosen and focused(qtbot) is window.panel.inputs["G1"]


def test_tab_walks_the_document_pane_between_the_list_and_the_rubric(qtbot, window):
    """Tab and Shift+Tab reach every control of the document pane in the order it reads (the
    tab bar sent Tab straight on to the rubric, past the page, zoom and search controls)."""
    doc = window.pdf.current_view()
    pane = [window.pdf.tabs.tabBar(), *doc.buttons, doc.find_field, doc.mark_button, doc.pages,
            doc.view]
    window.highlight_list.setFocus()
    walked = []
    for _ in pane:
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
        walked.append(focused(qtbot))
    assert walked == pane
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
    assert focused(qtbot) is window.panel.inputs["G1"]  # the rubric's first entry comes next
    back = []
    for _ in pane:
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
        back.append(focused(qtbot))
    assert back == pane[::-1]
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert focused(qtbot) is window.highlight_list


def test_the_document_controls_work_from_the_keyboard(qtbot, window):
    doc = window.pdf.current_view()
    window.highlight_list.setFocus()
    page = doc.view.pageNavigator().currentPage
    while focused(qtbot) is not doc.buttons[1]:  # ▶, by Tab alone
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Space)
    assert page() == 1 and focused(qtbot) is doc.buttons[1]
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)  # − then +
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
    zoom = doc.view.zoomFactor()
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Space)
    assert doc.view.zoomFactor() > zoom
    for _ in range(4):  # ↔, the search, Highlight, the page list
        qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab)
    assert focused(qtbot) is doc.pages
    qtbot.keyClick(doc.pages, Qt.Key.Key_Down)
    assert page() == 2


def test_the_first_run_form_tabs_in_reading_order_and_enter_creates(qtbot, ws, tmp_path):
    """Import stands left of Create: Tab reached Create first; Enter in the passphrase's
    confirmation did nothing, so a keyboard user had to Tab to the button."""
    from PySide6.QtCore import Qt

    from ui.welcome import WelcomeWindow

    welcome = WelcomeWindow(ws, None)
    qtbot.addWidget(welcome)
    welcome.show()
    qtbot.waitExposed(welcome)
    chain = _focus_chain(welcome.name)
    assert chain.index(welcome.import_button) < chain.index(welcome.create_button)
    qtbot.keyClicks(welcome.name, "Kim")
    welcome.use_file.setChecked(True)
    welcome.file_path.setText(str(tmp_path / "kim.age"))
    welcome.passphrase.setFocus()
    qtbot.keyClicks(welcome.passphrase, "correct horse battery")
    qtbot.keyClick(welcome.passphrase, Qt.Key.Key_Return)
    assert welcome.focusWidget() is welcome.passphrase2  # on to the confirmation
    qtbot.keyClicks(welcome.passphrase2, "correct horse battery")
    with qtbot.waitSignal(welcome.identity_ready, timeout=30_000):
        qtbot.keyClick(welcome.passphrase2, Qt.Key.Key_Return)
    assert (tmp_path / "kim.age").is_file()


def _focus_chain(start) -> list:
    """The widgets in Tab's order from `start` once round."""
    chain, w = [start], start.nextInFocusChain()
    while w is not start:
        chain.append(w)
        w = w.nextInFocusChain()
    return chain
