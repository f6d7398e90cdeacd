"""The puppet: a character's proportions (:class:`Build`), a pose's joint angles (:class:`Pose`), the
skeleton they give in canvas pixels (:class:`Skeleton`), and the drawing of the bare figure's parts
(torso stations, limbs with elbows and knees, hands with a thumb, feet, neck and head).

Angles are degrees from straight down; positive turns a limb outwards, away from the body's centre
line (so the same pose numbers work for both sides). Side -1 is the character's right (the viewer's
left), +1 the character's left. The pelvis is the body's origin; heights are fractions of ``H``."""
from __future__ import annotations

import math
from dataclasses import dataclass, field

from .svg import Doc, Mat, Point, lerp, limb, smooth

GROUND = 2000.0  # canvas y of the floor for a standing figure (the frame cuts it at 1320: mid-thigh)


@dataclass(frozen=True)
class Build:
    H: float            # full height, art px
    hh: float           # head height (skull top to chin)
    hw: float           # head half width
    sh: float           # shoulder half width
    chest: float
    ww: float           # waist half width
    hipw: float
    neck_w: float       # neck half width
    neck: float         # visible neck, chin to shoulder line
    arm_w: tuple[float, float, float]   # half widths at shoulder, elbow, wrist
    leg_w: tuple[float, float, float]   # at hip, knee, ankle
    upper: float = 0.0
    fore: float = 0.0
    hand: float = 0.0
    thigh: float = 0.0
    shin: float = 0.0
    female: bool = False

    def __post_init__(self) -> None:
        for k, v in (("upper", 0.185), ("fore", 0.155), ("thigh", 0.245), ("shin", 0.235)):
            if not getattr(self, k):
                object.__setattr__(self, k, v * self.H)
        if not self.hand:
            object.__setattr__(self, "hand", 0.62 * self.hh)

    @property
    def chin(self) -> float:
        return -(0.5 * self.H - self.hh)

    @property
    def shoulder(self) -> float:
        return self.chin + self.neck


@dataclass(frozen=True)
class Arm:
    up: float = 8.0
    fore: float = 4.0
    hand: str = "relaxed"   # relaxed, fist, wave, open, flat, hold, pocket, none
    turn: float = 0.0       # extra turn of the hand from the forearm's line
    front: bool = True      # drawn in front of the torso
    fore_k: float = 1.0     # foreshortening of the forearm
    up_k: float = 1.0       # foreshortening of the upper arm (an elbow brought forward)


@dataclass(frozen=True)
class Leg:
    thigh: float = 3.0
    shin: float = 0.0
    thigh_k: float = 1.0    # foreshortening (a thigh pointing at the viewer looks short)
    shin_k: float = 1.0
    foot: str = "front"     # front (toes at the viewer), side, none
    over: bool = False      # drawn over the torso (a knee raised in front of the body)


@dataclass(frozen=True)
class Pose:
    name: str
    text: str
    size: tuple[int, int] = (960, 1320)
    pelvis: Point = (480.0, 0.0)       # y 0: a standing figure on GROUND
    lean: float = 0.0                  # upper body about the pelvis, clockwise positive
    turn: float = 0.0                  # whole figure about the pelvis (a lying pose)
    head: tuple[float, float, float] = (0.0, 0.0, 0.0)  # tilt, dx, dy (head units of hh)
    arms: tuple[Arm, Arm] = (Arm(), Arm())
    legs: tuple[Leg, Leg] = (Leg(), Leg())
    props: tuple[str, ...] = ()
    face_visible: bool = True
    foot: Point | None = None          # default: bottom centre
    drop: float = 0.0                  # pelvis lowered from standing by this share of H (sitting)
    scale: float = 1.0                 # display scale of this pose, times the set's (a body lying on the couch)
    extra: dict = field(default_factory=dict, hash=False, compare=False)


def rot(p: Point, c: Point, deg: float) -> Point:
    a = math.radians(deg)
    x, y = p[0] - c[0], p[1] - c[1]
    return (c[0] + x * math.cos(a) - y * math.sin(a), c[1] + x * math.sin(a) + y * math.cos(a))


def step(p: Point, side: int, ang: float, ln: float) -> Point:
    a = math.radians(ang)
    return (p[0] + side * math.sin(a) * ln, p[1] + math.cos(a) * ln)


