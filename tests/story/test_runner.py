"""The runner: advance, back, forward, jump, seen lines, end; every test also after a JSON round trip."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.story.loader import load_story
from game.story.runner import JumpError, Runner, Status
from game.story.state import StateError, Stop, StoryState

STORY = """\
title: T
cast:
  sakura: {name: Sakura}
  kakashi: {name: Kakashi}
places:
  memorial: {map: maps/memorial.tmx}
  office: {map: maps/office.tmx}
scenes:
  - scene: one
    place: memorial
    time: dawn
    music: morning
    lines:
      - show: kakashi sad at left
      - "First."
      - sound: birds
      - kakashi (smile): "Second."
      - hide: kakashi
      - show: sakura at right
      - sakura: "Third."
  - scene: two
    place: memorial
    time: noon
    memory: true
    lines:
      - "Fourth."
      - place: office
      - time: night
      - music: none
      - sakura thinks: "Fifth."
"""


@pytest.fixture
def story(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "story.yaml").write_text(STORY, encoding="utf-8")
    loaded, diagnostics = load_story(tmp_path)
    assert diagnostics == []
    return loaded


def roundtrip(runner: Runner) -> Runner:
    data = json.loads(json.dumps(runner.state.to_json()))
    return Runner(runner.story, StoryState.from_json(data), runner.program)


@pytest.fixture(params=["direct", "json-roundtrip"])
def via(request):  # type: ignore[no-untyped-def]
    """Every runner test runs as is, and again with the state sent through JSON after each move."""
    return (lambda r: r) if request.param == "direct" else roundtrip


def texts(runner: Runner) -> str | None:
    return runner.current.line.text if runner.current else None


def test_advance_through_the_story(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    assert runner.status is Status.READY and runner.current is None
    seen = []
    while True:
        beat = runner.advance()
        runner = via(runner)
        if beat is None:
            break
        assert runner.status is Status.SHOWING
        seen.append(texts(runner))
    assert seen == ["First.", "Second.", "Third.", "Fourth.", "Fifth."]
    assert runner.status is Status.ENDED and runner.advance() is None


def test_stage_follows_directions(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    runner.advance()
    runner = via(runner)
    stage = runner.current.stage
    assert (stage.place, stage.time, stage.memory, stage.music) == ("memorial", "dawn", False, "morning")
    assert [(a.who, a.expression, a.position) for a in stage.actors] == [("kakashi", "sad", "left")]
    assert runner.current.scene_start
    runner.advance()
    runner = via(runner)
    assert [(a.who, a.expression) for a in runner.current.stage.actors] == [("kakashi", "smile")]
    assert [c.verb for c in runner.current.cues] == ["sound"]
    runner.advance()
    runner = via(runner)
    assert [(a.who, a.position) for a in runner.current.stage.actors] == [("sakura", "right")]
    runner.advance()
    runner.advance()
    runner = via(runner)
    stage = runner.current.stage
    assert (stage.place, stage.time, stage.memory, stage.music, stage.actors) == ("office", "night", True, None, ())


def test_back_restores_the_whole_stage_and_forward_returns(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    for _ in range(4):
        runner.advance()
    runner = via(runner)
    assert texts(runner) == "Fourth." and runner.current.stage.memory
    runner.back()
    runner = via(runner)
    assert texts(runner) == "Third."
    assert not runner.current.stage.memory and runner.current.stage.actors[0].who == "sakura"
    runner.back()
    runner.back()
    runner = via(runner)
    assert texts(runner) == "First." and runner.back() is None
    runner.forward()
    runner = via(runner)
    assert texts(runner) == "Second."
    runner.advance()  # advancing after a rollback replays the rolled-back lines first
    runner = via(runner)
    assert texts(runner) == "Third."
    assert [stop.at for stop in runner.state.future] == [story.scenes[1].lines[0].id]  # "Fourth." still waits ahead
    assert [b.line.text for b in runner.history()] == ["First.", "Second.", "Third."]


def test_back_from_the_end(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    while runner.advance():
        pass
    runner = via(runner)
    assert runner.status is Status.ENDED
    runner.back()
    runner = via(runner)
    assert runner.status is Status.SHOWING and texts(runner) == "Fifth."


def test_jump_to_scene_and_line(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    runner.jump("two")
    runner = via(runner)
    assert texts(runner) == "Fourth." and runner.current.stage.memory
    target = story.scenes[0].lines[1].id
    runner.jump("one", target)
    runner = via(runner)
    assert texts(runner) == "Second."
    assert runner.current.stage.actors[0].expression == "smile"
    with pytest.raises(JumpError):
        runner.jump("nowhere")
    with pytest.raises(JumpError):
        runner.jump("two", target)


def test_the_state_does_not_keep_seen_lines(story, via) -> None:  # type: ignore[no-untyped-def]
    """Seen lines are the player's record (game.persistent), written once; the story state (version 3)
    carries where the reader is, the way back and forward, and the flags."""
    runner = Runner(story)
    runner.advance()
    runner.advance()
    runner = via(runner)
    data = runner.state.to_json()
    assert "seen" not in data and data["version"] == 3 and data["min_compatible"] == 2
    assert runner.upcoming() == story.scenes[0].lines[2].id
    runner.back()
    runner = via(runner)
    assert runner.upcoming() == story.scenes[0].lines[1].id  # the way forward, which skipping asks about


def test_restore_with_a_vanished_line_falls_back_to_scene_start(story) -> None:  # type: ignore[no-untyped-def]
    state = StoryState(position="two/n-000000", trail=[Stop("one/n-gone")])
    runner = Runner(story, state)
    assert runner.notice and "start of the scene 'two'" in runner.notice
    assert texts(runner) == "Fourth."
    runner = Runner(story, StoryState(position="gone/n-000000"))
    assert runner.notice and runner.status is Status.READY


@pytest.mark.parametrize("bad", [
    [], {"format": "other"}, {"format": "vn-story-state", "version": "1"},
    {"format": "vn-story-state", "version": 9, "min_compatible": 9},
    {"format": "vn-story-state", "version": 1, "min_compatible": 1, "position": 3},
    {"format": "vn-story-state", "version": 1, "min_compatible": 1, "trail": "x"},
    {"format": "vn-story-state", "version": 1, "min_compatible": 1, "ended": "no"},
])
def test_bad_state_documents_are_refused_with_a_reason(bad: object) -> None:
    with pytest.raises(StateError):
        StoryState.from_json(bad)


def test_newer_compatible_state_loads() -> None:
    state = StoryState.from_json({"format": "vn-story-state", "version": 5, "min_compatible": 1, "position": "a/b"})
    assert state.position == "a/b"
