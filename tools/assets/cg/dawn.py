"""The memorial stone at dawn: Kakashi's thumb on the three new names, a close shot of his
gloved hand on the stone with his masked profile at the left edge."""
from __future__ import annotations

import random

from . import kakashi, kit
from .kit import LINE, LINE_SOFT
from .svg import Svg, ellipse_d, rect_d, smooth, taper

W, H = 2560, 1440


def _stone_names(svg: Svg, rng: random.Random, x0: float, x1: float, rows: list[float], skip: set[int],
                 cell: float = 50, step: float = 92, op: float = 0.9) -> None:
    col = 0
    x = x0
    while x < x1:
        for r, y in enumerate(rows):
            if (col, r) not in skip and rng.random() < 0.93:
                kit.carved_name(svg, rng, x + rng.uniform(-4, 4), y + rng.uniform(0, 30), cell,
                                rng.randint(2, 4), "#0a0c12", "#3d4656", 7, op)
        x += step
        col += 1


def names_at_dawn(svg: Svg, rng: random.Random) -> None:
    # mist and sky, lighter towards the sun behind the trees on the right
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, H, [(0, "#4d5a6d"), (0.45, "#8493a5"), (1, "#aab5bf")]))
    kit.glow(svg, 2250, 260, 1000, "#f4dcc4", 0.6, sy=0.6)
    for i in range(9):  # far trees, lost in the mist
        x = 480 + i * 60 + rng.uniform(-20, 20)
        svg.path(ellipse_d(x, 640 + rng.uniform(-40, 40), rng.uniform(90, 150), rng.uniform(200, 300)),
                 svg.soft("#56657a", 0.7, 0.3))
    kit.mist(svg, rng, (300, 550, 1000, 1100), 8, "#c9d2da", 0.6)

    # the stone: its lit side face, then the polished black front
    side = smooth([(800, 1440, 0), (780, 900), (790, 430), (830, 230), (900, 160), (960, 150, 0),
                   (900, 300), (880, 700), (885, 1440, 0)])
    svg.cel(side, "#46505f", "#343c49", LINE, 6, light=(1, -0.6), depth=30)
    front = smooth([(880, 1440, 0), (872, 900), (880, 420), (905, 250), (960, 160), (1200, 120),
                    (1800, 112), (2560, 130, 0), (2560, 1440, 0)])
    svg.path(front, svg.lin(880, 0, 2560, 0, [(0, "#1c212c"), (0.5, "#222937"), (1, "#2b3342")]))
    svg.open(clip=svg.clip(front))
    _stone_names(svg, rng, 1000, 2540, [250, 800], skip={(1, 0), (2, 0), (3, 0), (4, 0), (5, 0), (6, 0)})
    # the three new names: pale fresh cuts with a bright lower edge
    for k, x in enumerate((1105, 1195, 1285)):
        kit.carved_name(svg, rng, x - 24, 400 + k * 10, 52, 3 if k != 1 else 4, "#8b95a4", "#e8eef5", 8)
    # dawn sheen on the polish
    svg.path(taper([(1750, 100), (2100, 700), (2350, 1400)], 160, 520), svg.soft("#c9d4e0", 0.22, 0.2))
    svg.path(taper([(900, 150), (1600, 118), (2560, 136)], 22, 22), "#dfe7ef", op=0.3)
    svg.close()
    svg.path(front, None, LINE, 7)
    _arm_and_hand(svg)
    _shoulder_foreground(svg)
    kit.mist(svg, rng, (200, 1050, 2560, 1500), 9, "#c5ced8", 0.45, rx=(400, 800), ry=(90, 180))
    kit.vignette(svg, "#0c1018", 0.6)


