"""The member's whole day with the keyboard alone (pytest-qt, offscreen, at 1366×768): the home
window, the bundle, the pledge, the conflicts, scoring every application, the documents, the
move between applications, finalize and sign, a revision. Key events only, apart from the
system's file dialogs (they are the desktop's, not ours) and typed Korean (an input method's
committed text: QTest types ASCII only)."""

from collections.abc import Callable

import pytest
from PySide6.QtCore import QRect, QSettings, Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QFileDialog,
    QInputDialog,
    QMessageBox,
    QWidget,
)
from qt_helpers import type_korean
from test_gui_member_day_walk import _with_settings

import ui.screen_fit
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from ui.flow import AppFlow
from ui.member.conflicts_dialog import CHOICES, ConflictsDialog
from ui.member.finalize_dialog import FinalizeDialog
from ui.member.main_window import MainWindow
from ui.member.pledge_dialog import PledgeDialog
from ui.member.rubric_panel import RationaleEdit
from ui.member.score_edit import ScoreEdit

SID = "2025-strong-small-written"
WHY = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"
OPINION = "강점은 실행계획의 구체성이며, 약점은 재원 조달의 불확실성입니다. 보완을 권고합니다."
LAPTOP = QRect(0, 0, 1366, 728)  # 1366×768 without the task bar
CTRL, SHIFT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.ShiftModifier


def focused(qtbot) -> QWidget:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    return QApplication.focusWidget()


def key(qtbot, k: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:
    """A key where the keyboard is (as a hand would press it)."""
    qtbot.keyClick(focused(qtbot), k, modifiers)


class Modal:
    """What the member does in a modal dialog once it is up: its exec() blocks the test, so
    `act` runs from the dialog's own event loop. A failure closes the dialog (not a hang) and
    is raised at `check`."""

    def __init__(self, qtbot, kind: type, act: Callable[[QWidget], None]) -> None:
        self.qtbot, self.kind, self.act = qtbot, kind, act
        self.seen: list[QWidget] = []
        self.error: BaseException | None = None
        QTimer.singleShot(0, self._poll)

    def _poll(self) -> None:
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, self.kind) or not dialog.isActiveWindow():
            QTimer.singleShot(20, self._poll)
            return
        self.seen.append(dialog)
        try:
            self.act(dialog)
        except BaseException as e:
            self.error = e
            dialog.close()

    def check(self) -> QWidget:
        if self.error is not None:
            raise self.error
        assert self.seen, f"no {self.kind.__name__} came up"
        return self.seen[-1]


@pytest.fixture
def laptop(qapp, monkeypatch):
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: LAPTOP)


