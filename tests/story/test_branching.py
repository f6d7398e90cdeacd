"""Branching: choice menus, flags, conditions and jumps, through the loader, the cache and the runner;
every runner test also after a JSON round trip of the state."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from game.story import cache
from game.story.loader import _shown, load_story
from game.story.model import Choice, Jump, SetFlags
from game.story.program import compile_story
from game.story.runner import ChoiceError, Runner, Status
from game.story.state import StoryState

STORY = """\
title: T
cast:
  sakura: {name: Sakura}
  kakashi: {name: Kakashi}
places:
  memorial: {map: maps/memorial.tmx}
  office: {map: maps/office.tmx}
scenes:
  - scene: start
    place: memorial
    time: dawn
    lines:
      - show: kakashi at left
      - "Dawn."
      - choice:
          - text: Wait for her
            lines:
              - show: sakura at right
              - sakura: "You waited."
              - set: {trusted: true, mood: warm}
          - text: Leave
            jump: alone
          - text: Read the stone again
            if: trusted
            lines:
              - "The names again."
      - kakashi: "Shall we?"
      - sakura: "Only because you waited."
        if: trusted
      - jump: together
        if: mood == warm
      - "Nobody answers."
  - scene: alone
    place: office
    time: noon
    lines:
      - kakashi thinks: "Alone again."
      - jump: end
  - scene: together
    place: office
    time: noon
    lines:
      - set: ending
      - sakura: "Together, then."
