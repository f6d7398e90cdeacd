"""Character sprite sets (``assets/sprites/<set>/<expression>.png``, RGBA
480x660).  Each set is a :class:`Character`: a static base (back hair, body,
face), a static front (bangs, headgear) and an expression painter.  Drawn at
2x with cel shading and outlines, then smoothscaled for anti-aliasing."""
from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pygame

from . import faces as F
from .faces import EXPRS, Expr, Head
from .figure import (SKIN, SKIN_L, SKIN_S, Body, arm, band, ears, face, folded_arms, neck, part,
                     plate, torso_pts)
from .paint import Canvas, Color, Point, bez, ellipse_pts, mix, outline_behind, path

SW, SH = 480, 660
OUTLINE: Color = (44, 32, 40)

NAVY: Color = (54, 60, 88)
NAVY_S: Color = (38, 42, 64)
NAVY_L: Color = (22, 24, 38)
VEST: Color = (104, 126, 84)
VEST_S: Color = (80, 98, 66)
VEST_L: Color = (40, 52, 36)
RED: Color = (210, 60, 66)
RED_S: Color = (168, 40, 52)
RED_L: Color = (96, 22, 32)


@dataclass
class Character:
    key: str
    expressions: list[str]
    base: Callable[[Canvas], None]
    front: Callable[[Canvas], None]
    feats: Callable[[Canvas, str], None]
    top: Callable[[Canvas, str], None]
    over: Callable[[Canvas], None] | None = None  # drawn last (headgear over the brows)


def spiky(cx: float, cy: float, r_in: float, a0: float, a1: float, n: int,
          tip: Callable[[float], float], lean: float, curl: float = 0.25) -> list[Point]:
    """A ring of spikes between angles a0..a1 (degrees, y down) around (cx, cy)."""
    pts: list[Point] = []
    for i in range(n):
        aa = math.radians(a0 + (a1 - a0) * i / n)
        ab = math.radians(a0 + (a1 - a0) * (i + 1) / n)
        am = (aa + ab) / 2 + math.radians(lean)
        rt = tip((i + 0.5) / n)
        base_a = (cx + r_in * math.cos(aa), cy + r_in * math.sin(aa))
        base_b = (cx + r_in * math.cos(ab), cy + r_in * math.sin(ab))
        t = (cx + rt * math.cos(am), cy + rt * math.sin(am))
        c1 = (base_a[0] + (t[0] - base_a[0]) * 0.5 + (t[1] - base_a[1]) * curl * 0.3,
              base_a[1] + (t[1] - base_a[1]) * 0.5 - (t[0] - base_a[0]) * curl * 0.3)
        c2 = (base_b[0] + (t[0] - base_b[0]) * 0.5 - (t[1] - base_b[1]) * curl * 0.1,
              base_b[1] + (t[1] - base_b[1]) * 0.5 + (t[0] - base_b[0]) * curl * 0.1)
        pts += bez(base_a, c1, t, n=8)
        pts += bez(t, c2, base_b, n=8)[1:]
    return pts


def vest(c: Canvas, b: Body, h: Head) -> None:
    cx = b.cx
    hem = b.wy + 56
    body = torso_pts(Body(cx, b.sy + 4, b.sw * 0.9, b.ww * 1.02, b.wy, b.hipw * 1.06, b.neck_w, b.arm_len, b.arm_w))
    v = c.new()
    part(v, body, VEST, VEST_S, VEST_L, (-10.0, -4.0))
    v.rect((0, 0, 0, 0), 0, hem, SW, SH - hem + 4)
    c.paste(v)
    hem_w = b.ww * 1.02 + (b.hipw * 1.06 - b.ww * 1.02) * 0.5
    c.stroke(VEST_L, [(cx - hem_w, hem), (cx + hem_w, hem)], 3.0, 3.0)
    c.stroke(VEST_S, [(cx - hem_w + 4, hem - 12), (cx + hem_w - 4, hem - 12)], 2.0, 2.0)
    vest_collar(c, b)
    c.line(VEST_L, (cx + 2, b.sy + 8), (cx + 2, hem), 2.4)
    # trouser fold lines below the vest
    for sd in (-1, 1):
        c.stroke(NAVY_S, bez((cx + sd * 30, hem + 10), (cx + sd * 36, hem + 50), (cx + sd * 30, 662)), 2.4, 1.0)
    # scroll pouches
    for s in (-1, 1):
        for k in range(2):
            x = cx + s * (b.neck_w + 14 + k * 38) - (34 if s < 0 else 0)
            y = b.sy + 60
            pts = [(x, y), (x + 34, y), (x + 34, y + 86), (x, y + 86)]
            part(c, pts, mix(VEST, (255, 255, 255), 0.08), VEST_S, VEST_L, (-5.0, -3.0), 2.0)
            flap = path(bez((x - 2, y + 2), (x + 17, y - 10), (x + 36, y + 2)), [(x + 36, y + 22), (x - 2, y + 22)])
            part(c, flap, VEST, VEST_S, VEST_L, (-4.0, -2.0), 2.0)
    # waist band
    c.line(VEST_L, (cx - b.ww, b.wy + 20), (cx + b.ww, b.wy + 20), 2)


