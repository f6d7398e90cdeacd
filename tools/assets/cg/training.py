"""Training, the first three weeks: Sakura at 13 doing one-armed push-ups under the cherry tree, Kakashi
sitting cross-legged on her back, reading his orange book.  Side on, both facing right: her face
screwed up, sweat flying; his one eye on the page."""
from __future__ import annotations

import random

from . import kakashi, kit
from .kit import LINE, LINE_SOFT
from .lunch import _seated_vest, _sky_and_field, _tree
from .svg import Svg, ellipse_d, smooth, taper

W, H = 2560, 1440
GROUND = 1240  # where they are drawn
PLACED = 990  # where their ground line is put in the picture (the textbox covers about the lowest 28 %)
LIGHT = (-1, -0.7)
BOOK, BOOK_SH, BOOK_HI = "#f08c2a", "#c8681a", "#ffb45e"


def push_ups(svg: Svg, rng: random.Random) -> None:
    _sky_and_field(svg, rng)
    svg.open(transform="translate(1290 950) scale(0.85) translate(-1290 -1190)")  # the tree just behind them
    _tree(svg, rng)
    svg.close()
    # the two of them a little back in the field, so the whole of the push-up is above the textbox
    svg.open(transform=f"translate(1160 {PLACED}) scale(0.8) translate(-1160 {-GROUND})")
    svg.path(ellipse_d(1160, GROUND + 6, 620, 40), svg.soft("#2f5a2c", 0.55, 0.4))  # their shadow
    _sakura_plank(svg)
    _kakashi_seated(svg)
    for x, y, r in ((1770, 830, 1.0), (1815, 900, 0.8), (1560, 760, 0.7)):  # sweat flying off her
        svg.path(smooth([(x, y - 26 * r), (x + 14 * r, y + 4 * r), (x, y + 16 * r), (x - 14 * r, y + 4 * r)]),
                 "#cfe9ff", "#4d7fa8", 4)
    svg.close()
    _petals_and_vignette(svg, rng, 50)


def _petals_and_vignette(svg: Svg, rng: random.Random, count: int) -> None:
    """Blossom drifting down over the whole picture, then the field pictures' soft vignette."""
    for _ in range(count):
        x, y = rng.uniform(0, W), rng.uniform(60, H - 60)
        kit.petal(svg, x, y, rng.uniform(9, 16), rng.uniform(0, 360), rng.choice(("#fbd3e0", "#f6b8cc", "#fff0f5")),
                  op=0.95)
    kit.vignette(svg, "#1d2a3a", 0.35)


def _book(svg: Svg, pages: list[tuple[float, ...]]) -> None:
    """The orange paperback in its own frame (the caller places it): the cover facing us, the edge of its pages
    along `pages`, and the red mark on the cover."""
    svg.cel(smooth([(-10, -70, 0), (80, -86, 0), (86, 70, 0), (-4, 86, 0)], t=0.3), BOOK, BOOK_SH, LINE, 6,
            light=LIGHT, depth=14, hi=BOOK_HI, hi_depth=5)
    svg.path(smooth(pages, t=0.3), "#fff6e8", LINE, 4)
    svg.path(ellipse_d(40, -10, 22, 28), "#d8432c", op=0.9)


def _limb(svg: Svg, a: tuple[float, float], b: tuple[float, float], w0: float, w1: float, base: str,
          shade: str, bend: float = 0, lw: float = 6) -> None:
    svg.cel(kit.finger(a, b, w0, bend, tip_w=w1), base, shade, LINE, lw, light=LIGHT, depth=w0 * 0.22)


