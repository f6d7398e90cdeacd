"""Drawing primitives shared by the place and sprite painters.

Owns the supersampled :class:`Canvas` (draw at ``scale``x, smoothscale down for
anti-aliasing), gradients, bezier curves, tapered strokes, soft glows and the
cel-shading helper.  Everything here is deterministic: no randomness lives in
this module (callers pass a seeded ``random.Random``).
"""
from __future__ import annotations

import math
from collections.abc import Callable, Sequence

import pygame

Color = tuple[int, int, int] | tuple[int, int, int, int]
Point = tuple[float, float]


def mix(a: Color, b: Color, t: float) -> tuple[int, int, int]:
    """Linear blend of two RGB colours (alpha ignored)."""
    t = max(0.0, min(1.0, t))
    return (round(a[0] + (b[0] - a[0]) * t), round(a[1] + (b[1] - a[1]) * t),
            round(a[2] + (b[2] - a[2]) * t))


def rgba(c: Color, a: int) -> tuple[int, int, int, int]:
    return (c[0], c[1], c[2], a)


def hexc(s: str) -> tuple[int, int, int]:
    s = s.lstrip("#")
    return (int(s[0:2], 16), int(s[2:4], 16), int(s[4:6], 16))


def bez(*ctrl: Point, n: int = 24) -> list[Point]:
    """Points along a quadratic or cubic bezier curve (2-4 control points)."""
    out: list[Point] = []
    for i in range(n + 1):
        t = i / n
        pts = list(ctrl)
        while len(pts) > 1:
            pts = [(p[0] + (q[0] - p[0]) * t, p[1] + (q[1] - p[1]) * t)
                   for p, q in zip(pts, pts[1:])]
        out.append(pts[0])
    return out


def path(*segments: Sequence[Point]) -> list[Point]:
    """Join point lists, dropping duplicated joints."""
    out: list[Point] = []
    for seg in segments:
        for p in seg:
            if not out or (abs(out[-1][0] - p[0]) > 1e-6 or abs(out[-1][1] - p[1]) > 1e-6):
                out.append(p)
    return out


def ellipse_pts(cx: float, cy: float, rx: float, ry: float, n: int = 48,
                rot: float = 0.0) -> list[Point]:
    cr, sr = math.cos(rot), math.sin(rot)
    pts = []
    for i in range(n):
        a = 2 * math.pi * i / n
        x, y = rx * math.cos(a), ry * math.sin(a)
        pts.append((cx + x * cr - y * sr, cy + x * sr + y * cr))
    return pts


def taper_poly(pts: Sequence[Point], w0: float, w1: float,
               wmid: float | None = None) -> list[Point]:
    """Polygon outlining a stroke along ``pts`` whose width goes w0 -> (wmid) -> w1."""
    n = len(pts)
    left: list[Point] = []
    right: list[Point] = []
    for i, p in enumerate(pts):
        a = pts[max(0, i - 1)]
        b = pts[min(n - 1, i + 1)]
        dx, dy = b[0] - a[0], b[1] - a[1]
        ln = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / ln, dx / ln
        t = i / max(1, n - 1)
        if wmid is None:
            w = w0 + (w1 - w0) * t
        else:
            w = (w0 + (wmid - w0) * (t * 2)) if t < 0.5 else (wmid + (w1 - wmid) * (t * 2 - 1))
        w /= 2
        left.append((p[0] + nx * w, p[1] + ny * w))
        right.append((p[0] - nx * w, p[1] - ny * w))
    return left + right[::-1]


