"""Korean texts of the chair's consolidation screen (ui/chair/), kept apart from
update_translations.KO as ko_review_day.py is."""

CHAIR = {
    "Sign again": "다시 서명",
    "A signed result is already in %1. Sign again and replace it? Whoever has the earlier "
    "one must then get the new one.":
        "%1에 서명된 결과가 이미 있습니다. 다시 서명해 바꾸시겠습니까? 이전 결과를 받은 "
        "사람에게는 새 결과를 다시 보내야 합니다.",
    "replaced by revision %1": "%1차 평가표로 대체됨",
    "%1 is rejected: %2": "%1 거부됨: %2",
    "%1 (%2) has not handed in a sheet": "%1(%2) 위원의 평가표가 제출되지 않음",
    "%1 has not yet scored %2 (their latest sheet is partial)":
        "%1 위원이 아직 %2을(를) 채점하지 않음 (최근 평가표가 부분 제출본)",
    "nobody scored it: every member is conflicted (회피) or excluded":
        "채점한 위원 없음: 모든 위원이 회피했거나 제외됨",
    "%1 score(s), fewer than the rule or the session's quorum needs; %2 applied":
        "점수 %1건: 산정 방식이나 평가 정족수가 요구하는 수보다 적어 %2 적용",
    "the same file as %1": "%1과(와) 같은 파일",
    "excluded by the chair: %1": "위원장이 제외함: %1",
    "%1 %2: final score %3": "%1 %2: 최종점수 %3",
    "counted": "반영",
    "dropped (highest/lowest)": "제외 (최고·최저점)",
    "deviation flag": "편차 표시",
    "%1 (회피)": "%1 (회피)",
    "final score %1": "최종점수 %1",
    "Calibration: each member's mean offset from the committee":
        "위원별 평균 편차 (위원회 평균 대비)",
    "mean offset (points)": "평균 편차 (점)",
    "%1 (n=%2)": "%1 (%2건)",
    "used": "사용",
    "superseded": "대체됨",
    "duplicate": "중복",
    "rejected": "거부",
    "excluded": "제외",
    "missing": "미제출",
    "trimmed mean (highest and lowest dropped)": "최고·최저점 제외 평균",
    "mean": "산술평균",
    "median": "중앙값",
    "climate crisis": "기후위기 대응형",
    "depopulation": "지역소멸·인구변화 대응형",
    "The result cannot be signed yet: a sheet is rejected or missing. Hand in the sheet, or "
    "exclude the member with a reason (Exclude a member…). The figures below are provisional "
    "(잠정).":
        "아직 결과에 서명할 수 없습니다: 거부되었거나 제출되지 않은 평가표가 있습니다. 평가표를 "
        "받거나, 사유를 적어 해당 위원을 제외하십시오 (위원 제외…). 아래 점수는 잠정입니다.",
    "Some applications were scored by fewer members than the rule needs. Acknowledge the small "
    "panels to sign. The figures below are provisional (잠정).":
        "규칙이 요구하는 것보다 적은 위원이 평가한 신청이 있습니다. 서명하려면 소규모 평가를 "
        "확인하십시오. 아래 점수는 잠정입니다.",
    "The sheets cannot be consolidated.": "평가표를 종합할 수 없습니다.",
    "You can verify and view this result; only the chair or the secretariat of the bundle signs "
    "it. The figures below are provisional (잠정).":
        "결과를 검증하고 볼 수 있습니다. 서명은 이 번들의 위원장 또는 사무국만 합니다. 아래 "
        "점수는 잠정입니다.",
    "Add sheets": "평가표 추가",
    "Add a folder of sheets": "평가표 폴더 추가",
    "Exclude members with a reason": "사유를 적어 위원 제외",
    "Verify and compute again": "다시 검증하고 계산",
    "Verification, scores, charts, ranking": "검증, 점수표, 그래프, 순위",
    "Export the provisional result": "잠정 결과 내보내기",
    "Sign and export the result": "결과에 서명하고 내보내기",
    "Evaluation Desk — consolidation (종합평가)": "평가위원 데스크 — 종합평가",
    "Opening %1…": "%1 여는 중…",
    "Add sheets…": "시트 추가…",
    "Ctrl+O; or drop sheets or folders onto the window":
        "Ctrl+O. 평가표나 폴더를 이 창에 끌어다 놓아도 됩니다",
    "Add folder…": "폴더 추가…",
    "Clear": "비우기",
    "Export provisional…": "잠정 결과 내보내기…",
    "Ctrl+Shift+E: the unsigned result (잠정) with its tables, for discussion":
        "Ctrl+Shift+E: 서명하지 않은 잠정 결과와 표 (협의용)",
    "Rule:": "산정방식:",
    "Rule": "산정방식",
    "the rubric's rule": "평가기준표의 방식",
    "Exclude a member…": "위원 제외…",
    "Acknowledge small panels": "소규모 평가 확인",
    "Some applications were scored by fewer members than the rule needs; the result records "
    "that the chair acknowledged it.":
        "규칙이 요구하는 것보다 적은 위원이 평가한 신청이 있습니다. 위원장이 이를 확인했다는 "
        "사실이 결과에 기록됩니다.",
    "Verification": "검증",
    "Scores": "점수표",
    "Application:": "신청:",
    "Charts": "그래프",
    "Show:": "표시:",
    "Ranking scope": "순위 범위",
    "Ranking": "순위",
    "Only the chair or the secretariat of the bundle signs the result.":
        "결과에는 이 번들의 위원장 또는 사무국만 서명합니다.",
    "Opening and checking the bundle…": "번들을 열고 확인하는 중…",
    "You sign this result as %1.": "%1(으)로 이 결과에 서명합니다.",
    "You verify this result as %1; only the chair or the secretariat signs it.":
        "%1(으)로 이 결과를 검증합니다. 서명은 위원장 또는 사무국만 합니다.",
    "the rubric's rule (%1)": "평가기준표의 방식 (%1)",
    "Add score sheets": "평가표 추가",
    "Score sheets (*.json)": "평가표 (*.json)",
    "Add a folder of score sheets": "평가표 폴더 추가",
    "%n place(s): ": "%n곳: ",
    "Drop sheets or folders here, or add them with the buttons.":
        "평가표나 폴더를 여기에 끌어다 놓거나 버튼으로 추가하십시오.",
    "%1 excluded": "%1 제외",
    "Add the members' signed sheets (.json with its .minisig): drop them or a folder onto this "
    "window, or use Add sheets… / Add folder…":
        "위원들이 서명한 평가표(.json과 .minisig)를 추가하십시오: 이 창에 평가표나 폴더를 끌어다 "
        "놓거나 ‘시트 추가…/폴더 추가…’를 누르십시오.",
    "Verifying the sheets…": "평가표를 검증하는 중…",
    "Verifying the sheets… %v / %m": "평가표를 검증하는 중… %v / %m",
    "Writing %1…": "%1 저장하는 중…",
    "Every sheet verifies and the result can be signed (Ctrl+S).":
        "모든 평가표가 검증되었습니다. 결과에 서명할 수 있습니다 (Ctrl+S).",
    "all applications (overall)": "전체 신청 (전체 순위)",
    "Rule: %1. Struck through: totals the rule dropped; highlighted: deviation flags (ask for "
    "the written reason).":
        "산정방식: %1. 취소선: 산정에서 제외된 점수, 강조: 편차 표시 (서면 사유를 요청하십시오).",
    "Deviation: %1, %2 gave %3, the others' mean is %4 (%5; threshold %6)":
        "편차: %1, %2 %3점, 다른 위원 평균 %4점 (차이 %5, 기준 %6점)",
    "Small panel: %1 (%2)": "소규모 평가: %1 (%2)",
    "Export the provisional result to": "잠정 결과를 저장할 폴더",
    "Exporting…": "내보내는 중…",
    "Rule: %1": "산정방식: %1",
    "Sheets used: %1": "사용한 평가표: %1부",
    "Excluded: %1 — %2": "제외: %1 — %2",
    "Small panels acknowledged.": "소규모 평가를 확인했습니다.",
    "Unlocking the identity and signing…": "신원을 열고 서명하는 중…",
    "Signed and written:": "서명하여 저장했습니다:",
    "Provisional result (잠정, not signed) written:": "잠정 결과(서명 없음)를 저장했습니다:",
    "Exclude members (제외)": "위원 제외",
    "An excluded member's sheets are left out of every figure. The result records the exclusion "
    "and its reason; everyone who verifies the result sees them.":
        "제외한 위원의 평가표는 모든 점수에서 빠집니다. 제외와 그 사유는 결과에 기록되며, 결과를 "
        "검증하는 모든 사람이 볼 수 있습니다.",
    "Excluded members": "제외한 위원",
    "Remove the exclusion": "제외 취소",
    "e.g. the sheet was signed after the deadline": "예: 마감 뒤에 서명한 평가표",
    "Member": "위원",
    "Exclude": "제외",
    "Write the reason for the exclusion first.": "먼저 제외 사유를 적으십시오.",
    "This member is already excluded.": "이미 제외한 위원입니다.",
    "Final score": "최종점수",
    "회피": "회피",
    "dropped by the rule (highest or lowest)": "산정에서 제외 (최고점 또는 최저점)",
    "deviation: %1 against the others' mean %2 (%3; threshold %4 points): ask for the written "
    "reason":
        "편차: %1점, 다른 위원 평균 %2점 (차이 %3, 기준 %4점): 서면 사유를 요청하십시오",
    "conflict of interest declared (회피)": "이해충돌 신고 (회피)",
    "Overall rank": "전체 순위",
    "Rank in subtype": "유형 내 순위",
    "Subtype": "세부유형",
    "Suggested result": "결과 (제안)",
    "Members scoring": "평가위원 수",
    "Title": "사업명",
    "This workspace has no identity yet: create or import one in Evaluation Desk first (the "
    "chair's, or yours to verify).":
        "이 작업공간에는 아직 신원이 없습니다. 먼저 평가위원 데스크에서 신원(위원장의 신원, 또는 "
        "검증할 본인의 신원)을 만들거나 가져오십시오.",
    "Sign the result (종합평가 결과 서명)": "종합평가 결과 서명",
    "%1 (%2) signs this result. The signed result.json and its .minisig, result.csv, "
    "result.xlsx and the 종합평가표 to print (report.pdf; report-public.pdf without names) are "
    "written into the folder.":
        "%1 (%2)이(가) 이 결과에 서명합니다. 서명한 result.json과 .minisig, result.csv, "
        "result.xlsx, 인쇄할 종합평가표(report.pdf, 이름을 가린 공개용 report-public.pdf)가 "
        "폴더에 저장됩니다.",
    "Folder": "폴더",
    "Passphrase of %1": "%1의 암호",
    "Sign and export": "서명하고 내보내기",
    "Write the result to": "결과를 저장할 폴더",
    "Choose the folder for the result first.": "먼저 결과를 저장할 폴더를 고르십시오.",
    "Revision": "차수",
    "File": "파일",
    "no sheet handed in yet": "아직 평가표를 제출하지 않음",
    "r%1": "%1차",
}

