"""effects.grey: pygame's grayscale made of blits, within 3 of it per channel, unbiased, alpha kept; pygame's own
where pages come fresh from the system or the pixel layout is another."""

from __future__ import annotations

import random

import pygame
import pytest

from game import os_memory
from game.render import effects


def _picture(flags: int) -> pygame.Surface:
    """A picture of every kind of colour: random blocks of random colour and alpha over a full hue ramp."""
    rng = random.Random(7)
    surface = pygame.Surface((257, 131), flags)
    for x in range(256):
        surface.fill((x, 255 - x, (x * 7) % 256, x), (x, 0, 1, 131))
    for _ in range(400):
        colour = tuple(rng.randrange(256) for _ in range(4))
        surface.fill(colour, (rng.randrange(257), rng.randrange(131), rng.randrange(1, 30), rng.randrange(1, 30)))
    return surface


def _pygame_grey(surface: pygame.Surface, k: int) -> pygame.Surface:
    out = pygame.transform.grayscale(surface)
    if k < 255:
        effects.tint(out, (k, k, k), pygame.BLEND_RGB_MULT)
    return out


@pytest.mark.parametrize("flags", [pygame.SRCALPHA, 0])
@pytest.mark.parametrize("k", [255, 63])
def test_grey_is_pygames_grayscale_within_three_levels_and_unbiased(flags: int, k: int,
                                                                  monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os_memory, "_returning", False)  # as in a replay (a player's window sets it)
    picture = _picture(flags)
    assert picture.get_masks()[:3] == (0xFF0000, 0xFF00, 0xFF)  # the layout the blits read: not the fallback
    ours = pygame.image.tobytes(effects.grey(picture, k), "RGBA")
    theirs = pygame.image.tobytes(_pygame_grey(picture, k), "RGBA")
    rgb = [i for i in range(len(ours)) if i % 4 != 3]
    errors = [ours[i] - theirs[i] for i in rgb]
    assert max(abs(e) for e in errors) <= 3
    assert abs(sum(errors) / len(errors)) < 0.2  # no picture made lighter or darker
    assert any(errors)  # the blits, not pygame's loop, made it (which would match exactly)
    pixels = pygame.image.tobytes(effects.grey(picture, k), "RGB")
    assert all(pixels[i] == pixels[i + 1] == pixels[i + 2] for i in range(0, len(pixels), 3))  # grey
    if flags:
        assert ours[3::4] == pygame.image.tobytes(picture, "RGBA")[3::4]  # alpha kept


def test_grey_of_the_whites_and_blacks(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(os_memory, "_returning", False)
    picture = pygame.Surface((2, 1), pygame.SRCALPHA)
    picture.fill((255, 255, 255, 255), (0, 0, 1, 1))
    picture.fill((0, 0, 0, 200), (1, 0, 1, 1))
    out = effects.grey(picture)
    assert 252 <= out.get_at((0, 0))[0] <= 255 and out.get_at((1, 0)) == (0, 0, 0, 200)


def test_grey_is_pygames_own_where_pages_are_fresh_or_the_layout_differs(monkeypatch: pytest.MonkeyPatch) -> None:
    picture = _picture(pygame.SRCALPHA)
    theirs = pygame.image.tobytes(_pygame_grey(picture, 63), "RGBA")
    monkeypatch.setattr(os_memory, "_returning", True)
    assert os_memory.fresh_pages()
    assert pygame.image.tobytes(effects.grey(picture, 63), "RGBA") == theirs
    monkeypatch.setattr(os_memory, "_returning", False)
    other = pygame.Surface(picture.get_size(), 0, 24)  # three bytes a pixel
    other.blit(picture, (0, 0))
    assert pygame.image.tobytes(effects.grey(other), "RGB") == pygame.image.tobytes(
        pygame.transform.grayscale(other), "RGB")
