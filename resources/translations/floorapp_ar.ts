<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>AddField</name>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="209" />
      <source>Add to the list: type a few letters of a name, Enter</source>
      <translation>إضافة إلى القائمة: اكتب بضعة أحرف من الاسم ثم Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="210" />
      <source>Group statement: who speaks? Then the group, Enter</source>
      <translation>بيان باسم مجموعة: من يتكلم؟ ثم المجموعة، Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="313" />
      <source>Nobody was added: “{text}” matches no participant.</source>
      <translation>لم تتم إضافة أحد: «{text}» لا يطابق أي مشارك.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="140" />
      <source>On behalf of (e.g. the African Group)</source>
      <translation>باسم (مثلاً مجموعة الدول الأفريقية)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="324" />
      <source>On behalf of which group? Type it and press Enter.</source>
      <translation>باسم أي مجموعة؟ اكتبها ثم اضغط Enter.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="213" />
      <source>Point of order: who raises it? Enter gives the floor at once</source>
      <translation>نقطة نظام: من يثيرها؟ Enter يعطي الكلمة فوراً</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="330" />
      <source>Point of order: {name} has the floor.</source>
      <translation>نقطة نظام: الكلمة لـ{name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="211" />
      <source>Question to the panel: who asks? Enter</source>
      <translation>سؤال إلى فريق المناقشة: من يسأل؟ Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="212" />
      <source>Right of reply: who asks for it? Enter</source>
      <translation>حق الرد: من يطلبه؟ Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="159" />
      <source>Statement</source>
      <translation>بيان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="294" />
      <source>Type a few letters of a name first.</source>
      <translation>اكتب أولاً بضعة أحرف من الاسم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="333" />
      <source>{name} is inscribed, number {n} on the list.</source>
      <translation>تم تسجيل {name}، رقم {n} في القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="300" />
      <source>“{text}” could be {a} or {b}: choose with ↓ and Enter, or type more.</source>
      <translation>«{text}» قد يكون {a} أو {b}: اختر بـ↓ ثم Enter، أو اكتب المزيد.</translation>
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
      <translation>قائمة المتكلمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="114" />
      <source>Log and notes</source>
      <translation>السجل والملاحظات</translation>
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
      <translation>البرنامج</translation>
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
      <translation>الحد {limit}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="100" />
      <source>Next: {name}</source>
      <translation>التالي: {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="97" />
      <source>Nobody has the floor</source>
      <translation>لا أحد يتكلم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="146" />
      <source>Space or Ctrl+Space resumes</source>
      <translation>المسافة أو Ctrl+المسافة للاستئناف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="109" />
      <source>interrupting {name} (their time is paused)</source>
      <translation>مقاطعة {name} (وقته متوقف مؤقتًا)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="144" />
      <source>spoken {t}</source>
      <translation>المدة {t}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="142" />
      <source>{sign}{ext} extension</source>
      <translation>تمديد {sign}{ext}</translation>
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
      <translation>&amp;قبول: إنشاء الاجتماع…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="103" />
      <source>&amp;Change the text</source>
      <translation>&amp;تغيير النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="97" />
      <source>&amp;Open a file…</source>
      <translation>&amp;فتح ملف…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="100" />
      <source>&amp;Propose</source>
      <translation>&amp;اقتراح</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="126" />
      <source>&amp;Remove the selected row</source>
      <translation>&amp;حذف الصف المحدد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="158" />
      <source>&amp;Save as a programme file…</source>
      <translation>&amp;حفظ كملف برنامج…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="298" />
      <source>(not in the text)</source>
      <translation>(غير وارد في النص)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="434" />
      <source>A programme needs at least one segment.</source>
      <translation>يجب أن يتضمن البرنامج جزءًا واحدًا على الأقل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="278" />
      <source>Chair</source>
      <translation>الرئيس</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="224" />
      <source>Change the text, then press Propose again.</source>
      <translation>غيّر النص ثم اضغط «اقتراح» مرة أخرى.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="183" />
      <source>Click a field to see where it came from. Rows marked ⚠ were guessed: check them. Double-click a value to change it. Nothing is saved until you accept.</source>
      <translation>انقر على حقل لترى مصدره. الصفوف المعلَّمة بـ ⚠ مخمَّنة: تحقق منها. انقر نقرًا مزدوجًا على قيمة لتغييرها. لا يُحفظ شيء قبل أن تقبل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="191" />
      <source>Concept notes (*.txt *.docx *.pdf);;All files (*)</source>
      <translation>مذكرات مفاهيمية (*.txt *.docx *.pdf);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="237" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="250" />
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="272" />
      <source>Every dated or timed part of the text is in the programme.</source>
      <translation>كل أجزاء النص المؤرخة أو المحددة بوقت واردة في البرنامج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="119" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="119" />
      <source>From</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="39" />
      <source>Keep the meeting in</source>
      <translation>حفظ الاجتماع في</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="279" />
      <source>Keynote speaker</source>
      <translation>المتحدث الرئيسي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="253" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="243" />
      <source>Limit: {who}</source>
      <translation>الحد: {who}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="235" />
      <source>Meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="39" />
      <source>Meetings (*.floor)</source>
      <translation>الاجتماعات (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="278" />
      <source>Moderator</source>
      <translation>مدير الحوار</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="48" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="89" />
      <source>New meeting from a concept note</source>
      <translation>اجتماع جديد من مذكرة مفاهيمية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="134" />
      <source>Not in the programme (check these parts of the text):</source>
      <translation>غير وارد في البرنامج (تحقق من هذه الأجزاء من النص):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="364" />
      <source>Nothing was proposed yet.</source>
      <translation>لم يُقترح شيء بعد.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="190" />
      <source>Open a concept note</source>
      <translation>فتح مذكرة مفاهيمية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="279" />
      <source>Panellist</source>
      <translation>عضو فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="209" />
      <source>Paste the concept note first.</source>
      <translation>ألصق المذكرة المفاهيمية أولًا.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="113" />
      <source>Paste the concept note here.</source>
      <translation>ألصق المذكرة المفاهيمية هنا.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="94" />
      <source>Paste the concept note or programme below, or open a file (.txt, .docx, .pdf), then press Propose.</source>
      <translation>ألصق المذكرة المفاهيمية أو البرنامج أدناه، أو افتح ملفًا (.txt أو .docx أو .pdf)، ثم اضغط «اقتراح».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="467" />
      <source>Programmes (*.toml)</source>
      <translation>البرامج (*.toml)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="119" />
      <source>Proposed value</source>
      <translation>القيمة المقترحة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="466" />
      <source>Save the programme</source>
      <translation>حفظ البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="246" />
      <source>Segment {n}</source>
      <translation>الجزء {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="280" />
      <source>Speaker</source>
      <translation>المتكلم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="247" />
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="49" />
      <source>The programme could not be saved in {path}: {why}</source>
      <translation>تعذّر حفظ البرنامج في {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="259" />
      <source>Theme</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="354" />
      <source>This field cannot be removed; change its value instead.</source>
      <translation>لا يمكن حذف هذا الحقل؛ غيّر قيمته بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="240" />
      <source>Time zone</source>
      <translation>المنطقة الزمنية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="236" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="252" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="308" />
      <source>Unsure: {why}</source>
      <translation>غير مؤكد: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="239" />
      <source>Venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="297" />
      <source>line {n}</source>
      <translation>السطر {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="264" />
      <source>line {n}: {text} — {why}</source>
      <translation>السطر {n}: {text} — {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="212" />
      <source>the pasted text</source>
      <translation>النص الملصق</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="444" />
      <source>the programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="420" />
      <source>{where}: the kind is one of: {kinds}</source>
      <translation>{where}: النوع واحد من: {kinds}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="400" />
      <source>{where}: write minutes:seconds, such as 3:00</source>
      <translation>{where}: اكتب الدقائق:الثواني، مثل 3:00</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="393" />
      <source>{where}: “{v}” is not a date; write it as 2012-04-03</source>
      <translation>{where}: «{v}» ليس تاريخًا؛ اكتبه هكذا 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="411" />
      <source>{where}: “{v}” is not a time; write it as HH:MM on the 24-hour clock</source>
      <translation>{where}: «{v}» ليس وقتًا؛ اكتبه بصيغة HH:MM بنظام 24 ساعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="454" />
      <source>… and {n} more</source>
      <translation>… و{n} أخرى</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="52" />
      <source>a 24-hour time was also marked am/pm</source>
      <translation>وقت بنظام 24 ساعة عليه أيضًا am/pm</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="26" />
      <source>a cell of a grid under no time</source>
      <translation>خلية في جدول بلا وقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="27" />
      <source>a deadline</source>
      <translation>موعد نهائي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="29" />
      <source>a point in time among timed segments, not a segment</source>
      <translation>توقيت منفرد بين أجزاء محددة المدة، وليس جزءًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="31" />
      <source>a point in time at the same time as the next</source>
      <translation>توقيت منفرد مطابق للتالي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="32" />
      <source>a room named in the text</source>
      <translation>قاعة مذكورة في النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="47" />
      <source>a theme named before any segment</source>
      <translation>موضوع مذكور قبل أي جزء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="35" />
      <source>a time alone, not a segment</source>
      <translation>وقت منفرد، وليس جزءًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="34" />
      <source>a time with no title after it (a column heading?)</source>
      <translation>وقت لا يليه عنوان (عنوان عمود؟)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="89" />
      <source>at the same time as “{title}” (a parallel meeting)</source>
      <translation>في الوقت نفسه مع «{title}» (اجتماع مواز)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="37" />
      <source>cut from themes run together on one line</source>
      <translation>مقتطع من مواضيع متتابعة في سطر واحد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="38" />
      <source>end not written</source>
      <translation>النهاية غير مكتوبة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="40" />
      <source>end not written: taken from the next item</source>
      <translation>النهاية غير مكتوبة: أُخذت من البند التالي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="85" />
      <source>from “{city}” in the text</source>
      <translation>استنادًا إلى «{city}» في النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="44" />
      <source>listed without a label: taken as a speaker</source>
      <translation>مذكور بلا تسمية: اعتُبر متكلمًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="42" />
      <source>listed without a label: taken as panellist</source>
      <translation>مذكور بلا تسمية: اعتُبر عضوًا في فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="45" />
      <source>marked as to be confirmed</source>
      <translation>معلَّم «بانتظار التأكيد»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="46" />
      <source>named before any segment</source>
      <translation>مذكور قبل أي جزء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="48" />
      <source>no am/pm: read as afternoon</source>
      <translation>بلا am/pm: قُرئ على أنه بعد الظهر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="50" />
      <source>no am/pm: the end was read as afternoon</source>
      <translation>بلا am/pm: قُرئت النهاية على أنها بعد الظهر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="54" />
      <source>no announced title: a heading was taken</source>
      <translation>لا عنوان معلن: أُخذ عنوان فرعي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="55" />
      <source>no city found: New York assumed</source>
      <translation>لم يُعثر على مدينة: افتُرضت نيويورك</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="57" />
      <source>no date found: today's date was put in its place</source>
      <translation>لم يُعثر على تاريخ: وُضع تاريخ اليوم مكانه</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="59" />
      <source>no honorific (Mr., Ms., H.E. …): check this is a person</source>
      <translation>لا لقب (السيد، السيدة، سعادة …): تحقق من أنه شخص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="61" />
      <source>no segments found: the meeting's title</source>
      <translation>لم يُعثر على أجزاء: عنوان الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="63" />
      <source>no times in the text: placeholder, set the real times</source>
      <translation>لا أوقات في النص: قيمة مؤقتة، حدّد الأوقات الفعلية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="64" />
      <source>no title found</source>
      <translation>لم يُعثر على عنوان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="65" />
      <source>no venue found</source>
      <translation>لم يُعثر على مكان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="87" />
      <source>on another day ({day}): a programme holds one day</source>
      <translation>في يوم آخر ({day}): البرنامج يشمل يومًا واحدًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="92" />
      <source>repaired broken encoding in {name} ({n} garbled sequences such as “{sample}”)</source>
      <translation>أُصلح الترميز التالف في {name} ({n} من التسلسلات المشوهة مثل «{sample}»)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="66" />
      <source>taken from the “Theme” line</source>
      <translation>مأخوذ من سطر «الموضوع»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="51" />
      <source>the end was read as afternoon</source>
      <translation>قُرئت النهاية على أنها بعد الظهر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="68" />
      <source>the first date in the text; check it is the meeting's</source>
      <translation>أول تاريخ في النص؛ تحقق من أنه تاريخ الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="70" />
      <source>the last point in time: its end is not written</source>
      <translation>آخر توقيت منفرد: نهايته غير مكتوبة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="72" />
      <source>the meeting's hours: no segments were found</source>
      <translation>مواعيد الاجتماع: لم يُعثر على أجزاء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="74" />
      <source>the meeting's title: no segments were found</source>
      <translation>عنوان الاجتماع: لم يُعثر على أجزاء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="75" />
      <source>the title of the only segment</source>
      <translation>عنوان الجزء الوحيد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="77" />
      <source>the year is not written with the date</source>
      <translation>السنة غير مكتوبة مع التاريخ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="78" />
      <source>the year is not written with the day</source>
      <translation>السنة غير مكتوبة مع اليوم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="79" />
      <source>times from the grid's column heading</source>
      <translation>أوقات مأخوذة من عنوان عمود الجدول</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="81" />
      <source>times side by side: the columns of a grid (parallel meetings?)</source>
      <translation>أوقات متجاورة: أعمدة جدول (اجتماعات موازية؟)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="83" />
      <source>who the limit is for is not said: taken for delegations</source>
      <translation>لم يُذكر لمن الحد: اعتُبر للوفود</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="100" />
      <source>{name} has broken encoding that cannot be repaired ({n} {what}); the original characters are lost. Copy the text again from the original document (or save it as UTF-8) and import that.</source>
      <translation>في {name} ترميز تالف لا يمكن إصلاحه ({n} {what})؛ فُقدت الأحرف الأصلية. انسخ النص مجددًا من المستند الأصلي (أو احفظه بترميز UTF-8) واستورده.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="105" />
      <source>{name} is a PDF without a text layer (a scan?): copy the text from the original document instead.</source>
      <translation>{name} ملف PDF بلا طبقة نص (مسح ضوئي؟): انسخ النص من المستند الأصلي بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="96" />
      <source>{name} is not UTF-8 (byte {byte} at offset {at}); read it as Windows-1252</source>
      <translation>{name} ليس بترميز UTF-8 (البايت {byte} في الموضع {at})؛ قُرئ بترميز Windows-1252</translation>
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
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="56" />
      <source>Notes</source>
      <translation>الملاحظات</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Over</source>
      <translation>التجاوز</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Speaker</source>
      <translation>المتكلم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Spoken</source>
      <translation>المدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="173" />
      <source>paused</source>
      <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="174" />
      <source>speaking</source>
      <translation>يتكلم الآن</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="43" />
      <source>&amp;Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="69" />
      <source>Display &amp;language</source>
      <translation>لغة العرض</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="37" />
      <source>Open &amp;recent</source>
      <translation>الاجتماعات الأخيرة</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="183" />
      <source>(struck) {text}</source>
      <translation>(مشطوب) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="71" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="218" />
      <source>Add note</source>
      <translation>إضافة ملاحظة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="64" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>نقطة رئيسية من المداخلة (Ctrl+Enter لإضافتها)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="77" />
      <source>New note</source>
      <translation>ملاحظة جديدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="168" />
      <source>Notes on {name}</source>
      <translation>ملاحظات بشأن {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="220" />
      <source>Restore</source>
      <translation>استعادة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="218" />
      <source>Save correction</source>
      <translation>حفظ التصحيح</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="161" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>اختر مداخلة في السجل لتدوين الملاحظات.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="74" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="220" />
      <source>Strike</source>
      <translation>شطب</translation>
    </message>
  </context>
  <context>
    <name>PhaseStyle</name>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="30" />
      <source>Floor is free</source>
      <translation>لا أحد يتكلم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="38" />
      <source>Over time</source>
      <translation>تجاوز الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="33" />
      <source>PAUSED</source>
      <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="35" />
      <source>Speaking</source>
      <translation>يتكلم الآن</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="37" />
      <source>TIME IS UP</source>
      <translation>انتهى الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="36" />
      <source>Time almost up</source>
      <translation>الوقت يوشك على الانتهاء</translation>
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
      <translation>(مشطوب) {text}</translation>
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
      <translation>إعلان…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="249" />
      <source>Another language</source>
      <translation>لغة أخرى</translation>
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
      <translation>تصحيح…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="246" />
      <source>Language: not recorded</source>
      <translation>اللغة: غير مسجلة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="139" />
      <source>On &amp;behalf of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="342" />
      <source>Restore announcement</source>
      <translation>استعادة الإعلان</translation>
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
      <translation>شطب الإعلان</translation>
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
      <translation>رسالة مصورة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="252" />
      <source>Written statement</source>
      <translation>بيان مكتوب</translation>
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
      <translation>لا يوجد جزء مفتوح.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="106" />
      <source>Now {now} · scheduled end {end} · {n} waiting, {need} needed</source>
      <translation>الآن {now} · النهاية المقررة {end} · {n} في الانتظار، الوقت اللازم {need}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="100" />
      <source>Open one from the programme (Ctrl+1, then Enter).</source>
      <translation>افتح جزءاً من البرنامج (Ctrl+1 ثم Enter).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="43" />
      <source>The list ends at {end}, {m} min before the scheduled end.</source>
      <translation>تنتهي القائمة في {end}، قبل الموعد المقرر بـ{m} دقيقة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="47" />
      <source>The list ends at {end}: {m} min over; {advice}.</source>
      <translation>تنتهي القائمة في {end}: تجاوز بـ{m} دقيقة؛ {advice}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="38" />
      <source>The list is empty; the segment is {m} min over its scheduled end.</source>
      <translation>القائمة فارغة؛ تجاوز الجزء نهايته المقررة بـ{m} دقيقة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="37" />
      <source>The list is empty; {m} min left until the scheduled end.</source>
      <translation>القائمة فارغة؛ تبقى {m} دقيقة حتى النهاية المقررة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="45" />
      <source>consider shortening the limit</source>
      <translation>يُنظر في تقصير الحد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="46" />
      <source>consider shortening the limit or closing the list</source>
      <translation>يُنظر في تقصير الحد أو إقفال القائمة</translation>
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
      <translation>ملف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="164" />
      <source>&amp;Floor</source>
      <translation>الكلمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="167" />
      <source>&amp;Help</source>
      <translation>مساعدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="165" />
      <source>&amp;List</source>
      <translation>القائمة</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="166" />
      <source>&amp;View</source>
      <translation>عرض</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="146" />
      <source>Add a participant…</source>
      <translation>إضافة مشارك…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="98" />
      <source>Add to the list</source>
      <translation>إضافة إلى القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="115" />
      <source>Close / reopen the list</source>
      <translation>إقفال القائمة / إعادة فتحها</translation>
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
      <translation>تحرير البرنامج…</translation>
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
      <translation>إنهاء المداخلة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="81" />
      <source>Extend by 30 s</source>
      <translation>تمديد 30 ثانية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="82" />
      <source>Give the speaker 30 seconds more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="120" />
      <source>Go to the list</source>
      <translation>الانتقال إلى القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="122" />
      <source>Go to the log</source>
      <translation>الانتقال إلى السجل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="118" />
      <source>Go to the programme</source>
      <translation>الانتقال إلى البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="131" />
      <source>High contrast</source>
      <translation>تباين عالٍ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="155" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="127" />
      <source>Larger text</source>
      <translation>تكبير النص</translation>
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
      <translation>تسجيل الغياب</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="103" />
      <source>Move down</source>
      <translation>نقل إلى أسفل</translation>
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
      <translation>نقل إلى أعلى</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="95" />
      <source>Mute sound cues</source>
      <translation>كتم التنبيهات الصوتية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>New meeting from a concept note…</source>
      <translation>اجتماع جديد من مذكرة مفاهيمية…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="135" />
      <source>New meeting from a programme…</source>
      <translation>اجتماع جديد من برنامج…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="73" />
      <source>Next speaker</source>
      <translation>المتكلم التالي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="142" />
      <source>Open an existing meeting database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
      <source>Open meeting…</source>
      <translation>فتح اجتماع…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Paste or open a concept note; check the proposed programme; create the meeting.</source>
      <translation>ألصق مذكرة مفاهيمية أو افتحها، وتحقق من البرنامج المقترح، ثم أنشئ الاجتماع.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="76" />
      <source>Pause / resume</source>
      <translation>إيقاف مؤقت / استئناف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="85" />
      <source>Point of order…</source>
      <translation>نقطة نظام…</translation>
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
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="112" />
      <source>Recall absent</source>
      <translation>استدعاء الغائب</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="93" />
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="94" />
      <source>Restore the last undone floor action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="88" />
      <source>Right of reply…</source>
      <translation>حق الرد…</translation>
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
      <translation>نقل إلى آخر القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="110" />
      <source>Set aside the selected request: the delegation is not in the room.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
      <source>Settings…</source>
      <translation>الإعدادات…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="83" />
      <source>Shorten by 30 s</source>
      <translation>تقصير 30 ثانية</translation>
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
      <translation>تصغير النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="124" />
      <source>Speaker display</source>
      <translation>شاشة المتكلمين</translation>
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
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="105" />
      <source>Withdraw</source>
      <translation>سحب</translation>
    </message>
  </context>
  <context>
    <name>SpeakerDisplay</name>
    <message>
      <location filename="../../floorapp/gui/display/speaker_display.py" line="79" />
      <source>Floor — speaker display</source>
      <translation>Floor — شاشة المتكلمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="146" />
      <source>Next speaker</source>
      <translation>المتكلم التالي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="151" />
      <source>Next speakers</source>
      <translation>المتكلمون التالون</translation>
    </message>
  </context>
  <context>
    <name>SpeakersView</name>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="210" />
      <source>Absent, to recall: {n}</source>
      <translation>غائبون، للاستدعاء: {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="207" />
      <source>LIST CLOSED</source>
      <translation>القائمة مقفلة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="199" />
      <source>List of speakers: open a segment of the programme first.</source>
      <translation>قائمة المتكلمين: افتح أولاً جزءاً من البرنامج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="204" />
      <source>List of speakers: {n} waiting, {t} needed</source>
      <translation>قائمة المتكلمين: {n} في الانتظار، الوقت اللازم {t}</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="55" />
      <source>Chair</source>
      <translation>الرئيس</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="52" />
      <source>Civil society</source>
      <translation>المجتمع المدني</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>GROUP</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>Group</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="48" />
      <source>Member State</source>
      <translation>دولة عضو</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="54" />
      <source>Moderator</source>
      <translation>مدير النقاش</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="50" />
      <source>Observer</source>
      <translation>مراقب</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="49" />
      <source>Observer State</source>
      <translation>دولة مراقبة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="56" />
      <source>Other</source>
      <translation>آخر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>POINT OF ORDER</source>
      <translation>نقطة نظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="53" />
      <source>Panellist</source>
      <translation>عضو فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <location filename="../../floorapp/gui/console/words.py" line="41" />
      <source>Point of order</source>
      <translation>نقطة نظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>QUESTION</source>
      <translation>سؤال</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>Question</source>
      <translation>سؤال</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>Question to the panel</source>
      <translation>سؤال إلى فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>REPLY</source>
      <translation>رد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Reply</source>
      <translation>رد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Right of reply</source>
      <translation>حق الرد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="34" />
      <location filename="../../floorapp/gui/console/words.py" line="34" />
      <source>Statement</source>
      <translation>بيان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>Statement on behalf of a group</source>
      <translation>بيان باسم مجموعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="51" />
      <source>UN system</source>
      <translation>منظومة الأمم المتحدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="87" />
      <source>{speaker}, on behalf of {group}</source>
      <translation>{speaker}، باسم {group}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="89" />
      <source>{text} (delivered by {person})</source>
      <translation>{text} (ألقاه {person})</translation>
    </message>
  </context>
</TS>
