"""Number primitives shared by rubrics, scoring and the offline form: exact Decimals from what a
person typed, their stored text form, and the bounds a rubric's numbers must stay within.

At the bottom of the core: imports nothing of the app.
"""

import math
import re
import unicodedata
from decimal import Decimal, InvalidOperation
from typing import Any

# A rubric's points (item, group, total, bonus/penalty) and its steps. The finest step any
# Korean rubric uses is 0.1; 0.01 leaves room without admitting 1e-30.
MAX_POINTS = Decimal(1000)
MIN_STEP = Decimal("0.01")
# Counts a rubric sets (minimum rationale length, trimmed-mean threshold).
MAX_COUNT = 100_000
# Longer text is not a number anyone typed (and is not echoed back whole in messages).
MAX_NUMBER_TEXT = 40


def to_decimal(value: Any) -> Decimal | None:
    """A number from TOML/JSON/a cell as an exact Decimal, or None if it is not a number."""
    if isinstance(value, bool):
        return None
    if isinstance(value, int):
        return Decimal(value)
    if isinstance(value, float):
        return Decimal(repr(value)) if math.isfinite(value) else None
    if isinstance(value, str):
        text = value.strip()
        if len(text) > MAX_NUMBER_TEXT:
            return None
        try:
            d = Decimal(text)
        except InvalidOperation:
            return None
        return d if d.is_finite() else None
    if isinstance(value, Decimal):
        return value if value.is_finite() else None
    return None


# What a person types as a score: digits with at most one decimal point. No sign (a score is
# never negative, and "-0" is a typo), no exponent ("1e1" is not how anyone writes 10).
_TYPED = re.compile(r"[0-9]+(?:\.[0-9]+)?|\.[0-9]+")


def typed_text(raw: str) -> str:
    """What was typed, as compared: NFKC folds full-width forms (the Korean IME's `７`, `Ａ`)
    into ASCII; surrounding spaces do not count."""
    return unicodedata.normalize("NFKC", raw).strip()


def typed_decimal(raw: Any) -> Decimal | None:
    """A score or bonus as typed in the app, the form or the CLI, or None if it is not one.

    One rule for all three: text is NFKC-folded and must be a plain non-negative decimal; a
    spreadsheet's numeric cell (int/float) must be finite and not negative zero."""
    if isinstance(raw, str):
        text = typed_text(raw)
        if len(text) > MAX_NUMBER_TEXT or not _TYPED.fullmatch(text):
            return None
        return Decimal(text)
    value = to_decimal(raw)
    return None if value is None or value.is_signed() else value


def is_multiple(value: Decimal, step: Decimal) -> bool:
    try:
        return step > 0 and (value / step) == (value / step).to_integral_value()
    except InvalidOperation:  # a quotient beyond the context's exponent range
        return False


def format_decimal(value: Decimal) -> str:
    """'7.5', '8' — no exponent, no trailing zeros."""
    text = f"{value.normalize():f}"
    return text if text != "-0" else "0"


def clip(value: Any, limit: int = 40) -> str:
    """`repr(value)` cut to `limit` characters, for error messages about what a person typed."""
    text = str(value) if isinstance(value, Decimal) else repr(value)
    return text if len(text) <= limit else f"{text[:limit]}… ({len(text):,} characters)"
