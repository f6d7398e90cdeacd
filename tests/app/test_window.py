"""The window runner (`vn play`): the same App behind a resizable window, its wait-for-events loop."""

from __future__ import annotations

import argparse

import pygame

from game import app as app_module
from game.window import play
from game.display import Viewport
from tests.app.conftest import key


def test_play_opens_a_window_runs_the_loop_and_autosaves_on_close(monkeypatch, small_result, home):
    monkeypatch.setenv("VN_HOME", str(home))
    script = iter([key(pygame.K_SPACE), pygame.event.Event(pygame.WINDOWCLOSE)])
    waits: list[int] = []

    def wait(timeout_ms: int | None = None) -> list[pygame.event.Event]:
        waits.append(1)
        return [next(script, pygame.event.Event(pygame.QUIT))]

    monkeypatch.setattr(app_module, "_wait_for_events", wait)
    record = home / "inputs.jsonl"
    args = argparse.Namespace(scene="one", line="hello", size="960x540", record=record)
    assert play(small_result, args) == 0
    assert waits, "an idle window waits for events instead of redrawing"
    assert (home / "saves" / "slot-auto.json").exists()
    lines = record.read_text(encoding="utf-8").splitlines()
    assert '"start"' in lines[0] and '"end"' in lines[-1] and len(lines) >= 3


def test_viewport_pillarboxes_a_wide_window():
    view = Viewport((2560, 720))
    assert view.rect == pygame.Rect(640, 0, 1280, 720)
    assert view.to_logical((640, 0)) == (0, 0) and view.to_logical((100, 100)) == (0, 100)


def test_a_dropped_app_is_freed_at_once_without_waiting_for_the_cycle_collector(make_app):
    import gc
    import weakref

    from tests.app.conftest import next_line, start_game

    gc.disable()
    try:
        app = make_app()
        start_game(app)
        next_line(app)
        app.ui.action("open:save")
        app.step([], 16)
        ref = weakref.ref(app)
        del app
        assert ref() is None
    finally:
        gc.enable()


def test_idle_wait_sleeps_between_looks_for_input(monkeypatch):
    pygame.init()
    pygame.display.set_mode((1, 1))
    pygame.event.clear()
    sleeps: list[int] = []

    def sleep(ms: int) -> int:
        sleeps.append(ms)
        pygame.event.post(pygame.event.Event(pygame.USEREVENT))
        return ms

    monkeypatch.setattr(pygame.time, "wait", sleep)
    events = app_module._wait_for_events()
    assert sleeps == [30] and [e.type for e in events] == [pygame.USEREVENT]


def test_the_recorder_writes_real_time_while_the_window_sits_idle(monkeypatch, small_result, home) -> None:
    """Two key presses a second apart, the window idle between them (its steps carry dt 0)."""
    import json
    import time as time_module

    now = [1_764_000_000.0]
    monkeypatch.setattr(time_module, "time", lambda: now[0])
    script = iter([key(pygame.K_SPACE), key(pygame.K_SPACE), pygame.event.Event(pygame.WINDOWCLOSE)])

    def wait(timeout_ms: int | None = None) -> list[pygame.event.Event]:
        now[0] += 1.0  # a second passes while the window sleeps
        return [next(script, pygame.event.Event(pygame.QUIT))]

    monkeypatch.setattr(app_module, "_wait_for_events", wait)
    monkeypatch.setenv("VN_HOME", str(home))
    record = home / "inputs.jsonl"
    assert play(small_result, argparse.Namespace(scene="one", line=None, size=None, record=record)) == 0
    frames = [json.loads(line) for line in record.read_text(encoding="utf-8").splitlines() if '"t"' in line]
    keys = [f["t"] for f in frames if any(e.get("key") == "space" and e["type"] == "key" for e in f["events"])]
    assert len(keys) == 2 and 900 <= keys[1] - keys[0] <= 1100, frames


def test_the_window_asks_sdl_for_its_software_framebuffer(monkeypatch) -> None:
    """The frame is composed in software: a GL-backed window framebuffer only loads Mesa (100 MB more RSS under
    Xvfb). The hint is set before the window is made, and a player's own setting is kept."""
    import os

    from game.display import FRAMEBUFFER_HINT, WindowDisplay

    monkeypatch.delenv(FRAMEBUFFER_HINT[0], raising=False)
    WindowDisplay((320, 180), "t")
    assert os.environ[FRAMEBUFFER_HINT[0]] == "0"
    monkeypatch.setenv(FRAMEBUFFER_HINT[0], "1")
    WindowDisplay((320, 180), "t")
    assert os.environ[FRAMEBUFFER_HINT[0]] == "1"
