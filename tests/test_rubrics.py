"""Rubric catalogue, validation messages, content hashes and spreadsheet round-trips."""

import copy
import csv
import io
import json
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
from evaluator_app.rubric.model import STAGE_EN, STAGES
from evaluator_app.rubric.table import export_rubric_table, import_rubric_table, write_rubric_toml
from evaluator_app.scoring import format_decimal

BASE = builtin_rubric_dir() / "2025-base-written.toml"


def base_data() -> dict:
    return tomllib.loads(BASE.read_text(encoding="utf-8"))


PROGRAM_TYPES = {("base", ""), ("strong-small", "climate"), ("strong-small", "population"),
                 ("diffusion", ""), ("complex", ""), ("kcity-plan", ""), ("kcity-demo", "")}


def test_every_program_type_has_a_2025_rubric_for_each_of_its_stages():
    catalogue = load_catalogue()
    by_stage = {stage: {(r.program, r.subtype) for r in catalogue.values()
                        if r.year == 2025 and r.stage == stage} for stage in STAGES}
    assert by_stage["서면"] == by_stage["발표"] == PROGRAM_TYPES
    assert by_stage["현장"] == {("base", ""), ("complex", "")}  # a site check in the research
    assert set(load_programs()) == {p for p, _ in PROGRAM_TYPES}
    assert len(catalogue) == 7 + 7 + 2
    for r in catalogue.values():
        assert r.id == f"{r.year}-{r.program}{'-' + r.subtype if r.subtype else ''}-" \
                       f"{STAGE_EN[r.stage]}", r.id
        assert r.path.name == f"{r.id}.toml"


@pytest.mark.parametrize("path", sorted(builtin_rubric_dir().glob("*.toml")), ids=lambda p: p.stem)
def test_every_shipped_rubric_loads_and_its_sums_check(path: Path):
    r = load_rubric_file(path, check_program=check_program_subtype)
    assert r.status == "proposed" and r.sources and all(s.startswith("http") for s in r.sources)
    assert r.total == sum(g.max_points for g in r.groups)
    for g in r.groups:
        assert g.max_points == sum(i.max_points for i in g.items)
        for i in g.items:
            if i.scale.kind == "grade":
                assert [letter for letter, _ in i.scale.grades] == list("ABCDE")
    # a total other than 100 is said in the title and in the file's opening comment
    if r.total != 100:
        total = format_decimal(r.total)
        assert f"{total}점 만점" in r.title_ko and f"out of {total}" in r.title_en
        assert f"out of {total} points (not 100)" in path.read_text(encoding="utf-8")
    # the pass mark can be both reached and missed: grade items never go below their lowest grade
    lowest = sum((i.grade_points(i.scale.grades[-1][0]) if i.scale.kind == "grade" else 0
                  for i in r.items()), Decimal(0))
    assert r.pass_score is not None and lowest < r.pass_score <= r.total, r.id
    assert r.tie_break and r.opinion_required
    assert r.consolidation.deviation_threshold == r.total * Decimal("0.15")


def test_presentation_rubrics_grade_the_presentation_answers_commitment_and_feasibility():
    for r in load_catalogue().values():
        if r.stage != "발표":
            continue
        assert {i.scale.kind for i in r.items()} == {"grade"}
        assert not r.gates and not r.adjustments  # settled at the 서면 stage
        labels = [g.label_ko for g in r.groups]
        assert labels[:2] == ["발표의 명확성·충실성", "질의응답"], r.id
        assert "추진의지" in labels[2] and "실현가능성" in labels[3], r.id
    site = load_catalogue()["2025-complex-site"]
    assert [g.id for g in site.gates] == ["G1"] and site.total == 30
    assert {g.label_ko for g in site.groups} >= {"R&D·실증 인프라", "참여기관 준비도"}


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


# ---- the CLI over every stage ---------------------------------------------------------------

def test_cli_list_json_shows_the_stage_and_total_of_each(run_cli):
    listed = json.loads(run_cli("rubric", "list", "--json").output)
    stages = {r["id"]: (r["stage"], r["total"]) for r in listed}
    assert stages == {r.id: (r.stage, format_decimal(r.total)) for r in load_catalogue().values()}
    assert stages["2025-base-presentation"] == ("발표", "50")
    assert stages["2025-complex-site"] == ("현장", "30")
    assert stages["2025-diffusion-written"] == ("서면", "100")
    shown = run_cli("rubric", "show", "2025-strong-small-climate-presentation").output
    assert "발표평가 (presentation)" in shown and "50점 만점" in shown
    assert "등급 A10/B9/C8/D7/E6" in shown


@pytest.mark.parametrize("ext", ["xlsx", "csv"])
def test_cli_export_import_round_trips_every_rubric_to_the_same_hash(run_cli, tmp_path: Path,
                                                                      ext: str):
    for r in load_catalogue().values():
        table = tmp_path / f"{r.id}.{ext}"
        assert run_cli("rubric", "export", r.id, "--out", str(table)).exit_code == 0
        out = tmp_path / f"{r.id}.toml"
        imported = run_cli("rubric", "import", str(table), "--out", str(out))
        assert imported.exit_code == 0, imported.output
        assert f"hash {r.content_hash}" in imported.output
        back = load_rubric_file(out, check_program=check_program_subtype)
        assert back.content_hash == r.content_hash and back.stage == r.stage


def test_a_presentation_session_uses_the_presentation_rubrics(tmp_path: Path):
    from pdf_files import write_pdf

    from evaluator_app.session_spec import check_spec

    write_pdf(tmp_path / "slides.pdf")
    spec = tmp_path / "spec.toml"
    app = ('[[applications]]\nid = "{id}"\napplicant = "경기 안산시"\napplicant_kind = "시"\n'
           'population = 690000\nsubtype = "{sub}"\ntitle = "t"\ndocuments = ["slides.pdf"]\n')
    head = ('[session]\nid = "p"\nprogram = "strong-small"\nstage = "{stage}"\ntitle = "발표"\n'
            '[session.rubrics]\nclimate = "2025-strong-small-climate-presentation"\n'
            'population = "2025-strong-small-population-presentation"\n')
    body = app.format(id="A01", sub="climate") + app.format(id="A02", sub="population")
    spec.write_text(head.format(stage="발표") + body, encoding="utf-8")
    loaded, problems = check_spec(spec)
    assert problems == [] and loaded is not None
    assert {r.stage for r in loaded.rubrics.values()} == {"발표"}
    spec.write_text(head.format(stage="서면") + body, encoding="utf-8")
    _, problems = check_spec(spec)
    assert "application A01: rubric 2025-strong-small-climate-presentation is for stage 발표, " \
           "not 서면" in problems
