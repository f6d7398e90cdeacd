"""Ren'Py-style controls: rollback and roll forward, skip, auto, hide, screenshot, menu, history,
the quick menu, a gamepad, and mouse positions through the letterbox."""

from __future__ import annotations

import pygame

from game.ui import quickmenu
from tests.app.conftest import click, key, keyup, next_line, run, start_game, wheel


def _to_night(app):
    start_game(app)
    for _ in range(3):
        next_line(app)
    assert app.view().time == "night"


def test_rollback_restores_the_whole_stage_and_roll_forward_returns(make_app):
    app = make_app()
    _to_night(app)
    next_line(app)
    assert app.view().memory and app.view().place == "office"
    app.step([wheel(1)], 16)
    v = app.view()
    assert (v.scene, v.place, v.time, v.memory) == ("one", "memorial", "night", False)
    assert {a[0] for a in v.actors} == {"kakashi", "sakura"}
    app.step([key(pygame.K_PAGEUP), key(pygame.K_PAGEUP)], 16)
    v = app.view()
    assert v.kind == "think" and v.time == "dawn" and [a[0] for a in v.actors] == ["kakashi"]
    assert v.revealed == len(v.text) and app.presenter.picture is app.renderer.compose(app.presenter.beat.stage)
    app.step([wheel(-1)], 16)
    assert app.view().speaker == "Sakura"
    app.step([key(pygame.K_PAGEDOWN), key(pygame.K_PAGEDOWN)], 16)
    assert app.view().memory and app.view().scene == "two"


def test_ctrl_held_skips_seen_lines_only(make_app):
    app = make_app()
    _to_night(app)
    app.step([wheel(1), wheel(1), wheel(1)], 16)  # back to the first line; the rest are seen
    app.step([key(pygame.K_LCTRL)], 16)
    assert app.view().skip
    run(app, 400)
    v = app.view()
    assert v.text == "Night now." and v.skip  # stopped before the unseen memory scene
    app.step([keyup(pygame.K_LCTRL)], 16)
    assert not app.view().skip


def test_tab_toggles_skip_and_the_setting_allows_unseen(make_app):
    app = make_app()
    start_game(app)
    app.step([key(pygame.K_TAB)], 16)
    run(app, 200)
    assert app.view().text == "Mist lies on the stone." and not app.view().skip  # nothing seen: it stops
    assert app.view().notice
    app.session.settings.skip_unseen = True
    app.step([key(pygame.K_TAB)], 16)
    run(app, 600)
    assert app.view().screen == "end"


def test_auto_forward_after_the_delay(make_app):
    app = make_app()
    start_game(app)
    app.session.settings.auto_delay = 0.5
    app.step([key(pygame.K_a)], 16)
    assert app.view().auto and app.busy
    run(app, 600 + 25 * 30 + 100)
    assert app.view().kind == "think"
    app.step([key(pygame.K_a)], 16)
    assert not app.view().auto


def test_hide_interface_and_click_brings_it_back(make_app):
    app = make_app()
    start_game(app)
    line = app.view().line_id
    app.step([key(pygame.K_h)], 16)
    assert app.view().ui_hidden
    app.step([click()], 16)
    assert not app.view().ui_hidden and app.view().line_id == line
    app.step([click((640, 300), button=2)], 16)
    assert app.view().ui_hidden


def test_screenshot_is_written_to_the_user_folder(make_app, home):
    app = make_app()
    start_game(app)
    app.step([key(pygame.K_s)], 16)
    shots = list((home / "screenshots").glob("*.png"))
    assert len(shots) == 1 and pygame.image.load(str(shots[0])).get_size() == (1280, 720)
    assert "Screenshot" in app.view().notice


def test_escape_and_right_click_open_the_menu(make_app):
    app = make_app()
    start_game(app)
    app.step([key(pygame.K_ESCAPE)], 16)
    assert app.view().screen == "menu"
    app.step([key(pygame.K_ESCAPE)], 16)
    assert app.view().screen == "game"
    app.step([click(button=3)], 16)
    assert app.view().screen == "menu"
    app.step([click(button=3)], 16)
    assert app.view().screen == "game"


def test_history_opens_with_l_and_lists_past_lines(make_app):
    app = make_app()
    start_game(app)
    next_line(app)
    app.step([key(pygame.K_l)], 16)
    assert app.view().screen == "history"
    entries = app.ui.history_entries()
    assert [e.name for e in entries] == [None, "Kakashi"] and entries[1].kind == "think"
    app.step([key(pygame.K_l)], 16)
    assert app.view().screen == "game"


def _quick(app, label):
    button = next(b for b in quickmenu.buttons(False, False, True) if b.label == label)
    app.step([click(button.rect.center)], 16)