# why a sheet does not verify, by the core's kind of finding (ui/texts.py SHEET_FINDINGS)
CHAIR.update({
    "not a score sheet, or the file is damaged": "평가표 파일이 아니거나 파일이 손상되었습니다",
    "the signature does not match: the sheet was changed after it was signed, or damaged":
        "서명이 맞지 않습니다. 서명한 뒤 평가표가 바뀌었거나 손상되었습니다",
    "signed by someone not on the roster, or the member card inside differs from the roster's":
        "평가위원 명단에 없는 사람이 서명했거나, 평가표 속 위원 카드가 명단과 다릅니다",
    "scored on another session or another bundle":
        "다른 평가(세션)나 다른 번들로 채점한 평가표입니다",
    "its pledge or audit record does not match this bundle":
        "서약서 또는 감사 기록이 이 번들과 맞지 않습니다",
    "its applications are not the session's": "평가한 신청 목록이 이 세션과 다릅니다",
    "it scores an application on which the secretariat declared the member's conflict of "
    "interest": "사무국이 이해충돌(회피)을 신고한 신청을 채점했습니다",
    "its scores do not follow the rubric (an item, its points or a total)":
        "점수가 평가기준과 맞지 않습니다 (평가항목, 배점 또는 합계)",
    "the file name is not valid text; rename the file":
        "파일 이름이 올바른 글자가 아닙니다. 파일 이름을 바꾸십시오",
})