def test_a_members_day_with_the_keyboard_alone(qtbot, laptop, committee, evb, home, tmp_path,
                                               monkeypatch):
    ws = Workspace.open(home)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(MainWindow, "__init__", _with_settings(MainWindow.__init__, settings))
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a, **k: (str(evb), ""))
    remember(ws, store_in_keyring(committee.m1), committee.m1.card)  # a key from the first run
    flow = AppFlow(ws, committee.m1, fail=pytest.fail)
    assert flow.start()
    home_window = flow.welcome
    qtbot.addWidget(home_window)
    home_window.activateWindow()
    qtbot.waitUntil(home_window.isActiveWindow, timeout=5_000)

    # 1. the home window: Open a bundle… is where the keyboard starts (no session yet)
    assert focused(qtbot) is home_window.open_button

    # 2. the pledge: read, tick, accept
    def pledge(dialog: QWidget) -> None:
        key(qtbot, Qt.Key.Key_Return)  # not accepted unread: the box is not ticked yet
        assert dialog.isVisible()
        for _ in range(4):
            if focused(qtbot) is dialog.check:
                break
            key(qtbot, Qt.Key.Key_Tab)
        assert focused(qtbot) is dialog.check
        key(qtbot, Qt.Key.Key_Space)
        key(qtbot, Qt.Key.Key_Return)

    # 3. the conflicts: none for all but the last, whose reason is written
    def conflicts(dialog: QWidget) -> None:
        combos = list(dialog.combos.values())
        assert focused(qtbot) is combos[0]
        key(qtbot, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)  # 나머지는 모두 없음
        qtbot.waitUntil(lambda: all(c.currentIndex() == 1 for c in combos if c.isEnabled()),
                        timeout=2_000)
        last = [c for c in combos if c.isEnabled()][-1]
        combos[0].setFocus()
        while focused(qtbot) is not last:
            key(qtbot, Qt.Key.Key_Tab)
        for _ in range(CHOICES.index("advice") - 1):
            key(qtbot, Qt.Key.Key_Down)
        key(qtbot, Qt.Key.Key_Return)  # on to its reason
        type_korean(focused(qtbot), "2024년 해당 지자체")
        key(qtbot, Qt.Key.Key_Return)  # half-written: not saved, the dialog stays
        assert dialog.isVisible()
        type_korean(focused(qtbot), " 스마트도시계획 수립 자문")
        key(qtbot, Qt.Key.Key_Return, CTRL)

    def trust(box: QWidget) -> None:  # the secretariat's key, compared aloud: Yes
        assert committee.secretariat.card.fingerprint in box.text()
        key(qtbot, Qt.Key.Key_Return)

    trusted = Modal(qtbot, QMessageBox, trust)
    pledged = Modal(qtbot, PledgeDialog, pledge)
    declared = Modal(qtbot, ConflictsDialog, conflicts)
    key(qtbot, Qt.Key.Key_Space)  # Open a bundle…
    qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) for w in flow.windows),
                    timeout=30_000)
    trusted.check()
    pledged.check()
    declared.check()
    window: MainWindow = flow.windows[-1]
    qtbot.addWidget(window)
    recused = [r.id for r in window.controller.rows() if r.status == "conflict"]
    assert len(recused) == 1
    assert window.controller.declaration(recused[0])[2] == (
        "2024년 해당 지자체 스마트도시계획 수립 자문")
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)

    # 4. the list has the keyboard; Enter starts scoring; every application, one after another
    assert focused(qtbot) is window.table
    key(qtbot, Qt.Key.Key_Return)
    assert focused(qtbot) is window.panel.inputs["G1"]

    # asking to sign too early: the list of what is missing, Enter on one goes there
    def missing(dialog: QWidget) -> None:
        assert focused(qtbot) is dialog.items
        key(qtbot, Qt.Key.Key_Down)  # the application's first missing entry
        app_id, entry_id = dialog.items.currentItem().data(0, Qt.ItemDataRole.UserRole)
        gone_to.append((app_id, entry_id))
        key(qtbot, Qt.Key.Key_Return)

    gone_to: list[tuple[str, str]] = []
    told = Modal(qtbot, FinalizeDialog, missing)
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    told.check()
    window.activateWindow()  # (as the desktop does once a dialog closes; offscreen does not)
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    assert gone_to == [(window.current, "G1")] and focused(qtbot) is window.panel.inputs["G1"]
    to_score = len(window.controller.rows()) - len(recused)
    for n in range(to_score):
        here = window.current
        score_by_keyboard(qtbot, window)
        assert window.controller.row(here).status == "complete", here
        if n == 0:
            read_the_document(qtbot, window)
        key(qtbot, Qt.Key.Key_N, CTRL | SHIFT)  # the next one still to do, its first entry
        if n < to_score - 1:
            assert window.current != here and window.current not in recused
            assert focused(qtbot) is window.panel.inputs["G1"]
    assert "Ctrl+Shift+S" in window.statusBar().currentMessage()  # none left: what is next

    # 5. finalize and sign (a keyring identity: the keyboard is on Sign), then close
    sheets = tmp_path / "sheets"
    monkeypatch.setattr(QFileDialog, "getExistingDirectory", lambda *a, **k: str(sheets))

    def sign(dialog: QWidget) -> None:
        assert focused(qtbot) is dialog.sign
        with qtbot.waitSignal(dialog.exported, timeout=30_000):
            key(qtbot, Qt.Key.Key_Return)
        assert focused(qtbot) is dialog.open_folder  # what comes next, by Tab
        key(qtbot, Qt.Key.Key_Escape)

    signed = Modal(qtbot, FinalizeDialog, sign)
    key(qtbot, Qt.Key.Key_S, CTRL | SHIFT)
    signed.check()
    window.activateWindow()  # (as the desktop does once a dialog closes; offscreen does not)
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    assert focused(qtbot) is window.table  # not lost with the rubric it was in (now locked)
    assert window.controller.is_locked() and list(sheets.glob("*.minisig"))
    assert window.locked_banner.isVisibleTo(window)

    # 6. a revision, its reason typed: Enter does not send it half-written, Ctrl+Enter does
    def revise(dialog: QWidget) -> None:
        field = focused(qtbot)
        type_korean(field, "평가사유 보완")
        key(qtbot, Qt.Key.Key_Return)
        assert dialog.isVisible() and window.controller.is_locked()
        type_korean(field, " 요청에 따라")
        key(qtbot, Qt.Key.Key_Return, CTRL)

    revised = Modal(qtbot, QInputDialog, revise)
    key(qtbot, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)  # the Evaluation menu
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is not None, timeout=5_000)
    qtbot.keyClick(QApplication.activePopupWidget(), Qt.Key.Key_R)  # &Revise…
    qtbot.waitUntil(lambda: window.controller.revision() == 2, timeout=5_000)
    revised.check()
    assert not window.controller.is_locked() and window.panel.isEnabled()
    assert "평가사유 보완 요청에 따라" in audit_reasons(ws)

    window.close()
    ws.close()


