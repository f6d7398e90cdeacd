"""Whole-process figures, as users meet them: `python -m game replay`, `vn check`, the first drawn frame,
and `vn play` in a real X window (Xvfb, driven by xdotool) for peak memory and idle CPU.

Every figure is a new process with a private VN_HOME and SDL's dummy audio driver, timed or read from
outside (wall time from spawn to exit or to a printed time; VmHWM and CPU ticks from /proc/PID). Each sits
next to a floor timed in the same run, on the same machine: a bare `python -c` doing the least the figure
could do. Floor and figure runs are interleaved, and times are the best of several runs (other processes
on a shared machine only ever add time).
"""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

from bench import util
from bench.gen import write_story
from bench.report import Row, not_measured
from bench.util import cpu_ticks
from game.forked import cores

REPLAY_RUNS = 2  # the chapter replay takes tens of seconds; best of 2, interleaved with the floor
FIRST_FRAME_RUNS = 5
CHECK_RUNS = 3
CHECK_LINES = 100_000
SETTLE = 3.0  # seconds after the window shows and the process goes quiet, before reading anything
QUIET = 20.0  # % of a core: below this over half a second, a child has finished loading or a transition
IDLE_SECONDS = 20.0  # a player sits on a screen: 5 s windows read 0.6-1.6 % where 20 s read 0.65-0.75 %
TYPEWRITER = 5.0  # more seconds on a line: the first line types out at 40 characters a second in 3.3 s
FIRST_KEYS, FIRST_GAP = 12, 0.3  # title -> content note -> title card -> the first lines
CHAPTER_KEYS, CHAPTER_GAP = 400, 0.2
RSS_GOAL = 150.0

# The replay floor: one full 1280x720 frame per traced line, as plainly as pygame can compose it.
_COMPOSE = """\
import json, sys, textwrap
import pygame
pygame.init()
screen = pygame.display.set_mode((1280, 720))
picture = pygame.image.load(sys.argv[2]).convert()
strip = pygame.Surface((1180, 170), pygame.SRCALPHA)
strip.fill((20, 22, 30, 200))
font = pygame.font.Font(None, 34)
texts = [json.loads(line)["text"] or "" for line in open(sys.argv[1], encoding="utf-8") if line.strip()]
for text in texts:
    screen.blit(picture, (0, 0))
    screen.blit(strip, (50, 520))
    for row, part in enumerate(textwrap.wrap(text, 80) or [""]):
        screen.blit(font.render(part, True, (235, 235, 235)), (80, 545 + 34 * row))
    pygame.display.flip()
print(len(texts), flush=True)
"""
_FIRST_FRAME = """\
import time
from game.replay.pilot import Pilot
pilot = Pilot()
print(time.monotonic(), pilot.view.screen, flush=True)
"""
_WINDOW_FRAME = """\
import time
import pygame
pygame.init()
screen = pygame.display.set_mode((1280, 720))
screen.fill((30, 30, 40))
pygame.display.flip()
print(time.monotonic(), flush=True)
"""
# The window floor for memory and idle CPU: a bare window, its event loop asleep between polls.
_WINDOW_IDLE = """\
import pygame
pygame.init()
screen = pygame.display.set_mode((1280, 720))
screen.fill((30, 30, 40))
pygame.display.flip()
print("READY", flush=True)
while not any(event.type == pygame.QUIT for event in pygame.event.get()):  # SDL turns SIGTERM into QUIT
    pygame.time.wait(100)
"""
_YAML = """\
import sys
from pathlib import Path
import yaml
for path in sorted(Path(sys.argv[1]).glob("*.yaml")):
    yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
"""


def vm_hwm_mb(status: str) -> float:
    """The peak resident size (VmHWM) in MB from the text of /proc/PID/status."""
    for line in status.splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise ValueError("no VmHWM line")




