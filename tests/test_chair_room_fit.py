"""The chair's window and the review screen fit the laptop (issue 20 item 1): the available
screen (task bar excluded) at 1366×768 and 1920×1080 at 100 % and 200 %, with any number of
sheets; the sheets are summarised with the full list a click away; `--consolidate BUNDLE
--sheets DIR` opens the chair's screen with that folder's sheets taken in."""

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from chair_scenario import chair_window_on, write_sheets
from PySide6.QtCore import QRect, QSettings

import ui.screen_fit
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.identity import save_identity_file
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from ui.chair.sources import SourcesDialog
from ui.session.window import ReviewWindow

pytestmark = pytest.mark.usefixtures("korean")  # as the app ships
SCREENS = {"laptop": QRect(0, 0, 1366, 728),  # 1366×768 less a 40-pixel task bar
           "200%": QRect(0, 0, 960, 510),  # 1920×1080 at 200 %, less the task bar
           "1080p": QRect(0, 40, 1920, 1040)}  # a task bar on top


@pytest.fixture(scope="module")
def sheets(big, tmp_path_factory: pytest.TempPathFactory) -> Path:
    return write_sheets(load_bundle(big.evb, big.chair), big.members,
                        tmp_path_factory.mktemp("sheets"))


def sheet_files(sheets: Path, n: int, tmp_path: Path) -> list[Path]:
    """`n` sheet files (copies of the committee's under numbered folders: duplicates)."""
    found = sorted(sheets.rglob("*.json"))
    out = []
    for i in range(n):
        source = found[i % len(found)]
        target = tmp_path / f"copy-{i // len(found)}" / source.name
        target.parent.mkdir(parents=True, exist_ok=True)
        for suffix in ("", ".minisig"):
            shutil.copy(str(source) + suffix, str(target) + suffix)
        out.append(target)
    return out


def inside(window, widget) -> bool:
    """The widget's whole rectangle lies within the window's."""
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return window.rect().contains(QRect(top_left, widget.size()))


@pytest.mark.parametrize("screen", sorted(SCREENS))
@pytest.mark.parametrize("n", [1, 7, 40])
def test_the_chair_window_fits_with_any_number_of_sheets(qtbot, big, sheets, tmp_path,
                                                         monkeypatch, screen, n):
    area = SCREENS[screen]
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: area)
    files = sheet_files(sheets, n, tmp_path)
    window = chair_window_on(qtbot, big, tmp_path, files)
    assert window.paths == files
    assert window.width() <= area.width() and window.height() <= area.height(), window.size()
    assert area.contains(window.frameGeometry()), (window.frameGeometry(), area)
    assert inside(window, window.sign_button) and inside(window, window.list_button)
    assert window.sources_label.text() == f"시트 {n}개"  # a summary, never the names
    window.add_paths([sheets])
    assert window.sources_label.text() == f"시트 {n}개 · 폴더 1곳"
    assert window.width() <= area.width()
    dialog = SourcesDialog(window.paths, window)  # the full list, a click away
    qtbot.addWidget(dialog)
    assert dialog.list.count() == n + 1 and dialog.list.item(0).text() == str(files[0])
    assert dialog.width() <= area.width() and dialog.height() <= area.height()


@pytest.mark.parametrize("screen", sorted(SCREENS))
def test_the_review_screen_fits_the_available_screen(qtbot, big, tmp_path, monkeypatch,
                                                     screen):
    area = SCREENS[screen]
    monkeypatch.setattr(ui.screen_fit, "available_geometry", lambda widget=None: area)
    window = ReviewWindow(big.evb, big.chair, None,
                          QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                          store_root=tmp_path / "handins")
    qtbot.addWidget(window)
    window.show()
    qtbot.waitUntil(lambda: window.store is not None, timeout=20_000)
    assert window.width() <= area.width() and window.height() <= area.height(), window.size()
    assert area.contains(window.frameGeometry())
    assert inside(window, window.final_button) and inside(window, window.print_button)


# ---- the real app, on a real (offscreen) screen at 100 % and 200 % ---------------------------

@pytest.fixture(scope="module")
def chair_home(big, tmp_path_factory: pytest.TempPathFactory) -> Path:
    home = tmp_path_factory.mktemp("chair-home")
    with Workspace.open(home) as ws:
        remember(ws, save_identity_file(big.chair, home / "chair.age", "chair fit pass"),
                 big.chair.card)
    return home


@pytest.mark.parametrize("width, height, ratio", [(1366, 768, 1), (1920, 1080, 2)])
def test_consolidate_with_sheets_opens_the_window_fitted_and_renders_it(
        big, sheets, chair_home, tmp_path, width, height, ratio):
    """`evaluator-app --consolidate BUNDLE --sheets DIR --screenshot`: the shortcut a chair
    double-clicks, rendered on a screen of that size and scale."""
    config = tmp_path / "screen.json"
    # the offscreen platform's screen, in logical pixels at that device pixel ratio
    config.write_text(json.dumps({"screens": [{
        "name": "laptop", "x": 0, "y": 0, "width": width // ratio, "height": height // ratio,
        "logicalDpi": 96, "dpr": ratio}]}), encoding="utf-8")
    png = tmp_path / "chair.png"
    env = {**os.environ, "EVALUATOR_PASSPHRASE": "chair fit pass",
           "QT_QPA_PLATFORM": f"offscreen:configfile={config}"}
    proc = subprocess.run([sys.executable, "-m", "ui.app", "--workspace", str(chair_home),
                           "--consolidate", str(big.evb), "--sheets", str(sheets),
                           "--screenshot", str(png)], env=env, capture_output=True,
                          text=True, timeout=180)
    assert proc.returncode == 0, proc.stderr
    from PySide6.QtGui import QImage
    image = QImage(str(png))
    logical = (width // ratio, height // ratio)
    scale = round(image.width() / (logical[0] * 0.94))  # a grab in logical or device pixels
    assert scale in (1, ratio), image.size()
    assert image.width() <= logical[0] * scale and image.height() <= logical[1] * scale
    assert image.width() >= logical[0] * scale * 0.9  # fitted to the screen, not fixed
    colours = {image.pixel(x, y) for x in range(0, image.width(), 37)
               for y in range(0, image.height(), 37)}
    assert len(colours) > 20  # a rendered window with its verified sheets


def test_sheets_needs_consolidate_and_a_folder(big, chair_home, tmp_path):
    env = {**os.environ, "EVALUATOR_PASSPHRASE": "chair fit pass", "QT_QPA_PLATFORM":
           "offscreen"}
    proc = subprocess.run([sys.executable, "-m", "ui.app", "--sheets", str(tmp_path)],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "--consolidate" in proc.stderr
    proc = subprocess.run([sys.executable, "-m", "ui.app", "--workspace", str(chair_home),
                           "--consolidate", str(big.evb), "--sheets", str(tmp_path / "none"),
                           "--screenshot", str(tmp_path / "x.png")],
                          env=env, capture_output=True, text=True, timeout=60)
    assert proc.returncode == 2 and "폴더가 아닙니다" in proc.stderr
