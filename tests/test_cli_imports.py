"""Start-up of the `evaluator` commands (issue 10: ≤ 0.2 s): a command imports what it needs when
it runs, so `--help` of any command, and a reading command like `session list`, never load the
crypto, the PDF and spreadsheet writers, sqlite-utils or Qt. A check on imports, in a fresh
interpreter each; the times themselves are measured by benchmarks/run.py --only cli."""

import json
import os
import subprocess
import sys
from pathlib import Path

HEAVY = ("pyrage", "minisign", "reportlab", "openpyxl", "sqlite_utils", "pypdf", "keyring",
         "PySide6")
# --help does not even open the workspace or read the rubrics
NOT_FOR_HELP = (*HEAVY, "evaluator_app.workspace", "evaluator_app.scoring",
                "evaluator_app.rubric.catalogue", "evaluator_app.trust.identity")

# Walks every command and subcommand of `evaluator`, asks each for --help, and reports which heavy
# modules each one pulled in (none, it should be).
HELP_ALL = r"""
import json, sys
import click
from click.testing import CliRunner
from evaluator_app.cli import cli

heavy = json.loads(sys.argv[1])
runner = CliRunner()
seen, report = [], {}

def walk(group, path, ctx):
    for name in group.list_commands(ctx):
        command = group.get_command(ctx, name)
        yield [*path, name]
        if isinstance(command, click.Group):
            yield from walk(command, [*path, name], click.Context(command, parent=ctx))

for path in walk(cli, [], click.Context(cli)):
    result = runner.invoke(cli, [*path, "--help"])
    if result.exit_code != 0 or "Usage:" not in result.output:
        report[" ".join(path)] = ["--help failed: " + result.output[-200:]]
    seen.append(" ".join(path))
    loaded = [m for m in heavy if m in sys.modules]
    if loaded:
        report[" ".join(path)] = loaded
        break  # the first command that loads them is the one to fix
print(json.dumps({"seen": seen, "heavy": report}))
"""

SESSION_LIST = r"""
import json, sys
from click.testing import CliRunner
from evaluator_app.cli import cli

result = CliRunner().invoke(cli, ["session", "list"])
print(json.dumps({"exit": result.exit_code, "output": result.output,
                  "heavy": [m for m in json.loads(sys.argv[1]) if m in sys.modules]}))
"""


def run_script(script: str, home: Path, modules: tuple[str, ...] = HEAVY) -> dict:
    proc = subprocess.run([sys.executable, "-c", script, json.dumps(modules)], text=True,
                          capture_output=True, env={**os.environ, "EVALUATOR_HOME": str(home)},
                          check=True)
    return json.loads(proc.stdout)


def test_help_of_every_command_imports_nothing_heavy(home: Path) -> None:
    out = run_script(HELP_ALL, home, NOT_FOR_HELP)
    assert out["heavy"] == {}, f"--help imports heavy modules: {out['heavy']}"
    # the walk did reach the commands of every group, not only the top level
    for command in ("bundle create", "open", "sheet verify", "consolidate", "result verify",
                    "score set", "form export", "identity show", "session list", "rubric show",
                    "pledge accept", "notes show", "audit verify", "coi declare", "demo",
                    "session template", "session new", "sheets status"):
        assert command in out["seen"], command


def test_session_list_reads_the_workspace_with_plain_sqlite(ws, session_id: str,
                                                            home: Path) -> None:
    out = run_script(SESSION_LIST, home)
    assert out["exit"] == 0 and session_id in out["output"], out
    assert out["heavy"] == [], f"`session list` imports {out['heavy']}"
