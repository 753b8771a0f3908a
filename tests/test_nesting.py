"""The fast JSON nesting check agrees with the general one on any JSON text (hypothesis)."""

import json
import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator_app.nesting import (
    json_brackets,
    json_outside_strings,
    json_too_deep,
    loads_json,
    too_deep,
    without_escapes,
)

TRICKY = st.text(alphabet='[]{}"\\ab가')
JSON_VALUES = st.recursive(st.none() | st.integers() | TRICKY,
                           lambda inner: st.lists(inner) | st.dictionaries(TRICKY, inner),
                           max_leaves=30)


@settings(max_examples=300)
@given(JSON_VALUES, st.integers(min_value=1, max_value=6))
def test_the_fast_json_check_agrees_with_the_general_one(value, limit):
    text = json.dumps(value, ensure_ascii=False)
    assert json_too_deep(text, limit) == too_deep(text, limit)


def test_brackets_inside_strings_do_not_count():
    assert not json_too_deep('{"a": "[[[[[[[[", "b": "\\"[[[["}', 2)
    assert json_too_deep("[" * 101 + "]" * 101)
    assert not json_too_deep("[" * 100 + "]" * 100)


@settings(max_examples=300)
@given(st.text(alphabet="[]{}x "), st.integers(min_value=0, max_value=6))
def test_any_brackets_balanced_or_not_agree_with_the_general_check(text, limit):
    assert json_too_deep(text, limit) == too_deep(text, limit)


@settings(max_examples=300)
@given(JSON_VALUES)
def test_the_text_outside_strings_is_what_json_writes_between_them(value):
    text = json.dumps(value, ensure_ascii=False)
    strings = re.compile(r'"(?:[^"\\]|\\.)*"')
    assert json_outside_strings(text) == strings.sub("", text).encode()
    assert json_outside_strings(text.encode()) == json_outside_strings(text)


def test_depth_is_counted_for_every_bracket_past_the_limit():
    assert json_too_deep("[" * 101 + "]" * 101) and json_too_deep("[" * 101)
    assert json_too_deep("[]" * 50 + "{" * 101 + "}" * 101)
    assert not json_too_deep("]" * 200 + "[" * 100)
    assert json_too_deep('"' + "[" * 200 + '"' + "[" * 101) and not json_too_deep(
        '"' + "[" * 200 + '"')


@settings(max_examples=300)
@given(JSON_VALUES)
def test_the_brackets_outside_strings_are_those_of_the_text_outside_strings(value):
    text = json.dumps(value, ensure_ascii=False)
    outside = json_outside_strings(text)
    assert json_brackets(text) == bytes(b for b in outside if b in b"[]{}")
    assert json_brackets(text.encode()) == json_brackets(text)


@settings(max_examples=300)
@given(st.text(alphabet='[]{}"\\a가'))
def test_the_brackets_of_any_text_are_those_outside_its_quotes(text):
    """Malformed text too (unbalanced quotes, stray escapes): the same cut as
    `json_outside_strings`, whether or not a quoted part holds a bracket."""
    outside = json_outside_strings(text)
    assert json_brackets(text) == bytes(b for b in outside if b in b"[]{}")


def test_brackets_inside_strings_are_cut_out():
    assert json_brackets('{"a":"[","b":["]",{}]}') == b"{[{}]}"
    assert json_brackets('{"a":"x","b":[1,{}]}') == b"{[{}]}"
    assert json_brackets(r'["\\"]') == b"[]" and json_brackets(r'["\\\"[",1]') == b"[]"


ANY_JSON = st.recursive(
    st.none() | st.booleans() | st.integers(-(2**70), 2**70)
    | st.floats(allow_nan=True, allow_infinity=True) | st.text(max_size=6),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner,
                                                                 max_size=4), max_leaves=12)


@settings(max_examples=300)
@given(ANY_JSON, st.sampled_from(["", " ", '{"a":1,"a":2}', "\\ud800", "NaN", "1e400"]),
       st.integers(0, 60))
def test_loads_json_gives_what_json_gives(value, insert, at):
    """orjson first, json for what it refuses: for any text, the same value as `json.loads`
    (repeated keys, NaN, huge numbers, lone surrogates included) or a ValueError as json's."""
    text = json.dumps(value, ensure_ascii=bool(at % 2))
    text = text[:at] + insert + text[at:]
    try:
        expected = json.loads(text)
    except ValueError:
        with pytest.raises(ValueError):
            loads_json(text.encode())
        return
    for data in (text, text.encode()):
        assert repr(loads_json(data)) == repr(expected)


@pytest.mark.parametrize("text", ["-9223372036854775809", "18446744073709551616",
                                  '{"a":[123456789012345678901234567890]}', "[1e400]",
                                  '{"n":-0}', '["1234567890123456789 in a string",1]'])
def test_loads_json_keeps_json_s_numbers_past_64_bits(text):
    """orjson reads a whole number past 64 bits as a float: such a text goes to json."""
    assert repr(loads_json(text)) == repr(json.loads(text))
    assert repr(loads_json(text.encode())) == repr(json.loads(text))


@settings(max_examples=400, deadline=None)
@given(st.lists(st.sampled_from([b"\\", b"\\", b'"', b"a", "가".encode(), b"\\\\" * 40]),
                max_size=80))
def test_escapes_are_dropped_as_the_two_replaces_drop_them(pieces):
    """`without_escapes` cuts the text at its backslashes when they are few and replaces in C
    when they are many: either way the bytes of the two replaces it stands for."""
    raw = b"".join(pieces)
    expected = raw.replace(b"\\\\", b"").replace(b'\\"', b"")
    assert without_escapes(raw) == expected
    assert without_escapes(raw.decode("utf-8")) == expected
