"""Shared parts of the event illustrations: the cast's colours (ART.md), carved names, mist,
petals, and the finishing light (a vignette and a soft glow) every frame gets."""
from __future__ import annotations

import random

from .svg import Svg, ellipse_d, n, rect_d, smooth, taper

LINE = "#2a2230"          # the outer line, a warm near-black
LINE_SOFT = "#4a3a44"     # inner lines

SKIN = "#f3d2bc"
SKIN_SH = "#d9a993"
SKIN_HI = "#fde7d8"

# Kakashi
K_HAIR, K_HAIR_SH, K_HAIR_HI = "#dfe3ea", "#a9b0c2", "#ffffff"
K_MASK, K_MASK_SH = "#2b3350", "#1c2238"
K_SHIRT, K_SHIRT_SH = "#2f3858", "#1f2640"
K_VEST, K_VEST_SH, K_VEST_HI = "#667f52", "#4b6140", "#80996a"
K_GLOVE, K_GLOVE_SH = "#2a2e40", "#1a1d2b"
PLATE, PLATE_SH, PLATE_HI = "#b8c0cb", "#8a93a2", "#eef2f6"
BAND, BAND_SH = "#2a3048", "#1c2034"   # forehead protector cloth

# Sakura
S_HAIR, S_HAIR_SH, S_HAIR_HI = "#f4a9c4", "#d97fa3", "#ffd9e7"
S_RED, S_RED_SH, S_RED_HI = "#c9343f", "#9b2430", "#e25a62"
S_APRON, S_APRON_SH = "#e9a3b6", "#c97f95"
S_DARK, S_DARK_SH = "#3b3440", "#28222c"
S_BAND, S_BAND_SH = "#d63840", "#a42a32"   # her forehead protector's red cloth, as the sprites have it
S_EYE = "#3f9a6a"
COAT, COAT_SH, COAT_HI = "#f3f4f1", "#c9d0da", "#ffffff"


def glyph_strokes(rng: random.Random, x: float, y: float, size: float) -> list[list[tuple[float, float]]]:
    """A made-up character (not a real one): a few short strokes in a square cell."""
    out = []
    for _ in range(rng.randint(3, 6)):
        kind = rng.random()
        cx, cy = x + rng.uniform(0.15, 0.85) * size, y + rng.uniform(0.15, 0.85) * size
        half = size * rng.uniform(0.18, 0.42)
        if kind < 0.35:
            out.append([(cx - half, cy), (cx + half, cy + rng.uniform(-2, 2))])
        elif kind < 0.65:
            out.append([(cx, cy - half), (cx + rng.uniform(-2, 2), cy + half)])
        elif kind < 0.85:
            s = rng.choice((-1, 1))
            out.append([(cx - half * 0.6 * s, cy - half * 0.7), (cx + half * 0.5 * s, cy + half * 0.6)])
        else:
            out.append([(cx, cy), (cx + size * 0.08, cy + size * 0.1)])
    return out


def carved_name(svg: Svg, rng: random.Random, x: float, y: float, cell: float, count: int,
                cut: str, edge: str, width: float, op: float = 1.0) -> None:
    """A column of `count` carved characters at (x, y): the cut, and the lit lower edge of the cut."""
    strokes = []
    for k in range(count):
        strokes += glyph_strokes(rng, x, y + k * cell * 1.12, cell)
    d = " ".join(f"M{n(a[0])} {n(a[1])} L{n(b[0])} {n(b[1])}" for a, b in strokes)
    svg.path(d, None, edge, width, op=op, extra=f'transform="translate({n(width * 0.35)} {n(width * 0.45)})"')
    svg.path(d, None, cut, width, op=op)


def mist(svg: Svg, rng: random.Random, box: tuple[float, float, float, float], count: int, color: str,
         op: float, rx: tuple[float, float] = (200, 500), ry: tuple[float, float] = (40, 110)) -> None:
    """Soft banks of mist: ellipses fading to clear, scattered in `box`."""
    x0, y0, x1, y1 = box
    for _ in range(count):
        fill = svg.soft(color, round(op * rng.uniform(0.5, 1.0), 2))
        svg.path(ellipse_d(rng.uniform(x0, x1), rng.uniform(y0, y1), rng.uniform(*rx), rng.uniform(*ry)), fill)


def petal(svg: Svg, x: float, y: float, size: float, rot: float, color: str, op: float = 1.0,
          blur: float = 0) -> None:
    d = smooth([(0, -size), (size * 0.55, -size * 0.1), (size * 0.2, size * 0.7), (0, size * 0.5, 0),
                (-size * 0.2, size * 0.7), (-size * 0.55, -size * 0.1)])
    svg.path(d, color, op=op, blur=blur, extra=f'transform="translate({n(x)} {n(y)}) rotate({n(rot)})"')


