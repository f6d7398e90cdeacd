"""Things the characters hold or lie under, drawn with the body: the orange paperback (in a hand, or
open over a sleeping face), a bowl and chopsticks, a single flower, a blanket."""
from __future__ import annotations

import math
from typing import TYPE_CHECKING

from .body import Skeleton
from .svg import Doc, Mat, Point, smooth

if TYPE_CHECKING:
    from .char import Char

ORANGE = Mat.of((240, 140, 50), (204, 96, 40))
PAGES = Mat.of((248, 242, 226), (214, 204, 184))
BOWL = Mat.of((236, 232, 222), (188, 180, 170))
SOUP = Mat.of((214, 160, 90), (186, 126, 70))
WOOD = Mat.of((170, 120, 70), (130, 86, 50))
PETAL = Mat.of((250, 250, 246), (214, 214, 226))
STEM = Mat.of((90, 150, 80), (60, 110, 60))
BLANKET = Mat.of((96, 140, 96), (70, 108, 76), (130, 170, 120))

WHERE = {"book": "under-arms", "book-back": "under-arms", "bowl": "front", "chopsticks": "front",
         "flower": "front", "blanket": "front", "book-face": "over-face", "stone": "under-arms", "bottle": "front",
         "pack": "under-arms", "book-chest": "under-arms"}
STONE = Mat.of((58, 62, 70), (36, 38, 46), (120, 128, 140))
BOTTLE = Mat.of((120, 150, 110), (84, 110, 78), (200, 226, 190))  # a pale green glass sake bottle
PACK = Mat.of((176, 132, 84), (132, 94, 58), (214, 176, 128))   # a tan canvas travel pack (not the vest's green)
BOTTLE_TURN = 40.0  # degrees from the forearm's line: the neck tipped to her lips


def _hand_point(sk: Skeleton, side: int, k: float = 0.45) -> tuple[Point, float]:
    el, wr = sk.arms[side][1], sk.arms[side][2]
    ang = math.atan2(wr[1] - el[1], wr[0] - el[0])
    L = sk.b.hand
    return (wr[0] + math.cos(ang) * L * k, wr[1] + math.sin(ang) * L * k), math.degrees(ang)


def book(d: Doc, at: Point, ang: float, L: float, open_: bool = True) -> None:
    """An orange paperback seen from its cover side (the reader sees the pages)."""
    d.push(f"translate({at[0]:.1f},{at[1]:.1f}) rotate({ang:.1f})")
    w, h = L * 0.62, L * 0.85
    if open_:
        for s in (-1, 1):
            d.part(smooth([(0, -h * 0.5), (s * w, -h * 0.55), (s * w * 1.02, h * 0.5), (0, h * 0.56)], k=0.06), ORANGE, shade=8, line=3.5)
        d.line(smooth([(0, -h * 0.5), (0, h * 0.56)], closed=False), ORANGE.line, 3.0)
        d.part(smooth([(-w * 0.55, -h * 0.28), (-w * 0.15, -h * 0.3), (-w * 0.15, -h * 0.05), (-w * 0.55, -h * 0.03)], k=0.05),
               Mat.of((250, 226, 120)), shade=3, line=2.0)
    else:
        d.part(smooth([(-w * 0.5, -h * 0.5), (w * 0.5, -h * 0.5), (w * 0.5, h * 0.5), (-w * 0.5, h * 0.5)], k=0.04), ORANGE, shade=8, line=3.5)
    d.pop()


def bottle(d: Doc, at: Point, ang: float, L: float) -> None:
    """A small sake bottle, neck first along `ang` (degrees), its body in the hand at `at`."""
    d.push(f"translate({at[0]:.1f},{at[1]:.1f}) rotate({ang:.1f})")
    w = L * 0.28
    d.part(smooth([(-w, L * 0.35), (-w * 1.05, -L * 0.05), (-w * 0.45, -L * 0.3), (-w * 0.3, -L * 0.62), (w * 0.3, -L * 0.62),
                   (w * 0.45, -L * 0.3), (w * 1.05, -L * 0.05), (w, L * 0.35)], k=0.08), BOTTLE, shade=6, line=3.5)
    d.part(smooth([(-w * 0.7, -L * 0.02), (w * 0.7, -L * 0.02), (w * 0.7, L * 0.16), (-w * 0.7, L * 0.16)], k=0.04),
           Mat.of((236, 228, 208)), shade=3, line=2.0)  # its paper label
    d.pop()


