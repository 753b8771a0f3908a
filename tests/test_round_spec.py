"""The round model's spec file: spec → model → spec is equal (a property over generated
rounds), what the desk writes passes `session check`, and the keys it added are checked."""

import tomllib
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from pdf_files import write_pdf

from evaluator_app.coi import COI_GROUNDS
from evaluator_app.programs import load_programs
from evaluator_app.review import ReviewPlan
from evaluator_app.round.model import (
    CONFIRM_WAYS,
    ApplicationDraft,
    Confirmation,
    ConflictDraft,
    RosterDraft,
    RoundDraft,
    SessionDraft,
    Window,
)
from evaluator_app.round.new import session_rubrics
from evaluator_app.round.spec_io import read_spec, spec_text, to_toml, write_spec
from evaluator_app.round.template import spec_template
from evaluator_app.round_desk import open_round, save_round
from evaluator_app.session_spec import check_spec
from evaluator_app.trust.identity import Identity

TEXT = st.text(st.one_of(st.characters(min_codepoint=0xAC00, max_codepoint=0xD7A3),
                         st.sampled_from(list("abcXYZ019 .,-_'\"\\()·/#="))),
               min_size=1, max_size=24).filter(lambda s: s.strip())
OPTIONAL_TEXT = st.none() | TEXT


@pytest.fixture(scope="module")
def files(tmp_path_factory):
    """Three real PDFs and a chair's and three members' cards, made once."""
    root = tmp_path_factory.mktemp("files")
    pdfs = [write_pdf(root / "문서" / f"plan {i}.pdf") for i in range(3)]
    people = [Identity.generate("위원장", "대학", "chair"),
              *(Identity.generate(f"위원{i}", "기관") for i in range(3))]
    cards = []
    for i, p in enumerate(people):
        path = root / "카드" / f"card{i}.json"
        path.parent.mkdir(exist_ok=True)
        p.card.save(path)
        cards.append((path, p.card.fingerprint))
    return root, pdfs, cards


@st.composite
def rounds(draw, pdfs: list[Path], cards: list[tuple[Path, str]]) -> RoundDraft:
    """A valid round of any program: eligible applications, a roster, conflicts, ticks."""
    program = load_programs()[draw(st.sampled_from(sorted(load_programs())))]
    rubric, rubrics, _ = session_rubrics(program, "서면", None)
    n = draw(st.integers(1, 4))
    apps = []
    for i in range(n):
        cap = program.population_below
        population = draw(st.integers(1, cap - 1) if cap else st.none() | st.integers(1, 10**8))
        docs = draw(st.lists(st.sampled_from(pdfs), min_size=1, max_size=3, unique=True))
        consortium = draw(st.none() | TEXT | st.lists(TEXT, min_size=1, max_size=3).map(tuple))
        apps.append(ApplicationDraft(
            id=f"A{i + 1:02d}", applicant=draw(TEXT), title=draw(TEXT),
            applicant_kind=draw(st.sampled_from(program.applicant_kinds)),
            documents=tuple(docs), population=population,
            subtype=draw(st.sampled_from(sorted(program.subtypes))) if program.subtypes else "",
            jurisdiction=f"관할 {i}" if program.one_per_jurisdiction else draw(OPTIONAL_TEXT),
            overseas_partner=draw(TEXT if program.overseas_partner_required else OPTIONAL_TEXT),
            consortium=consortium))
    chair = cards[0]
    members = draw(st.lists(st.sampled_from(cards[1:]), min_size=1, max_size=3, unique=True))
    ticked = draw(st.lists(st.sampled_from([chair, *members]), unique=True))
    confirmed = {p: Confirmation(draw(st.sampled_from(CONFIRM_WAYS)), fp) for p, fp in ticked}
    pairs = draw(st.lists(st.tuples(st.sampled_from(members), st.sampled_from(apps)),
                          unique_by=lambda t: (t[0][0], t[1].id), max_size=3))
    conflicts = []
    for (path, _), app in pairs:
        ground = draw(st.none() | st.sampled_from(sorted(COI_GROUNDS)))
        reason = draw(TEXT if ground == "other" else OPTIONAL_TEXT)
        conflicts.append(ConflictDraft(path, app.id, ground, reason))
    window = None
    if draw(st.booleans()):
        opens = draw(st.datetimes(datetime(2024, 1, 1), datetime(2030, 1, 1))).replace(
            microsecond=0, tzinfo=timezone(timedelta(hours=draw(st.integers(-12, 14)))))
        window = Window(opens, opens + timedelta(minutes=draw(st.integers(1, 10**5))))
    review = draw(st.none() | st.builds(ReviewPlan, st.integers(1, 180), st.integers(1, 180),
                                        st.sampled_from(["spec", "draw"])))
    session = SessionDraft(
        id=draw(st.from_regex(r"\A[A-Za-z0-9][A-Za-z0-9._-]{0,20}\Z")), program=program.id,
        stage="서면", title=draw(TEXT),
        sites_to_select=draw(st.none() | st.integers(1, program.sites_to_select)),
        year=draw(st.none() | st.integers(2000, 2100)),
        quorum=draw(st.none() | st.integers(1, len(members))), rubric=rubric,
        rubrics=rubrics, review=review)
    return RoundDraft(session, tuple(apps), RosterDraft(chair[0], tuple(p for p, _ in members),
                                                       confirmed),
                      window, draw(TEXT), tuple(conflicts), draw(st.none() | st.booleans()))


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(data=st.data())
def test_model_spec_model_is_equal_and_session_check_accepts_it(files, data):
    root, pdfs, cards = files
    draft = data.draw(rounds(pdfs, cards))
    where = root / data.draw(st.sampled_from(["", "spec 폴더", "a/b"]))
    path = write_spec(draft, where / "spec.toml")
    again = read_spec(path)
    assert again == draft
    # spec → model → spec: the same TOML data, written twice
    assert tomllib.loads(spec_text(again, where)) == to_toml(draft, where)
    spec, problems = check_spec(path)
    assert problems == []
    assert [a.id for a in spec.applications] == [a.id for a in draft.applications]
    assert len(spec.conflicts) == len(draft.conflicts)


