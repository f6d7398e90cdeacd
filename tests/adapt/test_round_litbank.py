"""Rules from reading the misses on LitBank's openings (read from a copy outside the repository, twenty-fourth
session): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from tests.adapt.conftest import said


YARD = ("The coach stopped at the Crown in the last of the light, and a stout innkeeper came out into the yard with a "
        "lantern.\n\n"
        "\"Good evening, Mr. Hale,\" said the innkeeper. \"You are late tonight.\"\n\n"
        "\"The roads are bad,\" said Mr. Hale, climbing down.\n\n"
        "\"Come in, then,\" said the innkeeper, \"and warm yourself.\"\n")


def test_the_name_a_newcomer_calls_in_their_own_line_is_not_theirs() -> None:
    """'a stout innkeeper' … '"Good evening, Mr. Hale," said the innkeeper': the innkeeper calls Mr. Hale, so is not
    him (before: the innkeeper was taken for Mr. Hale, the first name called after he came in, and his lines were
    Mr. Hale's)."""
    assert [speaker for _text, speaker, _evidence in said(YARD)] == ["Innkeeper", "Innkeeper", "Mr. Hale", "Innkeeper"]


def test_a_bare_name_opening_a_line_may_be_the_speakers_own_and_is_kept_as_before() -> None:
    """'"Hobday," said the old man' gives his name: the old man may still be Mr. Hobday."""
    text = ("A little old man who had been asleep in the corner opened one eye.\n\n"
            "\"I don't know your name, sir,\" said the young gentleman.\n\n"
            "\"Hobday,\" said the old man, closing the eye again. \"Hobday, of the Customs.\"\n\n"
            "\"Don't mind Mr. Hobday,\" said the lady. \"He is always like that.\"\n")
    assert said(text)[1][1] == "Mr. Hobday"


HALL = ("Tom stood up and stretched. \"I must go to bed. Good night.\" He took a candle from the table and went out, "
        "and for a while nobody said anything at all; then Mrs. Ames spoke. \"Well, I know who he was thinking of.\"\n")


def test_a_sentence_ending_on_spoke_leads_into_the_quote_after_it_and_not_the_one_before() -> None:
    """'…; then Mrs. Ames spoke. "Well, …"' is her line; the paragraph's first line, before that narration, stays
    Tom's (before: the paragraph's one speaker, Tom, took both)."""
    assert said(HALL) == [("I must go to bed. Good night.", "Tom", "beat"),
                          ("Well, I know who he was thinking of.", "Mrs. Ames", "tag")]


def test_a_title_inside_a_lead_in_does_not_end_its_sentence() -> None:
    """'Then Mrs. Ames said, "…"': the lead-in's subject is Mrs. Ames, not an 'Ames' cut from her title (before: no
    one, as 'Mrs. ' was read as a sentence's end)."""
    text = "Tom went out. Mrs. Ames sat by the fire.\n\nThen Mrs. Ames said, \"He will be back.\"\n"
    assert said(text) == [("He will be back.", "Mrs. Ames", "tag")]


def test_a_hyphened_calling_is_a_calling() -> None:
    """'laughed the saloon-keeper': someone known as the saloon-keeper (before: no one, and the line went to the last
    man named)."""
    text = ("Buck lay in the corner of the shed while the man counted the money.\n\n"
            "\"It'll be because you were born to hang,\" laughed the saloon-keeper. \"Here, lend me a hand.\"\n\n"
            "\"All I get is fifty for it,\" said Manuel.\n")
    assert [speaker for _text, speaker, _evidence in said(text)] == ["Saloon-keeper", "Saloon-keeper", "Manuel"]


def test_he_added_goes_on_from_the_line_before_it_in_the_paragraph() -> None:
    """'"…," laughed the saloon-keeper. "Here, lend me a hand," he added.': the keeper adds it (before: the 'he' took the
    last man the narration made a subject of)."""
    text = ("The kidnapper undid the wrappings and looked at his hand. Manuel watched him.\n\n"
            "\"It'll be because you were born to hang,\" laughed the saloon-keeper. "
            "\"Here, lend me a hand before you go,\" he added.\n")
    assert [speaker for _text, speaker, _evidence in said(text)] == ["Saloon-keeper", "Saloon-keeper"]


def test_a_line_between_a_nod_and_the_other_ones_tag_is_the_nodders() -> None:
    """'"You too?" / Tom nodded. / "Two months ago." / "Gratuity?" hinted Ann.': Ann does not speak twice running; the
    line before her tagged one is the other person's (before: a nod was read as Tom's turn, and the line went to Ann)."""
    text = ("\"You were a shocking liar,\" said Ann.\n\nTom chuckled.\n\n\"I should think I was!\"\n\n"
            "Ann sighed.\n\n\"Yes. You too?\"\n\nTom nodded.\n\n\"Two months ago.\"\n\n\"Gratuity?\" hinted Ann.\n\n\"Spent.\"\n")
    assert [speaker for _text, speaker, _evidence in said(text)] == ["Ann", "Tom", "Ann", "Tom", "Ann", "Tom"]


def test_a_name_someone_is_known_as_is_theirs() -> None:
    """'Miss Prudence Cowley, known to her friends for some reason as "Tuppence"': one woman, shown as Tuppence, the
    name the text uses most (before: 'Prudence', 'Miss Cowley' and 'Tuppence' were three people)."""
    text = ("\"Now then,\" said Tommy, \"where shall we go?\"\n\n"
            "The anxiety in his voice did not escape Miss Prudence Cowley, known to her friends for some reason as "
            "\u201cTuppence.\u201d She pounced at once.\n\n"
            "\"Tommy, you're stony!\"\n\n\"Not a bit of it,\" said Tommy.\n\n\"You are,\" said Tuppence. Tuppence laughed.\n")
    draft = adapt_document(read_text(text))
    assert [(cid, m.name) for cid, m in draft.cast.members.items()] == [("tommy", "Tommy"), ("tuppence", "Tuppence")]
    assert draft.cast.lookup("Prudence") == "tuppence"
    assert [speaker for _text, speaker, _evidence in said(text)] == ["Tommy", "Tuppence", "Tommy", "Tuppence"]


INN = ('When I came to the door of the inn a cheery old woman met me, and I followed her up the stairs.\n\n'
       '"Must you go? Oh, young sir, must you go?" She was in such a state that she could hardly speak. When I told '
       'her that I must go at once, she asked again:\n\n'
       '"Do you know what day it is?" I answered that it was the fourth of May. She shook her head as she said again:\n\n'
       '"Oh, yes! I know that! But do you know what day it is?"\n\n'
       'She saw, I suppose, the doubt in my face, for she put the rosary round my neck, and said, "For your '
       'mother\'s sake," and went out of the room.\n')


def test_a_lead_in_after_a_quote_a_reply_in_indirect_speech_and_a_parenthetical_i() -> None:
    """Three slips, each giving the old woman's lines to the 'I' who tells the story: a paragraph's narration after its
    quote ending 'she asked again:' leads into the next paragraph's line; 'I answered that it was…' after a question
    is the reply, not a tag of the question; in 'She saw, I suppose, …, for she put … and said,' the one who says
    it is the sentence's subject, not the 'I' of 'I suppose'."""
    assert said(INN) == [("Must you go? Oh, young sir, must you go?", "Old woman", "beat"),
                         ("Do you know what day it is?", "Old woman", "tag-pronoun"),
                         ("Oh, yes! I know that! But do you know what day it is?", "Old woman", "tag-pronoun"),
                         ("For your mother's sake,", "Old woman", "tag-pronoun")]


def test_a_full_names_face_is_its_owners_act() -> None:
    """'John Linden's face brightened up. / "…," he said': he is John Linden (before: a full name before a possessive
    was only an owner, as in 'Lena Marsh's mother', and the 'he' went to the last man who spoke)."""
    text = ("Florence sat by the fire. Curtis looked at his uncle and shrugged.\n\n"
            "\"It is folly to hope,\" he said.\n\n"
            "\"How can you speak so, Curtis?\" she exclaimed. \"I have a presentiment that Harvey still lives.\"\n\n"
            "John Linden's face brightened up.\n\n"
            "\"You, too, believe it possible, Florence?\" he said, eagerly.\n")
    assert said(text)[-1] == ("You, too, believe it possible, Florence?", "John", "tag-pronoun")


def test_what_i_read_aloud_is_mine() -> None:
    """'… I read his record aloud. / "Mortimer, James, …"': the reader's line, read from the narration that leads into it
    (before: only the order of the lines said so, and in LitBank's Hound of the Baskervilles it gave it to Holmes)."""
    text = ("I had been sitting by the window with my paper when I heard the bell, and I knew the step on the stair. "
            "I said nothing. I waited, and I watched my friend. Holmes pushed the directory across the table to me.\n\n"
            "\"Look him up,\" said he. \"I fancy you will find him.\" I took down the book and turned up the name. There were several, but only one who could be our visitor. "
            "I read his record aloud.\n\n"
            "\"Mortimer, James, M.R.C.S., 1882, house-surgeon at the hospital.\"\n\n"
            "\"Hum!\" said Holmes.\n")
    assert said(text)[2] == ("Mortimer, James, M.R.C.S., 1882, house-surgeon at the hospital.", "Narrator", "tag-pronoun")


def test_going_on_is_a_speech_verb() -> None:
    """'… by turning his eyes over the rest of the room and going on: "…"': a lead-in, as 'went on' is (before: only
    the order of the lines gave it, which in LitBank's Turn of the Screw went to the narrator)."""
    text = ("\"Nobody but me has ever heard it,\" said Douglas. \"It's quite too horrible.\"\n\n"
            "\"How delicious!\" said Mrs. Griffin.\n\n"
            "This was declared by several voices to give the thing its price, and Douglas prepared his triumph by "
            "turning his eyes over the rest of the room and going on: \"It's beyond everything.\"\n")
    assert said(text)[-1] == ("It's beyond everything.", "Douglas", "tag")


def test_her_cousin_is_not_she() -> None:
    """'"Florence," said her cousin, "…"': the tag's 'her' owns the cousin and is nobody who speaks; the line is the
    cousin's, found from the narration before it (before: 'her' was read as a 'she said', which in LitBank's Adrift in
    New York found only Florence, whom the line calls, and left the line to no one)."""
    text = ("\"Let me help you, Uncle John,\" said Florence.\n\n\"It is too much for you, my child.\"\n\n"
            "\"I, too, can help,\" said Curtis.\n\n"
            "John Linden, helped on either side by his nephew and niece, left the room.\n\n"
            "Curtis and Florence returned to the library.\n\n"
            "\"Florence,\" said her cousin, \"my uncle's wishes make it right that there should be an understanding "
            "between us.\"\n")
    assert said(text)[-1][1:] == ("Curtis", "lead-in")
