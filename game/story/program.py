"""The story compiled for playing: one `Beat` per shown line, with the full stage it is seen on, and
the flow between them as a short list of ops (show a beat, set flags, go to, offer a menu, end).

Owns the meaning of stage directions (who stands where, place, time, music, one-shot cues) and of
the flow: what comes after a line is `Program.after` then `Program.run`, and nowhere else.
Precomputing the stage per line makes rollback, jumps and saves exact: a line id is enough
to rebuild the whole screen. A menu's options each start from the stage as it was at the menu, and
the lines after the menu are seen on that same stage (an option's directions stay in the option).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from game.story.camera import WIDE, Camera, is_move, next_camera
from game.story.conditions import Condition, FlagValue
from game.story.diagnostics import Diagnostic, make
from game.story.format import END
from game.story.gcpause import gc_paused
from game.story.model import NOWHERE, Choice, Direction, Jump, Line, Loc, Scene, SetFlags, Step, Story

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
        """This actor with `changes` (as `dataclasses.replace`, without its per-call field inspection)."""
        values = {name: getattr(self, name) for name in Actor.__slots__}
        values.update(changes)
        return Actor(**values)  # type: ignore[arg-type]


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


Flags = dict[str, FlagValue]


@dataclass(frozen=True, slots=True)
class Show:
    beat: int


@dataclass(frozen=True, slots=True)
class SetOp:
    flags: tuple[tuple[str, FlagValue], ...]
    when: Condition | None = None


@dataclass(frozen=True, slots=True)
class Goto:
    """Go to op `target` when `when` holds (always when None); with `unless`, when it does not hold."""

    target: int
    when: Condition | None = None
    unless: bool = False


@dataclass(frozen=True, slots=True)
class Entry:
    """A menu's option as compiled: its text, its condition and the op its steps start at."""

    text: str
    when: Condition | None
    start: int


@dataclass(frozen=True, slots=True)
class Menu:
    id: str
    scene: str
    entries: tuple[Entry, ...]
    after: int  # where the story goes on when no option is offered
    loc: Loc = NOWHERE


@dataclass(frozen=True, slots=True)
class End:
    pass


Op = Show | SetOp | Goto | Menu | End


@dataclass(frozen=True, slots=True)
class Next:
    """Where running the ops stopped: a beat to show, a menu to choose from, or neither (the end);
    `flags` are the flags as they are there."""

    beat: Beat | None
    menu: Menu | None
    flags: Flags


@dataclass(frozen=True, slots=True)
class Program:
    beats: tuple[Beat, ...]
    by_id: dict[str, int]
    scene_first: dict[str, int]  # scene -> the index of its first beat as written
    ops: tuple[Op, ...] = (End(),)
    op_of: tuple[int, ...] = ()  # beat index -> the op that shows it
    scene_op: dict[str, int] = field(default_factory=dict)  # scene -> its first op
    menus: dict[str, int] = field(default_factory=dict)  # menu id -> its op

    def index_of(self, line_id: str) -> int | None:
        return self.by_id.get(line_id)

    @property
    def linear(self) -> bool:
        """Whether every line simply follows the one before it (no menu, flag, condition or jump)."""
        return all(isinstance(op, (Show, End)) for op in self.ops)

    def menu(self, menu_id: str) -> Menu | None:
        at = self.menus.get(menu_id)
        return None if at is None else self.ops[at]  # type: ignore[return-value]

    def after(self, line_id: str | None) -> int:
        """The op that follows a shown line (the story's first op before any line)."""
        index = None if line_id is None else self.by_id.get(line_id)
        return 0 if index is None else self.op_of[index] + 1

    def run(self, at: int, flags: Flags) -> Next:
        """Play the ops from `at` until a line, a menu or the end; never changes `flags` (returns new ones)."""
        flags = dict(flags)
        for _ in range(4 * len(self.ops) + 16):  # a loop of jumps that shows nothing ends the story
            op = self.ops[at]
            if isinstance(op, Show):
                return Next(self.beats[op.beat], None, flags)
            if isinstance(op, Menu):
                if any(e.when is None or e.when.holds(flags) for e in op.entries):
                    return Next(None, op, flags)
                at = op.after  # every option hidden: the menu is passed by
                continue
            if isinstance(op, SetOp):
                if op.when is None or op.when.holds(flags):
                    flags.update(op.flags)
            elif isinstance(op, Goto):
                if op.when is None or op.when.holds(flags) != op.unless:
                    at = op.target
                    continue
            else:
                return Next(None, None, flags)
            at += 1
        return Next(None, None, flags)


def compile_story(story: Story, looks: LooksOf | None = None,
                  ends: list[tuple[int, int]] | None = None) -> tuple[Program, list[Diagnostic]]:
    """One beat per shown line. `looks` tells each sprite set's poses from its expressions (without it,
    every set has one pose, `standing`, and other words are expressions). `ends`, when given, gets where each
    scene's beats and warnings end (how many there are after it), scene by scene."""
    beats: list[Beat] = []
    warnings: list[Diagnostic] = []
    scene_first: dict[str, int] = {}
    flow = _Flow()
    with gc_paused():  # hundreds of thousands of small frozen objects: the cycle collector only slows this down
        for scene in story.scenes:
            first = len(beats)
            flow.scene_op[scene.id] = len(flow.ops)
            _StageBuilder(story, scene, warnings, looks or _one_pose, flow).compile(beats)
            if len(beats) > first:
                scene_first[scene.id] = first
            if ends is not None:
                ends.append((len(beats), len(warnings)))
    by_id = {beat.line.id: beat.index for beat in beats}
    ops, op_of = flow.finish(len(beats))
    menus = {op.id: at for at, op in enumerate(ops) if isinstance(op, Menu)}
    return Program(tuple(beats), by_id, scene_first, ops, op_of, dict(flow.scene_op), menus), warnings