def _env(home: Path, display: str | None = None, **more: str) -> dict[str, str]:
    extra = {"VN_HOME": str(home), "SDL_AUDIODRIVER": "dummy", **more}
    if display:
        extra.update(SDL_VIDEODRIVER="x11", DISPLAY=display, SDL_FRAMEBUFFER_ACCELERATION="0")
    return util.env(**extra)


CPU: list[float] = [0.0]  # the CPU seconds (user + system) of the last `_run`'s process and all it started


def _run(args: list[str], home: Path, display: str | None = None, timeout: float = 600,
         codes: tuple[int, ...] = (0,), **env: str) -> tuple[float, str, str]:
    """Wall seconds of a whole child process, its standard output and error; fails on another exit code. Its CPU
    seconds, with those of the processes it started and waited for (a split replay's two), go in CPU[0]."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    t0 = time.monotonic()
    done = subprocess.run(args, check=False, env=_env(home, display, **env), cwd=util.ROOT, capture_output=True,
                          text=True, timeout=timeout)
    seconds = time.monotonic() - t0
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    CPU[0] = after.ru_utime + after.ru_stime - before.ru_utime - before.ru_stime
    if done.returncode not in codes:
        raise RuntimeError(f"{' '.join(args[1:4])} exited {done.returncode}: {done.stderr.strip()[-800:]}")
    return seconds, done.stdout, done.stderr


@contextlib.contextmanager
def _spawned(args: list[str], home: Path, display: str | None) -> Iterator[subprocess.Popen[str]]:
    """A child process that is ended (terminate, then kill) however the block is left."""
    child = subprocess.Popen(args, env=_env(home, display), cwd=util.ROOT, stdout=subprocess.PIPE,
                             stderr=subprocess.DEVNULL, text=True)
    try:
        yield child
    finally:
        util.end(child)


def _proc(pid: int, name: str) -> str:
    return Path(f"/proc/{pid}/{name}").read_text()


def _cpu_percent(pid: int, seconds: float = IDLE_SECONDS) -> float:
    """% of one core the process uses over `seconds`, from its utime + stime."""
    ticks0, t0 = cpu_ticks(_proc(pid, "stat")), time.monotonic()
    time.sleep(seconds)
    ticks1, t1 = cpu_ticks(_proc(pid, "stat")), time.monotonic()
    return 100 * (ticks1 - ticks0) / os.sysconf("SC_CLK_TCK") / (t1 - t0)


def _xdotool(display: str, *args: str) -> str:
    done = subprocess.run(["xdotool", *args], check=False, env={**os.environ, "DISPLAY": display},
                          capture_output=True, text=True, timeout=60)
    if done.returncode != 0:
        raise RuntimeError(f"xdotool {' '.join(args)} failed: {done.stderr.strip()[-300:]}")
    return done.stdout


def _home(tmp: Path) -> Path:
    return Path(tempfile.mkdtemp(prefix="home-", dir=tmp))


# -- the replay ------------------------------------------------------------------------------------
def replay(tmp: Path, log: Callable[[str], None]) -> tuple[list[Row], list[str]]:
    """`python -m game replay` of the chapter against the composing floor (best of REPLAY_RUNS each,
    interleaved), then one replay with --shots; returns the rows and the traced line ids."""
    trace = tmp / "trace.jsonl"
    picture = min((util.ROOT / "assets" / "events").glob("*.png"))
    runs: list[float] = []
    floor_runs: list[float] = []
    cpu: list[float] = []
    for n in range(REPLAY_RUNS):
        log(f"  processes: vn replay, run {n + 1} of {REPLAY_RUNS}")
        extra = ["--trace", str(trace)] if n == 0 else []
        runs.append(_run([sys.executable, "-m", "game", "replay", *extra], _home(tmp))[0])
        cpu.append(CPU[0])
        seconds, out, _ = _run([sys.executable, "-c", _COMPOSE, str(trace), str(picture)], _home(tmp))
        floor_runs.append(seconds)
    traced = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines() if line.strip()]
    value, floor = min(runs), min(floor_runs)
    log("  processes: vn replay in one process")
    serial = _run([sys.executable, "-m", "game", "replay"], _home(tmp), VN_REPLAY_SERIAL="1")[0]
    serial_cpu = CPU[0]
    rows = [Row("vn replay, whole chapter, no screenshots (process)", f"{value:.2f} s ({len(traced)} lines)",
                f"compose {out.strip()} frames {floor:.2f} s", value / floor, "≤ 3× floor", value <= 3 * floor,
                f"best of {REPLAY_RUNS} ({min(cpu):.1f} s CPU in its processes; split in two where it has two cores: "
                f"{cores()} here); floor: python -c, one blit of {picture.name}, a SRCALPHA strip and "
                "pygame.font text per traced line (dummy driver); run 1 also wrote the --trace",
                {"runs": runs, "floor_runs": floor_runs, "cpu": cpu, "cores": cores()}),
            Row("vn replay in one process (VN_REPLAY_SERIAL=1), whole chapter (process)", f"{serial:.2f} s",
                f"compose {floor:.2f} s", serial / floor, "report", None,
                f"one run, {serial_cpu:.1f} s CPU: the work the split shares out", {"seconds": serial, "cpu": serial_cpu})]
    log("  processes: vn replay --shots")
    shots = tmp / "shots"
    seconds = _run([sys.executable, "-m", "game", "replay", "--shots", str(shots)], _home(tmp))[0]
    pngs = len(list(shots.rglob("*.png")))
    rows.append(Row("vn replay --shots, whole chapter (process)", f"{seconds:.2f} s, {pngs} PNGs",
                    f"without shots {value:.2f} s", seconds / value, "≤ 10 s", seconds <= 10, "one run",
                    {"seconds": seconds, "pngs": pngs}))
    return rows, [t["line"] for t in traced]


# -- the first frame -------------------------------------------------------------------------------
def _until_print(code: str, home: Path, display: str | None) -> tuple[float, list[str]]:
    t0 = time.monotonic()
    out = _run([sys.executable, "-c", code], home, display, timeout=120)[1]
    words = out.strip().splitlines()[-1].split()
    return float(words[0]) - t0, words[1:]


def first_frame(tmp: Path, display: str | None) -> list[Row]:
    """Spawn to the printed time after `Pilot()` (check, build, title drawn) against a bare window's flip."""
    runs, floor_runs, extra = [], [], []
    home = _home(tmp)  # one user folder, as a tester's: the first run compiles the story into its cache
    cold = _until_print(_FIRST_FRAME, home, display)[0]
    for _ in range(FIRST_FRAME_RUNS):
        floor_runs.append(_until_print(_WINDOW_FRAME, _home(tmp), display)[0])
        seconds, extra = _until_print(_FIRST_FRAME, home, display)
        runs.append(seconds)
    value, floor = min(runs), min(floor_runs)
    where = f"SDL x11 on Xvfb {display}" if display else "dummy video driver: no Xvfb here"
    return [Row("first drawn frame, Pilot() (process)", f"{value:.3f} s", f"window + flip {floor:.3f} s",
                value / floor, "≤ 2× floor", value <= 2 * floor,
                f"best of {FIRST_FRAME_RUNS}, the compiled story in the user cache; the very first start (no cache) "
                f"{cold:.3f} s ({cold / floor:.2f}x); {where}; screen={extra[0] if extra else '?'} "
                "(Pilot draws into a headless surface)", {"runs": runs, "floor_runs": floor_runs, "cold": cold})]


