"""Console figures: cold start, inscribing the 195 States by keyboard, live actions by key."""

from __future__ import annotations

import gc
import random
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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


def _child_env() -> dict[str, str]:
    """The environment of a cold start: byte code cached as an installed app has it."""
    import os

    env = dict(os.environ)
    env.pop("PYTHONDONTWRITEBYTECODE", None)
    return env


def _paint_once(args: list[str]) -> tuple[float, str]:
    t0 = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "bench.paint", *args], cwd=ROOT,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env=_child_env())
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


#: Never imported before the console's first paint.
NOT_BEFORE_PAINT = ("sqlalchemy", "alembic", "docx", "PySide6.QtMultimedia",
                    "floorapp.export.formats", "floorapp.gui.export_worker",
                    "floorapp.gui.export_dialog", "floorapp.cues.player",
                    "floorapp.gui.cues_hook", "floorapp.gui.sharing", "floorapp.gui.display",
                    "floorapp.gui.dialogs.programme_editor", "floorapp.gui.dialogs.participant",
                    "floorapp.gui.console.help_overlay")


def import_tree(args: list[str], out: Path) -> str:
    """Run one start under ``python -X importtime``; keep the imports made before the
    first paint in ``out`` and summarise them."""
    done = subprocess.run([sys.executable, "-X", "importtime", "-m", "bench.paint", *args],
                          cwd=ROOT, capture_output=True, text=True, env=_child_env(),
                          timeout=120)
    before = done.stderr.split("--- first paint ---")[0]
    rows = []
    for line in before.splitlines():
        if line.startswith("import time:") and "|" in line and "self [us]" not in line:
            own, total, name = line.removeprefix("import time:").split("|", 2)
            rows.append((int(own), int(total), name.rstrip()))
    out.write_text("# python -X importtime -m bench.paint " + " ".join(args[:1]) +
                   " (imports before the console's first paint)\n" +
                   "\n".join(f"{o:>8} | {t:>8} | {n}" for o, t, n in rows) + "\n",
                   encoding="utf-8")
    names = {n.strip() for _, _, n in rows}
    ours = sum(o for o, _, n in rows if n.strip().startswith("floorapp"))
    total = sum(o for o, _, _ in rows)
    top = sorted(((t, n.strip()) for _, t, n in rows if n.startswith(" ") and
                  not n.startswith("  ")), reverse=True)[:6]
    absent = [m for m in NOT_BEFORE_PAINT if not any(x == m or x.startswith(m + ".")
                                                     for x in names)]
    return (f"imports before the first paint: {len(rows)} modules, {total / 1000:.0f} ms "
            f"(floorapp's own {ours / 1000:.0f} ms); largest trees: "
            + ", ".join(f"{n} {t / 1000:.0f} ms" for t, n in top)
            + f"; not imported: {', '.join(absent)}"
            + (f"; IMPORTED: {', '.join(m for m in NOT_BEFORE_PAINT if m not in absent)}"
               if len(absent) < len(NOT_BEFORE_PAINT) else "")
            + f"; tree in bench/{out.name}")


def cold_start(runs: int, folder: Path | None = None) -> list[Figure]:
    """Process start to the first painted console: ``floorapp DB`` itself (with its sound
    cues and Export menu) on the 2012 meeting, against a bare window, offscreen."""
    import tempfile

    with tempfile.TemporaryDirectory(prefix="floor-paint-") as tmp:
        where = folder or Path(tmp)
        db = sample_meeting(where)
        config = where / "config"
        app: list[float] = []
        bare: list[float] = []
        marks = ""
        _paint_once(["bare"])  # warm the disk cache and the byte code for both
        _paint_once(["app", str(db), str(config)])
        for _ in range(runs):
            t, marks = _paint_once(["app", str(db), str(config)])
            app.append(t)
            bare.append(_paint_once(["bare"])[0])
        tree = import_tree(["app", str(db), str(config)], ROOT / "bench" / "importtime.txt")
    return [Figure("cold start to the first painted console (floorapp DB, 2012 meeting)",
                   median(app), "s", "bare PySide6 QApplication + empty QMainWindow, same "
                   "measurement", median(bare),
                   f"median of {runs}, runs interleaved, offscreen; last run: {marks}; "
                   + tree)]


