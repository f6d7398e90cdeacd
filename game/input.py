"""The only reader of pygame events: keys, mouse and gamepad become `Intent`s through a keymap.

Mouse positions are converted from window to logical 1280×720 coordinates by the caller's mapper.
Knows nothing of screens or the story: what an intent means is decided by the app and the UI.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

import pygame

Point = tuple[int, int]


@dataclass(frozen=True)
class Intent:
    name: str  # advance, click, point, back, forward, skip_hold, skip_release, skip_toggle, auto, hide,
    #            screenshot, menu, history, fullscreen, quicksave, quickload, quit, redraw, up, down, left, right
    pos: Point | None = None


KEYMAP: dict[int, str] = {
    pygame.K_SPACE: "advance", pygame.K_RETURN: "advance", pygame.K_KP_ENTER: "advance",
    pygame.K_PAGEUP: "back", pygame.K_PAGEDOWN: "forward",
    pygame.K_TAB: "skip_toggle", pygame.K_a: "auto", pygame.K_h: "hide", pygame.K_s: "screenshot",
    pygame.K_ESCAPE: "menu", pygame.K_l: "history", pygame.K_f: "fullscreen", pygame.K_F11: "fullscreen",
    pygame.K_F5: "quicksave", pygame.K_F9: "quickload",
    pygame.K_UP: "up", pygame.K_DOWN: "down", pygame.K_LEFT: "left", pygame.K_RIGHT: "right",
}
# SDL game-controller buttons (A, B, shoulders) and the common raw-joystick numbering as a fallback.
PADMAP: dict[int, str] = {
    pygame.CONTROLLER_BUTTON_A: "advance", pygame.CONTROLLER_BUTTON_B: "menu",
    pygame.CONTROLLER_BUTTON_LEFTSHOULDER: "back", pygame.CONTROLLER_BUTTON_RIGHTSHOULDER: "forward",
    pygame.CONTROLLER_BUTTON_DPAD_UP: "up", pygame.CONTROLLER_BUTTON_DPAD_DOWN: "down",
    pygame.CONTROLLER_BUTTON_DPAD_LEFT: "left", pygame.CONTROLLER_BUTTON_DPAD_RIGHT: "right",
}
JOYMAP: dict[int, str] = {0: "advance", 1: "menu", 4: "back", 5: "forward"}
CTRL_KEYS = (pygame.K_LCTRL, pygame.K_RCTRL)


class InputMapper:
    """Turns events into intents. `to_logical` maps a window position into the logical frame."""

    def __init__(self, to_logical: Callable[[Point], Point], keymap: dict[int, str] | None = None) -> None:
        self.to_logical = to_logical
        self.keymap = dict(KEYMAP if keymap is None else keymap)
        self._pads: dict[int, object] = {}

    def translate(self, event: pygame.event.Event) -> list[Intent]:
        kind = event.type
        if kind == pygame.QUIT or kind == pygame.WINDOWCLOSE:
            return [Intent("quit")]
        if kind == pygame.KEYDOWN:
            return self._key(event)
        if kind == pygame.KEYUP and event.key in CTRL_KEYS:
            return [Intent("skip_release")]
        if kind in (pygame.MOUSEBUTTONDOWN, pygame.MOUSEBUTTONUP, pygame.MOUSEMOTION):
            return self._mouse(event)
        if kind == pygame.MOUSEWHEEL:
            return [Intent("back" if event.y > 0 else "forward")] if event.y else []
        if kind == pygame.CONTROLLERBUTTONDOWN and event.button in PADMAP:
            return [Intent(PADMAP[event.button])]
        if kind == pygame.JOYBUTTONDOWN and event.instance_id not in self._pads and event.button in JOYMAP:
            return [Intent(JOYMAP[event.button])]
        if kind in (pygame.CONTROLLERDEVICEADDED, pygame.JOYDEVICEADDED):
            self._open_pad(event)
        if kind in (pygame.VIDEORESIZE, pygame.VIDEOEXPOSE, pygame.WINDOWEXPOSED, pygame.WINDOWSIZECHANGED):
            return [Intent("redraw")]
        if kind in (pygame.WINDOWFOCUSLOST,):
            return [Intent("skip_release")]
        return []

    def _key(self, event: pygame.event.Event) -> list[Intent]:
        mods = getattr(event, "mod", 0)
        if event.key in CTRL_KEYS:
            return [Intent("skip_hold")]
        if event.key in (pygame.K_RETURN, pygame.K_KP_ENTER) and mods & pygame.KMOD_ALT:
            return [Intent("fullscreen")]
        if mods & (pygame.KMOD_CTRL | pygame.KMOD_ALT | pygame.KMOD_META) and event.key not in (pygame.K_TAB,):
            return []
        name = self.keymap.get(event.key)
        return [Intent(name)] if name else []

    def _mouse(self, event: pygame.event.Event) -> list[Intent]:
        pos = self.to_logical(event.pos)
        if event.type == pygame.MOUSEMOTION:
            return [Intent("point", pos)]
        if event.type == pygame.MOUSEBUTTONUP:
            return []
        return {1: [Intent("click", pos)], 2: [Intent("hide", pos)], 3: [Intent("menu", pos)]}.get(event.button, [])

    def _open_pad(self, event: pygame.event.Event) -> None:
        """Open a newly plugged gamepad so its buttons send events (a controller if SDL knows it)."""
        index = getattr(event, "device_index", None)
        if index is None:
            return
        try:
            from pygame._sdl2 import controller

            if not controller.get_init():
                controller.init()
            if controller.is_controller(index):
                pad = controller.Controller(index)
                self._pads[pad.as_joystick().get_instance_id()] = pad
                return
        except (ImportError, pygame.error, AttributeError):
            pass
        try:
            joystick = pygame.joystick.Joystick(index)
            self._pads.setdefault(-1 - joystick.get_instance_id(), joystick)
        except pygame.error:
            pass
