<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar" sourcelanguage="en">
  <context>
    <name>AddField</name>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="233" />
      <source>Add to the list: type a few letters of a name, Enter</source>
      <translation>إضافة إلى القائمة: اكتب بضعة أحرف من الاسم ثم Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="234" />
      <source>Group statement: who speaks? Then the group, Enter</source>
      <translation>بيان باسم مجموعة: من يتكلم؟ ثم المجموعة، Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="337" />
      <source>Nobody was added: “{text}” matches no participant.</source>
      <translation>لم تتم إضافة أحد: «{text}» لا يطابق أي مشارك.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="149" />
      <source>On behalf of (e.g. the African Group)</source>
      <translation>باسم (مثلاً مجموعة الدول الأفريقية)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="348" />
      <source>On behalf of which group? Type it and press Enter.</source>
      <translation>باسم أي مجموعة؟ اكتبها ثم اضغط Enter.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="237" />
      <source>Point of order: who raises it? Enter gives the floor at once</source>
      <translation>نقطة نظام: من يثيرها؟ Enter يعطي الكلمة فوراً</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="354" />
      <source>Point of order: {name} has the floor.</source>
      <translation>نقطة نظام: الكلمة لـ{name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="235" />
      <source>Question to the panel: who asks? Enter</source>
      <translation>سؤال إلى فريق المناقشة: من يسأل؟ Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="236" />
      <source>Right of reply: who asks for it? Enter</source>
      <translation>حق الرد: من يطلبه؟ Enter</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="169" />
      <source>Statement</source>
      <translation>بيان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="318" />
      <source>Type a few letters of a name first.</source>
      <translation>اكتب أولاً بضعة أحرف من الاسم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="357" />
      <source>{name} is inscribed, number {n} on the list.</source>
      <translation>تم تسجيل {name}، رقم {n} في القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/add_field.py" line="324" />
      <source>“{text}” could be {a} or {b}: choose with ↓ and Enter, or type more.</source>
      <translation>«{text}» قد يكون {a} أو {b}: اختر بـ↓ ثم Enter، أو اكتب المزيد.</translation>
    </message>
  </context>
  <context>
    <name>AddParticipant</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="90" />
      <source>&amp;Category:</source>
      <translation>الفئة:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="56" />
      <source>A participant of this meeting who is not on the roster. The name in English is needed; names in the other languages are shown when the display is in that language.</source>
      <translation>مشارك في هذا الاجتماع غير مدرج في القائمة المرجعية. الاسم بالإنكليزية مطلوب؛ وتُعرض الأسماء باللغات الأخرى عندما تكون الشاشة بتلك اللغة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="51" />
      <source>Add a participant</source>
      <translation>إضافة مشارك</translation>
    </message>
    <message>
      <source>Chair</source>
      <translation type="vanished">الرئيس</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="135" />
      <source>Choose the kind of participant: the name does not tell.</source>
      <translation>اختر نوع المشارك: فالاسم لا يدل عليه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="83" />
      <source>Choose: what kind of participant?</source>
      <translation>اختر: ما نوع المشارك؟</translation>
    </message>
    <message>
      <source>Civil society organization</source>
      <translation type="vanished">منظمة من منظمات المجتمع المدني</translation>
    </message>
    <message>
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation type="vanished">مراقب حكومي دولي (الاتحاد الأفريقي، اللجنة الدولية للصليب الأحمر…)</translation>
    </message>
    <message>
      <source>Member State</source>
      <translation type="vanished">دولة عضو</translation>
    </message>
    <message>
      <source>Moderator</source>
      <translation type="vanished">مدير النقاش</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="76" />
      <source>Name in English (required):</source>
      <translation>الاسم بالإنكليزية (مطلوب):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="60" />
      <source>No participant on the roster matches “{name}”. Add it to this meeting?</source>
      <translation>لا يوجد في القائمة المرجعية مشارك يطابق ”{name}“. هل تريد إضافته إلى هذا الاجتماع؟</translation>
    </message>
    <message>
      <source>Observer State</source>
      <translation type="vanished">دولة مراقبة</translation>
    </message>
    <message>
      <source>Other</source>
      <translation type="vanished">أخرى</translation>
    </message>
    <message>
      <source>Panellist</source>
      <translation type="vanished">عضو فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="154" />
      <source>The participant was not added.</source>
      <translation>لم تتم إضافة المشارك.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="127" />
      <source>Type the name in English.</source>
      <translation>اكتب الاسم بالإنكليزية.</translation>
    </message>
    <message>
      <source>UN system entity</source>
      <translation type="vanished">كيان تابع لمنظومة الأمم المتحدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/participant.py" line="131" />
      <source>“{name}” is already a participant ({english}): add it to the list by typing its name.</source>
      <translation>”{name}“ مشارك بالفعل ({english}): أضفه إلى القائمة بكتابة اسمه.</translation>
    </message>
  </context>
  <context>
    <name>App</name>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="37" />
      <source>&amp;New meeting from a programme…</source>
      <translation>اجتماع &amp;جديد من برنامج…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="36" />
      <source>&amp;Open another meeting…</source>
      <translation>&amp;فتح اجتماع آخر…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="220" />
      <source>Connected to the meeting again; {n} actions caught up.</source>
      <translation>عاد الاتصال بالاجتماع؛ استُدرك {n} من الإجراءات.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Keep the meeting in</source>
      <translation>حفظ الاجتماع في</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="73" />
      <source>Meetings (*.floor)</source>
      <translation>الاجتماعات (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="63" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>الاجتماعات (*.floor);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="67" />
      <source>New meeting from a programme</source>
      <translation>اجتماع جديد من برنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="92" />
      <source>No such meeting</source>
      <translation>لا يوجد هذا الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="62" />
      <source>Open a meeting</source>
      <translation>فتح اجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="94" />
      <source>Open an existing meeting, or create one from a programme file.</source>
      <translation>افتح اجتماعاً موجوداً، أو أنشئ اجتماعاً من ملف برنامج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="68" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>البرامج (*.toml);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="104" />
      <location filename="../../floorapp/gui/app.py" line="106" />
      <source>The meeting database cannot be used</source>
      <translation>لا يمكن استخدام قاعدة بيانات الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="83" />
      <source>The programme file cannot be read</source>
      <translation>تتعذر قراءة ملف البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/meeting_files.py" line="81" />
      <source>The programme file has problems</source>
      <translation>في ملف البرنامج مشاكل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/app.py" line="93" />
      <source>There is no meeting database at {path}.</source>
      <translation>لا توجد قاعدة بيانات اجتماع في {path}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/meeting_dialogs.py" line="50" />
      <source>{n} problems in all; see the details.</source>
      <translation>
        <numerusform>لا مشاكل ({n})؛ انظر التفاصيل.</numerusform>
        <numerusform>مشكلة واحدة إجمالاً؛ انظر التفاصيل.</numerusform>
        <numerusform>مشكلتان إجمالاً؛ انظر التفاصيل.</numerusform>
        <numerusform>{n} مشاكل إجمالاً؛ انظر التفاصيل.</numerusform>
        <numerusform>{n} مشكلة إجمالاً؛ انظر التفاصيل.</numerusform>
        <numerusform>{n} مشكلة إجمالاً؛ انظر التفاصيل.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Console</name>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="298" />
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="299" />
      <source>&amp;Stay</source>
      <translation>&amp;البقاء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/connection_banner.py" line="41" />
      <source>Connection to the meeting lost since {time} — retrying…</source>
      <translation>انقطع الاتصال بالاجتماع منذ {time} — جارٍ إعادة المحاولة…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>Ctrl+M turns the sound cues on.</source>
      <translation>‏Ctrl+M يعيد تشغيل التنبيهات الصوتية.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="88" />
      <source>Ignored a second “next” within a second of the first.</source>
      <translation>تم تجاهل ضغطة ”التالي“ ثانية خلال ثانية من الأولى.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="60" />
      <source>Keep the meeting in</source>
      <translation>حفظ الاجتماع في</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="122" />
      <source>List of speakers</source>
      <translation>قائمة المتكلمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="123" />
      <source>Log and notes</source>
      <translation>السجل والملاحظات</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="61" />
      <source>Meetings (*.floor)</source>
      <translation>الاجتماعات (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Meetings (*.floor);;All files (*)</source>
      <translation>الاجتماعات (*.floor);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/appearance.py" line="100" />
      <source>Names are shown in the new language; menus follow at the next start.</source>
      <translation>تُعرض الأسماء باللغة الجديدة؛ وتتبعها القوائم عند التشغيل التالي.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>New meeting from a programme</source>
      <translation>اجتماع جديد من برنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="72" />
      <source>No audio output.</source>
      <translation>لا يوجد مخرج صوتي.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="271" />
      <source>No export is available yet</source>
      <translation>لا يتوفر أي تصدير بعد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="155" />
      <source>Nobody is marked absent.</source>
      <translation>لا أحد مسجل غائباً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="57" />
      <source>Not done: {reason}</source>
      <translation>لم يُنفَّذ: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="295" />
      <source>Nothing is lost: the turn goes on in the meeting's record, and when the meeting is opened again the countdown shows the time as it then stands.</source>
      <translation>لن يضيع شيء: تستمر المداخلة في سجل الاجتماع، وعند فتح الاجتماع مجددًا يعرض العدّ التنازلي الوقت كما هو حينئذ.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="49" />
      <source>Open a meeting</source>
      <translation>فتح اجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="121" />
      <source>Programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="56" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>البرامج (*.toml);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="286" />
      <source>Quit Floor?</source>
      <translation>الخروج من Floor؟</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="110" />
      <source>Redone.</source>
      <translation>تمت الإعادة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="130" />
      <source>Select a request in the list first (Ctrl+2, then the arrows).</source>
      <translation>اختر أولاً طلباً في القائمة (Ctrl+2 ثم الأسهم).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues muted.</source>
      <translation>التنبيهات الصوتية مكتومة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="116" />
      <source>Sound cues on.</source>
      <translation>التنبيهات الصوتية مفعّلة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/live.py" line="52" />
      <source>The connection to the meeting is lost since {time}: nothing was done. Floor is reconnecting; try again when it is back.</source>
      <translation>انقطع الاتصال بالاجتماع منذ {time}: لم يُنفَّذ شيء. يعيد Floor الاتصال؛ حاول مجدداً عند عودته.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="95" />
      <source>The floor is given to {name}.</source>
      <translation>أُعطيت الكلمة لـ{name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="64" />
      <source>The last action was not recorded.</source>
      <translation>لم يُسجَّل الإجراء الأخير.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="165" />
      <source>The list is open again.</source>
      <translation>أُعيد فتح القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="164" />
      <source>The list of speakers is closed.</source>
      <translation>قائمة المتكلمين مقفلة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="63" />
      <source>The meeting database failed</source>
      <translation>تعطلت قاعدة بيانات الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="76" />
      <source>The programme editor is not available.</source>
      <translation>محرر البرنامج غير متاح.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="147" />
      <source>The request is already at that end of the list.</source>
      <translation>الطلب موجود بالفعل في ذلك الطرف من القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="251" />
      <source>The speaker display is not available.</source>
      <translation>شاشة المتكلمين غير متاحة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/controller.py" line="105" />
      <source>Undone. Redo with Ctrl+Shift+Z.</source>
      <translation>تم التراجع. للإعادة اضغط Ctrl+Shift+Z.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="80" />
      <source>cues muted</source>
      <translation>التنبيهات مكتومة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/status_bar.py" line="78" />
      <source>no sound: cues are visual only</source>
      <translation>لا صوت: التنبيهات مرئية فقط</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/main_window.py" line="287" />
      <source>{name} has the floor.</source>
      <translation>الكلمة الآن لـ{name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/meeting_menu.py" line="97" />
      <source>{name} was added; type the name to inscribe it.</source>
      <translation>أُضيف {name}؛ اكتب الاسم لتسجيله.</translation>
    </message>
  </context>
  <context>
    <name>Cues</name>
    <message>
      <location filename="../../floorapp/cues/check.py" line="164" />
      <source> (default)</source>
      <translation> (افتراضي)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="179" />
      <source>(The cues are muted in the app; the sound check plays them anyway.)</source>
      <translation>(التنبيهات مكتومة في التطبيق؛ واختبار الصوت يشغّلها رغم ذلك.)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="122" />
      <source>Audio output</source>
      <translation>مخرج الصوت</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="65" />
      <source>Built-in</source>
      <translation>مدمج</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="63" />
      <source>Choose file…</source>
      <translation>اختيار ملف…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="125" />
      <source>Cues</source>
      <translation>التنبيهات</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="190" />
      <source>Done: {n} cues played.</source>
      <translation>تم: شُغِّل {n} من التنبيهات.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="174" />
      <source>Every cue is turned off in the settings: nothing to play.</source>
      <translation>كل التنبيهات معطلة في الإعدادات: لا شيء لتشغيله.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="67" />
      <source>Go back to Floor's own sound for this cue.</source>
      <translation>العودة إلى الصوت الخاص بـFloor لهذا التنبيه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="100" />
      <source>Mute sound cues</source>
      <translation>كتم التنبيهات الصوتية</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="167" />
      <source>No audio output was found.</source>
      <translation>لم يُعثر على مخرج صوت.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="164" />
      <source>No audio output was found: cues are visual only.</source>
      <translation>لم يُعثر على مخرج صوت: التنبيهات مرئية فقط.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="189" />
      <source>Not played (turned off): {cue}</source>
      <translation>لم يُشغَّل (معطَّل): {cue}</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>Overrun reminder</source>
      <translation>تذكير التجاوز</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="104" />
      <source>Play every cue that is on, in order, to test the room's sound.</source>
      <translation>تشغيل كل تنبيه مفعّل بالترتيب، لاختبار الصوت في القاعة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="181" />
      <location filename="../../floorapp/cues/settings_widget.py" line="279" />
      <source>Playing: {cue} ({file})</source>
      <translation>جارٍ التشغيل: {cue} ({file})</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>Point of order</source>
      <translation>نقطة نظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="68" />
      <source>Preview</source>
      <translation>معاينة</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="122" />
      <source>Qt Multimedia cannot be loaded ({error}): cues are visual only. On Linux it needs the libpulse0 package.</source>
      <translation>تعذر تحميل Qt Multimedia ({error}): التنبيهات مرئية فقط. على Linux يلزم الحزمة libpulse0.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="240" />
      <source>Reading {file}…</source>
      <translation>جارٍ قراءة {file}…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="55" />
      <source>Repeated at the reminder interval while a speaker is over time.</source>
      <translation>يتكرر بفاصل التذكير ما دام المتكلم متجاوزاً الوقت.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="54" />
      <source>Sound &amp;cues…</source>
      <translation>التنبيهات الصوتية…</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="102" />
      <location filename="../../floorapp/cues/settings_widget.py" line="283" />
      <source>Sound check</source>
      <translation>اختبار الصوت</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="284" />
      <source>Sound check done: {n} cues played.</source>
      <translation>اكتمل اختبار الصوت: شُغِّل {n} من التنبيهات.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/check.py" line="177" />
      <source>Sound check on {output}:</source>
      <translation>اختبار الصوت على {output}:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/cues_hook.py" line="88" />
      <location filename="../../floorapp/gui/cues_hook.py" line="50" />
      <source>Sound cues</source>
      <translation>التنبيهات الصوتية</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="232" />
      <source>Sound for “{cue}”</source>
      <translation>صوت ”{cue}“</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="47" />
      <source>Sounds (*.wav *.mp3 *.ogg *.flac);;All files (*)</source>
      <translation>الأصوات (*.wav *.mp3 *.ogg *.flac);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="274" />
      <source>Stop sound check</source>
      <translation>إيقاف اختبار الصوت</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="170" />
      <source>System default</source>
      <translation>الافتراضي في النظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="71" />
      <source>The audio output “{name}” was not found; the cues play on {fallback}.</source>
      <translation>لم يُعثر على مخرج الصوت ”{name}“؛ تُشغَّل التنبيهات على {fallback}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>Time is up</source>
      <translation>انتهى الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="123" />
      <source>Volume</source>
      <translation>مستوى الصوت</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>Warning</source>
      <translation>تحذير</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="58" />
      <source>When a point of order takes the floor.</source>
      <translation>عندما تؤخذ الكلمة لنقطة نظام.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="53" />
      <source>When the speaker's time is up.</source>
      <translation>عندما ينتهي وقت المتكلم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="51" />
      <source>When the warning time is reached (e.g. 30 s left).</source>
      <translation>عند بلوغ وقت التحذير (مثلاً بقاء 30 ثانية).</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="186" />
      <source>built-in sound</source>
      <translation>الصوت المدمج</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="54" />
      <source>overrun reminder</source>
      <translation>تذكير التجاوز</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="57" />
      <source>point of order</source>
      <translation>نقطة نظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="52" />
      <source>time is up</source>
      <translation>انتهى الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/catalogue.py" line="50" />
      <source>warning</source>
      <translation>تحذير</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="217" />
      <source>{file}: the sound for “{cue}” cannot be played.</source>
      <translation>{file}: لا يمكن تشغيل صوت ”{cue}“.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/player.py" line="222" />
      <source>{file}: the sound for “{cue}” cannot be played; the previous sound is kept.</source>
      <translation>{file}: لا يمكن تشغيل صوت ”{cue}“؛ يُحتفظ بالصوت السابق.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="175" />
      <source>{name} (not connected)</source>
      <translation>{name} (غير موصول)</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="181" />
      <source>{n} %</source>
      <translation>{n}٪</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/settings_widget.py" line="248" />
      <source>“{cue}” now plays {file}.</source>
      <translation>”{cue}“ يشغّل الآن {file}.</translation>
    </message>
  </context>
  <context>
    <name>CurrentView</name>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="113" />
      <source>Ctrl+N gives the floor</source>
      <translation>‏Ctrl+N يعطي الكلمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="172" />
      <source>Limit {limit}</source>
      <translation>الحد {limit}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="166" />
      <source>Limit {limit}, extended by {ext}</source>
      <translation>المدة المحددة {limit}، مُددت بمقدار {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="169" />
      <source>Limit {limit}, shortened by {ext}</source>
      <translation>المدة المحددة {limit}، قُلصت بمقدار {ext}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="110" />
      <source>Next: {name}</source>
      <translation>التالي: {name}</translation>
    </message>
    <message>
      <source>Nobody has the floor</source>
      <translation type="vanished">لا أحد يتكلم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="112" />
      <source>Nobody is waiting</source>
      <translation>لا أحد في الانتظار</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="175" />
      <source>Space or Ctrl+Space resumes</source>
      <translation>المسافة أو Ctrl+المسافة للاستئناف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="114" />
      <source>Type a name to inscribe it (Ctrl+L)</source>
      <translation>اكتب اسمًا لتسجيله (Ctrl+L)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="121" />
      <source>interrupting {name} (their time is paused)</source>
      <translation>مقاطعة {name} (وقته متوقف مؤقتًا)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/current_view.py" line="173" />
      <source>spoken {t}</source>
      <translation>المدة {t}</translation>
    </message>
    <message>
      <source>{sign}{ext} extension</source>
      <translation type="vanished">تمديد {sign}{ext}</translation>
    </message>
  </context>
  <context>
    <name>Durations</name>
    <message>
      <location filename="../../floorapp/gui/durations.py" line="79" />
      <source>Minutes and seconds, as 3:00; the arrows step by 15 seconds.</source>
      <translation>دقائق وثوانٍ، مثل 3:00؛ تتقدم الأسهم بمقدار 15 ثانية.</translation>
    </message>
  </context>
  <context>
    <name>Export</name>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="21" />
      <source>Attributed record (PDF)</source>
      <translation>السجل المنسوب (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="20" />
      <source>Attributed record (Word)</source>
      <translation>السجل المنسوب (Word)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="169" />
      <location filename="../../floorapp/gui/export_worker.py" line="152" />
      <source>Export failed</source>
      <translation>فشل التصدير</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="135" />
      <source>Export to</source>
      <translation>التصدير إلى</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="164" />
      <source>Exported to {path}</source>
      <translation>صُدِّر إلى {path}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="144" />
      <source>Exporting…</source>
      <translation>جارٍ التصدير…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="39" />
      <source>Language:</source>
      <translation>اللغة:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="25" />
      <source>List of speakers (PDF)</source>
      <translation>قائمة المتكلمين (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="22" />
      <source>Log (CSV spreadsheet)</source>
      <translation>السجل (جدول CSV)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="23" />
      <source>Log (JSON)</source>
      <translation>السجل (JSON)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="24" />
      <source>Log (Markdown)</source>
      <translation>السجل (Markdown)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="19" />
      <source>President's Summary (PDF)</source>
      <translation>موجز الرئيس (PDF)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_titles.py" line="18" />
      <source>President's Summary (Word)</source>
      <translation>موجز الرئيس (Word)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/export_dialog.py" line="49" />
      <source>Segment:</source>
      <translation>الجزء:</translation>
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
      <translation>اضغط Esc أو F1 لإغلاق هذه اللوحة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="33" />
      <source>In the add field: move in the list</source>
      <translation>في حقل الإضافة: التنقل في القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="32" />
      <source>In the add field: on behalf of…</source>
      <translation>في حقل الإضافة: باسم…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="30" />
      <source>In the add field: {kind}</source>
      <translation>في حقل الإضافة: {kind}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="36" />
      <source>In the log: write notes on the intervention</source>
      <translation>في السجل: كتابة ملاحظات عن المداخلة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="37" />
      <source>In the notes: add the note</source>
      <translation>في الملاحظات: إضافة الملاحظة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="35" />
      <source>In the programme: open the segment</source>
      <translation>في البرنامج: فتح الجزء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/help_overlay.py" line="54" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
  </context>
  <context>
    <name>ImportPreview</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="146" />
      <source>&amp;Accept: create the meeting…</source>
      <translation>قبول: إنشاء الاجتماع…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="87" />
      <source>&amp;Change the text</source>
      <translation>تغيير النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="81" />
      <source>&amp;Open a file…</source>
      <translation>فتح ملف…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="84" />
      <source>&amp;Propose</source>
      <translation>اقتراح</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="117" />
      <source>&amp;Remove the selected row</source>
      <translation>إزالة الصف المحدد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="149" />
      <source>&amp;Save as a programme file…</source>
      <translation>الحفظ كملف برنامج…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="87" />
      <source>(not in the text)</source>
      <translation>(ليس في النص)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="125" />
      <source>A programme needs at least one segment.</source>
      <translation>يحتاج البرنامج إلى جزء واحد على الأقل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Chair</source>
      <translation>الرئيس</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="228" />
      <source>Change the text, then press Propose again.</source>
      <translation>غيّر النص، ثم اضغط ”اقتراح“ مجدداً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="112" />
      <source>Changed by you</source>
      <translation>غيّرته أنت</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="188" />
      <source>Click a field to see where it came from. Rows marked ⚠ were guessed: check them. Double-click a value to change it. Nothing is saved until you accept.</source>
      <translation>انقر على حقل لترى من أين جاء. الصفوف الموسومة بـ⚠ مُخمَّنة: تحقق منها. انقر نقراً مزدوجاً على قيمة لتغييرها. لا يُحفظ شيء حتى تقبل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="196" />
      <source>Concept notes (*.txt *.docx *.pdf);;All files (*)</source>
      <translation>المذكرات المفاهيمية (*.txt *.docx *.pdf);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="41" />
      <source>Date</source>
      <translation>التاريخ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="53" />
      <source>End</source>
      <translation>النهاية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="253" />
      <source>Every dated or timed part of the text is in the programme.</source>
      <translation>كل جزء مؤرَّخ أو موقوت من النص موجود في البرنامج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Field</source>
      <translation>الحقل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>From</source>
      <translation>المصدر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="40" />
      <source>Keep the meeting in</source>
      <translation>حفظ الاجتماع في</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Keynote speaker</source>
      <translation>المتكلم الرئيسي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="56" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="47" />
      <source>Limit: {who}</source>
      <translation>الحد الزمني: {who}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="39" />
      <source>Meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="41" />
      <source>Meetings (*.floor)</source>
      <translation>الاجتماعات (*.floor)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="66" />
      <source>Moderator</source>
      <translation>مدير النقاش</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="50" />
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="74" />
      <source>New meeting from a concept note</source>
      <translation>اجتماع جديد من مذكرة مفاهيمية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="125" />
      <source>Not in the programme (check these parts of the text):</source>
      <translation>ليس في البرنامج (تحقق من هذه الأجزاء من النص):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="52" />
      <source>Nothing was proposed yet.</source>
      <translation>لم يُقترح شيء بعد.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="195" />
      <source>Open a concept note</source>
      <translation>فتح مذكرة مفاهيمية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="67" />
      <source>Panellist</source>
      <translation>عضو فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="213" />
      <source>Paste the concept note first.</source>
      <translation>الصق المذكرة المفاهيمية أولاً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="97" />
      <source>Paste the concept note here.</source>
      <translation>الصق المذكرة المفاهيمية هنا.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="78" />
      <source>Paste the concept note or programme below, or open a file (.txt, .docx, .pdf), then press Propose.</source>
      <translation>الصق المذكرة المفاهيمية أو البرنامج أدناه، أو افتح ملفاً (‎.txt أو ‎.docx أو ‎.pdf)، ثم اضغط ”اقتراح“.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="346" />
      <source>Programmes (*.toml)</source>
      <translation>البرامج (*.toml)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="105" />
      <source>Proposed value</source>
      <translation>القيمة المقترحة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="345" />
      <source>Save the programme</source>
      <translation>حفظ البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="50" />
      <source>Segment {n}</source>
      <translation>الجزء {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="68" />
      <source>Speaker</source>
      <translation>المتكلم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="51" />
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_flow.py" line="51" />
      <source>The programme could not be saved in {path}: {why}</source>
      <translation>تعذر حفظ البرنامج في {path}: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="62" />
      <source>Theme</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="304" />
      <source>This field cannot be removed; change its value instead.</source>
      <translation>لا يمكن إزالة هذا الحقل؛ غيّر قيمته بدلاً من ذلك.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="44" />
      <source>Time zone</source>
      <translation>المنطقة الزمنية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="40" />
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="55" />
      <source>Title</source>
      <translation>العنوان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="97" />
      <source>Unsure: {why}</source>
      <translation>غير مؤكد: {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="43" />
      <source>Venue</source>
      <translation>المكان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_fields.py" line="86" />
      <source>line {n}</source>
      <translation>السطر {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="245" />
      <source>line {n}: {text} — {why}</source>
      <translation>السطر {n}: {text} — {why}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="216" />
      <source>the pasted text</source>
      <translation>النص الملصوق</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="322" />
      <source>the programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="111" />
      <source>{where}: the kind is one of: {kinds}</source>
      <translation>{where}: النوع واحد من: {kinds}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="88" />
      <source>{where}: write minutes:seconds, such as 3:00</source>
      <translation>{where}: اكتب دقائق:ثوانٍ، مثل 3:00</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="81" />
      <source>{where}: “{v}” is not a date; write it as 2012-04-03</source>
      <translation>{where}: ”{v}“ ليس تاريخاً؛ اكتبه بالشكل 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_edits.py" line="99" />
      <source>{where}: “{v}” is not a time; write it as HH:MM on the 24-hour clock</source>
      <translation>{where}: ”{v}“ ليس وقتاً؛ اكتبه بالشكل HH:MM بنظام 24 ساعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_preview.py" line="332" />
      <source>… and {n} more</source>
      <translation>… و{n} غيرها</translation>
    </message>
  </context>
  <context>
    <name>ImportReasons</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="60" />
      <source>a 24-hour time was also marked am/pm</source>
      <translation>وقت بنظام 24 ساعة عليه أيضًا am/pm</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="29" />
      <source>a cell of a grid under no time</source>
      <translation>خلية في جدول بلا وقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="30" />
      <source>a deadline</source>
      <translation>موعد نهائي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="87" />
      <source>a note in brackets about another day</source>
      <translation>ملاحظة بين قوسين عن يوم آخر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="46" />
      <source>a note on the hours (interpretation, webcast), not an item</source>
      <translation>ملاحظة عن المواعيد (الترجمة الشفوية، البث الشبكي)، وليست بندًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="83" />
      <source>a part whose items are listed inside it</source>
      <translation>جزء تُدرج بنوده في داخله</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="36" />
      <source>a place named in the text</source>
      <translation>مكان مذكور في النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="31" />
      <source>a point in time among timed segments, not a segment</source>
      <translation>توقيت منفرد بين أجزاء محددة المدة، وليس جزءًا</translation>
    </message>
    <message>
      <source>a point in time at the same time as the next</source>
      <translation type="vanished">توقيت منفرد مطابق للتالي</translation>
    </message>
    <message>
      <source>a room named in the text</source>
      <translation type="vanished">قاعة مذكورة في النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="55" />
      <source>a theme named before any segment</source>
      <translation>موضوع مذكور قبل أي جزء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="39" />
      <source>a time alone, not a segment</source>
      <translation>وقت منفرد، وليس جزءًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="76" />
      <source>a time in a sentence</source>
      <translation>وقت مذكور في جملة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="75" />
      <source>a time in prose</source>
      <translation>وقت مذكور في النص السردي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="38" />
      <source>a time with no title after it (a column heading?)</source>
      <translation>وقت لا يليه عنوان (عنوان عمود؟)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="34" />
      <source>at the same time as the item above: kept in its description</source>
      <translation>في الوقت نفسه مع البند السابق: أُدرج في وصفه</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="105" />
      <source>at the same time as “{title}” (a parallel meeting)</source>
      <translation>في الوقت نفسه مع «{title}» (اجتماع مواز)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="40" />
      <source>cut from themes run together on one line</source>
      <translation>مقتطع من مواضيع متتابعة في سطر واحد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="162" />
      <source>day {n}</source>
      <translation>اليوم {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="41" />
      <source>end not written</source>
      <translation>النهاية غير مكتوبة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="43" />
      <source>end not written: taken from its duration</source>
      <translation>لم يُذكر وقت الانتهاء: حُسب من المدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="42" />
      <source>end not written: taken from the next item</source>
      <translation>النهاية غير مكتوبة: أُخذت من البند التالي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="79" />
      <source>from the meeting's hours in prose</source>
      <translation>من ساعات الاجتماع المذكورة في النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="102" />
      <source>from “{city}” in the text</source>
      <translation>استنادًا إلى «{city}» في النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="115" />
      <source>left out {n} image(s) and link(s) to a talk's material (“Video”, “Slides”) in {name}</source>
      <translation>أُغفلت {n} صورة (صور) ورابط (روابط) إلى مواد مداخلة («فيديو»، «شرائح») في {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="49" />
      <source>listed without a label or an honorific: taken as a speaker</source>
      <translation>مذكور دون تسمية أو لقب: اعتُبر متحدثًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="51" />
      <source>listed without a label: taken as a speaker</source>
      <translation>مذكور بلا تسمية: اعتُبر متكلمًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="48" />
      <source>listed without a label: taken as panellist</source>
      <translation>مذكور بلا تسمية: اعتُبر عضوًا في فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="52" />
      <source>marked as to be confirmed</source>
      <translation>معلَّم «بانتظار التأكيد»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="35" />
      <source>marks the start of the item below: kept in its description</source>
      <translation>يشير إلى بداية البند التالي: احتُفظ به في وصفه</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="50" />
      <source>named after a role: check the name</source>
      <translation>مذكور بعد صفته: تحقّق من الاسم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="54" />
      <source>named before any segment</source>
      <translation>مذكور قبل أي جزء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="85" />
      <source>named before the segments: taken for the first</source>
      <translation>مذكور قبل الأجزاء: نُسب إلى الجزء الأول</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="47" />
      <source>named in brackets in the title: taken as speaker</source>
      <translation>اسم بين قوسين في العنوان: اعتُبر متحدثًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="56" />
      <source>no am/pm: read as afternoon</source>
      <translation>بلا am/pm: قُرئ على أنه بعد الظهر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="57" />
      <source>no am/pm: read as morning, before the day's first item</source>
      <translation>بلا am/pm: قُرئ على أنه صباحًا، قبل أول بند في اليوم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="58" />
      <source>no am/pm: the end was read as afternoon</source>
      <translation>بلا am/pm: قُرئت النهاية على أنها بعد الظهر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="61" />
      <source>no announced title: a heading was taken</source>
      <translation>لا عنوان معلن: أُخذ عنوان فرعي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="62" />
      <source>no city found: New York assumed</source>
      <translation>لم يُعثر على مدينة: افتُرضت نيويورك</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="63" />
      <source>no date found: today's date was put in its place</source>
      <translation>لم يُعثر على تاريخ: وُضع تاريخ اليوم مكانه</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="84" />
      <source>no heading names the meeting: taken from a sentence</source>
      <translation>لا يذكر أي عنوان اسم الاجتماع: أُخذ من جملة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="64" />
      <source>no honorific (Mr., Ms., H.E. …): check this is a person</source>
      <translation>لا لقب (السيد، السيدة، سعادة …): تحقق من أنه شخص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="65" />
      <source>no segments found: the meeting's title</source>
      <translation>لم يُعثر على أجزاء: عنوان الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="66" />
      <source>no times in the text: placeholder, set the real times</source>
      <translation>لا أوقات في النص: قيمة مؤقتة، حدّد الأوقات الفعلية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="67" />
      <source>no title found</source>
      <translation>لم يُعثر على عنوان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="37" />
      <source>no title of its own: the next range's title</source>
      <translation>بلا عنوان خاص به: أُخذ عنوان الفترة التالية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="68" />
      <source>no venue found</source>
      <translation>لم يُعثر على مكان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="103" />
      <source>on another day ({day}): a programme holds one day</source>
      <translation>في يوم آخر ({day}): البرنامج يشمل يومًا واحدًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="92" />
      <source>read line by line: the programme's layout was not recognised</source>
      <translation>قُرئ سطرًا سطرًا: لم يُتعرَّف على تنسيق البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="114" />
      <source>read {n} Markdown link(s) in {name} as their words</source>
      <translation>قُرئ {n} رابط (روابط) Markdown في {name} بكلماته</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="112" />
      <source>read {n} character(s) between two times as dashes (broken encoding)</source>
      <translation>قُرئ {n} حرف (أحرف) بين وقتين على أنها شرطات (ترميز تالف)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="109" />
      <source>read {n} run(s) of doubled letters in {name} once (a PDF's bold text drawn twice, such as “FFrriiddaayy”)</source>
      <translation>قُرئت {n} سلسلة (سلاسل) من الحروف المكررة في {name} مرة واحدة (نص غامق في ملف PDF رُسم مرتين، مثل «FFrriiddaayy»)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="53" />
      <source>reads like a place, not an item: check the title</source>
      <translation>يبدو مكانًا لا بندًا: تحقّق من العنوان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="44" />
      <source>reckoned from the lengths written after the items</source>
      <translation>محسوب من المدد المكتوبة بعد البنود</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="126" />
      <source>removed the e-mail quote marks (“&gt;”) at the start of {n} line(s) of {name}</source>
      <translation>أُزيلت علامات اقتباس البريد الإلكتروني («&gt;») من بداية {n} سطر/أسطر في {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="111" />
      <source>removed {n} HTML tags from {name}, keeping the words they marked</source>
      <translation>أُزيلت {n} من وسوم HTML من {name} مع الإبقاء على الكلمات التي كانت تميزها</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="123" />
      <source>repaired broken encoding in {name} ({n} garbled sequences such as “{sample}”)</source>
      <translation>أُصلح الترميز التالف في {name} ({n} من التسلسلات المشوهة مثل «{sample}»)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="93" />
      <source>several places named: the first was taken</source>
      <translation>ذُكرت عدة أماكن: أُخذ أولها</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="69" />
      <source>taken from the “Theme” line</source>
      <translation>مأخوذ من سطر «الموضوع»</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="32" />
      <source>the end of the meeting above, not an item</source>
      <translation>نهاية الاجتماع أعلاه، وليست بندًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="59" />
      <source>the end was read as afternoon</source>
      <translation>قُرئت النهاية على أنها بعد الظهر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="70" />
      <source>the first date in the text; check it is the meeting's</source>
      <translation>أول تاريخ في النص؛ تحقق من أنه تاريخ الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="94" />
      <source>the first reading's only segment; the programme was read line by line instead</source>
      <translation>الجزء الوحيد في القراءة الأولى؛ قُرئ البرنامج سطرًا سطرًا بدلًا من ذلك</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="33" />
      <source>the format told in a sentence: the programme below gives the items</source>
      <translation>الشكل موصوف في جملة: البرنامج أدناه يعطي البنود</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="71" />
      <source>the last point in time: its end is not written</source>
      <translation>آخر توقيت منفرد: نهايته غير مكتوبة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="88" />
      <source>the meeting's hours and place, not an item</source>
      <translation>مواعيد الاجتماع ومكانه، وليست بندًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="80" />
      <source>the meeting's hours in prose: check the title</source>
      <translation>ساعات الاجتماع مذكورة في النص: تحقّق من العنوان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="72" />
      <source>the meeting's hours: no segments were found</source>
      <translation>مواعيد الاجتماع: لم يُعثر على أجزاء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="82" />
      <source>the meeting's hours: the segments below fall within them</source>
      <translation>ساعات الاجتماع: الأجزاء التالية تقع ضمنها</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="73" />
      <source>the meeting's title: no segments were found</source>
      <translation>عنوان الاجتماع: لم يُعثر على أجزاء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="81" />
      <source>the paragraph's label: check the title</source>
      <translation>عنوان الفقرة: تحقّق من العنوان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="86" />
      <source>the same times on another clock</source>
      <translation>الأوقات نفسها بتوقيت آخر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="104" />
      <source>the times start again: another day</source>
      <translation>تبدأ الأوقات من جديد: يوم آخر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="77" />
      <source>the title below the names under a label</source>
      <translation>العنوان تحت الأسماء الواردة بعد التسمية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="74" />
      <source>the title of the only segment</source>
      <translation>عنوان الجزء الوحيد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="97" />
      <source>the year is not written with the date</source>
      <translation>السنة غير مكتوبة مع التاريخ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="98" />
      <source>the year is not written with the day</source>
      <translation>السنة غير مكتوبة مع اليوم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="99" />
      <source>times from the grid's column heading</source>
      <translation>أوقات مأخوذة من عنوان عمود الجدول</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="100" />
      <source>times side by side: the columns of a grid (parallel meetings?)</source>
      <translation>أوقات متجاورة: أعمدة جدول (اجتماعات موازية؟)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="89" />
      <source>times written in {zone}: check the meeting's time zone</source>
      <translation>الأوقات مكتوبة بتوقيت {zone}: تحقّق من المنطقة الزمنية للاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="78" />
      <source>told in a sentence: check the title</source>
      <translation>مذكور في جملة: تحقق من العنوان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="101" />
      <source>who the limit is for is not said: taken for delegations</source>
      <translation>لم يُذكر لمن الحد: اعتُبر للوفود</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="45" />
      <source>written to start before the item above ends: started where it ends</source>
      <translation>مكتوب أنه يبدأ قبل انتهاء البند السابق: يبدأ عند انتهائه</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="131" />
      <source>{name} has broken encoding that cannot be repaired ({n} {what}); the original characters are lost. Copy the text again from the original document (or save it as UTF-8) and import that.</source>
      <translation>في {name} ترميز تالف لا يمكن إصلاحه ({n} {what})؛ فُقدت الأحرف الأصلية. انسخ النص مجددًا من المستند الأصلي (أو احفظه بترميز UTF-8) واستورده.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="107" />
      <source>{name} is a PDF without a text layer (a scan?): copy the text from the original document instead.</source>
      <translation>{name} ملف PDF بلا طبقة نص (مسح ضوئي؟): انسخ النص من المستند الأصلي بدلًا من ذلك.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="106" />
      <source>{name} is not UTF-8 (byte {byte} at offset {at}); read it as Windows-1252</source>
      <translation>{name} ليس بترميز UTF-8 (البايت {byte} في الموضع {at})؛ قُرئ بترميز Windows-1252</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="113" />
      <source>{name} still has {n} unreadable character(s); check names and titles near them</source>
      <translation>لا يزال في {name} {n} حرف (أحرف) غير مقروء؛ تحقق من الأسماء والعناوين القريبة منها</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="95" />
      <source>“12 a.m.” at the end of a morning: read as noon</source>
      <translation>«12 a.m.» في نهاية فترة صباحية: قُرئت ظهرًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="91" />
      <source>“am” after 12: read as noon</source>
      <translation>«am» بعد الساعة 12: قُرئت ظهرًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="90" />
      <source>“am” after a range from noon: read as afternoon</source>
      <translation>«ص» بعد فترة تبدأ ظهرًا: قُرئت بعد الظهر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/import_words.py" line="96" />
      <source>“am” after a start in the afternoon: read as pm</source>
      <translation>«ص» بعد بداية بعد الظهر: قُرئت «م»</translation>
    </message>
  </context>
  <context>
    <name>LogModel</name>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>#</source>
      <translation>رقم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Kind</source>
      <translation>النوع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="65" />
      <source>Notes</source>
      <translation>الملاحظات</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Over</source>
      <translation>التجاوز</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Speaker</source>
      <translation>المتكلم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Spoken</source>
      <translation>المدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="64" />
      <source>Start</source>
      <translation>البداية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="236" />
      <source>paused</source>
      <translation>متوقف مؤقتاً</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/log_model.py" line="237" />
      <source>speaking</source>
      <translation>يتكلم الآن</translation>
    </message>
  </context>
  <context>
    <name>Menus</name>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="46" />
      <source>&amp;Export</source>
      <translation>تصدير</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="72" />
      <source>Console &amp;language</source>
      <translation>لغة وحدة التحكم</translation>
    </message>
    <message>
      <source>Display &amp;language</source>
      <translation type="vanished">لغة العرض</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/menus.py" line="37" />
      <source>Open &amp;recent</source>
      <translation>الاجتماعات الأخيرة</translation>
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
      <translation> (العمود {column})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="310" />
      <source> (did you mean "{zone}"?)</source>
      <translation> (هل تقصد "{zone}"؟)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="117" />
      <location filename="../../floorapp/core/programme/values.py" line="98" />
      <source> (did you mean '{word}'?)</source>
      <translation> (هل تقصد '{word}'؟)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="47" />
      <source> (first on line {line})</source>
      <translation> (المرة الأولى في السطر {line})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="48" />
      <source> (line {line})</source>
      <translation> (السطر {line})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="102" />
      <source>'panellists' of {segment} must be a list of [[segments.panellists]] tables or names, not {found}</source>
      <translation>يجب أن تكون 'panellists' في {segment} قائمة من جداول [[segments.panellists]] أو من الأسماء، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="144" />
      <source>'segments' must be [[segments]] tables, not {found}</source>
      <translation>يجب أن تكون 'segments' جداول [[segments]]، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="115" />
      <source>'themes' of {segment} must be a list of [[segments.themes]] tables, not {found}</source>
      <translation>يجب أن تكون 'themes' في {segment} قائمة من جداول [[segments.themes]]، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="152" />
      <source>'{code}' is not a currency code: use three letters such as USD or EUR.</source>
      <translation>'{code}' ليس رمز عملة: استخدم ثلاثة أحرف مثل USD أو EUR.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="192" />
      <source>'{id}' is not a participant of this meeting.</source>
      <translation>'{id}' ليس مشاركاً في هذا الاجتماع.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/checks.py" line="103" />
      <source>'{key}' has {n} names but 'organisers' has {total}: give one translation for each organiser, in the same order ("" for one not translated)</source>
      <translation>
        <numerusform>في '{key}' صفر أسماء بينما في 'organisers' {total}: أعطِ ترجمة واحدة لكل منظِّم، بالترتيب نفسه ("" لما لم يُترجم)</numerusform>
        <numerusform>في '{key}' اسم واحد بينما في 'organisers' {total}: أعطِ ترجمة واحدة لكل منظِّم، بالترتيب نفسه ("" لما لم يُترجم)</numerusform>
        <numerusform>في '{key}' اسمان بينما في 'organisers' {total}: أعطِ ترجمة واحدة لكل منظِّم، بالترتيب نفسه ("" لما لم يُترجم)</numerusform>
        <numerusform>في '{key}' {n} أسماء بينما في 'organisers' {total}: أعطِ ترجمة واحدة لكل منظِّم، بالترتيب نفسه ("" لما لم يُترجم)</numerusform>
        <numerusform>في '{key}' {n} اسماً بينما في 'organisers' {total}: أعطِ ترجمة واحدة لكل منظِّم، بالترتيب نفسه ("" لما لم يُترجم)</numerusform>
        <numerusform>في '{key}' {n} اسم بينما في 'organisers' {total}: أعطِ ترجمة واحدة لكل منظِّم، بالترتيب نفسه ("" لما لم يُترجم)</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="193" />
      <source>'{key}' is given twice{where}; keep one</source>
      <translation>'{key}' مذكور مرتين{where}؛ أبقِ على واحد</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="95" />
      <source>'{key}' is in the programme's own language (language = "{language}"): those names belong in 'organisers'</source>
      <translation>'{key}' مكتوب بلغة البرنامج نفسها (language = "{language}"): هذه الأسماء مكانها 'organisers'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="132" />
      <source>'{key}' of {owner} is in the programme's own language (language = "{language}"): that text belongs in '{base}'; remove '{key}', or change 'language'</source>
      <translation>'{key}' في {owner} مكتوب بلغة البرنامج نفسها (language = "{language}"): مكان هذا النص '{base}'؛ احذف '{key}' أو غيّر 'language'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="161" />
      <source>'{key}' of {owner}: {reason}</source>
      <translation>'{key}' في {owner}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="146" />
      <source>'{kind}' is not a kind of announcement; use one of {kinds}.</source>
      <translation>”{kind}“ ليس نوعا من أنواع الإعلانات؛ استخدم أحد الأنواع التالية: {kinds}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="212" />
      <source>'{kind}' is not a kind of request.</source>
      <translation>'{kind}' ليس نوعاً من الطلبات.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="70" />
      <source>'{text}' could be {names}. Type more of the name.</source>
      <translation>'{text}' قد يكون {names}. اكتب المزيد من الاسم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="171" />
      <source>'{value}' is not a date and time.</source>
      <translation>'{value}' ليس تاريخاً ووقتاً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="211" />
      <source>; each line must be key = value, a [table] header or a # comment (see docs/programme-format.md)</source>
      <translation>؛ يجب أن يكون كل سطر key = value أو ترويسة [table] أو تعليقاً يبدأ بـ# (انظر docs/programme-format.md)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="164" />
      <source>; text goes in double quotes: {key} = "{value}"</source>
      <translation>؛ النص يوضع بين علامتي تنصيص مزدوجتين: {key} = "{value}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="208" />
      <source>; text in "quotes" must end on the same line (use """ for text of several lines)</source>
      <translation>؛ النص بين "علامات التنصيص" يجب أن ينتهي في السطر نفسه (استخدم """ للنص المكوّن من عدة أسطر)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="214" />
      <source>; the string or bracket opened on this line is never closed</source>
      <translation>؛ السلسلة أو القوس المفتوح في هذا السطر لا يُغلق أبداً</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="160" />
      <source>; times go in quotes, on the 24-hour clock: {key} = "HH:MM"</source>
      <translation>؛ الأوقات توضع بين علامتي تنصيص، بنظام 24 ساعة: {key} = "HH:MM"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="162" />
      <source>; write the date as YYYY-MM-DD with a real month and day, e.g. 2012-04-03</source>
      <translation>؛ اكتب التاريخ بالصيغة YYYY-MM-DD بشهر ويوم حقيقيين، مثلاً 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="155" />
      <source>A currency needs an amount.</source>
      <translation>العملة تحتاج إلى مبلغ.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="56" />
      <location filename="../../floorapp/core/commands.py" line="213" />
      <source>A group statement needs the name of the group it is made on behalf of.</source>
      <translation>البيان باسم مجموعة يحتاج إلى اسم المجموعة التي يُدلى به باسمها.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="48" />
      <source>A new participant needs a name.</source>
      <translation>المشارك الجديد يحتاج إلى اسم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="66" />
      <source>A note needs some text or a theme.</source>
      <translation>الملاحظة تحتاج إلى نص أو موضوع.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="60" />
      <source>A paragraph of the synthesis is at most {n} characters.</source>
      <translation>لا تتجاوز فقرة الخلاصة {n} حرفا.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="159" />
      <source>A pledge or a personal gift needs an amount.</source>
      <translation>التعهد أو الهبة الشخصية يحتاج إلى مبلغ.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="205" />
      <source>A point of order is being heard: end it before giving the floor to anyone else.</source>
      <translation>يجري الاستماع إلى نقطة نظام: أنهِها قبل إعطاء الكلمة لأي أحد آخر.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="81" />
      <source>A speaking limit must be between 1 second and 2 hours, or 0 for no limit.</source>
      <translation>يجب أن يتراوح الحد الزمني للكلمة بين ثانية واحدة وساعتين، أو 0 لعدم وجود حد.</translation>
    </message>
    <message>
      <source>A speaking limit must be between 1 second and 2 hours.</source>
      <translation type="vanished">يجب أن يتراوح الحد الزمني للكلمة بين ثانية واحدة وساعتين.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="132" />
      <source>An amount cannot be negative.</source>
      <translation>لا يمكن أن يكون المبلغ سالباً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="124" />
      <source>An amount is a number.</source>
      <translation>المبلغ رقم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="157" />
      <source>An announcement needs some text or an amount.</source>
      <translation>الإعلان يحتاج إلى نص أو مبلغ.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="264" />
      <source>An extension must be a non-zero number of seconds, at most 2 hours.</source>
      <translation>يجب أن يكون التمديد عدداً غير صفري من الثواني، بحد أقصى ساعتين.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="195" />
      <source>An intervention needs a speaker.</source>
      <translation>المداخلة تحتاج إلى متكلم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="186" />
      <source>Cannot correct {fields}.</source>
      <translation>لا يمكن تصحيح {fields}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="66" />
      <source>Cannot reach the meeting database {where}: {reason}</source>
      <translation>يتعذر الوصول إلى قاعدة بيانات الاجتماع {where}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="98" />
      <source>No name was typed. Type a few letters of a name.</source>
      <translation>لم يُكتب أي اسم. اكتب بضعة أحرف من اسم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="99" />
      <source>No participant matches '{text}'. Add them to the meeting as a new participant.</source>
      <translation>لا يطابق أي مشارك '{text}'. أضفه إلى الاجتماع بوصفه مشاركاً جديداً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="116" />
      <source>No record field to set.</source>
      <translation>لا يوجد حقل سجل لضبطه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="25" />
      <source>No segment is open: open a segment of the programme first.</source>
      <translation>لا يوجد جزء مفتوح: افتح أولاً جزءاً من البرنامج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="47" />
      <source>Nobody has the floor.</source>
      <translation>لا أحد لديه الكلمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="71" />
      <source>Nothing to change.</source>
      <translation>لا شيء لتغييره.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="188" />
      <source>Nothing to correct.</source>
      <translation>لا شيء لتصحيحه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="291" />
      <source>Nothing to redo.</source>
      <translation>لا شيء لإعادته.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="284" />
      <source>Nothing to undo.</source>
      <translation>لا شيء للتراجع عنه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="104" />
      <source>Only a request waiting on the list can be moved: recall it first.</source>
      <translation>لا يمكن نقل إلا الطلب المنتظر في القائمة: أعد استدعاءه أولاً.</translation>
    </message>
    <message>
      <source>Segment '{id}' is already open.</source>
      <translation type="vanished">الجزء '{id}' مفتوح بالفعل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="39" />
      <source>Someone still has the floor: end that intervention first.</source>
      <translation>ما زال أحدهم يتكلم: أنهِ تلك المداخلة أولاً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="130" />
      <location filename="../../floorapp/core/record_commands.py" line="128" />
      <source>That amount is too large.</source>
      <translation>ذلك المبلغ كبير جداً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="229" />
      <source>That request is on the list of another segment.</source>
      <translation>ذلك الطلب مدرج في قائمة جزء آخر.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="153" />
      <source>The database {where} already has tables; use an empty database.</source>
      <translation>قاعدة البيانات {where} فيها جداول بالفعل؛ استخدم قاعدة بيانات فارغة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="207" />
      <source>The end must come after the start.</source>
      <translation>يجب أن تأتي النهاية بعد البداية.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="175" />
      <source>The end time needs a date, a time and a time zone.</source>
      <translation>وقت النهاية يحتاج إلى تاريخ ووقت ومنطقة زمنية.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="61" />
      <source>The file {where} is damaged or is not a database ({reason}). It was left untouched; restore it from a backup or open another meeting.</source>
      <translation>الملف {where} تالف أو ليس قاعدة بيانات ({reason}). تُرك دون مساس؛ استعده من نسخة احتياطية أو افتح اجتماعاً آخر.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="198" />
      <source>The intervention is still going on; end it first.</source>
      <translation>المداخلة ما زالت جارية؛ أنهِها أولاً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="145" />
      <source>The list is already closed.</source>
      <translation>القائمة مقفلة بالفعل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="154" />
      <source>The list is open.</source>
      <translation>القائمة مفتوحة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="59" />
      <source>The list of speakers is closed: {name} cannot be inscribed.</source>
      <translation>قائمة المتكلمين مقفلة: لا يمكن تسجيل {name}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="222" />
      <source>The list of speakers is empty.</source>
      <translation>قائمة المتكلمين فارغة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="68" />
      <source>The meeting database {where} cannot be used: {reason}</source>
      <translation>لا يمكن استخدام قاعدة بيانات الاجتماع {where}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="219" />
      <source>The meeting database {where} is damaged ({reason}). It was left untouched; restore it from a backup.</source>
      <translation>قاعدة بيانات الاجتماع {where} تالفة ({reason}). تُركت دون مساس؛ استعدها من نسخة احتياطية.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="56" />
      <source>The meeting database {where} is in use by another program (it is locked). Close the other program, or wait, and try again. Nothing was changed.</source>
      <translation>قاعدة بيانات الاجتماع {where} يستخدمها برنامج آخر (مقفلة). أغلق البرنامج الآخر، أو انتظر، ثم حاول مجدداً. لم يُغيَّر شيء.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/errors.py" line="51" />
      <source>The meeting database {where} refused this station's change: its role may not do that (the officer may have taken the floor back). Nothing was changed.</source>
      <translation>رفضت قاعدة بيانات الاجتماع {where} تغيير هذه المحطة: دورها لا يسمح بذلك (ربما استعاد الموظف الكلمة). لم يُغيَّر شيء.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/migrate.py" line="64" />
      <source>The meeting database {where} was written by a newer version of Floor (schema {schema}; this version knows up to {known}). Update Floor to open it. The database was left untouched.</source>
      <translation>قاعدة بيانات الاجتماع {where} كُتبت بإصدار أحدث من Floor (المخطط {schema}؛ وهذا الإصدار يعرف حتى {known}). حدّث Floor لفتحها. تُركت قاعدة البيانات دون مساس.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="63" />
      <source>The paragraph already reads so.</source>
      <translation>الفقرة مكتوبة بهذا النص بالفعل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="30" />
      <source>The programme has no segment '{id}'.</source>
      <translation>لا يوجد في البرنامج جزء '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="56" />
      <source>The programme has no theme '{theme}' in a segment '{segment}'.</source>
      <translation>لا يتضمن البرنامج موضوعا ”{theme}“ في جزء ”{segment}“.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="65" />
      <source>The record field '{key}' is yes or no, not {value}.</source>
      <translation>حقل السجل '{key}' قيمته نعم أو لا، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="107" />
      <source>The request is already there.</source>
      <translation>الطلب موجود هناك بالفعل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="248" />
      <source>The speaker's time is already paused.</source>
      <translation>وقت المتكلم متوقف مؤقتاً بالفعل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="256" />
      <source>The speaker's time is already running.</source>
      <translation>وقت المتكلم يجري بالفعل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="268" />
      <source>The speaking time cannot be shortened below zero.</source>
      <translation>لا يمكن تقليص وقت الكلمة إلى ما دون الصفر.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="173" />
      <source>The start time needs a date, a time and a time zone.</source>
      <translation>وقت البداية يحتاج إلى تاريخ ووقت ومنطقة زمنية.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="85" />
      <source>The {field} must be one of {choices}, not {value}.</source>
      <translation>يجب أن يكون {field} واحداً من {choices}، لا {value}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="110" />
      <source>There is already a file at {where}; choose another name or open it.</source>
      <translation>يوجد ملف بالفعل في {where}؛ اختر اسماً آخر أو افتحه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="101" />
      <source>There is no announcement '{id}' on that intervention.</source>
      <translation>لا يوجد إعلان '{id}' في تلك المداخلة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="35" />
      <source>There is no intervention '{id}'.</source>
      <translation>لا توجد مداخلة '{id}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="41" />
      <source>There is no intervention yet to attach a note to.</source>
      <translation>لا توجد بعدُ مداخلة لإرفاق ملاحظة بها.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="32" />
      <source>There is no meeting database at {where}.</source>
      <translation>لا توجد قاعدة بيانات اجتماع في {where}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="77" />
      <location filename="../../floorapp/core/record_commands.py" line="91" />
      <source>There is no note '{id}' on that intervention.</source>
      <translation>لا توجد ملاحظة '{id}' في تلك المداخلة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_fields.py" line="76" />
      <source>There is no record field '{key}'; the fields are: {known}.</source>
      <translation>لا يوجد حقل سجل '{key}'؛ الحقول هي: {known}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="37" />
      <source>There is no request '{id}' on the list.</source>
      <translation>لا يوجد طلب '{id}' في القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="266" />
      <source>This speaker has no speaking limit; set one in the limits first.</source>
      <translation>لا يوجد حد زمني لكلمة هذا المتكلم؛ حدد حداً أولاً في الحدود الزمنية.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="79" />
      <source>Unknown kind of speaker '{key}'.</source>
      <translation>نوع متكلم غير معروف '{key}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/synthesis.py" line="52" />
      <source>Unknown language '{lang}'; use one of {languages}.</source>
      <translation>لغة غير معروفة ”{lang}“؛ استخدم إحدى اللغات التالية: {languages}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="62" />
      <source>Unknown ordering policy '{value}'.</source>
      <translation>سياسة ترتيب غير معروفة '{value}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="69" />
      <source>Unknown setting '{key}'.</source>
      <translation>إعداد غير معروف '{key}'.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="54" />
      <source>Unknown theme {themes} for this segment; its themes are: {known}.</source>
      <translation>موضوع غير معروف {themes} لهذا الجزء؛ مواضيعه هي: {known}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/record_commands.py" line="52" />
      <source>Unknown theme {themes}: this segment has no themes.</source>
      <translation>موضوع غير معروف {themes}: لا مواضيع لهذا الجزء.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="135" />
      <source>a broken character ({character}, half of a surrogate pair); save the file as UTF-8</source>
      <translation>حرف معطوب ({character}، نصف زوج بديل)؛ احفظ الملف بترميز UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="61" />
      <source>a date</source>
      <translation>تاريخ</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="59" />
      <source>a date and time</source>
      <translation>تاريخ ووقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="80" />
      <source>a huge number</source>
      <translation>عدد ضخم</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="65" />
      <source>a list</source>
      <translation>قائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="122" />
      <source>a name contains a control character ({character})</source>
      <translation>اسم فيه حرف تحكم ({character})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="55" />
      <source>a number</source>
      <translation>عدد</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="35" />
      <source>a point of order</source>
      <translation>نقطة نظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="33" />
      <source>a question</source>
      <translation>سؤال</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="34" />
      <source>a right of reply</source>
      <translation>حق الرد</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="31" />
      <source>a statement</source>
      <translation>بيان</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="32" />
      <source>a statement on behalf of a group</source>
      <translation>بيان باسم مجموعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="67" />
      <source>a table</source>
      <translation>جدول</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="63" />
      <source>a time</source>
      <translation>وقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="233" />
      <source>a value cannot be read: {reason}</source>
      <translation>تتعذر قراءة قيمة: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="76" />
      <source>a very large number</source>
      <translation>عدد كبير جداً</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="91" />
      <source>at the top level of the file</source>
      <translation>في المستوى الأعلى من الملف</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/problem.py" line="62" />
      <source>cannot be read: {reason}</source>
      <translation>تتعذر قراءته: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot mutate immutable namespace {value}</source>
      <translation>لا يمكن تعديل الجدول {value} بعد تعريفه</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="63" />
      <source>cannot overwrite a value</source>
      <translation>لا يمكن إعطاء قيمة مرتين</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="96" />
      <source>cannot redefine namespace {value}</source>
      <translation>لا يمكن تعريف الجدول {value} مرة أخرى</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="175" />
      <source>contains a control character ({character})</source>
      <translation>يحتوي على حرف تحكم ({character})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="253" />
      <source>could not be read ({reason}); please report this file</source>
      <translation>تعذرت قراءته ({reason})؛ يُرجى الإبلاغ عن هذا الملف</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>duplicate inline table key {value}</source>
      <translation>المفتاح {value} مكرر في جدول سطري</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="76" />
      <source>escaped character is not a Unicode scalar value</source>
      <translation>الحرف المُهرَّب ليس قيمة Unicode صالحة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="69" />
      <source>expected '=' after a key in a key/value pair</source>
      <translation>يُنتظر '=' بعد المفتاح في زوج مفتاح/قيمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="65" />
      <source>expected ']' at the end of a table declaration</source>
      <translation>يُنتظر ']' في نهاية ترويسة الجدول</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="67" />
      <source>expected ']]' at the end of an array declaration</source>
      <translation>يُنتظر ']]' في نهاية ترويسة مصفوفة الجداول</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="61" />
      <source>expected newline or end of document after a statement</source>
      <translation>يُنتظر سطر جديد أو نهاية الملف بعد العبارة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="95" />
      <source>expected {value}</source>
      <translation>يُنتظر {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>found invalid character {value}</source>
      <translation>وُجد حرف غير صالح {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="94" />
      <source>illegal character {value}</source>
      <translation>حرف غير مسموح به {value}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="92" />
      <source>in {owner}</source>
      <translation>في {owner}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="78" />
      <source>invalid date or datetime</source>
      <translation>تاريخ أو تاريخ ووقت غير صالح</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="74" />
      <source>invalid hex value</source>
      <translation>قيمة ست عشرية غير صالحة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="70" />
      <source>invalid initial character for a key part</source>
      <translation>حرف بداية غير صالح لجزء من المفتاح</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="62" />
      <source>invalid statement</source>
      <translation>عبارة غير صالحة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="79" />
      <source>invalid value</source>
      <translation>قيمة غير صالحة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="140" />
      <source>is UTF-16 text, not UTF-8: save it as UTF-8</source>
      <translation>نص بترميز UTF-16 لا UTF-8: احفظه بترميز UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="178" />
      <source>is empty</source>
      <translation>فارغ</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="264" />
      <source>is not a programme</source>
      <translation>ليس برنامجاً</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="278" />
      <source>is too large for a programme (more than {size} MB)</source>
      <translation>أكبر من أن يكون برنامجاً (أكثر من {size} ميغابايت)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="200" />
      <source>limit '{key}' of {owner}: {reason}</source>
      <translation>الحد '{key}' في {owner}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>marked absent</source>
      <translation>مسجل غائباً</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="201" />
      <source>merge them into one</source>
      <translation>ادمجهما في واحد</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="151" />
      <source>must be a date ({form}), not {found}</source>
      <translation>يجب أن يكون تاريخاً ({form})، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="118" />
      <source>must be a list of names in quotes, e.g. ["UNODC"], not {found}</source>
      <translation>يجب أن يكون قائمة أسماء بين علامتي تنصيص، مثلاً ["UNODC"]، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="219" />
      <source>must be a speaking time ({form}), not {found}</source>
      <translation>يجب أن يكون وقتاً للكلمة ({form})، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="170" />
      <source>must be a time in quotes ({form}), not {found}</source>
      <translation>يجب أن يكون وقتاً بين علامتي تنصيص ({form})، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="301" />
      <source>must be a time-zone name in quotes; {example}; not {found}</source>
      <translation>يجب أن يكون اسم منطقة زمنية بين علامتي تنصيص؛ {example}؛ لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="262" />
      <source>must be one of {allowed} (in quotes), not {found}</source>
      <translation>يجب أن يكون واحداً من {allowed} (بين علامتي تنصيص)، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="171" />
      <source>must be text in double quotes, not {found}</source>
      <translation>يجب أن يكون نصاً بين علامتي تنصيص مزدوجتين، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="125" />
      <source>must be text in quotes such as "panel-1", not {found}</source>
      <translation>يجب أن يكون نصاً بين علامتي تنصيص مثل "panel-1"، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="146" />
      <source>not UTF-8 text: byte {byte} at column {column} is not UTF-8 (the file may be Latin-1 or Windows-1252); save it as UTF-8</source>
      <translation>ليس نصاً بترميز UTF-8: البايت {byte} في العمود {column} ليس UTF-8 (قد يكون الملف بترميز Latin-1 أو Windows-1252)؛ احفظه بترميز UTF-8</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="228" />
      <source>not valid TOML here: brackets nested far too deeply</source>
      <translation>ليس TOML صالحاً هنا: أقواس متداخلة إلى عمق مفرط</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="217" />
      <source>not valid TOML: {reason}{where}{hint}</source>
      <translation>ليس TOML صالحاً: {reason}{where}{hint}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="65" />
      <source>number {n} on the list</source>
      <translation>رقم {n} في القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="107" />
      <source>panellist {n} of {segment}</source>
      <translation>عضو فريق المناقشة {n} في {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="115" />
      <source>participant id "{id}" is used twice</source>
      <translation>معرّف المشارك "{id}" مستخدم مرتين</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="61" />
      <source>participant {id}</source>
      <translation>المشارك {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="156" />
      <source>segment id "{id}" is used twice{where}</source>
      <translation>معرّف الجزء "{id}" مستخدم مرتين{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="63" />
      <location filename="../../floorapp/core/programme/fields.py" line="60" />
      <source>segment {id}</source>
      <translation>الجزء {id}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="57" />
      <source>text</source>
      <translation>نص</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="65" />
      <source>the chair of the meeting</source>
      <translation>رئيس الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="82" />
      <source>the chair of {segment}</source>
      <translation>رئيس {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="70" />
      <source>the id "{id}" is given to {first}{where} and to {second}; give each person their own id</source>
      <translation>المعرّف "{id}" مُعطى لـ{first}{where} ولـ{second}؛ أعطِ كل شخص معرّفاً خاصاً به</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="187" />
      <source>the limits of {owner} must be a table, not {found}</source>
      <translation>حدود {owner} يجب أن تكون جدولاً، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="70" />
      <source>the meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="83" />
      <source>the moderator of {segment}</source>
      <translation>مدير النقاش في {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="88" />
      <source>the names of {owner}</source>
      <translation>أسماء {owner}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="30" />
      <source>the programme</source>
      <translation>البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/checks.py" line="74" />
      <source>the programme has no segments: add a [[segments]] table for each part of the meeting</source>
      <translation>لا أجزاء في البرنامج: أضف جدول [[segments]] لكل جزء من الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="148" />
      <source>the programme needs at least one segment ([[segments]])</source>
      <translation>يحتاج البرنامج إلى جزء واحد على الأقل ([[segments]])</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="202" />
      <source>the table [{name}] is declared twice; {fix}</source>
      <translation>الجدول [{name}] معرَّف مرتين؛ {fix}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="154" />
      <source>the year {year} is surely a typo; {form}</source>
      <translation>السنة {year} خطأ مطبعي على الأرجح؛ {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="128" />
      <source>theme id "{id}" is used twice in {segment}{where}</source>
      <translation>معرّف الموضوع "{id}" مستخدم مرتين في {segment}{where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="123" />
      <source>theme {n} of {segment}</source>
      <translation>الموضوع {n} في {segment}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="53" />
      <source>true/false</source>
      <translation>صح/خطأ (true/false)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="71" />
      <source>unclosed array</source>
      <translation>قائمة '[' غير مغلقة</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="72" />
      <source>unclosed inline table</source>
      <translation>جدول سطري '{{' غير مغلق</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="73" />
      <source>unescaped '\' in a string</source>
      <translation>علامة '\' غير مُهرَّبة في نص</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="101" />
      <source>unknown key '{key}' {place}: '{key}' belongs to a segment, under a [[segments]] header</source>
      <translation>مفتاح غير معروف '{key}' {place}: '{key}' يخص جزءاً، تحت ترويسة [[segments]]</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="113" />
      <source>unknown key '{key}' {place}: write the language code in lower case, '{fixed}'</source>
      <translation>مفتاح غير معروف '{key}' {place}: اكتب رمز اللغة بأحرف صغيرة، '{fixed}'</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="105" />
      <source>unknown key '{key}' {place}{near}</source>
      <translation>مفتاح غير معروف '{key}' {place}{near}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="118" />
      <source>unknown key '{key}' {place}{near}: '{lang}' is not one of the six languages; a translation of '{base}' is written {forms} or {last}</source>
      <translation>مفتاح غير معروف '{key}' {place}{near}: '{lang}' ليست إحدى اللغات الست؛ تُكتب ترجمة '{base}' بالشكل {forms} أو {last}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="287" />
      <source>unknown language {value}{near}; the languages are: {allowed}</source>
      <translation>لغة غير معروفة {value}{near}؛ اللغات هي: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="192" />
      <source>unknown limit '{key}' of {owner}{near}; the limits are: {allowed}</source>
      <translation>حد غير معروف '{key}' في {owner}{near}؛ الحدود هي: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="274" />
      <source>unknown segment kind {value}{near}; the kinds are: {allowed}</source>
      <translation>نوع جزء غير معروف {value}{near}؛ الأنواع هي: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="280" />
      <source>unknown speaker category {value}{near}; the categories are: {allowed}</source>
      <translation>فئة متكلم غير معروفة {value}{near}؛ الفئات هي: {allowed}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="77" />
      <source>unterminated string</source>
      <translation>نص بين علامتي تنصيص غير مغلق</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="299" />
      <source>use an IANA name such as "America/New_York" or "Europe/Geneva"</source>
      <translation>استخدم اسماً من IANA مثل "America/New_York" أو "Europe/Geneva"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="39" />
      <source>write "M:SS" (e.g. "3:00" for 3 minutes) or whole seconds (e.g. 180)</source>
      <translation>اكتب "M:SS" (مثلاً "3:00" لثلاث دقائق) أو ثوانيَ كاملة (مثلاً 180)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="38" />
      <source>write HH:MM on the 24-hour clock, e.g. "10:00" or "17:45"</source>
      <translation>اكتب HH:MM بنظام 24 ساعة، مثلاً "10:00" أو "17:45"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="40" />
      <source>write YYYY-MM-DD, e.g. 2012-04-03</source>
      <translation>اكتب YYYY-MM-DD، مثلاً 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="105" />
      <source>write [[participants]] (two brackets) before each participant, not {found}</source>
      <translation>اكتب [[participants]] (بقوسين مزدوجين) قبل كل مشارك، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="140" />
      <source>write [[segments]] (two brackets) before each segment; [segments] makes a single table</source>
      <translation>اكتب [[segments]] (بقوسين مزدوجين) قبل كل جزء؛ [segments] ينشئ جدولاً واحداً</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/file.py" line="199" />
      <source>write [[{name}]] (two brackets) before each one</source>
      <translation>اكتب [[{name}]] (بقوسين مزدوجين) قبل كل واحد</translation>
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
      <translation>{first}، {next}</translation>
    </message>
    <message>
      <source>{first}; {second}</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="65" />
      <source>{key} must be a whole number of seconds from 0 to 3600.</source>
      <translation>يجب أن يكون {key} عدداً صحيحاً من الثواني من 0 إلى 3600.</translation>
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
        <numerusform>{names} و{n} آخرون</numerusform>
        <numerusform>{names} وواحد آخر</numerusform>
        <numerusform>{names} واثنان آخران</numerusform>
        <numerusform>{names} و{n} آخرون</numerusform>
        <numerusform>{names} و{n} آخرين</numerusform>
        <numerusform>{names} و{n} آخر</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="91" />
      <source>{names} or {last}</source>
      <translation>{names} أو {last}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/commands.py" line="70" />
      <source>{name} has already had {n} rights of reply in this segment.</source>
      <translation>
        <numerusform>استنفد {name} بالفعل حقه في الرد في هذا الجزء ({n}).</numerusform>
        <numerusform>مارس {name} بالفعل حق الرد مرة واحدة في هذا الجزء.</numerusform>
        <numerusform>مارس {name} بالفعل حق الرد مرتين في هذا الجزء.</numerusform>
        <numerusform>مارس {name} بالفعل حق الرد {n} مرات في هذا الجزء.</numerusform>
        <numerusform>مارس {name} بالفعل حق الرد {n} مرة في هذا الجزء.</numerusform>
        <numerusform>مارس {name} بالفعل حق الرد {n} مرة في هذا الجزء.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="66" />
      <source>{name} is already inscribed for {kind} ({where}).</source>
      <translation>{name} مسجَّل بالفعل لـ{kind} ({where}).</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="123" />
      <source>{name} is already marked absent.</source>
      <translation>{name} مسجَّل غائباً بالفعل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="226" />
      <source>{name} is marked absent: recall them first.</source>
      <translation>{name} مسجَّل غائباً: أعد استدعاءه أولاً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/command_checks.py" line="39" />
      <source>{name} is no longer on the list.</source>
      <translation>{name} لم يعد في القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/commands.py" line="133" />
      <source>{name} is not marked absent.</source>
      <translation>{name} غير مسجَّل غائباً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="142" />
      <source>{owner} has '{key}' but no '{base}': write {base} = "…" in the programme's language ({language}) too</source>
      <translation>لدى {owner} '{key}' لكن لا '{base}': اكتب {base} = "…" بلغة البرنامج ({language}) أيضاً</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="155" />
      <location filename="../../floorapp/core/programme/people.py" line="85" />
      <source>{owner} has no '{key}' (e.g. {example})</source>
      <translation>لا يوجد في {owner} '{key}' (مثلاً {example})</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="41" />
      <source>{owner} must be a name in quotes or a table with a name, not {found}</source>
      <translation>{owner} يجب أن يكون اسماً بين علامتي تنصيص أو جدولاً فيه اسم، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/fields.py" line="88" />
      <source>{owner} must be a table, not {found}</source>
      <translation>{owner} يجب أن يكون جدولاً، لا {found}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="95" />
      <source>{owner} needs a name in English (en = "…")</source>
      <translation>{owner} يحتاج إلى اسم بالإنكليزية (en = "…")</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/people.py" line="56" />
      <source>{owner} needs an id (letters, digits, '-'), e.g. id = "pga"</source>
      <translation>{owner} يحتاج إلى معرّف (أحرف وأرقام و'-')، مثلاً id = "pga"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="77" />
      <source>{segment} ends at {end}, which is not after its start at {start}</source>
      <translation>{segment} ينتهي في {end}، وهو ليس بعد بدايته في {start}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="171" />
      <source>{segment} is listed after {other} but starts before it; list the segments in time order</source>
      <translation>{segment} مدرج بعد {other} لكنه يبدأ قبله؛ رتّب الأجزاء حسب الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/segments.py" line="177" />
      <source>{segment} overlaps {other}</source>
      <translation>{segment} يتداخل مع {other}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="68" />
      <source>{type}</source>
      <translation>{type}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/roster.py" line="60" />
      <source>{unknown} Did you mean {names}?</source>
      <translation>{unknown} هل تقصد {names}؟</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="139" />
      <source>{value} has a time of day; write only the date, e.g. 2012-04-03</source>
      <translation>{value} فيه وقت من اليوم؛ اكتب التاريخ وحده، مثلاً 2012-04-03</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="166" />
      <location filename="../../floorapp/core/programme/values.py" line="181" />
      <source>{value} has seconds; times are to the minute: {form}</source>
      <translation>{value} فيه ثوانٍ؛ الأوقات بالدقيقة: {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="162" />
      <source>{value} is a date and time; write only the time, {form}</source>
      <translation>{value} تاريخ ووقت؛ اكتب الوقت وحده، {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="211" />
      <source>{value} is more than 2 hours ({max} s): surely a mistake; {form}</source>
      <translation>{value} أكثر من ساعتين ({max} ثانية): خطأ على الأرجح؛ {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="143" />
      <source>{value} is not a date; {form}</source>
      <translation>{value} ليس تاريخاً؛ {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="311" />
      <source>{value} is not a known time zone{near}; {example}</source>
      <translation>{value} ليس منطقة زمنية معروفة{near}؛ {example}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="148" />
      <source>{value} is not a real date (check the month and day); {form}</source>
      <translation>{value} ليس تاريخاً حقيقياً (تحقق من الشهر واليوم)؛ {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="241" />
      <source>{value} is not a speaking time; {form}</source>
      <translation>{value} ليس وقتاً للكلمة؛ {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="177" />
      <source>{value} is not a time of day on the 24-hour clock: hours go from 00 to 23 and minutes from 00 to 59 (a segment cannot run past midnight)</source>
      <translation>{value} ليس وقتاً من اليوم بنظام 24 ساعة: الساعات من 00 إلى 23 والدقائق من 00 إلى 59 (لا يمكن أن يمتد جزء إلى ما بعد منتصف الليل)</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="189" />
      <source>{value} is not a time; {form}</source>
      <translation>{value} ليس وقتاً؛ {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="128" />
      <source>{value} is not a usable id: ids have letters, digits, '-' and '_' only (at most 64), e.g. "panel-1"</source>
      <translation>{value} ليس معرّفاً صالحاً: المعرّفات فيها أحرف وأرقام و'-' و'_' فقط (64 على الأكثر)، مثلاً "panel-1"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="222" />
      <source>{value} is not whole seconds; {form}</source>
      <translation>{value} ليس ثوانيَ كاملة؛ {form}</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/core/programme/values.py" line="205" />
      <source>{value} is only {n} seconds, too short to speak (numbers are seconds): did you mean "{n}:00" ({n} minutes)?</source>
      <translation>
        <numerusform>{value} لا يتجاوز {n} ثانية، وهو أقصر من أن يكفي للكلام (الأعداد بالثواني): هل تقصد "{n}:00" ({n} دقيقة)؟</numerusform>
        <numerusform>{value} ثانية واحدة فقط، وهي أقصر من أن تكفي للكلام (الأعداد بالثواني): هل تقصد "{n}:00" (دقيقة واحدة)؟</numerusform>
        <numerusform>{value} ثانيتان فقط، وهو أقصر من أن يكفي للكلام (الأعداد بالثواني): هل تقصد "{n}:00" (دقيقتان)؟</numerusform>
        <numerusform>{value} {n} ثوانٍ فقط، وهو أقصر من أن يكفي للكلام (الأعداد بالثواني): هل تقصد "{n}:00" ({n} دقائق)؟</numerusform>
        <numerusform>{value} {n} ثانية فقط، وهو أقصر من أن يكفي للكلام (الأعداد بالثواني): هل تقصد "{n}:00" ({n} دقيقة)؟</numerusform>
        <numerusform>{value} {n} ثانية فقط، وهو أقصر من أن يكفي للكلام (الأعداد بالثواني): هل تقصد "{n}:00" ({n} دقيقة)؟</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="202" />
      <source>{value} must be more than zero; {form}</source>
      <translation>{value} يجب أن يكون أكثر من صفر؛ {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="231" />
      <source>{value}: seconds are written with two digits from 00 to 59; {form}</source>
      <translation>{value}: الثواني تُكتب برقمين من 00 إلى 59؛ {form}</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="187" />
      <source>{value}: use the 24-hour clock, HH:MM; here "{time}"</source>
      <translation>{value}: استخدم نظام 24 ساعة، HH:MM؛ هنا "{time}"</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/programme/values.py" line="238" />
      <source>{value}: write "{mmss}" (minutes:seconds) or {seconds} (seconds)</source>
      <translation>{value}: اكتب "{mmss}" (دقائق:ثوانٍ) أو {seconds} (ثوانٍ)</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="235" />
      <source>{where} holds no meeting: its creation was interrupted. It was left untouched; create the meeting again.</source>
      <translation>{where} لا يحتوي على اجتماع: انقطع إنشاؤه. تُرك دون مساس؛ أنشئ الاجتماع مجدداً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/journal.py" line="224" />
      <source>{where} is a database, but not a Floor meeting. It was left untouched.</source>
      <translation>{where} قاعدة بيانات، لكنها ليست اجتماعاً من Floor. تُركت دون مساس.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="34" />
      <source>{where} is a folder, not a meeting database.</source>
      <translation>{where} مجلد، وليس قاعدة بيانات اجتماع.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="36" />
      <source>{where} is an empty file, not a meeting database.</source>
      <translation>{where} ملف فارغ، وليس قاعدة بيانات اجتماع.</translation>
    </message>
    <message>
      <location filename="../../floorapp/storage/creation.py" line="40" />
      <source>{where} is not a Floor meeting database (not an SQLite file). It was left untouched.</source>
      <translation>{where} ليس قاعدة بيانات اجتماع من Floor (ليس ملف SQLite). تُرك دون مساس.</translation>
    </message>
    <message>
      <location filename="../../floorapp/core/set_up_commands.py" line="37" />
      <source>“{title}” is already open.</source>
      <translation>الجزء «{title}» مفتوح بالفعل.</translation>
    </message>
  </context>
  <context>
    <name>NotesEditor</name>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="252" />
      <source>(struck) {text}</source>
      <translation>(مشطوب) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="92" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Add note</source>
      <translation>إضافة ملاحظة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="84" />
      <source>Key point of the intervention (Ctrl+Enter adds it)</source>
      <translation>نقطة رئيسية من المداخلة (Ctrl+Enter لإضافتها)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="98" />
      <source>New note</source>
      <translation>ملاحظة جديدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="235" />
      <source>Notes on {name}</source>
      <translation>ملاحظات بشأن {name}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Restore</source>
      <translation>استعادة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="287" />
      <source>Save correction</source>
      <translation>حفظ التصحيح</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="228" />
      <source>Select an intervention in the log to take notes.</source>
      <translation>اختر مداخلة في السجل لتدوين الملاحظات.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/notes_editor.py" line="95" />
      <location filename="../../floorapp/gui/console/notes_editor.py" line="289" />
      <source>Strike</source>
      <translation>شطب</translation>
    </message>
  </context>
  <context>
    <name>PhaseStyle</name>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="31" />
      <source>Floor is free</source>
      <translation>لا أحد يتكلم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="39" />
      <source>Over time</source>
      <translation>تجاوز الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="34" />
      <source>PAUSED</source>
      <translation>متوقف مؤقتًا</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="36" />
      <source>Speaking</source>
      <translation>يتكلم الآن</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="38" />
      <source>TIME IS UP</source>
      <translation>انتهى الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/phase_style.py" line="37" />
      <source>Time almost up</source>
      <translation>الوقت يوشك على الانتهاء</translation>
    </message>
  </context>
  <context>
    <name>Problems</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="88" />
      <source>&amp;Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="81" />
      <source>&amp;Quit</source>
      <translation>&amp;خروج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="47" />
      <source>No details are known.</source>
      <translation>لا تُعرف أي تفاصيل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/problems.py" line="61" />
      <source>Nothing was changed. The problem:</source>
      <translation>لم يُغيَّر شيء. المشكلة:</translation>
    </message>
    <message>
      <source>Nothing was changed. The {count} problems:</source>
      <translation type="vanished">لم يُغيَّر شيء. المشاكل ({count}):</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/problems.py" line="62" />
      <source>Nothing was changed. The {n} problems:</source>
      <translation>
        <numerusform>لم يُغيَّر شيء. المشاكل ({n}):</numerusform>
        <numerusform>لم يُغيَّر شيء. المشكلة:</numerusform>
        <numerusform>لم يُغيَّر شيء. المشكلتان:</numerusform>
        <numerusform>لم يُغيَّر شيء. المشاكل الـ{n}:</numerusform>
        <numerusform>لم يُغيَّر شيء. المشاكل الـ{n}:</numerusform>
        <numerusform>لم يُغيَّر شيء. المشاكل الـ{n}:</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>Programme</name>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="59" />
      <source>Chair:</source>
      <translation>الرئيس:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="61" />
      <source>Moderator:</source>
      <translation>مدير النقاش:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="55" />
      <source>Not open. Enter opens it.</source>
      <translation>غير مفتوح. Enter يفتحه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_model.py" line="104" />
      <source>Open now</source>
      <translation>مفتوح الآن</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="64" />
      <source>Panellists:</source>
      <translation>أعضاء فريق المناقشة:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="162" />
      <source>Select a segment to see its panel and themes.</source>
      <translation>اختر جزءاً لعرض فريق المناقشة والمواضيع.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/programme_view.py" line="67" />
      <source>Themes:</source>
      <translation>المواضيع:</translation>
    </message>
  </context>
  <context>
    <name>ProgrammeEditor</name>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="54" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="53" />
      <source>&amp;Add</source>
      <translation>إضافة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="84" />
      <source>&amp;Browse…</source>
      <translation>استعراض…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="168" />
      <source>&amp;Chair:</source>
      <translation>الرئيس:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="166" />
      <source>&amp;Date:</source>
      <translation>التاريخ:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="170" />
      <source>&amp;Description:</source>
      <translation>الوصف:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="169" />
      <source>&amp;Ends at:</source>
      <translation>ينتهي في:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="165" />
      <source>&amp;Id:</source>
      <translation>المعرّف:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="166" />
      <source>&amp;Kind:</source>
      <translation>النوع:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="138" />
      <source>&amp;Limits</source>
      <translation>الحدود الزمنية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="70" />
      <source>&amp;Meeting</source>
      <translation>الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="208" />
      <source>&amp;Moderator:</source>
      <translation>مدير النقاش:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="130" />
      <source>&amp;People</source>
      <translation>الأشخاص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="55" />
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="54" />
      <source>&amp;Remove</source>
      <translation>إزالة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="129" />
      <source>&amp;Segment</source>
      <translation>الجزء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="132" />
      <source>&amp;Themes</source>
      <translation>المواضيع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="165" />
      <source>&amp;Title:</source>
      <translation>العنوان:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="167" />
      <source>&amp;Venue:</source>
      <translation>المكان:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="60" />
      <source>A panellist of {segment} has a role but no name.</source>
      <translation>لأحد أعضاء فريق المناقشة في {segment} صفة لكن لا اسم له.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="53" />
      <source>A theme of {segment} has an id but no title.</source>
      <translation>لأحد مواضيع {segment} معرّف لكن لا عنوان له.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="79" />
      <source>Also &amp;save to a programme file:</source>
      <translation>حفظه أيضاً في ملف برنامج:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="44" />
      <source>Break</source>
      <translation>استراحة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="207" />
      <source>C&amp;hair:</source>
      <translation>الرئيس:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="38" />
      <source>Chair</source>
      <translation>الرئيس</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="35" />
      <source>Civil society</source>
      <translation>المجتمع المدني</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="43" />
      <source>Closing</source>
      <translation>الاختتام</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="67" />
      <source>Edit the programme</source>
      <translation>تحرير البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="145" />
      <source>Empty fields and grey text show the original, which is used until a translation is written.</source>
      <translation>الحقول الفارغة والنص الرمادي تعرض الأصل، الذي يُستخدم إلى أن تُكتب ترجمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Id</source>
      <translation>المعرّف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="42" />
      <source>Interactive dialogue</source>
      <translation>حوار تفاعلي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="31" />
      <source>Member States</source>
      <translation>الدول الأعضاء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="37" />
      <source>Moderator</source>
      <translation>مدير النقاش</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="57" />
      <source>Move &amp;down</source>
      <translation>نقل لأسفل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="56" />
      <source>Move &amp;up</source>
      <translation>نقل لأعلى</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move down</source>
      <translation>نقل لأسفل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segments_page.py" line="59" />
      <source>Move up</source>
      <translation>نقل لأعلى</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="74" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="100" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/rows.py" line="128" />
      <source>Not translated yet: the original is shown</source>
      <translation>لم يُترجم بعد: يُعرض الأصل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="32" />
      <source>Observer States</source>
      <translation>الدول المراقبة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="33" />
      <source>Observers</source>
      <translation>المراقبون</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="40" />
      <source>Opening</source>
      <translation>الافتتاح</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="45" />
      <source>Other</source>
      <translation>أخرى</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="39" />
      <source>Other participants</source>
      <translation>مشاركون آخرون</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="41" />
      <source>Panel discussion</source>
      <translation>حلقة نقاش</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Panellist</source>
      <translation>عضو فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="36" />
      <source>Panellists</source>
      <translation>أعضاء فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="42" />
      <source>Points of order</source>
      <translation>نقاط النظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="239" />
      <source>Programmes (*.toml);;All files (*)</source>
      <translation>البرامج (*.toml);;جميع الملفات (*)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="41" />
      <source>Questions to the panel</source>
      <translation>أسئلة إلى فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="43" />
      <source>Right of reply (first)</source>
      <translation>حق الرد (الأول)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="44" />
      <source>Right of reply (second)</source>
      <translation>حق الرد (الثاني)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="209" />
      <source>Role</source>
      <translation>الصفة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="77" />
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="102" />
      <source>Role, e.g. Executive Director, UNODC</source>
      <translation>الصفة، مثلاً المدير التنفيذي، مكتب الأمم المتحدة المعني بالمخدرات والجريمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="168" />
      <source>S&amp;tarts at:</source>
      <translation>يبدأ في:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="238" />
      <source>Save the programme</source>
      <translation>حفظ البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="73" />
      <source>Se&amp;gments</source>
      <translation>الأجزاء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="46" />
      <source>Segment {n} needs a title.</source>
      <translation>الجزء {n} يحتاج إلى عنوان.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="171" />
      <source>Show the &amp;ids used in the programme file</source>
      <translation>إظهار ال&amp;معرّفات المستخدمة في ملف البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="169" />
      <source>Speaking &amp;limits:</source>
      <translation>الحدود الزمنية للكلمة:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="40" />
      <source>Statements on behalf of a group</source>
      <translation>البيانات باسم مجموعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="167" />
      <source>T&amp;itle:</source>
      <translation>العنوان:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="125" />
      <source>Te&amp;xts in:</source>
      <translation>النصوص باللغة:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="43" />
      <source>The id “{id}” of {segment} may only have letters, digits, - and _.</source>
      <translation>المعرّف ”{id}“ في {segment} لا يجوز أن يحتوي إلا على أحرف وأرقام و- و_.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="90" />
      <source>The limit for {key} must be more than zero.</source>
      <translation>يجب أن يكون الحد الزمني لـ{key} أكثر من صفر.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="73" />
      <source>The meeting needs a title.</source>
      <translation>يحتاج الاجتماع إلى عنوان.</translation>
    </message>
    <message>
      <source>The meeting uses the new programme, but {path} could not be written: {reason}</source>
      <translation type="vanished">يستخدم الاجتماع البرنامج الجديد، لكن تعذرت كتابة {path}: {reason}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="281" />
      <source>The meeting uses the new programme, but {path} could not be written: {reason}. Choose another file, or clear “Also save”.</source>
      <translation>يستخدم الاجتماع البرنامج الجديد، لكن تعذرت كتابة {path}: {reason}. اختر ملفًا آخر، أو ألغِ «الحفظ أيضًا».</translation>
    </message>
    <message>
      <source>The programme file was not saved</source>
      <translation type="vanished">لم يُحفظ ملف البرنامج</translation>
    </message>
    <message>
      <source>The programme itself was changed.</source>
      <translation type="vanished">البرنامج نفسه تغيّر.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="75" />
      <source>The programme needs at least one segment.</source>
      <translation>يحتاج البرنامج إلى جزء واحد على الأقل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="264" />
      <source>The programme was not replaced.</source>
      <translation>لم يُستبدل البرنامج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="104" />
      <source>The segment “{title}” (id {id}) cannot be removed or renamed: its list of speakers has already been opened.</source>
      <translation>لا يمكن إزالة الجزء ”{title}“ (المعرّف {id}) أو تغيير اسمه: فُتحت قائمة المتكلمين فيه بالفعل.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="114" />
      <source>The theme “{id}” of “{segment}” cannot be removed: notes are tagged with it.</source>
      <translation>لا يمكن إزالة الموضوع ”{id}“ من ”{segment}“: هناك ملاحظات موسومة به.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="131" />
      <source>Theme</source>
      <translation>الموضوع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="80" />
      <source>Two segments have the id “{id}”; each needs its own.</source>
      <translation>لجزأين المعرّف ”{id}“ نفسه؛ كل جزء يحتاج إلى معرّف خاص به.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="55" />
      <source>Two themes of {segment} have the id “{id}”.</source>
      <translation>لموضوعين في {segment} المعرّف ”{id}“ نفسه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="34" />
      <source>UN system</source>
      <translation>منظومة الأمم المتحدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/segment_form.py" line="148" />
      <source>a short name, e.g. panel-1</source>
      <translation>اسم قصير، مثلاً panel-1</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/limits.py" line="100" />
      <source>as the meeting ({time})</source>
      <translation>كما في الاجتماع ({time})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="190" />
      <source>default ({time})</source>
      <translation>الافتراضي ({time})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="29" />
      <source>segment {n}</source>
      <translation>الجزء {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="120" />
      <source>{language} (original)</source>
      <translation>{language} (الأصل)</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="148" />
      <source>{n} texts are not translated yet.</source>
      <translation>
        <numerusform>لا توجد نصوص غير مترجمة ({n}).</numerusform>
        <numerusform>نص واحد لم يُترجم بعد.</numerusform>
        <numerusform>نصان لم يُترجما بعد.</numerusform>
        <numerusform>{n} نصوص لم تُترجم بعد.</numerusform>
        <numerusform>{n} نصاً لم يُترجم بعد.</numerusform>
        <numerusform>{n} نص لم يُترجم بعد.</numerusform>
      </translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="48" />
      <source>{segment} ends at {end}, which is not after its start at {start}.</source>
      <translation>{segment} ينتهي في {end}، وهو ليس بعد بدايته في {start}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="40" />
      <source>{segment} needs an id (a short name such as panel-1).</source>
      <translation>{segment} يحتاج إلى معرّف (اسم قصير مثل panel-1).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/checks.py" line="84" />
      <source>{segment} starts at {start}, before {previous} ends at {end}.</source>
      <translation>{segment} يبدأ في {start}، قبل أن ينتهي {previous} في {end}.</translation>
    </message>
    <message numerus="yes">
      <location filename="../../floorapp/gui/dialogs/programme_editor.py" line="222" />
      <source>… and {n} more.</source>
      <translation>
        <numerusform>… ولا غيرها.</numerusform>
        <numerusform>… وواحدة أخرى.</numerusform>
        <numerusform>… واثنتان أخريان.</numerusform>
        <numerusform>… و{n} أخرى.</numerusform>
        <numerusform>… و{n} أخرى.</numerusform>
        <numerusform>… و{n} أخرى.</numerusform>
      </translation>
    </message>
  </context>
  <context>
    <name>ProgrammeTexts</name>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Arabic</source>
      <translation>العربية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>Chinese</source>
      <translation>الصينية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>English</source>
      <translation>الإنكليزية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="23" />
      <source>French</source>
      <translation>الفرنسية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="44" />
      <source>Not translated into {wanted}: shown in {original}.</source>
      <translation>لم يُترجم إلى {wanted}: يُعرض باللغة {original}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Russian</source>
      <translation>الروسية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/programme_texts.py" line="24" />
      <source>Spanish</source>
      <translation>الإسبانية</translation>
    </message>
  </context>
  <context>
    <name>QAbstractFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="22" />
      <source>Folder</source>
      <translation>مجلد</translation>
    </message>
  </context>
  <context>
    <name>QFileDialog</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="20" />
      <source>&amp;Look in:</source>
      <translation>البحث في:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="21" />
      <source>Files of &amp;type:</source>
      <translation>نوع الملفات:</translation>
    </message>
  </context>
  <context>
    <name>QFileIconProvider</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="23" />
      <source>Folder</source>
      <translation>مجلد</translation>
    </message>
  </context>
  <context>
    <name>QFileSystemModel</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="24" />
      <source>Name</source>
      <translation>الاسم</translation>
    </message>
  </context>
  <context>
    <name>QPlatformTheme</name>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="27" />
      <source>Apply</source>
      <translation>تطبيق</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="26" />
      <source>Cancel</source>
      <translation>إلغاء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="28" />
      <source>Close</source>
      <translation>إغلاق</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/qt_words.py" line="25" />
      <source>OK</source>
      <translation>حسناً</translation>
    </message>
  </context>
  <context>
    <name>Record</name>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="60" />
      <source>&amp;Amount:</source>
      <translation>المبلغ:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="65" />
      <source>&amp;Currency (ISO code):</source>
      <translation>العملة (رمز ISO):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="76" />
      <source>&amp;Delivered by:</source>
      <translation>ألقاه:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="81" />
      <source>&amp;Ended at:</source>
      <translation>انتهت في:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="73" />
      <location filename="../../floorapp/gui/console/correction.py" line="68" />
      <source>&amp;Kind:</source>
      <translation>النوع:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="62" />
      <source>&amp;Speaker:</source>
      <translation>المتكلم:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="53" />
      <source>&amp;What was announced:</source>
      <translation>ما أُعلن:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="37" />
      <source>(struck) {text}</source>
      <translation>(مشطوب) {text}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="71" />
      <source>A personal gift is listed apart from the States' pledges and left out of their total</source>
      <translation>يدرج التبرع الشخصي بمعزل عن تبرعات الدول ولا يدخل في مجموعها</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="107" />
      <source>An announcement or a pledge, with its amount</source>
      <translation>إعلان أو تعهد، مع مبلغه</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="47" />
      <source>Announcement</source>
      <translation>إعلان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="105" />
      <source>Announcement…</source>
      <translation>إعلان…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="80" />
      <source>Another language</source>
      <translation>لغة أخرى</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="46" />
      <source>Correct the intervention</source>
      <translation>تصحيح المداخلة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="114" />
      <source>Correct the speaker, kind, on behalf of, delivered by or times</source>
      <translation>تصحيح المتكلم أو النوع أو الجهة التي يُتكلم باسمها أو من ألقى الكلمة أو الأوقات</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="112" />
      <source>Correct…</source>
      <translation>تصحيح…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="59" />
      <source>Deputy Permanent Representative</source>
      <translation>نائب ممثل دائم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="55" />
      <source>Deputy Prime Minister</source>
      <translation>نائب رئيس الوزراء</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="53" />
      <source>Head of Government</source>
      <translation>رئيس حكومة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="52" />
      <source>Head of State</source>
      <translation>رئيس دولة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="77" />
      <source>Language: not recorded</source>
      <translation>اللغة: غير مسجلة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="96" />
      <source>Level of representation of whoever spoke for the delegation (the Summary counts ministers and above)</source>
      <translation>مستوى تمثيل من تكلم باسم الوفد (يحصي الموجز الوزراء ومن هم أعلى)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="93" />
      <source>Level: not recorded</source>
      <translation>المستوى: غير مسجل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="56" />
      <source>Minister</source>
      <translation>وزير</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="72" />
      <source>On &amp;behalf of:</source>
      <translation>باسم:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="60" />
      <source>Other level</source>
      <translation>مستوى آخر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="58" />
      <source>Permanent Representative</source>
      <translation>ممثل دائم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="69" />
      <source>Personal gift (such as the President's own donation)</source>
      <translation>تبرع شخصي (مثل تبرع الرئيس من ماله الخاص)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="68" />
      <source>Pledge (or an announcement, without an amount)</source>
      <translation>تبرع معلن (أو إعلان، دون مبلغ)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="189" />
      <source>Restore announcement</source>
      <translation>استعادة الإعلان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="78" />
      <source>S&amp;tarted at:</source>
      <translation>بدأت في:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="109" />
      <location filename="../../floorapp/gui/console/record_panel.py" line="190" />
      <source>Strike announcement</source>
      <translation>شطب الإعلان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="162" />
      <source>The correction was not recorded.</source>
      <translation>لم يُسجَّل التصحيح.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="85" />
      <source>The delegation handed in a written statement</source>
      <translation>قدّم الوفد بياناً مكتوباً</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="81" />
      <source>The language the statement was delivered in</source>
      <translation>اللغة التي أُلقي بها البيان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="52" />
      <source>The original stays in the journal; the log and the exports show the correction.</source>
      <translation>يبقى الأصل في السجل اليومي؛ ويعرض السجل والتصديرات التصحيح.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="60" />
      <source>Type a name as in the add field: any of the six languages or a short form.</source>
      <translation>اكتب اسماً كما في حقل الإضافة: بأي من اللغات الست أو بصيغة مختصرة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="57" />
      <source>Vice-Minister</source>
      <translation>نائب وزير</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="54" />
      <source>Vice-President</source>
      <translation>نائب رئيس</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="88" />
      <source>Video message</source>
      <translation>رسالة مصورة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/record_panel.py" line="83" />
      <source>Written statement</source>
      <translation>بيان مكتوب</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="51" />
      <source>e.g. Pledge to the UN Voluntary Trust Fund</source>
      <translation>مثلاً تعهد لصندوق الأمم المتحدة الاستئماني للتبرعات</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="59" />
      <source>no amount</source>
      <translation>بلا مبلغ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/correction.py" line="75" />
      <source>the speaker themself</source>
      <translation>المتكلم نفسه</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/announcements.py" line="35" />
      <source>{text} (personal gift)</source>
      <translation>{text} (تبرع شخصي)</translation>
    </message>
  </context>
  <context>
    <name>SegmentClock</name>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="107" />
      <source>No segment is open.</source>
      <translation>لا يوجد جزء مفتوح.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="115" />
      <source>Now {now} · scheduled end {end} · {n} waiting, {need} needed</source>
      <translation>الآن {now} · النهاية المقررة {end} · {n} في الانتظار، الوقت اللازم {need}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="108" />
      <source>Open one from the programme (Ctrl+1, then Enter).</source>
      <translation>افتح جزءاً من البرنامج (Ctrl+1 ثم Enter).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="46" />
      <source>The list ends at {end}, {m} min before the scheduled end.</source>
      <translation>تنتهي القائمة في {end}، قبل الموعد المقرر بـ{m} دقيقة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="50" />
      <source>The list ends at {end}: {m} min over; {advice}.</source>
      <translation>تنتهي القائمة في {end}: تجاوز بـ{m} دقيقة؛ {advice}.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="41" />
      <source>The list is empty; the segment is {m} min over its scheduled end.</source>
      <translation>القائمة فارغة؛ تجاوز الجزء نهايته المقررة بـ{m} دقيقة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="40" />
      <source>The list is empty; {m} min left until the scheduled end.</source>
      <translation>القائمة فارغة؛ تبقى {m} دقيقة حتى النهاية المقررة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="48" />
      <source>consider shortening the limit</source>
      <translation>يُنظر في تقصير الحد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/segment_clock_view.py" line="49" />
      <source>consider shortening the limit or closing the list</source>
      <translation>يُنظر في تقصير الحد أو إقفال القائمة</translation>
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
      <translation>ملف صوتي (WAV أو MP3 أو OGG أو FLAC) يُشغَّل بدلاً من الصوت المدمج؛ اتركه فارغاً للصوت المدمج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>Audio output for cues</source>
      <translation>مخرج الصوت للتنبيهات</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Console language</source>
      <translation>لغة وحدة التحكم</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Console layout</source>
      <translation>تخطيط وحدة التحكم</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Cue volume</source>
      <translation>مستوى صوت التنبيهات</translation>
    </message>
    <message>
      <source>Display language</source>
      <translation type="vanished">لغة العرض</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Export folders</source>
      <translation>مجلدات التصدير</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Font scale</source>
      <translation>حجم الخط</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>High contrast</source>
      <translation>تباين عالٍ</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Index of the screen for the speaker display; -1 picks the second screen if there is one.</source>
      <translation>رقم الشاشة لعرض المتكلمين؛ ‎-1 يختار الشاشة الثانية إن وُجدت.</translation>
    </message>
    <message>
      <source>Language of the app and of the names it shows: ar, zh, en, fr, ru or es.</source>
      <translation type="vanished">لغة التطبيق والأسماء التي يعرضها: ar أو zh أو en أو fr أو ru أو es.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="161" />
      <source>Language of the console: its menus, dialogs and messages, the names and the programme it shows, dates and numbers.</source>
      <translation>لغة وحدة التحكم: قوائمها ومربعات الحوار والرسائل فيها، والأسماء والبرنامج اللذان تعرضهما، والتواريخ والأعداد.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Language of the speaker display for the room (names, words and the programme); empty: the console's language.</source>
      <translation>لغة شاشة المتكلمين في القاعة (الأسماء والكلمات والبرنامج)؛ فارغ: لغة وحدة التحكم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="28" />
      <source>Loudness of the sound cues, from 0 (silent) to 1 (full).</source>
      <translation>علوّ صوت التنبيهات، من 0 (صامت) إلى 1 (كامل).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Meeting databases opened lately, newest first.</source>
      <translation>قواعد بيانات الاجتماعات المفتوحة مؤخراً، الأحدث أولاً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Mute sound cues</source>
      <translation>كتم التنبيهات الصوتية</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>Order of the list</source>
      <translation>ترتيب القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Overrun reminder</source>
      <translation>تذكير التجاوز</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>Overrun reminder interval</source>
      <translation>الفاصل بين تذكيرات التجاوز</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="59" />
      <source>Overrun reminder sound</source>
      <translation>صوت تذكير التجاوز</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Play a cue when a point of order takes the floor.</source>
      <translation>تشغيل تنبيه عندما تؤخذ الكلمة لنقطة نظام.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Play a cue when the speaker's time is up.</source>
      <translation>تشغيل تنبيه عندما ينتهي وقت المتكلم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Play a cue when the warning time is reached.</source>
      <translation>تشغيل تنبيه عند بلوغ وقت التحذير.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="41" />
      <source>Play a reminder at every reminder interval while a speaker is over time.</source>
      <translation>تشغيل تذكير عند كل فاصل تذكير ما دام المتكلم متجاوزاً الوقت.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="44" />
      <source>Point-of-order cue</source>
      <translation>تنبيه نقطة النظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="63" />
      <source>Point-of-order sound</source>
      <translation>صوت نقطة النظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>Programme files</source>
      <translation>ملفات البرامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="177" />
      <source>Pure black, white, yellow and red for the countdown states.</source>
      <translation>أسود وأبيض وأصفر وأحمر صرفة لحالات العد التنازلي.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="186" />
      <source>Recent meetings</source>
      <translation>الاجتماعات الأخيرة</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="173" />
      <source>Scales the text of the console (1.0 is the system size).</source>
      <translation>تغيير حجم نص وحدة التحكم (1.0 هو حجم النظام).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="134" />
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit (0: no limit, the default for the chair, moderators and panellists).</source>
      <translation>الثواني المخصصة لهذه الفئة من المتكلمين في الاجتماعات الجديدة، ما لم يحدد البرنامج حداً خاصاً به (0: بلا حد، وهو الافتراضي للرئيس ومديري النقاش وأعضاء أفرقة المناقشة).</translation>
    </message>
    <message>
      <source>Seconds allotted to this kind of speaker in new meetings, unless the programme sets its own limit.</source>
      <translation type="vanished">الثواني المخصصة لهذه الفئة من المتكلمين في الاجتماعات الجديدة، ما لم يحدد البرنامج حداً خاصاً به.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/mute.py" line="12" />
      <source>Silence every sound cue; the countdown colours still change.</source>
      <translation>إسكات كل التنبيهات الصوتية؛ ألوان العد التنازلي تتغير مع ذلك.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="167" />
      <source>Speaker display language</source>
      <translation>لغة شاشة المتكلمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="181" />
      <source>Speaker display screen</source>
      <translation>شاشة عرض المتكلمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>The countdown turns to its warning state when this many seconds are left.</source>
      <translation>ينتقل العد التنازلي إلى حالة التحذير عندما يتبقى هذا العدد من الثواني.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="190" />
      <source>The programme file each meeting was created from (the programme editor saves to it).</source>
      <translation>ملف البرنامج الذي أُنشئ منه كل اجتماع (يحفظ فيه محرر البرنامج).</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="31" />
      <source>The sound device the cues play on, by name or id; empty for the system's default output.</source>
      <translation>جهاز الصوت الذي تُشغَّل عليه التنبيهات، بالاسم أو المعرّف؛ اتركه فارغاً للمخرج الافتراضي في النظام.</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="39" />
      <source>Time-up cue</source>
      <translation>تنبيه انتهاء الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="55" />
      <source>Time-up sound</source>
      <translation>صوت انتهاء الوقت</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="37" />
      <source>Warning cue</source>
      <translation>تنبيه التحذير</translation>
    </message>
    <message>
      <location filename="../../floorapp/cues/prefs.py" line="51" />
      <source>Warning sound</source>
      <translation>صوت التحذير</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="144" />
      <source>Warning time</source>
      <translation>وقت التحذير</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="194" />
      <source>Where each meeting's exports were last saved.</source>
      <translation>المكان الذي حُفظت فيه آخر صادرات كل اجتماع.</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="198" />
      <source>Where the console's panels were left (kept by the app).</source>
      <translation>أماكن لوحات وحدة التحكم عند آخر استخدام (يحفظها التطبيق).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="149" />
      <source>While a speaker is over time, a reminder comes every this many seconds (0: none).</source>
      <translation>ما دام المتكلم متجاوزاً الوقت، يأتي تذكير كل هذا العدد من الثواني (0: لا تذكير).</translation>
    </message>
    <message>
      <location filename="../../floorapp/qt/settings.py" line="155" />
      <source>first_come: in the order the floor was asked; un_practice: groups of States first, then Member States, observers and others.</source>
      <translation>القيمة first_come: بترتيب طلب الكلمة؛ والقيمة un_practice: مجموعات الدول أولاً، ثم الدول الأعضاء والمراقبون والآخرون.</translation>
    </message>
  </context>
  <context>
    <name>SettingsDialog</name>
    <message>
      <source> s</source>
      <translation type="vanished"> ث</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="221" />
      <source>&amp;Order of the list:</source>
      <translation>ترتيب القائمة:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="229" />
      <source>&amp;Overrun reminder every (0: none):</source>
      <translation>تذكير التجاوز كل (0: لا تذكير):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="225" />
      <source>&amp;Warning when this much time is left:</source>
      <translation>التحذير عندما يتبقى هذا الوقت:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="81" />
      <source>Automatic (second screen if any)</source>
      <translation>تلقائي (الشاشة الثانية إن وُجدت)</translation>
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
      <translation>العرض</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="60" />
      <source>First come, first served</source>
      <translation>حسب أسبقية الطلب</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="313" />
      <source>Language</source>
      <translation>اللغة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="300" />
      <source>Limit: {kind}</source>
      <translation>الحد الزمني: {kind}</translation>
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
      <translation>الاجتماعات الجديدة</translation>
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
      <translation>افتح جزءاً لتغيير حدوده الزمنية للكلمة.</translation>
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
      <translation>مثل وحدة التحكم</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="88" />
      <source>Screen {n} (not connected now)</source>
      <translation>الشاشة {n} (غير موصولة الآن)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="85" />
      <source>Screen {n}: {name} ({w}×{h})</source>
      <translation>الشاشة {n}: {name} ({w}×{h})</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="289" />
      <source>Settings</source>
      <translation>الإعدادات</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="237" />
      <source>Speaking limits for the rest of the list of “{segment}”:</source>
      <translation>الحدود الزمنية للكلمة لبقية قائمة ”{segment}“:</translation>
    </message>
    <message>
      <source>Statements on behalf of a group</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="304" />
      <source>The console and the speaker display change language at once, each on its own: the room may read French while the officer works in English.</source>
      <translation>تتغير لغة وحدة التحكم ولغة شاشة المتكلمين فوراً، كلٌّ على حدة: قد تقرأ القاعة بالفرنسية بينما يعمل الموظف بالإنكليزية.</translation>
    </message>
    <message>
      <source>The language of names and of the speaker display, the size of the text, and the screen the speaker display goes to.</source>
      <translation type="vanished">لغة الأسماء وشاشة المتكلمين، وحجم النص، والشاشة التي يظهر عليها عرض المتكلمين.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="263" />
      <source>The meeting's rules were not changed.</source>
      <translation>لم تُغيَّر قواعد الاجتماع.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="308" />
      <source>The size of the console's text, the countdown's colours, and the screen the speaker display goes to.</source>
      <translation>حجم نص وحدة التحكم، وألوان العد التنازلي، والشاشة التي يظهر عليها عرض المتكلمين.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="311" />
      <source>This meeting</source>
      <translation>هذا الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="61" />
      <source>UN practice: groups, Member States, observers, others</source>
      <translation>ممارسة الأمم المتحدة: المجموعات، فالدول الأعضاء، فالمراقبون، فالآخرون</translation>
    </message>
    <message>
      <source>UN system</source>
      <translation type="vanished" />
    </message>
    <message>
      <source>What a new meeting starts with, where its programme does not say (limits in seconds).</source>
      <translation type="vanished">ما يبدأ به اجتماع جديد، حيث لا يحدد برنامجه ذلك (الحدود بالثواني).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="298" />
      <source>What a new meeting starts with, where its programme does not say (times in minutes and seconds).</source>
      <translation>ما يبدأ به الاجتماع الجديد حيث لا يحدد برنامجه ذلك (الأوقات بالدقائق والثواني).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="245" />
      <source>no limit</source>
      <translation>بلا حد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="268" />
      <source>{kind}: the limit was not changed.</source>
      <translation>{kind}: لم يُغيَّر الحد الزمني.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/dialogs/settings_dialog.py" line="198" />
      <source>{title}: {value} is not allowed.</source>
      <translation>{title}: القيمة {value} غير مسموح بها.</translation>
    </message>
  </context>
  <context>
    <name>Sharing</name>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="82" />
      <source>Address of the host:</source>
      <translation>عنوان المضيف:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="155" />
      <source>Address: {where}</source>
      <translation>العنوان: {where}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="88" />
      <source>Copy</source>
      <translation>نسخ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="96" />
      <source>Join</source>
      <translation>انضمام</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="54" />
      <source>Join a meeting</source>
      <translation>الانضمام إلى اجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="83" />
      <source>Join code:</source>
      <translation>رمز الانضمام:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="157" />
      <source>Joining …</source>
      <translation>جارٍ الانضمام…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="70" />
      <source>Look again</source>
      <translation>البحث مجدداً</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="110" />
      <source>Looking for meetings nearby …</source>
      <translation>جارٍ البحث عن اجتماعات قريبة…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="127" />
      <source>Meetings cannot be found automatically on this network. Type the address the host shows.</source>
      <translation>لا يمكن العثور على الاجتماعات تلقائياً على هذه الشبكة. اكتب العنوان الذي يعرضه المضيف.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="60" />
      <source>Meetings hosted nearby:</source>
      <translation>اجتماعات مستضافة قريباً:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="131" />
      <source>No meeting was found nearby. Type the address the host shows.</source>
      <translation>لم يُعثر على اجتماع قريب. اكتب العنوان الذي يعرضه المضيف.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="98" />
      <source>On another machine: File &gt; Join a meeting, then the address and the code of that station's role (or: floorapp join ADDRESS CODE). The display's code can only read; the secretary's cannot give the floor until you hand it over (Floor menu).</source>
      <translation>على جهاز آخر: ملف &gt; الانضمام إلى اجتماع، ثم العنوان ورمز دور تلك المحطة (أو: floorapp join ADDRESS CODE). رمز الشاشة للقراءة فقط؛ ولا يستطيع رمز الأمين إعطاء الكلمة حتى تسلّمه إياها (قائمة الكلمة).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="51" />
      <source>Share this meeting</source>
      <translation>مشاركة هذا الاجتماع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="153" />
      <source>Shared: “{title}”. This console now runs it as the officer.</source>
      <translation>تمت المشاركة: ”{title}“. تدير وحدة التحكم هذه الاجتماع الآن بصفة الموظف.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="173" />
      <source>Sharing stopped; the meeting is whole. Share it again to go on.</source>
      <translation>توقفت المشاركة؛ الاجتماع كامل. شاركه مجدداً للمتابعة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="145" />
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="149" />
      <source>Starting the meeting's own database server …</source>
      <translation>جارٍ تشغيل خادم قاعدة البيانات الخاص بالاجتماع…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="118" />
      <source>Stop sharing</source>
      <translation>إيقاف المشاركة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="181" />
      <source>Stopping …</source>
      <translation>جارٍ الإيقاف…</translation>
    </message>
    <message>
      <source>That is not a join code: it looks like S-7KQ4-M2XD.</source>
      <translation type="vanished">هذا ليس رمز انضمام: يبدو على شكل S-7KQ4-M2XD.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="151" />
      <source>That is not a join code: it looks like S-7KR4-M2XD.</source>
      <translation>هذا ليس رمز انضمام: يبدو الرمز هكذا S-7KR4-M2XD.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="85" />
      <source>The host's screen (File &gt; Share this meeting) shows the address and one code per role: O for the officer, S for the secretary, D for the display.</source>
      <translation>تعرض شاشة المضيف (ملف &gt; مشاركة هذا الاجتماع) العنوان ورمزاً لكل دور: O للموظف، وS للأمين، وD للشاشة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="176" />
      <source>The meeting could not be shared:</source>
      <translation>تعذرت مشاركة الاجتماع:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="105" />
      <source>The traffic between the stations is not encrypted: share only on a network you trust. Where that is not enough, ask IT for a PostgreSQL server with TLS and open the meeting with its URL (floorapp gui postgresql://…).</source>
      <translation>حركة البيانات بين المحطات غير مشفرة: لا تشارك إلا على شبكة تثق بها. وإذا لم يكن ذلك كافياً، فاطلب من قسم تكنولوجيا المعلومات خادم PostgreSQL يستخدم TLS وافتح الاجتماع بعنوانه (floorapp gui postgresql://…).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="127" />
      <source>This meeting is on a database server already: the other stations open it with its address (floorapp gui postgresql://…), with the logins IT gave each role.</source>
      <translation>هذا الاجتماع على خادم قاعدة بيانات بالفعل: تفتحه المحطات الأخرى بعنوانه (floorapp gui postgresql://…)، ببيانات الدخول التي أعطاها قسم تكنولوجيا المعلومات لكل دور.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/join_dialog.py" line="154" />
      <source>Type the host's address as it shows it, e.g. 192.168.1.10:5433.</source>
      <translation>اكتب عنوان المضيف كما يعرضه، مثلاً 192.168.1.10:5433.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/share_dialog.py" line="110" />
      <source>Windows Firewall must let other machines in on the port shown above (an inbound rule for TCP).</source>
      <translation>يجب أن يسمح جدار حماية Windows للأجهزة الأخرى بالدخول على المنفذ المبيَّن أعلاه (قاعدة واردة لبروتوكول TCP).</translation>
    </message>
  </context>
  <context>
    <name>Shortcuts</name>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="189" />
      <source>&amp;File</source>
      <translation>ملف</translation>
    </message>
    <message>
      <source>&amp;Floor</source>
      <translation type="vanished">الكلمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="193" />
      <source>&amp;Help</source>
      <translation>مساعدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="191" />
      <source>&amp;List</source>
      <translation>القائمة</translation>
    </message>
    <message>
      <source>&amp;Meeting</source>
      <translation type="vanished" />
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="192" />
      <source>&amp;View</source>
      <translation>عرض</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="173" />
      <source>A participant who is not on the roster (an NGO, an organisation, a person).</source>
      <translation>مشارك غير مدرج في القائمة المرجعية (منظمة غير حكومية، منظمة، شخص).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="172" />
      <source>Add a participant…</source>
      <translation>إضافة مشارك…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="118" />
      <source>Add to the list</source>
      <translation>إضافة إلى القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="135" />
      <source>Close / reopen the list</source>
      <translation>إقفال القائمة / إعادة فتحها</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="179" />
      <source>Close the console; the meeting is saved as it goes.</source>
      <translation>إغلاق وحدة التحكم؛ يُحفظ الاجتماع أولاً بأول.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="136" />
      <source>Close the list of speakers to new inscriptions, or reopen it.</source>
      <translation>إقفال قائمة المتكلمين أمام التسجيلات الجديدة، أو إعادة فتحها.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="156" />
      <source>Create a meeting database from a programme file.</source>
      <translation>إنشاء قاعدة بيانات اجتماع من ملف برنامج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="169" />
      <source>Edit the programme…</source>
      <translation>تحرير البرنامج…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="97" />
      <source>End the current intervention; one undo brings it back.</source>
      <translation>إنهاء المداخلة الحالية؛ تراجع واحد يعيدها.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="91" />
      <source>End the current turn and give the floor to the first on the list.</source>
      <translation>إنهاء الدور الحالي وإعطاء الكلمة للأول في القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="96" />
      <source>End the turn</source>
      <translation>إنهاء المداخلة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="98" />
      <source>Extend by 30 s</source>
      <translation>تمديد 30 ثانية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="190" />
      <source>Fl&amp;oor</source>
      <translation>الكلمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="99" />
      <source>Give the speaker 30 seconds more.</source>
      <translation>إعطاء المتكلم 30 ثانية إضافية.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="140" />
      <source>Go to the list</source>
      <translation>الانتقال إلى القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="142" />
      <source>Go to the log</source>
      <translation>الانتقال إلى السجل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="138" />
      <source>Go to the programme</source>
      <translation>الانتقال إلى البرنامج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="114" />
      <source>Hand the floor to the secretary</source>
      <translation>تسليم الكلمة إلى الأمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="151" />
      <source>High contrast</source>
      <translation>تباين عالٍ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="164" />
      <source>Host this meeting on the network: a join code for the secretary's and the display's stations.</source>
      <translation>استضافة هذا الاجتماع على الشبكة: رمز انضمام لمحطتي الأمين والشاشة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="166" />
      <source>Join a meeting…</source>
      <translation>الانضمام إلى اجتماع…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="181" />
      <source>Keyboard shortcuts</source>
      <translation>اختصارات لوحة المفاتيح</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="147" />
      <source>Larger text</source>
      <translation>تكبير النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="115" />
      <source>Let the secretary's station give the floor and run the clock, or take them back (journaled).</source>
      <translation>السماح لمحطة الأمين بإعطاء الكلمة وتشغيل التوقيت، أو استعادة ذلك (مع التسجيل).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="148" />
      <source>Make the console's text larger.</source>
      <translation>تكبير نص وحدة التحكم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="150" />
      <source>Make the console's text smaller.</source>
      <translation>تصغير نص وحدة التحكم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="129" />
      <source>Mark absent</source>
      <translation>تسجيل الغياب</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="123" />
      <source>Move down</source>
      <translation>نقل إلى أسفل</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="122" />
      <source>Move the selected request one place earlier.</source>
      <translation>نقل الطلب المحدد مكاناً واحداً إلى الأمام.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="124" />
      <source>Move the selected request one place later.</source>
      <translation>نقل الطلب المحدد مكاناً واحداً إلى الخلف.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="121" />
      <source>Move up</source>
      <translation>نقل إلى أعلى</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="112" />
      <source>Mute sound cues</source>
      <translation>كتم التنبيهات الصوتية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="158" />
      <source>New meeting from a concept note…</source>
      <translation>اجتماع جديد من مذكرة مفاهيمية…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="155" />
      <source>New meeting from a programme…</source>
      <translation>اجتماع جديد من برنامج…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="90" />
      <source>Next speaker</source>
      <translation>المتكلم التالي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="167" />
      <source>Open a meeting another machine hosts, with its join code.</source>
      <translation>فتح اجتماع يستضيفه جهاز آخر، برمز الانضمام الخاص به.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="162" />
      <source>Open an existing meeting database.</source>
      <translation>فتح قاعدة بيانات اجتماع موجودة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="161" />
      <source>Open meeting…</source>
      <translation>فتح اجتماع…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="159" />
      <source>Paste or open a concept note; check the proposed programme; create the meeting.</source>
      <translation>الصق مذكرة مفاهيمية أو افتحها؛ تحقق من البرنامج المقترح؛ أنشئ الاجتماع.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="93" />
      <source>Pause / resume</source>
      <translation>إيقاف مؤقت / استئناف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="102" />
      <source>Point of order…</source>
      <translation>نقطة نظام…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="152" />
      <source>Pure black, white, yellow and red countdown states.</source>
      <translation>حالات العد التنازلي بالأسود والأبيض والأصفر والأحمر الصرفة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="133" />
      <source>Put the selected (or first) absent delegation back at the top of the list.</source>
      <translation>إعادة الوفد الغائب المحدد (أو الأول) إلى رأس القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="178" />
      <source>Quit</source>
      <translation>خروج</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="132" />
      <source>Recall absent</source>
      <translation>استدعاء الغائب</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="110" />
      <source>Redo</source>
      <translation>إعادة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="111" />
      <source>Restore the last undone floor action.</source>
      <translation>استعادة آخر إجراء متعلق بالكلمة جرى التراجع عنه.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="105" />
      <source>Right of reply…</source>
      <translation>حق الرد…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="170" />
      <source>Segments, times, limits, themes and panellists; saved in the journal.</source>
      <translation>الأجزاء والأوقات والحدود والمواضيع وأعضاء أفرقة المناقشة؛ تُحفظ في السجل اليومي.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="143" />
      <source>Select a past intervention to add or correct its notes.</source>
      <translation>اختيار مداخلة سابقة لإضافة ملاحظاتها أو تصحيحها.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="141" />
      <source>Select a request with the arrows.</source>
      <translation>اختيار طلب بالأسهم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="139" />
      <source>Select a segment with the arrows and open it with Enter.</source>
      <translation>اختيار جزء بالأسهم وفتحه بـEnter.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="128" />
      <source>Send the selected request to the end of the list.</source>
      <translation>إرسال الطلب المحدد إلى آخر القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="127" />
      <source>Send to the end</source>
      <translation>نقل إلى آخر القائمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="130" />
      <source>Set aside the selected request: the delegation is not in the room.</source>
      <translation>تنحية الطلب المحدد: الوفد ليس في القاعة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="175" />
      <source>Settings…</source>
      <translation>الإعدادات…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="163" />
      <source>Share this meeting…</source>
      <translation>مشاركة هذا الاجتماع…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="100" />
      <source>Shorten by 30 s</source>
      <translation>تقصير 30 ثانية</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="182" />
      <source>Show every shortcut of the console.</source>
      <translation>عرض كل اختصارات وحدة التحكم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="145" />
      <source>Show or hide the speaker display for the room.</source>
      <translation>إظهار شاشة المتكلمين للقاعة أو إخفاؤها.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="113" />
      <source>Silence the sound cues, or bring them back.</source>
      <translation>إسكات التنبيهات الصوتية أو إعادتها.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="149" />
      <source>Smaller text</source>
      <translation>تصغير النص</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="144" />
      <source>Speaker display</source>
      <translation>شاشة المتكلمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="94" />
      <source>Stop or restart the speaker's time (Space works outside text fields).</source>
      <translation>إيقاف وقت المتكلم أو استئنافه (مفتاح المسافة يعمل خارج حقول النص).</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="101" />
      <source>Take 30 seconds from the speaker's time.</source>
      <translation>إنقاص 30 ثانية من وقت المتكلم.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="109" />
      <source>Take back the last floor action.</source>
      <translation>التراجع عن آخر إجراء متعلق بالكلمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="126" />
      <source>Take the selected request off the list.</source>
      <translation>سحب الطلب المحدد من القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="176" />
      <source>This meeting's rules and limits, defaults for new meetings, the display and the sound cues.</source>
      <translation>قواعد هذا الاجتماع وحدوده الزمنية، والقيم الافتراضية للاجتماعات الجديدة، والعرض، والتنبيهات الصوتية.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="119" />
      <source>Type a few letters of a name in any language and press Enter.</source>
      <translation>اكتب بضعة أحرف من اسم بأي لغة واضغط Enter.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="106" />
      <source>Type who asks for a right of reply; it is taken at the end of the list.</source>
      <translation>اكتب اسم من يطلب حق الرد؛ ويُؤخذ في نهاية القائمة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="103" />
      <source>Type who raises a point of order; it is heard at once, pausing the speaker.</source>
      <translation>اكتب اسم من يثير نقطة نظام؛ ويُستمع إليها فوراً مع إيقاف المتكلم مؤقتاً.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="108" />
      <source>Undo</source>
      <translation>تراجع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/shortcuts.py" line="125" />
      <source>Withdraw</source>
      <translation>سحب</translation>
    </message>
  </context>
  <context>
    <name>SpeakerDisplay</name>
    <message>
      <location filename="../../floorapp/gui/display/speaker_display.py" line="154" />
      <source>Floor — speaker display</source>
      <translation>شاشة المتكلمين — Floor</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="130" />
      <source>Next speaker</source>
      <translation>المتكلم التالي</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/display/lines.py" line="135" />
      <source>Next speakers</source>
      <translation>المتكلمون التالون</translation>
    </message>
    <message>
      <source>Speaker display</source>
      <translation type="vanished">شاشة المتكلمين</translation>
    </message>
  </context>
  <context>
    <name>SpeakersView</name>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="214" />
      <source>Absent, to recall: {n}</source>
      <translation>غائبون، للاستدعاء: {n}</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="211" />
      <source>LIST CLOSED</source>
      <translation>القائمة مقفلة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="203" />
      <source>List of speakers: open a segment of the programme first.</source>
      <translation>قائمة المتكلمين: افتح أولاً جزءاً من البرنامج.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/speakers_view.py" line="208" />
      <source>List of speakers: {n} waiting, {t} needed</source>
      <translation>قائمة المتكلمين: {n} في الانتظار، الوقت اللازم {t}</translation>
    </message>
  </context>
  <context>
    <name>Stations</name>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="148" />
      <source>Display station (reads only)</source>
      <translation>محطة الشاشة (للقراءة فقط)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="147" />
      <source>Officer's station</source>
      <translation>محطة الموظف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="146" />
      <source>Officer's station: the floor is handed to the secretary</source>
      <translation>محطة الموظف: سُلِّمت الكلمة إلى الأمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="50" />
      <source>Only the chair's officer can do this.</source>
      <translation>لا يستطيع القيام بذلك إلا موظف الرئيس.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="48" />
      <source>Only the chair's officer gives the floor and runs the clock, until the officer hands them over to this station.</source>
      <translation>موظف الرئيس وحده يعطي الكلمة ويشغّل التوقيت، إلى أن يسلّم ذلك إلى هذه المحطة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="143" />
      <source>Secretary's station: the officer handed you the floor</source>
      <translation>محطة الأمين: سلّمك الموظف الكلمة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="144" />
      <source>Secretary's station: the officer has the floor</source>
      <translation>محطة الأمين: الكلمة بيد الموظف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="135" />
      <source>Take the floor back from the secretary</source>
      <translation>استعادة الكلمة من الأمين</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="43" />
      <source>display</source>
      <translation>الشاشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>officer</source>
      <translation>الموظف</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/sharing/role_view.py" line="42" />
      <source>secretary</source>
      <translation>الأمين</translation>
    </message>
  </context>
  <context>
    <name>Synthesis</name>
    <message>
      <location filename="../../floorapp/gui/export_worker.py" line="176" />
      <source>Edit the Summary's synthesis…</source>
      <translation>تحرير خلاصة الموجز…</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="78" />
      <source>Keep</source>
      <translation>احتفاظ</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="90" />
      <source>Kept in the Summary:</source>
      <translation>النص المعتمد في الموجز:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="178" />
      <source>Kept text in the Summary.</source>
      <translation>يتضمن الموجز النص المعتمد.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="204" />
      <source>Kept. The next export prints this text.</source>
      <translation>تم الاحتفاظ بالنص. سيتضمنه التصدير التالي.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="62" />
      <source>Language of the Summary:</source>
      <translation>لغة الموجز:</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="164" />
      <source>No key points have been recorded yet.</source>
      <translation>لم تسجل أي نقاط رئيسية بعد.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="148" />
      <source>Opening paragraph: speakers and panellists</source>
      <translation>الفقرة الافتتاحية: المتكلمون والمناقشون</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="150" />
      <source>Points under no theme</source>
      <translation>نقاط لا تندرج تحت أي موضوع</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="88" />
      <source>Proposed by Floor (from the notes, unattributed):</source>
      <translation>ما يقترحه Floor (استنادا إلى الملاحظات، دون ذكر المتكلمين):</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="74" />
      <source>Rewrite the proposal here; a blank line starts a new paragraph.</source>
      <translation>أعد صياغة النص المقترح هنا؛ يبدأ سطر فارغ فقرة جديدة.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="82" />
      <source>Start from the proposal</source>
      <translation>البدء من النص المقترح</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="179" />
      <source>The Summary prints the proposal.</source>
      <translation>يتضمن الموجز النص المقترح.</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="50" />
      <source>The Summary's synthesis</source>
      <translation>خلاصة الموجز</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/synthesis_editor.py" line="80" />
      <source>Use the proposal</source>
      <translation>العودة إلى النص المقترح</translation>
    </message>
  </context>
  <context>
    <name>Words</name>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="75" />
      <source>Chair</source>
      <translation>الرئيس</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="72" />
      <source>Civil society</source>
      <translation>المجتمع المدني</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="58" />
      <source>Civil society organization</source>
      <translation>منظمة من منظمات المجتمع المدني</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>GROUP</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="37" />
      <source>Group</source>
      <translation>مجموعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="56" />
      <source>Intergovernmental observer (African Union, ICRC …)</source>
      <translation>مراقب حكومي دولي (الاتحاد الأفريقي، اللجنة الدولية للصليب الأحمر…)</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="68" />
      <source>Member State</source>
      <translation>دولة عضو</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="74" />
      <source>Moderator</source>
      <translation>مدير النقاش</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="70" />
      <source>Observer</source>
      <translation>مراقب</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="69" />
      <source>Observer State</source>
      <translation>دولة مراقبة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="76" />
      <source>Other</source>
      <translation>آخر</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <source>POINT OF ORDER</source>
      <translation>نقطة نظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="73" />
      <source>Panellist</source>
      <translation>عضو فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="42" />
      <location filename="../../floorapp/gui/console/words.py" line="43" />
      <source>Point of order</source>
      <translation>نقطة نظام</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>QUESTION</source>
      <translation>سؤال</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="39" />
      <source>Question</source>
      <translation>سؤال</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="38" />
      <source>Question to the panel</source>
      <translation>سؤال إلى فريق المناقشة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>REPLY</source>
      <translation>رد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="41" />
      <source>Reply</source>
      <translation>رد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="40" />
      <source>Right of reply</source>
      <translation>حق الرد</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <location filename="../../floorapp/gui/console/words.py" line="35" />
      <source>Statement</source>
      <translation>بيان</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="36" />
      <source>Statement on behalf of a group</source>
      <translation>بيان باسم مجموعة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="71" />
      <source>UN system</source>
      <translation>منظومة الأمم المتحدة</translation>
    </message>
    <message>
      <location filename="../../floorapp/gui/console/words.py" line="57" />
      <source>UN system entity</source>
      <translation>كيان تابع لمنظومة الأمم المتحدة</translation>
    </message>
    <message>
      <source>{speaker}, on behalf of {group}</source>
      <translation type="vanished">{speaker}، باسم {group}</translation>
    </message>
    <message>
      <source>{text} (delivered by {person})</source>
      <translation type="vanished">{text} (ألقاه {person})</translation>
    </message>
  </context>
</TS>