def _sakura_plank(svg: Svg) -> None:
    """Straight as a board from her heels to her head, on the toes of her sandals and her left hand; the
    other hand in a fist on the small of her back. The arm bends a little, trembling."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    # far leg, a little higher and darker; then the near leg
    _limb(svg, (1060, 1050), (880, 1108), 92, 74, kit.S_DARK_SH, "#1e1a22")
    _limb(svg, (880, 1108), (640, 1190), 62, 46, skin_sh, "#c2907c")
    _limb(svg, (1060, 1070), (890, 1128), 96, 76, kit.S_DARK, kit.S_DARK_SH)
    _limb(svg, (890, 1128), (650, 1210), 64, 48, skin, skin_sh)
    for x0, y0 in ((560, 1180), (572, 1202)):  # sandals, on their toes
        svg.cel(smooth([(x0 + 40, y0 - 18), (x0 + 110, y0 - 4), (x0 + 100, y0 + 34, 0), (x0 + 30, GROUND, 0),
                        (x0 + 10, y0 + 10)]), "#3b3448", "#2a2533", LINE, 5, light=LIGHT, depth=8)
    # torso: the red top, from her hips to her shoulders, tilted up towards her head
    torso = smooth([(1030, 1000), (1250, 935), (1460, 880), (1540, 890), (1560, 960), (1480, 1010),
                    (1260, 1080), (1050, 1120), (1000, 1070)])
    svg.cel(torso, kit.S_RED, kit.S_RED_SH, LINE, 7, light=LIGHT, depth=30, hi=kit.S_RED_HI, hi_depth=7)
    svg.cel(smooth([(1000, 1010), (1080, 990), (1100, 1110), (1010, 1130)], t=0.6), kit.S_DARK, kit.S_DARK_SH,
            LINE, 6, light=LIGHT, depth=10)  # the top of her shorts
    svg.line([(1120, 1060), (1300, 1020), (1440, 975)], LINE_SOFT, 4)
    # the fist on the small of her back
    svg.cel(smooth([(1090, 990), (1130, 975), (1150, 1005), (1110, 1020)]), skin, skin_sh, LINE, 5,
            light=LIGHT, depth=8)
    # the supporting arm: shoulder to the ground, the elbow giving a little
    _limb(svg, (1500, 930), (1468, 1090), 62, 52, skin, skin_sh, bend=-8)
    _limb(svg, (1468, 1090), (1520, 1222), 52, 44, skin, skin_sh, bend=6)
    svg.cel(smooth([(1480, 1215), (1560, 1212), (1600, 1236, 0), (1480, GROUND + 2, 0)]), skin, skin_sh, LINE, 5,
            light=LIGHT, depth=6)  # the hand flat on the grass
    for x in (1540, 1500):  # shaking
        svg.line([(x - 60, 1060), (x - 74, 1080)], LINE_SOFT, 3)
    _sakura_head(svg, (1650, 900))


def _sakura_head(svg: Svg, at: tuple[float, float], happy: bool = False, turn: float = 12, limp: bool = False,
                 scream: bool = False) -> None:
    """Her head, facing right (tipped by `turn` degrees): the pink bob, the headband; eyes squeezed shut and teeth
    gritted, or (`happy`) eyes shut in a smile and her mouth open, chattering, or (`limp`) eyes closed, worn out."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    x, y = at
    svg.open(transform=f"translate({x:.0f} {y:.0f}) rotate({turn:.0f})")
    svg.cel(smooth([(-150, 20), (-90, 10), (-80, 60), (-150, 70)]), skin, skin_sh, LINE, 5, light=LIGHT,
            depth=8)  # the neck
    face = smooth([(-80, -90), (10, -80), (60, -30), (74, 0), (64, 14), (70, 34), (40, 70), (-20, 76),
                   (-90, 40)])
    svg.cel(face, skin, skin_sh, LINE, 6, light=LIGHT, depth=14)
    if scream:
        svg.line([(14, -14), (30, -6), (14, 2)], LINE, 6)  # an eye squeezed shut: ">"
        svg.line([(-4, -34), (32, -22)], LINE, 6)  # the brow, drawn hard down
        svg.path(smooth([(22, 26), (62, 22), (66, 62), (30, 68)], t=0.7), "#5a1a22", LINE, 4)  # screaming
        svg.path(smooth([(26, 30), (58, 27), (56, 36), (28, 38)], t=0.5), "#ffffff")
        svg.path(taper([(22, 4), (18, 40), (10, 70)], 8, 3), "#cfe6ff", op=0.9)  # a tear down her cheek
        svg.path(ellipse_d(-4, 22, 22, 12), "#f28080", op=0.55)
    elif limp:
        svg.path(taper([(8, -10), (24, 0), (42, -6)], 4, 4, wmid=7), LINE)  # an eye closed, the lid heavy
        svg.line([(40, 40), (54, 42)], "#b9645f", 3)
        svg.path(ellipse_d(-4, 22, 20, 11), "#f2a0a0", op=0.3)
    elif happy:
        svg.path(taper([(8, -6), (24, -18), (40, -8)], 4, 4, wmid=7), LINE)  # an eye shut in a smile: "^"
        svg.path(smooth([(30, 34), (60, 30), (52, 56), (36, 56)], t=0.6), "#b9454f", LINE, 4)  # open, talking
        svg.path(ellipse_d(-4, 22, 20, 11), "#f2a0a0", op=0.5)
    else:
        svg.line([(14, -14), (30, -6), (14, 2)], LINE, 6)  # an eye squeezed shut: ">"
        svg.line([(-2, -30), (30, -26)], LINE, 5)  # the brow, drawn down
        svg.path(smooth([(26, 36), (56, 32), (54, 50), (28, 52)], t=0.5), "#ffffff", LINE, 4)  # gritted teeth
        svg.line([(28, 43), (54, 41)], LINE_SOFT, 2)
        svg.path(ellipse_d(-4, 22, 20, 11), "#f2a0a0", op=0.5)  # flushed
    kit.sakura_hair_and_band(svg, LIGHT, lock=-20)
    svg.close()


