"""`evaluator workspace check|restore|export|import`: the workspace file itself, its automatic
backups (backups/ beside it; check and restore work on a damaged file too: neither opens it as a
workspace), and a session moved to another laptop (export/import, workspace/moving.py)."""

from pathlib import Path

import click

from evaluator_app.cli.key_options import (
    confirm,
    identity_file_option,
    output_file,
    passphrase_file_option,
    passphrase_source,
)
from evaluator_app.errors import IdentityError, WorkspaceError


@click.group()
def workspace() -> None:
    """The workspace file: check it, continue from its automatic backup, or move a session to
    another laptop."""


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
    backup.choose(path, source)  # a foreign or damaged backup is refused before asking
    if not yes:
        confirm(f"Replace {path} by its backup? Edits made after the backup must be entered "
                "again; the current file is kept.")
    restored = backup.restore(path, source)
    click.echo(f"restored {path} from {restored.backup.path} "
               f"(taken {restored.backup.taken:%Y-%m-%d %H:%M})")
    if restored.kept:
        click.echo(f"the previous file is kept as {restored.kept}")
    click.echo("edits made after the backup must be entered again; "
               "check with `evaluator audit verify`")


@workspace.command("export")
@click.argument("session_id")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("move"),
              help="The file to write (SESSION-….evm), e.g. on a USB stick.")
@identity_file_option
@passphrase_file_option
def export_cmd(session_id: str, out: Path, identity_file: Path | None,
               passphrase_file: Path | None) -> None:
    """Write a session, its audit log and its bundle into one file encrypted to you, to go on
    scoring on another laptop with the same identity (`evaluator workspace import FILE`)."""
    from evaluator_app.trust.workspace_identity import adopt, resolve_card
    from evaluator_app.workspace import Workspace, moving

    with Workspace.open() as ws:
        card = resolve_card(ws, identity_file, passphrase_source(passphrase_file))
        done = moving.export_session(ws, session_id, card.recipient(), card.fingerprint, out)
        adopt(ws, identity_file, card)
    click.echo(f"wrote {done.path}: session {session_id}, {done.events} audit events"
               + (", its bundle" if done.bundle else "")
               + f"; only {card.name} ({card.fingerprint}) can open it")
    click.echo("on the other laptop: `evaluator workspace import FILE` with the same identity; "
               "go on scoring there only (changes made on both laptops cannot be joined)")


@workspace.command("import")
@click.argument("file", type=click.Path(dir_okay=False, exists=True, path_type=Path))
@identity_file_option
@passphrase_file_option
def import_cmd(file: Path, identity_file: Path | None, passphrase_file: Path | None) -> None:
    """Continue a session exported on another laptop (same identity): into a new workspace,
    or over this workspace's older copy of that session (kept in backups/)."""
    from evaluator_app.trust.workspace_identity import adopt, remembered_card, resolve_identity
    from evaluator_app.workspace import Workspace, moving

    with Workspace.open() as ws:
        identity = resolve_identity(ws, identity_file, passphrase_source(passphrase_file))
        known = remembered_card(ws)
        if known is not None and known.fingerprint != identity.card.fingerprint:
            raise IdentityError(f"this workspace belongs to {known.name} ({known.fingerprint}), "
                                f"not to {identity.card.fingerprint}")
        done = moving.import_session(ws, file, identity.age_identity, identity.card.fingerprint)
        adopt(ws, identity_file, identity.card)
    click.echo(f"imported session {done.session_id} ({done.title}) with its audit log of "
               f"{done.events} events; check with `evaluator audit verify`")
    if done.kept:
        click.echo(f"this laptop's older copy is kept as {done.kept}")


def register(cli: click.Group) -> None:
    cli.add_command(workspace)