# ----------------------------------------------------------------- kakashi
def kakashi() -> Character:
    h = Head(240, 60, 64, 146, jaw=0.55, cheek=0.98)
    b = Body(240, 254, 106, 80, 520, 86, 28, 330, 41)
    SIL, SIL_S, SIL_L = (222, 226, 234), (176, 182, 198), (98, 102, 122)
    MASK, MASK_S = (50, 56, 82), (36, 40, 60)
    eye_x, eye_y = h.cx - h.hw * 0.42, h.eye_y

    def hair_back(c: Canvas) -> None:
        lengths = [1.25, 1.45, 1.7, 1.95, 2.1, 2.15, 2.0, 1.75, 1.5]
        spikes = spiky(h.cx + 10, h.top + 0.48 * h.hh, h.hw * 0.98, 165, 400, len(lengths),
                       lambda t: h.hw * lengths[min(len(lengths) - 1, int(t * len(lengths)))], 28, 0.5)
        part(c, spikes, SIL, SIL_S, SIL_L, (-8.0, 6.0))
        for k in range(5):  # inner strand lines
            a = math.radians(215 + k * 30)
            r0, r1 = h.hw * 0.9, h.hw * 1.5
            c0 = (h.cx + 10 + r0 * math.cos(a), h.top + 0.48 * h.hh + r0 * math.sin(a))
            c1 = (h.cx + 10 + r1 * math.cos(a + 0.35), h.top + 0.48 * h.hh + r1 * math.sin(a + 0.35))
            c.stroke(SIL_S, [c0, c1], 2.5, 0.3)

    def base(c: Canvas) -> None:
        hair_back(c)
        part(c, torso_pts(b), NAVY, NAVY_S, NAVY_L)
        vest(c, b, h)
        arm(c, b, -1, NAVY, NAVY_S, NAVY_L, glove=(40, 44, 62))
        arm(c, b, 1, NAVY, NAVY_S, NAVY_L, pocket=True)
        ears(c, h)
        face(c, h)
        # mask: nose-bridge down, over the neck into the collar
        my = h.eye_y + h.hh * 0.13
        pts = [p for p in h.face_pts() if p[1] > my]
        pts = path([(h.cx - h.hw * 1.02, my + 8), (h.cx - h.hw * 0.3, my - 2), (h.cx, my - 8),
                    (h.cx + h.hw * 0.3, my - 2), (h.cx + h.hw * 1.02, my + 8)],
                   sorted([p for p in pts if p[0] > h.cx], key=lambda p: p[1]),
                   [(h.cx + b.neck_w * 1.1, b.sy - 20), (h.cx - b.neck_w * 1.1, b.sy - 20)],
                   sorted([p for p in pts if p[0] < h.cx], key=lambda p: -p[1]))
        part(c, pts, MASK, MASK_S, NAVY_L, (-8.0, -2.0))
        c.stroke(MASK_S, bez((h.cx + 2, my - 6), (h.cx + 6, my + 18), (h.cx - 2, my + 26)), 1.0, 3.0, 2.5)
        vest_collar(c, b)

    def front(c: Canvas) -> None:
        # hair cap down to the band, then the forehead protector over his left eye
        capline = bez((h.cx - h.hw * 1.1, h.top + 0.26 * h.hh), (h.cx, h.top + 0.28 * h.hh), (h.cx + h.hw * 1.12, h.top + 0.52 * h.hh))
        cap = path(ellipse_pts(h.cx + 4, h.top + 0.42 * h.hh, h.hw * 1.1, h.hh * 0.46, 48)[24:], list(reversed(capline)))
        part(c, cap, SIL, SIL_S, SIL_L, (-8.0, 6.0))
        top = bez((h.cx - h.hw * 1.06, h.top + 0.18 * h.hh), (h.cx, h.top + 0.2 * h.hh), (h.cx + h.hw * 1.08, h.top + 0.44 * h.hh))
        bot = bez((h.cx - h.hw * 1.04, h.top + 0.38 * h.hh), (h.cx + h.hw * 0.1, h.top + 0.46 * h.hh), (h.cx + h.hw * 1.06, h.top + 0.8 * h.hh))
        band(c, top, bot, (48, 54, 78))
        plate(c, (h.cx + h.hw * 0.02, h.top + 0.33 * h.hh), h.hw * 1.15, h.hh * 0.22, 0.2)
        # one lock falling over the band on his right
        x, y = h.cx - h.hw * 0.78, h.top + 0.12 * h.hh
        lock = path(bez((x - 14, y), (x - 16, y + h.hh * 0.2), (x - 4, y + h.hh * 0.36)),
                    bez((x - 4, y + h.hh * 0.36), (x + 4, y + h.hh * 0.18), (x + 22, y + 2)))
        part(c, lock, SIL, SIL_S, SIL_L, (-4.0, 4.0), 2.0)

    def feats(c: Canvas, name: str) -> None:
        e = EXPRS[name]
        x, y, w = eye_x, eye_y, h.hw * 0.56
        line = (40, 34, 44)
        if name == "smile":
            c.stroke(line, bez((x - w * 0.5, y + 4), (x - w * 0.1, y - w * 0.42), (x + w * 0.5, y + 2)), 2.5, 2.5, 5.5)
            for s in (-1, 1):  # cheek lift under the mask
                cx = h.cx + s * h.hw * 0.45
                c.stroke((70, 78, 108), bez((cx - 8, h.eye_y + h.hh * 0.3), (cx, h.eye_y + h.hh * 0.24), (cx + 8, h.eye_y + h.hh * 0.3)), 0.8, 0.8, 2.2)
        elif name == "sleep":
            c.stroke(line, bez((x - w * 0.5, y), (x, y + w * 0.3), (x + w * 0.5, y - 2)), 2.0, 2.0, 4.5)
        else:
            lid = {"neutral": 0.42, "sad": 0.55, "cry": 0.5, "surprised": 0.0}.get(name, 0.4)
            hh = w * (0.66 if name == "surprised" else 0.56)
            top = bez((x - w * 0.5, y + 2), (x - w * 0.15, y - hh * 0.8), (x + w * 0.3, y - hh * 0.8), (x + w * 0.52, y - 2))
            bot = bez((x + w * 0.52, y - 2), (x + w * 0.2, y + hh * 0.6), (x - w * 0.25, y + hh * 0.55), (x - w * 0.5, y + 2))
            shape = path(top, bot)
            eye = c.new()
            eye.poly((248, 248, 248), shape)
            ir = w * (0.2 if name == "surprised" else 0.24)
            look = hh * (0.25 if name in ("sad", "cry") else 0.05)
            eye.circle((66, 66, 80), x + 2, y + look, ir)
            eye.circle((24, 24, 32), x + 2, y + look, ir * 0.55)
            eye.circle((255, 255, 255), x - ir * 0.35, y + look - ir * 0.35, ir * 0.28)
            if name == "cry":
                eye.ellipse((220, 240, 255), x, y + hh * 0.35, w * 0.3, hh * 0.12)
            if lid > 0:
                lid_y = y - hh * 0.5 + hh * lid * 1.15
                tilt = hh * 0.25 if name in ("sad", "cry") else 0
                eye.poly(SKIN_S, [(x - w, y - hh * 2), (x + w, y - hh * 2), (x + w, lid_y + tilt), (x - w, lid_y - tilt * 0.3)])
                mask = c.new()
                mask.poly((255, 255, 255), shape)
                eye.masked(mask)
                c.paste(eye)
                c.stroke(line, [(x - w * 0.5, max(y, lid_y - tilt * 0.3) + 1), (x, lid_y + tilt * 0.35), (x + w * 0.52, lid_y + tilt)], 3.0, 4.8, 4.5)
                c.stroke(line, top, 1.2, 1.6, 1.2)
            else:
                mask = c.new()
                mask.poly((255, 255, 255), shape)
                eye.masked(mask)
                c.paste(eye)
                c.stroke(line, top, 3.0, 4.5, 4.5)
            c.stroke(mix(line, SKIN_S, 0.4), bot[3:-4], 0.8, 1.6, 1.6)
            if name == "surprised":
                c.stroke((70, 78, 108), bez((h.cx - 6, h.top + 0.86 * h.hh), (h.cx, h.top + 0.94 * h.hh), (h.cx + 6, h.top + 0.86 * h.hh)), 1.5, 1.5, 2.5)
            if name == "cry":
                F.tears(c, [bez((x + w * 0.2, y + hh * 0.5), (x + w * 0.35, y + h.hh * 0.2), (x + w * 0.3, y + h.hh * 0.36))])
        del e

    def top_fn(c: Canvas, name: str) -> None:
        w = h.hw * 0.56
        tilt = {"sad": 1.0, "cry": 1.1, "surprised": 0.0, "smile": 0.1}.get(name, 0.0)
        up = {"surprised": 12, "smile": 6, "sleep": -2, "sad": 0, "cry": 0}.get(name, 0)
        x, y = eye_x, eye_y - 18 - up
        inner = (x + w * 0.55, y - tilt * 8)
        outer = (x - w * 0.6, y + 6 - tilt * 2)
        mid = (x - w * 0.05, y - 6 - tilt * 4)
        c.stroke((120, 126, 150), bez(outer, mid, inner), 2.5, 6.5, 7.0)

    return Character("kakashi", ["neutral", "smile", "sad", "cry", "surprised", "sleep"], base, front, feats, top_fn)


