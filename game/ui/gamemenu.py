"""The game menu (Esc or right click in play): Return, Save, Load, History, Settings, Title screen, Quit; Help, About."""

from __future__ import annotations

import pygame

from game.ui import theme
from game.ui.theme import Button

ITEMS = (("Return", "close"), ("Save", "open:save"), ("Load", "open:load"), ("History", "history"),
         ("Settings", "open:settings"), ("Title screen", "to_title"), ("Quit", "quit"))
PANEL = pygame.Rect(72, 96, 380, 590)


def buttons() -> list[Button]:
    return [*(Button(pygame.Rect(128, 196 + i * 56, 280, 46), label, action) for i, (label, action) in enumerate(ITEMS)),
            Button(pygame.Rect(112, 594, 140, 40), "Help", "open:help", style="pill"),
            Button(pygame.Rect(268, 594, 140, 40), "About", "open:about", style="pill")]


def draw(surface: pygame.Surface, game_frame: pygame.Surface, scene_title: str, buttons_: list[Button],
         hover: tuple[int, int] | None, focus: int | None) -> None:
    surface.blit(game_frame, (0, 0))
    theme.veil(surface, 150)
    theme.panel(surface, PANEL, theme.PANEL, 235)
    theme.text(surface, "Paused", (112, 122), 38, "bold")
    if scene_title:
        theme.text(surface, scene_title, (114, 166), 18, "italic", theme.MUTED)
    theme.draw_buttons(surface, buttons_, hover, focus)
    theme.text(surface, "Esc or right click to return", (PANEL.x + 40, PANEL.bottom - 40), 16, "regular", theme.MUTED)
