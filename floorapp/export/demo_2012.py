"""A realistic day on the bundled 3 April 2012 programme, played through the service.

For the President's Summary's tests, pictures and documentation: 46 interventions
over the opening, both panels and the closing; key points on all eight themes, many
shared by several delegations (so the proposed synthesis says "Many delegations …"),
one tagged with two themes; group statements (African Group, Group of Arab States),
the European Union speaking for itself; pledges to the Trust Fund (USD and EUR) and
the President's personal gift; a point of order, a right of reply, a question to the
panel, a video message, a written statement and levels of representation.

The keynote speakers and panellists below are added to the bundled programme for the
demonstration (the letter of 21 February 2012 named none); the moderators stay the
programme's placeholders, so the Summary leaves them out. The facts of the day are
illustrative, modelled on the published accounts of that dialogue.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime

from floorapp.core.categories import RequestKind, SegmentKind, SpeakerCategory
from floorapp.core.clock import FakeClock
from floorapp.core.programme.model import Person, Programme
from floorapp.core.programme.text import Translations
from floorapp.export.sample_meeting import UNODC_NAMES, _Day, _ensure, programme_2012
from floorapp.service import FloorService, meeting_created
from floorapp.storage.memory import MemoryJournal

#: Who the demonstration adds to the programme: (segment, id, name, role).
PEOPLE = (
    ("opening", "sg", "Mr. Ban Ki-moon", "Secretary-General of the United Nations"),
    ("opening", "unodc-ed", "Mr. Yury Fedotov",
     "Executive Director of the United Nations Office on Drugs and Crime"),
    ("panel-1", "bachelet", "Ms. Michelle Bachelet", "Executive Director of UN-Women"),
    ("panel-1", "mam", "Ms. Somaly Mam", "President of the Somaly Mam Foundation"),
    ("panel-1", "bassiouni", "Mr. M. Cherif Bassiouni", "Professor Emeritus of Law"),
    ("panel-2", "ezeilo", "Ms. Joy Ngozi Ezeilo",
     "Special Rapporteur on trafficking in persons, especially women and children"),
    ("panel-2", "sorvino", "Ms. Mira Sorvino",
     "UNODC Goodwill Ambassador to Combat Human Trafficking"),
)

#: Their names and roles in the other five languages (UN terminology): id -> field ->
#: language -> text.
TEXTS: dict[str, dict[str, dict[str, str]]] = {
    "sg": {"name": {"fr": "M. Ban Ki-moon", "es": "Sr. Ban Ki-moon", "ru": "г-н Пан Ги Мун",
                    "zh": "潘基文先生", "ar": "السيد بان كي - مون"},
           "role": {"fr": "Secrétaire général de l’Organisation des Nations Unies",
                    "es": "Secretario General de las Naciones Unidas",
                    "ru": "Генеральный секретарь Организации Объединенных Наций",
                    "zh": "联合国秘书长", "ar": "الأمين العام للأمم المتحدة"}},
    "unodc-ed": {"name": {"fr": "M. Yury Fedotov", "es": "Sr. Yury Fedotov",
                          "ru": "г-н Юрий Федотов", "zh": "尤里·费多托夫先生",
                          "ar": "السيد يوري فيدوتوف"},
                 "role": {"fr": "Directeur exécutif de l’Office des Nations Unies contre la "
                                "drogue et le crime",
                          "es": "Director Ejecutivo de la Oficina de las Naciones Unidas contra "
                                "la Droga y el Delito",
                          "ru": "Директор-исполнитель Управления Организации Объединенных Наций "
                                "по наркотикам и преступности",
                          "zh": "联合国毒品和犯罪问题办公室执行主任",
                          "ar": "المدير التنفيذي لمكتب الأمم المتحدة المعني بالمخدرات والجريمة"}},
    "bachelet": {"name": {"fr": "Mme Michelle Bachelet", "es": "Sra. Michelle Bachelet",
                          "ru": "г-жа Мишель Бачелет", "zh": "米歇尔·巴切莱特女士",
                          "ar": "السيدة ميشيل باشليه"},
                 "role": {"fr": "Directrice exécutive d’ONU-Femmes",
                          "es": "Directora Ejecutiva de ONU-Mujeres",
                          "ru": "Директор-исполнитель структуры «ООН-женщины»",
                          "zh": "妇女署执行主任",
                          "ar": "المديرة التنفيذية لهيئة الأمم المتحدة للمرأة"}},
    "mam": {"name": {"fr": "Mme Somaly Mam", "es": "Sra. Somaly Mam", "ru": "г-жа Сомали Мам",
                     "zh": "索马莉·玛姆女士", "ar": "السيدة سومالي مام"},
            "role": {"fr": "Présidente de la Fondation Somaly Mam",
                     "es": "Presidenta de la Fundación Somaly Mam",
                     "ru": "Президент Фонда Сомали Мам", "zh": "索马莉·玛姆基金会主席",
                     "ar": "رئيسة مؤسسة سومالي مام"}},
    "bassiouni": {"name": {"fr": "M. M. Cherif Bassiouni", "es": "Sr. M. Cherif Bassiouni",
                           "ru": "г-н Шериф Бассиуни", "zh": "谢里夫·巴西奥尼先生",
                           "ar": "السيد محمود شريف بسيوني"},
                  "role": {"fr": "Professeur émérite de droit", "es": "Profesor emérito de Derecho",
                           "ru": "Почетный профессор права", "zh": "法学荣誉教授",
                           "ar": "أستاذ فخري للقانون"}},
    "ezeilo": {"name": {"fr": "Mme Joy Ngozi Ezeilo", "es": "Sra. Joy Ngozi Ezeilo",
                        "ru": "г-жа Джой Нгози Эзейло", "zh": "乔伊·恩戈齐·埃泽洛女士",
                        "ar": "السيدة جوي نغوزي إيزيلو"},
               "role": {"fr": "Rapporteuse spéciale sur la traite des êtres humains, en "
                              "particulier les femmes et les enfants",
                        "es": "Relatora Especial sobre la trata de personas, especialmente "
                              "mujeres y niños",
                        "ru": "Специальный докладчик по вопросу о торговле людьми, особенно "
                              "женщинами и детьми",
                        "zh": "贩运人口特别是妇女和儿童问题特别报告员",
                        "ar": "المقررة الخاصة المعنية بالاتجار بالأشخاص، لا سيما النساء "
                              "والأطفال"}},
    "sorvino": {"name": {"fr": "Mme Mira Sorvino", "es": "Sra. Mira Sorvino",
                         "ru": "г-жа Мира Сорвино", "zh": "米拉·索维诺女士",
                         "ar": "السيدة ميرا سورفينو"},
                "role": {"fr": "Ambassadrice de bonne volonté de l’ONUDC pour la lutte contre "
                               "la traite des êtres humains",
                         "es": "Embajadora de Buena Voluntad de la UNODC contra la Trata de "
                               "Personas",
                         "ru": "Посол доброй воли ЮНОДК по борьбе с торговлей людьми",
                         "zh": "毒品和犯罪问题办公室打击人口贩运亲善大使",
                         "ar": "سفيرة النوايا الحسنة لمكتب الأمم المتحدة المعني بالمخدرات "
                               "والجريمة لمكافحة الاتجار بالبشر"}},
}

# Key points, as a secretary types them: past tense, the verb first.
WILL = "Stressed that political will was essential to implement the Global Plan of Action."
LAWS = "Called for the ratification and full implementation of the Palermo Protocol."
PARTNERS = "Called for partnerships with the private sector, the media and civil society."
DEMAND = "Called for measures to discourage the demand that fosters exploitation."
POVERTY = "Highlighted poverty, conflict and discrimination as root causes of vulnerability."
RIGHTS = "Underlined a victim-centred approach grounded in human rights."
NONPUNISH = "Called for victims not to be punished for crimes committed while trafficked."
REMEDY = "Stressed access to effective remedies, including compensation."
CHILDREN = "Called for special protection and care for trafficked children."
FUND = "Welcomed the work of the UN Voluntary Trust Fund for victims of trafficking."


def demo_programme() -> Programme:
    """The bundled 2012 programme with the demonstration's keynotes and panellists."""
    p = programme_2012()
    segments = []
    for seg in p.segments:
        people = tuple(Person(pid, name, role, SpeakerCategory.PANELLIST,
                              translations=Translations.of(TEXTS.get(pid, {})))
                       for sid, pid, name, role in PEOPLE if sid == seg.id)
        segments.append(replace(seg, panellists=seg.panellists + people) if people else seg)
    return replace(p, segments=tuple(segments))


