"""A headless monkey: 4,000 random inputs (clicks, keys, wheel, skip, auto, rollback, saves, loads,
menus, resizes) over the whole bundled chapter, through the same `App` loop the window runs (about 45 s
after a warm-up that plays every scene once).
No exception and every scene reached. Memory: after a warm-up (every scene played once, every screen opened,
then the monkey's first 2,000 inputs, so the caches hold what the monkey's play puts in them), RSS grows less
than 10 MB from the first to the last thousand measured inputs, not counting the pixels the renderer's bounded
caches hold at that moment: which pictures they hold depends only on where the monkey happens to be (27 to 60 MB
over the chapter: a training-ground memory holds twice what the apartment at night does), and a change of script
that moves the monkey elsewhere must not read as a leak. A leaked picture is in no cache, so it still counts."""

from __future__ import annotations

import random
import statistics
import time
from collections import Counter
from pathlib import Path

import pygame
import pytest

from game import os_memory
from game.app import App
from game.render import maps
from game.render.lru import LRU
from game.check import check_story
from game.replay.clock import CallClock
from tests.hardening.conftest import ASSETS, SCRIPT

INPUTS = 4_000  # the staged chapter composes a new picture on most lines: 4,000 inputs take about 45 s
WARM_INPUTS = 2_000  # the monkey's own warm-up: notices, text sizes and slots fill their caches
RSS_GROWTH_LIMIT_KB = 10 * 1024
K = pygame


def rss_kb() -> int:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1])
    raise RuntimeError("no VmRSS")


def cached_kb(app: App) -> int:
    """KB of pixels the renderer's bounded caches hold now: every dict of pictures on the StageRenderer (lit maps,
    stages, lit sprites, illustrations; each an LRU bounded by a count), the sprite caches' byte budgets, and the
    process-wide rendered maps. Read generically, so a cache added to the renderer is counted too."""
    def pictures(value: object) -> list[pygame.Surface]:
        if isinstance(value, pygame.Surface):
            return [value]
        return [v for v in value if isinstance(v, pygame.Surface)] if isinstance(value, tuple) else []

    r = app.renderer
    surfaces = [s for cache in vars(r).values() if isinstance(cache, (dict, LRU))
                for value in cache.values() for s in pictures(value)]
    surfaces += [s for m in maps._SHARED.values() for s in (m.back, m.front) if s is not None]
    held = sum(s.get_width() * s.get_height() * s.get_bytesize() for s in surfaces)
    return (held + r.sprites.layers.used + r.sprites.figures.used) // 1024


def Clock() -> CallClock:  # noqa: N802 - injected wall clock (save timestamps): moves on with every call
    return CallClock(1_790_000_000.0, 0.5)


def key(k: int, mod: int = 0, up: bool = False) -> pygame.event.Event:
    return pygame.event.Event(K.KEYUP if up else K.KEYDOWN, key=k, mod=mod, unicode="", scancode=0)


class Monkey:
    """Random inputs, weighted towards reading on (so the whole chapter is reached) but touching everything."""

    KEYS = [K.K_SPACE, K.K_RETURN, K.K_PAGEUP, K.K_PAGEDOWN, K.K_TAB, K.K_a, K.K_h, K.K_ESCAPE, K.K_l, K.K_f,
            K.K_F11, K.K_F5, K.K_F9, K.K_UP, K.K_DOWN, K.K_LEFT, K.K_RIGHT, K.K_KP_ENTER, K.K_BACKSPACE, K.K_q,
            K.K_DELETE, K.K_HOME, K.K_END, K.K_1, K.K_9]

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.ctrl_down = False

    def pos(self) -> tuple[int, int]:
        # mostly inside the 1280x720 frame; sometimes outside it (a resized or letterboxed window)
        if self.rng.random() < 0.05:
            return self.rng.randint(-200, 3000), self.rng.randint(-200, 2000)
        return self.rng.randint(0, 1279), self.rng.randint(0, 719)

    def events(self) -> tuple[str, list[pygame.event.Event]]:
        r = self.rng.random()
        if r < 0.37:
            return "advance", [key(self.rng.choice([K.K_SPACE, K.K_RETURN])) if r < 0.15 else
                               pygame.event.Event(K.MOUSEBUTTONDOWN, pos=(640, 400), button=1)]
        if r < 0.45:
            return "click", [pygame.event.Event(K.MOUSEBUTTONDOWN, pos=self.pos(), button=self.rng.choice([1, 1, 1, 2, 3]))]
        if r < 0.65:
            k = self.rng.choice(self.KEYS)
            return f"key-{pygame.key.name(k)}", [key(k, self.rng.choice([0, 0, 0, K.KMOD_SHIFT, K.KMOD_CTRL, K.KMOD_ALT]))]
        if r < 0.75:  # Ctrl held skips: a tenth of the inputs, so the whole chapter is reached
            self.ctrl_down = not self.ctrl_down
            return "skip-hold", [key(K.K_LCTRL, up=not self.ctrl_down)]
        if r < 0.83:
            return "wheel", [pygame.event.Event(K.MOUSEWHEEL, x=0, y=self.rng.choice([-3, -1, 1, 3]), flipped=False)]
        if r < 0.93:
            return "motion", [pygame.event.Event(K.MOUSEMOTION, pos=self.pos(), rel=(1, 1), buttons=(0, 0, 0))]
        if r < 0.96:
            size = (self.rng.randint(1, 2560), self.rng.randint(1, 1440))
            return "resize", [pygame.event.Event(K.VIDEORESIZE, size=size, w=size[0], h=size[1]),
                              pygame.event.Event(K.WINDOWSIZECHANGED, x=size[0], y=size[1])]
        if r < 0.97:
            return "focus-lost", [pygame.event.Event(K.WINDOWFOCUSLOST)]
        if r < 0.98:
            return "keyup", [key(self.rng.choice(self.KEYS), up=True),
                             pygame.event.Event(K.MOUSEBUTTONUP, pos=self.pos(), button=1)]
        return "pad", [pygame.event.Event(K.JOYBUTTONDOWN, instance_id=0, button=self.rng.choice([0, 1, 4, 5]))]


