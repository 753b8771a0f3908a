"""Partial sheets (a 발표 day's hand-ins): signed without locking, superseded by later hand-ins,
and a provisional (잠정) result that says who has not scored what yet."""

import json
from datetime import datetime
from decimal import Decimal as D

import pytest
from test_consolidation import APPS, TOTALS, by_id, scores_of

from evaluator_app.consolidation import Options, run
from evaluator_app.errors import ConsolidationError, SheetError
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import export_sheet, verify_sheet
from evaluator_app.workspace import Change, Workspace
from evaluator_demo.committee_sim import OPINION, RATIONALE, entries_for_total, sign_sheet

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"


def score_app(ws: Workspace, app_id: str, total: int) -> None:
    """What a member types for one application: no conflict, gates, every item, the opinion."""
    rubric = ws.rubric_for(SID, app_id)
    entries = entries_for_total(rubric, D(total))
    changes = [Change(app_id, "coi", value="none")]
    changes += [Change(app_id, "gate", g, "pass") for g in entries.gates]
    changes += [Change(app_id, "score", i, e.value, RATIONALE) for i, e in entries.scores.items()]
    changes.append(Change(app_id, "opinion", rationale=OPINION))
    ws.apply(SID, changes)


def test_a_member_hands_in_partial_sheets_then_the_full_one(committee, evb, home, tmp_path):
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        with pytest.raises(SheetError, match=r"no application .* is complete yet"):
            export_sheet(ws, SID, committee.m1, tmp_path / "usb", partial=True)
        score_app(ws, "A01", 80)
        first = export_sheet(ws, SID, committee.m1, tmp_path / "usb", partial=True)
        assert first.json.name.endswith("-r1-p1.json")
        assert ws.session(SID).state == "open"  # not locked: scoring goes on
        score_app(ws, "A02", 75)
        second = export_sheet(ws, SID, committee.m1, tmp_path / "usb", partial=True)
        assert second.json.name.endswith("-r1-p2.json")
        sheet = json.loads(second.json.read_bytes())
        assert sheet["partial"] == 2 and [a["id"] for a in sheet["applications"]] == [
            "A01", "A02"]
        for app in ("A03", "A04", "A05", "A06"):
            score_app(ws, app, 70)
        full = export_sheet(ws, SID, committee.m1, tmp_path / "usb")
        assert "partial" not in json.loads(full.json.read_bytes())
        assert ws.session(SID).state == "locked"
        assert ws.audit_verify().ok
    bundle = load_bundle(evb, committee.chair)
    v = verify_sheet(second.json, bundle)
    assert v.partial == 2 and v.totals == {"A01": "80", "A02": "75"}
    # the trusted comment binds the hand-in number: a renamed partial does not pass as another
    sig = (second.json.parent / (second.json.name + ".minisig")).read_text()
    assert "r1 p2" in sig
    done = run([tmp_path / "usb"], bundle, None, options=Options(provisional=True))
    statuses = {r.verified.partial: r.status for r in done.collection.records}
    assert statuses == {1: "superseded", 2: "superseded", None: "used"}


@pytest.fixture(scope="module")
def bundle(big):
    return load_bundle(big.evb, big.chair)


def test_a_provisional_result_after_each_applicant(big, bundle, tmp_path):
    """After the first two presentations every member has handed in A01 and A02."""
    for i, m in enumerate(big.members):
        sign_sheet(bundle, m, {a: scores_of(i)[a] for a in ("A01", "A02")}, tmp_path,
                   partial=1)
    with pytest.raises(ConsolidationError, match="has not yet scored A03"):
        run([tmp_path], bundle, big.chair.card)
    result = run([tmp_path], bundle, None, options=Options(provisional=True)).result
    assert result["provisional"] is True
    apps = by_id(result)
    assert apps["A01"]["final_score"] == "82.20" and apps["A02"]["final_score"] == "73.00"
    assert apps["A03"]["final_score"] is None and apps["A03"]["status"] == "평가불가"
    # seven members, four applications to go — but not 이위원's A03, pre-declared 회피
    assert len(result["unscored"]) == 7 * 4 - 1
    # everyone hands in the rest; one member's earlier partial arrives late (out of order)
    for i, m in enumerate(big.members):
        sign_sheet(bundle, m, scores_of(i), tmp_path / "full")
    late = sign_sheet(bundle, big.members[0], {"A01": 50}, tmp_path / "late", partial=1)
    with pytest.raises(ConsolidationError, match="two different sheets as revision 1 partial 1"):
        run([tmp_path, tmp_path / "late"], bundle, big.chair.card)
    late.unlink()
    final = run([tmp_path], bundle, big.chair.card).result
    assert [a["final_score"] for a in final["applications"]] == [
        "82.20", "73.00", "68.50", "89.00", "62.00", "77.00"]
    assert len(final["sheets"]["superseded"]) == 7 and final["unscored"] == []
    assert {s["partial"] for s in final["sheets"]["superseded"]} == {1}
    assert APPS and TOTALS  # the same round as test_consolidation