def _arm_and_hand(svg: Svg) -> None:
    light = (0.8, -0.6)
    # the right arm, reaching from his shoulder (foreground, left) to the stone
    arm = smooth([(420, 930), (900, 940), (1390, 800), (1480, 815), (1600, 875), (1250, 1060), (950, 1200),
                  (600, 1250), (420, 1180)])
    svg.cel(arm, kit.K_SHIRT, kit.K_SHIRT_SH, LINE, 8, light=light, depth=50, hi="#4a557a", hi_depth=8)
    svg.line([(1000, 1050), (1120, 1020), (1230, 960)], "#1a2036", 4)  # a sleeve fold
    svg.line([(880, 1130), (990, 1120)], "#1a2036", 4)
    # fingers first (the glove covers their roots); fingertips press on the stone
    fingers = [((1442, 610), (1436, 414), 62, -14), ((1505, 590), (1508, 384), 65, -8),
               ((1568, 600), (1578, 410), 61, 4), ((1628, 635), (1648, 500), 52, 12)]
    for base, tip, w, bend in fingers:
        svg.cel(kit.finger(base, tip, w, bend), kit.SKIN, kit.SKIN_SH, LINE, 6, light=light, depth=13,
                hi=kit.SKIN_HI, hi_depth=4)
        t = kit.along(base, tip, 0.88)
        svg.path(ellipse_d(t[0], t[1], w * 0.2, w * 0.24), "#fbe8dc", op=0.9)
        j = kit.along(base, tip, 0.6)
        svg.line([(j[0] - w * 0.22, j[1] + 4), (j[0], j[1] - 2), (j[0] + w * 0.22, j[1] + 4)], LINE_SOFT, 2.5)
    # thumb: reaching left across the names, its pad on the third one
    svg.cel(kit.finger((1410, 735), (1296, 566), 70, -16, tip_w=54), kit.SKIN, kit.SKIN_SH, LINE, 6,
            light=light, depth=15, hi=kit.SKIN_HI, hi_depth=4)
    svg.path(smooth([(1298, 560), (1320, 556), (1328, 574), (1308, 582)]), "#fbe8dc", op=0.9)
    # glove: back of the hand up to the first finger joints' roots, the thumb's sleeve, the cuff
    svg.cel(kit.finger((1450, 775), (1370, 690), 96, -4, tip_w=86), kit.K_GLOVE, kit.K_GLOVE_SH, LINE, 6,
            light=light, depth=18)
    glove = smooth([(1410, 845), (1392, 740), (1400, 680), (1418, 620), (1440, 585), (1505, 562),
                    (1570, 572), (1632, 605), (1666, 650), (1670, 750), (1600, 870)])
    svg.cel(glove, kit.K_GLOVE, kit.K_GLOVE_SH, LINE, 7, light=light, depth=28, hi="#58617f", hi_depth=7)
    svg.line([(1425, 628), (1505, 600), (1580, 610), (1648, 650)], "#41485e", 4)  # rim over the knuckles
    for kx, ky in ((1450, 612), (1510, 594), (1572, 604), (1630, 636)):  # knuckles under the glove
        svg.path(ellipse_d(kx, ky + 14, 18, 9), "#3a4056", op=0.8)
    plate = smooth([(1474, 656), (1602, 648), (1614, 748), (1484, 760)], t=0.45)
    svg.cel(plate, kit.PLATE, kit.PLATE_SH, LINE, 5, light=light, depth=16, hi=kit.PLATE_HI, hi_depth=5)
    for px, py in ((1494, 672), (1592, 666), (1596, 736), (1502, 742)):
        svg.path(ellipse_d(px, py, 6, 6), kit.PLATE_SH)
    cuff = smooth([(1395, 815), (1480, 840), (1585, 875), (1625, 865), (1640, 910), (1560, 945), (1420, 900),
                   (1375, 845)])
    svg.cel(cuff, kit.K_GLOVE, kit.K_GLOVE_SH, LINE, 6, light=light, depth=14)


def _shoulder_foreground(svg: Svg) -> None:
    """His shoulder and head at the left edge, in profile looking down at his hand: the mask up to
    the bridge of the nose, the visible eye half-lidded, the band slanting down over the far eye."""
    light = (1, -0.35)
    ol = "#12151c"
    back = smooth([(-40, 800), (160, 760), (360, 790), (500, 880), (590, 1040), (620, 1260), (630, 1440, 0),
                   (-40, 1440, 0)])
    svg.cel(back, "#35432f", "#222b1f", ol, 8, light=light, depth=80, hi="#7c9170", hi_depth=10)
    svg.path(taper([(300, 800), (380, 960), (420, 1200), (430, 1440)], 100, 140), "#26301f", ol, 5)
    collar = smooth([(40, 620), (320, 640), (400, 780), (320, 870), (20, 870)])  # the vest's high collar
    svg.cel(collar, "#3a4834", "#242d20", ol, 6, light=light, depth=34, hi="#7c9170", hi_depth=8)
    svg.open(transform="translate(-60 -40) scale(1.2)")
    kakashi.profile_head(svg, light, ol, eye="open")
    svg.close()



