"""What the screens share: the app as they see it (`Host`: its services and its navigation; screens never
import the app), held weakly, and `Shared`, what several screens show or do, kept once per app: the backdrop
behind menus (the game blurred, or the title's map), the last game frame at thumbnail size (for saves), the save
slots as read, the story's illustrations and reached scenes, and loading a slot (the title's Continue, the Load
screen, quick load)."""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING, Protocol

import pygame

from game.assets import event_titles
from game.logical import LOGICAL
from game.render import effects, keep
from game.saves import SaveError
from game.ui import cg_gallery, gallery, history, saveload

TITLE_VIGNETTE = 0.6  # how dark the title backdrop's corners go

if TYPE_CHECKING:
    from game.audio import Audio
    from game.livereload import LiveReload
    from game.presenter import Presenter
    from game.render.stage import StageRenderer
    from game.saves import SlotInfo
    from game.session import Session
    from game.story.program import Beat


class Host(Protocol):
    """The app as its screens see it."""

    session: Session
    presenter: Presenter
    renderer: StageRenderer
    audio: Audio
    live: LiveReload | None
    shared: Shared

    @property
    def hover(self) -> tuple[int, int] | None: ...
    @property
    def notice(self) -> str | None: ...
    @property
    def notice_age(self) -> int: ...
    @property
    def card_fade(self) -> int: ...
    @property
    def screen(self) -> str: ...

    def go(self, screen: str, clear: bool = False) -> None: ...
    def close(self) -> None: ...
    def invalidate(self) -> None: ...
    def toast(self, message: str) -> None: ...
    def show(self, beat: Beat | None, how: str = "advance", previous: Beat | None = None) -> None: ...
    def end_story(self) -> None: ...
    def start_at(self, scene: str, line: str | None = None) -> None: ...
    def thumbnail(self, picture: pygame.Surface | None = None) -> bytes | None: ...
    def quit(self) -> None: ...
    def toggle_fullscreen(self) -> None: ...
    def apply_settings(self) -> None: ...
    def stop_skipping(self) -> None: ...


def weak(app: Host) -> Host:
    """The app as a weak proxy: screens hold no App <-> screen cycle, so a dropped App frees its surfaces at
    once (without waiting for the cycle collector)."""
    return app if isinstance(app, weakref.ProxyType) else weakref.proxy(app)  # type: ignore[return-value]


THUMB = (320, 180)  # save thumbnails


