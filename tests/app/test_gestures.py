"""`gesture:` end to end: the grammar and its located diagnostics, the figure moving over time in a wide shot
and a close-up (and only that figure), ending on the line's own still picture; a click, Reduce motion and an
instant replay skip it; the trace names it."""

from __future__ import annotations

import json

import pygame
import pytest

from game.check import check_story
from game.presenter import speaker
from game.render import gestures
from game.replay.pilot import Pilot
from game.story.format import GESTURES

STORY = """
title: Gesture test
cast:
  sakura: {name: Sakura, sprite: sakura-13}
  kakashi: {name: Kakashi, sprite: kakashi}
places:
  tree: {map: maps/training-ground.tmx}
scenes:
  - scene: one
    place: tree
    time: afternoon
    memory: {memory}
    lines:
      - show: sakura at left
      - show: kakashi at right
      - kakashi: "Ready?"
        id: ready
      - gesture: sakura nod
      - sakura: "Yes."
        id: nods
      - camera: close kakashi
      - gesture: kakashi shake-head
      - kakashi: "No."
        id: nope
      - kakashi: "Still."
        id: still
"""


@pytest.fixture(params=["false", "true"], ids=["present", "memory"])
def result(tmp_path, request):
    (tmp_path / "story.yaml").write_text(STORY.replace("{memory}", request.param), encoding="utf-8")
    checked = check_story(tmp_path)
    assert checked.ok, [d.format() for d in checked.diagnostics]
    return checked


def test_every_gesture_the_script_may_name_is_drawn_and_ends_where_it_began():
    assert set(gestures.DURATION_MS) == set(GESTURES)
    for motion in GESTURES:
        duration = gestures.DURATION_MS[motion]
        path = [gestures.offset(motion, ms, 600) for ms in range(0, duration + 1, 10)]
        assert path[0] == (0, 0) and gestures.offset(motion, duration, 600) == (0, 0)
        assert any(p != (0, 0) for p in path), motion  # it moves
        assert all(abs(dx) <= 30 and abs(dy) <= 30 for dx, dy in path), motion  # a small motion, not a leap


def test_gestures_are_cues_with_the_next_line(result):
    beats = {b.line.id.split("/")[1]: b for b in result.program.beats}
    assert [(c.who, c.value) for c in beats["nods"].cues if c.verb == "gesture"] == [("sakura", "nod")]
    assert not [c for c in beats["still"].cues if c.verb == "gesture"]
    assert beats["nods"].stage == beats["ready"].stage  # the stage itself is unchanged


BAD = [
    ("gesture: sakura nodd", "VN115", "did you mean 'nod'"),
    ("gesture: sakrua nod", "VN120", "did you mean 'sakura'"),
    ("gesture: sakura", "VN127", "gesture: NAME MOTION"),
    ("gesture: sakura nod twice", "VN127", "gesture: NAME MOTION"),
]


@pytest.mark.parametrize("line,code,words", BAD)
def test_bad_gestures_are_located_errors_with_a_hint(tmp_path, line, code, words):
    text = STORY.replace("{memory}", "false").replace("      - gesture: sakura nod\n", f"      - {line}\n")
    (tmp_path / "story.yaml").write_text(text, encoding="utf-8")
    checked = check_story(tmp_path)
    found = [d for d in checked.diagnostics if d.code == code]
    assert len(found) == 1 and not checked.ok
    assert found[0].loc.line == text.splitlines().index(f"      - {line}") + 1
    assert words in found[0].format()


@pytest.mark.parametrize("before,words", [("hide: sakura", "'sakura' makes a gesture (nod) but is not on stage"),
                                           ("event: back-to-back", "illustration 'back-to-back' hides the stage"),
                                           ("camera: push in", "on a line the camera moves on (push)")],
                         ids=["off-stage", "under-an-illustration", "in-a-camera-move"])
def test_a_gesture_no_one_would_see_is_a_located_warning(tmp_path, before, words):
    text = STORY.replace("{memory}", "false").replace("      - gesture: sakura nod\n",
                                                      f"      - {before}\n      - gesture: sakura nod\n")
    (tmp_path / "story.yaml").write_text(text, encoding="utf-8")
    checked = check_story(tmp_path)
    line = text.splitlines().index("      - gesture: sakura nod") + 1
    assert checked.ok and any(d.code == "VN133" and d.loc.line == line and words in d.message
                              for d in checked.diagnostics)


def _composed(pilot):  # type: ignore[no-untyped-def]
    beat = pilot.app.session.runner.current
    return pilot.app.renderer.compose(beat.stage, speaker(beat))


