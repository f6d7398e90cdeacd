"""`vn replay`: play chosen lines headless through the same App as the window, as fast as the machine
allows, finishing every reveal and transition; write a JSON Lines trace, screenshots, contact sheets;
or play back recorded input. At a menu it takes the options `--choose` lists (then the first offered),
or with `--all-paths` walks every way through the menus (`game.replay.branches`). Ends with one summary line.
"""

from __future__ import annotations

import argparse
import json
import signal
import statistics
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TextIO

from game.replay.pilot import Pilot, PilotError, headless_env

headless_env()

import pygame  # noqa: E402

from game.check import CheckResult  # noqa: E402
from game.exitcodes import EXIT_ERRORS, EXIT_INTERRUPTED, EXIT_OK, EXIT_RUNTIME, EXIT_USAGE  # noqa: E402
from game.outputs import open_output, output_folder, parse_size  # noqa: E402
from game.replay import split  # noqa: E402
from game.replay.branches import Chooser, FirstOffered, ListChooser, walk  # noqa: E402
from game.replay.shots import ShotWriter  # noqa: E402
from game.story.runner import ChoiceError, Status  # noqa: E402


# bytes of read character layers a replay keeps: four times the player's (game.render.sprites.LAYER_BUDGET),
# which halves the layer files a chapter's replay decodes (1357 -> 631 reads); a replay is a tool, not the player
REPLAY_LAYERS = 32 * 2**20
# and of composed figures: four times the player's (FIGURE_BUDGET); the chapter asks for 375 figures, 227 of
# them distinct, and composes 239 of them with this much kept, 310 with the player's 4 MB
REPLAY_FIGURES = 16 * 2**20
# and of decoded layer files, to scale one again without decoding it (a camera move reads a file at another scale):
# the chapter's replay reads 191 files 726 times; it decodes them 726 times keeping none, 257 keeping 32 MB, 220
# keeping 64 MB
REPLAY_FILES = 32 * 2**20
# framed backgrounds (camera.background, 3.7 MB each) and lit places a replay keeps: the chapter's 197 framed
# pictures show 109 distinct backgrounds, and 6 kept find 86 of them again (1 kept, the player's: 36); its 15
# lightings of a place are 10 distinct ones, which 4 kept light once each
REPLAY_VIEWS = 6
REPLAY_LIT = 4


class ReplayError(RuntimeError):
    """A replay that could not play its lines; the message names the script file and line."""


@dataclass
class Summary:
    lines: int = 0
    scenes: set[str] = field(default_factory=set)
    frame_ms: list[float] = field(default_factory=list)
    seconds: float = 0.0
    choices: int = 0
    paths: int | None = None  # with --all-paths: how many were played
    bounded: bool = False  # --max-paths stopped the walk before every path was played

    def format(self) -> str:
        ms = sorted(self.frame_ms) or [0.0]
        p95 = ms[min(len(ms) - 1, int(round(0.95 * (len(ms) - 1))))]
        ways = "" if self.paths is None else f", {self.paths} paths" + (" (bounded by --max-paths)" if self.bounded else "")
        menus = f", {self.choices} choices" if self.choices else ""
        return (f"replay: {self.lines} lines, {len(self.scenes)} scenes{menus}{ways}, {len(self.frame_ms)} frames, "
                f"{self.seconds:.2f} s, frame mean {statistics.fmean(ms):.2f} ms, p95 {p95:.2f} ms")


def trace_record(pilot: Pilot, shot: Path | None) -> dict[str, Any]:
    view = pilot.view
    return {
        "scene": view.scene, "line": view.line_id, "kind": view.kind, "speaker": view.speaker,
        "text": view.text, "place": view.place, "time": view.time, "memory": view.memory, "camera": view.camera,
        "sprites": [{"who": w, "sprite": s, "expression": e, "position": p, **looks}
                    for (w, s, e, p), looks in zip(view.actors, view.looks)],
        "event": view.event, "emphasis": view.emphasis, "gestures": view.gestures,
        "shot": str(shot) if shot else None,
    }


