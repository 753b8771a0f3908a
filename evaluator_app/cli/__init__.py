"""The `evaluator` command line. Errors a user can cause print one sentence and exit 2.

Start-up stays short (issue 10: ≤ 0.2 s) because a command's module is imported only when that
command runs: `evaluator --version` or `evaluator score show` never load reportlab, openpyxl, Qt
or the crypto stack. COMMANDS names the module of every command; `evaluator --help` lists them
with the one-line help below, without importing any (tests/test_cli.py checks they agree).
"""

import errno
import importlib
import logging
import os
import sys
import traceback
from pathlib import Path
from typing import Any

import click
from click.utils import make_default_short_help

from evaluator_app import __version__
from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import APP_AUTHOR, APP_NAME, workspace_path

EXIT_USER_ERROR = 2


def log_path() -> Path:
    import platformdirs

    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)) / "evaluator.log"


# command name → (module in evaluator_app.cli, attribute, one-line help for `evaluator --help`)
COMMANDS: dict[str, tuple[str, str, str]] = {
    "audit": ("session_cmds", "audit", "The workspace's hash-chained audit log."),
    "bundle": ("bundle_cmds", "bundle", "Encrypted session bundles (.evb) for the committee."),
    "coi": ("score_cmds", "coi", "Conflict-of-interest declarations (이해충돌 / 회피)."),
    "consolidate": ("consolidate_cmds", "consolidate_cmd",
                    "Verify every member's sheet, consolidate, rank and sign the result "
                    "(종합평가표)."),
    "demo": ("evaluator_demo.command", "demo",
             "A whole round: a secretariat, a chair and seven members, then the desktop app."),
    "form": ("form_cmds", "form", "The offline review form: score in a spreadsheet, import later."),
    "identity": ("identity_cmds", "identity",
                 "Your keys: create them, show your fingerprint, export your public card, back "
                 "them up."),
    "notes": ("notes_cmds", "notes",
              "The member's private notes and highlights: they stay in this workspace."),
    "open": ("bundle_cmds", "open_cmd",
             "Verify a bundle (signature, roster, window, document hashes) and import its "
             "session."),
    "opinion": ("score_cmds", "opinion", "Overall opinions (종합의견)."),
    "pledge": ("sheet_cmds", "pledge", "The pledge (서약서) accepted before any scoring."),
    "result": ("consolidate_cmds", "result_group", "Signed results (종합평가 결과)."),
    "review": ("consolidate_cmds", "review_group",
               "The 발표 day: agenda and presentation-order draw."),
    "rubric": ("rubric_cmds", "rubric",
               "Rubrics (평가표): list, show, hash, import from and export to a spreadsheet."),
    "score": ("score_cmds", "score", "Scores: show them, or set one from a script."),
    "session": ("session_cmds", "session",
                "Evaluation rounds: check a spec, import it, list what the workspace holds."),
    "sheet": ("sheet_cmds", "sheet", "Signed score sheets (평가표)."),
    "sheets": ("sheets_cmds", "sheets",
               "Sheets handed in: who has, which revision, partial or final, verified or why "
               "not."),
    "workspace": ("workspace_cmds", "workspace",
                  "The workspace file: check it, continue from its automatic backup, or move a "
                  "session to another laptop."),
}


class SafeGroup(click.Group):
    """Turns core errors into one clear sentence (exit 2) and never shows a traceback.

    Commands of COMMANDS are imported on first use (see the module docstring)."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*self.commands, *COMMANDS})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name not in self.commands and cmd_name in COMMANDS:
            module, attribute, _ = COMMANDS[cmd_name]
            # a dotted name is a module of its own package (the demo lives in evaluator_demo)
            name = module if "." in module else f"evaluator_app.cli.{module}"
            command = getattr(importlib.import_module(name), attribute)
            self.add_command(command, cmd_name)
        return self.commands.get(cmd_name)

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """`evaluator --help` without importing every command's module."""
        limit = formatter.width - 6 - max(len(n) for n in self.list_commands(ctx))
        rows = []
        for name in self.list_commands(ctx):
            if name in self.commands:
                command = self.commands[name]
                if command.hidden:
                    continue
                rows.append((name, command.get_short_help_str(limit)))
            else:
                rows.append((name, make_default_short_help(COMMANDS[name][2], limit)))
        with formatter.section("Commands"):
            formatter.write_dl(rows)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except EvaluatorError as e:
            click.echo(f"error: {e.message}", err=True)
            if len(e.problems) > 1:
                for p in e.problems:
                    click.echo(f"  - {p}", err=True)
            ctx.exit(EXIT_USER_ERROR)
        except OSError as e:
            if e.errno == errno.ENOSPC:
                click.echo(f"error: the disk is full ({e.filename or 'writing a file'}); "
                           "nothing was changed, free some space and try again", err=True)
                ctx.exit(EXIT_USER_ERROR)
            where = f" ({e.filename})" if e.filename else ""
            click.echo(f"error: {e.strerror or e}{where}", err=True)
            ctx.exit(EXIT_USER_ERROR)
        except KeyboardInterrupt:
            click.echo("interrupted", err=True)
            ctx.exit(130)
        except (click.exceptions.Exit, click.ClickException, click.Abort):
            raise
        except Exception as e:
            # A SQLite failure outside the workspace's checks, or data a damaged page garbled:
            # the workspace's real state (damaged, locked, full, read-only) is the one sentence.
            from evaluator_app.workspace.connection import explain_failure

            typed = explain_failure(workspace_path(), e)
            if typed is not None:
                click.echo(f"error: {typed.message}", err=True)
                ctx.exit(EXIT_USER_ERROR)
            path = log_path()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                logging.basicConfig(filename=path, level=logging.ERROR, encoding="utf-8")
                logging.getLogger("evaluator").error("internal error\n%s", traceback.format_exc())
                where = f"; details in {path}"
            except OSError:
                where = ""
            click.echo(f"internal error: this is a bug in Evaluation Desk{where}", err=True)
            ctx.exit(1)


@click.group(cls=SafeGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="evaluator")
@click.option("--workspace", "workspace", type=click.Path(file_okay=False, path_type=Path),
              help="Workspace folder (default: $EVALUATOR_HOME or the user data folder).")
def cli(workspace: Path | None) -> None:
    """평가위원 데스크 / Evaluation Desk — score smart-city contest applications offline."""
    if workspace is not None:
        os.environ["EVALUATOR_HOME"] = str(workspace)


@cli.command("gui", context_settings={"ignore_unknown_options": True})
@click.argument("args", nargs=-1, type=click.UNPROCESSED)
def gui(args: tuple[str, ...]) -> None:
    """Start the desktop app (same options as `evaluator-app`)."""
    from ui.app import main as app_main  # Qt is loaded only for the GUI

    raise click.exceptions.Exit(app_main(list(args)))


def build_cli() -> click.Group:
    """The `evaluator` group; its commands load on first use (kept for callers and tests)."""
    return cli


def main() -> None:
    # Korean output on terminals whose locale is C/POSIX would otherwise crash on encode.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    cli(prog_name="evaluator")
