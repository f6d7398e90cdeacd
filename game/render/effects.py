"""Whole-frame effects as Surface -> Surface functions: the memory grade (softened colour, bloom, vignette),
dissolve, fade through black, the memory bloom, shake offsets and flashes.

Pure drawing: no timing state (callers pass progress 0..1), no assets, no story knowledge.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from functools import lru_cache

import pygame

from game import os_memory
from game.render.smooth import smoothscale

BLOOM_COLOR = (255, 246, 228)


@lru_cache(maxsize=16)
def radial(size: tuple[int, int], power: float = 2.0) -> pygame.Surface:
    """A grey radial falloff: white at the centre to black at the ellipse's edge (built small, scaled)."""
    return pygame.transform.smoothscale(_radial_small(power), size)


@lru_cache(maxsize=4)
def _radial_small(power: float) -> pygame.Surface:
    c = (96 - 1) / 2

    def grey(x: int, y: int) -> tuple[int, int, int]:
        v = int(255 * (1.0 - min(1.0, math.hypot((x - c) / c, (y - c) / c))) ** power)
        return (v, v, v)

    return _mirrored(96, grey)


@lru_cache(maxsize=8)
def _vignette_mask(size: tuple[int, int], strength: float, color: tuple[int, int, int]) -> pygame.Surface:
    c = (64 - 1) / 2

    def shade(x: int, y: int) -> tuple[int, int, int]:
        d = math.hypot((x - c) / c, (y - c) / c) / math.sqrt(2)
        k = strength * max(0.0, (d - 0.35) / 0.65) ** 1.6
        return (int(255 * (1 - k) + color[0] * k), int(255 * (1 - k) + color[1] * k), int(255 * (1 - k) + color[2] * k))

    return pygame.transform.smoothscale(_mirrored(64, shade), size)


def _mirrored(n: int, pixel: Callable[[int, int], tuple[int, int, int]]) -> pygame.Surface:
    """An n×n (n even) picture symmetric about both centre lines: `pixel` is computed for one quarter only."""
    half = n // 2
    rows = []
    for y in range(half):
        left = [pixel(x, y) for x in range(half)]
        rows.append(bytes(ch for rgb in left + left[::-1] for ch in rgb))
    small = pygame.Surface((n, n))  # 32-bit, as the frames it is blended into
    small.blit(pygame.image.frombytes(b"".join(rows + rows[::-1]), (n, n), "RGB"), (0, 0))
    return small


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
    shade = grey(surface)
    shade.set_alpha(int(255 * min(1.0, amount)))
    out.blit(shade, (0, 0))
    return out


LUMA = (0.299, 0.587, 0.114)  # how much red, green and blue make a grey (pygame's grayscale weights)
# A 32-bit picture with red, green and blue masks 0xFF0000, 0xFF00, 0xFF keeps them in bytes 2, 1, 0 of each
# pixel on a little-endian machine: the layout pygame calls "BGRA" (its display format and its SRCALPHA default)
_BGRA_MASKS = (0xFF0000, 0xFF00, 0xFF)
_BGRA = sys.byteorder == "little"


def _mult(d: int, w: int) -> int:
    return (d * w + 255) >> 8  # what a BLEND_RGB_MULT blit makes of d and w


@lru_cache(maxsize=8)
def _shares(k: int) -> tuple[int, int, int]:
    """The red, green and blue shares of `grey` (out of 256) for a grey times k/255. A multiply blit rounds up by
    about half a level, so round(LUMA * k) would make every grey about a level too light: of the shares one
    less or not, the ones whose mean error against pygame's grayscale (times k/255) is least, over a spread of
    colours (under 0.1 of a level; at most 3 for any colour)."""
    state, colours = 1, []
    for _ in range(1500):  # a fixed spread of colours (a linear congruential sequence)
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        colours.append((state >> 7 & 255, state >> 15 & 255, state >> 23 & 255))
    wanted = [int(LUMA[0] * r + LUMA[1] * g + LUMA[2] * b) for r, g, b in colours]
    wanted = wanted if k == 255 else [_mult(v, k) for v in wanted]
    near = [round(w * k) for w in LUMA]
    best: tuple[float, float, tuple[int, int, int]] | None = None
    for less in range(8):
        shares = tuple(max(0, n - (less >> i & 1)) for i, n in enumerate(near))
        errors = [min(255, sum(_mult(c, w) for c, w in zip(colour, shares))) - v
                  for colour, v in zip(colours, wanted)]
        score = (abs(sum(errors)) / len(errors), sum(abs(e) for e in errors) / len(errors), shares)
        best = score if best is None or score < best else best
    return best[2]  # type: ignore[index,return-value]


