"""A conflict the secretariat declared in the signed bundle is final for that member: it can
be neither withdrawn nor scored, in any path, and a sheet that scores it does not verify."""

import csv
import json
from datetime import datetime
from pathlib import Path

import pytest

from evaluator_app.canonical import canonical_json
from evaluator_app.errors import ConflictOfInterestError, FormError, SheetError
from evaluator_app.form import export_form, import_form
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import export_sheet, trusted_comment, verify_sheet
from evaluator_app.workspace import Change, Workspace

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"


@pytest.fixture
def m2_ws(committee, evb, home):
    """이위원 (m2), whom the secretariat declared conflicted on A03, with the pledge accepted."""
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m2, now=KST)
        ws.accept_pledge(SID, committee.m2.card.name, committee.m2.card.fingerprint)
        yield ws


def test_the_workspace_knows_whose_conflicts_they_are(m2_ws):
    assert m2_ws.predeclared_conflicts(SID) == {"A03"}
    assert m2_ws.evaluate(SID, "A03").status == "conflict"


@pytest.mark.parametrize("change", [
    Change("A03", "coi", value="none"),
    Change("A03", "coi", value=None),
    Change("A03", "coi", value="relative", rationale="다른 사유로 바꿈"),
])
def test_the_declaration_cannot_be_withdrawn_or_changed(m2_ws, change):
    before = m2_ws.conn.execute("SELECT * FROM conflicts").fetchall()
    with pytest.raises(ConflictOfInterestError, match="declared by the secretariat"):
        m2_ws.apply(SID, [change])
    assert m2_ws.conn.execute("SELECT * FROM conflicts").fetchall() == before


@pytest.mark.parametrize("changes", [
    [Change("A03", "score", "1-1", "5")],
    [Change("A03", "opinion", rationale="종합의견")],
    # one batch that withdraws and scores must not slip through either
    [Change("A03", "coi", value="none"), Change("A03", "score", "1-1", "5")],
])
def test_it_cannot_be_scored(m2_ws, changes):
    with pytest.raises(ConflictOfInterestError):
        m2_ws.apply(SID, changes)
    assert m2_ws.entries(SID, "A03").scores == {}


def test_the_cli_refuses_to_clear_it(m2_ws, run_cli):
    m2_ws.close()
    result = run_cli("coi", "none", SID, "A03")
    assert result.exit_code == 2
    assert "declared by the secretariat" in result.output and "Traceback" not in result.output
    scored = run_cli("score", "set", SID, "A03", "1-1", "5")
    assert scored.exit_code == 2 and "cannot be scored" in scored.output
    assert run_cli("coi", "none", SID, "A01").exit_code == 0  # others stay the member's call


def test_a_form_row_cannot_clear_it(m2_ws, tmp_path: Path):
    form = tmp_path / "form.csv"
    export_form(m2_ws, SID, form)
    import_form(m2_ws, form)  # the form as exported (A03 still 회피) is fine
    with form.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    header = rows[0]
    app, item, score = (header.index(h) for h in ("application_id", "item_id", "score"))
    for row in rows[1:]:
        if row[app] == "A03" and row[item] == "coi":
            row[score] = "none"
    with form.open("w", encoding="utf-8-sig", newline="") as f:
        csv.writer(f).writerows(rows)
    with pytest.raises(FormError, match=r"row \d+: the conflict of interest with A03 was "
                                        "declared by the secretariat"):
        import_form(m2_ws, form)
    assert m2_ws.evaluate(SID, "A03").status == "conflict"


def test_a_sheet_scoring_it_does_not_verify(committee, evb, tmp_path: Path):
    """m2 edits their own workspace file and signs a sheet that scores A03: refused."""
    from test_sheet import score_everything

    with Workspace.open(tmp_path / "m1") as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, tmp_path)
        files = export_sheet(ws, SID, committee.m1, tmp_path / "out")
    sheet = json.loads(files.json.read_bytes())
    assert next(a for a in sheet["applications"] if a["id"] == "A03")["total"] is not None
    m2 = committee.m2
    sheet["member"] = {"card": m2.card.to_dict(), "fingerprint": m2.card.fingerprint}
    sheet["pledge"].update(name=m2.card.name, fingerprint=m2.card.fingerprint)  # m2 pledged too
    forged = tmp_path / "forged.json"
    data = canonical_json(sheet)
    forged.write_bytes(data)
    Path(str(forged) + ".minisig").write_bytes(
        m2.sign(data, trusted_comment(SID, m2.card.fingerprint, sheet["revision"])))
    bundle = load_bundle(evb, committee.chair)
    with pytest.raises(SheetError, match="A03 is scored although the secretariat declared"):
        verify_sheet(forged, bundle)
