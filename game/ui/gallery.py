"""The Scenes screen: scenes already reached, with thumbnails, to replay from their start; paged."""

from __future__ import annotations

import pygame

from game.ui import theme
from game.ui.theme import Button

COLS, ROWS = 4, 3
THUMB = (240, 135)
LEFT, TOP, GAP_X, GAP_Y = 108, 142, 32, 40


def cell(index: int) -> pygame.Rect:
    col, row = index % COLS, index // COLS
    return pygame.Rect(LEFT + col * (THUMB[0] + GAP_X), TOP + row * (THUMB[1] + GAP_Y), THUMB[0], THUMB[1])


def buttons(scenes: list[tuple[str, str]], page: int) -> list[Button]:
    per = COLS * ROWS
    chunk = scenes[page * per:(page + 1) * per]
    return [Button(cell(i), title, f"scene:{sid}", style="thumb") for i, (sid, title) in enumerate(chunk)] + \
        theme.pager(len(scenes), per, page)


def draw(surface: pygame.Surface, backdrop: pygame.Surface, buttons_: list[Button],
         thumbs: dict[str, pygame.Surface], hover: tuple[int, int] | None, focus: int | None) -> None:
    surface.blit(backdrop, (0, 0))
    theme.veil(surface, 205)
    theme.text(surface, "Scenes", (LEFT, 40), 44, "bold")
    pygame.draw.rect(surface, theme.ACCENT, (LEFT, 100, 56, 4), border_radius=2)
    theme.text(surface, "Scenes you have reached. Choose one to play it again.", (LEFT + 2, 112), 18, "regular", theme.MUTED)
    over = theme.hit(buttons_, hover)
    for i, b in enumerate(buttons_):
        if b.style != "thumb":
            theme.draw_button(surface, b, b is over, focus == i)
            continue
        lit = b is over or focus == i
        theme.panel(surface, b.rect.inflate(8, 8), theme.ACCENT if lit else (50, 54, 72), 255, 8, None, 110)
        thumb = thumbs.get(b.action.split(":", 1)[1])
        if thumb is not None:
            surface.blit(thumb, b.rect)
        theme.text(surface, b.label, (b.rect.x + 2, b.rect.bottom + 8), 18, "bold" if lit else "regular",
                   theme.ACCENT if lit else theme.TEXT)
