"""Clothes drawn over the puppet's torso, built from its stations so they follow every pose: the flak
vest with scroll pouches, the stand-collar tops, the medic's coat, the apron-skirt, Tsunade's
crossed kimono top and the coat over her shoulders."""
from __future__ import annotations

from .body import Skeleton
from .svg import Doc, Mat, smooth


def vest(d: Doc, sk: Skeleton, m: Mat) -> None:
    b = sk.b
    H = b.H
    st = [(b.shoulder - 0.006 * H, b.neck_w * 1.55), (b.shoulder + 0.006 * H, b.sh * 0.82), (b.shoulder + 0.035 * H, b.sh * 0.96),
          (b.shoulder + 0.1 * H, b.chest + 8), (-0.13 * H, b.ww + 12), (-0.05 * H, b.hipw + 6)]
    shape = smooth(sk.ring(st), k=0.12)
    d.part(shape, m, shade=b.sh * 0.22, rim=5)
    top, hem = sk.station(b.shoulder + 0.01 * H, 0), sk.station(-0.055 * H, 0)
    d.line(smooth([top[0], hem[0]], closed=False), m.line, 3.5)
    for y in (-0.12 * H, -0.09 * H):   # the ribbed lower part
        l, r = sk.station(y, b.ww + 10)
        d.line(smooth([l, ((l[0] + r[0]) / 2, (l[1] + r[1]) / 2 + 4), r], closed=False), m.line, 2.5)
    for s in (-1, 1):   # two scroll pouches a side
        for k in range(2):
            x0 = s * (b.neck_w * 0.6 + 8 + k * b.chest * 0.36)
            y0 = b.shoulder + 0.075 * H
            w, h = b.chest * 0.3, 0.085 * H
            xa, xb = (x0, x0 + s * w)
            pts = [sk.up((sk.o[0] + x, sk.o[1] + y)) for x, y in ((xa, y0), (xb, y0), (xb, y0 + h), (xa, y0 + h))]
            d.part(smooth(pts, k=0.05), Mat.of(m.base, m.shade), shade=w * 0.25, line=3.5)
            flap = [sk.up((sk.o[0] + x, sk.o[1] + y)) for x, y in
                    ((xa - s * 3, y0 - 4), ((xa + xb) / 2, y0 - 14), (xb + s * 3, y0 - 4), (xb + s * 3, y0 + h * 0.28),
                     (xa - s * 3, y0 + h * 0.28))]
            d.part(smooth(flap, k=0.08), m, shade=5, line=3.0)


def vest_collar(d: Doc, sk: Skeleton, m: Mat) -> None:
    """The vest's padded collar standing round the neck."""
    b = sk.b
    for s in (-1, 1):
        base_y = b.shoulder + 0.012 * b.H
        pts = [sk.up((sk.o[0] + s * x, sk.o[1] + y)) for x, y in
               ((b.neck_w * 0.55, base_y + 16), (b.neck_w * 0.85, b.shoulder - 0.035 * b.H), (b.neck_w * 1.5, b.shoulder - 0.045 * b.H),
                (b.neck_w * 2.35, b.shoulder - 0.005 * b.H), (b.neck_w * 1.9, base_y + 8))]
        d.part(smooth(pts), m, shade=10, rim=3)


def shirt(d: Doc, sk: Skeleton, m: Mat, hem: float, widen: float = 0.0) -> str:
    b = sk.b
    shape = smooth(sk.torso(widen=widen, bottom=hem * b.H), k=0.14)
    d.part(shape, m, shade=b.sh * 0.22, rim=4)
    return shape


