"""Camera directions end to end: the grammar and its diagnostics, the framing each line is seen through,
rollback, load, the trace, Reduce motion, instant replays, and close-ups drawn from the full-resolution art."""

from __future__ import annotations

import json

import pygame
import pytest

from game.check import check_story
from game.replay.pilot import Pilot
from game.story.camera import Camera
from tests.app.conftest import key, next_line, start_game

STORY = """
title: Camera test
cast:
  sakura: {name: Sakura, sprite: sakura-13}
  kakashi: {name: Kakashi, sprite: kakashi}
places:
  tree: {map: maps/training-ground.tmx}
  stone: {map: maps/memorial.tmx}
scenes:
  - scene: one
    place: tree
    time: afternoon
    memory: true
    lines:
      - show: sakura at left
      - show: kakashi at right
      - kakashi: "Wide."
        id: wide
      - camera: medium
      - kakashi: "Medium."
        id: medium
      - camera: close sakura
      - sakura: "Close."
        id: close
      - camera: push in slow
      - sakura: "Pushed."
        id: pushed
      - camera: pan right fast
      - kakashi: "Panned."
        id: panned
      - hide: sakura
      - camera: close kakashi
      - kakashi: "Him."
        id: him
      - hide: kakashi
      - kakashi: "Nobody."
        id: nobody
      - place: stone
      - kakashi: "Elsewhere."
        id: elsewhere
  - scene: two
    place: stone
    time: morning
    lines:
      - kakashi: "A new scene starts wide."
        id: two
"""


@pytest.fixture
def result(tmp_path):
    (tmp_path / "story.yaml").write_text(STORY, encoding="utf-8")
    checked = check_story(tmp_path)
    assert checked.ok, [d.format() for d in checked.diagnostics]
    return checked


def _cameras(result):
    return {b.line.id.split("/")[1]: b.stage.camera for b in result.program.beats}


def test_each_direction_leaves_its_framing_and_resets_where_it_should(result):
    cams = _cameras(result)
    assert cams["wide"] == Camera()
    assert cams["medium"] == Camera("medium")
    assert cams["close"] == Camera("close", "sakura")
    assert cams["pushed"] == Camera("close", "sakura", True)
    assert cams["panned"] == Camera("pan-right")
    assert cams["him"] == Camera("close", "kakashi")
    assert cams["nobody"] == Camera()  # the one the camera was on left
    assert cams["elsewhere"] == Camera()  # a new place is seen whole
    assert cams["two"] == Camera()  # every scene starts wide
    moves = {b.line.id.split("/")[1]: [c.value for c in b.cues if c.verb == "camera"] for b in result.program.beats}
    assert moves["pushed"] == ["push"] and moves["panned"] == ["pan"] and moves["close"] == []


BAD = [
    ("camera: clse sakura", "VN129", "did you mean 'close'?"),
    ("camera: close", "VN129", "camera: close NAME"),
    ("camera: close sakra", "VN120", "did you mean 'sakura'?"),
    ("camera: pan up", "VN129", "left or right"),
    ("camera: pan rihgt", "VN129", "did you mean 'right'?"),
    ("camera: pan left slwo", "VN129", "did you mean 'slow'?"),
    ("camera: push", "VN129", "push in"),
    ("camera: wide please", "VN129", "takes no more words"),
]


@pytest.mark.parametrize("line,code,words", BAD)
def test_bad_camera_directions_are_located_errors_with_a_hint(tmp_path, line, code, words):
    text = STORY.replace("      - camera: medium\n", f"      - {line}\n")
    (tmp_path / "story.yaml").write_text(text, encoding="utf-8")
    checked = check_story(tmp_path)
    found = [d for d in checked.diagnostics if d.code == code]
    assert len(found) == 1 and not checked.ok
    d = found[0]
    assert d.loc.line == text.splitlines().index(f"      - {line}") + 1 and d.loc.col == 17
    assert words in d.format()


