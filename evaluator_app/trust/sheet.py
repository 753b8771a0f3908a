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

import re
from contextlib import suppress
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

import minisign

from evaluator_app.canonical import canonical_json, is_canonical, sha256_hex
from evaluator_app.errors import EvaluatorError, ScoringError, SheetError
from evaluator_app.nesting import parse_json
from evaluator_app.rubric.model import Rubric
from evaluator_app.safe_files import MAX_SIGNATURE_BYTES, read_regular
from evaluator_app.scoring import (
    ApplicationEntries,
    Entry,
    evaluate,
    format_decimal,
    item_points,
    normalize_adjustment,
    normalize_score,
    text_length,
)
from evaluator_app.staged_output import remove_dirs, staged
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Card, Identity
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
class ScoredPoints:
    """One scored application's points as its verified sheet states them (each checked against
    its value): per item that has a value, and per group of the rubric."""

    items: dict[str, Decimal]
    groups: dict[str, Decimal]


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


def _fail(path: Path, what: str) -> SheetError:
    return SheetError(f"{path}: {what}")


class RubricCheck:
    """What checking scores against one rubric needs, worked out once per rubric rather than
    per sheet or item: the ids of each group's items, the rubric's items in sheet order with
    their rationale rules, and every (item, value, points) already found valid with its points
    — sixty members' sheets repeat the same few thousand times."""

    __slots__ = ("adjustments", "formatted", "gate_ids", "groups", "layout", "rubric", "spans",
                 "valid")

    def __init__(self, rubric: Rubric) -> None:
        self.rubric = rubric
        self.groups = tuple((g.id, tuple(i.id for i in g.items), (Decimal(0),) * len(g.items))
                            for g in rubric.groups)  # id, item ids, a zero for each item
        # (item id, rationale required, its minimum length), in the order a sheet lists them
        self.layout = tuple((i.id, i.rationale_required, i.rationale_min_length)
                            for i in rubric.items())
        spans, start = [], 0
        for g in rubric.groups:  # each group's slice of `layout`
            spans.append((g.id, start, start + len(g.items)))
            start += len(g.items)
        self.spans = tuple(spans)
        self.gate_ids = tuple(g.id for g in rubric.gates)
        self.adjustments = {a.id: a for a in reversed(rubric.adjustments)}  # first of an id
        # `_key` → (points as the sheet states them, the rubric's points for the value)
        self.valid: dict[tuple[Any, ...], tuple[Decimal | None, Decimal | None]] = {}
        self.formatted = _Formatted()


class _Formatted(dict[Decimal, str]):
    """`format_decimal` remembered per value: equal values print alike ("7.0" and "7" as
    "7"), and a committee's totals repeat the same few hundred values."""

    def __missing__(self, value: Decimal) -> str:
        text = self[value] = format_decimal(value)
        return text


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


