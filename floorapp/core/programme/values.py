"""Reading single values of a programme file (times, dates, limits, ids) with clear reasons.

Each ``parse_*`` returns the value or raises :class:`BadValue` whose message says what
was found and what is expected; the caller adds which key it was and where.
"""

from __future__ import annotations

import difflib
import json
import math
import re
import unicodedata
from collections.abc import Iterable
from datetime import date, datetime, time
from enum import StrEnum
from typing import Any, TypeVar
from zoneinfo import ZoneInfo, available_timezones

from floorapp.core.categories import LANGUAGES, SegmentKind, SpeakerCategory
from floorapp.core.messages import Explained, Message, msg

E = TypeVar("E", bound=StrEnum)

#: Ids of segments, themes, people and participants: letters, digits, "-" and "_".
ID_PATTERN = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,63}")

#: Shortest and longest speaking limit a file may set, in seconds.
MIN_LIMIT = 10
MAX_LIMIT = 2 * 60 * 60

_TIME = re.compile(r"(\d{1,2}):(\d{2})(?::(\d{2}))?")
_AM_PM = re.compile(r"(\d{1,2})(?:[:.](\d{2}))?\s*([ap])\.?\s*m\.?", re.IGNORECASE)
_MMSS = re.compile(r"(-?\d{1,4}):(\d{1,2})")
_WORDS = re.compile(r"(\d+(?:\.\d+)?)\s*(min|mins|minute|minutes|m|s|sec|secs|second|seconds)\.?",
                    re.IGNORECASE)
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
TIME_FORM = msg('write HH:MM on the 24-hour clock, e.g. "10:00" or "17:45"')
LIMIT_FORM = msg('write "M:SS" (e.g. "3:00" for 3 minutes) or whole seconds (e.g. 180)')
DATE_FORM = msg("write YYYY-MM-DD, e.g. 2012-04-03")


class BadValue(Explained, ValueError):
    """A value of the wrong shape; the message says what is expected."""


# -- describing what was found ----------------------------------------------------------


def describe(value: Any) -> Message:
    """What kind of TOML value this is, in words: "a number", "a list", ..."""
    if isinstance(value, bool):
        return msg("true/false")
    if isinstance(value, int | float):
        return msg("a number")
    if isinstance(value, str):
        return msg("text")
    if isinstance(value, datetime):
        return msg("a date and time")
    if isinstance(value, date):
        return msg("a date")
    if isinstance(value, time):
        return msg("a time")
    if isinstance(value, list):
        return msg("a list")
    if isinstance(value, dict):
        return msg("a table")
    return msg("{type}", type=type(value).__name__)


def show(value: Any) -> str | Message:
    """A short rendering of a value for a message (never huge, never raising)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else msg("a very large number")
    if isinstance(value, float):
        if math.isfinite(value) and abs(value) < 1e15:
            return repr(value)
        return "nan" if math.isnan(value) else msg("a huge number")
    if isinstance(value, str):
        cut = value[:40] + ("…" if len(value) > 40 else "")
        return json.dumps(cut, ensure_ascii=False)
    if isinstance(value, date | time):
        return value.isoformat()
    return describe(value)


def near_miss(word: str, choices: Iterable[str]) -> str | None:
    """The choice ``word`` is close to, if any."""
    found = difflib.get_close_matches(word[:60].lower(), list(choices), n=1, cutoff=0.6)
    return found[0] if found else None


def suggest(word: str, choices: Iterable[str]) -> Message | str:
    """" (did you mean 'x'?)" for a near miss among ``choices``, else ""."""
    found = near_miss(word, choices)
    return msg(" (did you mean '{word}'?)", word=found) if found else ""


def control_character(text: str) -> str | None:
    """The first control character of ``text`` other than tab and newline, as U+XXXX."""
    for c in text:
        if (c < " " and c not in "\t\n") or "\x7f" <= c <= "\x9f":
            return f"U+{ord(c):04X}"
    return None


# -- ids --------------------------------------------------------------------------------


def slug(name: str) -> str:
    """The id made from a name: "H.E. Jane Doe" -> "h-e-jane-doe" ("" when nothing is left)."""
    ascii_name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    out = re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")
    if len(out) > 64:  # cut between words: "…-de-l-intelligence-artificielle" -> "…-de-l"
        cut = out.rfind("-", 0, 65)
        out = out[:cut if cut >= 24 else 64]
    return out.strip("-")


def parse_id(value: Any) -> str:
    """An id: letters, digits, "-" and "_", starting with a letter or digit, at most 64."""
    if not isinstance(value, str):
        raise BadValue(msg('must be text in quotes such as "panel-1", not {found}',
                           found=describe(value)))
    if not ID_PATTERN.fullmatch(value):
        raise BadValue(msg("{value} is not a usable id: ids have letters, digits, '-' and "
                           "'_' only (at most 64), e.g. \"panel-1\"", value=show(value)))
    return value


# -- dates and times --------------------------------------------------------------------


def parse_date(value: Any) -> date:
    """The meeting's date: a TOML date (2012-04-03) or the same in quotes."""
    if isinstance(value, datetime):
        raise BadValue(msg("{value} has a time of day; write only the date, e.g. 2012-04-03",
                           value=show(value)))
    if isinstance(value, str):
        if not _DATE.fullmatch(value.strip()):
            raise BadValue(msg("{value} is not a date; {form}", value=show(value),
                               form=DATE_FORM))
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise BadValue(msg("{value} is not a real date (check the month and day); "
                               "{form}", value=show(value), form=DATE_FORM)) from None
    if not isinstance(value, date):
        raise BadValue(msg("must be a date ({form}), not {found}", form=DATE_FORM,
                           found=describe(value)))
    if not 1900 <= value.year <= 2999:
        raise BadValue(msg("the year {year} is surely a typo; {form}", year=str(value.year),
                           form=DATE_FORM))
    return value