def new_demo_service(clock: FakeClock | None = None) -> tuple[FloorService, FakeClock]:
    """An in-memory meeting of the demonstration programme, not yet played."""
    clock = clock or FakeClock(datetime(2012, 4, 3, 13, 50, tzinfo=UTC))
    journal = MemoryJournal()
    journal.transact(lambda _n: [meeting_created(demo_programme())], clock.wall(), None)
    return FloorService(journal, clock), clock


def play_demo_2012(svc: FloorService, clock: FakeClock) -> None:
    """Play the demonstration day on ``svc`` (made from :func:`demo_programme`)."""
    day = _Day(svc, clock)
    unodc = _ensure(svc, "unodc", UNODC_NAMES["en"], SpeakerCategory.UN_SYSTEM, UNODC_NAMES)
    catw = _ensure(svc, "catw", "Coalition Against Trafficking in Women",
                   SpeakerCategory.CIVIL_SOCIETY)
    lwv = _ensure(svc, "lwv", "League of Women Voters", SpeakerCategory.CIVIL_SOCIETY)
    iom = _ensure(svc, "iom", "International Organization for Migration",
                  SpeakerCategory.OBSERVER)
    segs = {s.id: s for s in svc.programme.segments if s.kind is not SegmentKind.BREAK}
    chair = svc.programme.chair
    assert chair is not None
    people = {p.id: p for s in segs.values() for p in s.panellists}

    def say(pid: str, seconds: float, *points: tuple[str, list[str]],
            kind: RequestKind = RequestKind.STATEMENT, behalf: str = "",
            delivered_by: str = "", level: str = "") -> str:
        iid = day.floor(pid, seconds, kind, behalf, delivered_by)
        for text, themes in points:
            svc.add_note(text, themes, iid)
        if level:
            svc.update_record(iid, level=level)
        return iid

    # Opening: the President, the Secretary-General and UNODC (keynotes), no limit.
    day.open(segs["opening"])
    iid = day.person(chair, 540)
    assert iid is not None
    svc.add_note("Described trafficking as an appalling form of human rights abuse.", [], iid)
    svc.add_announcement("to the UN Voluntary Trust Fund for victims of trafficking, "
                         "with his wife", 10000, "USD", iid, kind="personal_gift")
    for pid, note in (("sg", "Urged States to align national responses with international "
                             "human rights standards."),
                      ("unodc-ed", "Presented the Global Plan of Action and the Trust Fund.")):
        iid = day.person(people[pid], 600)
        assert iid is not None
        svc.add_note(note, [], iid)

    # Panel I: political will, collective action, demand.
    day.open(segs["panel-1"])
    day.person(segs["panel-1"].moderator, 300)
    for pid, note, theme in (
            ("bachelet", "Put human rights and justice for victims at the centre of efforts.",
             "political-will"),
            ("mam", "Asked that survivors be heard when policies are made.", "collective-action"),
            ("bassiouni", "Described trafficking as a transnational criminal market driven by "
                          "demand.", "demand")):
        iid = day.person(people[pid], 480)
        assert iid is not None
        svc.add_note(note, [theme], iid)
    say("EGY", 290, (WILL, ["political-will"]), (LAWS, ["political-will"]),
        kind=RequestKind.GROUP, behalf="African Group", delivered_by="NGA",
        level="vice_minister")
    say("EU", 175, (PARTNERS, ["collective-action"]), (WILL, ["political-will"]))
    say("QAT", 280, (WILL, ["political-will"]), (PARTNERS, ["collective-action"]),
        kind=RequestKind.GROUP, behalf="Arab Group", level="minister")
    say("BHR", 170, (WILL, ["political-will"]), level="minister")
    iid = say("BLR", 180, (LAWS, ["political-will"]),
              ("Proposed a global partnership against slavery and human trafficking.",
               ["collective-action"]))
    # A point of order interrupts Belarus; Belarus resumes afterwards.
    clock.advance(10)
    svc.point_of_order("ARM")
    clock.advance(40)
    svc.end()
    svc.resume()
    clock.advance(30)
    say("PHL", 175, (WILL, ["political-will"]), (DEMAND, ["demand", "political-will"]),
        level="vice_minister")
    say("USA", 180, (PARTNERS, ["collective-action"]), (DEMAND, ["demand"]))
    say("MEX", 170, (LAWS, ["political-will"]), (PARTNERS, ["collective-action"]))
    iid = say("NIC", 150, (WILL, ["political-will"]))
    svc.update_record(iid, video=True, language="es")
    iid = say("CHE", 120, (PARTNERS, ["collective-action"]))
    svc.update_record(iid, written_statement=True, language="fr")
    say("GBR", 175, (LAWS, ["political-will"]), (DEMAND, ["demand"]))
    say("RUS", 180, (LAWS, ["political-will"]), level="permanent_representative")
    say("JPN", 165, (PARTNERS, ["collective-action"]))
    say("BRA", 170, (DEMAND, ["demand"]))
    say("VAT", 110, ("Asked the panel how demand could be reduced without penalizing victims.",
                     ["demand"]), kind=RequestKind.QUESTION)
    say(iom, 120, (PARTNERS, ["collective-action"]))
    say(unodc, 120, ("Offered technical assistance to States drafting legislation.",
                     ["political-will"]))
    say(catw, 115, (DEMAND, ["demand"]))

    # Panel II: vulnerability, human rights, remedies, children, the Trust Fund.
    day.open(segs["panel-2"])
    day.person(segs["panel-2"].moderator, 300)
    iid = day.person(people["ezeilo"], 480)
    assert iid is not None
    svc.add_note("Recalled the basic principles on the right to an effective remedy.",
                 ["remedies"], iid)
    iid = day.person(people["sorvino"], 420)
    assert iid is not None
    svc.add_note("Called for greater awareness of the Trust Fund.", ["trust-fund"], iid)
    iid = say("AUS", 180, (FUND, ["trust-fund"]), (RIGHTS, ["human-rights"]), level="minister")
    svc.add_announcement("to the UN Voluntary Trust Fund for victims of trafficking",
                         200000, "USD", iid)
    iid = say("AUT", 170, (FUND, ["trust-fund"]), (CHILDREN, ["children"]))
    svc.add_announcement("to the UN Voluntary Trust Fund for victims of trafficking",
                         10000, "EUR", iid)
    say("MLT", 165, (POVERTY, ["vulnerability"]), (RIGHTS, ["human-rights"]))
    say("BGD", 175, (POVERTY, ["vulnerability"]))
    say("GEO", 160, (NONPUNISH, ["human-rights"]), (REMEDY, ["remedies"]))
    say("KHM", 170, (POVERTY, ["vulnerability"]), (CHILDREN, ["children"]))
    say("THA", 175, (RIGHTS, ["human-rights"]), (REMEDY, ["remedies"]))
    say("LUX", 150, (FUND, ["trust-fund"]))
    say("VNM", 165, (POVERTY, ["vulnerability"]), (CHILDREN, ["children"]))
    say("TZA", 170, (POVERTY, ["vulnerability"]))
    say("ALB", 160, (NONPUNISH, ["human-rights"]))
    say("MYS", 170, (RIGHTS, ["human-rights"]), (REMEDY, ["remedies"]))
    say("ARG", 175, (CHILDREN, ["children"]), (RIGHTS, ["human-rights"]))
    say("NOR", 165, (FUND, ["trust-fund"]), (NONPUNISH, ["human-rights"]))
    say("AZE", 170, (POVERTY, ["vulnerability"]))
    say(lwv, 120, ("Called for traffickers' clients to be named publicly.", []))
    # A right of reply at the end of the segment, left out of the Summary.
    say("ARM", 120, ("Replied to the statement of Azerbaijan.", []), kind=RequestKind.REPLY)

    # Closing: the President.
    day.open(segs["closing"])
    iid = day.person(segs["closing"].chair or chair, 420)
    assert iid is not None
    svc.add_note("Thanked participants and called for continued support to the Trust Fund.",
                 [], iid)
    day.end()


def demo_service() -> FloorService:
    """The demonstration day, played, in memory."""
    svc, clock = new_demo_service()
    play_demo_2012(svc, clock)
    return svc


def write_demo(target: str) -> FloorService:
    """Play the demonstration day and store it as a meeting database at ``target``."""
    from floorapp.export.sample_meeting import _store

    svc, clock = new_demo_service()
    play_demo_2012(svc, clock)
    assert isinstance(svc.journal, MemoryJournal)
    _store(target, svc.journal.rows)
    return FloorService.open(target, clock)


if __name__ == "__main__":  # python -m floorapp.export.demo_2012 OUT.floor
    import sys
    from pathlib import Path

    if len(sys.argv) != 2 or Path(sys.argv[1]).exists():
        sys.exit("usage: python -m floorapp.export.demo_2012 NEW.floor (a file that does "
                 "not exist yet)")
    write_demo(sys.argv[1]).close()
    print(sys.argv[1])
