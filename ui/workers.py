"""The one background-work mechanism: QThreadPool runnables reporting through signals.

Core functions take a plain `progress(done, total)` callback; here it becomes a signal, and core
errors become a message for a dialog. The GUI thread never waits on crypto, IO or PDF work.
"""

import logging
import traceback
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal

from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import workspace_path
from evaluator_app.workspace.connection import explain_failure
from ui.texts import describe_error

log = logging.getLogger("evaluation-desk.ui")


class TaskSignals(QObject):
    finished = Signal(object)
    failed = Signal(str)
    progress = Signal(int, int)


class Task(QRunnable):
    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any],
                 describe: Callable[[EvaluatorError], str] = describe_error) -> None:
        super().__init__()
        self.fn = fn
        self.describe = describe
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except EvaluatorError as e:
            self.signals.failed.emit(self.describe(e))
        except Exception as e:
            log.error("background task failed\n%s", traceback.format_exc())
            typed = explain_failure(workspace_path(), e)  # a damaged workspace, say so
            self.signals.failed.emit(self.describe(typed) if typed else QCoreApplication.translate(
                "Errors", "An unexpected error occurred; the details are in the log file."))
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()  # keep tasks (and their signal objects) alive until they report


def run_in_background(fn: Callable[[Callable[[int, int], None]], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[str], None],
                      on_progress: Callable[[int, int], None] | None = None,
                      describe: Callable[[EvaluatorError], str] = describe_error) -> Task:
    """`fn(progress)` on the pool; its result to `on_done`, or its error, as `describe` words
    it, to `on_error` (on the GUI thread)."""
    task = Task(fn, describe)
    task.setAutoDelete(False)
    _running.add(task)

    def finish(result: Any) -> None:
        _running.discard(task)
        _unless_gone(on_done, result)

    def fail(message: str) -> None:
        _running.discard(task)
        _unless_gone(on_error, message)

    task.signals.finished.connect(finish)
    task.signals.failed.connect(fail)
    if on_progress:
        task.signals.progress.connect(lambda done, total: _unless_gone(on_progress, done, total))
    QThreadPool.globalInstance().start(task)
    return task


def _unless_gone(callback: Callable[..., None], *args: Any) -> None:
    """Report to `callback`, unless the window it reports to was closed meanwhile: a check or
    an export still running when its window closed (at quit, say) has no one left to tell,
    and calling into the deleted widgets put a traceback on the console. Any other error
    goes on as before."""
    try:
        callback(*args)
    except RuntimeError as e:
        if "already deleted" not in str(e):  # Shiboken's words for a deleted C++ object
            raise
        log.info("a background task ended after its window was closed (%s)", e)
