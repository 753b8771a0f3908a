"""What the desk sent: a record of each bundle signed from the desk, to say plainly when the
draft no longer matches the bundle the members hold, and which earlier bundle a returned sheet
was scored on.

How the draft is compared with the bundle sent: the bundle's own manifest is encrypted (reading
it back asks the secretariat's passphrase, at every check), and rebuilding a manifest from the
draft would hash every document at every keystroke. So at signing, the very draft that was
signed is reduced to one digest per part the bundle carries (the session, the applications,
their documents, the roster, the declared conflicts, the rules of the day); each check reduces
the draft now the same way, and a part whose digest differs has changed since. Only what goes
into the bundle counts: a conflict's ground and reason and the fingerprint ticks stay on the
desk, so editing them changes nothing the members hold. A document counts by its name, size
and modification time (not its content: cheap enough for every check; a file touched without
change is flagged too, which errs on the side of sending again). A rubric counts by its
content hash, as the bundle carries it: an official table imported over the proposed rubric
under the same id is a change. A record kept before a part was digested says nothing of that
part (no change is claimed for it).
"""

import hashlib
import json
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from evaluator_app.cards import Card
from evaluator_app.consolidation.status import NamedBundle
from evaluator_app.errors import EvaluatorError
from evaluator_app.round.model import RoundDraft
from evaluator_app.rubric.catalogue import load_catalogue
from evaluator_app.trust.bundle import read_header

# The parts of a round a bundle carries, in the order of the desk's pages.
PARTS = ("session", "rubric", "applications", "documents", "roster", "conflicts", "rules")

# Which bundle a sheet refused as scored on another bundle names (where_scored).
EARLIER, SAME_SESSION, OTHER_SESSION = "earlier", "same-session", "other-session"


@dataclass(frozen=True)
class SentBundle:
    """One bundle signed from the desk: where it was written, its identity (the signed
    manifest's hash, which sheets name), when it was signed, and the draft's digest per part."""

    bundle: str
    manifest_sha256: str
    created: str  # as signed in the bundle's header (ISO 8601 with the time zone)
    parts: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> "SentBundle":
        return cls(str(data["bundle"]), str(data["manifest_sha256"]), str(data["created"]),
                   {str(k): str(v) for k, v in dict(data.get("parts") or {}).items()})


def _card(path: Path) -> Any:
    try:
        return Card.load(path).to_dict()
    except EvaluatorError:  # a card that does not read is a finding of its own
        return {"unreadable": str(path)}


def _fingerprint(path: Path) -> str:
    card = _card(path)
    return str(card.get("fingerprint") or card.get("unreadable"))


def _file(kind: str, path: Path) -> list[Any]:
    try:
        st = path.stat()
        return [kind, path.name, st.st_size, st.st_mtime_ns]
    except OSError:
        return [kind, path.name, None, None]


def _rubrics(ids: list[str]) -> Any:
    """Each rubric the draft names by its content hash (None: no such rubric; the round's
    check says so); a catalogue that does not load is digested by its error."""
    try:
        catalogue = load_catalogue()
    except EvaluatorError as e:
        return {"unreadable": e.message}
    return {rid: (catalogue[rid].content_hash if rid in catalogue else None)
            for rid in sorted(set(ids))}


def _digest(value: Any) -> str:
    text = json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)
    return "sha256:" + hashlib.sha256(text.encode("utf-8")).hexdigest()


def round_parts(draft: RoundDraft) -> dict[str, str]:
    """The draft reduced to one digest per part of PARTS (see the module's docstring)."""
    s = draft.session
    previous = None
    if s.previous is not None:
        previous = [_file("result", s.previous.result), _fingerprint(s.previous.chair),
                    s.previous.shortlist, s.previous.weight]
    roster = None
    if draft.roster is not None:
        roster = [_card(draft.roster.chair), [_card(p) for p in draft.roster.members]]
    window = None if draft.window is None else [draft.window.opens.isoformat(),
                                                draft.window.closes.isoformat()]
    return {
        "session": _digest([s.id, s.program, s.stage, s.title, s.sites_to_select, s.year,
                            s.quorum, s.rubric, s.rubrics]),
        "rubric": _digest(_rubrics([r for r in (s.rubric, *s.rubrics.values()) if r])),
        "applications": _digest([{k: v for k, v in asdict(a).items()
                                  if k not in ("documents", "slides")}
                                 for a in draft.applications]),
        "documents": _digest([[a.id, [_file("plan", p) for p in a.documents],
                               [_file("slides", p) for p in a.slides]]
                              for a in draft.applications]),
        "roster": _digest(roster),
        "conflicts": _digest(sorted([_fingerprint(c.member), c.application]
                                    for c in draft.conflicts)),
        "rules": _digest([window, draft.pledge, draft.allow_print,
                          None if s.review is None else s.review.to_dict(), previous]),
    }


def sent_bundle(draft: RoundDraft, bundle: Path, manifest_sha256: str) -> SentBundle:
    """The record of `bundle`, just signed from `draft` (create_bundle returned its identity)."""
    return SentBundle(str(bundle), manifest_sha256, read_header(bundle).created,
                      round_parts(draft))


def changed_parts(sent: SentBundle, draft: RoundDraft) -> list[str]:
    """The parts (PARTS order) in which `draft` no longer says what the bundle sent carries;
    empty when the members hold the draft as it is. A part the record has no digest of (kept
    before that part was digested) is not claimed changed."""
    now = round_parts(draft)
    return [p for p in PARTS if p in sent.parts and sent.parts[p] != now[p]]


def where_scored(named: NamedBundle, session_id: str, sent: Sequence[SentBundle]
                 ) -> tuple[str, SentBundle | None]:
    """Which bundle a sheet refused as scored on another bundle names: an earlier one sent from
    this desk (EARLIER, with its record: the member still has the bundle replaced since),
    another bundle of this session the desk has no record of (SAME_SESSION), or a bundle of
    another session (OTHER_SESSION)."""
    if named.session_id != session_id:
        return OTHER_SESSION, None
    for record in reversed(sent):
        if named.manifest_sha256 and record.manifest_sha256 == named.manifest_sha256:
            return EARLIER, record
    return SAME_SESSION, None
