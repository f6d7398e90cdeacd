"""People known only by a description ('an old sailor came in', 'said the landlord') become cast
members of their own; an untagged run is read backward from the tagged line after it when the forward
reading makes one person speak twice running. Small hand-written texts."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from tests.adapt.conftest import said


SAILOR = ("Martha sat by the fire with her knitting. The door opened and an old sailor came in, shaking the "
          "rain from his hat.\n\n"
          "\"A foul night,\" said the sailor.\n\n"
          "\"It is,\" said Martha. \"Will you sit down?\"\n\n"
          "\"Thank you, ma'am. I will.\"\n\n"
          "The landlord brought him a glass of rum.\n\n"
          "\"Where are you bound?\" asked the landlord.\n\n"
          "\"Nowhere, these days,\" he said. \"I have done with the sea.\"\n\n"
          "\"Then you will stay the winter?\"\n\n"
          "\"If you will have me.\"\n")


def test_someone_met_as_an_old_sailor_and_never_named_is_the_sailor() -> None:
    lines = said(SAILOR)
    assert [who for _, who, _ in lines] == ["Sailor", "Martha", "Martha", "Sailor", "Landlord", "Sailor",
                                            "Sailor", "Landlord", "Sailor"]


def test_a_designation_takes_its_gender_from_the_sentence_that_brings_it_in() -> None:
    draft = adapt_document(read_text(SAILOR))
    sailor = next(c for c in draft.cast.members.values() if c.name == "Sailor")
    assert sailor.designation and sailor.gender == "m" and not sailor.tokens


def test_a_role_the_narration_ties_to_a_name_is_still_that_person() -> None:
    text = ("Tom stood in the hall. A landlady came down the stairs; this was Mrs. Quill, who kept the house.\n\n"
            "\"You'll be wanting the back room,\" said the landlady.\n\n"
            "\"If it is free,\" said Tom.\n")
    assert said(text)[0][1] == "Mrs. Quill"


def test_a_called_maid_no_name_is_tied_to_is_the_maid() -> None:
    text = ("Lady Anne was writing letters. Sir Hugh read the paper.\n\n"
            "\"The carriage is at the door, my lady,\" said the maid.\n\n"
            "\"Thank you,\" said Lady Anne.\n")
    assert said(text)[0][1] == "Maid"


def test_an_untagged_run_is_read_backward_from_the_tag_that_ends_it() -> None:
    text = ("Ann sat by the window. Ben came in with the post.\n\n"
            "\"Anything for me?\" said Ann.\n\n"
            "\"Two letters,\" said Ben. \"And a parcel.\"\n\n"
            "\"Open it.\"\n\n"
            "\"Please.\"\n\n"
            "\"Oh, very well,\" said Ben.\n")
    lines = said(text)
    assert [who for _, who, _ in lines] == ["Ann", "Ben", "Ben", "Ann", "Ann", "Ben"]
    assert lines[4][2] == "turn-back" and lines[3][2] == "turn-taking"  # the nearer half only


def test_a_run_that_alternates_into_its_tag_is_left_alone() -> None:
    text = ("Ann sat by the window. Ben came in with the post.\n\n"
            "\"Anything for me?\" said Ann.\n\n"
            "\"Two letters,\" said Ben.\n\n"
            "\"Open them.\"\n\n"
            "\"Open them yourself,\" said Ben.\n")
    assert [e for _, _, e in said(text)] == ["tag", "tag", "turn-taking", "tag"]


CAPTAIN = ("The Captain had lived at the end of the lane for twenty years, and in all that time he had never once "
           "been seen without his pipe. Mr. Ferris, the new curate, found him in the garden on a Tuesday, digging "
           "potatoes.\n\n"
           "\"Good morning,\" said Mr. Ferris.\n\n"
           "\"Is it?\" said the Captain, without looking up.\n\n"
           "\"I hoped you might come to church on Sunday.\"\n\n"
           "\"You hoped wrong, then.\"\n")


def test_the_captain_written_like_a_name_and_borne_by_no_one_named_is_a_person() -> None:
    assert [who for _, who, _ in said(CAPTAIN)] == ["Mr. Ferris", "Captain", "Mr. Ferris", "Captain"]


def test_the_captain_with_a_captain_named_is_that_captain() -> None:
    text = CAPTAIN.replace("Mr. Ferris, the new curate,", "Mr. Ferris, the new curate, who had been told of Captain "
                           "Brand,")
    assert said(text)[1][1] == "Captain Brand"


def test_a_young_girl_no_name_follows_is_the_young_girl() -> None:
    text = ("Mrs. Hale was shelling peas on the step when a young girl came up the path.\n\n"
            "\"Is the doctor in?\" asked the young girl.\n\n"
            "\"He is out,\" said Mrs. Hale.\n")
    assert [who for _, who, _ in said(text)] == ["Young girl", "Mrs. Hale"]


def test_a_girl_met_so_and_named_later_in_the_scene_is_not_made_a_person_of_her_own() -> None:
    text = ("\"Wait for me!\" a small red-haired girl called out, running after the cart. She had been looking for "
            "it all morning, up one lane and down the next, past the mill and the smithy and the church, and her "
            "shoes were full of dust. " * 3 + "\n\n"
            "The carter stopped. \"Anna Price, is that you?\" said Tom Carter.\n\n"
            "\"It is,\" said Anna.\n")
    draft = adapt_document(read_text(text))
    assert not any(c.designation for c in draft.cast.members.values())


def test_said_the_driver_of_a_driver_never_named_is_the_driver() -> None:
    text = ("The cab pulled up outside the hotel a little after midnight. Eleanor paid the driver and stood for a "
            "moment on the wet pavement.\n\n"
            "\"You sure this is the place, miss?\" the driver asked.\n\n"
            "\"Quite sure, thank you.\"\n\n"
            "\"Only it's not the sort of place a young lady comes alone.\"\n\n"
            "\"Then it's as well I am not a young lady,\" said Eleanor, and went in.\n\n"
            "The night porter looked up from his newspaper.\n\n"
            "\"Can I help you, madam?\"\n\n"
            "\"I believe my brother is staying here.\"\n")
    assert [who for _, who, _ in said(text)] == ["Driver", "Eleanor", "Driver", "Eleanor", "Porter", "Eleanor"]


def test_first_person_told_in_the_present_i_say_is_the_narrator() -> None:
    text = ("I find Jess on the back step, smoking the cigarette she swore she'd given up.\n\n"
            "\"Don't,\" she says, before I can open my mouth.\n\n"
            "\"I wasn't going to say anything.\"\n\n"
            "\"You were. You had your face on.\"\n\n"
            "I sit down beside her. The concrete is cold through my jeans.\n\n"
            "\"Mum called,\" I say.\n\n"
            "\"And?\"\n\n"
            "\"And she wants us both there on Sunday. No excuses.\"\n\n"
            "Jess laughs, a short ugly sound. \"She can want.\"\n\n"
            "She grinds the cigarette out on the step and flicks it into the flowerbed.\n\n"
            "\"Fine,\" I tell her. \"I'll say you're ill.\"\n\n"
            "\"Say what you like.\"\n")
    draft = adapt_document(read_text(text))
    assert draft.cast.first_person and draft.cast.members["narrator"].name == "Narrator"  # not "Fine"
    assert [u.speaker for u in draft.utterances] == ["jess", "narrator", "jess", "narrator", "jess", "narrator",
                                                     "jess", "narrator", "narrator", "jess"]


def test_the_boy_in_a_scene_with_no_man_or_boy_named_is_the_boy() -> None:
    text = ("When Harriet came back from the village, the boy was waiting by the gate again. She had seen him "
            "twice that week. He was perhaps ten, thin and dirty, with a cap too big for him.\n\n"
            "\"You the lady from the big house?\"\n\n"
            "\"I am. Who wants to know?\"\n\n"
            "\"Man gave me a shilling to give you this.\" He held out a folded paper.\n\n"
            "Harriet took it. \"What man?\"\n\n"
            "\"Tall man. Had a limp.\"\n")
    assert [who for _, who, _ in said(text)][2:] == ["Boy", "Harriet", "Boy"]


def test_the_man_in_a_scene_where_a_man_is_named_is_still_him() -> None:
    text = ("Tom Ashby came into the kitchen. The man was soaked to the skin.\n\n"
            "\"Is there tea?\" said the man.\n\n"
            "\"There is,\" said Harriet.\n")
    draft = adapt_document(read_text(text))
    assert not any(c.designation for c in draft.cast.members.values())
    assert draft.cast.display(draft.utterances[0].speaker) in ("Tom", "Ashby", "Tom Ashby")


# Hard-wrapped, as a plain-text edition is: a sentence runs over line breaks. The clerk is sent for, then the
# scene goes on for pages before Ruth Marsh, a newcomer, is named: she is not the clerk, and 'the clerk'
# goes on being him.
CLERK = ("Mr. Thorne had locked the safe himself, and he said so twice. A clerk\n"
         "was sent up from the bank at once, so that he could count what was left\n"
         "before the night was out.\n\n"
         "\"Is it all gone?\" asked Mr. Thorne.\n\n"
         "\"Not all of it,\" said the clerk.\n\n"
         + "The lamp smoked and the two men bent over the ledgers, line by line, while the clock on the\n"
           "landing struck the quarters and the rain came and went against the glass of the window.\n\n" * 8
         + "At last Ruth Marsh came up the stairs with a tray of tea and set it down between them.\n\n"
           "\"You will both be ill,\" she said.\n\n"
           "The clerk shook his head and went on counting.\n\n"
           "\"Forty pounds short,\" he said at last.\n")


def test_a_role_met_indefinitely_is_not_a_newcomer_named_pages_later_nor_of_the_other_gender() -> None:
    lines = said(CLERK)
    assert [who for _, who, _ in lines] == ["Mr. Thorne", "Clerk", "Ruth Marsh", "Clerk"]


def test_a_role_met_indefinitely_takes_the_gender_of_its_sentence_even_over_a_line_break() -> None:
    near = CLERK.replace(CLERK[CLERK.index("The lamp smoked"):CLERK.index("At last")], "")  # she comes at once
    assert [who for _, who, _ in said(near)] == ["Mr. Thorne", "Clerk", "Ruth Marsh", "Clerk"]


def test_one_known_by_a_calling_who_is_there_when_the_talk_resumes_answers_not_the_earlier_partner() -> None:
    """The breakfast talk is over; the narration brings the clerk in as its subject, and Mr. Lyle speaks: the clerk
    answers him, not Mrs. Lyle, who spoke before the narration and is not in it."""
    text = ("Mrs. Lyle and her husband talked of the theft over breakfast.\n\n"
            "\"We must send to the bank,\" said Mrs. Lyle.\n\n\"I have sent already,\" said Mr. Lyle.\n\n"
            "The clerk was waiting in the hall when Mr. Lyle came down. They went into the study together.\n\n"
            "\"Well?\" said Mr. Lyle.\n\n\"I have news, sir.\"\n\n\"Out with it.\"\n\n\"The butler has money in the bank.\"\n")
    assert [who for _, who, _ in said(text)] == ["Mrs. Lyle", "Mr. Lyle", "Mr. Lyle", "Clerk", "Mr. Lyle", "Clerk"]
    # when the narration makes Mrs. Lyle a subject too, she is still in the talk: the usual turns
    still = text.replace("came down.", "came down. Mrs. Lyle followed him.")
    assert [who for _, who, _ in said(still)][3:] == ["Mrs. Lyle", "Mr. Lyle", "Mrs. Lyle"]


def test_a_stranger_brought_in_by_a_mans_voice_is_a_man_not_the_hero_of_the_next_chapter() -> None:
    # a prologue: 'A man's voice beside her' is all that brings him in; the one man of the cast is Rafe, met only in
    # chapter one. Before: the man's lines were Rafe's (the one 'he' of the cast).
    text = ("PROLOGUE\n\nThe ferry was burning. A woman stood alone at the rail.\n\n"
            "\"Take this.\"\n\n"
            "A man's voice beside her made her turn. He was pale and shaking.\n\n"
            "\"Why me?\" she asked.\n\n"
            "\"Because no one will look for it on you,\" he said.\n\n\n"
            "CHAPTER I.\n\nRafe Dorn came down the steps of the bank. \"Morning,\" said Rafe. Rafe lit his pipe.\n")
    lines = said(text)
    assert [who for _, who, _ in lines[:3]] == ["Man", "Woman", "Man"], lines


def test_said_a_woman_in_the_crowd_is_someone_new_not_the_last_one_named() -> None:
    # a crowd on a quay: 'cried a woman in the crowd' is no one met before the tag, so she is the one the text knows
    # by that alone; before, the tag's 'woman' was resolved like a 'she', to the one woman named (the ship)
    text = ("The brig Hesper came round the point at noon, and Maud Penrose ran down to the quay to see her in.\n\n"
            "\"She's low in the water,\" said Maud.\n\n"
            "\"Low!\" cried a woman in the crowd. \"She's half sunk, more like!\"\n\n"
            "\"Hold your noise,\" said a sailor from the bollard.\n")
    lines = said(text)
    assert [who for _, who, _ in lines] == ["Maud Penrose", "Woman in the crowd", "Woman in the crowd", "Sailor"], lines


def test_two_of_a_kind_told_apart_by_elder_and_younger_are_two_people() -> None:
    # 'the elder heron' and 'the younger heron', never named: two speakers (before: one 'Heron' with all their lines)
    text = ("Two herons stood in the shallows. Otter swam past them.\n\n"
            "\"The water is too cold,\" said the elder heron.\n\n"
            "\"It is not,\" said the younger heron. \"It is only early.\"\n\n"
            "\"Early is cold,\" said the elder heron.\n\n"
            "\"Then fly south,\" said Otter.\n")
    assert [who for _, who, _ in said(text)] == ["Elder heron", "Younger heron", "Younger heron", "Elder heron", "Otter"]


def test_the_boy_a_scene_brought_in_as_a_boy_is_that_boy_not_a_grown_man_of_it() -> None:
    # 'a boy of about ten' is brought in; 'cried the boy' then is him, not the pier-master (the one untitled man of the
    # scene, whom 'the boy' had gone to as a plain 'he' would)
    text = ("The pier-master walked along the quay with Captain Roper. At the very edge stood a boy of about ten, "
            "bare-headed, watching the sea.\n\n"
            "\"Stand back there,\" said the pier-master.\n\n"
            "\"I can swim,\" cried the boy.\n\n"
            "\"So could your father,\" said Captain Roper.\n\n"
            "\"He still can!\" cried the boy.\n")
    assert [who for _, who, _ in said(text)] == ["Pier-master", "Boy", "Captain Roper", "Boy"], said(text)
