"""Reading a minisign signature file (`.minisig`) beside a signed file, telling apart what a
person can do something about: a signature file that is empty or cut short (a copy that did
not finish), one made with another key (the `.minisig` of another file, swapped or renamed),
and one that is whole and by the right key but does not match (the signed file was altered).

Only the last is an alteration. Before, every case said "the sheet was altered", an alarm
about tampering for a member whose USB copy stopped half-way. The key id is read from the
signature's second line as the minisign format defines it (base64 of a two-byte algorithm,
the eight-byte key id, the signature), so no private attribute of the library is used.
"""

import base64
import binascii

import minisign

KEY_ID = slice(2, 10)  # bytes of the key id after the algorithm, in a key and a signature


def parse_signature(raw: bytes, name: str) -> tuple[minisign.Signature | None, str]:
    """The signature in `raw` (the bytes of the file called `name`), or None and the sentence
    saying what is wrong with the file itself."""
    if not raw.strip():
        return None, (f"the signature file {name} is empty (a copy that did not finish); "
                      "copy it again")
    try:
        return minisign.Signature.from_bytes(raw), ""
    except (minisign.Error, ValueError, UnicodeDecodeError):
        return None, (f"the signature file {name} is damaged or cut short (not a whole minisign "
                      "signature); copy it again")


def other_key(raw: bytes, public_key_base64: str) -> bool:
    """True when the signature in `raw` names another key than `public_key_base64` (a card's
    minisign key, as `minisign -P` takes it). Only asked once verification failed."""
    try:
        signed_with = base64.b64decode(raw.splitlines()[1], validate=True)[KEY_ID]
        ours = base64.b64decode(public_key_base64, validate=True)[KEY_ID]
    except (IndexError, ValueError, binascii.Error):
        return False
    return signed_with != ours
