"""Signed score sheets (평가표): member → chair.

A sheet is RFC 8785 canonical JSON signed with the member's minisign key (prehashed; the
trusted comment names session, member and revision), so `minisign -V -H` checks it with the
member's public key alone. Verification here also checks the signer against the bundle's
roster, the session, bundle and rubric hashes, and every score against the frozen rubric.
"""

from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import minisign

from evaluator_app.canonical import canonical_json, sha256_hex
from evaluator_app.errors import EvaluatorError, SheetError
from evaluator_app.nesting import loads_json
from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import (
    ApplicationEntries,
    Entry,
    evaluate,
    format_decimal,
    item_points,
    normalize_adjustment,
    normalize_score,
)
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Card, Identity
from evaluator_app.trust.streams import sha256_file
from evaluator_app.workspace import Workspace

SHEET_FORMAT = "evaluation-desk-sheet/1"


@dataclass(frozen=True)
class SheetFiles:
    json: Path
    signature: Path
    pdf: Path
    sha256: str


def trusted_comment(session_id: str, fingerprint: str, revision: int) -> str:
    return f"sheet {session_id} {fingerprint} r{revision}"


def sheet_stem(session_id: str, fingerprint: str, revision: int) -> str:
    return f"{session_id}-{fingerprint}-r{revision}"


def _application(ws: Workspace, session_id: str, app_id: str, applicant: str, title: str,
                 rubric: Rubric) -> tuple[dict[str, Any], list[str]]:
    entries = ws.entries(session_id, app_id)
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
                created: datetime | None = None) -> dict[str, Any]:
    """The sheet's content; SheetError lists what is still incomplete."""
    info = ws.session(session_id)
    manifest = ws.manifest(session_id)
    if manifest is None or not info.bundle_hash:
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
        entry, gaps = _application(ws, session_id, app.id, app.applicant, app.title, rubric)
        apps.append(entry)
        missing += gaps
    if missing:
        raise SheetError(f"{len(missing)} thing(s) are incomplete, e.g. {missing[0]}", missing)
    rubrics = {r.content_hash: r for r in ws.session_rubrics(session_id)}
    return {
        "format": SHEET_FORMAT,
        "session": {k: manifest["session"][k] for k in ("id", "title", "program", "stage")},
        "bundle_hash": info.bundle_hash,
        "rubrics": [{"id": r.id, "hash": h, "status": r.status} for h, r in rubrics.items()],
        "member": {"card": identity.card.to_dict(), "fingerprint": me},
        "revision": info.revision,
        "revisions": ws.revisions(session_id),
        "created": (created or datetime.now().astimezone()).isoformat(timespec="seconds"),
        "pledge": pledge,
        "applications": apps,
        "audit_head": ws.head_hash(),
    }


