"""Faces and extras: one picture per expression (eyes, brows, nose, mouth) in the face box, shared by
every pose through the pose's face anchor, and the extras (tears, blush, sweat) drawn over them.

Coordinates are head units round the face anchor (the box centre). Eyes follow the genre: a heavy
tapered upper lid, a tall iris darker at the top with two catch-lights, a thin lower lid; the light
falls from the viewer's upper left like on the bodies."""
from __future__ import annotations

from dataclasses import dataclass

from .svg import INK, RGB, Doc, Point, mix, smooth

FACE = (240, 240)


@dataclass(frozen=True)
class Style:
    hh: float
    eye_y: float          # head units (fraction of hh) below the anchor (negative: above)
    eye_dx: float         # centre of each eye from the middle, fraction of hh
    eye_w: float          # half width, fraction of hh
    eye_h: float          # half height
    iris: RGB
    brow: RGB
    skin: RGB
    lash: float = 5.0     # upper lid weight, px
    mouth_y: float = 0.17
    only_right: bool = False   # Kakashi: one eye shows (his right = viewer's left), the mask hides the mouth
    gaze: float = -0.12   # iris shift towards the viewer's left (the way the art faces), fraction of eye width


EXPRS = {
    #          open  lid   brow_in brow_up  mouth
    "neutral": (1.0, 0.0, 0.0, 0.0, "line"),
    "smile": (0.0, 0.0, -0.2, 0.25, "smile"),
    "sad": (1.05, 0.15, 1.3, 0.1, "frown"),      # open, wet eyes under grieving brows (half-lidded read as sulky)
    "cry": (0.0, 0.0, 1.1, 0.1, "cry"),
    "surprised": (1.2, 0.0, -0.4, 0.9, "o"),
    "angry": (0.9, -0.25, -1.5, -0.2, "shout"),
    "sleep": (0.0, 0.0, 0.1, -0.1, "sleep"),
    "wistful": (0.8, 0.22, 0.8, 0.05, "small-smile"),   # a sad smile: grieving brows, the mouth's corners up
    "serious": (0.8, -0.1, -0.5, -0.1, "line"),
    "downcast": (0.55, 0.12, 0.6, 0.0, "line"),   # looking away: lids lowered, eyes down (whichever way the face turns)
}


