"""After the rage, at dusk: "Her hair is a tangle ... a deep gash on her right arm. Her headband had fallen
lopsided over one of her eyes. As she reached up to fix it, she stopped."  A close shot of Sakura at 15 in
the wrecked room, facing us: hair in a tangle, eyes red and swollen with tears on her cheeks, the forehead
protector slipped down over her right eye, her right hand raised to it and stopped there. The cut is a thin
dark line on that forearm, no more. Everything that matters sits above the textbox."""
from __future__ import annotations

import random

from . import home, kit
from .kit import LINE, LINE_SOFT
from .svg import Svg, ellipse_d, rect_d, smooth, taper

W, H = 2560, 1440
LIGHT = (-0.7, -0.8)  # the last light, through the window on the left
RIM = "#f0b098"  # the dusk's warm edge on what faces the window
AT = (1380, 500)  # her face's centre on the picture
S = 1.7  # her local units to picture pixels


def _d(c: str, k: float = 1.0) -> str:
    """A colour in the dusk indoors, gentler than the room's (she is what the eye goes to)."""
    r, g, b = (int(c[i:i + 2], 16) for i in (1, 3, 5))
    return "#" + "".join(f"{max(0, min(255, round(v * m * k))):02x}" for v, m in zip((r, g, b), (0.9, 0.8, 0.88)))


def cel(svg: Svg, d: str, base: str, shade: str, lw: float = 6, depth: float = 14, rim: bool = True) -> None:
    svg.cel(d, _d(base), _d(shade), LINE, lw, light=LIGHT, depth=depth, hi=RIM if rim else None, hi_depth=4)


def lopsided(svg: Svg, rng: random.Random) -> None:
    # the wrecked room behind her, closer than the wide picture and pushed back into the dusk
    svg.open(transform="translate(-700 -520) scale(1.6)")
    home._room(svg)
    home._floor_things(svg, rng)
    svg.close()
    svg.path(rect_d(0, 0, W, H), "#1a1224", op=0.42)
    kit.glow(svg, 560, 420, 900, "#ffa070", 0.22)  # the window's glow, out of frame on the left
    x, y = AT
    svg.open(transform=f"translate({x} {y}) scale({S})")
    _back_hair(svg, rng)
    _body(svg)
    _face(svg)
    _bangs(svg, rng)
    _slipped_band(svg)
    _raised_arm(svg)
    svg.close()
    kit.vignette(svg, "#0a0610", 0.6)


def _back_hair(svg: Svg, rng: random.Random) -> None:
    """The short bob behind her head, mussed: uneven ends and strands sticking out."""
    cel(svg, smooth([(-200, -60), (-180, -190), (-90, -250), (40, -256), (160, -200), (214, -70), (226, 80),
                     (212, 200), (150, 214), (170, 160), (120, 210), (-110, 214), (-150, 168), (-150, 214),
                     (-214, 196), (-230, 70)], t=0.9), kit.S_HAIR, kit.S_HAIR_SH, 7, 26)
    for sx, pts in ((-1, [(190, -150), (250, -190), (290, -170)]), (1, [(200, -120), (262, -140), (300, -110)]),
                    (1, [(214, 120), (268, 150), (290, 200)]), (-1, [(210, 140), (262, 190), (270, 240)]),
                    (1, [(100, -240), (130, -300), (170, -310)])):
        pts = [(sx * px, py) for px, py in pts]
        svg.path(taper(pts, 16, 2), LINE)
        svg.path(taper(pts, 11, 1), _d(kit.S_HAIR))


def _body(svg: Svg) -> None:
    """Neck, shoulders and the red sleeveless top with its high zipped collar; her left arm hangs at her side."""
    cel(svg, smooth([(-58, 140), (58, 140), (66, 300), (-66, 300)]), kit.SKIN, kit.SKIN_SH, 6, 16)
    cel(svg, smooth([(200, 330), (262, 330), (300, 420), (310, 700, 0), (220, 700, 0), (214, 440)], t=0.8),
        kit.SKIN, kit.SKIN_SH, 6, 16)  # her left arm, down at her side
    cel(svg, smooth([(-250, 460), (-236, 330), (-150, 284), (-70, 266), (70, 266), (150, 284), (236, 330),
                     (250, 460), (262, 700, 0), (-262, 700, 0)], t=0.8), kit.S_RED, kit.S_RED_SH, 7, 30)
    for sx in (-1, 1):  # the armholes' seams
        svg.path(taper([(sx * 200, 300), (sx * 226, 380), (sx * 232, 470)], 3, 3), _d("#7a1c24"))
    cel(svg, smooth([(-96, 300), (-84, 236), (0, 226), (84, 236), (96, 300), (0, 316)], t=0.6), kit.S_RED,
        kit.S_RED_SH, 6, 10)  # the high collar
    svg.line([(0, 232), (0, 700)], _d("#7a1c24"), 5)  # the zip
    svg.path(ellipse_d(0, 248, 8, 12), _d(kit.PLATE), LINE, 3)


