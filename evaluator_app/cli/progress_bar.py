"""A progress bar on standard error for a core function's (done, total) callback."""

import sys
from collections.abc import Callable
from typing import Any

import click


def progress_bar(label: str) -> tuple[Any, Callable[[int, int], None]]:
    """The bar (use it as a context manager) and the callback that moves it; a callback whose
    total changes (a second phase) sets the bar's length anew."""
    bar = click.progressbar(length=1, label=label, file=sys.stderr)
    state = {"total": 0}

    def update(done: int, total: int) -> None:
        if total and state["total"] != total:
            bar.length = state["total"] = total
        bar.pos = done
        bar.render_progress()

    return bar, update
