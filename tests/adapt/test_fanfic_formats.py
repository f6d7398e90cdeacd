"""Shapes of fan fiction the draft must keep whole: script lines a line of narration apart, and proposed thoughts
that never take a sentence twice."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_html, read_markdown, read_text
from game.adapt.writer import to_yaml
from tests.adapt.conftest import said

SCRIPT = """The hall was empty except for the three of them.

SAKURA: Are you sure this is the place?

NARUTO: Believe it! The scroll said the old hall.

KAKASHI: Quiet, both of you.

Sakura rolled her eyes but said nothing.

NARUTO: Sensei, what are we looking for?

KAKASHI: A door that isn't there.
"""


def test_script_lines_a_line_of_narration_apart_are_one_conversation() -> None:
    """Three lines by three people, a line of narration, two more by two of them: one conversation (before: no run
    held a name twice, so none was a script; the lines were narration, or thoughts proposed for 'someone')."""
    assert [(t, s, e) for t, s, e in said(SCRIPT)] == [
        ("Are you sure this is the place?", "Sakura", "label"),
        ("Believe it! The scroll said the old hall.", "Naruto", "label"),
        ("Quiet, both of you.", "Kakashi", "label"),
        ("Sensei, what are we looking for?", "Naruto", "label"),
        ("A door that isn't there.", "Kakashi", "label")]


def test_a_note_and_a_list_a_line_apart_are_still_no_conversation() -> None:
    text = ('Disclaimer: I own nothing.\n\nThe list on the wall said:\n\nRule: no running.\n\nRule: no shouting.\n\n'
            'Anna read it twice.\n\nRule: no food.\n\n"Well," said Anna.\n')
    assert [(t, s) for t, s, _e in said(text)] == [("Well,", "Anna")]  # one name thrice is a list, not a talk


def test_a_proposed_thought_keeps_to_its_paragraph_and_no_sentence_is_drafted_twice() -> None:
    """Two proposed (first-person, present-tense) sentences in two paragraphs were joined into one thought of the
    first paragraph, and the second paragraph's sentence was drafted again as narration."""
    text = ('Mara walked to the window and looked out at the rain. She was tired.\n\n'
            'I am so tired of this town.\n\nI hate the rain here.\n\nShe turned away from the glass.\n')
    yaml = to_yaml(adapt_document(read_text(text)), "x")
    body = yaml.split("lines:", 1)[1]
    for sentence in ("I am so tired of this town.", "I hate the rain here."):
        assert body.count(sentence) == 1, body


def test_a_short_chapter_mostly_talk_told_as_i_is_first_person() -> None:
    """Seven 'I's in some 60 words of narration, more than its 'he', and no 'I said': before, the text was read in
    the third person and the lines went to the man and to no one."""
    from game.adapt.cast import first_person

    text = ('The knock came at two in the morning.\n\nI had the door open before the second knock. A man stood '
            'there, white with frost.\n\n"Please," he said. "Is this the hut?"\n\n"It is. Get inside."\n\n"My '
            'friend is still out there."\n\n"Inside first. Then your friend."\n\nI got him onto the bench by the '
            'stove. I could work with grey fingers. I had seen worse.\n\nI reached for the radio. I knew the '
            'forecast already.\n')
    assert first_person(text)
    assert adapt_document(read_text(text)).telling == "told by an 'I' (Narrator)"
    got = said(text)
    assert [s for _t, s, _e in got][2:] == ["Narrator", "Man", "Narrator"]
    thoughts = ('Mara walked to the gate. She stopped. I can do this, she thought. She went on. He was waiting. '
                'I am not afraid. She smiled at him. He smiled back. I will not cry. She did not.\n')
    assert not first_person(thoughts)  # thoughts in plain text, among more she and he: third person


def test_the_tellers_father_and_the_dad_the_lines_call_are_one_man() -> None:
    """'my father stood when he saw me' … '"It kept time, Dad."' … '"Odile," said my father.': before, 'Father' (the
    description) and 'Dad' (the call) were two men and the lines were split between them."""
    text = ('The restaurant was the kind my father had always mocked. I was late, and I knew it.\n\n'
            'My father stood when he saw me. "You found it, then."\n\n"There is a map on my phone, Dad."\n\n'
            '"Odile," said my father. "Sit down."\n\nI sat down. I did not take off my coat.\n\n'
            '"It was your mother\'s favourite," he said.\n\n"It was not, Dad."\n')
    draft = adapt_document(read_text(text))
    people = {m.name for m in draft.cast.members.values() if not m.narrator}
    assert "Father" not in people and "Dad" in people
    got = said(text)
    assert [s for _t, s, _e in got if s != "Odile"] == ["Dad", "Dad", "Dad", "Dad"]


