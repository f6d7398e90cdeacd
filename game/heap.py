"""Gives freed memory back to the system. glibc keeps the pages of freed allocations (a full-frame surface
is 3.7 MB) for reuse, so without this the player's resident size only ever grows, by tens of MB over an hour
of menus, notices and scenes. `trim()` is called where many surfaces have just been dropped (a new scene,
the title screen); it is a no-op where the C library has no `malloc_trim`."""

from __future__ import annotations

import sys
from collections.abc import Callable

_trim: Callable[[int], int] | None | bool = False  # False: not looked up yet


def trim() -> None:
    global _trim
    if _trim is False:
        _trim = None
        if sys.platform.startswith("linux"):
            try:
                import ctypes

                _trim = ctypes.CDLL("libc.so.6").malloc_trim
            except (OSError, AttributeError):  # musl and others: nothing to call
                _trim = None
    if _trim is not None:
        _trim(0)  # type: ignore[operator]
