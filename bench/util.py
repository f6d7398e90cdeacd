"""Measuring helpers: statistics, a subprocess worker call, peak memory, the headless environment."""

from __future__ import annotations

import contextlib
import json
import os
import resource
import shutil
import statistics
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
HEADLESS = {"SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy", "PYGAME_HIDE_SUPPORT_PROMPT": "1"}


def env(**extra: str) -> dict[str, str]:
    """The environment for a child: headless SDL, the repository importable, a private user folder."""
    out = {**os.environ, **HEADLESS, **extra}
    # as users meet it: an installed package has its bytecode compiled (pip does it), so children may write and
    # read __pycache__ even where the shell says not to (this machine sets PYTHONDONTWRITEBYTECODE=1, which
    # made every measured start compile the game's sources again: 0.17 s of a 0.5 s first frame)
    out.pop("PYTHONDONTWRITEBYTECODE", None)
    out["PYTHONPATH"] = os.pathsep.join(p for p in (str(ROOT), os.environ.get("PYTHONPATH", "")) if p)
    return out


def headless() -> None:
    os.environ.update(HEADLESS)


def median(values: list[float]) -> float:
    return statistics.median(values)


def p95(values: list[float]) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]


def mean(values: list[float]) -> float:
    return statistics.fmean(values)


def peak_rss_mb() -> float:
    """This process's peak resident memory (Linux reports kB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def current_rss_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    return float("nan")


def worker(task: str, timeout: float = 600, display: str | None = None, **args: Any) -> dict[str, Any]:
    """Run `bench.worker TASK` in a fresh process (a fresh heap, its own peak RSS); returns its JSON answer.
    With `display` (an X display, such as Xvfb's), the child draws into a real X11 window there."""
    home = args.get("home")
    extra = {"VN_HOME": str(home)} if home else {}
    if display:
        extra.update(SDL_VIDEODRIVER="x11", DISPLAY=display)
    done = subprocess.run([sys.executable, "-m", "bench.worker", task, json.dumps(args)], cwd=ROOT,
                          env=env(**extra), capture_output=True, text=True, timeout=timeout)
    lines = done.stdout.strip().splitlines()
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"bench worker '{task}' failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return json.loads(lines[-1])


@contextlib.contextmanager
def xvfb() -> Iterator[str | None]:
    """A virtual X display for the real-window figures (Debian's xvfb), or None where Xvfb is not installed.
    `-noreset`: by default Xvfb resets when its last client leaves, and a client connecting meanwhile fails."""
    if shutil.which("Xvfb") is None:
        yield None
        return
    number = next(n for n in range(90, 200) if not Path(f"/tmp/.X11-unix/X{n}").exists() and not Path(f"/tmp/.X{n}-lock").exists())
    server = subprocess.Popen(["Xvfb", f":{number}", "-screen", "0", "1600x900x24", "-nolisten", "tcp",
                               "-noreset"],
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{number}").exists():
                break
            time.sleep(0.05)
        yield f":{number}"
    finally:
        server.terminate()
        server.wait(timeout=10)


def cpu_ticks(stat: str) -> int:
    """utime + stime in clock ticks from the text of /proc/PID/stat (the command may hold spaces and ')')."""
    fields = stat.rsplit(")", 1)[1].split()
    return int(fields[11]) + int(fields[12])  # fields 14 and 15 of the whole line


def end(child: subprocess.Popen) -> None:  # type: ignore[type-arg]
    """End a child process: terminate, then kill if it has not gone within 10 s."""
    child.terminate()
    try:
        child.wait(timeout=10)
    except subprocess.TimeoutExpired:
        child.kill()
        child.wait()
