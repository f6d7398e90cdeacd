"""Eighth round: cast errors (a narrator named after someone asked about, one person made two or two made one),
each on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def said(text: str) -> list[tuple[str, str | None, str]]:
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]


def names(text: str) -> set[str]:
    return {c.name for c in adapt_document(read_text(text)).cast.members.values()}


VICARAGE = """The rain had stopped by the time I reached the vicarage, and Lydia Crane was waiting for me at the gate \
with an umbrella she no longer needed.

"You came after all," said she. "I had quite given you up."

"The trains were kind for once," said I. "Where is everyone?"

"Father is in his study, and the boys are at school until Friday."

"{asked}"

"Gone to her sister's at Bath, thank heaven. We have the house to ourselves for a week."

I laughed, and she took my bag from me before I could prevent her.

"You look tired," she said. "Was it very bad in town?"

"Bad enough. I will tell you everything after tea."

"You always say that, and then you tell me nothing."

"This time I will," said I.
"""


def test_a_name_asked_about_does_not_name_the_narrator_nor_answer() -> None:
    """'"Mrs. Fenwick?"' in a talk between a 'said I' narrator and her friend asks after a third person: it named the
    narrator 'Mrs. Fenwick' (a one-name question counted as a call), and the friend's answer went to Mrs. Fenwick as
    the one addressed. Before: the narrator 'Mrs. Fenwick', 10 of 12 lines; after: 12 of 12, for both wordings."""
    for asked in ("Mrs. Fenwick?", "And the housekeeper? Mrs. Fenwick?"):
        text = VICARAGE.format(asked=asked)
        who = [speaker for _text, speaker, _evidence in said(text)]
        assert "Mrs. Fenwick" not in who, who
        lydia = who[0]
        assert lydia in ("Crane", "Lydia Crane", "Lydia")
        assert who == [lydia, lydia, "Narrator", "Narrator", lydia, "Narrator", lydia, lydia, lydia, "Narrator",
                       lydia, "Narrator"]


def test_a_name_asked_as_a_scenes_first_line_is_still_a_call() -> None:
    text = ("Hamish found the old man on the jetty, mending a net.\n\n"
            "\"Mr. Calloway?\"\n\n"
            "\"Who's asking?\"\n\n"
            "\"Hamish Reid. From the council.\"\n")
    assert [speaker for _text, speaker, _evidence in said(text)][:2] == ["Hamish", "Mr. Calloway"]
