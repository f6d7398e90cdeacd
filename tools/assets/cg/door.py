"""Just inside Kakashi's door at night: Sakura at 15, worn out from her grief, pitches forward as he shuts it, and
he catches her before she hits the floor. Side on: he bends to take her weight, his arms round her back;
her head against his vest, eyes closed, her arms hanging."""
from __future__ import annotations

import random

from . import kakashi, kit
from .kit import LINE, LINE_SOFT
from .night import LAMP, RIM, N, cel
from .svg import Svg, ellipse_d, rect_d, smooth
from .training import _sakura_head

W, H = 2560, 1440


def catch(svg: Svg, rng: random.Random) -> None:
    # his front hall at night: the wall, and the front door on the right, just shut behind her
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, 0, H, [(0, N("#7d859e")), (1, N("#5b6279"))]))
    svg.path(rect_d(1860, 80, 520, 1400), N("#3a3040"), LINE, 10)  # the frame
    cel(svg, rect_d(1890, 110, 460, 1370), "#6b5446", "#4e3d33", 8, 30)  # the door
    for y in (220, 760):
        svg.path(rect_d(1950, y, 340, 420), None, N("#4e3d33"), 6)  # its panels
    svg.path(ellipse_d(1930, 760, 18, 18), N("#c9b38a"), LINE, 4)  # the knob
    svg.path(rect_d(0, 1300, W, 140), N("#4a4f63"))  # the floor
    svg.path(ellipse_d(1350, 1330, 520, 40), svg.soft("#0b0d18", 0.6, 0.3))
    # the light from his room, on the left, across them both
    svg.path(ellipse_d(700, 600, 900, 700), svg.soft(LAMP, 0.14, 0.2))
    _sakura_falling(svg)
    _kakashi_catching(svg)
    for dx, dy in ((-160, -90), (150, -120)):  # the start of the catch
        svg.line([(1350 + dx, 520 + dy), (1350 + dx * 1.2, 470 + dy)], LINE_SOFT, 5)
    svg.path(rect_d(0, 0, W, H), "#1a1f46", op=0.3)  # the night over everything
    svg.path(ellipse_d(900, 560, 700, 500), svg.soft(LAMP, 0.12, 0.2))  # the lamp's warmth on them
    kit.vignette(svg, "#070914", 0.6)


def _cel(svg: Svg, d: str, base: str, shade: str, lw: float = 7, depth: float = 20, rim: bool = True) -> None:
    """The figures in their own colours (the heads are shared with the daylight pictures); the whole frame is
    toned to the night afterwards, so they sit in the room."""
    svg.cel(d, base, shade, LINE, lw, light=(-1, -0.35), depth=depth, hi=RIM if rim else None, hi_depth=6 if rim else 0)


def _limb(svg: Svg, a: tuple[float, float], b: tuple[float, float], w0: float, w1: float, base: str, shade: str,
          bend: float = 0) -> None:
    _cel(svg, kit.finger(a, b, w0, bend, tip_w=w1), base, shade, 6, w0 * 0.22, rim=False)


def _sakura_falling(svg: Svg) -> None:
    """Falling forward from the doorway, knees giving way, arms hanging, head dropped against him."""
    skin, skin_sh = kit.SKIN, kit.SKIN_SH
    _limb(svg, (1640, 1010), (1820, 1170), 70, 56, kit.S_DARK_SH, "#1e1a22")  # far thigh, then shin to the floor
    _limb(svg, (1820, 1170), (1900, 1320), 54, 40, skin_sh, "#c2907c")
    _limb(svg, (1620, 1030), (1760, 1200), 76, 60, kit.S_DARK, kit.S_DARK_SH)  # near thigh and shin, buckling
    _limb(svg, (1760, 1200), (1870, 1330), 56, 42, skin, skin_sh)
    for x0 in (1860, 1900):
        _cel(svg, smooth([(x0 - 40, 1316), (x0 + 50, 1306), (x0 + 60, 1336, 0), (x0 - 40, 1340, 0)], t=0.6), "#3b3448",
            "#2a2533", 5, 8, rim=False)
    apron = smooth([(1540, 960), (1700, 960), (1760, 1100, 0), (1560, 1120, 0)], t=0.6)
    _cel(svg, apron, kit.S_APRON, kit.S_APRON_SH, 6, 12, rim=False)
    torso = smooth([(1420, 760), (1520, 720), (1640, 800), (1700, 960), (1560, 1000), (1460, 900)], t=0.8)
    _cel(svg, torso, kit.S_RED, kit.S_RED_SH, 7, 24)
    svg.line([(1500, 760), (1600, 950)], "#7a1c24", 4)  # the zip
    # her near arm, hanging straight down, the glove limp
    _limb(svg, (1500, 800), (1520, 980), 44, 36, skin, skin_sh)
    _cel(svg, smooth([(1486, 880), (1552, 872), (1556, 920), (1490, 928)], t=0.5), kit.S_APRON, kit.S_APRON_SH, 4, 6,
        rim=False)  # the elbow guard
    _limb(svg, (1520, 980), (1530, 1110), 36, 30, skin, skin_sh)
    _cel(svg, smooth([(1504, 1090), (1556, 1090), (1560, 1150), (1508, 1154)], t=0.5), kit.S_DARK, kit.S_DARK_SH, 4, 6,
        rim=False)  # the glove
    # her head, dropped forward against his chest: facing left (mirrored), eyes closed
    svg.open(transform="translate(2790 0) scale(-1 1)")
    _sakura_head(svg, (1400, 690), turn=24, limp=True)
    svg.close()


def _kakashi_catching(svg: Svg) -> None:
    """Bent forward to take her weight, facing right; his arms round her back."""
    navy, navy_sh = kit.K_SHIRT, kit.K_SHIRT_SH
    _limb(svg, (1000, 1000), (860, 1320), 130, 100, navy_sh, "#171c30")  # far leg, braced back
    _limb(svg, (1040, 1000), (1160, 1320), 136, 104, navy, navy_sh)  # near leg, forward
    for x0 in (820, 1140):
        _cel(svg, smooth([(x0 - 60, 1300), (x0 + 80, 1300), (x0 + 90, 1340, 0), (x0 - 70, 1340, 0)], t=0.5),
            "#252a38", "#181b26", 5, 8, rim=False)
    torso = smooth([(930, 1010), (960, 820), (1060, 640), (1180, 590), (1300, 630), (1300, 760), (1200, 900),
                    (1120, 1040)], t=0.8)
    _cel(svg, torso, kit.K_VEST, kit.K_VEST_SH, 8, 40)
    for y in (700, 800):  # scroll pouches
        _cel(svg, smooth([(1180, y), (1250, y - 8), (1258, y + 70), (1188, y + 78)], t=0.5), kit.K_VEST, kit.K_VEST_SH,
            5, 12, rim=False)
    svg.open(transform="translate(1230 600) scale(0.62) rotate(28) translate(-240 -640)")
    kakashi.profile_head(svg, (1, -0.7), LINE, eye="wide", hair=(kit.K_HAIR, kit.K_HAIR_SH, kit.K_HAIR_HI))
    svg.close()
    # his near arm, round her back, the gloved hand spread on her shoulder blade
    _limb(svg, (1200, 660), (1420, 800), 84, 72, navy, navy_sh)
    _limb(svg, (1420, 800), (1600, 760), 72, 62, navy, navy_sh)
    _cel(svg, smooth([(1590, 730), (1660, 720), (1680, 780), (1610, 800)]), kit.K_GLOVE, kit.K_GLOVE_SH, 5, 8,
        rim=False)