def _eye(d: Doc, st: Style, s: int, name: str) -> None:
    h = st.hh
    cx, cy = s * st.eye_dx * h, st.eye_y * h
    w, eh = st.eye_w * h, st.eye_h * h
    opn, lid, *_ = EXPRS[name]
    ink = mix(INK, st.brow, 0.25)
    inner, outer = cx - s * w, cx + s * w
    if name in ("smile", "cry", "sleep"):
        if name == "smile":      # closed, curved up: the genre's happy eye
            pts = [(outer, cy + 0.1 * eh), (cx, cy - 0.55 * eh), (inner, cy + 0.15 * eh)]
        else:                    # closed, curved down (asleep; squeezed shut crying)
            k = 0.35 if name == "sleep" else 0.15
            pts = [(outer, cy - 0.05 * eh), (cx, cy + k * eh), (inner, cy - (0.05 if name == "sleep" else 0.2) * eh)]
        d.taper(pts, ink, 3.0, st.lash * 1.25, 2.0)
        if name == "sleep":
            for t in (0.2, 0.45):
                x = outer + (inner - outer) * t
                d.line(smooth([(x, cy + 0.12 * eh), (x + s * 0.06 * w, cy + 0.35 * eh)], closed=False), ink, 2.0)
        return
    top_y = cy - eh * opn
    droop = lid * eh  # outer corner drops when sad, inner drops when angry
    if st.only_right and name == "sad":   # his one eye under its heavy lid: grief shows as a deeper droop
        droop = 0.5 * eh
    upper = [(outer, cy + 0.1 * eh + droop * 0.8), (cx + s * 0.45 * w, top_y + 0.15 * eh + droop * 0.4),
             (cx - s * 0.2 * w, top_y), (inner, cy - 0.25 * eh * opn - droop * 0.3)]
    lower = [(inner, cy + 0.15 * eh), (cx - s * 0.1 * w, cy + 0.82 * eh * min(1.0, opn + 0.2)), (outer, cy + 0.35 * eh)]
    white = smooth(upper + lower)
    d.flat(white, (250, 248, 246))
    ir = w * (0.42 if opn > 1.1 else 0.5)
    ix = cx + st.gaze * w * 2 - s * 0.02 * w
    iy = cy + 0.12 * eh + (0.1 * eh if name == "sad" else 0.45 * eh if name == "downcast" else 0.0)
    iris = smooth([(ix + ir * 0.9 * c, iy + ir * 1.25 * v) for c, v in
                   ((1, 0), (0.7, 0.7), (0, 1), (-0.7, 0.7), (-1, 0), (-0.7, -0.7), (0, -1), (0.7, -0.7))])
    d.clipped(white, iris, st.iris)
    d.clipped(white, smooth([(ix - ir, iy - ir * 1.3), (ix + ir, iy - ir * 1.3), (ix + ir, iy - ir * 0.1),
                             (ix, iy + ir * 0.15), (ix - ir, iy - ir * 0.1)]), mix(st.iris, INK, 0.45))
    pr = ir * (0.3 if opn > 1.1 else 0.42)
    d.clipped(white, smooth([(ix + pr * 0.8 * c, iy + pr * v) for c, v in
                             ((1, 0), (0.7, 0.7), (0, 1), (-0.7, 0.7), (-1, 0), (-0.7, -0.7), (0, -1), (0.7, -0.7))]),
              mix(st.iris, INK, 0.8))
    d.clipped(white, smooth([(ix - ir * 0.45 + ir * 0.22 * c, iy - ir * 0.45 + ir * 0.26 * v) for c, v in
                             ((1, 0), (0, 1), (-1, 0), (0, -1))]), (255, 255, 255))
    d.clipped(white, smooth([(ix + ir * 0.4 + ir * 0.1 * c, iy + ir * 0.55 + ir * 0.1 * v) for c, v in
                             ((1, 0), (0, 1), (-1, 0), (0, -1))]), (255, 255, 255))
    if st.only_right:   # heavy, bored lid over the top of the iris
        d.clipped(white, smooth([(inner - s * 10, top_y - 20), (outer + s * 10, top_y - 20),
                                 (outer + s * 10, cy - 0.05 * eh + droop * 0.6), (inner - s * 10, cy - 0.2 * eh)]),
                  mix(st.skin, (120, 90, 110), 0.25))
        upper = [(outer, cy + 0.1 * eh + droop * 0.8), (cx, cy - 0.12 * eh + droop * 0.3), (inner, cy - 0.22 * eh)] \
            if name != "surprised" else upper
    d.taper(upper + [(inner + s * 0.08 * w, upper[-1][1] + 0.1 * eh)], ink, st.lash * 0.8, st.lash * 1.3, 2.0)
    d.taper(lower[1:], mix(ink, st.skin, 0.35), 1.2, 2.4, 1.0)
    if name == "sad" and not st.only_right:   # wet eyes: a bright line of tears along the lower lid
        d.taper([(cx - s * 0.75 * w, cy + 0.5 * eh), (cx - s * 0.05 * w, cy + 0.86 * eh), (cx + s * 0.6 * w, cy + 0.55 * eh)],
                (235, 245, 255), 1.0, 3.2, 1.0)
    if st.only_right and name != "surprised":
        d.taper([(outer, top_y - 0.2 * eh), (cx, top_y - 0.35 * eh), (inner, top_y - 0.25 * eh)], mix(ink, st.skin, 0.4), 1, 2, 1)


