"""Tiled maps as pictures: the only caller of `pytmx.load_pygame`; renders each map's layers once
into cached Surfaces (behind and in front of the characters) with its stage points and lights.

A missing or broken map becomes a plain gradient with default stage points, logged once.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path

import pygame

from game.assets import AssetError, read_map
from game.logical import LOGICAL
from game.render.lru import LRU
from game.render.smooth import smoothscale

log = logging.getLogger(__name__)

DEFAULT_POINTS: dict[str, tuple[float, float]] = {
    "far-left": (200, 700), "left": (400, 700), "centre": (640, 700), "right": (880, 700), "far-right": (1080, 700),
}


@dataclass(frozen=True)
class Light:
    """An elliptic light source: rect in logical px, colour, strength 0..1, the times it is lit."""

    rect: tuple[float, float, float, float]
    color: tuple[int, int, int]
    strength: float
    times: frozenset[str]


@dataclass
class RenderedMap:
    back: pygame.Surface  # ground + back layers, opaque
    front: pygame.Surface | None  # drawn over characters, cropped to what it covers; None when empty
    points: dict[str, tuple[float, float]]
    lights: list[Light] = field(default_factory=list)
    title: str = ""
    missing: bool = False
    front_at: tuple[int, int] = (0, 0)  # where the cropped front layer goes


def parse_color(text: str, default: tuple[int, int, int] = (255, 220, 160)) -> tuple[int, int, int]:
    text = text.strip().lstrip("#")
    if len(text) != 6:
        return default
    try:
        return (int(text[0:2], 16), int(text[2:4], 16), int(text[4:6], 16))
    except ValueError:
        return default


def gradient(size: tuple[int, int], top: tuple[int, int, int], bottom: tuple[int, int, int]) -> pygame.Surface:
    """A smooth vertical gradient (a 1×2 surface scaled up)."""
    strip = pygame.Surface((1, 2))
    strip.set_at((0, 0), top)
    strip.set_at((0, 1), bottom)
    return smoothscale(strip, size)


def placeholder(size: tuple[int, int] = LOGICAL) -> RenderedMap:
    back = gradient(size, (88, 98, 120), (40, 44, 56))
    ground = gradient((size[0], size[1] // 3), (70, 72, 80), (34, 34, 40))
    back.blit(ground, (0, size[1] - ground.get_height()))
    return RenderedMap(back.convert() if pygame.display.get_surface() else back, None, dict(DEFAULT_POINTS), missing=True)


_SHARED_KEEP = 1  # maps are only read to light them: the lit pictures are cached in StageRenderer
_SHARED: LRU[tuple[Path, float], RenderedMap] = LRU(_SHARED_KEEP)  # read-only: shared by every MapCache


class MapCache:
    """Loads each map once; `get(relative)` returns its RenderedMap (or a placeholder)."""

    def __init__(self, assets_root: Path) -> None:
        self.root = Path(assets_root)
        self._broken: dict[str, RenderedMap] = {}  # placeholders, so each problem is logged once
        self._paths: dict[str, Path | None] = {}  # a script's map name -> its file inside the assets (resolved once)
        self._points: dict[str, dict[str, tuple[float, float]]] = {}  # from each map's last `get`

    def get(self, relative: str | None) -> RenderedMap:
        """The map's pictures (rendered once; kept in a small process-wide LRU) or a placeholder."""
        key = relative or ""
        if key in self._broken:
            return self._broken[key]
        found = self._load(key)
        if found.missing:
            self._broken[key] = found
        self._points[key] = found.points
        return found

    def points(self, relative: str | None) -> dict[str, tuple[float, float]]:
        """The map's named points as its last `get` found them. The stage asks for them for every figure on
        every line; `get` checks the file each time (a changed map is read again), which cost two stats a call."""
        key = relative or ""
        if key not in self._points:
            self.get(relative)
        return self._points[key]

    def _path(self, relative: str) -> Path | None:
        """The map's file, resolved and inside the assets folder, or None. Resolving walks every folder of the
        path (an lstat each): done once per name, as the stage asks for a map's points on every line."""
        if relative not in self._paths:
            path = (self.root / relative).resolve() if relative else None
            self._paths[relative] = path if path is not None and path.is_relative_to(self.root.resolve()) else None
        return self._paths[relative]

    def _load(self, relative: str) -> RenderedMap:
        path = self._path(relative)
        if path is None or not path.is_file():
            log.warning("map %r not found; drawing a plain backdrop", relative)
            return placeholder()
        key = (path, path.stat().st_mtime)
        if key in _SHARED:
            return _SHARED.get(key)
        try:
            read_map(path, self.root)  # pytmx reads whatever a map names: only a map that passes `vn check`'s checks
        except (AssetError, OSError) as exc:
            log.warning("map %s cannot be used (%s); drawing a plain backdrop", relative, exc)
            return placeholder()
        try:
            return _SHARED.put(key, render_map(path))
        except Exception as exc:  # pytmx raises many kinds; a broken map must never crash the game
            log.warning("map %s could not be drawn (%s); drawing a plain backdrop", relative, exc)
            return placeholder()


def render_map(path: Path) -> RenderedMap:
    import pytmx  # only here: the one caller of load_pygame

    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    tmx = pytmx.load_pygame(str(path))
    size = (tmx.width * tmx.tilewidth, tmx.height * tmx.tileheight)
    back = pygame.Surface(size).convert()
    back.fill((0, 0, 0))
    front = pygame.Surface(size, pygame.SRCALPHA).convert_alpha()
    front.fill((0, 0, 0, 0))
    has_front = False
    points: dict[str, tuple[float, float]] = {}
    lights: list[Light] = []
    for layer in tmx.layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            target = front if layer.name == "front" else back
            for x, y, image in layer.tiles():
                target.blit(image, (x * tmx.tilewidth, y * tmx.tileheight))
                has_front = has_front or target is front
        elif isinstance(layer, pytmx.TiledObjectGroup) and layer.name == "stage":
            points.update({obj.name: (float(obj.x), float(obj.y)) for obj in layer if obj.name})
        elif isinstance(layer, pytmx.TiledObjectGroup) and layer.name == "light":
            lights.extend(_light(obj) for obj in layer)
    for name, point in DEFAULT_POINTS.items():
        points.setdefault(name, point)
    if size != LOGICAL:
        back = pygame.transform.smoothscale(back, LOGICAL)
        front = pygame.transform.smoothscale(front, LOGICAL)
    title = str(tmx.properties.get("title", "")) if tmx.properties else ""
    tmx.images.clear()  # pytmx's map is a reference cycle: free its tile surfaces now, not at the next gc pass
    covered = front.get_bounding_rect()
    if not has_front or not covered.w or not covered.h:
        return RenderedMap(back, None, points, lights, title)
    front = front.subsurface(covered).copy()  # a full-frame layer is 3.7 MB; most maps' fronts cover a band
    return RenderedMap(back, front, points, lights, title, front_at=covered.topleft)


def _light(obj: object) -> Light:
    props = getattr(obj, "properties", {}) or {}
    times = frozenset(t.strip() for t in str(props.get("times", "dusk,night")).split(",") if t.strip())
    try:
        strength = max(0.0, min(1.0, float(props.get("strength", 0.5))))
    except (TypeError, ValueError):
        strength = 0.5
    rect = (float(getattr(obj, "x", 0)), float(getattr(obj, "y", 0)),
            float(getattr(obj, "width", 0) or 60), float(getattr(obj, "height", 0) or 60))
    return Light(rect, parse_color(str(props.get("color", "#ffdca0"))), strength, times)
