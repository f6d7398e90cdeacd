"""Faces and expressions for the character sprites: head geometry, anime-style
eyes (both the large young eye and Kakashi's narrow one), brows, mouths,
blush and tears.  Every expression is a small table of parameters."""
from __future__ import annotations

import math
from dataclasses import dataclass

from .paint import Canvas, Color, Point, bez, ellipse_pts, mix, path, rgba

LINE: Color = (58, 36, 40)


@dataclass(frozen=True)
class Head:
    """Front-facing head: centre x, top of skull, half width, height (top to chin)."""
    cx: float
    top: float
    hw: float
    hh: float
    jaw: float = 0.58      # jaw width as a fraction of hw (smaller = pointier)
    cheek: float = 1.0     # roundness of the cheeks

    @property
    def eye_y(self) -> float:
        return self.top + 0.6 * self.hh

    def face_pts(self) -> list[Point]:
        cx, t, hw, hh = self.cx, self.top, self.hw, self.hh
        cy = t + 0.46 * hh
        top_arc = [(cx + hw * math.cos(a), cy + 0.46 * hh * math.sin(a))
                   for a in [math.pi + i * math.pi / 24 for i in range(25)]]
        right = path(bez((cx + hw, cy), (cx + hw * 1.02 * self.cheek, t + 0.74 * hh),
                         (cx + hw * self.jaw, t + 0.93 * hh)),
                     bez((cx + hw * self.jaw, t + 0.93 * hh), (cx + hw * 0.25, t + 1.0 * hh), (cx, t + hh)))
        left = [(2 * cx - x, y) for x, y in reversed(right)]
        return path(top_arc, right, left)


@dataclass(frozen=True)
class Expr:
    """Parameters of one expression."""
    eye: str = "open"          # open | smile | closed | squeeze | arc
    open_h: float = 1.0        # eye opening scale
    lid: float = 0.0           # upper lid drop (0..1 of eye height)
    lid_tilt: float = 0.0      # + = outer corner lower (sad), - = inner lower (angry)
    iris: float = 1.0          # iris size scale
    look: float = 0.0          # iris vertical offset (+ = down)
    brow_up: float = 0.0       # brow height offset (x eye height)
    brow_tilt: float = 0.0     # + = inner ends raised (sad), - = inner lowered (angry)
    mouth: str = "line"        # line | smile | frown | open | o | shout | small | wobble
    blush: float = 0.0
    tears: bool = False
    wet: bool = False


EXPRS: dict[str, Expr] = {
    "neutral": Expr(),
    "smile": Expr(eye="smile", lid=0.05, brow_up=0.12, mouth="smile", blush=0.55),
    "sad": Expr(lid=0.26, lid_tilt=0.45, look=0.14, wet=True, brow_tilt=0.9, brow_up=0.05, mouth="frown"),
    "cry": Expr(eye="squeeze", brow_tilt=1.0, brow_up=0.0, mouth="wobble", blush=0.7, tears=True),
    "surprised": Expr(open_h=1.18, iris=0.78, brow_up=0.45, mouth="o"),
    "angry": Expr(lid=0.2, lid_tilt=-0.9, iris=0.9, brow_tilt=-1.0, brow_up=-0.12, mouth="shout", blush=0.3),
    "sleep": Expr(eye="closed", brow_up=-0.05, brow_tilt=0.15, mouth="small", blush=0.25),
}


def blush(c: Canvas, h: Head, amount: float, col: Color = (240, 130, 140)) -> None:
    if amount <= 0:
        return
    layer = c.new(col)
    for s in (-1, 1):
        layer.ellipse(rgba(col, 255), h.cx + s * h.hw * 0.56, h.eye_y + h.hh * 0.15, h.hw * 0.2, h.hh * 0.055)
        for k in range(3):
            x = h.cx + s * h.hw * (0.48 + k * 0.08)
            layer.line(mix(col, (180, 60, 80), 0.5), (x, h.eye_y + h.hh * 0.13), (x - 3, h.eye_y + h.hh * 0.17), 1.3)
    c.paste(layer.blurred(2), round(150 * amount))