def _kakashi_seated(svg: Svg) -> None:
    """Sitting cross-legged on her shoulders' end of her back, upright and at ease, the open book in both
    hands at the height of his chin, his one visible eye on the page."""
    navy, navy_sh = kit.K_SHIRT, kit.K_SHIRT_SH
    seat = (1170, 958)  # where he sits, on the top line of her back, between her hips and shoulders
    # crossed legs: the far shin, then the near thigh and shin folded in front of him
    _limb(svg, (seat[0] - 40, seat[1] - 20), (seat[0] + 190, seat[1] - 70), 120, 100, navy_sh, "#171c30")
    _limb(svg, (seat[0] + 190, seat[1] - 70), (seat[0] + 30, seat[1] - 40), 96, 84, navy_sh, "#171c30")
    _limb(svg, (seat[0] - 20, seat[1] - 5), (seat[0] + 210, seat[1] - 40), 130, 110, navy, navy_sh)
    _limb(svg, (seat[0] + 210, seat[1] - 40), (seat[0] + 60, seat[1] + 5), 100, 86, navy, navy_sh)
    svg.cel(smooth([(seat[0] + 30, seat[1] + 10), (seat[0] + 100, seat[1] - 12), (seat[0] + 120, seat[1] + 20, 0),
                    (seat[0] + 20, seat[1] + 32, 0)]), "#252a38", "#181b26", LINE, 5, light=LIGHT, depth=8)  # a sandal
    # torso: the green vest, upright
    sx, sy = seat
    torso = smooth([(sx - 110, sy - 20), (sx - 120, sy - 200), (sx - 90, sy - 330), (sx - 20, sy - 360),
                    (sx + 60, sy - 340), (sx + 90, sy - 220), (sx + 80, sy - 40), (sx + 20, sy)])
    svg.cel(torso, kit.K_VEST, kit.K_VEST_SH, LINE, 8, light=LIGHT, depth=40, hi=kit.K_VEST_HI, hi_depth=8)
    for y in (sy - 280, sy - 180):  # scroll pouches
        svg.cel(smooth([(sx + 20, y), (sx + 84, y - 4), (sx + 88, y + 74), (sx + 24, y + 78)], t=0.5), kit.K_VEST,
                kit.K_VEST_SH, LINE, 5, light=LIGHT, depth=12)
    svg.line([(sx - 10, sy - 350), (sx + 10, sy - 200), (sx + 14, sy - 20)], LINE_SOFT, 4)
    # head, facing right, tipped down to the book
    svg.open(transform=f"translate({sx - 30} {sy - 350}) scale(0.6) rotate(16) translate(-240 -640)")
    kakashi.profile_head(svg, (1, -0.7), LINE, eye="open", hair=(kit.K_HAIR, kit.K_HAIR_SH, kit.K_HAIR_HI))
    svg.close()
    # the far arm, to the book's far edge; the book; the near arm holding it
    _limb(svg, (sx + 40, sy - 320), (sx + 110, sy - 190), 70, 60, navy_sh, "#171c30")
    _limb(svg, (sx + 110, sy - 190), (sx + 200, sy - 270), 60, 52, navy_sh, "#171c30")
    bx, by = sx + 200, sy - 330
    svg.open(transform=f"translate({bx} {by}) rotate(-24)")
    _book(svg, [(-10, -70, 0), (-18, -60, 0), (-12, 94, 0), (-4, 86, 0)])
    svg.line([(10, 40), (70, 36)], BOOK_SH, 6)
    svg.close()
    _limb(svg, (sx - 40, sy - 310), (sx + 40, sy - 170), 80, 66, navy, navy_sh)
    _limb(svg, (sx + 40, sy - 170), (sx + 170, sy - 280), 66, 56, navy, navy_sh)
    svg.cel(smooth([(sx + 160, sy - 300), (sx + 200, sy - 310), (sx + 210, sy - 270), (sx + 170, sy - 256)]),
            kit.K_GLOVE, kit.K_GLOVE_SH, LINE, 5, light=LIGHT, depth=8)  # the gloved hand on the spine


def apple(svg: Svg, rng: random.Random) -> None:
    """The apple: Sakura standing stiff against the cherry tree, eyes shut tight, a kunai through the apple on
    her head and into the bark; Kakashi across the field, his throwing arm still out, the book in his other
    hand."""
    _sky_and_field(svg, rng)
    svg.open(transform="translate(-470 -10)")  # the tree on the left of the picture
    _tree(svg, rng)
    svg.close()
    svg.path(ellipse_d(830, 1185, 170, 24), svg.soft("#2f5a2c", 0.55, 0.4))
    top = _sakura_standing(svg, 830, 1180)
    ay = top - 44  # the apple sits on her hair
    _pinned_apple(svg, 830, ay)
    for k in range(3):  # the kunai's path through the air
        y = ay - 20 + k * 22
        svg.path(taper([(1700, y + 60), (1300, y + 20), (960, y)], 2, 7), "#ffffff", op=0.75 - k * 0.2)
    svg.path(ellipse_d(1980, 1110, 120, 18), svg.soft("#2f5a2c", 0.5, 0.4))
    _kakashi_after_throw(svg, 1980, 1105)
    _petals_and_vignette(svg, rng, 40)


