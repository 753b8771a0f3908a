"""result.json: the committee's signed result, and its verification by anyone holding a key.

The result is RFC 8785 canonical JSON signed (prehashed minisign, like the sheets) by the chair
— or the secretariat's 간사 — named in the bundle; `minisign -V -H -m result.json -P KEY`
checks the signature with the public key alone. `verify_result` goes further: it recomputes
everything from the sheets with the options the result records and compares line by line.

A result names its bundle by `manifest_sha256` (format `/2`). One of the earlier format (`/1`)
named the bundle file's SHA-256 in `bundle_hash`; it is still verified, recomputed in its own
format against the file.
"""

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from evaluator_app import cyclic_gc
from evaluator_app.canonical import canonical_json, sha256_hex
from evaluator_app.consolidation.collect import Collection, Exclusion, Progress, collect
from evaluator_app.consolidation.compute import Options, consolidate
from evaluator_app.errors import ConsolidationError
from evaluator_app.result_file import (
    RESULT_FORMAT_1,
    check_signature,
    load_result,
    trusted_comment,
)
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Card, Identity
from evaluator_app.trust.sheet import SheetContext, write_atomic
from evaluator_app.trust.streams import sha256_file


def signers(bundle: OpenedBundle) -> dict[str, Card]:
    """Who may sign a result of this bundle: its chair and its secretariat."""
    chair = Card.from_dict(bundle.manifest["roster"]["chair"], f"{bundle.path} chair")
    return {chair.fingerprint: chair, bundle.secretariat.fingerprint: bundle.secretariat}


def signer_record(card: Card) -> dict[str, Any]:
    return {"fingerprint": card.fingerprint, "name": card.name, "role": card.role,
            "card": card.to_dict()}


@dataclass(frozen=True)
class Consolidated:
    collection: Collection
    result: dict[str, Any]


def run(paths: Iterable[Path], bundle: OpenedBundle, signer: Card | None,
        exclusions: Iterable[Exclusion] = (), options: Options | None = None,
        created: datetime | None = None, progress: Progress | None = None) -> Consolidated:
    """Verify every sheet and compute the result (nothing written, nothing signed)."""
    options = options or Options()
    allowed = signers(bundle)
    if signer is None:
        if not options.provisional:
            raise ConsolidationError("a final result is signed: the chair's identity is needed")
    elif not options.provisional and signer.fingerprint not in allowed:
        raise ConsolidationError(
            f"{signer.name} ({signer.fingerprint}) is neither the chair of {bundle.session_id} "
            "nor its secretariat; only they sign its result")
    ctx = SheetContext.of(bundle)
    with cyclic_gc.paused():  # the parsed sheets hold no cycles: no rescans of them
        # a provisional result shows an equivocation as two rejected files beside the
        # others (the chair asks which one was handed in); a final one is refused
        collection = collect(paths, bundle, exclusions, progress, ctx,
                             reject_equivocations=options.provisional)
        result = consolidate(collection, bundle.manifest, ctx.rubrics, ctx.manifest_sha256,
                             options, signer_record(signer) if signer else None, created)
    return Consolidated(collection, result)


@dataclass(frozen=True)
class ResultFiles:
    json: Path
    signature: Path | None
    sha256: str


def write_result(result: dict[str, Any], identity: Identity | None, out_dir: Path
                 ) -> ResultFiles:
    """Write result.json and, unless provisional, its signature (atomically, each)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    data = canonical_json(result)
    path = out_dir / "result.json"
    sig_path = None
    if not result["provisional"]:
        if identity is None:
            raise ConsolidationError("a final result must be signed: an identity is needed")
        sig_path = out_dir / "result.json.minisig"
        write_atomic(sig_path, identity.sign(
            data, trusted_comment(result["session"]["id"], result["created"])))
    write_atomic(path, data)
    return ResultFiles(path, sig_path, "sha256:" + sha256_hex(data))


@dataclass(frozen=True)
class Verification:
    signer: Card
    differences: list[str]  # empty when the recomputation matches line by line
    result: dict[str, Any] = field(default_factory=dict, compare=False, repr=False)  # as read


def verify_result(path: Path, bundle: OpenedBundle, sheets: Iterable[Path],
                  progress: Progress | None = None) -> Verification:
    """Check the signature, then recompute everything from the sheets and compare."""
    result, data = load_result(path)
    if result.get("provisional"):
        raise ConsolidationError(f"{path} is a provisional (잠정) result; only a final result is "
                                 "signed and verified")
    session = result.get("session")
    ours = session.get("id") if isinstance(session, dict) else None
    theirs = bundle.manifest["session"]["id"]
    if ours != theirs:  # said first: otherwise every sheet would be listed as a mismatch
        raise ConsolidationError(f"{path} is the result of session {ours}, but the bundle is "
                                 f"session {theirs}: give the bundle the result was made from")
    card = check_signature(path, result, data, signers(bundle))
    try:
        exclusions = [Exclusion(e["member"], e["reason"]) for e in result["exclusions"]]
        options = Options(result["rule"], bool(result["acknowledgements"]["small_panel"]),
                          agenda_seed=result["agenda"]["seed"])
        created = datetime.fromisoformat(result["created"])
    except (KeyError, TypeError, ValueError):
        raise ConsolidationError(f"{path}: the recorded options are malformed") from None
    try:
        again = run(sheets, bundle, card, exclusions, options, created, progress).result
    except ConsolidationError as e:
        if not e.problems:
            raise
        # consolidate's own advice (--exclude, hand in the missing sheets) is the chair's:
        # here the sheets given are simply not the ones the result was signed from
        raise ConsolidationError(
            f"{path}: the sheets given do not make the signed result again: "
            f"{len(e.problems)} problem(s), e.g. {e.problems[0]}; give exactly the sheets "
            "the chair signed it from (a file too many or too few in the folder recomputes "
            "another result)", e.problems) from None
    if result["format"] == RESULT_FORMAT_1:  # recomputed as the earlier format recorded it
        again = {**{k: v for k, v in again.items() if k != "manifest_sha256"},
                 "format": RESULT_FORMAT_1, "bundle_hash": "sha256:" + sha256_file(
                     str(bundle.path))}
    return Verification(card, differences(result, again), result)


def differences(recorded: Any, recomputed: Any, where: str = "") -> list[str]:
    """Every leaf that differs, as 'path: recorded → recomputed'."""
    if isinstance(recorded, dict) and isinstance(recomputed, dict):
        out = []
        for k in sorted(set(recorded) | set(recomputed)):
            out += differences(recorded.get(k, "(absent)"), recomputed.get(k, "(absent)"),
                               f"{where}.{k}" if where else str(k))
        return out
    if isinstance(recorded, list) and isinstance(recomputed, list):
        out = [f"{where}: {len(recorded)} entries recorded, {len(recomputed)} recomputed"
               ] if len(recorded) != len(recomputed) else []
        for i, (a, b) in enumerate(zip(recorded, recomputed, strict=False)):
            key = a.get("id") if isinstance(a, dict) and "id" in a else i
            out += differences(a, b, f"{where}[{key}]")
        return out
    return [] if recorded == recomputed else [f"{where}: {recorded!r} recorded, {recomputed!r} "
                                              "recomputed"]
