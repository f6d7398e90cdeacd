"""Inns and things named after an article ('the Red Lion', 'a Turner') are not people, though a
title used as a name ('said the Senora') is; a family's surname does not make its daughter the
father; ranks and roles ('said the vicar') bound to the person they mean. Small hand-written texts."""

from __future__ import annotations

from game.adapt.cast import infer_cast
from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from tests.adapt.conftest import said


def test_an_inn_after_the_is_no_person() -> None:
    text = ("The parlour of the Silver Heron was empty when Mr. Teague came down.\n\n"
            "\"Nobody up?\" said Mr. Teague.\n\n"
            "The stairs creaked, and Mrs. Yelland came in with the lamp.\n")
    cast = infer_cast(text)
    assert cast.lookup("Heron") is None and cast.lookup("Mr. Teague") is not None


def test_a_painting_after_a_is_no_person() -> None:
    cast = infer_cast("\"There is a Vermeer upstairs,\" said Rosalind. \"A Vermeer is never large.\"\n")
    assert cast.lookup("Vermeer") is None and cast.lookup("Rosalind") is not None


def test_a_title_used_as_a_name_speaks() -> None:
    text = ("The Senora brought the coffee herself.\n\n"
            "\"You slept well?\" said the Senora.\n\n"
            "\"Very well,\" said Imogen.\n")
    cast = infer_cast(text)
    assert cast.lookup("Senora") is not None
    assert [who for _, who, _ in said(text)] == ["Senora", "Imogen"]


def test_a_daughter_of_the_family_is_not_her_father() -> None:
    text = ("Mr. Pruett read the paper, and Mrs. Pruett read the letters.\n\n"
            "The door opened, and Harriet Pruett came in. She was the youngest of them.\n\n"
            "\"Papa, the carriage is here,\" said Harriet.\n\n"
            "\"Let it wait,\" said Mr. Pruett. Harriet laughed.\n")
    cast = infer_cast(text)
    assert cast.lookup("Harriet") not in (None, cast.lookup("Mr. Pruett"))
    assert cast.members[cast.lookup("Harriet")].gender == "f"
    assert cast.lookup("Pruett") == cast.lookup("Mr. Pruett")


def test_a_father_after_her_is_not_her_gender() -> None:
    text = ("Wilhelmina stood by the fire. She was cold.\n\n"
            "\"Come here,\" said Wilhelmina.\n\n"
            "Wilhelmina turned to her father, who was smiling into his cup.\n")
    assert infer_cast(text).members["wilhelmina"].gender == "f"


def test_a_title_before_a_first_name_and_a_surname_is_the_surname_s() -> None:
    text = ("\"My name is Mrs. Rosamund Keele,\" said the lady.\n\n"
            "Mrs. Keele sat down. She folded her hands.\n\n"
            "\"You are very welcome,\" said Mrs. Keele.\n")
    cast = infer_cast(text)
    assert cast.lookup("Mrs. Keele") is not None
    assert cast.lookup("Rosamund") == cast.lookup("Mrs. Keele")
    assert [c.name for c in cast.members.values()] == ["Mrs. Keele"]


def test_a_clerk_named_in_apposition_is_the_clerk_of_the_tag() -> None:
    text = ("Mr. Voss, the clerk, sat behind his rail. Mrs. Quayle waited by the stove.\n\n"
            "\"Is the coach late?\" said Mrs. Quayle.\n\n"
            "\"It is,\" said the clerk, \"and it will be later.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mrs. Quayle", "Mr. Voss"]


def test_someone_only_talked_of_does_not_take_a_turn() -> None:
    text = ("Mr. Brede sat by the fire. Mrs. Brede poured the tea.\n\n"
            "\"They have chosen the new curate,\" said Mr. Brede.\n\n"
            "\"And who is he?\" said Mrs. Brede.\n\n"
            "\"A young man called Fenn. Lucius Fenn.\"\n\n"
            "\"Lucius!\"\n\n"
            "\"It is only a name, my dear.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mr. Brede", "Mrs. Brede", "Mr. Brede", "Mrs. Brede", "Mr. Brede"]


def test_a_reply_withheld_lets_the_last_speaker_go_on() -> None:
    text = ("I had slept badly, and I came down late. Morland stood at the window. I sat down to my breakfast, "
            "and I poured my coffee, and I said nothing.\n\n"
            "\"You were out late, Quested,\" said he.\n\n"
            "\"Not very.\"\n\n"
            "\"Late enough to miss the last omnibus, and to walk home through the rain.\"\n\n"
            "I made no answer. He came away from the window and sat down opposite me.\n\n"
            "\"Never mind. I shall not ask where you were.\"\n")
    assert [who for _, who, _ in said(text)] == ["Morland", "Quested", "Morland", "Morland"]


