"""How a replay answers menus: the options `--choose` lists (1-based, then the first offered), or, for
`--all-paths`, every way through the menus in turn, depth first, up to a number of paths.

Pure logic over the runner's `MenuOption`s: no pygame, no App.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from game.story.runner import ChoiceError, MenuOption

MAX_MENUS = 200  # on one path: more means the story loops through a menu


class Chooser(Protocol):
    def pick(self, menu: str, options: list[MenuOption]) -> int:
        """The 0-based option to take at `menu`; raises ChoiceError when it cannot be taken."""
        ...


def first_offered(menu: str, options: list[MenuOption]) -> int:
    for option in options:
        if option.enabled:
            return option.index
    raise ChoiceError(f"no option of menu '{menu}' is offered")


class FirstOffered:
    """Always the first option offered."""

    def pick(self, menu: str, options: list[MenuOption]) -> int:
        return first_offered(menu, options)


class ListChooser:
    """The options numbered in `numbers` (1-based, as written in the script, hidden ones counted), one per
    menu in the order the menus come; after the list, the first option offered."""

    def __init__(self, numbers: list[int] | None) -> None:
        self.numbers = list(numbers or [])
        self.used = 0

    def pick(self, menu: str, options: list[MenuOption]) -> int:
        if self.used >= len(self.numbers):
            return first_offered(menu, options)
        number = self.numbers[self.used]
        self.used += 1
        if number > len(options):
            raise ChoiceError(f"--choose: menu {self.used} ('{menu}') has {len(options)} options, not {number}")
        if not options[number - 1].enabled:
            offered = ", ".join(str(o.index + 1) for o in options if o.enabled) or "none"
            raise ChoiceError(f"--choose: option {number} ('{options[number - 1].text}') of menu {self.used} "
                              f"('{menu}') is not offered on this path (offered: {offered})")
        return number - 1


class PathChooser:
    """Takes `prefix` first, then the first option offered; remembers, past the prefix, the other
    options offered at each menu (the ways not taken yet)."""

    def __init__(self, prefix: list[int]) -> None:
        self.prefix = prefix
        self.made: list[int] = []
        self.others: list[list[int]] = []

    def pick(self, menu: str, options: list[MenuOption]) -> int:
        if len(self.made) >= MAX_MENUS:
            raise ChoiceError(f"more than {MAX_MENUS} menus on one path: does the story loop?")
        at = len(self.made)
        index = self.prefix[at] if at < len(self.prefix) else first_offered(menu, options)
        self.made.append(index)
        self.others.append([] if at < len(self.prefix) else [o.index for o in options if o.enabled and o.index != index])
        return index


def walk(play: Callable[[int, PathChooser], None], max_paths: int) -> int:
    """Play every way through the menus, depth first (1,1 then 1,2 ... then 2,1), at most `max_paths`
    of them: `play(number, chooser)` plays path `number` (1-based) answering menus with `chooser`.
    Returns how many branches were left unplayed (0: every path was played; each may hold several paths)."""
    todo: list[list[int]] = [[]]
    played = 0
    while todo and played < max_paths:
        prefix = todo.pop()
        chooser = PathChooser(prefix)
        played += 1
        play(played, chooser)
        for depth in range(len(prefix), len(chooser.made)):
            for other in reversed(chooser.others[depth]):
                todo.append(chooser.made[:depth] + [other])
    return len(todo)
