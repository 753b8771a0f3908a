"""An output option writes over a file only when it is of the kind the command writes (a
re-export over the previous export), checked before anything is read, asked or written; any
other file — a memo, the applicants table, a bundle under a PDF's name — is refused in one
sentence and left as it was (docs/formats.md §4)."""

import shutil
from pathlib import Path

import pyrage
import pytest
from pdf_files import write_pdf

from evaluator_app.form import export_form
from evaluator_app.output_kinds import OUTPUTS, replace_problem
from evaluator_app.rubric import load_catalogue
from evaluator_app.rubric.table import export_rubric_table, write_rubric_toml
from evaluator_app.session_spec import load_spec
from evaluator_app.trust.identity import store_in_keyring
from evaluator_app.trust.workspace_identity import remember
from evaluator_app.workspace import Workspace

RUBRIC = "2025-strong-small-population-written"
MEMO = "회의 메모: 위원 명단은 따로 보관\n"


@pytest.fixture(scope="module")
def samples(committee, evb, demo_round, tmp_path_factory) -> dict[str, Path]:
    """One real file of every kind an output writes, made by the writer that makes it, and
    files of no such kind."""
    d = tmp_path_factory.mktemp("samples")
    rubric = load_catalogue()[RUBRIC]
    out = {"bundle": d / "회차.evb", "pdf": d / "평가표.pdf", "xlsx": d / "배점표.xlsx",
           "move": d / "세션.evm", "card": d / "card.json", "spec": d / "spec.toml",
           "rubric": d / "rubric.toml", "form-csv": d / "form.csv",
           "form-csv-cp949": d / "form-ko.csv", "rubric-csv": d / "배점표.csv",
           "memo": d / "메모.txt", "cut-bundle": d / "cut.evb"}
    shutil.copy(evb, out["bundle"])
    write_pdf(out["pdf"])
    export_rubric_table(rubric, out["xlsx"])
    export_rubric_table(rubric, out["rubric-csv"])
    write_rubric_toml(rubric, out["rubric"])
    out["move"].write_bytes(pyrage.encrypt(b"moved", [committee.m1.card.recipient()]))
    committee.m1.card.save(out["card"])
    shutil.copy(demo_round, out["spec"])
    with Workspace.open(d / "home") as ws:
        info = ws.import_session(load_spec(demo_round))
        export_form(ws, info.id, out["form-csv"])
    from evaluator_app.form.layout import COLUMNS, KOREAN_HEADERS

    text = out["form-csv"].read_text(encoding="utf-8-sig").split("\n", 1)
    out["form-csv-cp949"].write_bytes((",".join(KOREAN_HEADERS[c] for c in COLUMNS) + "\r\n"
                                       + text[1]).encode("cp949"))  # saved again by Excel
    out["memo"].write_text(MEMO, encoding="utf-8")
    out["cut-bundle"].write_bytes(evb.read_bytes()[:-2000])  # its header is in the cut end
    return out


ACCEPTS = {"bundle": {"bundle"}, "pdf": {"pdf"}, "move": {"move"}, "card": {"card"},
           "spec": {"spec"}, "rubric": {"rubric"},
           "form": {"xlsx", "form-csv", "form-csv-cp949"}, "rubric-table": {"xlsx", "rubric-csv"},
           "report": {"pdf", "xlsx"}, "new": set()}


@pytest.mark.parametrize("output", sorted(OUTPUTS))
def test_each_output_replaces_only_files_of_its_kind(samples, output):
    assert set(ACCEPTS) == set(OUTPUTS)
    accepted = {name for name, path in samples.items() if replace_problem(path, output) is None}
    assert accepted == ACCEPTS[output]
    for name in set(samples) - accepted:
        assert replace_problem(samples[name], output).endswith(
            "; choose another name or remove it")
    assert replace_problem(samples["memo"].with_name("없는 파일.pdf"), output) is None


def test_a_fifo_or_a_dangling_link_is_never_opened_or_written_through(samples, tmp_path):
    import os

    fifo = tmp_path / "평가표.pdf"
    os.mkfifo(fifo)
    assert replace_problem(fifo, "pdf") == (f"{fifo} already exists and is not a PDF file; "
                                            "choose another name or remove it")
    link = tmp_path / "link.pdf"
    link.symlink_to(tmp_path / "nowhere" / "x.pdf")
    assert replace_problem(link, "pdf") is not None


