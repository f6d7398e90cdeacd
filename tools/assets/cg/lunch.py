"""Lunch under the cherry tree: Kakashi and Sakura at 13 eating back to back (a system she
suggested so he could eat without showing his face).  He looks up at the clear sky, a bowl on
his knee; she is after a piece of pork with her chopsticks.  A wide-ish two-shot, side on."""
from __future__ import annotations

import random
import zlib

from . import kakashi, kit
from .kit import LINE, LINE_SOFT
from .svg import Svg, ellipse_d, rect_d, smooth, taper

W, H = 2560, 1440
GROUND = 1170
LIGHT = (-1, -0.7)


def back_to_back(svg: Svg, rng: random.Random) -> None:
    _lunch(svg, rng, got=False)


def got_it(svg: Svg, rng: random.Random) -> None:
    """The same moment, a breath later: "Got it, finally." The pork caught and lifted high in her chopsticks."""
    _lunch(svg, random.Random(zlib.crc32(b"back-to-back")), got=True)  # the same field, tree and petals


def _lunch(svg: Svg, rng: random.Random, got: bool) -> None:
    _sky_and_field(svg, rng)
    _tree(svg, rng)
    svg.path(ellipse_d(1280, GROUND + 10, 560, 46), svg.soft("#2f5a2c", 0.55, 0.4))  # their shadow
    _kakashi(svg)
    _sakura(svg, got)
    for _ in range(70):  # petals drifting down
        x, y = rng.uniform(0, W), rng.uniform(60, H - 60)
        kit.petal(svg, x, y, rng.uniform(9, 16), rng.uniform(0, 360), rng.choice(("#fbd3e0", "#f6b8cc", "#fff0f5")),
                  op=0.95)
    kit.vignette(svg, "#1d2a3a", 0.35)


def _sky_and_field(svg: Svg, rng: random.Random) -> None:
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, 900, [(0, "#5f9fd8"), (0.7, "#a8d2f0"), (1, "#d6ecf7")]))
    for x, y, rx, ry in ((300, 180, 260, 60), (520, 210, 200, 50), (2150, 260, 300, 64), (2380, 300, 180, 40)):
        svg.path(ellipse_d(x, y, rx, ry), svg.soft("#ffffff", 0.8, 0.35))
    # far woods, then the field
    hills = smooth([(0, 800, 0), (200, 720), (520, 760), (800, 700), (1200, 740), (1600, 690), (2000, 740),
                    (2300, 700), (2560, 730, 0), (2560, 900, 0), (0, 900, 0)])
    svg.path(hills, "#6f9c74")
    woods = smooth([(0, 860, 0), (140, 770), (300, 800), (460, 760), (650, 805), (900, 780), (1200, 810),
                    (1500, 770), (1800, 800), (2100, 760), (2350, 790), (2560, 770, 0), (2560, 900, 0), (0, 900, 0)])
    svg.path(woods, "#4f7f55")
    svg.path(rect_d(0, 860, W, H - 860), svg.lin(0, 860, 0, H, [(0, "#8fc270"), (0.5, "#79b060"), (1, "#5f9a4c")]))
    # the three training posts, far off on the left
    for x in (250, 380, 510):
        post = smooth([(x - 22, 1000, 0), (x - 20, 820), (x, 808), (x + 20, 820), (x + 22, 1000, 0)])
        svg.cel(post, "#a57a52", "#7d5a3c", LINE, 4, light=LIGHT, depth=12)
        svg.path(rect_d(x - 21, 870, 42, 12), "#e8e0c8")
    for _ in range(60):  # grass tufts
        x, y = rng.uniform(0, W), rng.uniform(900, H)
        s = 0.6 + (y - 900) / 600
        for k in (-1, 0, 1):
            svg.path(taper([(x + k * 8 * s, y), (x + k * 14 * s, y - 26 * s)], 7 * s, 1), "#5c9346", op=0.8)


