"""The `vn` command's exit codes and output, run as a real process (python -m game)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from tests.conftest import ROOT


def vn(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "game", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=120, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})


def test_check_passes_on_the_bundled_story(tmp_path: Path) -> None:
    done = vn("check", cwd=tmp_path)  # from another folder: the bundled story is found
    assert done.returncode == 0, done.stdout + done.stderr
    assert "error" not in done.stdout
    assert done.stderr.startswith("ok: 13 scenes")


def test_check_reports_located_errors_and_exits_1(tmp_path: Path) -> None:
    bad = tmp_path / "story.yaml"
    bad.write_text("title: T\ncast:\n  sakura: {name: S}\nplaces: {}\nscenes:\n"
                   "  - scene: a\n    place: nowhere\n    time: noon\n    lines:\n      - sakra: \"Hi\"\n",
                   encoding="utf-8")
    done = vn("check", str(bad), "--no-assets", cwd=tmp_path)
    assert done.returncode == 1
    lines = done.stdout.splitlines()
    assert "story.yaml:7:12: error VN121: unknown place 'nowhere'" in lines[0]
    assert "story.yaml:10:9: error VN120: unknown speaker 'sakra' (did you mean 'sakura'?)" in lines[1]
    assert "Traceback" not in done.stderr


def test_check_json_output(tmp_path: Path) -> None:
    (tmp_path / "story.yaml").write_text("title: T\nplaces: {}\n", encoding="utf-8")
    done = vn("check", str(tmp_path), "--json", "--no-assets")
    assert done.returncode == 1
    record = json.loads(done.stdout.splitlines()[0])
    assert record["code"] == "VN112" and record["line"] == 1 and record["severity"] == "error"


def test_binary_and_missing_files(tmp_path: Path) -> None:
    (tmp_path / "story.yaml").write_bytes(b"\x00\x01\x02\xff" * 50)
    done = vn("check", str(tmp_path))
    assert done.returncode == 1 and "VN103" in done.stdout and "Traceback" not in done.stderr
    done = vn("check", str(tmp_path / "missing.yaml"))
    assert done.returncode == 2 and "no such file" in done.stderr


def test_usage_errors_exit_2() -> None:
    done = vn("frobnicate")
    assert done.returncode == 2 and "invalid choice" in done.stderr
    done = vn("check", "--bogus")
    assert done.returncode == 2


def test_help_for_each_command() -> None:
    for command in ("play", "check", "replay", "schema", "stats"):
        done = vn(command, "--help")
        assert done.returncode == 0 and "usage: vn" in done.stdout


def test_play_warp_arguments_are_checked_before_a_window_opens() -> None:
    done = subprocess.run([sys.executable, "-m", "game", "play", "--scene", "nowhere"], cwd=ROOT, capture_output=True,
                          text=True, timeout=120, env={**__import__("os").environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 2 and "no scene 'nowhere'" in done.stderr and "memorial-dawn" in done.stderr
    done = vn("play", "--scene", "kakashi-door", "--line", "n-000000")
    assert done.returncode == 2 and "has no line 'n-000000'" in done.stderr
    done = vn("play", "--line", "nope")
    assert done.returncode == 2 and "--line needs --scene" in done.stderr


def test_check_reports_stage_and_asset_problems_next_to_script_errors(tmp_path: Path) -> None:
    (tmp_path / "story.yaml").write_text(
        "title: T\ncast:\n  kakashi: {name: Kakashi}\nplaces:\n  memorial: {map: maps/memorial.tmx}\nscenes:\n"
        "  - scene: a\n    place: memorial\n    time: dusk2\n    lines:\n"
        "      - show: kakashi sda at centr\n      - sound: bird\n      - \"x\"\n", encoding="utf-8")
    done = vn("check", str(tmp_path))
    assert done.returncode == 1
    codes = [line.split(" error ")[1].split(":")[0] for line in done.stdout.splitlines()]
    assert codes == ["VN122", "VN123", "VN124", "VN125"], done.stdout


def test_the_player_and_the_pilot_start_without_setuptools_pkg_resources() -> None:
    """pygame imports setuptools' pkg_resources only to find its data files (a sixth of a second of each
    start); the window player, the pilot and `vn replay` start without it (game/pygame_fast_import.py)."""
    code = ("import sys, game.{0}; print('pkg_resources' in sys.modules, 'pygame' in sys.modules)")
    for module in ("app", "replay.pilot", "textfit"):
        done = subprocess.run([sys.executable, "-c", code.format(module)], cwd=ROOT, capture_output=True, text=True,
                              timeout=60, env={**os.environ, "SDL_VIDEODRIVER": "dummy", "SDL_AUDIODRIVER": "dummy"})
        assert done.returncode == 0, done.stderr
        assert done.stdout.split()[0] == "False", module


def test_a_second_check_reads_the_compiled_story_and_an_edit_invalidates_it(tmp_path: Path) -> None:
    """vn check (and play, replay) keep the compiled story in the user's cache folder: a second run on an
    unchanged story reads it back; an edited file means a cold load and a new entry."""
    import shutil

    story = tmp_path / "story"
    shutil.copytree(ROOT / "script", story)
    home = tmp_path / "home"
    env = {**os.environ, "VN_HOME": str(home)}

    def check(*extra: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "game", "check", str(story), "--assets", str(ROOT / "assets"),
                               "--no-assets", *extra], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)

    assert check().returncode == 0
    entries = list((home / "cache").glob("story-*.json"))
    assert len(entries) == 1
    written = entries[0].stat().st_mtime_ns
    assert check().returncode == 0 and entries[0].stat().st_mtime_ns == written  # read, not written again
    chapter = next(p for p in story.glob("*.yaml") if p.name != "story.yaml")
    chapter.write_text(chapter.read_text(encoding="utf-8") + "\n# an edit\n", encoding="utf-8")
    assert check().returncode == 0 and entries[0].stat().st_mtime_ns != written  # stale: loaded cold, rewritten
    shutil.rmtree(home / "cache")
    assert check("--no-cache").returncode == 0 and not (home / "cache").exists()
