"""`evaluator score show|overview|set`, `evaluator coi declare|none`, `evaluator opinion set`. The
scoring rules, the rubrics and the workspace are imported when a command runs, not for
`--help`."""

import json
from typing import TYPE_CHECKING, Any

import click

from evaluator_app.cli.output import table
from evaluator_app.coi import COI_GROUNDS
from evaluator_app.errors import ScoringError
from evaluator_app.numbers import clip, format_decimal

if TYPE_CHECKING:
    from evaluator_app.workspace import Workspace


def score_report(ws: "Workspace", session_id: str) -> list[dict[str, Any]]:
    """Per application: status, conflict, each item, adjustments, total (for show --json)."""
    from evaluator_app.scoring import item_points

    out = []
    for app in ws.applications(session_id):
        rubric = ws.rubric(app.rubric_hash)
        entries = ws.entries(session_id, app.id)
        ev = ws.evaluate(session_id, app.id)
        items = []
        for group in rubric.groups:
            for item in group.items:
                e = entries.scores.get(item.id)
                value = e.value if e else None
                items.append({
                    "group": group.id, "item": item.id, "label": item.label_ko,
                    "max_points": format_decimal(item.max_points), "value": value,
                    "points": format_decimal(item_points(item, value)) if value else None,
                    "rationale": e.rationale if e else ""})
        out.append({
            "application": app.id, "applicant": app.applicant, "title": app.title,
            "rubric": rubric.id, "rubric_hash": rubric.content_hash, "status": ev.status,
            "coi": ws.coi_declaration(session_id, app.id), "conflict": entries.conflict,
            "gates": {g: e.value for g, e in entries.gates.items()},
            "gate_failed": ev.gate_failed,
            "items": items,
            "adjustments": {a: {"value": e.value, "rationale": e.rationale}
                            for a, e in entries.adjustments.items()},
            "opinion": entries.opinion,
            "subtotal": None if ev.status == "conflict" else format_decimal(ev.subtotal),
            "bonus": format_decimal(ev.bonus), "penalty": format_decimal(ev.penalty),
            "total": None if ev.status == "conflict" else format_decimal(ev.total),
            "missing": [{"entry": m.entry_id, "problem": m.problem} for m in ev.missing]})
    return out


@click.group()
def score() -> None:
    """Scores: show them, or set one from a script."""


@score.command("show")
@click.argument("session_id")
@click.option("--json", "as_json", is_flag=True, help="Machine-readable output.")
def show_cmd(session_id: str, as_json: bool) -> None:
    """Per application: status, conflict, each item and the total."""
    from evaluator_app.scoring import STATUS_KO, text_length
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        report = score_report(ws, session_id)
        info = ws.session(session_id)
        rubrics = ws.session_rubrics(session_id)
    if as_json:
        click.echo(json.dumps({"session": session_id, "state": info.state,
                               "revision": info.revision, "applications": report},
                              ensure_ascii=False, indent=2))
        return
    done = sum(1 for a in report if a["status"] in ("complete", "conflict"))
    click.echo(f"{info.title} ({session_id}) — {done} / {len(report)} done")
    for rubric in rubrics:
        click.echo(f"rubric {rubric.id}: {rubric.status_label}")
    for a in report:
        status = f"{STATUS_KO[a['status']]} ({a['status']})"
        click.echo(f"\n[{a['application']}] {a['applicant']} — {a['title']}\n  {status}")
        if a["conflict"]:
            ground = COI_GROUNDS.get(a["conflict"]["ground"], ("", ""))[0]
            click.echo(f"  회피 (conflict): {ground} {a['conflict']['text']}".rstrip())
            continue
        rows = [[i["item"], i["label"], i["value"] or "-", i["points"] or "-",
                 i["max_points"], f"{text_length(i['rationale'])}자"] for i in a["items"]]
        click.echo(table(["ID", "항목", "입력", "점수", "배점", "사유"], rows, 44))
        if a["bonus"] != "0" or a["penalty"] != "0":
            click.echo(f"  가점 +{a['bonus']}  감점 −{a['penalty']}")
        failed = "  (적격 미달 gate failed)" if a["gate_failed"] else ""
        click.echo(f"  총점 total {a['total']}{failed}")
        if a["missing"]:
            shown = "; ".join(f"{m['entry']}: {m['problem']}" for m in a["missing"][:4])
            more = f" … +{len(a['missing']) - 4}" if len(a["missing"]) > 4 else ""
            click.echo(f"  미완료 missing: {shown}{more}")


