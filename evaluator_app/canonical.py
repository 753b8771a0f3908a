"""RFC 8785 canonical JSON and the content hashes built on it."""

import hashlib
import json
import math
import re
from collections.abc import Sequence
from decimal import Decimal
from typing import Any

from evaluator_app.errors import ValueRangeError
from evaluator_app.nesting import (
    brackets_too_deep,
    json_outside_strings,
    kept_outside_strings,
    parse_json,
    without_escapes,
)
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
    record exactly (the callers' own bounds should have refused it first).

    Python's sorted compact JSON, when it is the JCS form (`_python_is_jcs`), and the
    pure-Python serialiser otherwise: ~20× faster for a score sheet or a result."""
    plain = _plain(value)
    try:
        fast = json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                          allow_nan=False).encode("utf-8")
    except (ValueError, TypeError, UnicodeEncodeError):
        fast = b""
    if fast and _python_is_jcs(fast, None, plain, sorted_keys=False):
        return fast
    import rfc8785  # the pure-Python serialiser, for what Python's JSON does not write as JCS

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


def is_canonical(value: Any, data: bytes, outside: bytes | None = None,
                 text: str | None = None, numbers: Sequence[str] | None = None) -> bool:
    """Whether `data` is the canonical serialisation of `value` (parsed from it).

    Fast paths first, where Python's sorted compact JSON is also RFC 8785's (`_python_is_jcs`);
    the exact check decides everywhere else. With `numbers` (every number and constant of
    `data` as written: `nesting.parse_json` collects them), `_as_python_writes` reads `data`
    against `value` without writing it again; otherwise Python's sorted compact JSON of `value`
    is written and compared, ~20× faster than the pure-Python serialiser — it matters when a
    chair verifies sixty 500 KB sheets. `outside` (`data` outside its strings) and `text`
    (`data` decoded) come from the caller when it has them.
    """
    if numbers is not None and _as_python_writes(value, data, numbers):
        written = " ".join(numbers).encode("ascii")
        return _python_is_jcs(data, written, value, sorted_keys=True) or _exactly_canonical(
            value, data)
    try:  # `value` was parsed from JSON: it cannot be circular
        fast = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"),
                          allow_nan=False, check_circular=False)
        # strict UTF-8 decoding is one to one, so comparing texts compares the bytes
        same = fast == text if text is not None else fast.encode("utf-8") == data
    except (ValueError, TypeError, UnicodeEncodeError):
        same = False
    if same and _python_is_jcs(data, outside, value, sorted_keys=True):
        return True
    return _exactly_canonical(value, data)


def loads_canonical(data: bytes) -> tuple[Any, bool]:
    """The value of a JSON text and whether the text is its canonical (RFC 8785) form;
    ValueError (as `nesting.parse_json`) if it is no JSON or nested too deeply.

    Fast path, for the usual text: orjson parses it and writes the value again with sorted
    keys and whole numbers within ±(2^53 - 1). The very same bytes back mean: keys sorted by
    code point without a repeat, no whitespace outside strings, exactly the escapes RFC 8785
    writes (orjson writes control characters as it does and everything else raw), whole
    numbers written alike. What is left to look at, outside the strings (cut out once):
    the nesting, any fraction or exponent (orjson writes 1e+16 and 100.0 where RFC 8785
    writes 10000000000000000 and 100), and keys outside the BMP (UTF-16 order). Anything
    else goes to `parse_json` and `is_canonical`, which decide as before: not the same bytes,
    a fraction, text orjson refuses (NaN, lone surrogates, numbers past 64 bits). A 500 KB
    score sheet: ~half the time of the parse and read check alone.
    """
    import orjson  # (with uuid and platform, ~10 ms: loaded by the first sheet read, not at start)

    try:
        value = orjson.loads(data)
        same = orjson.dumps(value, option=orjson.OPT_SORT_KEYS
                            | orjson.OPT_STRICT_INTEGER) == data
    except (orjson.JSONDecodeError, orjson.JSONEncodeError, TypeError, ValueError):
        same = False
    if same:
        outside = kept_outside_strings(data, _NOT_QUOTE_BRACKET_DOT)  # and dots
        if (not brackets_too_deep(outside) and b"." not in outside
                and not _exponent_outside_strings(data)
                and (not data.translate(None, _BELOW_F0) or _keys_sort_alike(value, True))):
            return value, True
    value, text, numbers = parse_json(data)  # ValueError when malformed or too deep
    return value, is_canonical(value, data, text=text, numbers=numbers)


def _exponent_outside_strings(data: bytes) -> bool:
    """Whether a number of `data`, orjson's own text, has an exponent (orjson writes 1e+16 and
    1e-7). Searched in the whole text first (one regular expression, faster than two `in`s of
    a letter this common): "e+" or "e-" inside a string (base64 in about one sheet in twelve)
    no longer sends a sheet to the slow path, which takes ~5× as long."""
    if not _EXPONENT.search(data):
        return False
    return bool(_EXPONENT.search(json_outside_strings(data)))


def _as_python_writes(value: Any, data: bytes, numbers: Sequence[str]) -> bool:
    """Whether `data`, a JSON text that parsed to `value` with `numbers` as its numbers and
    constants, is `json.dumps(value, ensure_ascii=False, sort_keys=True,
    separators=(",", ":"))` — read, not written again (a 500 KB sheet: ~3 ms instead of ~6).

    The two texts have the same tokens in the same order, and so are equal, when: every
    escape is one Python writes (the short ones for quote, backslash, b, f, n, r and t, and a
    lowercase u00XX for any other control character; nothing else escaped), every number is
    written as Python writes its value, no whitespace lies outside strings, and every object's
    keys come in code point order without a repeat (its dict then keeps the text's order).
    False when unsure: the caller writes the text and compares."""
    try:
        if any(n != (repr(int(n)) if n.isdigit() or (n[0] == "-" and n[1:].isdigit()) else
                     float.__repr__(float(n))) for n in numbers):
            return False  # written otherwise ("1.50", "-0", "1E5"), or NaN / Infinity
    except ValueError:  # too many digits for an int
        return False
    raw = data
    if b"\\" in raw:
        if b"\\" in _PYTHON_ESCAPE.sub(b"", raw):
            return False  # an escape Python does not write ("\\/", "\\u0041", "\\u000A")
        raw = without_escapes(raw)  # as `json_outside_strings`
    # Keep quotes and whitespace and drop every pair of adjacent quotes: each space keeps its
    # count of quotes before it, so a space after an even count lies outside strings. In a
    # compact text every string's quotes go but the first and the last.
    spaces = raw.translate(None, _NOT_QUOTE_OR_SPACE).replace(b'""', b"")
    if any(spaces.split(b'"')[::2]):
        return False
    # each string of the text once: in `value`, unless a repeated key dropped one
    strings = _strings_if_keys_in_order(value)
    return strings is not None and 2 * strings == raw.count(b'"')


def _strings_if_keys_in_order(value: Any) -> int | None:
    """How many strings `value` holds, keys included, if every dict's keys are in code point
    order (as `sort_keys` writes them); None if one is not. Key orders found sorted are
    remembered: a sheet's 3,000 item objects share one."""
    if value.__class__ is not dict and value.__class__ is not list:
        return 1 if value.__class__ is str else 0
    in_order: set[tuple[str, ...]] = set()
    stack = [value]
    pop, push = stack.pop, stack.append
    strings = 0
    while stack:
        v = pop()
        if v.__class__ is dict:
            keys = tuple(v)
            if keys not in in_order:
                if list(keys) != sorted(keys):
                    return None
                in_order.add(keys)
            strings += len(keys)
            v = v.values()
        for x in v:
            kind = x.__class__
            if kind is str:
                strings += 1
            elif kind is dict or kind is list:
                push(x)
    return strings


def _unlike_jcs(compact: bytes, outside: bytes | None) -> bool:
    """Whether a number of `compact`, Python's compact JSON, is written where Python and
    RFC 8785 may differ (`_UNLIKE_JCS`). `outside`: its bytes outside strings, or only its
    numbers, space-separated (`nesting.parse_json` collects them as it parses); when None, the
    whole text is searched first: found nowhere, it is not outside strings either, and the text
    need not be cut at every quote."""
    if outside is None:
        if not _UNLIKE_JCS.search(compact):
            return False
        outside = json_outside_strings(compact)
    return bool(_UNLIKE_JCS.search(outside))


def _python_is_jcs(text: bytes, outside: bytes | None, value: Any, sorted_keys: bool) -> bool:
    """Whether `text`, Python's sorted compact JSON of `value` (`outside`: its text outside
    strings, None when not worked out), is also its RFC 8785 form. The two write strings
    alike; they part on numbers — exponents (Python 1e+16, RFC 8785 10000000000000000),
    integral floats (100.0 and 100) and whole numbers past 2^53, which RFC 8785 refuses — and
    on the order of keys outside the BMP (code points, UTF-16 units). `sorted_keys`: every
    dict of `value` iterates in code point order already (it was parsed from `text`)."""
    if _unlike_jcs(text, outside):
        return False
    # 4-byte UTF-8 sequences (lead bytes 0xF0–0xF4) are the characters outside the BMP
    return not text.translate(None, _BELOW_F0) or _keys_sort_alike(value, sorted_keys)


# an exponent, an integral float (x.0), or sixteen digits in a row
_UNLIKE_JCS = re.compile(rb"[0-9](?:[eE]|[0-9]{15})|\.0(?![0-9])")
_BELOW_F0 = bytes(range(0xF0))
_EXPONENT = re.compile(rb"e[+-][0-9]")  # orjson writes every exponent signed
# the escapes Python's json writes (ensure_ascii=False); every other character is written raw
_PYTHON_ESCAPE = re.compile(rb'\\(?:["\\bfnrt]|u00(?:0[0-7bef]|1[0-9a-f]))')
_NOT_QUOTE_OR_SPACE = bytes(b for b in range(256) if b not in b'" \t\n\r')
_NOT_QUOTE_BRACKET_DOT = bytes(b for b in range(256) if b not in b'"[]{}.')


def _utf16(key: str) -> bytes:
    return key.encode("utf-16-be", "surrogatepass")


def _keys_sort_alike(value: Any, sorted_keys: bool) -> bool:
    """Whether every object's keys sort alike by code point and by UTF-16 unit."""
    stack = [value]
    while stack:
        v = stack.pop()
        if isinstance(v, dict):
            keys = list(v) if sorted_keys else sorted(v)
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
