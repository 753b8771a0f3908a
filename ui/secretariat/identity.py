"""The secretariat's identity as the desk uses it: the workspace's remembered card (no unlock
to show it), unlocked only to sign the bundle or open it for the collection board; a
passphrase-protected file asks for its passphrase once, a keyring identity for none."""

from pathlib import Path

from evaluator_app.errors import EvaluatorError, IdentityError
from evaluator_app.paths import workspace_path
from evaluator_app.trust.identity import Card, Identity, load_from_keyring, load_identity_file
from evaluator_app.trust.workspace_identity import REF_KEY, remembered_card
from evaluator_app.workspace import Workspace


class SecretariatKey:
    def __init__(self, ref: str | None, card: Card | None) -> None:
        self.ref = ref or ""
        self.card = card
        self.identity: Identity | None = None  # once unlocked (kept for the collect board)

    @classmethod
    def of_workspace(cls) -> "SecretariatKey":
        """The workspace's identity reference and card; none when it cannot be read."""
        try:
            with Workspace(workspace_path()) as ws:
                return cls(ws.get_setting(REF_KEY), remembered_card(ws))
        except EvaluatorError:
            return cls(None, None)

    @property
    def needs_passphrase(self) -> bool:
        return self.identity is None and self.ref.startswith("file:")

    @property
    def file_name(self) -> str:
        return Path(self.ref.partition(":")[2]).name

    def unlock(self, passphrase: str = "") -> Identity:
        """Slow for a file (its key derivation): call it in the worker."""
        if self.identity is not None:
            return self.identity
        kind, _, value = self.ref.partition(":")
        if kind == "keyring":
            identity = load_from_keyring(value)
        elif kind == "file":
            identity = load_identity_file(Path(value), passphrase)
        else:
            raise IdentityError("this workspace has no identity yet")
        if self.card is not None and identity.card.fingerprint != self.card.fingerprint:
            raise IdentityError(f"the identity {identity.card.fingerprint} is not the "
                                f"workspace's {self.card.fingerprint}")
        self.identity = identity
        return identity
