"""Korean texts of the secretariat's desk (ui/secretariat/, the welcome window's role and desk
box), kept apart from update_translations.KO so that screens built in parallel merge without
conflicts. Words follow shared/domain/glossary.md (사무국·간사, 평가위원, 위원장, 지문, 서약서)."""

DESK = {
    # the window and its steps
    "Evaluation Desk — secretariat (사무국 데스크)": "평가위원 데스크 — 사무국 데스크",
    "Steps": "단계",
    "◀ &Back": "◀ 이전(&B)",
    "&Next ▶": "다음(&N) ▶",
    "The draft could not be saved: %1": "작성 중인 내용을 저장하지 못했습니다: %1",
    "Draft saved %1": "작성 중인 내용 자동 저장 %1",
    "The bundle is still being written. Stop and close?":
        "번들을 아직 만드는 중입니다. 중단하고 닫을까요?",
    "1 Round": "1 평가 개요",
    "2 Applicants": "2 신청기관",
    "3 Committee": "3 평가위원회",
    "4 Rules of the day": "4 평가 운영",
    "5 Check and send": "5 점검·발송",
    "6 Collect": "6 평가표 회수",
    "row %1": "%1행",
    "Findings of this page": "이 단계에서 확인할 점",
    "All findings": "확인할 점 전체",
    # 1. round
    "1. The round": "1. 평가 개요",
    "Which call and stage this round evaluates; the members score with the rubric below.":
        "이번 평가의 사업유형과 평가 단계를 정합니다. 평가위원은 오른쪽 평가표로 평가합니다.",
    "Round": "평가",
    "e.g. 2025 강소형 스마트도시 서면평가": "예: 2025 강소형 스마트도시 서면평가",
    "&Program (사업유형)": "사업유형(&P)",
    "&Stage": "평가 단계(&S)",
    "&Year": "연도(&Y)",
    "&Title": "평가 이름(&T)",
    "Sites to select": "선정 규모",
    "Program": "사업유형",
    "Stage": "평가 단계",
    "Year": "연도",
    "Session id": "세션 ID",
    "Rubric (평가표) as the members see it": "평가표 (평가위원에게 보이는 그대로)",
    "Sub-type's rubric": "세부유형별 평가표",
    "Criterion / item": "평가항목 / 세부항목",
    "Points": "배점",
    "Scale": "척도",
    "What to look for": "평가 착안사항",
    "Rubric items (read-only)": "평가항목 (읽기 전용)",
    "&Import the official table…": "공식 배점표 가져오기(&I)…",
    "The rubric table (XLSX/CSV) with the call's official points; it replaces the proposed "
    "points for this program and stage":
        "공모지침의 공식 배점이 담긴 평가표 (XLSX/CSV). 이 사업유형·평가 단계의 제안 배점을 "
        "대신합니다",
    "the call selects %1": "공모 선정 규모 %1곳",
    "No rubric for this program and stage yet.": "이 사업유형·평가 단계의 평가표가 아직 없습니다.",
    "Import the official table of the call.": "공모지침의 공식 배점표를 가져오십시오.",
    "total %1 points": "총 %1점",
    "0–%1 points": "0–%1점",
    "The official rubric table": "공식 배점표",
    "Tables (*.xlsx *.csv)": "표 (*.xlsx *.csv)",
    "Import the official table": "공식 배점표 가져오기",
    "The table %1 is now the rubric %2 (%3).": "%1을(를) 평가표 %2(으)로 등록했습니다 (%3).",
    "The round is complete.": "평가 개요를 모두 채웠습니다.",
    # 2. applicants
    "2. Applicants": "2. 신청기관",
    "Paste the applicants table (Ctrl+V), import the template you filled, or type in the rows; "
    "then choose or drop the folder of PDFs. A red cell says what is wrong (hover it, or see "
    "the list below).":
        "신청기관 목록을 붙여 넣거나(Ctrl+V), 작성한 양식을 가져오거나, 표에 바로 입력하십시오. "
        "그다음 PDF 폴더를 고르거나 이 화면에 끌어 놓으십시오. 빨간 칸은 고칠 점이 있다는 "
        "뜻입니다 (마우스를 올리거나 아래 목록을 보십시오).",
    "&Import the table…": "목록 가져오기(&I)…",
    "&Paste rows": "붙여넣기(&P)",
    "Ctrl+V in the table: rows copied from Excel or 한셀, with or without the header":
        "표에서 Ctrl+V: 엑셀이나 한셀에서 복사한 행 (머리글은 있어도 없어도 됩니다)",
    "Add a &row": "행 추가(&R)",
    "Remove the row": "행 삭제",
    "Documents &folder…": "문서 폴더(&F)…",
    "The folder of PDFs named after the 신청번호 (A01_사업계획서.pdf, or a folder A01/); or "
    "drop it onto this page":
        "신청번호로 시작하는 PDF가 든 폴더 (A01_사업계획서.pdf, 또는 A01/ 폴더). 이 화면에 끌어 "
        "놓아도 됩니다",
    "Applicants table": "신청기관 목록",
    "Documents": "문서",
    "%1 file(s) · %2 p. · %3": "%1개 · %2쪽 · %3",
    "The applicants table": "신청기관 목록",
    "Import the table": "목록 가져오기",
    "The imported table (%1 rows) replaces the %2 rows now in the table. Replace them?":
        "가져온 표(%1행)가 지금 표에 있는 %2행을 대신합니다. 바꿀까요?",
    "Remove row %1 (%2)? What was typed in it cannot be brought back.":
        "%1행(%2)을 지울까요? 그 행에 입력한 내용은 되돌릴 수 없습니다.",
    "The folder of PDFs": "PDF 폴더",
    "This file matches no 신청번호, so it is not sent. If it is an application's document, "
    "name it after the application (e.g. A01_사업계획서.pdf).":
        "어느 신청번호에도 맞지 않아 번들에 넣지 않는 파일입니다. 신청 문서라면 파일 이름을 "
        "신청번호로 시작하게 바꾸십시오 (예: A01_사업계획서.pdf).",
    "Every applicant is eligible and has readable documents.":
        "모든 신청기관이 신청 자격을 갖추었고 문서를 읽을 수 있습니다.",
    "Documents of the selected applicant": "선택한 신청기관의 문서",
    "Size": "크기",
    "Check": "점검",
    "Add a PDF…": "PDF 추가…",
    "&Replace…": "바꾸기(&R)…",
    "Remove": "빼기",
    "Select an applicant's row to see its documents.": "신청기관 행을 고르면 문서가 보입니다.",
    "No document yet for %1.": "%1의 문서가 아직 없습니다.",
    "%1: %2 file(s), %3 pages": "%1: %2개 파일, %3쪽",
    "PDF documents (*.pdf)": "PDF 문서 (*.pdf)",
    "Add a document": "문서 추가",
    "Replace the document": "문서 바꾸기",
    # findings
    "The cell %1 is empty.": "%1 칸이 비어 있습니다.",
    "The 신청번호 %1 may hold only letters, digits, '-', '_' and '.'.":
        "신청번호 %1에는 영문·숫자·'-'·'_'·'.'만 쓸 수 있습니다.",
    "The 신청번호 %1 is already used in row %2.": "신청번호 %1은(는) %2행에서 이미 썼습니다.",
    "A %1 may not apply to this program (allowed: %2).":
        "기관 유형 %1은(는) 이 사업에 신청할 수 없습니다 (가능: %2).",  # %1 comes quoted
    "Enter the population: this program takes applicants below %1.":
        "인구를 적으십시오. 이 사업은 인구 %1명 미만만 신청할 수 있습니다.",
    "The population must be a number, not %1.": "인구는 숫자로 적으십시오 (지금: %1).",
    "Not eligible: a population of %1 is not below the program's cap of %2.":
        "신청 자격 없음: 인구 %1명은 신청 상한 %2명 미만이 아닙니다.",
    "Choose the sub-type (%1).": "세부유형을 고르십시오 (%1).",
    "There is no sub-type %1 (allowed: %2).":
        "세부유형 %1은(는) 없습니다 (가능: %2).",  # %1 comes quoted
    "Not eligible without an overseas partner institution: fill it in.":
        "해외 협력기관이 없으면 신청 자격이 없습니다. 해외 협력기관을 적으십시오.",
    "%1 already applies in row %2; one application per jurisdiction.":
        "%1은(는) %2행에서 이미 신청했습니다. 관할마다 한 건만 신청할 수 있습니다.",
    "No document yet: choose the documents folder or add a PDF to this row.":
        "문서가 없습니다. 문서 폴더를 고르거나 이 행에 PDF를 추가하십시오.",
    "The document %1 is not in the documents folder.": "문서 %1이(가) 문서 폴더에 없습니다.",
    "The document %1 is no longer there; replace it.":
        "문서 %1이(가) 더 이상 그 자리에 없습니다. 문서를 바꾸십시오.",
    "The document %1 is not a PDF: save it as PDF (한글: 파일 → PDF로 저장하기) and replace "
    "it.": "문서 %1은(는) PDF가 아닙니다. PDF로 저장한 뒤(한글: 파일 → PDF로 저장하기) "
           "바꾸십시오.",
    "The document %1 is not a PDF file; replace it with the PDF.":
        "문서 %1은(는) PDF 파일이 아닙니다. PDF로 바꾸십시오.",
    "The document %1 has a password; replace it with a copy without one.":
        "문서 %1에 암호가 걸려 있습니다. 암호 없는 사본으로 바꾸십시오.",
    "The document %1 is damaged or cut short; ask for it again.":
        "문서 %1이(가) 손상되었거나 잘렸습니다. 다시 받으십시오.",
    "The document %1 is empty (0 bytes).": "문서 %1이(가) 비어 있습니다 (0바이트).",
    "The document %1 has no pages.": "문서 %1에 쪽이 없습니다.",
    "No applicant yet: paste or import the table, or fill in a row.":
        "신청기관이 아직 없습니다. 목록을 붙여 넣거나 가져오거나 행을 입력하십시오.",
    "Give the round a title.": "평가 이름을 적으십시오.",
    "There is no %1 rubric for this program: import the official table.":
        "이 사업유형의 %1평가표가 없습니다. 공식 배점표를 가져오십시오.",
    "%1 sites to select is more than the call's %2.":
        "선정 규모 %1곳은 공모의 %2곳보다 많습니다.",
    "Add the chair's and the members' cards.": "위원장과 평가위원의 카드를 넣으십시오.",
    "Compare this fingerprint with its owner (by phone or in person) and tick it.":
        "이 지문을 본인과 (전화 또는 대면으로) 맞춰 본 뒤 확인 표시를 하십시오.",
    "The card %1 chosen as chair is not a chair's card (its role: %2); ask the chair for a "
    "chair's card.": "위원장으로 고른 카드 %1은(는) 위원장 카드가 아닙니다 (역할: %2). "
                     "위원장에게 위원장 카드를 받으십시오.",
    "The card %1 is not a member's card (its role: %2).":
        "카드 %1은(는) 평가위원 카드가 아닙니다 (역할: %2).",
    "The same person (%1) is on the committee twice; remove one card.":
        "같은 사람(%1)이 위원회에 두 번 들어 있습니다. 카드 하나를 빼십시오.",
    "Add at least one member's card besides the chair's.":
        "위원장 외에 평가위원 카드를 한 장 이상 넣으십시오.",
    "The card %1 changed after its fingerprint was confirmed; compare it with its owner again.":
        "카드 %1이(가) 지문을 확인한 뒤 바뀌었습니다. 본인과 다시 맞춰 보십시오.",
    "A conflict with the ground “other” needs a written reason.":
        "사유 구분이 ‘기타’인 이해충돌에는 사유를 적어야 합니다.",
    "Set when the evaluation opens and closes.": "평가 시작과 종료 시각을 정하십시오.",
    "The evaluation must close after it opens.": "평가 종료 시각은 시작 시각보다 뒤여야 합니다.",
    "Write the pledge the members accept before scoring.":
        "평가위원이 평가 전에 동의할 서약서 문구를 적으십시오.",
    "The earlier stage's result cannot be used: %1": "이전 단계 결과를 쓸 수 없습니다: %1",
    "The application %1 is not on the earlier stage's shortlist.":
        "신청 %1은(는) 이전 단계 결과의 통과 목록에 없습니다.",
    "To check: %1": "확인할 점: %1",
    # 3. committee
    "3. Committee": "3. 평가위원회",
    "Drop the card files the chair and the members sent you. Read each fingerprint aloud "
    "with its owner (by phone or in person) and tick how; only then is the bundle encrypted "
    "to that card.":
        "위원장과 평가위원이 보낸 카드 파일을 끌어 놓으십시오. 지문을 본인과 (전화 또는 대면으로) "
        "소리 내어 맞춰 본 뒤 어떻게 확인했는지 고르십시오. 그래야 그 카드로 번들을 암호화합니다.",
    "&Add card files…": "카드 파일 추가(&A)…",
    "Remove the card": "카드 빼기",
    "Remove %1's card from the committee?": "%1의 카드를 평가위원회에서 뺄까요?",
    "The tick that its fingerprint was compared goes with it.":
        "지문을 확인했다는 표시도 함께 지워집니다.",
    "So do its %n pre-declared conflict(s), with their reasons.":
        "이 위원의 사전 이해충돌 %n건도 사유와 함께 지워집니다.",
    "Role": "역할",
    "Fingerprint (read aloud)": "지문 (소리 내어 확인)",
    "Confirmed": "확인",
    "Chair": "위원장",
    "Committee cards": "평가위원 카드",
    "Pre-declared conflicts (members × applicants)": "사전 이해충돌 (평가위원 × 신청기관)",
    "Tick a cell (Space) when that member may not see that application; its documents are "
    "not encrypted to them. Give the ground and the reason below.":
        "평가위원이 그 신청을 보면 안 되는 칸에 표시하십시오 (Space). 그 위원에게는 해당 문서가 "
        "암호화되지 않습니다. 아래에 사유 구분과 사유를 적으십시오.",
    "Conflicts grid": "이해충돌 표",
    "Ground": "사유 구분",
    "(ground not given)": "(사유 구분 없음)",
    "Reason, e.g. 최근 3년 내 해당 기관 자문": "사유, 예: 최근 3년 내 해당 기관 자문",
    "How %1's fingerprint was confirmed": "%1 지문 확인 방법",
    "not confirmed": "확인 전",
    "confirmed by phone": "전화로 확인",
    "confirmed in person": "대면 확인",
    "chair": "위원장",
    "member": "평가위원",
    "secretariat": "사무국",
    "not a card: %1": "카드가 아닙니다: %1",
    "The members' card files": "평가위원 카드 파일",
    "Cards (*.json)": "카드 (*.json)",
    "Every card is confirmed and the chair is chosen.":
        "모든 카드의 지문을 확인했고 위원장을 정했습니다.",
    # 4. rules
    "4. Rules of the day": "4. 평가 운영",
    "When the members may score, what they pledge, and how the day runs.":
        "평가 기간, 서약서, 평가 당일 진행 방식을 정합니다.",
    "Evaluation window (Korea time)": "평가 기간 (한국 시각)",
    "Opens": "시작",
    "Closes": "종료",
    "발표 day": "발표평가 당일",
    "Presentation (minutes)": "발표 (분)",
    "Questions (minutes)": "질의응답 (분)",
    "in the order of the applicants table": "신청기관 목록 순서대로",
    "drawn in the room (추첨)": "현장에서 추첨",
    "Order": "발표순서",
    "The earlier stage": "이전 평가 단계",
    "&Build on the earlier stage's signed result": "이전 단계의 서명된 결과를 반영(&B)",
    "Signed result (result.json)": "서명된 결과 (result.json)",
    "Signed result": "서명된 결과",
    "Shortlist: top N": "통과: 상위 N곳",
    "all 선정 and 예비 instead": "대신 선정·예비 전부",
    "Shortlist: top": "통과: 상위",
    "Weight of the earlier stage": "이전 단계 반영 비율",
    "Applications that go on": "다음 단계로 가는 신청",
    "Pledge (서약서) the members accept before scoring": "서약서 (평가위원이 평가 전에 동의)",
    "Pledge text": "서약서 문구",
    "Restore the default text": "기본 문구로 되돌리기",
    "The earlier stage's signed result": "이전 단계의 서명된 결과",
    "Results (result.json *.json)": "결과 (result.json *.json)",
    "The rules of the day are set.": "평가 운영 방식을 정했습니다.",
    # 5. send
    "5. Check and send": "5. 점검·발송",
    "Everything the checks still find; press Enter on one to go to its place. When the list "
    "is clear, sign the bundle for the committee.":
        "아직 고칠 점 전체입니다. 항목에서 Enter를 누르면 그 자리로 갑니다. 목록이 비면 "
        "평가위원회에 보낼 번들에 서명하십시오.",
    "Sign and create the bundle": "서명하고 번들 만들기",
    "Signed by": "서명자",
    "Folder for the bundle and the spec": "번들과 명세를 둘 폴더",
    "&Sign and create the bundle": "서명하고 번들 만들기(&S)",
    "Cancel": "취소",
    "What to hand to whom": "누구에게 무엇을 전달합니까",
    "This workspace has no identity yet: create the secretariat's identity here.":
        "이 작업 공간에는 아직 신원이 없습니다. 여기에서 사무국 신원을 만드십시오.",
    "%1 (role %2): bundles are signed with the secretariat's identity.":
        "%1 (역할 %2): 번들은 사무국 신원으로 서명합니다.",
    "Create the secretariat's identity…": "사무국 신원 만들기…",
    "The secretariat's identity": "사무국 신원",
    "This workspace belongs to %1 (role %2) and holds %3 evaluation session(s) opened with "
    "that identity. A workspace holds one identity, so it keeps this one. Prepare the round "
    "in a workspace of its own (start the desk with --workspace FOLDER) and create the "
    "secretariat's identity there.":
        "이 작업 공간은 %1(역할 %2)의 것이며, 그 신원으로 연 평가 세션이 %3개 있습니다. 작업 "
        "공간 하나에는 신원이 하나뿐이므로 지금 신원을 그대로 둡니다. 평가 준비는 별도의 작업 "
        "공간에서 하십시오(데스크를 --workspace 폴더 로 시작). 사무국 신원도 그곳에서 "
        "만드십시오.",
    "This workspace uses the identity of %1 (role %2, %3). A workspace holds one identity: "
    "after this, it signs and opens with the secretariat's new one. The old identity's keys "
    "are not deleted (they stay in the keyring or in their file). Replace it?":
        "이 작업 공간은 %1의 신원(역할 %2, %3)을 씁니다. 작업 공간 하나에는 신원이 하나뿐이어서, "
        "이후로는 새 사무국 신원으로 서명하고 엽니다. 이전 신원의 열쇠는 지워지지 않습니다 "
        "(키링이나 그 파일에 그대로 남습니다). 바꿀까요?",
    "The secretariat's identity is made and remembered in this workspace: %1.":
        "사무국 신원을 만들어 이 작업 공간에 기억했습니다: %1.",
    "The secretariat signs the round's bundle with this identity; each member checks its "
    "fingerprint when they first open the bundle. Its card goes out with the bundle; its "
    "secret keys stay here.":
        "사무국은 이 신원으로 평가 번들에 서명합니다. 평가위원은 번들을 처음 열 때 그 지문을 "
        "확인합니다. 공개 카드는 번들과 함께 나가고, 비밀 열쇠는 이곳에 남습니다.",
    "Folder for the bundle": "번들 폴더",
    "Nothing left to fix: the round is ready to sign.": "고칠 점이 없습니다. 서명할 수 있습니다.",
    "Nothing left to fix in the round. To sign it, first create the secretariat's identity "
    "below.": "평가 준비에서 고칠 점은 없습니다. 서명하려면 먼저 아래에서 사무국 신원을 "
              "만드십시오.",
    "Choose the folder for the bundle first.": "먼저 번들을 둘 폴더를 고르십시오.",
    "This folder already has the signed bundle %1. If it was sent to the committee, the new "
    "bundle must be sent to everyone again, and sheets signed on the old one do not verify "
    "against the new one. Replace it?":
        "이 폴더에 이미 서명한 번들 %1이(가) 있습니다. 평가위원회에 이미 보냈다면 새 번들을 "
        "모두에게 다시 보내야 하며, 이전 번들로 서명한 평가표는 새 번들로 검증되지 않습니다. "
        "새 번들로 바꿀까요?",
    "Sign the bundle": "번들 서명",
    "Passphrase of the secretariat's identity file (%1):": "사무국 신원 파일(%1)의 암호:",
    "Encrypting the documents for each reader and signing…":
        "읽을 사람마다 문서를 암호화하고 서명하는 중…",
    "Cancelling…": "취소하는 중…",
    "Cancelled: no bundle was written (the spec is saved).":
        "취소했습니다. 번들은 만들지 않았습니다 (명세는 저장됨).",
    "The spec was not saved: %1": "명세를 저장하지 않았습니다: %1",
    "The bundle is signed and written: %1": "번들에 서명하여 만들었습니다: %1",
    "To the chair and each of the %1 members: the bundle <b>%2</b> and the secretariat's card "
    "<b>%3</b>, on one USB stick each (label it with the member's name) or by e-mail.":
        "위원장과 평가위원 %1명 각자에게: 번들 <b>%2</b>와 사무국 카드 <b>%3</b>을(를) "
        "한 사람에 USB 하나씩 (위원 이름을 붙여) 또는 전자우편으로 전달합니다.",
    "When a member first opens the bundle, read them this fingerprint on the phone: "
    "<b>%1</b>.": "평가위원이 번들을 처음 열 때 이 지문을 전화로 불러 주십시오: <b>%1</b>.",
    "The same USB stick comes back with the member's signed score sheet, three files: the "
    "sheet (.json), its signature (.minisig) and the printable PDF; collect them on page 6.":
        "같은 USB에 평가위원이 서명한 평가표 파일 세 개(평가표 .json, 서명 .minisig, 인쇄용 "
        "PDF)를 담아 돌려받습니다. 6단계에서 회수합니다.",
    "Never hand out or send the passphrase of the secretariat's identity, nor its identity "
    "file.": "사무국 신원의 암호와 신원 파일은 절대 건네거나 보내지 않습니다.",
    "Keep the spec %1 in this folder: a corrected bundle is made from it.":
        "명세 %1은(는) 이 폴더에 보관하십시오. 정정 번들을 만들 때 씁니다.",
    # 6. collect
    "6. Collect": "6. 평가표 회수",
    "Plug in the USB sticks or choose the folder where the signed score sheets arrive; the "
    "board shows who has handed in what, and follows the folder as sheets arrive.":
        "USB를 꽂거나 서명된 평가표가 모이는 폴더를 고르십시오. 누가 무엇을 제출했는지 보여 "
        "주며, 평가표가 들어오면 바로 다시 확인합니다.",
    "Bundle": "번들",
    "Folder or USB drive of the sheets": "평가표 폴더 또는 USB",
    "Choose a &folder…": "폴더 고르기(&F)…",
    "&Refresh (F5)": "새로 고침(&R) (F5)",
    "Sheets from": "평가표 위치",
    "Handed in": "제출",
    "Sheet": "평가표",
    "Verified": "검증",
    "File or reason": "파일 또는 사유",
    "Who has handed in what": "제출 현황",
    "Open the chair's &consolidation on these sheets": "이 평가표로 위원장 종합평가 열기(&C)",
    "Folder of the score sheets": "평가표 폴더",
    "Open the bundle": "번들 열기",
    "revision %1, hand-in %2 (partial)": "%1차 확정, %2차 부분 제출",
    "revision %1, final": "%1차 확정, 최종",
    "(chair)": "(위원장)",
    "yes": "제출",
    "not yet": "미제출",
    "verified": "검증됨",
    "does not verify": "검증 실패",
    "%1 of %2 members have handed in a verified final sheet.":
        "평가위원 %2명 중 %1명이 검증된 최종 평가표를 제출했습니다.",
    "Choose the round's bundle (made on page 5).": "평가 번들을 고르십시오 (5단계에서 만든 것).",
    "Choose the folder or USB drive the sheets are on.": "평가표가 든 폴더나 USB를 고르십시오.",
    "There is no folder %1: plug in the USB drive, or choose another folder.":
        "%1 폴더가 없습니다. USB를 꽂거나 다른 폴더를 고르십시오.",
    "Press Refresh (F5) to verify the sheets in %1.":
        "새로 고침(F5)을 누르면 %1의 평가표를 검증합니다.",
    "Open the chair's consolidation": "위원장 종합평가 열기",
    # the welcome window
    "Read this fingerprint to each member when they first open the bundle.":
        "평가위원이 번들을 처음 열 때 이 지문을 불러 주어 맞춰 보게 하십시오.",
    "Export my card for the committee…": "평가위원회에 줄 내 카드 내보내기…",
    "Your card was saved to %1. Hand it to the committee with the bundle.":
        "내 카드를 %1에 저장했습니다. 번들과 함께 평가위원회에 전달하십시오.",
    "Your role in the round": "이번 평가에서의 역할",
    "Committee member (평가위원)": "평가위원",
    "Chair (위원장)": "위원장",
    "Secretariat (사무국 간사): prepares the round and sends the bundle":
        "사무국 간사 (평가를 준비하고 번들을 보냄)",
    "Secretariat (사무국·간사)": "사무국·간사",
    "Prepare a round step by step (applicants, documents, committee cards, rules of the day), "
    "sign and send its bundle, then collect the sheets.":
        "평가를 단계별로 준비하고 (신청기관, 문서, 평가위원 카드, 평가 운영) 번들에 서명해 "
        "보낸 뒤 평가표를 회수합니다.",
    "Open the secretariat's &desk…": "사무국 데스크 열기(&D)…",
}
DESK.update({
    "Page count": "쪽수",
    "Members can open the bundle and sign their sheets only within this window.":
        "평가위원은 이 기간에만 번들을 열고 평가표에 서명할 수 있습니다.",
    "party": "당사자",
    "relative": "친족",
    "advice or services": "자문·용역",
    "agent": "대리인",
    "same organisation": "동일기관",
    "teacher–student": "사제관계",
    "joint research": "공동연구",
    "prior contact": "사전접촉",
    "other": "기타",
    "conflict": "이해충돌",
})


