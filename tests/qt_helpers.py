"""Helpers for driving Qt widgets in tests."""

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QInputMethodEvent


def type_korean(widget, text: str) -> None:
    """Hangul arrives from the input method as committed text (QTest types ASCII only)."""
    widget.setFocus()
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QCoreApplication.sendEvent(widget, event)
