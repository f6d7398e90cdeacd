"""Hair and headgear in head units round the face anchor: spiky masses with sharp tips, bobs and
fringes with a band of shine, forehead protectors (the plate's engraving goes on the ``mark`` layer,
which is never mirrored)."""
from __future__ import annotations

import math

from .svg import Doc, Mat, Point, f, mix, poly, smooth

METAL = Mat.of((196, 204, 214), (140, 150, 166), (240, 244, 250))


def spikes(c: Point, tips: list[tuple[float, float, float]], r_in: float, bend: float = 0.2) -> str:
    """A closed mass of sharp spikes round ``c``: (angle deg, length, half width deg) per spike, in order."""
    d: list[str] = []
    for i, (a, ln, hw) in enumerate(tips):
        a0, a1 = math.radians(a - hw), math.radians(a + hw)
        b0 = (c[0] + r_in * math.cos(a0), c[1] + r_in * math.sin(a0))
        b1 = (c[0] + r_in * math.cos(a1), c[1] + r_in * math.sin(a1))
        am = math.radians(a + bend * hw)
        tip = (c[0] + ln * math.cos(am), c[1] + ln * math.sin(am))
        m0 = ((b0[0] + tip[0]) / 2 - (tip[1] - b0[1]) * bend * 0.3, (b0[1] + tip[1]) / 2 + (tip[0] - b0[0]) * bend * 0.3)
        m1 = ((b1[0] + tip[0]) / 2 + (tip[1] - b1[1]) * bend * 0.1, (b1[1] + tip[1]) / 2 - (tip[0] - b1[0]) * bend * 0.1)
        d.append(("M" if i == 0 else "L") + f"{f(b0[0])},{f(b0[1])}")
        d.append(f"Q{f(m0[0])},{f(m0[1])} {f(tip[0])},{f(tip[1])}")
        d.append(f"Q{f(m1[0])},{f(m1[1])} {f(b1[0])},{f(b1[1])}")
    return " ".join(d) + " Z"


def shine(d: Doc, clip: str, hh: float, hw: float, y: float, m: Mat, width: float = 0.055, tilt: float = 0.0) -> None:
    """The band of shine across the crown: a row of soft-edged dashes following the skull."""
    pts_top, pts_bot = [], []
    for i in range(9):
        t = -1 + 2 * i / 8
        x = t * hw * 0.95
        yy = y * hh + (t * t) * 0.12 * hh + t * tilt * hh
        w = width * hh * (1 - 0.5 * abs(t))
        pts_top.append((x, yy - w))
        pts_bot.append((x, yy + w))
    d.clipped(clip, smooth(pts_top + list(reversed(pts_bot))), m.light)
    for k in range(-2, 3):
        x = k * hw * 0.3
        yy = y * hh + (k * 0.3) ** 2 * 0.12 * hh + k * 0.3 * tilt * hh
        d.clipped(clip, smooth([(x - 6, yy - width * hh * 1.6), (x + 6, yy - width * hh * 1.6), (x + 2, yy + width * hh * 1.8),
                                (x - 2, yy + width * hh * 1.8)]), m.base)


def strands(d: Doc, m: Mat, lines: list[list[Point]]) -> None:
    for pts in lines:
        d.taper(pts, m.line, 1.0, 3.0, 0.5)


def protector(d: Doc, hh: float, hw: float, y: float, angle: float, cloth: Mat, plate_w: float, dy: float = 0.0,
              band_h: float = 0.09, cx: float = 0.0, wrap: float = 1.06, plate_h: float = 1.25) -> list[Point]:
    """A cloth band round the head with a metal plate; returns the plate's corners (for the mark)."""
    d.push(f"translate({f(cx * hw)},{f(y * hh)}) rotate({f(angle)})")
    bh = band_h * hh
    band = [(-wrap * hw, -bh + dy * hh), (0, -bh - 0.03 * hh), (wrap * hw, -bh + dy * hh),
            (wrap * hw, bh + dy * hh), (0, bh - 0.02 * hh), (-wrap * hw, bh + dy * hh)]
    d.part(smooth(band, k=0.12), cloth, shade=bh * 0.5, line=3.0)
    pw, ph = plate_w * hw, bh * plate_h
    plate = [(-pw, -ph), (pw, -ph), (pw * 1.02, ph), (-pw * 1.02, ph)]
    rounded = smooth([(-pw, -ph), (0, -ph - 3), (pw, -ph), (pw + 4, 0), (pw, ph), (0, ph + 3), (-pw, ph), (-pw - 4, 0)], k=0.08)
    d.part(rounded, METAL, shade=ph * 0.45, rim=4, line=3.5)
    for sx in (-1, 1):
        d.flat(smooth([(sx * pw * 0.86 + x, y2) for x, y2 in
                       ((-4, -ph * 0.7 - 4), (4, -ph * 0.7 - 4), (4, -ph * 0.7 + 4), (-4, -ph * 0.7 + 4))]), METAL.shade)
    d.pop()
    return plate


