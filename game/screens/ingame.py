"""The game screen: the stage and the textbox, the quick menu, the story's choice menus, and what the player's
intents do while the story is on screen (advance, completing the typewriter first; pick an option; roll back
and forward; skip; auto; hide the interface; the quick menu; quick save and load). It owns skip, auto and the
hidden interface."""

from __future__ import annotations

import pygame

from game.input import Intent
from game.logical import LOGICAL_H, LOGICAL_W
from game.render.smooth import smoothscale
from game.saves import SaveError
from game.screens.base import Screen
from game.screens.host import Host
from game.story.runner import ChoiceError, Status
from game.ui import choice, quickmenu, textbox, theme
from game.ui.theme import Button

SKIP_MS = 45
QUICK = ("back", "forward", "skip_hold", "skip_toggle", "auto", "hide", "menu", "history", "quicksave", "quickload")
# holds the textbox, its name plate, their shadows and the quick menu
STRIP = pygame.Rect(0, 456, LOGICAL_W, LOGICAL_H - 456)
_SHADE: list[pygame.Surface] = []


class GameScreen(Screen):
    name = "game"
    overlay = False

    def __init__(self, app: Host) -> None:
        super().__init__(app)
        self.skip_held = self.skip_toggle = self.auto = self.ui_hidden = False
        self._skip_acc = self._auto_acc = 0
        self._strip: tuple[pygame.Surface, tuple, pygame.Surface] | None = None  # type: ignore[type-arg]

    # -- state the app reads -----------------------------------------------------------------------
    @property
    def skipping(self) -> bool:
        return self.skip_held or self.skip_toggle

    @property
    def busy(self) -> bool:
        return self.app.presenter.animating or self.skipping or (self.auto and not self.choosing)

    @property
    def choosing(self) -> bool:
        """A menu of the story waits for the player."""
        return self.app.session.runner.status is Status.CHOOSING

    def left(self) -> None:
        """Another screen covers the game: skipping stops."""
        self.skip_held = self.skip_toggle = False

    def show_interface(self) -> None:
        """The game is opened anew (not returned to from a menu): the textbox shows again."""
        self.ui_hidden = False

    def stop(self) -> None:
        """Skip and auto stop (the story ended, or a save was loaded)."""
        self.skip_toggle = self.auto = False

    def shown(self) -> None:
        """A new line is on screen: auto counts from now."""
        self._auto_acc = 0

    # -- buttons and intents ---------------------------------------------------------------------------
    def screen_buttons(self) -> list[Button]:
        """The menu's options first (when one waits), then the quick menu."""
        if self.ui_hidden:
            return []
        options = self.choice_buttons()
        if not self.app.presenter.text_visible:
            return options
        return [*options, *quickmenu.buttons(self.skipping, self.auto, bool(self.app.session.runner.state.trail))]

    def choice_buttons(self) -> list[Button]:
        if not self.choosing or self.ui_hidden:
            return []
        return choice.buttons([(o.index, o.text, o.taken) for o in self.app.session.choices() if o.enabled])

    def intent(self, intent: Intent) -> None:
        name = intent.name
        if name == "click":
            if self.ui_hidden:
                self.ui_hidden = False
                self.app.invalidate()
                return
            button = theme.hit(self.screen_buttons(), intent.pos)
            if button is not None:
                self.action(button.action)
            elif not self.choosing:  # at a menu, a click beside the options does nothing
                self.advance()
        elif name == "advance":
            if self.ui_hidden:
                self.ui_hidden = False
                self.app.invalidate()
            elif self.choosing:
                self._pick_focused()
            else:
                self.advance()
        elif name in ("up", "down", "left", "right") and self.choosing:
            self._focus_option(1 if name in ("down", "right") else -1)
        elif name == "skip_release":
            self.skip_held = False
            self.app.invalidate()
        elif name in QUICK:
            self.quick_action(name)

    def quick_action(self, action: str) -> None:
        a = self.app
        a.invalidate()
        if action == "back":
            self.rollback()
        elif action == "forward":
            self.rollforward()
        elif action == "skip_hold":
            self.skip_held = True
        elif action == "skip_toggle":
            self.skip_toggle = not self.skip_toggle
        elif action == "auto":
            self.auto = not self.auto
        elif action == "hide":
            self.ui_hidden = not self.ui_hidden
        elif action in ("menu", "history"):
            a.go(action)
        elif action == "quicksave":
            self.quicksave()
        elif action == "quickload":
            a.shared.load_slot("quick")
        elif action.startswith("open:"):
            a.go(action.split(":", 1)[1])

    def action(self, action: str, pos: tuple[int, int] | None = None, confirmed: bool = False) -> None:
        if action.startswith("choose:"):
            self.choose(int(action.split(":", 1)[1]))
        elif action in QUICK or action.startswith("open:"):
            self.quick_action(action)
        else:
            super().action(action, pos, confirmed)

    def advance(self, instant: bool = False) -> None:
        """A click: finish the typewriter or transition, turn the page, or show the next line."""
        a, p = self.app, self.app.presenter
        a.invalidate()
        if not instant and not p.page_done:
            p.complete()
            return
        if p.more_pages:
            p.next_page()
            if instant:
                p.complete()
            return
        runner = a.session.runner
        previous = runner.current
        beat = runner.advance()
        if beat is None:
            if runner.status is Status.ENDED:
                a.end_story()
            self.focus = None  # a menu: no option lit until the pointer or a key says so
            return
        a.show(beat, "instant" if instant else "advance", previous)

    def choose(self, index: int) -> None:
        """Take option `index` (0-based, as written) of the menu on screen, and show what follows."""
        a = self.app
        runner = a.session.runner
        previous = runner.current
        try:
            beat = a.session.choose(index)
        except ChoiceError as exc:
            a.toast(str(exc))
            return
        self.focus = None
        if beat is not None:
            a.show(beat, "advance", previous)
        elif runner.status is Status.ENDED:
            a.end_story()
        a.invalidate()  # or the next menu

    def _focus_option(self, step: int) -> None:
        count = len(self.choice_buttons())
        if not count:
            return
        if self.focus is None or self.focus >= count:
            self.focus = 0 if step > 0 else count - 1
        else:
            self.focus = (self.focus + step) % count
        self.app.invalidate()

    def _pick_focused(self) -> None:
        options = self.choice_buttons()
        if self.focus is None or self.focus >= len(options):
            self._focus_option(1)  # a first press shows where the focus is, as in the menus
        else:
            self.action(options[self.focus].action)

    def rollback(self) -> None:
        self.skip_toggle = False
        beat = self.app.session.runner.back()
        if beat is not None:
            self.app.show(beat, "rollback")

    def rollforward(self) -> None:
        if not self.app.session.runner.state.future:
            return
        beat = self.app.session.runner.forward()
        if beat is not None:
            self.app.show(beat, "rollback")

    def quicksave(self) -> None:
        a = self.app
        try:
            a.session.save("quick", a.thumbnail())
        except (SaveError, OSError) as exc:
            a.toast(f"Quick save failed: {exc}")
            return
        a.toast("Quick saved.")

    # -- time -----------------------------------------------------------------------------------------
    def update(self, dt: int) -> bool:
        a, p = self.app, self.app.presenter
        dirty = p.update(dt, a.session.settings.text_speed)
        if self.skipping:
            self._skip(dt)
        elif self.auto and p.page_done and not self.choosing:
            self._auto_acc += dt
            chars = sum(map(len, p.pages[p.page]))
            if self._auto_acc >= a.session.settings.auto_delay * 1000 + 25 * chars:
                self._auto_acc = 0
                self.advance()
        return dirty

    def _skip(self, dt: int) -> None:
        a = self.app
        self._skip_acc += dt
        while self._skip_acc >= SKIP_MS and a.screen == "game":
            self._skip_acc -= SKIP_MS
            if not a.presenter.more_pages and not a.session.may_skip():
                at_menu = self.choosing or a.session.runner.is_menu(a.session.next_line_id())
                if at_menu and not self.choosing:
                    a.presenter.complete()
                    self.advance(instant=True)  # on to the menu itself, and stop there
                if self.skip_toggle:
                    self.skip_toggle = False
                    a.toast("Skipping stopped at a choice." if at_menu else
                            "Skipping stopped at a line you have not read yet.")
                self._skip_acc = 0
                a.invalidate()
                return
            a.presenter.complete()
            self.advance(instant=True)

    # -- drawing --------------------------------------------------------------------------------------
    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        a, p = self.app, self.app.presenter
        a.shared.drop_title_backdrop()
        stage = p.stage_frame(frame)
        if stage is not frame:
            frame.blit(stage, (0, 0))
        beat = p.beat
        options = [b for b in buttons if b.style == "choice"]
        quick = buttons[len(options):]
        if beat is not None and p.text_visible and not self.ui_hidden:
            line = beat.line
            if line.kind == "page":
                page = p.pages[p.page] if p.pause_ms <= 0 and not p.transition else ()
                textbox.draw_page_card(frame, line.title, page, int(p.revealed), p.page_done, p.more_pages,
                                       p.page + 1, len(p.pages), max(len(x) for x in p.pages))
                frame.blit(_bottom_shade(), (0, LOGICAL_H - 64))
                theme.draw_buttons(frame, quick, a.hover)
            else:
                self._textbox(frame, quick)
        if options:
            theme.draw_buttons(frame, options, a.hover, focus)
        if self.skipping or self.auto:
            label = "Skipping  »" if self.skipping else "Auto  ›"
            theme.panel(frame, pygame.Rect(24, 20, 150, 38), theme.PANEL, 200, 19, None, 60)
            theme.text(frame, label, (99, 39), 18, "bold", theme.ACCENT, "center", shadow=False)
        a.shared.game_pending = True
        if a.notice or a.card_fade > 0 or (a.live is not None and a.live.errors):
            a.shared.keep_game_frame(frame)  # before a notice, a veil or an overlay is drawn over it

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
        still = p.transition is None and p.flash is None and p.shake is None and p.gesture is None
        if still and self._strip is not None and self._strip[0] is p.picture and self._strip[1] == key:
            frame.blit(self._strip[2], STRIP)
            return
        textbox.draw_textbox(frame, kind=line.kind, name=member.name if member else None,
                             color=member.color if member else None, page=page, revealed=int(p.revealed),
                             size=settings.text_size, opacity=settings.textbox_opacity,
                             memory=p.beat.stage.memory, done=p.page_done, more_pages=p.more_pages)
        frame.blit(_bottom_shade(), (0, LOGICAL_H - 64))
        theme.draw_buttons(frame, buttons, a.hover)
        if still and p.page_done:  # not while typing: each of those frames is new
            self._strip = (p.picture, key, frame.subsurface(STRIP).copy())


def _bottom_shade() -> pygame.Surface:
    """A soft dark band under the quick menu so it reads over any background."""
    if not _SHADE:
        strip = pygame.Surface((1, 2), pygame.SRCALPHA)
        strip.set_at((0, 0), (8, 10, 18, 0))
        strip.set_at((0, 1), (8, 10, 18, 170))
        _SHADE.append(smoothscale(strip, (LOGICAL_W, 64)))
    return _SHADE[0]
