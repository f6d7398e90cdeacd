"""The places of the game, painted in neutral daylight as three 1280x720 layers
(``ground`` = backdrop, ``back`` = props behind the characters, ``front`` = over
them) plus stage points and light sources.  One function per place; each
returns a :class:`tools.assets.tmx.Place`.  The renderer grades colours for
the time of day, so nothing here is tinted for dawn or night."""
from __future__ import annotations

import math
import random

from .paint import Canvas, Color, bez, ellipse_pts, mix, shaded
from .scenery import (H, W, clouds, conifer, petals, round_tree,
                      sky, soft_shadow, treeline, village)
from .tmx import Light, Place

FOOT = 700
BASE_STAGE: dict[str, tuple[float, float]] = {
    "far-left": (200, FOOT), "left": (400, FOOT), "centre": (640, FOOT),
    "right": (880, FOOT), "far-right": (1080, FOOT),
}


def stage(**extra: float) -> dict[str, tuple[float, float]]:
    d = dict(BASE_STAGE)
    for k, x in extra.items():
        d[k.replace("_", "-")] = (x, FOOT)
    return d


def light(cx: float, cy: float, w: float, h: float, color: str, strength: float,
          times: str, label: str) -> Light:
    return Light(cx - w / 2, cy - h / 2, w, h, color, strength, times, label)


def layers() -> tuple[Canvas, Canvas, Canvas]:
    return Canvas(W, H), Canvas(W, H), Canvas(W, H)


def done(key: str, title: str, time: str, g: Canvas, b: Canvas, f: Canvas,
         st: dict[str, tuple[float, float]], lights: list[Light]) -> Place:
    return Place(key, title, time, {"ground": g.result(), "back": b.result(), "front": f.result()},
                 st, lights)


# ---------------------------------------------------------------- outdoors
GRASS_HI: Color = (150, 178, 104)
GRASS: Color = (118, 150, 86)
GRASS_LO: Color = (88, 120, 70)


def grass_field(c: Canvas, rng: random.Random, y0: float) -> None:
    c.vgrad([(0, (150, 176, 112)), (0.35, GRASS), (1, GRASS_LO)], 0, y0, W, H - y0)
    c.glow((60, 90, 60), W / 2, y0 + 4, W * 0.7, 14, alpha=70, soft=6)
    for _ in range(260):
        x = rng.uniform(0, W)
        y = y0 + (rng.random() ** 0.7) * (H - y0)
        t = (y - y0) / (H - y0)
        s = 3 + 9 * t
        col = mix(GRASS_HI, GRASS_LO, rng.random() * 0.6 + t * 0.3)
        c.stroke(col, bez((x, y), (x + rng.uniform(-3, 3), y - s * 0.6), (x + rng.uniform(-5, 5), y - s)), 2.2 * (0.5 + t), 0.3)


def grass_tufts(c: Canvas, rng: random.Random, xs: list[tuple[float, float]], y: float) -> None:
    for x0, x1 in xs:
        for _ in range(int((x1 - x0) / 4)):
            x = rng.uniform(x0, x1)
            hgt = rng.uniform(18, 46)
            lean = rng.uniform(-14, 14)
            col = mix((70, 104, 62), (124, 156, 90), rng.random())
            c.stroke(col, bez((x, y + 10), (x + lean * 0.3, y - hgt * 0.5), (x + lean, y - hgt)), 4.5, 0.4)


