"""User-facing wording of core states (translated here, not in the core)."""

import html
import re

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from evaluator_app import errors
from evaluator_app.scoring import Missing
from evaluator_app.timefmt import format_time
from ui.i18n import current_language


def time_text(value: object, seconds: bool = False) -> str:
    """A stored time as the member reads it: local time, '2026. 11. 25. 23:17 KST' in Korean."""
    return format_time(value, current_language(), seconds=seconds)  # type: ignore[arg-type]


def describe_missing(m: Missing) -> str:
    # Each call names its context literally so that pyside6-lupdate can extract it.
    if m.code == "gate":
        return QCoreApplication.translate("Texts", "eligibility not decided")
    if m.code == "score":
        return QCoreApplication.translate("Texts", "score missing")
    if m.code == "rationale":
        return QCoreApplication.translate("Texts", "rationale missing")
    if m.code == "rationale-short":
        return QCoreApplication.translate("Texts", "rationale %1 / %2 characters").replace(
            "%1", str(m.length)).replace("%2", str(m.minimum))
    if m.code == "opinion":
        return QCoreApplication.translate("Texts", "overall opinion missing")
    if m.code == "opinion-short":
        return QCoreApplication.translate("Texts", "overall opinion %1 / %2 characters").replace(
            "%1", str(m.length)).replace("%2", str(m.minimum))
    if m.code == "coi":
        return QCoreApplication.translate("Texts", "conflict of interest not declared")
    if m.code == "pledge":
        return QCoreApplication.translate("Texts", "pledge not accepted")
    return m.problem


def rubric_status(status: str) -> str:
    """What a rubric's status means for the member ('proposed' alone says nothing)."""
    if status == "proposed":
        return QCoreApplication.translate(
            "Texts", "proposed points — not the official table of the call; the secretariat "
            "confirms the points")
    return QCoreApplication.translate("Texts", "official points of the call")


def application_status(status: str, failed_gates: tuple[str, ...] = ()) -> str:
    """An application's state in words (the consolidation's 부적격 when a gate failed)."""
    if status == "conflict":
        return QCoreApplication.translate("Texts", "recused (회피)")
    if failed_gates:
        return QCoreApplication.translate("Texts", "ineligible (부적격): %1 failed").replace(
            "%1", ", ".join(failed_gates))
    return {"complete": QCoreApplication.translate("Texts", "complete"),
            "in-progress": QCoreApplication.translate("Texts", "in progress"),
            }.get(status, QCoreApplication.translate("Texts", "not started"))


# Why a sheet does not verify, by the core's kind of finding (errors.SHEET_CODES).
SHEET_FINDINGS = {
    "unreadable": QT_TRANSLATE_NOOP("Texts", "not a score sheet, or the file is damaged"),
    "signature": QT_TRANSLATE_NOOP(
        "Texts", "the signature does not match: the sheet was changed after it was signed, or "
        "damaged"),
    "signer": QT_TRANSLATE_NOOP(
        "Texts", "signed by someone not on the roster, or the member card inside differs from "
        "the roster's"),
    "other-bundle": QT_TRANSLATE_NOOP("Texts", "scored on another session or another bundle"),
    "record": QT_TRANSLATE_NOOP("Texts", "its pledge or audit record does not match this "
                                         "bundle"),
    "coverage": QT_TRANSLATE_NOOP("Texts", "its applications are not the session's"),
    "conflict": QT_TRANSLATE_NOOP(
        "Texts", "it scores an application on which the secretariat declared the member's "
        "conflict of interest"),
    "scores": QT_TRANSLATE_NOOP("Texts", "its scores do not follow the rubric (an item, its "
                                         "points or a total)"),
    "name": QT_TRANSLATE_NOOP("Texts", "the file name is not valid text; rename the file"),
    "equivocation": QT_TRANSLATE_NOOP(
        "Texts", "the member signed another, different sheet with the same revision: ask them "
        "which one they handed in and take the other out of the folder"),
}


