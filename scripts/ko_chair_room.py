"""Korean texts of the chair's room (issue 20 items 1–3): the sources summary, the 발표 day in
progress (ui/chair/day.py) and the next steps after signing (ui/chair/next_steps.py); kept apart
from the other catalogues so that screens built in parallel merge without conflicts."""

CHAIR_ROOM = {
    # sources (ui/chair/sources.py, ui/chair/window.py)
    "%n sheet(s)": "시트 %n개",
    "%n folder(s)": "폴더 %n곳",
    "Sheets and folders added": "추가한 시트와 폴더",
    "List…": "목록…",
    "Every sheet and folder added, with its path": "추가한 시트와 폴더 전체 (경로 포함)",
    "%1 is not a folder: give the folder the members' sheets were collected in.":
        "%1은(는) 폴더가 아닙니다. 위원들의 평가표를 모은 폴더를 지정하십시오.",
    # the 발표 day under way (ui/chair/day.py)
    "%1: %2 of %3 members handed in": "%1: %3명 중 %2명 제출",
    "The 발표 day is under way: %1 of %2 applicants have presented. Provisional (잠정, not "
    "signed): only they are ranked; the others are shown as 발표 전.":
        "발표 진행 중: %2곳 중 %1곳이 발표했습니다. 잠정 결과(서명 전)이며, 발표한 곳만 순위를 "
        "매기고 나머지는 ‘발표 전’으로 표시합니다.",
    "Hand-ins: %1": "평가표 제출: %1",
    "%1 has not handed in a sheet for %2, whose slot is over":
        "%1: 발표가 끝난 %2의 평가표를 아직 제출하지 않음",
    "… and %1 more": "… 외 %1건",
    "Nothing is wrong: every sheet verifies and every member has handed in for the applicants "
    "whose slot is over.":
        "문제 없음: 모든 평가표가 검증되었고, 발표가 끝난 신청은 모든 위원이 제출했습니다.",
    # after signing (ui/chair/window.py, ui/chair/next_steps.py)
    "Signed and written to %1.": "서명하여 %1에 저장했습니다.",
    "Provisional result (잠정, not signed) written to %1: %2.":
        "잠정 결과(서명 없음)를 %1에 저장했습니다: %2.",
    "Next: print the 종합평가표 and have it signed on paper":
        "다음 단계: 종합평가표를 인쇄하여 종이에 서명받기",
    "Open the folder": "폴더 열기",
    "Signs the printed 종합평가표 (확인 및 서명, last page): the chair %1 and the members %2.":
        "인쇄한 종합평가표에 서명할 사람 (마지막 쪽 ‘확인 및 서명’): 위원장 %1, 위원 %2.",
    "the signed paper original": "서명한 종이 원본",
    "the signed result (the secretariat checks it with `evaluator result verify`)":
        "전자서명된 결과 (사무국이 `evaluator result verify`로 확인)",
    "the tables": "집계표",
    "the public report": "공개용 종합평가 결과",
    "the members' signed sheets it was computed from": "산정에 쓴 위원들의 서명된 평가표",
    "To the secretariat: %1.": "사무국에 보낼 것: %1.",
}
