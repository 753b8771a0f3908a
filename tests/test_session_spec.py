"""Session specs: every problem listed, eligibility rules with the rule and the value."""

from pathlib import Path

import pytest
from pdf_files import write_pdf

from evaluator_app.errors import SpecError
from evaluator_app.session_spec import check_spec, load_spec


def write_spec(tmp_path: Path, session: str, apps: list[str], pdf: bool = True) -> Path:
    if pdf:
        write_pdf(tmp_path / "plan.pdf")
    else:
        (tmp_path / "plan.pdf").write_bytes(b"hello")
    text = "[session]\n" + session + "\n" + "\n".join(
        "[[applications]]\n" + a + '\ndocuments = ["plan.pdf"]\n' for a in apps)
    path = tmp_path / "spec.toml"
    path.write_text(text, encoding="utf-8")
    return path


SS = ('id = "s"\nprogram = "strong-small"\nstage = "서면"\ntitle = "강소형"\n'
      '[session.rubrics]\nclimate = "2025-strong-small-climate-written"\n'
      'population = "2025-strong-small-population-written"\n')


def app(aid: str, **kw) -> str:
    fields = {"id": aid, "applicant": "경기 안산시", "applicant_kind": "시", "title": "계획",
              "population": 690000, "subtype": "population", **kw}
    return "\n".join(f"{k} = {v!r}" if isinstance(v, str) else f"{k} = {v}"
                     for k, v in fields.items() if v is not None).replace("'", '"')


def test_the_demo_round_is_clean(demo_round: Path):
    spec = load_spec(demo_round)
    assert len(spec.applications) == 6 and spec.sites_to_select == 3
    assert {a.rubric_id for a in spec.applications} == {
        "2025-strong-small-climate-written", "2025-strong-small-population-written"}


@pytest.mark.parametrize("app_fields, expected", [
    ({"population": 1_000_000}, "population 1,000,000 is not below the strong-small cap of "
                                "1,000,000"),
    ({"subtype": None}, "strong-small requires a subtype"),
    ({"subtype": "tourism"}, "subtype 'tourism' is not a sub-type of strong-small"),
    ({"applicant_kind": "광역시"}, "applicant_kind '광역시' is not allowed for strong-small"),
    ({"population": None}, "population is required for strong-small"),
])
def test_strong_small_eligibility(tmp_path: Path, app_fields, expected):
    _, problems = check_spec(write_spec(tmp_path, SS, [app("A01", **app_fields)]))
    assert any(expected in p for p in problems), problems


def test_diffusion_population_cap(tmp_path: Path):
    session = ('id = "d"\nprogram = "diffusion"\nstage = "서면"\ntitle = "확산"\n'
               'rubric = "2025-diffusion-written"\n')
    ok = app("A01", population=299_999, subtype=None, applicant_kind="군")
    bad = app("A02", population=300_000, subtype=None, applicant_kind="군")
    _, problems = check_spec(write_spec(tmp_path, session, [ok, bad]))
    assert problems == ["application A02: population 300,000 is not below the diffusion cap "
                        "of 300,000"]


def test_kcity_rules(tmp_path: Path):
    demo = ('id = "k"\nprogram = "kcity-demo"\nstage = "서면"\ntitle = "실증"\n'
            'rubric = "2025-kcity-demo-written"\n')
    partner = app("A01", applicant_kind="기업", subtype=None, population=None,
                  overseas_partner="Hanoi DOC")
    alone = app("A02", applicant_kind="기업", subtype=None, population=None)
    _, problems = check_spec(write_spec(tmp_path, demo, [partner, alone]))
    assert problems == ["application A02: kcity-demo requires an overseas partner institution "
                        "(overseas_partner)"]
    plan = ('id = "p"\nprogram = "kcity-plan"\nstage = "서면"\ntitle = "계획"\n'
            'rubric = "2025-kcity-plan-written"\n')
    apps = [app(f"A0{i}", applicant_kind="외국 정부", subtype=None, population=None,
                jurisdiction="Kenya/Nairobi") for i in (1, 2)]
    _, problems = check_spec(write_spec(tmp_path, plan, apps))
    assert any("2 applications come from the jurisdiction 'Kenya/Nairobi'" in p for p in problems)


def test_all_problems_are_listed_at_once(tmp_path: Path):
    session = SS.replace('title = "강소형"', 'title = "강소형"\nsites_to_select = 5').replace(
        "2025-strong-small-climate-written", "no-such-rubric")
    apps = [app("A01"), app("A01", subtype="climate"), app("A03", documents=None)]
    path = write_spec(tmp_path, session, apps, pdf=False)
    (tmp_path / "plan.pdf").unlink()
    _, problems = check_spec(path)
    text = "\n".join(problems)
    assert "sites_to_select 5 exceeds the strong-small call's 3" in text
    assert "application id 'A01' is used 2 times" in text
    assert "unknown rubric 'no-such-rubric'" in text
    assert "document plan.pdf does not exist" in text
    with pytest.raises(SpecError) as info:
        load_spec(path)
    assert info.value.problems == problems


def test_wrong_rubric_for_the_program_or_subtype(tmp_path: Path):
    session = SS.replace("2025-strong-small-population-written", "2025-base-written")
    _, problems = check_spec(write_spec(tmp_path, session, [app("A01")]))
    assert problems == ["application A01: rubric 2025-base-written is for program base, "
                        "not strong-small"]
    session = ('id = "s"\nprogram = "strong-small"\nstage = "서면"\ntitle = "강소형"\n'
               'rubric = "2025-strong-small-climate-written"\n')
    _, problems = check_spec(write_spec(tmp_path, session, [app("A01")]))
    assert problems == ["application A01: rubric 2025-strong-small-climate-written is for "
                        "subtype climate, not population"]


def test_not_a_pdf_and_broken_toml(tmp_path: Path):
    _, problems = check_spec(write_spec(tmp_path, SS, [app("A01")], pdf=False))
    assert len(problems) == 1 and problems[0].startswith(
        "application A01: document plan.pdf is not a PDF file (it does not start with %PDF-)")
    bad = tmp_path / "bad.toml"
    bad.write_text("[session\n", encoding="utf-8")
    with pytest.raises(SpecError, match=r"bad\.toml: broken TOML"):
        check_spec(bad)


def test_titles_and_applicants_are_one_line(tmp_path: Path):
    """A line break in a heading or a table cell breaks the 평가표 and 종합평가표 layouts."""
    session = SS.replace('title = "강소형"', 'title = """강소형\n서면평가"""')
    apps = [app("A01").replace('"경기 안산시"', '"경기\\n안산시"'),
            app("A02").replace('"계획"', '"계획\\u2028둘째 줄"'),
            app("A03").replace('"경기 안산시"', '"경기\u00a0안산시"')]  # a pasted space: fine
    _, problems = check_spec(write_spec(tmp_path, session, apps))
    assert "[session]: the title must be one line (no line break)" in problems
    assert "application A01: applicant must be one line (no line break)" in problems
    assert "application A02: title must be one line (no line break)" in problems
    assert not any("A03" in p for p in problems), problems
