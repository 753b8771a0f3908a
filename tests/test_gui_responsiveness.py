"""The GUI thread stays responsive while a large document is decrypted and shown."""

import gc
import itertools
import os
import statistics
import time
from datetime import datetime
from pathlib import Path

from committee import build_committee
from PIL import Image
from PySide6.QtCore import QCoreApplication, QEvent, QSettings, QThreadPool, QTimer
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.workspace import Workspace
from ui.member.controller import SessionController
from ui.member.main_window import MainWindow

SID = "2025-strong-small-written"
# Judged by the GUI thread's own CPU time between two timer ticks (time.thread_time), not by
# the wall clock: on a busy machine the thread is descheduled for 100–200 ms with nothing of
# ours running (wall-clock gaps failed there), while synchronous work on the GUI thread —
# decrypting, parsing, rendering — costs CPU time on it whatever the load. Three rounds, judged
# by their median; the wall-clock gaps are printed beside for the record.
ROUNDS = 3
# The target. Measured after parsing moved off the GUI thread: worst gaps 17–44 ms (the
# click itself: list, form refill and repaint; then the first paint of the pages).
MAX_GAP_MS = 50
# Leaving the large document while its first page is still being rendered: 60–87 ms measured
# (the click's own work while pdfium renders the page on the second of this machine's two cores).
# Deleting its QPdfView right away waited for that render too (136 ms measured), so retired views
# go a few seconds later (ui/pdf_pane.py); this bound catches synchronous work coming back.
MAX_GAP_LEAVING_MS = 150


def write_large_pdf(path: Path, pages: int = 5) -> None:
    """A realistic large application: scanned-looking pages (incompressible images)."""
    canvas = Canvas(str(path))
    for _ in range(pages):
        image = Image.frombytes("RGB", (1600, 1600), os.urandom(1600 * 1600 * 3))
        canvas.drawImage(ImageReader(image), 0, 0, 595, 842)
        canvas.showPage()
    canvas.save()


def open_and_leave(qtbot, window: MainWindow) -> tuple[float, float, float, float]:
    """Open A02 (the large document), then leave it for A01 while its first page is still being
    rendered; the GUI thread's worst CPU time between 5 ms timer ticks in each part, then the
    worst wall-clock gaps, in ms."""
    ticks: list[tuple[float, float]] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append((time.perf_counter(), time.thread_time())))
    timer.start()
    qtbot.wait(100)
    with qtbot.waitSignal(window.documents_shown, timeout=30_000,
                          check_params_cb=lambda app_id: app_id == "A02"):
        window.select_application("A02")
    qtbot.wait(20)
    left = time.perf_counter()
    with qtbot.waitSignal(window.documents_shown, timeout=30_000,
                          check_params_cb=lambda app_id: app_id == "A01"):
        window.select_application("A01")
    qtbot.wait(300)
    timer.stop()
    gaps = [(b[1] - a[1], b[0] - a[0], b[0]) for a, b in itertools.pairwise(ticks)]
    before = [(cpu, wall) for cpu, wall, end in gaps if end <= left]
    after = [(cpu, wall) for cpu, wall, end in gaps if end > left]  # a gap spanning the second
    return (max(c for c, _ in before) * 1000, max(c for c, _ in after) * 1000,  # click: leaving
            max(w for _, w in before) * 1000, max(w for _, w in after) * 1000)


def test_the_gui_thread_never_stalls_on_a_large_document(qtbot, tmp_path, home):
    committee = build_committee(tmp_path / "c")
    big = committee.spec.parent / "apps/A02/plan.pdf"
    write_large_pdf(big)
    assert big.stat().st_size > 40 * 1024 * 1024
    evb = tmp_path / "s.evb"
    create_bundle(load_spec(committee.spec), committee.secretariat, evb)
    ws = Workspace.open(home)
    open_bundle(ws, evb, committee.m1, now=datetime.fromisoformat("2025-06-05T10:00:00+09:00"))
    window = MainWindow(SessionController(ws, SID, committee.m1),
                        QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat),
                        restore_layout=False)
    qtbot.addWidget(window)
    window.resize(1366, 768)  # the member's laptop (unsized, the panes squeeze the document)
    window.show()
    # Measure this window alone: earlier tests' background work and pending deletions (their
    # PDF render threads share pdfium's global lock) are finished first.
    QThreadPool.globalInstance().waitForDone(10_000)
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    qtbot.wait(200)
    gc.collect()
    gc.freeze()  # as ui.app.main does once the window is up
    if window.current != "A01":  # the member's shuffled order may already start there
        with qtbot.waitSignal(window.documents_shown, timeout=10_000):
            window.select_application("A01")
    openings, leavings, walls = [], [], []
    for _ in range(ROUNDS):
        opening, leaving, *wall = open_and_leave(qtbot, window)
        openings.append(opening)
        leavings.append(leaving)
        walls.append([round(w) for w in wall])
    print(f"worst GUI-thread CPU between ticks per round (ms): opening "
          f"{[round(g) for g in openings]}, leaving mid-render {[round(g) for g in leavings]}; "
          f"wall-clock gaps {walls}")
    assert statistics.median(openings) < MAX_GAP_MS
    assert statistics.median(leavings) < MAX_GAP_LEAVING_MS
    window.select_application("A02")
    qtbot.waitUntil(lambda: window.pdf.current_view() is not None
                    and window.pdf.current_view().name == "plan.pdf"
                    and window.current == "A02", timeout=30_000)
    assert window.pdf.current_view().document.pageCount() == 5
    window.close()
    ws.close()
