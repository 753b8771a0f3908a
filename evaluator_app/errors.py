"""Typed errors of the core.

Every error a user can cause is an `EvaluatorError` whose message is one plain sentence saying
what is wrong and where. The CLI prints it and exits 2; the UI shows it in a dialog.
"""

from pathlib import Path


class EvaluatorError(Exception):
    """Base of every error a user can cause and understand.

    `problems` lists every individual finding when there are several (a form with many bad rows).
    """

    def __init__(self, message: str, problems: list[str] | None = None) -> None:
        super().__init__(message)
        self.problems: list[str] = list(problems or [])

    @property
    def message(self) -> str:
        return str(self.args[0]) if self.args else self.__class__.__name__


class OutputExistsError(EvaluatorError):
    """An output file option names a file already there that the command does not write over:
    someone's secret keys, or a file of another kind than the command writes."""


class OutputNotWrittenError(EvaluatorError):
    """An output file cannot be written where it was asked for (no such folder, no permission,
    a read-only drive); nothing was written. `path` is the output file."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class ValueRangeError(EvaluatorError, ValueError):
    """A value is outside what can be recorded exactly (e.g. a whole number beyond 2^53)."""


class RubricError(EvaluatorError):
    """A rubric file or table is invalid (names the file, the item and the problem)."""


class CatalogueError(EvaluatorError):
    """The program catalogue is invalid or a program id is unknown."""


class SpecError(EvaluatorError):
    """A session spec cannot be read or has problems."""


class WorkspaceError(EvaluatorError):
    """The workspace file is missing, not a workspace, or from a newer schema."""


class WorkspaceLockedError(WorkspaceError):
    """Another process holds the workspace's write lock longer than we wait."""


class WorkspaceReadOnlyError(WorkspaceError):
    """The workspace (its folder or file) cannot be written; it can still be read."""


class WorkspaceDamagedError(WorkspaceError):
    """The workspace file is damaged (a bad disk page): the message names the last signed sheet
    and the automatic backup to continue from (`backup`, `sheet`: None when there is none)."""

    def __init__(self, message: str, backup: Path | None = None,
                 sheet: Path | None = None) -> None:
        super().__init__(message)
        self.backup = backup
        self.sheet = sheet


class FileInUseError(EvaluatorError):
    """A file cannot be replaced because another program holds it open (Windows: Excel keeps
    the CSV or XLSX it shows, a PDF viewer the 평가표), or it is read-only. `path` is the file."""

    def __init__(self, message: str, path: Path) -> None:
        super().__init__(message)
        self.path = path


class NotFoundError(EvaluatorError):
    """A session, application or item id does not exist."""


class ScoringError(EvaluatorError):
    """A score, rationale, adjustment or declaration breaks a rubric rule."""


class ConflictOfInterestError(ScoringError):
    """The application is declared conflicted (회피) and cannot be scored."""


class SessionLockedError(ScoringError):
    """The session is locked (exported) and must be revised before editing."""


class FormError(EvaluatorError):
    """An offline review form has errors; nothing was applied."""


class AuditError(EvaluatorError):
    """The audit log does not verify."""


class IdentityError(EvaluatorError):
    """An identity or card is missing, unreadable, or its secret cannot be unlocked."""


class KeyringUnavailableError(IdentityError):
    """The OS keyring is absent or locked; an identity file is the way out."""


class WrongPassphraseError(IdentityError):
    """The passphrase does not open the identity file."""


class ExcessiveWorkFactorError(IdentityError):
    """The identity file asks for far more unlocking work than Evaluation Desk ever writes (it
    was altered, or is not ours); the passphrase was not checked."""


class MachineTooBusyError(IdentityError):
    """The computer stayed too busy (or too slow) to unlock the identity file; the passphrase
    was not checked."""


class BundleError(EvaluatorError):
    """A bundle cannot be created, read, verified or opened."""


class NotABundleError(BundleError):
    """The file is not an evaluation bundle at all, or an incomplete copy of one (cut off):
    nothing says it was altered. `size` is the file's length; `expected` the length its own
    ZIP headers announce (at least), when it starts like a bundle."""

    def __init__(self, message: str, size: int = 0, expected: int | None = None) -> None:
        super().__init__(message)
        self.size = size
        self.expected = expected


class NotAddressedError(BundleError):
    """The bundle (or one of its documents) is not for this identity."""


class ReplacementNeededError(BundleError):
    """A corrected bundle of a session already open: it replaces the old one only when the
    member confirms (`changes` lists what differs)."""

    def __init__(self, message: str, changes: list[str]) -> None:
        super().__init__(message, changes)
        self.changes = list(changes)


class TamperedError(BundleError):
    """The bundle was altered or damaged after the secretariat signed it."""


class UntrustedSignerError(BundleError):
    """The bundle is signed by another key than the secretariat's pinned or given one."""


class OutsideWindowError(BundleError):
    """The evaluation window has not opened yet or has closed."""


class SheetError(EvaluatorError):
    """A score sheet cannot be exported or does not verify. `code` says what kind of finding a
    sheet that does not verify is (SHEET_CODES), so the app can say it in its own words; the
    message keeps the exact finding."""

    def __init__(self, message: str, problems: list[str] | None = None, code: str = "") -> None:
        super().__init__(message, problems)
        self.code = code


# What kind of finding refused a sheet: not a sheet, altered after signing, a signer not on the
# roster, another session or bundle, its pledge or audit record, applications not the
# session's, a secretariat-declared conflict scored, scores against the rubric, a file name
# that is not text.
SHEET_CODES = ("unreadable", "signature", "signer", "other-bundle", "record", "coverage",
               "conflict", "scores", "name")


class ConsolidationError(EvaluatorError):
    """The committee's sheets cannot be consolidated, or a result does not verify."""
