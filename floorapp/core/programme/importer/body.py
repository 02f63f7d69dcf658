"""The lines under a segment's time: people and themes (labelled, names on lines of their own,
speakers after "by", themes run together); anything else is kept as its description."""

from __future__ import annotations

import re

from floorapp.core.programme.importer.brackets import speakers_in_brackets
from floorapp.core.programme.importer.clock import find_ranges
from floorapp.core.programme.importer.given import is_given_name
from floorapp.core.programme.importer.labels import OTHER_LABEL
from floorapp.core.programme.importer.layout import titled_line
from floorapp.core.programme.importer.lines import MONTH_YEAR, Line, in_title_column
from floorapp.core.programme.importer.patterns import (
    BULLET,
    BY_PERSON,
    CONNECTOR,
    CUE,
    DURATION_ONLY,
    INFO_LABEL,
    ITEM_ALONE,
    ITEM_START,
    KIND_ONLY,
    MEETING_NO,
    PERIOD,
    PLACE_CELL,
    ROOM_ONLY,
    SPEAKER_LINE,
    SYMBOLS,
    TIME_LABEL,
    duration_minutes,
)
from floorapp.core.programme.importer.people import (
    ROLE_WORDS,
    bare_name_line,
    name_after_label,
    people_in,
    person,
    role_first_people,
    starts_with_person,
)
from floorapp.core.programme.importer.place import reads_as_place
from floorapp.core.programme.importer.proposal import Found, Odd
from floorapp.core.programme.importer.run_in import name_after_item
from floorapp.core.programme.importer.run_on import before_wide_gap, closes_bracket
from floorapp.core.programme.importer.speaking_limits import find_limits
from floorapp.core.programme.importer.titles import Titling
from floorapp.core.programme.importer.words import CUT_OFF

#: "Opening Statement — Emma Rothschild, Chairperson, …": a part, a dash, a person and role.
_ROLE_DASH_PERSON = re.compile(r"^(?P<t>[^—–]{3,60}?)\s+[—–]\s+(?P<p>[A-ZÀ-Ý][^—–]{5,300})$")

#: A question opened in a title and not closed: "International Debate: Is Building Back" /
#: (blank) / "Better a slogan or can it really mean something?", a PDF's wrapped title.
_ASKED = re.compile(r"(?:^|:\s+)(?:Is|Are|Can|Could|How|What|Why|Should|Does|Do|Will|Who)\b[^?]*$")

_CONTD = r"\((?:cont[’']?d|continued|suite)\)"
#: "Item 10", "Item 2 (cont’d) /": an agenda item's number, its subject on the line below.
ITEM_NUMBER_ONLY = re.compile(r"^(?:Item|Point|Tema)\s+\d+[a-z]?\s*(?:" + _CONTD + r"\s*)?[:./]?$",
                              re.IGNORECASE)
#: "(cont’d) / Technical assistance": the line below, going on with that item
_CONTD_LEAD = re.compile(_CONTD + r"\s*/\s*(?=\S)", re.IGNORECASE)

#: Who gives an item, by office, on the line below its title: "by the CEG Chairman", "by
#: Heads of delegations" (the title stays whole when the line writes it: "Opening of the
#: meeting by the Co-chairs").
BY_OFFICE = re.compile(r"by\s+(?:the\s+)?(?:[\w-]+\s+){0,3}?(?:Chair(?:man|person|woman)?|"
                       r"Co-?[Cc]hairs?|President|Secretariat|Bureau|Rapporteur|Facilitators?|"
                       r"Moderators?|Heads? of [Dd]elegations?|participants|delegations)\s*$")


#: "Agenda item 3:", "Item 4", "Point 3 de l’ordre du jour :" alone on its line.
_AGENDA_ITEM = re.compile(r"(?i)^(?:agenda\s+)?(?:item|point|tema)\s+\d+[a-z]?"
                          r"(?:\s+de\s+l[’']ordre\s+du\s+jour|\s+del\s+programa)?\s*[:.]?$")


#: A wrapped title's rest, in lower case after a connector: "of the Islamic Conference"
_WRAPPED_ON = re.compile(r"(?:of|and|for|to|the|de|du|des|et|y|del)\s+\S")
#: An Indico session's end under its title: "(until 10:22)".
_UNTIL = re.compile(r"\(\s*(?:until|jusqu'à|hasta)\s+\d{1,2}[:.]\d{2}\s*\)", re.IGNORECASE)


