"""The 발표 day's core: spec [session.review], slides in the bundle, the order draw, the timer,
picking up sheets from a USB stick, and the agenda recorded in the result."""

import re
import shutil
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st
from identity_files import identity_file

from evaluator_app.consolidation import Options, run, verify_result, write_result
from evaluator_app.errors import ConsolidationError
from evaluator_app.numbers import clip
from evaluator_app.review import ReviewPlan, agenda, draw_order, new_files, review_problems, timer
from evaluator_app.session_spec import check_spec, load_spec
from evaluator_app.trust.bundle import create_bundle, load_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.workspace import Workspace
from evaluator_demo.committee_sim import sign_sheet

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")


def test_the_draw_is_the_same_for_the_same_seed_and_a_permutation():
    ids = [f"A{i:02d}" for i in range(1, 17)]
    first = draw_order(ids, "042917")
    assert first == draw_order(list(reversed(ids)), " 042917 ")  # input order, spaces: no matter
    assert sorted(first) == ids and first != ids
    assert draw_order(ids, "042918") != first
    with pytest.raises(ConsolidationError, match="needs a seed"):
        draw_order(ids, " ")


@given(st.lists(st.text(min_size=1, max_size=5), min_size=1, max_size=20, unique=True),
       st.text(alphabet="0123456789", min_size=1, max_size=8))
def test_a_draw_is_always_a_permutation(ids, seed):
    assert sorted(draw_order(ids, seed)) == sorted(ids)


@pytest.mark.parametrize("seed", ["4291", "0429170", "０４２９１７", "04 29 17", "seed 042917",
                                  "", "7" * 3000])
def test_a_typed_seed_is_six_digits_as_the_draw_gives_them(home, tmp_path, run_cli, seed):
    """The seed is recorded so anyone can redraw the order: any text was taken (a pasted
    paragraph, a typo of five digits). Refused before the bundle is read or a key asked."""
    missing = str(tmp_path / "no bundle.evb")
    for option, args in (("--agenda-seed", ["consolidate", "--bundle", missing, str(tmp_path),
                                            "--out", str(tmp_path / "out")]),
                         ("--seed", ["review", "agenda", "--bundle", missing])):
        result = run_cli(*args, option, seed)
        assert result.exit_code == 2, result.output
        assert result.output == (f"error: {option} {clip(seed)} is not a seed of the 발표 "
                                 "order: a seed is 6 digits as the draw gives them, e.g. "
                                 "042917\n")
    assert not (tmp_path / "out").exists()


def test_the_agenda_from_a_seed_typed_with_spaces_around(big, home, tmp_path, run_cli,
                                                         monkeypatch):
    identity_file(big.chair, tmp_path / "chair.age", "chair passphrase 2025")
    monkeypatch.setenv("EVALUATOR_PASSPHRASE", "chair passphrase 2025")
    drawn = run_cli("review", "agenda", "--bundle", str(big.evb), "--seed", " 042917\t",
                    "--identity-file", str(tmp_path / "chair.age"))
    assert drawn.exit_code == 0, drawn.output
    assert "발표순서 추첨 seed 042917 (record it: consolidate --agenda-seed 042917)" in drawn.output
    listed = re.findall(r"(?m)^ +\d+\. (\S+)", drawn.output)
    assert listed == draw_order(["A01", "A02", "A03", "A04", "A05", "A06"], "042917")


def test_the_timer_phases_and_the_last_minute_warning():
    plan = ReviewPlan(presentation_minutes=10, questions_minutes=5)
    assert timer(plan, 100.0, 100.0) == timer(plan, 0.0, 0.0)
    r = timer(plan, 0, 530)
    assert (r.phase, r.remaining, r.warning) == ("presentation", 70, False)
    assert timer(plan, 0, 541).warning  # 59 s left
    r = timer(plan, 0, 600)
    assert (r.phase, r.remaining, r.warning) == ("questions", 300, False)
    r = timer(plan, 0, 930)
    assert (r.phase, r.remaining, r.warning) == ("over", -30, True)


