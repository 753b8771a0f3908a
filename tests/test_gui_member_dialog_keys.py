"""The member's dialogs and second windows with the keyboard alone: 발표 모드 (F9), printing,
the offline form, the revision after signing, the help (F1) and moving to another laptop. Each
is reached by a key or a menu's letter, opens with the keyboard somewhere useful, gives it back
where it was when it closes, and Esc cancels (pytest-qt, offscreen, at 1366×768; key events
only, apart from the system's file dialogs and typed Korean)."""

import html
import re
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from test_gui_member_focus import ringed
from test_gui_member_keys import activate, focused, window

__all__ = ["window"]  # (a fixture)
CTRL, SHIFT, ALT = (Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier,
                    Qt.KeyboardModifier.AltModifier)


def key(qtbot, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    qtbot.keyClick(focused(qtbot), k, modifiers)


def listed_keys(table: str) -> set[str]:
    return {k for cell in re.findall(r"<tr><td[^>]*><b>(.*?)</b></td>", table)
            for k in html.unescape(cell).split(" / ")}


# ---- 발표 모드 (F9) -----------------------------------------------------------------------------

def presentation(qtbot, window):
    key(qtbot, Qt.Key.Key_F9)
    shown = window.presentation
    qtbot.addWidget(shown)
    qtbot.waitUntil(shown.isActiveWindow, timeout=5_000)
    return shown


def test_f9_opens_on_the_rubric_and_esc_gives_the_keyboard_back_where_it_was(qtbot, window):
    """발표 모드 opened on the applicant's drop-down, where a typed letter changed the applicant
    and a typed score went nowhere; coming back, the keyboard was in no window."""
    window.panel.focus_entry("1-2")
    before = focused(qtbot)
    shown = presentation(qtbot, window)
    assert focused(qtbot) is shown.panel.inputs["G1"]  # the first entry still open
    key(qtbot, Qt.Key.Key_Escape)
    assert not shown.isVisible()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)  # (not activated by the test)
    assert focused(qtbot) is before


def test_tab_in_presentation_mode_reads_slides_then_rubric_then_notes(qtbot, window):
    """Tab went from the document tabs straight to the notes, past the slides' page and find
    controls, and reached the rubric only after the notes."""
    shown = presentation(qtbot, window)
    qtbot.waitUntil(lambda: bool(shown.pdf.views()), timeout=20_000)
    slides = shown.pdf.tab_stops()  # its tabs, page and zoom buttons, find, pages
    shown.hand_in_button.setFocus()
    walked = []
    for _ in range(len(slides) + 1):
        key(qtbot, Qt.Key.Key_Tab)
        walked.append(focused(qtbot))
    assert walked == [*slides, shown.panel.inputs["G1"]]
    shown.panel.rationales["opinion"].setFocus()
    key(qtbot, Qt.Key.Key_Tab)
    assert focused(qtbot) is shown.notes  # the notes come after the rubric, as they stand
    key(qtbot, Qt.Key.Key_F6)
    assert focused(qtbot) is shown.pdf.current_view().view
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert focused(qtbot) is shown.pdf.current_view().find_field
    key(qtbot, Qt.Key.Key_F7)
    assert focused(qtbot) is shown.panel.inputs["G1"]
    shown.close()


def test_f1_in_presentation_mode_lists_its_own_keys_each_bound(qtbot, window, monkeypatch):
    from PySide6.QtGui import QKeySequence
    shown_text: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a, **k: shown_text.append(text))
    shown = presentation(qtbot, window)
    key(qtbot, Qt.Key.Key_F1)
    assert len(shown_text) == 1  # F1 did nothing here
    bound = {k.toString(QKeySequence.SequenceFormat.PortableText)
             for a in shown.actions() for k in a.shortcuts()}
    listed = listed_keys(shown_text[0])
    assert bound - {"Esc"} <= listed, bound - listed
    assert listed - {"Tab", "Shift+Tab"} <= bound, listed - bound
    shown.close()


