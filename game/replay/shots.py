"""Replay screenshots written beside the replay: a frame's pixels are copied at once, then encoded as PNG
and written by a small pool of threads (the deflate lets go of the GIL while it compresses), so the replay draws the
next line meanwhile. At most `pending` frames wait (2.7 MB each at 1280x720); an error writing one (a full
disk) is raised at the next shot or at `close`."""

from __future__ import annotations

from collections import deque
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

import pygame

from game.render.png import encode_rgb

# None: `fast_deflate` (ISA-L's level 1, 6.5 ms a chapter frame against zlib level 1's 29 ms, files 1.35 against
# 1.20 MB); a number is a zlib level.
LEVEL: int | None = None


class ShotWriter:
    def __init__(self, workers: int = 2, pending: int = 4, level: int | None = LEVEL) -> None:
        self._pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="vn-shots")
        self._waiting: deque[Future[None]] = deque()
        self.pending, self.level = pending, level

    def write(self, surface: pygame.Surface, path: Path) -> None:
        """Save `surface` as a PNG at `path` (its pixels are read now; the file is written soon)."""
        width, height = surface.get_size()
        pixels = pygame.image.tobytes(surface, "RGB")
        while len(self._waiting) >= self.pending:
            self._waiting.popleft().result()  # raises what writing an earlier shot raised
        self._waiting.append(self._pool.submit(_save, width, height, pixels, Path(path), self.level))

    def close(self) -> None:
        """Wait for every shot to be written; raises the first error."""
        try:
            while self._waiting:
                self._waiting.popleft().result()
        finally:
            self._pool.shutdown(wait=True, cancel_futures=True)


def _save(width: int, height: int, pixels: bytes, path: Path, level: int | None) -> None:
    path.write_bytes(encode_rgb(width, height, pixels, level))
