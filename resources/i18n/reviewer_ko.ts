<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR" sourcelanguage="en">
<context>
    <name>Actions</name>
    <message>
        <source>&amp;New project…</source>
        <translation>새 프로젝트(&amp;N)…</translation>
    </message>
    <message>
        <source>&amp;Open project…</source>
        <translation>프로젝트 열기(&amp;O)…</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>&amp;Close project</source>
        <translation>프로젝트 닫기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>끝내기(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>다시 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>승인(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Reject</source>
        <translation>거부(&amp;R)</translation>
    </message>
    <message>
        <source>Approve all &amp;above confidence…</source>
        <translation>기준 신뢰도 이상 모두 승인(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Pin / unpin (anchor)</source>
        <translation>기준점 고정/해제(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Merge with next pair</source>
        <translation>다음 쌍과 병합(&amp;M)</translation>
    </message>
    <message>
        <source>Merge with &amp;previous pair</source>
        <translation>이전 쌍과 병합(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Split pair into sentences</source>
        <translation>쌍을 문장별로 분할(&amp;S)</translation>
    </message>
    <message>
        <source>Move first English sentence &amp;up</source>
        <translation>첫 영어 문장을 위로 이동(&amp;U)</translation>
    </message>
    <message>
        <source>Move last English sentence &amp;down</source>
        <translation>마지막 영어 문장을 아래로 이동(&amp;D)</translation>
    </message>
    <message>
        <source>Move first Korean sentence u&amp;p</source>
        <translation>첫 한국어 문장을 위로 이동(&amp;P)</translation>
    </message>
    <message>
        <source>Move last Korean sentence do&amp;wn</source>
        <translation>마지막 한국어 문장을 아래로 이동(&amp;W)</translation>
    </message>
    <message>
        <source>Make sentence its own pair (&amp;no counterpart)</source>
        <translation>문장을 대응 없는 쌍으로 분리(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Re-align unapproved stretch</source>
        <translation>미승인 구간 다시 정렬(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Edit sentence text</source>
        <translation>문장 텍스트 편집(&amp;E)</translation>
    </message>
    <message>
        <source>&amp;Split sentence at cursor</source>
        <translation>커서 위치에서 문장 분할(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Join with next sentence</source>
        <translation>다음 문장과 합치기(&amp;J)</translation>
    </message>
    <message>
        <source>&amp;Flag selection…</source>
        <translation>선택 부분에 플래그 지정(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Next pair</source>
        <translation>다음 쌍(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Previous pair</source>
        <translation>이전 쌍(&amp;P)</translation>
    </message>
    <message>
        <source>Next &amp;unreviewed</source>
        <translation>다음 미검토 쌍(&amp;U)</translation>
    </message>
    <message>
        <source>Previous unreviewed</source>
        <translation>이전 미검토 쌍</translation>
    </message>
    <message>
        <source>Next &amp;low-confidence</source>
        <translation>다음 저신뢰 쌍(&amp;L)</translation>
    </message>
    <message>
        <source>Previous low-confidence</source>
        <translation>이전 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next &amp;flag</source>
        <translation>다음 플래그(&amp;F)</translation>
    </message>
    <message>
        <source>Previous flag</source>
        <translation>이전 플래그</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>찾기(&amp;F)…</translation>
    </message>
    <message>
        <source>&amp;Clear filters</source>
        <translation>필터 지우기(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Sort by confidence (lowest first)</source>
        <translation>신뢰도 낮은 순으로 정렬(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Import glossary…</source>
        <translation>용어집 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Run QA checks</source>
        <translation>QA 검사 실행(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>단축키(&amp;K)</translation>
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
        <source>Merge ↓</source>
        <translation>병합 ↓</translation>
    </message>
    <message>
        <source>Split pair</source>
        <translation>쌍 분할</translation>
    </message>
    <message>
        <source>Detach sentence</source>
        <translation>문장 분리</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Flag…</source>
        <translation>플래그…</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation>다음 미검토</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation>다음 저신뢰</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation>다음 플래그</translation>
    </message>
    <message>
        <source>Split sentence</source>
        <translation>문장 분할</translation>
    </message>
    <message>
        <source>Join sentences</source>
        <translation>문장 합치기</translation>
    </message>
</context>
<context>
    <name>DetailPane</name>
    <message>
        <source>File</source>
        <translation type="vanished">파일</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">파일(&amp;F)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">편집</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">편집(&amp;E)</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="vanished">보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">보기(&amp;V)</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation type="vanished">이동</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="vanished">이동(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">도움말</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">열기…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="vanished">새 프로젝트…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">내보내기…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="vanished">거부</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">다시 실행</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation type="vanished">다음 쌍과 병합</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation type="vanished">이전 쌍과 병합</translation>
    </message>
    <message>
        <source>Split bead</source>
        <translation type="vanished">쌍 분할</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="vanished">고정</translation>
    </message>
    <message>
        <source>Next bead</source>
        <translation type="vanished">다음 쌍</translation>
    </message>
    <message>
        <source>Previous bead</source>
        <translation type="vanished">이전 쌍</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation type="vanished">다음 미검토 쌍</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation type="vanished">다음 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation type="vanished">다음 플래그</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">단축키</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">설정…</translation>
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
        <source>No pair selected</source>
        <translation>선택한 쌍 없음</translation>
    </message>
    <message>
        <source>Pair %1 of %2</source>
        <translation>쌍 %1 / %2</translation>
    </message>
    <message>
        <source>confidence %1</source>
        <translation>신뢰도 %1</translation>
    </message>
    <message>
        <source>⚓ pinned</source>
        <translation>⚓ 고정됨</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>QA 의심 항목</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">신뢰도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">상태</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="vanished">플래그</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="vanished">제안됨</translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="vanished">승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="vanished">거부됨</translation>
    </message>
</context>
<context>
    <name>EditController</name>
    <message>
        <source>Approve</source>
        <translation>승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation>거부</translation>
    </message>
    <message>
        <source>Approved with 1 QA suspect still waiting on it</source>
        <translation>승인됨: 이 쌍에 아직 결정하지 않은 QA 의심 항목 1개가 있습니다</translation>
    </message>
    <message>
        <source>Approved with %1 QA suspects still waiting on it</source>
        <translation>승인됨: 이 쌍에 아직 결정하지 않은 QA 의심 항목 %1개가 있습니다</translation>
    </message>
    <message>
        <source>Approve above confidence</source>
        <translation>신뢰도 기준 일괄 승인</translation>
    </message>
    <message>
        <source>Approve every proposed pair with confidence of at least (%):</source>
        <translation>신뢰도가 다음 값(%) 이상인 제안 쌍을 모두 승인:</translation>
    </message>
    <message>
        <source>Approve above %1%</source>
        <translation>%1% 이상 승인</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation>고정</translation>
    </message>
    <message>
        <source>Unpin</source>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Merge pairs</source>
        <translation>쌍 병합</translation>
    </message>
    <message>
        <source>Split pair</source>
        <translation>쌍 분할</translation>
    </message>
    <message>
        <source>Move sentence</source>
        <translation>문장 이동</translation>
    </message>
    <message>
        <source>Make sentence its own pair</source>
        <translation>문장을 별도 쌍으로 분리</translation>
    </message>
    <message>
        <source>Edit sentence</source>
        <translation>문장 편집</translation>
    </message>
    <message>
        <source>Split sentence</source>
        <translation>문장 분할</translation>
    </message>
    <message>
        <source>Not joined: this is the last sentence.</source>
        <translation>합치지 않음: 마지막 문장입니다.</translation>
    </message>
    <message>
        <source>Not joined: the next sentence belongs to the next pair. Merge the two pairs first (%1), then join.</source>
        <translation>합치지 않음: 다음 문장은 다음 쌍에 속합니다. 먼저 두 쌍을 병합(%1)한 다음 합치십시오.</translation>
    </message>
    <message>
        <source>Not joined: the next sentence starts a new paragraph. Press %1 again to join across the paragraph break.</source>
        <translation>합치지 않음: 다음 문장은 새 문단에서 시작합니다. 문단 경계를 넘어 합치려면 %1을(를) 한 번 더 누르십시오.</translation>
    </message>
    <message>
        <source>Join sentences</source>
        <translation>문장 합치기</translation>
    </message>
    <message>
        <source>Joined across the paragraph break</source>
        <translation>문단 나눔을 넘어 합쳤습니다</translation>
    </message>
    <message>
        <source>Select the words the flag is about, in the English or Korean text.</source>
        <translation>플래그를 지정할 부분을 영어 또는 한국어 텍스트에서 선택하세요.</translation>
    </message>
    <message>
        <source>Flag</source>
        <translation>플래그 지정</translation>
    </message>
    <message>
        <source>Edit flag</source>
        <translation>플래그 편집</translation>
    </message>
    <message>
        <source>Resolve flag</source>
        <translation>플래그 해결</translation>
    </message>
    <message>
        <source>Reopen flag</source>
        <translation>플래그 다시 열기</translation>
    </message>
    <message>
        <source>Delete flag</source>
        <translation>플래그 삭제</translation>
    </message>
    <message>
        <source>Accept suspect</source>
        <translation>QA 의심 항목 수락</translation>
    </message>
    <message>
        <source>Dismiss suspect</source>
        <translation>QA 의심 항목 무시</translation>
    </message>
    <message>
        <source>Re-align</source>
        <translation>다시 정렬</translation>
    </message>
    <message>
        <source>Re-aligned: %1 new pairing(s) replace %2</source>
        <translation>다시 정렬함: 새 쌍 %1개가 기존 쌍 %2개를 대신합니다</translation>
    </message>
    <message>
        <source>Re-aligned: no pairing changed</source>
        <translation>다시 정렬함: 바뀐 쌍이 없습니다</translation>
    </message>
    <message>
        <source>Re-aligning</source>
        <translation>다시 정렬하는 중</translation>
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
    <name>FilterBar</name>
    <message>
        <source>Any status</source>
        <translation>모든 상태</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>제안됨</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>승인됨</translation>
    </message>
    <message>
        <source>Rejected</source>
        <translation>거부됨</translation>
    </message>
    <message>
        <source>Any flags</source>
        <translation>모든 플래그</translation>
    </message>
    <message>
        <source>Flagged or suspect</source>
        <translation>플래그·QA 의심</translation>
    </message>
    <message>
        <source>QA suspects</source>
        <translation>QA 의심 항목</translation>
    </message>
    <message>
        <source>Search text…</source>
        <translation>텍스트 검색…</translation>
    </message>
    <message>
        <source>Where and how the search looks</source>
        <translation>검색할 쪽과 방식</translation>
    </message>
    <message>
        <source>Both sides</source>
        <translation>양쪽</translation>
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
        <source>Regex</source>
        <translation type="vanished">정규식</translation>
    </message>
    <message>
        <source>Ignore spaces</source>
        <translation>띄어쓰기 무시</translation>
    </message>
    <message>
        <source>Find a word however it is spaced: 국방장관 finds 국방 장관 too</source>
        <translation>띄어쓰기와 상관없이 찾습니다: 국방장관으로 국방 장관도 찾습니다</translation>
    </message>
    <message>
        <source>Regular expression</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>지우기</translation>
    </message>
    <message>
        <source>Show every pair again</source>
        <translation>모든 쌍 다시 표시</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>Confidence range, in percent</source>
        <translation>신뢰도 범위(%)</translation>
    </message>
    <message>
        <source>no spaces</source>
        <translation>띄어쓰기 무시</translation>
    </message>
    <message>
        <source>regex</source>
        <translation>정규식</translation>
    </message>
    <message>
        <source>Invalid regular expression: %1</source>
        <translation>잘못된 정규식: %1</translation>
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
    <name>FlagsModel</name>
    <message>
        <source>Pair</source>
        <translation>쌍</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>종류</translation>
    </message>
    <message>
        <source>Issue</source>
        <translation>문제</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>QA check: %1</source>
        <translation>QA 검사: %1</translation>
    </message>
    <message>
        <source>QA suspect</source>
        <translation>QA 의심 항목</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>dismissed</source>
        <translation>무시됨</translation>
    </message>
</context>
<context>
    <name>FlagsPanel</name>
    <message>
        <source>File</source>
        <translation type="vanished">파일</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">파일(&amp;F)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">편집</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">편집(&amp;E)</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="vanished">보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">보기(&amp;V)</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation type="vanished">이동</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="vanished">이동(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">도움말</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">열기…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="vanished">새 프로젝트…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">내보내기…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="vanished">거부</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">다시 실행</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation type="vanished">다음 쌍과 병합</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation type="vanished">이전 쌍과 병합</translation>
    </message>
    <message>
        <source>Split bead</source>
        <translation type="vanished">쌍 분할</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="vanished">고정</translation>
    </message>
    <message>
        <source>Next bead</source>
        <translation type="vanished">다음 쌍</translation>
    </message>
    <message>
        <source>Previous bead</source>
        <translation type="vanished">이전 쌍</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation type="vanished">다음 미검토 쌍</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation type="vanished">다음 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation type="vanished">다음 플래그</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">단축키</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">설정…</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="vanished">영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="vanished">한국어</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">신뢰도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">상태</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="vanished">플래그</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="vanished">제안됨</translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="vanished">승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="vanished">거부됨</translation>
    </message>
    <message>
        <source>Open flags and suspects</source>
        <translation>미해결 플래그 및 QA 의심 항목</translation>
    </message>
    <message>
        <source>All</source>
        <translation>전체</translation>
    </message>
    <message>
        <source>Open flags</source>
        <translation>미해결 플래그</translation>
    </message>
    <message>
        <source>Suspects</source>
        <translation>QA 의심 항목</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>해결됨</translation>
    </message>
    <message>
        <source>Dismissed</source>
        <translation>무시됨</translation>
    </message>
    <message>
        <source>All categories</source>
        <translation>모든 분류</translation>
    </message>
    <message>
        <source>Edit…</source>
        <translation>편집…</translation>
    </message>
    <message>
        <source>Change the category, severity, note or suggestion</source>
        <translation>분류, 심각도, 메모, 수정 제안을 바꿉니다</translation>
    </message>
    <message>
        <source>Resolve</source>
        <translation>해결</translation>
    </message>
    <message>
        <source>The problem is fixed</source>
        <translation>문제가 해결되었습니다</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>다시 열기</translation>
    </message>
    <message>
        <source>Open a resolved flag again</source>
        <translation>해결된 플래그를 다시 엽니다</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>삭제</translation>
    </message>
    <message>
        <source>Remove the flag</source>
        <translation>플래그를 삭제합니다</translation>
    </message>
    <message>
        <source>&amp;Accept suspect</source>
        <translation>의심 항목 수락(&amp;A)</translation>
    </message>
    <message>
        <source>Make the QA suspect a flag (A)</source>
        <translation>QA 의심 항목을 플래그로 만듭니다 (A)</translation>
    </message>
    <message>
        <source>&amp;Dismiss suspect</source>
        <translation>의심 항목 무시(&amp;D)</translation>
    </message>
    <message>
        <source>The QA suspect is not a problem (D)</source>
        <translation>QA 의심 항목이 문제가 아닙니다 (D)</translation>
    </message>
    <message>
        <source>Accept suspect</source>
        <translation type="vanished">의심 항목 수락</translation>
    </message>
    <message>
        <source>Make the QA suspect a flag</source>
        <translation type="vanished">QA 의심 항목을 플래그로 만듭니다</translation>
    </message>
    <message>
        <source>Dismiss suspect</source>
        <translation type="vanished">의심 항목 무시</translation>
    </message>
    <message>
        <source>The QA suspect is not a problem</source>
        <translation type="vanished">QA 의심 항목이 문제가 아닙니다</translation>
    </message>
    <message>
        <source>No QA suspect left in the list; its filters hide %1 more</source>
        <translation>목록에 남은 QA 의심 항목이 없습니다. 필터에 가려진 항목이 %1개 더 있습니다</translation>
    </message>
    <message>
        <source>No QA suspect left to decide</source>
        <translation>결정할 QA 의심 항목이 더 없습니다</translation>
    </message>
    <message>
        <source>Search wrapped around the document</source>
        <translation>문서 끝에 도달하여 반대쪽 끝부터 이어서 찾았습니다</translation>
    </message>
    <message>
        <source>Select a flag to see its note and suggestion.</source>
        <translation>플래그를 선택하면 메모와 수정 제안을 볼 수 있습니다.</translation>
    </message>
    <message>
        <source>QA check: %1</source>
        <translation>QA 검사: %1</translation>
    </message>
    <message>
        <source>⚠ the text under this flag was edited: check it</source>
        <translation>⚠ 이 플래그가 달린 텍스트가 편집되었습니다. 확인하세요.</translation>
    </message>
</context>
<context>
    <name>GridDelegate</name>
    <message>
        <source>— no counterpart —</source>
        <translation>— 대응 문장 없음 —</translation>
    </message>
</context>
<context>
    <name>GridModel</name>
    <message>
        <source>File</source>
        <translation type="vanished">파일</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="vanished">파일(&amp;F)</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">편집</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="vanished">편집(&amp;E)</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="vanished">보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">보기(&amp;V)</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation type="vanished">이동</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="vanished">이동(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">도움말</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="vanished">도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">열기…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="vanished">새 프로젝트…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">내보내기…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="vanished">거부</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">다시 실행</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation type="vanished">다음 쌍과 병합</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation type="vanished">이전 쌍과 병합</translation>
    </message>
    <message>
        <source>Split bead</source>
        <translation type="vanished">쌍 분할</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="vanished">고정</translation>
    </message>
    <message>
        <source>Next bead</source>
        <translation type="vanished">다음 쌍</translation>
    </message>
    <message>
        <source>Previous bead</source>
        <translation type="vanished">이전 쌍</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation type="vanished">다음 미검토 쌍</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation type="vanished">다음 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation type="vanished">다음 플래그</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">단축키</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">설정…</translation>
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
        <translation type="vanished">신뢰도</translation>
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
    <message>
        <source>mistranslation</source>
        <translation>오역</translation>
    </message>
    <message>
        <source>omission</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>untranslated</source>
        <translation>미번역</translation>
    </message>
    <message>
        <source>terminology</source>
        <translation>용어</translation>
    </message>
    <message>
        <source>grammar</source>
        <translation>문법</translation>
    </message>
    <message>
        <source>spelling</source>
        <translation>맞춤법</translation>
    </message>
    <message>
        <source>punctuation</source>
        <translation>문장 부호</translation>
    </message>
    <message>
        <source>style</source>
        <translation>문체</translation>
    </message>
    <message>
        <source>locale convention</source>
        <translation>로캘 규칙</translation>
    </message>
    <message>
        <source>minor</source>
        <translation>경미</translation>
    </message>
    <message>
        <source>major</source>
        <translation>중대</translation>
    </message>
    <message>
        <source>critical</source>
        <translation>치명적</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>유형</translation>
    </message>
    <message>
        <source>Conf.</source>
        <translation>신뢰도</translation>
    </message>
    <message>
        <source>%1 English : %2 Korean sentences</source>
        <translation>영어 %1문장 : 한국어 %2문장</translation>
    </message>
    <message>
        <source>Pinned: an anchor for re-alignment</source>
        <translation>고정됨: 다시 정렬할 때 기준점이 됩니다</translation>
    </message>
    <message>
        <source>suspect</source>
        <translation>QA 의심 항목</translation>
    </message>
    <message>
        <source>flag</source>
        <translation>플래그</translation>
    </message>
    <message>
        <source>No confidence: this version cannot score this project&apos;s aligner</source>
        <translation>신뢰도 없음: 이 버전은 이 프로젝트의 정렬 방식으로 점수를 매길 수 없습니다</translation>
    </message>
    <message>
        <source>No confidence: the aligner never proposes %1 pairs</source>
        <translation>신뢰도 없음: 이 정렬 방식은 %1 쌍을 제안하지 않습니다</translation>
    </message>
    <message>
        <source>Confidence not known yet: it is computed after the text changed</source>
        <translation>신뢰도 계산 중: 문장이 바뀌어 새로 계산하고 있습니다</translation>
    </message>
    <message>
        <source>No confidence: this pair was made by an edit</source>
        <translation type="vanished">신뢰도 없음: 편집으로 만든 쌍입니다</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>File</source>
        <translation type="vanished">파일</translation>
    </message>
    <message>
        <source>Flags and QA suspects</source>
        <translation>플래그 및 QA 의심 항목</translation>
    </message>
    <message>
        <source>Open a project (File ▸ Open) or create one (File ▸ New).</source>
        <translation>프로젝트를 열거나(파일 ▸ 열기) 새로 만드세요(파일 ▸ 새 프로젝트).</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Pairs</source>
        <translation>쌍(&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Sentence</source>
        <translation>문장(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Go</source>
        <translation>이동(&amp;G)</translation>
    </message>
    <message>
        <source>&amp;QA</source>
        <translation>QA(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>정보(&amp;A)</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>검토</translation>
    </message>
    <message>
        <source>Interface &amp;language</source>
        <translation>인터페이스 언어(&amp;L)</translation>
    </message>
    <message>
        <source>The interface language changes when the app starts again.</source>
        <translation>인터페이스 언어는 앱을 다시 시작하면 바뀝니다.</translation>
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
        <source>Creating project</source>
        <translation>프로젝트 만드는 중</translation>
    </message>
    <message>
        <source>Cancelled: no project was created</source>
        <translation>취소됨: 프로젝트를 만들지 않았습니다</translation>
    </message>
    <message>
        <source>Wrote %1 pair(s) to %2</source>
        <translation>쌍 %1개를 내보냈습니다: %2</translation>
    </message>
    <message>
        <source>Exporting</source>
        <translation>내보내는 중</translation>
    </message>
    <message>
        <source>Approved %1 / %2</source>
        <translation>승인 %1 / %2</translation>
    </message>
    <message>
        <source>Open flags %1</source>
        <translation>미해결 플래그 %1</translation>
    </message>
    <message>
        <source>Suspects %1</source>
        <translation>QA 의심 항목 %1</translation>
    </message>
    <message>
        <source>Glossary %1 (%2 terms)</source>
        <translation>용어집 %1 (용어 %2개)</translation>
    </message>
    <message>
        <source>Showing %1</source>
        <translation>표시 %1</translation>
    </message>
    <message>
        <source>[read-only]</source>
        <translation>[읽기 전용]</translation>
    </message>
    <message>
        <source>READ-ONLY</source>
        <translation>읽기 전용</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>내부 오류: %1</translation>
    </message>
    <message>
        <source>Review English→Korean translations: align, flag, export.</source>
        <translation>영어→한국어 번역 검토: 정렬, 플래그 지정, 내보내기.</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="vanished">편집</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>편집(&amp;E)</translation>
    </message>
    <message>
        <source>View</source>
        <translation type="vanished">보기</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="vanished">보기(&amp;V)</translation>
    </message>
    <message>
        <source>Navigate</source>
        <translation type="vanished">이동</translation>
    </message>
    <message>
        <source>&amp;Navigate</source>
        <translation type="vanished">이동(&amp;N)</translation>
    </message>
    <message>
        <source>Help</source>
        <translation type="vanished">도움말</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>Open…</source>
        <translation type="vanished">열기…</translation>
    </message>
    <message>
        <source>New Project…</source>
        <translation type="vanished">새 프로젝트…</translation>
    </message>
    <message>
        <source>Export…</source>
        <translation type="vanished">내보내기…</translation>
    </message>
    <message>
        <source>Approve</source>
        <translation type="vanished">승인</translation>
    </message>
    <message>
        <source>Reject</source>
        <translation type="vanished">거부</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="vanished">실행 취소</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation type="vanished">다시 실행</translation>
    </message>
    <message>
        <source>Merge with next</source>
        <translation type="vanished">다음 쌍과 병합</translation>
    </message>
    <message>
        <source>Merge with previous</source>
        <translation type="vanished">이전 쌍과 병합</translation>
    </message>
    <message>
        <source>Split bead</source>
        <translation type="vanished">쌍 분할</translation>
    </message>
    <message>
        <source>Pin</source>
        <translation type="vanished">고정</translation>
    </message>
    <message>
        <source>Next bead</source>
        <translation type="vanished">다음 쌍</translation>
    </message>
    <message>
        <source>Previous bead</source>
        <translation type="vanished">이전 쌍</translation>
    </message>
    <message>
        <source>Next unreviewed</source>
        <translation type="vanished">다음 미검토 쌍</translation>
    </message>
    <message>
        <source>Next low-confidence</source>
        <translation type="vanished">다음 저신뢰 쌍</translation>
    </message>
    <message>
        <source>Next flag</source>
        <translation type="vanished">다음 플래그</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="vanished">단축키</translation>
    </message>
    <message>
        <source>Settings…</source>
        <translation type="vanished">설정…</translation>
    </message>
    <message>
        <source>English</source>
        <translation type="vanished">영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation type="vanished">한국어</translation>
    </message>
    <message>
        <source>Confidence</source>
        <translation type="vanished">신뢰도</translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="vanished">상태</translation>
    </message>
    <message>
        <source>Flags</source>
        <translation type="vanished">플래그</translation>
    </message>
    <message>
        <source>proposed</source>
        <translation type="vanished">제안됨</translation>
    </message>
    <message>
        <source>approved</source>
        <translation type="vanished">승인됨</translation>
    </message>
    <message>
        <source>rejected</source>
        <translation type="vanished">거부됨</translation>
    </message>
</context>
<context>
    <name>Minimap</name>
    <message>
        <source>Overview of the whole document. Left: status (green approved, red rejected). Middle: confidence (red where unreviewed pairs are unsure). Right: the alignment path; it moves sideways where one side has sentences the other lacks. Red ticks: pairs with no counterpart; amber: 1:2 or 2:1 pairs. Click to jump.</source>
        <translation>문서 전체 개요입니다. 왼쪽: 상태(초록 승인, 빨강 거부). 가운데: 신뢰도(미검토 쌍이 불확실한 곳은 빨강). 오른쪽: 정렬 경로. 한쪽에만 있는 문장이 있으면 옆으로 비껴갑니다. 빨간 눈금: 대응 문장이 없는 쌍, 주황 눈금: 1:2 또는 2:1 쌍. 클릭하면 그 위치로 이동합니다.</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>No %1 in view</source>
        <translation>현재 보기에 %1 없음</translation>
    </message>
    <message>
        <source>Search wrapped around the document</source>
        <translation>문서 끝에 도달하여 반대쪽 끝부터 이어서 찾았습니다</translation>
    </message>
    <message>
        <source>unreviewed pair</source>
        <translation>미검토 쌍</translation>
    </message>
    <message>
        <source>unreviewed low-confidence pair</source>
        <translation>저신뢰 미검토 쌍</translation>
    </message>
    <message>
        <source>flagged pair</source>
        <translation>플래그가 있는 쌍</translation>
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
        <source>One file holding the English text and its Korean translation: all English then all Korean, or paragraph by paragraph. Each paragraph&apos;s language is recognised on its own.</source>
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
        <source>Reading the files</source>
        <translation>파일 읽는 중</translation>
    </message>
    <message>
        <source>Internal error: %1</source>
        <translation>내부 오류: %1</translation>
    </message>
    <message>
        <source>Reading the files…</source>
        <translation>파일을 읽는 중…</translation>
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
    <name>ProgressIndicator</name>
    <message>
        <source>Cancel</source>
        <translation>취소</translation>
    </message>
</context>
<context>
    <name>QaController</name>
    <message>
        <source>Import glossary</source>
        <translation>용어집 가져오기</translation>
    </message>
    <message>
        <source>Glossaries (*.csv *.tsv *.txt *.tbx *.xml);;All files (*)</source>
        <translation>용어집 (*.csv *.tsv *.txt *.tbx *.xml);;모든 파일 (*)</translation>
    </message>
    <message>
        <source>Glossary %1: %2 term(s) imported; run the QA checks to use them</source>
        <translation>용어집 %1: 용어 %2개를 가져왔습니다. QA 검사를 실행하면 적용됩니다</translation>
    </message>
    <message>
        <source>Glossary %1 (%2 term(s)) is already in the project</source>
        <translation>용어집 %1(용어 %2개)은 이미 프로젝트에 있습니다</translation>
    </message>
    <message>
        <source> (rows skipped, with no source or no target term: line %1)</source>
        <translation> (원어 또는 대역어가 없어 건너뛴 행: %1행)</translation>
    </message>
    <message>
        <source>Importing glossary</source>
        <translation>용어집 가져오는 중</translation>
    </message>
    <message>
        <source>Glossary import cancelled: nothing was changed</source>
        <translation>용어집 가져오기 취소됨: 바뀐 것이 없습니다</translation>
    </message>
    <message>
        <source>QA checks</source>
        <translation>QA 검사</translation>
    </message>
    <message>
        <source>QA checks: %1 suspect(s) found, %2 waiting for a decision</source>
        <translation>QA 검사: 의심 항목 %1개 발견, %2개 결정 대기 중</translation>
    </message>
    <message>
        <source>Running QA checks</source>
        <translation>QA 검사 중</translation>
    </message>
    <message>
        <source>QA checks cancelled: nothing was changed</source>
        <translation>QA 검사 취소됨: 바뀐 것이 없습니다</translation>
    </message>
</context>
<context>
    <name>QaReason</name>
    <message>
        <source>name ‘{name}’ does not match its rendering ‘{piece}’ ({reading}): a syllable may be wrong or missing</source>
        <translation>이름 ‘{name}’의 표기 ‘{piece}’({reading}) 불일치: 음절이 틀렸거나 빠졌을 수 있음</translation>
    </message>
    <message>
        <source>name ‘{name}’ is rendered as ‘{piece}’, which reads as ‘{other}’: a different name</source>
        <translation>이름 ‘{name}’의 표기 ‘{piece}’: 다른 이름 ‘{other}’처럼 읽힘</translation>
    </message>
    <message>
        <source>name ‘{name}’ is written ‘{piece}’ ({reading}), unlike Korean spelling: perhaps ‘{candidate}’</source>
        <translation>이름 ‘{name}’의 표기 ‘{piece}’({reading}): 한국어 표기 관례와 다름, ‘{candidate}’ 아닌지 확인</translation>
    </message>
    <message>
        <source>name ‘{name}’ is written ‘{piece}’ here but ‘{form}’ elsewhere in the story</source>
        <translation>이름 ‘{name}’: 여기서는 ‘{piece}’, 문서의 다른 곳에서는 ‘{form}’</translation>
    </message>
    <message>
        <source>place ‘{name}’ is written ‘{piece}’; its Korean form is ‘{form}’</source>
        <translation>지명 ‘{name}’의 표기 ‘{piece}’: 한국어 표준 표기는 ‘{form}’</translation>
    </message>
    <message>
        <source>{reason} (a name from the neighbouring sentences)</source>
        <translation>{reason} (앞뒤 문장에 나온 이름)</translation>
    </message>
    <message>
        <source>‘{code}’ appears as ‘{found}’ in the translation</source>
        <translation>‘{code}’: 번역문에는 ‘{found}’</translation>
    </message>
    <message>
        <source>code ‘{code}’ is missing from the translation</source>
        <translation>코드 ‘{code}’: 번역문에 없음</translation>
    </message>
    <message>
        <source>source number {source} is rendered as {target}</source>
        <translation>원문의 수 {source}: 번역문에는 {target}</translation>
    </message>
    <message>
        <source>source number {source} is missing from the translation</source>
        <translation>원문의 수 {source}: 번역문에 없음</translation>
    </message>
    <message>
        <source>‘{loanword}’ is the loanword for ‘{other}’, not ‘{word}’ as in the source: a false friend?</source>
        <translation>외래어 ‘{loanword}’의 원어는 ‘{other}’, 원문은 ‘{word}’: 비슷한 말을 혼동했나?</translation>
    </message>
    <message>
        <source>a loanword or translation of ‘{word}’</source>
        <translation>‘{word}’의 외래어 표기나 번역어</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is rendered with the forbidden term &apos;{word}&apos;</source>
        <translation>&apos;{term}&apos;: 금지 용어 &apos;{word}&apos; 사용</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is rendered with the forbidden term &apos;{word}&apos; ({note})</source>
        <translation>&apos;{term}&apos;: 금지 용어 &apos;{word}&apos; 사용 ({note})</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; should be translated as {wanted}</source>
        <translation>&apos;{term}&apos;의 승인 번역어: {wanted}</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; should be translated as {wanted} ({note})</source>
        <translation>&apos;{term}&apos;의 승인 번역어: {wanted} ({note})</translation>
    </message>
    <message>
        <source>&apos;{term}&apos; is rendered inconsistently in the project ({variants})</source>
        <translation>&apos;{term}&apos;의 번역이 프로젝트 안에서 일관되지 않음 ({variants})</translation>
    </message>
    <message>
        <source>the same source is translated differently elsewhere ({pairs})</source>
        <translation>같은 원문이 다른 곳에서는 다르게 번역됨 ({pairs})</translation>
    </message>
    <message>
        <source>possible {category}: the translation is {share} of the usual length for this document</source>
        <translation>{category} 가능성: 번역문 길이가 이 문서의 보통 길이의 {share}</translation>
    </message>
    <message>
        <source>possible {category}: the translation is {share} of the usual length for this document; the marked {side} clauses have no clear counterpart</source>
        <translation>{category} 가능성: 번역문 길이가 이 문서의 보통 길이의 {share}; 표시한 {side} 절에 뚜렷한 대응 부분이 없음</translation>
    </message>
    <message>
        <source>source sentence with no translation (1:0 bead)</source>
        <translation>번역이 없는 원문 문장 (1:0 쌍)</translation>
    </message>
    <message>
        <source>target sentence with no source (0:1 bead)</source>
        <translation>원문이 없는 번역문 문장 (0:1 쌍)</translation>
    </message>
    <message>
        <source>the target is identical to the source</source>
        <translation>번역문이 원문과 같음</translation>
    </message>
    <message>
        <source>the source is Korean and the target is not: are the sides swapped?</source>
        <translation>원문이 한국어이고 번역문은 한국어가 아님: 양쪽이 뒤바뀌었나?</translation>
    </message>
    <message>
        <source>the source is Korean, not English: is the English missing?</source>
        <translation>원문이 영어가 아니라 한국어입니다: 영어 원문이 빠졌나요?</translation>
    </message>
    <message>
        <source>the target is not Korean</source>
        <translation>번역문이 한국어가 아님</translation>
    </message>
    <message>
        <source>the target is not Korean but {language}</source>
        <translation>번역문이 한국어가 아니라 {language}</translation>
    </message>
    <message>
        <source>English left untranslated: &apos;{text}&apos;</source>
        <translation>번역되지 않은 영어: &apos;{text}&apos;</translation>
    </message>
    <message>
        <source>unbalanced {family} quotes</source>
        <translation>{family}따옴표 짝이 맞지 않음</translation>
    </message>
    <message>
        <source>unbalanced {bracket}: {mark} opened but not closed</source>
        <translation>{bracket} 짝이 맞지 않음: {mark} 열고 닫지 않음</translation>
    </message>
    <message>
        <source>unbalanced {bracket}: {mark} closed but never opened</source>
        <translation>{bracket} 짝이 맞지 않음: 열지 않은 {mark} 닫음</translation>
    </message>
    <message>
        <source>doubled space</source>
        <translation>겹친 공백</translation>
    </message>
    <message>
        <source>space before &apos;{mark}&apos;</source>
        <translation>&apos;{mark}&apos; 앞의 공백</translation>
    </message>
    <message>
        <source>repeated punctuation &apos;{marks}&apos;</source>
        <translation>반복된 문장 부호 &apos;{marks}&apos;</translation>
    </message>
    <message>
        <source>stray &apos;.&apos; after the sentence end</source>
        <translation>문장 끝 뒤의 불필요한 &apos;.&apos;</translation>
    </message>
    <message>
        <source>U+FFFD REPLACEMENT CHARACTER: text was lost when a file was decoded</source>
        <translation>U+FFFD 대체 문자: 파일을 읽을 때 글자가 손실됨</translation>
    </message>
    <message>
        <source>invisible character {character}</source>
        <translation>보이지 않는 문자 {character}</translation>
    </message>
</context>
<context>
    <name>QaWord</name>
    <message>
        <source>omission</source>
        <translation>누락</translation>
    </message>
    <message>
        <source>addition</source>
        <translation>추가</translation>
    </message>
    <message>
        <source>source</source>
        <translation>원문</translation>
    </message>
    <message>
        <source>target</source>
        <translation>번역문</translation>
    </message>
    <message>
        <source>double</source>
        <translation>큰</translation>
    </message>
    <message>
        <source>single</source>
        <translation>작은</translation>
    </message>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>parenthesis ( )</source>
        <translation>괄호 ( )</translation>
    </message>
    <message>
        <source>bracket [ ]</source>
        <translation>대괄호 [ ]</translation>
    </message>
    <message>
        <source>brace { }</source>
        <translation>중괄호 { }</translation>
    </message>
    <message>
        <source>corner bracket 「 」</source>
        <translation>낫표 「 」</translation>
    </message>
    <message>
        <source>corner bracket 『 』</source>
        <translation>겹낫표 『 』</translation>
    </message>
    <message>
        <source>angle bracket 《 》</source>
        <translation>겹화살괄호 《 》</translation>
    </message>
    <message>
        <source>angle bracket 〈 〉</source>
        <translation>홑화살괄호 〈 〉</translation>
    </message>
    <message>
        <source>angle bracket &lt; &gt;</source>
        <translation>부등호 괄호 &lt; &gt;</translation>
    </message>
</context>
<context>
    <name>ReviewArea</name>
    <message>
        <source>Read-only: %1. You can review, but no change can be saved.</source>
        <translation>읽기 전용: %1. 검토는 할 수 있지만 변경 내용은 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>the file cannot be written</source>
        <translation>파일에 쓸 수 없습니다</translation>
    </message>
    <message>
        <source>Filters cleared to show the pair</source>
        <translation>쌍을 표시하려고 필터를 지웠습니다</translation>
    </message>
    <message>
        <source>No pair matches the filters</source>
        <translation>필터와 일치하는 쌍이 없습니다</translation>
    </message>
</context>
<context>
    <name>ReviewerMessage</name>
    <message>
        <source>no such file</source>
        <translation>파일이 없습니다</translation>
    </message>
    <message>
        <source>this is a link to a file that does not exist</source>
        <translation>없는 파일을 가리키는 링크입니다</translation>
    </message>
    <message>
        <source>this is not a valid file name</source>
        <translation>올바른 파일 이름이 아닙니다</translation>
    </message>
    <message>
        <source>this is a folder, not a file</source>
        <translation>파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>this is not a regular file (a device, pipe or socket)</source>
        <translation>일반 파일이 아닙니다(장치, 파이프 또는 소켓)</translation>
    </message>
    <message>
        <source>this file is {size} MB; files over 200 MB are refused</source>
        <translation>파일 크기가 {size}MB입니다. 200MB가 넘는 파일은 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>this file is over 200 MB; files that large are refused</source>
        <translation>파일 크기가 200MB를 넘습니다. 이렇게 큰 파일은 가져올 수 없습니다</translation>
    </message>
    <message>
        <source>there is no text to review: the file is empty</source>
        <translation>검토할 텍스트가 없습니다: 빈 파일입니다</translation>
    </message>
    <message>
        <source>there is no text to review: it is empty</source>
        <translation>검토할 텍스트가 없습니다: 내용이 비어 있습니다</translation>
    </message>
    <message>
        <source>there is no text to review: it contains only whitespace</source>
        <translation>검토할 텍스트가 없습니다: 공백 문자만 있습니다</translation>
    </message>
    <message>
        <source>this file cannot be read: permission denied</source>
        <translation>파일을 읽을 수 없습니다: 권한이 없습니다</translation>
    </message>
    <message>
        <source>this path is a loop of symbolic links</source>
        <translation>심볼릭 링크가 서로를 가리키며 순환하는 경로입니다</translation>
    </message>
    <message>
        <source>this path is too long</source>
        <translation>경로가 너무 깁니다</translation>
    </message>
    <message>
        <source>this file cannot be read: {problem}</source>
        <translation>파일을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>old Word .doc files cannot be read; save it as .docx</source>
        <translation>예전 Word .doc 파일은 읽을 수 없습니다. .docx로 저장하세요</translation>
    </message>
    <message>
        <source>Both files are {language} ({first} and {second}); give the English source and its Korean translation.</source>
        <translation>두 파일 모두 {language}입니다({first}, {second}). 영어 원문과 그 한국어 번역문을 지정하세요.</translation>
    </message>
    <message>
        <source>{name} is {language}, not Korean; this tool reviews English-to-Korean translations ({first} and {second}).</source>
        <translation>{name}: 한국어가 아니라 {language}입니다. 이 도구는 영어→한국어 번역을 검토합니다({first}, {second}).</translation>
    </message>
    <message>
        <source>Neither file is Korean ({src_looks}, {tgt_looks}); give the English source and its Korean translation.</source>
        <translation>두 파일 모두 한국어가 아닙니다({src_looks}, {tgt_looks}). 영어 원문과 그 한국어 번역문을 지정하세요.</translation>
    </message>
    <message>
        <source>{looks}, not English; this tool reviews English-to-Korean translations ({first} and {second}).</source>
        <translation>원문이 영어가 아닙니다({looks}). 이 도구는 영어→한국어 번역을 검토합니다({first}, {second}).</translation>
    </message>
    <message>
        <source>this file has a {language} paragraph, not Korean: {paragraph}</source>
        <translation>한국어가 아닌 {language} 문단이 있습니다: {paragraph}</translation>
    </message>
    <message>
        <source>this should hold English and Korean, one after the other, but it has only {language}; give two files instead, or the missing half</source>
        <translation>영어와 한국어가 차례로 들어 있어야 하는데 {language}만 있습니다. 대신 파일 두 개를 지정하거나 빠진 쪽을 채우세요</translation>
    </message>
    <message>
        <source>this should hold English and Korean, one after the other, but it has no letters; give two files instead, or the missing half</source>
        <translation>영어와 한국어가 차례로 들어 있어야 하는데 글자가 하나도 없습니다. 대신 파일 두 개를 지정하거나 빠진 쪽을 채우세요</translation>
    </message>
    <message>
        <source>The files were given the other way round: {first} is Korean, {second} is {language}; swapped.</source>
        <translation>파일이 반대로 지정되어 서로 바꾸었습니다({first}: 한국어, {second}: {language}).</translation>
    </message>
    <message>
        <source>{name} looks {language} rather than English; it is used as the source anyway.</source>
        <translation>{name}: 영어가 아니라 {language}로 보이지만 그대로 원문으로 씁니다.</translation>
    </message>
    <message>
        <source>{name} switches between English and Korean {count} times; the English paragraphs and the Korean paragraphs were each kept in their order.</source>
        <translation>{name}: 영어와 한국어가 {count}번 바뀝니다. 영어 문단과 한국어 문단을 각각 원래 순서대로 모았습니다.</translation>
    </message>
    <message>
        <source>this is a PNG image, not a text file</source>
        <translation>텍스트 파일이 아니라 PNG 이미지입니다</translation>
    </message>
    <message>
        <source>this is a JPEG image, not a text file</source>
        <translation>텍스트 파일이 아니라 JPEG 이미지입니다</translation>
    </message>
    <message>
        <source>this is a GIF image, not a text file</source>
        <translation>텍스트 파일이 아니라 GIF 이미지입니다</translation>
    </message>
    <message>
        <source>this is a PDF (export it as .docx or .txt first), not a text file</source>
        <translation>텍스트 파일이 아니라 PDF입니다(먼저 .docx나 .txt로 내보내세요)</translation>
    </message>
    <message>
        <source>this is an old Word .doc or other Office 97 file (save it as .docx), not a text file</source>
        <translation>텍스트 파일이 아니라 예전 Word .doc 또는 다른 Office 97 파일입니다(.docx로 저장하세요)</translation>
    </message>
    <message>
        <source>this is an RTF document (save it as .docx or .txt), not a text file</source>
        <translation>텍스트 파일이 아니라 RTF 문서입니다(.docx나 .txt로 저장하세요)</translation>
    </message>
    <message>
        <source>this is a program, not a text file</source>
        <translation>텍스트 파일이 아니라 프로그램입니다</translation>
    </message>
    <message>
        <source>this is a gzip archive, not a text file</source>
        <translation>텍스트 파일이 아니라 gzip 압축 파일입니다</translation>
    </message>
    <message>
        <source>this is a binary file (it contains NUL bytes), not text</source>
        <translation>텍스트가 아니라 바이너리 파일입니다(NUL 바이트가 들어 있음)</translation>
    </message>
    <message>
        <source>this is UTF-8 text but byte {offset} is invalid: the file looks damaged or cut short</source>
        <translation>UTF-8 텍스트인데 {offset}번 바이트가 올바르지 않습니다. 파일이 손상되었거나 중간에 잘린 것 같습니다</translation>
    </message>
    <message>
        <source>the text encoding cannot be recognised (it is not UTF-8, UTF-16 or Korean CP949/EUC-KR); save the file as UTF-8 and try again</source>
        <translation>텍스트 인코딩을 알아낼 수 없습니다(UTF-8, UTF-16, 한국어 CP949/EUC-KR이 아님). 파일을 UTF-8로 저장한 뒤 다시 시도하세요</translation>
    </message>
    <message>
        <source>the file says it is {encoding} but byte {offset} is not valid {encoding}</source>
        <translation>파일 머리에는 {encoding}(이)라고 표시되어 있지만 {offset}번 바이트가 {encoding}에 맞지 않습니다</translation>
    </message>
    <message>
        <source>this looks like a binary file, not text (decoded as {encoding}, it is full of control characters)</source>
        <translation>텍스트가 아니라 바이너리 파일로 보입니다({encoding} 인코딩으로 읽으면 제어 문자투성이임)</translation>
    </message>
    <message>
        <source>this Word document is damaged and cannot be read ({problem})</source>
        <translation>Word 문서가 손상되어 읽을 수 없습니다({problem})</translation>
    </message>
    <message>
        <source>this .docx is password-protected or really an old .doc file; open it in Word and save it again as an unprotected .docx</source>
        <translation>암호로 보호된 .docx이거나 실제로는 예전 .doc 파일입니다. Word에서 열어 보호되지 않은 .docx로 다시 저장하세요</translation>
    </message>
    <message>
        <source>this is not a Word .docx document (a .docx is a zip archive; this file is not one)</source>
        <translation>Word .docx 문서가 아닙니다(.docx는 zip 압축 파일인데 이 파일은 zip이 아님)</translation>
    </message>
    <message>
        <source>this is a zip archive but not a Word document (it has no word/document.xml)</source>
        <translation>zip 압축 파일이지만 Word 문서가 아닙니다(word/document.xml이 없음)</translation>
    </message>
    <message>
        <source>this Word document unpacks to more than 200 MB; it is refused as a possible zip bomb</source>
        <translation>압축을 풀면 200MB가 넘는 Word 문서입니다. zip 폭탄일 수 있어 열지 않습니다</translation>
    </message>
    <message>
        <source>this Word document is damaged: {part}: {problem}</source>
        <translation>Word 문서가 손상되었습니다: {part}: {problem}</translation>
    </message>
    <message>
        <source>this Word document is refused: {part} declares a DOCTYPE or entities, which a real Word document never does (it could read other files or expand without limit)</source>
        <translation>Word 문서를 열지 않습니다: {part}에 DOCTYPE이나 엔터티 선언이 있는데, 실제 Word 문서에는 이런 선언이 없습니다(다른 파일을 읽거나 한없이 커질 수 있음)</translation>
    </message>
    <message>
        <source>this Word document is damaged: {part} is not valid XML ({problem})</source>
        <translation>Word 문서가 손상되었습니다: {part}: 올바른 XML이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>no such project file</source>
        <translation>프로젝트 파일이 없습니다</translation>
    </message>
    <message>
        <source>is a folder, not a project file</source>
        <translation>프로젝트 파일이 아니라 폴더입니다</translation>
    </message>
    <message>
        <source>cannot be read (permission denied)</source>
        <translation>읽을 수 없습니다(권한이 없음)</translation>
    </message>
    <message>
        <source>cannot be read ({problem})</source>
        <translation>읽을 수 없습니다({problem})</translation>
    </message>
    <message>
        <source>is empty (0 bytes), not a project file</source>
        <translation>빈 파일(0바이트)이며 프로젝트 파일이 아닙니다</translation>
    </message>
    <message>
        <source>is not a project file (not an SQLite database)</source>
        <translation>프로젝트 파일이 아닙니다(SQLite 데이터베이스가 아님)</translation>
    </message>
    <message>
        <source>is damaged (truncated header)</source>
        <translation>손상되었습니다(헤더가 잘림)</translation>
    </message>
    <message>
        <source>is damaged (the file is shorter than it should be)</source>
        <translation>손상되었습니다(파일이 있어야 할 길이보다 짧음)</translation>
    </message>
    <message>
        <source>cannot be opened ({problem})</source>
        <translation>열 수 없습니다({problem})</translation>
    </message>
    <message>
        <source>is an SQLite database but not a project of this tool</source>
        <translation>SQLite 데이터베이스이지만 이 도구의 프로젝트가 아닙니다</translation>
    </message>
    <message>
        <source>was made by a newer version of this tool (file format {version}, this version reads up to {supported}); please update</source>
        <translation>이 도구의 더 새로운 버전으로 만든 파일입니다(파일 형식 {version}, 이 버전은 {supported}까지 읽음). 프로그램을 업데이트하세요</translation>
    </message>
    <message>
        <source>is damaged (integrity check: {problem})</source>
        <translation>손상되었습니다(무결성 검사: {problem})</translation>
    </message>
    <message>
        <source>is damaged or not a project ({problem})</source>
        <translation>손상되었거나 프로젝트 파일이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>cannot create its lock file {name} ({problem})</source>
        <translation>잠금 파일 {name}을(를) 만들 수 없습니다({problem})</translation>
    </message>
    <message>
        <source>is open for editing in {holder}</source>
        <translation>{holder}에서 편집 중입니다</translation>
    </message>
    <message>
        <source>is being opened and closed by another process</source>
        <translation>다른 프로세스가 열고 닫기를 거듭하고 있습니다</translation>
    </message>
    <message>
        <source>is read-only (no write permission on the file)</source>
        <translation>읽기 전용입니다(파일에 쓰기 권한이 없음)</translation>
    </message>
    <message>
        <source>sits in a read-only folder</source>
        <translation>읽기 전용 폴더에 있습니다</translation>
    </message>
    <message>
        <source>is busy ({problem}); try again</source>
        <translation>사용 중입니다({problem}). 다시 시도하세요</translation>
    </message>
    <message>
        <source>is open read-only ({read_only}); changes cannot be saved</source>
        <translation>읽기 전용으로 열려 있어 변경 내용을 저장할 수 없습니다({read_only})</translation>
    </message>
    <message>
        <source>is open read-only; cannot undo or redo</source>
        <translation>읽기 전용으로 열려 있어 실행 취소나 다시 실행을 할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot undo action {action}</source>
        <translation>{action}번 작업을 실행 취소할 수 없습니다</translation>
    </message>
    <message>
        <source>cannot redo action {action}</source>
        <translation>{action}번 작업을 다시 실행할 수 없습니다</translation>
    </message>
    <message>
        <source>already exists; choose another name</source>
        <translation>이미 있습니다. 다른 이름을 고르세요</translation>
    </message>
    <message>
        <source>is a folder</source>
        <translation>폴더입니다</translation>
    </message>
    <message>
        <source>its folder does not exist</source>
        <translation>이 파일을 둘 폴더가 없습니다</translation>
    </message>
    <message>
        <source>cannot be created ({problem})</source>
        <translation>만들 수 없습니다({problem})</translation>
    </message>
    <message>
        <source>cannot read the glossary: {problem}</source>
        <translation>용어집을 읽을 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>the glossary is neither UTF-8 nor CP949 (EUC-KR) text</source>
        <translation>용어집이 UTF-8 텍스트도 CP949(EUC-KR) 텍스트도 아닙니다</translation>
    </message>
    <message>
        <source>the glossary cannot be read as CSV at line {line}: {problem}</source>
        <translation>용어집을 CSV로 읽을 수 없습니다. {line}번째 줄: {problem}</translation>
    </message>
    <message>
        <source>the glossary cannot be read as CSV at line {line}: {problem} (a quote that is never closed?)</source>
        <translation>용어집을 CSV로 읽을 수 없습니다. {line}번째 줄: {problem} (닫히지 않은 따옴표가 있나요?)</translation>
    </message>
    <message>
        <source>the glossary is empty</source>
        <translation>용어집이 비어 있습니다</translation>
    </message>
    <message>
        <source>no source/target term columns in the glossary: found {found}; expected a header like en,ko,forbidden,note</source>
        <translation>용어집에서 원어·대역어 열을 찾을 수 없습니다(찾은 열: {found}). en,ko,forbidden,note 같은 머리글 행이 있어야 합니다</translation>
    </message>
    <message>
        <source>the glossary has a header but no terms</source>
        <translation>용어집에 머리글은 있지만 용어가 없습니다</translation>
    </message>
    <message>
        <source>refused: the TBX file declares XML entities or external references ({problem}); nothing was resolved</source>
        <translation>열지 않았습니다: TBX 파일에 XML 엔터티나 외부 참조 선언이 있습니다({problem}). 아무것도 해석하지 않았습니다</translation>
    </message>
    <message>
        <source>not a well-formed TBX/XML file ({problem})</source>
        <translation>올바른 형식의 TBX/XML 파일이 아닙니다({problem})</translation>
    </message>
    <message>
        <source>no English-Korean term entries in the TBX file</source>
        <translation>TBX 파일에 영어-한국어 용어 항목이 없습니다</translation>
    </message>
    <message>
        <source>unknown status {status}</source>
        <translation>알 수 없는 상태: {status}</translation>
    </message>
    <message>
        <source>there is no next bead to merge with</source>
        <translation>병합할 다음 쌍이 없습니다</translation>
    </message>
    <message>
        <source>there is no previous bead to merge with</source>
        <translation>병합할 이전 쌍이 없습니다</translation>
    </message>
    <message>
        <source>this bead has one sentence per side; there is nothing to split</source>
        <translation>이 쌍은 양쪽 모두 문장이 하나뿐이라 분할할 것이 없습니다</translation>
    </message>
    <message>
        <source>split point outside the bead</source>
        <translation>분할 지점이 쌍 밖에 있습니다</translation>
    </message>
    <message>
        <source>both parts of a split need at least one sentence</source>
        <translation>분할한 두 부분에 각각 문장이 하나 이상 있어야 합니다</translation>
    </message>
    <message>
        <source>this bead has no English sentence</source>
        <translation>이 쌍에는 영어 문장이 없습니다</translation>
    </message>
    <message>
        <source>this bead has no Korean sentence</source>
        <translation>이 쌍에는 한국어 문장이 없습니다</translation>
    </message>
    <message>
        <source>there is no next bead</source>
        <translation>다음 쌍이 없습니다</translation>
    </message>
    <message>
        <source>there is no previous bead</source>
        <translation>이전 쌍이 없습니다</translation>
    </message>
    <message>
        <source>this sentence is already on its own</source>
        <translation>이 문장은 이미 혼자서 한 쌍을 이루고 있습니다</translation>
    </message>
    <message>
        <source>a sentence cannot be empty; use &apos;join&apos; or &apos;detach&apos; instead</source>
        <translation>문장을 비울 수는 없습니다. 대신 &apos;문장 합치기&apos;나 &apos;문장 분리&apos;를 쓰세요</translation>
    </message>
    <message>
        <source>split point must leave text on both sides</source>
        <translation>분할 지점 양쪽에 텍스트가 남아야 합니다</translation>
    </message>
    <message>
        <source>there is no next sentence to join with</source>
        <translation>합칠 다음 문장이 없습니다</translation>
    </message>
    <message>
        <source>the next sentence belongs to the next pair; merge the two pairs first, then join</source>
        <translation>다음 문장은 다음 쌍에 속합니다. 먼저 두 쌍을 병합한 뒤 합치세요</translation>
    </message>
    <message>
        <source>the next sentence starts a new paragraph; a join across a paragraph break must be asked for explicitly</source>
        <translation>다음 문장은 새 문단에서 시작합니다. 문단 경계를 넘는 합치기는 따로 명시해서 요청해야 합니다</translation>
    </message>
    <message>
        <source>{value} is not a valid Category</source>
        <translation>올바른 분류(Category)가 아닙니다: {value}</translation>
    </message>
    <message>
        <source>{value} is not a valid Severity</source>
        <translation>올바른 심각도(Severity)가 아닙니다: {value}</translation>
    </message>
    <message>
        <source>the selected span lies outside the sentence</source>
        <translation>선택한 범위가 문장 밖에 있습니다</translation>
    </message>
    <message>
        <source>select the text the flag is about</source>
        <translation>플래그를 지정할 텍스트를 선택하세요</translation>
    </message>
    <message>
        <source>unknown flag status {status}</source>
        <translation>알 수 없는 플래그 상태: {status}</translation>
    </message>
    <message>
        <source>that bead no longer exists</source>
        <translation>그 쌍은 이제 없습니다</translation>
    </message>
    <message>
        <source>this bead is approved or pinned: it is an anchor, not re-aligned</source>
        <translation>이 쌍은 승인되었거나 고정된 기준점이므로 다시 정렬하지 않습니다</translation>
    </message>
    <message>
        <source>the document changed while re-aligning; please re-align again</source>
        <translation>다시 정렬하는 동안 문서가 바뀌었습니다. 다시 정렬하세요</translation>
    </message>
    <message>
        <source>re-alignment would have dropped an approved bead; nothing changed</source>
        <translation>다시 정렬하면 승인된 쌍이 없어지므로 아무것도 바꾸지 않았습니다</translation>
    </message>
    <message>
        <source>unknown aligner {name}; choose one of: {names}</source>
        <translation>알 수 없는 정렬 방식: {name}. 다음 중에서 고르세요: {names}</translation>
    </message>
    <message>
        <source>has no sentences to align</source>
        <translation>정렬할 문장이 없습니다</translation>
    </message>
    <message>
        <source>is a folder; choose a file name</source>
        <translation>폴더입니다. 파일 이름을 지정하세요</translation>
    </message>
    <message>
        <source>cannot be written ({problem})</source>
        <translation>쓸 수 없습니다({problem})</translation>
    </message>
    <message>
        <source>is a project file (an SQLite database); write the output to another file</source>
        <translation>프로젝트 파일(SQLite 데이터베이스)입니다. 출력은 다른 파일에 쓰세요</translation>
    </message>
    <message>
        <source>cannot be written ({problem}); nothing was changed</source>
        <translation>쓸 수 없습니다({problem}). 아무것도 바뀌지 않았습니다</translation>
    </message>
    <message>
        <source>unknown export format {format} (choose {formats})</source>
        <translation>알 수 없는 내보내기 형식: {format}({formats} 중에서 고르세요)</translation>
    </message>
    <message>
        <source>give either --bilingual FILE or --src FILE --tgt FILE, not both</source>
        <translation>--bilingual FILE과 --src FILE --tgt FILE 중 하나만 지정하세요</translation>
    </message>
    <message>
        <source>give both --src FILE and --tgt FILE</source>
        <translation>--src FILE과 --tgt FILE을 모두 지정하세요</translation>
    </message>
    <message>
        <source>give --src FILE --tgt FILE, or --bilingual FILE</source>
        <translation>--src FILE --tgt FILE 또는 --bilingual FILE을 지정하세요</translation>
    </message>
    <message>
        <source>give either a bilingual file or two files, not both</source>
        <translation>이중 언어 파일 하나와 파일 두 개 중 한 가지만 지정하세요</translation>
    </message>
    <message>
        <source>give both the English and the Korean file</source>
        <translation>영어 파일과 한국어 파일을 모두 지정하세요</translation>
    </message>
    <message>
        <source>too many projects with this name</source>
        <translation>이 이름의 프로젝트가 너무 많습니다</translation>
    </message>
    <message>
        <source>{name} looks {language}</source>
        <translation>{name}: {language}로 보임</translation>
    </message>
    <message>
        <source>{name} has no words</source>
        <translation>{name}: 단어가 없음</translation>
    </message>
    <message>
        <source>language &apos;{code}&apos;</source>
        <translation>언어 &apos;{code}&apos;</translation>
    </message>
    <message>
        <source>{program} (process {pid} on {host})</source>
        <translation>{program}({host}의 프로세스 {pid})</translation>
    </message>
    <message>
        <source>{name} was opened for reading</source>
        <translation>{name} 파일을 읽기 전용으로 열었습니다</translation>
    </message>
    <message>
        <source>{name} {problem}</source>
        <translation>{name} 파일은 {problem}</translation>
    </message>
</context>
<context>
    <name>ReviewerWord</name>
    <message>
        <source>English</source>
        <translation>영어</translation>
    </message>
    <message>
        <source>Korean</source>
        <translation>한국어</translation>
    </message>
    <message>
        <source>Japanese</source>
        <translation>일본어</translation>
    </message>
    <message>
        <source>Chinese</source>
        <translation>중국어</translation>
    </message>
    <message>
        <source>French</source>
        <translation>프랑스어</translation>
    </message>
    <message>
        <source>German</source>
        <translation>독일어</translation>
    </message>
    <message>
        <source>Spanish</source>
        <translation>스페인어</translation>
    </message>
    <message>
        <source>no recognisable language</source>
        <translation>알아볼 수 있는 언어 없음</translation>
    </message>
    <message>
        <source>pasted text</source>
        <translation>붙여 넣은 텍스트</translation>
    </message>
    <message>
        <source>pasted English</source>
        <translation>붙여 넣은 영어 원문</translation>
    </message>
    <message>
        <source>pasted Korean</source>
        <translation>붙여 넣은 한국어 번역문</translation>
    </message>
    <message>
        <source>another process</source>
        <translation>다른 프로세스</translation>
    </message>
    <message>
        <source>the disk is full</source>
        <translation>디스크가 가득 참</translation>
    </message>
    <message>
        <source>the file size limit was reached</source>
        <translation>파일 크기 한도에 도달함</translation>
    </message>
</context>
<context>
    <name>ScoreFiller</name>
    <message>
        <source>Computing confidence</source>
        <translation>신뢰도 계산 중</translation>
    </message>
    <message>
        <source>Confidence not computed: %1</source>
        <translation>신뢰도를 계산하지 못함: %1</translation>
    </message>
</context>
<context>
    <name>SentenceEditor</name>
    <message>
        <source>— no counterpart —</source>
        <translation>— 대응 문장 없음 —</translation>
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
