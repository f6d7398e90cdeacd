"""Short forms of first names, the first-person narrator's other names, and relatives named by
kinship ('my aunt', 'his sister'), on small hand-written texts."""

from __future__ import annotations

from game.adapt.cast import infer_cast, short_form_of
from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from game.adapt.writer import to_yaml
from tests.adapt.conftest import said


def test_short_forms_of_first_names() -> None:
    assert short_form_of("theo", "theodore") and short_form_of("barty", "bartholomew")
    assert short_form_of("mads", "madison") and short_form_of("lizzy", "elizabeth")
    assert not short_form_of("tom", "thomas") and not short_form_of("ann", "anthony")
    assert not short_form_of("christina", "christopher") and not short_form_of("jo", "josephine")
    # a pet ending on a stem the full name begins with, though the full name is only one letter longer ('Danny'
    # was two people with Daniel); a stem and a full name of one letter more are two names ('Jenny', 'Jenna')
    assert short_form_of("danny", "daniel") and short_form_of("sammy", "samuel")
    assert not short_form_of("jenny", "jenna") and not short_form_of("annie", "anna")


def test_a_short_name_is_never_a_short_form_of_a_surname() -> None:
    """'Cal', called once, was joined to Ruth Calloway by her surname (a short form is of a first name): the
    narrator's lines then went to Ruth. Not so where the word before the longer name is no given name the lists
    know: 'Oda Hinata' writes her family name first, and 'Hina' is Hinata."""
    text = ("Ruth Calloway had hired me to find her brother. Ruth was worried. Corrigan was not.\n\n"
            "\"Cal, go home,\" said Corrigan. \"Tell Ruth he is a grown man.\"\n\n"
            "\"She knows that,\" I said. Ruth Calloway knew a great many things.\n")
    cast = infer_cast(text)
    assert cast.lookup("Ruth") is not None and cast.lookup("Cal") != cast.lookup("Ruth")
    text = ("Oda Hinata ran in with the cups. Oda Hinata was always late. Ren sighed.\n\n"
            "\"Hina-chan, put the cups down,\" said Ren.\n\n"
            "\"Hina, please,\" said Ren. Hinata put them down.\n")
    cast = infer_cast(text)
    assert cast.lookup("Hina") == cast.lookup("Hinata") is not None


def test_danny_called_daniel_once_is_one_person() -> None:
    text = ("Danny put his phone face down by his plate. Beth watched him.\n\n"
            "\"It's only the group chat,\" said Danny.\n\n"
            "\"Then leave it, Daniel,\" said their mother. Danny left it.\n")
    cast = infer_cast(text)
    assert cast.lookup("Danny") == cast.lookup("Daniel") is not None
    assert cast.display(cast.lookup("Daniel")) == "Danny"  # shown by the name the text gives him, not the one called once


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


def test_a_person_described_in_apposition_is_that_description_later() -> None:
    text = ("Mr. Sowerby, the pawnbroker, stood behind the counter. Mrs. Gammon stood before it, and "
            "Mr. Lark sat by the stove.\n\n"
            "\"Four shillings,\" said Mrs. Gammon.\n\n"
            "\"Three,\" said the pawnbroker.\n")
    assert said(text)[-1][1] == "Mr. Sowerby"


def test_the_boy_was_a_name_makes_a_person_and_an_epithet() -> None:
    text = ("Mr. Grubble stood behind the counter. The door flew open and a boy ran in. The boy was Nat.\n\n"
            "\"The coach is over!\" cried the boy.\n\n"
            "\"Over!\" said Mr. Grubble. \"Nat, take the bags.\"\n")
    draft = adapt_document(read_text(text))
    nat = draft.cast.lookup("Nat")
    assert nat is not None and draft.cast.members[nat].gender == "m"
    assert said(text)[0][1] == "Nat"


def test_an_old_gentleman_named_soon_after_is_the_old_gentleman_later() -> None:
    text = ("Mr. Sowerby was counting coins. Kit swept the floor.\n\n"
            "The bell jangled, and a stout old gentleman came in out of the rain. Mr. Lark kept the shop "
            "across the way. Mr. Sowerby nodded to him and went on counting.\n\n"
            "\"Raining cats,\" said Kit.\n\n"
            "\"And dogs,\" said the old gentleman.\n")
    assert said(text)[-1][1] == "Mr. Lark"


def test_the_last_word_of_a_place_name_is_not_a_person() -> None:
    cast = infer_cast("The shop in Cutler's Row did good business. Mrs. Gammon came in. Mill Street was wet.\n\n"
                      "\"Four,\" said Mrs. Gammon.\n")
    assert cast.lookup("Row") is None and cast.lookup("Street") is None
    assert cast.lookup("Mrs. Gammon") is not None


