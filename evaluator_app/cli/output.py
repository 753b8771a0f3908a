"""Plain-text tables that line up Hangul (two terminal columns per syllable)."""

import unicodedata
from collections.abc import Sequence


def width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1 for ch in text)


def pad(text: str, n: int) -> str:
    return text + " " * max(0, n - width(text))


def clip(text: str, n: int) -> str:
    if width(text) <= n:
        return text
    out = ""
    for ch in text:
        if width(out + ch) > n - 1:
            break
        out += ch
    return out + "…"


def table(headers: Sequence[str], rows: Sequence[Sequence[str]], max_width: int = 60) -> str:
    cells = [[clip(str(c), max_width) for c in r] for r in rows]
    widths = [width(h) for h in headers]
    for r in cells:
        for i, c in enumerate(r):
            widths[i] = max(widths[i], width(c))
    lines = ["  ".join(pad(h, widths[i]) for i, h in enumerate(headers)).rstrip(),
             "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, widths[i]) for i, c in enumerate(r)).rstrip() for r in cells]
    return "\n".join(lines)
