"""`evaluator sheets status`: the secretariat's (or chair's) view of the sheets handed in.
The crypto and the consolidation are imported when the command runs."""

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from evaluator_app.cli.key_options import (
    identity_file_option,
    passphrase_file_option,
    passphrase_source,
)

if TYPE_CHECKING:
    from evaluator_app.consolidation.collect import Collection

STATUS_KO = {"used": "검증됨", "rejected": "거부", "excluded": "제외", "missing": "미제출"}


@click.group()
def sheets() -> None:
    """Sheets handed in: who has, which revision, partial or final, verified or why not."""


@sheets.command("status")
@click.option("--bundle", "bundle_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The session's bundle.")
@click.argument("folders", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--json", "as_json", is_flag=True, help="One JSON object per member.")
@identity_file_option
@passphrase_file_option
def status_cmd(bundle_path: Path, folders: tuple[Path, ...], as_json: bool,
               identity_file: Path | None, passphrase_file: Path | None) -> None:
    """List each roster member: handed in or not, revision, partial or final, verified or why
    not (the chair's verification, member by member)."""
    from evaluator_app.consolidation.status import sheets_status
    from evaluator_app.trust.bundle import load_bundle
    from evaluator_app.trust.workspace_identity import resolve_identity
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        identity = resolve_identity(ws, identity_file, passphrase_source(passphrase_file))
    bundle = load_bundle(bundle_path, identity)
    collection, members = sheets_status(folders, bundle)
    if as_json:
        for m in members:
            click.echo(json.dumps({
                "fingerprint": m.fingerprint, "name": m.name, "role": m.role,
                "handed_in": m.handed_in, "status": m.status, "revision": m.revision,
                "partial": m.partial, "final": m.final, "verified": m.verified,
                "reason": m.reason, "file": m.file,
                # the bundle a sheet refused as "other-bundle" names (its member did sign it)
                "scored_on": None if m.scored_on is None else {
                    "session_id": m.scored_on.session_id,
                    "manifest_sha256": m.scored_on.manifest_sha256}}, ensure_ascii=False))
        # Files no member's object shows (cut short, no .minisig beside them) were left out
        # silently: said on stderr, so stdout stays one JSON object per member.
        print_set_aside(collection, err=True)
        return
    click.echo(f"session {bundle.session_id}: sheets in {', '.join(map(str, folders))}")
    for m in members:
        if not m.handed_in:
            click.echo(f"  {STATUS_KO['missing']:<4} {m.name} {m.fingerprint}: no sheet "
                       "handed in")
            continue
        kind = f"partial {m.partial}" if m.partial is not None else "final"
        line = (f"  {STATUS_KO.get(m.status, m.status):<4} {m.name} {m.fingerprint}: "
                f"r{m.revision if m.revision is not None else '?'} {kind}, ")
        line += "verified" if m.verified else f"does not verify: {m.reason}"
        if m.scored_on is not None:  # ask the member for a sheet on this bundle
            named = m.scored_on.manifest_sha256 or "a bundle file of the earlier format"
            line += f" [scored on {m.scored_on.session_id} {named[:23]}]"
        click.echo(line + f" ({m.file})")
        for r in m.others:
            click.echo(f"         also {r.path.name}: {r.status}" + (
                f" — {r.reason}" if r.reason else ""))
    done = sum(1 for m in members if m.verified and m.final and m.role == "member")
    expected = len(collection.expected)
    click.echo(f"{done} of {expected} members have handed in a verified final sheet")
    print_set_aside(collection)


def print_set_aside(collection: "Collection", err: bool = False) -> None:
    """The files of the folders that no member's line shows: set aside, or rejected naming no
    one on the roster."""
    from evaluator_app.consolidation.collect import ignored_reason
    from evaluator_app.consolidation.status import unattributed
    from evaluator_app.safe_files import shown

    for p in collection.ignored:
        click.echo(f"  (ignored {shown(p)}: {ignored_reason(p)})", err=err)
    for r in unattributed(collection):
        click.echo(f"  (rejected {shown(r.path)}: {r.reason})", err=err)
