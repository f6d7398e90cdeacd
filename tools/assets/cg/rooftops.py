"""The leap across the rooftops: Sakura at 15, summoned by the Hokage, in mid-air over the gap
between two roofs, the village's roofs running away to the round tower in the morning haze.
Side on and small in the frame, so the leap (not her face) is the picture."""
from __future__ import annotations

import random

from . import kit
from .kit import LINE, LINE_SOFT
from .svg import Svg, ellipse_d, poly, rect_d, smooth, taper

W, H = 2560, 1440
LIGHT = (-1, -0.6)        # morning sun on the left
ROOF_COLOURS = [("#b8584a", "#8e4238"), ("#5f7f8f", "#465f6c"), ("#a8744a", "#805838"), ("#7a8a5a", "#5c6a44")]


def rooftops(svg: Svg, rng: random.Random) -> None:
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, 900, [(0, "#7fb2e0"), (0.7, "#cfe3f0"), (1, "#f4e6d0")]))
    kit.glow(svg, 300, 250, 700, "#fff4d8", 0.7, sy=0.8)
    for x, y, rx, ry in ((700, 200, 300, 50), (1800, 150, 380, 56), (2300, 320, 260, 40)):
        svg.path(ellipse_d(x, y, rx, ry), svg.soft("#ffffff", 0.85, 0.35))
    # the cliff behind the village and the round tower, pale in the haze
    svg.path(smooth([(1300, 760, 0), (1420, 420), (1700, 360), (2100, 380), (2400, 460), (2560, 520, 0),
                     (2560, 800, 0)]), "#b9b4a8")
    tower = smooth([(1720, 760, 0), (1730, 560), (1800, 520), (1900, 515), (1975, 560), (1985, 760, 0)])
    svg.cel(tower, "#d99478", "#b97a64", "#8a6a6a", 5, light=LIGHT, depth=30)
    svg.path(smooth([(1700, 560), (1850, 470), (2005, 560), (1850, 590)]), "#c8705a", "#8a6a6a", 5)
    svg.path(rect_d(1820, 600, 60, 40), "#f4e8d8", "#8a6a6a", 3)
    svg.path(rect_d(0, 640, W, 260), svg.lin(0, 640, 0, 900, [(0, "#ffffff", 0.0), (1, "#f4ead8", 0.7)]))
    # rows of roofs, far to near, each row darker and larger
    for row, (y, h, sx) in enumerate(((760, 70, 150), (830, 100, 220), (930, 140, 320))):
        x = -rng.uniform(0, sx)
        k = 0.7 + row * 0.15
        while x < W:
            w = sx * rng.uniform(0.8, 1.3)
            base, shade = rng.choice(ROOF_COLOURS)
            _roof(svg, x, y + rng.uniform(-10, 10), w, h, base, shade, op=k)
            x += w + rng.uniform(10, 40)
    # the near roofs: the one she leapt from (left) and the one she'll land on (right), the gap between
    svg.path(rect_d(0, 1060, W, 380), "#3a3440")
    _roof(svg, -100, 1060, 1050, 300, "#b8584a", "#8e4238")
    _roof(svg, 1500, 1100, 1200, 300, "#5f7f8f", "#465f6c")
    for k in range(3):  # speed lines behind her
        y = 470 + k * 60
        svg.path(taper([(500 - k * 60, y + 40), (900, y - 10)], 2, 8), "#ffffff", op=0.7)
    svg.open(transform="translate(1140 560) rotate(-6)")
    _sakura_leaping(svg)
    svg.close()
    kit.vignette(svg, "#1a2434", 0.35)


def _roof(svg: Svg, x: float, y: float, w: float, h: float, base: str, shade: str, op: float = 1.0) -> None:
    """A tiled roof seen from the side a little above: the eaves, the slope, tile rows, the wall."""
    slope = poly([(x, y + h * 0.6), (x + w * 0.12, y), (x + w * 0.88, y), (x + w, y + h * 0.6)])
    svg.path(rect_d(x + w * 0.05, y + h * 0.6, w * 0.9, h * 1.4), "#d8ccb6" if op > 0.9 else "#cfc4b2")
    svg.cel(slope, base, shade, LINE if op > 0.9 else "#6a5a5a", 5 if op > 0.9 else 3, light=LIGHT, depth=h * 0.2)
    for k in range(1, 4):
        yy = y + h * 0.6 * k / 4
        svg.line([(x + w * 0.12 * (1 - k / 4), yy), (x + w - w * 0.12 * (1 - k / 4), yy)], shade, 3)
    if op < 1:
        svg.path(rect_d(x, y - 2, w, h * 2.2), "#eef0f0", op=round(1 - op, 2))