def _sakura_standing(svg: Svg, x: float, foot: float) -> float:
    """Sakura at 13, facing us, back to the trunk and stiff as a post: arms pressed to her sides, fists
    clenched, eyes screwed shut, mouth a wobbly line, sweat. Returns the top of her head."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    svg.open(transform=f"translate({x:.0f} {foot:.0f}) scale(0.86) translate({-x:.0f} {-foot:.0f})")
    for side in (-1, 1):  # legs, then sandals
        _limb(svg, (x + side * 34, foot - 280), (x + side * 30, foot - 30), 58, 46, skin, skin_sh)
        svg.cel(smooth([(x + side * 30 - 34, foot - 40), (x + side * 30 + 34, foot - 40), (x + side * 30 + 40, foot, 0),
                        (x + side * 30 - 40, foot, 0)], t=0.6), "#3b3448", "#2a2533", LINE, 5, light=LIGHT, depth=8)
    shorts = smooth([(x - 90, foot - 410), (x + 90, foot - 410), (x + 96, foot - 270, 0), (x + 4, foot - 280),
                     (x - 96, foot - 270, 0)], t=0.7)
    svg.cel(shorts, kit.S_DARK, kit.S_DARK_SH, LINE, 6, light=LIGHT, depth=14)
    torso = smooth([(x - 90, foot - 400), (x - 98, foot - 540), (x - 70, foot - 610), (x + 70, foot - 610),
                    (x + 98, foot - 540), (x + 90, foot - 400)], t=0.8)
    svg.cel(torso, kit.S_RED, kit.S_RED_SH, LINE, 7, light=LIGHT, depth=26, hi=kit.S_RED_HI, hi_depth=6)
    svg.line([(x, foot - 600), (x, foot - 410)], kit.S_RED_SH, 4)  # the zip
    for side in (-1, 1):  # arms pressed straight down, fists
        _limb(svg, (x + side * 102, foot - 592), (x + side * 116, foot - 410), 46, 40, skin, skin_sh)
        svg.cel(smooth([(x + side * 116 - 25, foot - 420), (x + side * 116 + 25, foot - 420),
                        (x + side * 118 + 23, foot - 372), (x + side * 116 - 23, foot - 370)]), skin, skin_sh, LINE, 5,
                light=LIGHT, depth=6)
    svg.cel(smooth([(x - 56, foot - 610), (x + 56, foot - 610), (x + 52, foot - 646), (x - 52, foot - 646)], t=0.5),
            kit.S_RED, kit.S_RED_SH, LINE, 5, light=LIGHT, depth=6)  # the high collar
    hy = foot - 740  # the head's centre: a big head on a small body, she is thirteen
    svg.cel(smooth([(x - 24, hy + 80), (x + 24, hy + 80), (x + 22, hy + 110), (x - 22, hy + 110)]), skin, skin_sh,
            LINE, 5, light=LIGHT, depth=6)  # neck
    face = smooth([(x - 90, hy - 40), (x + 90, hy - 40), (x + 88, hy + 30), (x + 42, hy + 88), (x, hy + 98),
                   (x - 42, hy + 88), (x - 88, hy + 30)], t=0.9)
    svg.cel(face, skin, skin_sh, LINE, 6, light=LIGHT, depth=12)
    for side in (-1, 1):  # eyes squeezed shut: > and <
        ex = x + side * 42
        svg.line([(ex - side * 18, hy - 6), (ex + side * 14, hy + 6), (ex - side * 18, hy + 18)], LINE, 6)
        svg.path(ellipse_d(ex + side * 6, hy + 40, 20, 10), "#f2a0a0", op=0.45)
    svg.line([(x - 26, hy + 62), (x - 13, hy + 56), (x, hy + 62), (x + 13, hy + 56), (x + 26, hy + 62)], LINE, 4)
    hair = smooth([(x - 116, hy + 70), (x - 124, hy - 40), (x - 84, hy - 122), (x, hy - 142), (x + 84, hy - 122),
                   (x + 124, hy - 40), (x + 116, hy + 70), (x + 88, hy + 40), (x + 84, hy - 30), (x + 42, hy - 60),
                   (x, hy - 50), (x - 42, hy - 60), (x - 84, hy - 30), (x - 88, hy + 40)], t=0.9)
    svg.cel(hair, kit.S_HAIR, kit.S_HAIR_SH, LINE, 7, light=LIGHT, depth=22, hi=kit.S_HAIR_HI, hi_depth=7)
    band = smooth([(x - 114, hy - 98), (x, hy - 114), (x + 114, hy - 98), (x + 108, hy - 72), (x, hy - 88),
                   (x - 108, hy - 72)])
    svg.cel(band, kit.S_BAND, kit.S_BAND_SH, LINE, 5, light=LIGHT, depth=6)
    svg.cel(smooth([(x - 46, hy - 110, 0), (x + 46, hy - 110, 0), (x + 44, hy - 78, 0), (x - 44, hy - 78, 0)], t=0.4),
            kit.PLATE, kit.PLATE_SH, LINE, 4, light=LIGHT, depth=6, hi=kit.PLATE_HI, hi_depth=3)
    for sx, sy, r in ((x + 150, hy - 40, 1.0), (x - 160, hy - 10, 0.8), (x + 140, hy + 40, 0.7)):  # sweat
        svg.path(smooth([(sx, sy - 26 * r), (sx + 14 * r, sy + 4 * r), (sx, sy + 16 * r), (sx - 14 * r, sy + 4 * r)]),
                 "#cfe9ff", "#4d7fa8", 4)
    svg.close()
    return foot - (foot - (hy - 142)) * 0.86


def _pinned_apple(svg: Svg, x: float, y: float) -> None:
    """A red apple on her head, a kunai through it, its point sunk in the bark behind."""
    svg.cel(smooth([(x - 50, y - 30), (x - 8, y - 46), (x, y - 36), (x + 8, y - 46), (x + 50, y - 30), (x + 56, y + 20),
                    (x + 20, y + 50), (x - 20, y + 50), (x - 56, y + 20)], t=0.9), "#d43a3a", "#a02828", LINE, 5,
            light=LIGHT, depth=14, hi="#f27c6c", hi_depth=6)
    svg.line([(x, y - 38), (x + 6, y - 62)], "#6e4e3e", 5)  # the stalk
    svg.path(smooth([(x + 6, y - 58), (x + 40, y - 74), (x + 30, y - 50)]), "#6fae4c", LINE, 3)  # a leaf
    # the kunai: its blade through the apple (the point hidden in it), the ring and grip sticking out right
    svg.path(smooth([(x + 40, y - 4, 0), (x + 120, y - 14, 0), (x + 120, y + 8, 0), (x + 40, y + 6, 0)], t=0.2),
             "#b8c0cb", LINE, 4)
    svg.path(smooth([(x + 118, y - 10, 0), (x + 200, y - 8, 0), (x + 200, y + 4, 0), (x + 118, y + 6, 0)], t=0.2),
             "#2a2e40", LINE, 4)  # the wrapped grip
    svg.path(ellipse_d(x + 220, y - 2, 20, 16), None, LINE, 6)  # the ring
    for k in (-1, 1):  # it still quivers
        svg.line([(x + 250, y - 2 + k * 22), (x + 280, y - 2 + k * 30)], LINE_SOFT, 4)


def _kakashi_after_throw(svg: Svg, x: float, foot: float) -> None:
    """Kakashi across the field, smaller with the distance, side on and facing left: his throwing arm still
    out towards her, the open book held up in the other hand, his eye on the page."""
    navy, navy_sh = kit.K_SHIRT, kit.K_SHIRT_SH
    s = 0.62  # the distance
    def p(dx: float, dy: float) -> tuple[float, float]:
        return (x + dx * s, foot + dy * s)
    _limb(svg, p(20, -560), p(60, -20), 110 * s, 80 * s, navy_sh, "#171c30")  # far leg
    _limb(svg, p(-20, -560), p(-70, -20), 120 * s, 86 * s, navy, navy_sh)  # near leg, a step forward
    for fx in (60, -70):
        svg.cel(smooth([p(fx - 60, -40), p(fx + 40, -40), p(fx + 40, 0), p(fx - 70, 0)], t=0.5), "#252a38", "#181b26",
                LINE, 4, light=LIGHT, depth=6)
    torso = smooth([p(-90, -560), p(-110, -800), p(-70, -950), p(40, -960), p(90, -820), p(80, -560)], t=0.8)
    svg.cel(torso, kit.K_VEST, kit.K_VEST_SH, LINE, 6, light=LIGHT, depth=26, hi=kit.K_VEST_HI, hi_depth=6)
    # head, facing left (the profile mirrored), tipped down to the page
    hx, hy = p(-10, -960)
    svg.open(transform=f"translate({hx:.0f} {hy:.0f}) scale({-0.6 * s:.3f} {0.6 * s:.3f}) rotate(12) translate(-240 -640)")
    kakashi.profile_head(svg, (1, -0.7), LINE, eye="covered", hair=(kit.K_HAIR, kit.K_HAIR_SH, kit.K_HAIR_HI))
    svg.close()
    # the throwing arm (near side), straight out towards her, the hand open after letting go
    _limb(svg, p(-40, -900), p(-330, -860), 76 * s, 62 * s, navy, navy_sh)
    svg.cel(smooth([p(-330, -885), p(-395, -890), p(-400, -850), p(-335, -835)]), kit.K_GLOVE, kit.K_GLOVE_SH,
            LINE, 4, light=LIGHT, depth=6)
    # the book arm (far side), bent up over the other, the open book held before his eye
    _limb(svg, p(30, -900), p(-40, -820), 66 * s, 58 * s, navy_sh, "#171c30")
    _limb(svg, p(-40, -820), p(-150, -1000), 58 * s, 52 * s, navy_sh, "#171c30")
    bx, by = p(-200, -1060)
    svg.open(transform=f"translate({bx:.0f} {by:.0f}) rotate(-8) scale({s * 1.3:.3f})")
    _book(svg, [(80, -86, 0), (92, -76, 0), (96, 80, 0), (86, 70, 0)])
    svg.close()
    svg.cel(smooth([p(-150, -1020), p(-110, -1030), p(-105, -990), p(-145, -980)]), kit.K_GLOVE, kit.K_GLOVE_SH,
            LINE, 4, light=LIGHT, depth=6)  # the hand at the book's spine


def hug(svg: Svg, rng: random.Random) -> None:
    """'She flings her arms around him': Kakashi sitting against the cherry tree's trunk, stunned, his eye wide,
    hands open, the orange book dropping; Sakura at 13 kneeling beside him, her arms round his neck, her cheek
    against his shoulder, eyes shut and smiling."""
    _hug(svg, rng, relaxed=False)


def hug_eased(svg: Svg, rng: random.Random) -> None:
    """Between the two: the stiffness gone out of his shoulders, his eye smiling, his near hand come to rest on
    his knee; the book lies in the grass. ("Slowly, the stiffness goes out of his shoulders.")"""
    _hug(svg, rng, relaxed=True, ruffle=False)


def hug_relaxed(svg: Svg, rng: random.Random) -> None:
    """The same moment, a breath later: the stiffness gone out of his shoulders, his eye smiling, his hand
    reaching up to ruffle her short pink hair; the book lies in the grass."""
    _hug(svg, rng, relaxed=True)


GRASS = 1170  # the lunch picture's ground line, under the same tree


def _hug(svg: Svg, rng: random.Random, relaxed: bool, ruffle: bool = True) -> None:
    rng = random.Random(2604)  # both moments on the same field and tree, whatever their names' seeds
    _sky_and_field(svg, rng)
    svg.open(transform="translate(0 -90)")  # lifted a little, tree and all: their faces and hands above the textbox
    _tree(svg, rng)
    svg.path(ellipse_d(1080, GRASS + 10, 520, 44), svg.soft("#2f5a2c", 0.55, 0.4))
    if relaxed:
        _book_in_grass(svg, 1480, GRASS - 10)
    _kakashi_against_trunk(svg, relaxed)
    _sakura_kneeling_hug(svg)
    if relaxed and not ruffle:  # his near arm let down, the hand resting on his own thigh by his hip
        _limb(svg, (1180, 720), (1215, 900), 86, 74, kit.K_SHIRT, kit.K_SHIRT_SH)
        _limb(svg, (1215, 900), (1175, 1015), 74, 64, kit.K_SHIRT, kit.K_SHIRT_SH)
        hx, hy = 1165, 1030
        kit.gloved_hand(svg, LIGHT, [(hx - 50, hy - 20), (hx + 10, hy - 36), (hx + 50, hy - 10), (hx + 40, hy + 26),
                                     (hx - 40, hy + 24)], (hx - 30, hy + 14), (hx - 44, hy + 50), 22, 22)
    elif relaxed:  # his near arm round to her head, the hand in her hair, ruffling
        _limb(svg, (1170, 730), (1130, 590), 86, 74, kit.K_SHIRT, kit.K_SHIRT_SH)
        _limb(svg, (1130, 590), (1040, 630), 74, 64, kit.K_SHIRT, kit.K_SHIRT_SH)
        hx, hy = 1000, 630
        kit.gloved_hand(svg, LIGHT, [(hx - 60, hy - 10), (hx + 10, hy - 40), (hx + 80, hy - 20), (hx + 70, hy + 30),
                                     (hx - 40, hy + 30)], (hx - 40, hy), (hx - 70, hy + 60), 30, 26)
        for dx, dy in ((-110, -30), (-120, 10), (110, -60)):  # the ruffle
            svg.line([(hx + dx, hy + dy), (hx + dx * 1.25, hy + dy - 14)], LINE_SOFT, 4)
    else:
        _book_falling(svg, 1470, 860)
    svg.close()
    _petals_and_vignette(svg, rng, 50)


def _kakashi_against_trunk(svg: Svg, relaxed: bool) -> None:
    """Sitting on the grass with his back to the trunk, facing left, legs out before him; startled (eye wide,
    both hands open in the air) or, relaxed, his eye smiling and his near arm reaching up to her head."""
    navy, navy_sh = kit.K_SHIRT, kit.K_SHIRT_SH
    _limb(svg, (1200, 1130), (860, 1150), 130, 100, navy_sh, "#171c30")  # far leg, flat
    _limb(svg, (1210, 1110), (1010, 1050), 140, 112, navy, navy_sh)  # near leg, the knee a little up
    _limb(svg, (1010, 1050), (840, 1140), 112, 92, navy, navy_sh)
    for x0 in (820, 800):
        svg.cel(smooth([(x0 + 40, 1110), (x0 - 60, 1120), (x0 - 80, GRASS, 0), (x0 + 50, GRASS, 0)], t=0.5), "#252a38",
                "#181b26", LINE, 5, light=LIGHT, depth=8)
    if not relaxed:  # the far arm, flung out behind, the hand open
        _limb(svg, (1250, 720), (1380, 820), 90, 76, navy_sh, "#171c30")
        _limb(svg, (1380, 820), (1440, 700), 76, 66, navy_sh, "#171c30")
        _open_hand(svg, 1446, 676, navy_sh)
    _seated_vest(svg)
    svg.open(transform=f"translate(1185 668) scale(-0.62 0.62) rotate({12 if relaxed else -4}) translate(-240 -640)")
    kakashi.profile_head(svg, (1, -0.7), LINE, eye="smile" if relaxed else "wide",
                         hair=(kit.K_HAIR, kit.K_HAIR_SH, kit.K_HAIR_HI))
    svg.close()
    if not relaxed:  # the near arm, up and open in surprise, beside her
        _limb(svg, (1180, 720), (1160, 900), 86, 74, navy, navy_sh)
        _limb(svg, (1160, 900), (1330, 840), 74, 64, navy, navy_sh)
        _open_hand(svg, 1350, 812, navy)
        for dx in (-200, 120, 260):  # a start of surprise
            svg.line([(1200 + dx, 380), (1200 + dx * 1.1, 330)], LINE_SOFT, 5)


def _open_hand(svg: Svg, x: float, y: float, sleeve: str) -> None:
    """A gloved hand open, fingers up, the wrist at (x, y + 30)."""
    svg.cel(smooth([(x - 36, y + 40), (x - 40, y - 10), (x, y - 30), (x + 40, y - 10), (x + 36, y + 40)]), kit.K_GLOVE,
            kit.K_GLOVE_SH, LINE, 5, light=LIGHT, depth=8)
    for dx, ln in ((-30, 50), (-10, 62), (10, 60), (30, 48)):
        svg.cel(kit.finger((x + dx, y - 20), (x + dx * 1.3, y - 20 - ln), 20, 0), kit.SKIN, kit.SKIN_SH, LINE, 4,
                light=LIGHT, depth=4)


def _sakura_kneeling_hug(svg: Svg) -> None:
    """Sakura at 13 on her knees beside him, facing right, leaning in: her arm round his neck, her cheek against
    his shoulder, eyes shut, smiling."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    _limb(svg, (800, 1130), (600, GRASS - 10), 60, 46, skin_sh, "#c2907c")  # far shin, along the grass
    _limb(svg, (920, 960), (810, 1120), 86, 70, kit.S_DARK_SH, "#1e1a22")  # far thigh
    _limb(svg, (830, 1140), (620, GRASS), 62, 48, skin, skin_sh)  # near shin
    _limb(svg, (940, 970), (840, 1130), 90, 72, kit.S_DARK, kit.S_DARK_SH)  # near thigh, knee on the grass
    for x0 in (580, 600):
        svg.cel(smooth([(x0 - 30, GRASS - 40), (x0 + 40, GRASS - 36), (x0 + 40, GRASS, 0), (x0 - 40, GRASS, 0)], t=0.6),
                "#3b3448", "#2a2533", LINE, 5, light=LIGHT, depth=8)  # sandals, soles up
    torso = smooth([(880, 980), (900, 900), (950, 820), (1030, 810), (1070, 860), (1010, 960), (960, 1000)], t=0.8)
    svg.cel(torso, kit.S_RED, kit.S_RED_SH, LINE, 7, light=LIGHT, depth=26, hi=kit.S_RED_HI, hi_depth=6)
    svg.cel(smooth([(970, 820), (1030, 806), (1036, 780), (980, 792)], t=0.5), kit.S_RED, kit.S_RED_SH, LINE, 5,
            light=LIGHT, depth=6)  # the high collar
    hx, hy = 1020, 715  # her head, turned to him, cheek against his chest
    face = smooth([(hx - 80, hy - 80), (hx + 30, hy - 76), (hx + 84, hy - 20), (hx + 92, hy + 10), (hx + 80, hy + 22),
                   (hx + 84, hy + 40), (hx + 50, hy + 80), (hx - 10, hy + 88), (hx - 80, hy + 50)])
    svg.cel(face, skin, skin_sh, LINE, 6, light=LIGHT, depth=14)
    svg.path(taper([(hx + 20, hy - 4), (hx + 38, hy - 14), (hx + 58, hy - 6)], 4, 4, wmid=7), LINE)  # eye shut, happy
    svg.path(taper([(hx + 50, hy + 44), (hx + 64, hy + 52), (hx + 76, hy + 42)], 3, 3, wmid=5), LINE)  # smile
    svg.path(ellipse_d(hx + 30, hy + 28, 20, 10), "#f2a0a0", op=0.55)  # cheek
    hair = smooth([(hx - 120, hy + 20), (hx - 110, hy - 80), (hx - 50, hy - 130), (hx + 30, hy - 128),
                   (hx + 80, hy - 90), (hx + 96, hy - 40), (hx + 60, hy - 56), (hx + 40, hy - 10), (hx + 16, hy - 50),
                   (hx - 4, hy + 30), (hx - 30, hy - 20), (hx - 40, hy + 80), (hx - 80, hy + 84), (hx - 116, hy + 60)],
                  t=0.9)
    svg.cel(hair, kit.S_HAIR, kit.S_HAIR_SH, LINE, 7, light=LIGHT, depth=22, hi=kit.S_HAIR_HI, hi_depth=7)
    svg.path(taper([(hx - 90, hy - 90), (hx - 30, hy - 118), (hx + 30, hy - 112)], 14, 4), kit.S_HAIR_HI, op=0.8)
    band = smooth([(hx - 104, hy - 100), (hx - 10, hy - 128), (hx + 60, hy - 110), (hx + 54, hy - 80),
                   (hx - 10, hy - 98), (hx - 100, hy - 72)])
    svg.cel(band, kit.S_BAND, kit.S_BAND_SH, LINE, 5, light=LIGHT, depth=6)
    svg.cel(smooth([(hx - 10, hy - 128, 0), (hx + 60, hy - 112), (hx + 54, hy - 78, 0), (hx - 10, hy - 96)], t=0.5),
            kit.PLATE, kit.PLATE_SH, LINE, 4, light=LIGHT, depth=6)
    # her near arm, round his neck: up over his shoulder, the hand at the back of his collar
    _limb(svg, (990, 840), (1110, 790), 44, 38, skin, skin_sh)
    _limb(svg, (1110, 790), (1215, 715), 38, 32, skin, skin_sh)
    svg.cel(smooth([(1207, 695), (1247, 689), (1253, 727), (1213, 733)]), skin, skin_sh, LINE, 4, light=LIGHT, depth=5)


