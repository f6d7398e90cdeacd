"""The indoor places: tower stairs, the Hokage's office, Sakura's house (tidy
and wrecked, sharing one layout) and Kakashi's apartment.  Same conventions as
:mod:`tools.assets.places`: neutral daylight, three layers, stage points and
lights."""
from __future__ import annotations

import math
import random

from .paint import Canvas, Color, bez, mix, shaded
from .places import done, layers, light, stage
from .scenery import (H, W, books, clouds, planks, shelf_unit, soft_shadow,
                      village, window_frame)
from .tmx import Place

WOOD: Color = (150, 106, 70)
WOOD_D: Color = (112, 76, 50)
WOOD_L: Color = (186, 140, 96)


def wall(c: Canvas, top: Color, bottom: Color, y1: float, wains: Color | None = None,
         wy: float = 0) -> None:
    c.vgrad([(0, top), (1, bottom)], 0, 0, W, y1)
    if wains is not None:
        c.rect(wains, 0, wy, W, y1 - wy)
        c.rect(mix(wains, (255, 255, 255), 0.2), 0, wy, W, 6)
        for i in range(0, W, 80):
            c.rect(mix(wains, (0, 0, 0), 0.15), i, wy + 12, 3, y1 - wy - 14)
    c.rect(mix(bottom, (0, 0, 0), 0.45), 0, y1 - 10, W, 10)


def outdoor_view(c: Canvas, rng: random.Random, x: float, y: float, w: float, h: float,
                 horizon: float) -> None:
    """Sky and rooftops seen through an opening (clipped to the rectangle)."""
    v = Canvas(W, H)
    v.vgrad([(0, (130, 178, 222)), (1, (222, 232, 236))], x, y, w, horizon - y + 40)
    clouds(v, rng, 3, y + 10, y + 60, alpha=170)
    v.poly((170, 176, 184), [(x, horizon - 30), (x + w * 0.3, horizon - 60), (x + w * 0.7, horizon - 40),
                             (x + w, horizon - 70), (x + w, y + h), (x, y + h)])
    walls = [(222, 210, 190), (232, 222, 200), (206, 196, 180)]
    roofs = [(156, 90, 72), (90, 120, 130), (170, 110, 80)]
    village(v, rng, horizon, 0, 0.55, walls, roofs, (196, 204, 214), 0.45, x0=x - 30, x1=x + w + 30)
    village(v, rng, horizon + 50, 0, 0.9, walls, roofs, (196, 204, 214), 0.15, x0=x - 30, x1=x + w + 30)
    v.rect((120, 140, 110), x, horizon + 60, w, y + h - horizon)
    village(v, rng, y + h + 30, 0, 1.2, walls, roofs, (196, 204, 214), 0.0, x0=x - 30, x1=x + w + 30)
    m = Canvas(W, H)
    m.rect((255, 255, 255), x, y, w, h)
    v.masked(m)
    c.paste(v)