def _targets(result: CheckResult, args: argparse.Namespace) -> list[tuple[str, str | None, str | None]]:
    """(scene, from line, to line) runs to play, in order."""
    story, program = result.story, result.program
    assert story is not None and program is not None
    ids = {beat.line.id for beat in program.beats}
    for name, line in (("--from", args.from_line), ("--to", args.to_line)):
        if line and line not in ids:
            raise ValueError(f"{name}: no line '{line}' in the story")
    if args.from_line and args.to_line and program.index_of(args.to_line) < program.index_of(args.from_line):  # type: ignore[operator]
        raise ValueError(f"--to {args.to_line} comes before --from {args.from_line} in the story")
    if args.scene:
        known = [s.id for s in story.scenes]
        for scene in args.scene:
            if scene not in known:
                raise ValueError(f"--scene: no scene '{scene}' (scenes: {', '.join(known)})")
        return [(scene, None, None) for scene in args.scene]
    first = args.from_line.split("/", 1)[0] if args.from_line else story.scenes[0].id
    return [(first, args.from_line, args.to_line)]


def _frame(pilot: Pilot, size: tuple[int, int]) -> pygame.Surface:
    frame = pilot.app.frame
    return frame if frame.get_size() == size else pygame.transform.smoothscale(frame, size)


def choice_record(pilot: Pilot, chose: int) -> dict[str, Any]:
    """A trace row for a menu: its id and scene, every option (text, offered or not), the one taken (1-based)."""
    runner = pilot.app.session.runner
    options = runner.choices
    menu = runner.state.position or ""
    return {"choice": menu, "scene": menu.split("/", 1)[0],
            "options": [{"text": o.text, "enabled": o.enabled} for o in options],
            "chose": chose + 1, "text": options[chose].text}


def take_choice(pilot: Pilot, chooser: Chooser, out: "_Outputs", summary: Summary) -> None:
    """Answer the menu on screen as `chooser` says, through the session, and show what follows."""
    app = pilot.app
    runner = app.session.runner
    menu = runner.state.position or ""
    try:
        index = chooser.pick(menu, runner.choices)
        out.choice(choice_record(pilot, index))
        previous = runner.current
        beat = app.session.choose(index)
    except ChoiceError as exc:
        raise ReplayError(f"{_where(pilot, menu)}: {exc}") from exc
    summary.choices += 1
    if beat is not None:
        app.show(beat, "advance", previous)
    elif runner.status is Status.ENDED:
        app.end_story()
    pilot.tick(0)


def play_run(pilot: Pilot, scene: str, start: str | None, stop: str | None, only_scene: bool,
             out: "_Outputs", summary: Summary, chooser: Chooser | None = None, lead_in: bool = False) -> None:
    """Play from `scene` (at line `start`) to line `stop`, the end, or (`only_scene`) the scene's end. With `lead_in`,
    the line `start` is shown but not played (no trace row, no shot): the run begins at the line after it, with a
    line to go back to, as when it is reached by playing."""
    chooser = chooser or FirstOffered()
    view = pilot.start(scene, start)
    if lead_in:
        while view.screen == "game" and view.page < view.pages - 1:
            view = pilot.press("space")
        began = time.perf_counter()
        pilot.press("space")  # into the run's first line: timed as every step from one line to the next
        summary.frame_ms.append((time.perf_counter() - began) * 1000 / 2)
    limit = 20 * len(pilot.result.program.beats) + 1000  # type: ignore[union-attr]  # a story that loops
    shown = 0
    while True:
        if pilot.app.session.runner.status is Status.CHOOSING:
            take_choice(pilot, chooser, out, summary)
            continue
        shown += 1
        if shown > limit:
            raise ReplayError(f"more than {limit} lines in one run without an end: does the story loop?")
        began = time.perf_counter()
        view = pilot.finish()
        while view.screen == "game" and view.page < view.pages - 1:
            pilot.press("space")
            view = pilot.finish()
        summary.frame_ms.append((time.perf_counter() - began) * 1000)
        if view.screen != "game" or view.line_id is None:
            return
        if only_scene and view.scene != scene:
            return
        summary.lines += 1
        summary.scenes.add(view.scene or "")
        out.line(pilot, view.line_id, view.scene or "")
        if stop and view.line_id == stop:
            return
        before = view.line_id
        began = time.perf_counter()
        pilot.press("space")
        summary.frame_ms.append((time.perf_counter() - began) * 1000 / 2)
        after = pilot.view
        if pilot.app.session.runner.status is Status.CHOOSING:
            continue
        if after.screen == "game" and after.line_id == before and after.page == view.page:
            raise ReplayError(f"{_where(pilot, before)}: the story did not move on from line {before}")


def _where(pilot: Pilot, line_id: str) -> str:
    program = pilot.result.program
    index = program.index_of(line_id) if program else None
    if program and index is None and program.menu(line_id) is not None:
        return str(program.menu(line_id).loc)  # type: ignore[union-attr]
    return str(program.beats[index].line.loc) if program and index is not None else line_id


