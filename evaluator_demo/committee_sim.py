"""A simulated committee: real identities, a real signed bundle and real signed sheets — for
the demo, the consolidation tests and the benchmarks.

Each simulated member works as a real one does, only without typing: a workspace of their own
(a real SQLite file), the bundle opened with their identity, the pledge accepted, conflicts
declared, entries written with `Workspace.apply` and the sheet exported from that workspace
(`MemberDesk`). So every sheet carries the pledge's hash and the member's audit head and
verifies exactly like a real member's. Totals are spread over the rubric's items greedily (each
item up to its maximum, in its step), so a test can ask for a total.
"""

import atexit
import shutil
import tempfile
from collections.abc import Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaluator_app.canonical import canonical_json, sha256_hex
from evaluator_app.paths import workspace_path
from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import ApplicationEntries, Change, Entry, format_decimal, item_points
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Card, Identity
from evaluator_app.trust.open_session import open_bundle
from evaluator_app.trust.sheet import (
    SheetContext,
    export_sheet,
    prepare_sheet,
    sheet_stem,
    trusted_comment,
)
from evaluator_app.workspace import Workspace

RATIONALE = "평가 근거를 스무 글자 이상으로 충분히 적었습니다 (모의 평가위원)"
OPINION = ("강점: 지역 문제에 맞는 솔루션이 집약됨. 약점: 운영재원 확보 방안 보완 필요. "
           "보완 권고: 서비스별 성과지표 측정 계획 구체화.")
MEMBER_NAMES = ["김위원", "이위원", "박위원", "최위원", "정위원", "강위원", "조위원", "윤위원",
                "장위원", "임위원"]


def member_name(i: int) -> str:
    return MEMBER_NAMES[i] if i < len(MEMBER_NAMES) else f"위원{i + 1}"


def entries_for_total(rubric: Rubric, total: Decimal,
                      items: dict[str, Decimal | str] | None = None) -> ApplicationEntries:
    """Entries whose subtotal is `total`: given items first, the rest filled greedily."""
    fixed = dict(items or {})  # points, or grade letters on grade items
    points = {i: item_points(rubric.item(i), v) if isinstance(v, str) else v  # type: ignore[arg-type]
              for i, v in fixed.items()}
    remaining = Decimal(total) - sum(points.values(), Decimal(0))
    out = ApplicationEntries(opinion=OPINION)
    for gate in rubric.gates:
        out.gates[gate.id] = Entry("pass", "")
    for item in rubric.items():
        if item.id in fixed:
            value = fixed[item.id]
            if isinstance(value, str):
                out.scores[item.id] = Entry(value, RATIONALE)
                continue
        else:
            if item.scale.kind != "points":
                raise ValueError(f"{item.id}: only points items can be filled to a total")
            step = item.scale.step
            value = min(item.max_points, max(remaining, Decimal(0)))
            value = (value / step).to_integral_value(rounding="ROUND_FLOOR") * step
            remaining -= value
        out.scores[item.id] = Entry(format_decimal(value), RATIONALE)
    if remaining:
        raise ValueError(f"a total of {total} cannot be reached on {rubric.id}")
    return out


@dataclass
class Score:
    """What one member gives one application: a total, or 회피 (conflict), or a failed gate."""

    total: Decimal | None  # None: conflicted (회피)
    items: dict[str, Decimal | str] = field(default_factory=dict)  # points or grade letters
    failed_gate: str | None = None
    entries: ApplicationEntries | None = None  # complete entries (e.g. `realistic_entries`)


SIMULATED_CONFLICT = "모의 회피"
SIMULATED_REVISION = "모의 수정"
CREATED = "2025-06-05T17:00:00+09:00"


