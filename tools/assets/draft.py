"""Placeholder art for drafts made by `vn adapt`: a plain stage (`maps/draft.tmx`) and a plain
figure (`sprites/draft/neutral.png`), so a draft with unknown places and characters plays at once.
They are deliberately featureless: a writer replaces them.
"""
from __future__ import annotations

from pathlib import Path

import pygame

from tools.assets import tmx
from tools.assets.places import BASE_STAGE

W, H = 1280, 720


def place() -> tmx.Place:
    ground = pygame.Surface((W, H), pygame.SRCALPHA)
    for y in range(H):  # a soft vertical gradient, darker at the floor
        t = y / (H - 1)
        shade = int(92 - 40 * t)
        ground.fill((shade, shade + 4, shade + 12, 255), (0, y, W, 1))
    pygame.draw.rect(ground, (58, 60, 70, 255), (0, 560, W, 160))
    pygame.draw.line(ground, (110, 112, 124, 255), (0, 560), (W, 560), 2)
    return tmx.Place("draft", "A place to choose", "afternoon", {"ground": ground}, dict(BASE_STAGE))


def sprite(root: Path) -> None:
    """A grey silhouette: head and shoulders over a long body, 480 x 660, feet at the bottom."""
    surf = pygame.Surface((480, 660), pygame.SRCALPHA)
    colour = (150, 154, 168, 235)
    pygame.draw.ellipse(surf, colour, (180, 40, 120, 140))
    pygame.draw.ellipse(surf, colour, (120, 190, 240, 160))
    pygame.draw.rect(surf, colour, (150, 260, 180, 400), border_radius=40)
    folder = root / "sprites" / "draft"
    folder.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surf, str(folder / "neutral.png"))


def write_all(root: Path) -> None:
    tmx.write_place(place(), root)
    sprite(root)
