"""The quick menu under the textbox: Back, History, Skip, Auto, Save, Load, Q.Save, Q.Load, Settings."""

from __future__ import annotations

import pygame

from game.logical import LOGICAL_W
from game.render.fonts import font
from game.ui.theme import Button

ITEMS = (("Back", "back"), ("History", "history"), ("Skip", "skip_toggle"), ("Auto", "auto"),
         ("Save", "open:save"), ("Load", "open:load"), ("Q.Save", "quicksave"), ("Q.Load", "quickload"),
         ("Settings", "open:settings"))
Y = 702


def buttons(skip: bool, auto: bool, can_back: bool) -> list[Button]:
    f = font("regular", 18)
    widths = [f.size(label)[0] + 26 for label, _ in ITEMS]
    x = LOGICAL_W // 2 - sum(widths) // 2
    out: list[Button] = []
    for (label, action), w in zip(ITEMS, widths):
        b = Button(pygame.Rect(x, Y - 13, w, 26), label, action, style="ghost")
        b.selected = (action == "skip_toggle" and skip) or (action == "auto" and auto)
        b.enabled = action != "back" or can_back
        out.append(b)
        x += w
    return out
