"""Timestamps written into the workspace and its audit log."""

from datetime import datetime


def now_iso() -> str:
    """Local time with its UTC offset, to the millisecond."""
    return datetime.now().astimezone().isoformat(timespec="milliseconds")