#: A given name and a family name before a role, inside a speaker's line: "The Pew Charitable
#: Trusts Elizabeth Wilson Senior Director", "Chile Mr. Pablo Ortiz Head of …".
_NAME_THEN_ROLE = re.compile(r"(?P<g>[A-ZÀ-Ý][a-zà-ÿ'’-]+)\s+[A-ZÀ-Ý][a-zà-ÿ'’-]+\s+")
#: A role's first word, after that name: "Senior Director", "Head of Unit", "Leader - …".
_ROLE_NEXT = re.compile(r"(?:" + ROLE_WORDS.pattern + r"|Senior|Leader\b)")
#: A talk told by its kind, a colon and what it is about: "Introduction: International policy
#: and legal framework to prevent, deter and eliminate IUU challenges …".
_LABELLED_TALK = re.compile(r"[A-Z][^:]{2,90}:\s+[A-Z].{20,400}")


class BodyReading(Titling):
    """Reading what is under a segment's time."""

    def _label_line(self, line: Line, lab: tuple[str, str, int]) -> None:
        kind, rest, at = lab
        seg = self.r.current
        offset = line.start + at
        if kind in ("venue", "date"):
            return
        if seg is None:
            if kind not in ("chair", "moderator", "panellist", "keynote", "speaker", "themes"):
                return
            seg = self.r.current = self.r.preamble
        self.r.pending_title = False if seg.title.value else self.r.pending_title
        if kind == "themes":
            if rest.strip():
                cue = CUE.search(rest)
                if cue or len(rest) > 250:
                    self._run_on_themes(seg, rest[cue.end():] if cue else rest,
                                        offset + (cue.end() if cue else 0))
                else:
                    t = rest.strip()
                    seg.themes.append(Found(t, (offset, offset + len(t))))
            self.r.mode = "themes"
            return
        label = kind
        found = people_in(rest, offset, label) if rest.strip() else []
        seg.people += found
        if found and label in ("chair", "moderator", "speaker", "keynote") and len(found) == 1:
            self.r.mode = "after-single"
        else:
            self.r.mode = f"people:{label}"
        self.r.blank_since = False

    def _body_line(self, line: Line) -> None:
        r = self.r
        seg = r.current
        text = line.stripped()
        if seg is not None and seg.title.value and _UNTIL.fullmatch(text):
            for pool in (r.points, r.segments):  # "9.00: Open Council" / "(until 10:22)": an
                if seg in pool:  # Indico session, its items listed below
                    pool.remove(seg)
                    r.odd.append(Odd(seg.title.value, seg.title.span,
                                     "a part whose items are listed inside it"))
            r.current = None
            return
        if seg is None:
            return
        if r.pending_title and r.mode.startswith("people:"):
            # the people under a label ("Moderators"), before the title comes
            bare = BULLET.sub("", text)
            at = line.start + line.text.find(bare)
            found = people_in(bare, at, r.mode[7:]) if starts_with_person(bare) or (
                re.match(r"^\s*(?:[•*·\-–]|o\s)", text) and bare[:1].isupper()) else []
            if found:
                seg.people += found
                return
            if (listed := bare_name_line(bare, at)) is not None:
                listed.label = r.mode[7:]
                seg.people.append(listed)
                return
            r.mode = ""  # the title at last: the people after it are not that label's
        if r.pending_title:
            if INFO_LABEL.match(text) or OTHER_LABEL.match(text):
                return  # "Location: …", "Organizers: …" under a time: not its title
            if DURATION_ONLY.fullmatch(text) and seg in r.segments:
                r.spanned = seg
                return
            minutes = duration_minutes(text)
            if minutes is not None:  # "5 minutos" under a range; "14:25" / "5 mins": its end
                if seg in r.points:
                    seg.minutes = minutes
                return
            if text.lower() == self.repeated_field:
                return  # the same place under every time: not a title
            if line.row >= 0 and PLACE_CELL.fullmatch(text):
                seg.description.append(text)  # "12:00 pm | Press Briefing Room, S-237 | …"
                return
            if r.numbered is not None and r.numbered[0] is seg and _AGENDA_ITEM.match(text):
                self._close_pending()  # "Sixth meeting" / "Agenda item 3:": the number titles it
                seg.description.append(text)
                return
            if MEETING_NO.fullmatch(text) and r.numbered is None:
                r.numbered = (seg, text, line.start + line.text.find(text))
            if MEETING_NO.fullmatch(text) or PERIOD.fullmatch(text) or ROOM_ONLY.match(text) \
                    or ITEM_ALONE.match(text) or re.match(r"(?i)image\s*:", text) or \
                    MONTH_YEAR.fullmatch(text):  # ("08" / "mai 2025": the next card's date)
                return  # (an image's caption on a web page is no title)
            prose = text.endswith(".") and len(text.split()) >= 12 or bool(
                re.match(r"^\s*[-•*·]\s", line.text))
            if prose and self._use_fallback():
                if r.pending_title:
                    seg.description.append(text)
                else:  # titled from above: the line is the segment's first of its body
                    self._body_line(line)
                return
            if reads_as_place(text) and titled_line(self.next_text) and not (
                    reads_as_place(self.next_text) or find_ranges(self.next_text) or
                    INFO_LABEL.match(self.next_text)):
                seg.description.append(text)  # "10:15 am" / "38th Floor" / "Presentation of
                return  # Credentials": the place, then what is done there
            self._set_title(seg, text, line.start + line.text.find(text))
            return
        bare = BULLET.sub("", text)
        if not bare:
            return
        if r.mode.startswith("people") or r.mode == "after-single":
            if starts_with_person(bare):
                label = "panellist" if r.mode == "after-single" else r.mode.split(":")[1]
                found = people_in(bare, line.start + line.text.find(bare), label)
                if r.mode == "after-single":
                    for p in found:
                        p.name.doubt = p.name.doubt or "listed without a label: taken as panellist"
                    r.mode = "people:panellist"
                seg.people += found
                r.blank_since = False
                return
            if re.match(r"^\s*(?:[•*·\-–]|o\s)", text) and bare[:1].isupper() and \
                    not SYMBOLS.match(bare) and r.mode != "after-single":
                found = people_in(bare, line.start + line.text.find(bare), r.mode.split(":")[1])
                if found:
                    seg.people += found
                    r.blank_since = False
                    return
            if seg.people and not r.blank_since and not bare.startswith("[") and \
                    not SYMBOLS.match(bare) and len(bare) < 200 and not self.titles_above \
                    and not find_limits(bare):  # "Statements are limited to 3 minutes."
                last = seg.people[-1]
                last.role = f"{last.role} {bare}".strip()
                return
            r.mode = ""
        if r.mode == "themes":
            if r.blank_since and seg.themes and not BULLET.match(text) or TIME_LABEL.match(bare):
                r.mode = ""  # ("Topic: …" / "Time: Aug 24, 2021 03:00 PM Paris": no theme)
            elif not bare.startswith("[") and len(bare) < 400:
                if seg.themes and (bare[0].islower() or CONNECTOR.search(seg.themes[-1].value)):
                    theme = seg.themes[-1]
                    theme.value = f"{theme.value} {bare}"
                    theme.span = (theme.span[0], line.start + line.text.find(bare) + len(bare))
                else:
                    at = line.start + line.text.find(bare)
                    seg.themes.append(Found(bare.rstrip(";"), (at, at + len(bare.rstrip(";")))))
                return
        bare2 = BULLET.sub("", bare)
        speaker = SPEAKER_LINE.match(bare2)
        if not r.mode and speaker and starts_with_person(bare2[speaker.end():]):
            rest = bare2[speaker.end():]
            found = people_in(rest, line.start + line.text.find(rest), "speaker")
            for p in found:
                p.name.doubt = p.name.doubt or "listed without a label: taken as a speaker"
            seg.people += found
            return
        if not r.mode and re.match(r"[•*·](?!\*.+\*\*$)", text) and not starts_with_person(bare2):
            found = people_in(bare2, line.start + line.text.find(bare2), "speaker")
            if found:
                for p in found:
                    p.name.doubt = p.name.doubt or "listed without a label: taken as a speaker"
                seg.people += found
                return
        if not r.mode and (BULLET.match(text) or seg.people) and starts_with_person(bare2) or \
                not r.mode and starts_with_person(bare) and not seg.description:
            found = people_in(bare, line.start + line.text.find(bare), "speaker")
            for p in found:
                p.name.doubt = p.name.doubt or "listed without a label: taken as a speaker"
            seg.people += found
            return
        dashed = _ROLE_DASH_PERSON.match(bare2) if not r.mode else None
        who = bare_name_line(dashed.group("p"), line.start + line.text.find(dashed.group("p"))) \
            if dashed else None
        if who is not None and dashed is not None:
            # "Opening Statement — Emma Rothschild, Chairperson, UNRISD Board", "Chairperson —
            # Dharam Ghai, former Director": what they do, a dash, who they are
            if re.search(r"(?i)\b(?:chair|président|presidente?)", dashed.group("t")):
                who.label = "chair"
            seg.people.append(who)
            seg.description += [text] if len(seg.description) < 12 else []
            return
        # ("Mette Wilke," / "Director": a name, its role on the line below)
        named = f"{bare2} {self.next_text}" if bare2.endswith(",") else bare2
        bare_person = bare_name_line(named, line.start + line.text.find(bare2)) \
            if not r.mode and (not BULLET.match(text) or re.match(r"\s*[-–•]\s", text)) \
            else None
        if bare_person is not None:
            seg.people.append(bare_person)
            r.title_open = False  # (a role going on below is no more of the title)
            return
        by = BY_PERSON.search(text)
        if by and not r.mode and len(text) < 250:
            label = "keynote" if re.search(r"(?i)keynote|liminaire|magistral", text[:by.start()]) \
                else "speaker"
            seg.people += people_in(text[by.end():], line.start + line.text.find(text) +
                                    by.end(), label)
            seg.description += [text] if len(seg.description) < 12 else []
            return
        after_label = name_after_label(bare2, line.start + line.text.find(bare2)) \
            if not r.mode and OTHER_LABEL.match(bare2) is None else None
        if after_label is not None:
            seg.people.append(after_label)
            return
        if not r.mode and len(text) < 400 and not starts_with_person(bare2):
            found = role_first_people(text, line.start + line.text.find(text),
                                      "chair" if re.search(r"(?i)chaired", text) else "speaker")
            if found:
                seg.people += found
                seg.description += [text] if len(seg.description) < 12 else []
                return
        cue = CUE.search(text)
        if cue:
            self._run_on_themes(seg, text[cue.end():], line.start + line.text.find(text) +
                                cue.end())
            if not seg.themes:
                r.mode = "themes"
            return
        # "48th meeting / Item 10" / "(cont’d) / Technical assistance": an item's number, then
        # its subject
        item = ITEM_NUMBER_ONLY.match(seg.title.value) if not r.blank_since else None
        contd = _CONTD_LEAD.match(bare) if item else None
        subject = bare[contd.end():] if contd else bare
        if item and r.title_open and \
                subject.rstrip(" :./").casefold() == seg.title.value.rstrip(" :./").casefold():
            return  # "41st meeting / Item 9" / "Item 9": the same item, written again
        if (KIND_ONLY.fullmatch(seg.title.value) or item) and r.title_open and \
                not seg.description and not seg.people and \
                len(subject) <= (250 if item else 100) and \
                not subject.endswith(".") and not ROOM_ONLY.match(subject) and \
                subject.lstrip("\"“«'‘ ")[:1].isupper() and not self.titles_above and \
                not r.after_day:
            # "15h30 – 16h30 : débat" / "Le siècle des pandémies ?": the kind, then its subject
            head = seg.title.value.rstrip(" :./") + (f" {contd.group(0).rstrip(' /')}" if contd
                                                     else "")
            seg.title.value = f"{head[:1].upper()}{head[1:]}: {subject}"
            seg.title.span = (seg.title.span[0],
                              line.start + line.text.find(subject) + len(subject))
            r.title_open = False
            return
        if seg.people and not r.blank_since and bare[:1].islower() and len(bare) < 200 and \
                re.search(r"(?i)\b(?:of|and|for|the|to|on|in|de|du|des|et|y)$|[&,]$",
                          seg.people[-1].role.rstrip()):  # "… & Vice-Chair of" / "the Board of …"
            seg.people[-1].role = f"{seg.people[-1].role.rstrip()} {bare}"
            return
        said = seg.title.value if r.title_open and not seg.description and \
            _LABELLED_TALK.fullmatch(subject) else ""
        speaker = next((m for k in re.finditer(r"\b(?=[A-ZÀ-Ý])", said)
                        if (m := _NAME_THEN_ROLE.match(said, k.start())) and
                        is_given_name(m.group("g")) and _ROLE_NEXT.match(said, m.end())),
                       None)
        if speaker is not None:
            # "The Pew Charitable Trusts Elizabeth Wilson Senior Director …" / "Tools and
            # systems: The value of information-sharing …": the speaker's line, then the talk
            giving = person(seg.title.value[speaker.start():],
                            seg.title.span[0] + speaker.start(), "speaker")
            seg.people += [giving] if giving is not None and not seg.people else []
            at = line.start + line.text.find(subject)
            seg.title = Found(subject, (at, at + len(subject)))
            r.title_open = False
            return
        giver = bare_name_line(seg.title.value, seg.title.span[0]) if r.title_open and \
            not seg.people and not seg.description and \
            is_given_name(seg.title.value.split()[0]) else None
        if giver is not None and len(subject) <= 100 and not subject.endswith(".") and \
                subject[:1].isupper() and not ROOM_ONLY.match(subject) and \
                not starts_with_person(subject) and bare_name_line(subject, 0) is None:
            # "9:30 Jean Jacquinot, Advisor to the Director-General" / "Why Fusion?": the
            # speaker on the time's line, the talk below
            seg.people.append(giver)
            at = line.start + line.text.find(subject)
            seg.title = Found(subject, (at, at + len(subject)))
            r.title_open = False
            return
        note = re.match(r"\s*\*|\s*(?:please\s+)?note\b", text, re.IGNORECASE)  # "* please note …"
        sub_item = re.match(r"\s*[a-h][.)]\s|(?i:[ap]\.?m\.?$)", text) or re.match(  # "a. by …";
            r"\s{2,}[-•*]\s", line.text)  # "am", wrapped; "    - …", a sub-item indented
        of_someone = BY_OFFICE.fullmatch(bare) and len(seg.title.value.split()) >= 3 or \
            bool(seg.people) and starts_with_person(self.prev_text)  # (a role's end: "de la …")
        # ("… of the Organization" / (blank) / "of the Islamic Conference": a wrapped title)
        cut_off = CUT_OFF.search(seg.title.value) is not None or (  # "… public life in" /
            _ASKED.search(seg.title.value) is not None and bare.endswith("?"))  # "Morocco"
        if r.title_open and (not self.text.count("\n", seg.title.span[0], line.start) or
                             closes_bracket(self.text, seg.title.span[0], bare)):
            seg.description += [text]  # a PDF table's next cell on the title's row ("… de   X"),
            return  # or a bracket's note going on below ("(… and group" / "work; … Klausen)")
        if r.title_open and (not r.blank_since or (_WRAPPED_ON.match(bare) or cut_off) and
                             len(bare) < 80) and \
                not ITEM_START.match(bare) and not note and not sub_item and not of_someone and (
                bare[0].islower() or cut_off or CONNECTOR.search(seg.title.value + " ") or
                not r.blank_since and in_title_column(self.text, line, seg.title.span[0])):
            bare = before_wide_gap(bare)[0]  # (a PDF table's next columns)
            colon = ":" if r.blank_since and self.text[seg.title.span[1]:][:1] == ":" else ""
            seg.title.value = f"{seg.title.value}{colon} {bare}".strip()
            seg.title.span = (seg.title.span[0], line.start + line.text.find(bare) + len(bare))
            r.title_open = len(seg.title.value) < 200
            begun = seg.title.span[1] - len(seg.title.value)  # where the title would begin
            title, speakers = speakers_in_brackets(seg.title.value)  # "… tabular data in" / "a
            if not seg.people and speakers:  # complete R workflow (Julien Jamme, … - Insee)"
                seg.title.value, r.title_open = title, False
                seg.people += [who for n, at in speakers
                               if (who := person(n, begun + at, "speaker"))]
            run_in = name_after_item(seg.title.value, begun) \
                if not seg.people else None  # "… to the new" / "format session Chloe Rice, WHO"
            if run_in is not None and len(run_in[0]) > len(seg.title.value) - len(bare):
                cut = len(seg.title.value) - len(run_in[0].rstrip())
                seg.title.value = run_in[0].rstrip()
                seg.title.span = (seg.title.span[0], seg.title.span[1] - cut)
                r.title_open = False
                seg.people += run_in[1]
            return
        r.title_open = False
        seg.description += [text] if len(seg.description) < 12 else []
