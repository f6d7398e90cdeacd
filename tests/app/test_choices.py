"""A story's menus in the player: the options over the stage, picked by click or keys, rollback across them,
the history naming the option taken, skip and auto stopping at them, and a save made at one."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.check import check_story
from game.replay.pilot import Pilot
from tests.conftest import ROOT

EXAMPLE = ROOT / "docs" / "examples" / "branching"


@pytest.fixture
def pilot(tmp_path: Path):  # type: ignore[no-untyped-def]
    result = check_story(EXAMPLE, ROOT / "assets")
    assert result.ok, [d.format() for d in result.diagnostics]
    p = Pilot(result, home=tmp_path / "home")
    yield p
    p.close()


def _to_first_menu(pilot: Pilot) -> None:
    pilot.start("dawn")
    for _ in range(10):
        if pilot.view.choices:
            return
        pilot.advance()
    raise AssertionError("the first menu was not reached")


def test_a_menu_shows_its_options_over_the_line_before_it(pilot: Pilot) -> None:
    _to_first_menu(pilot)
    view = pilot.view
    assert view.screen == "game" and view.choices == ["Turn around", "Keep looking at the stone"]
    assert view.text == "Footsteps on the gravel behind him."  # the line under the menu stays
    options = [b for b in pilot.buttons() if b.style == "choice"]
    assert [b.label for b in options] == view.choices and all(b.rect.bottom <= 456 for b in options)
    before = pygame.image.tobytes(pilot.app.frame, "RGB")
    pilot.press("space")  # a key at a menu does not read on: it shows the focus
    assert pilot.view.choices == view.choices and pilot.app.ui.top.focus == 0
    assert pygame.image.tobytes(pilot.app.frame, "RGB") != before  # the lit option is drawn
    pilot.click((640, 680 - 200))  # beside the options: nothing happens
    assert pilot.view.choices == view.choices


def test_an_option_is_taken_by_click_and_by_keys_and_the_history_names_it(pilot: Pilot) -> None:
    _to_first_menu(pilot)
    pilot.click_button("Turn around")
    assert pilot.finish().choices == [] and pilot.view.text == "You're here early, sensei."
    while not pilot.view.choices:
        pilot.advance()
    assert pilot.view.choices == ['"Stay."', '"I was just leaving."', "Say her name"]  # `if: greeted` holds
    pilot.press("down")
    pilot.press("down")
    pilot.press("down")  # the focus moves down the options: the third
    pilot.press("return")
    assert pilot.finish().text == "Sakura."
    pilot.app.ui.action("open:history")
    texts = [e.text for e in pilot.app.ui.history_entries()]
    assert "\u203a Turn around" in texts and texts[-2:] == ["\u203a Say her name", "Sakura."]


def test_a_hidden_option_is_not_offered_and_rollback_crosses_a_menu(pilot: Pilot) -> None:
    _to_first_menu(pilot)
    pilot.click_button("Keep looking at the stone")
    while not pilot.view.choices:
        pilot.advance()
    assert "Say her name" not in pilot.view.choices  # greeted is false
    pilot.back()
    for _ in range(10):
        if pilot.view.choices:
            break
        pilot.back()
    assert pilot.view.choices == ["Turn around", "Keep looking at the stone"]  # rolled back to the menu
    taken = [b for b in pilot.buttons() if b.style == "choice" and b.selected]
    assert [b.label for b in taken] == ["Keep looking at the stone"]  # the option taken before is marked
    pilot.back()
    assert pilot.view.choices == [] and pilot.view.text == "Footsteps on the gravel behind him."  # the line before
    pilot.forward()
    assert pilot.view.choices == ["Turn around", "Keep looking at the stone"]  # and forward to the menu again
    pilot.click_button("Turn around")  # another option this time
    assert pilot.finish().choices == [] and pilot.view.speaker == "Sakura"


def test_skip_and_auto_stop_at_a_menu(pilot: Pilot) -> None:
    pilot.app.session.settings.skip_unseen = True
    pilot.start("dawn")
    pilot.press("tab")  # skip on (toggle)
    pilot.wait(3000)
    assert pilot.view.choices and not pilot.view.skip
    assert pilot.view.notice == "Skipping stopped at a choice."
    pilot.press("a")  # auto on: it does not pick for the player
    pilot.wait(20_000)
    assert pilot.view.choices == ["Turn around", "Keep looking at the stone"] and pilot.view.auto


def test_a_game_saved_at_a_menu_loads_at_that_menu(pilot: Pilot) -> None:
    _to_first_menu(pilot)
    pilot.app.ui.action("open:save")
    pilot.app.ui.action("save:3")
    pilot.press("escape")
    pilot.click_button("Turn around")
    pilot.app.ui.action("open:load")
    pilot.app.ui.action("load:3")
    pilot.app.ui.action("confirm:yes")
    assert pilot.finish().choices == ["Turn around", "Keep looking at the stone"]
