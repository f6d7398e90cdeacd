"""The cast as puppets (after shared/ART.md): each character's build, palette, clothes, hair and face.

Heights share one floor (``body.GROUND``), so the sets stand true to each other: Kakashi 1880 art px,
Kotetsu 1840, Tsunade 1730, Sakura at 21 1720, at 15 1650 and at 13 1500, with her head bigger in
proportion the younger she is (1/6.5 of the height for Kakashi; Sakura 1/6.1 at 21, 1/5.65 at 15, 1/4.9 at 13)."""
from __future__ import annotations

from . import hair as HR
from . import outfits as O
from .body import Build, Skeleton
from .char import Char
from .faces import Style
from .svg import Doc, Mat, mix, smooth

SKIN = Mat.of((255, 228, 208), (238, 184, 168), (255, 244, 234))
NAVY = Mat.of((58, 64, 96), (40, 44, 70), (90, 98, 136))
VEST = Mat.of((112, 134, 88), (84, 104, 70), (146, 166, 112))
RED = Mat.of((212, 58, 66), (164, 38, 54), (240, 110, 110))
DARK = Mat.of((64, 62, 78), (44, 42, 56), (100, 98, 116))
SANDAL = Mat.of((58, 70, 110), (40, 48, 80))
WHITE = Mat.of((244, 244, 240), (204, 210, 214), (255, 255, 255))
PINK = Mat.of((246, 168, 192), (218, 124, 160), (255, 218, 230))
SILVER = Mat.of((226, 230, 238), (172, 178, 198), (255, 255, 255))
BLONDE = Mat.of((250, 214, 112), (222, 170, 72), (255, 240, 190))
INKHAIR = Mat.of((62, 64, 84), (40, 40, 58), (110, 116, 146))
GREY = Mat.of((168, 170, 176), (128, 130, 140), (210, 212, 218))
GREEN = Mat.of((100, 140, 92), (74, 108, 72), (140, 176, 124))
CLOTH_NAVY = Mat.of((52, 58, 90), (36, 40, 64))
EXPR_KAKASHI = ["neutral", "smile", "sad", "cry", "surprised", "sleep"]
EXPR_SAKURA = ["neutral", "smile", "sad", "cry", "surprised", "angry", "sleep", "wistful", "downcast"]
EXPR_OTHER = ["neutral", "smile", "sad", "cry", "surprised", "downcast"]


