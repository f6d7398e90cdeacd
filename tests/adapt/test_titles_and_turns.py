"""Titles as one person with their surnames, ranks used alone, and the conversation rules
(addressee answers, narration leading into a line, pronoun tags in a new paragraph), on small
hand-written texts."""

from __future__ import annotations

from game.adapt.cast import infer_cast
from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def said(text: str) -> list[tuple[str, str | None, str]]:
    """(quote, speaker's display name, evidence) for every quotation of `text`."""
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]


def test_titled_name_is_a_person_even_when_only_replied_to() -> None:
    cast = infer_cast("\"Well?\" replied Mrs. Oakes.\n\n\"Nothing,\" said Dr. Penrose.\n")
    assert sorted(c.name for c in cast.members.values()) == ["Dr. Penrose", "Mrs. Oakes"]
    assert cast.members[cast.lookup("Mrs. Oakes")].gender == "f"


def test_surname_and_full_name_merge_into_the_titled_person() -> None:
    cast = infer_cast("Mr. Darcy bowed. Darcy said nothing more. Fitzwilliam Darcy was not a man to talk.\n")
    darcy = cast.lookup("Mr. Darcy")
    assert darcy is not None and cast.lookup("Darcy") == darcy and cast.lookup("Fitzwilliam") == darcy
    assert cast.members[darcy].name == "Mr. Darcy" and cast.members[darcy].gender == "m"


def test_a_shared_surname_alone_goes_to_the_man() -> None:
    cast = infer_cast("Mr. Bell came in. Mrs. Bell followed him. Bell shut the door and Mrs. Bell sat.\n")
    assert cast.lookup("Bell") == cast.lookup("Mr. Bell") != cast.lookup("Mrs. Bell")


def test_a_rank_alone_means_the_one_person_who_bears_it() -> None:
    text = ("Captain Rowe stood by the fire. Ada Finch sat at the table.\n\n"
            "\"You are late,\" said Ada.\n\n"
            "The Captain bowed. \"The roads were bad.\"\n\n"
            "\"I have heard that before,\" replied the captain's hostess.\n\n"
            "\"It was true before,\" said the captain.\n")
    lines = said(text)
    assert lines[1][1:] == ("Captain Rowe", "beat")
    assert lines[3][1:] == ("Captain Rowe", "tag")


def test_tag_with_a_titled_name_still_joins_a_broken_quote() -> None:
    text = "Mrs. Oakes was at the window.\n\n\"Then stay,\" said Mrs. Oakes, \"and tell me everything.\"\n"
    assert said(text) == [("Then stay, and tell me everything.", "Mrs. Oakes", "tag")]


def test_narration_before_an_untagged_line_names_its_speaker() -> None:
    text = ("Martha, Jonas and Lena sat at the table.\n\n"
            "\"Shall we go?\" said Martha.\n\n"
            "\"Not yet,\" said Jonas.\n\n"
            "Lena had said nothing all evening. She put down her cup.\n\n"
            "\"I am going, whatever you two decide.\"\n")
    assert said(text)[2][1:] == ("Lena", "lead-in")


def test_the_person_addressed_answers_next() -> None:
    text = ("Martha, Jonas and Lena sat at the table.\n\n"
            "\"Who took the last apple?\" said Martha.\n\n"
            "\"Not I,\" said Jonas. \"Lena, was it you?\"\n\n"
            "\"It was not.\"\n")
    assert said(text)[-1][1:] == ("Lena", "addressed")


def test_a_nod_is_a_turn_so_the_asker_goes_on() -> None:
    text = ("Martha sat down across from Jonas.\n\n"
            "\"You want me to come with you?\" Jonas asked.\n\n"
            "Martha nodded. She could not trust her voice.\n\n"
            "\"Then I will.\"\n")
    assert said(text)[-1][1] == "Jonas"


def test_turns_count_a_speaker_once_however_many_lines() -> None:
    text = ("Martha, Jonas and Lena sat at the table.\n\n"
            "\"Good morning,\" said Lena.\n\n"
            "\"Is it?\" said Martha. \"It is raining.\"\n\n"
            "\"I like rain,\" said Jonas.\n\n"
            "\"You would.\" Martha turned to the window. \"You like everything.\"\n\n"
            "\"Not everything.\"\n")
    assert said(text)[-1][1:] == ("Jonas", "turn-taking")


