"""Turning a parsed programme file into a :class:`Programme`, collecting every problem on the way.

The reader does not stop at the first problem: it checks every key, table and segment
and then the programme as a whole (ids used twice, segments out of order or
overlapping), so that one run of ``floorapp check`` lists all that needs fixing.
"""

from __future__ import annotations

from datetime import date
from typing import Any

from floorapp.core.categories import LANGUAGES
from floorapp.core.messages import msg
from floorapp.core.programme.fields import LINE_ASIDES, TOP, line_aside, translated_keys
from floorapp.core.programme.model import Programme, Segment
from floorapp.core.programme.people import (
    PARTICIPANT_KEYS,
    PERSON_KEYS,
    ROLE_CATEGORY,
)
from floorapp.core.programme.segments import SEGMENT_KEYS, THEME_KEYS, SegmentReader
from floorapp.core.programme.text import MEETING_TEXTS, Translations
from floorapp.core.programme.values import (
    BadValue,
    control_character,
    describe,
    parse_date,
    parse_language,
    parse_zone,
)

__all__ = [
    "LINE_ASIDES",
    "PARTICIPANT_KEYS",
    "PERSON_KEYS",
    "ROLE_CATEGORY",
    "SEGMENT_KEYS",
    "THEME_KEYS",
    "TOP_KEYS",
    "ProgrammeReader",
    "line_aside",
    "translated_keys",
]

TOP_KEYS = ("title", "date", "venue", "timezone", "convened_by", "chair", "organisers",
            "language", "status", "limits", "segments", "participants")


class ProgrammeReader(SegmentReader):
    """Reads a parsed TOML document into a Programme, noting each problem at its line."""

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
