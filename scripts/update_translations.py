"""Rebuild the Korean catalogue: extract, translate, compile (run after changing UI strings).

1. `pyside6-lupdate` collects every `tr()` string of ui/**/*.py into the `.ts` source;
2. the Korean texts below (terms from shared/domain/glossary.md) fill it; existing translations
   are kept, and what is left untranslated is printed (exit 1);
3. `pyside6-lrelease` compiles the `.qm` the app loads. Its output is deterministic, and
   tests/test_translations.py checks that the shipped `.qm` is exactly what the `.ts` compiles to.

    .venv/bin/python scripts/update_translations.py
"""

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6
from ko_chair import CHAIR
from ko_chair_room import CHAIR_ROOM
from ko_chair_walk import CHAIR_WALK
from ko_desk import DESK
from ko_member_keys import MEMBER_KEYS
from ko_member_tools import MEMBER_TOOLS
from ko_review_day import REVIEW_DAY

ROOT = Path(__file__).resolve().parent.parent
TS = ROOT / "resources/translations/evaluation-desk_ko.ts"
QM = TS.with_suffix(".qm")
TOOLS = Path(PySide6.__file__).parent

KO = {
    "Corrected bundle": "정정된 번들",
    "This is a corrected bundle of a session you have open. It changes:\n%1\n\nScores whose "
    "application and rubric are unchanged are kept. Replace the session?":
        "열려 있는 세션의 정정된 번들입니다. 바뀐 내용:\n%1\n\n신청과 평가표가 바뀌지 않은 "
        "점수는 그대로 남습니다. 세션을 바꾸시겠습니까?",
    "The workspace folder is read-only: your scores can be read but not changed.":
        "작업 폴더가 읽기 전용입니다. 점수를 볼 수는 있지만 바꿀 수는 없습니다.",
    "The file cannot be replaced: another program has it open (Excel, a PDF viewer) or it is "
    "read-only. Close it and try again; nothing was lost.":
        "다른 프로그램(Excel, PDF 뷰어 등)이 파일을 열고 있거나 파일이 읽기 전용이라 바꿀 수 "
        "없습니다. 그 파일을 닫고 다시 시도하십시오. 잃어버린 내용은 없습니다.",
    "Another program is writing to the workspace; try again in a moment.":
        "다른 프로그램이 작업 공간에 쓰고 있습니다. 잠시 후 다시 시도하십시오.",
    "The workspace file is damaged (a bad spot on the disk). Your signed sheets are safe where "
    "you saved them. Close Evaluation Desk and start it again: it offers to continue from the "
    "automatic backup named below.":
        "작업 공간 파일이 손상되었습니다(디스크의 불량 부분). 서명한 평가표는 저장한 곳에 그대로 "
        "있습니다. 평가위원 데스크를 닫고 다시 시작하면 아래에 적힌 자동 백업에서 이어서 할 수 "
        "있습니다.",
    "Continue from the automatic backup? Edits made after it was taken must be entered again; "
    "the damaged file is kept in the backups folder.":
        "자동 백업에서 이어서 하시겠습니까? 백업 이후에 한 입력은 다시 해야 합니다. 손상된 "
        "파일은 backups 폴더에 보관됩니다.",
    "Highlight": "형광펜",
    "Highlight the text found (Ctrl+H); or drag across text with the mouse":
        "찾은 글자에 형광펜 (Ctrl+H). 마우스로 글자를 끌어서 칠해도 됩니다",
    "Highlight the text found": "찾은 글자에 형광펜",
    "Highlight the text found (or drag across text with the mouse)":
        "찾은 글자에 형광펜 (마우스로 끌어서 칠해도 됨)",
    "Find the text first": "먼저 글자를 찾으십시오",
    "Highlights": "형광펜 표시",
    "Your highlights in this application (Enter: go there, Delete: remove). They stay on this "
    "laptop.":
        "이 신청에 칠한 형광펜 (Enter: 그곳으로 이동, Delete: 지우기). 이 노트북에만 남습니다.",
    "%1 p. %2": "%1 %2쪽",
    "The passphrase is wrong. Check the keyboard layout (한/영) and Caps Lock, then try again.":
        "암호가 틀렸습니다. 한/영 입력 상태와 Caps Lock을 확인한 뒤 다시 입력하십시오.",
    "This identity file asks for far more unlocking work than Evaluation Desk ever sets: it was "
    "altered, or it is not an Evaluation Desk identity file. Your passphrase was not checked. Use "
    "your own identity file (or its backup copy), or create a new identity and give its card to "
    "the secretariat.":
        "이 신원 파일은 평가위원 데스크가 정하는 것보다 훨씬 많은 잠금 해제 작업을 요구합니다. "
        "파일이 변경되었거나 평가위원 데스크의 신원 파일이 아닙니다. 암호는 확인하지 않았습니다. "
        "본인의 신원 파일(또는 그 백업 사본)을 사용하거나, 새 신원을 만들어 그 카드를 사무국에 "
        "전달하십시오.",
    "This computer is too busy right now to unlock your identity file; your passphrase was not "
    "checked. Close other programs, plug in the power, wait a moment and try again.":
        "지금 이 컴퓨터가 너무 바빠서 신원 파일의 잠금을 풀 수 없습니다. 암호는 확인하지 "
        "않았습니다(틀린 것이 아닙니다). 다른 프로그램을 닫고 전원을 연결한 뒤 잠시 후 다시 "
        "시도하십시오.",
    "The system keyring cannot be used; keep your identity in a passphrase-protected file "
    "instead.": "시스템 키링을 사용할 수 없습니다. 신원을 암호로 보호된 파일에 보관하십시오.",
    "This is not addressed to you: it was not encrypted to your identity.":
        "귀하에게 발송된 것이 아닙니다. 귀하의 신원으로 암호화되어 있지 않습니다.",
    "The bundle was altered or damaged after the secretariat signed it. Do not use it; ask the "
    "secretariat for a new copy.":
        "사무국이 서명한 뒤 번들이 변조되었거나 손상되었습니다. 사용하지 말고 사무국에 새 "
        "번들을 요청하십시오.",
    "The bundle is not signed by the secretariat key you trust. Confirm the key with the "
    "secretariat before going on.":
        "신뢰하는 사무국 키로 서명된 번들이 아닙니다. 계속하기 전에 사무국에 키를 확인하십시오.",
    "The evaluation window is not open now.": "지금은 평가 기간이 아닙니다.",
    "The bundle cannot be opened.": "번들을 열 수 없습니다.",
    "Your identity cannot be used.": "신원을 사용할 수 없습니다.",
    "The sheet is signed and locked; revise it to make changes.":
        "평가표가 서명·확정되어 잠겨 있습니다. 고치려면 수정(재확정)을 시작하십시오.",
    "A conflict of interest was declared (회피): this application cannot be scored.":
        "이해충돌을 신고한 신청입니다(회피). 평가할 수 없습니다.",
    "This breaks a rule of the rubric or the session.":
        "평가기준 또는 평가 세션의 규칙에 맞지 않습니다.",
    "The score sheet cannot be signed or verified.": "평가표를 서명하거나 검증할 수 없습니다.",
    "The workspace cannot be used.": "작업공간을 사용할 수 없습니다.",
    "The action could not be completed.": "작업을 완료하지 못했습니다.",
    "Details: %1": "세부 내용: %1",
    "An unexpected error occurred; the details are in the log file.":
        "예기치 않은 오류가 발생했습니다. 자세한 내용은 로그 파일에 있습니다.",
    "Passphrase of your identity file": "신원 파일의 암호",
    "To sign, enter the passphrase of your identity file (%1):":
        "서명하려면 신원 파일(%1)의 암호를 입력하십시오:",
    "Enter the passphrase of your identity file first.": "먼저 신원 파일의 암호를 입력하십시오.",
    "%1 is not a readable PDF document.": "%1은(는) 읽을 수 있는 PDF 문서가 아닙니다.",
    "%n item(s) still missing": "미완료 항목 %n개",
    "&About": "정보(&A)",
    "&Conflicts of interest…": "이해충돌 신고(&C)…",
    "&Evaluation": "평가(&E)",
    "&Finalize and sign…": "평가결과 확정 및 서명(&F)…",
    "&Help": "도움말(&H)",
    "&Keyboard shortcuts": "단축키(&K)",
    "&Larger text": "큰 글씨(&L)",
    "&Quit": "끝내기(&Q)",
    "&Revise the signed sheet…": "확정한 평가표 수정(&R)…",
    "&View": "보기(&V)",
    "About Evaluation Desk": "평가위원 데스크 정보",
    "Accept and continue": "서약하고 계속",
    "Applicant": "신청기관",
    "Application": "신청",
    "Applications": "신청 목록",
    "Before you score, read and accept the committee's pledge.":
        "평가를 시작하기 전에 평가위원 서약서를 읽고 서약해 주십시오.",
    "Bonus / penalty (가점·감점)": "가점·감점",
    "Choose an application on the left.": "왼쪽 목록에서 신청을 선택하십시오.",
    "Close": "닫기",
    "Complete": "완료",
    "Conflicts of interest": "이해충돌 신고",
    "Conflicts of interest (이해충돌 신고)": "이해충돌 신고",
    "Declaration": "신고",
    "Declaration for %1": "%1 이해충돌 신고",
    "Decrypting the documents…": "문서를 복호화하는 중…",
    "Document %1": "문서 %1",
    "Done": "완료",
    "Eligibility checks (적격)": "적격 확인",
    "Evaluation Desk": "평가위원 데스크",
    "Everything is complete. Signing locks this revision; you can revise it later with a reason.":
        "모든 항목을 입력했습니다. 서명하면 이 차수가 확정(잠금)되며, 나중에 사유를 적어 수정할 "
        "수 있습니다.",
    "Export the signed sheet to": "서명한 평가표를 저장할 폴더",
    "Finalize and sign": "평가결과 확정 및 서명",
    "Finalize and sign (평가결과 확정)": "평가결과 확정 및 서명",
    "Fit width": "너비 맞춤",
    "Focus the document": "문서로 이동",
    "Focus the rubric panel": "평가표로 이동",
    "For every application, declare whether you have a conflict of interest. A conflicted "
    "application is withdrawn from your scoring (회피). The grounds follow the committee rules "
    "(제척 사유).":
        "각 신청에 대해 이해충돌이 있는지 신고하십시오. 이해충돌이 있는 신청은 본인의 평가에서 "
        "제외됩니다(회피). 사유는 평가위원회 규정의 제척 사유를 따릅니다.",
    "I, %1, accept this pledge.": "본인은 위 내용에 서약합니다. (서약자: %1)",
    "In progress": "진행 중",
    "Keyboard shortcuts": "단축키",
    "Language (after restart)": "언어 (다시 시작 후 적용)",
    "Larger text": "큰 글씨",
    "Log": "로그",
    "Next / previous page": "다음 / 이전 쪽",
    "Next application": "다음 신청",
    "Next page": "다음 쪽",
    "Next page (PgDown)": "다음 쪽 (PgDown)",
    "No application selected.": "선택한 신청이 없습니다.",
    "No conflict (없음)": "이해충돌 없음",
    "No document to show for this application.": "이 신청에는 표시할 문서가 없습니다.",
    "No.": "번호",
    "Not saved": "저장되지 않음",
    "Not started": "미착수",
    "Overall opinion": "종합의견",
    "Overall opinion (종합의견)": "종합의견",
    "Opening your identity file… This takes a few seconds.":
        "신원 파일을 여는 중입니다… 몇 초 걸립니다.",
    "Passphrase of your identity file:": "신원 파일의 암호:",
    "Pledge (서약서)": "서약서",
    "Previous application": "이전 신청",
    "Previous page": "이전 쪽",
    "Previous page (PgUp)": "이전 쪽 (PgUp)",
    "Quit": "끝내기",
    "Rationale (평가사유)": "평가사유",
    "Reason": "사유",
    "Reason for %1": "%1 사유",
    "Recused (회피)": "회피",
    "Recused (회피): a conflict of interest was declared for this application, so it cannot be "
    "scored.": "회피: 이 신청은 이해충돌을 신고하여 평가할 수 없습니다.",
    "Recused (회피): you declared a conflict of interest for this application.":
        "회피: 이 신청에 대해 이해충돌을 신고했습니다.",
    "Revise": "수정",
    "Revise the signed sheet": "확정한 평가표 수정",
    "Rubric status": "평가표 상태",
    "Saved": "저장됨",
    "Search": "검색",
    "Search applications": "신청 검색",
    "Search applications (Ctrl+F)": "신청 검색 (Ctrl+F)",
    "Search the application list": "신청 목록 검색",
    "Sign and export…": "서명하고 내보내기…",
    "Signed and exported:": "서명하여 내보냈습니다:",
    "Signed: revision %1 is locked (Evaluation > Revise to change it)":
        "확정됨: %1차 평가표가 잠겼습니다 (평가 > 확정한 평가표 수정)",
    "Signing and writing the sheet…": "평가표에 서명하고 저장하는 중…",
    "Status": "상태",
    "Still missing (Enter or double-click to go there):":
        "아직 입력하지 않은 항목 (Enter 또는 두 번 눌러 이동):",
    "Strengths, weaknesses, recommendations": "강점, 약점, 보완 권고",
    "The workspace %1 has no session yet: open a bundle with `evaluator open SESSION.evb`.":
        "작업공간 %1에 평가 세션이 없습니다. `evaluator open SESSION.evb`로 번들을 여십시오.",
    "This revision is not signed yet; you can still edit it.":
        "이 차수는 아직 확정하지 않았으므로 계속 수정할 수 있습니다.",
    "Total": "총점",
    "Why is the signed sheet being revised? (recorded in the audit log)":
        "확정한 평가표를 수정하는 사유 (감사 로그에 기록됨)",
    "Workspace": "작업공간",
    "Zoom in": "확대",
    "Zoom in (Ctrl++)": "확대 (Ctrl++)",
    "Zoom in / out": "확대 / 축소",
    "Zoom out": "축소",
    "Zoom out (Ctrl+-)": "축소 (Ctrl+-)",
    "conflict of interest not declared": "이해충돌 미신고",
    "eligibility not decided": "적격 여부 미판정",
    "not scored": "미입력",
    "overall opinion %1 / %2 characters": "종합의견 %1 / %2자",
    "overall opinion missing": "종합의견 미입력",
    "pledge not accepted": "서약 전",
    "rationale": "평가사유",
    "rationale %1 / %2 characters": "평가사유 %1 / %2자",
    "rationale missing": "평가사유 미입력",
    "score missing": "점수 미입력",
    "subtotal": "소계",
    "— not declared —": "— 미신고 —",
    "Welcome to Evaluation Desk": "평가위원 데스크에 오신 것을 환영합니다",
    "&Open another bundle or session…": "다른 번들 또는 세션 열기(&O)…",
    "Undo / redo in the field": "입력칸 되돌리기 / 다시 실행",
    "Print the document (if the bundle allows)": "문서 인쇄 (번들이 허용한 경우)",
    "&Print the document…": "문서 인쇄(&P)…",
    "The secretariat did not allow printing.": "사무국이 인쇄를 허용하지 않았습니다.",
    "Pages": "쪽 목록",
    "p. %1": "%1쪽",
    "Show": "표시",
    "All applications": "전체 신청",
    "Still to do": "남은 신청",
    "Evaluation Desk is already open on this workspace (%1); use that window.":
        "평가위원 데스크가 이미 이 작업공간(%1)을 열고 있습니다. 열려 있는 창을 사용하십시오.",
    "Find in the document (Ctrl+F)": "문서에서 찾기 (Ctrl+F)",
    "Find in the document": "문서에서 찾기",
    "Next / previous rubric item": "다음 / 이전 평가항목",
    "Grade of the focused grade item": "선택한 등급 항목의 등급",
    "Search applications (Ctrl+L)": "신청 검색 (Ctrl+L)",
    "Private notes": "개인 메모",
    "Private notes: stay on this laptop, never in the score sheet":
        "개인 메모: 이 노트북에만 남고 평가표에는 들어가지 않습니다",
    "Next rubric item": "다음 평가항목",
    "Previous rubric item": "이전 평가항목",
    "in progress": "진행 중",
    "signed": "확정",
    "Create your identity: a key that receives the encrypted applications and a key that signs "
    "your score sheet. Give your public card to the secretariat.":
        "먼저 신원, 곧 본인의 서명용 열쇠를 만드십시오. 이 열쇠로 사무국이 암호화해 보낸 "
        "신청서를 열고, 평가표에 전자서명을 합니다 (인감도장과 같은 역할). 열쇠의 공개 카드는 "
        "사무국에 전달합니다.",
    "New identity": "새 신원 (서명용 열쇠)",
    "Name": "성명",
    "Affiliation": "소속",
    "Keep the secret keys in the OS keyring": "비밀키를 운영체제 키링에 보관",
    "Keep them in a passphrase-protected file (e.g. a USB stick)":
        "암호로 보호된 파일에 보관 (예: USB 메모리)",
    "Choose…": "선택…",
    "Identity file": "신원 파일 (서명용 열쇠 파일)",
    "Passphrase": "암호",
    "Passphrase again": "암호 확인",
    "Create identity": "서명용 열쇠 만들기",
    "Import an identity file…": "신원 파일 가져오기…",
    "Please enter your name.": "성명을 입력하십시오.",
    "Choose a file.": "파일을 선택하십시오.",
    "The two passphrases differ.": "두 암호가 다릅니다.",
    "Protecting the keys with your passphrase…": "암호로 키를 보호하는 중…",
    "Import an identity file": "신원 파일 가져오기",
    "Passphrase:": "암호:",
    "Unlocking the identity file…": "신원 파일을 여는 중…",
    "Export my card for the secretariat…": "사무국에 보낼 내 카드 내보내기…",
    "Evaluation sessions": "평가 세션",
    "Open the bundle (.evb) you received from the secretariat, or drop it onto this window.":
        "사무국에서 받은 번들(.evb)을 열거나 이 창으로 끌어다 놓으십시오.",
    "Open a bundle…": "번들 열기…",
    "Recent sessions": "최근 세션",
    "Recent sessions (Enter or double-click to continue):":
        "최근 세션 (Enter 또는 두 번 눌러 계속):",
    "Fingerprint": "지문",
    "Compare this fingerprint aloud with the secretariat.":
        "이 지문을 사무국과 소리 내어 대조하십시오.",
    "Export my card": "내 카드 내보내기",
    "Your card was saved to %1. Give it to the secretariat.":
        "카드를 %1에 저장했습니다. 사무국에 전달하십시오.",
    "Open a bundle": "번들 열기",
    "Session bundles (*.evb)": "세션 번들 (*.evb)",
    "New secretariat key": "새 사무국 키",
    "This bundle is signed by the secretariat key %1. Compare this fingerprint aloud with the "
    "secretariat before you trust it. Trust it?":
        "이 번들은 사무국 키 %1로 서명되었습니다. 신뢰하기 전에 이 지문을 사무국과 소리 내어 "
        "대조하십시오. 신뢰하시겠습니까?",
    # issue 13: the score on screen is the score saved
    "%1–%2 points, in steps of %3": "%1–%2점, %3점 단위",
    "“%1” was not saved: %2.": "저장하지 않은 값 “%1”: %2로 입력하십시오.",
    "nothing": "없음",
    "Not allowed, not saved: %1 (saved: %2)":
        "입력할 수 없는 값이라 저장하지 않았습니다: %1 (저장된 점수: %2)",
    # issue 13: sign with a summary, and say what comes next
    "Check what you are signing. Signing locks this revision; you can revise it later with a "
    "reason.": "서명할 내용을 확인하십시오. 서명하면 이 차수가 확정(잠금)되며, 나중에 사유를 "
    "적어 수정할 수 있습니다.",
    "Still missing": "아직 입력하지 않은 항목",
    "What you are signing": "서명할 평가 결과",
    "Rubric: %1": "평가표: %1",
    "Open folder": "폴더 열기",
    "View PDF": "PDF 보기",
    "%1 %2 — %n item(s) missing": "%1 %2 — 미완료 %n건",
    "Before scoring": "평가 시작 전",
    "in %1": "저장 위치: %1",
    "Next: hand these three files to the secretariat (간사) or the chair (위원장) on the USB "
    "stick, or as the session's instructions say.":
        "다음 할 일: 이 세 파일을 USB 메모리에 담아 간사 또는 위원장에게 전달하십시오 (평가 "
        "안내에 다른 방법이 있으면 그에 따르십시오).",
    "proposed points — not the official table of the call; the secretariat confirms the points":
        "제안 배점 — 공모지침의 공식 배점표가 아니며, 배점은 사무국이 확인합니다",
    "official points of the call": "공모지침의 공식 배점",
    "recused (회피)": "회피",
    "ineligible (부적격): %1 failed": "부적격: %1 부적합",
    "complete": "완료",
    "not started": "미착수",
    # issue 13: the first screen leads
    "en": "ko",  # the language mark: what the UI shows (ui/i18n.py)
    "Recused": "회피",
    "Deadline %1": "마감 %1",
    "Signed: hand the three files to the secretariat": "확정함: 세 파일을 간사에게 전달하십시오",
    "Next: read and accept the pledge": "다음: 서약서 읽고 서약하기",
    "Next: declare conflicts of interest": "다음: 이해충돌 신고하기",
    "Next: finalize and sign": "다음: 평가결과 확정 및 서명",
    "Next: score %n more application(s)": "다음: 남은 신청 %n건 평가하기",
    # issue 13: a failed gate explains itself
    "— not decided": "— 미판정",
    "Pass (적합)": "적합",
    "Fail (부적합)": "부적합",
    "Why does it fail? (written into the signed sheet)": "부적합 사유 (서명하는 평가표에 기록됨)",
    "Failed (부적합): the item scores are no longer required, and this application will be "
    "ineligible (부적격) in the consolidation. Write the reason below the check.":
        "부적합으로 판정하면 평가항목 점수는 더 이상 필수가 아니며, 이 신청은 종합 평가에서 "
        "부적격으로 처리됩니다. 판정 아래에 부적합 사유를 적으십시오.",
    "Ineligible (부적격): an eligibility check failed": "부적격: 적격 확인에서 부적합 판정",
    # issue 13: keyboard-only scoring
    "Next / previous field (list → document: tabs, page and zoom buttons, search, pages → "
    "rubric)": "다음 / 이전 입력칸 (목록 → 문서: 탭, 쪽·확대 단추, 찾기, 쪽 목록 → 평가표)",
    "Next / previous pane": "다음 / 이전 영역",
    "In the list: another application; in a score: one step up or down":
        "목록에서: 다른 신청으로 이동, 점수 칸에서: 한 단위 올리기 / 내리기",
    "Up/Down: another application; Tab: on to the document":
        "위/아래 화살표: 다른 신청, Tab: 문서로 이동",
    "Next pane": "다음 영역",
    "Previous pane": "이전 영역",
    "Documents of this application": "이 신청의 문서",
    "Rubric panel": "평가표",
    # issue 13: find works the first time
    "Searching…": "찾는 중…",
    "No match": "찾는 글자가 없습니다",
    # issue 13: Korean throughout; every error says what to do in the app
    "Declared in advance by the secretariat": "사무국 사전 신고",
    "This computer's keyring cannot keep your signing key. Keep it in a passphrase-protected "
    "file instead: choose “Keep them in a passphrase-protected file” when you create your "
    "identity, or import your identity file.":
        "이 컴퓨터의 키링에는 서명용 열쇠를 보관할 수 없습니다. 신원을 만들 때 ‘암호로 보호된 "
        "파일에 보관’을 고르거나, 가지고 있는 신원 파일을 가져오십시오.",
    "This bundle is not addressed to you: it was not encrypted to your signing key. Check that "
    "the secretariat has your current card, and ask for a bundle made for you.":
        "귀하에게 발송된 번들이 아닙니다. 사무국이 귀하의 현재 카드를 가지고 있는지 확인하고, "
        "귀하에게 맞게 만든 번들을 요청하십시오.",
    "The evaluation window is not open now. Check the dates with the secretariat.":
        "지금은 평가 기간이 아닙니다. 평가 기간을 사무국에 확인하십시오.",
    "The bundle cannot be opened. Ask the secretariat for a new copy.":
        "번들을 열 수 없습니다. 사무국에 새 번들을 요청하십시오.",
    "Your signing key cannot be used. Check the identity file (is the USB stick in?) and its "
    "passphrase; if it is lost, create a new identity and give its card to the secretariat.":
        "서명용 열쇠를 사용할 수 없습니다. 신원 파일(USB 메모리가 꽂혀 있는지)과 암호를 "
        "확인하십시오. 잃어버렸다면 새 신원을 만들고 그 카드를 사무국에 전달하십시오.",
    "This breaks a rule of the rubric or the session; it was not saved.":
        "평가기준 또는 평가 세션의 규칙에 맞지 않아 저장하지 않았습니다.",
    "The score sheet cannot be signed or verified. Choose another folder (one you can write to) "
    "and try again.":
        "평가표에 서명하거나 검증할 수 없습니다. 쓰기가 가능한 다른 폴더를 골라 다시 "
        "시도하십시오.",
    "The session, application or item was not found in this workspace.":
        "이 작업공간에서 해당 세션, 신청 또는 항목을 찾을 수 없습니다.",
    "The session's rubric or description is not valid. Ask the secretariat for a corrected "
    "bundle.": "평가 세션의 평가기준 또는 설명이 올바르지 않습니다. 사무국에 수정된 번들을 "
               "요청하십시오.",
    "The workspace cannot be used. Do not delete anything; tell the secretariat (the log file "
    "is named under Help > About).":
        "작업공간을 사용할 수 없습니다. 아무것도 지우지 말고 사무국에 알리십시오 (로그 파일 "
        "위치는 도움말 > 정보에 있습니다).",
    "Technical details (for the secretariat): %1": "기술 정보 (사무국 문의용): %1",
    "Technical details: %1": "기술 정보: %1",
    # issue 13: honest words for bad files
    "This bundle file is incomplete (%1 of at least %2 bytes): the copy was cut off. Copy it "
    "again from the USB stick, or ask the secretariat to send it again.":
        "번들 파일이 완전하지 않습니다 (%2바이트 이상 중 %1바이트): 복사가 중간에 끊겼습니다. "
        "USB 메모리에서 다시 복사하거나 사무국에 다시 보내 달라고 요청하십시오.",
    "This file is not an evaluation bundle (.evb), or it is damaged. Open the bundle file the "
    "secretariat sent you.":
        "평가 번들(.evb) 파일이 아니거나 손상된 파일입니다. 사무국에서 받은 번들 파일을 "
        "여십시오.",
    # issue 13: smaller stumbles
    "No conflict with all the others": "나머지는 모두 이해충돌 없음",
    "Every application not declared yet: no conflict (나머지는 모두 이해충돌 없음)":
        "아직 신고하지 않은 모든 신청을 ‘이해충돌 없음’으로 신고합니다",
    "Write the reason for each conflict you declare: %1":
        "이해충돌을 신고한 신청마다 사유를 적으십시오: %1",
    "Signed": "확정됨",
    "at least %1 characters": "%1자 이상",
    "The passphrase protects your signing key: at least %1 characters (now %2).":
        "암호는 서명용 열쇠를 보호합니다: %1자 이상 (지금 %2자).",
}