# page 6: checking the result the chair hands back (collect_page.check_result)
DESK.update({
    "Check the chair's signed &result…": "위원장이 서명한 결과 확인(&R)…",
    "The result folder the chair hands back: the signature, every figure recomputed from these "
    "sheets, and every table and report against result.json":
        "위원장에게서 받은 결과 폴더를 확인합니다: 서명, 이 평가표들로 다시 계산한 모든 점수, "
        "result.json과 대조한 모든 집계표와 보고서",
    "Check the chair's signed result": "위원장이 서명한 결과 확인",
    "Choose the round's bundle and the folder of the sheets first: the result is checked "
    "against them.":
        "먼저 이번 평가의 번들과 평가표 폴더를 고르십시오. 결과는 그것들과 대조하여 확인합니다.",
    "Checking the result…": "결과를 확인하는 중…",
    "Checking the result… %1%": "결과를 확인하는 중… %1%",
    "The result does not check:": "결과 확인에 실패했습니다:",
    "Signed by %1 (%2); every figure matches a recomputation from the sheets.":
        "%1 (%2)의 서명이 확인되었고, 평가표로 다시 계산한 모든 점수가 일치합니다.",
    "There is no SHA256SUMS beside it: its tables and reports are not covered by a signature.":
        "SHA256SUMS가 없습니다. 집계표와 보고서는 서명으로 보호되지 않습니다.",
    "SHA256SUMS is signed; %1 file(s) match it.":
        "SHA256SUMS의 서명이 확인되었고, 파일 %1개가 일치합니다.",
    "Not in the folder, not checked: %1": "폴더에 없어 확인하지 않은 파일: %1",
    "%1 table(s) and report(s) say what result.json says.":
        "집계표와 보고서 %1개가 result.json의 내용과 같습니다.",
    "Not compared: %1": "비교하지 않음: %1",
    "It builds on the signed %1 result %2, which was not checked here.":
        "이 결과는 서명된 %1 결과 %2를 반영하였으며, 그 결과는 여기서 확인하지 않았습니다.",
})

