"""Texts that are printed as one line (a name on a card and in every report, a session's
title in a heading, an applicant in a table row): a line break or a control character typed
or pasted into one breaks the 평가표 and 종합평가표 layouts, a CSV row read by Excel, and the
trusted comment a signature carries."""

import unicodedata

# control characters, and the line and paragraph separators (a non-breaking space pasted
# from 한글 is fine: it prints as a space)
_BREAKING = frozenset(("Cc", "Zl", "Zp"))


def breaks_line(text: str) -> bool:
    """Whether `text` holds a line break or another control character."""
    return any(unicodedata.category(c) in _BREAKING for c in text)


def as_one_line(text: str) -> str:
    """`text` stripped, its lines (Alt+Enter in an Excel cell) joined by a space."""
    return " ".join(line.strip() for line in text.splitlines() if line.strip())
