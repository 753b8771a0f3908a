"""Korean texts of the member's keyboard walk (ui/member/: the conflicts dialog, the finalize
dialog, the main window's keys and their help), kept apart from update_translations.KO so that
screens built in parallel merge without conflicts."""

MEMBER_KEYS = {
    # Ctrl+P with no document shown (recused, or still being decrypted)
    "No document is shown to print.": "인쇄할 문서가 화면에 없습니다.",
    # the conflicts dialog: its button reached by Alt+A; Escape asks before dropping what was typed
    "No conflict with &all the others": "나머지는 모두 이해충돌 없음(&A)",
    "Discard the declarations and reasons entered here? They are not saved.":
        "여기에서 고르거나 적은 신고와 사유를 버리시겠습니까? 저장되지 않습니다.",
    # Ctrl+S: saved at once (it is also saved as the member types)
    "Save now": "지금 저장",
    "Save now (everything is also saved as you type)": "지금 저장 (입력하는 대로 자동 저장도 됨)",
    "Everything is saved (Evaluation Desk also saves as you type).":
        "모두 저장되었습니다 (평가위원 데스크는 입력하는 대로 자동으로도 저장합니다).",
    # Enter in the list, in a score field
    "In the list: score the application (its first open entry); in a score: save it and go on "
    "to its rationale": "목록에서: 그 신청 평가 시작(비어 있는 첫 항목으로), 점수 칸에서: 저장하고 "
                        "평가사유로 이동",
    # F1 lists every key of the window
    "Presentation mode (발표 모드)": "발표 모드",
    "Open another bundle or session": "다른 번들 또는 세션 열기",
    # Ctrl+Shift+N: the next application still to do
    "Next application still to do": "아직 남은 다음 신청",
    "Next application still to do (its first open entry)":
        "아직 남은 다음 신청 (비어 있는 첫 항목으로)",
    "This is the last application still to do.": "아직 남은 마지막 신청입니다.",
    "Every application is done: Evaluation > Finalize and sign (Ctrl+Shift+S).":
        "모든 신청을 마쳤습니다. 평가 > 평가결과 확정 및 서명(Ctrl+Shift+S)으로 넘어가십시오.",
    # Enter in a reason does not save it half-written; Ctrl+Enter does
    "Enter on a declaration goes on to its reason; Enter in a reason does not save it: "
    "Ctrl+Enter saves.": "신고 칸에서 Enter를 누르면 사유 칸으로 넘어갑니다. 사유 칸의 Enter로는 "
                         "저장되지 않으며, 저장은 Ctrl+Enter입니다.",
    "Save the declarations (Ctrl+Enter)": "신고 저장 (Ctrl+Enter)",
    "(Ctrl+Enter: OK)": "(Ctrl+Enter: 확인)",
    # F1: the document tabs' arrows, Ctrl+Enter in the dialogs with a reason
    "On the document tabs: another document of the application": "문서 탭에서: 이 신청의 다른 문서",
    "In the conflicts dialog and a revision's reason: save (Enter there does not)":
        "이해충돌 신고와 개정 사유에서: 저장 (그곳의 Enter로는 저장되지 않음)",
    # 발표 모드's own keys, under F1 there
    "Back to the normal window": "평가 화면으로 돌아가기",
    "Next / previous applicant": "다음 / 이전 발표 신청",
    "Next / previous slide": "발표자료 다음 / 이전 쪽",
    "Focus the slides": "발표자료로 이동",
    "Focus the rubric (its first open entry)": "평가표로 이동 (비어 있는 첫 항목으로)",
    "Find in the slides": "발표자료에서 찾기",
    "Hand in this applicant (이 신청 제출)": "이 신청 제출",
    "Next / previous field (the applicant, the slides, the rubric, the notes)":
        "다음 / 이전 입력칸 (발표 신청 → 발표자료 → 평가표 → 메모)",
    # the menus' letters: Overview is &V, the preview &W (they shared V in English)
    "Previe&w my score sheet (PDF, not signed)…": "내 평가표 미리보기 (PDF, 서명 전)(&W)…",
    # the home window: Alt+O, Alt+M
    "&Open a bundle…": "번들 열기(&O)…",
    "Continue a session &moved from another laptop…":
        "다른 노트북에서 옮겨 온 세션 이어서 하기(&M)…",
}
