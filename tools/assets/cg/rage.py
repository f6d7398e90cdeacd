"""The empty house, the moment her grief turns to rage: Sakura at 15 sweeps everything off the shelf, screaming,
eyes screwed shut; a vase, books and the family picture in the air, a chair going over. Daylight, before the
dusk of the wrecked-house picture. (What she does to herself is told, not shown.)"""
from __future__ import annotations

import random

from . import kit
from .kit import LINE, LINE_SOFT
from .svg import Svg, ellipse_d, poly, rect_d, smooth, taper
from .training import _sakura_head

W, H = 2560, 1440
LIGHT = (-0.6, -1)


def _cel(svg: Svg, d: str, base: str, shade: str, lw: float = 6, depth: float = 16) -> None:
    svg.cel(d, base, shade, LINE, lw, light=LIGHT, depth=depth)


def _limb(svg: Svg, a: tuple[float, float], b: tuple[float, float], w0: float, w1: float, base: str, shade: str,
          bend: float = 0) -> None:
    _cel(svg, kit.finger(a, b, w0, bend, tip_w=w1), base, shade, 6, w0 * 0.22)


def rage(svg: Svg, rng: random.Random) -> None:
    # the living room by day: the walls, the floor, the window's light
    svg.path(rect_d(0, 0, W, H), "#d8c9ae")
    svg.path(poly([(0, 0), (380, 120), (380, 930), (0, 1260)]), "#c4b59b")
    svg.path(poly([(380, 930), (2180, 930), (2560, 1260), (2560, 1440), (0, 1440), (0, 1260)]), "#a8865f")
    for k in range(1, 12):
        x = 380 + k * 1800 / 12
        svg.line([(x, 930), ((x - 1280) * 2.2 + 1280, 1440)], "#8c6e4c", 4)
    svg.path(rect_d(560, 240, 440, 440), "#7a6a58", LINE, 8)  # the window
    svg.path(rect_d(580, 260, 400, 400), svg.lin(0, 260, 0, 660, [(0, "#9cc8ef"), (1, "#dcefff")]))
    svg.line([(780, 260), (780, 660)], "#7a6a58", 10)
    svg.line([(580, 460), (980, 460)], "#7a6a58", 10)
    kit.glow(svg, 780, 460, 700, "#fff6e0", 0.35)
    # the shelf on the right, where her hand is
    svg.path(poly([(1700, 560), (2400, 560), (2400, 590), (1700, 590)]), "#7a5a3c", LINE, 5)
    _cel(svg, rect_d(2240, 440, 50, 120), "#4f7aa8", "#3a5a80", 4, 8)  # a book still standing
    _cel(svg, rect_d(2300, 470, 44, 90), "#c8a040", "#9a7a30", 4, 8)
    # the chair going over behind her
    svg.open(transform="translate(520 1020) rotate(-32)")
    _cel(svg, rect_d(-90, -260, 24, 300), "#8a6444", "#6a4c34", 5, 6)
    _cel(svg, rect_d(60, -260, 24, 300), "#8a6444", "#6a4c34", 5, 6)
    _cel(svg, rect_d(-96, -40, 190, 30), "#a07850", "#7c5c3e", 5, 8)
    _cel(svg, rect_d(-90, -270, 180, 40), "#a07850", "#7c5c3e", 5, 8)
    svg.close()
    _sakura_sweeping(svg)
    # what her arm has just swept off the shelf, in the air
    svg.open(transform="translate(2020 420) rotate(-40)")  # the vase
    _cel(svg, smooth([(-40, -90), (40, -90), (30, -60), (60, 20), (40, 90), (-40, 90), (-60, 20), (-30, -60)], t=0.8),
         "#e8e2d8", "#bdb4a6", 5, 12)
    svg.path(taper([(-40, 0), (0, 20), (40, 0)], 10, 10), "#6f9cc8")
    svg.close()
    for x, y, a, c, sh in ((2200, 330, 30, "#c84a4a", "#9a3838"), (2360, 380, -50, "#4f7aa8", "#3a5a80"),
                           (1900, 300, 70, "#3f8a5a", "#2f6a44")):  # books, flying open
        svg.open(transform=f"translate({x} {y}) rotate({a})")
        _cel(svg, poly([(-60, -40), (0, -20), (60, -40), (60, 40), (0, 50), (-60, 40)]), c, sh, 4, 6)
        svg.close()
    svg.open(transform="translate(2150 760) rotate(24)")  # the family picture, falling
    _cel(svg, rect_d(-90, -66, 180, 132), "#7a5a3c", "#5a4230", 5, 8)
    svg.path(rect_d(-72, -50, 144, 100), "#b8c8d8")
    for px in (-30, 0, 30):
        svg.path(ellipse_d(px, -4, 16, 20), "#e8c8a8")
    svg.close()
    for _ in range(14):  # shards and splinters
        x, y = rng.uniform(1850, 2450), rng.uniform(250, 900)
        svg.path(poly([(x, y), (x + rng.uniform(8, 20), y + rng.uniform(-6, 6)), (x + rng.uniform(0, 10), y + 16)]),
                 "#f4f0ea", LINE, 2)
    for k in range(5):  # the sweep of her arm
        y = 470 + k * 24
        svg.path(taper([(1500, y + 60), (1800, y), (2060, y - 40)], 2, 8), "#ffffff", op=0.55 - k * 0.08)
    kit.vignette(svg, "#2a1410", 0.45)


