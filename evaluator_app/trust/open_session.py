"""A member opens a bundle: every check, then the session lands in the workspace.

The secretariat's key is pinned: the first bundle is trusted on first use (the member is told
to compare the fingerprint aloud) unless a secretariat card is given; afterwards a bundle signed
by any other key is refused until the member passes the new secretariat card explicitly.
"""

import json
import secrets
import shutil
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any

from evaluator_app.coi import PREDECLARED
from evaluator_app.errors import (
    BundleError,
    NotAddressedError,
    ReplacementNeededError,
    TamperedError,
    UntrustedSignerError,
)
from evaluator_app.trust.bundle import OpenedBundle, check_window, load_bundle
from evaluator_app.trust.bundle_scan import copy_and_check
from evaluator_app.trust.identity import Card, Identity
from evaluator_app.trust.streams import Progress
from evaluator_app.trust.workspace_identity import adopt
from evaluator_app.workspace import Change, Workspace, audit
from evaluator_app.workspace.clock import now_iso
from evaluator_app.workspace.infos import SessionInfo

TRUSTED_KEY = "trusted_secretariats"


@dataclass(frozen=True)
class OpenResult:
    session: SessionInfo
    secretariat_fingerprint: str
    first_use: bool
    documents_checked: int
    already_open: bool = False
    replaced: list[str] | None = None  # what a corrected bundle changed


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
    manifest_sha256: str  # the bundle's identity: its signed manifest's SHA-256
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
    # The copy kept beside the workspace is made first (staged under a temporary name, in
    # the same read that checks it) and is what gets checked: what the member later reads is
    # exactly what was verified, even if the file on the USB stick changes meanwhile.
    created_store = not store.exists()
    store.mkdir(parents=True, exist_ok=True)
    staged: Path | None = store / f"incoming-{secrets.token_hex(8)}.evb.part"
    assert staged is not None
    try:
        scan = copy_and_check(bundle, staged, progress)
    except BaseException:
        staged.unlink(missing_ok=True)
        if created_store:
            shutil.rmtree(store, ignore_errors=True)
        raise
    kept = store / f"{bundle.manifest_sha256.split(':')[1][:32]}.evb"
    if kept.exists():  # this very bundle is kept already
        staged.unlink(missing_ok=True)
        staged = None
    return CheckedBundle(bundle, kept, bundle.manifest_sha256, first_use,
                         scan.documents_checked, staged)


@dataclass(frozen=True)
class Replacement:
    """What a corrected bundle changes in a session already open."""

    kept: list[str]  # applications whose scores stay (application and rubric unchanged)
    pledge_kept: bool
    changes: list[str]  # one line per difference, for the member to read before confirming


def _application_key(app: dict[str, Any], member: str, conflicts: list[dict]) -> Any:
    """What a score depends on: the application's data, its rubric, its documents' contents,
    and whether the secretariat declared this member conflicted on it."""
    docs = [(d["name"], d["sha256"]) for d in app["documents"]]
    data = {k: v for k, v in app.items() if k != "documents"}
    declared = any(c["member"] == member and c["application"] == app["id"] for c in conflicts)
    return data, docs, declared


def plan_replacement(ws: Workspace, checked: CheckedBundle) -> Replacement | None:
    """None when the bundle's session is not open yet (or is open from this very bundle);
    a Replacement when it is a corrected bundle of an open session; BundleError when the
    bundle may not replace it (another secretariat, an older or equal issue, a locked or
    plaintext session). Reads only."""
    bundle = checked.bundle
    sid = bundle.session_id
    existing = {s.id: s for s in ws.sessions()}.get(sid)
    if existing is None or existing.manifest_sha256 == checked.manifest_sha256:
        return None
    old = ws.manifest(sid)
    if old is None:
        raise BundleError(f"session {sid} was imported from a plaintext spec; a bundle cannot "
                          "replace it")
    new = bundle.manifest
    if old["secretariat"]["fingerprint"] != bundle.secretariat.fingerprint:
        raise UntrustedSignerError(
            f"{bundle.path} is signed by {bundle.secretariat.fingerprint}, not by the "
            f"secretariat that issued session {sid} ({old['secretariat']['fingerprint']}); "
            "only that secretariat can correct it")
    issued, before = (datetime.fromisoformat(new["created"]),
                      datetime.fromisoformat(old["created"]))
    if issued <= before:
        raise BundleError(f"{bundle.path} was issued {new['created']}, not after the bundle "
                          f"session {sid} is open from ({old['created']}); only a newer "
                          "bundle of the secretariat can replace it")
    if existing.state == "locked":
        raise BundleError(f"revision {existing.revision} of session {sid} is signed and locked; "
                          "revise it before opening a corrected bundle")
    me = bundle.identity.card.fingerprint
    old_apps = {a["id"]: a for a in old["applications"]}
    changes, kept = [], []
    for app in new["applications"]:
        before_app = old_apps.pop(app["id"], None)
        if before_app is None:
            changes.append(f"{app['id']}: new application")
        elif (_application_key(before_app, me, old.get("conflicts", []))
              != _application_key(app, me, new.get("conflicts", []))):
            changes.append(f"{app['id']}: changed (its scores start afresh)")
        else:
            kept.append(app["id"])
    changes += [f"{aid}: removed" for aid in old_apps]
    pledge_kept = old.get("pledge", "") == new.get("pledge", "")
    if not pledge_kept:
        changes.append("the pledge changed: accept it again")
    if old.get("window") != new.get("window"):
        changes.append("the evaluation window changed")
    if old["session"] != new["session"]:
        changes.append("the session's title or details changed")
    if not changes:
        changes.append("no change to applications, rubrics, documents or the pledge")
    return Replacement(kept, pledge_kept, changes)


