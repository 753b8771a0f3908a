"""A provisional result on the 발표 day tells the truth (issue 20 item 2): only the applicants
who have presented are ranked, the rest are 발표 전 without a status, hand-ins are counted per
presented applicant and the alarms are what is actually wrong; the 잠정 paper says so too."""

import pytest
from big_committee import build_big_committee
from pdf_files import paper_properties, paper_text
from test_consolidation import scores_of
from test_result_reports import needs_pdftotext

from evaluator_app.consolidation import Options, run, write_outputs
from evaluator_app.consolidation.presented import NOT_PRESENTED, alarms, in_progress
from evaluator_app.review import draw_order
from evaluator_app.trust.bundle import load_bundle
from evaluator_demo.committee_sim import sign_sheet

REVIEW = '[session.review]\npresentation_minutes = 10\nquestions_minutes = 10\norder = "draw"'
SEED = "104139"
RECUSED = 1  # 이위원, pre-declared 회피 on A03


@pytest.fixture(scope="module")
def day(tmp_path_factory: pytest.TempPathFactory):
    return build_big_committee(tmp_path_factory.mktemp("day"), session_extra=REVIEW)


@pytest.fixture(scope="module")
def bundle(day):
    return load_bundle(day.evb, day.chair)


@pytest.fixture(scope="module")
def order(bundle) -> list[str]:
    return draw_order([a["id"] for a in bundle.manifest["applications"]], SEED)


def hand_in(bundle, day, folder, apps: list[str], members=None, partial: int = 1) -> None:
    for i, m in enumerate(day.members):
        if members is None or i in members:
            sign_sheet(bundle, m, {a: scores_of(i)[a] for a in apps}, folder / f"m{i}",
                       partial=partial)


def provisional(bundle, folder, seed: str | None = SEED):
    return run([folder], bundle, None, options=Options(provisional=True, agenda_seed=seed))


def test_after_the_first_applicant_only_it_is_ranked(day, bundle, order, tmp_path):
    hand_in(bundle, day, tmp_path, order[:1])
    done = provisional(bundle, tmp_path)
    result = done.result
    rows = {a["id"]: a for a in result["applications"]}
    first = rows[order[0]]
    assert first["presented"] is True and first["rank_overall"] == 1 and first["status"]
    for aid in order[1:]:  # not 평가불가, not ranked, no "nobody scored it" finding
        assert rows[aid]["presented"] is False and rows[aid]["status"] is None
        assert rows[aid]["rank"] is None and rows[aid]["rank_overall"] is None
    assert result["small_panels"] == []
    assert result["presentation"]["presented"] == order[:1]
    assert result["presentation"]["to_present"] == order[1:]
    expected = 6 if order[0] == "A03" else 7
    assert result["presentation"]["handins"] == [
        {"application": order[0], "expected": expected, "handed_in": expected, "awaited": []}]
    assert in_progress(result)
    assert alarms(done.collection, result["presentation"], order[1]) == []


def test_a_member_missing_after_the_slot_is_an_alarm_and_not_before(day, bundle, order,
                                                                    tmp_path):
    hand_in(bundle, day, tmp_path, order[:2], members=range(6))
    hand_in(bundle, day, tmp_path, order[:1], members=[6])  # 조위원 still scoring the second
    done = provisional(bundle, tmp_path)
    presentation = done.result["presentation"]
    assert presentation["presented"] == order[:2]
    second = presentation["handins"][1]
    late = day.members[6].card.fingerprint
    assert second["awaited"] == [late] and second["handed_in"] == second["expected"] - 1
    # while the second applicant is on (or nothing says the room moved on): no alarm
    assert alarms(done.collection, presentation, order[1]) == []
    assert alarms(done.collection, presentation) == []
    found = alarms(done.collection, presentation, order[2])  # the third applicant is on
    assert [(a.kind, a.member, a.application) for a in found] == [
        ("awaited", late, order[1])]


def test_an_applicant_skipped_in_the_hand_ins_is_presented_and_awaited(day, bundle, order,
                                                                       tmp_path):
    """Sheets for the third but none for the second: the second has presented (the agenda says
    so) and every member is late for it; a rejected sheet is an alarm too."""
    hand_in(bundle, day, tmp_path, [order[0], order[2]])
    tampered = sign_sheet(bundle, day.members[0], {order[0]: 80}, tmp_path / "bad", partial=2)
    tampered.write_bytes(tampered.read_bytes().replace(b'"total":"80"', b'"total":"90"', 1))
    done = provisional(bundle, tmp_path)
    result = done.result
    assert result["presentation"]["presented"] == order[:3]
    second = {a["id"]: a for a in result["applications"]}[order[1]]
    assert second["presented"] is True and second["status"] is None  # not "평가불가"
    kinds = [a.kind for a in alarms(done.collection, result["presentation"], order[3])]
    assert kinds.count("rejected") == 1
    assert kinds.count("awaited") == len(result["presentation"]["handins"][1]["awaited"]) >= 6


def test_without_a_draw_the_spec_order_is_the_agenda(day, bundle, tmp_path):
    hand_in(bundle, day, tmp_path, ["A02"])
    result = provisional(bundle, tmp_path, seed=None).result
    assert result["agenda"]["order"][:2] == ["A01", "A02"]
    assert result["presentation"]["presented"] == ["A01", "A02"]  # A01 before it: presented


def test_a_final_result_has_no_presentation_state(day, bundle, tmp_path):
    for i, m in enumerate(day.members):
        sign_sheet(bundle, m, scores_of(i), tmp_path)
    result = run([tmp_path], bundle, day.chair.card,
                 options=Options(agenda_seed=SEED)).result
    assert "presentation" not in result
    assert all("presented" not in a for a in result["applications"])


@needs_pdftotext
def test_the_provisional_paper_says_잠정_in_its_title_and_발표_전(day, bundle, order, tmp_path):
    hand_in(bundle, day, tmp_path / "sheets", order[:2], members=range(6))
    hand_in(bundle, day, tmp_path / "sheets", order[:1], members=[6])
    result = provisional(bundle, tmp_path / "sheets").result
    out = tmp_path / "out"
    write_outputs(result, bundle, None, out)
    text = paper_text(out / "report.pdf")
    assert "종합평가표 (잠정) —" in text
    assert paper_properties(out / "report.pdf")["title"].startswith("종합평가표 (잠정)")
    assert text.count(NOT_PRESENTED) >= 4  # the four still to present, in the result column
    assert "평가불가" not in text
    expected = 6 if order[1] == "A03" else 7
    assert f"{order[1]}: {expected}명 중 {expected - 1}명 제출" in text
    public = paper_text(out / "report-public.pdf")
    assert "종합평가 결과 (공개용) (잠정)" in public


def test_the_applicant_on_now_in_the_room_ends_the_slots_before_it(day, bundle, order,
                                                                   tmp_path):
    """The review screen says who is on: the applicants before have presented even with no
    sheet for them yet, and a member without one is late."""
    hand_in(bundle, day, tmp_path, order[:1])
    done = run([tmp_path], bundle, None, options=Options(provisional=True, agenda_seed=SEED,
                                                         on_now=order[2]))
    presentation = done.result["presentation"]
    assert presentation["presented"] == order[:2]
    assert presentation["handins"][1]["handed_in"] == 0
    late = {a.member for a in alarms(done.collection, presentation, order[2])
            if a.application == order[1]}
    assert late == set(presentation["handins"][1]["awaited"]) and len(late) >= 6