class Skeleton:
    """Joint positions in canvas px for a build in a pose (``turn`` is applied by the caller's SVG
    transform; :meth:`canvas` maps a body point through it)."""

    def __init__(self, b: Build, p: Pose) -> None:
        self.b, self.p = b, p
        px, py = p.pelvis
        self.o: Point = (px, py if py else GROUND - 0.5 * b.H + p.drop * b.H)
        self.shoulder_y = self.o[1] + b.shoulder
        self.arms: dict[int, list[Point]] = {}
        self.legs: dict[int, list[Point]] = {}
        for i, s in enumerate((-1, 1)):
            a = p.arms[i]
            sj = self.up((self.o[0] + s * (b.sh - b.arm_w[0] * 0.8), self.shoulder_y + b.arm_w[0] * 0.7))
            el = step(sj, s, a.up + (-p.lean * s), b.upper * a.up_k)
            wr = step(el, s, a.fore + (-p.lean * s), b.fore * a.fore_k)
            self.arms[s] = [sj, el, wr]
            l = p.legs[i]
            hj = (self.o[0] + s * b.hipw * 0.5, self.o[1] - 0.03 * b.H)
            kn = step(hj, s, l.thigh, b.thigh * l.thigh_k)
            an = step(kn, s, l.shin, b.shin * l.shin_k)
            self.legs[s] = [hj, kn, an]
        tilt, dx, dy = p.head
        chin = self.up((self.o[0] + dx * b.hh, self.o[1] + b.chin + dy * b.hh))
        self.head_angle = tilt + p.lean
        self.face = rot((chin[0], chin[1] - 0.33 * b.hh), chin, self.head_angle)
        self.chin = chin

    def up(self, q: Point) -> Point:
        """A point of the upper body, leaned about the pelvis."""
        return rot(q, self.o, self.p.lean)

    def station(self, y: float, w: float) -> tuple[Point, Point]:
        return (self.up((self.o[0] - w, self.o[1] + y)), self.up((self.o[0] + w, self.o[1] + y)))

    def ring(self, stations: list[tuple[float, float]]) -> list[Point]:
        """A closed outline through (y, half width) stations of the upper body, top to bottom."""
        lefts, rights = zip(*(self.station(y, w) for y, w in stations))
        return list(rights) + list(reversed(lefts))

    def torso(self, widen: float = 0.0, top: float | None = None, bottom: float | None = None) -> list[Point]:
        b = self.b
        s = b.shoulder
        st = [(s - 0.012 * b.H, b.neck_w * 1.35), (s + 0.004 * b.H, b.sh * 0.78), (s + 0.03 * b.H, b.sh * 0.98),
              (s + 0.09 * b.H, b.chest), (-0.13 * b.H, b.ww), (-0.05 * b.H, b.hipw * 0.98), (0.03 * b.H, b.hipw * 1.02)]
        st = [(y, w + widen) for y, w in st if (top is None or y >= top - 1e-6) and (bottom is None or y <= bottom + 1e-6)]
        if bottom is not None and st[-1][0] < bottom:
            st.append((bottom, _width_at(st, bottom) + widen))
        return self.ring(st)

    def canvas(self, q: Point) -> Point:
        return rot(q, self.o, self.p.turn) if self.p.turn else q

    def head_tf(self) -> str:
        fx, fy = self.face
        return f"translate({fx:.1f},{fy:.1f}) rotate({self.head_angle:.1f})"


def _width_at(st: list[tuple[float, float]], y: float) -> float:
    return st[-1][1]


# ----------------------------------------------------------------- drawing the bare parts
def draw_limb(d: Doc, pts: list[Point], widths: tuple[float, float, float], m: Mat, bulge: tuple[float, float] = (0, 0),
              line: float = 4.0, cap: tuple[float, float] = (0.9, 0.9)) -> str:
    shape = smooth(limb(pts, widths, bulge, cap))
    d.part(shape, m, shade=widths[1] * 0.7, line=line)
    return shape


def sub(pts: list[Point], t0: float, t1: float) -> list[Point]:
    """The part of a two-segment chain between t0 and t1 (0 start, 1 middle joint, 2 end)."""
    def at(t: float) -> Point:
        i = min(1, int(t))
        return lerp(pts[i], pts[i + 1], t - i)
    out = [at(t0)]
    if t0 < 1 < t1:
        out.append(pts[1])
    out.append(at(t1))
    return out


