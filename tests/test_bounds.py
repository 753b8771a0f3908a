"""Bounds the domain knows: populations, years, ids, rubric steps, and `score set` that is
asked to both set and clear. Each family of bad input is refused with one sentence."""

import json
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from test_session_spec import SS, app, write_spec

from evaluator_app.errors import RubricError
from evaluator_app.rubric.catalogue import load_catalogue
from evaluator_app.rubric.loader import ID_RE, parse_rubric
from evaluator_app.session_spec import check_spec

PROPERTY = settings(max_examples=40, deadline=None,
                    suppress_health_check=[HealthCheck.function_scoped_fixture])


TEXT = st.text(alphabet=st.characters(exclude_categories=["Cs"]), max_size=80)


def toml_value(v) -> str:
    """A TOML literal for `v` (JSON escapes are TOML escapes, DEL included)."""
    if isinstance(v, bool):
        return str(v).lower()
    return json.dumps(v, ensure_ascii=False).replace("\x7f", "\\u007f")


def problems_of(tmp_path: Path, session: str = SS, **app_fields) -> list[str]:
    spec = write_spec(tmp_path, session, [app("A01", **app_fields)])
    result, problems = check_spec(spec)
    assert (result is None) == bool(problems)
    return problems


@PROPERTY
@given(pop=st.one_of(st.integers(max_value=0), st.integers(min_value=10**8 + 1)))
def test_a_population_outside_what_a_city_has_is_refused(tmp_path, pop):
    problems = problems_of(tmp_path, population=pop)
    assert any("population" in p for p in problems), problems


@PROPERTY
@given(year=st.one_of(
    st.integers().filter(lambda y: not 2000 <= y <= 2100),
    TEXT, st.floats(allow_nan=False, allow_infinity=False), st.booleans()))
def test_a_session_year_must_be_a_plausible_whole_year(tmp_path, year):
    problems = problems_of(tmp_path, session=SS.replace(
        'title = "강소형"\n', f'title = "강소형"\nyear = {toml_value(year)}\n'))
    assert any("year must be a year such as 2025" in p for p in problems), problems


def test_a_plausible_year_is_accepted(tmp_path):
    assert problems_of(tmp_path, session=SS.replace('title = "강소형"\n',
                                                    'title = "강소형"\nyear = 2025\n')) == []


@PROPERTY
@given(sid=st.one_of(
    TEXT.filter(lambda s: s and not ID_RE.match(s)),
    st.from_regex(r"\A[a-z][a-z0-9-]{64,200}\Z")))  # the right characters, too long
def test_session_ids_keep_a_sane_length_and_character_set(tmp_path, sid):
    session = SS.replace('id = "s"', f"id = {toml_value(sid)}")
    problems = problems_of(tmp_path, session=session)
    assert any("[session]: id" in p and "at most 64 characters" in p for p in problems), problems


def test_a_10_mib_session_id_is_refused_without_echoing_it(tmp_path):
    sid = "a" * (10 * 1024 * 1024)
    problems = problems_of(tmp_path, session=SS.replace('id = "s"', f'id = "{sid}"'))
    message = next(p for p in problems if "[session]: id" in p)
    assert len(message) < 300 and "10,485,762 characters" in message


def test_an_id_with_a_trailing_newline_is_not_an_id():
    assert ID_RE.match("A01") and not ID_RE.match("A01\n") and not ID_RE.match("a" * 65)


@PROPERTY
@given(step=st.one_of(st.decimals(min_value="1e-12", max_value="0.0099", places=12),
                      st.sampled_from(["1e-30", "0.001", "0.005"])))
def test_a_rubric_step_finer_than_a_hundredth_is_refused(step):
    rubric = load_catalogue()["2025-base-written"].to_dict()
    rubric["groups"][0]["items"][0]["step"] = str(step)
    with pytest.raises(RubricError, match=r"'step' must be at least 0\.01"):
        parse_rubric(rubric, "test rubric")


def test_score_set_with_a_value_and_clear_is_refused(ws, session_id, run_cli):
    ws.set_score(session_id, "A01", "1-1", "7", "평가사유를 스무 글자 이상으로 충분하게 적었습니다")
    ws.close()
    result = run_cli("score", "set", session_id, "A01", "1-1", "7", "--clear")
    assert result.exit_code == 2
    assert result.output == "error: give either a value ('7') or --clear, not both\n"
    shown = json.loads(run_cli("score", "show", session_id, "--json").output)
    a01 = next(a for a in shown["applications"] if a["application"] == "A01")
    assert next(i for i in a01["items"] if i["item"] == "1-1")["value"] == "7"
    assert run_cli("score", "set", session_id, "A01", "1-1", "--clear").exit_code == 0


@pytest.mark.parametrize("members", [
    '["../cards/m1.json", "../cards/m1.json"]',          # the same path twice
    '["../cards/m1.json", "../cards/m1-copy.json"]',     # the same card under another name
    '["../cards/m1.json", "../cards/m2.json", "../cards/m1.json"]',
])
def test_the_roster_is_a_set(committee, run_cli, tmp_path, members):
    cards = committee.spec.parent.parent / "cards"
    (cards / "m1-copy.json").write_bytes((cards / "m1.json").read_bytes())
    text = committee.spec.read_text(encoding="utf-8")
    spec = committee.spec.with_name("dup.toml")
    spec.write_text(text.replace('members = ["../cards/m1.json", "../cards/m2.json"]',
                                 f"members = {members}"), encoding="utf-8")
    _, problems = check_spec(spec)
    fp = committee.m1.card.fingerprint
    assert any(f"the identity {fp} is listed" in p for p in problems), problems
    created = run_cli("bundle", "create", str(spec), "--out", str(tmp_path / "x.evb"))
    assert created.exit_code == 2 and f"the identity {fp} is listed" in created.output
    assert not (tmp_path / "x.evb").exists()


def test_a_header_that_lists_a_recipient_twice_is_refused(evb, tmp_path):
    import zipfile

    from evaluator_app.errors import TamperedError
    from evaluator_app.trust.bundle import read_header

    bad = tmp_path / "dup.evb"
    with zipfile.ZipFile(evb) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            data = zin.read(info.filename)
            if info.filename == "header.json":
                header = json.loads(data)
                header["recipients"].append(header["recipients"][0])
                data = json.dumps(header).encode()
            zout.writestr(info.filename, data)
    with pytest.raises(TamperedError, match="lists a recipient twice"):
        read_header(bad)