def commands(tmp_path: Path) -> list[tuple[list[str], str, str]]:
    """(arguments before the output's file, its option, what the refusal says it is not)."""
    sheets = tmp_path / "sheets"
    return [
        (["identity", "card"], ".json", "a card (CARD.json)"),
        (["bundle", "create", "spec.toml"], ".evb", "an evaluation bundle (.evb)"),
        (["session", "new"], ".toml", "a session spec (TOML with [session])"),
        (["form", "export", "S1"], ".csv", "a review form (CSV)"),
        (["form", "export", "S1"], ".xlsx", "an Excel workbook (.xlsx)"),
        (["rubric", "export", RUBRIC], ".csv", "a rubric table (CSV)"),
        (["rubric", "import", str(tmp_path / "table.xlsx")], ".toml", "a rubric (TOML)"),
        (["sheet", "preview", "S1"], ".pdf", "a PDF file"),
        (["workspace", "export", "S1"], ".evm",
         "a session moved with `workspace export` (.evm)"),
        (["consolidate", "--bundle", "b.evb", str(sheets), "--out", str(tmp_path / "r"),
          "--disagreements"], ".xlsx", "an Excel workbook (.xlsx)"),
    ]


@pytest.mark.parametrize("n", range(10))
def test_an_output_over_a_file_of_another_kind_is_refused_before_anything(home, tmp_path,
                                                                          run_cli, n):
    """Before, each of these wrote over the memo (exit 0); nothing is asked either: no
    passphrase is set, and none is needed to refuse."""
    (tmp_path / "table.xlsx").write_bytes(b"")
    args, suffix, what = commands(tmp_path)[n]
    memo = tmp_path / "내 문서" / f"메모{suffix}"
    memo.parent.mkdir()
    memo.write_text(MEMO, encoding="utf-8")
    if args[0] != "consolidate":
        args = [*args, "--out"]
    result = run_cli(*args, str(memo))
    assert result.exit_code == 2, result.output
    assert result.output == (f"error: {memo} already exists and is not {what}; choose another "
                             "name or remove it\n")
    assert memo.read_text(encoding="utf-8") == MEMO
    assert not home.exists()  # not even the workspace was opened


@pytest.mark.parametrize("command", [["identity", "backup", "--out"],
                                     ["identity", "create", "--name", "김위원",
                                      "--identity-file"]])
def test_an_identity_is_only_written_to_a_new_file(home, tmp_path, run_cli, command):
    """Refused before the passphrase is asked for (typed twice, to no end, before)."""
    memo = tmp_path / "메모.age"
    memo.write_text(MEMO, encoding="utf-8")
    result = run_cli(*command, str(memo))
    assert result.exit_code == 2, result.output
    assert result.output == (f"error: {memo} already exists, and an identity is only ever "
                             "written to a new file; choose another name or remove it\n")
    assert memo.read_text(encoding="utf-8") == MEMO


@pytest.mark.parametrize("suffix", [".csv", ".xlsx"])
def test_a_form_and_a_rubric_table_are_exported_again_over_their_previous_export(
        ws, session_id, tmp_path, run_cli, suffix):
    ws.close()
    for args in (["form", "export", session_id], ["rubric", "export", RUBRIC]):
        out = tmp_path / f"다시{suffix}"
        for _ in range(2):
            done = run_cli(*args, "--out", str(out))
            assert done.exit_code == 0, done.output
        out.unlink()
    table = tmp_path / f"배점표{suffix}"
    assert run_cli("rubric", "export", RUBRIC, "--out", str(table)).exit_code == 0
    for _ in range(2):
        imported = run_cli("rubric", "import", str(table), "--out", str(tmp_path / "r.toml"))
        assert imported.exit_code == 0, imported.output


def test_a_bundle_is_created_again_over_the_previous_one(committee, tmp_path, home, run_cli):
    with Workspace.open(home) as ws:
        remember(ws, store_in_keyring(committee.secretariat), committee.secretariat.card)
    out = tmp_path / "회차.evb"
    for _ in range(2):
        created = run_cli("bundle", "create", str(committee.spec), "--out", str(out))
        assert created.exit_code == 0, created.output
    over_spec = run_cli("bundle", "create", str(committee.spec), "--out", str(committee.spec))
    assert over_spec.exit_code == 2
    assert "is not an evaluation bundle (.evb)" in over_spec.output
