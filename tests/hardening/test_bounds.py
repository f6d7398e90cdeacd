"""Every number the renderer uses from a map, a sprite or an illustration is bounded by `vn check` and the
map reader, with a located error past the bound; the whole story's size is bounded, not only each file;
every check stops at 200 problems (issue 14, writers 4-6)."""

from __future__ import annotations

import os
import shutil
import struct
import subprocess
import sys
import zlib
from pathlib import Path

import pygame
import pytest

from game.check import check_story
from game.render.maps import MapCache
from tests.hardening.conftest import ASSETS, ROOT, SCRIPT

LIGHT = '<object id="7" name="incense" x="885" y="385" width="90" height="70">'
POINT = '<object id="3" name="centre" x="640" y="700">'
TILES = 'tilewidth="40" tileheight="40" tilecount="633" columns="32"'


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("assets") / "assets"
    shutil.copytree(ASSETS, folder, ignore=shutil.ignore_patterns("sprites"))
    (folder / "sprites").mkdir()
    for name in ("kakashi", "sakura-13", "sakura-15", "sakura-21", "kotetsu", "tsunade"):
        shutil.copytree(ASSETS / "sprites" / name, folder / "sprites" / name)
    return folder


def _with(assets: Path, file: str, old: str, new: str) -> Path:
    path = assets / file
    original = path.read_text(encoding="utf-8")
    assert old in original
    path.write_text(original.replace(old, new), encoding="utf-8")
    return path


MAP_CASES = {
    "light-12000": ("maps/memorial.tmx", LIGHT, LIGHT.replace('width="90" height="70"', 'width="12000" height="12000"'), "width"),
    "light-100000": ("maps/memorial.tmx", LIGHT, LIGHT.replace('width="90" height="70"', 'width="100000" height="100000"'), "width"),
    "light-1e300": ("maps/memorial.tmx", LIGHT, LIGHT.replace('width="90"', 'width="1e300"'), "1e300"),
    "light-far": ("maps/memorial.tmx", LIGHT, LIGHT.replace('x="885"', 'x="-90000"'), "x="),
    "point-1e300": ("maps/memorial.tmx", POINT, POINT.replace('x="640"', 'x="1e300"'), "'centre'"),
    "tiles-1px": ("tilesets/memorial.tsx", TILES, 'tilewidth="1" tileheight="1" tilecount="1024000" columns="1280"', "1x1 px tiles"),
    "tiles-0px": ("tilesets/memorial.tsx", TILES, 'tilewidth="0" tileheight="40" tilecount="1" columns="1"', "0x40"),
}


@pytest.mark.parametrize("case", list(MAP_CASES))
def test_map_numbers_past_their_bound_are_located_errors_and_never_reach_pytmx(assets: Path, case: str) -> None:
    file, old, new, words = MAP_CASES[case]
    original = (assets / file).read_text(encoding="utf-8")
    _with(assets, file, old, new)
    try:
        result = check_story(SCRIPT, assets)
        found = [d for d in result.diagnostics if d.code == "VN141"]
        assert not result.ok and found, [d.format() for d in result.diagnostics]
        assert "memorial.tmx" in found[0].message and words in found[0].message, found[0].message
        assert found[0].loc.file.endswith("story.yaml") and found[0].loc.line > 1  # at the place naming the map
        pygame.init()
        drawn = MapCache(assets).get("maps/memorial.tmx")  # the renderer refuses it too: a plain backdrop
        assert drawn.missing
    finally:
        (assets / file).write_text(original, encoding="utf-8")


def _png(width: int, height: int) -> bytes:
    """A PNG header declaring width x height (with one tiny IDAT: only the header matters to the check)."""
    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(b"\x00" * 5)) + chunk(b"IEND", b""))


@pytest.mark.parametrize("file", ["sprites/kakashi/sad.png", "sprites/kakashi/faces/smile.png", "events/kiss.png"])
def test_sprites_and_illustrations_past_the_pixel_bound_are_located_errors(assets: Path, file: str) -> None:
    path = assets / file
    original = path.read_bytes() if path.exists() else None
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(_png(16384, 16384))
    try:
        result = check_story(SCRIPT, assets)
        found = [d for d in result.diagnostics if d.code == "VN144"]
        assert not result.ok and len(found) == 1 and found[0].loc.file == str(path)
        assert "16384x16384 px is too large" in found[0].message
        if file == "sprites/kakashi/sad.png":
            from game.render.sprites import SpriteCache

            pygame.init()
            assert SpriteCache(assets).get("kakashi", "sad") is not None  # the neutral face instead, never decoded
    finally:
        if original is None:
            path.unlink()
        else:
            path.write_bytes(original)


