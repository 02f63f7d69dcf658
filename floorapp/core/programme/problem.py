"""What is wrong with a programme file: located problems and the error that carries them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from floorapp.core.messages import Message, Translate, english, msg


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a programme file, at a line; reads ``FILE:LINE: message``.

    ``message`` is in English; ``said`` is the same as a :class:`Message` that the Qt
    layer shows in the user's language (see :meth:`text`).
    """

    file: str
    line: int | None
    message: str
    said: Message | None = field(default=None, compare=False, repr=False)

    def text(self, translate: Translate = english, language: str = "en") -> str:
        """``FILE:LINE: message`` with the message in a language."""
        said = self.said.text(translate, language) if self.said is not None else self.message
        if not self.file:
            return said
        if self.line is None:
            return f"{self.file}: {said}"
        return f"{self.file}:{self.line}: {said}"

    def __str__(self) -> str:
        if not self.file:
            return self.message
        if self.line is None:
            return f"{self.file}: {self.message}"
        return f"{self.file}:{self.line}: {self.message}"


class ProgrammeError(Exception):
    """A programme file that cannot be used; ``problems`` lists everything wrong with it."""

    def __init__(self, problems: Sequence[Problem]) -> None:
        self.problems: list[Problem] = list(problems)
        super().__init__("\n".join(str(p) for p in self.problems))

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class ProgrammeFileUnreadable(ProgrammeError, OSError):
    """A programme file that cannot be opened or read at all (missing, a folder, no access).

    Both a :class:`ProgrammeError` (one problem, without a line) and an :class:`OSError`
    (with ``errno``, ``strerror`` and ``filename``), so either kind of handler catches it.
    """

    def __init__(self, file: str, exc: OSError) -> None:
        reason = exc.strerror or str(exc) or type(exc).__name__
        OSError.__init__(self, exc.errno, reason, file)
        said = msg("cannot be read: {reason}", reason=reason)
        self.problems = [Problem(file, None, str(said), said)]

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
