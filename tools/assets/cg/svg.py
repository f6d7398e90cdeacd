"""A small SVG writer for the event illustrations: smooth closed shapes through points
(Catmull-Rom turned into cubic Beziers), tapered strokes, gradients, blur filters, clip paths
and cel shading by offset (the part of a shape not covered by itself moved towards the light
is its shade).  Numbers are written with one decimal, so the same drawing is the same text.

Rasterised by resvg (`resvg_py`, the `art` extra) at build time only."""
from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

Pt = Sequence[float]


def n(x: float) -> str:
    s = f"{x:.1f}"
    if s.endswith(".0"):
        s = s[:-2]
    return "0" if s == "-0" else s


def _xy(p: Pt) -> str:
    return f"{n(p[0])} {n(p[1])}"


def smooth(pts: Sequence[Pt], closed: bool = True, t: float = 1.0) -> str:
    """A path through `pts`; a point given as (x, y, 0) is a sharp corner."""
    m = len(pts)
    if m < 2:
        raise ValueError("smooth() needs two points")
    out = [f"M{_xy(pts[0])}"]
    last = m if closed else m - 1
    for i in range(last):
        p0, p1 = pts[(i - 1) % m], pts[i]
        p2, p3 = pts[(i + 1) % m], pts[(i + 2) % m]
        if not closed:
            p0 = pts[i - 1] if i > 0 else p1
            p3 = pts[i + 2] if i + 2 < m else p2
        sharp1 = len(p1) > 2
        sharp2 = len(p2) > 2
        if sharp1:
            c1 = (p1[0] + (p2[0] - p1[0]) / 3, p1[1] + (p2[1] - p1[1]) / 3)
        else:
            c1 = (p1[0] + (p2[0] - p0[0]) / 6 * t, p1[1] + (p2[1] - p0[1]) / 6 * t)
        if sharp2:
            c2 = (p2[0] - (p2[0] - p1[0]) / 3, p2[1] - (p2[1] - p1[1]) / 3)
        else:
            c2 = (p2[0] - (p3[0] - p1[0]) / 6 * t, p2[1] - (p3[1] - p1[1]) / 6 * t)
        out.append(f"C{_xy(c1)} {_xy(c2)} {_xy(p2)}")
    if closed:
        out.append("Z")
    return " ".join(out)


def poly(pts: Sequence[Pt], closed: bool = True) -> str:
    s = "M" + " L".join(_xy(p) for p in pts)
    return s + (" Z" if closed else "")


def _sample(pts: Sequence[Pt], per: int = 12) -> list[tuple[float, float]]:
    """Points along the open Catmull-Rom curve through `pts`."""
    out: list[tuple[float, float]] = []
    m = len(pts)
    for i in range(m - 1):
        p0 = pts[i - 1] if i > 0 else pts[i]
        p1, p2 = pts[i], pts[i + 1]
        p3 = pts[i + 2] if i + 2 < m else p2
        for k in range(per):
            u = k / per
            u2, u3 = u * u, u * u * u
            out.append(tuple(0.5 * ((2 * p1[j]) + (-p0[j] + p2[j]) * u + (2 * p0[j] - 5 * p1[j] + 4 * p2[j] - p3[j]) * u2
                                    + (-p0[j] + 3 * p1[j] - 3 * p2[j] + p3[j]) * u3) for j in (0, 1)))
    out.append((pts[-1][0], pts[-1][1]))
    return out


