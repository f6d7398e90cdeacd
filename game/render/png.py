"""PNG bytes from a Surface, in memory: zlib for small pictures kept for good (save thumbnails, event art),
and a faster deflate for replay screenshots, where hundreds of full frames are written at once.

`pygame.image.save(surface, file_object)` keeps references to the file object (pygame 2.6.1: six
per call), so every save thumbnail encoded that way stayed in memory for good; this does not.
"""

from __future__ import annotations

import struct
import zlib

import pygame

try:  # ISA-L's deflate (python-isal): on chapter frames ~4.5x zlib's level 1 for files ~12 % larger
    from isal import isal_zlib as _fast_zlib
except ImportError:  # a platform without its wheel: the standard library, slower, same files
    _fast_zlib = None

_SIGNATURE = b"\x89PNG\r\n\x1a\n"


def _chunk(kind: bytes, data: bytes) -> bytes:
    return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)


def encode_png(surface: pygame.Surface, level: int = 6) -> bytes:
    """An 8-bit RGB PNG of `surface` (alpha is dropped: thumbnails are opaque)."""
    width, height = surface.get_size()
    return encode_rgb(width, height, pygame.image.tobytes(surface, "RGB"), level)


def fast_deflate(data: bytes) -> bytes:
    """zlib-format deflate for speed over size: ISA-L's level 1 where python-isal is installed (it lets go of
    the GIL while it compresses), else zlib's level 1."""
    if _fast_zlib is not None:
        return _fast_zlib.compress(data, 1)
    return zlib.compress(data, 1)


def fast_backend() -> str:
    """Which deflate `fast_deflate` uses, for traces and benchmark notes."""
    return "isal" if _fast_zlib is not None else "zlib"


def encode_rgb(width: int, height: int, pixels: bytes, level: int | None = 6) -> bytes:
    """An 8-bit RGB PNG of `pixels` (rows of RGB, top first); `level` None deflates with `fast_deflate`.
    Needs no pygame call, so it may run off the main thread; both deflates let go of the GIL."""
    stride = width * 3
    rows = bytearray((stride + 1) * height)  # each row after its filter byte (0: none), copied in place
    source = memoryview(pixels)
    for y in range(height):
        at = y * (stride + 1) + 1
        rows[at:at + stride] = source[y * stride:(y + 1) * stride]
    header = struct.pack(">IIBBBBB", width, height, 8, 2, 0, 0, 0)
    data = fast_deflate(rows) if level is None else zlib.compress(rows, level)
    return _SIGNATURE + _chunk(b"IHDR", header) + _chunk(b"IDAT", data) + _chunk(b"IEND", b"")