def widths_sub(w: tuple[float, float, float], t0: float, t1: float) -> tuple[float, ...]:
    def at(t: float) -> float:
        i = min(1, int(t))
        return w[i] + (w[i + 1] - w[i]) * (t - i)
    out = [at(t0)]
    if t0 < 1 < t1:
        out.append(w[1])
    out.append(at(t1))
    return tuple(out)


def hand(d: Doc, wrist: Point, toward: Point, size: float, side: int, kind: str, skin: Mat,
         glove: Mat | None = None, spread: float = 1.0) -> None:
    """A hand at ``wrist`` pointing ``toward``: four fingers and a separate thumb on the inner side."""
    if kind in ("pocket", "none"):
        return
    ang = math.degrees(math.atan2(toward[1] - wrist[1], toward[0] - wrist[0])) - 90
    L = size
    th = -side  # thumb towards the body's centre line when the palm faces the thigh
    if kind == "wave":
        th = side
    d.push(f"translate({wrist[0]:.1f},{wrist[1]:.1f}) rotate({ang:.1f})")
    if kind in ("relaxed", "hold", "fist"):
        ln = {"relaxed": 0.95, "hold": 0.85, "fist": 0.62}[kind]
        mit = [(-0.16 * L, -0.02 * L), (0.16 * L, -0.02 * L), (0.22 * L, 0.25 * L), (0.21 * L, 0.5 * ln * L),
               (0.15 * L, 0.84 * ln * L), (0.03 * L, ln * L), (-0.09 * L, 0.95 * ln * L), (-0.19 * L, 0.62 * ln * L),
               (-0.21 * L, 0.3 * L)]
        mit = [(x * th * -1, y) for x, y in mit]
        d.part(smooth(mit), glove or skin, shade=0.1 * L, line=3.0)
        if glove is not None:
            d.clipped(smooth(mit), smooth([(-0.3 * L, 0.5 * ln * L), (0.3 * L, 0.5 * ln * L), (0.3 * L, 1.2 * L), (-0.3 * L, 1.2 * L)]),
                      skin.base)
            d.line(smooth([(-0.2 * L, 0.5 * ln * L), (0.0, 0.53 * ln * L), (0.21 * L, 0.5 * ln * L)], closed=False), glove.line, 2.5)
        for fx in (-0.09, 0.0, 0.09):   # the fingers' separations near the tips
            x = fx * L * -th
            d.line(smooth([(x, (0.62 if kind != "fist" else 0.45) * ln * L), (x + th * 0.01 * L, 0.9 * ln * L)], closed=False),
                   skin.line, 2.5)
        tb, tm, tt = (th * 0.15 * L, 0.1 * L), (th * 0.25 * L, 0.28 * L), (th * 0.2 * L, (0.46 if kind != "fist" else 0.4) * L)
        d.part(smooth(limb([tb, tm, tt], (0.08 * L, 0.07 * L, 0.055 * L), cap=(0.4, 1.0))), skin, shade=0.05 * L, line=3.0)
        d.pop()
        return
    fan = {"wave": 9.0, "open": 6.0, "flat": 5.0}.get(kind, 2.5) * spread
    lens = (0.44, 0.5, 0.47, 0.37)
    xs = (0.13, 0.045, -0.045, -0.125)
    for i, (x0, ln) in enumerate(zip(xs, lens)):
        base = (th * x0 * L, 0.36 * L)
        a = th * (1.5 - i) * fan
        ln2 = ln * L
        mid = (base[0] + math.sin(math.radians(-a)) * ln2 * 0.55, base[1] + math.cos(math.radians(a)) * ln2 * 0.55)
        tip = (base[0] + math.sin(math.radians(-a)) * ln2, base[1] + math.cos(math.radians(a)) * ln2)
        d.part(smooth(limb([base, mid, tip], (0.06 * L, 0.054 * L, 0.047 * L), cap=(0.5, 1.0))), skin, shade=0.04 * L, line=2.5)
    palm = [(-0.15 * L, -0.02 * L), (0.15 * L, -0.02 * L), (0.21 * L, 0.2 * L), (0.2 * L, 0.4 * L), (0.0, 0.45 * L),
            (-0.19 * L, 0.41 * L), (-0.2 * L, 0.2 * L)]
    d.part(smooth(palm), glove or skin, shade=0.09 * L, line=3.0)
    tb = (th * 0.16 * L, 0.1 * L)
    tm = (th * 0.3 * L, 0.26 * L)
    tt = (th * 0.38 * L, 0.42 * L)
    d.part(smooth(limb([tb, tm, tt], (0.075 * L, 0.065 * L, 0.052 * L), cap=(0.4, 1.0))), skin, shade=0.05 * L, line=3.0)
    d.pop()