def test_review_settings_are_checked():
    assert review_problems({"presentation_minutes": 15, "questions_minutes": 10,
                            "order": "draw"}) == (ReviewPlan(15, 10, "draw"), [])
    _, problems = review_problems({"presentation_minutes": 0, "order": "lottery", "x": 1})
    assert problems == ["[session.review]: unknown key 'x'",
                        "[session.review]: presentation_minutes must be whole minutes from 1 "
                        "to 180, not 0",
                        "[session.review]: order must be \"spec\" or \"draw\", not 'lottery'"]


def test_a_usb_stick_is_scanned_for_new_sheets_once_their_signature_is_there(tmp_path):
    stick = tmp_path / "usb" / "김위원"
    stick.mkdir(parents=True)
    seen: set[Path] = set()
    (stick / "s-r1-p1.json").write_text("{}")
    assert new_files([tmp_path / "usb", tmp_path / "gone"], seen) == []  # still copying
    (stick / "s-r1-p1.json.minisig").write_text("sig")
    assert [p.name for p in new_files([tmp_path / "usb"], seen)] == ["s-r1-p1.json"]
    assert new_files([tmp_path / "usb"], seen) == []  # taken once


def presentation_spec(committee, tmp_path: Path) -> Path:
    """The committee's round as a 발표 day: slides per application, 12 + 8 minutes, a draw."""
    spec = committee.spec.read_text(encoding="utf-8")
    spec = spec.replace('stage = "서면"', 'stage = "발표"').replace(
        "climate-written", "climate-presentation").replace(
        "population-written", "population-presentation").replace(
        "year = 2025\n", "year = 2025\n[session.review]\npresentation_minutes = 12\n"
                         "questions_minutes = 8\norder = \"draw\"\n", 1)
    spec = spec.replace('documents = ["apps/A01/plan.pdf"]',
                        'documents = ["apps/A01/plan.pdf"]\nslides = ["apps/A01/slides.pdf"]')
    shutil.copy(committee.spec.parent / "apps/A02/plan.pdf",
                committee.spec.parent / "apps/A01/slides.pdf")
    out = committee.spec.parent / "presentation.toml"
    out.write_text(spec, encoding="utf-8")
    return out


def test_slides_travel_in_the_bundle_with_their_kind(committee, home, tmp_path):
    spec = load_spec(presentation_spec(committee, tmp_path))
    assert spec.review == ReviewPlan(12, 8, "draw")
    evb = tmp_path / "p.evb"
    create_bundle(spec, committee.secretariat, evb)
    bundle = load_bundle(evb, committee.chair)
    assert bundle.manifest["session"]["review"] == {"presentation_minutes": 12,
                                                    "questions_minutes": 8, "order": "draw"}
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        docs = ws.documents(spec.id, "A01")
        assert [(d.name, d.kind) for d in docs] == [("plan.pdf", "plan"),
                                                    ("slides.pdf", "slides")]
    # a slide deck that is not a PDF is refused like any document
    (committee.spec.parent / "apps/A01/slides.pdf").write_text("not a pdf")
    assert any("slides.pdf" in p for p in check_spec(committee.spec.parent /
                                                    "presentation.toml")[1])


def test_the_drawn_agenda_is_recorded_in_the_result(big, tmp_path):
    bundle = load_bundle(big.evb, big.chair)
    for m in big.members:
        sign_sheet(bundle, m, {}, tmp_path / "sheets")
    done = run([tmp_path / "sheets"], bundle, big.chair.card,
               options=Options(agenda_seed="042917"))
    order = draw_order(["A01", "A02", "A03", "A04", "A05", "A06"], "042917")
    assert done.result["agenda"] == {"order": order, "seed": "042917", "review": None}
    assert agenda(bundle.manifest) == ["A01", "A02", "A03", "A04", "A05", "A06"]
    files = write_result(done.result, big.chair, tmp_path / "out")
    assert verify_result(files.json, bundle, [tmp_path / "sheets"]).differences == []
