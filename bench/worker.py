"""One measurement in a fresh process: `python -m bench.worker TASK '{json args}'` prints one JSON line.

A fresh process per measurement gives each a clean heap (the garbage collector's cost grows with
what is already alive) and its own peak RSS.
"""

from __future__ import annotations

import gc
import json
import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from bench import util

util.headless()


# -- script load ---------------------------------------------------------------------------------
def validate(folder: Path, cache_dir: Path | None) -> dict[str, float]:
    """What `vn check` does without the text-fit pass, timed by phase: load (parse and every loader
    check), compile (stage checks), asset check; `script` is load + compile, the script's full validation."""
    from game import paths
    from game.assets import Catalogue, check_assets
    from game.story.loader import load_story
    from game.story.program import compile_story

    t0 = time.perf_counter()
    story, diagnostics = load_story(folder, cache_dir=cache_dir)
    t1 = time.perf_counter()
    if story is None:
        raise SystemExit(f"the generated story does not load: {diagnostics[:3]}")
    program, _warnings = compile_story(story)
    t2 = time.perf_counter()
    check_assets(story, program, Catalogue(paths.assets_dir()))
    t3 = time.perf_counter()
    return {"load": t1 - t0, "compile": t2 - t1, "script": t2 - t0, "assets": t3 - t2, "total": t3 - t0}


def bare_yaml(folder: Path) -> dict[str, float]:
    """The floor: PyYAML's C loader on the same files, nothing else."""
    import yaml

    t0 = time.perf_counter()
    for path in sorted(folder.glob("*.yaml")):
        yaml.load(path.read_bytes(), Loader=yaml.CSafeLoader)
    return {"total": time.perf_counter() - t0}


def task_load(args: dict[str, Any]) -> dict[str, Any]:
    folder, mode, reps = Path(args["folder"]), args["mode"], int(args["reps"])
    cache_dir = Path(args["cache"]) if args.get("cache") else None
    if mode == "warm":
        assert cache_dir is not None
        validate(folder, cache_dir)  # make sure the entry is there
    runs: list[dict[str, float]] = []
    for _ in range(reps):
        if mode == "cold_write" and cache_dir is not None:
            for entry in cache_dir.glob("*.json"):
                entry.unlink()
        gc.collect()
        if mode == "yaml":
            runs.append(bare_yaml(folder))
        else:
            runs.append(validate(folder, cache_dir if mode in ("warm", "cold_write") else None))
    return {"runs": runs, "peak_rss_mb": util.peak_rss_mb()}


def task_load_rss(args: dict[str, Any]) -> dict[str, Any]:
    import yaml  # noqa: F401  (the imports are the floor)

    from game.story import loader, program  # noqa: F401

    before = util.current_rss_mb()
    validate(Path(args["folder"]), None)
    return {"before_mb": before, "peak_rss_mb": util.peak_rss_mb()}


# -- the player ----------------------------------------------------------------------------------
def _app(home: Path, audio: bool = True):  # type: ignore[no-untyped-def]
    from game.app import App
    from game.check import check_story

    result = check_story()
    assert result.ok, [d.format() for d in result.diagnostics[:5]]
    return App(result, settings_dir=home, audio=audio)


def _key(key: int):  # type: ignore[no-untyped-def]
    import pygame

    return pygame.event.Event(pygame.KEYDOWN, key=key, mod=0, unicode="", scancode=0)


def _redraw():  # type: ignore[no-untyped-def]
    import pygame

    return pygame.event.Event(pygame.VIDEOEXPOSE)


def _timed(fn: Callable[[], object]) -> float:
    t0 = time.perf_counter()
    fn()
    return time.perf_counter() - t0


def blit_floor(samples: int = 300) -> list[float]:
    """One full-screen 1280×720 blit, opaque surface onto opaque surface, as the app's frame is."""
    import pygame

    src, dst = pygame.Surface((1280, 720)), pygame.Surface((1280, 720))
    src.fill((40, 60, 80))
    for _ in range(20):
        dst.blit(src, (0, 0))
    return [_timed(lambda: dst.blit(src, (0, 0))) for _ in range(samples)]


def _pick_lines(app) -> dict[str, tuple[str, str]]:  # type: ignore[no-untyped-def]
    """A typical line (speech on a present-day scene, one page) and a memory line (speech in a memory)."""
    from game.ui.textbox import paginate

    found: dict[str, tuple[str, str]] = {}
    for beat in app.session.program.beats:
        line = beat.line
        if line.kind != "say" or len(paginate(line.text, line.kind, app.presenter.text_size)) != 1:
            continue
        if not beat.stage.actors:
            continue
        key = "memory" if beat.stage.memory else "typical"
        found.setdefault(key, (line.scene, line.id))
    return found


