"""Colour statistics of rendered frames, used to measure the memory grade on real chapter frames: the hue
spread of the picture, and how lifted its shadows are. Reads Surfaces or PNG files; draws nothing.

Both look at the stage picture above the textbox (the top `STAGE_PART` of the frame), downscaled to a
small grid, in a hexagonal opponent plane (a = red against green/blue, b = green against blue).
"""

from __future__ import annotations

import math
from pathlib import Path

import pygame

STAGE_PART = 0.68  # the textbox starts below this fraction of the frame's height
GRID = (96, 40)


def stage_pixels(frame: pygame.Surface) -> list[tuple[int, int, int]]:
    """The stage picture (above the textbox) as a small grid of RGB pixels, row by row."""
    w, h = frame.get_size()
    top = frame.subsurface((0, 0, w, max(1, int(h * STAGE_PART))))
    small = pygame.transform.smoothscale(top.convert(32) if top.get_bitsize() != 32 else top, GRID)
    raw = pygame.image.tobytes(small, "RGB")
    return [(raw[i], raw[i + 1], raw[i + 2]) for i in range(0, len(raw), 3)]


def _chroma(r: int, g: int, b: int) -> tuple[float, float]:
    return (r - (g + b) / 2, (g - b) * math.sqrt(3) / 2)


def hue_spread(pixels: list[tuple[int, int, int]], weighted: bool = False, floor: float = 8.0) -> float:
    """How varied the hues are, 0..1: the circular variance of the hue angle over the pixels that have a
    visible colour (chroma >= `floor`), i.e. 1 minus the length of their mean hue direction; `weighted`
    weighs each pixel by its chroma. One hue everywhere (a monochrome tone) gives 0."""
    total_a = total_b = weight = 0.0
    for r, g, b in pixels:
        a, bb = _chroma(r, g, b)
        c = math.hypot(a, bb)
        if c < floor:
            continue
        k = 1.0 if weighted else 1.0 / c
        total_a += a * k
        total_b += bb * k
        weight += c * k
    return 0.0 if weight <= 0 else 1.0 - math.hypot(total_a, total_b) / weight


def hue_coverage(pixels: list[tuple[int, int, int]], sectors: int = 12, share: float = 0.02, floor: float = 8.0) -> float:
    """How much of the colour wheel the picture uses, 0..1: the fraction of `sectors` equal hue sectors that
    each hold at least `share` of the picture's coloured pixels (chroma >= `floor`). A monochrome tone fills
    one or two sectors; a picture that keeps its reds, greens and blues fills many."""
    counts = [0] * sectors
    for r, g, b in pixels:
        a, bb = _chroma(r, g, b)
        if math.hypot(a, bb) >= floor:
            counts[int((math.atan2(bb, a) / (2 * math.pi) % 1.0) * sectors) % sectors] += 1
    total = sum(counts)
    return 0.0 if total == 0 else sum(1 for c in counts if c >= share * total) / sectors


def shadow_lift(pixels: list[tuple[int, int, int]], share: float = 0.05) -> float:
    """How light the picture's shadows are: the mean luma (0..255) of its darkest `share` of pixels."""
    lumas = sorted(0.299 * r + 0.587 * g + 0.114 * b for r, g, b in pixels)
    n = max(1, int(len(lumas) * share))
    return sum(lumas[:n]) / n


def shadow_warmth(pixels: list[tuple[int, int, int]], share: float = 0.1) -> float:
    """The warmth of the picture's shadows: mean red minus blue (-255..255) over its darkest `share` of pixels."""
    darkest = sorted(pixels, key=lambda p: 0.299 * p[0] + 0.587 * p[1] + 0.114 * p[2])
    n = max(1, int(len(darkest) * share))
    return sum(r - b for r, _, b in darkest[:n]) / n


def vignette_depth(pixels: list[tuple[int, int, int]]) -> float:
    """How much darker the picture's corners are than its centre: 1 minus the ratio of their mean lumas (the
    corners: outside the ellipse through the grid's edges; the centre: inside half its size). 0 when even."""
    w, h = GRID
    corner: list[float] = []
    centre: list[float] = []
    for i, (r, g, b) in enumerate(pixels):
        d = ((i % w - w / 2 + 0.5) / (w / 2)) ** 2 + ((i // w - h / 2 + 0.5) / (h / 2)) ** 2
        if d > 1.0:
            corner.append(0.299 * r + 0.587 * g + 0.114 * b)
        elif d < 0.25:
            centre.append(0.299 * r + 0.587 * g + 0.114 * b)
    mid = sum(centre) / max(1, len(centre))
    return 0.0 if mid <= 0 else 1.0 - (sum(corner) / max(1, len(corner))) / mid


def mean_saturation(pixels: list[tuple[int, int, int]]) -> float:
    """Mean HSV saturation, 0..1."""
    total = 0.0
    for r, g, b in pixels:
        hi = max(r, g, b)
        total += 0.0 if hi == 0 else (hi - min(r, g, b)) / hi
    return total / max(1, len(pixels))


def load(path: Path) -> pygame.Surface:
    return pygame.image.load(str(path))
