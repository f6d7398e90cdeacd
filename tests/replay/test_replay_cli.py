"""`vn replay` as a tester runs it: the whole chapter's trace, one scene's screenshots, determinism, bad args."""

from __future__ import annotations

import hashlib
import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT

FIELDS = {"scene", "line", "kind", "speaker", "text", "place", "time", "memory", "camera", "sprites", "shot", "event", "emphasis",
          "gestures"}
SPRITE_FIELDS = {"who", "sprite", "expression", "position", "pose", "facing", "extras", "dimmed"}


def vn(*args: str, cwd: Path = ROOT) -> subprocess.CompletedProcess[str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith("SDL_")}  # replay sets its own drivers
    return subprocess.run([sys.executable, "-m", "game", "replay", *args], cwd=cwd, capture_output=True,
                          text=True, timeout=600, env={**env, "PYTHONPATH": str(ROOT)})


@pytest.fixture(scope="module")
def chapter_trace(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:  # type: ignore[type-arg]
    trace = tmp_path_factory.mktemp("trace") / "chapter.jsonl"
    done = vn("--trace", str(trace))
    assert done.returncode == 0, done.stderr
    from game.story.loader import load_story

    story, _ = load_story(ROOT / "script")
    assert story is not None
    lines = sum(len(scene.lines) for scene in story.scenes)
    assert done.stdout.startswith(f"replay: {lines} lines, {len(story.scenes)} scenes")
    assert "frame mean" in done.stdout and "p95" in done.stdout
    return [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]


@pytest.mark.slow
def test_whole_chapter_trace(chapter_trace: list[dict]) -> None:  # type: ignore[type-arg]
    from game.story.loader import load_story

    story, _ = load_story(ROOT / "script")
    expected = [line for scene in story.scenes for line in scene.lines]
    assert [r["line"] for r in chapter_trace] == [line.id for line in expected]
    for record, line in zip(chapter_trace, expected):
        assert set(record) == FIELDS
        assert record["text"] == line.text and record["kind"] == line.kind and record["shot"] is None
        assert record["speaker"] == (story.cast[line.speaker].name if line.speaker else None)
        assert record["memory"] == story.scene(line.scene).memory
        assert record["emphasis"] is True and all(set(s) == SPRITE_FIELDS for s in record["sprites"])
        speaking = record["speaker"] is not None and len(record["sprites"]) > 1 and any(
            story.cast[s["who"]].name == record["speaker"] for s in record["sprites"])
        assert [s["dimmed"] for s in record["sprites"]] == [
            speaking and story.cast[s["who"]].name != record["speaker"] for s in record["sprites"]]
    first, last = chapter_trace[0], chapter_trace[-1]
    assert (first["scene"], first["place"], first["time"], first["memory"]) == ("memorial-dawn", "memorial", "dawn", False)
    assert {"who": "kakashi", "sprite": "kakashi", "expression": "sad"}.items() <= first["sprites"][0].items()
    assert last["line"] == "memorial-sunrise/last-line" and last["time"] == "sunrise"
    memories = {r["scene"] for r in chapter_trace if r["memory"]}
    assert "first-request" in memories and "memorial-names" not in memories
    young = [s for r in chapter_trace if r["scene"] == "first-request" for s in r["sprites"] if s["who"] == "sakura"]
    assert young and all(s["sprite"] == "sakura-13" for s in young)


def test_one_scene_with_screenshots_and_sheet(tmp_path: Path) -> None:
    shots, trace = tmp_path / "shots", tmp_path / "t.jsonl"
    done = vn("--scene", "memorial-names", "--shots", str(shots), "--sheet", "--trace", str(trace), "--size", "640x360")
    assert done.returncode == 0, done.stderr
    records = [json.loads(x) for x in trace.read_text(encoding="utf-8").splitlines()]
    assert {r["scene"] for r in records} == {"memorial-names"}
    pngs = sorted(shots.glob("0*.png"))
    assert len(pngs) == len(records) and all(r["shot"] and Path(r["shot"]).is_file() for r in records)
    import pygame

    assert pygame.image.load(str(pngs[0])).get_size() == (640, 360)
    assert (shots / "sheet-memorial-names.png").is_file()


def test_two_runs_give_the_same_trace_and_pixels(tmp_path: Path) -> None:
    import pygame

    digests = []
    for run in ("a", "b"):
        shots, trace = tmp_path / run, tmp_path / f"{run}.jsonl"
        done = vn("--scene", "kotetsu-mission", "--shots", str(shots), "--trace", str(trace))
        assert done.returncode == 0, done.stderr
        records = [json.loads(x) for x in trace.read_text(encoding="utf-8").splitlines()]
        for r in records:
            r["shot"] = Path(r["shot"]).name
        pixels = [hashlib.sha256(pygame.image.tobytes(pygame.image.load(str(p)), "RGB")).hexdigest()
                  for p in sorted(shots.glob("0*.png"))]
        digests.append((records, pixels))
    assert digests[0] == digests[1]


def test_from_and_to_lines(chapter_trace: list[dict], tmp_path: Path) -> None:  # type: ignore[type-arg]
    start, stop = chapter_trace[5]["line"], chapter_trace[20]["line"]
    trace = tmp_path / "part.jsonl"
    done = vn("--from", start, "--to", stop, "--trace", str(trace))
    assert done.returncode == 0, done.stderr
    lines = [json.loads(x)["line"] for x in trace.read_text(encoding="utf-8").splitlines()]
    assert lines == [r["line"] for r in chapter_trace[5:21]]


@pytest.mark.parametrize("args, message", [
    (["--scene", "nowhere"], "no scene 'nowhere'"),
    (["--from", "x/y"], "no line 'x/y'"),
    (["--size", "huge"], "--size"),
    (["--sheet"], "--sheet needs --shots"),
])
def test_bad_arguments_exit_2_with_a_message(args: list[str], message: str) -> None:
    done = vn(*args)
    assert done.returncode == 2 and message in done.stderr and "Traceback" not in done.stderr


def _composition(record: dict) -> tuple:  # type: ignore[type-arg]
    """What the picture is made of (issue 19's definition): place, camera, event, and each character's pose and
    position. An expression, or a turn of the head towards whoever speaks, alone does not count."""
    sprites = tuple(sorted((s["who"], s["pose"], s["position"]) for s in record["sprites"]))
    return record["place"], record["camera"], record["event"], sprites


def test_the_picture_never_holds_still_for_more_than_12_lines(chapter_trace: list[dict]) -> None:  # type: ignore[type-arg]
    longest, run, previous, where = 0, 0, None, None
    for record in chapter_trace:
        composition = _composition(record)
        run = run + 1 if composition == previous else 1
        if run > longest:
            longest, where = run, record["line"]
        previous = composition
    assert longest <= 12, f"{longest} shown lines with one unchanged composition, ending at {where}"


def test_the_chapter_uses_every_pose_and_illustration_it_has(chapter_trace: list[dict]) -> None:  # type: ignore[type-arg]
    """The staging shows each bundled pose of the sets it uses at least once, and every illustration."""
    import yaml

    used_poses = {(s["sprite"], s["pose"]) for r in chapter_trace for s in r["sprites"]}
    used_events = {r["event"] for r in chapter_trace if r["event"]}
    events = set(yaml.safe_load((ROOT / "assets" / "events" / "events.yaml").read_text(encoding="utf-8")))
    assert events <= used_events, f"illustrations never shown: {sorted(events - used_events)}"
    missing = []
    for sprite in {s for s, _ in used_poses}:
        manifest = yaml.safe_load((ROOT / "assets" / "sprites" / sprite / "sprite.yaml").read_text(encoding="utf-8"))
        missing += [f"{sprite}/{p}" for p in manifest["poses"] if (sprite, p) not in used_poses]
    assert not missing, f"poses never shown: {missing}"
