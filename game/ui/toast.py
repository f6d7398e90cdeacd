"""Notices: a short message in a pill at the top of the screen that fades after a few seconds."""

from __future__ import annotations

import pygame

from game.logical import LOGICAL_W
from game.render.fonts import font, wrap
from game.ui import theme

SHOW_MS = 4500
FADE_MS = 600


def draw(surface: pygame.Surface, message: str, age_ms: int) -> None:
    left = SHOW_MS - age_ms
    if left <= 0:
        return
    alpha = 255 if left > FADE_MS else int(255 * left / FADE_MS)
    f = font("regular", 20)
    lines = wrap(f, message, 820)
    w = max(f.size(line)[0] for line in lines) + 56
    h = 22 + 28 * len(lines)
    layer = pygame.Surface((w + 60, h + 60), pygame.SRCALPHA)
    rect = pygame.Rect(30, 24, w, h)
    theme.panel(layer, rect, (30, 34, 50), 240, min(24, h // 2), (*theme.ACCENT, 120), 120)
    pygame.draw.circle(layer, theme.ACCENT, (rect.x + 22, rect.y + 11 + 14), 4)
    for i, line in enumerate(lines):
        theme.text(layer, line, (rect.x + 36, rect.y + 11 + 28 * i), 20, "regular", theme.TEXT, shadow=False)
    layer.set_alpha(alpha)
    surface.blit(layer, (LOGICAL_W // 2 - (w + 60) // 2, -6))
