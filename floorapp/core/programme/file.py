"""Programme files: loading TOML with ``FILE:LINE: message`` problems, checking, saving.

The format is described in ``docs/programme-format.md``. Nothing here raises anything
but :class:`ProgrammeError` on bad input: every exception met while reading becomes a
:class:`Problem` naming the file and line.
"""

from __future__ import annotations

import os
import re
import tomllib
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

from floorapp.core.messages import Message, msg
from floorapp.core.programme.checks import ProgrammeReader
from floorapp.core.programme.fields import LINE_ASIDES, line_aside
from floorapp.core.programme.model import Programme
from floorapp.core.programme.problem import Problem, ProgrammeError, ProgrammeFileUnreadable
from floorapp.core.programme.source import SourceLines
from floorapp.core.programme.write import dump_programme, save_programme
from floorapp.resources_paths import resource

__all__ = [
    "BUNDLED_PROGRAMMES", "MAX_FILE_BYTES", "Problem", "ProgrammeError",
    "ProgrammeFileUnreadable", "bundled_programme", "check_programme", "dump_programme",
    "load_programme", "parse_programme", "save_programme",
]

#: The programmes shipped in ``resources/programmes``.
BUNDLED_PROGRAMMES: tuple[str, ...] = (
    "2012-human-trafficking-dialogue.toml",
    "2009-human-trafficking-dialogue.toml",
    "template.toml",
)

#: A programme file larger than this is refused unread (no real programme comes close).
MAX_FILE_BYTES = 4 * 1024 * 1024

_AT = re.compile(r"^(.*?) \(at (?:line (\d+), column (\d+)|end of document)\)$", re.DOTALL)
_DECLARED_TWICE = re.compile(r"Cannot declare \((.*?),?\) twice")
_LINE_REFERENCE = re.compile(r" \((?:first )?(?:on )?line \d+\)")
_ASSIGN = re.compile(r"\s*([A-Za-z0-9_.\"'-]+)\s*=\s*(.*?)\s*(?:#.*)?$")

Source = str | os.PathLike[str] | Traversable


def bundled_programme(name: str) -> Traversable:
    """A programme shipped with the application, by file name (see BUNDLED_PROGRAMMES)."""
    if name not in BUNDLED_PROGRAMMES:
        raise KeyError(f"no bundled programme {name!r}; there are: "
                       f"{', '.join(BUNDLED_PROGRAMMES)}")
    return resource("programmes", name)


#: tomllib's reasons, in words that can be translated (the same English, lower case).
_TOML_REASONS: dict[str, Message] = {
    "Expected newline or end of document after a statement":
        msg("expected newline or end of document after a statement"),
    "Invalid statement": msg("invalid statement"),
    "Cannot overwrite a value": msg("cannot overwrite a value"),
    "Expected ']' at the end of a table declaration":
        msg("expected ']' at the end of a table declaration"),
    "Expected ']]' at the end of an array declaration":
        msg("expected ']]' at the end of an array declaration"),
    "Expected '=' after a key in a key/value pair":
        msg("expected '=' after a key in a key/value pair"),
    "Invalid initial character for a key part": msg("invalid initial character for a key part"),
    "Unclosed array": msg("unclosed array"),
    "Unclosed inline table": msg("unclosed inline table"),
    "Unescaped '\\' in a string": msg("unescaped '\\' in a string"),
    "Invalid hex value": msg("invalid hex value"),
    "Escaped character is not a Unicode scalar value":
        msg("escaped character is not a Unicode scalar value"),
    "Unterminated string": msg("unterminated string"),
    "Invalid date or datetime": msg("invalid date or datetime"),
    "Invalid value": msg("invalid value"),
}
_TOML_WITH_VALUE = (
    (re.compile(r"Illegal character (.+)", re.DOTALL), "illegal character {value}"),
    (re.compile(r"Found invalid character (.+)", re.DOTALL), "found invalid character {value}"),
    (re.compile(r"Expected (.+)", re.DOTALL), "expected {value}"),
    (re.compile(r"Duplicate inline table key (.+)", re.DOTALL),
     "duplicate inline table key {value}"),
    (re.compile(r"Cannot mutate immutable namespace (.+)", re.DOTALL),
     "cannot mutate immutable namespace {value}"),
    (re.compile(r"Cannot redefine namespace (.+)", re.DOTALL),
     "cannot redefine namespace {value}"),
)
#: The same templates, marked for translation (msg with a constant, as the extractor reads).
_TOML_TEMPLATES = (
    msg("illegal character {value}"), msg("found invalid character {value}"),
    msg("expected {value}"), msg("duplicate inline table key {value}"),
    msg("cannot mutate immutable namespace {value}"), msg("cannot redefine namespace {value}"),
)


