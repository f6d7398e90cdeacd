"""Lunch under the cherry tree, the answer to "What am I to you?": Kakashi has got up and crouches in front of
Sakura at 13, who sits on the grass and looks up at him, half afraid of what he will say; his one eye holds
hers, kind. Side on: she on the left facing right, he on the right facing left, the trunk behind them."""
from __future__ import annotations

import random

from . import kakashi, kit
from .kit import LINE
from .lunch import _sky_and_field, _tree
from .svg import Svg, ellipse_d, smooth, taper

GRASS = 1170  # the lunch picture's ground line, under the same tree
LIGHT = (-1, -0.7)


def friend(svg: Svg, rng: random.Random) -> None:
    rng = random.Random(2604)  # the field and tree of the lunch pictures
    _sky_and_field(svg, rng)
    svg.open(transform="translate(0 -110)")  # lifted: both faces well above the textbox
    _tree(svg, rng)
    svg.path(ellipse_d(1240, GRASS + 10, 620, 46), svg.soft("#2f5a2c", 0.55, 0.4))
    _sakura_sitting(svg)
    _kakashi_crouching(svg)
    svg.close()
    for _ in range(50):  # petals drifting down
        x, y = rng.uniform(0, 2560), rng.uniform(60, 1380)
        kit.petal(svg, x, y, rng.uniform(9, 16), rng.uniform(0, 360), rng.choice(("#fbd3e0", "#f6b8cc", "#fff0f5")),
                  op=0.95)
    kit.vignette(svg, "#1d2a3a", 0.35)


def _limb(svg: Svg, a: tuple[float, float], b: tuple[float, float], w0: float, w1: float, base: str,
          shade: str, bend: float = 0, lw: float = 6) -> None:
    svg.cel(kit.finger(a, b, w0, bend, tip_w=w1), base, shade, LINE, lw, light=LIGHT, depth=w0 * 0.22)


def _sakura_sitting(svg: Svg) -> None:
    """Sitting on the grass facing right, knees drawn up, hands clasped on them; her head tipped up to him."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    # far leg: thigh up to the knee, shin down to the grass
    _limb(svg, (930, 1120), (1120, 960), 96, 80, kit.S_DARK_SH, "#1e1a22")
    _limb(svg, (1120, 960), (1170, 1150), 66, 54, skin_sh, "#c2907c")
    svg.cel(smooth([(1140, 1140), (1240, 1150), (1250, 1172, 0), (1135, 1175, 0)]), "#3b3448", "#2a2533", LINE, 5,
            light=LIGHT, depth=8)
    torso = smooth([(880, 1140), (872, 960), (890, 880), (950, 856), (1010, 874), (1030, 960), (1020, 1060),
                    (1010, 1130)])
    svg.cel(torso, kit.S_RED, kit.S_RED_SH, LINE, 7, light=LIGHT, depth=28, hi=kit.S_RED_HI, hi_depth=6)
    # near leg
    _limb(svg, (910, 1120), (1100, 990), 108, 90, kit.S_DARK, kit.S_DARK_SH)
    _limb(svg, (1100, 990), (1140, 1160), 70, 58, skin, skin_sh)
    svg.cel(smooth([(1110, 1142), (1220, 1152), (1232, 1174, 0), (1105, 1176, 0)]), "#3b3448", "#2a2533", LINE, 5,
            light=LIGHT, depth=8)
    # near arm: down from the shoulder, forearm across to the knee, hands clasped there
    _limb(svg, (950, 900), (990, 1020), 52, 44, skin, skin_sh)
    _limb(svg, (990, 1020), (1090, 975), 44, 38, skin, skin_sh)
    svg.cel(smooth([(1080, 950), (1118, 946), (1130, 980), (1100, 1002), (1076, 990)]), skin, skin_sh, LINE, 4,
            light=LIGHT, depth=6)
    # the high collar and the neck
    svg.cel(smooth([(940, 880), (980, 878), (980, 838), (940, 840)]), skin, skin_sh, LINE, 5, light=LIGHT, depth=8)
    svg.cel(smooth([(920, 872), (1000, 878), (1002, 846), (926, 840)]), kit.S_RED, kit.S_RED_SH, LINE, 5,
            light=LIGHT, depth=6)
    _sakura_head(svg, (980, 740), turn=-16)


def _sakura_head(svg: Svg, at: tuple[float, float], turn: float) -> None:
    """Her head in profile facing right, tipped back by `turn` to look up: the eye open, the iris high, the brow
    raised at its inner end (afraid of the answer), the mouth small; the pink bob and the headband."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    x, y = at
    svg.open(transform=f"translate({x:.0f} {y:.0f}) rotate({turn:.0f})")
    face = smooth([(-80, -90), (10, -80), (60, -30), (74, 0), (64, 14), (70, 34), (40, 70), (-20, 76), (-90, 40)])
    svg.cel(face, skin, skin_sh, LINE, 6, light=LIGHT, depth=14)
    eye = smooth([(10, -18), (30, -28), (50, -16), (44, 4), (22, 6)], t=0.7)
    svg.path(eye, "#ffffff", LINE, 3)
    svg.path(smooth([(30, -22), (46, -20), (46, 0), (32, 2)], t=0.8), kit.S_EYE)  # the iris, looking up at him
    svg.path(ellipse_d(40, -14, 5, 6), "#ffffff")
    svg.path(taper([(8, -24), (30, -34), (54, -20)], 5, 3), LINE)  # the upper lid
    svg.line([(6, -50), (28, -62), (48, -60)], LINE, 5)  # the brow, its inner end raised
    svg.path(taper([(44, 48), (56, 46), (66, 50)], 3, 3), "#b9645f")  # a small, uncertain mouth
    svg.path(ellipse_d(-4, 22, 20, 11), "#f2a0a0", op=0.35)
    kit.sakura_hair_and_band(svg, LIGHT, lock=-36)
    svg.close()


