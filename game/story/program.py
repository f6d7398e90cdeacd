"""The story compiled for playing: one `Beat` per shown line, with the full stage it is seen on.

Owns the meaning of stage directions (who stands where, place, time, music, one-shot cues).
Precomputing the stage per line makes rollback, jumps and saves exact: a line id is enough
to rebuild the whole screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace

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
    for scene in story.scenes:
        first = len(beats)
        _compile_scene(story, scene, beats, warnings)
        if len(beats) > first:
            scene_first[scene.id] = first
    by_id = {beat.line.id: beat.index for beat in beats}
    return Program(tuple(beats), by_id, scene_first), warnings


def _compile_scene(story: Story, scene: Scene, beats: list[Beat], warnings: list[Diagnostic]) -> None:
    sprites = dict(scene.sprites)
    stage = Stage(scene.id, scene.place, scene.time, scene.memory, scene.music, ())
    cues: list[Direction] = []
    first = True
    for step in scene.steps:
        if isinstance(step, Direction):
            stage = _apply(story, sprites, stage, step, cues, warnings)
            continue
        if step.expression and step.speaker and stage.actor(step.speaker):
            stage = _set_actor(stage, replace(stage.actor(step.speaker), expression=step.expression, loc=step.loc))  # type: ignore[arg-type]
        beats.append(Beat(len(beats), step, stage, tuple(cues), first))
        cues = []
        first = False


def _set_actor(stage: Stage, actor: Actor) -> Stage:
    actors = [actor if a.who == actor.who else a for a in stage.actors]
    if not any(a.who == actor.who for a in stage.actors):
        actors.append(actor)
    return replace(stage, actors=tuple(actors))


def _apply(story: Story, sprites: dict[str, str], stage: Stage, d: Direction,
           cues: list[Direction], warnings: list[Diagnostic]) -> Stage:
    if d.verb == "show" and d.who:
        current = stage.actor(d.who)
        sprite = sprites.get(d.who) or story.cast[d.who].sprite
        actor = Actor(
            d.who, sprite,
            d.expression or (current.expression if current else DEFAULT_EXPRESSION),
            d.position or (current.position if current else DEFAULT_POSITION),
            d.loc,
        )
        return _set_actor(stage, actor)
    if d.verb == "hide":
        if d.who == "all":
            return replace(stage, actors=())
        if not stage.actor(d.who or ""):
            warnings.append(make("VN133", d.loc, f"'{d.who}' is hidden but is not on stage",
                                 f"add 'show: {d.who}' earlier, or remove this line"))
            return stage
        return replace(stage, actors=tuple(a for a in stage.actors if a.who != d.who))
    if d.verb == "move":
        current = stage.actor(d.who or "")
        if current is None:
            warnings.append(make("VN133", d.loc, f"'{d.who}' is moved but is not on stage",
                                 f"use 'show: {d.who} at {d.position}' instead"))
            return stage
        return _set_actor(stage, replace(current, position=d.position or current.position, loc=d.loc))
    if d.verb == "place":
        return replace(stage, place=d.value or stage.place)
    if d.verb == "time":
        return replace(stage, time=d.value or stage.time)
    if d.verb == "music":
        return replace(stage, music=None if d.value == "none" else d.value)
    cues.append(d)  # sound, pause, transition, shake, flash: played with the next line
    return stage


def stage_directions(story: Story) -> list[Direction]:
    """Every direction in the story, in order (for asset checks)."""
    return [s for scene in story.scenes for s in scene.steps if isinstance(s, Direction)]
