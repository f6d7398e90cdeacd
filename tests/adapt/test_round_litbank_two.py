"""Rules from reading the misses on LitBank's openings again (read from a copy outside the repository,
twenty-fifth session): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def said(text: str) -> list[tuple[str, str | None, str]]:
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]


FERRY = ("Walter Pike reached the landing as the ferry came in, and a lean man in oilskins threw him a rope.\n\n"
         "\"You're the last tonight,\" said the ferryman.\n\n"
         "\"Then I'm lucky,\" Walter said.\n\n"
         "The ferryman looked at the sky for a long while.\n\n"
         "\"Lucky, is it?\" he said. \"There's weather coming.\"\n")


def test_a_calling_that_opens_a_sentence_is_the_one_the_tags_named_by_it() -> None:
    """'The ferryman looked at the sky' between two lines: the 'he said' after it is the ferryman's (before: the
    calling was no mention at all, and the 'he' went to Walter, the last man named)."""
    assert [speaker for _text, speaker, _evidence in said(FERRY)] == ["Ferryman", "Walter", "Ferryman",
                                                                       "Ferryman"]


def test_a_calling_inside_a_sentence_is_not_made_its_subject() -> None:
    """Only a calling that opens its sentence acts in it: 'When the ferryman had gone, Walter…' is Walter's."""
    text = FERRY.replace("The ferryman looked at the sky for a long while.",
                         "When the ferryman had gone below, Walter looked at the sky for a long while.")
    text = text.replace("\"Lucky, is it?\" he said. \"There's weather coming.\"",
                        "\"Lucky,\" he said. \"Yes.\"")
    assert [(speaker or "").split()[0] for _text, speaker, _evidence in said(text)][2:] == ["Walter", "Walter"]
