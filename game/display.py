"""Display drivers: where a composed 1280×720 frame goes. The window scales it into a resizable
window with letterboxing (and fullscreen); the headless driver keeps nothing. Both map window
positions back to logical ones. The app is the same whichever driver it is given.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import pygame

from game.logical import LOGICAL

# The window shows a frame the game has already composed in software: SDL's own software framebuffer (XShm on
# X11, GDI on Windows) is all it needs. Left to itself, SDL backs the window with an OpenGL texture, which on a
# machine without a GPU driver loads Mesa's software rasteriser: 100 MB more resident memory in a real X
# window (203 MB against 101 MB after the first lines, measured under Xvfb). A player may still set it.
FRAMEBUFFER_HINT = ("SDL_FRAMEBUFFER_ACCELERATION", "0")


@dataclass(frozen=True)
class Viewport:
    """Where the logical frame sits in a window of `window` size: scaled to fit, bars around it."""

    window: tuple[int, int]

    @property
    def rect(self) -> pygame.Rect:
        ww, wh = max(1, self.window[0]), max(1, self.window[1])
        scale = min(ww / LOGICAL[0], wh / LOGICAL[1])
        w, h = max(1, round(LOGICAL[0] * scale)), max(1, round(LOGICAL[1] * scale))
        return pygame.Rect((ww - w) // 2, (wh - h) // 2, w, h)

    def to_logical(self, pos: tuple[int, int]) -> tuple[int, int]:
        r = self.rect
        x = (pos[0] - r.x) * LOGICAL[0] / r.w
        y = (pos[1] - r.y) * LOGICAL[1] / r.h
        return (int(min(LOGICAL[0] - 1, max(0, x))), int(min(LOGICAL[1] - 1, max(0, y))))


class HeadlessDisplay:
    """No window: frames stay in `app.frame`. `size` is the pretend window size (for mouse mapping)."""

    def __init__(self, size: tuple[int, int] = LOGICAL) -> None:
        self.size = size
        self.fullscreen = False
        self.presented = 0
        if pygame.display.get_surface() is None:
            pygame.display.set_mode((1, 1))  # convert() and pytmx need a video mode

    @property
    def viewport(self) -> Viewport:
        return Viewport(self.size)

    def to_logical(self, pos: tuple[int, int]) -> tuple[int, int]:
        return self.viewport.to_logical(pos)

    def present(self, frame: pygame.Surface) -> None:
        self.presented += 1

    def set_fullscreen(self, on: bool) -> None:
        self.fullscreen = on


class WindowDisplay(HeadlessDisplay):
    """A resizable window; the frame is scaled smoothly into it, centred, with black bars."""

    def __init__(self, size: tuple[int, int] = LOGICAL, title: str = "") -> None:
        self.windowed = size
        self.fullscreen = False
        self.presented = 0
        os.environ.setdefault(*FRAMEBUFFER_HINT)  # read when SDL first makes the window's framebuffer
        self.window = pygame.display.set_mode(size, pygame.RESIZABLE)
        pygame.display.set_caption(title or "Visual novel")

    @property
    def size(self) -> tuple[int, int]:  # type: ignore[override]
        surface = pygame.display.get_surface()
        return surface.get_size() if surface else self.windowed

    def present(self, frame: pygame.Surface) -> None:
        window = pygame.display.get_surface()
        if window is None:
            return
        rect = Viewport(window.get_size()).rect
        window.fill((0, 0, 0))
        if rect.size == frame.get_size():
            window.blit(frame, rect)
        else:
            window.blit(pygame.transform.smoothscale(frame, rect.size), rect)
        pygame.display.flip()
        self.presented += 1

    def set_fullscreen(self, on: bool) -> None:
        if on == self.fullscreen:
            return
        if on:
            self.windowed = self.size
            pygame.display.set_mode((0, 0), pygame.FULLSCREEN)
        else:
            pygame.display.set_mode(self.windowed, pygame.RESIZABLE)
        self.fullscreen = on