def shortcut_table(rows: list[tuple[str, str]]) -> str:
    """Keys and what they do as a two-column table: tab stops put a long key (Ctrl+Shift+E,
    Ctrl+1 … Ctrl+4) past the column, and its words then started anywhere."""
    cells = "".join(f"<tr><td style='padding-right:18px'><b>{html.escape(keys)}</b></td>"
                    f"<td>{html.escape(what)}</td></tr>" for keys, what in rows)
    return f"<table>{cells}</table>"


def sheet_finding(code: str, exact: str) -> str:
    """Why a sheet does not verify: in the Korean UI one sentence of the app's own for its kind
    of finding; in English (and for a kind it does not know) the core's exact finding, which
    names the item or key. Show `exact` beside it (a tooltip) for the secretariat."""
    if code in SHEET_FINDINGS and current_language() != "en":
        return QCoreApplication.translate("Texts", SHEET_FINDINGS[code])
    return exact


# The most specific first; QT_TRANSLATE_NOOP marks the texts for lupdate. Each says what
# happened and what the member can do in the app (never a command-line option).
HEADLINES: tuple[tuple[type[errors.EvaluatorError] | tuple[type[errors.EvaluatorError], ...], str],
                 ...] = (
    (errors.FileInUseError, QT_TRANSLATE_NOOP(
        "Errors", "The file cannot be replaced: another program has it open (Excel, a PDF "
        "viewer) or it is read-only. Close it and try again; nothing was lost.")),
    (errors.WrongPassphraseError, QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is wrong. Check the keyboard layout (한/영) and Caps Lock, then "
        "try again.")),
    (errors.ExcessiveWorkFactorError, QT_TRANSLATE_NOOP(
        "Errors", "This identity file asks for far more unlocking work than Evaluation Desk ever "
        "sets: it was altered, or it is not an Evaluation Desk identity file. Your passphrase was "
        "not checked. Use your own identity file (or its backup copy), or create a new identity "
        "and give its card to the secretariat.")),
    (errors.MachineTooBusyError, QT_TRANSLATE_NOOP(
        "Errors", "This computer is too busy right now to unlock your identity file; your "
        "passphrase was not checked. Close other programs, plug in the power, wait a moment and "
        "try again.")),
    (errors.KeyringUnavailableError, QT_TRANSLATE_NOOP(
        "Errors", "This computer's keyring cannot keep your signing key. Keep it in a "
        "passphrase-protected file instead: choose “Keep them in a passphrase-protected file” "
        "when you create your identity, or import your identity file.")),
    (errors.NotAddressedError, QT_TRANSLATE_NOOP(
        "Errors", "This bundle is not addressed to you: it was not encrypted to your signing "
        "key. Check that the secretariat has your current card, and ask for a bundle made for "
        "you.")),
    (errors.TamperedError, QT_TRANSLATE_NOOP(
        "Errors", "The bundle was altered or damaged after the secretariat signed it. Do not use "
        "it; ask the secretariat for a new copy.")),
    (errors.UntrustedSignerError, QT_TRANSLATE_NOOP(
        "Errors", "The bundle is not signed by the secretariat key you trust. Confirm the key "
        "with the secretariat before going on.")),
    (errors.OutsideWindowError, QT_TRANSLATE_NOOP(
        "Errors", "The evaluation window is not open now. Check the dates with the "
        "secretariat.")),
    (errors.BundleError, QT_TRANSLATE_NOOP(
        "Errors", "The bundle cannot be opened. Ask the secretariat for a new copy.")),
    (errors.IdentityError, QT_TRANSLATE_NOOP(
        "Errors", "Your signing key cannot be used. Check the identity file (is the USB stick "
        "in?) and its passphrase; if it is lost, create a new identity and give its card to the "
        "secretariat.")),
    (errors.SessionLockedError, QT_TRANSLATE_NOOP(
        "Errors", "The sheet is signed and locked; revise it to make changes.")),
    (errors.ConflictOfInterestError, QT_TRANSLATE_NOOP(
        "Errors", "A conflict of interest was declared (회피): this application cannot be "
        "scored.")),
    ((errors.ScoringError, errors.FormError), QT_TRANSLATE_NOOP(
        "Errors", "This breaks a rule of the rubric or the session; it was not saved.")),
    (errors.SheetError, QT_TRANSLATE_NOOP(
        "Errors", "The score sheet cannot be signed or verified. Choose another folder (one you "
        "can write to) and try again.")),
    (errors.NotFoundError, QT_TRANSLATE_NOOP(
        "Errors", "The session, application or item was not found in this workspace.")),
    ((errors.RubricError, errors.CatalogueError, errors.SpecError), QT_TRANSLATE_NOOP(
        "Errors", "The session's rubric or description is not valid. Ask the secretariat for a "
        "corrected bundle.")),
    (errors.WorkspaceDamagedError, QT_TRANSLATE_NOOP(
        "Errors", "The workspace file is damaged (a bad spot on the disk). Your signed sheets are "
        "safe where you saved them. Close Evaluation Desk and start it again: it offers to "
        "continue from the automatic backup named below.")),
    (errors.WorkspaceReadOnlyError, QT_TRANSLATE_NOOP(
        "Errors", "The workspace folder is read-only: your scores can be read but not changed.")),
    (errors.WorkspaceLockedError, QT_TRANSLATE_NOOP(
        "Errors", "Another program is writing to the workspace; try again in a moment.")),
    ((errors.WorkspaceError, errors.AuditError), QT_TRANSLATE_NOOP(
        "Errors", "The workspace cannot be used. Do not delete anything; tell the secretariat "
        "(the log file is named under Help > About).")),
)

