"""Stages chained: the 서면 result shortlists for the 발표 stage and the final score combines
them (hand-computed). 서면 totals 100; 발표 rubrics total 50 and are graded A–E."""

from decimal import Decimal as D
from pathlib import Path

import pytest
from test_consolidation import by_id, sign_all

from evaluator_app.consolidation import run, verify_result, write_result
from evaluator_app.errors import ConsolidationError, SpecError
from evaluator_app.session_spec import check_spec, load_spec
from evaluator_app.stages import check_chain
from evaluator_app.trust.bundle import create_bundle, load_bundle
from evaluator_demo.committee_sim import Score, sign_sheet

ITEMS = ("1-1", "1-2", "2-1", "2-2", "3-1", "3-2", "4-1", "4-2")


def graded(letter: str, **overrides: str) -> Score:
    """Every 발표 item at `letter` (A 100 %, B 90 %, C 80 % of its points), some overridden."""
    items = {i: overrides.get(i.replace("-", "_"), letter) for i in ITEMS}
    points = {"A": D(1), "B": D("0.9"), "C": D("0.8")}
    maxima = {"1-1": 5, "1-2": 10, "2-1": 10, "2-2": 5, "3-1": 5, "3-2": 5, "4-1": 5, "4-2": 5}
    return Score(sum(points[items[i]] * maxima[i] for i in ITEMS), items)


@pytest.fixture(scope="module")
def written(big, tmp_path_factory):
    """The signed 서면 result of the TOTALS round: A04 89, A01 82.20, A06 77, A02 73,
    A03 68.50, A05 62 — so a shortlist of 4 is A04, A01, A06, A02."""
    root = tmp_path_factory.mktemp("written")
    bundle = load_bundle(big.evb, big.chair)
    sign_all(big, bundle, root / "sheets")
    result = run([root / "sheets"], bundle, big.chair.card).result
    return write_result(result, big.chair, root / "result").json


def later_spec(big, written: Path, folder: Path, weight: str, shortlist: str = "4",
               apps: tuple[str, ...] = ("A04", "A01", "A06", "A02")) -> Path:
    round_dir = big.spec.parent
    subtypes = {"A01": "population", "A02": "population", "A03": "climate", "A04": "climate",
                "A05": "population", "A06": "climate", "A07": "climate"}
    lines = ["[session]", 'id = "2025-strong-small-presentation"', 'program = "strong-small"',
             'stage = "발표"', 'title = "2025년 강소형 스마트도시 조성사업 발표평가"',
             "sites_to_select = 3", "year = 2025",
             "[session.rubrics]", 'climate = "2025-strong-small-climate-presentation"',
             'population = "2025-strong-small-population-presentation"',
             "[session.previous]", f'result = "{written}"',
             f'chair = "{round_dir.parent / "cards" / "chair.json"}"',
             f"shortlist = {shortlist}", f"weight = {weight}"]
    for aid in apps:
        pdf = round_dir / "apps" / min(aid, "A06") / "plan.pdf"
        lines += ["[[applications]]", f'id = "{aid}"', f'applicant = "신청기관 {aid}"',
                  'applicant_kind = "시"', "population = 200000", f'subtype = "{subtypes[aid]}"',
                  f'title = "발표 {aid}"', f'documents = ["{pdf}"]']
    roster = ", ".join(f'"{round_dir.parent / "cards" / f"m{i}.json"}"' for i in range(7))
    lines += ["[roster]", f'chair = "{round_dir.parent / "cards" / "chair.json"}"',
              f"members = [{roster}]", "[pledge]", 'text = "공정하게 평가합니다."']
    folder.mkdir(parents=True, exist_ok=True)
    spec = folder / "spec.toml"
    spec.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return spec


def presentation(big, written, tmp_path, weight, scores):
    spec = load_spec(later_spec(big, written, tmp_path / "spec", weight))
    evb = tmp_path / "presentation.evb"
    create_bundle(spec, big.secretariat, evb)
    bundle = load_bundle(evb, big.chair)
    for m in big.members:
        sign_sheet(bundle, m, scores, tmp_path / "sheets")
    return bundle, run([tmp_path / "sheets"], bundle, big.chair.card).result


SCORES = {"A02": graded("A"), "A04": graded("B"), "A01": graded("C"), "A06": graded("B")}


def test_weight_0_3_combines_percentages_of_different_totals(big, written, tmp_path):
    bundle, result = presentation(big, written, tmp_path, "0.3", SCORES)
    apps = by_id(result)
    # A02: 0.3 × 73 + 0.7 × 100 = 91.90; A04: 0.3 × 89 + 0.7 × 90 = 89.70
    # A06: 0.3 × 77 + 0.7 × 90 = 86.10; A01: 0.3 × 82.2 + 0.7 × 80 = 80.66
    assert {a: apps[a]["final_score"] for a in apps} == {
        "A02": "91.90", "A04": "89.70", "A06": "86.10", "A01": "80.66"}
    assert apps["A02"]["stage_score"] == "50.00"  # this stage's own figure, out of 50
    assert apps["A01"]["stage_scores"] == {"서면": "82.20", "발표": "80.00"}
    assert [apps[a]["rank_overall"] for a in ("A02", "A04", "A06", "A01")] == [1, 2, 3, 4]
    assert [apps[a]["status"] for a in ("A02", "A04", "A06", "A01")] == [
        "선정", "선정", "선정", "예비"]
    assert result["previous"]["stage"] == "서면" and result["previous"]["weight"] == "0.3"
    out = write_result(result, big.chair, tmp_path / "out")
    assert verify_result(out.json, bundle, [tmp_path / "sheets"]).differences == []
    check_chain(result, written)  # the earlier result is the one recorded, signed by its chair
    from evaluator_app.consolidation.tables import rows

    header, body = rows(result)
    assert header[:9] == ["rank", "application_id", "applicant", "subtype", "final_score",
                          "n_scores", "status", "서면", "발표"]
    assert body[0][:9] == [1, "A02", "신청기관 A02", "population", "91.90", 7, "선정", "73.00",
                           "100.00"]


