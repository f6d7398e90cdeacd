"""Gives freed memory back to the system. glibc keeps the pages of freed allocations (a full-frame surface
is 3.7 MB) for reuse, so without this the player's resident size only ever grows, by tens of MB over an hour
of menus, notices and scenes. `trim()` is called where many surfaces have just been dropped (a new scene,
the title screen); it is a no-op where the C library has no `malloc_trim`.

`return_large_blocks()` is for the interactive player: glibc serves big allocations from its heap once a few
have been freed (its mmap threshold rises up to 32 MB), and keeps those pages; with the threshold fixed at
1 MB every picture (a frame is 3.7 MB) is mapped on its own and given back the moment it is freed. Playing
the chapter: a 225 MB peak became 146 MB, with the caches' limits in render/stage.py. A batch replay
leaves it alone: fresh pages for every picture made it 40% slower."""

from __future__ import annotations

import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None | bool = False  # False: not looked up yet
M_MMAP_THRESHOLD = -3  # mallopt's parameter number (glibc malloc.h)
LARGE_BLOCK = 1 << 20  # bytes: allocations from this size up are mapped on their own


def _libc():  # type: ignore[no-untyped-def]
    if not sys.platform.startswith("linux"):
        return None
    try:
        import ctypes

        return ctypes.CDLL("libc.so.6")
    except OSError:
        return None


def return_large_blocks() -> bool:
    """Fix glibc's mmap threshold at LARGE_BLOCK (see above); False where there is no glibc `mallopt`."""
    libc = _libc()
    try:
        return bool(libc is not None and libc.mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK))
    except AttributeError:  # a C library without mallopt (musl)
        return False


def trim() -> None:
    global _trim
    if _trim is False:
        _trim = None
        libc = _libc()
        _trim = getattr(libc, "malloc_trim", None)  # musl and others: nothing to call
    if _trim is not None:
        _trim(0)  # type: ignore[operator]
