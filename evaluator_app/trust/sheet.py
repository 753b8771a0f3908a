"""Signed score sheets (평가표): member → chair.

A sheet is RFC 8785 canonical JSON signed with the member's minisign key (prehashed; the
trusted comment names session, member and revision), so `minisign -V -H` checks it with the
member's public key alone. Verification here also checks the signer against the bundle's
roster, the session, bundle and rubric hashes, the pledge and the audit head, and every score
against the frozen rubric.

A sheet names its bundle by `manifest_sha256`, the SHA-256 of the signed manifest (format
`evaluation-desk-sheet/2`), so checking it reads the manifest only. A sheet of the earlier
format (`/1`) names the bundle file's SHA-256 in `bundle_hash`; it is still verified, by hashing
the bundle file once when the first such sheet is met.
"""

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from evaluator_app.canonical import canonical_json, loads_canonical, sha256_hex
from evaluator_app.errors import SheetError
from evaluator_app.replacing import written_in_place
from evaluator_app.rubric.model import Rubric
from evaluator_app.safe_files import MAX_SIGNATURE_BYTES, is_regular, read_regular, shown
from evaluator_app.scoring import (
    ApplicationEntries,
    Entry,
    evaluate,
    format_decimal,
    item_points,
)
from evaluator_app.signature_file import other_key, parse_signature
from evaluator_app.staged_output import remove_dirs, staged
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Card, Identity
from evaluator_app.trust.sheet_checks import (
    RubricCheck,
    ScoredPoints,
    _fail,
    check_applications,
)
from evaluator_app.trust.streams import sha256_file
from evaluator_app.workspace import Workspace, backup
from evaluator_app.workspace.audit import GENESIS

SHEET_FORMAT = "evaluation-desk-sheet/2"
SHEET_FORMAT_1 = "evaluation-desk-sheet/1"  # bound to the bundle file's bytes (bundle_hash)
AUDIT_HEAD = re.compile(r"[0-9a-f]{64}")


@dataclass(frozen=True)
class SheetFiles:
    json: Path
    signature: Path
    pdf: Path
    sha256: str
    created: tuple[Path, ...] = field(default=(), compare=False)  # folders the export made


def trusted_comment(session_id: str, fingerprint: str, revision: int,
                    partial: int | None = None) -> str:
    tail = f" p{partial}" if partial else ""
    return f"sheet {session_id} {fingerprint} r{revision}{tail}"


def sheet_stem(session_id: str, fingerprint: str, revision: int,
               partial: int | None = None) -> str:
    tail = f"-p{partial}" if partial else ""
    return f"{session_id}-{fingerprint}-r{revision}{tail}"


def application_record(app_id: str, applicant: str, title: str, rubric: Rubric,
                       entries: ApplicationEntries) -> tuple[dict[str, Any], list[str]]:
    """One application's part of a sheet, and what is still missing for it."""
    ev = evaluate(rubric, entries)
    base = {"id": app_id, "applicant": applicant, "title": title, "rubric_id": rubric.id,
            "rubric_hash": rubric.content_hash}
    if entries.conflict is not None:
        return {**base, "conflict": entries.conflict}, []
    missing = [f"{app_id} {m.entry_id}: {m.problem}" for m in ev.missing]
    items = []
    for group in rubric.groups:
        for item in group.items:
            e = entries.scores.get(item.id, Entry())
            items.append({"item": item.id, "value": e.value,
                          "points": format_decimal(item_points(item, e.value))
                          if e.value else None, "rationale": e.rationale})
    return {**base, "conflict": None,
            "gates": [{"gate": g.id, "decision": entries.gates.get(g.id, Entry()).value,
                       "rationale": entries.gates.get(g.id, Entry()).rationale}
                      for g in rubric.gates],
            "items": items,
            "adjustments": [{"id": a.id, "kind": a.kind, "points": e.value,
                             "rationale": e.rationale}
                            for a in rubric.adjustments
                            if (e := entries.adjustments.get(a.id)) and e.value is not None],
            "opinion": entries.opinion,
            "gate_failed": ev.gate_failed,
            "subtotal": format_decimal(ev.subtotal), "bonus": format_decimal(ev.bonus),
            "penalty": format_decimal(ev.penalty), "total": format_decimal(ev.total)}, missing


