"""Where the bundled resources are: the installed ``floorapp.resources`` package or the source tree.

``resources/`` is installed as the package ``floorapp.resources``; an editable install
does not always map it, so the source tree's folder is the fallback.
"""

from __future__ import annotations

from importlib import resources
from importlib.resources.abc import Traversable
from pathlib import Path

SOURCE_RESOURCES = Path(__file__).resolve().parents[1] / "resources"


def resources_root() -> Traversable:
    """The folder of bundled resources (a Traversable: it may live inside a zip)."""
    try:
        return resources.files("floorapp.resources")
    except ModuleNotFoundError:
        return SOURCE_RESOURCES


def resource(*parts: str) -> Traversable:
    """A bundled resource by its path under ``resources/``, e.g. ``resource("roster", "x.csv")``."""
    found = resources_root()
    for part in parts:
        found = found / part
    return found


def resources_folder() -> Path:
    """The folder of bundled resources on disk (Floor is installed as files, not zipped)."""
    root = resources_root()
    return root if isinstance(root, Path) else Path(str(root))