def draw(d: Doc, c: "Char", sk: Skeleton, where: str) -> None:
    L = sk.b.hand
    for name in sk.p.props:
        if WHERE.get(name) != where:
            continue
        if name == "book":      # held up in his right hand, open towards his face
            at, ang = _hand_point(sk, -1, 0.35)
            book(d, (at[0] + L * 0.2, at[1] - L * 0.1), -8, L * 1.2)
        elif name == "book-back":
            at, ang = _hand_point(sk, -1, 0.5)
            book(d, at, ang - 90, L * 1.1, open_=False)
        elif name == "book-chest":  # shut, in his right hand, lying along his forearm on his chest
            at, ang = _hand_point(sk, -1, 0.3)
            book(d, at, ang - 90, L * 1.1, open_=False)
        elif name == "book-face":
            fx, fy = sk.face
            book(d, (fx, fy - sk.b.hh * 0.05), sk.head_angle, sk.b.hh * 1.05)
        elif name == "bowl":
            at, _ = _hand_point(sk, 1, 0.3)
            at = (at[0], at[1] - L * 0.3)
            r = L * 0.8
            d.part(smooth([(at[0] - r, at[1] - r * 0.1), (at[0] + r, at[1] - r * 0.1), (at[0] + r * 0.7, at[1] + r * 0.55),
                           (at[0], at[1] + r * 0.7), (at[0] - r * 0.7, at[1] + r * 0.55)]), BOWL, shade=r * 0.25, line=4)
            d.part(smooth([(at[0] - r * 0.92, at[1] - r * 0.12), (at[0], at[1] - r * 0.32), (at[0] + r * 0.92, at[1] - r * 0.12),
                           (at[0], at[1] + r * 0.08)]), SOUP, shade=5, line=3)
            d.line(smooth([(at[0] - r * 0.8, at[1] + r * 0.2), (at[0], at[1] + r * 0.3), (at[0] + r * 0.8, at[1] + r * 0.2)],
                          closed=False), (200, 70, 70), 5)
        elif name == "chopsticks":
            at, _ = _hand_point(sk, -1, 0.5)
            for k in (0, 1):
                d.part(smooth([(at[0] - 4 + k * 12, at[1] - L * 0.4), (at[0] + 4 + k * 12, at[1] - L * 0.4),
                               (at[0] + L * 0.9 + k * 6, at[1] + L * 0.35), (at[0] + L * 0.86 + k * 6, at[1] + L * 0.4)], k=0.02),
                       WOOD, shade=2, line=2)
        elif name == "flower":
            at, ang = _hand_point(sk, 1, 0.3)
            top = (at[0] + L * 0.35, at[1] - L * 0.95)
            d.taper([(at[0] + L * 0.05, at[1] + L * 0.5), at, top], STEM.base, 7, 7, 6)
            d.part(smooth([(top[0] - 30, top[1] + 40), (top[0] + 34, top[1] + 30), (top[0] + 14, top[1] + 4)]), STEM, shade=4, line=3)
            for i in range(5):
                a = math.radians(i * 72 - 90)
                px, py = top[0] + math.cos(a) * L * 0.2, top[1] + math.sin(a) * L * 0.2
                d.part(smooth([(top[0], top[1]), (px + math.cos(a + 1.2) * 18, py + math.sin(a + 1.2) * 18),
                               (px + math.cos(a) * 14, py + math.sin(a) * 14), (px + math.cos(a - 1.2) * 18, py + math.sin(a - 1.2) * 18)]),
                       PETAL, shade=5, line=3)
            d.part(smooth([(top[0] + 11 * math.cos(t), top[1] + 11 * math.sin(t)) for t in (0, 1.6, 3.1, 4.7)]),
                   Mat.of((240, 200, 80)), shade=3, line=2.5)
        elif name == "blanket":
            blanket(d, sk)
        elif name == "bottle":  # held to her mouth in her right hand, tipped up
            at, ang = _hand_point(sk, -1, 0.3)
            bottle(d, at, ang + 90 + BOTTLE_TURN, L * 1.15)
        elif name == "pack":   # held up between both hands, its drawstring pulled shut
            pack(d, _hand_point(sk, -1, 0.4)[0], _hand_point(sk, 1, 0.4)[0], L)
        elif name == "stone":   # the memorial's polished top edge in front of her, under her hands
            y = min(sk.arms[-1][2][1], sk.arms[1][2][1]) + L * 0.25
            w = sk.p.size[0]
            d.part(smooth([(w * 0.04, y), (w * 0.5, y - 14), (w * 0.96, y), (w * 0.98, sk.p.size[1] + 40),
                           (w * 0.02, sk.p.size[1] + 40)], k=0.08), STONE, shade=30, rim=8)
            d.line(smooth([(w * 0.06, y + 24), (w * 0.5, y + 10), (w * 0.94, y + 24)], closed=False), STONE.light, 3)


