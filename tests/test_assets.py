"""The generated assets follow docs/assets.md: maps, tilesets, sprites, sounds."""
from __future__ import annotations

import os
import wave
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

import pygame  # noqa: E402
import pytest  # noqa: E402
import pytmx  # noqa: E402

ASSETS = Path(__file__).resolve().parent.parent / "assets"

PLACES = ["memorial", "training-ground", "tower-stairs", "hokage-office", "sakura-house",
          "sakura-house-wrecked", "kakashi-apartment", "rooftops"]
STAGE = ["far-left", "left", "centre", "right", "far-right"]
EXTRA_STAGE = {"hokage-office": ["desk", "chair", "window", "door"],
               "kakashi-apartment": ["couch", "chair", "window", "door"],
               "sakura-house": ["door"], "sakura-house-wrecked": ["door"],
               "tower-stairs": ["door"], "memorial": ["stone"], "training-ground": ["tree"]}
BASIC = ["neutral", "smile", "sad", "cry", "surprised"]
SETS = {"kakashi": BASIC + ["sleep"], "sakura-13": BASIC + ["angry", "sleep"],
        "sakura-15": BASIC + ["angry", "sleep"], "sakura-21": BASIC + ["angry", "sleep"],
        "tsunade": BASIC, "kotetsu": BASIC}
EFFECTS = ["birds", "knock", "thud", "door-click", "chair-crash", "smash", "plunk", "pages", "whoosh"]
LOOPS = ["morning", "night-room", "memory-theme"]


@pytest.fixture(scope="module")
def display() -> None:
    pygame.init()
    pygame.display.set_mode((1, 1))
    yield
    pygame.quit()


@pytest.mark.parametrize("place", PLACES)
def test_map_structure(place: str) -> None:
    tm = pytmx.TiledMap(str(ASSETS / "maps" / f"{place}.tmx"))
    assert (tm.width, tm.height, tm.tilewidth, tm.tileheight) == (32, 18, 40, 40)
    names = [layer.name for layer in tm.layers]
    for want in ("ground", "back", "front"):
        assert isinstance(tm.get_layer_by_name(want), pytmx.TiledTileLayer)
    assert names.index("ground") < names.index("back") < names.index("front")
    for want in ("stage", "light"):
        assert isinstance(tm.get_layer_by_name(want), pytmx.TiledObjectGroup)
    points = {o.name: (o.x, o.y) for o in tm.get_layer_by_name("stage")}
    for name in STAGE + EXTRA_STAGE.get(place, []):
        assert name in points, f"{place}: missing stage point {name}"
        x, y = points[name]
        assert 0 <= x <= 1280 and 0 < y <= 720
    xs = [points[n][0] for n in STAGE]
    assert xs == sorted(xs)
    for obj in tm.get_layer_by_name("light"):
        props = obj.properties
        assert props["color"].startswith("#") and len(props["color"]) == 7
        assert 0 <= float(props["strength"]) <= 1
        assert props["times"]
    assert tm.properties["title"] and tm.properties["default_time"]
    for ts in tm.tilesets:
        assert (ASSETS / "tilesets" / Path(ts.source).name).exists()
    assert (ASSETS / "tilesets" / f"{place}.png").exists()
    # ground covers the whole frame
    ground = tm.get_layer_by_name("ground")
    assert all(gid for row in ground.data for gid in row)


@pytest.mark.parametrize("place", PLACES)
def test_map_loads_with_pygame(place: str, display: None) -> None:
    tm = pytmx.load_pygame(str(ASSETS / "maps" / f"{place}.tmx"))
    n = 0
    for layer in tm.visible_layers:
        if isinstance(layer, pytmx.TiledTileLayer):
            for _x, _y, img in layer.tiles():
                assert img.get_size() == (40, 40)
                n += 1
    assert n >= 32 * 18


@pytest.mark.parametrize("sprite_set", sorted(SETS))
def test_sprites(sprite_set: str, display: None) -> None:
    for expr in SETS[sprite_set]:
        path = ASSETS / "sprites" / sprite_set / f"{expr}.png"
        assert path.exists(), path
        img = pygame.image.load(str(path))
        assert img.get_size() == (480, 660)
        assert img.get_flags() & pygame.SRCALPHA or img.get_alpha() is not None
        img = img.convert_alpha()
        # real transparency: corners clear, the figure opaque, soft edges in between
        assert img.get_at((0, 0)).a == 0 and img.get_at((479, 0)).a == 0
        assert img.get_at((240, 640)).a == 255
        alphas = {img.get_at((x, y)).a for y in range(0, 660, 6) for x in range(0, 480, 9)}
        assert 0 in alphas and 255 in alphas and len(alphas) > 3
        mask = pygame.mask.from_surface(img, 127)
        assert 0.15 < mask.count() / (480 * 660) < 0.85


def test_sprite_expressions_differ(display: None) -> None:
    for sprite_set, exprs in SETS.items():
        raw = {e: pygame.image.tobytes(pygame.image.load(str(ASSETS / "sprites" / sprite_set / f"{e}.png")), "RGBA")
               for e in exprs}
        assert len(set(raw.values())) == len(exprs), sprite_set


@pytest.mark.parametrize("name", EFFECTS + LOOPS)
def test_sounds(name: str) -> None:
    with wave.open(str(ASSETS / "sounds" / f"{name}.wav"), "rb") as w:
        assert w.getnchannels() == 1
        assert w.getsampwidth() == 2
        assert w.getframerate() == 22050
        sec = w.getnframes() / w.getframerate()
        frames = w.readframes(w.getnframes())
    if name in LOOPS:
        assert 6 <= sec <= 10
    else:
        assert 0.1 <= sec <= 4
    assert any(frames), "silent"


def test_assets_small() -> None:
    total = sum(p.stat().st_size for p in ASSETS.rglob("*") if p.is_file())
    assert total < 15 * 1024 * 1024
