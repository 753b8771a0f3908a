"""A signed result.json as a file: reading it back and checking its signature.

Kept below the consolidation (it needs only the canonical form and the signer's card), so the
session spec can check an earlier stage's result without importing the consolidation.
"""

from pathlib import Path
from typing import Any

from evaluator_app.canonical import loads_canonical
from evaluator_app.cards import Card
from evaluator_app.errors import ConsolidationError
from evaluator_app.safe_files import MAX_RESULT_BYTES, MAX_SIGNATURE_BYTES, read_regular, shown
from evaluator_app.signature_file import other_key, parse_signature

RESULT_FORMAT = "evaluation-desk-result/2"  # names the bundle by its signed manifest
RESULT_FORMAT_1 = "evaluation-desk-result/1"  # named it by the file's SHA-256 (bundle_hash)


def trusted_comment(session_id: str, created: str) -> str:
    return f"result {session_id} {created}"


def load_result(path: Path) -> tuple[dict[str, Any], bytes]:
    path = Path(path)
    data = read_regular(path, ConsolidationError, MAX_RESULT_BYTES, "a result")
    try:
        result, canonical = loads_canonical(data)  # nesting measured: no RecursionError
        ok = isinstance(result, dict) and result.get("format") in (RESULT_FORMAT,
                                                                   RESULT_FORMAT_1)
    except ValueError:  # also ValueRangeError: a number no canonical JSON holds
        ok = canonical = False
    if not ok:
        raise ConsolidationError(f"{shown(path)} is not an Evaluation Desk result "
                                 f"({RESULT_FORMAT})")
    if not canonical:
        raise ConsolidationError(f"{shown(path)} is not in canonical form (damaged or altered)")
    return result, data


def check_signature(path: Path, result: dict[str, Any], data: bytes,
                    allowed: dict[str, Card]) -> Card:
    """The signer's card when the signature verifies with a key allowed to sign."""
    fp = str((result.get("signer") or {}).get("fingerprint", ""))
    card = allowed.get(fp)
    if card is None:
        raise ConsolidationError(f"{path} names {fp or 'nobody'} as its signer, who is neither "
                                 "the chair nor the secretariat of the bundle")
    sig_path = Path(str(path) + ".minisig")
    if not sig_path.exists() and not sig_path.is_symlink():
        raise ConsolidationError(f"{shown(path)}.minisig does not exist: the result is not "
                                 "signed")
    raw = read_regular(sig_path, ConsolidationError, MAX_SIGNATURE_BYTES, "a signature")
    sig, problem = parse_signature(raw, sig_path.name)
    if sig is None:  # empty or cut short: a copy to make again, not an alteration
        raise ConsolidationError(f"{shown(path)}: {problem}")
    try:
        card.public_key().verify(data, sig)
    except Exception:  # VerifyError: altered result, or the signature of another file
        if other_key(raw, card.minisign_public_key):
            raise ConsolidationError(f"{shown(path)}: the signature file {sig_path.name} was "
                                     f"made with another key than {card.name}'s; put the "
                                     "result's own signature beside it") from None
        raise ConsolidationError(f"{path}: the signature does not verify with {card.name}'s "
                                 "key (the result was altered)") from None
    expected = trusted_comment(result["session"]["id"], result["created"])
    if sig.trusted_comment != expected:
        raise ConsolidationError(f"{path}: the signature's trusted comment does not match")
    return card
