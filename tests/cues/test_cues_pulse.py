"""End to end: a private PulseAudio with a null sink records the cues of a real turn.

The app (QtFloor, CueController, the QSoundEffect player) runs a turn with short
limits on the system's monotonic clock, in a child process (``pulse_turn.py``: Qt
Multimedia connects to PulseAudio once per process, so the test's own process may
already have found no sound). ``parec`` records the null sink's monitor meanwhile;
every chunk it delivers is time-stamped, which places the recording on the same
monotonic clock. Each cue's onset must fall within 100 ms of its threshold and carry
the cue's own dominant frequency.

Skips, saying why, when PulseAudio or its utilities are not installed.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from tests.helpers.sound_analysis import dominant_frequency, onsets, pcm16_to_mono
from floorapp.cues.catalogue import CUE_NAMES, cue_info, default_sound
from floorapp.cues.check import sound_seconds

pytestmark = pytest.mark.audio

ROOT = Path(__file__).resolve().parents[2]
RATE = 44100
SINK = "floor_cues"
TOOLS = ("pulseaudio", "pactl", "parec", "pacat")
ONSET_TOLERANCE = 0.100
PITCH_TOLERANCE = 0.03


@dataclass
class Pulse:
    """A private PulseAudio server: its folder and the environment that reaches it."""

    folder: Path
    env: dict[str, str]
    pid: int = 0

    def run(self, *args: str) -> subprocess.CompletedProcess[str]:
        """Run a PulseAudio client command against this server."""
        return subprocess.run(list(args), env=self.env, capture_output=True, text=True,
                              timeout=20, stdin=subprocess.DEVNULL, check=False)

    def log(self) -> str:
        """The end of the server's log."""
        path = self.folder / "pulse.log"
        return path.read_text(errors="replace")[-3000:] if path.exists() else "(no log)"


def _missing_tools() -> list[str]:
    return [t for t in TOOLS if shutil.which(t) is None]


@pytest.fixture(scope="module")
def pulse() -> Iterator[Pulse]:
    """A PulseAudio daemon of our own with a null sink as its default; killed afterwards."""
    missing = _missing_tools()
    if missing:
        pytest.skip(f"PulseAudio is not installed (missing {', '.join(missing)}; Debian: "
                    "apt install pulseaudio pulseaudio-utils)")
    folder = Path(tempfile.mkdtemp(prefix="floor-pa-"))  # short: socket paths are limited
    runtime = folder / "run"
    runtime.mkdir()
    env = dict(os.environ)
    env.update(HOME=str(folder), XDG_RUNTIME_DIR=str(folder), PULSE_RUNTIME_PATH=str(runtime),
               XDG_CONFIG_HOME=str(folder / "config"), PULSE_SERVER=f"unix:{runtime}/native",
               QT_QPA_PLATFORM="offscreen", PIPEWIRE_REMOTE=str(folder / "no-pipewire"))
    env.pop("DISPLAY", None)
    env.pop("DBUS_SESSION_BUS_ADDRESS", None)
    pulse = Pulse(folder, env)
    started = pulse.run(
        "pulseaudio", "--daemonize=yes", "-n", "--system=false", "--exit-idle-time=-1",
        "--disallow-exit", "--use-pid-file=yes", "--log-level=info",
        f"--log-target=file:{folder}/pulse.log",
        f"--load=module-native-protocol-unix auth-anonymous=1 socket={runtime}/native",
        f"--load=module-null-sink sink_name={SINK} rate={RATE} channels=1",
    )
    try:
        deadline = time.monotonic() + 10
        while pulse.run("pactl", "info").returncode != 0:
            if time.monotonic() > deadline:
                pytest.skip("a private PulseAudio server could not be started here "
                            f"(exit {started.returncode}: {started.stderr.strip()[-300:]}; "
                            f"log: {pulse.log()[-500:]})")
            time.sleep(0.1)
        pid_file = runtime / "pid"
        pulse.pid = int(pid_file.read_text().split()[0]) if pid_file.exists() else 0
        assert pulse.run("pactl", "set-default-sink", SINK).returncode == 0
        yield pulse
    finally:
        _stop_daemon(pulse)
        shutil.rmtree(folder, ignore_errors=True)


