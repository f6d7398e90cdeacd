"""A writer's checkout and a story's own assets: `vn` uses what is in front of it, and says so (issue 14, writers 1-2)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def vn(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("SDL_")}
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env={**env, "PYTHONPATH": str(ROOT)})


def _checkout(tmp_path: Path) -> Path:
    """A second checkout of the story (as a writer has after `git clone`), while `game` comes from ROOT."""
    work = tmp_path / "checkout"
    shutil.copytree(ROOT / "script", work / "script")
    shutil.copytree(ROOT / "assets", work / "assets")
    return work


def test_check_inside_a_checkout_sees_the_writers_edit(tmp_path: Path) -> None:
    work = _checkout(tmp_path)
    chapter = work / "script" / "chapter-01.yaml"
    chapter.write_text(chapter.read_text(encoding="utf-8").replace("  - scene:", "\t- scene:", 1), encoding="utf-8")
    done = vn("check", cwd=work)
    assert done.returncode == 1, done.stderr
    assert "chapter-01.yaml" in done.stdout and "tab" in done.stdout.lower()
    assert f"story {work / 'script'}" in done.stderr and "this checkout" in done.stderr


def test_replay_inside_a_checkout_plays_the_edited_line_and_says_which_story(tmp_path: Path) -> None:
    work = _checkout(tmp_path)
    chapter = work / "script" / "chapter-01.yaml"
    text = chapter.read_text(encoding="utf-8")
    assert "Grey mist" in text
    chapter.write_text(text.replace("Grey mist", "Silver mist", 1), encoding="utf-8")
    trace = tmp_path / "t.jsonl"
    done = vn("replay", "--scene", "memorial-dawn", "--trace", str(trace), cwd=work)
    assert done.returncode == 0, done.stderr
    assert "Silver mist" in trace.read_text(encoding="utf-8")
    said = [line for line in done.stderr.splitlines() if line.startswith("vn replay: story ")]
    assert said == [f"vn replay: story {work / 'script'}, assets {work / 'assets'}: this checkout"]


def test_outside_a_checkout_the_bundled_story_is_named(tmp_path: Path) -> None:
    done = vn("stats", cwd=tmp_path)
    assert done.returncode == 0
    assert f"vn stats: story {ROOT / 'script'}, assets {ROOT / 'assets'}" in done.stderr
    assert "this checkout" not in done.stderr


def test_assets_folder_given_is_the_one_drawn(tmp_path: Path) -> None:
    custom = tmp_path / "custom"
    shutil.copytree(ROOT / "assets", custom / "assets")
    (custom / "assets" / "maps" / "memorial.tmx").rename(custom / "assets" / "maps" / "test.tmx")
    (custom / "story.yaml").write_text(
        "title: T\ncast:\n  kakashi: {name: Kakashi}\nplaces:\n  stone: {map: maps/test.tmx}\nscenes:\n"
        "  - scene: a\n    place: stone\n    time: dusk\n    lines:\n      - \"One line.\"\n", encoding="utf-8")
    checked = vn("check", "custom", "--assets", "custom/assets", cwd=tmp_path)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    shots = tmp_path / "shots"
    done = vn("replay", "custom", "--assets", "custom/assets", "--shots", str(shots), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "not found" not in done.stderr and "plain backdrop" not in done.stderr, done.stderr
