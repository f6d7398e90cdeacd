"""The player's app, one loop for the window and for headless drivers: events -> intents (game.input)
-> story runner and screens -> a composed 1280×720 frame -> the display driver.

Time comes from the caller (`step(events, dt_ms)`); the app never reads a clock for animation.
"""

from __future__ import annotations

import argparse
import logging
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import game.quickimport  # noqa: F401  (before pygame: a faster start)
import pygame

from game import heap, paths
from game.audio import Audio, pre_init as audio_pre_init
from game.check import CheckResult
from game.fsutil import atomic_write_bytes
from game.display import LOGICAL, HeadlessDisplay, WindowDisplay
from game.input import Intent, InputMapper
from game.livereload import LiveReload, Reloaded
from game.presenter import Presenter, choose_transition, speaker
from game.render import effects
from game.render.png import encode_png
from game.render.stage import StageRenderer
from game.session import Session
from game.story.program import Beat
from game.story.runner import JumpError, Status
from game import controls
from game.ui import screens

log = logging.getLogger(__name__)
SKIP_MS = 45
THUMB = (320, 180)  # save thumbnails
CARD_FADE_MS = 700  # title, cards and the end fade in from black
FADED = ("title", "content-note", "title-card", "end")
OVERLAYS = ("menu", "history", "save", "load", "settings", "scenes", "gallery", "illustration", "help", "about")


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
    ui_hidden: bool = False
    skip: bool = False
    auto: bool = False
    notice: str | None = None
    transition: str | None = None
    page: int = 0
    pages: int = 1
    camera: str = "wide"