def kakashi() -> Char:
    b = Build(H=1880, hh=290, hw=106, sh=222, chest=196, ww=156, hipw=160, neck_w=45, neck=74,
              arm_w=(54, 40, 31), leg_w=(96, 62, 40))
    hh, hw = b.hh, b.hw
    st = Style(hh, eye_y=-0.06, eye_dx=0.2, eye_w=0.11, eye_h=0.066, iris=(64, 62, 72), brow=(150, 154, 172),
               skin=SKIN.base, lash=4.5, only_right=True, gaze=0.0)

    def back(d: Doc) -> None:
        tips = [(166, 0.66, 21), (196, 0.8, 20), (224, 0.9, 20), (252, 0.98, 20), (280, 1.02, 20), (308, 1.02, 20),
                (336, 0.94, 20), (364, 0.8, 20), (390, 0.62, 19)]
        shape = HR.spikes((0.12 * hw, -0.4 * hh), [(a, l * hh, w) for a, l, w in tips], 0.46 * hh, bend=0.6)
        d.part(shape, Mat(SILVER.shade, mix(SILVER.shade, (60, 60, 100), 0.3), SILVER.base, SILVER.line), shade=hw * 0.3)

    def front(d: Doc) -> None:
        tips = [(162, 0.54, 22), (194, 0.66, 21), (224, 0.76, 20), (254, 0.84, 20), (284, 0.88, 20), (314, 0.86, 20),
                (344, 0.76, 21), (374, 0.6, 22)]
        shape = HR.spikes((0.06 * hw, -0.48 * hh), [(a, l * hh, w) for a, l, w in tips], 0.34 * hh, bend=0.55)
        d.part(shape, SILVER, shade=hw * 0.25, rim=6)
        HR.shine(d, shape, hh, hw, -0.78, SILVER, tilt=-0.08)

    def mark(d: Doc) -> None:   # the forehead protector slanted over his left eye (never mirrored)
        # a lock over his right temple (the viewer's left), below the slanted band: drawn with the band, never
        # mirrored, as the hair's layer is (mirrored, it stood up beside the band's high end like a thumb)
        for x0, ln in ((-1.02, 0.34),):
            lock = smooth([(x0 * hw - 14, -0.5 * hh), (x0 * hw + 22, -0.5 * hh), (x0 * hw + 10, (-0.3 + ln * 0.5) * hh),
                           (x0 * hw - 4, (-0.32 + ln) * hh)])
            d.part(lock, SILVER, shade=8, rim=3)
        HR.protector(d, hh, hw, -0.25, 24, CLOTH_NAVY, 0.46, band_h=0.1, cx=0.2, plate_h=1.6)
        HR.leaf_mark(d, hh, -0.25, 24, 0.055 * hh, cx=0.2, hw=hw)

    def mask(d: Doc) -> None:
        y = 0.05 * hh
        pts = [(-1.04 * hw, y + 0.03 * hh), (-0.5 * hw, y - 0.01 * hh), (0, y - 0.04 * hh), (0.5 * hw, y - 0.01 * hh),
               (1.04 * hw, y + 0.03 * hh), (0.95 * hw, 0.12 * hh), (0.66 * hw, 0.22 * hh), (0.26 * hw, 0.32 * hh), (0, 0.34 * hh),
               (-0.26 * hw, 0.32 * hh), (-0.66 * hw, 0.22 * hh), (-0.93 * hw, 0.08 * hh)]
        d.part(smooth(pts, k=0.12), NAVY, shade=hw * 0.18, rim=3, line=3.5)
        d.line(smooth([(0.02 * hw, y - 0.035 * hh), (0.06 * hw, y + 0.04 * hh), (0.0, y + 0.07 * hh)], closed=False), NAVY.line, 2.5)

    def torso(d: Doc, sk: Skeleton) -> None:
        O.shirt(d, sk, NAVY, 0.0)
        O.vest(d, sk, VEST)

    return Char("kakashi", b, SKIN, st, EXPR_KAKASHI, SANDAL, sleeve=NAVY, sleeve_w=5, glove=CLOTH_NAVY, legwear=NAVY,
                neck_mat=NAVY, torso=torso, collar=lambda d, sk: O.vest_collar(d, sk, VEST), head_extra=mask,
                hair_back=back, hair_front=front, mark=mark, fixed=["face", "extras", "mark"])


def _sakura_hair(hh: float, hw: float, back_len: float, locks: float, brow: float, band: str | None):
    def back(d: Doc) -> None:
        HR.bob_back(d, hh, hw, back_len, PINK)

    def front(d: Doc) -> None:
        HR.fringe(d, hh, hw, PINK, -0.15, locks, brow, sweep=0.4 if band is None else 0.0)
        if band == "headband":
            HR.protector(d, hh, hw, -0.6, 0, Mat.of((214, 56, 64)), 0.55, dy=0.12, band_h=0.06, wrap=1.12)

    def mark(d: Doc) -> None:
        if band == "headband":
            HR.leaf_mark(d, hh, -0.6, 0, 0.04 * hh)

    return back, front, mark