KO.update(CHAIR)  # the chair's consolidation screen (ui/chair/)
KO.update(REVIEW_DAY)
KO.update(CHAIR_ROOM)  # the chair's room: sources, the day under way, next steps
KO.update(CHAIR_WALK)  # the chair's day with bad sheets
KO.update(DESK)  # the secretariat's desk (ui/secretariat/)
KO.update(MEMBER_TOOLS)  # the member's tools (issue 20 items 9–12)
KO.update(MEMBER_KEYS)  # the member's day by keyboard alone
KO.update({  # the welcome window's way to the committee screens
    "Committee (chair and 간사)": "위원회 (위원장·간사)",
    "Consolidate a round (종합평가)…": "종합평가 열기…",
    "Run the 발표 day (review session)…": "발표평가 진행…",
    "The round's bundle": "평가 번들 선택",
    "Verify and consolidate the members' signed sheets, or run the 발표 day, for the round's "
    "bundle. Only the chair or the secretariat signs the result; any member may open it to "
    "verify.": "평가 번들을 골라 위원들이 서명한 평가표를 검증·종합하거나 발표평가 당일을 "
               "진행합니다. 결과에는 위원장이나 사무국만 서명하며, 다른 위원은 검증용으로 열 수 "
               "있습니다.",
})


def extract(ts: Path = TS) -> None:
    """Collect the UI's strings into `ts` (no source locations: they only churn the diff)."""
    sources = sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run([str(TOOLS / "lupdate"), "-silent", "-no-obsolete", "-locations", "none",
                    *sources, "-ts", str(ts)], cwd=ROOT, check=True)


def compile_catalogue(ts: Path, qm: Path) -> None:
    subprocess.run([str(TOOLS / "lrelease"), "-silent", str(ts), "-qm", str(qm)], check=True)


def fill() -> list[str]:
    tree = ET.parse(TS)
    missing = []
    for message in tree.iter("message"):
        source = message.find("source").text or ""
        translation = message.find("translation")
        if source not in KO:
            if translation.get("type") == "unfinished":
                missing.append(source)
            continue
        if message.get("numerus") == "yes":
            for form in list(translation):
                translation.remove(form)
            ET.SubElement(translation, "numerusform").text = KO[source]
        else:
            translation.text = KO[source]
        translation.attrib.pop("type", None)
    tree.write(TS, encoding="utf-8", xml_declaration=True)
    return missing


def main() -> int:
    extract()
    missing = fill()
    compile_catalogue(TS, QM)
    for source in missing:
        print(f"untranslated: {source!r}")
    return 1 if missing else 0


if __name__ == "__main__":
    sys.exit(main())
