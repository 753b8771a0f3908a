"""RFC 8785 canonical JSON and the content hashes built on it."""

import hashlib
import json
import math
import re
from decimal import Decimal
from typing import Any

import rfc8785

from evaluator_app.errors import ValueRangeError
from evaluator_app.nesting import json_outside_strings
from evaluator_app.numbers import clip

# RFC 8785 numbers are IEEE doubles: whole numbers are exact only up to 2^53 - 1.
MAX_EXACT_INT = 2**53 - 1


def _plain(value: Any) -> Any:
    """Turn Decimals into JSON numbers (ints when integral) so hashing is stable."""
    if isinstance(value, Decimal):
        if value.is_finite() and value.adjusted() > 18:  # never build a huge int: JCS refuses it
            return float(value)
        return int(value) if value == value.to_integral_value() else float(value)
    if isinstance(value, dict):
        return {str(k): _plain(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [_plain(v) for v in value]
    return value


def canonical_json(value: Any) -> bytes:
    """The RFC 8785 (JCS) serialisation of `value`; ValueRangeError names a number it cannot
    record exactly (the callers' own bounds should have refused it first)."""
    plain = _plain(value)
    try:
        return rfc8785.dumps(plain)
    except rfc8785.CanonicalizationError:
        where, bad = _first_out_of_range(plain, "")
        if not where:
            raise ValueRangeError("a value cannot be written as canonical JSON") from None
        raise ValueRangeError(f"the value {clip(bad)} at {where.lstrip('.')} cannot be recorded "
                              f"exactly (whole numbers up to {MAX_EXACT_INT:,}, finite "
                              "decimals)") from None


def _first_out_of_range(value: Any, where: str) -> tuple[str, Any]:
    if isinstance(value, bool):
        return "", None
    if isinstance(value, int) and abs(value) > MAX_EXACT_INT:
        return where, value
    if isinstance(value, float) and not math.isfinite(value):
        return where, value
    items = value.items() if isinstance(value, dict) else enumerate(value) if isinstance(
        value, list) else ()
    for k, v in items:
        found = _first_out_of_range(v, f"{where}.{k}" if isinstance(k, str) else f"{where}[{k}]")
        if found[0]:
            return found
    return "", None


def is_canonical(value: Any, data: bytes, outside: bytes | None = None) -> bool:
    """Whether `data` is the canonical serialisation of `value` (parsed from it).

    Fast path first: Python's sorted compact JSON is byte-identical to RFC 8785 when every
    number is whole and shorter than 16 digits and every object's keys sort alike by code point
    and by UTF-16 unit, and ~20× faster than the pure-Python serialiser — it matters when a
    chair verifies thirty 500 KB sheets. Any other number (a fraction, an exponent, a whole
    number RFC 8785 may not record exactly) takes the exact check; so do keys outside the BMP
    when their two orders differ. `outside` is `data` outside its strings, where the numbers
    are (`nesting.loads_json_outside` gives it; computed here when not given).
    """
    if outside is None:
        outside = json_outside_strings(data)
    if _NOT_SHORT_WHOLE.search(outside):
        return _exactly_canonical(value, data)
    try:
        fast = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                          allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, UnicodeEncodeError):
        fast = b""
    if fast != data:
        return _exactly_canonical(value, data)
    # 4-byte UTF-8 sequences (lead bytes 0xF0–0xF4) are the characters outside the BMP
    return not data.translate(None, _BELOW_F0) or _keys_sort_alike(value)


# a digit followed by a fraction or an exponent, or sixteen digits in a row
_NOT_SHORT_WHOLE = re.compile(rb"[0-9](?:[.eE]|[0-9]{15})")
_BELOW_F0 = bytes(range(0xF0))


def _utf16(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")


def _keys_sort_alike(value: Any) -> bool:
    """Whether every object's keys, in code point order, are also in UTF-16 order (RFC 8785
    sorts by UTF-16 units; they differ only for keys outside the BMP)."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            keys = list(v)
            if len(keys) > 1 and keys != sorted(keys, key=_utf16):
                return False
            stack.extend(v.values())
        elif isinstance(v, list):
            stack.extend(v)
    return True


def _exactly_canonical(value: Any, data: bytes) -> bool:
    try:
        return canonical_json(value) == data
    except ValueError:  # a lone surrogate; a number out of range (ValueRangeError)
        return False


def sha256_hex(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def content_hash(value: Any) -> str:
    """`sha256:<hex>` of the canonical JSON of `value`."""
    return "sha256:" + sha256_hex(canonical_json(value))
