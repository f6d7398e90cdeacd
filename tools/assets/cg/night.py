"""Kakashi's apartment at night, lit only by the streetlamp through the window: the hug on the
couch (a teacher comforting a grieving student: his arms round her shoulders, her face hidden
against his vest), and the necklace (his hands fastening it on her while she sleeps)."""
from __future__ import annotations

import math
import random
import zlib

from . import kit
from .kit import LINE, LINE_SOFT
from .svg import Svg, ellipse_d, rect_d, smooth, taper

W, H = 2560, 1440
LAMP = "#ffb866"          # the streetlamp's sodium glow
NIGHT = (0.60, 0.62, 0.80)  # the room's colours times this: a blue night
LIGHT = (-1, -0.35)       # the window is on the left
RIM = "#d99a5e"           # lamp light catching an edge


def N(c: str, k: float = 1.0) -> str:
    """A colour as the night shows it (times NIGHT, and `k`)."""
    r, g, b = (int(c[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{max(0, min(255, round(v * m * k))):02x}" for v, m in zip((r, g, b), NIGHT))


def cel(svg: Svg, d: str, base: str, shade: str, lw: float = 7, depth: float = 20, rim: bool = True,
        hi: str | None = None) -> None:
    """`Svg.cel` in the night palette, lit from the window, with a warm rim on the lit edge."""
    svg.cel(d, N(base), N(shade), LINE, lw, light=LIGHT, depth=depth, hi=hi or (RIM if rim else None),
            hi_depth=8 if rim else 0)


def room(svg: Svg, rng: random.Random, couch: bool = True) -> None:
    """The apartment's wall at night: the window with the streetlamp, the shelf of orange books,
    and (unless `couch` is false) the couch seen from the front."""
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, H, [(0, N("#8a92ac")), (1, N("#646b86"))]))
    # the window, the night outside and the streetlamp just visible
    svg.path(rect_d(140, 60, 620, 640), N("#3a4270"), LINE, 8)
    svg.path(rect_d(170, 90, 560, 580), svg.lin(0, 90, 0, 670, [(0, "#151a36"), (1, "#2c3256")]))
    svg.path(smooth([(170, 520, 0), (300, 470), (420, 500), (560, 440), (730, 480, 0), (730, 670, 0),
                     (170, 670, 0)]), "#1a1f3c")  # roofs across the street
    svg.line([(560, 670), (560, 250)], "#0f1224", 16)
    svg.path(smooth([(520, 250), (600, 250), (580, 220), (540, 220)]), "#0f1224")
    kit.glow(svg, 560, 262, 140, "#ffd59a", 1.0)
    svg.path(ellipse_d(560, 262, 20, 14), "#fff4d8")
    svg.line([(450, 90), (450, 670)], N("#3a4270"), 12)
    svg.line([(170, 380), (730, 380)], N("#3a4270"), 12)
    for x0, x1 in ((60, 200), (690, 840)):  # curtains
        cel(svg, smooth([(x0, 40, 0), (x1, 40, 0), (x1 - 30, 400), (x1 + 10, 760, 0), (x0 - 10, 760, 0),
                         (x0 + 20, 400)]), "#8d7a6a", "#6f5e52", 6, 40)
    # a shelf on the right with a row of orange paperbacks
    svg.path(rect_d(1960, 330, 520, 24), N("#6b5446"), LINE, 5)
    x = 1990
    while x < 2400:
        w, h = rng.uniform(26, 40), rng.uniform(120, 150)
        orange = rng.random() < 0.7
        cel(svg, rect_d(x, 330 - h, w, h), "#e8893a" if orange else "#4f7aa8", "#b86628" if orange else "#3a5a80",
            3, 8, rim=False)
        x += w + 4
    if couch:
        _couch(svg)


def _couch(svg: Svg) -> None:
    cel(svg, smooth([(120, 1120), (160, 760), (400, 700), (1280, 690), (2200, 700), (2420, 760), (2460, 1120)]),
        "#7e8c84", "#65716a", 8, 40)
    cel(svg, smooth([(60, 1440, 0), (80, 980), (150, 900), (330, 910), (360, 1000), (380, 1440, 0)]), "#8a988f",
        "#6b776f", 8, 30)
    cel(svg, smooth([(300, 1440, 0), (330, 1120), (1280, 1090), (2300, 1110), (2360, 1440, 0)]), "#869389",
        "#6a756e", 8, 30)
    # lamp light falling across the couch from the window
    svg.path(ellipse_d(700, 980, 900, 420), svg.soft(LAMP, 0.16, 0.2))


def couch_hug(svg: Svg, rng: random.Random) -> None:
    _couch_hug(svg, rng, resting=False)


def couch_hug_rest(svg: Svg, rng: random.Random) -> None:
    """The same embrace a little later: her head has come up to rest against his neck, under his chin."""
    _couch_hug(svg, rng, resting=True)


def _couch_hug(svg: Svg, rng: random.Random, resting: bool) -> None:
    rng = random.Random(zlib.crc32(b"couch-hug"))  # both moments in the same room: the first one's seed
    room(svg, rng)
    _kakashi_body(svg)
    svg.open(transform="translate(-30 50) rotate(-6 1280 800)")
    _sakura_back(svg, resting)
    svg.close()
    _kakashi_arms(svg)
    svg.path(ellipse_d(1100, 700, 700, 500), svg.soft(LAMP, 0.10, 0.2))
    kit.vignette(svg, "#070914", 0.65)


def _kakashi_body(svg: Svg) -> None:
    # torso: vest with its high collar
    torso = smooth([(1130, 1440, 0), (1150, 900), (1190, 760), (1330, 700), (1460, 690), (1620, 700),
                    (1760, 760), (1810, 900), (1800, 1440, 0)])
    cel(svg, torso, kit.K_VEST, kit.K_VEST_SH, 9, 50)
    for y in (820, 950):  # scroll pouches on his left chest
        cel(svg, smooth([(1560, y), (1700, y - 8), (1712, y + 110), (1572, y + 116)], t=0.5), kit.K_VEST,
            kit.K_VEST_SH, 6, 14, rim=False)
        svg.line([(1566, y + 30), (1706, y + 22)], LINE_SOFT, 4)
    svg.line([(1470, 720), (1480, 1440)], LINE_SOFT, 5)
    collar = smooth([(1320, 720), (1350, 610), (1600, 600), (1630, 720), (1470, 760)])
    cel(svg, collar, kit.K_VEST, kit.K_VEST_SH, 7, 20)
    _kakashi_face(svg)


def _kakashi_face(svg: Svg) -> None:
    """Three-quarter view turned down towards her, the visible (right) eye closed, the band
    slanting down over his left eye (the viewer's right)."""
    cel(svg, smooth([(1390, 700), (1400, 560), (1560, 560), (1570, 690)]), kit.K_MASK, kit.K_MASK_SH, 7, 22,
        rim=False)
    face = smooth([(1330, 400), (1340, 500), (1370, 580), (1440, 640), (1510, 640), (1580, 580), (1610, 470),
                   (1600, 380), (1460, 350)])
    cel(svg, face, kit.SKIN, kit.SKIN_SH, 7, 20)
    mask = smooth([(1336, 500), (1400, 498), (1432, 486), (1470, 502), (1605, 498), (1585, 580), (1510, 644),
                   (1440, 644), (1372, 584)])
    cel(svg, mask, kit.K_MASK, kit.K_MASK_SH, 7, 26)
    svg.path(taper([(1432, 494), (1424, 530), (1416, 552)], 6, 2), N("#5a66a0"))  # the nose under the cloth
    svg.path(taper([(1416, 556), (1440, 562)], 5, 2), "#0d1020")
    # the visible eye, closed: a soft downward lid line with a lash; the brow lifted inside
    svg.path(taper([(1362, 462), (1388, 474), (1416, 470)], 5, 7, wmid=8), LINE)
    svg.line([(1414, 470), (1424, 462)], LINE, 3)
    svg.path(taper([(1356, 426), (1386, 420), (1420, 410)], 5, 8), N("#8e95a6"))
    # the forehead protector, slanted over his left eye
    band = smooth([(1320, 360), (1460, 330), (1620, 350), (1630, 470), (1560, 500), (1470, 470), (1380, 420),
                   (1322, 420)])
    cel(svg, band, kit.BAND, kit.BAND_SH, 7, 12, rim=False)
    plate = smooth([(1456, 372, 0), (1566, 364), (1594, 390), (1590, 462, 0), (1540, 470), (1478, 430, 0)], t=0.6)
    cel(svg, plate, kit.PLATE, kit.PLATE_SH, 6, 14, hi="#e8c9a0")
    for rx, ry in ((1474, 384), (1574, 378), (1574, 452)):
        svg.path(ellipse_d(rx, ry, 6, 6), N(kit.PLATE_SH))
    leaf = [(1522 + math.cos(t * 0.45) * (26 - t * 0.9), 420 + math.sin(t * 0.45) * (24 - t * 0.8)) for t in range(24)]
    svg.path(smooth(leaf, closed=False), None, N(kit.PLATE_SH), 5)  # the engraved leaf: a swirl and a point
    svg.path(smooth([(1546, 402, 0), (1570, 388, 0), (1560, 414, 0)]), None, N(kit.PLATE_SH), 4)
    # hair: silver spikes swept up and to his left (the viewer's right)
    hair = smooth([(1300, 420), (1290, 330), (1230, 300), (1300, 270), (1250, 180), (1350, 210), (1350, 100, 0),
                   (1430, 190), (1480, 60, 0), (1530, 180), (1640, 70, 0), (1630, 200), (1780, 150, 0), (1690, 260),
                   (1820, 280, 0), (1700, 330), (1770, 420, 0), (1660, 400), (1640, 470), (1610, 380), (1460, 340),
                   (1350, 380)], t=0.9)
    cel(svg, hair, kit.K_HAIR, kit.K_HAIR_SH, 8, 34, hi="#f0d0a8")
    for pts in ([(1400, 330), (1390, 250)], [(1480, 320), (1500, 210)], [(1560, 320), (1620, 220)],
                [(1620, 330), (1700, 290)]):
        svg.path(taper(pts, 10, 1), N(kit.K_HAIR_SH))
    for pts, w in (([(1350, 350), (1330, 420), (1340, 470)], 40), ([(1420, 340), (1410, 400)], 34)):
        cel(svg, taper(pts, w, 2), kit.K_HAIR, kit.K_HAIR_SH, 5, 10, hi="#f0d0a8")  # forelocks


def _sakura_back(svg: Svg, resting: bool = False) -> None:
    """Sakura at 15 seen from behind, turned into his chest: red top with the white circle on the
    back, elbow guard, her face hidden; her hand holding a fold of his vest."""
    back = smooth([(960, 1440, 0), (975, 1100), (985, 900), (1030, 820), (1140, 780), (1320, 784),
                   (1420, 830), (1460, 960), (1440, 1440, 0)])
    cel(svg, back, kit.S_RED, kit.S_RED_SH, 8, 40)
    svg.path(ellipse_d(1215, 1010, 80, 86), None, N("#f4f1ec"), 16)  # the white circle on her back
    arm = kit.finger((1010, 850), (975, 1090), 88, -10, tip_w=74)  # near arm, elbow guard
    cel(svg, arm, kit.SKIN, kit.SKIN_SH, 6, 16)
    cel(svg, smooth([(930, 1060), (1015, 1050), (1025, 1130), (940, 1140)]), kit.S_DARK, kit.S_DARK_SH, 5, 10)
    fist = smooth([(1440, 840), (1490, 830), (1510, 880), (1470, 910), (1440, 890)])  # holding his vest
    cel(svg, fist, kit.SKIN, kit.SKIN_SH, 5, 8)
    svg.line([(1460, 860), (1495, 858)], LINE_SOFT, 2.5)
    svg.line([(1456, 878), (1492, 880)], LINE_SOFT, 2.5)
    # the back of her head pressed against his chest
    cel(svg, smooth([(1180, 790), (1200, 720), (1300, 720), (1320, 800)]), kit.SKIN, kit.SKIN_SH, 5, 10, rim=False)
    if resting:  # her head up against his neck, tilted into it
        cel(svg, smooth([(1250, 800), (1330, 700), (1430, 710), (1380, 810)]), kit.SKIN, kit.SKIN_SH, 5, 10, rim=False)
    svg.open(transform="translate(1280 660) rotate(8) scale(1.14) translate(-1280 -660)" if not resting else
             "translate(1450 700) rotate(22) scale(1.08) translate(-1280 -660)")
    head = smooth([(1130, 700), (1150, 560), (1240, 500), (1350, 510), (1420, 580), (1430, 680), (1380, 760),
                   (1330, 740), (1300, 790), (1260, 750), (1220, 800), (1190, 750), (1150, 770)], t=0.9)
    cel(svg, head, kit.S_HAIR, kit.S_HAIR_SH, 8, 30, hi="#f7c0a0")
    svg.path(taper([(1170, 600), (1250, 540), (1340, 550)], 18, 6), N(kit.S_HAIR_HI), op=0.8)  # shine
    for pts in ([(1260, 600), (1240, 700)], [(1320, 610), (1330, 720)], [(1200, 640), (1180, 720)],
                [(1290, 560), (1290, 660)], [(1370, 600), (1390, 690)]):
        svg.path(taper(pts, 8, 1), N(kit.S_HAIR_SH))
    svg.close()


def _kakashi_arms(svg: Svg) -> None:
    """His arms round her: the right forearm across her shoulder blades from her left side, the
    left arm round her right side, both hands resting flat on her back."""
    fore = kit.finger((920, 930), (1170, 960), 112, 14, tip_w=94)
    cel(svg, fore, kit.K_SHIRT, kit.K_SHIRT_SH, 8, 24)
    _hand(svg, (1165, 958), 14)
    upper = kit.finger((1770, 770), (1730, 1020), 132, -8, tip_w=112)
    cel(svg, upper, kit.K_SHIRT, kit.K_SHIRT_SH, 8, 26, rim=False)
    fore2 = kit.finger((1735, 1010), (1470, 850), 110, -10, tip_w=92)
    cel(svg, fore2, kit.K_SHIRT, kit.K_SHIRT_SH, 8, 24, rim=False)
    _hand(svg, (1470, 850), 200, mirror=True)


def _hand(svg: Svg, at: tuple[float, float], rot: float, mirror: bool = False) -> None:
    """A gloved hand laid flat, seen from the back, fingers to +x (turned by `rot` degrees)."""
    flip = " scale(1 -1)" if mirror else ""
    svg.open(transform=f"translate({at[0]:.0f} {at[1]:.0f}) rotate({rot:.0f}){flip}")
    for dy, ln in ((-33, 80), (-11, 90), (11, 86), (32, 72)):
        cel(svg, kit.finger((56, dy), (56 + ln, dy * 1.05 + 6), 34, 4), kit.SKIN, kit.SKIN_SH, 5, 6, rim=False)
        svg.line([(56 + ln * 0.55, dy * 1.04 - 8), (56 + ln * 0.55, dy * 1.04 + 10)], LINE_SOFT, 2)
    cel(svg, kit.finger((24, -36), (72, -66), 34, -4), kit.SKIN, kit.SKIN_SH, 5, 6, rim=False)
    palm = smooth([(-20, -46), (60, -50), (96, -26), (98, 30), (74, 52), (-20, 48)])
    cel(svg, palm, kit.K_GLOVE, kit.K_GLOVE_SH, 6, 12, rim=False)
    cel(svg, smooth([(8, -24, 0), (56, -28, 0), (60, 20, 0), (10, 24, 0)], t=0.4), kit.PLATE, kit.PLATE_SH, 4, 6,
        rim=False)
    svg.close()


def necklace(svg: Svg, rng: random.Random) -> None:
    """A close shot from above: Sakura asleep under his green shuriken-print blanket, smiling a
    little; his gloved hands, reaching in from the right, hold the two ends of the fine gold chain
    at the side of her neck, the small sapphire already resting below her collar."""
    # the couch cushion she lies on, and the armrest cushion under her head
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, W, H, [(0, N("#7e8c84")), (1, N("#5e6a64"))]))
    for y in (260, 1180):
        svg.line([(0, y), (W, y + 40)], N("#56615b"), 6)
    cel(svg, smooth([(-40, -40, 0), (700, -40, 0), (560, 260), (380, 700), (200, 1100), (-40, 1200, 0)]), "#8a988f",
        "#6b776f", 8, 40)
    # her hair spread on the cushion, then her face: drawn upright, tipped as she lies
    svg.open(transform="translate(760 500) rotate(-35) scale(1.25)")
    cel(svg, smooth([(-230, 0), (-210, -170), (-100, -250), (60, -260), (200, -190), (240, -20), (220, 120),
                     (200, 200), (120, 170), (-120, 170), (-200, 200), (-230, 120)], t=0.9),
        kit.S_HAIR, kit.S_HAIR_SH, 7, 26, hi="#f7c0a0")
    _sleeping_face(svg)
    svg.close()
    _blanket(svg, rng)
    _chain(svg)
    _pinching_hand(svg, (972, 628), 48, left=True)
    _pinching_hand(svg, (1010, 690), 70, left=False)
    svg.path(ellipse_d(600, 600, 900, 700), svg.soft(LAMP, 0.12, 0.2))
    kit.vignette(svg, "#070914", 0.7)


