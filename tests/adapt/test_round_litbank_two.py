"""Rules from reading the misses on LitBank's openings again (read from a copy outside the repository,
twenty-fifth session): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from tests.adapt.conftest import said


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


CARRIAGE = ("Ellen sat by the window of the carriage and watched the fields go by. She was nineteen, and had never been "
            "so far from home.\n\n"
            "\"That,\" said a voice at her elbow, \"is the finest mill in the county.\"\n\n"
            "\"Is it?\" she answered.\n\n"
            "{who} He leaned over to look out of the window with her.\n\n"
            "\"My uncle built it,\" he said.\n")


def test_a_voice_inside_a_broken_line_is_the_one_the_narration_brings_in_after_the_reply() -> None:
    """'"That," said a voice at her elbow, "is…"' / '"Is it?" she answered.' / 'A young man had taken the seat
    beside her.': the voice is the young man's (before: a tag inside a broken line was never read as a voice, and
    the one brought in after the reply was past the search; the line was Ellen's, from the paragraph before)."""
    text = CARRIAGE.format(who="A young man had taken the seat beside her at the last station.")
    assert [speaker for _text, speaker, _evidence in said(text)] == ["Young man", "Ellen", "Young man"]


def test_a_voice_is_the_stranger_she_was_conscious_of() -> None:
    """'For some time she had been conscious of a man behind.': a man no description names is the voice."""
    text = CARRIAGE.format(who="For some time she had been conscious of a man behind.")
    assert [speaker for _text, speaker, _evidence in said(text)][:2] == ["Man", "Ellen"]


def cast_names(text: str) -> list[str]:
    draft = adapt_document(read_text(text))
    return sorted(m.name for m in draft.cast.members.values() if not m.narrator)


def test_a_name_given_as_what_someone_was_termed_is_theirs() -> None:
    """'Henrietta Vane, or Aunt Hetty, as she had long been called': one woman (before: two, as a first name and
    another one in the same sentence are two people)."""
    text = ("Henrietta Vane, or Aunt Hetty, as she had long been called by the whole street, opened the door.\n\n"
            "\"You're late,\" said Hetty.\n\n"
            "\"I missed the tram,\" said Tom.\n\n"
            "Henrietta Vane sniffed. \"Trams,\" she said.\n")
    names = cast_names(text)
    assert len(names) == 2 and "Tom" in names and any("Hett" in n or "Henrietta" in n for n in names)


def test_a_pet_name_that_does_not_begin_like_the_full_one_is_the_same_person() -> None:
    """'Bertie' for Albert ('Hetty' for Henrietta, 'Hank' for Henry…): one person (before: two, as 'Bertie' is no
    stem of 'Albert' the short-form rule can find)."""
    text = ("Caroline Dunn came down to breakfast late. Her brother Albert was reading.\n\n"
            "\"You look tired,\" said Albert.\n\n"
            "Carrie poured the tea without a word. Bertie turned a page.\n\n"
            "\"I slept badly,\" said Carrie.\n")
    draft = adapt_document(read_text(text))
    assert len(draft.cast.members) == 2 and draft.cast.lookup("Bertie") == draft.cast.lookup("Albert") is not None


CHURCHYARD = ("The women of the town stood about the door of the church in a crowd, talking loudly of the trial. "
              "Elizabeth Hale stood a little apart from them.\n\n"
              "\"Neighbours,\" said a hard-featured dame of fifty, \"I'll tell ye what I think.\"\n\n"
              "\"And what is that?\" asked a young wife beside her.\n\n"
              "\"That she ought to hang,\" said the dame.\n")


def test_a_woman_brought_in_by_her_own_tag_is_someone_new_and_the_same_again() -> None:
    """'said a hard-featured dame of fifty', 'asked a young wife beside her': someone not met before, with no calling
    to be known by, is still someone new (before: both were Elizabeth, the one woman named); 'said the dame' is
    the dame again (before: Elizabeth, whom the line before was taken to address)."""
    assert [speaker for _text, speaker, _evidence in said(CHURCHYARD)] == ["Dame", "Wife", "Dame"]


def test_a_common_word_that_speaks_after_lines_is_a_name() -> None:
    """'"…," Irish laughed.' twice: a nickname that is also a nationality is a name in this text (before: 'Irish' was
    never anyone, and its lines went to the last man named)."""
    text = ("\"Look at him go,\" said Pink.\n\n"
            "\"Why, you don't think he could rope anything, do you?\" Irish laughed. \"He throws too much slack.\"\n\n"
            "\"Aw,\" said Weary, \"leave him be.\"\n\n"
            "\"I only say what I see,\" Irish agreed.\n")
    assert [speaker for _text, speaker, _evidence in said(text)] == ["Pink", "Irish", "Irish", "Weary", "Irish"]


def test_a_captain_no_pronoun_follows_is_taken_for_a_man() -> None:
    """'Captain Rook looked at the water' before '"…," he said': a rank most stories give a man is a weak vote for
    his gender, so the 'he' can be him (before: of no known gender, he lost the 'he' to Tom, a man who had spoken)."""
    text = ("Mary Sefton walked along the quay with Captain Rook. Tom Bell came running up to them.\n\n"
            "\"The boat is in,\" said Tom.\n\n"
            "Captain Rook looked at the water for a while.\n\n"
            "\"Then we sail tonight,\" he said.\n")
    assert [speaker for _text, speaker, _evidence in said(text)][-1] == "Captain Rook"


def test_the_tellers_relation_acting_in_narration_is_the_she_of_the_next_tag() -> None:
    """'I thought so too, but my aunt did not agree.' / '"Well, no," she said': the aunt 'said my aunt' made, not
    the last woman the narration named (before: the teller's relation in narration was no mention)."""
    text = ("I went to the fair with my aunt and my cousin Jane Ross. I was twelve that summer, and I had never seen "
            "so many people in one field; I held my aunt's hand the whole way in.\n\n"
            "\"Look at the horses,\" said my aunt.\n\n"
            "\"They are very fine,\" said Jane Ross. \"Mine would beat them all.\"\n\n"
            "I thought the same, but my aunt did not join with us.\n\n"
            "\"Well, no,\" she said, \"you must not boast.\"\n")
    assert [speaker for _text, speaker, _evidence in said(text)][-1] == "Aunt"


def test_a_man_named_once_pages_back_is_no_he_of_the_talk() -> None:
    """'a coat like Lord Nelson's', once, long before: the 'he said to Walter' is the guide who spoke (of no gender
    the text tells), not Nelson (before: the last man the scene had named, however long ago, came before a speaker of
    no told gender)."""
    text = ("Walter Pike wore a coat like Lord Nelson's, and was proud of it. " + "The river ran high that spring. " * 150
            + "\n\n\"You're the last tonight,\" said the guide.\n\n"
            "\"Then I'm lucky,\" said Walter.\n\n"
            "\"That's a fine coat,\" he said to Walter.\n")
    assert [speaker for _text, speaker, _evidence in said(text)][-1] == "Guide"


PORCH = ("The stranger came up the path with a sack over his shoulder, and Rex barked at him from the porch.\n\n"
         "\"Nice dog,\" said Tom Hale, coming out to meet him.\n\n"
         "Rex sprang at the stranger's hand, but Tom caught him by the collar. \"He's got a temper,\" the man said, "
         "rubbing his wrist.\n")


def test_the_man_of_a_tag_is_not_one_his_paragraph_calls_by_name() -> None:
    """'… but Tom caught him by the collar. "He's got a temper," the man said': a writer who meant Tom would have
    written 'he' or 'Tom'; the man is someone else, never the dog either (before: Tom, the paragraph's last man)."""
    assert [speaker for _text, speaker, _evidence in said(PORCH)] == ["Tom", "Man"]


def test_the_man_of_a_tag_is_still_the_one_a_description_brought_in() -> None:
    """A man the narration described ('a fearful man') is still 'the man' of a tag after 'Pip held still.' in his
    paragraph (before: Pip, the paragraph's one man named)."""
    text = ("Pip was alone among the graves when a fearful man with a great iron on his leg started up from behind the "
            "porch.\n\n"
            "\"Hold still,\" said the man. Pip held still. \"Tell us your name,\" the man said.\n")
    assert [speaker for _text, speaker, _evidence in said(text)] == ["Fearful man", "Fearful man"]
