"""What a character wears and how it is built: the :class:`Char` a figure is drawn from (its drawing is in
``figure.py``; the props it holds, in ``props.py``, read it too)."""
from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from .body import Build, Skeleton
from .faces import Style
from .svg import Doc, Mat

Draw = Callable[[Doc, Skeleton], None]


def _none(d: Doc, sk: Skeleton) -> None:
    pass


@dataclass
class Char:
    key: str
    build: Build
    skin: Mat
    style: Style
    expressions: list[str]
    shoe: Mat
    sleeve: Mat | None = None       # full sleeves (to the wrist), or none: bare arms
    sleeve_to: float = 1.95         # where the sleeve ends along the arm (0 shoulder, 1 elbow, 2 wrist)
    sleeve_w: float = 0.0
    glove: Mat | None = None
    elbow_guard: Mat | None = None
    legwear: Mat | None = None      # trousers; None: bare legs
    legwear_to: float = 1.9
    neck_mat: Mat | None = None
    behind: Draw = _none            # under the legs (a coat's back, a skirt's back)
    torso: Draw = _none
    collar: Draw = _none
    over_arms: Draw = _none         # over the front arms (a coat draped on the shoulders)
    head_extra: Callable[[Doc], None] = lambda d: None
    hair_back: Callable[[Doc], None] = lambda d: None
    hair_front: Callable[[Doc], None] = lambda d: None
    mark: Callable[[Doc], None] = lambda d: None
    fixed: list[str] = field(default_factory=lambda: ["mark"])
    own_extras: tuple[str, ...] = ()  # extras only this set has (drawn by faces.extra), after the shared ones
