"""Writing a programme as a clean, readable TOML file that loads back to the same programme.

Saving over an existing file keeps its comments and layout where its values still
are (``programme_keep``); failing that, at least its header comment and the comment
lines just above each ``[[segments]]`` whose segment is still there.
"""

from __future__ import annotations

import os
import re
from pathlib import Path

from floorapp.core.categories import LANGUAGES, LIMIT_KEYS
from floorapp.core.programme.model import ExtraParticipant, Person, Programme, Segment
from floorapp.core.programme.people import ROLE_CATEGORY
from floorapp.core.programme.text import Translations
from floorapp.core.programme.values import format_limit, format_time, slug

DEFAULT_HEADER = ("# The programme of a meeting, for Floor (floorapp).\n"
                  "# Every field is described in docs/programme-format.md; "
                  "check the file with: floorapp check FILE")

_ESCAPES = {'"': '\\"', "\\": "\\\\", "\n": "\\n", "\t": "\\t", "\r": "\\r", "\b": "\\b",
            "\f": "\\f"}
_BARE_KEY = re.compile(r"[A-Za-z0-9_-]+")
_SEGMENT_HEADER = re.compile(r"\s*\[\[\s*segments\s*\]\]")
_ID_LINE = re.compile(r"\s*id\s*=\s*[\"']([^\"']*)[\"']")


def toml_string(text: str) -> str:
    """``text`` as a TOML basic string, with quotes, backslashes and control characters escaped."""
    out = []
    for c in text:
        if c in _ESCAPES:
            out.append(_ESCAPES[c])
        elif c < " " or c == "\x7f":
            out.append(f"\\u{ord(c):04X}")
        else:
            out.append(c)
    return '"' + "".join(out) + '"'


def _key(key: str) -> str:
    return key if _BARE_KEY.fullmatch(key) else toml_string(key)


def _text(key: str, value: str, translations: Translations) -> list[str]:
    """``key = "…"`` and, under it, its translations in the six languages' order."""
    out = [f"{key} = {toml_string(value)}"]
    texts = translations.field(key)
    out += [f"{key}_{lang} = {toml_string(texts[lang])}" for lang in LANGUAGES if lang in texts]
    return out


def _short(p: Person, role: str) -> bool:
    """Whether a person can be written as just the name: ``moderator = "Name"``."""
    return (p.id == slug(p.name) and not p.role and p.category is ROLE_CATEGORY[role]
            and not p.translations)


def _person_lines(p: Person, role: str) -> list[str]:
    lines = [f"id = {toml_string(p.id)}", *_text("name", p.name, p.translations)]
    if p.role:
        lines += _text("role", p.role, p.translations)
    if p.category is not ROLE_CATEGORY[role]:
        lines.append(f"category = {toml_string(p.category.value)}")
    return lines


def _limit_lines(limits: dict[str, int]) -> list[str]:
    order = [k for k in LIMIT_KEYS if k in limits] + sorted(set(limits) - set(LIMIT_KEYS))
    lines = []
    for key in order:
        value = format_limit(limits[key])
        lines.append(f"{_key(key)} = {toml_string(value) if isinstance(value, str) else value}")
    return lines


def _segment_block(s: Segment) -> list[str]:
    out = ["[[segments]]", f"id = {toml_string(s.id)}", f"kind = {toml_string(s.kind.value)}",
           *_text("title", s.title, s.translations), f"start = \"{format_time(s.start)}\"",
           f"end = \"{format_time(s.end)}\""]
    if s.description:
        out += _text("description", s.description, s.translations)
    tables: list[str] = []
    for role, person in (("chair", s.chair), ("moderator", s.moderator)):
        if person is None:
            continue
        if _short(person, role):
            out.append(f"{role} = {toml_string(person.name)}")
        else:
            tables += ["", f"[segments.{role}]", *_person_lines(person, role)]
    if s.panellists and all(_short(p, "panellists") for p in s.panellists):
        out.append("panellists = [")
        out += [f"    {toml_string(p.name)}," for p in s.panellists]
        out.append("]")
    else:
        for p in s.panellists:
            tables += ["", "[[segments.panellists]]", *_person_lines(p, "panellists")]
    for t in s.themes:
        tables += ["", "[[segments.themes]]", f"id = {toml_string(t.id)}",
                   *_text("title", t.title, t.translations)]
    if s.limits:
        tables += ["", "[segments.limits]", *_limit_lines(s.limits)]
    return out + tables


