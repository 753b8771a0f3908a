"""Child process for the SIGKILL test: edits a workspace forever, printing each saved edit.

Usage: crash_child.py WORKSPACE SESSION START. Prints "ready", then "saved I" after edit I's
transaction has committed (what the app's "저장됨" indicator means).
"""

import sys
from decimal import Decimal
from pathlib import Path

from evaluator_app.workspace import Change, Workspace

APPS = ("A01", "A02", "A03", "A04")
ITEMS = (("1-1", 10), ("1-2", 10), ("2-1", 10), ("2-2", 10), ("2-3", 10), ("3-1", 8),
         ("3-2", 7), ("3-3", 5), ("4-1", 10), ("4-2", 5), ("5-1", 10), ("5-2", 5))


def edit(i: int) -> tuple[tuple[str, str], Change]:
    """The i-th edit of the deterministic stream and the key it writes."""
    app = APPS[i % len(APPS)]
    if i % 7 == 0:
        return (app, "opinion"), Change(app, "opinion", rationale=f"종합의견 {i}")
    item, max_points = ITEMS[(i // len(APPS)) % len(ITEMS)]
    value = Decimal(i % (2 * max_points + 1)) / 2
    return (app, item), Change(app, "score", item, str(value), f"평가사유 {i}")


def expected(ws: Workspace, session: str, key: tuple[str, str]) -> tuple[str | None, str]:
    app, entry = key
    e = ws.entries(session, app)
    if entry == "opinion":
        return None, e.opinion
    s = e.scores.get(entry)
    return (s.value, s.rationale) if s else (None, "")


def stored_form(i: int) -> tuple[str | None, str]:
    key, ch = edit(i)
    if key[1] == "opinion":
        return None, ch.rationale or ""
    return f"{Decimal(ch.value).normalize():f}", ch.rationale or ""


def main() -> None:
    path, session, start = Path(sys.argv[1]), sys.argv[2], int(sys.argv[3])
    ws = Workspace(path)
    print("ready", flush=True)
    i = start
    while True:
        _, change = edit(i)
        ws.apply(session, [change], strict=False)
        print(f"saved {i}", flush=True)
        i += 1


if __name__ == "__main__":
    main()
