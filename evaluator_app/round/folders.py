"""The two folders a secretariat hands `session new`: the documents and the members' cards.

Documents go to applications by file name — `A01.pdf`, `A01_사업계획서.pdf`, anything in a
subfolder `A01/` — or by the names the table's 문서 column gives; each is checked as a bundle
will check it (PDF only, no password, not damaged). Cards are read by the function the caller
passes (trust's Card.load in the command layer), so this module needs no key and no crypto.
"""

import unicodedata
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from evaluator_app.documents import document_problem
from evaluator_app.errors import EvaluatorError
from evaluator_app.round.applicants import ApplicantsTable
from evaluator_app.round.columns import DOCUMENTS, ID
from evaluator_app.round.problems import Problem

Progress = Callable[[int, int], None]
# What a file manager or an editor leaves in a folder; never a document or a card.
SYSTEM_FILES = {"thumbs.db", "desktop.ini", ".ds_store"}
SLIDE_WORDS = ("발표", "slide")  # a 발표 stage's file named so is 발표자료 (kind slides)


@dataclass(frozen=True)
class CardFacts:
    """What the roster needs of a card, read by the caller's card reader."""

    path: Path
    name: str
    role: str  # member, chair or secretariat
    fingerprint: str


CardReader = Callable[[Path], CardFacts]  # raises EvaluatorError for a file that is no card


@dataclass
class Matched:
    documents: dict[str, list[Path]] = field(default_factory=dict)  # application id → files
    slides: dict[str, list[Path]] = field(default_factory=dict)
    problems: list[Problem] = field(default_factory=list)


def _visible(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*") if p.is_file()
                  and not any(part.startswith((".", "~$")) for part in p.relative_to(folder).parts)
                  and p.name.lower() not in SYSTEM_FILES)


def _key(text: str) -> str:
    # macOS gives decomposed Hangul (NFD) in file names; the table has composed (NFC)
    return unicodedata.normalize("NFC", text).casefold()


def _owner(rel: Path, ids: dict[str, str]) -> str | None:
    """The application a file belongs to: its first folder is the id, or its name starts with
    the id followed by something that is not an ASCII letter or digit (A1 ≠ A10)."""
    if len(rel.parts) > 1 and _key(rel.parts[0]) in ids:
        return ids[_key(rel.parts[0])]
    name = _key(rel.name)
    for key, aid in sorted(ids.items(), key=lambda kv: -len(kv[0])):
        rest = name[len(key):]
        if name.startswith(key) and not (rest[:1].isascii() and rest[:1].isalnum()):
            return aid
    return None


def match_documents(folder: Path, table: ApplicantsTable, stage: str,
                    progress: Progress | None = None) -> Matched:
    """Every application's documents, and every missing, extra or unreadable one."""
    out = Matched()
    folder = Path(folder)
    if not folder.is_dir():
        out.problems.append(Problem(f"the documents folder {folder} does not exist"))
        return out
    files = _visible(folder)
    by_name = {_key(f.relative_to(folder).as_posix()): f for f in files}
    ids = {_key(r.application.id): r.application.id for r in table.rows if r.application.id}
    claimed: dict[Path, str] = {}
    for r in table.rows:
        aid = r.application.id
        for name in r.documents:
            f = by_name.get(_key(Path(name).as_posix()))
            if f is None:
                table.problem(f"document {name} is not in the documents folder {folder.name}",
                              r.row, DOCUMENTS)
            else:
                claimed[f] = aid
    named = {r.application.id for r in table.rows if r.documents}
    for f in files:
        if f in claimed:
            continue
        aid = _owner(f.relative_to(folder), ids)
        if aid is not None and aid not in named:
            claimed[f] = aid
    checked = [f for f in files if f in claimed]
    for i, f in enumerate(checked):
        aid, rel = claimed[f], f.relative_to(folder).as_posix()
        row = table.row_of(aid)
        problem = document_problem(f, rel)
        if problem:
            table.problem(problem, row, DOCUMENTS if aid in named else ID)
        slide = stage == "발표" and any(w in _key(f.stem) for w in SLIDE_WORDS)
        (out.slides if slide else out.documents).setdefault(aid, []).append(f)
        if progress:
            progress(i + 1, len(checked))
    for f in files:
        if f not in claimed:
            out.problems.append(Problem(
                "an extra document: its name matches no 신청번호 of the table (name it after "
                "the application, e.g. A01_사업계획서.pdf, or list it in the 문서 column)",
                f"{folder.name}/{f.relative_to(folder).as_posix()}"))
    for r in table.rows:
        aid = r.application.id
        if aid and aid not in out.documents and aid in out.slides:
            out.documents[aid] = out.slides.pop(aid)  # only slides: they are the documents
        if aid and aid not in out.documents:
            table.problem(f"no document for {aid}: put {aid}….pdf (or a folder {aid}/) in the "
                          f"documents folder {folder.name}, or name its files in the 문서 column",
                          r.row, DOCUMENTS if DOCUMENTS.field in table.letters else ID)
    return out


