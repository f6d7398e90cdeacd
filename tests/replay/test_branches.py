"""The replay's menu answering without a player: --choose numbers, and the depth-first walk of every path."""

from __future__ import annotations

import pytest

from game.replay.branches import ListChooser, PathChooser, walk
from game.story.runner import ChoiceError, MenuOption

TWO = [MenuOption(0, "a", True), MenuOption(1, "b", True)]
HIDDEN = [MenuOption(0, "a", False), MenuOption(1, "b", True), MenuOption(2, "c", False)]


def test_choose_numbers_are_one_based_then_the_first_offered() -> None:
    chooser = ListChooser([2])
    assert chooser.pick("m", TWO) == 1
    assert chooser.pick("m", HIDDEN) == 1  # the list is used up: the first option offered


@pytest.mark.parametrize("number", [1, 3, 4])
def test_a_number_not_offered_is_refused(number: int) -> None:
    with pytest.raises(ChoiceError):
        ListChooser([number]).pick("m", HIDDEN)


def test_walk_plays_every_path_depth_first_and_stops_at_the_bound() -> None:
    # a tree: menu 1 (a, b); after a, menu 2 (a, b, c); after b, nothing more
    def play(number: int, chooser: PathChooser) -> None:
        first = chooser.pick("one", TWO)
        if first == 0:
            chooser.pick("two", [MenuOption(0, "x", True), MenuOption(1, "y", True), MenuOption(2, "z", True)])
        played.append(chooser.made)

    played: list[list[int]] = []
    assert walk(play, 100) == 0
    assert played == [[0, 0], [0, 1], [0, 2], [1]]
    played = []
    assert walk(play, 2) == 2 and played == [[0, 0], [0, 1]]
