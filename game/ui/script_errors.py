"""The script-error overlay of live reload: what is wrong and where (file:line:col), over the game,
until the writer saves a fixed file. Draws only; the errors come from `game.livereload`."""

from __future__ import annotations

import pygame

from game.logical import LOGICAL_W
from game.render.fonts import font, wrap
from game.ui import theme

WIDTH = 1120


def draw(surface: pygame.Surface, lines: list[str]) -> None:
    if not lines:
        return
    f = font("regular", 19)
    wrapped = [part for line in lines for part in wrap(f, line, WIDTH - 56)]
    height = 86 + 26 * len(wrapped)
    rect = pygame.Rect((LOGICAL_W - WIDTH) // 2, 24, WIDTH, height)
    theme.panel(surface, rect, (46, 22, 26), 238, 16, (*theme.DANGER, 200), 140)
    theme.text(surface, "Script error: still playing the last version that worked", (rect.x + 28, rect.y + 18), 22, "bold",
               theme.DANGER, shadow=False)
    theme.text(surface, "Fix the file and save it: the game reloads it and stays on this line.", (rect.x + 28, rect.y + 48),
               17, "italic", theme.MUTED, shadow=False)
    for i, line in enumerate(wrapped):
        theme.text(surface, line, (rect.x + 28, rect.y + 78 + 26 * i), 19, "regular", theme.TEXT, shadow=False)