def _face(svg: Svg) -> None:
    """Her face, facing us: eyes red and swollen, wet; brows drawn up in the middle; lips parted, catching her
    breath; tears down both cheeks."""
    face = smooth([(-150, -40), (-140, 60), (-100, 140), (-40, 186), (0, 194), (40, 186), (100, 140), (140, 60),
                   (150, -40), (120, -140), (0, -180), (-120, -140)])
    cel(svg, face, kit.SKIN, kit.SKIN_SH, 7, 20)
    for sx in (-1, 1):
        x = 62 * sx
        svg.path(ellipse_d(x, 34, 60, 52), "#e06a70", op=0.35)  # red, swollen round the eye
        svg.path(smooth([(x - 46 * sx, 30), (x - 14 * sx, -8), (x + 34 * sx, -6), (x + 48 * sx, 28),
                         (x + 12 * sx, 66), (x - 30 * sx, 60)], t=0.7), "#fbf4ef")  # the white
        svg.path(ellipse_d(x + 2 * sx, 30, 28, 34), _d(kit.S_EYE), LINE, 3)  # iris
        svg.path(ellipse_d(x + 2 * sx, 36, 13, 17), "#1f4a34")  # pupil
        svg.path(ellipse_d(x - 8 * sx, 14, 9, 10), "#ffffff")  # the wet shine
        svg.path(ellipse_d(x + 12 * sx, 48, 5, 5), "#ffffff", op=0.8)
        svg.path(ellipse_d(x, 64, 34, 6), "#d8f0ff", op=0.7)  # tears welling on the lower lid
        svg.path(taper([(x - 52 * sx, 34), (x - 16 * sx, -10), (x + 34 * sx, -10), (x + 54 * sx, 22)], 4, 6, wmid=10),
                 LINE)
        svg.line([(x - 34 * sx, 62), (x + 32 * sx, 60)], LINE_SOFT, 2.5)  # the lower lid
        svg.path(taper([(x + 20 * sx, -46), (x - 16 * sx, -58), (x - 44 * sx, -74)], 5, 3), _d("#c76b8c"))  # brow, up
        svg.path(taper([(x + 16 * sx, 62), (x + 22 * sx, 120), (x + 12 * sx, 170)], 8, 3),
                 "#cfe6ff", op=0.85)  # a tear down her cheek
        svg.path(ellipse_d(x + 16 * sx, 98, 30, 13), "#f08a9a", op=0.45)  # flushed from crying
    svg.line([(-6, 86), (4, 94)], _d(kit.SKIN_SH, 0.9), 3)  # nose
    svg.path(smooth([(-22, 132), (0, 126), (22, 132), (14, 146), (-14, 146)], t=0.6), _d("#7a2a36"), LINE, 3)


def _bangs(svg: Svg, rng: random.Random) -> None:
    """Her fringe, tangled: the locks crossed and out of place, strays across her forehead."""
    bangs = smooth([(-172, -40), (-160, -150), (-50, -214), (90, -204), (176, -110), (168, 10), (140, -30),
                    (120, 0), (92, -60), (40, -28), (20, -80), (-20, -20), (-60, -70), (-100, 0), (-130, -50),
                    (-150, 20)], t=0.8)
    cel(svg, bangs, kit.S_HAIR, kit.S_HAIR_SH, 7, 22)
    svg.path(taper([(-110, -160), (-20, -190), (80, -176)], 16, 4), _d(kit.S_HAIR_HI), op=0.7)
    for pts in ([(30, -120), (70, -70), (60, -10)], [(-40, -150), (-90, -110), (-120, -60)],
                [(100, -150), (150, -170), (190, -150)], [(-10, -200), (-40, -260), (-20, -300)],
                [(60, -190), (110, -250), (150, -260)]):  # stray locks
        svg.path(taper(pts, 14, 2), LINE)
        svg.path(taper(pts, 9, 1), _d(kit.S_HAIR))


