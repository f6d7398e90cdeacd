"""The memorial before and at sunrise: Sakura at 21, in her medic's white coat, kneeling with both hands
on the stone; a single flower at its base. First in the grey before the sun, her head hung; then with the
sky "splayed across with hues of pink and orange", her head lifted to it. Seen from behind her left
shoulder, so her face stays hidden."""
from __future__ import annotations

import random

from . import kit
from .kit import LINE, LINE_SOFT
from .svg import Svg, ellipse_d, rect_d, smooth, taper

W, H = 2560, 1440
LIGHT = (1, -0.25)        # the sun is low, behind the stone on the right
RIM = "#ffc38a"
DAWN_RIM = "#c9d4e0"      # before sunrise: a cool grey light


def hands_on_stone(svg: Svg, rng: random.Random) -> None:
    """'Sakura slams both hands down on the memorial stone and hangs her head': before the sun is up, the
    clearing still grey."""
    _picture(svg, rng, sunrise=False)


def looks_up(svg: Svg, rng: random.Random) -> None:
    """'At last the sobs ease, and she looks up. The rising sun has streaked the sky with pink and orange.'"""
    _picture(svg, rng, sunrise=True)


def _picture(svg: Svg, rng: random.Random, sunrise: bool) -> None:
    rim = RIM if sunrise else DAWN_RIM
    _sky(svg, rng, sunrise)
    _stone(svg, rng, rim, sunrise)
    _flower(svg, 1620, 1236, rim)
    _sakura(svg, rim, head_up=sunrise)
    if sunrise:
        for _ in range(40):  # motes in the low sun
            x, y = rng.uniform(1400, 2560), rng.uniform(300, 1200)
            svg.path(ellipse_d(x, y, 4, 4), "#fff2d8", op=round(rng.uniform(0.3, 0.8), 2))
    kit.vignette(svg, "#1a0f1c" if sunrise else "#0c1018", 0.55)


def _sky(svg: Svg, rng: random.Random, sunrise: bool) -> None:
    if not sunrise:  # the grey before sunrise: mist, the treeline, the grass
        svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, 1000, [(0, "#4d5a6d"), (0.6, "#8493a5"), (1, "#b3bcc6")]))
        kit.glow(svg, 2260, 900, 900, "#e8dcd0", 0.4, sy=0.7)
        kit.mist(svg, rng, (0, 700, 2560, 1000), 8, "#c9d2da", 0.5)
        _treeline(svg, rng, "#3e4656")
        svg.path(rect_d(0, 990, W, H - 990), svg.lin(0, 990, 0, H, [(0, "#5e6a66"), (0.2, "#46544a"), (1, "#2a3430")]))
        return
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, 1000, [(0, "#4b4a86"), (0.35, "#b0739f"), (0.65, "#f09a8e"),
                                                         (0.85, "#ffc58c"), (1, "#ffe2b0")]))
    kit.glow(svg, 2260, 900, 900, "#fff0c8", 0.85, sy=0.7)
    for x, y, rx, ry, c in ((500, 260, 520, 50, "#f3a6b6"), (1200, 180, 600, 40, "#e496b4"),
                            (1900, 380, 500, 46, "#ffc2a0"), (400, 520, 400, 34, "#ffb99c"),
                            (2300, 560, 300, 30, "#ffe0b8")):
        svg.path(ellipse_d(x, y, rx, ry), svg.soft(c, 0.8, 0.4))
    svg.path(ellipse_d(2260, 930, 90, 90), "#fff6de")
    # the treeline, dark against the light, and the clearing's grass
    _treeline(svg, rng, "#4a3350")
    svg.path(rect_d(0, 990, W, H - 990), svg.lin(0, 990, 0, H, [(0, "#7a6a5a"), (0.2, "#52604a"), (1, "#2f3b2c")]))
    svg.path(ellipse_d(1800, 1010, 900, 60), svg.soft("#ffd9a8", 0.5, 0.3))
    for _ in range(80):
        gx, gy = rng.uniform(0, W), rng.uniform(1040, H)
        s = 0.6 + (gy - 1040) / 500
        for k in (-1, 0, 1):
            svg.path(taper([(gx + k * 8 * s, gy), (gx + k * 14 * s, gy - 30 * s)], 7 * s, 1), "#25301f", op=0.8)