def _brow(d: Doc, st: Style, s: int, name: str) -> None:
    h = st.hh
    _, _, b_in, b_up, _ = EXPRS[name]
    cx = s * st.eye_dx * h
    if b_in >= 0.8:   # grief (sad, wistful, crying): the inner end raised high, the outer end down, the whole brow
        # nearer the eye than a calm one, so that it shows under the fringe's tips
        y = (st.eye_y - st.eye_h - 0.05) * h
        w = st.eye_w * h * 1.1
        inner = (cx - s * w * 0.85, y - (0.035 + 0.012 * b_in) * h)
        mid = (cx + s * 0.1 * w, y - 0.012 * h)
        outer = (cx + s * w, y + 0.01 * h)
        d.taper([inner, mid, outer], st.brow, 5.0, 7.0, 2.0)
        return
    y = (st.eye_y - st.eye_h - 0.075) * h - b_up * 0.04 * h
    w = st.eye_w * h * 1.1
    inner = (cx - s * w * 0.9, y + 0.02 * h - b_in * 0.035 * h)
    outer = (cx + s * w, y + 0.015 * h)
    mid = (cx + s * 0.1 * w, y - 0.018 * h - (0.012 * h if b_in > 0.5 else 0))
    if b_in < -1.0:   # knitted in anger: a straight slant down to the nose, no arch
        mid = (mid[0], inner[1] * 0.45 + outer[1] * 0.55 - 0.004 * h)
    d.taper([inner, mid, outer], st.brow, 5.0, 6.5, 2.0)


def _mouth(d: Doc, st: Style, name: str) -> None:
    if st.only_right:
        if name == "surprised":   # the mask moves: a small dip where the mouth opens
            y = st.mouth_y * st.hh
            d.line(smooth([(-10, y), (0, y + 6), (10, y)], closed=False), (30, 32, 52), 2.5)
        return
    y = st.mouth_y * st.hh
    w = 0.085 * st.hh
    ink = mix(INK, (150, 60, 70), 0.3)
    inside = (150, 60, 72)
    kind = EXPRS[name][4]
    if kind == "line":
        d.taper([(-w * 0.7, y), (0, y + 1.5), (w * 0.7, y - 0.5)], ink, 1.5, 3.5, 1.5)
    elif kind in ("smile",):
        shape = smooth([(-w, y - 3), (0, y - 1), (w, y - 3), (w * 0.55, y + w * 0.55), (0, y + w * 0.75), (-w * 0.55, y + w * 0.55)])
        d.part(shape, _m(inside), shade=4, line=3.0)
        d.clipped(shape, smooth([(-w * 0.5, y + w), (w * 0.5, y + w), (w * 0.35, y + w * 0.4), (-w * 0.35, y + w * 0.4)]), (226, 120, 130))
    elif kind == "frown":
        d.taper([(-w * 0.6, y + 3), (0, y - 1.5), (w * 0.6, y + 3)], ink, 1.5, 3.2, 1.5)
    elif kind == "cry":
        shape = smooth([(-w * 0.9, y + 2), (-w * 0.3, y - 4), (w * 0.3, y - 3), (w * 0.9, y + 3), (w * 0.4, y + w * 0.55), (-w * 0.4, y + w * 0.5)])
        d.part(shape, _m(inside), shade=4, line=3.0)
    elif kind == "o":
        d.part(smooth([(0, y - w * 0.45), (w * 0.35, y), (0, y + w * 0.5), (-w * 0.35, y)]), _m(inside), shade=3, line=3.0)
    elif kind == "shout":   # wide open, its corners pulled down (not a grin): the top arches, teeth top and bottom
        shape = smooth([(-w * 0.95, y + 4), (-w * 0.45, y - 3), (0, y - 5), (w * 0.45, y - 3), (w * 0.95, y + 4),
                        (w * 0.75, y + w * 0.8), (0, y + w * 0.9), (-w * 0.75, y + w * 0.8)], k=0.12)
        d.part(shape, _m(inside), shade=3, line=3.0)
        d.clipped(shape, smooth([(-w, y - 8), (w, y - 8), (w, y + 5), (0, y + 2), (-w, y + 5)]), (250, 250, 250))
        d.clipped(shape, smooth([(-w * 0.8, y + w * 0.95), (w * 0.8, y + w * 0.95), (w * 0.6, y + w * 0.72),
                                 (-w * 0.6, y + w * 0.72)]), (236, 232, 232))
    elif kind == "small-smile":
        d.taper([(-w * 0.62, y - 1.5), (0, y + 2.5), (w * 0.62, y - 1.5)], ink, 1.5, 3.2, 1.5)
    elif kind == "sleep":
        d.taper([(-w * 0.35, y + 1), (0, y + 3), (w * 0.35, y + 1)], ink, 1.5, 2.8, 1.5)


def _m(c: RGB):  # type: ignore[no-untyped-def]
    from .svg import Mat
    return Mat.of(c)