def sheet_label(line_id: str, gestures: list[str]) -> str:
    """A contact sheet's caption: the line id, and the gestures the line plays (a still frame cannot show them)."""
    return " · ".join([line_id, *gestures])


class _Outputs:
    def __init__(self, trace: TextIO | None, shots: Path | None, sheet: bool, size: tuple[int, int]) -> None:
        self.trace, self.shots, self.sheet, self.size = trace, shots, sheet, size
        self.count = 0
        self.path: int | None = None  # with --all-paths: the path being played, 1-based, in every row
        self.last: tuple[str, int] | None = None
        self.frames: dict[str, list[tuple[str, pygame.Surface]]] = {}
        self.writer: ShotWriter | None = None  # made at the first shot: a process about to fork has no threads
        self.shown: list[str] = []  # the ids of the lines shown, in order
        self.written: list[Path] = []  # the screenshots and sheets written

    def line(self, pilot: Pilot, line_id: str, scene: str) -> None:
        self.count += 1
        self.shown.append(line_id)
        shot = None
        if self.shots is not None:
            frame = _frame(pilot, self.size)
            shot = self.shots / f"{self.count:04d}-{line_id.replace('/', '--')}.png"
            if self.writer is None:
                self.writer = ShotWriter()
            self.writer.write(frame, shot)
            self.written.append(shot)
            if self.sheet:
                self.frames.setdefault(scene, []).append((sheet_label(line_id, pilot.view.gestures), frame.copy()))
        self.write(trace_record(pilot, shot))

    def choice(self, record: dict[str, Any]) -> None:
        self.write(record)

    def restart(self) -> None:
        """Nothing written yet (a split replay's rows are taken back: the serial replay writes them again)."""
        self.count = 0
        if self.trace is not None:
            self.trace.seek(0)
            self.trace.truncate()

    def keep(self, row: str) -> None:
        """A line's trace row written by a part of a split replay (`game.replay.split`), in its place."""
        self.count += 1
        if self.trace is not None:
            self.trace.write(row)

    def write(self, record: dict[str, Any]) -> None:
        if self.trace is not None:
            if self.path is not None:
                record = {"path": self.path, **record}
            self.trace.write(json.dumps(record, ensure_ascii=False) + "\n")

    def observe(self, pilot: Pilot) -> None:
        """Recorded-input playback: a line's trace record and screenshot, once it is fully shown."""
        if pilot.app.screen != "game" or pilot.app.presenter.animating:
            return
        view = pilot.view
        if view.line_id and (view.line_id, view.page) != self.last:
            self.last = (view.line_id, view.page)
            if view.page == 0:
                self.line(pilot, view.line_id, view.scene or "")

    def close(self) -> None:
        """Every screenshot written (raises what writing one raised)."""
        if self.writer is not None:
            writer, self.writer = self.writer, None
            writer.close()

    def finish(self, pilot: Pilot) -> None:
        from game.replay.sheet import contact_sheet

        if self.shots is None:
            return
        self.close()
        story = pilot.result.story
        for scene, frames in self.frames.items():
            title = story.scene(scene).title if story and story.scene(scene) else scene  # type: ignore[union-attr]
            contact_sheet(frames, f"{scene}: {title}", self.shots / f"sheet-{scene}.png")
            self.written.append(self.shots / f"sheet-{scene}.png")


def _one_path(pilot: Pilot, first: str, number: int, chooser: Chooser, out: _Outputs, summary: Summary) -> None:
    out.path = number
    summary.paths = number
    play_run(pilot, first, None, None, False, out, summary, chooser)


class Stopped(Exception):
    """A signal (SIGTERM, SIGINT) asked the replay to stop."""

    def __init__(self, signum: int) -> None:
        super().__init__(signal.Signals(signum).name)
        self.signum = signum


def _stop(signum: int, _frame: object) -> None:
    raise Stopped(signum)


def _pilot(result: CheckResult, size: tuple[int, int]) -> Pilot:
    """The replay's App: instant (one composed frame per line, no thumbnails), keeping more pictures than the player."""
    pilot = Pilot(result, size=size, instant=True)
    pilot.app.renderer.sprites.hold(REPLAY_LAYERS, REPLAY_FIGURES, REPLAY_FILES)
    pilot.app.renderer.hold(REPLAY_VIEWS, REPLAY_LIT)
    return pilot


