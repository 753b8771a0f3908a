"""A member's whole day at 1366×768, scripted (pytest-qt): first run, open the bundle, pledge,
conflicts, keyboard-only scoring of one application, a failed gate, finalize with the summary,
sign. One screenshot per step; with SAVE_SCREENSHOTS=1 they go to docs/screenshots/day-*.png
(small palette PNGs) so the next reviewer sees the day at a glance:

    SAVE_SCREENSHOTS=1 .venv/bin/python -m pytest -q tests/test_gui_member_day_walk.py
"""

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QRect, QSettings, Qt
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication, QComboBox, QMessageBox
from qt_helpers import type_korean

import ui.screen_fit
from evaluator_app.paths import resources_dir
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.workspace import Change, Workspace
from ui.flow import AppFlow
from ui.i18n import install_translators
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
DOCS = Path(__file__).resolve().parent.parent / "docs" / "screenshots"


@pytest.fixture
def day(qapp, tmp_path, monkeypatch):
    """Korean, NanumGothic, a 1366×768 screen; where the pictures go."""
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: LAPTOP)
    monkeypatch.setattr(QMessageBox, "question",
                        lambda *a, **k: QMessageBox.StandardButton.Yes)
    for name in ("NanumGothic.ttf", "NanumGothicBold.ttf"):
        QFontDatabase.addApplicationFont(str(resources_dir() / "fonts" / name))
    font = qapp.font()
    qapp.setFont(QFont("NanumGothic", 10))
    translators = install_translators(qapp, "ko")
    out = DOCS if os.environ.get("SAVE_SCREENSHOTS") else tmp_path / "shots"
    out.mkdir(parents=True, exist_ok=True)
    yield out
    for t in translators:
        qapp.removeTranslator(t)
    qapp.setFont(font)


def shoot(qtbot, widget, path: Path, wait_ms: int = 150) -> None:
    """Save `widget` as a small palette PNG (a few tens of KB)."""
    qtbot.wait(wait_ms)
    image = widget.grab().toImage()
    image.save(str(path))
    try:
        from PIL import Image
    except ImportError:  # pillow comes with reportlab; without it the PNG stays as Qt wrote it
        return
    with Image.open(path) as im:
        im.convert("RGB").quantize(colors=96).save(path, optimize=True)


def focused(qtbot):
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=5_000)
    return QApplication.focusWidget()