def verify_sheet(path: Path, bundle: OpenedBundle | SheetContext) -> VerifiedSheet:
    """Check signature, signer, session, bundle, rubrics and every score of a sheet."""
    ctx = bundle if isinstance(bundle, SheetContext) else SheetContext.of(bundle)
    bundle = ctx.bundle
    path = Path(path)
    try:  # regular files only, size-capped before reading (safe_files.py)
        data = read_regular(path, SheetError)
        sig_bytes = read_regular(Path(str(path) + ".minisig"), SheetError,
                                 MAX_SIGNATURE_BYTES, "a signature")
    except SheetError as e:
        raise _fail(path, e.message) from None
    try:
        sheet, text, numbers = parse_json(data)  # nesting measured first
        fp = sheet["member"]["fingerprint"]
        revision = int(sheet["revision"])
        session_id = sheet["session"]["id"]
        partial = sheet.get("partial")
        if partial is not None and (isinstance(partial, bool) or not isinstance(partial, int)
                                    or partial < 1):
            raise ValueError(partial)
    except (ValueError, KeyError, TypeError, RecursionError):
        raise _fail(path, "not a score sheet (unreadable or damaged)") from None
    if sheet.get("format") not in (SHEET_FORMAT, SHEET_FORMAT_1) or not is_canonical(
            sheet, data, text=text, numbers=numbers):
        raise _fail(path, "not a score sheet in canonical form (damaged or altered)")
    card = ctx.roster.get(fp)
    if card is None:
        raise _fail(path, f"signed by {fp}, who is not on the roster of {bundle.session_id}")
    try:
        signature = minisign.Signature.from_bytes(sig_bytes)
        card.public_key().verify(data, signature)  # the roster's key, not the sheet's
    except Exception:
        raise _fail(path, f"the signature does not verify with {card.name}'s key from the "
                          "roster (the sheet was altered)") from None
    if signature.trusted_comment != trusted_comment(session_id, fp, revision, partial):
        raise _fail(path, "the signature's trusted comment does not match the sheet")
    if sheet["member"].get("card") != card.to_dict():
        raise _fail(path, "the member card inside the sheet differs from the roster's")
    if session_id != bundle.session_id:
        raise _fail(path, f"the sheet is for session {session_id}, not {bundle.session_id}")
    if sheet["format"] == SHEET_FORMAT_1:
        if sheet.get("bundle_hash") != ctx.bundle_file_sha256():
            raise _fail(path, "the sheet was scored on another bundle than this one (a sheet of "
                              "the earlier format names the bundle file's SHA-256: check it "
                              "with the very file the member opened)")
    elif sheet.get("manifest_sha256") != ctx.manifest_sha256:
        raise _fail(path, "the sheet was scored on another bundle than this one")
    missing = trail_problem(sheet, ctx)
    if missing:
        raise _fail(path, f"{card.name}'s sheet ({fp}) {missing}")
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


def check_applications(path: Path, sheet: dict[str, Any], ctx: SheetContext
                       ) -> tuple[dict[str, str | None], dict[str, ScoredPoints]]:
    """The rubric checks of a sheet whose signer and bundle were checked: it covers the
    session's applications (or, partial, a set of them), respects the conflicts the
    secretariat declared, and scores each on the bundle's rubric, every value, points figure
    and total recomputed. Returns each application's total (None: 회피) and its points."""
    fp = sheet["member"]["fingerprint"]
    partial = sheet.get("partial")
    expected = ctx.expected
    apps = sheet.get("applications", [])
    if not isinstance(apps, list) or not all(
            isinstance(a, dict) and isinstance(a.get("id"), str) for a in apps):
        raise _fail(path, "the applications of the sheet are malformed")
    got = [a["id"] for a in apps]
    if partial is None and sorted(got) != sorted(expected):
        raise _fail(path, "the sheet does not cover exactly the session's applications")
    if partial is not None and (not got or len(set(got)) != len(got)
                                or not set(got) <= set(expected)):
        raise _fail(path, "the partial sheet does not cover a set of the session's applications")
    predeclared = ctx.conflicts.get(fp, set())
    totals: dict[str, str | None] = {}
    points: dict[str, ScoredPoints] = {}
    for app in sheet["applications"]:
        aid = app["id"]
        if aid in predeclared and not app.get("conflict"):
            raise _fail(path, f"{aid} is scored although the secretariat declared "
                              f"{ctx.roster[fp].name}'s conflict of interest with it in the "
                              "bundle")
        if app.get("rubric_hash") != expected[aid]:
            raise _fail(path, f"{aid} was scored on another rubric than the bundle's")
        totals[aid], scored = _check_application(path, app, ctx.checks[expected[aid]])
        if scored is not None:
            points[aid] = scored
    return totals, points


def _key(item_id: Any, value: Any, i: dict[str, Any]) -> tuple[Any, ...]:
    """What a remembered item check is found by. The types are part of it: JSON's true equals
    1 in a Python dict, and must not pass for a score of 1 checked before."""
    points = None if value is None else i["points"]
    return item_id, type(value), value, type(points), points