def _sakura_leaping(svg: Svg) -> None:
    """Side on, moving right: body leant forward, front knee up, back leg stretched behind, arms
    swept back, pink hair and apron streaming."""
    sk, ssh = kit.SKIN, kit.SKIN_SH
    # back leg stretched behind, then the back arm
    svg.cel(kit.finger((0, 0), (-110, 70), 64, 6, tip_w=54), kit.S_DARK, kit.S_DARK_SH, LINE, 5, light=LIGHT, depth=12)
    svg.cel(kit.finger((-110, 70), (-230, 90), 52, 4, tip_w=44), "#3b3448", "#2a2533", LINE, 5, light=LIGHT,
            depth=10)
    svg.cel(kit.finger((60, -140), (-10, -90), 36, 4, tip_w=30), sk, ssh, LINE, 4, light=LIGHT, depth=6)
    svg.cel(kit.finger((-10, -90), (-90, -70), 30, 0, tip_w=26), kit.S_DARK, kit.S_DARK_SH, LINE, 4, light=LIGHT,
            depth=6)
    # the apron-skirt flying back
    svg.cel(smooth([(20, -30), (-40, -20), (-120, 10), (-80, 40), (-20, 40), (30, 20)]), kit.S_APRON, kit.S_APRON_SH,
            LINE, 5, light=LIGHT, depth=12)
    # torso leant forward: the red zip-up top
    svg.cel(kit.finger((10, -10), (90, -150), 84, -6, tip_w=70), kit.S_RED, kit.S_RED_SH, LINE, 6, light=LIGHT,
            depth=16, hi=kit.S_RED_HI, hi_depth=4)
    svg.line([(60, -20), (120, -140)], "#8a1e28", 3)
    # front leg: knee up and forward, shin tucked down
    svg.cel(kit.finger((10, 0), (110, 20), 66, -6, tip_w=56), kit.S_DARK, kit.S_DARK_SH, LINE, 5, light=LIGHT,
            depth=12)
    svg.cel(kit.finger((110, 20), (80, 130), 54, 4, tip_w=46), "#3b3448", "#2a2533", LINE, 5, light=LIGHT, depth=10)
    # near arm swept back
    svg.cel(kit.finger((80, -140), (20, -70), 38, -4, tip_w=32), sk, ssh, LINE, 4, light=LIGHT, depth=6)
    svg.cel(kit.finger((20, -70), (-60, -40), 32, 0, tip_w=28), kit.S_DARK, kit.S_DARK_SH, LINE, 4, light=LIGHT,
            depth=6)
    # head, looking ahead, the short hair streaming back; the headband's tails flying
    for pts in ([(90, -220), (20, -230), (-40, -250)], [(92, -208), (30, -200), (-30, -196)]):
        svg.cel(taper(pts, 14, 8), kit.S_BAND, kit.S_BAND_SH, LINE, 3, light=LIGHT, depth=3)
    svg.cel(smooth([(100, -170), (150, -178), (168, -214), (150, -250), (110, -256)]), sk, ssh, LINE, 4,
            light=LIGHT, depth=6)
    hair = smooth([(60, -190), (70, -250), (120, -280), (170, -260), (170, -236), (140, -232), (130, -200),
                   (110, -180), (60, -170), (20, -200, 0), (40, -215), (0, -240, 0), (50, -238)], t=0.9)
    svg.cel(hair, kit.S_HAIR, kit.S_HAIR_SH, LINE, 5, light=LIGHT, depth=10, hi=kit.S_HAIR_HI, hi_depth=4)
    svg.path(taper([(160, -244), (120, -248), (88, -236)], 12, 10), kit.S_BAND, LINE, 3)
    svg.path(rect_d(122, -252, 26, 16), kit.PLATE, LINE, 2)
    svg.line([(150, -208), (162, -206)], LINE_SOFT, 3)