# ------------------------------------------------------------- the girls
PINK, PINK_S, PINK_L, PINK_HI = (246, 176, 198), (222, 134, 166), (150, 70, 104), (252, 214, 226)
GREEN_EYE: Color = (70, 168, 110)


def pink_hair_back(c: Canvas, h: Head, length: float) -> None:
    cx, t, hw, hh = h.cx, h.top, h.hw, h.hh
    arc = ellipse_pts(cx, t + 0.48 * hh, hw * 1.2, 0.6 * hh, 48)[24:]
    bottom = t + length * hh
    pts = path(arc, bez((cx + hw * 1.2, t + 0.5 * hh), (cx + hw * 1.28, bottom - 20), (cx + hw * 1.12, bottom)),
               [(cx + hw * 0.9, bottom - 8), (cx + hw * 0.7, bottom + 2), (cx - hw * 0.7, bottom + 2),
                (cx - hw * 0.9, bottom - 8)],
               bez((cx - hw * 1.12, bottom), (cx - hw * 1.28, bottom - 20), (cx - hw * 1.2, t + 0.5 * hh)))
    part(c, pts, PINK_S, mix(PINK_S, (120, 40, 80), 0.2), PINK_L, (-6.0, 0.0))


def pink_bangs(c: Canvas, h: Head, lock_len: float, part_x: float = 0.0,
               forehead: float = 0.3) -> None:
    """Front hair: skull cap, a parted fringe and side locks down to ``lock_len``."""
    cx, t, hw, hh = h.cx, h.top, h.hw, h.hh
    cap = ellipse_pts(cx, t + 0.47 * hh, hw * 1.14, 0.56 * hh, 48)[24:]
    px = cx + part_x * hw
    f = forehead

    def y(v: float) -> float:
        return t + v * hh

    right = path(
        bez((cx + hw * 1.14, y(0.47)), (cx + hw * 1.16, y(lock_len * 0.8)), (cx + hw * 1.02, y(lock_len))),
        bez((cx + hw * 1.02, y(lock_len)), (cx + hw * 0.9, y(0.72)), (cx + hw * 0.82, y(0.45))),
        bez((cx + hw * 0.82, y(0.45)), (cx + hw * 0.66, y(f + 0.1)), (cx + hw * 0.56, y(f + 0.2))),
        bez((cx + hw * 0.56, y(f + 0.2)), (cx + hw * 0.5, y(f + 0.08)), (cx + hw * 0.4, y(f + 0.03))),
        bez((cx + hw * 0.4, y(f + 0.03)), (cx + hw * 0.32, y(f + 0.08)), (cx + hw * 0.24, y(f + 0.15))),
        bez((cx + hw * 0.24, y(f + 0.15)), (px + hw * 0.14, y(f + 0.02)), (px, y(f - 0.08))),
    )
    left = path(
        bez((px, y(f - 0.08)), (px - hw * 0.16, y(f + 0.02)), (cx - hw * 0.3, y(f + 0.17))),
        bez((cx - hw * 0.3, y(f + 0.17)), (cx - hw * 0.36, y(f + 0.08)), (cx - hw * 0.44, y(f + 0.03))),
        bez((cx - hw * 0.44, y(f + 0.03)), (cx - hw * 0.52, y(f + 0.1)), (cx - hw * 0.6, y(f + 0.2))),
        bez((cx - hw * 0.6, y(f + 0.2)), (cx - hw * 0.7, y(f + 0.1)), (cx - hw * 0.82, y(0.45))),
        bez((cx - hw * 0.82, y(0.45)), (cx - hw * 0.9, y(0.72)), (cx - hw * 1.02, y(lock_len))),
        bez((cx - hw * 1.02, y(lock_len)), (cx - hw * 1.16, y(lock_len * 0.8)), (cx - hw * 1.14, y(0.47))),
    )
    pts = path(cap, right, left)
    cast_shadow(c, h, pts)
    part(c, pts, PINK, PINK_S, PINK_L, (-8.0, 5.0))
    # shine band and strand lines
    shine = path(bez((cx - hw * 0.7, t + 0.16 * hh), (cx, t + 0.02 * hh), (cx + hw * 0.7, t + 0.16 * hh)),
                 bez((cx + hw * 0.64, t + 0.22 * hh), (cx, t + 0.1 * hh), (cx - hw * 0.64, t + 0.22 * hh)))
    c.poly(PINK_HI, shine)
    for s in (-1, 1):
        c.stroke(PINK_L, bez((cx + s * hw * 0.3, t + 0.1 * hh), (cx + s * hw * 0.48, t + (forehead - 0.02) * hh), (cx + s * hw * 0.42, t + (forehead + 0.06) * hh)), 0.8, 1.6, 0.3)
        c.stroke(PINK_L, bez((cx + s * hw * 0.9, t + 0.4 * hh), (cx + s * hw * 0.98, t + 0.6 * hh), (cx + s * hw * 0.96, t + lock_len * hh * 0.95)), 0.8, 1.6, 0.3)


