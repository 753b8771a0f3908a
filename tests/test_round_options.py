"""`session new`'s options for what the tables cannot say: the window (Korea time unless a zone
is given), the pledge as text or a file, and a 발표 stage's minutes and order; each written into
the spec `session check` accepts, and each misuse refused with nothing written."""

import tomllib
from datetime import datetime, timedelta, timezone

import pytest
from round_helpers import ROWS, fill_template, make_people, save_cards, write_documents

from evaluator_app.round.spec_io import read_spec
from evaluator_app.round.template import write_template

KST = timezone(timedelta(hours=9))


@pytest.fixture(scope="module")
def inputs(tmp_path_factory) -> list[str]:
    """The applicants table, documents and cards of a two-application 강소형 round."""
    root = tmp_path_factory.mktemp("inputs")
    template, _ = write_template("strong-small", "서면", root / "t")
    table = fill_template(template, ROWS["strong-small"], root / "신청기관.xlsx")
    return ["--program", "strong-small", "--applicants", str(table), "--documents",
            str(write_documents(root / "문서", ["A01", "A02"])), "--cards",
            str(save_cards(make_people(2), root / "카드"))]


def test_window_pledge_file_minutes_and_order_reach_the_checked_spec(inputs, run_cli, tmp_path):
    pledge = tmp_path / "서약서.txt"
    pledge.write_text("\ufeff본인은 공정하게 평가할 것을 서약합니다.\n", encoding="utf-8")
    spec = tmp_path / "발표" / "spec.toml"
    made = run_cli("session", "new", *inputs, "--stage", "발표", "--title", "강소형 발표평가",
                   "--window-opens", "2025-06-02T09:00", "--window-closes",
                   "2025-06-13 18:00+09:00", "--pledge", str(pledge),
                   "--presentation-minutes", "12", "--questions-minutes", "8",
                   "--order", "draw", "--out", str(spec))
    assert made.exit_code == 0, made.output
    data = tomllib.loads(spec.read_text(encoding="utf-8"))
    assert data["session"]["review"] == {"presentation_minutes": 12, "questions_minutes": 8,
                                         "order": "draw"}
    assert data["window"] == {"opens": datetime(2025, 6, 2, 9, tzinfo=KST),
                              "closes": datetime(2025, 6, 13, 18, tzinfo=KST)}
    assert data["pledge"]["text"] == "본인은 공정하게 평가할 것을 서약합니다."
    checked = run_cli("session", "check", str(spec))
    assert checked.exit_code == 0, checked.output


def test_the_defaults_and_a_pledge_given_as_text(inputs, run_cli, tmp_path):
    spec = tmp_path / "spec.toml"
    made = run_cli("session", "new", *inputs, "--stage", "발표", "--title", "강소형 발표평가",
                   "--order", "draw", "--pledge", "  공정하게 평가합니다.  ", "--out", str(spec))
    assert made.exit_code == 0, made.output
    draft = read_spec(spec)
    assert draft.pledge == "공정하게 평가합니다."
    assert draft.window is None  # no window given: none written
    review = draft.session.review
    assert (review.presentation_minutes, review.questions_minutes, review.order) == (10, 10,
                                                                                     "draw")
    written = tmp_path / "서면.toml"
    made = run_cli("session", "new", *inputs, "--stage", "서면", "--title", "강소형 서면평가",
                   "--out", str(written))
    assert made.exit_code == 0, made.output
    draft = read_spec(written)
    assert draft.session.review is None and draft.pledge.startswith("본인은 강소형 서면평가의")


@pytest.mark.parametrize("args, said", [
    (["--window-opens", "2025-06-13T18:00", "--window-closes", "2025-06-02T09:00"],
     "the window closes before it opens"),
    (["--window-opens", "2025-06-02T09:00"], "--window-opens and --window-closes go together"),
    (["--window-opens", "6월 2일", "--window-closes", "2025-06-13T18:00"],
     "--window-opens '6월 2일' is not a date and time"),
    (["--window-opens", "2025-06-02", "--window-closes", "2025-06-13T18:00"],
     "needs a time of day too"),
    (["--order", "draw"], "are for a 발표 stage, not 서면"),
    (["--presentation-minutes", "0"], "0 is not in the range 1<=x<=180"),
    (["--pledge", " "], "the pledge is empty"),
])
def test_what_cannot_stand_is_refused_and_nothing_written(inputs, run_cli, tmp_path, args,
                                                          said):
    spec = tmp_path / "spec.toml"
    made = run_cli("session", "new", *inputs, "--stage", "서면", "--title", "강소형 서면평가",
                   *args, "--out", str(spec))
    assert made.exit_code == 2, made.output
    assert said in made.output
    assert not spec.exists()
