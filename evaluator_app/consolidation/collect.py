"""Gather the members' signed sheets and decide which count (the verification table).

Every sheet is verified against the bundle first (trust/sheet.py). Then, per member: exact
duplicates are ignored, the highest revision counts and older ones are superseded, and two
different sheets with one revision number are an equivocation, refused with both files named
(or, for a provisional result, both files rejected: the chair sees every other sheet beside them
and asks which one the member handed in).
Sheets that fail verification are rejected with their one-sentence reason; the result is
refused while any is, unless the chair excludes that member with a reason.
"""

import contextlib
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from evaluator_app.canonical import sha256_hex
from evaluator_app.errors import ConsolidationError, EvaluatorError, SheetError
from evaluator_app.safe_files import (
    has_text_name,
    is_regular,
    json_files,
    read_regular,
    shown,
)
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Card
from evaluator_app.trust.sheet import SheetContext, VerifiedSheet, verify_sheet

SIGNATURE_SUFFIX = ".minisig"
RESULT_MARKER = b'"format":"evaluation-desk-result/'  # any version
Progress = Callable[[int, int], None]
EQUIVOCATION = "equivocation"  # a rejected record's code (beside errors.SHEET_CODES)

# Status words of the verification table (the UI translates them; the CLI prints them).
USED, SUPERSEDED, DUPLICATE, REJECTED, EXCLUDED = (
    "used", "superseded", "duplicate", "rejected", "excluded")


@dataclass(frozen=True)
class Claimed:
    """What a file that did not verify says of itself, read once when it is rejected: for the
    tables only (who it names, which revision and partial, the bundle it was scored on); none
    of it is trusted."""

    member: str = ""  # fingerprint
    revision: int | None = None
    partial: int | None = None
    session_id: str | None = None  # with manifest_sha256: None when the file names no session
    manifest_sha256: str = ""  # "" for a sheet of the earlier format (it names the bundle file)


@dataclass(frozen=True)
class SheetRecord:
    """One file handed in, and what became of it."""

    path: Path
    status: str
    sha256: str = ""
    member: str = ""  # fingerprint (claimed by the file when it was rejected)
    name: str = ""
    revision: int | None = None
    reason: str = ""
    verified: VerifiedSheet | None = field(default=None, compare=False, repr=False)
    code: str = ""  # a rejected sheet's kind of finding (errors.SHEET_CODES), for the app
    claimed: Claimed | None = field(default=None, compare=False, repr=False)  # rejected only


@dataclass(frozen=True)
class Exclusion:
    member: str
    reason: str


@dataclass
class Collection:
    """The verification table of one consolidation."""

    records: list[SheetRecord]
    roster: list[Card]  # chair first, then the members, as the bundle lists them
    expected: list[str]  # fingerprints whose sheet is required (the members)
    exclusions: list[Exclusion]
    ignored: list[Path] = field(default_factory=list)  # JSON files in folders that are no sheet
    applications: list[str] = field(default_factory=list)  # the session's, in bundle order
    predeclared: set[tuple[str, str]] = field(default_factory=set)  # (member, application)
    manifest_sha256: str = ""  # the bundle the sheets were checked against

    def used(self) -> list[VerifiedSheet]:
        return [r.verified for r in self.records if r.status == USED and r.verified]

    def rejected(self) -> list[SheetRecord]:
        return [r for r in self.records if r.status == REJECTED]

    def missing(self) -> list[str]:
        have = {r.member for r in self.records if r.status in (USED, EXCLUDED)}
        excluded = {e.member for e in self.exclusions}
        return [fp for fp in self.expected if fp not in have and fp not in excluded]

    def unscored(self) -> list[tuple[str, str]]:
        """(member, application) pairs a member's latest sheet — a partial one — lacks."""
        out = []
        for v in self.used():
            if v.partial is not None:
                have = set(v.totals)
                fp = v.member.fingerprint
                out += [(fp, a) for a in self.applications
                        if a not in have and (fp, a) not in self.predeclared]
        return out

    def blocking(self) -> list[str]:
        """Why no final result may be signed yet (one sentence each); empty when it may."""
        names = {c.fingerprint: c.name for c in self.roster}
        out = [f"{shown(r.path.name)} is rejected: {r.reason}" for r in self.rejected()]
        out += [f"{names.get(fp, fp)} ({fp}) has not handed in a sheet" for fp in self.missing()]
        out += [f"{names.get(fp, fp)} has not yet scored {a} (their latest sheet is partial)"
                for fp, a in self.unscored()]
        return out