def cast_shadow(c: Canvas, h: Head, hair: list[Point], dy: float = 7.0) -> None:
    """Soft shadow of the fringe falling on the face."""
    sh = c.new()
    sh.poly(SKIN_S, [(x + 2, y + dy) for x, y in hair])
    m = c.new()
    m.poly((255, 255, 255), h.face_pts())
    sh.masked(m)
    c.paste(sh, 200)


def girl_face_feats(h: Head, eye_w: float, eye_h: float, spacing: float, iris: Color) -> Callable[[Canvas, str], None]:
    def feats(c: Canvas, name: str) -> None:
        F.anime_face(c, h, EXPRS[name], iris, PINK_L, eye_w, eye_h, spacing, SKIN_L)
    return feats


def brows_for(h: Head, col: Color, eye_w: float, eye_h: float, spacing: float, gap: float = 0.95,
              thick: float = 3.8) -> Callable[[Canvas, str], None]:
    def top(c: Canvas, name: str) -> None:
        F.brows(c, h, EXPRS[name], col, eye_w, eye_h, spacing, gap, thick)
    return top


def red_top(c: Canvas, h: Head, b: Body, hem: float, shorts: Color, skirt: Color | None = None) -> None:
    cx = b.cx
    # shorts under the dress
    part(c, [(cx - b.hipw * 1.02, hem - 30), (cx + b.hipw * 1.02, hem - 30), (cx + b.hipw * 1.04, 662), (cx - b.hipw * 1.04, 662)],
         shorts, mix(shorts, (0, 0, 0), 0.3), mix(shorts, (0, 0, 0), 0.6))
    body = [p for p in torso_pts(b) if p[1] < hem] if skirt is None else torso_pts(b)
    if skirt is None:
        body = path([p for p in torso_pts(b) if p[0] >= cx and p[1] < hem], [(cx + b.hipw * 0.92, hem), (cx + b.hipw * 0.5, hem + 10),
                     (cx + b.hipw * 0.45, 662), (cx - b.hipw * 0.45, 662), (cx - b.hipw * 0.5, hem + 10), (cx - b.hipw * 0.92, hem)],
                     [p for p in torso_pts(b) if p[0] < cx and p[1] < hem])
    part(c, body, RED, RED_S, RED_L, (-10.0, -4.0))
    if skirt is not None:
        sk = [(cx - b.hipw * 1.04, hem), (cx + b.hipw * 1.04, hem), (cx + b.hipw * 1.1, 662), (cx - b.hipw * 1.1, 662)]
        part(c, sk, skirt, mix(skirt, (0, 0, 0), 0.15), mix(skirt, (0, 0, 0), 0.5))
        c.line(mix(skirt, (0, 0, 0), 0.3), (cx - b.hipw * 0.3, hem + 4), (cx - b.hipw * 0.34, 662), 2)
    # stand collar and zip
    coll = [(cx - b.neck_w * 1.3, b.sy - 14), (cx + b.neck_w * 1.3, b.sy - 14), (cx + b.neck_w * 1.5, b.sy + 6), (cx - b.neck_w * 1.5, b.sy + 6)]
    part(c, coll, RED, RED_S, RED_L, (-4.0, -2.0), 2.0)
    c.line((246, 240, 236), (cx - b.neck_w * 1.5, b.sy + 6), (cx + b.neck_w * 1.5, b.sy + 6), 2.4)
    c.line((246, 240, 236), (cx + 3, b.sy + 6), (cx + 3, hem - 10), 2.2)
    c.rect((246, 240, 236), cx - 1, b.sy + 12, 8, 12, 2)
    # a belt line at the waist and a few fabric folds
    c.line(RED_L, (cx - b.ww * 0.98, b.wy), (cx + b.ww * 0.98, b.wy), 1.6)
    for sd in (-1, 1):
        c.stroke(RED_S, bez((cx + sd * b.sw * 0.8, b.sy + 60), (cx + sd * b.ww * 0.7, b.sy + 110), (cx + sd * b.ww * 0.55, b.wy - 30)), 3.0, 0.5)
        c.stroke(RED_S, bez((cx + sd * b.ww * 0.5, b.wy + 8), (cx + sd * b.ww * 0.45, b.wy + 40), (cx + sd * b.ww * 0.5, hem - 6)), 2.5, 0.5)


