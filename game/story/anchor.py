"""Finding a saved line again after the script was edited, when its text appears more than once.

A repeated line's id (`…-2`, `…-3`) is given by order of appearance, so inserting or deleting a copy
renumbers the others. A save therefore also keeps an anchor: the line's own text id and the text ids
of the lines just before and after it in its scene. `relocate` finds the line the anchor describes.
Pure story core: no pygame, no files.
"""

from __future__ import annotations

from typing import Any

from game.story.lines import derive_id
from game.story.program import Program

MAX_ID = 200  # characters: an anchor comes from a save, which is not trusted


def base_id(program: Program, index: int) -> str:
    line = program.beats[index].line
    return derive_id(line.scene, line.kind, line.speaker, line.text)


def _near(program: Program, index: int, step: int) -> str | None:
    other = index + step
    if not 0 <= other < len(program.beats) or program.beats[other].line.scene != program.beats[index].line.scene:
        return None
    return base_id(program, other)


def anchor_of(program: Program, index: int) -> dict[str, str | None]:
    """What identifies the line at `index` besides its id: its text id and its neighbours' text ids."""
    return {"at": program.beats[index].line.id, "base": base_id(program, index),
            "before": _near(program, index, -1), "after": _near(program, index, 1)}


def parse_anchor(value: object) -> dict[str, str | None] | None:
    """A save's anchor, or None when it is missing or malformed (an old save, or a damaged one)."""
    if not isinstance(value, dict) or not isinstance(value.get("base"), str):
        return None
    out: dict[str, str | None] = {}
    for key in ("at", "base", "before", "after"):
        item = value.get(key)
        if item is not None and (not isinstance(item, str) or len(item) > MAX_ID):
            return None
        out[key] = item
    return out


def relocate(program: Program, position: str, anchor: dict[str, Any]) -> tuple[int | None, bool]:
    """Where the anchored line is now: (index, moved). `moved` means its own text changed, so the
    reader should be told. (None, False) when nothing in its scene matches."""
    scene = position.split("/", 1)[0]
    first = program.scene_first.get(scene)
    if first is None:
        return None, False
    indices = []
    for index in range(first, len(program.beats)):
        if program.beats[index].line.scene != scene:
            break
        indices.append(index)

    def score(index: int) -> int:  # what follows counts most: it is what the reader goes on to
        return 2 * (_near(program, index, 1) == anchor["after"]) + (_near(program, index, -1) == anchor["before"])

    same = [i for i in indices if base_id(program, i) == anchor["base"]]
    exact = program.index_of(position)
    if same:
        best = max(same, key=lambda i: (score(i), i == exact))
        if score(best) > 0:
            return best, False
    around = [i for i in indices if score(i) == 3 and i not in same]  # the line itself was edited, in place
    if len(around) == 1:
        return around[0], True
    if len(same) == 1:  # its neighbours were edited, the line was not
        return same[0], False
    return (exact if exact in same else None), False