def _book_falling(svg: Svg, x: float, y: float) -> None:
    """The orange book in the air, tumbling, with lines for its fall."""
    svg.open(transform=f"translate({x:.0f} {y:.0f}) rotate(-35)")
    _book(svg, [(80, -86, 0), (96, -72, 0), (100, 84, 0), (86, 70, 0)])
    svg.close()
    for dx in (-40, 10, 60):
        svg.line([(x + dx, y - 150), (x + dx + 6, y - 100)], LINE_SOFT, 4)


def _book_in_grass(svg: Svg, x: float, y: float) -> None:
    """The orange book fallen open, face down in the grass."""
    svg.cel(smooth([(x - 110, y), (x, y - 34), (x + 110, y), (x + 100, y + 20, 0), (x - 100, y + 20, 0)], t=0.5), BOOK,
            BOOK_SH, LINE, 5, light=LIGHT, depth=8, hi=BOOK_HI, hi_depth=3)
    svg.line([(x, y - 32), (x, y + 18)], BOOK_SH, 4)


def extra_weight(svg: Svg, rng: random.Random) -> None:
    """A week later, the other way round: Kakashi doing push-ups under the cherry tree, Sakura sitting
    cross-legged on his back as his extra weight, chattering, one hand up as she talks."""
    rng = random.Random(2605)
    _sky_and_field(svg, rng)
    svg.open(transform="translate(1290 950) scale(0.85) translate(-1290 -1190)")
    _tree(svg, rng)
    svg.close()
    svg.open(transform=f"translate(1160 {PLACED}) scale(0.8) translate(-1160 {-GROUND})")
    svg.path(ellipse_d(1160, GROUND + 6, 700, 40), svg.soft("#2f5a2c", 0.55, 0.4))
    _kakashi_plank(svg)
    _sakura_seated(svg, (1150, 905))
    svg.close()
    _petals_and_vignette(svg, rng, 50)