def memorial(rng: random.Random) -> Place:
    g, b, f = layers()
    sky(g, (160, 190, 212), (226, 232, 228), 430)
    clouds(g, rng, 5, 60, 200, alpha=110)
    treeline(g, rng, 250, (150, 172, 170), 18, (24, 44))
    treeline(g, rng, 300, (112, 140, 124), 22, (28, 52))
    for i in range(9):
        x = 90 + i * 140 + rng.uniform(-30, 30)
        conifer(g, x, 420, rng.uniform(150, 230), rng.uniform(70, 100), (84, 116, 92), (62, 92, 74))
    grass_field(g, rng, 400)
    # path of trodden earth to the stone
    g.poly((156, 150, 118), [(850, 470), (1010, 470), (1060, 720), (620, 720)])
    g.poly((172, 164, 130), [(870, 472), (990, 472), (1000, 720), (680, 720)])
    # framing trees (back layer)
    for x, base, hh, ww in ((330, 430, 400, 250), (70, 480, 540, 320)):
        round_tree(b, rng, x, base, hh, ww, (74, 56, 44), ((150, 182, 112), (110, 146, 88), (80, 112, 70), (58, 86, 56)))
    # the memorial stone
    cx = 930
    soft_shadow(b, cx + 10, 478, 170, 20, 120)
    b.poly((150, 150, 146), [(cx - 150, 486), (cx + 150, 486), (cx + 140, 456), (cx - 140, 456)])
    b.poly((178, 178, 172), [(cx - 140, 456), (cx + 140, 456), (cx + 130, 446), (cx - 130, 446)])
    b.poly((128, 128, 124), [(cx - 150, 486), (cx + 150, 486), (cx + 150, 494), (cx - 150, 494)])
    stone = [(cx - 108, 450), (cx - 118, 260), (cx - 96, 196), (cx - 30, 160), (cx + 52, 170),
             (cx + 104, 214), (cx + 116, 300), (cx + 108, 450)]
    shaded(b, stone, (40, 42, 50), (24, 25, 30), off=(-14, -6))
    # polished sheen
    sheen = b.new((200, 210, 220))
    sheen.stroke((200, 210, 220), bez((cx - 92, 436), (cx - 104, 300), (cx - 80, 214)), 16, 6)
    sheen.poly((200, 210, 220), [(cx - 20, 172), (cx + 40, 180), (cx + 30, 186), (cx - 22, 180)])
    sheen_mask = b.new()
    sheen_mask.poly((255, 255, 255), stone)
    sheen.masked(sheen_mask)
    b.paste(sheen.blurred(6), 80)
    # carved names: columns of abstract strokes
    for col in range(7):
        x = cx - 72 + col * 24
        y = 228 + (col % 2) * 8
        while y < 420:
            ln = rng.uniform(8, 16)
            kind = rng.random()
            cc = (92, 96, 106)
            if kind < 0.5:
                b.line(cc, (x, y), (x + rng.uniform(-2, 2), y + ln), 2.2)
            elif kind < 0.8:
                b.line(cc, (x - 5, y + 3), (x + 5, y + 1), 2.0)
                b.line(cc, (x, y), (x, y + ln), 2.0)
            else:
                b.line(cc, (x - 4, y), (x + 4, y + ln * 0.7), 2.0)
            b.line((12, 12, 14), (x + 1, y + 1), (x + 1, y + 4), 1)
            y += ln + rng.uniform(5, 10)
            if rng.random() < 0.12:
                y += 16
    b.stroke((70, 72, 82), [(cx - 80, 208), (cx + 80, 208)], 2.5, 2.5)
    # flowers and an incense holder at the foot
    for i in range(14):
        fx = cx - 120 + rng.uniform(0, 240)
        fy = 452 + rng.uniform(-4, 6)
        b.line((80, 120, 70), (fx, fy + 10), (fx + rng.uniform(-3, 3), fy - 6), 1.6)
        b.circle(rng.choice([(246, 246, 240), (240, 220, 120), (232, 200, 214)]), fx, fy - 7, 3.6)
    b.rect((120, 96, 70), cx - 10, 438, 20, 12, 3)
    b.line((210, 200, 190), (cx - 2, 438), (cx - 6, 400), 1.2)
    b.line((210, 200, 190), (cx + 3, 438), (cx + 5, 404), 1.2)
    # front: tufts in the corners and a faint low mist
    grass_tufts(f, rng, [(0, 150), (1130, 1280)], 712)
    mist = f.new((236, 240, 242))
    for mx, my, mw, mh in ((260, 610, 520, 60), (900, 630, 560, 70), (640, 680, 700, 50), (80, 560, 300, 40)):
        mist.ellipse((236, 240, 242), mx, my, mw, mh)
    f.paste(mist.blurred(40), 70)
    return done("memorial", "The memorial stone", "dawn", g, b, f,
                stage(stone=930), [light(930, 420, 90, 70, "#ffcf8a", 0.25, "dawn,dusk,night", "incense")])


