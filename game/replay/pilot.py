"""The pilot: drives a headless `App` with real pygame events (keys, clicks, wheel) and an injected
clock, and reads its view model. Used by pytest (the `pilot` fixture), replays and the soak test.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterable
from pathlib import Path

FRAME_MS = 16


def headless_env() -> None:
    """Dummy SDL drivers: no window, no audio device needed."""
    os.environ.setdefault("SDL_VIDEODRIVER", "dummy")
    os.environ.setdefault("SDL_AUDIODRIVER", "dummy")
    os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")


headless_env()

import game.pygame_fast_import  # noqa: E402,F401  (before pygame: a faster start, as the player has; isort: skip)
import pygame  # noqa: E402

from game.app import App, View  # noqa: E402
from game import paths  # noqa: E402
from game.check import CheckResult, check_story  # noqa: E402
from game.display import HeadlessDisplay  # noqa: E402
from game.logical import LOGICAL  # noqa: E402
from game.replay.clock import FakeClock  # noqa: E402

_MODS = {"ctrl": pygame.KMOD_CTRL, "alt": pygame.KMOD_ALT, "shift": pygame.KMOD_SHIFT}


class PilotError(AssertionError):
    """The pilot could not reach what it was asked to reach."""


class Pilot:
    def __init__(self, result: CheckResult | None = None, *, home: Path | None = None,
                 size: tuple[int, int] = LOGICAL, audio: bool = False, live_reload: bool = False,
                 instant: bool = False) -> None:
        headless_env()
        keep = paths.cache_dir() if result is None else None  # as `vn play` starts: the user's cache folder
        self.result = result or check_story(cache_dir=paths.cache_dir())  # as `vn replay` loads it
        if not self.result.ok:
            raise PilotError("the story has errors: " + "; ".join(d.format() for d in self.result.diagnostics[:3]))
        self._tmp = None if home else tempfile.TemporaryDirectory(prefix="vn-pilot-")
        self.home = Path(home or self._tmp.name)  # type: ignore[union-attr]
        self.clock = FakeClock()
        self.app = App(self.result, settings_dir=self.home, clock=self.clock, size=size,
                       display=HeadlessDisplay(size), audio=audio, live_reload=live_reload,
                       instant=instant, keep=keep, durable=self._tmp is None)
        self.frames = 0
        self.app.step([], 0)

    # -- time and frames ------------------------------------------------------------
    def tick(self, ms: int = FRAME_MS, events: Iterable[pygame.event.Event] = ()) -> bool:
        self.clock.tick(ms)
        self.frames += 1
        return self.app.step(list(events), ms)

    def wait(self, ms: int) -> None:
        """Let `ms` of game time pass, frame by frame."""
        while ms > 0:
            self.tick(min(FRAME_MS, ms))
            ms -= FRAME_MS

    def finish(self) -> View:
        """Complete the typewriter and any transition now, and draw (an instant app has nothing to complete)."""
        if not (self.app.instant and not self.app.busy):
            self.app.finish_animations()
            self.tick(0)
        return self.view

    @property
    def view(self) -> View:
        return self.app.view()

    # -- input ---------------------------------------------------------------------
    def press(self, key: str, *mods: str) -> View:
        """Press and release a key by pygame name ('space', 'escape', 'page up', 'f11', 'left ctrl')."""
        code = pygame.key.key_code(key)
        mod = 0
        for name in mods:
            mod |= _MODS[name]
        self.tick(FRAME_MS, [pygame.event.Event(pygame.KEYDOWN, key=code, mod=mod, unicode="", scancode=0)])
        self.tick(FRAME_MS, [pygame.event.Event(pygame.KEYUP, key=code, mod=mod, unicode="", scancode=0)])
        return self.view

    def key_down(self, key: str) -> None:
        self.tick(FRAME_MS, [pygame.event.Event(pygame.KEYDOWN, key=pygame.key.key_code(key), mod=0, unicode="", scancode=0)])

    def key_up(self, key: str) -> None:
        self.tick(FRAME_MS, [pygame.event.Event(pygame.KEYUP, key=pygame.key.key_code(key), mod=0, unicode="", scancode=0)])

    def click(self, pos: tuple[int, int] = (640, 300), button: int = 1) -> View:
        self.tick(FRAME_MS, [pygame.event.Event(pygame.MOUSEMOTION, pos=pos, rel=(0, 0), buttons=(0, 0, 0))])
        self.tick(FRAME_MS, [pygame.event.Event(pygame.MOUSEBUTTONDOWN, pos=pos, button=button)])
        self.tick(FRAME_MS, [pygame.event.Event(pygame.MOUSEBUTTONUP, pos=pos, button=button)])
        return self.view

    def wheel(self, y: int) -> View:
        self.tick(FRAME_MS, [pygame.event.Event(pygame.MOUSEWHEEL, x=0, y=y, flipped=False, precise_x=0.0, precise_y=float(y))])
        return self.view

    def resize(self, size: tuple[int, int]) -> View:
        self.app.display.size = size
        self.tick(FRAME_MS, [pygame.event.Event(pygame.VIDEORESIZE, size=size, w=size[0], h=size[1])])
        return self.view

    def click_button(self, label: str) -> View:
        """Click the on-screen button whose label is `label` (title, menus, quick menu)."""
        for button in self.buttons():
            if button.label.lower() == label.lower():
                return self.click(button.rect.center)
        raise PilotError(f"no button '{label}' on the {self.view.screen} screen; there are: "
                         + ", ".join(b.label for b in self.buttons()))

    def buttons(self) -> list:  # type: ignore[type-arg]
        return list(self.app.ui.buttons())

    # -- story ---------------------------------------------------------------------
    def start(self, scene: str | None = None, line: str | None = None) -> View:
        """Begin a new game at the first line (or at a scene/line), past the title and content note."""
        first = scene or self.result.story.scenes[0].id  # type: ignore[union-attr]
        self.app.start_at(first, line)
        self.tick(0)  # draw it: an instant app's finish() does not, and the first line's shot was the title
        return self.finish()

    def advance(self, times: int = 1) -> View:
        """Show the next line (a click completes the typewriter first, so finish it, then press space)."""
        for _ in range(times):
            self.finish()
            self.press("space")
        return self.finish()

    def advance_until(self, line_id: str, limit: int = 2000) -> View:
        for _ in range(limit):
            view = self.finish()
            if view.line_id == line_id or (view.line_id and view.line_id.endswith("/" + line_id)):
                return view
            if view.screen not in ("game",):
                break
            self.press("space")
        raise PilotError(f"line '{line_id}' was not reached (now on {self.view.screen}, line {self.view.line_id})")

    def back(self) -> View:
        self.press("page up")
        return self.finish()

    def forward(self) -> View:
        self.press("page down")
        return self.finish()

    def close(self) -> None:
        self.app.quit()
        if self._tmp is not None:
            self._tmp.cleanup()
