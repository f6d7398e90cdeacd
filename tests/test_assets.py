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


@pytest.mark.parametrize("name", EFFECTS)
def test_sounds(name: str) -> None:
    with wave.open(str(ASSETS / "sounds" / f"{name}.wav"), "rb") as w:
        assert w.getnchannels() == 1
        assert w.getsampwidth() == 2
        assert w.getframerate() == 22050
        sec = w.getnframes() / w.getframerate()
        frames = w.readframes(w.getnframes())
    assert 0.1 <= sec <= 4
    assert any(frames), "silent"


def test_assets_small() -> None:
    total = sum(p.stat().st_size for p in ASSETS.rglob("*") if p.is_file())
    assert total < 15 * 1024 * 1024


# -- event illustrations (CGs): assets/events/<name>.png + events.yaml, see docs/assets.md -------------

EVENTS_DIR = ASSETS / "events"


def _event_titles() -> dict:
    import yaml

    data = yaml.safe_load((EVENTS_DIR / "events.yaml").read_text(encoding="utf-8"))
    assert isinstance(data, dict) and data
    return data


def test_events_have_titles_and_pictures() -> None:
    titles = _event_titles()
    pngs = {p.stem for p in EVENTS_DIR.glob("*.png")}
    assert pngs == set(titles), "every picture needs a Gallery title and every title a picture"
    for name, entry in titles.items():
        assert isinstance(entry, dict) and isinstance(entry.get("title"), str) and entry["title"].strip(), name
    assert len({e["title"] for e in titles.values()}) == len(titles), "titles tell the pictures apart"


@pytest.mark.parametrize("name", sorted(p.stem for p in EVENTS_DIR.glob("*.png")))
def test_event_picture(name: str, display: None) -> None:
    path = EVENTS_DIR / f"{name}.png"
    assert path.stat().st_size < 600_000, "a painted frame compresses well under 0.6 MB"
    img = pygame.image.load(str(path))
    assert img.get_size() == (1280, 720), "written at the frame's size: the player decodes no more than it shows"
    img = img.convert()
    small = pygame.transform.smoothscale(img, (64, 36))
    colours = {tuple(small.get_at((x, y)))[:3] for y in range(36) for x in range(64)}
    assert len(colours) > 200, "a painted picture, not a flat fill"


def test_event_generator_matches_the_titles_and_is_deterministic() -> None:
    import sys

    sys.path.insert(0, str(ASSETS.parent))
    from tools.assets import events

    assert list(events.EVENTS) == list(_event_titles())
    assert events.titles_yaml() == (EVENTS_DIR / "events.yaml").read_text(encoding="utf-8")
    for name in events.EVENTS:
        assert events.svg_text(name) == events.svg_text(name), name
    pytest.importorskip("resvg_py")  # the `art` extra; rasterising is the build's job, not the player's
    first = next(iter(events.EVENTS))
    assert events.render(first, (320, 180)) == events.render(first, (320, 180))


def test_event_lights_are_read_from_the_titles_file(tmp_path: Path) -> None:
    from game.assets import event_lights, event_titles

    events = tmp_path / "events"
    events.mkdir()
    (events / "events.yaml").write_text(
        "a: {title: A, light: night}\nb: {title: B}\nc: {title: C, light: [dusk]}\nd: plain\n", encoding="utf-8")
    assert event_lights(tmp_path) == {"a": "night"}  # a list or a bare entry is no light
    assert event_titles(tmp_path) == {"a": "A", "b": "B", "c": "C"}
    (events / "events.yaml").write_text("a: [unclosed", encoding="utf-8")
    assert event_lights(tmp_path) == {} and event_lights(tmp_path / "none") == {}


def test_the_painted_lights_are_times_of_day_of_known_pictures() -> None:
    import sys

    sys.path.insert(0, str(ASSETS.parent))
    from game.render.lighting import GRADES
    from tools.assets import events

    assert set(events.LIGHTS) <= set(events.EVENTS) and set(events.LIGHTS.values()) <= set(GRADES)
