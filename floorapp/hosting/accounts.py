"""Who runs the hosted PostgreSQL server: ourselves, or, under root, an unprivileged account.

PostgreSQL refuses to run as root. Started as root (a CI machine), the server runs as
``floorapp-pg`` (created if need be), else ``postgres``, else ``nobody``; that account
must be able to pass through every folder down to the server's data and programs.
"""

from __future__ import annotations

import os
import shutil
import subprocess
from dataclasses import dataclass
from pathlib import Path

from floorapp.hosting.errors import ServerError

SERVER_USER = "floorapp-pg"


@dataclass(frozen=True)
class ServerUser:
    """The unprivileged account a root process runs PostgreSQL as."""

    name: str
    uid: int
    gid: int


def is_root() -> bool:
    """Whether this process runs as root (POSIX)."""
    return hasattr(os, "geteuid") and os.geteuid() == 0


def server_user() -> ServerUser | None:
    """None when the server can run as ourselves; else the account to run it as."""
    if not is_root():
        return None
    import pwd

    def get(name: str) -> ServerUser | None:
        try:
            p = pwd.getpwnam(name)
        except KeyError:
            return None
        return ServerUser(name, p.pw_uid, p.pw_gid)

    found = get(SERVER_USER) or get("postgres")
    if found is None and shutil.which("useradd"):
        subprocess.run(["useradd", "--system", "--no-create-home", "--home-dir", "/nonexistent",
                        "--shell", "/usr/sbin/nologin", SERVER_USER],
                       capture_output=True, check=False)
        found = get(SERVER_USER)
    found = found or get("nobody")
    if found is None:
        raise ServerError("Floor runs as root and PostgreSQL refuses to: create an "
                          f"unprivileged account named {SERVER_USER} and try again.")
    return found


def reachable(path: Path, user: ServerUser) -> bool:
    """Whether ``user`` may pass through every folder down to ``path`` (POSIX modes)."""
    if os.name != "posix":
        return True
    for folder in [*reversed(path.parents), path]:
        try:
            st = folder.stat()
        except OSError:
            return False
        if st.st_uid == user.uid:
            ok = st.st_mode & 0o100
        elif st.st_gid == user.gid:
            ok = st.st_mode & 0o010
        else:
            ok = st.st_mode & 0o001
        if not ok:
            return False
    return True