def big_eye(c: Canvas, x: float, y: float, w: float, hgt: float, side: int, e: Expr,
            iris_col: Color, line: Color = LINE) -> None:
    """A large anime eye.  side=-1 is the eye on the viewer's left."""
    inner = (x - side * w * 0.5, y + hgt * 0.12)
    outer = (x + side * w * 0.5, y - hgt * 0.05)
    if e.eye in ("closed", "squeeze"):
        if e.eye == "closed":
            pts = bez((inner[0], y + hgt * 0.05), (x, y + hgt * 0.45), (outer[0], y))
            c.stroke(line, pts, 1.5, 3.6, 4.0)
            c.stroke(line, [(outer[0], y), (outer[0] + side * w * 0.12, y - hgt * 0.08)], 3.0, 0.5)
        else:  # squeezed shut, crying: a bent line pointing inward
            mid = (x + side * w * 0.05, y + hgt * 0.05)
            c.stroke(line, path(bez(inner, (x - side * w * 0.1, y - hgt * 0.1), mid),
                                bez(mid, (x + side * w * 0.2, y - hgt * 0.2), (outer[0], y - hgt * 0.28))),
                     2.0, 3.0, 4.6)
            c.stroke(line, bez((x - side * w * 0.2, y + hgt * 0.28), (x + side * w * 0.1, y + hgt * 0.36),
                               (outer[0] - side * w * 0.05, y + hgt * 0.22)), 1.0, 1.0, 2.2)
        return
    hh = hgt * e.open_h
    if e.eye == "smile":  # happy closed arc
        arc = bez((inner[0], y + hgt * 0.22), (x - side * w * 0.1, y - hgt * 0.62), (outer[0], y + hgt * 0.12))
        c.stroke(line, arc, 2.2, 3.4, 5.0)
        c.stroke(line, [(outer[0], y + hgt * 0.12), (outer[0] + side * w * 0.13, y + hgt * 0.02)], 3.2, 0.6)
        return
    top_pts = bez(inner, (x - side * w * 0.25, y - hh * 0.62), (x + side * w * 0.28, y - hh * 0.62), outer)
    bot_y = y + hh * 0.5
    bot_pts = bez(outer, (x + side * w * 0.3, bot_y), (x - side * w * 0.2, bot_y + hh * 0.04), inner)
    if e.lid > 0:
        base = y - hh * 0.46 + hh * e.lid
        def lid_y(px: float) -> float:
            sgn = (px - x) / (w * 0.5) * side
            return base + e.lid_tilt * hh * 0.3 * sgn
        top_pts = [(px, max(py, lid_y(px))) for px, py in top_pts]
    shape = path(top_pts, bot_pts)
    eye = c.new()
    eye.poly((252, 250, 250), shape)
    eye.poly((222, 226, 240), path(top_pts, [(p[0], p[1] + hh * 0.22) for p in reversed(top_pts)]))
    ir_w, ir_h = w * 0.31 * e.iris, hh * 0.52 * e.iris
    icx, icy = x + side * w * 0.02, y + hh * 0.08 + e.look * hh
    eye.ellipse(mix(iris_col, (20, 20, 30), 0.55), icx, icy, ir_w, ir_h)
    eye.ellipse(iris_col, icx, icy + ir_h * 0.08, ir_w * 0.84, ir_h * 0.86)
    eye.ellipse(mix(iris_col, (255, 255, 240), 0.45), icx, icy + ir_h * 0.45, ir_w * 0.62, ir_h * 0.36)
    eye.ellipse(mix(iris_col, (10, 10, 20), 0.7), icx, icy - ir_h * 0.05, ir_w * 0.42, ir_h * 0.5)
    eye.ellipse(mix(iris_col, (10, 10, 20), 0.5), icx, icy - ir_h * 0.55, ir_w * 0.95, ir_h * 0.3)
    eye.circle((255, 255, 255), icx - ir_w * 0.38, icy - ir_h * 0.36, ir_w * 0.3)
    eye.circle((255, 255, 255), icx + ir_w * 0.35, icy + ir_h * 0.4, ir_w * 0.13)
    if e.wet:
        eye.ellipse((255, 255, 255), icx + ir_w * 0.1, icy + ir_h * 0.62, ir_w * 0.6, ir_h * 0.1)
    mask = c.new()
    mask.poly((255, 255, 255), shape)
    eye.masked(mask)
    c.paste(eye)
    c.stroke(line, top_pts, 2.0, 5.0, 5.2)
    end = top_pts[-1]
    c.stroke(line, [end, (end[0] + side * w * 0.14, end[1] - hgt * 0.16)], 4.0, 0.6)
    # lower lid hint
    c.stroke(mix(line, (200, 120, 120), 0.45), bot_pts[2:-8], 0.8, 1.8, 2.0)


def brow(c: Canvas, x: float, y: float, w: float, side: int, e: Expr, col: Color,
         thick: float = 3.4) -> None:
    """A brow centred above an eye at (x, y)."""
    lift = e.brow_tilt * w * 0.28
    inner = (x - side * w * 0.5, y - lift)
    outer = (x + side * w * 0.55, y + w * 0.05 + lift * 0.3)
    mid = (x + side * w * 0.05, y - w * 0.14 - lift * 0.5 * (1 if e.brow_tilt > 0 else 0.2))
    if e.brow_tilt < 0:
        mid = (x, y - w * 0.06)
    c.stroke(col, bez(inner, mid, outer), thick * 1.2, thick * 0.5, thick * 1.1)