"""


@pytest.fixture
def story(tmp_path: Path):  # type: ignore[no-untyped-def]
    (tmp_path / "story.yaml").write_text(STORY, encoding="utf-8")
    loaded, diagnostics = load_story(tmp_path)
    assert [d.format() for d in diagnostics] == []
    return loaded


def roundtrip(runner: Runner) -> Runner:
    data = json.loads(json.dumps(runner.state.to_json()))
    return Runner(runner.story, StoryState.from_json(data), runner.program)


@pytest.fixture(params=["direct", "json-roundtrip"])
def via(request):  # type: ignore[no-untyped-def]
    return (lambda r: r) if request.param == "direct" else roundtrip


def texts(runner: Runner) -> list[str]:
    return [beat.line.text for beat in runner.history()]


def test_the_loader_reads_menus_flags_conditions_and_jumps(story) -> None:  # type: ignore[no-untyped-def]
    start = story.scene("start")
    choice = next(s for s in start.steps if isinstance(s, Choice))
    assert choice.id.startswith("start/@c-")
    assert [o.text for o in choice.options] == ["Wait for her", "Leave", "Read the stone again"]
    assert str(choice.options[2].when) == "trusted" and choice.options[0].when is None
    assert isinstance(choice.options[1].steps[-1], Jump) and choice.options[1].steps[-1].target == "alone"
    assert next(s for s in choice.options[0].steps if isinstance(s, SetFlags)).flags == (("trusted", True), ("mood", "warm"))
    assert "You waited." in [line.text for line in start.lines]  # an option's lines are the scene's lines
    assert str(next(line for line in start.lines if line.text.startswith("Only")).when) == "trusted"


def test_a_menu_waits_with_its_options(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    assert runner.advance().line.text == "Dawn."
    assert runner.advance() is None
    runner = via(runner)
    assert runner.status is Status.CHOOSING
    assert runner.current.line.text == "Dawn."  # the line under the menu
    assert [(o.index, o.text, o.enabled) for o in runner.choices] == [
        (0, "Wait for her", True), (1, "Leave", True), (2, "Read the stone again", False)]
    assert runner.advance() is None and runner.status is Status.CHOOSING  # a click does not pass a menu
    with pytest.raises(ChoiceError):
        runner.choose(2)  # not offered: 'trusted' is not set
    with pytest.raises(ChoiceError):
        runner.choose(7)


def test_an_option_sets_flags_and_the_lines_after_read_them(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    runner.advance()
    runner.advance()
    runner = via(runner)
    beat = runner.choose(0)
    assert beat.line.text == "You waited."
    assert beat.stage.actor("sakura") is not None  # the option's own stage
    runner = via(runner)
    assert runner.advance().line.text == "Shall we?"
    assert runner.flags == {"trusted": True, "mood": "warm"}
    assert runner.current.stage.actor("sakura") is None  # after the menu: the stage as it was at the menu
    assert runner.advance().line.text == "Only because you waited."  # if: trusted
    assert runner.advance().line.text == "Together, then."  # jump: together, if: mood == warm
    assert runner.flags["ending"] is True
    assert runner.advance() is None and runner.status is Status.ENDED


def test_another_option_jumps_and_skips_what_its_flags_do_not_allow(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    runner.advance()
    runner.advance()
    runner = via(runner)
    assert runner.choose(1) is not None
    runner = via(runner)
    assert runner.current.line.text == "Alone again."
    assert runner.advance() is None and runner.status is Status.ENDED  # jump: end
    assert texts(runner) == ["Dawn.", "Alone again."]


def test_rollback_crosses_a_menu_and_forward_takes_the_same_option(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    runner.advance()
    runner.advance()
    runner.choose(0)
    runner.advance()  # "Shall we?", flags set
    runner = via(runner)
    assert runner.back().line.text == "You waited."
    assert runner.flags == {}  # the set: comes after "You waited."
    runner = via(runner)
    assert runner.back().line.text == "Dawn."  # back to the menu: the line under it is shown
    assert runner.status is Status.CHOOSING
    assert [o.taken for o in runner.choices] == [True, False, False]
    runner = via(runner)
    assert runner.forward().line.text == "You waited."
    assert runner.forward().line.text == "Shall we?"
    assert runner.flags == {"trusted": True, "mood": "warm"}
    entries = runner.history_entries()
    assert [(e.menu is not None, e.option, e.text) for e in entries] == [
        (False, None, "Dawn."), (True, 0, "Wait for her"), (False, None, "You waited."), (False, None, "Shall we?")]


def test_rolling_back_to_a_menu_and_choosing_otherwise_forgets_the_way_forward(story, via) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    runner.advance()
    runner.advance()
    runner.choose(0)
    runner.back()
    runner = via(runner)
    assert runner.status is Status.CHOOSING and runner.state.future
    assert runner.choose(1).line.text == "Alone again."
    assert runner.state.future == [] and runner.flags == {}


def test_a_menu_whose_options_are_all_hidden_is_passed_by(tmp_path: Path) -> None:
    (tmp_path / "story.yaml").write_text(STORY.replace("          - text: Wait for her\n", "          - text: Wait for her\n"
                                                       "            if: not ending\n", 1)
                                         .replace("          - text: Leave\n", "          - text: Leave\n            if: mood\n", 1),
                                         encoding="utf-8")
    loaded, _ = load_story(tmp_path)
    runner = Runner(loaded)
    runner.state.flags = {"ending": True}
    runner.advance()
    assert runner.advance().line.text == "Shall we?"


def test_upcoming_is_the_menu_so_skipping_stops_there(story) -> None:  # type: ignore[no-untyped-def]
    runner = Runner(story)
    runner.advance()
    following = runner.upcoming()
    assert runner.is_menu(following)
    runner.advance()
    assert runner.upcoming() is None


def test_a_version_1_state_still_loads(story) -> None:  # type: ignore[no-untyped-def]
    first = compile_story(story)[0].beats[0].line.id
    old = {"format": "vn-story-state", "version": 1, "min_compatible": 1, "position": first,
           "ended": False, "trail": [], "future": [], "seen": [first]}
    runner = Runner(story, StoryState.from_json(old))  # its 'seen' (version 1 and 2 kept one) is ignored
    assert runner.status is Status.SHOWING and runner.flags == {}
    assert "seen" not in runner.state.to_json()
    assert runner.advance() is None and runner.status is Status.CHOOSING


@pytest.mark.parametrize("bad", [{"flags": {"Bad Name": True}}, {"flags": {"a": 3}}, {"flags": []},
                                 {"trail": [{"at": "x", "took": -1}]}, {"took": "one"}])
def test_a_damaged_state_is_refused_with_a_reason(bad) -> None:  # type: ignore[no-untyped-def]
    from game.story.state import StateError

    with pytest.raises(StateError):
        StoryState.from_json({"format": "vn-story-state", "version": 2, "min_compatible": 2, **bad})


def test_a_branching_story_round_trips_through_the_cache(story, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    entry = cache.entry_path(tmp_path / "c", Path(story.files[0]))
    cache.write_entry(entry, story, [])
    assert cache.read_entry(entry, story.files[0], _shown) == (story, [])


def _check(tmp_path: Path, text: str) -> list:  # type: ignore[type-arg]
    from game.check import check_story

    (tmp_path / "story.yaml").write_text(text, encoding="utf-8")
    return check_story(tmp_path / "story.yaml", with_assets=False).diagnostics


def test_a_jump_to_nowhere_says_which_scene_was_meant(tmp_path: Path) -> None:
    [d] = [d for d in _check(tmp_path, STORY.replace("jump: together", "jump: togther")) if d.code == "VN170"]
    assert d.hint == "did you mean 'together'?" and (d.loc.line, d.loc.col) == (30, 15) and d.severity.value == "error"


def test_a_flag_read_but_never_set_says_which_flag_was_meant(tmp_path: Path) -> None:
    [d] = [d for d in _check(tmp_path, STORY.replace("if: trusted\n            lines", "if: trustd\n            lines"))
           if d.code == "VN174"]
    assert d.hint == "did you mean 'trusted'?" and "trustd" in d.message


def test_a_scene_nothing_reaches_and_lines_after_a_jump_are_warned_of(tmp_path: Path) -> None:
    text = STORY.replace('      - "Nobody answers."\n', '      - "Nobody answers."\n      - jump: end\n'
                         '      - "Never."\n')
    found = {(d.code, d.message) for d in _check(tmp_path, text)}
    assert ("VN175", "this is never reached: it comes after 'jump: end'") in found
    assert not any(code == "VN173" for code, _ in found)  # 'alone' and 'together' are jumped to
    text = text.replace("            jump: alone\n", "")
    assert ("VN173", "scene 'alone' is never reached") in {(d.code, d.message) for d in _check(tmp_path, text)}


def test_the_bundled_chapter_has_no_flow_warnings() -> None:
    from game.check import check_story

    assert not [d for d in check_story(with_assets=False).diagnostics if "VN170" <= d.code <= "VN179"]