# ------------------------------------------------------------------ stairs
def tower_stairs(rng: random.Random) -> Place:
    g, b, f = layers()
    plaster, plaster_d = (222, 208, 182), (192, 176, 150)
    g.rect((120, 88, 62), 0, 0, W, H)
    # side walls (perspective)
    g.poly(plaster_d, [(0, 0), (430, 60), (430, 340), (0, 720)])
    g.poly(plaster, [(1280, 0), (850, 60), (850, 340), (1280, 720)])
    g.poly(mix(plaster, (255, 240, 210), 0.3), [(1280, 0), (850, 60), (850, 140), (1280, 160)])
    # back wall at the landing
    g.vgrad([(0, (232, 220, 196)), (1, (206, 190, 164))], 430, 60, 420, 280)
    # ceiling
    g.poly((96, 70, 50), [(0, 0), (1280, 0), (850, 60), (430, 60)])
    for i in range(6):
        t = i / 5
        g.line((70, 50, 36), (0 + 1280 * t, 0), (430 + 420 * t, 60), 3)
    # beams on the side walls
    for t in (0.0, 0.45, 0.8):
        xl = 430 * t
        g.line(WOOD_D, (xl, 60 * t), (xl, 340 * t + 720 * (1 - t)), 14 * (1 - t * 0.6))
        g.line(WOOD_D, (1280 - xl, 60 * t), (1280 - xl, 340 * t + 720 * (1 - t)), 14 * (1 - t * 0.6))
    # handrails
    g.line((110, 76, 50), (0, 420), (430, 250), 10)
    g.line((150, 108, 72), (0, 414), (430, 246), 4)
    g.line((110, 76, 50), (1280, 420), (850, 250), 10)
    g.line((150, 108, 72), (1280, 414), (850, 246), 4)
    # the stairs: treads shrinking towards the landing
    n = 11
    y_bot, y_top = 720, 340
    prev_y = y_bot
    for i in range(n):
        t0, t1 = i / n, (i + 1) / n
        ya = y_bot + (y_top - y_bot) * (1 - (1 - t0) ** 1.5)
        yb = y_bot + (y_top - y_bot) * (1 - (1 - t1) ** 1.5)
        wa = 1280 * (1 - t0) + 420 * t0
        wb = 1280 * (1 - t1) + 420 * t1
        riser_h = (ya - yb) * 0.55
        # riser
        g.poly(WOOD_D, [(640 - wa / 2, ya), (640 + wa / 2, ya), (640 + wa / 2, ya - riser_h), (640 - wa / 2, ya - riser_h)])
        # tread
        g.poly(WOOD_L, [(640 - wa / 2, ya - riser_h), (640 + wa / 2, ya - riser_h), (640 + wb / 2, yb), (640 - wb / 2, yb)])
        g.line(mix(WOOD_L, (255, 255, 255), 0.3), (640 - wa / 2, ya - riser_h), (640 + wa / 2, ya - riser_h), 2)
        prev_y = yb
    # landing floor
    g.poly(WOOD, [(430, 340), (850, 340), (850, prev_y), (430, prev_y)])
    # runner carpet on the stairs
    run = Canvas(W, H)
    run.poly((150, 52, 48), [(500, 720), (780, 720), (700, 340), (580, 340)])
    m = Canvas(W, H)
    m.poly((255, 255, 255), [(0, 0), (1280, 0), (1280, 720), (0, 720)])
    g.paste(run, 150)
    # door at the top
    dx, dy, dw, dh = 560, 130, 160, 210
    b.rect((90, 62, 42), dx - 14, dy - 14, dw + 28, dh + 14)
    shaded(b, [(dx, dy), (dx + dw, dy), (dx + dw, dy + dh), (dx, dy + dh)], (164, 116, 76), (130, 90, 58), off=(-8, 0))
    for px, py, pw, ph in ((dx + 16, dy + 16, 58, 80), (dx + 86, dy + 16, 58, 80),
                           (dx + 16, dy + 110, 58, 84), (dx + 86, dy + 110, 58, 84)):
        b.rect((136, 94, 62), px, py, pw, ph, 3)
        b.rect((176, 128, 86), px + 3, py + 3, pw - 6, ph - 6, 2)
    b.circle((214, 184, 110), dx + dw - 20, dy + 110, 6)
    b.rect((236, 230, 216), dx + 50, dy - 44, 60, 22, 3)
    b.rect((120, 100, 80), dx + 58, dy - 36, 44, 4)
    # wall lanterns
    for lx in (300, 980):
        ly = 250
        b.rect((70, 50, 36), lx - 4, ly - 40, 8, 20)
        b.rect((240, 222, 180), lx - 16, ly - 20, 32, 44, 6)
        b.rect((80, 58, 40), lx - 18, ly - 22, 36, 6, 2)
        b.rect((80, 58, 40), lx - 18, ly + 20, 36, 6, 2)
        b.line((200, 170, 120), (lx, ly - 14), (lx, ly + 18), 1.5)
    # small window on the left wall with daylight
    win = [(120, 120), (260, 140), (260, 300), (120, 300)]
    b.poly((214, 232, 240), win)
    b.poly((244, 248, 240), [(120, 120), (190, 130), (150, 300), (120, 300)])
    b.lines((100, 70, 48), win + [win[0]], 8)
    b.line((100, 70, 48), (190, 130), (190, 300), 5)
    lights = [light(300, 252, 120, 120, "#ffd28a", 0.55, "dusk,night,dawn", "lantern-left"),
              light(980, 252, 120, 120, "#ffd28a", 0.55, "dusk,night,dawn", "lantern-right")]
    return done("tower-stairs", "The tower stairs", "morning", g, b, f, stage(door=640, stairs=640), lights)


