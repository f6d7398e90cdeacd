"""History: the lines read so far with their speakers' names, newest at the bottom, scrollable."""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.render.fonts import font, wrap
from game.ui import theme
from game.ui.theme import Button

AREA = pygame.Rect(140, 130, 1000, 500)
NAME_W = 170


@dataclass(frozen=True)
class Entry:
    name: str | None
    color: tuple[int, int, int] | None
    text: str
    kind: str


def buttons() -> list[Button]:
    return [Button(pygame.Rect(540, 650, 200, 46), "Back", "close", style="pill")]


def layout(entries: list[Entry]) -> list[tuple[Entry, list[str]]]:
    out = []
    for entry in entries:
        f = font("italic" if entry.kind == "think" else "regular", 21)
        out.append((entry, wrap(f, " ".join(entry.text.split()), AREA.w - NAME_W - 40)))
    return out


def draw(surface: pygame.Surface, backdrop: pygame.Surface, entries: list[Entry], scroll: int,
         buttons_: list[Button], hover: tuple[int, int] | None, focus: int | None) -> int:
    """Draws the newest lines that fit, `scroll` entries up from the end; returns the largest useful scroll."""
    surface.blit(backdrop, (0, 0))
    theme.veil(surface, 215)
    theme.text(surface, "History", (AREA.x, 48), 42, "bold")
    pygame.draw.rect(surface, theme.ACCENT, (AREA.x, 104, 56, 4), border_radius=2)
    laid = layout(entries)
    end = max(0, len(laid) - scroll)
    y = AREA.bottom
    shown: list[tuple[Entry, list[str], int]] = []
    for entry, lines in reversed(laid[:end]):
        h = len(lines) * 29 + 18
        if y - h < AREA.y:
            break
        y -= h
        shown.append((entry, lines, y))
    for entry, lines, top in shown:
        _entry(surface, entry, lines, top)
    if not entries:
        theme.text(surface, "Nothing read yet.", AREA.center, 22, "italic", theme.MUTED, "center")
    theme.text(surface, "Wheel / PageUp to scroll back", (AREA.right, 64), 16, "regular", theme.MUTED, "topright")
    theme.draw_buttons(surface, buttons_, hover, focus)
    return max(0, len(laid) - len(shown) + scroll) if shown else 0


def _entry(surface: pygame.Surface, entry: Entry, lines: list[str], top: int) -> None:
    if entry.name:
        theme.text(surface, entry.name, (AREA.x + NAME_W - 16, top), 21, "bold", entry.color or theme.ACCENT, "topright")
    style = "italic" if entry.kind == "think" else "regular"
    color = theme.THOUGHT if entry.kind == "think" else theme.ACCENT if entry.kind == "choice" else (
        theme.TEXT if entry.name else (214, 210, 198))
    for i, line in enumerate(lines):
        theme.text(surface, line, (AREA.x + NAME_W + 10, top + i * 29), 21, style, color)
