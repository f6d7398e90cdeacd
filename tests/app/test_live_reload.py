"""Live reload, headless: saving the YAML reloads it on the next poll and keeps the player on the same
line id; a broken save shows located errors over the game; fixing the file resumes. No crash, no lost place."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from game.check import check_story
from game.replay.pilot import Pilot
from game.script_watcher import POLL_SECONDS

STORY = """\
title: Reload
cast:
  sakura: {name: Sakura, sprite: sakura-21}
places:
  memorial: {map: maps/memorial.tmx}
scenes:
  - scene: one
    place: memorial
    time: morning
    lines:
      - show: sakura at left
      - "First line."
      - sakura: "Second line."
      - "Third line."
"""


def save(path: Path, text: str) -> None:
    path.write_text(text, encoding="utf-8")
    stat = path.stat()
    os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))  # a later mtime even on coarse clocks


@pytest.fixture
def reloading(tmp_path: Path, _user_home: Path):  # type: ignore[no-untyped-def]
    story = tmp_path / "story.yaml"
    story.write_text(STORY, encoding="utf-8")
    result = check_story(tmp_path)
    assert result.ok
    pilot = Pilot(result, home=_user_home, live_reload=True)
    assert pilot.app.live is not None
    yield pilot, story
    pilot.close()


def test_saving_the_script_reloads_on_the_same_line(reloading) -> None:  # type: ignore[no-untyped-def]
    pilot, story = reloading
    pilot.start("one")
    view = pilot.advance()
    assert view.text == "Second line."
    save(story, STORY.replace('"First line."', '"A new first line."').replace("show: sakura at left", "show: sakura smile at right"))
    pilot.wait(int(POLL_SECONDS * 1000) + 50)
    view = pilot.finish()
    assert view.text == "Second line." and view.line_id == "one/s-" + view.line_id.split("/s-")[1]
    assert view.actors == [("sakura", "sakura-21", "smile", "right")]  # the stage comes from the new script
    assert "reloaded" in (view.notice or "")
    assert pilot.back().text == "A new first line."


def test_a_broken_save_shows_errors_and_fixing_resumes(reloading) -> None:  # type: ignore[no-untyped-def]
    pilot, story = reloading
    pilot.start("one")
    pilot.advance()
    save(story, STORY.replace("sakura: \"Second line.\"", "sakra: \"Second line.\"").replace("time: morning", "time: mornin"))
    pilot.wait(int(POLL_SECONDS * 1000) + 50)
    errors = pilot.app.live.overlay_lines()
    assert len(errors) == 2
    assert errors[0].endswith("story.yaml:9:11: error VN122: unknown time of day 'mornin' (did you mean 'morning'?)")
    assert any("story.yaml:13:9: error VN120: unknown speaker 'sakra'" in e for e in errors)
    view = pilot.advance()  # the old story keeps playing underneath
    assert view.text == "Third line."
    save(story, STORY.replace('"Third line."', '"Third line, fixed."'))
    pilot.wait(int(POLL_SECONDS * 1000) + 50)
    view = pilot.finish()
    assert pilot.app.live.errors == []
    assert view.line_id is not None and view.text in ("Third line, fixed.", "First line.")
    assert "changed" in (view.notice or "") or "fixed" in (view.notice or "")


def test_the_overlay_is_drawn(reloading) -> None:  # type: ignore[no-untyped-def]
    pilot, story = reloading
    pilot.start("one")
    before = pilot.app.frame.copy()
    save(story, "title: [unclosed\n")
    pilot.wait(int(POLL_SECONDS * 1000) + 50)
    pilot.finish()
    assert pilot.app.live.errors and pilot.app.live.errors[0].code == "VN100"
    assert pilot.app.frame.get_at((640, 60)) != before.get_at((640, 60))
