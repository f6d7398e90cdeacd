"""Layered sprites: manifests, composition (face anchor and angle, extras, hidden faces, mirroring with
fixed layers, any scale), the byte-bounded caches, and sets without a manifest."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game import paths
from game.render.lru import LRU
from game.render.sprites import SpriteCache, _bytes
from game.spritesets import ManifestError, load_set
from tests.layered import BODY, BOOK, MARK, NEUTRAL, SMILE, TEARS, make_layered_set


@pytest.fixture(autouse=True, scope="module")
def _display():
    pygame.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))


@pytest.fixture
def sprites(tmp_path: Path) -> SpriteCache:
    make_layered_set(tmp_path / "sprites")
    return SpriteCache(tmp_path)


def rgb(image: pygame.Surface, x: int, y: int) -> tuple[int, int, int]:
    return tuple(image.get_at((x, y)))[:3]  # type: ignore[return-value]


def test_manifest_is_read(tmp_path: Path) -> None:
    found = load_set(make_layered_set(tmp_path).parent, "tester")
    assert list(found.poses) == ["standing", "lying-couch-book", "sitting-couch"]
    assert found.poses["lying-couch-book"].face_visible is False and found.poses["sitting-couch"].face_angle == 90
    assert (found.scale, found.facing, found.fixed, found.extras) == (0.5, "left", ("mark",), ("tears", "blush"))


def test_face_sits_on_its_anchor_at_full_scale(sprites: SpriteCache) -> None:
    figure = sprites.compose("tester", "standing", "smile", scale=1.0)
    assert figure is not None and figure.canvas == (40, 60) and figure.canvas_foot == (20, 60)
    full = figure.full()
    assert rgb(full, 12, 15) == SMILE  # the face's centre is the anchor [12, 15]
    assert rgb(full, 7, 13) == SMILE and rgb(full, 6, 13) == BODY  # 10 x 4, centred
    assert rgb(full, 12, 30) == BODY and full.get_at((35, 30)).a == 0
    assert rgb(full, 2, 40) == MARK


def test_a_figure_is_cut_to_what_its_layers_draw(sprites: SpriteCache) -> None:
    """The body draws 30 of the canvas's 40 columns: the picture is that box, and the foot is counted from it."""
    figure = sprites.compose("tester", "standing", "smile", scale=1.0)
    assert figure is not None
    box = figure.full().get_bounding_rect()
    assert figure.image.get_size() == box.size == (30, 60) and figure.at == box.topleft
    assert (figure.foot[0] + figure.at[0], figure.foot[1] + figure.at[1]) == (20, 60)
    assert figure.width == 40


def test_face_angle_turns_the_face(sprites: SpriteCache) -> None:
    figure = sprites.compose("tester", "sitting-couch", "neutral", scale=1.0)
    assert figure is not None
    full = figure.full()
    assert rgb(full, 20, 4) == NEUTRAL and rgb(full, 20, 11) == NEUTRAL  # now 4 wide, 10 tall
    assert rgb(full, 15, 8) == BODY


def test_hidden_face_and_front_layer(sprites: SpriteCache) -> None:
    figure = sprites.compose("tester", "lying-couch-book", "smile", ("tears",), scale=1.0)
    assert figure is not None and figure.canvas == (80, 30)
    full = figure.full()
    colours = {rgb(full, x, y) for x in range(80) for y in range(30) if full.get_at((x, y)).a}
    assert SMILE not in colours and TEARS not in colours and BOOK in colours


def test_extras_are_drawn_over_the_face(sprites: SpriteCache) -> None:
    figure = sprites.compose("tester", "standing", "neutral", ("tears",), scale=1.0)
    assert figure is not None
    full = figure.full()
    assert rgb(full, 11, 15) == TEARS and rgb(full, 8, 15) == NEUTRAL


def test_mirroring_flips_all_but_fixed_layers(sprites: SpriteCache) -> None:
    figure = sprites.compose("tester", "standing", "smile", scale=1.0, mirrored=True)
    assert figure is not None and figure.canvas_foot == (20, 60)
    full = figure.full()
    assert rgb(full, 39 - 12, 15) == SMILE  # the face anchor mirrored
    assert full.get_at((5, 30)).a == 0 and rgb(full, 35, 30) == BODY  # the body flipped
    # the mark (white then near-black, left to right) moves with the face, from the anchor x 12 to the
    # mirrored anchor 28 (+16), and reads the same way
    assert rgb(full, 18, 40) == MARK and rgb(full, 20, 40) == (1, 1, 1)
    assert rgb(full, 34, 40) != MARK  # not mirrored about the canvas


