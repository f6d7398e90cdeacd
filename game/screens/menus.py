"""The screens over a game or the title: the game menu, settings, history, help and about."""

from __future__ import annotations

import pygame

from game.input import Intent
from game.screens.base import Screen
from game.settings import SETTING_RANGES, clamp
from game.ui import gamemenu, history, info, settings_screen
from game.ui.theme import Button


class MenuScreen(Screen):
    name = "menu"

    def screen_buttons(self) -> list[Button]:
        return gamemenu.buttons()

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        a = self.app
        beat = a.session.runner.current
        gamemenu.draw(frame, a.shared.backdrop(), a.session.scene_title(beat.line.scene) if beat else "", buttons,
                      hover, focus)


class SettingsScreen(Screen):
    name = "settings"

    def screen_buttons(self) -> list[Button]:
        return settings_screen.buttons()

    def act(self, verb: str, arg: str, pos: tuple[int, int] | None) -> bool:
        if verb not in ("set", "slide", "toggle"):
            return False
        a, parts = self.app, [verb, *arg.split(":")]
        name, s = parts[1], a.session.settings
        spec = SETTING_RANGES.get(name)
        if verb == "toggle":
            if name == "fullscreen":
                a.toggle_fullscreen()
                return True
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
        return True

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        settings_screen.draw(frame, self.app.shared.backdrop(), self.app.session.settings, buttons, hover, focus)


class HistoryScreen(Screen):
    """The lines read so far, newest at the bottom; the wheel or Page Up/Down scrolls."""

    name = "history"

    def __init__(self, app) -> None:  # type: ignore[no-untyped-def]
        super().__init__(app)
        self.scroll = 0

    def screen_buttons(self) -> list[Button]:
        return history.buttons()

    def intent(self, intent: Intent) -> None:
        if intent.name in ("back", "forward"):
            self.scroll = max(0, self.scroll + (1 if intent.name == "back" else -1))
            self.app.invalidate()
        elif intent.name == "history":
            self.action("close")
        else:
            super().intent(intent)

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        shared = self.app.shared
        limit = history.draw(frame, shared.backdrop(), shared.history_entries(), self.scroll, buttons, hover, focus)
        self.scroll = min(self.scroll, limit)


class HelpScreen(Screen):
    name = "help"

    def screen_buttons(self) -> list[Button]:
        return info.buttons()

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        info.draw_help(frame, self.app.shared.backdrop(), buttons, hover, focus)


class AboutScreen(HelpScreen):
    name = "about"

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        story = self.app.session.story
        info.draw_about(frame, self.app.shared.backdrop(), story.title, story.credits, buttons, hover, focus)
