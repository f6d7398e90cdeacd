"""Recorded input: `vn play --record FILE` writes what the player did, frame by frame, as JSON Lines;
`vn replay --input FILE` plays it back headless through the same App and checks it ends in the same state
(game/replay/playback.py).

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
import os
import stat
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


MAX_BYTES = 16 * 1024 * 1024  # a recording is input: an hour of busy play is well under 1 MB
MAX_LINE = 64 * 1024
MAX_T = 6 * 60 * 60 * 1000  # six hours of play, in ms
MAX_EVENTS = 1000  # in one frame
_COORD = 100_000  # positions and sizes: far past any screen, far below anything that overflows


def _int(record: dict[str, Any], name: str, low: int, high: int, default: int | None = None) -> int:
    value = record.get(name, default)
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise ValueError(f"\"{name}\" should be a whole number from {low} to {high}, not {_show(value)}")
    return value


def _show(value: object) -> str:
    text = json.dumps(value) if not isinstance(value, float) else repr(value)
    return text if len(text) <= 40 else text[:37] + "..."


def decode(record: object, where: str) -> pygame.event.Event:
    if not isinstance(record, dict) or not isinstance(record.get("type"), str):
        raise RecordError(f"{where}: an event needs a \"type\"")
    kind = record["type"]
    try:
        if kind in ("key", "keyup"):
            name = record.get("key")
            if not isinstance(name, str) or len(name) > 32:
                raise ValueError("\"key\" should be a key name such as \"space\"")
            key = pygame.key.key_code(name)
            mods = record.get("mod", [])
            if not isinstance(mods, list) or not all(m in dict(_MODS) for m in mods):
                raise ValueError("\"mod\" should be a list of \"ctrl\", \"alt\", \"shift\"")
            mod = 0
            for name, bit in _MODS:
                if name in mods:
                    mod |= bit
            return pygame.event.Event(pygame.KEYDOWN if kind == "key" else pygame.KEYUP, key=key, mod=mod, unicode="", scancode=0)
        if kind in ("click", "release"):
            return pygame.event.Event(pygame.MOUSEBUTTONDOWN if kind == "click" else pygame.MOUSEBUTTONUP,
                                      pos=_pos(record.get("pos")), button=_int(record, "button", 1, 15, 1))
        if kind == "move":
            return pygame.event.Event(pygame.MOUSEMOTION, pos=_pos(record.get("pos")), rel=(0, 0), buttons=(0, 0, 0))
        if kind == "wheel":
            y = _int(record, "y", -100, 100)
            return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False, precise_x=0.0, precise_y=float(y))
        if kind == "resize":
            w, h = _pos(record.get("size"), 1)
            return pygame.event.Event(pygame.VIDEORESIZE, size=(w, h), w=w, h=h)
        if kind == "quit":
            return pygame.event.Event(pygame.QUIT)
    except (KeyError, TypeError, ValueError) as exc:
        raise RecordError(f"{where}: bad '{_show(kind)[1:-1]}' event ({exc})") from exc
    raise RecordError(f"{where}: unknown event type {_show(kind)}")


def _pos(value: object, low: int = -_COORD) -> tuple[int, int]:
    if not (isinstance(value, list) and len(value) == 2
            and all(isinstance(v, int) and not isinstance(v, bool) and low <= v <= _COORD for v in value)):
        raise ValueError(f"a position is [x, y], whole numbers from {low} to {_COORD}, not {_show(value)}")
    return value[0], value[1]


class Recorder:
    """Writes every frame's events, with the time since the start: it observes the app (`app.observe`), which
    hands it each frame's events before it handles them."""

    def __init__(self, app: Any, path: Path, start: dict[str, str | None] | None = None,
                 clock: Callable[[], float] | None = None) -> None:
        from game.outputs import open_output

        self.app, self.path = app, Path(path)
        self.clock = clock or app.now  # wall time: an idle window steps with dt 0, but time still passes
        self.began = self.clock()
        self.t = 0
        self.handle = open_output(self.path, "--record")
        self._write({"format": FORMAT, "version": VERSION, "start": start or {"scene": None, "line": None}})
        app.observe(self.saw)

    def _write(self, record: dict[str, Any]) -> None:
        self.handle.write(json.dumps(record) + "\n")

    def saw(self, events: list[pygame.event.Event]) -> None:
        """One frame's events, as the app is about to handle them."""
        self.t = max(self.t, min(MAX_T, int(round((self.clock() - self.began) * 1000))))
        encoded = [e for e in (encode(ev, self.app.display.to_logical) for ev in events) if e]
        if encoded:
            self._write({"t": self.t, "events": encoded})

    def close(self) -> None:
        view = self.app.view()
        self._write({"end": {"screen": view.screen, "line": view.line_id}})
        self.handle.close()


