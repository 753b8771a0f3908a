"""Signed score sheets: export gates, lock/revise, verification, tampering, CLI interop."""

import json
import shutil
import subprocess
from datetime import datetime
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from evaluator_app.canonical import canonical_json
from evaluator_app.errors import (
    SHEET_CODES,
    NotFoundError,
    ScoringError,
    SessionLockedError,
    SheetError,
    WorkspaceError,
)
from evaluator_app.form import export_form, import_form
from evaluator_app.trust.bundle import load_bundle
from evaluator_app.trust.open_session import open_bundle, session_bundle
from evaluator_app.trust.sheet import export_sheet, trusted_comment, verify_sheet
from evaluator_app.workspace import Workspace
from evaluator_demo.play import fill_form_as_member

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")
SID = "2025-strong-small-written"






def score_everything(ws: Workspace, tmp: Path) -> None:
    form = tmp / "form.xlsx"
    export_form(ws, SID, form)
    fill_form_as_member(form, tmp / "filled.xlsx")
    import_form(ws, tmp / "filled.xlsx")


@pytest.fixture
def scored(committee, evb, home, tmp_path):
    """Member m1's workspace: bundle opened, pledge accepted, everything scored."""
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, committee.m1.card.name, committee.m1.card.fingerprint)
        score_everything(ws, tmp_path)
        yield ws


@pytest.fixture
def exported(scored, committee, tmp_path):
    return export_sheet(scored, SID, committee.m1, tmp_path / "out")


def test_scoring_waits_for_the_pledge(committee, evb, home):
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        with pytest.raises(ScoringError, match="accept the pledge"):
            ws.set_score(SID, "A01", "1-1", 5)
        with pytest.raises(SheetError, match=r"pledge .* was not accepted"):
            export_sheet(ws, SID, committee.m1, home / "out")
        accepted = ws.accept_pledge(SID, "김위원", committee.m1.card.fingerprint)
        assert accepted["name"] == "김위원"
        events = [r[0] for r in ws.conn.execute("SELECT kind FROM events")]
        assert "pledge.accept" in events
        with pytest.raises(WorkspaceError, match="already accepted"):
            ws.accept_pledge(SID, "김위원", committee.m1.card.fingerprint)


def test_export_lists_what_is_incomplete(committee, evb, home):
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, "김위원", committee.m1.card.fingerprint)
        ws.declare_no_conflict(SID, "A01")
        ws.set_score(SID, "A01", "1-1", 5)
        with pytest.raises(SheetError, match="incomplete") as info:
            export_sheet(ws, SID, committee.m1, home / "out")
        assert "A01 1-1: rationale missing" in info.value.problems


def test_plaintext_sessions_have_no_sheet(ws, committee, session_id):
    with pytest.raises(SheetError, match="imported from a plaintext spec"):
        export_sheet(ws, session_id, committee.m1, Path("/nonexistent"))


def test_export_writes_canonical_json_signature_and_pdf_then_locks(exported, scored, committee):
    data = exported.json.read_bytes()
    sheet = json.loads(data)
    assert canonical_json(sheet) == data
    assert exported.json.name == f"{SID}-{committee.m1.card.fingerprint}-r1.json"
    assert sheet["member"]["fingerprint"] == committee.m1.card.fingerprint
    assert sheet["revision"] == 1 and sheet["pledge"]["name"] == committee.m1.card.name
    assert sheet["manifest_sha256"] == scored.session(SID).manifest_sha256
    assert {r["status"] for r in sheet["rubrics"]} == {"proposed"}
    apps = {a["id"]: a for a in sheet["applications"]}
    assert apps["A05"]["conflict"]["ground"] == "advice" and "items" not in apps["A05"]
    assert apps["A03"]["bonus"] == "1" and len(apps["A01"]["items"]) == 12
    assert sheet["audit_head"] and scored.audit_verify().ok
    assert scored.session(SID).state == "locked"
    with pytest.raises(SessionLockedError):
        scored.set_score(SID, "A01", "1-1", 5)
    with pytest.raises(SheetError, match="already exported"):
        export_sheet(scored, SID, committee.m1, exported.json.parent)


