"""The app's start as a member meets it: screenshot mode, what the first frame loads, one app
per workspace, and what it says when it cannot start."""

import os
import subprocess
import sys
from pathlib import Path

import pytest
from test_gui import opened

from evaluator_app.trust.identity import save_identity_file
from evaluator_app.trust.workspace_identity import remember


def test_screenshot_mode_writes_a_png(committee, evb, home, tmp_path):
    ws = opened(home, evb, committee.m1)
    identity_file = tmp_path / "m1.age"
    remember(ws, save_identity_file(committee.m1, identity_file, "screenshot pass"),
             committee.m1.card)
    ws.close()
    png = tmp_path / "shot.png"
    env = {**os.environ, "EVALUATOR_PASSPHRASE": "screenshot pass", "QT_QPA_PLATFORM":
           "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "ui.app", "--workspace", str(home),
                           "--screenshot", str(png)], env=env, capture_output=True, text=True,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(png))
    assert (image.width(), image.height()) == (1366, 768)  # the member's laptop
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 37)}
    assert len(colours) > 20  # a rendered window, not an empty pane


FIRST_TURN = r"""
import sys
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication
real_exec = QApplication.exec
def first_turn(*args):
    def report():
        print("MODULES", " ".join(sorted(sys.modules)))
        QApplication.instance().quit()
    QTimer.singleShot(0, report)  # the event loop's first turn: the main window is up
    return real_exec()
QApplication.exec = first_turn
from ui.app import main
main(sys.argv[1:])
"""
NOT_AT_START = (  # what only a menu, a dialog or a document needs
    "reportlab", "openpyxl", "pypdf", "sqlite_utils", "keyring", "PySide6.QtPdf",
    "PySide6.QtPdfWidgets", "PySide6.QtPrintSupport", "PySide6.QtCharts",
    "evaluator_app.consolidation", "evaluator_app.reports", "evaluator_app.trust.bundle",
    "evaluator_app.trust.sheet", "evaluator_app.session_spec", "ui.welcome", "ui.chair",
    "ui.session", "ui.member.presentation", "ui.member.finalize_dialog",
    "ui.member.conflicts_dialog", "ui.member.pledge_dialog", "ui.member.document_view",
    "ui.member.printing",
    "orjson", "rfc8785", "tomllib", "evaluator_app.rubric.catalogue", "evaluator_app.programs")


def test_the_main_window_opens_without_what_a_menu_or_a_document_needs(
        committee, evb, home, tmp_path):
    ws = opened(home, evb, committee.m1)
    identity_file = tmp_path / "m1.age"
    remember(ws, save_identity_file(committee.m1, identity_file, "first turn pass"),
             committee.m1.card)
    ws.close()
    env = {**os.environ, "EVALUATOR_PASSPHRASE": "first turn pass", "QT_QPA_PLATFORM":
           "offscreen"}
    proc = subprocess.run([sys.executable, "-c", FIRST_TURN, "--workspace", str(home),
                           "--screenshot", str(tmp_path / "x.png")], env=env,
                          capture_output=True, text=True, timeout=120)
    line = next((x for x in proc.stdout.splitlines() if x.startswith("MODULES ")), "")
    assert line, proc.stderr
    loaded = set(line.split()[1:])
    assert "ui.member.main_window" in loaded
    assert not {m for m in loaded
                if any(m == name or m.startswith(name + ".") for name in NOT_AT_START)}


def test_screenshot_mode_explains_an_empty_workspace(tmp_path):
    proc = subprocess.run([sys.executable, "-m", "ui.app", "--workspace", str(tmp_path / "w"),
                           "--screenshot", str(tmp_path / "x.png")],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
                          capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "평가 세션이 없습니다" in proc.stderr  # Korean by default
    assert "Traceback" not in proc.stderr


def test_no_display_is_explained(tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = subprocess.run([sys.executable, "-m", "ui.app", "--workspace", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "no display" in proc.stderr


def test_a_second_app_on_the_same_workspace_explains(tmp_path):
    from PySide6.QtCore import QLockFile
    (tmp_path / "w").mkdir()
    held = QLockFile(str(tmp_path / "w" / "app.lock"))
    assert held.tryLock(100)
    proc = subprocess.run([sys.executable, "-m", "ui.app", "--workspace", str(tmp_path / "w"),
                           "--screenshot", str(tmp_path / "x.png")],
                          env={**os.environ, "QT_QPA_PLATFORM": "offscreen",
                               "EVALUATOR_LANG": "en"},
                          capture_output=True, text=True, timeout=60)
    held.unlock()
    assert proc.returncode == 2 and "already open on this workspace" in proc.stderr


def test_a_second_start_brings_the_open_window_forward(qtbot, tmp_path):
    from ui.single_instance import SingleInstance
    first, second = SingleInstance(tmp_path / "w"), SingleInstance(tmp_path / "w")
    assert first.acquire()
    assert not second.acquire()  # the workspace is taken: never two apps editing it
    with qtbot.waitSignal(first.activate, timeout=5000):
        assert second.knock()
    first.release()
    assert not second.knock()  # nobody answers any more
    assert second.acquire()
    second.release()


RO_CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QCoreApplication
from ui.single_instance import SingleInstance
app = QCoreApplication([])
print("acquired" if SingleInstance(Path(sys.argv[1])).acquire() else "refused")
"""


def test_a_read_only_folder_is_not_another_window(tmp_path):
    """QLockFile cannot create its lock in a read-only folder: that is not a second app."""
    import shutil
    import subprocess
    import sys

    from ui.single_instance import SingleInstance

    folder = tmp_path / "ro"
    folder.mkdir()
    first = SingleInstance(folder)
    assert first.acquire()
    assert not SingleInstance(folder).acquire()  # a real second app on the workspace
    first.release()
    if not shutil.which("unshare"):
        pytest.skip("needs unshare -rm to make a read-only folder")
    root = str(Path(__file__).parent.parent)
    result = subprocess.run(
        ["unshare", "-rm", "sh", "-c", f"mount --bind {folder} {folder} && mount -o "
         f"remount,bind,ro {folder} && {sys.executable} -c '{RO_CHILD}' {folder}"],
        capture_output=True, text=True, env={**os.environ, "PYTHONPATH": root}, timeout=60)
    if "mount" in result.stderr and result.returncode:
        pytest.skip(f"cannot make a read-only folder here: {result.stderr.strip()}")
    assert result.stdout.strip() == "acquired", result.stderr