def _nose(d: Doc, st: Style) -> None:
    if st.only_right:
        return
    y = (st.mouth_y - 0.1) * st.hh
    d.taper([(0.012 * st.hh, y - 0.03 * st.hh), (0.02 * st.hh, y + 0.005 * st.hh), (0.002 * st.hh, y + 0.015 * st.hh)],
            mix(st.skin, INK, 0.45), 1.5, 3.0, 1.5)


def face(st: Style, name: str) -> Doc:
    d = Doc(*FACE)
    d.push(f"translate({FACE[0] / 2},{FACE[1] / 2})")
    sides = (-1,) if st.only_right else (-1, 1)
    for s in sides:
        _eye(d, st, s, name)
        _brow(d, st, s, name)
    _nose(d, st)
    _mouth(d, st, name)
    if name == "cry":
        _tears(d, st, heavy=True)
    d.pop()
    return d


def _tears(d: Doc, st: Style, heavy: bool = False) -> None:
    h = st.hh
    for s in ((-1,) if st.only_right else (-1, 1)):
        x, y = s * (st.eye_dx * h + 0.2 * st.eye_w * h), (st.eye_y + st.eye_h * 0.6) * h
        ln = (0.3 if heavy else 0.22) * h
        stream: list[Point] = [(x, y), (x + s * 4, y + ln * 0.5), (x + s * 2, y + ln)]
        d.taper(stream, (150, 200, 240), 6.0, 8.0, 9.0)
        d.taper([(x - 1, y + 4), (x + s * 2, y + ln * 0.5)], (235, 248, 255), 1.5, 2.5, 1.0)
        d.taper([(x - s * st.eye_w * h * 0.6, y - 2), (x + s * st.eye_w * h * 0.5, y - 1)], (190, 225, 250), 2.0, 4.5, 2.0)


NECKLACE = (FACE[0], 640)  # taller than a face: the chain hangs below the chin, and extras are centred on the face
NECK_TOP, NECK_LOW = 0.40, 0.53  # head units below the face's anchor: the chain round her high collar, the stone on its front


def extra(st: Style, name: str) -> Doc:
    size = NECKLACE if name == "necklace" else FACE
    d = Doc(*size)
    d.push(f"translate({size[0] / 2},{size[1] / 2})")
    h = st.hh
    if name == "tears":
        _tears(d, st)
    elif name == "blush":
        for s in (-1, 1):
            x, y = s * (st.eye_dx + 0.03) * h, (st.eye_y + st.eye_h + 0.085) * h
            d.flat(smooth([(x - 0.09 * h, y), (x, y - 0.03 * h), (x + 0.09 * h, y), (x, y + 0.03 * h)]), (240, 120, 140), 0.45)
            for k in (-1, 0, 1):
                d.line(smooth([(x + k * 0.04 * h - 5, y + 6), (x + k * 0.04 * h + 5, y - 6)], closed=False), (214, 90, 110), 2.5)
    elif name == "necklace":  # a fine gold chain over the collar, a tiny sapphire at the front
        top, low, half = NECK_TOP * h, NECK_LOW * h, 0.175 * h
        chain = [(-half, top), (-half * 0.62, top + (low - top) * 0.62), (0, low), (half * 0.62, top + (low - top) * 0.62),
                 (half, top)]
        d.line(smooth(chain, closed=False), (150, 110, 40), 4.0)
        d.line(smooth(chain, closed=False), (236, 196, 92), 2.2)
        stone = smooth([(0, low + 2), (11, low + 16), (0, low + 34), (-11, low + 16)])
        d.part(stone, _m((70, 110, 210)), shade=3, line=2.5)
        d.flat(smooth([(-3, low + 10), (1, low + 8), (1, low + 14)]), (235, 245, 255))
    elif name == "sweat":
        x, y = 0.34 * h, -0.36 * h
        drop = smooth([(x, y - 26), (x + 12, y + 4), (x, y + 16), (x - 12, y + 4)])
        d.part(drop, _m((190, 226, 250)), shade=5, line=3.0)
        d.flat(smooth([(x - 4, y - 4), (x - 1, y - 12), (x + 1, y - 3)]), (255, 255, 255))
    d.pop()
    return d
