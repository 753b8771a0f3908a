"""The demo committee: who sits on it, how each member scores (a model with a lenient member
and an outlier) and the spreadsheet a member fills.

Shared by the written round (play.py) and the 발표 day (presentation.py).
"""

import random
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from openpyxl import load_workbook

from evaluator_app.rubric.model import Rubric
from evaluator_demo.committee_sim import realistic_entries
from evaluator_demo.rounds import DemoApp

PEOPLE = {  # workspace → (name, affiliation, role); affiliations are generic, not real bodies
    "secretariat": ("사무국 간사", "공모 사무국 (예시)", "secretariat"),
    "chair": ("정위원장", "도시계획 전문가 (예시)", "chair"),
    "m1": ("김위원", "교통 전문가 (예시)", "member"),
    "m2": ("이위원", "ICT·데이터 전문가 (예시)", "member"),
    "m3": ("박위원", "재정·경영 전문가 (예시)", "member"),
    "m4": ("최위원", "환경·에너지 전문가 (예시)", "member"),
    "m5": ("한위원", "사회복지 전문가 (예시)", "member"),
    "m6": ("강위원", "건축·도시재생 전문가 (예시)", "member"),
    "m7": ("조위원", "산업·창업 전문가 (예시)", "member"),
}
MEMBERS = [w for w, p in PEOPLE.items() if p[2] == "member"]
CLI_PEOPLE = ("secretariat", "chair", "m1", "m2")  # the rest are simulated in-process
APP_MEMBER = "m2"
# How each member scores (--simulate): a systematic offset on every item, and item noise.
LENIENT, OUTLIER = "m4", "m6"
BIAS = {"m1": 0.0, "m2": -0.015, "m3": 0.01, "m4": 0.09, "m5": -0.02, "m6": 0.0, "m7": -0.03}
OUTLIER_DROP = 0.32  # the outlier's level on one application falls this far


def passphrase_of(who: str) -> str:
    return f"{who}-demo-2025"


@dataclass
class Plan:
    """Who scores what in the demo round: the model behind every member's entries."""

    apps: list[DemoApp]
    predeclared: tuple[str, str]  # (member, application) the secretariat declared
    self_declared: tuple[str, str] | None  # a conflict a member declares in the form
    outlier_app: str

    @classmethod
    def of(cls, apps: list[DemoApp]) -> "Plan":
        fictional = [a for a in apps if not a.real]
        pre = fictional[min(1, len(fictional) - 1)].id if fictional else apps[-1].id
        own = next((a.id for a in fictional[2:]), None)
        best = max(fictional or apps, key=lambda a: a.quality)
        return cls(apps, (APP_MEMBER, pre), ("m1", own) if own else None, best.id)

    def conflicted(self, member: str, app_id: str) -> bool:
        return (member, app_id) in (self.predeclared, self.self_declared)

    def entries(self, member: str, rubric_of: Callable[[str], Rubric]) -> dict[str, Any]:
        """application id → ApplicationEntries, or None for 회피."""
        out: dict[str, Any] = {}
        for a in self.apps:
            if self.conflicted(member, a.id):
                out[a.id] = None
                continue
            rubric = rubric_of(a.id)
            app_rng = random.Random(f"items-{a.id}")  # the application's own strengths
            item_levels = {i.id: a.quality + app_rng.gauss(0, 0.06) for i in rubric.items()}
            level = a.quality + BIAS[member]
            if member == OUTLIER and a.id == self.outlier_app:
                level -= OUTLIER_DROP
                item_levels = {k: v - OUTLIER_DROP for k, v in item_levels.items()}
            item_levels = {k: v + BIAS[member] for k, v in item_levels.items()}
            out[a.id] = realistic_entries(rubric, level, random.Random(f"{member}-{a.id}"),
                                          item_levels, noise=0.045)
        return out


def fill_form(src: Path, dst: Path, entries: dict[str, Any], predeclared: set[str] = frozenset(),
              ground: str = "advice", only: set[str] | None = None) -> None:
    """What a member does in the spreadsheet: the given entries, cell by cell (a conflict the
    secretariat declared is already in the bundle: its row stays as exported); with `only`,
    just those applications (the 발표 day: the ones presented so far)."""
    wb = load_workbook(src)
    sheet = wb["평가"]
    header = [c.value for c in sheet[1]]
    col = {name: header.index(name) + 1 for name in header}
    for row in range(2, sheet.max_row + 1):
        app, item = sheet.cell(row, col["신청번호"]).value, sheet.cell(row, col["항목 ID"]).value
        scale = sheet.cell(row, col["척도"]).value
        score, why = sheet.cell(row, col["점수"]), sheet.cell(row, col["평가사유"])
        e = entries.get(app)
        if only is not None and app not in only:
            continue
        if item == "coi":
            if app in predeclared:
                continue
            if e is None:
                score.value = ground
                why.value = "최근 3년 내 해당 신청기관의 스마트도시 관련 용역 자문에 참여함"
            else:
                score.value = "none"
        elif e is None:
            continue  # 회피: left blank
        elif item == "opinion":
            why.value = e.opinion
        elif scale == "gate":
            score.value = "적합" if e.gates[item].value == "pass" else "부적합"
        elif item in e.scores:
            v = e.scores[item].value
            score.value = float(v) if scale == "points" else v
            why.value = e.scores[item].rationale
        elif item in e.adjustments:
            score.value = float(e.adjustments[item].value)
            why.value = e.adjustments[item].rationale
    wb.save(dst)