class MemberDesk:
    """One simulated member at their own laptop: the workspace in `home` (made if new) with the
    bundle opened by the member's identity and the pledge accepted; entries and exports go
    through the calls the CLI and the app make."""

    def __init__(self, home: Path, bundle_path: Path, member: Identity,
                 secretariat: Card | None = None, now: datetime | None = None,
                 durable: bool = True) -> None:
        self.home, self.member, self.durable = Path(home), member, durable
        self._open: Workspace | None = None
        with self.workspace() as ws:
            self.session_id = open_bundle(ws, bundle_path, member, secretariat, now).session.id
            if ws.pledge_text(self.session_id) and ws.pledge(self.session_id) is None:
                ws.accept_pledge(self.session_id, member.card.name, member.card.fingerprint)

    @contextmanager
    def workspace(self) -> Iterator[Workspace]:
        """The member's workspace, opened for this block (the one already open when blocks
        nest: opening and closing a WAL database costs more than most simulated steps)."""
        if self._open is not None:
            yield self._open
            return
        with Workspace.open(self.home) as ws:
            if not self.durable:  # a throwaway laptop in a temporary folder: no fsync per edit
                ws.conn.execute("PRAGMA synchronous = OFF")
            self._open = ws
            try:
                yield ws
            finally:
                self._open = None

    def state(self) -> tuple[int, bool, int]:
        """The session's revision, whether it is locked, and this revision's partial hand-ins."""
        with self.workspace() as ws:
            info = ws.session(self.session_id)
            return info.revision, info.state == "locked", ws.partials(self.session_id)

    def can_reach(self, revision: int, partial: int | None) -> bool:
        """Whether this workspace can still sign `revision` (its `partial`-th hand-in)."""
        rev, locked, partials = self.state()
        return rev < revision or (rev == revision and not locked
                                  and (partial is None or partials < partial))

    def enter(self, entries: Mapping[str, ApplicationEntries | None]) -> None:
        """Each application's declaration and entries (None: 회피) in one `apply`, as a form
        import writes them; what an earlier revision entered and these lack is cleared."""
        sid = self.session_id
        with self.workspace() as ws:
            predeclared = ws.predeclared_conflicts(sid)
            changes: list[Change] = []
            for aid, e in entries.items():
                if aid in predeclared:
                    continue  # declared by the secretariat when the bundle was opened
                if e is None or e.conflict is not None:
                    ground = (e.conflict or {}) if e is not None else {}
                    changes.append(Change(aid, "coi", value=ground.get("ground", "other"),
                                          rationale=ground.get("text", SIMULATED_CONFLICT)))
                    continue
                changes.append(Change(aid, "coi", value="none"))
                stored = ws.entries(sid, aid)
                for kind, mine, before in (("gate", e.gates, stored.gates),
                                           ("score", e.scores, stored.scores),
                                           ("adjustment", e.adjustments, stored.adjustments)):
                    changes += [Change(aid, kind, k, v.value, v.rationale)  # type: ignore[arg-type]
                                for k, v in mine.items()]
                    changes += [Change(aid, kind, k, None, "")  # type: ignore[arg-type]
                                for k in before.keys() - mine.keys()]
                changes.append(Change(aid, "opinion", rationale=e.opinion))
            if changes:
                ws.apply(sid, changes)

    def content(self, created: datetime | None = None, partial: bool = False) -> dict[str, Any]:
        """The sheet the workspace would sign now (not exported: nothing is recorded)."""
        with self.workspace() as ws:
            return prepare_sheet(ws, self.session_id, self.member, created, partial).sheet

    def export(self, out_dir: Path, created: datetime | None = None, partial: bool = False,
               pdf: bool = True) -> Path:
        """Sign and hand in the sheet (`export_sheet`); the session is locked, or a partial
        hand-in recorded. `pdf=False` leaves out the printable PDF alone (a quarter of a second
        a sheet, for tests and benchmarks that sign hundreds): the JSON, its signature and the
        workspace's record are written exactly as `export_sheet` writes them."""
        with self.workspace() as ws:
            if pdf:
                return export_sheet(ws, self.session_id, self.member, out_dir, created,
                                    partial).json
            prepared = prepare_sheet(ws, self.session_id, self.member, created, partial)
            path = write_signed_sheet(prepared.sheet, self.member, Path(out_dir))
            digest = "sha256:" + sha256_hex(path.read_bytes())
            if partial:
                ws.record_partial(self.session_id, prepared.sheet["partial"], digest,
                                  [a["id"] for a in prepared.sheet["applications"]])
            else:
                ws.lock(self.session_id, digest)
            return path

    def revise(self, reason: str = SIMULATED_REVISION) -> int:
        with self.workspace() as ws:
            return ws.revise(self.session_id, reason)

    def reach(self, entries: Mapping[str, ApplicationEntries | None], revision: int,
              partial: int | None, created: datetime, scratch: Path) -> None:
        """Bring the workspace to where it signs `revision` (its `partial`-th hand-in) with
        `entries`: earlier revisions and hand-ins are signed into `scratch` (never handed in)."""
        rev, locked, partials = self.state()
        while rev < revision:
            if not locked:
                self.enter(entries)
                self.export(scratch, created, pdf=False)
            self.revise()
            rev, locked, partials = rev + 1, False, 0
        self.enter(entries)
        for _ in range(partials, (partial or 1) - 1):
            self.export(scratch, created, partial=True, pdf=False)


