"""Which meeting the app opens, without widgets: the sample meeting's places, the target
(a database and, to create it, a programme file), why a meeting could not be opened, and
the programme file it is created from (read, and remembered for the programme editor).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication

from floorapp.core.programme.model import Programme
from floorapp.qt.messages import say_problem
from floorapp.qt.settings import Settings, data_folder
from floorapp.resources_paths import resources_folder

#: The meeting opened when none is named: the 3 April 2012 interactive dialogue.
SAMPLE_DATABASE = "2012-sample.floor"
SAMPLE_PROGRAMME_PREFIX = "2012"


def tr(text: str) -> str:
    """Translate in the App context."""
    return QCoreApplication.translate("App", text)


def bundled_programme() -> Path:
    """The bundled programme of the 2012 dialogue."""
    folder = resources_folder() / "programmes"
    found = sorted(folder.glob(f"{SAMPLE_PROGRAMME_PREFIX}*.toml")) if folder.is_dir() else []
    return found[0] if found else folder / f"{SAMPLE_PROGRAMME_PREFIX}.toml"


def default_database() -> Path:
    """Where the sample meeting lives: the user's data folder."""
    return data_folder() / SAMPLE_DATABASE


@dataclass(frozen=True)
class MeetingTarget:
    """Which meeting to open: a database (path or URL) and, to create it, a programme file."""

    database: str | None = None
    programme: str | None = None


class OpenFailure(Exception):
    """A meeting that could not be opened: a title, every problem, and what to do."""

    def __init__(self, title: str, problems: Sequence[str], advice: str = "") -> None:
        super().__init__("\n".join([*problems, advice] if advice else problems))
        self.title = title
        self.problems = list(problems)
        #: What the user can do about it (not one of the problems).
        self.advice = advice


def _is_url(target: str) -> bool:
    return "://" in target


def _remember_programme(settings: Settings, database: str, programme: str) -> None:
    """The programme file a meeting comes from: where its programme editor saves."""
    from floorapp.qt.settings import PROGRAMME_FILES, meeting_key

    target = meeting_key(database)
    if not settings.for_meeting(PROGRAMME_FILES, target):
        settings.remember_for_meeting(PROGRAMME_FILES, target,
                                      str(Path(programme).expanduser().resolve()))


def _load_programme(path: Path) -> Programme:
    from floorapp.core.programme.file import ProgrammeError, load_programme

    try:
        return load_programme(path)
    except ProgrammeError as exc:
        problems = [say_problem(p) for p in getattr(exc, "problems", [])] or [str(exc)]
        raise OpenFailure(tr("The programme file has problems"), problems) from exc
    except OSError as exc:
        raise OpenFailure(tr("The programme file cannot be read"),
                          [f"{path}: {exc.strerror or exc}"]) from exc