def test_pronoun_tag_in_a_new_paragraph_is_not_the_last_speaker() -> None:
    text = ("Martha and Lena were alone in the kitchen. Martha was drying a cup; she did not look up. "
            "Lena sat by the door with her coat on.\n\n"
            "\"Where is the key?\" Lena asked.\n\n"
            "\"On the hook,\" she said.\n")
    assert said(text)[-1][1:] == ("Martha", "tag-pronoun")


def test_a_speaker_who_goes_on_after_narration_keeps_the_pronoun_tag() -> None:
    text = ("Martha and Lena were alone in the kitchen. Martha was drying a cup; she did not look up. "
            "Lena sat by the door with her coat on.\n\n"
            "\"The key is gone,\" Lena said. She looked at the empty hook for a long time.\n\n"
            "\"Someone took it,\" she said at last.\n")
    assert said(text)[-1][1] == "Lena"


def test_a_man_not_met_yet_is_the_next_person_named() -> None:
    text = ("Martha and Lena waited on the pier. Martha was cold; she stamped her feet.\n\n"
            "\"It is late,\" said Lena.\n\n"
            "A man in a grey coat came down the steps. He touched his hat to them.\n\n"
            "\"You are waiting for the boat? It has gone.\"\n\n"
            "\"Gone!\" cried Martha. \"Tobias, you promised it would wait.\"\n\n"
            "Tobias shrugged and walked away.\n")
    assert said(text)[1][1:] == ("Tobias", "lead-in")


def test_her_sister_is_not_the_woman_her_refers_to() -> None:
    text = ("Ada and Bea sat on the wall. Ada was bored; she swung her feet. Bea read her book.\n\n"
            "\"Let us go home,\" said Ada.\n\n"
            "Her sister did not look up. \"In a minute.\"\n")
    assert said(text)[-1][1:] == ("Bea", "beat")


def test_words_ending_in_man_are_men() -> None:
    text = ("Ada Finch and Tom Reed stood by the gate. Ada was cold; she shivered. Tom frowned; he was late.\n\n"
            "\"Good evening,\" said Ada.\n\n"
            "\"Good evening,\" returned the clergyman.\n")
    assert said(text)[-1][1:] == ("Tom Reed", "tag-pronoun")  # shown by the full name the narration writes


def test_gender_from_the_next_sentence_and_not_from_an_object() -> None:
    cast = infer_cast("The ferry was late again, and Marion was cold. She stamped her feet. "
                      "Marion looked at Hugo. Hugo glared at her and said nothing. Hugo sighed.\n")
    assert cast.members[cast.lookup("Marion")].gender == "f"
    assert cast.members[cast.lookup("Hugo")].gender is None


def test_whom_the_speaker_looks_at_answers() -> None:
    text = ("I had not been in the shop for years. I stood in the door and I looked about me. Mr. Abney was at "
            "the counter, and his granddaughter Clara came out of the back room. Clara looked at the shelves, "
            "and she smiled. I smiled too; I could not help it. I had missed my old shop.\n\n"
            "\"Hello,\" I said.\n\n"
            "Clara set the crate down and looked me up and down. \"Can you lift this?\"\n\n"
            "\"Probably.\"\n")
    assert said(text)[-1][1] == "Narrator"


def test_the_narrator_is_never_she() -> None:
    text = ("I went into the kitchen. Clara was there; she was making tea. Clara smiled at me. I sat down. "
            "I waited. I was tired. "
            "I had walked all day and I wanted my bed.\n\n"
            "\"You look tired,\" I said.\n\n"
            "\"I am,\" she said.\n")
    assert said(text)[-1][1] == "Clara"


def test_a_nod_that_answers_no_question_is_not_a_turn() -> None:
    text = ("Martha and Lena waited on the pier. Martha was cold; she stamped her feet.\n\n"
            "\"It is late,\" said Lena.\n\n"
            "A man came down the steps. He nodded to them both.\n\n"
            "\"The boat has gone, ladies.\"\n\n"
            "\"Gone!\" cried Martha. \"Tobias, you promised.\"\n\n"
            "Tobias shrugged and walked away.\n")
    assert said(text)[1][1] == "Tobias"


def test_the_first_line_of_a_scene_goes_to_the_narration_before_it() -> None:
    text = ("Ada and Tom went out to the shed after supper. Ada frowned at the mower; Tom sighed.\n\n* * *\n\n"
            "The shed was cold. Ada was on her knees by the mower, and Tom held the lamp for her.\n\n"
            "\"Hold it higher.\"\n\n"
            "\"Like this?\" said Tom.\n")
    assert said(text)[0][1:] == ("Ada", "lead-in")  # the scene's first line