# ------------------------------------------------------------------ office
def hokage_office(rng: random.Random) -> Place:
    g, b, f = layers()
    wall(g, (210, 206, 178), (190, 184, 154), 470, wains=(132, 96, 64), wy=390)
    planks(g, 470, 720, (640, 220), (168, 122, 82), (128, 90, 60), 26, rng)
    # window on the left, open shutters
    wx, wy, ww, wh = 70, 70, 340, 280
    outdoor_view(g, rng, wx, wy, ww, wh, wy + 150)
    window_frame(b, wx, wy, ww, wh, (120, 86, 58), bars=1, th=14)
    b.poly((150, 112, 78), [(wx - 14, wy - 14), (wx - 70, wy + 10), (wx - 70, wy + wh + 4), (wx - 14, wy + wh + 14)])
    for k in range(6):
        yy = wy + 10 + k * 45
        b.line((118, 84, 56), (wx - 66, yy + 8), (wx - 18, yy + 2), 3)
    # hanging scroll with abstract brush strokes
    b.rect((120, 86, 56), 462, 56, 76, 8, 3)
    b.rect((236, 226, 200), 468, 64, 64, 220)
    b.rect((176, 150, 110), 468, 64, 64, 10)
    b.stroke((60, 50, 46), bez((500, 96), (486, 130), (506, 168)), 9, 2)
    b.stroke((60, 50, 46), bez((486, 190), (500, 200), (514, 186)), 7, 2)
    b.stroke((60, 50, 46), bez((500, 210), (498, 240), (504, 262)), 8, 1.5)
    b.circle((186, 60, 50), 514, 270, 5)
    b.rect((120, 86, 56), 462, 284, 76, 8, 3)
    b.line((100, 80, 60), (500, 40), (466, 58), 1.5)
    b.line((100, 80, 60), (500, 40), (534, 58), 1.5)
    # shelves on the right with scrolls and files
    ys = shelf_unit(b, 900, 60, 330, 400, (140, 100, 66), 4)
    pal = [(180, 160, 120), (130, 70, 56), (80, 100, 110), (200, 184, 150), (110, 120, 80)]
    for i, sy in enumerate(ys):
        if i % 2 == 0:
            x = 916
            while x < 1200:
                r = rng.uniform(8, 11)
                ln = rng.uniform(50, 80)
                b.rect((226, 212, 180), x, sy - 2 * r, ln, 2 * r, int(r))
                b.circle((200, 184, 150), x + ln, sy - r, r)
                b.circle((150, 60, 50), x + ln, sy - r, r * 0.45)
                x += ln + 18
                if rng.random() < 0.3:
                    b.rect((226, 212, 180), x - ln * 0.6, sy - 4 * r, ln * 0.8, 2 * r, int(r))
        else:
            books(b, rng, 916, sy, 296, pal, 40, 70)
    # the Hokage's chair behind the desk
    b.rect((96, 48, 42), 560, 250, 160, 170, 26)
    b.rect((122, 62, 54), 574, 262, 132, 150, 20)
    # the desk
    soft_shadow(g, 650, 590, 270, 18, 120)
    shaded(f, [(400, 400), (880, 400), (880, 586), (400, 586)], (150, 104, 66), (118, 80, 50), off=(0, -10))
    f.rect((128, 88, 56), 420, 520, 440, 56, 4)
    f.rect((112, 76, 48), 400, 578, 480, 10, 2)
    f.rect((176, 128, 86), 390, 390, 500, 16, 4)
    f.rect((128, 88, 56), 420, 420, 440, 90, 4)
    f.rect((150, 104, 66), 430, 428, 200, 36, 3)
    f.rect((150, 104, 66), 650, 428, 200, 36, 3)
    f.circle((210, 180, 110), 530, 446, 4)
    f.circle((210, 180, 110), 750, 446, 4)
    # paper stacks
    for px, n in ((440, 9), (500, 6), (760, 12), (820, 5)):
        for k in range(n):
            yy = 390 - k * 4
            dx = rng.uniform(-4, 4)
            f.poly((244, 242, 232) if k % 2 else (228, 226, 214),
                   [(px + dx, yy), (px + dx + 56, yy - 1), (px + dx + 58, yy - 5), (px + dx + 2, yy - 4)])
    f.poly((250, 248, 238), [(620, 386), (690, 382), (696, 392), (624, 396)])
    f.line((150, 150, 150), (632, 388), (680, 385), 1)
    f.rect((80, 90, 80), 710, 370, 16, 20, 3)
    f.line((50, 40, 34), (714, 370), (706, 340), 2.5)
    f.line((50, 40, 34), (720, 370), (726, 344), 2.5)
    f.rect((236, 232, 220), 590, 372, 20, 18, 4)
    # visitor's chair in front of the desk, seen from behind
    cx = 930
    soft_shadow(b, cx, 592, 70, 10, 110)
    b.rect((110, 76, 50), cx - 54, 520, 10, 74)
    b.rect((110, 76, 50), cx + 44, 520, 10, 74)
    b.rect((138, 98, 64), cx - 60, 508, 120, 18, 4)
    b.rect((120, 84, 56), cx - 56, 420, 12, 96)
    b.rect((120, 84, 56), cx + 44, 420, 12, 96)
    b.rect((146, 104, 68), cx - 56, 420, 112, 22, 6)
    b.rect((146, 104, 68), cx - 50, 460, 100, 12, 4)
    # plant
    b.rect((150, 90, 70), 330, 430, 50, 50, 6)
    for k in range(9):
        a = -math.pi / 2 + (k - 4) * 0.3
        b.stroke((80, 126, 74), bez((355, 432), (355 + math.cos(a) * 40, 432 + math.sin(a) * 60),
                                    (355 + math.cos(a) * 70, 432 + math.sin(a) * 70)), 10, 1)
    lights = [light(240, 210, 380, 300, "#fff0cc", 0.2, "morning,noon,afternoon", "window"),
              light(640, 380, 160, 80, "#ffd08a", 0.4, "dusk,night", "desk-lamp")]
    return done("hokage-office", "The Hokage's office", "noon", g, b, f,
                {**stage(desk=640, chair=930, window=240, door=1080), "desk-chair": (640.0, 635.0)}, lights)
    # desk-chair: someone seated in the Hokage's chair, raised so that she sits behind the desk, not sunk into
    # it (a seated figure stands on the floor line; seen over the desk only her head showed)