BATCH = 20  # inputs per frame: 1,000 frames of the player, each with a random amount of time passing


def warm_up(app: App, scenes: list[str]) -> None:
    """Steady state before measuring: every scene played through once (each stage composed, each map and
    sprite loaded) and every screen opened, through the same App the monkey then drives."""
    for scene in scenes:
        app.start_at(scene)
        while app.view().screen == "game" and app.view().scene == scene:
            app.finish_animations()
            app.step([], 16)
            app.step([key(K.K_SPACE)], 16)
    app.start_at(scenes[0])
    for screen in ("menu", "save", "load", "settings", "history", "scenes", "help", "about"):
        app.ui.action(f"open:{screen}")
        app.step([], 16)
        app.ui.action("close")
        app.step([], 16)
    app.ui.action("to_title")
    app.ui.action("confirm:yes")  # leaving a game under way asks first
    app.step([], 1000)
    app.ui.action("continue")
    app.finish_animations()
    app.step([], 16)


def watch_scenes(app: App, scenes: set[str]) -> None:
    """Record the scene of every line the app shows, skipped ones included: a frame of skipping can pass a short
    scene whole (memorial-sunrise is nine lines), so the view, read once a frame, would not see it."""
    mark = app.session.mark

    def marked(beat):  # type: ignore[no-untyped-def]
        scenes.add(beat.line.scene)
        return mark(beat)

    app.session.mark = marked  # type: ignore[method-assign]


def restart(result: object, home: Path) -> App:
    """The monkey chose Quit: start the game again and choose Continue, as a player would."""
    app = App(result, settings_dir=home, clock=Clock())  # type: ignore[arg-type]
    app.step([], 1000)
    app.ui.action("continue")
    return app


@pytest.fixture(scope="module")
def soak(tmp_path_factory: pytest.TempPathFactory) -> dict[str, object]:
    """Run the monkey once; the tests below judge what it found."""
    home = tmp_path_factory.mktemp("soak-home")
    result = check_story(SCRIPT, ASSETS)
    assert result.ok and result.program is not None and result.story is not None
    app = App(result, settings_dir=home, clock=Clock())
    warm_up(app, [sc.id for sc in result.story.scenes])
    warmed = rss_kb()
    monkey, rng = Monkey(seed=20_000), random.Random(7)
    kinds: Counter[str] = Counter()
    screens: Counter[str] = Counter()
    scenes: set[str] = set()
    watch_scenes(app, scenes)
    first: list[int] = []
    last: list[int] = []
    recent: list[str] = []
    error = None
    restarts = 0
    started = time.monotonic()
    done = 0
    while done < INPUTS and error is None:
        events: list[pygame.event.Event] = []
        for _ in range(BATCH):
            kind, more = monkey.events()
            kinds[kind] += 1
            recent = [*recent[-30:], kind]
            events += more
        done += BATCH
        try:
            app.step(events, rng.choice([0, 16, 16, 16, 33, 100, 250, 1000]))
            view = app.view()
        except Exception as exc:  # noqa: BLE001 - the input sequence that led here is the report
            error = f"input {done} after {recent}: {exc!r}"
            break
        screens[view.screen] += 1
        if view.scene:
            scenes.add(view.scene)
        if not app.running:
            restarts += 1
            app = restart(result, home)
            watch_scenes(app, scenes)
        if done % 100 == 0 and (WARM_INPUTS < done <= WARM_INPUTS + 1000 or done > INPUTS - 1000):
            os_memory.trim()  # count what is held, not the free pages glibc keeps for reuse
            (first if done <= WARM_INPUTS + 1000 else last).append(rss_kb() - cached_kb(app))
    report = {"error": error, "scenes": scenes, "all_scenes": {sc.id for sc in result.story.scenes},
              "screens": screens, "kinds": kinds, "restarts": restarts, "seconds": time.monotonic() - started,
              "first_kb": statistics.median(first) if first else 0, "last_kb": statistics.median(last) if last else 0}
    print(f"\nsoak: {done} inputs in {report['seconds']:.0f} s, RSS after the warm-up {warmed / 1024:.0f} MB, "
          f"without the caches' pictures {report['first_kb'] / 1024:.0f} -> "
          f"{report['last_kb'] / 1024:.0f} MB, {restarts} restarts, {len(scenes)} scenes, screens {dict(screens)}")
    return report


@pytest.mark.slow
def test_monkey_soak_raises_nothing_and_reaches_everything(soak: dict[str, object]) -> None:
    assert soak["error"] is None, soak["error"]
    assert soak["scenes"] == soak["all_scenes"], sorted(soak["all_scenes"] - soak["scenes"])  # type: ignore[operator]
    assert {"game", "menu", "save", "history"} <= set(soak["screens"])  # type: ignore[arg-type]


@pytest.mark.slow
def test_monkey_soak_memory_stays_flat(soak: dict[str, object]) -> None:
    growth = soak["last_kb"] - soak["first_kb"]  # type: ignore[operator]
    assert growth < RSS_GROWTH_LIMIT_KB, f"RSS, without the caches' pictures, grew {growth / 1024:.1f} MB"