def test_a_girl_not_named_soon_is_not_the_next_name_that_comes() -> None:
    text = ("\"Sensei!\" a small pink-haired girl called out. She had been looking for him all morning. "
            + "She walked on through the trees, past the river and the training posts, and further still. " * 6
            + "\n\nTsunade had sent her.\n\n"
            "Sakura sighed. Sakura was tired.\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.display(draft.utterances[0].speaker) != "Tsunade"


def test_she_in_a_tag_is_the_woman_the_long_narration_before_was_about() -> None:
    text = ("Mrs. Thornbury laid down her netting.\n\n"
            "\"My dear,\" said Mrs. Thornbury, \"you might pretend to be diverted.\"\n\n"
            "\"I am very much diverted,\" replied Mr. Thornbury.\n\n"
            "Miss Pell, who sat by the window with a book she had not opened, could not forbear a smile. She was "
            "a young woman of two-and-twenty, the daughter of an old friend of the family, and she had been in "
            "the house long enough to know that these exchanges were not quarrels, and that nobody in it would "
            "ever think them so, least of all the two people who had them every afternoon.\n\n"
            "\"Perhaps the Captain will tell us something,\" said she.\n")
    assert said(text)[-1][1] == "Miss Pell"


def test_a_man_described_in_apposition_is_a_man() -> None:
    cast = infer_cast("Captain Hardwick bowed. The Captain, a tall, weather-browned man who had stood by the fire, "
                      "sat down.\n\n\"Sir,\" said Captain Hardwick.\n")
    assert cast.members[cast.lookup("Captain Hardwick")].gender == "m"


def test_a_capitalised_word_opening_a_sentence_before_a_description_is_no_one() -> None:
    cast = infer_cast("Startled, the girl turned round. Sakura sighed. Sakura said nothing.\n")
    assert cast.lookup("Startled") is None


def test_a_titled_possessive_is_the_same_person() -> None:
    cast = infer_cast("Mrs. Thornbury's patience was thin. Mrs. Thornbury sighed.\n\n\"Well,\" said Mrs. Thornbury.\n")
    assert [c.name for c in cast.members.values()] == ["Mrs. Thornbury"]


def test_a_name_opening_a_later_sentence_of_a_line_is_called() -> None:
    from game.adapt.attribution import vocatives
    cast = infer_cast("Eleanor sat down. Eleanor smiled.\n")
    assert vocatives(cast, "It is raining. Eleanor, my love, ring the bell.") == {cast.lookup("Eleanor")}


def test_i_said_outside_quotes_makes_a_first_person_narration() -> None:
    from game.adapt.cast import first_person
    text = ("Quennell had not moved since luncheon, and I had begun to think he never would. I said so. He rose.\n\n"
            "\"Rudd,\" said he. \"In a hurry.\"\n\n\"How do you know?\" I said.\n\n"
            "\"The cab door.\" He smiled at me. He went to the window and he looked out, and he laughed.\n")
    assert first_person(text)


def test_a_one_word_echo_of_the_last_line_is_not_the_narrators_name() -> None:
    text = ("I sat by the fire. I was tired, and I said nothing for a while. I watched Quennell.\n\n"
            "\"Something was left,\" said Quennell.\n\n"
            "\"Left?\" I said.\n\n"
            "\"Yes. Put the kettle on, Marsh.\"\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.lookup("Left") is None
    assert draft.cast.lookup("Marsh") == "narrator" and draft.cast.members["narrator"].name == "Marsh"


def test_a_name_before_a_semicolon_after_a_comma_is_called() -> None:
    from game.adapt.attribution import vocatives
    cast = infer_cast("Marsh sat down. Marsh smiled.\n")
    assert vocatives(cast, "Put the kettle on, Marsh; he will want tea.") == {cast.lookup("Marsh")}


def test_a_word_after_the_man_was_is_a_name_only_if_it_comes_again() -> None:
    assert list(infer_cast("Mr. Hale came in. The man was English. Mr. Hale sat down.\n").members) == ["mr-hale"]
    cast = infer_cast("Mr. Grubble stood there. A boy ran in. The boy was Nat. Nat dropped the bag.\n")
    assert cast.lookup("Nat") is not None


def test_a_first_name_before_a_known_name_is_the_same_person_and_its_short_form_too() -> None:
    text = ("Benedict Osei came out of the fridge. Osei dropped the crate. Osei laughed.\n\n"
            "\"Benny, the floor is wet,\" said Lex. Lex frowned.\n\n"
            "Benny slid a pan across the range to her, and she caught it.\n")
    cast = infer_cast(text)
    osei = cast.lookup("Osei")
    assert osei is not None and cast.lookup("Benedict") == cast.lookup("Benny") == osei
    assert cast.members[osei].gender != "f"  # "to her ... and she caught it" is Lex, not Benny


GOVERNESS = """The carriage set me down at the gate of Fernleigh a little after four, and a small girl in a blue pinafore came running down the drive before I had so much as lifted my box.

"Are you the new governess?" she cried. "Papa said you would come on Tuesday, and it is Tuesday, and Papa is never wrong."

"I am," said I. "And you must be Cecily."

"How did you know? Did Papa write to you about me? Papa writes a great many letters."

I told her that her papa had written only a little, and that I meant to find out the rest for myself.

"Papa is in the library," she said, taking my hand without being asked. "He is always in the library. Papa, she is here!"

A tall man came out upon the step, a pen still in his fingers. "Miss Lowther," he said, "you are very welcome. I hope Cecily has not talked you to death already."

"Not quite, sir," I answered.

"She will," said Cecily with great satisfaction. "Papa, may she have the blue room?"

"She may have whichever room she likes," said her father. "Miss Lowther, will you take tea?"

"Thank you, sir, I should like it very much."

"Papa, I will pour," cried Cecily, and ran in before us.
"""


def test_a_relation_called_in_the_lines_is_never_the_narrators_name() -> None:
    """A child calling 'Papa' again and again inside her lines named the first-person narrator 'Papa', and the
    narrator's lines went to 'Papa'; 'Papa' is a man besides, whatever pronouns stand near (the girl's 'she
    cried' went to him once the narrator had her own name). Before: 10 of 15 lines right; after: 14; with
    a given name's usual gender (Cecily is a she), 15."""
    lines = said(GOVERNESS)
    who = [speaker for _text, speaker, _evidence in lines]
    assert who[2] == who[3] == who[8] == who[13] == "Miss Lowther"  # 'said I', 'I answered', ...
    assert who[0] == who[1] == who[4] == who[9] == who[14] == "Cecily"
    assert who[11] == who[12] == "Papa"
    assert sum(w == g for w, g in zip(who, ["Cecily"] * 2 + ["Miss Lowther"] * 2 + ["Cecily"] * 3 + ["Papa", "Miss Lowther",
                                                                                                      "Cecily", "Cecily", "Papa", "Papa", "Miss Lowther", "Cecily"])) == 15


def test_a_spelled_out_title_ending_a_sentence_does_not_join_the_next_word() -> None:
    """'True, Doctor. Forgive an old habit.' made a person 'Doctor Forgive', and 'Thank you, Colonel. Hobbs will
    see to it.' a 'Colonel Hobbs' who took the servant's lines: only an abbreviation takes its full stop."""
    text = ('"True, Doctor. Forgive an old habit," said Quill.\n\n'
            '"Thank you, Colonel. Hobbs will see to it," said Major Penrose.\n\n'
            '"Very good, sir," said Hobbs.\n\n'
            '"Dr. Hale is late," said Mr. Pike.\n')
    cast = infer_cast(text)
    names = {c.name for c in cast.members.values()}
    assert "Doctor Forgive" not in names and "Colonel Hobbs" not in names
    assert {"Quill", "Hobbs", "Major Penrose", "Dr. Hale", "Mr. Pike"} <= names
    assert [speaker for _text, speaker, _evidence in said(text)] == ["Quill", "Major Penrose", "Hobbs", "Mr. Pike"]


def test_a_month_written_before_a_name_twice_is_a_given_name() -> None:
    text = ("Everyone knew that June Harrow would win the prize. It was late in the spring, and June Harrow "
            "walked home by the canal.\n\n\"You may as well come in,\" said June, at the gate.\n\n"
            "In June the roses came out.\n")
    cast = infer_cast(text)
    assert cast.lookup("June") == cast.lookup("Harrow") is not None
    assert [s for _t, s, _e in said(text)] == ["June"]
    once = infer_cast("He wrote in May Parliament sat. It rained in May.\n\n\"Go,\" said Tom.\n")
    assert once.lookup("May") is None  # once, and no one who bears it: the month


def test_words_of_address_of_other_languages_are_titles_each_name_its_own_person() -> None:
    text = ("Monsieur Farival sat at the piano. Monsieur Lebrun stood by the door, and Mademoiselle Reisz watched "
            "them both. Mr. Lebrun had been waiting an hour.\n\n"
            "\"Play something,\" said Monsieur Lebrun.\n\n"
            "\"No,\" said Monsieur Farival. He closed the lid.\n\n"
            "Herr Liesecke laughed. Frau Liesecke did not. \"Go, then,\" said Herr Liesecke.\n\n"
            "\"Hush,\" said Frau Liesecke.\n\n"
            "\"I will not hush,\" said Mademoiselle.\n")
    cast = infer_cast(text)
    assert cast.lookup("Lebrun", "Monsieur") == cast.lookup("Lebrun", "Mr") != cast.lookup("Farival", "Monsieur")
    assert [s for _t, s, _e in said(text)] == ["Monsieur Lebrun", "Monsieur Farival", "Herr Liesecke",
                                               "Frau Liesecke", "Mademoiselle Reisz"]


def test_a_surname_alone_that_he_follows_is_not_the_only_mrs_of_that_name() -> None:
    text = ("Mrs. Tallow poured the tea. Tallow stood at the window, and he did not turn round.\n\n"
            "\"It will rain,\" Tallow said. He drummed on the glass.\n\n"
            "\"It always rains,\" said Mrs. Tallow.\n\n"
            "Tallow shrugged, and he sat down at last.\n")
    cast = infer_cast(text)
    assert cast.lookup("Tallow") != cast.lookup("Tallow", "Mrs") is not None
    assert [s for _t, s, _e in said(text)] == ["Tallow", "Mrs. Tallow"]
    alone = infer_cast("Mrs. Tallow poured the tea. Tallow, she thought, was a name for candles.\n\n"
                       "\"Sugar?\" said Mrs. Tallow.\n")
    assert alone.lookup("Tallow") in (None, alone.lookup("Tallow", "Mrs"))


def test_names_and_titles_written_with_accents_are_whole() -> None:
    text = ("Zoë came into the kitchen. Renée was at the stove, and José sat by the window. Señora Ibáñez "
            "watched them from the door.\n\n"
            "\"Is it ready?\" asked Zoë.\n\n"
            "\"Nearly,\" said Renée. She stirred the pot.\n\n"
            "\"I am starving,\" José said. He yawned.\n\n"
            "\"Then eat,\" said Señora Ibáñez.\n")
    draft = adapt_document(read_text(text))
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Zoë", "Renée", "José", "Señora Ibáñez"]
    assert {u.speaker for u in draft.utterances} == {"zoe", "renee", "jose", "mrs-ibanez"}  # plain ids
    assert draft.cast.members["mrs-ibanez"].gender == "f"


def test_hyphenated_and_o_apostrophe_names_are_whole() -> None:
    text = ("Jean-Luc came into the kitchen. Mary-Kate was at the stove, and Liam O'Brien sat by the window.\n\n"
            "\"Is it ready?\" asked Jean-Luc.\n\n"
            "\"Nearly,\" said Mary-Kate. She stirred the pot.\n\n"
            "\"I am starving,\" O'Brien said. He yawned.\n\n"
            "\"You are always starving,\" said Jean-Luc.\n")
    assert [s for _t, s, _e in said(text)] == ["Jean-Luc", "Mary-Kate", "Liam O'Brien", "Jean-Luc"]


def test_a_pronoun_after_when_in_a_speech_tag_is_not_the_speakers() -> None:
    cast = infer_cast("\"You're soaking,\" Tsunade said when he came in. \"Sit down.\"\n\n"
                      "\"It's only rain,\" said Kakashi.\n")
    assert cast.members[cast.lookup("Tsunade")].gender != "m"


def test_a_pet_name_that_does_not_begin_like_the_name_is_the_same_person() -> None:
    text = ("Lord Henry lit a cigarette. Lord Henry smiled at the painter, and Basil Hallward frowned.\n\n"
            "\"You are wicked, Harry,\" said Basil.\n\n"
            "\"Harry is never wicked,\" said Lord Henry. \"Only right.\"\n")
    cast = infer_cast(text)
    assert cast.lookup("Harry") == cast.lookup("Henry", "Lord") is not None


def test_a_name_set_off_after_a_person_noun_is_who_they_are_not_someone_called() -> None:
    from game.adapt.attribution import vocatives
    cast = infer_cast("Joe Hamilton sat down. Joe smiled. Jack came in. Jack sat down.\n")
    joe = cast.lookup("Joe")
    assert vocatives(cast, "Yes, for a while. His boy, Joe, shaved me, and Jack brushed my clothes.") == set()
    assert vocatives(cast, "The barber, Joe, was late.") == set()
    assert vocatives(cast, "I tell you, Joe, he shaved me.") == {joe}
    assert vocatives(cast, "Thank you, my dear, Joe, for the tea.") == {joe}  # 'my dear' calls, as Joe does


def test_a_father_and_son_of_one_surname_named_in_one_wrapped_sentence_are_two() -> None:
    """A hard-wrapped edition breaks its lines inside sentences: the one sentence naming both men runs over a line
    break, and still shows them apart (before, each line of the file was taken for a sentence of its own)."""
    text = ("Berry Hamilton had served the family for twenty years. His son Joe Hamilton was a barber in the town.\n\n"
            "Berry was proud of the boy, and on Sundays he and\nJoe walked out together in their best clothes.\n\n"
            "\"You look fine,\" said Berry.\n\n\"So do you,\" said Joe.\n")
    cast = infer_cast(text)
    assert cast.lookup("Joe") is not None and cast.lookup("Joe") != cast.lookup("Berry")


HOUSE = ("Maurice Oakley came home at six. His brother Francis Oakley was already in the library, and Mrs. Oakley "
         "had gone up to dress.\n\n"
         "Maurice Oakley was a hard man in business. Maurice Oakley was a kind one at home.\n\n"
         "\"You are late,\" said Francis.\n\n"
         "\"The bank kept me,\" said Oakley. \"Where is Mrs. Oakley?\"\n\n"
         "\"Dressing,\" said Francis. \"Mr. Oakley has guests to-night, the cook tells me.\"\n")


def test_a_surname_written_mostly_after_one_mans_first_name_is_his_alone() -> None:
    """'Maurice Oakley' three times, 'Francis Oakley' once: 'Oakley' alone and 'Mr. Oakley' are Maurice (the
    brothers had been three people: Maurice, Francis and a 'Mr. Oakley' of his own); Mrs. Oakley stays herself."""
    cast = infer_cast(HOUSE)
    maurice = cast.lookup("Maurice")
    assert cast.lookup("Oakley") == maurice and cast.lookup("Mr. Oakley") == maurice
    assert cast.lookup("Francis") not in (None, maurice) and cast.lookup("Mrs. Oakley") not in (None, maurice)


def test_a_surname_two_men_are_written_with_about_as_often_is_neither_ones_alone() -> None:
    even = HOUSE.replace("Maurice Oakley was a kind", "Francis Oakley was a kind").replace(
        "His brother Francis Oakley", "His brother Francis Oakley, Francis Oakley the painter,")
    cast = infer_cast(even)
    assert cast.lookup("Maurice") != cast.lookup("Mr. Oakley") and cast.lookup("Francis") != cast.lookup("Mr. Oakley")


def test_the_head_of_the_family_may_bear_a_first_name_no_list_knows() -> None:
    cast = infer_cast(HOUSE.replace("Maurice", "Corwen").replace("had gone up to dress.", "had gone up to dress. "
                                    "Corwen Oakley looked at his watch and he frowned."))
    assert cast.lookup("Mr. Oakley") == cast.lookup("Corwen") is not None


def test_lady_day_is_a_quarter_day_not_a_lady() -> None:
    text = ("The notice had hung in the porch since Lady Day, curling at the corners. Lady Day was when the rent "
            "fell due.\n\n\"Nobody reads it,\" said Dr. Pell.\n\n\"I do,\" said Lady Ashby.\n")
    cast = infer_cast(text)
    assert cast.lookup("Lady Day") is None and cast.lookup("Lady Ashby") is not None


FABLE = """Badger-in-the-Hedge was sitting on a log one morning when Mole came by.

"Good morning, Badger-in-the-Hedge," said Mole.

"Is it?" said Badger-in-the-Hedge. "I hadn't noticed."

Mole sat down beside him and looked at the sky for a while.

"What are you doing?" asked Mole.

"Thinking," said Badger.

"What about?"

"Honey," said Badger-in-the-Hedge, and he licked his paw. "And whether there is any left."

Then Owl flew down from the big tree. "Has anybody seen my spectacles?" said Owl.

"No," said Mole.

"I have," said Badger. "They are on your head."

"Oh," said Owl. "So they are."

Baby Roo came hopping up behind them. "Mole! Mole! Come and see the river!"

"Not now, Roo," said Mole. "Badger is thinking."
"""


def test_a_hyphenated_name_with_small_words_inside_is_one_person_in_its_tags() -> None:
    """'said Badger-in-the-Hedge' was no tag (the name's words are joined by hyphens around small words, and the tag's
    token 'Badger-in-the' was no one): its lines went to Mole. The whole name is Badger's, as 'Badger' alone is."""
    who = [speaker for _text, speaker, _evidence in said(FABLE)]
    assert who == ["Mole", "Badger", "Badger", "Mole", "Badger", "Mole", "Badger", "Badger", "Owl", "Mole", "Badger",
                   "Badger", "Owl", "Owl", "Roo", "Mole", "Mole"]


def test_a_word_known_as_a_sound_is_a_name_where_the_text_says_it_speaks() -> None:
    """'pooh' is a scornful sound in the lexicon; 'said Pooh' twice makes it a name here, and 'Winnie-the-Pooh' is
    the same bear."""
    text = ("His name is Winnie-the-Pooh. Pooh went to see his friend Piglet.\n\n"
            "\"Hallo, Piglet,\" said Winnie-the-Pooh.\n\n\"Hallo, Pooh,\" said Piglet.\n\n"
            "\"What are you doing?\" said Pooh.\n\n\"Nothing,\" said Piglet.\n\n\"Oh,\" said Pooh.\n")
    assert [who for _text, who, _evidence in said(text)] == ["Pooh", "Piglet", "Pooh", "Piglet", "Pooh"]
    assert infer_cast("\"Pooh!\" said Mr. Hale. \"Pooh, pooh,\" said Mr. Hale.\n").lookup("Pooh") is None


def test_a_common_word_written_after_said_twice_is_the_name_of_who_speaks() -> None:
    """'Will', 'Hope', 'April' are words the text also writes small ('we will', 'I hope'); 'said Will' twice makes each
    a name. A title after 'said' stays a title."""
    for name in ("Will", "Hope", "April"):
        text = (f"{name} came in with the wood. Tom looked up.\n\n\"Cold out?\" said Tom.\n\n\"Freezing,\" said {name}."
                f"\n\n\"Then we will melt snow,\" said Tom.\n\n\"I hope so,\" said {name}, and sat down.\n")
        assert [who for _text, who, _evidence in said(text)] == ["Tom", name, "Tom", name], name


def test_a_name_after_any_speaking_verb_speaks() -> None:
    """'growled Ada' once, and 'Ada' opening a sentence once: she was no one (only said, asked, replied, called and
    shouted counted), and her line went to Tom."""
    text = ("Ada and Tom sat by the fire.\n\n\"It is late,\" growled Tom.\n\n\"Not so late,\" growled Ada.\n\n"
            "\"Late enough,\" Tom growled.\n")
    assert [who for _text, who, _evidence in said(text)] == ["Tom", "Ada", "Tom"]



FIRST_PERSON = ("I had not slept on the train, and I was cold. I carried my own bag, as I always do, and I kept my hat "
                "on against the wind. I remember that I was hungry.\n\n")


def test_the_narrator_is_the_one_whose_call_their_own_line_answers_not_a_porter_called_often() -> None:
    text = (FIRST_PERSON + "I walked up from the station with Ingram. It was late and the lane was dark.\n\n"
            "\"You look tired, Ferris,\" Ingram said. \"We are nearly there.\"\n\n"
            "\"I am tired,\" I said.\n\n"
            "The lodge had a lamp in it. Ingram knocked twice.\n\n"
            "\"Who is there?\" asked a voice.\n\n"
            "\"It is I, Dobbs. Open the gate.\"\n\n"
            "\"I have no orders, sir.\"\n\n"
            "\"Come now, Dobbs. You know me well enough.\"\n\n"
            "\"Not your friend, sir.\"\n\n"
            "\"This is too bad, Dobbs. Open it, Dobbs. I shall not ask again.\"\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.members["narrator"].name == "Ferris"
    assert draft.cast.lookup("Dobbs") != "narrator"


def test_a_title_in_the_narration_does_not_keep_the_narrator_from_a_titled_name() -> None:
    # 'Dr' is capitalised in the narration (Dr. Pike, the neighbour): it says nothing of Dr. Ferris
    text = (FIRST_PERSON + "I had known Dr. Pike for years. Dr. Pike lived across the square and kept a cat.\n\n"
            "\"Dr. Ferris will know,\" said Ingram to the maid. \"Ask him.\"\n\n"
            "\"Perhaps you are right, Ferris,\" Ingram said to me later. \"I cannot tell.\"\n\n"
            "\"I am seldom right,\" I said.\n\n"
            "\"Honestly, you are too modest.\"\n\n"
            "\"Honestly, I am not,\" I said.\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.lookup("Dr. Ferris") == "narrator"
    assert "honestly" not in draft.cast.members["narrator"].tokens  # an adverb, never their name


def test_a_narrator_with_a_titled_surname_is_not_also_a_mrs_others_call() -> None:
    text = (FIRST_PERSON + "Ingram sat by the window with the paper. I had my coffee and watched the rain. Our "
            "landlady came up with a card.\n\n"
            "\"A gentleman to see you, sir,\" she said to Ingram.\n\n"
            "\"Show him up, Mrs. Rudd. Dr. Ferris will stay.\"\n\n"
            "\"Perhaps you are right, Ferris,\" he said a little later. \"I shall see him.\"\n\n"
            "\"I think you should,\" I said.\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.lookup("Dr. Ferris") == "narrator"
    assert draft.cast.lookup("Mrs. Rudd") != "narrator"
    assert draft.cast.members["narrator"].gender is None


def test_an_adverb_opening_the_sentence_after_a_speech_verb_is_no_one() -> None:
    # '"Drink," she cried. Obediently he bent...': the word after 'cried.' begins a new sentence; 'cried Obediently'
    # would make it a speaker's name
    text = ("The river ran low that summer. A girl waited on the bank with a tin cup.\n\n"
            "\"Drink,\" she cried. Obediently he bent over the cup and drank.\n\n"
            "\"It tastes of iron,\" he said.\n\n"
            "\"Everything here does,\" she said, and laughed.\n")
    draft = adapt_document(read_text(text))
    assert "obediently" not in {t for c in draft.cast.members.values() for t in c.tokens}
    assert [draft.cast.display(u.speaker) for u in draft.utterances][1:2] != ["Obediently"]


def test_a_word_run_into_the_next_by_a_double_hyphen_is_not_the_narrators_name() -> None:
    # '"Yes--tomorrow."' opens a line as a name would ('"Rosa. Come here."'); the double hyphen is a dash, not a
    # hyphenated name, so it calls no one and names no narrator
    text = ("I had waited all evening for Tobias to finish the story. I sat by the fire and I listened. I did not "
            "move when the clock struck eleven, and I did not move when it struck twelve.\n\n"
            "\"Will you tell the rest, Tobias?\" I asked.\n\n"
            "He stood up and stretched. \"Yes--tomorrow. Now I must sleep.\"\n\n"
            "I watched him climb the stairs. I was not tired at all.\n\n"
            "\"Tomorrow, then,\" I said to the empty room.\n")
    draft = adapt_document(read_text(text))
    names = {c.name for c in draft.cast.members.values()}
    assert not any("--" in n for n in names), names


def test_said_the_doctor_is_a_doctor_when_no_one_named_is_called_doctor() -> None:
    # an office that is also a title ('Doctor', 'Captain') tied to no one the scene names by that title: someone the
    # text never names, not any of the women at the bedside
    text = ("Mary lay in the big bed by the window. Her sister Anne sat beside her and held her hand.\n\n"
            "The doctor came forwards and stood by the bed.\n\n"
            "\"What is the matter?\" said the doctor. \"You are tired.\"\n\n"
            "Mary shook her head.\n\n"
            "\"Let me see your hand,\" said the doctor.\n\n"
            "\"It is nothing,\" said Anne.\n")
    assert [who for _line, who, _how in said(text)] == ["Doctor", "Doctor", "Doctor", "Anne"]


def test_said_the_doctor_is_the_one_the_scene_calls_doctor() -> None:
    text = ("Dr. Pell came in with his bag. Mary sat up in the big bed, and Anne stood by the window.\n\n"
            "\"What is the matter?\" said the doctor.\n\n"
            "\"Nothing at all,\" said Anne.\n")
    assert [who for _line, who, _how in said(text)] == ["Dr. Pell", "Anne"]


def test_a_niece_and_her_uncle_of_one_surname_are_two_people() -> None:
    # 'Rosa Hartley' and 'Walter Hartley' never share a sentence and the text gives Walter no 'he' of his own: the
    # first names' usual genders show them apart, so neither is merged with the other (nor with Mr. Hartley)
    text = ("\"Uncle, you are not well to-night.\"\n\n"
            "\"I am not well, Rosa. I doubt if I shall ever be better.\"\n\n"
            "\"I cannot bear to hear you speak so, uncle,\" said Rosa Hartley. \"You are not old.\"\n\n"
            "\"True, Rosa, but sorrow makes a man old.\"\n\n"
            "Rosa Hartley sank on her knees beside her uncle's chair.\n\n"
            "\"Don't say that, uncle,\" she pleaded. \"You know that I love you, Uncle Walter.\"\n\n"
            "Walter Hartley's face brightened.\n\n"
            "\"You believe it too, Rosa?\" he said.\n\n"
            "\"I know it,\" said Rosa.\n")
    cast = infer_cast(text)
    assert cast.lookup("Rosa") is not None and cast.lookup("Rosa") != cast.lookup("Walter")
    assert cast.members[cast.lookup("Rosa")].gender == "f"
    lines = said(text)
    assert lines[2][1] == lines[8][1] == cast.members[cast.lookup("Rosa")].name


def test_the_one_who_hears_a_line_is_not_its_speaker() -> None:
    # '"…," were the next words Nora heard.': a short clause after an open quote names who heard it, not who said it
    text = ("Nora sat alone by the window of the drawing-room while her aunt talked with a visitor in the hall.\n\n"
            "\"I have spared no expense on the wedding,\" were the next words Nora heard.\n\n"
            "\"She is a lucky girl,\" replied Mrs. Gale.\n")
    first = said(text)[0]
    assert not (first[1] == "Nora" and first[2] == "tag"), first


def test_the_one_heard_saying_a_line_says_it() -> None:
    # '"…" Mary heard her say.': the tag's subject hears; the one heard (a name or a pronoun, never the hearer) speaks
    text = ("Mary sat on the stairs. Aunt Ruth and Jessamy talked in the hall below, and Ruth's voice shook.\n\n"
            "\"Is it so very bad?\" Mary heard her say.\n\n"
            "\"Worse,\" said Jessamy. \"We must go tonight.\"\n\n"
            "\"Then go,\" Mary heard Jessamy whisper, and the door closed.\n")
    lines = said(text)
    assert lines[0][1:] == ("Aunt Ruth", "tag-pronoun"), lines
    assert lines[-1][1:] == ("Jessamy", "tag"), lines


def test_a_titled_name_naming_a_kind_of_thing_is_no_one() -> None:
    # 'the Aunt Sally man': a fairground game's name before a noun; no aunt of the story, and her lines stay Mrs. Dale's
    text = ("Mrs. Dale did not like the fair. There were shouts of the Aunt Sally man, cries from the swing-boats. "
            "Her boy ran up to her with a paper of toffee.\n\n"
            "\"Are you goin' a'ready?\" he cried.\n\n"
            "\"You needn't come if you don't want,\" she said.\n")
    cast = infer_cast(text)
    assert {m.name for m in cast.members.values()} == {"Mrs. Dale"}
    assert said(text)[1][1:] == ("Mrs. Dale", "tag-pronoun")
    assert "aunt sally" in infer_cast("Aunt Sally came in. \"Tea,\" said Aunt Sally.\n").by_token  # an aunt of the story


def test_a_nickname_is_shown_as_the_text_writes_it() -> None:
    # 'Big Medicine' always so written: not 'Medicine' (a common word before a name is dropped elsewhere)
    text = ("Big Medicine leaned on the corral fence. Happy Jack came up with the mail.\n\n"
            "\"Any for me?\" said Big Medicine.\n\n"
            "\"Nope,\" said Happy Jack. Big Medicine spat in the dust.\n")
    cast = infer_cast(text)
    assert {m.name for m in cast.members.values()} == {"Big Medicine", "Happy Jack"}
    assert [line[1] for line in said(text)] == ["Big Medicine", "Happy Jack"]
    mixed = infer_cast("Old Tom sat down. \"Well,\" said Old Tom. Tom frowned. \"No,\" said Tom.\n")
    assert {m.name for m in mixed.members.values()} == {"Tom"}  # written alone too: the word is not part of it


def test_silence_that_ensues_is_no_one() -> None:
    text = ("Dale sat by the fire. Anson stood by the door.\n\nSilence ensued then for a moment. The fire cracked.\n\n"
            "\"Ho there, inside!\" called a voice from the darkness.\n")
    assert {m.name for m in infer_cast(text).members.values()} == {"Dale", "Anson"}


def test_a_name_in_an_oath_is_no_one_in_the_story() -> None:
    text = ("Wren had scrubbed the kitchen floor twice. She was nineteen, for Christ's sake! Wren sat down. Her brother "
            "Ansel came in with mud on his boots.\n\n"
            "I wonder how long he means to stand there, she thought.\n\n"
            "\"For the love of Mike, Ansel, your boots,\" she said.\n\n"
            "\"God Almighty, it's only a bit of mud,\" said Ansel. He went out again, for Pete's sake.\n")
    cast = infer_cast(text)
    assert {m.name for m in cast.members.values()} == {"Wren", "Ansel"}
    draft = adapt_document(read_text(text))
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Wren", "Ansel"]
    script = to_yaml(draft, "Mud")
    assert 'wren thinks: "I wonder how long he means to stand there' in script  # not the oath's


def test_a_name_that_only_looks_like_an_oath_is_still_a_person() -> None:
    cast = infer_cast("Christ Ndiaye ran the ferry. \"Tickets,\" said Christ. Mike waited for Christ on the quay.\n\n"
                      "\"Is it the last boat?\" asked Mike.\n")
    assert {m.name for m in cast.members.values()} >= {"Christ", "Mike"}


def test_japanese_honorifics_say_whom_they_address() -> None:
    """'-kun' for a boy, '-chan' mostly for a girl: with no pronoun after their names in the narration, the
    honorifics the lines use are what tells the two apart, and then 'He took the cup she held out' is his beat."""
    text = ("Ishida Ren came in from the rain. Mori Aoi waited by the stove with two cups.\n\n"
            "\"Ren-kun!\" she called. \"You're soaked!\"\n\n"
            "\"Sorry!\" Ren shook off the rain. \"The ferry was late again.\"\n\n"
            "\"Dunno why.\" He took the cup she held out. \"Thanks, Aoi-chan.\"\n\n"
            "Kaede found them there later. \"There you are. The boss wants you back.\"\n\n"
            "\"Aw, Kaede-chan, come on!\"\n")
    cast = infer_cast(text)
    assert {cast.members[c].name: cast.members[c].gender for c in cast.members} == {"Ren": "m", "Aoi": "f", "Kaede": "f"}
    assert [s for _, s, _ in said(text)][4:] == ["Ren", "Ren", "Kaede", "Ren"]


def test_honorifics_tell_the_beat_and_the_talk_who_is_who() -> None:
    """The same, in a fan fiction's own names: no pronoun follows Naruto's name in the narration, so only '-kun' says
    he is the 'he' who takes the umbrella (before, three of his lines went to Hinata)."""
    text = ("Uzumaki Naruto was late again, which surprised no one. Hyuuga Hinata waited by the gate with two "
            "umbrellas.\n\n"
            "\"Naruto-kun!\" she called when she saw the orange blur. \"You'll catch cold!\"\n\n"
            "\"Sorry, sorry!\" Naruto skidded to a stop. \"Baa-chan kept me in her office for an hour.\"\n\n"
            "Hinata frowned. \"Tsunade-sama cancelled it? Why?\"\n\n"
            "\"Dunno. Something about the border.\" He took the umbrella she held out. \"Thanks, Hinata-chan.\"\n\n"
            "Sakura found them there ten minutes later. \"There you are, idiot. Shishou wants you back. Now.\"\n\n"
            "\"Aw, Sakura-chan, come on!\"\n")
    assert [s for _, s, _ in said(text)] == ["Hinata", "Hinata", "Naruto", "Naruto", "Hinata", "Naruto", "Naruto",
                                             "Sakura", "Naruto"]


def test_a_name_that_ends_another_is_someone_else() -> None:
    """'Ena' is the tail of 'Selena', not a short form of it (as 'Liz' is of Elizabeth): a tag naming Ena is hers."""
    assert not short_form_of("ena", "selena") and not short_form_of("ino", "shino")
    assert short_form_of("liz", "elizabeth") and short_form_of("lizzy", "elizabeth")
    text = ("Selena sorted the letters by the window. Marcus swept the floor.\n\n"
            "\"The post is late again,\" Selena said.\n\n"
            "\"My pen ran out,\" Ena said, holding it up.\n\n"
            "\"Then use mine,\" said Selena.\n")
    assert [s for _, s, _ in said(text)] == ["Selena", "Ena", "Selena"]


def test_the_one_a_thing_is_done_to_is_not_the_doer() -> None:
    """'Dov passed her his spare': 'her' before 'his' is the one he passes it to, so the first pronoun after Dov is 'his'."""
    cast = infer_cast("Dov passed her his spare without a word. She smiled at him.\n\n\"Thanks, Dov.\"\n\n"
                      "Dov went back to his test. Lark laughed.\n")
    assert cast.members[cast.lookup("Dov")].gender == "m"  # type: ignore[index]


def test_dame_is_a_title() -> None:
    text = ("The council met at dawn. Dame Sabeth stood by the fire.\n\n"
            "\"The snow,\" said Dame Sabeth. \"It will close the pass.\"\n\n"
            "\"Then we wait,\" said Lord Fosk.\n")
    cast = infer_cast(text)
    sabeth = cast.members[cast.lookup("Dame Sabeth")]
    assert (sabeth.name, sabeth.gender) == ("Dame Sabeth", "f")
    assert "Dame" not in {m.name for m in cast.members.values()}


def test_a_relation_given_no_name_is_the_one_the_reply_calls() -> None:
    # 'said her father' with no Mr. of her name in the text: the reply calls him Marek, so he is Marek, here and after
    text = ("Sunday lunch at the Nowaks' had rules. Ada watched the potatoes go round. Her brother Tomek sat with his "
            "phone face down. Her father carved, slowly.\n\n"
            "\"Gravy,\" said her father, to nobody.\n\n"
            "\"It's by your elbow, Marek.\"\n\n"
            "\"So it is.\"\n\n"
            "Tomek's phone buzzed against the table.\n\n"
            "\"Leave it,\" said her father.\n")
    lines = said(text)
    assert [who for _, who, _e in lines][0] == "Marek" and lines[-1][1] == "Marek", lines


def test_a_surname_alone_that_is_a_mans_goes_to_mr_not_to_his_daughter() -> None:
    # 'Charlotte Temple' and 'Mr. Temple'; 'Temple' alone is followed by 'he': the father's name, not hers, and a
    # 'his' after her name once does not make her a man
    text = ("Mr. Temple was the youngest son of an earl. Temple had no fortune of his own, and he did not want one.\n\n"
            "Charlotte Temple was his only child. But Charlotte had made too great an impression on his mind, said "
            "the young officer afterwards, to be forgotten.\n\n"
            "\"I will not sell my happiness,\" said Temple. He rose from his chair.\n\n"
            "\"Papa, you are tired,\" said Charlotte.\n")
    cast = infer_cast(text)
    charlotte, father = cast.members[cast.lookup("Charlotte")], cast.members[cast.lookup("Temple")]
    assert charlotte is not father and charlotte.gender == "f" and father.gender == "m"
    assert cast.lookup("Mr. Temple") == father.id
    assert [line[1] for line in said(text)] == [father.name, "Charlotte"]


def test_her_husband_never_named_is_a_person_of_his_own() -> None:
    # no Mr. Griffin in the text: 'said her husband' is Mrs. Griffin's husband, not Douglas, the one man named
    text = ("The story had held us round the fire. Douglas sat apart, looking into the flames, and Mrs. Griffin "
            "watched him.\n\n"
            "\"Who was it she was in love with?\" asked Mrs. Griffin.\n\n"
            "\"The story will tell,\" said Douglas.\n\n"
            "\"She was ten years older,\" said her husband.\n")
    lines = said(text)
    assert [who for _, who, _e in lines] == ["Mrs. Griffin", "Douglas", "Mrs. Griffin's husband"], lines
    cast = adapt_document(read_text(text)).cast
    assert "mrs-griffin-s-husband" in cast.members  # an id a script can use


def test_a_pet_name_and_the_name_it_comes_from_before_one_surname_are_one_man() -> None:
    # 'Jack Ambler' and 'John Ambler' (Jack is John's pet name): one man, so 'Ambler' alone is his, not a family's
    text = ("The carter was plain Jack Ambler to all the parish, though the parson wrote John Ambler in his book. "
            "A boy came up the lane.\n\n"
            "\"Who be you, John Ambler, to call me names?\" said the boy.\n\n"
            "\"Mind your tongue,\" said Ambler. Ambler spat in the ditch.\n")
    cast = infer_cast(text)
    ambler = cast.lookup("Ambler")
    assert ambler is not None and cast.lookup("Jack") == ambler == cast.lookup("John")
    assert said(text)[-1][1] == "John Ambler"  # the full name written most (the boy calls him so too)
    sisters = infer_cast("Anne Lacey and Tom Lacey came in. Anne laughed, and Tom turned back.\n")
    assert sisters.lookup("Lacey") is None  # two first names that are not one: a family's surname


def test_a_ship_named_after_its_kind_is_no_one() -> None:
    # 'the brig Providence', 'the schooner Mary Ann': a ship; she 'labours', but says nothing
    text = ("The brig Providence came round the point. Tom Kerris watched her from the quay.\n\n"
            "\"She labours,\" said Tom. The Providence labours still, and the schooner Gannet behind her.\n")
    assert {m.name for m in infer_cast(text).members.values()} == {"Tom"}


def test_a_drive_of_a_city_and_the_new_of_a_place_name_are_no_one() -> None:
    # 'Riverside Drive is one of the eyesores', 'came to New York': a street and a city, not people of the cast
    text = ("Riverside Drive is one of the eyesores of that town. Mr. Pett had come to New York in the spring, and "
            "New York had not yet forgiven him.\n\n"
            "\"Come in,\" said Mr. Pett.\n")
    assert {m.name for m in infer_cast(text).members.values()} == {"Mr. Pett"}


def test_dad_mum_and_grandad_called_in_the_lines_are_kin_calls_with_their_gender() -> None:
    """'Dad', called only inside the lines, was a person of no gender, and a 'she' could fall to him. 'Dad', 'Mum',
    'Grandad' and the like are kin calls, as 'Papa' and 'Mamma' were: a man's or a woman's."""
    text = ("Danny had come for Sunday lunch.\n\n"
            "\"Can you carve, Dad?\" asked Danny.\n\n"
            "\"Leave him be,\" she said. \"He carves when he likes.\"\n\n"
            "\"Thanks, Mum,\" said Danny. \"And thank Nana for the cake, Grandad.\"\n")
    draft = adapt_document(read_text(text))
    genders = {m.name: m.gender for m in draft.cast.members.values()}
    assert {name: genders.get(name) for name in ("Dad", "Mum", "Grandad")} == {"Dad": "m", "Mum": "f", "Grandad": "m"}, \
        genders
    assert [who for _text, who, _ev in said(text)][1] != "Dad"


def test_a_line_opening_with_dad_calls_the_one_mister_of_the_scene() -> None:
    """'"Dad, the doctor's coming at nine," said Robert.' calls his father, Mr. Alder, as '…, Papa.' did: the replies
    are his, not the lines of a person called Dad (before: 'Dad' answered twice, and a call opening the line was not
    read as one)."""
    text = ("Mr. Alder sat up in the hospital bed, and his son Robert stood at the window.\n\n"
            "\"Dad, the doctor's coming at nine,\" said Robert.\n\n"
            "\"I heard her.\"\n\n"
            "\"Dad, you have to let them look at it.\"\n\n"
            "\"I said I heard her.\"\n\n"
            "\"Then listen to her, Dad.\"\n\n"
            "\"I always listen.\"\n")
    assert [who for _text, who, _ev in said(text)] == ["Robert", "Mr. Alder"] * 3


def test_ay_the_dialect_yes_is_no_one() -> None:
    """'Ay, Mrs. Holt.' / 'Ay?': the dialect's yes, as 'Aye' was, never a person called Ay (a reply to it had gone to
    'Ay')."""
    text = ("Mrs. Holt gave the lad a crust. Jack ate it standing.\n\n"
            "\"Tell thy Alice from me,\" said Mrs. Holt.\n\n"
            "\"Ay, we know where she is.\"\n\n"
            "\"Then tell her.\"\n\n"
            "\"Ay, Mrs. Holt.\"\n\n"
            "\"An' Jack—\"\n\n"
            "\"Ay?\"\n\n"
            "\"Mind the cut on thy way home,\" said Mrs. Holt.\n")
    assert "ay" not in infer_cast(text).by_token and "Ay" not in [who for _t, who, _e in said(text)]


def test_a_line_opening_with_actually_or_pray_calls_no_one() -> None:
    """'What happened, Theo? Actually happened.' and 'Pray tell us about the window.' made people called Actually
    and Pray in the drafts' casts (a capital word opening a sentence inside a line, read as a name)."""
    text = ("Priya put the kettle on. Jess watched her.\n\n"
            "\"What happened, Theo? Actually happened,\" said Jess.\n\n"
            "\"We have fifty minutes. Pray tell us about the window,\" said Priya.\n\n"
            "\"Then hurry. Crumbs in the butter again,\" said Jess.\n")
    cast = infer_cast(text)
    assert not {"actually", "pray", "crumbs"} & set(cast.by_token), sorted(cast.by_token)


def test_a_relation_no_one_named_fits_is_someone_of_their_own() -> None:
    """'said her uncle' (or aunt), with no one else in the scene the uncle could be: Margot's uncle, as 'said her
    father' already was (before: the line had no speaker, and the next ones were all Margot's)."""
    text = ("Margot stood at the window of the shop. She sighed.\n\n\"You will catch cold there,\" said her {k}.\n\n"
            "\"I am not cold.\"\n\n\"Then you are stubborn, which is worse.\"\n\n\"It runs in the family,\" Margot "
            "said.\n")
    for kin in ("uncle", "aunt", "father"):
        got = said(text.format(k=kin))
        assert [s for _t, s, _e in got] == [f"Margot's {kin}", "Margot", f"Margot's {kin}", "Margot"], kin


def test_a_woman_by_title_and_surname_is_not_the_one_she_calls_by_a_first_name_of_that_surname() -> None:
    """'"Lucien," said Madame Couvreur, "be useful."' with 'Lucien Couvreur' at the table: two people (before: one,
    'Lucien Couvreur', a she, who said both sides). In English marks and titles alike."""
    text = ("The bakery smelled of burnt bread. Madame Couvreur stood at the counter with flour to the elbows.\n\n"
            "\"Three hours I have waited,\" said Madame Couvreur.\n\n\"She did wait,\" her nephew said from the table. "
            "Lucien Couvreur did not look up.\n\n\"Lucien,\" said Madame Couvreur, \"be useful or be quiet.\"\n\n"
            "\"I'm being a witness.\"\n")
    for title in ("Madame", "Mrs."):
        got = said(text.replace("Madame", title))
        assert [s for _t, s, _e in got][0] == f"{title} Couvreur"
        assert [s for _t, s, _e in got][2] == f"{title} Couvreur" and got[3][1].startswith("Lucien"), title
