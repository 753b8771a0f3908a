"""Each per-item check of a sheet holds whether or not the same context verified other sheets
before: what it remembers of valid (item, value, points) never lets another combination in.
And a signed sheet whose texts are no text is refused with one sentence, not an internal
error."""

import copy
from dataclasses import replace
from decimal import Decimal as D
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator_app.errors import SheetError
from evaluator_app.rubric.model import Rubric
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.sheet import SheetContext, verify_sheet
from evaluator_app.trust.sheet_checks import RubricCheck, _complete_as_written, _full_check
from evaluator_demo.committee_sim import sheet_content, sign_sheet, write_signed_sheet


@pytest.fixture(scope="module")
def bundle(big):
    return load_bundle(big.evb, big.chair)


def first_item(sheet: dict) -> dict:
    return sheet["applications"][0]["items"][0]


def forge(bundle, member, folder: Path, change) -> Path:
    sheet = sheet_content(bundle, SheetContext.of(bundle), member, {})
    assert first_item(sheet) == {**first_item(sheet), "item": "1-1", "value": "10",
                                 "points": "10"}
    change(sheet)
    return write_signed_sheet(sheet, member, folder)


def bonus(points):
    return lambda s: s["applications"][0].update(adjustments=[
        {"id": "B1", "kind": "bonus", "points": points, "rationale": "가점 사유를 충분히 적음"}])


CASES = [
    (lambda s: first_item(s).update(points="9.5"), "1-1: the points do not match the value"),
    (lambda s: first_item(s).update(points="10.0"), None),  # the same number: accepted
    (lambda s: first_item(s).update(item="9-9"), "the rubric has no item '9-9'"),
    (lambda s: first_item(s).update(value="10.0"), "'10.0' is not a stored score"),
    (lambda s: first_item(s).update(value=10), "10 is not a stored score"),
    (lambda s: first_item(s).update(value="10.5", points="10.5"), "outside 0–10"),
    (lambda s: first_item(s).update(value="9.7", points="9.7"), "not a multiple of the step"),
    (lambda s: first_item(s).update(points=["10"]), "the scores are malformed"),
    (lambda s: first_item(s).pop("points"), "the scores are malformed"),
    (lambda s: first_item(s).pop("value"), "the scores are malformed"),
    (lambda s: first_item(s).update(value=None, points=None), "incomplete"),
    (lambda s: first_item(s).update(value=None, points=[1]), "incomplete"),
    (lambda s: first_item(s).update(rationale="짧음"), "incomplete"),
    (lambda s: first_item(s).update(rationale=None), "the scores are malformed"),
    (lambda s: first_item(s).update(rationale=5), "the scores are malformed"),
    (lambda s: s["applications"][0].update(opinion=None), "the scores are malformed"),
    (lambda s: s["applications"].append(5), "the applications of the sheet are malformed"),
    (lambda s: s["applications"][0].pop("id"), "the applications of the sheet are malformed"),
    (lambda s: s["applications"][0].update(id=["A01"]), "the applications of the sheet are"),
    (lambda s: s["applications"][0]["items"].append(first_item(s)), None),  # a repeat: same
    (bonus("999"), "outside"),
    (bonus("0.3"), "not a multiple of the step"),
    (lambda s: s["applications"][0].update(adjustments=[{"id": "B9", "points": "1"}]),
     "bonus/penalty 'B9' is not valid"),
]


@pytest.fixture(scope="module")
def valid_sheets(big, bundle, tmp_path_factory) -> list[Path]:
    """Three other members' valid signed sheets (read, never changed, by each case)."""
    root = tmp_path_factory.mktemp("valid")
    return [sign_sheet(bundle, m, {"A01": 70 + i}, root / f"ok{i}")
            for i, m in enumerate(big.members[2:5])]


@pytest.mark.parametrize("change, expected", CASES)
def test_item_checks_hold_with_a_fresh_and_with_a_used_context(big, bundle, valid_sheets,
                                                               tmp_path, change, expected):
    member = big.members[0]
    path = forge(bundle, member, tmp_path / "forged", change)
    used = SheetContext.of(bundle)
    for sheet in valid_sheets:  # fill what the context remembers
        verify_sheet(sheet, used)
    assert used.checks and all(c.valid for c in used.checks.values())
    for ctx in (SheetContext.of(bundle), used, used):
        if expected is None:
            assert verify_sheet(path, ctx).totals["A01"] == "70"
        else:
            with pytest.raises(SheetError, match=expected):
                verify_sheet(path, ctx)


