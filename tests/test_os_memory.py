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


REUSE = """
import resource, sys
from game import os_memory
if sys.argv[1] == "keep":
    assert os_memory.keep_pages()
import pygame
def faults():
    return resource.getrusage(resource.RUSAGE_SELF).ru_minflt
for round in range(4):  # a replay's scenes: pictures and screenshot bytes made and dropped, a trim at each new scene
    if round == 1:
        start = faults()
    frames = [pygame.Surface((1280, 720), pygame.SRCALPHA) for _ in range(12)]
    for f in frames:
        f.fill((1, 2, 3, 4))
    shots = [pygame.image.tobytes(f, "RGB") for f in frames[:4]]
    del frames, shots
    os_memory.trim()
print(faults() - start)
"""


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's allocator (Linux)")
def test_a_batch_replay_keeps_its_freed_pages_for_the_next_pictures() -> None:
    faults = {mode: int(subprocess.run([sys.executable, "-c", REUSE, mode], capture_output=True, text=True,
                                       check=True).stdout.split()[-1]) for mode in ("default", "keep")}
    # three rounds of 12 frames (3.7 MB each) and 4 screenshots' bytes are about 40,000 pages: faulted in again each
    # round by default, found again with keep_pages
    assert faults["default"] >= 20_000, faults
    assert faults["keep"] <= faults["default"] // 10, faults


def test_only_a_whole_replay_process_keeps_its_pages(monkeypatch: pytest.MonkeyPatch) -> None:
    from game import cli, os_memory

    calls: list[str] = []
    monkeypatch.setattr(os_memory, "keep_pages", lambda: calls.append("keep") or True)
    assert cli.main(["replay", "--size", "0x0"]) == 2  # a test (or a tool) calling the command: left alone
    assert calls == []
    monkeypatch.setattr(sys, "argv", ["vn", "replay", "--size", "0x0"])
    assert cli.main() == 2  # `vn replay` itself
    assert calls == ["keep"]
