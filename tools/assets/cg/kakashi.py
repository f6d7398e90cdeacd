"""Kakashi's head in profile, shared by the illustrations: the mask from the bridge of the nose
down, the forehead protector slanted over his left eye, the silver hair swept up and to his left.
Drawn facing +x around (280, 330) in local units (about 560 tall); callers place it with a
transform and pass the light in the same local frame."""
from __future__ import annotations

from . import kit
from .kit import LINE_SOFT
from .svg import Svg, smooth, taper


def profile_head(svg: Svg, light: tuple[float, float], ol: str, eye: str = "open",
                 hair: tuple[str, str, str] = ("#cfd5df", "#8d95a8", "#ffffff")) -> None:
    """`eye`: "open" (his right side, the eye half-lidded, looking down), "wide" (surprised), "smile" (his
    eye-smile), or "covered" (his left side: the plate over the eye)."""
    # the masked face and neck: one navy shape from the bridge of the nose down
    mask = smooth([(250, 420), (420, 372), (466, 352), (500, 392, 0), (486, 428), (478, 470), (470, 520),
                   (430, 560), (360, 590), (330, 640), (150, 650), (170, 520)])
    svg.cel(mask, kit.K_MASK, kit.K_MASK_SH, ol, 7, light=light, depth=40, hi="#4b5680", hi_depth=7)
    svg.line([(300, 560), (360, 585)], "#141a2c", 3)  # the jaw under the cloth
    # skin between the band and the mask: temple, eye, the top of the nose
    if eye != "covered":
        skin = smooth([(300, 300), (430, 290), (455, 318), (468, 352), (420, 372), (300, 400)])
        svg.line([(466, 352), (420, 373), (300, 405)], ol, 6)  # the mask's top edge
    else:  # only the temple shows behind the plate
        skin = smooth([(290, 300), (350, 300), (360, 360), (300, 400)])
    svg.cel(skin, kit.SKIN, kit.SKIN_SH, ol, 5, light=light, depth=14)
    if eye == "open":
        # the eye, half-lidded, looking down at the stone
        svg.path(taper([(398, 334), (420, 338), (440, 346)], 9, 3), ol)
        svg.path(smooth([(404, 340), (428, 342), (424, 352)]), "#2b2b33")
        svg.line([(392, 318), (418, 312), (446, 316)], "#6d7180", 6)  # the brow
        svg.line([(408, 356), (428, 358)], LINE_SOFT, 2)
    elif eye == "wide":  # caught off guard: the eye round, the brow jumped up
        svg.path(smooth([(402, 334), (424, 324), (444, 338), (426, 360)]), "#ffffff", ol, 4)
        svg.path(smooth([(418, 334), (430, 332), (432, 346), (420, 348)]), "#2b2b33")
        svg.line([(390, 306), (418, 296), (446, 302)], "#6d7180", 6)
    elif eye == "smile":  # his eye-smile: a curved lid, the eye shut
        svg.path(taper([(400, 346), (420, 332), (442, 344)], 4, 4, wmid=8), ol)
        svg.line([(392, 316), (418, 310), (446, 316)], "#6d7180", 6)
    ear = smooth([(250, 320), (290, 312), (300, 380), (262, 410)])
    svg.cel(ear, kit.SKIN, kit.SKIN_SH, ol, 5, light=light, depth=10)
    # hair: a spiky silver mass swept up and back (to his left), falling over the band in front
    hair_c, hair_s, hair_h = hair
    hair = smooth([(470, 250), (452, 190), (505, 120), (420, 130), (440, 40), (360, 90), (340, -40, 0),
                   (270, 60), (190, -60, 0), (170, 60), (60, -20, 0), (90, 110), (-60, 80, 0), (20, 200),
                   (-80, 240, 0), (30, 300), (-40, 380, 0), (80, 390), (40, 480, 0), (170, 420), (230, 300),
                   (300, 260), (380, 250, 0)], t=0.9)
    svg.cel(hair, hair_c, hair_s, ol, 7, light=light, depth=46, hi=hair_h, hi_depth=10)
    for pts in ([(420, 180), (320, 120), (240, 40)], [(380, 220), (260, 170), (150, 90)],
                [(300, 230), (180, 230), (70, 200)], [(230, 280), (120, 330), (60, 370)]):
        svg.path(taper(pts, 9, 1), hair_s)
    # the forehead protector: cloth round the head, the plate slanting down over his left eye
    if eye != "covered":  # his right side: the plate's edge, high on the brow
        band = smooth([(180, 280), (300, 238), (430, 226), (470, 250), (478, 300), (300, 296), (190, 322)])
        plate = smooth([(360, 232, 0), (452, 222), (488, 248), (492, 300, 0), (440, 300), (370, 286, 0)], t=0.6)
    else:  # his left side: band and plate slant down across the eye
        band = smooth([(180, 280), (300, 232), (430, 222), (470, 250), (490, 364), (400, 384), (300, 330),
                       (190, 322)])
        plate = smooth([(340, 236, 0), (452, 222), (492, 250), (498, 376, 0), (420, 388), (350, 336, 0)], t=0.6)
    svg.cel(band, kit.BAND, kit.BAND_SH, ol, 6, light=light, depth=12, hi="#4a5272", hi_depth=4)
    svg.cel(plate, kit.PLATE, kit.PLATE_SH, ol, 5, light=light, depth=14, hi=kit.PLATE_HI, hi_depth=4)
    if eye == "covered":
        svg.line([(392, 282), (420, 304), (446, 280), (470, 322)], kit.PLATE_SH, 4)  # the engraved mark
    for pts in ([(180, 300), (120, 380), (70, 470)], [(190, 310), (160, 420), (150, 520)]):
        svg.cel(taper(pts, 40, 22), kit.BAND, kit.BAND_SH, ol, 5, light=light, depth=10)
    for pts in ([(470, 250), (478, 300), (470, 330)], [(440, 240), (450, 290)]):  # strands over the band
        svg.cel(taper(pts, 30, 2), hair_c, hair_s, ol, 4, light=light, depth=8)