def test_a_close_up_on_someone_off_stage_is_a_warning(tmp_path):
    text = STORY.replace("      - camera: medium\n", "      - hide: kakashi\n      - camera: close kakashi\n")
    (tmp_path / "story.yaml").write_text(text, encoding="utf-8")
    checked = check_story(tmp_path)
    line = text.splitlines().index("      - camera: close kakashi") + 1
    assert checked.ok and any(d.code == "VN133" and d.loc.line == line and "camera is on 'kakashi'" in d.message
                              for d in checked.diagnostics)


def _pilot(result, home, **kw):
    return Pilot(result, home=home, **kw)


def test_rollback_and_load_restore_the_framing(result, tmp_path):
    pilot = _pilot(result, tmp_path / "home")
    try:
        pilot.start("one")
        pilot.advance_until("close")
        close_picture = _composed(pilot).copy()
        assert pilot.view.camera == "close sakura"
        pilot.press("f5")  # quick save here
        pilot.advance(2)
        assert pilot.view.camera == "pan-right"
        pilot.back()
        pilot.back()
        assert pilot.view.line_id == "one/close" and pilot.view.camera == "close sakura"
        assert pilot.app.presenter.picture.get_at((640, 300)) == close_picture.get_at((640, 300))
        pilot.advance_until("elsewhere")
        assert pilot.view.camera == "wide"
        pilot.press("f9")
        view = pilot.finish()
        assert view.line_id == "one/close" and view.camera == "close sakura"
    finally:
        pilot.close()


def test_the_trace_has_a_camera_field_and_replays_are_instant(result, tmp_path, capsys):
    from game import cli

    trace = tmp_path / "trace.jsonl"
    assert cli.main(["replay", str(tmp_path / "story.yaml"), "--trace", str(trace)]) == 0
    records = [json.loads(line) for line in trace.read_text(encoding="utf-8").splitlines()]
    assert [r["camera"] for r in records] == ["wide", "medium", "close sakura", "close sakura pushed", "pan-right",
                                              "close kakashi", "wide", "wide", "wide"]
    assert "2 scenes" in capsys.readouterr().out
    pilot = _pilot(result, tmp_path / "home", instant=True)
    try:
        pilot.start("one")
        view = pilot.advance_until("panned")
        assert view.camera == "pan-right" and pilot.app.presenter.move is None  # no move in an instant replay
    finally:
        pilot.close()


def _composed(pilot):  # type: ignore[no-untyped-def]
    """The picture of the line on screen, as the renderer composes it (for the line's speaker)."""
    from game.presenter import speaker

    beat = pilot.app.session.runner.current
    return pilot.app.renderer.compose(beat.stage, speaker(beat))


def _show_pan(result, home, reduce_motion):
    pilot = _pilot(result, home)
    pilot.app.session.settings.reduce_motion = reduce_motion
    pilot.app.apply_settings()
    pilot.start("one")
    pilot.advance_until("pushed")
    pilot.finish()
    pilot.press("space")  # to the pan, played as a player sees it
    return pilot


def test_a_pan_moves_over_time_and_reduce_motion_makes_it_a_cut(result, tmp_path):
    pilot = _show_pan(result, tmp_path / "a", reduce_motion=False)
    try:
        move = pilot.app.presenter.move
        assert move is not None and move.duration_ms == 2000  # 'fast'
        assert move.start[0] < move.end[0]  # from the left side to the right
        frames = []
        for _ in range(4):
            pilot.wait(500)
            frames.append(pygame.image.tobytes(pilot.app.presenter.stage_frame(), "RGB"))
        assert len(set(frames)) >= 3  # the picture moved
        pilot.wait(200)
        assert pilot.app.presenter.move is None
        final = pilot.app.presenter.picture
        assert final is _composed(pilot)
    finally:
        pilot.close()
    still = _show_pan(result, tmp_path / "b", reduce_motion=True)
    try:
        assert still.app.presenter.move is None
        assert still.app.presenter.picture is _composed(still)
    finally:
        still.close()


def test_a_click_during_a_move_finishes_it(result, tmp_path):
    pilot = _show_pan(result, tmp_path, reduce_motion=False)
    try:
        assert pilot.app.presenter.move is not None
        pilot.app.finish_animations()
        assert pilot.app.presenter.move is None
    finally:
        pilot.close()


