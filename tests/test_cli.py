"""The `evaluator` CLI: every command of the scoring core, exit codes, no tracebacks."""

import json
import os
import subprocess
import sys
from pathlib import Path

from evaluator_app import __version__
from evaluator_app.form import export_form
from evaluator_app.workspace import Workspace


def test_version(run_cli):
    result = run_cli("--version")
    assert result.exit_code == 0 and __version__ in result.output


def test_rubric_list_and_show(run_cli):
    listed = json.loads(run_cli("rubric", "list", "--json").output)
    assert {r["id"] for r in listed} >= {"2025-base-written", "2025-kcity-demo-written"}
    assert all(r["status"] == "proposed" for r in listed)
    assert {r["total"] for r in listed if r["stage"] == "서면"} == {"100"}
    text = run_cli("rubric", "list").output
    assert "제안(proposed)" in text and "공식 공모지침의 배점이 아닙니다" in text
    shown = run_cli("rubric", "show", "2025-diffusion-written")
    assert shown.exit_code == 0
    assert "제안(proposed)" in shown.output and "등급 A15/B13.5/C12/D10.5/E9" in shown.output
    assert "사업계획의 우수성" in shown.output and "합계 (total)" in shown.output
    missing = run_cli("rubric", "show", "nope")
    assert missing.exit_code == 2 and "unknown rubric 'nope'" in missing.output


def test_rubric_export_edit_import(run_cli, tmp_path: Path, home: Path):
    table = tmp_path / "official.csv"
    assert run_cli("rubric", "export", "2025-base-written", "--out", str(table)).exit_code == 0
    text = table.read_text(encoding="utf-8-sig")
    refused = run_cli("rubric", "import", str(table))
    assert refused.exit_code == 2 and "already exists" in refused.output
    table.write_text(text.replace("2025-base-written", "2025-base-written-official")
                     .replace("정보,status,,proposed", "정보,status,,official"),
                     encoding="utf-8-sig")
    done = run_cli("rubric", "import", str(table))
    assert done.exit_code == 0, done.output
    assert (home / "rubrics" / "2025-base-written-official.toml").is_file()
    listed = {r["id"]: r for r in json.loads(run_cli("rubric", "list", "--json").output)}
    assert listed["2025-base-written-official"]["status"] == "official"
    again = run_cli("rubric", "import", str(table), "--replace")
    assert again.exit_code == 0


def test_session_check_reports_every_problem(run_cli, tmp_path: Path):
    spec = tmp_path / "s.toml"
    spec.write_text('[session]\nid = "x"\nprogram = "diffusion"\nstage = "서면"\ntitle = "t"\n'
                    'rubric = "2025-diffusion-written"\n[[applications]]\nid = "A1"\n'
                    'applicant = "a"\napplicant_kind = "시"\npopulation = 450000\ntitle = "t"\n'
                    'documents = ["missing.pdf"]\n', encoding="utf-8")
    result = run_cli("session", "check", str(spec))
    assert result.exit_code == 2
    assert "population 450,000 is not below the diffusion cap of 300,000" in result.output
    assert "document missing.pdf does not exist" in result.output


def test_the_whole_flow_from_the_cli(run_cli, demo_round: Path, tmp_path: Path, home: Path):
    assert run_cli("session", "check", str(demo_round)).exit_code == 0
    assert run_cli("session", "import", str(demo_round)).exit_code == 0
    sid = "2025-strong-small-written"
    assert sid in run_cli("session", "list").output
    why = "평가사유를 스무 글자 이상으로 충분하게 적었습니다"
    ok = run_cli("score", "set", sid, "A01", "1-1", "8", "--rationale", why)
    assert ok.exit_code == 0 and "total 8" in ok.output
    bad = run_cli("score", "set", sid, "A01", "1-1", "8.2")
    assert bad.exit_code == 2 and "not a multiple of the step 0.5" in bad.output
    assert run_cli("coi", "declare", sid, "A02", "mentor", "--reason", "지도교수").exit_code == 0
    blocked = run_cli("score", "set", sid, "A02", "1-1", "5")
    assert blocked.exit_code == 2 and "declared conflicted (회피)" in blocked.output
    assert run_cli("coi", "none", sid, "A03").exit_code == 0
    assert run_cli("opinion", "set", sid, "A03", "강점과 약점을 고루 서술한 종합의견으로, 공백을 "
                   "빼고 세어도 삼십 자를 넉넉히 넘깁니다").exit_code == 0
    form = tmp_path / "form.xlsx"
    assert run_cli("form", "export", sid, "--out", str(form)).exit_code == 0
    imported = run_cli("form", "import", str(form))
    # the form as exported changes nothing (issue 17: an unchanged value is no change)
    assert imported.exit_code == 0 and ": 0 changes from" in imported.output
    shown = json.loads(run_cli("score", "show", sid, "--json").output)
    apps = {a["application"]: a for a in shown["applications"]}
    assert apps["A01"]["status"] == "in-progress" and apps["A01"]["subtotal"] == "8"
    assert apps["A02"]["status"] == "conflict" and apps["A02"]["total"] is None
    assert apps["A03"]["coi"] == "none"
    text = run_cli("score", "show", sid).output
    assert "회피 (conflict)" in text and "진행 중 (in-progress)" in text
    assert "rubric 2025-strong-small-climate-written: 제안(proposed)" in text
    assert run_cli("audit", "verify").exit_code == 0
    with Workspace.open(home) as ws, ws.conn:
        ws.conn.execute("UPDATE entries SET value = '10'")  # committed, as another tool would
    tampered = run_cli("audit", "verify")
    assert tampered.exit_code == 2 and "differs from the audit log" in tampered.output


def test_bad_forms_exit_2_with_rows(run_cli, ws: Workspace, session_id: str, tmp_path: Path):
    form = tmp_path / "f.csv"
    export_form(ws, session_id, form)
    lines = form.read_text(encoding="utf-8-sig").splitlines()
    lines[4] = lines[4].replace(",points,,", ",points,12,")
    form.write_text("\n".join(lines) + "\n", encoding="utf-8-sig")
    result = run_cli("form", "import", str(form))
    assert result.exit_code == 2
    assert "row 5, column score (점수)" in result.output and "12 is outside 0–10" in result.output


def test_no_traceback_reaches_the_user(tmp_path: Path):
    """Real processes, as a user types them: one sentence on stderr, exit 2."""
    junk = tmp_path / "home"
    junk.mkdir()
    (junk / "workspace.sqlite").write_bytes(b"garbage" * 100)
    bad_toml = tmp_path / "bad.toml"
    bad_toml.write_text("[session\n", encoding="utf-8")
    env_home = {"EVALUATOR_HOME": str(junk)}
    cases = [
        (["session", "list"], "is not a workspace file"),
        (["session", "check", str(bad_toml)], "broken TOML"),
        (["score", "show", "x"], "is not a workspace file"),
    ]
    for args, expected in cases:
        proc = subprocess.run([sys.executable, "-m", "evaluator_app", *args], text=True,
                              encoding="utf-8", capture_output=True,
                              env={**os.environ, **env_home})
        assert proc.returncode == 2, (args, proc.stderr)
        assert expected in proc.stderr and "Traceback" not in proc.stderr


def test_lazy_command_table_matches_the_commands() -> None:
    """`evaluator --help` lists commands from COMMANDS without importing them: keep it true."""
    import click

    from evaluator_app.cli import COMMANDS, cli

    ctx = click.Context(cli)
    for name, (_, _, short_help) in COMMANDS.items():
        command = cli.get_command(ctx, name)
        assert command is not None and command.name == name
        assert command.get_short_help_str(1000) == short_help
