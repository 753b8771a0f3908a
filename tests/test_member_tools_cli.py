"""Issue 20 item 10's core and CLI: `score overview` (workspace/overview.py) and `sheet preview`
(reports/sheet_preview.py) — the app's Evaluation menu calls the same functions."""

from datetime import datetime

from pypdf import PdfReader

from evaluator_app.form import export_form, import_form
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace
from evaluator_app.workspace.overview import MISSING, NOT_APPLICABLE, session_overview
from evaluator_demo.play import fill_form_as_member

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"


def member_workspace(home, evb, member) -> None:
    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(member), member.card)
        open_bundle(ws, evb, member, now=KST)
        ws.accept_pledge(SID, member.card.name, member.card.fingerprint)


def test_the_overview_lists_every_entry_and_every_gap(committee, evb, home, run_cli):
    member_workspace(home, evb, committee.m1)
    with Workspace.open(home) as ws:
        for app in ws.applications(SID):
            ws.declare_no_conflict(SID, app.id)
        ws.set_score(SID, "A01", "1-1", "7.5")
        grid = session_overview(ws, SID)
        ids = [c.entry_id for c in grid.columns]
        assert ids[0] == "G1" and ids[-1] == "total" and "1-1" in ids
        a01 = next(r for r in grid.rows if r.application_id == "A01")
        assert a01.cells[ids.index("1-1")].text == "7.5"
        assert a01.cells[ids.index("1-1")].state == MISSING  # scored, its rationale missing
        assert a01.cells[ids.index("2-1")].state == MISSING and not a01.cells[
            ids.index("2-1")].text
        assert all(c.state != NOT_APPLICABLE for c in a01.cells)  # both rubrics share ids
        missing = grid.missing()
        assert missing == sum(len({m.entry_id for m in ws.evaluate(SID, a.id).missing
                                   if m.entry_id in ids}) for a in ws.applications(SID))
    result = run_cli("score", "overview", SID)
    assert result.exit_code == 0, result.output
    assert "7.5" in result.output and f"{missing} cell(s) missing" in result.output


def test_the_preview_is_stamped_and_signs_nothing(committee, evb, home, tmp_path, run_cli):
    member_workspace(home, evb, committee.m1)
    result = run_cli("sheet", "preview", SID, "--out", str(tmp_path / "p.pdf"))
    assert result.exit_code != 0 and "incomplete" in result.output  # nothing to preview yet
    with Workspace.open(home) as ws:
        export_form(ws, SID, tmp_path / "f.xlsx")
        fill_form_as_member(tmp_path / "f.xlsx", tmp_path / "filled.xlsx")
        import_form(ws, tmp_path / "filled.xlsx")
        events = ws.conn.execute("SELECT count(*) FROM events").fetchone()[0]
    result = run_cli("sheet", "preview", SID, "--out", str(tmp_path / "p.pdf"))
    assert result.exit_code == 0, result.output
    pages = PdfReader(tmp_path / "p.pdf").pages
    assert len(pages) > 1 and all("미리보기" in p.extract_text() for p in pages)
    with Workspace.open(home) as ws:
        assert ws.session(SID).state == "open"
        assert ws.conn.execute("SELECT count(*) FROM events").fetchone()[0] == events
    assert not list(tmp_path.glob(".p.pdf*"))  # no stage left behind
    again = run_cli("sheet", "preview", SID, "--out", str(tmp_path / "p.pdf"))
    assert again.exit_code == 0, again.output  # a preview over the previous preview
    refused = run_cli("sheet", "preview", SID, "--out", str(tmp_path / "f.xlsx"))
    assert refused.exit_code == 2 and "is not a PDF file" in refused.output
