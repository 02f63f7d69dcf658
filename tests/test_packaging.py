"""The installed package holds every module: pyproject.toml declares every package folder.

The tests run on an editable install, which finds any folder; `pip install .` (what
start.sh does) copies only the declared packages, so a forgotten one fails at run time.
"""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_folder_is_declared() -> None:
    declared = set(tomllib.loads((ROOT / "pyproject.toml").read_text())
                   ["tool"]["setuptools"]["packages"])
    folders = {".".join(p.parent.relative_to(ROOT).parts)
               for p in (ROOT / "floorapp").rglob("*.py")
               if "__pycache__" not in p.parts}
    # Alembic's migration folders have no __init__.py and are declared all the same.
    assert folders - declared == set()
