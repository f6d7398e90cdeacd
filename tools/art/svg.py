"""SVG building blocks for the character art: smooth closed paths through points, tapered limbs,
and a :class:`Doc` that draws cel-shaded parts with a thick outer line and thin inner lines.

A Doc collects parts in drawing order. At render time every part's shape is first stroked with the
outer line width behind everything (so only the silhouette of the whole layer shows the thick
line), then each part is filled with two tones (the shape in its shadow tone, the shape moved
towards the light in its base tone, clipped to itself) and an optional highlight rim, and outlined
with the inner line. Light comes from the viewer's upper left for the whole cast.

Rasterised by resvg (``resvg_py``, the ``art`` extra); only the asset build uses this module.
"""
from __future__ import annotations

import io
import math
from collections.abc import Sequence
from dataclasses import dataclass, field

Point = tuple[float, float]
RGB = tuple[int, int, int]

OUTER = 7.0          # half of the silhouette stroke: the outer line is ~7 art px wide
INNER = 3.0          # inner lines
INK: RGB = (46, 34, 44)
LIGHT = (1.0, 0.55)  # the shadow side: light from the upper left puts shadow right and down


def hexc(c: RGB) -> str:
    return "#%02x%02x%02x" % tuple(max(0, min(255, int(round(v)))) for v in c)


def mix(a: RGB, b: RGB, t: float) -> RGB:
    return tuple(round(a[i] + (b[i] - a[i]) * t) for i in range(3))  # type: ignore[return-value]


@dataclass(frozen=True)
class Mat:
    """A material: base tone, shadow tone, highlight tone, and the colour of its inner lines."""
    base: RGB
    shade: RGB
    light: RGB
    line: RGB

    @staticmethod
    def of(base: RGB, shade: RGB | None = None, light: RGB | None = None) -> "Mat":
        sh = shade or mix(base, (40, 30, 70), 0.32)
        return Mat(base, sh, light or mix(base, (255, 250, 240), 0.45), mix(sh, INK, 0.6))


def f(v: float) -> str:
    return f"{v:.1f}".rstrip("0").rstrip(".") if abs(v) < 1e6 else "0"


def smooth(pts: Sequence[Point], closed: bool = True, k: float = 1 / 6) -> str:
    """A path of cubic curves through every point (Catmull-Rom), closed unless told otherwise."""
    n = len(pts)
    if n < 2:
        return ""
    d = [f"M{f(pts[0][0])},{f(pts[0][1])}"]
    last = n if closed else n - 1
    for i in range(last):
        p0 = pts[(i - 1) % n] if closed or i > 0 else pts[i]
        p1, p2 = pts[i], pts[(i + 1) % n]
        p3 = pts[(i + 2) % n] if closed or i + 2 < n else p2
        c1 = (p1[0] + (p2[0] - p0[0]) * k, p1[1] + (p2[1] - p0[1]) * k)
        c2 = (p2[0] - (p3[0] - p1[0]) * k, p2[1] - (p3[1] - p1[1]) * k)
        d.append(f"C{f(c1[0])},{f(c1[1])} {f(c2[0])},{f(c2[1])} {f(p2[0])},{f(p2[1])}")
    return " ".join(d) + (" Z" if closed else "")


def poly(pts: Sequence[Point]) -> str:
    return "M" + " L".join(f"{f(x)},{f(y)}" for x, y in pts) + " Z"


def ellipse(cx: float, cy: float, rx: float, ry: float, rot: float = 0.0, n: int = 12) -> list[Point]:
    cr, sr = math.cos(math.radians(rot)), math.sin(math.radians(rot))
    out = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        out.append((cx + x * cr - y * sr, cy + x * sr + y * cr))
    return out


def lerp(a: Point, b: Point, t: float) -> Point:
    return (a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t)


def limb(joints: Sequence[Point], widths: Sequence[float], bulge: Sequence[float] = (),
         cap: tuple[float, float] = (0.9, 0.9)) -> list[Point]:
    """The outline of a tapered limb along ``joints`` (half widths per joint; ``bulge`` adds to the
    middle of each segment), with rounded ends (``cap``: how far each end bulges, in half widths)."""
    left: list[Point] = []
    right: list[Point] = []
    n = len(joints)
    samples: list[tuple[Point, Point, float]] = []  # point, direction, half width
    for i in range(n - 1):
        a, b = joints[i], joints[i + 1]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        dvec = (dx / ln, dy / ln)
        bg = bulge[i] if i < len(bulge) else 0.0
        for t in ((0.0, 0.3, 0.65) if i < n - 2 else (0.0, 0.3, 0.65, 1.0)):
            w = widths[i] + (widths[i + 1] - widths[i]) * t + bg * math.sin(math.pi * t)
            samples.append((lerp(a, b, t), dvec, w))
    # smooth the direction at the joints
    for j, (p, d, w) in enumerate(samples):
        if 0 < j < len(samples) - 1 and samples[j - 1][1] != d:
            pd = samples[j - 1][1]
            d = ((d[0] + pd[0]) / 2, (d[1] + pd[1]) / 2)
            ln = math.hypot(*d) or 1.0
            d = (d[0] / ln, d[1] / ln)
        nx, ny = -d[1], d[0]
        left.append((p[0] + nx * w, p[1] + ny * w))
        right.append((p[0] - nx * w, p[1] - ny * w))
    p0, d0, w0 = samples[0]
    p1, d1, w1 = samples[-1]
    start = (p0[0] - d0[0] * w0 * cap[0], p0[1] - d0[1] * w0 * cap[0])
    end = (p1[0] + d1[0] * w1 * cap[1], p1[1] + d1[1] * w1 * cap[1])
    return left + [end] + list(reversed(right)) + [start]