def _frames(pilot, ms: int, every: int = 40) -> list[pygame.Surface]:  # type: ignore[no-untyped-def]
    out = []
    for _ in range(ms // every):
        pilot.wait(every)
        out.append(pilot.app.presenter.stage_frame().copy())
    return out


def _changed_columns(a: pygame.Surface, b: pygame.Surface) -> tuple[int, int] | None:
    """The leftmost and rightmost columns where two pictures differ (None: the same pixels)."""
    mask = pygame.mask.from_threshold(a, (0, 0, 0), (1, 1, 1, 255), b, 1)  # pixels of `a` like `b`'s
    mask.invert()
    rects = mask.get_bounding_rects()
    if not rects:
        return None
    return min(r.left for r in rects), max(r.right for r in rects)


def _to(pilot, line_id):  # type: ignore[no-untyped-def]
    pilot.start("one")
    pilot.advance_until(line_id)
    pilot.finish()


def _played(pilot, before: str, motion: str):  # type: ignore[no-untyped-def]
    """Press on from the line `before` into a line with `motion`, as a player sees it; the frames drawn until the
    gesture is over, and the line's still picture. Drawn in layers and unmoved, and at the end, it is that picture."""
    _to(pilot, before)
    pilot.press("space")
    presenter = pilot.app.presenter
    assert presenter.gesture is not None and presenter.animating
    still = _composed(pilot)
    layered = presenter.gesture.apart.frame(pygame.Surface(still.get_size()), {})
    assert _changed_columns(layered, still) is None
    frames = _frames(pilot, gestures.DURATION_MS[motion] + 200)
    assert presenter.gesture is None and _changed_columns(presenter.stage_frame(), still) is None
    return frames, still


def test_a_nod_moves_only_the_nodding_figure_and_ends_on_the_still_picture(result, tmp_path):
    pilot = Pilot(result, home=tmp_path / "home")
    try:
        frames, still = _played(pilot, "ready", "nod")  # "Yes.": she nods
        moved = [f for f in frames if _changed_columns(f, still) is not None]
        assert len(moved) >= 4  # visibly in motion for a while
        stage = pilot.app.presenter.beat.stage
        sakura_x = pilot.app.renderer.stage_point(stage, stage.actor("sakura"))[0]
        kakashi_x = pilot.app.renderer.stage_point(stage, stage.actor("kakashi"))[0]
        for frame in moved:  # the changed pixels lie around Sakura, never reach Kakashi
            left, right = _changed_columns(frame, still)  # type: ignore[misc]
            assert left <= sakura_x <= right and right < (sakura_x + kakashi_x) / 2
        assert pilot.view.gestures == ["sakura nod"]
    finally:
        pilot.close()


def test_a_gesture_in_a_close_up_moves_the_framed_figure(result, tmp_path):
    pilot = Pilot(result, home=tmp_path / "home")
    try:
        frames, still = _played(pilot, "nods", "shake-head")  # "No.", in a close-up on Kakashi
        assert sum(_changed_columns(f, still) is not None for f in frames) >= 4
    finally:
        pilot.close()


def test_a_memory_refinishes_only_around_the_moving_figure_with_the_whole_frames_pixels(result, tmp_path):
    """The memory look (glow, grain, vignette) is redone on a part of the frame around the moved figure: every
    frame of a nod in a wide shot and of a head shake in a close-up equals finishing the whole frame again."""
    pilot = Pilot(result, home=tmp_path / "home")
    try:
        for before, motion in (("ready", "nod"), ("nods", "shake-head")):
            _to(pilot, before)
            pilot.press("space")
            gesture = pilot.app.presenter.gesture
            assert gesture is not None
            moved = 0
            for ms in range(0, gestures.DURATION_MS[motion], 30):
                offsets = {who: gestures.offset(motion, ms, image.get_height()) for who, image, _ in gesture.apart.figures}
                moved += any(o != (0, 0) for o in offsets.values())
                quick = gesture.apart.frame(pygame.Surface((1280, 720)), offsets)
                whole = gesture.apart.frame(pygame.Surface((1280, 720)), offsets, whole=True)
                assert pygame.image.tobytes(quick, "RGB") == pygame.image.tobytes(whole, "RGB"), (motion, ms)
            assert moved >= 5
    finally:
        pilot.close()


def test_a_click_reduce_motion_and_instant_replays_skip_the_gesture(result, tmp_path):
    pilot = Pilot(result, home=tmp_path / "a")
    try:
        _to(pilot, "ready")
        pilot.press("space")
        assert pilot.app.presenter.gesture is not None
        pilot.app.finish_animations()
        assert pilot.app.presenter.gesture is None
    finally:
        pilot.close()
    calm = Pilot(result, home=tmp_path / "b")
    try:
        calm.app.session.settings.reduce_motion = True
        calm.app.apply_settings()
        _to(calm, "ready")
        calm.press("space")
        assert calm.app.presenter.gesture is None and calm.view.gestures == ["sakura nod"]
    finally:
        calm.close()
    fast = Pilot(result, home=tmp_path / "c", instant=True)
    try:
        fast.start("one")
        assert fast.advance_until("nods").gestures == ["sakura nod"] and fast.app.presenter.gesture is None
    finally:
        fast.close()


def test_the_trace_and_the_contact_sheet_name_each_lines_gestures(result, tmp_path, capsys, monkeypatch):
    from game import cli
    from game.replay import sheet

    captions: list[str] = []
    drawn = sheet.contact_sheet
    monkeypatch.setattr(sheet, "contact_sheet",
                        lambda frames, title, path: (captions.extend(c for c, _ in frames), drawn(frames, title, path))[1])
    trace = tmp_path / "trace.jsonl"
    shots = tmp_path / "shots"
    assert cli.main(["replay", str(tmp_path / "story.yaml"), "--trace", str(trace), "--shots", str(shots), "--sheet"]) == 0
    records = {r["line"].split("/")[1]: r for r in map(json.loads, trace.read_text(encoding="utf-8").splitlines())}
    assert records["nods"]["gestures"] == ["sakura nod"] and records["nope"]["gestures"] == ["kakashi shake-head"]
    assert "one/nods · sakura nod" in captions and "one/ready" in captions and (shots / "sheet-one.png").is_file()
    assert records["ready"]["gestures"] == [] and records["still"]["gestures"] == []
