"""Where a 발표 day stands: which applicants have presented, who has handed in for each, and what
is actually wrong — for the provisional (잠정) results taken between presentations.

An application has **presented** when a counted sheet covers it (scored or 회피), or when it
comes before such an application — or before the applicant on now in the room — in the agenda
(the order the result records: drawn from the seed, else the spec's). The others
are **발표 전**: no status, no rank, and nobody is late for them. The alarms are a rejected sheet
and a member without a sheet for an applicant whose slot is over (the applicant on now is still
being scored). Final results have none of this: every applicant has presented by then.
"""

from collections.abc import Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from evaluator_app.review import agenda

if TYPE_CHECKING:  # the CLI's ranking reads `status_word` without the crypto behind these
    from evaluator_app.consolidation.collect import Collection, SheetRecord

NOT_PRESENTED = "발표 전"  # what the papers and the screens show instead of a status


@dataclass(frozen=True)
class HandIns:
    """One presented applicant: the members expected to hand in for it, and who has."""

    application: str
    expected: tuple[str, ...]  # fingerprints: members not excluded nor pre-declared 회피
    handed_in: tuple[str, ...]  # of those, whose counted sheet covers it (scored or 회피)

    @property
    def awaited(self) -> list[str]:
        return [fp for fp in self.expected if fp not in self.handed_in]


@dataclass(frozen=True)
class DayState:
    order: list[str]  # the agenda (presentation order when known, else the bundle's)
    presented: list[str]  # in agenda order
    to_present: list[str]  # 발표 전, in agenda order
    handins: list[HandIns]  # one per presented applicant, in agenda order

    def awaits(self, application: str) -> bool:
        """Whether a member's sheet for a presented `application` is still to come."""
        return any(h.awaited for h in self.handins if h.application == application)

    def to_json(self) -> dict[str, Any]:
        """`presentation` of a provisional 발표-day result.json."""
        return {"presented": list(self.presented), "to_present": list(self.to_present),
                "handins": [{"application": h.application, "expected": len(h.expected),
                             "handed_in": len(h.handed_in), "awaited": h.awaited}
                            for h in self.handins]}


def is_review_day(manifest: dict[str, Any]) -> bool:
    return bool(manifest.get("session", {}).get("review"))


def day_state(collection: "Collection", manifest: dict[str, Any], seed: str | None,
              on_now: str | None = None) -> DayState | None:
    """The day's state from the agenda, the counted sheets and (the review screen) the
    applicant on now; None for a session without a `[session.review]` (a 서면 stage has no
    presentations)."""
    if not is_review_day(manifest):
        return None
    order = agenda(manifest, seed)  # as result.json records it
    covered: dict[str, set[str]] = {}  # application → members whose latest sheet covers it
    for sheet in collection.used():
        fp = sheet.member.fingerprint
        for app in sheet.totals:  # a pre-declared 회피 rides along in every hand-in: no sign
            if (fp, app) not in collection.predeclared:
                covered.setdefault(app, set()).add(fp)
    last = max((i for i, a in enumerate(order) if a in covered), default=-1)
    if on_now in order:  # the room has moved on: every slot before it is over
        last = max(last, order.index(on_now) - 1)
    presented = order[:last + 1]
    excluded = {e.member for e in collection.exclusions}
    handins = []
    for app in presented:
        expected = tuple(fp for fp in collection.expected if fp not in excluded
                         and (fp, app) not in collection.predeclared)
        have = covered.get(app, set())
        handins.append(HandIns(app, expected, tuple(fp for fp in expected if fp in have)))
    return DayState(order, presented, [a for a in order if a not in presented], handins)


@dataclass(frozen=True)
class Alarm:
    """Something wrong on the day: a rejected sheet (`record`), or `member` without a sheet
    for `application` after its slot."""

    kind: str  # "rejected" | "awaited"
    record: "SheetRecord | None" = None
    member: str = ""
    application: str = ""


def slot_over(presentation: dict[str, Any], application: str, on_now: str | None) -> bool:
    """Whether the members' time to hand in for `application` is over: an applicant after it
    has presented, or the room has moved on to a later one (`on_now`, the applicant on now)."""
    presented = presentation["presented"]
    order = presented + presentation["to_present"]
    if application not in presented:
        return False
    if presented[-1] != application:
        return True
    return on_now in order and order.index(on_now) > order.index(application)


def alarms(collection: "Collection", presentation: dict[str, Any],
           on_now: str | None = None) -> list[Alarm]:
    """What is wrong on the day, from the Collection and the result's `presentation`."""
    out = [Alarm("rejected", record=r) for r in collection.rejected()]
    for h in presentation["handins"]:
        if slot_over(presentation, h["application"], on_now):
            out += [Alarm("awaited", member=fp, application=h["application"])
                    for fp in h["awaited"]]
    return out


def in_progress(result: dict[str, Any]) -> bool:
    """A provisional 발표-day result taken before the last applicant has presented."""
    presentation = result.get("presentation")
    return bool(presentation and presentation["to_present"])


def status_word(row: dict[str, Any]) -> str | None:
    """A row's status as the papers show it: the suggested status, or 발표 전."""
    return NOT_PRESENTED if row.get("presented") is False else row["status"]


def counts(presentation: dict[str, Any]) -> Sequence[tuple[str, int, int]]:
    """(application, handed in, expected) per presented applicant."""
    return [(h["application"], h["handed_in"], h["expected"])
            for h in presentation["handins"]]
