"""Where the keyboard is, seen: the application list's selection in full colour only while the
list has the keys (it looked focused all day), and a ring around whatever has the keyboard, in
the window and in its dialogs (pytest-qt, offscreen, at 1366×768; key events only)."""

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QWidget
from test_gui_member_keys import activate, conflicts_dialog, focused, undeclared, window

from ui.widgets.focus_frame import OWN_FRAME, quiet_color

__all__ = ["undeclared", "window"]  # (fixtures)
CTRL = Qt.KeyboardModifier.ControlModifier


def highlight(widget: QWidget) -> QColor:
    return widget.palette().color(QPalette.ColorRole.Highlight)


def row_colour(qtbot, window) -> QColor:
    """The selected row's background, right of the applicant's name (where no text is)."""
    qtbot.wait(50)  # (repainted)
    table = window.table
    rect = table.visualRect(table.currentIndex().siblingAtColumn(1))
    image = table.viewport().grab().toImage()
    return QColor(image.pixel(rect.right() - 3, rect.center().y()))


def ringed(qtbot, widget: QWidget) -> bool:
    """A ring in the highlight colour on all four edges of `widget` (its middles)."""
    qtbot.wait(50)
    image = widget.grab().toImage()
    w, h = image.width(), image.height()
    edges = [(0, h // 2), (1, h // 2), (w - 1, h // 2), (w - 2, h // 2), (w // 2, 0),
             (w // 2, 1), (w // 2, h - 1), (w // 2, h - 2)]
    return all(QColor(image.pixel(x, y)) == highlight(widget) for x, y in edges)


def test_the_lists_selection_is_quiet_without_the_keyboard_and_full_with_it(qtbot, window):
    table = window.table
    assert focused(qtbot) is table
    strong = highlight(table)
    assert row_colour(qtbot, window) == strong
    qtbot.keyClick(table, Qt.Key.Key_Return)  # scoring: the keyboard is in the rubric
    assert focused(qtbot) is window.panel.inputs["G1"]
    quiet = row_colour(qtbot, window)
    assert quiet == quiet_color(table.palette())  # not the colour of the list with the keys
    base = table.palette().color(QPalette.ColorRole.Base)
    assert quiet != strong and quiet != base  # and still plain to see: the one open
    assert window.current == window.proxy.data(table.currentIndex(), Qt.ItemDataRole.UserRole)
    qtbot.keyClick(focused(qtbot), Qt.Key.Key_Tab, CTRL)  # back to the list (Ctrl+Tab)
    assert focused(qtbot) is table and row_colour(qtbot, window) == strong


def test_a_ring_shows_where_tab_has_put_the_keyboard(qtbot, window):
    """Every stop Tab reaches from the search box to the first rationale wears the ring (or,
    for the document's own controls, their frame), and it leaves with the keyboard."""
    window.search.setFocus()
    walked: list[QWidget] = []
    previous = None
    for _ in range(40):
        widget = focused(qtbot)
        walked.append(widget)
        if not widget.property(OWN_FRAME):
            assert ringed(qtbot, widget), widget.accessibleName() or widget
        if previous is not None and not previous.property(OWN_FRAME):
            assert not ringed(qtbot, previous), previous  # gone with the keyboard
        if widget is window.panel.rationales["1-1"]:
            break
        previous = widget
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    assert window.panel.rationales["1-1"] in walked
    assert {window.table, window.notes, window.panel.inputs["G1"],
            window.panel.inputs["1-1"]} <= set(walked)


def test_a_dialog_over_the_window_rings_its_focus_too(qtbot, undeclared):
    dialog = conflicts_dialog(qtbot, undeclared)
    combo = focused(qtbot)
    assert ringed(qtbot, combo)
    qtbot.keyClick(combo, Qt.Key.Key_Tab)
    assert ringed(qtbot, focused(qtbot)) and not ringed(qtbot, combo)
    dialog.reject()
    activate(qtbot, undeclared)
    assert ringed(qtbot, focused(qtbot))