def test_revise_then_export_the_next_revision(exported, scored, committee, tmp_path):
    with pytest.raises(WorkspaceError, match="needs a reason"):
        scored.revise(SID, "  ")
    assert scored.revise(SID, "1-1 평가사유 보완") == 2
    scored.set_score(SID, "A01", "1-1", "9", "재검토 결과 진단의 객관성이 충분히 높다고 판단함")
    second = export_sheet(scored, SID, committee.m1, tmp_path / "out")
    sheet = json.loads(second.json.read_bytes())
    assert second.json.name.endswith("-r2.json") and sheet["revision"] == 2
    assert sheet["revisions"][0]["reason"] == "1-1 평가사유 보완"
    bundle = load_bundle(session_bundle(scored, SID, committee.chair).path, committee.chair)
    assert verify_sheet(second.json, bundle).revision == 2


def test_the_chair_verifies_the_sheet(exported, committee, evb):
    result = verify_sheet(exported.json, load_bundle(evb, committee.chair))
    assert result.member == committee.m1.card and result.revision == 1
    assert result.totals["A05"] is None and result.totals["A01"]


def resign(path: Path, sheet: dict, signer) -> None:
    data = canonical_json(sheet)
    path.write_bytes(data)
    comment = trusted_comment(sheet["session"]["id"], sheet["member"]["fingerprint"],
                              sheet["revision"])
    Path(str(path) + ".minisig").write_bytes(signer.sign(data, comment))


def copy_sheet(exported, tmp_path: Path) -> Path:
    path = tmp_path / "copy.json"
    shutil.copy(exported.json, path)
    shutil.copy(exported.signature, str(path) + ".minisig")
    return path


def test_a_flipped_byte_is_caught(exported, committee, evb, tmp_path):
    path = copy_sheet(exported, tmp_path)
    data = bytearray(path.read_bytes())
    at = data.index(b'"total":"') + 9
    data[at] = ord("9") if data[at] != ord("9") else ord("8")
    path.write_bytes(bytes(data))
    with pytest.raises(SheetError, match="signature does not verify") as info:
        verify_sheet(path, load_bundle(evb, committee.chair))
    assert info.value.code == "signature"  # what the app says in its own words


def test_a_sheet_signed_by_a_non_member(exported, committee, evb, tmp_path):
    path = copy_sheet(exported, tmp_path)
    sheet = json.loads(path.read_bytes())
    sheet["member"] = {"card": committee.outsider.card.to_dict(),
                       "fingerprint": committee.outsider.card.fingerprint}
    resign(path, sheet, committee.outsider)
    with pytest.raises(SheetError, match="who is not on the roster") as info:
        verify_sheet(path, load_bundle(evb, committee.chair))
    assert info.value.code == "signer"


def test_a_stray_sheet_of_another_round_says_so(exported, committee, evb, tmp_path):
    """A sheet of another round on the chair's USB stick, by someone not on this roster: the
    finding is the other round (what the chair acts on), not an unknown signer."""
    path = copy_sheet(exported, tmp_path)
    sheet = json.loads(path.read_bytes())
    sheet["member"] = {"card": committee.outsider.card.to_dict(),
                       "fingerprint": committee.outsider.card.fingerprint}
    sheet["session"]["id"] = "2025-base-written"
    resign(path, sheet, committee.outsider)
    with pytest.raises(SheetError, match="is for session 2025-base-written, not " + SID) as info:
        verify_sheet(path, load_bundle(evb, committee.chair))
    assert info.value.code == "other-bundle"


def test_a_member_cannot_sign_invalid_scores(exported, committee, evb, tmp_path):
    bundle = load_bundle(evb, committee.chair)
    for edit, expected, code in [
        (lambda s: s["applications"][0]["items"][0].update(value="11", points="11"),
         "11 is outside 0–10", "scores"),
        (lambda s: s["applications"][0].update(total="99"), "the total 99 does not add up",
         "scores"),
        (lambda s: s["applications"][0].update(rubric_hash="sha256:" + "0" * 64),
         "another rubric", "other-bundle"),
        (lambda s: s["session"].update(id="2024-other"), "is for session 2024-other",
         "other-bundle"),
        (lambda s: s.update(manifest_sha256="sha256:" + "1" * 64), "another bundle",
         "other-bundle"),
        (lambda s: s["applications"].pop(), "exactly the session's applications", "coverage"),
        (lambda s: s["applications"][0]["items"][0].update(rationale=""), "incomplete",
         "scores"),
        (lambda s: s.update(audit_head=""), "has no audit head", "record"),
    ]:
        path = copy_sheet(exported, tmp_path)
        sheet = json.loads(path.read_bytes())
        edit(sheet)
        resign(path, sheet, committee.m1)
        with pytest.raises(SheetError, match=expected) as info:
            verify_sheet(path, bundle)
        assert info.value.code == code, expected


