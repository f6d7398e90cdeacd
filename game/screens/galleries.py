"""The galleries: Scenes (replay a reached scene) and Gallery (the illustrations seen, one shown full-frame)."""

from __future__ import annotations

import pygame

from game.screens.base import Screen
from game.screens.host import Host
from game.ui import cg_gallery, gallery
from game.ui.theme import Button


class ScenesScreen(Screen):
    name = "scenes"

    def __init__(self, app: Host) -> None:
        super().__init__(app)
        self.page = 0

    def screen_buttons(self) -> list[Button]:
        return gallery.buttons(self.app.shared.reached(), self.page)

    def act(self, verb: str, arg: str, pos: tuple[int, int] | None) -> bool:
        if verb == "page":
            self.page = max(0, self.page + int(arg))
        elif verb == "scene":
            self.app.start_at(arg)
        else:
            return False
        return True

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        shared = self.app.shared
        gallery.draw(frame, shared.backdrop(), buttons, shared.scene_thumbs(), hover, focus)


class GalleryScreen(ScenesScreen):
    name = "gallery"

    def screen_buttons(self) -> list[Button]:
        return cg_gallery.buttons(self.app.shared.illustrations(), self.page)

    def act(self, verb: str, arg: str, pos: tuple[int, int] | None) -> bool:
        if verb == "cg":
            self.app.go(IllustrationScreen(self.app, arg))
            return True
        return verb == "page" and super().act(verb, arg, pos)

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        shared = self.app.shared
        entries = shared.illustrations()
        cg_gallery.draw(frame, shared.backdrop(), buttons, sum(e.unlocked for e in entries), len(entries),
                        shared.cg_thumbs(entries), hover, focus)


class IllustrationScreen(Screen):
    """One illustration, full-frame."""

    name = "illustration"

    def __init__(self, app: Host, picture: str) -> None:
        super().__init__(app)
        self.picture = picture

    def screen_buttons(self) -> list[Button]:
        return cg_gallery.view_buttons()

    def draw(self, frame: pygame.Surface, buttons: list[Button], hover: tuple[int, int] | None,
             focus: int | None) -> None:
        cg_gallery.draw_view(frame, self.app.renderer.event_picture(self.picture))