def test_reduce_motion_is_a_persisted_setting_on_the_settings_screen(make_app, home):
    app = make_app()
    app.ui.action("open:settings")
    switch = next(b for b in app.ui.buttons() if b.action == "toggle:reduce_motion")
    assert switch.label == "Reduce motion"
    app.step([pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=switch.rect.center, button=1)], 16)
    saved = json.loads((home / "settings.json").read_text(encoding="utf-8"))["settings"]
    assert saved["reduce_motion"] is True and app.presenter.reduce_motion
    again = make_app()
    assert again.session.settings.reduce_motion and again.presenter.reduce_motion
    start_game(again)
    next_line(again)
    again.step([key(pygame.K_ESCAPE)], 16)


def test_a_close_up_is_drawn_from_the_full_resolution_art(result, tmp_path):
    pilot = _pilot(result, tmp_path)
    try:
        renderer = pilot.app.renderer
        stage = result.program.beats[result.program.by_id["one/close"]].stage
        actor = stage.actor("sakura")
        found = renderer.sprites.sprite_set(actor.sprite)
        assert found is not None and found.scale == 0.5  # art drawn at 2x, shown at half size in a wide shot
        art = renderer.sprites.compose(actor.sprite, actor.pose, actor.expression, actor.extras, 1.0).full()
        normal = renderer.sprites.compose(actor.sprite, actor.pose, actor.expression, actor.extras).full()
        big, _foot = renderer.actor_at_scale(stage, actor, 2.0)
        shown = renderer.sprites.compose(actor.sprite, actor.pose, actor.expression, actor.extras, 1.0,
                                         renderer.mirrored(stage, actor), renderer.tone(stage))
        assert shown is not None and big.get_size() == shown.image.get_size()  # what the close-up drew
        assert shown.canvas == art.get_size() == (2 * normal.get_width(), 2 * normal.get_height())
        upscaled = pygame.transform.smoothscale(normal, art.get_size())
        assert _hard_edges(art) > 1.5 * _hard_edges(upscaled)  # crisp lines, not doubled soft pixels
        assert _hard_edges(shown.full()) > 1.5 * _hard_edges(upscaled)  # and still, lit and toned for the memory
    finally:
        pilot.close()


def _hard_edges(picture: pygame.Surface) -> int:
    """How many horizontal neighbours over the face differ by more than 60 in green (crisp line edges)."""
    face = picture.subsurface((330, 300, 300, 300)).copy()
    raw = pygame.image.tobytes(face, "RGB")
    row = 300 * 3
    count = 0
    for y in range(0, 300, 2):
        line = raw[y * row:(y + 1) * row]
        count += sum(1 for i in range(1, row - 3, 3) if abs(line[i] - line[i + 3]) > 60)
    return count


def test_every_framing_of_the_chapter_keeps_its_subjects_faces_in_view() -> None:
    """A medium or close shot never cuts a subject's face at the frame's side or puts it under the textbox
    (the textbox starts at 72% of the frame's height): checked on every line of the bundled chapter."""
    from game import paths
    from game.render.camera import view_rect
    from game.render.stage import StageRenderer

    pygame.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))
    checked = check_story()
    renderer = StageRenderer(checked.story, paths.assets_dir())
    framed = 0
    for beat in checked.program.beats:  # type: ignore[union-attr]
        stage, camera = beat.stage, beat.stage.camera
        if camera.shot not in ("medium", "close") or stage.event:
            continue
        x, y, w, h = view_rect(renderer, stage)
        for actor in stage.actors:
            if camera.who not in (None, actor.who):
                continue
            face = renderer.face_point(stage, actor)
            if face is None:
                continue
            framed += 1
            assert x + 0.1 * w <= face[0] <= x + 0.9 * w, (beat.line.id, actor.who, "cut at the side")
            assert y <= face[1] <= y + 0.66 * h, (beat.line.id, actor.who, "under the textbox or above the frame")
    assert framed > 100
