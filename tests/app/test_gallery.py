"""The Gallery: illustrations seen in play unlock (kept in the persistent data file), the others show
as locked; reachable from the title screen; an unlocked one opens full-frame."""

from __future__ import annotations

import json
from pathlib import Path

import pygame
import pytest

from game.check import check_story
from game.persistent import load_persistent, save_persistent
from game.replay.pilot import Pilot
from tests.layered import assets_with_layered

STORY = """title: T
cast:
  kakashi: {name: Kakashi, sprite: tester}
places:
  park: {map: maps/memorial.tmx}
scenes:
  - scene: s1
    place: park
    time: noon
    lines:
      - show: kakashi
      - "One."
      - event: hug
      - "Two."
      - event: none
      - "Three."
  - scene: s2
    place: park
    time: dawn
    lines:
      - event: names-at-dawn
      - "Four."
"""
HUG = (30, 120, 200)


@pytest.fixture
def result(tmp_path: Path):  # type: ignore[no-untyped-def]
    assets = assets_with_layered(tmp_path)
    (assets / "events").mkdir()
    for name, colour in (("hug", HUG), ("names-at-dawn", (200, 150, 60))):
        picture = pygame.Surface((2560, 1440))
        picture.fill(colour)
        pygame.image.save(picture, str(assets / "events" / f"{name}.png"))
    (assets / "events" / "events.yaml").write_text("hug: {title: The hug on the couch}\n", encoding="utf-8")
    (tmp_path / "story.yaml").write_text(STORY, encoding="utf-8")
    checked = check_story(tmp_path / "story.yaml", assets)
    assert checked.ok, [d.format() for d in checked.diagnostics]
    return checked


def test_seen_illustrations_unlock_and_persist(result, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    home = tmp_path / "home"
    pilot = Pilot(result, home=home)
    try:
        assert pilot.app.ui.illustrations()[0].unlocked is False
        pilot.start("s1")
        pilot.advance()
        assert pilot.view.event == "hug"
        pilot.advance()
    finally:
        pilot.close()  # quitting writes the persistent data
    data = json.loads((home / "persistent.json").read_text(encoding="utf-8"))
    assert data["events"] == ["hug"]

    again = Pilot(result, home=home)
    try:
        entries = again.app.ui.illustrations()
        assert [(e.name, e.title, e.unlocked) for e in entries] == [
            ("hug", "The hug on the couch", True), ("names-at-dawn", "Names at dawn", False)]
        assert again.view.screen == "title"
        again.click_button("Gallery")
        assert again.view.screen == "gallery"
        again.finish()
        pygame.image.save(again.app.frame, str(tmp_path / "gallery.png"))  # looked at while writing this test
        labels = {b.label: b for b in again.buttons()}
        assert labels["The hug on the couch"].enabled and not labels["Locked"].enabled
        again.click_button("The hug on the couch")
        assert again.view.screen == "illustration"
        again.finish()
        assert tuple(again.app.frame.get_at((640, 360)))[:3] == HUG
        again.press("escape")
        assert again.view.screen == "gallery"
    finally:
        again.close()


def test_the_gallery_is_off_while_the_story_has_no_illustrations(tmp_path: Path) -> None:
    (tmp_path / "story").mkdir()
    story = STORY.replace("      - event: hug\n", "").replace("      - event: none\n", "")
    story = story.replace("      - event: names-at-dawn\n", "")
    (tmp_path / "story" / "story.yaml").write_text(story, encoding="utf-8")
    plain = check_story(tmp_path / "story", assets_with_layered(tmp_path))
    assert plain.ok, [d.format() for d in plain.diagnostics]
    pilot = Pilot(plain, home=tmp_path / "home")
    try:
        assert pilot.app.ui.illustrations() == []
        assert not {b.label: b for b in pilot.buttons()}["Gallery"].enabled
    finally:
        pilot.close()


def test_the_bundled_chapter_opens_its_gallery(pilot: Pilot) -> None:
    assert pilot.app.ui.illustrations()  # the staged chapter shows its illustrations
    assert {b.label: b for b in pilot.buttons()}["Gallery"].enabled


def test_an_older_persistent_file_has_no_illustrations(tmp_path: Path) -> None:
    path = tmp_path / "persistent.json"
    path.write_text(json.dumps({"version": 1, "seen": ["a"], "reached": ["s1"]}), encoding="utf-8")
    persistent, notice = load_persistent(path)
    assert notice is None and persistent.events == set() and persistent.seen == {"a"}
    persistent.events.add("hug")
    save_persistent(path, persistent)
    assert load_persistent(path)[0].events == {"hug"}
    path.write_text(json.dumps({"version": 1, "seen": [], "reached": [], "events": [3]}), encoding="utf-8")
    assert load_persistent(path)[1] is not None  # damaged: a notice, and a fresh start
