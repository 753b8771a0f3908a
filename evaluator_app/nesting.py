"""Refuse deeply nested TOML/JSON before a recursive parser meets Python's recursion limit
(a RecursionError deep in the stack is fragile: handlers themselves may fail there)."""

import json
from typing import Any, NamedTuple

MAX_DEPTH = 100  # far beyond any rubric, spec, card, manifest or sheet


def too_deep(text: str, limit: int = MAX_DEPTH) -> bool:
    """True if brackets/braces outside quoted strings nest deeper than `limit`."""
    depth, quote, i, n = 0, "", 0, len(text)
    while i < n:
        ch = text[i]
        if quote:
            if ch == "\\" and quote == '"':
                i += 2
                continue
            if ch == quote:
                quote = ""
        elif ch in "\"'":
            quote = ch
        elif ch == "#":  # a TOML comment runs to the end of the line
            end = text.find("\n", i)
            i = n if end < 0 else end
            continue
        elif ch in "[{":
            depth += 1
            if depth > limit:
                return True
        elif ch in "]}":
            depth = max(0, depth - 1)
        i += 1
    return False


_OPEN_CLOSE = bytes.maketrans(b"[{]}", b"(())")
_NOT_BRACKET = bytes(b for b in range(256) if b not in b"[]{}")


def json_outside_strings(data: str | bytes) -> bytes:
    """The UTF-8 bytes of a JSON text outside its strings (brackets, separators, numbers and
    literals): what the nesting and number checks look at, cut out at C speed.

    Exact for JSON text: outside strings it has no backslash or quote, so after escaped
    backslashes and then escaped quotes are dropped, every quote left opens or closes a string.
    No UTF-8 continuation byte is an ASCII byte, so this works on the bytes as on the text.
    """
    return b"".join(without_escapes(data).split(b'"')[::2])


_FEW_ESCAPES = 64


def without_escapes(data: str | bytes) -> bytes:
    """The UTF-8 bytes of a JSON text with its escaped backslashes, then its escaped quotes,
    dropped: every quote left opens or closes a string."""
    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if b"\\" not in raw:
        return raw
    # What raw.replace(b"\\\\", b"").replace(b'\\"', b"") gives, for any bytes, from the
    # backslashes alone (found at memchr speed: a sheet holds a handful, and the two two-byte
    # searches over its 540 KB took ~1.1 ms). Pairs go left to right, so a run of k
    # backslashes keeps k % 2 of them, and a backslash so kept goes with a quote right after
    # it. Text with many escapes (a rationale of many lines) takes the two passes in C.
    view, n = memoryview(raw), len(raw)
    out: list[Any] = []
    start, seen = 0, 0
    at = raw.find(b"\\")
    while at >= 0:
        end = at + 1
        while end < n and raw[end] == 0x5C and end - at <= _FEW_ESCAPES:  # the run
            end += 1
        seen += end - at
        if seen > _FEW_ESCAPES:
            raw = raw.replace(b"\\\\", b"")
            return raw.replace(b'\\"', b"") if b'\\"' in raw else raw
        out.append(view[start:at])
        if (end - at) % 2:
            if end < n and raw[end] == 0x22:  # an escaped quote: both go
                end += 1
            else:
                out.append(b"\\")
        start = end
        at = raw.find(b"\\", end)
    out.append(view[start:])
    return b"".join(out)


def kept_outside_strings(data: str | bytes, delete: bytes) -> bytes:
    """The bytes of a JSON text outside its strings that `delete` (a translate table deleting
    all but the quote and them) keeps, in order — usually without cutting the text at every
    quote: with escapes dropped, only quotes and those bytes are kept and every pair of
    adjacent quotes dropped (each dropped pair lies before every byte after it, so what is
    inside a string stays inside). If no quote is left, no string held one of those bytes and
    what remains is the answer; otherwise the few strings that did are cut out."""
    kept = without_escapes(data).translate(None, delete).replace(b'""', b"")
    return b"".join(kept.split(b'"')[::2]) if b'"' in kept else kept


