"""Scoring rules: value validation, grade points, rationale length, totals and status."""

from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator_app.errors import ScoringError
from evaluator_app.rubric import load_catalogue
from evaluator_app.rubric.model import DEFAULT_GRADES, Item, Scale
from evaluator_app.scoring import (
    ApplicationEntries,
    Entry,
    evaluate,
    item_points,
    normalize_score,
    text_length,
)

WHY = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"
STEPS = [Decimal("0.5"), Decimal(1), Decimal("0.25"), Decimal("0.1")]


@st.composite
def points_items(draw):
    step = draw(st.sampled_from(STEPS))
    max_points = step * draw(st.integers(1, 200))
    return Item("i", "항목", "item", max_points, Scale("points", step=step))


@settings(max_examples=300)
@given(points_items(), st.data())
def test_every_multiple_of_the_step_in_range_is_accepted_exactly(item, data):
    k = data.draw(st.integers(0, int(item.max_points / item.scale.step)))
    value = item.scale.step * k
    stored = normalize_score(item, str(value))
    assert Decimal(stored) == value
    assert item_points(item, stored) == value
    assert normalize_score(item, stored) == stored  # idempotent


@settings(max_examples=300)
@given(points_items(), st.decimals(allow_nan=False, allow_infinity=False, places=3))
def test_out_of_range_or_off_step_values_are_rejected(item, value):
    in_range = 0 <= value <= item.max_points
    on_step = (value / item.scale.step) == (value / item.scale.step).to_integral_value()
    if in_range and on_step:
        assert Decimal(normalize_score(item, value)) == value
    else:
        with pytest.raises(ScoringError, match="item i"):
            normalize_score(item, value)


@settings(max_examples=300)
@given(st.one_of(st.text(max_size=8), st.none(), st.floats(), st.integers(), st.booleans()))
def test_garbage_gives_only_a_scoring_error(raw):
    for item in (Item("i", "항목", "item", Decimal(10), Scale("points", Decimal("0.5"))),
                 Item("g", "항목", "item", Decimal(10), Scale("grade"))):
        try:
            normalize_score(item, raw)
        except ScoringError as e:
            assert e.message


def test_grades_are_percentages_of_the_maximum():
    item = Item("g", "항목", "item", Decimal(15), Scale("grade", grades=DEFAULT_GRADES))
    assert [item_points(item, normalize_score(item, g)) for g in "abcde"] == [
        Decimal(15), Decimal("13.5"), Decimal(12), Decimal("10.5"), Decimal(9)]
    with pytest.raises(ScoringError, match="'F' is not a grade of this item"):
        normalize_score(item, "F")


@given(st.text(max_size=50))
def test_text_length_ignores_whitespace(text):
    assert text_length(text) == len("".join(text.split()))
    assert text_length("  평가 사유\n입니다 ") == 7


def full_entries(rubric, value_for) -> ApplicationEntries:
    e = ApplicationEntries(opinion="강점과 약점, 보완 권고를 모두 서술한 종합의견입니다. "
                                   "충분히 깁니다.")
    for gate in rubric.gates:
        e.gates[gate.id] = Entry("pass")
    for item in rubric.items():
        e.scores[item.id] = Entry(value_for(item), WHY)
    return e


@settings(max_examples=100, deadline=None)
@given(st.sampled_from(sorted(load_catalogue())), st.data())
def test_totals_are_exact_decimal_sums_with_bonus_and_penalty(rubric_id, data):
    rubric = load_catalogue()[rubric_id]

    def value_for(item):
        if item.scale.kind == "grade":
            return data.draw(st.sampled_from([g for g, _ in item.scale.grades]))
        k = data.draw(st.integers(0, int(item.max_points / item.scale.step)))
        return normalize_score(item, item.scale.step * k)

    entries = full_entries(rubric, value_for)
    expected = sum((item_points(i, entries.scores[i.id].value) for i in rubric.items()),
                   Decimal(0))
    bonus = penalty = Decimal(0)
    for adj in rubric.adjustments:
        points = adj.step * data.draw(st.integers(0, int(adj.max_points / adj.step)))
        entries.adjustments[adj.id] = Entry(str(points), "가점 근거 서류 확인함")
        if adj.kind == "bonus":
            bonus += points
        else:
            penalty += points
    ev = evaluate(rubric, entries)
    assert ev.status == "complete", ev.missing
    assert ev.subtotal == expected and ev.total == expected + bonus - penalty
    assert sum(ev.group_totals.values()) == ev.subtotal