def grey(surface: pygame.Surface, k: int = 255) -> pygame.Surface:
    """`pygame.transform.grayscale(surface)` times k/255, alpha kept: a new picture. Made of blits, about 3x
    faster than pygame's per-pixel loop (within 3 of it per channel): the picture's bytes are read back in the
    channel orders `tobytes` offers ("RGBA" swaps red and blue; "ARGB", read as BGRA, puts green where red was
    and red where green was), so each channel of a copy holds another channel of the picture; every copy is
    multiplied by its share of LUMA (a solid blit) and added. It makes eight picture-sized buffers where
    pygame's makes one: where each is fresh from the system (the player's `os_memory.fresh_pages`) their page
    faults make it about 1.7x slower than pygame's, which is used there, as for other pixel layouts."""
    if os_memory.fresh_pages() or not (_BGRA and surface.get_bitsize() == 32
                                        and surface.get_masks()[:3] == _BGRA_MASKS):
        out = pygame.transform.grayscale(surface)
        if k < 255:
            tint(out, (k, k, k), pygame.BLEND_RGB_MULT)
        return out
    size = surface.get_size()
    r, g, b = _shares(k)

    def part(data: bytes, weights: tuple[int, int, int]) -> pygame.Surface:
        view = pygame.image.frombuffer(bytearray(data), size, "BGRA")
        tint(view, weights, pygame.BLEND_RGB_MULT)
        return view

    out = surface.copy()
    tint(out, (r, g, b), pygame.BLEND_RGB_MULT)  # each channel's own share
    swapped = pygame.image.tobytes(surface, "RGBA")  # as BGRA: red holds blue, blue holds red
    out.blit(part(swapped, (b, 0, r)), (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    shifted = pygame.image.frombuffer(swapped, size, "BGRA")
    # as BGRA, "ARGB" of the swapped picture: red holds green, green holds blue
    out.blit(part(pygame.image.tobytes(shifted, "ARGB"), (g, b, 0)), (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    del shifted, swapped
    turned = pygame.image.frombuffer(pygame.image.tobytes(surface, "ARGB"), size, "BGRA")  # red holds green, green red
    # as BGRA, "RGBA" of that: green holds red, blue holds green
    out.blit(part(pygame.image.tobytes(turned, "RGBA"), (0, r, g)), (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    return out


def soften(surface: pygame.Surface, amount: float = 0.35, scale: int = 4, in_place: bool = False) -> pygame.Surface:
    """A dreamy soft-focus: a blurred copy laid over the sharp one (over `surface` itself with `in_place`)."""
    w, h = surface.get_size()
    small = pygame.transform.smoothscale(surface, (max(1, w // scale), max(1, h // scale)))
    blur = smoothscale(small, (w, h))
    blur.set_alpha(int(255 * amount))
    out = surface if in_place else surface.copy()
    out.blit(blur, (0, 0))
    return out


STRIP_ROWS = 45


@lru_cache(maxsize=16)
def _strip(width: int, color: tuple[int, int, int], alpha: bool) -> pygame.Surface:
    strip = pygame.Surface((width, STRIP_ROWS), pygame.SRCALPHA if alpha else 0)
    strip.fill((*color, 255))
    return strip


def tint(surface: pygame.Surface, color: tuple[int, int, int], flags: int) -> None:
    """`surface.fill(color, special_flags=flags)` for the MULT/ADD blends (alpha kept), done as blits of an
    opaque solid strip: the same pixels, about 10× faster (SDL vectorises blended blits, not blended fills)."""
    w, h = surface.get_size()
    strip = _strip(w, tuple(color[:3]), bool(surface.get_flags() & pygame.SRCALPHA))  # type: ignore[arg-type]
    for y in range(0, h, STRIP_ROWS):
        surface.blit(strip, (0, y), special_flags=flags)


MEMORY_DESAT = 0.25  # how much of the colour a memory loses (hues survive, softened)
MEMORY_WARM = (255, 248, 236)  # a warm multiply over the partly desaturated colours
MEMORY_FADE = (26, 22, 18)  # faded, warm blacks: the picture is scaled down by this much and lifted by it
MEMORY_EDGE = (100, 78, 62)  # the vignette's warm-brown edge
BLOOM_THRESHOLD = 150  # what is brighter than this glows, in the memory's soft bloom
BLOOM_GAIN = 110  # how strongly (out of 255)
MEMORY_VIGNETTE = 1.0  # how far the corners go towards MEMORY_EDGE
SOFT_FOCUS = 0.3  # how much of a memory is its blurred copy


def remembered(surface: pygame.Surface, in_place: bool = False) -> pygame.Surface:
    """The memory colours alone (keeps alpha): a sprite or layer of a remembered scene, partly desaturated,
    warmed and faded (blacks lifted). Each step is per-pixel affine, so toning the layers and then composing
    them gives the toned composite (up to rounding): layers are toned once and cached. `in_place` tones
    `surface` itself (a picture no one else holds: one picture-sized copy fewer at a time)."""
    mult = pygame.BLEND_RGBA_MULT if surface.get_flags() & pygame.SRCALPHA else pygame.BLEND_RGB_MULT
    k = int(255 * MEMORY_DESAT)
    shade = grey(surface, k)
    out = surface if in_place else surface.copy()
    tint(out, (255 - k, 255 - k, 255 - k), mult)
    out.blit(shade, (0, 0), special_flags=pygame.BLEND_RGB_ADD)  # colour and grey mixed; alpha kept
    tint(out, tuple(c * (255 - f) // 255 for c, f in zip(MEMORY_WARM, MEMORY_FADE)), mult)  # type: ignore[arg-type]
    tint(out, MEMORY_FADE, pygame.BLEND_RGB_ADD)
    return out


def memory_finish(surface: pygame.Surface) -> pygame.Surface:
    """The rest of the memory look, on a picture composed of `remembered` layers: `memory_glow`, then
    `memory_vignette`. Works on `surface` itself (a picture just composed, no one else's)."""
    return memory_vignette(memory_glow(surface))


def memory_glow(surface: pygame.Surface) -> pygame.Surface:
    """A soft bloom of the highlights, a light soft focus and a faint still grain, in place (the same wherever
    the frame is cut: a camera move glides over a picture with its glow, and only the vignette follows the frame)."""
    w, h = surface.get_size()
    _glow_over(surface, glow_light(glow_source(surface), (w, h)), (0, 0))
    return surface


GLOW_BLOCK = 8  # the glow is drawn from the picture shrunk by this much: each of its pixels is one 8×8 block
GRAIN_TILE = 64  # px: the grain's tile; a part of a frame whose top-left is on this grid gets the frame's grain


def glow_source(surface: pygame.Surface) -> pygame.Surface:
    """The picture shrunk by GLOW_BLOCK, which the glow is drawn from (each pixel the mean of its block, so a part
    of the picture on the block grid shrinks to the same pixels as the whole)."""
    w, h = surface.get_size()
    return pygame.transform.smoothscale(surface, (max(1, w // GLOW_BLOCK), max(1, h // GLOW_BLOCK)))


def glow_light(small: pygame.Surface, size: tuple[int, int]) -> pygame.Surface:
    """What the glow adds to a picture of `size`, from its `glow_source` (changed in place)."""
    glow = small.copy()
    glow.fill((BLOOM_THRESHOLD,) * 3, special_flags=pygame.BLEND_RGB_SUB)
    glow.fill((BLOOM_GAIN,) * 3, special_flags=pygame.BLEND_RGB_MULT)
    # the bloom added, then the soft focus laid over at SOFT_FOCUS: (1 - s)(picture + up(glow)) + s up(small),
    # which is (1 - s) picture + up((1 - s) glow + s small), since scaling is linear: one frame-sized upscale, not
    # two (the highlights, where picture + glow passed white, now keep a little more of the glow)
    glow.fill((_KEEP,) * 3, special_flags=pygame.BLEND_RGB_MULT)
    small.fill((255 - _KEEP,) * 3, special_flags=pygame.BLEND_RGB_MULT)
    small.blit(glow, (0, 0), special_flags=pygame.BLEND_RGB_ADD)
    return smoothscale(small, size)


_KEEP = round(255 * (1 - SOFT_FOCUS))  # how much of the picture itself a memory keeps under its soft focus


def _glow_over(part: pygame.Surface, light: pygame.Surface, at: tuple[int, int]) -> None:
    """The picture under the soft focus, its light added (`light`'s part at `at`), and the grain, in place."""
    tint(part, (_KEEP,) * 3, pygame.BLEND_RGB_MULT)  # type: ignore[arg-type]
    part.blit(light, (0, 0), area=pygame.Rect(at, part.get_size()), special_flags=pygame.BLEND_RGB_ADD)
    _add_grain(part)


def memory_finish_part(part: pygame.Surface, at: tuple[int, int], small: pygame.Surface,
                       frame: tuple[int, int]) -> pygame.Surface:
    """`memory_finish` of a frame of size `frame` whose unfinished picture has changed only inside `part` (whose
    top-left `at` is on the GRAIN_TILE grid, and whose size is whole blocks), done on that part, in place: the
    same pixels there as finishing the whole frame. `small` is the frame's `glow_source` before the change; the
    part's blocks are put into it (it is changed), and the glow is drawn from it whole (the glow of a change
    reaches a block past it: the part must hold that too)."""
    small.blit(glow_source(part), (at[0] // GLOW_BLOCK, at[1] // GLOW_BLOCK))
    _glow_over(part, glow_light(small, frame), at)
    part.blit(_vignette_mask(frame, MEMORY_VIGNETTE, MEMORY_EDGE), (0, 0), area=pygame.Rect(at, part.get_size()),
              special_flags=pygame.BLEND_RGB_MULT)
    return part


def memory_vignette(surface: pygame.Surface) -> pygame.Surface:
    """The frame-relative part of the memory look, in place: a warm-brown vignette (one multiply)."""
    surface.blit(_vignette_mask(surface.get_size(), MEMORY_VIGNETTE, MEMORY_EDGE), (0, 0), special_flags=pygame.BLEND_RGB_MULT)
    return surface


@lru_cache(maxsize=1)
def _grain_tile() -> pygame.Surface:
    """A faint, fixed film grain (0..6 added per channel, the same every run): a 64×64 tile."""
    state = 0x2545F491
    data = bytearray()
    for _ in range(64 * 64):
        state = (state * 1103515245 + 12345) & 0x7FFFFFFF
        v = (state >> 16) % 7
        data += bytes((v, v, v))
    return pygame.image.frombytes(bytes(data), (64, 64), "RGB")


GRAIN_BAND = 256  # rows of grain added at a time: a band as wide as the picture, tiled from the 64×64 tile


def _add_grain(surface: pygame.Surface) -> None:
    """The grain added over `surface`, in place, without a picture-sized grain surface: a camera move's canvas
    can be four times the frame, and caching a grain of each size held tens of MB."""
    w, h = surface.get_size()
    band = _grain_band(w)
    for y in range(0, h, GRAIN_BAND):
        surface.blit(band, (0, y), special_flags=pygame.BLEND_RGB_ADD)


@lru_cache(maxsize=2)
def _grain_band(width: int) -> pygame.Surface:
    tile = _grain_tile()
    band = pygame.Surface((width, GRAIN_BAND))
    for y in range(0, GRAIN_BAND, 64):
        for x in range(0, width, 64):
            band.blit(tile, (x, y))
    return band


def memory_grade(surface: pygame.Surface) -> pygame.Surface:
    """The look of a remembered scene: softened colour, warm faded blacks, bloom, soft focus, vignette, grain."""
    return memory_finish(remembered(surface))  # remembered's result is a new surface


def _blend(target: pygame.Surface, layer: pygame.Surface, alpha: float) -> None:
    """Blit `layer` over `target` at a surface alpha 0..1, leaving `layer` as it was."""
    level = int(255 * min(1.0, alpha))
    if level <= 0:
        return
    before = layer.get_alpha()
    layer.set_alpha(level if level < 255 else None)  # SDL's blit at surface alpha 255 is 15× slower than a copy
    target.blit(layer, (0, 0))
    layer.set_alpha(before)


def wash(target: pygame.Surface, color: tuple[int, int, int], alpha: float) -> None:
    """`target` blended towards a plain `color` by `alpha` 0..1, in place: a multiply and an add of solid strips
    (the same blend as a full-frame surface-alpha blit to within a level, at half its cost, no full-frame veil)."""
    level = int(255 * min(1.0, alpha))
    if level <= 0:
        return
    keep = 255 - level
    tint(target, (keep, keep, keep), pygame.BLEND_RGB_MULT)
    if any(color):
        tint(target, tuple(c * level // 255 for c in color), pygame.BLEND_RGB_ADD)  # type: ignore[arg-type]


def _start(a: pygame.Surface, out: pygame.Surface | None) -> pygame.Surface:
    """`a` as the first layer: copied, or drawn into `out` (a frame to draw into, sparing a full-frame copy)."""
    if out is None:
        return a.copy()
    out.blit(a, (0, 0))
    return out


def dissolve(a: pygame.Surface, b: pygame.Surface, t: float, out: pygame.Surface | None = None) -> pygame.Surface:
    """Cross-fade from `a` to `b`; t in 0..1 (into `out` when given)."""
    out = _start(a, out)
    _blend(out, b, max(0.0, min(1.0, t)))
    return out


def fade(a: pygame.Surface, b: pygame.Surface, t: float, color: tuple[int, int, int] = (0, 0, 0),
         out: pygame.Surface | None = None) -> pygame.Surface:
    """Fade `a` out to `color`, then `b` in from it; t in 0..1 (the colour is full at 0.5)."""
    t = max(0.0, min(1.0, t))
    out = _start(a if t < 0.5 else b, out)
    wash(out, color, 1 - abs(2 * t - 1))
    return out


def bloom(a: pygame.Surface, b: pygame.Surface, t: float,
          soft: tuple[pygame.Surface, pygame.Surface] | None = None, out: pygame.Surface | None = None) -> pygame.Surface:
    """The memory transition: the picture washes out to a warm white glow, softens, and resolves into `b`.
    `soft` may carry blurred copies of a and b (made once per transition with `blurred`)."""
    t = max(0.0, min(1.0, t))
    eased = t * t * (3 - 2 * t)
    out = dissolve(a, b, eased, out)
    peak = math.sin(math.pi * t)
    if peak > 0.05:
        soft_a, soft_b = soft or (blurred(a), blurred(b))
        haze = min(1.0, 1.2 * peak)
        _blend(out, soft_a if eased < 0.5 else soft_b, haze)
    wash(out, BLOOM_COLOR, 0.88 * peak)
    return out


def bloom_soft_needed(t: float) -> int | None:
    """Which blurred picture `bloom` uses at `t`: 0 (the old), 1 (the new) or None."""
    eased = t * t * (3 - 2 * t)
    return None if math.sin(math.pi * t) <= 0.05 else (0 if eased < 0.5 else 1)


def blurred(surface: pygame.Surface, scale: int = 8) -> pygame.Surface:
    w, h = surface.get_size()
    small = pygame.transform.smoothscale(surface, (max(1, w // scale), max(1, h // scale)))
    return smoothscale(small, (w, h))


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
        wash(out, color, 0.9 * (1 - t) ** 1.5)
    return out


FLASH_COLORS = {"white": (255, 255, 255), "red": (200, 20, 24), "black": (0, 0, 0)}


def contact_shadow(target: pygame.Surface, x: float, y: float, width: int,
            shade: tuple[int, int, int] = (255, 255, 255), zoom: float = 1.0) -> None:
    """A soft contact shadow at a character's feet (`shade` tones it like the layers of a memory)."""
    w, h = int(width * 0.7), int(34 * zoom)
    blob = radial((w, h), 1.2).copy()
    blob.fill(tuple(90 * c // 255 for c in shade), special_flags=pygame.BLEND_RGB_MULT)
    target.blit(blob, (int(x - w / 2), int(y - h / 2 - 6 * zoom)), special_flags=pygame.BLEND_RGB_SUB)