def _sleeping_face(svg: Svg) -> None:
    """Sakura at 15 asleep (upright local frame, face centre at 0 0): closed eyes, a small smile."""
    cel(svg, smooth([(-70, 150), (70, 150), (80, 300), (-80, 300)]), kit.SKIN, kit.SKIN_SH, 6, 16)  # neck
    cel(svg, smooth([(-110, 250), (0, 236), (110, 250), (120, 330, 0), (-120, 330, 0)]), kit.S_RED, kit.S_RED_SH,
        6, 10)  # the collar of her top
    svg.line([(0, 240), (0, 330)], N("#7a1c24"), 5)  # zip
    face = smooth([(-150, -40), (-140, 60), (-100, 140), (-40, 186), (0, 194), (40, 186), (100, 140), (140, 60),
                   (150, -40), (120, -140), (0, -180), (-120, -140)])
    cel(svg, face, kit.SKIN, kit.SKIN_SH, 7, 20)
    for sx in (-1, 1):  # closed eyes: soft downward arcs with lashes
        x = 62 * sx
        svg.path(taper([(x - 40 * sx, 20), (x, 34), (x + 40 * sx, 22)], 5, 7, wmid=9), LINE)
        svg.line([(x + 40 * sx, 22), (x + 52 * sx, 12)], LINE, 3.5)
        svg.path(taper([(x - 34 * sx, -34), (x, -42), (x + 36 * sx, -36)], 4, 6), N("#c76b8c"))
        svg.path(ellipse_d(x + 10 * sx, 82, 34, 14), N("#f08a9a"), op=0.35)
    svg.line([(-6, 84), (4, 92)], N(kit.SKIN_SH, 0.9), 3)
    svg.path(taper([(-24, 128), (0, 138), (24, 128)], 4, 4, wmid=6), N("#a8505a"))  # a small smile
    # bangs over the forehead
    bangs = smooth([(-170, -40), (-150, -150), (-40, -210), (90, -200), (170, -110), (168, 0), (140, -20),
                    (112, 10), (84, -34), (40, -14), (0, -40), (-40, -12), (-84, -34), (-116, 4), (-144, -20)],
                   t=0.8)
    cel(svg, bangs, kit.S_HAIR, kit.S_HAIR_SH, 7, 22, hi="#f7c0a0")
    svg.path(taper([(-110, -150), (-20, -184), (80, -170)], 16, 4), N(kit.S_HAIR_HI), op=0.8)


