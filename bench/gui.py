"""Console figures: cold start, inscribing the 195 States by keyboard, live actions by key."""

from __future__ import annotations

import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

from bench.figures import Figure, median, percentile
from bench.meeting import ROOT, START, memory_meeting, programme, simulate, write_database
from floorapp.core.categories import SpeakerCategory
from floorapp.core.clock import FakeClock, SystemClock
from floorapp.core.roster import Participant, Roster
from floorapp.service import FloorService

STATE_CATEGORIES = (SpeakerCategory.MEMBER_STATE, SpeakerCategory.OBSERVER_STATE)


# -- cold start ----------------------------------------------------------------------------


def sample_meeting(folder: Path) -> Path:
    """The 2012 meeting a morning in: 30 interventions, a speaker at the floor, a list."""
    gen = memory_meeting(FakeClock(START), programme())
    simulate(gen, gen.clock, interventions=30)  # type: ignore[arg-type]
    for pid in ("QAT", "BLR", "PHL", "EGY", "MEX"):
        gen.request(pid)
    gen.next()
    path = folder / "2012-morning.floor"
    write_database(path, gen.journal.rows)  # type: ignore[attr-defined]
    return path


def _paint_once(args: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.paint", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    assert proc.stdout is not None
    for line in proc.stdout:
        if line.startswith("painted "):
            elapsed = time.perf_counter() - t0
            proc.wait(timeout=30)
            proc.stdout.close()
            if proc.stderr is not None:
                proc.stderr.close()
            return elapsed, line.split(None, 2)[2].strip() if line.count(" ") > 1 else ""
    err = proc.stderr.read() if proc.stderr else ""
    proc.wait()
    raise RuntimeError(f"the window was never painted: {err[-500:]}")


def cold_start(runs: int, folder: Path | None = None) -> list[Figure]:
    """Process start to the first painted console on the 2012 meeting, offscreen."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="floor-paint-") as tmp:
        where = folder or Path(tmp)
        db = sample_meeting(where)
        ini = where / "floor.ini"
        console: list[float] = []
        bare: list[float] = []
        marks = ""
        _paint_once(["bare"])  # warm the disk cache for both
        _paint_once(["console", str(db), str(ini)])
        for _ in range(runs):
            t, marks = _paint_once(["console", str(db), str(ini)])
            console.append(t)
            bare.append(_paint_once(["bare"])[0])
    return [Figure("cold start to the first painted console (2012 meeting)", median(console),
                   "s", "bare PySide6 QApplication + empty QMainWindow, same measurement",
                   median(bare), f"median of {runs}, offscreen; last run: {marks}")]


# -- the Qt side ---------------------------------------------------------------------------


@contextmanager
def console_on(service: FloorService, folder: Path) -> Iterator[object]:
    """The podium console on ``service``, shown and focused, offscreen."""
    from PySide6.QtWidgets import QApplication

    from floorapp.gui.console.main_window import ConsoleWindow
    from floorapp.qt.floor_qt import QtFloor
    from floorapp.qt.settings import Settings

    app = QApplication.instance() or QApplication([])
    floor = QtFloor(service)
    window = ConsoleWindow(floor, Settings(folder / "floor.ini"),
                           ask_new=lambda *_args: None)
    window.show()
    window.activateWindow()
    for _ in range(5):
        app.processEvents()
    window.speakers.bar.field.setFocus()
    app.processEvents()
    try:
        yield window
    finally:
        floor.stop()
        window.close()
        window.deleteLater()
        app.processEvents()


def type_key(widget: object, ch: str) -> None:
    """One character typed into ``widget``, as a user's key (any script)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    if ch.isascii():
        QTest.keyClick(widget, ch)  # type: ignore[call-overload]
    else:
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, Qt.Key.Key_unknown, ch,  # type: ignore[call-overload]
                           Qt.KeyboardModifier.NoModifier)


# -- inscription -----------------------------------------------------------------------------


def the_states(roster: Roster) -> list[Participant]:
    """The 195 States: Member States and Observer States of the reference roster."""
    return [p for p in roster if p.category in STATE_CATEGORIES]


def shortest_prefix(name: str, pid: str, first: Callable[[str], str | None]) -> int | None:
    """Keystrokes of the shortest prefix of ``name`` whose first result is ``pid``."""
    for n in range(1, len(name) + 1):
        if first(name[:n]) == pid:
            return n
    return None


def startswith_first(names: list[tuple[str, str]]) -> Callable[[str], str | None]:
    """The baseline search: the first name, alphabetically, starting with the text."""
    ordered = sorted(names, key=lambda x: x[1].casefold())

    def first(text: str) -> str | None:
        t = text.casefold()
        for pid, name in ordered:
            if name.casefold().startswith(t):
                return pid
        return None

    return first