def fingers_on_names(svg: Svg, rng: random.Random) -> None:
    """The same stone, some mornings later: Sakura's fingertips resting on her parents' two names, a close
    shot of her bare hand and the white sleeve of her medic's coat against the black polish."""
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, H, [(0, "#56637a"), (0.45, "#8c9aae"), (1, "#b3bcc6")]))
    kit.glow(svg, 2300, 220, 900, "#f6dcc6", 0.55, sy=0.6)
    for i in range(7):  # far trees in the mist, at the left beyond the stone
        x = 80 + i * 70 + rng.uniform(-20, 20)
        svg.path(ellipse_d(x, 700 + rng.uniform(-40, 40), rng.uniform(80, 130), rng.uniform(200, 280)),
                 svg.soft("#5b6a80", 0.7, 0.3))
    kit.mist(svg, rng, (0, 600, 700, 1100), 6, "#ccd4dc", 0.6)
    # the stone's lit side face, then the polished front filling most of the frame
    side = smooth([(520, 1440, 0), (500, 900), (512, 420), (560, 200), (640, 120), (700, 112, 0),
                   (640, 260), (610, 700), (612, 1440, 0)])
    svg.cel(side, "#485262", "#353d4a", LINE, 6, light=(1, -0.6), depth=30)
    front = smooth([(608, 1440, 0), (600, 900), (612, 400), (640, 230), (700, 130), (1000, 90),
                    (1800, 80), (2560, 96, 0), (2560, 1440, 0)])
    svg.path(front, svg.lin(600, 0, 2560, 0, [(0, "#1d222d"), (0.5, "#232a38"), (1, "#2c3443")]))
    svg.open(clip=svg.clip(front))
    _stone_names(svg, rng, 720, 2540, [200, 900], skip={(6, 0), (7, 0), (8, 0)}, cell=56, step=104)
    # her parents' names: two columns side by side, cut two years ago, the dawn catching their edges
    for k, x in enumerate(NAMES_X):
        kit.carved_name(svg, rng, x - 30, 190 + k * 14, 60, 4, "#0c0e14", "#a9b6c8", 9, 1.0)
    svg.path(taper([(1950, 80), (2250, 700), (2480, 1440)], 180, 560), svg.soft("#cdd7e2", 0.2, 0.2))
    svg.path(taper([(620, 160), (1400, 86), (2560, 100)], 22, 22), "#e2e9f0", op=0.3)
    # the hand's shadow on the polish, just below and right of it: it touches the stone
    svg.open(op=0.45, blur=14)
    svg.path(smooth([(1250, 980), (1330, 800), (1420, 660), (1500, 560), (1640, 540), (1700, 600),
                     (1640, 760), (1500, 900), (1380, 1040)]), "#06080c")
    svg.close()
    svg.close()
    svg.path(front, None, LINE, 7)
    _sleeve_and_hand(svg)
    kit.mist(svg, rng, (0, 1180, 2560, 1500), 8, "#c8d0da", 0.4, rx=(400, 800), ry=(90, 160))
    kit.vignette(svg, "#0c1018", 0.55)


NAMES_X = (1430, 1570)  # the two names' columns (their glyphs run from about y 190 to 450)


def _sleeve_and_hand(svg: Svg) -> None:
    """Her left forearm in the coat's sleeve, from the bottom left up to the stone; the hand laid on it, seen
    from its back and tilted, fingers together: index and middle fingertips on the first name, ring and
    little fingers on the second, below where the names begin, so both stay legible."""
    light = (0.8, -0.6)
    # the wrist, under the sleeve's end; the sleeve with its hem; then the fingers (the back of the hand
    # covers their roots)
    svg.cel(kit.finger((1180, 1000), (1330, 800), 150, 0, tip_w=150), kit.SKIN, kit.SKIN_SH, LINE, 6,
            light=light, depth=16)
    sleeve = smooth([(300, 1440, 0), (560, 1200), (880, 1000), (1120, 860), (1180, 850), (1250, 900),
                     (1290, 980), (1250, 1020), (1020, 1200), (760, 1440, 0)])
    svg.cel(sleeve, kit.COAT, kit.COAT_SH, LINE, 8, light=light, depth=50, hi=kit.COAT_HI, hi_depth=8)
    for pts in ([(640, 1290), (860, 1110), (1040, 1030)], [(600, 1420), (760, 1300)]):
        svg.path(taper(pts, 3, 6, wmid=8), "#aeb7c6", op=0.8)  # folds
    svg.line([(1090, 900), (1150, 930), (1210, 990), (1232, 1030)], "#aeb7c6", 5)  # the hem's stitched edge
    fingers = [((1350, 700), (1412, 468), 50, -6), ((1410, 690), (1486, 448), 53, -2),
               ((1468, 700), (1560, 470), 51, 4), ((1520, 730), (1612, 540), 44, 10)]
    for base, tip, w, bend in fingers:
        svg.cel(kit.finger(base, tip, w, bend), kit.SKIN, kit.SKIN_SH, LINE, 6, light=light, depth=12,
                hi=kit.SKIN_HI, hi_depth=4)
        t = kit.along(base, tip, 0.88)
        svg.path(ellipse_d(t[0], t[1], w * 0.17, w * 0.22), "#fbe8dc", op=0.9)  # the nail
        j = kit.along(base, tip, 0.55)
        svg.line([(j[0] - w * 0.2, j[1] + 4), (j[0], j[1] - 3), (j[0] + w * 0.2, j[1] + 4)], LINE_SOFT, 2.5)
    # the thumb, lying along the stone to the left, and the back of the hand, slim
    svg.cel(kit.finger((1300, 860), (1230, 700), 54, 12, tip_w=42), kit.SKIN, kit.SKIN_SH, LINE, 6,
            light=light, depth=12, hi=kit.SKIN_HI, hi_depth=4)
    back = smooth([(1262, 900), (1290, 800), (1334, 716), (1400, 684), (1470, 690), (1540, 720), (1556, 780),
                   (1480, 860), (1360, 930)])
    svg.cel(back, kit.SKIN, kit.SKIN_SH, LINE, 7, light=light, depth=22, hi=kit.SKIN_HI, hi_depth=6)
    svg.line([(1320, 860), (1400, 770), (1470, 740)], LINE_SOFT, 2.5)  # a tendon under the skin


