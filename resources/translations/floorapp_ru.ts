<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ru" sourcelanguage="en">
  <context>
    <name>AddField</name>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="233" />
      <source>Add to the list: type a few letters of a name, Enter</source>
      <translation>Запись: наберите несколько букв названия и нажмите Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="234" />
      <source>Group statement: who speaks? Then the group, Enter</source>
      <translation>Заявление от имени группы: кто выступает? Затем группа, Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="337" />
      <source>Nobody was added: “{text}” matches no participant.</source>
      <translation>Никто не записан: «{text}» не соответствует ни одному участнику.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="149" />
      <source>On behalf of (e.g. the African Group)</source>
      <translation>От имени (например, Группы африканских государств)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="348" />
      <source>On behalf of which group? Type it and press Enter.</source>
      <translation>От имени какой группы? Наберите и нажмите Enter.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="237" />
      <source>Point of order: who raises it? Enter gives the floor at once</source>
      <translation>По порядку ведения заседания: кто? Enter сразу предоставляет слово</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="354" />
      <source>Point of order: {name} has the floor.</source>
      <translation>По порядку ведения заседания: слово предоставлено: {name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="235" />
      <source>Question to the panel: who asks? Enter</source>
      <translation>Вопрос участникам дискуссии: кто спрашивает? Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="236" />
      <source>Right of reply: who asks for it? Enter</source>
      <translation>Право на ответ: кто просит? Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="169" />
      <source>Statement</source>
      <translation>Заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="318" />
      <source>Type a few letters of a name first.</source>
      <translation>Сначала наберите несколько букв названия.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="357" />
      <source>{name} is inscribed, number {n} on the list.</source>
      <translation>{name} записан(а) в список под номером {n}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="324" />
      <source>“{text}” could be {a} or {b}: choose with ↓ and Enter, or type more.</source>
      <translation>«{text}» — это {a} или {b}: выберите ↓ и Enter или наберите больше.</translation>
    </message>
  </context>
  <context>
    <name>AddParticipant</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="90" />
      <source>&amp;Category:</source>
      <translation>&amp;Категория:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="56" />
      <source>A participant of this meeting who is not on the roster. The name in English is needed; names in the other languages are shown when the display is in that language.</source>
      <translation>Участник этого заседания, которого нет в справочном списке. Название на английском языке обязательно; названия на других языках показываются, когда экран работает на этом языке.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="51" />
      <source>Add a participant</source>
      <translation>Добавить участника</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="vanished">Председатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="135" />
      <source>Choose the kind of participant: the name does not tell.</source>
      <translation>Выберите категорию участника: по названию её не определить.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="83" />
      <source>Choose: what kind of participant?</source>
      <translation>Выберите: какой это участник?</translation>
    </message>
    <message>
      <source>Civil society organization</source>
      <translation type="vanished">Организация гражданского общества</translation>
    </message>
    <message>
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation type="vanished">Межправительственный наблюдатель (Африканский союз, МККК…)</translation>
    </message>
    <message>
      <source>Member State</source>
      <translation type="vanished">Государство-член</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation type="vanished">Модератор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="76" />
      <source>Name in English (required):</source>
      <translation>Название на английском (обязательно):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="60" />
      <source>No participant on the roster matches “{name}”. Add it to this meeting?</source>
      <translation>В справочном списке нет участника «{name}». Добавить его в это заседание?</translation>
    </message>
    <message>
      <source>Observer State</source>
      <translation type="vanished">Государство-наблюдатель</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="vanished">Другое</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation type="vanished">Участник дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="154" />
      <source>The participant was not added.</source>
      <translation>Участник не добавлен.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="127" />
      <source>Type the name in English.</source>
      <translation>Введите название на английском языке.</translation>
    </message>
    <message>
      <source>UN system entity</source>
      <translation type="vanished">Подразделение системы ООН</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="131" />
      <source>“{name}” is already a participant ({english}): add it to the list by typing its name.</source>
      <translation>«{name}» уже является участником ({english}): чтобы записать его, наберите его название.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="37" />
      <source>&amp;New meeting from a programme…</source>
      <translation>&amp;Новое заседание по программе…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="36" />
      <source>&amp;Open another meeting…</source>
      <translation>&amp;Открыть другое заседание…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="220" />
      <source>Connected to the meeting again; {n} actions caught up.</source>
      <translation>Связь с заседанием восстановлена; наверстано действий: {n}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Keep the meeting in</source>
      <translation>Сохранить заседание в</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Meetings (*.floor)</source>
      <translation>Заседания (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="63" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>Заседания (*.floor);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="67" />
      <source>New meeting from a programme</source>
      <translation>Новое заседание по программе</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="92" />
      <source>No such meeting</source>
      <translation>Такого заседания нет</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="62" />
      <source>Open a meeting</source>
      <translation>Открыть заседание</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="94" />
      <source>Open an existing meeting, or create one from a programme file.</source>
      <translation>Откройте существующее заседание или создайте новое из файла программы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="68" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Программы (*.toml);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="104" />
      <location filename="../../floorapp/gui/app.py" line="106" />
      <source>The meeting database cannot be used</source>
      <translation>Базу данных заседания невозможно использовать</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="83" />
      <source>The programme file cannot be read</source>
      <translation>Не удается прочитать файл программы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="81" />
      <source>The programme file has problems</source>
      <translation>В файле программы есть ошибки</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="93" />
      <source>There is no meeting database at {path}.</source>
      <translation>По адресу {path} нет базы данных заседания.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="50" />
      <source>{n} problems in all; see the details.</source>
      <translation>
        <numerusform>Всего {n} ошибка; см. подробности.</numerusform>
        <numerusform>Всего {n} ошибки; см. подробности.</numerusform>
        <numerusform>Всего {n} ошибок; см. подробности.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Console</name>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="298" />
      <source>&amp;Quit</source>
      <translation>&amp;Выйти</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="299" />
      <source>&amp;Stay</source>
      <translation>&amp;Остаться</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/connection_banner.py" line="41" />
      <source>Connection to the meeting lost since {time} — retrying…</source>
      <translation>Связь с заседанием потеряна с {time} — повторная попытка…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>Ctrl+M turns the sound cues on.</source>
      <translation>Ctrl+M включает звуковые сигналы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="88" />
      <source>Ignored a second “next” within a second of the first.</source>
      <translation>Повторное нажатие «следующий» в течение секунды проигнорировано.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="60" />
      <source>Keep the meeting in</source>
      <translation>Сохранить заседание в</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="122" />
      <source>List of speakers</source>
      <translation>Список ораторов</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="123" />
      <source>Log and notes</source>
      <translation>Журнал и заметки</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="61" />
      <source>Meetings (*.floor)</source>
      <translation>Заседания (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>Заседания (*.floor);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/appearance.py" line="100" />
      <source>Names are shown in the new language; menus follow at the next start.</source>
      <translation>Названия показываются на новом языке; меню — после следующего запуска.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>New meeting from a programme</source>
      <translation>Новое заседание по программе</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="72" />
      <source>No audio output.</source>
      <translation>Нет аудиовыхода.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="271" />
      <source>No export is available yet</source>
      <translation>Экспорт пока недоступен</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="155" />
      <source>Nobody is marked absent.</source>
      <translation>Отсутствующих нет.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="57" />
      <source>Not done: {reason}</source>
      <translation>Не выполнено: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="295" />
      <source>Nothing is lost: the turn goes on in the meeting's record, and when the meeting is opened again the countdown shows the time as it then stands.</source>
      <translation>Ничего не потеряется: выступление продолжается в записи заседания, и при повторном открытии заседания обратный отсчёт покажет время на тот момент.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Open a meeting</source>
      <translation>Открыть заседание</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="121" />
      <source>Programme</source>
      <translation>Программа</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Программы (*.toml);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="286" />
      <source>Quit Floor?</source>
      <translation>Выйти из Floor?</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="110" />
      <source>Redone.</source>
      <translation>Повторено.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="130" />
      <source>Select a request in the list first (Ctrl+2, then the arrows).</source>
      <translation>Сначала выберите заявку в списке (Ctrl+2, затем стрелки).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues muted.</source>
      <translation>Звуковые сигналы отключены.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues on.</source>
      <translation>Звуковые сигналы включены.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/live.py" line="52" />
      <source>The connection to the meeting is lost since {time}: nothing was done. Floor is reconnecting; try again when it is back.</source>
      <translation>Связь с заседанием потеряна с {time}: ничего не выполнено. Floor восстанавливает связь; повторите, когда она вернётся.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="95" />
      <source>The floor is given to {name}.</source>
      <translation>Слово предоставляется: {name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="64" />
      <source>The last action was not recorded.</source>
      <translation>Последнее действие не записано.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="165" />
      <source>The list is open again.</source>
      <translation>Список снова открыт.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="164" />
      <source>The list of speakers is closed.</source>
      <translation>Список ораторов закрыт.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="63" />
      <source>The meeting database failed</source>
      <translation>Сбой базы данных заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="76" />
      <source>The programme editor is not available.</source>
      <translation>Редактор программы недоступен.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="147" />
      <source>The request is already at that end of the list.</source>
      <translation>Заявка уже находится в этом конце списка.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="251" />
      <source>The speaker display is not available.</source>
      <translation>Экран ораторов недоступен.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="105" />
      <source>Undone. Redo with Ctrl+Shift+Z.</source>
      <translation>Отменено. Повторить: Ctrl+Shift+Z.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>cues muted</source>
      <translation>сигналы выключены</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="78" />
      <source>no sound: cues are visual only</source>
      <translation>нет звука: только визуальные сигналы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="287" />
      <source>{name} has the floor.</source>
      <translation>Слово имеет {name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="97" />
      <source>{name} was added; type the name to inscribe it.</source>
      <translation>{name}: добавлено; наберите название, чтобы записать в список.</translation>
    </message>
  </context>
  <context>
    <name>Cues</name>
    <message>
      <location filename="../../floorapp/cues/check.py" line="164" />
      <source> (default)</source>
      <translation> (по умолчанию)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="179" />
      <source>(The cues are muted in the app; the sound check plays them anyway.)</source>
      <translation>(В приложении сигналы отключены; проверка звука всё равно их воспроизводит.)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="122" />
      <source>Audio output</source>
      <translation>Аудиовыход</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="65" />
      <source>Built-in</source>
      <translation>Встроенный</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="63" />
      <source>Choose file…</source>
      <translation>Выбрать файл…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="125" />
      <source>Cues</source>
      <translation>Сигналы</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="190" />
      <source>Done: {n} cues played.</source>
      <translation>Готово: воспроизведено сигналов: {n}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="174" />
      <source>Every cue is turned off in the settings: nothing to play.</source>
      <translation>Все сигналы выключены в настройках: воспроизводить нечего.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="67" />
      <source>Go back to Floor's own sound for this cue.</source>
      <translation>Вернуть собственный звук Floor для этого сигнала.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="100" />
      <source>Mute sound cues</source>
      <translation>Отключить звуковые сигналы</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="167" />
      <source>No audio output was found.</source>
      <translation>Аудиовыход не найден.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="164" />
      <source>No audio output was found: cues are visual only.</source>
      <translation>Аудиовыход не найден: сигналы только визуальные.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="189" />
      <source>Not played (turned off): {cue}</source>
      <translation>Не воспроизведён (выключен): {cue}</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>Overrun reminder</source>
      <translation>Напоминание о превышении</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="104" />
      <source>Play every cue that is on, in order, to test the room's sound.</source>
      <translation>Воспроизвести по порядку все включённые сигналы, чтобы проверить звук в зале.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="181" />
      <location filename="../../floorapp/cues/settings_widget.py" line="279" />
      <source>Playing: {cue} ({file})</source>
      <translation>Воспроизведение: {cue} ({file})</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>Point of order</source>
      <translation>По порядку ведения заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="68" />
      <source>Preview</source>
      <translation>Прослушать</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="122" />
      <source>Qt Multimedia cannot be loaded ({error}): cues are visual only. On Linux it needs the libpulse0 package.</source>
      <translation>Не удается загрузить Qt Multimedia ({error}): сигналы только визуальные. В Linux нужен пакет libpulse0.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="240" />
      <source>Reading {file}…</source>
      <translation>Чтение {file}…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="55" />
      <source>Repeated at the reminder interval while a speaker is over time.</source>
      <translation>Повторяется с интервалом напоминания, пока оратор превышает время.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="54" />
      <source>Sound &amp;cues…</source>
      <translation>&amp;Звуковые сигналы…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="102" />
      <location filename="../../floorapp/cues/settings_widget.py" line="283" />
      <source>Sound check</source>
      <translation>Проверка звука</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="284" />
      <source>Sound check done: {n} cues played.</source>
      <translation>Проверка звука завершена: воспроизведено сигналов: {n}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="177" />
      <source>Sound check on {output}:</source>
      <translation>Проверка звука на {output}:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="88" />
      <location filename="../../floorapp/gui/cues_hook.py" line="50" />
      <source>Sound cues</source>
      <translation>Звуковые сигналы</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="232" />
      <source>Sound for “{cue}”</source>
      <translation>Звук для «{cue}»</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="47" />
      <source>Sounds (*.wav *.mp3 *.ogg *.flac);;All files (*)</source>
      <translation>Звуки (*.wav *.mp3 *.ogg *.flac);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="274" />
      <source>Stop sound check</source>
      <translation>Остановить проверку звука</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="170" />
      <source>System default</source>
      <translation>По умолчанию в системе</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="71" />
      <source>The audio output “{name}” was not found; the cues play on {fallback}.</source>
      <translation>Аудиовыход «{name}» не найден; сигналы воспроизводятся на {fallback}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>Time is up</source>
      <translation>Время истекло</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="123" />
      <source>Volume</source>
      <translation>Громкость</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>Warning</source>
      <translation>Предупреждение</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="58" />
      <source>When a point of order takes the floor.</source>
      <translation>Когда слово берут по порядку ведения заседания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="53" />
      <source>When the speaker's time is up.</source>
      <translation>Когда время оратора истекло.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="51" />
      <source>When the warning time is reached (e.g. 30 s left).</source>
      <translation>Когда наступает время предупреждения (например, осталось 30 с).</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="186" />
      <source>built-in sound</source>
      <translation>встроенный звук</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>overrun reminder</source>
      <translation>напоминание о превышении</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>point of order</source>
      <translation>по порядку ведения заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>time is up</source>
      <translation>время истекло</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>warning</source>
      <translation>предупреждение</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="217" />
      <source>{file}: the sound for “{cue}” cannot be played.</source>
      <translation>{file}: звук для «{cue}» не воспроизводится.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="222" />
      <source>{file}: the sound for “{cue}” cannot be played; the previous sound is kept.</source>
      <translation>{file}: звук для «{cue}» не воспроизводится; сохранён прежний звук.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="175" />
      <source>{name} (not connected)</source>
      <translation>{name} (не подключено)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="181" />
      <source>{n} %</source>
      <translation>{n} %</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="248" />
      <source>“{cue}” now plays {file}.</source>
      <translation>«{cue}» теперь воспроизводит {file}.</translation>
    </message>
  </context>
  <context>
    <name>CurrentView</name>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="113" />
      <source>Ctrl+N gives the floor</source>
      <translation>Ctrl+N предоставляет слово</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="172" />
      <source>Limit {limit}</source>
      <translation>Регламент {limit}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="166" />
      <source>Limit {limit}, extended by {ext}</source>
      <translation>Регламент {limit}, продлён на {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="169" />
      <source>Limit {limit}, shortened by {ext}</source>
      <translation>Регламент {limit}, сокращён на {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="110" />
      <source>Next: {name}</source>
      <translation>Следующий: {name}</translation>
    </message>
    <message>
      <source>Nobody has the floor</source>
      <translation type="vanished">Никто не выступает</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="112" />
      <source>Nobody is waiting</source>
      <translation>Никто не ждёт</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="175" />
      <source>Space or Ctrl+Space resumes</source>
      <translation>Пробел или Ctrl+Пробел — продолжить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="114" />
      <source>Type a name to inscribe it (Ctrl+L)</source>
      <translation>Введите название, чтобы записать (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="121" />
      <source>interrupting {name} (their time is paused)</source>
      <translation>прерывает {name} (время приостановлено)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="173" />
      <source>spoken {t}</source>
      <translation>прошло {t}</translation>
    </message>
    <message>
      <source>{sign}{ext} extension</source>
      <translation type="vanished">продление {sign}{ext}</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message>
      <location filename="../../floorapp/gui/durations.py" line="79" />
      <source>Minutes and seconds, as 3:00; the arrows step by 15 seconds.</source>
      <translation>Минуты и секунды, например 3:00; стрелки меняют на 15 секунд.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="21" />
      <source>Attributed record (PDF)</source>
      <translation>Запись с указанием ораторов (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="20" />
      <source>Attributed record (Word)</source>
      <translation>Запись с указанием ораторов (Word)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="169" />
      <location filename="../../floorapp/gui/export_worker.py" line="152" />
      <source>Export failed</source>
      <translation>Сбой экспорта</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="135" />
      <source>Export to</source>
      <translation>Экспортировать в</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="164" />
      <source>Exported to {path}</source>
      <translation>Экспортировано в {path}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="144" />
      <source>Exporting…</source>
      <translation>Экспорт…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="39" />
      <source>Language:</source>
      <translation>Язык:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="25" />
      <source>List of speakers (PDF)</source>
      <translation>Список ораторов (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="22" />
      <source>Log (CSV spreadsheet)</source>
      <translation>Журнал (таблица CSV)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="23" />
      <source>Log (JSON)</source>
      <translation>Журнал (JSON)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="24" />
      <source>Log (Markdown)</source>
      <translation>Журнал (Markdown)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="19" />
      <source>President's Summary (PDF)</source>
      <translation>Резюме Председателя (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="18" />
      <source>President's Summary (Word)</source>
      <translation>Резюме Председателя (Word)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="49" />
      <source>Segment:</source>
      <translation>Часть:</translation>
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
      <translation>Esc или F1 закрывает эту панель.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="33" />
      <source>In the add field: move in the list</source>
      <translation>В поле добавления: перемещение по списку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="32" />
      <source>In the add field: on behalf of…</source>
      <translation>В поле добавления: от имени…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="30" />
      <source>In the add field: {kind}</source>
      <translation>В поле добавления: {kind}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>In the log: write notes on the intervention</source>
      <translation>В журнале: заметки о выступлении</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="37" />
      <source>In the notes: add the note</source>
      <translation>В заметках: добавить заметку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <source>In the programme: open the segment</source>
      <translation>В программе: открыть часть</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="54" />
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="146" />
      <source>&amp;Accept: create the meeting…</source>
      <translation>&amp;Принять: создать заседание…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="87" />
      <source>&amp;Change the text</source>
      <translation>&amp;Изменить текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="81" />
      <source>&amp;Open a file…</source>
      <translation>&amp;Открыть файл…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="84" />
      <source>&amp;Propose</source>
      <translation>&amp;Предложить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="117" />
      <source>&amp;Remove the selected row</source>
      <translation>&amp;Удалить выбранную строку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="149" />
      <source>&amp;Save as a programme file…</source>
      <translation>&amp;Сохранить как файл программы…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="87" />
      <source>(not in the text)</source>
      <translation>(нет в тексте)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="125" />
      <source>A programme needs at least one segment.</source>
      <translation>В программе должна быть хотя бы одна часть.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="228" />
      <source>Change the text, then press Propose again.</source>
      <translation>Измените текст и снова нажмите «Предложить».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="112" />
      <source>Changed by you</source>
      <translation>Изменено вами</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="188" />
      <source>Click a field to see where it came from. Rows marked ⚠ were guessed: check them. Double-click a value to change it. Nothing is saved until you accept.</source>
      <translation>Щёлкните поле, чтобы увидеть, откуда оно взято. Строки с пометкой ⚠ угаданы: проверьте их. Дважды щёлкните значение, чтобы изменить его. Ничего не сохраняется, пока вы не примете.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="196" />
      <source>Concept notes (*.txt *.docx *.pdf);;All files (*)</source>
      <translation>Концептуальные записки (*.txt *.docx *.pdf);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="41" />
      <source>Date</source>
      <translation>Дата</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="53" />
      <source>End</source>
      <translation>Окончание</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="253" />
      <source>Every dated or timed part of the text is in the programme.</source>
      <translation>Все части текста с датой или временем есть в программе.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Field</source>
      <translation>Поле</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>From</source>
      <translation>Источник</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="40" />
      <source>Keep the meeting in</source>
      <translation>Сохранить заседание в</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Keynote speaker</source>
      <translation>Основной докладчик</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="56" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="47" />
      <source>Limit: {who}</source>
      <translation>Регламент: {who}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="39" />
      <source>Meeting</source>
      <translation>Заседание</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="41" />
      <source>Meetings (*.floor)</source>
      <translation>Заседания (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Moderator</source>
      <translation>Модератор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="50" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="74" />
      <source>New meeting from a concept note</source>
      <translation>Новое заседание по концептуальной записке</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="125" />
      <source>Not in the programme (check these parts of the text):</source>
      <translation>Нет в программе (проверьте эти части текста):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="52" />
      <source>Nothing was proposed yet.</source>
      <translation>Пока ничего не предложено.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="195" />
      <source>Open a concept note</source>
      <translation>Открыть концептуальную записку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Panellist</source>
      <translation>Участник дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="213" />
      <source>Paste the concept note first.</source>
      <translation>Сначала вставьте концептуальную записку.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="97" />
      <source>Paste the concept note here.</source>
      <translation>Вставьте концептуальную записку сюда.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="78" />
      <source>Paste the concept note or programme below, or open a file (.txt, .docx, .pdf), then press Propose.</source>
      <translation>Вставьте ниже концептуальную записку или программу либо откройте файл (.txt, .docx, .pdf), затем нажмите «Предложить».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="346" />
      <source>Programmes (*.toml)</source>
      <translation>Программы (*.toml)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Proposed value</source>
      <translation>Предлагаемое значение</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="345" />
      <source>Save the programme</source>
      <translation>Сохранить программу</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="50" />
      <source>Segment {n}</source>
      <translation>Часть {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="68" />
      <source>Speaker</source>
      <translation>Оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="51" />
      <source>Start</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="51" />
      <source>The programme could not be saved in {path}: {why}</source>
      <translation>Не удалось сохранить программу в {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="62" />
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="304" />
      <source>This field cannot be removed; change its value instead.</source>
      <translation>Это поле нельзя удалить; вместо этого измените его значение.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="44" />
      <source>Time zone</source>
      <translation>Часовой пояс</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="40" />
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="55" />
      <source>Title</source>
      <translation>Название</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="97" />
      <source>Unsure: {why}</source>
      <translation>Не наверняка: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="43" />
      <source>Venue</source>
      <translation>Место</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="86" />
      <source>line {n}</source>
      <translation>строка {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="245" />
      <source>line {n}: {text} — {why}</source>
      <translation>строка {n}: {text} — {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="216" />
      <source>the pasted text</source>
      <translation>вставленный текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="322" />
      <source>the programme</source>
      <translation>программа</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="111" />
      <source>{where}: the kind is one of: {kinds}</source>
      <translation>{where}: вид — один из: {kinds}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="88" />
      <source>{where}: write minutes:seconds, such as 3:00</source>
      <translation>{where}: пишите минуты:секунды, например 3:00</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="81" />
      <source>{where}: “{v}” is not a date; write it as 2012-04-03</source>
      <translation>{where}: «{v}» — не дата; пишите её в виде 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="99" />
      <source>{where}: “{v}” is not a time; write it as HH:MM on the 24-hour clock</source>
      <translation>{where}: «{v}» — не время; пишите его в виде HH:MM в 24-часовом формате</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="332" />
      <source>… and {n} more</source>
      <translation>… и ещё {n}</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="60" />
      <source>a 24-hour time was also marked am/pm</source>
      <translation>время в 24-часовом формате помечено ещё и am/pm</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="29" />
      <source>a cell of a grid under no time</source>
      <translation>ячейка таблицы без времени</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="30" />
      <source>a deadline</source>
      <translation>крайний срок</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="87" />
      <source>a note in brackets about another day</source>
      <translation>примечание в скобках о другом дне</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="46" />
      <source>a note on the hours (interpretation, webcast), not an item</source>
      <translation>примечание о времени (устный перевод, веб-трансляция), а не пункт программы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="83" />
      <source>a part whose items are listed inside it</source>
      <translation>часть, пункты которой перечислены внутри неё</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="36" />
      <source>a place named in the text</source>
      <translation>место, названное в тексте</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="31" />
      <source>a point in time among timed segments, not a segment</source>
      <translation>отдельный момент времени среди частей с интервалами, а не часть</translation>
    </message>
    <message>
      <source>a point in time at the same time as the next</source>
      <translation type="vanished">момент времени совпадает со следующим</translation>
    </message>
    <message>
      <source>a room named in the text</source>
      <translation type="vanished">зал, названный в тексте</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="55" />
      <source>a theme named before any segment</source>
      <translation>тема названа до всех частей</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="39" />
      <source>a time alone, not a segment</source>
      <translation>одно время, а не часть</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="76" />
      <source>a time in a sentence</source>
      <translation>время в предложении</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="75" />
      <source>a time in prose</source>
      <translation>время, указанное в тексте</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="38" />
      <source>a time with no title after it (a column heading?)</source>
      <translation>время без названия после него (заголовок столбца?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="34" />
      <source>at the same time as the item above: kept in its description</source>
      <translation>в то же время, что и пункт выше: сохранено в его описании</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="105" />
      <source>at the same time as “{title}” (a parallel meeting)</source>
      <translation>одновременно с «{title}» (параллельное заседание)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="40" />
      <source>cut from themes run together on one line</source>
      <translation>выделено из тем, записанных подряд в одной строке</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="162" />
      <source>day {n}</source>
      <translation>день {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="41" />
      <source>end not written</source>
      <translation>окончание не указано</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="43" />
      <source>end not written: taken from its duration</source>
      <translation>окончание не указано: вычислено по продолжительности</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="42" />
      <source>end not written: taken from the next item</source>
      <translation>окончание не указано: взято из следующего пункта</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="79" />
      <source>from the meeting's hours in prose</source>
      <translation>по часам заседания, указанным в тексте</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="102" />
      <source>from “{city}” in the text</source>
      <translation>по слову «{city}» в тексте</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="115" />
      <source>left out {n} image(s) and link(s) to a talk's material (“Video”, “Slides”) in {name}</source>
      <translation>пропущено изображений и ссылок на материалы выступления («Видео», «Слайды») в {name}: {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="49" />
      <source>listed without a label or an honorific: taken as a speaker</source>
      <translation>указан без метки и обращения: принят за выступающего</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="51" />
      <source>listed without a label: taken as a speaker</source>
      <translation>указан без подписи: принят за выступающего</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="48" />
      <source>listed without a label: taken as panellist</source>
      <translation>указан без подписи: принят за участника дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="52" />
      <source>marked as to be confirmed</source>
      <translation>помечено «подлежит подтверждению»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="35" />
      <source>marks the start of the item below: kept in its description</source>
      <translation>отмечает начало следующего пункта: сохранено в его описании</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="50" />
      <source>named after a role: check the name</source>
      <translation>назван после должности: проверьте имя</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="54" />
      <source>named before any segment</source>
      <translation>назван до всех частей</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="85" />
      <source>named before the segments: taken for the first</source>
      <translation>назван до частей: отнесён к первой</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="47" />
      <source>named in brackets in the title: taken as speaker</source>
      <translation>назван в скобках в заголовке: принят за выступающего</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="56" />
      <source>no am/pm: read as afternoon</source>
      <translation>нет am/pm: прочитано как послеобеденное время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="57" />
      <source>no am/pm: read as morning, before the day's first item</source>
      <translation>нет am/pm: прочитано как утро, до первого пункта дня</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="58" />
      <source>no am/pm: the end was read as afternoon</source>
      <translation>нет am/pm: окончание прочитано как послеобеденное время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="61" />
      <source>no announced title: a heading was taken</source>
      <translation>объявленного названия нет: взят заголовок</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="62" />
      <source>no city found: New York assumed</source>
      <translation>город не найден: принят Нью-Йорк</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="63" />
      <source>no date found: today's date was put in its place</source>
      <translation>дата не найдена: подставлена сегодняшняя</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="84" />
      <source>no heading names the meeting: taken from a sentence</source>
      <translation>ни один заголовок не называет заседание: взято из предложения</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="64" />
      <source>no honorific (Mr., Ms., H.E. …): check this is a person</source>
      <translation>нет обращения (г-н, г-жа, Е. П. …): проверьте, что это человек</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="65" />
      <source>no segments found: the meeting's title</source>
      <translation>части не найдены: название заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="66" />
      <source>no times in the text: placeholder, set the real times</source>
      <translation>в тексте нет времени: временное значение, укажите настоящее время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="67" />
      <source>no title found</source>
      <translation>название не найдено</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="37" />
      <source>no title of its own: the next range's title</source>
      <translation>нет собственного названия: взято название следующего интервала</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="68" />
      <source>no venue found</source>
      <translation>место проведения не найдено</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="103" />
      <source>on another day ({day}): a programme holds one day</source>
      <translation>в другой день ({day}): программа охватывает один день</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="92" />
      <source>read line by line: the programme's layout was not recognised</source>
      <translation>прочитано построчно: макет программы не распознан</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="114" />
      <source>read {n} Markdown link(s) in {name} as their words</source>
      <translation>ссылки Markdown в {name} прочитаны как их слова: {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="112" />
      <source>read {n} character(s) between two times as dashes (broken encoding)</source>
      <translation>символы между двумя значениями времени прочитаны как тире (испорченная кодировка): {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="109" />
      <source>read {n} run(s) of doubled letters in {name} once (a PDF's bold text drawn twice, such as “FFrriiddaayy”)</source>
      <translation>{n} фрагмент(ов) с удвоенными буквами в {name} прочитано один раз (жирный текст PDF, нарисованный дважды, например «FFrriiddaayy»)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="53" />
      <source>reads like a place, not an item: check the title</source>
      <translation>похоже на место, а не на пункт: проверьте название</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="44" />
      <source>reckoned from the lengths written after the items</source>
      <translation>рассчитано по длительности, указанной после пунктов</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="126" />
      <source>removed the e-mail quote marks (“&gt;”) at the start of {n} line(s) of {name}</source>
      <translation>удалены знаки цитирования электронной почты («&gt;») в начале {n} строк(и) в {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="111" />
      <source>removed {n} HTML tags from {name}, keeping the words they marked</source>
      <translation>из {name} удалено HTML-тегов: {n}; слова, которые они отмечали, сохранены</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="123" />
      <source>repaired broken encoding in {name} ({n} garbled sequences such as “{sample}”)</source>
      <translation>исправлена испорченная кодировка в {name} ({n} искажённых последовательностей, например «{sample}»)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="93" />
      <source>several places named: the first was taken</source>
      <translation>названо несколько мест: взято первое</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="69" />
      <source>taken from the “Theme” line</source>
      <translation>взято из строки «Тема»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="32" />
      <source>the end of the meeting above, not an item</source>
      <translation>окончание заседания выше, а не пункт программы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="59" />
      <source>the end was read as afternoon</source>
      <translation>окончание прочитано как послеобеденное время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="70" />
      <source>the first date in the text; check it is the meeting's</source>
      <translation>первая дата в тексте; проверьте, что это дата заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="94" />
      <source>the first reading's only segment; the programme was read line by line instead</source>
      <translation>единственная часть первого прочтения; вместо этого программа прочитана построчно</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="33" />
      <source>the format told in a sentence: the programme below gives the items</source>
      <translation>формат, описанный одной фразой: пункты приведены в программе ниже</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="71" />
      <source>the last point in time: its end is not written</source>
      <translation>последний момент времени: его окончание не указано</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="88" />
      <source>the meeting's hours and place, not an item</source>
      <translation>время и место заседания, а не пункт программы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="80" />
      <source>the meeting's hours in prose: check the title</source>
      <translation>часы заседания указаны в тексте: проверьте название</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="72" />
      <source>the meeting's hours: no segments were found</source>
      <translation>часы заседания: части не найдены</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="82" />
      <source>the meeting's hours: the segments below fall within them</source>
      <translation>часы заседания: части ниже входят в них</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="73" />
      <source>the meeting's title: no segments were found</source>
      <translation>название заседания: части не найдены</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="81" />
      <source>the paragraph's label: check the title</source>
      <translation>заголовок абзаца: проверьте название</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="86" />
      <source>the same times on another clock</source>
      <translation>то же время по другим часам</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="104" />
      <source>the times start again: another day</source>
      <translation>время начинается заново: другой день</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="77" />
      <source>the title below the names under a label</source>
      <translation>название под именами, следующими за меткой</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="74" />
      <source>the title of the only segment</source>
      <translation>название единственной части</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="97" />
      <source>the year is not written with the date</source>
      <translation>год не указан вместе с датой</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="98" />
      <source>the year is not written with the day</source>
      <translation>год не указан вместе с днём</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="99" />
      <source>times from the grid's column heading</source>
      <translation>время взято из заголовка столбца таблицы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="100" />
      <source>times side by side: the columns of a grid (parallel meetings?)</source>
      <translation>время рядом: столбцы таблицы (параллельные заседания?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="89" />
      <source>times written in {zone}: check the meeting's time zone</source>
      <translation>время указано по {zone}: проверьте часовой пояс заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="78" />
      <source>told in a sentence: check the title</source>
      <translation>указано в предложении: проверьте название</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="101" />
      <source>who the limit is for is not said: taken for delegations</source>
      <translation>не сказано, к кому относится регламент: принят для делегаций</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="45" />
      <source>written to start before the item above ends: started where it ends</source>
      <translation>указано начало до окончания предыдущего пункта: начинается, когда он заканчивается</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="131" />
      <source>{name} has broken encoding that cannot be repaired ({n} {what}); the original characters are lost. Copy the text again from the original document (or save it as UTF-8) and import that.</source>
      <translation>В {name} испорчена кодировка, которую нельзя исправить ({n} {what}); исходные символы потеряны. Скопируйте текст заново из исходного документа (или сохраните его в UTF-8) и импортируйте его.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="107" />
      <source>{name} is a PDF without a text layer (a scan?): copy the text from the original document instead.</source>
      <translation>{name} — PDF без текстового слоя (скан?): скопируйте текст из исходного документа.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="106" />
      <source>{name} is not UTF-8 (byte {byte} at offset {at}); read it as Windows-1252</source>
      <translation>{name} не в UTF-8 (байт {byte} в позиции {at}); прочитан как Windows-1252</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="113" />
      <source>{name} still has {n} unreadable character(s); check names and titles near them</source>
      <translation>в {name} осталось нечитаемых символов: {n}; проверьте имена и названия рядом с ними</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="95" />
      <source>“12 a.m.” at the end of a morning: read as noon</source>
      <translation>«12 a.m.» в конце утреннего заседания: прочитано как полдень</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="91" />
      <source>“am” after 12: read as noon</source>
      <translation>«am» после 12: прочитано как полдень</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="90" />
      <source>“am” after a range from noon: read as afternoon</source>
      <translation>«am» после интервала с полудня: прочитано как дневное время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="96" />
      <source>“am” after a start in the afternoon: read as pm</source>
      <translation>«am» после начала во второй половине дня: прочитано как pm</translation>
    </message>
  </context>
  <context>
    <name>LogModel</name>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>#</source>
      <translation>№</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Kind</source>
      <translation>Вид</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="65" />
      <source>Notes</source>
      <translation>Заметки</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Over</source>
      <translation>Превышение</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Speaker</source>
      <translation>Оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Spoken</source>
      <translation>Длительность</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Start</source>
      <translation>Начало</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="236" />
      <source>paused</source>
      <translation>пауза</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="237" />
      <source>speaking</source>
      <translation>выступает</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="46" />
      <source>&amp;Export</source>
      <translation>&amp;Экспорт</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="72" />
      <source>Console &amp;language</source>
      <translation>&amp;Язык консоли</translation>
    </message>
    <message>
      <source>Display &amp;language</source>
      <translation type="vanished">&amp;Язык отображения</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="37" />
      <source>Open &amp;recent</source>
      <translation>&amp;Недавние заседания</translation>
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
      <translation> (столбец {column})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="310" />
      <source> (did you mean "{zone}"?)</source>
      <translation> (может быть, "{zone}"?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="117" />
      <location filename="../../floorapp/core/programme/values.py" line="98" />
      <source> (did you mean '{word}'?)</source>
      <translation> (может быть, '{word}'?)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="47" />
      <source> (first on line {line})</source>
      <translation> (впервые в строке {line})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="48" />
      <source> (line {line})</source>
      <translation> (строка {line})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="102" />
      <source>'panellists' of {segment} must be a list of [[segments.panellists]] tables or names, not {found}</source>
      <translation>'panellists' в {segment} должно быть списком таблиц [[segments.panellists]] или имён, а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="144" />
      <source>'segments' must be [[segments]] tables, not {found}</source>
      <translation>'segments' должно быть таблицами [[segments]], а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="115" />
      <source>'themes' of {segment} must be a list of [[segments.themes]] tables, not {found}</source>
      <translation>'themes' в {segment} должно быть списком таблиц [[segments.themes]], а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="152" />
      <source>'{code}' is not a currency code: use three letters such as USD or EUR.</source>
      <translation>'{code}' — не код валюты: используйте три буквы, например USD или EUR.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="192" />
      <source>'{id}' is not a participant of this meeting.</source>
      <translation>'{id}' не является участником этого заседания.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/checks.py" line="103" />
      <source>'{key}' has {n} names but 'organisers' has {total}: give one translation for each organiser, in the same order ("" for one not translated)</source>
      <translation>
        <numerusform>в '{key}' {n} название, а в 'organisers' — {total}: дайте по одному переводу для каждого организатора, в том же порядке ("" — без перевода)</numerusform>
        <numerusform>в '{key}' {n} названия, а в 'organisers' — {total}: дайте по одному переводу для каждого организатора, в том же порядке ("" — без перевода)</numerusform>
        <numerusform>в '{key}' {n} названий, а в 'organisers' — {total}: дайте по одному переводу для каждого организатора, в том же порядке ("" — без перевода)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="193" />
      <source>'{key}' is given twice{where}; keep one</source>
      <translation>'{key}' указано дважды{where}; оставьте одно</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="95" />
      <source>'{key}' is in the programme's own language (language = "{language}"): those names belong in 'organisers'</source>
      <translation>'{key}' написано на языке самой программы (language = "{language}"): эти названия должны быть в 'organisers'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="132" />
      <source>'{key}' of {owner} is in the programme's own language (language = "{language}"): that text belongs in '{base}'; remove '{key}', or change 'language'</source>
      <translation>'{key}' в {owner} написано на языке самой программы (language = "{language}"): этот текст должен быть в '{base}'; удалите '{key}' или измените 'language'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="161" />
      <source>'{key}' of {owner}: {reason}</source>
      <translation>'{key}' в {owner}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="146" />
      <source>'{kind}' is not a kind of announcement; use one of {kinds}.</source>
      <translation>«{kind}» не является видом объявления; используйте один из следующих: {kinds}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="212" />
      <source>'{kind}' is not a kind of request.</source>
      <translation>'{kind}' не является видом заявки.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="70" />
      <source>'{text}' could be {names}. Type more of the name.</source>
      <translation>'{text}' может означать: {names}. Наберите больше букв названия.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="171" />
      <source>'{value}' is not a date and time.</source>
      <translation>'{value}' не является датой и временем.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="211" />
      <source>; each line must be key = value, a [table] header or a # comment (see docs/programme-format.md)</source>
      <translation>; каждая строка должна быть вида key = value, заголовком [table] или комментарием # (см. docs/programme-format.md)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="164" />
      <source>; text goes in double quotes: {key} = "{value}"</source>
      <translation>; текст пишется в двойных кавычках: {key} = "{value}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="208" />
      <source>; text in "quotes" must end on the same line (use """ for text of several lines)</source>
      <translation>; текст в "кавычках" должен заканчиваться на той же строке (для многострочного текста используйте """)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="214" />
      <source>; the string or bracket opened on this line is never closed</source>
      <translation>; строка или скобка, открытая в этой строке, нигде не закрыта</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="160" />
      <source>; times go in quotes, on the 24-hour clock: {key} = "HH:MM"</source>
      <translation>; время пишется в кавычках, в 24-часовом формате: {key} = "HH:MM"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="162" />
      <source>; write the date as YYYY-MM-DD with a real month and day, e.g. 2012-04-03</source>
      <translation>; запишите дату в виде ГГГГ-ММ-ДД с настоящими месяцем и днём, например 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="155" />
      <source>A currency needs an amount.</source>
      <translation>Для валюты нужна сумма.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="56" />
      <location filename="../../floorapp/core/commands.py" line="213" />
      <source>A group statement needs the name of the group it is made on behalf of.</source>
      <translation>Для заявления от имени группы нужно название этой группы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="48" />
      <source>A new participant needs a name.</source>
      <translation>Новому участнику нужно название.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="66" />
      <source>A note needs some text or a theme.</source>
      <translation>Для заметки нужен текст или тема.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="60" />
      <source>A paragraph of the synthesis is at most {n} characters.</source>
      <translation>Абзац обобщения не может превышать {n} знаков.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="159" />
      <source>A pledge or a personal gift needs an amount.</source>
      <translation>Для объявленного взноса или личного дара нужна сумма.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="205" />
      <source>A point of order is being heard: end it before giving the floor to anyone else.</source>
      <translation>Идёт выступление по порядку ведения заседания: завершите его, прежде чем предоставлять слово кому-либо ещё.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="81" />
      <source>A speaking limit must be between 1 second and 2 hours, or 0 for no limit.</source>
      <translation>Регламент выступления должен быть от 1 секунды до 2 часов или 0 — без ограничения.</translation>
    </message>
    <message>
      <source>A speaking limit must be between 1 second and 2 hours.</source>
      <translation type="vanished">Регламент выступления должен быть от 1 секунды до 2 часов.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="132" />
      <source>An amount cannot be negative.</source>
      <translation>Сумма не может быть отрицательной.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="124" />
      <source>An amount is a number.</source>
      <translation>Сумма должна быть числом.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="157" />
      <source>An announcement needs some text or an amount.</source>
      <translation>Для объявления нужен текст или сумма.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="264" />
      <source>An extension must be a non-zero number of seconds, at most 2 hours.</source>
      <translation>Продление должно быть ненулевым числом секунд, не более 2 часов.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="195" />
      <source>An intervention needs a speaker.</source>
      <translation>Для выступления нужен оратор.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="186" />
      <source>Cannot correct {fields}.</source>
      <translation>Нельзя исправить: {fields}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="66" />
      <source>Cannot reach the meeting database {where}: {reason}</source>
      <translation>Нет доступа к базе данных заседания {where}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="98" />
      <source>No name was typed. Type a few letters of a name.</source>
      <translation>Название не введено. Наберите несколько букв названия.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="99" />
      <source>No participant matches '{text}'. Add them to the meeting as a new participant.</source>
      <translation>Нет участника, соответствующего '{text}'. Добавьте его в заседание как нового участника.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="116" />
      <source>No record field to set.</source>
      <translation>Нет поля записи для установки.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="25" />
      <source>No segment is open: open a segment of the programme first.</source>
      <translation>Ни одна часть не открыта: сначала откройте часть программы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="47" />
      <source>Nobody has the floor.</source>
      <translation>Слово никому не предоставлено.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="71" />
      <source>Nothing to change.</source>
      <translation>Изменять нечего.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="188" />
      <source>Nothing to correct.</source>
      <translation>Исправлять нечего.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="291" />
      <source>Nothing to redo.</source>
      <translation>Повторять нечего.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="284" />
      <source>Nothing to undo.</source>
      <translation>Отменять нечего.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="104" />
      <source>Only a request waiting on the list can be moved: recall it first.</source>
      <translation>Перемещать можно только заявку, ожидающую в списке: сначала верните её.</translation>
    </message>
    <message>
      <source>Segment '{id}' is already open.</source>
      <translation type="vanished">Часть '{id}' уже открыта.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="39" />
      <source>Someone still has the floor: end that intervention first.</source>
      <translation>Кто-то ещё выступает: сначала завершите это выступление.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="130" />
      <location filename="../../floorapp/core/record_commands.py" line="128" />
      <source>That amount is too large.</source>
      <translation>Эта сумма слишком велика.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="229" />
      <source>That request is on the list of another segment.</source>
      <translation>Эта заявка находится в списке другой части.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="153" />
      <source>The database {where} already has tables; use an empty database.</source>
      <translation>В базе данных {where} уже есть таблицы; используйте пустую базу данных.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="207" />
      <source>The end must come after the start.</source>
      <translation>Окончание должно быть позже начала.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="175" />
      <source>The end time needs a date, a time and a time zone.</source>
      <translation>Для времени окончания нужны дата, время и часовой пояс.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="61" />
      <source>The file {where} is damaged or is not a database ({reason}). It was left untouched; restore it from a backup or open another meeting.</source>
      <translation>Файл {where} повреждён или не является базой данных ({reason}). Он не изменён; восстановите его из резервной копии или откройте другое заседание.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="198" />
      <source>The intervention is still going on; end it first.</source>
      <translation>Выступление ещё продолжается; сначала завершите его.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="145" />
      <source>The list is already closed.</source>
      <translation>Список уже закрыт.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="154" />
      <source>The list is open.</source>
      <translation>Список открыт.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="59" />
      <source>The list of speakers is closed: {name} cannot be inscribed.</source>
      <translation>Список ораторов закрыт: {name} — запись невозможна.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="222" />
      <source>The list of speakers is empty.</source>
      <translation>Список ораторов пуст.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="68" />
      <source>The meeting database {where} cannot be used: {reason}</source>
      <translation>Базу данных заседания {where} невозможно использовать: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="219" />
      <source>The meeting database {where} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>База данных заседания {where} повреждена ({reason}). Она не изменена; восстановите её из резервной копии.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="56" />
      <source>The meeting database {where} is in use by another program (it is locked). Close the other program, or wait, and try again. Nothing was changed.</source>
      <translation>База данных заседания {where} используется другой программой (заблокирована). Закройте другую программу или подождите и повторите попытку. Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="51" />
      <source>The meeting database {where} refused this station's change: its role may not do that (the officer may have taken the floor back). Nothing was changed.</source>
      <translation>База данных заседания {where} отклонила изменение с этого рабочего места: его роль этого не позволяет (возможно, сотрудник вернул себе управление). Ничего не изменено.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/migrate.py" line="64" />
      <source>The meeting database {where} was written by a newer version of Floor (schema {schema}; this version knows up to {known}). Update Floor to open it. The database was left untouched.</source>
      <translation>База данных заседания {where} записана более новой версией Floor (схема {schema}; эта версия знает до {known}). Обновите Floor, чтобы открыть её. База данных не изменена.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="63" />
      <source>The paragraph already reads so.</source>
      <translation>Абзац уже имеет такой текст.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="30" />
      <source>The programme has no segment '{id}'.</source>
      <translation>В программе нет части '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="56" />
      <source>The programme has no theme '{theme}' in a segment '{segment}'.</source>
      <translation>В программе нет темы «{theme}» в части «{segment}».</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="65" />
      <source>The record field '{key}' is yes or no, not {value}.</source>
      <translation>Поле записи '{key}' принимает значение «да» или «нет», а не {value}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="107" />
      <source>The request is already there.</source>
      <translation>Заявка уже там.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="248" />
      <source>The speaker's time is already paused.</source>
      <translation>Время оратора уже приостановлено.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="256" />
      <source>The speaker's time is already running.</source>
      <translation>Время оратора уже идёт.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="268" />
      <source>The speaking time cannot be shortened below zero.</source>
      <translation>Время выступления нельзя сократить ниже нуля.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="173" />
      <source>The start time needs a date, a time and a time zone.</source>
      <translation>Для времени начала нужны дата, время и часовой пояс.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="85" />
      <source>The {field} must be one of {choices}, not {value}.</source>
      <translation>Поле «{field}» должно быть одним из: {choices}, а не {value}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="110" />
      <source>There is already a file at {where}; choose another name or open it.</source>
      <translation>По адресу {where} уже есть файл; выберите другое имя или откройте его.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="101" />
      <source>There is no announcement '{id}' on that intervention.</source>
      <translation>В этом выступлении нет объявления '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="35" />
      <source>There is no intervention '{id}'.</source>
      <translation>Нет выступления '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="41" />
      <source>There is no intervention yet to attach a note to.</source>
      <translation>Пока нет выступления, к которому можно добавить заметку.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="32" />
      <source>There is no meeting database at {where}.</source>
      <translation>По адресу {where} нет базы данных заседания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="77" />
      <location filename="../../floorapp/core/record_commands.py" line="91" />
      <source>There is no note '{id}' on that intervention.</source>
      <translation>В этом выступлении нет заметки '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="76" />
      <source>There is no record field '{key}'; the fields are: {known}.</source>
      <translation>Нет поля записи '{key}'; поля: {known}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="37" />
      <source>There is no request '{id}' on the list.</source>
      <translation>В списке нет заявки '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="266" />
      <source>This speaker has no speaking limit; set one in the limits first.</source>
      <translation>У этого оратора нет регламента; сначала задайте его в регламенте.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="79" />
      <source>Unknown kind of speaker '{key}'.</source>
      <translation>Неизвестный вид оратора '{key}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="52" />
      <source>Unknown language '{lang}'; use one of {languages}.</source>
      <translation>Неизвестный язык «{lang}»; используйте один из следующих: {languages}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="62" />
      <source>Unknown ordering policy '{value}'.</source>
      <translation>Неизвестное правило очерёдности '{value}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="69" />
      <source>Unknown setting '{key}'.</source>
      <translation>Неизвестная настройка '{key}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="54" />
      <source>Unknown theme {themes} for this segment; its themes are: {known}.</source>
      <translation>Неизвестная тема {themes} для этой части; её темы: {known}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="52" />
      <source>Unknown theme {themes}: this segment has no themes.</source>
      <translation>Неизвестная тема {themes}: у этой части нет тем.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="135" />
      <source>a broken character ({character}, half of a surrogate pair); save the file as UTF-8</source>
      <translation>повреждённый символ ({character}, половина суррогатной пары); сохраните файл в UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="61" />
      <source>a date</source>
      <translation>дата</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="59" />
      <source>a date and time</source>
      <translation>дата и время</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="80" />
      <source>a huge number</source>
      <translation>огромное число</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="65" />
      <source>a list</source>
      <translation>список</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="122" />
      <source>a name contains a control character ({character})</source>
      <translation>название содержит управляющий символ ({character})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="55" />
      <source>a number</source>
      <translation>число</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="35" />
      <source>a point of order</source>
      <translation>выступление по порядку ведения заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="33" />
      <source>a question</source>
      <translation>вопрос</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="34" />
      <source>a right of reply</source>
      <translation>право на ответ</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="31" />
      <source>a statement</source>
      <translation>заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="32" />
      <source>a statement on behalf of a group</source>
      <translation>заявление от имени группы</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="67" />
      <source>a table</source>
      <translation>таблица</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="63" />
      <source>a time</source>
      <translation>время</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="233" />
      <source>a value cannot be read: {reason}</source>
      <translation>не удаётся прочитать значение: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="76" />
      <source>a very large number</source>
      <translation>очень большое число</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="91" />
      <source>at the top level of the file</source>
      <translation>на верхнем уровне файла</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/problem.py" line="62" />
      <source>cannot be read: {reason}</source>
      <translation>не читается: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot mutate immutable namespace {value}</source>
      <translation>нельзя изменить таблицу {value} после её определения</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="63" />
      <source>cannot overwrite a value</source>
      <translation>нельзя задать значение дважды</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot redefine namespace {value}</source>
      <translation>нельзя заново определить таблицу {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="175" />
      <source>contains a control character ({character})</source>
      <translation>содержит управляющий символ ({character})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="253" />
      <source>could not be read ({reason}); please report this file</source>
      <translation>не удалось прочитать ({reason}); сообщите, пожалуйста, об этом файле</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>duplicate inline table key {value}</source>
      <translation>повторяющийся ключ {value} во встроенной таблице</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="76" />
      <source>escaped character is not a Unicode scalar value</source>
      <translation>экранированный символ не является скалярным значением Unicode</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="69" />
      <source>expected '=' after a key in a key/value pair</source>
      <translation>после ключа в паре «ключ/значение» ожидается '='</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="65" />
      <source>expected ']' at the end of a table declaration</source>
      <translation>в конце заголовка таблицы ожидается ']'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="67" />
      <source>expected ']]' at the end of an array declaration</source>
      <translation>в конце заголовка массива ожидается ']]'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="61" />
      <source>expected newline or end of document after a statement</source>
      <translation>после инструкции ожидается новая строка или конец файла</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>expected {value}</source>
      <translation>ожидается {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>found invalid character {value}</source>
      <translation>обнаружен недопустимый символ {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>illegal character {value}</source>
      <translation>недопустимый символ {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="92" />
      <source>in {owner}</source>
      <translation>в {owner}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="78" />
      <source>invalid date or datetime</source>
      <translation>недопустимая дата или дата и время</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="74" />
      <source>invalid hex value</source>
      <translation>недопустимое шестнадцатеричное значение</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="70" />
      <source>invalid initial character for a key part</source>
      <translation>недопустимый первый символ ключа</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="62" />
      <source>invalid statement</source>
      <translation>недопустимая инструкция</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="79" />
      <source>invalid value</source>
      <translation>недопустимое значение</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="140" />
      <source>is UTF-16 text, not UTF-8: save it as UTF-8</source>
      <translation>текст в UTF-16, а не в UTF-8: сохраните его в UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="178" />
      <source>is empty</source>
      <translation>пусто</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="264" />
      <source>is not a programme</source>
      <translation>не является программой</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="278" />
      <source>is too large for a programme (more than {size} MB)</source>
      <translation>слишком велик для программы (более {size} МБ)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="200" />
      <source>limit '{key}' of {owner}: {reason}</source>
      <translation>регламент '{key}' в {owner}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>marked absent</source>
      <translation>отмечен как отсутствующий</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="201" />
      <source>merge them into one</source>
      <translation>объедините их в одну</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="151" />
      <source>must be a date ({form}), not {found}</source>
      <translation>должно быть датой ({form}), а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="118" />
      <source>must be a list of names in quotes, e.g. ["UNODC"], not {found}</source>
      <translation>должно быть списком названий в кавычках, например ["UNODC"], а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="219" />
      <source>must be a speaking time ({form}), not {found}</source>
      <translation>должно быть временем выступления ({form}), а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="170" />
      <source>must be a time in quotes ({form}), not {found}</source>
      <translation>должно быть временем в кавычках ({form}), а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="301" />
      <source>must be a time-zone name in quotes; {example}; not {found}</source>
      <translation>должно быть названием часового пояса в кавычках; {example}; а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="262" />
      <source>must be one of {allowed} (in quotes), not {found}</source>
      <translation>должно быть одним из: {allowed} (в кавычках), а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="171" />
      <source>must be text in double quotes, not {found}</source>
      <translation>должно быть текстом в двойных кавычках, а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="125" />
      <source>must be text in quotes such as "panel-1", not {found}</source>
      <translation>должно быть текстом в кавычках, например "panel-1", а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="146" />
      <source>not UTF-8 text: byte {byte} at column {column} is not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8</source>
      <translation>не текст UTF-8: байт {byte} в столбце {column} — не UTF-8 (файл может быть в Latin-1 или Windows-1252); сохраните его в UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="228" />
      <source>not valid TOML here: brackets nested far too deeply</source>
      <translation>здесь недопустимый TOML: скобки вложены слишком глубоко</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="217" />
      <source>not valid TOML: {reason}{where}{hint}</source>
      <translation>недопустимый TOML: {reason}{where}{hint}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>number {n} on the list</source>
      <translation>номер {n} в списке</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="107" />
      <source>panellist {n} of {segment}</source>
      <translation>участник дискуссии {n} в {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="115" />
      <source>participant id "{id}" is used twice</source>
      <translation>идентификатор участника "{id}" используется дважды</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="61" />
      <source>participant {id}</source>
      <translation>участник {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="156" />
      <source>segment id "{id}" is used twice{where}</source>
      <translation>идентификатор части "{id}" используется дважды{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="60" />
      <source>segment {id}</source>
      <translation>часть {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="57" />
      <source>text</source>
      <translation>текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="65" />
      <source>the chair of the meeting</source>
      <translation>председатель заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="82" />
      <source>the chair of {segment}</source>
      <translation>председатель в {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="70" />
      <source>the id "{id}" is given to {first}{where} and to {second}; give each person their own id</source>
      <translation>идентификатор "{id}" присвоен и {first}{where}, и {second}; дайте каждому человеку свой идентификатор</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="187" />
      <source>the limits of {owner} must be a table, not {found}</source>
      <translation>регламент в {owner} должен быть таблицей, а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="70" />
      <source>the meeting</source>
      <translation>заседание</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="83" />
      <source>the moderator of {segment}</source>
      <translation>модератор в {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="88" />
      <source>the names of {owner}</source>
      <translation>названия: {owner}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="30" />
      <source>the programme</source>
      <translation>программа</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="74" />
      <source>the programme has no segments: add a [[segments]] table for each part of the meeting</source>
      <translation>в программе нет частей: добавьте таблицу [[segments]] для каждой части заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="148" />
      <source>the programme needs at least one segment ([[segments]])</source>
      <translation>в программе должна быть хотя бы одна часть ([[segments]])</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="202" />
      <source>the table [{name}] is declared twice; {fix}</source>
      <translation>таблица [{name}] объявлена дважды; {fix}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="154" />
      <source>the year {year} is surely a typo; {form}</source>
      <translation>год {year} — наверняка опечатка; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="128" />
      <source>theme id "{id}" is used twice in {segment}{where}</source>
      <translation>идентификатор темы "{id}" используется дважды в {segment}{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="123" />
      <source>theme {n} of {segment}</source>
      <translation>тема {n} в {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="53" />
      <source>true/false</source>
      <translation>true/false (истина/ложь)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="71" />
      <source>unclosed array</source>
      <translation>список '[' не закрыт</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="72" />
      <source>unclosed inline table</source>
      <translation>встроенная таблица '{{' не закрыта</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="73" />
      <source>unescaped '\' in a string</source>
      <translation>неэкранированный '\' в строке</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="101" />
      <source>unknown key '{key}' {place}: '{key}' belongs to a segment, under a [[segments]] header</source>
      <translation>неизвестный ключ '{key}' {place}: '{key}' относится к части и пишется под заголовком [[segments]]</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="113" />
      <source>unknown key '{key}' {place}: write the language code in lower case, '{fixed}'</source>
      <translation>неизвестный ключ '{key}' {place}: пишите код языка строчными буквами: '{fixed}'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="105" />
      <source>unknown key '{key}' {place}{near}</source>
      <translation>неизвестный ключ '{key}' {place}{near}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="118" />
      <source>unknown key '{key}' {place}{near}: '{lang}' is not one of the six languages; a translation of '{base}' is written {forms} or {last}</source>
      <translation>неизвестный ключ '{key}' {place}{near}: '{lang}' не входит в шесть языков; перевод '{base}' пишется как {forms} или {last}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="287" />
      <source>unknown language {value}{near}; the languages are: {allowed}</source>
      <translation>неизвестный язык {value}{near}; языки: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="192" />
      <source>unknown limit '{key}' of {owner}{near}; the limits are: {allowed}</source>
      <translation>неизвестный регламент '{key}' в {owner}{near}; регламенты: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="274" />
      <source>unknown segment kind {value}{near}; the kinds are: {allowed}</source>
      <translation>неизвестный вид части {value}{near}; виды: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="280" />
      <source>unknown speaker category {value}{near}; the categories are: {allowed}</source>
      <translation>неизвестная категория оратора {value}{near}; категории: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="77" />
      <source>unterminated string</source>
      <translation>незакрытая строка</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="299" />
      <source>use an IANA name such as "America/New_York" or "Europe/Geneva"</source>
      <translation>используйте название IANA, например "America/New_York" или "Europe/Geneva"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="39" />
      <source>write "M:SS" (e.g. "3:00" for 3 minutes) or whole seconds (e.g. 180)</source>
      <translation>пишите "M:SS" (например, "3:00" — 3 минуты) или целое число секунд (например, 180)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="38" />
      <source>write HH:MM on the 24-hour clock, e.g. "10:00" or "17:45"</source>
      <translation>пишите HH:MM в 24-часовом формате, например "10:00" или "17:45"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="40" />
      <source>write YYYY-MM-DD, e.g. 2012-04-03</source>
      <translation>пишите ГГГГ-ММ-ДД, например 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="105" />
      <source>write [[participants]] (two brackets) before each participant, not {found}</source>
      <translation>пишите [[participants]] (две скобки) перед каждым участником, а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="140" />
      <source>write [[segments]] (two brackets) before each segment; [segments] makes a single table</source>
      <translation>пишите [[segments]] (две скобки) перед каждой частью; [segments] создаёт одну таблицу</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="199" />
      <source>write [[{name}]] (two brackets) before each one</source>
      <translation>пишите [[{name}]] (две скобки) перед каждой</translation>
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
      <translation>{key} должно быть целым числом секунд от 0 до 3600.</translation>
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
        <numerusform>{names} и ещё {n}</numerusform>
        <numerusform>{names} и ещё {n}</numerusform>
        <numerusform>{names} и ещё {n}</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="91" />
      <source>{names} or {last}</source>
      <translation>{names} или {last}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/commands.py" line="70" />
      <source>{name} has already had {n} rights of reply in this segment.</source>
      <translation>
        <numerusform>{name}: право на ответ в этой части уже использовано {n} раз.</numerusform>
        <numerusform>{name}: право на ответ в этой части уже использовано {n} раза.</numerusform>
        <numerusform>{name}: право на ответ в этой части уже использовано {n} раз.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="66" />
      <source>{name} is already inscribed for {kind} ({where}).</source>
      <translation>{name} уже записан(а): {kind} ({where}).</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="123" />
      <source>{name} is already marked absent.</source>
      <translation>{name} уже отмечен(а) как отсутствующий.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="226" />
      <source>{name} is marked absent: recall them first.</source>
      <translation>{name} отмечен(а) как отсутствующий: сначала верните в список.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="39" />
      <source>{name} is no longer on the list.</source>
      <translation>{name} больше нет в списке.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="133" />
      <source>{name} is not marked absent.</source>
      <translation>{name} не отмечен(а) как отсутствующий.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="142" />
      <source>{owner} has '{key}' but no '{base}': write {base} = "…" in the programme's language ({language}) too</source>
      <translation>в {owner} есть '{key}', но нет '{base}': напишите также {base} = "…" на языке программы ({language})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="155" />
      <location filename="../../floorapp/core/programme/people.py" line="85" />
      <source>{owner} has no '{key}' (e.g. {example})</source>
      <translation>в {owner} нет '{key}' (например, {example})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="41" />
      <source>{owner} must be a name in quotes or a table with a name, not {found}</source>
      <translation>{owner} должно быть именем в кавычках или таблицей с именем, а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="88" />
      <source>{owner} must be a table, not {found}</source>
      <translation>{owner} должно быть таблицей, а не: {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="95" />
      <source>{owner} needs a name in English (en = "…")</source>
      <translation>{owner}: нужно название на английском (en = "…")</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="56" />
      <source>{owner} needs an id (letters, digits, '-'), e.g. id = "pga"</source>
      <translation>{owner}: нужен идентификатор (буквы, цифры, '-'), например id = "pga"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="77" />
      <source>{segment} ends at {end}, which is not after its start at {start}</source>
      <translation>{segment} заканчивается в {end}, не позже своего начала в {start}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="171" />
      <source>{segment} is listed after {other} but starts before it; list the segments in time order</source>
      <translation>{segment} указана после {other}, но начинается раньше; расположите части по времени</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="177" />
      <source>{segment} overlaps {other}</source>
      <translation>{segment} пересекается с {other}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="68" />
      <source>{type}</source>
      <translation>{type}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="60" />
      <source>{unknown} Did you mean {names}?</source>
      <translation>{unknown} Может быть, {names}?</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="139" />
      <source>{value} has a time of day; write only the date, e.g. 2012-04-03</source>
      <translation>{value} содержит время суток; напишите только дату, например 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="166" />
      <location filename="../../floorapp/core/programme/values.py" line="181" />
      <source>{value} has seconds; times are to the minute: {form}</source>
      <translation>{value} содержит секунды; время указывается с точностью до минуты: {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="162" />
      <source>{value} is a date and time; write only the time, {form}</source>
      <translation>{value} — это дата и время; напишите только время, {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="211" />
      <source>{value} is more than 2 hours ({max} s): surely a mistake; {form}</source>
      <translation>{value} больше 2 часов ({max} с): наверняка ошибка; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="143" />
      <source>{value} is not a date; {form}</source>
      <translation>{value} не является датой; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="311" />
      <source>{value} is not a known time zone{near}; {example}</source>
      <translation>{value} — неизвестный часовой пояс{near}; {example}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="148" />
      <source>{value} is not a real date (check the month and day); {form}</source>
      <translation>{value} — несуществующая дата (проверьте месяц и день); {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="241" />
      <source>{value} is not a speaking time; {form}</source>
      <translation>{value} не является временем выступления; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="177" />
      <source>{value} is not a time of day on the 24-hour clock: hours go from 00 to 23 and minutes from 00 to 59 (a segment cannot run past midnight)</source>
      <translation>{value} — не время суток в 24-часовом формате: часы от 00 до 23, минуты от 00 до 59 (часть не может продолжаться после полуночи)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="189" />
      <source>{value} is not a time; {form}</source>
      <translation>{value} не является временем; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="128" />
      <source>{value} is not a usable id: ids have letters, digits, '-' and '_' only (at most 64), e.g. "panel-1"</source>
      <translation>{value} — непригодный идентификатор: в идентификаторах только буквы, цифры, '-' и '_' (не более 64), например "panel-1"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="222" />
      <source>{value} is not whole seconds; {form}</source>
      <translation>{value} — не целое число секунд; {form}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/values.py" line="205" />
      <source>{value} is only {n} seconds, too short to speak (numbers are seconds): did you mean "{n}:00" ({n} minutes)?</source>
      <translation>
        <numerusform>{value} — всего {n} секунда, слишком мало для выступления (числа — это секунды): может быть, "{n}:00" ({n} минута)?</numerusform>
        <numerusform>{value} — всего {n} секунды, слишком мало для выступления (числа — это секунды): может быть, "{n}:00" ({n} минуты)?</numerusform>
        <numerusform>{value} — всего {n} секунд, слишком мало для выступления (числа — это секунды): может быть, "{n}:00" ({n} минут)?</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="202" />
      <source>{value} must be more than zero; {form}</source>
      <translation>{value} должно быть больше нуля; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="231" />
      <source>{value}: seconds are written with two digits from 00 to 59; {form}</source>
      <translation>{value}: секунды пишутся двумя цифрами от 00 до 59; {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="187" />
      <source>{value}: use the 24-hour clock, HH:MM; here "{time}"</source>
      <translation>{value}: используйте 24-часовой формат HH:MM; здесь "{time}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="238" />
      <source>{value}: write "{mmss}" (minutes:seconds) or {seconds} (seconds)</source>
      <translation>{value}: напишите "{mmss}" (минуты:секунды) или {seconds} (секунды)</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="235" />
      <source>{where} holds no meeting: its creation was interrupted. It was left untouched; create the meeting again.</source>
      <translation>{where} не содержит заседания: его создание было прервано. Файл не изменён; создайте заседание заново.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="224" />
      <source>{where} is a database, but not a Floor meeting. It was left untouched.</source>
      <translation>{where} — база данных, но не заседание Floor. Она не изменена.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="34" />
      <source>{where} is a folder, not a meeting database.</source>
      <translation>{where} — папка, а не база данных заседания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="36" />
      <source>{where} is an empty file, not a meeting database.</source>
      <translation>{where} — пустой файл, а не база данных заседания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="40" />
      <source>{where} is not a Floor meeting database (not an SQLite file). It was left untouched.</source>
      <translation>{where} — не база данных заседания Floor (не файл SQLite). Файл не изменён.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="37" />
      <source>“{title}” is already open.</source>
      <translation>«{title}» уже открыт.</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="252" />
      <source>(struck) {text}</source>
      <translation>(вычеркнуто) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="92" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Add note</source>
      <translation>Добавить заметку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="84" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>Основная мысль выступления (Ctrl+Enter — добавить)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="98" />
      <source>New note</source>
      <translation>Новая заметка</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="235" />
      <source>Notes on {name}</source>
      <translation>Заметки: {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Restore</source>
      <translation>Восстановить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Save correction</source>
      <translation>Сохранить исправление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="228" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>Выберите выступление в журнале, чтобы делать заметки.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="95" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Strike</source>
      <translation>Вычеркнуть</translation>
    </message>
  </context>
  <context>
    <name>PhaseStyle</name>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="31" />
      <source>Floor is free</source>
      <translation>Никто не выступает</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="39" />
      <source>Over time</source>
      <translation>Время превышено</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="34" />
      <source>PAUSED</source>
      <translation>ПАУЗА</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="36" />
      <source>Speaking</source>
      <translation>Выступает</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="38" />
      <source>TIME IS UP</source>
      <translation>ВРЕМЯ ИСТЕКЛО</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="37" />
      <source>Time almost up</source>
      <translation>Время почти истекло</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="88" />
      <source>&amp;Copy</source>
      <translation>&amp;Копировать</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="81" />
      <source>&amp;Quit</source>
      <translation>&amp;Выйти</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="47" />
      <source>No details are known.</source>
      <translation>Подробности неизвестны.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="61" />
      <source>Nothing was changed. The problem:</source>
      <translation>Ничего не изменено. Ошибка:</translation>
    </message>
    <message>
      <source>Nothing was changed. The {count} problems:</source>
      <translation type="vanished">Ничего не изменено. Ошибки ({count}):</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/problems.py" line="62" />
      <source>Nothing was changed. The {n} problems:</source>
      <translation>
        <numerusform>Ничего не изменено. {n} ошибка:</numerusform>
        <numerusform>Ничего не изменено. {n} ошибки:</numerusform>
        <numerusform>Ничего не изменено. {n} ошибок:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Programme</name>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="59" />
      <source>Chair:</source>
      <translation>Председатель:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="61" />
      <source>Moderator:</source>
      <translation>Модератор:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="55" />
      <source>Not open. Enter opens it.</source>
      <translation>Не открыта. Enter — открыть.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_model.py" line="104" />
      <source>Open now</source>
      <translation>Открыта сейчас</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="64" />
      <source>Panellists:</source>
      <translation>Участники дискуссии:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="162" />
      <source>Select a segment to see its panel and themes.</source>
      <translation>Выберите часть, чтобы увидеть участников дискуссии и темы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="67" />
      <source>Themes:</source>
      <translation>Темы:</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeEditor</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="54" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="53" />
      <source>&amp;Add</source>
      <translation>&amp;Добавить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="84" />
      <source>&amp;Browse…</source>
      <translation>&amp;Обзор…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="168" />
      <source>&amp;Chair:</source>
      <translation>&amp;Председатель:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="166" />
      <source>&amp;Date:</source>
      <translation>&amp;Дата:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="170" />
      <source>&amp;Description:</source>
      <translation>&amp;Описание:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="169" />
      <source>&amp;Ends at:</source>
      <translation>&amp;Окончание:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="165" />
      <source>&amp;Id:</source>
      <translation>&amp;Идентификатор:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="166" />
      <source>&amp;Kind:</source>
      <translation>&amp;Вид:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="138" />
      <source>&amp;Limits</source>
      <translation>&amp;Регламент</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="70" />
      <source>&amp;Meeting</source>
      <translation>&amp;Заседание</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="208" />
      <source>&amp;Moderator:</source>
      <translation>&amp;Модератор:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="130" />
      <source>&amp;People</source>
      <translation>&amp;Участники</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="55" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="54" />
      <source>&amp;Remove</source>
      <translation>&amp;Удалить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="129" />
      <source>&amp;Segment</source>
      <translation>&amp;Часть</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="132" />
      <source>&amp;Themes</source>
      <translation>&amp;Темы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="165" />
      <source>&amp;Title:</source>
      <translation>&amp;Название:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="167" />
      <source>&amp;Venue:</source>
      <translation>&amp;Место:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="60" />
      <source>A panellist of {segment} has a role but no name.</source>
      <translation>У участника дискуссии в {segment} указана должность, но нет имени.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="53" />
      <source>A theme of {segment} has an id but no title.</source>
      <translation>У темы в {segment} есть идентификатор, но нет названия.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="79" />
      <source>Also &amp;save to a programme file:</source>
      <translation>Также &amp;сохранить в файл программы:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="44" />
      <source>Break</source>
      <translation>Перерыв</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="207" />
      <source>C&amp;hair:</source>
      <translation>П&amp;редседатель:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="38" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="35" />
      <source>Civil society</source>
      <translation>Гражданское общество</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="43" />
      <source>Closing</source>
      <translation>Закрытие</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="67" />
      <source>Edit the programme</source>
      <translation>Изменить программу</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="145" />
      <source>Empty fields and grey text show the original, which is used until a translation is written.</source>
      <translation>Пустые поля и серый текст показывают оригинал; он используется, пока не написан перевод.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Id</source>
      <translation>Идентификатор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="42" />
      <source>Interactive dialogue</source>
      <translation>Интерактивный диалог</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="31" />
      <source>Member States</source>
      <translation>Государства-члены</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="37" />
      <source>Moderator</source>
      <translation>Модератор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="57" />
      <source>Move &amp;down</source>
      <translation>&amp;Вниз</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="56" />
      <source>Move &amp;up</source>
      <translation>В&amp;верх</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move down</source>
      <translation>Вниз</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move up</source>
      <translation>Вверх</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="74" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="100" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="128" />
      <source>Not translated yet: the original is shown</source>
      <translation>Ещё не переведено: показан оригинал</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="32" />
      <source>Observer States</source>
      <translation>Государства-наблюдатели</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="33" />
      <source>Observers</source>
      <translation>Наблюдатели</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="40" />
      <source>Opening</source>
      <translation>Открытие</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="45" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="39" />
      <source>Other participants</source>
      <translation>Другие участники</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="41" />
      <source>Panel discussion</source>
      <translation>Дискуссионная группа</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Panellist</source>
      <translation>Участник дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="36" />
      <source>Panellists</source>
      <translation>Участники дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="42" />
      <source>Points of order</source>
      <translation>Выступления по порядку ведения заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="239" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>Программы (*.toml);;Все файлы (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="41" />
      <source>Questions to the panel</source>
      <translation>Вопросы участникам дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="43" />
      <source>Right of reply (first)</source>
      <translation>Право на ответ (первое)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="44" />
      <source>Right of reply (second)</source>
      <translation>Право на ответ (второе)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Role</source>
      <translation>Должность</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="77" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="102" />
      <source>Role, e.g. Executive Director, UNODC</source>
      <translation>Должность, например Директор-исполнитель ЮНОДК</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="168" />
      <source>S&amp;tarts at:</source>
      <translation>&amp;Начало:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="238" />
      <source>Save the programme</source>
      <translation>Сохранить программу</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="73" />
      <source>Se&amp;gments</source>
      <translation>&amp;Части</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="46" />
      <source>Segment {n} needs a title.</source>
      <translation>Части {n} нужно название.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="171" />
      <source>Show the &amp;ids used in the programme file</source>
      <translation>Показать &amp;идентификаторы из файла программы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="169" />
      <source>Speaking &amp;limits:</source>
      <translation>&amp;Регламент выступлений:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="40" />
      <source>Statements on behalf of a group</source>
      <translation>Заявления от имени группы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="167" />
      <source>T&amp;itle:</source>
      <translation>&amp;Название:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="125" />
      <source>Te&amp;xts in:</source>
      <translation>&amp;Тексты на языке:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="43" />
      <source>The id “{id}” of {segment} may only have letters, digits, - and _.</source>
      <translation>Идентификатор «{id}» в {segment} может содержать только буквы, цифры, - и _.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="90" />
      <source>The limit for {key} must be more than zero.</source>
      <translation>Регламент для «{key}» должен быть больше нуля.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="73" />
      <source>The meeting needs a title.</source>
      <translation>У заседания должно быть название.</translation>
    </message>
    <message>
      <source>The meeting uses the new programme, but {path} could not be written: {reason}</source>
      <translation type="vanished">Заседание использует новую программу, но записать {path} не удалось: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="281" />
      <source>The meeting uses the new programme, but {path} could not be written: {reason}. Choose another file, or clear “Also save”.</source>
      <translation>Заседание использует новую программу, но записать {path} не удалось: {reason}. Выберите другой файл или снимите «Также сохранить».</translation>
    </message>
    <message>
      <source>The programme file was not saved</source>
      <translation type="vanished">Файл программы не сохранён</translation>
    </message>
    <message>
      <source>The programme itself was changed.</source>
      <translation type="vanished">Сама программа изменена.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="75" />
      <source>The programme needs at least one segment.</source>
      <translation>В программе должна быть хотя бы одна часть.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="264" />
      <source>The programme was not replaced.</source>
      <translation>Программа не заменена.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="104" />
      <source>The segment “{title}” (id {id}) cannot be removed or renamed: its list of speakers has already been opened.</source>
      <translation>Часть «{title}» (идентификатор {id}) нельзя удалить или переименовать: её список ораторов уже открыт.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="114" />
      <source>The theme “{id}” of “{segment}” cannot be removed: notes are tagged with it.</source>
      <translation>Тему «{id}» части «{segment}» нельзя удалить: ею помечены заметки.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Theme</source>
      <translation>Тема</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="80" />
      <source>Two segments have the id “{id}”; each needs its own.</source>
      <translation>У двух частей идентификатор «{id}»; каждой нужен свой.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="55" />
      <source>Two themes of {segment} have the id “{id}”.</source>
      <translation>У двух тем в {segment} идентификатор «{id}».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="34" />
      <source>UN system</source>
      <translation>Система ООН</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="148" />
      <source>a short name, e.g. panel-1</source>
      <translation>краткое имя, например panel-1</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="100" />
      <source>as the meeting ({time})</source>
      <translation>как для заседания ({time})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="190" />
      <source>default ({time})</source>
      <translation>по умолчанию ({time})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="29" />
      <source>segment {n}</source>
      <translation>часть {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="120" />
      <source>{language} (original)</source>
      <translation>{language} (оригинал)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="148" />
      <source>{n} texts are not translated yet.</source>
      <translation>
        <numerusform>Ещё не переведён {n} текст.</numerusform>
        <numerusform>Ещё не переведены {n} текста.</numerusform>
        <numerusform>Ещё не переведено {n} текстов.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="48" />
      <source>{segment} ends at {end}, which is not after its start at {start}.</source>
      <translation>{segment} заканчивается в {end}, не позже своего начала в {start}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="40" />
      <source>{segment} needs an id (a short name such as panel-1).</source>
      <translation>{segment}: нужен идентификатор (краткое имя, например panel-1).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="84" />
      <source>{segment} starts at {start}, before {previous} ends at {end}.</source>
      <translation>{segment} начинается в {start}, до окончания {previous} в {end}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="222" />
      <source>… and {n} more.</source>
      <translation>
        <numerusform>… и ещё {n}.</numerusform>
        <numerusform>… и ещё {n}.</numerusform>
        <numerusform>… и ещё {n}.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTexts</name>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Arabic</source>
      <translation>арабский</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Chinese</source>
      <translation>китайский</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>English</source>
      <translation>английский</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>French</source>
      <translation>французский</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="44" />
      <source>Not translated into {wanted}: shown in {original}.</source>
      <translation>Не переведено на {wanted} язык: показано на языке «{original}».</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Russian</source>
      <translation>русский</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Spanish</source>
      <translation>испанский</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="22" />
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="20" />
      <source>&amp;Look in:</source>
      <translation>&amp;Папка:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>&amp;Тип файлов:</translation>
    </message>
  </context>
  <context>
    <name>QFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="23" />
      <source>Folder</source>
      <translation>Папка</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="24" />
      <source>Name</source>
      <translation>Имя</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="27" />
      <source>Apply</source>
      <translation>Применить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="26" />
      <source>Cancel</source>
      <translation>Отмена</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="28" />
      <source>Close</source>
      <translation>Закрыть</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="25" />
      <source>OK</source>
      <translation>OK</translation>
    </message>
  </context>
  <context>
    <name>Record</name>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="60" />
      <source>&amp;Amount:</source>
      <translation>&amp;Сумма:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="65" />
      <source>&amp;Currency (ISO code):</source>
      <translation>&amp;Валюта (код ISO):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="76" />
      <source>&amp;Delivered by:</source>
      <translation>&amp;Зачитал(а):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="81" />
      <source>&amp;Ended at:</source>
      <translation>&amp;Окончание:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="73" />
      <location filename="../../floorapp/gui/console/correction.py" line="68" />
      <source>&amp;Kind:</source>
      <translation>&amp;Вид:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="62" />
      <source>&amp;Speaker:</source>
      <translation>&amp;Оратор:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="53" />
      <source>&amp;What was announced:</source>
      <translation>&amp;Что объявлено:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="37" />
      <source>(struck) {text}</source>
      <translation>(вычеркнуто) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="71" />
      <source>A personal gift is listed apart from the States' pledges and left out of their total</source>
      <translation>Личный взнос указывается отдельно от взносов государств и не входит в их общую сумму</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="107" />
      <source>An announcement or a pledge, with its amount</source>
      <translation>Объявление или объявленный взнос с указанием суммы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="47" />
      <source>Announcement</source>
      <translation>Объявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="105" />
      <source>Announcement…</source>
      <translation>Объявление…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="80" />
      <source>Another language</source>
      <translation>Другой язык</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="46" />
      <source>Correct the intervention</source>
      <translation>Исправить выступление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="114" />
      <source>Correct the speaker, kind, on behalf of, delivered by or times</source>
      <translation>Исправить оратора, вид, «от имени», «зачитал(а)» или время</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="112" />
      <source>Correct…</source>
      <translation>Исправить…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="59" />
      <source>Deputy Permanent Representative</source>
      <translation>Заместитель постоянного представителя</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="55" />
      <source>Deputy Prime Minister</source>
      <translation>Заместитель премьер-министра</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="53" />
      <source>Head of Government</source>
      <translation>Глава правительства</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="52" />
      <source>Head of State</source>
      <translation>Глава государства</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="77" />
      <source>Language: not recorded</source>
      <translation>Язык: не указан</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="96" />
      <source>Level of representation of whoever spoke for the delegation (the Summary counts ministers and above)</source>
      <translation>Уровень представительства выступавшего от имени делегации (в резюме учитываются министры и выше)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="93" />
      <source>Level: not recorded</source>
      <translation>Уровень: не указан</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="56" />
      <source>Minister</source>
      <translation>Министр</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="72" />
      <source>On &amp;behalf of:</source>
      <translation>От &amp;имени:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="60" />
      <source>Other level</source>
      <translation>Другой уровень</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="58" />
      <source>Permanent Representative</source>
      <translation>Постоянный представитель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="69" />
      <source>Personal gift (such as the President's own donation)</source>
      <translation>Личный взнос (например, личное пожертвование Председателя)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="68" />
      <source>Pledge (or an announcement, without an amount)</source>
      <translation>Объявленный взнос (или объявление без суммы)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="189" />
      <source>Restore announcement</source>
      <translation>Восстановить объявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="78" />
      <source>S&amp;tarted at:</source>
      <translation>&amp;Начало:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="109" />
      <location filename="../../floorapp/gui/console/record_panel.py" line="190" />
      <source>Strike announcement</source>
      <translation>Вычеркнуть объявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="162" />
      <source>The correction was not recorded.</source>
      <translation>Исправление не записано.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="85" />
      <source>The delegation handed in a written statement</source>
      <translation>Делегация представила письменное заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="81" />
      <source>The language the statement was delivered in</source>
      <translation>Язык, на котором было сделано заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="52" />
      <source>The original stays in the journal; the log and the exports show the correction.</source>
      <translation>Оригинал остаётся в журнале событий; журнал и экспорт показывают исправление.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="60" />
      <source>Type a name as in the add field: any of the six languages or a short form.</source>
      <translation>Наберите название, как в поле добавления: на любом из шести языков или в краткой форме.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="57" />
      <source>Vice-Minister</source>
      <translation>Заместитель министра</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="54" />
      <source>Vice-President</source>
      <translation>Вице-президент</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="88" />
      <source>Video message</source>
      <translation>Видеообращение</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="83" />
      <source>Written statement</source>
      <translation>Письменное заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="51" />
      <source>e.g. Pledge to the UN Voluntary Trust Fund</source>
      <translation>например, взнос в Целевой фонд добровольных взносов ООН</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="59" />
      <source>no amount</source>
      <translation>без суммы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="75" />
      <source>the speaker themself</source>
      <translation>сам оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="35" />
      <source>{text} (personal gift)</source>
      <translation>{text} (личный взнос)</translation>
    </message>
  </context>
  <context>
    <name>SegmentClock</name>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="107" />
      <source>No segment is open.</source>
      <translation>Ни одна часть не открыта.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="115" />
      <source>Now {now} · scheduled end {end} · {n} waiting, {need} needed</source>
      <translation>Сейчас {now} · окончание {end} · ожидают {n}, нужно {need}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="108" />
      <source>Open one from the programme (Ctrl+1, then Enter).</source>
      <translation>Откройте её в программе (Ctrl+1, затем Enter).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="46" />
      <source>The list ends at {end}, {m} min before the scheduled end.</source>
      <translation>Список закончится в {end}, за {m} мин до запланированного окончания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="50" />
      <source>The list ends at {end}: {m} min over; {advice}.</source>
      <translation>Список закончится в {end}: превышение {m} мин; {advice}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="41" />
      <source>The list is empty; the segment is {m} min over its scheduled end.</source>
      <translation>Список пуст; часть превысила запланированное время на {m} мин.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="40" />
      <source>The list is empty; {m} min left until the scheduled end.</source>
      <translation>Список пуст; до запланированного окончания {m} мин.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="48" />
      <source>consider shortening the limit</source>
      <translation>рассмотрите сокращение регламента</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="49" />
      <source>consider shortening the limit or closing the list</source>
      <translation>рассмотрите сокращение регламента или закрытие списка</translation>
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
      <translation>Звуковой файл (WAV, MP3, OGG или FLAC), воспроизводимый вместо встроенного звука; пусто — встроенный звук.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>Audio output for cues</source>
      <translation>Аудиовыход для сигналов</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Console language</source>
      <translation>Язык консоли</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Console layout</source>
      <translation>Расположение панелей консоли</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Cue volume</source>
      <translation>Громкость сигналов</translation>
    </message>
    <message>
      <source>Display language</source>
      <translation type="vanished">Язык интерфейса</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Export folders</source>
      <translation>Папки экспорта</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Font scale</source>
      <translation>Масштаб шрифта</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>High contrast</source>
      <translation>Высокая контрастность</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Index of the screen for the speaker display; -1 picks the second screen if there is one.</source>
      <translation>Номер экрана для экрана ораторов; -1 — второй экран, если он есть.</translation>
    </message>
    <message>
      <source>Language of the app and of the names it shows: ar, zh, en, fr, ru or es.</source>
      <translation type="vanished">Язык приложения и показываемых названий: ar, zh, en, fr, ru или es.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Language of the console: its menus, dialogs and messages, the names and the programme it shows, dates and numbers.</source>
      <translation>Язык консоли: её меню, диалоги и сообщения, показываемые названия и программа, даты и числа.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Language of the speaker display for the room (names, words and the programme); empty: the console's language.</source>
      <translation>Язык экрана ораторов для зала (названия, слова и программа); пусто — язык консоли.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Loudness of the sound cues, from 0 (silent) to 1 (full).</source>
      <translation>Громкость звуковых сигналов от 0 (без звука) до 1 (максимум).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Meeting databases opened lately, newest first.</source>
      <translation>Недавно открытые базы данных заседаний, сначала самые новые.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Mute sound cues</source>
      <translation>Отключить звуковые сигналы</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>Order of the list</source>
      <translation>Порядок списка</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Overrun reminder</source>
      <translation>Напоминание о превышении</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>Overrun reminder interval</source>
      <translation>Интервал напоминания о превышении</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="59" />
      <source>Overrun reminder sound</source>
      <translation>Звук напоминания о превышении</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Play a cue when a point of order takes the floor.</source>
      <translation>Подавать сигнал, когда слово берут по порядку ведения заседания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Play a cue when the speaker's time is up.</source>
      <translation>Подавать сигнал, когда время оратора истекло.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Play a cue when the warning time is reached.</source>
      <translation>Подавать сигнал, когда наступает время предупреждения.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Play a reminder at every reminder interval while a speaker is over time.</source>
      <translation>Подавать напоминание через каждый интервал, пока оратор превышает время.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Point-of-order cue</source>
      <translation>Сигнал выступления по порядку ведения заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="63" />
      <source>Point-of-order sound</source>
      <translation>Звук выступления по порядку ведения заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>Programme files</source>
      <translation>Файлы программ</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>Pure black, white, yellow and red for the countdown states.</source>
      <translation>Чистые чёрный, белый, жёлтый и красный цвета для состояний таймера.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Recent meetings</source>
      <translation>Недавние заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Scales the text of the console (1.0 is the system size).</source>
      <translation>Масштаб текста консоли (1.0 — системный размер).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="134" />
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit (0: no limit, the default for the chair, moderators and panellists).</source>
      <translation>Секунды, отводимые ораторам этого вида на новых заседаниях, если программа не устанавливает свой регламент (0 — без ограничения; так по умолчанию для председателя, модераторов и участников дискуссии).</translation>
    </message>
    <message>
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit.</source>
      <translation type="vanished">Секунды, отводимые ораторам этого вида на новых заседаниях, если программа не устанавливает свой регламент.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Silence every sound cue; the countdown colours still change.</source>
      <translation>Отключает все звуковые сигналы; цвета таймера по-прежнему меняются.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Speaker display language</source>
      <translation>Язык экрана ораторов</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Speaker display screen</source>
      <translation>Экран для показа ораторов</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>The countdown turns to its warning state when this many seconds are left.</source>
      <translation>Таймер переходит в состояние предупреждения, когда остаётся столько секунд.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>The programme file each meeting was created from (the programme editor saves to it).</source>
      <translation>Файл программы, по которому создано каждое заседание (редактор программы сохраняет в него).</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>The sound device the cues play on, by name or id; empty for the system's default output.</source>
      <translation>Звуковое устройство для сигналов (имя или идентификатор); пусто — системный выход по умолчанию.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Time-up cue</source>
      <translation>Сигнал окончания времени</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="55" />
      <source>Time-up sound</source>
      <translation>Звук окончания времени</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Warning cue</source>
      <translation>Сигнал предупреждения</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="51" />
      <source>Warning sound</source>
      <translation>Звук предупреждения</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>Warning time</source>
      <translation>Время предупреждения</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Where each meeting's exports were last saved.</source>
      <translation>Куда в последний раз сохранялся экспорт каждого заседания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Where the console's panels were left (kept by the app).</source>
      <translation>Где находились панели консоли (сохраняется приложением).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>While a speaker is over time, a reminder comes every this many seconds (0: none).</source>
      <translation>Пока оратор превышает время, напоминание подаётся каждые столько секунд (0 — без напоминаний).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>first_come: in the order the floor was asked; un_practice: groups of States first, then Member States, observers and others.</source>
      <translation>first_come — в порядке просьб о слове; un_practice — сначала группы государств, затем государства-члены, наблюдатели и другие.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source> s</source>
      <translation type="vanished"> с</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="221" />
      <source>&amp;Order of the list:</source>
      <translation>&amp;Порядок списка:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="229" />
      <source>&amp;Overrun reminder every (0: none):</source>
      <translation>&amp;Напоминание о превышении каждые (0 — нет):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="225" />
      <source>&amp;Warning when this much time is left:</source>
      <translation>&amp;Предупреждать, когда осталось:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="81" />
      <source>Automatic (second screen if any)</source>
      <translation>Автоматически (второй экран, если есть)</translation>
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
      <translation>Экран</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="60" />
      <source>First come, first served</source>
      <translation>В порядке поступления просьб</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="313" />
      <source>Language</source>
      <translation>Язык</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="300" />
      <source>Limit: {kind}</source>
      <translation>Регламент: {kind}</translation>
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
      <translation>Новые заседания</translation>
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
      <translation>Откройте часть, чтобы изменить её регламент.</translation>
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
      <translation>Как в консоли</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="88" />
      <source>Screen {n} (not connected now)</source>
      <translation>Экран {n} (сейчас не подключён)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="85" />
      <source>Screen {n}: {name} ({w}×{h})</source>
      <translation>Экран {n}: {name} ({w}×{h})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="289" />
      <source>Settings</source>
      <translation>Настройки</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="237" />
      <source>Speaking limits for the rest of the list of “{segment}”:</source>
      <translation>Регламент для остальной части списка «{segment}»:</translation>
    </message>
    <message>
      <source>Statements on behalf of a group</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="304" />
      <source>The console and the speaker display change language at once, each on its own: the room may read French while the officer works in English.</source>
      <translation>Консоль и экран ораторов меняют язык сразу, каждый отдельно: зал может читать по-французски, а сотрудник — работать по-английски.</translation>
    </message>
    <message>
      <source>The language of names and of the speaker display, the size of the text, and the screen the speaker display goes to.</source>
      <translation type="vanished">Язык названий и экрана ораторов, размер текста и экран, на который выводится показ ораторов.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="263" />
      <source>The meeting's rules were not changed.</source>
      <translation>Правила заседания не изменены.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="308" />
      <source>The size of the console's text, the countdown's colours, and the screen the speaker display goes to.</source>
      <translation>Размер текста консоли, цвета таймера и экран, на который выводится показ ораторов.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="311" />
      <source>This meeting</source>
      <translation>Это заседание</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="61" />
      <source>UN practice: groups, Member States, observers, others</source>
      <translation>Практика ООН: группы, государства-члены, наблюдатели, другие</translation>
    </message>
    <message>
      <source>UN system</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>What a new meeting starts with, where its programme does not say (limits in seconds).</source>
      <translation type="vanished">С чего начинается новое заседание, если его программа этого не определяет (регламент в секундах).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="298" />
      <source>What a new meeting starts with, where its programme does not say (times in minutes and seconds).</source>
      <translation>С чем начинается новое заседание, если его программа не указывает иное (время в минутах и секундах).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="245" />
      <source>no limit</source>
      <translation>без ограничения</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="268" />
      <source>{kind}: the limit was not changed.</source>
      <translation>{kind}: регламент не изменён.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="198" />
      <source>{title}: {value} is not allowed.</source>
      <translation>{title}: значение {value} недопустимо.</translation>
    </message>
  </context>
  <context>
    <name>Sharing</name>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="82" />
      <source>Address of the host:</source>
      <translation>Адрес хоста:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="155" />
      <source>Address: {where}</source>
      <translation>Адрес: {where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="88" />
      <source>Copy</source>
      <translation>Копировать</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="96" />
      <source>Join</source>
      <translation>Присоединиться</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="54" />
      <source>Join a meeting</source>
      <translation>Присоединиться к заседанию</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="83" />
      <source>Join code:</source>
      <translation>Код подключения:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="157" />
      <source>Joining …</source>
      <translation>Подключение…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="70" />
      <source>Look again</source>
      <translation>Искать снова</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="110" />
      <source>Looking for meetings nearby …</source>
      <translation>Поиск заседаний поблизости…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="127" />
      <source>Meetings cannot be found automatically on this network. Type the address the host shows.</source>
      <translation>В этой сети заседания нельзя найти автоматически. Введите адрес, который показывает хост.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="60" />
      <source>Meetings hosted nearby:</source>
      <translation>Заседания поблизости:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="131" />
      <source>No meeting was found nearby. Type the address the host shows.</source>
      <translation>Поблизости заседаний не найдено. Введите адрес, который показывает хост.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="98" />
      <source>On another machine: File &gt; Join a meeting, then the address and the code of that station's role (or: floorapp join ADDRESS CODE). The display's code can only read; the secretary's cannot give the floor until you hand it over (Floor menu).</source>
      <translation>На другом компьютере: Файл &gt; Присоединиться к заседанию, затем адрес и код роли этого рабочего места (или: floorapp join ADDRESS CODE). Код экрана даёт только чтение; код секретаря не позволяет предоставлять слово, пока вы не передадите ему управление (меню «Выступления»).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="51" />
      <source>Share this meeting</source>
      <translation>Открыть доступ к заседанию</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="153" />
      <source>Shared: “{title}”. This console now runs it as the officer.</source>
      <translation>Доступ открыт: «{title}». Эта консоль теперь ведёт заседание как сотрудник.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="173" />
      <source>Sharing stopped; the meeting is whole. Share it again to go on.</source>
      <translation>Доступ закрыт; заседание цело. Откройте доступ снова, чтобы продолжить.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="145" />
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="149" />
      <source>Starting the meeting's own database server …</source>
      <translation>Запуск сервера базы данных заседания…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="118" />
      <source>Stop sharing</source>
      <translation>Закрыть доступ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="181" />
      <source>Stopping …</source>
      <translation>Остановка…</translation>
    </message>
    <message>
      <source>That is not a join code: it looks like S-7KQ4-M2XD.</source>
      <translation type="vanished">Это не код подключения: он выглядит как S-7KQ4-M2XD.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="151" />
      <source>That is not a join code: it looks like S-7KR4-M2XD.</source>
      <translation>Это не код подключения: он выглядит так: S-7KR4-M2XD.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="85" />
      <source>The host's screen (File &gt; Share this meeting) shows the address and one code per role: O for the officer, S for the secretary, D for the display.</source>
      <translation>Экран хоста (Файл &gt; Открыть доступ к заседанию) показывает адрес и по коду на роль: O — сотрудник, S — секретарь, D — экран.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="176" />
      <source>The meeting could not be shared:</source>
      <translation>Не удалось открыть доступ к заседанию:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="105" />
      <source>The traffic between the stations is not encrypted: share only on a network you trust. Where that is not enough, ask IT for a PostgreSQL server with TLS and open the meeting with its URL (floorapp gui postgresql://…).</source>
      <translation>Обмен данными между рабочими местами не шифруется: открывайте доступ только в доверенной сети. Если этого недостаточно, попросите ИТ-службу о сервере PostgreSQL с TLS и откройте заседание по его URL (floorapp gui postgresql://…).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="127" />
      <source>This meeting is on a database server already: the other stations open it with its address (floorapp gui postgresql://…), with the logins IT gave each role.</source>
      <translation>Это заседание уже находится на сервере баз данных: другие рабочие места открывают его по адресу (floorapp gui postgresql://…) с учётными данными, выданными ИТ-службой каждой роли.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="154" />
      <source>Type the host's address as it shows it, e.g. 192.168.1.10:5433.</source>
      <translation>Введите адрес хоста так, как он его показывает, например 192.168.1.10:5433.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="110" />
      <source>Windows Firewall must let other machines in on the port shown above (an inbound rule for TCP).</source>
      <translation>Брандмауэр Windows должен пропускать другие компьютеры на указанный выше порт (входящее правило для TCP).</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="189" />
      <source>&amp;File</source>
      <translation>&amp;Файл</translation>
    </message>
    <message>
      <source>&amp;Floor</source>
      <translation type="vanished">&amp;Выступления</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="193" />
      <source>&amp;Help</source>
      <translation>Спр&amp;авка</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="191" />
      <source>&amp;List</source>
      <translation>&amp;Список</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="192" />
      <source>&amp;View</source>
      <translation>Ви&amp;д</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="173" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation>Участник, которого нет в справочном списке (НПО, организация, лицо).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="172" />
      <source>Add a participant…</source>
      <translation>Добавить участника…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="118" />
      <source>Add to the list</source>
      <translation>Записать в список</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="135" />
      <source>Close / reopen the list</source>
      <translation>Закрыть / вновь открыть список</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="179" />
      <source>Close the console; the meeting is saved as it goes.</source>
      <translation>Закрыть консоль; заседание сохраняется по ходу работы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="136" />
      <source>Close the list of speakers to new inscriptions, or reopen it.</source>
      <translation>Закрыть список ораторов для новых записей или снова открыть его.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="156" />
      <source>Create a meeting database from a programme file.</source>
      <translation>Создать базу данных заседания из файла программы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="169" />
      <source>Edit the programme…</source>
      <translation>Изменить программу…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="97" />
      <source>End the current intervention; one undo brings it back.</source>
      <translation>Завершить текущее выступление; одна отмена возвращает его.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="91" />
      <source>End the current turn and give the floor to the first on the list.</source>
      <translation>Завершить текущее выступление и предоставить слово первому в списке.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="96" />
      <source>End the turn</source>
      <translation>Завершить выступление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="98" />
      <source>Extend by 30 s</source>
      <translation>Продлить на 30 с</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="190" />
      <source>Fl&amp;oor</source>
      <translation>&amp;Выступления</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="99" />
      <source>Give the speaker 30 seconds more.</source>
      <translation>Дать оратору ещё 30 секунд.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="140" />
      <source>Go to the list</source>
      <translation>Перейти к списку</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="142" />
      <source>Go to the log</source>
      <translation>Перейти к журналу</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>Go to the programme</source>
      <translation>Перейти к программе</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="114" />
      <source>Hand the floor to the secretary</source>
      <translation>Передать управление секретарю</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="151" />
      <source>High contrast</source>
      <translation>Высокая контрастность</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="164" />
      <source>Host this meeting on the network: a join code for the secretary's and the display's stations.</source>
      <translation>Разместить заседание в сети: коды подключения для рабочих мест секретаря и экрана.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="166" />
      <source>Join a meeting…</source>
      <translation>Присоединиться к заседанию…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="181" />
      <source>Keyboard shortcuts</source>
      <translation>Сочетания клавиш</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
      <source>Larger text</source>
      <translation>Крупнее текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="115" />
      <source>Let the secretary's station give the floor and run the clock, or take them back (journaled).</source>
      <translation>Разрешить рабочему месту секретаря предоставлять слово и вести таймер или вернуть это себе (с записью в журнал).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="148" />
      <source>Make the console's text larger.</source>
      <translation>Увеличить текст консоли.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="150" />
      <source>Make the console's text smaller.</source>
      <translation>Уменьшить текст консоли.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="129" />
      <source>Mark absent</source>
      <translation>Отметить отсутствие</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="123" />
      <source>Move down</source>
      <translation>Ниже</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="122" />
      <source>Move the selected request one place earlier.</source>
      <translation>Переместить выбранную заявку на одно место выше.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="124" />
      <source>Move the selected request one place later.</source>
      <translation>Переместить выбранную заявку на одно место ниже.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="121" />
      <source>Move up</source>
      <translation>Выше</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="112" />
      <source>Mute sound cues</source>
      <translation>Отключить звуковые сигналы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="158" />
      <source>New meeting from a concept note…</source>
      <translation>Новое заседание по концептуальной записке…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="155" />
      <source>New meeting from a programme…</source>
      <translation>Новое заседание по программе…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="90" />
      <source>Next speaker</source>
      <translation>Следующий оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="167" />
      <source>Open a meeting another machine hosts, with its join code.</source>
      <translation>Открыть заседание, размещённое на другом компьютере, по его коду подключения.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="162" />
      <source>Open an existing meeting database.</source>
      <translation>Открыть существующую базу данных заседания.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="161" />
      <source>Open meeting…</source>
      <translation>Открыть заседание…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="159" />
      <source>Paste or open a concept note; check the proposed programme; create the meeting.</source>
      <translation>Вставить или открыть концептуальную записку; проверить предложенную программу; создать заседание.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="93" />
      <source>Pause / resume</source>
      <translation>Пауза / продолжить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="102" />
      <source>Point of order…</source>
      <translation>Выступление по порядку ведения заседания…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="152" />
      <source>Pure black, white, yellow and red countdown states.</source>
      <translation>Состояния таймера в чистых чёрном, белом, жёлтом и красном цветах.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="133" />
      <source>Put the selected (or first) absent delegation back at the top of the list.</source>
      <translation>Вернуть выбранную (или первую) отсутствовавшую делегацию в начало списка.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="178" />
      <source>Quit</source>
      <translation>Выход</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="132" />
      <source>Recall absent</source>
      <translation>Вернуть отсутствовавшего</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="110" />
      <source>Redo</source>
      <translation>Повторить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="111" />
      <source>Restore the last undone floor action.</source>
      <translation>Повторить последнее отменённое действие.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="105" />
      <source>Right of reply…</source>
      <translation>Право на ответ…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="170" />
      <source>Segments, times, limits, themes and panellists; saved in the journal.</source>
      <translation>Части, время, регламент, темы и участники дискуссии; сохраняются в журнале событий.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="143" />
      <source>Select a past intervention to add or correct its notes.</source>
      <translation>Выбрать прошедшее выступление, чтобы добавить или исправить заметки.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
      <source>Select a request with the arrows.</source>
      <translation>Выбрать заявку стрелками.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Select a segment with the arrows and open it with Enter.</source>
      <translation>Выбрать часть стрелками и открыть клавишей Enter.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="128" />
      <source>Send the selected request to the end of the list.</source>
      <translation>Отправить выбранную заявку в конец списка.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="127" />
      <source>Send to the end</source>
      <translation>В конец списка</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="130" />
      <source>Set aside the selected request: the delegation is not in the room.</source>
      <translation>Отложить выбранную заявку: делегации нет в зале.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="175" />
      <source>Settings…</source>
      <translation>Настройки…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="163" />
      <source>Share this meeting…</source>
      <translation>Открыть доступ к заседанию…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="100" />
      <source>Shorten by 30 s</source>
      <translation>Сократить на 30 с</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="182" />
      <source>Show every shortcut of the console.</source>
      <translation>Показать все сочетания клавиш консоли.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="145" />
      <source>Show or hide the speaker display for the room.</source>
      <translation>Показать или скрыть экран ораторов для зала.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="113" />
      <source>Silence the sound cues, or bring them back.</source>
      <translation>Отключить звуковые сигналы или вернуть их.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
      <source>Smaller text</source>
      <translation>Мельче текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="144" />
      <source>Speaker display</source>
      <translation>Экран ораторов</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="94" />
      <source>Stop or restart the speaker's time (Space works outside text fields).</source>
      <translation>Остановить или возобновить время оратора (вне текстовых полей работает Пробел).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="101" />
      <source>Take 30 seconds from the speaker's time.</source>
      <translation>Сократить время оратора на 30 секунд.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="109" />
      <source>Take back the last floor action.</source>
      <translation>Отменить последнее действие.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="126" />
      <source>Take the selected request off the list.</source>
      <translation>Снять выбранную заявку из списка.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="176" />
      <source>This meeting's rules and limits, defaults for new meetings, the display and the sound cues.</source>
      <translation>Правила и регламент этого заседания, значения по умолчанию для новых заседаний, экран и звуковые сигналы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="119" />
      <source>Type a few letters of a name in any language and press Enter.</source>
      <translation>Наберите несколько букв названия на любом языке и нажмите Enter.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="106" />
      <source>Type who asks for a right of reply; it is taken at the end of the list.</source>
      <translation>Наберите, кто просит право на ответ; оно предоставляется в конце списка.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="103" />
      <source>Type who raises a point of order; it is heard at once, pausing the speaker.</source>
      <translation>Наберите, кто выступает по порядку ведения заседания; слово предоставляется сразу, время оратора приостанавливается.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="108" />
      <source>Undo</source>
      <translation>Отменить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="125" />
      <source>Withdraw</source>
      <translation>Снять</translation>
    </message>
  </context>
  <context>
    <name>SpeakerDisplay</name>
    <message>
      <location filename="../../floorapp/gui/display/speaker_display.py" line="154" />
      <source>Floor — speaker display</source>
      <translation>Floor — экран ораторов</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="130" />
      <source>Next speaker</source>
      <translation>Следующий оратор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="135" />
      <source>Next speakers</source>
      <translation>Следующие ораторы</translation>
    </message>
    <message>
      <source>Speaker display</source>
      <translation type="vanished">Табло ораторов</translation>
    </message>
  </context>
  <context>
    <name>SpeakersView</name>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="214" />
      <source>Absent, to recall: {n}</source>
      <translation>Отсутствуют, вернуть: {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="211" />
      <source>LIST CLOSED</source>
      <translation>СПИСОК ЗАКРЫТ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="203" />
      <source>List of speakers: open a segment of the programme first.</source>
      <translation>Список ораторов: сначала откройте часть программы.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="208" />
      <source>List of speakers: {n} waiting, {t} needed</source>
      <translation>Список ораторов: ожидают {n}, нужно {t}</translation>
    </message>
  </context>
  <context>
    <name>Stations</name>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="148" />
      <source>Display station (reads only)</source>
      <translation>Рабочее место экрана (только чтение)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="147" />
      <source>Officer's station</source>
      <translation>Рабочее место сотрудника</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="146" />
      <source>Officer's station: the floor is handed to the secretary</source>
      <translation>Рабочее место сотрудника: управление передано секретарю</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="50" />
      <source>Only the chair's officer can do this.</source>
      <translation>Это может сделать только сотрудник председателя.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="48" />
      <source>Only the chair's officer gives the floor and runs the clock, until the officer hands them over to this station.</source>
      <translation>Только сотрудник председателя предоставляет слово и ведёт таймер, пока не передаст это управление данному рабочему месту.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="143" />
      <source>Secretary's station: the officer handed you the floor</source>
      <translation>Рабочее место секретаря: сотрудник передал вам управление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="144" />
      <source>Secretary's station: the officer has the floor</source>
      <translation>Рабочее место секретаря: управление у сотрудника</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="135" />
      <source>Take the floor back from the secretary</source>
      <translation>Вернуть управление у секретаря</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="43" />
      <source>display</source>
      <translation>экран</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>officer</source>
      <translation>сотрудник</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>secretary</source>
      <translation>секретарь</translation>
    </message>
  </context>
  <context>
    <name>Synthesis</name>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="176" />
      <source>Edit the Summary's synthesis…</source>
      <translation>Редактировать обобщение резюме…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="78" />
      <source>Keep</source>
      <translation>Сохранить</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="90" />
      <source>Kept in the Summary:</source>
      <translation>Текст для резюме:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="178" />
      <source>Kept text in the Summary.</source>
      <translation>В резюме используется сохраненный текст.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="204" />
      <source>Kept. The next export prints this text.</source>
      <translation>Сохранено. При следующем экспорте будет использован этот текст.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="62" />
      <source>Language of the Summary:</source>
      <translation>Язык резюме:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="164" />
      <source>No key points have been recorded yet.</source>
      <translation>Основные моменты пока не записаны.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="148" />
      <source>Opening paragraph: speakers and panellists</source>
      <translation>Вступительный абзац: выступающие и участники дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="150" />
      <source>Points under no theme</source>
      <translation>Моменты вне тем</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="88" />
      <source>Proposed by Floor (from the notes, unattributed):</source>
      <translation>Предложено Floor (на основе записей, без указания ораторов):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="74" />
      <source>Rewrite the proposal here; a blank line starts a new paragraph.</source>
      <translation>Перепишите предложенный текст здесь; пустая строка начинает новый абзац.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="82" />
      <source>Start from the proposal</source>
      <translation>Взять за основу предложенный текст</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="179" />
      <source>The Summary prints the proposal.</source>
      <translation>В резюме используется предложенный текст.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="50" />
      <source>The Summary's synthesis</source>
      <translation>Обобщение резюме</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="80" />
      <source>Use the proposal</source>
      <translation>Вернуть предложенный текст</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="75" />
      <source>Chair</source>
      <translation>Председатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="72" />
      <source>Civil society</source>
      <translation>Гражданское общество</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="58" />
      <source>Civil society organization</source>
      <translation>Организация гражданского общества</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>GROUP</source>
      <translation>ГРУППА</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>Group</source>
      <translation>Группа</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="56" />
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation>Межправительственный наблюдатель (Африканский союз, МККК…)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="68" />
      <source>Member State</source>
      <translation>Государство-член</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="74" />
      <source>Moderator</source>
      <translation>Модератор</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="70" />
      <source>Observer</source>
      <translation>Наблюдатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="69" />
      <source>Observer State</source>
      <translation>Государство-наблюдатель</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="76" />
      <source>Other</source>
      <translation>Другое</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <source>POINT OF ORDER</source>
      <translation>ПО ПОРЯДКУ ВЕДЕНИЯ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="73" />
      <source>Panellist</source>
      <translation>Участник дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <location filename="../../floorapp/gui/console/words.py" line="43" />
      <source>Point of order</source>
      <translation>По порядку ведения заседания</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>QUESTION</source>
      <translation>ВОПРОС</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Question</source>
      <translation>Вопрос</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>Question to the panel</source>
      <translation>Вопрос участникам дискуссии</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>REPLY</source>
      <translation>ОТВЕТ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="41" />
      <source>Reply</source>
      <translation>Ответ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>Right of reply</source>
      <translation>Право на ответ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>Statement</source>
      <translation>Заявление</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>Statement on behalf of a group</source>
      <translation>Заявление от имени группы</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="71" />
      <source>UN system</source>
      <translation>Система ООН</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="57" />
      <source>UN system entity</source>
      <translation>Подразделение системы ООН</translation>
    </message>
    <message>
      <source>{speaker}, on behalf of {group}</source>
      <translation type="vanished">{speaker} от имени {group}</translation>
    </message>
    <message>
      <source>{text} (delivered by {person})</source>
      <translation type="vanished">{text} (зачитал(а) {person})</translation>
    </message>
  </context>
</TS>