# -- vn play in a real window ------------------------------------------------------------------------
def _quiet(pid: int, limit: float = 60.0) -> float:
    """Wait until the process uses under QUIET % of a core over half a second (it has loaded and drawn
    what it was showing); returns the seconds waited."""
    t0 = time.monotonic()
    while time.monotonic() - t0 < limit and _cpu_percent(pid, 0.5) >= QUIET:
        pass
    return time.monotonic() - t0


def _ready(display: str, pid: int) -> None:
    """Wait for the child's window on the display, then for the child to go quiet, then SETTLE seconds."""
    _xdotool(display, "search", "--sync", "--pid", str(pid))
    _quiet(pid)
    time.sleep(SETTLE)


def _floor_window(tmp: Path, display: str) -> dict[str, float]:
    with _spawned([sys.executable, "-c", _WINDOW_IDLE], _home(tmp), display) as child:
        if not (child.stdout and child.stdout.readline().startswith("READY")):
            raise RuntimeError("the bare window did not open")
        time.sleep(SETTLE)
        cpu = _cpu_percent(child.pid)
        return {"cpu": cpu, "rss": vm_hwm_mb(_proc(child.pid, "status"))}


def _press(display: str, keys: int, gap: float, stop: Callable[[], bool] = lambda: False) -> int:
    for n in range(keys):
        if stop():
            return n
        _xdotool(display, "key", "Return")
        time.sleep(gap)
    return keys