# Advice only a command-line user can follow; the headline gives the app's way instead.
_CLI_ADVICE = re.compile(r"--[a-z][a-z-]+|`evaluator |EVALUATOR_[A-Z]+")
_ADVICE_SPLIT = re.compile(r";\s+|\s+\((?=or pass |unlock it, or )|:\s+(?=run `)")


def error_headline(error: errors.EvaluatorError) -> str:
    """What a core error means for the member, in the UI's language."""
    if isinstance(error, errors.NotABundleError):
        if error.expected:
            return QCoreApplication.translate(
                "Errors", "This bundle file is incomplete (%1 of at least %2 bytes): the copy was "
                "cut off. Copy it again from the USB stick, or ask the secretariat to send it "
                "again.").replace("%1", f"{error.size:,}").replace("%2", f"{error.expected:,}")
        return QCoreApplication.translate(
            "Errors", "This file is not an evaluation bundle (.evb), or it is damaged. Open the "
            "bundle file the secretariat sent you.")
    for kinds, text in HEADLINES:
        if isinstance(error, kinds):
            return QCoreApplication.translate("Errors", text)
    return QCoreApplication.translate("Errors", "The action could not be completed.")


def error_detail(error: errors.EvaluatorError) -> str:
    """The core's exact finding (names files and ids), without command-line advice."""
    lines = []
    for line in (error.problems or [error.message]):
        parts = [p for p in _ADVICE_SPLIT.split(line)
                 if not _CLI_ADVICE.search(p)]
        lines.append("; ".join(parts).rstrip(" (") if parts else "")
    return "\n".join(line for line in lines if line)


def describe_error(error: errors.EvaluatorError, to_secretariat: bool = False) -> str:
    """The headline in the UI's language, then the core's finding as technical details: for
    the secretariat to be asked about, unless the secretariat is the one reading (its desk)."""
    detail = error_detail(error)
    if not detail:
        return error_headline(error)
    return f"{error_headline(error)}\n\n" + QCoreApplication.translate(
        "Errors", _DETAILS[to_secretariat]).replace("%1", detail)


_DETAILS = {False: QT_TRANSLATE_NOOP("Errors", "Technical details (for the secretariat): %1"),
            True: QT_TRANSLATE_NOOP("Errors", "Technical details: %1")}