@dataclass
class Doc:
    """One layer's drawing: parts and lines in order, each under the transform active when added."""
    width: int
    height: int
    _sil: list[str] = field(default_factory=list)
    _body: list[str] = field(default_factory=list)
    _defs: list[str] = field(default_factory=list)
    _tf: list[str] = field(default_factory=list)
    _n: int = 0

    def push(self, transform: str) -> None:
        self._tf.append(transform)

    def pop(self) -> None:
        self._tf.pop()

    def _wrap(self, s: str) -> str:
        tf = " ".join(self._tf)
        return f'<g transform="{tf}">{s}</g>' if tf else s

    def _id(self) -> str:
        self._n += 1
        return f"c{self._n}"

    def part(self, d: str, m: Mat, shade: float = 14.0, rim: float = 0.0, line: float = INNER,
             outline: bool = True, light: Point = LIGHT) -> None:
        """A cel-shaded shape: shadow band ``shade`` px wide on the dark side, highlight rim ``rim`` px."""
        if outline:
            self._sil.append(self._wrap(f'<path d="{d}" fill="{hexc(INK)}" stroke="{hexc(INK)}" '
                                        f'stroke-width="{f(2 * OUTER)}" stroke-linejoin="round"/>'))
        cid = self._id()
        self._defs.append(f'<clipPath id="{cid}"><path d="{d}"/></clipPath>')
        inner = [f'<path d="{d}" fill="{hexc(m.shade)}"/>']
        sx, sy = -light[0] * shade, -light[1] * shade
        if rim > 0:
            hid = self._id()
            self._defs.append(f'<clipPath id="{hid}"><path d="{d}" transform="translate({f(light[0] * rim)},'
                              f'{f(light[1] * rim)})"/></clipPath>')
            inner.append(f'<path d="{d}" fill="{hexc(m.light)}" transform="translate({f(sx)},{f(sy)})"/>')
            inner.append(f'<g clip-path="url(#{hid})"><path d="{d}" fill="{hexc(m.base)}" '
                         f'transform="translate({f(sx)},{f(sy)})"/></g>')
        else:
            inner.append(f'<path d="{d}" fill="{hexc(m.base)}" transform="translate({f(sx)},{f(sy)})"/>')
        body = f'<g clip-path="url(#{cid})">{"".join(inner)}</g>'
        if line > 0:
            body += (f'<path d="{d}" fill="none" stroke="{hexc(m.line)}" stroke-width="{f(line)}" '
                     f'stroke-linejoin="round"/>')
        self._body.append(self._wrap(body))

    def flat(self, d: str, color: RGB, opacity: float = 1.0, outline: bool = False) -> None:
        """A plain fill with no line (a cast shadow, a shine band, a blush)."""
        if outline:
            self._sil.append(self._wrap(f'<path d="{d}" fill="{hexc(INK)}" stroke="{hexc(INK)}" '
                                        f'stroke-width="{f(2 * OUTER)}" stroke-linejoin="round"/>'))
        op = f' fill-opacity="{f(opacity)}"' if opacity < 1 else ""
        self._body.append(self._wrap(f'<path d="{d}" fill="{hexc(color)}"{op}/>'))

    def clipped(self, clip: str, d: str, color: RGB, opacity: float = 1.0) -> None:
        """A fill of ``d`` seen only inside ``clip`` (a shadow falling on a part)."""
        cid = self._id()
        self._defs.append(f'<clipPath id="{cid}"><path d="{clip}"/></clipPath>')
        op = f' fill-opacity="{f(opacity)}"' if opacity < 1 else ""
        self._body.append(self._wrap(f'<g clip-path="url(#{cid})"><path d="{d}" fill="{hexc(color)}"{op}/></g>'))

    def line(self, d: str, color: RGB = INK, width: float = INNER, cap: str = "round") -> None:
        self._body.append(self._wrap(f'<path d="{d}" fill="none" stroke="{hexc(color)}" stroke-width="{f(width)}" '
                                     f'stroke-linecap="{cap}" stroke-linejoin="round"/>'))

    def taper(self, pts: Sequence[Point], color: RGB, w0: float, w1: float, w2: float | None = None) -> None:
        """A brush stroke through ``pts``: width w0 at the start, w1 in the middle, w2 at the end."""
        w2 = w0 if w2 is None else w2
        n = len(pts)
        joints = list(pts)
        widths = [(w0 + (w1 - w0) * (2 * i / (n - 1)) if i <= (n - 1) / 2
                   else w1 + (w2 - w1) * (2 * i / (n - 1) - 1)) / 2 for i in range(n)]
        self.flat(smooth(limb(joints, widths, cap=(0.6, 0.6))), color)

    def raw(self, s: str) -> None:
        self._body.append(self._wrap(s))

    def svg(self) -> str:
        return (f'<svg xmlns="http://www.w3.org/2000/svg" width="{self.width}" height="{self.height}" '
                f'viewBox="0 0 {self.width} {self.height}"><defs>{"".join(self._defs)}</defs>'
                f'<g>{"".join(self._sil)}</g><g>{"".join(self._body)}</g></svg>')

    def png(self) -> bytes:
        import resvg_py  # the art extra; only the asset build needs it
        return bytes(resvg_py.svg_to_bytes(svg_string=self.svg(), skip_system_fonts=True))


def surface(png: bytes):  # type: ignore[no-untyped-def]
    import pygame
    return pygame.image.load(io.BytesIO(png), "x.png")
