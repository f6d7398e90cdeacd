"""Recorded input: `vn play --record FILE` writes what the player did, frame by frame, as JSON Lines;
`vn replay --input FILE` plays it back headless through the same App and checks it ends in the same state.

The format is meant to be read and edited by a tester:
    {"format": "vn-input", "version": 1, "start": {"scene": null, "line": null}}
    {"t": 1530, "events": [{"type": "key", "key": "space"}]}
    {"t": 2210, "events": [{"type": "click", "pos": [640, 300], "button": 1}]}
    {"t": 2900, "events": [{"type": "wheel", "y": 1}]}
    {"end": {"screen": "game", "line": "first-request/n-1a2b3c"}}
`t` is milliseconds since the start; positions are in the logical 1280×720 frame. Event types:
key / keyup (`key`: pygame key name, optional `mod`: ["ctrl", "alt", "shift"]), click / release
(`pos`, `button`), move (`pos`), wheel (`y`), resize (`size`), quit.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pygame

FORMAT = "vn-input"
VERSION = 1
_MODS = (("ctrl", pygame.KMOD_CTRL), ("alt", pygame.KMOD_ALT), ("shift", pygame.KMOD_SHIFT))


class RecordError(ValueError):
    """A recorded-input file that cannot be played; the message says file:line and what is wrong."""


def encode(event: pygame.event.Event, to_logical: Callable[[tuple[int, int]], tuple[int, int]]) -> dict[str, Any] | None:
    kind = event.type
    if kind in (pygame.KEYDOWN, pygame.KEYUP):
        record: dict[str, Any] = {"type": "key" if kind == pygame.KEYDOWN else "keyup", "key": pygame.key.name(event.key)}
        mods = [name for name, bit in _MODS if getattr(event, "mod", 0) & bit]
        if mods:
            record["mod"] = mods
        return record
    if kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP):
        return {"type": "click" if kind == pygame.MOUSEBUTTONDOWN else "release",
                "pos": list(to_logical(event.pos)), "button": event.button}
    if kind == pygame.MOUSEMOTION:
        return {"type": "move", "pos": list(to_logical(event.pos))}
    if kind == pygame.MOUSEWHEEL:
        return {"type": "wheel", "y": int(event.y)}
    if kind == pygame.VIDEORESIZE:
        return {"type": "resize", "size": [int(event.w), int(event.h)]}
    if kind in (pygame.QUIT, pygame.WINDOWCLOSE):
        return {"type": "quit"}
    return None


def decode(record: object, where: str) -> pygame.event.Event:
    if not isinstance(record, dict) or not isinstance(record.get("type"), str):
        raise RecordError(f"{where}: an event needs a \"type\"")
    kind = record["type"]
    try:
        if kind in ("key", "keyup"):
            key = pygame.key.key_code(str(record["key"]))
            mod = 0
            for name, bit in _MODS:
                if name in record.get("mod", []):
                    mod |= bit
            return pygame.event.Event(pygame.KEYDOWN if kind == "key" else pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0)
        if kind in ("click", "release"):
            pos = _pos(record["pos"])
            return pygame.event.Event(pygame.MOUSEBUTTONDOWN if kind == "click" else pygame.MOUSEBUTTONUP,
                                      pos=pos, button=int(record.get("button", 1)))
        if kind == "move":
            return pygame.event.Event(pygame.MOUSEMOTION, pos=_pos(record["pos"]), rel=(0, 0), buttons=(0, 0, 0))
        if kind == "wheel":
            y = int(record["y"])
            return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False, precise_x=0.0, precise_y=float(y))
        if kind == "resize":
            w, h = _pos(record["size"])
            return pygame.event.Event(pygame.VIDEORESIZE, size=(w, h), w=w, h=h)
        if kind == "quit":
            return pygame.event.Event(pygame.QUIT)
    except (KeyError, TypeError, ValueError) as exc:
        raise RecordError(f"{where}: bad '{kind}' event ({exc})") from exc
    raise RecordError(f"{where}: unknown event type '{kind}'")


def _pos(value: object) -> tuple[int, int]:
    if not (isinstance(value, list) and len(value) == 2 and all(isinstance(v, int) for v in value)):
        raise ValueError("a position is [x, y]")
    return value[0], value[1]


class Recorder:
    """Wraps an App's `step` so every frame's events are written, with the time since the start."""

    def __init__(self, app: Any, path: Path, start: dict[str, str | None] | None = None) -> None:
        self.app, self.path = app, Path(path)
        self.t = 0
        self.handle = open(self.path, "w", encoding="utf-8")
        self._write({"format": FORMAT, "version": VERSION, "start": start or {"scene": None, "line": None}})
        self._step = app.step
        app.step = self.step

    def _write(self, record: dict[str, Any]) -> None:
        self.handle.write(json.dumps(record) + "\n")

    def step(self, events: list[pygame.event.Event] | None = None, dt_ms: int = 0) -> bool:
        self.t += max(0, int(dt_ms))
        pending = [*self.app._queue, *(events or [])]
        encoded = [e for e in (encode(ev, self.app.display.to_logical) for ev in pending) if e]
        if encoded:
            self._write({"t": self.t, "events": encoded})
        return self._step(events, dt_ms)

    def close(self) -> None:
        view = self.app.view()
        self._write({"end": {"screen": view.screen, "line": view.line_id}})
        self.handle.close()


def read_recording(path: Path) -> tuple[dict[str, Any], list[tuple[int, list[pygame.event.Event]]], dict[str, Any] | None]:
    try:
        lines = Path(path).read_text(encoding="utf-8").splitlines()
    except (OSError, UnicodeDecodeError) as exc:
        raise RecordError(f"{path}: cannot read ({exc})") from exc
    header: dict[str, Any] | None = None
    frames: list[tuple[int, list[pygame.event.Event]]] = []
    end = None
    last_t = 0
    for number, text in enumerate(lines, start=1):
        where = f"{path}:{number}"
        if not text.strip():
            continue
        try:
            record = json.loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(f"{where}: not JSON ({exc.msg})") from exc
        if not isinstance(record, dict):
            raise RecordError(f"{where}: each line should be a JSON object")
        if header is None:
            if record.get("format") != FORMAT or not isinstance(record.get("version"), int):
                raise RecordError(f"{where}: the first line should be the header {{\"format\": \"{FORMAT}\", ...}}")
            if record["version"] > VERSION:
                raise RecordError(f"{where}: made by a newer game (version {record['version']})")
            header = record
        elif "end" in record:
            end = record["end"] if isinstance(record["end"], dict) else None
        else:
            t = record.get("t")
            if not isinstance(t, int) or t < last_t:
                raise RecordError(f"{where}: \"t\" should be a whole number of ms, not going backwards")
            events = record.get("events")
            if not isinstance(events, list):
                raise RecordError(f"{where}: \"events\" should be a list")
            frames.append((t, [decode(e, where) for e in events]))
            last_t = t
    if header is None:
        raise RecordError(f"{path}:1: the file is empty")
    return header, frames, end


def play_back(result: Any, path: Path, size: tuple[int, int]) -> int:
    import sys
    import time

    from game.replay.pilot import FRAME_MS, Pilot

    try:
        header, frames, end = read_recording(path)
    except RecordError as exc:
        print(f"vn replay: error: {exc}", file=sys.stderr)
        return 1
    began = time.perf_counter()
    pilot = Pilot(result)
    try:
        start = header.get("start") or {}
        if isinstance(start, dict) and start.get("scene"):
            pilot.app.start_at(str(start["scene"]), start.get("line"))
        now = 0
        for t, events in frames:
            while now + FRAME_MS < t:
                pilot.tick(FRAME_MS)
                now += FRAME_MS
            pilot.tick(t - now, events)
            now = t
            if not pilot.app.running:
                break
        view = pilot.view
    finally:
        pilot.close()
    print(f"replay: {len(frames)} input frames, {pilot.frames} frames, {time.perf_counter() - began:.2f} s; "
          f"ended on {view.screen} at line {view.line_id}")
    if end is not None and (end.get("screen"), end.get("line")) != (view.screen, view.line_id):
        print(f"vn replay: error: the recording ended on {end.get('screen')} at line {end.get('line')}, "
              f"the replay on {view.screen} at line {view.line_id}", file=sys.stderr)
        return 1
    return 0