# -- the Qt side ---------------------------------------------------------------------------


@contextmanager
def console_on(service: FloorService, folder: Path) -> Iterator[object]:
    """The podium console on ``service``, shown and focused, offscreen."""
    from PySide6.QtWidgets import QApplication

    from floorapp.gui.console.main_window import ConsoleWindow
    from floorapp.qt.floor_qt import QtFloor
    from floorapp.qt.settings import Settings

    app = QApplication.instance() or QApplication([])
    service.warm_search()  # as the app does once the console is painted
    gc.freeze()  # as the app does then too
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


def inscription(folder: Path, quick: bool = False) -> list[Figure]:
    """Keys to inscribe each of the 195 States in each of the six languages (letters,
    arrows and Enter, from the forms people type: ``bench.keys``), typed on the
    console to check each way inscribes the right State; keystroke latency."""
    from bench.keys import all_ways
    from floorapp.core.categories import LANGUAGES

    db = folder / "inscribe.floor"
    svc = FloorService.create(db, programme(), SystemClock())
    svc.open_segment(next(s.id for s in svc.programme.segments if s.kind.value == "panel"))
    roster = svc.roster
    states = the_states(svc.reference)
    ways = list(all_ways(roster, states))
    found = [w for _, _, w in ways if w is not None]
    missing = [f"{p.id}/{lang}" for p, lang, w in ways if w is None]
    keys = [w.keys for w in found] + [99] * len(missing)

    # The baseline: plain startswith over the names in the same language, first
    # alphabetical match, then Enter.
    base_keys: list[int] = []
    for lang in LANGUAGES:
        pairs = [(p.id, p.name(lang)) for p in states]
        first = startswith_first(pairs)
        for pid, name in pairs:
            n = shortest_prefix(name, pid, first)
            base_keys.append((n if n is not None else len(name)) + 1)

    # The same ways, typed on the console (arrows and Enter included).
    typed: list[float] = []
    scan: list[float] = []
    names = [p.name("en") for p in states]
    wrong: list[str] = []
    console_note = ""
    check = [w for w in found if w.lang == "en"] if quick else found
    try:
        typed, wrong = _type_on_console(svc, folder, check)
    except ImportError as exc:
        console_note = f"console not available ({exc}); "
    finally:
        svc.close()
    for w in check:
        low = w.typed.casefold()
        t0 = time.perf_counter()
        _ = [n for n in names if n.casefold().startswith(low)]
        scan.append(time.perf_counter() - t0)
    worst = sorted(found, key=lambda w: (-w.keys, w.lang, w.pid))[:10]
    by_id = {p.id: p for p in states}
    worst_text = "; ".join(f"{by_id[w.pid].name(w.lang)} ({w.lang}): {w.how()} = {w.keys}"
                           for w in worst)
    per_lang = ", ".join(
        f"{lang} {median([w.keys for w in found if w.lang == lang]):g}" for lang in LANGUAGES)
    base = "plain str.startswith over the names in the same language, then Enter"
    checked = (f"{len(check) - len(wrong)}/{len(check)} ways typed on the console inscribed "
               f"the right State" + (f" (wrong: {', '.join(wrong[:10])})" if wrong else ""))
    note = (f"{len(states)} States × 6 languages = {len(ways)}; keys = letters + arrows + "
            f"Enter from the forms people type (bench/keys.py); medians by language: "
            f"{per_lang}; {checked}" + (f"; no way within 12 keys: {missing}" if missing else ""))
    figs = [
        Figure("inscription: keys per State, six languages (median)", median(keys), "keys",
               base, median(base_keys), note),
        Figure("inscription: keys per State, six languages (max)", max(keys), "keys", base,
               max(base_keys), "the worst ten: " + worst_text),
    ]
    if typed:
        where = f"{len(typed)} key presses typed into the console's add field; " + checked
        sbase = "plain str.startswith scan over the 195 English names"
        figs += [
            Figure("keystroke to updated suggestions (console): p50",
                   percentile(typed, 50) * 1e3, "ms", sbase + " (p50)",
                   percentile(scan, 50) * 1e3, console_note + where),
            Figure("keystroke to updated suggestions (console): p99",
                   percentile(typed, 99) * 1e3, "ms", sbase + " (p99)",
                   percentile(scan, 99) * 1e3),
        ]
    return figs


