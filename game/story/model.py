"""The script as frozen data: cast, places, scenes, lines and stage directions, each with its source location."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from game.story.conditions import Condition, FlagValue

TIMES: tuple[str, ...] = ("dawn", "morning", "noon", "afternoon", "dusk", "night", "sunrise")
SHOWN_KINDS: tuple[str, ...] = ("say", "think", "narrate", "page")
LineKind = Literal["say", "think", "narrate", "page"]


@dataclass(frozen=True, slots=True)
class Loc:
    """A place in a source file: 1-based line and column."""

    file: str
    line: int
    col: int

    def __str__(self) -> str:
        return f"{self.file}:{self.line}:{self.col}"


NOWHERE = Loc("<none>", 0, 0)


@dataclass(frozen=True, slots=True)
class CastMember:
    id: str
    name: str
    color: tuple[int, int, int]
    sprite: str
    loc: Loc = NOWHERE


@dataclass(frozen=True, slots=True)
class Place:
    id: str
    name: str
    map: str
    lighting: tuple[tuple[str, tuple[int, int, int]], ...] = ()
    loc: Loc = NOWHERE


@dataclass(frozen=True, slots=True)
class Direction:
    """A stage direction: `verb` (show, hide, move, place, time, sound, music, pause,
    transition, shake, flash, event, camera, gesture) with its parsed arguments. A `show` keeps its expression and
    pose words unsorted in `looks` (the sprite set tells them apart), its extras as `+name` / `-name`."""

    verb: str
    who: str | None = None
    expression: str | None = None
    position: str | None = None
    value: str | None = None
    seconds: float = 0.0
    looks: tuple[str, ...] = ()
    extras: tuple[str, ...] = ()
    facing: str | None = None
    loc: Loc = NOWHERE


@dataclass(frozen=True, slots=True)
class Line:
    """A line the player sees and clicks through."""

    id: str
    kind: LineKind
    speaker: str | None
    text: str
    scene: str
    expression: str | None = None
    title: str | None = None
    when: Condition | None = None  # shown only when this holds (`if:`); skipped otherwise
    loc: Loc = NOWHERE


@dataclass(frozen=True, slots=True)
class SetFlags:
    """`set:` — give flags values (in order), when `when` holds."""

    flags: tuple[tuple[str, FlagValue], ...]
    when: Condition | None = None
    loc: Loc = NOWHERE


@dataclass(frozen=True, slots=True)
class Jump:
    """`jump: SCENE` — go on at another scene's start (or `end`: end the story), when `when` holds."""

    target: str
    when: Condition | None = None
    loc: Loc = NOWHERE


@dataclass(frozen=True, slots=True)
class Option:
    """One option of a menu: its text, its condition and the steps it plays (an option's `jump:` is its
    last step); after them the story goes on after the menu."""

    text: str
    when: Condition | None
    steps: tuple["Step", ...]
    loc: Loc = NOWHERE


@dataclass(frozen=True, slots=True)
class Choice:
    """`choice:` — a menu; `id` is stable like a line id (`SCENE/@c-HASH`, from its options' texts)."""

    id: str
    options: tuple[Option, ...]
    loc: Loc = NOWHERE


Step = Line | Direction | SetFlags | Jump | Choice


def walk(steps: tuple[Step, ...]) -> list[Step]:
    """Every step, options' steps included, in the order they are written."""
    out: list[Step] = []
    for step in steps:
        out.append(step)
        if isinstance(step, Choice):
            for option in step.options:
                out += walk(option.steps)
    return out


@dataclass(frozen=True, slots=True)
class Scene:
    id: str
    title: str
    place: str
    time: str
    memory: bool
    music: str | None
    sprites: tuple[tuple[str, str], ...]
    steps: tuple[Step, ...]
    loc: Loc = NOWHERE

    @property
    def lines(self) -> tuple[Line, ...]:
        """The shown lines only, options' lines included, in the order they are written."""
        return tuple(s for s in self.walk() if isinstance(s, Line))

    def walk(self) -> list[Step]:
        """Every step, options' steps included, in the order they are written."""
        return walk(self.steps)


@dataclass(frozen=True, slots=True)
class Story:
    title: str
    subtitle: str
    content_note: str
    credits: str
    end_card: str
    cast: dict[str, CastMember]
    places: dict[str, Place]
    scenes: tuple[Scene, ...]
    files: tuple[str, ...] = field(default=())

    def scene(self, scene_id: str) -> Scene | None:
        for scene in self.scenes:
            if scene.id == scene_id:
                return scene
        return None
