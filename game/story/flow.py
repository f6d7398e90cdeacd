"""Checks of the story's flow, once every scene is loaded: jumps to nowhere, scenes nothing reaches,
steps after a jump, flags read but never set, a menu offering the same text twice.

Reads the frozen model only; errors (a jump to nowhere) keep the story from being played.
"""

from __future__ import annotations

from game.story.conditions import Condition
from game.story.diagnostics import Diagnostic, did_you_mean, make
from game.story.format import END
from game.story.model import Choice, Jump, Line, Loc, SetFlags, Step, Story


def check_flow(story: Story) -> list[Diagnostic]:
    out: list[Diagnostic] = []
    ids = [scene.id for scene in story.scenes]
    for scene in story.scenes:
        for step in scene.walk():
            if isinstance(step, Jump) and step.target != END and step.target not in ids:
                out.append(make("VN170", step.loc, f"'jump: {step.target}' goes to no scene",
                                did_you_mean(step.target, [*ids, END]) or "jump to a scene id, or 'end' to end the story"))
            if isinstance(step, Choice):
                seen: set[str] = set()
                for option in step.options:
                    if option.text in seen:
                        out.append(make("VN176", option.loc, f"this menu offers '{option.text}' twice",
                                        "give each option its own text"))
                    seen.add(option.text)
        _after_jumps(scene.steps, out)
    out += _unreachable_scenes(story)
    out += _flags_never_set(story)
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


def _unreachable_scenes(story: Story) -> list[Diagnostic]:
    scenes = story.scenes
    if not scenes:
        return []
    index = {scene.id: i for i, scene in enumerate(scenes)}
    reached, todo = {0}, [0]
    while todo:
        i = todo.pop()
        nexts = [index[s.target] for s in scenes[i].walk() if isinstance(s, Jump) and s.target in index]
        if not ends(scenes[i].steps) and i + 1 < len(scenes):
            nexts.append(i + 1)
        for j in nexts:
            if j not in reached:
                reached.add(j)
                todo.append(j)
    return [make("VN173", scene.loc, f"scene '{scene.id}' is never reached",
                 "nothing jumps to it and the scene before it always jumps away; add 'jump: "
                 f"{scene.id}' where it should follow")
            for i, scene in enumerate(scenes) if i not in reached]


def _flags_never_set(story: Story) -> list[Diagnostic]:
    setting: set[str] = set()
    reading: list[tuple[Condition, Loc]] = []
    for scene in story.scenes:
        for step in scene.walk():
            if isinstance(step, SetFlags):
                setting.update(name for name, _ in step.flags)
            when = getattr(step, "when", None)
            if isinstance(step, (Line, SetFlags, Jump)) and when is not None:
                reading.append((when, step.loc))
            if isinstance(step, Choice):
                reading += [(o.when, o.loc) for o in step.options if o.when is not None]
    out, told = [], set()
    for condition, loc in reading:
        if condition.flag not in setting and condition.flag not in told:
            told.add(condition.flag)
            out.append(make("VN174", loc, f"flag '{condition.flag}' is read here but never set",
                            did_you_mean(condition.flag, setting) or f"add 'set: {condition.flag}' where it becomes true"))
    return out
