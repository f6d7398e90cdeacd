"""Who the 'I' of a first-person text is, and the stranger the narration brings in by a description; on small
hand-written texts (the faults were found reading the openings of published novels)."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def draft(text: str):  # type: ignore[no-untyped-def]
    return adapt_document(read_text(text))


def said(text: str) -> list[tuple[str, str | None]]:
    d = draft(text)
    return [(u.text(d.doc), d.cast.display(u.speaker)) for u in d.utterances]


STUDY = ("My friend was at the window when I came down, a letter in one hand and a cold cup in the other.\n\n"
         "\"Well, Harding, what do you make of it?\" asked Greaves, without turning.\n\n"
         "I took the letter from him. It was written on cheap paper, in a careful hand, and a card was pinned to it.\n\n"
         "\"Penhale, Arthur, M.A., 1881. Clerk to the mill at Esk,\" I read aloud.\n\n"
         "\"A clerk,\" I said. \"Or a schoolmaster.\"\n\n"
         "\"Curious, though hardly conclusive,\" said Greaves.\n\n"
         "\"Then you have a better idea.\"\n\n"
         "\"I have several, my dear Harding, and none of them is a schoolmaster.\"\n")


def test_a_name_called_between_commas_names_the_narrator_and_an_adjective_opening_a_line_does_not() -> None:
    d = draft(STUDY)
    narrator = d.cast.members["narrator"]
    assert narrator.name == "Harding"  # 'Well, Harding, what…', '…, my dear Harding, and…'
    assert "curious" not in narrator.tokens  # '"Curious, though hardly conclusive"' calls no one
    assert "penhale" not in narrator.tokens  # a name read out surname first calls no one: no second name of theirs
    assert said(STUDY)[-1] == ("I have several, my dear Harding, and none of them is a schoolmaster.", "Greaves")


MARSH = ("My mother named me Theodora, but that was too long a word for a child to carry, and I called myself Teddy, "
         "and so everyone else did too.\n\n"
         "I had gone out to look for my brother's dog, and I had not found it. I was alone by the sluice gate when "
         "the reeds parted.\n\n"
         "A ragged man, wet to the knees, with a lantern that had gone out. He caught my sleeve before I could run.\n\n"
         "\"Tell me your name!\" said the man. \"Be quick!\"\n\n"
         "\"Teddy, sir.\"\n\n"
         "\"Again,\" said the man, bending close. \"Louder!\"\n\n"
         "\"Teddy. Teddy, sir.\"\n\n"
         "\"And where do you live, Teddy?\" said the man.\n")


def test_the_narration_naming_its_teller_names_the_narrator() -> None:
    d = draft(MARSH)
    assert d.cast.members["narrator"].name == "Teddy"  # 'I called myself Teddy', though Teddy is never called by others first
    assert "teddy" not in {t for c in d.cast.members.values() if not c.narrator for t in c.tokens}


def test_a_name_given_when_asked_for_it_is_the_answerers_own() -> None:
    lines = said(MARSH)
    assert lines[2] == ("Teddy, sir.", "Teddy")  # '"Tell me your name!" … "Be quick!"' / '"Teddy, sir."'
    assert lines[5] == ("Teddy. Teddy, sir.", "Teddy")


def test_the_man_is_the_ragged_man_the_narration_brought_in() -> None:
    d = draft(MARSH)
    men = [c.name for c in d.cast.members.values() if not c.narrator]
    assert men == ["Ragged man"]  # 'A ragged man, …' then 'said the man': one person, not a 'Man' besides
    assert {who for text, who in said(MARSH) if not text.startswith("Teddy")} == {"Ragged man"}


def test_a_name_opening_a_sentence_that_goes_on_after_the_tag_is_called_not_the_speaker() -> None:
    text = ("Lena had cooked for Marta for eleven years. Marta was late again, and Lena knew it.\n\n"
            "And so, being a busy woman, she put on her coat and hat, and because she was kind as well as busy she "
            "opened the kitchen door to talk to Lena, the cook.\n\n"
            "\"Soup tonight, eh, Lena? And bread.\" She glanced at the clock, then lowered her voice. \"Lena,\" she "
            "said, \"keep a plate warm for me, will you? I'll be late.\"\n\n"
            "\"Bolt,\" he said. \"Of the Excise.\"\n")  # a name alone, then a new sentence: may be given, not called
    lines = said(text)
    assert lines[1] == ("Lena, keep a plate warm for me, will you? I'll be late.", "Marta")


def test_what_someone_is_said_to_be_brings_no_one_new() -> None:
    text = ("Lena had cooked for Marta for eleven years. Marta was late again, and Lena knew it.\n\n"
            "And so, being a busy woman, Marta put on her coat and hat.\n\n"
            "\"Keep a plate warm,\" Marta said.\n\n\"I always do,\" said Lena.\n")
    assert sorted(c.name for c in draft(text).cast.members.values()) == ["Lena", "Marta"]  # no 'Busy woman'


def test_the_kind_of_man_is_no_one() -> None:
    text = ("Lena stood at the rail. She had watched the passenger in grey since the ship left, and she knew that "
            "he was frightened. And yet he did not strike her as the kind of man who would be afraid of the sea.\n\n"
            "\"Are you ill?\" Lena asked.\n\n\"No,\" he said. \"Only tired.\"\n\nLena nodded, and she went below.\n")
    d = draft(text)
    assert not [c.name for c in d.cast.members.values() if c.name.lower().startswith("of ")]  # not 'Of man'


def test_she_is_not_someone_only_talked_of_in_a_line() -> None:
    text = ("The boy had walked since noon, and the road was empty. At the ford a girl was washing linen in the "
            "shallows, and she looked up as he came down the bank.\n\n"
            "\"Where you going?\" she asked.\n\n"
            "\"To the school,\" said the boy. \"Is it far?\"\n\n"
            "\"Miss Harlow's school? Over the hill,\" she said. \"I'll show you.\"\n\n"
            "The girl dropped her linen on a stone and ran ahead of him up the path.\n")  # 'the girl', met only here
    assert [who for _text, who in said(text)] == ["Girl", "Boy", "Boy", "Girl", "Girl"]


def test_she_is_someone_of_this_scene_before_one_met_only_in_a_later_scene() -> None:
    text = ("The ferry rolled in the swell. At the rail stood a girl with a carpet bag, and the man beside her "
            "spoke low.\n\n"
            "\"Will you carry it for me?\" he asked.\n\n"
            "\"I will,\" she said.\n\n"
            "The girl took the packet and hid it in her coat.\n\n"
            "* * *\n\n"
            "Years later Edith Marsh stood on the quay at Leith. Edith had come for the ship, and Edith waited.\n\n"
            "\"Late again,\" Edith said.\n")
    assert [who for _text, who in said(text)][1] == "Girl"  # not Edith, met only in the scene after


def test_a_he_is_the_one_named_after_the_narrators_i_in_a_sentence() -> None:
    # 'as I sat …, that my good friend, Master Hal Ferrers, was at the gate': the 'he' of the next tag is Hal; before,
    # only a sentence's first subject (the 'I') counted, and the 'he' went to a man named as a subject paragraphs back
    text = ("On Sunday, good Mr. Pryce, our minister, preached for two hours. I did not heed him.\n\n"
            "Upon the afternoon of which I speak, as I sat upon my doorstep, I did not know, until his voice came up "
            "the bank, that my good friend, Master Hal\nFerrers, was at the gate.\n\n"
            "I went down and gave him my hand.\n\n"
            "\"Thou careful man!\" he said, with a laugh, as he dismounted.\n\n"
            "\"It is my sunset gun,\" I answered.\n")
    assert [who for _, who in said(text)] == ["Hal Ferrers", "Narrator"]  # shown by his full name (test_display_names)


def test_a_line_no_step_decides_is_the_one_the_reply_calls() -> None:
    # a chapter opening on two greetings: the first is the one the second calls, not 'someone'
    text = ("CHAPTER I.\n\n\"PIP, old thing!\"\n\n\"Nell, old bean!\"\n\n"
            "The two young people greeted each other in the street, and blocked the way for everyone. Pip laughed. "
            "Nell took his arm.\n")
    assert said(text) == [("PIP, old thing!", "Nell"), ("Nell, old bean!", "Pip")]


def test_a_he_no_one_of_the_cast_can_be_is_the_man_the_narration_brought_in() -> None:
    # a plain 'a man' is no one's epithet, but when no man of the cast fits a 'he', he is the one just met
    text = ("Nora sat by the window of the train as it left the town. For some time she had been conscious of a man "
            "behind. She felt him watching her hat.\n\n"
            "He leaned forward over the back of her seat.\n\n"
            "\"A fine town for a visit. You are not from these parts, are you?\"\n\n"
            "\"Oh, yes, I am,\" answered Nora.\n\n"
            "\"And so this is your first trip to the city,\" he observed.\n")
    assert [who for _, who in said(text)] == ["Man", "Nora", "Man"]
    likened = text.replace("conscious of a man behind", "as quiet as a man at prayer")
    assert said(likened)[-1][1] != "Man"  # 'as a man': no one new


def test_the_last_speaker_goes_on_when_the_line_calls_the_other_after_narration() -> None:
    # two people talking; narration between; the next line calls the other one ('pop' is a father's name, as
    # 'papa' is): the last speaker goes on, not a third person the narration named
    text = ("Mrs. Hale had gone to church. Mr. Hale stood in the doorway of the den. His step-son Toby was sprawled in "
            "the big chair, eating candy.\n\n"
            "\"What are you eating, boy?\" demanded Mr. Hale.\n\n"
            "\"Candy,\" said Toby.\n\n"
            "\"I wish you would not eat candy all day,\" said Mr. Hale.\n\n"
            "\"Mother gave it to me,\" said Toby. Mr. Hale grunted, but made no comment. Toby put another piece in "
            "his mouth.\n\n"
            "\"Got a grouch this morning, haven't you, pop?\"\n\n"
            "\"I will not be spoken to like that!\"\n")
    assert [who for _, who in said(text)][-2:] == ["Toby", "Mr. Hale"]


def test_a_titled_name_called_when_my_mother_comes_in_is_hers_not_the_narrators() -> None:
    # a teenage narrator, never named; her mother knocks and is called 'Mrs. Okafor' by a friend: the narrator is not
    # Mrs. Okafor (before, that call named the narrator and every line of hers went to 'Mrs. Okafor')
    text = ("Tola was on my bed, painting her nails the colour of a bruise, and I was pretending to do physics.\n\n"
            "\"You have to come to the party,\" Tola said.\n\n"
            "\"I have a family thing,\" I said.\n\n"
            "There was a knock, which meant my mother, who knocks and never waits.\n\n"
            "\"Tola, you're staying for dinner?\"\n\n"
            "\"If that's okay, Mrs. Okafor.\"\n\n"
            "\"It's always okay.\" The door closed.\n\n"
            "\"She likes you better than me,\" I said.\n")
    d = draft(text)
    assert d.cast.members["narrator"].name == "Narrator"
    assert [who for _, who in said(text)][-1] == "Narrator"


def test_a_speaker_who_goes_on_in_the_narration_after_his_tag_may_speak_again() -> None:
    # 'said he, and turned to go; but as he turned, he saw …' then a new paragraph '"…," said he.': the narration went
    # on about him alone, so the new paragraph is not someone else's by that token
    text = ("Colonel Marsh had ridden out to the hall to see Miss Vane, and her father, Mr. Vane, had sent him away. "
            "Marsh leaned on the gate in the dusk.\n\n"
            "\"I will think on her no more,\" said he, and turned with an intention to leave the place; but as he "
            "turned, he saw the garden door open, and two women come out arm in arm.\n\n"
            "\"I will at least see who these are,\" said he.\n")
    assert [who for _, who in said(text)] == ["Colonel Marsh", "Colonel Marsh"]


def test_the_narrators_relations_never_named_are_aunt_and_uncle_and_a_call_answered_by_one_is_his() -> None:
    # 'said my aunt' with no aunt in the cast: a person of her own, 'Aunt' (before: no speaker); '"Am I right, Hugh?"'
    # answered by '"…," said my uncle': Hugh is the uncle, not the narrator's name
    text = ("Old Cotter was sitting at the fire, smoking, when I came downstairs to supper. I sat down at my place "
            "and I said nothing, for I was tired of him. My aunt was ladling out the stirabout.\n\n"
            "\"God have mercy on his soul,\" said my aunt piously.\n\n"
            "\"It's bad for children,\" said old Cotter. \"Let a young lad run about and play. Am I right, Hugh?\"\n\n"
            "\"That's my principle, too,\" said my uncle. \"Let him learn to box his corner.\"\n\n"
            "\"How do you mean, Mr Cotter?\" asked my aunt.\n")
    d = draft(text)
    assert [d.cast.display(u.speaker) for u in d.utterances] == ["Aunt", "Mr. Cotter", "Mr. Cotter", "Hugh", "Hugh",
                                                                 "Aunt"]
    assert d.cast.members["narrator"].name == "Narrator"


def test_a_line_after_i_can_see_someone_is_theirs() -> None:
    # 'I can see Douglas before the fire, … his hands in his pockets. "Nobody but me has heard it."': he acts, not I
    text = ("We sat round the fire after dinner, and I listened more than I talked, as I always did then. I was "
            "young, and I was shy. Mrs. Griffin had asked for a story, and Douglas had promised one.\n\n"
            "\"Will it frighten us?\" I asked.\n\n"
            "I can see Douglas there before the fire, looking down at us with his hands in his pockets. \"Nobody but "
            "me, till now, has ever heard it.\"\n")
    assert said(text)[-1] == ("Nobody but me, till now, has ever heard it.", "Douglas")


def test_a_paragraph_ending_in_said_to_me_colon_tags_the_next_paragraphs_line() -> None:
    # 'My uncle saw me staring and said to me:' // '"Well, so your old friend is gone."': the uncle's, not the last
    # speaker's (the narration's first subject); and 'the footman, a melancholy young man, announced:' is the footman's
    text = ("Old Cotter was sitting at the fire, smoking, when I came downstairs to supper. I sat down and I ate, and "
            "I said nothing, for I did not like him.\n\n"
            "\"I have my own theory about it,\" he said. \"I think it was one of those peculiar cases.\"\n\n"
            "He began to puff again at his pipe without giving us his theory. My uncle saw me staring and said to "
            "me:\n\n"
            "\"Well, so your old friend is gone, you'll be sorry to hear.\"\n\n"
            "\"Who?\" said I.\n\n"
            "The door opened, and the footman, a melancholy young man, announced:\n\n"
            "\"Dinner is on the table, sir.\"\n")
    assert [who for _, who in said(text)] == ["Cotter", "Cotter", "Uncle", "Narrator", "Footman"]


def test_a_narrator_called_mr_voss_by_three_people_is_mr_voss_and_his_order_at_the_bar_is_no_name() -> None:
    # '"Gin," I said.' orders a drink (no one asked his name); 'Mr. Voss' is what the client, the barman and the cop call
    # him. Before: the narrator was 'Gin', and Mr. Voss a man of his own, given the narrator's lines.
    text = ("The woman came in without knocking.\n\n"
            "\"You're the detective?\" she said. \"I need you to find my brother, Mr. Voss.\"\n\n"
            "\"That's what I do,\" I said.\n\n"
            "\"Then do it quickly, Mr. Voss.\"\n\n"
            "The bar on Pike Street was half empty. The barman looked up.\n\n"
            "\"What'll it be?\"\n\n"
            "\"Gin,\" I said.\n\n"
            "\"Coming up, Mr. Voss.\"\n\n"
            "A cop sat down on the stool beside me and took off his hat.\n\n"
            "\"Evening, Mr. Voss,\" said the cop. \"You're a long way from your office.\"\n\n"
            "\"So are you,\" I said.\n")
    lines = dict(said(text))
    assert lines["That's what I do,"] == lines["Gin,"] == lines["So are you,"] == "Mr. Voss", lines


def test_narration_turning_from_the_last_speaker_to_i_in_a_clause_of_its_own_leads_into_the_narrators_line() -> None:
    # 'Crane was sitting with his back to me, and I had made no sound.' after Crane's line: the next line is mine (the
    # clause after ', and' has its own subject); before, the paragraph's first subject, Crane, was given it
    text = ("I had slept badly, and I came down late. Crane was at the window when I came in. I said nothing. I "
            "picked up the letter from the table and I turned it over in my hands.\n\n"
            "\"Well, Pell, what do you make of it?\"\n\n"
            "Crane was sitting with his back to me, and I had made no sound at all.\n\n"
            "\"How did you know I had it?\"\n\n"
            "\"The glass,\" said Crane.\n")
    assert [who for _, who in said(text)][1] == "Pell", said(text)


def test_the_one_a_line_is_told_to_answers_it() -> None:
    """'"Benny is young," the fat man told me': the line is said to the narrator, who answers it (before: the turns
    gave the answer to Benny, the speaker before the last)."""
    text = ("Corrigan sat at the corner table, a fat man in a grey suit. The kid behind the bar, Benny, polished "
            "glasses. I had come about Eddie, and I had been rained on. I sat down across from Corrigan and I put my "
            "hat on the table.\n\n"
            "\"You look like a cop,\" said Benny.\n\n"
            "\"I get that a lot,\" I said.\n\n"
            "\"Benny,\" said Corrigan.\n\n"
            "\"Sorry, Mr. Corrigan.\"\n\n"
            "\"Benny is young,\" Corrigan told me, \"and he thinks everything he knows is interesting.\"\n\n"
            "\"Most things are, to me.\"\n")
    assert said(text)[-1][1] == "Narrator", said(text)


FROST = ('I opened the door. A man stood there, white with frost.\n\n"Please," he said. "My friend is out there."\n\n'
         '"Inside first," I said.\n\nI got him onto the bench by the stove and pulled at his gloves. His fingers were '
         'grey at the tips. I could work with grey.\n\n"Name?"\n\n"Bastien. Bastien Farrow."\n\n'
         '"Where is your friend, Bastien?"\n\n"By the old mill," he said. "He fell."\n\n'
         'I took my coat from the hook. "Stay here," I told him.\n')


def test_a_name_given_when_the_narrator_asks_for_it_is_the_answerers_not_the_narrators() -> None:
    """'"Name?"' alone after the narrator's own sentence, '"Bastien. Bastien Farrow."' in answer, then 'Bastien'
    called: the man's name (before: the narrator was named Bastien, and every line after the answer was the man's)."""
    d = draft(FROST)
    assert d.cast.members["narrator"].name == "Narrator"
    got = said(FROST)
    assert [s for _t, s in got[3:]] == ["Narrator", "Bastien", "Narrator", "Bastien", "Bastien", "Narrator"]


def test_a_name_given_when_someone_else_asks_is_the_narrators() -> None:
    """The clerk asks ('said the clerk'), the answer is the narrator's own name, and the clerk calls them by it."""
    text = ('I gave the clerk my papers. He read them slowly.\n\n"Name?" said the clerk.\n\n"Ines Marr."\n\n'
            '"Sit down, Ines. This will take a while."\n\nI sat down, and I waited.\n\n"How long?" I asked.\n')
    assert draft(text).cast.members["narrator"].name == "Ines"
