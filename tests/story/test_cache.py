"""The compiled-script cache: a cached load equals a cold one; any change, damage or odd folder means a cold load."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

import game
from game import paths
from game.story import cache
from game.story.diagnostics import make
from game.story.loader import _shown, load_story
from game.story.model import Loc

HEADER = """\
title: Test
subtitle: "Chapter 1"
content_note: Be gentle.
credits: Made for the tests.
end_card: The end.
cast:
  sakura: {name: Sakura, color: "#f08cb0", sprite: sakura-21}
  kakashi: {name: Kakashi}
places:
  memorial:
    name: The memorial
    map: maps/memorial.tmx
    lighting: {dawn: "#334455"}
  park: {map: maps/park.tmx}
chapters: [one.yaml, two.yaml]
"""
ONE = """\
scenes:
  - scene: dawn
    title: Before dawn
    place: memorial
    time: dawn
    music: morning
    sprites: {sakura: sakura-13}
    lines:
      - show: kakashi sad at left
      - "Mist on the stone."
      - "Mist on the stone."
      - kakashi thinks: "Why me?"
      - kakashi (smile): "Same time tomorrow guys?"
      - sound: birds
      - pause: 1.5
      - hide: sakura
      - page: |
          A page of a book.
        title: A book
      - sakura: "Pinned."
        id: pinned
"""
TWO = """\
scenes:
  - scene: later
    place: park
    time: night
    memory: true
    lines:
      - move: kakashi to right
      - "Later."