def _played_to(home: Path, line: str) -> Callable[[], bool]:
    """True once `line` is in the game's record of seen lines (persistent.json, which `vn play` writes
    at each new scene and when it shows the end card)."""
    def reached() -> bool:
        try:
            return line in json.loads((home / "persistent.json").read_text(encoding="utf-8"))["seen"]
        except (OSError, ValueError, KeyError):
            return False
    return reached


def play(tmp: Path, display: str, last_line: str | None, log: Callable[[str], None]) -> list[Row]:
    """`vn play` under Xvfb: idle CPU on the title and on a line, peak RSS after the first lines and over
    the chapter, against a bare window (its idle CPU and its VmHWM)."""
    game = [sys.executable, "-m", "game", "play"]
    log("  processes: bare window (floor)")
    floor = _floor_window(tmp, display)
    got: dict[str, Any] = {"floor": floor}
    log("  processes: vn play idle on the title and on a line")
    with _spawned(game, _home(tmp), display) as child:
        _ready(display, child.pid)
        got["cpu_title"] = _cpu_percent(child.pid)
        _press(display, 4, 0.5)  # focus Start, content note, title card, the first line
        _quiet(child.pid)
        time.sleep(SETTLE + TYPEWRITER)
        got["cpu_line"] = _cpu_percent(child.pid)
    log(f"  processes: vn play, {FIRST_KEYS} keys")
    with _spawned(game, _home(tmp), display) as child:
        _ready(display, child.pid)
        _press(display, FIRST_KEYS, FIRST_GAP)
        time.sleep(1.0)
        got["rss_first"] = vm_hwm_mb(_proc(child.pid, "status"))
    log(f"  processes: vn play, the chapter ({CHAPTER_KEYS} keys at most)")
    home = _home(tmp)
    with _spawned(game, home, display) as child:
        _ready(display, child.pid)
        stop = _played_to(home, last_line) if last_line else (lambda: False)
        got["keys"] = _press(display, CHAPTER_KEYS, CHAPTER_GAP, stop)
        got["ended"] = stop()
        time.sleep(1.0)
        got["rss_chapter"] = vm_hwm_mb(_proc(child.pid, "status"))
    return play_rows(got)


def play_rows(got: dict[str, Any]) -> list[Row]:
    """The rows of `play`'s readings."""
    floor = got["floor"]
    tick = 100 / os.sysconf("SC_CLK_TCK") / IDLE_SECONDS
    rows = []
    for key, where in (("cpu_title", "on the title"), ("cpu_line", "on a shown line")):
        value = got[key]
        rows.append(Row(f"idle CPU, vn play {where} (Xvfb)", f"{value:.2f} % of a core",
                        f"bare window {floor['cpu']:.2f} %", None, "< 1 %", value < 1,
                        f"{IDLE_SECONDS:.0f} s, after loading and {SETTLE + (TYPEWRITER if key == 'cpu_line' else 0):.0f} s more; "
                        f"resolution {tick:.1f} %; vn play's loop wakes every 0.5 s for live reload"))
    ended = "reached the last line" if got["ended"] else "did not reach the last line"
    for key, label, note in (
            ("rss_first", "after the title and the first lines", f"{FIRST_KEYS} keys at {FIRST_GAP} s"),
            ("rss_chapter", "over the chapter", f"{got['keys']} keys at {CHAPTER_GAP} s, {ended}")):
        value = got[key]
        rows.append(Row(f"peak RSS, vn play {label} (Xvfb)", f"{value:.0f} MB", f"bare window {floor['rss']:.0f} MB",
                        value / floor["rss"], f"≤ {RSS_GOAL:.0f} MB", value <= RSS_GOAL,
                        f"VmHWM before the end; xdotool key Return, {note}", {key: value, "floor": floor["rss"]}))
    return rows


