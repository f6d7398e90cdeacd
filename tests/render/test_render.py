"""Maps, lighting, effects, sprites, fonts and the composed stage, headless."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game import paths
from game.render import effects, lighting
from game.render.fonts import font, wrap
from game.render.maps import MapCache
from game.render.sprites import SpriteCache
from game.render.stage import StageRenderer
from game.story.program import Actor, Stage
from game.ui.textbox import paginate

ASSETS = paths.assets_dir()


@pytest.fixture(autouse=True, scope="module")
def _display():
    pygame.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))


def mean(surface: pygame.Surface, rect: pygame.Rect | None = None) -> tuple[float, float, float]:
    area = surface.subsurface(rect) if rect else surface
    c = pygame.transform.average_color(area)
    return (c[0], c[1], c[2])


def luma(c: tuple[float, float, float]) -> float:
    return 0.3 * c[0] + 0.59 * c[1] + 0.11 * c[2]


def test_map_renders_once_with_stage_points_and_lights():
    cache = MapCache(ASSETS)
    m = cache.get("maps/memorial.tmx")
    assert cache.get("maps/memorial.tmx") is m
    assert m.back.get_size() == (1280, 720) and not m.missing
    assert {"far-left", "left", "centre", "right", "far-right"} <= set(m.points)
    assert m.lights and all(light.times for light in m.lights)


def test_stage_points_are_read_without_checking_the_map_file_each_time(monkeypatch):
    """The stage asks for a map's points for every figure on every line; `get` checks the file (two stats) so a
    changed map is read again, and `points` reuses what the last `get` found."""
    cache = MapCache(ASSETS)
    loads = []
    real = cache._load
    monkeypatch.setattr(cache, "_load", lambda key: loads.append(key) or real(key))
    first = cache.points("maps/memorial.tmx")
    assert cache.points("maps/memorial.tmx") is first and loads == ["maps/memorial.tmx"]
    assert first == cache.get("maps/memorial.tmx").points and len(loads) == 2
    assert "centre" in cache.points(None) and "centre" in cache.points("maps/none.tmx")


def test_missing_or_broken_map_is_a_plain_backdrop(tmp_path: Path):
    (tmp_path / "maps").mkdir()
    (tmp_path / "maps" / "bad.tmx").write_text("<map><oops", encoding="utf-8")
    cache = MapCache(tmp_path)
    for name in ("maps/none.tmx", "maps/bad.tmx", "../escape.tmx", None):
        m = cache.get(name)
        assert m.missing and m.back.get_size() == (1280, 720) and "centre" in m.points


def test_each_time_of_day_has_its_own_look():
    base = MapCache(ASSETS).get("maps/memorial.tmx").back
    looks = {t: mean(lighting.apply_grade(base, t)) for t in lighting.GRADES}
    assert luma(looks["night"]) < 0.6 * luma(looks["noon"])
    assert looks["night"][2] > looks["night"][0]  # night is blue
    assert looks["sunrise"][0] > looks["sunrise"][2]  # sunrise is warm
    assert looks["dusk"][0] > looks["dusk"][1]
    assert len({tuple(round(x) for x in v) for v in looks.values()}) == len(looks)


def test_lit_lights_glow_only_at_their_times():
    m = MapCache(ASSETS).get("maps/memorial.tmx")
    light = m.lights[0]
    x, y, w, h = light.rect
    spot = pygame.Rect(int(x), int(y), int(w), int(h))
    night = lighting.apply_grade(m.back, "night")
    assert luma(mean(lighting.add_lights(night, m.lights, "night"), spot)) > luma(mean(night, spot)) + 3
    noon = lighting.apply_grade(m.back, "noon")
    assert lighting.add_lights(noon, m.lights, "noon") is noon


def test_memory_grade_keeps_hues_softened_warms_lifts_blacks_and_darkens_corners():
    picture = pygame.Surface((1280, 720))
    picture.fill((60, 140, 200))  # a sky blue
    graded = effects.memory_grade(picture)
    r, g, b = mean(graded, pygame.Rect(540, 300, 200, 120))
    assert b > g > r  # still blue (the old sepia turned it brown)
    assert b - r < 200 - 60  # but softer
    assert luma(mean(graded, pygame.Rect(0, 0, 60, 60))) < 0.7 * luma((r, g, b))  # dark corners
    picture.fill((0, 0, 0))
    r, g, b = mean(effects.memory_grade(picture), pygame.Rect(540, 300, 200, 120))
    assert r > b and luma((r, g, b)) > 15  # faded, warm blacks
    sprite = pygame.Surface((40, 40), pygame.SRCALPHA)
    sprite.fill((220, 60, 60, 0))
    sprite.fill((220, 60, 60, 255), pygame.Rect(10, 10, 20, 20))
    toned = effects.remembered(sprite)
    assert toned.get_at((0, 0)).a == 0 and toned.get_at((20, 20)).a == 255  # layers keep their alpha
    assert toned.get_at((20, 20)).r > toned.get_at((20, 20)).g + 60  # and their colour


def test_dissolve_fade_bloom_endpoints():
    a, b = pygame.Surface((64, 36)), pygame.Surface((64, 36))
    a.fill((200, 0, 0))
    b.fill((0, 0, 200))
    assert effects.dissolve(a, b, 0).get_at((5, 5))[:3] == (200, 0, 0)
    assert effects.dissolve(a, b, 1).get_at((5, 5))[:3] == (0, 0, 200)
    assert effects.fade(a, b, 0.5).get_at((5, 5))[:3] == (0, 0, 0)
    assert effects.fade(a, b, 1).get_at((5, 5))[:3] == (0, 0, 200)
    middle = effects.bloom(a, b, 0.5).get_at((5, 5))
    assert min(middle[:3]) > 150  # the memory transition washes out to a warm white
    assert effects.bloom(a, b, 1).get_at((5, 5))[:3] == (0, 0, 200)
    assert effects.shake_offset("hard", 5.0) == (0, 0) and effects.shake_offset("hard", 0.05) != (0, 0)
    assert effects.flash(a, (255, 255, 255), 0).get_at((5, 5))[1] > 150


def test_sprites_cache_and_fall_back_to_neutral(tmp_path: Path):
    sprites = SpriteCache(ASSETS)
    image = sprites.get("kakashi", "sad")
    assert image is not None and sprites.get("kakashi", "sad") is image
    assert sprites.get("kakashi", "no-such-face") is sprites.get("kakashi", "neutral")
    assert SpriteCache(tmp_path).get("nobody", "neutral") is None


def test_stage_composition_is_cached_and_memory_is_told_apart():
    renderer = StageRenderer(None, ASSETS)
    actors = (Actor("kakashi", "kakashi", "neutral", "centre"),)
    present = Stage("s", "memorial", "noon", False, None, actors)
    picture = renderer.compose(present)
    assert renderer.compose(Stage("s", "memorial", "noon", False, None, actors)) is picture
    remembered = renderer.compose(Stage("s", "memorial", "noon", True, None, actors))
    assert picture.get_at((640, 400)) != renderer.compose(Stage("s", "memorial", "noon", False, None, ())).get_at((640, 400))
    from game.replay.framestats import stage_pixels, vignette_depth
    assert vignette_depth(stage_pixels(remembered)) > 0.1 > vignette_depth(stage_pixels(picture))
    r, g, b = mean(remembered)
    r0, g0, b0 = mean(picture)
    assert r - b > r0 - b0  # warmer than the present


def test_wrap_never_overflows_and_long_lines_page():
    f = font("regular", 28)
    text = "word " * 200 + "Supercalifragilisticexpialidocious" * 4
    assert all(f.size(line)[0] <= 600 for line in wrap(f, text, 600))
    pages = paginate(text, "say", 28)
    assert len(pages) > 1 and all(len(p) <= 3 for p in pages)
    assert "".join("".join(p) for p in pages).replace(" ", "") == text.strip().replace(" ", "")
    assert font("italic", 24) is font("italic", 24)
