"""The stage with layered characters: facing (told, towards the centre, towards the one spoken to),
speaker emphasis (the others dimmed, a setting), poses standing on their stage point, and event
illustrations in place of the stage (graded in a memory)."""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pygame
import pytest

from game.render import lighting
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
    lit = lighting.apply_grade(renderer.event_picture("hug"), "noon")  # lit for the stage's time, as the place is
    assert shown.get_at((300, 360)) == lit.get_at((300, 360)) and shown.get_at((1000, 360)) == lit.get_at((1000, 360))
    assert _near(shown.get_at((300, 360)), (20, 160, 60), 16) and _near(shown.get_at((1000, 360)), (200, 60, 120), 16)  # noon: nearly
    remembered = renderer.compose(stage(actor("a", "left"), event="hug", memory=True))
    graded = memory_frame(shown)
    assert remembered.get_at((1000, 360)) == graded.get_at((1000, 360)) != shown.get_at((1000, 360))
    missing = renderer.compose(stage(event="no-such-picture"))
    assert missing.get_size() == (1280, 720) and _near(missing.get_at((640, 360)), (0, 0, 0), 16)  # black, lit


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


def _near(got: pygame.Color | tuple[int, ...], want: tuple[int, int, int], within: int) -> bool:
    return all(abs(a - b) <= within for a, b in zip(tuple(got)[:3], want))


def _mean(picture: pygame.Surface) -> tuple[float, float, float]:
    small = pygame.transform.smoothscale(picture, (32, 18))
    pixels = [small.get_at((x, y)) for y in range(18) for x in range(32)]
    return tuple(sum(p[i] for p in pixels) / len(pixels) for i in range(3))  # type: ignore[return-value]


@pytest.mark.parametrize("time", ["dusk", "night"])
@pytest.mark.parametrize("memory", [False, True])
def test_an_event_is_lit_for_the_scene_s_time_like_the_stage(renderer: StageRenderer, tmp_path: Path, time: str,
                                                             memory: bool) -> None:
    """An illustration painted in daylight shows the place's light of the scene's time: painted as the place's own
    picture, it comes out as the stage's lit place does, pixel for pixel (and under the memory grade too)."""
    events = tmp_path / "assets" / "events"
    events.mkdir()
    place = renderer.map_for("memorial").back  # the place as painted, before any light
    pygame.image.save(place, str(events / "view.png"))
    s = replace(stage(event="view", memory=memory), time=time)
    shown = renderer.compose(s)
    backdrop = renderer.compose(replace(s, event=None))  # the stage with no one on it
    for x, y in ((40, 40), (640, 200), (1200, 650), (300, 500)):
        assert _near(shown.get_at((x, y)), tuple(backdrop.get_at((x, y)))[:3], 2), (x, y)
    plain = renderer.event_picture("view")
    assert max(abs(a - b) for a, b in zip(_mean(shown), _mean(plain))) > 20  # visibly toned, not the painted colours


def test_an_event_painted_in_its_own_light_is_not_lit_again(renderer: StageRenderer, tmp_path: Path) -> None:
    events = tmp_path / "assets" / "events"
    events.mkdir()
    picture = pygame.Surface((1280, 720))
    picture.fill((60, 64, 110))
    pygame.image.save(picture, str(events / "hug.png"))
    (events / "events.yaml").write_text("hug: {title: The hug, light: night}\n", encoding="utf-8")
    shown = renderer.compose(replace(stage(event="hug"), time="night"))
    assert tuple(shown.get_at((640, 360)))[:3] == (60, 64, 110)


def test_an_event_is_lit_once_for_all_the_lines_it_stays_on(renderer: StageRenderer, tmp_path: Path,
                                                            monkeypatch: pytest.MonkeyPatch) -> None:
    events = tmp_path / "assets" / "events"
    events.mkdir()
    picture = pygame.Surface((1280, 720))
    picture.fill((180, 170, 150))
    pygame.image.save(picture, str(events / "hug.png"))
    calls: list[str] = []
    grade = lighting.apply_grade
    monkeypatch.setattr(lighting, "apply_grade", lambda *a, **k: calls.append(a[1]) or grade(*a, **k))
    first = replace(stage(actor("a", "left"), event="hug", memory=True), time="dusk")
    for line in range(4):  # the lines under one illustration differ in who is on stage and who speaks
        renderer.compose(replace(first, actors=first.actors[:line % 2]), "a" if line % 2 else None)
    assert calls == ["dusk"]