def _kakashi_crouching(svg: Svg) -> None:
    """Crouched on his heels facing left, his knees up before him, forearms resting on them; his head bent to
    her, the eye half-lidded and kind (his right side: the band's plate high on his brow)."""
    navy, navy_sh = kit.K_SHIRT, kit.K_SHIRT_SH
    # far leg, then the vest, then the near leg over it
    _limb(svg, (1560, 1080), (1400, 900), 130, 104, navy_sh, "#171c30")
    _limb(svg, (1400, 900), (1440, 1150), 100, 80, navy_sh, "#171c30")
    torso = smooth([(1600, 1090), (1640, 960), (1650, 820), (1610, 720), (1520, 700), (1460, 740), (1450, 860),
                    (1480, 1000), (1530, 1090)])
    svg.cel(torso, kit.K_VEST, kit.K_VEST_SH, LINE, 8, light=LIGHT, depth=40, hi=kit.K_VEST_HI, hi_depth=8)
    for yy in (800, 900):  # scroll pouches on his chest
        svg.cel(smooth([(1452, yy), (1520, yy - 6), (1528, yy + 80), (1460, yy + 86)], t=0.5), kit.K_VEST,
                kit.K_VEST_SH, LINE, 5, light=LIGHT, depth=12)
    _limb(svg, (1590, 1060), (1380, 930), 150, 118, navy, navy_sh)  # near thigh, up to the knee
    _limb(svg, (1380, 930), (1420, 1150), 118, 92, navy, navy_sh)  # near shin, down to the foot
    for x0 in (1400, 1430):
        svg.cel(smooth([(x0 + 50, 1120), (x0 - 70, 1128), (x0 - 84, GRASS, 0), (x0 + 60, GRASS, 0)], t=0.5),
                "#252a38", "#181b26", LINE, 5, light=LIGHT, depth=8)
    # head, bent a little down towards her
    svg.open(transform="translate(1548 706) scale(-0.62 0.62) rotate(8) translate(-240 -640)")
    kakashi.profile_head(svg, (1, -0.7), LINE, eye="open", hair=(kit.K_HAIR, kit.K_HAIR_SH, kit.K_HAIR_HI))
    svg.close()
    # near arm: down from the shoulder, the forearm along the knee, the hand hanging past it
    _limb(svg, (1580, 760), (1500, 930), 96, 80, navy, navy_sh)
    _limb(svg, (1500, 930), (1340, 900), 80, 66, navy, navy_sh)
    svg.cel(smooth([(1350, 874), (1300, 880), (1270, 918), (1310, 940), (1356, 924)]), kit.K_GLOVE, kit.K_GLOVE_SH,
            LINE, 5, light=LIGHT, depth=8)
    for k in range(3):
        svg.cel(kit.finger((1290 + k * 16, 920), (1276 + k * 16, 962), 20, 0), kit.SKIN, kit.SKIN_SH, LINE, 4,
                light=LIGHT, depth=4)
