"""The committee's aggregation rules over one application's member totals (pure, Decimal).

`trimmed-mean` drops exactly one highest and one lowest total (when several members share the
highest or the lowest, only one of them is dropped: evaluation-research.md §2.1) once at least
`trim_min_n` members scored, and is the plain mean below that. Results are exact Decimals;
rounding (half-up, 2 places) happens once, at the very end, in `round_score`.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, localcontext
from typing import Any

RULES = ("trimmed-mean", "mean", "median")
RULE_KO = {"trimmed-mean": "최고·최저점 제외 평균", "mean": "산술평균", "median": "중앙값"}
# Enough digits that a mean of up to thousands of totals is exact before the final rounding.
_PRECISION = 60
TWO_PLACES = Decimal("0.01")


@dataclass(frozen=True)
class Aggregate:
    """The rule's figure over n totals; `kept` and `dropped` are indexes into the input."""

    value: Decimal
    rule_applied: str  # the rule actually used ("mean" when a trimmed mean lacked members)
    kept: tuple[int, ...]
    dropped: tuple[int, ...]


def mean(values: Sequence[Decimal]) -> Decimal:
    if not values:
        raise ValueError("mean of no values")
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return sum(values, Decimal(0)) / len(values)


def column_means(rows: Sequence[Sequence[Decimal]]) -> list[Decimal]:
    """`mean` of each column of `rows` (equally long), in one context for all of them: the same
    sums in the same order, for an application's item and group means."""
    if not rows:
        raise ValueError("mean of no values")
    n = len(rows)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return [sum(column, Decimal(0)) / n for column in zip(*rows, strict=True)]


def means_of_the_others(values: Sequence[Decimal]) -> list[Decimal]:
    """For each value, the mean of all the others (`mean` of the list without it), from one
    sum instead of n: (sum − value) / (n − 1). Needs at least two values."""
    if len(values) < 2:
        raise ValueError("the others' mean needs at least two values")
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        total = sum(values, Decimal(0))
        n = len(values) - 1
        return [(total - v) / n for v in values]


def median(values: Sequence[Decimal]) -> Decimal:
    if not values:
        raise ValueError("median of no values")
    ordered = sorted(values)
    mid = len(ordered) // 2
    if len(ordered) % 2:
        return ordered[mid]
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return (ordered[mid - 1] + ordered[mid]) / 2


def aggregate(totals: Sequence[Decimal], rule: str, trim_min_n: int) -> Aggregate:
    """Apply `rule` to the totals of the members who scored one application.

    Which of several equal highest (lowest) totals counts as the dropped one does not change the
    figure; it is the first one in the given order, so callers pass totals in roster order and
    the report strikes through a predictable member.
    """
    if rule not in RULES:
        raise ValueError(f"unknown rule {rule!r}")
    n = len(totals)
    if n == 0:
        raise ValueError("no totals to aggregate")
    everyone = tuple(range(n))
    if rule == "median":
        return Aggregate(median(totals), "median", everyone, ())
    if rule == "mean" or n < max(trim_min_n, 3):
        return Aggregate(mean(totals), "mean", everyone, ())
    high = max(everyone, key=lambda i: (totals[i], -i))  # first of the highest
    low = min(everyone, key=lambda i: (totals[i], i))  # first of the lowest
    if high == low:  # all equal: any two indexes will do
        high, low = 0, 1
    kept = tuple(i for i in everyone if i not in (high, low))
    return Aggregate(mean([totals[i] for i in kept]), "trimmed-mean", kept,
                     tuple(sorted((high, low))))


def percent(score: Decimal, total: Decimal) -> Decimal:
    """A stage's score as a share of its rubric's total (exact; rounded only at the end)."""
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        return score * 100 / total


def round_score(value: Decimal) -> Decimal:
    """Half-up to two decimals (80.125 → 80.13): the one rounding of an official figure."""
    return value.quantize(TWO_PLACES, rounding=ROUND_HALF_UP)


def population_sd(values: Sequence[Decimal]) -> Decimal:
    """Standard deviation of the totals themselves (not an estimate of a wider population)."""
    if len(values) < 2:
        return Decimal(0)
    with localcontext() as ctx:
        ctx.prec = _PRECISION
        m = mean(values)
        return (sum(((v - m) ** 2 for v in values), Decimal(0)) / len(values)).sqrt()


def tie_break_mean(row: dict[str, Any], entry: str) -> str | None:
    """The mean a rubric's tie_break entry compares: a group's, or an item's (the loader
    accepts both; item ids used to be ignored here, so they broke no tie)."""
    return row["group_means"].get(entry) or row["item_means"].get(entry)