def task_frames(args: dict[str, Any]) -> dict[str, Any]:
    home, samples = Path(args["home"]), int(args["samples"])
    app = _app(home)
    out: dict[str, Any] = {"blit": blit_floor()}
    for key, (scene, line_id) in _pick_lines(app).items():
        app.start_at(scene, line_id)
        typing: list[float] = []
        # the typewriter: real frames at 60 fps until the whole line shows (after the transition)
        app.step([], 16)
        while app.view().transition is not None:
            app.step([], 16)
        while app.busy:
            typing.append(_timed(lambda: app.step([], 16)))
        app.finish_animations()
        app.step([], 16)
        static = [_timed(lambda: app.step([_redraw()], 16)) for _ in range(samples)]
        view = app.view()
        out[key] = {"line": line_id, "typing": typing, "static": static, "text_len": len(view.text or ""),
                    "actors": len(view.actors), "memory": view.memory}
    return out


def task_transitions(args: dict[str, Any]) -> dict[str, Any]:
    import pygame

    app = _app(Path(args["home"]))
    first = app.session.program.beats[0]
    app.start_at(first.line.scene)
    app.finish_animations()
    app.step([], 16)
    frames: dict[str, list[float]] = {}
    lines = 0
    while app.view().screen == "game" and lines < int(args["lines"]):
        app.step([_key(pygame.K_SPACE)], 16)
        lines += 1
        kind = app.view().transition
        while kind is not None and app.view().transition is not None:
            frames.setdefault(kind, []).append(_timed(lambda: app.step([], 16)))
        app.finish_animations()
        app.step([], 16)
    return {"frames": frames, "lines": lines}


CAMERA_STORY = """
title: Camera bench
cast:
  sakura: {name: Sakura, sprite: sakura-13}
  kakashi: {name: Kakashi, sprite: kakashi}
places:
  tree: {map: maps/training-ground.tmx}
  stone: {map: maps/memorial.tmx}
scenes:
  - scene: remembered
    place: tree
    time: afternoon
    memory: true
    lines:
      - show: sakura at left
      - show: kakashi at right
      - "Wide."
      - gesture: kakashi shake-head
      - "A gesture in a memory."
      - camera: pan right slow
      - "A pan in a memory."
      - camera: medium
      - "Medium."
      - camera: push in slow
      - "A push in, in a memory."
      - camera: close sakura
      - "Close."
      - gesture: sakura nod
      - "A nod in a close-up, in a memory."
      - camera: push in
      - "A push in on a close-up."
  - scene: present
    place: stone
    time: dawn
    lines:
      - show: kakashi at centre
      - "Wide."
      - gesture: kakashi nod
      - "A nod in the present."
      - camera: pan left
      - "A pan in the present."
      - camera: push in slow
      - "A push in, in the present."
"""


def task_camera(args: dict[str, Any]) -> dict[str, Any]:
    """Frame times while the camera moves (pans and push-ins, in a memory and in the present, at 60 fps),
    and the one step that starts each move (it composes the canvas the move glides over); the same for
    gestures (a figure moving over the picture under it), and the steps that start them."""
    import pygame

    from game.app import App
    from game.check import check_story
    from game.replay.clock import FakeClock

    folder = Path(tempfile.mkdtemp(prefix="camera-"))
    (folder / "story.yaml").write_text(CAMERA_STORY, encoding="utf-8")
    result = check_story(folder)
    assert result.ok, [d.format() for d in result.diagnostics]
    app = App(result, settings_dir=Path(args["home"]), clock=FakeClock(), audio=False)
    frames: dict[str, list[float]] = {}
    starts: list[float] = []
    gestures: dict[str, list[float]] = {}
    gesture_starts: list[float] = []
    for scene in ("remembered", "present"):
        app.start_at(scene)
        app.finish_animations()
        app.step([], 16)
        while app.view().screen == "game" and app.view().scene == scene:
            took = _timed(lambda: app.step([_key(pygame.K_SPACE)], 16))
            move = app.presenter.move
            if move is not None:
                starts.append(took)
            kind = f"{move.start[2] != move.end[2] and 'push' or 'pan'} in {'a memory' if move.memory else 'the present'}" \
                if move is not None else None
            while app.presenter.move is not None:
                frames.setdefault(kind or "", []).append(_timed(lambda: app.step([], 16)))
            if app.presenter.gesture is not None:
                gesture_starts.append(took)
                where = f"{app.presenter.beat.stage.camera.shot} shot in {'a memory' if app.presenter.beat.stage.memory else 'the present'}"
                while app.presenter.gesture is not None:
                    gestures.setdefault(where, []).append(_timed(lambda: app.step([], 16)))
            app.finish_animations()
            app.step([], 16)
    picture = app.presenter.picture
    blit = [_timed(lambda: app.frame.blit(picture, (0, 0))) for _ in range(120)]  # the floor, in this run
    return {"frames": frames, "starts": starts, "blit": blit, "gestures": gestures, "gesture_starts": gesture_starts}