def _blanket(svg: Svg, rng: random.Random) -> None:
    """His green shuriken-print blanket, pulled up to her shoulders."""
    d = smooth([(300, 1480, 0), (520, 1160), (760, 960), (1000, 880), (1240, 700), (1500, 560), (1800, 420),
                (2100, 380), (2600, 300, 0), (2600, 1480, 0)])
    cel(svg, d, "#5f8a4c", "#486d39", 9, 60)
    svg.open(clip=svg.clip(d))
    for _ in range(46):
        x, y = rng.uniform(300, 2560), rng.uniform(300, 1460)
        r = rng.uniform(26, 40)
        rot = rng.uniform(0, 90)
        star = smooth([(0, -r, 0), (r * 0.22, -r * 0.22), (r, 0, 0), (r * 0.22, r * 0.22), (0, r, 0),
                       (-r * 0.22, r * 0.22), (-r, 0, 0), (-r * 0.22, -r * 0.22)])
        svg.path(star, N("#3f6432"), extra=f'transform="translate({x:.0f} {y:.0f}) rotate({rot:.0f})"')
        svg.path(ellipse_d(x, y, r * 0.16, r * 0.16), N("#5f8a4c"))
    for pts in ([(1300, 800), (1500, 1000), (1600, 1300)], [(1800, 500), (1950, 800), (2100, 1100)],
                [(900, 1100), (1100, 1250), (1300, 1440)]):
        svg.path(taper(pts, 4, 30, wmid=26), N("#3c5b30"), op=0.6)  # folds
    svg.close()