def flower_on_stone(svg: Svg, rng: random.Random) -> None:
    """The morning she comes: a close shot of the stone's base at dawn, Sakura's hand in the white sleeve of her
    medic's coat just letting go of the single flower she has laid on the cold plinth; beside it the incense he
    left, still smoking (he has been and gone). The lowest carved names above."""
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, H, [(0, "#5a6780"), (0.5, "#8e9cb0"), (1, "#a9b3bf")]))
    kit.glow(svg, 2300, 160, 900, "#f6dcc6", 0.5, sy=0.6)
    for i in range(6):  # far trees in the mist at the left, beyond the stone
        x = 60 + i * 70 + rng.uniform(-20, 20)
        svg.path(ellipse_d(x, 560 + rng.uniform(-40, 40), rng.uniform(70, 120), rng.uniform(180, 260)),
                 svg.soft("#5b6a80", 0.7, 0.3))
    kit.mist(svg, rng, (0, 420, 560, 820), 5, "#ccd4dc", 0.6)
    # the stone's lower front, polished black, its last rows of names
    front = smooth([(470, 760, 0), (470, 200), (480, -20, 0), (2560, -20, 0), (2560, 760, 0)], t=0.3)
    svg.path(front, svg.lin(470, 0, 2560, 0, [(0, "#1d222d"), (0.5, "#232a38"), (1, "#2c3443")]))
    svg.open(clip=svg.clip(front))
    _stone_names(svg, rng, 560, 2540, [-120, 300], skip=set(), cell=52, step=100)
    svg.path(taper([(1900, -20), (2150, 400), (2300, 760)], 160, 360), svg.soft("#cdd7e2", 0.18, 0.2))
    svg.close()
    svg.path(front, None, LINE, 7)
    # the plinth: its top face catching the dawn, its front in shadow, the ground and mist below
    top = [(330, 840), (470, 740), (2560, 740), (2560, 860)]
    svg.cel(smooth([(330, 840, 0), (470, 736, 0), (2560, 736, 0), (2560, 864, 0)], t=0.2), "#9aa0a8", "#858b94", LINE,
            6, light=(0.8, -1), depth=10)
    svg.cel(smooth([(330, 840, 0), (2560, 864, 0), (2560, 1060, 0), (330, 1040, 0)], t=0.2), "#6a707a", "#5a606a",
            LINE, 6, light=(0.8, -1), depth=10)
    svg.path(rect_d(0, 1040, W, H - 1040), svg.lin(0, 1040, 0, H, [(0, "#56664e"), (1, "#3e4c3a")]))
    del top
    for _ in range(18):  # older offerings along the base, and a few fallen petals
        x = rng.uniform(560, 1000)
        svg.path(ellipse_d(x, 790 + rng.uniform(-8, 14), 9, 7), rng.choice(["#e8e2d6", "#e6d48a", "#d8c0cc"]), op=0.8)
    _incense(svg, rng, 820, 780)
    _laid_flower(svg, (1240, 800), (1760, 846))
    _letting_go(svg)
    kit.mist(svg, rng, (0, 980, 2560, 1500), 8, "#c8d0da", 0.45, rx=(400, 800), ry=(90, 160))
    kit.vignette(svg, "#0c1018", 0.5)