def build_sheet(ws: Workspace, session_id: str, identity: Identity,
                created: datetime | None = None, partial: int | None = None) -> dict[str, Any]:
    """The sheet's content; SheetError lists what is still incomplete.

    A partial sheet (the k-th of this revision: a 발표 day's hand-in) carries only the
    applications already complete or recused, and `"partial": k`; a full sheet has no such key.
    """
    info = ws.session(session_id)
    manifest = ws.manifest(session_id)
    if manifest is None or not info.manifest_sha256:
        raise SheetError(f"session {session_id} was imported from a plaintext spec; score "
                         "sheets are exported for sessions opened from a bundle")
    me = identity.card.fingerprint
    roster = [manifest["roster"]["chair"], *manifest["roster"]["members"]]
    if me not in {c["fingerprint"] for c in roster}:
        raise SheetError(f"you ({me}) are not on the roster of session {session_id}")
    if info.state == "locked":
        raise SheetError(f"revision {info.revision} of {session_id} was already exported; "
                         "revise the session to export a new revision")
    pledge = ws.pledge(session_id)
    if manifest.get("pledge") and pledge is None:
        raise SheetError(f"the pledge (서약서) of session {session_id} was not accepted")
    apps, missing = [], []
    for app in ws.applications(session_id):
        rubric = ws.rubric(app.rubric_hash)
        entry, gaps = application_record(app.id, app.applicant, app.title, rubric,
                                         ws.entries(session_id, app.id))
        if partial and gaps:
            continue  # not finished yet: a later hand-in carries it
        apps.append(entry)
        missing += gaps
    if partial and not apps:
        raise SheetError(f"no application of {session_id} is complete yet: a partial sheet "
                         "carries the applications scored so far")
    if missing:
        raise SheetError(f"{len(missing)} thing(s) are incomplete, e.g. {missing[0]}", missing)
    rubrics = {r.content_hash: r for r in ws.session_rubrics(session_id)}
    sheet = {
        "format": SHEET_FORMAT,
        "session": {k: manifest["session"][k] for k in ("id", "title", "program", "stage")},
        "manifest_sha256": info.manifest_sha256,
        "rubrics": [{"id": r.id, "hash": h, "status": r.status} for h, r in rubrics.items()],
        "member": {"card": identity.card.to_dict(), "fingerprint": me},
        "revision": info.revision,
        "revisions": ws.revisions(session_id),
        "created": (created or datetime.now().astimezone()).isoformat(timespec="seconds"),
        "pledge": pledge,
        "applications": apps,
        "audit_head": ws.head_hash(),
    }
    return {**sheet, "partial": partial} if partial else sheet


def write_atomic(path: Path, data: bytes) -> None:
    """Write via `path.part` and rename: a crash leaves the old file or none, never half."""
    with written_in_place(path) as tmp:
        tmp.write_bytes(data)


@dataclass(frozen=True)
class PreparedSheet:
    """A sheet's content read from the workspace, ready to be signed and written."""

    sheet: dict[str, Any]
    rubrics: dict[str, Rubric]


def prepare_sheet(ws: Workspace, session_id: str, identity: Identity,
                  created: datetime | None = None, partial: bool = False) -> PreparedSheet:
    k = ws.partials(session_id) + 1 if partial else None
    sheet = build_sheet(ws, session_id, identity, created, k)
    return PreparedSheet(sheet, {r.content_hash: r for r in ws.session_rubrics(session_id)})