def _chain(svg: Svg) -> None:
    """The fine gold chain: one end in each of his hands at the side of her neck, round the front
    of her neck to the small sapphire resting below her collar."""
    front = smooth([(972, 628), (940, 700), (930, 790), (950, 850), (975, 872)], closed=False)
    back = smooth([(1010, 690), (1000, 760), (990, 830), (982, 872)], closed=False)
    _chain_strokes(svg, (back, front))
    _sapphire(svg, (978, 912), -35)
    kit.glow(svg, 978, 912, 80, "#bcd3ff", 0.45)


GOLD, GOLD_SH = "#e9c15a", "#9a7426"


def _chain_strokes(svg: Svg, paths: tuple[str, ...], width: float = 7, dash: str = "7 5") -> None:
    """The fine gold chain along each path: a dark edge and a dashed gold line (its links)."""
    for d in paths:
        svg.path(d, None, GOLD_SH, width)
        svg.path(d, None, GOLD, 4, extra=f'stroke-dasharray="{dash}"')


def _sapphire(svg: Svg, at: tuple[float, float], rot: float, k: float = 1.0) -> None:
    """The pendant: a small sapphire in a gold setting with its ring, a glint of lamp light on it; `k` its size."""
    svg.open(transform=f"translate({at[0]:.0f} {at[1]:.0f}) rotate({rot:.0f})")
    svg.path(ellipse_d(0, 0, 30 * k, 38 * k), GOLD, LINE, 5)
    svg.path(ellipse_d(0, 2 * k, 21 * k, 28 * k), "#2a55b8")
    svg.path(smooth([(-12 * k, -10 * k), (0, -24 * k), (12 * k, -10 * k), (0, 20 * k)]), "#4f86e8")
    svg.path(ellipse_d(-7 * k, -10 * k, 6 * k, 8 * k), "#dbe8ff")
    svg.path(ellipse_d(0, -44 * k, 10 * k, 10 * k), None, GOLD, 5)
    svg.close()


