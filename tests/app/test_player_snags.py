"""Player rough edges, through the pilot (issue 14, players 11-16): the content note's first Enter, Load
with no saves, questions before quitting or loading over a game, the F9 notice, keyboard focus in
Settings, and the Help and About screens."""

from __future__ import annotations

import pygame

from game.replay.pilot import Pilot


def _button(pilot: Pilot, label: str):  # type: ignore[no-untyped-def]
    return next(b for b in pilot.buttons() if b.label == label)


def test_the_content_notes_first_enter_continues(pilot: Pilot) -> None:
    pilot.click_button("Start")
    assert pilot.view.screen == "content-note"
    pilot.press("return")
    assert pilot.view.screen == "title-card"


def test_load_on_the_title_is_disabled_until_there_is_a_save(pilot: Pilot) -> None:
    assert not _button(pilot, "Load").enabled and not _button(pilot, "Continue").enabled
    pilot.click(_button(pilot, "Load").rect.center)
    assert pilot.view.screen == "title"  # no empty grid
    pilot.start()
    pilot.press("f5")
    pilot.press("escape")
    pilot.click_button("Title screen")
    pilot.click_button("Yes")
    assert pilot.view.screen == "title" and _button(pilot, "Load").enabled


def test_quit_and_title_screen_ask_first(pilot: Pilot) -> None:
    pilot.click_button("Quit")
    assert pilot.app.running and [b.label for b in pilot.buttons()] == ["Yes", "No"]
    pilot.click_button("No")
    assert pilot.app.running and pilot.view.screen == "title"
    pilot.start()
    line = pilot.view.line_id
    pilot.press("escape")
    pilot.click_button("Title screen")
    assert pilot.view.screen == "menu"  # not yet
    pilot.press("escape")  # Esc answers no
    assert pilot.view.screen == "menu" and [b.label for b in pilot.buttons()][0] == "Return"
    pilot.click_button("Return")
    assert pilot.view.screen == "game" and pilot.view.line_id == line
    pilot.press("escape")
    pilot.click_button("Quit")
    assert pilot.app.running
    pilot.click_button("Yes")
    assert not pilot.app.running


def test_quick_load_says_so_and_replaces_the_quick_saved_notice(pilot: Pilot) -> None:
    pilot.start()
    pilot.press("f5")
    assert pilot.view.notice == "Quick saved."
    saved = pilot.view.line_id
    pilot.advance(2)
    pilot.press("f5")
    pilot.press("f9")
    assert pilot.view.notice == "Quick loaded."
    pilot.press("f9")  # a second quick load, with the first notice still up
    assert pilot.view.notice == "Quick loaded." and pilot.view.line_id != saved


def _changed(a: pygame.Surface, b: pygame.Surface) -> int:
    pa, pb = pygame.image.tobytes(a, "RGB"), pygame.image.tobytes(b, "RGB")
    return sum(1 for i in range(0, len(pa), 3) if pa[i:i + 3] != pb[i:i + 3])


def test_keyboard_focus_in_settings_is_as_plain_as_on_the_title(pilot: Pilot) -> None:
    pilot.wait(1000)  # the title has faded in
    before = pilot.app.frame.copy()
    pilot.press("down")
    title_change = _changed(before, pilot.app.frame)
    pilot.press("up")
    pilot.click_button("Settings")
    pilot.wait(50)
    before = pilot.app.frame.copy()
    for _ in range(3):  # the first slider, then a switch
        pilot.press("down")
        change = _changed(before, pilot.app.frame)
        assert change >= title_change, (change, title_change)
        before = pilot.app.frame.copy()


def test_help_and_about_open_from_the_title_and_the_game_menu(pilot: Pilot) -> None:
    for opener in ("title", "menu"):
        if opener == "menu":
            pilot.start()
            pilot.press("escape")
        for label, screen in (("Help", "help"), ("About", "about")):
            pilot.click_button(label)
            assert pilot.view.screen == screen
            pilot.press("escape")
            assert pilot.view.screen == ("title" if opener == "title" else "menu")
    from game.ui import info

    assert info.version() and any("Open Font License" in line for line in info.LICENCES)