def _set_with_face_rule(root: Path, pose_fixed: str | None) -> SpriteCache:
    """The test set with its face kept unmirrored set-wide (as the bundled Kakashi's is), `standing` optionally
    saying otherwise, and a face that is red on its left half and green on its right."""
    folder = make_layered_set(root / "sprites")
    text = (folder / "sprite.yaml").read_text(encoding="utf-8").replace("fixed: [mark]", "fixed: [face, mark]")
    if pose_fixed is not None:
        text = text.replace("    face: [12, 15]\n", f"    face: [12, 15]\n    fixed: {pose_fixed}\n", 1)
    (folder / "sprite.yaml").write_text(text, encoding="utf-8")
    face = pygame.Surface((10, 4), pygame.SRCALPHA)
    face.fill((220, 0, 0), (0, 0, 5, 4))
    face.fill((0, 220, 0), (5, 0, 5, 4))
    pygame.image.save(face, str(folder / "faces" / "neutral.png"))
    return SpriteCache(root)


def test_a_pose_may_mirror_a_layer_its_set_keeps_fixed(tmp_path: Path) -> None:
    """A lying pose draws its headband with the body, so its face must mirror with both, though the set keeps
    faces unmirrored (a face that did not put the open eye under the mirrored band)."""
    kept = _set_with_face_rule(tmp_path / "a", None)
    assert kept.sprite_set("tester").poses["standing"].fixed is None
    full = kept.compose("tester", "standing", "neutral", scale=1.0, mirrored=True).full()  # type: ignore[union-attr]
    assert rgb(full, 25, 15) == (220, 0, 0) and rgb(full, 31, 15) == (0, 220, 0)  # at the mirrored anchor, unflipped
    own = _set_with_face_rule(tmp_path / "b", "[mark]")
    assert own.sprite_set("tester").poses["standing"].fixed == ("mark",)
    assert own.sprite_set("tester").poses["sitting-couch"].fixed is None
    full = own.compose("tester", "standing", "neutral", scale=1.0, mirrored=True).full()  # type: ignore[union-attr]
    assert rgb(full, 25, 15) == (0, 220, 0) and rgb(full, 31, 15) == (220, 0, 0)  # flipped with the body
    unmirrored = own.compose("tester", "standing", "neutral", scale=1.0).full()  # type: ignore[union-attr]
    assert rgb(unmirrored, 8, 15) == (220, 0, 0) and rgb(unmirrored, 15, 15) == (0, 220, 0)


def test_a_poses_fixed_must_list_names(tmp_path: Path) -> None:
    folder = make_layered_set(tmp_path / "sprites")
    text = (folder / "sprite.yaml").read_text(encoding="utf-8")
    (folder / "sprite.yaml").write_text(text.replace("    face: [12, 15]\n", "    face: [12, 15]\n    fixed: face\n", 1),
                                        encoding="utf-8")
    with pytest.raises(ManifestError, match="pose 'standing'.*fixed"):
        load_set(tmp_path / "sprites", "tester")


def test_any_scale_and_the_default_scale(sprites: SpriteCache) -> None:
    normal = sprites.compose("tester", "standing", "neutral")
    close = sprites.compose("tester", "standing", "neutral", scale=2.0)
    assert normal is not None and close is not None
    assert normal.canvas == (20, 30) and normal.canvas_foot == (10, 30)
    assert close.canvas == (80, 120) and close.canvas_foot == (40, 120)


def test_fallbacks(sprites: SpriteCache, tmp_path: Path) -> None:
    standing = sprites.compose("tester", "standing", "neutral")
    assert sprites.compose("tester", "no-such-pose", "no-such-face") is standing
    assert sprites.compose("tester", "standing", "neutral", ("no-such-extra",)) is standing
    assert sprites.compose("nobody", "standing", "neutral") is None
    (tmp_path / "sprites" / "broken").mkdir()
    (tmp_path / "sprites" / "broken" / "sprite.yaml").write_text("poses: [1, 2]\n", encoding="utf-8")
    assert sprites.compose("broken", None, "neutral") is None


def test_composition_is_cached(sprites: SpriteCache) -> None:
    first = sprites.compose("tester", "standing", "smile", ("tears",))
    count = sprites.composed
    assert sprites.compose("tester", "standing", "smile", ("tears",)) is first and sprites.composed == count
    assert sprites.compose("tester", "standing", "smile", ("tears",), mirrored=True) is not first
    assert sprites.composed == count + 1


def test_caches_stay_within_their_budgets(tmp_path: Path) -> None:
    make_layered_set(tmp_path / "sprites")
    sprites = SpriteCache(tmp_path, layer_budget=30_000, figure_budget=100_000)
    for scale in (0.5, 1.0, 1.5, 2.0, 2.5, 3.0):
        for pose in ("standing", "lying-couch-book", "sitting-couch"):
            for mirrored in (False, True):
                assert sprites.compose("tester", pose, "smile", ("tears",), scale, mirrored) is not None
    assert sprites.composed == 36
    assert 0 < sprites.figures.used <= 100_000 and 0 < sprites.layers.used <= 30_000
    assert len(sprites.figures) < 36


