"""Korean texts of the 발표 day's screens (ui/session/, ui/member/presentation.py), kept apart
from update_translations.KO so that screens built in parallel merge without conflicts."""

REVIEW_DAY = {
    "… and %n more": "… 외 %n건",
    "Presentation order (발표순서)": "발표순서",
    "Draw the order (추첨)": "발표순서 추첨",
    "Draw the order first": "먼저 발표순서 추첨",
    "This session's order is drawn in the room. Press “Draw the order (추첨)” on the "
    "left before the first presentation.":
        "이 발표평가는 현장에서 발표 순서를 추첨합니다. 첫 발표 전에 왼쪽의 ‘발표순서 추첨’을 "
        "누르십시오.",
    "A six-digit seed is drawn and shown; the order follows from it and is recorded in the "
    "result.": "여섯 자리 추첨번호를 뽑아 보여 줍니다. 발표순서는 이 번호로 정해지며 결과에 "
               "기록됩니다.",
    "Seed of the draw": "추첨번호",
    "Presentation order": "발표순서",
    "Drawn in the room; the seed below is recorded in the result.":
        "현장에서 추첨했습니다. 아래 추첨번호가 결과에 기록됩니다.",
    "Drawn": "추첨 완료",
    "The order is drawn in the room: press Draw before the first presentation.":
        "발표순서는 현장에서 추첨합니다. 첫 발표 전에 추첨을 누르십시오.",
    "The order of the session spec (you may still draw it).":
        "평가 세션 명세의 순서입니다 (추첨할 수도 있습니다).",
    "Latest sheet": "최근 제출",
    "full sheet": "전체 평가표",
    "hand-in %1": "%1차 제출",
    "none yet": "미제출",
    "recused": "회피",
    "awaited": "대기",
    "handed in, signed": "서명된 평가표 제출됨",
    "presented, no signed sheet for it yet": "발표는 끝났고 서명된 평가표가 아직 없음",
    "not presented yet": "아직 발표 전",
    "Start or pause the timer": "타이머 시작 / 일시정지",
    "Next applicant": "다음 발표",
    "Projector: the timer in big digits, full screen": "프로젝터: 큰 숫자 타이머, 전체 화면",
    "Take in a folder of sheets": "폴더의 평가표 가져오기",
    "Verify and compute again (provisional)": "다시 검증하고 계산 (잠정)",
    "Final consolidation: sign and export": "최종 종합: 서명하고 내보내기",
    "Evaluation Desk — review session (발표평가)": "평가위원 데스크 — 발표평가 진행",
    "Hand-ins": "제출 현황",
    "Take in a folder…": "폴더 가져오기…",
    "Ctrl+Shift+O; or drop a folder or sheets onto the window":
        "Ctrl+Shift+O. 폴더나 평가표를 창에 끌어다 놓아도 됩니다",
    "Watch:": "감시:",
    "the USB stick's folder, e.g. E:\\ or /media/usb": "USB 폴더 (예: E:\\ 또는 /media/usb)",
    "Folder to watch": "감시할 폴더",
    "Watch": "감시",
    "Stop watching": "감시 중지",
    "Look at the folder every 2 seconds and take in each new signed sheet":
        "2초마다 폴더를 살펴 새로 서명된 평가표를 가져옵니다",
    "Drop the members' sheets or the USB stick's folder here, or watch the stick's folder.":
        "위원의 평가표나 USB 폴더를 여기에 끌어다 놓거나, USB 폴더를 감시하십시오.",
    "Hand-ins (제출 현황)": "제출 현황",
    "Consolidation (종합평가)": "종합평가",
    "Provisional result (잠정)": "잠정 결과",
    "F5: verify every sheet taken in and compute the provisional result":
        "F5: 가져온 평가표를 모두 검증하고 잠정 결과를 계산합니다",
    "Final consolidation and signature…": "최종 종합 및 서명…",
    "Ctrl+S: once every member has handed in every applicant; records the drawn seed":
        "Ctrl+S: 모든 위원이 모든 신청을 제출한 뒤. 추첨번호를 기록합니다",
    "Open 종합평가표": "종합평가표 열기",
    "Print 종합평가표…": "종합평가표 인쇄…",
    "Projector": "프로젝터",
    "Leave the projector view": "프로젝터 화면 끝내기",
    "Review session (발표평가)": "발표평가 진행",
    "Take in the sheets of a folder": "폴더의 평가표 가져오기",
    "Type or choose the folder to watch first.": "먼저 감시할 폴더를 입력하거나 고르십시오.",
    "Watching %1 every 2 seconds.": "%1 폴더를 2초마다 확인하고 있습니다.",
    "Not watching.": "감시하지 않음.",
    "%1: took in %n new sheet(s).": "%1: 새 평가표 %n개를 가져왔습니다.",
    "%1: no new signed sheet there.": "%1: 새로 서명된 평가표가 없습니다.",
    "Every member has handed in every applicant: the final consolidation can be signed "
    "(Ctrl+S).": "모든 위원이 모든 신청을 제출했습니다. 최종 종합 결과에 서명할 수 있습니다 "
                 "(Ctrl+S).",
    "잠정 (provisional, not signed).": "잠정 결과 (서명 전).",
    "No sheet yet: %1.": "평가표 미제출: %1.",
    "Not scored yet (%n):": "아직 채점하지 않음 (%n건):",
    "Time left": "남은 시간",
    "Start": "시작",
    "Ctrl+Space: start or pause": "Ctrl+Space: 시작 / 일시정지",
    "Restart": "처음부터",
    "Ready: presentation %1 min, questions %2 min": "준비: 발표 %1분, 질의응답 %2분",
    "Presentation (발표)": "발표",
    "Questions (질의응답)": "질의응답",
    "Time is up": "시간 종료",
    "paused": "일시정지",
    "one minute left": "1분 남음",
    "Pause": "일시정지",
    "Resume": "계속",
    "Hand in (제출)": "제출",
    "A partial sheet is signed with the %n application(s) scored so far: ":
        "지금까지 채점한 신청 %n건으로 부분 평가표에 서명합니다: ",
    "Scoring stays open: a later hand-in or the full sheet replaces this one.":
        "채점은 계속할 수 있습니다. 나중의 제출이나 전체 평가표가 이 제출을 대체합니다.",
    "Folder (the USB stick)": "저장할 폴더 (USB)",
    "Sign and hand in": "서명하고 제출",
    "Write the hand-in to": "제출 평가표를 저장할 폴더",
    "Choose the folder (the USB stick) first.": "먼저 저장할 폴더(USB)를 고르십시오.",
    "&Presentation mode (발표 모드)": "발표 모드(&P)",
    "Presentation mode (발표 모드)": "발표 모드",
    "Applicant presenting": "발표 중인 신청",
    "Presenting:": "발표:",
    "Hand in this applicant (이 신청 제출)…": "이 신청 제출…",
    "Ctrl+Shift+H: sign a partial sheet with the applications scored so far, for the USB "
    "stick": "Ctrl+Shift+H: 지금까지 채점한 신청으로 부분 평가표에 서명해 USB에 저장합니다",
    "Questions and answers: private notes that stay on this laptop, never in the score sheet":
        "질의응답 메모: 이 노트북에만 남고 평가표에는 들어가지 않습니다",
    "Private notes (questions and answers)": "개인 메모 (질의응답)",
    "scored": "채점 완료",
    "not scored yet": "채점 전",
    "The sheet is signed and locked.": "평가표가 서명·확정되어 잠겨 있습니다.",
    "%1 is not complete yet and is not in this hand-in: %2":
        "%1은(는) 아직 채점이 끝나지 않아 이번 제출에 들어가지 않습니다: %2",
    "No application is completely scored yet: score this one first.":
        "채점을 마친 신청이 아직 없습니다. 먼저 이 신청을 채점하십시오.",
    "Signing the hand-in…": "제출 평가표에 서명하는 중…",
    "Handed in (hand-in %1): %2 in %3. Give the stick to the secretariat (간사); you can go on "
    "scoring.": "%1차 제출 완료: %3 폴더의 %2. USB를 간사에게 전달하십시오. 채점은 계속할 수 "
                "있습니다.",
}