def _participant_block(x: ExtraParticipant) -> list[str]:
    out = ["[[participants]]", f"id = {toml_string(x.id)}",
           f"category = {toml_string(x.category.value)}", "", "[participants.names]"]
    order = [k for k in ("en", *LANGUAGES) if k in x.names]
    order = list(dict.fromkeys(order)) + sorted(set(x.names) - set(order))
    out += [f"{_key(k)} = {toml_string(x.names[k])}" for k in order]
    return out


def dump_programme(programme: Programme, header: str | None = None,
                   segment_comments: dict[str, str] | None = None) -> str:
    """The programme as TOML text; :func:`parse_programme` reads it back equal.

    ``header`` (comment lines) opens the file; ``segment_comments`` maps segment ids
    to comment lines written just above their ``[[segments]]``.
    """
    p = programme
    out = [header if header is not None else DEFAULT_HEADER, ""]
    tr = p.translations
    out += [f"language = {toml_string(p.language)}", *_text("title", p.title, tr),
            f"date = {p.date.isoformat()}"]
    if p.venue:
        out += _text("venue", p.venue, tr)
    out.append(f"timezone = {toml_string(p.timezone)}")
    if p.convened_by:
        out += _text("convened_by", p.convened_by, tr)
    if p.organisers:
        out += ["organisers = [", *(f"    {toml_string(o)}," for o in p.organisers), "]"]
        for lang in LANGUAGES:
            names = [tr.get(f"organisers.{i}", lang) for i in range(len(p.organisers))]
            if any(names):
                out += [f"organisers_{lang} = [",
                        *(f"    {toml_string(n or '')}," for n in names), "]"]
    if p.status:
        out += _text("status", p.status, tr)
    if p.chair is not None:
        out += ["", "[chair]", *_person_lines(p.chair, "chair")]
    if p.limits:
        out += ["", "[limits]", *_limit_lines(p.limits)]
    for s in p.segments:
        comment = (segment_comments or {}).get(s.id)
        out += ["", *([comment] if comment else []), *_segment_block(s)]
    for x in p.participants:
        out += ["", *_participant_block(x)]
    return "\n".join(out) + "\n"


def comments_of(text: str) -> tuple[str | None, dict[str, str]]:
    """The header comment of a programme file and the comments above each segment, by id."""
    lines = text.splitlines()
    head: list[str] = []
    for line in lines:
        if line.strip() and not line.lstrip().startswith("#"):
            break
        head.append(line)
    while head and not head[-1].strip():
        head.pop()
    above: dict[str, str] = {}
    for i, line in enumerate(lines):
        if not _SEGMENT_HEADER.match(line):
            continue
        j = i
        while j > 0 and lines[j - 1].lstrip().startswith("#"):
            j -= 1
        if j == i or j < len(head):
            continue
        for later in lines[i + 1:]:
            if later.lstrip().startswith("["):
                break
            m = _ID_LINE.match(later)
            if m:
                above.setdefault(m.group(1), "\n".join(lines[j:i]))
                break
    return ("\n".join(head) if head else None), above


def kept_text(programme: Programme, old: str) -> str:
    """The programme as TOML, written over the file's old text so that its comments stay.

    Every comment and blank line of the old file is kept where its values still are
    (tomlkit); when that cannot be done, the clean text keeps at least the header and
    the comments above each segment.
    """
    header, above = comments_of(old)
    clean = dump_programme(programme, header, above)
    try:
        from floorapp.core.programme.file import parse_programme
        from floorapp.core.programme.keep import overlay

        text = overlay(old, dump_programme(programme))
        if parse_programme(text) == parse_programme(clean):
            return text
    except Exception:  # noqa: BLE001 - any failure of the overlay falls back to the clean text
        pass
    return clean


def save_programme(programme: Programme, path: str | os.PathLike[str]) -> None:
    """Write the programme to ``path`` (atomically), keeping an existing file's comments.

    Raises OSError when the file cannot be written.
    """
    target = Path(path)
    try:
        old = target.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError):
        old = None
    text = kept_text(programme, old) if old is not None else dump_programme(programme)
    tmp = target.with_name(f".{target.name}.{os.getpid()}.tmp")
    try:
        with open(tmp, "w", encoding="utf-8", errors="replace", newline="\n") as fh:
            fh.write(text)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
