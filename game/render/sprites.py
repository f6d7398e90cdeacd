"""Character pictures, composed from layers the way Ren'Py's layeredimage does: a pose's body layers,
the shared face at the pose's face anchor (turned by its angle), the extras (tears, blush, sweat) over
it, in the manifest's order; optionally mirrored (layers in the manifest's `fixed` list keep their
drawing and only move) and scaled. Never decides where a sprite stands or how it is lit.

The composition API, for the stage and the camera:

    figure = SpriteCache(assets_root).compose(sprite_set, pose, expression, extras=(), scale=None, mirrored=False)
    figure.image   # a Surface with alpha, `scale` stage px per art px (None: the set's own `scale`,
                   # the normal medium shot; 2x zoom on art drawn at 2x is scale=1.0, the full art), times the
                   # pose's own `scale` (1 unless the manifest gives one: lying figures are drawn smaller)
    figure.foot    # the pixel of `image` that stands on the stage point
    figure.at, figure.canvas  # `image` is cut to what the layers draw: its place on the pose's canvas at
                              # that scale, and that canvas's size (`figure.full()` draws it on the canvas)

It returns None only when the set or its body cannot be drawn (logged once). An unknown pose falls back
to the set's default pose and an unknown expression to `neutral`. Sets without a `sprite.yaml` (flat
`<expression>.png` files) are one pose, `standing`, at scale 1. Layers are read scaled to the figure's
scale and cropped to what they draw; they and the composed figures are kept in two LRU caches bounded
in bytes (`LAYER_BUDGET`, `FIGURE_BUDGET`), so memory stays bounded whatever the script asks for.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pygame

from game.assets import image_size, layer_header
from game.render.lru import LRU
from game.spritesets import FLAT_POSE, ManifestError, Pose, SpriteSet, load_set

log = logging.getLogger(__name__)
LAYER_BUDGET = 8 * 2**20  # bytes of scaled, cropped layers kept (a standing body at 0.5 is about 0.6 MB)
FILE_BUDGET = 0  # bytes of decoded layer files kept, to scale again without decoding (the player keeps none)
FIGURE_BUDGET = 4 * 2**20  # bytes of composed figures kept (a 480x660 figure is 1.3 MB; the stage keeps lit copies)


Tone = Callable[..., pygame.Surface]  # tone(image, in_place=False); hashable in practice: part of the figure cache's key


@dataclass(frozen=True, slots=True)
class Figure:
    image: pygame.Surface
    foot: tuple[int, int]  # where the stage point goes, in image px
    at: tuple[int, int] = (0, 0)  # the image's top-left on the pose's canvas (it is cut to what its layers draw)
    canvas: tuple[int, int] = (0, 0)  # the pose's canvas at this scale ((0, 0): the image's own size)

    @property
    def width(self) -> int:
        """The pose's canvas width at this scale (what the contact shadow is sized by)."""
        return self.canvas[0] or self.image.get_width()

    def full(self) -> pygame.Surface:
        """The figure on the pose's whole canvas, as the manifest measures it (for tests and tools)."""
        if not self.canvas[0]:
            return self.image
        out = pygame.Surface(self.canvas, pygame.SRCALPHA)
        out.blit(self.image, self.at)
        return out

    @property
    def canvas_foot(self) -> tuple[int, int]:
        return (self.foot[0] + self.at[0], self.foot[1] + self.at[1])


@dataclass(frozen=True, slots=True)
class Layer:
    image: pygame.Surface
    at: tuple[int, int] = (0, 0)  # its top-left on the pose's canvas (scaled), once cropped


@dataclass(frozen=True, slots=True)
class Decoded:
    """A layer file as decoded (never changed: it may be kept to be scaled again), and its top-left on the pose's
    canvas when the file is trimmed (None: a full-canvas file, cut to what it draws when it is read)."""
    image: pygame.Surface
    offset: tuple[int, int] | None