def cherry_canopy(c: Canvas, rng: random.Random, cx: float, cy: float, rx: float, ry: float) -> None:
    """Cherry crown: clustered blossom clumps in four tones, softened like paint,
    with a few branches showing through."""
    tones = ((252, 226, 234), (242, 190, 208), (222, 154, 180), (196, 126, 156))
    lay = c.new(tones[2])
    clumps = []
    for _ in range(34):
        a = rng.uniform(0, 2 * math.pi)
        d = rng.random() ** 0.6
        clumps.append((cx + math.cos(a) * rx * d * 0.92, cy + math.sin(a) * ry * d * 0.8, rng.uniform(48, 76)))
    clumps.sort(key=lambda q: q[1])
    for x, y, r in clumps:  # shadowed underside
        lay.poly(tones[3], ellipse_pts(x + 8, y + r * 0.3, r * 1.05, r * 0.8, 40))
    for x, y, r in clumps:
        pts = []
        for k in range(60):  # softly scalloped clump outline
            a = 2 * math.pi * k / 60
            rr = r * (0.93 + 0.07 * abs(math.cos(a * 4.5 + x)))
            pts.append((x + rr * math.cos(a), y + rr * 0.78 * math.sin(a)))
        lay.poly(tones[2], pts)
        lay.poly(tones[1], ellipse_pts(x - r * 0.12, y - r * 0.16, r * 0.78, r * 0.52, 40))
    for x, y, r in clumps:
        if y < cy + ry * 0.3:
            lay.poly(tones[0], ellipse_pts(x - r * 0.3, y - r * 0.36, r * 0.3, r * 0.16, 24, -0.2))
    # branches through the lower crown
    for sx, ex, ey in ((cx - 8, cx - rx * 0.55, cy + ry * 0.2), (cx + 4, cx + rx * 0.5, cy + ry * 0.1),
                       (cx - 4, cx - rx * 0.1, cy - ry * 0.2)):
        lay.stroke((98, 70, 62), bez((sx, cy + ry * 0.8), ((sx + ex) / 2, cy + ry * 0.45), (ex, ey)), 14, 4)
    for _ in range(10):
        x = cx + rng.uniform(-rx * 0.7, rx * 0.7)
        y = cy + rng.uniform(0, ry * 0.6)
        r = rng.uniform(30, 46)
        lay.poly(tones[2], ellipse_pts(x, y, r, r * 0.7, 24))
        lay.poly(tones[1], ellipse_pts(x - r * 0.15, y - r * 0.15, r * 0.7, r * 0.45, 24))
    # tiny blossom flecks
    for _ in range(260):
        a = rng.uniform(0, 2 * math.pi)
        d = rng.random() ** 0.5
        x, y = cx + math.cos(a) * rx * d, cy + math.sin(a) * ry * d * 0.85
        lay.circle(rng.choice(tones[:2]), x, y, rng.uniform(2, 4))
    c.paste(lay.blurred(3))
    c.paste(lay, 150)


def training_ground(rng: random.Random) -> Place:
    g, b, f = layers()
    sky(g, (132, 180, 222), (214, 232, 240), 420)
    clouds(g, rng, 6, 50, 220, alpha=150)
    treeline(g, rng, 270, (140, 170, 160), 16, (24, 40))
    treeline(g, rng, 320, (98, 134, 102), 20, (26, 50))
    grass_field(g, rng, 410)
    g.poly((176, 160, 120), ellipse_pts(640, 560, 420, 90, 64))
    g.poly((190, 174, 134), ellipse_pts(640, 552, 380, 72, 64))
    # wooden fence far back
    for i in range(30):
        x = i * 46 + 8
        g.rect((150, 120, 90), x, 392, 6, 30)
    g.rect((140, 112, 84), 0, 398, W, 4)
    g.rect((140, 112, 84), 0, 410, W, 4)
    # training posts
    for x, base, hh in ((250, 500, 140), (380, 486, 124), (1030, 496, 136)):
        soft_shadow(b, x + 8, base, 34, 8, 110)
        shaded(b, [(x - 15, base), (x - 15, base - hh), (x - 10, base - hh - 8), (x + 10, base - hh - 8),
                   (x + 15, base - hh), (x + 15, base)], (168, 128, 88), (124, 92, 62), off=(-7, 0))
        b.ellipse((196, 160, 120), x, base - hh - 4, 13, 5)
        for ry in (0.35, 0.6):
            yy = base - hh * (1 - ry)
            b.rect((222, 210, 180), x - 16, yy, 32, 10)
            b.line((160, 150, 130), (x - 16, yy + 5), (x + 16, yy + 5), 1)
    # the cherry tree
    cx = 640
    soft_shadow(b, cx + 20, 488, 260, 26, 110)
    trunk = (98, 70, 62)
    tdark = (72, 50, 46)
    b.stroke(tdark, bez((cx + 6, 492), (cx + 16, 380), (cx - 10, 260)), 74, 36)
    b.stroke(trunk, bez((cx, 492), (cx + 8, 380), (cx - 16, 262)), 62, 28)
    for sx, sy, ex, ey, w0 in ((cx - 10, 320, cx - 230, 200, 30), (cx - 4, 300, cx + 220, 170, 28),
                                (cx - 14, 270, cx - 60, 110, 22), (cx, 360, cx + 300, 280, 20),
                                (cx - 8, 360, cx - 320, 300, 18)):
        b.stroke(trunk, bez((sx, sy), ((sx + ex) / 2, sy - 30), (ex, ey)), w0, 5)
    # root flare
    b.poly(trunk, [(cx - 54, 494), (cx - 30, 470), (cx + 36, 470), (cx + 64, 494)])
    b.line((120, 92, 80), (cx - 14, 470), (cx - 22, 300), 3)
    cherry_canopy(b, rng, cx, 190, 380, 150)
    petals(b, rng, 90, (200, 320, 1080, 500), [(246, 200, 214), (236, 176, 196), (252, 226, 234)])
    petals(f, rng, 26, (0, 40, W, 480), [(246, 200, 214), (252, 226, 234)])
    grass_tufts(f, rng, [(0, 120), (1170, 1280)], 712)
    return done("training-ground", "The training ground", "afternoon", g, b, f,
                stage(tree=640, posts=300), [])


