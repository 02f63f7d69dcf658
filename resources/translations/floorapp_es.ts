<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
  <context>
    <name>AddField</name>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="233" />
      <source>Add to the list: type a few letters of a name, Enter</source>
      <translation>Inscribir: escriba unas letras del nombre y pulse Intro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="234" />
      <source>Group statement: who speaks? Then the group, Enter</source>
      <translation>Declaración de grupo: ¿quién habla? Luego el grupo, Intro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="337" />
      <source>Nobody was added: “{text}” matches no participant.</source>
      <translation>No se inscribió a nadie: «{text}» no corresponde a ningún participante.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="149" />
      <source>On behalf of (e.g. the African Group)</source>
      <translation>En nombre de (p. ej., el Grupo de los Estados de África)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="348" />
      <source>On behalf of which group? Type it and press Enter.</source>
      <translation>¿En nombre de qué grupo? Escríbalo y pulse Intro.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="237" />
      <source>Point of order: who raises it? Enter gives the floor at once</source>
      <translation>Cuestión de orden: ¿quién la plantea? Intro da la palabra de inmediato</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="354" />
      <source>Point of order: {name} has the floor.</source>
      <translation>Cuestión de orden: {name} tiene la palabra.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="235" />
      <source>Question to the panel: who asks? Enter</source>
      <translation>Pregunta a los panelistas: ¿quién pregunta? Intro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="236" />
      <source>Right of reply: who asks for it? Enter</source>
      <translation>Derecho de respuesta: ¿quién lo pide? Intro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="169" />
      <source>Statement</source>
      <translation>Declaración</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="318" />
      <source>Type a few letters of a name first.</source>
      <translation>Escriba primero unas letras del nombre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="357" />
      <source>{name} is inscribed, number {n} on the list.</source>
      <translation>{name} queda inscrito, número {n} de la lista.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="324" />
      <source>“{text}” could be {a} or {b}: choose with ↓ and Enter, or type more.</source>
      <translation>«{text}» puede ser {a} o {b}: elija con ↓ e Intro, o escriba más.</translation>
    </message>
  </context>
  <context>
    <name>AddParticipant</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="90" />
      <source>&amp;Category:</source>
      <translation>&amp;Categoría:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="56" />
      <source>A participant of this meeting who is not on the roster. The name in English is needed; names in the other languages are shown when the display is in that language.</source>
      <translation>Un participante en esta sesión que no figura en la lista de referencia. El nombre en inglés es obligatorio; los nombres en los demás idiomas se muestran cuando la pantalla está en ese idioma.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="51" />
      <source>Add a participant</source>
      <translation>Añadir un participante</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="vanished">Presidencia</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="135" />
      <source>Choose the kind of participant: the name does not tell.</source>
      <translation>Elija la categoría del participante: el nombre no la indica.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="83" />
      <source>Choose: what kind of participant?</source>
      <translation>Elija: ¿qué tipo de participante?</translation>
    </message>
    <message>
      <source>Civil society organization</source>
      <translation type="vanished">Organización de la sociedad civil</translation>
    </message>
    <message>
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation type="vanished">Observador intergubernamental (Unión Africana, CICR…)</translation>
    </message>
    <message>
      <source>Member State</source>
      <translation type="vanished">Estado Miembro</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation type="vanished">Moderador(a)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="76" />
      <source>Name in English (required):</source>
      <translation>Nombre en inglés (obligatorio):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="60" />
      <source>No participant on the roster matches “{name}”. Add it to this meeting?</source>
      <translation>Ningún participante de la lista de referencia coincide con «{name}». ¿Añadirlo a esta sesión?</translation>
    </message>
    <message>
      <source>Observer State</source>
      <translation type="vanished">Estado observador</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="vanished">Otro</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation type="vanished">Panelista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="154" />
      <source>The participant was not added.</source>
      <translation>No se añadió el participante.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="127" />
      <source>Type the name in English.</source>
      <translation>Escriba el nombre en inglés.</translation>
    </message>
    <message>
      <source>UN system entity</source>
      <translation type="vanished">Entidad del sistema de las Naciones Unidas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="131" />
      <source>“{name}” is already a participant ({english}): add it to the list by typing its name.</source>
      <translation>«{name}» ya es participante ({english}): inscríbalo escribiendo su nombre.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="37" />
      <source>&amp;New meeting from a programme…</source>
      <translation>&amp;Nueva sesión a partir de un programa…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="36" />
      <source>&amp;Open another meeting…</source>
      <translation>&amp;Abrir otra sesión…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="220" />
      <source>Connected to the meeting again; {n} actions caught up.</source>
      <translation>Reconectado a la sesión; se pusieron al día {n} acciones.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Keep the meeting in</source>
      <translation>Guardar la sesión en</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Meetings (*.floor)</source>
      <translation>Sesiones (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="63" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>Sesiones (*.floor);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="67" />
      <source>New meeting from a programme</source>
      <translation>Nueva sesión a partir de un programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="92" />
      <source>No such meeting</source>
      <translation>No existe esa sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="62" />
      <source>Open a meeting</source>
      <translation>Abrir una sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="94" />
      <source>Open an existing meeting, or create one from a programme file.</source>
      <translation>Abra una sesión existente o cree una a partir de un archivo de programa.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="68" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Programas (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="104" />
      <location filename="../../floorapp/gui/app.py" line="106" />
      <source>The meeting database cannot be used</source>
      <translation>No se puede usar la base de datos de la sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="83" />
      <source>The programme file cannot be read</source>
      <translation>No se puede leer el archivo de programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="81" />
      <source>The programme file has problems</source>
      <translation>El archivo de programa tiene problemas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="93" />
      <source>There is no meeting database at {path}.</source>
      <translation>No hay ninguna base de datos de sesión en {path}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="50" />
      <source>{n} problems in all; see the details.</source>
      <translation>
        <numerusform>{n} problema en total; vea los detalles.</numerusform>
        <numerusform>{n} problemas en total; vea los detalles.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Console</name>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="298" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="299" />
      <source>&amp;Stay</source>
      <translation>&amp;Quedarse</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/connection_banner.py" line="41" />
      <source>Connection to the meeting lost since {time} — retrying…</source>
      <translation>Se perdió la conexión con la sesión desde las {time}; reintentando…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>Ctrl+M turns the sound cues on.</source>
      <translation>Ctrl+M activa las señales sonoras.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="88" />
      <source>Ignored a second “next” within a second of the first.</source>
      <translation>Se ignoró un segundo «siguiente» a menos de un segundo del primero.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="60" />
      <source>Keep the meeting in</source>
      <translation>Guardar la sesión en</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="122" />
      <source>List of speakers</source>
      <translation>Lista de oradores</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="123" />
      <source>Log and notes</source>
      <translation>Registro y notas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="61" />
      <source>Meetings (*.floor)</source>
      <translation>Sesiones (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>Sesiones (*.floor);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/appearance.py" line="100" />
      <source>Names are shown in the new language; menus follow at the next start.</source>
      <translation>Los nombres se muestran en el nuevo idioma; los menús lo harán en el próximo inicio.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>New meeting from a programme</source>
      <translation>Nueva sesión a partir de un programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="72" />
      <source>No audio output.</source>
      <translation>No hay salida de audio.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="271" />
      <source>No export is available yet</source>
      <translation>Todavía no hay ninguna exportación disponible</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="155" />
      <source>Nobody is marked absent.</source>
      <translation>No hay nadie marcado como ausente.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="57" />
      <source>Not done: {reason}</source>
      <translation>No se hizo: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="295" />
      <source>Nothing is lost: the turn goes on in the meeting's record, and when the meeting is opened again the countdown shows the time as it then stands.</source>
      <translation>No se pierde nada: la intervención continúa en el registro de la sesión y, al volver a abrir la sesión, la cuenta atrás mostrará el tiempo tal como esté entonces.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Open a meeting</source>
      <translation>Abrir una sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="121" />
      <source>Programme</source>
      <translation>Programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Programas (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="286" />
      <source>Quit Floor?</source>
      <translation>¿Salir de Floor?</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="110" />
      <source>Redone.</source>
      <translation>Rehecho.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="130" />
      <source>Select a request in the list first (Ctrl+2, then the arrows).</source>
      <translation>Seleccione primero una solicitud en la lista (Ctrl+2 y luego las flechas).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues muted.</source>
      <translation>Señales sonoras silenciadas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues on.</source>
      <translation>Señales sonoras activadas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/live.py" line="52" />
      <source>The connection to the meeting is lost since {time}: nothing was done. Floor is reconnecting; try again when it is back.</source>
      <translation>Se perdió la conexión con la sesión desde las {time}: no se hizo nada. Floor se está reconectando; vuelva a intentarlo cuando regrese.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="95" />
      <source>The floor is given to {name}.</source>
      <translation>Se concede la palabra a {name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="64" />
      <source>The last action was not recorded.</source>
      <translation>No se registró la última acción.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="165" />
      <source>The list is open again.</source>
      <translation>La lista vuelve a estar abierta.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="164" />
      <source>The list of speakers is closed.</source>
      <translation>La lista de oradores está cerrada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="63" />
      <source>The meeting database failed</source>
      <translation>Falló la base de datos de la sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="76" />
      <source>The programme editor is not available.</source>
      <translation>El editor de programas no está disponible.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="147" />
      <source>The request is already at that end of the list.</source>
      <translation>La solicitud ya está en ese extremo de la lista.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="251" />
      <source>The speaker display is not available.</source>
      <translation>La pantalla de oradores no está disponible.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="105" />
      <source>Undone. Redo with Ctrl+Shift+Z.</source>
      <translation>Deshecho. Rehacer con Ctrl+Mayús+Z.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>cues muted</source>
      <translation>señales silenciadas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="78" />
      <source>no sound: cues are visual only</source>
      <translation>sin sonido: solo señales visuales</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="287" />
      <source>{name} has the floor.</source>
      <translation>{name} tiene la palabra.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="97" />
      <source>{name} was added; type the name to inscribe it.</source>
      <translation>Se añadió {name}; escriba el nombre para inscribirlo.</translation>
    </message>
  </context>
  <context>
    <name>Cues</name>
    <message>
      <location filename="../../floorapp/cues/check.py" line="164" />
      <source> (default)</source>
      <translation> (predeterminado)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="179" />
      <source>(The cues are muted in the app; the sound check plays them anyway.)</source>
      <translation>(Las señales están silenciadas en la aplicación; la prueba de sonido las reproduce igualmente.)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="122" />
      <source>Audio output</source>
      <translation>Salida de audio</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="65" />
      <source>Built-in</source>
      <translation>Integrado</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="63" />
      <source>Choose file…</source>
      <translation>Elegir archivo…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="125" />
      <source>Cues</source>
      <translation>Señales</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="190" />
      <source>Done: {n} cues played.</source>
      <translation>Hecho: {n} señales reproducidas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="174" />
      <source>Every cue is turned off in the settings: nothing to play.</source>
      <translation>Todas las señales están desactivadas en la configuración: no hay nada que reproducir.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="67" />
      <source>Go back to Floor's own sound for this cue.</source>
      <translation>Volver al sonido propio de Floor para esta señal.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="100" />
      <source>Mute sound cues</source>
      <translation>Silenciar las señales sonoras</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="167" />
      <source>No audio output was found.</source>
      <translation>No se encontró ninguna salida de audio.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="164" />
      <source>No audio output was found: cues are visual only.</source>
      <translation>No se encontró ninguna salida de audio: las señales son solo visuales.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="189" />
      <source>Not played (turned off): {cue}</source>
      <translation>No reproducida (desactivada): {cue}</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>Overrun reminder</source>
      <translation>Recordatorio de exceso</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="104" />
      <source>Play every cue that is on, in order, to test the room's sound.</source>
      <translation>Reproducir en orden cada señal activada, para probar el sonido de la sala.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="181" />
      <location filename="../../floorapp/cues/settings_widget.py" line="279" />
      <source>Playing: {cue} ({file})</source>
      <translation>Reproduciendo: {cue} ({file})</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>Point of order</source>
      <translation>Cuestión de orden</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="68" />
      <source>Preview</source>
      <translation>Escuchar</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="122" />
      <source>Qt Multimedia cannot be loaded ({error}): cues are visual only. On Linux it needs the libpulse0 package.</source>
      <translation>No se puede cargar Qt Multimedia ({error}): las señales son solo visuales. En Linux requiere el paquete libpulse0.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="240" />
      <source>Reading {file}…</source>
      <translation>Leyendo {file}…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="55" />
      <source>Repeated at the reminder interval while a speaker is over time.</source>
      <translation>Se repite al intervalo de recordatorio mientras un orador excede su tiempo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="54" />
      <source>Sound &amp;cues…</source>
      <translation>Señales &amp;sonoras…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="102" />
      <location filename="../../floorapp/cues/settings_widget.py" line="283" />
      <source>Sound check</source>
      <translation>Prueba de sonido</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="284" />
      <source>Sound check done: {n} cues played.</source>
      <translation>Prueba de sonido terminada: {n} señales reproducidas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="177" />
      <source>Sound check on {output}:</source>
      <translation>Prueba de sonido en {output}:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="88" />
      <location filename="../../floorapp/gui/cues_hook.py" line="50" />
      <source>Sound cues</source>
      <translation>Señales sonoras</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="232" />
      <source>Sound for “{cue}”</source>
      <translation>Sonido de «{cue}»</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="47" />
      <source>Sounds (*.wav *.mp3 *.ogg *.flac);;All files (*)</source>
      <translation>Sonidos (*.wav *.mp3 *.ogg *.flac);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="274" />
      <source>Stop sound check</source>
      <translation>Detener la prueba de sonido</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="170" />
      <source>System default</source>
      <translation>Predeterminado del sistema</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="71" />
      <source>The audio output “{name}” was not found; the cues play on {fallback}.</source>
      <translation>No se encontró la salida de audio «{name}»; las señales se reproducen en {fallback}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>Time is up</source>
      <translation>Tiempo agotado</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="123" />
      <source>Volume</source>
      <translation>Volumen</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>Warning</source>
      <translation>Aviso</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="58" />
      <source>When a point of order takes the floor.</source>
      <translation>Cuando se toma la palabra para una cuestión de orden.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="53" />
      <source>When the speaker's time is up.</source>
      <translation>Cuando se agota el tiempo del orador.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="51" />
      <source>When the warning time is reached (e.g. 30 s left).</source>
      <translation>Cuando se alcanza el tiempo de aviso (p. ej., quedan 30 s).</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="186" />
      <source>built-in sound</source>
      <translation>sonido integrado</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>overrun reminder</source>
      <translation>recordatorio de exceso</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>point of order</source>
      <translation>cuestión de orden</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>time is up</source>
      <translation>tiempo agotado</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>warning</source>
      <translation>aviso</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="217" />
      <source>{file}: the sound for “{cue}” cannot be played.</source>
      <translation>{file}: no se puede reproducir el sonido de «{cue}».</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="222" />
      <source>{file}: the sound for “{cue}” cannot be played; the previous sound is kept.</source>
      <translation>{file}: no se puede reproducir el sonido de «{cue}»; se mantiene el anterior.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="175" />
      <source>{name} (not connected)</source>
      <translation>{name} (no conectado)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="181" />
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="248" />
      <source>“{cue}” now plays {file}.</source>
      <translation>«{cue}» reproduce ahora {file}.</translation>
    </message>
  </context>
  <context>
    <name>CurrentView</name>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="113" />
      <source>Ctrl+N gives the floor</source>
      <translation>Ctrl+N concede la palabra</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="172" />
      <source>Limit {limit}</source>
      <translation>Límite {limit}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="166" />
      <source>Limit {limit}, extended by {ext}</source>
      <translation>Límite {limit}, prolongado en {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="169" />
      <source>Limit {limit}, shortened by {ext}</source>
      <translation>Límite {limit}, reducido en {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="110" />
      <source>Next: {name}</source>
      <translation>Siguiente: {name}</translation>
    </message>
    <message>
      <source>Nobody has the floor</source>
      <translation type="vanished">Nadie tiene la palabra</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="112" />
      <source>Nobody is waiting</source>
      <translation>Nadie espera</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="175" />
      <source>Space or Ctrl+Space resumes</source>
      <translation>Espacio o Ctrl+Espacio para reanudar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="114" />
      <source>Type a name to inscribe it (Ctrl+L)</source>
      <translation>Escriba un nombre para inscribirlo (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="121" />
      <source>interrupting {name} (their time is paused)</source>
      <translation>interrumpe a {name} (su tiempo está en pausa)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="173" />
      <source>spoken {t}</source>
      <translation>hablado {t}</translation>
    </message>
    <message>
      <source>{sign}{ext} extension</source>
      <translation type="vanished">prórroga {sign}{ext}</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message>
      <location filename="../../floorapp/gui/durations.py" line="79" />
      <source>Minutes and seconds, as 3:00; the arrows step by 15 seconds.</source>
      <translation>Minutos y segundos, como 3:00; las flechas avanzan de 15 en 15 segundos.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="21" />
      <source>Attributed record (PDF)</source>
      <translation>Registro nominal (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="20" />
      <source>Attributed record (Word)</source>
      <translation>Registro nominal (Word)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="169" />
      <location filename="../../floorapp/gui/export_worker.py" line="152" />
      <source>Export failed</source>
      <translation>Falló la exportación</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="135" />
      <source>Export to</source>
      <translation>Exportar a</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="164" />
      <source>Exported to {path}</source>
      <translation>Exportado a {path}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="144" />
      <source>Exporting…</source>
      <translation>Exportando…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="39" />
      <source>Language:</source>
      <translation>Idioma:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="25" />
      <source>List of speakers (PDF)</source>
      <translation>Lista de oradores (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="22" />
      <source>Log (CSV spreadsheet)</source>
      <translation>Registro (hoja de cálculo CSV)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="23" />
      <source>Log (JSON)</source>
      <translation>Registro (JSON)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="24" />
      <source>Log (Markdown)</source>
      <translation>Registro (Markdown)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="19" />
      <source>President's Summary (PDF)</source>
      <translation>Resumen de la Presidencia (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="18" />
      <source>President's Summary (Word)</source>
      <translation>Resumen de la Presidencia (Word)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="49" />
      <source>Segment:</source>
      <translation>Parte:</translation>
    </message>
  </context>
  <context>
    <name>HelpOverlay</name>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>Enter</source>
      <translation>Intro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="55" />
      <source>Esc or F1 closes this panel.</source>
      <translation>Esc o F1 cierra este panel.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="33" />
      <source>In the add field: move in the list</source>
      <translation>En el campo de añadir: moverse por la lista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="32" />
      <source>In the add field: on behalf of…</source>
      <translation>En el campo de añadir: en nombre de…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="30" />
      <source>In the add field: {kind}</source>
      <translation>En el campo de añadir: {kind}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>In the log: write notes on the intervention</source>
      <translation>En el registro: escribir notas sobre la intervención</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="37" />
      <source>In the notes: add the note</source>
      <translation>En las notas: añadir la nota</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <source>In the programme: open the segment</source>
      <translation>En el programa: abrir la parte</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="54" />
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="146" />
      <source>&amp;Accept: create the meeting…</source>
      <translation>&amp;Aceptar: crear la sesión…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="87" />
      <source>&amp;Change the text</source>
      <translation>&amp;Cambiar el texto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="81" />
      <source>&amp;Open a file…</source>
      <translation>&amp;Abrir un archivo…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="84" />
      <source>&amp;Propose</source>
      <translation>&amp;Proponer</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="117" />
      <source>&amp;Remove the selected row</source>
      <translation>&amp;Quitar la fila seleccionada</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="149" />
      <source>&amp;Save as a programme file…</source>
      <translation>&amp;Guardar como archivo de programa…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="87" />
      <source>(not in the text)</source>
      <translation>(no está en el texto)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="125" />
      <source>A programme needs at least one segment.</source>
      <translation>El programa necesita al menos una parte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Chair</source>
      <translation>Presidencia</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="228" />
      <source>Change the text, then press Propose again.</source>
      <translation>Cambie el texto y vuelva a pulsar «Proponer».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="112" />
      <source>Changed by you</source>
      <translation>Modificado por usted</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="188" />
      <source>Click a field to see where it came from. Rows marked ⚠ were guessed: check them. Double-click a value to change it. Nothing is saved until you accept.</source>
      <translation>Haga clic en un campo para ver de dónde procede. Las filas marcadas con ⚠ se han deducido: compruébelas. Haga doble clic en un valor para cambiarlo. No se guarda nada hasta que acepte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="196" />
      <source>Concept notes (*.txt *.docx *.pdf);;All files (*)</source>
      <translation>Notas conceptuales (*.txt *.docx *.pdf);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="41" />
      <source>Date</source>
      <translation>Fecha</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="53" />
      <source>End</source>
      <translation>Fin</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="253" />
      <source>Every dated or timed part of the text is in the programme.</source>
      <translation>Todas las partes del texto con fecha u hora están en el programa.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Field</source>
      <translation>Campo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>From</source>
      <translation>Origen</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="40" />
      <source>Keep the meeting in</source>
      <translation>Guardar la sesión en</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Keynote speaker</source>
      <translation>Orador principal</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="56" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="47" />
      <source>Limit: {who}</source>
      <translation>Límite: {who}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="39" />
      <source>Meeting</source>
      <translation>Sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="41" />
      <source>Meetings (*.floor)</source>
      <translation>Sesiones (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Moderator</source>
      <translation>Moderación</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="50" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="74" />
      <source>New meeting from a concept note</source>
      <translation>Nueva sesión a partir de una nota conceptual</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="125" />
      <source>Not in the programme (check these parts of the text):</source>
      <translation>No está en el programa (compruebe estas partes del texto):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="52" />
      <source>Nothing was proposed yet.</source>
      <translation>Todavía no se ha propuesto nada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="195" />
      <source>Open a concept note</source>
      <translation>Abrir una nota conceptual</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Panellist</source>
      <translation>Panelista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="213" />
      <source>Paste the concept note first.</source>
      <translation>Pegue primero la nota conceptual.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="97" />
      <source>Paste the concept note here.</source>
      <translation>Pegue aquí la nota conceptual.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="78" />
      <source>Paste the concept note or programme below, or open a file (.txt, .docx, .pdf), then press Propose.</source>
      <translation>Pegue abajo la nota conceptual o el programa, o abra un archivo (.txt, .docx, .pdf), y pulse «Proponer».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="346" />
      <source>Programmes (*.toml)</source>
      <translation>Programas (*.toml)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Proposed value</source>
      <translation>Valor propuesto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="345" />
      <source>Save the programme</source>
      <translation>Guardar el programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="50" />
      <source>Segment {n}</source>
      <translation>Parte {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="68" />
      <source>Speaker</source>
      <translation>Orador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="51" />
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="51" />
      <source>The programme could not be saved in {path}: {why}</source>
      <translation>No se pudo guardar el programa en {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="62" />
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="304" />
      <source>This field cannot be removed; change its value instead.</source>
      <translation>Este campo no se puede quitar; cambie su valor en su lugar.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="44" />
      <source>Time zone</source>
      <translation>Huso horario</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="40" />
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="55" />
      <source>Title</source>
      <translation>Título</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="97" />
      <source>Unsure: {why}</source>
      <translation>Dudoso: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="43" />
      <source>Venue</source>
      <translation>Lugar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="86" />
      <source>line {n}</source>
      <translation>línea {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="245" />
      <source>line {n}: {text} — {why}</source>
      <translation>línea {n}: {text} — {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="216" />
      <source>the pasted text</source>
      <translation>el texto pegado</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="322" />
      <source>the programme</source>
      <translation>el programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="111" />
      <source>{where}: the kind is one of: {kinds}</source>
      <translation>{where}: el tipo es uno de: {kinds}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="88" />
      <source>{where}: write minutes:seconds, such as 3:00</source>
      <translation>{where}: escriba minutos:segundos, como 3:00</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="81" />
      <source>{where}: “{v}” is not a date; write it as 2012-04-03</source>
      <translation>{where}: «{v}» no es una fecha; escríbala como 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="99" />
      <source>{where}: “{v}” is not a time; write it as HH:MM on the 24-hour clock</source>
      <translation>{where}: «{v}» no es una hora; escríbala como HH:MM en formato de 24 horas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="332" />
      <source>… and {n} more</source>
      <translation>… y {n} más</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="60" />
      <source>a 24-hour time was also marked am/pm</source>
      <translation>una hora en formato de 24 horas llevaba también am/pm</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="29" />
      <source>a cell of a grid under no time</source>
      <translation>una celda de cuadro sin hora</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="30" />
      <source>a deadline</source>
      <translation>un plazo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="87" />
      <source>a note in brackets about another day</source>
      <translation>una nota entre paréntesis sobre otro día</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="46" />
      <source>a note on the hours (interpretation, webcast), not an item</source>
      <translation>una nota sobre el horario (interpretación, transmisión web), no un punto del programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="83" />
      <source>a part whose items are listed inside it</source>
      <translation>una parte cuyos puntos se enumeran dentro de ella</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="36" />
      <source>a place named in the text</source>
      <translation>un lugar mencionado en el texto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="31" />
      <source>a point in time among timed segments, not a segment</source>
      <translation>una hora suelta entre segmentos con horario, no un segmento</translation>
    </message>
    <message>
      <source>a point in time at the same time as the next</source>
      <translation type="vanished">una hora suelta igual a la siguiente</translation>
    </message>
    <message>
      <source>a room named in the text</source>
      <translation type="vanished">una sala mencionada en el texto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="55" />
      <source>a theme named before any segment</source>
      <translation>un tema mencionado antes de cualquier segmento</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="39" />
      <source>a time alone, not a segment</source>
      <translation>una hora sola, no un segmento</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="76" />
      <source>a time in a sentence</source>
      <translation>una hora en una frase</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="75" />
      <source>a time in prose</source>
      <translation>una hora mencionada en el texto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="38" />
      <source>a time with no title after it (a column heading?)</source>
      <translation>una hora sin título detrás (¿un encabezado de columna?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="34" />
      <source>at the same time as the item above: kept in its description</source>
      <translation>a la misma hora que el punto anterior: se conserva en su descripción</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="105" />
      <source>at the same time as “{title}” (a parallel meeting)</source>
      <translation>a la misma hora que «{title}» (una reunión paralela)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="40" />
      <source>cut from themes run together on one line</source>
      <translation>separado de temas escritos seguidos en una línea</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="162" />
      <source>day {n}</source>
      <translation>día {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="41" />
      <source>end not written</source>
      <translation>fin no indicada</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="43" />
      <source>end not written: taken from its duration</source>
      <translation>fin no indicado: deducido de su duración</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="42" />
      <source>end not written: taken from the next item</source>
      <translation>fin no indicada: tomada del punto siguiente</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="79" />
      <source>from the meeting's hours in prose</source>
      <translation>según el horario de la reunión indicado en el texto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="102" />
      <source>from “{city}” in the text</source>
      <translation>según «{city}» en el texto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="115" />
      <source>left out {n} image(s) and link(s) to a talk's material (“Video”, “Slides”) in {name}</source>
      <translation>se omitieron {n} imagen(es) y enlace(s) al material de una intervención («Vídeo», «Diapositivas») en {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="49" />
      <source>listed without a label or an honorific: taken as a speaker</source>
      <translation>mencionado sin etiqueta ni tratamiento: se toma como orador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="51" />
      <source>listed without a label: taken as a speaker</source>
      <translation>mencionado sin rótulo: tomado como orador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="48" />
      <source>listed without a label: taken as panellist</source>
      <translation>mencionado sin rótulo: tomado como panelista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="52" />
      <source>marked as to be confirmed</source>
      <translation>indicado «por confirmar»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="35" />
      <source>marks the start of the item below: kept in its description</source>
      <translation>marca el comienzo del punto siguiente: se conserva en su descripción</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="50" />
      <source>named after a role: check the name</source>
      <translation>mencionado después de su cargo: compruebe el nombre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="54" />
      <source>named before any segment</source>
      <translation>mencionado antes de cualquier segmento</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="85" />
      <source>named before the segments: taken for the first</source>
      <translation>mencionado antes de los segmentos: asignado al primero</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="47" />
      <source>named in brackets in the title: taken as speaker</source>
      <translation>nombrado entre paréntesis en el título: tomado como orador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="56" />
      <source>no am/pm: read as afternoon</source>
      <translation>sin am/pm: leído como de la tarde</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="57" />
      <source>no am/pm: read as morning, before the day's first item</source>
      <translation>sin am/pm: leído como de la mañana, antes del primer punto del día</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="58" />
      <source>no am/pm: the end was read as afternoon</source>
      <translation>sin am/pm: el final se leyó como de la tarde</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="61" />
      <source>no announced title: a heading was taken</source>
      <translation>no hay título anunciado: se tomó un encabezado</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="62" />
      <source>no city found: New York assumed</source>
      <translation>no se encontró ciudad: se supone Nueva York</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="63" />
      <source>no date found: today's date was put in its place</source>
      <translation>no se encontró fecha: se puso la de hoy</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="84" />
      <source>no heading names the meeting: taken from a sentence</source>
      <translation>ningún encabezado nombra la reunión: tomado de una frase</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="64" />
      <source>no honorific (Mr., Ms., H.E. …): check this is a person</source>
      <translation>sin tratamiento (Sr., Sra., Excmo. …): compruebe que es una persona</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="65" />
      <source>no segments found: the meeting's title</source>
      <translation>no se encontraron segmentos: el título de la sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="66" />
      <source>no times in the text: placeholder, set the real times</source>
      <translation>no hay horas en el texto: valor provisional, indique las horas reales</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="67" />
      <source>no title found</source>
      <translation>no se encontró título</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="37" />
      <source>no title of its own: the next range's title</source>
      <translation>sin título propio: el del intervalo siguiente</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="68" />
      <source>no venue found</source>
      <translation>no se encontró lugar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="103" />
      <source>on another day ({day}): a programme holds one day</source>
      <translation>otro día ({day}): un programa abarca un solo día</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="92" />
      <source>read line by line: the programme's layout was not recognised</source>
      <translation>leído línea por línea: no se reconoció la disposición del programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="114" />
      <source>read {n} Markdown link(s) in {name} as their words</source>
      <translation>se leyeron {n} enlace(s) Markdown de {name} como sus palabras</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="112" />
      <source>read {n} character(s) between two times as dashes (broken encoding)</source>
      <translation>se leyeron {n} carácter(es) entre dos horas como guiones (codificación dañada)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="109" />
      <source>read {n} run(s) of doubled letters in {name} once (a PDF's bold text drawn twice, such as “FFrriiddaayy”)</source>
      <translation>se leyeron una sola vez {n} serie(s) de letras duplicadas en {name} (texto en negrita de un PDF dibujado dos veces, como «FFrriiddaayy»)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="53" />
      <source>reads like a place, not an item: check the title</source>
      <translation>parece un lugar, no un punto: compruebe el título</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="44" />
      <source>reckoned from the lengths written after the items</source>
      <translation>calculado a partir de las duraciones escritas tras los puntos</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="126" />
      <source>removed the e-mail quote marks (“&gt;”) at the start of {n} line(s) of {name}</source>
      <translation>se quitaron las marcas de cita de correo electrónico («&gt;») al comienzo de {n} línea(s) de {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="111" />
      <source>removed {n} HTML tags from {name}, keeping the words they marked</source>
      <translation>se quitaron {n} etiquetas HTML de {name}, conservando las palabras que marcaban</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="123" />
      <source>repaired broken encoding in {name} ({n} garbled sequences such as “{sample}”)</source>
      <translation>codificación dañada reparada en {name} ({n} secuencias ilegibles como «{sample}»)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="93" />
      <source>several places named: the first was taken</source>
      <translation>se nombran varios lugares: se tomó el primero</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="69" />
      <source>taken from the “Theme” line</source>
      <translation>tomado de la línea «Tema»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="32" />
      <source>the end of the meeting above, not an item</source>
      <translation>el final de la sesión anterior, no un punto del programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="59" />
      <source>the end was read as afternoon</source>
      <translation>el final se leyó como de la tarde</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="70" />
      <source>the first date in the text; check it is the meeting's</source>
      <translation>la primera fecha del texto; compruebe que es la de la sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="94" />
      <source>the first reading's only segment; the programme was read line by line instead</source>
      <translation>el único segmento de la primera lectura; el programa se leyó línea por línea en su lugar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="33" />
      <source>the format told in a sentence: the programme below gives the items</source>
      <translation>el formato descrito en una frase: el programa de abajo da los puntos</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="71" />
      <source>the last point in time: its end is not written</source>
      <translation>la última hora suelta: su fin no está indicado</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="88" />
      <source>the meeting's hours and place, not an item</source>
      <translation>el horario y el lugar de la reunión, no un punto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="80" />
      <source>the meeting's hours in prose: check the title</source>
      <translation>horario de la reunión indicado en el texto: compruebe el título</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="72" />
      <source>the meeting's hours: no segments were found</source>
      <translation>el horario de la sesión: no se encontraron segmentos</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="82" />
      <source>the meeting's hours: the segments below fall within them</source>
      <translation>horario de la reunión: los segmentos siguientes están dentro de él</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="73" />
      <source>the meeting's title: no segments were found</source>
      <translation>el título de la sesión: no se encontraron segmentos</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="81" />
      <source>the paragraph's label: check the title</source>
      <translation>rótulo del párrafo: compruebe el título</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="86" />
      <source>the same times on another clock</source>
      <translation>las mismas horas en otro huso horario</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="104" />
      <source>the times start again: another day</source>
      <translation>las horas vuelven a empezar: otro día</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="77" />
      <source>the title below the names under a label</source>
      <translation>el título debajo de los nombres que siguen a una etiqueta</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="74" />
      <source>the title of the only segment</source>
      <translation>el título del único segmento</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="97" />
      <source>the year is not written with the date</source>
      <translation>el año no figura con la fecha</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="98" />
      <source>the year is not written with the day</source>
      <translation>el año no figura con el día</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="99" />
      <source>times from the grid's column heading</source>
      <translation>horas tomadas del encabezado de columna del cuadro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="100" />
      <source>times side by side: the columns of a grid (parallel meetings?)</source>
      <translation>horas una al lado de otra: las columnas de un cuadro (¿reuniones paralelas?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="89" />
      <source>times written in {zone}: check the meeting's time zone</source>
      <translation>horas escritas en {zone}: compruebe el huso horario de la reunión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="78" />
      <source>told in a sentence: check the title</source>
      <translation>dicho en una frase: compruebe el título</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="101" />
      <source>who the limit is for is not said: taken for delegations</source>
      <translation>no se dice a quién se aplica el límite: se toma para las delegaciones</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="45" />
      <source>written to start before the item above ends: started where it ends</source>
      <translation>indicado para empezar antes de que termine el punto anterior: empieza cuando este termina</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="131" />
      <source>{name} has broken encoding that cannot be repaired ({n} {what}); the original characters are lost. Copy the text again from the original document (or save it as UTF-8) and import that.</source>
      <translation>{name} tiene una codificación dañada que no se puede reparar ({n} {what}); los caracteres originales se han perdido. Vuelva a copiar el texto del documento original (o guárdelo en UTF-8) e impórtelo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="107" />
      <source>{name} is a PDF without a text layer (a scan?): copy the text from the original document instead.</source>
      <translation>{name} es un PDF sin capa de texto (¿un escaneo?): copie el texto del documento original.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="106" />
      <source>{name} is not UTF-8 (byte {byte} at offset {at}); read it as Windows-1252</source>
      <translation>{name} no está en UTF-8 (byte {byte} en la posición {at}); se leyó como Windows-1252</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="113" />
      <source>{name} still has {n} unreadable character(s); check names and titles near them</source>
      <translation>{name} aún tiene {n} carácter(es) ilegible(s); revise los nombres y títulos cercanos</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="95" />
      <source>“12 a.m.” at the end of a morning: read as noon</source>
      <translation>«12 a.m.» al final de una mañana: leído como mediodía</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="91" />
      <source>“am” after 12: read as noon</source>
      <translation>«am» después de las 12: leído como mediodía</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="90" />
      <source>“am” after a range from noon: read as afternoon</source>
      <translation>«am» tras un intervalo que empieza a mediodía: se lee como tarde</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="96" />
      <source>“am” after a start in the afternoon: read as pm</source>
      <translation>«am» tras un inicio por la tarde: se lee como pm</translation>
    </message>
  </context>
  <context>
    <name>LogModel</name>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>#</source>
      <translation>N.º</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Kind</source>
      <translation>Tipo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="65" />
      <source>Notes</source>
      <translation>Notas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Over</source>
      <translation>Exceso</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Speaker</source>
      <translation>Orador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Spoken</source>
      <translation>Duración</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Start</source>
      <translation>Inicio</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="236" />
      <source>paused</source>
      <translation>en pausa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="237" />
      <source>speaking</source>
      <translation>en el uso de la palabra</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="46" />
      <source>&amp;Export</source>
      <translation>&amp;Exportar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="72" />
      <source>Console &amp;language</source>
      <translation>&amp;Idioma de la consola</translation>
    </message>
    <message>
      <source>Display &amp;language</source>
      <translation type="vanished">&amp;Idioma de visualización</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="37" />
      <source>Open &amp;recent</source>
      <translation>Sesiones &amp;recientes</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <source />
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="205" />
      <source> (column {column})</source>
      <translation> (columna {column})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="310" />
      <source> (did you mean "{zone}"?)</source>
      <translation> (¿quiso decir "{zone}"?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="117" />
      <location filename="../../floorapp/core/programme/values.py" line="98" />
      <source> (did you mean '{word}'?)</source>
      <translation> (¿quiso decir '{word}'?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="47" />
      <source> (first on line {line})</source>
      <translation> (la primera vez en la línea {line})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="48" />
      <source> (line {line})</source>
      <translation> (línea {line})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="102" />
      <source>'panellists' of {segment} must be a list of [[segments.panellists]] tables or names, not {found}</source>
      <translation>'panellists' de {segment} debe ser una lista de tablas [[segments.panellists]] o de nombres, no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="144" />
      <source>'segments' must be [[segments]] tables, not {found}</source>
      <translation>'segments' deben ser tablas [[segments]], no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="115" />
      <source>'themes' of {segment} must be a list of [[segments.themes]] tables, not {found}</source>
      <translation>'themes' de {segment} debe ser una lista de tablas [[segments.themes]], no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="152" />
      <source>'{code}' is not a currency code: use three letters such as USD or EUR.</source>
      <translation>'{code}' no es un código de moneda: use tres letras, como USD o EUR.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="192" />
      <source>'{id}' is not a participant of this meeting.</source>
      <translation>'{id}' no es participante de esta sesión.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/checks.py" line="103" />
      <source>'{key}' has {n} names but 'organisers' has {total}: give one translation for each organiser, in the same order ("" for one not translated)</source>
      <translation>
        <numerusform>'{key}' tiene {n} nombre pero 'organisers' tiene {total}: dé una traducción por organizador, en el mismo orden ("" para uno sin traducir)</numerusform>
        <numerusform>'{key}' tiene {n} nombres pero 'organisers' tiene {total}: dé una traducción por organizador, en el mismo orden ("" para uno sin traducir)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="193" />
      <source>'{key}' is given twice{where}; keep one</source>
      <translation>'{key}' aparece dos veces{where}; deje uno</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="95" />
      <source>'{key}' is in the programme's own language (language = "{language}"): those names belong in 'organisers'</source>
      <translation>'{key}' está en el idioma del propio programa (language = "{language}"): esos nombres van en 'organisers'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="132" />
      <source>'{key}' of {owner} is in the programme's own language (language = "{language}"): that text belongs in '{base}'; remove '{key}', or change 'language'</source>
      <translation>'{key}' de {owner} está en el idioma del propio programa (language = "{language}"): ese texto va en '{base}'; quite '{key}' o cambie 'language'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="161" />
      <source>'{key}' of {owner}: {reason}</source>
      <translation>'{key}' de {owner}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="146" />
      <source>'{kind}' is not a kind of announcement; use one of {kinds}.</source>
      <translation>“{kind}” no es un tipo de anuncio; utilice uno de los siguientes: {kinds}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="212" />
      <source>'{kind}' is not a kind of request.</source>
      <translation>'{kind}' no es un tipo de solicitud.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="70" />
      <source>'{text}' could be {names}. Type more of the name.</source>
      <translation>'{text}' puede ser {names}. Escriba más del nombre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="171" />
      <source>'{value}' is not a date and time.</source>
      <translation>'{value}' no es una fecha y hora.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="211" />
      <source>; each line must be key = value, a [table] header or a # comment (see docs/programme-format.md)</source>
      <translation>; cada línea debe ser key = value, un encabezado [table] o un comentario # (véase docs/programme-format.md)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="164" />
      <source>; text goes in double quotes: {key} = "{value}"</source>
      <translation>; el texto va entre comillas dobles: {key} = "{value}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="208" />
      <source>; text in "quotes" must end on the same line (use """ for text of several lines)</source>
      <translation>; el texto entre "comillas" debe terminar en la misma línea (use """ para texto de varias líneas)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="214" />
      <source>; the string or bracket opened on this line is never closed</source>
      <translation>; la cadena o el corchete abierto en esta línea nunca se cierra</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="160" />
      <source>; times go in quotes, on the 24-hour clock: {key} = "HH:MM"</source>
      <translation>; las horas van entre comillas, en formato de 24 horas: {key} = "HH:MM"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="162" />
      <source>; write the date as YYYY-MM-DD with a real month and day, e.g. 2012-04-03</source>
      <translation>; escriba la fecha como AAAA-MM-DD con un mes y un día reales, p. ej., 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="155" />
      <source>A currency needs an amount.</source>
      <translation>Una moneda necesita un importe.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="56" />
      <location filename="../../floorapp/core/commands.py" line="213" />
      <source>A group statement needs the name of the group it is made on behalf of.</source>
      <translation>Una declaración en nombre de un grupo necesita el nombre de ese grupo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="48" />
      <source>A new participant needs a name.</source>
      <translation>Un nuevo participante necesita un nombre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="66" />
      <source>A note needs some text or a theme.</source>
      <translation>Una nota necesita texto o un tema.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="60" />
      <source>A paragraph of the synthesis is at most {n} characters.</source>
      <translation>Un párrafo de la síntesis tiene como máximo {n} caracteres.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="159" />
      <source>A pledge or a personal gift needs an amount.</source>
      <translation>Una promesa de contribución o una donación personal necesita un importe.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="205" />
      <source>A point of order is being heard: end it before giving the floor to anyone else.</source>
      <translation>Se está atendiendo una cuestión de orden: termínela antes de conceder la palabra a otra persona.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="81" />
      <source>A speaking limit must be between 1 second and 2 hours, or 0 for no limit.</source>
      <translation>Un tiempo de intervención debe estar entre 1 segundo y 2 horas, o 0 para ningún límite.</translation>
    </message>
    <message>
      <source>A speaking limit must be between 1 second and 2 hours.</source>
      <translation type="vanished">Un tiempo de intervención debe estar entre 1 segundo y 2 horas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="132" />
      <source>An amount cannot be negative.</source>
      <translation>Un importe no puede ser negativo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="124" />
      <source>An amount is a number.</source>
      <translation>Un importe es un número.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="157" />
      <source>An announcement needs some text or an amount.</source>
      <translation>Un anuncio necesita texto o un importe.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="264" />
      <source>An extension must be a non-zero number of seconds, at most 2 hours.</source>
      <translation>Una prórroga debe ser un número de segundos distinto de cero, como máximo 2 horas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="195" />
      <source>An intervention needs a speaker.</source>
      <translation>Una intervención necesita un orador.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="186" />
      <source>Cannot correct {fields}.</source>
      <translation>No se puede corregir {fields}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="66" />
      <source>Cannot reach the meeting database {where}: {reason}</source>
      <translation>No se puede acceder a la base de datos de la sesión {where}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="98" />
      <source>No name was typed. Type a few letters of a name.</source>
      <translation>No se escribió ningún nombre. Escriba unas letras de un nombre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="99" />
      <source>No participant matches '{text}'. Add them to the meeting as a new participant.</source>
      <translation>Ningún participante coincide con '{text}'. Añádalo a la sesión como nuevo participante.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="116" />
      <source>No record field to set.</source>
      <translation>No hay ningún campo del registro que fijar.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="25" />
      <source>No segment is open: open a segment of the programme first.</source>
      <translation>No hay ninguna parte abierta: abra primero una parte del programa.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="47" />
      <source>Nobody has the floor.</source>
      <translation>Nadie tiene la palabra.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="71" />
      <source>Nothing to change.</source>
      <translation>No hay nada que cambiar.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="188" />
      <source>Nothing to correct.</source>
      <translation>No hay nada que corregir.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="291" />
      <source>Nothing to redo.</source>
      <translation>No hay nada que rehacer.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="284" />
      <source>Nothing to undo.</source>
      <translation>No hay nada que deshacer.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="104" />
      <source>Only a request waiting on the list can be moved: recall it first.</source>
      <translation>Solo se puede mover una solicitud que espera en la lista: vuelva a llamarla primero.</translation>
    </message>
    <message>
      <source>Segment '{id}' is already open.</source>
      <translation type="vanished">La parte '{id}' ya está abierta.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="39" />
      <source>Someone still has the floor: end that intervention first.</source>
      <translation>Alguien tiene todavía la palabra: termine antes esa intervención.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="130" />
      <location filename="../../floorapp/core/record_commands.py" line="128" />
      <source>That amount is too large.</source>
      <translation>Ese importe es demasiado grande.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="229" />
      <source>That request is on the list of another segment.</source>
      <translation>Esa solicitud está en la lista de otra parte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="153" />
      <source>The database {where} already has tables; use an empty database.</source>
      <translation>La base de datos {where} ya tiene tablas; use una base de datos vacía.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="207" />
      <source>The end must come after the start.</source>
      <translation>El final debe ser posterior al comienzo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="175" />
      <source>The end time needs a date, a time and a time zone.</source>
      <translation>La hora de fin necesita una fecha, una hora y un huso horario.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="61" />
      <source>The file {where} is damaged or is not a database ({reason}). It was left untouched; restore it from a backup or open another meeting.</source>
      <translation>El archivo {where} está dañado o no es una base de datos ({reason}). No se modificó; restáurelo desde una copia de seguridad o abra otra sesión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="198" />
      <source>The intervention is still going on; end it first.</source>
      <translation>La intervención sigue en curso; termínela primero.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="145" />
      <source>The list is already closed.</source>
      <translation>La lista ya está cerrada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="154" />
      <source>The list is open.</source>
      <translation>La lista está abierta.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="59" />
      <source>The list of speakers is closed: {name} cannot be inscribed.</source>
      <translation>La lista de oradores está cerrada: no se puede inscribir a {name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="222" />
      <source>The list of speakers is empty.</source>
      <translation>La lista de oradores está vacía.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="68" />
      <source>The meeting database {where} cannot be used: {reason}</source>
      <translation>No se puede usar la base de datos de la sesión {where}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="219" />
      <source>The meeting database {where} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>La base de datos de la sesión {where} está dañada ({reason}). No se modificó; restáurela desde una copia de seguridad.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="56" />
      <source>The meeting database {where} is in use by another program (it is locked). Close the other program, or wait, and try again. Nothing was changed.</source>
      <translation>La base de datos de la sesión {where} la usa otro programa (está bloqueada). Cierre el otro programa, o espere, e inténtelo de nuevo. No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="51" />
      <source>The meeting database {where} refused this station's change: its role may not do that (the officer may have taken the floor back). Nothing was changed.</source>
      <translation>La base de datos de la sesión {where} rechazó el cambio de este puesto: su función no lo permite (quizá el oficial ha recuperado el control). No se cambió nada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/migrate.py" line="64" />
      <source>The meeting database {where} was written by a newer version of Floor (schema {schema}; this version knows up to {known}). Update Floor to open it. The database was left untouched.</source>
      <translation>La base de datos de la sesión {where} la escribió una versión más reciente de Floor (esquema {schema}; esta versión conoce hasta {known}). Actualice Floor para abrirla. La base de datos no se modificó.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="63" />
      <source>The paragraph already reads so.</source>
      <translation>El párrafo ya dice eso.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="30" />
      <source>The programme has no segment '{id}'.</source>
      <translation>El programa no tiene ninguna parte '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="56" />
      <source>The programme has no theme '{theme}' in a segment '{segment}'.</source>
      <translation>El programa no tiene ningún tema “{theme}” en una parte “{segment}”.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="65" />
      <source>The record field '{key}' is yes or no, not {value}.</source>
      <translation>El campo '{key}' del registro es sí o no, no {value}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="107" />
      <source>The request is already there.</source>
      <translation>La solicitud ya está ahí.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="248" />
      <source>The speaker's time is already paused.</source>
      <translation>El tiempo del orador ya está en pausa.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="256" />
      <source>The speaker's time is already running.</source>
      <translation>El tiempo del orador ya está corriendo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="268" />
      <source>The speaking time cannot be shortened below zero.</source>
      <translation>El tiempo de intervención no puede reducirse por debajo de cero.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="173" />
      <source>The start time needs a date, a time and a time zone.</source>
      <translation>La hora de comienzo necesita una fecha, una hora y un huso horario.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="85" />
      <source>The {field} must be one of {choices}, not {value}.</source>
      <translation>El campo {field} debe ser uno de {choices}, no {value}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="110" />
      <source>There is already a file at {where}; choose another name or open it.</source>
      <translation>Ya hay un archivo en {where}; elija otro nombre o ábralo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="101" />
      <source>There is no announcement '{id}' on that intervention.</source>
      <translation>No hay ningún anuncio '{id}' en esa intervención.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="35" />
      <source>There is no intervention '{id}'.</source>
      <translation>No hay ninguna intervención '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="41" />
      <source>There is no intervention yet to attach a note to.</source>
      <translation>Todavía no hay ninguna intervención a la que añadir una nota.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="32" />
      <source>There is no meeting database at {where}.</source>
      <translation>No hay ninguna base de datos de sesión en {where}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="77" />
      <location filename="../../floorapp/core/record_commands.py" line="91" />
      <source>There is no note '{id}' on that intervention.</source>
      <translation>No hay ninguna nota '{id}' en esa intervención.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="76" />
      <source>There is no record field '{key}'; the fields are: {known}.</source>
      <translation>No hay ningún campo '{key}' en el registro; los campos son: {known}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="37" />
      <source>There is no request '{id}' on the list.</source>
      <translation>No hay ninguna solicitud '{id}' en la lista.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="266" />
      <source>This speaker has no speaking limit; set one in the limits first.</source>
      <translation>Este orador no tiene límite de tiempo; fije uno primero en los límites.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="79" />
      <source>Unknown kind of speaker '{key}'.</source>
      <translation>Tipo de orador desconocido '{key}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="52" />
      <source>Unknown language '{lang}'; use one of {languages}.</source>
      <translation>Idioma desconocido “{lang}”; utilice uno de los siguientes: {languages}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="62" />
      <source>Unknown ordering policy '{value}'.</source>
      <translation>Regla de orden desconocida '{value}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="69" />
      <source>Unknown setting '{key}'.</source>
      <translation>Configuración desconocida '{key}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="54" />
      <source>Unknown theme {themes} for this segment; its themes are: {known}.</source>
      <translation>Tema desconocido {themes} para esta parte; sus temas son: {known}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="52" />
      <source>Unknown theme {themes}: this segment has no themes.</source>
      <translation>Tema desconocido {themes}: esta parte no tiene temas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="135" />
      <source>a broken character ({character}, half of a surrogate pair); save the file as UTF-8</source>
      <translation>un carácter dañado ({character}, mitad de un par suplente); guarde el archivo en UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="61" />
      <source>a date</source>
      <translation>una fecha</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="59" />
      <source>a date and time</source>
      <translation>una fecha y hora</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="80" />
      <source>a huge number</source>
      <translation>un número enorme</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="65" />
      <source>a list</source>
      <translation>una lista</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="122" />
      <source>a name contains a control character ({character})</source>
      <translation>un nombre contiene un carácter de control ({character})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="55" />
      <source>a number</source>
      <translation>un número</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="35" />
      <source>a point of order</source>
      <translation>una cuestión de orden</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="33" />
      <source>a question</source>
      <translation>una pregunta</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="34" />
      <source>a right of reply</source>
      <translation>un derecho de respuesta</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="31" />
      <source>a statement</source>
      <translation>una declaración</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="32" />
      <source>a statement on behalf of a group</source>
      <translation>una declaración en nombre de un grupo</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="67" />
      <source>a table</source>
      <translation>una tabla</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="63" />
      <source>a time</source>
      <translation>una hora</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="233" />
      <source>a value cannot be read: {reason}</source>
      <translation>no se puede leer un valor: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="76" />
      <source>a very large number</source>
      <translation>un número muy grande</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="91" />
      <source>at the top level of the file</source>
      <translation>en el nivel superior del archivo</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/problem.py" line="62" />
      <source>cannot be read: {reason}</source>
      <translation>no se puede leer: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot mutate immutable namespace {value}</source>
      <translation>no se puede modificar la tabla {value} después de definirla</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="63" />
      <source>cannot overwrite a value</source>
      <translation>no se puede dar un valor dos veces</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot redefine namespace {value}</source>
      <translation>no se puede volver a definir la tabla {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="175" />
      <source>contains a control character ({character})</source>
      <translation>contiene un carácter de control ({character})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="253" />
      <source>could not be read ({reason}); please report this file</source>
      <translation>no se pudo leer ({reason}); informe de este archivo</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>duplicate inline table key {value}</source>
      <translation>clave {value} repetida en una tabla en línea</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="76" />
      <source>escaped character is not a Unicode scalar value</source>
      <translation>el carácter escapado no es un valor escalar Unicode</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="69" />
      <source>expected '=' after a key in a key/value pair</source>
      <translation>se esperaba '=' después de la clave en un par clave/valor</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="65" />
      <source>expected ']' at the end of a table declaration</source>
      <translation>se esperaba ']' al final del encabezado de una tabla</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="67" />
      <source>expected ']]' at the end of an array declaration</source>
      <translation>se esperaba ']]' al final del encabezado de una matriz</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="61" />
      <source>expected newline or end of document after a statement</source>
      <translation>se esperaba un salto de línea o el final del documento después de una instrucción</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>expected {value}</source>
      <translation>se esperaba {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>found invalid character {value}</source>
      <translation>se encontró un carácter no válido {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>illegal character {value}</source>
      <translation>carácter no permitido {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="92" />
      <source>in {owner}</source>
      <translation>en {owner}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="78" />
      <source>invalid date or datetime</source>
      <translation>fecha o fecha y hora no válida</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="74" />
      <source>invalid hex value</source>
      <translation>valor hexadecimal no válido</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="70" />
      <source>invalid initial character for a key part</source>
      <translation>carácter inicial no válido para una clave</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="62" />
      <source>invalid statement</source>
      <translation>instrucción no válida</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="79" />
      <source>invalid value</source>
      <translation>valor no válido</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="140" />
      <source>is UTF-16 text, not UTF-8: save it as UTF-8</source>
      <translation>es texto UTF-16, no UTF-8: guárdelo en UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="178" />
      <source>is empty</source>
      <translation>está vacío</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="264" />
      <source>is not a programme</source>
      <translation>no es un programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="278" />
      <source>is too large for a programme (more than {size} MB)</source>
      <translation>es demasiado grande para un programa (más de {size} MB)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="200" />
      <source>limit '{key}' of {owner}: {reason}</source>
      <translation>límite '{key}' de {owner}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>marked absent</source>
      <translation>marcado como ausente</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="201" />
      <source>merge them into one</source>
      <translation>combínelas en una sola</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="151" />
      <source>must be a date ({form}), not {found}</source>
      <translation>debe ser una fecha ({form}), no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="118" />
      <source>must be a list of names in quotes, e.g. ["UNODC"], not {found}</source>
      <translation>debe ser una lista de nombres entre comillas, p. ej., ["UNODC"], no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="219" />
      <source>must be a speaking time ({form}), not {found}</source>
      <translation>debe ser un tiempo de intervención ({form}), no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="170" />
      <source>must be a time in quotes ({form}), not {found}</source>
      <translation>debe ser una hora entre comillas ({form}), no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="301" />
      <source>must be a time-zone name in quotes; {example}; not {found}</source>
      <translation>debe ser un nombre de huso horario entre comillas; {example}; no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="262" />
      <source>must be one of {allowed} (in quotes), not {found}</source>
      <translation>debe ser uno de {allowed} (entre comillas), no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="171" />
      <source>must be text in double quotes, not {found}</source>
      <translation>debe ser texto entre comillas dobles, no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="125" />
      <source>must be text in quotes such as "panel-1", not {found}</source>
      <translation>debe ser texto entre comillas, como "panel-1", no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="146" />
      <source>not UTF-8 text: byte {byte} at column {column} is not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8</source>
      <translation>no es texto UTF-8: el byte {byte} de la columna {column} no es UTF-8 (el archivo puede estar en Latin-1 o Windows-1252); guárdelo en UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="228" />
      <source>not valid TOML here: brackets nested far too deeply</source>
      <translation>TOML no válido aquí: corchetes anidados demasiado</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="217" />
      <source>not valid TOML: {reason}{where}{hint}</source>
      <translation>TOML no válido: {reason}{where}{hint}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>number {n} on the list</source>
      <translation>número {n} de la lista</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="107" />
      <source>panellist {n} of {segment}</source>
      <translation>panelista {n} de {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="115" />
      <source>participant id "{id}" is used twice</source>
      <translation>el identificador de participante "{id}" se usa dos veces</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="61" />
      <source>participant {id}</source>
      <translation>el participante {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="156" />
      <source>segment id "{id}" is used twice{where}</source>
      <translation>el identificador de parte "{id}" se usa dos veces{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="60" />
      <source>segment {id}</source>
      <translation>la parte {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="57" />
      <source>text</source>
      <translation>texto</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="65" />
      <source>the chair of the meeting</source>
      <translation>la presidencia de la sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="82" />
      <source>the chair of {segment}</source>
      <translation>la presidencia de {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="70" />
      <source>the id "{id}" is given to {first}{where} and to {second}; give each person their own id</source>
      <translation>el identificador "{id}" se da a {first}{where} y a {second}; dé a cada persona su propio identificador</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="187" />
      <source>the limits of {owner} must be a table, not {found}</source>
      <translation>los límites de {owner} deben ser una tabla, no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="70" />
      <source>the meeting</source>
      <translation>la sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="83" />
      <source>the moderator of {segment}</source>
      <translation>el moderador de {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="88" />
      <source>the names of {owner}</source>
      <translation>los nombres de {owner}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="30" />
      <source>the programme</source>
      <translation>el programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="74" />
      <source>the programme has no segments: add a [[segments]] table for each part of the meeting</source>
      <translation>el programa no tiene partes: añada una tabla [[segments]] por cada parte de la sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="148" />
      <source>the programme needs at least one segment ([[segments]])</source>
      <translation>el programa necesita al menos una parte ([[segments]])</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="202" />
      <source>the table [{name}] is declared twice; {fix}</source>
      <translation>la tabla [{name}] se declara dos veces; {fix}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="154" />
      <source>the year {year} is surely a typo; {form}</source>
      <translation>el año {year} es sin duda una errata; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="128" />
      <source>theme id "{id}" is used twice in {segment}{where}</source>
      <translation>el identificador de tema "{id}" se usa dos veces en {segment}{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="123" />
      <source>theme {n} of {segment}</source>
      <translation>el tema {n} de {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="53" />
      <source>true/false</source>
      <translation>verdadero/falso (true/false)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="71" />
      <source>unclosed array</source>
      <translation>lista '[' sin cerrar</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="72" />
      <source>unclosed inline table</source>
      <translation>tabla en línea '{{' sin cerrar</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="73" />
      <source>unescaped '\' in a string</source>
      <translation>'\' sin escapar en una cadena</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="101" />
      <source>unknown key '{key}' {place}: '{key}' belongs to a segment, under a [[segments]] header</source>
      <translation>clave desconocida '{key}' {place}: '{key}' pertenece a una parte, bajo un encabezado [[segments]]</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="113" />
      <source>unknown key '{key}' {place}: write the language code in lower case, '{fixed}'</source>
      <translation>clave desconocida '{key}' {place}: escriba el código de idioma en minúsculas, '{fixed}'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="105" />
      <source>unknown key '{key}' {place}{near}</source>
      <translation>clave desconocida '{key}' {place}{near}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="118" />
      <source>unknown key '{key}' {place}{near}: '{lang}' is not one of the six languages; a translation of '{base}' is written {forms} or {last}</source>
      <translation>clave desconocida '{key}' {place}{near}: '{lang}' no es uno de los seis idiomas; una traducción de '{base}' se escribe {forms} o {last}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="287" />
      <source>unknown language {value}{near}; the languages are: {allowed}</source>
      <translation>idioma desconocido {value}{near}; los idiomas son: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="192" />
      <source>unknown limit '{key}' of {owner}{near}; the limits are: {allowed}</source>
      <translation>límite desconocido '{key}' de {owner}{near}; los límites son: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="274" />
      <source>unknown segment kind {value}{near}; the kinds are: {allowed}</source>
      <translation>tipo de parte desconocido {value}{near}; los tipos son: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="280" />
      <source>unknown speaker category {value}{near}; the categories are: {allowed}</source>
      <translation>categoría de orador desconocida {value}{near}; las categorías son: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="77" />
      <source>unterminated string</source>
      <translation>cadena sin terminar</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="299" />
      <source>use an IANA name such as "America/New_York" or "Europe/Geneva"</source>
      <translation>use un nombre IANA como "America/New_York" o "Europe/Geneva"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="39" />
      <source>write "M:SS" (e.g. "3:00" for 3 minutes) or whole seconds (e.g. 180)</source>
      <translation>escriba "M:SS" (p. ej., "3:00" para 3 minutos) o segundos enteros (p. ej., 180)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="38" />
      <source>write HH:MM on the 24-hour clock, e.g. "10:00" or "17:45"</source>
      <translation>escriba HH:MM en formato de 24 horas, p. ej., "10:00" o "17:45"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="40" />
      <source>write YYYY-MM-DD, e.g. 2012-04-03</source>
      <translation>escriba AAAA-MM-DD, p. ej., 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="105" />
      <source>write [[participants]] (two brackets) before each participant, not {found}</source>
      <translation>escriba [[participants]] (dos corchetes) antes de cada participante, no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="140" />
      <source>write [[segments]] (two brackets) before each segment; [segments] makes a single table</source>
      <translation>escriba [[segments]] (dos corchetes) antes de cada parte; [segments] crea una sola tabla</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="199" />
      <source>write [[{name}]] (two brackets) before each one</source>
      <translation>escriba [[{name}]] (dos corchetes) antes de cada una</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="88" />
      <location filename="../../floorapp/core/roster.py" line="81" />
      <location filename="../../floorapp/core/roster.py" line="87" />
      <source>{first}</source>
      <translation>{first}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="90" />
      <location filename="../../floorapp/core/roster.py" line="83" />
      <source>{first}, {next}</source>
      <translation>{first}, {next}</translation>
    </message>
    <message>
      <source>{first}; {second}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="65" />
      <source>{key} must be a whole number of seconds from 0 to 3600.</source>
      <translation>{key} debe ser un número entero de segundos de 0 a 3600.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="46" />
      <source>{label} ({times})</source>
      <translation>{label} ({times})</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/roster.py" line="85" />
      <source>{names} and {n} more</source>
      <translation>
        <numerusform>{names} y {n} más</numerusform>
        <numerusform>{names} y {n} más</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="91" />
      <source>{names} or {last}</source>
      <translation>{names} o {last}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/commands.py" line="70" />
      <source>{name} has already had {n} rights of reply in this segment.</source>
      <translation>
        <numerusform>{name} ya ha ejercido {n} derecho de respuesta en esta parte.</numerusform>
        <numerusform>{name} ya ha ejercido {n} derechos de respuesta en esta parte.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="66" />
      <source>{name} is already inscribed for {kind} ({where}).</source>
      <translation>{name} ya está inscrito para {kind} ({where}).</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="123" />
      <source>{name} is already marked absent.</source>
      <translation>{name} ya está marcado como ausente.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="226" />
      <source>{name} is marked absent: recall them first.</source>
      <translation>{name} está marcado como ausente: vuelva a llamarlo primero.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="39" />
      <source>{name} is no longer on the list.</source>
      <translation>{name} ya no está en la lista.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="133" />
      <source>{name} is not marked absent.</source>
      <translation>{name} no está marcado como ausente.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="142" />
      <source>{owner} has '{key}' but no '{base}': write {base} = "…" in the programme's language ({language}) too</source>
      <translation>{owner} tiene '{key}' pero no '{base}': escriba también {base} = "…" en el idioma del programa ({language})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="155" />
      <location filename="../../floorapp/core/programme/people.py" line="85" />
      <source>{owner} has no '{key}' (e.g. {example})</source>
      <translation>{owner} no tiene '{key}' (p. ej., {example})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="41" />
      <source>{owner} must be a name in quotes or a table with a name, not {found}</source>
      <translation>{owner} debe ser un nombre entre comillas o una tabla con un nombre, no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="88" />
      <source>{owner} must be a table, not {found}</source>
      <translation>{owner} debe ser una tabla, no {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="95" />
      <source>{owner} needs a name in English (en = "…")</source>
      <translation>{owner} necesita un nombre en inglés (en = "…")</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="56" />
      <source>{owner} needs an id (letters, digits, '-'), e.g. id = "pga"</source>
      <translation>{owner} necesita un identificador (letras, cifras, '-'), p. ej., id = "pga"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="77" />
      <source>{segment} ends at {end}, which is not after its start at {start}</source>
      <translation>{segment} termina a las {end}, lo que no es posterior a su comienzo a las {start}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="171" />
      <source>{segment} is listed after {other} but starts before it; list the segments in time order</source>
      <translation>{segment} figura después de {other} pero empieza antes; ordene las partes por hora</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="177" />
      <source>{segment} overlaps {other}</source>
      <translation>{segment} se superpone a {other}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="68" />
      <source>{type}</source>
      <translation>{type}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="60" />
      <source>{unknown} Did you mean {names}?</source>
      <translation>{unknown} ¿Quiso decir {names}?</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="139" />
      <source>{value} has a time of day; write only the date, e.g. 2012-04-03</source>
      <translation>{value} incluye una hora; escriba solo la fecha, p. ej., 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="166" />
      <location filename="../../floorapp/core/programme/values.py" line="181" />
      <source>{value} has seconds; times are to the minute: {form}</source>
      <translation>{value} incluye segundos; las horas van al minuto: {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="162" />
      <source>{value} is a date and time; write only the time, {form}</source>
      <translation>{value} es una fecha y hora; escriba solo la hora, {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="211" />
      <source>{value} is more than 2 hours ({max} s): surely a mistake; {form}</source>
      <translation>{value} supera las 2 horas ({max} s): sin duda un error; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="143" />
      <source>{value} is not a date; {form}</source>
      <translation>{value} no es una fecha; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="311" />
      <source>{value} is not a known time zone{near}; {example}</source>
      <translation>{value} no es un huso horario conocido{near}; {example}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="148" />
      <source>{value} is not a real date (check the month and day); {form}</source>
      <translation>{value} no es una fecha real (compruebe el mes y el día); {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="241" />
      <source>{value} is not a speaking time; {form}</source>
      <translation>{value} no es un tiempo de intervención; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="177" />
      <source>{value} is not a time of day on the 24-hour clock: hours go from 00 to 23 and minutes from 00 to 59 (a segment cannot run past midnight)</source>
      <translation>{value} no es una hora del día en formato de 24 horas: las horas van de 00 a 23 y los minutos de 00 a 59 (una parte no puede pasar de la medianoche)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="189" />
      <source>{value} is not a time; {form}</source>
      <translation>{value} no es una hora; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="128" />
      <source>{value} is not a usable id: ids have letters, digits, '-' and '_' only (at most 64), e.g. "panel-1"</source>
      <translation>{value} no es un identificador válido: los identificadores solo tienen letras, cifras, '-' y '_' (64 como máximo), p. ej., "panel-1"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="222" />
      <source>{value} is not whole seconds; {form}</source>
      <translation>{value} no son segundos enteros; {form}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/values.py" line="205" />
      <source>{value} is only {n} seconds, too short to speak (numbers are seconds): did you mean "{n}:00" ({n} minutes)?</source>
      <translation>
        <numerusform>{value} es solo {n} segundo, demasiado poco para hablar (los números son segundos): ¿quiso decir "{n}:00" ({n} minuto)?</numerusform>
        <numerusform>{value} son solo {n} segundos, demasiado poco para hablar (los números son segundos): ¿quiso decir "{n}:00" ({n} minutos)?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="202" />
      <source>{value} must be more than zero; {form}</source>
      <translation>{value} debe ser mayor que cero; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="231" />
      <source>{value}: seconds are written with two digits from 00 to 59; {form}</source>
      <translation>{value}: los segundos se escriben con dos cifras, de 00 a 59; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="187" />
      <source>{value}: use the 24-hour clock, HH:MM; here "{time}"</source>
      <translation>{value}: use el formato de 24 horas, HH:MM; aquí "{time}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="238" />
      <source>{value}: write "{mmss}" (minutes:seconds) or {seconds} (seconds)</source>
      <translation>{value}: escriba "{mmss}" (minutos:segundos) o {seconds} (segundos)</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="235" />
      <source>{where} holds no meeting: its creation was interrupted. It was left untouched; create the meeting again.</source>
      <translation>{where} no contiene ninguna sesión: se interrumpió su creación. No se modificó; vuelva a crear la sesión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="224" />
      <source>{where} is a database, but not a Floor meeting. It was left untouched.</source>
      <translation>{where} es una base de datos, pero no una sesión de Floor. No se modificó.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="34" />
      <source>{where} is a folder, not a meeting database.</source>
      <translation>{where} es una carpeta, no una base de datos de sesión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="36" />
      <source>{where} is an empty file, not a meeting database.</source>
      <translation>{where} es un archivo vacío, no una base de datos de sesión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="40" />
      <source>{where} is not a Floor meeting database (not an SQLite file). It was left untouched.</source>
      <translation>{where} no es una base de datos de sesión de Floor (no es un archivo SQLite). No se modificó.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="37" />
      <source>“{title}” is already open.</source>
      <translation>«{title}» ya está abierto.</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="252" />
      <source>(struck) {text}</source>
      <translation>(tachado) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="92" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Add note</source>
      <translation>Añadir nota</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="84" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>Punto clave de la intervención (Ctrl+Intro lo añade)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="98" />
      <source>New note</source>
      <translation>Nueva nota</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="235" />
      <source>Notes on {name}</source>
      <translation>Notas sobre {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Restore</source>
      <translation>Restablecer</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Save correction</source>
      <translation>Guardar la corrección</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="228" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>Seleccione una intervención en el registro para tomar notas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="95" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Strike</source>
      <translation>Tachar</translation>
    </message>
  </context>
  <context>
    <name>PhaseStyle</name>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="31" />
      <source>Floor is free</source>
      <translation>Nadie tiene la palabra</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="39" />
      <source>Over time</source>
      <translation>Tiempo excedido</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="34" />
      <source>PAUSED</source>
      <translation>EN PAUSA</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="36" />
      <source>Speaking</source>
      <translation>En el uso de la palabra</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="38" />
      <source>TIME IS UP</source>
      <translation>TIEMPO AGOTADO</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="37" />
      <source>Time almost up</source>
      <translation>Tiempo casi agotado</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="88" />
      <source>&amp;Copy</source>
      <translation>&amp;Copiar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="81" />
      <source>&amp;Quit</source>
      <translation>&amp;Salir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="47" />
      <source>No details are known.</source>
      <translation>No se conoce ningún detalle.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="61" />
      <source>Nothing was changed. The problem:</source>
      <translation>No se cambió nada. El problema:</translation>
    </message>
    <message>
      <source>Nothing was changed. The {count} problems:</source>
      <translation type="vanished">No se cambió nada. Los problemas ({count}):</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/problems.py" line="62" />
      <source>Nothing was changed. The {n} problems:</source>
      <translation>
        <numerusform>No se cambió nada. El problema:</numerusform>
        <numerusform>No se cambió nada. Los {n} problemas:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Programme</name>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="59" />
      <source>Chair:</source>
      <translation>Presidencia:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="61" />
      <source>Moderator:</source>
      <translation>Moderación:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="55" />
      <source>Not open. Enter opens it.</source>
      <translation>No abierta. Intro la abre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_model.py" line="104" />
      <source>Open now</source>
      <translation>Abierta ahora</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="64" />
      <source>Panellists:</source>
      <translation>Panelistas:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="162" />
      <source>Select a segment to see its panel and themes.</source>
      <translation>Seleccione una parte para ver sus panelistas y temas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="67" />
      <source>Themes:</source>
      <translation>Temas:</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeEditor</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="54" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="53" />
      <source>&amp;Add</source>
      <translation>&amp;Añadir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="84" />
      <source>&amp;Browse…</source>
      <translation>&amp;Examinar…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="168" />
      <source>&amp;Chair:</source>
      <translation>&amp;Presidencia:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="166" />
      <source>&amp;Date:</source>
      <translation>&amp;Fecha:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="170" />
      <source>&amp;Description:</source>
      <translation>&amp;Descripción:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="169" />
      <source>&amp;Ends at:</source>
      <translation>&amp;Termina a las:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="165" />
      <source>&amp;Id:</source>
      <translation>&amp;Identificador:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="166" />
      <source>&amp;Kind:</source>
      <translation>&amp;Tipo:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="138" />
      <source>&amp;Limits</source>
      <translation>&amp;Límites</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="70" />
      <source>&amp;Meeting</source>
      <translation>&amp;Sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="208" />
      <source>&amp;Moderator:</source>
      <translation>&amp;Moderación:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="130" />
      <source>&amp;People</source>
      <translation>&amp;Personas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="55" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="54" />
      <source>&amp;Remove</source>
      <translation>&amp;Quitar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="129" />
      <source>&amp;Segment</source>
      <translation>&amp;Parte</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="132" />
      <source>&amp;Themes</source>
      <translation>&amp;Temas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="165" />
      <source>&amp;Title:</source>
      <translation>&amp;Título:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="167" />
      <source>&amp;Venue:</source>
      <translation>&amp;Lugar:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="60" />
      <source>A panellist of {segment} has a role but no name.</source>
      <translation>Un panelista de {segment} tiene un cargo pero no un nombre.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="53" />
      <source>A theme of {segment} has an id but no title.</source>
      <translation>Un tema de {segment} tiene un identificador pero no un título.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="79" />
      <source>Also &amp;save to a programme file:</source>
      <translation>Guardar también en un archivo de &amp;programa:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="44" />
      <source>Break</source>
      <translation>Pausa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="207" />
      <source>C&amp;hair:</source>
      <translation>&amp;Presidencia:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="38" />
      <source>Chair</source>
      <translation>Presidencia</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="35" />
      <source>Civil society</source>
      <translation>Sociedad civil</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="43" />
      <source>Closing</source>
      <translation>Clausura</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="67" />
      <source>Edit the programme</source>
      <translation>Modificar el programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="145" />
      <source>Empty fields and grey text show the original, which is used until a translation is written.</source>
      <translation>Los campos vacíos y el texto gris muestran el original, que se usa hasta que se escriba una traducción.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Id</source>
      <translation>Identificador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="42" />
      <source>Interactive dialogue</source>
      <translation>Diálogo interactivo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="31" />
      <source>Member States</source>
      <translation>Estados Miembros</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="37" />
      <source>Moderator</source>
      <translation>Moderación</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="57" />
      <source>Move &amp;down</source>
      <translation>&amp;Bajar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="56" />
      <source>Move &amp;up</source>
      <translation>&amp;Subir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="74" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="100" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="128" />
      <source>Not translated yet: the original is shown</source>
      <translation>Aún sin traducir: se muestra el original</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="32" />
      <source>Observer States</source>
      <translation>Estados observadores</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="33" />
      <source>Observers</source>
      <translation>Observadores</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="40" />
      <source>Opening</source>
      <translation>Apertura</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="45" />
      <source>Other</source>
      <translation>Otra</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="39" />
      <source>Other participants</source>
      <translation>Otros participantes</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="41" />
      <source>Panel discussion</source>
      <translation>Mesa redonda</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Panellist</source>
      <translation>Panelista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="36" />
      <source>Panellists</source>
      <translation>Panelistas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="42" />
      <source>Points of order</source>
      <translation>Cuestiones de orden</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="239" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Programas (*.toml);;Todos los archivos (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="41" />
      <source>Questions to the panel</source>
      <translation>Preguntas a los panelistas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="43" />
      <source>Right of reply (first)</source>
      <translation>Derecho de respuesta (primero)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="44" />
      <source>Right of reply (second)</source>
      <translation>Derecho de respuesta (segundo)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Role</source>
      <translation>Cargo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="77" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="102" />
      <source>Role, e.g. Executive Director, UNODC</source>
      <translation>Cargo, p. ej., Director Ejecutivo, UNODC</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="168" />
      <source>S&amp;tarts at:</source>
      <translation>&amp;Empieza a las:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="238" />
      <source>Save the programme</source>
      <translation>Guardar el programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="73" />
      <source>Se&amp;gments</source>
      <translation>&amp;Partes</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="46" />
      <source>Segment {n} needs a title.</source>
      <translation>La parte {n} necesita un título.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="171" />
      <source>Show the &amp;ids used in the programme file</source>
      <translation>Mostrar los &amp;identificadores del archivo del programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="169" />
      <source>Speaking &amp;limits:</source>
      <translation>&amp;Límites de tiempo:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="40" />
      <source>Statements on behalf of a group</source>
      <translation>Declaraciones en nombre de un grupo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="167" />
      <source>T&amp;itle:</source>
      <translation>T&amp;ítulo:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="125" />
      <source>Te&amp;xts in:</source>
      <translation>Te&amp;xtos en:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="43" />
      <source>The id “{id}” of {segment} may only have letters, digits, - and _.</source>
      <translation>El identificador «{id}» de {segment} solo puede tener letras, cifras, - y _.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="90" />
      <source>The limit for {key} must be more than zero.</source>
      <translation>El límite para {key} debe ser mayor que cero.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="73" />
      <source>The meeting needs a title.</source>
      <translation>La sesión necesita un título.</translation>
    </message>
    <message>
      <source>The meeting uses the new programme, but {path} could not be written: {reason}</source>
      <translation type="vanished">La sesión usa el nuevo programa, pero no se pudo escribir {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="281" />
      <source>The meeting uses the new programme, but {path} could not be written: {reason}. Choose another file, or clear “Also save”.</source>
      <translation>La sesión usa el nuevo programa, pero no se pudo escribir {path}: {reason}. Elija otro archivo o desmarque «Guardar también».</translation>
    </message>
    <message>
      <source>The programme file was not saved</source>
      <translation type="vanished">No se guardó el archivo de programa</translation>
    </message>
    <message>
      <source>The programme itself was changed.</source>
      <translation type="vanished">El propio programa se modificó.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="75" />
      <source>The programme needs at least one segment.</source>
      <translation>El programa necesita al menos una parte.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="264" />
      <source>The programme was not replaced.</source>
      <translation>No se sustituyó el programa.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="104" />
      <source>The segment “{title}” (id {id}) cannot be removed or renamed: its list of speakers has already been opened.</source>
      <translation>La parte «{title}» (identificador {id}) no se puede quitar ni renombrar: su lista de oradores ya se abrió.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="114" />
      <source>The theme “{id}” of “{segment}” cannot be removed: notes are tagged with it.</source>
      <translation>No se puede quitar el tema «{id}» de «{segment}»: hay notas etiquetadas con él.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Theme</source>
      <translation>Tema</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="80" />
      <source>Two segments have the id “{id}”; each needs its own.</source>
      <translation>Dos partes tienen el identificador «{id}»; cada una necesita el suyo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="55" />
      <source>Two themes of {segment} have the id “{id}”.</source>
      <translation>Dos temas de {segment} tienen el identificador «{id}».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="34" />
      <source>UN system</source>
      <translation>Sistema de las Naciones Unidas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="148" />
      <source>a short name, e.g. panel-1</source>
      <translation>un nombre corto, p. ej., panel-1</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="100" />
      <source>as the meeting ({time})</source>
      <translation>como la sesión ({time})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="190" />
      <source>default ({time})</source>
      <translation>predeterminado ({time})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="29" />
      <source>segment {n}</source>
      <translation>parte {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="120" />
      <source>{language} (original)</source>
      <translation>{language} (original)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="148" />
      <source>{n} texts are not translated yet.</source>
      <translation>
        <numerusform>{n} texto aún no está traducido.</numerusform>
        <numerusform>{n} textos aún no están traducidos.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="48" />
      <source>{segment} ends at {end}, which is not after its start at {start}.</source>
      <translation>{segment} termina a las {end}, lo que no es posterior a su comienzo a las {start}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="40" />
      <source>{segment} needs an id (a short name such as panel-1).</source>
      <translation>{segment} necesita un identificador (un nombre corto como panel-1).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="84" />
      <source>{segment} starts at {start}, before {previous} ends at {end}.</source>
      <translation>{segment} empieza a las {start}, antes de que {previous} termine a las {end}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="222" />
      <source>… and {n} more.</source>
      <translation>
        <numerusform>… y {n} más.</numerusform>
        <numerusform>… y {n} más.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTexts</name>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Arabic</source>
      <translation>árabe</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Chinese</source>
      <translation>chino</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>English</source>
      <translation>inglés</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>French</source>
      <translation>francés</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="44" />
      <source>Not translated into {wanted}: shown in {original}.</source>
      <translation>Sin traducir al {wanted}: se muestra en {original}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Russian</source>
      <translation>ruso</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Spanish</source>
      <translation>español</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="22" />
      <source>Folder</source>
      <translation>Carpeta</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="20" />
      <source>&amp;Look in:</source>
      <translation>&amp;Buscar en:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>Archivos de &amp;tipo:</translation>
    </message>
  </context>
  <context>
    <name>QFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="23" />
      <source>Folder</source>
      <translation>Carpeta</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="24" />
      <source>Name</source>
      <translation>Nombre</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="27" />
      <source>Apply</source>
      <translation>Aplicar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="26" />
      <source>Cancel</source>
      <translation>Cancelar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="28" />
      <source>Close</source>
      <translation>Cerrar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="25" />
      <source>OK</source>
      <translation>Aceptar</translation>
    </message>
  </context>
  <context>
    <name>Record</name>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="60" />
      <source>&amp;Amount:</source>
      <translation>&amp;Importe:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="65" />
      <source>&amp;Currency (ISO code):</source>
      <translation>&amp;Moneda (código ISO):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="76" />
      <source>&amp;Delivered by:</source>
      <translation>&amp;Pronunciada por:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="81" />
      <source>&amp;Ended at:</source>
      <translation>&amp;Terminó a las:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="73" />
      <location filename="../../floorapp/gui/console/correction.py" line="68" />
      <source>&amp;Kind:</source>
      <translation>&amp;Tipo:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="62" />
      <source>&amp;Speaker:</source>
      <translation>&amp;Orador:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="53" />
      <source>&amp;What was announced:</source>
      <translation>&amp;Lo que se anunció:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="37" />
      <source>(struck) {text}</source>
      <translation>(tachado) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="71" />
      <source>A personal gift is listed apart from the States' pledges and left out of their total</source>
      <translation>Una donación personal se indica aparte de las promesas de los Estados y no se suma a su total</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="107" />
      <source>An announcement or a pledge, with its amount</source>
      <translation>Un anuncio o una promesa de contribución, con su importe</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="47" />
      <source>Announcement</source>
      <translation>Anuncio</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="105" />
      <source>Announcement…</source>
      <translation>Anuncio…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="80" />
      <source>Another language</source>
      <translation>Otro idioma</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="46" />
      <source>Correct the intervention</source>
      <translation>Corregir la intervención</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="114" />
      <source>Correct the speaker, kind, on behalf of, delivered by or times</source>
      <translation>Corregir el orador, el tipo, en nombre de, pronunciada por o las horas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="112" />
      <source>Correct…</source>
      <translation>Corregir…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="59" />
      <source>Deputy Permanent Representative</source>
      <translation>Representante Permanente Adjunto</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="55" />
      <source>Deputy Prime Minister</source>
      <translation>Vice Primer Ministro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="53" />
      <source>Head of Government</source>
      <translation>Jefe de Gobierno</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="52" />
      <source>Head of State</source>
      <translation>Jefe de Estado</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="77" />
      <source>Language: not recorded</source>
      <translation>Idioma: sin indicar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="96" />
      <source>Level of representation of whoever spoke for the delegation (the Summary counts ministers and above)</source>
      <translation>Nivel de representación de quien intervino en nombre de la delegación (el Resumen cuenta los ministros y niveles superiores)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="93" />
      <source>Level: not recorded</source>
      <translation>Nivel: no indicado</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="56" />
      <source>Minister</source>
      <translation>Ministro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="72" />
      <source>On &amp;behalf of:</source>
      <translation>En &amp;nombre de:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="60" />
      <source>Other level</source>
      <translation>Otro nivel</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="58" />
      <source>Permanent Representative</source>
      <translation>Representante Permanente</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="69" />
      <source>Personal gift (such as the President's own donation)</source>
      <translation>Donación personal (por ejemplo, la del propio Presidente)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="68" />
      <source>Pledge (or an announcement, without an amount)</source>
      <translation>Promesa de contribución (o anuncio, sin importe)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="189" />
      <source>Restore announcement</source>
      <translation>Restablecer el anuncio</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="78" />
      <source>S&amp;tarted at:</source>
      <translation>&amp;Empezó a las:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="109" />
      <location filename="../../floorapp/gui/console/record_panel.py" line="190" />
      <source>Strike announcement</source>
      <translation>Tachar el anuncio</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="162" />
      <source>The correction was not recorded.</source>
      <translation>No se registró la corrección.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="85" />
      <source>The delegation handed in a written statement</source>
      <translation>La delegación entregó una declaración escrita</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="81" />
      <source>The language the statement was delivered in</source>
      <translation>El idioma en que se pronunció la declaración</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="52" />
      <source>The original stays in the journal; the log and the exports show the correction.</source>
      <translation>El original queda en el diario de eventos; el registro y las exportaciones muestran la corrección.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="60" />
      <source>Type a name as in the add field: any of the six languages or a short form.</source>
      <translation>Escriba un nombre como en el campo de añadir: en cualquiera de los seis idiomas o en forma abreviada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="57" />
      <source>Vice-Minister</source>
      <translation>Viceministro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="54" />
      <source>Vice-President</source>
      <translation>Vicepresidente</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="88" />
      <source>Video message</source>
      <translation>Mensaje en vídeo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="83" />
      <source>Written statement</source>
      <translation>Declaración escrita</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="51" />
      <source>e.g. Pledge to the UN Voluntary Trust Fund</source>
      <translation>p. ej., promesa de contribución al Fondo Fiduciario de Contribuciones Voluntarias de las Naciones Unidas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="59" />
      <source>no amount</source>
      <translation>sin importe</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="75" />
      <source>the speaker themself</source>
      <translation>el propio orador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="35" />
      <source>{text} (personal gift)</source>
      <translation>{text} (donación personal)</translation>
    </message>
  </context>
  <context>
    <name>SegmentClock</name>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="107" />
      <source>No segment is open.</source>
      <translation>No hay ninguna parte abierta.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="115" />
      <source>Now {now} · scheduled end {end} · {n} waiting, {need} needed</source>
      <translation>Ahora {now} · final previsto {end} · {n} en espera, se necesitan {need}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="108" />
      <source>Open one from the programme (Ctrl+1, then Enter).</source>
      <translation>Abra una desde el programa (Ctrl+1 y luego Intro).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="46" />
      <source>The list ends at {end}, {m} min before the scheduled end.</source>
      <translation>La lista termina a las {end}, {m} min antes del final previsto.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="50" />
      <source>The list ends at {end}: {m} min over; {advice}.</source>
      <translation>La lista termina a las {end}: {m} min de exceso; {advice}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="41" />
      <source>The list is empty; the segment is {m} min over its scheduled end.</source>
      <translation>La lista está vacía; la parte excede en {m} min su final previsto.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="40" />
      <source>The list is empty; {m} min left until the scheduled end.</source>
      <translation>La lista está vacía; quedan {m} min hasta el final previsto.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="48" />
      <source>consider shortening the limit</source>
      <translation>considere acortar el límite</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="49" />
      <source>consider shortening the limit or closing the list</source>
      <translation>considere acortar el límite o cerrar la lista</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="51" />
      <location filename="../../floorapp/cues/prefs.py" line="55" />
      <location filename="../../floorapp/cues/prefs.py" line="59" />
      <location filename="../../floorapp/cues/prefs.py" line="63" />
      <source>A sound file (WAV, MP3, OGG or FLAC) played instead of the built-in sound; empty for the built-in sound.</source>
      <translation>Un archivo de sonido (WAV, MP3, OGG o FLAC) que se reproduce en lugar del sonido integrado; vacío para el sonido integrado.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>Audio output for cues</source>
      <translation>Salida de audio de las señales</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Console language</source>
      <translation>Idioma de la consola</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Console layout</source>
      <translation>Disposición de la consola</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Cue volume</source>
      <translation>Volumen de las señales</translation>
    </message>
    <message>
      <source>Display language</source>
      <translation type="vanished">Idioma de visualización</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Export folders</source>
      <translation>Carpetas de exportación</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Font scale</source>
      <translation>Escala del texto</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>High contrast</source>
      <translation>Alto contraste</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Index of the screen for the speaker display; -1 picks the second screen if there is one.</source>
      <translation>Número de la pantalla para la pantalla de oradores; -1 elige la segunda pantalla si la hay.</translation>
    </message>
    <message>
      <source>Language of the app and of the names it shows: ar, zh, en, fr, ru or es.</source>
      <translation type="vanished">Idioma de la aplicación y de los nombres que muestra: ar, zh, en, fr, ru o es.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Language of the console: its menus, dialogs and messages, the names and the programme it shows, dates and numbers.</source>
      <translation>Idioma de la consola: sus menús, cuadros de diálogo y mensajes, los nombres y el programa que muestra, las fechas y los números.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Language of the speaker display for the room (names, words and the programme); empty: the console's language.</source>
      <translation>Idioma de la pantalla de oradores para la sala (nombres, palabras y programa); vacío: el idioma de la consola.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Loudness of the sound cues, from 0 (silent) to 1 (full).</source>
      <translation>Intensidad de las señales sonoras, de 0 (silencio) a 1 (máximo).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Meeting databases opened lately, newest first.</source>
      <translation>Bases de datos de sesiones abiertas recientemente, la más reciente primero.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Mute sound cues</source>
      <translation>Silenciar las señales sonoras</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>Order of the list</source>
      <translation>Orden de la lista</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Overrun reminder</source>
      <translation>Recordatorio de exceso</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>Overrun reminder interval</source>
      <translation>Intervalo del recordatorio de exceso</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="59" />
      <source>Overrun reminder sound</source>
      <translation>Sonido del recordatorio de exceso</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Play a cue when a point of order takes the floor.</source>
      <translation>Reproducir una señal cuando se toma la palabra para una cuestión de orden.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Play a cue when the speaker's time is up.</source>
      <translation>Reproducir una señal cuando se agota el tiempo del orador.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Play a cue when the warning time is reached.</source>
      <translation>Reproducir una señal cuando se alcanza el tiempo de aviso.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Play a reminder at every reminder interval while a speaker is over time.</source>
      <translation>Reproducir un recordatorio en cada intervalo mientras un orador excede su tiempo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Point-of-order cue</source>
      <translation>Señal de cuestión de orden</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="63" />
      <source>Point-of-order sound</source>
      <translation>Sonido de la cuestión de orden</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>Programme files</source>
      <translation>Archivos de programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>Pure black, white, yellow and red for the countdown states.</source>
      <translation>Negro, blanco, amarillo y rojo puros para los estados de la cuenta atrás.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Recent meetings</source>
      <translation>Sesiones recientes</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Scales the text of the console (1.0 is the system size).</source>
      <translation>Escala el texto de la consola (1.0 es el tamaño del sistema).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="134" />
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit (0: no limit, the default for the chair, moderators and panellists).</source>
      <translation>Segundos asignados a este tipo de orador en las nuevas sesiones, salvo que el programa fije su propio límite (0: sin límite, el valor predeterminado para la presidencia, los moderadores y los panelistas).</translation>
    </message>
    <message>
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit.</source>
      <translation type="vanished">Segundos asignados a este tipo de orador en las nuevas sesiones, salvo que el programa fije su propio límite.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Silence every sound cue; the countdown colours still change.</source>
      <translation>Silencia todas las señales sonoras; los colores de la cuenta atrás siguen cambiando.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Speaker display language</source>
      <translation>Idioma de la pantalla de oradores</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Speaker display screen</source>
      <translation>Pantalla para mostrar a los oradores</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>The countdown turns to its warning state when this many seconds are left.</source>
      <translation>La cuenta atrás pasa al estado de aviso cuando quedan estos segundos.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>The programme file each meeting was created from (the programme editor saves to it).</source>
      <translation>El archivo de programa del que se creó cada sesión (el editor de programas guarda en él).</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>The sound device the cues play on, by name or id; empty for the system's default output.</source>
      <translation>El dispositivo de sonido en que se reproducen las señales, por nombre o identificador; vacío para la salida predeterminada del sistema.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Time-up cue</source>
      <translation>Señal de tiempo agotado</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="55" />
      <source>Time-up sound</source>
      <translation>Sonido de tiempo agotado</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Warning cue</source>
      <translation>Señal de aviso</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="51" />
      <source>Warning sound</source>
      <translation>Sonido de aviso</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>Warning time</source>
      <translation>Tiempo de aviso</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Where each meeting's exports were last saved.</source>
      <translation>Dónde se guardaron por última vez las exportaciones de cada sesión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Where the console's panels were left (kept by the app).</source>
      <translation>Dónde quedaron los paneles de la consola (lo guarda la aplicación).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>While a speaker is over time, a reminder comes every this many seconds (0: none).</source>
      <translation>Mientras un orador excede su tiempo, hay un recordatorio cada estos segundos (0: ninguno).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>first_come: in the order the floor was asked; un_practice: groups of States first, then Member States, observers and others.</source>
      <translation>first_come: por orden de solicitud de la palabra; un_practice: primero los grupos de Estados, luego los Estados Miembros, los observadores y los demás.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source> s</source>
      <translation type="vanished"> s</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="221" />
      <source>&amp;Order of the list:</source>
      <translation>&amp;Orden de la lista:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="229" />
      <source>&amp;Overrun reminder every (0: none):</source>
      <translation>&amp;Recordatorio de exceso cada (0: ninguno):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="225" />
      <source>&amp;Warning when this much time is left:</source>
      <translation>&amp;Avisar cuando quede:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="81" />
      <source>Automatic (second screen if any)</source>
      <translation>Automática (segunda pantalla si la hay)</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Civil society</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="314" />
      <source>Display</source>
      <translation>Pantalla</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="60" />
      <source>First come, first served</source>
      <translation>Por orden de llegada</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="313" />
      <source>Language</source>
      <translation>Idioma</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="300" />
      <source>Limit: {kind}</source>
      <translation>Límite: {kind}</translation>
    </message>
    <message>
      <source>Member States</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Moderators</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="312" />
      <source>New meetings</source>
      <translation>Sesiones nuevas</translation>
    </message>
    <message>
      <source>Observer States</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Observers</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="239" />
      <source>Open a segment to change its speaking limits.</source>
      <translation>Abra una parte para cambiar sus límites de tiempo.</translation>
    </message>
    <message>
      <source>Others</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Panellists</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Points of order</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Questions to the panel</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Rights of reply (first)</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>Rights of reply (second)</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="68" />
      <source>Same as the console</source>
      <translation>Igual que la consola</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="88" />
      <source>Screen {n} (not connected now)</source>
      <translation>Pantalla {n} (no conectada ahora)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="85" />
      <source>Screen {n}: {name} ({w}×{h})</source>
      <translation>Pantalla {n}: {name} ({w}×{h})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="289" />
      <source>Settings</source>
      <translation>Configuración</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="237" />
      <source>Speaking limits for the rest of the list of “{segment}”:</source>
      <translation>Límites de tiempo para el resto de la lista de «{segment}»:</translation>
    </message>
    <message>
      <source>Statements on behalf of a group</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="304" />
      <source>The console and the speaker display change language at once, each on its own: the room may read French while the officer works in English.</source>
      <translation>La consola y la pantalla de oradores cambian de idioma al instante, cada una por su cuenta: la sala puede leer en francés mientras el oficial trabaja en inglés.</translation>
    </message>
    <message>
      <source>The language of names and of the speaker display, the size of the text, and the screen the speaker display goes to.</source>
      <translation type="vanished">El idioma de los nombres y de la pantalla de oradores, el tamaño del texto y la pantalla a la que va la visualización de oradores.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="263" />
      <source>The meeting's rules were not changed.</source>
      <translation>No se cambiaron las reglas de la sesión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="308" />
      <source>The size of the console's text, the countdown's colours, and the screen the speaker display goes to.</source>
      <translation>El tamaño del texto de la consola, los colores de la cuenta atrás y la pantalla a la que va la visualización de oradores.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="311" />
      <source>This meeting</source>
      <translation>Esta sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="61" />
      <source>UN practice: groups, Member States, observers, others</source>
      <translation>Práctica de las Naciones Unidas: grupos, Estados Miembros, observadores, otros</translation>
    </message>
    <message>
      <source>UN system</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>What a new meeting starts with, where its programme does not say (limits in seconds).</source>
      <translation type="vanished">Con qué empieza una sesión nueva cuando su programa no lo indica (límites en segundos).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="298" />
      <source>What a new meeting starts with, where its programme does not say (times in minutes and seconds).</source>
      <translation>Con qué empieza una nueva sesión cuando su programa no lo indica (tiempos en minutos y segundos).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="245" />
      <source>no limit</source>
      <translation>sin límite</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="268" />
      <source>{kind}: the limit was not changed.</source>
      <translation>{kind}: no se cambió el límite.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="198" />
      <source>{title}: {value} is not allowed.</source>
      <translation>{title}: {value} no está permitido.</translation>
    </message>
  </context>
  <context>
    <name>Sharing</name>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="82" />
      <source>Address of the host:</source>
      <translation>Dirección del anfitrión:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="155" />
      <source>Address: {where}</source>
      <translation>Dirección: {where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="88" />
      <source>Copy</source>
      <translation>Copiar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="96" />
      <source>Join</source>
      <translation>Unirse</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="54" />
      <source>Join a meeting</source>
      <translation>Unirse a una sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="83" />
      <source>Join code:</source>
      <translation>Código de acceso:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="157" />
      <source>Joining …</source>
      <translation>Uniéndose…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="70" />
      <source>Look again</source>
      <translation>Buscar de nuevo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="110" />
      <source>Looking for meetings nearby …</source>
      <translation>Buscando sesiones cercanas…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="127" />
      <source>Meetings cannot be found automatically on this network. Type the address the host shows.</source>
      <translation>En esta red no se pueden encontrar sesiones automáticamente. Escriba la dirección que muestra el anfitrión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="60" />
      <source>Meetings hosted nearby:</source>
      <translation>Sesiones alojadas cerca:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="131" />
      <source>No meeting was found nearby. Type the address the host shows.</source>
      <translation>No se encontró ninguna sesión cercana. Escriba la dirección que muestra el anfitrión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="98" />
      <source>On another machine: File &gt; Join a meeting, then the address and the code of that station's role (or: floorapp join ADDRESS CODE). The display's code can only read; the secretary's cannot give the floor until you hand it over (Floor menu).</source>
      <translation>En otro equipo: Archivo &gt; Unirse a una sesión, y luego la dirección y el código de la función de ese puesto (o: floorapp join ADDRESS CODE). El código de la pantalla solo permite leer; el del secretario no puede conceder la palabra hasta que usted se la ceda (menú Palabra).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="51" />
      <source>Share this meeting</source>
      <translation>Compartir esta sesión</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="153" />
      <source>Shared: “{title}”. This console now runs it as the officer.</source>
      <translation>Compartida: «{title}». Esta consola la dirige ahora como oficial.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="173" />
      <source>Sharing stopped; the meeting is whole. Share it again to go on.</source>
      <translation>Se dejó de compartir; la sesión está completa. Compártala de nuevo para continuar.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="145" />
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="149" />
      <source>Starting the meeting's own database server …</source>
      <translation>Iniciando el servidor de base de datos de la sesión…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="118" />
      <source>Stop sharing</source>
      <translation>Dejar de compartir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="181" />
      <source>Stopping …</source>
      <translation>Deteniendo…</translation>
    </message>
    <message>
      <source>That is not a join code: it looks like S-7KQ4-M2XD.</source>
      <translation type="vanished">Eso no es un código de acceso: tiene la forma S-7KQ4-M2XD.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="151" />
      <source>That is not a join code: it looks like S-7KR4-M2XD.</source>
      <translation>Eso no es un código de acceso: tiene este aspecto: S-7KR4-M2XD.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="85" />
      <source>The host's screen (File &gt; Share this meeting) shows the address and one code per role: O for the officer, S for the secretary, D for the display.</source>
      <translation>La pantalla del anfitrión (Archivo &gt; Compartir esta sesión) muestra la dirección y un código por función: O para el oficial, S para el secretario, D para la pantalla.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="176" />
      <source>The meeting could not be shared:</source>
      <translation>No se pudo compartir la sesión:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="105" />
      <source>The traffic between the stations is not encrypted: share only on a network you trust. Where that is not enough, ask IT for a PostgreSQL server with TLS and open the meeting with its URL (floorapp gui postgresql://…).</source>
      <translation>El tráfico entre los puestos no está cifrado: comparta solo en una red de confianza. Si eso no basta, pida a informática un servidor PostgreSQL con TLS y abra la sesión con su URL (floorapp gui postgresql://…).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="127" />
      <source>This meeting is on a database server already: the other stations open it with its address (floorapp gui postgresql://…), with the logins IT gave each role.</source>
      <translation>Esta sesión ya está en un servidor de base de datos: los demás puestos la abren con su dirección (floorapp gui postgresql://…), con las credenciales que informática dio a cada función.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="154" />
      <source>Type the host's address as it shows it, e.g. 192.168.1.10:5433.</source>
      <translation>Escriba la dirección del anfitrión tal como la muestra, p. ej., 192.168.1.10:5433.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="110" />
      <source>Windows Firewall must let other machines in on the port shown above (an inbound rule for TCP).</source>
      <translation>El Firewall de Windows debe dejar entrar a otros equipos por el puerto indicado arriba (una regla de entrada para TCP).</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="189" />
      <source>&amp;File</source>
      <translation>&amp;Archivo</translation>
    </message>
    <message>
      <source>&amp;Floor</source>
      <translation type="vanished">&amp;Palabra</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="193" />
      <source>&amp;Help</source>
      <translation>A&amp;yuda</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="191" />
      <source>&amp;List</source>
      <translation>&amp;Lista</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="192" />
      <source>&amp;View</source>
      <translation>&amp;Ver</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="173" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation>Un participante que no figura en la lista de referencia (ONG, organización, persona).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="172" />
      <source>Add a participant…</source>
      <translation>Añadir un participante…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="118" />
      <source>Add to the list</source>
      <translation>Inscribir en la lista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="135" />
      <source>Close / reopen the list</source>
      <translation>Cerrar / reabrir la lista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="179" />
      <source>Close the console; the meeting is saved as it goes.</source>
      <translation>Cerrar la consola; la sesión se guarda sobre la marcha.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="136" />
      <source>Close the list of speakers to new inscriptions, or reopen it.</source>
      <translation>Cerrar la lista de oradores a nuevas inscripciones, o volver a abrirla.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="156" />
      <source>Create a meeting database from a programme file.</source>
      <translation>Crear una base de datos de sesión a partir de un archivo de programa.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="169" />
      <source>Edit the programme…</source>
      <translation>Modificar el programa…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="97" />
      <source>End the current intervention; one undo brings it back.</source>
      <translation>Terminar la intervención en curso; un deshacer la recupera.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="91" />
      <source>End the current turn and give the floor to the first on the list.</source>
      <translation>Terminar el turno en curso y conceder la palabra al primero de la lista.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="96" />
      <source>End the turn</source>
      <translation>Terminar la intervención</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="98" />
      <source>Extend by 30 s</source>
      <translation>Prolongar 30 s</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="190" />
      <source>Fl&amp;oor</source>
      <translation>&amp;Palabra</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="99" />
      <source>Give the speaker 30 seconds more.</source>
      <translation>Dar 30 segundos más al orador.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="140" />
      <source>Go to the list</source>
      <translation>Ir a la lista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="142" />
      <source>Go to the log</source>
      <translation>Ir al registro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>Go to the programme</source>
      <translation>Ir al programa</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="114" />
      <source>Hand the floor to the secretary</source>
      <translation>Ceder la palabra al secretario</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="151" />
      <source>High contrast</source>
      <translation>Alto contraste</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="164" />
      <source>Host this meeting on the network: a join code for the secretary's and the display's stations.</source>
      <translation>Alojar esta sesión en la red: un código de acceso para los puestos del secretario y de la pantalla.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="166" />
      <source>Join a meeting…</source>
      <translation>Unirse a una sesión…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="181" />
      <source>Keyboard shortcuts</source>
      <translation>Atajos de teclado</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
      <source>Larger text</source>
      <translation>Texto más grande</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="115" />
      <source>Let the secretary's station give the floor and run the clock, or take them back (journaled).</source>
      <translation>Permitir que el puesto del secretario conceda la palabra y lleve el reloj, o recuperarlo (queda registrado).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="148" />
      <source>Make the console's text larger.</source>
      <translation>Agrandar el texto de la consola.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="150" />
      <source>Make the console's text smaller.</source>
      <translation>Reducir el texto de la consola.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="129" />
      <source>Mark absent</source>
      <translation>Marcar ausente</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="123" />
      <source>Move down</source>
      <translation>Bajar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="122" />
      <source>Move the selected request one place earlier.</source>
      <translation>Adelantar un puesto la solicitud seleccionada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="124" />
      <source>Move the selected request one place later.</source>
      <translation>Retrasar un puesto la solicitud seleccionada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="121" />
      <source>Move up</source>
      <translation>Subir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="112" />
      <source>Mute sound cues</source>
      <translation>Silenciar las señales sonoras</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="158" />
      <source>New meeting from a concept note…</source>
      <translation>Nueva sesión a partir de una nota conceptual…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="155" />
      <source>New meeting from a programme…</source>
      <translation>Nueva sesión a partir de un programa…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="90" />
      <source>Next speaker</source>
      <translation>Siguiente orador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="167" />
      <source>Open a meeting another machine hosts, with its join code.</source>
      <translation>Abrir una sesión alojada en otro equipo, con su código de acceso.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="162" />
      <source>Open an existing meeting database.</source>
      <translation>Abrir una base de datos de sesión existente.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="161" />
      <source>Open meeting…</source>
      <translation>Abrir una sesión…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="159" />
      <source>Paste or open a concept note; check the proposed programme; create the meeting.</source>
      <translation>Pegar o abrir una nota conceptual; comprobar el programa propuesto; crear la sesión.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="93" />
      <source>Pause / resume</source>
      <translation>Pausa / reanudar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="102" />
      <source>Point of order…</source>
      <translation>Cuestión de orden…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="152" />
      <source>Pure black, white, yellow and red countdown states.</source>
      <translation>Estados de la cuenta atrás en negro, blanco, amarillo y rojo puros.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="133" />
      <source>Put the selected (or first) absent delegation back at the top of the list.</source>
      <translation>Devolver la delegación ausente seleccionada (o la primera) al principio de la lista.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="178" />
      <source>Quit</source>
      <translation>Salir</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="132" />
      <source>Recall absent</source>
      <translation>Volver a llamar al ausente</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="110" />
      <source>Redo</source>
      <translation>Rehacer</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="111" />
      <source>Restore the last undone floor action.</source>
      <translation>Restablecer la última acción deshecha.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="105" />
      <source>Right of reply…</source>
      <translation>Derecho de respuesta…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="170" />
      <source>Segments, times, limits, themes and panellists; saved in the journal.</source>
      <translation>Partes, horas, límites, temas y panelistas; se guardan en el diario de eventos.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="143" />
      <source>Select a past intervention to add or correct its notes.</source>
      <translation>Seleccionar una intervención pasada para añadir o corregir sus notas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
      <source>Select a request with the arrows.</source>
      <translation>Seleccionar una solicitud con las flechas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Select a segment with the arrows and open it with Enter.</source>
      <translation>Seleccionar una parte con las flechas y abrirla con Intro.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="128" />
      <source>Send the selected request to the end of the list.</source>
      <translation>Enviar la solicitud seleccionada al final de la lista.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="127" />
      <source>Send to the end</source>
      <translation>Enviar al final</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="130" />
      <source>Set aside the selected request: the delegation is not in the room.</source>
      <translation>Apartar la solicitud seleccionada: la delegación no está en la sala.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="175" />
      <source>Settings…</source>
      <translation>Configuración…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="163" />
      <source>Share this meeting…</source>
      <translation>Compartir esta sesión…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="100" />
      <source>Shorten by 30 s</source>
      <translation>Acortar 30 s</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="182" />
      <source>Show every shortcut of the console.</source>
      <translation>Mostrar todos los atajos de la consola.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="145" />
      <source>Show or hide the speaker display for the room.</source>
      <translation>Mostrar u ocultar la pantalla de oradores para la sala.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="113" />
      <source>Silence the sound cues, or bring them back.</source>
      <translation>Silenciar las señales sonoras, o restablecerlas.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
      <source>Smaller text</source>
      <translation>Texto más pequeño</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="144" />
      <source>Speaker display</source>
      <translation>Pantalla de oradores</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="94" />
      <source>Stop or restart the speaker's time (Space works outside text fields).</source>
      <translation>Detener o reanudar el tiempo del orador (Espacio funciona fuera de los campos de texto).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="101" />
      <source>Take 30 seconds from the speaker's time.</source>
      <translation>Quitar 30 segundos al tiempo del orador.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="109" />
      <source>Take back the last floor action.</source>
      <translation>Deshacer la última acción.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="126" />
      <source>Take the selected request off the list.</source>
      <translation>Retirar de la lista la solicitud seleccionada.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="176" />
      <source>This meeting's rules and limits, defaults for new meetings, the display and the sound cues.</source>
      <translation>Reglas y límites de esta sesión, valores predeterminados de las sesiones nuevas, pantalla y señales sonoras.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="119" />
      <source>Type a few letters of a name in any language and press Enter.</source>
      <translation>Escriba unas letras de un nombre en cualquier idioma y pulse Intro.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="106" />
      <source>Type who asks for a right of reply; it is taken at the end of the list.</source>
      <translation>Escriba quién pide el derecho de respuesta; se atiende al final de la lista.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="103" />
      <source>Type who raises a point of order; it is heard at once, pausing the speaker.</source>
      <translation>Escriba quién plantea una cuestión de orden; se atiende de inmediato y se detiene al orador.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="108" />
      <source>Undo</source>
      <translation>Deshacer</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="125" />
      <source>Withdraw</source>
      <translation>Retirar</translation>
    </message>
  </context>
  <context>
    <name>SpeakerDisplay</name>
    <message>
      <location filename="../../floorapp/gui/display/speaker_display.py" line="154" />
      <source>Floor — speaker display</source>
      <translation>Floor — pantalla de oradores</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="130" />
      <source>Next speaker</source>
      <translation>Próximo orador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="135" />
      <source>Next speakers</source>
      <translation>Próximos oradores</translation>
    </message>
    <message>
      <source>Speaker display</source>
      <translation type="vanished">Pantalla de oradores</translation>
    </message>
  </context>
  <context>
    <name>SpeakersView</name>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="214" />
      <source>Absent, to recall: {n}</source>
      <translation>Ausentes, por llamar: {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="211" />
      <source>LIST CLOSED</source>
      <translation>LISTA CERRADA</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="203" />
      <source>List of speakers: open a segment of the programme first.</source>
      <translation>Lista de oradores: abra primero una parte del programa.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="208" />
      <source>List of speakers: {n} waiting, {t} needed</source>
      <translation>Lista de oradores: {n} en espera, se necesitan {t}</translation>
    </message>
  </context>
  <context>
    <name>Stations</name>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="148" />
      <source>Display station (reads only)</source>
      <translation>Puesto de pantalla (solo lectura)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="147" />
      <source>Officer's station</source>
      <translation>Puesto del oficial</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="146" />
      <source>Officer's station: the floor is handed to the secretary</source>
      <translation>Puesto del oficial: la palabra se ha cedido al secretario</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="50" />
      <source>Only the chair's officer can do this.</source>
      <translation>Solo el oficial de la presidencia puede hacerlo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="48" />
      <source>Only the chair's officer gives the floor and runs the clock, until the officer hands them over to this station.</source>
      <translation>Solo el oficial de la presidencia concede la palabra y lleva el reloj, hasta que se los ceda a este puesto.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="143" />
      <source>Secretary's station: the officer handed you the floor</source>
      <translation>Puesto del secretario: el oficial le ha cedido la palabra</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="144" />
      <source>Secretary's station: the officer has the floor</source>
      <translation>Puesto del secretario: la palabra la tiene el oficial</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="135" />
      <source>Take the floor back from the secretary</source>
      <translation>Recuperar la palabra del secretario</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="43" />
      <source>display</source>
      <translation>pantalla</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>officer</source>
      <translation>oficial</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>secretary</source>
      <translation>secretario</translation>
    </message>
  </context>
  <context>
    <name>Synthesis</name>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="176" />
      <source>Edit the Summary's synthesis…</source>
      <translation>Editar la síntesis del Resumen…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="78" />
      <source>Keep</source>
      <translation>Conservar</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="90" />
      <source>Kept in the Summary:</source>
      <translation>Texto que figurará en el Resumen:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="178" />
      <source>Kept text in the Summary.</source>
      <translation>El Resumen recoge el texto conservado.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="204" />
      <source>Kept. The next export prints this text.</source>
      <translation>Texto conservado; la próxima exportación lo recogerá.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="62" />
      <source>Language of the Summary:</source>
      <translation>Idioma del Resumen:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="164" />
      <source>No key points have been recorded yet.</source>
      <translation>Todavía no se ha registrado ningún punto principal.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="148" />
      <source>Opening paragraph: speakers and panellists</source>
      <translation>Párrafo inicial: oradores y panelistas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="150" />
      <source>Points under no theme</source>
      <translation>Puntos sin tema</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="88" />
      <source>Proposed by Floor (from the notes, unattributed):</source>
      <translation>Propuesto por Floor (a partir de las notas, sin atribución):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="74" />
      <source>Rewrite the proposal here; a blank line starts a new paragraph.</source>
      <translation>Reescriba aquí la propuesta; una línea en blanco inicia un nuevo párrafo.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="82" />
      <source>Start from the proposal</source>
      <translation>Partir de la propuesta</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="179" />
      <source>The Summary prints the proposal.</source>
      <translation>El Resumen recoge la propuesta.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="50" />
      <source>The Summary's synthesis</source>
      <translation>Síntesis del Resumen</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="80" />
      <source>Use the proposal</source>
      <translation>Volver a la propuesta</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="75" />
      <source>Chair</source>
      <translation>Presidencia</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="72" />
      <source>Civil society</source>
      <translation>Sociedad civil</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="58" />
      <source>Civil society organization</source>
      <translation>Organización de la sociedad civil</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>GROUP</source>
      <translation>GRUPO</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>Group</source>
      <translation>Grupo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="56" />
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation>Observador intergubernamental (Unión Africana, CICR…)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="68" />
      <source>Member State</source>
      <translation>Estado Miembro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="74" />
      <source>Moderator</source>
      <translation>Moderador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="70" />
      <source>Observer</source>
      <translation>Observador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="69" />
      <source>Observer State</source>
      <translation>Estado observador</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="76" />
      <source>Other</source>
      <translation>Otro</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <source>POINT OF ORDER</source>
      <translation>CUESTIÓN DE ORDEN</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="73" />
      <source>Panellist</source>
      <translation>Panelista</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <location filename="../../floorapp/gui/console/words.py" line="43" />
      <source>Point of order</source>
      <translation>Cuestión de orden</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>QUESTION</source>
      <translation>PREGUNTA</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Question</source>
      <translation>Pregunta</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>Question to the panel</source>
      <translation>Pregunta a los panelistas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>REPLY</source>
      <translation>RESPUESTA</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="41" />
      <source>Reply</source>
      <translation>Respuesta</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>Right of reply</source>
      <translation>Derecho de respuesta</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>Statement</source>
      <translation>Declaración</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>Statement on behalf of a group</source>
      <translation>Declaración en nombre de un grupo</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="71" />
      <source>UN system</source>
      <translation>Sistema de las Naciones Unidas</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="57" />
      <source>UN system entity</source>
      <translation>Entidad del sistema de las Naciones Unidas</translation>
    </message>
    <message>
      <source>{speaker}, on behalf of {group}</source>
      <translation type="vanished">{speaker}, en nombre de {group}</translation>
    </message>
    <message>
      <source>{text} (delivered by {person})</source>
      <translation type="vanished">{text} (pronunciada por {person})</translation>
    </message>
  </context>
</TS>
