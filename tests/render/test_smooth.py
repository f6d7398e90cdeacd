"""game.render.smooth: pygame's smoothscale without its read past the end of a picture one pixel high.

The read is only fatal where the memory after the buffer is not mapped, so each case runs in a process of its own
with glibc mapping large blocks on their own (as the player has it, `os_memory.return_large_blocks`), where a
2x1 strip stretched to 300000x2 is a segmentation fault with pygame's own call."""

from __future__ import annotations

import os
import subprocess
import sys

import pygame
import pytest

from game.render.smooth import smoothscale
from tests.conftest import ROOT

_STRETCH = """
import sys
import pygame
from game import os_memory
from game.render.smooth import smoothscale
os_memory.return_large_blocks()
call = pygame.transform.smoothscale if sys.argv[1] == "pygame" else smoothscale
for _ in range(20):
    call(pygame.Surface((2, 1), pygame.SRCALPHA), (300_000, 2))
print("survived")
"""


def _stretch(which: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", _STRETCH, which], capture_output=True, text=True, timeout=120,
                          env={**os.environ, "PYTHONPATH": str(ROOT), "SDL_VIDEODRIVER": "dummy"})


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mmap threshold: Linux")
def test_a_strip_one_pixel_high_is_stretched_without_reading_past_its_end() -> None:
    done = _stretch("ours")  # with "pygame" (pygame 2.6.1 here) the process dies: exit -11, SIGSEGV
    assert done.returncode == 0 and "survived" in done.stdout, (done.returncode, done.stderr[-500:])


@pytest.mark.parametrize("size, target", [((2, 1), (900, 720)), ((1, 2), (1280, 64)), ((1, 5), (1280, 640)),
                                          ((1, 1), (40, 30)), ((7, 3), (70, 30)), ((300, 200), (40, 30))])
def test_the_same_pixels_as_pygames_smoothscale(size: tuple[int, int], target: tuple[int, int]) -> None:
    """Padding a one-pixel side with a copy of itself changes no pixel of the result."""
    source = pygame.Surface(size, pygame.SRCALPHA)
    for x in range(size[0]):
        for y in range(size[1]):
            source.set_at((x, y), ((x * 37) % 256, (y * 53) % 256, (x * y * 11) % 256, (40 + x * 7 + y * 13) % 256))
    expected = pygame.transform.smoothscale(source, target)
    got = smoothscale(source, target)
    assert got.get_size() == target
    assert pygame.image.tobytes(got, "RGBA") == pygame.image.tobytes(expected, "RGBA")