def _treeline(svg: Svg, rng: random.Random, color: str) -> None:
    trees = [(0, 1000, 0)]
    x = 0
    while x < W:
        x += rng.uniform(60, 100)
        trees.append((x, 920 - rng.uniform(0, 50)))
        x += rng.uniform(60, 100)
        trees.append((x, 950 - rng.uniform(0, 20)))
    trees += [(W + 40, 1000, 0), (W + 40, 1100, 0), (0, 1100, 0)]
    svg.path(smooth(trees, t=1.6), color)


def _stone(svg: Svg, rng: random.Random, rim: str, sunrise: bool) -> None:
    base = smooth([(1380, 1270, 0), (1420, 1190, 0), (2250, 1180, 0), (2300, 1262, 0)])
    svg.cel(base, "#3b3440", "#2a2430", LINE, 7, light=LIGHT, depth=20, hi=rim, hi_depth=6)
    side = smooth([(2060, 1190, 0), (2070, 380), (2110, 300), (2190, 330), (2200, 1190, 0)])
    svg.cel(side, "#3d3646", "#2c2634", LINE, 7, light=LIGHT, depth=30, hi=rim, hi_depth=10)
    front = smooth([(1460, 1195, 0), (1470, 520), (1500, 380), (1600, 300), (1800, 270), (2000, 290),
                    (2110, 300), (2070, 400), (2060, 1195, 0)])
    svg.path(front, svg.lin(1460, 0, 2070, 0, [(0, "#201c28"), (1, "#2c2636")]))
    svg.open(clip=svg.clip(front))
    for col in range(6):
        for row, y in enumerate((420, 800)):
            if rng.random() < 0.9:
                kit.carved_name(svg, rng, 1560 + col * 86, y + rng.uniform(0, 30), 44, rng.randint(2, 4), "#0e0c12",
                                "#5a4a58", 6)
    # the sky mirrored in the polish
    glint = ("#ffb48c", "#ffd2a8") if sunrise else ("#b8c4d2", "#dfe7ef")
    svg.path(taper([(1620, 260), (1760, 700), (1860, 1200)], 120, 380), svg.soft(glint[0], 0.35, 0.2))
    svg.path(taper([(1480, 340), (1700, 280), (2100, 300)], 16, 16), glint[1], op=0.45)
    svg.close()
    svg.path(front, None, LINE, 8)


def _flower(svg: Svg, x: float, y: float, rim: str) -> None:
    """A single white flower laid on the stone's base, its stem towards her."""
    svg.path(taper([(x, y), (x - 90, y + 14), (x - 170, y + 10)], 10, 6), "#4f7a3c", LINE, 3)
    svg.cel(smooth([(x - 100, y + 10), (x - 130, y - 14), (x - 80, y - 6)]), "#6a9a4c", "#4f7a3c", LINE, 3,
            light=LIGHT, depth=6)
    for k in range(5):
        import math
        a = math.radians(k * 72 - 90)
        px, py = x + math.cos(a) * 30, y - 12 + math.sin(a) * 20
        svg.cel(ellipse_d(px, py, 26, 18), "#fbf7f2", "#e3d6d2", LINE, 3, light=LIGHT, depth=6, hi=rim, hi_depth=3)
    svg.path(ellipse_d(x, y - 12, 11, 9), "#f2c14e", LINE, 3)