def parse_time(value: Any) -> time:
    """A time of day: "HH:MM" on the 24-hour clock (also "HH:MM:00" and TOML times)."""
    if isinstance(value, datetime):
        raise BadValue(msg("{value} is a date and time; write only the time, {form}",
                           value=show(value), form=TIME_FORM))
    if isinstance(value, time):
        if value.second or value.microsecond:
            raise BadValue(msg("{value} has seconds; times are to the minute: {form}",
                               value=show(value), form=TIME_FORM))
        return time(value.hour, value.minute)
    if not isinstance(value, str):
        raise BadValue(msg("must be a time in quotes ({form}), not {found}", form=TIME_FORM,
                           found=describe(value)))
    text = value.strip()
    m = _TIME.fullmatch(text)
    if m:
        hour, minute, second = int(m.group(1)), int(m.group(2)), m.group(3)
        if hour > 23 or minute > 59:
            raise BadValue(msg("{value} is not a time of day on the 24-hour clock: hours "
                               "go from 00 to 23 and minutes from 00 to 59 (a segment cannot "
                               "run past midnight)", value=show(value)))
        if second not in (None, "00"):
            raise BadValue(msg("{value} has seconds; times are to the minute: {form}",
                               value=show(value), form=TIME_FORM))
        return time(hour, minute)
    m = _AM_PM.fullmatch(text)
    if m and 1 <= int(m.group(1)) <= 12 and int(m.group(2) or 0) < 60:
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        raise BadValue(msg('{value}: use the 24-hour clock, HH:MM; here "{time}"',
                           value=show(value), time=f"{hour:02d}:{int(m.group(2) or 0):02d}"))
    raise BadValue(msg("{value} is not a time; {form}", value=show(value), form=TIME_FORM))


def format_time(t: time) -> str:
    """A time as the file writes it: "HH:MM"."""
    return f"{t.hour:02d}:{t.minute:02d}"


# -- speaking limits --------------------------------------------------------------------


def _in_range(seconds: int, shown: str | Message) -> int:
    if seconds <= 0:
        raise BadValue(msg("{value} must be more than zero; {form}", value=shown,
                           form=LIMIT_FORM))
    if seconds < MIN_LIMIT:
        raise BadValue(msg('{value} is only {n} seconds, too short to speak (numbers are '
                           'seconds): did you mean "{n}:00" ({n} minutes)?',
                           one='{value} is only {n} second, too short to speak (numbers are '
                           'seconds): did you mean "{n}:00" ({n} minute)?',
                           count=seconds, value=shown))
    if seconds > MAX_LIMIT:
        raise BadValue(msg("{value} is more than 2 hours ({max} s): surely a mistake; {form}",
                           value=shown, max=MAX_LIMIT, form=LIMIT_FORM))
    return seconds