def brackets_too_deep(outside: bytes, limit: int = MAX_DEPTH) -> bool:
    """`too_deep` over `json_outside_strings`: for balanced brackets, each pass that removes
    every innermost pair peels one level, so the passes count the depth; anything else (only
    in malformed text) is walked bracket by bracket."""
    brackets = every = outside.translate(_OPEN_CLOSE, _NOT_BRACKET)
    for _ in range(limit):
        if not brackets:
            return False
        peeled = brackets.replace(b"()", b"")
        if len(peeled) == len(brackets):
            break  # unbalanced
        brackets = peeled
    if not brackets:
        return False
    depth = 0  # deeper than `limit`, or unbalanced: walk every bracket
    for ch in every:
        if ch == 40:  # "(": an opening bracket or brace
            depth += 1
            if depth > limit:
                return True
        else:
            depth = max(0, depth - 1)
    return False


def json_too_deep(text: str | bytes, limit: int = MAX_DEPTH) -> bool:
    """`too_deep` for JSON, at C speed (a 500 KB score sheet in ~1 ms; ~50 ms walked
    character by character)."""
    return brackets_too_deep(json_brackets(text), limit)


_QUOTE_OR_BRACKET = bytes(b for b in range(256) if b not in b'"[]{}')


def json_brackets(data: str | bytes) -> bytes:
    """The brackets and braces of a JSON text outside its strings, in order (what the nesting
    check measures)."""
    return kept_outside_strings(data, _QUOTE_OR_BRACKET)


class ParsedJSON(NamedTuple):
    value: Any
    text: str  # the JSON text it was parsed from
    numbers: tuple[str, ...]  # its numbers and constants (NaN, Infinity) as written


def parse_json(data: str | bytes) -> ParsedJSON:
    """`loads_json`, with the text it decoded and the numbers it met as written, for further
    checks of the same text (its canonical form) without working them out again. The numbers
    are collected by the parser's own hooks: exactly those outside strings, at the cost of a
    call per number (a sheet has two)."""
    text = data.decode("utf-8") if isinstance(data, bytes) else data
    if brackets_too_deep(json_brackets(data)):
        raise ValueError("nested too deeply")
    numbers: list[str] = []

    def whole(written: str) -> int:
        numbers.append(written)
        return int(written)

    def fraction(written: str) -> float:
        numbers.append(written)
        return float(written)

    value = json.loads(text, parse_int=whole, parse_float=fraction, parse_constant=fraction)
    return ParsedJSON(value, text, tuple(numbers))


# 19 digits in a row: a whole number that may lie outside orjson's 64 bits (it then gives a
# float where json gives the int); digits inside strings merely send the text to json
_DIGITS_AS_ZERO = bytes.maketrans(b"0123456789", b"0" * 10)
_LONG_DIGIT_RUN = b"0" * 19


def loads_json(data: str | bytes) -> Any:
    """`json.loads`, with too deep nesting a ValueError like any other malformed input.

    orjson parses first (a manifest or result in a third of the time; it takes the same
    texts, keeps the last of a repeated key as json does and never recurses in Python);
    whatever it refuses or may read otherwise — NaN, lone surrogates, numbers past 64 bits
    (19 digits in a row anywhere) — is parsed by json as before, so the value of any text is
    the one json gives."""
    import orjson  # loaded when first needed: not before the app's first frame

    raw = data.encode("utf-8", "surrogatepass") if isinstance(data, str) else data
    if _LONG_DIGIT_RUN in raw.translate(_DIGITS_AS_ZERO):
        return parse_json(data).value  # orjson reads a whole number past 64 bits as a float
    try:
        value = orjson.loads(data)
    except orjson.JSONDecodeError:
        return parse_json(data).value
    if brackets_too_deep(json_brackets(data)):
        raise ValueError("nested too deeply")
    return value
