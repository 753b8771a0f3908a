"""The offline review form's columns and rows (shared by the XLSX and CSV writers/readers).

One row per application × rubric entry. Special rows: item_id `coi` (conflict of interest:
`score` = none or a ground code, `rationale` = the reason) and `opinion` (종합의견 in
`rationale`). Gates have scale `gate` (적합/부적합); bonus and penalty rows have scale
`bonus`/`penalty` with `max_points` as their bound.
"""

from dataclasses import dataclass

from evaluator_app.rubric.model import Rubric
from evaluator_app.scoring import COI_GROUNDS, ApplicationEntries

COLUMNS = ("session_id", "application_id", "applicant", "item_id", "item_label", "max_points",
           "scale", "score", "rationale")
KOREAN_HEADERS = {
    "session_id": "세션 ID",
    "application_id": "신청번호",
    "applicant": "신청기관",
    "item_id": "항목 ID",
    "item_label": "평가항목",
    "max_points": "배점",
    "scale": "척도",
    "score": "점수",
    "rationale": "평가사유",
}
HEADER_TO_COLUMN = {**{c: c for c in COLUMNS}, **{v: k for k, v in KOREAN_HEADERS.items()}}
EDITABLE = ("score", "rationale")
COI_VALUES = ("none", *COI_GROUNDS)
GATE_VALUES = ("적합", "부적합")


@dataclass(frozen=True)
class FormRow:
    session_id: str
    application_id: str
    applicant: str
    item_id: str
    item_label: str
    max_points: str
    scale: str
    score: str
    rationale: str

    def values(self) -> list[str]:
        return [getattr(self, c) for c in COLUMNS]


def rows_for_application(session_id: str, app_id: str, applicant: str, rubric: Rubric,
                         entries: ApplicationEntries, declaration: str | None) -> list[FormRow]:
    """The form rows of one application, pre-filled with what the workspace holds."""

    def row(item_id: str, label: str, max_points: str, scale: str, score: str,
            rationale: str) -> FormRow:
        return FormRow(session_id, app_id, applicant, item_id, label, max_points, scale, score,
                       rationale)

    coi_score = ""
    coi_text = ""
    if declaration == "none":
        coi_score = "none"
    elif entries.conflict is not None:
        coi_score, coi_text = entries.conflict["ground"], entries.conflict["text"]
    out = [row("coi", "이해충돌 신고 (none=없음, 사유 코드=회피)", "", "coi", coi_score, coi_text)]
    for gate in rubric.gates:
        e = entries.gates.get(gate.id)
        decided = ""
        if e is not None and e.value is not None:
            decided = "적합" if e.value == "pass" else "부적합"
        out.append(row(gate.id, f"[적격] {gate.label_ko}", "", "gate", decided,
                       e.rationale if e else ""))
    for group in rubric.groups:
        for item in group.items:
            e = entries.scores.get(item.id)
            out.append(row(item.id, f"{group.label_ko} > {item.label_ko}",
                           _num(item.max_points), item.scale.kind,
                           (e.value or "") if e else "", e.rationale if e else ""))
    for adj in rubric.adjustments:
        e = entries.adjustments.get(adj.id)
        out.append(row(adj.id, adj.label_ko, _num(adj.max_points), adj.kind,
                       (e.value or "") if e else "", e.rationale if e else ""))
    out.append(row("opinion", "종합의견", "", "opinion", "", entries.opinion))
    return out


def _num(value: object) -> str:
    text = f"{value:f}" if hasattr(value, "is_finite") else str(value)
    return text.rstrip("0").rstrip(".") if "." in text else text