# -- vn check ----------------------------------------------------------------------------------------
def check(tmp: Path, log: Callable[[str], None]) -> list[Row]:
    """`python -m game check` of a generated story, cold (a new process, an empty VN_HOME) against a bare
    CSafeLoader pass over the same files (best of CHECK_RUNS each, interleaved)."""
    folder = write_story(tmp / f"story-{CHECK_LINES}", CHECK_LINES)
    runs, floor_runs = [], []
    for n in range(CHECK_RUNS):
        log(f"  processes: vn check {CHECK_LINES:,} lines, run {n + 1} of {CHECK_RUNS}")
        floor_runs.append(_run([sys.executable, "-c", _YAML, str(folder)], _home(tmp))[0])
        seconds, listed, said = _run([sys.executable, "-m", "game", "check", str(folder)], _home(tmp), codes=(0, 1))
        runs.append(seconds)
    scripted = _run([sys.executable, "-m", "game", "check", "--no-assets", str(folder)], _home(tmp), codes=(0, 1))[0]
    value, floor = min(runs), min(floor_runs)
    summary = said.strip().splitlines()[-1] if said.strip() else "ok"
    kinds = sorted({word.rstrip(":") for line in listed.splitlines() for word in line.split() if word.startswith("VN")})
    errors = (f"; exit 1, {summary.split(' (')[0]} ({', '.join(kinds)}): the generated script against the "
              "bundled assets") if "error" in summary else ""
    cut = next((line.split("VN105: ", 1)[1] for line in listed.splitlines() if "VN105: " in line), "")
    if "not read" in cut:  # the loader's size limit: the check did less than the floor, which parses every file
        errors += f"; NOT the whole story, so the ratio flatters it: {cut.split(' (')[0]}"
    return [Row(f"vn check {CHECK_LINES // 1000}k lines, cold (process)", f"{value:.2f} s",
                f"python + yaml.load {floor:.2f} s", value / floor, "≤ 1.5× floor", value <= 1.5 * floor,
                f"best of {CHECK_RUNS}; bench/gen.py's story with the bundled assets{errors}; includes writing the "
                f"compiled story and the check's result to the empty user cache folder; `vn check --no-assets` "
                f"(no asset or text-fit checks) {scripted:.2f} s, one run",
                {"runs": runs, "floor_runs": floor_runs, "no_assets": scripted})]


