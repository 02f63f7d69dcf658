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
TIME_FORM = 'write HH:MM on the 24-hour clock, e.g. "10:00" or "17:45"'
LIMIT_FORM = 'write "M:SS" (e.g. "3:00" for 3 minutes) or whole seconds (e.g. 180)'
DATE_FORM = "write YYYY-MM-DD, e.g. 2012-04-03"


class BadValue(ValueError):
    """A value of the wrong shape; the message says what is expected."""


# -- describing what was found ----------------------------------------------------------


def describe(value: Any) -> str:
    """What kind of TOML value this is, in words: "a number", "a list", ..."""
    if isinstance(value, bool):
        return "true/false"
    if isinstance(value, int | float):
        return "a number"
    if isinstance(value, str):
        return "text"
    if isinstance(value, datetime):
        return "a date and time"
    if isinstance(value, date):
        return "a date"
    if isinstance(value, time):
        return "a time"
    if isinstance(value, list):
        return "a list"
    if isinstance(value, dict):
        return "a table"
    return type(value).__name__


def show(value: Any) -> str:
    """A short rendering of a value for a message (never huge, never raising)."""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int):
        return str(value) if abs(value) < 10**15 else "a very large number"
    if isinstance(value, float):
        if math.isfinite(value) and abs(value) < 1e15:
            return repr(value)
        return "nan" if math.isnan(value) else "a huge number"
    if isinstance(value, str):
        cut = value[:40] + ("…" if len(value) > 40 else "")
        return json.dumps(cut, ensure_ascii=False)
    if isinstance(value, date | time):
        return value.isoformat()
    return describe(value)


def suggest(word: str, choices: Iterable[str]) -> str:
    """" (did you mean 'x'?)" for a near miss among ``choices``, else ""."""
    found = difflib.get_close_matches(word[:60].lower(), list(choices), n=1, cutoff=0.6)
    return f" (did you mean '{found[0]}'?)" if found else ""


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
    return re.sub(r"[^a-z0-9]+", "-", ascii_name.lower()).strip("-")[:64].strip("-")


def parse_id(value: Any) -> str:
    """An id: letters, digits, "-" and "_", starting with a letter or digit, at most 64."""
    if not isinstance(value, str):
        raise BadValue(f"must be text in quotes such as \"panel-1\", not {describe(value)}")
    if not ID_PATTERN.fullmatch(value):
        raise BadValue(f"{show(value)} is not a usable id: ids have letters, digits, '-' and "
                       "'_' only (at most 64), e.g. \"panel-1\"")
    return value


# -- dates and times --------------------------------------------------------------------


def parse_date(value: Any) -> date:
    """The meeting's date: a TOML date (2012-04-03) or the same in quotes."""
    if isinstance(value, datetime):
        raise BadValue(f"{show(value)} has a time of day; write only the date, e.g. 2012-04-03")
    if isinstance(value, str):
        if not _DATE.fullmatch(value.strip()):
            raise BadValue(f"{show(value)} is not a date; {DATE_FORM}")
        try:
            value = date.fromisoformat(value.strip())
        except ValueError:
            raise BadValue(f"{show(value)} is not a real date (check the month and day); "
                           f"{DATE_FORM}") from None
    if not isinstance(value, date):
        raise BadValue(f"must be a date ({DATE_FORM}), not {describe(value)}")
    if not 1900 <= value.year <= 2999:
        raise BadValue(f"the year {value.year} is surely a typo; {DATE_FORM}")
    return value


def parse_time(value: Any) -> time:
    """A time of day: "HH:MM" on the 24-hour clock (also "HH:MM:00" and TOML times)."""
    if isinstance(value, datetime):
        raise BadValue(f"{show(value)} is a date and time; write only the time, {TIME_FORM}")
    if isinstance(value, time):
        if value.second or value.microsecond:
            raise BadValue(f"{show(value)} has seconds; times are to the minute: {TIME_FORM}")
        return time(value.hour, value.minute)
    if not isinstance(value, str):
        raise BadValue(f"must be a time in quotes ({TIME_FORM}), not {describe(value)}")
    text = value.strip()
    m = _TIME.fullmatch(text)
    if m:
        hour, minute, second = int(m.group(1)), int(m.group(2)), m.group(3)
        if hour > 23 or minute > 59:
            raise BadValue(f"{show(value)} is not a time of day on the 24-hour clock: hours "
                           "go from 00 to 23 and minutes from 00 to 59 (a segment cannot run "
                           "past midnight)")
        if second not in (None, "00"):
            raise BadValue(f"{show(value)} has seconds; times are to the minute: {TIME_FORM}")
        return time(hour, minute)
    m = _AM_PM.fullmatch(text)
    if m and 1 <= int(m.group(1)) <= 12 and int(m.group(2) or 0) < 60:
        hour = int(m.group(1)) % 12 + (12 if m.group(3).lower() == "p" else 0)
        raise BadValue(f"{show(value)}: use the 24-hour clock, HH:MM; here "
                       f"\"{hour:02d}:{int(m.group(2) or 0):02d}\"")
    raise BadValue(f"{show(value)} is not a time; {TIME_FORM}")


