"""Rules from reading the misses on the PDNC excerpts (copied outside the repository) and LitBank's openings once
more (twenty-eighth session): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.cast import infer_cast
from tests.adapt.conftest import said

HOUSEHOLD = (
    '"You are late again," said Karamat, when his friend came up the steps. "Sit, sit. The tea is cold."\n'
    '\n'
    '"Karamat, forgive me. The ferry was slow."\n'
    '\n'
    'Karamat laughed and pushed the cup across to him. He had known Yusuf since they were boys.\n'
    '\n'
    '"The ferry is always slow," he said.\n'
    '\n'
    'After the meal they went in to greet the women. Karamat Begum was a cousin of Yusuf\'s mother, and she '
    'kept the house with a firm hand. She was sitting by the window with her sewing.\n'
    '\n'
    '"So you have come at last," she said. "Your mother writes that you do not eat."\n'
    '\n'
    '"I eat like a horse, Aunt."\n'
    '\n'
    '"Then you are a thin horse."\n'
    '\n'
    'Karamat smoothed his beard. He had heard this talk before.\n'
    '\n'
    '"Leave the boy alone," he said. "He is here now."\n'
)


def test_a_name_and_a_title_the_pronouns_make_a_woman_is_not_the_man_of_the_first_word() -> None:
    """'Karamat Begum … she kept the house' beside 'Karamat laughed … He': the pronouns give the full form a woman and
    the first word alone a man, and 'Begum' is never written alone, so they are two people: his lines are 'Karamat'
    (before: one person shown 'Karamat Begum', of no gender, took every line of his)."""
    cast = infer_cast(HOUSEHOLD)
    names = {m.name: m.gender for m in cast.members.values()}
    assert names.get("Karamat") == "m" and names.get("Karamat Begum") == "f"
    speakers = [speaker for _t, speaker, _e in said(HOUSEHOLD)]
    assert speakers[0] == "Karamat" and speakers[-1] == "Karamat"
    assert "Karamat Begum" in speakers[3:5]


def test_a_full_name_the_pronouns_agree_on_stays_one_person() -> None:
    """'Ada Lovell … she' and 'Ada … she': the same woman, one member (the split needs two genders)."""
    text = ('Ada Lovell came down the lane with her basket. She stopped at the gate.\n\n'
            '"Is anyone at home?" said Ada.\n\nAda waited; she could hear the kettle.\n\n"Come in," said a voice.\n')
    cast = infer_cast(text)
    ada = [m for m in cast.members.values() if "ada" in m.tokens]
    assert len(ada) == 1 and ada[0].tokens == {"ada", "lovell"} and ada[0].gender == "f"
    assert not cast.full_names
