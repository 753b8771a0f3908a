"""The "should fix" list: an unsigned entry in a bundle, a bundle for a closed window, a spec
with a BOM, a score of 100,000 digits, a CSV row with extra cells."""

import csv
import zipfile
from datetime import datetime
from pathlib import Path

import pytest
from committee import build_committee

from evaluator_app.errors import TamperedError
from evaluator_app.form import export_form
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace

KST = datetime.fromisoformat("2025-06-05T10:00:00+09:00")


def test_an_unsigned_document_entry_is_refused(committee, evb, tmp_path, home):
    bad = tmp_path / "extra.evb"
    with zipfile.ZipFile(evb) as zin, zipfile.ZipFile(bad, "w") as zout:
        for info in zin.infolist():
            zout.writestr(info.filename, zin.read(info.filename))
        zout.writestr("docs/" + "ab" * 16 + ".age", b"age-encryption.org/v1\nnot signed")
    with Workspace.open(home) as ws:
        with pytest.raises(TamperedError, match=r"1 document\(s\) the signed manifest does not "
                                                r"list, e\.g\. docs/abab"):
            open_bundle(ws, bad, committee.m1, now=KST)
        assert ws.sessions() == [] and not (home / "bundles").exists()


def test_a_bundle_for_a_closed_window_needs_force(tmp_path, run_cli, monkeypatch):
    c = build_committee(tmp_path / "c", window=("2024-06-02T09:00:00+09:00",
                                                "2024-06-13T18:00:00+09:00"))
    monkeypatch.setenv("EVALUATOR_HOME", str(tmp_path / "sec"))
    with Workspace.open() as ws:
        remember(ws, store_in_keyring(c.secretariat), c.secretariat.card)
    out = tmp_path / "late.evb"
    refused = run_cli("bundle", "create", str(c.spec), "--out", str(out))
    assert refused.exit_code == 2 and not out.exists()
    assert "the evaluation window closed at 2024-06-13 18:00:00+09:00" in refused.output
    assert "--force" in refused.output
    forced = run_cli("bundle", "create", str(c.spec), "--out", str(out), "--force")
    assert forced.exit_code == 0, forced.output
    assert out.exists()


def test_a_spec_saved_with_a_bom_is_read(demo_round, tmp_path, run_cli):
    text = demo_round.read_text(encoding="utf-8")
    spec = demo_round.with_name("notepad.toml")
    spec.write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))  # what Windows Notepad writes
    result = run_cli("session", "check", str(spec))
    assert result.exit_code == 0, result.output


def test_a_huge_score_is_not_echoed_back_whole(ws, session_id, run_cli, tmp_path):
    ws.close()
    digits = "7" * 100_000
    result = run_cli("score", "set", session_id, "A01", "1-1", digits)
    assert result.exit_code == 2
    assert len(result.output) < 300 and "(100,002 characters)" in result.output, result.output
    form = tmp_path / "form.csv"
    with Workspace.open() as w:
        export_form(w, session_id, form)
    with form.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[1][rows[0].index("score")] = digits
    with form.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    imported = run_cli("form", "import", str(form))
    assert imported.exit_code == 2 and len(imported.output) < 400, imported.output[:500]


def test_a_csv_row_with_extra_trailing_cells_is_refused(ws, session_id, tmp_path: Path,
                                                        run_cli):
    form = tmp_path / "form.csv"
    export_form(ws, session_id, form)
    ws.close()
    with form.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    rows[3] += ["", "8"]  # a score typed one column too far to the right
    with form.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    result = run_cli("form", "import", str(form))
    assert result.exit_code == 2
    assert "row 4 has 1 filled cell(s) beyond the header's 9 columns (first: '8')" in (
        result.output)
    rows[3] = [*rows[3][:-2], "", ""]  # empty trailing cells are harmless
    with form.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    assert run_cli("form", "import", str(form)).exit_code == 0
