"""`vn replay --input FILE`: a recorded session (game/replay/record.py reads it) played back headless through
the pilot, frame by frame at the recorded times, checking that it ends where the recording did."""

from __future__ import annotations

import sys
import time
from pathlib import Path
from typing import Any

import pygame

from game.exitcodes import EXIT_ERRORS, EXIT_OK
from game.replay.pilot import FRAME_MS, Pilot
from game.replay.record import RecordError, read_recording


def play_back(result: Any, path: Path, size: tuple[int, int], out: Any = None) -> int:
    """Play a recording headless; `out` (the replay's outputs) sees every frame and writes traces and shots."""
    pygame.init()  # key names need pygame's key table
    try:
        header, frames, end = read_recording(path)
    except RecordError as exc:
        print(f"vn replay: error: {exc}", file=sys.stderr)
        return EXIT_ERRORS
    began = time.perf_counter()
    pilot = Pilot(result)  # recorded positions are in the logical frame; shots are scaled to `size`
    try:
        start = header["start"]
        if start.get("scene"):
            pilot.app.start_at(start["scene"], start.get("line"))
        now = 0
        for t, events in frames:
            while now + FRAME_MS < t:
                pilot.tick(FRAME_MS)
                now += FRAME_MS
                if out is not None:
                    out.observe(pilot)
            pilot.tick(t - now, events)
            now = t
            if out is not None:
                out.observe(pilot)
            if not pilot.app.running:
                break
        if out is not None:
            if pilot.app.running:  # the line the recording ended on, fully shown
                pilot.app.finish_animations()
                pilot.tick(0)
                out.observe(pilot)
            out.finish(pilot)
        view = pilot.view
    finally:
        pilot.close()
    print(f"replay: {len(frames)} input frames, {pilot.frames} frames, {time.perf_counter() - began:.2f} s; "
          f"ended on {view.screen} at line {view.line_id}")
    if end is not None and (end.get("screen"), end.get("line")) != (view.screen, view.line_id):
        print(f"vn replay: error: the recording ended on {end.get('screen')} at line {end.get('line')}, "
              f"the replay on {view.screen} at line {view.line_id}", file=sys.stderr)
        return EXIT_ERRORS
    return EXIT_OK
