"""`vn check` of a large story split over two forked processes, for the check command only.

Each worker converts, compiles and checks a run of the chapter files (about half the story's bytes) and hands
back only diagnostics and small facts: each chapter's record (its problems, and each scene's id, location, step
count, repeated line ids, flow facts and what the check found in it: compile and text-fit warnings, asset facts)
and, for the compiled story's cache entry, its scenes' columns as JSON text. This process then goes through the
header and the chapters as a load in one process does, taking each chapter from its record
(`game.story.loader.replay_split`): that decides which scenes the story has (a scene id used twice, the bounds,
the point where the load stops counting problems), and the jumps, flags and the assets' first uses are checked
across the files here, in story order, over those scenes. Pickling the loaded story itself would cost more than
loading it (1.2 s for the 15 MB of a 100,000-line story).

The result is the serial check's (`game.check.check_story`): the same diagnostics in the same order, the same
counts and files, the same cache entry. What it cannot give so is left to the serial check before anything is
printed or written: a small story (MIN_BYTES), a platform without fork (or a process with threads, or a single
core), a header that holds scenes or has problems of its own, and any failure of a worker.
"""

from __future__ import annotations

import copyreg
import dataclasses
import io
import operator
import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from game.assets import AssetCheck, Catalogue, SceneAssets
from game.forked import Workers, can_fork, cores
from game.story import cache
from game.story.diagnostics import Diagnostic, has_errors
from game.story.flow import SceneFlow
from game.story.loader import (
    ChapterRecord,
    NotSplit,
    SceneRecord,
    SplitPlan,
    convert_chapter,
    plan_split,
    replay_split,
)
from game.story.model import Loc, Story
from game.story.program import compile_story

WORKERS = 2  # processes at most, whatever the machine: each holds half the story in memory
MIN_BYTES = 500_000  # of chapter files, about 5,000 lines: whole `vn check` processes, serial against split, 3,000 lines
# 0.30 / 0.27 s, 6,000 lines 0.44 / 0.32 s, 10,000 lines 0.55 / 0.37 s (best of 5); the bundled chapter (40 kB) stays serial


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
    """What one worker hands back for its run of chapter files: their records, each scene's with its `_Facts`."""

    records: dict[tuple[Path, str], ChapterRecord]
    scenes: int  # the scenes it converted (with an id)
    encoded: dict[str, Any] | None  # cache.scene_parts of those scenes, when they can go in the cache entry


@dataclass
class _Facts:
    """What the check found in one scene, for the story to take or leave with the scene (a scene id used twice)."""

    warnings: list[Diagnostic]  # compile_story's
    assets: SceneAssets | None
    fit: list[Diagnostic]


def split_check(script: Path, assets: Path, with_assets: bool, with_fit: bool, cache_dir: Path | None,
                sort: Callable[[list[Diagnostic]], list[Diagnostic]]) -> CheckSummary | None:
    """The check of `script` split over WORKERS processes, or None when it is not split (check it serially).
    `sort` orders and caps the diagnostics as the serial check does. Writes the compiled story's cache entry
    (into `cache_dir`, when given) as the serial load would."""
    if not can_fork() or cores() < WORKERS:
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
    workers = Workers(_dumps)
    try:
        sent = workers.run(jobs)
        if sent is None or any(len(messages) != 2 for messages in sent):
            return None
        parts = [_Part(*first, encoded) for first, encoded in sent]  # type: ignore[misc]
        return _merge(plan, parts, check, cache_dir, files, sort)
    finally:
        workers.end()


