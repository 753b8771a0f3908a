"""Identities: an age X25519 key (to receive bundles) and a minisign key (to sign sheets).

Secrets live in the OS keyring (one service for the app) or in a passphrase-protected identity
file — an ordinary age file (scrypt recipient), so `age -d` opens it too. The public half is a
card: what the secretariat collects to build a roster.
"""

import base64
import json
from dataclasses import dataclass, replace
from datetime import datetime
from pathlib import Path
from typing import Any

import minisign
import pyrage

from evaluator_app.canonical import sha256_hex
from evaluator_app.cards import CARD_FORMAT, ROLES, Card, fingerprint  # noqa: F401 (public)
from evaluator_app.errors import IdentityError, KeyringUnavailableError
from evaluator_app.one_line import breaks_line
from evaluator_app.replacing import written_in_place
from evaluator_app.trust.unlock import AGE_MAGIC, decrypt_with_passphrase

KEYRING_SERVICE = "evaluation-desk"
SECRET_FORMAT = "evaluation-desk-identity/1"
NO_KEYRING_HINT = ("keep your keys in a passphrase-protected file instead: add "
                   "--identity-file FILE (for example on a USB stick)")


MAX_NAME, MAX_AFFILIATION = 80, 120  # characters; a card's name heads every sheet it signs


@dataclass(frozen=True)
class Identity:
    """A member's secret keys and card."""

    card: Card
    age_identity: pyrage.x25519.Identity
    signing_key: minisign.SecretKey
    created: str

    @classmethod
    def generate(cls, name: str, affiliation: str = "", role: str = "member") -> "Identity":
        if not name.strip():
            raise IdentityError("a name is required to create an identity")
        for label, text, limit in (("name", name, MAX_NAME), ("affiliation", affiliation,
                                                             MAX_AFFILIATION)):
            if breaks_line(text) or len(text.strip()) > limit:
                raise IdentityError(f"the {label} must be one line of at most {limit} "
                                    f"characters (it is printed on every sheet and report)")
        if role not in ROLES:
            raise IdentityError(f"role {role!r} must be one of {', '.join(ROLES)}")
        age_identity = pyrage.x25519.Identity.generate()
        keys = minisign.KeyPair.generate()
        card = Card(name=name.strip(), affiliation=affiliation.strip(), role=role,
                    age_recipient=str(age_identity.to_public()),
                    minisign_public_key=keys.public_key.to_base64().decode("ascii"))
        signature = keys.secret_key.sign(card.signed_bytes(), prehash=True,
                                         trusted_comment=f"card {card.fingerprint}")
        card = replace(card, signature=bytes(signature).decode("ascii"))
        created = datetime.now().astimezone().isoformat(timespec="seconds")
        return cls(card, age_identity, keys.secret_key, created)

    def secret_dict(self) -> dict[str, Any]:
        return {"format": SECRET_FORMAT, "created": self.created, "card": self.card.to_dict(),
                "age_identity": str(self.age_identity),
                "minisign_secret_key": base64.b64encode(bytes(self.signing_key)).decode("ascii")}

    @classmethod
    def from_secret_dict(cls, d: Any, where: str) -> "Identity":
        if not isinstance(d, dict) or d.get("format") != SECRET_FORMAT:
            raise IdentityError(f"{where} does not hold an Evaluation Desk identity")
        try:
            card = Card.from_dict(d["card"], where)
            age_identity = pyrage.x25519.Identity.from_str(d["age_identity"])
            signing_key = minisign.SecretKey.from_bytes(base64.b64decode(d["minisign_secret_key"]))
        except IdentityError:
            raise
        except Exception:
            raise IdentityError(f"{where}: the stored identity is damaged") from None
        if str(age_identity.to_public()) != card.age_recipient:
            raise IdentityError(f"{where}: the stored keys do not match the card")
        return cls(card, age_identity, signing_key, str(d.get("created", "")))

    def sign(self, data: bytes, trusted_comment: str) -> bytes:
        """A minisign signature (prehashed, as `minisign -V -H` demands) of `data`."""
        return bytes(self.signing_key.sign(data, prehash=True, trusted_comment=trusted_comment))


# ---- storage: OS keyring ------------------------------------------------------------------