def write_sheet_files(prepared: PreparedSheet, identity: Identity, out_dir: Path) -> SheetFiles:
    """Sign and write SHEET.json, .minisig and the PDF (no workspace access: safe off-thread).

    `out_dir` is a folder many members' sheets share: the three files are written in a stage
    beside it and move in together (staged_output.py) — the PDF, the signature, the .json last,
    since a .json beside its .minisig is what the chair collects. On a failure nothing is left,
    not even a new empty `out_dir`."""
    from evaluator_app.reports.sheet_pdf import write_sheet_pdf  # reportlab only when needed

    sheet = prepared.sheet
    data = canonical_json(sheet)
    session_id, me, revision = sheet["session"]["id"], identity.card.fingerprint, sheet[
        "revision"]
    out_dir = Path(out_dir)
    k = sheet.get("partial")
    stem = sheet_stem(session_id, me, revision, k)
    names = (f"{stem}.pdf", f"{stem}.json.minisig", f"{stem}.json")
    with staged(out_dir, names, error=SheetError) as stage:
        write_sheet_pdf(sheet, prepared.rubrics, stage.path(names[0]))
        write_atomic(stage.path(names[1]), identity.sign(data, trusted_comment(
            session_id, me, revision, k)))
        write_atomic(stage.path(names[2]), data)
    return SheetFiles(out_dir / names[2], out_dir / names[1], out_dir / names[0],
                      "sha256:" + sha256_hex(data), tuple(stage.created))


def remove_sheet_files(files: SheetFiles) -> None:
    """The .json first: without it the other two are no sheet; then any folder the export
    made, so a refused export leaves no trace."""
    for path in (files.json, files.signature, files.pdf):
        path.unlink(missing_ok=True)
    remove_dirs(list(files.created))


def export_sheet(ws: Workspace, session_id: str, identity: Identity, out_dir: Path,
                 created: datetime | None = None, partial: bool = False) -> SheetFiles:
    """Write SHEET.json, SHEET.json.minisig and SHEET.pdf, then lock the session — or, for a
    partial sheet, record the hand-in and leave the session open."""
    prepared = prepare_sheet(ws, session_id, identity, created, partial)
    files = write_sheet_files(prepared, identity, out_dir)
    try:
        if partial:
            ws.record_partial(session_id, prepared.sheet["partial"], files.sha256,
                              [a["id"] for a in prepared.sheet["applications"]])
        else:
            ws.lock(session_id, files.sha256)
    except BaseException:
        remove_sheet_files(files)  # not recorded as exported: it did not leave the laptop
        raise
    backup.after_signing(ws, files.json)  # the copy a damaged workspace file falls back on
    return files


@dataclass(frozen=True)
class VerifiedSheet:
    member: Card
    session_id: str
    revision: int
    totals: dict[str, str | None]  # application id → total (None when 회피)
    sheet: dict[str, Any] = field(default_factory=dict, compare=False)  # the verified content
    sha256: str = ""  # "sha256:…" of the sheet's bytes
    partial: int | None = None  # the k-th partial hand-in of its revision; None: a full sheet
    # application id → its points, for each scored (not conflicted) application
    points: dict[str, ScoredPoints] = field(default_factory=dict, compare=False, repr=False)


