"""The player's app, one loop for the window and for headless drivers: events -> intents (game.input)
-> story runner and screens -> a composed 1280×720 frame -> the display driver.

Time comes from the caller (`step(events, dt_ms)`); the app never reads a clock for animation.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import game.pygame_fast_import  # noqa: F401  (before pygame: a faster start)
import pygame

from game import os_memory, paths
from game.audio import Audio, pre_init as audio_pre_init
from game.check import CheckResult
from game.display import HeadlessDisplay
from game.logical import LOGICAL
from game.fsutil import atomic_write_bytes
from game.input import Intent, InputMapper
from game.livereload import LiveReload, Reloaded
from game.presenter import Presenter, choose_transition, speaker
from game.render import effects
from game.render.png import encode_png
from game.render.stage import StageRenderer
from game.screens.host import THUMB, Shared
from game.screens.stack import Screens
from game.session import Session
from game.story.program import Beat
from game.story.runner import JumpError, Status
from game.ui import toast

log = logging.getLogger(__name__)
CARD_FADE_MS = 700  # title, cards and the end fade in from black
FADED = ("title", "content-note", "title-card", "end")


@dataclass
class View:
    """What is on screen, as plain data (for tests, traces and replays)."""

    screen: str
    scene: str | None = None
    line_id: str | None = None
    kind: str | None = None
    speaker: str | None = None
    text: str | None = None
    revealed: int = 0
    memory: bool = False
    place: str | None = None
    time: str | None = None
    actors: list[tuple[str, str, str, str]] = field(default_factory=list)  # who, sprite, expression, position
    looks: list[dict[str, object]] = field(default_factory=list)  # per actor: pose, facing, extras, dimmed
    event: str | None = None  # the illustration shown in place of the stage
    emphasis: bool = True  # the speaker emphasis setting
    gestures: list[str] = field(default_factory=list)  # the line's gestures, "who motion" (played once it shows)
    ui_hidden: bool = False
    skip: bool = False
    auto: bool = False
    notice: str | None = None
    transition: str | None = None
    page: int = 0
    pages: int = 1
    camera: str = "wide"
    choices: list[str] = field(default_factory=list)  # the options a menu offers now (empty when none waits)


class App:
    def __init__(self, result: CheckResult, settings_dir: Path | None = None,
                 clock: Callable[[], float] | None = None, size: tuple[int, int] = LOGICAL,
                 display: HeadlessDisplay | None = None, audio: bool = True, assets: Path | None = None,
                 live_reload: bool = False, instant: bool = False, keep: Path | None = None,
                 durable: bool = True) -> None:
        audio_pre_init()
        pygame.init()
        self.instant = instant  # replays: every reveal, transition and card fade completes in the step that starts it
        self.keep_dir = keep  # the user's cache folder: the title's backdrop is kept there across runs (render/keep.py)
        self.display = display or HeadlessDisplay(size)
        self.now = getattr(clock, "now", clock) or time.time
        # durable=False: `settings_dir` is thrown away after (a replay's own): saves are atomic, not fsynced
        self.session = Session(result, Path(settings_dir or paths.user_dir()), self.now, durable)
        assets = Path(assets or result.assets or paths.assets_dir())  # what was checked is what is drawn
        self.renderer = StageRenderer(self.session.story, assets)
        self.presenter = Presenter(self.renderer, self.session.settings.text_size)
        self.presenter.reduce_motion = self.session.settings.reduce_motion
        self.audio = Audio(assets, enabled=audio)
        self.input = InputMapper(self.display.to_logical)
        self.frame = pygame.Surface(LOGICAL)
        self._hover: tuple[int, int] | None = None
        self._notice: str | None = None
        self._notice_age = 0
        self._running = True
        self._dirty = True
        self._card_fade = CARD_FADE_MS
        self._queue: list[pygame.event.Event] = []
        self._observers: list[Callable[[list[pygame.event.Event]], None]] = []
        self.shared = Shared(self)
        self.ui = Screens(self)  # the stack of screens; the title is on top
        self.live = LiveReload(result.source, result.assets) if live_reload and result.source else None
        self.apply_settings()
        if self.session.settings.fullscreen:
            self.display.set_fullscreen(True)
        self._drain_notices()

    # -- the loop ----------------------------------------------------------------------
    def post(self, event: pygame.event.Event) -> None:
        self._queue.append(event)

    def observe(self, observer: Callable[[list[pygame.event.Event]], None]) -> None:
        """Call `observer` with each frame's events before they are handled (the input recorder)."""
        self._observers.append(observer)

    def step(self, events: list[pygame.event.Event] | None = None, dt_ms: int = 0) -> bool:
        """One frame: read events, move animations on by dt_ms, redraw if anything changed."""
        pending, self._queue = [*self._queue, *(events or [])], []
        for observer in self._observers:
            observer(pending)
        for event in pending:
            for intent in self.input.translate(event):
                self.handle(intent)
        self.update(max(0, int(dt_ms)))
        if not self._dirty:
            return False
        self.draw()
        self.display.present(self.frame)
        self._dirty = False
        return True

    # -- what the app is showing (read-only: screens change it through go, close, toast, invalidate) ----------
    @property
    def screen(self) -> str:
        """The name of the screen on top."""
        return self.ui.top.name

    @property
    def game(self):  # type: ignore[no-untyped-def]
        """The game screen (skip, auto, the hidden interface), whether or not it is on top."""
        return self.ui.game

    @property
    def hover(self) -> tuple[int, int] | None:
        return self._hover

    @property
    def notice(self) -> str | None:
        return self._notice

    @property
    def notice_age(self) -> int:
        return self._notice_age

    @property
    def card_fade(self) -> int:
        return self._card_fade

    @property
    def running(self) -> bool:
        return self._running

    @property
    def dirty(self) -> bool:
        return self._dirty

    @property
    def game_thumb(self) -> pygame.Surface:
        return self.shared.game_thumb

    def invalidate(self) -> None:
        """Draw a new frame at the next step."""
        self._dirty = True

    @property
    def skipping(self) -> bool:
        return self.screen == "game" and self.game.skipping

    @property
    def busy(self) -> bool:
        """Anything animating (so the window loop ticks instead of waiting for events)."""
        return self.ui.top.busy or self.notice is not None or self.card_fade > 0

    def finish_animations(self) -> None:
        self.presenter.complete()
        self._card_fade = 0
        self._dirty = True

    def update(self, dt: int) -> None:
        if self.live is not None:
            reloaded = self.live.poll(self.now())
            if reloaded is not None:
                self._reloaded(reloaded)
        if self._notice is not None:
            self._notice_age += dt
            self._dirty = True
            if self._notice_age >= toast.SHOW_MS:
                self._notice = None
        self._drain_notices()
        if self.instant and (self.card_fade > 0 or (self.screen == "game" and self.presenter.animating)):
            self.finish_animations()
        if self._card_fade > 0:
            self._card_fade = max(0, self._card_fade - dt)
            self._dirty = True
        if self.ui.top.update(dt):
            self._dirty = True

    # -- intents -----------------------------------------------------------------------
    def handle(self, intent: Intent) -> None:
        name = intent.name
        if name == "quit":
            self.quit()
        elif name == "fullscreen":
            self.toggle_fullscreen()
        elif name == "screenshot":
            self.screenshot()
        elif name == "redraw":
            self._dirty = True
        elif name == "point":
            self._point(intent.pos)
        else:
            self.ui.intent(intent)

    def _point(self, pos: tuple[int, int] | None) -> None:
        before = self.ui.hovered(self._hover)
        self._hover = pos
        if self.ui.hovered(pos) != before:
            self._dirty = True

    # -- showing lines -----------------------------------------------------------------
    def show(self, beat: Beat | None, how: str = "advance", previous: Beat | None = None) -> None:
        """Put `beat` on screen: 'advance' (transitions, cues, autosave at a scene start), 'instant'
        (skip), 'rollback' (exact, no cues), 'enter' (a fade in after loading or jumping)."""
        if beat is None:
            if self.session.runner.status is Status.CHOOSING:  # a scene that opens with a menu
                self.go("game", clear=True)
            return
        self.go("game", clear=True)
        instant = how in ("instant", "rollback") or self.instant
        kind = "fade" if how == "enter" else choose_transition(previous, beat)
        self.presenter.show(beat, kind, instant=instant)
        self.game.shown()
        self.audio.play_music(beat.stage.music)
        if how in ("advance", "instant", "enter"):
            for cue in beat.cues:
                if cue.verb == "sound" and cue.value and how != "instant":
                    self.audio.play_effect(cue.value)
        new_scene = self.session.mark(beat)
        if beat.scene_start:
            os_memory.trim()  # the last scene's pictures have left the caches: give their memory back
        if beat.scene_start and how in ("advance", "instant"):
            self.session.autosave(self.thumbnail(self.presenter.picture))
        elif new_scene:
            self.session.flush()
        self._dirty = True

    def replace_story(self, result: CheckResult) -> str | None:
        """Live reload: play `result` from now on, on the same line id; a notice when the line moved."""
        notice = self.session.replace_story(result)
        self.renderer.story = result.story
        beat = self.session.runner.current
        if self.screen == "game" and beat is not None:
            self.presenter.show(beat, "cut", instant=True)
        self._dirty = True
        return notice

    def _reloaded(self, reloaded: Reloaded) -> None:
        """Live reload found the files changed: play the new story (or show its errors, kept in `live`)."""
        self._dirty = True
        if reloaded.result is not None:
            notice = self.replace_story(reloaded.result)
            self.toast(notice or reloaded.notice or "")

    def end_story(self) -> None:
        self.session.flush()
        self.session.playing = False
        self.stop_skipping()
        self.audio.play_music(None)
        self.go("end", clear=True)

    def stop_skipping(self) -> None:
        """Skip and auto stop (the story ended, or a save was loaded)."""
        self.game.stop()

    # -- screens -----------------------------------------------------------------------
    def go(self, screen, clear: bool = False) -> None:  # type: ignore[no-untyped-def]
        """Open a screen (a name, or a screen object) over the top one, or in its place (see Screens.go)."""
        before = self.screen
        name = self.ui.go(screen, clear).name
        if name in FADED and name != before:
            self._card_fade = CARD_FADE_MS
        if name != before:
            os_memory.trim()  # the screen left behind drops its pictures (a menu's backdrop, a title's map)
        self._dirty = True

    def close(self) -> None:
        self.ui.close(in_game=self.session.playing and self.presenter.beat is not None)
        self._dirty = True

    def toast(self, message: str) -> None:
        self._notice, self._notice_age, self._dirty = message, 0, True

    def _drain_notices(self) -> None:
        while self.session.notices:
            self.toast(self.session.notices.pop(0))

    # -- settings, screenshot, quitting -------------------------------------------------
    def apply_settings(self) -> None:
        s = self.session.settings
        self.audio.set_volumes(s.master_volume, s.music_volume, s.effects_volume)
        self.presenter.set_text_size(s.text_size)
        self.presenter.set_emphasis(s.speaker_emphasis)
        self.presenter.reduce_motion = s.reduce_motion
        self._dirty = True

    def toggle_fullscreen(self) -> None:
        s = self.session.settings
        s.fullscreen = not s.fullscreen
        self.display.set_fullscreen(s.fullscreen)
        self.session.save_settings()
        self._dirty = True

    def screenshot(self) -> Path | None:
        if self.session.saving_off:
            self.toast("Could not save the screenshot: saving is off.")
            return None
        folder = self.session.screenshots
        stamp = time.strftime("%Y%m%d-%H%M%S", time.localtime(self.now()))
        path = folder / f"screenshot-{stamp}.png"
        n = 1
        while path.exists():
            n += 1
            path = folder / f"screenshot-{stamp}-{n}.png"
        try:  # atomic, like saves: a kill or a full disk leaves no truncated or empty PNG
            atomic_write_bytes(path, encode_png(self.frame))
        except (OSError, pygame.error) as exc:
            self.toast(f"Could not save the screenshot ({exc}).")
            return None
        self.toast(f"Screenshot saved: {path.name}")
        return path

    def thumbnail(self, picture: pygame.Surface | None = None) -> bytes | None:
        if self.instant:  # a replay's saves go to a throw-away folder: no PNG encoding in the loop
            return None
        if picture is None:
            self.shared.keep_game_frame(self.frame)
        small = pygame.transform.smoothscale(picture, THUMB) if picture is not None else self.shared.game_thumb
        try:
            return encode_png(small)  # not pygame.image.save to a BytesIO: that leaks the buffer
        except pygame.error:
            return None

    def quit(self) -> None:
        if self.session.playing:
            self.session.autosave(self.thumbnail())
        self.session.flush()
        self.audio.stop()
        self._running = False

    # -- entry points -------------------------------------------------------------------
    def start_at(self, scene: str, line: str | None = None) -> None:
        """Begin a new game at a scene (and line), skipping the title screen."""
        self.session.new_game()
        self.presenter.blank()
        try:
            beat = self.session.runner.jump(scene, line)
        except JumpError as exc:
            self.toast(str(exc))
            beat = self.session.runner.advance()
        self.show(beat, "enter")
        if beat is not None and beat.scene_start:
            self.session.autosave(self.thumbnail(self.presenter.picture))

    def view(self) -> View:
        game = self.game
        v = View(self.screen, ui_hidden=game.ui_hidden, skip=self.skipping or game.skip_toggle,
                 auto=game.auto, notice=self.notice)
        runner = self.session.runner
        beat = runner.current if runner.status in (Status.SHOWING, Status.CHOOSING) else None
        v.choices = [o.text for o in self.session.choices() if o.enabled]
        if beat is not None and self.presenter.beat is not None:
            line, stage, cast = beat.line, beat.stage, self.session.story.cast
            v.scene, v.line_id, v.kind, v.text = line.scene, line.id, line.kind, line.text
            v.speaker = cast[line.speaker].name if line.speaker in cast else None
            v.revealed = self.presenter.revealed_total
            v.memory, v.place, v.time = stage.memory, stage.place, stage.time
            v.camera = stage.camera.describe()
            v.actors = [(a.who, a.sprite, a.expression, a.position) for a in stage.actors]
            talker, r = speaker(beat), self.renderer
            v.looks = [{"pose": a.pose, "facing": r.facing(stage, a, talker), "extras": list(a.extras),
                        "dimmed": r.dimmed(stage, a, talker)} for a in stage.actors]
            v.event, v.emphasis = stage.event, r.emphasis
            v.gestures = [f"{c.who} {c.value}" for c in beat.cues if c.verb == "gesture"]
            v.transition = self.presenter.transition.kind if self.presenter.transition else None
            v.page, v.pages = self.presenter.page, len(self.presenter.pages)
        return v

    def draw(self) -> None:
        self.ui.draw(self.frame, self._hover)
        if self.card_fade > 0:
            effects.wash(self.frame, (0, 0, 0), self.card_fade / CARD_FADE_MS)

    def run(self, fps: int = 60) -> int:
        """The window loop: wait for events when idle, tick at `fps` while anything animates."""
        clock = pygame.time.Clock()
        clock.tick()
        while self.running:
            if self.busy:
                events = pygame.event.get()
                dt = clock.tick(fps)
            else:
                events = _wait_for_events(500 if self.live else None)
                clock.tick()
                dt = 0  # time spent asleep animates nothing
            self.step(events, min(dt, 100))
        return 0


IDLE_POLL_MS = 30  # how often an idle window looks for input: at most this much added latency


def _wait_for_events(timeout_ms: int | None = None) -> list[pygame.event.Event]:
    """Sleep until something happens (or `timeout_ms` passes: live reload looks at the files).
    A coarse sleep between looks, on every driver: SDL's own wait busy-polls under pygame 2.6 (on X11 an idle
    window waiting in `pygame.event.wait` took 2.6-3.3 % of a core; looking every 30 ms takes 0.3-0.5 %)."""
    waited = 0
    while timeout_ms is None or waited < timeout_ms:
        events = pygame.event.get()
        if events:
            return events
        pygame.time.wait(IDLE_POLL_MS)
        waited += IDLE_POLL_MS
    return []
