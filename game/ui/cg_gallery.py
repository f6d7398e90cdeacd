"""The Gallery screen: the story's event illustrations, those the player has seen as thumbnails that open
full-frame, the others locked; paged. Lays out and draws only: the session keeps what is unlocked."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.logical import LOGICAL
from game.ui import theme
from game.ui.theme import Button

COLS, ROWS = 3, 2
THUMB = (320, 180)
LEFT, TOP, GAP_X, GAP_Y = 112, 150, 40, 64
LOCKED = (34, 36, 48)


@dataclass(frozen=True)
class Entry:
    name: str
    title: str
    unlocked: bool


def cell(index: int) -> pygame.Rect:
    col, row = index % COLS, index // COLS
    return pygame.Rect(LEFT + col * (THUMB[0] + GAP_X), TOP + row * (THUMB[1] + GAP_Y), THUMB[0], THUMB[1])


def buttons(entries: list[Entry], page: int) -> list[Button]:
    per = COLS * ROWS
    chunk = entries[page * per:(page + 1) * per]
    out = []
    for i, entry in enumerate(chunk):
        out.append(Button(cell(i), entry.title if entry.unlocked else "Locked", f"cg:{entry.name}",
                          enabled=entry.unlocked, style="thumb"))
    return out + theme.pager(len(entries), per, page)


def view_buttons() -> list[Button]:
    """Viewing one illustration: a click anywhere goes back to the Gallery."""
    return [Button(pygame.Rect((0, 0), LOGICAL), "Back", "close", style="cover")]


def draw(surface: pygame.Surface, backdrop: pygame.Surface, buttons_: list[Button], seen: int, total: int,
         thumbs: dict[str, pygame.Surface], hover: tuple[int, int] | None, focus: int | None) -> None:
    surface.blit(backdrop, (0, 0))
    theme.veil(surface, 205)
    theme.text(surface, "Gallery", (LEFT, 40), 44, "bold")
    pygame.draw.rect(surface, theme.ACCENT, (LEFT, 100, 56, 4), border_radius=2)
    theme.text(surface, f"Illustrations you have seen: {seen} of {total}. Choose one to look at it.",
               (LEFT + 2, 112), 18, "regular", theme.MUTED)
    over = theme.hit(buttons_, hover)
    for i, b in enumerate(buttons_):
        if b.style != "thumb":
            theme.draw_button(surface, b, b is over, focus == i)
            continue
        lit = b.enabled and (b is over or focus == i)
        theme.panel(surface, b.rect.inflate(8, 8), theme.ACCENT if lit else (50, 54, 72), 255, 8, None, 110)
        thumb = thumbs.get(b.action.split(":", 1)[1]) if b.enabled else None
        if thumb is not None:
            surface.blit(thumb, b.rect)
        else:
            surface.fill(LOCKED, b.rect)
            _lock(surface, b.rect.center)
        theme.text(surface, b.label, (b.rect.x + 2, b.rect.bottom + 8), 18, "bold" if lit else "regular",
                   theme.ACCENT if lit else (theme.TEXT if b.enabled else theme.MUTED))


def _lock(surface: pygame.Surface, centre: tuple[int, int]) -> None:
    """A padlock drawn with shapes (no glyph font needed)."""
    x, y = centre
    colour = (96, 100, 120)
    pygame.draw.rect(surface, colour, (x - 22, y - 6, 44, 34), border_radius=5)
    pygame.draw.arc(surface, colour, (x - 15, y - 30, 30, 44), 0, 3.1416, 5)
    pygame.draw.circle(surface, LOCKED, (x, y + 9), 5)


def draw_view(surface: pygame.Surface, picture: pygame.Surface) -> None:
    surface.blit(picture if picture.get_size() == surface.get_size()
                 else pygame.transform.smoothscale(picture, surface.get_size()), (0, 0))
