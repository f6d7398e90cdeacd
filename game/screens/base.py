"""What every screen is (`Screen`): its buttons, its reactions to intents and actions, its drawing. A screen is
handed the app as a `Host` (game/screens/host.py) and never imports it."""

from __future__ import annotations

import pygame

from game.input import Intent
from game.screens.host import Host, weak
from game.ui import confirm, theme
from game.ui.theme import Button


class Screen:
    """One screen: its buttons, what its intents and actions do, and its drawing. The default reactions are a
    menu's: click a button, move the focus with the arrows, Enter on the focused button, Escape to close;
    actions that mean the same on every screen (open, close, to the title, quit) are `Screen.common`."""

    name = ""
    overlay = True  # opened over another screen, which `close` returns to

    def __init__(self, app: Host) -> None:
        self.app = weak(app)
        self.focus: int | None = None
        self.ask: tuple[str, str] | None = None  # a yes/no question over the screen, and the action it guards

    # -- what the screen shows --------------------------------------------------------------
    def screen_buttons(self) -> list[Button]:
        return []

    def buttons(self) -> list[Button]:
        return confirm.buttons() if self.ask is not None else self.screen_buttons()

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        """Draw the screen (`buttons` are its own, unlit under a question)."""

    def update(self, dt: int) -> bool:
        """Move the screen's own animations on by `dt` ms; True if it needs a redraw."""
        return False

    @property
    def busy(self) -> bool:
        return False

    def entered(self) -> None:
        """The screen is on top again (a screen over it was closed)."""
        self.focus = None

    # -- what the player does -----------------------------------------------------------------
    def intent(self, intent: Intent) -> None:
        name = intent.name
        if name == "click":
            button = theme.hit(self.buttons(), intent.pos)
            if button is not None:
                self.action(button.action, intent.pos)
        elif name == "menu" and self.ask is not None:
            self.action("confirm:no")
        elif name == "menu":
            self.escape()
        elif name in ("up", "down", "left", "right"):
            self.move_focus(1 if name in ("down", "right") else -1)
        elif name == "advance" and self.focus is None:
            self.first_advance()
        elif name == "advance":
            buttons = self.buttons()
            if self.focus < len(buttons) and buttons[self.focus].enabled:
                self.action(buttons[self.focus].action, buttons[self.focus].rect.center)

    def escape(self) -> None:
        self.action("close")

    def first_advance(self) -> None:
        self.move_focus(1)  # a first press (keyboard, gamepad A) shows where the focus is

    def move_focus(self, step: int) -> None:
        usable = [i for i, b in enumerate(self.buttons()) if b.enabled]
        if not usable:
            return
        if self.focus not in usable:
            self.focus = usable[0] if step > 0 else usable[-1]
        else:
            self.focus = usable[(usable.index(self.focus) + step) % len(usable)]
        self.app.invalidate()

    def asks(self, action: str) -> str | None:
        """The question to ask before `action`, or None: leaving or replacing a game under way."""
        verb = action.partition(":")[0]
        session = self.app.session
        in_game = session.playing and session.runner.current is not None
        if verb == "quit":
            return "Quit the game?"
        if verb == "to_title" and in_game:
            return "Return to the title screen?"
        return None

    def action(self, action: str, pos: tuple[int, int] | None = None, confirmed: bool = False) -> None:
        self.app.invalidate()
        verb, _, arg = action.partition(":")
        if verb == "confirm":
            asked, self.ask, self.focus = self.ask, None, None
            if arg == "yes" and asked is not None:
                self.action(asked[1], pos, confirmed=True)
            return
        question = None if confirmed else self.asks(action)
        if question is not None:
            self.ask, self.focus = (question, action), None
            return
        if not self.act(verb, arg, pos):
            self.common(verb, arg)

    def act(self, verb: str, arg: str, pos: tuple[int, int] | None) -> bool:
        """This screen's own actions; False for one it does not know (then `common` does it)."""
        return False

    def common(self, verb: str, arg: str) -> None:
        """Actions that mean the same on every screen."""
        a = self.app
        if verb == "open":
            a.shared.forget_slots()  # a Save or Load screen, or the title's buttons, read them as they are now
            a.go(arg)
        elif verb == "close":
            a.close()
        elif verb == "history":
            a.go("history")
        elif verb == "to_title":
            if a.session.playing:
                a.session.autosave(a.thumbnail())
            a.session.playing = False
            a.audio.play_music(None)
            a.shared.forget_slots()  # the title's Continue and Load look at the slots as they are now
            a.go("title", clear=True)
        elif verb == "quit":
            a.quit()
        elif verb == "continue":
            latest = a.session.saves.latest()
            if latest:
                a.shared.load_slot(latest)
        elif verb == "load":
            a.shared.load_slot(arg)
