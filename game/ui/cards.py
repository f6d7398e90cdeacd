"""Full-screen cards around the story: the content note the player confirms, the title card
(title, subtitle, credits) and the end card with credits."""

from __future__ import annotations

import pygame

from game.logical import LOGICAL_H, LOGICAL_W
from game.render.fonts import font, wrap
from game.ui import theme
from game.ui.theme import Button


def content_note_buttons(note: str = "") -> list[Button]:
    y = _note_layout(note)[1] - 88
    return [Button(pygame.Rect(430, y, 200, 48), "Continue", "confirm_note", selected=True, style="pill"),
            Button(pygame.Rect(650, y, 200, 48), "Back", "to_title", style="pill")]


def _note_layout(note: str) -> tuple[int, int]:
    """The note card's top and bottom: sized to its text, centred on the screen."""
    f = font("regular", 24)
    lines = wrap(f, reflow(note), 740)
    height = 96 + sum(int(24 * 1.45) if line.strip() else 10 for line in lines) + 130
    top = max(24, (LOGICAL_H - height) // 2)
    return top, top + height


def reflow(text: str) -> str:
    """Prose written with hard line breaks: single newlines become spaces, blank lines stay paragraphs."""
    paragraphs = [" ".join(p.split()) for p in text.strip().split("\n\n")]
    return "\n\n".join(p for p in paragraphs if p)


def _paragraphs(surface: pygame.Surface, text: str, top: int, size: int, width: int,
                color: tuple[int, int, int], style: str = "regular", gap: int = 10) -> int:
    f = font(style, size)
    y = top
    for line in wrap(f, text.strip(), width):
        if not line.strip():
            y += gap
            continue
        theme.text(surface, line, (LOGICAL_W // 2, y), size, style, color, "midtop")
        y += int(size * 1.45)
    return y


def draw_content_note(surface: pygame.Surface, note: str, buttons_: list[Button],
                      hover: tuple[int, int] | None, focus: int | None) -> None:
    surface.fill((16, 18, 28))
    top, bottom = _note_layout(note)
    card = pygame.Rect(200, top, 880, bottom - top)
    theme.panel(surface, card, (26, 30, 44), 255, 24)
    theme.text(surface, "A note before you begin", (LOGICAL_W // 2, top + 40), 34, "bold", theme.ACCENT, "midtop")
    _paragraphs(surface, reflow(note), top + 108, 24, 740, theme.TEXT)
    theme.draw_buttons(surface, buttons_, hover, focus)


def draw_title_card(surface: pygame.Surface, title: str, subtitle: str, credits: str) -> None:
    surface.fill((10, 11, 18))
    theme.text(surface, title, (LOGICAL_W // 2, 210), 72, "bold", theme.TEXT, "midtop")
    pygame.draw.rect(surface, theme.ACCENT, (604, 310, 72, 4), border_radius=2)
    if subtitle:
        theme.text(surface, subtitle, (LOGICAL_W // 2, 334), 30, "italic", (214, 206, 190), "midtop")
    if credits:
        _paragraphs(surface, credits, 446, 18, 900, theme.MUTED, gap=6)
    theme.text(surface, "click to begin", (LOGICAL_W // 2, 672), 16, "regular", (120, 122, 136), "midtop")


def draw_end_card(surface: pygame.Surface, end_card: str, credits: str) -> None:
    surface.fill((10, 11, 18))
    y = _paragraphs(surface, reflow(end_card) or "The end.", 200, 34, 900, theme.TEXT, "regular", 14)
    pygame.draw.rect(surface, theme.ACCENT, (604, y + 24, 72, 4), border_radius=2)
    if credits:
        _paragraphs(surface, credits, y + 60, 18, 900, theme.MUTED, gap=6)
    theme.text(surface, "click to return to the title screen", (LOGICAL_W // 2, 672), 16, "regular", (120, 122, 136), "midtop")