def _item_points(path: Path, aid: str, i: Any, check: RubricCheck
                 ) -> tuple[Decimal | None, Decimal | None]:
    """One item of a sheet checked: it is an item of the rubric, its value a valid stored score
    and its points that value's points. Returns the points as the sheet states them and the
    rubric's points for the value (both None when it has no value); remembered per (item,
    value, points) for the next sheets."""
    item = check.rubric.item(i["item"])
    if item is None:
        raise _fail(path, f"{aid}: the rubric has no item {i['item']!r}")
    value = i["value"]
    if value is None:
        found: tuple[Decimal | None, Decimal | None] = (None, None)
    else:
        if normalize_score(item, value) != value:
            raise ScoringError(f"{item.id}: {value!r} is not a stored score")
        stated, points = Decimal(i["points"]), item_points(item, value)
        if stated != points:
            raise _fail(path, f"{aid} {item.id}: the points do not match the value")
        found = (stated, points)
    with suppress(TypeError):  # unhashable points beside no value: valid, not remembered
        check.valid[_key(item.id, value, i)] = found
    return found


def _check_application(path: Path, app: dict[str, Any], check: RubricCheck
                       ) -> tuple[str | None, ScoredPoints | None]:
    aid = app["id"]
    if app.get("conflict"):
        if any(k in app for k in ("items", "total")):
            raise _fail(path, f"{aid} is declared conflicted (회피) but carries scores")
        return None, None
    quick = _complete_as_written(path, app, check)
    return quick if quick is not None else _full_check(path, app, check)