def _write_atomic(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".part")
    try:
        tmp.write_bytes(data)
        tmp.replace(path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise


@dataclass(frozen=True)
class PreparedSheet:
    """A sheet's content read from the workspace, ready to be signed and written."""

    sheet: dict[str, Any]
    rubrics: dict[str, Rubric]


def prepare_sheet(ws: Workspace, session_id: str, identity: Identity,
                  created: datetime | None = None) -> PreparedSheet:
    sheet = build_sheet(ws, session_id, identity, created)
    return PreparedSheet(sheet, {r.content_hash: r for r in ws.session_rubrics(session_id)})


def write_sheet_files(prepared: PreparedSheet, identity: Identity, out_dir: Path) -> SheetFiles:
    """Sign and write SHEET.json, .minisig and the PDF (no workspace access: safe off-thread)."""
    from evaluator_app.reports.sheet_pdf import write_sheet_pdf  # reportlab only when needed

    sheet = prepared.sheet
    data = canonical_json(sheet)
    session_id, me, revision = sheet["session"]["id"], identity.card.fingerprint, sheet[
        "revision"]
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    stem = sheet_stem(session_id, me, revision)
    files = SheetFiles(out_dir / f"{stem}.json", out_dir / f"{stem}.json.minisig",
                       out_dir / f"{stem}.pdf", "sha256:" + sha256_hex(data))
    try:
        write_sheet_pdf(sheet, prepared.rubrics, files.pdf)
        _write_atomic(files.json, data)
        _write_atomic(files.signature, identity.sign(data, trusted_comment(session_id, me,
                                                                           revision)))
    except BaseException:
        remove_sheet_files(files)  # all three or none: a half export is no export
        raise
    return files


def remove_sheet_files(files: SheetFiles) -> None:
    for path in (files.json, files.signature, files.pdf):
        path.unlink(missing_ok=True)


def export_sheet(ws: Workspace, session_id: str, identity: Identity, out_dir: Path,
                 created: datetime | None = None) -> SheetFiles:
    """Write SHEET.json, SHEET.json.minisig and SHEET.pdf, then lock the session."""
    files = write_sheet_files(prepare_sheet(ws, session_id, identity, created), identity,
                              out_dir)
    try:
        ws.lock(session_id, files.sha256)
    except BaseException:
        remove_sheet_files(files)  # not recorded as exported: it did not leave the laptop
        raise
    return files


@dataclass(frozen=True)
class VerifiedSheet:
    member: Card
    session_id: str
    revision: int
    totals: dict[str, str | None]  # application id → total (None when 회피)


def _fail(path: Path, what: str) -> SheetError:
    return SheetError(f"{path}: {what}")


def verify_sheet(path: Path, bundle: OpenedBundle) -> VerifiedSheet:
    """Check signature, signer, session, bundle, rubrics and every score of a sheet."""
    path = Path(path)
    try:
        data = path.read_bytes()
        sig_bytes = Path(str(path) + ".minisig").read_bytes()
    except FileNotFoundError as e:
        raise _fail(path, f"{e.filename} does not exist") from None
    try:
        sheet = loads_json(data)
        fp = sheet["member"]["fingerprint"]
        revision = int(sheet["revision"])
        session_id = sheet["session"]["id"]
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _fail(path, "not a score sheet (unreadable or damaged)") from None
    try:
        canonical = canonical_json(sheet) == data
    except ValueError:  # e.g. a lone surrogate escape: not canonicalizable at all
        canonical = False
    if sheet.get("format") != SHEET_FORMAT or not canonical:
        raise _fail(path, "not a score sheet in canonical form (damaged or altered)")
    card = next((c for c in bundle.roster() if c.fingerprint == fp), None)
    if card is None:
        raise _fail(path, f"signed by {fp}, who is not on the roster of {bundle.session_id}")
    try:
        signature = minisign.Signature.from_bytes(sig_bytes)
        card.public_key().verify(data, signature)  # the roster's key, not the sheet's
    except Exception:
        raise _fail(path, f"the signature does not verify with {card.name}'s key from the "
                          "roster (the sheet was altered)") from None
    if signature.trusted_comment != trusted_comment(session_id, fp, revision):
        raise _fail(path, "the signature's trusted comment does not match the sheet")
    if sheet["member"].get("card") != card.to_dict():
        raise _fail(path, "the member card inside the sheet differs from the roster's")
    if session_id != bundle.session_id:
        raise _fail(path, f"the sheet is for session {session_id}, not {bundle.session_id}")
    if sheet.get("bundle_hash") != "sha256:" + sha256_file(str(bundle.path)):
        raise _fail(path, "the sheet was scored on another bundle than this one")
    rubrics = {r.content_hash: r for r in bundle.rubrics()}
    expected = {a["id"]: a["rubric_hash"] for a in bundle.manifest["applications"]}
    got = [a.get("id") for a in sheet.get("applications", [])]
    if sorted(got) != sorted(expected):
        raise _fail(path, "the sheet does not cover exactly the session's applications")
    predeclared = {c["application"] for c in bundle.manifest.get("conflicts", [])
                   if c["member"] == fp}
    totals = {}
    for app in sheet["applications"]:
        if app["id"] in predeclared and not app.get("conflict"):
            raise _fail(path, f"{app['id']} is scored although the secretariat declared "
                              f"{card.name}'s conflict of interest with it in the bundle")
        if app.get("rubric_hash") != expected[app["id"]]:
            raise _fail(path, f"{app['id']} was scored on another rubric than the bundle's")
        totals[app["id"]] = _check_application(path, app, rubrics[expected[app["id"]]])
    return VerifiedSheet(card, session_id, revision, totals)


def _check_application(path: Path, app: dict[str, Any], rubric: Rubric) -> str | None:
    aid = app["id"]
    if app.get("conflict"):
        if any(k in app for k in ("items", "total")):
            raise _fail(path, f"{aid} is declared conflicted (회피) but carries scores")
        return None
    try:
        entries = ApplicationEntries(opinion=app.get("opinion", ""))
        for g in app.get("gates", []):
            entries.gates[g["gate"]] = Entry(g["decision"], g.get("rationale", ""))
        for i in app.get("items", []):
            item = rubric.item(i["item"])
            if item is None:
                raise _fail(path, f"{aid}: the rubric has no item {i['item']!r}")
            if i["value"] is not None:
                if normalize_score(item, i["value"]) != i["value"]:
                    raise _fail(path, f"{aid} {item.id}: {i['value']!r} is not a stored score")
                if Decimal(i["points"]) != item_points(item, i["value"]):
                    raise _fail(path, f"{aid} {item.id}: the points do not match the value")
            entries.scores[item.id] = Entry(i["value"], i.get("rationale", ""))
        for a in app.get("adjustments", []):
            adj = rubric.adjustment(a["id"])
            if adj is None or normalize_adjustment(adj, a["points"]) != a["points"]:
                raise _fail(path, f"{aid}: bonus/penalty {a['id']!r} is not valid")
            entries.adjustments[adj.id] = Entry(a["points"], a.get("rationale", ""))
    except SheetError:
        raise
    except EvaluatorError as e:
        raise _fail(path, f"{aid}: {e.message}") from None
    except (KeyError, TypeError, ValueError, ArithmeticError):
        raise _fail(path, f"{aid}: the scores are malformed") from None
    ev = evaluate(rubric, entries)
    if ev.status != "complete":
        raise _fail(path, f"{aid} is incomplete under the rubric ({ev.missing[0].problem})")
    for key, value in (("subtotal", ev.subtotal), ("bonus", ev.bonus),
                       ("penalty", ev.penalty), ("total", ev.total)):
        if app.get(key) != format_decimal(value):
            raise _fail(path, f"{aid}: the {key} {app.get(key)} does not add up "
                              f"(recomputed {format_decimal(value)})")
    return app["total"]
