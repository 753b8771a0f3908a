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


def _events(home: Path) -> int:
    with Workspace.open(home) as w:
        return w.conn.execute("SELECT count(*) FROM events").fetchone()[0]


def test_score_set_without_a_value_is_refused_and_logs_nothing(ws, session_id, run_cli, home):
    ws.close()
    before = _events(home)
    result = run_cli("score", "set", session_id, "A01", "1-1")
    assert result.exit_code == 2 and "give a value for '1-1', a --rationale, or --clear" in (
        result.output), result.output
    assert "saved" not in result.output and _events(home) == before


@pytest.mark.parametrize("typed, stored", [("７", "7"), ("７．５", "7.5"), ("　８　", "8")])
def test_full_width_digits_typed_with_the_korean_ime_are_read(ws, session_id, typed, stored):
    ws.set_score(session_id, "A01", "1-1", typed)
    assert ws.entries(session_id, "A01").scores["1-1"].value == stored


@pytest.mark.parametrize("typed", ["1e1", "-0", "+7", "-1", "0x7", "7.", "1_0", "NaN"])
def test_malformed_numbers_are_refused_alike_by_cli_and_form(ws, session_id, run_cli, tmp_path,
                                                             typed):
    form = tmp_path / "form.csv"
    export_form(ws, session_id, form)
    ws.close()
    cli = run_cli("score", "set", session_id, "A01", "1-1", "--", typed)
    assert cli.exit_code == 2 and "is not a number" in cli.output, cli.output
    with form.open(encoding="utf-8-sig", newline="") as fh:
        rows = list(csv.reader(fh))
    header = rows[0]
    row = next(r for r in rows[1:] if r[header.index("application_id")] == "A01"
               and r[header.index("item_id")] == "1-1")
    row[header.index("score")] = typed
    with form.open("w", encoding="utf-8-sig", newline="") as fh:
        csv.writer(fh).writerows(rows)
    imported = run_cli("form", "import", str(form))
    assert imported.exit_code == 2 and "is not a number" in imported.output, imported.output


def test_a_reason_of_only_spaces_is_refused(ws, session_id, run_cli):
    ws.close()
    result = run_cli("score", "set", session_id, "A01", "1-1", "7", "--rationale", "   ")
    assert result.exit_code == 2 and "is only spaces" in result.output, result.output


def test_reimporting_an_unchanged_form_changes_nothing(ws, session_id, run_cli, tmp_path, home):
    ws.set_score(session_id, "A01", "1-1", "7",
                 "현장 여건에 맞는 실행 계획이 구체적이며 예산도 타당하다")
    ws.set_opinion(session_id, "A01",
                   "전반적으로 우수한 계획이며 지역 여건을 잘 반영하였고 실행 가능성도 높은 편이다")
    form = tmp_path / "form.csv"
    export_form(ws, session_id, form)
    ws.close()
    before = _events(home)
    again = run_cli("form", "import", str(form))
    assert again.exit_code == 0 and ": 0 changes from" in again.output, again.output
    assert _events(home) == before
