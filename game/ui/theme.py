"""The interface's look in one place: palette, type sizes, soft-shadowed panels, and buttons
(a Button is a rect, a label and the action it emits). Draws primitives; knows no screen.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache

import pygame

from game.render.fonts import rendered
from game.render.smooth import smoothscale

INK = (18, 20, 30)
PANEL = (22, 25, 38)
TEXT = (240, 235, 224)
MUTED = (168, 172, 186)
THOUGHT = (184, 202, 230)
ACCENT = (232, 196, 128)
DANGER = (232, 112, 104)
PAPER = (244, 236, 216)
PAPER_INK = (58, 46, 38)
MEMORY_ACCENT = (222, 184, 134)

Rect = pygame.Rect


@dataclass
class Button:
    rect: pygame.Rect
    label: str
    action: str
    enabled: bool = True
    selected: bool = False  # an on/off state shown as lit (Skip, Auto, a chosen tab)
    style: str = "text"  # text (menu item), pill (small), ghost (quick menu), choice (a story's menu option)


def hit(buttons: list[Button], pos: tuple[int, int] | None) -> Button | None:
    if pos is None:
        return None
    for button in reversed(buttons):
        if button.enabled and button.rect.collidepoint(pos):
            return button
    return None


@lru_cache(maxsize=12)  # full-size shadows of panels (a notice or a slot card is ~0.5 MB)
def _shadow(size: tuple[int, int], radius: int, blur: int, alpha: int) -> pygame.Surface:
    """A blurred dark rounded rect, `blur` px larger than `size` on every side."""
    w, h = size[0] + 2 * blur, size[1] + 2 * blur
    sharp = pygame.Surface((w, h), pygame.SRCALPHA)
    pygame.draw.rect(sharp, (0, 0, 0, alpha), (blur, blur, *size), border_radius=radius)
    k = max(2, blur // 3)
    small = pygame.transform.smoothscale(sharp, (max(1, w // k), max(1, h // k)))
    return smoothscale(small, (w, h))


def panel(surface: pygame.Surface, rect: pygame.Rect, color: tuple[int, int, int] = PANEL, alpha: int = 220,
          radius: int = 18, border: tuple[int, int, int, int] | None = (255, 255, 255, 26), shadow: int = 110) -> None:
    """A rounded panel with a soft drop shadow and a hairline border."""
    if shadow:
        blur = 18
        surface.blit(_shadow(rect.size, radius, blur, shadow), (rect.x - blur, rect.y - blur + 6))
    surface.blit(_body(rect.size, color, alpha, radius, border), rect.topleft)


@lru_cache(maxsize=16)
def _body(size: tuple[int, int], color: tuple[int, int, int], alpha: int, radius: int,
          border: tuple[int, int, int, int] | None) -> pygame.Surface:
    body = pygame.Surface(size, pygame.SRCALPHA)
    pygame.draw.rect(body, (*color, alpha), body.get_rect(), border_radius=radius)
    if border:
        pygame.draw.rect(body, border, body.get_rect(), width=1, border_radius=radius)
    return body


def veil(surface: pygame.Surface, alpha: int = 150, color: tuple[int, int, int] = INK) -> None:
    layer = pygame.Surface(surface.get_size())
    layer.fill(color)
    layer.set_alpha(alpha)
    surface.blit(layer, (0, 0))


def text(surface: pygame.Surface, words: str, pos: tuple[int, int], size: int = 24, style: str = "regular",
         color: tuple[int, int, int] = TEXT, anchor: str = "topleft", shadow: bool = True) -> pygame.Rect:
    image = rendered(style, size, words, color, 150 if shadow else 0)
    rect = image.get_rect(**{anchor: pos})
    surface.blit(image, rect)
    return rect


def draw_button(surface: pygame.Surface, button: Button, hover: bool, focus: bool = False) -> None:
    lit = hover or focus
    if button.style == "choice":
        _choice_button(surface, button, lit)
    elif button.style == "text":
        _text_button(surface, button, lit)
    elif button.style == "ghost":
        color = ACCENT if button.selected else (TEXT if lit else MUTED)
        if not button.enabled:
            color = (96, 98, 108)
        text(surface, button.label, button.rect.center, 18, "bold" if button.selected else "regular", color, "center")
    else:
        fill = ACCENT if button.selected else ((70, 74, 96) if lit else (44, 48, 66))
        ink = INK if button.selected else (TEXT if button.enabled else (110, 112, 124))
        panel(surface, button.rect, fill, 235 if button.enabled else 120, button.rect.height // 2,
              (255, 255, 255, 50 if lit else 20), 0)
        text(surface, button.label, button.rect.center, 20, "bold", ink, "center", shadow=False)


def _choice_button(surface: pygame.Surface, button: Button, lit: bool) -> None:
    """A story's menu option (game/ui/choice.py lays them out): a wide, soft panel with the text centred,
    lit under the pointer or the focus; one taken here before is greyed."""
    fill = (58, 62, 86) if lit else PANEL
    border = (*ACCENT, 200) if lit else (255, 255, 255, 34)
    panel(surface, button.rect, fill, 235, button.rect.height // 2, border, 90)
    color = ACCENT if lit else ((150, 156, 176) if button.selected else TEXT)
    text(surface, button.label, button.rect.center, 24, "bold" if lit else "regular", color, "center", shadow=False)


def _text_button(surface: pygame.Surface, button: Button, lit: bool) -> None:
    color = ACCENT if lit else (TEXT if button.enabled else (110, 112, 124))
    if lit:
        bar = pygame.Rect(button.rect.x - 16, button.rect.centery - 11, 4, 22)
        pygame.draw.rect(surface, ACCENT, bar, border_radius=2)
    if button.selected:
        color = ACCENT
    text(surface, button.label, (button.rect.x, button.rect.centery), 30, "bold" if lit else "regular", color, "midleft")


def draw_buttons(surface: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
                 focus: int | None = None) -> None:
    over = hit(buttons, hover)
    for i, button in enumerate(buttons):
        draw_button(surface, button, button is over, focus == i)


def heading(surface: pygame.Surface, title: str, subtitle: str | None = None) -> None:
    text(surface, title, (96, 64), 46, "bold", TEXT)
    pygame.draw.rect(surface, ACCENT, (96, 124, 56, 4), border_radius=2)
    if subtitle:
        text(surface, subtitle, (96, 138), 20, "regular", MUTED)


def pager(total: int, per: int, page: int) -> list[Button]:
    """The footer of a paged grid screen: Previous (not on the first page), Next (not on the last), Back."""
    out = []
    if page > 0:
        out.append(Button(pygame.Rect(328, 670, 180, 42), "Previous", "page:-1", style="pill"))
    if (page + 1) * per < total:
        out.append(Button(pygame.Rect(772, 670, 180, 42), "Next", "page:1", style="pill"))
    out.append(Button(pygame.Rect(550, 670, 180, 42), "Back", "close", style="pill"))
    return out