def girl(key: str, h: Head, b: Body, hair_len: float, lock_len: float, expressions: list[str],
         outfit: Callable[[Canvas], None], head_gear: Callable[[Canvas], None],
         eye_w: float, eye_h: float, spacing: float, forehead: float = 0.3,
         sleeves: str = "none") -> Character:
    def base(c: Canvas) -> None:
        pink_hair_back(c, h, hair_len)
        outfit(c)
        neck(c, h, b)
        ears(c, h)
        face(c, h)

    def front(c: Canvas) -> None:
        pink_bangs(c, h, lock_len, -0.12, forehead)

    return Character(key, expressions, base, front, girl_face_feats(h, eye_w, eye_h, spacing, GREEN_EYE),
                     brows_for(h, PINK_L, eye_w, eye_h, spacing), head_gear)


def sakura13() -> Character:
    h = Head(240, 188, 62, 124, jaw=0.5, cheek=1.06)
    b = Body(240, 338, 74, 56, 520, 70, 14, 250, 28)

    def outfit(c: Canvas) -> None:
        red_top(c, h, b, 600, (70, 70, 84))
        for s in (-1, 1):
            arm(c, b, s, SKIN, SKIN_S, SKIN_L, skin_from=0.0)

    def gear(c: Canvas) -> None:
        top = bez((h.cx - h.hw * 1.12, h.top + 0.4 * h.hh), (h.cx, h.top - 0.12 * h.hh), (h.cx + h.hw * 1.12, h.top + 0.4 * h.hh))
        bot = bez((h.cx - h.hw * 1.12, h.top + 0.5 * h.hh), (h.cx, h.top - 0.0 * h.hh), (h.cx + h.hw * 1.12, h.top + 0.5 * h.hh))
        band(c, top, bot, (214, 56, 60))
        plate(c, (h.cx, h.top + 0.13 * h.hh), h.hw * 0.8, h.hh * 0.17, 0.0)

    return girl("sakura-13", h, b, 1.0, 0.98, ["neutral", "smile", "sad", "cry", "surprised", "angry", "sleep"],
                outfit, gear, h.hw * 0.58, h.hw * 0.5, 0.45, forehead=0.3)


def sakura15() -> Character:
    h = Head(240, 160, 61, 126, jaw=0.5, cheek=1.03)
    b = Body(240, 312, 86, 60, 510, 78, 14, 262, 31)

    def outfit(c: Canvas) -> None:
        red_top(c, h, b, 560, (56, 56, 66), skirt=(226, 150, 170))
        for s in (-1, 1):
            arm(c, b, s, SKIN, SKIN_S, SKIN_L, skin_from=0.0)
            # elbow guard
            ex = b.cx + s * (b.sw + b.arm_w * 0.25)
            c.ellipse((226, 150, 170), ex, b.sy + b.arm_len * 0.5, b.arm_w * 0.58, 14)
            c.lines(mix((226, 150, 170), (0, 0, 0), 0.5), ellipse_pts(ex, b.sy + b.arm_len * 0.5, b.arm_w * 0.58, 14, 24) + [ellipse_pts(ex, b.sy + b.arm_len * 0.5, b.arm_w * 0.58, 14, 24)[0]], 1.6)

    def gear(c: Canvas) -> None:
        top = bez((h.cx - h.hw * 1.1, h.top + 0.2 * h.hh), (h.cx, h.top + 0.06 * h.hh), (h.cx + h.hw * 1.1, h.top + 0.2 * h.hh))
        bot = bez((h.cx - h.hw * 1.08, h.top + 0.35 * h.hh), (h.cx, h.top + 0.22 * h.hh), (h.cx + h.hw * 1.08, h.top + 0.35 * h.hh))
        band(c, top, bot, (210, 52, 58))
        plate(c, (h.cx, h.top + 0.2 * h.hh), h.hw * 1.0, h.hh * 0.18, 0.0)

    return girl("sakura-15", h, b, 1.12, 1.02, ["neutral", "smile", "sad", "cry", "surprised", "angry", "sleep"],
                outfit, gear, h.hw * 0.55, h.hw * 0.47, 0.45, forehead=0.34)