@dataclass(frozen=True)
class SheetContext:
    """What every sheet of one bundle is checked against, worked out once for many sheets."""

    bundle: OpenedBundle
    manifest_sha256: str  # the bundle's identity, which sheets name
    rubrics: dict[str, Rubric]
    roster: dict[str, Card]
    # application id → its rubric's hash, in bundle order
    expected: dict[str, str] = field(default_factory=dict)
    # member → the applications the secretariat declared them conflicted with
    conflicts: dict[str, set[str]] = field(default_factory=dict)
    # rubric hash → what checking scores against that rubric needs
    checks: dict[str, RubricCheck] = field(default_factory=dict)
    # the sha256 of the bundle's pledge text (as `accept_pledge` records it); "": no pledge
    pledge_sha256: str = ""
    # the bundle file's SHA-256, worked out only for a sheet of the earlier format
    file_hash: dict[str, str] = field(default_factory=dict, compare=False, repr=False)

    def bundle_file_sha256(self) -> str:
        if "sha256" not in self.file_hash:
            self.file_hash["sha256"] = "sha256:" + sha256_file(str(self.bundle.path))
        return self.file_hash["sha256"]

    @classmethod
    def of(cls, bundle: OpenedBundle) -> "SheetContext":
        rubrics = {r.content_hash: r for r in bundle.rubrics()}
        conflicts: dict[str, set[str]] = {}
        for c in bundle.manifest.get("conflicts", []):
            conflicts.setdefault(c["member"], set()).add(c["application"])
        return cls(bundle, bundle.manifest_sha256, rubrics,
                   {c.fingerprint: c for c in bundle.roster()},
                   {a["id"]: a["rubric_hash"] for a in bundle.manifest["applications"]},
                   conflicts, {h: RubricCheck(r) for h, r in rubrics.items()},
                   pledge_hash(bundle.manifest))


def check_sheet_path(path: Path) -> None:
    """SheetError for a file that is not a signed sheet by its name or is not there, before
    any key is unlocked: the printable PDF and the signature lie beside the sheet and are the
    files a member most often hands over instead. Any case: a USB stick gives "X.PDF"."""
    path = Path(path)
    name = path.name.lower()
    if name.endswith(".pdf"):
        sheet = path.with_suffix(".json")
        where = "beside it" if is_regular(sheet) else "(not in that folder: ask for it)"
        raise SheetError(f"{shown(path)} is the printable copy (평가표 PDF), not the signed "
                         f"sheet: the signed sheet is {shown(sheet.name)} {where}, with its "
                         ".minisig", code="unreadable")
    if name.endswith(".minisig"):
        sheet = path.with_name(path.name[:-len(".minisig")])
        raise SheetError(f"{shown(path)} is the signature of the sheet {shown(sheet.name)}: "
                         "give the sheet itself (its signature is read from beside it)",
                         code="unreadable")
    if not os.path.lexists(path):
        raise SheetError(f"{shown(path)} does not exist", code="unreadable")


