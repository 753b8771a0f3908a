"""`evaluator session template|new|confirm`: the secretariat prepares a round from a table, a
folder of documents and a folder of cards, and records each fingerprint compared with its owner.
The round model, openpyxl and the crypto are imported when a command runs, not for `--help`."""

from pathlib import Path

import click

from evaluator_app.cli.key_options import output_file
from evaluator_app.cli.progress_bar import progress_bar
from evaluator_app.errors import SpecError

STAGES = ("서면", "발표", "현장")
ORDERS = ("spec", "draw")  # evaluator_app.review.ORDERS, spelt here to keep --help light
PROGRAMS = ("base", "strong-small", "diffusion", "complex", "kcity-plan", "kcity-demo")


@click.command("template")
@click.option("--program", required=True, type=click.Choice(PROGRAMS), help="The program type.")
@click.option("--stage", default="서면", show_default=True, type=click.Choice(STAGES))
@click.option("--out", "out", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder for applicants.xlsx and spec.toml.")
@click.option("--force", is_flag=True, help="Overwrite applicants.xlsx and spec.toml there.")
def template_cmd(program: str, stage: str, out: Path, force: bool) -> None:
    """Write the program's applicants.xlsx (Korean headers, lists, an example row) and a
    commented spec.toml."""
    from evaluator_app.round.template import write_template

    table, spec = write_template(program, stage, out, force=force)
    click.echo(f"wrote {table} and {spec}\nfill {table.name} (one row per application; the row "
               "예시 is skipped), put the PDFs in a documents folder and the members' cards in a "
               "cards folder, then run `evaluator session new`")


def _shortlist(value: str | None) -> int | str | None:
    if value is None or value == "pass":
        return value
    if value.isdigit() and int(value) >= 1:
        return int(value)
    raise SpecError(f"--shortlist must be a whole number ≥ 1 or pass, not {value!r}")


@click.command("new")
@click.option("--program", required=True, type=click.Choice(PROGRAMS))
@click.option("--stage", required=True, type=click.Choice(STAGES))
@click.option("--title", required=True, help="The round's title, e.g. 2025 강소형 … 서면평가.")
@click.option("--applicants", required=True, type=click.Path(dir_okay=False, path_type=Path),
              help="TABLE.xlsx or .csv (from `session template`).")
@click.option("--documents", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the PDFs: A01….pdf or A01/…, or as the 문서 column names them.")
@click.option("--cards", required=True, type=click.Path(file_okay=False, path_type=Path),
              help="Folder of the members' cards; every card in it joins the roster.")
@click.option("--chair", type=click.Path(dir_okay=False, path_type=Path),
              help="The chair's card (default: the one card with the role chair in --cards).")
@click.option("--conflicts", type=click.Path(dir_okay=False, path_type=Path),
              help="TABLE of pre-declared conflicts: 평가위원, 신청번호, 사유 구분, 사유.")
@click.option("--previous", type=click.Path(dir_okay=False, path_type=Path),
              help="RESULT.json: the earlier stage's signed result.")
@click.option("--shortlist", help="With --previous: the top N go on, or pass (선정/예비).")
@click.option("--weight", type=click.FloatRange(0, 1),
              help="With --previous: the earlier stage's share of the final score.")
@click.option("--previous-chair", "previous_chair",
              type=click.Path(dir_okay=False, path_type=Path),
              help="With --previous: who signed it (default: this round's chair).")
@click.option("--window-opens", "opens", metavar="WHEN",
              help="When members may open the bundle, e.g. 2025-06-02T09:00 (Korea time "
                   "unless a zone such as +09:00 is given); with --window-closes.")
@click.option("--window-closes", "closes", metavar="WHEN",
              help="When the window closes, e.g. 2025-06-13T18:00.")
@click.option("--pledge", metavar="TEXT|FILE",
              help="The pledge (서약서) each member accepts: the text, or a UTF-8 file holding "
                   "it (default: the official wording with the title).")
@click.option("--presentation-minutes", "presentation_minutes", type=click.IntRange(1, 180),
              help="발표: minutes per presentation (default 10).")
@click.option("--questions-minutes", "questions_minutes", type=click.IntRange(1, 180),
              help="발표: minutes of questions per applicant (default 10).")
@click.option("--order", type=click.Choice(ORDERS),
              help="발표: the table's order (spec, default) or drawn in the room (draw).")
@click.option("--out", "out", required=True, type=click.Path(dir_okay=False, path_type=Path),
              callback=output_file("spec"),
              help="SPEC.toml to write (nothing is written while there is a problem).")
def new_cmd(program: str, stage: str, title: str, applicants: Path, documents: Path,
            cards: Path, chair: Path | None, conflicts: Path | None, previous: Path | None,
            shortlist: str | None, weight: float | None, previous_chair: Path | None,
            opens: str | None, closes: str | None, pledge: str | None,
            presentation_minutes: int | None, questions_minutes: int | None,
            order: str | None, out: Path) -> None:
    """Compose a round's spec from the applicants table, the documents and the cards; every
    problem is listed with its row and column (exit 2, nothing written)."""
    from evaluator_app.review import ReviewPlan
    from evaluator_app.round.model import Window
    from evaluator_app.round.new import NewRoundRequest, moment_of, pledge_of
    from evaluator_app.round_desk import new_round, save_round

    if (opens is None) != (closes is None):
        raise SpecError("--window-opens and --window-closes go together (the window needs both "
                        "ends)")
    window = (Window(moment_of(opens, "--window-opens"), moment_of(closes, "--window-closes"))
              if opens is not None and closes is not None else None)
    review = None
    if (presentation_minutes, questions_minutes, order) != (None, None, None):
        plain = ReviewPlan()
        review = ReviewPlan(presentation_minutes or plain.presentation_minutes,
                            questions_minutes or plain.questions_minutes, order or plain.order)
    request = NewRoundRequest(program, stage, title, applicants, documents, cards, chair,
                              conflicts, previous, _shortlist(shortlist), weight, previous_chair,
                              pledge=None if pledge is None else pledge_of(pledge),
                              window=window, review=review)
    bar, update = progress_bar("checking documents")
    with bar:
        new = new_round(request, progress=update)
    problems = new.problems
    if not problems and new.draft is not None:
        problems = save_round(new.draft, out, new=new)
    if problems or new.draft is None:
        raise SpecError(f"{len(problems)} problem{'s' * (len(problems) != 1)}; nothing was "
                        f"written: {problems[0]}", [str(p) for p in problems])
    roster = new.draft.roster
    assert roster is not None
    click.echo(f"wrote {out}: session {new.draft.session.id}, "
               f"{len(new.draft.applications)} applications, chair and "
               f"{len(roster.members)} members; compare each fingerprint aloud:")
    for card in new.cards:
        click.echo(f"  {card.fingerprint}  {card.name} ({card.role}, {card.path.name})")
    click.echo(f"next: `evaluator session check {out}`, then `evaluator bundle create {out} "
               "--out SESSION.evb`")


@click.command("confirm")
@click.argument("spec_path", type=click.Path(dir_okay=False, path_type=Path))
@click.argument("card", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--how", required=True, type=click.Choice(("phone", "in-person")),
              help="How the fingerprint was compared with its owner.")
@click.option("--fingerprint", "read_aloud", required=True, metavar="XXXX-XXXX-XXXX-XXXX",
              help="The fingerprint as its owner read it from their own screen.")
def confirm_cmd(spec_path: Path, card: Path, how: str, read_aloud: str) -> None:
    """Record that a roster card's fingerprint was compared aloud with its owner
    ([roster.confirmed]: the desk sends a bundle once every card is). Nothing is recorded when
    the fingerprint read aloud is not the card's. The spec is rewritten (comments are not
    kept)."""
    from evaluator_app.round_desk import confirm_fingerprint

    confirmed = confirm_fingerprint(spec_path, card, how, read_aloud)
    click.echo(f"{spec_path}: {confirmed.name}'s fingerprint {confirmed.fingerprint} confirmed "
               f"({how})")
