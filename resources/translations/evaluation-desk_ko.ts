<?xml version='1.0' encoding='utf-8'?>
<TS version="2.1" language="ko_KR">
<context>
    <name>App</name>
    <message>
        <location filename="../../ui/app.py" line="77" />
        <source>Passphrase of your identity file:</source>
        <translation>신원 파일의 암호:</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="88" />
        <source>Evaluation Desk is already open on this workspace (%1); use that window.</source>
        <translation>평가위원 데스크가 이미 이 작업공간(%1)을 열고 있습니다. 열려 있는 창을 사용하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/app.py" line="95" />
        <source>The workspace %1 has no session yet: open a bundle with `evaluator open SESSION.evb`.</source>
        <translation>작업공간 %1에 평가 세션이 없습니다. `evaluator open SESSION.evb`로 번들을 여십시오.</translation>
    </message>
</context>
<context>
    <name>ApplicationTableModel</name>
    <message>
        <location filename="../../ui/models.py" line="42" />
        <source>Not started</source>
        <translation>미착수</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="42" />
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="43" />
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="43" />
        <source>Recused (회피)</source>
        <translation>회피</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="44" />
        <source>No.</source>
        <translation>번호</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="44" />
        <source>Applicant</source>
        <translation>신청기관</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="44" />
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <location filename="../../ui/models.py" line="45" />
        <source>Total</source>
        <translation>총점</translation>
    </message>
</context>
<context>
    <name>ConflictsDialog</name>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="27" />
        <source>Conflicts of interest (이해충돌 신고)</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="30" />
        <source>For every application, declare whether you have a conflict of interest. A conflicted application is withdrawn from your scoring (회피). The grounds follow the committee rules (제척 사유).</source>
        <translation>각 신청에 대해 이해충돌이 있는지 신고하십시오. 이해충돌이 있는 신청은 본인의 평가에서 제외됩니다(회피). 사유는 평가위원회 규정의 제척 사유를 따릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="37" />
        <source>Application</source>
        <translation>신청</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="37" />
        <source>Declaration</source>
        <translation>신고</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="38" />
        <source>Reason</source>
        <translation>사유</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="51" />
        <source>— not declared —</source>
        <translation>— 미신고 —</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="51" />
        <source>No conflict (없음)</source>
        <translation>이해충돌 없음</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="53" />
        <source>Declaration for %1</source>
        <translation>%1 이해충돌 신고</translation>
    </message>
    <message>
        <location filename="../../ui/conflicts_dialog.py" line="58" />
        <source>Reason for %1</source>
        <translation>%1 사유</translation>
    </message>
