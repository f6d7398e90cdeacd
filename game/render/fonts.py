"""Type: loads Atkinson Hyperlegible (regular, bold, italic) once per size, and wraps text to a width.

Owns font files and line breaking; never draws panels or decides layout.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import pygame

from game.story.text import printable

log = logging.getLogger(__name__)
MAX_RENDER = 1000  # characters drawn in one piece at most (wider than any screen)

STYLES = ("regular", "bold", "italic", "bolditalic")
_FILES = {
    "regular": "AtkinsonHyperlegible-Regular.ttf",
    "bold": "AtkinsonHyperlegible-Bold.ttf",
    "italic": "AtkinsonHyperlegible-Italic.ttf",
    "bolditalic": "AtkinsonHyperlegible-BoldItalic.ttf",
}


def _font_dir() -> Path | None:
    try:
        import fontpkg_atkinson_hyperlegible as pkg
    except ImportError:
        log.warning("fontpkg-atkinson-hyperlegible is not installed; using pygame's default font")
        return None
    return Path(pkg.ROOT) / "files"


def font(style: str, size: int) -> pygame.font.Font:
    """The font of `style` (regular, bold, italic, bolditalic) at `size` px, cached."""
    if not pygame.font.get_init():  # fonts made before a pygame.quit() are dead
        pygame.font.init()
        _font.cache_clear()
    return _font(style, size)


@lru_cache(maxsize=64)
def _font(style: str, size: int) -> pygame.font.Font:
    """Cached; pygame.quit() empties the cache (a font used after a quit and a fresh init crashes SDL_ttf)."""
    folder = _font_dir()
    path = folder / _FILES[style] if folder else None
    if path is not None and path.is_file():
        return pygame.font.Font(str(path), size)
    fallback = pygame.font.Font(None, int(size * 1.3))
    fallback.set_bold("bold" in style)
    fallback.set_italic("italic" in style)
    return fallback


def wrap(f: pygame.font.Font, text: str, width: int) -> list[str]:
    """Break `text` into lines no wider than `width` px; keeps blank lines; breaks words wider than a line.
    Linear in the text's length: no line is measured past `max_chars(width)` characters."""
    cap = max_chars(width)
    lines: list[str] = []
    for paragraph in printable(text).split("\n"):
        current = ""
        for word in paragraph.split(" "):
            trial = word if not current else f"{current} {word}"
            if len(trial) <= cap and f.size(trial)[0] <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            current = word
            while len(current) > 1 and (len(current) > cap or f.size(current)[0] > width):
                cut = _fit(f, current, width, cap)
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines


def max_chars(width: int) -> int:
    """The most characters one line of `width` px may hold (zero-width characters would allow any number)."""
    return max(8, width // 2)


def _fit(f: pygame.font.Font, word: str, width: int, cap: int) -> int:
    """How many leading characters of `word` fit `width` (at least 1): a binary search over at most `cap`."""
    lo, hi = 1, min(len(word), cap)
    while lo < hi:
        mid = (lo + hi + 1) // 2
        if f.size(word[:mid])[0] <= width:
            lo = mid
        else:
            hi = mid - 1
    return lo


def render_text(f: pygame.font.Font, text: str, color: tuple[int, int, int],
                shadow: tuple[int, int, int, int] | None = (0, 0, 0, 140), offset: int = 2) -> pygame.Surface:
    """Text with an optional soft drop shadow, on a transparent surface. Anything that cannot be drawn
    (control characters, text of zero width such as a lone direction mark) draws as nothing, never raises."""
    text = printable(text, newlines=False)[:MAX_RENDER]
    try:
        if f.size(text)[0] <= 0:
            return pygame.Surface((1, f.get_linesize()), pygame.SRCALPHA)
        face = f.render(text, True, color)
        if shadow is None:
            return face
        dark = f.render(text, True, shadow[:3])
    except (pygame.error, ValueError) as exc:
        log.warning("text could not be drawn (%s)", exc)
        return pygame.Surface((1, f.get_linesize()), pygame.SRCALPHA)
    out = pygame.Surface((face.get_width() + offset + 1, face.get_height() + offset + 1), pygame.SRCALPHA)
    dark.set_alpha(shadow[3])
    out.blit(dark, (offset, offset))
    out.blit(face, (0, 0))
    return out


@lru_cache(maxsize=40)  # a textbox line is ~160 kB: keep this bounded (a page, a menu and the history)
def rendered(style: str, size: int, text: str, color: tuple[int, int, int], shadow: int = 140) -> pygame.Surface:
    """`render_text` cached: interface labels and fully shown lines are drawn once, then blitted."""
    return render_text(font(style, size), text, color, (0, 0, 0, shadow) if shadow else None)


pygame.register_quit(_font.cache_clear)