def _sakura_sweeping(svg: Svg) -> None:
    """Side on, facing right, lunging at the shelf: her near arm flung out across it, the other fist clenched
    back; head thrown forward, screaming."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    _limb(svg, (1240, 1010), (1080, 1330), 74, 54, kit.S_DARK_SH, "#1e1a22")  # back leg
    _limb(svg, (1300, 1010), (1460, 1320), 78, 56, kit.S_DARK, kit.S_DARK_SH)  # front leg, lunging
    for x0 in (1060, 1470):
        _cel(svg, smooth([(x0 - 50, 1300), (x0 + 60, 1300), (x0 + 70, 1340, 0), (x0 - 50, 1340, 0)], t=0.6),
             "#3b3448", "#2a2533", 5, 8)
    _cel(svg, smooth([(1180, 900), (1380, 880), (1440, 1060, 0), (1160, 1080, 0)], t=0.6), kit.S_APRON, kit.S_APRON_SH,
         6, 12)  # the apron-skirt
    # the far arm, fist clenched back
    _limb(svg, (1300, 660), (1180, 790), 44, 38, skin_sh, "#c2907c")
    _limb(svg, (1180, 790), (1090, 700), 38, 34, skin_sh, "#c2907c")
    _cel(svg, smooth([(1060, 680), (1100, 670), (1110, 710), (1070, 720)]), kit.S_DARK, kit.S_DARK_SH, 4, 6)
    torso = smooth([(1200, 700), (1300, 620), (1420, 640), (1450, 760), (1400, 920), (1200, 930)], t=0.8)
    _cel(svg, torso, kit.S_RED, kit.S_RED_SH, 7, 24)
    svg.line([(1340, 640), (1330, 910)], "#7a1c24", 4)  # the zip
    # the near arm, flung out across the shelf
    _limb(svg, (1380, 660), (1620, 600), 46, 40, skin, skin_sh)
    _cel(svg, smooth([(1560, 570), (1640, 566), (1650, 630), (1570, 634)], t=0.5), kit.S_APRON, kit.S_APRON_SH, 4, 6)
    _limb(svg, (1620, 600), (1880, 540), 40, 34, skin, skin_sh)
    _cel(svg, smooth([(1870, 510), (1950, 500), (1960, 560), (1880, 570)]), kit.S_DARK, kit.S_DARK_SH, 4, 6)  # glove
    _sakura_head(svg, (1420, 520), turn=18, scream=True)
    for dx, dy in ((110, -150), (150, -100), (70, -190)):  # the scream
        svg.line([(1420 + dx, 520 + dy), (1420 + dx * 1.35, 520 + dy * 1.25)], LINE_SOFT, 5)
