"""Sheet collection (`evaluator sheets status`): per roster member, handed in or not, which
revision, partial or final, verified or why not.

The same finding as the chair's verification table: it is `collect`'s classification (the
chair's window shows `Collection.records` and `missing()`), read per member.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from evaluator_app.consolidation.collect import (
    EXCLUDED,
    REJECTED,
    USED,
    Claimed,
    Collection,
    Progress,
    SheetRecord,
    collect,
)
from evaluator_app.trust.bundle import OpenedBundle


@dataclass(frozen=True)
class NamedBundle:
    """The bundle a refused sheet says it was scored on. Read from a sheet whose signature
    verified with its member's key (its finding is "other-bundle"), so the member did sign it;
    for display only, the sheet still does not count."""

    session_id: str
    manifest_sha256: str  # "" for a sheet of the earlier format (it names the bundle file)


@dataclass(frozen=True)
class MemberStatus:
    fingerprint: str
    name: str
    role: str  # member (a sheet is expected) or chair
    handed_in: bool
    status: str  # used / rejected / excluded (the sheet that counts), or missing
    revision: int | None = None
    partial: int | None = None  # the k-th partial hand-in; None: a full (final) sheet
    verified: bool = False
    reason: str = ""  # why it does not verify (the core's exact finding)
    file: str = ""
    others: tuple[SheetRecord, ...] = field(default=(), compare=False)  # superseded, copies
    code: str = ""  # the kind of finding of a sheet that does not verify (errors.SHEET_CODES)
    # the line's sheet was scored on another bundle than this one: the bundle it names (the
    # member must score again on this one; round_sent.where_scored says which bundle it was)
    scored_on: NamedBundle | None = None

    @property
    def final(self) -> bool:
        return self.handed_in and self.partial is None


def _named_bundle(claimed: Claimed | None, this_bundle: str) -> NamedBundle | None:
    """The other bundle a sheet refused as "other-bundle" names; None when it names this one
    (one of its applications was scored on another rubric) or cannot be read."""
    if claimed is None or claimed.session_id is None:
        return None
    manifest = claimed.manifest_sha256
    return None if manifest and manifest == this_bundle else NamedBundle(claimed.session_id,
                                                                          manifest)


def member_status(collection: Collection) -> list[MemberStatus]:
    """One line per roster member (the chair only when they handed something in), roster
    order: the sheet that counts, else the latest rejected one, else missing. A member whose
    only sheets were scored on other bundles shows the latest of them with the bundle it names
    (scored_on): they handed in, but on a bundle they should no longer use."""
    out = []
    expected = set(collection.expected)
    for card in collection.roster:
        fp = card.fingerprint
        mine = [r for r in collection.records if r.member == fp]
        if not mine and fp not in expected:
            continue
        counts = next((r for r in mine if r.status in (USED, EXCLUDED) and r.verified), None)
        counts = counts or next((r for r in mine if r.status in (REJECTED, EXCLUDED)), None)
        if counts is None:
            out.append(MemberStatus(fp, card.name, card.role, False, "missing",
                                    others=tuple(mine)))
            continue
        verified = counts.verified is not None
        partial = (counts.verified.partial if counts.verified
                   else counts.claimed.partial if counts.claimed else None)
        scored_on = None
        if not verified and counts.code == "other-bundle":
            scored_on = _named_bundle(counts.claimed, collection.manifest_sha256)
        out.append(MemberStatus(
            fp, card.name, card.role, True, counts.status, counts.revision, partial, verified,
            counts.reason, counts.path.name, tuple(r for r in mine if r is not counts),
            counts.code, scored_on))
    return out


def unattributed(collection: Collection) -> list[SheetRecord]:
    """Files that did not verify and name no one on the roster (empty, cut short, damaged, or
    signed by someone of another committee): no member's line shows them, so they are listed
    apart — a member's damaged hand-in must not read as "no sheet handed in" alone."""
    roster = {c.fingerprint for c in collection.roster}
    return [r for r in collection.records if r.member not in roster]


def rejected_only(collection: Collection) -> set[str]:
    """Members without a counting sheet who did hand one in: every sheet of theirs is
    rejected. They are still missing for the result; the chair's table says that they handed
    in and the sheet does not verify, not that nothing came."""
    missing = set(collection.missing())
    return {r.member for r in collection.rejected() if r.member in missing}


def sheets_status(paths: Iterable[Path], bundle: OpenedBundle,
                  progress: Progress | None = None) -> tuple[Collection, list[MemberStatus]]:
    """Verify every sheet found (as the chair does) and say where each member stands."""
    collection = collect(paths, bundle, progress=progress)
    return collection, member_status(collection)