class Desks:
    """The simulated members' workspaces, one per (bundle, member), kept between calls so that
    a member's revision 2 follows their revision 1; a member asked for a sheet their workspace
    is past (a second revision 2, a partial after the full sheet) gets a new workspace, as
    someone with a second laptop would."""

    def __init__(self, root: Path | None = None) -> None:
        if root is None:
            root = Path(tempfile.mkdtemp(prefix="evaluator-sim-"))
            atexit.register(shutil.rmtree, root, True)
        self.root = root
        self.desks: dict[tuple[Any, ...], MemberDesk] = {}
        self.homes: list[Path] = []

    def template(self) -> Path:
        """An empty workspace, migrated once: each new desk starts as a copy of it."""
        path = workspace_path(self.root / "template")
        if not path.exists():
            Workspace(path).close()
        return path

    def desk(self, bundle: OpenedBundle, member: Identity, revision: int = 1,
             partial: int | None = None, now: datetime | None = None) -> MemberDesk:
        stat = Path(bundle.path).stat()
        key = (str(Path(bundle.path).resolve()), stat.st_size, stat.st_mtime_ns,
               member.card.fingerprint)
        desk = self.desks.get(key)
        if desk is None or not desk.can_reach(revision, partial):
            home = self.root / f"desk-{len(self.homes) + 1}"
            self.homes.append(home)
            home.mkdir()
            shutil.copyfile(self.template(), workspace_path(home))
            desk = self.desks[key] = MemberDesk(home, bundle.path, member, bundle.secretariat,
                                                now, durable=False)
        return desk


_desks: Desks | None = None


def desks() -> Desks:
    """This process's simulated workspaces (in a temporary folder removed at exit)."""
    global _desks
    if _desks is None:
        _desks = Desks()
    return _desks


def sheet_entries(bundle: OpenedBundle, rubrics: Mapping[str, Rubric], member: Identity,
                  scores: Mapping[str, "Score | Decimal | int | str | None"],
                  partial: bool = False) -> dict[str, ApplicationEntries | None]:
    """What the member enters per application (None: 회피): the given scores; on a full sheet,
    70 for the others, or 회피 where the secretariat declared this member conflicted."""
    predeclared = {c["application"] for c in bundle.manifest.get("conflicts", [])
                   if c["member"] == member.card.fingerprint}
    out: dict[str, ApplicationEntries | None] = {}
    for app in bundle.manifest["applications"]:
        if partial and app["id"] not in scores:
            continue  # a partial hand-in carries only what was scored so far
        rubric = rubrics[app["rubric_hash"]]
        s = scores.get(app["id"], None if app["id"] in predeclared else Decimal(70))
        if not isinstance(s, Score):
            s = Score(None if s is None else Decimal(str(s)))
        if s.total is None:
            out[app["id"]] = None
        elif s.entries is not None:
            out[app["id"]] = s.entries
        else:
            entries = entries_for_total(rubric, s.total, s.items)
            if s.failed_gate:
                entries.gates[s.failed_gate] = Entry("fail", "요건 미충족 (모의)")
            out[app["id"]] = entries
    return out


@contextmanager
def _reached(bundle: OpenedBundle, member: Identity, scores: Mapping[str, Any], revision: int,
             created: str, partial: int | None,
             ctx: SheetContext | None) -> Iterator[tuple[MemberDesk, datetime]]:
    """The member's desk brought to where it signs these scores, its workspace open inside."""
    when = datetime.fromisoformat(created)
    rubrics = ctx.rubrics if ctx is not None else {r.content_hash: r for r in bundle.rubrics()}
    entries = sheet_entries(bundle, rubrics, member, scores, bool(partial))
    pool = desks()
    desk = pool.desk(bundle, member, revision, partial, when)
    with desk.workspace():
        desk.reach(entries, revision, partial, when, pool.root / "not-handed-in")
        yield desk, when


def sheet_content(bundle: OpenedBundle, ctx: SheetContext | None, member: Identity,
                  scores: Mapping[str, Any], revision: int = 1, created: str = CREATED,
                  partial: int | None = None) -> dict[str, Any]:
    """The sheet the member's workspace would sign for these scores (for tests that alter a
    real sheet before signing it); applications not in `scores` get 70, or 회피 where the
    secretariat declared this member conflicted."""
    with _reached(bundle, member, scores, revision, created, partial, ctx) as (desk, when):
        return desk.content(when, bool(partial))


def write_signed_sheet(sheet: dict[str, Any], member: Identity, out_dir: Path) -> Path:
    """SHEET.json and its .minisig, as a member's export writes them (no PDF)."""
    data = canonical_json(sheet)
    sid, fp, rev = sheet["session"]["id"], member.card.fingerprint, sheet["revision"]
    k = sheet.get("partial")
    out_dir.mkdir(parents=True, exist_ok=True)
    path = out_dir / f"{sheet_stem(sid, fp, rev, k)}.json"
    path.write_bytes(data)
    Path(str(path) + ".minisig").write_bytes(member.sign(data, trusted_comment(sid, fp, rev, k)))
    return path


