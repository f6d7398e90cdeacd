"""Dash dialogue: a spoken line that opens its paragraph with a dash and has no closing mark ('—Come up!'), as
Joyce and many translations write it; on small hand-written texts."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.quotes import quote_style
from game.adapt.readers import read_text

TOWER = ("The tower stood above the bay, and the morning was cold. Conor came up the stairs with a bowl of water "
         "and set it on the parapet.\n\n"
         "—Come up, Daniel! Come up at once, you lazy man!\n\n"
         "Daniel climbed out of the stairhead slowly and looked at the sea.\n\n"
         "—Why should I? he asked. —The water is freezing.\n\n"
         "—Because I said so, Conor said sternly.\n\n"
         "Daniel laughed and leaned on the wall.\n\n"
         "—You always say so.\n\n"
         "—And I am always right.\n\n"
         "He took the bowl from the parapet and walked away.\n")


def lines(text: str) -> list[tuple[str, str | None]]:
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker)) for u in draft.utterances]


def test_a_text_whose_lines_open_with_dashes_is_read_as_dash_dialogue() -> None:
    assert quote_style(TOWER) == "dash"
    assert quote_style(TOWER.replace("—", "--")) == "dash"  # as plain-text editions write the dash


def test_each_dash_line_is_spoken_up_to_its_tag_and_on_after_it() -> None:
    assert [said for said, _who in lines(TOWER)] == [
        "Come up, Daniel! Come up at once, you lazy man!", "Why should I?", "The water is freezing.",
        "Because I said so,", "You always say so.", "And I am always right."]


def test_dash_lines_are_attributed_like_quoted_ones() -> None:
    who = [speaker for _said, speaker in lines(TOWER)]
    assert who[1:4] == ["Daniel", "Daniel", "Conor"]  # 'he asked' after Daniel climbs out; 'Conor said'
    assert who[4:] == ["Daniel", "Conor"]  # the two of them in turn


def test_a_few_dashes_in_a_text_with_quotation_marks_change_nothing() -> None:
    text = ("\"Where is the boat?\" asked Ada.\n\n"
            "—and there it was, half sunk by the jetty.\n\n"
            "\"There,\" said Tom. \"By the jetty.\"\n\n"
            "—or what was left of it.\n\n"
            "\"We can mend it,\" said Ada.\n\n"
            "—so they said, at least.\n\n"
            "\"Can we?\" said Tom.\n")
    assert quote_style(text) != "dash"
    assert [said for said, _who in lines(text)] == ["Where is the boat?", "There,", "By the jetty.",
                                                    "We can mend it,", "Can we?"]
