"""The settings screen: a slider with − and + for each number (text speed, auto-forward delay, text size,
textbox opacity, volumes) and a switch for each on/off (skip unseen, fullscreen, speaker emphasis, reduce motion), with a text preview.

Emits `set:<name>:-`, `set:<name>:+`, `slide:<name>` (the app reads the click position) and `toggle:<name>`.
"""

from __future__ import annotations

import pygame

from game.settings import LABELS, SETTING_RANGES, Settings
from game.ui import theme
from game.ui.theme import Button

COLUMNS = (("text_speed", "auto_delay", "text_size", "textbox_opacity", "skip_unseen", "fullscreen"),
           ("master_volume", "music_volume", "effects_volume", "speaker_emphasis",
            "reduce_motion"))
ROW_H = 74
COL_X = (96, 700)
TOP = 160
BAR_W = 300


def _row_rect(name: str) -> pygame.Rect:
    for col, names in enumerate(COLUMNS):
        if name in names:
            return pygame.Rect(COL_X[col], TOP + names.index(name) * ROW_H, 500, ROW_H - 10)
    raise KeyError(name)


def bar_rect(name: str) -> pygame.Rect:
    row = _row_rect(name)
    return pygame.Rect(row.x + 48, row.y + 42, BAR_W, 14)


def buttons() -> list[Button]:
    out: list[Button] = []
    for names in COLUMNS:
        for name in names:
            row = _row_rect(name)
            if SETTING_RANGES[name] is None:
                out.append(Button(pygame.Rect(row.x, row.y + 8, 420, 44), LABELS.get(name, name), f"toggle:{name}", style="switch"))
                continue
            bar = bar_rect(name)
            out.append(Button(pygame.Rect(row.x, row.y + 32, 36, 34), "−", f"set:{name}:-", style="pill"))
            out.append(Button(bar.inflate(0, 22), name, f"slide:{name}", style="bar"))
            out.append(Button(pygame.Rect(bar.right + 12, row.y + 32, 36, 34), "+", f"set:{name}:+", style="pill"))
    out.append(Button(pygame.Rect(1000, 650, 190, 46), "Back", "close", style="pill"))
    return out


def value_text(name: str, value: float) -> str:
    if name == "text_speed":
        return "instant" if value == 0 else f"{int(value)} chars/s"
    if name == "auto_delay":
        return f"{value:.1f} s"
    if name == "text_size":
        return f"{int(value)} px"
    return f"{int(round(value * 100))} %"


def draw(surface: pygame.Surface, backdrop: pygame.Surface, settings: Settings, buttons_: list[Button],
         hover: tuple[int, int] | None, focus: int | None) -> None:
    surface.blit(backdrop, (0, 0))
    theme.veil(surface, 210)
    theme.text(surface, "Settings", (96, 40), 44, "bold")
    pygame.draw.rect(surface, theme.ACCENT, (96, 100, 56, 4), border_radius=2)
    theme.text(surface, "Sound", (COL_X[1], 118), 22, "bold", theme.MUTED)
    theme.text(surface, "Reading", (COL_X[0], 118), 22, "bold", theme.MUTED)
    over = theme.hit(buttons_, hover)
    for i, b in enumerate(buttons_):
        lit = b is over or focus == i
        if focus == i:  # keyboard focus: a ring and a bar, as plain to see as the title menu's
            ring = (bar_rect(b.action.split(":")[1]).inflate(120, 64).move(-24, -18) if b.style == "bar"
                    else b.rect.inflate(20, 12))
            pygame.draw.rect(surface, theme.ACCENT, ring, width=2, border_radius=12)
            pygame.draw.rect(surface, theme.ACCENT, (ring.x - 14, ring.centery - 12, 4, 24), border_radius=2)
        if b.style == "bar":
            _slider(surface, b.action.split(":")[1], settings, lit)
        elif b.style == "switch":
            _switch(surface, b, bool(getattr(settings, b.action.split(":")[1])), lit)
        else:
            theme.draw_button(surface, b, lit)
    _preview(surface, settings)


def _slider(surface: pygame.Surface, name: str, settings: Settings, lit: bool) -> None:
    spec = SETTING_RANGES[name]
    assert spec is not None
    value = float(getattr(settings, name))
    bar = bar_rect(name)
    theme.text(surface, spec.label, (bar.x - 48, bar.y - 40), 20, "bold" if lit else "regular", theme.TEXT)
    theme.text(surface, value_text(name, value), (bar.right + 60, bar.centery), 18, "regular", theme.ACCENT, "midleft")
    pygame.draw.rect(surface, (60, 64, 84), bar, border_radius=7)
    k = (value - spec.low) / (spec.high - spec.low) if spec.high > spec.low else 0
    fill = pygame.Rect(bar.x, bar.y, max(14, int(bar.w * k)), bar.h)
    pygame.draw.rect(surface, theme.ACCENT, fill, border_radius=7)
    pygame.draw.circle(surface, (255, 248, 232), (bar.x + int(bar.w * k), bar.centery), 11 if lit else 9)


def _switch(surface: pygame.Surface, b: Button, on: bool, lit: bool) -> None:
    theme.text(surface, b.label, (b.rect.x, b.rect.centery), 20, "bold" if lit else "regular", theme.TEXT, "midleft")
    track = pygame.Rect(b.rect.x + 300, b.rect.centery - 14, 56, 28)
    pygame.draw.rect(surface, theme.ACCENT if on else (60, 64, 84), track, border_radius=14)
    knob_x = track.right - 14 if on else track.x + 14
    pygame.draw.circle(surface, (255, 248, 232), (knob_x, track.centery), 11)
    theme.text(surface, "On" if on else "Off", (track.right + 14, track.centery), 18, "regular", theme.MUTED, "midleft")


def _preview(surface: pygame.Surface, settings: Settings) -> None:
    box = pygame.Rect(COL_X[1], TOP + 3 * ROW_H + 20, 500, 150)
    theme.panel(surface, box, theme.PANEL, int(255 * settings.textbox_opacity), 16)
    theme.text(surface, "Preview", (box.x + 20, box.y + 14), 16, "bold", theme.MUTED)
    sample = "The mist lies on the stone."
    theme.text(surface, sample, (box.x + 20, box.y + 48), settings.text_size, "regular", theme.TEXT)