class App:
    def __init__(self, result: CheckResult, settings_dir: Path | None = None,
                 clock: Callable[[], float] | None = None, size: tuple[int, int] = LOGICAL,
                 display: HeadlessDisplay | None = None, audio: bool = True, assets: Path | None = None,
                 live_reload: bool = False, instant: bool = False) -> None:
        audio_pre_init()
        pygame.init()
        self.instant = instant  # replays: every reveal, transition and card fade completes in the step that starts it
        self.display = display or HeadlessDisplay(size)
        self.now = getattr(clock, "now", clock) or time.time
        self.session = Session(result, Path(settings_dir or paths.user_dir()), self.now)
        assets = Path(assets or result.assets or paths.assets_dir())  # what was checked is what is drawn
        self.renderer = StageRenderer(self.session.story, assets)
        self.presenter = Presenter(self.renderer, self.session.settings.text_size)
        self.presenter.reduce_motion = self.session.settings.reduce_motion
        self.audio = Audio(assets, enabled=audio)
        self.input = InputMapper(self.display.to_logical)
        self.frame = pygame.Surface(LOGICAL)
        self.game_thumb = pygame.Surface(THUMB)  # the last game frame at thumbnail size (kept by ui.keep_game_frame)
        self.screen = "title"
        self.stack: list[str] = []
        self.hover: tuple[int, int] | None = None
        self.focus: int | None = None
        self.skip_held = self.skip_toggle = self.auto = self.ui_hidden = False
        self.notice: str | None = None
        self.notice_age = 0
        self.running = True
        self.dirty = True
        self.scroll = 0
        self.gallery_page = 0
        self.illustration: str | None = None  # the one the Gallery shows full-frame
        self._skip_acc = self._auto_acc = 0
        self.card_fade = CARD_FADE_MS
        self._queue: list[pygame.event.Event] = []
        self._observers: list[Callable[[list[pygame.event.Event]], None]] = []
        self.ui = screens.Screens(self)
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
        if not self.dirty:
            return False
        self.draw()
        self.display.present(self.frame)
        self.dirty = False
        return True

    @property
    def skipping(self) -> bool:
        return (self.skip_held or self.skip_toggle) and self.screen == "game"

    @property
    def busy(self) -> bool:
        """Anything animating (so the window loop ticks instead of waiting for events)."""
        in_game = self.screen == "game"
        return ((in_game and (self.presenter.animating or self.skipping or self.auto)) or self.notice is not None
                or self.card_fade > 0)

    def finish_animations(self) -> None:
        self.presenter.complete()
        self.card_fade = 0
        self.dirty = True

    def update(self, dt: int) -> None:
        if self.live is not None:
            reloaded = self.live.poll(self.now())
            if reloaded is not None:
                self._reloaded(reloaded)
        if self.notice is not None:
            self.notice_age += dt
            self.dirty = True
            if self.notice_age >= screens.toast.SHOW_MS:
                self.notice = None
        self._drain_notices()
        if self.instant and (self.card_fade > 0 or (self.screen == "game" and self.presenter.animating)):
            self.finish_animations()
        if self.card_fade > 0:
            self.card_fade = max(0, self.card_fade - dt)
            self.dirty = True
        if self.screen != "game":
            return
        if self.presenter.update(dt, self.session.settings.text_speed):
            self.dirty = True
        if self.skipping:
            self._skip(dt)
        elif self.auto and self.presenter.page_done:
            self._auto_acc += dt
            chars = sum(map(len, self.presenter.pages[self.presenter.page]))
            if self._auto_acc >= self.session.settings.auto_delay * 1000 + 25 * chars:
                self._auto_acc = 0
                controls.advance(self)

    def _skip(self, dt: int) -> None:
        self._skip_acc += dt
        while self._skip_acc >= SKIP_MS and self.screen == "game":
            self._skip_acc -= SKIP_MS
            if not self.presenter.more_pages and not self.session.may_skip():
                if self.skip_toggle:
                    self.skip_toggle = False
                    self.toast("Skipping stopped at a line you have not read yet.")
                self._skip_acc = 0
                self.dirty = True
                return
            self.presenter.complete()
            controls.advance(self, instant=True)

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
            self.dirty = True
        elif name == "point":
            self._point(intent.pos)
        elif name == "skip_release":
            self.skip_held = False
            self.dirty = True
        elif self.screen == "game":
            controls.game_intent(self, intent)
        else:
            self.ui.intent(intent)

    def _point(self, pos: tuple[int, int] | None) -> None:
        before = self.ui.hovered()
        self.hover = pos
        if self.ui.hovered() != before:
            self.dirty = True

    # -- showing lines -----------------------------------------------------------------
    def show(self, beat: Beat | None, how: str = "advance", previous: Beat | None = None) -> None:
        """Put `beat` on screen: 'advance' (transitions, cues, autosave at a scene start), 'instant'
        (skip), 'rollback' (exact, no cues), 'enter' (a fade in after loading or jumping)."""
        if beat is None:
            return
        self.go("game", clear=True)
        instant = how in ("instant", "rollback") or self.instant
        kind = "fade" if how == "enter" else choose_transition(previous, beat)
        self.presenter.show(beat, kind, instant=instant)
        self._auto_acc = 0
        self.audio.play_music(beat.stage.music)
        if how in ("advance", "instant", "enter"):
            for cue in beat.cues:
                if cue.verb == "sound" and cue.value and how != "instant":
                    self.audio.play_effect(cue.value)
        new_scene = self.session.mark(beat)
        if beat.scene_start:
            heap.trim()  # the last scene's pictures have left the caches: give their memory back
        if beat.scene_start and how in ("advance", "instant"):
            self.session.autosave(self.thumbnail(self.presenter.picture))
        elif new_scene:
            self.session.flush()
        self.dirty = True

    def replace_story(self, result: CheckResult) -> str | None:
        """Live reload: play `result` from now on, on the same line id; a notice when the line moved."""
        notice = self.session.replace_story(result)
        self.renderer.story = result.story
        beat = self.session.runner.current
        if self.screen == "game" and beat is not None:
            self.presenter.show(beat, "cut", instant=True)
        self.dirty = True
        return notice

    def _reloaded(self, reloaded: Reloaded) -> None:
        """Live reload found the files changed: play the new story (or show its errors, kept in `live`)."""
        self.dirty = True
        if reloaded.result is not None:
            notice = self.replace_story(reloaded.result)
            self.toast(notice or reloaded.notice or "")

    def end_story(self) -> None:
        self.session.flush()
        self.session.playing = False
        self.skip_toggle = self.auto = False
        self.audio.play_music(None)
        self.go("end", clear=True)

    # -- screens -----------------------------------------------------------------------
    def go(self, screen: str, clear: bool = False) -> None:
        if clear:
            self.stack.clear()
        elif screen in OVERLAYS and self.screen != screen:
            self.stack.append(self.screen)
        if screen == "game":
            self.ui_hidden = False
        if screen != "game":
            self.skip_held = self.skip_toggle = False
        if screen in FADED and screen != self.screen:
            self.card_fade = CARD_FADE_MS
        if screen != self.screen:
            heap.trim()  # the screen left behind drops its pictures (a menu's backdrop, a title's map)
        self.screen = screen
        self.focus = None
        self.scroll = 0
        self.dirty = True

    def close(self) -> None:
        in_game = self.session.playing and self.presenter.beat is not None
        self.screen = self.stack.pop() if self.stack else ("game" if in_game else "title")
        self.focus = None
        self.dirty = True

    def toast(self, message: str) -> None:
        self.notice, self.notice_age, self.dirty = message, 0, True

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
        self.dirty = True

    def toggle_fullscreen(self) -> None:
        s = self.session.settings
        s.fullscreen = not s.fullscreen
        self.display.set_fullscreen(s.fullscreen)
        self.session.save_settings()
        self.dirty = True

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
            self.ui.keep_game_frame(self.frame)
        small = pygame.transform.smoothscale(picture, THUMB) if picture is not None else self.game_thumb
        try:
            return encode_png(small)  # not pygame.image.save to a BytesIO: that leaks the buffer
        except pygame.error:
            return None

    def quit(self) -> None:
        if self.session.playing:
            self.session.autosave(self.thumbnail())
        self.session.flush()
        self.audio.stop()
        self.running = False

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
        v = View(self.screen, ui_hidden=self.ui_hidden, skip=self.skipping or self.skip_toggle,
                 auto=self.auto, notice=self.notice)
        beat = self.session.runner.current if self.session.runner.status is Status.SHOWING else None
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
            v.transition = self.presenter.transition.kind if self.presenter.transition else None
            v.page, v.pages = self.presenter.page, len(self.presenter.pages)
        return v

    def draw(self) -> None:
        self.ui.draw(self.frame)
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