def foot(d: Doc, ankle: Point, size: float, kind: str, shoe: Mat, skin: Mat, side: int, ang: float = 0.0) -> None:
    """A sandal: toward the viewer (``front``), in profile (``side``), or hidden."""
    if kind == "none":
        return
    L = size
    d.push(f"translate({ankle[0]:.1f},{ankle[1]:.1f}) rotate({ang:.1f})")
    if kind == "front":
        pts = [(-0.2 * L, -0.05 * L), (0.2 * L, -0.05 * L), (0.3 * L, 0.25 * L), (0.26 * L, 0.42 * L), (0.0, 0.46 * L),
               (-0.26 * L, 0.42 * L), (-0.3 * L, 0.25 * L)]
        d.part(smooth(pts), skin, shade=0.08 * L, line=3.0)
        sole = [(-0.31 * L, 0.34 * L), (0.31 * L, 0.34 * L), (0.3 * L, 0.5 * L), (-0.3 * L, 0.5 * L)]
        d.part(smooth(sole), shoe, shade=0.05 * L, line=3.0)
        d.part(smooth([(-0.22 * L, 0.02 * L), (0.22 * L, 0.02 * L), (0.24 * L, 0.16 * L), (-0.24 * L, 0.16 * L)]),
               shoe, shade=0.04 * L, line=3.0)
    else:
        s = side
        pts = [(-0.12 * L * s, -0.1 * L), (0.14 * L * s, -0.1 * L), (0.2 * L * s, 0.1 * L), (0.95 * L * s, 0.2 * L),
               (1.0 * L * s, 0.3 * L), (-0.18 * L * s, 0.3 * L), (-0.2 * L * s, 0.1 * L)]
        d.part(smooth(pts), skin, shade=0.06 * L, line=3.0)
        d.part(smooth([(-0.2 * L * s, 0.24 * L), (1.02 * L * s, 0.24 * L), (1.0 * L * s, 0.36 * L), (-0.2 * L * s, 0.36 * L)]),
               shoe, shade=0.04 * L, line=3.0)
        d.part(smooth([(-0.14 * L * s, -0.06 * L), (0.16 * L * s, -0.06 * L), (0.2 * L * s, 0.12 * L), (-0.18 * L * s, 0.12 * L)]),
               shoe, shade=0.04 * L, line=3.0)
    d.pop()


def head_pts(b: Build, jaw: float = 1.0) -> list[Point]:
    """The skull and jaw in head units round the face anchor (0, 0): top -0.67 hh, chin +0.33 hh."""
    h, w = b.hh, b.hw
    return [(0, -0.67 * h), (0.7 * w, -0.6 * h), (0.97 * w, -0.38 * h), (1.0 * w, -0.12 * h), (0.93 * w, 0.06 * h),
            (0.66 * w * jaw, 0.21 * h), (0.26 * w * jaw, 0.315 * h), (0, 0.335 * h), (-0.26 * w * jaw, 0.315 * h),
            (-0.66 * w * jaw, 0.21 * h), (-0.93 * w, 0.06 * h), (-1.0 * w, -0.12 * h), (-0.97 * w, -0.38 * h),
            (-0.7 * w, -0.6 * h)]


def neck(d: Doc, sk: Skeleton, skin: Mat) -> None:
    b = sk.b
    top = rot((sk.chin[0], sk.chin[1] - 0.2 * b.hh), sk.chin, 0)
    bot_y = b.shoulder + 0.02 * b.H
    l, r = sk.station(bot_y, b.neck_w * 1.18)
    pts = [(top[0] - b.neck_w, top[1]), (top[0] + b.neck_w, top[1]), (r[0], r[1] - 0.01 * b.H), r, l, (l[0], l[1] - 0.01 * b.H)]
    shape = smooth(pts)
    d.part(shape, skin, shade=b.neck_w * 0.5, line=3.0)
    # the jaw's shadow on the neck
    shadow = [(top[0] - b.neck_w * 1.2, top[1] - 10), (top[0] + b.neck_w * 1.2, top[1] - 10),
              (top[0] + b.neck_w * 1.2, top[1] + 0.14 * b.hh), (top[0], top[1] + 0.2 * b.hh), (top[0] - b.neck_w * 1.2, top[1] + 0.12 * b.hh)]
    d.clipped(shape, smooth(shadow), skin.shade)