def _stop_daemon(pulse: Pulse) -> None:
    """Kill our daemon (by its pid), politely first."""
    pulse.run("pulseaudio", "--kill")
    if not pulse.pid:
        return
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            os.kill(pulse.pid, 0)
        except ProcessLookupError:
            return
        time.sleep(0.05)
    try:
        os.kill(pulse.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass


@dataclass
class Recording:
    """The null sink's monitor, recorded with every chunk's arrival time.

    Chunks are read on the test's own thread (:meth:`pump`), not a reader thread:
    Python's garbage collector may run on any thread that allocates, and destroying
    Qt objects left by earlier tests off the GUI thread crashes Qt.
    """

    pulse: Pulse
    data: bytearray = field(default_factory=bytearray)
    arrivals: list[tuple[float, int]] = field(default_factory=list)  # (monotonic, bytes so far)
    procs: list[subprocess.Popen[bytes]] = field(default_factory=list)

    def start(self) -> None:
        """Keep the sink running (a stream of silence) and record its monitor."""
        fmt = ["--raw", "--format=s16le", f"--rate={RATE}", "--channels=1"]
        # A null sink renders nothing while idle; a silent stream keeps its clock going,
        # so the recording has no holes and sample counts are time.
        keep = subprocess.Popen(["pacat", "--playback", *fmt, "--latency-msec=20",
                                 f"--device={SINK}", "/dev/zero"], env=self.pulse.env,
                                stdin=subprocess.DEVNULL, stdout=subprocess.DEVNULL,
                                stderr=subprocess.DEVNULL)
        rec = subprocess.Popen(["parec", *fmt, "--latency-msec=10", f"--device={SINK}.monitor"],
                               env=self.pulse.env, stdin=subprocess.DEVNULL,
                               stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, bufsize=0)
        self.procs = [keep, rec]
        deadline = time.monotonic() + 10
        while len(self.data) < RATE and time.monotonic() < deadline:  # half a second in
            self.pump(0.05)

    @property
    def recorder(self) -> subprocess.Popen[bytes]:
        """The parec process."""
        return self.procs[1]

    def pump(self, seconds: float, until: subprocess.Popen[str] | None = None) -> None:
        """Read what parec delivers for ``seconds`` (or until ``until`` exits)."""
        stream = self.recorder.stdout
        assert stream is not None
        deadline = time.monotonic() + seconds
        while time.monotonic() < deadline and (until is None or until.poll() is None):
            ready, _, _ = select.select([stream], [], [], 0.01)
            if ready:
                chunk = os.read(stream.fileno(), 4096)
                if not chunk:
                    return
                self.data += chunk
                self.arrivals.append((time.monotonic(), len(self.data)))

    def stop(self) -> None:
        """Stop recording and the silent stream (our own two processes)."""
        for p in self.procs:
            if p.poll() is None:
                p.terminate()
        for p in self.procs:
            try:
                p.wait(5)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait(5)
            if p.stdout is not None:
                p.stdout.close()
        self.procs = []

    def samples(self) -> list[float]:
        """The recording as mono samples, -1..1."""
        return pcm16_to_mono(bytes(self.data))

    def first_sample_at(self) -> float:
        """When the first sample was heard, on ``time.monotonic()``.

        A chunk ending at sample n cannot arrive before sample n was played, so
        ``arrival - n / RATE`` is never earlier than the truth (give or take one block
        of the sink); the smallest value over all chunks is the best estimate.
        """
        return min(t - (n // 2) / RATE for t, n in self.arrivals)


def run_child(rec: Recording, args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    """Run a child process while recording; its exit status, stdout and stderr."""
    out_file = tempfile.TemporaryFile()
    err_file = tempfile.TemporaryFile()
    with out_file, err_file:
        child = subprocess.Popen(args, env=env, cwd=ROOT, stdin=subprocess.DEVNULL,
                                 stdout=out_file, stderr=err_file, text=True)
        rec.pump(120, until=child)
        if child.poll() is None:
            child.kill()
        code = child.wait(10)
        rec.pump(0.3)
        rec.stop()
        out_file.seek(0)
        err_file.seek(0)
        return code, out_file.read().decode(), err_file.read().decode()


@pytest.fixture
def recording(pulse: Pulse) -> Iterator[Recording]:
    """A recording of the null sink for the length of one test."""
    rec = Recording(pulse)
    rec.start()
    if not rec.arrivals:
        rec.stop()
        pytest.fail(f"parec recorded nothing from {SINK}.monitor; server log:\n{pulse.log()}")
    yield rec
    if rec.procs:
        rec.stop()


@dataclass(frozen=True)
class Heard:
    """One cue found in a recording."""

    cue: str
    expected: float  # monotonic time it was due
    onset: float  # monotonic time it was heard
    frequency: float

    @property
    def late(self) -> float:
        """Seconds from due to heard (negative: early)."""
        return self.onset - self.expected


def measure(rec: Recording, due: list[tuple[str, float]]) -> tuple[list[Heard], list[float]]:
    """Match each due cue to the nearest onset in the recording; measure its pitch."""
    samples = rec.samples()
    t0 = rec.first_sample_at()
    found = [t0 + o for o in onsets(samples, RATE, threshold_dbfs=-50)]
    heard = []
    for cue, expected in due:
        onset = min(found, key=lambda t: abs(t - expected)) if found else float("nan")
        start = round((onset - t0) * RATE) if found else 0
        length = round(sound_seconds(default_sound(cue)) * RATE)
        window = samples[start : start + length]
        freq = dominant_frequency(window, RATE) if len(window) > 64 else float("nan")
        heard.append(Heard(cue, expected, onset, freq))
    return heard, found


def report(heard: list[Heard]) -> str:
    """A table of what was heard, for failure messages and the log."""
    return "\n".join(
        f"{h.cue:15} late {1000 * h.late:+7.1f} ms  {h.frequency:7.1f} Hz "
        f"(want {cue_info(h.cue).frequency:g} Hz)" for h in heard)


def child_env(pulse: Pulse) -> dict[str, str]:
    """The environment of an app process: our PulseAudio server, this source tree."""
    env = dict(pulse.env)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), env.get("PYTHONPATH", "")]).rstrip(
        os.pathsep)
    return env


def test_cues_of_a_real_turn_sound_on_time_with_their_own_pitch(
    pulse: Pulse, recording: Recording
) -> None:
    code, out, err = run_child(
        recording, [sys.executable, str(Path(__file__).with_name("pulse_turn.py"))],
        child_env(pulse))
    lines = [json.loads(x) for x in out.splitlines() if x.startswith("{")]
    assert code == 0, f"{out}\n{err[-3000:]}\n{pulse.log()}"
    player = next(x for x in lines if x["event"] == "player")
    assert player["available"], player["reason"]
    due = [(x["cue"], x["mono"]) for x in lines if x["event"] == "threshold"]
    assert [c for c, _ in due] == ["warning", "time_up", "overrun", "point_of_order"]
    played = [(x["cue"], x["mono"]) for x in lines if x["event"] == "played"]
    assert [c for c, _ in played] == [c for c, _ in due], "the controller played other cues"
    for (cue, want), (_c, at) in zip(due, played, strict=True):
        print(f"{cue:15} play() called {1000 * (at - want):+6.1f} ms after it was due")
        assert -0.005 <= at - want <= ONSET_TOLERANCE, f"{cue} played {at - want:.3f} s late"

    heard, found = measure(recording, due)
    table = report(heard)
    print("\n" + table)
    assert len(found) == len(due), f"{len(found)} sounds in the recording:\n{table}"
    first = heard[0]
    for h in heard:
        assert abs(h.late) <= ONSET_TOLERANCE, f"{h.cue} off by {1000 * h.late:.0f} ms\n{table}"
        relative = (h.onset - first.onset) - (h.expected - first.expected)
        assert abs(relative) <= ONSET_TOLERANCE, f"{h.cue} relative timing\n{table}"
        assert h.frequency == pytest.approx(cue_info(h.cue).frequency, rel=PITCH_TOLERANCE), table


def test_the_sound_check_plays_every_cue_in_order_on_the_output(
    pulse: Pulse, recording: Recording, tmp_path: Path
) -> None:
    code = ("import sys; from floorapp.cues.check import cues_check_main; "
            "sys.exit(cues_check_main(sys.argv[1:]))")
    gap = 0.5
    status, out, err = run_child(
        recording, [sys.executable, "-c", code, "--output", "Null", "--gap", str(gap),
                    "--settings", str(tmp_path / "s.ini")], child_env(pulse))
    assert status == 0, out + err
    names = [line for line in out.splitlines() if line.startswith("Playing: ")]
    assert names == ["Playing: warning (warning.wav)", "Playing: time is up (time_up.wav)",
                     "Playing: overrun reminder (overrun.wav)",
                     "Playing: point of order (point_of_order.wav)"]
    samples = recording.samples()
    starts = onsets(samples, RATE, threshold_dbfs=-50)
    assert len(starts) == len(CUE_NAMES), starts
    for name, start, following in zip(CUE_NAMES, starts, [*starts[1:], None], strict=True):
        length = sound_seconds(default_sound(name))
        window = samples[round(start * RATE) : round((start + length) * RATE)]
        assert dominant_frequency(window, RATE) == pytest.approx(
            cue_info(name).frequency, rel=PITCH_TOLERANCE), name
        if following is not None:
            assert following - start == pytest.approx(length + gap, abs=0.1), name