def leaf_mark(d: Doc, hh: float, y: float, angle: float, size: float, cx: float = 0.0, hw: float = 0.0) -> None:
    """The village's engraving on a plate: a spiral with a leaf's point (asymmetric: the fixed layer)."""
    d.push(f"translate({f(cx * hw)},{f(y * hh)}) rotate({f(angle)})")
    r = size
    pts = []
    for i in range(22):
        t = i / 21
        a = math.radians(200 + t * 470)
        rr = r * (0.15 + 0.85 * t)
        pts.append((rr * math.cos(a) * 1.1, rr * math.sin(a) * 0.85))
    pts.append((r * 1.65, -r * 0.95))
    d.line(smooth(pts, closed=False), (70, 76, 92), 3.5)
    d.pop()


def bob_back(d: Doc, hh: float, hw: float, length: float, m: Mat, width: float = 1.18) -> str:
    """Hair behind the head down to ``length`` (head units below the anchor)."""
    pts = [(0, -0.74 * hh), (0.82 * hw, -0.64 * hh), (width * hw, -0.36 * hh), (width * 1.02 * hw, 0.0),
           (width * 1.0 * hw, length * hh * 0.7), (width * 0.9 * hw, length * hh), (0.4 * hw, length * hh + 0.02 * hh),
           (-0.4 * hw, length * hh + 0.02 * hh), (-width * 0.9 * hw, length * hh), (-width * 1.0 * hw, length * hh * 0.7),
           (-width * 1.02 * hw, 0.0), (-width * hw, -0.36 * hh), (-0.82 * hw, -0.64 * hh)]
    shape = smooth(pts)
    d.part(shape, Mat(m.shade, mix(m.shade, (40, 20, 60), 0.25), m.base, m.line), shade=hw * 0.25)
    return shape


def fringe(d: Doc, hh: float, hw: float, m: Mat, part_x: float, locks: float, brow: float,
           sweep: float = 0.0, width: float = 1.12) -> str:
    """A cap of hair over the skull, a parted fringe ending above the brows and side locks to ``locks``."""
    px = part_x * hw
    t = lambda v: v * hh  # noqa: E731
    pts = [(px, t(-0.72)), (0.75 * hw, t(-0.63)), (width * hw, t(-0.36)), (width * 1.02 * hw, t(-0.05)),
           (1.02 * hw, t(locks * 0.6)), (0.98 * hw, t(locks)), (0.82 * hw, t(locks * 0.5)), (0.8 * hw, t(-0.12)),
           (0.66 * hw, t(brow + 0.01)), (0.55 * hw + sweep * hw * 0.1, t(brow - 0.06)), (0.4 * hw, t(brow + 0.04)),
           (0.26 * hw, t(brow - 0.05)), (0.1 * hw + sweep * hw * 0.1, t(brow + 0.05)), (px + 0.05 * hw, t(brow - 0.12)),
           (-0.12 * hw + sweep * hw * 0.15, t(brow + 0.05)), (-0.3 * hw, t(brow - 0.05)), (-0.46 * hw, t(brow + 0.04)),
           (-0.6 * hw, t(brow - 0.05)), (-0.7 * hw, t(brow + 0.02)), (-0.8 * hw, t(-0.12)), (-0.82 * hw, t(locks * 0.5)),
           (-0.98 * hw, t(locks)), (-1.02 * hw, t(locks * 0.6)), (-width * 1.02 * hw, t(-0.05)), (-width * hw, t(-0.36)),
           (-0.75 * hw, t(-0.63))]
    shape = smooth(pts, k=0.16)
    d.part(shape, m, shade=hw * 0.22, rim=5, outline=False, line=4.5)
    shine(d, shape, hh, hw, -0.5, m)
    strands(d, m, [[(px, t(-0.6)), (0.3 * hw, t(brow - 0.15)), (0.28 * hw, t(brow - 0.1))],
                   [(px, t(-0.6)), (-0.3 * hw, t(brow - 0.15)), (-0.28 * hw, t(brow - 0.1))],
                   [(0.7 * hw, t(-0.4)), (0.9 * hw, t(0.0)), (0.95 * hw, t(locks * 0.8))],
                   [(-0.7 * hw, t(-0.4)), (-0.9 * hw, t(0.0)), (-0.95 * hw, t(locks * 0.8))]])
    return shape


def diamond(d: Doc, hh: float, y: float) -> None:
    s = 0.03 * hh
    d.part(poly([(0, y * hh - s * 1.3), (s, y * hh), (0, y * hh + s * 1.3), (-s, y * hh)]), Mat.of((150, 90, 200)), shade=3, line=2.0)
