"""The `evaluator` command line. Errors a user can cause print one sentence and exit 2."""

import errno
import logging
import os
import sqlite3
import sys
import traceback
from pathlib import Path
from typing import Any

import click
import platformdirs

from evaluator_app import __version__
from evaluator_app.errors import EvaluatorError
from evaluator_app.paths import APP_AUTHOR, APP_NAME, workspace_path

EXIT_USER_ERROR = 2


def log_path() -> Path:
    return Path(platformdirs.user_log_dir(APP_NAME, APP_AUTHOR)) / "evaluator.log"


class SafeGroup(click.Group):
    """Turns core errors into one clear sentence (exit 2) and never shows a traceback."""

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
            if isinstance(e, sqlite3.Error):  # a SQLite failure outside the workspace's checks
                from evaluator_app.workspace.connection import explain

                typed = explain(workspace_path(), e)
                if typed is not None:
                    click.echo(f"error: {typed.message}", err=True)
                    ctx.exit(EXIT_USER_ERROR)
            path = log_path()
            try:
                path.parent.mkdir(parents=True, exist_ok=True)
                logging.basicConfig(filename=path, level=logging.ERROR)
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


_registered = False


def build_cli() -> click.Group:
    """The `evaluator` group with every command registered (idempotent)."""
    from evaluator_app.cli import (
        bundle_cmds,
        consolidate_cmds,
        demo_cmd,
        form_cmds,
        identity_cmds,
        notes_cmds,
        rubric_cmds,
        score_cmds,
        session_cmds,
        sheet_cmds,
    )

    global _registered
    if not _registered:
        for module in (rubric_cmds, session_cmds, score_cmds, notes_cmds, form_cmds,
                       identity_cmds, bundle_cmds, sheet_cmds, consolidate_cmds, demo_cmd):
            module.register(cli)
        _registered = True
    return cli


def main() -> None:
    build_cli()
    # Korean output on terminals whose locale is C/POSIX would otherwise crash on encode.
    for stream in (sys.stdout, sys.stderr):
        if hasattr(stream, "reconfigure"):
            stream.reconfigure(errors="replace")
    cli(prog_name="evaluator")