def stand_collar(d: Doc, sk: Skeleton, m: Mat, zip_to: float | None = None, trim=(246, 240, 236)) -> None:
    """A high collar round the neck; ``zip_to``: a zip down the front to that height."""
    b = sk.b
    pts = [sk.up((sk.o[0] + x, sk.o[1] + y)) for x, y in
           ((-b.neck_w * 1.2, b.shoulder - 0.032 * b.H), (b.neck_w * 1.2, b.shoulder - 0.032 * b.H), (b.neck_w * 1.45, b.shoulder + 0.008 * b.H),
            (-b.neck_w * 1.45, b.shoulder + 0.008 * b.H))]
    d.part(smooth(pts, k=0.08), m, shade=8, line=3.5)
    l, r = sk.station(b.shoulder + 0.008 * b.H, b.neck_w * 1.45)
    d.line(smooth([l, r], closed=False), trim, 4)
    if zip_to is not None:
        top, bot = sk.station(b.shoulder - 0.03 * b.H, 0)[0], sk.station(zip_to * b.H, 0)[0]
        d.line(smooth([top, bot], closed=False), trim, 4)
        d.part(smooth([(top[0] - 6, top[1] + 18), (top[0] + 6, top[1] + 18), (top[0] + 6, top[1] + 34), (top[0] - 6, top[1] + 34)], k=0.05),
               Mat.of(trim), shade=2, line=2)


def coat(d: Doc, sk: Skeleton, m: Mat, inner: Mat, hem: float, seated: bool = False) -> None:
    """The medic's white coat, open over a red top, its skirt to ``hem`` (body units below the pelvis)."""
    b = sk.b
    H = b.H
    st = [(b.shoulder - 0.004 * H, b.neck_w * 1.6), (b.shoulder + 0.006 * H, b.sh * 0.82), (b.shoulder + 0.035 * H, b.sh * 1.0),
          (b.shoulder + 0.1 * H, b.chest + 10), (-0.13 * H, b.ww + 14), (-0.04 * H, b.hipw + 14), (0.02 * H, b.hipw + 20)]
    if not seated:
        st.append((hem * H, b.hipw * 1.35))
    shape = smooth(sk.ring(st), k=0.12)
    d.part(shape, m, shade=b.sh * 0.25, rim=5)
    # the open front: the red top in a V, the lapels either side
    v = [sk.up((sk.o[0] + x, sk.o[1] + y)) for x, y in
         ((-b.neck_w * 1.3, b.shoulder - 0.006 * H), (b.neck_w * 1.3, b.shoulder - 0.006 * H), (b.neck_w * 0.25, -0.13 * H),
          (-b.neck_w * 0.25, -0.13 * H))]
    d.part(smooth(v, k=0.05), inner, shade=10, line=3)
    for s in (-1, 1):
        lap = [sk.up((sk.o[0] + s * x, sk.o[1] + y)) for x, y in
               ((b.neck_w * 1.3, b.shoulder - 0.008 * H), (b.neck_w * 2.5, b.shoulder + 0.0 * H), (b.neck_w * 1.9, b.shoulder + 0.08 * H),
                (b.neck_w * 0.3, -0.13 * H))]
        d.part(smooth(lap, k=0.08), m, shade=8, line=3)
    top = sk.station(-0.13 * H, 0)[0]
    bot = sk.station(hem * H if not seated else 0.02 * H, 0)[0]
    d.line(smooth([top, bot], closed=False), m.line, 3.5)
    for k in range(3):
        p = sk.station(-0.11 * H + k * 0.06 * H, b.neck_w * 0.7)[1]
        d.part(smooth([(p[0] + 7 * c, p[1] + 7 * s2) for c, s2 in ((1, 0), (0, 1), (-1, 0), (0, -1))]), Mat.of((196, 200, 206)), shade=2, line=2)
    pk = [sk.up((sk.o[0] + x, sk.o[1] + y)) for x, y in ((b.neck_w * 1.2, b.shoulder + 0.1 * H), (b.chest * 0.85, b.shoulder + 0.1 * H))]
    d.line(smooth(pk, closed=False), m.line, 3)
    pen = [sk.up((sk.o[0] + x, sk.o[1] + y)) for x, y in
           ((b.chest * 0.55, b.shoulder + 0.085 * H), (b.chest * 0.6, b.shoulder + 0.085 * H), (b.chest * 0.6, b.shoulder + 0.12 * H),
            (b.chest * 0.55, b.shoulder + 0.12 * H))]
    d.part(smooth(pen, k=0.05), Mat.of((80, 120, 170)), shade=2, line=2)


