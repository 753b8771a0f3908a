"""SHA256SUMS: the list of a consolidation's output files in `sha256sum -c` format, signed.

Beside result.json every consolidation writes `SHA256SUMS`, one line per other output file
(result.json, its signature, the tables, the reports) in GNU coreutils' format — the hex SHA-256,
two spaces, the file name; lines in byte order of the names — so `sha256sum -c SHA256SUMS` in
the folder checks them with no code of ours. A final result's signer signs it too:
`SHA256SUMS.minisig`, prehashed minisign like every signature of the app, trusted comment
`evaluation-desk-sums/1 <session> <created>` (the version of this file's meaning: which files
it lists and how it is signed). result.json's bytes do not change (docs/formats.md).
"""

import hashlib
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from evaluator_app.cards import Card
from evaluator_app.errors import ConsolidationError
from evaluator_app.safe_files import MAX_SIGNATURE_BYTES, read_regular, shown
from evaluator_app.signature_file import parse_signature

SUMS = "SHA256SUMS"
SUMS_SIGNATURE = "SHA256SUMS.minisig"
SUMS_FORMAT = "evaluation-desk-sums/1"
MAX_SUMS_BYTES = 64 * 1024


def trusted_comment(session_id: str, created: str) -> str:
    return f"{SUMS_FORMAT} {session_id} {created}"


def _escaped(name: str) -> tuple[str, str]:
    """GNU's escaping of a name holding a backslash, CR or LF: the line then starts with '\\'."""
    if not any(c in name for c in "\\\n\r"):
        return "", name
    return "\\", name.replace("\\", "\\\\").replace("\n", "\\n").replace("\r", "\\r")


def _unescaped(name: str) -> str:
    out, i = [], 0
    while i < len(name):
        if name[i] == "\\" and i + 1 < len(name):
            out.append({"\\": "\\", "n": "\n", "r": "\r"}.get(name[i + 1], name[i + 1]))
            i += 2
        else:
            out.append(name[i])
            i += 1
    return "".join(out)


def sha256_of(path: Path) -> str:
    h = hashlib.sha256()
    with path.open("rb") as fh:
        while block := fh.read(1 << 20):
            h.update(block)
    return h.hexdigest()


def sums_text(folder: Path, names: list[str]) -> bytes:
    """The SHA256SUMS of `names` in `folder`: '<hex>  <name>' lines in byte order of names."""
    lines = []
    for name in sorted(set(names), key=lambda n: n.encode("utf-8", "surrogateescape")):
        mark, shown_name = _escaped(name)
        lines.append(f"{mark}{sha256_of(folder / name)}  {shown_name}\n")
    return "".join(lines).encode("utf-8", "surrogateescape")


def parse_sums(data: bytes, where: str) -> dict[str, str]:
    """File name → hex SHA-256 of a SHA256SUMS (ConsolidationError names a bad line)."""
    out: dict[str, str] = {}
    for n, line in enumerate(data.decode("utf-8", "surrogateescape").splitlines(), 1):
        escaped = line.startswith("\\")
        body = line[1:] if escaped else line
        digest, sep, name = body[:64], body[64:66], body[66:]
        if (sep not in ("  ", " *") or not name or len(digest) != 64
                or any(c not in "0123456789abcdef" for c in digest)):
            raise ConsolidationError(f"{where}: line {n} is not '<sha256>  <file>'")
        out[_unescaped(name) if escaped else name] = digest
    return out


def write_sums(folder: Path, names: list[str], identity: Any | None,
               result: dict[str, Any]) -> list[str]:
    """Write SHA256SUMS over `names` (files already in `folder`) and, with an identity, its
    signature; returns the names written."""
    data = sums_text(folder, names)
    (folder / SUMS).write_bytes(data)
    if identity is None:
        return [SUMS]
    comment = trusted_comment(result["session"]["id"], result["created"])
    (folder / SUMS_SIGNATURE).write_bytes(identity.sign(data, comment))
    return [SUMS, SUMS_SIGNATURE]


@dataclass(frozen=True)
class SumsCheck:
    checked: list[str]  # files whose hash matched
    absent: list[str]  # listed but not in the folder (e.g. report.pdf kept private)


def check_sums(result_path: Path, result: dict[str, Any], signer: Card) -> SumsCheck | None:
    """Check the SHA256SUMS beside a final result: signed by the result's signer with the
    right trusted comment, listing result.json, and every listed file that is present matching.
    None when there is no SHA256SUMS (results written before it existed)."""
    folder = Path(result_path).parent
    sums_path, sig_path = folder / SUMS, folder / SUMS_SIGNATURE
    if not sums_path.exists():
        return None
    data = read_regular(sums_path, ConsolidationError, MAX_SUMS_BYTES, "a list of hashes")
    if not sig_path.exists():
        raise ConsolidationError(f"{shown(sig_path)} does not exist: {SUMS} is not signed")
    raw = read_regular(sig_path, ConsolidationError, MAX_SIGNATURE_BYTES, "a signature")
    sig, problem = parse_signature(raw, sig_path.name)
    if sig is None:  # empty or cut short: a copy to make again, not an alteration
        raise ConsolidationError(f"{shown(sums_path)}: {problem}")
    try:
        signer.public_key().verify(data, sig)
    except Exception:  # VerifyError: the list or its signature was altered
        raise ConsolidationError(f"{shown(sums_path)}: the signature does not verify with "
                                 f"{signer.name}'s key (the list was altered)") from None
    if sig.trusted_comment != trusted_comment(result["session"]["id"], result["created"]):
        raise ConsolidationError(f"{shown(sums_path)}: the signature's trusted comment does not "
                                 "name this result (a list from another consolidation)")
    listed = parse_sums(data, shown(sums_path))
    if Path(result_path).name not in listed:
        raise ConsolidationError(f"{shown(sums_path)} does not list {Path(result_path).name}")
    checked, absent = [], []
    for name, digest in listed.items():
        path = folder / name
        if Path(name).name != name or name in (SUMS, SUMS_SIGNATURE):
            raise ConsolidationError(f"{shown(sums_path)} lists {name!r}, which is not an "
                                     "output file of a consolidation")
        if not path.is_file():
            absent.append(name)
            continue
        if sha256_of(path) != digest:
            raise ConsolidationError(f"{shown(path)} does not match its hash in {SUMS} (the "
                                     "file was changed after the result was signed)")
        checked.append(name)
    return SumsCheck(checked, absent)
