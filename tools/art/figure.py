"""One character in one pose, as the layer documents the manifest names: ``back`` (hair behind the
head), ``body`` (limbs, clothes, neck, head, held props), ``front`` (the fringe, headgear and props
over the face) and ``mark`` (insignia and a covered eye: the layer that is never mirrored).

A :class:`Char` (``char.py``) says what a character wears; :func:`layers` draws it on a :class:`Skeleton`."""
from __future__ import annotations

import math
from dataclasses import replace

from . import props
from .body import Pose, Skeleton, draw_limb, foot, hand, head_pts, neck, sub, widths_sub
from .char import Char
from .svg import Doc, Point, smooth


def arm(d: Doc, c: Char, sk: Skeleton, side: int) -> None:
    b, a = c.build, sk.p.arms[0 if side < 0 else 1]
    pts = sk.arms[side]
    wr = pts[2]
    ww = b.arm_w
    if c.sleeve is not None and c.sleeve_to >= 1.9:
        draw_limb(d, pts, tuple(w + c.sleeve_w for w in ww), c.sleeve, bulge=(ww[0] * 0.12, ww[1] * 0.1), line=4.5)
    else:
        draw_limb(d, pts, ww, c.skin, bulge=(ww[0] * 0.1, ww[1] * 0.12), line=4.5)
        if c.sleeve is not None:
            draw_limb(d, sub(pts, 0, c.sleeve_to), tuple(w + c.sleeve_w for w in widths_sub(ww, 0, c.sleeve_to)),  # type: ignore[arg-type]
                      c.sleeve, line=4.0, cap=(0.9, 0.25))
    if c.elbow_guard is not None:
        el = pts[1]
        r = ww[1] * 1.25
        d.part(smooth([(el[0] + r * math.cos(t / 6 * math.pi), el[1] + r * 0.8 * math.sin(t / 6 * math.pi)) for t in range(12)]),
               c.elbow_guard, shade=r * 0.4, line=3.5)
    if a.hand == "pocket":   # the wrist goes into the trouser pocket: its lip over the hand
        el = pts[1]
        ang = math.degrees(math.atan2(wr[1] - el[1], wr[0] - el[0])) - 90
        d.push(f"translate({wr[0]:.1f},{wr[1]:.1f}) rotate({ang:.1f})")
        w = ww[2] * 1.45
        m = c.legwear or c.skin
        if c.glove is not None:   # the glove's cuff at the wrist, just above the pocket
            d.part(smooth([(-w * 0.85, -34), (w * 0.85, -34), (w * 0.9, -8), (-w * 0.9, -8)], k=0.1), c.glove, shade=6, line=3.5)
        d.part(smooth([(-w, -4), (0, -12), (w, -4), (w * 0.9, w * 0.8), (-w * 0.9, w * 0.8)], k=0.1), m, shade=w * 0.3,
               line=3.0, outline=False)
        d.line(smooth([(-w * 1.05, -3), (0, -12), (w * 1.05, -3)], closed=False), m.line, 4.5)
        d.pop()
        return
    dx, dy = wr[0] - pts[1][0], wr[1] - pts[1][1]
    ang = math.atan2(dy, dx) + math.radians(a.turn * side)
    toward = (wr[0] + math.cos(ang), wr[1] + math.sin(ang))
    hand(d, (wr[0] - math.cos(ang) * 6, wr[1] - math.sin(ang) * 6), toward, b.hand, side, a.hand, c.skin, c.glove)
    if c.glove is not None:   # the glove's cuff round the wrist
        d.push(f"translate({wr[0]:.1f},{wr[1]:.1f}) rotate({math.degrees(ang) - 90:.1f})")
        w = ww[2] * 1.25
        d.part(smooth([(-w, -b.hand * 0.16), (w, -b.hand * 0.16), (w * 1.05, b.hand * 0.06), (-w * 1.05, b.hand * 0.06)], k=0.1),
               c.glove, shade=w * 0.4, line=3.5)
        d.pop()


