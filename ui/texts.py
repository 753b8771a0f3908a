"""User-facing wording of core states (translated here, not in the core)."""

from PySide6.QtCore import QCoreApplication

from evaluator_app.scoring import Missing


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
