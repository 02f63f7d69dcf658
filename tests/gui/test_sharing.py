"""Sharing from the console: the secretary's console, the hand-over, Share and Join.

The role tests run on the machine's PostgreSQL with logins of their own; the Share
and Join dialogs run a real ``floorapp host`` process on this machine's loopback.
Set FLOORAPP_SHOTS to a folder to keep screenshots of what they show.
"""

from __future__ import annotations

import os
import shutil
import socket
import tempfile
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDockWidget, QWidget

from floorapp.core.stations import StationRole
from floorapp.gui.console.main_window import ConsoleWindow
from floorapp.gui.floor_qt import QtFloor
from floorapp.gui.settings import Settings
from floorapp.gui.sharing.hook import attach_sharing
from floorapp.service import FloorService
from tests.conftest import PG_URL
from tests.helpers.factories import small_programme
from tests.helpers.stations import SharedMeeting, shared_meeting

ROOT = Path(__file__).resolve().parents[2]
PROGRAMME = ROOT / "resources" / "programmes" / "2012-human-trafficking-dialogue.toml"


def _shoot(widget: QWidget, name: str) -> None:
    folder = os.environ.get("FLOORAPP_SHOTS")
    if folder:
        Path(folder).mkdir(parents=True, exist_ok=True)
        widget.grab().save(str(Path(folder) / f"{name}.png"))


@pytest.fixture
def settings(tmp_path: Path, qapp: QApplication) -> Settings:
    return Settings(tmp_path / "floor.ini")


@pytest.fixture
def shared() -> Iterator[SharedMeeting]:
    if not PG_URL:
        pytest.skip("FLOORAPP_TEST_DATABASE_URL is not set: no PostgreSQL server to test on")
    with shared_meeting(small_programme(), "panel-1") as meeting:
        yield meeting


@pytest.fixture
def consoles(settings: Settings, qtbot) -> Iterator:  # type: ignore[no-untyped-def]
    made: list[tuple[QtFloor, FloorService]] = []

    def make(url: str) -> ConsoleWindow:
        service = FloorService.open(url)
        floor = QtFloor(service)
        made.append((floor, service))
        window = ConsoleWindow(floor, settings)
        qtbot.addWidget(window)
        attach_sharing(window, floor, settings)
        window.show()
        return window

    yield make
    for floor, service in made:
        floor.stop()
        service.close()


def test_the_secretary_console_greys_out_the_floor_until_it_is_handed_over(
    shared: SharedMeeting, consoles, qtbot,  # type: ignore[no-untyped-def]
) -> None:
    officer = consoles(shared.urls[StationRole.OFFICER])
    secretary = consoles(shared.urls[StationRole.SECRETARY])
    s_actions, o_actions = secretary.actions_by_id, officer.actions_by_id
    for pid in ("FRA", "BRA", "KEN"):
        secretary.floor.service.request(pid)

    # The log first and large, the countdown small.
    log_dock = secretary.findChild(QDockWidget, "dock-log")
    assert secretary.dockWidgetArea(log_dock) == Qt.DockWidgetArea.LeftDockWidgetArea
    assert secretary.current.maximumHeight() <= 260
    assert "secretary" in secretary.windowTitle()

    assert not s_actions["next"].isEnabled()
    assert "officer" in s_actions["next"].toolTip()
    assert not s_actions["hand_over"].isEnabled()
    assert s_actions["withdraw"].isEnabled() and s_actions["focus_add"].isEnabled()
    assert o_actions["next"].isEnabled() and o_actions["hand_over"].isEnabled()
    role_label = secretary.role_view.label  # type: ignore[attr-defined]
    assert "officer has the floor" in role_label.text()
    qtbot.waitUntil(lambda: log_dock.width() > secretary.centralWidget().width())
    _shoot(secretary, "secretary-console")

    o_actions["hand_over"].trigger()
    assert officer.floor.service.state.handed_over
    assert o_actions["hand_over"].isChecked()
    assert "Take the floor back" in o_actions["hand_over"].text()
    secretary.floor.service.refresh()  # what the live propagation does on a notification
    assert s_actions["next"].isEnabled()
    assert "handed you the floor" in role_label.text()
    s_actions["next"].trigger()
    current = secretary.floor.service.state.current
    assert current is not None and current.participant_id == "FRA"
    _shoot(secretary, "secretary-console-handed-over")

    o_actions["hand_over"].trigger()  # taken back
    secretary.floor.service.refresh()
    assert not s_actions["next"].isEnabled()