def _refuse_constant(name: str) -> object:
    raise ValueError(f"{name} is not a number a recording may hold")


def _parse_int(text: str) -> int:
    if len(text.lstrip("-")) > 15:
        raise ValueError(f"the number {text[:20]}... is too long")
    return int(text)


def _loads(text: str) -> object:
    """Strict JSON for one line: no NaN or Infinity, no huge integers, no deep nesting."""
    if len(text) > MAX_LINE:
        raise ValueError(f"the line is over {MAX_LINE // 1024} kB")
    depth = 0
    for char in text:  # cheap bound on nesting before the recursive parser sees it
        if char in "[{":
            depth += 1
            if depth > 8:
                raise ValueError("brackets are nested too deeply")
        elif char in "]}":
            depth -= 1
    return json.loads(text, parse_constant=_refuse_constant, parse_int=_parse_int)


def _read_text(path: Path) -> str:
    """The file's text, only if it is a regular file under MAX_BYTES (no FIFO, device or folder)."""
    try:
        info = os.stat(path)
        if not stat.S_ISREG(info.st_mode):
            raise RecordError(f"{path}: not a regular file (a recording must be a file, not a pipe, device or folder)")
        if info.st_size > MAX_BYTES:
            raise RecordError(f"{path}: {info.st_size} bytes is over the {MAX_BYTES // (1024 * 1024)} MB a recording may be")
        with open(path, "rb") as handle:
            data = handle.read(MAX_BYTES + 1)
    except OSError as exc:
        raise RecordError(f"{path}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > MAX_BYTES:
        raise RecordError(f"{path}: over the {MAX_BYTES // (1024 * 1024)} MB a recording may be")
    try:
        return data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise RecordError(f"{path}: not UTF-8 text ({exc.reason} at byte {exc.start})") from exc


def _header(record: dict[str, Any], where: str) -> dict[str, Any]:
    if record.get("format") != FORMAT or not isinstance(record.get("version"), int):
        raise RecordError(f"{where}: the first line should be the header {{\"format\": \"{FORMAT}\", ...}}")
    if record["version"] > VERSION:
        raise RecordError(f"{where}: made by a newer game (version {record['version']})")
    start = record.get("start", {})
    if start is None:
        start = {}
    if not isinstance(start, dict) or not all(isinstance(start.get(k), (str, type(None))) for k in ("scene", "line")):
        raise RecordError(f"{where}: \"start\" should be {{\"scene\": id or null, \"line\": id or null}}")
    if start.get("line") and not start.get("scene"):
        raise RecordError(f"{where}: \"start\" names a line without its scene")
    return {**record, "start": start}


def read_recording(path: Path) -> tuple[dict[str, Any], list[tuple[int, list[pygame.event.Event]]], dict[str, Any] | None]:
    """Read and check a recording: every field's type and range, with the line number of a bad one."""
    header: dict[str, Any] | None = None
    frames: list[tuple[int, list[pygame.event.Event]]] = []
    end = None
    last_t = 0
    for number, text in enumerate(_read_text(path).splitlines(), start=1):
        where = f"{path}:{number}"
        if not text.strip():
            continue
        try:
            record = _loads(text)
        except json.JSONDecodeError as exc:
            raise RecordError(f"{where}: not JSON ({exc.msg})") from exc
        except (ValueError, RecursionError) as exc:
            raise RecordError(f"{where}: not a recording line ({exc})") from exc
        if not isinstance(record, dict):
            raise RecordError(f"{where}: each line should be a JSON object")
        if header is None:
            header = _header(record, where)
        elif "end" in record:
            end = record["end"] if isinstance(record["end"], dict) else None
            if end is not None and not all(isinstance(end.get(k), (str, type(None))) for k in ("screen", "line")):
                raise RecordError(f"{where}: \"end\" should be {{\"screen\": name, \"line\": id or null}}")
        else:
            try:
                t = _int(record, "t", last_t, MAX_T)
            except ValueError as exc:
                raise RecordError(f"{where}: {exc} (ms since the start, never going backwards, at most six hours)") from exc
            events = record.get("events")
            if not isinstance(events, list) or len(events) > MAX_EVENTS:
                raise RecordError(f"{where}: \"events\" should be a list of at most {MAX_EVENTS} events")
            frames.append((t, [decode(e, where) for e in events]))
            last_t = t
    if header is None:
        raise RecordError(f"{path}:1: the file is empty")
    return header, frames, end
