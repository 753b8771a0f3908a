"""`evaluator consolidate` and `evaluator result verify`: the chair's half of a round."""

from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from evaluator_app.cli.key_options import (
    identity_file_option,
    output_file,
    passphrase_file_option,
    passphrase_source,
)
from evaluator_app.consolidation.rules import RULES
from evaluator_app.errors import ConsolidationError
from evaluator_app.safe_files import shown

if TYPE_CHECKING:
    from evaluator_app.consolidation.collect import Collection
    from evaluator_app.trust.identity import Identity

STATUS_KO = {"used": "사용", "superseded": "대체됨", "duplicate": "중복", "rejected": "거부",
             "excluded": "제외"}


def _seed(_ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """A seed typed for the 발표 order: the draw's form only, checked before anything is read."""
    from evaluator_app.review import checked_seed

    return None if value is None else checked_seed(value, param.opts[0])


def print_collection(collection: "Collection") -> None:
    from evaluator_app.consolidation.collect import ignored_reason

    click.echo("검증 (verification)")
    for r in collection.records:
        who = f"{r.name or '?'} {r.member}".strip()
        rev = f"r{r.revision}" if r.revision is not None else "r?"
        line = f"  {STATUS_KO[r.status]:<4} {r.status:<10} {who:<32} {rev:<4} {shown(r.path.name)}"
        click.echo(line + (f" — {r.reason}" if r.reason else ""))
    names = {c.fingerprint: c.name for c in collection.roster}
    for fp in collection.missing():
        click.echo(f"  미제출 missing    {names.get(fp, '')} {fp}")
    for e in collection.exclusions:
        click.echo(f"  제외   excluded   {names.get(e.member, '?')} {e.member}: {e.reason}")
    for p in collection.ignored:
        click.echo(f"  (ignored {shown(p)}: {ignored_reason(p)})")


def print_ranking(result: dict[str, Any]) -> None:
    from evaluator_app.consolidation.presented import status_word

    click.echo("\n순위 (ranking)" + (" — 잠정 (provisional)" if result["provisional"] else ""))
    click.echo(f"  {'rank':>4} {'all':>4}  {'app':<5} {'subtype':<11} {'final':>7} {'n':>2}  "
               f"status  applicant")
    apps = sorted(result["applications"],
                  key=lambda a: (a["rank_overall"] is None and a["rank"] is None,
                                 a["rank_overall"] or a["rank"] or 0, a["id"]))
    for a in apps:
        click.echo(f"  {_s(a['rank']):>4} {_s(a['rank_overall']):>4}  {a['id']:<5} "
                   f"{a['subtype']:<11} {_s(a['final_score']):>7} {a['n_scores']:>2}  "
                   f"{status_word(a) or '-':<6}  {a['applicant']}")
    names = {m["fingerprint"]: m["name"] for m in result["members"]}
    for f in result["flags"]:
        click.echo(f"  편차 flag: {f['application']} {names.get(f['member'], f['member'])} "
                   f"{f['total']} vs others' mean {f['others_mean']} ({f['difference']}, "
                   f"threshold {f['threshold']}): ask for the written reason (사유)")
    for p in result["small_panels"]:
        click.echo(f"  소규모 small panel: {p['application']}: {p['reason']}")
    for note in result["notes"]:
        click.echo(f"  note: {note}")


def _open(bundle_path: Path, identity_file: Path | None, passphrase_file: Path | None
          ) -> tuple["Identity", Any]:
    """The workspace's (or the given) identity, unlocked, and the bundle opened with it; the
    crypto and the workspace are imported only here, when a command runs."""
    from evaluator_app.trust.bundle import load_bundle
    from evaluator_app.trust.workspace_identity import resolve_identity
    from evaluator_app.workspace import Workspace

    with Workspace.open() as ws:
        identity = resolve_identity(ws, identity_file, passphrase_source(passphrase_file))
    return identity, load_bundle(bundle_path, identity)


def _s(value: Any) -> str:
    return "-" if value is None else str(value)


@click.command("consolidate")
@click.option("--bundle", "bundle_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The session's bundle.")
@click.argument("sheets", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for result.json (+ .minisig), result.csv, result.xlsx, report.pdf "
                   "and report-public.pdf.")
@click.option("--rule", type=click.Choice(RULES),
              help="Aggregation rule (default: each rubric's [consolidation] rule).")
@click.option("--exclude", "excluded", multiple=True, metavar="FINGERPRINT",
              help="Leave a member's sheets out (give a --reason for each).")
@click.option("--reason", "reasons", multiple=True, metavar="TEXT",
              help="Why the member named by the matching --exclude is left out.")
@click.option("--accept-small-panel", is_flag=True,
              help="Acknowledge applications scored by fewer members than the rule needs.")
@click.option("--agenda-seed", "agenda_seed", metavar="SEED", callback=_seed,
              help="The seed the 발표 order was drawn from in the room (recorded in the result).")
@click.option("--provisional", is_flag=True,
              help="잠정: tolerate missing sheets; write an unsigned result marked provisional.")
@click.option("--disagreements", "disagreements", metavar="OUT.pdf|OUT.xlsx",
              type=click.Path(dir_okay=False, path_type=Path), callback=output_file("report"),
              help="Also write the anonymised list of flagged applications and the items "
                   "members differ most on, for the committee's second-round meeting.")
@identity_file_option
@passphrase_file_option
def consolidate_cmd(bundle_path: Path, sheets: tuple[Path, ...], out: Path, rule: str | None,
                    excluded: tuple[str, ...], reasons: tuple[str, ...],
                    accept_small_panel: bool, agenda_seed: str | None, provisional: bool,
                    disagreements: Path | None,
                    identity_file: Path | None, passphrase_file: Path | None) -> None:
    """Verify every member's sheet, consolidate, rank and sign the result (종합평가표)."""
    if len(excluded) != len(reasons) or any(not r.strip() for r in reasons):
        raise ConsolidationError("every --exclude needs its own --reason TEXT (in the same "
                                 "order)")
    if disagreements is not None and disagreements.suffix.lower() not in (".pdf", ".xlsx"):
        raise ConsolidationError(f"--disagreements {disagreements}: the file must end in .pdf "
                                 "or .xlsx")
    from evaluator_app.consolidation.collect import Exclusion
    from evaluator_app.consolidation.compute import Options
    from evaluator_app.consolidation.result import run

    identity, bundle = _open(bundle_path, identity_file, passphrase_file)
    exclusions = [Exclusion(fp.strip().upper(), r.strip())
                  for fp, r in zip(excluded, reasons, strict=True)]
    roster = {c.fingerprint for c in bundle.roster()}
    for e in exclusions:
        if e.member not in roster:
            raise ConsolidationError(f"--exclude {e.member}: no member of {bundle.session_id} "
                                     "has this fingerprint")
    options = Options(rule, accept_small_panel, provisional, agenda_seed)
    done = run(sheets, bundle, identity.card, exclusions, options)
    print_collection(done.collection)
    print_ranking(done.result)
    from evaluator_app.consolidation.outputs import write_outputs  # reportlab, openpyxl

    files = write_outputs(done.result, bundle, None if provisional else identity, out,
                          disagreements=disagreements)
    click.echo("")
    for f in files:
        click.echo(f"wrote {f}")
    if not provisional:
        click.echo(f"signed by {identity.card.name} ({identity.card.fingerprint}); anyone can "
                   f"check: evaluator result verify {out / 'result.json'} --bundle {bundle_path} "
                   "--sheets DIR")


@click.group("result")
def result_group() -> None:
    """Signed results (종합평가 결과)."""


@result_group.command("verify")
@click.argument("result_path", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--bundle", "bundle_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The session's bundle.")
@click.option("--sheets", "sheets", required=True, multiple=True, type=click.Path(path_type=Path),
              help="Folder (or file) of the sheets the result was made from.")
@click.option("--previous", "previous", type=click.Path(dir_okay=False, path_type=Path),
              help="A later stage's result: also check the chain to the earlier result.json.")
@identity_file_option
@passphrase_file_option
def verify_cmd(result_path: Path, bundle_path: Path, sheets: tuple[Path, ...],
               previous: Path | None, identity_file: Path | None,
               passphrase_file: Path | None) -> None:
    """Check the signature and recompute everything from the sheets, line by line."""
    from evaluator_app.cli.progress_bar import progress_bar
    from evaluator_app.consolidation.result import load_result
    from evaluator_app.consolidation.result_check import check_result
    from evaluator_app.consolidation.sums import SUMS

    result, _ = load_result(result_path)  # no result: refused before any key is asked
    if previous is not None:
        from evaluator_app.stages import check_chain

        check_chain(result, previous)
    _, bundle = _open(bundle_path, identity_file, passphrase_file)
    bar, update = progress_bar("checking the sheets, then writing the tables and reports again")
    with bar:
        check = check_result(result_path, bundle, sheets, update)
    signer = check.signer
    click.echo(f"OK: signed by {signer.name} ({signer.fingerprint}); every figure "
               "matches a recomputation from the sheets")
    if check.sums is None:
        click.echo(f"note: no {SUMS} beside it (written by consolidations of this version on): "
                   "the tables and reports are not covered by a signature")
    else:
        sums = check.sums
        click.echo(f"OK: {SUMS} signed by {signer.name}; {len(sums.checked)} file(s) "
                   "match it" + (f"; not present, not checked: {', '.join(sums.absent)}"
                                 if sums.absent else ""))
    if check.derived is not None:
        click.echo(f"OK: {len(check.derived.same)} table(s) and report(s) written again from "
                   "result.json are the same" + "".join(f"; not compared: {why}"
                                                        for why in check.derived.skipped))
    if previous is not None:
        click.echo(f"OK: builds on {previous}, the signed {result['previous']['stage']} result "
                   f"of {result['previous']['session_id']}")
    elif result.get("previous"):
        click.echo(f"note: combined with the {result['previous']['stage']} result "
                   f"{result['previous']['result_sha256']}; pass --previous FILE to check it too")


@click.group("review")
def review_group() -> None:
    """The 발표 day: agenda and presentation-order draw."""


@review_group.command("agenda")
@click.option("--bundle", "bundle_path", required=True,
              type=click.Path(dir_okay=False, path_type=Path), help="The session's bundle.")
@click.option("--seed", metavar="SEED", callback=_seed,
              help="Draw the order from these six digits (read out in the room); without it, "
                   "the spec's order.")
@click.option("--draw", is_flag=True, help="Draw with a new random seed and print it.")
@identity_file_option
@passphrase_file_option
def agenda_cmd(bundle_path: Path, seed: str | None, draw: bool, identity_file: Path | None,
               passphrase_file: Path | None) -> None:
    """Print the presentation order and the time per applicant."""
    if draw and seed:
        raise ConsolidationError("give either --seed SEED or --draw, not both")
    from evaluator_app.review import ReviewPlan, agenda, new_seed

    _, bundle = _open(bundle_path, identity_file, passphrase_file)
    seed = new_seed() if draw else seed
    plan = ReviewPlan.of(bundle.manifest)
    apps = {a["id"]: a for a in bundle.manifest["applications"]}
    click.echo(f"{bundle.manifest['session']['title']}: presentation {plan.presentation_minutes} "
               f"min + questions {plan.questions_minutes} min per applicant")
    if seed:
        click.echo(f"발표순서 추첨 seed {seed} (record it: consolidate --agenda-seed {seed})")
    for n, aid in enumerate(agenda(bundle.manifest, seed), start=1):
        click.echo(f"  {n:>2}. {aid}  {apps[aid]['applicant']} — {apps[aid]['title']}")


def register(cli: click.Group) -> None:
    cli.add_command(consolidate_cmd)
    cli.add_command(result_group)
    cli.add_command(review_group)
