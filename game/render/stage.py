"""The picture of a stage (place, time, characters, memory): the lit map, the characters at their
stage points facing their way (the speaker emphasised), the map's front layer, and the memory grade;
or an event illustration in place of all that. Composed once per distinct stage and speaker, and cached.

Knows the story's Stage and Place data; never draws interface or text.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, replace
from pathlib import Path

import pygame

from game.assets import AssetError, event_lights, image_size
from game.logical import LOGICAL
from game.render import camera, effects, lighting
from game.render.lru import LRU
from game.render.maps import MapCache, RenderedMap
from game.render.sprites import SpriteCache
from game.spritesets import Pose, SpriteSet
from game.story.model import Story
from game.story.program import Actor, Stage

log = logging.getLogger(__name__)
# How many of each picture the renderer keeps (each is up to a full frame, 3.7 MB, or a close-up's figure, up to
# 7 MB): enough for a line and the one before it, so a transition and a step back are instant. Every
# picture is a pure function of its key, so a smaller cache only costs drawing again.
KEEP_LIT = 1  # the place lit for its time (made again at a change of place or time: about 0.1 s)
KEEP_EVENTS = 1  # illustrations at frame size
KEEP_SCALED = 2  # characters drawn for a camera shot
KEEP_VIEWS = 1  # the place seen through a framing, blurred for depth (camera.background): the next line in the
# same framing, or the other speaker of a two-shot, draws only its characters on it
DIM = (178, 178, 186)  # the listeners' light while someone else speaks (speaker emphasis)


class StageRenderer:
    """Composes `Stage`s into 1280×720 Surfaces; keeps the last few (rollback is instant)."""

    def __init__(self, story: Story | None, assets_root: Path, keep: int = 2) -> None:
        self.story = story
        self.maps = MapCache(assets_root)
        self.sprites = SpriteCache(assets_root)
        self._scaled: LRU[tuple[object, ...], tuple[pygame.Surface, tuple[int, int]] | None] = LRU(KEEP_SCALED)
        self._lit: LRU[tuple[str, ...], tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]] = LRU(KEEP_LIT)
        self._stages: LRU[tuple[Stage, str | None, bool], pygame.Surface] = LRU(keep)
        self._events: LRU[tuple[str, bool, str], pygame.Surface] = LRU(KEEP_EVENTS)
        self.views: LRU[tuple[object, ...], tuple[pygame.Surface, pygame.Surface]] = LRU(KEEP_VIEWS)
        self.assets_root = Path(assets_root)
        self._event_lights: dict[str, str] | None = None
        self.emphasis = True  # dim the characters who are not speaking (a setting)

    def hold(self, views: int, lit: int) -> None:
        """Keep up to `views` framed backgrounds and `lit` lit places (for tools that are not the player, such
        as a replay, which trade memory for not drawing them again)."""
        self.views.keep = max(self.views.keep or 0, views)
        self._lit.keep = max(self._lit.keep or 0, lit)

    def _map_name(self, place: str) -> str | None:
        info = self.story.places.get(place) if self.story else None
        return info.map if info else None

    def map_for(self, place: str) -> RenderedMap:
        return self.maps.get(self._map_name(place))

    def lit_source(self, place: str, time: str) -> str:
        """What `lit(place, time)` is drawn from (its place, map, time and the place's own light), for keys."""
        return f"{place}\x00{self._map_name(place) or ''}\x00{time}\x00{self.tint(place, time)}"

    def lit(self, place: str, time: str) -> tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]:
        """The place's map lit for `time`: (behind the characters, in front of them, where the front goes); cached."""
        key = (place, time)
        if key not in self._lit:
            self._lit.make_room()
            self._lit.put(key, self._light(place, time))
        return self._lit.get(key)

    def _light(self, place: str, time: str) -> tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]:
        rendered = self.map_for(place)
        tint = self.tint(place, time)
        back = lighting.apply_grade(rendered.back, time, tint)
        back = lighting.add_lights(back, rendered.lights, time)
        front = lighting.apply_front_grade(rendered.front, time, tint) if rendered.front else None
        return back, front, rendered.front_at

    def tint(self, place: str, time: str) -> tuple[int, int, int] | None:
        """The place's own light for `time`, where the script gives one (else None: the time's grade)."""
        info = self.story.places.get(place) if self.story else None
        return dict(info.lighting).get(time) if info else None

    def focus(self, stage: Stage, speaker: str | None) -> str | None:
        """The speaker when it changes the picture (on stage with someone else), else None."""
        return speaker if len(stage.actors) > 1 and stage.actor(speaker or "") is not None else None

    def compose(self, stage: Stage, speaker: str | None = None, cached_only: bool = False) -> pygame.Surface:
        """The whole stage picture while `speaker` speaks (cached; the same object for an equal stage), through
        the stage's camera. With `cached_only`, None when it is not cached (a camera move is about to draw it)."""
        key = (stage, self.focus(stage, speaker), self.emphasis)
        if key in self._stages:
            return self._stages.get(key)
        if cached_only:
            return None  # type: ignore[return-value]
        framing = None if stage.event else self.framing(stage)
        if stage.event:
            picture = self._illustration(stage)
        elif framing is None:
            picture = self._draw(stage, key[1])
        else:
            picture = camera.draw_view(self, stage, *framing, key[1])
        return self._stages.put(key, picture)

    def framing(self, stage: Stage) -> tuple[camera.Rect, float] | None:
        """The part of the stage the camera shows and its zoom (a two-shot may be wider than its shot size:
        camera.py); None for the wide shot, which is drawn whole."""
        if stage.camera.shot == "wide" and not stage.camera.pushed:
            return None
        rect = camera.view_rect(self, stage)
        return rect, LOGICAL[0] / rect[2]

    def _draw(self, stage: Stage, speaker: str | None = None, apart: frozenset[str] = frozenset()) -> pygame.Surface:
        """A memory is composed from `remembered` pictures (the lit place, and each figure toned once by the
        sprite engine; the tone is per-pixel affine, so this equals toning the composite, up to rounding) and then
        finished: the toned pictures are cached, a frame is not toned.
        Characters come lit and toned from the sprite engine (see `tone`). With `apart`, the picture under those
        characters (their shadows stay on the ground): no front layer and no memory finish, which a gesture's
        frames add over them (`Apart`)."""
        back, front, front_at = self._memory_lit(stage) if stage.memory else self.lit(stage.place, stage.time)
        out = back.copy()
        shade = effects.MEMORY_WARM if stage.memory else (255, 255, 255)
        for actor in stage.actors:
            placed = self._placed(stage, actor, speaker)
            if placed is not None:
                image, (x, y) = placed
                foot_x, foot_y = self.stage_point(stage, actor)
                effects.contact_shadow(out, foot_x, foot_y, min(self.span(actor, image), 360), shade)
                if actor.who not in apart:
                    out.blit(image, (x, y))
        if apart:
            return out
        if front is not None:
            out.blit(front, front_at)
        return effects.memory_finish(out) if stage.memory else out

    def _placed(self, stage: Stage, actor: Actor, speaker: str | None) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """A character as the wide shot draws it (dimmed while another speaks), and its top-left."""
        placed = self.actor_image(stage, actor, speaker)
        if placed is not None and self.dimmed(stage, actor, speaker):
            image = placed[0].copy()
            image.fill(DIM, special_flags=pygame.BLEND_RGB_MULT)
            return image, placed[1]
        return placed

    def apart(self, stage: Stage, who: frozenset[str], speaker: str | None = None) -> Apart | None:
        """The stage's picture (as `compose` frames it) without the characters `who`, and those characters as it
        would draw them, with where: what a gesture moves. None over an illustration or with no one to move."""
        focus = self.focus(stage, speaker)
        actors = [a for a in stage.actors if a.who in who]
        if stage.event or not actors:
            return None
        framing = self.framing(stage)
        if framing is None:
            base = self._draw(stage, focus, who)
            figures = [(a.who, *p) for a, p in ((a, self._placed(stage, a, focus)) for a in actors) if p is not None]
            _back, front, front_at = self.lit_for(stage)
            cover = (front, front_at) if front is not None else None
        else:
            rect, zoom = framing
            base = camera.draw_view(self, stage, rect, zoom, focus, apart=who)
            figures = [(a.who, *p) for a, p in ((a, camera.placed(self, stage, a, rect, zoom, focus)) for a in actors)
                       if p is not None]
            cover = camera.front_view(self, stage, rect, zoom)
        return Apart(base, tuple(figures), cover, stage.memory, self.compose(stage, speaker)) if figures else None

    def dimmed(self, stage: Stage, actor: Actor, speaker: str | None) -> bool:
        """Whether `actor` is drawn dimmed because someone else on stage speaks (speaker emphasis)."""
        return self.emphasis and self.focus(stage, speaker) not in (None, actor.who)

    def _illustration(self, stage: Stage) -> pygame.Surface:
        """An event illustration scaled to the frame, lit for the stage's time as the place is (unless it was painted
        in its own light: `events.yaml`'s `light:`), and graded like any memory frame in a memory. Cached: the
        lines it stays on reuse one picture."""
        name = stage.event or ""
        lit = name not in self.event_lights()
        key = (name, stage.memory, self.lit_source(stage.place, stage.time) if lit else "")
        if key not in self._events:
            picture = self.event_picture(name)
            if lit:
                picture = lighting.apply_grade(picture, stage.time, self.tint(stage.place, stage.time))
            self._events.put(key, memory_frame(picture) if stage.memory else picture)
        return self._events.get(key)

    def event_lights(self) -> dict[str, str]:
        """The illustrations painted in their own light (name -> the time painted for); read once."""
        if self._event_lights is None:
            self._event_lights = event_lights(self.assets_root)
        return self._event_lights

    def event_picture(self, name: str) -> pygame.Surface:
        """An illustration at frame size, ungraded (a black frame when it cannot be read)."""
        path = self.assets_root / "events" / f"{name}.png"
        try:
            image_size(path, path.name)  # never decode a picture past the size limits
            image = pygame.image.load(str(path))
        except (pygame.error, OSError, AssetError):
            log.warning("event illustration %s: cannot be read; a black frame is shown", name)
            blank = pygame.Surface(LOGICAL)
            blank.fill((0, 0, 0))
            return blank
        if image.get_size() != LOGICAL:  # scaled before it is converted: one full-size copy in memory, not two
            image = pygame.transform.smoothscale(image, LOGICAL)
        return image.convert() if pygame.display.get_surface() else image.convert(24)

    def remember(self, stage: Stage, speaker: str | None, picture: pygame.Surface) -> pygame.Surface:
        """Keep `picture` as the stage's picture (a camera move's last frame, drawn from its canvas)."""
        return self._stages.put((stage, self.focus(stage, speaker), self.emphasis), picture)

    def lit_for(self, stage: Stage) -> tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]:
        """The place lit for the stage's time, toned when it is remembered."""
        return self._memory_lit(stage) if stage.memory else self.lit(stage.place, stage.time)

    def actor_at_scale(self, stage: Stage, actor: Actor, zoom: float, speaker: str | None = None
                       ) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """A character at `zoom` × the wide shot's size, lit, toned, dimmed and facing as in `_draw`, composed by
        the sprite engine from the full-resolution art at that scale (never scaled-up pixels); and its foot."""
        found = self.sprites.sprite_set(actor.sprite)
        if found is None:
            return None
        mirrored = self.mirrored(stage, actor, speaker)
        key = (*self._look(stage, actor, speaker), stage.memory, self.dimmed(stage, actor, speaker), round(zoom, 3))
        if key not in self._scaled:
            figure = self.sprites.compose(actor.sprite, actor.pose, actor.expression, actor.extras,
                                          found.scale * zoom, mirrored, self.tone(stage))
            entry = None
            if figure is not None:
                image = figure.image
                if self.dimmed(stage, actor, speaker):
                    image = image.copy()
                    image.fill(DIM, special_flags=pygame.BLEND_RGB_MULT)
                entry = (image, figure.foot)
            self._scaled.put(key, entry)
        return self._scaled.get(key)

    def span(self, actor: Actor, image: pygame.Surface, zoom: float = 1.0) -> int:
        """How wide the actor's pose is drawn at `zoom` (its canvas, not its `image`, which is cut to what the
        layers draw): the contact shadow's width."""
        found, pose = self._pose(actor)
        if found is None or pose is None or found.flat:
            return image.get_width()
        return round(round(pose.size[0] * found.scale * pose.scale * zoom, 4))

    def _pose(self, actor: Actor) -> tuple[SpriteSet | None, Pose | None]:
        """The actor's sprite set and the pose it is drawn in (the set's default for an unknown one)."""
        found = self.sprites.sprite_set(actor.sprite)
        if found is None:
            return None, None
        return found, found.poses.get(actor.pose or "") or found.poses.get(found.default_pose)

    def face_point(self, stage: Stage, actor: Actor, speaker: str | None = None) -> tuple[float, float] | None:
        """Where the centre of an actor's face is on the stage (stage px), from its pose's anchors."""
        found, pose = self._pose(actor)
        if found is None:
            return None
        x, y = self.stage_point(stage, actor)
        if pose is None or found.flat:
            placed = self.actor_image(stage, actor, speaker)
            return None if placed is None else (x, y - placed[0].get_height() * 0.7)
        scale = found.scale * pose.scale  # a pose's own scale (the lying poses are drawn smaller)
        dx = (pose.face[0] - pose.foot[0]) * scale
        return (x - dx if self.mirrored(stage, actor, speaker) else x + dx, y + (pose.face[1] - pose.foot[1]) * scale)

    def _memory_lit(self, stage: Stage) -> tuple[pygame.Surface, pygame.Surface | None, tuple[int, int]]:
        key = (stage.place, stage.time, "memory")
        if key not in self._lit:
            plain = (stage.place, stage.time)  # a memory's place is rarely seen unremembered: not cached for it
            if plain in self._lit:
                back, front, at = self._lit.peek(plain)
            else:
                self._lit.make_room()
                back, front, at = self._light(stage.place, stage.time)
            self._lit.put(key, (effects.remembered(back), effects.remembered(front) if front is not None else None, at))
        return self._lit.get(key)

    def actor_image(self, stage: Stage, actor: Actor, speaker: str | None = None, scale: float | None = None
                    ) -> tuple[pygame.Surface, tuple[int, int]] | None:
        """A character lit for the stage's time, facing its way, and the top-left where it stands (None if no
        sprite). `scale` (stage px per art px; None: the set's normal shot) draws it from the art at another
        size for a close-up: the top-left is then where it stands if the stage were zoomed about the stage point."""
        mirrored = self.mirrored(stage, actor, speaker)
        figure = self.sprites.compose(actor.sprite, actor.pose, actor.expression, actor.extras, scale, mirrored,
                                      self.tone(stage))
        if figure is None:
            return None
        x, y = self.stage_point(stage, actor)
        return figure.image, (int(x - figure.foot[0]), int(y - figure.foot[1]))

    def tone(self, stage: Stage) -> Tone:
        """How the characters of `stage` are lit (its place and time) and coloured (a memory)."""
        g = lighting.grade_for(stage.time)
        return Tone(self.tint(stage.place, stage.time) or g.multiply, g.desat, g.haze, stage.memory)

    def _look(self, stage: Stage, actor: Actor, speaker: str | None) -> tuple[object, ...]:
        """What a lit character's picture depends on (its cache key)."""
        return (actor.sprite, actor.pose, actor.expression, actor.extras, self.mirrored(stage, actor, speaker),
                stage.place, stage.time)

    def stage_point(self, stage: Stage, actor: Actor) -> tuple[float, float]:
        points = self.maps.points(self._map_name(stage.place))
        return points.get(actor.position, points.get("centre", (LOGICAL[0] / 2, 700)))

    def facing(self, stage: Stage, actor: Actor, speaker: str | None = None) -> str:
        """Which way `actor` looks: as told, else towards the one it speaks to (the nearest other character),
        else towards the centre of the stage; `front` for art drawn facing front and never told."""
        drawn = self._drawn_facing(actor.sprite)
        if actor.facing:
            return actor.facing
        if drawn == "front":
            return drawn
        x = self.stage_point(stage, actor)[0]
        others = [self.stage_point(stage, a)[0] for a in stage.actors if a.who != actor.who]
        target = LOGICAL[0] / 2
        if self.focus(stage, speaker) == actor.who and others:
            target = min(others, key=lambda o: abs(o - x))
        if abs(target - x) < 2 and others:
            target = sum(others) / len(others)
        if abs(target - x) < 2:
            return drawn
        return "right" if target > x else "left"

    def mirrored(self, stage: Stage, actor: Actor, speaker: str | None = None) -> bool:
        drawn = self._drawn_facing(actor.sprite)
        return drawn != "front" and self.facing(stage, actor, speaker) != drawn

    def _drawn_facing(self, sprite: str) -> str:
        found = self.sprites.sprite_set(sprite)
        return found.facing if found else "front"

    def without(self, stage: Stage, who: set[str], speaker: str | None = None) -> pygame.Surface:
        """The stage picture without some characters (the backdrop of a move)."""
        return self.compose(replace(stage, actors=tuple(a for a in stage.actors if a.who not in who)), speaker)

    def thumbnail(self, stage: Stage, size: tuple[int, int] = (256, 144)) -> pygame.Surface:
        return pygame.transform.smoothscale(self.compose(stage), size)


