"""The textbox: name plate in the speaker's colour, narration without one, thoughts in italic and a
softer colour, typewriter reveal, a continue mark, and paging of lines too long for the box.

Draws and lays out text; the typewriter's timing lives in the app, which passes how much is revealed.
"""

from __future__ import annotations

from functools import lru_cache

import pygame

from game.logical import LOGICAL_H
from game.render.fonts import font, render_text, rendered, wrap
from game.ui import theme

BOX = pygame.Rect(80, 516, 1120, 170)
TEXT_X, TEXT_TOP, TEXT_W = 128, 548, 1024
TEXT_BOTTOM = 674
PAGE_BOX = pygame.Rect(250, 60, 780, 560)
PAGE_TEXT_W = 660


def style_for(kind: str) -> str:
    return "italic" if kind == "think" else "regular"


def color_for(kind: str, memory: bool) -> tuple[int, int, int]:
    if kind == "think":
        return (222, 204, 176) if memory else theme.THOUGHT
    if kind == "narrate":
        return (232, 228, 216)
    return theme.TEXT


def line_height(size: int) -> int:
    return int(size * 1.38)


def text_area(kind: str, size: int) -> tuple[pygame.font.Font, int, int]:
    """The font, the width in px and the rows of one page a line of `kind` is wrapped into (the textbox,
    or the paper card for a page)."""
    if kind == "page":
        return font("regular", 24), PAGE_TEXT_W, 12
    return font(style_for(kind), size), TEXT_W, max(1, (TEXT_BOTTOM - TEXT_TOP) // line_height(size))


@lru_cache(maxsize=256)
def paginate(text: str, kind: str, size: int) -> tuple[tuple[str, ...], ...]:
    """The line split into pages of wrapped lines that fit the box (or the paper card, for a page)."""
    f, width, rows = text_area(kind, size)
    lines = wrap(f, text.strip(), width)
    while lines and not lines[-1].strip():
        lines.pop()
    pages = [tuple(lines[i:i + rows]) for i in range(0, max(1, len(lines)), rows)]
    return tuple(pages) or ((),)


def page_length(page: tuple[str, ...]) -> int:
    return sum(len(line) for line in page)


def draw_lines(surface: pygame.Surface, lines: tuple[str, ...], revealed: int, x: int, y: int,
               style: str, size: int, color: tuple[int, int, int], step: int, shadow: bool = True) -> tuple[int, int]:
    """Draw up to `revealed` characters; returns the end point of the last drawn character.
    Whole lines come from the render cache; only the line being typed is rendered afresh."""
    end = (x, y)
    left = revealed
    f = font(style, size)
    for line in lines:
        if left <= 0:
            break
        part = line[:left]
        left -= len(line)
        if part == line:
            image = rendered(style, size, part, color, 160 if shadow else 0)
        else:
            image = render_text(f, part, color, (0, 0, 0, 160) if shadow else None)
        surface.blit(image, (x, y))
        end = (x + f.size(part)[0], y)
        y += step
    return end


def draw_textbox(surface: pygame.Surface, *, kind: str, name: str | None, color: tuple[int, int, int] | None,
                 page: tuple[str, ...], revealed: int, size: int, opacity: float, memory: bool,
                 done: bool, more_pages: bool) -> None:
    tint = (44, 34, 26) if memory else theme.PANEL
    theme.panel(surface, BOX, tint, int(255 * opacity), 20, (255, 255, 255, 30), int(120 * opacity))
    if memory:
        pygame.draw.rect(surface, theme.MEMORY_ACCENT, (BOX.x + 22, BOX.bottom - 12, BOX.w - 44, 2), border_radius=1)
    if name and kind != "narrate":
        _nameplate(surface, name, color or theme.ACCENT, thought=kind == "think")
    end = draw_lines(surface, page, revealed, TEXT_X, TEXT_TOP, style_for(kind), size, color_for(kind, memory),
                     line_height(size))
    if done:
        _continue_mark(surface, end, size, more_pages)


def _nameplate(surface: pygame.Surface, name: str, color: tuple[int, int, int], thought: bool) -> None:
    f = font("bold", 24)
    label = name if not thought else f"{name}  ·  thinking"
    w = f.size(label)[0] + 44
    rect = pygame.Rect(BOX.x + 28, BOX.y - 24, w, 44)
    if thought:
        theme.panel(surface, rect, (30, 34, 50), 235, 22, (*color, 255), 60)
        theme.text(surface, label, rect.center, 24, "bolditalic", color, "center", shadow=False)
    else:
        theme.panel(surface, rect, color, 255, 22, (255, 255, 255, 70), 90)
        ink = (20, 20, 28) if sum(color) > 330 else (250, 248, 240)
        theme.text(surface, label, rect.center, 24, "bold", ink, "center", shadow=False)


def _continue_mark(surface: pygame.Surface, end: tuple[int, int], size: int, more_pages: bool) -> None:
    x, y = end[0] + 12, end[1] + size // 2 + 2
    if x > TEXT_X + TEXT_W:
        x, y = BOX.right - 40, BOX.bottom - 30
    points = [(x, y - 5), (x + 14, y - 5), (x + 7, y + 5)]
    pygame.draw.polygon(surface, theme.ACCENT, points)
    if more_pages:
        pygame.draw.polygon(surface, theme.ACCENT, [(px, py + 9) for px, py in points], width=2)


def page_card_rect(title: str | None, rows: int) -> pygame.Rect:
    """The paper card sized to its text (the longest page), centred on the screen."""
    height = min(PAGE_BOX.h, 54 + (68 if title else 0) + 34 * max(3, rows) + 74)
    return pygame.Rect(PAGE_BOX.x, (LOGICAL_H - height) // 2 - 10, PAGE_BOX.w, height)


def draw_page_card(surface: pygame.Surface, title: str | None, page: tuple[str, ...], revealed: int,
                   done: bool, more_pages: bool, number: int, count: int, rows: int | None = None) -> None:
    """An inserted page (a book, a letter): a paper card over the scene."""
    theme.veil(surface, 110)
    card = page_card_rect(title, rows if rows is not None else len(page))
    theme.panel(surface, card, theme.PAPER, 255, 6, (120, 100, 70, 90), 160)
    inner = card.inflate(-28, -28)
    pygame.draw.rect(surface, (200, 186, 158), inner, width=1, border_radius=3)
    y = card.y + 54
    if title:
        theme.text(surface, title, (card.centerx, y), 26, "bolditalic", (110, 60, 40), "midtop", shadow=False)
        y += 46
        pygame.draw.line(surface, (190, 170, 140), (card.centerx - 80, y), (card.centerx + 80, y), 1)
        y += 22
    draw_lines(surface, page, revealed, card.x + 60, y, "regular", 24, theme.PAPER_INK, 34, shadow=False)
    if count > 1:
        theme.text(surface, f"{number} / {count}", (card.centerx, card.bottom - 40), 18, "regular",
                   (140, 120, 96), "midtop", shadow=False)
    if done:
        x, yy = card.right - 60, card.bottom - 44
        points = [(x, yy), (x + 16, yy), (x + 8, yy + 10)]
        pygame.draw.polygon(surface, (150, 80, 56), points)
        if more_pages:  # more of this page follows: a second, open mark
            pygame.draw.polygon(surface, (150, 80, 56), [(px, py + 9) for px, py in points], width=2)
