"""Tenth round: families (people who share a surname, and what their kin call them), each mechanism on a small
hand-written text of its own."""

from __future__ import annotations

from tests.adapt.conftest import said


def speakers(text: str) -> list[str | None]:
    return [speaker for _text, speaker, _evidence in said(text)]


ORCHARD = """The apples were late that year. Mr. Tolland walked the orchard with his son, and Clara followed them
with the basket.

"They will not be ready before Michaelmas," said Mr. Tolland.

"Then we shall sell them at Michaelmas," said Walter.

"At half the price, and the rent the same."

"Clara —"

"I know what you are going to ask, and the answer is no. I will not speak to him for you."
"""


def test_a_line_of_a_name_alone_broken_off_calls_that_person() -> None:
    """'"Clara —"' alone, cut off by a dash, calls the one named (as "Clara!" would), and she answers. Before:
    the name was no call, and the answer went to the father, the speaker before last."""
    assert speakers(ORCHARD) == ["Mr. Tolland", "Walter", "Mr. Tolland", "Walter", "Clara"]


PARLOUR = """Mrs. Garth sat at the tea-table, and her nephew Robin stood at the window. Kate came in with the letters.

"There is nothing for you," said Kate.

"There never is," said Mrs. Garth. "And I wish, Robin, that you would not stand in the light."

"Then I shall stand in the dark, and be no trouble to anybody."

"You are always trouble."
"""


def test_a_name_between_commas_in_the_middle_of_a_sentence_is_called() -> None:
    """'And I wish, Robin, that you would...': a name set off by commas in the middle of a line's sentence calls
    that person, and he answers. Before: only a name at a sentence's start or end was a call, and the answer
    went to Kate, the speaker before last."""
    assert speakers(PARLOUR) == ["Kate", "Mrs. Garth", "Mrs. Garth", "Robin", "Mrs. Garth"]
