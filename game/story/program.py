"""The story compiled for playing: one `Beat` per shown line, with the full stage it is seen on.

Owns the meaning of stage directions (who stands where, place, time, music, one-shot cues).
Precomputing the stage per line makes rollback, jumps and saves exact: a line id is enough
to rebuild the whole screen.
"""

from __future__ import annotations

import gc
from dataclasses import dataclass, field

from game.story.diagnostics import Diagnostic, make
from game.story.model import NOWHERE, Direction, Line, Loc, Scene, Story

DEFAULT_POSITION = "centre"
DEFAULT_EXPRESSION = "neutral"


@dataclass(frozen=True, slots=True)
class Actor:
    who: str
    sprite: str
    expression: str
    position: str
    loc: Loc = field(default=NOWHERE, compare=False)  # the direction or line that set this look


@dataclass(frozen=True, slots=True)
class Stage:
    scene: str
    place: str
    time: str
    memory: bool
    music: str | None
    actors: tuple[Actor, ...]

    def actor(self, who: str) -> Actor | None:
        return next((a for a in self.actors if a.who == who), None)


@dataclass(frozen=True, slots=True)
class Beat:
    """A shown line, the stage it is seen on, and the one-shot cues played as it appears."""

    index: int
    line: Line
    stage: Stage
    cues: tuple[Direction, ...]
    scene_start: bool


@dataclass(frozen=True, slots=True)
class Program:
    beats: tuple[Beat, ...]
    by_id: dict[str, int]
    scene_first: dict[str, int]

    def index_of(self, line_id: str) -> int | None:
        return self.by_id.get(line_id)


def compile_story(story: Story) -> tuple[Program, list[Diagnostic]]:
    beats: list[Beat] = []
    warnings: list[Diagnostic] = []
    scene_first: dict[str, int] = {}
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of small frozen objects: the cycle collector only slows this down
    try:
        for scene in story.scenes:
            first = len(beats)
            _StageBuilder(story, scene, warnings).compile(beats)
            if len(beats) > first:
                scene_first[scene.id] = first
    finally:
        if collecting:
            gc.enable()
    by_id = {beat.line.id: beat.index for beat in beats}
    return Program(tuple(beats), by_id, scene_first), warnings


class _StageBuilder:
    """Walks one scene's steps with a mutable stage; a new frozen `Stage` is made only when it changed."""

    def __init__(self, story: Story, scene: Scene, warnings: list[Diagnostic]) -> None:
        self.story, self.scene, self.warnings = story, scene, warnings
        self.sprites = dict(scene.sprites)
        self.place, self.time, self.music = scene.place, scene.time, scene.music
        self.actors: dict[str, Actor] = {}  # insertion order is stage order
        self.frozen: Stage | None = None

    def stage(self) -> Stage:
        if self.frozen is None:
            self.frozen = Stage(self.scene.id, self.place, self.time, self.scene.memory, self.music,
                                tuple(self.actors.values()))
        return self.frozen

    def compile(self, beats: list[Beat]) -> None:
        cues: list[Direction] = []
        first = True
        for step in self.scene.steps:
            if isinstance(step, Direction):
                if self.apply(step):
                    self.frozen = None
                else:
                    cues.append(step)  # sound, pause, transition, shake, flash: played with the next line
                continue
            current = self.actors.get(step.speaker) if step.expression and step.speaker else None
            if current is not None and current.expression != step.expression:
                self.actors[current.who] = Actor(current.who, current.sprite, step.expression or current.expression,
                                                 current.position, step.loc)
                self.frozen = None
            beats.append(Beat(len(beats), step, self.stage(), tuple(cues), first))
            cues = []
            first = False

    def apply(self, d: Direction) -> bool:
        """Change the stage for a direction; False for one-shot cues, which do not change it."""
        verb = d.verb
        if verb == "show" and d.who:
            current = self.actors.get(d.who)
            sprite = self.sprites.get(d.who) or self.story.cast[d.who].sprite
            self.actors[d.who] = Actor(
                d.who, sprite,
                d.expression or (current.expression if current else DEFAULT_EXPRESSION),
                d.position or (current.position if current else DEFAULT_POSITION),
                d.loc,
            )
        elif verb == "hide":
            if d.who == "all":
                self.actors.clear()
            elif self.actors.pop(d.who or "", None) is None:
                self.warnings.append(make("VN133", d.loc, f"'{d.who}' is hidden but is not on stage",
                                          f"add 'show: {d.who}' earlier, or remove this line"))
        elif verb == "move":
            current = self.actors.get(d.who or "")
            if current is None:
                self.warnings.append(make("VN133", d.loc, f"'{d.who}' is moved but is not on stage",
                                          f"use 'show: {d.who} at {d.position}' instead"))
            else:
                self.actors[current.who] = Actor(current.who, current.sprite, current.expression,
                                                 d.position or current.position, d.loc)
        elif verb == "place":
            self.place = d.value or self.place
        elif verb == "time":
            self.time = d.value or self.time
        elif verb == "music":
            self.music = None if d.value == "none" else d.value
        else:
            return False
        return True


def stage_directions(story: Story) -> list[Direction]:
    """Every direction in the story, in order (for asset checks)."""
    return [s for scene in story.scenes for s in scene.steps if isinstance(s, Direction)]
