"""Type: loads Atkinson Hyperlegible (regular, bold, italic) once per size, and wraps text to a width.

Owns font files and line breaking; never draws panels or decides layout.
"""

from __future__ import annotations

import logging
from functools import lru_cache
from pathlib import Path

import pygame

log = logging.getLogger(__name__)

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
    folder = _font_dir()
    path = folder / _FILES[style] if folder else None
    if path is not None and path.is_file():
        return pygame.font.Font(str(path), size)
    fallback = pygame.font.Font(None, int(size * 1.3))
    fallback.set_bold("bold" in style)
    fallback.set_italic("italic" in style)
    return fallback


def wrap(f: pygame.font.Font, text: str, width: int) -> list[str]:
    """Break `text` into lines no wider than `width` px; keeps blank lines; splits overlong words."""
    lines: list[str] = []
    for paragraph in text.split("\n"):
        words = paragraph.split(" ")
        current = ""
        for word in words:
            trial = word if not current else f"{current} {word}"
            if f.size(trial)[0] <= width:
                current = trial
                continue
            if current:
                lines.append(current)
            current = word
            while f.size(current)[0] > width and len(current) > 1:
                cut = _fit(f, current, width)
                lines.append(current[:cut])
                current = current[cut:]
        lines.append(current)
    return lines


def _fit(f: pygame.font.Font, word: str, width: int) -> int:
    cut = len(word)
    while cut > 1 and f.size(word[:cut])[0] > width:
        cut -= 1
    return cut


def render_text(f: pygame.font.Font, text: str, color: tuple[int, int, int],
                shadow: tuple[int, int, int, int] | None = (0, 0, 0, 140), offset: int = 2) -> pygame.Surface:
    """Text with an optional soft drop shadow, on a transparent surface."""
    face = f.render(text, True, color)
    if shadow is None:
        return face
    out = pygame.Surface((face.get_width() + offset + 1, face.get_height() + offset + 1), pygame.SRCALPHA)
    dark = f.render(text, True, shadow[:3])
    dark.set_alpha(shadow[3])
    out.blit(dark, (offset, offset))
    out.blit(face, (0, 0))
    return out


@lru_cache(maxsize=40)  # a textbox line is ~160 kB: keep this bounded (a page, a menu and the history)
def rendered(style: str, size: int, text: str, color: tuple[int, int, int], shadow: int = 140) -> pygame.Surface:
    """`render_text` cached: interface labels and fully shown lines are drawn once, then blitted."""
    return render_text(font(style, size), text, color, (0, 0, 0, shadow) if shadow else None)
