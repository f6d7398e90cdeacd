"""Poses, facing, extras and event illustrations through the real app (the pilot): rollback, save and
load, skipping; and the speaker emphasis setting (persisted, in the view the trace is written from)."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.check import check_story
from game.render import lighting
from game.replay.pilot import Pilot
from tests.layered import assets_with_layered

STORY = """title: T
cast:
  kakashi: {name: Kakashi, sprite: tester}
  sakura: {name: Sakura, sprite: sakura-21}
places:
  park: {map: maps/memorial.tmx}
scenes:
  - scene: s1
    place: park
    time: noon
    lines:
      - show: kakashi sitting-couch sad at left
      - show: sakura at right
      - sakura: "One."
      - show: kakashi lying-couch-book facing left +tears
      - kakashi: "Two."
      - event: hug
      - "Three."
      - event: none
      - show: kakashi standing -tears
      - "Four."
      - "Five, never seen before the skip: skipping stops at Four."
"""


@pytest.fixture
def pilot(tmp_path: Path):  # type: ignore[no-untyped-def]
    assets = assets_with_layered(tmp_path)
    (assets / "events").mkdir()
    picture = pygame.Surface((2560, 1440))
    picture.fill((30, 120, 200))
    pygame.image.save(picture, str(assets / "events" / "hug.png"))
    (tmp_path / "story.yaml").write_text(STORY, encoding="utf-8")
    result = check_story(tmp_path / "story.yaml", assets)
    assert result.ok, [d.format() for d in result.diagnostics]
    driver = Pilot(result, home=tmp_path / "home")
    yield driver
    driver.close()


def kakashi(pilot: Pilot) -> tuple[object, ...]:
    view = pilot.view
    [(looks, actor)] = [(lk, a) for lk, a in zip(view.looks, view.actors) if a[0] == "kakashi"]
    return looks["pose"], looks["facing"], tuple(looks["extras"]), actor[2], view.event  # type: ignore[arg-type]


ONE = ("sitting-couch", "right", (), "sad", None)  # at left: faces the centre, so mirrored art looks right
TWO = ("lying-couch-book", "left", ("tears",), "sad", None)
THREE = ("lying-couch-book", "left", ("tears",), "sad", "hug")
FOUR = ("standing", "left", (), "sad", None)


def test_looks_and_event_follow_the_lines_and_roll_back(pilot: Pilot) -> None:
    pilot.start("s1")
    seen = [kakashi(pilot)]
    for _ in range(3):
        pilot.advance()
        seen.append(kakashi(pilot))
    assert seen == [ONE, TWO, THREE, FOUR]
    for expected in (THREE, TWO, ONE):
        pilot.back()
        assert kakashi(pilot) == expected
    pilot.forward()
    pilot.forward()
    assert kakashi(pilot) == THREE
    painted = pygame.Surface((1280, 720))
    painted.fill((30, 120, 200))
    lit = lighting.apply_grade(painted, "noon").get_at((640, 200))  # lit for the scene's time, as the place is
    assert pilot.app.frame.get_at((640, 200)) == lit  # the illustration fills the frame


def test_looks_and_event_survive_save_and_load(pilot: Pilot, tmp_path: Path) -> None:
    pilot.start("s1")
    pilot.advance(2)
    assert kakashi(pilot) == THREE
    pilot.app.session.save("1", None)
    pilot.advance()
    assert kakashi(pilot) == FOUR
    again = Pilot(pilot.result, home=tmp_path / "home")
    try:
        again.app.session.load("1")
        again.app.show(again.app.session.runner.current, "load")
        again.finish()
        assert kakashi(again) == THREE
    finally:
        again.close()


def test_skipping_lands_on_the_same_stage(pilot: Pilot) -> None:
    pilot.start("s1")
    pilot.advance(3)
    pilot.back()
    pilot.back()
    pilot.back()
    pilot.key_down("left ctrl")
    for _ in range(40):
        pilot.tick()
    pilot.key_up("left ctrl")
    view = pilot.finish()
    assert view.screen == "game" and view.text == "Four." and kakashi(pilot) == FOUR


def test_speaker_emphasis_dims_the_listener_and_is_a_saved_setting(pilot: Pilot, tmp_path: Path) -> None:
    pilot.start("s1")
    view = pilot.view
    assert view.emphasis and [lk["dimmed"] for lk in view.looks] == [True, False]  # Sakura speaks
    pilot.advance()
    assert [lk["dimmed"] for lk in pilot.view.looks] == [False, True]  # Kakashi speaks
    pilot.press("escape")
    pilot.click_button("Settings")
    pilot.click_button("Speaker emphasis")
    settings = json.loads((tmp_path / "home" / "settings.json").read_text(encoding="utf-8"))
    assert settings["settings"]["speaker_emphasis"] is False
    pilot.press("escape")
    pilot.press("escape")
    view = pilot.finish()
    assert view.screen == "game" and not view.emphasis and [lk["dimmed"] for lk in view.looks] == [False, False]


def test_live_reload_keeps_the_line_and_redraws_pose_and_event(tmp_path: Path) -> None:
    from game.script_watcher import POLL_SECONDS
    from tests.app.test_live_reload import save

    assets = assets_with_layered(tmp_path)
    (assets / "events").mkdir()
    pygame.image.save(pygame.Surface((256, 144)), str(assets / "events" / "hug.png"))
    story = tmp_path / "story.yaml"
    story.write_text(STORY, encoding="utf-8")
    result = check_story(story, assets)
    driver = Pilot(result, home=tmp_path / "home", live_reload=True)
    try:
        driver.start("s1")
        driver.advance(2)
        assert kakashi(driver) == THREE
        save(story, STORY.replace("show: kakashi lying-couch-book facing left +tears", "show: kakashi sitting-couch smile"))
        driver.wait(int(POLL_SECONDS * 1000) + 50)
        driver.finish()
        assert driver.view.text == "Three." and kakashi(driver) == ("sitting-couch", "right", (), "smile", "hug")  # no facing told: the centre
    finally:
        driver.close()
