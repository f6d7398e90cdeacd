"""The title screen: the story's title over a map backdrop, and Start, Continue, Load, Scenes, Gallery, Settings,
Quit; Help and About in a corner."""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.logical import LOGICAL_H
from game.render.smooth import smoothscale
from game.ui import theme
from game.ui.theme import Button

ITEMS = (("Start", "start"), ("Continue", "continue"), ("Load", "open:load"), ("Scenes", "open:scenes"),
         ("Gallery", "open:gallery"), ("Settings", "open:settings"), ("Quit", "quit"))


def buttons(can_continue: bool, has_scenes: bool, has_saves: bool = True, has_gallery: bool = False) -> list[Button]:
    out = []
    for i, (label, action) in enumerate(ITEMS):
        b = Button(pygame.Rect(128, 300 + i * 54, 260, 44), label, action)
        b.enabled = ((action != "continue" or can_continue) and (action != "open:scenes" or has_scenes)
                     and (action != "open:load" or has_saves) and (action != "open:gallery" or has_gallery))
        out.append(b)
    out += [Button(pygame.Rect(1010, 652, 110, 40), "Help", "open:help", style="pill"),
            Button(pygame.Rect(1134, 652, 110, 40), "About", "open:about", style="pill")]
    return out


@lru_cache(maxsize=1)
def _shade() -> pygame.Surface:
    """The dark fade behind the title and buttons (made once, not on every frame the title is drawn)."""
    strip = pygame.Surface((2, 1), pygame.SRCALPHA)
    strip.set_at((0, 0), (10, 12, 22, 235))
    strip.set_at((1, 0), (10, 12, 22, 0))
    return smoothscale(strip, (900, LOGICAL_H))


def draw(surface: pygame.Surface, backdrop: pygame.Surface, title: str, subtitle: str,
         buttons_: list[Button], hover: tuple[int, int] | None, focus: int | None) -> None:
    surface.blit(backdrop, (0, 0))
    surface.blit(_shade(), (0, 0))
    theme.text(surface, title, (120, 130), 76, "bold", theme.TEXT)
    pygame.draw.rect(surface, theme.ACCENT, (124, 232, 72, 5), border_radius=3)
    if subtitle:
        theme.text(surface, subtitle, (122, 252), 28, "italic", (214, 206, 190))
    theme.draw_buttons(surface, buttons_, hover, focus)
    theme.text(surface, "Enter / click to choose  ·  F11 fullscreen", (128, 680), 16, "regular", (150, 152, 166))