"""


@pytest.fixture
def story(write_story) -> Path:  # type: ignore[no-untyped-def]
    return write_story(HEADER, one=ONE, two=TWO)


def _entry(cache_dir: Path) -> Path:
    found = list(cache.entries(cache_dir))
    assert len(found) == 1
    return found[0]


def test_a_cached_load_equals_a_cold_one(story: Path, tmp_path: Path) -> None:
    cold = load_story(story)
    assert cold[0] is not None
    first = load_story(story, cache_dir=tmp_path / "cache")
    second = load_story(story, cache_dir=tmp_path / "cache")
    assert first == cold
    assert second == cold
    assert second[0] is not first[0]
    assert _entry(tmp_path / "cache").stat().st_size > 0


def test_warnings_are_kept_with_the_story(story: Path, tmp_path: Path) -> None:
    loaded, _ = load_story(story)
    assert loaded is not None
    warning = make("VN133", Loc("one.yaml", 9, 9), "'sakura' is hidden but is not on stage", "add 'show: sakura'")
    entry = cache.entry_path(tmp_path, story / "story.yaml")
    cache.write_entry(entry, loaded, [warning])
    assert cache.read_entry(entry, _shown(story / "story.yaml"), _shown) == (loaded, [warning])


def test_the_bundled_story_round_trips(tmp_path: Path) -> None:
    cold = load_story(paths.script_dir())
    load_story(paths.script_dir(), cache_dir=tmp_path)
    assert load_story(paths.script_dir(), cache_dir=tmp_path) == cold


def test_the_bundled_story_entry_is_read_back(tmp_path: Path) -> None:
    # its 'camera:' directions once made every entry unreadable (a verb list of its own): always a cold load
    cold, diagnostics = load_story(paths.script_dir())
    assert cold is not None
    entry = cache.entry_path(tmp_path, paths.script_dir() / "story.yaml")
    cache.write_entry(entry, cold, diagnostics)
    assert cache.read_entry(entry, _shown(paths.script_dir() / "story.yaml"), _shown) == (cold, diagnostics)


def test_the_cache_is_really_read(story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_story(story, cache_dir=tmp_path)
    calls: list[Path] = []
    original = cache.load_with_cache

    def spy(path, cache_dir, cold, shown):  # type: ignore[no-untyped-def]
        return original(path, cache_dir, lambda p: calls.append(p) or cold(p), shown)

    monkeypatch.setattr(cache, "load_with_cache", spy)
    load_story(story, cache_dir=tmp_path)
    assert calls == []


@pytest.mark.parametrize("name", ["story.yaml", "one.yaml", "two.yaml"])
def test_an_edit_to_any_source_file_is_seen(story: Path, tmp_path: Path, name: str) -> None:
    before = load_story(story, cache_dir=tmp_path)
    path = story / name
    path.write_text(path.read_text(encoding="utf-8").replace("Mist", "Fog").replace("Later", "Soon")
                    .replace("title: Test", "title: Test 2"), encoding="utf-8")
    after = load_story(story, cache_dir=tmp_path)
    assert after == load_story(story)
    assert after != before


def test_an_edit_of_the_same_size_and_time_is_seen(story: Path, tmp_path: Path) -> None:
    load_story(story, cache_dir=tmp_path)
    path = story / "two.yaml"
    stat = path.stat()
    path.write_text(TWO.replace("Later.", "Soon!."), encoding="utf-8")
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns))
    story_now, _ = load_story(story, cache_dir=tmp_path)
    assert story_now is not None and story_now.scenes[1].lines[0].text == "Soon!."


def test_another_engine_version_is_stale(story: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    load_story(story, cache_dir=tmp_path)
    monkeypatch.setattr(game, "__version__", "99.0.0")
    with pytest.raises(cache.CacheError):
        cache.read_entry(_entry(tmp_path), _shown(story / "story.yaml"), _shown)
    assert load_story(story, cache_dir=tmp_path) == load_story(story)


def test_another_cache_format_is_stale(story: Path, tmp_path: Path) -> None:
    load_story(story, cache_dir=tmp_path)
    entry = _entry(tmp_path)
    doc = json.loads(entry.read_text(encoding="utf-8"))
    doc["version"] = cache.VERSION + 1
    entry.write_text(json.dumps(doc), encoding="utf-8")
    assert load_story(story, cache_dir=tmp_path) == load_story(story)
    assert json.loads(entry.read_text(encoding="utf-8"))["version"] == cache.VERSION  # rebuilt


def _tamper(entry: Path, change) -> None:  # type: ignore[no-untyped-def]
    doc = json.loads(entry.read_text(encoding="utf-8"))
    change(doc)
    entry.write_text(json.dumps(doc), encoding="utf-8")


CHANGES = {
    "text becomes a number": lambda d: d["story"]["lines"]["text"].__setitem__(0, 5),
    "a column is short": lambda d: d["story"]["lines"]["id"].pop(),
    "an unknown kind": lambda d: d["story"]["lines"]["kind"].__setitem__(0, "shout"),
    "an unknown verb": lambda d: d["story"]["directions"]["verb"].__setitem__(0, "explode"),
    "a file index out of range": lambda d: d["story"]["lines"]["f"].__setitem__(0, 99),
    "a bool for a line number": lambda d: d["story"]["lines"]["l"].__setitem__(0, True),
    "a colour out of range": lambda d: d["story"]["cast"][0].__setitem__(2, [300, 0, 0]),
    "a step mark": lambda d: d["story"]["scenes"][0].__setitem__(7, "LX"),
    "more steps than lines": lambda d: d["story"]["scenes"][0].__setitem__(7, d["story"]["scenes"][0][7] + "L"),
    "a line moved to another scene": lambda d: d["story"]["lines"]["scene"].__setitem__(0, "later"),
    "seconds as text": lambda d: d["story"]["directions"]["seconds"].__setitem__(0, "1"),
    "no story": lambda d: d.pop("story"),
    "the key": lambda d: d.__setitem__("key", "0" * 64),
    "an error diagnostic": lambda d: d["diagnostics"].append(["VN100", "error", "x", 1, 1, "m", None]),
    "a bad severity": lambda d: d["diagnostics"].append(["VN100", "fatal", "x", 1, 1, "m", None]),
    "the files": lambda d: d["story"].__setitem__("files", [7]),
    "a list instead of the document": lambda d: d.clear(),
}


@pytest.mark.parametrize("change", list(CHANGES), ids=list(CHANGES))
def test_a_tampered_entry_is_refused_and_rebuilt(story: Path, tmp_path: Path, change: str) -> None:
    load_story(story, cache_dir=tmp_path)
    entry = _entry(tmp_path)
    _tamper(entry, CHANGES[change])
    with pytest.raises(Exception):  # noqa: B017 - any failure; what matters is that it is refused
        cache.read_entry(entry, _shown(story / "story.yaml"), _shown)
    assert load_story(story, cache_dir=tmp_path) == load_story(story)
    assert cache.read_entry(entry, _shown(story / "story.yaml"), _shown) == load_story(story)  # rebuilt


@pytest.mark.parametrize("damage", [b"", b"{", b"\xff\xfe\x00", b"[]", b"null", b'{"format": "vn-story-cache"}',
                                    b"x" * 100])
def test_a_damaged_entry_is_ignored(story: Path, tmp_path: Path, damage: bytes) -> None:
    load_story(story, cache_dir=tmp_path)
    _entry(tmp_path).write_bytes(damage)
    assert load_story(story, cache_dir=tmp_path) == load_story(story)


def test_a_truncated_entry_is_ignored(story: Path, tmp_path: Path) -> None:
    load_story(story, cache_dir=tmp_path)
    entry = _entry(tmp_path)
    entry.write_bytes(entry.read_bytes()[: entry.stat().st_size // 2])
    assert load_story(story, cache_dir=tmp_path) == load_story(story)


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_an_unwritable_folder_means_no_cache(story: Path, tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        assert load_story(story, cache_dir=folder) == load_story(story)
        assert list(folder.iterdir()) == []
    finally:
        folder.chmod(0o700)


def test_a_cache_path_that_is_a_file_means_no_cache(story: Path, tmp_path: Path) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("not a folder", encoding="utf-8")
    assert load_story(story, cache_dir=blocker) == load_story(story)
    assert load_story(story, cache_dir=blocker / "below") == load_story(story)


def test_a_story_with_errors_is_not_cached(write_story, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    bad = write_story(HEADER.replace("chapters: [one.yaml, two.yaml]", "chapters: [one.yaml]"),
                      one=ONE.replace("place: memorial", "place: nowhere"))
    story, diagnostics = load_story(bad, cache_dir=tmp_path / "cache")
    assert story is None and diagnostics
    assert list(cache.entries(tmp_path / "cache")) == []


def test_a_missing_chapter_after_caching_is_seen(story: Path, tmp_path: Path) -> None:
    load_story(story, cache_dir=tmp_path)
    (story / "two.yaml").unlink()
    loaded, diagnostics = load_story(story, cache_dir=tmp_path)
    assert loaded is None and any(d.code == "VN140" for d in diagnostics)


def test_seen_from_another_folder_is_a_different_entry(story: Path, tmp_path: Path,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(story)
    here = load_story(Path("."), cache_dir=tmp_path / "cache")
    monkeypatch.chdir(tmp_path.parent)
    there = load_story(story, cache_dir=tmp_path / "cache")
    assert here[0] is not None and there[0] is not None
    assert here[0].files != there[0].files
    assert there == load_story(story)


def test_the_default_folder_is_in_the_user_folder() -> None:
    assert cache.default_dir() == paths.user_dir() / "cache"


def test_the_loader_code_is_part_of_the_key() -> None:
    assert len(cache.code_digest()) == 64


def test_the_bundled_chapter_is_read_back_from_the_cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Every verb and field the real chapter uses survives the cache (a verb missing from the cache's list
    once made every warm start a cold one, silently)."""
    from game.story import loader

    cold = load_story(paths.script_dir())
    assert cold[0] is not None
    assert load_story(paths.script_dir(), cache_dir=tmp_path) == cold  # written
    monkeypatch.setattr(loader, "_load_story", lambda *a, **k: pytest.fail("a cold load: the entry was not used"))
    assert load_story(paths.script_dir(), cache_dir=tmp_path) == cold


def test_a_story_with_errors_is_never_kept(tmp_path: Path, write_story) -> None:  # type: ignore[no-untyped-def]
    from game.story.loader import load_story_partial

    folder = write_story(HEADER.replace("chapters: [one.yaml, two.yaml]", "chapters: [one.yaml]"),
                         one="scenes:\n  - scene: dawn\n    place: nowhere\n    lines:\n      - A line.\n")
    story, diagnostics = load_story_partial(folder, tmp_path / "cache")
    assert story is not None and any(d.severity.name == "ERROR" for d in diagnostics)
    assert list(cache.entries(tmp_path / "cache")) == []