def _type_on_console(svc: FloorService, folder: Path,
                     ways: list[Any]) -> tuple[list[float], list[str]]:
    """Type each way into the add field (letters, arrows, Enter) in its language;
    latency per letter; the ways that inscribed someone else (or nobody)."""
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    times: list[float] = []
    wrong: list[str] = []
    with console_on(svc, folder) as window:
        bar = window.speakers.bar  # type: ignore[attr-defined]
        field = bar.field
        popup = bar.completer.popup()
        language = ""
        for w in sorted(ways, key=lambda w: w.lang):
            if w.lang != language:
                language = w.lang
                bar.set_language(language)
            field.setFocus()
            field.clear()
            for ch in w.typed:
                t0 = time.perf_counter()
                type_key(field, ch)
                times.append(time.perf_counter() - t0)
            target = popup if popup.isVisible() else field
            for _ in range(abs(w.arrows)):
                QTest.keyClick(target, Qt.Key.Key_Down if w.arrows > 0 else Qt.Key.Key_Up)
            before = len(svc.state.requests)
            QTest.keyClick(popup if popup.isVisible() else field, Qt.Key.Key_Return)
            added = list(svc.state.requests.values())[before:]
            if not added or added[0].participant_id != w.pid:
                wrong.append(f"{w.pid}/{w.lang} {w.how()}")
                field.clear()
            for r in added:
                svc.withdraw(r.id)
    return times, wrong


# -- live actions on the console ------------------------------------------------------------------


ACTIONS = ("next", "pause", "extend", "end", "undo", "inscribe")


