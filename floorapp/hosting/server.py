"""A PostgreSQL server that Floor runs itself, for one hosted meeting.

Floor runs ``initdb`` with SCRAM passwords and ``pg_ctl`` itself (the bundled wheel's
own ``get_server()`` only listens on a Unix socket and trusts everyone), as the account
``accounts.server_user`` chooses, with the programs ``binaries.find_binaries`` finds.
The data is in the user's data folder, or under ``/var/lib/floorapp/hosted`` for root.
A server killed hard leaves ``postmaster.pid``: ``start`` finds out whether a server
still runs there, stops it or clears the stale file, and tries again.
"""

from __future__ import annotations

import contextlib
import os
import socket
import subprocess
import tempfile
import time
from pathlib import Path

from floorapp.hosting.accounts import ServerUser, is_root, reachable
from floorapp.hosting.binaries import Binaries
from floorapp.hosting.errors import ServerError

__all__ = ["ADMIN", "ManagedServer", "ServerError", "hosting_root", "port_is_free"]

#: Floor's superuser in a hosted cluster (reached from this machine only).
ADMIN = "floor_admin"


def hosting_root() -> Path:
    """Where hosted meetings keep their server data (FLOORAPP_HOST_DIR overrides)."""
    forced = os.environ.get("FLOORAPP_HOST_DIR")
    if forced:
        return Path(forced)
    if is_root():
        # The server user could not reach root's home folder (mode 700).
        return Path("/var/lib/floorapp/hosted")
    import platformdirs

    return platformdirs.user_data_path("floorapp", "Floor") / "hosted"  # beside the meetings


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
        if self.user is None:
            return
        if not reachable(self.folder, self.user):
            raise ServerError(
                f"The PostgreSQL server runs as {self.user.name}, who cannot reach "
                f"{self.folder}. Set FLOORAPP_HOST_DIR to a folder {self.user.name} can reach.")
        if not reachable(self.binaries.bin_dir, self.user):
            raise ServerError(
                f"The PostgreSQL server runs as {self.user.name}, who cannot reach "
                f"{self.binaries.bin_dir}. Set FLOORAPP_PG_BIN to PostgreSQL programs "
                f"{self.user.name} can run.")

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
