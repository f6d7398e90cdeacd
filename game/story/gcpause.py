"""`gc_paused()`: the cycle collector held off while the story core builds a great many objects and frees
none (loading a script, compiling it into beats): it would only walk them again and again (2x slower at
100k lines). It is turned back on afterwards only if it was on before. A leaf of the story core."""

from __future__ import annotations

import gc
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def gc_paused() -> Iterator[None]:
    """Disable the cycle collector for the block; restore it as it was (also when the block raises)."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()
