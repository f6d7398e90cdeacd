"""Kakashi napping on his couch at night, "his orange book spread open over his face": a side
view of the couch, one arm over his stomach, the other hanging to the floor, ankles crossed on
the far armrest, silver hair spiking out from under the book."""
from __future__ import annotations

import random

from . import kit
from .kit import LINE, LINE_SOFT
from .night import LAMP, N, cel, room
from .svg import Svg, ellipse_d, rect_d, smooth, taper

W, H = 2560, 1440


def couch_nap(svg: Svg, rng: random.Random) -> None:
    room(svg, rng, couch=False)
    # the couch side on: back, seat cushion, the two armrests, its shadow on the floor
    svg.path(rect_d(0, 1060, W, H - 1060), N("#5a4a44"))
    svg.path(ellipse_d(1280, 1080, 1150, 40), N("#3a302c"), op=0.6)
    cel(svg, smooth([(200, 840), (240, 470), (400, 430), (2150, 430), (2320, 470), (2360, 840)]), "#7e8c84",
        "#65716a", 8, 40)
    cel(svg, smooth([(180, 1060, 0), (200, 820), (1280, 800), (2360, 820), (2380, 1060, 0)]), "#869389",
        "#6a756e", 8, 30)
    svg.line([(1280, 812), (1280, 1050)], N("#5d6862"), 5)
    _kakashi_lying(svg)
    for x0 in (90, 2240):  # armrests (the near ends)
        cel(svg, smooth([(x0, 1060, 0), (x0 + 10, 720), (x0 + 60, 650), (x0 + 180, 650), (x0 + 230, 720),
                         (x0 + 240, 1060, 0)]), "#8a988f", "#6b776f", 8, 30)
    _feet(svg)
    svg.path(ellipse_d(700, 700, 1000, 600), svg.soft(LAMP, 0.12, 0.2))
    kit.vignette(svg, "#070914", 0.65)


def _kakashi_lying(svg: Svg) -> None:
    # the far arm, hanging off the front of the couch to the floor
    cel(svg, kit.finger((640, 760), (700, 960), 96, 10, tip_w=80), kit.K_SHIRT, kit.K_SHIRT_SH, 7, 20)
    cel(svg, kit.finger((700, 950), (760, 1050), 80, 0, tip_w=70), kit.K_GLOVE, kit.K_GLOVE_SH, 6, 12)
    for k in range(3):
        cel(svg, kit.finger((730 + k * 18, 1040), (740 + k * 20, 1082), 22, 0), kit.SKIN, kit.SKIN_SH, 4, 4,
            rim=False)
    # legs along the seat, ankles crossed up on the far armrest
    cel(svg, kit.finger((1180, 760), (1640, 740), 190, -14, tip_w=150), kit.K_SHIRT, kit.K_SHIRT_SH, 8, 30)
    cel(svg, kit.finger((1620, 740), (2170, 660), 150, -6, tip_w=120), kit.K_SHIRT, kit.K_SHIRT_SH, 8, 26)
    cel(svg, kit.finger((1600, 700), (2190, 620), 140, -8, tip_w=112), kit.K_SHIRT_SH, "#151a2c", 8, 20)
    # torso on its back: the vest, pouches rising on the chest
    torso = smooth([(560, 640), (700, 590), (900, 600), (1100, 630), (1230, 690), (1240, 800), (1100, 830),
                    (800, 830), (560, 810)])
    cel(svg, torso, kit.K_VEST, kit.K_VEST_SH, 8, 40)
    for x in (720, 860):
        cel(svg, smooth([(x, 600), (x + 110, 596), (x + 112, 660), (x, 664)], t=0.5), kit.K_VEST, kit.K_VEST_SH,
            5, 10, rim=False)
    svg.line([(580, 700), (1200, 720)], LINE_SOFT, 4)
    # the near arm folded over his stomach
    cel(svg, kit.finger((640, 700), (860, 760), 100, 12, tip_w=86), kit.K_SHIRT, kit.K_SHIRT_SH, 7, 20)
    cel(svg, kit.finger((850, 760), (1060, 660), 86, 10, tip_w=74), kit.K_SHIRT, kit.K_SHIRT_SH, 7, 18)
    cel(svg, smooth([(1040, 640), (1110, 620), (1140, 670), (1100, 710), (1040, 700)]), kit.K_GLOVE,
        kit.K_GLOVE_SH, 5, 10)
    for k in range(4):
        cel(svg, kit.finger((1110 + k * 6, 636 + k * 20), (1150 + k * 4, 650 + k * 20), 22, 0), kit.SKIN,
            kit.SKIN_SH, 4, 4, rim=False)
    # head on the near armrest: the mask at the neck, hair spiking out from under the book
    cel(svg, smooth([(470, 700), (580, 650), (600, 800), (480, 800)]), kit.K_MASK, kit.K_MASK_SH, 6, 16)
    hair = smooth([(330, 700), (250, 610, 0), (360, 640), (330, 540, 0), (420, 600), (440, 500, 0), (480, 590),
                   (540, 620), (520, 760), (440, 800), (300, 820, 0), (360, 760)], t=0.9)
    cel(svg, hair, kit.K_HAIR, kit.K_HAIR_SH, 8, 26, hi="#f0d0a8")
    # the orange book, spread open over his face like a little roof
    svg.open(transform="translate(470 600) rotate(-10) scale(1.2)")
    for side in (-1, 1):
        page = smooth([(0, -70, 0), (side * 130, 40, 0), (side * 122, 58, 0), (0, -40, 0)])
        cel(svg, page, "#f2ebdc", "#d0c6b2", 4, 6, rim=False)
        cover = smooth([(0, -80, 0), (side * 146, 44, 0), (side * 150 + 24, 92, 0), (24, -30, 0)])
        cel(svg, cover, "#f08a2c", "#c0641c", 6, 8)
    svg.path(smooth([(-8, -84), (8, -84), (6, -50), (-6, -50)]), N("#c0641c"), LINE, 4)  # the spine
    svg.path(ellipse_d(-60, 20, 24, 16), N("#d23a3a"), op=0.9, extra='transform="rotate(-40 -60 20)"')  # cover mark
    svg.close()


def _feet(svg: Svg) -> None:
    """Sandalled feet crossed over the far armrest, toes up."""
    for dx, dy in ((0, 0), (40, -30)):
        foot = smooth([(2180 + dx, 660 + dy), (2260 + dx, 560 + dy), (2300 + dx, 570 + dy), (2290 + dx, 640 + dy),
                       (2240 + dx, 700 + dy)])
        cel(svg, foot, "#2a2f42", "#1a1e2c", 6, 10)
        svg.path(taper([(2260 + dx, 580 + dy), (2290 + dx, 600 + dy)], 12, 10), N(kit.SKIN))