def verify_sheet(path: Path, bundle: OpenedBundle | SheetContext) -> VerifiedSheet:
    """Check signature, signer, session, bundle, rubrics and every score of a sheet."""
    ctx = bundle if isinstance(bundle, SheetContext) else SheetContext.of(bundle)
    bundle = ctx.bundle
    path = Path(path)
    check_sheet_path(path)
    try:  # regular files only, size-capped before reading (safe_files.py)
        data = read_regular(path, SheetError)
    except SheetError as e:  # the message names the file already: not "X: X does not exist"
        raise SheetError(e.message, code="unreadable") from None
    sig_path = Path(f"{path}.minisig")
    try:
        sig_bytes = read_regular(sig_path, SheetError, MAX_SIGNATURE_BYTES, "a signature")
    except SheetError as e:
        what = e.message.replace(shown(sig_path), f"the signature file {shown(sig_path.name)}", 1)
        if not os.path.lexists(sig_path):
            what += " beside it; hand it in with the sheet"
        raise _fail(path, what, "unreadable") from None
    try:
        sheet, canonical = loads_canonical(data)  # nesting measured before any walk
        fp = sheet["member"]["fingerprint"]
        revision = int(sheet["revision"])
        session_id = sheet["session"]["id"]
        partial = sheet.get("partial")
        if partial is not None and (isinstance(partial, bool) or not isinstance(partial, int)
                                    or partial < 1):
            raise ValueError(partial)
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _fail(path, "not a score sheet (unreadable or damaged)", "unreadable") from None
    if sheet.get("format") not in (SHEET_FORMAT, SHEET_FORMAT_1) or not canonical:
        raise _fail(path, "not a score sheet in canonical form (damaged or altered)",
                    "signature")
    card = ctx.roster.get(fp)
    if card is None and session_id != bundle.session_id:  # a stray sheet of another round
        raise _fail(path, f"the sheet is for session {session_id}, not {bundle.session_id} "
                          f"(signed by {fp}, who is not on its roster)", "other-bundle")
    if card is None:
        raise _fail(path, f"signed by {fp}, who is not on the roster of {bundle.session_id}",
                    "signer")
    signature, problem = parse_signature(sig_bytes, f"{path.name}.minisig")
    if signature is None:  # a copy cut short is no alteration: the member can send it again
        raise _fail(path, problem, "unreadable")
    try:
        card.public_key().verify(data, signature)  # the roster's key, not the sheet's
    except Exception:
        if other_key(sig_bytes, card.minisign_public_key):
            raise _fail(path, f"the signature file {path.name}.minisig was made with another "
                              f"key than {card.name}'s (the .minisig of another sheet?); put "
                              "the sheet's own signature beside it", "signature") from None
        raise _fail(path, f"the signature does not verify with {card.name}'s key from the "
                          "roster (the sheet was altered)", "signature") from None
    if signature.trusted_comment != trusted_comment(session_id, fp, revision, partial):
        raise _fail(path, "the signature's trusted comment does not match the sheet", "signature")
    if sheet["member"].get("card") != card.to_dict():
        raise _fail(path, "the member card inside the sheet differs from the roster's", "signer")
    if session_id != bundle.session_id:
        raise _fail(path, f"the sheet is for session {session_id}, not {bundle.session_id}",
                    "other-bundle")
    if sheet["format"] == SHEET_FORMAT_1:
        if sheet.get("bundle_hash") != ctx.bundle_file_sha256():
            raise _fail(path, "the sheet was scored on another bundle than this one (a sheet of "
                              "the earlier format names the bundle file's SHA-256: check it "
                              "with the very file the member opened)", "other-bundle")
    elif sheet.get("manifest_sha256") != ctx.manifest_sha256:
        raise _fail(path, "the sheet was scored on another bundle than this one", "other-bundle")
    missing = trail_problem(sheet, ctx)
    if missing:
        raise _fail(path, f"{card.name}'s sheet ({fp}) {missing}", "record")
    totals, points = check_applications(path, sheet, ctx)
    return VerifiedSheet(card, session_id, revision, totals, sheet, "sha256:" + sha256_hex(data),
                         partial, points)


def pledge_hash(manifest: dict[str, Any]) -> str:
    """The sha256 of a session's pledge text, as the member's workspace records it on acceptance
    (records.py `accept_pledge`); "" when the session has no pledge."""
    text = manifest.get("pledge") or ""
    return sha256_hex(text.encode("utf-8")) if isinstance(text, str) and text else ""


def trail_problem(sheet: dict[str, Any], ctx: SheetContext) -> str | None:
    """What a sheet lacks of the trail every real export leaves (None: nothing): the head of
    the member's audit log, and, where the session has a pledge, that pledge accepted by the
    signer. Without them a sheet is not a member's workspace export, whatever its signature."""
    head = sheet.get("audit_head")
    if not isinstance(head, str) or not AUDIT_HEAD.fullmatch(head) or head == GENESIS:
        return ("has no audit head (audit_head is empty or not the hash of an audit log): it "
                "was not exported from the member's workspace")
    if not ctx.pledge_sha256:
        return None
    pledge = sheet.get("pledge")
    digest = pledge.get("pledge_sha256") if isinstance(pledge, dict) else None
    if not digest:
        return ("has no pledge hash (pledge_sha256 is empty): the session's pledge (서약서) "
                "was not accepted before scoring")
    if digest != ctx.pledge_sha256:
        return "carries the hash of another pledge (서약서) than this bundle's"
    if pledge.get("fingerprint") != sheet["member"]["fingerprint"]:
        return "carries a pledge (서약서) accepted by someone else than its signer"
    return None


