"""How the current line is presented over time: its stage picture, the transition into it, a pause,
shake and flash, the typewriter and paging. Advanced by `update(dt_ms)`; never reads the clock or events.
"""

from __future__ import annotations

from dataclasses import dataclass

import pygame

from game.logical import LOGICAL
from game.render import camera, effects, gestures
from game.render.stage import Apart, StageRenderer
from game.story.camera import is_move
from game.story.program import Actor, Beat
from game.ui.textbox import page_length, paginate

DURATIONS_MS = {"fade": 1100, "dissolve": 450, "memory": 1800, "move": 550, "cut": 0}
HIDES_TEXT = ("fade", "memory")
FLASH_MS = 450


@dataclass
class Transition:
    kind: str
    old: pygame.Surface
    duration: int
    elapsed: int = 0
    soft: list[pygame.Surface | None] | None = None  # blurred old/new for the memory bloom, each made when first needed
    slides: list[tuple[pygame.Surface, tuple[int, int], tuple[int, int]]] | None = None  # a move: sprite, from, to
    base: pygame.Surface | None = None  # a move: the stage without the moving characters

    @property
    def progress(self) -> float:
        return min(1.0, self.elapsed / self.duration) if self.duration else 1.0


@dataclass
class Gesture:
    """Characters' small motions under way (`gesture:` cues): the stage without them, and them drawn over it,
    each moved by its motion (game.render.gestures); it ends on the stage's own picture."""
    apart: Apart
    motions: dict[str, str]  # who -> motion
    duration: int
    elapsed: int = 0

    def frame(self, into: pygame.Surface) -> pygame.Surface:
        return self.apart.frame(into, {who: gestures.offset(self.motions[who], self.elapsed, image.get_height())
                                       for who, image, _at in self.apart.figures})


def choose_transition(previous: Beat | None, beat: Beat) -> str:
    """Crossing into or out of a memory always blooms (only an explicit `transition: cut` stops it);
    otherwise a `transition` cue decides, else a new scene fades through black and a changed stage dissolves."""
    cue = next((c.value for c in beat.cues if c.verb == "transition" and c.value in DURATIONS_MS), None)
    if previous is not None and previous.stage.memory != beat.stage.memory and cue != "cut":
        return "memory"
    if cue is not None:
        return cue
    if previous is None or beat.scene_start:
        return "fade"
    old, new = previous.stage, beat.stage
    if (old.place, old.time, old.actors, old.event) == (new.place, new.time, new.actors, new.event):
        return "cut"  # a new shot size is a cut too
    if moved(previous, beat) and (old.place, old.time, old.event, new.event) == (new.place, new.time, None, None) \
            and old.camera == new.camera == camera.Camera():  # characters slide across a wide shot only
        return "move"
    return "dissolve"


def moved(previous: Beat, beat: Beat) -> set[str]:
    """Who only changed position between two beats (same cast on stage, same looks); empty if anything else changed."""
    old = {a.who: a for a in previous.stage.actors}
    new = {a.who: a for a in beat.stage.actors}
    if old.keys() != new.keys() or any(_look(old[w]) != _look(new[w]) for w in new):
        return set()
    return {w for w in new if old[w].position != new[w].position}


def _look(actor: Actor) -> tuple[object, ...]:
    return actor.sprite, actor.expression, actor.pose, actor.extras, actor.facing


def speaker(beat: Beat) -> str | None:
    """Who speaks (or thinks) the beat's line: emphasised on stage, and the others look at them."""
    return beat.line.speaker if beat.line.kind in ("say", "think") else None