@pytest.mark.parametrize("edit, missing", [
    (lambda s: s["pledge"].update(pledge_sha256=""), "has no pledge hash (pledge_sha256 is empty)"),
    (lambda s: s.update(pledge=None), "has no pledge hash"),
    (lambda s: s["pledge"].update(fingerprint="0000-0000-0000-0000"),
     "carries a pledge (서약서) accepted by someone else"),
    (lambda s: s.update(audit_head=""), "has no audit head (audit_head is empty"),
    (lambda s: s.update(audit_head="0" * 64), "has no audit head"),
    (lambda s: s.update(audit_head="sha256:" + "a" * 64), "has no audit head"),
])
def test_sheet_verify_refuses_a_signed_sheet_without_its_pledge_or_log(
        exported, committee, evb, tmp_path, run_cli, memory_keyring, edit, missing):
    """The member's own valid signature does not make a sheet without the pledge's hash or the
    audit head valid: `sheet verify` names the file and the member and says what is missing."""
    from evaluator_app.trust.identity import store_in_keyring
    from evaluator_app.trust.workspace_identity import remember

    path = copy_sheet(exported, tmp_path)
    sheet = json.loads(path.read_bytes())
    edit(sheet)
    resign(path, sheet, committee.m1)
    chair_home = tmp_path / "chair-home"
    with Workspace.open(chair_home) as chair_ws:
        remember(chair_ws, store_in_keyring(committee.chair), committee.chair.card)
    with pytest.MonkeyPatch.context() as mp:
        mp.setenv("EVALUATOR_HOME", str(chair_home))
        result = run_cli("sheet", "verify", str(path), "--bundle", str(evb))
        untouched = run_cli("sheet", "verify", str(exported.json), "--bundle", str(evb))
    assert result.exit_code != 0
    assert f"{path}: {committee.m1.card.name}'s sheet ({committee.m1.card.fingerprint}) " \
           f"{missing}" in " ".join(result.output.split()), result.output
    assert untouched.exit_code == 0, untouched.output


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.data())
def test_mutated_sheets_give_only_sheet_errors(exported, committee, evb, tmp_path, data):
    raw = bytearray(exported.json.read_bytes())
    if data.draw(st.booleans()):
        raw = raw[: data.draw(st.integers(0, len(raw) - 1))]
    else:
        at = data.draw(st.integers(0, len(raw) - 1))
        raw[at] ^= 1 << data.draw(st.integers(0, 7))
    path = copy_sheet(exported, tmp_path)
    path.write_bytes(bytes(raw))
    with pytest.raises(SheetError) as info:
        verify_sheet(path, load_bundle(evb, committee.chair))
    assert info.value.code in SHEET_CODES  # every refusal has a kind the app can word


@pytest.mark.skipif(not shutil.which("minisign"), reason="installed by .ci/run")
def test_the_minisign_cli_verifies_an_exported_sheet(exported, committee):
    proc = subprocess.run(["minisign", "-V", "-H", "-m", str(exported.json), "-P",
                           committee.m1.card.minisign_public_key], capture_output=True,
                          text=True)
    assert proc.returncode == 0, proc.stderr
    assert f"sheet {SID} {committee.m1.card.fingerprint} r1" in proc.stdout


@pytest.mark.skipif(not shutil.which("pdftotext"), reason="installed by .ci/run")
def test_the_printable_sheet_has_korean_labels_and_scores(exported, scored):
    text = subprocess.run(["pdftotext", str(exported.pdf), "-"], check=True,
                          capture_output=True, text=True).stdout
    sheet = json.loads(exported.json.read_bytes())
    rubric = scored.rubric_for(SID, "A01")
    flat = "".join(text.split())  # labels wrap inside table cells
    for label in ("평가표", "종합의견", "서명", "회피", rubric.item("2-1").label_ko,
                  rubric.group("3").label_ko, committee_fp(sheet)):
        assert "".join(label.split()) in flat, label
    for app in sheet["applications"]:
        if not app.get("conflict"):
            assert f"총점{app['total']}" in flat
            first = app["items"][0]
            assert f"{first['item']}" in flat and first["value"] in flat
    fonts = subprocess.run(["pdffonts", str(exported.pdf)], capture_output=True,
                           text=True).stdout
    assert "NanumGothic" in fonts and "yes yes yes" in fonts  # embedded, subset, unicode


def committee_fp(sheet: dict) -> str:
    return sheet["member"]["fingerprint"]


