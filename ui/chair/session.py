"""What the chair's window asks of the core, as plain functions for the worker thread.

No business rule lives here: `evaluate` calls `consolidation.run` for the final result and, when
the core refuses it (a rejected or missing sheet, an unacknowledged small panel, an
equivocation), once more as a provisional (잠정) result so the figures can still be shown beside
the core's reason. `sign`
unlocks the identity again, recomputes from the files on disk and hands the result to
`write_outputs`. Nothing here touches Qt widgets.
"""

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

from evaluator_app.consolidation import Consolidated, Exclusion, Options, run, write_outputs
from evaluator_app.consolidation.outputs import TABLES
from evaluator_app.consolidation.result import signers
from evaluator_app.consolidation.sums import SUMS
from evaluator_app.errors import ConsolidationError, EvaluatorError
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Card, Identity
from evaluator_app.trust.workspace_identity import unlock_for_signing

Progress = Callable[[int, int], None]
Step = Callable[[str], None]
# Every file write_outputs names to `step`, in its order (the progress bar counts them; the
# PDFs, the slowest, were missing and sent the bar back to the start)
OUTPUT_FILES = ("result.json", *TABLES, SUMS)


@dataclass(frozen=True)
class Choices:
    """The chair's decisions for one consolidation (recorded in the result by the core)."""

    rule: str | None = None  # None: each rubric's own rule
    exclusions: tuple[Exclusion, ...] = ()
    accept_small_panel: bool = False
    agenda_seed: str | None = None  # the 발표 order drawn in the room (review session)
    on_now: str | None = None  # the applicant on now (review session; provisional only)

    def options(self, provisional: bool = False) -> Options:
        return Options(self.rule, self.accept_small_panel, provisional, self.agenda_seed,
                       self.on_now if provisional else None)


@dataclass(frozen=True)
class Outcome:
    """What to show: the result (final when `final`, else provisional) and why no final one."""

    consolidated: Consolidated | None
    final: bool
    error: EvaluatorError | None = None


def may_sign(bundle: OpenedBundle, card: Card) -> bool:
    """The bundle's chair and its secretariat sign; anyone else on the roster only verifies."""
    return card.fingerprint in signers(bundle)


def evaluate(paths: Sequence[Path], bundle: OpenedBundle, signer: Card | None,
             choices: Choices, progress: Progress | None = None) -> Outcome:
    """The final result when the core allows one for `signer`, else the provisional one."""
    refused: EvaluatorError | None = None
    if signer is not None:
        try:
            done = run(paths, bundle, signer, choices.exclusions, choices.options(),
                       progress=progress)
            return Outcome(done, True)
        except ConsolidationError as e:
            refused = e
    try:  # an equivocation shows as two rejected sheets beside every other one
        done = run(paths, bundle, signer, choices.exclusions,
                   choices.options(provisional=True), progress=progress)
    except EvaluatorError as e:  # e.g. a folder gone: nothing can be shown
        return Outcome(None, False, e)
    return Outcome(done, False, refused)


def sign(paths: Sequence[Path], bundle: OpenedBundle, identity: Identity,
         identity_file: Path | None, passphrase: str, choices: Choices, out_dir: Path,
         progress: Progress | None = None, step: Step | None = None
         ) -> tuple[Consolidated, list[Path]]:
    """Unlock the identity (file: its passphrase again), recompute from the sheets on disk and
    write result.json + .minisig, the tables, the 종합평가표 PDFs and SHA256SUMS into `out_dir`."""
    signer = (unlock_for_signing(identity_file, identity, passphrase)
              if identity_file is not None else identity)
    done = run(paths, bundle, signer.card, choices.exclusions, choices.options(),
               progress=progress)
    return done, write_outputs(done.result, bundle, signer, out_dir, step=step)


def export_provisional(paths: Sequence[Path], bundle: OpenedBundle, signer: Card | None,
                       choices: Choices, out_dir: Path, progress: Progress | None = None,
                       step: Step | None = None) -> tuple[Consolidated, list[Path]]:
    """The provisional (잠정, unsigned) result and its tables, for discussion before signing."""
    done = run(paths, bundle, signer, choices.exclusions, choices.options(provisional=True),
               progress=progress)
    return done, write_outputs(done.result, bundle, None, out_dir, step=step)
