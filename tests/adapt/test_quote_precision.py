"""Quote detection on published prose: one line where a tag or an aside breaks one speech, and quoted words that
are not speech left in the narration; each on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def lines(text: str) -> list[tuple[str, str | None]]:
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker)) for u in draft.utterances]


CARTER = """Tom stopped the cart at the bridge, and Nell climbed down after him.

"Oh, bother!" said Nell; "I have left the key at the inn."

"Hush!" said Tom with a glance at the hedge, "somebody is listening."

"Wait!" said Tom, frowning: "Did you hear that?"

"You will find it, Nell." (He laid the map on the wall.) "It is under the third stone."

"No," she said. "I will not go back for it."
"""


def test_a_speech_broken_by_a_tag_that_ends_on_no_full_stop_is_one_line() -> None:
    """A tag ending on a semicolon or a colon, a tag before words that go on in lower case, and an aside in
    brackets part no speech; a tag that ends a sentence still parts two lines. Before: the first four speeches
    were two lines each (the join asked for a piece cut at a comma and a tag ending on a comma)."""
    assert lines(CARTER) == [
        ("Oh, bother! I have left the key at the inn.", "Nell"),
        ("Hush! somebody is listening.", "Tom"),
        ("Wait! Did you hear that?", "Tom"),
        ("You will find it, Nell. It is under the third stone.", "Tom"),
        ("No,", "Nell"),
        ("I will not go back for it.", "Nell"),
    ]


PARISH = """Mr. Penrose was the parish's great authority on "proper" conduct, and he had views on the "new families" at
the mill cottages and on the "Quarry Arms," which he had never entered.

"They hang their washing out on a Sunday," said Mr. Penrose.

"Do they?" said Ada. She gave a small "hm" that committed her to nothing, for she had been reading "Sylvia's
Lovers" all afternoon, and she went back to it.

Mr. Penrose rose, muttered "Good day," and took his hat.
"""


def test_words_quoted_inside_a_sentence_of_narration_are_not_lines() -> None:
    """A few words quoted right after a word of narration ('authority on "proper" conduct', 'the "Quarry Arms,"',
    'reading "Sylvia's Lovers"') are stressed or named, not said, and stay in the narration; words after a
    verb of saying ('muttered "Good day,"') and a sound or a question ('a small "hm"') are still said. Before: the
    four named ones were lines too."""
    assert [text for text, _ in lines(PARISH)] == ["They hang their washing out on a Sunday,", "Do they?", "hm",
                                                   "Good day,"]


FIRESIDE = """Tom and Nell sat by the fire until the clock struck eleven.

"I am going up to bed." Nell looked up from her book and said: "Good night, then."
"""


def test_a_new_sentence_of_narration_ending_on_a_colon_is_no_tag_of_the_piece_before() -> None:
    """After a piece that ends a sentence, narration that opens as a new sentence with someone else doing something
    ('Nell looked up from her book and said:') tags the piece after it, not the one before: two lines. Before: the
    colon joined them into one line of Nell's."""
    assert [text for text, _ in lines(FIRESIDE)] == ["I am going up to bed.", "Good night, then."]


def test_speech_in_single_marks_with_a_quotation_in_double_marks_inside_it() -> None:
    """British marks: the speech is in single quotes, and a phrase quoted inside it in doubles does not make the
    doubles the text's speech marks; the narration's pronouns are read outside the single-quoted speech."""
    text = ("Maud set the kettle down with a thump. 'If you say \"I told you so\", Pell, I will scream.'\n\n"
            "'I wasn't going to say anything,' said Pell.\n\n"
            "'You were.'\n\n"
            "'I was going to say—'\n\n"
            "'Don't.' She pushed her hair out of her face. Kit, very wisely, said nothing at all.\n\n"
            "Pell waited until she had turned back to the stove. 'I told you so,' he mouthed at Kit.\n\n"
            "'I saw that!'\n")
    draft = adapt_document(read_text(text))
    assert [(u.text(draft.doc), draft.cast.display(u.speaker)) for u in draft.utterances] == [
        ('If you say "I told you so", Pell, I will scream.', "Maud"), ("I wasn't going to say anything,", "Pell"),
        ("You were.", "Maud"), ("I was going to say—", "Pell"), ("Don't.", "Maud"), ("I told you so,", "Pell"),
        ("I saw that!", "Maud")]


def test_words_in_capitals_a_notice_shows_are_read_not_said_and_a_shout_in_capitals_is_said() -> None:
    # 'Someone had nailed a notice to the gate.' / "NIGHT TRIAL. NO TORCHES.": a notice, no line of anyone's (before,
    # the one named next spoke it); 'GET OUT OF MY YARD!' screamed after no writing is a line as any other
    text = ("Someone had nailed a notice to the gate in thick black brush-strokes.\n\n"
            "\"NIGHT TRIAL TONIGHT. NO TORCHES.\"\n\n"
            "\"Great,\" said Tomo.\n\n"
            "\"GET OUT OF MY YARD!\" screamed the old woman from the porch.\n")
    draft = adapt_document(read_text(text))
    said = [u.text(draft.doc) for u in draft.utterances]
    assert said == ["Great,", "GET OUT OF MY YARD!"], said