def _tree(svg: Svg, rng: random.Random) -> None:
    trunk = smooth([(1140, GROUND + 20, 0), (1185, 900), (1200, 640), (1150, 470), (1040, 330), (1090, 320),
                    (1230, 450), (1290, 380), (1420, 280), (1450, 300), (1330, 470), (1350, 700), (1400, 950),
                    (1450, GROUND + 20, 0)])
    svg.cel(trunk, "#6e4e3e", "#4e3529", LINE, 7, light=LIGHT, depth=40, hi="#8e6a55", hi_depth=8)
    for pts in ([(1260, 1100), (1250, 900), (1270, 700)], [(1330, 1000), (1320, 820)], [(1210, 800), (1220, 600)]):
        svg.path(taper(pts, 8, 2), "#3e2a20", op=0.7)
    # the canopy: clusters of blossom, one outline round them all, shade below, light above
    blobs = []
    for cx, cy, sx, sy, k in ((1280, 230, 900, 190, 26), (650, 300, 420, 150, 12), (1950, 290, 460, 150, 12),
                              (1050, 420, 380, 110, 9), (1560, 410, 400, 110, 9)):
        for _ in range(k):
            blobs.append((cx + rng.uniform(-sx, sx), cy + rng.uniform(-sy, sy), rng.uniform(90, 170)))
    for x, y, r in blobs:
        svg.path(ellipse_d(x, y, r + 7, r * 0.86 + 7), LINE)
    for x, y, r in blobs:
        svg.path(ellipse_d(x, y, r, r * 0.86), "#e48aa8")
    for x, y, r in blobs:
        svg.path(ellipse_d(x - r * 0.16, y - r * 0.2, r * 0.86, r * 0.72), "#f6b9cd")
    for x, y, r in blobs:
        if rng.random() < 0.55:
            svg.path(ellipse_d(x - r * 0.35, y - r * 0.4, r * 0.36, r * 0.22), "#ffe3ec")
    for _ in range(140):  # single blossoms dotting the edge
        x, y, r = rng.choice(blobs)
        kit.petal(svg, x + rng.uniform(-r, r), y + rng.uniform(-r, r) * 0.8, 12, rng.uniform(0, 360), "#fff0f5",
                  op=0.9)


def _limb(svg: Svg, a: tuple[float, float], b: tuple[float, float], w0: float, w1: float, base: str,
          shade: str, bend: float = 0, lw: float = 6) -> None:
    svg.cel(kit.finger(a, b, w0, bend, tip_w=w1), base, shade, LINE, lw, light=LIGHT, depth=w0 * 0.22)


def _kakashi(svg: Svg) -> None:
    """Seated, facing left, his back against hers, looking up at the sky; a bowl on his knee."""
    navy, navy_sh = kit.K_SHIRT, kit.K_SHIRT_SH
    # far leg, lying flat
    _limb(svg, (1180, 1120), (880, 1135), 140, 110, navy_sh, "#171c30")
    svg.path(smooth([(900, 1100), (800, 1110), (760, 1150), (780, 1170, 0), (910, 1172, 0)]), "#252a38", LINE, 6)
    # near leg, knee up
    _limb(svg, (1190, 1080), (950, 890), 170, 130, navy, navy_sh)
    _limb(svg, (950, 890), (870, 1110), 130, 100, navy, navy_sh)
    svg.cel(smooth([(900, 1090), (880, 1150), (760, 1165, 0), (740, 1172, 0), (905, 1175, 0)]), "#252a38",
            "#181b26", LINE, 6, light=LIGHT, depth=10)
    _seated_vest(svg)
    svg.line([(1120, 660), (1180, 760), (1200, 1080)], LINE_SOFT, 4)
    # neck and head, tipped back to the sky: his left side, the band over that eye
    svg.open(transform="translate(1185 668) scale(-0.62 0.62) rotate(-14) translate(-240 -640)")
    kakashi.profile_head(svg, (1, -0.7), LINE, eye="covered",
                         hair=(kit.K_HAIR, kit.K_HAIR_SH, kit.K_HAIR_HI))
    svg.close()
    # near arm: down from the shoulder, forearm along the knee, the bowl in his hand
    _limb(svg, (1235, 700), (1215, 925), 108, 90, navy, navy_sh)
    _limb(svg, (1215, 925), (990, 865), 90, 72, navy, navy_sh)
    _bowl(svg, 960, 840, 86, "#c9d8e8", "#9db0c6")
    svg.cel(smooth([(1000, 830), (960, 870), (930, 900), (980, 905), (1030, 880)]), kit.K_GLOVE,
            kit.K_GLOVE_SH, LINE, 5, light=LIGHT, depth=8)
    for i in range(3):  # fingers round the bowl
        x = 930 + i * 22
        svg.cel(kit.finger((x + 14, 880), (x, 908), 24, 0), kit.SKIN, kit.SKIN_SH, LINE, 4, light=LIGHT, depth=4)