# the draw, confirmed before it is made (agenda_pane.ask_and_draw)
REVIEW_DAY.update({
    "Draw the presentation order now? A six-digit seed is drawn and shown; the order it gives "
    "is recorded in the result and cannot be drawn again.":
        "지금 발표 순서를 추첨하시겠습니까? 여섯 자리 시드를 뽑아 보여 주며, 그에 따른 순서는 "
        "결과에 기록되고 다시 추첨할 수 없습니다.",
})

# the room (tests/test_review_room.py): a sheet without its signature, the end of the last
# presentation, a sheet for an applicant still to present, the board once signed
REVIEW_DAY.update({
    "Not taken in, no signature (.minisig) beside it: %1. Ask the member to copy the .minisig "
    "file onto the stick too.":
        "서명 파일(.minisig)이 옆에 없어 가져오지 않은 평가표: %1. 해당 위원에게 .minisig "
        "파일도 USB에 함께 복사해 달라고 하십시오.",
    "All %1 applicants have presented. Each member now finalizes and signs the full sheet "
    "(평가결과 확정 및 서명) and hands it in; once every sheet is in, Final consolidation and "
    "signature (Ctrl+S).":
        "%1곳 모두 발표를 마쳤습니다. 이제 위원마다 전체 평가표를 확정하고 서명하여(평가결과 "
        "확정 및 서명) 제출합니다. 모든 평가표가 들어오면 ‘최종 종합 및 서명’(Ctrl+S)을 "
        "누르십시오.",
    "Signed: the 종합평가표 and the result are in %1. Print the 종합평가표 (Print 종합평가표…) "
    "and have it signed on paper.":
        "서명했습니다. 종합평가표와 결과는 %1 폴더에 있습니다. 종합평가표를 인쇄하여(종합평가표 "
        "인쇄…) 종이에 서명을 받으십시오.",
    "• %1: a sheet from %2, though %3 is on now: press Next if the room has moved on; if not, "
    "ask which applicant they meant to score.":
        "• %1: 지금 발표 순서는 %3인데 %2의 평가표가 들어왔습니다. 발표가 이미 넘어갔으면 ‘다음 "
        "발표’를 누르고, 아니면 어느 신청을 채점하려 했는지 위원에게 확인하십시오.",
})
