"""The deviation flag's "mean of the others", from one sum, is the mean of the list without the
member's own total — for any totals a rubric allows."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evaluator_app.consolidation.rules import mean, means_of_the_others

TOTALS = st.lists(st.decimals(min_value=0, max_value=1000, places=2), min_size=2, max_size=40)


@given(TOTALS)
def test_each_is_the_mean_of_the_list_without_it(totals):
    assert means_of_the_others(totals) == [mean(totals[:i] + totals[i + 1:])
                                           for i in range(len(totals))]


def test_two_totals_and_too_few():
    assert means_of_the_others([D("60"), D("90.5")]) == [D("90.5"), D("60")]
    with pytest.raises(ValueError):
        means_of_the_others([D(1)])