def skirt_apron(d: Doc, sk: Skeleton, m: Mat, length: float) -> None:
    """Sakura's pink apron-skirt over dark shorts: two panels open at the sides, to ``length``."""
    b = sk.b
    H = b.H
    for s in (-1, 1):
        pts = [sk.up((sk.o[0] + s * x, sk.o[1] + y)) for x, y in
               ((-b.ww * 0.1, -0.105 * H), (b.ww * 1.05, -0.105 * H), (b.hipw * 1.2, length * H * 0.55), (b.hipw * 1.15, length * H),
                (-b.ww * 0.05, length * H + 6))]
        d.part(smooth(pts, k=0.1), m, shade=b.hipw * 0.22, rim=4)
    l, r = sk.station(-0.105 * H, b.ww * 1.06)
    d.part(smooth([l, r, (r[0], r[1] + 22), (l[0], l[1] + 22)], k=0.04), Mat.of((70, 60, 70)), shade=4, line=3)


def kimono(d: Doc, sk: Skeleton, m: Mat, sash: Mat, hem: float) -> None:
    """A sleeveless kimono-style top crossed left over right, tied with a dark sash."""
    b = sk.b
    H = b.H
    shape = smooth(sk.torso(widen=6, bottom=hem * H), k=0.14)
    d.part(shape, m, shade=b.sh * 0.22, rim=4)
    for s in (-1, 1):
        a = sk.up((sk.o[0] + s * b.neck_w * 1.5, sk.o[1] + b.shoulder - 0.005 * H))
        c = sk.up((sk.o[0] - s * b.ww * 0.35, sk.o[1] - 0.13 * H))
        d.line(smooth([a, ((a[0] + c[0]) / 2 + s * 6, (a[1] + c[1]) / 2), c], closed=False), m.line, 3.5)
    v = [sk.up((sk.o[0] + x, sk.o[1] + y)) for x, y in
         ((-b.neck_w * 1.2, b.shoulder - 0.008 * H), (b.neck_w * 1.2, b.shoulder - 0.008 * H), (0, b.shoulder + 0.07 * H))]
    d.part(smooth(v, k=0.05), Mat.of((70, 66, 80)), shade=4, line=3)
    l, r = sk.station(-0.14 * H, b.ww + 10)
    l2, r2 = sk.station(-0.085 * H, b.ww + 14)
    d.part(smooth([l, r, r2, l2], k=0.04), sash, shade=12, line=3.5)


def draped_coat(d: Doc, sk: Skeleton, m: Mat, hem: float, behind: bool) -> None:
    """A coat worn over the shoulders: its back hangs behind the arms, its fronts fall in front."""
    b = sk.b
    H = b.H
    if behind:
        st = [(b.shoulder - 0.01 * H, b.neck_w * 1.7), (b.shoulder + 0.01 * H, b.sh * 1.12), (b.shoulder + 0.06 * H, b.sh * 1.32),
              (-0.05 * H, b.hipw * 1.55), (hem * H, b.hipw * 1.75)]
        d.part(smooth(sk.ring(st), k=0.12), Mat(m.shade, m.line, m.base, m.line), shade=b.sh * 0.2)
        return
    for s in (-1, 1):
        pts = [sk.up((sk.o[0] + s * x, sk.o[1] + y)) for x, y in
               ((b.neck_w * 1.5, b.shoulder - 0.012 * H), (b.sh * 1.15, b.shoulder + 0.005 * H), (b.sh * 1.22, b.shoulder + 0.04 * H),
                (b.sh * 0.98, b.shoulder + 0.07 * H), (b.chest * 0.82, b.shoulder + 0.11 * H), (b.ww * 0.95, -0.06 * H),
                (b.hipw * 1.1, hem * H), (b.hipw * 0.78, hem * H), (b.ww * 0.7, -0.1 * H), (b.neck_w * 1.6, b.shoulder + 0.08 * H),
                (b.neck_w * 1.05, b.shoulder + 0.0 * H))]
        d.part(smooth(pts, k=0.1), m, shade=b.sh * 0.2, rim=5)
