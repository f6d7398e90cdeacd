"""The loader: a good script becomes a located model; each kind of bad input gets a located diagnostic."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.story.loader import derive_id, load_story
from game.story.model import Direction

HEADER = """\
title: Test
subtitle: "Chapter 1"
content_note: Be gentle.
cast:
  sakura: {name: Sakura, color: "#f08cb0", sprite: sakura-21}
  kakashi: {name: Kakashi}
places:
  memorial: {name: The memorial, map: maps/memorial.tmx}
  park: {map: maps/park.tmx}
chapters: [one.yaml]
"""
CHAPTER = """\
scenes:
  - scene: dawn
    title: Before dawn
    place: memorial
    time: dawn
    lines:
      - show: kakashi sad at left
      - "Mist on the stone."
      - kakashi thinks: "Why me?"
      - kakashi (smile): "Same time tomorrow guys?"
      - sound: birds
      - page: |
          A page of a book.
        title: A book
  - scene: later
    place: park
    time: noon
    memory: true
    sprites: {sakura: sakura-13}
    lines:
      - sakura: "Yo."
        id: hello
      - "Mist on the stone."
"""


def test_good_story_loads_with_locations(write_story) -> None:  # type: ignore[no-untyped-def]
    folder = write_story(HEADER, one=CHAPTER)
    story, diagnostics = load_story(folder)
    assert diagnostics == []
    assert story is not None
    assert [s.id for s in story.scenes] == ["dawn", "later"]
    dawn = story.scenes[0]
    kinds = [(line.kind, line.speaker) for line in dawn.lines]
    assert kinds == [("narrate", None), ("think", "kakashi"), ("say", "kakashi"), ("page", None)]
    assert dawn.lines[2].expression == "smile"
    assert dawn.lines[3].title == "A book" and dawn.lines[3].text == "A page of a book."
    show = dawn.steps[0]
    assert isinstance(show, Direction) and (show.who, show.looks, show.position) == ("kakashi", ("sad",), "left")
    assert dawn.lines[1].loc.file.endswith("one.yaml") and dawn.lines[1].loc.line == 9
    later = story.scenes[1]
    assert later.memory is True and later.sprites == (("sakura", "sakura-13"),)
    assert later.lines[0].id == "later/hello"
    assert story.cast["kakashi"].sprite == "kakashi" and story.cast["sakura"].color == (0xF0, 0x8C, 0xB0)


def test_ids_are_stable_when_lines_are_inserted(write_story) -> None:  # type: ignore[no-untyped-def]
    story, _ = load_story(write_story(HEADER, one=CHAPTER))
    before = [line.id for line in story.scenes[0].lines]
    edited = CHAPTER.replace('      - "Mist on the stone."\n', '      - "A new first line."\n      - "Mist on the stone."\n', 1)
    story2, _ = load_story(write_story(HEADER, one=edited))
    after = [line.id for line in story2.scenes[0].lines]
    assert after[1:] == before
    assert before[0] == derive_id("dawn", "narrate", None, "Mist on the stone.")


def test_same_text_twice_gets_distinct_ids(write_story) -> None:  # type: ignore[no-untyped-def]
    chapter = CHAPTER.replace('      - sound: birds\n', '      - kakashi (smile): "Same time tomorrow guys?"\n')
    story, diagnostics = load_story(write_story(HEADER, one=chapter))
    assert diagnostics == []
    ids = [line.id for line in story.scenes[0].lines]
    assert len(set(ids)) == len(ids) and ids[3] == ids[2] + "-2"


def test_single_file_story(tmp_path: Path) -> None:
    text = HEADER.replace("chapters: [one.yaml]\n", "") + CHAPTER
    path = tmp_path / "all.yaml"
    path.write_text(text, encoding="utf-8")
    story, diagnostics = load_story(path)
    assert diagnostics == [] and story is not None and len(story.scenes) == 2


def _codes(tmp_path: Path, text: str | bytes) -> list[tuple[str, int, int]]:
    path = tmp_path / "story.yaml"
    path.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    story, diagnostics = load_story(path)
    assert story is None
    return [(d.code, d.loc.line, d.loc.col) for d in diagnostics]


@pytest.mark.parametrize("text, expected", [
    ("", ("VN102", 1, 1)),
    ("   \n# only a comment\n", ("VN102", 1, 1)),
    (b"\x89PNG\r\n\x1a\n\x00\x00binary", ("VN103", 1, 1)),
    (b"title: caf\xe9\n", ("VN103", 1, 11)),
    ("- title: T\n", ("VN110", 1, 1)),
    ("title: T\ncast:\n\tsakura: {name: S}\n", ("VN101", 3, 1)),
    ("title: 'unclosed\ncast: {}\n", ("VN100", 3, 1)),
    ("title: T\ncast: []\nplaces: {}\nscenes: []\n", ("VN110", 2, 7)),
])
def test_bad_input_is_located(tmp_path: Path, text: str | bytes, expected: tuple[str, int, int]) -> None:
    assert expected in _codes(tmp_path, text)


def test_unknown_speaker_points_at_the_line_with_a_hint(write_story) -> None:  # type: ignore[no-untyped-def]
    chapter = CHAPTER.replace('kakashi thinks: "Why me?"', 'kakashy thinks: "Why me?"')
    story, diagnostics = load_story(write_story(HEADER, one=chapter))
    assert story is None
    [diagnostic] = diagnostics
    assert (diagnostic.code, diagnostic.loc.line, diagnostic.loc.col) == ("VN120", 9, 9)
    assert diagnostic.loc.file.endswith("one.yaml")
    assert diagnostic.hint == "did you mean 'kakashi'?"
    assert diagnostic.format().endswith("error VN120: unknown speaker 'kakashy' (did you mean 'kakashi'?)")


def test_all_problems_are_collected(write_story) -> None:  # type: ignore[no-untyped-def]
    chapter = (CHAPTER.replace("place: park", "place: prak").replace("time: noon", "time: midnite")
               .replace('sakura: "Yo."', 'sakrua: "Yo."'))
    _, diagnostics = load_story(write_story(HEADER.replace("subtitle:", "subtitel:"), one=chapter))
    assert {d.code for d in diagnostics} == {"VN111", "VN121", "VN122", "VN120"}


def test_missing_story_file_is_a_diagnostic(tmp_path: Path) -> None:
    story, diagnostics = load_story(tmp_path / "nope.yaml")
    assert story is None and diagnostics[0].code == "VN104"
