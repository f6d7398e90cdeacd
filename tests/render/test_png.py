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


def _noise_rgb(width: int, height: int) -> bytes:
    return bytes((x * 7 + y * 13 + (x * y) % 31) % 256 for y in range(height) for x in range(width * 3))


def test_fast_deflate_png_reads_back_exactly_with_either_backend(monkeypatch) -> None:
    """Replay shots use `fast_deflate` (ISA-L where installed, else zlib): the file is a valid PNG of the same
    pixels either way, read back by pygame and by Pillow's stricter decoder."""
    from PIL import Image

    from game.render import png

    pixels = _noise_rgb(53, 29)
    backends = [png._fast_zlib, None] if png._fast_zlib is not None else [None]
    for backend in backends:
        monkeypatch.setattr(png, "_fast_zlib", backend)
        assert png.fast_backend() == ("isal" if backend is not None else "zlib")
        data = png.encode_rgb(53, 29, pixels, level=None)
        back = pygame.image.load(io.BytesIO(data), "t.png")
        assert pygame.image.tobytes(back, "RGB") == pixels
        with Image.open(io.BytesIO(data)) as image:
            image.load()
            assert image.size == (53, 29) and image.tobytes() == pixels
