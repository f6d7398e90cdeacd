"""Reusable scenery painters for places: skies, tree lines, trees, village
houses, plank floors, walls, windows, shelves and books.  Each takes a
:class:`Canvas` and a seeded ``random.Random`` when it needs variation."""
from __future__ import annotations

import math
import random

from .paint import Canvas, Color, Point, bez, ellipse_pts, mix, rgba

W, H = 1280, 720


def sky(c: Canvas, top: Color, bottom: Color, y1: float = 720, bands: int = 0) -> None:
    c.vgrad([(0.0, top), (1.0, bottom)], 0, 0, W, y1, bands=bands)


def clouds(c: Canvas, rng: random.Random, n: int, y0: float, y1: float,
           color: Color = (255, 255, 255), alpha: int = 150) -> None:
    layer = c.new(color)
    for _ in range(n):
        cx, cy = rng.uniform(0, W), rng.uniform(y0, y1)
        wid = rng.uniform(120, 260)
        for k in range(6):
            layer.ellipse(rgba(color, 255), cx + rng.uniform(-wid / 2, wid / 2),
                          cy + rng.uniform(-10, 6), rng.uniform(40, 80), rng.uniform(16, 28))
        layer.ellipse(rgba(color, 255), cx, cy + 8, wid * 0.7, 14)
    c.paste(layer.blurred(3), alpha)


def treeline(c: Canvas, rng: random.Random, y: float, color: Color, bump: float,
             size: tuple[float, float] = (30, 60), bottom: float = 720) -> None:
    """A soft band of tree canopies whose tops wobble around ``y``."""
    x = -40.0
    pts: list[Point] = [(-40, bottom)]
    while x < W + 40:
        r = rng.uniform(*size)
        top = y + rng.uniform(-bump, bump)
        c.circle(color, x, top + r, r)
        x += r * rng.uniform(0.9, 1.4)
    c.rect(color, -10, y + size[1] * 0.9, W + 20, bottom - y)
    del pts


def conifer(c: Canvas, x: float, base: float, h: float, w: float, col: Color, dark: Color) -> None:
    c.rect(mix(dark, (40, 30, 20), 0.5), x - w * 0.05, base - h * 0.2, w * 0.1, h * 0.2)
    tiers = 4
    for i in range(tiers):
        t0 = i / tiers
        ty = base - h * 0.12 - h * 0.88 * t0
        tw = w * (1 - t0 * 0.7)
        th = h * 0.42
        c.poly(dark, [(x - tw / 2, ty), (x, ty - th), (x + tw / 2, ty)])
        c.poly(col, [(x - tw / 2 + 2, ty - 3), (x, ty - th), (x + tw * 0.05, ty - 3)])


def round_tree(c: Canvas, rng: random.Random, x: float, base: float, h: float, w: float,
               trunk: Color, leaves: tuple[Color, ...]) -> None:
    """Deciduous tree: trunk with two limbs, canopy of overlapping blobs in 3 tones."""
    tw = w * 0.08
    c.stroke(trunk, bez((x, base), (x + tw * 0.3, base - h * 0.35), (x - tw * 0.2, base - h * 0.6)),
             tw * 1.4, tw * 0.7)
    c.stroke(trunk, bez((x, base - h * 0.4), (x + w * 0.15, base - h * 0.55), (x + w * 0.25, base - h * 0.7)),
             tw * 0.6, tw * 0.2)
    c.stroke(trunk, bez((x, base - h * 0.45), (x - w * 0.15, base - h * 0.6), (x - w * 0.22, base - h * 0.72)),
             tw * 0.6, tw * 0.2)
    crown(c, rng, x, base - h * 0.7, w * 0.5, h * 0.32, leaves, 16, (w * 0.14, w * 0.22))