def _seated_vest(svg: Svg) -> None:
    """Kakashi's torso as he sits against the cherry tree's trunk: the green vest over the navy shirt, two
    scroll pouches on his chest (the lunch and the hug under the tree)."""
    torso = smooth([(1270, 1130), (1288, 900), (1282, 720), (1240, 650), (1150, 640), (1090, 690), (1070, 820),
                    (1085, 980), (1120, 1110)])
    svg.cel(torso, kit.K_VEST, kit.K_VEST_SH, LINE, 8, light=LIGHT, depth=40, hi=kit.K_VEST_HI, hi_depth=8)
    for y in (800, 900):  # scroll pouches on his chest
        svg.cel(smooth([(1070, y), (1140, y - 6), (1150, y + 80), (1078, y + 86)], t=0.5), kit.K_VEST,
                kit.K_VEST_SH, LINE, 5, light=LIGHT, depth=12)


def _bowl(svg: Svg, cx: float, cy: float, r: float, base: str, shade: str) -> None:
    body = smooth([(cx - r, cy, 0), (cx - r * 0.8, cy + r * 0.55), (cx, cy + r * 0.75), (cx + r * 0.8, cy + r * 0.55),
                   (cx + r, cy, 0)])
    svg.cel(body, base, shade, LINE, 5, light=LIGHT, depth=r * 0.25)
    svg.path(ellipse_d(cx, cy, r, r * 0.28), "#f4ead2", LINE, 5)  # broth
    svg.path(ellipse_d(cx - r * 0.3, cy - 2, r * 0.25, r * 0.09), "#e4c39a")
    svg.path(ellipse_d(cx + r * 0.25, cy + 2, r * 0.2, r * 0.08), "#8fbf6a")
    svg.line([(cx - r * 0.7, cy + r * 0.35), (cx + r * 0.7, cy + r * 0.35)], "#c23b4c", 6)  # a red band