def audit_reasons(ws: Workspace) -> str:
    rows = ws.conn.execute("SELECT payload FROM events").fetchall()
    return " ".join(r[0] for r in rows)


def score_by_keyboard(qtbot, window: MainWindow) -> None:
    """From the first entry to the overall opinion: a gate by its arrow, a score typed and
    Enter (on to its rationale), a rationale typed and Tab."""
    for _ in range(100):
        widget = focused(qtbot)
        assert window.panel.isAncestorOf(widget), widget  # Tab stays in the rubric
        if isinstance(widget, QComboBox):
            key(qtbot, Qt.Key.Key_Down)  # — → 적합
        elif isinstance(widget, ScoreEdit):
            qtbot.keyClicks(widget, "5" if widget.maximum >= 5 else "0")
            key(qtbot, Qt.Key.Key_Return)
            assert isinstance(focused(qtbot), RationaleEdit)
            continue
        elif isinstance(widget, RationaleEdit):
            if widget is window.panel.rationales["opinion"]:
                type_korean(widget, OPINION)
                key(qtbot, Qt.Key.Key_S, CTRL)  # saved at once
                return
            type_korean(widget, WHY)
        key(qtbot, Qt.Key.Key_Tab)
    pytest.fail("the overall opinion was never reached")


def read_the_document(qtbot, window: MainWindow) -> None:
    """F6, a page on, a search and back to the rubric with F7."""
    doc = window.pdf.current_view()
    key(qtbot, Qt.Key.Key_F6)
    assert focused(qtbot) is doc.view
    key(qtbot, Qt.Key.Key_PageDown)
    assert doc.view.pageNavigator().currentPage() == 1
    key(qtbot, Qt.Key.Key_F, CTRL)
    assert focused(qtbot) is doc.find_field
    qtbot.keyClicks(doc.find_field, "2025")
    key(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "/" in doc.find_label.text(), timeout=5_000)
    key(qtbot, Qt.Key.Key_F7)
    assert window.panel.isAncestorOf(focused(qtbot))


def test_the_home_window_continues_the_last_session_with_enter(qtbot, laptop, committee, evb,
                                                                home):
    from test_gui_member_day import opened

    from ui.welcome import WelcomeWindow
    ws = opened(home, evb, committee.m1)
    window = WelcomeWindow(ws, committee.m1)
    qtbot.addWidget(window)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    assert focused(qtbot) is window.recent  # not on Export my card
    with qtbot.waitSignal(window.session_opened) as opening:
        key(qtbot, Qt.Key.Key_Return)
    assert opening.args == [SID]
    window.close()
    ws.close()