@dataclass(eq=False)
class Apart:
    """A stage picture in layers, for moving some of its characters: the picture under them (the others drawn),
    their pictures and top-lefts, what is in front of them (the map's front layer as framed, and where it goes;
    None when the map has none), and whether the frame then gets the memory finish. Drawn in that order with
    the characters in place, it is `still`, the stage's own picture."""
    base: pygame.Surface
    figures: tuple[tuple[str, pygame.Surface, tuple[int, int]], ...]  # who, picture, top-left
    cover: tuple[pygame.Surface, tuple[int, int]] | None
    memory: bool
    still: pygame.Surface
    small: pygame.Surface | None = None  # a memory's: the layered picture's glow source, unmoved (made on first use)

    def frame(self, into: pygame.Surface, offsets: dict[str, tuple[int, int]], whole: bool = False) -> pygame.Surface:
        """The picture with each character moved by its offset (none: where it stands), drawn into `into`. A memory's
        finish (glow, grain, vignette) is redone only around the moved characters, on the still picture: the same
        pixels as finishing the whole frame again (`whole`), in about two thirds of the time for a figure in a wide
        shot (the glow's one frame-sized upscale stays)."""
        moved = {who: o for who, o in offsets.items() if o != (0, 0)}
        if self.memory and not whole:
            into.blit(self.still, (0, 0))
            if moved:
                self._refinish(into, moved)
            return into
        self._layers(into, offsets, (0, 0))
        return effects.memory_finish(into) if self.memory else into

    def _layers(self, into: pygame.Surface, offsets: dict[str, tuple[int, int]], origin: tuple[int, int]) -> None:
        """The layers drawn into `into`, whose top-left is `origin` in the frame."""
        ox, oy = origin
        into.blit(self.base, (-ox, -oy))
        for who, image, (x, y) in self.figures:
            dx, dy = offsets.get(who, (0, 0))
            into.blit(image, (x + dx - ox, y + dy - oy))
        if self.cover is not None:
            picture, (x, y) = self.cover
            into.blit(picture, (x - ox, y - oy))

    def _refinish(self, into: pygame.Surface, moved: dict[str, tuple[int, int]]) -> None:
        """Redraw and finish the part of the memory frame the moved characters change: each figure where it
        stands and where it is now, widened by how far the glow reaches and out to the grain's tile grid; the glow
        is drawn from the whole frame's glow source with that part's blocks put in, so the part comes out as the
        whole frame would."""
        frame = into.get_rect()
        if self.small is None:
            layered = pygame.Surface(frame.size)
            self._layers(layered, {}, (0, 0))
            self.small = effects.glow_source(layered)
        changed = [pygame.Rect(x, y, *image.get_size()).union(pygame.Rect(x + moved[who][0], y + moved[who][1],
                                                                             *image.get_size()))
                   for who, image, (x, y) in self.figures if who in moved]
        reach, tile = 2 * effects.GLOW_BLOCK, effects.GRAIN_TILE  # a changed block changes the glow one block on
        area = changed[0].unionall(changed[1:]).inflate(2 * reach, 2 * reach)
        x0, y0 = max(0, area.left // tile * tile), max(0, area.top // tile * tile)
        x1, y1 = min(frame.w, -(-area.right // tile) * tile), min(frame.h, -(-area.bottom // tile) * tile)
        part = pygame.Surface((x1 - x0, y1 - y0))
        self._layers(part, moved, (x0, y0))
        effects.memory_finish_part(part, (x0, y0), self.small.copy(), frame.size)
        into.blit(part, (x0, y0))


def memory_frame(picture: pygame.Surface) -> pygame.Surface:
    """The memory grade of a whole frame, as a composed memory stage gets it (toned, then softened)."""
    return effects.memory_finish(effects.remembered(picture))


@dataclass(frozen=True)
class Tone:
    """A character's light and colour on a stage, applied by the sprite engine to each figure it composes (and
    part of its figure cache's key): the time of day's light, and the memory colours for a remembered scene."""
    multiply: tuple[int, int, int]
    desat: float
    haze: tuple[int, int, int, int]
    memory: bool

    def __call__(self, image: pygame.Surface, in_place: bool = False) -> pygame.Surface:
        """`image` lit and toned: a new picture, or `image` itself with `in_place` (a figure just composed, which
        no one else holds: the toning then needs one figure-sized picture at a time, not three)."""
        lit = _light_sprite(image, self.multiply, self.desat, self.haze, in_place)
        return effects.remembered(lit, in_place=True) if self.memory else lit


def _light_sprite(image: pygame.Surface, tint: tuple[int, int, int], desat: float,
                  haze: tuple[int, int, int, int], in_place: bool = False) -> pygame.Surface:
    """Characters take the time of day's light too, more gently than the background (and a little mist)."""
    k = 0.9 if sum(tint) < 420 else 0.82  # darker times light the characters almost as fully as the map
    soft = tuple(int(255 - (255 - c) * k) for c in tint)
    out = image if in_place else image.copy()
    if desat > 0.2:
        grey = effects.grey(image)
        grey.set_alpha(int(255 * desat * 0.55))
        out.blit(grey, (0, 0))
    effects.tint(out, soft, pygame.BLEND_RGBA_MULT)  # type: ignore[arg-type]
    if haze[3] > 60:
        k = haze[3] / 255 * 0.22
        effects.tint(out, tuple(int(c * k) for c in haze[:3]), pygame.BLEND_RGB_ADD)  # type: ignore[arg-type]
    return out
