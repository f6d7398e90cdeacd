"""Short forms of first names, the first-person narrator's other names, and relatives named by
kinship ('my aunt', 'his sister'), on small hand-written texts."""

from __future__ import annotations

from game.adapt.cast import infer_cast, short_form_of
from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def said(text: str) -> list[tuple[str, str | None, str]]:
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]


def test_short_forms_of_first_names() -> None:
    assert short_form_of("theo", "theodore") and short_form_of("barty", "bartholomew")
    assert short_form_of("mads", "madison") and short_form_of("lizzy", "elizabeth")
    assert not short_form_of("tom", "thomas") and not short_form_of("ann", "anthony")
    assert not short_form_of("christina", "christopher") and not short_form_of("jo", "josephine")


def test_a_short_name_is_the_same_person_as_the_full_one() -> None:
    cast = infer_cast("Bartholomew Finch stood at the window. \"Well,\" said Barty. Barty sat down.\n\n"
                      "Bartholomew frowned. He said nothing.\n")
    assert cast.lookup("Barty") == cast.lookup("Bartholomew") is not None


def test_two_names_in_one_sentence_are_two_people() -> None:
    cast = infer_cast("Theodora said hello. Theo and Theodora laughed. Theo said nothing. Theo shrugged.\n")
    assert cast.lookup("Theo") != cast.lookup("Theodora")


def test_a_short_name_only_called_in_dialogue_is_the_full_one() -> None:
    text = ("Madison sat on the wall. Priya stood beside her.\n\n"
            "\"It's a little insane, Mads,\" said Priya.\n\n"
            "\"Mads, listen.\" Priya sighed.\n")
    cast = infer_cast(text)
    assert cast.lookup("Mads") == cast.lookup("Madison") is not None


def test_the_first_person_narrator_has_every_name_others_call_them() -> None:
    text = ("I came in late. My landlady, Mrs. Quill, was dusting the hall, and I went past her to the stairs."
            " I was tired and I wanted my dinner.\n\n"
            "\"A letter for you, Mr. Asher,\" she said.\n\n"
            "\"Thank you.\"\n\n"
            "Bartholomew was waiting upstairs. He stood up as I came in.\n\n"
            "\"Will,\" he said. \"You look well.\"\n\n"
            "\"So do you,\" I said. I did not mean it.\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.lookup("Mr. Asher") == draft.cast.lookup("Will") == "narrator"
    assert draft.cast.lookup("Mrs. Quill") != "narrator"


def test_a_man_and_a_woman_called_by_one_surname_are_not_both_the_narrator() -> None:
    text = ("I drove my aunt to the doctor. I waited, and I read a magazine, and I was bored.\n\n"
            "\"Come in, Mrs. Greaves,\" said Dr. Moss.\n\n"
            "\"And you, Mr. Greaves,\" she added.\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.lookup("Mrs. Greaves") != "narrator" and draft.cast.lookup("Mr. Greaves") != "narrator"


def test_my_aunt_is_the_person_called_aunt() -> None:
    text = ("Aunt Philippa sat at the table. Sylvie came in. Dr. Moss followed her and sat down.\n\n"
            "\"He mumbles,\" said my aunt.\n")
    assert said(text)[-1][1] == "Aunt Philippa"


def test_his_sister_shares_his_surname() -> None:
    text = ("Mr. Crane stood by the fire. Mrs. Lacey sat on the sofa, and Miss Crane sat by the window.\n\n"
            "\"I cannot help you,\" said Mr. Crane.\n\n"
            "\"You christened her,\" returned his sister.\n")
    assert said(text)[-1][1] == "Miss Crane"
