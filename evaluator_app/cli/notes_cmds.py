"""`evaluator notes show`: the member's private notes and highlights (never in a sheet). The
workspace is imported when the command runs, not for `--help`."""

import json

import click

from evaluator_app.cli.output import table


@click.group()
def notes() -> None:
    """The member's private notes and highlights: they stay in this workspace."""


@notes.command("show")
@click.argument("session_id")
@click.argument("application_id", required=False)
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def show_cmd(session_id: str, application_id: str | None, as_json: bool) -> None:
    """Notes and highlights per application (where a highlight is; its words stay in the
    encrypted document and show in the app)."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        apps = ([ws.application(session_id, application_id)] if application_id
                else ws.applications(session_id))
        report = []
        for app in apps:
            names = {d.doc_id: d.name for d in ws.documents(session_id, app.id)}
            report.append({
                "application": app.id, "note": ws.note(session_id, app.id),
                "highlights": [{"id": h.id, "document": names[h.doc_id], "doc_id": h.doc_id,
                                "page": h.page + 1, "start": list(h.start), "end": list(h.end),
                                "created_at": h.created_at}
                               for h in ws.highlights(session_id, app.id)]})
    if as_json:
        click.echo(json.dumps(report, ensure_ascii=False, indent=2))
        return
    rows = [[r["application"], r["note"].replace("\n", " ") or "—", str(len(r["highlights"]))]
            for r in report]
    click.echo(table(["application", "private note", "highlights"], rows))
    marks = [[r["application"], h["document"], str(h["page"]),
              f"({h['start'][0]:.0f}, {h['start'][1]:.0f}) – ({h['end'][0]:.0f}, "
              f"{h['end'][1]:.0f})", h["created_at"]]
             for r in report for h in r["highlights"]]
    if marks:
        click.echo("")
        click.echo(table(["application", "document", "page", "where (pt)", "marked at"], marks))


def register(cli: click.Group) -> None:
    cli.add_command(notes)