def test_a_members_day(qtbot, day, committee, evb, home, tmp_path, monkeypatch):
    shots: list[Path] = []

    def snap(widget, name: str, wait_ms: int = 150) -> None:
        path = day / f"day-{len(shots) + 1:02d}-{name}.png"
        shoot(qtbot, widget, path, wait_ms)
        shots.append(path)

    ws = Workspace.open(home)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat)
    monkeypatch.setattr(MainWindow, "__init__", _with_settings(MainWindow.__init__, settings))

    # 1. first run: the identity (서명용 열쇠), explained; the passphrase rule shown up front
    flow = AppFlow(ws, None, fail=pytest.fail)
    assert flow.start()
    welcome = flow.welcome
    qtbot.addWidget(welcome)
    welcome.name.setText(committee.m1.card.name)
    welcome.affiliation.setText(committee.m1.card.affiliation or "○○대학교 도시공학과")
    welcome.use_file.setChecked(True)
    welcome.passphrase.setText("short")
    snap(welcome, "first-run")
    # (the bundle is addressed to this member's existing key: it is imported, as a member
    # with a key from an earlier round does)
    from evaluator_app.trust.workspace_identity import remember
    remember(ws, store_in_keyring(committee.m1), committee.m1.card)
    welcome._identity_done(committee.m1, store_in_keyring(committee.m1))
    snap(welcome, "home")

    # 2. open the bundle → 3. the pledge → 4. the conflicts
    def pledge(dialog):
        qtbot.addWidget(dialog)
        dialog.check.setChecked(True)
        snap(dialog, "pledge")
        return PledgeDialog.DialogCode.Accepted

    def conflicts(dialog):
        qtbot.addWidget(dialog)
        dialog.show()
        rows = dialog.controller.rows()
        recused = rows[-1].id  # the member knows the last applicant in the list
        dialog.combos[recused].setCurrentIndex(CHOICES.index("advice"))
        dialog.declare_rest_none()
        dialog.save()  # no reason yet: asked for in place
        snap(dialog, "conflicts-reason-asked")
        dialog.reasons[recused].setText("2024년 해당 지자체 스마트도시계획 수립 자문")
        dialog.save()
        return dialog.result()

    monkeypatch.setattr(PledgeDialog, "exec", pledge)
    monkeypatch.setattr(ConflictsDialog, "exec", conflicts)
    welcome.open_bundle(evb, confirm_first_use=False)
    qtbot.waitUntil(lambda: any(isinstance(w, MainWindow) for w in flow.windows),
                    timeout=20_000)
    window = flow.windows[-1]
    qtbot.addWidget(window)
    assert window.width() <= LAPTOP.width() and window.height() <= LAPTOP.height()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=5_000)
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    first = window.current
    assert window.controller.entries(first).conflict is None  # opens on one to score
    assert "회피 1" in window.progress.text()
    snap(window, "opened", 400)

    # 5. keyboard-only scoring of the first application
    qtbot.keyClick(window.table, Qt.Key.Key_F7)
    invalid_shown = False
    for _ in range(80):
        widget = focused(qtbot)
        if isinstance(widget, QComboBox):
            qtbot.keyClick(widget, Qt.Key.Key_Down)  # — → 적합
        elif isinstance(widget, ScoreEdit):
            if not invalid_shown:  # a slip first: shown in place, never stored
                qtbot.keyClicks(widget, "7.3")
                window.panel.ensureWidgetVisible(widget)
                snap(window, "score-invalid-in-place")
                widget.selectAll()
                invalid_shown = True
            qtbot.keyClicks(widget, "5" if widget.maximum >= 5 else "0")
        elif isinstance(widget, RationaleEdit):
            is_opinion = widget is window.panel.rationales["opinion"]
            type_korean(widget, OPINION if is_opinion else WHY)
            if is_opinion:
                break
        qtbot.keyClick(widget, Qt.Key.Key_Tab)
    window.panel.flush()
    assert window.controller.row(first).status == "complete"
    snap(window, "scored-by-keyboard")

    # 6. a failed gate on the next application: it says what it means and asks for a reason
    window.step(1)
    second = window.current
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None, timeout=10_000)
    window.panel.inputs["G1"].setCurrentIndex(2)
    window.panel.verticalScrollBar().setValue(0)
    snap(window, "gate-failed", 300)
    type_korean(window.panel.rationales["G1"], "지방비 매칭 확약서가 제출되지 않음")
    window.panel.rationales["G1"].flush()

    # the rest of the day's scoring, as the core takes it (the keyboard was shown above)
    c = window.controller
    for row in c.rows():
        if row.id in (first,) or c.entries(row.id).conflict is not None:
            continue
        rubric = c.rubric(row.id)
        changes = [Change(row.id, "gate", g.id, "pass") for g in rubric.gates
                   if (row.id, g.id) != (second, "G1")]
        changes += [Change(row.id, "score", i.id, "5" if i.max_points >= 5 else "0", WHY)
                    for i in rubric.items()]
        changes.append(Change(row.id, "opinion", rationale=OPINION))
        assert c.save_batch(changes)
    window._reload_current()  # (the open application's form shows what the core took)

    # 7. finalize: what is signed, per application; 8. signed: what comes next
    dialog = FinalizeDialog(c, "", window)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.sign.isEnabled(), c.checklist()
    snap(dialog, "finalize-summary")
    dialog.exported.connect(window._exported)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(tmp_path / "sheets")
    snap(dialog, "signed-next-steps")
    dialog.close()
    assert window.locked_banner.isVisibleTo(window)
    snap(window, "locked")
    assert all(p.stat().st_size < 200_000 for p in shots), [p.stat().st_size for p in shots]
    window.close()
    ws.close()


def _with_settings(init, settings):
    """MainWindow as the flow makes it, with this test's settings file (not the user's)."""
    def wrapped(self, controller, _settings=None, restore_layout=True, open_first=True):
        init(self, controller, settings, restore_layout, open_first)
    return wrapped
