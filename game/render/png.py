"""PNG bytes from a Surface, in memory, with the standard library's zlib.

`pygame.image.save(surface, file_object)` keeps references to the file object (pygame 2.6.1: six
per call), so every save thumbnail encoded that way stayed in memory for good; this does not.
"""

from __future__ import annotations

import struct
import zlib

import pygame

_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(surface: pygame.Surface, level: int = 6) -> bytes:
    """An 8-bit RGB PNG of `surface` (alpha is dropped: thumbnails are opaque)."""
    width, height = surface.get_size()
    return encode_rgb(width, height, pygame.image.tobytes(surface, "RGB"), level)


def encode_rgb(width: int, height: int, pixels: bytes, level: int = 6) -> bytes:
    """An 8-bit RGB PNG of `pixels` (rows of RGB, top first). Needs no pygame call, so it may run off the main
    thread; zlib lets go of the GIL while it compresses."""
    stride = width * 3
    rows = b"".join(b"\x00" + pixels[y * stride:(y + 1) * stride] for y in range(height))  # filter: none
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    return _SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", zlib.compress(rows, level)) + _chunk(b"IEND", b"")