def test_no_plaintext_document_reaches_the_disk(committee, evb, home, tmp_path):
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        bundle = session_bundle(ws, SID, committee.m1)
        for app in ws.applications(SID):
            for doc in ws.documents(SID, app.id):
                assert bundle.read_document(doc.doc_id).startswith(b"%PDF")
    originals = [p.read_bytes()[:4096] for p in (committee.spec.parent / "apps").rglob("*.pdf")]
    for path in home.rglob("*"):
        if path.is_file():
            content = path.read_bytes()
            assert b"%PDF-" not in content, path
            assert not any(o[200:1200] in content for o in originals), path


def test_an_application_is_scored_only_after_its_conflict_declaration(committee, evb, home):
    with Workspace.open(home) as ws:
        open_bundle(ws, evb, committee.m1, now=KST)
        ws.accept_pledge(SID, "김위원", committee.m1.card.fingerprint)
        with pytest.raises(ScoringError, match="declare first whether you have a conflict"):
            ws.set_score(SID, "A01", "1-1", 5)
        ws.declare_no_conflict(SID, "A01")
        ws.set_score(SID, "A01", "1-1", 5)
        assert ws.entries(SID, "A01").scores["1-1"].value == "5"


def test_a_lone_surrogate_escape_is_a_clean_error(exported, committee, evb, tmp_path):
    """Found by hypothesis: a flipped byte can turn an escape into an invalid code point."""
    path = copy_sheet(exported, tmp_path)
    data = path.read_bytes().replace(b'"format":"', b'"format":"\\ud800', 1)
    path.write_bytes(data)
    with pytest.raises(SheetError, match="canonical form"):
        verify_sheet(path, load_bundle(evb, committee.chair))


def test_private_notes_stay_in_the_workspace(scored, committee, tmp_path):
    scored.set_note(SID, "A01", "발표 때 예산 근거를 다시 물어볼 것 (개인 메모)")
    assert scored.note(SID, "A01").startswith("발표 때")
    files = export_sheet(scored, SID, committee.m1, tmp_path / "out")
    assert "개인 메모".encode() not in files.json.read_bytes()
    kinds = {r[0] for r in scored.conn.execute("SELECT kind FROM events")}
    assert not any("note" in k for k in kinds)
    scored.set_note(SID, "A01", "잠긴 뒤에도 메모는 고칠 수 있음")  # the session is locked now
    assert scored.note(SID, "A01") == "잠긴 뒤에도 메모는 고칠 수 있음"


def test_private_highlights_keep_where_not_what(scored, committee, tmp_path, run_cli):
    doc = scored.documents(SID, "A01")[0]
    later = scored.add_highlight(SID, doc.doc_id, 1, (72.0, 300.5), (400.0, 312.0))
    first = scored.add_highlight(SID, doc.doc_id, 0, (72.0, 140.0), (300.0, 152.0))
    assert [h.id for h in scored.highlights(SID, "A01")] == [first.id, later.id]  # reading order
    assert (first.application_id, first.page, first.start, first.end) == (
        "A01", 0, (72.0, 140.0), (300.0, 152.0))
    assert scored.highlights(SID, "A02") == []
    scored.set_note(SID, "A01", "예산 근거 재확인")
    shown = run_cli("notes", "show", SID)
    assert shown.exit_code == 0 and "예산 근거 재확인" in shown.output
    assert f"{doc.name}  2     (72, 300) – (400, 312)" in shown.output
    listed = json.loads(run_cli("notes", "show", SID, "A01", "--json").output)
    assert [h["page"] for h in listed[0]["highlights"]] == [1, 2]
    with pytest.raises(NotFoundError):
        scored.add_highlight(SID, "no-such-doc", 0, (0, 0), (1, 1))
    for page, start in ((-1, (1.0, 1.0)), (0, (float("nan"), 1.0)), (0, (-5.0, 1.0))):
        with pytest.raises(WorkspaceError, match="outside the document"):
            scored.add_highlight(SID, doc.doc_id, page, start, (2.0, 2.0))
    files = export_sheet(scored, SID, committee.m1, tmp_path / "out")  # locks the session
    assert b"highlight" not in files.json.read_bytes()
    kinds = {r[0] for r in scored.conn.execute("SELECT kind FROM events")}
    assert not any("highlight" in k for k in kinds)
    scored.delete_highlight(SID, later.id)  # still the member's own after signing
    assert [h.id for h in scored.highlights(SID)] == [first.id]
    with pytest.raises(NotFoundError):
        scored.delete_highlight(SID, later.id)
