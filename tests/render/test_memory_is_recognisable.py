"""Memory frames can be told from present ones in any screenshot: a simple classifier (warm, low-chroma,
dark corners) separates every scene of the bundled story."""

from __future__ import annotations

import pygame

from game import paths
from game.check import check_story
from game.render.stage import StageRenderer


def looks_remembered(picture: pygame.Surface) -> bool:
    small = pygame.transform.smoothscale(picture, (64, 36))
    pixels = [small.get_at((x, y))[:3] for y in range(36) for x in range(64)]
    sepia = sum(1 for r, g, b in pixels if r >= g >= b and r - b < 90) / len(pixels)
    centre = pygame.transform.average_color(picture.subsurface((420, 200, 440, 300)))
    corner = pygame.transform.average_color(picture.subsurface((0, 0, 120, 90)))
    return sepia > 0.95 and sum(corner[:3]) < 0.75 * sum(centre[:3])


def test_every_memory_scene_looks_remembered_and_no_present_one_does():
    pygame.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    result = check_story()
    assert result.ok and result.program is not None
    renderer = StageRenderer(result.story, paths.assets_dir())
    stages = {}
    for beat in result.program.beats:  # one stage per look: place, time of day, memory
        stages.setdefault((beat.stage.place, beat.stage.time, beat.stage.memory), beat.stage)
    stages = stages.values()
    wrong = [(s.scene, s.time, s.memory) for s in stages
             if looks_remembered(renderer.compose(s)) != s.memory]
    assert not wrong