def crown(c: Canvas, rng: random.Random, cx: float, cy: float, rx: float, ry: float,
          tones: tuple[Color, ...], n: int, size: tuple[float, float], flecks: int = 0) -> None:
    """Painterly tree crown: softly scalloped clumps in light/mid/shadow tones,
    softened by pasting a blurred copy under a crisp one."""
    hi, mid, low = tones[0], tones[1], tones[2]
    deep = tones[3] if len(tones) > 3 else mix(low, (0, 0, 0), 0.2)
    lay = c.new(mid)
    clumps = []
    for _ in range(n):
        a = rng.uniform(0, 2 * math.pi)
        d = rng.random() ** 0.6
        clumps.append((cx + math.cos(a) * rx * d * 0.92, cy + math.sin(a) * ry * d * 0.8, rng.uniform(*size)))
    clumps.sort(key=lambda q: q[1])
    for x, y, r in clumps:
        lay.poly(deep, ellipse_pts(x + 8, y + r * 0.3, r * 1.05, r * 0.8, 40))
    for x, y, r in clumps:
        pts = []
        for k in range(60):
            a = 2 * math.pi * k / 60
            rr = r * (0.93 + 0.07 * abs(math.cos(a * 4.5 + x)))
            pts.append((x + rr * math.cos(a), y + rr * 0.78 * math.sin(a)))
        lay.poly(low, pts)
        lay.poly(mid, ellipse_pts(x - r * 0.12, y - r * 0.16, r * 0.78, r * 0.52, 40))
    for x, y, r in clumps:
        if y < cy + ry * 0.3:
            lay.poly(hi, ellipse_pts(x - r * 0.3, y - r * 0.36, r * 0.3, r * 0.16, 24, -0.2))
    for _ in range(flecks):
        a = rng.uniform(0, 2 * math.pi)
        d = rng.random() ** 0.5
        lay.circle(rng.choice((hi, mid)), cx + math.cos(a) * rx * d, cy + math.sin(a) * ry * d * 0.85, rng.uniform(2, 4))
    c.paste(lay.blurred(3))
    c.paste(lay, 150)


