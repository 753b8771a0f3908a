"""A newcomer's walk through the member's window, in Korean: what was left in English, what did
nothing visible, what was empty without a word (pytest-qt, offscreen, a real workspace)."""

import re

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from test_gui_member_day import SID, boxes, member_window, opened  # noqa: F401 (fixture)

from evaluator_app.workspace.records import Highlight
from ui.member.highlight_list import HighlightList


@pytest.fixture
def window(qtbot, korean, committee, evb, home, tmp_path, boxes):  # noqa: F811
    with member_window(qtbot, committee, evb, home, tmp_path) as w:
        yield w


def test_the_preview_says_in_korean_how_much_is_still_missing(window, boxes):  # noqa: F811
    window.preview_sheet()  # nothing scored yet
    assert boxes and "thing(s)" not in boxes[-1]
    assert re.search(r"아직 \d+개 항목이 비어 있습니다", boxes[-1]), boxes[-1]


def test_the_overview_names_the_total_column_in_korean(window, monkeypatch):
    from ui.member.overview_dialog import OverviewDialog
    shown: list[OverviewDialog] = []
    monkeypatch.setattr(OverviewDialog, "exec", lambda self: shown.append(self) or 0)
    window.show_overview()
    table = shown[0].table
    headers = [table.horizontalHeaderItem(c).text() for c in range(table.columnCount())]
    assert headers[-1] == "총점" and "total" not in headers
    shown[0]._activated(0, table.columnCount() - 1)  # the total still jumps to the application
    assert window.current


def test_rubric_item_tooltips_are_not_english_in_the_korean_ui(window):
    rubric = window.controller.rubric("A01")
    english = {item.label_en for item in rubric.items()}
    tips = [label.toolTip() for label in window.panel.findChildren(QLabel)]
    assert tips and not english & set(tips)


def test_an_empty_highlight_list_says_what_it_is_for(qtbot, korean):
    highlights = HighlightList()
    qtbot.addWidget(highlights)
    highlights.resize(320, 120)
    highlights.show()
    assert "Ctrl+H" in highlights.empty_text and "형광펜" in highlights.empty_text

    def colours() -> int:
        image = highlights.viewport().grab().toImage()
        return len({image.pixel(x, y) for x in range(0, image.width(), 2)
                    for y in range(0, image.height(), 2)})

    assert colours() > 1  # the hint is drawn in the empty list
    highlights.set_highlights([Highlight(1, "A01", "plan.pdf", 0, (0, 0), (1, 1), "")],
                              lambda h: "")
    assert highlights.count() == 1 and colours() == 1  # an item with no text: no hint either


def test_the_language_menu_shows_the_choice_and_says_when_it_applies(window):
    actions = window.language_actions.actions()
    assert [a.text() for a in actions] == ["한국어", "English"]
    assert all(a.isCheckable() for a in actions) and actions[0].isChecked()
    actions[1].trigger()
    assert window.settings.value("language") == "en"
    assert actions[1].isChecked() and not actions[0].isChecked()
    assert "다시 시작" in window.statusBar().currentMessage()


# ---- the passphrase asked at start-up ----------------------------------------------------------

def file_identity_workspace(home, member, path):
    from identity_files import identity_file

    from evaluator_app.trust.workspace_identity import remember
    from evaluator_app.workspace import Workspace
    ws = Workspace.open(home)
    remember(ws, identity_file(member, path, "the right passphrase"), member.card)
    return ws


