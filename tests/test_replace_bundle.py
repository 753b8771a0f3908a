"""A corrected bundle can be opened: a newer bundle of the same secretariat replaces the old one
after the member confirms (`open --replace`), keeping every score whose application and rubric
are unchanged; an older or foreign one is refused, and nothing is copied before acceptance."""

from datetime import datetime, timedelta
from pathlib import Path

import pytest
from test_failed_commands import dump_hash, folder_listing

from evaluator_app.session_spec import load_spec
from evaluator_app.trust.bundle import create_bundle
from evaluator_app.trust.identity import Identity, store_in_keyring
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace

SID = "2025-strong-small-written"
WHY = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"


@pytest.fixture(scope="module")
def issues(committee, tmp_path_factory):
    return make_issues(committee, tmp_path_factory.mktemp("issues"))


def make_issues(committee, root: Path) -> dict[str, Path]:
    """The first issue, a correction (A02's title changed), an issue older than both and one
    signed by another secretariat."""
    now = datetime.now().astimezone()
    first = root / "first.evb"
    create_bundle(load_spec(committee.spec), committee.secretariat, first,
                  now=now - timedelta(hours=1))
    text = committee.spec.read_text(encoding="utf-8")
    app = load_spec(committee.spec).applications[1]
    assert app.id == "A02"
    corrected_spec = committee.spec.with_name("corrected.toml")
    corrected_spec.write_text(text.replace(f'title = "{app.title}"',
                                           f'title = "{app.title} (정정)"'), encoding="utf-8")
    corrected = root / "corrected.evb"
    create_bundle(load_spec(corrected_spec), committee.secretariat, corrected, now=now)
    older = root / "older.evb"
    create_bundle(load_spec(corrected_spec), committee.secretariat, older,
                  now=now - timedelta(days=1))
    impostor = Identity.generate("가짜 사무국", "-", "secretariat")
    impostor.card.save(root / "impostor.json")
    foreign = root / "foreign.evb"
    create_bundle(load_spec(corrected_spec), impostor, foreign, now=now + timedelta(hours=1))
    return {"first": first, "corrected": corrected, "older": older, "foreign": foreign,
            "impostor_card": root / "impostor.json"}


@pytest.fixture
def scored(committee, issues, home: Path):
    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(committee.m1), committee.m1.card)
        open_bundle(ws, issues["first"], committee.m1)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        for app in ("A01", "A02"):
            ws.declare_no_conflict(SID, app)
            ws.set_score(SID, app, "1-1", "5", WHY)
    Workspace.open(home).close()  # the day's automatic backup, made by any first open
    return home


def test_a_correction_is_refused_until_confirmed_and_nothing_is_copied(scored, issues,
                                                                       run_cli):
    before, listing = dump_hash(scored / "workspace.sqlite"), folder_listing(scored)
    result = run_cli("open", str(issues["corrected"]))
    assert result.exit_code == 2
    assert "is a corrected bundle of session" in result.output
    assert "A02: changed (its scores start afresh)" in result.output
    assert "--replace" in result.output
    assert dump_hash(scored / "workspace.sqlite") == before
    assert folder_listing(scored) == listing


def test_open_replace_keeps_unchanged_scores_and_logs_it(scored, issues, run_cli):
    result = run_cli("open", str(issues["corrected"]), "--replace")
    assert result.exit_code == 0, result.output
    assert "replaced session" in result.output and "A02: changed" in result.output
    with Workspace.open(scored) as ws:
        assert ws.entries(SID, "A01").scores["1-1"].value == "5"  # unchanged: kept
        assert ws.coi_declaration(SID, "A01") == "none"
        assert ws.entries(SID, "A02").scores == {}  # changed: starts afresh
        assert ws.coi_declaration(SID, "A02") is None
        assert ws.application(SID, "A02").title.endswith("(정정)")
        assert ws.pledge(SID) is not None  # the pledge text did not change
        kinds = [r[0] for r in ws.conn.execute("SELECT kind FROM events ORDER BY seq")]
        assert "session.replace" in kinds
        assert ws.audit_verify().ok, ws.audit_verify().problems
        info = ws.session(SID)
        assert Path(info.bundle_path).read_bytes() == issues["corrected"].read_bytes()
    again = run_cli("open", str(issues["corrected"]))
    assert again.exit_code == 0 and "already open from this bundle" in again.output


@pytest.mark.parametrize("which, expected", [
    ("older", "not after the bundle session"),
    ("foreign", "only that secretariat can correct it"),
])
def test_an_older_or_foreign_bundle_is_refused(scored, issues, run_cli, which, expected):
    before, listing = dump_hash(scored / "workspace.sqlite"), folder_listing(scored)
    args = ["open", str(issues[which]), "--replace"]
    if which == "foreign":
        args += ["--secretariat", str(issues["impostor_card"])]
    result = run_cli(*args)
    assert result.exit_code == 2 and expected in result.output, result.output
    assert dump_hash(scored / "workspace.sqlite") == before
    assert folder_listing(scored) == listing