def test_a_verified_sheet_keeps_the_points_it_checked(big, bundle, tmp_path):
    path = sign_sheet(bundle, big.members[0], {"A01": D("72.5")}, tmp_path)
    verified = verify_sheet(path, bundle)
    sheet_items = verified.sheet["applications"][0]["items"]
    points = verified.points["A01"]
    assert points.items == {i["item"]: D(i["points"]) for i in sheet_items}
    assert sum(points.groups.values()) == D("72.5")
    assert "A03" in verified.points and set(verified.points) == set(verified.totals)
    conflicted = sign_sheet(bundle, big.members[1], {}, tmp_path / "m1")  # 회피 on A03
    assert "A03" not in verify_sheet(conflicted, bundle).points


def gate_failed(s):
    app = s["applications"][0]
    app["gates"] = [{"gate": g["gate"], "decision": "fail", "rationale": g.get("rationale", "")}
                    for g in app["gates"]]


MORE = [
    lambda s: None,  # as written
    lambda s: s["applications"][0].update(total="0"),
    lambda s: s["applications"][0].update(subtotal=70),
    lambda s: s["applications"][0]["items"].reverse(),  # every item, in another order
    lambda s: s["applications"][0]["items"].pop(),
    lambda s: s["applications"][0].update(gates=[]),
    gate_failed,
    lambda s: s["applications"][0].update(opinion=""),
    lambda s: s["applications"][0].update(opinion="짧다"),
    lambda s: first_item(s).update(rationale="\t" + first_item(s)["rationale"] + "\n"),
    lambda s: first_item(s).update(rationale="가 나"),
    bonus("1"),
    lambda s: s["applications"][0].update(adjustments=[
        {"id": "B1", "kind": "bonus", "points": "0", "rationale": None}]),
]


@pytest.mark.parametrize("change", [c for c, _ in CASES] + MORE)
def test_the_one_pass_check_answers_as_the_full_check_or_leaves_it_to_it(big, bundle, change):
    """The one-pass check of the usual application (`_complete_as_written`) gives exactly the
    full check's answer — the same total, the same points of the same items and groups — or
    no answer at all, and then the full check decides; with a fresh context and a used one."""
    ctx = SheetContext.of(bundle)
    sheet = sheet_content(bundle, ctx, big.members[0], {"A01": 70, "A02": D("83.5")})
    change(sheet)
    answered = 0
    for _ in range(2):  # the second time, every valid (item, value, points) is remembered
        for app in sheet["applications"]:
            if not isinstance(app, dict) or not isinstance(app.get("id"), str) or app.get(
                    "conflict") or "rubric_hash" not in app:
                continue
            check = ctx.checks[app["rubric_hash"]]
            quick = _complete_as_written(Path("s.json"), app, check)
            try:
                full = _full_check(Path("s.json"), app, check)
            except SheetError:
                full = None
            if quick is not None:
                answered += 1
                assert quick == full
                assert list(quick[1].items) == list(full[1].items)  # same order
                assert list(quick[1].groups) == list(full[1].groups)
    assert answered  # the other applications at least


RATIONALES = st.one_of(st.just(""), st.text(alphabet=" 가나\t\n", max_size=14),
                       st.integers(0, 14).map(lambda n: "가" * n))


@pytest.fixture(scope="module")
def scored_sheet(big, bundle) -> tuple[dict, Rubric]:
    """A member's sheet with A01 scored (each example below changes a deep copy of it), and
    the rubric of A01."""
    ctx = SheetContext.of(bundle)
    sheet = sheet_content(bundle, ctx, big.members[0], {"A01": 70})
    return sheet, ctx.checks[sheet["applications"][0]["rubric_hash"]].rubric


@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(data=st.data())
def test_the_one_pass_rationale_rules_are_the_full_checks(scored_sheet, data):
    """Every item's rationale rule (required or not, any minimum) against rationales of any
    length, with spaces, tabs and line breaks: the column-wise pass answers exactly as the full
    check (through `evaluate`): with every item scored, both accept or refuse alike."""
    sheet, rubric = copy.deepcopy(scored_sheet[0]), scored_sheet[1]
    app = sheet["applications"][0]
    rules = iter(data.draw(st.lists(st.tuples(st.booleans(), st.integers(0, 6)),
                                    min_size=len(list(rubric.items())),
                                    max_size=len(list(rubric.items())))))
    groups = tuple(replace(g, items=tuple(
        replace(i, rationale_required=r, rationale_min_length=m)
        for i, (r, m) in zip(g.items, rules, strict=False))) for g in rubric.groups)
    check = RubricCheck(replace(rubric, groups=groups))
    for item in app["items"]:
        item["rationale"] = data.draw(RATIONALES)
    quick = _complete_as_written(Path("s.json"), app, check)
    try:
        full = _full_check(Path("s.json"), app, check)
    except SheetError:
        full = None
    assert quick == full  # every item scored: what the full check accepts, it accepts
