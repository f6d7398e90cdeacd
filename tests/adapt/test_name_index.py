"""The capitalised-word index (game/adapt/cast.py: word_starts, words_before, words_after) finds what the regular
expressions it replaced find, on texts made of names, small words, spaces, line breaks and punctuation."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from game.adapt.cast import word_starts, words_after, words_before

NAMES = ["Emma", "Woodhouse", "Anna", "Maria", "Smith", "Zoë", "O'Brien", "Smithson"]
PIECES = NAMES + ["said", "the", "x", "Mr.", "'s", "’s", "-", ",", ".", "2", "_"]
GAPS = [" ", "  ", "\n", "\n\n", "", "\t"]
NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]+"

texts = st.lists(st.tuples(st.sampled_from(PIECES), st.sampled_from(GAPS)), max_size=40).map(
    lambda parts: "".join(word + gap for word, gap in parts))


@settings(max_examples=300, deadline=None)
@given(texts, st.sampled_from(NAMES))
def test_the_index_finds_what_the_patterns_find(text: str, word: str) -> None:
    """The pairs are read overlapping ('Anna Emma Emma': Emma is written before Emma too), as a look-ahead finds them."""
    assert word_starts(text, word) == [m.start() for m in re.finditer(r"\b%s\b" % re.escape(word), text)]
    assert words_before(text, word, one_space=True) == [
        m.group(1) for m in re.finditer(r"\b(" + NAME + r") (?=" + re.escape(word) + r"\b)", text)]
    assert words_after(text, word) == [
        m.group(1) for m in re.finditer(r"\b" + re.escape(word) + r"\s+(?=(" + NAME + r")\b)", text)]


def test_a_name_written_twice_in_a_row() -> None:
    assert words_before("Anna Emma Emma Woodhouse.", "Emma", one_space=True) == ["Anna", "Emma"]
    assert words_after("Anna Emma Emma Woodhouse.", "Emma") == ["Emma", "Woodhouse"]


def test_a_name_with_an_apostrophe_written_twice_in_a_row() -> None:
    """The names the index does not hold ('O'Brien') are read overlapping too (a case the random texts found)."""
    assert words_before("Emma O'Brien O'Brien ", "O'Brien", one_space=True) == ["Emma", "Brien"]
    assert words_after("O'Brien Emma O'Brien Anna", "O'Brien") == ["Emma", "Anna"]