</context>
<context>
    <name>DocumentView</name>
    <message>
        <location filename="../../ui/pdf_pane.py" line="61" />
        <source>Document %1</source>
        <translation>문서 %1</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="67" />
        <source>Find in the document (Ctrl+F)</source>
        <translation>문서에서 찾기 (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="68" />
        <source>Find in the document</source>
        <translation>문서에서 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="78" />
        <source>Previous page (PgUp)</source>
        <translation>이전 쪽 (PgUp)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="79" />
        <source>Next page (PgDown)</source>
        <translation>다음 쪽 (PgDown)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="80" />
        <source>Zoom out (Ctrl+-)</source>
        <translation>축소 (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="81" />
        <source>Zoom in (Ctrl++)</source>
        <translation>확대 (Ctrl++)</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="82" />
        <source>Fit width</source>
        <translation>너비 맞춤</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="94" />
        <source>Pages</source>
        <translation>쪽 목록</translation>
    </message>
    <message>
        <location filename="../../ui/pdf_pane.py" line="96" />
        <source>p. %1</source>
        <translation>%1쪽</translation>
    </message>
</context>
<context>
    <name>FinalizeDialog</name>
    <message>
        <location filename="../../ui/finalize_dialog.py" line="33" />
        <source>Finalize and sign (평가결과 확정)</source>
        <translation>평가결과 확정 및 서명</translation>
    </message>
    <message>
        <location filename="../../ui/finalize_dialog.py" line="36" />
        <source>Everything is complete. Signing locks this revision; you can revise it later with a reason.</source>
        <translation>모든 항목을 입력했습니다. 서명하면 이 차수가 확정(잠금)되며, 나중에 사유를 적어 수정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/finalize_dialog.py" line="38" />
        <source>Still missing (double-click to go there):</source>
        <translation>아직 입력하지 않은 항목 (두 번 눌러 이동):</translation>
    </message>
    <message>
        <location filename="../../ui/finalize_dialog.py" line="54" />
        <source>Sign and export…</source>
        <translation>서명하고 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/finalize_dialog.py" line="57" />
        <source>Close</source>
        <translation>닫기</translation>
    </message>
    <message>
        <location filename="../../ui/finalize_dialog.py" line="72" />
        <source>Export the signed sheet to</source>
        <translation>서명한 평가표를 저장할 폴더</translation>
    </message>
    <message>
        <location filename="../../ui/finalize_dialog.py" line="83" />
        <source>Signing and writing the sheet…</source>
        <translation>평가표에 서명하고 저장하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/finalize_dialog.py" line="87" />
        <source>Signed and exported:</source>
        <translation>서명하여 내보냈습니다:</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../ui/main_window.py" line="40" />
        <location filename="../../ui/main_window.py" line="155" />
        <source>Next application</source>
        <translation>다음 신청</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="41" />
        <location filename="../../ui/main_window.py" line="156" />
        <source>Previous application</source>
        <translation>이전 신청</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="42" />
        <location filename="../../ui/main_window.py" line="158" />
        <source>Find in the document</source>
        <translation>문서에서 찾기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="43" />
        <source>Search the application list</source>
        <translation>신청 목록 검색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="44" />
        <source>Next / previous rubric item</source>
        <translation>다음 / 이전 평가항목</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="45" />
        <source>Grade of the focused grade item</source>
        <translation>선택한 등급 항목의 등급</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="46" />
        <location filename="../../ui/main_window.py" line="161" />
        <source>Focus the document</source>
        <translation>문서로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="47" />
        <location filename="../../ui/main_window.py" line="162" />
        <source>Focus the rubric panel</source>
        <translation>평가표로 이동</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="48" />
        <source>Next / previous page</source>
        <translation>다음 / 이전 쪽</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="49" />
        <source>Zoom in / out</source>
        <translation>확대 / 축소</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="50" />
        <source>Conflicts of interest</source>
        <translation>이해충돌 신고</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="51" />
        <source>Finalize and sign</source>
        <translation>평가결과 확정 및 서명</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="52" />
        <source>Larger text</source>
        <translation>큰 글씨</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="53" />
        <source>Undo / redo in the field</source>
        <translation>입력칸 되돌리기 / 다시 실행</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="54" />
        <source>Print the document (if the bundle allows)</source>
        <translation>문서 인쇄 (번들이 허용한 경우)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="55" />
        <location filename="../../ui/main_window.py" line="396" />
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="56" />
        <source>Quit</source>
        <translation>끝내기</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="70" />
        <source>Evaluation Desk</source>
        <translation>평가위원 데스크</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="76" />
        <source>Show</source>
        <translation>표시</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="77" />
        <source>All applications</source>
        <translation>전체 신청</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="78" />
        <source>Still to do</source>
        <translation>남은 신청</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="79" />
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="80" />
        <source>Recused (회피)</source>
        <translation>회피</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="85" />
        <source>Search applications (Ctrl+L)</source>
        <translation>신청 검색 (Ctrl+L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="86" />
        <source>Search applications</source>
        <translation>신청 검색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="102" />
        <source>Applications</source>
        <translation>신청 목록</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="106" />
        <location filename="../../ui/main_window.py" line="115" />
        <source>Private notes</source>
        <translation>개인 메모</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="107" />
        <source>Private notes: stay on this laptop, never in the score sheet</source>
        <translation>개인 메모: 이 노트북에만 남고 평가표에는 들어가지 않습니다</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="131" />
        <source>Saved</source>
        <translation>저장됨</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="157" />
        <source>Search</source>
        <translation>검색</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="159" />
        <source>Next rubric item</source>
        <translation>다음 평가항목</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="160" />
        <source>Previous rubric item</source>
        <translation>이전 평가항목</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="163" />
        <source>Next page</source>
        <translation>다음 쪽</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="164" />
        <source>Previous page</source>
        <translation>이전 쪽</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="165" />
        <source>Zoom in</source>
        <translation>확대</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="166" />
        <source>Zoom out</source>
        <translation>축소</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="170" />
        <source>&amp;Evaluation</source>
        <translation>평가(&amp;E)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="172" />
        <source>&amp;Open another bundle or session…</source>
        <translation>다른 번들 또는 세션 열기(&amp;O)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="173" />
        <source>&amp;Conflicts of interest…</source>
        <translation>이해충돌 신고(&amp;C)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="174" />
        <source>&amp;Finalize and sign…</source>
        <translation>평가결과 확정 및 서명(&amp;F)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="175" />
        <source>&amp;Revise the signed sheet…</source>
        <translation>확정한 평가표 수정(&amp;R)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="180" />
        <source>&amp;Print the document…</source>
        <translation>문서 인쇄(&amp;P)…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="186" />
        <source>The secretariat did not allow printing.</source>
        <translation>사무국이 인쇄를 허용하지 않았습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="188" />
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="189" />
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="190" />
        <source>&amp;Larger text</source>
        <translation>큰 글씨(&amp;L)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="196" />
        <source>Language (after restart)</source>
        <translation>언어 (다시 시작 후 적용)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="201" />
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="202" />
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="204" />
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="264" />
        <location filename="../../ui/main_window.py" line="273" />
        <source>Revise</source>
        <translation>수정</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="265" />
        <source>This revision is not signed yet; you can still edit it.</source>
        <translation>이 차수는 아직 확정하지 않았으므로 계속 수정할 수 있습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="267" />
        <source>Revise the signed sheet</source>
        <translation>확정한 평가표 수정</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="268" />
        <source>Why is the signed sheet being revised? (recorded in the audit log)</source>
        <translation>확정한 평가표를 수정하는 사유 (감사 로그에 기록됨)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="281" />
        <source>Signed: revision %1 is locked (Evaluation &gt; Revise to change it)</source>
        <translation>확정됨: %1차 평가표가 잠겼습니다 (평가 &gt; 확정한 평가표 수정)</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="294" />
        <source>About Evaluation Desk</source>
        <translation>평가위원 데스크 정보</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="296" />
        <source>Workspace</source>
        <translation>작업공간</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="297" />
        <source>Log</source>
        <translation>로그</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="328" />
        <source>Recused (회피): you declared a conflict of interest for this application.</source>
        <translation>회피: 이 신청에 대해 이해충돌을 신고했습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="333" />
        <source>No document to show for this application.</source>
        <translation>이 신청에는 표시할 문서가 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="335" />
        <source>Decrypting the documents…</source>
        <translation>문서를 복호화하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="377" />
        <source>Not saved</source>
        <translation>저장되지 않음</translation>
    </message>
    <message>
        <location filename="../../ui/main_window.py" line="392" />
        <source>Done</source>
        <translation>완료</translation>
    </message>
</context>
<context>
    <name>PdfPane</name>
    <message>
        <location filename="../../ui/pdf_pane.py" line="166" />
        <source>Choose an application on the left.</source>
        <translation>왼쪽 목록에서 신청을 선택하십시오.</translation>
    </message>
</context>
<context>
    <name>PledgeDialog</name>
    <message>
        <location filename="../../ui/pledge_dialog.py" line="17" />
        <source>Pledge (서약서)</source>
        <translation>서약서</translation>
    </message>
    <message>
        <location filename="../../ui/pledge_dialog.py" line="19" />
        <source>Before you score, read and accept the committee's pledge.</source>
        <translation>평가를 시작하기 전에 평가위원 서약서를 읽고 서약해 주십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/pledge_dialog.py" line="25" />
        <source>I, %1, accept this pledge.</source>
        <translation>본인 %1은(는) 위 내용에 서약합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/pledge_dialog.py" line="30" />
        <source>Accept and continue</source>
        <translation>서약하고 계속</translation>
    </message>
</context>
<context>
    <name>RubricPanel</name>
    <message>
        <location filename="../../ui/rubric_panel.py" line="123" />
        <source>No application selected.</source>
        <translation>선택한 신청이 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="163" />
        <source>Rubric status</source>
        <translation>평가표 상태</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="151" />
        <source>Recused (회피): a conflict of interest was declared for this application, so it cannot be scored.</source>
        <translation>회피: 이 신청은 이해충돌을 신고하여 평가할 수 없습니다.</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="179" />
        <source>Eligibility checks (적격)</source>
        <translation>적격 확인</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="203" />
        <source>Bonus / penalty (가점·감점)</source>
        <translation>가점·감점</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="224" />
        <source>Overall opinion (종합의견)</source>
        <translation>종합의견</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="227" />
        <source>Overall opinion</source>
        <translation>종합의견</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="319" />
        <source>not scored</source>
        <translation>미입력</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="331" />
        <source>rationale</source>
        <translation>평가사유</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="349" />
        <source>Rationale (평가사유)</source>
        <translation>평가사유</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="350" />
        <source>Strengths, weaknesses, recommendations</source>
        <translation>강점, 약점, 보완 권고</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="459" />
        <source>Total</source>
        <translation>총점</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="459" />
        <source>subtotal</source>
        <translation>소계</translation>
    </message>
    <message>
        <location filename="../../ui/rubric_panel.py" line="465" />
        <source>Complete</source>
        <translation>완료</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/rubric_panel.py" line="466" />
        <source>%n item(s) still missing</source>
        <translation>
            <numerusform>미완료 항목 %n개</numerusform></translation>
    </message>
</context>
<context>
    <name>Texts</name>
    <message>
        <location filename="../../ui/texts.py" line="11" />
        <source>eligibility not decided</source>
        <translation>적격 여부 미판정</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="13" />
        <source>score missing</source>
        <translation>점수 미입력</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="15" />
        <source>rationale missing</source>
        <translation>평가사유 미입력</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="17" />
        <source>rationale %1 / %2 characters</source>
        <translation>평가사유 %1 / %2자</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="20" />
        <source>overall opinion missing</source>
        <translation>종합의견 미입력</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="22" />
        <source>overall opinion %1 / %2 characters</source>
        <translation>종합의견 %1 / %2자</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="25" />
        <source>conflict of interest not declared</source>
        <translation>이해충돌 미신고</translation>
    </message>
    <message>
        <location filename="../../ui/texts.py" line="27" />
        <source>pledge not accepted</source>
        <translation>서약 전</translation>
    </message>
</context>
<context>
    <name>WelcomeWindow</name>
    <message>
        <location filename="../../ui/welcome.py" line="55" />
        <source>Evaluation Desk</source>
        <translation>평가위원 데스크</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="74" />
        <source>Welcome to Evaluation Desk</source>
        <translation>평가위원 데스크에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="81" />
        <source>Create your identity: a key that receives the encrypted applications and a key that signs your score sheet. Give your public card to the secretariat.</source>
        <translation>신원을 만드십시오: 암호화된 신청서를 받는 키와 평가표에 서명하는 키입니다. 공개 카드는 사무국에 전달합니다.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="85" />
        <location filename="../../ui/welcome.py" line="138" />
        <location filename="../../ui/welcome.py" line="143" />
        <location filename="../../ui/welcome.py" line="149" />
        <location filename="../../ui/welcome.py" line="156" />
        <location filename="../../ui/welcome.py" line="159" />
        <location filename="../../ui/welcome.py" line="170" />
        <source>New identity</source>
        <translation>새 신원</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="89" />
        <source>Name</source>
        <translation>성명</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="90" />
        <source>Affiliation</source>
        <translation>소속</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="91" />
        <source>Keep the secret keys in the OS keyring</source>
        <translation>비밀키를 운영체제 키링에 보관</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="92" />
        <source>Keep them in a passphrase-protected file (e.g. a USB stick)</source>
        <translation>암호로 보호된 파일에 보관 (예: USB 메모리)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="101" />
        <source>Choose…</source>
        <translation>선택…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="106" />
        <location filename="../../ui/welcome.py" line="130" />
        <source>Identity file</source>
        <translation>신원 파일</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="111" />
        <source>Passphrase</source>
        <translation>암호</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="112" />
        <source>Passphrase again</source>
        <translation>암호 확인</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="115" />
        <source>Create identity</source>
        <translation>신원 만들기</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="117" />
        <source>Import an identity file…</source>
        <translation>신원 파일 가져오기…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="138" />
        <source>Please enter your name.</source>
        <translation>성명을 입력하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="156" />
        <source>Choose a file.</source>
        <translation>파일을 선택하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="160" />
        <source>The two passphrases differ.</source>
        <translation>두 암호가 다릅니다.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="163" />
        <source>Protecting the keys with your passphrase…</source>
        <translation>암호로 키를 보호하는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="173" />
        <location filename="../../ui/welcome.py" line="176" />
        <source>Import an identity file</source>
        <translation>신원 파일 가져오기</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="177" />
        <source>Passphrase:</source>
        <translation>암호:</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="183" />
        <source>Unlocking the identity file…</source>
        <translation>신원 파일을 여는 중…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="204" />
        <source>Export my card for the secretariat…</source>
        <translation>사무국에 보낼 내 카드 내보내기…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="207" />
        <source>Evaluation sessions</source>
        <translation>평가 세션</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="209" />
        <source>Open the bundle (.evb) you received from the secretariat, or drop it onto this window.</source>
        <translation>사무국에서 받은 번들(.evb)을 열거나 이 창으로 끌어다 놓으십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="213" />
        <source>Open a bundle…</source>
        <translation>번들 열기…</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="220" />
        <source>Recent sessions</source>
        <translation>최근 세션</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="223" />
        <source>Recent sessions (double-click to continue):</source>
        <translation>최근 세션 (두 번 눌러 계속):</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="232" />
        <source>Fingerprint</source>
        <translation>지문</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="235" />
        <source>Compare this fingerprint aloud with the secretariat.</source>
        <translation>이 지문을 사무국과 소리 내어 대조하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="237" />
        <source>in progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="237" />
        <source>signed</source>
        <translation>확정</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="247" />
        <location filename="../../ui/welcome.py" line="251" />
        <source>Export my card</source>
        <translation>내 카드 내보내기</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="252" />
        <source>Your card was saved to %1. Give it to the secretariat.</source>
        <translation>카드를 %1에 저장했습니다. 사무국에 전달하십시오.</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="255" />
        <location filename="../../ui/welcome.py" line="295" />
        <location filename="../../ui/welcome.py" line="301" />
        <source>Open a bundle</source>
        <translation>번들 열기</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="256" />
        <source>Session bundles (*.evb)</source>
        <translation>세션 번들 (*.evb)</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="286" />
        <source>New secretariat key</source>
        <translation>새 사무국 키</translation>
    </message>
    <message>
        <location filename="../../ui/welcome.py" line="287" />
        <source>This bundle is signed by the secretariat key %1. Compare this fingerprint aloud with the secretariat before you trust it. Trust it?</source>
        <translation>이 번들은 사무국 키 %1로 서명되었습니다. 신뢰하기 전에 이 지문을 사무국과 소리 내어 대조하십시오. 신뢰하시겠습니까?</translation>
    </message>
</context>
</TS>