class Canvas:
    """An RGBA drawing surface of logical size (w, h), stored ``scale``x larger.

    All coordinates and widths are given in logical pixels.
    """

    def __init__(self, w: int, h: int, scale: int = 2, fill: Color | None = None) -> None:
        self.w, self.h, self.s = w, h, scale
        self.surf = pygame.Surface((w * scale, h * scale), pygame.SRCALPHA)
        self.surf.fill(fill if fill is not None else (0, 0, 0, 0))

    # -- geometry helpers -------------------------------------------------
    def p(self, pt: Point) -> tuple[int, int]:
        return (round(pt[0] * self.s), round(pt[1] * self.s))

    def new(self, tint: Color | None = None) -> "Canvas":
        """An empty canvas of the same size.  ``tint`` sets the RGB of the
        transparent pixels so that blurring does not darken edges."""
        return Canvas(self.w, self.h, self.s, None if tint is None else (tint[0], tint[1], tint[2], 0))

    # -- primitives ---------------------------------------------------------
    def poly(self, color: Color, pts: Sequence[Point]) -> None:
        if len(pts) >= 3:
            pygame.draw.polygon(self.surf, color, [self.p(q) for q in pts])

    def rect(self, color: Color, x: float, y: float, w: float, h: float, radius: float = 0) -> None:
        r = pygame.Rect(round(x * self.s), round(y * self.s), round(w * self.s), round(h * self.s))
        pygame.draw.rect(self.surf, color, r, border_radius=round(radius * self.s))

    def ellipse(self, color: Color, cx: float, cy: float, rx: float, ry: float) -> None:
        r = pygame.Rect(0, 0, round(2 * rx * self.s), round(2 * ry * self.s))
        r.center = self.p((cx, cy))
        pygame.draw.ellipse(self.surf, color, r)

    def circle(self, color: Color, cx: float, cy: float, r: float) -> None:
        pygame.draw.circle(self.surf, color, self.p((cx, cy)), max(1, round(r * self.s)))

    def line(self, color: Color, a: Point, b: Point, width: float = 1) -> None:
        self.lines(color, [a, b], width)

    def lines(self, color: Color, pts: Sequence[Point], width: float = 1,
              caps: bool = True) -> None:
        """Thick polyline with round joints."""
        w = max(1, round(width * self.s))
        sp = [self.p(q) for q in pts]
        if len(sp) >= 2:
            pygame.draw.lines(self.surf, color, False, sp, w)
        if w > 3 and (caps or len(sp) > 2):
            rr = w / 2
            for q in (sp if caps else sp[1:-1]):
                pygame.draw.circle(self.surf, color, q, rr)

    def stroke(self, color: Color, pts: Sequence[Point], w0: float, w1: float,
               wmid: float | None = None) -> None:
        """Tapered brush stroke."""
        self.poly(color, taper_poly(pts, w0, w1, wmid))

    def vgrad(self, stops: Sequence[tuple[float, Color]], x: float = 0, y: float = 0,
              w: float | None = None, h: float | None = None, bands: int = 0) -> None:
        """Vertical gradient through (t, colour) stops; ``bands`` > 0 posterises it."""
        w = self.w if w is None else w
        h = self.h if h is None else h
        x0, y0 = round(x * self.s), round(y * self.s)
        pw, ph = round(w * self.s), round(h * self.s)
        for j in range(ph):
            t = j / max(1, ph - 1)
            if bands:
                t = min(bands - 1, int(t * bands)) / max(1, bands - 1)
            col: Color = stops[-1][1]
            for (t0, c0), (t1, c1) in zip(stops, stops[1:]):
                if t0 <= t <= t1:
                    u = (t - t0) / max(1e-9, t1 - t0)
                    col = mix(c0, c1, u)
                    if len(c0) == 4 and len(c1) == 4:
                        col = (*col, round(c0[3] + (c1[3] - c0[3]) * u))
                    break
            pygame.draw.line(self.surf, col, (x0, y0 + j), (x0 + pw - 1, y0 + j))

    # -- compositing ---------------------------------------------------------
    def paste(self, other: "Canvas", alpha: int = 255, flags: int = 0) -> None:
        src = other.surf
        if alpha < 255:
            src = src.copy()
            src.set_alpha(alpha)
        self.surf.blit(src, (0, 0), special_flags=flags)

    def blurred(self, amount: int) -> "Canvas":
        """A soft copy (down- and up-scaling); ``amount`` is the reduction factor."""
        out = Canvas(self.w, self.h, self.s)
        sw, sh = self.surf.get_size()
        small = pygame.transform.smoothscale(self.surf, (max(1, sw // amount), max(1, sh // amount)))
        small = pygame.transform.smoothscale(small, (max(1, sw // 2), max(1, sh // 2)))
        out.surf = pygame.transform.smoothscale(small, (sw, sh))
        return out

    def glow(self, color: Color, cx: float, cy: float, rx: float, ry: float,
             alpha: int = 120, soft: int = 8) -> None:
        g = self.new(color)
        g.ellipse(rgba(color, 255), cx, cy, rx, ry)
        self.paste(g.blurred(soft), alpha)

    def masked(self, mask_from: "Canvas") -> None:
        """Keep only the pixels where ``mask_from`` is opaque (alpha multiply)."""
        m = mask_from.surf.copy()
        m.fill((255, 255, 255, 0), special_flags=pygame.BLEND_RGBA_MAX)
        self.surf.blit(m, (0, 0), special_flags=pygame.BLEND_RGBA_MULT)

    def result(self) -> pygame.Surface:
        """The final anti-aliased surface at logical size."""
        return pygame.transform.smoothscale(self.surf, (self.w, self.h))


def shaded(c: Canvas, pts: Sequence[Point], base: Color, shade: Color,
           off: Point = (-6.0, -4.0)) -> None:
    """Cel-shaded fill: ``shade`` everywhere, ``base`` where the shape shifted by
    ``off`` still overlaps it (so the shadow falls on the far side)."""
    part = c.new()
    part.poly(shade, pts)
    lit = c.new()
    lit.poly(base, [(x + off[0], y + off[1]) for x, y in pts])
    lit.masked(part)
    part.paste(lit)
    c.paste(part)


def outline_behind(surf: pygame.Surface, color: Color, thick: int) -> pygame.Surface:
    """Return ``surf`` with a solid silhouette outline of ``thick`` px added behind it."""
    w, h = surf.get_size()
    out = pygame.Surface((w, h), pygame.SRCALPHA)
    sil = surf.copy()
    sil.fill((0, 0, 0, 255), special_flags=pygame.BLEND_RGBA_MULT)
    sil.fill((color[0], color[1], color[2], 0), special_flags=pygame.BLEND_RGBA_ADD)
    steps = max(8, thick * 4)
    for i in range(steps):
        a = 2 * math.pi * i / steps
        out.blit(sil, (round(math.cos(a) * thick), round(math.sin(a) * thick)))
    out.blit(surf, (0, 0))
    return out


DrawFn = Callable[[Canvas], None]
