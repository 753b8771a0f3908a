"""Child for the app crash test: the real main window scores through its widgets forever.

Usage: app_crash_child.py HOME START. Prints "ready"; then for each edit I: "try [I, app, item,
kind, value]" before making it through the widgets, and "saved I" when the window's saved
indicator fires (what the member sees as 저장됨).
"""

import json
import os
import sys

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import keyring
from PySide6.QtCore import QCoreApplication, QSettings, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from evaluator_app.trust.workspace_identity import resolve_identity
from evaluator_app.workspace import Workspace
from ui.member.controller import SessionController
from ui.member.main_window import MainWindow

ITEMS = ("1-1", "1-2", "2-1", "2-2", "2-3", "3-1")
APPS = ("A01", "A02", "A04")
SID = "2025-strong-small-written"


def main() -> None:
    home, start = Path(sys.argv[1]), int(sys.argv[2])
    keyring.set_keyring(__import__("file_keyring").FileKeyring(home / "keyring.json"))
    app = QApplication([])
    ws = Workspace.open(home)
    identity = resolve_identity(ws, None, None)
    window = MainWindow(SessionController(ws, SID, identity),
                        QSettings(str(home / "s.ini"), QSettings.Format.IniFormat),
                        restore_layout=False)
    window.show()
    state = {"i": start}

    def saved(_: str) -> None:
        print(f"saved {state['i']}", flush=True)
        state["i"] += 1
        QTimer.singleShot(0, step)

    def step() -> None:
        i = state["i"]
        app_id, item = APPS[i % 3], ITEMS[(i // 3) % len(ITEMS)]
        if window.panel.app_id != app_id:
            window.select_application(app_id)
        if i % 2:  # a rationale, typed through the input method
            value = f"평가사유 {i}번째 수정: 근거를 충분히 적었습니다"
            print("try " + json.dumps([i, app_id, item, "rationale", value]), flush=True)
            text_edit = window.panel.rationales[item]
            text_edit.set_text("")
            event = QInputMethodEvent("", [])
            event.setCommitString(value)
            QCoreApplication.sendEvent(text_edit, event)
            text_edit.flush()  # what leaving the field does (the timer would do it anyway)
        else:  # a score, always different from the one shown
            spin = window.panel.inputs[item]
            current = int(spin.stored or 0)
            value = str(current % 9 + 1)
            print("try " + json.dumps([i, app_id, item, "score", value]), flush=True)
            spin.enter(value)

    window.controller.saved.connect(saved)
    print("ready", flush=True)
    QTimer.singleShot(0, step)
    app.exec()


if __name__ == "__main__":
    main()
