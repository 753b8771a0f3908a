"""Rubric catalogue, validation messages, content hashes and spreadsheet round-trips."""

import copy
import csv
import io
import tomllib
from decimal import Decimal
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from evaluator_app.errors import RubricError
from evaluator_app.programs import check_program_subtype, load_programs
from evaluator_app.rubric import load_catalogue, load_rubric_file, parse_rubric
from evaluator_app.rubric.catalogue import builtin_rubric_dir
from evaluator_app.rubric.table import export_rubric_table, import_rubric_table, write_rubric_toml

BASE = builtin_rubric_dir() / "2025-base-written.toml"


def base_data() -> dict:
    return tomllib.loads(BASE.read_text(encoding="utf-8"))


def test_every_program_type_has_a_2025_rubric():
    catalogue = load_catalogue()
    covered = {(r.program, r.subtype) for r in catalogue.values() if r.year == 2025}
    assert covered == {("base", ""), ("strong-small", "climate"), ("strong-small", "population"),
                       ("diffusion", ""), ("complex", ""), ("kcity-plan", ""),
                       ("kcity-demo", "")}
    assert set(load_programs()) == {p for p, _ in covered}
    for r in catalogue.values():
        assert r.status == "proposed" and r.sources
        assert r.total == sum(g.max_points for g in r.groups) == 100
        for g in r.groups:
            assert g.max_points == sum(i.max_points for i in g.items)


def test_both_scales_are_shipped():
    kinds = {i.scale.kind for r in load_catalogue().values() for i in r.items()}
    assert kinds == {"points", "grade"}
    diffusion = load_catalogue()["2025-diffusion-written"]
    item = diffusion.item("1-1")
    assert [item.grade_points(g) for g in "ABCDE"] == [15, Decimal("13.5"), 12,
                                                         Decimal("10.5"), 9]


def test_hash_ignores_formatting_but_not_content(tmp_path: Path):
    original = load_rubric_file(BASE)
    reordered = dict(reversed(list(base_data().items())))
    assert parse_rubric(reordered, "x").content_hash == original.content_hash
    changed = base_data()
    changed["groups"][0]["items"][0]["label_ko"] += " "  # stripped: same content
    assert parse_rubric(changed, "x").content_hash == original.content_hash
    changed["groups"][0]["items"][0]["guidance"] = "다른 지침"
    assert parse_rubric(changed, "x").content_hash != original.content_hash


def problems_of(data: dict) -> list[str]:
    with pytest.raises(RubricError) as info:
        parse_rubric(data, "rubric.toml", check_program=check_program_subtype)
    assert info.value.message.startswith("rubric.toml: ")
    return info.value.problems


def test_sums_that_do_not_add_up_name_the_group_and_the_total():
    data = base_data()
    data["groups"][0]["items"][0]["max_points"] = 9
    problems = problems_of(data)
    assert any("group '1': items add up to 16, not to the group's max_points 15" in p
               for p in problems)
    data = base_data()
    data["total"] = 90
    assert problems_of(data) == ["rubric.toml: groups add up to 100, not to the total 90"]


@pytest.mark.parametrize("mutate, expected", [
    (lambda d: d["groups"][0]["items"][0].update(max_points=7.25),
     "item '1-1': max_points 7.25 is not a multiple of step 0.5"),
    (lambda d: d["groups"][0]["items"][0].update(colour="red"), "item '1-1': unknown key 'colour'"),
    (lambda d: d.update(program="metaverse"), "unknown program 'metaverse'"),
    (lambda d: d.update(stage="온라인"), "stage must be one of 서면, 발표, 현장"),
    (lambda d: d["groups"][1]["items"][0].update(id="1-1"), "'1-1': the id is used twice"),
    (lambda d: d["gates"][0].update(id="coi"), "the id 'coi' is reserved"),
    (lambda d: d.update(tie_break=["9"]), "tie_break names '9'"),
    (lambda d: d["groups"][0]["items"][0].update(scale="grade", grades={"A": 130}),
     "grade A must be a percent between 0 and 100"),
    (lambda d: d["groups"][0]["items"][0].update(max_points="많이"),
     "item '1-1': 'max_points' must be a number"),
    (lambda d: d.update(sources=[]), "a proposed rubric must list the sources of its item names"),
    (lambda d: d["consolidation"].update(rule="mode"), "rule must be one of trimmed-mean"),
    (lambda d: d["adjustments"][0].update(kind="gift"), "kind must be 'bonus'"),
])
def test_validation_names_the_entry_and_the_problem(mutate, expected):
    data = base_data()
    mutate(data)
    problems = problems_of(data)
    assert any(expected in p for p in problems), problems


