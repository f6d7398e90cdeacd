"""The stage with layered characters: facing (told, towards the centre, towards the one spoken to),
speaker emphasis (the others dimmed, a setting), poses standing on their stage point, and event
illustrations in place of the stage (graded in a memory)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.render.stage import StageRenderer, memory_frame
from game.story.program import Actor, Stage
from tests.layered import assets_with_layered


@pytest.fixture(autouse=True, scope="module")
def _display():
    pygame.init()
    if pygame.display.get_surface() is None:
        pygame.display.set_mode((1, 1))


@pytest.fixture
def renderer(tmp_path: Path) -> StageRenderer:
    return StageRenderer(None, assets_with_layered(tmp_path))


def actor(who: str, position: str, facing: str | None = None, pose: str = "standing") -> Actor:
    return Actor(who, "tester", "neutral", position, pose=pose, facing=facing)


def stage(*actors: Actor, event: str | None = None, memory: bool = False) -> Stage:
    return Stage("s", "memorial", "noon", memory, None, actors, event)


def test_characters_face_the_centre_unless_told(renderer: StageRenderer) -> None:
    left, right, told = actor("a", "far-left"), actor("b", "right"), actor("c", "left", "left")
    s = stage(left, right, told)
    assert [renderer.facing(s, a) for a in s.actors] == ["right", "left", "left"]
    assert [renderer.mirrored(s, a) for a in s.actors] == [True, False, False]  # the art is drawn facing left


def test_the_speaker_faces_the_one_spoken_to(renderer: StageRenderer) -> None:
    middle = actor("a", "centre")
    s = stage(middle, actor("b", "left"), actor("c", "far-right"))
    assert renderer.facing(s, middle, "a") == "left"  # left is 240 px away, far-right 440
    s = stage(middle, actor("b", "far-left"), actor("c", "right"))
    assert renderer.facing(s, middle, "a") == "right"
    assert renderer.facing(s, middle, None) == "left"  # at the centre, not speaking: towards the others' middle (540)
    alone = stage(middle)
    assert renderer.facing(alone, middle, "a") == "left"  # the art's own way when nothing decides


def test_the_others_dim_while_one_speaks(renderer: StageRenderer) -> None:
    s = stage(actor("a", "left"), actor("b", "right"))
    plain, a_speaks = renderer.compose(s), renderer.compose(s, "a")
    assert renderer.dimmed(s, s.actors[1], "a") and not renderer.dimmed(s, s.actors[0], "a")
    b_body = _figure_pixel(renderer, s, s.actors[1])
    a_body = _figure_pixel(renderer, s, s.actors[0])
    assert sum(a_speaks.get_at(b_body)[:3]) < sum(plain.get_at(b_body)[:3]) - 30
    assert a_speaks.get_at(a_body) == plain.get_at(a_body)
    assert renderer.compose(s, "nobody-on-stage") is plain
    renderer.emphasis = False
    assert not renderer.dimmed(s, s.actors[1], "a")
    assert renderer.compose(s, "a").get_at(b_body) == plain.get_at(b_body)


def _figure_pixel(renderer: StageRenderer, s: Stage, who: Actor) -> tuple[int, int]:
    image, (x, y) = renderer.actor_image(s, who)  # type: ignore[misc]
    box = image.get_bounding_rect()
    return x + box.centerx, y + box.bottom - 6  # the body, below the face


def test_poses_stand_on_their_stage_point(renderer: StageRenderer) -> None:
    s = stage(actor("a", "centre", pose="lying-couch-book"))
    placed = renderer.actor_image(s, s.actors[0])
    assert placed is not None
    image, (x, y) = placed
    figure = renderer.sprites.compose("tester", "lying-couch-book", "neutral")
    assert figure is not None and figure.canvas == (40, 15)  # the pose's canvas at scale 0.5
    foot = figure.canvas_foot
    assert foot == (20, 15) and (x + figure.foot[0], y + figure.foot[1]) == (640, 700)  # foot [40, 30] at scale 0.5


def test_event_illustration_replaces_the_stage(renderer: StageRenderer, tmp_path: Path) -> None:
    events = tmp_path / "assets" / "events"
    events.mkdir()
    picture = pygame.Surface((2560, 1440))
    picture.fill((200, 60, 120))
    picture.fill((20, 160, 60), (0, 0, 1280, 1440))
    pygame.image.save(picture, str(events / "hug.png"))
    shown = renderer.compose(stage(actor("a", "left"), event="hug"))
    assert shown.get_size() == (1280, 720)
    assert tuple(shown.get_at((300, 360)))[:3] == (20, 160, 60) and tuple(shown.get_at((1000, 360)))[:3] == (200, 60, 120)
    remembered = renderer.compose(stage(actor("a", "left"), event="hug", memory=True))
    graded = memory_frame(shown)
    assert remembered.get_at((1000, 360)) == graded.get_at((1000, 360)) != shown.get_at((1000, 360))
    missing = renderer.compose(stage(event="no-such-picture"))
    assert missing.get_size() == (1280, 720) and tuple(missing.get_at((640, 360)))[:3] == (0, 0, 0)


def test_a_close_up_draws_from_the_full_art(renderer: StageRenderer) -> None:
    s = stage(actor("a", "centre"))
    normal = renderer.actor_image(s, s.actors[0])
    close = renderer.actor_image(s, s.actors[0], scale=1.0)
    assert normal is not None and close is not None
    figure = renderer.sprites.compose("tester", "standing", "neutral", scale=1.0)
    assert figure is not None and close[0].get_size() == figure.image.get_size() and figure.canvas == (40, 60)
    assert normal[0].get_width() * 2 == close[0].get_width()  # the art at twice the normal size
    assert (close[1][0] + figure.foot[0], close[1][1] + figure.foot[1]) == (640, 700)  # on its stage point


def test_lines_in_one_framing_share_its_background(renderer: StageRenderer, monkeypatch: pytest.MonkeyPatch) -> None:
    from game.render import camera as camera_module
    from game.story.camera import Camera

    close = Camera("close", "a")
    calm = Stage("s", "memorial", "noon", False, None, (actor("a", "centre"),), camera=close)
    sad = replace(calm, actors=(Actor("a", "tester", "sad", "centre"),))
    drawn: list[object] = []
    real = camera_module._blit_scaled_part
    monkeypatch.setattr(camera_module, "_blit_scaled_part", lambda *a: (drawn.append(a[1]), real(*a))[1])
    first, second = renderer.compose(calm), renderer.compose(sad)
    lit = renderer.lit_for(calm)[0]
    assert [p for p in drawn if p is lit] == [lit]  # the place was scaled and blurred for the first line only
    assert len(renderer.views) == 1 and first is not second
    fresh = StageRenderer(None, renderer.assets_root)
    again = fresh.compose(sad)
    assert pygame.image.tobytes(again, "RGB") == pygame.image.tobytes(second, "RGB")  # the kept view changes nothing
    wide = renderer.compose(replace(calm, camera=Camera()))
    assert wide.get_size() == (1280, 720) and len(renderer.views) == 1  # a wide shot is the lit place as it is
