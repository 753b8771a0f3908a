"""Number primitives shared by rubrics, scoring and the offline form: exact Decimals from what a
person typed, their stored text form, and the bounds a rubric's numbers must stay within.

At the bottom of the core: imports nothing of the app.
"""

import math
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
