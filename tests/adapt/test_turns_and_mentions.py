"""Who answers: the man a line called answers 'said he'; someone the last line talked about answers
it; 'the former' and 'the latter' of two people named together. Small hand-written texts."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def said(text: str) -> list[tuple[str, str | None, str]]:
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]


def test_he_answering_a_line_that_called_a_man_is_that_man() -> None:
    text = ("Mr. Crane and Mr. Lacey stood by the fire. Mrs. Lacey came in.\n\n"
            "\"I have news,\" said Mr. Lacey.\n\n"
            "\"Then tell it, Mr. Crane. You look as if you had some too,\" said Mrs. Lacey.\n\n"
            "\"I have none,\" said he.\n")
    assert said(text)[-1][1] == "Mr. Crane"


def test_the_latter_and_the_former_of_two_named_together() -> None:
    text = ("Elizabeth sat by the fire. Jane came in, and Mr. Bingley followed her.\n\n"
            "\"You are late,\" said Elizabeth.\n\n"
            "Mr. Bingley and Jane looked at each other.\n\n"
            "\"We walked,\" replied the latter.\n\n"
            "\"In the rain?\" said Elizabeth.\n\n"
            "\"It was not raining then,\" said the former.\n")
    lines = said(text)
    assert lines[1][1] == "Jane" and lines[3][1] == "Mr. Bingley"


def test_a_line_naming_someone_is_not_theirs() -> None:
    text = ("Cassandra held the instructions. Samantha lay in the grass. Noor came out of the house.\n\n"
            "\"It's flat,\" said Cassandra.\n\n"
            "\"It's supposed to be flat,\" said Samantha.\n\n"
            "\"Why is it still flat?\" said Noor.\n\n"
            "\"Ask Samantha.\"\n")
    assert said(text)[-1][1] == "Cassandra"


def test_a_name_given_as_ones_own_does_not_rule_the_speaker_out() -> None:
    text = ("Mr. Calloway opened the door. Hamish stood on the step.\n\n"
            "\"Yes?\" said Mr. Calloway.\n\n"
            "\"Hamish Reid. From the council.\"\n")
    assert said(text)[-1][1] == "Hamish"


def test_a_little_brother_named_is_a_boy_and_a_short_name_with_a_full_stop_is_his() -> None:
    from game.adapt.cast import infer_cast
    cast = infer_cast("Cassandra's little brother Benjamin ran across the lawn. Benjamin laughed.\n\n"
                      "\"Benj. Come here,\" said Cassandra. Samantha was lying on her back in the grass. Samantha sighed.\n")
    assert cast.members[cast.lookup("Benjamin")].gender == "m"
    assert cast.lookup("Benj") == cast.lookup("Benjamin")
    assert cast.members[cast.lookup("Samantha")].gender == "f"


def test_my_cousin_named_is_the_subject_a_pronoun_tag_finds() -> None:
    text = ("I came down late. Aunt Philippa was at the table with her hat on. Sylvie was still upstairs; "
            "she never came down before nine.\n\n"
            "\"Sit down,\" said Aunt Philippa.\n\n"
            "I sat down. My cousin Sylvie, who had come in behind me, took the last piece of toast.\n\n"
            "\"Is it your knee again?\" she asked.\n")
    assert said(text)[-1][1] == "Sylvie"


def test_an_aunt_called_by_a_short_name_is_the_same_aunt() -> None:
    from game.adapt.cast import infer_cast
    cast = infer_cast("Aunt Philippa sat down. Aunt Philippa frowned.\n\n\"Your ears, Aunt Pip,\" said Sylvie.\n")
    assert cast.lookup("Aunt Pip") == cast.lookup("Aunt Philippa") is not None


def test_an_answer_the_narration_reports_is_a_turn_so_the_asker_goes_on() -> None:
    text = ("Mrs. Quill was dusting. Bartholomew stood by the window.\n\n"
            "\"It's money,\" said Bartholomew.\n\n"
            "\"How much money, Bartholomew?\" said Mrs. Quill.\n\n"
            "He told her.\n\n"
            "\"And the woman?\"\n")
    assert said(text)[-1][1] == "Mrs. Quill"


def test_my_companion_and_our_visitor() -> None:
    text = ("I had come down late, and I found Vane at the window. Vane did not turn. I sat down to my "
            "breakfast and I said nothing.\n\n"
            "\"You slept badly,\" said he.\n\n"
            "\"I slept well,\" said I.\n\n"
            "\"You did not,\" returned my companion.\n\n"
            "A lady was shown in, and she sat. Mrs. Orme was pale.\n\n"
            "\"My brother is gone,\" said our visitor.\n\n"
            "\"Since when?\" asked my companion.\n")
    assert [s for _, s, _ in said(text)] == ["Vane", "Narrator", "Vane", "Mrs. Orme", "Vane"]


def test_kate_is_katherine_and_the_one_called_answers() -> None:
    text = ("The rain had kept the girls indoors. Rosamund sewed. Katherine yawned. Katherine laughed.\n\n"
            "\"You have taken my thimble again, Kate,\" said Rosamund.\n\n"
            "\"I have not touched your thimble.\"\n")
    assert said(text)[-1][1:] == ("Katherine", "addressed")
    draft = adapt_document(read_text(text))
    assert draft.cast.lookup("Kate") == draft.cast.lookup("Katherine") is not None


def test_after_a_silence_the_asker_asks_again() -> None:
    text = ("Rosamund and Katherine sat sewing. Their father came in. Mr. Fenn held a letter.\n\n"
            "\"Which of you has been at my ink?\" said Mr. Fenn.\n\n"
            "There was a silence.\n\n"
            "\"Rosamund?\"\n")
    assert said(text)[-1][1] == "Mr. Fenn"


def test_two_untagged_quotes_of_one_paragraph_are_one_speakers() -> None:
    text = ("Holloway sat smoking. Dane stood by the door.\n\n"
            "\"You have been with her ladyship,\" said Holloway.\n\n"
            "\"For an hour.\"\n\n"
            "\"Then you have heard about the drains.\" A pause. \"Everyone has.\"\n")
    lines = said(text)
    assert lines[-2][1] == lines[-1][1] == "Holloway"


def test_a_place_sharing_a_name_is_not_someone_talked_about() -> None:
    text = ("The library at Crewe Park was quiet. Holloway sat smoking. Dane stood by the door.\n\n"
            "\"You have been with Lady Crewe,\" said Holloway.\n\n"
            "\"I don't smoke,\" said Dane.\n\n"
            "\"Then you will never survive a week at Crewe,\" said Holloway.\n\n"
            "\"I have my own vices.\"\n")
    assert said(text)[-1][1] == "Dane"


def test_a_line_giving_a_name_as_ones_own_is_theirs() -> None:
    text = ("Mrs. Ashworth sat by the fire. Clara sewed. Mr. Penrose waited in the hall, and Mr. Penrose "
            "was shown in.\n\n"
            "\"Good morning,\" said Mrs. Ashworth.\n\n"
            "\"Good morning,\" said Clara.\n\n"
            "\"Forgive me. My name is Penrose, and my horse is lame.\"\n")
    assert said(text)[-1][1:] == ("Mr. Penrose", "self-named")


def test_someone_talked_of_in_the_room_does_not_take_the_next_line() -> None:
    """Someone the last line talks of, sitting in the room, does not answer for being named: the talk goes on by
    its turns (a step that gave the line to the one person the last line talked of was right 7 times in 35 on
    published novels, against 12 lines it won on the hand-written sets, and was taken out)."""
    text = ("Hester spread the map. Rupert leaned in the doorway. Dora stirred the pan. Colin sat.\n\n"
            "\"We go at four,\" said Hester.\n\n"
            "\"Too early,\" said Rupert.\n\n"
            "\"Four,\" said Colin. \"Dora will want to sleep, and nobody asked her.\"\n\n"
            "\"She never wakes before noon anyway.\"\n")
    assert said(text)[-1][1:] == ("Rupert", "turn-taking")


def test_the_one_who_rounds_on_someone_at_the_end_of_the_narration_speaks_next() -> None:
    # 'Ivy … made the mistake of giggling. Gran swung round on her.': Gran speaks, though Ivy is the paragraph's first
    # subject (and new to the scene, which had made her the one arriving, who speaks next)
    text = ("Gran read the letter twice and put it face down on the table.\n\n"
            "‘Nine days,’ said Gran. ‘Nine days, Robin.’\n\n"
            "‘It wasn’t nine,’ said Robin.\n\n"
            "Ivy, who had been hiding behind the cereal box at the far end of the table, made the mistake of giggling. "
            "Gran swung round on her.\n\n"
            "‘And you can stop that, madam.’\n\n"
            "‘I only laughed.’\n\n"
            "Robin looked at the ceiling.\n\n"
            "‘Sorry, Gran,’ said Ivy. Ivy was not sorry at all.\n")
    # and the one she rounds on answers her (before: Robin, the one before the last in the turns)
    assert [who for _, who, _ in said(text)[3:5]] == ["Gran", "Ivy"], said(text)


def test_a_name_opening_a_clause_after_and_is_the_he_of_the_next_tag_though_its_gender_is_untold() -> None:
    # 'Kai' has no pronoun of his own anywhere near; 'and Kai-senpai, who was older, had knelt beside her' makes him the
    # subject there, and the 'he' of the tag that follows is his, not Tomo's (the one known he of the scene). Before:
    # only a sentence's first subject counted, and a subject of untold gender lost to any he talking in the scene.
    text = ("Tomo kicked the fence post. \"This is stupid,\" he said.\n\n"
            "Rin did not answer. She was remembering the river, and the rain, and Kai-senpai, who was older, had "
            "knelt beside her on the bank. \"You're holding it wrong,\" he had told her.\n\n"
            "Kai-senpai had left the school, she knew. Rin thought of Kai often.\n")
    assert said(text)[-1][1] == "Kai", said(text)


def test_a_line_calling_grandpapa_is_a_child_of_the_house_not_a_grown_mr_of_it() -> None:
    # four in a carriage; 'What does that mean, Grandpapa?' calls the grandfather: one of the young ones asks it, not
    # Mr. Pryor (the turns had given it to him, the one before the last)
    text = ("Old Mr. Dane sat facing the horses, with his son Mr. Pryor beside him. Bella and Tom sat opposite. Bella "
            "had the window.\n\n"
            "\"The bridge is down at Felling,\" said Mr. Pryor.\n\n"
            "\"Then we go round by the mill,\" said Mr. Dane.\n\n"
            "\"What does that mean, Grandpapa?\"\n\n"
            "\"It means an hour more,\" said Mr. Dane. Bella groaned, and Tom kicked the seat.\n")
    assert said(text)[2][1] not in ("Mr. Pryor", "Mr. Dane"), said(text)


def test_a_she_calling_girls_or_child_is_the_grown_woman_of_the_scene_not_a_girl() -> None:
    # "'Girls, if you must quarrel, quarrel quietly,' she said.": Mrs. Pryor, not Bella (the 'she' nearest in the talk)
    text = ("Mrs. Pryor sat with her knitting by the window. Bella and Caro were at the table.\n\n"
            "\"It is mine,\" said Bella.\n\n"
            "\"It is not,\" said Caro. Bella pulled the book away from her.\n\n"
            "\"Girls, if you must quarrel, quarrel quietly,\" she said.\n")
    assert said(text)[-1][1] == "Mrs. Pryor", said(text)


def test_a_call_of_a_rank_or_a_kin_word_and_a_name_is_a_call_and_not_the_callers_own_line() -> None:
    # '"Auntie Nell!"' and '"Captain Roper, …"' call Nell and the captain: the lines are not theirs (before, a call was
    # read only as a bare name or a Mr., Mrs., Aunt or Uncle and a name, and the narration's last subject took them)
    text = ("Nell was rolling pastry when the back door banged.\n\n"
            "\"Auntie Nell!\"\n\n"
            "Pip ran in with mud to the knees. Captain Roper came after him, stooping under the lintel.\n\n"
            "\"Captain Roper, you'll have tea.\"\n\n"
            "\"I will, Nell,\" said the captain.\n")
    lines = said(text)
    assert lines[0][1] != "Nell" and lines[1][1] != "Captain Roper", lines


def test_a_full_name_written_as_an_owner_is_no_subject() -> None:
    # 'Lena Marsh's mother had rung …': the paragraph is about the mother, not Lena ('Marsh's' was an owner already;
    # 'Lena' before it counted as the sentence's subject, and the missing girl took the next line)
    text = ("Ruth sat across the table from Vey. Lena Marsh had been missing for nine days, and Lena Marsh was "
            "nineteen.\n\n"
            "\"Where were you on Tuesday?\" said Ruth.\n\n"
            "\"Home,\" said Vey.\n\n"
            "Lena Marsh's mother had rung the station twice that morning.\n\n"
            "\"Who says I was out?\"\n")
    assert said(text)[-1][1] != "Lena Marsh", said(text)