RAIN = ("The rain had not stopped since morning. Margot stood at the window of the shop, counting the drops. She "
        "sighed.\n\n“You will catch cold there,” said her uncle.\n\n“I am not cold.”\n\nHe came and stood beside her. "
        "“Then you are stubborn, which is worse.”\n\n“It runs in the family,” Margot said, and smiled.\n")


def test_speech_in_guillemets_corner_brackets_or_low_quotes_is_found_and_read_as_in_english_marks() -> None:
    """Translated stories and fan fiction of anime write speech as «…» (French), »…« (German), 「…」 (Japanese) or
    „…“: each line is found and decided as the same text in English marks decides it, and the draft keeps the
    text's own marks in its narration (before: not one line was found)."""
    english = said(RAIN)
    assert [s for _t, s, _e in english] == ["Margot's uncle", "Margot", "Margot's uncle", "Margot"]
    styles = {"french": ("« ", " »", "‹", "›"), "german": ("»", "«", "›", "‹"), "corner": ("「", "」", "『", "』"),
              "low": ("„", "“", "‚", "‘")}
    for name, (o, c, inner_o, inner_c) in styles.items():
        text = RAIN.replace("“", "\x01").replace("”", "\x02").replace("\x01", o).replace("\x02", c)
        got = said(text)
        assert [(t, s) for t, s, _e in got] == [(t, s) for t, s, _e in english], name
        text += f"\n{o}He told me {inner_o}never{inner_c}, and I listened,{c} Margot said.\n"
        yaml = to_yaml(adapt_document(read_text(text)), "x")
        assert f'margot: "He told me {inner_o}never{inner_c}, and I listened."' in yaml, name  # marks as written


def test_english_marks_are_kept_where_the_text_uses_them() -> None:
    """A French word in guillemets inside an English story changes nothing."""
    from game.adapt.quotes import english_marks
    text = RAIN + "\nThe sign said «fermé», which she could read.\n"
    assert english_marks(text) == text
    assert english_marks("「はい」と言った。「いいえ」") == "“はい”と言った。“いいえ”"


SONG = """Sakura sat on the roof with her knees pulled up. The radio below was playing the song her mother used to hum.

*I will wait for you by the river*
*Where the willows bend and sigh*
*I will wait until the morning*
*And I will not ask you why*

She closed her eyes. The words hurt, the way old bruises hurt when you press them.

"You're up here again," Ino said, climbing through the window.

"Go away," Sakura muttered.

*She always comes when I don't want her to,* Sakura thought. *And always when I need her.*

(A/N: sorry for the short chapter, exams are killing me!)

"Move over," Ino said, and sat down beside her.
"""


def _lines(text: str, reader=read_text) -> list[tuple[str, str, str | None]]:  # type: ignore[no-untyped-def]
    draft = adapt_document(reader(text))
    return [(line.kind, line.text, line.speaker) for s in draft.scenes for line in s.lines if line.kind != "show"]


def test_a_songs_lines_in_italics_are_narration_a_line_each_and_no_ones_thoughts() -> None:
    """Lyrics heard on the radio, a line of verse each in italics: before, each was a thought of Ino (named later),
    and their 'I' made the whole story 'told by an I'. Now they are narration, one line of the draft each, and the
    story is told in the third person: a thought's 'I' is not the narration's either."""
    draft = adapt_document(read_markdown(SONG))
    assert draft.telling == "told in the third person"
    got = _lines(SONG, read_markdown)
    assert got[1:5] == [("narrate", "I will wait for you by the river", None),
                        ("narrate", "Where the willows bend and sigh", None),
                        ("narrate", "I will wait until the morning", None), ("narrate", "And I will not ask you why", None)]
    assert ("think", "She always comes when I don't want her to.", "sakura") in got
    html = ("<p>The radio was playing her mother's song.</p><p><i>I will wait for you by the river</i><br><i>Where "
            "the willows bend and sigh</i></p><p>\"Turn it off,\" said Ino.</p>")
    got = _lines(html, lambda t: read_html(t, main_only=False))
    assert got[1:3] == [("narrate", "I will wait for you by the river", None),
                        ("narrate", "Where the willows bend and sigh", None)]