def format_time(t: time) -> str:
    """A time as the file writes it: "HH:MM"."""
    return f"{t.hour:02d}:{t.minute:02d}"


# -- speaking limits --------------------------------------------------------------------


def _in_range(seconds: int, shown: str) -> int:
    if seconds <= 0:
        raise BadValue(f"{shown} must be more than zero; {LIMIT_FORM}")
    if seconds < MIN_LIMIT:
        raise BadValue(f"{shown} is only {seconds} second{'s' * (seconds != 1)}, too short to "
                       f"speak (numbers are seconds): did you mean \"{seconds}:00\" "
                       f"({seconds} minute{'s' * (seconds != 1)})?")
    if seconds > MAX_LIMIT:
        raise BadValue(f"{shown} is more than 2 hours ({MAX_LIMIT} s): surely a mistake; "
                       f"{LIMIT_FORM}")
    return seconds


def parse_limit(value: Any) -> int:
    """A speaking limit in seconds, from "M:SS" or a whole number of seconds."""
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        raise BadValue(f"must be a speaking time ({LIMIT_FORM}), not {describe(value)}")
    if isinstance(value, float):
        raise BadValue(f"{show(value)} is not whole seconds; {LIMIT_FORM}")
    if isinstance(value, int):
        return _in_range(value, show(value))
    text = value.strip()
    m = _MMSS.fullmatch(text)
    if m:
        minutes, seconds = int(m.group(1)), int(m.group(2))
        if len(m.group(2)) != 2 or seconds > 59:
            raise BadValue(f"{show(value)}: seconds are written with two digits from 00 to 59; "
                           f"{LIMIT_FORM}")
        return _in_range(minutes * 60 + (-seconds if minutes < 0 else seconds), show(value))
    m = _WORDS.fullmatch(text)
    if m:
        amount = float(m.group(1))
        total = round(amount * 60) if m.group(2).lower().startswith("m") else round(amount)
        raise BadValue(f"{show(value)}: write \"{total // 60}:{total % 60:02d}\" "
                       f"(minutes:seconds) or {total} (seconds)")
    raise BadValue(f"{show(value)} is not a speaking time; {LIMIT_FORM}")


def format_limit(seconds: int) -> str | int:
    """A limit as the file writes it: "M:SS", or plain seconds when out of range."""
    if MIN_LIMIT <= seconds <= MAX_LIMIT:
        return f"{seconds // 60}:{seconds % 60:02d}"
    return seconds


# -- choices --------------------------------------------------------------------------


def _choice(value: Any, enum: type[E], what: str, plural: str) -> E:
    """A member of a string enum, or BadValue listing the allowed values."""
    allowed = [m.value for m in enum]
    if not isinstance(value, str):
        raise BadValue(f"must be one of {', '.join(allowed)} (in quotes), not "
                       f"{describe(value)}")
    if value not in allowed:
        raise BadValue(f"unknown {what} {show(value)}{suggest(value, allowed)}; "
                       f"the {plural} are: {', '.join(allowed)}")
    return enum(value)


def parse_kind(value: Any) -> SegmentKind:
    """A segment kind: opening, panel, dialogue, closing, break or other."""
    return _choice(value, SegmentKind, "segment kind", "kinds")


def parse_category(value: Any) -> SpeakerCategory:
    """A speaker category such as "member_state" or "civil_society"."""
    return _choice(value, SpeakerCategory, "speaker category", "categories")


def parse_language(value: Any) -> str:
    """One of the six official languages' codes: ar, zh, en, fr, ru, es."""
    if not isinstance(value, str) or value not in LANGUAGES:
        raise BadValue(f"unknown language {show(value)}"
                       f"{suggest(value, LANGUAGES) if isinstance(value, str) else ''}; "
                       f"the languages are: {', '.join(LANGUAGES)}")
    return value


# -- time zones -------------------------------------------------------------------------


def parse_zone(value: Any) -> str:
    """An IANA time-zone name that this machine knows, such as "America/New_York"."""
    example = 'use an IANA name such as "America/New_York" or "Europe/Geneva"'
    if not isinstance(value, str):
        raise BadValue(f"must be a time-zone name in quotes; {example}; not {describe(value)}")
    try:
        ZoneInfo(value)
    except Exception:  # ZoneInfoNotFoundError, ValueError, bad bytes in the name, ...
        near = ""
        if 0 < len(value) <= 60:
            found = difflib.get_close_matches(value.replace(" ", "_"), available_timezones(),
                                              n=1, cutoff=0.6)
            near = f" (did you mean \"{found[0]}\"?)" if found else ""
        raise BadValue(f"{show(value)} is not a known time zone{near}; {example}") from None
    return value