def test_the_display_station_opens_the_speaker_display_only(
    shared: SharedMeeting, settings: Settings, qtbot,  # type: ignore[no-untyped-def]
) -> None:
    from floorapp.gui.app import ConsoleSession, load_display_factory

    if load_display_factory() is None:
        pytest.skip("the speaker display module is not installed")
    service = FloorService.open(shared.urls[StationRole.DISPLAY])
    session = ConsoleSession(settings)
    assert session.wants_display_only(service)
    shown = session.show_display(service)
    assert shown is not None and shown.isVisible()
    assert session.window is None
    session.close()


# -- Share and Join with a real host process -------------------------------------------------


@pytest.fixture
def host_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    from floorapp.hosting.server import ServerError, find_binaries

    try:
        find_binaries()
    except ServerError as exc:
        pytest.skip(str(exc))
    folder = Path(tempfile.mkdtemp(prefix="floor-share-"))
    folder.chmod(0o755)
    monkeypatch.setenv("FLOORAPP_HOST_DIR", str(folder / "hosted"))
    monkeypatch.setenv("FLOORAPP_MDNS_INTERFACES", "127.0.0.1")
    yield folder
    shutil.rmtree(folder, ignore_errors=True)


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def test_share_shows_the_codes_and_join_finds_the_meeting_nearby(
    host_env: Path, qtbot, qapp: QApplication,  # type: ignore[no-untyped-def]
) -> None:
    from floorapp.gui.sharing.host_process import HostProcess
    from floorapp.gui.sharing.join_dialog import JoinDialog
    from floorapp.gui.sharing.share_dialog import ShareDialog

    meeting = host_env / "new.floor"
    port = _free_port()
    host = HostProcess(str(meeting), qapp, ["--programme", str(PROGRAMME), "--listen",
                                            "127.0.0.1", "--port", str(port)])
    with qtbot.waitSignal(host.ready, timeout=180_000) as ready:
        host.start()
        share = ShareDialog(str(meeting), host=host)
        qtbot.addWidget(share)
        opened: list[str] = []
        share.open_meeting.connect(opened.append)
        share.show()
    try:
        roles = ready.args[0]["roles"]
        assert opened == [roles["officer"]["local_url"]]
        for role in StationRole:
            assert share.code_labels[role].text() == roles[role.value]["code"]
            assert share.url_fields[role].text() == roles[role.value]["url"]
        assert "not encrypted" in share.warning.text()
        assert share.address.text().endswith(f"127.0.0.1:{port}")
        _shoot(share, "share-dialog")

        join = JoinDialog(look=False)
        qtbot.addWidget(join)
        join.show()
        with qtbot.waitSignal(join._relay.found, timeout=30_000):
            join.look()
        items = [join.nearby.item(i).text() for i in range(join.nearby.count())]
        ours = [t for t in items if t.endswith(f"127.0.0.1:{port}")]
        if join.nearby_status.toolTip():  # no multicast here: the typed address still works
            join.address.setText(f"127.0.0.1:{port}")
        else:
            assert ours, items
            join.nearby.setCurrentRow(items.index(ours[0]))
        assert join.address.text() == f"127.0.0.1:{port}"
        join.code.setText("S-2222-2222")
        with qtbot.waitSignal(join._relay.checked, timeout=30_000):
            join.join()
        assert "did not accept" in join.problem.text()
        join.code.setText(roles["secretary"]["code"].lower())
        _shoot(join, "join-dialog")
        with qtbot.waitSignal(join.joined, timeout=30_000) as joined:
            join.join()
        assert joined.args == [roles["secretary"]["url"]]
    finally:
        with qtbot.waitSignal(host.finished, timeout=120_000) as done:
            share.stop()
    assert done.args[0] == 0
    assert "stopped" in share.status.text()
    assert not list(host_env.glob("hosted/*/pgdata/postmaster.pid"))


def test_join_says_what_is_wrong_with_a_code(qtbot) -> None:  # type: ignore[no-untyped-def]
    from floorapp.gui.sharing.join_dialog import JoinDialog

    join = JoinDialog(look=False)
    qtbot.addWidget(join)
    join.address.setText("192.0.2.1")
    join.code.setText("hello")
    join.join()
    assert "not a join code" in join.problem.text()
    join.address.setText("host:port")
    join.code.setText("D-2345-6789")
    join.join()
    assert "address" in join.problem.text()
