"""Replay screenshots written by the thread pool: every file written, the same pixels as the frame, and an
error writing one raised to the replay (which reports it), never lost."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.replay.shots import ShotWriter


def test_every_shot_is_written_with_the_frames_pixels(tmp_path: Path) -> None:
    pygame.init()
    writer = ShotWriter(workers=2, pending=2)
    frames = []
    for i in range(6):
        frame = pygame.Surface((64, 36))
        frame.fill((i * 40, 255 - i * 40, 128))
        frame.fill((255, 255, 255), (i * 5, 3, 7, 9))
        frames.append(pygame.image.tobytes(frame, "RGB"))
        writer.write(frame, tmp_path / f"{i}.png")
        frame.fill((0, 0, 0))  # the replay draws on at once: the shot keeps what was shown
    writer.close()
    for i, pixels in enumerate(frames):
        assert pygame.image.tobytes(pygame.image.load(str(tmp_path / f"{i}.png")), "RGB") == pixels


def test_an_error_writing_a_shot_reaches_the_caller(tmp_path: Path) -> None:
    pygame.init()
    writer = ShotWriter(workers=1, pending=1)
    writer.write(pygame.Surface((8, 8)), tmp_path / "missing-folder" / "a.png")
    with pytest.raises(OSError):
        writer.write(pygame.Surface((8, 8)), tmp_path / "b.png")  # the first one's error, at the next shot
        writer.close()
