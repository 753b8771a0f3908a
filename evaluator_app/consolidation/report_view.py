"""What every report prints the same way: member columns (named or anonymised), order, words.

The public variant names members 위원 A, B, C… in a column order shuffled deterministically from
the result itself: `random.Random` seeded with the sha256 of the result's canonical JSON, so the
same result always gives the same columns (and the same PDF bytes), and the letters say nothing
about the roster order.
"""

import hashlib
import random
import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal
from functools import cache
from typing import Any

from evaluator_app.canonical import canonical_json
from evaluator_app.consolidation.rules import RULE_KO, percent, tie_break_mean
from evaluator_app.errors import CatalogueError
from evaluator_app.programs import get_program

RULE_DETAIL = {
    "trimmed-mean": "평가위원 {n}명 이상이 채점한 신청은 최고점·최저점 각 1개를 제외한 평균 "
                    "({n}명 미만이면 산술평균)",
    "mean": "채점한 평가위원 전원의 총점 산술평균",
    "median": "채점한 평가위원 총점의 중앙값",
}
ROUNDING = "최종점수는 소수점 셋째 자리에서 반올림하여 둘째 자리까지 표시 (계산 중 반올림 없음)"
PROPOSED_NOTE = ("제안 배점 평가표: 공식 공고된 평가항목·배점표가 아니라 공개 자료를 바탕으로 "
                 "제안된 배점으로 채점되었습니다. 이 결과는 공식 배점표로 확정·재확인되기 전까지 "
                 "위원회 검토용이며, 공식 평가표가 다르면 다시 채점·종합해야 합니다.")
ROLE_KO = {"chair": "위원장", "member": "위원", "secretariat": "간사"}
SHEET_STATUS_KO = {"used": "사용", "superseded": "대체됨", "duplicate": "중복", "excluded": "제외"}


def sheet_groups(result: dict[str, Any]) -> list[tuple[str, list[dict[str, Any]]]]:
    """result["sheets"] in the order of SHEET_STATUS_KO, whatever order its keys come in (a
    result.json read back has them sorted): the papers and tables of one result are the same
    whether written from the consolidation or from its file."""
    sheets = result["sheets"]
    return [(k, sheets[k]) for k in SHEET_STATUS_KO if k in sheets]
SCORING = ("used", "excluded", "missing")  # member statuses that get a column


@dataclass(frozen=True)
class Column:
    member: str  # fingerprint
    label: str  # the name, or 위원 A in the public variant
    status: str  # used / excluded / missing


def result_sha256(result: dict[str, Any]) -> bytes:
    return hashlib.sha256(canonical_json(result)).digest()


def letter(i: int) -> str:
    """0 → A, 25 → Z, 26 → AA."""
    out = ""
    i += 1
    while i:
        i, r = divmod(i - 1, 26)
        out = chr(ord("A") + r) + out
    return out


def columns(result: dict[str, Any], public: bool) -> list[Column]:
    """The members who score (or were excluded or are missing): in roster order with their
    names, or shuffled from the result's bytes and lettered 위원 A, B, C… for publication."""
    members = [m for m in result["members"] if m["status"] in SCORING]
    if not public:
        return [Column(m["fingerprint"], m["name"], m["status"]) for m in members]
    order = list(range(len(members)))
    random.Random(result_sha256(result)).shuffle(order)
    return [Column(members[j]["fingerprint"], f"위원 {letter(pos)}", members[j]["status"])
            for pos, j in enumerate(order)]


def labels(result: dict[str, Any], public: bool) -> dict[str, str]:
    """Fingerprint → what the report calls the person (anyone on the roster)."""
    out = {} if public else {m["fingerprint"]: m["name"] for m in result["members"]}
    out.update({c.member: c.label for c in columns(result, public)})
    return out


def in_label_order(entries: list[Any], result: dict[str, Any], public: bool,
                   member: Callable[[Any], str] = lambda e: e["member"],
                   group: Callable[[Any], Any] = lambda e: 0) -> list[Any]:
    """Entries by `group`, then by the public letters (위원 A first), so the roster order does
    not show through a public list; unchanged in the named report."""
    if not public:
        return list(entries)
    rank = {c.member: i for i, c in enumerate(columns(result, True))}
    return sorted(entries, key=lambda e: (group(e), rank.get(member(e), len(rank))))


def scrub(text: str, result: dict[str, Any], public: bool) -> str:
    """Free text (a chair's reason, a note) with every roster name and fingerprint replaced by
    the report's label, so the public variant names no one."""
    if not public:
        return text
    names = labels(result, True)
    for m in sorted(result["members"], key=lambda m: -len(m["name"])):
        label = names.get(m["fingerprint"], "위원장" if m["role"] == "chair" else "위원")
        text = text.replace(m["fingerprint"], label)
        if m["name"]:
            text = text.replace(m["name"], label)
        if m.get("affiliation"):
            text = re.sub(re.escape(m["affiliation"]), "(소속 생략)", text)
    return text


def app_order(result: dict[str, Any]) -> list[dict[str, Any]]:
    """Applications by overall rank (rank within subtype where there is none), unranked last."""
    def key(a: dict[str, Any]) -> tuple:
        overall = a["rank_overall"] if a["rank_overall"] is not None else a["rank"]
        return (overall is None, overall or 0, a["subtype"], a["id"])

    return sorted(result["applications"], key=key)


