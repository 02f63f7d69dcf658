<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>AddField</name>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="209" />
      <source>Add to the list: type a few letters of a name, Enter</source>
      <translation>列入名单：输入名称的几个字，按 Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="210" />
      <source>Group statement: who speaks? Then the group, Enter</source>
      <translation>集团发言：谁发言？然后输入集团，按 Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="313" />
      <source>Nobody was added: “{text}” matches no participant.</source>
      <translation>未添加：“{text}”与任何与会者都不匹配。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="140" />
      <source>On behalf of (e.g. the African Group)</source>
      <translation>代表（例如非洲国家集团）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="324" />
      <source>On behalf of which group? Type it and press Enter.</source>
      <translation>代表哪个集团？输入后按 Enter。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="213" />
      <source>Point of order: who raises it? Enter gives the floor at once</source>
      <translation>程序问题：谁提出？按 Enter 立即给予发言权</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="330" />
      <source>Point of order: {name} has the floor.</source>
      <translation>程序问题：{name}发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="211" />
      <source>Question to the panel: who asks? Enter</source>
      <translation>向小组提问：谁提问？按 Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="212" />
      <source>Right of reply: who asks for it? Enter</source>
      <translation>答辩权：谁要求答辩？按 Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="159" />
      <source>Statement</source>
      <translation>发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="294" />
      <source>Type a few letters of a name first.</source>
      <translation>请先输入名称的几个字。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="333" />
      <source>{name} is inscribed, number {n} on the list.</source>
      <translation>{name}已列入名单，排第{n}位。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="300" />
      <source>“{text}” could be {a} or {b}: choose with ↓ and Enter, or type more.</source>
      <translation>“{text}”可能是{a}或{b}：用 ↓ 和 Enter 选择，或继续输入。</translation>
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
      <location filename="../../floorapp/gui/app.py" line="143" />
      <source>No such meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="145" />
      <source>Open an existing meeting, or create one from a programme file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="155" />
      <location filename="../../floorapp/gui/app.py" line="157" />
      <source>The meeting database cannot be used</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="169" />
      <source>The programme file cannot be read</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="167" />
      <source>The programme file has problems</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="144" />
      <source>There is no meeting database at {path}.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="189" />
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
      <location filename="../../floorapp/gui/console/main_window.py" line="336" />
      <source>Keep the meeting in</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="114" />
      <source>List of speakers</source>
      <translation>发言者名单</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="115" />
      <source>Log and notes</source>
      <translation>记录和笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="336" />
      <source>Meetings (*.floor)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="325" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="283" />
      <source>Names are shown in the new language; menus follow at the next start.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="332" />
      <source>New meeting from a programme</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="319" />
      <source>No export is available yet</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="139" />
      <source>Nobody is marked absent.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="227" />
      <source>Not done: {reason}</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="325" />
      <source>Open a meeting</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="113" />
      <source>Programme</source>
      <translation>议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="332" />
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
      <location filename="../../floorapp/gui/console/main_window.py" line="234" />
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
      <location filename="../../floorapp/gui/console/main_window.py" line="233" />
      <source>The meeting database failed</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="345" />
      <source>The programme editor is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="131" />
      <source>The request is already at that end of the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="294" />
      <source>The speaker display is not available.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="89" />
      <source>Undone. Redo with Ctrl+Shift+Z.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="242" />
      <source>cues muted</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="373" />
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
      <translation>限时 {limit}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="100" />
      <source>Next: {name}</source>
      <translation>下一位：{name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="97" />
      <source>Nobody has the floor</source>
      <translation>无人发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="146" />
      <source>Space or Ctrl+Space resumes</source>
      <translation>按空格或 Ctrl+空格继续</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="109" />
      <source>interrupting {name} (their time is paused)</source>
      <translation>打断{name}（其时间已暂停）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="144" />
      <source>spoken {t}</source>
      <translation>已发言 {t}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="142" />
      <source>{sign}{ext} extension</source>
      <translation>延长 {sign}{ext}</translation>
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
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="56" />
      <source>Notes</source>
      <translation>笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Over</source>
      <translation>超时</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Speaker</source>
      <translation>发言者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Spoken</source>
      <translation>用时</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="55" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="173" />
      <source>paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="174" />
      <source>speaking</source>
      <translation>正在发言</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="44" />
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="70" />
      <source>Display &amp;language</source>
      <translation>显示语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="35" />
      <source>Open &amp;recent</source>
      <translation>最近的会议(&amp;R)</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="183" />
      <source>(struck) {text}</source>
      <translation>（已删去）{text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="71" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="218" />
      <source>Add note</source>
      <translation>添加笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="64" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>发言要点（Ctrl+Enter 添加）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="77" />
      <source>New note</source>
      <translation>新笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="168" />
      <source>Notes on {name}</source>
      <translation>关于{name}的笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="220" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="218" />
      <source>Save correction</source>
      <translation>保存更正</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="161" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>在记录中选择一次发言以做笔记。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="74" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="220" />
      <source>Strike</source>
      <translation>删去</translation>
    </message>
  </context>
  <context>
    <name>PhaseStyle</name>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="30" />
      <source>Floor is free</source>
      <translation>无人发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="38" />
      <source>Over time</source>
      <translation>超时</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="33" />
      <source>PAUSED</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="35" />
      <source>Speaking</source>
      <translation>正在发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="37" />
      <source>TIME IS UP</source>
      <translation>时间到</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="36" />
      <source>Time almost up</source>
      <translation>时间即将用完</translation>
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
      <translation>（已删去）{text}</translation>
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
      <translation>宣布事项…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="249" />
      <source>Another language</source>
      <translation>其他语言</translation>
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
      <translation>更正…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="246" />
      <source>Language: not recorded</source>
      <translation>语言：未记录</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="139" />
      <source>On &amp;behalf of:</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="342" />
      <source>Restore announcement</source>
      <translation>恢复宣布事项</translation>
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
      <translation>删去宣布事项</translation>
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
      <translation>视频致辞</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="252" />
      <source>Written statement</source>
      <translation>书面发言</translation>
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
      <translation>没有打开的环节。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="106" />
      <source>Now {now} · scheduled end {end} · {n} waiting, {need} needed</source>
      <translation>现在 {now} · 预定结束 {end} · {n} 位等候，需 {need}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="100" />
      <source>Open one from the programme (Ctrl+1, then Enter).</source>
      <translation>从议程中打开一个环节（Ctrl+1，然后 Enter）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="43" />
      <source>The list ends at {end}, {m} min before the scheduled end.</source>
      <translation>名单将于{end}结束，比预定结束时间早{m}分钟。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="47" />
      <source>The list ends at {end}: {m} min over; {advice}.</source>
      <translation>名单将于{end}结束：超时{m}分钟；{advice}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="38" />
      <source>The list is empty; the segment is {m} min over its scheduled end.</source>
      <translation>名单为空；本环节已超过预定结束时间{m}分钟。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="37" />
      <source>The list is empty; {m} min left until the scheduled end.</source>
      <translation>名单为空；距预定结束还有{m}分钟。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="45" />
      <source>consider shortening the limit</source>
      <translation>请考虑缩短发言时限</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="46" />
      <source>consider shortening the limit or closing the list</source>
      <translation>请考虑缩短发言时限或截止名单</translation>
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
    <name>Sharing</name>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="82" />
      <source>Address of the host:</source>
      <translation>主机地址：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="155" />
      <source>Address: {where}</source>
      <translation>地址：{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="88" />
      <source>Copy</source>
      <translation>复制</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="96" />
      <source>Join</source>
      <translation>加入</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="54" />
      <source>Join a meeting</source>
      <translation>加入会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="83" />
      <source>Join code:</source>
      <translation>加入码：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="157" />
      <source>Joining …</source>
      <translation>正在加入 …</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="70" />
      <source>Look again</source>
      <translation>重新查找</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="110" />
      <source>Looking for meetings nearby …</source>
      <translation>正在查找附近的会议 …</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="127" />
      <source>Meetings cannot be found automatically on this network. Type the address the host shows.</source>
      <translation>在此网络上无法自动找到会议。请输入主机显示的地址。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="60" />
      <source>Meetings hosted nearby:</source>
      <translation>附近托管的会议：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="131" />
      <source>No meeting was found nearby. Type the address the host shows.</source>
      <translation>附近未找到会议。请输入主机显示的地址。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="98" />
      <source>On another machine: File &gt; Join a meeting, then the address and the code of that station's role (or: floorapp join ADDRESS CODE). The display's code can only read; the secretary's cannot give the floor until you hand it over (Floor menu).</source>
      <translation>在另一台计算机上：文件 &gt; 加入会议，然后输入地址和该工作站角色的加入码（或：floorapp join 地址 加入码）。显示屏的加入码只能读取；秘书的加入码在您移交之前不能给予发言权（发言菜单）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="51" />
      <source>Share this meeting</source>
      <translation>共享本会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="153" />
      <source>Shared: “{title}”. This console now runs it as the officer.</source>
      <translation>已共享：“{title}”。本控制台现以主席干事身份主持会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="173" />
      <source>Sharing stopped; the meeting is whole. Share it again to go on.</source>
      <translation>共享已停止；会议完整无缺。再次共享即可继续。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="145" />
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="149" />
      <source>Starting the meeting's own database server …</source>
      <translation>正在启动本会议专用的数据库服务器 …</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="118" />
      <source>Stop sharing</source>
      <translation>停止共享</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="181" />
      <source>Stopping …</source>
      <translation>正在停止 …</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="151" />
      <source>That is not a join code: it looks like S-7KR4-M2XD.</source>
      <translation>这不是加入码：加入码形如 S-7KR4-M2XD。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="85" />
      <source>The host's screen (File &gt; Share this meeting) shows the address and one code per role: O for the officer, S for the secretary, D for the display.</source>
      <translation>主机屏幕（文件 &gt; 共享本会议）显示地址和每个角色的加入码：O 表示干事，S 表示秘书，D 表示显示屏。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="176" />
      <source>The meeting could not be shared:</source>
      <translation>无法共享会议：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="105" />
      <source>The traffic between the stations is not encrypted: share only on a network you trust. Where that is not enough, ask IT for a PostgreSQL server with TLS and open the meeting with its URL (floorapp gui postgresql://…).</source>
      <translation>工作站之间的通信未加密：请只在可信网络上共享。如需加密，请向信息技术部门申请支持 TLS 的 PostgreSQL 服务器，并用其 URL 打开会议（floorapp gui postgresql://…）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="127" />
      <source>This meeting is on a database server already: the other stations open it with its address (floorapp gui postgresql://…), with the logins IT gave each role.</source>
      <translation>本会议已在数据库服务器上：其他工作站使用其地址（floorapp gui postgresql://…）及信息技术部门为每个角色提供的登录信息打开它。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="154" />
      <source>Type the host's address as it shows it, e.g. 192.168.1.10:5433.</source>
      <translation>请按主机显示的样子输入其地址，例如 192.168.1.10:5433。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="110" />
      <source>Windows Firewall must let other machines in on the port shown above (an inbound rule for TCP).</source>
      <translation>Windows 防火墙必须允许其他计算机通过上面显示的端口连入（TCP 入站规则）。</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="169" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="170" />
      <source>&amp;Floor</source>
      <translation>发言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="173" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="171" />
      <source>&amp;List</source>
      <translation>名单(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="172" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="153" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="152" />
      <source>Add a participant…</source>
      <translation>添加与会者…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="101" />
      <source>Add to the list</source>
      <translation>列入名单</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="118" />
      <source>Close / reopen the list</source>
      <translation>截止 / 重新开放名单</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="159" />
      <source>Close the console; the meeting is saved as it goes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="119" />
      <source>Close the list of speakers to new inscriptions, or reopen it.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Create a meeting database from a programme file.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
      <source>Edit the programme…</source>
      <translation>编辑议程…</translation>
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
      <translation>结束发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="81" />
      <source>Extend by 30 s</source>
      <translation>延长 30 秒</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="82" />
      <source>Give the speaker 30 seconds more.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="123" />
      <source>Go to the list</source>
      <translation>转到名单</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="125" />
      <source>Go to the log</source>
      <translation>转到记录</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="121" />
      <source>Go to the programme</source>
      <translation>转到议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="97" />
      <source>Hand the floor to the secretary</source>
      <translation>将发言控制交给秘书</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="134" />
      <source>High contrast</source>
      <translation>高对比度</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="144" />
      <source>Host this meeting on the network: a join code for the secretary's and the display's stations.</source>
      <translation>在网络上托管本会议：为秘书工作站和显示屏工作站提供加入码。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="146" />
      <source>Join a meeting…</source>
      <translation>加入会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="161" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="130" />
      <source>Larger text</source>
      <translation>放大文字</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="98" />
      <source>Let the secretary's station give the floor and run the clock, or take them back (journaled).</source>
      <translation>允许秘书工作站给予发言权并控制计时，或收回这些权限（记入日志）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="131" />
      <source>Make the console's text larger.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="133" />
      <source>Make the console's text smaller.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="112" />
      <source>Mark absent</source>
      <translation>标记缺席</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="106" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="105" />
      <source>Move the selected request one place earlier.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="107" />
      <source>Move the selected request one place later.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="104" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="95" />
      <source>Mute sound cues</source>
      <translation>静音提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>New meeting from a programme…</source>
      <translation>根据议程新建会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="73" />
      <source>Next speaker</source>
      <translation>下一位发言者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
      <source>Open a meeting another machine hosts, with its join code.</source>
      <translation>使用加入码打开另一台计算机托管的会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="142" />
      <source>Open an existing meeting database.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
      <source>Open meeting…</source>
      <translation>打开会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="76" />
      <source>Pause / resume</source>
      <translation>暂停 / 继续</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="85" />
      <source>Point of order…</source>
      <translation>程序问题…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="135" />
      <source>Pure black, white, yellow and red countdown states.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="116" />
      <source>Put the selected (or first) absent delegation back at the top of the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="158" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="115" />
      <source>Recall absent</source>
      <translation>重新列入缺席者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="93" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="94" />
      <source>Restore the last undone floor action.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="88" />
      <source>Right of reply…</source>
      <translation>答辩权…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="150" />
      <source>Segments, times, limits, themes and panellists; saved in the journal.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="126" />
      <source>Select a past intervention to add or correct its notes.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="124" />
      <source>Select a request with the arrows.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="122" />
      <source>Select a segment with the arrows and open it with Enter.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="111" />
      <source>Send the selected request to the end of the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="110" />
      <source>Send to the end</source>
      <translation>移至末尾</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="113" />
      <source>Set aside the selected request: the delegation is not in the room.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="155" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="143" />
      <source>Share this meeting…</source>
      <translation>共享本会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="83" />
      <source>Shorten by 30 s</source>
      <translation>缩短 30 秒</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="162" />
      <source>Show every shortcut of the console.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="128" />
      <source>Show or hide the speaker display for the room.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="96" />
      <source>Silence the sound cues, or bring them back.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="132" />
      <source>Smaller text</source>
      <translation>缩小文字</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="127" />
      <source>Speaker display</source>
      <translation>发言者显示屏</translation>
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="109" />
      <source>Take the selected request off the list.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="156" />
      <source>This meeting's rules and limits, defaults for new meetings, the display and the sound cues.</source>
      <translation type="unfinished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="102" />
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
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="108" />
      <source>Withdraw</source>
      <translation>撤回</translation>
    </message>
  </context>
  <context>
    <name>SpeakerDisplay</name>
    <message>
      <location filename="../../floorapp/gui/display/speaker_display.py" line="79" />
      <source>Floor — speaker display</source>
      <translation>Floor — 发言者显示屏</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="146" />
      <source>Next speaker</source>
      <translation>下一位发言者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="151" />
      <source>Next speakers</source>
      <translation>接下来的发言者</translation>
    </message>
  </context>
  <context>
    <name>SpeakersView</name>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="210" />
      <source>Absent, to recall: {n}</source>
      <translation>缺席待重新列入：{n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="207" />
      <source>LIST CLOSED</source>
      <translation>名单已截止</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="199" />
      <source>List of speakers: open a segment of the programme first.</source>
      <translation>发言者名单：请先打开议程中的一个环节。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="204" />
      <source>List of speakers: {n} waiting, {t} needed</source>
      <translation>发言者名单：{n} 位等候，需 {t}</translation>
    </message>
  </context>
  <context>
    <name>Stations</name>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="148" />
      <source>Display station (reads only)</source>
      <translation>显示屏工作站（只读）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="147" />
      <source>Officer's station</source>
      <translation>主席干事工作站</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="146" />
      <source>Officer's station: the floor is handed to the secretary</source>
      <translation>主席干事工作站：发言控制已交给秘书</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="50" />
      <source>Only the chair's officer can do this.</source>
      <translation>只有主席干事可以执行此操作。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="48" />
      <source>Only the chair's officer gives the floor and runs the clock, until the officer hands them over to this station.</source>
      <translation>只有主席干事可以给予发言权并控制计时，除非干事将其交给本工作站。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="143" />
      <source>Secretary's station: the officer handed you the floor</source>
      <translation>秘书工作站：干事已将发言控制交给您</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="144" />
      <source>Secretary's station: the officer has the floor</source>
      <translation>秘书工作站：发言由干事控制</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="135" />
      <source>Take the floor back from the secretary</source>
      <translation>从秘书处收回发言控制</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="43" />
      <source>display</source>
      <translation>显示屏</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>officer</source>
      <translation>干事</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>secretary</source>
      <translation>秘书</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="55" />
      <source>Chair</source>
      <translation>主席</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="52" />
      <source>Civil society</source>
      <translation>民间社会</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>GROUP</source>
      <translation>集团</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>Group</source>
      <translation>集团</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="48" />
      <source>Member State</source>
      <translation>会员国</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="54" />
      <source>Moderator</source>
      <translation>主持人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="50" />
      <source>Observer</source>
      <translation>观察员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="49" />
      <source>Observer State</source>
      <translation>观察员国</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="56" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>POINT OF ORDER</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="53" />
      <source>Panellist</source>
      <translation>小组成员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <location filename="../../floorapp/gui/console/words.py" line="41" />
      <source>Point of order</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>QUESTION</source>
      <translation>提问</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>Question</source>
      <translation>提问</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>Question to the panel</source>
      <translation>向小组提问</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>REPLY</source>
      <translation>答辩</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Reply</source>
      <translation>答辩</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Right of reply</source>
      <translation>答辩权</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="34" />
      <location filename="../../floorapp/gui/console/words.py" line="34" />
      <source>Statement</source>
      <translation>发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>Statement on behalf of a group</source>
      <translation>代表集团发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="51" />
      <source>UN system</source>
      <translation>联合国系统</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="87" />
      <source>{speaker}, on behalf of {group}</source>
      <translation>{speaker}，代表{group}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="89" />
      <source>{text} (delivered by {person})</source>
      <translation>{text}（由{person}宣读）</translation>
    </message>
  </context>
</TS>
