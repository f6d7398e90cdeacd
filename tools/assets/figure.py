"""Body parts shared by all character sprites: cel-shaded outlined parts,
torso, arms and hands, neck and ears, and the forehead protector plate.
Coordinates are in sprite pixels (480x660, figure centred on x=240)."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .faces import Head
from .paint import Canvas, Color, Point, bez, ellipse_pts, mix, path, shaded, taper_poly

SKIN: Color = (252, 228, 210)
SKIN_S: Color = (234, 188, 170)
SKIN_L: Color = (176, 110, 100)


def part(c: Canvas, pts: list[Point], base: Color, shade: Color, line: Color,
         off: Point = (-8.0, -4.0), lw: float = 2.2) -> None:
    """Cel-shaded, outlined shape (shadow falls to the figure's lower right)."""
    shaded(c, pts, base, shade, off)
    c.lines(line, list(pts) + [pts[0]], lw)


@dataclass(frozen=True)
class Body:
    cx: float
    sy: float         # shoulder line
    sw: float         # shoulder half width
    ww: float         # waist half width
    wy: float         # waist line
    hipw: float       # half width at the bottom edge
    neck_w: float
    arm_len: float
    arm_w: float


def torso_pts(b: Body, collar_drop: float = 0.0) -> list[Point]:
    cx = b.cx
    right = path(
        bez((cx + b.neck_w, b.sy - 14 + collar_drop), (cx + b.sw * 0.7, b.sy - 6), (cx + b.sw, b.sy + 24)),
        bez((cx + b.sw, b.sy + 24), (cx + b.sw * 1.02, b.sy + 80), (cx + b.sw * 0.86, b.sy + 130)),
        bez((cx + b.sw * 0.86, b.sy + 130), (cx + b.ww, b.wy - 40), (cx + b.ww, b.wy)),
        bez((cx + b.ww, b.wy), (cx + b.hipw * 1.02, b.wy + 50), (cx + b.hipw, 662)),
    )
    left = [(2 * cx - x, y) for x, y in reversed(right)]
    return path(right, left)


def arm_path(b: Body, side: int, pocket: bool = False) -> list[Point]:
    cx = b.cx
    sh = (cx + side * (b.sw - b.arm_w * 0.45), b.sy + 20)
    el = (cx + side * (b.sw + b.arm_w * 0.25), b.sy + b.arm_len * 0.5)
    wr = (cx + side * (b.sw - b.arm_w * 0.2), b.sy + b.arm_len)
    if pocket:  # forearm angled in, hand in the trouser pocket
        el = (cx + side * (b.sw + b.arm_w * 0.55), b.sy + b.arm_len * 0.46)
        wr = (cx + side * (b.ww + b.arm_w * 0.2), b.sy + b.arm_len * 0.86)
    return path(bez(sh, ((sh[0] + el[0]) / 2 + side * 6, (sh[1] + el[1]) / 2), el),
                bez(el, ((el[0] + wr[0]) / 2 + side * 2, (el[1] + wr[1]) / 2), wr))


def arm(c: Canvas, b: Body, side: int, col: Color, shade: Color, line: Color,
        skin_from: float = 2.0, skin: tuple[Color, Color] = (SKIN, SKIN_S),
        glove: Color | None = None, sleeve_w: float = 1.0, pocket: bool = False) -> None:
    """Hanging arm; the part of it beyond ``skin_from`` (0..1 of its length) is bare.
    With ``pocket`` the forearm bends in and the hand is hidden in a pocket."""
    pts = arm_path(b, side, pocket)
    n = len(pts)
    w0, w1 = b.arm_w * 1.1 * sleeve_w, b.arm_w * 0.62 * sleeve_w
    poly = taper_poly(pts, w0, w1, b.arm_w * 0.86 * sleeve_w)
    off = (-8.0 if side > 0 else -4.0, -4.0)
    # rounded shoulder cap
    cap = ellipse_pts(pts[0][0], pts[0][1] + 2, w0 * 0.52, w0 * 0.5, 32)
    if skin_from <= 0:
        shaded(c, cap, skin[0], skin[1], off)
    else:
        shaded(c, cap, col, shade, off)
    if skin_from <= 0:
        part(c, poly, skin[0], skin[1], SKIN_L, off)
    else:
        part(c, poly, col, shade, line, off)
        if skin_from < 1:
            k = int(n * skin_from)
            sub = pts[k:]
            wk = w0 + (w1 - w0) * skin_from
            part(c, taper_poly(sub, wk * 0.82, w1 * 0.86), skin[0], skin[1], SKIN_L, off)
            c.lines(mix(col, (255, 255, 255), 0.2), [(sub[0][0] - wk * 0.45, sub[0][1]), (sub[0][0] + wk * 0.45, sub[0][1])], 3)
    # sleeve creases at the elbow
    el = pts[len(pts) // 2]
    for k in (-1, 1):
        c.stroke(mix(shade, line, 0.4), [(el[0] - side * b.arm_w * 0.3, el[1] + k * 8), (el[0] + side * b.arm_w * 0.1, el[1] + k * 8 + 5)], 1.8, 0.4)
    if pocket:
        wx, wy = pts[-1]
        c.stroke(line, [(wx - side * b.arm_w * 0.45, wy - 4), (wx + side * b.arm_w * 0.45, wy + 6)], 3.0, 3.0)
        return
    hand(c, pts[-1], side, b.arm_w * 0.7, glove)


def hand(c: Canvas, wrist: Point, side: int, s: float, glove: Color | None) -> None:
    x, y = wrist
    palm = path(bez((x - s * 0.55, y - 4), (x - s * 0.75, y + s * 0.9), (x - s * 0.2, y + s * 1.45)),
                bez((x - s * 0.2, y + s * 1.45), (x + s * 0.4, y + s * 1.5), (x + s * 0.55, y + s * 0.8)),
                [(x + s * 0.55, y - 4)])
    part(c, palm, SKIN, SKIN_S, SKIN_L, (-side * 5.0, -3.0), 2.0)
    # thumb toward the body, finger separation lines
    tx = x - side * s * 0.5
    c.stroke(SKIN_L, bez((tx, y + s * 0.3), (tx - side * s * 0.15, y + s * 0.7), (tx + side * s * 0.05, y + s * 1.0)), 1.8, 1.0)
    for k in (-0.15, 0.15):
        c.line(mix(SKIN_L, SKIN_S, 0.4), (x + k * s, y + s * 1.0), (x + k * s, y + s * 1.35), 1.2)
    if glove is not None:
        g = path(bez((x - s * 0.6, y - 4), (x - s * 0.75, y + s * 0.6), (x - s * 0.6, y + s * 0.85)),
                 [(x + s * 0.58, y + s * 0.75), (x + s * 0.58, y - 4)])
        part(c, g, glove, mix(glove, (0, 0, 0), 0.3), mix(glove, (0, 0, 0), 0.6), (-side * 4.0, -2.0), 1.6)


def neck(c: Canvas, h: Head, b: Body, skin: tuple[Color, Color] = (SKIN, SKIN_S)) -> None:
    cx = h.cx
    top = h.top + h.hh * 0.78
    pts = [(cx - b.neck_w, top), (cx + b.neck_w, top), (cx + b.neck_w * 1.05, b.sy + 4),
           (cx - b.neck_w * 1.05, b.sy + 4)]
    c.poly(skin[0], pts)
    c.poly(skin[1], [(cx - b.neck_w, top), (cx + b.neck_w, top), (cx + b.neck_w, top + h.hh * 0.32),
                     (cx, top + h.hh * 0.4), (cx - b.neck_w, top + h.hh * 0.24)])
    c.line(SKIN_L, (cx - b.neck_w, top), (cx - b.neck_w * 1.05, b.sy + 4), 2)
    c.line(SKIN_L, (cx + b.neck_w, top), (cx + b.neck_w * 1.05, b.sy + 4), 2)


def ears(c: Canvas, h: Head) -> None:
    for s in (-1, 1):
        x = h.cx + s * h.hw * 0.96
        y = h.top + 0.64 * h.hh
        pts = ellipse_pts(x + s * 4, y, h.hw * 0.15, h.hh * 0.11, 24)
        part(c, pts, SKIN, SKIN_S, SKIN_L, (s * -3.0, 0), 2.0)
        c.stroke(SKIN_L, bez((x + s * 6, y - 6), (x + s * 10, y), (x + s * 5, y + 6)), 1.2, 1.0)


def face(c: Canvas, h: Head) -> None:
    pts = h.face_pts()
    part(c, pts, SKIN, SKIN_S, SKIN_L, (-7.0, -2.0), 2.2)


def plate(c: Canvas, center: Point, w: float, hgt: float, angle: float,
          metal: Color = (198, 204, 214), line: Color = (70, 76, 92)) -> None:
    """Forehead-protector plate with an abstract engraved swirl (our own mark)."""
    ca, sa = math.cos(angle), math.sin(angle)
    cx, cy = center

    def tr(x: float, y: float) -> Point:
        return (cx + x * ca - y * sa, cy + x * sa + y * ca)

    r = hgt * 0.3
    corners = []
    for (px, py, a0) in ((w / 2 - r, -hgt / 2 + r, -90), (w / 2 - r, hgt / 2 - r, 0),
                         (-w / 2 + r, hgt / 2 - r, 90), (-w / 2 + r, -hgt / 2 + r, 180)):
        for k in range(7):
            a = math.radians(a0 + k * 15)
            corners.append(tr(px + r * math.cos(a), py + r * math.sin(a)))
    part(c, corners, metal, mix(metal, (40, 50, 70), 0.3), line, (-5.0, -3.0), 2.0)
    c.stroke((255, 255, 255), [tr(-w * 0.4, -hgt * 0.32), tr(w * 0.3, -hgt * 0.32)], 2.0, 1.0)
    for sx in (-0.4, 0.4):
        c.circle(mix(metal, (40, 50, 70), 0.45), *tr(w * sx, 0), 2.0)
    # engraved mark: a leaf-like swirl drawn from our own curve
    swirl = [tr(math.cos(t) * (hgt * 0.26 - t * 1.4), math.sin(t) * (hgt * 0.26 - t * 1.4) * 0.9)
             for t in [i * 0.35 for i in range(16)]]
    c.lines(mix(metal, (30, 40, 60), 0.55), swirl, 1.8)
    c.lines(mix(metal, (30, 40, 60), 0.55), [tr(hgt * 0.18, hgt * 0.2), tr(hgt * 0.36, hgt * 0.38)], 1.8)


def band(c: Canvas, top_pts: list[Point], bot_pts: list[Point], col: Color) -> None:
    pts = path(top_pts, list(reversed(bot_pts)))
    part(c, pts, col, mix(col, (0, 0, 0), 0.25), mix(col, (0, 0, 0), 0.55), (-4.0, -2.0), 2.0)


def folded_arms(c: Canvas, b: Body, pose: str, col: Color, shade: Color, line: Color,
                sleeve_w: float = 1.0, bare_forearm: bool = False) -> None:
    """Arms brought in front of the body: ``crossed`` over the chest or
    ``clasped`` (hands together at the waist)."""
    cx = b.cx
    ey = b.sy + b.arm_len * 0.46
    aw = b.arm_w * sleeve_w
    uppers = []
    for s in (-1, 1):
        sh = (cx + s * (b.sw - b.arm_w * 0.45), b.sy + 26)
        el = (cx + s * (b.sw + b.arm_w * 0.05), ey)
        pts = bez(sh, ((sh[0] + el[0]) / 2 + s * 8, (sh[1] + el[1]) / 2), el)
        uppers.append((s, pts, el))
        shaded(c, ellipse_pts(sh[0], sh[1] + 2, aw * 0.56, aw * 0.54, 32), col, shade, (-8.0 if s > 0 else -4.0, -4.0))
        part(c, taper_poly(pts, aw * 1.08, aw * 0.92), col, shade, line, (-8.0 if s > 0 else -4.0, -4.0))
    if pose == "crossed":
        order = [(-1, (cx + b.sw * 0.62, ey - 16)), (1, (cx - b.sw * 0.62, ey - 30))]
    else:
        order = [(-1, (cx - 4, b.wy + 12)), (1, (cx + 4, b.wy + 16))]
    for s, end in order:
        el = (cx + s * (b.sw + b.arm_w * 0.05), ey)
        pts = bez(el, ((el[0] + end[0]) / 2, (el[1] + end[1]) / 2 + 12), end)
        fore = taper_poly(pts, aw * 1.0, aw * 0.86)
        c.circle(shade, el[0], el[1], aw * 0.5)
        if bare_forearm:
            part(c, fore, SKIN, SKIN_S, SKIN_L, (-4.0, -6.0))
        else:
            part(c, fore, col, shade, line, (-4.0, -6.0))
            cuff = taper_poly(pts[-5:], aw * 0.9, aw * 0.88)
            part(c, cuff, mix(col, (255, 255, 255), 0.1), shade, line, (-3.0, -4.0), 2.0)
        # hand
        hx, hy = end
        hs = b.arm_w * (0.62 if pose == "crossed" else 0.8)
        if pose == "crossed" and s == 1:
            palm = ellipse_pts(hx - hs * 0.2, hy + 2, hs * 0.7, hs * 0.6, 24)
            part(c, palm, SKIN, SKIN_S, SKIN_L, (3.0, -3.0), 2.0)
            for k in range(3):
                c.line(SKIN_L, (hx - hs * 0.55, hy - hs * 0.2 + k * hs * 0.28), (hx - hs * 0.1, hy - hs * 0.24 + k * hs * 0.28), 1.2)
        elif pose == "clasped":
            palm = ellipse_pts(hx + s * hs * 0.3, hy + 4, hs * 0.75, hs * 0.62, 24)
            part(c, palm, SKIN, SKIN_S, SKIN_L, (-s * 3.0, -3.0), 2.0)
            if s == 1:
                for k in range(3):
                    c.line(SKIN_L, (hx + hs * 0.05 + k * hs * 0.25, hy - hs * 0.1), (hx + hs * 0.1 + k * hs * 0.25, hy + hs * 0.5), 1.2)