def inscription(folder: Path) -> list[Figure]:
    """Keystrokes per State and keystroke-to-suggestions latency, inscribing all 195."""
    db = folder / "inscribe.floor"
    svc = FloorService.create(db, programme(), SystemClock())
    svc.open_segment(next(s.id for s in svc.programme.segments if s.kind.value == "panel"))
    roster = svc.roster
    states = the_states(svc.reference)
    pairs = [(p.id, p.name("en")) for p in states]

    def find_first(text: str) -> str | None:
        found = roster.find(text, 1)
        return found[0].participant.id if found else None

    def enter_takes(text: str) -> str | None:
        """What Enter inscribes: the first match, unless the next one ties with it."""
        found = roster.find(text, 2)
        if not found or (len(found) > 1 and found[0].score == found[1].score):
            return None
        return found[0].participant.id

    base_first = startswith_first([(p.id, p.name("en")) for p in roster])
    keys: dict[str, int | None] = {pid: shortest_prefix(n, pid, find_first) for pid, n in pairs}
    enter_keys = {pid: shortest_prefix(n, pid, enter_takes) for pid, n in pairs}
    base_keys = {pid: shortest_prefix(n, pid, base_first) for pid, n in pairs}
    unreachable = sorted(pid for pid, k in keys.items() if k is None)
    reached = [k for k in keys.values() if k is not None]
    enter_reached = [k for k in enter_keys.values() if k is not None]
    base_reached = [k for k in base_keys.values() if k is not None]

    # The same prefixes, typed: on the console when it exists, else on Roster.find.
    typed: list[float] = []
    find_only: list[float] = []
    scan: list[float] = []
    names = [n for _, n in pairs]
    prefixes = {pid: n[: enter_keys[pid] or len(n)] for pid, n in pairs}
    for prefix in prefixes.values():
        for k in range(1, len(prefix) + 1):
            t0 = time.perf_counter()
            roster.find(prefix[:k], 8)
            find_only.append(time.perf_counter() - t0)
            t0 = time.perf_counter()
            low = prefix[:k].casefold()
            _ = [n for n in names if n.casefold().startswith(low)]
            scan.append(time.perf_counter() - t0)
    wrong: list[str] = []
    console_note = ""
    try:
        typed, wrong = _type_on_console(svc, folder, prefixes)
    except ImportError as exc:
        console_note = f"console not available ({exc}); "
    finally:
        svc.close()
    n_states = len(pairs)
    names_by_id = dict(pairs)
    worst = sorted(((k, pid) for pid, k in keys.items() if k is not None), reverse=True)[:3]
    note = (f"{n_states} States; prefix found by Roster.find ranking; "
            f"{len(unreachable)} not first for any prefix of the English name"
            + (f" ({', '.join(unreachable)})" if unreachable else "") + "; longest: "
            + ", ".join(f"{names_by_id[pid][:k]!r} ({k})" for k, pid in worst))
    figs = [
        Figure("inscription: keystrokes per State (median)", median(reached), "keys",
               "plain str.startswith over the English names", median(base_reached), note),
        Figure("inscription: keystrokes per State (max)", max(reached), "keys",
               "plain str.startswith over the English names", max(base_reached)),
        Figure("↳ keystrokes until Enter inscribes it, no tie (median)", median(enter_reached),
               "keys", "plain str.startswith over the English names", median(base_reached),
               f"{n_states - len(enter_reached)} never untied; Enter not counted"),
        Figure("↳ keystrokes until Enter inscribes it, no tie (max)", max(enter_reached),
               "keys", "plain str.startswith over the English names", max(base_reached)),
    ]
    base = "plain str.startswith scan over the 195 names"
    if typed:
        where = (f"{len(typed)} keystrokes typed into the console's add field, Enter after "
                 f"each State; {n_states - len(wrong)}/{n_states} inscribed the right State"
                 + (f"; wrong: {', '.join(wrong)}" if wrong else ""))
        figs += [
            Figure("keystroke to updated suggestions (console): p50",
                   percentile(typed, 50) * 1e3, "ms", base + " (p50)",
                   percentile(scan, 50) * 1e3, where),
            Figure("keystroke to updated suggestions (console): p99",
                   percentile(typed, 99) * 1e3, "ms", base + " (p99)",
                   percentile(scan, 99) * 1e3, where),
        ]
    figs += [
        Figure("↳ Roster.find alone: p50", percentile(find_only, 50) * 1e3, "ms",
               base + " (p50)", percentile(scan, 50) * 1e3, console_note + "8 best matches"),
        Figure("↳ Roster.find alone: p99", percentile(find_only, 99) * 1e3, "ms",
               base + " (p99)", percentile(scan, 99) * 1e3),
    ]
    return figs


