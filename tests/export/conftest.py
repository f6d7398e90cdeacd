"""Web edition fixtures: the chapter exported once per session (the browser tests play it), and a
small story for the exporter's own checks."""

from __future__ import annotations

from pathlib import Path

import pytest

SMALL_HEADER = """\
title: "Small </script> test"
subtitle: "Chapter 1"
content_note: Be gentle.
credits: |
  Made for a test.
end_card: The end.
cast:
  kakashi: {name: Kakashi, color: "#9fb4c8", sprite: kakashi}
places:
  memorial: {name: The memorial, map: maps/memorial.tmx}
chapters: [one.yaml]
"""
SMALL_CHAPTER = """\
scenes:
  - scene: dawn
    title: Before dawn
    place: memorial
    time: dawn
    lines:
      - show: kakashi sad at centre
      - "Mist on the stone."
      - sound: birds
      - kakashi thinks: "Why me? </script><!-- <b>not markup</b>"
      - "Still the same stage."
  - scene: then
    title: Back then
    place: memorial
    time: noon
    memory: true
    lines:
      - show: kakashi smile at left
      - kakashi: "Same time tomorrow guys?"
      - page: |
          A page of a book.
"""


@pytest.fixture(scope="session")
def chapter_site(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The bundled chapter exported at full size, once for the whole session."""
    from game.check import check_story
    from game.export.site import export_web

    out = tmp_path_factory.mktemp("web") / "site"
    result = check_story()
    assert result.ok
    export_web(result, out)
    return out


@pytest.fixture
def small_story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "story.yaml").write_text(SMALL_HEADER, encoding="utf-8")
    (folder / "one.yaml").write_text(SMALL_CHAPTER, encoding="utf-8")
    return folder