# page 6: a file that did not verify and names no one on the roster
DESK.update({"(no one on the roster)": "(명단에 없는 파일)"})

# the bundle sent, and the draft edited since (round_sent); a sheet scored on another bundle
DESK.update({
    "the round": "평가 개요",
    "the rubric's content": "평가표 내용",
    "the applicants": "신청기관",
    "the documents": "제출 문서",
    "the roster": "위원 명단",
    "the declared conflicts": "사전 이해충돌",
    "the rules of the day": "평가 운영",
    "Differs from the bundle sent (changed: %1): sign it again and send the new bundle to "
    "everyone. The members hold %2, signed %3; page 6 checks their sheets against it until "
    "then.":
        "보낸 번들과 다릅니다(바뀐 것: %1) — 다시 서명해 새 번들을 모두에게 보내야 합니다. "
        "위원들이 가진 번들: %2(%3 서명). 새 번들을 보내기 전까지 6단계는 평가표를 그 번들로 "
        "확인합니다.",
    "The bundle %1, signed %2, carries the draft as it is now.":
        "보낸 번들 %1(%2 서명): 지금 작성 중인 내용과 같습니다.",
    "⚠ re-send": "⚠ 다시 보내기",
    "The draft differs from the bundle sent: sign it again and send the new bundle to "
    "everyone.":
        "보낸 번들과 다릅니다: 다시 서명해 새 번들을 모두에게 보내야 합니다.",
    "The draft has changed since this bundle was signed %1 (changed: %2). The sheets are "
    "checked against this bundle, the one the members hold, until a new one is signed and "
    "sent.":
        "이 번들을 서명한 뒤(%1) 작성 내용이 바뀌었습니다(바뀐 것: %2). 새 번들을 서명해 "
        "보내기 전까지 평가표는 위원들이 가진 이 번들로 확인합니다.",
    "another bundle": "다른 번들",
    "Scored on the earlier bundle signed %1: ask %2 for a sheet on the current bundle.":
        "%1에 서명한 이전 번들로 채점했습니다. %2 위원에게 지금 번들로 채점한 평가표를 "
        "요청하십시오.",
    "Scored on the bundle of another session (%1): ask %2 for a sheet on this bundle.":
        "다른 평가(세션 %1)의 번들로 채점했습니다. %2 위원에게 이 번들로 채점한 평가표를 "
        "요청하십시오.",
    "Scored on another bundle of this session, not this one: ask %1 for a sheet on the current "
    "bundle.":
        "이 평가의 다른 번들로 채점했습니다(이 번들이 아님). %1 위원에게 지금 번들로 채점한 "
        "평가표를 요청하십시오.",
    "%1 handed in a sheet scored on another bundle: ask them for one on the current bundle.":
        "%1명은 다른 번들로 채점한 평가표를 냈습니다. 지금 번들로 다시 받으십시오.",
})
DESK.update({  # what a newcomer's walk through the desk found (desk-walk)
    "The table %1 could not be read; the rows in the desk are unchanged. Save it again from "
    "Excel or 한셀 as .xlsx or .csv, then import it again.":
        "표 %1을(를) 읽을 수 없습니다. 데스크의 행은 그대로입니다. Excel이나 한셀에서 .xlsx 또는 "
        ".csv로 다시 저장한 뒤 다시 가져오십시오.",
    "The table %1 was not imported; the rubric is unchanged.":
        "표 %1을(를) 가져오지 않았습니다. 평가표는 그대로입니다.",
    "The spec %1 could not be opened; correct it (`evaluator session check` lists every "
    "problem) or start the desk without it.":
        "명세 %1을(를) 열 수 없습니다. 고친 뒤 다시 여시거나(`evaluator session check`가 문제를 "
        "모두 보여 줍니다) 명세 없이 데스크를 시작하십시오.",
    "Details: %1": "자세한 내용: %1",
    "Press Refresh (F5) to try again.": "새로 고침(F5)을 누르면 다시 확인합니다.",
    "(file not read)": "(읽지 않은 파일)",
    "not read": "읽지 않음",
    "not read as a score sheet; a sheet is read with its signature file (.minisig) beside it. "
    "If it is a member's sheet, ask them for the .minisig file too.":
        "평가표로 읽지 않았습니다. 평가표는 옆에 서명 파일(.minisig)이 있어야 읽습니다. 위원의 "
        "평가표라면 .minisig 파일도 함께 받으십시오.",
    "%1 file(s) in the folder were not read as sheets: see the end of the list.":
        "폴더의 파일 %1개는 평가표로 읽지 않았습니다. 목록 끝을 보십시오.",
})