@pytest.mark.parametrize("weight, expected", [
    ("0", {"A02": "100.00", "A04": "90.00", "A06": "90.00", "A01": "80.00"}),
    ("1", {"A02": "73.00", "A04": "89.00", "A06": "77.00", "A01": "82.20"}),
])
def test_weight_0_is_the_later_stage_alone_and_1_the_earlier(big, written, tmp_path, weight,
                                                              expected):
    _, result = presentation(big, written, tmp_path, weight, SCORES)
    assert {a["id"]: a["final_score"] for a in result["applications"]} == expected


def test_a_combined_tie_is_broken_by_the_later_stage(big, written, tmp_path):
    """weight 0.5: A02 0.5 × 73 + 0.5 × 90 = 81.50; A06 0.5 × 77 + 0.5 × 86 = 81.50."""
    scores = {**SCORES, "A02": graded("B"), "A06": graded("B", **{"1_2": "C", "2_1": "C"})}
    _, result = presentation(big, written, tmp_path, "0.5", scores)
    apps = by_id(result)
    assert apps["A02"]["final_score"] == apps["A06"]["final_score"] == "81.50"
    assert apps["A06"]["stage_score"] == "43.00"
    assert (apps["A02"]["rank_overall"], apps["A06"]["rank_overall"]) == (2, 3)


def test_an_application_off_the_shortlist_is_refused(big, written, tmp_path):
    spec = later_spec(big, written, tmp_path, "0.3",
                      apps=("A04", "A01", "A06", "A02", "A03"))
    _, problems = check_spec(spec)
    assert problems == ["application A03 is not on the shortlist of the 서면 result "
                        "2025-strong-small-written (shortlist 4)"]
    passing = later_spec(big, written, tmp_path / "pass", "0.3", shortlist='"pass"',
                         apps=("A04", "A01", "A06", "A02", "A03"))
    assert check_spec(passing)[1] == []  # 선정 ×3 and 예비 ×3 all go on
    with pytest.raises(SpecError, match="A07 is not on the shortlist"):  # not in 서면 at all
        load_spec(later_spec(big, written, tmp_path / "p2", "0.3", shortlist='"pass"',
                             apps=("A04", "A07")))


def test_an_earlier_result_with_a_bad_signature_is_refused(big, written, tmp_path):
    forged = tmp_path / "result.json"
    data = written.read_bytes().replace(b'"final_score":"73.00"', b'"final_score":"93.00"')
    forged.write_bytes(data)
    (tmp_path / "result.json.minisig").write_bytes(Path(str(written) + ".minisig").read_bytes())
    _, problems = check_spec(later_spec(big, forged, tmp_path / "s", "0.3"))
    assert len(problems) == 1 and "signature does not verify" in problems[0]
    # signed by someone who is not the chair the spec names
    stranger_sig = big.members[0].sign(written.read_bytes(), "result x")
    (tmp_path / "result.json.minisig").write_bytes(stranger_sig)
    forged.write_bytes(written.read_bytes())
    _, problems = check_spec(later_spec(big, forged, tmp_path / "s2", "0.3"))
    assert len(problems) == 1 and "signature" in problems[0]
    with pytest.raises(ConsolidationError, match="hash differs"):
        check_chain({"previous": {"result_sha256": "sha256:00", "stage": "서면"}}, written)


def test_weight_outside_0_to_1_is_refused(big, written, tmp_path):
    _, problems = check_spec(later_spec(big, written, tmp_path, "1.5"))
    assert problems == ["[session.previous]: weight must be a number from 0 to 1, not 1.5"]


def test_a_shortlist_longer_than_the_earlier_ranking_is_refused(big, written, tmp_path):
    _, problems = check_spec(later_spec(big, written, tmp_path, "0.3", shortlist="100"))
    assert problems == ["[session.previous]: shortlist 100 is more than the 6 application(s) "
                        "ranked in the earlier result; choose at most 6 (or \"pass\")"]
    # six of six ranked is a valid shortlist: everyone goes on
    assert check_spec(later_spec(big, written, tmp_path / "six", "0.3", shortlist="6"))[1] == []


def test_a_result_checked_against_another_sessions_bundle_says_so_first(big, written,
                                                                        tmp_path):
    bundle, _ = presentation(big, written, tmp_path, "0.3", SCORES)
    with pytest.raises(ConsolidationError) as refused:
        verify_result(written, bundle, [tmp_path / "sheets"])
    assert refused.value.message == (
        f"{written} is the result of session 2025-strong-small-written, but the bundle is "
        "session 2025-strong-small-presentation: give the bundle the result was made from")
