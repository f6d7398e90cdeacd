"""Sakura's house after her rage, at dusk: "the house deserved to look how she felt".  A wide
shot of the empty living room in the last light: the low table overturned, a chair on its back, the
vase in pieces, books and papers thrown down, the family picture face down in broken glass, a
torn curtain, and her father's half-finished birdhouse on the floor.  No one in it."""
from __future__ import annotations

import math
import random

from . import kit
from .kit import LINE
from .svg import Svg, ellipse_d, poly, rect_d, smooth, taper

W, H = 2560, 1440
LIGHT = (-0.6, -1)        # the last light through the window, high on the left
MOON = "#ffb48a"          # (the dusk's glow; the name kept for the light it plays)


def _c(c: str, k: float = 1.0) -> str:
    """A colour at dusk indoors: violet, and dim."""
    r, g, b = (int(c[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{max(0, min(255, round(v * m * k))):02x}" for v, m in zip((r, g, b), (0.56, 0.46, 0.62)))


def cel(svg: Svg, d: str, base: str, shade: str, lw: float = 6, depth: float = 16, rim: bool = True) -> None:
    svg.cel(d, _c(base), _c(shade), LINE, lw, light=LIGHT, depth=depth, hi="#e0a08a" if rim else None, hi_depth=5)


def wrecked_house(svg: Svg, rng: random.Random) -> None:
    _room(svg)
    _floor_things(svg, rng)
    # the last light falling through the window onto the floor, and a haze in the air
    svg.path(poly([(760, 930), (1200, 930), (1420, 1440), (560, 1440)]),
             svg.lin(0, 930, 0, 1440, [(0, MOON, 0.22), (1, MOON, 0.05)]))
    svg.path(poly([(720, 280), (1180, 280), (1200, 930), (760, 930)]), svg.lin(0, 280, 0, 930,
                                                                              [(0, MOON, 0.0), (1, MOON, 0.08)]))
    kit.vignette(svg, "#05060c", 0.75)


def _room(svg: Svg) -> None:
    svg.path(rect_d(0, 0, W, H), _c("#6d6a78"))  # ceiling
    svg.path(poly([(380, 120), (2180, 120), (2180, 930), (380, 930)]), _c("#c9b9a0"))  # back wall
    svg.path(poly([(0, 0), (380, 120), (380, 930), (0, 1260)]), _c("#b3a48e"))  # left wall
    svg.path(poly([(2560, 0), (2180, 120), (2180, 930), (2560, 1260)]), _c("#a89a86"))  # right wall
    svg.path(poly([(380, 930), (2180, 930), (2560, 1260), (2560, 1440), (0, 1440), (0, 1260)]), _c("#9a7a58"))
    for k in range(1, 12):  # floorboards converging to the back
        x = 380 + k * 1800 / 12
        svg.line([(x, 930), ((x - 1280) * 2.2 + 1280, 1440)], _c("#7d6246"), 4)
    svg.path(poly([(380, 920), (2180, 920), (2180, 940), (380, 940)]), _c("#6e5a44"))  # skirting
    svg.path(poly([(380, 120), (380, 930), (2180, 930), (2180, 120)], closed=False), None, _c("#7e7262"), 5)
    # the window: the dusk sky over the roofs, the frame; the curtain torn half down
    svg.path(rect_d(720, 260, 460, 460), _c("#5a5064"), LINE, 8)
    svg.path(rect_d(740, 280, 420, 420), svg.lin(0, 280, 0, 700, [(0, "#3a2c5a"), (0.55, "#b0607a"),
                                                                  (1, "#ffa070")]))
    svg.path(smooth([(740, 640, 0), (820, 600), (900, 630), (1000, 590), (1100, 620), (1160, 600, 0),
                     (1160, 700, 0), (740, 700, 0)]), "#2a1e34")  # roofs against the sky
    kit.glow(svg, 960, 660, 260, MOON, 0.4)
    svg.line([(950, 280), (950, 700)], _c("#5a5064"), 10)
    svg.line([(740, 490), (1160, 490)], _c("#5a5064"), 10)
    svg.line([(680, 240), (1230, 240)], _c("#4a4038"), 12)  # curtain rail
    cel(svg, smooth([(1170, 246, 0), (1240, 246, 0), (1250, 560), (1230, 880), (1180, 910), (1200, 600)]),
        "#c86a6a", "#9a4e52", 6, 20)
    cel(svg, smooth([(690, 246, 0), (760, 250), (840, 380), (980, 620), (1000, 900), (940, 930), (900, 700),
                     (760, 520), (700, 420)]), "#c86a6a", "#9a4e52", 6, 24)  # hanging by one hook
    cel(svg, smooth([(990, 900), (1130, 960), (1240, 1000), (1150, 1030), (980, 980)]), "#c86a6a", "#9a4e52", 5, 10)
    # a picture frame hanging askew on the back wall, its glass cracked
    svg.open(transform="translate(1700 420) rotate(12)")
    cel(svg, rect_d(-140, -100, 280, 200), "#7a5a3c", "#5a4230", 6, 10)
    svg.path(rect_d(-116, -76, 232, 152), _c("#9fb0c0"))
    for a, b in (((-20, -76), (30, 10)), ((30, 10), (116, -10)), ((30, 10), (-10, 76)), ((30, 10), (-116, 40))):
        svg.line([a, b], "#f4e8e0", 3)
    svg.close()
    svg.line([(1700, 300), (1690, 250)], _c("#3a3028"), 3)
    # a shelf on the right wall with what is left on it
    svg.path(poly([(2220, 520), (2520, 470), (2520, 500), (2220, 548)]), _c("#7a5a3c"), LINE, 5)
    cel(svg, rect_d(2300, 420, 46, 100), "#4f7aa8", "#3a5a80", 4, 8)


def _floor_things(svg: Svg, rng: random.Random) -> None:
    # the low table, overturned, legs in the air
    cel(svg, poly([(560, 1080), (1040, 1020), (1100, 1110), (600, 1180)]), "#8a5a3a", "#66422a", 7, 20)
    for lx, ly in ((600, 1090), (1020, 1034), (1070, 1100), (640, 1160)):
        cel(svg, poly([(lx - 14, ly), (lx + 14, ly), (lx + 18, ly - 150), (lx - 10, ly - 150)]), "#8a5a3a", "#66422a",
            5, 8)
    # a chair knocked over backwards: seen side on, its back on the floor, legs in the air
    svg.open(transform="translate(1800 1150) rotate(-72)")
    parts = [[(0, 0), (0, -330)], [(0, -150), (170, -150)], [(170, -150), (170, 0)], [(0, -60), (170, -60)],
             [(0, -250), (0, -330)]]
    for pts in parts:
        svg.line(pts, LINE, 42)
    for pts in parts:
        svg.line(pts, _c("#94683f"), 30)
    svg.line([(8, -140), (8, -320)], "#e0a08a", 6)
    svg.close()
    # her father's half-finished birdhouse, knocked to the floor, its roof split
    svg.open(transform="translate(1460 1190) rotate(-18)")
    cel(svg, poly([(-90, 0), (90, 0), (90, -130), (0, -200), (-90, -130)]), "#d8b27a", "#b08a56", 6, 14)
    svg.path(ellipse_d(0, -90, 30, 30), _c("#3a2a1c"), LINE, 4)
    cel(svg, poly([(-120, -120), (0, -230), (20, -210), (-100, -100)]), "#a8784a", "#805a36", 5, 8)
    cel(svg, poly([(40, -196), (130, -110), (150, -130), (58, -214)]), "#a8784a", "#805a36", 5, 8)
    svg.line([(-80, -40), (60, -60)], _c("#b08a56"), 3)
    svg.close()
    for _ in range(8):  # wood shavings and a carving knife beside it
        x, y = 1300 + rng.uniform(-60, 260), 1240 + rng.uniform(-20, 50)
        svg.path(taper([(x, y), (x + 14, y - 10), (x + 26, y)], 6, 2), _c("#e8c890"))
    svg.path(taper([(1620, 1270), (1700, 1250)], 10, 2), "#c8d2e0", LINE, 2)
    # the family picture face down in a spray of glass
    cel(svg, poly([(820, 1290), (1020, 1260), (1050, 1360), (840, 1392)]), "#6a4a30", "#4e3622", 6, 10)
    # the vase in pieces, flowers thrown down
    for _ in range(14):
        x, y = 1150 + rng.uniform(-120, 160), 1090 + rng.uniform(-30, 70)
        r = rng.uniform(14, 34)
        a = rng.uniform(0, math.tau)
        pts = [(x + math.cos(a + k * 2.2) * r * rng.uniform(0.6, 1.2), y + math.sin(a + k * 2.2) * r * 0.6)
               for k in range(3)]
        cel(svg, poly(pts), "#e8eef6", "#9fb0c8", 3, 4)
    for k in range(3):
        x = 1230 + k * 40
        svg.path(taper([(x, 1120), (x + 50, 1090 - k * 14), (x + 110, 1100 - k * 20)], 6, 3), _c("#4f7a3c"))
        svg.path(ellipse_d(x + 116, 1098 - k * 20, 18, 14), _c("#f0a8c0"), LINE, 3)
    for _ in range(60):  # glass and china glinting in the last light
        x, y = rng.uniform(500, 1800), rng.uniform(1050, 1420)
        svg.path(poly([(x, y - 6), (x + 4, y), (x, y + 6), (x - 4, y)]), "#ffe6d6", op=round(rng.uniform(0.4, 0.9), 2))
    # books and papers thrown across the floor
    for _ in range(10):
        x, y = rng.uniform(300, 2200), rng.uniform(1180, 1400)
        rot = rng.uniform(-40, 40)
        col = rng.choice(("#b0483c", "#3c6a8a", "#d8c070", "#5a7a4a"))
        svg.open(transform=f"translate({x:.0f} {y:.0f}) rotate({rot:.0f})")
        cel(svg, rect_d(-60, -40, 120, 80), col, col, 4, 6)
        svg.path(rect_d(-56, 30, 112, 8), _c("#efe8d8"))
        svg.close()
    for _ in range(12):
        x, y = rng.uniform(200, 2400), rng.uniform(1000, 1420)
        rot = rng.uniform(-60, 60)
        svg.open(transform=f"translate({x:.0f} {y:.0f}) rotate({rot:.0f})")
        cel(svg, rect_d(-44, -30, 88, 60), "#f2eee4", "#c8c2b4", 3, 5)
        svg.close()
    # a torn cushion spilling its stuffing
    cel(svg, smooth([(260, 1200), (420, 1150), (500, 1230), (440, 1320), (280, 1330)]), "#c86a6a", "#9a4e52", 6, 16)
    for _ in range(6):
        x, y = 440 + rng.uniform(0, 120), 1240 + rng.uniform(-40, 60)
        svg.path(ellipse_d(x, y, rng.uniform(16, 30), rng.uniform(10, 20)), _c("#f2f0ea"), LINE, 3)
