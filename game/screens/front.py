"""The screens before and after the story: the title, the content note, the title card and the end card."""

from __future__ import annotations

import pygame

from game.input import Intent
from game.screens.base import Screen
from game.ui import cards, title
from game.ui.theme import Button


class TitleScreen(Screen):
    name = "title"
    overlay = False

    def screen_buttons(self) -> list[Button]:
        shared = self.app.shared
        return title.buttons(self.app.session.saves.latest() is not None, bool(shared.reached()),
                             any(slot.meta or slot.damaged for slot in shared.slots()), bool(shared.illustrations()))

    def escape(self) -> None:
        pass  # Escape on the title goes nowhere

    def act(self, verb: str, arg: str, pos: tuple[int, int] | None) -> bool:
        a = self.app
        if verb == "start":
            a.session.new_game()
            a.presenter.blank()
            a.go("content-note" if a.session.story.content_note.strip() else "title-card", clear=True)
        else:
            return False
        return True

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        story = self.app.session.story
        title.draw(frame, self.app.shared.title_backdrop(), story.title, story.subtitle, buttons, hover, focus)


class ContentNoteScreen(Screen):
    name = "content-note"
    overlay = False

    def screen_buttons(self) -> list[Button]:
        return cards.content_note_buttons(self.app.session.story.content_note)

    def escape(self) -> None:
        self.action("to_title")

    def first_advance(self) -> None:
        if self.ask is None:
            self.action("confirm_note")  # the first Enter continues, as the first click does

    def act(self, verb: str, arg: str, pos: tuple[int, int] | None) -> bool:
        if verb != "confirm_note":
            return False
        self.app.session.persistent.content_note_read = True
        self.app.go("title-card", clear=True)
        return True

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        cards.draw_content_note(frame, self.app.session.story.content_note, buttons, hover, focus)


class TitleCardScreen(Screen):
    """The story's title card before its first line: any click or key begins, Escape goes back to the title."""

    name = "title-card"
    overlay = False
    forward = "begin"

    def intent(self, intent: Intent) -> None:
        if intent.name == "menu":
            self.action("to_title")
        if intent.name in ("click", "advance"):
            self.action(self.forward)

    def act(self, verb: str, arg: str, pos: tuple[int, int] | None) -> bool:
        if verb != "begin":
            return False
        self.app.show(self.app.session.runner.advance(), "advance")
        return True

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        story = self.app.session.story
        cards.draw_title_card(frame, story.title, story.subtitle, story.credits)


class EndScreen(TitleCardScreen):
    """The end card: any click or key returns to the title."""

    name = "end"
    forward = "to_title"

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        story = self.app.session.story
        cards.draw_end_card(frame, story.end_card, story.credits)