def test_called_him_tells_a_nickname_is_a_man() -> None:
    cast = infer_cast("Her father came in. Everyone called him Pops, and Pops did not mind. Pops sat down.\n")
    assert cast.members[cast.lookup("Pops")].gender == "m"


def test_a_named_persons_relative_is_someone_else() -> None:
    text = ("Ada Finch sat in the kitchen with Tom Reed. Ada was tired; she yawned. Tom was bored; he whistled.\n\n"
            "\"Tea?\" said Tom.\n\n"
            "Ada's mother came in with the pot. Everyone called her Ma, and Ma smiled at them.\n\n"
            "\"Tea,\" she said, \"and no arguments.\"\n")
    assert said(text)[-1][1] == "Ma"


def test_whom_a_thing_is_handed_to_is_spoken_to_but_not_whose_hair() -> None:
    text = ("Ada, Tom and Lena sat on the step. Ada yawned; she was tired. Lena shivered; she was cold. "
            "Tom laughed at them both.\n\n"
            "Ada handed the cup to Tom. \"Drink this.\"\n\n"
            "\"Thank you.\"\n\n"
            "Lena reached a hand up to her hair. \"And me?\"\n\n"
            "\"There is one more.\"\n")
    lines = said(text)
    assert lines[1][1:] == ("Tom", "addressed")
    assert lines[3][1] != "Ada" or lines[3][2] != "addressed"


def test_someone_arriving_in_the_narration_speaks_next() -> None:
    text = ("Ada Finch and Tom Reed sat by the fire. Ada yawned; she was tired. Tom laughed; he was not.\n\n"
            "\"Bed,\" said Ada.\n\n"
            "\"Not yet,\" said Tom.\n\n"
            "The door opened, and the maid showed in Colonel Vane, very red in the face. Colonel Vane bowed.\n\n"
            "\"I beg your pardon. I did not know you had company.\"\n")
    assert said(text)[-1][1:] == ("Colonel Vane", "lead-in")


def test_a_beat_he_or_she_after_a_name_called_is_the_one_called() -> None:
    text = ("Haru, Kenta and Sora stood on the mat. Haru walked down the line; he was frowning. "
            "Kenta looked away; he was late again. Sora smiled.\n\n"
            "\"Sora, you rushed the turn,\" said Haru.\n\n"
            "\"Yes, sensei.\"\n\n"
            "\"Kenta.\"\n\n"
            "He braced himself. \"I know. I was late.\"\n")
    assert said(text)[-1][1:] == ("Kenta", "beat")


def test_a_landlady_met_first_is_the_landlady_later() -> None:
    text = ("The coach set Mr. Hale down at the inn, where a landlady met him at the door. "
            "Mrs. Dunn looked him up and down. Mr. Hale bowed.\n\n"
            "\"A room, ma'am?\"\n\n"
            "\"There is one,\" said she.\n\n"
            "Mr. Hale took it. Later Mrs. Dunn's niece Polly brought his supper, and Polly smiled at him.\n\n"
            "\"Thank you,\" said Mr. Hale.\n\n"
            "\"Sleep well, sir,\" said the landlady from the stair.\n")
    lines = said(text)
    assert lines[1][1] == "Mrs. Dunn" and lines[-1][1:] == ("Mrs. Dunn", "tag-pronoun")


def test_a_second_scene_takes_up_the_talk_of_the_first() -> None:
    text = ("Mr. Hale sat with Mrs. Dunn by the fire. Mrs. Dunn sewed; she was silent.\n\n"
            "\"Good night,\" said Mr. Hale.\n\n"
            "\"Good night, sir,\" said Mrs. Dunn.\n\n* * *\n\n"
            "In the morning Mrs. Dunn brought the eggs herself.\n\n"
            "\"Did you sleep?\"\n\n"
            "\"Like a stone.\"\n")
    assert said(text)[-1][1:] == ("Mr. Hale", "turn-taking")


def test_gender_from_she_a_few_words_into_the_next_sentence() -> None:
    cast = infer_cast("Kitty took the candle and led the way. At the top she stopped. Kitty waited.\n")
    assert cast.members[cast.lookup("Kitty")].gender == "f"
