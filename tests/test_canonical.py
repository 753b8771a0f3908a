"""`is_canonical` says yes exactly where RFC 8785 does, its fast path (Python's sorted compact
JSON) included: fractions, exponents, long whole numbers and keys outside the BMP are where
Python's JSON and RFC 8785 part ways."""

import contextlib
import json

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator_app.canonical import _plain, canonical_json, is_canonical, loads_canonical
from evaluator_app.errors import ValueRangeError
from evaluator_app.nesting import json_outside_strings, parse_json

KEYS = st.text(alphabet=["a", "b", "가", "\ue000", "\uffff", "\U0001f600", "\U00010000"],
               max_size=3)
NUMBERS = (st.integers(-(2**60), 2**60) | st.integers(-999, 999)
           | st.floats(allow_nan=False, allow_infinity=False))
VALUES = st.recursive(st.none() | st.booleans() | NUMBERS | st.text(max_size=5),
                      lambda inner: st.lists(inner, max_size=4)
                      | st.dictionaries(KEYS, inner, max_size=4), max_leaves=12)


PLAIN_VALUES = st.recursive(
    st.none() | st.booleans() | NUMBERS | st.decimals(allow_nan=False, allow_infinity=False)
    | st.sampled_from([1e16, 1e21, 1e-7, 1e-5, 0.0001, -0.0, 100.0, 0.5, 2.0**53, 2**53,
                       2**53 - 1, -(2**53), 0.30000000000000004, 123456789012345.67])
    | st.text(alphabet=st.characters(min_codepoint=0, max_codepoint=0x10FFFF,
                                     blacklist_categories=["Cs"]), max_size=5),
    lambda inner: st.lists(inner, max_size=4) | st.tuples(inner, inner)
    | st.dictionaries(KEYS, inner, max_size=4), max_leaves=12)


def exactly(value, data: bytes) -> bool:
    try:
        return canonical_json(value) == data
    except ValueError:
        return False


def serialisations(value) -> list[bytes]:
    out = [json.dumps(value, ensure_ascii=False, sort_keys=True,
                      separators=(",", ":")).encode(),
           json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode()]
    with contextlib.suppress(rfc8785.CanonicalizationError):
        out.append(rfc8785.dumps(value))
    return out


@settings(max_examples=400)
@given(VALUES)
def test_the_fast_check_agrees_with_the_exact_one(value):
    for data in serialisations(value):
        parsed = json.loads(data)
        assert is_canonical(parsed, data) == exactly(parsed, data), data
        assert is_canonical(parsed, data, json_outside_strings(data)) == exactly(parsed, data)
        assert is_canonical(parsed, data, json_outside_strings(data),
                            data.decode()) == exactly(parsed, data)


def read_check(data: bytes):
    """`is_canonical` with the text and the numbers as written; `loads_canonical` (orjson's
    round trip first, as `verify_sheet` calls it) must give the same answer and value."""
    parsed, text, numbers = parse_json(data)
    answer = is_canonical(parsed, data, text=text, numbers=numbers)
    value, fast = loads_canonical(data)
    assert fast == answer and repr(value) == repr(parsed), data
    return answer


@settings(max_examples=400)
@given(VALUES)
def test_reading_the_text_agrees_with_the_exact_check(value):
    for data in serialisations(value):
        assert read_check(data) == exactly(json.loads(data), data), data


# what may differ between a text and Python's sorted compact form of what it parses to
EDITS = [
    lambda t, i: t[:i] + b" " + t[i:],  # a space (inside a string it is content)
    lambda t, i: t[:i] + b"\n" + t[i:],
    lambda t, i: t[:i] + b"\t" + t[i:],
    lambda t, i: t[:i] + b"\r" + t[i:],
    lambda t, i: t.replace(b":", b": ", 1),
    lambda t, i: t.replace(b",", b" ,", 1),
    lambda t, i: b" " + t,
    lambda t, i: t + b"\n",
    lambda t, i: t.replace(b"1", b"1.0", 1),
    lambda t, i: t.replace(b"0", b"-0", 1),
    lambda t, i: t.replace(b"1", b"1e0", 1),
    lambda t, i: t.replace(b".5", b".50", 1),
    lambda t, i: t.replace(b"a", b"\\u0061", 1),
    lambda t, i: t.replace(b"a", b"\\u0000", 1),
    lambda t, i: t.replace(b"\\n", b"\\u000a", 1),
    lambda t, i: t.replace(b"\\u001f", b"\\u001F", 1),
    lambda t, i: t.replace(b"/", b"\\/", 1),
    lambda t, i: t.replace(b"\\\\", b"\\u005c", 1),
    lambda t, i: t.replace(b'{"', b'{"a":1,"', 1),  # a repeated or unsorted key
    lambda t, i: t.replace(b'{"', b'{"\xef\xbf\xbf":1,"', 1),
    lambda t, i: t.replace(b"true", b"NaN", 1),
    lambda t, i: t.replace(b"null", b"Infinity", 1),
]


@settings(max_examples=600)
@given(VALUES | st.dictionaries(st.sampled_from(["a", "b", "c/d", "e\n\\", "\x1f"]), VALUES,
                                 min_size=1, max_size=4),
       st.sampled_from(range(len(EDITS))), st.integers(min_value=0, max_value=400))