def live_actions(folder: Path, cycles: int, interventions: int = 500) -> list[Figure]:
    """Ctrl+N, Ctrl+Space, Ctrl+=, Ctrl+E, Ctrl+Z and a name + Enter pressed on the
    console: keypress to journaled and repainted, with so many turns in the log."""
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QWidget

    from bench.engine import meeting_file
    from bench.meeting import states

    path, _, ivs = meeting_file(folder, f"live-gui-{interventions}.floor",
                                interventions=interventions, undo_rate=0.01)
    svc = FloorService.open(path, SystemClock())
    if svc.state.current is not None:
        svc.end()
    rng = random.Random(11)
    who = states(svc)
    times: dict[str, list[float]] = {a: [] for a in ACTIONS}
    cpu: dict[str, list[float]] = {a: [] for a in ACTIONS}
    ctrl = Qt.KeyboardModifier.ControlModifier
    first: dict[str, float] = {}
    warm = True

    class Painted(QObject):
        """Notes the first paint of the watched view after it is armed."""

        def __init__(self, parent: QObject) -> None:
            super().__init__(parent)
            self.view: QWidget | None = None
            self.at = 0.0
            self.cpu = 0.0

        def eventFilter(self, obj: QObject, event: QEvent) -> bool:  # noqa: N802
            if self.view is not None and event.type() == QEvent.Type.Paint \
                    and isinstance(obj, QWidget) \
                    and (obj is self.view or self.view.isAncestorOf(obj)):
                self.view = None
                self.at = time.perf_counter()
                self.cpu = time.process_time()
            return False

    try:
        with console_on(svc, folder) as window:
            app = QApplication.instance()
            assert app is not None
            painted = Painted(window)  # type: ignore[arg-type]
            app.installEventFilter(painted)
            current = window.current  # type: ignore[attr-defined]
            speakers = window.speakers  # type: ignore[attr-defined]
            field = speakers.bar.field

            def press(name: str | None, key: Qt.Key, view: QWidget,
                      mods: Qt.KeyboardModifier = ctrl, target: QWidget | None = None) -> None:
                seq = svc.state.last_seq
                target = target or QApplication.focusWidget() or window
                painted.view = view
                c0 = time.process_time()
                t0 = time.perf_counter()
                QTest.keyClick(target, key, mods)  # type: ignore[call-overload]
                if svc.state.last_seq == seq:
                    raise RuntimeError(f"{key} journaled nothing")
                deadline = t0 + 2.0
                while painted.view is not None and time.perf_counter() < deadline:
                    app.processEvents()  # type: ignore[union-attr]
                if painted.view is not None:
                    raise RuntimeError("the console did not repaint within 2 s")
                if name is not None and warm:
                    first[name] = painted.at - t0
                elif name is not None:
                    times[name].append(painted.at - t0)
                    cpu[name].append(painted.cpu - c0)

            for cycle in range(cycles + 1):
                # Cycle 0 warms up (Qt's first paints of each view, glyph caches): its
                # figures go to the note, not into the percentiles.
                warm = cycle == 0
                waiting = {r.participant_id for r in svc.state.waiting()}
                pid = rng.choice([p for p in who if p not in waiting])
                field.setFocus()
                field.setText(pid)  # an ISO code typed: the field holds it, Enter inscribes
                press("inscribe", Qt.Key.Key_Return, speakers, Qt.KeyboardModifier.NoModifier,
                      field)
                window.controller._last_next = None  # type: ignore[attr-defined]  # the double-press guard
                press("next", Qt.Key.Key_N, current)
                press("pause", Qt.Key.Key_Space, current)
                press(None, Qt.Key.Key_Space, current)  # resume
                press("extend", Qt.Key.Key_Equal, current)
                press("end", Qt.Key.Key_E, current)
                press("undo", Qt.Key.Key_Z, current)  # takes back the end
                press(None, Qt.Key.Key_Z, current, ctrl | Qt.KeyboardModifier.ShiftModifier)
            app.removeEventFilter(painted)
    finally:
        svc.close()
    live = [t for xs in times.values() for t in xs]
    from bench.engine import bare_inserts

    bare = bare_inserts(folder, len(live))
    base = "bare SQLite insert, WAL + synchronous=FULL, same disk"
    n = f"{interventions:,}"
    note = (f"{len(live)} key presses ({', '.join(ACTIONS)}) on the console, {ivs:,} turns "
            "in the log, SQLite file; keypress to the first repaint of the view it changes; "
            "after one warm-up cycle, whose actions took "
            + ", ".join(f"{k} {v * 1e3:.0f} ms" for k, v in first.items()))
    figs = [
        Figure(f"live action at {n} turns, keypress to journaled and repainted: p50",
               percentile(live, 50) * 1e3, "ms", base + " (p50)", percentile(bare, 50) * 1e3,
               note),
        Figure(f"live action at {n} turns, keypress to journaled and repainted: p99",
               percentile(live, 99) * 1e3, "ms", base + " (p99)", percentile(bare, 99) * 1e3,
               note),
    ]
    all_cpu = [t for xs in cpu.values() for t in xs]
    figs.append(Figure(f"↳ the console's own CPU time per action at {n} turns: p99",
                       percentile(all_cpu, 99) * 1e3, "ms", base + " (p99)",
                       percentile(bare, 99) * 1e3,
                       f"p50 {percentile(all_cpu, 50) * 1e3:.2f} ms; process CPU time from "
                       "the key press to the repaint: what the console spends, whatever "
                       "else the machine runs (the disk's fsync wait is not CPU time)"))
    for name, xs in times.items():
        figs.append(Figure(f"↳ {name} (console, {n} turns): p99", percentile(xs, 99) * 1e3,
                           "ms", base + " (p99)", percentile(bare, 99) * 1e3,
                           f"p50 {percentile(xs, 50) * 1e3:.2f} ms; CPU p50 "
                           f"{percentile(cpu[name], 50) * 1e3:.2f} / p99 "
                           f"{percentile(cpu[name], 99) * 1e3:.2f} ms; {len(xs)} presses"))
    return figs
