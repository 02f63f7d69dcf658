"""Where things are in a programme file's text: line numbers of keys and tables.

``tomllib`` gives a line only for syntax errors. :class:`SourceLines` scans the text
once more (a small TOML lexer that follows table headers, dotted keys, inline tables
and arrays) so that a message about ``segments[2].start`` can name the line of that
``start =``, or of the ``[[segments]]`` header when the key is missing.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass

#: A path into the parsed document: table keys and array indices.
Path = tuple[str | int, ...]

_BARE = re.compile(r"[A-Za-z0-9_-]+")
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}$")
_SCALAR_END = frozenset(" \t\r\n,]}#")


@dataclass
class _Frame:
    """An open inline array or inline table while scanning a value."""

    kind: str  # "array" or "table"
    path: Path
    index: int = 0
    opened_at: int = 0


class SourceLines:
    """The line of every key, table and array element of a TOML text, by path.

    Built on text that ``tomllib`` accepted; on other text it still never raises and
    records what it can (used to place errors ``tomllib`` reports "at end of document").
    """

    def __init__(self, text: str) -> None:
        self.text = text
        self._starts = [0] + [m.end() for m in re.finditer("\n", text)]
        self._lines: dict[Path, int] = {}
        self._aot: dict[Path, int] = {}
        self.duplicates: list[tuple[Path, int, int]] = []  # path, first line, second line
        self.unclosed: int | None = None  # line of a string or bracket never closed
        self._current: Path = ()
        try:
            self._scan()
        except Exception:  # a best-effort scan must never fail the load
            pass

    # -- lookups ------------------------------------------------------------------------

    def line_of(self, pos: int) -> int:
        """The 1-based line of a character offset."""
        return bisect.bisect_right(self._starts, pos)

    def line(self, path: Path) -> int:
        """The line of ``path``, else of its nearest enclosing key or table, else 1."""
        for k in range(len(path), 0, -1):
            found = self._lines.get(path[:k])
            if found is not None:
                return found
        return 1

    @property
    def last_line(self) -> int:
        """The number of the last line."""
        return max(1, len(self._starts) - (1 if self.text.endswith("\n") else 0))

    # -- scanning -----------------------------------------------------------------------

    def _note(self, path: Path, pos: int, statement: bool = False) -> None:
        line = self.line_of(pos)
        if path in self._lines:
            if statement:
                self.duplicates.append((path, self._lines[path], line))
            return
        self._lines[path] = line

    def _note_key(self, base: Path, parts: list[str], pos: int) -> Path:
        for k in range(1, len(parts)):
            self._note(base + tuple(parts[:k]), pos)
        full = base + tuple(parts)
        self._note(full, pos, statement=True)
        return full

    def _resolve(self, parts: list[str]) -> Path:
        """A header's key path, with the index of the latest element of each [[array]]."""
        out: Path = ()
        for part in parts:
            out += (part,)
            if out in self._aot:
                out += (self._aot[out] - 1,)
        return out

    def _header(self, pos: int) -> int:
        text = self.text
        double = text.startswith("[[", pos)
        start = pos
        parts, pos = self._key(pos + (2 if double else 1))
        end = text.find("]]" if double else "]", pos)
        pos = len(text) if end < 0 else end + (2 if double else 1)
        if not parts:
            return pos
        if double:
            parent = self._resolve(parts[:-1])
            full = parent + (parts[-1],)
            index = self._aot.get(full, 0)
            self._aot[full] = index + 1
            self._note(full, start)
            self._current = full + (index,)
            self._note(self._current, start)
        else:
            self._current = self._resolve(parts)
            self._note(self._current, start, statement=True)
        return pos

    def _key(self, pos: int) -> tuple[list[str], int]:
        """A dotted key starting at ``pos``: its parts and where it ends."""
        text, n = self.text, len(self.text)
        parts: list[str] = []
        while pos < n:
            while pos < n and text[pos] in " \t":
                pos += 1
            if pos >= n:
                break
            c = text[pos]
            if c in "\"'":
                end = self._string(pos)
                parts.append(text[pos + 1:max(pos + 1, end - 1)])
                pos = end
            else:
                m = _BARE.match(text, pos)
                if not m:
                    break
                parts.append(m.group())
                pos = m.end()
            while pos < n and text[pos] in " \t":
                pos += 1
            if pos < n and text[pos] == ".":
                pos += 1
                continue
            break
        return parts, pos

    def _string(self, pos: int) -> int:
        """Where the string starting at ``pos`` ends (just after its closing quote)."""
        text, n = self.text, len(self.text)
        quote = text[pos]
        if text.startswith(quote * 3, pos):
            i = pos + 3
            while i < n:
                if quote == '"' and text[i] == "\\":
                    i += 2
                    continue
                if text.startswith(quote * 3, i):
                    i += 3
                    extra = 0
                    while i < n and text[i] == quote and extra < 2:
                        i += 1
                        extra += 1
                    return i
                i += 1
            self.unclosed = self.line_of(pos)
            return n
        i = pos + 1
        while i < n and text[i] != "\n":
            if quote == '"' and text[i] == "\\":
                i += 2
                continue
            if text[i] == quote:
                return i + 1
            i += 1
        self.unclosed = self.line_of(pos)
        return i

    def _scalar(self, pos: int) -> int:
        text, n = self.text, len(self.text)
        start = pos
        while pos < n and text[pos] not in _SCALAR_END:
            pos += 1
        if (_DATE.match(text, start, pos) and pos + 2 < n and text[pos] == " "
                and text[pos + 1:pos + 3].isdigit()):
            pos += 1
            while pos < n and text[pos] not in _SCALAR_END:
                pos += 1
        return max(pos, start + 1)

    def _assignment(self, pos: int, base: Path) -> tuple[Path, int] | int:
        """``key =`` at ``pos`` under ``base``: the value's path and where the value
        starts; or, when there is no key and "=" there, where to go on reading."""
        start = pos
        parts, pos = self._key(pos)
        if not parts or pos >= len(self.text) or self.text[pos] != "=":
            return max(pos, start + 1)
        return self._note_key(base, parts, start), pos + 1

    def _scan(self) -> None:
        text, n = self.text, len(self.text)
        stack: list[_Frame] = []
        state, pos = "stmt", 0
        value_path: Path = ()
        while pos < n:
            c = text[pos]
            if c in " \t\r\n":
                pos += 1
                continue
            if c == "#":
                end = text.find("\n", pos)
                pos = n if end < 0 else end
                continue
            if state == "after" and not stack:
                state = "stmt"
            if state == "stmt":
                if c == "[":
                    pos = self._header(pos)
                    continue
                found = self._assignment(pos, self._current)
                if isinstance(found, int):
                    pos = found
                    continue
                value_path, pos = found
                state = "value"
            elif state == "value":
                if c in "[{":
                    stack.append(_Frame("array" if c == "[" else "table", value_path,
                                        opened_at=pos))
                    state = "elem" if c == "[" else "key"
                    pos += 1
                elif c in "\"'":
                    pos, state = self._string(pos), "after"
                else:
                    pos, state = self._scalar(pos), "after"
            elif state == "elem":
                if c == "]":
                    stack.pop()
                    pos, state = pos + 1, "after"
                else:
                    top = stack[-1]
                    value_path = top.path + (top.index,)
                    self._note(value_path, pos)
                    state = "value"
            elif state == "key":
                if c == "}":
                    stack.pop()
                    pos, state = pos + 1, "after"
                    continue
                found = self._assignment(pos, stack[-1].path)
                if isinstance(found, int):
                    pos = found
                    continue
                value_path, pos = found
                state = "value"
            else:  # "after" a value inside an inline array or table
                top = stack[-1]
                if c == ",":
                    if top.kind == "array":
                        top.index += 1
                    state = "elem" if top.kind == "array" else "key"
                elif c in "]}":
                    stack.pop()
                pos += 1
        if stack and self.unclosed is None:
            self.unclosed = self.line_of(stack[0].opened_at)
