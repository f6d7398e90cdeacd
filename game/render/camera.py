"""Where a `Camera` framing falls on the 1280×720 stage, and the stage drawn through it: the background
scaled with a soft depth-of-field blur, the characters drawn from their full-resolution art at the shot's
scale (never upscaled pixels), the front layer, and the memory grade on the framed picture. Also the wide
canvas a camera move glides over, and one frame of it.

Knows the StageRenderer's lit maps and sprites; never decides which framing a line has (the story does).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

import pygame

from game.logical import LOGICAL
from game.render import effects
from game.render.lru import LRU
from game.render.smooth import smoothscale
from game.story.camera import Camera
from game.story.program import Actor, Stage


class StageRenderer(Protocol):
    """What the camera asks of the stage renderer (game.render.stage, which imports this module): the lit
    place, the characters at a scale, where they stand and how wide their poses are."""

    def face_point(self, stage: Stage, actor: Actor, speaker: str | None = None) -> tuple[float, float] | None: ...
    def lit_for(self, stage: Stage) -> tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]: ...
    def actor_at_scale(self, stage: Stage, actor: Actor, zoom: float, speaker: str | None = None
                       ) -> tuple[pygame.Surface, tuple[int, int]] | None: ...
    def stage_point(self, stage: Stage, actor: Actor) -> tuple[float, float]: ...
    def span(self, actor: Actor, image: pygame.Surface, zoom: float = 1.0) -> int: ...

    views: LRU[tuple[object, ...], tuple[pygame.Surface, pygame.Surface]]  # backgrounds seen through a framing

W, H = LOGICAL
ZOOM = {"wide": 1.0, "medium": 1.4, "close": 2.0, "pan-left": 1.3, "pan-right": 1.3}
PUSH = 1.2  # a push in tightens the framing by this much
BLUR = {1: 0, 2: 3}  # depth of field: how soft the background gets, by how close the shot is

FACE_SIDE = 0.15  # a face in a framing stays this far (a share of the frame's width) from either side
FACE_LOW = 0.6  # and no lower than this, down the frame: the textbox starts at 0.72

Rect = tuple[float, float, float, float]  # x, y, w, h in stage px


def zoom_of(camera: Camera) -> float:
    return ZOOM.get(camera.shot, 1.0) * (PUSH if camera.pushed else 1.0)


def view_rect(renderer: StageRenderer, stage: Stage, camera: Camera | None = None, speaker: str | None = None) -> Rect:
    """The part of the stage a framing shows (the whole stage for a wide shot)."""
    camera = camera or stage.camera
    z = zoom_of(camera)
    w, h = W / z, H / z
    if z == 1.0:
        return (0.0, 0.0, float(W), float(H))
    subject = [a for a in stage.actors if camera.who is None or a.who == camera.who]
    faces = [f for f in (renderer.face_point(stage, a, speaker) for a in subject) if f is not None]
    fx = sum(f[0] for f in faces) / len(faces) if faces else W / 2
    fy = min(f[1] for f in faces) if faces else H * 0.4
    high = 0.45 if camera.shot == "close" else 0.4  # where the eyes sit, down the frame
    if camera.who is None and len(faces) > 1:  # a two-shot as tight as the shot size, but wide enough for both
        spread = max(f[0] for f in faces) - min(f[0] for f in faces)
        w = min(float(W), max(w, spread / (1 - 2 * FACE_SIDE)))
        h = w * H / W
    x, y = fx - w / 2, fy - h * high
    if faces:  # every face in the frame: none cut by its sides, none under the textbox
        x = min(max(x, max(f[0] for f in faces) - w * (1 - FACE_SIDE)), min(f[0] for f in faces) - w * FACE_SIDE)
        y = max(y, max(f[1] for f in faces) - h * FACE_LOW)
    if camera.shot == "pan-left":
        x = 0.0
    elif camera.shot == "pan-right":
        x = float(W)
    return (min(max(0.0, x), W - w), min(max(0.0, y), H - h), w, h)


def pan_start(camera: Camera) -> Camera:
    """Where a pan starts: the other side of the place."""
    return Camera("pan-left" if camera.shot == "pan-right" else "pan-right", None, camera.pushed)


def union(a: Rect, b: Rect) -> Rect:
    x, y = min(a[0], b[0]), min(a[1], b[1])
    return (x, y, max(a[0] + a[2], b[0] + b[2]) - x, max(a[1] + a[3], b[1] + b[3]) - y)


def draw_view(renderer: StageRenderer, stage: Stage, rect: Rect, zoom: float, speaker: str | None = None,
              grade: bool = True, apart: frozenset[str] = frozenset()) -> pygame.Surface:
    """The stage seen through `rect` at `zoom` (a picture of rect's size × zoom). A memory is toned; `grade`
    also finishes it (glow and vignette; a move's canvas leaves the frame-relative vignette to each frame).
    With `apart`, the picture under those characters (their shadows kept), without the front layer or the memory
    look: a gesture's frames add them (`placed`, `front_view`)."""
    _back, front, front_at = renderer.lit_for(stage)
    out = background(renderer, stage, rect, zoom).copy()
    for actor in stage.actors:
        _draw_actor(renderer, stage, actor, out, rect, zoom, speaker, actor.who not in apart)
    if apart:
        return out
    if front is not None:
        _blit_scaled_part(out, front, front_at, rect, zoom)
    if stage.memory:
        effects.memory_glow(out)
        if grade:
            effects.memory_vignette(out)
    return out


def background(renderer: StageRenderer, stage: Stage, rect: Rect, zoom: float) -> pygame.Surface:
    """The lit place seen through `rect` at `zoom`, with its depth of field: what the characters stand on. Cached
    in `renderer.views` (the caller copies it before drawing on it): lines in one framing share it, as do the
    speakers of a two-shot. Keyed by the lit picture itself (held with the view, so its id stays its own),
    so a place lit again is never confused with the old one."""
    back = renderer.lit_for(stage)[0]
    key = (id(back), tuple(round(v, 3) for v in rect), round(zoom, 4))
    if key in renderer.views:
        return renderer.views.get(key)[1]
    renderer.views.make_room()
    out = pygame.Surface((round(rect[2] * zoom), round(rect[3] * zoom)))
    _blit_scaled_part(out, back, (0, 0), rect, zoom)
    _depth_of_field(out, zoom)
    return renderer.views.put(key, (back, out))[1]


def _blit_scaled_part(target: pygame.Surface, picture: pygame.Surface, at: tuple[int, int], rect: Rect,
                      zoom: float) -> None:
    """The part of `picture` (placed at `at` on the stage) under `rect`, scaled by `zoom`, blitted onto `target`
    (the view): straight onto it, with no view-sized picture in between (a move's canvas is up to 3 frames)."""
    part, size, where = _part_in_view(picture, at, rect, zoom)
    if part is not None:
        target.blit(smoothscale(picture.subsurface(part), size), where)


def _part_in_view(picture: pygame.Surface, at: tuple[int, int], rect: Rect, zoom: float
                  ) -> tuple[pygame.Rect | None, tuple[int, int], tuple[int, int]]:
    """The part of `picture` (placed at `at` on the stage) under `rect`, its size scaled by `zoom`, and where
    it goes in the view; the part is None when none of the picture is under `rect`."""
    x0, y0 = int(rect[0]) - at[0], int(rect[1]) - at[1]
    x1, y1 = int(rect[0] + rect[2] + 1.999) - at[0], int(rect[1] + rect[3] + 1.999) - at[1]
    part = pygame.Rect(x0, y0, x1 - x0, y1 - y0).clip(picture.get_rect())
    if part.w <= 0 or part.h <= 0:
        return None, (0, 0), (0, 0)
    return (part, (max(1, round(part.w * zoom)), max(1, round(part.h * zoom))),
            (round((part.x + at[0] - rect[0]) * zoom), round((part.y + at[1] - rect[1]) * zoom)))


def _depth_of_field(picture: pygame.Surface, zoom: float) -> None:
    """A soft blur of the background in closer shots (a deliberate look: the map is 1× art)."""
    k = 4 if zoom >= 1.9 else 2 if zoom > 1.0 else 0
    if k:
        effects.soften(picture, 0.85 if k == 4 else 0.6, scale=k, in_place=True)


def _draw_actor(renderer: StageRenderer, stage: Stage, actor: Actor, out: pygame.Surface, rect: Rect, zoom: float,
                speaker: str | None, figure: bool = True) -> None:
    """A character's contact shadow and (unless not `figure`) the character, onto the view `out`."""
    placed = _placed_with_foot(renderer, stage, actor, rect, zoom, speaker)
    if placed is None:
        return
    image, at, (px, py) = placed
    shade = effects.MEMORY_WARM if stage.memory else (255, 255, 255)
    effects.contact_shadow(out, px, py, min(renderer.span(actor, image, zoom), round(360 * zoom)), shade, zoom)
    if figure:
        out.blit(image, at)


def _placed_with_foot(renderer: StageRenderer, stage: Stage, actor: Actor, rect: Rect, zoom: float,
                     speaker: str | None) -> tuple[pygame.Surface, tuple[int, int], tuple[float, float]] | None:
    """A character drawn for the view, its top-left in the view, and its foot there."""
    placed = renderer.actor_at_scale(stage, actor, zoom, speaker)
    if placed is None:
        return None
    image, (fx, fy) = placed
    x, y = renderer.stage_point(stage, actor)
    px, py = (x - rect[0]) * zoom, (y - rect[1]) * zoom  # the foot, in the view
    return image, (round(px - fx), round(py - fy)), (px, py)


def placed(renderer: StageRenderer, stage: Stage, actor: Actor, rect: Rect, zoom: float,
           speaker: str | None) -> tuple[pygame.Surface, tuple[int, int]] | None:
    """A character as `draw_view` draws it, and its top-left in the view."""
    found = _placed_with_foot(renderer, stage, actor, rect, zoom, speaker)
    return None if found is None else (found[0], found[1])


def front_view(renderer: StageRenderer, stage: Stage, rect: Rect, zoom: float) -> tuple[pygame.Surface, tuple[int, int]] | None:
    """The map's front layer as the view shows it (the part under `rect`, scaled), and its top-left in the view;
    None when the map has none, or none of it is in view."""
    _back, front, at = renderer.lit_for(stage)
    if front is None:
        return None
    part, scaled_size, where = _part_in_view(front, at, rect, zoom)
    if part is None:
        return None
    return smoothscale(front.subsurface(part), scaled_size), where


@dataclass
class Move:
    """A camera move under way: a canvas of the new stage covering both framings, drawn at the closer zoom,
    and the framings it glides between. Each frame is a crop of the canvas (scaled only while the zoom changes)."""

    canvas: pygame.Surface
    origin: tuple[float, float]  # the canvas's top-left on the stage
    zoom: float
    start: Rect
    end: Rect
    memory: bool
    duration_ms: int
    elapsed: int = 0

    @property
    def progress(self) -> float:
        return min(1.0, self.elapsed / self.duration_ms) if self.duration_ms else 1.0

    def last_frame(self) -> pygame.Surface:
        """The framing the move ends on, as a new picture (the stage's picture from then on)."""
        elapsed, self.elapsed = self.elapsed, self.duration_ms
        out = self.frame(pygame.Surface((W, H)))
        self.elapsed = elapsed
        return out

    def frame(self, into: pygame.Surface) -> pygame.Surface:
        t = self.progress
        eased = t * t * (3 - 2 * t)
        r = tuple(a + (b - a) * eased for a, b in zip(self.start, self.end))
        crop = pygame.Rect(round((r[0] - self.origin[0]) * self.zoom), round((r[1] - self.origin[1]) * self.zoom),
                           round(r[2] * self.zoom), round(r[3] * self.zoom)).clip(self.canvas.get_rect())
        part = self.canvas.subsurface(crop)
        if part.get_size() == into.get_size():
            into.blit(part, (0, 0))
        else:
            pygame.transform.scale(part, into.get_size(), into)
        if self.memory:
            effects.memory_vignette(into)
        return into


def make_move(renderer: StageRenderer, stage: Stage, start: Camera, seconds: float, speaker: str | None = None) -> Move:
    a, b = view_rect(renderer, stage, start, speaker), view_rect(renderer, stage, None, speaker)
    zoom = max(W / a[2], W / b[2])
    area = union(a, b)
    canvas = draw_view(renderer, stage, area, zoom, speaker, grade=False)
    return Move(canvas, (area[0], area[1]), zoom, a, b, stage.memory, int(seconds * 1000))