def _toml_reason(message: str) -> Message | str:
    """tomllib's reason as a message the user's language can show."""
    if message in _TOML_REASONS:
        return _TOML_REASONS[message]
    for pattern, template in _TOML_WITH_VALUE:
        found = pattern.fullmatch(message)
        if found:
            return Message(template, (("value", found.group(1)),))
    return f"{message[:1].lower()}{message[1:]}"


def _problem(file: str, line: int | None, message: Message) -> Problem:
    return Problem(file, line, str(message), message)


def _without_lines(said: Message | None) -> Message | None:
    """A message without its "(first on line N)" asides (for a programme not in a file)."""
    if said is None:
        return None
    fields = tuple((k, "" if isinstance(v, Message) and v.template in LINE_ASIDES
                    else _without_lines(v) if isinstance(v, Message) else v)
                   for k, v in said.fields)
    return Message(said.template, fields, said.count, said.one)


# -- text ---------------------------------------------------------------------------------


def _decode(data: bytes | str, file: str) -> tuple[str | None, list[Problem]]:
    """The file's text, or the problem that it is not UTF-8."""
    if isinstance(data, str):
        text = data
        bad = next((i for i, c in enumerate(text) if "\ud800" <= c <= "\udfff"), None)
        if bad is not None:
            line = text.count("\n", 0, bad) + 1
            return None, [_problem(file, line, msg(
                "a broken character ({character}, half of a surrogate pair); save the file "
                "as UTF-8", character=f"U+{ord(text[bad]):04X}"))]
    else:
        if data.startswith((b"\xff\xfe", b"\xfe\xff")):
            return None, [_problem(file, 1, msg("is UTF-16 text, not UTF-8: save it as UTF-8"))]
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError as exc:
            line = data.count(b"\n", 0, exc.start) + 1
            column = exc.start - (data.rfind(b"\n", 0, exc.start) + 1) + 1
            return None, [_problem(file, line, msg(
                "not UTF-8 text: byte {byte} at column {column} is not UTF-8 (the file may be "
                "Latin-1 or Windows-1252); save it as UTF-8",
                byte=f"0x{data[exc.start]:02X}", column=column))]
    return text.removeprefix("\ufeff"), []


def _hint(line_text: str) -> Message | str:
    """Advice for the usual syntax mistakes on a ``key = value`` line."""
    m = _ASSIGN.fullmatch(line_text[:300])
    if not m:
        return ""
    key, value = m.group(1), m.group(2)[:40]
    if re.fullmatch(r"\d{1,2}(:\d{2}){1,2}|\d{1,2}(:\d{2})?\s*[apAP]\.?[mM]\.?", value):
        return msg('; times go in quotes, on the 24-hour clock: {key} = "HH:MM"', key=key)
    if re.match(r"\d{4}-\d{1,2}-\d{1,2}", value):
        return msg("; write the date as YYYY-MM-DD with a real month and day, e.g. 2012-04-03")
    if value[:1].isalpha() and value not in ("true", "false", "inf", "nan"):
        return msg('; text goes in double quotes: {key} = "{value}"', key=key, value=value)
    return ""


def _nesting_line(text: str, limit: int = 100) -> int:
    """The first line where brackets nest deeper than ``limit`` (strings not considered)."""
    depth, line = 0, 1
    for c in text:
        if c == "\n":
            line += 1
        elif c in "[{":
            depth += 1
            if depth > limit:
                return line
        elif c in "]}":
            depth = max(0, depth - 1)
    return 1


