"""The member's day, continued: Korean throughout, honest words for bad files, the smaller
items of issue 13 (conflict reasons, first run, pledge, locked state, screenshot mode)."""

import json
from datetime import datetime

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QWidget
from test_gui_member_day import KST, SID, WHY, boxes, opened, stored, window  # noqa: F401

from evaluator_app.trust.open_session import open_bundle
from evaluator_app.workspace import Workspace
from ui.member.controller import SessionController
from ui.member.main_window import MainWindow

ENGLISH_LEFTOVERS = ("(pass)", "(fail)", "proposed", "pre-declared", "(summary)", "(written)",
                     "session ", "revision", "conflict of interest", "overall opinion")


def visible_texts(widget) -> str:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLabel, QLineEdit
    out = []
    for w in widget.findChildren(QWidget):
        if isinstance(w, (QLabel, QAbstractButton, QLineEdit)):
            out.append(w.text())
        if isinstance(w, QComboBox):
            out += [w.itemText(i) for i in range(w.count())]
    return "\n".join(out)




def test_the_app_speaks_korean_only(qtbot, korean, committee, evb, home, tmp_path):
    from ui.member.conflicts_dialog import ConflictsDialog
    ws = opened(home, evb, committee.m2)  # m2: a conflict the secretariat pre-declared (A03)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m2), settings, restore_layout=False)
    qtbot.addWidget(w)
    w.select_application("A01")
    text = visible_texts(w.panel)
    assert "적합" in text and "제안 배점" in text and "공식 배점표가 아니며" in text
    dialog = ConflictsDialog(w.controller, w)
    qtbot.addWidget(dialog)
    text += visible_texts(dialog)
    assert "사무국" in dialog.reasons["A03"].text()
    for english in ENGLISH_LEFTOVERS:
        assert english not in text, english
    w.close()
    ws.close()


def test_errors_say_what_to_do_in_the_app_in_korean(korean):
    from evaluator_app.errors import KeyringUnavailableError
    from ui.texts import describe_error
    text = describe_error(KeyringUnavailableError(
        "cannot store the identity: this machine has no OS keyring service; add "
        "--identity-file FILE (for example on a USB stick)"))
    headline = text.split("\n")[0]
    assert "--identity-file" not in text and "암호로 보호된" in headline
    assert not any("a" <= ch.lower() <= "z" for ch in headline)  # a Korean sentence


def test_the_signed_pdf_is_korean_with_local_times_and_the_affiliation(
        committee, evb, home, tmp_path):
    import shutil
    import subprocess

    from evaluator_app.form import export_form, import_form
    from evaluator_app.timefmt import paper_time
    from evaluator_app.trust.sheet import export_sheet
    from evaluator_demo.play import fill_form_as_member
    if not shutil.which("pdftotext"):
        pytest.skip("pdftotext is installed by .ci/run")
    ws = opened(home, evb, committee.m1)
    export_form(ws, SID, tmp_path / "form.xlsx")
    fill_form_as_member(tmp_path / "form.xlsx", tmp_path / "filled.xlsx")
    import_form(ws, tmp_path / "filled.xlsx")
    ws.declare_conflict(SID, "A03", "relative", "사촌이 담당 과장")
    files = export_sheet(ws, SID, committee.m1, tmp_path / "out")
    ws.close()
    text = subprocess.run(["pdftotext", str(files.pdf), "-"], check=True, capture_output=True,
                          text=True).stdout
    flat = " ".join(text.split())
    for english in ENGLISH_LEFTOVERS:
        assert english not in flat, english
    sheet = json.loads(files.json.read_bytes())
    created = datetime.fromisoformat(sheet["created"])
    assert paper_time(created) in flat  # '2026. 11. 25. 23:17 (KST)': every paper's clock
    assert sheet["created"] not in flat  # not the raw ISO string
    assert "소속" in flat and (committee.m1.card.affiliation or "—") in flat
    assert "회피" in flat and "사촌이 담당 과장" in flat


# ---- 9. honest words for bad files -------------------------------------------------------------