def _wait_for_events(timeout_ms: int | None = None) -> list[pygame.event.Event]:
    """Sleep until something happens (or `timeout_ms` passes: live reload looks at the files).
    SDL's wait busy-polls on drivers without a native wait (dummy, offscreen): there, a coarse
    sleep keeps an idle game near zero CPU."""
    if pygame.display.get_driver() in ("dummy", "offscreen"):
        waited = 0
        while timeout_ms is None or waited < timeout_ms:
            events = pygame.event.get()
            if events:
                return events
            pygame.time.wait(30)
            waited += 30
        return []
    first = pygame.event.wait(timeout_ms or 5000)
    return ([first] if first.type != pygame.NOEVENT else []) + pygame.event.get()


def play(result: CheckResult, args: argparse.Namespace) -> int:
    """`vn play`: open the window and play; returns the exit code."""
    from game.outputs import OutputError, parse_size

    size = LOGICAL
    if getattr(args, "size", None):
        try:
            size = parse_size(str(args.size))
        except OutputError as exc:
            print(f"vn play: {exc}", file=sys.stderr)
            return 2
    heap.return_large_blocks()  # a player's session gives pictures back at once (see game/heap.py)
    audio_pre_init()
    pygame.init()
    display = WindowDisplay(size, result.story.title if result.story else "")
    app = App(result, display=display, size=size, live_reload=True)
    if getattr(args, "scene", None):
        app.start_at(args.scene, getattr(args, "line", None))
    recorder = None
    if getattr(args, "record", None):
        from game.replay.record import Recorder

        recorder = Recorder(app, args.record, {"scene": getattr(args, "scene", None), "line": getattr(args, "line", None)})
    try:
        return app.run()
    finally:
        if recorder is not None:
            recorder.close()
        pygame.display.quit()
