"""The choice menu over the stage (Ren'Py's `menu`): one wide button per option the story offers now,
stacked in the middle of the frame above the textbox; an option taken before (after rolling back to the
menu) is marked. Lays the buttons out (theme draws them, style "choice"); the game screen decides what a
pick does."""

from __future__ import annotations

import pygame

from game.logical import LOGICAL_W
from game.ui.theme import Button

WIDTH, HEIGHT, GAP = 760, 54, 14
BOTTOM = 440  # the lowest option ends above the textbox (which starts at 456)


def buttons(options: list[tuple[int, str, bool]]) -> list[Button]:
    """`options`: (index, text, taken before) of the options offered now, in the order written. Each button's
    action is `choose:INDEX` (0-based, as written)."""
    top = max(40, (BOTTOM - len(options) * (HEIGHT + GAP) + GAP) // 2 + 20)
    return [Button(pygame.Rect((LOGICAL_W - WIDTH) // 2, top + i * (HEIGHT + GAP), WIDTH, HEIGHT), text,
                   f"choose:{index}", selected=taken, style="choice")
            for i, (index, text, taken) in enumerate(options)]
