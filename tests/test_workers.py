"""The one background-work mechanism (ui/workers.py) and a window closed while it works."""

import threading

from PySide6.QtWidgets import QLabel

from ui.workers import run_in_background


def test_a_task_that_ends_after_its_window_closed_reports_to_no_one(qtbot):
    """A check still running when its window closed (at quit) called into the deleted widgets:
    a traceback on the console (pytest-qt fails the test on it). Now it tells no one."""
    import shiboken6

    release = threading.Event()
    labels = [QLabel("working"), QLabel("working")]
    done = []
    def work(progress):
        release.wait(30)
        progress(1, 1)
        return "done"

    for i, label in enumerate(labels):
        run_in_background(work, label.setText, label.setText,
                          lambda d, t, label=label: label.setText(f"{d}/{t}"))
        run_in_background(lambda progress: release.wait(30) and "done",
                          lambda r, i=i: done.append(i), lambda m: done.append(m))
    shiboken6.delete(labels[0])  # its window closed while the task works
    release.set()
    qtbot.waitUntil(lambda: len(done) == 2, timeout=30_000)
    qtbot.waitUntil(lambda: labels[1].text() == "done", timeout=30_000)


def test_any_other_error_of_a_callback_still_surfaces(qtbot):
    """Only a deleted window's callbacks are silenced: a real bug in a callback is not."""
    seen = []

    def broken(_result):
        seen.append(1)
        raise RuntimeError("a real bug")

    with qtbot.captureExceptions() as caught:
        run_in_background(lambda progress: "done", broken, broken)
        qtbot.waitUntil(lambda: seen == [1], timeout=30_000)
    assert [str(error) for _kind, error, _tb in caught] == ["a real bug"]
