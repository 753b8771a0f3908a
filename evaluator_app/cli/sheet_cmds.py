"""`evaluator pledge show|accept` and `evaluator sheet export|preview|revise|verify`. The
crypto, the PDF writer and the workspace are imported when a command runs, not for `--help`."""

from pathlib import Path

import click

from evaluator_app.cli.key_options import (
    confirm,
    identity_file_option,
    output_file,
    passphrase_file_option,
    passphrase_source,
)
from evaluator_app.errors import WorkspaceError
from evaluator_app.timefmt import paper_time


@click.group()
def pledge() -> None:
    """The pledge (서약서) accepted before any scoring."""


@pledge.command("show")
@click.argument("session_id")
def pledge_show(session_id: str) -> None:
    """Print the pledge text and whether it was accepted."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        text, accepted = ws.pledge_text(session_id), ws.pledge(session_id)
    if not text:
        raise WorkspaceError(f"session {session_id} has no pledge")
    click.echo(text)
    if accepted:
        click.echo(f"\naccepted by {accepted['name']} ({accepted['fingerprint']}) at "
                   f"{paper_time(accepted['accepted_at'])}")


@pledge.command("accept")
@click.argument("session_id")
@click.option("--yes", is_flag=True, help="Accept without the confirmation prompt.")
@identity_file_option
@passphrase_file_option
def pledge_accept(session_id: str, yes: bool, identity_file: Path | None,
                  passphrase_file: Path | None) -> None:
    """Accept the pledge in your name (recorded in the audit log)."""
    from evaluator_app.trust.workspace_identity import adopt, resolve_card
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        text = ws.pledge_text(session_id)
        if not text:
            raise WorkspaceError(f"session {session_id} has no pledge")
        card = resolve_card(ws, identity_file, passphrase_source(passphrase_file))
        click.echo(text + "\n")
        if not yes:
            confirm(f"{card.name}: 위 내용에 서약합니까? / Do you accept this pledge?")
        accepted = ws.accept_pledge(session_id, card.name, card.fingerprint)
        adopt(ws, identity_file, card)
    # Local time with its zone, as the papers print it; the sheet keeps the exact ISO time.
    click.echo(f"pledge accepted by {accepted['name']} at {paper_time(accepted['accepted_at'])}")


@click.group()
def sheet() -> None:
    """Signed score sheets (평가표)."""


@sheet.command("export")
@click.argument("session_id")
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for SHEET.json, its .minisig and the printable PDF.")
@click.option("--partial", is_flag=True,
              help="Sign only the applications scored so far (a 발표 day hand-in); the session "
                   "stays open and a later partial or full sheet supersedes this one.")
@identity_file_option
@passphrase_file_option
def export_cmd(session_id: str, out: Path, partial: bool, identity_file: Path | None,
               passphrase_file: Path | None) -> None:
    """Sign and export your score sheet; the session is locked afterwards (unless --partial)."""
    from evaluator_app.trust.sheet import export_sheet
    from evaluator_app.trust.workspace_identity import adopt, resolve_identity
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        identity = resolve_identity(ws, identity_file, passphrase_source(passphrase_file))
        files = export_sheet(ws, session_id, identity, out, partial=partial)
        adopt(ws, identity_file, identity.card)
    click.echo(f"signed sheet   {files.json}\nsignature      {files.signature}\n"
               f"printable PDF  {files.pdf}\n{files.sha256}")
    if partial:
        click.echo(f"partial sheet: session {session_id} stays open; hand this file in, and a "
                   "later partial or the full sheet replaces it")
    else:
        click.echo(f"session {session_id} is now locked (`evaluator sheet revise` reopens it)")


@sheet.command("preview")
@click.argument("session_id")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("pdf"),
              help="The PDF to write.")
@identity_file_option
@passphrase_file_option
def preview_cmd(session_id: str, out: Path, identity_file: Path | None,
                passphrase_file: Path | None) -> None:
    """Write the printable sheet as it would be signed, stamped 미리보기 (not signed): nothing
    is signed, locked or recorded."""
    from evaluator_app.reports.sheet_preview import write_preview_pdf
    from evaluator_app.trust.sheet import prepare_sheet
    from evaluator_app.trust.workspace_identity import resolve_identity
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        identity = resolve_identity(ws, identity_file, passphrase_source(passphrase_file))
        prepared = prepare_sheet(ws, session_id, identity)
    write_preview_pdf(prepared.sheet, prepared.rubrics, out)
    click.echo(f"preview (not signed) {out}")


@sheet.command("revise")
@click.argument("session_id")
@click.option("--reason", required=True, help="Why the exported sheet is being revised.")
def revise_cmd(session_id: str, reason: str) -> None:
    """Reopen a locked session as its next revision."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        revision = ws.revise(session_id, reason)
    click.echo(f"session {session_id} reopened as revision {revision}")


@sheet.command("verify")
@click.argument("sheet_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--bundle", "bundle_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The session's bundle.")
@identity_file_option
@passphrase_file_option
def verify_cmd(sheet_path: Path, bundle_path: Path, identity_file: Path | None,
               passphrase_file: Path | None) -> None:
    """Check a sheet's signature, signer, session, bundle, rubric and every score."""
    from evaluator_app.trust.bundle import load_bundle
    from evaluator_app.trust.sheet import check_sheet_path, verify_sheet
    from evaluator_app.trust.workspace_identity import adopt, resolve_identity
    from evaluator_app.workspace import Workspace

    check_sheet_path(sheet_path)  # a PDF or a missing file is said before the passphrase
    with Workspace.open() as ws:
        identity = resolve_identity(ws, identity_file, passphrase_source(passphrase_file))
        result = verify_sheet(sheet_path, load_bundle(bundle_path, identity))
        adopt(ws, identity_file, identity.card)
    totals = ", ".join(f"{a} {t if t is not None else '회피'}" for a, t in result.totals.items())
    click.echo(f"OK: signed by {result.member.name} ({result.member.fingerprint}), session "
               f"{result.session_id}, revision {result.revision}"
               + (f", partial hand-in {result.partial} ({len(result.totals)} application(s))"
                  if result.partial else "") + f"\n{totals}")


def register(cli: click.Group) -> None:
    cli.add_command(pledge)
    cli.add_command(sheet)