def test_a_visitor_who_gives_her_name_is_not_the_narrator() -> None:
    text = ("I was reading by the fire when Morland looked up from his papers. I put my book down.\n\n"
            "\"There is someone on the stair, Quested,\" said he.\n\n"
            "\"I hear nobody,\" I said.\n\n"
            "The door opened, and a lady in grey came in. I rose and gave her my chair.\n\n"
            "\"My name is Thorne. Mrs. Thorne. I have come about my husband.\"\n\n"
            "\"Pray go on, Mrs. Thorne,\" said Morland.\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.lookup("Mrs. Thorne") not in (None, "narrator")
    assert draft.cast.lookup("Quested") == "narrator"
    assert [who for _, who, _ in said(text)][2] == "Mrs. Thorne"


def test_an_old_man_named_in_the_same_sentence_is_that_name() -> None:
    text = ("Mrs. Pym sat by the fire. In the corner a little old man, whom the whole village called Tull, "
            "was asleep. Tull snored. A boy came in with the wood. Tom Ashby was his name, and he was tired.\n\n"
            "\"Wake up,\" said Mrs. Pym.\n\n"
            "\"I am awake,\" said the old man.\n")
    assert [who for _, who, _ in said(text)][-1] == "Tull"


def test_a_stranger_named_only_when_called_is_that_person() -> None:
    text = ("Mr. Rook kept the shop. At noon a stout old gentleman came in and put his hat on the counter.\n\n"
            "\"Good day to you, Mr. Rook,\" said the old gentleman.\n\n"
            "\"Good day, Mr. Halloran. The usual?\"\n\n"
            "\"The usual,\" said the old gentleman.\n")
    assert [who for _, who, _ in said(text)] == ["Mr. Halloran", "Mr. Rook", "Mr. Halloran"]


def test_two_descriptions_are_two_people() -> None:
    text = ("At dinner Mrs. Crewe sat opposite a tall clergyman and a young man. He introduced himself before the soup: "
            "Mr. Oakes, of Bath.\n\n"
            "\"You are new here, Lisle,\" said the clergyman.\n\n"
            "\"Quite new,\" said the young man.\n")
    assert [who for _, who, _ in said(text)] == ["Mr. Oakes", "Lisle"]


def test_two_word_speech_verbs_tag_and_join() -> None:
    text = ("Mr. Hale sat by the fire. Their son Robert stood at the door.\n\n"
            "\"It will rain,\" said Mr. Hale.\n\n"
            "\"It always rains,\" put in Robert.\n\n"
            "\"Well,\" Mr. Hale went on, \"it will rain today.\"\n\n"
            "\"Then stay in,\" cut in Robert.\n")
    assert said(text) == [("It will rain,", "Mr. Hale", "tag"), ("It always rains,", "Robert", "tag"),
                          ("Well, it will rain today.", "Mr. Hale", "tag"), ("Then stay in,", "Robert", "tag")]


def test_was_her_answer_is_a_tag() -> None:
    text = ("Mr. Tolland read his paper. Winifred sat by the window, and Agatha beside her.\n\n"
            "\"Shall we walk out?\" said Agatha.\n\n"
            "\"Not in this wind,\" was Winifred's answer.\n\n"
            "\"You will blow away,\" was his only remark.\n")
    assert said(text)[1:] == [("Not in this wind,", "Winifred", "tag"),
                              ("You will blow away,", "Mr. Tolland", "tag-pronoun")]


def test_papa_is_the_one_titled_man_in_the_room() -> None:
    text = ("Mr. Tolland read his paper. Winifred sat by the window, and Agatha beside her.\n\n"
            "\"Papa, you are very provoking,\" Winifred cried.\n\n"
            "\"I hope so, my dear.\"\n")
    assert said(text)[1][1:] == ("Mr. Tolland", "addressed")


def test_said_to_someone_makes_them_answer() -> None:
    text = ("Mr. Tolland and his wife sat at breakfast with their niece Winifred and Captain Breck.\n\n"
            "\"My dear,\" said Mrs. Tolland to her husband, \"have you heard the news?\"\n\n"
            "\"I have not.\"\n\n"
            "\"Is it true?\" said Captain Breck to Winifred, in a low voice.\n\n"
            "\"So my aunt says.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mrs. Tolland", "Mr. Tolland", "Captain Breck", "Winifred"]


def test_a_stranger_named_only_in_the_lines_is_the_stranger() -> None:
    text = ("Mr. Ollerby and Mr. Sage sat in the parlour of the Wheatsheaf when a lean stranger in a wet cloak "
            "came in and sat down by the fire.\n\n"
            "\"Raw evening, gentlemen,\" said the stranger.\n\n"
            "\"Very,\" replied Mr. Sage.\n\n"
            "\"And where are you from, sir?\" asked Mr. Ollerby.\n\n"
            "\"North. Name of Quill. Barnaby Quill.\"\n\n"
            "\"You will take a glass, Mr. Quill?\" said Mr. Sage.\n\n"
            "\"With pleasure, sir.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mr. Quill", "Mr. Sage", "Mr. Ollerby", "Mr. Quill",
                                                  "Mr. Sage", "Mr. Quill"]


def test_a_name_called_at_a_line_s_start_is_a_person_but_mamma_is_not() -> None:
    text = ("Mr. Garrow sat by the fire. His wife came in with a letter.\n\n"
            "\"Mamma, what is it?\" said their daughter.\n\n"
            "\"Rosalie, you must not ask,\" said Mr. Garrow.\n\n"
            "\"Badly, I think,\" said he.\n")
    cast = infer_cast(text)
    assert cast.lookup("Rosalie") is not None
    assert cast.lookup("Mamma") is None and cast.lookup("Badly") is None


def test_a_calling_given_in_apposition_after_a_reflexive_means_that_person_and_its_other_word_too() -> None:
    text = ("At the far end of the studio, frowning at the canvas, stood the artist herself, Nell Brackett, "
            "with a brush in her teeth. Tom Ashby leaned in the doorway. Nell Brackett did not look round.\n\n"
            "\"It is not finished,\" said the painter.\n\n"
            "\"It never is,\" said Tom.\n\n"
            "\"Then go away,\" said the artist.\n")
    speakers = [s for _t, s, _e in said(text)]
    assert speakers == ["Nell Brackett", "Tom Ashby", "Nell Brackett"]