def sakura13() -> Char:
    b = Build(H=1500, hh=304, hw=116, sh=130, chest=112, ww=96, hipw=110, neck_w=30, neck=66,
              arm_w=(32, 23, 19), leg_w=(60, 38, 26), hand=150, female=True)
    st = Style(b.hh, eye_y=-0.06, eye_dx=0.2, eye_w=0.135, eye_h=0.115, iris=(70, 168, 110), brow=(196, 104, 138),
               skin=SKIN.base, lash=5.5, mouth_y=0.19)
    back, front, mark = _sakura_hair(b.hh, b.hw, 0.3, 0.3, -0.28, "headband")

    def torso(d: Doc, sk: Skeleton) -> None:
        O.shirt(d, sk, RED, 0.035)
        for s in (-1, 1):   # the top's side slits over the shorts
            p = sk.station(-0.02 * b.H, b.hipw * 0.9)[0 if s < 0 else 1]
            d.line(smooth([p, (p[0], p[1] + 0.05 * b.H)], closed=False), RED.line, 3)

    return Char("sakura-13", b, SKIN, st, EXPR_SAKURA, SANDAL, legwear=DARK, legwear_to=0.45, torso=torso,
                collar=lambda d, sk: O.stand_collar(d, sk, RED, zip_to=-0.2), hair_back=back, hair_front=front, mark=mark)


def sakura15() -> Char:
    b = Build(H=1650, hh=292, hw=107, sh=150, chest=132, ww=104, hipw=128, neck_w=32, neck=70,
              arm_w=(36, 26, 21), leg_w=(72, 44, 29), hand=158, female=True)
    st = Style(b.hh, eye_y=-0.08, eye_dx=0.2, eye_w=0.128, eye_h=0.098, iris=(70, 168, 110), brow=(196, 104, 138),
               skin=SKIN.base, lash=5.5, mouth_y=0.18)
    back, front, mark = _sakura_hair(b.hh, b.hw, 0.36, 0.34, -0.33, "headband")

    def torso(d: Doc, sk: Skeleton) -> None:
        O.shirt(d, sk, RED, -0.09)
        O.skirt_apron(d, sk, PINK, 0.2)

    return Char("sakura-15", b, SKIN, st, EXPR_SAKURA, SANDAL, glove=DARK, elbow_guard=PINK, legwear=DARK, legwear_to=0.5,
                torso=torso, collar=lambda d, sk: O.stand_collar(d, sk, RED, zip_to=-0.1), hair_back=back, hair_front=front,
                mark=mark, own_extras=("necklace",))  # Kakashi's mother's chain, from the morning he leaves


def sakura21() -> Char:
    b = Build(H=1720, hh=280, hw=100, sh=168, chest=150, ww=112, hipw=146, neck_w=34, neck=72,
              arm_w=(40, 29, 23), leg_w=(80, 48, 30), hand=160, female=True)
    st = Style(b.hh, eye_y=-0.1, eye_dx=0.2, eye_w=0.125, eye_h=0.09, iris=(70, 160, 106), brow=(196, 104, 138),
               skin=SKIN.base, lash=5.0, mouth_y=0.17)
    back, front, mark = _sakura_hair(b.hh, b.hw, 0.95, 0.5, -0.3, None)

    def torso(d: Doc, sk: Skeleton) -> None:
        O.coat(d, sk, WHITE, RED, 0.3, seated=sk.p.extra.get("seated", False))

    return Char("sakura-21", b, SKIN, st, EXPR_SAKURA, SANDAL, sleeve=WHITE, sleeve_w=7, legwear=DARK, torso=torso,
                hair_back=back, hair_front=front, mark=mark)


