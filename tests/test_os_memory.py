"""game/os_memory.py: the interactive player's pictures go back to the system as soon as they are dropped."""

from __future__ import annotations

import subprocess
import sys

import pytest

CHILD = """
import sys
from game import os_memory
if sys.argv[1] == "on":
    assert os_memory.return_large_blocks()
import pygame
def rss():
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) // 1024
base = rss()
for _ in range(3):  # frames made and dropped, as a scene's pictures are
    frames = [pygame.Surface((1280, 720), pygame.SRCALPHA) for _ in range(12)]
    for f in frames:
        f.fill((1, 2, 3, 4))
    small = [bytearray(200) for _ in range(2000)]  # a little heap use between them, as the player has
    del frames
print(rss() - base)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator (Linux)")
def test_dropped_frames_are_given_back_with_the_players_setting() -> None:
    kept = {mode: int(subprocess.run([sys.executable, "-c", CHILD, mode], capture_output=True, text=True,
                                     check=True).stdout.split()[-1]) for mode in ("off", "on")}
    assert kept["on"] <= 10, kept  # MB still resident after the frames were dropped
    assert kept["off"] >= kept["on"] + 20, kept  # glibc's default keeps them: the setting is what gives them back
