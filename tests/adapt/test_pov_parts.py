"""Fan fiction told in turns from several points of view, each part under a heading ('~Hinata's POV~'): the 'I' of
each part is the person its heading names, and a 'Normal POV' part is told from outside."""

from __future__ import annotations

from pathlib import Path

from game.adapt.draft import adapt_document
from game.adapt.pov import heading_name
from game.adapt.readers import read_text
from game.adapt.writer import to_yaml
from tests.adapt.conftest import assert_draft_checks, said

TWO_EYES = """~Hinata's POV~

I waited by the gate until the sun was almost gone. My hands were cold, and I kept them in my sleeves.

"You're still here?" Kiba said, jogging up the path.

"I said I would wait," I told him.

"For Naruto? He's not coming back tonight."

"Then I'll wait until morning."

Kiba sighed and sat down beside me. "You're hopeless, you know that?"

"I know," I said.

~Naruto's POV~

I could see the gate from the ridge, and two people sitting under the lantern. My legs ached.
I had run the whole way from the river.

"Hinata!" I shouted, waving both arms.

Kiba nearly fell off the bench when he saw me.

"Took you long enough," Kiba said.

"Course I did," I said, sliding down the last of the slope. "I promised, didn't I?"

"Shut up," said Kiba. "She waited all night."
"""

OUTSIDE = """POV: Lennart

I found the map where Oskar said it would be, under the loose board by the stove. My fingers were shaking.

"Is that it?" Oskar asked from the doorway.

"It's it," I said. "Look at the coast. Nobody has drawn it like that in a hundred years."

*Normal POV*

Oskar leaned over the table. Greta came in with the lamp and set it down between them.

"You two are going to get us all arrested," Greta said.

"Only if we're caught," said Oskar.

"You are always caught, Oskar."

Lennart laughed, and for once Oskar did not argue.
"""


def test_a_heading_names_whose_eyes_the_part_is_seen_through() -> None:
    assert heading_name("~Hinata's POV~") == "Hinata"
    assert heading_name("Naruto POV") == "Naruto"
    assert heading_name("POV: Itachi") == "Itachi"
    assert heading_name("-Tove's P.O.V.-") == "Tove"
    assert heading_name("Ash's Point of View") == "Ash"
    assert heading_name("Sakura Haruno's POV") == "Sakura Haruno"
    assert heading_name("*Normal POV*") is None and heading_name("Third person POV") is None
    assert heading_name("Hinata waited by the gate.") is None


def test_each_parts_i_is_the_one_its_heading_names() -> None:
    """Before: one narrator for the whole text, named 'Naruto' from a call, took every 'I said' of both parts, and
    Hinata was no one."""
    got = said(TWO_EYES)
    assert [s for _t, s, _e in got] == ["Kiba", "Hinata", "Kiba", "Hinata", "Kiba", "Hinata",
                                        "Naruto", "Kiba", "Naruto", "Naruto", "Kiba", "Kiba"]
    draft = adapt_document(read_text(TWO_EYES))
    assert not any(m.narrator for m in draft.cast.members.values())  # each 'I' is somebody


def test_a_part_told_from_outside_has_no_narrator() -> None:
    """'*Normal POV*' after a first-person part: its lines are the people its narration names, and the 'I' of the
    part before is Lennart."""
    got = said(OUTSIDE)
    assert [s for _t, s, _e in got] == ["Oskar", "Lennart", "Lennart", "Greta", "Oskar", "Greta"]


def test_a_draft_told_in_parts_passes_check(tmp_path: Path) -> None:
    for name, text in (("eyes", TWO_EYES), ("outside", OUTSIDE)):
        assert_draft_checks(tmp_path, name, text)


def test_the_draft_says_how_the_text_is_told() -> None:
    """The writer sees how the tool read the text, where a wrong reading would make every speaker wrong."""
    assert adapt_document(read_text(TWO_EYES)).telling == "told in POV parts: Hinata as 'I', Naruto as 'I'"
    assert "# The text is told in POV parts: Lennart as 'I', from outside." in to_yaml(
        adapt_document(read_text(OUTSIDE)), "x")
    assert adapt_document(read_text('"Hello," said Ann.\n\n"Hi," said Tom.\n')).telling == "told in the third person"
    first = ('I met Nell at the gate. I was late, and I said so.\n\n"You\'re late, Sam," Nell said.\n\n'
             '"I know," I said. "I ran the whole way, and my feet hurt."\n')
    assert adapt_document(read_text(first)).telling == "told by an 'I' (Sam)"