def _split(result: CheckResult, args: argparse.Namespace, targets: list[tuple[str, str | None, str | None]],
           out: _Outputs, summary: Summary) -> bool:
    """A plain run of the story (no --scene, --input, --choose or --all-paths) played in two processes side by side
    (`game.replay.split`); False when it is not split, or its parts did not play as planned (nothing was written:
    replay serially)."""
    if args.scene or args.input or args.choose or args.all_paths or len(targets) != 1:
        return False
    parts = split.plan(result, *targets[0])
    if parts is None:
        return False
    size, shots, sheet = out.size, out.shots, out.sheet

    def play(part: split.Part, trace: TextIO) -> split.Played:
        mine, played = _Outputs(trace, shots, sheet, size), Summary()
        mine.count = part.first
        pilot, error = None, None
        try:
            pilot = _pilot(result, size)
            play_run(pilot, part.scene, part.start, part.stop, False, mine, played, lead_in=part.lead_in)
            mine.finish(pilot)
        except (ReplayError, PilotError) as exc:  # the serial replay says it, with its trace and shots
            error = str(exc) or type(exc).__name__
        finally:
            mine.close()
            if pilot is not None:
                pilot.close()
        return split.Played(mine.shown, sorted(played.scenes), played.frame_ms, [str(p) for p in mine.written], error)

    live = out.trace is None or out.trace.seekable()  # rows kept as they come can be taken back
    done = split.run(parts, play, out.keep, (Stopped,), live)
    if done is None:
        out.restart()
        return False
    for part in done:
        summary.lines += len(part.shown)
        summary.scenes.update(part.scenes)
        summary.frame_ms += part.frame_ms
    return True


def replay(result: CheckResult, args: argparse.Namespace) -> int:
    """Run `vn replay`; returns the exit code. Every output is checked before the replay starts;
    SIGTERM (exit 3) and SIGINT (exit 130) stop it at once, with what was written so far kept."""
    trace = None
    try:
        size = parse_size(args.size)
        targets = _targets(result, args)
        if args.sheet and not args.shots:
            raise ValueError("--sheet needs --shots DIR")
        if args.all_paths and (args.scene or args.from_line or args.to_line or args.input or args.choose):
            raise ValueError("--all-paths plays the whole story: leave out --scene, --from, --to, --input and --choose")
        if args.input and args.choose:
            raise ValueError("--choose does not go with --input (the recording holds the choices)")
        shots = output_folder(args.shots, "--shots") if args.shots else None
        trace = open_output(args.trace, "--trace") if args.trace else None
    except ValueError as exc:
        print(f"vn replay: {exc}", file=sys.stderr)
        return EXIT_USAGE
    summary = Summary()
    out = _Outputs(trace, shots, args.sheet, size)
    previous = {sig: signal.signal(sig, _stop) for sig in (signal.SIGTERM, signal.SIGINT)}
    try:
        if args.input:
            from game.replay.playback import play_back

            return play_back(result, args.input, size, out)
        started = time.perf_counter()
        if _split(result, args, targets, out, summary):
            summary.seconds = time.perf_counter() - started
            print(summary.format())
            return EXIT_OK
        pilot = _pilot(result, size)
        try:
            if args.all_paths:
                first = result.story.scenes[0].id  # type: ignore[union-attr]
                left = walk(lambda n, chooser: _one_path(pilot, first, n, chooser, out, summary), args.max_paths)
                summary.bounded = left > 0
                if left:
                    print(f"vn replay: stopped at --max-paths {args.max_paths}: {left} branch(es) not walked yet "
                          "(each may hold more paths)", file=sys.stderr)
            else:
                chooser = ListChooser(args.choose)
                for scene, start, stop in targets:
                    play_run(pilot, scene, start, stop, bool(args.scene), out, summary, chooser)
            out.finish(pilot)
        finally:
            pilot.close()
        summary.seconds = time.perf_counter() - started
        print(summary.format())
        return EXIT_OK
    except (ReplayError, PilotError) as exc:
        print(f"vn replay: error: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    except Stopped as exc:
        print(f"vn replay: stopped by {exc} after {out.count} lines; what was written is kept", file=sys.stderr)
        return EXIT_INTERRUPTED if exc.signum == signal.SIGINT else EXIT_RUNTIME
    except OSError as exc:  # the disk filled up, or a folder went away, during the run
        print(f"vn replay: error: could not write an output ({exc.strerror or exc})", file=sys.stderr)
        return EXIT_RUNTIME
    finally:
        try:
            out.close()  # the screenshots still being written (a stop keeps what was written)
        except OSError:
            pass
        for sig, handler in previous.items():
            signal.signal(sig, handler)
        if trace:
            try:
                trace.close()
            except OSError:
                pass