def _kakashi_plank(svg: Svg) -> None:
    """Kakashi straight from heel to head, facing right, on his toes and both hands; calm, his eye on the grass."""
    navy, navy_sh = kit.K_SHIRT, kit.K_SHIRT_SH
    _limb(svg, (1000, 1040), (500, 1180), 120, 96, navy_sh, "#171c30")  # far leg
    _limb(svg, (1000, 1060), (510, 1200), 126, 100, navy, navy_sh)
    svg.cel(smooth([(420, 1170), (520, 1160), (540, GROUND, 0), (430, GROUND, 0)], t=0.5), "#252a38", "#181b26", LINE,
            5, light=LIGHT, depth=8)  # sandals on their toes
    _limb(svg, (1520, 930), (1560, GROUND - 10), 96, 80, navy_sh, "#171c30")  # far arm
    torso = smooth([(980, 990), (1250, 900), (1540, 840), (1600, 880), (1610, 960), (1540, 1010), (1250, 1080),
                    (1000, 1120), (950, 1060)])
    svg.cel(torso, kit.K_VEST, kit.K_VEST_SH, LINE, 8, light=LIGHT, depth=40, hi=kit.K_VEST_HI, hi_depth=8)
    svg.line([(1050, 1080), (1300, 1020), (1560, 960)], LINE_SOFT, 4)
    svg.open(transform="translate(1650 880) scale(0.55) rotate(40) translate(-240 -640)")
    kakashi.profile_head(svg, (1, -0.7), LINE, eye="open", hair=(kit.K_HAIR, kit.K_HAIR_SH, kit.K_HAIR_HI))
    svg.close()
    _limb(svg, (1560, 920), (1600, GROUND - 10), 100, 84, navy, navy_sh)  # near arm, straight
    svg.cel(smooth([(1560, GROUND - 30), (1680, GROUND - 30), (1700, GROUND, 0), (1550, GROUND, 0)], t=0.5),
            kit.K_GLOVE, kit.K_GLOVE_SH, LINE, 5, light=LIGHT, depth=6)  # the gloved hand flat on the grass


