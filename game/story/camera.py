"""The camera as the script directs it: the `camera:` grammar, the framing it leaves on stage (`Camera`, part
of every Stage) and how long a move takes. Symbolic only: where a framing falls on the picture is the
renderer's business (game/render/camera.py).

    camera: wide                      the whole place (every scene starts wide; so does a new place)
    camera: medium [WHO]              a closer two-shot of everyone on stage (or centred on WHO)
    camera: close WHO                 a close-up on WHO's face
    camera: pan left|right [slow|fast]   a move across the place, ending on that side (held until changed)
    camera: push in [slow|fast]       a slow move closer into the current framing, on an emotional beat

`wide`, `medium` and `close` are cuts; `pan` and `push in` move (a cut under the Reduce motion setting and
in `vn replay`).
"""

from __future__ import annotations

from dataclasses import dataclass

import yaml

from game.story.diagnostics import did_you_mean
from game.story.model import CastMember, Direction
from game.story.nodes import Ctx

SHOTS = ("wide", "medium", "close", "pan", "push")
SIDES = ("left", "right")
SPEEDS = ("slow", "normal", "fast")
MOVE_SECONDS = {"pan": {"slow": 6.0, "normal": 3.5, "fast": 2.0}, "push": {"slow": 4.5, "normal": 2.8, "fast": 1.5}}


@dataclass(frozen=True, slots=True)
class Camera:
    """The framing a stage is seen through: `shot` is wide, medium, close, or a side a pan ended on
    (pan-left, pan-right); `who` the character a medium or close shot is on; `pushed` after a push in."""

    shot: str = "wide"
    who: str | None = None
    pushed: bool = False

    def describe(self) -> str:
        """As the trace shows it: 'wide', 'close sakura', 'pan-right pushed'."""
        return " ".join(w for w in (self.shot, self.who, "pushed" if self.pushed else None) if w)


WIDE = Camera()


def camera_direction(ctx: Ctx, node: yaml.Node, words: list[str], cast: dict[str, CastMember]) -> Direction | None:
    """`camera: ...` -> Direction('camera', value=shot, who=WHO, position=side, seconds=move time), or None
    with a located VN129 error ("did you mean" for misspelt words)."""
    loc = ctx.loc(node)
    shot, rest = words[0], words[1:]
    if shot not in SHOTS:
        return _bad(ctx, node, f"'{shot}' is not a camera shot", did_you_mean(shot, SHOTS)
                    or "use wide, medium, close NAME, pan left|right, or push in")
    if shot == "wide":
        return Direction("camera", value="wide", loc=loc) if not rest else _bad(
            ctx, node, f"'camera: wide' takes no more words, not '{' '.join(rest)}'")
    if shot in ("medium", "close"):
        if len(rest) > 1 or (shot == "close" and not rest):
            return _bad(ctx, node, f"write 'camera: {shot} NAME'" if shot == "close" else "write 'camera: medium [NAME]'",
                        "e.g. 'camera: close sakura'")
        who = rest[0] if rest else None
        if who is not None and who not in cast:
            ctx.err("VN120", node, f"unknown character '{who}'", did_you_mean(who, list(cast)))
            return None
        return Direction("camera", value=shot, who=who, loc=loc)
    if shot == "pan":
        if not rest or rest[0] not in SIDES:
            side = rest[0] if rest else ""
            return _bad(ctx, node, f"a pan goes left or right, not '{side}'" if side else "write 'camera: pan left|right [slow|fast]'",
                        did_you_mean(side, SIDES) if side else "e.g. 'camera: pan right slow'")
        side, rest = rest[0], rest[1:]
    else:
        if not rest or rest[0] != "in":
            return _bad(ctx, node, "write 'camera: push in [slow|fast]'", did_you_mean(rest[0], ("in",)) if rest else None)
        side, rest = None, rest[1:]
    if len(rest) > 1 or (rest and rest[0] not in SPEEDS):
        word = " ".join(rest)
        return _bad(ctx, node, f"'{word}' is not a speed", did_you_mean(word, SPEEDS) or "use slow or fast")
    speed = rest[0] if rest else "normal"
    return Direction("camera", value=shot, position=side, seconds=MOVE_SECONDS[shot][speed], loc=loc)


def _bad(ctx: Ctx, node: yaml.Node, message: str, hint: str | None = None) -> None:
    ctx.err("VN129", node, message, hint)
    return None


def next_camera(current: Camera, d: Direction) -> Camera:
    """The framing after a camera direction."""
    if d.value == "pan":
        return Camera(f"pan-{d.position}")
    if d.value == "push":
        return Camera(current.shot, current.who, True)
    return Camera(d.value or "wide", d.who)


def is_move(d: Direction) -> bool:
    return d.verb == "camera" and d.value in ("pan", "push")
