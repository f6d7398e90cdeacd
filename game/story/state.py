"""The one mutable story state: where the reader is, the way back, the way forward, what was seen.

Versioned and JSON-only (never pickle): `to_json()` / `StoryState.from_json()`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

FORMAT = "vn-story-state"
VERSION = 1
MIN_COMPATIBLE = 1
TRAIL_LIMIT = 300  # how many lines back rollback can go


class StateError(ValueError):
    """A state document that cannot be used: says what is wrong with it."""


@dataclass
class StoryState:
    position: str | None = None  # the line id on screen, None before the first line
    ended: bool = False
    trail: list[str] = field(default_factory=list)  # lines before this one, oldest first
    future: list[str] = field(default_factory=list)  # lines rolled back from, nearest last
    seen: set[str] = field(default_factory=set)
    anchor: dict[str, str | None] | None = None  # what else identifies `position` (game.story.anchor)

    def to_json(self) -> dict[str, Any]:
        return {
            "format": FORMAT,
            "version": VERSION,
            "min_compatible": MIN_COMPATIBLE,
            "position": self.position,
            "ended": self.ended,
            "trail": list(self.trail),
            "future": list(self.future),
            "seen": sorted(self.seen),
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
        lists = {}
        for name in ("trail", "future", "seen"):
            value = data.get(name, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise StateError(f"'{name}' should be a list of line ids")
            lists[name] = value
        ended = data.get("ended", False)
        if not isinstance(ended, bool):
            raise StateError("'ended' should be true or false")
        from game.story.anchor import parse_anchor

        return cls(position, ended, lists["trail"][-TRAIL_LIMIT:], lists["future"][-TRAIL_LIMIT:], set(lists["seen"]),
                   parse_anchor(data.get("anchor")))