def _pinching_hand(svg: Svg, tip: tuple[float, float], rot: float, left: bool) -> None:
    """A gloved hand reaching in from above, thumb and forefinger pinching the chain at `tip`;
    drawn pointing down (+y) and turned by `rot` degrees; `left` mirrors it."""
    flip = " scale(-1 1)" if left else ""
    svg.open(transform=f"translate({tip[0]:.0f} {tip[1]:.0f}) rotate({rot:.0f}) scale(1.5){flip}")
    cel(svg, kit.finger((-90, -1100), (-40, -180), 170, 0, tip_w=130), kit.K_SHIRT, kit.K_SHIRT_SH, 8, 30)  # sleeve
    for x, y in ((30, -84), (48, -104), (60, -128)):  # curled fingers, tucked in
        cel(svg, kit.finger((x - 26, y - 40), (x, y), 36, 6), kit.SKIN, kit.SKIN_SH, 5, 8, rim=False)
    palm = smooth([(-66, -250), (36, -254), (58, -190), (44, -126), (-4, -112), (-52, -134)])
    cel(svg, palm, kit.K_GLOVE, kit.K_GLOVE_SH, 6, 16)
    cel(svg, kit.finger((-6, -150), (2, -6), 36, 8, tip_w=30), kit.SKIN, kit.SKIN_SH, 5, 8, rim=False)  # index
    cel(svg, kit.finger((-10, -150), (-6, -96), 44, 4, tip_w=40), kit.K_GLOVE, kit.K_GLOVE_SH, 5, 8, rim=False)
    cel(svg, kit.finger((-64, -140), (-12, -4), 40, -14, tip_w=32), kit.SKIN, kit.SKIN_SH, 5, 8, rim=False)  # thumb
    cel(svg, smooth([(-36, -226, 0), (10, -228, 0), (16, -182, 0), (-30, -180, 0)], t=0.4), kit.PLATE,
        kit.PLATE_SH, 4, 6, hi="#e8c9a0")
    svg.path(ellipse_d(-4, 8, 9, 9), None, "#e9c15a", 4)  # the clasp's ring
    svg.close()


