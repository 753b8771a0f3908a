"""`evaluator-app --secretariat [SPEC.toml]`: the secretariat's desk. With a spec, every page
is filled from it; without, the draft autosaved last time comes back (or a new round).
`--screenshot DIR` renders each page as DIR/desk-N-name.png and exits."""

import logging
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QApplication

from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import home_dir
from evaluator_app.round_desk import open_round
from ui.secretariat.common import file_error
from ui.secretariat.identity import SecretariatKey
from ui.secretariat.rules_page import default_window
from ui.secretariat.state import DeskState, state_of

log = logging.getLogger("evaluation-desk.ui")


def draft_file() -> Path:
    """The autosaved draft, beside the workspace (one desk per workspace)."""
    return home_dir() / "desk" / "draft.json"


def initial_state(spec: Path | None) -> DeskState:
    """The spec's round; else the autosaved draft; else a new round with a window ahead."""
    if spec is not None:
        draft, _problems = open_round(spec)
        return state_of(draft, spec)
    saved = draft_file()
    if saved.is_file():
        try:
            return DeskState.from_json(saved.read_text(encoding="utf-8"))
        except (ValueError, TypeError, OSError) as e:  # a damaged draft: start again, keep it
            log.error("the desk's draft %s cannot be read (%s); starting a new round", saved, e)
            saved.replace(saved.with_suffix(".damaged.json"))
    state = DeskState()
    state.opens, state.closes = default_window()
    return state


def open_desk(app: QApplication, spec: Path | None, fail: Callable[[str], int],
              screenshot: Path | None = None) -> int:
    from ui.secretariat.window import DeskWindow, render_pages

    try:
        state = initial_state(spec)
    except EvaluatorError as e:  # the 간사's own spec: not the member's "ask for a bundle"
        return fail(file_error(QCoreApplication.translate(
            "DeskErrors", "The spec %1 could not be opened; correct it (`evaluator session "
            "check` lists every problem) or start the desk without it.").replace(
            "%1", str(spec)), e))
    window = DeskWindow(state, SecretariatKey.of_workspace(),
                        None if screenshot else draft_file())
    window.show()
    if screenshot is not None:
        folder = screenshot if screenshot.suffix.lower() != ".png" else screenshot.parent
        written: list[Path] = []

        def capture() -> None:  # once the first check has painted the findings
            if not written:
                written.extend(render_pages(window, folder))
            app.quit()

        window.checked.connect(capture)
        QTimer.singleShot(15_000, capture)  # never hang: capture whatever is there
        code = app.exec()
        print("\n".join(str(p) for p in written))
        return code
    return app.exec()
