"""The router between the app and its screens: which buttons each screen has, what their actions do,
and drawing the current screen (the game itself, or title, cards, menus) into the frame.
"""

from __future__ import annotations

import weakref
from typing import TYPE_CHECKING

import pygame

from game import controls
from game.input import Intent
from game.render import effects
from game.assets import event_titles
from game.saves import SaveError
from game.settings import SETTING_RANGES, clamp
from game.ui import (cards, cg_gallery, confirm, gallery, gamemenu, history, info, saveload, script_errors,
                     settings_screen, textbox, theme, title, toast)
from game.ui.theme import Button

if TYPE_CHECKING:
    from game.app import App


class Screens:
    def __init__(self, app: App) -> None:
        self.app: App = weakref.proxy(app)  # no App <-> Screens cycle: a dropped App frees its surfaces at once
        self._title_backdrop: pygame.Surface | None = None
        self._slot_thumbs: dict[tuple[str, str], pygame.Surface | None] = {}
        self._scene_thumbs: dict[str, pygame.Surface] = {}
        self._illustrations: list[tuple[str, str]] | None = None  # (name, title) of the story's illustrations
        self._cg_thumbs: dict[str, pygame.Surface] = {}
        self._slots_cache: list | None = None  # type: ignore[type-arg]
        self._blurred: tuple[tuple[int, int], pygame.Surface] | None = None
        self._confirm: str | None = None  # the slot waiting for a second click to be overwritten
        self._strip: tuple[pygame.Surface, tuple, pygame.Surface] | None = None  # type: ignore[type-arg]
        self._game_pending = False  # app.frame holds a game frame not yet kept in app.game_thumb
        self._ask: tuple[str, str] | None = None  # a yes/no question over the screen, and the action it guards

    # -- buttons -----------------------------------------------------------------------
    def buttons(self) -> list[Button]:
        return confirm.buttons() if self._ask is not None else self._screen_buttons()

    def _screen_buttons(self) -> list[Button]:
        a, s = self.app, self.app.screen
        if s == "game":
            return controls.quick_buttons(a)
        if s == "title":
            return title.buttons(a.session.saves.latest() is not None, bool(self.reached()),
                                 any(slot.meta or slot.damaged for slot in self.slots()), bool(self.illustrations()))
        if s == "content-note":
            return cards.content_note_buttons(a.session.story.content_note)
        if s == "menu":
            return gamemenu.buttons()
        if s in ("save", "load"):
            return saveload.buttons(s, self.slots())
        if s == "settings":
            return settings_screen.buttons()
        if s == "history":
            return history.buttons()
        if s in ("help", "about"):
            return info.buttons()
        if s == "scenes":
            return gallery.buttons(self.reached(), a.gallery_page)
        if s == "gallery":
            return cg_gallery.buttons(self.illustrations(), a.gallery_page)
        if s == "illustration":
            return cg_gallery.view_buttons()
        return []

    def hovered(self) -> str | None:
        """The action of the button under the pointer (to redraw only when it changes)."""
        found = theme.hit(self.buttons(), self.app.hover)
        return None if found is None else f"{found.action}@{found.rect.topleft}"

    def slots(self) -> list:  # type: ignore[type-arg]
        if self._slots_cache is None:
            self._slots_cache = self.app.session.saves.slots()
        return self._slots_cache

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

    # -- intents -----------------------------------------------------------------------
    def intent(self, intent: Intent) -> None:
        a, name = self.app, intent.name
        if a.screen in ("title-card", "end"):
            if name == "menu":
                self.action("to_title")
            if name in ("click", "advance"):
                self.action("begin" if a.screen == "title-card" else "to_title")
            return
        if name == "click":
            button = theme.hit(self.buttons(), intent.pos)
            if button is not None:
                self.action(button.action, intent.pos)
        elif name == "menu" and self._ask is not None:
            self.action("confirm:no")
        elif name == "advance" and a.focus is None and a.screen == "content-note" and self._ask is None:
            self.action("confirm_note")  # the first Enter continues, as the first click does
        elif name == "menu":
            if a.screen == "content-note":
                self.action("to_title")
            elif a.screen != "title":
                self.action("close")
        elif name in ("up", "down", "left", "right"):
            self._move_focus(1 if name in ("down", "right") else -1)
        elif name == "advance" and a.focus is None:
            self._move_focus(1)  # a first press (keyboard, gamepad A) shows where the focus is
        elif name == "advance":
            buttons = self.buttons()
            if a.focus < len(buttons) and buttons[a.focus].enabled:
                self.action(buttons[a.focus].action, buttons[a.focus].rect.center)
        elif name in ("back", "forward") and a.screen == "history":
            a.scroll = max(0, a.scroll + (1 if name == "back" else -1))
            a.dirty = True
        elif name == "history" and a.screen == "history":
            self.action("close")

    def _move_focus(self, step: int) -> None:
        buttons = self.buttons()
        usable = [i for i, b in enumerate(buttons) if b.enabled]
        if not usable:
            return
        a = self.app
        if a.focus not in usable:
            a.focus = usable[0] if step > 0 else usable[-1]
        else:
            a.focus = usable[(usable.index(a.focus) + step) % len(usable)]
        a.dirty = True

    def _asks(self, action: str) -> str | None:
        """The question to ask before `action`, or None: leaving or replacing a game under way."""
        a = self.app
        verb = action.partition(":")[0]
        in_game = a.session.playing and a.session.runner.current is not None
        if verb == "quit":
            return "Quit the game?"
        if verb == "to_title" and in_game:
            return "Return to the title screen?"
        if verb == "load" and in_game and a.screen == "load":
            return "Load this save? You leave the game you are in."
        return None

    def action(self, action: str, pos: tuple[int, int] | None = None, confirmed: bool = False) -> None:
        a = self.app
        a.dirty = True
        verb, _, arg = action.partition(":")
        if verb == "confirm":
            asked, self._ask, a.focus = self._ask, None, None
            if arg == "yes" and asked is not None:
                self.action(asked[1], pos, confirmed=True)
            return
        question = None if confirmed else self._asks(action)
        if question is not None:
            self._ask, a.focus = (question, action), None
            return
        if verb == "start":
            a.session.new_game()
            a.presenter.blank()
            a.go("content-note" if a.session.story.content_note.strip() else "title-card", clear=True)
        elif verb == "confirm_note":
            a.session.persistent.content_note_read = True
            a.go("title-card", clear=True)
        elif verb == "begin":
            a.show(a.session.runner.advance(), "advance")
        elif verb == "continue":
            latest = a.session.saves.latest()
            if latest:
                self.load_slot(latest)
        elif verb == "open":
            self._slots_cache, self._confirm = None, None
            if arg in ("scenes", "gallery"):
                a.gallery_page = 0
            a.go(arg)
        elif verb == "cg":
            a.illustration = arg
            a.go("illustration")
        elif verb == "close":
            a.close()
        elif verb == "to_title":
            if a.session.playing:
                a.session.autosave(a.thumbnail())
            a.session.playing = False
            a.audio.play_music(None)
            self._slots_cache = None  # the title's Continue and Load look at the slots as they are now
            a.go("title", clear=True)
        elif verb == "quit":
            a.quit()
        elif verb == "history":
            a.go("history")
        elif verb in ("save", "load"):
            self.save_slot(arg) if verb == "save" else self.load_slot(arg)
        elif verb in ("set", "slide", "toggle"):
            self._setting(verb, action.split(":"), pos)
        elif verb == "scene":
            a.start_at(arg)
        elif verb == "page":
            a.gallery_page = max(0, a.gallery_page + int(arg))

    def save_slot(self, slot: str) -> None:
        """Save into `slot`; a slot that holds a save asks for a second click before it is overwritten."""
        a = self.app
        used = any(info.slot == slot and (info.meta or info.damaged) for info in self.slots())
        if used and slot != "quick" and self._confirm != slot:
            self._confirm = slot
            a.toast(f"Slot {slot} holds a save: choose it again to overwrite it.")
            return
        self._confirm = None
        try:
            a.session.save(slot, a.thumbnail())
        except (SaveError, OSError) as exc:
            a.toast(f"Could not save: {exc}")
            return
        self._slots_cache = None
        a.toast(f"Saved in {'the quick slot' if slot == 'quick' else 'slot ' + slot}.")

    def load_slot(self, slot: str) -> None:
        a = self.app
        was_playing = a.session.playing
        try:
            notice = a.session.load(slot)
        except (SaveError, OSError) as exc:
            a.toast(str(exc) if isinstance(exc, SaveError) else f"Could not load: {exc}")
            return
        a.skip_toggle = a.auto = False
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

    def _setting(self, verb: str, parts: list[str], pos: tuple[int, int] | None) -> None:
        a, name = self.app, parts[1]
        s = a.session.settings
        spec = SETTING_RANGES.get(name)
        if verb == "toggle":
            if name == "fullscreen":
                a.toggle_fullscreen()
                return
            setattr(s, name, not getattr(s, name))
        elif spec is not None:
            if verb == "set":
                value = getattr(s, name) + (spec.step if parts[2] == "+" else -spec.step)
            else:
                bar = settings_screen.bar_rect(name)
                k = 0.0 if pos is None else (pos[0] - bar.x) / bar.w
                value = spec.low + round(k * (spec.high - spec.low) / spec.step) * spec.step
            value = clamp(name, round(value, 3))
            setattr(s, name, int(value) if isinstance(getattr(s, name), int) else float(value))
        a.session.save_settings()
        a.apply_settings()

    # -- drawing -----------------------------------------------------------------------
    def backdrop(self) -> pygame.Surface:
        """Behind menus: the game as it was, softly blurred (or the title's map before a game)."""
        source = self.app.presenter.picture if self.app.session.playing else self.title_backdrop()
        key = (id(source), 0)
        if self._blurred is None or self._blurred[0] != key:
            self._blurred = (key, effects.blurred(source, 6))
        return self._blurred[1]

    def title_backdrop(self) -> pygame.Surface:
        if self._title_backdrop is None:
            story = self.app.session.story
            first = story.scenes[0] if story.scenes else None
            place, time = (first.place, "dusk") if first else ("", "dusk")
            self._title_backdrop = effects.vignette(self.app.renderer.lit(place, time)[0], 0.6)
        return self._title_backdrop

    def draw(self, frame: pygame.Surface) -> None:
        a, s = self.app, self.app.screen
        buttons = self._screen_buttons()  # under a question too, unlit
        hover, focus = (None, None) if self._ask is not None else (a.hover, a.focus)
        story = a.session.story
        if s != "game":
            self.keep_game_frame(frame)
        if s == "game":
            self._title_backdrop = None  # 3.7 MB; made again when the title shows
            self.draw_game(frame, buttons)
            if a.notice or a.card_fade > 0 or (a.live is not None and a.live.errors):
                self.keep_game_frame(frame)  # before a notice, a veil or an overlay is drawn over it
        elif s == "title":
            title.draw(frame, self.title_backdrop(), story.title, story.subtitle, buttons, hover, focus)
        elif s == "content-note":
            cards.draw_content_note(frame, story.content_note, buttons, hover, focus)
        elif s == "title-card":
            cards.draw_title_card(frame, story.title, story.subtitle, story.credits)
        elif s == "end":
            cards.draw_end_card(frame, story.end_card, story.credits)
        elif s == "menu":
            beat = a.session.runner.current
            gamemenu.draw(frame, self.backdrop(), a.session.scene_title(beat.line.scene) if beat else "", buttons, hover, focus)
        elif s in ("save", "load"):
            saveload.draw(frame, self.backdrop(), s, self.slots(), buttons, hover, focus, self.slot_thumbs())
        elif s == "settings":
            settings_screen.draw(frame, self.backdrop(), a.session.settings, buttons, hover, focus)
        elif s == "history":
            limit = history.draw(frame, self.backdrop(), self.history_entries(), a.scroll, buttons, hover, focus)
            a.scroll = min(a.scroll, limit)
        elif s == "scenes":
            gallery.draw(frame, self.backdrop(), buttons, self.scene_thumbs(), hover, focus)
        elif s == "gallery":
            entries = self.illustrations()
            cg_gallery.draw(frame, self.backdrop(), buttons, sum(e.unlocked for e in entries), len(entries),
                            self.cg_thumbs(entries), hover, focus)
        elif s == "illustration" and a.illustration:
            cg_gallery.draw_view(frame, a.renderer.event_picture(a.illustration))
        elif s == "help":
            info.draw_help(frame, self.backdrop(), buttons, hover, focus)
        elif s == "about":
            info.draw_about(frame, self.backdrop(), story.title, story.credits, buttons, hover, focus)
        if self._ask is not None:
            confirm.draw(frame, self._ask[0], confirm.buttons(), a.hover, a.focus)
        if a.live is not None and a.live.errors:
            script_errors.draw(frame, a.live.overlay_lines())
        if a.notice:
            toast.draw(frame, a.notice, a.notice_age)

    def keep_game_frame(self, frame: pygame.Surface) -> None:
        """Keep the last game frame, still in `frame`, at thumbnail size in app.game_thumb (for a save) before
        anything is drawn over it: once when the game is left, not on every frame."""
        if self._game_pending:
            pygame.transform.smoothscale(frame, self.app.game_thumb.get_size(), self.app.game_thumb)
            self._game_pending = False

    def draw_game(self, frame: pygame.Surface, buttons: list[Button]) -> None:
        a, p = self.app, self.app.presenter
        stage = p.stage_frame(frame)
        if stage is not frame:
            frame.blit(stage, (0, 0))
        beat = p.beat
        if beat is not None and p.text_visible and not a.ui_hidden:
            line = beat.line
            if line.kind == "page":
                page = p.pages[p.page] if p.pause_ms <= 0 and not p.transition else ()
                textbox.draw_page_card(frame, line.title, page, int(p.revealed), p.page_done, p.more_pages,
                                       p.page + 1, len(p.pages), max(len(x) for x in p.pages))
                frame.blit(_bottom_shade(), (0, 720 - 64))
                theme.draw_buttons(frame, buttons, a.hover)
            else:
                self._textbox(frame, buttons)
        if a.skipping or a.skip_toggle or a.auto:
            label = "Skipping  »" if (a.skipping or a.skip_toggle) else "Auto  ›"
            theme.panel(frame, pygame.Rect(24, 20, 150, 38), theme.PANEL, 200, 19, None, 60)
            theme.text(frame, label, (99, 39), 18, "bold", theme.ACCENT, "center", shadow=False)
        self._game_pending = True

    def _textbox(self, frame: pygame.Surface, buttons: list[Button]) -> None:
        """The textbox and quick menu over the stage. Over a still stage picture, a shown line's strip of
        the frame is kept: redrawing the same line is the stage blit plus this one opaque blit."""
        a, p = self.app, self.app.presenter
        assert p.beat is not None
        line, settings = p.beat.line, a.session.settings
        member = a.session.story.cast.get(line.speaker or "")
        page = p.pages[p.page] if p.pause_ms <= 0 and not p.transition else ()
        over = theme.hit(buttons, a.hover)
        key = (line.kind, member.name if member else None, member.color if member else None, page, int(p.revealed),
               settings.text_size, settings.textbox_opacity, p.beat.stage.memory, p.page_done, p.more_pages,
               tuple((b.rect.topleft, b.label, b.enabled, b.selected, b is over) for b in buttons))
        still = p.transition is None and p.flash is None and p.shake is None
        if still and self._strip is not None and self._strip[0] is p.picture and self._strip[1] == key:
            frame.blit(self._strip[2], STRIP)
            return
        textbox.draw_textbox(frame, kind=line.kind, name=member.name if member else None,
                             color=member.color if member else None, page=page, revealed=int(p.revealed),
                             size=settings.text_size, opacity=settings.textbox_opacity,
                             memory=p.beat.stage.memory, done=p.page_done, more_pages=p.more_pages)
        frame.blit(_bottom_shade(), (0, 720 - 64))
        theme.draw_buttons(frame, buttons, a.hover)
        if still and p.page_done:  # not while typing: each of those frames is new
            self._strip = (p.picture, key, frame.subsurface(STRIP).copy())

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
        for beat in self.app.session.runner.history():
            member = cast.get(beat.line.speaker or "")
            name = member.name if member and beat.line.kind != "narrate" else None
            text = beat.line.text if beat.line.kind != "page" else f"[{beat.line.title or 'Page'}] {beat.line.text}"
            out.append(history.Entry(name, member.color if member else None, text, beat.line.kind))
        return out


_SHADE: list[pygame.Surface] = []
STRIP = pygame.Rect(0, 456, 1280, 264)  # holds the textbox, its name plate, their shadows and the quick menu


def _bottom_shade() -> pygame.Surface:
    """A soft dark band under the quick menu so it reads over any background."""
    if not _SHADE:
        strip = pygame.Surface((1, 2), pygame.SRCALPHA)
        strip.set_at((0, 0), (8, 10, 18, 0))
        strip.set_at((0, 1), (8, 10, 18, 170))
        _SHADE.append(pygame.transform.smoothscale(strip, (1280, 64)))
    return _SHADE[0]
