"""`vn replay` of a long, straight run of lines in two forked processes, side by side (for the replay only).

A replay is instant: no transition, typewriter, camera move or gesture is played, so each line's frame is drawn
from its own beat, never from the frames before it. A run of lines can then be cut at the start of a scene and its
two parts played at once, each by its own App in a forked process (`game.forked`), wherever a new game that jumps to
that scene is in the state the run reaches it in: no menu on the way (what follows one is the chooser's) and no
flag set before the cut. The plan walks the story (`Runner`, no pictures) to find the cut nearest the middle.

Each part writes its screenshots (numbered as in the whole run) and its scenes' contact sheets itself; its trace rows
and its warnings go to files this process reads back, in order, into the trace (as they come: the first part's while
it plays) and onto stderr (a warning both parts gave, once, as one process logs it). Each part says which lines it showed: any difference from the plan, an error,
or a failed part means the serial replay, with what the parts wrote taken away first. Stopped by a signal, the rows
written so far are kept.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TextIO

from game.check import CheckResult
from game.forked import Workers, can_fork, cores
from game.story.runner import JumpError, Runner, Status

WORKERS = 2
GRACE = 5.0  # seconds a stopped part has to finish writing its pending screenshots before it is killed
MIN_LINES = 120  # a shorter run is not cut: each part starts its own App (about 0.2 s) and the cut lands on a scene
SERIAL_ENV = "VN_REPLAY_SERIAL"  # set (to anything but "" or "0"): never split (to compare, or on a busy machine)


@dataclass(frozen=True)
class Part:
    """A part of the run: where it starts (a scene, or a line of it), the line it ends on, how many lines come before
    it (its screenshots' numbering), and the ids of the lines it is to show. With `lead_in`, `start` is the line
    before the part (the last of the scene before), shown first and not played: the part's first line then has a
    line to go back to, as in the whole run (the quick menu's Back is offered)."""
    scene: str
    start: str | None
    stop: str | None
    first: int
    lines: tuple[str, ...]
    lead_in: bool = False


@dataclass
class Played:
    """What a part sends back: the lines it showed, its frame times, what it wrote, and an error (None: none)."""
    shown: list[str]
    scenes: list[str]
    frame_ms: list[float]
    written: list[str]
    error: str | None = None


def plan(result: CheckResult, scene: str, start: str | None, stop: str | None) -> list[Part] | None:
    """The run from `scene` (at line `start`) to `stop` (or the end) in WORKERS parts, or None when it is not cut:
    a platform without fork, a single core, a short run, a menu on the way, or no clean scene start near its middle."""
    if os.environ.get(SERIAL_ENV, "") not in ("", "0") or not can_fork() or cores() < WORKERS:
        return None
    story, program = result.story, result.program
    if story is None or program is None:
        return None
    runner = Runner(story, program=program)
    try:
        beat = runner.jump(scene, start)
    except JumpError:
        return None
    beats, flagged = [], []  # each line, and whether a flag is set once it is shown
    limit = 20 * len(program.beats) + 1000  # as the serial replay: a story that loops is not cut
    while beat is not None:
        beats.append(beat)
        flagged.append(bool(runner.flags))
        if (stop and beat.line.id == stop) or len(beats) > limit:
            break
        beat = runner.advance()
    if runner.status is Status.CHOOSING or len(beats) > limit or len(beats) < MIN_LINES:
        return None
    n = len(beats)
    clean = next((i for i, f in enumerate(flagged) if f), n)  # a jump to the line before the cut keeps no flags
    cuts = [i for i in range(1, min(n, clean + 1)) if beats[i].scene_start and beats[i].line.scene != beats[i - 1].line.scene]
    if not cuts:
        return None
    cut = min(cuts, key=lambda i: abs(n - 2 * i))
    if min(cut, n - cut) < n // 4:
        return None
    ids = tuple(b.line.id for b in beats)
    lead = beats[cut - 1].line
    return [Part(scene, start, ids[cut - 1], 0, ids[:cut]), Part(lead.scene, lead.id, stop, cut, ids[cut:], True)]


def run(parts: list[Part], play: Callable[[Part, TextIO], Played], keep: Callable[[str], None],
        interrupts: tuple[type[BaseException], ...], live: bool = True) -> list[Played] | None:
    """Play each part in a forked process (`play(part, trace)` writes its rows to `trace`); hand every row to `keep`
    in order and print the parts' warnings. With `live`, rows are kept as they come (the first part's as it plays
    them, the next part's once the one before is done), as one process writes them: the caller can take them back
    (its trace is a file it can empty). None when the parts did not play as planned: what they wrote is taken away,
    and the caller starts again. On an interruption the rows written so far are kept, and it goes on up."""
    with tempfile.TemporaryDirectory(prefix="vn-replay-") as folder:
        files = [(Path(folder) / f"trace-{n}.jsonl", Path(folder) / f"stderr-{n}.txt") for n in range(len(parts))]
        rows = _Rows([trace for trace, _stderr in files], [len(part.lines) for part in parts], keep)
        workers = Workers(interrupts=interrupts)
        try:
            sent = workers.run([_job(part, play, *paths) for part, paths in zip(parts, files)],
                               rows.stream if live else None)
        except interrupts:
            workers.end(GRACE)  # each part stops where it is, its pending screenshots written (its rows name them)
            rows.rest()
            raise
        finally:
            workers.end()
        played = [messages[0] for messages in sent] if sent and all(len(m) == 1 for m in sent) else None
        if played is None or any(not isinstance(p, Played) or p.error or tuple(p.shown) != part.lines
                                 for p, part in zip(played, parts)):
            _take_away(played or [])
            return None
        rows.rest()
        _print_warnings([stderr for _trace, stderr in files])
        return played  # type: ignore[return-value]


class _Rows:
    """The parts' trace rows, handed on in order: `stream` (while they play) keeps each whole row of the part whose
    turn it is, and that part's turn ends when it has written as many rows as it has lines; `rest` keeps every whole
    row not kept yet, part by part (at the end, or at a stop: the rows before the stop, with a gap where the first
    part had not got to)."""

    def __init__(self, files: list[Path], counts: list[int], keep: Callable[[str], None]) -> None:
        self.files, self.counts, self.keep = files, counts, keep
        self.part, self.done = 0, [0] * len(files)  # whose turn it is; how many rows of each were kept
        self.offsets = [0] * len(files)

    def stream(self) -> None:
        while self.part < len(self.files):
            self._take(self.part)
            if self.done[self.part] < self.counts[self.part]:
                return
            self.part += 1

    def rest(self) -> None:
        for part in range(len(self.files)):
            self._take(part)

    def _take(self, part: int) -> None:
        """Keep the part's new whole rows; no signal handler runs meanwhile (a stop then would lose or repeat one)."""
        mask = signal.pthread_sigmask(signal.SIG_BLOCK, signal.valid_signals())
        try:
            self._read(part)
        finally:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)

    def _read(self, part: int) -> None:
        with contextlib.suppress(OSError):
            with open(self.files[part], "rb") as rows:
                rows.seek(self.offsets[part])
                data = rows.read()
            whole = data[:data.rfind(b"\n") + 1]  # a row being written is left for later
            self.offsets[part] += len(whole)
            for row in whole.decode("utf-8").splitlines(keepends=True):
                self.done[part] += 1
                self.keep(row)


class _Stopped(BaseException):
    """A part was asked to stop (SIGTERM from this process, or Ctrl-C): it ends as a stopped replay does, writing
    the screenshots it has begun."""


def _stop_once(signum: int, _frame: object) -> None:
    signal.signal(signal.SIGTERM, signal.SIG_IGN)  # a second signal does not cut short the writing of the first
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise _Stopped(signum)


def _job(part: Part, play: Callable[[Part, TextIO], Played], trace: Path, stderr: Path) -> Callable[[], Iterator[object]]:
    def work() -> Iterator[object]:
        signal.signal(signal.SIGTERM, _stop_once)
        signal.signal(signal.SIGINT, _stop_once)
        with open(stderr, "w", encoding="utf-8") as errors:
            os.dup2(errors.fileno(), 2)  # this part's warnings, printed by the parent once both are done
        with open(trace, "w", encoding="utf-8", buffering=1) as rows:  # line-buffered: a stop keeps whole rows
            played = play(part, rows)
        sys.stderr.flush()
        yield played

    return work


def _print_warnings(files: list[Path]) -> None:
    """Each part's warnings as it gave them, but none an earlier part gave (one process logs each warning once)."""
    printed: set[str] = set()
    for path in files:
        with contextlib.suppress(OSError):
            lines = path.read_text(encoding="utf-8", errors="replace").splitlines(keepends=True)
            sys.stderr.writelines(line for line in lines if line not in printed)
            printed.update(lines)
    sys.stderr.flush()


def _take_away(played: list[Any]) -> None:
    """Remove the screenshots and sheets the parts said they wrote (the serial replay writes them again). When a part
    failed, no part's word comes back: what they wrote has the names the serial replay gives the same lines."""
    for path in (p for got in played if isinstance(got, Played) for p in got.written):
        with contextlib.suppress(OSError):
            os.remove(path)