def sheet_files(paths: Iterable[Path]) -> tuple[list[Path], list[Path]]:
    """The sheet files named or found in folders; and JSON files in folders that are no sheet.

    A file named explicitly is always checked; in a folder (searched recursively, as a USB stick
    may hold one folder per member), a `.json` counts when it is a regular file and its
    signature file lies beside it. Links to folders are not followed (a loop cannot trap the
    search); a FIFO, a device or a link to nothing is no sheet (safe_files.py).
    """
    files: list[Path] = []
    ignored: list[Path] = []
    for p in paths:
        p = Path(p)
        if p.is_dir():
            for f in sorted(json_files(p)):
                if (is_regular(f) and is_regular(Path(str(f) + SIGNATURE_SUFFIX))
                        and not _is_result(f)):
                    files.append(f)
                else:
                    ignored.append(f)
        elif p.exists() or p.is_symlink():
            files.append(p)  # verify_sheet says what is wrong with it, if anything
        else:
            raise ConsolidationError(f"{shown(p)} does not exist")
    unique = list(dict.fromkeys(_absolute(f) for f in files))
    return unique, ignored


def ignored_reason(path: Path) -> str:
    """Why a JSON file in a folder of sheets was set aside (Collection.ignored). A sheet whose
    .minisig was not copied with it is a member's hand-in all the same: say what is missing,
    rather than that it is no sheet (the member's line then reads "no sheet handed in")."""
    signature = Path(str(path) + SIGNATURE_SUFFIX)
    if is_regular(path) and not is_regular(signature) and not _is_result(path):
        return (f"no signature file {shown(signature.name)} beside it (copy the .minisig "
                "with the sheet)")
    return "not a signed score sheet"


def _absolute(path: Path) -> Path:
    """The file's real path, so one sheet named twice counts once; a link loop stays as is."""
    try:
        return path.resolve(strict=True)
    except (OSError, RuntimeError):  # RuntimeError: a loop, on Python before 3.13
        return path.absolute()


def _is_result(path: Path) -> bool:
    """A signed result.json kept beside the sheets (an earlier run, an earlier stage)."""
    try:
        return RESULT_MARKER in read_regular(path, ConsolidationError)
    except ConsolidationError:
        return False  # too large or unreadable: verify_sheet rejects it with the reason


def _claimed(data: bytes) -> Claimed:
    """What a rejected file says of itself, each part when it can be read at all."""
    try:
        sheet = json.loads(data)
    except (ValueError, RecursionError):
        return Claimed()
    member, revision, session_id, manifest = "", None, None, ""
    with contextlib.suppress(ValueError, KeyError, TypeError):  # both, or neither
        member, revision = str(sheet["member"]["fingerprint"]), int(sheet["revision"])
    with contextlib.suppress(KeyError, TypeError, AttributeError):
        session_id, manifest = (str(sheet["session"]["id"]),
                                str(sheet.get("manifest_sha256") or ""))
    partial = sheet.get("partial") if isinstance(sheet, dict) else None
    if not isinstance(partial, int) or isinstance(partial, bool):
        partial = None
    return Claimed(member, revision, partial, session_id, manifest)


def collect(paths: Iterable[Path], bundle: OpenedBundle,
            exclusions: Iterable[Exclusion] = (), progress: Progress | None = None,
            ctx: SheetContext | None = None, reject_equivocations: bool = False
            ) -> Collection:
    """Verify every sheet and classify it; raises ConsolidationError on an equivocation, or
    with `reject_equivocations` (a provisional result) rejects each file of it instead.
    `ctx`: the bundle's SheetContext when the caller has it already."""
    ctx = ctx or SheetContext.of(bundle)
    exclusions = list(exclusions)
    excluded = {e.member for e in exclusions}
    roster = list(ctx.roster.values())
    members = [c["fingerprint"] for c in bundle.manifest["roster"]["members"]]
    files, ignored = sheet_files(paths)
    verified: list[tuple[Path, VerifiedSheet]] = []
    records: list[SheetRecord] = []
    for i, path in enumerate(files):
        try:
            if not has_text_name(path):  # it could not be named in the result or a message
                raise SheetError(f"{shown(path)}: the file name is not valid text (another "
                                 "encoding, or control characters); rename the file",
                                 code="name")
            v = verify_sheet(path, ctx)
        except EvaluatorError as e:
            try:  # read once: its hash, and what it says of itself for the tables
                data = read_regular(path, ConsolidationError)
                digest, claimed = "sha256:" + sha256_hex(data), _claimed(data)
            except ConsolidationError:
                digest, claimed = "", Claimed()
            fp = claimed.member
            status = EXCLUDED if fp and fp in excluded else REJECTED
            records.append(SheetRecord(path, status, digest, fp,
                                       ctx.roster[fp].name if fp in ctx.roster else "",
                                       claimed.revision, _reason(e.message, path), None,
                                       e.code if isinstance(e, SheetError) else "", claimed))
        else:
            verified.append((path, v))
        if progress:
            progress(i + 1, len(files))
    by_member: dict[str, list[tuple[Path, VerifiedSheet]]] = {}
    for path, v in verified:
        by_member.setdefault(v.member.fingerprint, []).append((path, v))
    for fp, sheets in by_member.items():
        records += _classify(fp, sheets, fp in excluded, reject_equivocations)
    order = {c.fingerprint: i for i, c in enumerate(roster)}
    records.sort(key=lambda r: (order.get(r.member, len(order)), -(r.revision or 0),
                                str(r.path)))
    return Collection(records, roster, members, exclusions, ignored,
                      [a["id"] for a in bundle.manifest["applications"]],
                      {(c["member"], c["application"])
                       for c in bundle.manifest.get("conflicts", [])}, ctx.manifest_sha256)