def test_quick_menu_buttons(make_app):
    app = make_app()
    start_game(app)
    next_line(app)
    line = app.view().line_id
    _quick(app, "Back")
    assert app.view().line_id != line
    _quick(app, "History")
    assert app.view().screen == "history"
    app.step([key(pygame.K_ESCAPE)], 16)
    _quick(app, "Auto")
    assert app.view().auto
    _quick(app, "Auto")
    _quick(app, "Skip")
    assert app.view().skip
    _quick(app, "Skip")
    for label, screen in (("Save", "save"), ("Load", "load"), ("Settings", "settings")):
        _quick(app, label)
        assert app.view().screen == screen
        app.step([key(pygame.K_ESCAPE)], 16)
        assert app.view().screen == "game"


def test_gamepad_buttons(make_app):
    app = make_app()
    start_game(app)
    pad = lambda b: pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=b, instance_id=0)  # noqa: E731
    app.finish_animations()
    app.step([pad(pygame.CONTROLLER_BUTTON_A)], 16)
    assert app.view().kind == "think"
    app.step([pad(pygame.CONTROLLER_BUTTON_LEFTSHOULDER)], 16)
    assert app.view().kind == "narrate"
    app.step([pad(pygame.CONTROLLER_BUTTON_RIGHTSHOULDER)], 16)
    assert app.view().kind == "think"
    app.step([pad(pygame.CONTROLLER_BUTTON_B)], 16)
    assert app.view().screen == "menu"


def test_idle_step_does_not_redraw(make_app):
    app = make_app()
    start_game(app)
    app.finish_animations()
    app.step([], 16)
    assert not app.busy
    assert app.step([], 16) is False
    assert app.step([pygame.event.Event(pygame.MOUSEMOTION, pos=(5, 5), rel=(0, 0), buttons=(0, 0, 0))], 16) is False
    assert app.step([key(pygame.K_SPACE)], 16) is True


def test_letterbox_maps_window_positions_to_the_logical_frame(make_app):
    app = make_app(size=(1920, 1200))  # 16:10: bars of 60 px above and below a 1920x1080 picture
    assert app.display.viewport.rect == pygame.Rect(0, 60, 1920, 1080)
    assert app.display.to_logical((960, 600)) == (640, 360)
    assert app.display.to_logical((0, 0)) == (0, 0)
    start = next(b for b in app.ui.buttons() if b.action == "start").rect
    window = (int(start.centerx * 1.5), int(start.centery * 1.5 + 60))
    app.step([click(window)], 16)
    assert app.view().screen == "content-note"


def test_fullscreen_keys_toggle_and_persist(make_app, home):
    app = make_app()
    app.step([key(pygame.K_F11)], 16)
    assert app.display.fullscreen and app.session.settings.fullscreen
    app.step([key(pygame.K_RETURN, pygame.KMOD_LALT)], 16)
    assert not app.display.fullscreen
    app.step([key(pygame.K_f)], 16)
    again = make_app()
    assert again.display.fullscreen and again.session.settings.fullscreen


def test_no_audio_device_is_silent_not_fatal(make_app, monkeypatch):
    def broken(*args, **kw):
        raise pygame.error("No available audio device")

    monkeypatch.setattr(pygame.mixer, "get_init", lambda: None)
    monkeypatch.setattr(pygame.mixer, "init", broken)
    app = make_app()
    assert not app.audio.ok
    start_game(app)
    for _ in range(5):
        next_line(app)
    assert app.view().screen in ("game", "end")


def test_menus_work_with_keys_or_a_gamepad_alone(make_app):
    app = make_app()
    pad = lambda b: pygame.event.Event(pygame.CONTROLLERBUTTONDOWN, button=b, instance_id=0)  # noqa: E731
    app.step([pad(pygame.CONTROLLER_BUTTON_A)], 16)
    assert app.view().screen == "title" and app.ui.top.focus == 0  # the first press shows the focus on Start
    app.step([pad(pygame.CONTROLLER_BUTTON_A)], 16)
    assert app.view().screen == "content-note"
    app.step([key(pygame.K_RETURN)], 16)  # the content note's first Enter continues
    assert app.view().screen == "title-card"
    app.step([pad(pygame.CONTROLLER_BUTTON_A)], 16)
    assert app.view().screen == "game"
    app.step([pad(pygame.CONTROLLER_BUTTON_B)], 16)
    assert app.view().screen == "menu"
    app.step([pad(pygame.CONTROLLER_BUTTON_DPAD_DOWN), pad(pygame.CONTROLLER_BUTTON_DPAD_DOWN),
              pad(pygame.CONTROLLER_BUTTON_DPAD_DOWN), pad(pygame.CONTROLLER_BUTTON_DPAD_DOWN),
              pad(pygame.CONTROLLER_BUTTON_A)], 16)
    assert app.view().screen == "history"
    app.step([pad(pygame.CONTROLLER_BUTTON_B), pad(pygame.CONTROLLER_BUTTON_B)], 16)
    assert app.view().screen == "game"