def _bytes(value: object) -> int:
    """What a cached layer or figure costs: the bytes of its Surface (None costs nothing)."""
    if isinstance(value, (Figure, Layer, Decoded)):
        value = value.image
    if isinstance(value, pygame.Surface):
        return value.get_width() * value.get_height() * value.get_bytesize()
    return 0


class SpriteCache:
    def __init__(self, assets_root: Path, layer_budget: int = LAYER_BUDGET, figure_budget: int = FIGURE_BUDGET) -> None:
        self.root = Path(assets_root)
        self.layers: LRU[tuple[object, ...], Layer | None] = LRU(budget=layer_budget, cost=_bytes)
        # decoded files (as read, before cutting and scaling) and their place on the canvas: the same file is read
        # at several scales as the camera moves (a chapter's replay reads 191 files 726 times)
        self.files: LRU[tuple[Path, bool], Decoded] = LRU(budget=FILE_BUDGET, cost=_bytes)
        self.figures: LRU[tuple[object, ...], Figure | None] = LRU(budget=figure_budget, cost=_bytes)
        self._sets: dict[str, SpriteSet | None] = {}
        self._paths: dict[tuple[str, ...], Path | None] = {}  # (set, pose, layer, expression) -> its file
        self._warned: set[str] = set()
        self.composed = 0  # figures drawn (not found in the cache): for tests and the benchmark

    def sprite_set(self, name: str) -> SpriteSet | None:
        """The set's manifest (read once), or None when it cannot be used (logged once)."""
        if name not in self._sets:
            try:
                self._sets[name] = load_set(self.root / "sprites", name)
            except ManifestError as exc:
                self._warn(name, str(exc))
                self._sets[name] = None
        return self._sets[name]

    def get(self, sprite_set: str, expression: str) -> pygame.Surface | None:
        """The default pose with `expression` at the set's scale (the old flat API)."""
        figure = self.compose(sprite_set, None, expression)
        return figure.image if figure else None

    def compose(self, sprite_set: str, pose: str | None, expression: str, extras: tuple[str, ...] = (),
                scale: float | None = None, mirrored: bool = False, tone: Tone | None = None) -> Figure | None:
        """The figure: see the module docstring. Cached by every argument. `tone` (hashable) lights and colours
        the composed figure, once: it is per-pixel affine, so this equals composing toned layers (up to rounding
        at the edges), and the layers, read and scaled once, serve every light and memory."""
        found = self.sprite_set(sprite_set)
        if found is None:
            return None
        pose = pose if pose in found.poses else found.default_pose
        if expression not in found.expressions:
            expression = "neutral" if "neutral" in found.expressions else (found.expressions or ("neutral",))[0]
        extras = tuple(e for e in extras if e in found.extras)
        scale = (found.scale if scale is None else max(0.05, min(4.0, scale))) * found.poses[pose].scale
        key = (sprite_set, pose, expression, extras, round(scale, 4), mirrored, tone)
        if key in self.figures:
            return self.figures.get(key)
        figure = self._compose(found, found.poses[pose], expression, extras, scale, mirrored, tone)
        self.composed += 1
        self.figures.put(key, figure)
        return figure

    def _compose(self, found: SpriteSet, pose: Pose, expression: str, extras: tuple[str, ...],
                 scale: float, mirrored: bool, tone: Tone | None) -> Figure | None:
        """Layers are read already scaled (and cropped), so a figure is composed at its own size: a normal
        shot never holds the 2x art in memory."""
        body = self._layer(self._path(found, pose.name, "body", expression), scale, crop=not found.flat)
        if body is None:
            return None
        if found.flat and not mirrored:  # nothing to compose
            image = tone(body.image) if tone is not None else body.image
            return Figure(image, (image.get_width() // 2, image.get_height()))
        size = body.image.get_size() if found.flat else (round(pose.size[0] * scale), round(pose.size[1] * scale))
        width = max(1, size[0])
        placed: list[tuple[pygame.Surface, int, int, bool]] = []  # (picture, x, y, flip) on the pose's canvas
        for name in found.order:
            fixed = name in (found.fixed if pose.fixed is None else pose.fixed)
            if name in ("face", "extras"):
                if found.flat or not pose.face_visible:
                    continue
                paths = [self._path(found, pose.name, "face", expression)] if name == "face" else [
                    found.extra_path(e) for e in extras]
                anchor = (pose.face[0] * scale, pose.face[1] * scale)
                for path in paths:
                    layer = self._layer(path, scale)
                    if layer is not None:
                        placed.append(_face_at(width, layer.image, anchor, pose.face_angle, mirrored, fixed))
            else:
                layer = body if name == "body" else self._layer(self._path(found, pose.name, name, expression), scale,
                                                                crop=not found.flat)
                if layer is not None:
                    placed.append(_full_at(width, layer.image, layer.at, mirrored, fixed, pose.face[0] * scale))
        # the figure is only as large as what its layers draw (a pose's canvas is mostly air: a close-up's
        # 1152 x 1584 canvas is 7 MB, its drawn part about half), so the foot is counted from that box
        box = pygame.Rect(placed[0][1], placed[0][2], *placed[0][0].get_size()).unionall(
            [pygame.Rect(x, y, *image.get_size()) for image, x, y, _flip in placed[1:]])
        canvas = pygame.Surface((max(1, box.w), max(1, box.h)), pygame.SRCALPHA)
        if pygame.display.get_surface() is not None:
            canvas = canvas.convert_alpha()  # in the display's format from the start: no second canvas at the end
        for image, x, y, flip in placed:
            canvas.blit(pygame.transform.flip(image, True, False) if flip else image, (x - box.x, y - box.y))
        if tone is not None:
            canvas = tone(canvas, in_place=True)  # just composed: ours alone
        fx, fy = (pose.foot[0] * scale, pose.foot[1] * scale) if not found.flat else (size[0] / 2, size[1])
        if mirrored:
            fx = width - fx
        fx, fy = fx - box.x, fy - box.y
        return Figure(canvas, (round(fx), round(fy)), box.topleft, (width, max(1, size[1])))

    def _layer(self, path: Path | None, scale: float = 1.0, crop: bool = False) -> Layer | None:
        """A layer file at `scale`, cached. `crop` keeps only its drawn part (a pose layer is a full canvas,
        mostly transparent: 5 MB at 960 x 1320), cut on a grid that scales to whole pixels."""
        if path is None:
            return None
        key = (path, round(scale, 4))
        if key in self.layers:
            return self.layers.get(key)
        layer = None
        if not path.is_file():
            self._warn(str(path.relative_to(self.root) if path.is_relative_to(self.root) else path), "missing")
        else:
            try:
                layer = _read_layer(self._decoded(path, crop), scale, crop)
            except (pygame.error, OSError, ValueError) as exc:
                self._warn(path.name, str(exc))
        self.layers.put(key, layer)
        return layer

    def _decoded(self, path: Path, crop: bool) -> Decoded:
        """The layer file decoded, with its top-left on the pose's canvas when its header gives one; kept in
        `files` while its budget allows (none in the player)."""
        key = (path, crop)
        if key in self.files:
            return self.files.get(key)
        decoded = _decode_layer(path, crop)
        if self.files.budget:
            self.files.put(key, decoded)
        return decoded

    def hold(self, layer_budget: int, figure_budget: int = 0, file_budget: int = 0) -> None:
        """Keep up to `layer_budget` bytes of read layers, `figure_budget` bytes of composed figures and
        `file_budget` bytes of decoded layer files (for tools that are not the player, such as a replay, which
        trade memory for not reading or composing again)."""
        self.layers.budget = max(self.layers.budget or 0, layer_budget)
        self.figures.budget = max(self.figures.budget or 0, figure_budget)
        self.files.budget = max(self.files.budget or 0, file_budget)

    def _path(self, found: SpriteSet, pose: str, layer: str, expression: str) -> Path | None:
        """`found.layer_path(...)`, looked up once (it resolves the path inside the set's folder)."""
        key = (found.name, pose, layer, expression)
        if key not in self._paths:
            self._paths[key] = found.layer_path(pose, layer, expression)
        return self._paths[key]

    def _warn(self, name: str, why: str) -> None:
        if name not in self._warned:
            self._warned.add(name)
            log.warning("sprite %s: %s; not drawn", name, why)


def _full_at(width: int, image: pygame.Surface, at: tuple[int, int], mirrored: bool, fixed: bool,
             anchor_x: float) -> tuple[pygame.Surface, int, int, bool]:
    """Where a pose layer (its drawn part, at `at` on a pose canvas `width` wide) goes: flipped when mirrored;
    a fixed one keeps its drawing and moves with the face, from the face anchor to the mirrored anchor."""
    if not mirrored:
        return image, at[0], at[1], False
    if fixed:
        return image, round(at[0] + width - 2 * anchor_x), at[1], False
    return image, width - at[0] - image.get_width(), at[1], True


def _face_at(width: int, image: pygame.Surface, anchor: tuple[float, float], angle: float, mirrored: bool,
             fixed: bool) -> tuple[pygame.Surface, int, int, bool]:
    """The face (or an extra) with its centre on the pose's face anchor, turned by the pose's angle."""
    x, y = anchor
    if mirrored:
        x, angle = width - x, -angle
        if not fixed:
            image = pygame.transform.flip(image, True, False)
    if angle:
        image = pygame.transform.rotozoom(image, angle, 1.0)
    return image, round(x - image.get_width() / 2), round(y - image.get_height() / 2), False


def _decode_layer(path: Path, crop: bool) -> Decoded:
    """A layer file decoded, with its place when it is trimmed (the generator's: an `oFFs` chunk gives it, on a
    20 px grid)."""
    # never decode a picture past the size limits (AssetError is a ValueError); a pose layer's header also
    # says where it sits when it is trimmed
    offset = None
    if crop:
        offset = layer_header(path, path.name)[1]
    else:
        image_size(path, path.name)
    return Decoded(pygame.image.load(str(path)), offset)


def _read_layer(decoded: Decoded, scale: float, crop: bool) -> Layer:
    """A layer at `scale`, with its top-left on the pose's canvas, from its decoded file (left as it is). A trimmed
    file is used as it is; a full-canvas file is cut to what it draws."""
    # cut and scaled before it is converted to the display's format: the full-size picture is held once, not
    # twice (a close-up reads the 2x art: one body layer is up to 5 MB)
    image, offset = decoded.image, decoded.offset
    at = offset or (0, 0)
    if crop and offset is None:
        box = image.get_bounding_rect()
        step = round(1 / scale) if scale < 1 and abs(1 / scale - round(1 / scale)) < 1e-6 else 1
        left, top = box.x - box.x % step, box.y - box.y % step  # a grid that lands on whole scaled pixels
        right = min(image.get_width(), -(-box.right // step) * step)
        bottom = min(image.get_height(), -(-box.bottom // step) * step)
        box = pygame.Rect(left, top, max(1, right - left), max(1, bottom - top))
        at = box.topleft
        if box.size != image.get_size():
            image = image.subsurface(box)
    if abs(scale - 1.0) > 1e-6:
        image = pygame.transform.smoothscale(image, (max(1, round(image.get_width() * scale)),
                                                     max(1, round(image.get_height() * scale))))
        at = (round(at[0] * scale), round(at[1] * scale))
    if pygame.display.get_surface() is not None:
        image = image.convert_alpha()
    elif image.get_parent() is not None or image is decoded.image:
        image = image.copy()  # a layer never keeps its whole uncut file alive, nor shares the decoded one
    return Layer(image, at)


__all__ = ["FLAT_POSE", "Decoded", "Figure", "Layer", "SpriteCache"]
