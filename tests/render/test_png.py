"""Thumbnails are encoded in memory without pygame's file-object save (which leaks the buffer)."""

from __future__ import annotations

import io
import sys

import pygame

from game.render.png import encode_png


def test_encoded_png_loads_back_with_the_same_pixels() -> None:
    surface = pygame.Surface((37, 21))
    for x in range(37):
        for y in range(21):
            surface.set_at((x, y), (x * 6, y * 12, (x * y) % 256))
    data = encode_png(surface)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    back = pygame.image.load(io.BytesIO(data), "t.png")
    assert back.get_size() == (37, 21)
    assert pygame.image.tobytes(back, "RGB") == pygame.image.tobytes(surface, "RGB")


def test_encoding_keeps_no_references() -> None:
    surface = pygame.Surface((320, 180))
    data = encode_png(surface)
    assert sys.getrefcount(data) == 2  # only `data` (and the call's argument) refer to it