def _merge(plan: SplitPlan, parts: list[_Part], check: AssetCheck | None, cache_dir: Path | None, files: list[str],
           sort: Callable[[list[Diagnostic]], list[Diagnostic]]) -> CheckSummary | None:
    """The check's result from the workers' parts: the load gone through again with their records (which decides
    the story's scenes), the cache entry written, then the compile, asset and text-fit diagnostics of the story's
    scenes, in the serial check's order; None if it cannot be."""
    records = {key: record for part in parts for key, record in part.records.items()}
    try:
        load = replay_split(plan, records)
    except NotSplit:
        return None
    diagnostics = list(load.diagnostics)
    if not load.story:  # the load stopped counting problems: nothing more is checked
        return CheckSummary(False, 0, 0, sort(diagnostics), ())
    whole = len(load.scenes) == sum(part.scenes for part in parts)  # every scene converted is in the story
    if (cache_dir is not None and not has_errors(diagnostics) and whole and load.files == files
            and all(p.encoded for p in parts)):
        head = cache.encode_story(Story(load.texts["title"], load.texts["subtitle"], load.texts["content_note"],
                                        load.texts["credits"], load.texts["end_card"], load.cast, load.places, (),
                                        files=tuple(files)))
        try:
            cache.write_parts(cache.entry_path(cache_dir, plan.header), head, [p.encoded for p in parts],  # type: ignore[misc]
                              load.diagnostics)
        except (OSError, ValueError):
            pass  # an unwritable cache folder only means no cache
    facts: list[_Facts] = [scene.facts for scene in load.scenes]  # type: ignore[misc]
    for found in facts:
        diagnostics += found.warnings
    if check is not None:
        diagnostics += check.report([found.assets for found in facts])  # type: ignore[misc]
    for found in facts:
        diagnostics += found.fit
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
         with_fit: bool, files: list[str] | None) -> Callable[[], Iterator[object]]:
    """A worker's job: it sends its run's records and scene count, then its scenes' cache columns (or None)."""
    def work() -> Iterator[object]:
        records: dict[tuple[Path, str], ChapterRecord] = {}
        scenes, converted, found = [], [], []
        for path, shown in run:
            record, chapter_scenes = convert_chapter(path, shown, plan.cast, plan.places, found)
            records[(path, shown)] = record
            scenes += chapter_scenes
            converted += [scene for scene in record.scenes or () if scene.id is not None]
            if record.stop is not None:  # the load stops counting problems here, or before: the rest is not read
                break
        story = Story("", "", "", "", "", plan.cast, plan.places, tuple(scenes), files=tuple(files or ()))
        ends: list[tuple[int, int]] = []
        program, warnings = compile_story(story, catalogue.looks if catalogue is not None else None, ends)
        fit = None
        if with_fit:
            from game.textfit import FitCheck

            lines = [beat.line for beat in program.beats]  # every scene's lines, options' included, in order
            fit = FitCheck(lines)
        beats, first = program.beats, (0, 0)
        for scene, record, end in zip(scenes, converted, ends):  # each scene's own: the story may leave some out
            its = beats[first[0]:end[0]]
            record.facts = _Facts(warnings[first[1]:end[1]], check.scenes((scene,), its) if check is not None else None,
                                  fit.check([beat.line for beat in its]) if fit is not None else [])
            first = end
        _KEPT.append((story, program))  # let go of with the process, at once (freeing them would only take time)
        yield records, len(scenes)  # read and unpickled by the parent while this goes on
        encoded = None
        if files is not None:
            whole = cache.encode_story(story)
            encoded = cache.scene_parts(whole) if whole["files"] == files else None
            _KEPT.append(whole)
        yield encoded

    return work


_KEPT: list[object] = []


def _by_fields(cls: type) -> Callable[[object], tuple[type, tuple[object, ...]]]:
    """A dataclass pickled as its class and its fields' values, in order (rebuilt by calling the class): a fifth
    of the time of the default, which goes through the object's state one attribute at a time."""
    names = [f.name for f in dataclasses.fields(cls)]
    values = operator.attrgetter(*names)
    return (lambda obj: (cls, values(obj))) if len(names) > 1 else (lambda obj: (cls, (values(obj),)))


# The objects of the records, a few thousand a worker.
_PICKLED = {cls: _by_fields(cls) for cls in (Loc, Diagnostic, SceneRecord, ChapterRecord, SceneFlow, SceneAssets, _Facts)}


def _dumps(value: object) -> bytes:
    buffer = io.BytesIO()
    pickler = pickle.Pickler(buffer, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.dispatch_table = {**copyreg.dispatch_table, **_PICKLED}  # type: ignore[dict-item]
    pickler.dump(value)
    return buffer.getvalue()