def _syntax_problem(exc: tomllib.TOMLDecodeError, text: str, file: str) -> Problem:
    m = _AT.match(str(exc))
    message = m.group(1) if m else str(exc)
    lines = SourceLines(text)
    if m and m.group(2):
        line, column = int(m.group(2)), int(m.group(3))
    else:
        line, column = lines.unclosed or lines.last_line, 0
    if message.startswith("Cannot overwrite a value") and lines.duplicates:
        path, first, second = lines.duplicates[0]
        return _problem(file, second, msg("'{key}' is given twice{where}; keep one",
                                          key=".".join(map(str, path[-1:])),
                                          where=line_aside(first)))
    twice = _DECLARED_TWICE.match(message)
    if twice:
        name = ".".join(part.strip(" '\"") for part in twice.group(1).split(","))
        fix = (msg("write [[{name}]] (two brackets) before each one", name=name)
               if name.split(".")[-1] in ("segments", "participants", "themes", "panellists")
               else msg("merge them into one"))
        return _problem(file, line, msg("the table [{name}] is declared twice; {fix}",
                                        name=name, fix=fix))
    source_line = text.split("\n")[line - 1] if 0 < line <= text.count("\n") + 1 else ""
    where = msg(" (column {column})", column=column) if column else ""
    hint: Message | str
    if message.startswith("Illegal character '\\n'"):
        hint = msg('; text in "quotes" must end on the same line (use """ for text of '
                   'several lines)')
    elif message.startswith("Expected '=' after a key"):
        hint = msg("; each line must be key = value, a [table] header or a # comment "
                   "(see docs/programme-format.md)")
    elif not column and lines.unclosed:
        hint = msg("; the string or bracket opened on this line is never closed")
    else:
        hint = _hint(source_line)
    return _problem(file, line, msg("not valid TOML: {reason}{where}{hint}",
                                    reason=_toml_reason(message), where=where, hint=hint))


def _toml(text: str, file: str) -> tuple[dict[str, Any] | None, list[Problem]]:
    """The parsed document, or the problem that makes it unreadable as TOML."""
    try:
        return tomllib.loads(text), []
    except tomllib.TOMLDecodeError as exc:
        return None, [_syntax_problem(exc, text, file)]
    except RecursionError:
        return None, [_problem(file, _nesting_line(text), msg(
            "not valid TOML here: brackets nested far too deeply"))]
    except ValueError as exc:  # a number with thousands of digits
        found = re.search(r"\d{4000,}", text)
        line = text.count("\n", 0, found.start()) + 1 if found else 1
        return None, [_problem(file, line, msg("a value cannot be read: {reason}",
                                               reason=str(exc)[:120]))]


# -- reading ------------------------------------------------------------------------------


def _read(data: bytes | str, file: str) -> tuple[Programme | None, list[Problem]]:
    try:
        text, problems = _decode(data, file)
        if text is None:
            return None, problems
        doc, problems = _toml(text, file)
        if doc is None:
            return None, problems
        reader = ProgrammeReader(file, SourceLines(text))
        programme = reader.programme(doc)
        found = sorted(dict.fromkeys(reader.problems), key=lambda p: p.line or 0)
        return (programme if not found else None), found
    except Exception as exc:  # never a traceback: say what happened, where we can
        return None, [_problem(file, 1, msg(
            "could not be read ({reason}); please report this file",
            reason=f"{type(exc).__name__}: {str(exc)[:160]}"))]


def parse_programme(data: bytes | str, filename: str | os.PathLike[str] = "<programme>"
                    ) -> Programme:
    """A programme from the text or bytes of a TOML file; ProgrammeError lists every problem."""
    programme, problems = _read(data, os.fspath(filename))
    if programme is None:
        raise ProgrammeError(problems or [_problem(os.fspath(filename), 1,
                                                   msg("is not a programme"))])
    return programme


def _bytes(source: Source) -> tuple[bytes, str]:
    """The bytes of a programme file and the name to show for it."""
    path: Path | Traversable = Path(source) if isinstance(source, str | os.PathLike) else source
    name = os.fspath(source) if isinstance(source, str | os.PathLike) else str(source)
    try:
        with path.open("rb") as fh:
            data: bytes = fh.read(MAX_FILE_BYTES + 1)
    except OSError as exc:
        raise ProgrammeFileUnreadable(name, exc) from exc
    if len(data) > MAX_FILE_BYTES:
        raise ProgrammeError([_problem(name, 1, msg(
            "is too large for a programme (more than {size} MB)",
            size=MAX_FILE_BYTES // (1024 * 1024)))])
    return data, name


def load_programme(path: Source) -> Programme:
    """The programme in a TOML file.

    Raises ProgrammeError listing every problem; ProgrammeFileUnreadable (also an
    OSError) when the file cannot be opened at all.
    """
    data, name = _bytes(path)
    return parse_programme(data, name)


def check_programme(source: Source | Programme) -> list[Problem]:
    """Every problem of a programme file (empty when it is fine); never raises.

    Given a Programme rather than a file, checks it as if saved, and the problems
    carry neither file nor line (their text is just the message).
    """
    if isinstance(source, Programme):
        return [Problem("", None, _LINE_REFERENCE.sub("", p.message), _without_lines(p.said))
                for p in _read(dump_programme(source), "")[1]]
    try:
        data, name = _bytes(source)
    except ProgrammeError as exc:
        return exc.problems
    return _read(data, name)[1]
