"""The one mutable story state: where the reader is, the way back, the way forward, and the flags the
story has set. Which lines were ever seen is not the story's state but the player's record
(game.persistent): one record, kept across playthroughs, which skipping reads.

Versioned and JSON-only (never pickle): `to_json()` / `StoryState.from_json()`. Version 2 added flags
and menus: a stop on the way back or forward is a line id (a string, as in version 1) or, when it is
a menu or the flags differ from none, `{"at": ID, "took": N, "flags": {...}}`. Version 3 no longer
writes `seen` (a second copy of the player's record); versions 1 and 2 load, and their `seen` is ignored.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from game.story.conditions import FLAG_RE, FlagValue

FORMAT = "vn-story-state"
VERSION = 3
MIN_COMPATIBLE = 2  # a version-1 game cannot read flags or menus; a version-2 game reads version 3
TRAIL_LIMIT = 300  # how many lines back rollback can go
MAX_FLAGS = 1000
MAX_VALUE = 200  # characters of a flag's value (a word in the script)


class StateError(ValueError):
    """A state document that cannot be used: says what is wrong with it."""


@dataclass
class Stop:
    """A place the reader stopped at: a line id, or a menu id with the option taken there (`took`,
    0-based, once one was), and the flags as they were when it was reached."""

    at: str
    took: int | None = None
    flags: dict[str, FlagValue] = field(default_factory=dict)

    def to_json(self) -> str | dict[str, Any]:
        if self.took is None and not self.flags:
            return self.at
        return {"at": self.at, **({"took": self.took} if self.took is not None else {}),
                **({"flags": dict(self.flags)} if self.flags else {})}


@dataclass
class StoryState:
    position: str | None = None  # the line (or menu) id on screen, None before the first line
    ended: bool = False
    trail: list[Stop] = field(default_factory=list)  # stops before this one, oldest first
    future: list[Stop] = field(default_factory=list)  # stops rolled back from, nearest last
    anchor: dict[str, str | None] | None = None  # what else identifies `position` (game.story.anchor)
    flags: dict[str, FlagValue] = field(default_factory=dict)  # as they are at `position`
    took: int | None = None  # at a menu rolled back to: the option taken there before

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "min_compatible": MIN_COMPATIBLE,
            "position": self.position,
            "ended": self.ended,
            "trail": [stop.to_json() for stop in self.trail],
            "future": [stop.to_json() for stop in self.future],
            "flags": dict(self.flags),
            **({"took": self.took} if self.took is not None else {}),
            **({"anchor": self.anchor} if self.anchor else {}),
        }

    @classmethod
    def from_json(cls, data: object) -> "StoryState":
        if not isinstance(data, dict):
            raise StateError("the story state is not a JSON object")
        if data.get("format") != FORMAT:
            raise StateError(f"not a story state (format is {data.get('format')!r})")
        version, minimum = data.get("version"), data.get("min_compatible", data.get("version"))
        if not isinstance(version, int) or not isinstance(minimum, int):
            raise StateError("the state's version is missing or not a number")
        if minimum > VERSION:
            raise StateError(f"made by a newer game (needs state version {minimum}, this game reads {VERSION})")
        position = data.get("position")
        if position is not None and not isinstance(position, str):
            raise StateError("'position' should be a line id")
        stops = {name: [_stop(item, name) for item in _items(data, name)] for name in ("trail", "future")}
        ended = data.get("ended", False)
        if not isinstance(ended, bool):
            raise StateError("'ended' should be true or false")
        from game.story.anchor import parse_anchor

        return cls(position, ended, stops["trail"][-TRAIL_LIMIT:], stops["future"][-TRAIL_LIMIT:],
                   parse_anchor(data.get("anchor")), _flags(data.get("flags", {}), "flags"),
                   _took(data.get("took"), "took"))


def _items(data: dict[str, Any], name: str) -> list[Any]:
    value = data.get(name, [])
    if not isinstance(value, list):
        raise StateError(f"'{name}' should be a list of line ids")
    return value


def _stop(item: object, where: str) -> Stop:
    if isinstance(item, str):
        return Stop(item)
    if not isinstance(item, dict) or not isinstance(item.get("at"), str):
        raise StateError(f"'{where}' should be a list of line ids")
    return Stop(item["at"], _took(item.get("took"), where), _flags(item.get("flags", {}), where))


def _took(value: object, where: str) -> int | None:
    if value is None:
        return None
    if not isinstance(value, int) or isinstance(value, bool) or not 0 <= value < 1000:
        raise StateError(f"'{where}' holds an option number that cannot be one")
    return value


def _flags(value: object, where: str) -> dict[str, FlagValue]:
    if not isinstance(value, dict) or len(value) > MAX_FLAGS:
        raise StateError(f"'{where}' should hold at most {MAX_FLAGS} flags")
    for name, item in value.items():
        if not FLAG_RE.match(name) or len(name) > MAX_VALUE:
            raise StateError(f"'{where}' holds a flag name that cannot be one")
        if not isinstance(item, (bool, str)) or (isinstance(item, str) and len(item) > MAX_VALUE):
            raise StateError(f"'{where}' holds a flag value that is not true, false or a word")
    return dict(value)
