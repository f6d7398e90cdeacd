"""Web edition fixtures: the chapter exported once per session (the browser tests play it), and a
small story for the exporter's own checks."""

from __future__ import annotations

import os
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

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
    """The bundled chapter exported at full size, once for the whole run: under pytest-xdist the workers share
    one export (the first to need it builds it under a lock, in the run's shared temp folder; the tests only
    read it). Without `fcntl` (Windows) each worker builds its own."""
    from game.check import check_story
    from game.export.site import export_web

    base = tmp_path_factory.getbasetemp()
    shared = base.parent if os.environ.get("PYTEST_XDIST_WORKER") and fcntl is not None else base
    out = shared / "chapter-web" / "site"
    with _locked(shared / "chapter-web.lock"):
        if not (out.parent / "built").exists():
            result = check_story()
            assert result.ok
            export_web(result, out)
            (out.parent / "built").write_text("done\n", encoding="utf-8")
    return out


@contextmanager
def _locked(path: Path) -> Iterator[None]:
    if fcntl is None:
        yield
        return
    with open(path, "a+b") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        try:
            yield
        finally:
            fcntl.flock(handle, fcntl.LOCK_UN)


@pytest.fixture
def small_story(tmp_path: Path) -> Path:
    folder = tmp_path / "story"
    folder.mkdir()
    (folder / "story.yaml").write_text(SMALL_HEADER, encoding="utf-8")
    (folder / "one.yaml").write_text(SMALL_CHAPTER, encoding="utf-8")
    return folder