@dataclass
class Roster:
    chair: CardFacts | None = None
    members: list[CardFacts] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def _read(path: Path, read_card: CardReader, shown: str, problems: list[Problem]
          ) -> CardFacts | None:
    try:
        return read_card(path)
    except EvaluatorError as e:
        text = e.message
        for prefix in (f"{path}: ", f"{path} "):
            if text.startswith(prefix):
                text = text[len(prefix):]
        problems.append(Problem(f"not a card: {text}", shown))
        return None


def read_cards(folder: Path, read_card: CardReader, chair: Path | None = None) -> Roster:
    """Every card in the folder joins the roster; the chair is `chair`, else the one card in
    the folder with the role chair."""
    out = Roster()
    folder = Path(folder)
    if not folder.is_dir():
        out.problems.append(Problem(f"the cards folder {folder} does not exist"))
        return out
    given = None
    if chair is not None:
        given = _read(Path(chair), read_card, Path(chair).name, out.problems)
        if given is not None and given.role != "chair":
            out.problems.append(Problem(f"the card of {given.name} has the role {given.role}, "
                                        "not chair", Path(chair).name))
    cards: list[CardFacts] = []
    for f in sorted(p for p in folder.iterdir() if p.is_file()
                    and not p.name.startswith((".", "~$")) and p.name.lower() not in SYSTEM_FILES):
        shown = f"{folder.name}/{f.name}"
        if chair is not None and f.resolve() == Path(chair).resolve():
            continue
        if f.suffix.lower() != ".json":
            out.problems.append(Problem("not a card: a card is the .json file `evaluator "
                                        "identity card --out` writes", shown))
            continue
        card = _read(f, read_card, shown, out.problems)
        if card is None:
            continue
        if card.role == "secretariat":
            out.problems.append(Problem(f"the secretariat's card ({card.name}) is not part of "
                                        "the roster; take it out of the folder", shown))
        else:
            cards.append(card)
    chairs = [c for c in cards if c.role == "chair"]
    if given is not None:
        out.chair = given
        for c in chairs:
            out.problems.append(Problem(f"a second chair's card ({c.name}); --chair names "
                                        f"{given.name}", f"{folder.name}/{c.path.name}"))
    elif chair is None and len(chairs) == 1:
        out.chair = chairs[0]
    elif chair is None and not chairs:
        out.problems.append(Problem("no chair: put the chair's card in the cards folder or "
                                    "pass --chair CARD", folder.name))
    elif chair is None:
        out.problems.append(Problem(f"{len(chairs)} chairs' cards ("
                                    f"{', '.join(c.path.name for c in chairs)}); name one with "
                                    "--chair CARD", folder.name))
    out.members = [c for c in cards if c.role == "member"]
    if not out.members:
        out.problems.append(Problem("no member's card in the cards folder", folder.name))
    _duplicates([c for c in [out.chair, *out.members] if c is not None], out.problems)
    return out


def _duplicates(cards: Iterable[CardFacts], problems: list[Problem]) -> None:
    seen: dict[str, CardFacts] = {}
    for c in cards:
        if c.fingerprint in seen:
            problems.append(Problem(f"the same identity ({c.name}, {c.fingerprint}) as "
                                    f"{seen[c.fingerprint].path.name}; each person appears once",
                                    c.path.name))
        else:
            seen[c.fingerprint] = c