def village_trees(c: Canvas, rng: random.Random, y: float, scale: float, haze: float) -> None:
    """Clumps of trees between rows of houses."""
    for _ in range(7):
        x = rng.uniform(0, W)
        for k in range(4):
            r = rng.uniform(10, 18) * scale
            col = mix(rng.choice([(92, 128, 84), (110, 146, 92), (80, 112, 76)]), (190, 196, 204), haze)
            c.circle(col, x + rng.uniform(-20, 20) * scale, y - r * 0.6 + rng.uniform(-6, 4) * scale, r)


def rooftops(rng: random.Random) -> Place:
    g, b, f = layers()
    sky(g, (120, 168, 216), (232, 226, 214), 460)
    clouds(g, rng, 7, 40, 240, alpha=160)
    # distant cliffs
    g.poly((168, 170, 178), [(0, 330), (120, 240), (300, 200), (520, 230), (640, 200), (860, 214), (1040, 190),
                             (1280, 250), (1280, 460), (0, 460)])
    g.poly((150, 152, 162), [(0, 350), (200, 300), (420, 320), (640, 290), (900, 300), (1280, 320), (1280, 460), (0, 460)])
    g.rect((176, 150, 128), 0, 440, W, 280)
    lit: list[tuple[float, float, float, float]] = []
    walls = [(222, 210, 190), (206, 196, 180), (232, 222, 200), (196, 182, 160)]
    roofs = [(156, 90, 72), (90, 120, 130), (120, 96, 80), (170, 110, 80), (104, 110, 120)]
    g.glow((214, 220, 228), 640, 350, 900, 60, alpha=120, soft=10)
    treeline(g, rng, 350, (136, 156, 150), 8, (14, 24), bottom=420)
    village(g, rng, 400, 0, 0.6, walls, roofs, (190, 196, 204), 0.55)
    village_trees(g, rng, 404, 0.6, 0.5)
    village(g, rng, 450, 0, 0.9, walls, roofs, (190, 196, 204), 0.3)
    village_trees(g, rng, 456, 0.9, 0.28)
    village(g, rng, 520, 0, 1.3, walls, roofs, (190, 196, 204), 0.1, lit=lit)
    # a water tower
    g.rect((110, 96, 86), 1040, 330, 6, 100)
    g.rect((110, 96, 86), 1100, 330, 6, 100)
    g.ellipse((160, 130, 110), 1073, 330, 50, 16)
    g.rect((150, 122, 102), 1023, 290, 100, 40)
    g.ellipse((176, 146, 124), 1073, 290, 50, 14)
    # foreground roof: tiles we stand on
    tile_dark, tile = (120, 86, 74), (150, 106, 88)
    b.poly(tile, [(0, 560), (1280, 540), (1280, 720), (0, 720)])
    for i in range(16):
        y = 560 + i * 12
        b.line(tile_dark, (0, y), (1280, y - 20 + i * 1.2), 2)
    for i in range(40):
        x = i * 34
        b.line(mix(tile_dark, tile, 0.5), (x, 560), (x - 40, 720), 1.4)
    b.poly((176, 130, 106), [(0, 548), (1280, 528), (1280, 546), (0, 566)])
    # chimney and pole with wires
    b.rect((170, 150, 130), 180, 440, 60, 120)
    b.rect((140, 122, 104), 172, 432, 76, 14)
    b.rect((110, 90, 76), 1160, 200, 8, 350)
    b.line((60, 60, 66), (1164, 214), (700, 280), 1.4)
    b.line((60, 60, 66), (1164, 226), (0, 300), 1.4)
    lights = [light(x, y, w, h, "#ffd690", 0.5, "dusk,night", "window") for x, y, w, h in lit[:8]]
    return done("rooftops", "Village rooftops", "dusk", g, b, f, stage(), lights)