class Shared:
    def __init__(self, app: Host) -> None:
        self.app = weak(app)
        self.game_thumb = pygame.Surface(THUMB)  # the last game frame at thumbnail size (see keep_game_frame)
        self.game_pending = False  # the frame holds a game frame not yet kept in game_thumb
        self._title_backdrop: pygame.Surface | None = None
        self._blurred: tuple[int, pygame.Surface] | None = None
        self._slots: list[SlotInfo] | None = None
        self._slot_thumbs: dict[tuple[str, str], pygame.Surface | None] = {}
        self._scene_thumbs: dict[str, pygame.Surface] = {}
        self._illustrations: list[tuple[str, str]] | None = None  # (name, title) of the story's illustrations
        self._cg_thumbs: dict[str, pygame.Surface] = {}

    # -- pictures ---------------------------------------------------------------------------------
    def keep_game_frame(self, frame: pygame.Surface) -> None:
        """Keep the last game frame, still in `frame`, at thumbnail size in `game_thumb` (for a save) before
        anything is drawn over it: once when the game is left, not on every frame."""
        if self.game_pending:
            pygame.transform.smoothscale(frame, self.game_thumb.get_size(), self.game_thumb)
            self.game_pending = False

    def backdrop(self) -> pygame.Surface:
        """Behind menus: the game as it was, softly blurred (or the title's map before a game)."""
        app = self.app
        source = app.presenter.picture if app.session.playing else self.title_backdrop()
        if self._blurred is None or self._blurred[0] != id(source):
            self._blurred = (id(source), effects.blurred(source, 6))
        return self._blurred[1]

    def title_backdrop(self) -> pygame.Surface:
        if self._title_backdrop is None:
            story = self.app.session.story
            first = story.scenes[0] if story.scenes else None
            place, time = (first.place, "dusk") if first else ("", "dusk")
            renderer = self.app.renderer
            what = f"title\x00{renderer.lit_source(place, time)}\x00vignette {TITLE_VIGNETTE}"
            self._title_backdrop = keep.kept(self.app.keep_dir, "title", what, renderer.assets_root, LOGICAL,
                                             lambda: effects.vignette(renderer.lit(place, time)[0], TITLE_VIGNETTE))
        return self._title_backdrop

    def drop_title_backdrop(self) -> None:
        self._title_backdrop = None  # 3.7 MB; made again when the title shows

    # -- slots ------------------------------------------------------------------------------------
    def slots(self) -> list[SlotInfo]:
        if self._slots is None:
            self._slots = self.app.session.saves.slots()
        return self._slots

    def forget_slots(self) -> None:
        """The slots changed (or may have): read them again when next shown."""
        self._slots = None

    def slot_thumbs(self) -> dict[str, pygame.Surface | None]:
        """Thumbnails of the slots as they are now (older ones are dropped, not kept)."""
        out, kept = {}, {}
        for info in self.slots():
            if info.meta is not None:
                key = (info.slot, info.meta.saved_at)
                kept[key] = self._slot_thumbs[key] if key in self._slot_thumbs else saveload.load_thumb(info.meta.thumbnail_png)
                out[info.slot] = kept[key]
        self._slot_thumbs = kept
        return out

    def load_slot(self, slot: str) -> None:
        a = self.app
        was_playing = a.session.playing
        try:
            notice = a.session.load(slot)
        except (SaveError, OSError) as exc:
            a.toast(str(exc) if isinstance(exc, SaveError) else f"Could not load: {exc}")
            return
        a.stop_skipping()
        if not was_playing:
            a.presenter.blank()
        if a.session.runner.current is None:  # a save made on the end card
            a.end_story()
            a.toast(notice or "This save was made at the end of the story.")
            return
        if slot == "quick" and not notice:
            notice = "Quick loaded."  # replaces a "Quick saved." still showing
        a.show(a.session.runner.current, "enter")
        if notice:
            a.toast(notice)

    # -- the story's scenes and illustrations -------------------------------------------------------
    def reached(self) -> list[tuple[str, str]]:
        session = self.app.session
        known = {scene.id for scene in session.story.scenes}
        order = [scene.id for scene in session.story.scenes]
        ids = sorted((x for x in session.persistent.reached if x in known), key=order.index)
        return [(sid, session.scene_title(sid)) for sid in ids]

    def illustrations(self) -> list[cg_gallery.Entry]:
        """The story's event illustrations in the order the story first shows them; seen ones unlocked."""
        session = self.app.session
        if self._illustrations is None:
            titles = event_titles(self.app.renderer.assets_root)
            names = dict.fromkeys(beat.stage.event for beat in session.program.beats if beat.stage.event)
            self._illustrations = [(n, titles.get(n) or n.replace("-", " ").capitalize()) for n in names if n]
        return [cg_gallery.Entry(n, t, n in session.persistent.events) for n, t in self._illustrations]

    def scene_thumbs(self) -> dict[str, pygame.Surface]:
        program = self.app.session.program
        for sid, _title in self.reached():
            if sid not in self._scene_thumbs and sid in program.scene_first:
                stage = program.beats[program.scene_first[sid]].stage
                self._scene_thumbs[sid] = self.app.renderer.thumbnail(stage, gallery.THUMB)
        return self._scene_thumbs

    def cg_thumbs(self, entries: list[cg_gallery.Entry]) -> dict[str, pygame.Surface]:
        for entry in entries:
            if entry.unlocked and entry.name not in self._cg_thumbs:
                picture = self.app.renderer.event_picture(entry.name)
                self._cg_thumbs[entry.name] = pygame.transform.smoothscale(picture, cg_gallery.THUMB)
        return self._cg_thumbs

    def history_entries(self) -> list[history.Entry]:
        cast = self.app.session.story.cast
        out = []
        for entry in self.app.session.runner.history_entries():
            beat = entry.beat
            if beat is None:  # a menu passed: the option taken
                out.append(history.Entry(None, None, f"\u203a {entry.text}", "choice"))
                continue
            member = cast.get(beat.line.speaker or "")
            name = member.name if member and beat.line.kind != "narrate" else None
            text = beat.line.text if beat.line.kind != "page" else f"[{beat.line.title or 'Page'}] {beat.line.text}"
            out.append(history.Entry(name, member.color if member else None, text, beat.line.kind))
        return out
