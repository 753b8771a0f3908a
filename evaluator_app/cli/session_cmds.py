"""`evaluator session check|import|list` (`template`, `new`, `confirm` live in round_cmds.py) and
`evaluator audit verify`. The spec parser and the workspace are imported when a command runs,
not for `--help`."""

from pathlib import Path

import click

from evaluator_app.cli.output import table
from evaluator_app.cli.round_cmds import confirm_cmd, new_cmd, template_cmd
from evaluator_app.errors import AuditError, SpecError


@click.group()
def session() -> None:
    """Evaluation rounds: check a spec, import it, list what the workspace holds."""


session.add_command(template_cmd)
session.add_command(new_cmd)
session.add_command(confirm_cmd)


@session.command("check")
@click.argument("spec_path", type=click.Path(dir_okay=False, path_type=Path))
def check_cmd(spec_path: Path) -> None:
    """List every problem of a session spec; exit 2 if there is any."""
    from evaluator_app.session_spec import check_spec

    spec, problems = check_spec(spec_path)
    if problems:
        click.echo(f"{spec_path}: {len(problems)} problem{'s' * (len(problems) > 1)}", err=True)
        for p in problems:
            click.echo(f"  - {p}", err=True)
        raise click.exceptions.Exit(2)
    assert spec is not None
    rubrics = ", ".join(f"{r.id} ({r.status})" for r in spec.rubrics.values())
    click.echo(f"{spec_path}: OK — session {spec.id}, {len(spec.applications)} applications, "
               f"{spec.sites_to_select} site(s) to select, rubric {rubrics}")


@session.command("import")
@click.argument("spec_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--replace", is_flag=True, help="Load again a session that has no scores yet.")
def import_cmd(spec_path: Path, replace: bool) -> None:
    """Load a plaintext session spec into the workspace (secretariat dry run, tests)."""
    from evaluator_app.session_spec import check_spec
    from evaluator_app.workspace import Workspace

    spec, problems = check_spec(spec_path)
    if spec is None:
        raise SpecError(f"{spec_path}: {problems[0]}" + (
            f" (and {len(problems) - 1} more; run `evaluator session check`)"
            if len(problems) > 1 else ""), problems)
    with Workspace.open() as ws:
        info = ws.import_session(spec, replace=replace)
        click.echo(f"imported session {info.id} ({len(spec.applications)} applications) "
                   f"into {ws.path}")


@session.command("list")
def list_cmd() -> None:
    """Sessions in the workspace."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        rows = [[s.id, s.title, s.stage, s.state, str(s.revision),
                 str(len(ws.applications(s.id)))] for s in ws.sessions()]
    if not rows:
        click.echo("no sessions yet: `evaluator session import SPEC.toml`")
        return
    click.echo(table(["ID", "title", "stage", "state", "rev", "apps"], rows))


@click.group()
def audit() -> None:
    """The workspace's hash-chained audit log."""


@audit.command("verify")
@click.option("--sheet", "sheets", multiple=True,
              type=click.Path(dir_okay=False, path_type=Path),
              help="An exported SHEET.json: its audit head must be in the log, followed by its "
                   "export (repeatable).")
def verify_cmd(sheets: tuple[Path, ...]) -> None:
    """Check that no event was edited or deleted and that the data matches the log."""
    from evaluator_app.canonical import sha256_hex
    from evaluator_app.nesting import loads_json
    from evaluator_app.safe_files import read_regular
    from evaluator_app.workspace import Workspace, backup

    given = []
    for path in sheets:
        # a missing file, a folder or a FIFO is one sentence naming it, as `sheet verify` says
        data = read_regular(path, AuditError)
        try:
            sheet = loads_json(data)
            if not isinstance(sheet, dict):
                raise ValueError(path)
            given.append((sheet, "sha256:" + sha256_hex(data)))
        except (ValueError, RecursionError):
            raise AuditError(f"{path} is not a score sheet (unreadable)") from None
    with Workspace.open() as ws:
        report = ws.audit_verify(given)
        damage = None if report.ok else backup.find_damage(ws.conn)
    if damage:  # not an edit: a damaged disk page (say where the backup is)
        raise backup.damaged(ws.path, damage)
    if not report.ok:
        raise AuditError(f"the audit log does not verify: {report.problems[0]}",
                         report.problems)
    click.echo(f"audit log OK: {report.events} events, head {report.head}")


def register(cli: click.Group) -> None:
    cli.add_command(session)
    cli.add_command(audit)