def test_an_authors_note_in_brackets_in_the_middle_leaves_out_that_paragraph_only() -> None:
    """'(A/N: sorry for the short chapter…)' between two paragraphs of the story: before, everything after it to
    the next scene break was left out as part of the note, and the last line was lost."""
    got = _lines(SONG, read_markdown)
    assert not any("A/N" in text or "exams" in text for _k, text, _s in got)
    assert ("say", "Move over.", "ino") in got
    text = 'A/N: thanks for reading!\n\nPlease review.\n'  # a note at the end runs on to the end, as before
    story = '"Hello," said Ann.\n\n"Hi," said Tom.\n\n'
    assert [t for _k, t, _s in _lines(story + text)] == ["Hello.", "Hi."]


LETTER = """Harry found the envelope on his pillow when he came up from dinner. He knew the handwriting at once.

*Dear Harry,*

*I'm sorry I left without saying goodbye. Mum needed me at home, and there wasn't time to find you.*

*Don't let Ron eat all the chocolate frogs. I'll know.*

*Love, Hermione*

He read it twice, then folded it into his pocket.

'What's that?' Ron asked from the doorway.

'Nothing,' said Harry.

'It's from Hermione, isn't it? Your ears have gone red.'

*Brilliant*, Harry thought. *Just brilliant.*
"""


def test_a_letter_in_italics_is_narration_and_a_short_scene_in_british_marks_is_speech() -> None:
    """Before: each paragraph of the letter was a thought (of Harry, of 'Mum', of Ron), and the three lines in
    single quotation marks were not found at all (too few, with no double mark in the text, to be read as speech)."""
    got = _lines(LETTER, read_markdown)
    assert got[1:5] == [("narrate", "Dear Harry,", None),
                        ("narrate", "I'm sorry I left without saying goodbye. Mum needed me at home, and there "
                                    "wasn't time to find you.", None),
                        ("narrate", "Don't let Ron eat all the chocolate frogs. I'll know.", None),
                        ("narrate", "Love, Hermione", None)]
    assert [(t, s) for k, t, s in got if k == "say"] == [("What's that?", "ron"), ("Nothing.", "harry"),
                                                          ("It's from Hermione, isn't it? Your ears have gone red.",
                                                           "ron")]
    assert ("think", "Just brilliant.", "harry") in got


FLASH = """Kakashi stood at the memorial stone until the sun was high. The names did not change.

*Flashback*

*"You're late again, Kakashi," Obito said, grinning.*

*"And you're loud again," Kakashi said. "Some things never change."*

*Rin laughed, and the sound of it carried across the training field.*

*End Flashback*

"Sensei?" Sakura's voice pulled him back. "Are you all right?"

*He looks so tired,* she thought.
"""


def test_a_flashback_set_in_italics_is_narration_and_speech_not_thoughts() -> None:
    """A remembered scene in italics, speech and all: before, 'Obito said, grinning.' was a thought of Kakashi's and
    'Rin laughed, …' another; now its italics are the passage's type, and a thought after it is still a thought."""
    got = _lines(FLASH, read_markdown)
    assert not any(k == "think" and ("said" in t or "Rin" in t) for k, t, _s in got)
    assert ("narrate", "Rin laughed, and the sound of it carried across the training field.", None) in got
    assert [(t, s) for k, t, s in got if k == "say"][:3] == [("You're late again, Kakashi.", "obito"),
                                                             ("And you're loud again.", "kakashi"),
                                                             ("Some things never change.", "kakashi")]
    assert ("think", "He looks so tired.", "sakura") in got
    assert [s.memory for s in adapt_document(read_markdown(FLASH)).scenes] == [False, True, False]


def test_any_three_symbols_break_a_scene_and_the_authors_closing_words_are_left_out() -> None:
    """'❀❀❀' or '♥ ♥ ♥' between two scenes (before: one scene), and 'Please review! Next chapter: …' or 'TBC??' after
    the story (before: a line of narration)."""
    from game.adapt.document import BREAK_RE

    assert all(BREAK_RE.match(t) for t in ("❀❀❀", "♥ ♥ ♥", "✦✦✦", "💔💔💔"))
    assert not any(BREAK_RE.match(t) for t in ("...", "!!!", "???", "……", "—Hey"))
    text = ('Neji read the letter twice before he burned it. Then he went out into the rain.\n\n❀❀❀\n\n'
            '"Hinata." Hiashi did not look up from his tea. "Sit."\n\nShe sat.\n\n'
            'Please review! Next chapter: the exams begin!\n')
    draft = adapt_document(read_text(text))
    assert len(draft.scenes) == 2
    assert not any("review" in line.text for s in draft.scenes for line in s.lines)
    for note in ("TBC?? tell me if you want part 2!!", "Thanks for reading!", "To be continued...", "R&R please"):
        got = _lines(text.replace("Please review! Next chapter: the exams begin!", note))
        assert got[-1] == ("narrate", "She sat.", None), note
    story = '"Review the file, Jones," said the inspector.\n\n"Yes, sir," said Jones.\n'
    assert [t for _k, t, _s in _lines(story)] == ["Review the file, Jones.", "Yes, sir."]


