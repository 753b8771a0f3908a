"""Conflict-of-interest grounds (이해충돌 / 회피): the codes of the review form, the signed sheet
and `evaluator coi declare`. A module of its own so that the CLI offers them without importing
the scoring rules and the rubric catalogue (`evaluator coi declare --help`)."""

# 제척 grounds (evaluation-research.md §2.5; 제15조의2 ①1–4) and the selective grounds of the
# national R&D guidance, plus free text. The codes are the public form/sheet vocabulary.
COI_GROUNDS: dict[str, tuple[str, str]] = {
    "party": ("당사자(배우자 포함)이거나 공동권리자·의무자", "Member or spouse is a party"),
    "relative": ("당사자의 친족이거나 친족이었던 경우", "Relative of a party"),
    "advice": ("해당 안건에 자문·연구·용역·감정을 한 경우", "Gave advice, research or services"),
    "agent": ("당사자의 대리인이거나 대리인이었던 경우", "Agent of a party"),
    "same-org": ("신청기관과 동일기관 소속", "Same organisation as the applicant"),
    "mentor": ("신청자와 사제관계", "Teacher–student relationship"),
    "joint-research": ("신청자와 공동연구 수행", "Joint research with the applicant"),
    "prior-contact": ("평가 전 신청자의 사전접촉", "Contacted by the applicant beforehand"),
    "other": ("기타 (사유 직접 기재)", "Other (reason written)"),
}

# The reason recorded with a conflict the secretariat declared in the signed bundle (stored
# text: the sheet and the audit log carry it, so it never changes).
PREDECLARED = "사무국 사전 신고 (pre-declared by the secretariat)"
