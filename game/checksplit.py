"""`vn check` of a large story split over two forked processes, for the check command only.

Each worker converts, compiles and checks a run of the chapter files (about half the story's bytes) and hands
back only diagnostics and small facts: each chapter's record (its problems, and each scene's id, location, step
count, repeated line ids and flow facts), the compile warnings, the asset facts (first uses of illustrations,
sounds, looks and stage points), the text-fit warnings and, for the compiled story's cache entry, its scenes'
columns as JSON text. This process then goes through the header and the chapters as a load in one process does,
taking each chapter from its record (`game.story.loader.replay_split`): scene ids, the story's bounds, the jumps,
flags and the assets' first uses are checked across the files here, in story order. Pickling the loaded story
itself would cost more than loading it (1.2 s for the 15 MB of a 100,000-line story).

The result is the serial check's (`game.check.check_story`): the same diagnostics in the same order, the same
counts and files, the same cache entry. Whatever could make it differ falls back to the serial check before
anything is printed or written: a small story (MIN_BYTES), a platform without fork (or a process with threads),
a header that holds scenes or has problems of its own, enough problems that the load could have stopped
counting them, a scene id used twice or a bound reached (a worker's scenes would not all be in the story), and
any failure of a worker.
"""

from __future__ import annotations

import contextlib
import os
import pickle
import selectors
import signal
import sys
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.assets import AssetCheck, Catalogue, SceneAssets
from game.story import cache
from game.story.diagnostics import Diagnostic, has_errors
from game.story.loader import (
    ChapterRecord,
    NotSplit,
    SplitPlan,
    convert_chapter,
    plan_split,
    replay_split,
)
from game.story.model import Story
from game.story.program import compile_story

WORKERS = 2  # the check's machine has at least two cores in mind; never more processes than this
MIN_BYTES = 1_000_000  # of chapter files (about 10,000 lines): below this the serial check takes well under a second


@dataclass(frozen=True)
class CheckSummary:
    """What the check command prints and keeps: whether the story is playable, its scene and line counts (0 when
    not), every diagnostic (sorted and capped) and the story files the load read."""

    ok: bool
    scenes: int
    lines: int
    diagnostics: list[Diagnostic]
    files: tuple[str, ...]


@dataclass
class _Part:
    """What one worker hands back for its run of chapter files."""

    records: dict[tuple[Path, str], ChapterRecord]
    scenes: int  # the scenes it converted (with an id): all of them must be in the story
    warnings: list[Diagnostic]  # compile_story's
    assets: SceneAssets | None
    fit: list[Diagnostic]
    encoded: dict[str, Any] | None  # cache.scene_parts of its scenes, when they can go in the cache entry


def can_fork() -> bool:
    """Fork where it is the usual way to start a process (Linux), and only from a process of one thread."""
    if not (hasattr(os, "fork") and sys.platform.startswith("linux")):
        return False
    threading = sys.modules.get("threading")
    return threading is None or threading.active_count() == 1


def split_check(script: Path, assets: Path, with_assets: bool, with_fit: bool, cache_dir: Path | None,
                sort: Callable[[list[Diagnostic]], list[Diagnostic]]) -> CheckSummary | None:
    """The check of `script` split over WORKERS processes, or None when it is not split (check it serially).
    `sort` orders and caps the diagnostics as the serial check does. Writes the compiled story's cache entry
    (into `cache_dir`, when given) as the serial load would."""
    if not can_fork():
        return None
    plan = plan_split(script)
    if plan is None or len(plan.chapters) < WORKERS:
        return None
    try:
        sizes = [path.stat().st_size for path, _shown in plan.chapters]
    except OSError:
        return None
    if sum(sizes) < MIN_BYTES:
        return None
    catalogue = Catalogue(assets) if with_assets else None
    check = AssetCheck(plan.cast, plan.places, catalogue) if catalogue is not None else None  # read once, before the fork
    files = [plan.shown, *(shown for _path, shown in plan.chapters)]  # as the load lists them when it reads them all
    jobs = [_job(run, plan, catalogue, check, with_fit, files if cache_dir is not None else None)
            for run in _runs(plan.chapters, sizes, WORKERS)]
    workers = _Workers()
    try:
        parts = workers.run(jobs)
        if parts is None:
            return None
        return _merge(plan, parts, check, cache_dir, files, sort)
    finally:
        workers.end()


def _merge(plan: SplitPlan, parts: list[_Part], check: AssetCheck | None, cache_dir: Path | None, files: list[str],
           sort: Callable[[list[Diagnostic]], list[Diagnostic]]) -> CheckSummary | None:
    """The check's result from the workers' parts: the load gone through again with their records, the cache entry
    written, the compile, asset and text-fit diagnostics in the serial check's order; None if it cannot be."""
    records = {key: record for part in parts for key, record in part.records.items()}
    try:
        load = replay_split(plan, records)
    except NotSplit:
        return None
    if len(load.taken) != len(records) or len(load.scenes) != sum(part.scenes for part in parts):
        return None  # a chapter not read or a scene left out: the workers' compile and checks are not the story's
    diagnostics = list(load.diagnostics)
    if cache_dir is not None and not has_errors(diagnostics) and load.files == files and all(p.encoded for p in parts):
        head = cache.encode_story(Story(load.texts["title"], load.texts["subtitle"], load.texts["content_note"],
                                        load.texts["credits"], load.texts["end_card"], load.cast, load.places, (),
                                        files=tuple(files)))
        try:
            cache.write_parts(cache.entry_path(cache_dir, plan.header), head, [p.encoded for p in parts],  # type: ignore[misc]
                              load.diagnostics)
        except (OSError, ValueError):
            pass  # an unwritable cache folder only means no cache
    for part in parts:
        diagnostics += part.warnings
    if check is not None:
        diagnostics += check.report([part.assets for part in parts])  # type: ignore[misc]
    for part in parts:
        diagnostics += part.fit
    diagnostics = sort(diagnostics)
    ok = not has_errors(diagnostics)
    return CheckSummary(ok, len(load.scenes) if ok else 0, sum(s.lines for s in load.scenes) if ok else 0,
                        diagnostics, tuple(load.files))


