"""Contact sheets: a grid of small frames with their captions (line ids, and the gestures a line plays), one sheet
per scene, for quick review."""

from __future__ import annotations

from pathlib import Path

import pygame

from game.render.fonts import font

THUMB = (320, 180)
COLUMNS = 4


def contact_sheet(frames: list[tuple[str, pygame.Surface]], title: str, path: Path) -> Path:
    """`frames` are (caption, frame) in order; the sheet is written to `path`."""
    rows = max(1, (len(frames) + COLUMNS - 1) // COLUMNS)
    cell_h = THUMB[1] + 22
    sheet = pygame.Surface((COLUMNS * (THUMB[0] + 8) + 8, 40 + rows * (cell_h + 8)))
    sheet.fill((24, 24, 30))
    sheet.blit(font("bold", 22).render(title, True, (235, 230, 220)), (10, 8))
    label = font("regular", 13)
    for i, (caption, frame) in enumerate(frames):
        x = 8 + (i % COLUMNS) * (THUMB[0] + 8)
        y = 40 + (i // COLUMNS) * (cell_h + 8)
        sheet.blit(pygame.transform.smoothscale(frame, THUMB), (x, y))
        sheet.blit(label.render(caption, True, (190, 190, 200)), (x, y + THUMB[1] + 3))
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(path))
    return path