def mouth(c: Canvas, x: float, y: float, w: float, kind: str, line: Color = LINE,
          inside: Color = (150, 60, 70)) -> None:
    tongue = (232, 120, 120)
    if kind == "line":
        c.stroke(line, bez((x - w * 0.35, y), (x, y + 1.5), (x + w * 0.35, y - 0.5)), 1.2, 1.2, 2.4)
    elif kind == "small":
        c.ellipse(inside, x, y + 1, w * 0.12, w * 0.08)
    elif kind == "smile":
        shape = path(bez((x - w * 0.5, y - 2), (x, y + 2), (x + w * 0.5, y - 2)),
                     bez((x + w * 0.5, y - 2), (x + w * 0.25, y + w * 0.5), (x - w * 0.25, y + w * 0.5), (x - w * 0.5, y - 2)))
        c.poly(inside, shape)
        c.ellipse(tongue, x, y + w * 0.3, w * 0.22, w * 0.1)
        c.lines(line, shape + [shape[0]], 1.6)
    elif kind == "frown":
        c.stroke(line, bez((x - w * 0.3, y + 3), (x, y - 3), (x + w * 0.3, y + 3)), 1.2, 1.2, 2.4)
    elif kind == "o":
        c.ellipse(line, x, y + 3, w * 0.2, w * 0.26)
        c.ellipse(inside, x, y + 3, w * 0.16, w * 0.22)
        c.ellipse(tongue, x, y + 3 + w * 0.12, w * 0.1, w * 0.06)
    elif kind == "wobble":
        top = [(x - w * 0.4, y + 4), (x - w * 0.2, y - 2), (x, y), (x + w * 0.2, y - 2), (x + w * 0.4, y + 4)]
        shape = path(top, bez((x + w * 0.4, y + 4), (x + w * 0.2, y + w * 0.32), (x - w * 0.2, y + w * 0.32), (x - w * 0.4, y + 4)))
        c.poly(inside, shape)
        c.ellipse(tongue, x, y + w * 0.2, w * 0.16, w * 0.06)
        c.lines(line, shape + [shape[0]], 1.6)
    elif kind == "shout":
        shape = path([(x - w * 0.45, y + 2), (x, y - 3), (x + w * 0.45, y + 2)],
                     bez((x + w * 0.45, y + 2), (x + w * 0.2, y + w * 0.42), (x - w * 0.2, y + w * 0.42), (x - w * 0.45, y + 2)))
        c.poly(inside, shape)
        c.poly((250, 250, 248), [(x - w * 0.38, y + 2), (x, y - 1.5), (x + w * 0.38, y + 2), (x + w * 0.34, y + 6), (x - w * 0.34, y + 6)])
        c.lines(line, shape + [shape[0]], 1.6)


def nose(c: Canvas, h: Head, col: Color) -> None:
    y = h.top + 0.76 * h.hh
    c.stroke(col, [(h.cx + 1, y - h.hh * 0.05), (h.cx + 3, y), (h.cx - 1, y + 1.5)], 0.8, 2.2, 2.0)


def tears(c: Canvas, pts_list: list[list[Point]]) -> None:
    layer = c.new()
    for pts in pts_list:
        layer.stroke((200, 232, 250), pts, 5.0, 7.0, 6.5)
        layer.stroke((255, 255, 255), [(p[0] - 1, p[1]) for p in pts[:len(pts) // 2]], 1.5, 1.0)
        end = pts[-1]
        layer.ellipse((200, 232, 250), end[0], end[1] + 2, 4.5, 6)
    edge = layer.new()
    for pts in pts_list:
        edge.stroke((110, 160, 200), pts, 7.0, 9.0, 8.5)
        end = pts[-1]
        edge.ellipse((110, 160, 200), end[0], end[1] + 2, 5.5, 7)
    c.paste(edge, 200)
    c.paste(layer, 235)


def anime_face(c: Canvas, h: Head, e: Expr, iris: Color, brow_col: Color,
               eye_w: float, eye_h: float, spacing: float, nose_col: Color,
               mouth_y: float = 0.87, mouth_w: float = 0.3) -> None:
    """Full face features for the two-eyed characters (no brows: see faces.brows)."""
    ey = h.eye_y
    blush(c, h, e.blush)
    for side in (-1, 1):
        big_eye(c, h.cx + side * h.hw * spacing, ey, eye_w, eye_h, side, e, iris)
    nose(c, h, nose_col)
    mouth(c, h.cx, h.top + mouth_y * h.hh, h.hw * mouth_w * 2, e.mouth)
    if e.tears:
        streams = []
        for side in (-1, 1):
            x0 = h.cx + side * h.hw * (spacing + 0.12)
            y0 = ey + eye_h * 0.35
            streams.append(bez((x0, y0), (x0 + side * 4, y0 + h.hh * 0.15), (x0 + side * 2, y0 + h.hh * 0.34)))
        tears(c, streams)


def brows(c: Canvas, h: Head, e: Expr, col: Color, eye_w: float, eye_h: float,
          spacing: float, gap: float = 0.95, thick: float = 3.4) -> None:
    for side in (-1, 1):
        brow(c, h.cx + side * h.hw * spacing, h.eye_y - eye_h * (gap + e.brow_up), eye_w, side, e, col, thick)