def _runs(chapters: list[tuple[Path, str]], sizes: list[int], n: int) -> list[list[tuple[Path, str]]]:
    """The chapters in `n` runs in order, each of about a share of the bytes (none empty)."""
    total, runs, done = sum(sizes), [], 0
    start = 0
    for i in range(n - 1):
        end = start + 1
        done += sizes[start]
        while end < len(chapters) - (n - 1 - i) and done + sizes[end] / 2 <= total * (i + 1) / n:
            done += sizes[end]
            end += 1
        runs.append(chapters[start:end])
        start = end
    runs.append(chapters[start:])
    return runs


def _job(run: list[tuple[Path, str]], plan: SplitPlan, catalogue: Catalogue | None, check: AssetCheck | None,
         with_fit: bool, files: list[str] | None) -> Callable[[], _Part]:
    def work() -> _Part:
        records: dict[tuple[Path, str], ChapterRecord] = {}
        scenes = []
        for path, shown in run:
            records[(path, shown)], converted = convert_chapter(path, shown, plan.cast, plan.places)
            scenes += converted
        story = Story("", "", "", "", "", plan.cast, plan.places, tuple(scenes), files=tuple(files or ()))
        program, warnings = compile_story(story, catalogue.looks if catalogue is not None else None)
        facts = check.scenes(scenes, program.beats) if check is not None else None
        fit: list[Diagnostic] = []
        if with_fit:
            from game.textfit import FitCheck

            lines = [beat.line for beat in program.beats]  # every scene's lines, options' included, in order
            fit = FitCheck(lines).check(lines)
        encoded = None
        if files is not None:
            whole = cache.encode_story(story)
            encoded = cache.scene_parts(whole) if whole["files"] == files else None
        return _Part(records, len(scenes), warnings, facts, fit, encoded)

    return work


class _Workers:
    """Forked children, each running a job and sending its result back pickled through a pipe (this process's own
    children: trusted). `run` gives the results once every child has sent its own (a child that has sent its result
    is left to exit meanwhile: letting go of its memory takes a while); `end` waits for every child, killing those
    still at work (this process was interrupted, or a child failed)."""

    def __init__(self) -> None:
        self.pids: list[int] = []
        self.fds: list[int] = []

    def run(self, jobs: list[Callable[[], _Part]]) -> list[_Part] | None:
        try:
            for job in jobs:
                read, write = os.pipe()
                with contextlib.suppress(OSError, ImportError):  # a larger pipe: fewer switches between the processes
                    import fcntl  # Linux: can_fork

                    fcntl.fcntl(write, getattr(fcntl, "F_SETPIPE_SZ", 1031), 1 << 20)
                pid = os.fork()
                if pid == 0:  # the child: never returns
                    _child(job, read, write)
                os.close(write)
                self.pids.append(pid)
                self.fds.append(read)
            data = _drain(self.fds)
            return None if data is None else [pickle.loads(item) for item in data]  # a cut result fails to load
        except Exception:  # noqa: BLE001 - any failure means the serial check
            return None

    def end(self) -> None:
        working = bool(self.fds)  # a pipe still open: its child has not sent all of its result
        for fd in self.fds:
            with contextlib.suppress(OSError):
                os.close(fd)
        for pid in self.pids:
            with contextlib.suppress(OSError):
                if working:
                    os.kill(pid, signal.SIGKILL)
                os.waitpid(pid, 0)
        self.pids, self.fds = [], []


def _drain(fds: list[int]) -> list[bytes] | None:
    """Everything written to each pipe until its end, read from all of them as it comes (a worker that is done
    early is not left blocked on a full pipe while the other works). Each pipe is closed at its end and taken
    out of `fds`; None as soon as one ends empty (its child failed: the others are not waited for)."""
    chunks: dict[int, list[bytes]] = {fd: [] for fd in fds}
    with selectors.DefaultSelector() as selector:
        for fd in fds:
            selector.register(fd, selectors.EVENT_READ)
        while fds:
            for key, _events in selector.select():
                chunk = os.read(key.fd, 1 << 20)
                if chunk:
                    chunks[key.fd].append(chunk)
                    continue
                selector.unregister(key.fd)
                fds.remove(key.fd)
                os.close(key.fd)
                if not chunks[key.fd]:
                    return None
    return [b"".join(parts) for parts in chunks.values()]


def _child(job: Callable[[], _Part], read: int, write: int) -> None:
    code = 1
    try:
        os.close(read)
        signal.signal(signal.SIGINT, signal.SIG_DFL)  # Ctrl-C ends the children at once, as it ends the parent
        data = pickle.dumps(job(), protocol=pickle.HIGHEST_PROTOCOL)
        with os.fdopen(write, "wb") as pipe:
            pipe.write(data)
        code = 0
    except BaseException:  # noqa: BLE001 - the parent checks serially instead
        pass
    finally:
        os._exit(code)  # no cleanup of the parent's state: atexit handlers, buffers and files are the parent's