def sakura21() -> Character:
    h = Head(240, 134, 57, 132, jaw=0.48, cheek=0.98)
    b = Body(240, 292, 92, 62, 500, 82, 14, 282, 32)
    COAT, COAT_S, COAT_L = (238, 240, 234), (200, 208, 206), (96, 104, 110)

    def outfit(c: Canvas) -> None:
        cx = b.cx
        part(c, torso_pts(b), COAT, COAT_S, COAT_L, (-10.0, -4.0))
        # red top in the V of the coat
        part(c, [(cx - 26, b.sy - 10), (cx + 26, b.sy - 10), (cx + 4, b.sy + 110), (cx - 4, b.sy + 110)], RED, RED_S, RED_L, (-4.0, 0.0), 2.0)
        for s in (-1, 1):
            lap = [(cx + s * 26, b.sy - 12), (cx + s * 46, b.sy - 8), (cx + s * 22, b.sy + 90), (cx + s * 2, b.sy + 112)]
            part(c, lap, mix(COAT, (0, 0, 0), 0.04), COAT_S, COAT_L, (-4.0, 0.0), 2.0)
        c.line(COAT_L, (cx + 2, b.sy + 110), (cx + 4, 662), 2.2)
        for k in range(3):
            c.circle((170, 176, 180), cx - 10, b.sy + 150 + k * 60, 4)
        # pocket and badge
        c.lines(COAT_L, [(cx + 30, b.sy + 80), (cx + 70, b.sy + 80)], 2)
        c.rect((90, 160, 120), cx + 36, b.sy + 52, 22, 16, 4)
        c.rect((240, 250, 240), cx + 44, b.sy + 55, 6, 10, 1)
        c.rect((240, 250, 240), cx + 42, b.sy + 57, 10, 6, 1)
        part(c, [(cx + 40, 520), (cx + b.ww + 10, 520), (cx + b.ww + 12, 600), (cx + 42, 600)], COAT, COAT_S, COAT_L, (-4.0, -2.0), 2.0)
        folded_arms(c, b, "clasped", COAT, COAT_S, COAT_L)

    def gear(c: Canvas) -> None:
        # a small hair clip instead of a headband
        x, y = h.cx + h.hw * 0.62, h.top + 0.34 * h.hh
        c.stroke((220, 70, 80), [(x - 14, y + 6), (x + 14, y - 4)], 6, 6)

    def back_hair(c: Canvas) -> None:
        pass

    return girl("sakura-21", h, b, 1.5, 1.2, ["neutral", "smile", "sad", "cry", "surprised", "angry", "sleep"],
                outfit, gear, h.hw * 0.52, h.hw * 0.4, 0.44, forehead=0.3)