def test_hold_keeps_more_figures_and_layers_for_a_tool(tmp_path: Path) -> None:
    """A replay holds more: figures it asks for again are not composed again, and `hold` never lowers a budget."""
    make_layered_set(tmp_path / "sprites")
    asks = [("tester", pose, "smile", (), scale, False) for scale in (0.5, 1.0, 1.5)
            for pose in ("standing", "sitting-couch")]

    def composed_twice(sprites: SpriteCache) -> int:
        for _ in range(2):
            for ask in asks:
                assert sprites.compose(*ask) is not None
        return sprites.composed

    small = SpriteCache(tmp_path, layer_budget=30_000, figure_budget=1)  # keeps only the last figure
    held = SpriteCache(tmp_path, layer_budget=30_000, figure_budget=1)
    held.hold(8 * 2**20, 8 * 2**20)
    assert composed_twice(held) == len(asks) < composed_twice(small)
    held.hold(1, 1)
    assert (held.layers.budget, held.figures.budget) == (8 * 2**20, 8 * 2**20)


def test_a_tool_decodes_each_layer_file_once_for_every_scale(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """With decoded files held (a replay), a file read at three scales is decoded once, and every figure has the
    same pixels as one drawn with nothing kept; the player keeps no decoded files."""
    make_layered_set(tmp_path / "sprites")
    decoded: list[str] = []
    load = pygame.image.load
    monkeypatch.setattr(pygame.image, "load", lambda path, *a: decoded.append(str(path)) or load(path, *a))
    asks = [("tester", pose, "smile", ("tears",), scale, mirrored) for scale in (0.5, 1.0, 1.5)
            for pose in ("standing", "sitting-couch") for mirrored in (False, True)]
    plain = SpriteCache(tmp_path, layer_budget=1, figure_budget=1)
    plain_figures = [plain.compose(*ask) for ask in asks]
    player_reads = len(decoded)
    assert plain.files.budget == 0 and len(plain.files) == 0
    decoded.clear()
    held = SpriteCache(tmp_path, layer_budget=1, figure_budget=1)
    held.hold(1, 1, 8 * 2**20)
    for ask, figure in zip(asks, plain_figures):
        again = held.compose(*ask)
        assert again is not None and figure is not None and (again.foot, again.at) == (figure.foot, figure.at)
        assert pygame.image.tobytes(again.image, "RGBA") == pygame.image.tobytes(figure.image, "RGBA")
    assert sorted(decoded) == sorted(set(decoded)) and len(decoded) < player_reads


def test_byte_lru_drops_the_least_recently_used() -> None:
    lru: LRU[int, pygame.Surface] = LRU(budget=3 * 100 * 4, cost=_bytes)  # as SpriteCache's layers and figures
    surfaces = [pygame.Surface((10, 10), pygame.SRCALPHA) for _ in range(4)]
    for i, s in enumerate(surfaces[:3]):
        lru.put(i, s)
    lru.get(0)
    lru.put(3, surfaces[3])
    assert 1 not in lru and all(k in lru for k in (0, 2, 3)) and lru.used == 1200


def test_sets_without_a_manifest_are_one_standing_pose(tmp_path: Path) -> None:
    flat = tmp_path / "sprites" / "flat"
    flat.mkdir(parents=True)
    for png in (paths.assets_dir() / "sprites" / "kakashi").glob("*.png"):  # the flat pictures, no sprite.yaml
        shutil.copy(png, flat / png.name)
    found = load_set(tmp_path / "sprites", "flat")
    assert found.flat and list(found.poses) == ["standing"] and "sad" in found.expressions
    sprites = SpriteCache(tmp_path)
    figure = sprites.compose("flat", "standing", "sad")
    assert figure is not None and figure.image.get_size() == (480, 660) and figure.foot == (240, 660)
    assert sprites.get("flat", "sad") is figure.image
    mirrored = sprites.compose("flat", "standing", "sad", mirrored=True)
    assert mirrored is not None and mirrored.image.get_at((10, 600)) == figure.image.get_at((469, 600))


@pytest.mark.parametrize("text, message", [
    ("poses: {}\n", "lists no pose"),
    ("poses: {standing: {size: [10, 10]}}\n", "'face' is missing"),
    ("poses: {standing: {size: [10], face: [1, 1]}}\n", "size should be two numbers"),
    ("facing: up\nposes: {standing: {size: [10, 10], face: [1, 1]}}\n", "facing 'up'"),
    ("default_pose: lying\nposes: {standing: {size: [10, 10], face: [1, 1]}}\n", "default_pose 'lying'"),
    ("order: [face]\nposes: {standing: {size: [10, 10], face: [1, 1]}}\n", "'body' layer"),
    ("scale: 0\nposes: {standing: {size: [10, 10], face: [1, 1]}}\n", "out of range"),
    ("poses: {Standing Up: {size: [10, 10], face: [1, 1]}}\n", "pose name"),
    ("version: [\n", "cannot be read"),
])
def test_bad_manifests_say_what_is_wrong(tmp_path: Path, text: str, message: str) -> None:
    (tmp_path / "bad").mkdir()
    (tmp_path / "bad" / "sprite.yaml").write_text(text, encoding="utf-8")
    with pytest.raises(ManifestError, match=message):
        load_set(tmp_path, "bad")


def test_a_pose_can_have_its_own_scale(tmp_path: Path) -> None:
    """A lying figure is drawn at the place's smaller size: a pose's `scale` multiplies the set's, for the
    normal shot and for any camera scale."""
    import yaml

    make_layered_set(tmp_path / "sprites")
    manifest = tmp_path / "sprites" / "tester" / "sprite.yaml"
    data = yaml.safe_load(manifest.read_text(encoding="utf-8"))
    data["poses"]["standing"]["scale"] = 0.5
    manifest.write_text(yaml.safe_dump(data), encoding="utf-8")
    sprites = SpriteCache(tmp_path)
    normal = sprites.compose("tester", "standing", "neutral")
    close = sprites.compose("tester", "standing", "neutral", scale=2.0)
    assert normal is not None and close is not None
    assert normal.canvas == (10, 15) and normal.canvas_foot == (5, 15)
    assert close.canvas == (40, 60) and close.canvas_foot == (20, 60)
    data["poses"]["standing"]["scale"] = 0
    manifest.write_text(yaml.safe_dump(data), encoding="utf-8")
    with pytest.raises(ManifestError, match="out of range"):
        load_set(tmp_path / "sprites", "tester")


def _trim(path: Path) -> None:
    """Rewrite a layer as the art generator does: cut to what it draws, its place in an oFFs chunk."""
    from tools.art.build import trimmed

    path.write_bytes(trimmed(pygame.image.load(str(path))))


def test_a_trimmed_layer_lands_where_its_full_canvas_did(sprites: SpriteCache, tmp_path: Path) -> None:
    whole = [sprites.compose("tester", "standing", "smile", scale=s, mirrored=m) for s in (1.0, 0.5) for m in (False, True)]
    pixels = [pygame.image.tobytes(f.full(), "RGBA") for f in whole if f]
    for layer in ("body", "mark"):
        _trim(tmp_path / "sprites" / "tester" / "poses" / "standing" / f"{layer}.png")
    assert pygame.image.load(str(tmp_path / "sprites" / "tester" / "poses" / "standing" / "mark.png")).get_size() == (20, 20)
    fresh = SpriteCache(tmp_path)
    again = [fresh.compose("tester", "standing", "smile", scale=s, mirrored=m) for s in (1.0, 0.5) for m in (False, True)]
    assert [pygame.image.tobytes(f.full(), "RGBA") for f in again if f] == pixels
    assert [f.canvas_foot for f in again if f] == [f.canvas_foot for f in whole if f]


def test_a_bad_oFFs_chunk_is_refused_with_its_file(tmp_path: Path) -> None:
    import struct
    import zlib

    from game.assets import AssetError, png_offset

    def png(offs: bytes) -> bytes:
        chunk = struct.pack(">I", len(offs)) + b"oFFs" + offs + struct.pack(">I", zlib.crc32(b"oFFs" + offs))
        return b"\x89PNG\r\n\x1a\n" + struct.pack(">I", 13) + b"IHDR" + bytes(13) + bytes(4) + chunk
    cases = {"short": struct.pack(">ii", 1, 2), "inches": struct.pack(">iiB", 1, 2, 1),
             "far": struct.pack(">iiB", -5, 2, 0), "huge": struct.pack(">iiB", 1, 2**30, 0)}
    for name, data in cases.items():
        (tmp_path / f"{name}.png").write_bytes(png(data))
        with pytest.raises(AssetError, match=f"{name}.png: its oFFs chunk"):
            png_offset(tmp_path / f"{name}.png", f"{name}.png")
    (tmp_path / "ok.png").write_bytes(png(struct.pack(">iiB", 40, 60, 0)))
    assert png_offset(tmp_path / "ok.png", "ok.png") == (40, 60)
    bundled = paths.assets_dir() / "sprites" / "kakashi" / "poses" / "standing" / "body.png"
    assert png_offset(bundled, "body.png") is not None, "the generator's layers are trimmed"