def _type_on_console(svc: FloorService, folder: Path,
                     prefixes: dict[str, str]) -> tuple[list[float], list[str]]:
    """Type each prefix into the add field, then Enter; latency per keystroke."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times: list[float] = []
    wrong: list[str] = []
    with console_on(svc, folder) as window:
        bar = window.speakers.bar  # type: ignore[attr-defined]
        field = bar.field
        for pid, prefix in prefixes.items():
            field.setFocus()
            for ch in prefix:
                t0 = time.perf_counter()
                type_key(field, ch)
                times.append(time.perf_counter() - t0)
            top = bar.matches.participant(0)
            before = len(svc.state.requests)
            QTest.keyClick(field, Qt.Key.Key_Return)
            added = list(svc.state.requests.values())[before:]
            if top is None or top.id != pid or not added or added[0].participant_id != pid:
                wrong.append(pid)
    return times, wrong


# -- live actions on the console ------------------------------------------------------------------


def live_actions(folder: Path, cycles: int) -> list[Figure]:
    """Ctrl+N, Ctrl+Space, Ctrl+E pressed on the console: keypress to journaled and repainted."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.engine import meeting_file
    from bench.meeting import states

    path, _, ivs = meeting_file(folder, "live-gui.floor", interventions=500, undo_rate=0.01)
    svc = FloorService.open(path, SystemClock())
    if svc.state.current is not None:
        svc.end()
    rng = random.Random(11)
    who = states(svc)
    times: dict[str, list[float]] = {"give the floor": [], "pause": [], "end": []}
    ctrl = Qt.KeyboardModifier.ControlModifier

    class Painted(QObject):
        """Notes the first paint of the current-speaker view after it is armed."""

        def __init__(self, view: QWidget) -> None:
            super().__init__(view)
            self.view = view
            self.armed = False
            self.at = 0.0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if self.armed and event.type() == QEvent.Type.Paint and isinstance(obj, QWidget) \
                    and (obj is self.view or self.view.isAncestorOf(obj)):
                self.armed = False
                self.at = time.perf_counter()
            return False

    try:
        with console_on(svc, folder) as window:
            app = QApplication.instance()
            assert app is not None
            painted = Painted(window.current)  # type: ignore[attr-defined]
            app.installEventFilter(painted)

            def press(name: str | None, key: Qt.Key) -> None:
                seq = svc.state.last_seq
                target = QApplication.focusWidget() or window
                painted.armed = True
                t0 = time.perf_counter()
                QTest.keyClick(target, key, ctrl)  # type: ignore[call-overload]
                if svc.state.last_seq == seq:
                    raise RuntimeError(f"{key} journaled nothing")
                deadline = t0 + 2.0
                while painted.armed and time.perf_counter() < deadline:
                    app.processEvents()  # type: ignore[union-attr]
                if painted.armed:
                    raise RuntimeError("the console did not repaint within 2 s")
                if name is not None:
                    times[name].append(painted.at - t0)

            for _ in range(cycles):
                waiting = {r.participant_id for r in svc.state.waiting()}
                svc.request(rng.choice([p for p in who if p not in waiting]))
                window.controller._last_next = None  # type: ignore[attr-defined]  # the double-press guard
                press("give the floor", Qt.Key.Key_N)
                press("pause", Qt.Key.Key_Space)
                press(None, Qt.Key.Key_Space)  # resume
                press("end", Qt.Key.Key_E)
            app.removeEventFilter(painted)
    finally:
        svc.close()
    live = times["give the floor"] + times["pause"] + times["end"]
    from bench.engine import bare_inserts

    bare = bare_inserts(folder, len(live))
    base = "bare SQLite insert, WAL + synchronous=FULL, same disk"
    note = (f"{len(live)} key presses (Ctrl+N, Ctrl+Space, Ctrl+E) on the console, "
            f"{ivs}+ interventions in the log, SQLite file")
    figs = [
        Figure("live action, keypress to journaled and repainted: p50",
               percentile(live, 50) * 1e3, "ms", base + " (p50)", percentile(bare, 50) * 1e3,
               note),
        Figure("live action, keypress to journaled and repainted: p99",
               percentile(live, 99) * 1e3, "ms", base + " (p99)", percentile(bare, 99) * 1e3,
               note),
    ]
    for name, xs in times.items():
        figs.append(Figure(f"↳ {name} (console): p50", percentile(xs, 50) * 1e3, "ms",
                           base + " (p50)", percentile(bare, 50) * 1e3))
    return figs