def glow(svg: Svg, cx: float, cy: float, r: float, color: str, op: float, sy: float = 1.0) -> None:
    """A soft light: an ellipse of `color` fading to clear at radius `r` (squashed by `sy`)."""
    svg.path(ellipse_d(cx, cy, r, r * sy), svg.soft(color, op))


def vignette(svg: Svg, color: str = "#0b0d16", op: float = 0.55) -> None:
    fill = svg.rad(svg.w / 2, svg.h / 2, svg.w * 0.62, [(0, color, 0), (0.6, color, 0), (1, color, op)],
                   sy=svg.h / svg.w * 1.25)
    svg.path(rect_d(0, 0, svg.w, svg.h), fill)


def strands(svg: Svg, base: list[tuple[float, float]], color: str, w: float, op: float = 1.0) -> None:
    svg.path(taper(base, w, 0.5, wmid=w * 0.8), color, op=op)


def finger(base: tuple[float, float], tip: tuple[float, float], w: float, bend: float = 0.0,
           tip_w: float | None = None) -> str:
    """A finger (or thumb) from `base` to `tip`, `w` wide, bowed sideways by `bend` (px), with a
    rounded tip: a closed smooth outline."""
    import math
    bx, by = base
    tx, ty = tip
    dx, dy = tx - bx, ty - by
    ln = math.hypot(dx, dy) or 1.0
    ux, uy = dx / ln, dy / ln
    nx, ny = -uy, ux
    tw = (tip_w if tip_w is not None else w * 0.82) / 2
    hw = w / 2
    mx, my = bx + dx * 0.5 + nx * bend, by + dy * 0.5 + ny * bend
    mw = (hw + tw) / 2
    return smooth([
        (bx + nx * hw, by + ny * hw),
        (mx + nx * mw, my + ny * mw),
        (tx + nx * tw - ux * tw * 0.4, ty + ny * tw - uy * tw * 0.4),
        (tx + ux * tw * 0.75, ty + uy * tw * 0.75),
        (tx - nx * tw - ux * tw * 0.4, ty - ny * tw - uy * tw * 0.4),
        (mx - nx * mw, my - ny * mw),
        (bx - nx * hw, by - ny * hw),
        (bx - ux * hw * 0.3, by - uy * hw * 0.3),
    ])


def along(a: tuple[float, float], b: tuple[float, float], t: float) -> tuple[float, float]:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def sakura_hair_and_band(svg: Svg, light: tuple[float, float], lock: float) -> None:
    """Sakura's pink bob, its sheen and her forehead protector, for a head drawn in profile facing right with its
    face about the origin (the lunch-tree pictures); `lock` is how low the lock before her ear falls."""
    hair = smooth([(-170, -30), (-150, -110), (-80, -150), (0, -150), (50, -110), (70, -60), (40, -78),
                   (30, lock), (0, -60), (-20, 20), (-40, -30), (-60, 70), (-100, 70), (-150, 50), (-175, 10)], t=0.9)
    svg.cel(hair, S_HAIR, S_HAIR_SH, LINE, 7, light=light, depth=22, hi=S_HAIR_HI, hi_depth=7)
    svg.path(taper([(-130, -110), (-70, -135), (-10, -128)], 14, 4), S_HAIR_HI, op=0.8)
    band = smooth([(-140, -120), (-40, -150), (30, -130), (24, -96), (-40, -116), (-136, -90)])
    svg.cel(band, S_BAND, S_BAND_SH, LINE, 5, light=light, depth=6)
    svg.cel(smooth([(-40, -150, 0), (30, -132), (24, -94, 0), (-40, -114)], t=0.5), PLATE, PLATE_SH,
            LINE, 4, light=light, depth=6)


def gloved_hand(svg: Svg, light: tuple[float, float], palm: list[tuple[float, float]], base: tuple[float, float],
                tip: tuple[float, float], step: float, width: float) -> None:
    """Kakashi's gloved hand: the palm's outline, then three bare fingertips from `base` to `tip`, each the next
    `step` px to the right."""
    svg.cel(smooth(palm), K_GLOVE, K_GLOVE_SH, LINE, 5, light=light, depth=8)
    for k in range(3):
        svg.cel(finger((base[0] + k * step, base[1]), (tip[0] + k * step, tip[1]), width, -4), SKIN, SKIN_SH, LINE,
                4, light=light, depth=4)