def _sakura(svg: Svg, got: bool = False) -> None:
    """Sakura at 13, small: seated facing right, her back to his, head bent over her bowl,
    chopsticks after a piece of pork."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    # far leg (knee up, behind), near leg (knee up)
    _limb(svg, (1360, 1110), (1560, 990), 100, 84, kit.S_DARK_SH, "#1e1a22")
    _limb(svg, (1560, 990), (1620, 1150), 70, 58, skin_sh, "#c2907c")
    svg.path(smooth([(1590, 1140), (1690, 1150), (1700, 1172, 0), (1585, 1175, 0)]), "#3b3448", LINE, 5)
    torso = smooth([(1300, 1140), (1296, 960), (1310, 880), (1370, 860), (1430, 880), (1450, 960), (1440, 1060),
                    (1430, 1130)])
    svg.cel(torso, kit.S_RED, kit.S_RED_SH, LINE, 7, light=LIGHT, depth=28, hi=kit.S_RED_HI, hi_depth=6)
    _limb(svg, (1330, 1120), (1530, 1010), 112, 92, kit.S_DARK, kit.S_DARK_SH)  # near thigh (shorts)
    _limb(svg, (1530, 1010), (1580, 1160), 72, 60, skin, skin_sh)
    svg.cel(smooth([(1545, 1140), (1660, 1150), (1675, 1174, 0), (1540, 1176, 0)]), "#3b3448", "#2a2533", LINE, 5,
            light=LIGHT, depth=8)
    # the bowl, held in her far hand over her knees
    _bowl(svg, 1560, 940, 70, "#f3d6a2", "#d2b07a")
    svg.cel(kit.finger((1590, 990), (1540, 968), 34, 0), skin, skin_sh, LINE, 4, light=LIGHT, depth=6)
    # near arm: upper arm down, forearm forward, chopsticks lifting a piece of pork
    _limb(svg, (1365, 905), (1390, 1030), 56, 46, skin, skin_sh)
    if not got:
        _limb(svg, (1390, 1030), (1500, 930), 46, 40, skin, skin_sh)
        svg.cel(smooth([(1492, 910), (1525, 905), (1535, 935), (1505, 950), (1486, 936)]), skin, skin_sh, LINE, 4,
                light=LIGHT, depth=6)
        svg.line([(1500, 908), (1590, 880)], "#a8794f", 5)
        svg.line([(1505, 918), (1592, 892)], "#a8794f", 5)
        svg.cel(smooth([(1582, 876), (1606, 872), (1612, 894), (1586, 898)]), "#e7b88f", "#c98f62", LINE, 4,
                light=LIGHT, depth=5)
    else:  # forearm raised, the chopsticks pointing up with the caught piece held high
        _limb(svg, (1390, 1030), (1520, 900), 46, 40, skin, skin_sh)
        svg.cel(smooth([(1508, 880), (1542, 872), (1552, 902), (1522, 918), (1502, 904)]), skin, skin_sh, LINE, 4,
                light=LIGHT, depth=6)
        svg.line([(1520, 876), (1586, 770)], "#a8794f", 5)
        svg.line([(1532, 882), (1600, 778)], "#a8794f", 5)
        svg.cel(smooth([(1580, 752), (1612, 750), (1616, 776), (1584, 780)]), "#e7b88f", "#c98f62", LINE, 4,
                light=LIGHT, depth=5)
    # head bent over the bowl: profile facing right, the pink bob hiding most of the face
    svg.cel(smooth([(1360, 880), (1400, 880), (1400, 840), (1360, 840)]), skin, skin_sh, LINE, 5, light=LIGHT, depth=8)
    svg.cel(smooth([(1340, 870), (1420, 876), (1420, 846), (1345, 840)]), kit.S_RED, kit.S_RED_SH, LINE, 5,
            light=LIGHT, depth=6)  # high collar
    face = smooth([(1380, 700), (1460, 720), (1492, 770), (1500, 800), (1490, 812), (1494, 830), (1470, 860),
                   (1420, 860), (1370, 820)])
    svg.cel(face, skin, skin_sh, LINE, 6, light=LIGHT, depth=14)
    svg.path(taper([(1446, 782), (1464, 792), (1482, 790)], 7, 3), LINE)  # the eye, lowered to the bowl
    for x in (1452, 1462, 1472):
        svg.line([(x, 789), (x - 3, 798)], LINE, 2.5)  # lashes
    svg.line([(1468, 842), (1480, 840)], "#b9645f", 3)  # mouth
    svg.path(ellipse_d(1452, 812, 18, 10), "#f2a0a0", op=0.45)  # cheek
    hair = smooth([(1300, 760), (1310, 680), (1370, 640), (1440, 640), (1490, 680), (1510, 740), (1480, 720),
                   (1470, 770), (1440, 730), (1420, 800), (1400, 760), (1395, 860), (1360, 870), (1330, 850),
                   (1305, 820)], t=0.9)
    svg.cel(hair, kit.S_HAIR, kit.S_HAIR_SH, LINE, 7, light=LIGHT, depth=22, hi=kit.S_HAIR_HI, hi_depth=7)
    svg.path(taper([(1330, 690), (1390, 660), (1450, 670)], 14, 4), kit.S_HAIR_HI, op=0.8)  # band of shine
    band = smooth([(1330, 668), (1420, 640), (1480, 660), (1470, 690), (1400, 676), (1336, 698)])
    svg.cel(band, kit.S_BAND, kit.S_BAND_SH, LINE, 5, light=LIGHT, depth=6)
    svg.cel(smooth([(1420, 640, 0), (1480, 656), (1472, 692, 0), (1410, 680)], t=0.5), kit.PLATE, kit.PLATE_SH,
            LINE, 4, light=LIGHT, depth=6)
