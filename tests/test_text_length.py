"""`text_length` (공백 제외 글자 수) counts as str.split() does, its fast path for printable text
included: there the ASCII space is the only whitespace."""

import sys

from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator_app.scoring import text_length

SPACES = [chr(c) for c in range(sys.maxunicode + 1) if chr(c).isspace()]


def slow(text: str) -> int:
    return len("".join(text.split()))


@settings(max_examples=500)
@given(st.text(alphabet=st.sampled_from(SPACES) | st.characters()))
def test_text_length_counts_what_split_keeps(text):
    assert text_length(text) == slow(text)


def test_every_whitespace_but_the_space_is_unprintable():
    assert [c for c in SPACES if c.isprintable()] == [" "]
    assert text_length("평가 근거\u3000를\t적음\u00a0") == 7
