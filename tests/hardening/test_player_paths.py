"""The paths the player opens go through the resolver the hardening tests attack: the sound player and the
sprite engine find their files with game.assetpaths (as the catalogue and `vn check` do), and every path
that would leave the assets folder is refused there too."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame
import pytest

from game import assetpaths
from game.assets import Catalogue
from game.audio import Audio
from game.render.sprites import SpriteCache
from tests.conftest import ROOT
from tests.hardening.test_asset_paths import LEAVING, STAYING


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    root = tmp_path / "assets"
    (root / "sounds").mkdir(parents=True)
    shutil.copy(ROOT / "assets" / "sounds" / "knock.wav", root / "sounds" / "knock.wav")
    shutil.copytree(ROOT / "assets" / "sprites" / "kakashi", root / "sprites" / "kakashi")
    shutil.copy(ROOT / "assets" / "sounds" / "plunk.wav", tmp_path / "secret.wav")
    shutil.copytree(ROOT / "assets" / "sprites" / "kakashi", tmp_path / "outside-set")
    (root / "sprites" / "linked").symlink_to(tmp_path / "outside-set")
    (root / "sounds" / "linked.wav").symlink_to(tmp_path / "secret.wav")
    (root / "maps").mkdir()
    (root / "maps" / "link-out.tmx").symlink_to(ROOT / "assets" / "maps" / "memorial.tmx")  # as the catalogue's test
    (root / "link-dir").symlink_to(tmp_path)
    return root


@pytest.fixture
def resolved(monkeypatch: pytest.MonkeyPatch) -> list[tuple[Path, str]]:
    """Every call of the one resolver, recorded (and still answered by it)."""
    calls: list[tuple[Path, str]] = []
    real = assetpaths.resolve

    def spy(root: Path, relative: str) -> Path:
        calls.append((Path(root), relative))
        return real(root, relative)

    monkeypatch.setattr(assetpaths, "resolve", spy)
    return calls


def test_the_sound_player_and_the_catalogue_find_sounds_through_the_resolver(assets: Path, resolved) -> None:
    audio = Audio(assets, enabled=False)
    assert audio._path("knock") == Catalogue(assets).sound_path("knock") == (assets / "sounds" / "knock.wav").resolve()
    assert [r for _root, r in resolved].count("sounds/knock.ogg") == 2  # .ogg first, by both, through it
    for name in ("../secret", "linked", "/tmp/x", "..\\secret"):
        assert audio._path(name) is None and Catalogue(assets).sound_path(name) is None


def test_the_sprite_engine_opens_layers_through_the_resolver(assets: Path, resolved) -> None:
    pygame.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    sprites = SpriteCache(assets)
    assert sprites.compose("kakashi", "standing", "neutral") is not None
    asked = {relative for _root, relative in resolved}
    assert "kakashi" in asked  # the set's folder
    assert "poses/standing/body.png" in asked and "faces/neutral.png" in asked  # its layers
    for name in ("../outside-set", "linked", "/etc", "kakashi/../../outside-set"):
        assert SpriteCache(assets).compose(name, "standing", "neutral") is None


@pytest.mark.parametrize("given", LEAVING)
def test_the_resolver_refuses_what_the_catalogue_refuses(assets: Path, given: str) -> None:
    with pytest.raises(assetpaths.AssetError, match="leaves the assets folder"):
        assetpaths.resolve(assets, given)


@pytest.mark.parametrize("given", [s for s in STAYING if not s.startswith("maps/")] + ["sounds/knock.wav"])
def test_the_resolver_keeps_what_stays_inside(assets: Path, given: str) -> None:
    assert assetpaths.resolve(assets, given).is_relative_to(assets.resolve())