def _keyring_call(action: str, name: str, *args: Any) -> Any:
    import keyring  # its backends load in ~50 ms: only when a keyring identity is used
    import keyring.errors

    try:
        return getattr(keyring, name)(*args)
    except keyring.errors.NoKeyringError:
        raise KeyringUnavailableError(
            f"cannot {action}: this machine has no OS keyring service; {NO_KEYRING_HINT}"
        ) from None
    except keyring.errors.KeyringLocked:
        raise KeyringUnavailableError(
            f"cannot {action}: the OS keyring is locked (unlock it, or {NO_KEYRING_HINT})"
        ) from None
    except keyring.errors.KeyringError as e:
        raise KeyringUnavailableError(f"cannot {action}: the OS keyring failed ({e}); "
                                      f"{NO_KEYRING_HINT}") from None


def keyring_available() -> bool:
    """Whether this machine has an OS keyring service to keep secrets in (a fresh Linux often
    has none: keyring then falls back to its "fail" backend, which refuses every call)."""
    import keyring
    import keyring.backends.fail

    backend = keyring.get_keyring()
    if isinstance(backend, keyring.backends.fail.Keyring):
        return False
    return bool(getattr(backend, "backends", True))  # a chain of no backend has none either


def keyring_user(fp: str) -> str:
    return f"identity:{fp}"


def store_in_keyring(identity: Identity) -> str:
    """Put the secrets in the OS keyring; returns the reference a workspace remembers."""
    payload = json.dumps(identity.secret_dict())
    _keyring_call("store the identity", "set_password", KEYRING_SERVICE,
                  keyring_user(identity.card.fingerprint), payload)
    return f"keyring:{identity.card.fingerprint}"


def load_from_keyring(fp: str) -> Identity:
    payload = _keyring_call("read the identity", "get_password", KEYRING_SERVICE,
                            keyring_user(fp))
    if payload is None:
        raise IdentityError(f"the OS keyring holds no identity {fp}")
    try:
        data = json.loads(payload)
    except ValueError:
        raise IdentityError(f"the keyring entry of identity {fp} is damaged") from None
    return Identity.from_secret_dict(data, f"keyring identity {fp}")


# ---- storage: passphrase-protected identity file (age scrypt) -----------------------------

PASSPHRASE_MIN = 8  # characters of an identity file's passphrase (the app shows it first)


def save_identity_file(identity: Identity, path: Path, passphrase: str) -> str:
    if len(passphrase) < PASSPHRASE_MIN:
        raise IdentityError(f"the passphrase must have at least {PASSPHRASE_MIN} characters")
    path = Path(path)
    if path.exists():
        raise IdentityError(f"{path} already exists; choose another file name")
    data = json.dumps(identity.secret_dict(), ensure_ascii=False).encode("utf-8")
    encrypted = pyrage.passphrase.encrypt(data, passphrase)
    path.parent.mkdir(parents=True, exist_ok=True)
    with written_in_place(path) as tmp:
        tmp.write_bytes(encrypted)
        # POSIX: the owner's alone. Windows' chmod only sets the read-only flag (0o600 leaves
        # it writable, which replacing it later needs); the folder's ACL decides who reads it
        tmp.chmod(0o600)
    return f"file:{path.resolve()}"


def load_identity_file(path: Path, passphrase: str) -> Identity:
    path = Path(path)
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise IdentityError(f"{path}: the identity file does not exist") from None
    except OSError as e:
        raise IdentityError(f"{path}: cannot read the identity file ({e.strerror})") from None
    if not data.startswith(AGE_MAGIC):
        raise IdentityError(f"{path} is not an identity file")
    # The scrypt unlock (~1 s and hundreds of MiB, deliberately) is paid once per process for
    # the same file bytes and passphrase: a chair verifying thirty sheets, or a script running
    # several commands in one process, unlocks once. The file is still read every time (the USB
    # stick must be there) and a different passphrase is checked in full.
    key = sha256_hex(data) + sha256_hex(passphrase.encode("utf-8"))
    if key in _UNLOCKED:
        return _UNLOCKED[key]
    plain = decrypt_with_passphrase(data, passphrase, str(path))
    try:
        secret = json.loads(plain)
    except (ValueError, RecursionError):
        raise IdentityError(f"{path} does not hold an Evaluation Desk identity") from None
    identity = Identity.from_secret_dict(secret, str(path))
    _UNLOCKED[key] = identity
    return identity


_UNLOCKED: dict[str, "Identity"] = {}