def test_an_edited_text_is_read_as_the_exact_check_sees_it(value, edit, at):
    """Spaces, control characters, escapes, numbers and keys changed in otherwise canonical
    or Python-written text: the text-reading path says yes exactly where RFC 8785 does."""
    for data in serialisations(value):
        changed = EDITS[edit](data, at % (len(data) + 1))
        try:
            parsed = json.loads(changed)
        except ValueError:
            continue  # no longer JSON: never reaches the check
        assert read_check(changed) == exactly(parsed, changed), changed


def test_a_repeated_key_is_not_canonical():
    assert not read_check(b'{"a":1,"a":1}') and not read_check(b'{"a":"x","b":{"c":1,"c":2}}')
    assert read_check(b'{"a":1,"b":{"c":1,"d":2}}')
    assert not read_check(b'{"a": 1}') and not read_check(b'{"a":"1 ", "b":2}')
    assert read_check(b'{"a":" : , ","b":"\\" \\\\"}')
    assert not read_check(b'["\\u0041"]') and read_check(b'["\\u001f\\n"]')


@pytest.mark.parametrize("data, canonical", [
    (b'{"a":9007199254740991}', True),  # 2^53 - 1: the largest exact whole number
    (b'{"a":9007199254740993}', False),  # json.dumps writes it back, RFC 8785 cannot
    (b'{"a":10000000000000000}', False),
    (b'{"a":1e+16}', False),  # Python's repr; RFC 8785 (ECMAScript) writes 10000000000000000
    (b'{"a":1e-07}', False),
    (b'{"a":1e-7}', True),
    (b'{"a":100.0}', False),
    (b'{"a":0.5}', True),
    (b'{"a":"9007199254740993 in a string is text","b":"1e+16"}', True),
])
def test_numbers_python_and_rfc_8785_write_differently(data, canonical):
    assert is_canonical(json.loads(data), data) is canonical
    assert read_check(data) is canonical


def test_orjson_writes_every_escape_as_rfc_8785_does():
    """The round trip accepts a text only where orjson's output is RFC 8785's: every control
    character, the quote, the backslash, DEL, the line and paragraph separators, the BOM."""
    for ch in [*map(chr, range(0x20)), '"', "\\", "\x7f", "\u2028", "\u2029", "\ufeff", "/"]:
        value = {"k" + ch: ["a" + ch + "b"]}
        assert loads_canonical(rfc8785.dumps(value)) == (value, True), ch
        python = json.dumps(value, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        assert loads_canonical(python.encode())[1] == (python.encode() == rfc8785.dumps(value))


def test_loads_canonical_refuses_what_is_too_deep_or_no_json():
    for bad in (b"[" * 101 + b"]" * 101, b'{"a":', b"\xff", b'["\\ud800"'):
        with pytest.raises(ValueError):
            loads_canonical(bad)
    assert loads_canonical(b"[" * 100 + b"]" * 100)[1]
    assert loads_canonical(b'["\\ud800"]') == (["\ud800"], False)  # a lone surrogate


def test_an_exponent_inside_a_string_keeps_the_fast_path(monkeypatch):
    """Base64 in a sheet holds "e+" and "e-" in about one sheet in twelve: only a number's
    exponent sends the text to the slow path (parse_json), not a string's."""
    import evaluator_app.canonical as canonical

    value = {"audit": "Xve+4jK5/e-Q==", "points": [1, -2], "ok": True, "n": -3}
    data = rfc8785.dumps(value)

    def slow_path(_data):
        raise AssertionError("the slow path was taken")

    monkeypatch.setattr(canonical, "parse_json", slow_path)
    assert loads_canonical(data) == (value, True)
    monkeypatch.undo()
    # orjson's own text for 1e16 and 1e-7; RFC 8785 writes 10000000000000000 and 1e-7
    for number, canonical_form in ((b"1e+16", False), (b"1e-7", True)):
        assert read_check(b'{"a":"e+","b":' + number + b"}") is canonical_form


def test_keys_outside_the_bmp_sort_by_utf16_units():
    value = {"\uffff": 1, "\U0001f600": 2}  # code points: U+FFFF first; UTF-16: D83D first
    by_code_point = json.dumps(value, ensure_ascii=False, sort_keys=True,
                               separators=(",", ":")).encode()
    assert by_code_point != rfc8785.dumps(value)
    assert not is_canonical(json.loads(by_code_point), by_code_point)
    assert loads_canonical(by_code_point) == (value, False)
    assert loads_canonical(rfc8785.dumps(value)) == (value, True)
    nested = {"x": [{"\U0001f600": 1, "\uffff": 2}]}
    assert is_canonical(json.loads(rfc8785.dumps(nested)), rfc8785.dumps(nested))
    emoji_text = {"a": "\U0001f600", "b": 1}  # outside the BMP, but not in a key
    assert is_canonical(emoji_text, rfc8785.dumps(emoji_text))


@settings(max_examples=500)
@given(PLAIN_VALUES)
def test_canonical_json_is_the_rfc_8785_form(value):
    try:
        expected = rfc8785.dumps(_plain(value))
    except rfc8785.CanonicalizationError:
        with pytest.raises(ValueRangeError):
            canonical_json(value)
    else:
        assert canonical_json(value) == expected


def test_what_rfc_8785_cannot_write_stays_an_error():
    for bad in ({"a": 2**53}, {"a": "\ud800"}, {"a": float("nan")}, {1, 2}):
        with pytest.raises(ValueRangeError):
            canonical_json(bad)
    with pytest.raises(ValueError):  # as rfc8785 raises it: UnicodeEncodeError
        canonical_json({"\ud800": 1})
