"""The title's backdrop is kept in the user's cache folder: read back on later starts with the same pixels,
drawn again when what it is drawn from changes, and never a crash when the kept file or its folder is bad."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pygame
import pytest

from game import paths
from game.render import keep

SIZE = (64, 36)


@pytest.fixture(autouse=True)
def _pygame():
    pygame.init()


def _assets(tmp_path: Path) -> Path:
    assets = tmp_path / "assets"
    (assets / "maps").mkdir(parents=True)
    (assets / "maps" / "a.tmx").write_text("<map/>", encoding="utf-8")
    return assets


def _drawer(calls: list[int], colour=(200, 40, 90)):
    def draw() -> pygame.Surface:
        calls.append(1)
        picture = pygame.Surface(SIZE)
        picture.fill(colour)
        picture.fill((10, 250, 30), (5, 5, 9, 7))
        return picture
    return draw


def test_a_kept_picture_is_read_back_with_the_same_pixels(tmp_path: Path) -> None:
    assets, folder, calls = _assets(tmp_path), tmp_path / "cache", []
    first = keep.kept(folder, "title", "place a at dusk", assets, SIZE, _drawer(calls))
    second = keep.kept(folder, "title", "place a at dusk", assets, SIZE, _drawer(calls))
    assert calls == [1]  # drawn once
    assert pygame.image.tobytes(second, "RGB") == pygame.image.tobytes(first, "RGB")
    assert [p.suffix for p in folder.iterdir()] == [".bmp"]  # no temp file left


def test_a_changed_asset_or_description_draws_it_again_and_drops_the_old_file(tmp_path: Path) -> None:
    assets, folder, calls = _assets(tmp_path), tmp_path / "cache", []
    keep.kept(folder, "title", "place a at dusk", assets, SIZE, _drawer(calls))
    stamp = (assets / "maps" / "a.tmx").stat().st_mtime_ns
    os.utime(assets / "maps" / "a.tmx", ns=(stamp + 5_000_000_000, stamp + 5_000_000_000))  # an edited map
    again = keep.kept(folder, "title", "place a at dusk", assets, SIZE, _drawer(calls, (1, 2, 3)))
    assert calls == [1, 1] and again.get_at((0, 0))[:3] == (1, 2, 3)
    keep.kept(folder, "title", "place a at noon", assets, SIZE, _drawer(calls))
    assert len(calls) == 3 and len(list(folder.glob("title-*.bmp"))) == 1


@pytest.mark.parametrize("damage", [b"", b"BM" + b"\x00" * 60, b"not a picture at all" * 100])
def test_a_damaged_kept_file_is_drawn_again(tmp_path: Path, damage: bytes) -> None:
    assets, folder, calls = _assets(tmp_path), tmp_path / "cache", []
    keep.kept(folder, "title", "x", assets, SIZE, _drawer(calls))
    [kept_file] = folder.glob("title-*.bmp")
    kept_file.write_bytes(damage)
    picture = keep.kept(folder, "title", "x", assets, SIZE, _drawer(calls))
    assert calls == [1, 1] and picture.get_size() == SIZE
    assert pygame.image.load(str(kept_file)).get_size() == SIZE  # and it is written again, whole


def test_a_picture_of_another_size_is_not_used(tmp_path: Path) -> None:
    assets, folder, calls = _assets(tmp_path), tmp_path / "cache", []
    keep.kept(folder, "title", "x", assets, SIZE, _drawer(calls))
    [kept_file] = folder.glob("title-*.bmp")
    pygame.image.save(pygame.Surface((32, 18)), str(kept_file))
    assert keep.kept(folder, "title", "x", assets, SIZE, _drawer(calls)).get_size() == SIZE and calls == [1, 1]


def test_a_folder_that_cannot_be_written_only_costs_the_draw(tmp_path: Path) -> None:
    assets, calls = _assets(tmp_path), []
    blocked = tmp_path / "cache"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    for _ in range(2):
        assert keep.kept(blocked, "title", "x", assets, SIZE, _drawer(calls)).get_size() == SIZE
    assert calls == [1, 1] and blocked.is_file()
    assert keep.kept(tmp_path / "cache2", "title", "x", tmp_path / "no-assets", SIZE, _drawer(calls)).get_size() == SIZE


def test_the_title_screen_is_the_same_drawn_or_kept(tmp_path: Path, monkeypatch) -> None:
    """Two starts in one user folder (the test's VN_HOME): the second reads the kept backdrop (no map is lit),
    and the title screen it shows has the same pixels as the first, drawn one."""
    from game.render.stage import StageRenderer
    from game.replay.pilot import Pilot

    lit, real = [], StageRenderer._light
    monkeypatch.setattr(StageRenderer, "_light", lambda self, place, time: lit.append(place) or real(self, place, time))
    frames = []
    for _ in range(2):
        pilot = Pilot()
        assert pilot.view.screen == "title"
        frames.append(pygame.image.tobytes(pilot.app.frame, "RGB"))
        pilot.close()
    assert len(lit) == 1  # the first start only
    assert list(paths.cache_dir().glob("title-*.bmp"))
    assert frames[0] == frames[1]
    shutil.rmtree(paths.cache_dir())