def task_replay(args: dict[str, Any]) -> dict[str, Any]:
    """The whole chapter through `vn replay`'s own driver (game/replay/driver.py: the app in instant mode,
    one composed frame per line), in this process after `vn check`; with `shots`, a PNG per line."""
    import contextlib
    import io

    from game.check import check_story
    from game.cli import build_parser
    from game.replay import driver
    from game.story.runner import Runner

    shots = bool(args["shots"])
    home = Path(args["home"])
    os.environ["VN_REPLAY_SERIAL"] = "1"  # in this one process, as before the split: its time and its peak RSS are
    # the whole replay's (the processes section times `vn replay` as users run it, split over two processes)
    result = check_story()
    assert result.ok and result.story is not None and result.program is not None
    t0 = time.perf_counter()
    runner = Runner(result.story, None, result.program)  # the floor: the story alone, no drawing
    while runner.advance() is not None:
        pass
    floor = time.perf_counter() - t0
    folder = Path(tempfile.mkdtemp(prefix="vn-shots-", dir=home)) if shots else None
    options = build_parser().parse_args(["replay", *(["--shots", str(folder)] if folder else [])])  # as `vn replay`
    printed = io.StringIO()
    t0 = time.perf_counter()
    with contextlib.redirect_stdout(printed):
        code = driver.replay(result, options)
    total = time.perf_counter() - t0
    summary = printed.getvalue().strip().splitlines()[-1]
    assert code == 0, summary
    lines = int(summary.split("replay: ", 1)[1].split(" lines", 1)[0])
    return {"total": total, "lines": lines, "summary": summary, "beats": len(result.program.beats), "floor": floor,
            "pngs": len(list(folder.glob("*.png"))) if folder else 0, "peak_rss_mb": util.peak_rss_mb()}


def task_play_rss(args: dict[str, Any]) -> dict[str, Any]:
    """Peak memory playing the chapter as a player does, in the normal (not instant) mode: every transition
    runs frame by frame at 60 fps, then the line is completed and read on."""
    import pygame

    from game import os_memory

    os_memory.return_large_blocks()  # as `vn play` does before its window opens (game/app.py: play)
    if args.get("window"):  # a real X11 window, as `vn play` opens it (the bench starts Xvfb)
        from game.app import App
        from game.check import check_story
        from game.display import LOGICAL, WindowDisplay

        result = check_story()
        pygame.init()
        app = App(result, settings_dir=Path(args["home"]), audio=False,
                  display=WindowDisplay(LOGICAL, result.story.title if result.story else ""))
    else:
        app = _app(Path(args["home"]), audio=False)
    first = app.session.program.beats[0]
    app.start_at(first.line.scene)
    lines = frames = 0
    while app.view().screen == "game":
        while app.view().transition is not None:
            app.step([], 16)
            frames += 1
        app.finish_animations()
        app.step([], 16)
        app.step([_key(pygame.K_SPACE)], 16)
        lines += 1
    return {"lines": lines, "transition_frames": frames, "end_screen": app.view().screen,
            "peak_rss_mb": util.peak_rss_mb()}


def task_saves(args: dict[str, Any]) -> dict[str, Any]:
    import os

    from game.story.runner import Runner

    home, reps = Path(args["home"]), int(args["reps"])
    app = _app(home, audio=False)
    session = app.session
    session.new_game()
    runner: Runner = session.runner
    for _ in range(len(session.program.beats) - 1):  # a save late in the chapter: long trail, all seen
        runner.advance()
    app.show(runner.current, "instant")
    app.step([], 16)
    thumb = app.thumbnail()
    save = [_timed(lambda: session.save("1", thumb)) for _ in range(reps)]
    load = [_timed(lambda: session.load("1")) for _ in range(reps)]
    data = session.saves.path("1").read_bytes()
    target = home / "floor.bin"

    def write_floor() -> None:
        with open(target, "wb") as handle:
            handle.write(data)
            handle.flush()
            os.fsync(handle.fileno())

    floor = [_timed(write_floor) for _ in range(reps)]
    thumb_time = [_timed(app.thumbnail) for _ in range(reps)]
    return {"save": save, "load": load, "floor_write": floor, "thumbnail": thumb_time, "bytes": len(data)}


TASKS: dict[str, Callable[[dict[str, Any]], dict[str, Any]]] = {
    "load": task_load, "load_rss": task_load_rss, "frames": task_frames, "transitions": task_transitions, "camera": task_camera,
    "replay": task_replay, "play_rss": task_play_rss, "saves": task_saves,
}


def main() -> None:
    task, args = sys.argv[1], json.loads(sys.argv[2]) if len(sys.argv) > 2 else {}
    result = TASKS[task](args)
    sys.stdout.flush()
    print(json.dumps(result))


if __name__ == "__main__":
    main()