class Presenter:
    def __init__(self, renderer: StageRenderer, text_size: int = 28) -> None:
        self.renderer = renderer
        self.text_size = text_size
        self.beat: Beat | None = None
        self.picture = pygame.Surface(LOGICAL)
        self.picture.fill((0, 0, 0))
        self.pages: tuple[tuple[str, ...], ...] = ((),)
        self.page = 0
        self.revealed = 0.0
        self.transition: Transition | None = None
        self.pause_ms = 0
        self.shake: tuple[str, int] | None = None
        self.flash: tuple[tuple[int, int, int], int] | None = None
        self.move: camera.Move | None = None  # a camera move under way (after any transition)
        self.final: pygame.Surface | None = None  # the picture a move ends on
        self.gesture: Gesture | None = None  # characters' small motions, after any transition
        self.reduce_motion = False  # the setting: camera moves become cuts, and there are no gestures

    def blank(self) -> None:
        """Nothing on stage (black): a new game or a load from the title fades in from here."""
        self.beat = None
        self.picture = pygame.Surface(LOGICAL)
        self.picture.fill((0, 0, 0))
        self.transition = self.gesture = None

    # -- showing ---------------------------------------------------------------------
    def show(self, beat: Beat, transition: str = "cut", instant: bool = False) -> None:
        old, previous = self.picture, self.beat
        self.beat = beat
        cue = next((c for c in beat.cues if is_move(c)), None)
        moving = cue is not None and not instant and not self.reduce_motion and not beat.stage.event
        self.picture = self.renderer.compose(beat.stage, speaker(beat), cached_only=moving)  # a move's canvas draws it
        self.pages = paginate(beat.line.text, beat.line.kind, self.text_size)
        self.page, self.revealed = 0, 0.0
        self.transition, self.pause_ms, self.shake, self.flash = None, 0, None, None
        self.move = self.final = self.gesture = None
        if instant:
            self.revealed = float(self.page_len)
            return
        if moving and cue is not None:
            self._start_move(beat, cue.value or "", cue.seconds)
        duration = DURATIONS_MS.get(transition, 0)
        if duration:
            self.transition = Transition(transition, old, duration)
            if transition == "move":
                self._prepare_move(previous, beat)
        for cue in beat.cues:
            if cue.verb == "pause":
                self.pause_ms += int(cue.seconds * 1000)
            elif cue.verb == "shake":
                self.shake = (cue.value or "small", 0)
            elif cue.verb == "flash":
                self.flash = (effects.FLASH_COLORS.get(cue.value or "white", (255, 255, 255)), 0)
        self._start_gestures(beat)

    def _start_gestures(self, beat: Beat) -> None:
        """The line's `gesture:` cues, played once any transition into the line is over (not during a camera
        move, over an illustration, or with Reduce motion on)."""
        motions = {c.who: c.value for c in beat.cues if c.verb == "gesture" and c.who and c.value in gestures.DURATION_MS}
        if not motions or self.reduce_motion or self.move is not None:
            return
        apart = self.renderer.apart(beat.stage, frozenset(motions), speaker(beat))  # type: ignore[arg-type]
        if apart is not None:
            self.gesture = Gesture(apart, motions, max(gestures.DURATION_MS[m] for m in motions.values()))  # type: ignore[index]

    def _start_move(self, beat: Beat, kind: str, seconds: float) -> None:
        """A camera move into the beat's framing, from the other side (a pan) or the framing before (a push in)."""
        cam = beat.stage.camera
        start = camera.pan_start(cam) if kind == "pan" else camera.Camera(cam.shot, cam.who)
        self.move = camera.make_move(self.renderer, beat.stage, start, seconds, speaker(beat))
        final = self.picture if self.picture is not None else self.renderer.remember(
            beat.stage, speaker(beat), self.move.last_frame())
        self.final, self.picture = final, self.move.frame(pygame.Surface(final.get_size()))

    def _prepare_move(self, previous: Beat | None, beat: Beat) -> None:
        who = moved(previous, beat) if previous is not None else set()
        assert self.transition is not None
        if not who or previous is None:
            self.transition.kind = "dissolve"
            return
        slides = []
        for actor in beat.stage.actors:
            if actor.who in who:
                start = self.renderer.actor_image(previous.stage, previous.stage.actor(actor.who),  # type: ignore[arg-type]
                                                  speaker(previous))
                end = self.renderer.actor_image(beat.stage, actor, speaker(beat))
                if start and end:
                    slides.append((end[0], start[1], end[1]))  # lit and toned as the stage draws it
        self.transition.slides = slides
        self.transition.base = self.renderer.without(beat.stage, who, speaker(beat))

    def set_emphasis(self, on: bool) -> None:
        """Turn speaker emphasis on or off; the line on screen is redrawn at once."""
        if on == self.renderer.emphasis:
            return
        self.renderer.emphasis = on
        if self.beat is not None:
            self._end_move()
            self.gesture = None  # drawn with the old emphasis
            self.picture = self.renderer.compose(self.beat.stage, speaker(self.beat))

    def set_text_size(self, size: int) -> None:
        if size == self.text_size:
            return
        self.text_size = size
        if self.beat is not None:
            self.pages = paginate(self.beat.line.text, self.beat.line.kind, size)
            self.page = min(self.page, len(self.pages) - 1)
            self.revealed = float(self.page_len)

    # -- state -----------------------------------------------------------------------
    @property
    def page_len(self) -> int:
        return page_length(self.pages[self.page])

    @property
    def page_done(self) -> bool:
        return self.transition is None and self.pause_ms <= 0 and self.revealed >= self.page_len

    @property
    def more_pages(self) -> bool:
        return self.page + 1 < len(self.pages)

    @property
    def revealed_total(self) -> int:
        return sum(page_length(p) for p in self.pages[:self.page]) + int(self.revealed)

    @property
    def text_visible(self) -> bool:
        return self.beat is not None and not (self.transition and self.transition.kind in HIDES_TEXT)

    @property
    def animating(self) -> bool:
        return (self.transition is not None or self.pause_ms > 0 or self.revealed < self.page_len
                or self.shake is not None or self.flash is not None or self.move is not None or self.gesture is not None)

    # -- time ------------------------------------------------------------------------
    def update(self, dt_ms: int, chars_per_s: float) -> bool:
        """Move everything on by `dt_ms`; returns whether the picture changed."""
        changed = self._effects(dt_ms)
        if self.transition is not None:
            self.transition.elapsed += dt_ms
            if self.transition.elapsed >= self.transition.duration:
                self.transition = None
            return True
        if self.move is not None:
            self.move.elapsed += dt_ms
            if self.move.elapsed >= self.move.duration_ms:
                self._end_move()
            changed = True
        if self.gesture is not None:
            self.gesture.elapsed += dt_ms
            if self.gesture.elapsed >= self.gesture.duration:
                self.gesture = None
            changed = True
        if self.pause_ms > 0:
            self.pause_ms -= dt_ms
            return changed or self.pause_ms <= 0
        if self.revealed < self.page_len:
            before = int(self.revealed)
            self.revealed = float(self.page_len) if chars_per_s <= 0 else min(
                float(self.page_len), self.revealed + dt_ms * chars_per_s / 1000)
            changed = changed or int(self.revealed) != before
        return changed

    def _effects(self, dt_ms: int) -> bool:
        changed = False
        if self.shake is not None:
            kind, t = self.shake
            t += dt_ms
            self.shake = None if effects.shake_offset(kind, t / 1000) == (0, 0) and t > 100 else (kind, t)
            changed = True
        if self.flash is not None:
            color, t = self.flash
            t += dt_ms
            self.flash = None if t >= FLASH_MS else (color, t)
            changed = True
        return changed

    def complete(self) -> None:
        """Finish the transition, pause, shake, flash, gestures and this page's typewriter at once."""
        self.transition, self.pause_ms, self.shake, self.flash, self.gesture = None, 0, None, None, None
        self._end_move()
        self.revealed = float(self.page_len)

    def _end_move(self) -> None:
        if self.final is not None:
            self.picture = self.final
        self.move = self.final = None

    def next_page(self) -> None:
        if self.more_pages:
            self.page += 1
            self.revealed = 0.0

    # -- drawing ---------------------------------------------------------------------
    def stage_frame(self, into: pygame.Surface | None = None) -> pygame.Surface:
        """The stage picture as it should look now (mid-transition, shaken, flashed). A transition is drawn
        straight into `into` when given (the frame), sparing full-frame copies; the result may be `into`."""
        out = self.picture
        if self.transition is not None:
            t, old = self.transition.progress, self.transition.old
            if self.transition.kind == "move" and self.transition.base is not None:
                out = self._slide(t, into)
            elif self.transition.kind == "memory":
                out = effects.bloom(old, self.picture, t, self._soft(t), into)
            elif self.transition.kind == "fade":
                out = effects.fade(old, self.picture, t, out=into)
            else:
                out = effects.dissolve(old, self.picture, t, into)
        elif self.move is not None:
            out = self.move.frame(into if into is not None else pygame.Surface(self.picture.get_size()))
        elif self.gesture is not None:
            out = self.gesture.frame(into if into is not None else pygame.Surface(self.picture.get_size()))
        if self.flash is not None:
            out = effects.flash(out, self.flash[0], self.flash[1] / FLASH_MS)
        if self.shake is not None:
            dx, dy = effects.shake_offset(self.shake[0], self.shake[1] / 1000)
            shaken = pygame.Surface(out.get_size())
            shaken.fill((0, 0, 0))
            shaken.blit(out, (dx, dy))
            out = shaken
        return out

    def _soft(self, t: float) -> tuple[pygame.Surface, pygame.Surface]:
        """The blurred pictures the bloom needs at `t` (the new one is only blurred when the bloom reaches it)."""
        assert self.transition is not None
        soft = self.transition.soft = self.transition.soft or [None, None]
        need = effects.bloom_soft_needed(t)
        if need is not None and soft[need] is None:
            soft[need] = effects.blurred(self.transition.old if need == 0 else self.picture)
        fallback = soft[0] or soft[1] or self.picture
        return (soft[0] or fallback, soft[1] or fallback)

    def _slide(self, t: float, into: pygame.Surface | None = None) -> pygame.Surface:
        assert self.transition is not None and self.transition.base is not None
        eased = t * t * (3 - 2 * t)
        out = self.transition.base.copy() if into is None else into
        if into is not None:
            out.blit(self.transition.base, (0, 0))
        for image, (x0, y0), (x1, y1) in self.transition.slides or []:
            out.blit(image, (int(x0 + (x1 - x0) * eased), int(y0 + (y1 - y0) * eased)))
        return out
