"""The stack of screens the app holds: which screen is on top, opening one (over the last, or in its place),
closing it, and the frame: the top screen drawn, then a question it asks, live-reload errors and the notice.

    ui = Screens(app)        # app: a Host; the game screen lives as long as the app
    ui.go("menu"); ui.top.name == "menu"; ui.close(); ui.top is ui.game
"""

from __future__ import annotations

from collections.abc import Callable

import pygame

from game.input import Intent
from game.saves import SlotInfo
from game.screens.base import Screen
from game.screens.front import (
    ContentNoteScreen,
    EndScreen,
    TitleCardScreen,
    TitleScreen,
)
from game.screens.galleries import GalleryScreen, ScenesScreen
from game.screens.host import Host, weak
from game.screens.ingame import GameScreen
from game.screens.menus import (
    AboutScreen,
    HelpScreen,
    HistoryScreen,
    MenuScreen,
    SettingsScreen,
)
from game.screens.slots import SlotsScreen
from game.ui import cg_gallery, confirm, history, script_errors, theme, toast
from game.ui.theme import Button

SCREENS: dict[str, Callable[[Host], Screen]] = {
    "title": TitleScreen, "content-note": ContentNoteScreen, "title-card": TitleCardScreen, "end": EndScreen,
    "menu": MenuScreen, "settings": SettingsScreen, "history": HistoryScreen, "help": HelpScreen,
    "about": AboutScreen, "scenes": ScenesScreen, "gallery": GalleryScreen,
    "save": lambda app: SlotsScreen(app, "save"), "load": lambda app: SlotsScreen(app, "load"),
}


class Screens:
    def __init__(self, app: Host) -> None:
        self.app = weak(app)
        self.game = GameScreen(app)
        self.stack: list[Screen] = [TitleScreen(app)]

    @property
    def top(self) -> Screen:
        return self.stack[-1]

    def make(self, name: str) -> Screen:
        """A new screen by name (the game screen is the one kept)."""
        if name == "game":
            return self.game
        if name not in SCREENS:
            raise KeyError(f"no screen named {name!r}; there are: {', '.join(['game', *SCREENS])}")
        return SCREENS[name](self.app)

    def go(self, screen: str | Screen, clear: bool = False) -> Screen:
        """Open `screen` over the top one (an overlay: Escape returns), or in its place; `clear` forgets the
        stack. Returns the screen now on top."""
        new = self.make(screen) if isinstance(screen, str) else screen
        if clear:
            self.stack = [new]
        elif new.overlay and self.top.name != new.name:
            self.stack.append(new)
        else:
            self.stack[-1] = new
        if new is self.game:
            self.game.show_interface()
        else:
            self.game.left()
        new.entered()
        return new

    def close(self, in_game: bool) -> Screen:
        """Back to the screen under the top one (or to the game, or the title, when there is none)."""
        if len(self.stack) > 1:
            self.stack.pop()
        else:
            self.stack = [self.game if in_game else TitleScreen(self.app)]
        self.top.entered()
        return self.top

    # -- what the app asks of the top screen ----------------------------------------------------------
    def buttons(self) -> list[Button]:
        return self.top.buttons()

    def hovered(self, pointer: tuple[int, int] | None) -> str | None:
        """The action of the button under the pointer (to redraw only when it changes)."""
        found = theme.hit(self.top.buttons(), pointer)
        return None if found is None else f"{found.action}@{found.rect.topleft}"

    def intent(self, intent: Intent) -> None:
        (self.game if intent.name == "skip_release" else self.top).intent(intent)

    def action(self, action: str, pos: tuple[int, int] | None = None) -> None:
        self.top.action(action, pos)

    def draw(self, frame: pygame.Surface, hover: tuple[int, int] | None) -> None:
        app, top = self.app, self.top
        buttons = top.screen_buttons()  # under a question too, unlit
        if top is not self.game:
            app.shared.keep_game_frame(frame)
        lit_hover, focus = (None, None) if top.ask is not None else (hover, top.focus)
        top.draw(frame, buttons, lit_hover, focus)
        if top.ask is not None:
            confirm.draw(frame, top.ask[0], confirm.buttons(), hover, top.focus)
        if app.live is not None and app.live.errors:
            script_errors.draw(frame, app.live.overlay_lines())
        if app.notice:
            toast.draw(frame, app.notice, app.notice_age)

    # -- for tests and tools: what the screens show ------------------------------------------------------
    def slots(self) -> list[SlotInfo]:
        return self.app.shared.slots()

    def slot_thumbs(self) -> dict[str, pygame.Surface | None]:
        return self.app.shared.slot_thumbs()

    def illustrations(self) -> list[cg_gallery.Entry]:
        return self.app.shared.illustrations()

    def history_entries(self) -> list[history.Entry]:
        return self.app.shared.history_entries()

    def load_slot(self, slot: str) -> None:
        self.app.shared.load_slot(slot)
