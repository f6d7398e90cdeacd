"""Whole-frame effects as Surface -> Surface functions: the memory grade with its vignette,
dissolve, fade through black, the memory bloom, shake offsets and flashes.

Pure drawing: no timing state (callers pass progress 0..1), no assets, no story knowledge.
"""

from __future__ import annotations

import math
from functools import lru_cache

import pygame

MEMORY_SEPIA = (255, 222, 172)
MEMORY_LIFT = (34, 24, 12)
MEMORY_EDGE = (60, 38, 22)
BLOOM_COLOR = (255, 246, 228)


@lru_cache(maxsize=16)
def radial(size: tuple[int, int], power: float = 2.0) -> pygame.Surface:
    """A grey radial falloff: white at the centre to black at the ellipse's edge (built small, scaled)."""
    n = 96
    small = pygame.Surface((n, n))
    c = (n - 1) / 2
    for y in range(n):
        for x in range(n):
            d = min(1.0, math.hypot((x - c) / c, (y - c) / c))
            v = int(255 * (1.0 - d) ** power)
            small.set_at((x, y), (v, v, v))
    return pygame.transform.smoothscale(small, size)


@lru_cache(maxsize=8)
def _vignette_mask(size: tuple[int, int], strength: float, color: tuple[int, int, int]) -> pygame.Surface:
    n = 64
    small = pygame.Surface((n, n))
    c = (n - 1) / 2
    for y in range(n):
        for x in range(n):
            d = math.hypot((x - c) / c, (y - c) / c) / math.sqrt(2)
            k = strength * max(0.0, (d - 0.35) / 0.65) ** 1.6
            small.set_at((x, y), tuple(int(255 * (1 - k) + ch * k) for ch in color))
    return pygame.transform.smoothscale(small, size)


def vignette(surface: pygame.Surface, strength: float = 0.55, color: tuple[int, int, int] = (0, 0, 0)) -> pygame.Surface:
    """Darken the corners towards `color` (a multiply), returning a new surface."""
    out = surface.copy()
    out.blit(_vignette_mask(surface.get_size(), round(strength, 2), color), (0, 0), special_flags=pygame.BLEND_RGB_MULT)
    return out


def desaturate(surface: pygame.Surface, amount: float) -> pygame.Surface:
    """Blend towards grey by `amount` 0..1, returning a new surface."""
    out = surface.copy()
    if amount <= 0:
        return out
    grey = pygame.transform.grayscale(surface)
    grey.set_alpha(int(255 * min(1.0, amount)))
    out.blit(grey, (0, 0))
    return out


def soften(surface: pygame.Surface, amount: float = 0.35, scale: int = 4) -> pygame.Surface:
    """A dreamy soft-focus: a blurred copy laid over the sharp one."""
    w, h = surface.get_size()
    small = pygame.transform.smoothscale(surface, (max(1, w // scale), max(1, h // scale)))
    blur = pygame.transform.smoothscale(small, (w, h))
    blur.set_alpha(int(255 * amount))
    out = surface.copy()
    out.blit(blur, (0, 0))
    return out


def sepia(surface: pygame.Surface) -> pygame.Surface:
    """The memory colours alone (keeps alpha): for a sprite moving over a remembered scene."""
    out = pygame.transform.grayscale(surface)
    out.fill((*MEMORY_SEPIA, 255), special_flags=pygame.BLEND_RGBA_MULT)
    out.fill(MEMORY_LIFT, special_flags=pygame.BLEND_RGB_ADD)
    return out


def memory_grade(surface: pygame.Surface) -> pygame.Surface:
    """The look of a remembered scene: sepia, lifted blacks, soft focus, a warm-brown vignette."""
    out = pygame.transform.grayscale(surface)
    out.fill(MEMORY_SEPIA, special_flags=pygame.BLEND_RGB_MULT)
    out.fill(MEMORY_LIFT, special_flags=pygame.BLEND_RGB_ADD)
    out = soften(out, 0.4)
    return vignette(out, 0.85, MEMORY_EDGE)


def _blend(target: pygame.Surface, layer: pygame.Surface, alpha: float) -> None:
    """Blit `layer` over `target` at a surface alpha 0..1, leaving `layer` as it was."""
    if alpha <= 0:
        return
    before = layer.get_alpha()
    layer.set_alpha(int(255 * min(1.0, alpha)))
    target.blit(layer, (0, 0))
    layer.set_alpha(before)


@lru_cache(maxsize=8)
def _plain(size: tuple[int, int], color: tuple[int, int, int]) -> pygame.Surface:
    veil = pygame.Surface(size)
    veil.fill(color)
    return veil


def dissolve(a: pygame.Surface, b: pygame.Surface, t: float) -> pygame.Surface:
    """Cross-fade from `a` to `b`; t in 0..1."""
    out = a.copy()
    _blend(out, b, max(0.0, min(1.0, t)))
    return out


def fade(a: pygame.Surface, b: pygame.Surface, t: float, color: tuple[int, int, int] = (0, 0, 0)) -> pygame.Surface:
    """Fade `a` out to `color`, then `b` in from it; t in 0..1 (the colour is full at 0.5)."""
    t = max(0.0, min(1.0, t))
    out = (a if t < 0.5 else b).copy()
    _blend(out, _plain(out.get_size(), color), 1 - abs(2 * t - 1))
    return out


def bloom(a: pygame.Surface, b: pygame.Surface, t: float,
          soft: tuple[pygame.Surface, pygame.Surface] | None = None) -> pygame.Surface:
    """The memory transition: the picture washes out to a warm white glow, softens, and resolves into `b`.
    `soft` may carry blurred copies of a and b (made once per transition with `blurred`)."""
    t = max(0.0, min(1.0, t))
    eased = t * t * (3 - 2 * t)
    out = dissolve(a, b, eased)
    peak = math.sin(math.pi * t)
    if peak > 0.05:
        soft_a, soft_b = soft or (blurred(a), blurred(b))
        haze = min(1.0, 1.2 * peak)
        _blend(out, soft_a if eased < 0.5 else soft_b, haze)
    _blend(out, _plain(out.get_size(), BLOOM_COLOR), 0.88 * peak)
    return out


def blurred(surface: pygame.Surface, scale: int = 8) -> pygame.Surface:
    w, h = surface.get_size()
    small = pygame.transform.smoothscale(surface, (max(1, w // scale), max(1, h // scale)))
    return pygame.transform.smoothscale(small, (w, h))


def shake_offset(kind: str, t: float) -> tuple[int, int]:
    """How far to shift the picture `t` seconds into a shake (decays to zero)."""
    duration, amp = (0.6, 22.0) if kind == "hard" else (0.4, 8.0)
    if t >= duration:
        return (0, 0)
    k = amp * (1 - t / duration) ** 2
    return (int(k * math.sin(t * 71.0)), int(k * 0.6 * math.cos(t * 53.0)))


def flash(surface: pygame.Surface, color: tuple[int, int, int], t: float) -> pygame.Surface:
    """A flash of `color` fading out as t goes 0..1."""
    out = surface.copy()
    if t < 1:
        _blend(out, _plain(out.get_size(), color), 0.9 * (1 - t) ** 1.5)
    return out


FLASH_COLORS = {"white": (255, 255, 255), "red": (200, 20, 24), "black": (0, 0, 0)}
