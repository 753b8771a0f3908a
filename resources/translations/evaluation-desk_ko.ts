<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>AgendaPane</name>
    <message>
        <source>Presentation order (발표순서)</source>
        <translation>발표순서</translation>
    </message>
    <message>
        <source>Draw the order (추첨)</source>
        <translation>발표순서 추첨</translation>
    </message>
    <message>
        <source>A six-digit seed is drawn and shown; the order follows from it and is recorded in the result.</source>
        <translation>여섯 자리 추첨번호를 뽑아 보여 줍니다. 발표순서는 이 번호로 정해지며 결과에 기록됩니다.</translation>
    </message>
    <message>
        <source>Seed of the draw</source>
        <translation>추첨번호</translation>
    </message>
    <message>
        <source>Presentation order</source>
        <translation>발표순서</translation>
    </message>
    <message>
        <source>Draw the presentation order now? A six-digit seed is drawn and shown; the order it gives is recorded in the result and cannot be drawn again.</source>
        <translation>지금 발표 순서를 추첨하시겠습니까? 여섯 자리 시드를 뽑아 보여 주며, 그에 따른 순서는 결과에 기록되고 다시 추첨할 수 없습니다.</translation>
    </message>
    <message>
        <source>Drawn in the room; the seed below is recorded in the result.</source>
        <translation>현장에서 추첨했습니다. 아래 추첨번호가 결과에 기록됩니다.</translation>
    </message>
    <message>
        <source>Drawn</source>
        <translation>추첨 완료</translation>
    </message>
    <message>
        <source>The order is drawn in the room: press Draw before the first presentation.</source>
        <translation>발표순서는 현장에서 추첨합니다. 첫 발표 전에 추첨을 누르십시오.</translation>
    </message>
    <message>
        <source>The order of the session spec (you may still draw it).</source>
        <translation>평가 세션 명세의 순서입니다 (추첨할 수도 있습니다).</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout (한/영) and Caps Lock, and type it again:</source>
        <translation>암호가 틀렸습니다. 한/영 입력 상태와 Caps Lock을 확인한 뒤 다시 입력하십시오:</translation>
    </message>
    <message>
        <source>Passphrase of your identity file:</source>
        <translation>신원 파일의 암호:</translation>
    </message>
    <message>
        <source>Opening your identity file… This takes a few seconds.</source>
        <translation>신원 파일을 여는 중입니다… 몇 초 걸립니다.</translation>
    </message>
    <message>
        <source>Evaluation Desk is already open on this workspace (%1); use that window.</source>
        <translation>평가위원 데스크가 이미 이 작업공간(%1)을 열고 있습니다. 열려 있는 창을 사용하십시오.</translation>
    </message>
    <message>
        <source>The workspace %1 has no session yet: open a bundle with `evaluator open SESSION.evb`.</source>
        <translation>작업공간 %1에 평가 세션이 없습니다. `evaluator open SESSION.evb`로 번들을 여십시오.</translation>
    </message>
    <message>
        <source>Continue from the automatic backup? Edits made after it was taken must be entered again; the damaged file is kept in the backups folder.</source>
        <translation>자동 백업에서 이어서 하시겠습니까? 백업 이후에 한 입력은 다시 해야 합니다. 손상된 파일은 backups 폴더에 보관됩니다.</translation>
    </message>
</context>
<context>
    <name>ApplicantsPage</name>
    <message>
        <source>2. Applicants</source>
        <translation>2. 신청기관</translation>
    </message>
    <message>
        <source>Paste the applicants table (Ctrl+V), import the template you filled, or type in the rows; then choose or drop the folder of PDFs. A red cell says what is wrong (hover it, or see the list below).</source>
        <translation>신청기관 목록을 붙여 넣거나(Ctrl+V), 작성한 양식을 가져오거나, 표에 바로 입력하십시오. 그다음 PDF 폴더를 고르거나 이 화면에 끌어 놓으십시오. 빨간 칸은 고칠 점이 있다는 뜻입니다 (마우스를 올리거나 아래 목록을 보십시오).</translation>
    </message>
    <message>
        <source>&amp;Import the table…</source>
        <translation>목록 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Paste rows</source>
        <translation>붙여넣기(&amp;P)</translation>
    </message>
    <message>
        <source>Ctrl+V in the table: rows copied from Excel or 한셀, with or without the header</source>
        <translation>표에서 Ctrl+V: 엑셀이나 한셀에서 복사한 행 (머리글은 있어도 없어도 됩니다)</translation>
    </message>
    <message>
        <source>Add a &amp;row</source>
        <translation>행 추가(&amp;R)</translation>
    </message>
    <message>
        <source>Remove the row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Documents &amp;folder…</source>
        <translation>문서 폴더(&amp;F)…</translation>
    </message>
    <message>
        <source>The folder of PDFs named after the 신청번호 (A01_사업계획서.pdf, or a folder A01/); or drop it onto this page</source>
        <translation>신청번호로 시작하는 PDF가 든 폴더 (A01_사업계획서.pdf, 또는 A01/ 폴더). 이 화면에 끌어 놓아도 됩니다</translation>
    </message>
    <message>
        <source>Applicants table</source>
        <translation>신청기관 목록</translation>
    </message>
    <message>
        <source>Findings of this page</source>
        <translation>이 단계에서 확인할 점</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>문서</translation>
    </message>
    <message>
        <source>%1 file(s) · %2 p. · %3</source>
        <translation>%1개 · %2쪽 · %3</translation>
    </message>
    <message>
        <source>Remove row %1 (%2)? What was typed in it cannot be brought back.</source>
        <translation>%1행(%2)을 지울까요? 그 행에 입력한 내용은 되돌릴 수 없습니다.</translation>
    </message>
    <message>
        <source>The applicants table</source>
        <translation>신청기관 목록</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>표 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import the table</source>
        <translation>목록 가져오기</translation>
    </message>
    <message>
        <source>The table %1 could not be read; the rows in the desk are unchanged. Save it again from Excel or 한셀 as .xlsx or .csv, then import it again.</source>
        <translation>표 %1을(를) 읽을 수 없습니다. 데스크의 행은 그대로입니다. Excel이나 한셀에서 .xlsx 또는 .csv로 다시 저장한 뒤 다시 가져오십시오.</translation>
    </message>
    <message>
        <source>The imported table (%1 rows) replaces the %2 rows now in the table. Replace them?</source>
        <translation>가져온 표(%1행)가 지금 표에 있는 %2행을 대신합니다. 바꿀까요?</translation>
    </message>
    <message>
        <source>The folder of PDFs</source>
        <translation>PDF 폴더</translation>
    </message>
    <message>
        <source>This file matches no 신청번호, so it is not sent. If it is an application's document, name it after the application (e.g. A01_사업계획서.pdf).</source>
        <translation>어느 신청번호에도 맞지 않아 번들에 넣지 않는 파일입니다. 신청 문서라면 파일 이름을 신청번호로 시작하게 바꾸십시오 (예: A01_사업계획서.pdf).</translation>
    </message>
    <message>
        <source>Every applicant is eligible and has readable documents.</source>
        <translation>모든 신청기관이 신청 자격을 갖추었고 문서를 읽을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ApplicationChart</name>
    <message>
        <source>%1 %2: final score %3</source>
        <translation>%1 %2: 최종점수 %3</translation>
    </message>
    <message>
        <source>counted</source>
        <translation>반영</translation>
    </message>
    <message>
        <source>dropped (highest/lowest)</source>
        <translation>제외 (최고·최저점)</translation>
    </message>
    <message>
        <source>deviation flag</source>
        <translation>편차 표시</translation>
    </message>
    <message>
        <source>%1 (회피)</source>
        <translation>%1 (회피)</translation>
    </message>
    <message>
        <source>final score %1</source>
        <translation>최종점수 %1</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <source>Not started</source>
        <translation>미착수</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Recused (회피)</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
</context>
<context>
    <name>CalibrationChart</name>
    <message>
        <source>Calibration: each member's mean offset from the committee</source>
        <translation>위원별 평균 편차 (위원회 평균 대비)</translation>
    </message>
    <message>
        <source>mean offset (points)</source>
        <translation>평균 편차 (점)</translation>
    </message>
    <message>
        <source>%1 (n=%2)</source>
        <translation>%1 (%2건)</translation>
    </message>
</context>
<context>
    <name>ChairApp</name>
    <message>
        <source>%1 is not a folder: give the folder the members' sheets were collected in.</source>
        <translation>%1은(는) 폴더가 아닙니다. 위원들의 평가표를 모은 폴더를 지정하십시오.</translation>
    </message>
    <message>
        <source>This workspace has no identity yet: create or import one in Evaluation Desk first (the chair's, or yours to verify).</source>
        <translation>이 작업공간에는 아직 신원이 없습니다. 먼저 평가위원 데스크에서 신원(위원장의 신원, 또는 검증할 본인의 신원)을 만들거나 가져오십시오.</translation>
    </message>
</context>
<context>
    <name>ChairDay</name>
    <message>
        <source>%1: %2 of %3 members handed in</source>
        <translation>%1: %3명 중 %2명 제출</translation>
    </message>
    <message>
        <source>The 발표 day is under way: %1 of %2 applicants have presented. Provisional (잠정, not signed): only they are ranked; the others are shown as 발표 전.</source>
        <translation>발표 진행 중: %2곳 중 %1곳이 발표했습니다. 잠정 결과(서명 전)이며, 발표한 곳만 순위를 매기고 나머지는 ‘발표 전’으로 표시합니다.</translation>
    </message>
    <message>
        <source>Hand-ins: %1</source>
        <translation>평가표 제출: %1</translation>
    </message>
    <message>
        <source>%1 has not handed in a sheet for %2, whose slot is over</source>
        <translation>%1: 발표가 끝난 %2의 평가표를 아직 제출하지 않음</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… 외 %1건</translation>
    </message>
    <message>
        <source>Nothing is wrong: every sheet verifies and every member has handed in for the applicants whose slot is over.</source>
        <translation>문제 없음: 모든 평가표가 검증되었고, 발표가 끝난 신청은 모든 위원이 제출했습니다.</translation>
    </message>
</context>
<context>
    <name>ChairSources</name>
    <message>
        <source>%n sheet(s)</source>
        <translation>시트 %n개</translation>
    </message>
    <message>
        <source>%n folder(s)</source>
        <translation>폴더 %n곳</translation>
    </message>
</context>
<context>
    <name>ChairTexts</name>
    <message>
        <source>used</source>
        <translation>사용</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>대체됨</translation>
    </message>
    <message>
        <source>duplicate</source>
        <translation>중복</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>missing</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>trimmed mean (highest and lowest dropped)</source>
        <translation>최고·최저점 제외 평균</translation>
    </message>
    <message>
        <source>mean</source>
        <translation>산술평균</translation>
    </message>
    <message>
        <source>median</source>
        <translation>중앙값</translation>
    </message>
    <message>
        <source>climate crisis</source>
        <translation>기후위기 대응형</translation>
    </message>
    <message>
        <source>depopulation</source>
        <translation>지역소멸·인구변화 대응형</translation>
    </message>
    <message>
        <source>replaced by revision %1</source>
        <translation>%1차 평가표로 대체됨</translation>
    </message>
    <message>
        <source>the same file as %1</source>
        <translation>%1과(와) 같은 파일</translation>
    </message>
    <message>
        <source>excluded by the chair: %1</source>
        <translation>위원장이 제외함: %1</translation>
    </message>
    <message>
        <source>%1 is rejected: %2</source>
        <translation>%1 거부됨: %2</translation>
    </message>
    <message>
        <source>%1 (%2) has not handed in a sheet</source>
        <translation>%1(%2) 위원의 평가표가 제출되지 않음</translation>
    </message>
    <message>
        <source>%1 has not yet scored %2 (their latest sheet is partial)</source>
        <translation>%1 위원이 아직 %2을(를) 채점하지 않음 (최근 평가표가 부분 제출본)</translation>
    </message>
    <message>
        <source>nobody scored it: every member is conflicted (회피) or excluded</source>
        <translation>채점한 위원 없음: 모든 위원이 회피했거나 제외됨</translation>
    </message>
    <message>
        <source>%1 score(s), fewer than the rule or the session's quorum needs; %2 applied</source>
        <translation>점수 %1건: 산정 방식이나 평가 정족수가 요구하는 수보다 적어 %2 적용</translation>
    </message>
    <message>
        <source>The result cannot be signed yet: a sheet is rejected or missing. Hand in the sheet, or exclude the member with a reason (Exclude a member…). The figures below are provisional (잠정).</source>
        <translation>아직 결과에 서명할 수 없습니다: 거부되었거나 제출되지 않은 평가표가 있습니다. 평가표를 받거나, 사유를 적어 해당 위원을 제외하십시오 (위원 제외…). 아래 점수는 잠정입니다.</translation>
    </message>
    <message>
        <source>The result cannot be signed yet: a file among the sheets is no member's sheet for this round (another round's, signed by someone not on the roster, or damaged). Take it out of the folder and verify again (F5); a member whose sheet is rejected or missing hands it in again, or is excluded with a reason. The figures below are provisional (잠정).</source>
        <translation>아직 결과에 서명할 수 없습니다: 평가표 가운데 이 평가 위원의 평가표가 아닌 파일이 있습니다 (다른 평가의 것, 명단에 없는 사람이 서명한 것, 또는 손상된 것). 그 파일을 폴더에서 빼고 다시 검증하십시오 (F5). 평가표가 거부되었거나 없는 위원은 다시 제출하거나, 사유를 적어 제외합니다. 아래 점수는 잠정입니다.</translation>
    </message>
    <message>
        <source>Some applications were scored by fewer members than the rule needs. Acknowledge the small panels to sign. The figures below are provisional (잠정).</source>
        <translation>규칙이 요구하는 것보다 적은 위원이 평가한 신청이 있습니다. 서명하려면 소규모 평가를 확인하십시오. 아래 점수는 잠정입니다.</translation>
    </message>
    <message>
        <source>The sheets cannot be consolidated.</source>
        <translation>평가표를 종합할 수 없습니다.</translation>
    </message>
    <message>
        <source>You can verify and view this result; only the chair or the secretariat of the bundle signs it. The figures below are provisional (잠정).</source>
        <translation>결과를 검증하고 볼 수 있습니다. 서명은 이 번들의 위원장 또는 사무국만 합니다. 아래 점수는 잠정입니다.</translation>
    </message>
