"""Fixtures for driving the player headless: a small story, an App with an injected clock, event helpers."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pygame
import pytest

from game.app import App
from game.check import CheckResult, check_story
from game.replay.clock import CallClock

SMALL = """
title: Test Story
subtitle: "Part one"
content_note: "A gentle note before the story."
credits: "Made for the tests."
end_card: "The end."
cast:
  kakashi: {name: Kakashi, color: "#9fb4c8", sprite: kakashi}
  sakura: {name: Sakura, color: "#f08cb0", sprite: sakura-21}
places:
  memorial: {name: The memorial stone, map: maps/memorial.tmx}
  office: {name: The office, map: maps/hokage-office.tmx}
scenes:
  - scene: one
    title: Scene one
    place: memorial
    time: dawn
    music: morning
    lines:
      - show: kakashi sad at centre
      - "Mist lies on the stone."
      - kakashi thinks: "Why am I always the one to survive?"
      - show: sakura at left
      - sakura: "Hello."
        id: hello
      - time: night
      - kakashi: "Night now."
  - scene: two
    title: Scene two
    place: office
    time: afternoon
    memory: true
    lines:
      - "A memory."
      - page: "Dear diary, today was long."
        title: A letter
      - sound: knock
      - show: sakura at left
      - sakura (smile): "Bye."
      - move: sakura to right
      - "She walks to the window."
"""


def FakeClock() -> CallClock:  # noqa: N802 - kept under the name the tests use
    return CallClock(1_764_000_000.0, 1.0)


@pytest.fixture
def small_result(tmp_path_factory: pytest.TempPathFactory) -> CheckResult:
    folder = tmp_path_factory.mktemp("story")
    (folder / "story.yaml").write_text(SMALL, encoding="utf-8")
    result = check_story(folder)
    assert result.ok, [d.format() for d in result.diagnostics]
    return result


@pytest.fixture
def home(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return tmp_path_factory.mktemp("user")


@pytest.fixture
def make_app(small_result: CheckResult, home: Path) -> Callable[..., App]:
    def make(result: CheckResult | None = None, **kw: object) -> App:
        kw.setdefault("settings_dir", home)
        kw.setdefault("clock", FakeClock())
        return App(result or small_result, **kw)  # type: ignore[arg-type]

    return make


def key(k: int, mod: int = 0) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


def keyup(k: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.KEYUP, key=k, mod=0, unicode="", scancode=0)


def click(pos: tuple[int, int] = (640, 300), button: int = 1) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button)


def wheel(y: int) -> pygame.event.Event:
    return pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False)


def run(app: App, ms: int, frame: int = 16) -> None:
    for _ in range(ms // frame):
        app.step([], frame)


def start_game(app: App) -> None:
    """Title -> Start -> content note -> title card -> first line, animations finished."""
    app.ui.action("start")
    assert app.view().screen == "content-note"
    app.step([key(pygame.K_DOWN), key(pygame.K_RETURN)], 16)  # focus Continue, press it
    assert app.view().screen == "title-card"
    app.step([click()], 16)
    app.finish_animations()
    app.step([], 16)


def next_line(app: App) -> None:
    app.finish_animations()
    app.step([key(pygame.K_SPACE)], 16)
    app.finish_animations()
    app.step([], 16)
