"""Saving and loading through the app: slots, quick save, autosaves, damaged files, an edited script."""

from __future__ import annotations

import json

import pygame

from game.saves import SaveStore
from game.ui import saveload, settings_screen
from tests.app.conftest import click, key, next_line, start_game


def _slot_button(app, action):
    return next(b for b in app.ui.buttons() if b.action == action)


def test_save_to_a_slot_and_load_it_back(make_app, home):
    app = make_app()
    start_game(app)
    next_line(app)
    saved_line = app.view().line_id
    app.step([key(pygame.K_ESCAPE)], 16)
    app.step([click(_slot_button(app, "open:save").rect.center)], 16)
    assert app.view().screen == "save"
    app.step([click(_slot_button(app, "save:4").rect.center)], 16)
    info = {i.slot: i for i in SaveStore(home / "saves").slots()}["4"]
    assert info.meta.line_id == saved_line and info.meta.scene_title == "Scene one"
    assert info.meta.thumbnail_png.startswith(b"\x89PNG") and "survive" in info.meta.line_text
    app.step([key(pygame.K_ESCAPE), key(pygame.K_ESCAPE)], 16)
    next_line(app)
    assert app.view().line_id != saved_line
    app.ui.action("open:load")
    app.step([click(_slot_button(app, "load:4").rect.center)], 16)
    assert app.view().screen == "load"  # loading while playing asks first
    app.step([click(_slot_button(app, "confirm:yes").rect.center)], 16)
    assert app.view().screen == "game" and app.view().line_id == saved_line
    assert app.ui.slot_thumbs()["4"].get_size() == saveload.THUMB


def test_quick_save_and_quick_load(make_app):
    app = make_app()
    start_game(app)
    app.step([key(pygame.K_F5)], 16)
    line = app.view().line_id
    next_line(app)
    next_line(app)
    app.step([key(pygame.K_F9)], 16)
    assert app.view().line_id == line


def test_autosave_at_scene_start_and_on_quit(make_app, home):
    app = make_app()
    start_game(app)
    store = SaveStore(home / "saves")
    assert store.read("auto")[1].scene_id == "one"
    next_line(app)
    app.step([pygame.event.Event(pygame.QUIT)], 16)
    assert not app.running
    assert store.read("auto")[1].line_id == app.view().line_id
    again = make_app()
    assert again.session.saves.latest() == "auto"
    again.ui.action("continue")
    assert again.view().line_id == app.view().line_id and again.view().screen == "game"


def test_damaged_save_is_shown_as_damaged(make_app, home):
    app = make_app()
    (home / "saves").mkdir(parents=True, exist_ok=True)
    (home / "saves" / "slot-2.json").write_text("{not json", encoding="utf-8")
    app.ui.action("open:load")
    infos = {i.slot: i for i in app.ui.slots()}
    assert infos["2"].damaged and infos["2"].meta is None
    assert not _slot_button(app, "load:2").enabled
    app.step([], 16)  # draws the damaged card without raising


def test_save_whose_line_vanished_resumes_at_scene_start_with_a_notice(make_app, home):
    app = make_app()
    start_game(app)
    next_line(app)
    next_line(app)
    app.session.save("5", None)
    path = home / "saves" / "slot-5.json"
    data = json.loads(path.read_text(encoding="utf-8"))
    data["state"]["position"] = "one/edited-away"
    data["state"].pop("anchor")  # nothing else to find it by (tests/story/test_repeated_lines.py has the anchor)
    path.write_text(json.dumps(data), encoding="utf-8")
    fresh = make_app()
    fresh.ui.action("load:5")
    v = fresh.view()
    assert v.screen == "game" and v.text == "Mist lies on the stone."
    assert "start of the scene" in v.notice


def test_damaged_settings_fall_back_to_defaults_with_a_notice(make_app, home):
    (home / "settings.json").write_text("{oops", encoding="utf-8")
    app = make_app()
    assert app.view().notice and "damaged" in app.view().notice
    assert app.session.settings.text_speed == 40
    app.step([], 16)


def test_settings_screen_changes_and_persists(make_app, home):
    app = make_app()
    app.ui.action("open:settings")
    plus = _slot_button(app, "set:text_speed:+")
    app.step([click(plus.rect.center)], 16)
    assert app.session.settings.text_speed == 50
    bar = settings_screen.bar_rect("text_size")
    app.step([click((bar.right - 1, bar.centery))], 16)
    assert app.session.settings.text_size == 40 and app.presenter.text_size == 40
    app.step([click(_slot_button(app, "toggle:skip_unseen").rect.center)], 16)
    saved = json.loads((home / "settings.json").read_text(encoding="utf-8"))["settings"]
    assert saved["text_speed"] == 50 and saved["text_size"] == 40 and saved["skip_unseen"] is True
    app.step([key(pygame.K_ESCAPE)], 16)
    assert app.view().screen == "title"


def test_scenes_gallery_lists_reached_scenes_and_plays_one(make_app):
    app = make_app()
    app.start_at("two")
    app.ui.action("to_title")
    app.ui.action("confirm:yes")  # leaving a game under way asks first
    app.ui.action("open:scenes")
    actions = [b.action for b in app.ui.buttons()]
    assert "scene:two" in actions and "scene:one" not in actions
    app.step([click(_slot_button(app, "scene:two").rect.center)], 16)
    assert app.view().scene == "two" and app.view().screen == "game"


def test_overwriting_a_save_asks_for_a_second_click(make_app, home):
    app = make_app()
    start_game(app)
    app.ui.action("open:save")
    app.ui.action("save:2")
    first = SaveStore(home / "saves").read("2")[1].line_id
    app.step([key(pygame.K_ESCAPE)], 16)
    next_line(app)
    app.ui.action("open:save")
    app.ui.action("save:2")
    assert SaveStore(home / "saves").read("2")[1].line_id == first and "again" in app.view().notice
    app.ui.action("save:2")
    assert SaveStore(home / "saves").read("2")[1].line_id == app.view().line_id != first