</context>
<context>
    <name>ChairWindow</name>
    <message>
        <source>Add sheets</source>
        <translation>평가표 추가</translation>
    </message>
    <message>
        <source>Add a folder of sheets</source>
        <translation>평가표 폴더 추가</translation>
    </message>
    <message>
        <source>Exclude members with a reason</source>
        <translation>사유를 적어 위원 제외</translation>
    </message>
    <message>
        <source>Verify and compute again</source>
        <translation>다시 검증하고 계산</translation>
    </message>
    <message>
        <source>Verification, scores, charts, ranking</source>
        <translation>검증, 점수표, 그래프, 순위</translation>
    </message>
    <message>
        <source>Export the provisional result</source>
        <translation>잠정 결과 내보내기</translation>
    </message>
    <message>
        <source>Sign and export the result</source>
        <translation>결과에 서명하고 내보내기</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Evaluation Desk — consolidation (종합평가)</source>
        <translation>평가위원 데스크 — 종합평가</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 여는 중…</translation>
    </message>
    <message>
        <source>Add sheets…</source>
        <translation>시트 추가…</translation>
    </message>
    <message>
        <source>Ctrl+O; or drop sheets or folders onto the window</source>
        <translation>Ctrl+O. 평가표나 폴더를 이 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>폴더 추가…</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>비우기</translation>
    </message>
    <message>
        <source>List…</source>
        <translation>목록…</translation>
    </message>
    <message>
        <source>Every sheet and folder added, with its path</source>
        <translation>추가한 시트와 폴더 전체 (경로 포함)</translation>
    </message>
    <message>
        <source>Export provisional…</source>
        <translation>잠정 결과 내보내기…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+E: the unsigned result (잠정) with its tables, for discussion</source>
        <translation>Ctrl+Shift+E: 서명하지 않은 잠정 결과와 표 (협의용)</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation>서명하고 내보내기…</translation>
    </message>
    <message>
        <source>Rule:</source>
        <translation>산정방식:</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>산정방식</translation>
    </message>
    <message>
        <source>the rubric's rule</source>
        <translation>평가기준표의 방식</translation>
    </message>
    <message>
        <source>Exclude a member…</source>
        <translation>위원 제외…</translation>
    </message>
    <message>
        <source>Acknowledge small panels</source>
        <translation>소규모 평가 확인</translation>
    </message>
    <message>
        <source>Some applications were scored by fewer members than the rule needs; the result records that the chair acknowledged it.</source>
        <translation>규칙이 요구하는 것보다 적은 위원이 평가한 신청이 있습니다. 위원장이 이를 확인했다는 사실이 결과에 기록됩니다.</translation>
    </message>
    <message>
        <source>Only the chair or the secretariat of the bundle signs the result.</source>
        <translation>결과에는 이 번들의 위원장 또는 사무국만 서명합니다.</translation>
    </message>
    <message>
        <source>Opening and checking the bundle…</source>
        <translation>번들을 열고 확인하는 중…</translation>
    </message>
    <message>
        <source>You sign this result as %1.</source>
        <translation>%1(으)로 이 결과에 서명합니다.</translation>
    </message>
    <message>
        <source>You verify this result as %1; only the chair or the secretariat signs it.</source>
        <translation>%1(으)로 이 결과를 검증합니다. 서명은 위원장 또는 사무국만 합니다.</translation>
    </message>
    <message>
        <source>the rubric's rule (%1)</source>
        <translation>평가기준표의 방식 (%1)</translation>
    </message>
    <message>
        <source>Add score sheets</source>
        <translation>평가표 추가</translation>
    </message>
    <message>
        <source>Score sheets (*.json)</source>
        <translation>평가표 (*.json)</translation>
    </message>
    <message>
        <source>Add a folder of score sheets</source>
        <translation>평가표 폴더 추가</translation>
    </message>
    <message>
        <source>Sign again</source>
        <translation>다시 서명</translation>
    </message>
    <message>
        <source>A signed result is already in %1. Sign again and replace it? Whoever has the earlier one must then get the new one.</source>
        <translation>%1에 서명된 결과가 이미 있습니다. 다시 서명해 바꾸시겠습니까? 이전 결과를 받은 사람에게는 새 결과를 다시 보내야 합니다.</translation>
    </message>
    <message>
        <source>Signed and written to %1.</source>
        <translation>서명하여 %1에 저장했습니다.</translation>
    </message>
    <message>
        <source>Provisional result (잠정, not signed) written to %1: %2.</source>
        <translation>잠정 결과(서명 없음)를 %1에 저장했습니다: %2.</translation>
    </message>
    <message>
        <source>Drop sheets or folders here, or add them with the buttons.</source>
        <translation>평가표나 폴더를 여기에 끌어다 놓거나 버튼으로 추가하십시오.</translation>
    </message>
    <message>
        <source>%1 excluded</source>
        <translation>%1 제외</translation>
    </message>
    <message>
        <source>Add the members' signed sheets (.json with its .minisig): drop them or a folder onto this window, or use Add sheets… / Add folder…</source>
        <translation>위원들이 서명한 평가표(.json과 .minisig)를 추가하십시오: 이 창에 평가표나 폴더를 끌어다 놓거나 ‘시트 추가…/폴더 추가…’를 누르십시오.</translation>
    </message>
    <message>
        <source>Verifying the sheets…</source>
        <translation>평가표를 검증하는 중…</translation>
    </message>
    <message>
        <source>Verifying the sheets… %v / %m</source>
        <translation>평가표를 검증하는 중… %v / %m</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 저장하는 중…</translation>
    </message>
    <message>
        <source>Every sheet verifies and the result can be signed (Ctrl+S).</source>
        <translation>모든 평가표가 검증되었습니다. 결과에 서명할 수 있습니다 (Ctrl+S).</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more</source>
        <translation>
            <numerusform>… 외 %n건</numerusform></translation>
    </message>
    <message>
        <source>Export the provisional result to</source>
        <translation>잠정 결과를 저장할 폴더</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>내보내는 중…</translation>
    </message>
    <message>
        <source>Rule: %1</source>
        <translation>산정방식: %1</translation>
    </message>
    <message>
        <source>Sheets used: %1</source>
        <translation>사용한 평가표: %1부</translation>
    </message>
    <message>
        <source>Excluded: %1 — %2</source>
        <translation>제외: %1 — %2</translation>
    </message>
    <message>
        <source>Small panels acknowledged.</source>
        <translation>소규모 평가를 확인했습니다.</translation>
    </message>
    <message>
        <source>Unlocking the identity and signing…</source>
        <translation>신원을 열고 서명하는 중…</translation>
    </message>
</context>
<context>
    <name>CollectPage</name>
    <message>
        <source>6. Collect</source>
        <translation>6. 평가표 회수</translation>
    </message>
    <message>
        <source>Plug in the USB sticks or choose the folder where the signed score sheets arrive; the board shows who has handed in what, and follows the folder as sheets arrive.</source>
        <translation>USB를 꽂거나 서명된 평가표가 모이는 폴더를 고르십시오. 누가 무엇을 제출했는지 보여 주며, 평가표가 들어오면 바로 다시 확인합니다.</translation>
    </message>
    <message>
        <source>The round's bundle</source>
        <translation>평가 번들 선택</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Bundle</source>
        <translation>번들</translation>
    </message>
    <message>
        <source>Folder or USB drive of the sheets</source>
        <translation>평가표 폴더 또는 USB</translation>
    </message>
    <message>
        <source>Choose a &amp;folder…</source>
        <translation>폴더 고르기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Refresh (F5)</source>
        <translation>새로 고침(&amp;R) (F5)</translation>
    </message>
    <message>
        <source>Sheets from</source>
        <translation>평가표 위치</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Handed in</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>File or reason</source>
        <translation>파일 또는 사유</translation>
    </message>
    <message>
        <source>Who has handed in what</source>
        <translation>제출 현황</translation>
    </message>
    <message>
        <source>Open the chair's &amp;consolidation on these sheets</source>
        <translation>이 평가표로 위원장 종합평가 열기(&amp;C)</translation>
    </message>
    <message>
        <source>Check the chair's signed &amp;result…</source>
        <translation>위원장이 서명한 결과 확인(&amp;R)…</translation>
    </message>
    <message>
        <source>The result folder the chair hands back: the signature, every figure recomputed from these sheets, and every table and report against result.json</source>
        <translation>위원장에게서 받은 결과 폴더를 확인합니다: 서명, 이 평가표들로 다시 계산한 모든 점수, result.json과 대조한 모든 집계표와 보고서</translation>
    </message>
    <message>
        <source>Session bundles (*.evb)</source>
        <translation>세션 번들 (*.evb)</translation>
    </message>
    <message>
        <source>Folder of the score sheets</source>
        <translation>평가표 폴더</translation>
    </message>
    <message>
        <source>Open the bundle</source>
        <translation>번들 열기</translation>
    </message>
    <message>
        <source>Passphrase of the secretariat's identity file (%1):</source>
        <translation>사무국 신원 파일(%1)의 암호:</translation>
    </message>
    <message>
        <source>Verifying the sheets…</source>
        <translation>평가표를 검증하는 중…</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to try again.</source>
        <translation>새로 고침(F5)을 누르면 다시 확인합니다.</translation>
    </message>
    <message>
        <source>Check the chair's signed result</source>
        <translation>위원장이 서명한 결과 확인</translation>
    </message>
    <message>
        <source>Choose the round's bundle and the folder of the sheets first: the result is checked against them.</source>
        <translation>먼저 이번 평가의 번들과 평가표 폴더를 고르십시오. 결과는 그것들과 대조하여 확인합니다.</translation>
    </message>
    <message>
        <source>Results (result.json *.json)</source>
        <translation>결과 (result.json *.json)</translation>
    </message>
    <message>
        <source>Checking the result…</source>
        <translation>결과를 확인하는 중…</translation>
    </message>
    <message>
        <source>The result does not check:</source>
        <translation>결과 확인에 실패했습니다:</translation>
    </message>
    <message>
        <source>Checking the result… %1%</source>
        <translation>결과를 확인하는 중… %1%</translation>
    </message>
    <message>
        <source>Signed by %1 (%2); every figure matches a recomputation from the sheets.</source>
        <translation>%1 (%2)의 서명이 확인되었고, 평가표로 다시 계산한 모든 점수가 일치합니다.</translation>
    </message>
    <message>
        <source>There is no SHA256SUMS beside it: its tables and reports are not covered by a signature.</source>
        <translation>SHA256SUMS가 없습니다. 집계표와 보고서는 서명으로 보호되지 않습니다.</translation>
    </message>
    <message>
        <source>SHA256SUMS is signed; %1 file(s) match it.</source>
        <translation>SHA256SUMS의 서명이 확인되었고, 파일 %1개가 일치합니다.</translation>
    </message>
    <message>
        <source>Not in the folder, not checked: %1</source>
        <translation>폴더에 없어 확인하지 않은 파일: %1</translation>
    </message>
    <message>
        <source>%1 table(s) and report(s) say what result.json says.</source>
        <translation>집계표와 보고서 %1개가 result.json의 내용과 같습니다.</translation>
    </message>
    <message>
        <source>Not compared: %1</source>
        <translation>비교하지 않음: %1</translation>
    </message>
    <message>
        <source>It builds on the signed %1 result %2, which was not checked here.</source>
        <translation>이 결과는 서명된 %1 결과 %2를 반영하였으며, 그 결과는 여기서 확인하지 않았습니다.</translation>
    </message>
    <message>
        <source>The draft has changed since this bundle was signed %1 (changed: %2). The sheets are checked against this bundle, the one the members hold, until a new one is signed and sent.</source>
        <translation>이 번들을 서명한 뒤(%1) 작성 내용이 바뀌었습니다(바뀐 것: %2). 새 번들을 서명해 보내기 전까지 평가표는 위원들이 가진 이 번들로 확인합니다.</translation>
    </message>
    <message>
        <source>Scored on the bundle of another session (%1): ask %2 for a sheet on this bundle.</source>
        <translation>다른 평가(세션 %1)의 번들로 채점했습니다. %2 위원에게 이 번들로 채점한 평가표를 요청하십시오.</translation>
    </message>
    <message>
        <source>Scored on another bundle of this session, not this one: ask %1 for a sheet on the current bundle.</source>
        <translation>이 평가의 다른 번들로 채점했습니다(이 번들이 아님). %1 위원에게 지금 번들로 채점한 평가표를 요청하십시오.</translation>
    </message>
    <message>
        <source>revision %1, hand-in %2 (partial)</source>
        <translation>%1차 확정, %2차 부분 제출</translation>
    </message>
    <message>
        <source>revision %1, final</source>
        <translation>%1차 확정, 최종</translation>
    </message>
    <message>
        <source>another bundle</source>
        <translation>다른 번들</translation>
    </message>
    <message>
        <source>(chair)</source>
        <translation>(위원장)</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>제출</translation>
    </message>
    <message>
        <source>not yet</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>검증됨</translation>
    </message>
    <message>
        <source>Scored on the earlier bundle signed %1: ask %2 for a sheet on the current bundle.</source>
        <translation>%1에 서명한 이전 번들로 채점했습니다. %2 위원에게 지금 번들로 채점한 평가표를 요청하십시오.</translation>
    </message>
    <message>
        <source>does not verify</source>
        <translation>검증 실패</translation>
    </message>
    <message>
        <source>(no one on the roster)</source>
        <translation>(명단에 없는 파일)</translation>
    </message>
    <message>
        <source>(file not read)</source>
        <translation>(읽지 않은 파일)</translation>
    </message>
    <message>
        <source>not read</source>
        <translation>읽지 않음</translation>
    </message>
    <message>
        <source>not read as a score sheet; a sheet is read with its signature file (.minisig) beside it. If it is a member's sheet, ask them for the .minisig file too.</source>
        <translation>평가표로 읽지 않았습니다. 평가표는 옆에 서명 파일(.minisig)이 있어야 읽습니다. 위원의 평가표라면 .minisig 파일도 함께 받으십시오.</translation>
    </message>
    <message>
        <source>%1 of %2 members have handed in a verified final sheet.</source>
        <translation>평가위원 %2명 중 %1명이 검증된 최종 평가표를 제출했습니다.</translation>
    </message>
    <message>
        <source>%1 handed in a sheet scored on another bundle: ask them for one on the current bundle.</source>
        <translation>%1명은 다른 번들로 채점한 평가표를 냈습니다. 지금 번들로 다시 받으십시오.</translation>
    </message>
    <message>
        <source>%1 file(s) in the folder were not read as sheets: see the end of the list.</source>
        <translation>폴더의 파일 %1개는 평가표로 읽지 않았습니다. 목록 끝을 보십시오.</translation>
    </message>
    <message>
        <source>Choose the round's bundle (made on page 5).</source>
        <translation>평가 번들을 고르십시오 (5단계에서 만든 것).</translation>
    </message>
    <message>
        <source>Choose the folder or USB drive the sheets are on.</source>
        <translation>평가표가 든 폴더나 USB를 고르십시오.</translation>
    </message>
    <message>
        <source>There is no folder %1: plug in the USB drive, or choose another folder.</source>
        <translation>%1 폴더가 없습니다. USB를 꽂거나 다른 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>Press Refresh (F5) to verify the sheets in %1.</source>
        <translation>새로 고침(F5)을 누르면 %1의 평가표를 검증합니다.</translation>
    </message>
    <message>
        <source>Open the chair's consolidation</source>
        <translation>위원장 종합평가 열기</translation>
    </message>