def tsunade() -> Char:
    b = Build(H=1730, hh=278, hw=100, sh=172, chest=156, ww=112, hipw=148, neck_w=34, neck=72,
              arm_w=(40, 29, 23), leg_w=(82, 48, 30), hand=160, female=True)
    hh, hw = b.hh, b.hw
    st = Style(hh, eye_y=-0.1, eye_dx=0.2, eye_w=0.112, eye_h=0.074, iris=(170, 120, 60), brow=(200, 150, 70),
               skin=SKIN.base, lash=5.0, mouth_y=0.17)

    def back(d: Doc) -> None:
        HR.bob_back(d, hh, hw, 0.35, BLONDE, width=1.14)
        for s in (-1, 1):   # two low tails, tied at the nape, falling behind the shoulders
            x = s * 0.95 * hw
            tail = smooth([(x - 26, 0.2 * hh), (x + 26, 0.2 * hh), (x + s * 40, 1.0 * hh), (x + s * 30, 2.2 * hh),
                           (x + s * 10, 2.5 * hh), (x - s * 12, 2.2 * hh), (x - s * 10, 1.0 * hh)])
            d.part(tail, BLONDE, shade=24, rim=5)
            d.part(smooth([(x - 24, 0.22 * hh), (x + 24, 0.22 * hh), (x + 24, 0.32 * hh), (x - 24, 0.32 * hh)], k=0.05),
                   Mat.of((90, 80, 110)), shade=4, line=3)

    def front(d: Doc) -> None:
        HR.fringe(d, hh, hw, BLONDE, 0.0, 0.42, -0.3)

    def torso(d: Doc, sk: Skeleton) -> None:
        O.kimono(d, sk, GREY, Mat.of((70, 74, 100)), 0.03)

    return Char("tsunade", b, SKIN, st, EXPR_OTHER, SANDAL, legwear=Mat.of((76, 84, 120)), torso=torso,
                behind=lambda d, sk: O.draped_coat(d, sk, GREEN, 0.32, True),
                over_arms=lambda d, sk: O.draped_coat(d, sk, GREEN, 0.32, False),
                head_extra=lambda d: HR.diamond(d, hh, -0.4), hair_back=back, hair_front=front)


def kotetsu() -> Char:
    b = Build(H=1840, hh=288, hw=105, sh=212, chest=188, ww=150, hipw=154, neck_w=44, neck=72,
              arm_w=(52, 38, 30), leg_w=(94, 60, 38))
    hh, hw = b.hh, b.hw
    st = Style(hh, eye_y=-0.1, eye_dx=0.2, eye_w=0.11, eye_h=0.066, iris=(60, 58, 70), brow=(54, 54, 70),
               skin=SKIN.base, lash=5.0, mouth_y=0.19, gaze=-0.05)

    def back(d: Doc) -> None:
        tips = [(150 + i * 24, (0.6 + 0.1 * (i % 2)) * hh, 17) for i in range(11)]
        d.part(HR.spikes((0.0, -0.4 * hh), tips, 0.38 * hh, bend=0.2), INKHAIR, shade=20, rim=4)

    def front(d: Doc) -> None:
        cap = smooth([(0, -0.74 * hh), (0.8 * hw, -0.64 * hh), (1.1 * hw, -0.36 * hh), (1.08 * hw, -0.3 * hh),
                      (-1.08 * hw, -0.3 * hh), (-1.1 * hw, -0.36 * hh), (-0.8 * hw, -0.64 * hh)])
        d.part(cap, CLOTH_NAVY, shade=16, rim=4)
        for x in (-0.85, -0.55, 0.6, 0.88):   # spikes under the bandana's edge
            d.part(smooth([(x * hw - 16, -0.32 * hh), (x * hw + 16, -0.32 * hh), (x * hw + 4, -0.2 * hh)], k=0.1), INKHAIR, shade=5)
        HR.protector(d, hh, hw, -0.4, 0, CLOTH_NAVY, 0.6, band_h=0.07)
        band = smooth([(-0.5 * hw, -0.005 * hh), (0.5 * hw, -0.005 * hh), (0.52 * hw, 0.04 * hh), (-0.52 * hw, 0.04 * hh)], k=0.05)
        d.part(band, Mat.of((246, 240, 226), (214, 204, 190)), shade=5, line=3, outline=False)

    def torso(d: Doc, sk: Skeleton) -> None:
        O.shirt(d, sk, NAVY, 0.0)
        O.vest(d, sk, VEST)

    return Char("kotetsu", b, SKIN, st, EXPR_OTHER + ["serious"], SANDAL, sleeve=NAVY, sleeve_w=5, legwear=NAVY,
                neck_mat=SKIN, torso=torso, collar=lambda d, sk: O.vest_collar(d, sk, VEST), hair_back=back,
                hair_front=front, mark=lambda d: HR.leaf_mark(d, hh, -0.4, 0, 0.045 * hh))


CAST = {"kakashi": kakashi, "sakura-13": sakura13, "sakura-15": sakura15, "sakura-21": sakura21,
        "tsunade": tsunade, "kotetsu": kotetsu}