def _reason(message: str, path: Path) -> str:
    prefix = f"{shown(path)}: "
    return message[len(prefix):] if message.startswith(prefix) else message


def _order(v: VerifiedSheet) -> tuple[int, int, int]:
    """Later hand-ins win: a higher revision; within one, the full sheet over its partials, and
    a later partial over an earlier one."""
    return (v.revision, 1 if v.partial is None else 0, v.partial or 0)


def _label(v: VerifiedSheet) -> str:
    return f"revision {v.revision}" + (f" partial {v.partial}" if v.partial else "")


def _classify(fp: str, sheets: list[tuple[Path, VerifiedSheet]], excluded: bool,
              reject_equivocations: bool = False) -> list[SheetRecord]:
    seen: dict[str, Path] = {}
    by_key: dict[tuple[int, int, int], tuple[Path, VerifiedSheet]] = {}
    equivocal: dict[tuple[int, int, int], list[Path]] = {}  # each key's different files
    out: list[SheetRecord] = []
    for path, v in sorted(sheets, key=lambda s: str(s[0])):
        rec = SheetRecord(path, USED, v.sha256, fp, v.member.name, v.revision, "", v)
        if v.sha256 in seen:
            out.append(_with(rec, DUPLICATE, f"the same sheet as {seen[v.sha256].name}"))
            continue
        seen[v.sha256] = path
        other = by_key.get(_order(v))
        if other is not None and not excluded:
            if not reject_equivocations:
                raise ConsolidationError(
                    f"{v.member.name} ({fp}) signed two different sheets as {_label(v)}: "
                    f"{other[0]} and {path}; ask which one they handed in, or exclude the "
                    "member with a reason", [str(other[0]), str(path)])
            equivocal.setdefault(_order(v), [other[0]]).append(path)
        by_key.setdefault(_order(v), (path, v))
        out.append(rec)
    kept = [key for key in by_key if key not in equivocal]
    latest = max(kept) if kept else None
    final = []
    for rec in out:
        key = None if rec.verified is None else _order(rec.verified)
        if rec.status == DUPLICATE:
            final.append(rec)
        elif key in equivocal:
            others = ", ".join(p.name for p in equivocal[key] if p != rec.path)
            final.append(SheetRecord(
                rec.path, REJECTED, rec.sha256, fp, rec.name, rec.revision,
                f"{rec.name} ({fp}) also signed {others} as {_label(by_key[key][1])}, a "
                "different sheet: ask which one they handed in, or exclude the member with a "
                "reason", None, EQUIVOCATION, _as_claimed(rec.verified)))
        elif excluded:
            final.append(_with(rec, EXCLUDED, "the chair excluded this member"))
        elif rec.verified is not None and _order(rec.verified) != latest:
            final.append(_with(rec, SUPERSEDED, f"{_label(by_key[latest][1])} replaces it"))
        else:
            final.append(rec)
    return final


def _with(rec: SheetRecord, status: str, reason: str) -> SheetRecord:
    return SheetRecord(rec.path, status, rec.sha256, rec.member, rec.name, rec.revision, reason,
                       rec.verified, rec.code, rec.claimed)


def _as_claimed(v: VerifiedSheet | None) -> Claimed | None:
    if v is None:
        return None
    return Claimed(v.member.fingerprint, v.revision, v.partial, v.session_id,
                   str(v.sheet.get("manifest_sha256") or ""))
