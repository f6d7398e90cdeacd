"""Chat and script lines: a name, a colon and what they say ('Sakura: are you awake'), one message a line as a
scene of text messages is written, or one a paragraph as script-format fan fiction is; on small hand-written texts.
Notes and headings that open with a word and a colon ('Disclaimer:', 'Rating:') are no one's lines."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from game.adapt.writer import to_yaml

MESSAGES = ("The phone buzzed twice before Ino gave up on sleep and read the screen.\n\n"
            "Sakura: are you awake\n"
            "Sakura: I can't stop thinking about today\n"
            "Ino: I'm here. What happened?\n"
            "Sakura: the mission went wrong\n"
            "Ino: Do you want me to come over?\n"
            "Sakura: no. just talk to me for a bit\n\n"
            "Ino pulled the blanket over her shoulders and kept typing until the sky went grey.\n\n"
            "\"Thanks,\" Ino muttered.\n")

SCRIPT = ("Disclaimer: I own nothing.\n\n"
          "Rating: T\n\n"
          "The training ground was empty but for the two of them.\n\n"
          "NARUTO: \"Teach me that one again!\"\n\n"
          "**Kakashi-sensei:** Not today.\n\n"
          "NARUTO: Why not?\n\n"
          "**Kakashi-sensei:** Because you still owe me a bell.\n\n"
          "Naruto kicked at the grass and said nothing for a while.\n")


def lines(text: str) -> list[tuple[str, str | None, str]]:
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]


def test_one_message_a_line_is_one_spoken_line_each_by_the_name_before_it() -> None:
    found = lines(MESSAGES)
    assert found[:6] == [("are you awake", "Sakura", "label"),
                         ("I can't stop thinking about today", "Sakura", "label"),
                         ("I'm here. What happened?", "Ino", "label"),
                         ("the mission went wrong", "Sakura", "label"),
                         ("Do you want me to come over?", "Ino", "label"),
                         ("no. just talk to me for a bit", "Sakura", "label")]
    assert found[6] == ("Thanks,", "Ino", "tag")  # quoted speech after the chat is read as before


def test_the_names_before_the_colons_are_left_out_of_the_narration() -> None:
    draft = adapt_document(read_text(MESSAGES))
    narration = [line.text for scene in draft.scenes for line in scene.lines if line.kind == "narrate"]
    assert narration == ["The phone buzzed twice before Ino gave up on sleep and read the screen.",
                         "Ino pulled the blanket over her shoulders and kept typing until the sky went grey."]
    assert "speaker: label, sure" in to_yaml(draft, "Messages")


def test_script_format_one_line_a_paragraph_with_marks_and_bold_names() -> None:
    found = lines(SCRIPT)
    assert found == [("Teach me that one again!", "Naruto", "label"), ("Not today.", "Kakashi", "label"),
                     ("Why not?", "Naruto", "label"), ("Because you still owe me a bell.", "Kakashi", "label")]
    draft = adapt_document(read_text(SCRIPT))
    assert not [c for c in draft.cast.members.values() if c.name.lower() in ("disclaimer", "rating")]


def test_notes_lists_and_a_single_label_are_no_ones_lines() -> None:
    notes = ("Rating: T\nPairing: none\nWarning: grief\nSummary: a quiet morning.\n\n"
             "Result: the jar broke.\n\n"
             "Mira: this line stands alone.\n\n"
             "Tom: one.\nAnna: two.\n\n"  # two lines, no one twice: not yet a conversation
             "\"Is that all?\" asked Mira.\n")
    assert lines(notes) == [("Is that all?", "Mira", "tag")]


def test_a_bare_honorific_called_in_a_line_is_no_one_of_its_own() -> None:
    text = ("Sakura stood at the door of the apartment with her fists clenched.\n\n"
            "\"Sensei,\" she said. \"You have to eat something.\"\n\n"
            "Kakashi turned a page of the book in his lap.\n\n"
            "\"I'm fine, Sakura.\"\n")
    draft = adapt_document(read_text(text))
    assert sorted(c.name for c in draft.cast.members.values()) == ["Kakashi", "Sakura"]
    assert [who for _said, who, _evidence in lines(text)] == ["Sakura", "Sakura", "Kakashi"]
    named = ("Sensei came in late, as always.\n\n\"Sorry,\" said Sensei. \"A black cat crossed my path.\"\n\n"
             "\"Liar!\" Naruto shouted.\n\n\"Now, now,\" said Sensei.\n")
    assert [who for _said, who, _evidence in lines(named)] == ["Sensei", "Sensei", "Naruto", "Sensei"]  # a name, told so twice


def test_messages_with_times_or_brackets_after_the_name() -> None:
    text = ("Sakura (11:02 PM): are you awake\n"
            "[Ino]: yes\n"
            "Sakura (11:03 PM): can I call you\n"
            "Ino (11:03 PM): always\n")
    assert [(said, who) for said, who, _evidence in lines(text)] == [
        ("are you awake", "Sakura"), ("yes", "Ino"), ("can I call you", "Sakura"), ("always", "Ino")]
