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
    def __init__(self, fn: Callable[[Callable[[int, int], None]], Any]) -> None:
        super().__init__()
        self.fn = fn
        self.signals = TaskSignals()

    def run(self) -> None:
        try:
            result = self.fn(self.signals.progress.emit)
        except EvaluatorError as e:
            self.signals.failed.emit(describe_error(e))
        except Exception as e:
            log.error("background task failed\n%s", traceback.format_exc())
            typed = explain_failure(workspace_path(), e)  # a damaged workspace, say so
            self.signals.failed.emit(describe_error(typed) if typed else QCoreApplication.translate(
                "Errors", "An unexpected error occurred; the details are in the log file."))
        else:
            self.signals.finished.emit(result)


_running: set[Task] = set()  # keep tasks (and their signal objects) alive until they report


def run_in_background(fn: Callable[[Callable[[int, int], None]], Any],
                      on_done: Callable[[Any], None], on_error: Callable[[str], None],
                      on_progress: Callable[[int, int], None] | None = None) -> Task:
    task = Task(fn)
    task.setAutoDelete(False)
    _running.add(task)

    def finish(result: Any) -> None:
        _running.discard(task)
        on_done(result)

    def fail(message: str) -> None:
        _running.discard(task)
        on_error(message)

    task.signals.finished.connect(finish)
    task.signals.failed.connect(fail)
    if on_progress:
        task.signals.progress.connect(on_progress)
    QThreadPool.globalInstance().start(task)
    return task