def _full_check(path: Path, app: dict[str, Any], check: RubricCheck
                ) -> tuple[str, ScoredPoints]:
    """Every rule for one scored application, through `evaluate`: what it returns, or the
    SheetError naming the first thing wrong."""
    aid = app["id"]
    rubric = check.rubric
    valid = check.valid
    items: dict[str, Decimal] = {}
    try:
        entries = ApplicationEntries(opinion=app.get("opinion", ""))
        for g in app.get("gates", []):
            entries.gates[g["gate"]] = Entry(g["decision"], g.get("rationale", ""))
        scores = entries.scores
        for i in app.get("items", []):
            try:  # an (item, value, points) found valid before, on this sheet or another
                item_id, value = i["item"], i["value"]
                stated = valid[_key(item_id, value, i)][0]
            except (KeyError, TypeError):  # not yet seen, incomplete, unhashable, no object
                stated = _item_points(path, aid, i, check)[0]  # raises what is wrong with it
                item_id, value = i["item"], i["value"]
            scores[item_id] = Entry(value, i.get("rationale", ""))
            if stated is not None:
                items[item_id] = stated
        for a in app.get("adjustments", []):
            adj = rubric.adjustment(a["id"])
            if adj is None or normalize_adjustment(adj, a["points"]) != a["points"]:
                raise _fail(path, f"{aid}: bonus/penalty {a['id']!r} is not valid")
            entries.adjustments[adj.id] = Entry(a["points"], a.get("rationale", ""))
        ev = evaluate(rubric, entries)  # a rationale or opinion that is no text fails here
    except SheetError:
        raise
    except EvaluatorError as e:
        raise _fail(path, f"{aid}: {e.message}") from None
    except (KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
        raise _fail(path, f"{aid}: the scores are malformed") from None
    if ev.status != "complete":
        raise _fail(path, f"{aid} is incomplete under the rubric ({ev.missing[0].problem})")
    for key, value in (("subtotal", ev.subtotal), ("bonus", ev.bonus),
                       ("penalty", ev.penalty), ("total", ev.total)):
        if app.get(key) != format_decimal(value):
            raise _fail(path, f"{aid}: the {key} {app.get(key)} does not add up "
                              f"(recomputed {format_decimal(value)})")
    zero = Decimal(0)
    groups = {gid: sum(map(items.get, ids, zeros), zero) for gid, ids, zeros in check.groups}
    return app["total"], ScoredPoints(items, groups)


def _length(text: Any) -> int:
    """`text_length`, for text only (anything else: TypeError, and the full check says why)."""
    if text.__class__ is not str:
        raise TypeError(text)
    return len(text) - text.count(" ") if text.isprintable() else text_length(text)


def _complete_as_written(path: Path, app: dict[str, Any], check: RubricCheck
                         ) -> tuple[str, ScoredPoints] | None:
    """The checks of `_check_application` for the usual sheet, in one pass and without
    building entries: every item of the rubric scored, listed in the rubric's order (as
    `application_record` writes them) with its value and points as text. The same rules
    decide — each (item, value, points) valid for the rubric, every gate decided, rationales
    and opinion long enough, the application not empty, each total as recomputed by
    `evaluate`'s additions in `evaluate`'s order — and it answers only when the application
    passes them all; None sends it to the full check, which names what is wrong (or accepts
    what this pass does not cover, such as an unscored item behind a failed gate)."""
    try:
        layout, valid = check.layout, check.valid
        sheet_items = app.get("items", [])
        if sheet_items.__class__ is not list or len(sheet_items) != len(layout):
            return None
        gates = app.get("gates", [])
        decisions = {}
        for g in gates:
            _length(g.get("rationale", ""))  # text, as `is_empty` may read it
            decisions[g["gate"]] = g["decision"]
        gate_failed = False
        for gid in check.gate_ids:
            decision = decisions.get(gid)
            if decision is None:
                return None  # undecided
            if decision == "fail":
                gate_failed = True
        stated_points, rubric_points, items = [], [], {}
        for i, (item_id, required, minimum) in zip(sheet_items, layout, strict=True):
            value, points = i["value"], i["points"]
            if (i["item"] != item_id or value.__class__ is not str
                    or points.__class__ is not str):
                return None
            found = valid.get((item_id, str, value, str, points))  # as `_key` has it
            if found is None:
                found = _item_points(path, app["id"], i, check)
            text = i.get("rationale", "")  # `_length`, inline: it runs for every item
            if text.__class__ is not str:
                return None
            n = len(text) - text.count(" ") if text.isprintable() else text_length(text)
            if not gate_failed and (n < minimum if n else required):
                return None  # a rationale missing or too short
            stated_points.append(found[0])
            rubric_points.append(found[1])
            items[item_id] = found[0]
        zero = Decimal(0)
        subtotal, bonus, penalty = zero, zero, zero
        for _gid, start, end in check.spans:
            subtotal += sum(rubric_points[start:end], zero)
        given = {}
        for a in app.get("adjustments", []):
            adj = check.adjustments.get(a["id"])
            if adj is None or normalize_adjustment(adj, a["points"]) != a["points"]:
                return None
            given[adj.id] = (a["points"], a.get("rationale", ""))
        for adj in check.rubric.adjustments:
            entry = given.get(adj.id)
            if entry is None:
                continue
            points = Decimal(entry[0])
            if adj.kind == "bonus":
                bonus += points
            else:
                penalty += points
            n = _length(entry[1])
            if points and (n < adj.rationale_min_length if n else adj.rationale_required):
                return None
        rubric = check.rubric
        opinion = app.get("opinion", "")
        n = _length(opinion)
        if (rubric.opinion_required and n == 0) or (n and n < rubric.opinion_min_length):
            return None
        if not layout and not opinion.strip():
            return None  # maybe empty (not started): the full check decides
        formatted = check.formatted
        for key, value in (("subtotal", subtotal), ("bonus", bonus), ("penalty", penalty),
                           ("total", subtotal + bonus - penalty)):
            if app.get(key) != formatted[value]:
                return None
        groups = {gid: sum(stated_points[start:end], zero) for gid, start, end in check.spans}
        return app["total"], ScoredPoints(items, groups)
    except (EvaluatorError, KeyError, TypeError, ValueError, ArithmeticError, AttributeError):
        return None  # the full check names it