# ------------------------------------------------------------- sakura house
def _sakura_room(rng: random.Random, wrecked: bool) -> Place:
    g, b, f = layers()
    wall(g, (242, 228, 204), (230, 212, 186), 480, wains=(196, 150, 108), wy=400)
    # wallpaper motif: tiny flowers in a lattice
    for j in range(8):
        for i in range(27):
            x = i * 48 + (24 if j % 2 else 0)
            y = 30 + j * 46
            g.circle((232, 200, 190), x, y, 3)
    planks(g, 480, 720, (640, 250), (196, 150, 104), (160, 118, 80), 24, rng)
    # rug under the table
    g.poly((176, 92, 86), [(470, 540), (890, 540), (960, 650), (400, 650)])
    g.poly((204, 128, 110), [(490, 550), (870, 550), (930, 640), (430, 640)])
    if wrecked:
        g.poly((176, 92, 86), [(870, 550), (930, 640), (960, 650), (900, 570)])
    # kitchen corner (left)
    b.rect((236, 236, 228), 0, 140, 130, 100)
    b.rect((206, 160, 112), 0, 90, 130, 150, 4)
    b.rect((226, 182, 134), 8, 98, 54, 134, 3)
    b.rect((226, 182, 134), 68, 98, 54, 134, 3)
    # window over the sink
    wx, wy, ww, wh = 160, 110, 170, 170
    outdoor_view(b, rng, wx, wy, ww, wh, wy + 90)
    window_frame(b, wx, wy, ww, wh, (236, 230, 216), bars=1, th=10)
    if not wrecked:
        b.poly((236, 150, 150), [(wx - 16, wy - 18), (wx + 40, wy - 18), (wx + 10, wy + 70), (wx - 16, wy + 90)])
        b.poly((236, 150, 150), [(wx + ww + 16, wy - 18), (wx + ww - 40, wy - 18), (wx + ww - 10, wy + 70), (wx + ww + 16, wy + 90)])
    else:
        b.poly((236, 150, 150), [(wx - 16, wy - 18), (wx + 40, wy - 18), (wx + 10, wy + 70), (wx - 16, wy + 90)])
        b.poly((236, 150, 150), [(wx + ww + 16, wy - 18), (wx + ww - 10, wy - 18), (wx + ww - 20, wy + 30),
                                 (wx + ww - 4, wy + 60), (wx + ww - 18, wy + 130), (wx + ww + 16, wy + 160)])
        b.line((90, 80, 80), (wx + 20, wy + 30), (wx + 70, wy + 100), 2)
        b.line((90, 80, 80), (wx + 70, wy + 100), (wx + 120, wy + 70), 2)
        b.line((90, 80, 80), (wx + 70, wy + 100), (wx + 60, wy + 160), 2)
    b.rect((200, 70, 60), wx - 20, wy - 26, ww + 40, 10, 4)
    # counter and cabinets
    b.rect((206, 160, 112), 0, 370, 380, 120)
    for i in range(4):
        b.rect((226, 182, 134), 8 + i * 92, 390, 84, 94, 4)
        b.circle((150, 110, 70), 80 + i * 92, 420, 4)
    b.rect((232, 228, 220), 0, 354, 390, 20, 3)
    b.rect((180, 186, 190), 190, 354, 110, 8, 3)
    b.line((170, 170, 176), (270, 354), (270, 320), 4)
    b.line((170, 170, 176), (270, 320), (250, 320), 4)
    # kettle
    b.ellipse((214, 90, 70), 60, 334, 30, 22)
    b.rect((214, 90, 70), 36, 330, 48, 22)
    b.ellipse((150, 60, 50), 60, 314, 12, 5)
    b.lines((70, 60, 60), bez((40, 320), (60, 290), (80, 320)), 3)
    if not wrecked:
        # hanging utensils
        b.line((120, 100, 80), (10, 260), (130, 260), 3)
        for k, x in enumerate((30, 60, 90, 116)):
            b.line((150, 150, 156), (x, 260), (x, 290 + k % 2 * 10), 3)
            b.ellipse((150, 150, 156), x, 296 + k % 2 * 10, 6, 9)
    # shelves with dishes
    sx, sy0 = 420, 140
    for k in range(2):
        sy = sy0 + k * 90
        b.rect((176, 130, 88), sx, sy, 200, 10, 3)
        b.poly((150, 110, 74), [(sx + 10, sy + 10), (sx + 30, sy + 10), (sx + 10, sy + 30)])
        b.poly((150, 110, 74), [(sx + 190, sy + 10), (sx + 170, sy + 10), (sx + 190, sy + 30)])
        if not wrecked:
            for i in range(5):
                x = sx + 22 + i * 38
                if (i + k) % 3 == 0:
                    b.rect((240, 240, 234), x - 12, sy - 30, 24, 30, 6)
                    b.rect((110, 150, 190), x - 12, sy - 20, 24, 5)
                elif (i + k) % 3 == 1:
                    b.ellipse((244, 240, 232), x, sy - 18, 16, 18)
                    b.ellipse((200, 120, 120), x, sy - 18, 9, 10)
                else:
                    b.rect((120, 170, 120), x - 10, sy - 34, 20, 34, 4)
                    b.rect((230, 220, 200), x - 8, sy - 38, 16, 6)
        else:
            b.rect((240, 240, 234), sx + 150, sy - 30, 24, 30, 6)
    if not wrecked:
        b.rect((188, 110, 80), sx + 80, sy0 - 36, 34, 36, 6)
        for k in range(7):
            a = -math.pi / 2 + (k - 3) * 0.35
            b.stroke((96, 146, 86), bez((sx + 97, sy0 - 34), (sx + 97 + math.cos(a) * 30, sy0 - 34 + math.sin(a) * 40),
                                        (sx + 97 + math.cos(a) * 44, sy0 - 34 + math.sin(a) * 42)), 8, 1)
    # framed pictures
    for fx, fy, fw, fh, tilt in ((680, 150, 110, 84, 0.18), (820, 170, 70, 90, -0.25)):
        a = tilt if wrecked else 0.0
        ca, sa = math.cos(a), math.sin(a)
        cxp, cyp = fx + fw / 2, fy
        def tr(px: float, py: float) -> tuple[float, float]:
            dx, dy = px - cxp, py - cyp
            return (cxp + dx * ca - dy * sa, cyp + dx * sa + dy * ca)
        b.line((120, 90, 60), (cxp, fy - 30), tr(fx + 10, fy), 1.5)
        b.line((120, 90, 60), (cxp, fy - 30), tr(fx + fw - 10, fy), 1.5)
        b.poly((150, 100, 60), [tr(fx, fy), tr(fx + fw, fy), tr(fx + fw, fy + fh), tr(fx, fy + fh)])
        b.poly((246, 240, 226), [tr(fx + 8, fy + 8), tr(fx + fw - 8, fy + 8), tr(fx + fw - 8, fy + fh - 8), tr(fx + 8, fy + fh - 8)])
        b.poly((170, 206, 220), [tr(fx + 14, fy + 14), tr(fx + fw - 14, fy + 14), tr(fx + fw - 14, fy + fh * 0.6), tr(fx + 14, fy + fh * 0.6)])
        b.poly((120, 168, 110), [tr(fx + 14, fy + fh * 0.6), tr(fx + fw - 14, fy + fh * 0.5), tr(fx + fw - 14, fy + fh - 14), tr(fx + 14, fy + fh - 14)])
        if wrecked and fw > 100:
            b.line((80, 80, 90), tr(fx + 30, fy + 20), tr(fx + 60, fy + 50), 1.6)
            b.line((80, 80, 90), tr(fx + 60, fy + 50), tr(fx + 90, fy + 30), 1.6)
    # door (right)
    dx, dy, dw, dh = 1080, 120, 160, 370
    b.rect((150, 104, 66), dx - 14, dy - 14, dw + 28, dh + 14)
    shaded(b, [(dx, dy), (dx + dw, dy), (dx + dw, dy + dh), (dx, dy + dh)], (196, 146, 98), (166, 120, 78), off=(-8, 0))
    for py, ph in ((dy + 20, 150), (dy + 190, 160)):
        b.rect((176, 128, 84), dx + 20, py, dw - 40, ph, 4)
    b.circle((226, 196, 120), dx + 24, dy + 190, 7)
    if wrecked:
        b.poly((120, 84, 54), [(dx + 60, dy + 250), (dx + 90, dy + 236), (dx + 110, dy + 262), (dx + 80, dy + 280)])
        b.line((90, 60, 40), (dx + 84, dy + 258), (dx + 120, dy + 220), 2)
        b.line((90, 60, 40), (dx + 84, dy + 258), (dx + 70, dy + 300), 2)
    # pendant lamp
    b.line((90, 80, 70), (700, 0), (700, 60), 2)
    b.poly((236, 206, 150), [(670, 88), (730, 88), (716, 60), (684, 60)])
    b.ellipse((255, 246, 210), 700, 90, 22, 5)
    table_t, table_l = (176, 120, 78), (140, 92, 58)
    if not wrecked:
        # table with two chairs
        soft_shadow(b, 680, 560, 210, 16, 60)
        for x in (500, 860):
            b.rect((150, 104, 66), x - 8, 420, 14, 138)
            b.rect((150, 104, 66), x - 24, 400, 12, 100)
        b.rect((166, 118, 76), 470, 470, 70, 14, 3)
        b.rect((166, 118, 76), 820, 470, 70, 14, 3)
        b.rect((166, 118, 76), 478, 396, 14, 80, 3)
        b.rect((166, 118, 76), 868, 396, 14, 80, 3)
        b.rect(table_l, 546, 460, 14, 100)
        b.rect(table_l, 800, 460, 14, 100)
        b.rect(table_l, 560, 450, 10, 80)
        b.rect(table_l, 790, 450, 10, 80)
        b.rect(table_t, 520, 438, 320, 24, 6)
        b.rect(mix(table_t, (255, 255, 255), 0.2), 520, 438, 320, 6, 4)
        b.ellipse((244, 242, 236), 620, 436, 34, 7)
        b.rect((230, 230, 226), 700, 412, 24, 26, 5)
        b.ellipse((240, 236, 226), 760, 434, 18, 6)
        b.rect((120, 170, 210), 758, 414, 6, 22, 2)
    else:
        # overturned table on its side, legs towards us
        soft_shadow(b, 700, 566, 200, 14, 60)
        top = [(560, 560), (540, 420), (560, 408), (830, 400), (850, 414), (840, 560)]
        shaded(b, top, table_t, table_l, off=(-10, 0))
        b.line(mix(table_t, (0, 0, 0), 0.3), (600, 470), (780, 462), 2)
        for lx, ly, ex, ey in ((580, 480, 480, 500), (810, 476, 910, 480), (590, 540, 500, 570), (820, 540, 930, 560)):
            b.stroke(table_l, [(lx, ly), (ex, ey)], 14, 11)
        # a toppled chair
        b.poly((166, 118, 76), [(380, 560), (470, 520), (480, 540), (392, 580)])
        b.stroke((150, 104, 66), [(390, 570), (340, 500)], 10, 9)
        b.stroke((150, 104, 66), [(470, 530), (430, 460)], 10, 9)
        b.stroke((150, 104, 66), [(380, 560), (300, 596)], 12, 10)
        b.stroke((150, 104, 66), [(400, 566), (340, 610)], 10, 10)
        # broken dishes and scattered things
        for _ in range(34):
            x = rng.uniform(380, 1000)
            y = rng.uniform(520, 640)
            a = rng.uniform(0, math.pi * 2)
            s = rng.uniform(4, 12)
            col = rng.choice([(246, 242, 234), (236, 232, 222), (200, 120, 120), (110, 150, 190)])
            b.poly(col, [(x + math.cos(a) * s, y + math.sin(a) * s * 0.5),
                         (x + math.cos(a + 2.2) * s * 0.7, y + math.sin(a + 2.2) * s * 0.4),
                         (x + math.cos(a + 4.0) * s * 0.9, y + math.sin(a + 4.0) * s * 0.5)])
        b.ellipse((230, 230, 226), 330, 610, 20, 8)
        b.poly((246, 240, 230), [(560, 600), (620, 590), (626, 604), (566, 614)])
        b.poly((240, 236, 224), [(880, 620), (934, 606), (944, 622), (890, 634)])
        b.glow((170, 150, 120), 420, 430, 30, 24, alpha=70, soft=4)
    # side table with the half-carved birdhouse
    tx = 960
    b.rect((150, 104, 66), tx - 4, 440, 10, 96)
    b.rect((150, 104, 66), tx + 84, 440, 10, 96)
    b.rect((176, 126, 84), tx - 12, 430, 112, 16, 4)
    if not wrecked:
        bx, by = tx + 45, 430
        shaded(b, [(bx - 30, by), (bx - 32, by - 56), (bx + 30, by - 56), (bx + 32, by)], (214, 176, 126), (188, 148, 100), off=(-6, 0))
        shaded(b, [(bx - 26, by - 56), (bx - 24, by - 92), (bx + 24, by - 92), (bx + 26, by - 56)], (232, 200, 150), (210, 176, 126), off=(-6, 0))
        b.poly((170, 110, 70), [(bx - 36, by - 88), (bx, by - 122), (bx + 36, by - 88), (bx + 30, by - 84), (bx, by - 112), (bx - 30, by - 84)])
        b.circle((90, 60, 40), bx, by - 74, 8)
        b.line((150, 100, 60), (bx + 4, by - 60), (bx + 4, by - 54), 3)
        for k in range(6):
            b.line((176, 136, 92), (bx - 26 + k * 9, by - 50), (bx - 22 + k * 9, by - 8), 1.5)
        for _ in range(8):
            x = rng.uniform(tx - 6, tx + 90)
            b.lines((236, 206, 160), bez((x, 428), (x + 4, 420), (x + 8, 428)), 2)
        b.stroke((170, 170, 180), [(tx + 2, 426), (tx + 30, 420)], 3, 1)
        b.rect((90, 60, 40), tx - 14, 422, 16, 6, 2)
    else:
        # the birdhouse fallen and split on the floor
        bx, by = tx + 30, 600
        b.poly((214, 176, 126), [(bx - 34, by), (bx - 30, by - 40), (bx + 20, by - 50), (bx + 26, by - 8)])
        b.poly((170, 110, 70), [(bx + 30, by - 10), (bx + 70, by - 40), (bx + 84, by - 20), (bx + 44, by + 6)])
        b.circle((90, 60, 40), bx - 6, by - 26, 7)
        b.line((110, 80, 50), (bx - 10, by - 46), (bx + 4, by - 4), 2)
        for _ in range(10):
            x = rng.uniform(bx - 60, bx + 90)
            b.lines((236, 206, 160), bez((x, by + 12), (x + 4, by + 4), (x + 8, by + 12)), 2)
    lights = [light(700, 100, 160, 90, "#ffd89a", 0.6, "dusk,night", "lamp")]
    if not wrecked:
        lights.append(light(245, 195, 200, 200, "#fff2d4", 0.2, "morning,noon,afternoon", "window"))
    key = "sakura-house-wrecked" if wrecked else "sakura-house"
    title = "Sakura's house (wrecked)" if wrecked else "Sakura's house"
    return done(key, title, "afternoon" if not wrecked else "night", g, b, f,
                stage(door=1120, table=680, kitchen=200, birdhouse=1000), lights)