@pytest.mark.parametrize("kind", ["text", "truncated"])
def test_a_bad_file_is_not_called_altered(qtbot, committee, evb, home, tmp_path, boxes, kind):  # noqa: F811 (fixture)
    from evaluator_app.errors import NotABundleError, TamperedError
    from evaluator_app.trust.container import open_container
    from ui.welcome import WelcomeWindow
    data = evb.read_bytes()
    bad = tmp_path / "session.evb"
    bad.write_bytes(b"hello" if kind == "text" else data[: len(data) * 9 // 10])
    with pytest.raises(NotABundleError) as caught:
        open_container(bad)
    assert not isinstance(caught.value, TamperedError)
    ws = Workspace.open(home)
    welcome = WelcomeWindow(ws, committee.m1)
    qtbot.addWidget(welcome)
    welcome.open_bundle(bad)
    qtbot.waitUntil(lambda: bool(boxes), timeout=10_000)
    assert "altered" not in boxes[0]
    if kind == "text":
        assert "not an evaluation bundle" in boxes[0]
    else:
        assert f"incomplete ({len(data) * 9 // 10:,} of at least" in boxes[0]
        assert "cut off" in boxes[0]
    ws.close()


def test_a_bundle_whose_signature_fails_is_still_called_altered(committee, evb, tmp_path):
    import zipfile

    from evaluator_app.errors import TamperedError
    from evaluator_app.trust.bundle import load_bundle
    forged = tmp_path / "forged.evb"
    with zipfile.ZipFile(evb) as src, zipfile.ZipFile(forged, "w") as out:
        for info in src.infolist():
            body = src.read(info)
            if info.filename == "manifest.minisig":
                body = body.replace(body[-20:-10], b"A" * 10)
            out.writestr(info, body)
    with pytest.raises(TamperedError):
        load_bundle(forged, committee.m1)


# ---- 10. smaller -------------------------------------------------------------------------------

def test_a_conflict_needs_its_reason_and_the_rest_can_be_declared_none_at_once(
        qtbot, committee, evb, home, tmp_path):
    from ui.member.conflicts_dialog import CHOICES, ConflictsDialog
    ws = opened(home, evb, committee.m1, declare=False)
    settings = QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat)
    w = MainWindow(SessionController(ws, SID, committee.m1), settings, restore_layout=False)
    qtbot.addWidget(w)
    dialog = ConflictsDialog(w.controller, w)
    qtbot.addWidget(dialog)
    dialog.combos["A02"].setCurrentIndex(CHOICES.index("advice"))
    dialog.rest_none.click()  # 나머지는 모두 이해충돌 없음
    assert all(c.currentIndex() == 1 for a, c in dialog.combos.items() if a != "A02")
    dialog.save()  # no reason for A02: asked for, nothing saved
    assert dialog.result() != dialog.DialogCode.Accepted
    assert dialog.problem.isVisibleTo(dialog) and "A02" in dialog.problem.text()
    assert ws.coi_declaration(SID, "A01") is None
    dialog.reasons["A02"].setText("2024년 해당 시 스마트도시계획 자문")
    dialog.save()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert ws.coi_declaration(SID, "A02") == "conflict"
    assert ws.coi_declaration(SID, "A01") == "none"
    w.close()
    ws.close()


def test_the_first_run_explains_the_key_and_the_passphrase_rule(qtbot, korean, home):
    from ui.welcome import WelcomeWindow
    ws = Workspace.open(home)
    welcome = WelcomeWindow(ws, None)
    qtbot.addWidget(welcome)
    assert "서명용 열쇠" in visible_texts(welcome)  # what 신원 is, in plain words
    assert "8" in welcome.passphrase.placeholderText() and "8" in welcome.passphrase_rule.text()
    welcome.passphrase.setText("short")
    assert "(5" in welcome.passphrase_rule.text() or "5" in welcome.passphrase_rule.text()
    ws.close()


def test_the_pledge_names_the_member_without_a_particle_guess(qtbot, korean):
    from ui.member.pledge_dialog import PledgeDialog
    dialog = PledgeDialog("공정하게 평가합니다.", "이위원")
    qtbot.addWidget(dialog)
    assert "은(는)" not in dialog.check.text() and "이위원" in dialog.check.text()


def test_the_locked_state_shows_in_the_window(qtbot, window, tmp_path):  # noqa: F811 (fixture)
    from evaluator_app.form import export_form, import_form
    from evaluator_demo.play import fill_form_as_member
    from ui.member.finalize_dialog import FinalizeDialog
    ws = window.controller.ws
    assert not window.locked_banner.isVisibleTo(window)
    export_form(ws, SID, tmp_path / "form.xlsx")
    fill_form_as_member(tmp_path / "form.xlsx", tmp_path / "filled.xlsx")
    import_form(ws, tmp_path / "filled.xlsx")
    dialog = FinalizeDialog(window.controller, "", window)
    qtbot.addWidget(dialog)
    dialog.exported.connect(window._exported)
    with qtbot.waitSignal(dialog.exported, timeout=20_000):
        dialog.export_to(tmp_path / "sheets")
    assert window.locked_banner.isVisibleTo(window) and "locked" in window.locked_banner.text()


def test_screenshot_mode_shows_the_pledge_where_the_readme_says_the_app_opens(
        committee, evb, home, tmp_path):
    import os
    import subprocess
    import sys

    from PySide6.QtGui import QImage

    from evaluator_app.trust.identity import save_identity_file
    from evaluator_app.trust.workspace_identity import remember
    ws = Workspace.open(home)
    open_bundle(ws, evb, committee.m2, now=KST)  # not pledged yet
    remember(ws, save_identity_file(committee.m2, tmp_path / "m2.age", "screenshot pass"),
             committee.m2.card)
    ws.close()
    png = tmp_path / "shot.png"
    env = {**os.environ, "EVALUATOR_PASSPHRASE": "screenshot pass",
           "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "ui.app", "--workspace", str(home),
                           "--screenshot", str(png)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    image = QImage(str(png))
    assert 0 < image.width() < 1366  # the pledge dialog, not the scoring window
