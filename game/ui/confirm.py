"""The yes/no question asked before something that loses the reader's place (quit, title screen, load
while playing): a small modal card over the current screen. Draws and lays out; the router decides."""

from __future__ import annotations

import pygame

from game.ui import theme
from game.ui.theme import Button

CARD = pygame.Rect(340, 250, 600, 220)


def buttons() -> list[Button]:
    return [Button(pygame.Rect(CARD.centerx - 210, CARD.bottom - 76, 190, 48), "Yes", "confirm:yes", style="pill"),
            Button(pygame.Rect(CARD.centerx + 20, CARD.bottom - 76, 190, 48), "No", "confirm:no", selected=True,
                   style="pill")]


def draw(surface: pygame.Surface, question: str, buttons_: list[Button], hover: tuple[int, int] | None,
         focus: int | None) -> None:
    theme.veil(surface, 160)
    theme.panel(surface, CARD, theme.PANEL, 250, 20, (255, 255, 255, 40), 120)
    theme.text(surface, question, (CARD.centerx, CARD.y + 44), 26, "bold", theme.TEXT, "midtop")
    theme.text(surface, "Arrows and Enter to choose  ·  Esc: no", (CARD.centerx, CARD.y + 92), 16, "regular", theme.MUTED,
               "midtop")
    theme.draw_buttons(surface, buttons_, hover, focus)
    if focus is not None and focus < len(buttons_):
        pygame.draw.rect(surface, theme.ACCENT, buttons_[focus].rect.inflate(10, 10), width=3, border_radius=28)
