"""`show:` words in any order (expression, pose, extras, position, facing), kept until changed;
`event:` set and cleared; and the asset check of poses, extras, events and manifests."""

from __future__ import annotations

from pathlib import Path

import pygame
import pytest

from game.check import check_story
from game.story.loader import load_story
from game.story.program import Looks, compile_story
from tests.layered import assets_with_layered

HEAD = """title: T
cast:
  kakashi: {name: Kakashi, sprite: tester}
  sakura: {name: Sakura, sprite: sakura-21}
places:
  park: {map: maps/memorial.tmx}
  room: {map: maps/kakashi-apartment.tmx}
scenes:
  - scene: s1
    place: park
    time: noon
    lines:
"""
POSES = Looks(("standing", "sitting-couch", "lying-couch-book"), "standing")


def lines(*items: str) -> str:
    return HEAD + "".join(f"      - {item}\n" for item in items)


def program(tmp_path: Path, text: str):  # type: ignore[no-untyped-def]
    (tmp_path / "story.yaml").write_text(text, encoding="utf-8")
    story, diagnostics = load_story(tmp_path / "story.yaml")
    assert story is not None, [d.format() for d in diagnostics]
    return compile_story(story, lambda sprite: POSES if sprite == "tester" else Looks())[0]


def test_show_words_in_any_order_and_kept_until_changed(tmp_path: Path) -> None:
    prog = program(tmp_path, lines(
        "show: kakashi facing right sitting-couch +tears sad at left", '"a"',
        "show: kakashi smile", '"b"',
        "kakashi (neutral): \"c\"",
        "move: kakashi to right", '"d"',
        "show: kakashi lying-couch-book -tears +blush facing left", '"e"',
        "show: kakashi standing", '"f"'))
    a, b, c, d, e, f = (beat.stage.actor("kakashi") for beat in prog.beats)
    assert (a.pose, a.expression, a.position, a.facing, a.extras) == ("sitting-couch", "sad", "left", "right", ("tears",))
    assert (b.pose, b.expression, b.position, b.facing, b.extras) == ("sitting-couch", "smile", "left", "right", ("tears",))
    assert (c.pose, c.expression, c.extras) == ("sitting-couch", "neutral", ("tears",))
    assert (d.pose, d.position, d.facing) == ("sitting-couch", "right", "right")
    assert (e.pose, e.expression, e.facing, e.extras) == ("lying-couch-book", "neutral", "left", ("blush",))
    assert (f.pose, f.expression, f.facing) == ("standing", "neutral", "left")


def test_a_new_show_starts_in_the_default_pose_facing_the_centre(tmp_path: Path) -> None:
    prog = program(tmp_path, lines("show: kakashi", "show: sakura sad", '"a"'))
    kakashi, sakura = prog.beats[0].stage.actors
    assert (kakashi.pose, kakashi.expression, kakashi.facing, kakashi.extras) == ("standing", "neutral", None, ())
    assert (sakura.pose, sakura.expression) == ("standing", "sad")


def test_event_until_none_a_new_place_or_the_next_scene(tmp_path: Path) -> None:
    text = lines("event: back-to-back", '"a"', "show: kakashi smile", '"b"', "event: none", '"c"',
                 "event: hug", '"d"', "place: room", '"e"')
    text += "  - scene: s2\n    place: park\n    time: noon\n    lines: [\"f\"]\n"
    prog = program(tmp_path, text)
    assert [beat.stage.event for beat in prog.beats] == ["back-to-back", "back-to-back", None, "hug", None, None]


@pytest.mark.parametrize("item, message", [
    ("show: kakashi facing up", "'up' is not a facing"),
    ("show: kakashi at", "'at' needs a word"),
    ("show: kakashi facing", "'facing' needs a word"),
    ("show: kakashi sad sitting-couch smile", "one expression and one pose"),
    ("show: kakashi Sad", "'Sad' cannot be read"),
    ("event: ../etc", "not an illustration name"),
])
def test_bad_show_and_event_words_are_located(tmp_path: Path, item: str, message: str) -> None:
    (tmp_path / "story.yaml").write_text(lines(item, '"a"'), encoding="utf-8")
    story, diagnostics = load_story(tmp_path / "story.yaml")
    assert story is None
    [found] = diagnostics
    assert message in found.message and (found.loc.line, found.loc.col) == (13, column(item))


