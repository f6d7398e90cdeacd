"""Which transition a line gets, and the presenter's typewriter and pause timing."""

from __future__ import annotations

from dataclasses import replace

import pygame

from game.presenter import choose_transition
from game.story.model import Direction
from tests.app.conftest import key, next_line, run, start_game


def _beats(result):
    return {b.line.id: b for b in result.program.beats}, result.program.beats


def test_default_transitions(small_result):
    _, beats = _beats(small_result)
    first, thought, hello, night, memory = beats[:5]
    assert choose_transition(None, first) == "fade"
    assert choose_transition(first, thought) == "cut"
    assert choose_transition(thought, hello) == "dissolve"  # someone appears
    assert choose_transition(hello, night) == "dissolve"  # the time changes
    assert choose_transition(night, memory) == "memory"  # into a memory
    assert choose_transition(memory, night) == "memory"  # and out of it


def test_cues_override_except_at_a_memory_boundary(small_result):
    _, beats = _beats(small_result)
    first, thought, _, night, memory = beats[:5]
    fade = replace(thought, cues=(Direction("transition", value="fade"),))
    assert choose_transition(first, fade) == "fade"
    assert choose_transition(night, replace(memory, cues=(Direction("transition", value="dissolve"),))) == "memory"
    assert choose_transition(night, replace(memory, cues=(Direction("transition", value="cut"),))) == "cut"


def test_seen_lines_from_an_earlier_playthrough_can_be_skipped(make_app):
    app = make_app()
    app.session.settings.skip_unseen = True
    start_game(app)
    app.step([key(pygame.K_TAB)], 16)
    run(app, 800, frame=50)
    assert app.view().screen == "end"
    app.session.settings.skip_unseen = False
    app.step([key(pygame.K_RETURN)], 16)  # end card -> title
    start_game(app)
    app.step([key(pygame.K_TAB)], 16)
    run(app, 800, frame=50)
    assert app.view().screen == "end"


def test_music_follows_the_stage(make_app):
    app = make_app()
    start_game(app)
    assert app.audio.music == "morning"
    for _ in range(4):
        next_line(app)
    assert app.view().scene == "two" and app.audio.music is None
