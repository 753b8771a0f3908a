"""The chair's words: sheet statuses, subtypes, rules and error headlines (translated here)."""

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from evaluator_app import errors
from evaluator_app.consolidation.collect import Collection, SheetRecord
from evaluator_app.consolidation.status import rejected_only, unattributed
from evaluator_app.safe_files import shown
from ui.texts import error_headline, sheet_finding

MISSING = "missing"  # a roster member without a sheet (not a record of the core)

STATUS_WORDS = {
    "used": QT_TRANSLATE_NOOP("ChairTexts", "used"),
    "superseded": QT_TRANSLATE_NOOP("ChairTexts", "superseded"),
    "duplicate": QT_TRANSLATE_NOOP("ChairTexts", "duplicate"),
    "rejected": QT_TRANSLATE_NOOP("ChairTexts", "rejected"),
    "excluded": QT_TRANSLATE_NOOP("ChairTexts", "excluded"),
    MISSING: QT_TRANSLATE_NOOP("ChairTexts", "missing"),
}
RULE_WORDS = {
    "trimmed-mean": QT_TRANSLATE_NOOP("ChairTexts", "trimmed mean (highest and lowest dropped)"),
    "mean": QT_TRANSLATE_NOOP("ChairTexts", "mean"),
    "median": QT_TRANSLATE_NOOP("ChairTexts", "median"),
}
SUBTYPE_WORDS = {
    "climate": QT_TRANSLATE_NOOP("ChairTexts", "climate crisis"),
    "population": QT_TRANSLATE_NOOP("ChairTexts", "depopulation"),
}


def tr(text: str) -> str:
    return QCoreApplication.translate("ChairTexts", text)


def status_word(status: str) -> str:
    return tr(STATUS_WORDS.get(status, status))


def rule_word(rule: str | None) -> str:
    return tr(RULE_WORDS[rule]) if rule in RULE_WORDS else (rule or "")


def subtype_word(subtype: str | None) -> str:
    return tr(SUBTYPE_WORDS[subtype]) if subtype in SUBTYPE_WORDS else (subtype or "")


def record_reason(record: SheetRecord, records: list[SheetRecord],
                  exclusions: dict[str, str]) -> str:
    """Why a sheet has its status, in the UI's language (a rejected sheet: its kind of finding,
    `sheet_finding`)."""
    if record.status == "superseded":
        latest = max((r.revision or 0 for r in records
                      if r.member == record.member and r.status == "used"), default=0)
        return QCoreApplication.translate("ChairTexts", "replaced by revision %1").replace(
            "%1", str(latest))
    if record.status == "duplicate":
        same = next((shown(r.path.name) for r in records if r.sha256 == record.sha256
                     and r.status != "duplicate"), "")
        return QCoreApplication.translate("ChairTexts", "the same file as %1").replace(
            "%1", same)
    if record.status == "excluded":
        return QCoreApplication.translate("ChairTexts", "excluded by the chair: %1").replace(
            "%1", exclusions.get(record.member, ""))
    return sheet_finding(record.code, record.reason)


def file_label(path: Path, records: list[SheetRecord]) -> str:
    """A sheet's file name; with its folder when another file handed in has the same name (one
    member's revision 1 on two USB sticks), so the chair can tell which one is which."""
    twin = sum(1 for r in records if r.path.name == path.name) > 1
    return shown(Path(path.parent.name, path.name) if twin else path.name)


def blocking_findings(collection: Collection) -> list[str]:
    """Why no final result may be signed yet, one line each, in the UI's language (the core's
    `Collection.blocking` says the same in English for the CLI)."""
    names = {c.fingerprint: c.name for c in collection.roster}
    rejected = QCoreApplication.translate("ChairTexts", "%1 is rejected: %2")
    missing = QCoreApplication.translate("ChairTexts", "%1 (%2) has not handed in a sheet")
    unscored = QCoreApplication.translate(
        "ChairTexts", "%1 has not yet scored %2 (their latest sheet is partial)")
    out = [rejected.replace("%1", file_label(r.path, collection.records)).replace("%2",
                                                               sheet_finding(r.code, r.reason))
           for r in collection.rejected()]
    handed_in = rejected_only(collection)  # their rejected line above says it already
    out += [missing.replace("%1", names.get(fp, fp)).replace("%2", fp)
            for fp in collection.missing() if fp not in handed_in]
    out += [unscored.replace("%1", names.get(fp, fp)).replace("%2", aid)
            for fp, aid in collection.unscored()]
    return out


def small_panel_reason(panel: dict) -> str:
    """Why an application's panel is small (a `small_panels` entry of result.json), in the UI's
    language: nobody scored it, or fewer scores than the rule or the session's quorum needs."""
    if not panel.get("n"):
        return QCoreApplication.translate(
            "ChairTexts", "nobody scored it: every member is conflicted (회피) or excluded")
    text = QCoreApplication.translate(
        "ChairTexts", "%1 score(s), fewer than the rule or the session's quorum needs; %2 "
        "applied")
    return text.replace("%1", str(panel["n"])).replace(
        "%2", rule_word(panel.get("rule_applied")))


HEADLINE_BLOCKED = QT_TRANSLATE_NOOP(
    "ChairTexts", "The result cannot be signed yet: a sheet is rejected or missing. Hand in "
    "the sheet, or exclude the member with a reason (Exclude a member…). The figures below "
    "are provisional (잠정).")
HEADLINE_FOREIGN = QT_TRANSLATE_NOOP(
    "ChairTexts", "The result cannot be signed yet: a file among the sheets is no member's "
    "sheet for this round (another round's, signed by someone not on the roster, or damaged). "
    "Take it out of the folder and verify again (F5); a member whose sheet is rejected or "
    "missing hands it in again, or is excluded with a reason. The figures below are "
    "provisional (잠정).")
HEADLINE_SMALL_PANEL = QT_TRANSLATE_NOOP(
    "ChairTexts", "Some applications were scored by fewer members than the rule needs. "
    "Acknowledge the small panels to sign. The figures below are provisional (잠정).")
HEADLINE_CONSOLIDATE = QT_TRANSLATE_NOOP(
    "ChairTexts", "The sheets cannot be consolidated.")
HEADLINE_VERIFY_ONLY = QT_TRANSLATE_NOOP(
    "ChairTexts", "You can verify and view this result; only the chair or the secretariat of "
    "the bundle signs it. The figures below are provisional (잠정).")


def blocked_headline(collection: Collection) -> str:
    """Why the result is blocked, with what to do: a file that is no sheet of this committee
    is taken out of the folder (no member can be excluded for it); else hand in or exclude."""
    return HEADLINE_FOREIGN if unattributed(collection) else HEADLINE_BLOCKED


def headline(error: errors.EvaluatorError, default: str = HEADLINE_CONSOLIDATE) -> str:
    """A consolidation error gets the chair's headline; others keep the app's."""
    if isinstance(error, errors.ConsolidationError):
        return tr(default)
    return error_headline(error)


def details(error: errors.EvaluatorError) -> str:
    """The core's sentence, then each problem it listed."""
    lines = [error.message]
    lines += [f"• {p}" for p in error.problems if p != error.message]
    return "\n".join(lines)


def describe(error: errors.EvaluatorError, default: str = HEADLINE_CONSOLIDATE) -> str:
    """The Korean headline over the core's exact finding (never a traceback)."""
    return f"{headline(error, default)}\n\n" + QCoreApplication.translate(
        "Errors", "Details: %1").replace("%1", details(error))