def leg(d: Doc, c: Char, sk: Skeleton, side: int) -> None:
    b, lg = c.build, sk.p.legs[0 if side < 0 else 1]
    pts = sk.legs[side]
    lw = b.leg_w
    if c.legwear is not None and c.legwear_to >= 1.9:
        draw_limb(d, pts, tuple(w * 1.12 for w in lw), c.legwear, bulge=(lw[0] * 0.1, lw[1] * 0.1), line=4.5, cap=(0.3, 0.3))
    else:
        draw_limb(d, pts, lw, c.skin, bulge=(lw[0] * 0.08, lw[1] * 0.16), line=4.5, cap=(0.3, 0.5))
        if c.legwear is not None:
            draw_limb(d, sub(pts, 0, c.legwear_to), tuple(w * 1.1 for w in widths_sub(lw, 0, c.legwear_to)),  # type: ignore[arg-type]
                      c.legwear, line=4.0, cap=(0.3, 0.2))
    if lg.thigh_k < 0.7:   # a foreshortened thigh: the crease of the knee shows where it turns
        kn, hp = pts[1], pts[0]
        d.line(smooth([(kn[0] - lw[1] * 0.9, kn[1] + 4), (kn[0], kn[1] + (8 if hp[1] < kn[1] else -8)), (kn[0] + lw[1] * 0.9, kn[1] + 4)],
                      closed=False), (c.legwear or c.skin).line, 3)
    if lg.foot != "none":
        an = pts[2]
        foot(d, (an[0], an[1] - lw[2] * 0.6), b.hh * 0.95, lg.foot, c.shoe, c.skin, side)


def hips(d: Doc, c: Char, sk: Skeleton) -> None:
    """The pelvis block joining the legs (trousers or shorts)."""
    b = c.build
    m = c.legwear or c.skin
    st = [(-0.1 * b.H, b.ww * 1.02), (-0.04 * b.H, b.hipw * 1.02), (0.02 * b.H, b.hipw * 1.04)]
    pts = sk.ring(st) if sk.p.lean else [(sk.o[0] + sx * w, sk.o[1] + y) for sx in (1, -1)
                                           for y, w in (st if sx > 0 else list(reversed(st)))]
    crotch = (sk.o[0], sk.o[1] + 0.045 * b.H)
    pts = pts[:3] + [crotch] + pts[3:]
    d.part(smooth(pts), m, shade=b.hipw * 0.25, line=4.0)


def head(d: Doc, c: Char, sk: Skeleton) -> None:
    b = c.build
    d.push(sk.head_tf())
    for s in (-1, 1):   # ears
        ex = s * b.hw * 0.97
        d.part(smooth([(ex, -0.2 * b.hh), (ex + s * 0.13 * b.hw, -0.17 * b.hh), (ex + s * 0.12 * b.hw, 0.0),
                       (ex, 0.04 * b.hh)]), c.skin, shade=4, line=3.0)
    shape = smooth(head_pts(b))
    d.part(shape, c.skin, shade=b.hw * 0.12, line=3.5)
    c.head_extra(d)
    d.pop()


def layers(c: Char, p: Pose) -> tuple[dict[str, Doc], Skeleton]:
    sk = Skeleton(c.build, p)
    w, h = p.size
    if not p.turn:   # the face anchor on the canvas's middle: fixed layers line up however they are mirrored
        p = replace(p, pelvis=(p.pelvis[0] + w / 2 - sk.face[0], p.pelvis[1]))
        sk = Skeleton(c.build, p)
    docs = {name: Doc(w, h) for name in ("back", "body", "front", "mark")}
    if p.turn:
        for doc in docs.values():
            doc.push(f"rotate({p.turn:.1f},{sk.o[0]:.1f},{sk.o[1]:.1f})")
    d = docs["body"]
    props.draw(d, c, sk, "behind")
    docs["back"].push(sk.head_tf())
    c.hair_back(docs["back"])
    docs["back"].pop()
    for s in (-1, 1):
        if not p.arms[0 if s < 0 else 1].front:
            arm(d, c, sk, s)
    c.behind(d, sk)
    for s in (-1, 1):
        if not p.legs[0 if s < 0 else 1].over:
            leg(d, c, sk, s)
    hips(d, c, sk)
    c.torso(d, sk)
    neck(d, sk, c.neck_mat or c.skin)
    c.collar(d, sk)
    head(d, c, sk)
    for s in (-1, 1):
        if p.legs[0 if s < 0 else 1].over:
            leg(d, c, sk, s)
    props.draw(d, c, sk, "under-arms")
    for s in (-1, 1):
        if p.arms[0 if s < 0 else 1].front:
            arm(d, c, sk, s)
    c.over_arms(d, sk)
    props.draw(d, c, sk, "front")
    for name, fn in (("front", c.hair_front), ("front" if p.turn else "mark", c.mark)):
        docs[name].push(sk.head_tf())
        fn(docs[name])
        docs[name].pop()
    props.draw(docs["front"], c, sk, "over-face")
    return docs, sk


def face_anchor(sk: Skeleton) -> tuple[Point, float]:
    """Where the face layer's centre goes (canvas px) and its angle (degrees counter-clockwise)."""
    fx, fy = sk.canvas(sk.face)
    return (fx, fy), -(sk.head_angle + sk.p.turn)