def test_a_wrong_passphrase_is_asked_for_again_not_fatal(korean, committee, home, tmp_path,
                                                         monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    from ui.unlock import StartupPassphrase, unlock
    ws = file_identity_workspace(home, committee.m1, tmp_path / "m1.age")
    answers, labels = iter(["the wrong passphrase", "the right passphrase"]), []
    monkeypatch.setattr(QInputDialog, "getText", lambda _parent, _title, label, _echo:
                        labels.append(label) or (next(answers), True))
    identity = unlock(ws, StartupPassphrase(None, may_ask=True))
    assert identity.card.fingerprint == committee.m1.card.fingerprint
    assert len(labels) == 2 and "한/영" in labels[1] and "다시 입력" in labels[1]
    ws.close()


def test_a_notice_is_on_screen_while_the_passphrase_is_checked(qtbot, committee, home,
                                                               tmp_path, monkeypatch):
    """Between the prompt's OK and the window, the scrypt check takes seconds: a notice says
    the identity file is being opened (and is gone when the prompt comes back, and after)."""
    import pyrage
    from PySide6.QtWidgets import QApplication, QInputDialog

    from evaluator_app.trust import identity as identity_module
    from ui.unlock import UNLOCK_NOTICE, StartupPassphrase, unlock

    # both passphrases checked in full (the file's bytes may have been unlocked by a test before)
    monkeypatch.setattr(identity_module, "_UNLOCKED", {})

    def notices():
        return [w for w in QApplication.topLevelWidgets()
                if w.objectName() == UNLOCK_NOTICE and w.isVisible()]

    ws = file_identity_workspace(home, committee.m1, tmp_path / "m1.age")
    answers, seen_at_prompt, seen_at_check = iter(["wrong", "the right passphrase"]), [], []
    monkeypatch.setattr(QInputDialog, "getText", lambda *_: seen_at_prompt.append(
        len(notices())) or (next(answers), True))
    real = pyrage.passphrase.decrypt
    monkeypatch.setattr(pyrage.passphrase, "decrypt", lambda *a: seen_at_check.append(
        [w.text() for w in notices()]) or real(*a))
    identity = unlock(ws, StartupPassphrase(None, may_ask=True))
    assert identity.card.fingerprint == committee.m1.card.fingerprint
    assert seen_at_prompt == [0, 0]  # never over the prompt
    assert len(seen_at_check) == 2 and all(len(texts) == 1 for texts in seen_at_check)
    assert any(word in seen_at_check[0][0] for word in ("identity file", "신원 파일"))
    assert notices() == []
    ws.close()


CANCEL_CHILD = """
import sys
from PySide6.QtWidgets import QInputDialog, QMessageBox
QInputDialog.getText = staticmethod(lambda *a, **k: ("", False))
QMessageBox.critical = staticmethod(lambda *a, **k: print("CRITICAL", a[2]))
from ui.app import main
sys.exit(main(sys.argv[1:]))
"""


def test_cancel_at_the_passphrase_prompt_closes_without_an_error(committee, home, tmp_path):
    import os
    import subprocess
    import sys
    file_identity_workspace(home, committee.m1, tmp_path / "m1.age").close()
    env = {k: v for k, v in os.environ.items() if k != "EVALUATOR_PASSPHRASE"}
    proc = subprocess.run([sys.executable, "-c", CANCEL_CHILD, "--workspace", str(home)],
                          env={**env, "QT_QPA_PLATFORM": "offscreen"}, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0 and "CRITICAL" not in proc.stdout, (proc.stdout, proc.stderr)


# ---- the chair's signature ---------------------------------------------------------------------

def test_the_chairs_export_progress_only_goes_forward_and_the_dialog_names_the_report(
        qtbot, korean, big, tmp_path):
    from chair_scenario import write_sheets

    from evaluator_app.trust.bundle import load_bundle
    from ui.chair.dialogs import SignDialog
    from ui.chair.window import ChairWindow
    sheets = write_sheets(load_bundle(big.evb, big.chair), big.members, tmp_path / "sheets")
    window = ChairWindow(big.evb, big.chair, None,
                         QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    qtbot.waitUntil(lambda: window.bundle is not None, timeout=20_000)
    with qtbot.waitSignal(window.evaluated, timeout=30_000):
        window.add_paths([sheets])
    seen: list[tuple[str, int]] = []
    window.step.connect(lambda name: seen.append((name, window.progress.value())))
    with qtbot.waitSignal(window.exported, timeout=60_000):
        window.export_to(tmp_path / "provisional")  # (the sign writes the same files)
    names = [name for name, _ in seen]
    assert "report.pdf" in names and "report-public.pdf" in names
    values = [value for _, value in seen]
    assert values == sorted(values) and len(set(values)) == len(values), seen  # never back
    dialog = SignDialog(big.chair.card, "", None, "", window)
    qtbot.addWidget(dialog)
    text = "\n".join(label.text() for label in dialog.findChildren(QLabel))
    assert "report.pdf" in text and "종합평가표" in text