def test_the_whole_story_is_bounded_not_only_each_file(tmp_path: Path) -> None:
    """40 chapters, each near the per-file node limit (24,000 bare lines of one node each): refused at the
    chapter that crosses the story's bound of script lines, and the check stays under 200 MB (it took 667 MB
    before the story was bounded; with the node bound alone at 400,000 nodes it took 255 MB)."""
    lines = "".join("      - x\n" for _ in range(24_000))
    names = []
    for n in range(40):
        (tmp_path / f"c{n}.yaml").write_text(f"scenes:\n  - scene: c{n}\n    place: p\n    time: noon\n    lines:\n{lines}",
                                             encoding="utf-8")
        names.append(f"c{n}.yaml")
    (tmp_path / "story.yaml").write_text("title: T\ncast: {}\nplaces:\n  p: {map: maps/memorial.tmx}\nchapters:\n"
                                         + "".join(f"  - {name}\n" for name in names), encoding="utf-8")
    code = ("import resource, sys; from game.check import check_story; r = check_story(sys.argv[1], with_assets=False); "
            "print(len(r.diagnostics), [d.format() for d in r.diagnostics if d.code == 'VN105'][:1]); "
            "import re, pathlib; status = pathlib.Path('/proc/self/status'); "  # VmHWM: this process's own peak
            "print(re.search(r'VmHWM:\\s+(\\d+)', status.read_text()).group(1) if status.exists() "
            "else resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)")  # ru_maxrss counts the forking parent
    done = subprocess.run([sys.executable, "-c", code, str(tmp_path)], capture_output=True, text=True, timeout=600,
                          env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 0, done.stderr
    first, peak_kb = done.stdout.splitlines()
    assert "VN105" in first and "the chapters from here on are not read" in first and "story.yaml:" in first
    assert "150000 script lines" in first
    assert int(peak_kb) < 200 * 1024, f"peak {int(peak_kb) // 1024} MB"


def test_a_100000_line_story_is_read_whole(tmp_path: Path) -> None:
    """The benchmark's generated 100,000-line story (20 chapters, 268,000 nodes) is within both bounds of the
    whole story: every scene is read (the node bound once cut it at 8 of 20 chapters)."""
    from bench.gen import write_story

    folder = write_story(tmp_path / "story", 100_000)
    result = check_story(folder, with_assets=False)
    assert not [d for d in result.diagnostics if d.code == "VN105"], [d.format() for d in result.diagnostics][:3]
    assert result.story is not None and len(result.story.scenes) == 2_000 and len(result.story.files) == 21


def test_every_check_stops_at_200_problems(tmp_path: Path) -> None:
    (tmp_path / "story.yaml").write_text(
        "title: T\ncast:\n  sakura: {name: S}\nplaces:\n  p: {map: maps/memorial.tmx}\nscenes:\n  - scene: s\n"
        "    place: p\n    time: noon\n    lines:\n" + "      - {sakura: \"a\", id: same}\n" * 5000, encoding="utf-8")
    result = check_story(tmp_path, with_assets=False)
    assert [d.code for d in result.diagnostics[:200]] == ["VN131"] * 200
    assert len(result.diagnostics) == 201 and result.diagnostics[-1].code == "VN105"
    assert "4799 more problems are not shown" in result.diagnostics[-1].message


def test_terminal_escapes_in_a_key_are_escaped_in_the_message(tmp_path: Path) -> None:
    (tmp_path / "story.yaml").write_text('title: T\ncast: {}\nplaces: {}\n"\\e]0;pwned\\a\\e[2J": 1\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "game", "check", str(tmp_path), "--no-assets"], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1 and "VN111" in done.stdout
    assert "\x1b" not in done.stdout and "\x07" not in done.stdout
    assert "'\\x1b]0;pwned\\x07\\x1b[2J'" in done.stdout
