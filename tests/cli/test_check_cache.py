"""`vn check` keeps its result in the user's cache folder (game/checkcache.py): a second check of an unchanged
story prints the same thing without loading it, and an edited story file or a changed asset is seen."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from game import checkcache
from game.cli import main
from tests.conftest import ROOT

CHAPTER = """\
scenes:
  - scene: one
    place: memorial
    time: dawn
    lines:
      - show: sakura sad at left
      - sound: birds
      - sakura: "The first line."
      - "Mist on the stone."
"""
HEADER = """\
title: T
cast:
  sakura: {name: Sakura, sprite: sakura-21}
places:
  memorial: {map: maps/memorial.tmx}
chapters: [one.yaml]
"""


@pytest.fixture(scope="module")
def assets(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("assets") / "assets"
    shutil.copytree(ROOT / "assets", folder, ignore=shutil.ignore_patterns("events"))
    (folder / "events").mkdir()
    old = 1_600_000_000
    for path in [folder, *folder.rglob("*")]:  # copied long ago: a just-changed asset is never kept (SETTLE_NS)
        os.utime(path, (old, old))
    return folder


@pytest.fixture
def story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "story.yaml").write_text(HEADER, encoding="utf-8")
    (folder / "one.yaml").write_text(CHAPTER, encoding="utf-8")
    return folder


def check(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(["check", *args])
    out, err = capsys.readouterr()
    return code, out, err


def entries(home: Path) -> list[Path]:
    return sorted((home / "cache").glob("check-*.json"))


def test_a_second_check_prints_the_same_from_the_cache(capsys: pytest.CaptureFixture[str], story: Path, assets: Path,
                                                        _user_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    long_line = "A line that goes on. " * 20  # a VN150 warning from the text fit
    (story / "one.yaml").write_text(CHAPTER.replace("birds", "trumpet").replace("The first line.", long_line),
                                    encoding="utf-8")
    import game.check

    for flags in ([], ["--json"], ["--no-assets"]):
        cold = check(capsys, str(story), "--assets", str(assets), *flags)
        with monkeypatch.context() as patch:
            patch.setattr(game.check, "check_story", lambda *a, **k: pytest.fail("the warm check loaded the story"))
            warm = check(capsys, str(story), "--assets", str(assets), *flags)
        assert warm == cold
        if "--no-assets" in flags:
            assert cold[0] == 0 and "VN125" not in cold[1] and "VN150" not in cold[1]
        else:
            assert cold[0] == 1 and "VN125" in cold[1] and "VN150" in cold[1]
    assert len(entries(_user_home)) == 2  # with and without the assets: one entry each, rewritten in place


def test_the_warm_check_loads_nothing(story: Path, assets: Path, tmp_path: Path) -> None:
    """No YAML, no compile, no pygame: the second process imports neither yaml nor pygame."""
    home = tmp_path / "home"
    code = ("import sys; from game.cli import main; rc = main(['check', sys.argv[1], '--assets', sys.argv[2]]); "
            "print(sorted(m for m in ('yaml', 'pygame', 'game.story.loader', 'game.story.program') if m in sys.modules), "
            "rc, file=sys.stderr)")
    env = {**os.environ, "VN_HOME": str(home), "PYTHONPATH": str(ROOT)}
    runs = [subprocess.run([sys.executable, "-c", code, str(story), str(assets)], capture_output=True, text=True,
                           env=env, timeout=300) for _ in range(2)]
    assert "'pygame'" in runs[0].stderr.splitlines()[-1]  # the cold check measured the lines with the font
    assert runs[1].stderr.splitlines()[-1] == "[] 0", runs[1].stderr
    assert runs[0].stdout == runs[1].stdout and runs[0].stderr.splitlines()[:-1] == runs[1].stderr.splitlines()[:-1]


def test_an_edited_chapter_is_checked_again_even_at_the_same_size_and_mtime(
        capsys: pytest.CaptureFixture[str], story: Path, assets: Path) -> None:
    assert check(capsys, str(story), "--assets", str(assets))[0] == 0
    chapter = story / "one.yaml"
    stat = chapter.stat()
    chapter.write_text(CHAPTER.replace("at left", "at lfet"), encoding="utf-8")  # same size
    os.utime(chapter, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    code, out, _ = check(capsys, str(story), "--assets", str(assets))
    assert code == 1 and "VN124" in out and "one.yaml:6:" in out


def test_an_edited_header_is_checked_again(capsys: pytest.CaptureFixture[str], story: Path, assets: Path) -> None:
    assert check(capsys, str(story), "--assets", str(assets))[0] == 0
    (story / "story.yaml").write_text(HEADER.replace("sakura-21", "sakura-99"), encoding="utf-8")
    code, out, _ = check(capsys, str(story), "--assets", str(assets))
    assert code == 1 and "VN126" in out


def test_a_changed_asset_is_checked_again(capsys: pytest.CaptureFixture[str], story: Path, assets: Path) -> None:
    (story / "one.yaml").write_text(CHAPTER.replace("birds", "gong"), encoding="utf-8")
    code, out, _ = check(capsys, str(story), "--assets", str(assets))
    assert code == 1 and "no sound 'gong'" in out
    assert check(capsys, str(story), "--assets", str(assets))[1] == out  # warm
    gong = assets / "sounds" / "gong.wav"
    shutil.copy(assets / "sounds" / "birds.wav", gong)  # the asset appears
    try:
        code, out, _ = check(capsys, str(story), "--assets", str(assets))
        assert code == 0 and "gong" not in out
    finally:
        gong.unlink()
        os.utime(gong.parent, (1_600_000_000, 1_600_000_000))
    assert "no sound 'gong'" in check(capsys, str(story), "--assets", str(assets))[1]


def test_a_result_that_depends_on_a_missing_file_is_not_kept(capsys: pytest.CaptureFixture[str], story: Path,
                                                             assets: Path, _user_home: Path) -> None:
    (story / "story.yaml").write_text(HEADER.replace("[one.yaml]", "[one.yaml, two.yaml]"), encoding="utf-8")
    code, out, _ = check(capsys, str(story), "--assets", str(assets))
    assert code == 1 and "VN140" in out and not entries(_user_home)
    (story / "two.yaml").write_text(CHAPTER.replace("scene: one", "scene: two").replace("first", "second")
                                    .replace("Mist", "Rain"), encoding="utf-8")
    assert check(capsys, str(story), "--assets", str(assets))[0] == 0


def test_no_cache_neither_reads_nor_writes(capsys: pytest.CaptureFixture[str], story: Path, assets: Path,
                                           _user_home: Path) -> None:
    assert check(capsys, str(story), "--assets", str(assets), "--no-cache")[0] == 0
    assert not (_user_home / "cache").exists()


def test_the_entry_names_what_it_depends_on(story: Path, assets: Path, capsys: pytest.CaptureFixture[str],
                                            _user_home: Path) -> None:
    check(capsys, str(story), "--assets", str(assets))
    doc = json.loads(entries(_user_home)[0].read_text(encoding="utf-8"))
    assert [name for name, _digest in doc["story"]] == [str(story / "story.yaml"), str(story / "one.yaml")]
    names = [row[0] for row in doc["assets"]]
    assert "maps/memorial.tmx" in names and "sounds/birds.wav" in names
    assert any(name.endswith(".ttf") for name in names)  # the text fit's fonts
    assert checkcache.lookup(_user_home / "cache", story, assets) is not None
    assert checkcache.lookup(_user_home / "cache", story, None) is None  # another mode: another entry