def _sakura(svg: Svg, rim: str, head_up: bool) -> None:
    """Kneeling, seen from behind her left shoulder, facing the stone: the white coat spread on
    the grass, both hands flat on the stone, her pink head hung between her arms (or, `head_up`, raised to the
    sky)."""
    c, cs, hi = kit.COAT, kit.COAT_SH, rim
    # the far arm (her right), reaching to the stone a little higher
    svg.cel(kit.finger((1230, 700), (1500, 640), 88, -10, tip_w=70), c, cs, LINE, 7, light=LIGHT, depth=20)
    _hand(svg, (1500, 680), 58, rim)
    # the coat: shoulders, back, the skirt of it spread on the grass
    coat = smooth([(900, 1262, 0), (950, 1080), (990, 900), (980, 780), (1010, 700), (1110, 650), (1230, 660),
                   (1300, 720), (1290, 860), (1270, 960), (1330, 1100), (1420, 1262, 0)])
    svg.cel(coat, c, cs, LINE, 8, light=LIGHT, depth=40, hi=hi, hi_depth=10)
    for pts in ([(1120, 760), (1110, 1000), (1080, 1250)], [(1220, 900), (1260, 1100), (1300, 1250)],
                [(1010, 980), (990, 1250)]):
        svg.path(taper(pts, 3, 6, wmid=8), "#aeb7c6", op=0.8)  # folds
    svg.path(taper([(1040, 720), (1130, 700), (1200, 720)], 6, 6), "#aeb7c6")  # the collar's seam
    # her legs folded under her: the soles of her sandals showing behind
    for x0 in (850, 930):
        svg.cel(smooth([(x0, 1226), (x0 + 70, 1196), (x0 + 110, 1244), (x0 + 20, 1268)]), "#3b3448", "#2a2533",
                LINE, 5, light=LIGHT, depth=8)
    svg.path(taper([(990, 960), (1120, 990), (1280, 960)], 26, 26), "#dfe3ea", LINE, 4)  # the coat's belt
    # head hung forward between her arms: the back of her pink hair, a little cheek and ear; or lifted, tipped
    # back towards the sky
    svg.open(transform="translate(-20 -36) rotate(-14 1230 700)" if head_up else "translate(0 40) rotate(22 1230 700)")
    head = smooth([(1126, 630), (1128, 540), (1176, 480), (1262, 474), (1318, 530), (1330, 610), (1310, 650),
                   (1296, 690), (1270, 668), (1246, 700), (1222, 672), (1196, 702), (1172, 672), (1140, 690)], t=0.9)
    svg.cel(smooth([(1290, 560), (1345, 570), (1350, 660), (1300, 690)]), kit.SKIN, kit.SKIN_SH, LINE, 5,
            light=LIGHT, depth=8, hi=hi, hi_depth=4)
    svg.cel(head, kit.S_HAIR, kit.S_HAIR_SH, LINE, 7, light=LIGHT, depth=28, hi="#ffd0b8", hi_depth=8)
    for pts in ([(1180, 500), (1170, 620)], [(1240, 480), (1250, 620)], [(1300, 520), (1310, 640)]):
        svg.path(taper(pts, 8, 1), kit.S_HAIR_SH)
    svg.path(taper([(1150, 520), (1210, 470), (1290, 476)], 16, 4), kit.S_HAIR_HI, op=0.8)
    svg.close()
    # the near arm (her left), reaching forward along the stone's face, lower
    svg.cel(kit.finger((1150, 730), (1505, 790), 96, 18, tip_w=74), c, cs, LINE, 7, light=LIGHT, depth=22,
            hi=hi, hi_depth=8)
    svg.line([(1300, 770), (1340, 790)], "#aeb7c6", 4)
    _hand(svg, (1505, 820), 66, rim)


def _hand(svg: Svg, at: tuple[float, float], rot: float, rim: str) -> None:
    """A hand laid flat on the stone, seen from its back: wrist at `at`, fingers spread up, the
    whole turned by `rot` degrees."""
    svg.open(transform=f"translate({at[0]:.0f} {at[1]:.0f}) rotate({rot:.0f})")
    for bx, tx, ln, w in ((-27, -40, 78, 22), (-9, -10, 88, 23), (9, 16, 84, 22), (26, 40, 68, 19)):
        svg.cel(kit.finger((bx, -78), (tx, -78 - ln), w, 2), kit.SKIN, kit.SKIN_SH, LINE, 4, light=LIGHT, depth=5,
                hi=rim, hi_depth=3)
    svg.cel(kit.finger((-30, -20), (-76, -62), 26, -4), kit.SKIN, kit.SKIN_SH, LINE, 4, light=LIGHT, depth=5)
    back = smooth([(-34, 10), (-40, -50), (-30, -86), (0, -92), (34, -84), (40, -40), (30, 10)])
    svg.cel(back, kit.SKIN, kit.SKIN_SH, LINE, 5, light=LIGHT, depth=8, hi=rim, hi_depth=4)
    for x in (-18, 0, 18):
        svg.line([(x, -70), (x * 0.6, -30)], LINE_SOFT, 2)
    svg.close()
