"""Character pictures: loads `sprites/<set>/<expression>.png` once and caches it; a missing expression
falls back to `neutral`, a missing set to nothing (logged once). Never decides where a sprite stands.
"""

from __future__ import annotations

import logging
from collections import OrderedDict
from pathlib import Path

import pygame

log = logging.getLogger(__name__)
KEEP = 8  # sprites in memory (1.3 MB each; only read to light them, and the lit ones are cached)


class SpriteCache:
    def __init__(self, assets_root: Path) -> None:
        self.root = Path(assets_root)
        self._cache: OrderedDict[tuple[str, str], pygame.Surface | None] = OrderedDict()  # an LRU
        self._warned: set[str] = set()

    def get(self, sprite_set: str, expression: str) -> pygame.Surface | None:
        key = (sprite_set, expression)
        if key not in self._cache:
            image = self._load(sprite_set, expression)
            if image is None and expression != "neutral":
                image = self.get(sprite_set, "neutral")
            self._cache[key] = image
            while len(self._cache) > KEEP:
                self._cache.popitem(last=False)
        self._cache.move_to_end(key)
        return self._cache[key]

    def _load(self, sprite_set: str, expression: str) -> pygame.Surface | None:
        path = self.root / "sprites" / sprite_set / f"{expression}.png"
        if not path.is_file():
            self._warn(f"{sprite_set}/{expression}", "missing")
            return None
        try:
            image = pygame.image.load(str(path))
        except (pygame.error, OSError) as exc:
            self._warn(f"{sprite_set}/{expression}", str(exc))
            return None
        return image.convert_alpha() if pygame.display.get_surface() else image

    def _warn(self, name: str, why: str) -> None:
        if name not in self._warned:
            self._warned.add(name)
            log.warning("sprite %s: %s; not drawn", name, why)
