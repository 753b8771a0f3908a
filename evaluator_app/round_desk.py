"""The secretariat's desk over the round model: real cards, and a spec written only when
`session check` accepts it. For the CLI (`session new`) and the desk's wizard alike.

Sits above trust (it reads cards with Card.load) and session_spec; evaluator_app/round/ below
stays plain data.
"""

import contextlib
from dataclasses import replace
from pathlib import Path

from evaluator_app.cards import Card
from evaluator_app.errors import SpecError
from evaluator_app.replacing import replace_file, written_in_place
from evaluator_app.round.folders import CardFacts, Progress
from evaluator_app.round.model import CONFIRM_WAYS, Confirmation, RoundDraft
from evaluator_app.round.new import NewRound, NewRoundRequest, compose_round
from evaluator_app.round.problems import Problem
from evaluator_app.round.spec_edit import NotEditable, with_confirmation
from evaluator_app.round.spec_io import read_spec, write_spec
from evaluator_app.session_spec import check_spec


def card_facts(path: Path) -> CardFacts:
    """A card file as the roster needs it; IdentityError for a file that is not a card (not
    JSON, altered, malformed keys)."""
    card = Card.load(path)
    return CardFacts(Path(path), card.name, card.role, card.fingerprint)


def new_round(request: NewRoundRequest, progress: Progress | None = None,
              home: Path | None = None) -> NewRound:
    return compose_round(request, card_facts, progress, home)


def _located(text: str, new: NewRound, spec_name: str) -> Problem:
    """A finding of `session check` placed on the table's row where it names an application."""
    table = new.table
    if table is not None and text.startswith("application "):
        aid, _, rest = text[len("application "):].partition(": ")
        row = table.row_of(aid)
        if row is not None and rest:
            return Problem(rest, table.path.name, row)
    return Problem(text, spec_name)


def check_round(draft: RoundDraft, out: Path, home: Path | None = None,
                new: NewRound | None = None) -> list[Problem]:
    """What `session check` finds in `draft` were it written as `out` (relative paths are
    made from out's folder), without writing it: the desk checks as the secretariat types."""
    return save_round(draft, out, home, new, keep=False)


def send_problems(draft: RoundDraft) -> list[Problem]:
    """What a bundle needs beyond a valid spec: a roster with a chair and members, each
    member's fingerprint compared with its owner (by phone or in person), and a window."""
    out = []
    roster = draft.roster
    if roster is None or not roster.members:
        out.append(Problem("the roster is empty: add the chair's and the members' cards"))
    else:
        for card in (roster.chair, *roster.members):
            if card not in roster.confirmed:
                out.append(Problem("the fingerprint is not confirmed with its owner yet (by "
                                   "phone or in person)", card.name))
    if draft.window is None:
        out.append(Problem("the evaluation window (opens, closes) is not set"))
    return out


def save_round(draft: RoundDraft, out: Path, home: Path | None = None,
               new: NewRound | None = None, keep: bool = True) -> list[Problem]:
    """Write `draft` as `out` if `session check` accepts it; otherwise write nothing and return
    its findings (on the applicants table's rows when `new` made the draft)."""
    out = Path(out).absolute()
    trial = out.with_name(f".{out.stem}.checking.toml")  # same folder: same relative paths
    made = [d for d in (out.parent, *out.parent.parents) if not d.exists()]
    try:
        write_spec(draft, trial)
        spec, problems = check_spec(trial, home)
        if spec is None:
            trial.unlink()
            for d in made:  # the folders made for it, innermost first: nothing stays behind
                d.rmdir()
            new = new or NewRound(draft)
            return [_located(p.replace(str(trial), out.name), new, out.name) for p in problems]
        if keep:
            replace_file(trial, out)
        else:
            trial.unlink()
            for d in made:
                d.rmdir()
        return []
    finally:
        with contextlib.suppress(FileNotFoundError):
            trial.unlink()


def open_round(path: Path, home: Path | None = None) -> tuple[RoundDraft, list[str]]:
    """A spec as a draft to edit, and what `session check` finds in it now."""
    draft = read_spec(path)
    _, problems = check_spec(path, home)
    return draft, problems


def confirm_fingerprint(spec: Path, card_path: Path, how: str, read_aloud: str) -> Card:
    """Record in the spec's [roster.confirmed] that the card's fingerprint was compared with its
    owner (`how`: phone or in person): `read_aloud` is the fingerprint as the owner read it
    from their own screen, and it must be the card's — else nothing is recorded (the card the
    secretariat holds is not the one its owner made). The spec is written again (atomically);
    the desk's Committee page shows the same tick. Only that entry of the file changes
    (a hand-written spec keeps its comments and layout) where it can be edited in place."""
    if how not in CONFIRM_WAYS:
        raise SpecError("how the fingerprint was compared must be one of "
                        f"{', '.join(CONFIRM_WAYS)}")
    draft = read_spec(spec)
    card = Card.load(card_path)
    roster = draft.roster
    wanted = Path(card_path).resolve()
    listed = [p for p in ((roster.chair, *roster.members) if roster else ())
              if Path(p).resolve() == wanted]
    if roster is None or not listed:
        raise SpecError(f"{card_path} is not on the roster of {spec} (the chair or a member)")
    said = read_aloud.strip().upper().replace(" ", "")
    if said.replace("-", "") != card.fingerprint.replace("-", ""):
        raise SpecError(f"the fingerprint read aloud ({read_aloud.strip()}) is not the one of "
                        f"{card.name}'s card ({card.fingerprint}): nothing was recorded. Ask "
                        "the member to send the card again, and compare once more")
    confirmed = {**roster.confirmed, listed[0]: Confirmation(how, card.fingerprint)}
    wanted_draft = replace(draft, roster=replace(roster, confirmed=confirmed))
    if not _edit_in_place(Path(spec), listed[0], how, card.fingerprint, wanted_draft):
        write_spec(wanted_draft, spec)
    return card


def _edit_in_place(spec: Path, card: Path, how: str, fingerprint: str,
                   wanted: RoundDraft) -> bool:
    """Record the confirmation in the spec's own text (its comments and layout kept), if the
    edited text reads back as exactly `wanted`; False leaves the file untouched for
    `write_spec`."""
    try:
        text = spec.read_text(encoding="utf-8-sig")
        edited = with_confirmation(text, spec.parent, card, how, fingerprint)
    except (OSError, UnicodeDecodeError, NotEditable):
        return False
    try:
        with written_in_place(spec) as tmp:
            tmp.write_text(edited, encoding="utf-8", newline="")
            if read_spec(tmp) != wanted:
                raise NotEditable("the edited text reads back otherwise")
        return True
    except (OSError, SpecError, NotEditable):
        return False
