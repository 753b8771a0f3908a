"""Which identity a workspace uses: remembered once, so later commands only need a passphrase."""

import json
from collections.abc import Callable
from pathlib import Path

from evaluator_app.errors import IdentityError
from evaluator_app.trust.identity import (
    Card,
    Identity,
    load_from_keyring,
    load_identity_file,
    save_identity_file,
    store_in_keyring,
)
from evaluator_app.workspace import Workspace
from evaluator_app.workspace.ownership import CARD_KEY

PassphraseSource = Callable[[], str]
REF_KEY = "identity"


def remember(ws: Workspace, ref: str, card: Card) -> None:
    """Bind the workspace to an identity (one transaction; nested in the caller's if any)."""
    with ws._tx():
        ws.set_setting(REF_KEY, ref)
        ws.set_setting(CARD_KEY, json.dumps(card.to_dict(), ensure_ascii=False))


def adopt(ws: Workspace, identity_file: Path | None, card: Card) -> None:
    """After a command given --identity-file succeeded: remember that file for later commands.

    Never called before the command's checks passed, so a failed command leaves the workspace
    bound to the identity it had (a stranger's file that was refused is not remembered)."""
    if identity_file is None:
        return
    ref = _file_ref(identity_file)
    if ws.get_setting(REF_KEY) != ref or remembered_card(ws) != card:
        remember(ws, ref, card)


def create_identity(ws: Workspace, name: str, affiliation: str, role: str,
                    identity_file: Path | None, passphrase: PassphraseSource | None,
                    replace: bool = False) -> tuple[Identity, str]:
    """Generate an identity, store its secrets (keyring or file) and remember it."""
    current = ws.get_setting(REF_KEY)
    if current and not replace:
        card = remembered_card(ws)
        who = f"{card.name} {card.fingerprint}" if card else current
        raise IdentityError(f"this workspace already has an identity ({who}); use --replace to "
                            "switch to a new one")
    identity = Identity.generate(name, affiliation, role)
    if identity_file is not None:
        if passphrase is None:
            raise IdentityError("a passphrase is needed to protect the identity file")
        ref = save_identity_file(identity, identity_file, passphrase())
    else:
        ref = store_in_keyring(identity)
    remember(ws, ref, identity.card)
    return identity, ref


def replacement_refusal(ws: Workspace) -> str | None:
    """Why this workspace's identity may not be switched for a new one, or None when it may
    (after asking: `create_identity(replace=True)`, the app's equivalent of --replace).

    A workspace holds one identity. Sessions imported here were encrypted to it and their
    sheets are signed with it: switching would leave them unopenable in this workspace, so a
    workspace holding sessions keeps its identity (the new one goes into a workspace of its
    own). The old identity's secrets are never deleted (keyring entry or file stay)."""
    if ws.get_setting(REF_KEY) is None:
        return None
    sessions = ws.sessions()
    if sessions:
        card = remembered_card(ws)
        who = f"{card.name} {card.fingerprint}" if card else str(ws.get_setting(REF_KEY))
        return (f"this workspace holds {len(sessions)} session(s) opened with its identity "
                f"({who}); a workspace holds one identity, so it keeps that one")
    return None


def remembered_card(ws: Workspace) -> Card | None:
    text = ws.get_setting(CARD_KEY)
    return Card.from_dict(json.loads(text), "the workspace's card") if text else None


def _file_ref(path: Path) -> str:
    return f"file:{Path(path).resolve()}"


def resolve_card(ws: Workspace, identity_file: Path | None,
                 passphrase: PassphraseSource | None) -> Card:
    """The public card, without unlocking anything when the workspace already knows it."""
    ref = ws.get_setting(REF_KEY)
    if identity_file is None or (ref == _file_ref(identity_file)):
        card = remembered_card(ws)
        if card is not None:
            return card
    return resolve_identity(ws, identity_file, passphrase).card


def resolve_identity(ws: Workspace, identity_file: Path | None,
                     passphrase: PassphraseSource | None) -> Identity:
    """Unlock the identity given by --identity-file, else the one the workspace remembers.

    Writes nothing: a command that succeeds with --identity-file calls `adopt` afterwards."""
    if identity_file is not None:
        if passphrase is None:
            raise IdentityError("a passphrase is needed to open the identity file")
        return load_identity_file(identity_file, passphrase())
    ref = ws.get_setting(REF_KEY)
    if ref is None:
        raise IdentityError("this workspace has no identity yet: run `evaluator identity create "
                            "--name NAME` (or pass --identity-file FILE)")
    kind, _, value = ref.partition(":")
    if kind == "keyring":
        return load_from_keyring(value)
    if kind == "file":
        if passphrase is None:
            raise IdentityError("a passphrase is needed to open the identity file")
        return load_identity_file(Path(value), passphrase())
    raise IdentityError(f"the workspace's identity reference {ref!r} is not understood")


def backup_identity(ws: Workspace, identity_file: Path | None,
                    passphrase: PassphraseSource | None, out: Path, new_passphrase: str) -> Card:
    """Copy this workspace's identity into a new passphrase-protected identity file `out`,
    read back to be sure it opens: the backup of a keyring identity (a laptop that dies takes
    its keyring along, and with it the key every bundle of the member is addressed to), or the
    identity to carry to another laptop (`--identity-file`). The workspace goes on using what
    it used."""
    return write_identity_backup(resolve_identity(ws, identity_file, passphrase), out,
                                 new_passphrase)


def write_identity_backup(identity: Identity, out: Path, passphrase: str) -> Card:
    """`identity` into a new passphrase-protected identity file, read back before it is said
    to be written (the app's Back up my identity, off the GUI thread: two scrypt runs)."""
    out = Path(out)
    save_identity_file(identity, out, passphrase)
    try:
        copy = load_identity_file(out, passphrase)
    except IdentityError:
        out.unlink(missing_ok=True)  # a backup that does not open is no backup
        raise
    if copy.card.fingerprint != identity.card.fingerprint:
        out.unlink(missing_ok=True)
        raise IdentityError(f"{out} did not read back as {identity.card.fingerprint}")
    return identity.card


def signing_identity_file(ws: Workspace) -> Path | None:
    """The identity file a signature is confirmed with; None for a keyring identity, which the
    desktop login protects instead."""
    kind, _, value = (ws.get_setting(REF_KEY) or "").partition(":")
    return Path(value) if kind == "file" else None


def unlock_for_signing(identity_file: Path, current: Identity, passphrase: str) -> Identity:
    """Unlock the identity file again to sign: the member confirms the signature with the
    passphrase (the key unlocked at start-up may have sat in an unattended laptop's memory for
    hours), and the USB stick holding the file must still be there."""
    identity = load_identity_file(identity_file, passphrase)
    if identity.card.fingerprint != current.card.fingerprint:
        raise IdentityError(f"{identity_file} now holds the identity {identity.card.fingerprint}, "
                            f"not {current.card.fingerprint} that this session was opened with")
    return identity