@cache
def _program_names(pid: str) -> tuple[str, dict[str, str]]:
    try:
        program = get_program(pid)
    except CatalogueError:
        return "", {}
    return program.name_ko, dict(program.subtypes)


def program_ko(result: dict[str, Any]) -> str:
    pid = result["session"].get("program") or ""
    return _program_names(pid)[0] or pid  # the code name only where the catalogue has none


def subtype_ko(result: dict[str, Any], subtype: str) -> str:
    return _program_names(result["session"].get("program") or "")[1].get(subtype, subtype)


def stage_ko(result: dict[str, Any]) -> str:
    stage = result["session"].get("stage") or ""
    return f"{stage}평가"


def rule_statement(result: dict[str, Any]) -> list[str]:
    """채점방식: the rule the chair chose, or each rubric's own, in Korean with its details."""
    rubrics = result["rubrics"]
    chosen = result.get("rule")
    texts: dict[str, list[str]] = {}
    for r in rubrics:
        rule = chosen or r["consolidation"]["rule"]
        n = r["consolidation"]["trim_min_n"]
        text = f"{RULE_KO.get(rule, rule)} — {RULE_DETAIL.get(rule, '').format(n=n)}"
        texts.setdefault(text, []).append(r["id"])
    # one line when every rubric is consolidated alike; otherwise each line names its rubrics
    lines = [text if len(texts) == 1 else f"{text} [{', '.join(ids)}]"
             for text, ids in texts.items()]
    if chosen:
        lines.append("위원장이 이 종합에 적용할 방식으로 지정함 (평가표의 기본 방식 대신)")
    lines.append(ROUNDING)
    return lines


def rubric_status_ko(status: str) -> str:
    return "제안 배점" if status == "proposed" else "공식 배점"


PLACES = ("선정", "예비")  # the places a tie-break can decide
RANKED = (*PLACES, "미선정")


def _tie_key(a: dict[str, Any]) -> tuple:
    # equal final scores are one tie where there is an overall order; otherwise only within
    # one rubric (different totals: the statuses compare shares of the total)
    return (a["final_score"],) if a["rank_overall"] is not None else (a["final_score"],
                                                                      a["rubric_hash"])


def _decider(result: dict[str, Any], first: dict[str, Any], second: dict[str, Any]) -> str:
    """What put `first` before `second` at an equal final score, in the order compute._rank_key
    compares: this stage's own score (combined stages), then the rubric's tie_break groups."""
    rubrics = {r["hash"]: r for r in result["rubrics"]}
    stage = result["session"].get("stage") or ""
    if "stage_score" in first and "stage_score" in second:
        own = [percent(Decimal(a["stage_score"]), Decimal(rubrics[a["rubric_hash"]]["total"]))
               for a in (first, second)]
        if own[0] != own[1]:
            shown = [a["stage_scores"].get(stage, "") for a in (first, second)]
            return (f"{stage}평가 점수(배점 대비 백분율) {first['id']} {shown[0]} > "
                    f"{second['id']} {shown[1]}")
    for g in rubrics[first["rubric_hash"]]["tie_break"]:
        means = [tie_break_mean(a, g) for a in (first, second)]
        if None not in means and Decimal(means[0]) != Decimal(means[1]):
            return (f"평가항목 {g} 평균(산정에 반영된 위원 기준) {first['id']} {means[0]} > "
                    f"{second['id']} {means[1]}")
    return f"{first['id']} > {second['id']}"


def tie_break_notes(result: dict[str, Any]) -> list[str]:
    """One line per tie the rubric's 동점 처리 broke where it decided a 선정 or 예비 place:
    equal final scores, different ranks, at least one of them 선정 or 예비."""
    groups: dict[tuple, list[dict[str, Any]]] = {}
    for a in app_order(result):
        if a["final_score"] is not None and a["status"] in RANKED:
            groups.setdefault(_tie_key(a), []).append(a)
    lines = []
    for tied in groups.values():
        ranks = [a["rank_overall"] if a["rank_overall"] is not None else a["rank"]
                 for a in tied]
        if len(set(ranks)) < 2 or not any(a["status"] in PLACES for a in tied):
            continue
        steps = [_decider(result, x, y) for x, y, rx, ry in
                 zip(tied, tied[1:], ranks, ranks[1:], strict=False) if rx != ry]
        ids = ", ".join(a["id"] for a in tied)
        outcome = ", ".join(f"{a['id']} {a['status']}" for a in tied)
        lines.append(f"동점 처리 — 최종점수 {tied[0]['final_score']}점 동점인 {ids}: 평가표의 "
                     f"동점 처리 기준으로 순위를 정함. {'; '.join(steps)} → {outcome}.")
    return lines


def agenda_line(result: dict[str, Any]) -> str | None:
    """The 발표 order as the result records it: drawn in the room from a seed, or the spec's."""
    agenda = result.get("agenda") or {}
    if not agenda.get("seed") and not agenda.get("review"):
        return None  # a written stage has no presentation order
    order = " → ".join(agenda.get("order") or [])
    if agenda.get("seed"):
        return f"추첨 시드 {agenda['seed']}로 추첨한 순서: {order}"
    if (agenda.get("review") or {}).get("order") == "draw":
        return f"추첨 시드가 결과에 기록되지 않아 평가 계획의 순서를 적음: {order}"
    return f"평가 계획에 정한 순서: {order}"