def test_status_moves_from_not_started_to_complete_and_conflict():
    rubric = load_catalogue()["2025-base-written"]
    empty = ApplicationEntries()
    assert evaluate(rubric, empty).status == "not-started"
    partial = ApplicationEntries(scores={"1-1": Entry("8", "")})
    ev = evaluate(rubric, partial)
    assert ev.status == "in-progress"
    assert ("1-1", "rationale missing") in {(m.entry_id, m.problem) for m in ev.missing}
    short = full_entries(rubric, lambda i: "1")
    short.scores["2-1"] = Entry("5", "짧음")
    ev = evaluate(rubric, short)
    assert ev.status == "in-progress"
    assert [(m.entry_id, m.problem) for m in ev.missing] == [("2-1", "rationale 2/20 characters")]
    conflicted = full_entries(rubric, lambda i: "1")
    conflicted.conflict = {"ground": "relative", "text": ""}
    assert evaluate(rubric, conflicted).status == "conflict"


def test_a_failed_gate_makes_item_scores_unnecessary():
    rubric = load_catalogue()["2025-kcity-demo-written"]
    e = ApplicationEntries(gates={"G1": Entry("fail", "해외 협력기관 없음")},
                           opinion="해외 협력기관이 없어 평가 대상에서 제외함이 타당함")
    ev = evaluate(rubric, e)
    assert ev.gate_failed and ev.status == "complete" and ev.total == 0


def test_validate_change_is_the_whole_judgement_of_one_edit():
    from evaluator_app.errors import ConflictOfInterestError
    from evaluator_app.scoring import Change, ChangeContext, validate_change

    rubric = load_catalogue()["2025-base-written"]
    item = rubric.groups[0].items[0]
    open_ctx = ChangeContext(conflicted=False, declaration_required=True)
    assert validate_change(rubric, Change("A01", "score", item.id, "5.0"), open_ctx).value == "5"
    gate = rubric.gates[0].id
    assert validate_change(rubric, Change("A01", "gate", gate, "적합"), open_ctx).value == "pass"
    with pytest.raises(ScoringError, match="declare first"):
        validate_change(rubric, Change("A01", "score", item.id, "5"),
                        ChangeContext(declaration_required=True))
    predeclared = ChangeContext(conflicted=True, predeclared=True,
                                stored_conflict=("other", "사무국"))
    with pytest.raises(ConflictOfInterestError, match="declared your conflict"):
        validate_change(rubric, Change("A01", "opinion", rationale="x"), predeclared)
    with pytest.raises(ConflictOfInterestError, match="cannot be changed here"):
        validate_change(rubric, Change("A01", "coi", value="none"), predeclared)
    same = Change("A01", "coi", value="other", rationale="사무국")
    assert validate_change(rubric, same, predeclared) == same


def test_the_workspace_asks_scoring_once_per_change_then_writes(ws, session_id, monkeypatch):
    import evaluator_app.workspace.store as store
    from evaluator_app.workspace import Change

    calls = []
    real = store.validate_change
    monkeypatch.setattr(store, "validate_change",
                        lambda *a: calls.append(a[1]) or real(*a))
    changes = [Change("A01", "score", "1-1", "7.50", WHY), Change("A01", "opinion",
                                                                  rationale="종합의견")]
    assert ws.apply(session_id, changes, strict=False) == 2
    assert calls == changes
    assert ws.entries(session_id, "A01").scores["1-1"].value == "7.5"