def test_broken_toml_names_the_file(tmp_path: Path):
    bad = tmp_path / "bad.toml"
    bad.write_text('id = "x"\n[[groups]\n', encoding="utf-8")
    with pytest.raises(RubricError, match=r"bad.toml: broken TOML"):
        load_rubric_file(bad)


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_every_rubric_round_trips_through_a_spreadsheet(tmp_path: Path, ext: str):
    for r in load_catalogue().values():
        path = tmp_path / f"{r.id}.{ext}"
        export_rubric_table(r, path)
        back = import_rubric_table(path)
        assert back.content_hash == r.content_hash, r.id
        toml = tmp_path / f"{r.id}.toml"
        write_rubric_toml(back, toml)
        assert load_rubric_file(toml).content_hash == r.content_hash


def test_edited_table_is_validated_with_row_numbers(tmp_path: Path):
    path = tmp_path / "t.csv"
    export_rubric_table(load_catalogue()["2025-base-written"], path)
    original = path.read_text(encoding="utf-8-sig")
    records = list(csv.reader(io.StringIO(original)))
    row = next(n for n, r in enumerate(records, start=1) if r[:2] == ["세부항목", "1-2"])
    path.write_text(original.replace("세부항목,1-2,1,", "세부항목,1-2,9,"), encoding="utf-8-sig")
    with pytest.raises(RubricError, match=rf"t.csv: row {row}: item 1-2 names the group '9'"):
        import_rubric_table(path)
    # an item that lost a point: the same validation as a TOML rubric names group and sums
    records[next(n for n, r in enumerate(records) if r[:2] == ["세부항목", "1-1"])][5] = "7"
    with path.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(records)
    with pytest.raises(RubricError, match="group '1': items add up to 14, not to the group's"):
        import_rubric_table(path)


# ---- property tests -------------------------------------------------------------------------

steps = st.sampled_from([Decimal("0.5"), Decimal(1), Decimal("0.25")])


@st.composite
def rubrics(draw):
    groups, total = [], Decimal(0)
    for g in range(draw(st.integers(1, 5))):
        items = []
        for i in range(draw(st.integers(1, 4))):
            step = draw(steps)
            points = step * draw(st.integers(1, 40))
            item = {"id": f"{g + 1}-{i + 1}", "label_ko": f"항목 {g}{i}", "label_en": f"I{g}{i}",
                    "max_points": str(points), "step": str(step)}
            if draw(st.booleans()):
                item = {**item, "scale": "grade"}
                item.pop("step")
            items.append(item)
        gsum = sum(Decimal(i["max_points"]) for i in items)
        total += gsum
        groups.append({"id": str(g + 1), "label_ko": f"그룹 {g}", "label_en": f"G{g}",
                       "max_points": str(gsum), "items": items})
    return {"id": "r", "program": "base", "year": 2025, "stage": "서면", "title_ko": "t",
            "title_en": "t", "status": "proposed", "sources": ["s"], "total": str(total),
            "groups": groups}


@settings(max_examples=60, deadline=None)
@given(rubrics())
def test_valid_rubrics_parse_and_reparse_to_the_same_hash(data):
    r = parse_rubric(data, "gen")
    assert parse_rubric(r.to_dict(), "again").content_hash == r.content_hash


@settings(max_examples=150, deadline=None)
@given(rubrics(), st.data())
def test_mutated_rubrics_fail_only_with_rubric_errors(data, draw):
    mutated = copy.deepcopy(data)
    group = draw.draw(st.sampled_from(mutated["groups"]))
    item = draw.draw(st.sampled_from(group["items"]))
    target = draw.draw(st.sampled_from([mutated, group, item]))
    key = draw.draw(st.sampled_from(sorted(target)))
    target[key] = draw.draw(st.one_of(
        st.none(), st.text(max_size=5), st.integers(-5, 500), st.floats(allow_nan=True),
        st.lists(st.integers(), max_size=2), st.booleans()))
    try:
        parse_rubric(mutated, "m")
    except RubricError as e:
        assert e.message.startswith("m: ")
