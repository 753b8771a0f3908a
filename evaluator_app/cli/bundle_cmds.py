"""`evaluator bundle create|inspect` (secretariat) and `evaluator open` (member). The spec
parser, the crypto and the workspace are imported when a command runs, not for `--help`."""

import json
from pathlib import Path

import click

from evaluator_app.cli.key_options import (
    identity_file_option,
    output_file,
    passphrase_file_option,
    passphrase_source,
)
from evaluator_app.cli.progress_bar import progress_bar
from evaluator_app.errors import SpecError
from evaluator_app.timefmt import paper_time


@click.group()
def bundle() -> None:
    """Encrypted session bundles (.evb) for the committee."""


@bundle.command("create")
@click.argument("spec_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("bundle"),
              help="SESSION.evb")
@click.option("--force", is_flag=True,
              help="Sign even though the evaluation window has already closed.")
@identity_file_option
@passphrase_file_option
def create_cmd(spec_path: Path, out: Path, force: bool, identity_file: Path | None,
               passphrase_file: Path | None) -> None:
    """Check the spec, then encrypt and sign the session for its roster (secretariat)."""
    from evaluator_app.session_spec import check_spec
    from evaluator_app.trust.bundle import check_signable, create_bundle
    from evaluator_app.trust.workspace_identity import adopt, resolve_identity
    from evaluator_app.workspace import Workspace

    spec, problems = check_spec(spec_path)
    if spec is None:
        raise SpecError(f"{spec_path}: {problems[0]}" + (
            f" (and {len(problems) - 1} more)" if len(problems) > 1 else ""), problems)
    with Workspace.open() as ws:
        identity = resolve_identity(ws, identity_file, passphrase_source(passphrase_file))
        check_signable(spec, identity, force=force)  # a member's identity: before "encrypting"
        bar, update = progress_bar("encrypting")
        with bar:
            identity_hash = create_bundle(spec, identity, out, progress=update, force=force)
        adopt(ws, identity_file, identity.card)
    assert spec.roster is not None
    click.echo(f"wrote {out}: session {spec.id}, {len(spec.applications)} applications, "
               f"{len(spec.roster.everyone())} roster members; signed by "
               f"{identity.card.fingerprint}\nmanifest {identity_hash} (the bundle's identity, "
               "which every sheet and result names)")


@bundle.command("inspect")
@click.argument("bundle_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--json", "as_json", is_flag=True)
def inspect_cmd(bundle_path: Path, as_json: bool) -> None:
    """Show a bundle's public header (no key needed; no applicant names inside)."""
    from evaluator_app.trust.bundle import read_header

    header = read_header(bundle_path)
    if as_json:
        click.echo(json.dumps(header.to_dict(), indent=2))
        return
    click.echo(f"session      {header.session_id}\ncreated      {paper_time(header.created)}\n"
               f"secretariat  {header.secretariat_fingerprint}\nopens with   "
               + "\n             ".join(header.recipients))


@click.command("open")
@click.argument("bundle_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--secretariat", "secretariat", type=click.Path(dir_okay=False, path_type=Path),
              help="The secretariat's card, to check the signer instead of trusting it on "
                   "first use.")
@click.option("--replace", is_flag=True,
              help="Apply a corrected bundle of a session already open (a newer issue of the "
                   "same secretariat); scores whose application and rubric are unchanged stay.")
@identity_file_option
@passphrase_file_option
def open_cmd(bundle_path: Path, secretariat: Path | None, replace: bool,
             identity_file: Path | None, passphrase_file: Path | None) -> None:
    """Verify a bundle (signature, roster, window, document hashes) and import its session."""
    from evaluator_app.trust.identity import Card
    from evaluator_app.trust.open_session import open_bundle
    from evaluator_app.trust.workspace_identity import resolve_identity
    from evaluator_app.workspace import Workspace

    card = Card.load(secretariat) if secretariat else None
    with Workspace.open() as ws:
        identity = resolve_identity(ws, identity_file, passphrase_source(passphrase_file))
        bar, update = progress_bar("verifying documents")
        with bar:
            result = open_bundle(ws, bundle_path, identity, card, progress=update,
                                 identity_file=identity_file, replace=replace)
    s = result.session
    if result.already_open:
        click.echo(f"session {s.id} is already open from this bundle")
        return
    if result.replaced is not None:
        click.echo(f"replaced session {s.id} with the corrected bundle:\n" + "\n".join(
            f"  - {line}" for line in result.replaced))
    else:
        click.echo(f"opened session {s.id}: {s.title}")
    click.echo(f"{result.documents_checked} documents checked against the signed manifest")
    if result.first_use:
        how = "matches the card you gave" if card else (
            "trusted on first use — compare it aloud with the secretariat")
        click.echo(f"secretariat fingerprint {result.secretariat_fingerprint} ({how})")


def register(cli: click.Group) -> None:
    cli.add_command(bundle)
    cli.add_command(open_cmd)
