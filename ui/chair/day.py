"""What the chair's window and the review screen say about a provisional result taken between
two presentations: how far the day is, the hand-ins per presented applicant and the core's
alarms (consolidation/presented.py decides all of it; only the words are here)."""

from PySide6.QtCore import QCoreApplication

from evaluator_app.consolidation import Consolidated
from evaluator_app.consolidation.presented import alarms, counts, in_progress
from evaluator_app.safe_files import shown
from ui.texts import sheet_finding

T = QCoreApplication


def handins_line(presentation: dict) -> str:
    """"A03: 7명 중 6명 제출 · …" for every presented applicant."""
    each = T.translate("ChairDay", "%1: %2 of %3 members handed in")
    return " · ".join(each.replace("%1", app).replace("%2", str(n)).replace("%3", str(e))
                      for app, n, e in counts(presentation))


def day_banner(consolidated: Consolidated, on_now: str | None,
               listed: int = 6) -> tuple[str, bool] | None:
    """The banner of a 발표 day still under way, and whether something is wrong; None when the
    result is not such a provisional one. `listed`: alarms listed before "… and N more"."""
    result = consolidated.result
    if not result["provisional"] or not in_progress(result):
        return None
    presentation = result["presentation"]
    n = len(presentation["presented"])
    total = n + len(presentation["to_present"])
    lines = [T.translate("ChairDay", "The 발표 day is under way: %1 of %2 applicants have "
                       "presented. Provisional (잠정, not signed): only they are ranked; the "
                       "others are shown as 발표 전.")
             .replace("%1", str(n)).replace("%2", str(total))]
    if n:
        lines.append(T.translate("ChairDay", "Hand-ins: %1").replace(
            "%1", handins_line(presentation)))
    names = {c.fingerprint: c.name for c in consolidated.collection.roster}
    found = []
    for a in alarms(consolidated.collection, presentation, on_now):
        if a.kind == "rejected" and a.record is not None:
            found.append(T.translate("ChairTexts", "%1 is rejected: %2")
                         .replace("%1", shown(a.record.path.name))
                         .replace("%2", sheet_finding(a.record.code, a.record.reason)))
        else:
            found.append(T.translate("ChairDay", "%1 has not handed in a sheet for %2, whose "
                                   "slot is over")
                         .replace("%1", names.get(a.member, a.member))
                         .replace("%2", a.application))
    lines += [f"• {line}" for line in found[:listed]]
    if len(found) > listed:
        lines.append(T.translate("ChairDay", "… and %1 more").replace(
            "%1", str(len(found) - listed)))
    if not found:
        lines.append(T.translate("ChairDay", "Nothing is wrong: every sheet verifies and every "
                               "member has handed in for the applicants whose slot is over."))
    return "\n".join(lines), bool(found)