# ----------------------------------------------------------------- tsunade
def tsunade() -> Character:
    h = Head(240, 112, 59, 134, jaw=0.52, cheek=0.98)
    b = Body(240, 270, 104, 76, 500, 92, 16, 300, 40)
    BL, BL_S, BL_L, BL_HI = (248, 214, 128), (220, 172, 88), (150, 104, 46), (255, 238, 184)
    COAT, COAT_S, COAT_L = (106, 146, 102), (80, 114, 78), (40, 64, 40)
    GREY, GREY_S, GREY_L = (176, 176, 184), (146, 146, 156), (70, 70, 80)
    eye_w, eye_h, sp = h.hw * 0.46, h.hw * 0.32, 0.44

    def tail(c: Canvas, s: int) -> None:
        x0 = h.cx + s * h.hw * 0.98
        y0 = h.top + 0.84 * h.hh
        pts = path(bez((x0 - s * 14, y0), (x0 + s * 26, y0 + 60), (x0 + s * 24, y0 + 170)),
                   bez((x0 + s * 24, y0 + 170), (x0 + s * 22, y0 + 250), (x0 + s * 2, y0 + 310)),
                   bez((x0 + s * 2, y0 + 310), (x0 - s * 18, y0 + 240), (x0 - s * 22, y0 + 140)),
                   bez((x0 - s * 22, y0 + 140), (x0 - s * 22, y0 + 60), (x0 - s * 14, y0)))
        part(c, pts, BL, BL_S, BL_L, (-8.0, 0.0))
        c.stroke(BL_HI, bez((x0 - s * 6, y0 + 70), (x0 - s * 8, y0 + 150), (x0 - s * 4, y0 + 230)), 1.0, 4.0, 0.6)
        c.stroke(BL_L, bez((x0 + s * 6, y0 + 90), (x0 + s * 10, y0 + 180), (x0 + s * 4, y0 + 280)), 1.0, 1.8, 0.4)
        ty = y0 + 96
        part(c, [(x0 - s * 22, ty), (x0 + s * 24, ty + 2), (x0 + s * 24, ty + 12), (x0 - s * 22, ty + 10)],
             (92, 102, 140), (70, 78, 110), (40, 44, 60), (-3.0, 0.0), 1.6)

    def base(c: Canvas) -> None:
        cx, t, hw, hh = h.cx, h.top, h.hw, h.hh
        back = ellipse_pts(cx, t + 0.5 * hh, hw * 1.22, 0.62 * hh, 48)
        part(c, back, BL_S, mix(BL_S, (120, 80, 30), 0.2), BL_L, (-6.0, 0.0))
        part(c, torso_pts(b), GREY, GREY_S, GREY_L, (-10.0, -4.0))
        # kimono cross collar
        c.poly(SKIN, [(cx - 30, b.sy - 12), (cx + 30, b.sy - 12), (cx, b.sy + 70)])
        c.poly(SKIN_S, [(cx - 30, b.sy - 12), (cx + 30, b.sy - 12), (cx + 10, b.sy + 10), (cx - 10, b.sy + 10)])
        for s in (-1, 1):
            c.stroke(GREY_L, [(cx + s * 32, b.sy - 12), (cx - s * 2, b.sy + 74)], 3, 3)
        c.rect((80, 88, 120), cx - b.ww * 1.0, 470, b.ww * 2.0, 40, 4)
        c.line((50, 56, 80), (cx - b.ww, 470), (cx + b.ww, 470), 2)
        c.line((50, 56, 80), (cx - b.ww, 510), (cx + b.ww, 510), 2)
        # open green coat
        for s in (-1, 1):
            panel = path([(cx + s * 40, b.sy - 14)],
                         bez((cx + s * 40, b.sy - 14), (cx + s * b.sw * 0.8, b.sy - 8), (cx + s * b.sw * 1.04, b.sy + 26)),
                         [(cx + s * b.sw * 1.06, b.sy + 120), (cx + s * b.hipw * 1.14, 662), (cx + s * b.ww * 0.72, 662),
                          (cx + s * b.ww * 0.64, 420), (cx + s * 38, b.sy + 100)])
            part(c, panel, COAT, COAT_S, COAT_L, (-10.0, -4.0))
            c.stroke(mix(COAT, (255, 255, 255), 0.15), [(cx + s * 36, b.sy - 10), (cx + s * 36, b.sy + 96), (cx + s * b.ww * 0.62, 420), (cx + s * b.ww * 0.7, 662)], 6, 6)

        folded_arms(c, b, "crossed", COAT, COAT_S, COAT_L, sleeve_w=1.3)
        neck(c, h, b)
        ears(c, h)
        face(c, h)
        # diamond mark
        dy = t + 0.34 * hh
        c.poly((128, 80, 170), [(cx, dy - 7), (cx + 5, dy), (cx, dy + 7), (cx - 5, dy)])

    def front(c: Canvas) -> None:
        cx, t, hw, hh = h.cx, h.top, h.hw, h.hh
        cap = ellipse_pts(cx, t + 0.47 * hh, hw * 1.16, 0.56 * hh, 48)[24:]
        right = path(bez((cx + hw * 1.16, t + 0.47 * hh), (cx + hw * 1.2, t + 0.9 * hh), (cx + hw * 1.0, t + 1.05 * hh)),
                     bez((cx + hw * 1.0, t + 1.05 * hh), (cx + hw * 0.86, t + 0.7 * hh), (cx + hw * 0.72, t + 0.42 * hh)),
                     bez((cx + hw * 0.72, t + 0.42 * hh), (cx + hw * 0.4, t + 0.26 * hh), (cx + hw * 0.06, t + 0.16 * hh)))
        left = [(2 * cx - x, y) for x, y in reversed(right)]
        pts = path(cap, right, [(cx, t + 0.12 * hh)], left)
        cast_shadow(c, h, pts)
        part(c, pts, BL, BL_S, BL_L, (-8.0, 5.0))
        shine = path(bez((cx - hw * 0.7, t + 0.16 * hh), (cx, t + 0.02 * hh), (cx + hw * 0.7, t + 0.16 * hh)),
                     bez((cx + hw * 0.64, t + 0.22 * hh), (cx, t + 0.1 * hh), (cx - hw * 0.64, t + 0.22 * hh)))
        c.poly(BL_HI, shine)
        for s in (-1, 1):
            c.stroke(BL_L, bez((cx + s * hw * 0.2, t + 0.14 * hh), (cx + s * hw * 0.6, t + 0.26 * hh), (cx + s * hw * 0.9, t + 0.6 * hh)), 0.6, 1.6, 0.3)
            tail(c, s)

    def feats(c: Canvas, name: str) -> None:
        e = EXPRS[name]
        F.anime_face(c, h, e, (176, 128, 66), BL_L, eye_w, eye_h, sp, SKIN_L)
        if e.mouth in ("line", "frown", "small"):
            y = h.top + 0.87 * h.hh
            c.ellipse((220, 130, 130), h.cx, y + 4, 7, 2.5)

    return Character("tsunade", ["neutral", "smile", "sad", "cry", "surprised"], base, front, feats,
                     brows_for(h, mix(BL_L, (60, 40, 20), 0.3), eye_w, eye_h, sp, 1.05))


