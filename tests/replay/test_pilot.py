"""The pilot drives the real app headless: the README's example, and the player's controls end to end."""

from __future__ import annotations

from game.replay.pilot import Pilot


def test_rollback_restores_the_memory_tint(pilot: Pilot) -> None:  # the README's example
    pilot.start("first-request")
    pilot.advance(3)
    pilot.back()
    assert pilot.view.memory and pilot.view.scene == "first-request"


def test_rollback_across_a_scene_change_restores_the_whole_stage(pilot: Pilot) -> None:
    pilot.start("memorial-remembering")
    last = pilot.result.story.scene("memorial-remembering").lines[-1].id
    view = pilot.advance_until(last)
    assert not view.memory and view.place == "memorial"
    view = pilot.advance()
    assert view.scene == "three-weeks" and view.memory and view.place == "training-ground"
    view = pilot.wheel(1)
    view = pilot.finish()
    assert view.line_id == last and not view.memory and view.time == "dawn"  # three-weeks is "morning"
    assert [a[0] for a in view.actors] == ["sakura"]
    view = pilot.wheel(-1)
    assert pilot.finish().scene == "three-weeks"


def test_typewriter_runs_on_the_injected_clock(pilot: Pilot) -> None:
    pilot.start("memorial-dawn")
    pilot.advance()
    pilot.press("space")  # the next line starts revealing
    pilot.wait(600)  # past the fade, into the reveal
    partial = pilot.view.revealed
    assert 0 < partial < len(pilot.view.text or "")
    pilot.click()  # a click completes the line
    assert pilot.app.presenter.page_done and pilot.view.revealed > partial


def test_save_and_load_through_the_menus(pilot: Pilot) -> None:
    pilot.start("hokage-news")
    pilot.advance(3)
    saved = pilot.view.line_id
    pilot.click_button("Save")
    assert pilot.view.screen == "save"
    pilot.click_button("1")
    assert pilot.view.screen == "save"
    pilot.press("escape")
    pilot.advance(5)
    assert pilot.view.line_id != saved
    pilot.press("escape")
    assert pilot.view.screen == "menu"
    pilot.click_button("Load")
    assert pilot.view.screen == "load"
    pilot.click_button("1")
    pilot.click_button("Yes")  # loading while playing asks first
    assert pilot.finish().line_id == saved and pilot.view.screen == "game"


def test_history_and_menu_keys(pilot: Pilot) -> None:
    pilot.start("memorial-dawn")
    pilot.advance(2)
    assert pilot.press("l").screen == "history"
    assert pilot.press("escape").screen == "game"
    assert pilot.click(button=3).screen == "menu"
    assert pilot.press("escape").screen == "game"


def test_letterboxed_window_maps_clicks_to_the_frame(pilot: Pilot) -> None:
    pilot.start("memorial-dawn")
    pilot.resize((1920, 1440))  # a 4:3 window: bars above and below the 16:9 frame
    assert pilot.app.display.to_logical((960, 720)) == (640, 360)
    assert pilot.app.display.to_logical((0, 0)) == (0, 0)  # clamped into the frame
    before = pilot.finish().line_id
    pilot.click((960, 720))
    assert pilot.finish().line_id != before


def test_warp_to_a_line_starts_there_with_its_stage(pilot: Pilot) -> None:
    """`vn play --scene ID --line ID` goes through App.start_at: the stage is that line's, exactly."""
    story = pilot.result.story
    target = next(line for line in story.scene("kakashi-door").lines if line.kind == "page")
    view = pilot.start("kakashi-door", target.id)
    assert view.screen == "game" and view.line_id == target.id and view.kind == "page"
    assert view.memory and view.time == "night" and view.place == "kakashi-apartment"
    beat = pilot.result.program.beats[pilot.result.program.index_of(target.id)]
    assert view.actors == [(a.who, a.sprite, a.expression, a.position) for a in beat.stage.actors]
    short = pilot.start("kakashi-door", target.id.split("/", 1)[1])  # the id without its scene also works
    assert short.line_id == target.id


def test_an_instant_app_draws_each_line_once_and_finished(_user_home) -> None:  # type: ignore[no-untyped-def]
    """`vn replay`'s mode: the same loop and drawing, every reveal and transition complete in one step."""
    import pygame

    fast, slow = Pilot(home=_user_home / "fast", instant=True), Pilot(home=_user_home / "slow")
    try:
        fast.start("first-request")
        slow.start("first-request")
        for _ in range(4):
            before = fast.app.display.presented
            view = fast.press("space")
            assert fast.app.display.presented == before + 1  # one composed frame for the line
            assert view.transition is None and fast.app.presenter.page_done and not fast.app.busy
            assert slow.advance() == view
            assert pygame.image.tobytes(fast.app.frame, "RGB") == pygame.image.tobytes(slow.app.frame, "RGB")
    finally:
        fast.close()
        slow.close()


def test_a_redrawn_line_is_the_same_picture_and_the_save_thumbnail_is_the_game(pilot: Pilot) -> None:
    """The kept textbox strip and the lazily kept game thumbnail change no pixel."""
    import pygame

    pilot.start("first-request")
    pilot.advance(2)
    pilot.click((5, 5))  # a hover change, then back: the strip is drawn again, then kept
    pilot.finish()
    drawn = pygame.image.tobytes(pilot.app.frame, "RGB")
    pilot.app.game._strip = None  # draw the same line from scratch
    pilot.app.invalidate()
    pilot.tick(0)
    assert pygame.image.tobytes(pilot.app.frame, "RGB") == drawn
    pilot.app.invalidate()
    pilot.tick(0)  # and from the kept strip
    assert pygame.image.tobytes(pilot.app.frame, "RGB") == drawn
    pilot.press("escape")  # the menu draws over the frame
    assert pilot.view.screen == "menu"
    thumb = pygame.transform.smoothscale(pygame.image.frombytes(drawn, (1280, 720), "RGB"), (320, 180))
    assert pygame.image.tobytes(pilot.app.game_thumb, "RGB") == pygame.image.tobytes(thumb, "RGB")


def _save_a_game(pilot: Pilot) -> None:
    pilot.start("hokage-news")
    pilot.advance(2)
    pilot.click_button("Save")
    pilot.click_button("1")
    pilot.press("escape")


def test_a_pilot_on_its_own_throwaway_home_saves_without_fsync(monkeypatch, tmp_path) -> None:
    """A replay's home is deleted when it ends: its saves and records are written atomically, never fsynced
    (each fsync cost a replay about 7 ms, 29 of them in the chapter's); a home the caller gives is durable."""
    from game import fsutil

    synced: list[int] = []
    real = fsutil.os.fsync
    monkeypatch.setattr(fsutil.os, "fsync", lambda fd: (synced.append(fd), real(fd)))
    own = Pilot()
    try:
        _save_a_game(own)
        assert (own.home / "saves" / "slot-1.json").is_file() and synced == []
    finally:
        own.close()
    given = Pilot(home=tmp_path)
    try:
        _save_a_game(given)
        assert (tmp_path / "saves" / "slot-1.json").is_file() and synced
    finally:
        given.close()