def test_two_messages_from_one_person_named_in_the_story_are_their_lines() -> None:
    """'**Naruto:** where r u guys' / '**Naruto:** ramen in 10???': before, a chat needed three lines and two names, so
    one person's two messages were narration. A run under one name the story names elsewhere is theirs; a form's
    lines ('Rank: C' / 'Rank: B') or a name met nowhere else are not."""
    text = ("Kakashi stood at the memorial stone. Sakura and Naruto had gone ahead.\n\nSakura checked her phone.\n\n"
            "**Naruto:** where r u guys\n\n**Naruto:** ramen in 10???\n\nSakura rolled her eyes. \"He never changes.\"\n")
    got = _lines(text, read_markdown)
    assert [(k, t, s) for k, t, s in got if k == "say"][:2] == [("say", "where r u guys", "naruto"),
                                                                ("say", "ramen in 10???", "naruto")]
    alone = text.replace("Sakura and Naruto had", "The others had")
    assert not any(k == "say" and "ramen" in t for k, t, _s in _lines(alone, read_markdown))


def test_a_thoughts_tag_going_on_into_an_action_is_left_out_as_a_lines_is() -> None:
    """'_I could just run,_ I thought, standing at the back of the hall.': the narration keeps what the thinker does,
    not the tag (before: 'I thought, standing at the back of the hall.'), as after a line of speech."""
    text = ("I didn't want to go to the funeral. Mum made me anyway.\n\n_I could just run,_ I thought, standing at the "
            "back of the hall. _Nobody would notice._\n\n\"You came,\" Aunt Dora said, taking my hand.\n\n\"Mum said I "
            "had to,\" I said.\n")
    got = _lines(text, read_markdown)
    assert ("think", "I could just run.", "narrator") in got
    assert ("narrate", "Standing at the back of the hall.", None) in got
    assert not any("I thought" in t for _k, t, _s in got)


def test_an_action_in_asterisks_in_a_script_line_is_what_they_do_not_what_they_say() -> None:
    """'Naruto: *grins* Believe it!': before, the line said 'grins Believe it!'. A line with only an action
    ('Sasuke: *rolls eyes*') is narration of it."""
    text = ("The training ground was empty except for the three of them.\n\nNaruto: *grins* Believe it! I win!\n\n"
            "Sasuke: *rolls eyes*\n\nSakura: Naruto, sit down.\n\nNaruto: But Sakura-chan!\n\nKakashi: *looks up* Yo.\n")
    got = _lines(text)
    assert [(k, t) for k, t, _s in got[1:]] == [("say", "Believe it! I win!"), ("narrate", "Sasuke rolls eyes."),
                                               ("say", "Naruto, sit down."), ("say", "But Sakura-chan!"),
                                               ("say", "Yo.")]
    quoted = '"I *told* you," said Ann.\n\n"You did," said Tom.\n'
    assert _lines(quoted)[0][1] == "I told you."  # asterisks inside quotation marks are stress, kept as words


def test_a_thought_in_single_quotes_with_its_tag_is_a_thought() -> None:
    """Speech in double quotes, thoughts in single ones with a tag: "'Only if Sasuke-kun goes,' she thought." was
    narration, and "'She totally is,' Ino thought, grinning." a proposed thought of the whole sentence."""
    text = ('"Are you coming to the festival?" Ino asked.\n\n"Maybe," Sakura said. \'Only if Sasuke-kun goes,\' she '
            'thought.\n\n"You\'re thinking about him again."\n\n"Am not!"\n\n\'She totally is,\' Ino thought, '
            'grinning.\n')
    got = _lines(text)
    assert ("think", "Only if Sasuke-kun goes.", "sakura") in got
    assert ("think", "She totally is.", "ino") in got
    assert not any("thought" in t for _k, t, _s in got)