</context>
<context>
    <name>CommitteePage</name>
    <message>
        <source>3. Committee</source>
        <translation>3. 평가위원회</translation>
    </message>
    <message>
        <source>Drop the card files the chair and the members sent you. Read each fingerprint aloud with its owner (by phone or in person) and tick how; only then is the bundle encrypted to that card.</source>
        <translation>위원장과 평가위원이 보낸 카드 파일을 끌어 놓으십시오. 지문을 본인과 (전화 또는 대면으로) 소리 내어 맞춰 본 뒤 어떻게 확인했는지 고르십시오. 그래야 그 카드로 번들을 암호화합니다.</translation>
    </message>
    <message>
        <source>&amp;Add card files…</source>
        <translation>카드 파일 추가(&amp;A)…</translation>
    </message>
    <message>
        <source>Remove the card</source>
        <translation>카드 빼기</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>Fingerprint (read aloud)</source>
        <translation>지문 (소리 내어 확인)</translation>
    </message>
    <message>
        <source>Confirmed</source>
        <translation>확인</translation>
    </message>
    <message>
        <source>Chair</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>Committee cards</source>
        <translation>평가위원 카드</translation>
    </message>
    <message>
        <source>Pre-declared conflicts (members × applicants)</source>
        <translation>사전 이해충돌 (평가위원 × 신청기관)</translation>
    </message>
    <message>
        <source>Tick a cell (Space) when that member may not see that application; its documents are not encrypted to them. Give the ground and the reason below.</source>
        <translation>평가위원이 그 신청을 보면 안 되는 칸에 표시하십시오 (Space). 그 위원에게는 해당 문서가 암호화되지 않습니다. 아래에 사유 구분과 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>Conflicts grid</source>
        <translation>이해충돌 표</translation>
    </message>
    <message>
        <source>Ground</source>
        <translation>사유 구분</translation>
    </message>
    <message>
        <source>(ground not given)</source>
        <translation>(사유 구분 없음)</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Reason, e.g. 최근 3년 내 해당 기관 자문</source>
        <translation>사유, 예: 최근 3년 내 해당 기관 자문</translation>
    </message>
    <message>
        <source>Findings of this page</source>
        <translation>이 단계에서 확인할 점</translation>
    </message>
    <message>
        <source>How %1's fingerprint was confirmed</source>
        <translation>%1 지문 확인 방법</translation>
    </message>
    <message>
        <source>not confirmed</source>
        <translation>확인 전</translation>
    </message>
    <message>
        <source>confirmed by phone</source>
        <translation>전화로 확인</translation>
    </message>
    <message>
        <source>confirmed in person</source>
        <translation>대면 확인</translation>
    </message>
    <message>
        <source>chair</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>not a card: %1</source>
        <translation>카드가 아닙니다: %1</translation>
    </message>
    <message>
        <source>The members' card files</source>
        <translation>평가위원 카드 파일</translation>
    </message>
    <message>
        <source>Cards (*.json)</source>
        <translation>카드 (*.json)</translation>
    </message>
    <message>
        <source>Remove %1's card from the committee?</source>
        <translation>%1의 카드를 평가위원회에서 뺄까요?</translation>
    </message>
    <message>
        <source>The tick that its fingerprint was compared goes with it.</source>
        <translation>지문을 확인했다는 표시도 함께 지워집니다.</translation>
    </message>
    <message numerus="yes">
        <source>So do its %n pre-declared conflict(s), with their reasons.</source>
        <translation>
            <numerusform>이 위원의 사전 이해충돌 %n건도 사유와 함께 지워집니다.</numerusform></translation>
    </message>
    <message>
        <source>member</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>secretariat</source>
        <translation>사무국</translation>
    </message>
    <message>
        <source>Every card is confirmed and the chair is chosen.</source>
        <translation>모든 카드의 지문을 확인했고 위원장을 정했습니다.</translation>
    </message>
    <message>
        <source>party</source>
        <translation>당사자</translation>
    </message>
    <message>
        <source>relative</source>
        <translation>친족</translation>
    </message>
    <message>
        <source>advice or services</source>
        <translation>자문·용역</translation>
    </message>
    <message>
        <source>agent</source>
        <translation>대리인</translation>
    </message>
    <message>
        <source>same organisation</source>
        <translation>동일기관</translation>
    </message>
    <message>
        <source>teacher–student</source>
        <translation>사제관계</translation>
    </message>
    <message>
        <source>joint research</source>
        <translation>공동연구</translation>
    </message>
    <message>
        <source>prior contact</source>
        <translation>사전접촉</translation>
    </message>
    <message>
        <source>other</source>
        <translation>기타</translation>
    </message>
    <message>
        <source>conflict</source>
        <translation>이해충돌</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <source>Conflicts of interest (이해충돌 신고)</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <source>For every application, declare whether you have a conflict of interest. A conflicted application is withdrawn from your scoring (회피). The grounds follow the committee rules (제척 사유).</source>
        <translation>각 신청에 대해 이해충돌이 있는지 신고하십시오. 이해충돌이 있는 신청은 본인의 평가에서 제외됩니다(회피). 사유는 평가위원회 규정의 제척 사유를 따릅니다.</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Declaration</source>
        <translation>신고</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>— not declared —</source>
        <translation>— 미신고 —</translation>
    </message>
    <message>
        <source>No conflict (없음)</source>
        <translation>이해충돌 없음</translation>
    </message>
    <message>
        <source>Declaration for %1</source>
        <translation>%1 이해충돌 신고</translation>
    </message>
    <message>
        <source>Declared in advance by the secretariat</source>
        <translation>사무국 사전 신고</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>%1 사유</translation>
    </message>
    <message>
        <source>Enter on a declaration goes on to its reason; Enter in a reason does not save it: Ctrl+Enter saves.</source>
        <translation>신고 칸에서 Enter를 누르면 사유 칸으로 넘어갑니다. 사유 칸의 Enter로는 저장되지 않으며, 저장은 Ctrl+Enter입니다.</translation>
    </message>
    <message>
        <source>Save the declarations (Ctrl+Enter)</source>
        <translation>신고 저장 (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>No conflict with &amp;all the others</source>
        <translation>나머지는 모두 이해충돌 없음(&amp;A)</translation>
    </message>
    <message>
        <source>Every application not declared yet: no conflict (나머지는 모두 이해충돌 없음)</source>
        <translation>아직 신고하지 않은 모든 신청을 ‘이해충돌 없음’으로 신고합니다</translation>
    </message>
    <message>
        <source>Discard the declarations and reasons entered here? They are not saved.</source>
        <translation>여기에서 고르거나 적은 신고와 사유를 버리시겠습니까? 저장되지 않습니다.</translation>
    </message>
    <message>
        <source>Write the reason for each conflict you declare: %1</source>
        <translation>이해충돌을 신고한 신청마다 사유를 적으십시오: %1</translation>
    </message>
</context>
<context>
    <name>DeskErrors</name>
    <message>
        <source>The spec %1 could not be opened; correct it (`evaluator session check` lists every problem) or start the desk without it.</source>
        <translation>명세 %1을(를) 열 수 없습니다. 고친 뒤 다시 여시거나(`evaluator session check`가 문제를 모두 보여 줍니다) 명세 없이 데스크를 시작하십시오.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>자세한 내용: %1</translation>
    </message>
</context>
<context>
    <name>DeskFindings</name>
    <message>
        <source>The cell %1 is empty.</source>
        <translation>%1 칸이 비어 있습니다.</translation>
    </message>
    <message>
        <source>The 신청번호 %1 may hold only letters, digits, '-', '_' and '.'.</source>
        <translation>신청번호 %1에는 영문·숫자·'-'·'_'·'.'만 쓸 수 있습니다.</translation>
    </message>
    <message>
        <source>The 신청번호 %1 is already used in row %2.</source>
        <translation>신청번호 %1은(는) %2행에서 이미 썼습니다.</translation>
    </message>
    <message>
        <source>A %1 may not apply to this program (allowed: %2).</source>
        <translation>기관 유형 %1은(는) 이 사업에 신청할 수 없습니다 (가능: %2).</translation>
    </message>
    <message>
        <source>Enter the population: this program takes applicants below %1.</source>
        <translation>인구를 적으십시오. 이 사업은 인구 %1명 미만만 신청할 수 있습니다.</translation>
    </message>
    <message>
        <source>The population must be a number, not %1.</source>
        <translation>인구는 숫자로 적으십시오 (지금: %1).</translation>
    </message>
    <message>
        <source>Not eligible: a population of %1 is not below the program's cap of %2.</source>
        <translation>신청 자격 없음: 인구 %1명은 신청 상한 %2명 미만이 아닙니다.</translation>
    </message>
    <message>
        <source>Choose the sub-type (%1).</source>
        <translation>세부유형을 고르십시오 (%1).</translation>
    </message>
    <message>
        <source>There is no sub-type %1 (allowed: %2).</source>
        <translation>세부유형 %1은(는) 없습니다 (가능: %2).</translation>
    </message>
    <message>
        <source>Not eligible without an overseas partner institution: fill it in.</source>
        <translation>해외 협력기관이 없으면 신청 자격이 없습니다. 해외 협력기관을 적으십시오.</translation>
    </message>
    <message>
        <source>%1 already applies in row %2; one application per jurisdiction.</source>
        <translation>%1은(는) %2행에서 이미 신청했습니다. 관할마다 한 건만 신청할 수 있습니다.</translation>
    </message>
    <message>
        <source>No document yet: choose the documents folder or add a PDF to this row.</source>
        <translation>문서가 없습니다. 문서 폴더를 고르거나 이 행에 PDF를 추가하십시오.</translation>
    </message>
    <message>
        <source>The document %1 is not in the documents folder.</source>
        <translation>문서 %1이(가) 문서 폴더에 없습니다.</translation>
    </message>
    <message>
        <source>The document %1 is no longer there; replace it.</source>
        <translation>문서 %1이(가) 더 이상 그 자리에 없습니다. 문서를 바꾸십시오.</translation>
    </message>
    <message>
        <source>The document %1 is not a PDF: save it as PDF (한글: 파일 → PDF로 저장하기) and replace it.</source>
        <translation>문서 %1은(는) PDF가 아닙니다. PDF로 저장한 뒤(한글: 파일 → PDF로 저장하기) 바꾸십시오.</translation>
    </message>
    <message>
        <source>The document %1 is not a PDF file; replace it with the PDF.</source>
        <translation>문서 %1은(는) PDF 파일이 아닙니다. PDF로 바꾸십시오.</translation>
    </message>
    <message>
        <source>The document %1 has a password; replace it with a copy without one.</source>
        <translation>문서 %1에 암호가 걸려 있습니다. 암호 없는 사본으로 바꾸십시오.</translation>
    </message>
    <message>
        <source>The document %1 is damaged or cut short; ask for it again.</source>
        <translation>문서 %1이(가) 손상되었거나 잘렸습니다. 다시 받으십시오.</translation>
    </message>
    <message>
        <source>The document %1 is empty (0 bytes).</source>
        <translation>문서 %1이(가) 비어 있습니다 (0바이트).</translation>
    </message>
    <message>
        <source>The document %1 has no pages.</source>
        <translation>문서 %1에 쪽이 없습니다.</translation>
    </message>
    <message>
        <source>This file matches no 신청번호, so it is not sent. If it is an application's document, name it after the application (e.g. A01_사업계획서.pdf).</source>
        <translation>어느 신청번호에도 맞지 않아 번들에 넣지 않는 파일입니다. 신청 문서라면 파일 이름을 신청번호로 시작하게 바꾸십시오 (예: A01_사업계획서.pdf).</translation>
    </message>
    <message>
        <source>No applicant yet: paste or import the table, or fill in a row.</source>
        <translation>신청기관이 아직 없습니다. 목록을 붙여 넣거나 가져오거나 행을 입력하십시오.</translation>
    </message>
    <message>
        <source>Give the round a title.</source>
        <translation>평가 이름을 적으십시오.</translation>
    </message>
    <message>
        <source>There is no %1 rubric for this program: import the official table.</source>
        <translation>이 사업유형의 %1평가표가 없습니다. 공식 배점표를 가져오십시오.</translation>
    </message>
    <message>
        <source>%1 sites to select is more than the call's %2.</source>
        <translation>선정 규모 %1곳은 공모의 %2곳보다 많습니다.</translation>
    </message>
    <message>
        <source>Add the chair's and the members' cards.</source>
        <translation>위원장과 평가위원의 카드를 넣으십시오.</translation>
    </message>
    <message>
        <source>Compare this fingerprint with its owner (by phone or in person) and tick it.</source>
        <translation>이 지문을 본인과 (전화 또는 대면으로) 맞춰 본 뒤 확인 표시를 하십시오.</translation>
    </message>
    <message>
        <source>The card %1 chosen as chair is not a chair's card (its role: %2); ask the chair for a chair's card.</source>
        <translation>위원장으로 고른 카드 %1은(는) 위원장 카드가 아닙니다 (역할: %2). 위원장에게 위원장 카드를 받으십시오.</translation>
    </message>
    <message>
        <source>The card %1 is not a member's card (its role: %2).</source>
        <translation>카드 %1은(는) 평가위원 카드가 아닙니다 (역할: %2).</translation>
    </message>
    <message>
        <source>The same person (%1) is on the committee twice; remove one card.</source>
        <translation>같은 사람(%1)이 위원회에 두 번 들어 있습니다. 카드 하나를 빼십시오.</translation>
    </message>
    <message>
        <source>Add at least one member's card besides the chair's.</source>
        <translation>위원장 외에 평가위원 카드를 한 장 이상 넣으십시오.</translation>
    </message>
    <message>
        <source>The card %1 changed after its fingerprint was confirmed; compare it with its owner again.</source>
        <translation>카드 %1이(가) 지문을 확인한 뒤 바뀌었습니다. 본인과 다시 맞춰 보십시오.</translation>
    </message>
    <message>
        <source>A conflict with the ground “other” needs a written reason.</source>
        <translation>사유 구분이 ‘기타’인 이해충돌에는 사유를 적어야 합니다.</translation>
    </message>
    <message>
        <source>Set when the evaluation opens and closes.</source>
        <translation>평가 시작과 종료 시각을 정하십시오.</translation>
    </message>
    <message>
        <source>The evaluation must close after it opens.</source>
        <translation>평가 종료 시각은 시작 시각보다 뒤여야 합니다.</translation>
    </message>
    <message>
        <source>Write the pledge the members accept before scoring.</source>
        <translation>평가위원이 평가 전에 동의할 서약서 문구를 적으십시오.</translation>
    </message>
    <message>
        <source>The earlier stage's result cannot be used: %1</source>
        <translation>이전 단계 결과를 쓸 수 없습니다: %1</translation>
    </message>
    <message>
        <source>The application %1 is not on the earlier stage's shortlist.</source>
        <translation>신청 %1은(는) 이전 단계 결과의 통과 목록에 없습니다.</translation>
    </message>
    <message>
        <source>To check: %1</source>
        <translation>확인할 점: %1</translation>
    </message>
</context>
<context>
    <name>DeskSent</name>
    <message>
        <source>the round</source>
        <translation>평가 개요</translation>
    </message>
    <message>
        <source>the rubric's content</source>
        <translation>평가표 내용</translation>
    </message>
    <message>
        <source>the applicants</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>the documents</source>
        <translation>제출 문서</translation>
    </message>
    <message>
        <source>the roster</source>
        <translation>위원 명단</translation>
    </message>
    <message>
        <source>the declared conflicts</source>
        <translation>사전 이해충돌</translation>
    </message>
    <message>
        <source>the rules of the day</source>
        <translation>평가 운영</translation>
    </message>
</context>
<context>
    <name>DeskWindow</name>
    <message>
        <source>Evaluation Desk — secretariat (사무국 데스크)</source>
        <translation>평가위원 데스크 — 사무국 데스크</translation>
    </message>
    <message>
        <source>Steps</source>
        <translation>단계</translation>
    </message>
    <message>
        <source>◀ &amp;Back</source>
        <translation>◀ 이전(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>다음(&amp;N) ▶</translation>
    </message>
    <message>
        <source>⚠ re-send</source>
        <translation>⚠ 다시 보내기</translation>
    </message>
    <message>
        <source>The draft differs from the bundle sent: sign it again and send the new bundle to everyone.</source>
        <translation>보낸 번들과 다릅니다: 다시 서명해 새 번들을 모두에게 보내야 합니다.</translation>
    </message>
    <message>
        <source>The draft could not be saved: %1</source>
        <translation>작성 중인 내용을 저장하지 못했습니다: %1</translation>
    </message>
    <message>
        <source>Draft saved %1</source>
        <translation>작성 중인 내용 자동 저장 %1</translation>
    </message>
    <message>
        <source>The bundle is still being written. Stop and close?</source>
        <translation>번들을 아직 만드는 중입니다. 중단하고 닫을까요?</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <source>Document %1</source>
        <translation>문서 %1</translation>
    </message>
    <message>
        <source>Find in the document (Ctrl+F)</source>
        <translation>문서에서 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>문서에서 찾기</translation>
    </message>
    <message>
        <source>Previous page (PgUp)</source>
        <translation>이전 쪽 (PgUp)</translation>
    </message>
    <message>
        <source>Next page (PgDown)</source>
        <translation>다음 쪽 (PgDown)</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소 (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>확대 (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <source>Highlight</source>
        <translation>형광펜</translation>
    </message>
    <message>
        <source>Highlight the text found (Ctrl+H); or drag across text with the mouse</source>
        <translation>찾은 글자에 형광펜 (Ctrl+H). 마우스로 글자를 끌어서 칠해도 됩니다</translation>
    </message>
    <message>
        <source>Highlight the text found</source>
        <translation>찾은 글자에 형광펜</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>쪽 목록</translation>
    </message>
    <message>
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
    <message>
        <source>Find the text first</source>
        <translation>먼저 글자를 찾으십시오</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>찾는 중…</translation>
    </message>
    <message>
        <source>No match</source>
        <translation>찾는 글자가 없습니다</translation>
    </message>
</context>
<context>
    <name>DocumentsPanel</name>
    <message>
        <source>Documents of the selected applicant</source>
        <translation>선택한 신청기관의 문서</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>Page count</source>
        <translation>쪽수</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>크기</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>점검</translation>
    </message>
    <message>
        <source>Add a PDF…</source>
        <translation>PDF 추가…</translation>
    </message>
    <message>
        <source>&amp;Replace…</source>
        <translation>바꾸기(&amp;R)…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>빼기</translation>
    </message>
    <message>
        <source>Select an applicant's row to see its documents.</source>
        <translation>신청기관 행을 고르면 문서가 보입니다.</translation>
    </message>
    <message>
        <source>No document yet for %1.</source>
        <translation>%1의 문서가 아직 없습니다.</translation>
    </message>
    <message>
        <source>%1: %2 file(s), %3 pages</source>
        <translation>%1: %2개 파일, %3쪽</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF 문서 (*.pdf)</translation>
    </message>
    <message>
        <source>Add a document</source>
        <translation>문서 추가</translation>
    </message>
    <message>
        <source>Replace the document</source>
        <translation>문서 바꾸기</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The passphrase is wrong. Check the keyboard layout (한/영) and Caps Lock, then try again.</source>
        <translation>암호가 틀렸습니다. 한/영 입력 상태와 Caps Lock을 확인한 뒤 다시 입력하십시오.</translation>
    </message>
    <message>
        <source>This identity file asks for far more unlocking work than Evaluation Desk ever sets: it was altered, or it is not an Evaluation Desk identity file. Your passphrase was not checked. Use your own identity file (or its backup copy), or create a new identity and give its card to the secretariat.</source>
        <translation>이 신원 파일은 평가위원 데스크가 정하는 것보다 훨씬 많은 잠금 해제 작업을 요구합니다. 파일이 변경되었거나 평가위원 데스크의 신원 파일이 아닙니다. 암호는 확인하지 않았습니다. 본인의 신원 파일(또는 그 백업 사본)을 사용하거나, 새 신원을 만들어 그 카드를 사무국에 전달하십시오.</translation>
    </message>
    <message>
        <source>This computer is too busy right now to unlock your identity file; your passphrase was not checked. Close other programs, plug in the power, wait a moment and try again.</source>
        <translation>지금 이 컴퓨터가 너무 바빠서 신원 파일의 잠금을 풀 수 없습니다. 암호는 확인하지 않았습니다(틀린 것이 아닙니다). 다른 프로그램을 닫고 전원을 연결한 뒤 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>This computer's keyring cannot keep your signing key. Keep it in a passphrase-protected file instead: choose “Keep them in a passphrase-protected file” when you create your identity, or import your identity file.</source>
        <translation>이 컴퓨터의 키링에는 서명용 열쇠를 보관할 수 없습니다. 신원을 만들 때 ‘암호로 보호된 파일에 보관’을 고르거나, 가지고 있는 신원 파일을 가져오십시오.</translation>
    </message>
    <message>
        <source>This bundle is not addressed to you: it was not encrypted to your signing key. Check that the secretariat has your current card, and ask for a bundle made for you.</source>
        <translation>귀하에게 발송된 번들이 아닙니다. 사무국이 귀하의 현재 카드를 가지고 있는지 확인하고, 귀하에게 맞게 만든 번들을 요청하십시오.</translation>
    </message>
    <message>
        <source>The bundle was altered or damaged after the secretariat signed it. Do not use it; ask the secretariat for a new copy.</source>
        <translation>사무국이 서명한 뒤 번들이 변조되었거나 손상되었습니다. 사용하지 말고 사무국에 새 번들을 요청하십시오.</translation>
    </message>
    <message>
        <source>The bundle is not signed by the secretariat key you trust. Confirm the key with the secretariat before going on.</source>
        <translation>신뢰하는 사무국 키로 서명된 번들이 아닙니다. 계속하기 전에 사무국에 키를 확인하십시오.</translation>
    </message>
    <message>
        <source>The evaluation window is not open now. Check the dates with the secretariat.</source>
        <translation>지금은 평가 기간이 아닙니다. 평가 기간을 사무국에 확인하십시오.</translation>
    </message>
    <message>
        <source>The bundle cannot be opened. Ask the secretariat for a new copy.</source>
        <translation>번들을 열 수 없습니다. 사무국에 새 번들을 요청하십시오.</translation>
    </message>
    <message>
        <source>Your signing key cannot be used. Check the identity file (is the USB stick in?) and its passphrase; if it is lost, create a new identity and give its card to the secretariat.</source>
        <translation>서명용 열쇠를 사용할 수 없습니다. 신원 파일(USB 메모리가 꽂혀 있는지)과 암호를 확인하십시오. 잃어버렸다면 새 신원을 만들고 그 카드를 사무국에 전달하십시오.</translation>
    </message>
    <message>
        <source>This breaks a rule of the rubric or the session; it was not saved.</source>
        <translation>평가기준 또는 평가 세션의 규칙에 맞지 않아 저장하지 않았습니다.</translation>
    </message>
    <message>
        <source>The score sheet cannot be signed or verified. Choose another folder (one you can write to) and try again.</source>
        <translation>평가표에 서명하거나 검증할 수 없습니다. 쓰기가 가능한 다른 폴더를 골라 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The session, application or item was not found in this workspace.</source>
        <translation>이 작업공간에서 해당 세션, 신청 또는 항목을 찾을 수 없습니다.</translation>
    </message>
    <message>
        <source>The session's rubric or description is not valid. Ask the secretariat for a corrected bundle.</source>
        <translation>평가 세션의 평가기준 또는 설명이 올바르지 않습니다. 사무국에 수정된 번들을 요청하십시오.</translation>
    </message>
    <message>
        <source>The workspace file is damaged (a bad spot on the disk). Your signed sheets are safe where you saved them. Close Evaluation Desk and start it again: it offers to continue from the automatic backup named below.</source>
        <translation>작업 공간 파일이 손상되었습니다(디스크의 불량 부분). 서명한 평가표는 저장한 곳에 그대로 있습니다. 평가위원 데스크를 닫고 다시 시작하면 아래에 적힌 자동 백업에서 이어서 할 수 있습니다.</translation>
    </message>
    <message>
        <source>The workspace folder is read-only: your scores can be read but not changed.</source>
        <translation>작업 폴더가 읽기 전용입니다. 점수를 볼 수는 있지만 바꿀 수는 없습니다.</translation>
    </message>
    <message>
        <source>Another program is writing to the workspace; try again in a moment.</source>
        <translation>다른 프로그램이 작업 공간에 쓰고 있습니다. 잠시 후 다시 시도하십시오.</translation>
    </message>
    <message>
        <source>The workspace cannot be used. Do not delete anything; tell the secretariat (the log file is named under Help &gt; About).</source>
        <translation>작업공간을 사용할 수 없습니다. 아무것도 지우지 말고 사무국에 알리십시오 (로그 파일 위치는 도움말 &gt; 정보에 있습니다).</translation>
    </message>
    <message>
        <source>This bundle file is incomplete (%1 of at least %2 bytes): the copy was cut off. Copy it again from the USB stick, or ask the secretariat to send it again.</source>
        <translation>번들 파일이 완전하지 않습니다 (%2바이트 이상 중 %1바이트): 복사가 중간에 끊겼습니다. USB 메모리에서 다시 복사하거나 사무국에 다시 보내 달라고 요청하십시오.</translation>
    </message>
    <message>
        <source>This file is not an evaluation bundle (.evb), or it is damaged. Open the bundle file the secretariat sent you.</source>
        <translation>평가 번들(.evb) 파일이 아니거나 손상된 파일입니다. 사무국에서 받은 번들 파일을 여십시오.</translation>
    </message>
    <message>
        <source>Technical details (for the secretariat): %1</source>
        <translation>기술 정보 (사무국 문의용): %1</translation>
    </message>
    <message>
        <source>Technical details: %1</source>
        <translation>기술 정보: %1</translation>
    </message>
    <message>
        <source>The sheet is signed and locked; revise it to make changes.</source>
        <translation>평가표가 서명·확정되어 잠겨 있습니다. 고치려면 수정(재확정)을 시작하십시오.</translation>
    </message>
    <message>
        <source>The file cannot be replaced: another program has it open (Excel, a PDF viewer) or it is read-only. Close it and try again; nothing was lost.</source>
        <translation>다른 프로그램(Excel, PDF 뷰어 등)이 파일을 열고 있거나 파일이 읽기 전용이라 바꿀 수 없습니다. 그 파일을 닫고 다시 시도하십시오. 잃어버린 내용은 없습니다.</translation>
    </message>
    <message>
        <source>A conflict of interest was declared (회피): this application cannot be scored.</source>
        <translation>이해충돌을 신고한 신청입니다(회피). 평가할 수 없습니다.</translation>
    </message>
    <message>
        <source>The action could not be completed.</source>
        <translation>작업을 완료하지 못했습니다.</translation>
    </message>
    <message>
        <source>An unexpected error occurred; the details are in the log file.</source>
        <translation>예기치 않은 오류가 발생했습니다. 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
    <message>
        <source>Details: %1</source>
        <translation>자세한 내용: %1</translation>
    </message>
</context>
<context>
    <name>ExclusionDialog</name>
    <message>
        <source>Exclude members (제외)</source>
        <translation>위원 제외</translation>
    </message>
    <message>
        <source>An excluded member's sheets are left out of every figure. The result records the exclusion and its reason; everyone who verifies the result sees them.</source>
        <translation>제외한 위원의 평가표는 모든 점수에서 빠집니다. 제외와 그 사유는 결과에 기록되며, 결과를 검증하는 모든 사람이 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>Excluded members</source>
        <translation>제외한 위원</translation>
    </message>
    <message>
        <source>Remove the exclusion</source>
        <translation>제외 취소</translation>
    </message>
    <message>
        <source>e.g. the sheet was signed after the deadline</source>
        <translation>예: 마감 뒤에 서명한 평가표</translation>
    </message>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>Exclude</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>Write the reason for the exclusion first.</source>
        <translation>먼저 제외 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>This member is already excluded.</source>
        <translation>이미 제외한 위원입니다.</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <source>Finalize and sign (평가결과 확정)</source>
        <translation>평가결과 확정 및 서명</translation>
    </message>
    <message>
        <source>Check what you are signing. Signing locks this revision; you can revise it later with a reason.</source>
        <translation>서명할 내용을 확인하십시오. 서명하면 이 차수가 확정(잠금)되며, 나중에 사유를 적어 수정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Still missing (Enter or double-click to go there):</source>
        <translation>아직 입력하지 않은 항목 (Enter 또는 두 번 눌러 이동):</translation>
    </message>
    <message>
        <source>Still missing</source>
        <translation>아직 입력하지 않은 항목</translation>
    </message>
    <message>
        <source>What you are signing</source>
        <translation>서명할 평가 결과</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Rubric: %1</source>
        <translation>평가표: %1</translation>
    </message>
    <message>
        <source>Passphrase of your identity file</source>
        <translation>신원 파일의 암호</translation>
    </message>
    <message>
        <source>To sign, enter the passphrase of your identity file (%1):</source>
        <translation>서명하려면 신원 파일(%1)의 암호를 입력하십시오:</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>View PDF</source>
        <translation>PDF 보기</translation>
    </message>
    <message>
        <source>Sign and export…</source>
        <translation>서명하고 내보내기…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message numerus="yes">
        <source>%1 %2 — %n item(s) missing</source>
        <translation>
            <numerusform>%1 %2 — 미완료 %n건</numerusform></translation>
    </message>
    <message>
        <source>Before scoring</source>
        <translation>평가 시작 전</translation>
    </message>
    <message>
        <source>Enter the passphrase of your identity file first.</source>
        <translation>먼저 신원 파일의 암호를 입력하십시오.</translation>
    </message>
    <message>
        <source>Export the signed sheet to</source>
        <translation>서명한 평가표를 저장할 폴더</translation>
    </message>
    <message>
        <source>Signing and writing the sheet…</source>
        <translation>평가표에 서명하고 저장하는 중…</translation>
    </message>
    <message>
        <source>Signed and exported:</source>
        <translation>서명하여 내보냈습니다:</translation>
    </message>
    <message>
        <source>in %1</source>
        <translation>저장 위치: %1</translation>
    </message>
    <message>
        <source>Next: hand these three files to the secretariat (간사) or the chair (위원장) on the USB stick, or as the session's instructions say.</source>
        <translation>다음 할 일: 이 세 파일을 USB 메모리에 담아 간사 또는 위원장에게 전달하십시오 (평가 안내에 다른 방법이 있으면 그에 따르십시오).</translation>
    </message>
</context>
<context>
    <name>FindingsList</name>
    <message>
        <source>row %1</source>
        <translation>%1행</translation>
    </message>
    <message>
        <source>1 Round</source>
        <translation>1 평가 개요</translation>
    </message>
    <message>
        <source>2 Applicants</source>
        <translation>2 신청기관</translation>
    </message>
    <message>
        <source>3 Committee</source>
        <translation>3 평가위원회</translation>
    </message>
    <message>
        <source>4 Rules of the day</source>
        <translation>4 평가 운영</translation>
    </message>
    <message>
        <source>5 Check and send</source>
        <translation>5 점검·발송</translation>
    </message>
    <message>
        <source>6 Collect</source>
        <translation>6 평가표 회수</translation>
    </message>
</context>
<context>
    <name>HandInDialog</name>
    <message>
        <source>Hand in (제출)</source>
        <translation>제출</translation>
    </message>
    <message numerus="yes">
        <source>A partial sheet is signed with the %n application(s) scored so far: </source>
        <translation>
            <numerusform>지금까지 채점한 신청 %n건으로 부분 평가표에 서명합니다: </numerusform></translation>
    </message>
    <message>
        <source>Scoring stays open: a later hand-in or the full sheet replaces this one.</source>
        <translation>채점은 계속할 수 있습니다. 나중의 제출이나 전체 평가표가 이 제출을 대체합니다.</translation>
    </message>
    <message>
        <source>Folder (the USB stick)</source>
        <translation>저장할 폴더 (USB)</translation>
    </message>
    <message>
        <source>Sign and hand in</source>
        <translation>서명하고 제출</translation>
    </message>
    <message>
        <source>Write the hand-in to</source>
        <translation>제출 평가표를 저장할 폴더</translation>
    </message>
    <message>
        <source>Choose the folder (the USB stick) first.</source>
        <translation>먼저 저장할 폴더(USB)를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>HandInModel</name>
    <message>
        <source>Latest sheet</source>
        <translation>최근 제출</translation>
    </message>
    <message>
        <source>full sheet</source>
        <translation>전체 평가표</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>hand-in %1</source>
        <translation>%1차 제출</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>미제출</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>awaited</source>
        <translation>대기</translation>
    </message>
    <message>
        <source>handed in, signed</source>
        <translation>서명된 평가표 제출됨</translation>
    </message>
    <message>
        <source>recused (회피)</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>presented, no signed sheet for it yet</source>
        <translation>발표는 끝났고 서명된 평가표가 아직 없음</translation>
    </message>
    <message>
        <source>not presented yet</source>
        <translation>아직 발표 전</translation>
    </message>
</context>
<context>
    <name>HighlightList</name>
    <message>
        <source>Highlights</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <source>Your highlights in this application (Enter: go there, Delete: remove). They stay on this laptop.</source>
        <translation>이 신청에 칠한 형광펜 (Enter: 그곳으로 이동, Delete: 지우기). 이 노트북에만 남습니다.</translation>
    </message>
    <message>
        <source>No highlights in this application yet. Drag over text in the document, or find a word (Ctrl+F) and press Ctrl+H.</source>
        <translation>이 신청에 칠한 형광펜이 아직 없습니다. 문서에서 글자를 마우스로 끌거나, 낱말을 찾은 뒤(Ctrl+F) Ctrl+H를 누르십시오.</translation>
    </message>
</context>
<context>
    <name>IdentityBackupDialog</name>
    <message>
        <source>Back up my identity</source>
        <translation>내 신원 백업</translation>
    </message>
    <message>
        <source>Your secret keys are copied into a passphrase-protected file. With it, this identity opens on another laptop (or on this one after a reinstall): keep the file and its passphrase apart — whoever has both can sign as you.</source>
        <translation>비밀 키를 암호로 보호된 파일에 복사합니다. 이 파일이 있으면 다른 노트북에서도 (또는 다시 설치한 뒤에도) 같은 신원으로 열 수 있습니다. 파일과 암호를 따로 보관하십시오. 둘 다 가진 사람은 본인 명의로 서명할 수 있습니다.</translation>
    </message>
    <message>
        <source>Backup file</source>
        <translation>백업 파일</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>백업</translation>
    </message>
    <message>
        <source>Identity file (*.age)</source>
        <translation>신원 파일 (*.age)</translation>
    </message>
    <message>
        <source>Written: %1

It holds your identity %2 and opened again with its passphrase. Keep the file and the passphrase apart.</source>
        <translation>저장했습니다: %1

신원 %2이(가) 들어 있으며, 암호로 다시 열어 확인했습니다. 파일과 암호를 따로 보관하십시오.</translation>
    </message>
</context>
<context>
    <name>Language</name>
    <message>
        <source>en</source>
        <translation>ko</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Next application</source>
        <translation>다음 신청</translation>
    </message>
    <message>
        <source>Previous application</source>
        <translation>이전 신청</translation>
    </message>
    <message>
        <source>Find in the document</source>
        <translation>문서에서 찾기</translation>
    </message>
    <message>
        <source>Highlight the text found (or drag across text with the mouse)</source>
        <translation>찾은 글자에 형광펜 (마우스로 끌어서 칠해도 됨)</translation>
    </message>
    <message>
        <source>Search the application list</source>
        <translation>신청 목록 검색</translation>
    </message>
    <message>
        <source>Next / previous rubric item</source>
        <translation>다음 / 이전 평가항목</translation>
    </message>
    <message>
        <source>Grade of the focused grade item</source>
        <translation>선택한 등급 항목의 등급</translation>
    </message>
    <message>
        <source>Next / previous pane</source>
        <translation>다음 / 이전 영역</translation>
    </message>
    <message>
        <source>In the list: another application; in a score: one step up or down</source>
        <translation>목록에서: 다른 신청으로 이동, 점수 칸에서: 한 단위 올리기 / 내리기</translation>
    </message>
    <message>
        <source>Focus the document</source>
        <translation>문서로 이동</translation>
    </message>
    <message>
        <source>Focus the rubric panel</source>
        <translation>평가표로 이동</translation>
    </message>
    <message>
        <source>Next application still to do (its first open entry)</source>
        <translation>아직 남은 다음 신청 (비어 있는 첫 항목으로)</translation>
    </message>
    <message>
        <source>In the list: score the application (its first open entry); in a score: save it and go on to its rationale</source>
        <translation>목록에서: 그 신청 평가 시작(비어 있는 첫 항목으로), 점수 칸에서: 저장하고 평가사유로 이동</translation>
    </message>
    <message>
        <source>Next / previous field (list → document: tabs, page and zoom buttons, search, pages → rubric)</source>
        <translation>다음 / 이전 입력칸 (목록 → 문서: 탭, 쪽·확대 단추, 찾기, 쪽 목록 → 평가표)</translation>
    </message>
    <message>
        <source>On the document tabs: another document of the application</source>
        <translation>문서 탭에서: 이 신청의 다른 문서</translation>
    </message>
    <message>
        <source>Next / previous page</source>
        <translation>다음 / 이전 쪽</translation>
    </message>
    <message>
        <source>Zoom in / out</source>
        <translation>확대 / 축소</translation>
    </message>
    <message>
        <source>Conflicts of interest</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <source>Finalize and sign</source>
        <translation>평가결과 확정 및 서명</translation>
    </message>
    <message>
        <source>In the conflicts dialog and a revision's reason: save (Enter there does not)</source>
        <translation>이해충돌 신고와 개정 사유에서: 저장 (그곳의 Enter로는 저장되지 않음)</translation>
    </message>
    <message>
        <source>Overview of all applications</source>
        <translation>전체 신청 한눈에 보기</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <source>Save now (everything is also saved as you type)</source>
        <translation>지금 저장 (입력하는 대로 자동 저장도 됨)</translation>
    </message>
    <message>
        <source>Undo / redo in the field</source>
        <translation>입력칸 되돌리기 / 다시 실행</translation>
    </message>
    <message>
        <source>Print the document (if the bundle allows)</source>
        <translation>문서 인쇄 (번들이 허용한 경우)</translation>
    </message>
    <message>
        <source>Presentation mode (발표 모드)</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <source>Open another bundle or session</source>
        <translation>다른 번들 또는 세션 열기</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <source>Evaluation Desk</source>
        <translation>평가위원 데스크</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <source>All applications</source>
        <translation>전체 신청</translation>
    </message>
    <message>
        <source>Still to do</source>
        <translation>남은 신청</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Recused (회피)</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>Search applications (Ctrl+L)</source>
        <translation>신청 검색 (Ctrl+L)</translation>
    </message>
    <message>
        <source>Search applications</source>
        <translation>신청 검색</translation>
    </message>
    <message>
        <source>Applications</source>
        <translation>신청 목록</translation>
    </message>
    <message>
        <source>Up/Down: another application; Tab: on to the document</source>
        <translation>위/아래 화살표: 다른 신청, Tab: 문서로 이동</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>개인 메모</translation>
    </message>
    <message>
        <source>Private notes: stay on this laptop, never in the score sheet</source>
        <translation>개인 메모: 이 노트북에만 남고 평가표에는 들어가지 않습니다</translation>
    </message>
    <message>
        <source>Highlights</source>
        <translation>형광펜 표시</translation>
    </message>
    <message>
        <source>Signed</source>
        <translation>확정됨</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <source>Save now</source>
        <translation>지금 저장</translation>
    </message>
    <message>
        <source>Highlight the text found</source>
        <translation>찾은 글자에 형광펜</translation>
    </message>
    <message>
        <source>Next application still to do</source>
        <translation>아직 남은 다음 신청</translation>
    </message>
    <message>
        <source>Next rubric item</source>
        <translation>다음 평가항목</translation>
    </message>
    <message>
        <source>Previous rubric item</source>
        <translation>이전 평가항목</translation>
    </message>
    <message>
        <source>Next pane</source>
        <translation>다음 영역</translation>
    </message>
    <message>
        <source>Previous pane</source>
        <translation>이전 영역</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <source>&amp;Evaluation</source>
        <translation>평가(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Open another bundle or session…</source>
        <translation>다른 번들 또는 세션 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Conflicts of interest…</source>
        <translation>이해충돌 신고(&amp;C)…</translation>
    </message>
    <message>
        <source>&amp;Finalize and sign…</source>
        <translation>평가결과 확정 및 서명(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Revise the signed sheet…</source>
        <translation>확정한 평가표 수정(&amp;R)…</translation>
    </message>
    <message>
        <source>&amp;Print the document…</source>
        <translation>문서 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <source>The secretariat did not allow printing.</source>
        <translation>사무국이 인쇄를 허용하지 않았습니다.</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>큰 글씨(&amp;L)</translation>
    </message>
    <message>
        <source>Language (after restart)</source>
        <translation>언어 (다시 시작 후 적용)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>The language is changed the next time Evaluation Desk starts.</source>
        <translation>언어는 평가위원 데스크를 다시 시작하면 바뀝니다.</translation>
    </message>
    <message>
        <source>No document is shown to print.</source>
        <translation>인쇄할 문서가 화면에 없습니다.</translation>
    </message>
    <message>
        <source>Revise</source>
        <translation>수정</translation>
    </message>
    <message>
        <source>This revision is not signed yet; you can still edit it.</source>
        <translation>이 차수는 아직 확정하지 않았으므로 계속 수정할 수 있습니다.</translation>
    </message>
    <message>
        <source>Revise the signed sheet</source>
        <translation>확정한 평가표 수정</translation>
    </message>
    <message>
        <source>Why is the signed sheet being revised? (recorded in the audit log)</source>
        <translation>확정한 평가표를 수정하는 사유 (감사 로그에 기록됨)</translation>
    </message>
    <message>
        <source>(Ctrl+Enter: OK)</source>
        <translation>(Ctrl+Enter: 확인)</translation>
    </message>
    <message>
        <source>Signed: revision %1 is locked (Evaluation &gt; Revise to change it)</source>
        <translation>확정됨: %1차 평가표가 잠겼습니다 (평가 &gt; 확정한 평가표 수정)</translation>
    </message>
    <message>
        <source>About Evaluation Desk</source>
        <translation>평가위원 데스크 정보</translation>
    </message>
    <message>
        <source>Workspace</source>
        <translation>작업공간</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <source>Recused (회피): you declared a conflict of interest for this application.</source>
        <translation>회피: 이 신청에 대해 이해충돌을 신고했습니다.</translation>
    </message>
    <message>
        <source>No document to show for this application.</source>
        <translation>이 신청에는 표시할 문서가 없습니다.</translation>
    </message>
    <message>
        <source>Decrypting the documents…</source>
        <translation>문서를 복호화하는 중…</translation>
    </message>
    <message>
        <source>%1 p. %2</source>
        <translation>%1 %2쪽</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>회피</translation>
    </message>
</context>
<context>
    <name>MatrixModel</name>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>최종점수</translation>
    </message>
    <message>
        <source>회피</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>excluded</source>
        <translation>제외</translation>
    </message>
    <message>
        <source>dropped by the rule (highest or lowest)</source>
        <translation>산정에서 제외 (최고점 또는 최저점)</translation>
    </message>
    <message>
        <source>deviation: %1 against the others' mean %2 (%3; threshold %4 points): ask for the written reason</source>
        <translation>편차: %1점, 다른 위원 평균 %2점 (차이 %3, 기준 %4점): 서면 사유를 요청하십시오</translation>
    </message>
    <message>
        <source>conflict of interest declared (회피)</source>
        <translation>이해충돌 신고 (회피)</translation>
    </message>
</context>
<context>
    <name>MemberToolsMixin</name>
    <message>
        <source>O&amp;verview of all applications…</source>
        <translation>전체 신청 한눈에 보기(&amp;V)…</translation>
    </message>
    <message>
        <source>E&amp;xport the offline form (Excel)…</source>
        <translation>오프라인 평가 양식 내보내기 (엑셀)(&amp;X)…</translation>
    </message>
    <message>
        <source>I&amp;mport a filled form…</source>
        <translation>작성한 평가 양식 가져오기(&amp;M)…</translation>
    </message>
    <message>
        <source>Move this session to another &amp;laptop…</source>
        <translation>이 세션을 다른 노트북으로 옮기기(&amp;L)…</translation>
    </message>
    <message>
        <source>Back up my &amp;identity to a file…</source>
        <translation>내 신원(서명 키)을 파일로 백업(&amp;I)…</translation>
    </message>
    <message>
        <source>Preview my score sheet</source>
        <translation>내 평가표 미리보기</translation>
    </message>
    <message>
        <source>%n thing(s) still missing: the preview shows the sheet once everything is filled in (Evaluation &gt; Finalize lists what is missing, and the overview shows where).</source>
        <translation>아직 %n개 항목이 비어 있습니다. 모두 입력하면 미리보기를 볼 수 있습니다 (평가 &gt; 평가결과 확정에서 빠진 항목을, 한눈에 보기에서 그 위치를 확인하십시오).</translation>
    </message>
    <message>
        <source>Previe&amp;w my score sheet (PDF, not signed)…</source>
        <translation>내 평가표 미리보기 (PDF, 서명 전)(&amp;W)…</translation>
    </message>
    <message>
        <source>Export the offline form</source>
        <translation>오프라인 평가 양식 내보내기</translation>
    </message>
    <message>
        <source>Excel form (*.xlsx);;CSV (*.csv)</source>
        <translation>엑셀 양식 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Form written: %1</source>
        <translation>양식을 저장했습니다: %1</translation>
    </message>
    <message>
        <source>Import a filled form</source>
        <translation>작성한 평가 양식 가져오기</translation>
    </message>
    <message>
        <source>Filled form (*.xlsx *.csv)</source>
        <translation>작성한 양식 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>%1 change(s) from %2 row(s) were saved.</source>
        <translation>%2개 행에서 %1건을 저장했습니다.</translation>
    </message>
    <message>
        <source>Move this session to another laptop</source>
        <translation>이 세션을 다른 노트북으로 옮기기</translation>
    </message>
    <message>
        <source>Moved session (*.evm)</source>
        <translation>옮긴 세션 (*.evm)</translation>
    </message>
    <message>
        <source>Written: %1

Only your identity opens it. On the other laptop, use the same identity (your identity file) and choose "Continue a session moved from another laptop". Go on scoring there only: changes made on both laptops cannot be joined.</source>
        <translation>저장했습니다: %1

본인의 키로만 열 수 있습니다. 다른 노트북에서 같은 신원(신원 파일)으로 "다른 노트북에서 옮겨 온 세션 이어서 하기"를 고르십시오. 평가는 그 노트북에서만 이어서 하십시오. 두 노트북에서 각각 고친 내용은 합칠 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>NavigationMixin</name>
    <message>
        <source>This is the last application still to do.</source>
        <translation>아직 남은 마지막 신청입니다.</translation>
    </message>
    <message>
        <source>Every application is done: Evaluation &gt; Finalize and sign (Ctrl+Shift+S).</source>
        <translation>모든 신청을 마쳤습니다. 평가 &gt; 평가결과 확정 및 서명(Ctrl+Shift+S)으로 넘어가십시오.</translation>
    </message>
    <message>
        <source>Everything is saved (Evaluation Desk also saves as you type).</source>
        <translation>모두 저장되었습니다 (평가위원 데스크는 입력하는 대로 자동으로도 저장합니다).</translation>
    </message>
    <message>
        <source>Not saved in %1: %2 (not a valid score; the saved value stays)</source>
        <translation>%1에 저장되지 않았습니다: %2 (유효한 점수가 아니어서 저장된 값이 유지됩니다)</translation>
    </message>
</context>
<context>
    <name>NewPassphrase</name>
    <message>
        <source>at least %1 characters</source>
        <translation>%1자 이상</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <source>Passphrase again</source>
        <translation>암호 확인</translation>
    </message>
    <message>
        <source>The passphrase protects your signing key: at least %1 characters (now %2).</source>
        <translation>암호는 서명용 열쇠를 보호합니다: %1자 이상 (지금 %2자).</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
</context>
<context>
    <name>NextSteps</name>
    <message>
        <source>Next: print the 종합평가표 and have it signed on paper</source>
        <translation>다음 단계: 종합평가표를 인쇄하여 종이에 서명받기</translation>
    </message>
    <message>
        <source>Open 종합평가표</source>
        <translation>종합평가표 열기</translation>
    </message>
    <message>
        <source>Print 종합평가표…</source>
        <translation>종합평가표 인쇄…</translation>
    </message>
    <message>
        <source>Open the folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Signs the printed 종합평가표 (확인 및 서명, last page): the chair %1 and the members %2.</source>
        <translation>인쇄한 종합평가표에 서명할 사람 (마지막 쪽 ‘확인 및 서명’): 위원장 %1, 위원 %2.</translation>
    </message>
    <message>
        <source>the signed paper original</source>
        <translation>서명한 종이 원본</translation>
    </message>
    <message>
        <source>the signed result (the secretariat checks it with `evaluator result verify`)</source>
        <translation>전자서명된 결과 (사무국이 `evaluator result verify`로 확인)</translation>
    </message>
    <message>
        <source>the tables</source>
        <translation>집계표</translation>
    </message>
    <message>
        <source>the public report</source>
        <translation>공개용 종합평가 결과</translation>
    </message>
    <message>
        <source>the members' signed sheets it was computed from</source>
        <translation>산정에 쓴 위원들의 서명된 평가표</translation>
    </message>
    <message>
        <source>To the secretariat: %1.</source>
        <translation>사무국에 보낼 것: %1.</translation>
    </message>
</context>
<context>
    <name>OverviewDialog</name>
    <message>
        <source>Overview of all applications</source>
        <translation>전체 신청 한눈에 보기</translation>
    </message>
    <message numerus="yes">
        <source>%n cell(s) still missing (red). Double-click a cell to go there.</source>
        <translation>
            <numerusform>아직 %n칸이 비어 있습니다 (빨간색). 칸을 두 번 누르면 그 항목으로 갑니다.</numerusform></translation>
    </message>
    <message>
        <source>Nothing is missing. Compare the scores across applications before signing.</source>
        <translation>빠진 항목이 없습니다. 서명하기 전에 신청 간 점수를 비교해 보십시오.</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>not entered yet</source>
        <translation>미입력</translation>
    </message>
    <message>
        <source>Recused (회피)</source>
        <translation>회피</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <source>Documents of this application</source>
        <translation>이 신청의 문서</translation>
    </message>
    <message>
        <source>Choose an application on the left.</source>
        <translation>왼쪽 목록에서 신청을 선택하십시오.</translation>
    </message>
    <message>
        <source>%1 is not a readable PDF document.</source>
        <translation>%1은(는) 읽을 수 있는 PDF 문서가 아닙니다.</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <source>Pledge (서약서)</source>
        <translation>서약서</translation>
    </message>
    <message>
        <source>Before you score, read and accept the committee's pledge.</source>
        <translation>평가를 시작하기 전에 평가위원 서약서를 읽고 서약해 주십시오.</translation>
    </message>
    <message>
        <source>I, %1, accept this pledge.</source>
        <translation>본인은 위 내용에 서약합니다. (서약자: %1)</translation>
    </message>
    <message>
        <source>Accept and continue</source>
        <translation>서약하고 계속</translation>
    </message>
</context>
<context>
    <name>PresentationWindow</name>
    <message>
        <source>&amp;Presentation mode (발표 모드)</source>
        <translation>발표 모드(&amp;P)</translation>
    </message>
    <message>
        <source>Presentation mode (발표 모드)</source>
        <translation>발표 모드</translation>
    </message>
    <message>
        <source>Applicant presenting</source>
        <translation>발표 중인 신청</translation>
    </message>
    <message>
        <source>Presenting:</source>
        <translation>발표:</translation>
    </message>
    <message>
        <source>Hand in this applicant (이 신청 제출)…</source>
        <translation>이 신청 제출…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+H: sign a partial sheet with the applications scored so far, for the USB stick</source>
        <translation>Ctrl+Shift+H: 지금까지 채점한 신청으로 부분 평가표에 서명해 USB에 저장합니다</translation>
    </message>
    <message>
        <source>Private notes</source>
        <translation>개인 메모</translation>
    </message>
    <message>
        <source>Questions and answers: private notes that stay on this laptop, never in the score sheet</source>
        <translation>질의응답 메모: 이 노트북에만 남고 평가표에는 들어가지 않습니다</translation>
    </message>
    <message>
        <source>Private notes (questions and answers)</source>
        <translation>개인 메모 (질의응답)</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>scored</source>
        <translation>채점 완료</translation>
    </message>
    <message>
        <source>recused</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>not scored yet</source>
        <translation>채점 전</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>The sheet is signed and locked.</source>
        <translation>평가표가 서명·확정되어 잠겨 있습니다.</translation>
    </message>
    <message>
        <source>Recused (회피): you declared a conflict of interest for this application.</source>
        <translation>회피: 이 신청에 대해 이해충돌을 신고했습니다.</translation>
    </message>
    <message>
        <source>No document to show for this application.</source>
        <translation>이 신청에는 표시할 문서가 없습니다.</translation>
    </message>
    <message>
        <source>Decrypting the documents…</source>
        <translation>문서를 복호화하는 중…</translation>
    </message>
    <message>
        <source>%1 is not complete yet and is not in this hand-in: %2</source>
        <translation>%1은(는) 아직 채점이 끝나지 않아 이번 제출에 들어가지 않습니다: %2</translation>
    </message>
    <message>
        <source>No application is completely scored yet: score this one first.</source>
        <translation>채점을 마친 신청이 아직 없습니다. 먼저 이 신청을 채점하십시오.</translation>
    </message>
    <message>
        <source>Signing the hand-in…</source>
        <translation>제출 평가표에 서명하는 중…</translation>
    </message>
    <message>
        <source>Handed in (hand-in %1): %2 in %3. Give the stick to the secretariat (간사); you can go on scoring.</source>
        <translation>%1차 제출 완료: %3 폴더의 %2. USB를 간사에게 전달하십시오. 채점은 계속할 수 있습니다.</translation>
    </message>
    <message>
        <source>Back to the normal window</source>
        <translation>평가 화면으로 돌아가기</translation>
    </message>
    <message>
        <source>Next / previous applicant</source>
        <translation>다음 / 이전 발표 신청</translation>
    </message>
    <message>
        <source>Next / previous slide</source>
        <translation>발표자료 다음 / 이전 쪽</translation>
    </message>
    <message>
        <source>Focus the slides</source>
        <translation>발표자료로 이동</translation>
    </message>
    <message>
        <source>Focus the rubric (its first open entry)</source>
        <translation>평가표로 이동 (비어 있는 첫 항목으로)</translation>
    </message>
    <message>
        <source>Next / previous rubric item</source>
        <translation>다음 / 이전 평가항목</translation>
    </message>
    <message>
        <source>Find in the slides</source>
        <translation>발표자료에서 찾기</translation>
    </message>
    <message>
        <source>Save now (everything is also saved as you type)</source>
        <translation>지금 저장 (입력하는 대로 자동 저장도 됨)</translation>
    </message>
    <message>
        <source>Hand in this applicant (이 신청 제출)</source>
        <translation>이 신청 제출</translation>
    </message>
    <message>
        <source>Next / previous field (the applicant, the slides, the rubric, the notes)</source>
        <translation>다음 / 이전 입력칸 (발표 신청 → 발표자료 → 평가표 → 메모)</translation>
    </message>
</context>
<context>
    <name>RankingModel</name>
    <message>
        <source>Overall rank</source>
        <translation>전체 순위</translation>
    </message>
    <message>
        <source>Rank in subtype</source>
        <translation>유형 내 순위</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <source>Subtype</source>
        <translation>세부유형</translation>
    </message>
    <message>
        <source>Final score</source>
        <translation>최종점수</translation>
    </message>
    <message>
        <source>Members scoring</source>
        <translation>평가위원 수</translation>
    </message>
    <message>
        <source>Suggested result</source>
        <translation>결과 (제안)</translation>
    </message>
</context>
<context>
    <name>RationaleEdit</name>
    <message>
        <source>%1 characters (at least %2)</source>
        <translation>%1자 (최소 %2자)</translation>
    </message>
    <message>
        <source>%1 characters</source>
        <translation>%1자</translation>
    </message>
</context>
<context>
    <name>ResultPanes</name>
    <message>
        <source>Verification</source>
        <translation>검증</translation>
    </message>
    <message>
        <source>Scores</source>
        <translation>점수표</translation>
    </message>
    <message>
        <source>Application:</source>
        <translation>신청:</translation>
    </message>
    <message>
        <source>Application</source>
        <translation>신청</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>그래프</translation>
    </message>
    <message>
        <source>Show:</source>
        <translation>표시:</translation>
    </message>
    <message>
        <source>Ranking scope</source>
        <translation>순위 범위</translation>
    </message>
    <message>
        <source>Ranking</source>
        <translation>순위</translation>
    </message>
    <message>
        <source>all applications (overall)</source>
        <translation>전체 신청 (전체 순위)</translation>
    </message>
    <message>
        <source>Rule: %1. Struck through: totals the rule dropped; highlighted: deviation flags (ask for the written reason).</source>
        <translation>산정방식: %1. 취소선: 산정에서 제외된 점수, 강조: 편차 표시 (서면 사유를 요청하십시오).</translation>
    </message>
    <message>
        <source>the rubric's rule</source>
        <translation>평가기준표의 방식</translation>
    </message>
    <message>
        <source>Deviation: %1, %2 gave %3, the others' mean is %4 (%5; threshold %6)</source>
        <translation>편차: %1, %2 %3점, 다른 위원 평균 %4점 (차이 %5, 기준 %6점)</translation>
    </message>
    <message>
        <source>Small panel: %1 (%2)</source>
        <translation>소규모 평가: %1 (%2)</translation>
    </message>
</context>
<context>
    <name>ReviewWindow</name>
    <message>
        <source>Start or pause the timer</source>
        <translation>타이머 시작 / 일시정지</translation>
    </message>
    <message>
        <source>Next applicant</source>
        <translation>다음 발표</translation>
    </message>
    <message>
        <source>Projector: the timer in big digits, full screen</source>
        <translation>프로젝터: 큰 숫자 타이머, 전체 화면</translation>
    </message>
    <message>
        <source>Take in a folder of sheets</source>
        <translation>폴더의 평가표 가져오기</translation>
    </message>
    <message>
        <source>Verify and compute again (provisional)</source>
        <translation>다시 검증하고 계산 (잠정)</translation>
    </message>
    <message>
        <source>Final consolidation: sign and export</source>
        <translation>최종 종합: 서명하고 내보내기</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <source>Evaluation Desk — review session (발표평가)</source>
        <translation>평가위원 데스크 — 발표평가 진행</translation>
    </message>
    <message>
        <source>Hand-ins</source>
        <translation>제출 현황</translation>
    </message>
    <message>
        <source>Take in a folder…</source>
        <translation>폴더 가져오기…</translation>
    </message>
    <message>
        <source>Ctrl+Shift+O; or drop a folder or sheets onto the window</source>
        <translation>Ctrl+Shift+O. 폴더나 평가표를 창에 끌어다 놓아도 됩니다</translation>
    </message>
    <message>
        <source>Watch:</source>
        <translation>감시:</translation>
    </message>
    <message>
        <source>the USB stick's folder, e.g. E:\ or /media/usb</source>
        <translation>USB 폴더 (예: E:\ 또는 /media/usb)</translation>
    </message>
    <message>
        <source>Folder to watch</source>
        <translation>감시할 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>감시</translation>
    </message>
    <message>
        <source>Look at the folder every 2 seconds and take in each new signed sheet</source>
        <translation>2초마다 폴더를 살펴 새로 서명된 평가표를 가져옵니다</translation>
    </message>
    <message>
        <source>Drop the members' sheets or the USB stick's folder here, or watch the stick's folder.</source>
        <translation>위원의 평가표나 USB 폴더를 여기에 끌어다 놓거나, USB 폴더를 감시하십시오.</translation>
    </message>
    <message>
        <source>Hand-ins (제출 현황)</source>
        <translation>제출 현황</translation>
    </message>
    <message>
        <source>Consolidation (종합평가)</source>
        <translation>종합평가</translation>
    </message>
    <message>
        <source>Provisional result (잠정)</source>
        <translation>잠정 결과</translation>
    </message>
    <message>
        <source>F5: verify every sheet taken in and compute the provisional result</source>
        <translation>F5: 가져온 평가표를 모두 검증하고 잠정 결과를 계산합니다</translation>
    </message>
    <message>
        <source>Final consolidation and signature…</source>
        <translation>최종 종합 및 서명…</translation>
    </message>
    <message>
        <source>Ctrl+S: once every member has handed in every applicant; records the drawn seed</source>
        <translation>Ctrl+S: 모든 위원이 모든 신청을 제출한 뒤. 추첨번호를 기록합니다</translation>
    </message>
    <message>
        <source>Open 종합평가표</source>
        <translation>종합평가표 열기</translation>
    </message>
    <message>
        <source>Print 종합평가표…</source>
        <translation>종합평가표 인쇄…</translation>
    </message>
    <message>
        <source>Projector</source>
        <translation>프로젝터</translation>
    </message>
    <message>
        <source>Leave the projector view</source>
        <translation>프로젝터 화면 끝내기</translation>
    </message>
    <message>
        <source>Only the chair or the secretariat of the bundle signs the result.</source>
        <translation>결과에는 이 번들의 위원장 또는 사무국만 서명합니다.</translation>
    </message>
    <message>
        <source>Review session (발표평가)</source>
        <translation>발표평가 진행</translation>
    </message>
    <message>
        <source>Draw the order first</source>
        <translation>먼저 발표순서 추첨</translation>
    </message>
    <message>
        <source>This session's order is drawn in the room. Press “Draw the order (추첨)” on the left before the first presentation.</source>
        <translation>이 발표평가는 현장에서 발표 순서를 추첨합니다. 첫 발표 전에 왼쪽의 ‘발표순서 추첨’을 누르십시오.</translation>
    </message>
    <message>
        <source>Take in the sheets of a folder</source>
        <translation>폴더의 평가표 가져오기</translation>
    </message>
    <message>
        <source>Type or choose the folder to watch first.</source>
        <translation>먼저 감시할 폴더를 입력하거나 고르십시오.</translation>
    </message>
    <message>
        <source>Stop watching</source>
        <translation>감시 중지</translation>
    </message>
    <message>
        <source>Watching %1 every 2 seconds.</source>
        <translation>%1 폴더를 2초마다 확인하고 있습니다.</translation>
    </message>
    <message>
        <source>Not watching.</source>
        <translation>감시하지 않음.</translation>
    </message>
    <message numerus="yes">
        <source>%1: took in %n new sheet(s).</source>
        <translation>
            <numerusform>%1: 새 평가표 %n개를 가져왔습니다.</numerusform></translation>
    </message>
    <message>
        <source>%1: no new signed sheet there.</source>
        <translation>%1: 새로 서명된 평가표가 없습니다.</translation>
    </message>
    <message>
        <source>Not taken in, no signature (.minisig) beside it: %1. Ask the member to copy the .minisig file onto the stick too.</source>
        <translation>서명 파일(.minisig)이 옆에 없어 가져오지 않은 평가표: %1. 해당 위원에게 .minisig 파일도 USB에 함께 복사해 달라고 하십시오.</translation>
    </message>
    <message>
        <source>Every member has handed in every applicant: the final consolidation can be signed (Ctrl+S).</source>
        <translation>모든 위원이 모든 신청을 제출했습니다. 최종 종합 결과에 서명할 수 있습니다 (Ctrl+S).</translation>
    </message>
    <message>
        <source>All %1 applicants have presented. Each member now finalizes and signs the full sheet (평가결과 확정 및 서명) and hands it in; once every sheet is in, Final consolidation and signature (Ctrl+S).</source>
        <translation>%1곳 모두 발표를 마쳤습니다. 이제 위원마다 전체 평가표를 확정하고 서명하여(평가결과 확정 및 서명) 제출합니다. 모든 평가표가 들어오면 ‘최종 종합 및 서명’(Ctrl+S)을 누르십시오.</translation>
    </message>
    <message>
        <source>• %1: a sheet from %2, though %3 is on now: press Next if the room has moved on; if not, ask which applicant they meant to score.</source>
        <translation>• %1: 지금 발표 순서는 %3인데 %2의 평가표가 들어왔습니다. 발표가 이미 넘어갔으면 ‘다음 발표’를 누르고, 아니면 어느 신청을 채점하려 했는지 위원에게 확인하십시오.</translation>
    </message>
    <message>
        <source>잠정 (provisional, not signed).</source>
        <translation>잠정 결과 (서명 전).</translation>
    </message>
    <message>
        <source>No sheet yet: %1.</source>
        <translation>평가표 미제출: %1.</translation>
    </message>
    <message numerus="yes">
        <source>Not scored yet (%n):</source>
        <translation>
            <numerusform>아직 채점하지 않음 (%n건):</numerusform></translation>
    </message>
    <message>
        <source>Signed: the 종합평가표 and the result are in %1. Print the 종합평가표 (Print 종합평가표…) and have it signed on paper.</source>
        <translation>서명했습니다. 종합평가표와 결과는 %1 폴더에 있습니다. 종합평가표를 인쇄하여(종합평가표 인쇄…) 종이에 서명을 받으십시오.</translation>
    </message>
</context>
<context>
    <name>RoundPage</name>
    <message>
        <source>1. The round</source>
        <translation>1. 평가 개요</translation>
    </message>
    <message>
        <source>Which call and stage this round evaluates; the members score with the rubric below.</source>
        <translation>이번 평가의 사업유형과 평가 단계를 정합니다. 평가위원은 오른쪽 평가표로 평가합니다.</translation>
    </message>
    <message>
        <source>Round</source>
        <translation>평가</translation>
    </message>
    <message>
        <source>e.g. 2025 강소형 스마트도시 서면평가</source>
        <translation>예: 2025 강소형 스마트도시 서면평가</translation>
    </message>
    <message>
        <source>&amp;Program (사업유형)</source>
        <translation>사업유형(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Stage</source>
        <translation>평가 단계(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Year</source>
        <translation>연도(&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>평가 이름(&amp;T)</translation>
    </message>
    <message>
        <source>Sites to select</source>
        <translation>선정 규모</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>사업유형</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>평가 단계</translation>
    </message>
    <message>
        <source>Year</source>
        <translation>연도</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>사업명</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>세션 ID</translation>
    </message>
    <message>
        <source>Rubric (평가표) as the members see it</source>
        <translation>평가표 (평가위원에게 보이는 그대로)</translation>
    </message>
    <message>
        <source>Sub-type's rubric</source>
        <translation>세부유형별 평가표</translation>
    </message>
    <message>
        <source>Criterion / item</source>
        <translation>평가항목 / 세부항목</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>배점</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>척도</translation>
    </message>
    <message>
        <source>What to look for</source>
        <translation>평가 착안사항</translation>
    </message>
    <message>
        <source>Rubric items (read-only)</source>
        <translation>평가항목 (읽기 전용)</translation>
    </message>
    <message>
        <source>&amp;Import the official table…</source>
        <translation>공식 배점표 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>The rubric table (XLSX/CSV) with the call's official points; it replaces the proposed points for this program and stage</source>
        <translation>공모지침의 공식 배점이 담긴 평가표 (XLSX/CSV). 이 사업유형·평가 단계의 제안 배점을 대신합니다</translation>
    </message>
    <message>
        <source>Findings of this page</source>
        <translation>이 단계에서 확인할 점</translation>
    </message>
    <message>
        <source>the call selects %1</source>
        <translation>공모 선정 규모 %1곳</translation>
    </message>
    <message>
        <source>No rubric for this program and stage yet.</source>
        <translation>이 사업유형·평가 단계의 평가표가 아직 없습니다.</translation>
    </message>
    <message>
        <source>Import the official table of the call.</source>
        <translation>공모지침의 공식 배점표를 가져오십시오.</translation>
    </message>
    <message>
        <source>total %1 points</source>
        <translation>총 %1점</translation>
    </message>
    <message>
        <source>0–%1 points</source>
        <translation>0–%1점</translation>
    </message>
    <message>
        <source>The official rubric table</source>
        <translation>공식 배점표</translation>
    </message>
    <message>
        <source>Tables (*.xlsx *.csv)</source>
        <translation>표 (*.xlsx *.csv)</translation>
    </message>
    <message>
        <source>Import the official table</source>
        <translation>공식 배점표 가져오기</translation>
    </message>
    <message>
        <source>The table %1 was not imported; the rubric is unchanged.</source>
        <translation>표 %1을(를) 가져오지 않았습니다. 평가표는 그대로입니다.</translation>
    </message>
    <message>
        <source>The table %1 is now the rubric %2 (%3).</source>
        <translation>%1을(를) 평가표 %2(으)로 등록했습니다 (%3).</translation>
    </message>
    <message>
        <source>The round is complete.</source>
        <translation>평가 개요를 모두 채웠습니다.</translation>
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <source>No application selected.</source>
        <translation>선택한 신청이 없습니다.</translation>
    </message>
    <message>
        <source>Rubric status</source>
        <translation>평가표 상태</translation>
    </message>
    <message>
        <source>Recused (회피): a conflict of interest was declared for this application, so it cannot be scored.</source>
        <translation>회피: 이 신청은 이해충돌을 신고하여 평가할 수 없습니다.</translation>
    </message>
    <message>
        <source>Rubric panel</source>
        <translation>평가표</translation>
    </message>
    <message>
        <source>Eligibility checks (적격)</source>
        <translation>적격 확인</translation>
    </message>
    <message>
        <source>— not decided</source>
        <translation>— 미판정</translation>
    </message>
    <message>
        <source>Pass (적합)</source>
        <translation>적합</translation>
    </message>
    <message>
        <source>Fail (부적합)</source>
        <translation>부적합</translation>
    </message>
    <message>
        <source>Reason for %1</source>
        <translation>%1 사유</translation>
    </message>
    <message>
        <source>Why does it fail? (written into the signed sheet)</source>
        <translation>부적합 사유 (서명하는 평가표에 기록됨)</translation>
    </message>
    <message>
        <source>Failed (부적합): the item scores are no longer required, and this application will be ineligible (부적격) in the consolidation. Write the reason below the check.</source>
        <translation>부적합으로 판정하면 평가항목 점수는 더 이상 필수가 아니며, 이 신청은 종합 평가에서 부적격으로 처리됩니다. 판정 아래에 부적합 사유를 적으십시오.</translation>
    </message>
    <message>
        <source>Bonus / penalty (가점·감점)</source>
        <translation>가점·감점</translation>
    </message>
    <message>
        <source>Overall opinion (종합의견)</source>
        <translation>종합의견</translation>
    </message>
    <message>
        <source>Overall opinion</source>
        <translation>종합의견</translation>
    </message>
    <message>
        <source>rationale</source>
        <translation>평가사유</translation>
    </message>
    <message>
        <source>Rationale (평가사유)</source>
        <translation>평가사유</translation>
    </message>
    <message>
        <source>Strengths, weaknesses, recommendations</source>
        <translation>강점, 약점, 보완 권고</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <source>subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <source>Ineligible (부적격): an eligibility check failed</source>
        <translation>부적격: 적격 확인에서 부적합 판정</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message numerus="yes">
        <source>%n item(s) still missing</source>
        <translation>
            <numerusform>미완료 항목 %n개</numerusform></translation>
    </message>
</context>
<context>
    <name>RulesPage</name>
    <message>
        <source>4. Rules of the day</source>
        <translation>4. 평가 운영</translation>
    </message>
    <message>
        <source>When the members may score, what they pledge, and how the day runs.</source>
        <translation>평가 기간, 서약서, 평가 당일 진행 방식을 정합니다.</translation>
    </message>
    <message>
        <source>Evaluation window (Korea time)</source>
        <translation>평가 기간 (한국 시각)</translation>
    </message>
    <message>
        <source>Opens</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Closes</source>
        <translation>종료</translation>
    </message>
    <message>
        <source>Members can open the bundle and sign their sheets only within this window.</source>
        <translation>평가위원은 이 기간에만 번들을 열고 평가표에 서명할 수 있습니다.</translation>
    </message>
    <message>
        <source>발표 day</source>
        <translation>발표평가 당일</translation>
    </message>
    <message>
        <source>Presentation (minutes)</source>
        <translation>발표 (분)</translation>
    </message>
    <message>
        <source>Questions (minutes)</source>
        <translation>질의응답 (분)</translation>
    </message>
    <message>
        <source>in the order of the applicants table</source>
        <translation>신청기관 목록 순서대로</translation>
    </message>
    <message>
        <source>drawn in the room (추첨)</source>
        <translation>현장에서 추첨</translation>
    </message>
    <message>
        <source>Order</source>
        <translation>발표순서</translation>
    </message>
    <message>
        <source>The earlier stage</source>
        <translation>이전 평가 단계</translation>
    </message>
    <message>
        <source>&amp;Build on the earlier stage's signed result</source>
        <translation>이전 단계의 서명된 결과를 반영(&amp;B)</translation>
    </message>
    <message>
        <source>Signed result (result.json)</source>
        <translation>서명된 결과 (result.json)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Signed result</source>
        <translation>서명된 결과</translation>
    </message>
    <message>
        <source>Shortlist: top N</source>
        <translation>통과: 상위 N곳</translation>
    </message>
    <message>
        <source>all 선정 and 예비 instead</source>
        <translation>대신 선정·예비 전부</translation>
    </message>
    <message>
        <source>Shortlist: top</source>
        <translation>통과: 상위</translation>
    </message>
    <message>
        <source>Weight of the earlier stage</source>
        <translation>이전 단계 반영 비율</translation>
    </message>
    <message>
        <source>Applications that go on</source>
        <translation>다음 단계로 가는 신청</translation>
    </message>
    <message>
        <source>Pledge (서약서) the members accept before scoring</source>
        <translation>서약서 (평가위원이 평가 전에 동의)</translation>
    </message>
    <message>
        <source>Pledge text</source>
        <translation>서약서 문구</translation>
    </message>
    <message>
        <source>Restore the default text</source>
        <translation>기본 문구로 되돌리기</translation>
    </message>
    <message>
        <source>Findings of this page</source>
        <translation>이 단계에서 확인할 점</translation>
    </message>
    <message>
        <source>The earlier stage's signed result</source>
        <translation>이전 단계의 서명된 결과</translation>
    </message>
    <message>
        <source>Results (result.json *.json)</source>
        <translation>결과 (result.json *.json)</translation>
    </message>
    <message>
        <source>The rules of the day are set.</source>
        <translation>평가 운영 방식을 정했습니다.</translation>
    </message>
</context>
<context>
    <name>ScoreEdit</name>
    <message>
        <source>not scored</source>
        <translation>미입력</translation>
    </message>
    <message>
        <source>%1–%2 points, in steps of %3</source>
        <translation>%1–%2점, %3점 단위</translation>
    </message>
    <message>
        <source>“%1” is not saved: %2 (saved: %3)</source>
        <translation>“%1”은(는) 저장되지 않았습니다: %2 (저장된 값: %3)</translation>
    </message>
    <message>
        <source>nothing</source>
        <translation>없음</translation>
    </message>
</context>
<context>
    <name>SecretariatIdentityWindow</name>
    <message>
        <source>The secretariat's identity</source>
        <translation>사무국 신원</translation>
    </message>
    <message>
        <source>The secretariat signs the round's bundle with this identity; each member checks its fingerprint when they first open the bundle. Its card goes out with the bundle; its secret keys stay here.</source>
        <translation>사무국은 이 신원으로 평가 번들에 서명합니다. 평가위원은 번들을 처음 열 때 그 지문을 확인합니다. 공개 카드는 번들과 함께 나가고, 비밀 열쇠는 이곳에 남습니다.</translation>
    </message>
</context>
<context>
    <name>SendPage</name>
    <message>
        <source>5. Check and send</source>
        <translation>5. 점검·발송</translation>
    </message>
    <message>
        <source>Everything the checks still find; press Enter on one to go to its place. When the list is clear, sign the bundle for the committee.</source>
        <translation>아직 고칠 점 전체입니다. 항목에서 Enter를 누르면 그 자리로 갑니다. 목록이 비면 평가위원회에 보낼 번들에 서명하십시오.</translation>
    </message>
    <message>
        <source>All findings</source>
        <translation>확인할 점 전체</translation>
    </message>
    <message>
        <source>Sign and create the bundle</source>
        <translation>서명하고 번들 만들기</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>서명자</translation>
    </message>
    <message>
        <source>Create the secretariat's identity…</source>
        <translation>사무국 신원 만들기…</translation>
    </message>
    <message>
        <source>Folder for the bundle and the spec</source>
        <translation>번들과 명세를 둘 폴더</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>&amp;Sign and create the bundle</source>
        <translation>서명하고 번들 만들기(&amp;S)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
    <message>
        <source>What to hand to whom</source>
        <translation>누구에게 무엇을 전달합니까</translation>
    </message>
    <message>
        <source>This workspace has no identity yet: create the secretariat's identity here.</source>
        <translation>이 작업 공간에는 아직 신원이 없습니다. 여기에서 사무국 신원을 만드십시오.</translation>
    </message>
    <message>
        <source>%1 (role %2): bundles are signed with the secretariat's identity.</source>
        <translation>%1 (역할 %2): 번들은 사무국 신원으로 서명합니다.</translation>
    </message>
    <message>
        <source>The secretariat's identity</source>
        <translation>사무국 신원</translation>
    </message>
    <message>
        <source>This workspace belongs to %1 (role %2) and holds %3 evaluation session(s) opened with that identity. A workspace holds one identity, so it keeps this one. Prepare the round in a workspace of its own (start the desk with --workspace FOLDER) and create the secretariat's identity there.</source>
        <translation>이 작업 공간은 %1(역할 %2)의 것이며, 그 신원으로 연 평가 세션이 %3개 있습니다. 작업 공간 하나에는 신원이 하나뿐이므로 지금 신원을 그대로 둡니다. 평가 준비는 별도의 작업 공간에서 하십시오(데스크를 --workspace 폴더 로 시작). 사무국 신원도 그곳에서 만드십시오.</translation>
    </message>
    <message>
        <source>This workspace uses the identity of %1 (role %2, %3). A workspace holds one identity: after this, it signs and opens with the secretariat's new one. The old identity's keys are not deleted (they stay in the keyring or in their file). Replace it?</source>
        <translation>이 작업 공간은 %1의 신원(역할 %2, %3)을 씁니다. 작업 공간 하나에는 신원이 하나뿐이어서, 이후로는 새 사무국 신원으로 서명하고 엽니다. 이전 신원의 열쇠는 지워지지 않습니다 (키링이나 그 파일에 그대로 남습니다). 바꿀까요?</translation>
    </message>
    <message>
        <source>The secretariat's identity is made and remembered in this workspace: %1.</source>
        <translation>사무국 신원을 만들어 이 작업 공간에 기억했습니다: %1.</translation>
    </message>
    <message>
        <source>Folder for the bundle</source>
        <translation>번들 폴더</translation>
    </message>
    <message>
        <source>Nothing left to fix: the round is ready to sign.</source>
        <translation>고칠 점이 없습니다. 서명할 수 있습니다.</translation>
    </message>
    <message>
        <source>Nothing left to fix in the round. To sign it, first create the secretariat's identity below.</source>
        <translation>평가 준비에서 고칠 점은 없습니다. 서명하려면 먼저 아래에서 사무국 신원을 만드십시오.</translation>
    </message>
    <message>
        <source>Differs from the bundle sent (changed: %1): sign it again and send the new bundle to everyone. The members hold %2, signed %3; page 6 checks their sheets against it until then.</source>
        <translation>보낸 번들과 다릅니다(바뀐 것: %1) — 다시 서명해 새 번들을 모두에게 보내야 합니다. 위원들이 가진 번들: %2(%3 서명). 새 번들을 보내기 전까지 6단계는 평가표를 그 번들로 확인합니다.</translation>
    </message>
    <message>
        <source>The bundle %1, signed %2, carries the draft as it is now.</source>
        <translation>보낸 번들 %1(%2 서명): 지금 작성 중인 내용과 같습니다.</translation>
    </message>
    <message>
        <source>Choose the folder for the bundle first.</source>
        <translation>먼저 번들을 둘 폴더를 고르십시오.</translation>
    </message>
    <message>
        <source>Sign the bundle</source>
        <translation>번들 서명</translation>
    </message>
    <message>
        <source>Passphrase of the secretariat's identity file (%1):</source>
        <translation>사무국 신원 파일(%1)의 암호:</translation>
    </message>
    <message>
        <source>Encrypting the documents for each reader and signing…</source>
        <translation>읽을 사람마다 문서를 암호화하고 서명하는 중…</translation>
    </message>
    <message>
        <source>This folder already has the signed bundle %1. If it was sent to the committee, the new bundle must be sent to everyone again, and sheets signed on the old one do not verify against the new one. Replace it?</source>
        <translation>이 폴더에 이미 서명한 번들 %1이(가) 있습니다. 평가위원회에 이미 보냈다면 새 번들을 모두에게 다시 보내야 하며, 이전 번들로 서명한 평가표는 새 번들로 검증되지 않습니다. 새 번들로 바꿀까요?</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>취소하는 중…</translation>
    </message>
    <message>
        <source>Cancelled: no bundle was written (the spec is saved).</source>
        <translation>취소했습니다. 번들은 만들지 않았습니다 (명세는 저장됨).</translation>
    </message>
    <message>
        <source>The spec was not saved: %1</source>
        <translation>명세를 저장하지 않았습니다: %1</translation>
    </message>
    <message>
        <source>The bundle is signed and written: %1</source>
        <translation>번들에 서명하여 만들었습니다: %1</translation>
    </message>
    <message>
        <source>To the chair and each of the %1 members: the bundle &lt;b&gt;%2&lt;/b&gt; and the secretariat's card &lt;b&gt;%3&lt;/b&gt;, on one USB stick each (label it with the member's name) or by e-mail.</source>
        <translation>위원장과 평가위원 %1명 각자에게: 번들 &lt;b&gt;%2&lt;/b&gt;와 사무국 카드 &lt;b&gt;%3&lt;/b&gt;을(를) 한 사람에 USB 하나씩 (위원 이름을 붙여) 또는 전자우편으로 전달합니다.</translation>
    </message>
    <message>
        <source>When a member first opens the bundle, read them this fingerprint on the phone: &lt;b&gt;%1&lt;/b&gt;.</source>
        <translation>평가위원이 번들을 처음 열 때 이 지문을 전화로 불러 주십시오: &lt;b&gt;%1&lt;/b&gt;.</translation>
    </message>
    <message>
        <source>The same USB stick comes back with the member's signed score sheet, three files: the sheet (.json), its signature (.minisig) and the printable PDF; collect them on page 6.</source>
        <translation>같은 USB에 평가위원이 서명한 평가표 파일 세 개(평가표 .json, 서명 .minisig, 인쇄용 PDF)를 담아 돌려받습니다. 6단계에서 회수합니다.</translation>
    </message>
    <message>
        <source>Never hand out or send the passphrase of the secretariat's identity, nor its identity file.</source>
        <translation>사무국 신원의 암호와 신원 파일은 절대 건네거나 보내지 않습니다.</translation>
    </message>
    <message>
        <source>Keep the spec %1 in this folder: a corrected bundle is made from it.</source>
        <translation>명세 %1은(는) 이 폴더에 보관하십시오. 정정 번들을 만들 때 씁니다.</translation>
    </message>
</context>
<context>
    <name>SignDialog</name>
    <message>
        <source>Sign the result (종합평가 결과 서명)</source>
        <translation>종합평가 결과 서명</translation>
    </message>
    <message>
        <source>Folder</source>
        <translation>폴더</translation>
    </message>
    <message>
        <source>Sign and export</source>
        <translation>서명하고 내보내기</translation>
    </message>
    <message>
        <source>Write the result to</source>
        <translation>결과를 저장할 폴더</translation>
    </message>
    <message>
        <source>%1 (%2) signs this result. The signed result.json and its .minisig, result.csv, result.xlsx and the 종합평가표 to print (report.pdf; report-public.pdf without names) are written into the folder.</source>
        <translation>%1 (%2)이(가) 이 결과에 서명합니다. 서명한 result.json과 .minisig, result.csv, result.xlsx, 인쇄할 종합평가표(report.pdf, 이름을 가린 공개용 report-public.pdf)가 폴더에 저장됩니다.</translation>
    </message>
    <message>
        <source>Choose the folder for the result first.</source>
        <translation>먼저 결과를 저장할 폴더를 고르십시오.</translation>
    </message>
</context>
<context>
    <name>SigningDialog</name>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Passphrase of your identity file</source>
        <translation>신원 파일의 암호</translation>
    </message>
    <message>
        <source>Passphrase of %1</source>
        <translation>%1의 암호</translation>
    </message>
    <message>
        <source>Enter the passphrase of your identity file first.</source>
        <translation>먼저 신원 파일의 암호를 입력하십시오.</translation>
    </message>
</context>
<context>
    <name>SourcesDialog</name>
    <message>
        <source>Sheets and folders added</source>
        <translation>추가한 시트와 폴더</translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <source>eligibility not decided</source>
        <translation>적격 여부 미판정</translation>
    </message>
    <message>
        <source>score missing</source>
        <translation>점수 미입력</translation>
    </message>
    <message>
        <source>rationale missing</source>
        <translation>평가사유 미입력</translation>
    </message>
    <message>
        <source>rationale %1 / %2 characters</source>
        <translation>평가사유 %1 / %2자</translation>
    </message>
    <message>
        <source>overall opinion missing</source>
        <translation>종합의견 미입력</translation>
    </message>
    <message>
        <source>overall opinion %1 / %2 characters</source>
        <translation>종합의견 %1 / %2자</translation>
    </message>
    <message>
        <source>conflict of interest not declared</source>
        <translation>이해충돌 미신고</translation>
    </message>
    <message>
        <source>pledge not accepted</source>
        <translation>서약 전</translation>
    </message>
    <message>
        <source>proposed points — not the official table of the call; the secretariat confirms the points</source>
        <translation>제안 배점 — 공모지침의 공식 배점표가 아니며, 배점은 사무국이 확인합니다</translation>
    </message>
    <message>
        <source>official points of the call</source>
        <translation>공모지침의 공식 배점</translation>
    </message>
    <message>
        <source>recused (회피)</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>ineligible (부적격): %1 failed</source>
        <translation>부적격: %1 부적합</translation>
    </message>
    <message>
        <source>complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>not started</source>
        <translation>미착수</translation>
    </message>
    <message>
        <source>not a score sheet, or the file is damaged</source>
        <translation>평가표 파일이 아니거나 파일이 손상되었습니다</translation>
    </message>
    <message>
        <source>the signature does not match: the sheet was changed after it was signed, or damaged</source>
        <translation>서명이 맞지 않습니다. 서명한 뒤 평가표가 바뀌었거나 손상되었습니다</translation>
    </message>
    <message>
        <source>signed by someone not on the roster, or the member card inside differs from the roster's</source>
        <translation>평가위원 명단에 없는 사람이 서명했거나, 평가표 속 위원 카드가 명단과 다릅니다</translation>
    </message>
    <message>
        <source>scored on another session or another bundle</source>
        <translation>다른 평가(세션)나 다른 번들로 채점한 평가표입니다</translation>
    </message>
    <message>
        <source>its pledge or audit record does not match this bundle</source>
        <translation>서약서 또는 감사 기록이 이 번들과 맞지 않습니다</translation>
    </message>
    <message>
        <source>its applications are not the session's</source>
        <translation>평가한 신청 목록이 이 세션과 다릅니다</translation>
    </message>
    <message>
        <source>it scores an application on which the secretariat declared the member's conflict of interest</source>
        <translation>사무국이 이해충돌(회피)을 신고한 신청을 채점했습니다</translation>
    </message>
    <message>
        <source>its scores do not follow the rubric (an item, its points or a total)</source>
        <translation>점수가 평가기준과 맞지 않습니다 (평가항목, 배점 또는 합계)</translation>
    </message>
    <message>
        <source>the file name is not valid text; rename the file</source>
        <translation>파일 이름이 올바른 글자가 아닙니다. 파일 이름을 바꾸십시오</translation>
    </message>
    <message>
        <source>the member signed another, different sheet with the same revision: ask them which one they handed in and take the other out of the folder</source>
        <translation>같은 차수로 서명한 다른 평가표가 또 있습니다. 어느 것을 냈는지 위원에게 확인하고 다른 하나는 폴더에서 빼십시오</translation>
    </message>
</context>
<context>
    <name>TimerPanel</name>
    <message>
        <source>Time left</source>
        <translation>남은 시간</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>시작</translation>
    </message>
    <message>
        <source>Ctrl+Space: start or pause</source>
        <translation>Ctrl+Space: 시작 / 일시정지</translation>
    </message>
    <message>
        <source>Restart</source>
        <translation>처음부터</translation>
    </message>
    <message>
        <source>Next applicant</source>
        <translation>다음 발표</translation>
    </message>
    <message>
        <source>Ready: presentation %1 min, questions %2 min</source>
        <translation>준비: 발표 %1분, 질의응답 %2분</translation>
    </message>
    <message>
        <source>Presentation (발표)</source>
        <translation>발표</translation>
    </message>
    <message>
        <source>Questions (질의응답)</source>
        <translation>질의응답</translation>
    </message>
    <message>
        <source>Time is up</source>
        <translation>시간 종료</translation>
    </message>
    <message>
        <source>paused</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>one minute left</source>
        <translation>1분 남음</translation>
    </message>
    <message>
        <source>Pause</source>
        <translation>일시정지</translation>
    </message>
    <message>
        <source>Resume</source>
        <translation>계속</translation>
    </message>
</context>
<context>
    <name>VerificationModel</name>
    <message>
        <source>Member</source>
        <translation>위원</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>차수</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>the sheet handed in is rejected: no sheet that counts yet</source>
        <translation>제출한 평가표가 거부되어 산정에 쓸 평가표가 아직 없음</translation>
    </message>
    <message>
        <source>no sheet handed in yet</source>
        <translation>아직 평가표를 제출하지 않음</translation>
    </message>
    <message>
        <source>r%1</source>
        <translation>%1차</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <source>Evaluation Desk</source>
        <translation>평가위원 데스크</translation>
    </message>
    <message>
        <source>Welcome to Evaluation Desk</source>
        <translation>평가위원 데스크에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Create your identity: a key that receives the encrypted applications and a key that signs your score sheet. Give your public card to the secretariat.</source>
        <translation>먼저 신원, 곧 본인의 서명용 열쇠를 만드십시오. 이 열쇠로 사무국이 암호화해 보낸 신청서를 열고, 평가표에 전자서명을 합니다 (인감도장과 같은 역할). 열쇠의 공개 카드는 사무국에 전달합니다.</translation>
    </message>
    <message>
        <source>New identity</source>
        <translation>새 신원 (서명용 열쇠)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <source>Keep the secret keys in the OS keyring</source>
        <translation>비밀키를 운영체제 키링에 보관</translation>
    </message>
    <message>
        <source>Keep them in a passphrase-protected file (e.g. a USB stick)</source>
        <translation>암호로 보호된 파일에 보관 (예: USB 메모리)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <source>Identity file</source>
        <translation>신원 파일 (서명용 열쇠 파일)</translation>
    </message>
    <message>
        <source>Create identity</source>
        <translation>서명용 열쇠 만들기</translation>
    </message>
    <message>
        <source>Import an identity file…</source>
        <translation>신원 파일 가져오기…</translation>
    </message>
    <message>
        <source>Please enter your name.</source>
        <translation>성명을 입력하십시오.</translation>
    </message>
    <message>
        <source>Choose a file.</source>
        <translation>파일을 선택하십시오.</translation>
    </message>
    <message>
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
    <message>
        <source>Your role in the round</source>
        <translation>이번 평가에서의 역할</translation>
    </message>
    <message>
        <source>Committee member (평가위원)</source>
        <translation>평가위원</translation>
    </message>
    <message>
        <source>Chair (위원장)</source>
        <translation>위원장</translation>
    </message>
    <message>
        <source>Secretariat (사무국 간사): prepares the round and sends the bundle</source>
        <translation>사무국 간사 (평가를 준비하고 번들을 보냄)</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>역할</translation>
    </message>
    <message>
        <source>This computer has no OS keyring service, so your keys go into a passphrase-protected file (keep it on a USB stick, or in your folder).</source>
        <translation>이 컴퓨터에는 운영체제 키 저장소(키링)가 없어, 키를 암호로 보호한 파일에 보관합니다 (USB 메모리나 본인 폴더에 두십시오).</translation>
    </message>
    <message>
        <source>Protecting the keys with your passphrase…</source>
        <translation>암호로 키를 보호하는 중…</translation>
    </message>
    <message>
        <source>Import an identity file</source>
        <translation>신원 파일 가져오기</translation>
    </message>
    <message>
        <source>Passphrase:</source>
        <translation>암호:</translation>
    </message>
    <message>
        <source>Unlocking the identity file…</source>
        <translation>신원 파일을 여는 중…</translation>
    </message>
    <message>
        <source>Export my card for the secretariat…</source>
        <translation>사무국에 보낼 내 카드 내보내기…</translation>
    </message>
    <message>
        <source>Back up my identity to a file…</source>
        <translation>내 신원(서명 키)을 파일로 백업…</translation>
    </message>
    <message>
        <source>Your secret keys, in a passphrase-protected file: they open on another laptop, or on this one after a reinstall.</source>
        <translation>비밀 키를 암호로 보호된 파일에 보관합니다. 다른 노트북에서도, 다시 설치한 뒤에도 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Evaluation sessions</source>
        <translation>평가 세션</translation>
    </message>
    <message>
        <source>Open the bundle (.evb) you received from the secretariat, or drop it onto this window.</source>
        <translation>사무국에서 받은 번들(.evb)을 열거나 이 창으로 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <source>Recent sessions</source>
        <translation>최근 세션</translation>
    </message>
    <message>
        <source>Secretariat (사무국·간사)</source>
        <translation>사무국·간사</translation>
    </message>
    <message>
        <source>Prepare a round step by step (applicants, documents, committee cards, rules of the day), sign and send its bundle, then collect the sheets.</source>
        <translation>평가를 단계별로 준비하고 (신청기관, 문서, 평가위원 카드, 평가 운영) 번들에 서명해 보낸 뒤 평가표를 회수합니다.</translation>
    </message>
    <message>
        <source>Open the secretariat's &amp;desk…</source>
        <translation>사무국 데스크 열기(&amp;D)…</translation>
    </message>
    <message>
        <source>Committee (chair and 간사)</source>
        <translation>위원회 (위원장·간사)</translation>
    </message>
    <message>
        <source>Verify and consolidate the members' signed sheets, or run the 발표 day, for the round's bundle. Only the chair or the secretariat signs the result; any member may open it to verify.</source>
        <translation>평가 번들을 골라 위원들이 서명한 평가표를 검증·종합하거나 발표평가 당일을 진행합니다. 결과에는 위원장이나 사무국만 서명하며, 다른 위원은 검증용으로 열 수 있습니다.</translation>
    </message>
    <message>
        <source>Consolidate a round (종합평가)…</source>
        <translation>종합평가 열기…</translation>
    </message>
    <message>
        <source>Run the 발표 day (review session)…</source>
        <translation>발표평가 진행…</translation>
    </message>
    <message>
        <source>The round's bundle</source>
        <translation>평가 번들 선택</translation>
    </message>
    <message>
        <source>Read this fingerprint to each member when they first open the bundle.</source>
        <translation>평가위원이 번들을 처음 열 때 이 지문을 불러 주어 맞춰 보게 하십시오.</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <source>Compare this fingerprint aloud with the secretariat.</source>
        <translation>이 지문을 사무국과 소리 내어 대조하십시오.</translation>
    </message>
    <message>
        <source>&amp;Open a bundle…</source>
        <translation>번들 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>Continue a session &amp;moved from another laptop…</source>
        <translation>다른 노트북에서 옮겨 온 세션 이어서 하기(&amp;M)…</translation>
    </message>
    <message>
        <source>Recent sessions (Enter or double-click to continue):</source>
        <translation>최근 세션 (Enter 또는 두 번 눌러 계속):</translation>
    </message>
    <message>
        <source>Export my card for the committee…</source>
        <translation>평가위원회에 줄 내 카드 내보내기…</translation>
    </message>
    <message>
        <source>Continue a session moved from another laptop</source>
        <translation>다른 노트북에서 옮겨 온 세션 이어서 하기</translation>
    </message>
    <message>
        <source>Moved session (*.evm)</source>
        <translation>옮긴 세션 (*.evm)</translation>
    </message>
    <message>
        <source>This laptop's older copy is kept in %1.</source>
        <translation>이 노트북의 이전 사본은 %1에 보관했습니다.</translation>
    </message>
    <message>
        <source>Session moved here</source>
        <translation>세션을 옮겨 왔습니다</translation>
    </message>
    <message>
        <source>%1 is on this laptop now, with its audit log. Go on scoring here only.</source>
        <translation>%1 세션이 감사 기록과 함께 이 노트북으로 옮겨졌습니다. 평가는 이제 이 노트북에서만 이어서 하십시오.</translation>
    </message>
    <message>
        <source>Session not moved</source>
        <translation>세션을 옮기지 못했습니다</translation>
    </message>
    <message>
        <source>Deadline %1</source>
        <translation>마감 %1</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>완료</translation>
    </message>
    <message>
        <source>Recused</source>
        <translation>회피</translation>
    </message>
    <message>
        <source>Signed: hand the three files to the secretariat</source>
        <translation>확정함: 세 파일을 간사에게 전달하십시오</translation>
    </message>
    <message>
        <source>Next: read and accept the pledge</source>
        <translation>다음: 서약서 읽고 서약하기</translation>
    </message>
    <message>
        <source>Next: declare conflicts of interest</source>
        <translation>다음: 이해충돌 신고하기</translation>
    </message>
    <message>
        <source>Next: finalize and sign</source>
        <translation>다음: 평가결과 확정 및 서명</translation>
    </message>
    <message numerus="yes">
        <source>Next: score %n more application(s)</source>
        <translation>
            <numerusform>다음: 남은 신청 %n건 평가하기</numerusform></translation>
    </message>
    <message>
        <source>Export my card</source>
        <translation>내 카드 내보내기</translation>
    </message>
    <message>
        <source>Your card was saved to %1. Hand it to the committee with the bundle.</source>
        <translation>내 카드를 %1에 저장했습니다. 번들과 함께 평가위원회에 전달하십시오.</translation>
    </message>
    <message>
        <source>Your card was saved to %1. Give it to the secretariat.</source>
        <translation>카드를 %1에 저장했습니다. 사무국에 전달하십시오.</translation>
    </message>
    <message>
        <source>Open a bundle</source>
        <translation>번들 열기</translation>
    </message>
    <message>
        <source>Session bundles (*.evb)</source>
        <translation>세션 번들 (*.evb)</translation>
    </message>
    <message>
        <source>New secretariat key</source>
        <translation>새 사무국 키</translation>
    </message>
    <message>
        <source>This bundle is signed by the secretariat key %1. Compare this fingerprint aloud with the secretariat before you trust it. Trust it?</source>
        <translation>이 번들은 사무국 키 %1로 서명되었습니다. 신뢰하기 전에 이 지문을 사무국과 소리 내어 대조하십시오. 신뢰하시겠습니까?</translation>
    </message>
    <message>
        <source>Corrected bundle</source>
        <translation>정정된 번들</translation>
    </message>
    <message>
        <source>This is a corrected bundle of a session you have open. It changes:
%1

Scores whose application and rubric are unchanged are kept. Replace the session?</source>
        <translation>열려 있는 세션의 정정된 번들입니다. 바뀐 내용:
%1

신청과 평가표가 바뀌지 않은 점수는 그대로 남습니다. 세션을 바꾸시겠습니까?</translation>
    </message>
</context>
</TS>