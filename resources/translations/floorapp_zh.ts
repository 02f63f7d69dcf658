<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh" sourcelanguage="en">
  <context>
    <name>AddField</name>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="233" />
      <source>Add to the list: type a few letters of a name, Enter</source>
      <translation>列入名单：输入名称的几个字，按 Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="234" />
      <source>Group statement: who speaks? Then the group, Enter</source>
      <translation>集团发言：谁发言？然后输入集团，按 Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="337" />
      <source>Nobody was added: “{text}” matches no participant.</source>
      <translation>未添加：“{text}”与任何与会者都不匹配。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="149" />
      <source>On behalf of (e.g. the African Group)</source>
      <translation>代表（例如非洲国家集团）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="348" />
      <source>On behalf of which group? Type it and press Enter.</source>
      <translation>代表哪个集团？输入后按 Enter。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="237" />
      <source>Point of order: who raises it? Enter gives the floor at once</source>
      <translation>程序问题：谁提出？按 Enter 立即给予发言权</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="354" />
      <source>Point of order: {name} has the floor.</source>
      <translation>程序问题：{name}发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="235" />
      <source>Question to the panel: who asks? Enter</source>
      <translation>向小组提问：谁提问？按 Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="236" />
      <source>Right of reply: who asks for it? Enter</source>
      <translation>答辩权：谁要求答辩？按 Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="169" />
      <source>Statement</source>
      <translation>发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="318" />
      <source>Type a few letters of a name first.</source>
      <translation>请先输入名称的几个字。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="357" />
      <source>{name} is inscribed, number {n} on the list.</source>
      <translation>{name}已列入名单，排第{n}位。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="324" />
      <source>“{text}” could be {a} or {b}: choose with ↓ and Enter, or type more.</source>
      <translation>“{text}”可能是{a}或{b}：用 ↓ 和 Enter 选择，或继续输入。</translation>
    </message>
  </context>
  <context>
    <name>AddParticipant</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="90" />
      <source>&amp;Category:</source>
      <translation>类别(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="56" />
      <source>A participant of this meeting who is not on the roster. The name in English is needed; names in the other languages are shown when the display is in that language.</source>
      <translation>本次会议的与会者，但不在名册中。必须填写英文名称；其他语文的名称在显示屏使用该语文时显示。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="51" />
      <source>Add a participant</source>
      <translation>添加与会者</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="vanished">主席</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="135" />
      <source>Choose the kind of participant: the name does not tell.</source>
      <translation>请选择参与方类别：从名称无法判断。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="83" />
      <source>Choose: what kind of participant?</source>
      <translation>请选择：参与方属于哪一类？</translation>
    </message>
    <message>
      <source>Civil society organization</source>
      <translation type="vanished">民间社会组织</translation>
    </message>
    <message>
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation type="vanished">政府间观察员（非洲联盟、红十字国际委员会……）</translation>
    </message>
    <message>
      <source>Member State</source>
      <translation type="vanished">会员国</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation type="vanished">主持人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="76" />
      <source>Name in English (required):</source>
      <translation>英文名称（必填）：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="60" />
      <source>No participant on the roster matches “{name}”. Add it to this meeting?</source>
      <translation>名册中没有与“{name}”相符的与会者。是否将其添加到本次会议？</translation>
    </message>
    <message>
      <source>Observer State</source>
      <translation type="vanished">观察员国</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="vanished">其他</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation type="vanished">小组成员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="154" />
      <source>The participant was not added.</source>
      <translation>未添加该与会者。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="127" />
      <source>Type the name in English.</source>
      <translation>请输入英文名称。</translation>
    </message>
    <message>
      <source>UN system entity</source>
      <translation type="vanished">联合国系统实体</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="131" />
      <source>“{name}” is already a participant ({english}): add it to the list by typing its name.</source>
      <translation>“{name}”已是与会者（{english}）：输入其名称即可列入名单。</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="37" />
      <source>&amp;New meeting from a programme…</source>
      <translation>根据议程新建会议(&amp;N)…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="36" />
      <source>&amp;Open another meeting…</source>
      <translation>打开其他会议(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="220" />
      <source>Connected to the meeting again; {n} actions caught up.</source>
      <translation>已重新连接到会议；已补上 {n} 项操作。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Keep the meeting in</source>
      <translation>会议保存位置</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Meetings (*.floor)</source>
      <translation>会议 (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="63" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>会议 (*.floor);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="67" />
      <source>New meeting from a programme</source>
      <translation>根据议程新建会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="92" />
      <source>No such meeting</source>
      <translation>没有此会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="62" />
      <source>Open a meeting</source>
      <translation>打开会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="94" />
      <source>Open an existing meeting, or create one from a programme file.</source>
      <translation>打开现有会议，或根据议程文件新建会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="68" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>议程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="104" />
      <location filename="../../floorapp/gui/app.py" line="106" />
      <source>The meeting database cannot be used</source>
      <translation>无法使用会议数据库</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="83" />
      <source>The programme file cannot be read</source>
      <translation>无法读取议程文件</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="81" />
      <source>The programme file has problems</source>
      <translation>议程文件有问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="93" />
      <source>There is no meeting database at {path}.</source>
      <translation>{path} 处没有会议数据库。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="50" />
      <source>{n} problems in all; see the details.</source>
      <translation>
        <numerusform>共 {n} 个问题；请参阅详细信息。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Console</name>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="298" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="299" />
      <source>&amp;Stay</source>
      <translation>留下(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/connection_banner.py" line="41" />
      <source>Connection to the meeting lost since {time} — retrying…</source>
      <translation>自 {time} 起与会议的连接中断 — 正在重试…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>Ctrl+M turns the sound cues on.</source>
      <translation>按 Ctrl+M 打开提示音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="88" />
      <source>Ignored a second “next” within a second of the first.</source>
      <translation>已忽略在一秒内第二次按下的“下一位”。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="60" />
      <source>Keep the meeting in</source>
      <translation>会议保存位置</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="122" />
      <source>List of speakers</source>
      <translation>发言者名单</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="123" />
      <source>Log and notes</source>
      <translation>记录和笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="61" />
      <source>Meetings (*.floor)</source>
      <translation>会议 (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>会议 (*.floor);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/appearance.py" line="100" />
      <source>Names are shown in the new language; menus follow at the next start.</source>
      <translation>名称以新语文显示；菜单将在下次启动时更新。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>New meeting from a programme</source>
      <translation>根据议程新建会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="72" />
      <source>No audio output.</source>
      <translation>没有音频输出。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="271" />
      <source>No export is available yet</source>
      <translation>尚无可用的导出</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="155" />
      <source>Nobody is marked absent.</source>
      <translation>无人被标记为缺席。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="57" />
      <source>Not done: {reason}</source>
      <translation>未执行：{reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="295" />
      <source>Nothing is lost: the turn goes on in the meeting's record, and when the meeting is opened again the countdown shows the time as it then stands.</source>
      <translation>不会丢失任何内容：该发言在会议记录中继续计时，重新打开会议时，倒计时将显示届时的时间。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Open a meeting</source>
      <translation>打开会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="121" />
      <source>Programme</source>
      <translation>议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>议程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="286" />
      <source>Quit Floor?</source>
      <translation>退出 Floor？</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="110" />
      <source>Redone.</source>
      <translation>已重做。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="130" />
      <source>Select a request in the list first (Ctrl+2, then the arrows).</source>
      <translation>请先在名单中选择一项请求（Ctrl+2，然后用方向键）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues muted.</source>
      <translation>提示音已静音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues on.</source>
      <translation>提示音已开启。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/live.py" line="52" />
      <source>The connection to the meeting is lost since {time}: nothing was done. Floor is reconnecting; try again when it is back.</source>
      <translation>自 {time} 起与会议的连接中断：未执行任何操作。Floor 正在重新连接；恢复后请重试。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="95" />
      <source>The floor is given to {name}.</source>
      <translation>请{name}发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="64" />
      <source>The last action was not recorded.</source>
      <translation>上一个操作未被记录。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="165" />
      <source>The list is open again.</source>
      <translation>名单已重新开放。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="164" />
      <source>The list of speakers is closed.</source>
      <translation>发言者名单已截止。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="63" />
      <source>The meeting database failed</source>
      <translation>会议数据库出错</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="76" />
      <source>The programme editor is not available.</source>
      <translation>议程编辑器不可用。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="147" />
      <source>The request is already at that end of the list.</source>
      <translation>该请求已在名单的这一端。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="251" />
      <source>The speaker display is not available.</source>
      <translation>发言者显示屏不可用。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="105" />
      <source>Undone. Redo with Ctrl+Shift+Z.</source>
      <translation>已撤销。按 Ctrl+Shift+Z 重做。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>cues muted</source>
      <translation>提示音已静音</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="78" />
      <source>no sound: cues are visual only</source>
      <translation>无声音：仅有视觉提示</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="287" />
      <source>{name} has the floor.</source>
      <translation>{name}正在发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="97" />
      <source>{name} was added; type the name to inscribe it.</source>
      <translation>已添加{name}；输入该名称即可列入名单。</translation>
    </message>
  </context>
  <context>
    <name>Cues</name>
    <message>
      <location filename="../../floorapp/cues/check.py" line="164" />
      <source> (default)</source>
      <translation>（默认）</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="179" />
      <source>(The cues are muted in the app; the sound check plays them anyway.)</source>
      <translation>（应用中提示音已静音；声音测试仍会播放。）</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="122" />
      <source>Audio output</source>
      <translation>音频输出</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="65" />
      <source>Built-in</source>
      <translation>内置</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="63" />
      <source>Choose file…</source>
      <translation>选择文件…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="125" />
      <source>Cues</source>
      <translation>提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="190" />
      <source>Done: {n} cues played.</source>
      <translation>完成：已播放 {n} 个提示音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="174" />
      <source>Every cue is turned off in the settings: nothing to play.</source>
      <translation>设置中所有提示音均已关闭：没有可播放的。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="67" />
      <source>Go back to Floor's own sound for this cue.</source>
      <translation>此提示音恢复使用 Floor 自带的声音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="100" />
      <source>Mute sound cues</source>
      <translation>静音提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="167" />
      <source>No audio output was found.</source>
      <translation>未找到音频输出。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="164" />
      <source>No audio output was found: cues are visual only.</source>
      <translation>未找到音频输出：提示仅以视觉方式显示。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="189" />
      <source>Not played (turned off): {cue}</source>
      <translation>未播放（已关闭）：{cue}</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>Overrun reminder</source>
      <translation>超时提醒</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="104" />
      <source>Play every cue that is on, in order, to test the room's sound.</source>
      <translation>按顺序播放每个已开启的提示音，以测试会议室的声音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="181" />
      <location filename="../../floorapp/cues/settings_widget.py" line="279" />
      <source>Playing: {cue} ({file})</source>
      <translation>正在播放：{cue}（{file}）</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>Point of order</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="68" />
      <source>Preview</source>
      <translation>预览</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="122" />
      <source>Qt Multimedia cannot be loaded ({error}): cues are visual only. On Linux it needs the libpulse0 package.</source>
      <translation>无法加载 Qt Multimedia（{error}）：提示仅以视觉方式显示。在 Linux 上需要 libpulse0 软件包。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="240" />
      <source>Reading {file}…</source>
      <translation>正在读取 {file}…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="55" />
      <source>Repeated at the reminder interval while a speaker is over time.</source>
      <translation>发言者超时期间按提醒间隔重复。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="54" />
      <source>Sound &amp;cues…</source>
      <translation>提示音(&amp;C)…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="102" />
      <location filename="../../floorapp/cues/settings_widget.py" line="283" />
      <source>Sound check</source>
      <translation>声音测试</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="284" />
      <source>Sound check done: {n} cues played.</source>
      <translation>声音测试完成：已播放 {n} 个提示音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="177" />
      <source>Sound check on {output}:</source>
      <translation>在 {output} 上测试声音：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="88" />
      <location filename="../../floorapp/gui/cues_hook.py" line="50" />
      <source>Sound cues</source>
      <translation>提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="232" />
      <source>Sound for “{cue}”</source>
      <translation>“{cue}”的声音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="47" />
      <source>Sounds (*.wav *.mp3 *.ogg *.flac);;All files (*)</source>
      <translation>声音 (*.wav *.mp3 *.ogg *.flac);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="274" />
      <source>Stop sound check</source>
      <translation>停止声音测试</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="170" />
      <source>System default</source>
      <translation>系统默认</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="71" />
      <source>The audio output “{name}” was not found; the cues play on {fallback}.</source>
      <translation>未找到音频输出“{name}”；提示音将在 {fallback} 上播放。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>Time is up</source>
      <translation>时间到</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="123" />
      <source>Volume</source>
      <translation>音量</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>Warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="58" />
      <source>When a point of order takes the floor.</source>
      <translation>因程序问题发言时。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="53" />
      <source>When the speaker's time is up.</source>
      <translation>发言者时间用完时。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="51" />
      <source>When the warning time is reached (e.g. 30 s left).</source>
      <translation>到达警告时间时（例如剩余 30 秒）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="186" />
      <source>built-in sound</source>
      <translation>内置声音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>overrun reminder</source>
      <translation>超时提醒</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>point of order</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>time is up</source>
      <translation>时间到</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>warning</source>
      <translation>警告</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="217" />
      <source>{file}: the sound for “{cue}” cannot be played.</source>
      <translation>{file}：无法播放“{cue}”的声音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="222" />
      <source>{file}: the sound for “{cue}” cannot be played; the previous sound is kept.</source>
      <translation>{file}：无法播放“{cue}”的声音；保留原来的声音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="175" />
      <source>{name} (not connected)</source>
      <translation>{name}（未连接）</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="181" />
      <source>{n} %</source>
      <translation>{n}%</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="248" />
      <source>“{cue}” now plays {file}.</source>
      <translation>“{cue}”现在播放 {file}。</translation>
    </message>
  </context>
  <context>
    <name>CurrentView</name>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="113" />
      <source>Ctrl+N gives the floor</source>
      <translation>按 Ctrl+N 给予发言权</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="172" />
      <source>Limit {limit}</source>
      <translation>限时 {limit}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="166" />
      <source>Limit {limit}, extended by {ext}</source>
      <translation>时限 {limit}，已延长 {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="169" />
      <source>Limit {limit}, shortened by {ext}</source>
      <translation>时限 {limit}，已缩短 {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="110" />
      <source>Next: {name}</source>
      <translation>下一位：{name}</translation>
    </message>
    <message>
      <source>Nobody has the floor</source>
      <translation type="vanished">无人发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="112" />
      <source>Nobody is waiting</source>
      <translation>无人等候发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="175" />
      <source>Space or Ctrl+Space resumes</source>
      <translation>按空格或 Ctrl+空格继续</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="114" />
      <source>Type a name to inscribe it (Ctrl+L)</source>
      <translation>键入名称以登记发言 (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="121" />
      <source>interrupting {name} (their time is paused)</source>
      <translation>打断{name}（其时间已暂停）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="173" />
      <source>spoken {t}</source>
      <translation>已发言 {t}</translation>
    </message>
    <message>
      <source>{sign}{ext} extension</source>
      <translation type="vanished">延长 {sign}{ext}</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message>
      <location filename="../../floorapp/gui/durations.py" line="79" />
      <source>Minutes and seconds, as 3:00; the arrows step by 15 seconds.</source>
      <translation>分钟和秒，如 3:00；箭头每次调整 15 秒。</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="21" />
      <source>Attributed record (PDF)</source>
      <translation>具名记录（PDF）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="20" />
      <source>Attributed record (Word)</source>
      <translation>具名记录（Word）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="169" />
      <location filename="../../floorapp/gui/export_worker.py" line="152" />
      <source>Export failed</source>
      <translation>导出失败</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="135" />
      <source>Export to</source>
      <translation>导出到</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="164" />
      <source>Exported to {path}</source>
      <translation>已导出到 {path}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="144" />
      <source>Exporting…</source>
      <translation>正在导出…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="39" />
      <source>Language:</source>
      <translation>语文：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="25" />
      <source>List of speakers (PDF)</source>
      <translation>发言者名单（PDF）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="22" />
      <source>Log (CSV spreadsheet)</source>
      <translation>记录（CSV 电子表格）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="23" />
      <source>Log (JSON)</source>
      <translation>记录（JSON）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="24" />
      <source>Log (Markdown)</source>
      <translation>记录（Markdown）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="19" />
      <source>President's Summary (PDF)</source>
      <translation>主席总结（PDF）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="18" />
      <source>President's Summary (Word)</source>
      <translation>主席总结（Word）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="49" />
      <source>Segment:</source>
      <translation>环节：</translation>
    </message>
  </context>
  <context>
    <name>HelpOverlay</name>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>Enter</source>
      <translation>Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="55" />
      <source>Esc or F1 closes this panel.</source>
      <translation>按 Esc 或 F1 关闭此面板。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="33" />
      <source>In the add field: move in the list</source>
      <translation>在添加栏中：在列表中移动</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="32" />
      <source>In the add field: on behalf of…</source>
      <translation>在添加栏中：代表……</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="30" />
      <source>In the add field: {kind}</source>
      <translation>在添加栏中：{kind}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>In the log: write notes on the intervention</source>
      <translation>在记录中：为该发言写笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="37" />
      <source>In the notes: add the note</source>
      <translation>在笔记中：添加笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <source>In the programme: open the segment</source>
      <translation>在议程中：打开环节</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="54" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="146" />
      <source>&amp;Accept: create the meeting…</source>
      <translation>接受：创建会议(&amp;A)…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="87" />
      <source>&amp;Change the text</source>
      <translation>修改文本(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="81" />
      <source>&amp;Open a file…</source>
      <translation>打开文件(&amp;O)…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="84" />
      <source>&amp;Propose</source>
      <translation>提议(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="117" />
      <source>&amp;Remove the selected row</source>
      <translation>删除所选行(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="149" />
      <source>&amp;Save as a programme file…</source>
      <translation>另存为议程文件(&amp;S)…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="87" />
      <source>(not in the text)</source>
      <translation>（文本中没有）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="125" />
      <source>A programme needs at least one segment.</source>
      <translation>议程至少需要一个环节。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Chair</source>
      <translation>主席</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="228" />
      <source>Change the text, then press Propose again.</source>
      <translation>修改文本后，再按“提议”。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="112" />
      <source>Changed by you</source>
      <translation>已由您修改</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="188" />
      <source>Click a field to see where it came from. Rows marked ⚠ were guessed: check them. Double-click a value to change it. Nothing is saved until you accept.</source>
      <translation>单击字段可查看其出处。标有 ⚠ 的行是推测的：请核对。双击某个值可进行修改。在接受之前不会保存任何内容。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="196" />
      <source>Concept notes (*.txt *.docx *.pdf);;All files (*)</source>
      <translation>概念说明 (*.txt *.docx *.pdf);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="41" />
      <source>Date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="53" />
      <source>End</source>
      <translation>结束</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="253" />
      <source>Every dated or timed part of the text is in the programme.</source>
      <translation>文本中所有带日期或时间的部分都已列入议程。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Field</source>
      <translation>字段</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>From</source>
      <translation>来源</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="40" />
      <source>Keep the meeting in</source>
      <translation>会议保存位置</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Keynote speaker</source>
      <translation>主旨发言人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="56" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="47" />
      <source>Limit: {who}</source>
      <translation>时限：{who}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="39" />
      <source>Meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="41" />
      <source>Meetings (*.floor)</source>
      <translation>会议 (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Moderator</source>
      <translation>主持人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="50" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="74" />
      <source>New meeting from a concept note</source>
      <translation>根据概念说明新建会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="125" />
      <source>Not in the programme (check these parts of the text):</source>
      <translation>未列入议程（请核对文本中的这些部分）：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="52" />
      <source>Nothing was proposed yet.</source>
      <translation>尚未提出任何建议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="195" />
      <source>Open a concept note</source>
      <translation>打开概念说明</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Panellist</source>
      <translation>小组成员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="213" />
      <source>Paste the concept note first.</source>
      <translation>请先粘贴概念说明。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="97" />
      <source>Paste the concept note here.</source>
      <translation>在此粘贴概念说明。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="78" />
      <source>Paste the concept note or programme below, or open a file (.txt, .docx, .pdf), then press Propose.</source>
      <translation>在下方粘贴概念说明或议程，或打开文件（.txt、.docx、.pdf），然后按“提议”。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="346" />
      <source>Programmes (*.toml)</source>
      <translation>议程 (*.toml)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Proposed value</source>
      <translation>建议值</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="345" />
      <source>Save the programme</source>
      <translation>保存议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="50" />
      <source>Segment {n}</source>
      <translation>环节 {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="68" />
      <source>Speaker</source>
      <translation>发言者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="51" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="51" />
      <source>The programme could not be saved in {path}: {why}</source>
      <translation>无法将议程保存到 {path}：{why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="62" />
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="304" />
      <source>This field cannot be removed; change its value instead.</source>
      <translation>此字段不能删除；请改为修改其值。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="44" />
      <source>Time zone</source>
      <translation>时区</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="40" />
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="55" />
      <source>Title</source>
      <translation>标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="97" />
      <source>Unsure: {why}</source>
      <translation>不确定：{why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="43" />
      <source>Venue</source>
      <translation>地点</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="86" />
      <source>line {n}</source>
      <translation>第 {n} 行</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="245" />
      <source>line {n}: {text} — {why}</source>
      <translation>第 {n} 行：{text} — {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="216" />
      <source>the pasted text</source>
      <translation>粘贴的文本</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="322" />
      <source>the programme</source>
      <translation>议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="111" />
      <source>{where}: the kind is one of: {kinds}</source>
      <translation>{where}：类型须为以下之一：{kinds}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="88" />
      <source>{where}: write minutes:seconds, such as 3:00</source>
      <translation>{where}：请写成 分:秒，例如 3:00</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="81" />
      <source>{where}: “{v}” is not a date; write it as 2012-04-03</source>
      <translation>{where}：“{v}”不是日期；请写成 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="99" />
      <source>{where}: “{v}” is not a time; write it as HH:MM on the 24-hour clock</source>
      <translation>{where}：“{v}”不是时间；请按 24 小时制写成 HH:MM</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="332" />
      <source>… and {n} more</source>
      <translation>……另有 {n} 个</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="60" />
      <source>a 24-hour time was also marked am/pm</source>
      <translation>24 小时制时间还标有 am/pm</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="29" />
      <source>a cell of a grid under no time</source>
      <translation>表格中没有时间的单元格</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="30" />
      <source>a deadline</source>
      <translation>截止时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="87" />
      <source>a note in brackets about another day</source>
      <translation>括号中关于另一天的说明</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="46" />
      <source>a note on the hours (interpretation, webcast), not an item</source>
      <translation>关于时间的说明（口译、网播），不是议程项目</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="83" />
      <source>a part whose items are listed inside it</source>
      <translation>其中列有各项议程的部分</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="36" />
      <source>a place named in the text</source>
      <translation>文中提到的地点</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="31" />
      <source>a point in time among timed segments, not a segment</source>
      <translation>有时段的环节中的单个时间点，不是环节</translation>
    </message>
    <message>
      <source>a point in time at the same time as the next</source>
      <translation type="vanished">与下一项时间相同的单个时间点</translation>
    </message>
    <message>
      <source>a room named in the text</source>
      <translation type="vanished">文本中提到的会议室</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="55" />
      <source>a theme named before any segment</source>
      <translation>在任何环节之前列出的主题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="39" />
      <source>a time alone, not a segment</source>
      <translation>单独的时间，不是环节</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="76" />
      <source>a time in a sentence</source>
      <translation>句子中的时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="75" />
      <source>a time in prose</source>
      <translation>正文叙述中的时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="38" />
      <source>a time with no title after it (a column heading?)</source>
      <translation>时间后没有标题（是列标题吗？）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="34" />
      <source>at the same time as the item above: kept in its description</source>
      <translation>与上一项同时：已保留在其说明中</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="105" />
      <source>at the same time as “{title}” (a parallel meeting)</source>
      <translation>与“{title}”同时进行（平行会议）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="40" />
      <source>cut from themes run together on one line</source>
      <translation>从同一行连写的多个主题中拆分</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="162" />
      <source>day {n}</source>
      <translation>第 {n} 天</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="41" />
      <source>end not written</source>
      <translation>未写明结束时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="43" />
      <source>end not written: taken from its duration</source>
      <translation>未写结束时间：按时长推算</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="42" />
      <source>end not written: taken from the next item</source>
      <translation>未写明结束时间：取自下一项</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="79" />
      <source>from the meeting's hours in prose</source>
      <translation>取自正文中的会议时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="102" />
      <source>from “{city}” in the text</source>
      <translation>依据文本中的“{city}”</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="115" />
      <source>left out {n} image(s) and link(s) to a talk's material (“Video”, “Slides”) in {name}</source>
      <translation>已在 {name} 中略去 {n} 个图片和指向发言材料的链接（“视频”“幻灯片”）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="49" />
      <source>listed without a label or an honorific: taken as a speaker</source>
      <translation>未标注身份或尊称：视为发言人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="51" />
      <source>listed without a label: taken as a speaker</source>
      <translation>未标注身份：视为发言人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="48" />
      <source>listed without a label: taken as panellist</source>
      <translation>未标注身份：视为小组成员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="52" />
      <source>marked as to be confirmed</source>
      <translation>标为“待确认”</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="35" />
      <source>marks the start of the item below: kept in its description</source>
      <translation>标明下一项的开始：保留在其说明中</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="50" />
      <source>named after a role: check the name</source>
      <translation>列在职务之后：请核对姓名</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="54" />
      <source>named before any segment</source>
      <translation>在任何环节之前列出</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="85" />
      <source>named before the segments: taken for the first</source>
      <translation>列于各部分之前：归入第一部分</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="47" />
      <source>named in brackets in the title: taken as speaker</source>
      <translation>标题括号中的姓名：视为发言人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="56" />
      <source>no am/pm: read as afternoon</source>
      <translation>无 am/pm：按下午理解</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="57" />
      <source>no am/pm: read as morning, before the day's first item</source>
      <translation>无 am/pm：按上午理解，在当天第一项之前</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="58" />
      <source>no am/pm: the end was read as afternoon</source>
      <translation>无 am/pm：结束时间按下午理解</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="61" />
      <source>no announced title: a heading was taken</source>
      <translation>没有公布的标题：采用了一个小标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="62" />
      <source>no city found: New York assumed</source>
      <translation>未找到城市：默认为纽约</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="63" />
      <source>no date found: today's date was put in its place</source>
      <translation>未找到日期：暂以今天的日期代替</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="84" />
      <source>no heading names the meeting: taken from a sentence</source>
      <translation>没有标题写出会议名称：取自句子</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="64" />
      <source>no honorific (Mr., Ms., H.E. …): check this is a person</source>
      <translation>没有称谓（先生、女士、阁下……）：请核实这是否为人名</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="65" />
      <source>no segments found: the meeting's title</source>
      <translation>未找到环节：采用会议标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="66" />
      <source>no times in the text: placeholder, set the real times</source>
      <translation>文本中没有时间：此为占位值，请填写实际时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="67" />
      <source>no title found</source>
      <translation>未找到标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="37" />
      <source>no title of its own: the next range's title</source>
      <translation>本身没有标题：采用下一时段的标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="68" />
      <source>no venue found</source>
      <translation>未找到地点</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="103" />
      <source>on another day ({day}): a programme holds one day</source>
      <translation>在另一天（{day}）：一份议程只含一天</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="92" />
      <source>read line by line: the programme's layout was not recognised</source>
      <translation>逐行读取：未能识别议程的版式</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="114" />
      <source>read {n} Markdown link(s) in {name} as their words</source>
      <translation>已将 {name} 中的 {n} 个 Markdown 链接按其文字读取</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="112" />
      <source>read {n} character(s) between two times as dashes (broken encoding)</source>
      <translation>已将两个时间之间的 {n} 个字符读作连接号（编码错误）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="109" />
      <source>read {n} run(s) of doubled letters in {name} once (a PDF's bold text drawn twice, such as “FFrriiddaayy”)</source>
      <translation>{name} 中的 {n} 段双写字母已按单写读取（PDF 的粗体文字被绘制了两次，例如“FFrriiddaayy”）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="53" />
      <source>reads like a place, not an item: check the title</source>
      <translation>看似地点而非议程项目：请核对标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="44" />
      <source>reckoned from the lengths written after the items</source>
      <translation>根据各项之后写明的时长推算</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="126" />
      <source>removed the e-mail quote marks (“&gt;”) at the start of {n} line(s) of {name}</source>
      <translation>已删除{name}中 {n} 行开头的电子邮件引用符号（“&gt;”）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="111" />
      <source>removed {n} HTML tags from {name}, keeping the words they marked</source>
      <translation>已从 {name} 中删除 {n} 个 HTML 标签，保留其标记的文字</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="123" />
      <source>repaired broken encoding in {name} ({n} garbled sequences such as “{sample}”)</source>
      <translation>已修复 {name} 中的编码错误（{n} 处乱码，例如“{sample}”）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="93" />
      <source>several places named: the first was taken</source>
      <translation>文中提到多个地点：采用了第一个</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="69" />
      <source>taken from the “Theme” line</source>
      <translation>取自“主题”一行</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="32" />
      <source>the end of the meeting above, not an item</source>
      <translation>上面会议的结束，不是一个议程项目</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="59" />
      <source>the end was read as afternoon</source>
      <translation>结束时间按下午理解</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="70" />
      <source>the first date in the text; check it is the meeting's</source>
      <translation>文本中的第一个日期；请核实是否为会议日期</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="94" />
      <source>the first reading's only segment; the programme was read line by line instead</source>
      <translation>第一次读取得到的唯一环节；已改为逐行读取议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="33" />
      <source>the format told in a sentence: the programme below gives the items</source>
      <translation>用一句话说明的会议形式：下面的议程列出了各项内容</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="71" />
      <source>the last point in time: its end is not written</source>
      <translation>最后一个时间点：未写明结束时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="88" />
      <source>the meeting's hours and place, not an item</source>
      <translation>会议的时间和地点，不是议程项目</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="80" />
      <source>the meeting's hours in prose: check the title</source>
      <translation>正文中的会议时间：请核对标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="72" />
      <source>the meeting's hours: no segments were found</source>
      <translation>会议时间：未找到环节</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="82" />
      <source>the meeting's hours: the segments below fall within them</source>
      <translation>会议时间：下列各部分均在此时间内</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="73" />
      <source>the meeting's title: no segments were found</source>
      <translation>会议标题：未找到环节</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="81" />
      <source>the paragraph's label: check the title</source>
      <translation>段落的标签：请核对标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="86" />
      <source>the same times on another clock</source>
      <translation>另一时区的相同时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="104" />
      <source>the times start again: another day</source>
      <translation>时间重新开始：另一天</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="77" />
      <source>the title below the names under a label</source>
      <translation>标签下所列姓名之后的标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="74" />
      <source>the title of the only segment</source>
      <translation>唯一环节的标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="97" />
      <source>the year is not written with the date</source>
      <translation>日期未写明年份</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="98" />
      <source>the year is not written with the day</source>
      <translation>该日未写明年份</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="99" />
      <source>times from the grid's column heading</source>
      <translation>时间取自表格的列标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="100" />
      <source>times side by side: the columns of a grid (parallel meetings?)</source>
      <translation>并列的时间：表格的各列（平行会议？）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="89" />
      <source>times written in {zone}: check the meeting's time zone</source>
      <translation>时间以 {zone} 书写：请核对会议时区</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="78" />
      <source>told in a sentence: check the title</source>
      <translation>在句子中提及：请核对标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="101" />
      <source>who the limit is for is not said: taken for delegations</source>
      <translation>未说明时限适用对象：视为适用于各代表团</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="45" />
      <source>written to start before the item above ends: started where it ends</source>
      <translation>写明的开始时间早于上一项结束：改为在上一项结束时开始</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="131" />
      <source>{name} has broken encoding that cannot be repaired ({n} {what}); the original characters are lost. Copy the text again from the original document (or save it as UTF-8) and import that.</source>
      <translation>{name} 的编码已损坏且无法修复（{n} {what}），原始字符已丢失。请从原始文件重新复制文本（或另存为 UTF-8）后再导入。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="107" />
      <source>{name} is a PDF without a text layer (a scan?): copy the text from the original document instead.</source>
      <translation>{name} 是没有文本层的 PDF（扫描件？）：请改为从原始文件复制文本。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="106" />
      <source>{name} is not UTF-8 (byte {byte} at offset {at}); read it as Windows-1252</source>
      <translation>{name} 不是 UTF-8 编码（位置 {at} 处的字节 {byte}）；已按 Windows-1252 读取</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="113" />
      <source>{name} still has {n} unreadable character(s); check names and titles near them</source>
      <translation>{name} 中仍有 {n} 个无法识别的字符；请检查其附近的姓名和标题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="95" />
      <source>“12 a.m.” at the end of a morning: read as noon</source>
      <translation>上午时段结尾的“12 a.m.”：读作中午</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="91" />
      <source>“am” after 12: read as noon</source>
      <translation>12 点后的“am”：按中午读取</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="90" />
      <source>“am” after a range from noon: read as afternoon</source>
      <translation>从中午开始的时段后写了“上午”：按下午理解</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="96" />
      <source>“am” after a start in the afternoon: read as pm</source>
      <translation>下午开始后写了“上午”：按下午理解</translation>
    </message>
  </context>
  <context>
    <name>LogModel</name>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>#</source>
      <translation>序号</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Kind</source>
      <translation>类型</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="65" />
      <source>Notes</source>
      <translation>笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Over</source>
      <translation>超时</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Speaker</source>
      <translation>发言者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Spoken</source>
      <translation>用时</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Start</source>
      <translation>开始</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="236" />
      <source>paused</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="237" />
      <source>speaking</source>
      <translation>正在发言</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="46" />
      <source>&amp;Export</source>
      <translation>导出(&amp;E)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="72" />
      <source>Console &amp;language</source>
      <translation>控制台语文(&amp;L)</translation>
    </message>
    <message>
      <source>Display &amp;language</source>
      <translation type="vanished">显示语言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="37" />
      <source>Open &amp;recent</source>
      <translation>最近的会议(&amp;R)</translation>
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
      <translation>（第 {column} 列）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="310" />
      <source> (did you mean "{zone}"?)</source>
      <translation>（是否指 "{zone}"？）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="117" />
      <location filename="../../floorapp/core/programme/values.py" line="98" />
      <source> (did you mean '{word}'?)</source>
      <translation>（是否指 '{word}'？）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="47" />
      <source> (first on line {line})</source>
      <translation>（第一次出现在第 {line} 行）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="48" />
      <source> (line {line})</source>
      <translation>（第 {line} 行）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="102" />
      <source>'panellists' of {segment} must be a list of [[segments.panellists]] tables or names, not {found}</source>
      <translation>{segment}的 'panellists' 必须是 [[segments.panellists]] 表或姓名的列表，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="144" />
      <source>'segments' must be [[segments]] tables, not {found}</source>
      <translation>'segments' 必须是 [[segments]] 表，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="115" />
      <source>'themes' of {segment} must be a list of [[segments.themes]] tables, not {found}</source>
      <translation>{segment}的 'themes' 必须是 [[segments.themes]] 表的列表，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="152" />
      <source>'{code}' is not a currency code: use three letters such as USD or EUR.</source>
      <translation>'{code}' 不是货币代码：请使用三个字母，如 USD 或 EUR。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="192" />
      <source>'{id}' is not a participant of this meeting.</source>
      <translation>'{id}' 不是本次会议的与会者。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/checks.py" line="103" />
      <source>'{key}' has {n} names but 'organisers' has {total}: give one translation for each organiser, in the same order ("" for one not translated)</source>
      <translation>
        <numerusform>'{key}' 有 {n} 个名称，但 'organisers' 有 {total} 个：请按相同顺序为每个组织者提供一个译名（未翻译的写 ""）</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="193" />
      <source>'{key}' is given twice{where}; keep one</source>
      <translation>'{key}' 出现了两次{where}；请保留一个</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="95" />
      <source>'{key}' is in the programme's own language (language = "{language}"): those names belong in 'organisers'</source>
      <translation>'{key}' 使用的是议程本身的语文（language = "{language}"）：这些名称应写在 'organisers' 中</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="132" />
      <source>'{key}' of {owner} is in the programme's own language (language = "{language}"): that text belongs in '{base}'; remove '{key}', or change 'language'</source>
      <translation>{owner}的 '{key}' 使用的是议程本身的语文（language = "{language}"）：该文本应写在 '{base}' 中；请删除 '{key}' 或更改 'language'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="161" />
      <source>'{key}' of {owner}: {reason}</source>
      <translation>{owner}的 '{key}'：{reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="146" />
      <source>'{kind}' is not a kind of announcement; use one of {kinds}.</source>
      <translation>“{kind}”不是宣布事项的类型；请使用以下之一：{kinds}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="212" />
      <source>'{kind}' is not a kind of request.</source>
      <translation>'{kind}' 不是请求类型。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="70" />
      <source>'{text}' could be {names}. Type more of the name.</source>
      <translation>'{text}' 可能是{names}。请多输入几个字。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="171" />
      <source>'{value}' is not a date and time.</source>
      <translation>'{value}' 不是日期和时间。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="211" />
      <source>; each line must be key = value, a [table] header or a # comment (see docs/programme-format.md)</source>
      <translation>；每一行必须是 key = value、[table] 表头或 # 注释（参见 docs/programme-format.md）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="164" />
      <source>; text goes in double quotes: {key} = "{value}"</source>
      <translation>；文本须放在双引号中：{key} = "{value}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="208" />
      <source>; text in "quotes" must end on the same line (use """ for text of several lines)</source>
      <translation>；"引号"中的文本必须在同一行结束（多行文本请用 """）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="214" />
      <source>; the string or bracket opened on this line is never closed</source>
      <translation>；此行打开的字符串或括号从未闭合</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="160" />
      <source>; times go in quotes, on the 24-hour clock: {key} = "HH:MM"</source>
      <translation>；时间须放在引号中，采用 24 小时制：{key} = "HH:MM"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="162" />
      <source>; write the date as YYYY-MM-DD with a real month and day, e.g. 2012-04-03</source>
      <translation>；日期请写为 YYYY-MM-DD，月和日须真实存在，例如 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="155" />
      <source>A currency needs an amount.</source>
      <translation>货币须有金额。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="56" />
      <location filename="../../floorapp/core/commands.py" line="213" />
      <source>A group statement needs the name of the group it is made on behalf of.</source>
      <translation>代表集团的发言须写明所代表集团的名称。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="48" />
      <source>A new participant needs a name.</source>
      <translation>新与会者须有名称。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="66" />
      <source>A note needs some text or a theme.</source>
      <translation>笔记须有文字或主题。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="60" />
      <source>A paragraph of the synthesis is at most {n} characters.</source>
      <translation>综述的一个段落最多{n}个字符。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="159" />
      <source>A pledge or a personal gift needs an amount.</source>
      <translation>认捐或个人捐赠须有金额。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="205" />
      <source>A point of order is being heard: end it before giving the floor to anyone else.</source>
      <translation>正在处理程序问题：请先结束，再请其他人发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="81" />
      <source>A speaking limit must be between 1 second and 2 hours, or 0 for no limit.</source>
      <translation>发言时限必须在 1 秒至 2 小时之间，或为 0 表示不设时限。</translation>
    </message>
    <message>
      <source>A speaking limit must be between 1 second and 2 hours.</source>
      <translation type="vanished">发言时限必须在 1 秒至 2 小时之间。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="132" />
      <source>An amount cannot be negative.</source>
      <translation>金额不能为负数。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="124" />
      <source>An amount is a number.</source>
      <translation>金额是一个数字。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="157" />
      <source>An announcement needs some text or an amount.</source>
      <translation>通告须有文字或金额。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="264" />
      <source>An extension must be a non-zero number of seconds, at most 2 hours.</source>
      <translation>延长时间必须是非零秒数，最多 2 小时。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="195" />
      <source>An intervention needs a speaker.</source>
      <translation>发言须有发言者。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="186" />
      <source>Cannot correct {fields}.</source>
      <translation>无法更正 {fields}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="66" />
      <source>Cannot reach the meeting database {where}: {reason}</source>
      <translation>无法连接会议数据库 {where}：{reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="98" />
      <source>No name was typed. Type a few letters of a name.</source>
      <translation>未输入名称。请输入名称的几个字。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="99" />
      <source>No participant matches '{text}'. Add them to the meeting as a new participant.</source>
      <translation>没有与 '{text}' 相符的与会者。请将其作为新与会者添加到会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="116" />
      <source>No record field to set.</source>
      <translation>没有要设置的记录字段。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="25" />
      <source>No segment is open: open a segment of the programme first.</source>
      <translation>没有打开的环节：请先打开议程中的一个环节。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="47" />
      <source>Nobody has the floor.</source>
      <translation>目前无人发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="71" />
      <source>Nothing to change.</source>
      <translation>没有要更改的内容。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="188" />
      <source>Nothing to correct.</source>
      <translation>没有要更正的内容。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="291" />
      <source>Nothing to redo.</source>
      <translation>没有可重做的操作。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="284" />
      <source>Nothing to undo.</source>
      <translation>没有可撤销的操作。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="104" />
      <source>Only a request waiting on the list can be moved: recall it first.</source>
      <translation>只能移动名单中等候的请求：请先将其重新列入。</translation>
    </message>
    <message>
      <source>Segment '{id}' is already open.</source>
      <translation type="vanished">环节 '{id}' 已经打开。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="39" />
      <source>Someone still has the floor: end that intervention first.</source>
      <translation>仍有人在发言：请先结束该发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="130" />
      <location filename="../../floorapp/core/record_commands.py" line="128" />
      <source>That amount is too large.</source>
      <translation>该金额过大。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="229" />
      <source>That request is on the list of another segment.</source>
      <translation>该请求在另一个环节的名单中。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="153" />
      <source>The database {where} already has tables; use an empty database.</source>
      <translation>数据库 {where} 中已有表；请使用空数据库。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="207" />
      <source>The end must come after the start.</source>
      <translation>结束时间必须晚于开始时间。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="175" />
      <source>The end time needs a date, a time and a time zone.</source>
      <translation>结束时间须有日期、时刻和时区。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="61" />
      <source>The file {where} is damaged or is not a database ({reason}). It was left untouched; restore it from a backup or open another meeting.</source>
      <translation>文件 {where} 已损坏或不是数据库（{reason}）。该文件未被改动；请从备份中恢复，或打开另一个会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="198" />
      <source>The intervention is still going on; end it first.</source>
      <translation>发言仍在进行；请先结束。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="145" />
      <source>The list is already closed.</source>
      <translation>名单已经截止。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="154" />
      <source>The list is open.</source>
      <translation>名单是开放的。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="59" />
      <source>The list of speakers is closed: {name} cannot be inscribed.</source>
      <translation>发言者名单已截止：无法将{name}列入名单。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="222" />
      <source>The list of speakers is empty.</source>
      <translation>发言者名单是空的。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="68" />
      <source>The meeting database {where} cannot be used: {reason}</source>
      <translation>无法使用会议数据库 {where}：{reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="219" />
      <source>The meeting database {where} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>会议数据库 {where} 已损坏（{reason}）。该数据库未被改动；请从备份中恢复。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="56" />
      <source>The meeting database {where} is in use by another program (it is locked). Close the other program, or wait, and try again. Nothing was changed.</source>
      <translation>会议数据库 {where} 正被另一个程序使用（已锁定）。请关闭该程序或稍候，然后重试。未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="51" />
      <source>The meeting database {where} refused this station's change: its role may not do that (the officer may have taken the floor back). Nothing was changed.</source>
      <translation>会议数据库 {where} 拒绝了本工作站的更改：其角色不允许这样做（工作人员可能已收回发言控制权）。未作任何更改。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/migrate.py" line="64" />
      <source>The meeting database {where} was written by a newer version of Floor (schema {schema}; this version knows up to {known}). Update Floor to open it. The database was left untouched.</source>
      <translation>会议数据库 {where} 是由更新版本的 Floor 写入的（架构 {schema}；本版本最高只支持 {known}）。请更新 Floor 后再打开。该数据库未被改动。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="63" />
      <source>The paragraph already reads so.</source>
      <translation>该段落已是此文本。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="30" />
      <source>The programme has no segment '{id}'.</source>
      <translation>议程中没有环节 '{id}'。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="56" />
      <source>The programme has no theme '{theme}' in a segment '{segment}'.</source>
      <translation>方案中没有“{segment}”部分的主题“{theme}”。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="65" />
      <source>The record field '{key}' is yes or no, not {value}.</source>
      <translation>记录字段 '{key}' 只能为是或否，而不是 {value}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="107" />
      <source>The request is already there.</source>
      <translation>该请求已在该位置。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="248" />
      <source>The speaker's time is already paused.</source>
      <translation>发言者的计时已经暂停。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="256" />
      <source>The speaker's time is already running.</source>
      <translation>发言者的计时已经在运行。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="268" />
      <source>The speaking time cannot be shortened below zero.</source>
      <translation>发言时间不能缩短到零以下。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="173" />
      <source>The start time needs a date, a time and a time zone.</source>
      <translation>开始时间须有日期、时刻和时区。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="85" />
      <source>The {field} must be one of {choices}, not {value}.</source>
      <translation>{field}必须是 {choices} 之一，而不是 {value}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="110" />
      <source>There is already a file at {where}; choose another name or open it.</source>
      <translation>{where} 处已有文件；请另选名称或打开该文件。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="101" />
      <source>There is no announcement '{id}' on that intervention.</source>
      <translation>该发言中没有通告 '{id}'。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="35" />
      <source>There is no intervention '{id}'.</source>
      <translation>没有发言 '{id}'。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="41" />
      <source>There is no intervention yet to attach a note to.</source>
      <translation>尚无可附加笔记的发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="32" />
      <source>There is no meeting database at {where}.</source>
      <translation>{where} 处没有会议数据库。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="77" />
      <location filename="../../floorapp/core/record_commands.py" line="91" />
      <source>There is no note '{id}' on that intervention.</source>
      <translation>该发言中没有笔记 '{id}'。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="76" />
      <source>There is no record field '{key}'; the fields are: {known}.</source>
      <translation>没有记录字段 '{key}'；字段有：{known}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="37" />
      <source>There is no request '{id}' on the list.</source>
      <translation>名单中没有请求 '{id}'。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="266" />
      <source>This speaker has no speaking limit; set one in the limits first.</source>
      <translation>该发言者没有发言时限；请先在时限中设置。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="79" />
      <source>Unknown kind of speaker '{key}'.</source>
      <translation>未知的发言者类型 '{key}'。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="52" />
      <source>Unknown language '{lang}'; use one of {languages}.</source>
      <translation>未知语文“{lang}”；请使用以下之一：{languages}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="62" />
      <source>Unknown ordering policy '{value}'.</source>
      <translation>未知的排序规则 '{value}'。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="69" />
      <source>Unknown setting '{key}'.</source>
      <translation>未知的设置 '{key}'。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="54" />
      <source>Unknown theme {themes} for this segment; its themes are: {known}.</source>
      <translation>此环节没有主题 {themes}；其主题为：{known}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="52" />
      <source>Unknown theme {themes}: this segment has no themes.</source>
      <translation>未知主题 {themes}：此环节没有主题。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="135" />
      <source>a broken character ({character}, half of a surrogate pair); save the file as UTF-8</source>
      <translation>损坏的字符（{character}，代理对的一半）；请将文件另存为 UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="61" />
      <source>a date</source>
      <translation>日期</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="59" />
      <source>a date and time</source>
      <translation>日期和时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="80" />
      <source>a huge number</source>
      <translation>极大的数字</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="65" />
      <source>a list</source>
      <translation>列表</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="122" />
      <source>a name contains a control character ({character})</source>
      <translation>某个名称含有控制字符（{character}）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="55" />
      <source>a number</source>
      <translation>数字</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="35" />
      <source>a point of order</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="33" />
      <source>a question</source>
      <translation>提问</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="34" />
      <source>a right of reply</source>
      <translation>答辩权</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="31" />
      <source>a statement</source>
      <translation>发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="32" />
      <source>a statement on behalf of a group</source>
      <translation>代表集团的发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="67" />
      <source>a table</source>
      <translation>表</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="63" />
      <source>a time</source>
      <translation>时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="233" />
      <source>a value cannot be read: {reason}</source>
      <translation>某个值无法读取：{reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="76" />
      <source>a very large number</source>
      <translation>非常大的数字</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="91" />
      <source>at the top level of the file</source>
      <translation>在文件顶层</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/problem.py" line="62" />
      <source>cannot be read: {reason}</source>
      <translation>无法读取：{reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot mutate immutable namespace {value}</source>
      <translation>定义后不能再修改表 {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="63" />
      <source>cannot overwrite a value</source>
      <translation>同一个值不能给出两次</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot redefine namespace {value}</source>
      <translation>不能重新定义表 {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="175" />
      <source>contains a control character ({character})</source>
      <translation>含有控制字符（{character}）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="253" />
      <source>could not be read ({reason}); please report this file</source>
      <translation>无法读取（{reason}）；请报告此文件</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>duplicate inline table key {value}</source>
      <translation>内联表中的键 {value} 重复</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="76" />
      <source>escaped character is not a Unicode scalar value</source>
      <translation>转义字符不是有效的 Unicode 标量值</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="69" />
      <source>expected '=' after a key in a key/value pair</source>
      <translation>键/值对中的键后面应为 '='</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="65" />
      <source>expected ']' at the end of a table declaration</source>
      <translation>表头末尾应为 ']'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="67" />
      <source>expected ']]' at the end of an array declaration</source>
      <translation>数组表头末尾应为 ']]'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="61" />
      <source>expected newline or end of document after a statement</source>
      <translation>语句之后应为换行或文件结尾</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>expected {value}</source>
      <translation>此处应为 {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>found invalid character {value}</source>
      <translation>发现无效字符 {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>illegal character {value}</source>
      <translation>非法字符 {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="92" />
      <source>in {owner}</source>
      <translation>在{owner}中</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="78" />
      <source>invalid date or datetime</source>
      <translation>无效的日期或日期时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="74" />
      <source>invalid hex value</source>
      <translation>无效的十六进制值</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="70" />
      <source>invalid initial character for a key part</source>
      <translation>键的开头字符无效</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="62" />
      <source>invalid statement</source>
      <translation>无效的语句</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="79" />
      <source>invalid value</source>
      <translation>无效的值</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="140" />
      <source>is UTF-16 text, not UTF-8: save it as UTF-8</source>
      <translation>是 UTF-16 文本而非 UTF-8：请另存为 UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="178" />
      <source>is empty</source>
      <translation>为空</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="264" />
      <source>is not a programme</source>
      <translation>不是议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="278" />
      <source>is too large for a programme (more than {size} MB)</source>
      <translation>作为议程文件太大（超过 {size} MB）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="200" />
      <source>limit '{key}' of {owner}: {reason}</source>
      <translation>{owner}的时限 '{key}'：{reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>marked absent</source>
      <translation>已标记缺席</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="201" />
      <source>merge them into one</source>
      <translation>请将它们合并为一个</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="151" />
      <source>must be a date ({form}), not {found}</source>
      <translation>必须是日期（{form}），而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="118" />
      <source>must be a list of names in quotes, e.g. ["UNODC"], not {found}</source>
      <translation>必须是加引号的名称列表，例如 ["UNODC"]，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="219" />
      <source>must be a speaking time ({form}), not {found}</source>
      <translation>必须是发言时间（{form}），而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="170" />
      <source>must be a time in quotes ({form}), not {found}</source>
      <translation>必须是加引号的时间（{form}），而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="301" />
      <source>must be a time-zone name in quotes; {example}; not {found}</source>
      <translation>必须是加引号的时区名称；{example}；而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="262" />
      <source>must be one of {allowed} (in quotes), not {found}</source>
      <translation>必须是 {allowed} 之一（加引号），而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="171" />
      <source>must be text in double quotes, not {found}</source>
      <translation>必须是加双引号的文本，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="125" />
      <source>must be text in quotes such as "panel-1", not {found}</source>
      <translation>必须是加引号的文本，如 "panel-1"，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="146" />
      <source>not UTF-8 text: byte {byte} at column {column} is not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8</source>
      <translation>不是 UTF-8 文本：第 {column} 列的字节 {byte} 不是 UTF-8（文件可能是 Latin-1 或 Windows-1252 编码）；请另存为 UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="228" />
      <source>not valid TOML here: brackets nested far too deeply</source>
      <translation>此处不是有效的 TOML：括号嵌套过深</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="217" />
      <source>not valid TOML: {reason}{where}{hint}</source>
      <translation>不是有效的 TOML：{reason}{where}{hint}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>number {n} on the list</source>
      <translation>名单中第 {n} 位</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="107" />
      <source>panellist {n} of {segment}</source>
      <translation>{segment}的小组成员 {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="115" />
      <source>participant id "{id}" is used twice</source>
      <translation>与会者标识 "{id}" 被使用了两次</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="61" />
      <source>participant {id}</source>
      <translation>与会者 {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="156" />
      <source>segment id "{id}" is used twice{where}</source>
      <translation>环节标识 "{id}" 被使用了两次{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="60" />
      <source>segment {id}</source>
      <translation>环节 {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="57" />
      <source>text</source>
      <translation>文本</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="65" />
      <source>the chair of the meeting</source>
      <translation>会议主席</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="82" />
      <source>the chair of {segment}</source>
      <translation>{segment}的主席</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="70" />
      <source>the id "{id}" is given to {first}{where} and to {second}; give each person their own id</source>
      <translation>标识 "{id}" 同时给了{first}{where}和{second}；请为每个人分别设置标识</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="187" />
      <source>the limits of {owner} must be a table, not {found}</source>
      <translation>{owner}的时限必须是表，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="70" />
      <source>the meeting</source>
      <translation>会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="83" />
      <source>the moderator of {segment}</source>
      <translation>{segment}的主持人</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="88" />
      <source>the names of {owner}</source>
      <translation>{owner}的名称</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="30" />
      <source>the programme</source>
      <translation>议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="74" />
      <source>the programme has no segments: add a [[segments]] table for each part of the meeting</source>
      <translation>议程没有环节：请为会议的每个部分添加一个 [[segments]] 表</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="148" />
      <source>the programme needs at least one segment ([[segments]])</source>
      <translation>议程至少需要一个环节（[[segments]]）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="202" />
      <source>the table [{name}] is declared twice; {fix}</source>
      <translation>表 [{name}] 被声明了两次；{fix}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="154" />
      <source>the year {year} is surely a typo; {form}</source>
      <translation>年份 {year} 肯定是笔误；{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="128" />
      <source>theme id "{id}" is used twice in {segment}{where}</source>
      <translation>主题标识 "{id}" 在{segment}中被使用了两次{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="123" />
      <source>theme {n} of {segment}</source>
      <translation>{segment}的主题 {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="53" />
      <source>true/false</source>
      <translation>true/false（真/假）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="71" />
      <source>unclosed array</source>
      <translation>列表 '[' 未闭合</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="72" />
      <source>unclosed inline table</source>
      <translation>内联表 '{{' 未闭合</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="73" />
      <source>unescaped '\' in a string</source>
      <translation>文本中的 '\' 未转义</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="101" />
      <source>unknown key '{key}' {place}: '{key}' belongs to a segment, under a [[segments]] header</source>
      <translation>未知的键 '{key}'（{place}）：'{key}' 属于环节，应放在 [[segments]] 表头下</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="113" />
      <source>unknown key '{key}' {place}: write the language code in lower case, '{fixed}'</source>
      <translation>未知的键 '{key}'（{place}）：语文代码请用小写，'{fixed}'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="105" />
      <source>unknown key '{key}' {place}{near}</source>
      <translation>未知的键 '{key}'（{place}）{near}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="118" />
      <source>unknown key '{key}' {place}{near}: '{lang}' is not one of the six languages; a translation of '{base}' is written {forms} or {last}</source>
      <translation>未知的键 '{key}'（{place}）{near}：'{lang}' 不是六种语文之一；'{base}' 的译文写作 {forms} 或 {last}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="287" />
      <source>unknown language {value}{near}; the languages are: {allowed}</source>
      <translation>未知语文 {value}{near}；语文有：{allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="192" />
      <source>unknown limit '{key}' of {owner}{near}; the limits are: {allowed}</source>
      <translation>{owner}中未知的时限 '{key}'{near}；时限有：{allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="274" />
      <source>unknown segment kind {value}{near}; the kinds are: {allowed}</source>
      <translation>未知的环节类型 {value}{near}；类型有：{allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="280" />
      <source>unknown speaker category {value}{near}; the categories are: {allowed}</source>
      <translation>未知的发言者类别 {value}{near}；类别有：{allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="77" />
      <source>unterminated string</source>
      <translation>引号中的文本未结束</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="299" />
      <source>use an IANA name such as "America/New_York" or "Europe/Geneva"</source>
      <translation>请使用 IANA 名称，如 "America/New_York" 或 "Europe/Geneva"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="39" />
      <source>write "M:SS" (e.g. "3:00" for 3 minutes) or whole seconds (e.g. 180)</source>
      <translation>请写 "M:SS"（例如 "3:00" 表示 3 分钟）或整秒数（例如 180）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="38" />
      <source>write HH:MM on the 24-hour clock, e.g. "10:00" or "17:45"</source>
      <translation>请按 24 小时制写 HH:MM，例如 "10:00" 或 "17:45"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="40" />
      <source>write YYYY-MM-DD, e.g. 2012-04-03</source>
      <translation>请写 YYYY-MM-DD，例如 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="105" />
      <source>write [[participants]] (two brackets) before each participant, not {found}</source>
      <translation>请在每个与会者前写 [[participants]]（两个方括号），而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="140" />
      <source>write [[segments]] (two brackets) before each segment; [segments] makes a single table</source>
      <translation>请在每个环节前写 [[segments]]（两个方括号）；[segments] 只会生成一个表</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="199" />
      <source>write [[{name}]] (two brackets) before each one</source>
      <translation>请在每一项前写 [[{name}]]（两个方括号）</translation>
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
      <translation>{first}、{next}</translation>
    </message>
    <message>
      <source>{first}; {second}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="65" />
      <source>{key} must be a whole number of seconds from 0 to 3600.</source>
      <translation>{key} 必须是 0 到 3600 之间的整秒数。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="46" />
      <source>{label} ({times})</source>
      <translation>{label}（{times}）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/roster.py" line="85" />
      <source>{names} and {n} more</source>
      <translation>
        <numerusform>{names}等另外 {n} 个</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="91" />
      <source>{names} or {last}</source>
      <translation>{names}或{last}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/commands.py" line="70" />
      <source>{name} has already had {n} rights of reply in this segment.</source>
      <translation>
        <numerusform>{name}已在本环节行使了 {n} 次答辩权。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="66" />
      <source>{name} is already inscribed for {kind} ({where}).</source>
      <translation>{name}已登记{kind}（{where}）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="123" />
      <source>{name} is already marked absent.</source>
      <translation>{name}已被标记为缺席。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="226" />
      <source>{name} is marked absent: recall them first.</source>
      <translation>{name}已被标记为缺席：请先将其重新列入。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="39" />
      <source>{name} is no longer on the list.</source>
      <translation>{name}已不在名单中。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="133" />
      <source>{name} is not marked absent.</source>
      <translation>{name}未被标记为缺席。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="142" />
      <source>{owner} has '{key}' but no '{base}': write {base} = "…" in the programme's language ({language}) too</source>
      <translation>{owner}有 '{key}' 但没有 '{base}'：也请用议程的语文（{language}）写 {base} = "…"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="155" />
      <location filename="../../floorapp/core/programme/people.py" line="85" />
      <source>{owner} has no '{key}' (e.g. {example})</source>
      <translation>{owner}没有 '{key}'（例如 {example}）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="41" />
      <source>{owner} must be a name in quotes or a table with a name, not {found}</source>
      <translation>{owner}必须是加引号的名称或含名称的表，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="88" />
      <source>{owner} must be a table, not {found}</source>
      <translation>{owner}必须是表，而不是{found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="95" />
      <source>{owner} needs a name in English (en = "…")</source>
      <translation>{owner}需要英文名称（en = "…"）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="56" />
      <source>{owner} needs an id (letters, digits, '-'), e.g. id = "pga"</source>
      <translation>{owner}需要标识（字母、数字、'-'），例如 id = "pga"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="77" />
      <source>{segment} ends at {end}, which is not after its start at {start}</source>
      <translation>{segment}结束于 {end}，并不晚于其开始时间 {start}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="171" />
      <source>{segment} is listed after {other} but starts before it; list the segments in time order</source>
      <translation>{segment}列在{other}之后，却比它开始得早；请按时间顺序排列各环节</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="177" />
      <source>{segment} overlaps {other}</source>
      <translation>{segment}与{other}时间重叠</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="68" />
      <source>{type}</source>
      <translation>{type}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="60" />
      <source>{unknown} Did you mean {names}?</source>
      <translation>{unknown}是否指{names}？</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="139" />
      <source>{value} has a time of day; write only the date, e.g. 2012-04-03</source>
      <translation>{value} 含有时刻；请只写日期，例如 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="166" />
      <location filename="../../floorapp/core/programme/values.py" line="181" />
      <source>{value} has seconds; times are to the minute: {form}</source>
      <translation>{value} 含有秒；时间精确到分钟：{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="162" />
      <source>{value} is a date and time; write only the time, {form}</source>
      <translation>{value} 是日期和时间；请只写时间，{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="211" />
      <source>{value} is more than 2 hours ({max} s): surely a mistake; {form}</source>
      <translation>{value} 超过 2 小时（{max} 秒）：肯定有误；{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="143" />
      <source>{value} is not a date; {form}</source>
      <translation>{value} 不是日期；{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="311" />
      <source>{value} is not a known time zone{near}; {example}</source>
      <translation>{value} 不是已知时区{near}；{example}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="148" />
      <source>{value} is not a real date (check the month and day); {form}</source>
      <translation>{value} 不是真实存在的日期（请检查月和日）；{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="241" />
      <source>{value} is not a speaking time; {form}</source>
      <translation>{value} 不是发言时间；{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="177" />
      <source>{value} is not a time of day on the 24-hour clock: hours go from 00 to 23 and minutes from 00 to 59 (a segment cannot run past midnight)</source>
      <translation>{value} 不是 24 小时制的时刻：小时为 00 至 23，分钟为 00 至 59（环节不能跨过午夜）</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="189" />
      <source>{value} is not a time; {form}</source>
      <translation>{value} 不是时间；{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="128" />
      <source>{value} is not a usable id: ids have letters, digits, '-' and '_' only (at most 64), e.g. "panel-1"</source>
      <translation>{value} 不是可用的标识：标识只能包含字母、数字、'-' 和 '_'（最多 64 个），例如 "panel-1"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="222" />
      <source>{value} is not whole seconds; {form}</source>
      <translation>{value} 不是整秒数；{form}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/values.py" line="205" />
      <source>{value} is only {n} seconds, too short to speak (numbers are seconds): did you mean "{n}:00" ({n} minutes)?</source>
      <translation>
        <numerusform>{value} 只有 {n} 秒，太短，无法发言（数字单位为秒）：是否指 "{n}:00"（{n} 分钟）？</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="202" />
      <source>{value} must be more than zero; {form}</source>
      <translation>{value} 必须大于零；{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="231" />
      <source>{value}: seconds are written with two digits from 00 to 59; {form}</source>
      <translation>{value}：秒须写成 00 至 59 的两位数；{form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="187" />
      <source>{value}: use the 24-hour clock, HH:MM; here "{time}"</source>
      <translation>{value}：请使用 24 小时制 HH:MM；此处为 "{time}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="238" />
      <source>{value}: write "{mmss}" (minutes:seconds) or {seconds} (seconds)</source>
      <translation>{value}：请写 "{mmss}"（分:秒）或 {seconds}（秒）</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="235" />
      <source>{where} holds no meeting: its creation was interrupted. It was left untouched; create the meeting again.</source>
      <translation>{where} 中没有会议：创建过程被中断。该文件未被改动；请重新创建会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="224" />
      <source>{where} is a database, but not a Floor meeting. It was left untouched.</source>
      <translation>{where} 是数据库，但不是 Floor 会议。该数据库未被改动。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="34" />
      <source>{where} is a folder, not a meeting database.</source>
      <translation>{where} 是文件夹，不是会议数据库。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="36" />
      <source>{where} is an empty file, not a meeting database.</source>
      <translation>{where} 是空文件，不是会议数据库。</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="40" />
      <source>{where} is not a Floor meeting database (not an SQLite file). It was left untouched.</source>
      <translation>{where} 不是 Floor 会议数据库（不是 SQLite 文件）。该文件未被改动。</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="37" />
      <source>“{title}” is already open.</source>
      <translation>“{title}”已经开始。</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="252" />
      <source>(struck) {text}</source>
      <translation>（已删去）{text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="92" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Add note</source>
      <translation>添加笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="84" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>发言要点（Ctrl+Enter 添加）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="98" />
      <source>New note</source>
      <translation>新笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="235" />
      <source>Notes on {name}</source>
      <translation>关于{name}的笔记</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Restore</source>
      <translation>恢复</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Save correction</source>
      <translation>保存更正</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="228" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>在记录中选择一次发言以做笔记。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="95" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Strike</source>
      <translation>删去</translation>
    </message>
  </context>
  <context>
    <name>PhaseStyle</name>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="31" />
      <source>Floor is free</source>
      <translation>无人发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="39" />
      <source>Over time</source>
      <translation>超时</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="34" />
      <source>PAUSED</source>
      <translation>已暂停</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="36" />
      <source>Speaking</source>
      <translation>正在发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="38" />
      <source>TIME IS UP</source>
      <translation>时间到</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="37" />
      <source>Time almost up</source>
      <translation>时间即将用完</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="88" />
      <source>&amp;Copy</source>
      <translation>复制(&amp;C)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="81" />
      <source>&amp;Quit</source>
      <translation>退出(&amp;Q)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="47" />
      <source>No details are known.</source>
      <translation>没有已知的详细信息。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="61" />
      <source>Nothing was changed. The problem:</source>
      <translation>未作任何更改。问题：</translation>
    </message>
    <message>
      <source>Nothing was changed. The {count} problems:</source>
      <translation type="vanished">未作任何更改。问题（{count} 个）：</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/problems.py" line="62" />
      <source>Nothing was changed. The {n} problems:</source>
      <translation>
        <numerusform>未作任何更改。{n} 个问题：</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Programme</name>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="59" />
      <source>Chair:</source>
      <translation>主席：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="61" />
      <source>Moderator:</source>
      <translation>主持人：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="55" />
      <source>Not open. Enter opens it.</source>
      <translation>未打开。按 Enter 打开。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_model.py" line="104" />
      <source>Open now</source>
      <translation>当前进行中</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="64" />
      <source>Panellists:</source>
      <translation>小组成员：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="162" />
      <source>Select a segment to see its panel and themes.</source>
      <translation>选择一个环节以查看其小组和主题。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="67" />
      <source>Themes:</source>
      <translation>主题：</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeEditor</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="54" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="53" />
      <source>&amp;Add</source>
      <translation>添加(&amp;A)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="84" />
      <source>&amp;Browse…</source>
      <translation>浏览(&amp;B)…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="168" />
      <source>&amp;Chair:</source>
      <translation>主席(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="166" />
      <source>&amp;Date:</source>
      <translation>日期(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="170" />
      <source>&amp;Description:</source>
      <translation>说明(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="169" />
      <source>&amp;Ends at:</source>
      <translation>结束时间(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="165" />
      <source>&amp;Id:</source>
      <translation>标识(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="166" />
      <source>&amp;Kind:</source>
      <translation>类型(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="138" />
      <source>&amp;Limits</source>
      <translation>时限(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="70" />
      <source>&amp;Meeting</source>
      <translation>会议(&amp;M)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="208" />
      <source>&amp;Moderator:</source>
      <translation>主持人(&amp;M)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="130" />
      <source>&amp;People</source>
      <translation>人员(&amp;P)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="55" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="54" />
      <source>&amp;Remove</source>
      <translation>删除(&amp;R)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="129" />
      <source>&amp;Segment</source>
      <translation>环节(&amp;S)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="132" />
      <source>&amp;Themes</source>
      <translation>主题(&amp;T)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="165" />
      <source>&amp;Title:</source>
      <translation>标题(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="167" />
      <source>&amp;Venue:</source>
      <translation>地点(&amp;V)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="60" />
      <source>A panellist of {segment} has a role but no name.</source>
      <translation>{segment}的一名小组成员有职务但没有姓名。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="53" />
      <source>A theme of {segment} has an id but no title.</source>
      <translation>{segment}的一个主题有标识但没有标题。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="79" />
      <source>Also &amp;save to a programme file:</source>
      <translation>同时保存到议程文件(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="44" />
      <source>Break</source>
      <translation>休会</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="207" />
      <source>C&amp;hair:</source>
      <translation>主席(&amp;H)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="38" />
      <source>Chair</source>
      <translation>主席</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="35" />
      <source>Civil society</source>
      <translation>民间社会</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="43" />
      <source>Closing</source>
      <translation>闭幕</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="67" />
      <source>Edit the programme</source>
      <translation>编辑议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="145" />
      <source>Empty fields and grey text show the original, which is used until a translation is written.</source>
      <translation>空白字段和灰色文字显示原文；在写入译文之前使用原文。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Id</source>
      <translation>标识</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="42" />
      <source>Interactive dialogue</source>
      <translation>互动对话</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="31" />
      <source>Member States</source>
      <translation>会员国</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="37" />
      <source>Moderator</source>
      <translation>主持人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="57" />
      <source>Move &amp;down</source>
      <translation>下移(&amp;D)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="56" />
      <source>Move &amp;up</source>
      <translation>上移(&amp;U)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="74" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="100" />
      <source>Name</source>
      <translation>姓名</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="128" />
      <source>Not translated yet: the original is shown</source>
      <translation>尚未翻译：显示原文</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="32" />
      <source>Observer States</source>
      <translation>观察员国</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="33" />
      <source>Observers</source>
      <translation>观察员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="40" />
      <source>Opening</source>
      <translation>开幕</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="45" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="39" />
      <source>Other participants</source>
      <translation>其他与会者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="41" />
      <source>Panel discussion</source>
      <translation>小组讨论</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Panellist</source>
      <translation>小组成员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="36" />
      <source>Panellists</source>
      <translation>小组成员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="42" />
      <source>Points of order</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="239" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>议程 (*.toml);;所有文件 (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="41" />
      <source>Questions to the panel</source>
      <translation>向小组提问</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="43" />
      <source>Right of reply (first)</source>
      <translation>答辩权（第一次）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="44" />
      <source>Right of reply (second)</source>
      <translation>答辩权（第二次）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Role</source>
      <translation>职务</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="77" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="102" />
      <source>Role, e.g. Executive Director, UNODC</source>
      <translation>职务，例如毒品和犯罪问题办公室执行主任</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="168" />
      <source>S&amp;tarts at:</source>
      <translation>开始时间(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="238" />
      <source>Save the programme</source>
      <translation>保存议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="73" />
      <source>Se&amp;gments</source>
      <translation>环节(&amp;G)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="46" />
      <source>Segment {n} needs a title.</source>
      <translation>环节 {n} 需要标题。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="171" />
      <source>Show the &amp;ids used in the programme file</source>
      <translation>显示议程文件中使用的标识(&amp;I)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="169" />
      <source>Speaking &amp;limits:</source>
      <translation>发言时限(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="40" />
      <source>Statements on behalf of a group</source>
      <translation>代表集团的发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="167" />
      <source>T&amp;itle:</source>
      <translation>标题(&amp;I)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="125" />
      <source>Te&amp;xts in:</source>
      <translation>文本语文(&amp;X)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="43" />
      <source>The id “{id}” of {segment} may only have letters, digits, - and _.</source>
      <translation>{segment}的标识“{id}”只能包含字母、数字、- 和 _。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="90" />
      <source>The limit for {key} must be more than zero.</source>
      <translation>{key}的时限必须大于零。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="73" />
      <source>The meeting needs a title.</source>
      <translation>会议需要标题。</translation>
    </message>
    <message>
      <source>The meeting uses the new programme, but {path} could not be written: {reason}</source>
      <translation type="vanished">会议已使用新议程，但无法写入 {path}：{reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="281" />
      <source>The meeting uses the new programme, but {path} could not be written: {reason}. Choose another file, or clear “Also save”.</source>
      <translation>会议已采用新议程，但无法写入 {path}：{reason}。请选择其他文件，或取消勾选“同时保存”。</translation>
    </message>
    <message>
      <source>The programme file was not saved</source>
      <translation type="vanished">未保存议程文件</translation>
    </message>
    <message>
      <source>The programme itself was changed.</source>
      <translation type="vanished">议程本身已更改。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="75" />
      <source>The programme needs at least one segment.</source>
      <translation>议程至少需要一个环节。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="264" />
      <source>The programme was not replaced.</source>
      <translation>议程未被替换。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="104" />
      <source>The segment “{title}” (id {id}) cannot be removed or renamed: its list of speakers has already been opened.</source>
      <translation>环节“{title}”（标识 {id}）不能删除或重命名：其发言者名单已经开放。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="114" />
      <source>The theme “{id}” of “{segment}” cannot be removed: notes are tagged with it.</source>
      <translation>不能删除“{segment}”的主题“{id}”：有笔记标注了该主题。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Theme</source>
      <translation>主题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="80" />
      <source>Two segments have the id “{id}”; each needs its own.</source>
      <translation>两个环节的标识都是“{id}”；每个环节需要各自的标识。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="55" />
      <source>Two themes of {segment} have the id “{id}”.</source>
      <translation>{segment}的两个主题标识都是“{id}”。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="34" />
      <source>UN system</source>
      <translation>联合国系统</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="148" />
      <source>a short name, e.g. panel-1</source>
      <translation>简称，例如 panel-1</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="100" />
      <source>as the meeting ({time})</source>
      <translation>同会议（{time}）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="190" />
      <source>default ({time})</source>
      <translation>默认（{time}）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="29" />
      <source>segment {n}</source>
      <translation>环节 {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="120" />
      <source>{language} (original)</source>
      <translation>{language}（原文）</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="148" />
      <source>{n} texts are not translated yet.</source>
      <translation>
        <numerusform>尚有 {n} 处文本未翻译。</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="48" />
      <source>{segment} ends at {end}, which is not after its start at {start}.</source>
      <translation>{segment}结束于 {end}，并不晚于其开始时间 {start}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="40" />
      <source>{segment} needs an id (a short name such as panel-1).</source>
      <translation>{segment}需要标识（如 panel-1 这样的简称）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="84" />
      <source>{segment} starts at {start}, before {previous} ends at {end}.</source>
      <translation>{segment}在 {start} 开始，早于{previous}的结束时间 {end}。</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="222" />
      <source>… and {n} more.</source>
      <translation>
        <numerusform>……另有 {n} 个。</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTexts</name>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Arabic</source>
      <translation>阿拉伯文</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Chinese</source>
      <translation>中文</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>English</source>
      <translation>英文</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>French</source>
      <translation>法文</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="44" />
      <source>Not translated into {wanted}: shown in {original}.</source>
      <translation>未译成{wanted}：以{original}显示。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Russian</source>
      <translation>俄文</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Spanish</source>
      <translation>西班牙文</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="22" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="20" />
      <source>&amp;Look in:</source>
      <translation>查找范围(&amp;L)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>文件类型(&amp;T)：</translation>
    </message>
  </context>
  <context>
    <name>QFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="23" />
      <source>Folder</source>
      <translation>文件夹</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="24" />
      <source>Name</source>
      <translation>名称</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="27" />
      <source>Apply</source>
      <translation>应用</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="26" />
      <source>Cancel</source>
      <translation>取消</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="28" />
      <source>Close</source>
      <translation>关闭</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="25" />
      <source>OK</source>
      <translation>确定</translation>
    </message>
  </context>
  <context>
    <name>Record</name>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="60" />
      <source>&amp;Amount:</source>
      <translation>金额(&amp;A)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="65" />
      <source>&amp;Currency (ISO code):</source>
      <translation>货币（ISO 代码）(&amp;C)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="76" />
      <source>&amp;Delivered by:</source>
      <translation>宣读人(&amp;D)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="81" />
      <source>&amp;Ended at:</source>
      <translation>结束于(&amp;E)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="73" />
      <location filename="../../floorapp/gui/console/correction.py" line="68" />
      <source>&amp;Kind:</source>
      <translation>类型(&amp;K)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="62" />
      <source>&amp;Speaker:</source>
      <translation>发言者(&amp;S)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="53" />
      <source>&amp;What was announced:</source>
      <translation>通告内容(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="37" />
      <source>(struck) {text}</source>
      <translation>（已删去）{text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="71" />
      <source>A personal gift is listed apart from the States' pledges and left out of their total</source>
      <translation>个人捐款与各国认捐分开列出，不计入认捐总额</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="107" />
      <source>An announcement or a pledge, with its amount</source>
      <translation>通告或认捐，附金额</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="47" />
      <source>Announcement</source>
      <translation>通告</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="105" />
      <source>Announcement…</source>
      <translation>宣布事项…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="80" />
      <source>Another language</source>
      <translation>其他语言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="46" />
      <source>Correct the intervention</source>
      <translation>更正发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="114" />
      <source>Correct the speaker, kind, on behalf of, delivered by or times</source>
      <translation>更正发言者、类型、代表对象、宣读人或时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="112" />
      <source>Correct…</source>
      <translation>更正…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="59" />
      <source>Deputy Permanent Representative</source>
      <translation>副常驻代表</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="55" />
      <source>Deputy Prime Minister</source>
      <translation>副总理</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="53" />
      <source>Head of Government</source>
      <translation>政府首脑</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="52" />
      <source>Head of State</source>
      <translation>国家元首</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="77" />
      <source>Language: not recorded</source>
      <translation>语言：未记录</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="96" />
      <source>Level of representation of whoever spoke for the delegation (the Summary counts ministers and above)</source>
      <translation>代表代表团发言者的代表级别（总结统计部长级及以上）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="93" />
      <source>Level: not recorded</source>
      <translation>级别：未记录</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="56" />
      <source>Minister</source>
      <translation>部长</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="72" />
      <source>On &amp;behalf of:</source>
      <translation>代表(&amp;B)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="60" />
      <source>Other level</source>
      <translation>其他级别</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="58" />
      <source>Permanent Representative</source>
      <translation>常驻代表</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="69" />
      <source>Personal gift (such as the President's own donation)</source>
      <translation>个人捐款（例如主席本人的捐款）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="68" />
      <source>Pledge (or an announcement, without an amount)</source>
      <translation>认捐（或不含金额的宣布事项）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="189" />
      <source>Restore announcement</source>
      <translation>恢复宣布事项</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="78" />
      <source>S&amp;tarted at:</source>
      <translation>开始于(&amp;T)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="109" />
      <location filename="../../floorapp/gui/console/record_panel.py" line="190" />
      <source>Strike announcement</source>
      <translation>删去宣布事项</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="162" />
      <source>The correction was not recorded.</source>
      <translation>更正未被记录。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="85" />
      <source>The delegation handed in a written statement</source>
      <translation>该代表团提交了书面发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="81" />
      <source>The language the statement was delivered in</source>
      <translation>发言所用的语文</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="52" />
      <source>The original stays in the journal; the log and the exports show the correction.</source>
      <translation>原始内容保留在日志中；记录和导出显示更正后的内容。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="60" />
      <source>Type a name as in the add field: any of the six languages or a short form.</source>
      <translation>按添加栏的方式输入名称：六种语文中的任何一种或简称均可。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="57" />
      <source>Vice-Minister</source>
      <translation>副部长</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="54" />
      <source>Vice-President</source>
      <translation>副总统</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="88" />
      <source>Video message</source>
      <translation>视频致辞</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="83" />
      <source>Written statement</source>
      <translation>书面发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="51" />
      <source>e.g. Pledge to the UN Voluntary Trust Fund</source>
      <translation>例如向联合国自愿信托基金认捐</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="59" />
      <source>no amount</source>
      <translation>无金额</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="75" />
      <source>the speaker themself</source>
      <translation>发言者本人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="35" />
      <source>{text} (personal gift)</source>
      <translation>{text}（个人捐款）</translation>
    </message>
  </context>
  <context>
    <name>SegmentClock</name>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="107" />
      <source>No segment is open.</source>
      <translation>没有打开的环节。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="115" />
      <source>Now {now} · scheduled end {end} · {n} waiting, {need} needed</source>
      <translation>现在 {now} · 预定结束 {end} · {n} 位等候，需 {need}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="108" />
      <source>Open one from the programme (Ctrl+1, then Enter).</source>
      <translation>从议程中打开一个环节（Ctrl+1，然后 Enter）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="46" />
      <source>The list ends at {end}, {m} min before the scheduled end.</source>
      <translation>名单将于{end}结束，比预定结束时间早{m}分钟。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="50" />
      <source>The list ends at {end}: {m} min over; {advice}.</source>
      <translation>名单将于{end}结束：超时{m}分钟；{advice}。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="41" />
      <source>The list is empty; the segment is {m} min over its scheduled end.</source>
      <translation>名单为空；本环节已超过预定结束时间{m}分钟。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="40" />
      <source>The list is empty; {m} min left until the scheduled end.</source>
      <translation>名单为空；距预定结束还有{m}分钟。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="48" />
      <source>consider shortening the limit</source>
      <translation>请考虑缩短发言时限</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="49" />
      <source>consider shortening the limit or closing the list</source>
      <translation>请考虑缩短发言时限或截止名单</translation>
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
      <translation>代替内置声音播放的声音文件（WAV、MP3、OGG 或 FLAC）；留空则使用内置声音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>Audio output for cues</source>
      <translation>提示音的音频输出</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Console language</source>
      <translation>控制台语文</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Console layout</source>
      <translation>控制台布局</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Cue volume</source>
      <translation>提示音音量</translation>
    </message>
    <message>
      <source>Display language</source>
      <translation type="vanished">显示语文</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Export folders</source>
      <translation>导出文件夹</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Font scale</source>
      <translation>字体缩放</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>High contrast</source>
      <translation>高对比度</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Index of the screen for the speaker display; -1 picks the second screen if there is one.</source>
      <translation>发言者显示屏所在屏幕的编号；-1 表示如有第二个屏幕则使用该屏幕。</translation>
    </message>
    <message>
      <source>Language of the app and of the names it shows: ar, zh, en, fr, ru or es.</source>
      <translation type="vanished">应用程序及其所示名称的语文：ar、zh、en、fr、ru 或 es。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Language of the console: its menus, dialogs and messages, the names and the programme it shows, dates and numbers.</source>
      <translation>控制台的语文：其菜单、对话框和消息，所显示的名称和议程，以及日期和数字。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Language of the speaker display for the room (names, words and the programme); empty: the console's language.</source>
      <translation>会场发言者显示屏的语文（名称、用语和议程）；留空：与控制台相同。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Loudness of the sound cues, from 0 (silent) to 1 (full).</source>
      <translation>提示音响度，从 0（静音）到 1（最大）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Meeting databases opened lately, newest first.</source>
      <translation>最近打开的会议数据库，最新的在前。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Mute sound cues</source>
      <translation>静音提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>Order of the list</source>
      <translation>名单顺序</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Overrun reminder</source>
      <translation>超时提醒</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>Overrun reminder interval</source>
      <translation>超时提醒间隔</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="59" />
      <source>Overrun reminder sound</source>
      <translation>超时提醒声音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Play a cue when a point of order takes the floor.</source>
      <translation>因程序问题发言时播放提示音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Play a cue when the speaker's time is up.</source>
      <translation>发言者时间用完时播放提示音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Play a cue when the warning time is reached.</source>
      <translation>到达警告时间时播放提示音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Play a reminder at every reminder interval while a speaker is over time.</source>
      <translation>发言者超时期间每隔提醒间隔播放一次提醒。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Point-of-order cue</source>
      <translation>程序问题提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="63" />
      <source>Point-of-order sound</source>
      <translation>程序问题声音</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>Programme files</source>
      <translation>议程文件</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>Pure black, white, yellow and red for the countdown states.</source>
      <translation>倒计时状态使用纯黑、白、黄、红色。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Recent meetings</source>
      <translation>最近的会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Scales the text of the console (1.0 is the system size).</source>
      <translation>缩放控制台文字（1.0 为系统大小）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="134" />
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit (0: no limit, the default for the chair, moderators and panellists).</source>
      <translation>新会议中分配给此类发言者的秒数，除非议程另设时限（0：不设时限，这是主席、主持人和小组成员的默认值）。</translation>
    </message>
    <message>
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit.</source>
      <translation type="vanished">新会议中分配给此类发言者的秒数，除非议程另设时限。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Silence every sound cue; the countdown colours still change.</source>
      <translation>关闭所有提示音；倒计时颜色仍会变化。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Speaker display language</source>
      <translation>发言者显示屏语文</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Speaker display screen</source>
      <translation>发言者显示屏所在屏幕</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>The countdown turns to its warning state when this many seconds are left.</source>
      <translation>剩余秒数达到此值时，倒计时进入警告状态。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>The programme file each meeting was created from (the programme editor saves to it).</source>
      <translation>每次会议所依据的议程文件（议程编辑器保存到该文件）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>The sound device the cues play on, by name or id; empty for the system's default output.</source>
      <translation>播放提示音的声音设备（名称或标识）；留空则使用系统默认输出。</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Time-up cue</source>
      <translation>时间到提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="55" />
      <source>Time-up sound</source>
      <translation>时间到声音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Warning cue</source>
      <translation>警告提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="51" />
      <source>Warning sound</source>
      <translation>警告声音</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>Warning time</source>
      <translation>警告时间</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Where each meeting's exports were last saved.</source>
      <translation>每次会议上次导出的保存位置。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Where the console's panels were left (kept by the app).</source>
      <translation>控制台各面板上次所在的位置（由应用程序保存）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>While a speaker is over time, a reminder comes every this many seconds (0: none).</source>
      <translation>发言者超时期间，每隔这么多秒提醒一次（0：不提醒）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>first_come: in the order the floor was asked; un_practice: groups of States first, then Member States, observers and others.</source>
      <translation>first_come：按请求发言的先后；un_practice：先集团，然后会员国、观察员和其他方面。</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source> s</source>
      <translation type="vanished"> 秒</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="221" />
      <source>&amp;Order of the list:</source>
      <translation>名单顺序(&amp;O)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="229" />
      <source>&amp;Overrun reminder every (0: none):</source>
      <translation>超时提醒间隔(&amp;O)（0：不提醒）：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="225" />
      <source>&amp;Warning when this much time is left:</source>
      <translation>剩余此时间时警告(&amp;W)：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="81" />
      <source>Automatic (second screen if any)</source>
      <translation>自动（如有则用第二个屏幕）</translation>
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
      <translation>显示</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="60" />
      <source>First come, first served</source>
      <translation>先到先发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="313" />
      <source>Language</source>
      <translation>语文</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="300" />
      <source>Limit: {kind}</source>
      <translation>时限：{kind}</translation>
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
      <translation>新会议</translation>
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
      <translation>打开一个环节以更改其发言时限。</translation>
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
      <translation>与控制台相同</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="88" />
      <source>Screen {n} (not connected now)</source>
      <translation>屏幕 {n}（当前未连接）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="85" />
      <source>Screen {n}: {name} ({w}×{h})</source>
      <translation>屏幕 {n}：{name}（{w}×{h}）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="289" />
      <source>Settings</source>
      <translation>设置</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="237" />
      <source>Speaking limits for the rest of the list of “{segment}”:</source>
      <translation>“{segment}”名单其余部分的发言时限：</translation>
    </message>
    <message>
      <source>Statements on behalf of a group</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="304" />
      <source>The console and the speaker display change language at once, each on its own: the room may read French while the officer works in English.</source>
      <translation>控制台和发言者显示屏的语文立即更改，且互不影响：会场可以看法文，而工作人员使用英文。</translation>
    </message>
    <message>
      <source>The language of names and of the speaker display, the size of the text, and the screen the speaker display goes to.</source>
      <translation type="vanished">名称和发言者显示屏的语文、文字大小以及发言者显示屏所在的屏幕。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="263" />
      <source>The meeting's rules were not changed.</source>
      <translation>会议规则未被更改。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="308" />
      <source>The size of the console's text, the countdown's colours, and the screen the speaker display goes to.</source>
      <translation>控制台文字大小、倒计时颜色以及发言者显示屏所在的屏幕。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="311" />
      <source>This meeting</source>
      <translation>本次会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="61" />
      <source>UN practice: groups, Member States, observers, others</source>
      <translation>联合国惯例：集团、会员国、观察员、其他</translation>
    </message>
    <message>
      <source>UN system</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>What a new meeting starts with, where its programme does not say (limits in seconds).</source>
      <translation type="vanished">新会议在其议程未作规定时采用的初始值（时限以秒计）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="298" />
      <source>What a new meeting starts with, where its programme does not say (times in minutes and seconds).</source>
      <translation>新会议在其议程未作规定时采用的设置（时间以分和秒表示）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="245" />
      <source>no limit</source>
      <translation>不限时</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="268" />
      <source>{kind}: the limit was not changed.</source>
      <translation>{kind}：时限未被更改。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="198" />
      <source>{title}: {value} is not allowed.</source>
      <translation>{title}：不允许 {value}。</translation>
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
      <translation>加入代码：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="157" />
      <source>Joining …</source>
      <translation>正在加入…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="70" />
      <source>Look again</source>
      <translation>重新查找</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="110" />
      <source>Looking for meetings nearby …</source>
      <translation>正在查找附近的会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="127" />
      <source>Meetings cannot be found automatically on this network. Type the address the host shows.</source>
      <translation>在此网络上无法自动找到会议。请输入主机显示的地址。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="60" />
      <source>Meetings hosted nearby:</source>
      <translation>附近主持的会议：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="131" />
      <source>No meeting was found nearby. Type the address the host shows.</source>
      <translation>附近没有找到会议。请输入主机显示的地址。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="98" />
      <source>On another machine: File &gt; Join a meeting, then the address and the code of that station's role (or: floorapp join ADDRESS CODE). The display's code can only read; the secretary's cannot give the floor until you hand it over (Floor menu).</source>
      <translation>在另一台计算机上：文件 &gt; 加入会议，然后输入地址和该工作站角色的代码（或：floorapp join ADDRESS CODE）。显示屏的代码只能读取；秘书的代码在你移交之前不能请人发言（发言菜单）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="51" />
      <source>Share this meeting</source>
      <translation>共享本次会议</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="153" />
      <source>Shared: “{title}”. This console now runs it as the officer.</source>
      <translation>已共享：“{title}”。本控制台现以工作人员身份运行会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="173" />
      <source>Sharing stopped; the meeting is whole. Share it again to go on.</source>
      <translation>已停止共享；会议完整无损。重新共享即可继续。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="145" />
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="149" />
      <source>Starting the meeting's own database server …</source>
      <translation>正在启动会议自己的数据库服务器…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="118" />
      <source>Stop sharing</source>
      <translation>停止共享</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="181" />
      <source>Stopping …</source>
      <translation>正在停止…</translation>
    </message>
    <message>
      <source>That is not a join code: it looks like S-7KQ4-M2XD.</source>
      <translation type="vanished">这不是加入代码：加入代码形如 S-7KQ4-M2XD。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="151" />
      <source>That is not a join code: it looks like S-7KR4-M2XD.</source>
      <translation>这不是加入码：加入码形如 S-7KR4-M2XD。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="85" />
      <source>The host's screen (File &gt; Share this meeting) shows the address and one code per role: O for the officer, S for the secretary, D for the display.</source>
      <translation>主机屏幕（文件 &gt; 共享本次会议）会显示地址以及每个角色的代码：O 表示工作人员，S 表示秘书，D 表示显示屏。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="176" />
      <source>The meeting could not be shared:</source>
      <translation>无法共享会议：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="105" />
      <source>The traffic between the stations is not encrypted: share only on a network you trust. Where that is not enough, ask IT for a PostgreSQL server with TLS and open the meeting with its URL (floorapp gui postgresql://…).</source>
      <translation>工作站之间的通信未加密：只在可信的网络上共享。如这还不够，请向信息技术部门申请使用 TLS 的 PostgreSQL 服务器，并用其网址打开会议（floorapp gui postgresql://…）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="127" />
      <source>This meeting is on a database server already: the other stations open it with its address (floorapp gui postgresql://…), with the logins IT gave each role.</source>
      <translation>本次会议已在数据库服务器上：其他工作站用其地址（floorapp gui postgresql://…）和信息技术部门为各角色提供的登录信息打开。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="154" />
      <source>Type the host's address as it shows it, e.g. 192.168.1.10:5433.</source>
      <translation>按主机显示的内容输入其地址，例如 192.168.1.10:5433。</translation>
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
      <location filename="../../floorapp/gui/console/shortcuts.py" line="189" />
      <source>&amp;File</source>
      <translation>文件(&amp;F)</translation>
    </message>
    <message>
      <source>&amp;Floor</source>
      <translation type="vanished">发言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="193" />
      <source>&amp;Help</source>
      <translation>帮助(&amp;H)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="191" />
      <source>&amp;List</source>
      <translation>名单(&amp;I)</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="192" />
      <source>&amp;View</source>
      <translation>视图(&amp;V)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="173" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation>不在名册中的与会者（非政府组织、组织、个人）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="172" />
      <source>Add a participant…</source>
      <translation>添加与会者…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="118" />
      <source>Add to the list</source>
      <translation>列入名单</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="135" />
      <source>Close / reopen the list</source>
      <translation>截止 / 重新开放名单</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="179" />
      <source>Close the console; the meeting is saved as it goes.</source>
      <translation>关闭控制台；会议随时自动保存。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="136" />
      <source>Close the list of speakers to new inscriptions, or reopen it.</source>
      <translation>截止发言者名单，不再接受新的登记，或重新开放。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="156" />
      <source>Create a meeting database from a programme file.</source>
      <translation>根据议程文件创建会议数据库。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="169" />
      <source>Edit the programme…</source>
      <translation>编辑议程…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="97" />
      <source>End the current intervention; one undo brings it back.</source>
      <translation>结束当前发言；撤销一次即可恢复。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="91" />
      <source>End the current turn and give the floor to the first on the list.</source>
      <translation>结束当前发言，请名单上的第一位发言。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="96" />
      <source>End the turn</source>
      <translation>结束发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="98" />
      <source>Extend by 30 s</source>
      <translation>延长 30 秒</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="190" />
      <source>Fl&amp;oor</source>
      <translation>发言(&amp;L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="99" />
      <source>Give the speaker 30 seconds more.</source>
      <translation>给发言者多加 30 秒。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="140" />
      <source>Go to the list</source>
      <translation>转到名单</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="142" />
      <source>Go to the log</source>
      <translation>转到记录</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>Go to the programme</source>
      <translation>转到议程</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="114" />
      <source>Hand the floor to the secretary</source>
      <translation>将发言控制权移交秘书</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="151" />
      <source>High contrast</source>
      <translation>高对比度</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="164" />
      <source>Host this meeting on the network: a join code for the secretary's and the display's stations.</source>
      <translation>在网络上主持本次会议：为秘书工作站和显示屏工作站提供加入代码。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="166" />
      <source>Join a meeting…</source>
      <translation>加入会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="181" />
      <source>Keyboard shortcuts</source>
      <translation>键盘快捷键</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
      <source>Larger text</source>
      <translation>放大文字</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="115" />
      <source>Let the secretary's station give the floor and run the clock, or take them back (journaled).</source>
      <translation>允许秘书工作站请人发言和控制计时，或收回这些权限（记入日志）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="148" />
      <source>Make the console's text larger.</source>
      <translation>放大控制台文字。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="150" />
      <source>Make the console's text smaller.</source>
      <translation>缩小控制台文字。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="129" />
      <source>Mark absent</source>
      <translation>标记缺席</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="123" />
      <source>Move down</source>
      <translation>下移</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="122" />
      <source>Move the selected request one place earlier.</source>
      <translation>将所选请求提前一位。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="124" />
      <source>Move the selected request one place later.</source>
      <translation>将所选请求推后一位。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="121" />
      <source>Move up</source>
      <translation>上移</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="112" />
      <source>Mute sound cues</source>
      <translation>静音提示音</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="158" />
      <source>New meeting from a concept note…</source>
      <translation>根据概念说明新建会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="155" />
      <source>New meeting from a programme…</source>
      <translation>根据议程新建会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="90" />
      <source>Next speaker</source>
      <translation>下一位发言者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="167" />
      <source>Open a meeting another machine hosts, with its join code.</source>
      <translation>用加入代码打开另一台计算机主持的会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="162" />
      <source>Open an existing meeting database.</source>
      <translation>打开现有会议数据库。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="161" />
      <source>Open meeting…</source>
      <translation>打开会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="159" />
      <source>Paste or open a concept note; check the proposed programme; create the meeting.</source>
      <translation>粘贴或打开概念说明；核对建议的议程；创建会议。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="93" />
      <source>Pause / resume</source>
      <translation>暂停 / 继续</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="102" />
      <source>Point of order…</source>
      <translation>程序问题…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="152" />
      <source>Pure black, white, yellow and red countdown states.</source>
      <translation>倒计时状态使用纯黑、白、黄、红色。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="133" />
      <source>Put the selected (or first) absent delegation back at the top of the list.</source>
      <translation>将所选（或第一个）缺席的代表团重新列到名单首位。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="178" />
      <source>Quit</source>
      <translation>退出</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="132" />
      <source>Recall absent</source>
      <translation>重新列入缺席者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="110" />
      <source>Redo</source>
      <translation>重做</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="111" />
      <source>Restore the last undone floor action.</source>
      <translation>恢复上一个被撤销的发言操作。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="105" />
      <source>Right of reply…</source>
      <translation>答辩权…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="170" />
      <source>Segments, times, limits, themes and panellists; saved in the journal.</source>
      <translation>环节、时间、时限、主题和小组成员；保存在日志中。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="143" />
      <source>Select a past intervention to add or correct its notes.</source>
      <translation>选择以往的某次发言，以添加或更正其笔记。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
      <source>Select a request with the arrows.</source>
      <translation>用方向键选择请求。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Select a segment with the arrows and open it with Enter.</source>
      <translation>用方向键选择环节，按 Enter 打开。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="128" />
      <source>Send the selected request to the end of the list.</source>
      <translation>将所选请求移到名单末尾。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="127" />
      <source>Send to the end</source>
      <translation>移至末尾</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="130" />
      <source>Set aside the selected request: the delegation is not in the room.</source>
      <translation>暂时搁置所选请求：该代表团不在会场。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="175" />
      <source>Settings…</source>
      <translation>设置…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="163" />
      <source>Share this meeting…</source>
      <translation>共享本次会议…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="100" />
      <source>Shorten by 30 s</source>
      <translation>缩短 30 秒</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="182" />
      <source>Show every shortcut of the console.</source>
      <translation>显示控制台的所有快捷键。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="145" />
      <source>Show or hide the speaker display for the room.</source>
      <translation>显示或隐藏会场的发言者显示屏。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="113" />
      <source>Silence the sound cues, or bring them back.</source>
      <translation>关闭或恢复提示音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
      <source>Smaller text</source>
      <translation>缩小文字</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="144" />
      <source>Speaker display</source>
      <translation>发言者显示屏</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="94" />
      <source>Stop or restart the speaker's time (Space works outside text fields).</source>
      <translation>暂停或继续发言者计时（在文本框之外也可按空格键）。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="101" />
      <source>Take 30 seconds from the speaker's time.</source>
      <translation>从发言者时间中减去 30 秒。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="109" />
      <source>Take back the last floor action.</source>
      <translation>撤销上一个发言操作。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="126" />
      <source>Take the selected request off the list.</source>
      <translation>将所选请求从名单中撤下。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="176" />
      <source>This meeting's rules and limits, defaults for new meetings, the display and the sound cues.</source>
      <translation>本次会议的规则和时限、新会议的默认值、显示以及提示音。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="119" />
      <source>Type a few letters of a name in any language and press Enter.</source>
      <translation>用任何语文输入名称的几个字，然后按 Enter。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="106" />
      <source>Type who asks for a right of reply; it is taken at the end of the list.</source>
      <translation>输入要求行使答辩权者；答辩安排在名单末尾。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="103" />
      <source>Type who raises a point of order; it is heard at once, pausing the speaker.</source>
      <translation>输入提出程序问题者；立即处理，发言者暂停。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="108" />
      <source>Undo</source>
      <translation>撤销</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="125" />
      <source>Withdraw</source>
      <translation>撤回</translation>
    </message>
  </context>
  <context>
    <name>SpeakerDisplay</name>
    <message>
      <location filename="../../floorapp/gui/display/speaker_display.py" line="154" />
      <source>Floor — speaker display</source>
      <translation>Floor — 发言者显示屏</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="130" />
      <source>Next speaker</source>
      <translation>下一位发言者</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="135" />
      <source>Next speakers</source>
      <translation>接下来的发言者</translation>
    </message>
    <message>
      <source>Speaker display</source>
      <translation type="vanished">发言人显示屏</translation>
    </message>
  </context>
  <context>
    <name>SpeakersView</name>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="214" />
      <source>Absent, to recall: {n}</source>
      <translation>缺席待重新列入：{n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="211" />
      <source>LIST CLOSED</source>
      <translation>名单已截止</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="203" />
      <source>List of speakers: open a segment of the programme first.</source>
      <translation>发言者名单：请先打开议程中的一个环节。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="208" />
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
      <translation>工作人员工作站</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="146" />
      <source>Officer's station: the floor is handed to the secretary</source>
      <translation>工作人员工作站：发言控制权已移交秘书</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="50" />
      <source>Only the chair's officer can do this.</source>
      <translation>只有主席的工作人员才能执行此操作。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="48" />
      <source>Only the chair's officer gives the floor and runs the clock, until the officer hands them over to this station.</source>
      <translation>只有主席的工作人员请人发言并控制计时，直至将其移交本工作站。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="143" />
      <source>Secretary's station: the officer handed you the floor</source>
      <translation>秘书工作站：工作人员已将发言控制权移交给你</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="144" />
      <source>Secretary's station: the officer has the floor</source>
      <translation>秘书工作站：发言控制权在工作人员手中</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="135" />
      <source>Take the floor back from the secretary</source>
      <translation>从秘书收回发言控制权</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="43" />
      <source>display</source>
      <translation>显示屏</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>officer</source>
      <translation>工作人员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>secretary</source>
      <translation>秘书</translation>
    </message>
  </context>
  <context>
    <name>Synthesis</name>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="176" />
      <source>Edit the Summary's synthesis…</source>
      <translation>编辑总结的综述…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="78" />
      <source>Keep</source>
      <translation>保留</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="90" />
      <source>Kept in the Summary:</source>
      <translation>总结中保留的文本：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="178" />
      <source>Kept text in the Summary.</source>
      <translation>总结采用保留的文本。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="204" />
      <source>Kept. The next export prints this text.</source>
      <translation>已保留。下次导出时将采用此文本。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="62" />
      <source>Language of the Summary:</source>
      <translation>总结的语文：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="164" />
      <source>No key points have been recorded yet.</source>
      <translation>尚未记录任何要点。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="148" />
      <source>Opening paragraph: speakers and panellists</source>
      <translation>开头段落：发言者和小组成员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="150" />
      <source>Points under no theme</source>
      <translation>未归入主题的要点</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="88" />
      <source>Proposed by Floor (from the notes, unattributed):</source>
      <translation>Floor 建议的文本（根据记录，不注明发言者）：</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="74" />
      <source>Rewrite the proposal here; a blank line starts a new paragraph.</source>
      <translation>在此改写建议文本；空一行即开始新段落。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="82" />
      <source>Start from the proposal</source>
      <translation>以建议文本为起点</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="179" />
      <source>The Summary prints the proposal.</source>
      <translation>总结采用建议文本。</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="50" />
      <source>The Summary's synthesis</source>
      <translation>总结的综述</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="80" />
      <source>Use the proposal</source>
      <translation>改用建议文本</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="75" />
      <source>Chair</source>
      <translation>主席</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="72" />
      <source>Civil society</source>
      <translation>民间社会</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="58" />
      <source>Civil society organization</source>
      <translation>民间社会组织</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>GROUP</source>
      <translation>集团</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>Group</source>
      <translation>集团</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="56" />
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation>政府间观察员（非洲联盟、红十字国际委员会……）</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="68" />
      <source>Member State</source>
      <translation>会员国</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="74" />
      <source>Moderator</source>
      <translation>主持人</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="70" />
      <source>Observer</source>
      <translation>观察员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="69" />
      <source>Observer State</source>
      <translation>观察员国</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="76" />
      <source>Other</source>
      <translation>其他</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <source>POINT OF ORDER</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="73" />
      <source>Panellist</source>
      <translation>小组成员</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <location filename="../../floorapp/gui/console/words.py" line="43" />
      <source>Point of order</source>
      <translation>程序问题</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>QUESTION</source>
      <translation>提问</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Question</source>
      <translation>提问</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>Question to the panel</source>
      <translation>向小组提问</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>REPLY</source>
      <translation>答辩</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="41" />
      <source>Reply</source>
      <translation>答辩</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>Right of reply</source>
      <translation>答辩权</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>Statement</source>
      <translation>发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>Statement on behalf of a group</source>
      <translation>代表集团发言</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="71" />
      <source>UN system</source>
      <translation>联合国系统</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="57" />
      <source>UN system entity</source>
      <translation>联合国系统实体</translation>
    </message>
    <message>
      <source>{speaker}, on behalf of {group}</source>
      <translation type="vanished">{speaker}，代表{group}</translation>
    </message>
    <message>
      <source>{text} (delivered by {person})</source>
      <translation type="vanished">{text}（由{person}宣读）</translation>
    </message>
  </context>
</TS>