# ----------------------------------------------------------------- kotetsu
def kotetsu() -> Character:
    h = Head(240, 84, 63, 138, jaw=0.6, cheek=1.0)
    b = Body(240, 262, 108, 84, 520, 90, 22, 320, 41)
    HR, HR_S, HR_L = (62, 60, 72), (40, 38, 50), (16, 14, 22)
    eye_w, eye_h, sp = h.hw * 0.42, h.hw * 0.3, 0.43

    def base(c: Canvas) -> None:
        spikes = spiky(h.cx, h.top + 0.5 * h.hh, h.hw * 0.95, 175, 365, 7,
                       lambda t: h.hw * (1.5 + 0.4 * math.sin(math.pi * t)), -18, 0.45)
        part(c, spikes, HR, HR_S, HR_L, (-8.0, 6.0))
        part(c, torso_pts(b), NAVY, NAVY_S, NAVY_L)
        vest(c, b, h)
        folded_arms(c, b, "crossed", NAVY, NAVY_S, NAVY_L)
        neck(c, h, b)
        ears(c, h)
        face(c, h)
        vest_collar(c, b)

    def front(c: Canvas) -> None:
        cx, t, hw, hh = h.cx, h.top, h.hw, h.hh
        # bandana-style protector covering the top of the head
        cap = path(ellipse_pts(cx, t + 0.44 * hh, hw * 1.1, 0.52 * hh, 48)[24:],
                   bez((cx + hw * 1.1, t + 0.44 * hh), (cx, t + 0.3 * hh), (cx - hw * 1.1, t + 0.44 * hh)))
        part(c, cap, NAVY, NAVY_S, NAVY_L, (-6.0, 4.0))
        plate(c, (cx, t + 0.3 * hh), hw * 1.1, hh * 0.2, 0.0)
        # spiky fringe poking out under it
        for x0 in (-0.95, -0.78, 0.8, 0.98):
            x = cx + x0 * hw
            y = t + 0.4 * hh
            pts = [(x - 12, y - 4), (x + 12, y - 4), (x + x0 * 10, y + 0.17 * hh)]
            part(c, pts, HR, HR_S, HR_L, (-3.0, 2.0), 1.8)

    def feats(c: Canvas, name: str) -> None:
        e = EXPRS[name]
        F.anime_face(c, h, e, (92, 70, 56), HR_L, eye_w, eye_h, sp, SKIN_L, mouth_y=0.9, mouth_w=0.28)
        # bandage across the nose
        y = h.top + 0.72 * h.hh
        pts = path(bez((h.cx - h.hw * 0.62, y - 2), (h.cx, y - 10), (h.cx + h.hw * 0.62, y - 2)),
                   bez((h.cx + h.hw * 0.6, y + 9), (h.cx, y + 1), (h.cx - h.hw * 0.6, y + 9)))
        part(c, pts, (244, 240, 228), (214, 208, 194), (120, 110, 100), (-4.0, 0.0), 1.8)
        for k in (-0.35, 0.0, 0.35):
            c.line((200, 192, 178), (h.cx + k * h.hw, y - 5), (h.cx + k * h.hw, y + 5), 1.2)

    return Character("kotetsu", ["neutral", "smile", "sad", "cry", "surprised"], base, front, feats,
                     brows_for(h, HR_L, eye_w, eye_h, sp, 1.0, 4.2))


def vest_collar(c: Canvas, b: Body) -> None:
    """High collar of the flak vest: two padded flaps rising round the neck."""
    cx, nw = b.cx, b.neck_w
    for sd in (-1, 1):
        pts = path(bez((cx + sd * nw * 0.55, b.sy + 26), (cx + sd * nw * 0.8, b.sy - 10), (cx + sd * nw * 0.92, b.sy - 40)),
                   bez((cx + sd * nw * 0.92, b.sy - 40), (cx + sd * nw * 1.7, b.sy - 44), (cx + sd * nw * 2.3, b.sy - 10)),
                   bez((cx + sd * nw * 2.3, b.sy - 10), (cx + sd * nw * 2.2, b.sy + 14), (cx + sd * nw * 1.4, b.sy + 24)))
        part(c, pts, VEST, VEST_S, VEST_L, (-6.0 if sd > 0 else -2.0, -3.0))
        c.stroke(VEST_S, bez((cx + sd * nw * 1.05, b.sy - 22), (cx + sd * nw * 1.6, b.sy - 24), (cx + sd * nw * 2.0, b.sy - 6)), 1.0, 2.0, 1.0)


SETS: dict[str, Callable[[], Character]] = {
    "kakashi": kakashi, "sakura-13": sakura13, "sakura-15": sakura15, "sakura-21": sakura21,
    "tsunade": tsunade, "kotetsu": kotetsu,
}


def volume(c: Canvas) -> None:
    """Painterly volume pass clipped to the figure: light from the left, the
    right side and the lower body a little darker (keeps the eye on faces)."""
    grad = pygame.Surface((64, 64), pygame.SRCALPHA)
    for x in range(64):
        for y in range(64):
            t, u = x / 63, y / 63
            light = max(0.0, 1 - t / 0.45) * 22
            dark = max(0.0, (t - 0.55) / 0.45) * 40 + max(0.0, (u - 0.62) / 0.38) * 60
            if light > dark:
                grad.set_at((x, y), (255, 250, 240, round(light)))
            else:
                grad.set_at((x, y), (24, 20, 48, round(dark)))
    layer = c.new()
    layer.surf = pygame.transform.smoothscale(grad, c.surf.get_size())
    layer.masked(c)
    c.paste(layer)


def render(ch: Character) -> dict[str, pygame.Surface]:
    base = Canvas(SW, SH)
    ch.base(base)
    front = Canvas(SW, SH)
    ch.front(front)
    over = Canvas(SW, SH)
    if ch.over is not None:
        ch.over(over)
    out: dict[str, pygame.Surface] = {}
    for name in ch.expressions:
        c = Canvas(SW, SH)
        c.paste(base)
        ch.feats(c, name)
        c.paste(front)
        ch.top(c, name)
        c.paste(over)
        volume(c)
        c.surf = outline_behind(c.surf, OUTLINE, 3)
        out[name] = c.result()
    return out


def write_all(root: Path, only: list[str] | None = None) -> None:
    for key, make in SETS.items():
        if only and key not in only:
            continue
        d = root / key
        d.mkdir(parents=True, exist_ok=True)
        for name, surf in render(make()).items():
            pygame.image.save(surf, str(d / f"{name}.png"))
        print(f"sprites {key}: done")
