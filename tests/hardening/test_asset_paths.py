"""Asset paths from a script or a map: absolute paths, '..', Windows forms, NUL bytes and symlinks
that would leave the assets folder are refused with an error, never followed."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from game.assets import AssetError, Catalogue
from tests.hardening.conftest import ASSETS, RECORDER, checked

LEAVING = ["/etc/passwd", "../secret.txt", "maps/../../secret.txt", "..", "../", "maps/../..", "C:/Windows/win.ini",
           "C:\\Windows\\win.ini", "c:secret", "\\\\server\\share\\x", "maps\\..\\..\\secret.txt", "maps/a\x00b.tmx",
           "", "/", "//etc/passwd", "maps/link-out.tmx", "link-dir/secret.txt"]
STAYING = ["maps/memorial.tmx", "./maps/memorial.tmx", "maps//memorial.tmx", "maps/./memorial.tmx",
           "~/x", "file:/etc/passwd", "maps/..hidden", "maps/a..b.tmx"]


@pytest.fixture
def assets(tmp_path: Path) -> Path:
    root = tmp_path / "assets"
    (root / "maps").mkdir(parents=True)
    shutil.copytree(ASSETS / "tilesets", root / "tilesets",
                    ignore=lambda _d, names: [n for n in names if not n.startswith("memorial")])
    shutil.copy(ASSETS / "maps" / "memorial.tmx", root / "maps" / "memorial.tmx")
    (root / "sounds").mkdir()
    (root / "sprites" / "kakashi").mkdir(parents=True)
    (tmp_path / "secret.txt").write_text("TOP-SECRET-CANARY", encoding="utf-8")
    (tmp_path / "secret.wav").write_bytes(b"RIFF")
    (tmp_path / "secret.png").write_bytes(b"\x89PNG")
    (root / "maps" / "link-out.tmx").symlink_to(ASSETS / "maps" / "memorial.tmx")  # a real map, but outside root
    (root / "link-dir").symlink_to(tmp_path)
    return root


@pytest.mark.parametrize("given", LEAVING)
def test_catalogue_refuses_paths_leaving_assets(assets: Path, given: str) -> None:
    with pytest.raises(AssetError, match="leaves the assets folder"):
        Catalogue(assets).resolve(given)


@pytest.mark.parametrize("given", STAYING)
def test_catalogue_keeps_paths_inside(assets: Path, given: str) -> None:
    assert Catalogue(assets).resolve(given).is_relative_to(assets.resolve())


@pytest.mark.parametrize("given", LEAVING)
def test_map_info_refuses_without_reading(assets: Path, given: str) -> None:
    with RECORDER, pytest.raises(AssetError):
        Catalogue(assets).map_info(given)
    assert RECORDER.opened_under(assets.parent / "secret.txt") == []
    assert RECORDER.opened_under(ASSETS) == []


@pytest.mark.parametrize("name", ["../secret", "../../secret", "/tmp/secret", "..\\secret"])
def test_sound_and_sprite_lookups_stay_inside(assets: Path, name: str) -> None:
    catalogue = Catalogue(assets)
    assert catalogue.sound_path(name) is None
    for found in (lambda: catalogue.sprite_path("kakashi", name), lambda: catalogue.sprite_path(name, "neutral")):
        try:
            path = found()
        except AssetError:
            continue
        assert path.is_relative_to(assets.resolve())  # '/tmp/secret' after 'sprites/' stays inside: fine


def story(folder: Path, place_map: str, extra: str = "") -> Path:
    folder.mkdir(exist_ok=True)
    (folder / "story.yaml").write_text(
        "title: T\ncast:\n  kakashi: {name: Kakashi}\nplaces:\n"
        f"  here: {{map: \"{place_map}\"}}\n"
        "scenes:\n  - scene: s\n    place: here\n    time: noon\n    lines:\n"
        f"      - \"x\"\n{extra}", encoding="utf-8")
    return folder


@pytest.mark.parametrize("given", ["/etc/passwd", "../secret.txt", "maps/../../secret.txt", "C:/x.tmx",
                                   "maps\\\\..\\\\..\\\\secret.txt", "maps/a\\0b.tmx"])
def test_a_script_naming_a_map_outside_is_a_located_error(assets: Path, tmp_path: Path, given: str) -> None:
    result = checked(story(tmp_path / "story", given), assets, with_assets=True)
    found = [d for d in result.diagnostics if d.code == "VN143"]
    assert found and (found[0].loc.line, found[0].loc.col) == (5, 15), result.diagnostics


def test_a_map_symlinked_out_of_assets_is_refused(assets: Path, tmp_path: Path) -> None:
    result = checked(story(tmp_path / "story", "maps/link-out.tmx"), assets, with_assets=True)
    found = [d for d in result.diagnostics if d.code == "VN143"]
    assert found and "link-out.tmx" in found[0].message and found[0].loc.line == 5, result.diagnostics


@pytest.mark.parametrize("line", ["      - sound: ../../secret\n", "      - music: /tmp/secret\n",
                                  "      - sound: ..\\\\secret\n"])
def test_sound_names_are_names_not_paths(assets: Path, tmp_path: Path, line: str) -> None:
    result = checked(story(tmp_path / "story", "maps/memorial.tmx", line + "      - \"y\"\n"), assets,
                     with_assets=True)
    assert [d.loc.line for d in result.diagnostics if d.code == "VN113"] == [12], result.diagnostics


def test_scene_music_is_a_name_not_a_path(tmp_path: Path) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "story.yaml").write_text(
        "title: T\ncast: {}\nplaces: {here: {}}\nscenes:\n"
        "  - {scene: s, place: here, time: noon, music: ../../../tmp/secret, lines: [x]}\n", encoding="utf-8")
    assert [d.code for d in checked(folder).diagnostics] == ["VN113"]


@pytest.mark.parametrize("sprite", ["../../secret", "kakashi/../../x", "/tmp"])
def test_sprite_sets_are_ids_not_paths(tmp_path: Path, sprite: str) -> None:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "story.yaml").write_text(
        f"title: T\ncast:\n  kakashi: {{name: K, sprite: \"{sprite}\"}}\nplaces: {{here: {{}}}}\nscenes:\n"
        f"  - {{scene: s, place: here, time: noon, sprites: {{kakashi: \"{sprite}\"}}, lines: [x]}}\n",
        encoding="utf-8")
    assert [d.code for d in checked(folder).diagnostics] == ["VN113", "VN113"]
