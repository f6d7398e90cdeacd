"""The picture of a stage (place, time, characters, memory): the lit map, the characters at their
stage points, the map's front layer, and the memory grade; composed once per distinct stage and cached.

Knows the story's Stage and Place data; never draws interface or text.
"""

from __future__ import annotations

from collections import OrderedDict
from dataclasses import replace
from pathlib import Path

import pygame

from game.render import effects, lighting
from game.render.maps import MapCache, RenderedMap
from game.render.sprites import SpriteCache
from game.story.model import Story
from game.story.program import Actor, Stage

LOGICAL = (1280, 720)


class StageRenderer:
    """Composes `Stage`s into 1280×720 Surfaces; keeps the last few (rollback is instant)."""

    def __init__(self, story: Story | None, assets_root: Path, keep: int = 3) -> None:
        self.story = story
        self.maps = MapCache(assets_root)
        self.sprites = SpriteCache(assets_root)
        self._lit: OrderedDict[tuple[str, ...], tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]] = OrderedDict()
        self._stages: OrderedDict[Stage, pygame.Surface] = OrderedDict()
        self._actors: OrderedDict[tuple[str, str, str, str], pygame.Surface] = OrderedDict()
        self._keep = keep

    def map_for(self, place: str) -> RenderedMap:
        info = self.story.places.get(place) if self.story else None
        return self.maps.get(info.map if info else None)

    def lit(self, place: str, time: str) -> tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]:
        """The place's map lit for `time`: (behind the characters, in front of them, where the front goes); cached."""
        key = (place, time)
        if key not in self._lit:
            self._lit[key] = self._light(place, time)
            _trim(self._lit, 3)
        self._lit.move_to_end(key)
        return self._lit[key]

    def _light(self, place: str, time: str) -> tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]:
        rendered = self.map_for(place)
        tint = self._override(place, time)
        back = lighting.apply_grade(rendered.back, time, tint)
        back = lighting.add_lights(back, rendered.lights, time)
        front = lighting.apply_front_grade(rendered.front, time, tint) if rendered.front else None
        return back, front, rendered.front_at

    def _override(self, place: str, time: str) -> tuple[int, int, int] | None:
        info = self.story.places.get(place) if self.story else None
        return dict(info.lighting).get(time) if info else None

    def compose(self, stage: Stage) -> pygame.Surface:
        """The whole stage picture (cached per stage; the same object for an equal stage)."""
        if stage in self._stages:
            self._stages.move_to_end(stage)
            return self._stages[stage]
        picture = self._draw(stage)
        self._stages[stage] = picture
        _trim(self._stages, self._keep)
        return picture

    def _draw(self, stage: Stage) -> pygame.Surface:
        """A memory is composed from `remembered` layers (the tone is per-pixel affine, so this equals toning
        the composite, up to rounding) and then finished: the toned layers are cached, a frame is not toned."""
        back, front, front_at = self._memory_lit(stage) if stage.memory else self.lit(stage.place, stage.time)
        out = back.copy()
        shade = effects.MEMORY_WARM if stage.memory else (255, 255, 255)
        for actor in stage.actors:
            placed = self.actor_image(stage, actor)
            if placed is not None:
                image, (x, y) = placed
                if stage.memory:
                    image = self._toned((actor.sprite, actor.expression, stage.place, stage.time, "memory"), image)
                _shadow(out, x + image.get_width() / 2, y + image.get_height(), image.get_width(), shade)
                out.blit(image, (x, y))
        if front is not None:
            out.blit(front, front_at)
        return effects.memory_finish(out) if stage.memory else out

    def _memory_lit(self, stage: Stage) -> tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]:
        key = (stage.place, stage.time, "memory")
        if key not in self._lit:
            plain = (stage.place, stage.time)  # a memory's place is rarely seen unremembered: not cached for it
            back, front, at = self._lit[plain] if plain in self._lit else self._light(stage.place, stage.time)
            self._lit[key] = (effects.remembered(back), effects.remembered(front) if front is not None else None, at)
            _trim(self._lit, 3)
        self._lit.move_to_end(key)
        return self._lit[key]  # type: ignore[index]

    def _toned(self, key: tuple[str, ...], image: pygame.Surface) -> pygame.Surface:
        if key not in self._actors:
            self._actors[key] = effects.remembered(image)  # type: ignore[index]
            _trim(self._actors, 8)
        return self._actors[key]  # type: ignore[index]

    def actor_image(self, stage: Stage, actor: Actor) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """A character lit for the stage's time, and the top-left where it stands (None if no sprite)."""
        image = self.sprites.get(actor.sprite, actor.expression)
        if image is None:
            return None
        key = (actor.sprite, actor.expression, stage.place, stage.time)
        if key not in self._actors:
            g = lighting.grade_for(stage.time)
            self._actors[key] = _light_sprite(image, self._override(stage.place, stage.time) or g.multiply, g.desat, g.haze)
            _trim(self._actors, 8)
        points = self.map_for(stage.place).points
        x, y = points.get(actor.position, points.get("centre", (640, 700)))
        return self._actors[key], (int(x - image.get_width() / 2), int(y - image.get_height()))

    def without(self, stage: Stage, who: set[str]) -> pygame.Surface:
        """The stage picture without some characters (the backdrop of a move)."""
        return self.compose(replace(stage, actors=tuple(a for a in stage.actors if a.who not in who)))

    def thumbnail(self, stage: Stage, size: tuple[int, int] = (256, 144)) -> pygame.Surface:
        return pygame.transform.smoothscale(self.compose(stage), size)


def _trim(cache: OrderedDict, keep: int) -> None:  # type: ignore[type-arg]
    """Drop the least recently used entries beyond `keep` (full-frame surfaces are 3.7 MB each)."""
    while len(cache) > keep:
        cache.popitem(last=False)


def _light_sprite(image: pygame.Surface, tint: tuple[int, int, int], desat: float,
                  haze: tuple[int, int, int, int]) -> pygame.Surface:
    """Characters take the time of day's light too, more gently than the background (and a little mist)."""
    k = 0.9 if sum(tint) < 420 else 0.82  # darker times light the characters almost as fully as the map
    soft = tuple(int(255 - (255 - c) * k) for c in tint)
    out = image.copy()
    if desat > 0.2:
        grey = pygame.transform.grayscale(image)
        grey.set_alpha(int(255 * desat * 0.55))
        out.blit(grey, (0, 0))
    effects.tint(out, soft, pygame.BLEND_RGBA_MULT)  # type: ignore[arg-type]
    if haze[3] > 60:
        k = haze[3] / 255 * 0.22
        effects.tint(out, tuple(int(c * k) for c in haze[:3]), pygame.BLEND_RGB_ADD)  # type: ignore[arg-type]
    return out


def _shadow(target: pygame.Surface, x: float, y: float, width: int,
            shade: tuple[int, int, int] = (255, 255, 255)) -> None:
    """A soft contact shadow at a character's feet (`shade` tones it like the layers of a memory)."""
    w, h = int(width * 0.7), 34
    blob = effects.radial((w, h), 1.2).copy()
    blob.fill(tuple(90 * c // 255 for c in shade), special_flags=pygame.BLEND_RGB_MULT)
    target.blit(blob, (int(x - w / 2), int(y - h / 2 - 6)), special_flags=pygame.BLEND_RGB_SUB)