def taper(pts: Sequence[Pt], w0: float, w1: float, wmid: float | None = None, per: int = 12) -> str:
    """A filled stroke along the curve through `pts`, `w0` wide at the start, `w1` at the end
    (and `wmid` in the middle, if given): hair strands, folds, lines of varied weight."""
    s = _sample(pts, per)
    left, right = [], []
    k = len(s)
    for i, p in enumerate(s):
        a = s[max(i - 1, 0)]
        b = s[min(i + 1, k - 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        u = i / (k - 1)
        if wmid is None:
            w = w0 + (w1 - w0) * u
        else:
            w = (w0 + (wmid - w0) * 2 * u) if u < 0.5 else (wmid + (w1 - wmid) * (2 * u - 1))
        nx, ny = -dy / ln * w / 2, dx / ln * w / 2
        left.append((p[0] + nx, p[1] + ny))
        right.append((p[0] - nx, p[1] - ny))
    return poly(left + right[::-1])


def ellipse_d(cx: float, cy: float, rx: float, ry: float) -> str:
    return (f"M{n(cx - rx)} {n(cy)} A{n(rx)} {n(ry)} 0 1 0 {n(cx + rx)} {n(cy)} "
            f"A{n(rx)} {n(ry)} 0 1 0 {n(cx - rx)} {n(cy)} Z")


def rect_d(x: float, y: float, w: float, h: float) -> str:
    return f"M{n(x)} {n(y)} H{n(x + w)} V{n(y + h)} H{n(x)} Z"


class Svg:
    """A document: `defs` (gradients, filters, clips) and a body of elements, in order."""

    def __init__(self, w: int = 2560, h: int = 1440) -> None:
        self.w, self.h = w, h
        self.defs: list[str] = []
        self.body: list[str] = []
        self._ids = 0
        self._blurs: dict[object, str] = {}

    def uid(self, prefix: str) -> str:
        self._ids += 1
        return f"{prefix}{self._ids}"

    # -- definitions ---------------------------------------------------------------------
    def _stops(self, stops: Iterable[tuple[float, str] | tuple[float, str, float]]) -> str:
        out = []
        for s in stops:
            op = f' stop-opacity="{n(s[2]) if s[2] >= 0.1 else f"{s[2]:.2f}"}"' if len(s) > 2 else ""
            out.append(f'<stop offset="{s[0]:.3f}" stop-color="{s[1]}"{op}/>')
        return "".join(out)

    def lin(self, x1: float, y1: float, x2: float, y2: float, stops) -> str:
        i = self.uid("g")
        self.defs.append(f'<linearGradient id="{i}" gradientUnits="userSpaceOnUse" x1="{n(x1)}" y1="{n(y1)}" '
                         f'x2="{n(x2)}" y2="{n(y2)}">{self._stops(stops)}</linearGradient>')
        return f"url(#{i})"

    def rad(self, cx: float, cy: float, r: float, stops, sy: float = 1.0, rot: float = 0.0) -> str:
        """A radial gradient, squashed vertically by `sy` and turned by `rot` degrees about its centre."""
        i = self.uid("r")
        tr = ""
        if sy != 1.0 or rot:
            tr = (f' gradientTransform="translate({n(cx)} {n(cy)}) rotate({n(rot)}) scale(1 {sy:.3f}) '
                  f'translate({n(-cx)} {n(-cy)})"')
        self.defs.append(f'<radialGradient id="{i}" gradientUnits="userSpaceOnUse" cx="{n(cx)}" cy="{n(cy)}" '
                         f'r="{n(r)}"{tr}>{self._stops(stops)}</radialGradient>')
        return f"url(#{i})"

    def soft(self, color: str, op: float = 1.0, hard: float = 0.0) -> str:
        """A radial fade from `color` in the middle to clear at the edge of whatever it fills
        (object-bounding-box units, so one gradient serves every ellipse): mist, glows."""
        key = ("soft", color, round(op, 3), hard)
        if key not in self._blurs:
            i = self.uid("s")
            stops = self._stops([(0, color, op), (hard, color, op), (0.6 + hard * 0.4, color, op * 0.35),
                                 (1, color, 0)])
            self.defs.append(f'<radialGradient id="{i}">{stops}</radialGradient>')
            self._blurs[key] = f"url(#{i})"
        return self._blurs[key]

    def blur(self, sd: float) -> str:
        if sd not in self._blurs:
            i = self.uid("b")
            self.defs.append(f'<filter id="{i}" x="-50%" y="-50%" width="200%" height="200%">'
                             f'<feGaussianBlur stdDeviation="{n(sd)}"/></filter>')
            self._blurs[sd] = f"url(#{i})"
        return self._blurs[sd]

    def clip(self, d: str) -> str:
        i = self.uid("c")
        self.defs.append(f'<clipPath id="{i}"><path d="{d}"/></clipPath>')
        return f"url(#{i})"

    # -- elements -------------------------------------------------------------------------
    def path(self, d: str, fill: str | None = "#000", stroke: str | None = None, sw: float = 0,
             op: float = 1.0, blur: float = 0, blend: str = "", extra: str = "") -> None:
        a = [f'd="{d}"', f'fill="{fill or "none"}"']
        if stroke:
            a.append(f'stroke="{stroke}" stroke-width="{n(sw)}" stroke-linejoin="round" stroke-linecap="round"')
        if op < 1:
            a.append(f'opacity="{op:.3f}"')
        if blur:
            a.append(f'filter="{self.blur(blur)}"')
        if blend:
            a.append(f'style="mix-blend-mode:{blend}"')
        if extra:
            a.append(extra)
        self.body.append(f"<path {' '.join(a)}/>")

    def line(self, pts: Sequence[Pt], color: str, w: float, closed: bool = False, op: float = 1.0) -> None:
        self.path(smooth(pts, closed=closed) if len(pts) > 2 else poly(pts, closed), None, color, w, op)

    def open(self, clip: str | None = None, op: float = 1.0, blend: str = "", blur: float = 0,
             transform: str = "") -> None:
        a = []
        if clip:
            a.append(f'clip-path="{clip}"')
        if op < 1:
            a.append(f'opacity="{op:.3f}"')
        if blend:
            a.append(f'style="mix-blend-mode:{blend}"')
        if blur:
            a.append(f'filter="{self.blur(blur)}"')
        if transform:
            a.append(f'transform="{transform}"')
        self.body.append(f"<g {' '.join(a)}>")

    def close(self) -> None:
        self.body.append("</g>")

    def text(self) -> str:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.w}" height="{self.h}" '
                f'viewBox="0 0 {self.w} {self.h}"><defs>{"".join(self.defs)}</defs>'
                f'<g style="isolation:isolate">{"".join(self.body)}</g></svg>')

    # -- the cel look ----------------------------------------------------------------------
    def cel(self, d: str, base: str, shade: str | None = None, line: str | None = "#2a2230", lw: float = 6,
            light: tuple[float, float] = (-1, -0.7), depth: float = 18, hi: str | None = None,
            hi_depth: float = 6, extra: Sequence[tuple[str, str]] = ()) -> None:
        """A shape in two tones and a highlight, lit from `light`: the shade is what the shape
        moved `depth` towards the light leaves uncovered; `extra` are (d, colour) drawn inside."""
        self.path(d, base)
        lx, ly = light
        if extra:
            self.open(clip=self.clip(d))
            for ed, ec in extra:
                self.path(ed, ec)
            self.close()
        if shade:
            self.path(d, shade, extra=f'mask="{self.minus(d, lx * depth, ly * depth)}"')
        if hi:
            self.path(d, hi, extra=f'mask="{self.minus(d, -lx * hi_depth, -ly * hi_depth)}"')
        if line:
            self.path(d, None, line, lw)

    def rim(self, d: str, color: str, light: tuple[float, float], depth: float, op: float = 1.0) -> None:
        """A rim of light along the lit edge of shape `d`: drawn after a night grade, over it."""
        self.path(d, color, op=op, extra=f'mask="{self.minus(d, -light[0] * depth, -light[1] * depth)}"')

    def minus(self, d: str, dx: float, dy: float) -> str:
        """A mask: the shape `d` less itself moved by (dx, dy)."""
        i = self.uid("m")
        self.defs.append(f'<mask id="{i}" maskUnits="userSpaceOnUse" x="0" y="0" width="{self.w}" height="{self.h}">'
                         f'<path d="{d}" fill="#fff"/><path d="{d}" fill="#000" '
                         f'transform="translate({n(dx)} {n(dy)})"/></mask>')
        return f"url(#{i})"