def test_the_demo_spec_reads_and_writes_back_as_itself(demo_round: Path, tmp_path):
    draft, problems = open_round(demo_round)
    assert problems == []
    original = tomllib.loads(demo_round.read_text(encoding="utf-8"))
    assert to_toml(draft, demo_round.parent) == original
    # saved elsewhere, the paths follow (relative to the new place) and it still checks
    out = tmp_path / "copy" / "spec.toml"
    assert save_round(draft, out) == []
    assert read_spec(out) == draft
    assert check_spec(out)[1] == []


def test_a_confirmation_is_void_when_the_card_changes(files, tmp_path):
    _, pdfs, cards = files
    chair, member = cards[0], cards[1]
    draft = RoundDraft(
        SessionDraft("s", "base", "서면", "거점형", rubric="2025-base-written"),
        (ApplicationDraft("A01", "전북 전주시", "시", "계획", (pdfs[0],)),),
        RosterDraft(chair[0], (member[0],), {member[0]: Confirmation("phone", cards[2][1])}),
        pledge="서약", conflicts=(ConflictDraft(member[0], "A01", "other"),
                                ConflictDraft(member[0], "A01", "gossip", "x")))
    problems = save_round(draft, tmp_path / "s.toml")
    text = [str(p) for p in problems]
    assert any("now has the fingerprint" in t and "compare it with its owner again" in t
               for t in text), text
    assert any("ground other needs a reason" in t for t in text)
    assert any("ground 'gossip' is not one of party" in t for t in text)
    assert not (tmp_path / "s.toml").exists()


@pytest.mark.parametrize("program", sorted(load_programs()))
@pytest.mark.parametrize("stage", ["서면", "발표"])
def test_the_template_spec_is_toml_and_says_the_program(program, stage):
    p = load_programs()[program]
    rubric, rubrics, problems = session_rubrics(p, stage, None)
    assert problems == []
    data = tomllib.loads(spec_template(p, stage, rubric, rubrics, 2025))
    assert data["session"]["program"] == program and data["session"]["stage"] == stage
    assert data["session"].get("rubric") == rubric and data["session"].get("rubrics", {}) == \
        rubrics
