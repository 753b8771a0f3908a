"""A provisional (잠정) consolidation that shows an equivocation instead of stopping at it.

`collect` refuses two different sheets a member signed with one revision number (an
equivocation) and names both files; the final result stays refused. The chair's window used to
show nothing at all then: not even which of the other sheets verify. Here the refusal becomes
two rejected rows (code EQUIVOCATION, each naming the other file) over the collection of every
other file, so the chair sees the whole table and asks the member which one they handed in.
Only ever provisional: the rows block the final result as any rejected sheet does.
"""

from collections.abc import Iterable
from pathlib import Path

from evaluator_app import cyclic_gc
from evaluator_app.canonical import sha256_hex
from evaluator_app.consolidation.collect import (
    REJECTED,
    Collection,
    Exclusion,
    Progress,
    SheetRecord,
    collect,
    sheet_files,
)
from evaluator_app.consolidation.compute import Options, consolidate
from evaluator_app.consolidation.result import Consolidated, signer_record
from evaluator_app.errors import ConsolidationError, EvaluatorError
from evaluator_app.safe_files import read_regular
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Card
from evaluator_app.trust.sheet import SheetContext, verify_sheet

EQUIVOCATION = "equivocation"  # a rejected record's code (beside errors.SHEET_CODES)


def _named_pair(error: ConsolidationError, files: list[Path]) -> tuple[Path, Path] | None:
    """The two files an equivocation refusal names (`collect` lists both as its problems);
    None for any other refusal."""
    named = [Path(p) for p in error.problems]
    if len(named) == 2 and named[0] != named[1] and all(p in files for p in named):
        return named[0], named[1]
    return None


def _record(path: Path, other: Path, ctx: SheetContext) -> SheetRecord:
    """One file of an equivocating pair as a rejected row: who signed it and which revision."""
    try:
        v = verify_sheet(path, ctx)  # it verified inside collect: this reads it again
    except EvaluatorError:  # changed on disk since: say so by its own finding next time
        v = None
    sha = "sha256:" + sha256_hex(read_regular(path, ConsolidationError)) if v is None else v.sha256
    fp, name = (v.member.fingerprint, v.member.name) if v else ("", "")
    revision = v.revision if v else None
    label = f"revision {revision}" + (f" partial {v.partial}" if v and v.partial else "")
    reason = (f"{name} ({fp}) also signed {other.name} as {label}, a different sheet: ask "
              "which one they handed in, or exclude the member with a reason")
    return SheetRecord(path, REJECTED, sha, fp, name, revision, reason, None, EQUIVOCATION)


def collect_showing_equivocations(paths: Iterable[Path], bundle: OpenedBundle,
                                  exclusions: Iterable[Exclusion] = (),
                                  progress: Progress | None = None,
                                  ctx: SheetContext | None = None) -> Collection:
    """`collect`, with each equivocating pair of files a pair of rejected records."""
    ctx = ctx or SheetContext.of(bundle)
    exclusions = list(exclusions)
    files, ignored = sheet_files(paths)
    pairs: list[tuple[Path, Path]] = []
    while True:
        left = [f for f in files if not any(f in pair for pair in pairs)]
        try:
            collection = collect(left, bundle, exclusions, progress, ctx)
            break
        except ConsolidationError as e:
            pair = _named_pair(e, left)
            if pair is None:
                raise
            pairs.append(pair)  # each pass takes out one pair: at most one pass per pair
    collection.ignored = ignored
    for a, b in pairs:
        collection.records += [_record(a, b, ctx), _record(b, a, ctx)]
    order = {c.fingerprint: i for i, c in enumerate(collection.roster)}
    collection.records.sort(key=lambda r: (order.get(r.member, len(order)), -(r.revision or 0),
                                           str(r.path)))
    return collection


def run_provisional(paths: Iterable[Path], bundle: OpenedBundle, signer: Card | None,
                    exclusions: Iterable[Exclusion] = (), options: Options | None = None,
                    progress: Progress | None = None) -> Consolidated:
    """`result.run` for a provisional result, over `collect_showing_equivocations`."""
    options = options or Options(provisional=True)
    if not options.provisional:
        raise ConsolidationError("an equivocation is only ever shown in a provisional result")
    ctx = SheetContext.of(bundle)
    with cyclic_gc.paused():  # as result.run: the parsed sheets hold no cycles
        collection = collect_showing_equivocations(paths, bundle, exclusions, progress, ctx)
        result = consolidate(collection, bundle.manifest, ctx.rubrics, ctx.manifest_sha256,
                             options, signer_record(signer) if signer else None)
    return Consolidated(collection, result)
