"""The aggregation rules, hand-computed and as properties (hypothesis)."""

from decimal import Decimal as D

import pytest
from hypothesis import given
from hypothesis import strategies as st

from evaluator_app.consolidation.rules import aggregate, mean, median, population_sd, round_score


def test_trimmed_mean_drops_one_of_several_equal_highest_and_lowest():
    totals = [D(90), D(90), D(80), D(70), D(70)]
    agg = aggregate(totals, "trimmed-mean", 5)
    assert agg.value == D(80)  # (90 + 80 + 70) / 3
    assert agg.rule_applied == "trimmed-mean"
    assert agg.dropped == (0, 3)  # the first 90 and the first 70 in the given order
    assert agg.kept == (1, 2, 4)


def test_n_exactly_at_and_below_trim_min_n():
    at = aggregate([D(60), D(70), D(80), D(90), D(100)], "trimmed-mean", 5)
    assert (at.value, at.rule_applied) == (D(80), "trimmed-mean")
    below = aggregate([D(60), D(70), D(80), D(100)], "trimmed-mean", 5)
    assert (below.value, below.rule_applied, below.dropped) == (D("77.5"), "mean", ())


def test_mean_and_median():
    assert aggregate([D(70), D(80), D(90), D(100)], "mean", 5).value == D(85)
    assert aggregate([D(70), D(80), D(95), D(100)], "median", 5).value == D("87.5")
    assert aggregate([D(70), D(99), D(80)], "median", 5).value == D(80)


@pytest.mark.parametrize("value, rounded", [
    (D("80.125"), D("80.13")),  # half-up, not banker's (which gives 80.12)
    (D("80.135"), D("80.14")),
    (D("80.1249999"), D("80.12")),
    (D("79.995"), D("80.00")),
])
def test_rounding_half_up_at_the_end(value, rounded):
    assert round_score(value) == rounded


def test_a_mean_of_thirds_is_rounded_once():
    # (80 + 80 + 80.5) / 3 = 80.1666… → 80.17; rounding each step first would differ nowhere
    # here, but the exact sum must not have been rounded before the division
    assert round_score(mean([D(80), D(80), D("80.5")])) == D("80.17")


def test_population_sd():
    assert population_sd([D(2), D(4), D(4), D(4), D(5), D(5), D(7), D(9)]) == D(2)
    assert population_sd([D(7)]) == D(0)


totals = st.lists(st.decimals(min_value=0, max_value=120, places=1, allow_nan=False),
                  min_size=1, max_size=30)


@given(totals, st.sampled_from(["trimmed-mean", "mean", "median"]),
       st.integers(min_value=3, max_value=8))
def test_every_rule_lies_between_min_and_max(values, rule, trim_min_n):
    agg = aggregate(values, rule, trim_min_n)
    assert min(values) <= agg.value <= max(values)


@given(totals, st.randoms(use_true_random=False))
def test_the_trimmed_mean_does_not_depend_on_the_members_order(values, rnd):
    shuffled = list(values)
    rnd.shuffle(shuffled)
    assert aggregate(values, "trimmed-mean", 5).value == aggregate(
        shuffled, "trimmed-mean", 5).value


@given(st.decimals(min_value=0, max_value=100, places=2, allow_nan=False),
       st.integers(min_value=1, max_value=30))
def test_equal_totals_give_that_total(value, n):
    agg = aggregate([value] * n, "trimmed-mean", 5)
    assert agg.value == value
    assert len(agg.dropped) == (2 if n >= 5 else 0)


@given(totals)
def test_trimmed_mean_matches_the_definition(values):
    agg = aggregate(values, "trimmed-mean", 5)
    if len(values) >= 5:
        rest = sorted(values)[1:-1]
        assert agg.value == mean(rest)
    else:
        assert agg.value == mean(values)
    assert median(values) == sorted(values)[len(values) // 2] or len(values) % 2 == 0


def test_a_tie_break_entry_may_name_an_item():
    """The loader accepts group and item ids in tie_break; both are compared (an item id used
    to be ignored, breaking no tie)."""
    from evaluator_app.consolidation.rules import tie_break_mean

    row = {"group_means": {"1": "18.40", "2": "20.00"}, "item_means": {"1-1": "9.20"}}
    assert tie_break_mean(row, "2") == "20.00"
    assert tie_break_mean(row, "1-1") == "9.20"
    assert tie_break_mean(row, "9") is None


def test_an_item_in_tie_break_orders_equal_totals():
    from types import SimpleNamespace

    from evaluator_app.consolidation.compute import _competition_ranks, _rank_key

    rubric = SimpleNamespace(tie_break=("1-1",), total=D(100))
    rows = [{"final_score": "80.00", "group_means": {"1": "20.00"}, "item_means": {"1-1": m}}
            for m in ("8.00", "9.50")]
    keys = [_rank_key(r, rubric) for r in rows]  # type: ignore[arg-type]
    assert _competition_ranks(rows, keys) == [2, 1]
