<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>AddField</name>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="209" />
      <source>Add to the list: type a few letters of a name, Enter</source>
      <translation>Запись: наберите несколько букв названия и нажмите Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="210" />
      <source>Group statement: who speaks? Then the group, Enter</source>
      <translation>Заявление от имени группы: кто выступает? Затем группа, Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="313" />
      <source>Nobody was added: “{text}” matches no participant.</source>
      <translation>Никто не записан: «{text}» не соответствует ни одному участнику.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="140" />
      <source>On behalf of (e.g. the African Group)</source>
      <translation>От имени (например, Группы африканских государств)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="324" />
      <source>On behalf of which group? Type it and press Enter.</source>
      <translation>От имени какой группы? Наберите и нажмите Enter.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="213" />
      <source>Point of order: who raises it? Enter gives the floor at once</source>
      <translation>По порядку ведения заседания: кто? Enter сразу предоставляет слово</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="330" />
      <source>Point of order: {name} has the floor.</source>
      <translation>По порядку ведения заседания: слово предоставлено: {name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="211" />
      <source>Question to the panel: who asks? Enter</source>
      <translation>Вопрос участникам дискуссии: кто спрашивает? Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="212" />
      <source>Right of reply: who asks for it? Enter</source>
      <translation>Право на ответ: кто просит? Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="159" />
      <source>Statement</source>
      <translation>Заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="294" />
      <source>Type a few letters of a name first.</source>
      <translation>Сначала наберите несколько букв названия.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="333" />
      <source>{name} is inscribed, number {n} on the list.</source>
      <translation>{name} записан(а) в список под номером {n}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="300" />
      <source>“{text}” could be {a} or {b}: choose with ↓ and Enter, or type more.</source>
      <translation>«{text}» — это {a} или {b}: выберите ↓ и Enter или наберите больше.</translation>
    </message>
  </context>
  <context>
    <name>AddParticipant</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="90" />
      <source>&amp;Category:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="65" />
      <source>A participant of this meeting who is not on the roster. The name in English is needed; names in the other languages are shown when the display is in that language.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="63" />
      <source>Add a participant</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="50" />
      <source>Chair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="47" />
      <source>Civil society organization</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="45" />
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="43" />
      <source>Member State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="49" />
      <source>Moderator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="81" />
      <source>Name in English (required):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="69" />
      <source>No participant on the roster matches “{name}”. Add it to this meeting?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="44" />
      <source>Observer State</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="51" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="48" />
      <source>Panellist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="138" />
      <source>The participant was not added.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="113" />
      <source>Type the name in English.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="46" />
      <source>UN system entity</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="117" />
      <source>“{name}” is already a participant ({english}): add it to the list by typing its name.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../floorapp/gui/app.py" line="139" />
      <source>No such meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="141" />
      <source>Open an existing meeting, or create one from a programme file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="151" />
      <location filename="../../floorapp/gui/app.py" line="153" />
      <source>The meeting database cannot be used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="165" />
      <source>The programme file cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="163" />
      <source>The programme file has problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="140" />
      <source>There is no meeting database at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="185" />
      <source>{n} problems in all; see the details.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Console</name>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="76" />
      <source>Ignored a second “next” within a second of the first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="335" />
      <source>Keep the meeting in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="113" />
      <source>List of speakers</source>
      <translation>Список ораторов</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="114" />
      <source>Log and notes</source>
      <translation>Журнал и заметки</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="335" />
      <source>Meetings (*.floor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="324" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="282" />
      <source>Names are shown in the new language; menus follow at the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="331" />
      <source>New meeting from a programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="318" />
      <source>No export is available yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="139" />
      <source>Nobody is marked absent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="226" />
      <source>Not done: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="324" />
      <source>Open a meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="112" />
      <source>Programme</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="331" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="94" />
      <source>Redone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="114" />
      <source>Select a request in the list first (Ctrl+2, then the arrows).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="100" />
      <source>Sound cues muted.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="100" />
      <source>Sound cues on.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="83" />
      <source>The floor is given to {name}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="233" />
      <source>The last action was not recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="151" />
      <source>The list is open again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="152" />
      <source>The list of speakers is closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="232" />
      <source>The meeting database failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="350" />
      <source>The programme editor is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="131" />
      <source>The request is already at that end of the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="293" />
      <source>The speaker display is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="89" />
      <source>Undone. Redo with Ctrl+Shift+Z.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="241" />
      <source>cues muted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="378" />
      <source>{name} was added; type the name to inscribe it.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Cues</name>
    <message>
      <location filename="../../floorapp/cues/check.py" line="164" />
      <source> (default)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="179" />
      <source>(The cues are muted in the app; the sound check plays them anyway.)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="122" />
      <source>Audio output</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="65" />
      <source>Built-in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="63" />
      <source>Choose file…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="125" />
      <source>Cues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="190" />
      <source>Done: {n} cues played.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="174" />
      <source>Every cue is turned off in the settings: nothing to play.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="67" />
      <source>Go back to Floor's own sound for this cue.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="100" />
      <source>Mute sound cues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="167" />
      <source>No audio output was found.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="164" />
      <source>No audio output was found: cues are visual only.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="189" />
      <source>Not played (turned off): {cue}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>Overrun reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="104" />
      <source>Play every cue that is on, in order, to test the room's sound.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="181" />
      <location filename="../../floorapp/cues/settings_widget.py" line="279" />
      <source>Playing: {cue} ({file})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>Point of order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="68" />
      <source>Preview</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="122" />
      <source>Qt Multimedia cannot be loaded ({error}): cues are visual only. On Linux it needs the libpulse0 package.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="240" />
      <source>Reading {file}…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="55" />
      <source>Repeated at the reminder interval while a speaker is over time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/hook.py" line="53" />
      <source>Sound &amp;cues…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="102" />
      <location filename="../../floorapp/cues/settings_widget.py" line="283" />
      <source>Sound check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="284" />
      <source>Sound check done: {n} cues played.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="177" />
      <source>Sound check on {output}:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/hook.py" line="97" />
      <location filename="../../floorapp/cues/hook.py" line="49" />
      <source>Sound cues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="232" />
      <source>Sound for “{cue}”</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="47" />
      <source>Sounds (*.wav *.mp3 *.ogg *.flac);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="274" />
      <source>Stop sound check</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="170" />
      <source>System default</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="71" />
      <source>The audio output “{name}” was not found; the cues play on {fallback}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>Time is up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="123" />
      <source>Volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>Warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="58" />
      <source>When a point of order takes the floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="53" />
      <source>When the speaker's time is up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="51" />
      <source>When the warning time is reached (e.g. 30 s left).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="186" />
      <source>built-in sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>overrun reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>point of order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>time is up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>warning</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="217" />
      <source>{file}: the sound for “{cue}” cannot be played.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="222" />
      <source>{file}: the sound for “{cue}” cannot be played; the previous sound is kept.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="175" />
      <source>{name} (not connected)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="181" />
      <source>{n} %</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="248" />
      <source>“{cue}” now plays {file}.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>CurrentView</name>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="139" />
      <source>Limit {limit}</source>
      <translation>Регламент {limit}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="100" />
      <source>Next: {name}</source>
      <translation>Следующий: {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="97" />
      <source>Nobody has the floor</source>
      <translation>Никто не выступает</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="146" />
      <source>Space or Ctrl+Space resumes</source>
      <translation>Пробел или Ctrl+Пробел — продолжить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="109" />
      <source>interrupting {name} (their time is paused)</source>
      <translation>прерывает {name} (время приостановлено)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="144" />
      <source>spoken {t}</source>
      <translation>прошло {t}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="142" />
      <source>{sign}{ext} extension</source>
      <translation>продление {sign}{ext}</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../floorapp/export/worker.py" line="143" />
      <location filename="../../floorapp/export/worker.py" line="126" />
      <source>Export failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/export/worker.py" line="111" />
      <source>Export to</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/export/worker.py" line="138" />
      <source>Exported to {path}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/export/worker.py" line="118" />
      <source>Exporting…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/export/dialog.py" line="38" />
      <source>Language:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/export/dialog.py" line="47" />
      <source>Segment:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>HelpOverlay</name>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>Enter</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="55" />
      <source>Esc or F1 closes this panel.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="33" />
      <source>In the add field: move in the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="32" />
      <source>In the add field: on behalf of…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="30" />
      <source>In the add field: {kind}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>In the log: write notes on the intervention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="37" />
      <source>In the notes: add the note</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <source>In the programme: open the segment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="54" />
      <source>Keyboard shortcuts</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="155" />
      <source>&amp;Accept: create the meeting…</source>
      <translation>&amp;Принять: создать заседание…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="103" />
      <source>&amp;Change the text</source>
      <translation>&amp;Изменить текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="97" />
      <source>&amp;Open a file…</source>
      <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="100" />
      <source>&amp;Propose</source>
      <translation>&amp;Предложить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="126" />
      <source>&amp;Remove the selected row</source>
      <translation>&amp;Удалить выбранную строку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="158" />
      <source>&amp;Save as a programme file…</source>
      <translation>&amp;Сохранить как файл программы…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="298" />
      <source>(not in the text)</source>
      <translation>(нет в тексте)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="434" />
      <source>A programme needs at least one segment.</source>
      <translation>В программе должна быть хотя бы одна часть.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="278" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="224" />
      <source>Change the text, then press Propose again.</source>
      <translation>Измените текст и снова нажмите «Предложить».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="183" />
      <source>Click a field to see where it came from. Rows marked ⚠ were guessed: check them. Double-click a value to change it. Nothing is saved until you accept.</source>
      <translation>Щёлкните поле, чтобы увидеть, откуда оно взято. Строки с пометкой ⚠ угаданы — проверьте их. Дважды щёлкните значение, чтобы изменить его. Ничего не сохраняется, пока вы не примете программу.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="191" />
      <source>Concept notes (*.txt *.docx *.pdf);;All files (*)</source>
      <translation>Концептуальные записки (*.txt *.docx *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="237" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="250" />
      <source>End</source>
      <translation>Окончание</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="272" />
      <source>Every dated or timed part of the text is in the programme.</source>
      <translation>Все части текста с датой или временем вошли в программу.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="119" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="119" />
      <source>From</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="39" />
      <source>Keep the meeting in</source>
      <translation>Сохранить заседание в</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="279" />
      <source>Keynote speaker</source>
      <translation>Основной докладчик</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="253" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="243" />
      <source>Limit: {who}</source>
      <translation>Регламент: {who}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="235" />
      <source>Meeting</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="39" />
      <source>Meetings (*.floor)</source>
      <translation>Заседания (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="278" />
      <source>Moderator</source>
      <translation>Модератор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="48" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="89" />
      <source>New meeting from a concept note</source>
      <translation>Новое заседание по концептуальной записке</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="134" />
      <source>Not in the programme (check these parts of the text):</source>
      <translation>Не вошло в программу (проверьте эти части текста):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="364" />
      <source>Nothing was proposed yet.</source>
      <translation>Пока ничего не предложено.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="190" />
      <source>Open a concept note</source>
      <translation>Открыть концептуальную записку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="279" />
      <source>Panellist</source>
      <translation>Участник дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="209" />
      <source>Paste the concept note first.</source>
      <translation>Сначала вставьте концептуальную записку.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="113" />
      <source>Paste the concept note here.</source>
      <translation>Вставьте сюда концептуальную записку.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="94" />
      <source>Paste the concept note or programme below, or open a file (.txt, .docx, .pdf), then press Propose.</source>
      <translation>Вставьте ниже концептуальную записку или программу либо откройте файл (.txt, .docx, .pdf) и нажмите «Предложить».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="467" />
      <source>Programmes (*.toml)</source>
      <translation>Программы (*.toml)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="119" />
      <source>Proposed value</source>
      <translation>Предложенное значение</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="466" />
      <source>Save the programme</source>
      <translation>Сохранить программу</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="246" />
      <source>Segment {n}</source>
      <translation>Часть {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="280" />
      <source>Speaker</source>
      <translation>Выступающий</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="247" />
      <source>Start</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="49" />
      <source>The programme could not be saved in {path}: {why}</source>
      <translation>Не удалось сохранить программу в {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="259" />
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="354" />
      <source>This field cannot be removed; change its value instead.</source>
      <translation>Это поле нельзя удалить; измените его значение.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="240" />
      <source>Time zone</source>
      <translation>Часовой пояс</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="236" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="252" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="308" />
      <source>Unsure: {why}</source>
      <translation>Не уверен: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="239" />
      <source>Venue</source>
      <translation>Место проведения</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="297" />
      <source>line {n}</source>
      <translation>строка {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="264" />
      <source>line {n}: {text} — {why}</source>
      <translation>строка {n}: {text} — {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="212" />
      <source>the pasted text</source>
      <translation>вставленный текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="444" />
      <source>the programme</source>
      <translation>программа</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="420" />
      <source>{where}: the kind is one of: {kinds}</source>
      <translation>{where}: вид — один из: {kinds}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="400" />
      <source>{where}: write minutes:seconds, such as 3:00</source>
      <translation>{where}: укажите минуты:секунды, например 3:00</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="393" />
      <source>{where}: “{v}” is not a date; write it as 2012-04-03</source>
      <translation>{where}: «{v}» — не дата; укажите её в виде 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="411" />
      <source>{where}: “{v}” is not a time; write it as HH:MM on the 24-hour clock</source>
      <translation>{where}: «{v}» — не время; укажите его как ЧЧ:ММ в 24-часовом формате</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="454" />
      <source>… and {n} more</source>
      <translation>… и ещё {n}</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="52" />
      <source>a 24-hour time was also marked am/pm</source>
      <translation>время в 24-часовом формате помечено ещё и am/pm</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="26" />
      <source>a cell of a grid under no time</source>
      <translation>ячейка таблицы без времени</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="27" />
      <source>a deadline</source>
      <translation>крайний срок</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="29" />
      <source>a point in time among timed segments, not a segment</source>
      <translation>отдельный момент времени среди частей с интервалами, а не часть</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="31" />
      <source>a point in time at the same time as the next</source>
      <translation>момент времени совпадает со следующим</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="32" />
      <source>a room named in the text</source>
      <translation>зал, названный в тексте</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="47" />
      <source>a theme named before any segment</source>
      <translation>тема названа до всех частей</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="35" />
      <source>a time alone, not a segment</source>
      <translation>одно время, а не часть</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="34" />
      <source>a time with no title after it (a column heading?)</source>
      <translation>время без названия после него (заголовок столбца?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="89" />
      <source>at the same time as “{title}” (a parallel meeting)</source>
      <translation>одновременно с «{title}» (параллельное заседание)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="37" />
      <source>cut from themes run together on one line</source>
      <translation>выделено из тем, записанных подряд в одной строке</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="38" />
      <source>end not written</source>
      <translation>окончание не указано</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="40" />
      <source>end not written: taken from the next item</source>
      <translation>окончание не указано: взято из следующего пункта</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="85" />
      <source>from “{city}” in the text</source>
      <translation>по слову «{city}» в тексте</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="44" />
      <source>listed without a label: taken as a speaker</source>
      <translation>указан без подписи: принят за выступающего</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="42" />
      <source>listed without a label: taken as panellist</source>
      <translation>указан без подписи: принят за участника дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="45" />
      <source>marked as to be confirmed</source>
      <translation>помечено «подлежит подтверждению»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="46" />
      <source>named before any segment</source>
      <translation>назван до всех частей</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="48" />
      <source>no am/pm: read as afternoon</source>
      <translation>нет am/pm: прочитано как послеобеденное время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="50" />
      <source>no am/pm: the end was read as afternoon</source>
      <translation>нет am/pm: окончание прочитано как послеобеденное время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="54" />
      <source>no announced title: a heading was taken</source>
      <translation>объявленного названия нет: взят заголовок</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="55" />
      <source>no city found: New York assumed</source>
      <translation>город не найден: принят Нью-Йорк</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="57" />
      <source>no date found: today's date was put in its place</source>
      <translation>дата не найдена: подставлена сегодняшняя</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="59" />
      <source>no honorific (Mr., Ms., H.E. …): check this is a person</source>
      <translation>нет обращения (г-н, г-жа, Е. П. …): проверьте, что это человек</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="61" />
      <source>no segments found: the meeting's title</source>
      <translation>части не найдены: название заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="63" />
      <source>no times in the text: placeholder, set the real times</source>
      <translation>в тексте нет времени: временное значение, укажите настоящее время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="64" />
      <source>no title found</source>
      <translation>название не найдено</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="65" />
      <source>no venue found</source>
      <translation>место проведения не найдено</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="87" />
      <source>on another day ({day}): a programme holds one day</source>
      <translation>в другой день ({day}): программа охватывает один день</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="92" />
      <source>repaired broken encoding in {name} ({n} garbled sequences such as “{sample}”)</source>
      <translation>исправлена испорченная кодировка в {name} ({n} искажённых последовательностей, например «{sample}»)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="66" />
      <source>taken from the “Theme” line</source>
      <translation>взято из строки «Тема»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="51" />
      <source>the end was read as afternoon</source>
      <translation>окончание прочитано как послеобеденное время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="68" />
      <source>the first date in the text; check it is the meeting's</source>
      <translation>первая дата в тексте; проверьте, что это дата заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="70" />
      <source>the last point in time: its end is not written</source>
      <translation>последний момент времени: его окончание не указано</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="72" />
      <source>the meeting's hours: no segments were found</source>
      <translation>часы заседания: части не найдены</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="74" />
      <source>the meeting's title: no segments were found</source>
      <translation>название заседания: части не найдены</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="75" />
      <source>the title of the only segment</source>
      <translation>название единственной части</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="77" />
      <source>the year is not written with the date</source>
      <translation>год не указан вместе с датой</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="78" />
      <source>the year is not written with the day</source>
      <translation>год не указан вместе с днём</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="79" />
      <source>times from the grid's column heading</source>
      <translation>время взято из заголовка столбца таблицы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="81" />
      <source>times side by side: the columns of a grid (parallel meetings?)</source>
      <translation>время рядом: столбцы таблицы (параллельные заседания?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="83" />
      <source>who the limit is for is not said: taken for delegations</source>
      <translation>не сказано, к кому относится регламент: принят для делегаций</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="100" />
      <source>{name} has broken encoding that cannot be repaired ({n} {what}); the original characters are lost. Copy the text again from the original document (or save it as UTF-8) and import that.</source>
      <translation>В {name} испорчена кодировка, которую нельзя исправить ({n} {what}); исходные символы потеряны. Скопируйте текст заново из исходного документа (или сохраните его в UTF-8) и импортируйте его.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="105" />
      <source>{name} is a PDF without a text layer (a scan?): copy the text from the original document instead.</source>
      <translation>{name} — PDF без текстового слоя (скан?): скопируйте текст из исходного документа.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="96" />
      <source>{name} is not UTF-8 (byte {byte} at offset {at}); read it as Windows-1252</source>
      <translation>{name} не в UTF-8 (байт {byte} в позиции {at}); прочитан как Windows-1252</translation>
    </message>
  </context>
  <context>
    <name>LogModel</name>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>#</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="56" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Over</source>
      <translation>Превышение</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Speaker</source>
      <translation>Оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Spoken</source>
      <translation>Длительность</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Start</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="173" />
      <source>paused</source>
      <translation>пауза</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="174" />
      <source>speaking</source>
      <translation>выступает</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="43" />
      <source>&amp;Export</source>
      <translation>&amp;Экспорт</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="69" />
      <source>Display &amp;language</source>
      <translation>&amp;Язык отображения</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="37" />
      <source>Open &amp;recent</source>
      <translation>&amp;Недавние заседания</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="183" />
      <source>(struck) {text}</source>
      <translation>(вычеркнуто) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="71" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="218" />
      <source>Add note</source>
      <translation>Добавить заметку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="64" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>Основная мысль выступления (Ctrl+Enter — добавить)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="77" />
      <source>New note</source>
      <translation>Новая заметка</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="168" />
      <source>Notes on {name}</source>
      <translation>Заметки: {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="220" />
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="218" />
      <source>Save correction</source>
      <translation>Сохранить исправление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="161" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>Выберите выступление в журнале, чтобы делать заметки.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="74" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="220" />
      <source>Strike</source>
      <translation>Вычеркнуть</translation>
    </message>
  </context>
  <context>
    <name>PhaseStyle</name>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="30" />
      <source>Floor is free</source>
      <translation>Никто не выступает</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="38" />
      <source>Over time</source>
      <translation>Время превышено</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="33" />
      <source>PAUSED</source>
      <translation>ПАУЗА</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="35" />
      <source>Speaking</source>
      <translation>Выступает</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="37" />
      <source>TIME IS UP</source>
      <translation>ВРЕМЯ ИСТЕКЛО</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="36" />
      <source>Time almost up</source>
      <translation>Время почти истекло</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="67" />
      <source>&amp;Copy</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="41" />
      <source>No details are known.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="55" />
      <source>Nothing was changed. The problem:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="56" />
      <source>Nothing was changed. The {count} problems:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Programme</name>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="37" />
      <source>Chair:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="40" />
      <source>Moderator:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="35" />
      <source>Not open. Enter opens it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_model.py" line="89" />
      <source>Open now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="44" />
      <source>Panellists:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="126" />
      <source>Select a segment to see its panel and themes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="47" />
      <source>Themes:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgrammeEditor</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="50" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="50" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="74" />
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="111" />
      <source>&amp;Chair:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="109" />
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="147" />
      <source>&amp;Description:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="146" />
      <source>&amp;Ends at:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="142" />
      <source>&amp;Id:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="143" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="115" />
      <source>&amp;Limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="60" />
      <source>&amp;Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="160" />
      <source>&amp;Moderator:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="111" />
      <source>&amp;People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="51" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="51" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="110" />
      <source>&amp;Segment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="113" />
      <source>&amp;Themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="108" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="110" />
      <source>&amp;Venue:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="59" />
      <source>A panellist of {segment} has a role but no name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="52" />
      <source>A theme of {segment} has an id but no title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="69" />
      <source>Also &amp;save to a programme file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="40" />
      <source>Break</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="159" />
      <source>C&amp;hair:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="39" />
      <source>Chair</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="36" />
      <source>Civil society</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="39" />
      <source>Closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="58" />
      <source>Edit the programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="112" />
      <source>Id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="38" />
      <source>Interactive dialogue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="32" />
      <source>Member States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="38" />
      <source>Moderator</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="53" />
      <source>Move &amp;down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="52" />
      <source>Move &amp;up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="56" />
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="56" />
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="70" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="33" />
      <source>Observer States</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="34" />
      <source>Observers</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="36" />
      <source>Opening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="41" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="40" />
      <source>Other participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="37" />
      <source>Panel discussion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="161" />
      <source>Panellist</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="37" />
      <source>Panellists</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="43" />
      <source>Points of order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="175" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="42" />
      <source>Questions to the panel</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="44" />
      <source>Right of reply (first)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="45" />
      <source>Right of reply (second)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="161" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="73" />
      <source>Role, e.g. Executive Director, UNODC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="145" />
      <source>S&amp;tarts at:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="174" />
      <source>Save the programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="63" />
      <source>Se&amp;gments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="45" />
      <source>Segment {n} needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="112" />
      <source>Speaking &amp;limits:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="41" />
      <source>Statements on behalf of a group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="144" />
      <source>T&amp;itle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="42" />
      <source>The id “{id}” of {segment} may only have letters, digits, - and _.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="89" />
      <source>The limit for {key} must be more than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="72" />
      <source>The meeting needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="213" />
      <source>The meeting uses the new programme, but {path} could not be written: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="212" />
      <source>The programme file was not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="215" />
      <source>The programme itself was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="74" />
      <source>The programme needs at least one segment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="199" />
      <source>The programme was not replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="103" />
      <source>The segment “{title}” (id {id}) cannot be removed or renamed: its list of speakers has already been opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="113" />
      <source>The theme “{id}” of “{segment}” cannot be removed: notes are tagged with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="112" />
      <source>Theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="79" />
      <source>Two segments have the id “{id}”; each needs its own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="54" />
      <source>Two themes of {segment} have the id “{id}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="35" />
      <source>UN system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="125" />
      <source>a short name, e.g. panel-1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="107" />
      <source>as the meeting ({time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="128" />
      <source>default ({time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="28" />
      <source>segment {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="47" />
      <source>{segment} ends at {end}, which is not after its start at {start}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="39" />
      <source>{segment} needs an id (a short name such as panel-1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="83" />
      <source>{segment} starts at {start}, before {previous} ends at {end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="158" />
      <source>… and {n} more.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Record</name>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="79" />
      <source>&amp;Amount:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="84" />
      <source>&amp;Currency (ISO code):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="143" />
      <source>&amp;Delivered by:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="148" />
      <source>&amp;Ended at:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="135" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="129" />
      <source>&amp;Speaker:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="72" />
      <source>&amp;What was announced:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="57" />
      <source>(struck) {text}</source>
      <translation>(вычеркнуто) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="266" />
      <source>An announcement or a pledge, with its amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="67" />
      <source>Announcement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="264" />
      <source>Announcement…</source>
      <translation>Объявление…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="249" />
      <source>Another language</source>
      <translation>Другой язык</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="113" />
      <source>Correct the intervention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="273" />
      <source>Correct the speaker, kind, on behalf of, delivered by or times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="271" />
      <source>Correct…</source>
      <translation>Исправить…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="246" />
      <source>Language: not recorded</source>
      <translation>Язык: не указан</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="139" />
      <source>On &amp;behalf of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="342" />
      <source>Restore announcement</source>
      <translation>Восстановить объявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="145" />
      <source>S&amp;tarted at:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="268" />
      <location filename="../../floorapp/gui/console/record_panel.py" line="343" />
      <source>Strike announcement</source>
      <translation>Вычеркнуть объявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="227" />
      <source>The correction was not recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="254" />
      <source>The delegation handed in a written statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="250" />
      <source>The language the statement was delivered in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="119" />
      <source>The original stays in the journal; the log and the exports show the correction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="127" />
      <source>Type a name as in the add field: any of the six languages or a short form.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="257" />
      <source>Video message</source>
      <translation>Видеообращение</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="252" />
      <source>Written statement</source>
      <translation>Письменное заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="71" />
      <source>e.g. Pledge to the UN Voluntary Trust Fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="78" />
      <source>no amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="142" />
      <source>the speaker themself</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SegmentClock</name>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="99" />
      <source>No segment is open.</source>
      <translation>Ни одна часть не открыта.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="106" />
      <source>Now {now} · scheduled end {end} · {n} waiting, {need} needed</source>
      <translation>Сейчас {now} · окончание {end} · ожидают {n}, нужно {need}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="100" />
      <source>Open one from the programme (Ctrl+1, then Enter).</source>
      <translation>Откройте её в программе (Ctrl+1, затем Enter).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="43" />
      <source>The list ends at {end}, {m} min before the scheduled end.</source>
      <translation>Список закончится в {end}, за {m} мин до запланированного окончания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="47" />
      <source>The list ends at {end}: {m} min over; {advice}.</source>
      <translation>Список закончится в {end}: превышение {m} мин; {advice}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="38" />
      <source>The list is empty; the segment is {m} min over its scheduled end.</source>
      <translation>Список пуст; часть превысила запланированное время на {m} мин.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="37" />
      <source>The list is empty; {m} min left until the scheduled end.</source>
      <translation>Список пуст; до запланированного окончания {m} мин.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="45" />
      <source>consider shortening the limit</source>
      <translation>рассмотрите сокращение регламента</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="46" />
      <source>consider shortening the limit or closing the list</source>
      <translation>рассмотрите сокращение регламента или закрытие списка</translation>
    </message>
  </context>
  <context>
    <name>Settings</name>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="91" />
      <source>A sound file (WAV, MP3, OGG or FLAC) played instead of the built-in sound; empty for the built-in sound.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="68" />
      <source>Audio output for cues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="162" />
      <source>Console layout</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="59" />
      <source>Cue volume</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="140" />
      <source>Display language</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="145" />
      <source>Font scale</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="149" />
      <source>High contrast</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="153" />
      <source>Index of the screen for the speaker display; -1 picks the second screen if there is one.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="140" />
      <source>Language of the app and of the names it shows: ar, zh, en, fr, ru or es.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="60" />
      <source>Loudness of the sound cues, from 0 (silent) to 1 (full).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="158" />
      <source>Meeting databases opened lately, newest first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="64" />
      <source>Mute sound cues</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="134" />
      <source>Order of the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="82" />
      <source>Overrun reminder</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="128" />
      <source>Overrun reminder interval</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="100" />
      <source>Overrun reminder sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="87" />
      <source>Play a cue when a point of order takes the floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="81" />
      <source>Play a cue when the speaker's time is up.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="79" />
      <source>Play a cue when the warning time is reached.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="83" />
      <source>Play a reminder at every reminder interval while a speaker is over time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="86" />
      <source>Point-of-order cue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="102" />
      <source>Point-of-order sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="149" />
      <source>Pure black, white, yellow and red for the countdown states.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="158" />
      <source>Recent meetings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="145" />
      <source>Scales the text of the console (1.0 is the system size).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="114" />
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="65" />
      <source>Silence every sound cue; the countdown colours still change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="153" />
      <source>Speaker display screen</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="123" />
      <source>The countdown turns to its warning state when this many seconds are left.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="69" />
      <source>The sound device the cues play on, by name or id; empty for the system's default output.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="80" />
      <source>Time-up cue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="99" />
      <source>Time-up sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="78" />
      <source>Warning cue</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_keys.py" line="98" />
      <source>Warning sound</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="123" />
      <source>Warning time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="162" />
      <source>Where the console's panels were left (kept by the app).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="128" />
      <source>While a speaker is over time, a reminder comes every this many seconds (0: none).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/settings.py" line="134" />
      <source>first_come: in the order the floor was asked; un_practice: groups of States first, then Member States, observers and others.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="90" />
      <source> s</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="211" />
      <source>&amp;Order of the list:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="219" />
      <source>&amp;Overrun reminder every (0: none):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="215" />
      <source>&amp;Warning when this much time is left:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="73" />
      <source>Automatic (second screen if any)</source>
      <translation type="unfinished" />
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
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="297" />
      <source>Display</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="57" />
      <source>First come, first served</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="288" />
      <source>Limit: {kind}</source>
      <translation type="unfinished" />
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
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="296" />
      <source>New meetings</source>
      <translation type="unfinished" />
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
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="228" />
      <source>Open a segment to change its speaking limits.</source>
      <translation type="unfinished" />
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
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="80" />
      <source>Screen {n} (not connected now)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="77" />
      <source>Screen {n}: {name} ({w}×{h})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="277" />
      <source>Settings</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="226" />
      <source>Speaking limits for the rest of the list of “{segment}”:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>Statements on behalf of a group</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="292" />
      <source>The language of names and of the speaker display, the size of the text, and the screen the speaker display goes to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="251" />
      <source>The meeting's rules were not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="295" />
      <source>This meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="58" />
      <source>UN practice: groups, Member States, observers, others</source>
      <translation type="unfinished" />
    </message>
    <message>
      <source>UN system</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="286" />
      <source>What a new meeting starts with, where its programme does not say (limits in seconds).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="256" />
      <source>{kind}: the limit was not changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="189" />
      <source>{title}: {value} is not allowed.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="163" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="164" />
      <source>&amp;Floor</source>
      <translation>&amp;Выступления</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="167" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="165" />
      <source>&amp;List</source>
      <translation>&amp;Список</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="166" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="146" />
      <source>Add a participant…</source>
      <translation>Добавить участника…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="98" />
      <source>Add to the list</source>
      <translation>Записать в список</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="115" />
      <source>Close / reopen the list</source>
      <translation>Закрыть / вновь открыть список</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="153" />
      <source>Close the console; the meeting is saved as it goes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="116" />
      <source>Close the list of speakers to new inscriptions, or reopen it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="136" />
      <source>Create a meeting database from a programme file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="143" />
      <source>Edit the programme…</source>
      <translation>Изменить программу…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="80" />
      <source>End the current intervention; one undo brings it back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="74" />
      <source>End the current turn and give the floor to the first on the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="79" />
      <source>End the turn</source>
      <translation>Завершить выступление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="81" />
      <source>Extend by 30 s</source>
      <translation>Продлить на 30 с</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="82" />
      <source>Give the speaker 30 seconds more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="120" />
      <source>Go to the list</source>
      <translation>Перейти к списку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="122" />
      <source>Go to the log</source>
      <translation>Перейти к журналу</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="118" />
      <source>Go to the programme</source>
      <translation>Перейти к программе</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="131" />
      <source>High contrast</source>
      <translation>Высокая контрастность</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="155" />
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="127" />
      <source>Larger text</source>
      <translation>Крупнее текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="128" />
      <source>Make the console's text larger.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="130" />
      <source>Make the console's text smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="109" />
      <source>Mark absent</source>
      <translation>Отметить отсутствие</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="103" />
      <source>Move down</source>
      <translation>Ниже</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="102" />
      <source>Move the selected request one place earlier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="104" />
      <source>Move the selected request one place later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="101" />
      <source>Move up</source>
      <translation>Выше</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="95" />
      <source>Mute sound cues</source>
      <translation>Отключить звуковые сигналы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>New meeting from a concept note…</source>
      <translation>Новое заседание по концептуальной записке…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="135" />
      <source>New meeting from a programme…</source>
      <translation>Новое заседание по программе…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="73" />
      <source>Next speaker</source>
      <translation>Следующий оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="142" />
      <source>Open an existing meeting database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
      <source>Open meeting…</source>
      <translation>Открыть заседание…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Paste or open a concept note; check the proposed programme; create the meeting.</source>
      <translation>Вставьте или откройте концептуальную записку, проверьте предложенную программу и создайте заседание.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="76" />
      <source>Pause / resume</source>
      <translation>Пауза / продолжить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="85" />
      <source>Point of order…</source>
      <translation>Выступление по порядку ведения заседания…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="132" />
      <source>Pure black, white, yellow and red countdown states.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="113" />
      <source>Put the selected (or first) absent delegation back at the top of the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="152" />
      <source>Quit</source>
      <translation>Выход</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="112" />
      <source>Recall absent</source>
      <translation>Вернуть отсутствовавшего</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="93" />
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="94" />
      <source>Restore the last undone floor action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="88" />
      <source>Right of reply…</source>
      <translation>Право на ответ…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="144" />
      <source>Segments, times, limits, themes and panellists; saved in the journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="123" />
      <source>Select a past intervention to add or correct its notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="121" />
      <source>Select a request with the arrows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="119" />
      <source>Select a segment with the arrows and open it with Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="108" />
      <source>Send the selected request to the end of the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="107" />
      <source>Send to the end</source>
      <translation>В конец списка</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="110" />
      <source>Set aside the selected request: the delegation is not in the room.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
      <source>Settings…</source>
      <translation>Настройки…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="83" />
      <source>Shorten by 30 s</source>
      <translation>Сократить на 30 с</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="156" />
      <source>Show every shortcut of the console.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="125" />
      <source>Show or hide the speaker display for the room.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="96" />
      <source>Silence the sound cues, or bring them back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="129" />
      <source>Smaller text</source>
      <translation>Мельче текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="124" />
      <source>Speaker display</source>
      <translation>Экран ораторов</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="77" />
      <source>Stop or restart the speaker's time (Space works outside text fields).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="84" />
      <source>Take 30 seconds from the speaker's time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="92" />
      <source>Take back the last floor action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="106" />
      <source>Take the selected request off the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="150" />
      <source>This meeting's rules and limits, defaults for new meetings, the display and the sound cues.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="99" />
      <source>Type a few letters of a name in any language and press Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="89" />
      <source>Type who asks for a right of reply; it is taken at the end of the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="86" />
      <source>Type who raises a point of order; it is heard at once, pausing the speaker.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="91" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="105" />
      <source>Withdraw</source>
      <translation>Снять</translation>
    </message>
  </context>
  <context>
    <name>SpeakerDisplay</name>
    <message>
      <location filename="../../floorapp/gui/display/speaker_display.py" line="79" />
      <source>Floor — speaker display</source>
      <translation>Floor — экран ораторов</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="146" />
      <source>Next speaker</source>
      <translation>Следующий оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="151" />
      <source>Next speakers</source>
      <translation>Следующие ораторы</translation>
    </message>
  </context>
  <context>
    <name>SpeakersView</name>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="210" />
      <source>Absent, to recall: {n}</source>
      <translation>Отсутствуют, вернуть: {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="207" />
      <source>LIST CLOSED</source>
      <translation>СПИСОК ЗАКРЫТ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="199" />
      <source>List of speakers: open a segment of the programme first.</source>
      <translation>Список ораторов: сначала откройте часть программы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="204" />
      <source>List of speakers: {n} waiting, {t} needed</source>
      <translation>Список ораторов: ожидают {n}, нужно {t}</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="55" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="52" />
      <source>Civil society</source>
      <translation>Гражданское общество</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>GROUP</source>
      <translation>ГРУППА</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="48" />
      <source>Member State</source>
      <translation>Государство-член</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="54" />
      <source>Moderator</source>
      <translation>Модератор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="50" />
      <source>Observer</source>
      <translation>Наблюдатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="49" />
      <source>Observer State</source>
      <translation>Государство-наблюдатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="56" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>POINT OF ORDER</source>
      <translation>ПО ПОРЯДКУ ВЕДЕНИЯ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="53" />
      <source>Panellist</source>
      <translation>Участник дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <location filename="../../floorapp/gui/console/words.py" line="41" />
      <source>Point of order</source>
      <translation>По порядку ведения заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>QUESTION</source>
      <translation>ВОПРОС</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>Question</source>
      <translation>Вопрос</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>Question to the panel</source>
      <translation>Вопрос участникам дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>REPLY</source>
      <translation>ОТВЕТ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Reply</source>
      <translation>Ответ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Right of reply</source>
      <translation>Право на ответ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="34" />
      <location filename="../../floorapp/gui/console/words.py" line="34" />
      <source>Statement</source>
      <translation>Заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>Statement on behalf of a group</source>
      <translation>Заявление от имени группы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="51" />
      <source>UN system</source>
      <translation>Система ООН</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="87" />
      <source>{speaker}, on behalf of {group}</source>
      <translation>{speaker} от имени {group}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="89" />
      <source>{text} (delivered by {person})</source>
      <translation>{text} (зачитал(а) {person})</translation>
    </message>
  </context>
</TS>
