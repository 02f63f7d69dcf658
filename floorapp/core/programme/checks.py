"""Turning a parsed programme file into a :class:`Programme`, collecting every problem on the way.

The reader does not stop at the first problem: it checks every key, table and segment
and then the programme as a whole (ids used twice, segments out of order or
overlapping), so that one run of ``floorapp check`` lists all that needs fixing.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, time
from typing import Any, TypeVar

from floorapp.core.categories import LANGUAGES, LIMIT_KEYS, SpeakerCategory
from floorapp.core.messages import Message, msg
from floorapp.core.programme.model import ExtraParticipant, Person, Programme, Segment, Theme
from floorapp.core.programme.problem import Problem
from floorapp.core.programme.source import Path, SourceLines
from floorapp.core.programme.text import (
    MEETING_TEXTS,
    PERSON_TEXTS,
    SEGMENT_TEXTS,
    THEME_TEXTS,
    Translations,
)
from floorapp.core.programme.values import (
    BadValue,
    control_character,
    describe,
    format_time,
    near_miss,
    parse_category,
    parse_date,
    parse_id,
    parse_kind,
    parse_language,
    parse_limit,
    parse_time,
    parse_zone,
    show,
    slug,
    suggest,
)

T = TypeVar("T")

TOP_KEYS = ("title", "date", "venue", "timezone", "convened_by", "chair", "organisers",
            "language", "status", "limits", "segments", "participants")
SEGMENT_KEYS = ("id", "kind", "title", "start", "end", "description", "chair", "moderator",
                "panellists", "themes", "limits")
PERSON_KEYS = ("id", "name", "role", "category")
THEME_KEYS = ("id", "title")
PARTICIPANT_KEYS = ("id", "names", "category")

#: The category a person has when the file does not say, by where the person is named.
ROLE_CATEGORY = {"chair": SpeakerCategory.CHAIR, "moderator": SpeakerCategory.MODERATOR,
                 "panellists": SpeakerCategory.PANELLIST}

#: How messages name the top level of the file.
TOP = msg("the programme")

#: How messages name a segment, a participant or the programme.
Owner = Message | str

_EXAMPLES = {"title": 'title = "…"', "date": "date = 2012-04-03",
             "segments": "a [[segments]] table", "id": 'id = "panel-1"',
             "kind": 'kind = "panel"', "start": 'start = "10:00"', "end": 'end = "11:00"',
             "name": 'name = "Moderator (to be announced)"', "names": 'names = { en = "…" }'}


@dataclass(frozen=True)
class _Slot:
    """Where a segment sits in the day, as far as its id and times could be read."""

    path: Path
    label: Message
    id: str | None = None
    start: time | None = None
    end: time | None = None

    @property
    def span(self) -> Message:
        """The segment as messages show it with its times: segment "panel-1" (11:00–13:00)."""
        times = f"{format_time(self.start)}–{format_time(self.end)}" \
            if self.start is not None and self.end is not None else "?"
        return msg("{label} ({times})", label=self.label, times=times)


#: The templates of the asides that name another line of the file.
LINE_ASIDES = (" (first on line {line})", " (line {line})")


def line_aside(line: int, first: bool = True) -> Message:
    """" (first on line 12)", or " (line 12)": where the other one is in the file."""
    return msg(" (first on line {line})", line=line) if first else \
        msg(" (line {line})", line=line)


def translated_keys(names: tuple[str, ...]) -> tuple[str, ...]:
    """The keys that carry translations of ``names``: title_ar, title_zh, ..."""
    return tuple(f"{n}_{lang}" for n in names for lang in LANGUAGES)


def _label(what: str, path: Path, value: Any) -> Message:
    """How messages name a segment or participant: by its id, else by its position."""
    if isinstance(value, dict) and isinstance(value.get("id"), str) and value["id"]:
        ident = show(value["id"])
        return msg("segment {id}", id=ident) if what == "segment" else \
            msg("participant {id}", id=ident)
    n = path[-1] + 1 if isinstance(path[-1], int) else 0
    return msg("segment {id}", id=n) if what == "segment" else msg("participant {id}", id=n)


class ProgrammeReader:
    """Reads a parsed TOML document into a Programme, noting each problem at its line."""

    def __init__(self, file: str, lines: SourceLines) -> None:
        self.file = file
        self.lines = lines
        self.problems: list[Problem] = []
        self.language = "en"  # of the file's texts; read first by programme()
        self._people: dict[str, tuple[str, int]] = {}  # id -> (name, line)

    def add(self, path: Path, message: Message) -> None:
        """Note a problem at the line of ``path`` (or of its nearest enclosing table)."""
        self.problems.append(Problem(self.file, self.lines.line(path), str(message), message))

    # -- generic fields -----------------------------------------------------------------

    def table(self, value: Any, path: Path, allowed: tuple[str, ...], owner: Owner,
              elsewhere: tuple[str, ...] = (), texts: tuple[str, ...] = ()
              ) -> dict[str, Any] | None:
        """``value`` as a table, noting keys that are not in ``allowed`` (probable typos).

        ``texts`` are the keys that may carry translations (``title_fr``, ...).
        """
        if not isinstance(value, dict):
            self.add(path, msg("{owner} must be a table, not {found}", owner=owner,
                               found=describe(value)))
            return None
        place = msg("at the top level of the file") if owner == TOP else \
            msg("in {owner}", owner=owner)
        translated = translated_keys(texts)
        for key in value:
            if key in allowed or key in translated:
                continue
            base, _, lang = key.rpartition("_")
            if base in texts:
                self.add(path + (key,), self._language_suffix(key, base, lang, place))
            elif key in elsewhere:
                self.add(path + (key,), msg("unknown key '{key}' {place}: '{key}' belongs to a "
                                            "segment, under a [[segments]] header", key=key,
                                            place=place))
            else:
                self.add(path + (key,), msg("unknown key '{key}' {place}{near}", key=key,
                                            place=place, near=suggest(key, allowed)))
        return value

    @staticmethod
    def _language_suffix(key: str, base: str, lang: str, place: Message) -> Message:
        """The message for ``title_xx`` whose ``xx`` is not one of the six languages."""
        if lang.lower() in LANGUAGES:
            return msg("unknown key '{key}' {place}: write the language code in lower case, "
                       "'{fixed}'", key=key, place=place, fixed=f"{base}_{lang.lower()}")
        forms = [f"{base}_{x}" for x in LANGUAGES]
        found = near_miss(lang, LANGUAGES)
        near = msg(" (did you mean '{word}'?)", word=f"{base}_{found}") if found else ""
        return msg("unknown key '{key}' {place}{near}: '{lang}' is not one of the six "
                   "languages; a translation of '{base}' is written {forms} or {last}",
                   key=key, place=place, near=near, lang=lang, base=base,
                   forms=", ".join(forms[:-1]), last=forms[-1])

    def translations(self, tbl: dict[str, Any], path: Path, texts: tuple[str, ...],
                     owner: Owner) -> Translations:
        """The translations of ``texts`` in ``tbl``: ``title_fr = "…"`` and the like."""
        found: dict[str, dict[str, str]] = {}
        for key in tbl:
            base, _, lang = key.rpartition("_")
            if base not in texts or lang not in LANGUAGES:
                continue
            if lang == self.language:
                self.add(path + (key,), msg(
                    "'{key}' of {owner} is in the programme's own language (language = "
                    "\"{language}\"): that text belongs in '{base}'; remove '{key}', or "
                    "change 'language'", key=key, owner=owner, language=self.language,
                    base=base))
                continue
            text = self.text(tbl, path, key, owner)
            if text is None:
                continue
            if base not in tbl:
                self.add(path + (key,), msg(
                    "{owner} has '{key}' but no '{base}': write {base} = \"…\" in the "
                    "programme's language ({language}) too", owner=owner, key=key, base=base,
                    language=self.language))
            found.setdefault(base, {})[lang] = text
        return Translations.of(found)

    def field(self, tbl: dict[str, Any], path: Path, key: str, parse: Callable[[Any], T],
              owner: Owner, required: bool = False) -> T | None:
        """The value of ``key`` read by ``parse``; None (and a problem when required) if bad."""
        if key not in tbl:
            if required:
                example = _EXAMPLES.get(key, f"{key} = …")
                self.add(path, msg("{owner} has no '{key}' (e.g. {example})", owner=owner,
                                   key=key, example=example))
            return None
        try:
            return parse(tbl[key])
        except BadValue as exc:
            self.add(path + (key,), msg("'{key}' of {owner}: {reason}", key=key, owner=owner,
                                        reason=exc.message))
            return None

    def text(self, tbl: dict[str, Any], path: Path, key: str, owner: Owner,
             required: bool = False) -> str | None:
        """A text field; required text must also be non-empty."""

        def parse(value: Any) -> str:
            if not isinstance(value, str):
                raise BadValue(msg("must be text in double quotes, not {found}",
                                   found=describe(value)))
            bad = control_character(value)
            if bad:
                raise BadValue(msg("contains a control character ({character})",
                                   character=bad))
            if required and not value.strip():
                raise BadValue(msg("is empty"))
            return value

        return self.field(tbl, path, key, parse, owner, required)

    def limits(self, value: Any, path: Path, owner: Owner) -> dict[str, int]:
        """A table of speaking limits, seconds by limit key."""
        out: dict[str, int] = {}
        if not isinstance(value, dict):
            self.add(path, msg("the limits of {owner} must be a table, not {found}",
                               owner=owner, found=describe(value)))
            return out
        for key, raw in value.items():
            if key not in LIMIT_KEYS:
                self.add(path + (key,), msg("unknown limit '{key}' of {owner}{near}; the limits "
                                            "are: {allowed}", key=key, owner=owner,
                                            near=suggest(key, LIMIT_KEYS),
                                            allowed=", ".join(LIMIT_KEYS)))
                continue
            try:
                out[key] = parse_limit(raw)
            except BadValue as exc:
                self.add(path + (key,), msg("limit '{key}' of {owner}: {reason}", key=key,
                                            owner=owner, reason=exc.message))
        return out

    # -- people, themes, participants ---------------------------------------------------

    def person(self, value: Any, path: Path, role: str, owner: Owner) -> Person | None:
        """A chair, moderator or panellist: a table, or just the name in quotes."""
        default = ROLE_CATEGORY[role]
        if isinstance(value, str):
            value = {"name": value}
        if not isinstance(value, dict):
            self.add(path, msg("{owner} must be a name in quotes or a table with a name, not "
                               "{found}", owner=owner, found=describe(value)))
            return None
        tbl = self.table(value, path, PERSON_KEYS, owner, texts=PERSON_TEXTS)
        if tbl is None:
            return None
        name = self.text(tbl, path, "name", owner, required=True)
        translations = self.translations(tbl, path, PERSON_TEXTS, owner)
        role_text = self.text(tbl, path, "role", owner) or ""
        category = self.field(tbl, path, "category", parse_category, owner) or default
        if "id" in tbl:
            ident = self.field(tbl, path, "id", parse_id, owner)
        elif name is not None:
            ident = slug(name) or None
            if ident is None:
                self.add(path, msg("{owner} needs an id (letters, digits, '-'), e.g. id = "
                                   "\"pga\"", owner=owner))
        else:
            ident = None
        if name is None or ident is None:
            return None
        self._same_person(ident, name, path)
        return Person(ident, name, role_text, category, translations)

    def _same_person(self, ident: str, name: str, path: Path) -> None:
        """One id, one person: the same id may not name two different people."""
        line = self.lines.line(path)
        seen = self._people.setdefault(ident, (name, line))
        if seen[0] != name:
            self.add(path, msg("the id \"{id}\" is given to {first}{where} and to "
                               "{second}; give each person their own id", id=ident,
                               first=show(seen[0]), where=line_aside(seen[1], first=False),
                               second=show(name)))

    def theme(self, value: Any, path: Path, owner: Owner) -> Theme | None:
        """A theme of a segment: an id and a title."""
        tbl = self.table(value, path, THEME_KEYS, owner, texts=THEME_TEXTS)
        if tbl is None:
            return None
        ident = self.field(tbl, path, "id", parse_id, owner, required=True)
        title = self.text(tbl, path, "title", owner, required=True)
        translations = self.translations(tbl, path, THEME_TEXTS, owner)
        if ident is None or title is None:
            return None
        return Theme(ident, title, translations)

    def participant(self, value: Any, path: Path) -> ExtraParticipant | None:
        """A participant of this meeting beyond the roster, with names by language."""
        owner = _label("participant", path, value)
        tbl = self.table(value, path, PARTICIPANT_KEYS, owner)
        if tbl is None:
            return None
        ident = self.field(tbl, path, "id", parse_id, owner, required=True)
        category = self.field(tbl, path, "category", parse_category, owner)
        names: dict[str, str] = {}
        if "names" not in tbl:
            self.add(path, msg("{owner} has no '{key}' (e.g. {example})", owner=owner,
                               key="names", example=_EXAMPLES["names"]))
        else:
            of = msg("the names of {owner}", owner=owner)
            raw = self.table(tbl["names"], path + ("names",), LANGUAGES, of)
            for lang in LANGUAGES:
                text = self.text(raw or {}, path + ("names",), lang, of)
                if text is not None:
                    names[lang] = text
            if raw is not None and not names.get("en", "").strip():
                self.add(path + ("names",), msg("{owner} needs a name in English (en = \"…\")",
                                                owner=owner))
        if ident is None or not names.get("en", "").strip():
            return None
        self._same_person(ident, names["en"], path)
        return ExtraParticipant(ident, names, category or SpeakerCategory.OTHER)

    # -- segments -----------------------------------------------------------------------

    def segment(self, value: Any, path: Path) -> tuple[Segment | None, _Slot]:
        """One [[segments]] table, and its id and times for the checks across segments."""
        label = _label("segment", path, value)
        slot = _Slot(path, label)
        tbl = self.table(value, path, SEGMENT_KEYS, label, texts=SEGMENT_TEXTS)
        if tbl is None:
            return None, slot
        ident = self.field(tbl, path, "id", parse_id, label, required=True)
        kind = self.field(tbl, path, "kind", parse_kind, label, required=True)
        title = self.text(tbl, path, "title", label, required=True)
        start = self.field(tbl, path, "start", parse_time, label, required=True)
        end = self.field(tbl, path, "end", parse_time, label, required=True)
        if start is not None and end is not None and end <= start:
            self.add(path + ("end",), msg("{segment} ends at {end}, which is not after its "
                                          "start at {start}", segment=label,
                                          end=format_time(end), start=format_time(start)))
            end = None
        slot = _Slot(path, label, ident, start, end)
        roles = {"chair": msg("the chair of {segment}", segment=label),
                 "moderator": msg("the moderator of {segment}", segment=label)}
        people = {role: self.person(tbl[role], path + (role,), role, roles[role])
                  for role in ("chair", "moderator") if role in tbl}
        panellists = self.people_list(tbl, path, label)
        themes = self.themes(tbl, path, label)
        limits = self.limits(tbl["limits"], path + ("limits",), label) if "limits" in tbl else {}
        description = self.text(tbl, path, "description", label) or ""
        translations = self.translations(tbl, path, SEGMENT_TEXTS, label)
        if ident is None or kind is None or title is None or start is None or end is None:
            return None, slot
        return Segment(ident, kind, title, start, end, people.get("chair"),
                       people.get("moderator"), panellists, themes, limits, description,
                       translations), slot

    def people_list(self, tbl: dict[str, Any], path: Path,
                    label: Message) -> tuple[Person, ...]:
        """The panellists of a segment."""
        raw = tbl.get("panellists", [])
        if not isinstance(raw, list):
            self.add(path + ("panellists",), msg(
                "'panellists' of {segment} must be a list of [[segments.panellists]] tables "
                "or names, not {found}", segment=label, found=describe(raw)))
            return ()
        found = [self.person(x, path + ("panellists", i), "panellists",
                             msg("panellist {n} of {segment}", n=i + 1, segment=label))
                 for i, x in enumerate(raw)]
        return tuple(p for p in found if p is not None)

    def themes(self, tbl: dict[str, Any], path: Path, label: Message) -> tuple[Theme, ...]:
        """The themes of a segment; an id may be used once per segment."""
        raw = tbl.get("themes", [])
        if not isinstance(raw, list):
            self.add(path + ("themes",), msg("'themes' of {segment} must be a list of "
                                             "[[segments.themes]] tables, not {found}",
                                             segment=label, found=describe(raw)))
            return ()
        out: list[Theme] = []
        first: dict[str, int] = {}
        for i, x in enumerate(raw):
            theme = self.theme(x, path + ("themes", i),
                               msg("theme {n} of {segment}", n=i + 1, segment=label))
            if theme is None:
                continue
            here = path + ("themes", i, "id")
            if theme.id in first:
                self.add(here, msg("theme id \"{id}\" is used twice in {segment}{where}",
                                   id=theme.id, segment=label,
                                   where=line_aside(first[theme.id])))
                continue
            first[theme.id] = self.lines.line(here)
            out.append(theme)
        return tuple(out)

    def segments(self, raw: Any) -> tuple[Segment, ...]:
        """Every segment, then the checks across them: ids, order, overlaps."""
        path: Path = ("segments",)
        if isinstance(raw, dict):
            self.add(path, msg("write [[segments]] (two brackets) before each segment; "
                               "[segments] makes a single table"))
            return ()
        if not isinstance(raw, list):
            self.add(path, msg("'segments' must be [[segments]] tables, not {found}",
                               found=describe(raw)))
            return ()
        if not raw:
            self.add(path, msg("the programme needs at least one segment ([[segments]])"))
        found: list[Segment] = []
        timed: list[tuple[time, time, _Slot]] = []
        first: dict[str, int] = {}
        for i, value in enumerate(raw):
            seg, slot = self.segment(value, path + (i,))
            if slot.id is not None:
                if slot.id in first:
                    self.add(path + (i, "id"), msg("segment id \"{id}\" is used twice{where}",
                                                   id=slot.id, where=line_aside(first[slot.id])))
                    continue
                first[slot.id] = self.lines.line(path + (i, "id"))
            if slot.start is not None and slot.end is not None:
                timed.append((slot.start, slot.end, slot))
            if seg is not None:
                found.append(seg)
        self.timing(timed)
        return tuple(found)

    def timing(self, timed: list[tuple[time, time, _Slot]]) -> None:
        """Segments must be listed in time order and must not overlap."""
        for (start0, _, prev), (start, _, slot) in zip(timed, timed[1:], strict=False):
            if start < start0:
                self.add(slot.path + ("start",), msg(
                    "{segment} is listed after {other} but starts before it; list the "
                    "segments in time order", segment=slot.span, other=prev.span))
        latest: tuple[time, time, _Slot] | None = None
        for start, end, slot in sorted(timed, key=lambda x: (x[0], x[1])):
            if latest is not None and start < latest[1]:
                self.add(slot.path + ("start",), msg("{segment} overlaps {other}",
                                                     segment=slot.span, other=latest[2].span))
            if latest is None or end > latest[1]:
                latest = (start, end, slot)

    # -- the whole programme ------------------------------------------------------------

    def programme(self, doc: dict[str, Any]) -> Programme | None:
        """The programme, or None when any problem was found (see ``problems``)."""
        top = TOP
        self.language = self.field(doc, (), "language", parse_language, top) or "en"
        self.table(doc, (), TOP_KEYS, top, elsewhere=SEGMENT_KEYS,
                   texts=(*MEETING_TEXTS, "organisers"))
        title = self.text(doc, (), "title", top, required=True)
        day: date | None = self.field(doc, (), "date", parse_date, top, required=True)
        venue = self.text(doc, (), "venue", top) or ""
        zone = self.field(doc, (), "timezone", parse_zone, top) or "America/New_York"
        convened_by = self.text(doc, (), "convened_by", top) or ""
        chair = self.person(doc["chair"], ("chair",), "chair",
                            msg("the chair of the meeting")) \
            if "chair" in doc else None
        organisers = self.field(doc, (), "organisers", self._names, top) or ()
        language = self.language
        status = self.text(doc, (), "status", top) or ""
        limits = self.limits(doc["limits"], ("limits",), msg("the meeting")) \
            if "limits" in doc else {}
        segments: tuple[Segment, ...] = ()
        if "segments" not in doc:
            self.add((), msg("the programme has no segments: add a [[segments]] table for each "
                             "part of the meeting"))
        else:
            segments = self.segments(doc["segments"])
        participants = self.participants(doc.get("participants", []))
        translations = self.translations(doc, (), MEETING_TEXTS, top)
        translations = self.organisers_translations(doc, organisers, translations)
        if self.problems or title is None or day is None:
            return None
        return Programme(title, day, venue, zone, convened_by, chair, organisers, language,
                         status, limits, segments, participants, translations)

    def organisers_translations(self, doc: dict[str, Any], organisers: tuple[str, ...],
                                translations: Translations) -> Translations:
        """``organisers_fr = [...]`` and the like: one name for each of ``organisers``."""
        texts = translations.to_dict()
        for lang in LANGUAGES:
            key = f"organisers_{lang}"
            if key not in doc:
                continue
            if lang == self.language:
                self.add((key,), msg("'{key}' is in the programme's own language (language = "
                                     "\"{language}\"): those names belong in 'organisers'",
                                     key=key, language=self.language))
                continue
            names = self.field(doc, (), key, self._names, TOP)
            if names is None:
                continue
            if len(names) != len(organisers):
                self.add((key,), msg("'{key}' has {n} names but 'organisers' has {total}: give "
                                     "one translation for each organiser, in the same order "
                                     "(\"\" for one not translated)",
                                     one="'{key}' has {n} name but 'organisers' has {total}: "
                                     "give one translation for each organiser, in the same "
                                     "order (\"\" for one not translated)",
                                     count=len(names), key=key, total=len(organisers)))
                continue
            for i, name in enumerate(names):
                texts.setdefault(f"organisers.{i}", {})[lang] = name
        return Translations.of(texts)

    def participants(self, raw: Any) -> tuple[ExtraParticipant, ...]:
        """The [[participants]] tables; each id once."""
        if not isinstance(raw, list):
            self.add(("participants",), msg("write [[participants]] (two brackets) before "
                                            "each participant, not {found}",
                                            found=describe(raw)))
            return ()
        out: list[ExtraParticipant] = []
        for i, value in enumerate(raw):
            x = self.participant(value, ("participants", i))
            if x is None:
                continue
            if any(y.id == x.id for y in out):
                self.add(("participants", i, "id"), msg("participant id \"{id}\" is used twice",
                                                                id=x.id))
                continue
            out.append(x)
        return tuple(out)

    @staticmethod
    def _names(value: Any) -> tuple[str, ...]:
        if not isinstance(value, list) or not all(isinstance(x, str) for x in value):
            raise BadValue(msg("must be a list of names in quotes, e.g. [\"UNODC\"], not "
                               "{found}", found=describe(value)))
        bad = next((c for c in map(control_character, value) if c), None)
        if bad:
            raise BadValue(msg("a name contains a control character ({character})",
                               character=bad))
        return tuple(value)

