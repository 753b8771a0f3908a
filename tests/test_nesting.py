"""The fast JSON nesting check agrees with the general one on any JSON text (hypothesis)."""

import json

from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator_app.nesting import json_too_deep, too_deep

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