def column(item: str) -> int:
    return len("      - ") + item.index(":") + 3  # where the direction's words start


def check(tmp_path: Path, *items: str) -> dict[str, list[str]]:
    assets = assets_with_layered(tmp_path)
    (tmp_path / "story.yaml").write_text(lines(*items, '"x"'), encoding="utf-8")
    result = check_story(tmp_path / "story.yaml", assets)
    out: dict[str, list[str]] = {}
    for d in result.diagnostics:
        assert d.loc.line == 13 and d.loc.col == column(items[0]), d.format()
        out.setdefault(d.code, []).append(d.format())
    return out


def test_check_knows_poses_extras_and_events(tmp_path: Path) -> None:
    assert check(tmp_path, "show: kakashi sad sitting-couch +tears at left facing right") == {}


@pytest.mark.parametrize("item, code, words", [
    ("show: kakashi sad sittin-couch", "VN160", ["no pose 'sittin-couch'", "did you mean 'sitting-couch'?"]),
    ("show: kakashi sittin-couch", "VN123", ["no expression or pose 'sittin-couch'", "did you mean 'sitting-couch'?"]),
    ("show: kakashi smiel", "VN123", ["no expression 'smiel'", "did you mean 'smile'?"]),
    ("show: kakashi +tear", "VN163", ["no extra 'tear'", "did you mean 'tears'?"]),
    ("show: sakura +sparkles", "VN163", ["no extra 'sparkles'", "it has: tears, blush, sweat"]),
    ("event: hugg", "VN161", ["no illustration 'hugg'"]),
])
def test_check_reports_unknown_looks_with_did_you_mean(tmp_path: Path, item: str, code: str, words: list[str]) -> None:
    found = check(tmp_path, item)
    assert list(found) == [code] and len(found[code]) == 1
    assert all(w in found[code][0] for w in words), found[code][0]


def test_check_reports_a_broken_manifest_at_the_cast(tmp_path: Path) -> None:
    assets = assets_with_layered(tmp_path)
    (assets / "sprites" / "tester" / "sprite.yaml").write_text("poses: {standing: {size: [1]}}\n", encoding="utf-8")
    (tmp_path / "story.yaml").write_text(lines('"x"'), encoding="utf-8")
    result = check_story(tmp_path / "story.yaml", assets)
    [bad] = [d for d in result.diagnostics if d.code == "VN164"]
    assert bad.loc.line == 3 and "sprite.yaml" in bad.message and "size" in bad.message


@pytest.mark.parametrize("light, reported", [("midnight", True), ("[dusk]", True), ("night", False), (None, False)])
def test_check_warns_of_an_illustration_light_that_is_no_time_of_day(tmp_path: Path, light: str | None,
                                                                     reported: bool) -> None:
    """A `light:` the renderer cannot use would show the picture unlit in every scene: VN165 at the first 'event:'
    showing it, naming events.yaml and the times there are."""
    assets = assets_with_layered(tmp_path)
    (assets / "events").mkdir()
    pygame.image.save(pygame.Surface((64, 36)), str(assets / "events" / "glow.png"))
    entry = "{title: Glow}" if light is None else f"{{title: Glow, light: {light}}}"
    (assets / "events" / "events.yaml").write_text(f"glow: {entry}\n", encoding="utf-8")
    (tmp_path / "story.yaml").write_text(lines("event: glow", '"x"', "event: none", "event: glow", '"y"'),
                                         encoding="utf-8")
    found = [d for d in check_story(tmp_path / "story.yaml", assets).diagnostics if d.code == "VN165"]
    if not reported:
        assert found == []
        return
    [bad] = found  # once, at the first line that shows it
    assert (bad.loc.line, bad.loc.col) == (13, column("event: glow"))
    assert "'glow'" in bad.message and "events.yaml" in bad.message and "no time of day" in bad.message
    assert bad.severity.name == "WARNING" and "dusk" in (bad.hint or "")
