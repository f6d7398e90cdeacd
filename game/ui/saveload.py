"""The save and load screens: slots 1–9, quick and auto, each with its thumbnail, scene title, time and
the line it stopped on; empty and damaged slots are shown as such. Emits `save:<slot>` / `load:<slot>`."""

from __future__ import annotations

import io
import logging
from datetime import datetime

import pygame

from game.render.fonts import font, wrap
from game.saves import SlotInfo
from game.ui import theme
from game.ui.theme import Button

log = logging.getLogger(__name__)
CARD_W, CARD_H, GAP = 372, 124, 14
LEFT, TOP = 68, 140
THUMB = (176, 99)


def slot_rect(index: int) -> pygame.Rect:
    col, row = index % 3, index // 3
    return pygame.Rect(LEFT + col * (CARD_W + GAP), TOP + row * (CARD_H + GAP), CARD_W, CARD_H)


def buttons(mode: str, slots: list[SlotInfo]) -> list[Button]:
    out = []
    for i, info in enumerate(slots):
        b = Button(slot_rect(i), info.slot, f"{mode}:{info.slot}", style="slot")
        b.enabled = (mode == "load" and info.meta is not None) or (mode == "save" and info.slot != "auto")
        out.append(b)
    out.append(Button(pygame.Rect(LEFT + 2 * (CARD_W + GAP) + 60, TOP + 3 * (CARD_H + GAP) + 38, 200, 48),
                      "Back", "close", style="pill"))
    return out


def draw(surface: pygame.Surface, backdrop: pygame.Surface, mode: str, slots: list[SlotInfo],
         buttons_: list[Button], hover: tuple[int, int] | None, focus: int | None,
         thumbs: dict[str, pygame.Surface | None]) -> None:
    surface.blit(backdrop, (0, 0))
    theme.veil(surface, 200)
    theme.text(surface, "Save" if mode == "save" else "Load", (LEFT, 40), 44, "bold")
    pygame.draw.rect(surface, theme.ACCENT, (LEFT, 100, 56, 4), border_radius=2)
    hint = "Choose a slot to save into" if mode == "save" else "Choose a save to continue from"
    theme.text(surface, hint, (LEFT + 2, 112), 18, "regular", theme.MUTED)
    over = theme.hit(buttons_, hover)
    for i, (info, button) in enumerate(zip(slots, buttons_)):
        _card(surface, info, button, button is over or focus == i, thumbs.get(info.slot))
    theme.draw_button(surface, buttons_[-1], buttons_[-1] is over, focus == len(buttons_) - 1)


def _label(slot: str) -> str:
    return {"quick": "Quick save", "auto": "Autosave"}.get(slot, f"Slot {slot}")


def _card(surface: pygame.Surface, info: SlotInfo, button: Button, lit: bool, thumb: pygame.Surface | None) -> None:
    rect = button.rect
    border = (*theme.ACCENT, 200) if lit and button.enabled else (255, 255, 255, 26)
    theme.panel(surface, rect, (34, 38, 56) if lit else theme.PANEL, 235, 12, border, 90)
    frame = pygame.Rect(rect.x + 12, rect.y + (rect.h - THUMB[1]) // 2, *THUMB)
    x, w = frame.right + 14, rect.right - frame.right - 26
    if info.damaged:
        pygame.draw.rect(surface, (60, 30, 34), frame, border_radius=6)
        theme.text(surface, "!", frame.center, 40, "bold", theme.DANGER, "center")
        theme.text(surface, _label(info.slot), (x, rect.y + 14), 18, "bold", theme.TEXT)
        theme.text(surface, "Damaged save", (x, rect.y + 40), 18, "bold", theme.DANGER)
        _wrapped(surface, info.damaged, x, rect.y + 66, w, 14, theme.MUTED, 2)
        return
    if info.meta is None:
        pygame.draw.rect(surface, (40, 44, 60), frame, border_radius=6)
        pygame.draw.rect(surface, (70, 74, 92), frame, width=1, border_radius=6)
        theme.text(surface, _label(info.slot), (x, rect.y + 14), 18, "bold", theme.MUTED)
        theme.text(surface, "Empty", (x, rect.y + 42), 18, "italic", (120, 124, 140))
        return
    meta = info.meta
    if thumb is not None:
        surface.blit(thumb, frame)
    else:
        pygame.draw.rect(surface, (40, 44, 60), frame, border_radius=6)
    pygame.draw.rect(surface, (255, 255, 255, 60), frame, width=1, border_radius=2)
    theme.text(surface, _label(info.slot), (x, rect.y + 10), 15, "bold", theme.ACCENT)
    _wrapped(surface, meta.scene_title or meta.scene_id, x, rect.y + 30, w, 17, theme.TEXT, 1, "bold")
    theme.text(surface, pretty_time(meta.saved_at), (x, rect.y + 52), 14, "regular", theme.MUTED)
    _wrapped(surface, f"“{meta.line_text}”" if meta.line_text else "", x, rect.y + 72, w, 14, (206, 204, 196), 2, "italic")


def _wrapped(surface: pygame.Surface, words: str, x: int, y: int, width: int, size: int,
             color: tuple[int, int, int], rows: int, style: str = "regular") -> None:
    lines = wrap(font(style, size), words, width)
    if len(lines) > rows:
        lines = lines[:rows]
        lines[-1] = lines[-1].rstrip(" ,.;") + "…"
    for i, line in enumerate(lines):
        theme.text(surface, line, (x, y + i * int(size * 1.3)), size, style, color, shadow=False)


def pretty_time(iso: str) -> str:
    try:
        return datetime.fromisoformat(iso).strftime("%d %b %Y, %H:%M")
    except ValueError:
        return iso


def load_thumb(png: bytes | None) -> pygame.Surface | None:
    if not png:
        return None
    try:
        image = pygame.image.load(io.BytesIO(png), "thumb.png")
    except (pygame.error, ValueError) as exc:
        log.warning("unreadable save thumbnail: %s", exc)
        return None
    return pygame.transform.smoothscale(image, THUMB)
