"""Korean texts of the member's tools and small fixes of issue 20 items 9–12 (ui/member/
member_tools.py, overview_dialog.py, the rubric counters, the score field's note, the welcome
window's moved session and keyring-less first run), kept apart from update_translations.KO so
that screens built in parallel merge without conflicts."""

MEMBER_TOOLS = {
    # an invalid score left behind when moving to another application
    "Not saved in %1: %2 (not a valid score; the saved value stays)":
        "%1에 저장되지 않았습니다: %2 (유효한 점수가 아니어서 저장된 값이 유지됩니다)",
    # backing up the identity (ui/member/identity_backup.py, member_tools.py)
    "Back up my &identity to a file…": "내 신원(서명 키)을 파일로 백업(&I)…",
    "Back up my identity": "내 신원 백업",
    "Your secret keys are copied into a passphrase-protected file. With it, this identity opens "
    "on another laptop (or on this one after a reinstall): keep the file and its passphrase "
    "apart — whoever has both can sign as you.":
        "비밀 키를 암호로 보호된 파일에 복사합니다. 이 파일이 있으면 다른 노트북에서도 (또는 "
        "다시 설치한 뒤에도) 같은 신원으로 열 수 있습니다. 파일과 암호를 따로 보관하십시오. "
        "둘 다 가진 사람은 본인 명의로 서명할 수 있습니다.",
    "Backup file": "백업 파일",
    "Back up my identity to a file…": "내 신원(서명 키)을 파일로 백업…",
    "Your secret keys, in a passphrase-protected file: they open on another laptop, or on this "
    "one after a reinstall.":
        "비밀 키를 암호로 보호된 파일에 보관합니다. 다른 노트북에서도, 다시 설치한 뒤에도 열 수 "
        "있습니다.",
    "Back up": "백업",
    "Identity file (*.age)": "신원 파일 (*.age)",
    "At least %1 characters (now %2).": "%1자 이상 (지금 %2자).",
    "Written: %1\n\nIt holds your identity %2 and opened again with its passphrase. Keep the "
    "file and the passphrase apart.":
        "저장했습니다: %1\n\n신원 %2이(가) 들어 있으며, 암호로 다시 열어 확인했습니다. "
        "파일과 암호를 따로 보관하십시오.",
    # the Evaluation menu's tools
    "Overview of all applications": "전체 신청 한눈에 보기",
    "O&verview of all applications…": "전체 신청 한눈에 보기(&V)…",
    "Pre&view my score sheet (PDF, not signed)…": "내 평가표 미리보기 (PDF, 서명 전)(&W)…",
    "E&xport the offline form (Excel)…": "오프라인 평가 양식 내보내기 (엑셀)(&X)…",
    "I&mport a filled form…": "작성한 평가 양식 가져오기(&M)…",
    "Move this session to another &laptop…": "이 세션을 다른 노트북으로 옮기기(&L)…",
    "Preview my score sheet": "내 평가표 미리보기",
    "%n thing(s) still missing: the preview shows the sheet once everything is filled in "
    "(Evaluation > Finalize lists what is missing, and the overview shows where).":
        "아직 %n개 항목이 비어 있습니다. 모두 입력하면 미리보기를 볼 수 있습니다 (평가 > "
        "평가결과 확정에서 빠진 항목을, 한눈에 보기에서 그 위치를 확인하십시오).",
    "Export the offline form": "오프라인 평가 양식 내보내기",
    "Excel form (*.xlsx);;CSV (*.csv)": "엑셀 양식 (*.xlsx);;CSV (*.csv)",
    "Form written: %1": "양식을 저장했습니다: %1",
    "Import a filled form": "작성한 평가 양식 가져오기",
    "Filled form (*.xlsx *.csv)": "작성한 양식 (*.xlsx *.csv)",
    "%1 change(s) from %2 row(s) were saved.": "%2개 행에서 %1건을 저장했습니다.",
    "Move this session to another laptop": "이 세션을 다른 노트북으로 옮기기",
    "Moved session (*.evm)": "옮긴 세션 (*.evm)",
    "Written: %1\n\nOnly your identity opens it. On the other laptop, use the same identity "
    "(your identity file) and choose \"Continue a session moved from another laptop\". Go on "
    "scoring there only: changes made on both laptops cannot be joined.":
        "저장했습니다: %1\n\n본인의 키로만 열 수 있습니다. 다른 노트북에서 같은 신원(신원 "
        "파일)으로 \"다른 노트북에서 옮겨 온 세션 이어서 하기\"를 고르십시오. 평가는 그 "
        "노트북에서만 이어서 하십시오. 두 노트북에서 각각 고친 내용은 합칠 수 없습니다.",
    # the overview
    "%n cell(s) still missing (red). Double-click a cell to go there.":
        "아직 %n칸이 비어 있습니다 (빨간색). 칸을 두 번 누르면 그 항목으로 갑니다.",
    "Nothing is missing. Compare the scores across applications before signing.":
        "빠진 항목이 없습니다. 서명하기 전에 신청 간 점수를 비교해 보십시오.",
    "not entered yet": "미입력",
    # the rubric's counters and the score field's note
    "%1 characters (at least %2)": "%1자 (최소 %2자)",
    "%1 characters": "%1자",
    "“%1” is not saved: %2 (saved: %3)": "“%1”은(는) 저장되지 않았습니다: %2 (저장된 값: %3)",
    # first run without a keyring; a session moved from another laptop
    "This computer has no OS keyring service, so your keys go into a passphrase-protected "
    "file (keep it on a USB stick, or in your folder).":
        "이 컴퓨터에는 운영체제 키 저장소(키링)가 없어, 키를 암호로 보호한 파일에 "
        "보관합니다 (USB 메모리나 본인 폴더에 두십시오).",
    "Continue a session moved from another laptop…": "다른 노트북에서 옮겨 온 세션 이어서 하기…",
    "Continue a session moved from another laptop": "다른 노트북에서 옮겨 온 세션 이어서 하기",
    "This laptop's older copy is kept in %1.": "이 노트북의 이전 사본은 %1에 보관했습니다.",
    "Session moved here": "세션을 옮겨 왔습니다",
    "%1 is on this laptop now, with its audit log. Go on scoring here only.":
        "%1 세션이 감사 기록과 함께 이 노트북으로 옮겨졌습니다. 평가는 이제 이 노트북에서만 "
        "이어서 하십시오.",
    "Session not moved": "세션을 옮기지 못했습니다",
    # the walk (an empty highlight list, the language menu)
    "No highlights in this application yet. Drag over text in the document, or find a word "
    "(Ctrl+F) and press Ctrl+H.":
        "이 신청에 칠한 형광펜이 아직 없습니다. 문서에서 글자를 마우스로 끌거나, 낱말을 "
        "찾은 뒤(Ctrl+F) Ctrl+H를 누르십시오.",
    "The language is changed the next time Evaluation Desk starts.":
        "언어는 평가위원 데스크를 다시 시작하면 바뀝니다.",
    "The passphrase is wrong. Check the keyboard layout (한/영) and Caps Lock, and type it "
    "again:":
        "암호가 틀렸습니다. 한/영 입력 상태와 Caps Lock을 확인한 뒤 다시 입력하십시오:",
}