@score.command("overview")
@click.argument("session_id")
def overview_cmd(session_id: str) -> None:
    """Every application × every entry in one grid (— missing, · not in its rubric)."""
    from evaluator_app.workspace import Workspace
    from evaluator_app.workspace.overview import MISSING, NOT_APPLICABLE, session_overview

    with Workspace.open() as ws:
        grid = session_overview(ws, session_id)
    marks = {MISSING: "—", NOT_APPLICABLE: "·"}
    rows = [[r.application_id, *[c.text or marks.get(c.state, "") for c in r.cells]]
            for r in grid.rows]
    click.echo(table(["", *[c.entry_id for c in grid.columns]], rows, 12))
    click.echo(f"{grid.missing()} cell(s) missing")


@score.command("set")
@click.argument("session_id")
@click.argument("application_id")
@click.argument("item_id")
@click.argument("value", required=False)
@click.option("--rationale", help="The written reason (평가사유).")
@click.option("--clear", is_flag=True, help="Remove the score.")
def set_cmd(session_id: str, application_id: str, item_id: str, value: str | None,
            rationale: str | None, clear: bool) -> None:
    """Set one item, bonus/penalty or gate (적합/부적합) of an application."""
    from evaluator_app.scoring import STATUS_KO, UNSET, Change
    from evaluator_app.workspace import Workspace

    if clear and value is not None:
        raise ScoringError(f"give either a value ({clip(value)}) or --clear, not both")
    if not clear and value is None and rationale is None:
        raise ScoringError(f"give a value for {clip(item_id)}, a --rationale, or --clear")
    with Workspace.open() as ws:
        rubric = ws.rubric_for(session_id, application_id)
        kind = ("score" if rubric.item(item_id) else "adjustment" if rubric.adjustment(item_id)
                else "gate" if rubric.gate(item_id) else "score")
        new: Any = None if clear else (UNSET if value is None else value)
        ws.apply(session_id, [Change(application_id, kind, item_id, new, rationale)])
        ev = ws.evaluate(session_id, application_id)
    click.echo(f"saved {application_id} {item_id}; total {format_decimal(ev.total)}, "
               f"{STATUS_KO[ev.status]} ({ev.status})")


@click.group()
def coi() -> None:
    """Conflict-of-interest declarations (이해충돌 / 회피)."""


@coi.command("declare")
@click.argument("session_id")
@click.argument("application_id")
@click.argument("ground", type=click.Choice(list(COI_GROUNDS)))
@click.option("--reason", default="", help="The reason in words (required for 'other').")
def declare_cmd(session_id: str, application_id: str, ground: str, reason: str) -> None:
    """Declare a conflict: the application is withdrawn from your scoring (회피)."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        ws.declare_conflict(session_id, application_id, ground, reason)
    click.echo(f"declared a conflict for {application_id} (회피: {COI_GROUNDS[ground][0]})")


@coi.command("none")
@click.argument("session_id")
@click.argument("application_id")
def none_cmd(session_id: str, application_id: str) -> None:
    """Declare that you have no conflict with the application."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        ws.declare_no_conflict(session_id, application_id)
    click.echo(f"declared no conflict for {application_id}")


@click.group()
def opinion() -> None:
    """Overall opinions (종합의견)."""


@opinion.command("set")
@click.argument("session_id")
@click.argument("application_id")
@click.argument("text")
def opinion_set_cmd(session_id: str, application_id: str, text: str) -> None:
    """Set the overall opinion of an application."""
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        ws.set_opinion(session_id, application_id, text, strict=True)
    click.echo(f"saved the overall opinion of {application_id}")


def register(cli: click.Group) -> None:
    for group in (score, coi, opinion):
        cli.add_command(group)