def parse_limit(value: Any) -> int:
    """A speaking limit in seconds, from "M:SS" or a whole number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BadValue(msg("must be a speaking time ({form}), not {found}", form=LIMIT_FORM,
                           found=describe(value)))
    if isinstance(value, float):
        raise BadValue(msg("{value} is not whole seconds; {form}", value=show(value),
                           form=LIMIT_FORM))
    if isinstance(value, int):
        return _in_range(value, show(value))
    text = value.strip()
    m = _MMSS.fullmatch(text)
    if m:
        minutes, seconds = int(m.group(1)), int(m.group(2))
        if len(m.group(2)) != 2 or seconds > 59:
            raise BadValue(msg("{value}: seconds are written with two digits from 00 to 59; "
                               "{form}", value=show(value), form=LIMIT_FORM))
        return _in_range(minutes * 60 + (-seconds if minutes < 0 else seconds), show(value))
    m = _WORDS.fullmatch(text)
    if m:
        amount = float(m.group(1))
        total = round(amount * 60) if m.group(2).lower().startswith("m") else round(amount)
        raise BadValue(msg('{value}: write "{mmss}" (minutes:seconds) or {seconds} (seconds)',
                           value=show(value), mmss=f"{total // 60}:{total % 60:02d}",
                           seconds=total))
    raise BadValue(msg("{value} is not a speaking time; {form}", value=show(value),
                       form=LIMIT_FORM))


def format_limit(seconds: int) -> str | int:
    """A limit as the file writes it: "M:SS", or plain seconds when out of range."""
    if MIN_LIMIT <= seconds <= MAX_LIMIT:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return seconds


# -- choices --------------------------------------------------------------------------


def _choice(value: Any, enum: type[E], unknown: Message) -> E:
    """A member of a string enum, or BadValue listing the allowed values.

    ``unknown`` says it: "unknown segment kind {value}{near}; the kinds are: {allowed}".
    """
    allowed = [m.value for m in enum]
    if not isinstance(value, str):
        raise BadValue(msg("must be one of {allowed} (in quotes), not {found}",
                           allowed=", ".join(allowed), found=describe(value)))
    if value not in allowed:
        raise BadValue(Message(unknown.template, (("value", show(value)),
                                                  ("near", suggest(value, allowed)),
                                                  ("allowed", ", ".join(allowed)))))
    return enum(value)


def parse_kind(value: Any) -> SegmentKind:
    """A segment kind: opening, panel, dialogue, closing, break or other."""
    return _choice(value, SegmentKind,
                   msg("unknown segment kind {value}{near}; the kinds are: {allowed}"))


def parse_category(value: Any) -> SpeakerCategory:
    """A speaker category such as "member_state" or "civil_society"."""
    return _choice(value, SpeakerCategory,
                   msg("unknown speaker category {value}{near}; the categories are: "
                       "{allowed}"))


def parse_language(value: Any) -> str:
    """One of the six official languages' codes: ar, zh, en, fr, ru, es."""
    if not isinstance(value, str) or value not in LANGUAGES:
        raise BadValue(msg("unknown language {value}{near}; the languages are: {allowed}",
                           value=show(value),
                           near=suggest(value, LANGUAGES) if isinstance(value, str) else "",
                           allowed=", ".join(LANGUAGES)))
    return value


# -- time zones -------------------------------------------------------------------------


def parse_zone(value: Any) -> str:
    """An IANA time-zone name that this machine knows, such as "America/New_York"."""
    example = msg('use an IANA name such as "America/New_York" or "Europe/Geneva"')
    if not isinstance(value, str):
        raise BadValue(msg("must be a time-zone name in quotes; {example}; not {found}",
                           example=example, found=describe(value)))
    try:
        ZoneInfo(value)
    except Exception:  # ZoneInfoNotFoundError, ValueError, bad bytes in the name, ...
        near: Message | str = ""
        if 0 < len(value) <= 60:
            found = difflib.get_close_matches(value.replace(" ", "_"), available_timezones(),
                                              n=1, cutoff=0.6)
            near = msg(' (did you mean "{zone}"?)', zone=found[0]) if found else ""
        raise BadValue(msg("{value} is not a known time zone{near}; {example}",
                           value=show(value), near=near, example=example)) from None
    return value
