<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>DetailPane</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>이동(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>새 프로젝트…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>다음 쌍과 병합</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation>이전 쌍과 병합</translation>
    </message>
    <message>
        <source>Split bead</source>
        <translation>쌍 나누기</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Next bead</source>
        <translation>다음 쌍</translation>
    </message>
    <message>
        <source>Previous bead</source>
        <translation>이전 쌍</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation>다음 미검토 쌍</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation>다음 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation>다음 플래그</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export</source>
        <translation>내보내기</translation>
    </message>
    <message>
        <source>Format</source>
        <translation>형식</translation>
    </message>
    <message>
        <source>&amp;TMX: translation memory for CAT tools (Trados, memoQ, OmegaT)</source>
        <translation>&amp;TMX: CAT 도구용 번역 메모리 (Trados, memoQ, OmegaT)</translation>
    </message>
    <message>
        <source>T&amp;SV: a table, one pair per line (spreadsheets, scripts)</source>
        <translation>T&amp;SV: 한 줄에 한 쌍씩 쓴 표 (스프레드시트, 스크립트)</translation>
    </message>
    <message>
        <source>&amp;JSONL: one JSON object per pair (machine-learning data)</source>
        <translation>&amp;JSONL: 쌍마다 JSON 객체 하나 (기계 학습 데이터)</translation>
    </message>
    <message>
        <source>Pairs</source>
        <translation>내보낼 쌍</translation>
    </message>
    <message>
        <source>A&amp;pproved pairs only</source>
        <translation>승인된 쌍만(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;All pairs, including those not yet approved</source>
        <translation>아직 승인되지 않은 쌍을 포함한 모든 쌍(&amp;A)</translation>
    </message>
    <message>
        <source>Export to</source>
        <translation>내보낼 위치</translation>
    </message>
    <message>
        <source>Also write a &amp;QA report</source>
        <translation>QA 보고서도 작성(&amp;Q)</translation>
    </message>
    <message>
        <source>Write the QA report to</source>
        <translation>QA 보고서 저장 위치</translation>
    </message>
    <message>
        <source>HTML (to read)</source>
        <translation>HTML (읽기용)</translation>
    </message>
    <message>
        <source>CSV (for spreadsheets)</source>
        <translation>CSV (스프레드시트용)</translation>
    </message>
    <message>
        <source>&amp;Output file:</source>
        <translation>출력 파일(&amp;O):</translation>
    </message>
    <message>
        <source>&amp;Report file:</source>
        <translation>보고서 파일(&amp;R):</translation>
    </message>
    <message>
        <source>The one pair will be exported (%1 approved).</source>
        <translation>쌍 1개를 내보냅니다(승인됨 %1개).</translation>
    </message>
    <message>
        <source>All %1 pairs will be exported (%2 approved).</source>
        <translation>쌍 %1개를 모두 내보냅니다(승인됨 %2개).</translation>
    </message>
    <message>
        <source>%1 approved of 1 pair will be exported.</source>
        <translation>쌍 1개 중 승인된 %1개를 내보냅니다.</translation>
    </message>
    <message>
        <source>%1 approved of %2 pairs will be exported.</source>
        <translation>쌍 %2개 중 승인된 %1개를 내보냅니다.</translation>
    </message>
    <message>
        <source>TMX files (*.tmx)</source>
        <translation>TMX 파일 (*.tmx)</translation>
    </message>
    <message>
        <source>Tab-separated files (*.tsv)</source>
        <translation>탭으로 구분한 파일 (*.tsv)</translation>
    </message>
    <message>
        <source>JSON Lines files (*.jsonl)</source>
        <translation>JSON Lines 파일 (*.jsonl)</translation>
    </message>
    <message>
        <source>HTML files (*.html)</source>
        <translation>HTML 파일 (*.html)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV 파일 (*.csv)</translation>
    </message>
    <message>
        <source>1 flag is still open.</source>
        <translation>미해결 플래그가 1개 남아 있습니다.</translation>
    </message>
    <message>
        <source>%1 flags are still open.</source>
        <translation>미해결 플래그가 %1개 남아 있습니다.</translation>
    </message>
    <message>
        <source>The project has no pairs to export.</source>
        <translation>프로젝트에 내보낼 쌍이 없습니다.</translation>
    </message>
    <message>
        <source>No pair is approved yet. Approve pairs first, or export all pairs.</source>
        <translation>아직 승인된 쌍이 없습니다. 먼저 쌍을 승인하거나 모든 쌍을 내보내세요.</translation>
    </message>
    <message>
        <source>Choose where to write the export.</source>
        <translation>내보낼 파일의 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>The output path is a folder: %1</source>
        <translation>출력 경로가 폴더입니다: %1</translation>
    </message>
    <message>
        <source>Choose where to write the QA report.</source>
        <translation>QA 보고서를 저장할 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>The QA report path is a folder: %1</source>
        <translation>QA 보고서 경로가 폴더입니다: %1</translation>
    </message>
    <message>
        <source>The QA report must end in .html or .csv.</source>
        <translation>QA 보고서 파일 이름은 .html 또는 .csv로 끝나야 합니다.</translation>
    </message>
    <message>
        <source>The QA report and the export cannot be the same file.</source>
        <translation>QA 보고서와 내보낼 파일은 같은 파일일 수 없습니다.</translation>
    </message>
    <message>
        <source>The output file exists and will be replaced.</source>
        <translation>출력 파일이 이미 있으며, 새 내용으로 덮어씁니다.</translation>
    </message>
    <message>
        <source>This folder does not exist: %1</source>
        <translation>폴더가 없습니다: %1</translation>
    </message>
    <message>
        <source>You cannot create files in this folder: %1</source>
        <translation>이 폴더에 파일을 만들 권한이 없습니다: %1</translation>
    </message>
</context>
<context>
    <name>FlagDialog</name>
    <message>
        <source>Accuracy</source>
        <translation>정확성</translation>
    </message>
    <message>
        <source>Terminology</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>유창성</translation>
    </message>
    <message>
        <source>Style</source>
        <translation>문체</translation>
    </message>
    <message>
        <source>Locale</source>
        <translation>로캘</translation>
    </message>
    <message>
        <source>Mistranslation</source>
        <translation>오역</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>Addition</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>Untranslated</source>
        <translation>미번역</translation>
    </message>
    <message>
        <source>Grammar</source>
        <translation>문법</translation>
    </message>
    <message>
        <source>Spelling</source>
        <translation>맞춤법</translation>
    </message>
    <message>
        <source>Punctuation</source>
        <translation>문장 부호</translation>
    </message>
    <message>
        <source>Locale convention</source>
        <translation>로캘 규칙</translation>
    </message>
    <message>
        <source>The Korean says something other than the English.</source>
        <translation>한국어가 영어와 다른 뜻을 전합니다.</translation>
    </message>
    <message>
        <source>Something in the English is missing.</source>
        <translation>영어 원문의 내용 일부가 빠졌습니다.</translation>
    </message>
    <message>
        <source>The Korean adds something the English does not say.</source>
        <translation>영어 원문에 없는 내용이 한국어에 더해졌습니다.</translation>
    </message>
    <message>
        <source>English text was left as it is.</source>
        <translation>영어가 번역되지 않고 그대로 남았습니다.</translation>
    </message>
    <message>
        <source>A term differs from the glossary or is used inconsistently.</source>
        <translation>용어가 용어집과 다르거나 일관되지 않게 쓰였습니다.</translation>
    </message>
    <message>
        <source>Grammar errors in the Korean.</source>
        <translation>한국어 문법 오류입니다.</translation>
    </message>
    <message>
        <source>Spelling or spacing errors.</source>
        <translation>맞춤법 또는 띄어쓰기 오류입니다.</translation>
    </message>
    <message>
        <source>Wrong or missing punctuation.</source>
        <translation>문장 부호가 틀리거나 빠졌습니다.</translation>
    </message>
    <message>
        <source>Awkward, unidiomatic or the wrong register (formality).</source>
        <translation>어색하거나 부자연스럽거나, 어투(높임 정도)가 맞지 않습니다.</translation>
    </message>
    <message>
        <source>Numbers, dates, units, currency or names not written the Korean way.</source>
        <translation>숫자, 날짜, 단위, 통화, 이름이 한국어 표기 관례를 따르지 않습니다.</translation>
    </message>
    <message>
        <source>&amp;Minor</source>
        <translation>경미(&amp;M)</translation>
    </message>
    <message>
        <source>Ma&amp;jor</source>
        <translation>중대(&amp;J)</translation>
    </message>
    <message>
        <source>C&amp;ritical</source>
        <translation>치명적(&amp;R)</translation>
    </message>
    <message>
        <source>Noticeable, but the meaning gets across and nobody is misled.</source>
        <translation>눈에 띄지만 뜻은 전달되며 독자를 오도하지 않습니다.</translation>
    </message>
    <message>
        <source>Changes or obscures the meaning; a reader would be misled or confused.</source>
        <translation>뜻이 바뀌거나 흐려져 독자가 오해하거나 혼란스러워할 수 있습니다.</translation>
    </message>
    <message>
        <source>Could cause harm: legal, safety, financial or reputational.</source>
        <translation>법적, 안전, 재정, 평판상 피해를 줄 수 있습니다.</translation>
    </message>
    <message>
        <source>Flag an Issue</source>
        <translation>플래그 지정</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>1 point</source>
        <translation>1점</translation>
    </message>
    <message>
        <source>%1 points</source>
        <translation>%1점</translation>
    </message>
    <message>
        <source>Why is this wrong? (optional)</source>
        <translation>무엇이 잘못되었나요? (선택 사항)</translation>
    </message>
    <message>
        <source>The corrected Korean text (optional)</source>
        <translation>고친 한국어 텍스트 (선택 사항)</translation>
    </message>
    <message>
        <source>&amp;Category:</source>
        <translation>분류(&amp;C):</translation>
    </message>
    <message>
        <source>Severity:</source>
        <translation>심각도:</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>메모(&amp;N):</translation>
    </message>
    <message>
        <source>&amp;Suggested correction:</source>
        <translation>수정 제안(&amp;S):</translation>
    </message>
    <message>
        <source>Save Flag</source>
        <translation>플래그 저장</translation>
    </message>
    <message>
        <source>Save the flag (%1)</source>
        <translation>플래그 저장 (%1)</translation>
    </message>
    <message>
        <source>Flagged text</source>
        <translation>표시한 텍스트</translation>
    </message>
    <message>
        <source>(nothing selected: the flag is for the whole side)</source>
        <translation>(선택한 부분 없음: 이쪽 전체에 대한 플래그입니다)</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>이동(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>새 프로젝트…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>다음 쌍과 병합</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation>이전 쌍과 병합</translation>
    </message>
    <message>
        <source>Split bead</source>
        <translation>쌍 나누기</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Next bead</source>
        <translation>다음 쌍</translation>
    </message>
    <message>
        <source>Previous bead</source>
        <translation>이전 쌍</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation>다음 미검토 쌍</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation>다음 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation>다음 플래그</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>이동(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>새 프로젝트…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>다음 쌍과 병합</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation>이전 쌍과 병합</translation>
    </message>
    <message>
        <source>Split bead</source>
        <translation>쌍 나누기</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Next bead</source>
        <translation>다음 쌍</translation>
    </message>
    <message>
        <source>Previous bead</source>
        <translation>이전 쌍</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation>다음 미검토 쌍</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation>다음 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation>다음 플래그</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>File</source>
        <translation>파일</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>편집</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>View</source>
        <translation>보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation>이동</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation>이동(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>도움말</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation>열기…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation>새 프로젝트…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>다시 실행</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation>다음 쌍과 병합</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation>이전 쌍과 병합</translation>
    </message>
    <message>
        <source>Split bead</source>
        <translation>쌍 나누기</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Next bead</source>
        <translation>다음 쌍</translation>
    </message>
    <message>
        <source>Previous bead</source>
        <translation>이전 쌍</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation>다음 미검토 쌍</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation>다음 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation>다음 플래그</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation>설정…</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>상태</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation>거부됨</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <source>New Project</source>
        <translation>새 프로젝트</translation>
    </message>
    <message>
        <source>Texts (*.txt *.md *.docx);;All files (*)</source>
        <translation>텍스트 (*.txt *.md *.docx);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>English text</source>
        <translation>영어 원문</translation>
    </message>
    <message>
        <source>Korean translation</source>
        <translation>한국어 번역문</translation>
    </message>
    <message>
        <source>&amp;English text:</source>
        <translation>영어 원문(&amp;E):</translation>
    </message>
    <message>
        <source>&amp;Korean translation:</source>
        <translation>한국어 번역문(&amp;K):</translation>
    </message>
    <message>
        <source>Plain text (.txt, .md; any common encoding) or Word (.docx). You can also drop a file on a field.</source>
        <translation>일반 텍스트(.txt, .md, 흔히 쓰는 모든 인코딩) 또는 Word(.docx) 파일입니다. 파일을 입력란에 끌어다 놓아도 됩니다.</translation>
    </message>
    <message>
        <source>Bilingual file</source>
        <translation>이중 언어 파일</translation>
    </message>
    <message>
        <source>&amp;Bilingual file:</source>
        <translation>이중 언어 파일(&amp;B):</translation>
    </message>
    <message>
        <source>One file holding the English text and its Korean translation: all English then all Korean, or paragraph by paragraph. Each paragraph's language is recognised on its own.</source>
        <translation>영어 원문과 한국어 번역문이 함께 든 파일 하나입니다. 영어 전체 다음에 한국어 전체가 와도 되고, 문단마다 번갈아 와도 됩니다. 문단마다 언어를 따로 판별합니다.</translation>
    </message>
    <message>
        <source>Paste the English text here.</source>
        <translation>여기에 영어 원문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Paste the Korean translation here.</source>
        <translation>여기에 한국어 번역문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>E&amp;nglish</source>
        <translation>영어(&amp;N)</translation>
    </message>
    <message>
        <source>Ko&amp;rean</source>
        <translation>한국어(&amp;R)</translation>
    </message>
    <message>
        <source>Two files</source>
        <translation>파일 두 개</translation>
    </message>
    <message>
        <source>One bilingual file</source>
        <translation>이중 언어 파일 하나</translation>
    </message>
    <message>
        <source>Pasted text</source>
        <translation>붙여 넣은 텍스트</translation>
    </message>
    <message>
        <source>Save the project as</source>
        <translation>프로젝트 저장 위치</translation>
    </message>
    <message>
        <source>Review projects (*.rvproj)</source>
        <translation>검토 프로젝트 (*.rvproj)</translation>
    </message>
    <message>
        <source>Sentence meaning (recommended)</source>
        <translation>문장 의미 (권장)</translation>
    </message>
    <message>
        <source>Sentence length (Gale–Church, fast)</source>
        <translation>문장 길이 (Gale–Church, 빠름)</translation>
    </message>
    <message>
        <source>&amp;Project file:</source>
        <translation>프로젝트 파일(&amp;P):</translation>
    </message>
    <message>
        <source>&amp;Aligner:</source>
        <translation>정렬 방식(&amp;A):</translation>
    </message>
    <message>
        <source>Create Project</source>
        <translation>프로젝트 만들기</translation>
    </message>
    <message>
        <source>pasted-text</source>
        <translation>붙여넣은-텍스트</translation>
    </message>
    <message>
        <source>Compares what sentences mean, with a model that ships with the program. Best when sentences were merged, split or left out in translation.</source>
        <translation>프로그램에 포함된 모델로 문장의 의미를 비교합니다. 번역하면서 문장을 합치거나 나누거나 빠뜨린 경우에 가장 좋습니다.</translation>
    </message>
    <message>
        <source>Compares sentence lengths only. Fast, and fine for a translation that follows the original sentence by sentence.</source>
        <translation>문장 길이만 비교합니다. 빠르며, 원문을 한 문장씩 그대로 따라간 번역에 알맞습니다.</translation>
    </message>
    <message>
        <source>Choose the English text.</source>
        <translation>영어 원문을 선택하세요.</translation>
    </message>
    <message>
        <source>Choose the Korean translation.</source>
        <translation>한국어 번역문을 선택하세요.</translation>
    </message>
    <message>
        <source>The English text and the Korean translation are the same file.</source>
        <translation>영어 원문과 한국어 번역문이 같은 파일입니다.</translation>
    </message>
    <message>
        <source>Choose the bilingual file.</source>
        <translation>이중 언어 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>Paste the English text.</source>
        <translation>영어 원문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>Paste the Korean translation.</source>
        <translation>한국어 번역문을 붙여 넣으세요.</translation>
    </message>
    <message>
        <source>%1 is a folder, not a file: %2</source>
        <translation>%1: 파일이 아니라 폴더입니다: %2</translation>
    </message>
    <message>
        <source>%1: there is no such file: %2</source>
        <translation>%1: 파일이 없습니다: %2</translation>
    </message>
    <message>
        <source>%1 cannot be read (no permission): %2</source>
        <translation>%1: 읽을 권한이 없습니다: %2</translation>
    </message>
    <message>
        <source>Choose where to save the project file.</source>
        <translation>프로젝트 파일을 저장할 위치를 선택하세요.</translation>
    </message>
    <message>
        <source>A project file with this name already exists. Choose another name, or open that project from the start screen.</source>
        <translation>같은 이름의 프로젝트 파일이 이미 있습니다. 다른 이름을 고르거나, 시작 화면에서 그 프로젝트를 여세요.</translation>
    </message>
    <message>
        <source>The folder for the project file does not exist: %1</source>
        <translation>프로젝트 파일을 저장할 폴더가 없습니다: %1</translation>
    </message>
    <message>
        <source>You cannot create files in this folder: %1</source>
        <translation>이 폴더에 파일을 만들 권한이 없습니다: %1</translation>
    </message>
    <message>
        <source>The project will be saved as %1.</source>
        <translation>프로젝트를 %1 파일로 저장합니다.</translation>
    </message>
</context>
<context>
    <name>PathField</name>
    <message>
        <source>Browse…</source>
        <translation>찾아보기…</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard Shortcuts</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Search actions or keys</source>
        <translation>동작이나 키 검색</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>동작</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>단축키</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>기타</translation>
    </message>
</context>
<context>
    <name>StartScreen</name>
    <message>
        <source>Not found: %1</source>
        <translation>찾을 수 없음: %1</translation>
    </message>
    <message>
        <source>This project file is no longer there:
%1</source>
        <translation>이 프로젝트 파일이 더 이상 없습니다:
%1</translation>
    </message>
    <message>
        <source>Open project</source>
        <translation>프로젝트 열기</translation>
    </message>
    <message>
        <source>Review projects (*.rvproj);;All files (*)</source>
        <translation>검토 프로젝트 (*.rvproj);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Pair English sentences with their Korean translation, review each pair, flag errors and export a translation memory.</source>
        <translation>영어 문장과 한국어 번역문을 짝지어 쌍마다 검토하고, 오류에 플래그를 달고, 번역 메모리로 내보냅니다.</translation>
    </message>
    <message>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Recent projects</source>
        <translation>최근 프로젝트(&amp;R)</translation>
    </message>
    <message>
        <source>Projects you open will be listed here.</source>
        <translation>연 프로젝트가 여기에 표시됩니다.</translation>
    </message>
    <message>
        <source>A project file (.rvproj) keeps the aligned pairs, your decisions and flags. It is saved as you work.</source>
        <translation>프로젝트 파일(.rvproj)에는 정렬된 쌍, 검토 결정, 플래그가 담깁니다. 작업하는 동안 자동으로 저장됩니다.</translation>
    </message>
</context>
</TS>