def _sakura_seated(svg: Svg, seat: tuple[float, float]) -> None:
    """Sakura at 13 sitting cross-legged on his back, upright and pleased with herself, talking, one hand up."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    sx, sy = seat
    _limb(svg, (sx - 30, sy - 10), (sx + 150, sy - 40), 80, 66, kit.S_DARK_SH, "#1e1a22")  # far thigh
    _limb(svg, (sx + 150, sy - 40), (sx + 20, sy - 20), 56, 48, skin_sh, "#c2907c")
    _limb(svg, (sx - 20, sy), (sx + 170, sy - 20), 86, 70, kit.S_DARK, kit.S_DARK_SH)  # near thigh
    _limb(svg, (sx + 170, sy - 20), (sx + 40, sy + 10), 58, 50, skin, skin_sh)
    torso = smooth([(sx - 70, sy - 10), (sx - 80, sy - 150), (sx - 50, sy - 250), (sx + 40, sy - 256),
                    (sx + 80, sy - 170), (sx + 70, sy - 20)], t=0.8)
    svg.cel(torso, kit.S_RED, kit.S_RED_SH, LINE, 7, light=LIGHT, depth=24, hi=kit.S_RED_HI, hi_depth=6)
    _limb(svg, (sx + 20, sy - 230), (sx + 110, sy - 130), 40, 34, skin, skin_sh)  # near arm, hand on her knee
    svg.cel(smooth([(sx + 100, sy - 140), (sx + 140, sy - 136), (sx + 138, sy - 100), (sx + 100, sy - 104)]), skin,
            skin_sh, LINE, 4, light=LIGHT, depth=5)
    _limb(svg, (sx - 40, sy - 230), (sx - 150, sy - 300), 38, 32, skin_sh, "#c2907c")  # far arm, up as she talks
    _limb(svg, (sx - 150, sy - 300), (sx - 170, sy - 410), 32, 28, skin_sh, "#c2907c")
    svg.cel(smooth([(sx - 190, sy - 410), (sx - 150, sy - 416), (sx - 148, sy - 460), (sx - 186, sy - 456)]), skin_sh,
            "#c2907c", LINE, 4, light=LIGHT, depth=5)
    _sakura_head(svg, (sx + 40, sy - 330), happy=True, turn=-4)
    for k, (dx, dy) in enumerate(((150, -420), (175, -380), (160, -455))):  # her chatter
        svg.line([(sx + dx, sy + dy), (sx + dx + 30, sy + dy - 10 + k * 4)], LINE_SOFT, 4)