def pack(d: Doc, left: Point, right: Point, L: float) -> None:
    """A canvas travel pack hanging from its gathered mouth, held between two hands: a strap over the top, a
    flap with a buckle, the drawstring running from hand to hand."""
    cx, top = (left[0] + right[0]) / 2, min(left[1], right[1]) + L * 0.1
    w, h = max(abs(right[0] - left[0]) * 0.75, L * 1.6), L * 2.6
    body = smooth([(cx - w * 0.35, top), (cx + w * 0.35, top), (cx + w * 0.62, top + h * 0.45), (cx + w * 0.55, top + h),
                   (cx - w * 0.55, top + h), (cx - w * 0.62, top + h * 0.45)], k=0.12)
    d.part(body, PACK, shade=w * 0.12, rim=6, line=4)
    flap = smooth([(cx - w * 0.42, top + h * 0.08), (cx + w * 0.42, top + h * 0.08), (cx + w * 0.46, top + h * 0.42),
                   (cx, top + h * 0.5), (cx - w * 0.46, top + h * 0.42)], k=0.1)
    d.part(flap, PACK, shade=w * 0.06, line=3.5)
    d.part(smooth([(cx - L * 0.14, top + h * 0.38), (cx + L * 0.14, top + h * 0.38), (cx + L * 0.14, top + h * 0.56),
                   (cx - L * 0.14, top + h * 0.56)], k=0.05), Mat.of((170, 150, 90), (120, 100, 60)), shade=2, line=2.5)
    d.line(smooth([left, (cx, top + L * 0.12), right], closed=False), PACK.line, 5)   # the drawstring
    d.line(smooth([(cx - w * 0.5, top + h * 0.9), (cx + w * 0.5, top + h * 0.9)], closed=False), PACK.line, 2.5)


def blanket(d: Doc, sk: Skeleton) -> None:
    """The green shuriken-print blanket over a figure lying on her side, pulled up to the shoulders and tucked
    past the feet (drawn in body space, the figure upright: +x turns to the top once the pose lies down, so
    that side rises over the hip and the knees and the other lies flat on the seat)."""
    b, o = sk.b, sk.o
    top = b.shoulder + 0.035 * b.H   # just under the chin: the head and the hand by the cheek show
    flat = -b.hipw * 1.2            # the side on the seat: nearly straight
    upper = [(b.sh * 1.05, top + 0.01 * b.H), (b.sh * 1.12, top + 0.07 * b.H), (b.hipw * 1.05, -0.14 * b.H),
             (b.hipw * 1.42, 0.0), (b.hipw * 1.34, 0.12 * b.H), (b.hipw * 1.18, 0.26 * b.H),
             (b.hipw * 1.12, 0.33 * b.H), (b.hipw * 0.95, 0.45 * b.H), (b.hipw * 0.6, 0.55 * b.H)]
    lower = [(flat * 0.7, 0.56 * b.H), (flat, 0.48 * b.H), (flat * 1.02, 0.2 * b.H), (flat * 1.04, -0.1 * b.H),
             (-b.sh * 1.08, top + 0.06 * b.H), (-b.sh * 1.0, top)]
    pts = [(o[0] + x, o[1] + y) for x, y in [*upper, *lower]]
    shape = smooth(pts, k=0.16)
    d.part(shape, BLANKET, shade=b.sh * 0.3, rim=6, line=4)
    for j in range(9):   # shuriken print, in rows down the blanket
        for i in (-1, 0, 1):
            x, y = o[0] + i * b.hipw * 0.62 + (j % 2) * b.hipw * 0.3, o[1] + top + 0.08 * b.H + j * 0.058 * b.H
            star = [(x + (14 if k % 2 == 0 else 5) * math.cos(k * math.pi / 4), y + (14 if k % 2 == 0 else 5) * math.sin(k * math.pi / 4))
                    for k in range(8)]
            d.clipped(shape, "M" + " L".join(f"{px:.1f},{py:.1f}" for px, py in star) + " Z", BLANKET.light)
    d.line(smooth([(o[0] - b.sh * 1.0, o[1] + top + 26), (o[0], o[1] + top + 14), (o[0] + b.sh * 1.05, o[1] + top + 30)],
                  closed=False), BLANKET.line, 3)   # the turned-down hem
    d.line(smooth([(o[0] + b.hipw * 0.2, o[1] - 0.02 * b.H), (o[0] + b.hipw * 0.5, o[1] + 0.2 * b.H),
                   (o[0] + b.hipw * 0.3, o[1] + 0.42 * b.H)], closed=False), BLANKET.line, 2.5)   # a fold along the legs
