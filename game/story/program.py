"""The story compiled for playing: one `Beat` per shown line, with the full stage it is seen on.

Owns the meaning of stage directions (who stands where, place, time, music, one-shot cues).
Precomputing the stage per line makes rollback, jumps and saves exact: a line id is enough
to rebuild the whole screen.
"""

from __future__ import annotations

import gc
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from game.story.camera import WIDE, Camera, is_move, next_camera
from game.story.diagnostics import Diagnostic, make
from game.story.model import NOWHERE, Direction, Line, Loc, Scene, Story

DEFAULT_POSITION = "centre"
DEFAULT_EXPRESSION = "neutral"
DEFAULT_POSE = "standing"


@dataclass(frozen=True, slots=True)
class Looks:
    """What tells a sprite set's pose words from its expressions (from its manifest)."""

    poses: tuple[str, ...] = (DEFAULT_POSE,)
    default_pose: str = DEFAULT_POSE


LooksOf = Callable[[str], Looks]  # sprite set -> its looks


@dataclass(frozen=True, slots=True)
class Actor:
    who: str
    sprite: str
    expression: str
    position: str
    loc: Loc = field(default=NOWHERE, compare=False)  # the direction or line that set this look
    pose: str = DEFAULT_POSE
    facing: str | None = None  # left, right, or None: towards the centre or the one spoken to (the renderer decides)
    extras: tuple[str, ...] = ()  # tears, blush, sweat... drawn over the face, in order

    def but(self, **changes: object) -> "Actor":
        return replace(self, **changes)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class Stage:
    scene: str
    place: str
    time: str
    memory: bool
    music: str | None
    actors: tuple[Actor, ...]
    event: str | None = None  # a full-frame illustration shown in place of the stage
    camera: Camera = WIDE

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


def compile_story(story: Story, looks: LooksOf | None = None) -> tuple[Program, list[Diagnostic]]:
    """One beat per shown line. `looks` tells each sprite set's poses from its expressions (without it,
    every set has one pose, `standing`, and other words are expressions)."""
    beats: list[Beat] = []
    warnings: list[Diagnostic] = []
    scene_first: dict[str, int] = {}
    collecting = gc.isenabled()
    gc.disable()  # hundreds of thousands of small frozen objects: the cycle collector only slows this down
    try:
        for scene in story.scenes:
            first = len(beats)
            _StageBuilder(story, scene, warnings, looks or _one_pose).compile(beats)
            if len(beats) > first:
                scene_first[scene.id] = first
    finally:
        if collecting:
            gc.enable()
    by_id = {beat.line.id: beat.index for beat in beats}
    return Program(tuple(beats), by_id, scene_first), warnings


class _StageBuilder:
    """Walks one scene's steps with a mutable stage; a new frozen `Stage` is made only when it changed."""

    def __init__(self, story: Story, scene: Scene, warnings: list[Diagnostic], looks: LooksOf) -> None:
        self.story, self.scene, self.warnings, self.looks = story, scene, warnings, looks
        self.sprites = dict(scene.sprites)
        self.place, self.time, self.music = scene.place, scene.time, scene.music
        self.event: str | None = None
        self.actors: dict[str, Actor] = {}  # insertion order is stage order
        self.camera = WIDE  # every scene starts wide
        self.frozen: Stage | None = None

    def stage(self) -> Stage:
        if self.frozen is None:
            self.frozen = Stage(self.scene.id, self.place, self.time, self.scene.memory, self.music,
                                tuple(self.actors.values()), self.event,
                                self.camera)
        return self.frozen

    def compile(self, beats: list[Beat]) -> None:
        cues: list[Direction] = []
        first = True
        for step in self.scene.steps:
            if isinstance(step, Direction):
                if self.apply(step):
                    self.frozen = None
                    if is_move(step):
                        cues.append(step)  # the framing changes now; the move itself is played with the next line
                else:
                    cues.append(step)  # sound, pause, transition, shake, flash: played with the next line
                continue
            current = self.actors.get(step.speaker) if step.expression and step.speaker else None
            if current is not None and current.expression != step.expression:
                self.actors[current.who] = current.but(expression=step.expression, loc=step.loc)
                self.frozen = None
            beats.append(Beat(len(beats), step, self.stage(), tuple(cues), first))
            cues = []
            first = False

    def apply(self, d: Direction) -> bool:
        """Change the stage for a direction; False for one-shot cues, which do not change it."""
        verb = d.verb
        if verb == "show" and d.who:
            self.actors[d.who] = self.show(d, self.actors.get(d.who))
        elif verb == "hide":
            if d.who == "all" or d.who == self.camera.who:
                self.camera = WIDE if self.camera.who else self.camera  # no close-up on someone who left
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
                self.actors[current.who] = current.but(position=d.position or current.position, loc=d.loc)
        elif verb == "place":
            self.place = d.value or self.place
            self.event = None
            self.camera = WIDE  # a new place is seen whole first
        elif verb == "event":
            self.event = None if d.value == "none" else d.value
        elif verb == "camera":
            if d.who and d.who not in self.actors:
                self.warnings.append(make("VN133", d.loc, f"the camera is on '{d.who}', who is not on stage",
                                          f"add 'show: {d.who}' before it"))
            self.camera = next_camera(self.camera, d)
        elif verb == "time":
            self.time = d.value or self.time
        elif verb == "music":
            self.music = None if d.value == "none" else d.value
        else:
            return False
        return True

    def show(self, d: Direction, current: Actor | None) -> Actor:
        """A `show`: the words the set knows as poses set the pose, the other one the expression; the rest
        (position, facing, extras) changes only what is named. Unknown words are kept for the asset check."""
        sprite = self.sprites.get(d.who or "") or self.story.cast[d.who or ""].sprite
        looks = self.looks(sprite)
        actor = current if current is not None and current.sprite == sprite else Actor(
            d.who or "", sprite, current.expression if current else DEFAULT_EXPRESSION,
            current.position if current else DEFAULT_POSITION, pose=looks.default_pose,
            facing=current.facing if current else None)
        pose = expression = None
        for word in d.looks:
            if word in looks.poses and pose is None:
                pose = word
            elif expression is None:
                expression = word
            else:
                pose = word  # a second word that is no pose: reported by the asset check as an unknown pose
        extras = list(actor.extras)
        for sign_name in d.extras:
            name = sign_name[1:]
            if sign_name[0] == "+" and name not in extras:
                extras.append(name)
            elif sign_name[0] == "-" and name in extras:
                extras.remove(name)
        return actor.but(expression=expression or actor.expression, pose=pose or actor.pose,
                         position=d.position or actor.position, facing=d.facing or actor.facing,
                         extras=tuple(extras), loc=d.loc)


def _one_pose(_sprite: str) -> Looks:
    return Looks()


def stage_directions(story: Story) -> list[Direction]:
    """Every direction in the story, in order (for asset checks)."""
    return [s for scene in story.scenes for s in scene.steps if isinstance(s, Direction)]
