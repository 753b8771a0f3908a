"""Everything `result verify` checks of a signed result, in one call (the CLI and the
secretariat's desk print it each their way).

In order, each failure a ConsolidationError naming it: the chair's signature and every figure
recomputed from the sheets; the signed SHA256SUMS beside it; every table and report written
again from result.json (derived_check). The chain to an earlier stage's result is the caller's
(`stages.check_chain`: the CLI checks it before any key is asked).
"""

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluator_app.cards import Card
from evaluator_app.consolidation.collect import Progress
from evaluator_app.consolidation.derived_check import DerivedCheck, check_derived
from evaluator_app.consolidation.result import verify_result
from evaluator_app.consolidation.sums import SUMS, SumsCheck, check_sums
from evaluator_app.errors import ConsolidationError
from evaluator_app.trust.bundle import OpenedBundle


@dataclass(frozen=True)
class ResultCheck:
    result: dict[str, Any]
    signer: Card
    sums: SumsCheck | None  # None: no SHA256SUMS beside it (written before it existed)
    derived: DerivedCheck | None  # None with no SHA256SUMS: nothing says which files are its


def check_result(result_path: Path, bundle: OpenedBundle, sheets: Iterable[Path],
                 progress: Progress | None = None) -> ResultCheck:
    """What `result verify` checks: the signature, every figure recomputed from the sheets,
    SHA256SUMS, and each table and report written again from result.json; ConsolidationError
    naming the first difference. `progress(done, total)` runs over both halves (the sheets,
    then the files written again) as one bar that only goes forward."""
    def first(done: int, total: int) -> None:
        if progress is not None:
            progress(done, 2 * total)

    def second(done: int, total: int) -> None:
        if progress is not None and total:
            progress(total + done, 2 * total)

    check = verify_result(result_path, bundle, sheets, first)
    result = check.result
    if check.differences:
        raise ConsolidationError(
            f"{result_path}: the signature of {check.signer.name} verifies, but "
            f"{len(check.differences)} figure(s) differ from a recomputation from the sheets, "
            f"e.g. {check.differences[0]}", check.differences)
    sums = check_sums(result_path, result, check.signer)
    derived = None
    if sums is not None:
        derived = check_derived(Path(result_path).parent, sums.checked, result,
                                lambda: {r.content_hash: r for r in bundle.rubrics()}, second)
        if derived.differ:
            raise ConsolidationError(
                f"{SUMS} is signed, but {len(derived.differ)} file(s) do not say what "
                f"result.json says, e.g. {derived.differ[0]}", derived.differ)
    return ResultCheck(result, check.signer, sums, derived)
