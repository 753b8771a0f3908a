"""User-facing wording of core states (translated here, not in the core)."""

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


# The most specific first; QT_TRANSLATE_NOOP marks the texts for lupdate.
HEADLINES: tuple[tuple[type[errors.EvaluatorError] | tuple[type[errors.EvaluatorError], ...], str],
                 ...] = (
    (errors.WrongPassphraseError, QT_TRANSLATE_NOOP(
        "Errors", "The passphrase is wrong. Check the keyboard layout (한/영) and Caps Lock, then "
        "try again.")),
    (errors.KeyringUnavailableError, QT_TRANSLATE_NOOP(
        "Errors", "The system keyring cannot be used; keep your identity in a "
        "passphrase-protected file instead.")),
    (errors.NotAddressedError, QT_TRANSLATE_NOOP(
        "Errors", "This is not addressed to you: it was not encrypted to your identity.")),
    (errors.TamperedError, QT_TRANSLATE_NOOP(
        "Errors", "The bundle was altered or damaged after the secretariat signed it. Do not use "
        "it; ask the secretariat for a new copy.")),
    (errors.UntrustedSignerError, QT_TRANSLATE_NOOP(
        "Errors", "The bundle is not signed by the secretariat key you trust. Confirm the key "
        "with the secretariat before going on.")),
    (errors.OutsideWindowError, QT_TRANSLATE_NOOP(
        "Errors", "The evaluation window is not open now.")),
    (errors.BundleError, QT_TRANSLATE_NOOP("Errors", "The bundle cannot be opened.")),
    (errors.IdentityError, QT_TRANSLATE_NOOP("Errors", "Your identity cannot be used.")),
    (errors.SessionLockedError, QT_TRANSLATE_NOOP(
        "Errors", "The sheet is signed and locked; revise it to make changes.")),
    (errors.ConflictOfInterestError, QT_TRANSLATE_NOOP(
        "Errors", "A conflict of interest was declared (회피): this application cannot be "
        "scored.")),
    ((errors.ScoringError, errors.FormError), QT_TRANSLATE_NOOP(
        "Errors", "This breaks a rule of the rubric or the session.")),
    (errors.SheetError, QT_TRANSLATE_NOOP(
        "Errors", "The score sheet cannot be signed or verified.")),
    (errors.WorkspaceReadOnlyError, QT_TRANSLATE_NOOP(
        "Errors", "The workspace folder is read-only: your scores can be read but not changed.")),
    (errors.WorkspaceLockedError, QT_TRANSLATE_NOOP(
        "Errors", "Another program is writing to the workspace; try again in a moment.")),
    ((errors.WorkspaceError, errors.AuditError), QT_TRANSLATE_NOOP(
        "Errors", "The workspace cannot be used.")),
)


def error_headline(error: errors.EvaluatorError) -> str:
    """What a core error means for the member, in the UI's language."""
    for kinds, text in HEADLINES:
        if isinstance(error, kinds):
            return QCoreApplication.translate("Errors", text)
    return QCoreApplication.translate("Errors", "The action could not be completed.")


def describe_error(error: errors.EvaluatorError) -> str:
    """The headline in the UI's language, then the core's exact finding (names files and ids)."""
    detail = "\n".join(error.problems) or error.message
    return f"{error_headline(error)}\n\n" + QCoreApplication.translate(
        "Errors", "Details: %1").replace("%1", detail)
