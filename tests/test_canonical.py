"""`is_canonical` says yes exactly where RFC 8785 does, its fast path (Python's sorted compact
JSON) included: fractions, exponents, long whole numbers and keys outside the BMP are where
Python's JSON and RFC 8785 part ways."""

import contextlib
import json

import pytest
import rfc8785
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator_app.canonical import _plain, canonical_json, is_canonical
from evaluator_app.errors import ValueRangeError
from evaluator_app.nesting import json_outside_strings

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


def test_keys_outside_the_bmp_sort_by_utf16_units():
    value = {"\uffff": 1, "\U0001f600": 2}  # code points: U+FFFF first; UTF-16: D83D first
    by_code_point = json.dumps(value, ensure_ascii=False, sort_keys=True,
                               separators=(",", ":")).encode()
    assert by_code_point != rfc8785.dumps(value)
    assert not is_canonical(json.loads(by_code_point), by_code_point)
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