def _slipped_band(svg: Svg) -> None:
    """The forehead protector, fallen lopsided: the red cloth slanting down from over her left brow round the
    side of her head, the metal plate over her right eye."""
    svg.open(clip=svg.clip(ellipse_d(0, -30, 222, 236)))  # the cloth goes round her head, out of sight
    svg.open(transform="translate(0 -16) rotate(-33)")
    band = smooth([(-260, -4), (-120, -22), (0, -24), (120, -18), (260, 4), (260, 40), (120, 18), (0, 16),
                   (-120, 18), (-260, 36)], t=0.5)
    cel(svg, band, kit.S_BAND, kit.S_BAND_SH, 6, 8)
    svg.close()
    svg.close()
    svg.open(transform="translate(0 -16) rotate(-33)")
    px = -76  # the plate, over the eye
    plate = smooth([(px - 66, -26, 0), (px + 66, -30, 0), (px + 70, 34, 0), (px - 70, 38, 0)], t=0.2)
    svg.cel(plate, _d(kit.PLATE), _d(kit.PLATE_SH), LINE, 5, light=LIGHT, depth=8, hi=_d(kit.PLATE_HI), hi_depth=4)
    for sx in (-1, 1):
        svg.path(ellipse_d(px + sx * 54, -14, 4, 4), _d(kit.PLATE_SH))
    # the village's mark, a spiral with a point, engraved
    svg.path(taper([(px - 4, 8), (px + 8, 0), (px + 3, -12), (px - 12, -7), (px - 15, 9), (px + 2, 20),
                    (px + 22, 12), (px + 34, -10)], 3, 3), LINE_SOFT)
    svg.close()


def _raised_arm(svg: Svg) -> None:
    """Her right arm, raised: the elbow out to the side, the hand at her temple, its fingertips on the band's edge
    and stopped there. A thin dark cut across the forearm."""
    shoulder, elbow, wrist = (-226, 350), (-410, 330), (-300, 196)
    cel(svg, kit.finger(shoulder, elbow, 92, 0, tip_w=78), kit.SKIN, kit.SKIN_SH, 6, 14)  # upper arm
    cel(svg, kit.finger(elbow, wrist, 78, 4, tip_w=60), kit.SKIN, kit.SKIN_SH, 6, 14)  # forearm
    cel(svg, smooth([(elbow[0] - 44, elbow[1] - 24), (elbow[0] + 24, elbow[1] - 48), (elbow[0] + 48, elbow[1] + 10),
                     (elbow[0] - 20, elbow[1] + 44)], t=0.7), kit.S_APRON, kit.S_APRON_SH, 5, 8)  # elbow guard
    # the cut: a short dark line across the forearm, a little red about it
    svg.path(taper([(-374, 276), (-356, 262), (-336, 256)], 3, 3, wmid=6), "#7a1420")
    svg.path(ellipse_d(-356, 266, 30, 10), "#c0303a", op=0.3)
    # the hand, its back to us: the fingers reach the band's upper edge at her temple; the dark fingerless glove
    # over the back of the hand, the fingers coming out of it
    for (x0, y0), (x1, y1), w in (((-290, 150), (-236, 62), 30), ((-268, 150), (-206, 74), 30),
                                  ((-250, 162), (-186, 98), 28), ((-240, 182), (-184, 136), 24)):
        cel(svg, kit.finger((x0, y0), (x1, y1), w, 0, tip_w=w * 0.85), kit.SKIN, kit.SKIN_SH, 4, 6)
    cel(svg, smooth([(-330, 196), (-318, 150), (-286, 118), (-244, 124), (-226, 160), (-244, 206), (-296, 222)],
                    t=0.7), kit.S_DARK, kit.S_DARK_SH, 5, 10, rim=False)
    cel(svg, kit.finger((-324, 178), (-322, 112), 30, 0, tip_w=24), kit.SKIN, kit.SKIN_SH, 4, 6)  # thumb
