"""Gives freed memory back to the system. glibc keeps the pages of freed allocations (a full-frame surface
is 3.7 MB) for reuse, so without this the player's resident size only ever grows, by tens of MB over an hour
of menus, notices and scenes. `trim()` is called where many surfaces have just been dropped (a new scene,
the title screen); it is a no-op where the C library has no `malloc_trim`.

`return_large_blocks()` is for the interactive player: glibc serves big allocations from its heap once a few
have been freed (its mmap threshold rises up to 32 MB), and keeps those pages; with the threshold fixed at
1 MB every picture (a frame is 3.7 MB) is mapped on its own and given back the moment it is freed. Playing
the chapter: a 225 MB peak became 146 MB, with the caches' limits in render/stage.py. A batch replay
leaves it alone: fresh pages for every picture made it 40% slower.

`keep_pages()` is for a batch tool's whole process (`vn replay` run as a command): glibc's own thresholds still
give pages back now and then (a freed block at the top of the heap, a scene's `trim()`), and each is faulted in
again by the next picture or screenshot; with it, freed pages stay for the next one and `trim()` does nothing.
The chapter's `vn replay --shots`: 3.1 -> 1.4 s of system time, for 3 % more peak memory."""

from __future__ import annotations

import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None | bool = False  # False: not looked up yet
M_MMAP_THRESHOLD = -3  # mallopt's parameter numbers (glibc malloc.h)
M_TRIM_THRESHOLD = -1
LARGE_BLOCK = 1 << 20  # bytes: allocations from this size up are mapped on their own
KEPT_BLOCK = 64 << 20  # with keep_pages: only allocations from this size up are mapped on their own
KEPT_TOP = 1 << 30  # and the heap's free top is given back only past this size
_keeping = False  # keep_pages() was called: trim() does nothing
_returning = False  # return_large_blocks() was called: every big picture is a fresh mapping


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
    global _returning
    libc = _libc()
    try:
        _returning = bool(libc is not None and libc.mallopt(M_MMAP_THRESHOLD, LARGE_BLOCK))
    except AttributeError:  # a C library without mallopt (musl)
        return False
    return _returning


def fresh_pages() -> bool:
    """Whether every big picture made now comes on pages fresh from the system (`return_large_blocks` was
    called): then a picture-sized buffer costs its page faults (about 1.4 ms for a 4.6 MB figure), and a way of
    drawing that makes several of them loses to one that makes one."""
    return _returning


def keep_pages() -> bool:
    """Keep freed pages in the process for the next picture (see above); False where there is no glibc `mallopt`."""
    global _keeping
    libc = _libc()
    try:
        _keeping = bool(libc is not None and libc.mallopt(M_MMAP_THRESHOLD, KEPT_BLOCK)
                        and libc.mallopt(M_TRIM_THRESHOLD, KEPT_TOP))
    except AttributeError:  # a C library without mallopt (musl)
        return False
    return _keeping


def trim() -> None:
    global _trim
    if _keeping:
        return
    if _trim is False:
        _trim = None
        libc = _libc()
        _trim = getattr(libc, "malloc_trim", None)  # musl and others: nothing to call
    if _trim is not None:
        _trim(0)  # type: ignore[operator]
