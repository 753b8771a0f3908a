"""`evaluator identity create|show|card|backup`. The crypto (pyrage, minisign) and the workspace are
imported when a command runs, not for `--help` (tests/test_cli_imports.py)."""

from pathlib import Path
from typing import TYPE_CHECKING

import click

from evaluator_app.cli.key_options import (
    identity_file_option,
    new_identity_file_option,
    output_file,
    passphrase_file_option,
    passphrase_source,
)
from evaluator_app.trust import ROLES

if TYPE_CHECKING:
    from evaluator_app.trust.identity import Card


def describe(card: "Card") -> str:
    return "\n".join([
        f"name        {card.name}",
        f"affiliation {card.affiliation or '-'}",
        f"role        {card.role}",
        f"fingerprint {card.fingerprint}   (compare this aloud / 지문을 소리 내어 대조하세요)",
        f"age         {card.age_recipient}",
        f"minisign    {card.minisign_public_key}",
    ])


@click.group()
def identity() -> None:
    """Your keys: create them, show your fingerprint, export your public card, back them up."""


@identity.command("create")
@click.option("--name", required=True, help="Your name as it appears on score sheets.")
@click.option("--affiliation", default="", help="Your organisation (소속).")
@click.option("--role", type=click.Choice(ROLES), default="member", show_default=True)
@new_identity_file_option
@passphrase_file_option
@click.option("--replace", is_flag=True, help="Switch this workspace to a new identity.")
def create_cmd(name: str, affiliation: str, role: str, identity_file: Path | None,
               passphrase_file: Path | None, replace: bool) -> None:
    """Generate an age key and a minisign key (secrets in the OS keyring or an identity file)."""
    from evaluator_app.trust.workspace_identity import create_identity
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        ident, ref = create_identity(ws, name, affiliation, role, identity_file,
                                     passphrase_source(passphrase_file, confirm=True), replace)
    where = ("the OS keyring" if ref.startswith("keyring:")
             else f"the identity file {identity_file} (keep it and its passphrase safe)")
    click.echo(f"created identity {ident.card.fingerprint}; secrets are in {where}\n")
    click.echo(describe(ident.card))


@identity.command("show")
@identity_file_option
@passphrase_file_option
def show_cmd(identity_file: Path | None, passphrase_file: Path | None) -> None:
    """Print your card and fingerprint."""
    from evaluator_app.trust.workspace_identity import adopt, resolve_card
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        card = resolve_card(ws, identity_file, passphrase_source(passphrase_file))
        adopt(ws, identity_file, card)
    click.echo(describe(card))


@identity.command("card")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("card"),
              help="CARD.json to give to the secretariat.")
@identity_file_option
@passphrase_file_option
def card_cmd(out: Path, identity_file: Path | None, passphrase_file: Path | None) -> None:
    """Write your public card (no secret in it) for the secretariat's roster."""
    from evaluator_app.trust.workspace_identity import adopt, resolve_card
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        card = resolve_card(ws, identity_file, passphrase_source(passphrase_file))
        card.save(out)
        adopt(ws, identity_file, card)
    click.echo(f"wrote {out} — fingerprint {card.fingerprint}")


@identity.command("backup")  # (the backup refuses any file already there: see identity.py)
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("new"),
              help="The new identity file (e.g. on a USB stick kept apart from the laptop).")
@identity_file_option
@passphrase_file_option
@click.option("--backup-passphrase-file", "backup_passphrase_file",
              type=click.Path(dir_okay=False, path_type=Path),
              help="The backup's passphrase from this file (else a prompt, asked twice; "
                   "without a terminal, the passphrase the identity is opened with).")
def backup_cmd(out: Path, identity_file: Path | None, passphrase_file: Path | None,
               backup_passphrase_file: Path | None) -> None:
    """Copy your identity (secrets included) into a passphrase-protected file: the backup of a
    keyring identity, or your identity for another laptop (--identity-file FILE there)."""
    import sys

    from evaluator_app.trust.workspace_identity import backup_identity
    from evaluator_app.workspace import Workspace

    if backup_passphrase_file is not None:
        new = passphrase_source(backup_passphrase_file)
    elif sys.stdin.isatty():
        def new() -> str:
            return click.prompt("Passphrase for the backup / 백업 파일 암호", hide_input=True,
                                confirmation_prompt=True)
    else:
        new = passphrase_source(passphrase_file)
    with Workspace.open() as ws:
        card = backup_identity(ws, identity_file, passphrase_source(passphrase_file), out, new())
    click.echo(f"wrote {out}: the identity {card.fingerprint} ({card.name}), read back with its "
               "passphrase. Keep the file and the passphrase apart; whoever has both can sign "
               "as you.\n백업 파일과 암호를 따로 보관하세요.")


def register(cli: click.Group) -> None:
    cli.add_command(identity)
