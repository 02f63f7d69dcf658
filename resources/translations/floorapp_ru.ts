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
      <location filename="../../floorapp/gui/app.py" line="140" />
      <source>No such meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="142" />
      <source>Open an existing meeting, or create one from a programme file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="152" />
      <location filename="../../floorapp/gui/app.py" line="154" />
      <source>The meeting database cannot be used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="166" />
      <source>The programme file cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="164" />
      <source>The programme file has problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="141" />
      <source>There is no meeting database at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="186" />
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
      <location filename="../../floorapp/gui/console/main_window.py" line="340" />
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
      <location filename="../../floorapp/gui/console/main_window.py" line="340" />
      <source>Meetings (*.floor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="329" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="282" />
      <source>Names are shown in the new language; menus follow at the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="336" />
      <source>New meeting from a programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="323" />
      <source>No export is available yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="139" />
      <source>Nobody is marked absent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="224" />
      <source>Not done: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="329" />
      <source>Open a meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="112" />
      <source>Programme</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="336" />
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
      <location filename="../../floorapp/gui/console/main_window.py" line="231" />
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
      <location filename="../../floorapp/gui/console/main_window.py" line="230" />
      <source>The meeting database failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="349" />
      <source>The programme editor is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="131" />
      <source>The request is already at that end of the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="298" />
      <source>The speaker display is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="89" />
      <source>Undone. Redo with Ctrl+Shift+Z.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="239" />
      <source>cues muted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="377" />
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
      <location filename="../../floorapp/gui/console/menus.py" line="41" />
      <source>&amp;Export</source>
      <translation>&amp;Экспорт</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="67" />
      <source>Display &amp;language</source>
      <translation>&amp;Язык отображения</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="35" />
      <source>Open &amp;recent</source>
      <translation>&amp;Недавние заседания</translation>
    </message>
  </context>
  <context>
    <name>Messages</name>
    <message>
      <location filename="../../floorapp/core/messages.py" line="102" />
      <source />
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="151" />
      <source> (column {column})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="306" />
      <source> (did you mean "{zone}"?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="168" />
      <location filename="../../floorapp/core/programme_values.py" line="98" />
      <source> (did you mean '{word}'?)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="96" />
      <source> (first on line {line})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="97" />
      <source> (line {line})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="376" />
      <source>'panellists' of {segment} must be a list of [[segments.panellists]] tables or names, not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="418" />
      <source>'segments' must be [[segments]] tables, not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="389" />
      <source>'themes' of {segment} must be a list of [[segments.themes]] tables, not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="143" />
      <source>'{code}' is not a currency code: use three letters such as USD or EUR.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="180" />
      <source>'{id}' is not a participant of this meeting.</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme_checks.py" line="508" />
      <source>'{key}' has {n} names but 'organisers' has {total}: give one translation for each organiser, in the same order ("" for one not translated)</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="139" />
      <source>'{key}' is given twice{where}; keep one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="500" />
      <source>'{key}' is in the programme's own language (language = "{language}"): those names belong in 'organisers'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="183" />
      <source>'{key}' of {owner} is in the programme's own language (language = "{language}"): that text belongs in '{base}'; remove '{key}', or change 'language'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="212" />
      <source>'{key}' of {owner}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="200" />
      <source>'{kind}' is not a kind of request.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="72" />
      <source>'{text}' could be {names}. Type more of the name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="159" />
      <source>'{value}' is not a date and time.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="157" />
      <source>; each line must be key = value, a [table] header or a # comment (see docs/programme-format.md)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="110" />
      <source>; text goes in double quotes: {key} = "{value}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="154" />
      <source>; text in "quotes" must end on the same line (use """ for text of several lines)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="160" />
      <source>; the string or bracket opened on this line is never closed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="106" />
      <source>; times go in quotes, on the 24-hour clock: {key} = "HH:MM"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="108" />
      <source>; write the date as YYYY-MM-DD with a real month and day, e.g. 2012-04-03</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="146" />
      <source>A currency needs an amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="156" />
      <location filename="../../floorapp/core/commands.py" line="321" />
      <source>A group statement needs the name of the group it is made on behalf of.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="102" />
      <source>A new participant needs a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="65" />
      <source>A note needs some text or a theme.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="313" />
      <source>A point of order is being heard: end it before giving the floor to anyone else.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="135" />
      <source>A speaking limit must be between 1 second and 2 hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="131" />
      <source>An amount cannot be negative.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="123" />
      <source>An amount is a number.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="148" />
      <source>An announcement needs some text or an amount.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="372" />
      <source>An extension must be a non-zero number of seconds, at most 2 hours.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="183" />
      <source>An intervention needs a speaker.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="174" />
      <source>Cannot correct {fields}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="84" />
      <source>Cannot reach the meeting database {where}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="100" />
      <source>No name was typed. Type a few letters of a name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="101" />
      <source>No participant matches '{text}'. Add them to the meeting as a new participant.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="115" />
      <source>No record field to set.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="41" />
      <source>No segment is open: open a segment of the programme first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="63" />
      <source>Nobody has the floor.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="125" />
      <source>Nothing to change.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="176" />
      <source>Nothing to correct.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="397" />
      <source>Nothing to redo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="390" />
      <source>Nothing to undo.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="212" />
      <source>Only a request waiting on the list can be moved: recall it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="91" />
      <source>Segment '{id}' is already open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="93" />
      <source>Someone still has the floor: end that intervention first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="129" />
      <location filename="../../floorapp/core/record_commands.py" line="127" />
      <source>That amount is too large.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="337" />
      <source>That request is on the list of another segment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="140" />
      <source>The database {where} already has tables; use an empty database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="195" />
      <source>The end must come after the start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="163" />
      <source>The end time needs a date, a time and a time zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="79" />
      <source>The file {where} is damaged or is not a database ({reason}). It was left untouched; restore it from a backup or open another meeting.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="186" />
      <source>The intervention is still going on; end it first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="253" />
      <source>The list is already closed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="262" />
      <source>The list is open.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="159" />
      <source>The list of speakers is closed: {name} cannot be inscribed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="330" />
      <source>The list of speakers is empty.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="86" />
      <source>The meeting database {where} cannot be used: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="190" />
      <source>The meeting database {where} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="74" />
      <source>The meeting database {where} is in use by another program (it is locked). Close the other program, or wait, and try again. Nothing was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/migrate.py" line="66" />
      <source>The meeting database {where} was written by a newer version of Floor (schema {schema}; this version knows up to {known}). Update Floor to open it. The database was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="46" />
      <source>The programme has no segment '{id}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="55" />
      <source>The record field '{key}' is yes or no, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="215" />
      <source>The request is already there.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="356" />
      <source>The speaker's time is already paused.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="364" />
      <source>The speaker's time is already running.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="374" />
      <source>The speaking time cannot be shortened below zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="161" />
      <source>The start time needs a date, a time and a time zone.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="73" />
      <source>The {field} must be one of {choices}, not {value}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="130" />
      <source>There is already a file at {where}; choose another name or open it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="100" />
      <source>There is no announcement '{id}' on that intervention.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="34" />
      <source>There is no intervention '{id}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="40" />
      <source>There is no intervention yet to attach a note to.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="171" />
      <source>There is no meeting database at {where}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="76" />
      <location filename="../../floorapp/core/record_commands.py" line="90" />
      <source>There is no note '{id}' on that intervention.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="66" />
      <source>There is no record field '{key}'; the fields are: {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="53" />
      <source>There is no request '{id}' on the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="133" />
      <source>Unknown kind of speaker '{key}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="116" />
      <source>Unknown ordering policy '{value}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="123" />
      <source>Unknown setting '{key}'.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="53" />
      <source>Unknown theme {themes} for this segment; its themes are: {known}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="51" />
      <source>Unknown theme {themes}: this segment has no themes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="81" />
      <source>a broken character ({character}, half of a surrogate pair); save the file as UTF-8</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="61" />
      <source>a date</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="59" />
      <source>a date and time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="80" />
      <source>a huge number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="65" />
      <source>a list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="546" />
      <source>a name contains a control character ({character})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="55" />
      <source>a number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="28" />
      <source>a point of order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="26" />
      <source>a question</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="27" />
      <source>a right of reply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="24" />
      <source>a statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="25" />
      <source>a statement on behalf of a group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="67" />
      <source>a table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="63" />
      <source>a time</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="180" />
      <source>a value cannot be read: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="76" />
      <source>a very large number</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="142" />
      <source>at the top level of the file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_problem.py" line="62" />
      <source>cannot be read: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="226" />
      <source>contains a control character ({character})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="200" />
      <source>could not be read ({reason}); please report this file</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="143" />
      <source>in {owner}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="86" />
      <source>is UTF-16 text, not UTF-8: save it as UTF-8</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="229" />
      <source>is empty</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="211" />
      <source>is not a programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="225" />
      <source>is too large for a programme (more than {size} MB)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="251" />
      <source>limit '{key}' of {owner}: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="165" />
      <source>marked absent</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="147" />
      <source>merge them into one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="147" />
      <source>must be a date ({form}), not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="542" />
      <source>must be a list of names in quotes, e.g. ["UNODC"], not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="215" />
      <source>must be a speaking time ({form}), not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="166" />
      <source>must be a time in quotes ({form}), not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="297" />
      <source>must be a time-zone name in quotes; {example}; not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="258" />
      <source>must be one of {allowed} (in quotes), not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="222" />
      <source>must be text in double quotes, not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="121" />
      <source>must be text in quotes such as "panel-1", not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="92" />
      <source>not UTF-8 text: byte {byte} at column {column} is not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="175" />
      <source>not valid TOML here: brackets nested far too deeply</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="163" />
      <source>not valid TOML: {reason}{where}{hint}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="165" />
      <source>number {n} on the list</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="381" />
      <source>panellist {n} of {segment}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="533" />
      <source>participant id "{id}" is used twice</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="112" />
      <location filename="../../floorapp/core/programme_checks.py" line="110" />
      <source>participant {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="430" />
      <source>segment id "{id}" is used twice{where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="112" />
      <location filename="../../floorapp/core/programme_checks.py" line="109" />
      <source>segment {id}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="57" />
      <source>text</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="470" />
      <source>the chair of the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="356" />
      <source>the chair of {segment}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="292" />
      <source>the id "{id}" is given to {first}{where} and to {second}; give each person their own id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="238" />
      <source>the limits of {owner} must be a table, not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="475" />
      <source>the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="357" />
      <source>the moderator of {segment}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="322" />
      <source>the names of {owner}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="61" />
      <source>the programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="479" />
      <source>the programme has no segments: add a [[segments]] table for each part of the meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="422" />
      <source>the programme needs at least one segment ([[segments]])</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="148" />
      <source>the table [{name}] is declared twice; {fix}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="150" />
      <source>the year {year} is surely a typo; {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="402" />
      <source>theme id "{id}" is used twice in {segment}{where}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="397" />
      <source>theme {n} of {segment}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="53" />
      <source>true/false</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="152" />
      <source>unknown key '{key}' {place}: '{key}' belongs to a segment, under a [[segments]] header</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="164" />
      <source>unknown key '{key}' {place}: write the language code in lower case, '{fixed}'</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="156" />
      <source>unknown key '{key}' {place}{near}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="169" />
      <source>unknown key '{key}' {place}{near}: '{lang}' is not one of the six languages; a translation of '{base}' is written {forms} or {last}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="283" />
      <source>unknown language {value}{near}; the languages are: {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="243" />
      <source>unknown limit '{key}' of {owner}{near}; the limits are: {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="270" />
      <source>unknown segment kind {value}{near}; the kinds are: {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="276" />
      <source>unknown speaker category {value}{near}; the categories are: {allowed}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="295" />
      <source>use an IANA name such as "America/New_York" or "Europe/Geneva"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="39" />
      <source>write "M:SS" (e.g. "3:00" for 3 minutes) or whole seconds (e.g. 180)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="38" />
      <source>write HH:MM on the 24-hour clock, e.g. "10:00" or "17:45"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="40" />
      <source>write YYYY-MM-DD, e.g. 2012-04-03</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="523" />
      <source>write [[participants]] (two brackets) before each participant, not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="414" />
      <source>write [[segments]] (two brackets) before each segment; [segments] makes a single table</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_file.py" line="145" />
      <source>write [[{name}]] (two brackets) before each one</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/messages.py" line="102" />
      <location filename="../../floorapp/core/roster.py" line="90" />
      <location filename="../../floorapp/core/roster.py" line="83" />
      <location filename="../../floorapp/core/roster.py" line="89" />
      <source>{first}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="92" />
      <location filename="../../floorapp/core/roster.py" line="85" />
      <source>{first}, {next}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/messages.py" line="104" />
      <source>{first}; {second}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="119" />
      <source>{key} must be a whole number of seconds from 0 to 3600.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="87" />
      <source>{label} ({times})</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/roster.py" line="87" />
      <source>{names} and {n} more</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="93" />
      <source>{names} or {last}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/commands.py" line="178" />
      <source>{name} has already had {n} rights of reply in this segment.</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="166" />
      <source>{name} is already inscribed for {kind} ({where}).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="231" />
      <source>{name} is already marked absent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="334" />
      <source>{name} is marked absent: recall them first.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="55" />
      <source>{name} is no longer on the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="241" />
      <source>{name} is not marked absent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="193" />
      <source>{owner} has '{key}' but no '{base}': write {base} = "…" in the programme's language ({language}) too</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="319" />
      <location filename="../../floorapp/core/programme_checks.py" line="206" />
      <source>{owner} has no '{key}' (e.g. {example})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="263" />
      <source>{owner} must be a name in quotes or a table with a name, not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="139" />
      <source>{owner} must be a table, not {found}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="329" />
      <source>{owner} needs a name in English (en = "…")</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="278" />
      <source>{owner} needs an id (letters, digits, '-'), e.g. id = "pga"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="351" />
      <source>{segment} ends at {end}, which is not after its start at {start}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="445" />
      <source>{segment} is listed after {other} but starts before it; list the segments in time order</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_checks.py" line="451" />
      <source>{segment} overlaps {other}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="68" />
      <source>{type}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="62" />
      <source>{unknown} Did you mean {names}?</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="135" />
      <source>{value} has a time of day; write only the date, e.g. 2012-04-03</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="162" />
      <location filename="../../floorapp/core/programme_values.py" line="177" />
      <source>{value} has seconds; times are to the minute: {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="158" />
      <source>{value} is a date and time; write only the time, {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="207" />
      <source>{value} is more than 2 hours ({max} s): surely a mistake; {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="139" />
      <source>{value} is not a date; {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="307" />
      <source>{value} is not a known time zone{near}; {example}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="144" />
      <source>{value} is not a real date (check the month and day); {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="237" />
      <source>{value} is not a speaking time; {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="173" />
      <source>{value} is not a time of day on the 24-hour clock: hours go from 00 to 23 and minutes from 00 to 59 (a segment cannot run past midnight)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="185" />
      <source>{value} is not a time; {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="124" />
      <source>{value} is not a usable id: ids have letters, digits, '-' and '_' only (at most 64), e.g. "panel-1"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="218" />
      <source>{value} is not whole seconds; {form}</source>
      <translation type="unfinished" />
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme_values.py" line="201" />
      <source>{value} is only {n} seconds, too short to speak (numbers are seconds): did you mean "{n}:00" ({n} minutes)?</source>
      <translation type="unfinished">
        <numerusform />
        <numerusform />
        <numerusform />
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="198" />
      <source>{value} must be more than zero; {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="227" />
      <source>{value}: seconds are written with two digits from 00 to 59; {form}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="183" />
      <source>{value}: use the 24-hour clock, HH:MM; here "{time}"</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/core/programme_values.py" line="234" />
      <source>{value}: write "{mmss}" (minutes:seconds) or {seconds} (seconds)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="211" />
      <source>{where} holds no meeting: its creation was interrupted. It was left untouched; create the meeting again.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="196" />
      <location filename="../../floorapp/storage/journal.py" line="203" />
      <source>{where} is a database, but not a Floor meeting. It was left untouched.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="174" />
      <source>{where} is a folder, not a meeting database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="177" />
      <source>{where} is an empty file, not a meeting database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="181" />
      <source>{where} is not a Floor meeting database (not an SQLite file). It was left untouched.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="199" />
      <source>(struck) {text}</source>
      <translation>(вычеркнуто) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="72" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="234" />
      <source>Add note</source>
      <translation>Добавить заметку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="65" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>Основная мысль выступления (Ctrl+Enter — добавить)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="78" />
      <source>New note</source>
      <translation>Новая заметка</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="182" />
      <source>Notes on {name}</source>
      <translation>Заметки: {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="236" />
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="234" />
      <source>Save correction</source>
      <translation>Сохранить исправление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="175" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>Выберите выступление в журнале, чтобы делать заметки.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="75" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="236" />
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
      <location filename="../../floorapp/gui/console/programme_view.py" line="58" />
      <source>Chair:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="60" />
      <source>Moderator:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="54" />
      <source>Not open. Enter opens it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_model.py" line="101" />
      <source>Open now</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="63" />
      <source>Panellists:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="159" />
      <source>Select a segment to see its panel and themes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="66" />
      <source>Themes:</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgrammeEditor</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="54" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="53" />
      <source>&amp;Add</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="79" />
      <source>&amp;Browse…</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="155" />
      <source>&amp;Chair:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="153" />
      <source>&amp;Date:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="165" />
      <source>&amp;Description:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="164" />
      <source>&amp;Ends at:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="160" />
      <source>&amp;Id:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="161" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="133" />
      <source>&amp;Limits</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="65" />
      <source>&amp;Meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="178" />
      <source>&amp;Moderator:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="129" />
      <source>&amp;People</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="55" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="54" />
      <source>&amp;Remove</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="128" />
      <source>&amp;Segment</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>&amp;Themes</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="152" />
      <source>&amp;Title:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="154" />
      <source>&amp;Venue:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="60" />
      <source>A panellist of {segment} has a role but no name.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="53" />
      <source>A theme of {segment} has an id but no title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="74" />
      <source>Also &amp;save to a programme file:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="43" />
      <source>Break</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="177" />
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
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="42" />
      <source>Closing</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="62" />
      <source>Edit the programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="135" />
      <source>Empty fields and grey text show the original, which is used until a translation is written.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="130" />
      <source>Id</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="41" />
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
      <location filename="../../floorapp/gui/dialogs/rows.py" line="57" />
      <source>Move &amp;down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="56" />
      <source>Move &amp;up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move down</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move up</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="73" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="99" />
      <source>Name</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="128" />
      <source>Not translated yet: the original is shown</source>
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
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="39" />
      <source>Opening</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="44" />
      <source>Other</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="40" />
      <source>Other participants</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="40" />
      <source>Panel discussion</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="179" />
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
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="226" />
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
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="179" />
      <source>Role</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="76" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="101" />
      <source>Role, e.g. Executive Director, UNODC</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="163" />
      <source>S&amp;tarts at:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="225" />
      <source>Save the programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="68" />
      <source>Se&amp;gments</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="46" />
      <source>Segment {n} needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="156" />
      <source>Speaking &amp;limits:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="41" />
      <source>Statements on behalf of a group</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="162" />
      <source>T&amp;itle:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="115" />
      <source>Te&amp;xts in:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="43" />
      <source>The id “{id}” of {segment} may only have letters, digits, - and _.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="90" />
      <source>The limit for {key} must be more than zero.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="73" />
      <source>The meeting needs a title.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="264" />
      <source>The meeting uses the new programme, but {path} could not be written: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="263" />
      <source>The programme file was not saved</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="266" />
      <source>The programme itself was changed.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="75" />
      <source>The programme needs at least one segment.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="250" />
      <source>The programme was not replaced.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="104" />
      <source>The segment “{title}” (id {id}) cannot be removed or renamed: its list of speakers has already been opened.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="114" />
      <source>The theme “{id}” of “{segment}” cannot be removed: notes are tagged with it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="130" />
      <source>Theme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="80" />
      <source>Two segments have the id “{id}”; each needs its own.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="55" />
      <source>Two themes of {segment} have the id “{id}”.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="35" />
      <source>UN system</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="143" />
      <source>a short name, e.g. panel-1</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="107" />
      <source>as the meeting ({time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="177" />
      <source>default ({time})</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="29" />
      <source>segment {n}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="110" />
      <source>{language} (original)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="48" />
      <source>{segment} ends at {end}, which is not after its start at {start}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="40" />
      <source>{segment} needs an id (a short name such as panel-1).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="84" />
      <source>{segment} starts at {start}, before {previous} ends at {end}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="209" />
      <source>… and {n} more.</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>ProgrammeTexts</name>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Arabic</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Chinese</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>English</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>French</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="44" />
      <source>Not translated into {wanted}: shown in {original}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Russian</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Spanish</source>
      <translation type="unfinished" />
    </message>
  </context>
  <context>
    <name>Record</name>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="80" />
      <source>&amp;Amount:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="85" />
      <source>&amp;Currency (ISO code):</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="144" />
      <source>&amp;Delivered by:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="149" />
      <source>&amp;Ended at:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="136" />
      <source>&amp;Kind:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="130" />
      <source>&amp;Speaker:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="73" />
      <source>&amp;What was announced:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="58" />
      <source>(struck) {text}</source>
      <translation>(вычеркнуто) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="267" />
      <source>An announcement or a pledge, with its amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="68" />
      <source>Announcement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="265" />
      <source>Announcement…</source>
      <translation>Объявление…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="250" />
      <source>Another language</source>
      <translation>Другой язык</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="114" />
      <source>Correct the intervention</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="274" />
      <source>Correct the speaker, kind, on behalf of, delivered by or times</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="272" />
      <source>Correct…</source>
      <translation>Исправить…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="247" />
      <source>Language: not recorded</source>
      <translation>Язык: не указан</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="140" />
      <source>On &amp;behalf of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="343" />
      <source>Restore announcement</source>
      <translation>Восстановить объявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="146" />
      <source>S&amp;tarted at:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="269" />
      <location filename="../../floorapp/gui/console/record_panel.py" line="344" />
      <source>Strike announcement</source>
      <translation>Вычеркнуть объявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="228" />
      <source>The correction was not recorded.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="255" />
      <source>The delegation handed in a written statement</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="251" />
      <source>The language the statement was delivered in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="120" />
      <source>The original stays in the journal; the log and the exports show the correction.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="128" />
      <source>Type a name as in the add field: any of the six languages or a short form.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="258" />
      <source>Video message</source>
      <translation>Видеообращение</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="253" />
      <source>Written statement</source>
      <translation>Письменное заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="72" />
      <source>e.g. Pledge to the UN Voluntary Trust Fund</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="79" />
      <source>no amount</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="143" />
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="160" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="161" />
      <source>&amp;Floor</source>
      <translation>&amp;Выступления</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="164" />
      <source>&amp;Help</source>
      <translation>&amp;Справка</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="162" />
      <source>&amp;List</source>
      <translation>&amp;Список</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="163" />
      <source>&amp;View</source>
      <translation>&amp;Вид</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="144" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="143" />
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="150" />
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="140" />
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="152" />
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Open an existing meeting database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>Open meeting…</source>
      <translation>Открыть заседание…</translation>
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="146" />
      <source>Settings…</source>
      <translation>Настройки…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="83" />
      <source>Shorten by 30 s</source>
      <translation>Сократить на 30 с</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="153" />
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
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
      <location filename="../../floorapp/gui/display/lines.py" line="149" />
      <source>Next speaker</source>
      <translation>Следующий оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="154" />
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
