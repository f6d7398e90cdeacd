"""Time of day: a colour grade per time (dawn, morning, noon, afternoon, dusk, night, sunrise) applied to a
map picture, and the map's lights glowing additively when they are lit.

Owns the look of each time; knows nothing about scenes or characters.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.logical import LOGICAL
from game.render.effects import desaturate, radial
from game.render.effects import tint as blend_fill
from game.render.maps import Light, gradient
from game.render.smooth import smoothscale

RGBA = tuple[int, int, int, int]


@dataclass(frozen=True)
class Grade:
    multiply: tuple[int, int, int]
    desat: float
    sky: RGBA  # laid over the top of the picture, fading down
    floor: RGBA  # laid over the bottom, fading up
    haze: RGBA  # a band of mist around the horizon
    lift: tuple[int, int, int]  # added to lift the blacks
    glow: float  # how strongly lit lights glow


GRADES: dict[str, Grade] = {
    "dawn": Grade((168, 178, 200), 0.45, (188, 198, 218, 95), (52, 62, 88, 70), (205, 214, 228, 120), (20, 24, 34), 0.55),
    "morning": Grade((255, 250, 238), 0.0, (255, 238, 205, 40), (70, 80, 60, 10), (255, 250, 235, 25), (6, 6, 2), 0.0),
    "noon": Grade((255, 255, 252), 0.0, (255, 255, 240, 20), (40, 40, 30, 10), (0, 0, 0, 0), (4, 4, 4), 0.0),
    "afternoon": Grade((255, 232, 200), 0.05, (255, 205, 140, 55), (110, 70, 30, 35), (255, 220, 170, 20), (8, 4, 0), 0.0),
    "dusk": Grade((228, 158, 150), 0.18, (255, 130, 80, 90), (60, 30, 90, 110), (255, 150, 110, 30), (10, 2, 10), 0.75),
    "night": Grade((62, 78, 138), 0.45, (14, 22, 60, 90), (4, 6, 22, 120), (40, 60, 120, 20), (6, 8, 20), 1.0),
    "sunrise": Grade((255, 198, 192), 0.05, (255, 140, 175, 100), (255, 160, 80, 70), (255, 200, 170, 50), (24, 10, 12), 0.35),
}


def grade_for(time: str) -> Grade:
    return GRADES.get(time, GRADES["noon"])


def _overlay(size: tuple[int, int], top: RGBA, bottom: RGBA) -> pygame.Surface:
    strip = pygame.Surface((1, 2), pygame.SRCALPHA)
    strip.set_at((0, 0), top)
    strip.set_at((0, 1), bottom)
    return smoothscale(strip, size)


def _band(size: tuple[int, int], color: RGBA, centre: float) -> pygame.Surface:
    strip = pygame.Surface((1, 5), pygame.SRCALPHA)
    clear = (*color[:3], 0)
    for i, c in enumerate((clear, (*color[:3], color[3] // 3), color, (*color[:3], color[3] // 2), clear)):
        strip.set_at((0, i), c)
    band = smoothscale(strip, (size[0], int(size[1] * 0.9)))
    out = pygame.Surface(size, pygame.SRCALPHA)
    out.blit(band, (0, int(size[1] * centre - band.get_height() / 2)))
    return out


def apply_grade(surface: pygame.Surface, time: str, tint: tuple[int, int, int] | None = None) -> pygame.Surface:
    """The picture lit for `time` (a new surface); `tint` replaces the preset's multiply colour."""
    g = grade_for(time)
    size = surface.get_size()
    out = desaturate(surface, g.desat)
    blend_fill(out, tint or g.multiply, pygame.BLEND_RGB_MULT)
    out.blit(_overlay(size, g.sky, (*g.sky[:3], 0)), (0, 0))
    out.blit(_overlay(size, (*g.floor[:3], 0), g.floor), (0, 0))
    if g.haze[3]:
        out.blit(_band(size, g.haze, 0.55), (0, 0))
    blend_fill(out, g.lift, pygame.BLEND_RGB_ADD)
    return out


def apply_front_grade(surface: pygame.Surface, time: str, tint: tuple[int, int, int] | None = None) -> pygame.Surface:
    """The grade for a transparent foreground layer: colour only, alpha kept."""
    g = grade_for(time)
    out = surface.copy()
    blend_fill(out, tint or g.multiply, pygame.BLEND_RGBA_MULT)
    return out


def add_lights(surface: pygame.Surface, lights: list[Light], time: str) -> pygame.Surface:
    """Lit lights glow additively (a soft ellipse of their colour), stronger the darker the time."""
    g = grade_for(time)
    lit = [light for light in lights if time in light.times]
    if not lit or g.glow <= 0:
        return surface
    out = surface.copy()
    for light in lit:
        x, y, w, h = light.rect
        spread = 2.6
        size = (max(2, int(w * spread)), max(2, int(h * spread)))
        glow = radial(size, 1.8).copy()
        k = light.strength * g.glow
        glow.fill(tuple(int(c * k) for c in light.color), special_flags=pygame.BLEND_RGB_MULT)
        cx, cy = x + w / 2, y + h / 2
        out.blit(glow, (int(cx - size[0] / 2), int(cy - size[1] / 2)), special_flags=pygame.BLEND_RGB_ADD)
    return out


def sky_backdrop(time: str, size: tuple[int, int] = LOGICAL) -> pygame.Surface:
    """A plain backdrop for a time of day (used when a map is missing)."""
    g = grade_for(time)
    top = tuple(min(255, c // 2 + 60) for c in g.multiply)
    return apply_grade(gradient(size, top, (40, 40, 48)), time)  # type: ignore[arg-type]
