"""`evaluator form export|import`. The workspace and openpyxl are imported when a command
runs, not for `--help`."""

from pathlib import Path

import click

from evaluator_app.cli.key_options import output_file


@click.group()
def form() -> None:
    """The offline review form: score in a spreadsheet, import later."""


@form.command("export")
@click.argument("session_id")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("form"),
              help="FORM.xlsx or FORM.csv")
def export_cmd(session_id: str, out: Path) -> None:
    """Write the session's review form, pre-filled with what is saved."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        from evaluator_app.form import export_form  # openpyxl: only here

        n = export_form(ws, session_id, out)
    click.echo(f"wrote {out} ({n} rows)")


@form.command("import")
@click.argument("form_path", type=click.Path(exists=True, dir_okay=False, path_type=Path))
def import_cmd(form_path: Path) -> None:
    """Check every row of a filled form, then apply all of it (or nothing)."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        from evaluator_app.form import import_form

        result = import_form(ws, form_path)
    click.echo(f"imported {form_path}: {result.changes} changes from {result.rows} rows into "
               f"session {result.session_id}")


def register(cli: click.Group) -> None:
    cli.add_command(form)
