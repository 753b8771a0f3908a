"""`evaluator workspace check|restore`: the workspace file itself, and its automatic
backups (backups/ beside it). They work on a damaged file too: none opens it as a workspace."""

from pathlib import Path

import click

from evaluator_app.errors import WorkspaceError


@click.group()
def workspace() -> None:
    """The workspace file: check it, or continue from its automatic backup."""


@workspace.command("check")
def check_cmd() -> None:
    """Read every page and row of the workspace file and replay its audit log."""
    from evaluator_app.paths import workspace_path
    from evaluator_app.workspace import backup

    path = workspace_path()
    if not path.is_file():
        raise WorkspaceError(f"there is no workspace file at {path} yet")
    finding = backup.find_file_damage(path)
    if finding:
        raise backup.damaged(path, finding)
    backup.forget_damage(path)
    copies = backup.backups(path)
    click.echo(f"workspace OK: {path}")
    for copy in copies:
        click.echo(f"backup  {copy.path}  ({copy.taken:%Y-%m-%d %H:%M})")
    if not copies:
        click.echo("no automatic backup yet (one is made each day and after each signed sheet)")


@workspace.command("restore")
@click.option("--from", "source", type=click.Path(dir_okay=False, path_type=Path),
              help="A backup file to restore (default: the newest sound automatic backup).")
@click.option("--yes", is_flag=True, help="Restore without the confirmation prompt.")
def restore_cmd(source: Path | None, yes: bool) -> None:
    """Continue from a backup: the current file is kept in backups/ as damaged-<time>.sqlite."""
    from evaluator_app.paths import workspace_path
    from evaluator_app.workspace import backup

    path = workspace_path()
    if not yes:
        click.confirm(f"Replace {path} by its backup? Edits made after the backup must be "
                      "entered again; the current file is kept.", abort=True)
    restored = backup.restore(path, source)
    click.echo(f"restored {path} from {restored.backup.path} "
               f"(taken {restored.backup.taken:%Y-%m-%d %H:%M})")
    if restored.kept:
        click.echo(f"the previous file is kept as {restored.kept}")
    click.echo("edits made after the backup must be entered again; "
               "check with `evaluator audit verify`")


def register(cli: click.Group) -> None:
    cli.add_command(workspace)
