"""The Save and Load screens: nine slots and the quick slot, with thumbnails; a used slot asks for a second
click before it is overwritten, and loading over a game under way asks first."""

from __future__ import annotations

import pygame

from game.saves import SaveError
from game.screens.base import Screen
from game.screens.host import Host
from game.ui import saveload
from game.ui.theme import Button


class SlotsScreen(Screen):
    def __init__(self, app: Host, mode: str) -> None:
        super().__init__(app)
        self.name = mode  # "save" or "load"
        self._confirm: str | None = None  # the slot waiting for a second click to be overwritten

    def screen_buttons(self) -> list[Button]:
        return saveload.buttons(self.name, self.app.shared.slots())

    def asks(self, action: str) -> str | None:
        session = self.app.session
        if (action.partition(":")[0] == "load" and self.name == "load" and session.playing
                and session.runner.current is not None):
            return "Load this save? You leave the game you are in."
        return super().asks(action)

    def act(self, verb: str, arg: str, pos: tuple[int, int] | None) -> bool:
        if verb != "save":
            return False
        self.save(arg)
        return True

    def save(self, slot: str) -> None:
        """Save into `slot`; a slot that holds a save asks for a second click before it is overwritten."""
        a = self.app
        used = any(info.slot == slot and (info.meta or info.damaged) for info in a.shared.slots())
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
        a.shared.forget_slots()
        a.toast(f"Saved in {'the quick slot' if slot == 'quick' else 'slot ' + slot}.")

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        shared = self.app.shared
        saveload.draw(frame, shared.backdrop(), self.name, shared.slots(), buttons, hover, focus, shared.slot_thumbs())
