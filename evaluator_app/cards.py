"""A member's public card: name, affiliation, role and the two public keys, self-signed.

The card is what the secretariat collects to build a roster; a round's data (session spec,
round drafts) refers to cards, so they sit below the trust layer (which holds the secrets and
the bundles). The crypto libraries load only when a card's keys or signature are checked.
"""

import json
from dataclasses import dataclass
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING, Any

from evaluator_app.canonical import canonical_json, sha256_hex
from evaluator_app.errors import IdentityError
from evaluator_app.nesting import loads_json
from evaluator_app.replacing import written_in_place

if TYPE_CHECKING:
    import minisign
    import pyrage

CARD_FORMAT = "evaluation-desk-card/1"
ROLES = ("member", "chair", "secretariat")


def fingerprint(age_recipient: str, minisign_public_key: str) -> str:
    """16 hex digits in four groups, short enough to compare aloud over the phone."""
    digest = sha256_hex(canonical_json({"age": age_recipient, "minisign": minisign_public_key}))
    return "-".join(digest[i:i + 4] for i in range(0, 16, 4)).upper()


@dataclass(frozen=True)
class Card:
    """The public half of an identity, self-signed so its name cannot be changed unnoticed."""

    name: str
    affiliation: str
    role: str
    age_recipient: str
    minisign_public_key: str  # base64, as `minisign -P` takes it
    signature: str = ""  # minisign signature of signed_bytes() by the card's own key

    def signed_bytes(self) -> bytes:
        return canonical_json({k: v for k, v in self.to_dict().items() if k != "signature"})

    @cached_property  # hashed once per card: verifying a round asks it thousands of times
    def fingerprint(self) -> str:
        return fingerprint(self.age_recipient, self.minisign_public_key)

    def to_dict(self) -> dict[str, Any]:
        return {"format": CARD_FORMAT, "name": self.name, "affiliation": self.affiliation,
                "role": self.role, "age_recipient": self.age_recipient,
                "minisign_public_key": self.minisign_public_key,
                "fingerprint": self.fingerprint, "signature": self.signature}

    def public_key(self) -> "minisign.PublicKey":
        import minisign  # the crypto loads when a card is first checked, not on import

        return minisign.PublicKey.from_base64(self.minisign_public_key.encode("ascii"))

    def recipient(self) -> "pyrage.x25519.Recipient":
        import pyrage

        return pyrage.x25519.Recipient.from_str(self.age_recipient)

    @classmethod
    def from_dict(cls, d: Any, where: str) -> "Card":
        if not isinstance(d, dict) or d.get("format") != CARD_FORMAT:
            raise IdentityError(f"{where} is not an Evaluation Desk card")
        fields = ("name", "affiliation", "role", "age_recipient", "minisign_public_key",
                  "signature")
        for f in fields:
            if not isinstance(d.get(f), str):
                raise IdentityError(f"{where}: the card's {f} is missing")
        card = cls(**{f: d[f] for f in fields})
        if card.role not in ROLES:
            raise IdentityError(f"{where}: role {card.role!r} must be one of {', '.join(ROLES)}")
        try:
            card.recipient()
            card.public_key()
        except Exception:  # the libraries raise assorted types for malformed keys
            raise IdentityError(f"{where}: the card's keys are malformed") from None
        if d.get("fingerprint") != card.fingerprint:
            raise IdentityError(f"{where}: the card's fingerprint does not match its keys "
                                "(the card was altered)")
        import minisign

        try:
            signature = minisign.Signature.from_bytes(str(d.get("signature", "")).encode())
            card.public_key().verify(card.signed_bytes(), signature)
        except Exception:  # ParseError, VerifyError, ValueError alike mean: not authentic
            raise IdentityError(f"{where}: the card's signature does not verify (the card was "
                                "altered after its owner made it)") from None
        return card

    @classmethod
    def load(cls, path: Path) -> "Card":
        try:
            data = loads_json(Path(path).read_text(encoding="utf-8"))
        except FileNotFoundError:
            raise IdentityError(f"{path}: the card file does not exist") from None
        except (ValueError, UnicodeDecodeError, RecursionError):
            raise IdentityError(f"{path} is not an Evaluation Desk card (not JSON)") from None
        return cls.from_dict(data, str(path))

    def save(self, path: Path) -> None:
        """Write the card. A file already there is replaced only when it is a card itself
        (sending one's card again): anything else is refused, as a card written over the
        identity file (`identity card --out identity.age`) destroyed its secret keys."""
        path = Path(path)
        if path.exists() or path.is_symlink():
            try:
                Card.load(path)
            except (IdentityError, OSError):
                raise IdentityError(f"{path} already exists and is not a card; choose another "
                                    "file name") from None
        path.parent.mkdir(parents=True, exist_ok=True)  # as every other output does
        with written_in_place(path) as tmp:
            tmp.write_text(json.dumps(self.to_dict(), ensure_ascii=False, indent=2) + "\n",
                           encoding="utf-8")
