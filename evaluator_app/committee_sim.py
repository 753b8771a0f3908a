"""A simulated committee: real identities, a real signed bundle and real signed sheets, built
without a member's workspace — for the demo, the consolidation tests and the benchmarks.

Sheets come from `application_record`, the same code a member's export uses, so they verify
exactly like a real member's; only the typing is skipped. Totals are spread over the rubric's
items greedily (each item up to its maximum, in its step), so a test can ask for a total.
"""

from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Any

from evaluator_app.canonical import canonical_json
from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import ApplicationEntries, Entry, format_decimal, item_points
from evaluator_app.trust.bundle import OpenedBundle
from evaluator_app.trust.identity import Identity
from evaluator_app.trust.sheet import (
    SHEET_FORMAT,
    SheetContext,
    application_record,
    sheet_stem,
    trusted_comment,
)

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


def sheet_content(bundle: OpenedBundle, ctx: SheetContext, member: Identity,
                  scores: dict[str, Score | Decimal | int | str | None], revision: int = 1,
                  created: str = "2025-06-05T17:00:00+09:00",
                  partial: int | None = None) -> dict[str, Any]:
    """A complete sheet as `build_sheet` writes it; applications not in `scores` get 70, or
    회피 where the secretariat declared this member conflicted."""
    predeclared = {c["application"] for c in bundle.manifest.get("conflicts", [])
                   if c["member"] == member.card.fingerprint}
    apps = []
    for app in bundle.manifest["applications"]:
        if partial and app["id"] not in scores:
            continue  # a partial hand-in carries only what was scored so far
        rubric = ctx.rubrics[app["rubric_hash"]]
        s = scores.get(app["id"], None if app["id"] in predeclared else Decimal(70))
        if not isinstance(s, Score):
            s = Score(None if s is None else Decimal(str(s)))
        if s.total is None:
            entries = ApplicationEntries(conflict={"ground": "other", "text": "모의 회피"})
        elif s.entries is not None:
            entries = s.entries
        else:
            entries = entries_for_total(rubric, s.total, s.items)
            if s.failed_gate:
                entries.gates[s.failed_gate] = Entry("fail", "요건 미충족 (모의)")
        record, missing = application_record(app["id"], app["applicant"], app["title"], rubric,
                                             entries)
        if missing:
            raise ValueError(f"incomplete simulated sheet: {missing[0]}")
        apps.append(record)
    manifest = bundle.manifest
    sheet = {
        "format": SHEET_FORMAT,
        "session": {k: manifest["session"][k] for k in ("id", "title", "program", "stage")},
        "manifest_sha256": ctx.manifest_sha256,
        "rubrics": [{"id": r.id, "hash": h, "status": r.status} for h, r in ctx.rubrics.items()],
        "member": {"card": member.card.to_dict(), "fingerprint": member.card.fingerprint},
        "revision": revision,
        "revisions": [{"revision": r, "reason": "모의 수정", "at": created}
                      for r in range(2, revision + 1)],
        "created": created,
        "pledge": {"name": member.card.name, "fingerprint": member.card.fingerprint,
                   "pledge_sha256": "", "accepted_at": created} if manifest.get("pledge")
        else None,
        "applications": apps,
        "audit_head": "",
    }
    return {**sheet, "partial": partial} if partial else sheet


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


def sign_sheet(bundle: OpenedBundle, member: Identity, scores: dict[str, Any], out_dir: Path,
               revision: int = 1, ctx: SheetContext | None = None,
               partial: int | None = None) -> Path:
    ctx = ctx or SheetContext.of(bundle)
    sheet = sheet_content(bundle, ctx, member, scores, revision, partial=partial)
    return write_signed_sheet(sheet, member, out_dir)


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
