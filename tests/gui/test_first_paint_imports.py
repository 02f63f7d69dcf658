"""The console is painted before the heavy parts are imported: the database toolkit,
Word, audio, the exports, the programme editor, the speaker display."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from floorapp.core.clock import FakeClock
from floorapp.service import FloorService
from tests.helpers.factories import small_programme

ROOT = Path(__file__).resolve().parents[2]


def test_nothing_heavy_is_imported_before_the_first_paint(tmp_path: Path) -> None:
    db = tmp_path / "m.floor"
    svc = FloorService.create(db, small_programme(), FakeClock())
    svc.open_segment("panel-1")
    svc.request("QAT")
    svc.next()
    svc.close()
    done = subprocess.run(
        [sys.executable, str(Path(__file__).with_name("first_paint_child.py")), str(db),
         str(tmp_path / "config")], cwd=ROOT, capture_output=True, text=True, timeout=120)
    lines = [ln for ln in done.stdout.splitlines() if ln.startswith("[")]
    assert lines, done.stderr[-2000:]
    assert json.loads(lines[0]) == []


def test_the_modules_watched_exist() -> None:
    """A module renamed away would make the test above pass for nothing."""
    import importlib.util

    from bench.gui import NOT_BEFORE_PAINT

    for name in NOT_BEFORE_PAINT:
        assert importlib.util.find_spec(name) is not None, name
