"""Checks of the story's flow, once every scene is loaded: jumps to nowhere, scenes nothing reaches,
steps after a jump, flags read but never set, a menu offering the same text twice.

Reads the frozen model only; errors (a jump to nowhere) keep the story from being played.
"""

from __future__ import annotations

from dataclasses import dataclass

from game.story.diagnostics import Diagnostic, did_you_mean, make
from game.story.format import END
from game.story.model import Choice, Jump, Line, Loc, Scene, SetFlags, Step, Story


def check_flow(story: Story) -> list[Diagnostic]:
    return report_flow([scene_flow(scene) for scene in story.scenes])


@dataclass(slots=True)
class SceneFlow:
    """What the flow checks need from one scene, read in one walk of its steps: its jumps to look up (in order,
    among the menus' repeated options), the steps after a jump, where it can go on to, and the flags it sets and
    reads. `report_flow` turns the scenes' facts into the diagnostics `check_flow` gives."""

    id: str
    loc: Loc
    checks: list[tuple[str, Loc] | Diagnostic]  # a jump's target to look up, or a menu offering a text twice
    after: list[Diagnostic]  # steps after a jump (VN175)
    targets: list[str]  # every jump's target, in order
    ends: bool  # the scene never comes out at its end
    sets: list[str]  # the flags its 'set:' steps name
    reads: list[tuple[str, Loc]]  # the flags its conditions read, where


def scene_flow(scene: Scene) -> SceneFlow:
    checks: list[tuple[str, Loc] | Diagnostic] = []
    targets: list[str] = []
    sets: list[str] = []
    reads: list[tuple[str, Loc]] = []
    for step in scene.walk():
        if isinstance(step, Jump):
            targets.append(step.target)
            if step.target != END:
                checks.append((step.target, step.loc))
        if isinstance(step, Choice):
            seen: set[str] = set()
            for option in step.options:
                if option.text in seen:
                    checks.append(make("VN176", option.loc, f"this menu offers '{option.text}' twice",
                                       "give each option its own text"))
                seen.add(option.text)
            reads += [(o.when.flag, o.loc) for o in step.options if o.when is not None]
        if isinstance(step, SetFlags):
            sets += [name for name, _ in step.flags]
        when = getattr(step, "when", None)
        if isinstance(step, (Line, SetFlags, Jump)) and when is not None:
            reads.append((when.flag, step.loc))
    after: list[Diagnostic] = []
    _after_jumps(scene.steps, after)
    return SceneFlow(scene.id, scene.loc, checks, after, targets, ends(scene.steps), sets, reads)


def report_flow(scenes: list[SceneFlow]) -> list[Diagnostic]:
    """The flow diagnostics of a story of these scenes, in order: jumps to nowhere and menus offering a text twice
    with each scene's steps after a jump, then the scenes never reached, then the flags read but never set."""
    out: list[Diagnostic] = []
    ids = [scene.id for scene in scenes]
    known = set(ids)
    for scene in scenes:
        for check in scene.checks:
            if isinstance(check, Diagnostic):
                out.append(check)
                continue
            target, loc = check
            if target not in known:
                out.append(make("VN170", loc, f"'jump: {target}' goes to no scene",
                                did_you_mean(target, [*ids, END]) or "jump to a scene id, or 'end' to end the story"))
        out += scene.after
    out += _unreachable_scenes(scenes)
    out += _flags_never_set(scenes)
    return out


def ends(steps: tuple[Step, ...]) -> bool:
    """Whether playing `steps` never comes out at their end: an unconditional jump, or a menu with an
    option that is always offered whose every option ends so (a menu of hidden options is passed by)."""
    for step in steps:
        if isinstance(step, Jump) and step.when is None:
            return True
        if (isinstance(step, Choice) and any(o.when is None for o in step.options)
                and all(ends(o.steps) for o in step.options)):
            return True
    return False


def _after_jumps(steps: tuple[Step, ...], out: list[Diagnostic]) -> None:
    for at, step in enumerate(steps):
        if isinstance(step, Choice):
            for option in step.options:
                _after_jumps(option.steps, out)
        if ends((step,)) and at + 1 < len(steps):
            what = f"'jump: {step.target}'" if isinstance(step, Jump) else "a menu whose every option jumps away"
            out.append(make("VN175", _loc(steps[at + 1], step.loc), f"this is never reached: it comes after {what}",
                            "move it before the jump, or give the jump an 'if:'"))
            return


def _loc(step: Step, fallback: Loc) -> Loc:
    return getattr(step, "loc", fallback)


def _unreachable_scenes(scenes: list[SceneFlow]) -> list[Diagnostic]:
    if not scenes:
        return []
    index = {scene.id: i for i, scene in enumerate(scenes)}
    reached, todo = {0}, [0]
    while todo:
        i = todo.pop()
        nexts = [index[target] for target in scenes[i].targets if target in index]
        if not scenes[i].ends and i + 1 < len(scenes):
            nexts.append(i + 1)
        for j in nexts:
            if j not in reached:
                reached.add(j)
                todo.append(j)
    return [make("VN173", scene.loc, f"scene '{scene.id}' is never reached",
                 "nothing jumps to it and the scene before it always jumps away; add 'jump: "
                 f"{scene.id}' where it should follow")
            for i, scene in enumerate(scenes) if i not in reached]


def _flags_never_set(scenes: list[SceneFlow]) -> list[Diagnostic]:
    setting = {name for scene in scenes for name in scene.sets}
    out, told = [], set()
    for scene in scenes:
        for flag, loc in scene.reads:
            if flag not in setting and flag not in told:
                told.add(flag)
                out.append(make("VN174", loc, f"flag '{flag}' is read here but never set",
                                did_you_mean(flag, setting) or f"add 'set: {flag}' where it becomes true"))
    return out
