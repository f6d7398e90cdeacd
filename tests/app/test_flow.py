"""Title, content note, title card, the story, the end card: the player's path through the app."""

from __future__ import annotations

import pygame

from tests.app.conftest import click, key, next_line, run, start_game


def test_start_shows_content_note_then_title_card_then_first_line(make_app):
    app = make_app()
    assert app.view().screen == "title"
    start_game(app)
    v = app.view()
    assert (v.screen, v.scene, v.kind, v.text) == ("game", "one", "narrate", "Mist lies on the stone.")
    assert v.place == "memorial" and v.time == "dawn" and not v.memory
    assert v.actors == [("kakashi", "kakashi", "sad", "centre")]
    assert app.session.persistent.content_note_read


def test_advance_by_click_space_and_enter(make_app):
    app = make_app()
    start_game(app)
    for event in (click(), key(pygame.K_SPACE), key(pygame.K_RETURN)):
        before = app.view().line_id
        app.finish_animations()
        app.step([event], 16)
        assert app.view().line_id != before
    assert (app.view().speaker, app.view().text, app.view().time) == ("Kakashi", "Night now.", "night")


def test_typewriter_reveals_with_time_and_a_click_completes_it(make_app):
    app = make_app()
    start_game(app)
    app.session.settings.text_speed = 20
    app.step([key(pygame.K_SPACE)], 16)  # the thought: typewriter starts
    assert app.view().kind == "think" and app.view().revealed == 0
    run(app, 208)
    assert 2 <= app.view().revealed <= 5
    app.step([click()], 16)
    v = app.view()
    assert v.revealed == len(v.text) and v.kind == "think"
    app.step([click()], 16)
    assert app.view().speaker == "Sakura"


def test_speaker_thought_and_page_views(make_app):
    app = make_app()
    start_game(app)
    next_line(app)
    assert app.view().kind == "think" and app.view().speaker == "Kakashi"
    for _ in range(3):
        next_line(app)
    v = app.view()
    assert v.scene == "two" and v.memory and v.kind == "narrate"
    next_line(app)
    assert app.view().kind == "page"


def test_scene_start_fades_and_entering_memory_uses_the_memory_transition(make_app):
    app = make_app()
    start_game(app)
    next_line(app)  # the thought
    app.finish_animations()
    app.step([key(pygame.K_SPACE)], 16)
    assert app.view().transition == "dissolve"  # sakura appears
    next_line(app)  # night falls
    app.finish_animations()
    app.step([key(pygame.K_SPACE)], 16)
    assert app.view().transition == "memory" and app.view().memory
    run(app, 2000, frame=100)
    assert app.view().transition is None


def test_end_card_then_back_to_title(make_app):
    app = make_app()
    app.start_at("two")
    for _ in range(4):
        next_line(app)
    assert app.view().screen == "end"
    app.step([click()], 16)
    assert app.view().screen == "title"


def test_start_at_scene_and_line(make_app):
    app = make_app()
    app.start_at("one", "hello")
    assert app.view().line_id == "one/hello" and app.view().screen == "game"


def test_bundled_story_plays_its_first_lines():
    from game.app import App
    from game.check import check_story

    result = check_story()
    assert result.ok
    app = App(result, clock=lambda: 0.0)
    start_game(app)
    for _ in range(5):
        next_line(app)
    assert app.view().screen == "game" and app.view().text


def test_a_move_slides_the_character_across(make_app):
    app = make_app()
    app.start_at("two")
    for _ in range(2):
        next_line(app)
    assert app.view().actors == [("sakura", "sakura-21", "smile", "left")]
    app.step([key(pygame.K_SPACE)], 16)
    assert app.view().transition == "move" and app.view().actors[0][3] == "right"
    first = app.presenter.stage_frame().copy()
    run(app, 272, frame=136)
    middle = app.presenter.stage_frame()
    assert middle.get_at((640, 400)) != first.get_at((640, 400)) or middle.get_at((520, 400)) != first.get_at((520, 400))
    run(app, 400, frame=100)
    assert app.view().transition is None