def sakura_house(rng: random.Random) -> Place:
    return _sakura_room(rng, False)


def sakura_house_wrecked(rng: random.Random) -> Place:
    return _sakura_room(random.Random(zlib_seed("sakura-house")), True)


def zlib_seed(key: str) -> int:
    import zlib
    return zlib.crc32(key.encode("utf-8"))


# ---------------------------------------------------------- kakashi's room
def kakashi_apartment(rng: random.Random) -> Place:
    g, b, f = layers()
    wall(g, (196, 200, 196), (178, 182, 176), 480, wains=(120, 110, 98), wy=420)
    planks(g, 480, 720, (640, 260), (140, 110, 84), (110, 84, 62), 20, rng)
    g.poly((96, 104, 116), [(210, 560), (800, 560), (860, 660), (150, 660)])
    g.poly((110, 118, 130), [(226, 566), (784, 566), (836, 652), (170, 652)])
    # window with the street outside
    wx, wy, ww, wh = 250, 80, 300, 240
    v = Canvas(W, H)
    v.vgrad([(0, (150, 186, 216)), (1, (214, 224, 228))], wx, wy, ww, wh)
    v.rect((176, 160, 140), wx, wy + 60, 130, 200)
    v.rect((150, 136, 118), wx + 120, wy + 40, 200, 220)
    for i in range(3):
        for j in range(3):
            v.rect((96, 104, 116), wx + 14 + i * 38, wy + 80 + j * 50, 20, 28)
            v.rect((80, 88, 100), wx + 150 + i * 50, wy + 60 + j * 56, 24, 32)
    # street lamp
    lx, ly = wx + 210, wy + 60
    v.rect((60, 64, 70), lx - 4, ly, 8, 200)
    v.lines((60, 64, 70), bez((lx, ly + 4), (lx, ly - 20), (lx - 40, ly - 20)), 6)
    v.poly((70, 74, 80), [(lx - 56, ly - 14), (lx - 24, ly - 14), (lx - 30, ly - 24), (lx - 50, ly - 24)])
    v.ellipse((250, 236, 190), lx - 40, ly - 12, 13, 5)
    mk = Canvas(W, H)
    mk.rect((255, 255, 255), wx, wy, ww, wh)
    v.masked(mk)
    g.paste(v)
    window_frame(b, wx, wy, ww, wh, (110, 104, 96), bars=1, th=12)
    # curtain (plain, pushed aside)
    b.poly((112, 128, 140), [(wx - 30, wy - 24), (wx + 30, wy - 24), (wx + 10, wy + 120), (wx + 20, wy + wh + 20), (wx - 30, wy + wh + 20)])
    b.line((90, 104, 116), (wx - 10, wy - 20), (wx - 14, wy + wh + 16), 2)
    b.rect((80, 76, 70), wx - 50, wy - 30, ww + 100, 6, 3)
    # couch under the window, facing the room
    cx0, cx1 = 170, 630
    soft_shadow(b, (cx0 + cx1) / 2, 566, 250, 16, 120)
    couch, couch_d, couch_l = (92, 104, 92), (70, 80, 72), (112, 126, 110)
    b.rect(couch_d, cx0, 380, cx1 - cx0, 110, 18)
    b.rect(couch, cx0 + 6, 386, cx1 - cx0 - 12, 90, 16)
    for k in range(2):
        x = cx0 + 50 + k * (cx1 - cx0 - 100) / 2
        b.rect(couch_l, x, 400, (cx1 - cx0 - 100) / 2 - 8, 70, 14)
    b.rect(couch_d, cx0, 470, cx1 - cx0, 80, 12)
    b.rect(couch, cx0 + 40, 462, cx1 - cx0 - 80, 30, 10)
    b.rect(couch_d, cx0 - 20, 430, 60, 120, 16)
    b.rect(couch_d, cx1 - 40, 430, 60, 120, 16)
    b.rect(couch, cx0 - 14, 436, 48, 20, 10)
    b.rect(couch, cx1 - 34, 436, 48, 20, 10)
    b.rect((60, 46, 36), cx0, 548, 10, 14)
    b.rect((60, 46, 36), cx1 - 10, 548, 10, 14)
    # a folded blanket
    b.rect((150, 140, 120), cx0 + 60, 452, 90, 22, 8)
    # bookshelf of orange books
    ys = shelf_unit(b, 690, 100, 170, 380, (96, 78, 62), 5)
    oranges = [(232, 132, 52), (222, 116, 42), (240, 150, 70), (210, 104, 40), (236, 140, 60)]
    for i, sy in enumerate(ys[:4]):
        books(b, rng, 704, sy, 142, oranges + ([(90, 100, 110)] if i == 2 else []), 42, 60)
    b.rect((200, 190, 170), 720, ys[4] - 36, 40, 36, 3)
    b.rect((170, 190, 200), 725, ys[4] - 31, 30, 26)
    b.rect((130, 110, 90), 790, ys[4] - 14, 40, 14, 5)
    b.rect((100, 140, 90), 800, ys[4] - 30, 20, 16, 8)
    # armchair across from the couch
    ax = 980
    soft_shadow(b, ax, 566, 120, 14, 120)
    arm, arm_d, arm_l = (128, 84, 64), (102, 64, 50), (148, 100, 78)
    b.rect(arm_d, ax - 100, 360, 200, 140, 30)
    b.rect(arm, ax - 90, 370, 180, 110, 26)
    b.rect(arm_d, ax - 120, 440, 60, 110, 18)
    b.rect(arm_d, ax + 60, 440, 60, 110, 18)
    b.rect(arm_l, ax - 70, 460, 140, 60, 14)
    b.rect(arm_d, ax - 80, 510, 160, 40, 8)
    b.rect(arm, ax - 114, 444, 48, 22, 10)
    b.rect(arm, ax + 66, 444, 48, 22, 10)
    b.rect((60, 46, 36), ax - 110, 548, 10, 14)
    b.rect((60, 46, 36), ax + 100, 548, 10, 14)
    # door on the right edge
    dx = 1140
    b.rect((90, 80, 70), dx - 10, 100, 150, 390)
    shaded(b, [(dx, 110), (1280, 110), (1280, 490), (dx, 490)], (150, 130, 108), (124, 106, 88), off=(-8, 0))
    b.circle((200, 190, 170), dx + 20, 310, 7)
    b.rect((80, 70, 60), 1130, 96, 150, 8)
    # small side table with a lamp by the couch
    b.rect((100, 80, 62), 80, 460, 70, 10, 3)
    b.rect((90, 70, 54), 108, 470, 12, 80)
    b.rect((70, 60, 50), 104, 450, 20, 10, 3)
    b.poly((226, 214, 186), [(94, 450), (134, 450), (124, 412), (104, 412)])
    lights = [light(wx + 170, wy + 48, 200, 150, "#ffd58a", 0.9, "dusk,night", "street-lamp"),
              light(wx + ww / 2, wy + wh / 2, ww * 0.9, wh * 0.8, "#c8d8ff", 0.22, "night", "window-glow"),
              light(wx + ww / 2 + 40, 600, 360, 80, "#ffd08a", 0.2, "night", "lamp-spill"),
              light(114, 430, 110, 90, "#ffcf8f", 0.45, "night", "table-lamp")]
    return done("kakashi-apartment", "Kakashi's apartment", "night", g, b, f,
                stage(couch=400, chair=980, window=400, door=1110, shelf=775), lights)