class _Flow:
    """The ops being written; jumps name scenes until `finish` turns them into op numbers."""

    def __init__(self) -> None:
        self.ops: list[Op | None] = []
        self.jumps: list[tuple[int, str, Condition | None]] = []
        self.scene_op: dict[str, int] = {}

    def add(self, op: Op | None) -> int:
        self.ops.append(op)
        return len(self.ops) - 1

    def finish(self, n_beats: int) -> tuple[tuple[Op, ...], tuple[int, ...]]:
        end = self.add(End())
        for at, target, when in self.jumps:
            self.ops[at] = Goto(end if target == END else self.scene_op.get(target, end), when)
        ops = tuple(op if op is not None else End() for op in self.ops)
        op_of = [0] * n_beats
        for at, op in enumerate(ops):
            if isinstance(op, Show):
                op_of[op.beat] = at
        return ops, tuple(op_of)


class _StageBuilder:
    """Walks one scene's steps with a mutable stage; a new frozen `Stage` is made only when it changed."""

    def __init__(self, story: Story, scene: Scene, warnings: list[Diagnostic], looks: LooksOf, flow: _Flow) -> None:
        self.story, self.scene, self.warnings, self.looks, self.flow = story, scene, warnings, looks, flow
        self.sprites = dict(scene.sprites)
        self.place, self.time, self.music = scene.place, scene.time, scene.music
        self.event: str | None = None
        self.actors: dict[str, Actor] = {}  # insertion order is stage order
        self.camera = WIDE  # every scene starts wide
        self.frozen: Stage | None = None
        self.cues: list[Direction] = []
        self.first = True

    def stage(self) -> Stage:
        if self.frozen is None:
            self.frozen = Stage(self.scene.id, self.place, self.time, self.scene.memory, self.music,
                                tuple(self.actors.values()), self.event,
                                self.camera)
        return self.frozen

    def compile(self, beats: list[Beat]) -> None:
        self.steps(self.scene.steps, beats)

    def steps(self, steps: tuple[Step, ...], beats: list[Beat]) -> None:
        flow = self.flow
        for step in steps:
            if type(step) is Line:  # most steps: tested first (the step types are distinct final classes)
                self.line(step, beats)
            elif isinstance(step, Direction):
                if self.apply(step):
                    self.frozen = None
                    if is_move(step):
                        self.cues.append(step)  # the framing changes now; the move itself is played with the next line
                else:
                    self.cues.append(step)  # sound, pause, transition, shake, flash, gesture: played with the next line
            elif isinstance(step, Line):
                self.line(step, beats)
            elif isinstance(step, SetFlags):
                flow.add(SetOp(step.flags, step.when))
            elif isinstance(step, Jump):
                flow.jumps.append((flow.add(None), step.target, step.when))
            elif isinstance(step, Choice):
                self.choice(step, beats)

    def line(self, step: Line, beats: list[Beat]) -> None:
        skip = self.flow.add(None) if step.when is not None else None
        current = self.actors.get(step.speaker) if step.expression and step.speaker else None
        if current is not None and current.expression != step.expression:
            self.actors[current.who] = current.but(expression=step.expression, loc=step.loc)
            self.frozen = None
        cues = self.cues
        if cues:
            moving = next((c for c in cues if is_move(c)), None)
            for cue in cues:
                if cue.verb == "gesture" and moving is not None:
                    self.warnings.append(make("VN133", cue.loc, f"'{cue.who}' makes a gesture ({cue.value}) on a line the "
                                              f"camera moves on ({moving.value}), which does not play it",
                                              "move the camera a line earlier or later, or remove the gesture"))
            self.cues = []
        index = len(beats)
        beats.append(Beat(index, step, self.frozen or self.stage(), tuple(cues), self.first))
        self.flow.ops.append(Show(index))
        self.first = False
        if skip is not None:
            self.flow.ops[skip] = Goto(len(self.flow.ops), step.when, unless=True)

    def choice(self, step: Choice, beats: list[Beat]) -> None:
        """Each option starts from the stage at the menu; after the menu, that stage goes on."""
        flow = self.flow
        at = flow.add(None)
        saved = self.save()
        entries, exits = [], []
        for option in step.options:
            self.restore(saved)
            entries.append(Entry(option.text, option.when, len(flow.ops)))
            self.steps(option.steps, beats)
            exits.append(flow.add(None))
        self.restore(saved)
        after = len(flow.ops)
        for exit_at in exits:
            flow.ops[exit_at] = Goto(after)
        flow.ops[at] = Menu(step.id, self.scene.id, tuple(entries), after, step.loc)

    def save(self) -> tuple[object, ...]:
        return (self.place, self.time, self.music, self.event, dict(self.actors), self.camera, self.frozen,
                list(self.cues), self.first)

    def restore(self, saved: tuple[object, ...]) -> None:
        (self.place, self.time, self.music, self.event, actors, self.camera, self.frozen,
         cues, self.first) = saved  # type: ignore[assignment]
        self.actors, self.cues = dict(actors), list(cues)  # type: ignore[call-overload]

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
        elif verb == "gesture":
            if d.who not in self.actors:
                self.warnings.append(make("VN133", d.loc, f"'{d.who}' makes a gesture ({d.value}) but is not on stage",
                                          f"add 'show: {d.who}' before it"))
            elif self.event:
                self.warnings.append(make("VN133", d.loc, f"'{d.who}' makes a gesture ({d.value}) while the illustration "
                                          f"'{self.event}' hides the stage", "put it after 'event: none', or remove it"))
            return False  # played with the next line; the stage is unchanged
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
    return [s for scene in story.scenes for s in scene.walk() if isinstance(s, Direction)]
