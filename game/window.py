"""`vn play`: opens the window (its size checked first), hands it to the app, records the player's input
when asked (`--record`), and runs the app's loop until the player quits."""

from __future__ import annotations

import argparse
import sys

import game.pygame_fast_import  # noqa: F401  (before pygame: a faster start)
import pygame

from game import os_memory
from game.app import App
from game.audio import pre_init as audio_pre_init
from game.check import CheckResult
from game.display import WindowDisplay
from game.exitcodes import EXIT_USAGE
from game.logical import LOGICAL


def play(result: CheckResult, args: argparse.Namespace) -> int:
    """`vn play`: open the window and play; returns the exit code."""
    from game.outputs import OutputError, parse_size

    size = LOGICAL
    if getattr(args, "size", None):
        try:
            size = parse_size(str(args.size))
        except OutputError as exc:
            print(f"vn play: {exc}", file=sys.stderr)
            return EXIT_USAGE
    os_memory.return_large_blocks()  # a player's session gives pictures back at once (see game/os_memory.py)
    audio_pre_init()
    pygame.init()
    display = WindowDisplay(size, result.story.title if result.story else "")
    from game import paths

    keep = None if getattr(args, "no_cache", False) else paths.cache_dir()
    app = App(result, display=display, size=size, live_reload=True, keep=keep)
    if getattr(args, "scene", None):
        app.start_at(args.scene, getattr(args, "line", None))
    recorder = None
    if getattr(args, "record", None):
        from game.replay.record import Recorder

        recorder = Recorder(app, args.record, {"scene": getattr(args, "scene", None), "line": getattr(args, "line", None)})
    try:
        return app.run()
    finally:
        if recorder is not None:
            recorder.close()
        pygame.display.quit()