def _incense(svg: Svg, rng: random.Random, x: float, y: float) -> None:
    """A small bronze holder with three sticks burnt low, and their smoke still rising up the stone."""
    svg.cel(smooth([(x - 60, y), (x + 60, y), (x + 50, y + 40, 0), (x - 50, y + 40, 0)], t=0.5), "#8a6a3a", "#6a4e2a",
            LINE, 5, light=(0.8, -1), depth=8)
    for k, dx in enumerate((-22, 0, 22)):
        svg.line([(x + dx, y), (x + dx + (k - 1) * 6, y - 70)], "#5a3a2a", 6)
        svg.path(ellipse_d(x + dx + (k - 1) * 6, y - 72, 6, 6), "#ff9a50")
    for k in range(3):
        x0 = x + (k - 1) * 10
        svg.path(taper([(x0, y - 76), (x0 + 30, y - 200), (x0 - 20, y - 330), (x0 + 40, y - 470), (x0 + 10, y - 620)],
                       3, 16), "#dfe6ee", op=0.35 - k * 0.08)


def _laid_flower(svg: Svg, bloom: tuple[float, float], end: tuple[float, float]) -> None:
    """One white flower lying on the plinth, its stem running to `end` where her fingers hold it, a leaf."""
    import math

    svg.path(ellipse_d(bloom[0] + 30, bloom[1] + 34, 130, 18), "#474d56", op=0.5)  # its shadow
    svg.path(taper([bloom, ((bloom[0] + end[0]) / 2, bloom[1] + 36), end], 12, 10), "#5a9650", LINE, 3)
    mid = ((bloom[0] + end[0]) / 2, bloom[1] + 34)
    svg.cel(smooth([mid, (mid[0] + 60, mid[1] - 50), (mid[0] + 120, mid[1] - 30), (mid[0] + 50, mid[1] - 6)]),
            "#6aa85c", "#4a8040", LINE, 4, light=(0.8, -1), depth=6)
    cx, cy = bloom
    for i in range(5):  # petals, the bloom seen from above and a little to the side
        a = math.radians(i * 72 + 10)
        px, py = cx + math.cos(a) * 62, cy + math.sin(a) * 40
        svg.cel(smooth([(cx, cy), (px + math.cos(a + 1.3) * 40, py + math.sin(a + 1.3) * 26),
                        (px + math.cos(a) * 26, py + math.sin(a) * 18),
                        (px + math.cos(a - 1.3) * 40, py + math.sin(a - 1.3) * 26)]),
                "#fafaf6", "#d6d6e2", LINE, 4, light=(0.8, -1), depth=8)
    svg.path(ellipse_d(cx, cy, 20, 14), "#f0c850", LINE, 3)


def _letting_go(svg: Svg) -> None:
    """Her right hand coming in from the right in the coat's white sleeve, fingers just opening off the stem."""
    light = (0.8, -0.6)
    svg.cel(smooth([(2600, 560), (2200, 640), (1980, 700), (1940, 760), (1990, 830), (2240, 860), (2600, 900)], t=0.8),
            kit.COAT, kit.COAT_SH, LINE, 8, light=light, depth=40, hi=kit.COAT_HI, hi_depth=8)  # the sleeve
    svg.line([(1990, 712), (1960, 760), (1996, 824)], "#aeb7c6", 5)  # its hem
    back = smooth([(1980, 700), (1900, 690), (1830, 720), (1800, 780), (1860, 820), (1960, 820)])
    svg.cel(back, kit.SKIN, kit.SKIN_SH, LINE, 6, light=light, depth=16, hi=kit.SKIN_HI, hi_depth=5)
    for base, tip, w, bend in (((1840, 730), (1736, 752), 34, -6), ((1830, 760), (1722, 800), 34, -4),
                               ((1836, 790), (1742, 832), 32, 4), ((1860, 812), (1790, 848), 28, 6)):
        svg.cel(kit.finger(base, tip, w, bend), kit.SKIN, kit.SKIN_SH, LINE, 5, light=light, depth=8,
                hi=kit.SKIN_HI, hi_depth=3)
        t = kit.along(base, tip, 0.86)
        svg.path(ellipse_d(t[0], t[1], w * 0.2, w * 0.16), "#fbe8dc", op=0.9)
    svg.cel(kit.finger((1880, 820), (1800, 870), 36, 8, tip_w=30), kit.SKIN, kit.SKIN_SH, LINE, 5, light=light,
            depth=8)  # the thumb, under the stem