def test_the_hand_in_dialog_opens_on_what_is_still_to_give(qtbot, committee, tmp_path):
    from ui.member.presentation import HandInDialog

    def opened(identity_file: Path | None, folder: str) -> QWidget:
        dialog = HandInDialog(["A01"], "", identity_file, folder)
        qtbot.addWidget(dialog)
        dialog.show()
        activate(qtbot, dialog)
        return dialog

    key_file = tmp_path / "m1.age"
    dialog = opened(key_file, str(tmp_path / "usb"))
    assert focused(qtbot) is dialog.passphrase  # the folder is there: the passphrase
    dialog = opened(key_file, "")
    assert focused(qtbot) is dialog.folder
    dialog = opened(None, str(tmp_path / "usb"))  # a keyring identity: Enter hands in
    assert focused(qtbot).text() == dialog.tr("Sign and hand in")
    key(qtbot, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected and not dialog.isVisible()


# ---- the menus' letters ----------------------------------------------------------------------

def mnemonics_clash(menu) -> list[str]:
    """Letters two entries of one menu share (Alt+letter, or the letter in an open menu,
    then only cycles between them and opens neither)."""
    seen: dict[str, str] = {}
    clashes = []
    for action in menu.actions():
        found = re.search(r"&(\w)", action.text().replace("&&", ""))
        if found:
            letter = found.group(1).lower()
            if letter in seen:
                clashes.append(f"{seen[letter]} / {action.text()}")
            seen[letter] = action.text()
        if action.menu() is not None:
            clashes += mnemonics_clash(action.menu())
    return clashes


@pytest.mark.parametrize("language", ["en", "ko"])
def test_every_menu_entry_has_a_letter_of_its_own(qtbot, committee, evb, home, tmp_path,
                                                  language, request):
    """Overview (&V) and Preview (&v) shared a letter in English: V only moved between them."""
    from test_gui_member_day import member_window
    if language == "ko":
        request.getfixturevalue("korean")
    with member_window(qtbot, committee, evb, home, tmp_path) as window:
        assert mnemonics_clash(window.menuBar()) == []
        for action in window.menuBar().actions():
            assert mnemonics_clash(action.menu()) == [], action.text()


# ---- the offline form --------------------------------------------------------------------------

def test_importing_a_form_leaves_the_keyboard_where_it_was_and_in_view(qtbot, window, tmp_path,
                                                                       monkeypatch):
    from evaluator_app.form import export_form
    from evaluator_demo.play import fill_form_as_member
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information",
                        lambda _parent, _title, text, *a, **k: told.append(text))
    export_form(window.controller.ws, window.controller.session_id, tmp_path / "form.xlsx")
    fill_form_as_member(tmp_path / "form.xlsx", tmp_path / "filled.xlsx")
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: (str(tmp_path / "filled.xlsx"), ""))
    last = list(window.panel.inputs)[-1]
    window.panel.focus_entry(last)  # far down the rubric
    here = focused(qtbot)
    key(qtbot, Qt.Key.Key_E, ALT)  # Evaluation > Import a filled form (&M)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5_000)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_M)
    qtbot.waitUntil(lambda: bool(told), timeout=20_000)
    activate(qtbot, window)
    assert focused(qtbot) is here
    assert not here.visibleRegion().isEmpty()  # not scrolled away with the refreshed form


# ---- moving to another laptop: the home window --------------------------------------------------

def test_a_moved_session_is_reached_by_alt_m_or_enter_and_a_failure_gives_the_keyboard_back(
        qtbot, committee, tmp_path, monkeypatch):
    from evaluator_app.workspace import Workspace
    from ui.welcome import WelcomeWindow
    warned: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning",
                        lambda _parent, _title, text, *a, **k: warned.append(text))
    chosen: list[str] = []
    moved = tmp_path / "usb" / "moved.evm"
    moved.parent.mkdir()
    moved.write_bytes(b"not an age file")  # a copy that did not finish
    monkeypatch.setattr(QFileDialog, "getOpenFileName",
                        lambda *a, **k: chosen.append(a[1]) or (str(moved), ""))
    with Workspace.open(tmp_path / "laptop-b") as ws:
        home = WelcomeWindow(ws, committee.m1)
        qtbot.addWidget(home)
        home.show()
        activate(qtbot, home)
        assert focused(qtbot) is home.open_button  # (no session here yet)
        key(qtbot, Qt.Key.Key_M, ALT)  # Continue a session &moved from another laptop…
        qtbot.waitUntil(lambda: bool(warned), timeout=20_000)
        assert len(chosen) == 1 and home.moved_button.isEnabled()
        assert home.focusWidget() is home.moved_button  # where the keyboard was
        assert ringed(qtbot, home.moved_button)  # and seen there
        key(qtbot, Qt.Key.Key_Return)  # Enter presses it as Space does
        qtbot.waitUntil(lambda: len(warned) == 2, timeout=20_000)
        assert len(chosen) == 2
        key(qtbot, Qt.Key.Key_O, ALT)  # &Open a bundle…
        qtbot.waitUntil(lambda: len(chosen) == 3, timeout=2_000)  # (a mnemonic animates)
        home.close()
