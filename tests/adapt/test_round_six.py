"""Sixth round (transfer): general rules of how English fiction marks speakers, each with a small hand-written
text of its own."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from tests.adapt.conftest import said


def names(text: str) -> set[str]:
    return {c.name for c in adapt_document(read_text(text)).cast.members.values()}


def test_an_interjection_or_a_contraction_opening_a_line_is_nobody() -> None:
    text = ("Owen was mending a net on the quay, and he did not look up. Bess came down the steps with her basket.\n\n"
            "\"We're out of bait,\" he said.\n\n"
            "\"Hmm,\" said Bess. \"You'd think somebody would have noticed.\"\n\n"
            "\"Ugh,\" said Owen. \"Somebody did. Me.\"\n\n"
            "\"Whoa, steady,\" she said, when the net slid off the bollard.\n")
    cast = names(text)
    assert not cast & {"We're", "You'd", "Hmm", "Ugh", "Whoa"}, cast
    assert [who for _, who, _ in said(text)] == ["Owen", "Bess", "Bess", "Owen", "Owen", "Bess"]


def test_a_pronoun_tag_is_never_the_one_its_line_calls() -> None:
    text = ("The vicar, the squire and Mr. Tubb sat late over the port. Mr. Tubb had been talking of drains "
            "for an hour.\n\n"
            "The squire caught the vicar's eye over the decanter.\n\n"
            "\"Tubb, you are a bore,\" he murmured.\n\n"
            "\"I am nothing of the kind,\" said Mr. Tubb.\n")
    lines = said(text)
    assert lines[0][1] != "Mr. Tubb"
    assert lines[1][1] == "Mr. Tubb"


def test_a_name_alone_before_a_tag_is_the_speaker_giving_it() -> None:
    text = ("Mr. Bolt set his bag down in the office. The clerk, Mr. Crane, did not look up from his ledger.\n\n"
            "\"Name?\" said Mr. Crane.\n\n"
            "Mr. Bolt took off his hat.\n\n"
            "\"Bolt,\" he said. \"Of the Excise.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mr. Crane", "Mr. Bolt", "Mr. Bolt"]


def test_a_bare_aunt_called_is_the_one_aunt_and_she_answers() -> None:
    text = ("Aunt Mildred poured the tea. Her niece Philippa sat by the window, and Mr. Coe, the lodger, read "
            "his paper by the fire.\n\n"
            "\"The post has come,\" said Mr. Coe.\n\n"
            "\"Is there anything for me, Aunt?\"\n\n"
            "\"Nothing that need concern you.\"\n")
    lines = said(text)
    assert lines[1][1] != "Aunt Mildred"
    assert lines[2][1] == "Aunt Mildred"


def test_single_quoted_dialogue_full_of_i_is_not_first_person_narration() -> None:
    text = ("Agnes was scraping carrots at the sink when her brother came in.\n\n"
            "‘I’ve lost my job,’ said Walter. ‘I told him what I thought of him and I walked out.’\n\n"
            "‘I knew you would. I said so at Christmas, didn’t I?’\n\n"
            "‘I don’t remember.’\n\n"
            "‘I do,’ said Agnes. ‘I remember everything I say.’\n\n"
            "He sat down heavily. ‘I suppose I could try the mill.’\n")
    draft = adapt_document(read_text(text))
    assert not draft.cast.first_person
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Walter", "Walter", "Agnes", "Walter",
                                                                        "Agnes", "Agnes", "Walter"]


def test_single_quoted_dialogue_tagged_i_said_is_first_person() -> None:
    text = ("The rain had not stopped for three days. I was in my shop, and I had my coat on, when Mr. Dabb "
            "came in.\n\n"
            "‘Wet enough for you?’ he said.\n\n"
            "‘Wet enough,’ I said. ‘What can I do for you?’\n\n"
            "I took down the ledger while he thought about it.\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.first_person
    assert [draft.cast.display(u.speaker) for u in draft.utterances][1] == "Narrator"


def test_the_narrator_is_named_by_calls_inside_lines_not_by_a_one_word_line() -> None:
    text = ("I had not been home for two years, and the kitchen door still stuck. My brother was at the stove. "
            "I put my bag down and waited for him to turn round.\n\n"
            "\"Mags. You came.\"\n\n"
            "\"I said I would,\" I told him.\n\n"
            "He pushed a plate across the table at me.\n\n"
            "\"Toast,\" he said. \"You look like you need it.\"\n\n"
            "\"I'm fine.\"\n\n"
            "\"You're not fine, Mags. Nobody who looks like that is fine.\"\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.first_person and draft.cast.members["narrator"].name == "Mags"
    assert [draft.cast.display(u.speaker) for u in draft.utterances][1] == "Mags"


def test_someone_a_sentence_brings_in_as_its_subject_is_the_he_of_the_next_tag() -> None:
    text = ("Mr. Finch sat at his desk in the booking office, writing, and did not look up. Ned stood at the counter "
            "with his box at his feet. A little old man who had been dozing by the stove opened one eye and fixed it "
            "on Ned.\n\n"
            "\"You'll be wanting the Dover coach,\" said he.\n\n"
            "\"I will, sir. Is it late?\"\n\n"
            "Mr. Pellow, for that was the old man's name, shut his eye again and settled his chin in his collar.\n\n"
            "\"It is always late,\" he said. \"I drove it thirty year.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mr. Pellow", "Ned", "Mr. Pellow", "Mr. Pellow"]


def test_a_pronoun_tagged_line_whose_paragraph_gives_the_speakers_name_is_theirs() -> None:
    text = ("Mr. Brand was reading by the fire and his daughter was at the piano when the bell rang, and the maid "
            "showed somebody in out of the rain.\n\n"
            "\"Forgive me,\" said he. \"My name is Quayle. My gig has lost a wheel at your gate.\"\n\n"
            "\"Then you must stay and dry yourself, Mr. Quayle,\" said Mr. Brand.\n")
    assert [who for _, who, _ in said(text)] == ["Mr. Quayle", "Mr. Quayle", "Mr. Brand"]


def test_the_girl_or_the_boy_is_never_someone_called_by_a_grown_persons_title() -> None:
    text = ("Mrs. Pruett kept the toll-house, and she had taken in a girl from the workhouse to help her. Hetty was "
            "twelve, and small for it, and she had never seen a town.\n\n"
            "Hetty sat on the step with her bundle. Mrs. Pruett was shelling peas at the door when the carrier's "
            "cart went by.\n\n"
            "\"Is it far to Bridport, ma'am?\" asked the girl.\n\n"
            "\"Far enough,\" said Mrs. Pruett.\n")
    assert [who for _, who, _ in said(text)] == ["Hetty", "Mrs. Pruett"]


def test_a_line_after_a_long_stretch_of_narration_is_the_narrations_subjects() -> None:
    text = ("Rob and Tilly were sorting the post in the back room.\n\n"
            "\"Another one for Mrs. Gale,\" said Rob.\n\n"
            "\"She gets more letters than the mayor,\" said Tilly.\n\n"
            "Rob bundled them up with string. The clock over the door ticked on towards six.\n\n"
            "Outside, the rain had started again, and the gutter over the yard was overflowing.\n\n"
            "Somebody's bicycle bell rang in the lane and went away.\n\n"
            "Tilly looked up from the sack. She had found something at the bottom of it.\n\n"
            "\"This one's got no stamp.\"\n")
    assert [who for _, who, _ in said(text)] == ["Rob", "Tilly", "Tilly"]


def test_a_name_after_a_present_tense_speech_verb_is_a_person() -> None:
    text = ("The back room smells of wet paper.\n\n"
            "\"Another one for the mayor,\" says Rob.\n\n"
            "\"He gets more letters than the king,\" says Tilly.\n\n"
            "\"Half of them are bills,\" replies Rob.\n")
    assert [who for _, who, _ in said(text)] == ["Rob", "Tilly", "Rob"]


def test_a_description_in_apposition_to_a_name_is_that_person() -> None:
    text = ("Dr. Venn had been at the surgery since seven, and he was tired.\n\n"
            "The last patient was a carter called Boon, a big man with a cut across his hand that he had tied up "
            "with string.\n\n"
            "\"How long ago did you do this?\" asked Dr. Venn.\n\n"
            "\"Tuesday.\"\n\n"
            "\"It's Friday, Mr. Boon.\"\n")
    draft = adapt_document(read_text(text))
    assert not any(c.designation for c in draft.cast.members.values())
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Dr. Venn", "Mr. Boon", "Dr. Venn"]


def test_a_description_after_was_is_what_someone_is_not_someone_new() -> None:
    text = ("Mrs. Ridley came in with the tea. She was a small, fair woman with a face that showed everything. "
            "Mr. Ridley was a mild old man who read the paper.\n\n"
            "\"You will take sugar, Mr. Cole?\" she asked.\n\n"
            "\"Two, thank you,\" said Mr. Cole.\n\n"
            "\"Two!\" said the old man, looking up from his paper. \"At your age.\"\n")
    draft = adapt_document(read_text(text))
    assert not any(c.designation for c in draft.cast.members.values())
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Mrs. Ridley", "Mr. Cole", "Mr. Ridley",
                                                                        "Mr. Ridley"]


def test_a_name_a_line_gives_as_its_speakers_own_beats_a_she_of_the_same_paragraph() -> None:
    text = ("It was raining, and there were three of us left in the bus shelter, and I had my hood up. I did not "
            "want to talk to anybody, and I said so to myself twice.\n\n"
            "\"Is there a taxi rank?\" the woman asked me.\n\n"
            "\"Not in this town,\" I said. \"You could try the Lamb.\"\n\n"
            "\"What's your name?\" I asked the boy.\n\n"
            "\"Danny.\"\n\n"
            "\"I'm Helen.\" She looked at me. \"And you?\"\n\n"
            "\"Sam,\" I said.\n\n"
            "\"Well, Danny,\" said Helen, \"let's go and find your uncle.\"\n")
    draft = adapt_document(read_text(text))
    assert [draft.cast.display(u.speaker) for u in draft.utterances][5] == "Helen"


def test_a_named_narrator_takes_no_other_bare_first_name_others_are_called_by() -> None:
    text = ("I had been waiting at the stop for an hour, and I was cold, and my feet hurt. I sat on the bench "
            "and I watched the road.\n\n"
            "\"You're late, Sam. Budge up,\" said Mrs. Lowe, sitting down beside me.\n\n"
            "\"Hello, Mrs. Lowe,\" I said.\n\n"
            "\"Your mother well, Sam? Good.\"\n\n"
            "Mr. Lowe came round the shelter with a bag of chips and gave one to his wife.\n\n"
            "\"Not before your tea, Joan.\"\n\n"
            "\"I'll have what I like,\" she said.\n")
    draft = adapt_document(read_text(text))
    narrator = draft.cast.members["narrator"]
    assert narrator.name == "Sam" and "joan" not in narrator.tokens


def test_a_calling_whose_sentence_gives_a_gender_is_the_one_named_person_of_that_gender_in_the_scene() -> None:
    text = ("Mrs. Dunne had asked Mr. Platt to tea, and Lucy was made to sit up straight for it. It was not often "
            "that the vicar came to the farm, and when he did come, Lucy was always sent for a clean apron.\n\n"
            "\"A very fine cake, Mrs. Dunne,\" said the vicar.\n\n"
            "\"Lucy made it.\"\n\n"
            "\"Did she indeed?\"\n")
    draft = adapt_document(read_text(text))
    assert not any(c.designation for c in draft.cast.members.values())
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Mr. Platt", "Mrs. Dunne", "Mr. Platt"]


def test_a_calling_of_no_gender_among_several_named_people_is_one_of_them_not_someone_new() -> None:
    text = ("The vestry meeting was late, and the rector knew that something was wrong. Mr. Ames was a patient "
            "man; Mr. Brook was not.\n\n"
            "\"You have heard the news, I suppose?\" said Mr. Brook.\n\n"
            "\"I have heard nothing,\" replied the rector.\n\n"
            "\"Then you shall hear it from me.\"\n")
    draft = adapt_document(read_text(text))
    assert not any(c.designation for c in draft.cast.members.values())
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Mr. Brook", "Mr. Ames", "Mr. Brook"]


def test_a_rank_alone_borne_by_two_is_the_one_in_the_scene() -> None:
    text = ("Captain Hale had been dead these ten years, but his portrait still hung over the fire.\n\n"
            "* * *\n\n"
            "Captain Rooke sat under it with his leg on a stool. Kitty brought him his pipe.\n\n"
            "\"Thank you, my dear,\" said the Captain.\n\n"
            "\"You'll not smoke it in here, Uncle?\"\n")
    draft = adapt_document(read_text(text))
    assert [draft.cast.display(u.speaker) for u in draft.utterances][0] == "Captain Rooke"


def test_a_name_given_in_answer_to_a_question_about_the_name_is_the_speakers() -> None:
    text = ("The landlady of the Swan looked the traveller up and down. Her boy Tom was at the fire.\n\n"
            "\"A bed for the night, sir? And the name?\" said Mrs. Hollis.\n\n"
            "\"Ferrars.\"\n\n"
            "\"Mr. Ferrars. Tom, take the gentleman's bag up.\"\n\n"
            "\"What's your name, young man?\" asked Mr. Ferrars on the stairs.\n\n"
            "\"Tom, sir.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mrs. Hollis", "Mr. Ferrars", "Mrs. Hollis", "Mr. Ferrars", "Tom"]


def test_her_mother_is_the_one_mrs_of_the_scene_when_no_surname_ties_them() -> None:
    text = ("Mrs. Penge was writing letters at the bureau. Miss Kitty ran in from the garden. She had her hat in her "
            "hand.\n\n"
            "\"The Colonel is coming on Thursday!\" said Miss Kitty.\n\n"
            "Lady Orr put down her work and looked at the bureau.\n\n"
            "\"On Thursday!\" cried her mother. \"He was here on Monday.\"\n")
    assert [who for _, who, _ in said(text)] == ["Miss Kitty", "Mrs. Penge", "Mrs. Penge"]


def test_a_gendered_noun_after_a_preposition_is_not_the_paragraphs_subject() -> None:
    text = ("Mrs. Ames and her son Tom sat at supper.\n\n"
            "\"The soup is cold,\" said Tom.\n\n"
            "\"It is always cold.\"\n\n"
            "There was a pause, into which the fish arrived, borne by a maid. Mrs. Ames waited until the maid had "
            "gone out again.\n\n"
            "\"You may laugh. But I have had a letter.\"\n\n"
            "\"From whom?\"\n\n"
            "Mrs. Price came in with the pudding and set it down.\n")
    assert [who for _, who, _ in said(text)] == ["Tom", "Mrs. Ames", "Mrs. Ames", "Tom"]


def test_a_bare_name_answering_an_introduction_is_the_answerers_own() -> None:
    text = ("Mira had the waiting room to herself until a young man came in out of the rain, shaking his umbrella. "
            "Jake had missed the last train by a minute, and he looked it.\n\n"
            "\"Missed it too?\" said Mira.\n\n"
            "\"By a minute.\" He sat down at the other end of the bench. \"I'm Jake, by the way.\"\n\n"
            "\"Mira.\"\n\n"
            "\"Nice to meet you, Mira.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mira", "Jake", "Jake", "Mira", "Jake"]


def test_the_boy_is_never_a_mr_even_when_only_the_last_resort_is_left() -> None:
    text = ("Mr. Ashby had the bench by the stove, and a boy of twelve sat on a tin box by the door.\n\n"
            "\"There will be no boat tonight,\" said Mr. Ashby.\n\n"
            "\"But we were promised,\" said the boy.\n\n"
            "Nobody answered him. After a while Kit took out his knife and began to whittle a stick, and Kit's "
            "whistling filled the shed.\n")
    assert [who for _, who, _ in said(text)] == ["Mr. Ashby", "Kit"]


def test_a_first_name_written_between_title_and_surname_is_that_person_also_when_used_alone() -> None:
    text = ("\"It is a question of principle,\" said Mr. Pemberton.\n\n"
            "\"Everything is a question of money,\" said his sister. Miss Agatha Pemberton had kept house for him "
            "for thirty years.\n\n"
            "\"Agatha will take you up the tower,\" said Mr. Pemberton.\n\n"
            "\"Agatha will do nothing of the kind,\" said Agatha.\n")
    draft = adapt_document(read_text(text))
    assert "Agatha" not in {c.name for c in draft.cast.members.values()}
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Mr. Pemberton", "Miss Pemberton",
                                                                        "Mr. Pemberton", "Miss Pemberton"]


def test_a_designation_takes_its_gender_from_the_he_opening_the_next_sentence() -> None:
    text = ("The shop was empty when the stranger came in, except for the old woman behind the counter.\n\n"
            "\"I'm looking for a Mrs. Abel,\" said the stranger. He was a tall man in a long coat.\n\n"
            "\"You've found her,\" said the old woman. \"What do you want with me?\"\n\n"
            "\"I have a letter for you.\"\n")
    draft = adapt_document(read_text(text))
    stranger = next(c for c in draft.cast.members.values() if c.name == "Stranger")
    assert stranger.gender == "m"
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Stranger", "Mrs. Abel", "Mrs. Abel",
                                                                        "Stranger"]


def test_the_first_person_narrator_is_in_every_scene_for_turn_taking() -> None:
    text = ("Dev was already at the table when I got there, with a coffee he hadn't touched and his laptop open.\n\n"
            "\"You're late.\"\n\n"
            "\"The bus was late.\"\n\n"
            "\"The bus is always late. Get an earlier bus.\"\n\n"
            "I sat down and took off my wet coat. Across the room the door opened and Carla came in, shaking rain "
            "off her umbrella.\n\n"
            "\"Sorry, sorry. Have you started?\"\n\n"
            "\"We were waiting for you,\" Dev said.\n\n"
            "\"You were waiting for me,\" I said. \"I've only just got here.\"\n")
    draft = adapt_document(read_text(text))
    assert [draft.cast.display(u.speaker) for u in draft.utterances][:3] == ["Dev", "Narrator", "Dev"]


def test_there_was_a_description_still_brings_someone_new_in() -> None:
    text = ("Mrs. Lamb was baking. There was a thin old man at the back door, with a basket on his arm.\n\n"
            "\"Eggs, missus?\" said the old man.\n\n"
            "\"Not today,\" said Mrs. Lamb.\n")
    assert [who for _, who, _ in said(text)] == ["Old man", "Mrs. Lamb"]


def test_a_service_calling_among_named_people_is_still_someone_of_its_own() -> None:
    text = ("Tom and Mary had the table by the window. Tom had his back to the room. The waiter brought the menus, "
            "and he stood by while they "
            "read them.\n\n"
            "\"The sole is very good tonight,\" said the waiter.\n\n"
            "\"Then I'll have the sole,\" said Mary.\n\n"
            "\"And I'll have whatever is quickest,\" said Tom.\n")
    assert [who for _, who, _ in said(text)] == ["Waiter", "Mary", "Tom"]


def test_a_question_met_by_a_hesitation_is_asked_again_by_the_asker() -> None:
    text = ("Nell and Jo were painting the banner on the kitchen floor, and Sid was eating toast.\n\n"
            "\"What does it say?\" said Sid.\n\n"
            "\"Happy retirement,\" said Jo.\n\n"
            "\"And the other side?\" said Sid.\n\n"
            "Nell hesitated.\n\n"
            "\"Nell. What does the other side say?\"\n")
    assert [who for _, who, _ in said(text)][-1] == "Sid"


def test_a_voice_from_the_door_is_whoever_the_narration_brings_in_next() -> None:
    text = ("Mrs. Dale and her daughter Rose were at their sewing by the window.\n\n"
            "\"Your father will be late again,\" said Mrs. Dale.\n\n"
            "\"He is never late for his dinner,\" said Rose.\n\n"
            "\"Nor is he tonight,\" said a voice from the door.\n\n"
            "Mr. Dale came in, shaking the snow from his hat, and kissed them both.\n\n"
            "\"You are frozen,\" said Rose.\n")
    assert [who for _, who, _ in said(text)] == ["Mrs. Dale", "Rose", "Mr. Dale", "Rose"]


def test_a_name_the_narrator_calls_in_their_own_lines_is_not_the_narrators() -> None:
    text = ("I met Sam at the school gate, the way I always did on Fridays, and we walked down to the river "
            "together. I had my bag and my coat and my bad news.\n\n"
            "\"Look, Sam. I told you already,\" I said. \"I can't come on Saturday.\"\n\n"
            "\"You never come on Saturdays.\"\n\n"
            "\"Come on, Sam. It's not my fault.\"\n\n"
            "He kicked a stone into the water and didn't answer.\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.first_person and draft.cast.members["narrator"].name == "Narrator"
    assert [draft.cast.display(u.speaker) for u in draft.utterances][:2] == ["Narrator", "Narrator"]