def chain_in_hand(svg: Svg, rng: random.Random) -> None:
    """'He feels in a vest pocket and takes out something small: a fine gold chain. It was his mother's.' A
    close shot of his gloved hand, open, palm up in the lamp light: the chain pooled in it, the small sapphire
    on his fingers; his vest's pocket, flap open, at the bottom left; the room dark and out of focus behind."""
    room(svg, rng, couch=True)
    svg.path(rect_d(0, 0, W, H), "#0a0d1c", op=0.55)  # the room falls away into the dark
    svg.path(ellipse_d(1300, 560, 1100, 620), svg.soft(LAMP, 0.16, 0.2))
    # the vest at the bottom left: its green cloth, a pocket with the flap turned up
    cel(svg, smooth([(-60, 900), (500, 860), (820, 1000), (900, 1440, 0), (-60, 1440, 0)]), kit.K_VEST, kit.K_VEST_SH,
        8, 40)
    cel(svg, smooth([(230, 1010), (560, 990), (590, 1250), (250, 1270)], t=0.5), kit.K_VEST, kit.K_VEST_SH, 6, 14)
    cel(svg, smooth([(220, 1010), (570, 988), (600, 900), (250, 930)], t=0.5), kit.K_VEST_HI, kit.K_VEST, 6, 10)
    # the forearm in its navy sleeve, from the bottom right to the wrist
    cel(svg, kit.finger((2300, 1500), (1520, 860), 300, -20, tip_w=230), kit.K_SHIRT, kit.K_SHIRT_SH, 8, 40)
    # the open hand, palm up, fingers towards the upper left and a little curled
    svg.open(transform="translate(1300 700) rotate(-30)")
    for x, ln, w in ((-120, 250, 62), (-40, 290, 66), (40, 280, 64), (112, 230, 58)):
        svg.cel(kit.finger((x, 0), (x * 1.1 + 10, -ln), w, 16, tip_w=w * 0.8), N(kit.SKIN, 1.3), N(kit.SKIN_SH, 1.25),
                LINE, 6, light=LIGHT, depth=12, hi=RIM, hi_depth=6)  # the lamp's warmth on them
        svg.path(ellipse_d(x * 1.1 + 10, -ln + 24, w * 0.22, w * 0.18), "#fbe8dc", op=0.6)
    palm = smooth([(-170, -30), (-60, -60), (80, -56), (170, -20), (190, 160), (90, 250), (-120, 240), (-190, 130)])
    cel(svg, palm, kit.K_GLOVE, kit.K_GLOVE_SH, 8, 22)  # the glove's palm
    svg.line([(-120, 60), (0, 110), (120, 80)], N("#3a3f58"), 4)  # a crease
    cel(svg, kit.finger((170, 150), (300, -40), 78, -20, tip_w=60), kit.K_GLOVE, kit.K_GLOVE_SH, 6, 14)  # thumb
    svg.close()
    # the chain pooled in the palm, one loop over the fingers, the sapphire resting on them
    loops = [
        smooth([(1210, 760), (1280, 700), (1380, 720), (1400, 800), (1320, 850), (1230, 830)], closed=True),
        smooth([(1250, 780), (1320, 740), (1370, 790), (1300, 820)], closed=True),
        smooth([(1380, 720), (1300, 620), (1180, 560), (1100, 540)], closed=False),
    ]
    _chain_strokes(svg, tuple(loops), 8, "8 5")
    _sapphire(svg, (1080, 560), 20, 1.15)
    kit.glow(svg, 1080, 560, 120, "#bcd3ff", 0.5)
    kit.glow(svg, 1250, 620, 420, LAMP, 0.22)
    kit.vignette(svg, "#05060e", 0.7)