def sign_sheet(bundle: OpenedBundle, member: Identity, scores: Mapping[str, Any], out_dir: Path,
               revision: int = 1, ctx: SheetContext | None = None,
               partial: int | None = None, created: str = CREATED, pdf: bool = False) -> Path:
    """The member's signed sheet of `revision` (or its `partial`-th hand-in), exported from
    their own workspace into `out_dir`; returns the SHEET.json."""
    with _reached(bundle, member, scores, revision, created, partial, ctx) as (desk, when):
        return desk.export(out_dir, when, bool(partial), pdf)


# ---- realistic scoring: item-level spread around an application's quality -----------------

RATIONALES_HIGH = [
    "지역 현황 자료와 시민 수요조사에 근거한 진단이 구체적이고 목표와 잘 연결됨",
    "솔루션 간 데이터 연계 구조가 명확하고 단계별 실행계획이 현실적으로 제시됨",
    "정량 성과지표의 기준값과 목표값, 측정 방법이 구체적으로 제시되어 우수함",
    "사업 종료 후 운영 주체와 재원 확보 방안이 조례·협약 수준까지 준비되어 있음",
    "민간 기업과 지역 대학의 역할 분담이 분명하고 주민 참여 절차가 설계되어 있음",
]
RATIONALES_MID = [
    "전반적으로 타당하나 일부 서비스의 세부 실행계획과 예산 산출 근거가 부족함",
    "목표 설정은 적절하나 유사 사례 대비 차별성이 충분히 드러나지 않음",
    "추진 의지는 확인되나 민간 참여 기업의 역할과 책임이 다소 불명확함",
    "성과지표는 제시되었으나 일부 지표의 측정 방법과 기준연도가 명확하지 않음",
    "확산 계획은 있으나 데이터 개방 범위와 표준 준수 방안의 보완이 필요함",
]
RATIONALES_LOW = [
    "문제 진단이 일반론에 머물러 대상지 특성과 솔루션의 연계가 약함",
    "예산 대비 산출물이 불분명하고 운영비 조달 계획이 구체적이지 않음",
    "추진 체계가 형식적으로 제시되어 실제 실행 가능성을 판단하기 어려움",
    "사업 종료 후 지속 운영 방안이 제시되지 않아 지속가능성이 낮다고 판단됨",
]
OPINIONS = {
    "high": "강점: 지역 문제 진단과 특화 솔루션이 잘 연결되고 추진 체계가 탄탄함. "
            "약점: 일부 서비스의 운영비 부담. 보완 권고: 단계별 성과지표 점검 계획을 구체화할 것.",
    "mid": "강점: 목표가 분명하고 지자체 추진 의지가 확인됨. "
           "약점: 솔루션 간 연계와 예산 산출 근거가 부족함. "
           "보완 권고: 민간 참여 구조와 사업 종료 후 운영계획을 보완할 것.",
    "low": "강점: 지역 현안을 인식하고 있음. 약점: 계획이 일반론에 머물고 실행 가능성이 "
           "낮음. 보완 권고: 대상지 맞춤 진단과 재원 계획을 전면 보완할 것.",
}


def _band(level: float) -> str:
    return "high" if level >= 0.82 else "mid" if level >= 0.68 else "low"


def realistic_entries(rubric: Rubric, level: float, rng: Any,
                      item_levels: dict[str, float] | None = None,
                      noise: float = 0.05, bonus: Decimal | None = None) -> ApplicationEntries:
    """What a member plausibly enters: every item near the application's level (0–1; the
    application's own per-item strengths in `item_levels`), with the member's noise, rounded to
    the item's step (points) or to the nearest grade; rationales and an opinion that match."""
    out = ApplicationEntries(opinion=OPINIONS[_band(level)])
    for gate in rubric.gates:
        out.gates[gate.id] = Entry("pass", "")
    for item in rubric.items():
        x = (item_levels or {}).get(item.id, level) + rng.gauss(0, noise)
        x = min(1.0, max(0.3, x))
        pool = RATIONALES_HIGH if x >= 0.82 else RATIONALES_MID if x >= 0.65 else RATIONALES_LOW
        if item.scale.kind == "grade":
            pct = Decimal(str(round(x * 100)))
            letter = min(item.scale.grades, key=lambda g: abs(g[1] - pct))[0]
            out.scores[item.id] = Entry(letter, rng.choice(pool))
        else:
            step = item.scale.step
            value = (item.max_points * Decimal(str(x)) / step).to_integral_value() * step
            out.scores[item.id] = Entry(format_decimal(min(value, item.max_points)),
                                        rng.choice(pool))
    if bonus and rubric.adjustments:
        adj = next((a for a in rubric.adjustments if a.kind == "bonus"), None)
        if adj is not None:
            out.adjustments[adj.id] = Entry(format_decimal(min(bonus, adj.max_points)),
                                            "스마트도시 인증 보유 증빙이 사업계획서 부록에 첨부됨")
    return out