def house(c: Canvas, x: float, base: float, w: float, h: float, wall: Color, roof: Color,
          roof_h: float, rng: random.Random, windows: bool = True,
          lit: list[tuple[float, float, float, float]] | None = None) -> None:
    """A simple village house seen from the front: wall box, eaved roof, windows."""
    c.rect(mix(wall, (0, 0, 0), 0.15), x, base - h, w, h)
    c.rect(wall, x, base - h, w * 0.78, h)
    eave = w * 0.12
    c.poly(mix(roof, (0, 0, 0), 0.3), [(x - eave, base - h + 4), (x + w + eave, base - h + 4),
                                       (x + w + eave * 0.6, base - h - 6), (x - eave * 0.6, base - h - 6)])
    c.poly(roof, [(x - eave * 0.6, base - h - 6), (x + w + eave * 0.6, base - h - 6),
                  (x + w * 0.75, base - h - roof_h), (x + w * 0.25, base - h - roof_h)])
    c.poly(mix(roof, (255, 255, 255), 0.18), [(x + w * 0.25, base - h - roof_h), (x + w * 0.75, base - h - roof_h),
                                              (x + w * 0.72, base - h - roof_h + 4), (x + w * 0.28, base - h - roof_h + 4)])
    if windows and h > 20:
        n = max(1, int(w // 34))
        for i in range(n):
            wx = x + (i + 0.5) * w / n - 6
            wy = base - h + h * 0.3
            col = mix(wall, (40, 50, 60), 0.55)
            c.rect(col, wx, wy, 12, min(14, h * 0.3))
            if lit is not None and rng.random() < 0.35:
                lit.append((wx + 6, wy + 7, 30, 30))


def village(c: Canvas, rng: random.Random, y: float, n: int, scale: float, walls: list[Color],
            roofs: list[Color], haze: Color, haze_t: float,
            lit: list[tuple[float, float, float, float]] | None = None,
            x0: float = -40, x1: float = W + 40) -> None:
    x = x0
    while x < x1:
        w = rng.uniform(60, 130) * scale
        h = rng.uniform(30, 70) * scale
        base = y + rng.uniform(-6, 6) * scale
        wall = mix(rng.choice(walls), haze, haze_t)
        roof = mix(rng.choice(roofs), haze, haze_t)
        house(c, x, base, w, h, wall, roof, h * rng.uniform(0.35, 0.55), rng, lit=lit)
        x += w * rng.uniform(0.75, 1.05)
    del n


def planks(c: Canvas, y0: float, y1: float, vp: Point, base: Color, line: Color,
           n: int = 22, rng: random.Random | None = None) -> None:
    """Wooden floor in one-point perspective between y0 (far) and y1 (near)."""
    c.vgrad([(0, mix(base, (0, 0, 0), 0.12)), (1, mix(base, (255, 255, 255), 0.06))], 0, y0, W, y1 - y0)
    for i in range(-n, 2 * n):
        xb = i * (W / n)
        # line from vanishing point through (xb, y1); clip at y0
        t0 = (y0 - vp[1]) / (y1 - vp[1])
        xa = vp[0] + (xb - vp[0]) * t0
        c.line(line, (xa, y0), (xb, y1), 1.4)
    # a few cross seams
    if rng is not None:
        rows = 7
        for r in range(rows):
            t = (r + 1) / (rows + 1)
            yy = y0 + (y1 - y0) * (t ** 1.6)
            for _ in range(5):
                xx = rng.uniform(0, W)
                c.line(line, (xx, yy), (xx + rng.uniform(20, 60) * (0.4 + t), yy), 1.2)


def window_frame(c: Canvas, x: float, y: float, w: float, h: float, wood: Color,
                 bars: int = 1, th: float = 12) -> None:
    dark = mix(wood, (0, 0, 0), 0.3)
    c.rect(dark, x - th, y - th, w + 2 * th, th)
    c.rect(dark, x - th, y + h, w + 2 * th, th * 1.4)
    c.rect(wood, x - th, y - th, th, h + 2 * th)
    c.rect(wood, x + w, y - th, th, h + 2 * th)
    c.rect(mix(wood, (255, 255, 255), 0.15), x - th * 1.6, y + h + th * 0.2, w + th * 3.2, th * 0.9)
    for i in range(1, bars + 1):
        bx = x + w * i / (bars + 1)
        c.rect(wood, bx - th * 0.3, y, th * 0.6, h)
    c.rect(wood, x, y + h * 0.5 - th * 0.3, w, th * 0.6)


def books(c: Canvas, rng: random.Random, x: float, y: float, w: float, palette: list[Color],
          hmin: float = 30, hmax: float = 46, lean_last: bool = True) -> None:
    """A row of books standing on a shelf whose top surface is at ``y``."""
    bx = x
    while bx < x + w - 8:
        bw = rng.uniform(7, 13)
        bh = rng.uniform(hmin, hmax)
        col = rng.choice(palette)
        if bx + bw > x + w:
            break
        c.rect(col, bx, y - bh, bw, bh)
        c.rect(mix(col, (0, 0, 0), 0.25), bx + bw - 2, y - bh, 2, bh)
        c.rect(mix(col, (255, 255, 255), 0.35), bx + 2, y - bh + 5, bw - 4, 2)
        bx += bw + rng.uniform(0, 1.2)
        if rng.random() < 0.08:
            bx += rng.uniform(10, 30)


def shelf_unit(c: Canvas, x: float, y: float, w: float, h: float, wood: Color, shelves: int) -> list[float]:
    """A wooden shelf case; returns the y of each shelf surface (top to bottom)."""
    dark = mix(wood, (0, 0, 0), 0.45)
    c.rect(mix(wood, (0, 0, 0), 0.2), x, y, w, h)
    c.rect(dark, x + 8, y + 8, w - 16, h - 16)
    ys = []
    for i in range(shelves):
        sy = y + 8 + (h - 16) * (i + 1) / shelves
        c.rect(wood, x + 8, sy - 6, w - 16, 8)
        c.rect(mix(wood, (255, 255, 255), 0.2), x + 8, sy - 6, w - 16, 2)
        ys.append(sy - 6)
    c.rect(mix(wood, (255, 255, 255), 0.1), x, y, w, 8)
    return ys


def petals(c: Canvas, rng: random.Random, n: int, area: tuple[float, float, float, float],
           cols: list[Color]) -> None:
    x0, y0, x1, y1 = area
    for _ in range(n):
        x, y = rng.uniform(x0, x1), rng.uniform(y0, y1)
        a = rng.uniform(0, math.pi)
        s = rng.uniform(3, 6)
        c.poly(rng.choice(cols), ellipse_pts(x, y, s, s * 0.55, 12, a))


def soft_shadow(c: Canvas, cx: float, cy: float, rx: float, ry: float, alpha: int = 90) -> None:
    c.glow((20, 16, 12), cx, cy, rx, ry, alpha=alpha, soft=6)
