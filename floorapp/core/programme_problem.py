"""What is wrong with a programme file: located problems and the error that carries them."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Problem:
    """One thing wrong with a programme file, at a line; reads ``FILE:LINE: message``."""

    file: str
    line: int | None
    message: str

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
        self.problems = [Problem(file, None, f"cannot be read: {reason}")]

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)