def discard(checked: CheckedBundle) -> None:
    """Remove the staged copy of a bundle that was not imported."""
    if checked.staged is not None:
        checked.staged.unlink(missing_ok=True)


def import_checked(ws: Workspace, checked: CheckedBundle,
                   identity_file: Path | None = None, replace: bool = False) -> OpenResult:
    """Bring a checked bundle's session into the workspace (the database part of `open`).

    One transaction: the session, the secretariat's pre-declared conflicts, the pinned key and
    (with `identity_file`) the identity the workspace remembers; the staged copy becomes the
    kept bundle just before it commits. On any refusal nothing is written and nothing is kept.
    A corrected bundle of a session already open is applied only with `replace` (else
    ReplacementNeededError lists what it changes).
    """
    bundle, me = checked.bundle, checked.bundle.identity.card.fingerprint
    fp = bundle.secretariat.fingerprint
    created_kept = False
    try:
        existing = {s.id: s for s in ws.sessions()}.get(bundle.session_id)
        if existing is not None and existing.manifest_sha256 == checked.manifest_sha256:
            with ws._tx():
                adopt(ws, identity_file, bundle.identity.card)
            return OpenResult(existing, fp, checked.first_use, checked.documents_checked, True)
        with ws._tx():
            plan = plan_replacement(ws, checked)
            if plan is not None and not replace:
                raise ReplacementNeededError(
                    f"{bundle.path} is a corrected bundle of session {bundle.session_id} "
                    f"(issued {bundle.manifest['created']}): {'; '.join(plan.changes)}. Open "
                    "it with --replace to apply it (scores whose application and rubric are "
                    "unchanged are kept)", plan.changes)
            if plan is None:
                session = ws.import_manifest(bundle.manifest, bundle.rubrics(), checked.kept,
                                             checked.manifest_sha256, me)
            else:
                session = ws.replace_manifest(bundle.manifest, bundle.rubrics(), checked.kept,
                                              checked.manifest_sha256, me, plan.kept,
                                              plan.pledge_kept, plan.changes)
            mine = [c["application"] for c in bundle.manifest.get("conflicts", [])
                    if c["member"] == me and ws.coi_declaration(session.id, c["application"])
                    is None]
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
    return OpenResult(session, fp, checked.first_use, checked.documents_checked,
                      replaced=None if plan is None else plan.changes)


def open_bundle(ws: Workspace, path: Path, identity: Identity, secretariat: Card | None = None,
                now: datetime | None = None, progress: Progress | None = None,
                identity_file: Path | None = None, replace: bool = False) -> OpenResult:
    """Check a bundle and import its session (the CLI's `open`, in one thread)."""
    checked = check_bundle(path, identity, trusted_secretariats(ws), ws.path.parent / "bundles",
                           secretariat, now, progress)
    return import_checked(ws, checked, identity_file, replace)


def session_bundle(ws: Workspace, session_id: str, identity: Identity) -> OpenedBundle:
    """The verified bundle behind a workspace session (to read its documents on demand): the
    kept copy must still carry the signed manifest the session was opened from (each
    document is checked against it again as it is decrypted)."""
    info = ws.session(session_id)
    if not info.bundle_path:
        raise BundleError(f"session {session_id} was imported from a plaintext spec; it has no "
                          "bundle")
    bundle = load_bundle(Path(info.bundle_path), identity)
    if bundle.manifest_sha256 != info.manifest_sha256:
        raise TamperedError(f"the stored bundle of {session_id} changed since it was opened")
    return bundle