def check_warm(tmp: Path, log: Callable[[str], None]) -> list[Row]:
    """`vn check` of the same generated story a second time, unchanged, with the assets check on (what a writer
    runs): its result is kept in the user's cache folder. Against the bare CSafeLoader pass (best of CHECK_RUNS
    each, interleaved); the first run in that user folder, which writes the cache, for context."""
    folder = write_story(tmp / f"story-{CHECK_LINES}", CHECK_LINES)
    home = _home(tmp)
    command = [sys.executable, "-m", "game", "check", str(folder)]
    log(f"  processes: vn check {CHECK_LINES:,} lines, first run then warm")
    first = _run(command, home, codes=(0, 1))[0]  # writes the compiled story and the check's result
    entries = sorted(p.name.split("-")[0] for p in (home / "cache").glob("*.json"))
    runs, floor_runs = [], []
    for _ in range(CHECK_RUNS):
        floor_runs.append(_run([sys.executable, "-c", _YAML, str(folder)], _home(tmp))[0])
        runs.append(_run(command, home, codes=(0, 1))[0])
    value, floor = min(runs), min(floor_runs)
    return [Row(f"vn check {CHECK_LINES // 1000}k lines, warm (process, unchanged story)", f"{value:.2f} s",
                f"python + yaml.load {floor:.2f} s", value / floor, "≤ 0.2× floor", value <= 0.2 * floor,
                f"best of {CHECK_RUNS}; assets and text fit on; cache entries in VN_HOME/cache: {', '.join(entries)} "
                f"(the check's kept result is printed; nothing is parsed, compiled or measured); the first run in that "
                f"user folder {first:.2f} s ({first / floor:.2f}x); the whole process includes python and imports",
                {"runs": runs, "floor_runs": floor_runs, "first": first})]


def measure_check(tmp: Path, log: Callable[[str], None] = print) -> list[Row]:
    """The two `vn check` figures alone (`python -m bench --only check`)."""
    rows: list[Row] = []
    for figure, goal, run in ((f"vn check {CHECK_LINES // 1000}k lines, cold (process)", "≤ 1.5× floor", check),
                              (f"vn check {CHECK_LINES // 1000}k lines, warm (process, unchanged story)", "≤ 0.2× floor",
                               check_warm)):
        try:
            rows.extend(run(tmp, log))
        except Exception as exc:  # noqa: BLE001 - one broken figure must not hide the other
            why = str(exc).strip().splitlines()[-1][:200] if str(exc).strip() else type(exc).__name__
            rows.append(not_measured(figure, goal, f"the measurement failed: {why}"))
    return rows


# -- the section -------------------------------------------------------------------------------------
PLAY_FIGURES = (("idle CPU, vn play on the title (Xvfb)", "< 1 %"), ("idle CPU, vn play on a shown line (Xvfb)", "< 1 %"),
                ("peak RSS, vn play after the title and the first lines (Xvfb)", "≤ 150 MB"),
                ("peak RSS, vn play over the chapter (Xvfb)", "≤ 150 MB"))


def measure(tmp: Path, log: Callable[[str], None] = print) -> list[Row]:
    """Every whole-process figure; a figure whose measurement fails, or cannot be made here, says why."""
    rows: list[Row] = []
    lines: list[str] = []

    def attempt(figures: tuple[tuple[str, str], ...], run: Callable[[], list[Row]]) -> None:
        try:
            rows.extend(run())
        except Exception as exc:  # noqa: BLE001 - one broken figure must not hide the others
            why = str(exc).strip().splitlines()[-1][:200] if str(exc).strip() else type(exc).__name__
            rows.extend(not_measured(f, g, f"the measurement failed: {why}") for f, g in figures)

    def run_replay() -> list[Row]:
        got, traced = replay(tmp, log)
        lines.extend(traced)
        return got

    attempt((("vn replay, whole chapter, no screenshots (process)", "≤ 3× floor"),
             ("vn replay --shots, whole chapter (process)", "≤ 10 s")), run_replay)
    no_proc = not Path("/proc/self/status").exists()
    missing = [tool for tool in ("Xvfb", "xdotool") if shutil.which(tool) is None]
    with util.xvfb() as display:
        log("  processes: first drawn frame")
        attempt((("first drawn frame, Pilot() (process)", "≤ 2× floor"),), lambda: first_frame(tmp, display))
        if no_proc or missing or display is None:
            why = "needs /proc (Linux)" if no_proc else f"needs {' and '.join(missing or ['Xvfb'])} (apt: xvfb, xdotool)"
            rows.extend(not_measured(f, g, why) for f, g in PLAY_FIGURES)
        else:
            attempt(PLAY_FIGURES, lambda: play(tmp, display, lines[-1] if lines else None, log))
    rows.extend(measure_check(tmp, log))
    return rows