def test_headings_in_capitals_or_a_lower_case_pov_name_their_person() -> None:
    """'LIESL'S P.O.V.' and 'Odo's pov' (before: 'LIESL'S' was the name, and 'Odo's pov' was no heading at all, so
    Odo's part was read as the part before it)."""
    assert heading_name("LIESL'S P.O.V.") == "Liesl" and heading_name("Odo's pov") == "Odo"
    text = TWO_EYES.replace("~Naruto's POV~", "naruto's pov").replace("~Hinata's POV~", "HINATA'S P.O.V.")
    assert adapt_document(read_text(text)).telling == "told in POV parts: Hinata as 'I'"  # 'naruto' is no name
    text = TWO_EYES.replace("~Naruto's POV~", "Naruto's pov").replace("~Hinata's POV~", "HINATA'S P.O.V.")
    assert adapt_document(read_text(text)).telling == "told in POV parts: Hinata as 'I', Naruto as 'I'"


def test_a_possessive_after_the_narrators_own_sentence_is_no_one_new_who_speaks() -> None:
    """'"Inside first." // I got him onto the bench … His fingers were grey.' // '"Name?"': the paragraph's first
    subject is the narrator, who spoke last; 'His fingers' is not someone new the narration turns to, so the line
    after is still the other person's turn, not his (before: 'His' made it the man's)."""
    text = ('I opened the door. A man stood there, white with frost.\n\n"Please," he said. "My friend is out '
            'there."\n\n"Inside first," I said.\n\nI got him onto the bench by the stove and pulled at his gloves. '
            'His fingers were grey at the tips. I could work with grey.\n\n"Name?"\n\n"Bastien."\n')
    got = said(text)
    assert got[3][1] == got[2][1] != got[4][1]  # 'Name?' is the narrator's, as 'Inside first' was


def test_a_parts_copy_of_the_cast_shares_nothing_it_can_change() -> None:
    """Each part is decided with its own copy of the cast (made by hand, not deep-copied: a long text has many
    parts): every container the cast holds is the copy's own, so a field added to Cast without a line in the copy
    fails here."""
    import dataclasses

    from game.adapt.cast import infer_cast
    from game.adapt.pov import _copied

    cast = infer_cast(TWO_EYES)
    mine = _copied(cast)
    for f in dataclasses.fields(cast):
        value = getattr(cast, f.name)
        if isinstance(value, (dict, list, set)):
            assert getattr(mine, f.name) is not value, f.name
            assert getattr(mine, f.name) == value, f.name
    assert all(mine.members[c] is not m and mine.members[c].tokens is not m.tokens for c, m in cast.members.items())


def test_a_new_chapter_without_a_pov_heading_ends_the_part() -> None:
    """'Chapter Two', told from outside after a chapter in Hinata's eyes: her part ends at the chapter heading
    (before: it ran on to the end of the text, so 'she said' could not be Hinata, its 'I', and went to Naruto)."""
    text = ("Chapter One\n\n~Hinata's POV~\n\nI waited by the gate. My hands were cold, and I kept them in my "
            "sleeves.\n\n\"You came,\" Naruto said.\n\n\"I said I would,\" I said.\n\nChapter Two\n\nThe market was "
            "loud at noon. Kiba pushed through the crowd with his dog.\n\n\"Hinata!\" he called. \"Over here!\"\n\n"
            "\"Coming,\" she said, and waved.\n\n\"Did you sleep?\" he asked.\n\n\"Not much,\" she said.\n")
    got = said(text)
    assert [s for _t, s, _e in got] == ["Naruto", "Hinata", "Kiba", "Kiba", "Hinata", "Kiba", "Hinata"]
    assert adapt_document(read_text(text)).telling == "told in POV parts: Hinata as 'I', from outside"
