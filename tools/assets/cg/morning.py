"""The morning after: Sakura at 15 alone on his couch, turning the little sapphire in her fingers, a tear
falling onto it. A close shot of her hand and the stone, the chain rising to her collar at the top of the
frame, the green blanket and the pale window light behind."""
from __future__ import annotations

import random

from . import kit
from .kit import LINE, LINE_SOFT
from .svg import Svg, ellipse_d, rect_d, smooth, taper

W, H = 2560, 1440
LIGHT = (-0.6, -1)


def stone_in_fingers(svg: Svg, rng: random.Random) -> None:
    # the room out of focus: the window's cold light at the left, the couch, the green blanket in her lap
    svg.path(rect_d(0, 0, W, H), svg.lin(0, 0, W, 0, [(0, "#c9ccc4"), (0.45, "#8f978f"), (1, "#5f6861")]))
    kit.glow(svg, 300, 300, 900, "#f2f0e6", 0.7, sy=0.8)
    svg.path(rect_d(0, 860, W, H - 860), svg.lin(0, 860, 0, H, [(0, "#4f6b4a"), (1, "#3a5136")]), op=1.0)
    for _ in range(40):  # the blanket's shuriken print, blurred
        x, y = rng.uniform(0, W), rng.uniform(900, H)
        svg.path(ellipse_d(x, y, 24, 24), svg.soft("#2f432c", 0.6, 0.2))
    for pts in ([(0, 980), (900, 940), (2560, 1010)], [(200, 1200), (1300, 1150), (2560, 1230)]):
        svg.path(taper(pts, 30, 30), svg.soft("#2c3f29", 0.5, 0.3))  # folds
    # the chain, slack, from her neck above the frame down to the stone in her fingers
    tip = (1240, 640)
    for dx, sway in ((-70, -40), (60, 50)):
        chain = [(tip[0] + dx, -40), (tip[0] + dx + sway, 220), (tip[0] + dx * 0.4 + sway * 0.6, 460), tip]
        svg.line(chain, "#8a6a2a", 6)
        svg.line(chain, "#e9c25c", 3)
    _pinching_hand(svg, tip)
    # a tear falling towards it, and one already on the back of her hand
    svg.path(smooth([(1330, 250), (1354, 312), (1330, 336), (1306, 312)]), "#d8ecff", "#6f9cc8", 4)
    for k in (-1, 1):
        svg.line([(1330 + k * 30, 200), (1330 + k * 36, 168)], LINE_SOFT, 3)
    svg.path(ellipse_d(1420, 860, 18, 11), "#e6f3ff", "#6f9cc8", 3)
    kit.vignette(svg, "#0e1410", 0.55)


def _pinching_hand(svg: Svg, tip: tuple[float, float]) -> None:
    """Her right hand rising from the bottom right, in its dark fingerless glove: thumb and forefinger hold
    the sapphire at `tip` and turn it; the other fingers curled. Drawn pointing up in a local frame (the pinch
    at 0 0), then turned and scaled into place."""
    svg.open(transform=f"translate({tip[0]:.0f} {tip[1]:.0f}) rotate(-28) scale(2.1)")
    svg.cel(kit.finger((30, 300), (120, 900), 120, -20, tip_w=150), kit.SKIN, kit.SKIN_SH, LINE, 6, light=LIGHT,
            depth=16)  # the forearm
    for x, y in ((40, 120), (60, 140), (74, 166)):  # the last three fingers, curled into the palm
        svg.cel(kit.finger((x - 30, y + 30), (x + 6, y), 34, -6), kit.SKIN, kit.SKIN_SH, LINE, 4, light=LIGHT, depth=6)
    back = smooth([(-50, 300), (-58, 214), (-30, 146), (24, 128), (70, 166), (76, 240), (56, 306)])
    svg.cel(back, kit.S_DARK, kit.S_DARK_SH, LINE, 5, light=LIGHT, depth=14)  # the glove over the back of the hand
    svg.cel(smooth([(-56, 296), (60, 304), (58, 332), (-60, 324)], t=0.5), kit.S_DARK_SH, "#1e1a22", LINE, 4,
            light=LIGHT, depth=4)  # its cuff
    # the stone, held between the two fingertips
    svg.path(ellipse_d(0, -6, 40, 36), svg.soft("#9cc4ff", 0.6, 0.2))
    svg.cel(smooth([(0, -32), (20, -8), (0, 22), (-20, -8)]), "#3f6fd0", "#27479a", "#b08a3a", 4, light=LIGHT, depth=6,
            hi="#a8c8ff", hi_depth=3)
    svg.path(smooth([(-6, -18), (0, -24), (2, -12)]), "#ffffff", op=0.9)
    svg.cel(kit.finger((22, 140), (14, 6), 34, 10, tip_w=28), kit.SKIN, kit.SKIN_SH, LINE, 4, light=LIGHT, depth=6,
            hi=kit.SKIN_HI, hi_depth=2)  # forefinger, its tip on the stone's far side
    svg.cel(kit.finger((-44, 200), (-18, 10), 38, -14, tip_w=30), kit.SKIN, kit.SKIN_SH, LINE, 4, light=LIGHT,
            depth=6, hi=kit.SKIN_HI, hi_depth=2)  # thumb, on its near side
    svg.path(ellipse_d(-19, 14, 8, 10), "#fbe8dc", op=0.9)  # the thumbnail
    svg.close()
