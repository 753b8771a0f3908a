"""The per-member order is a stable permutation that differs between members."""

from hypothesis import given
from hypothesis import strategies as st

from evaluator_app.ordering import member_order

APPS = [f"A{i:02d}" for i in range(1, 17)]


@given(st.lists(st.text(min_size=1, max_size=4), unique=True, max_size=30), st.text())
def test_a_stable_permutation(ids, fingerprint):
    order = member_order(ids, fingerprint, "s")
    assert sorted(order) == sorted(ids)
    assert member_order(ids, fingerprint, "s") == order


def test_members_get_different_orders():
    orders = {tuple(member_order(APPS, f"{i:04X}-0000-0000-0000", "s")) for i in range(7)}
    assert len(orders) == 7
    assert member_order(APPS, "AAAA", "s") != member_order(APPS, "AAAA", "other-session")
