"""A member opens a bundle: every check, then the session lands in the workspace.

The secretariat's key is pinned: the first bundle is trusted on first use (the member is told
to compare the fingerprint aloud) unless a secretariat card is given; afterwards a bundle signed
by any other key is refused until the member passes the new secretariat card explicitly.
"""

import json
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from evaluator_app.errors import (
    BundleError,
    NotAddressedError,
    TamperedError,
    UntrustedSignerError,
)
from evaluator_app.trust.bundle import OpenedBundle, check_window, load_bundle
from evaluator_app.trust.identity import Card, Identity
from evaluator_app.trust.streams import Progress, sha256_file
from evaluator_app.trust.workspace_identity import adopt
from evaluator_app.workspace import Change, Workspace, audit
from evaluator_app.workspace.clock import now_iso
from evaluator_app.workspace.store import SessionInfo

TRUSTED_KEY = "trusted_secretariats"
PREDECLARED = "사무국 사전 신고 (pre-declared by the secretariat)"


@dataclass(frozen=True)
class OpenResult:
    session: SessionInfo
    secretariat_fingerprint: str
    first_use: bool
    documents_checked: int
    already_open: bool = False


def trusted_secretariats(ws: Workspace) -> list[str]:
    return json.loads(ws.get_setting(TRUSTED_KEY) or "[]")


def _check_signer(bundle: OpenedBundle, trusted: list[str], card: Card | None) -> bool:
    """Raise unless the signer is trusted; returns True when this is the first use."""
    fp = bundle.secretariat.fingerprint
    if card is not None:
        if card.fingerprint != fp:
            raise UntrustedSignerError(f"{bundle.path} is signed by {fp}, not by the "
                                       f"secretariat card you gave ({card.fingerprint})")
        return fp not in trusted
    if trusted and fp not in trusted:
        raise UntrustedSignerError(
            f"{bundle.path} is signed by {fp}, which does not match the pinned secretariat key "
            f"({', '.join(trusted)}); if the secretariat really changed its key, confirm the new "
            "fingerprint with them and pass their card with --secretariat CARD")
    return fp not in trusted


@dataclass(frozen=True)
class CheckedBundle:
    """A bundle that passed every check. Its copy is staged beside the workspace (`staged`)
    and becomes the kept bundle (`kept`) only when the session is imported."""

    bundle: OpenedBundle
    kept: Path
    bundle_hash: str
    first_use: bool
    documents_checked: int
    staged: Path | None = None


def check_bundle(path: Path, identity: Identity, trusted: list[str], store: Path,
                 secretariat: Card | None = None, now: datetime | None = None,
                 progress: Progress | None = None) -> CheckedBundle:
    """Every check of `open`, without touching the workspace database (safe off-thread).

    The bundle is copied to a staging file only after every check passed; `import_checked`
    turns it into the kept bundle or removes it (`discard` does when the member declines)."""
    path = Path(path)
    bundle = load_bundle(path, identity)
    first_use = _check_signer(bundle, trusted, secretariat)
    me = identity.card.fingerprint
    if me not in {c.fingerprint for c in bundle.roster()}:
        raise NotAddressedError(f"you ({identity.card.name}, {me}) are not on the roster of "
                                f"session {bundle.session_id}")
    check_window(bundle, now)
    bundle.rubrics()  # frozen rubrics must match their hashes
    bundle_hash = "sha256:" + sha256_file(str(path))
    checked = bundle.verify_documents(progress)
    kept = store / f"{bundle_hash.split(':')[1][:32]}.evb"
    staged = None
    if not kept.exists():
        store.mkdir(parents=True, exist_ok=True)
        staged = kept.with_name(kept.name + ".part")
        try:
            shutil.copyfile(path, staged)  # still encrypted: the bundle is kept as it came
        except BaseException:
            staged.unlink(missing_ok=True)
            raise
    return CheckedBundle(bundle, kept, bundle_hash, first_use, checked, staged)


def discard(checked: CheckedBundle) -> None:
    """Remove the staged copy of a bundle that was not imported."""
    if checked.staged is not None:
        checked.staged.unlink(missing_ok=True)


def import_checked(ws: Workspace, checked: CheckedBundle,
                   identity_file: Path | None = None) -> OpenResult:
    """Bring a checked bundle's session into the workspace (the database part of `open`).

    One transaction: the session, the secretariat's pre-declared conflicts, the pinned key and
    (with `identity_file`) the identity the workspace remembers; the staged copy becomes the
    kept bundle just before it commits. On any refusal nothing is written and nothing is kept.
    """
    bundle, me = checked.bundle, checked.bundle.identity.card.fingerprint
    fp = bundle.secretariat.fingerprint
    created_kept = False
    try:
        existing = {s.id: s for s in ws.sessions()}.get(bundle.session_id)
        if existing is not None and existing.bundle_hash == checked.bundle_hash:
            with ws._tx():
                adopt(ws, identity_file, bundle.identity.card)
            return OpenResult(existing, fp, checked.first_use, checked.documents_checked, True)
        with ws._tx():
            session = ws.import_manifest(bundle.manifest, bundle.rubrics(), checked.kept,
                                         checked.bundle_hash, me)
            mine = [c["application"] for c in bundle.manifest.get("conflicts", [])
                    if c["member"] == me]
            if mine:
                ws.apply(session.id, [Change(a, "coi", value="other", rationale=PREDECLARED)
                                      for a in mine], require_pledge=False)
            trusted = trusted_secretariats(ws)
            if fp not in trusted:
                ws.set_setting(TRUSTED_KEY, json.dumps([*trusted, fp]))
                audit.append(ws.conn, now_iso(), session.id, "trust.pin", {"fingerprint": fp})
            adopt(ws, identity_file, bundle.identity.card)
            if checked.staged is not None:
                checked.staged.replace(checked.kept)
                created_kept = True
    except BaseException:
        if created_kept:
            checked.kept.unlink(missing_ok=True)
        raise
    finally:
        discard(checked)
    return OpenResult(session, fp, checked.first_use, checked.documents_checked)


def open_bundle(ws: Workspace, path: Path, identity: Identity, secretariat: Card | None = None,
                now: datetime | None = None, progress: Progress | None = None,
                identity_file: Path | None = None) -> OpenResult:
    """Check a bundle and import its session (the CLI's `open`, in one thread)."""
    checked = check_bundle(path, identity, trusted_secretariats(ws), ws.path.parent / "bundles",
                           secretariat, now, progress)
    return import_checked(ws, checked, identity_file)


def session_bundle(ws: Workspace, session_id: str, identity: Identity) -> OpenedBundle:
    """The verified bundle behind a workspace session (to read its documents on demand)."""
    info = ws.session(session_id)
    if not info.bundle_path:
        raise BundleError(f"session {session_id} was imported from a plaintext spec; it has no "
                          "bundle")
    bundle = load_bundle(Path(info.bundle_path), identity)
    if "sha256:" + sha256_file(info.bundle_path) != info.bundle_hash:
        raise TamperedError(f"the stored bundle of {session_id} changed since it was opened")
    return bundle
