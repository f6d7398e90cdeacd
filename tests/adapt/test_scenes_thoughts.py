"""Thoughts in narration, scene cuts, memory proposals, places and times (small hand-written texts)."""

from __future__ import annotations

from game.adapt.draft import KnownStory, adapt_document
from game.adapt.readers import read_markdown, read_text


def lines(draft) -> list[tuple[str, str | None, str]]:  # type: ignore[no-untyped-def]
    return [(line.kind, line.speaker, line.text) for scene in draft.scenes for line in scene.lines]


def test_tagged_thought_without_quotes() -> None:
    draft = adapt_document(read_text("Wren looked at the door. Wren was afraid.\n\n"
                                     "Not again, she thought, and turned the key.\n"))
    assert ("think", "wren", "Not again.") in lines(draft)


def test_italic_spans_are_thoughts_and_single_italic_words_are_stress() -> None:
    draft = adapt_document(read_markdown("Wren looked at the door. Wren was *very* afraid.\n\n"
                                         "*He is never coming back.* She sat down.\n"))
    got = lines(draft)
    assert ("think", "wren", "He is never coming back.") in got
    assert ("narrate", None, "Wren looked at the door. Wren was very afraid.") in got


def test_plain_text_first_person_sentences_are_proposed_as_thoughts() -> None:
    draft = adapt_document(read_text("Wren walked home through the rain. She had been walking for an hour.\n\n"
                                     "Why do I always do this? She pulled her coat tighter.\n"))
    got = lines(draft)
    assert ("think", "wren", "Why do I always do this?") in got
    assert ("narrate", None, "She pulled her coat tighter.") in got


def test_memory_scenes_follow_a_scene_that_remembers() -> None:
    text = ("Wren stood at the grave in the morning rain. She remembered the summer years ago.\n\n"
            "* * *\n\n"
            "Wren was nine, and the river was warm. Wren ran along the bank.\n\n"
            "* * *\n\n"
            "Wren and her brother fished until dark. Wren caught nothing.\n\n"
            "* * *\n\n"
            "The rain had stopped. Wren turned from the grave and walked home.\n")
    draft = adapt_document(read_text(text), KnownStory(places={"grave": ("The grave", "maps/draft.tmx")}))
    assert [s.memory for s in draft.scenes] == [False, True, True, False]
    assert [s.place for s in draft.scenes][0] == "grave" and draft.scenes[3].place == "grave"
    assert [s.time for s in draft.scenes][:2] == ["morning", "morning"]


def test_flashback_markers_and_time_shifts() -> None:
    text = ("Wren sat by the fire in the evening. Wren was tired.\n\nFlashback\n\n"
            "Wren was small, and her mother sang. Wren listened.\n\nEnd flashback\n\n"
            "Wren woke by the cold fire.\n\nWren stretched.\n\nWren stood up and put on her boots.\n\n"
            "The next morning Wren left the house before anyone woke.\n")
    draft = adapt_document(read_text(text))
    assert [s.memory for s in draft.scenes] == [False, True, False, False]
    assert draft.scenes[0].time == "dusk"
    assert all("flashback" not in line.text.lower() for s in draft.scenes for line in s.lines)


def test_a_pov_heading_is_no_line_and_opens_a_scene() -> None:
    text = ("Sakura's POV\n\nThe rain had not stopped. Sakura stood at the window.\n\n"
            "\"He is late,\" Sakura said.\n\n"
            "Kakashi POV\n\nHe walked through the mud. Kakashi did not hurry.\n\n"
            "\"Maa,\" said Kakashi.\n")
    draft = adapt_document(read_text(text))
    assert len(draft.scenes) == 2
    assert all("POV" not in line.text for s in draft.scenes for line in s.lines)
    assert draft.scenes[1].lines[0].text.startswith("He walked through the mud")


def test_the_person_a_pov_heading_names_is_in_its_scene() -> None:
    text = ("Sakura's POV\n\nThe rain had not stopped. Sakura stood at the window and waited for Kakashi.\n\n"
            "\"He is late,\" Sakura said. Kakashi was always late.\n\n"
            "Kakashi's POV\n\nThe road was mud to the ankle.\n\n"
            "\"Maa, just a little rain,\" he said.\n")
    draft = adapt_document(read_text(text))
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Sakura", "Kakashi"]


def test_a_scene_that_opens_years_earlier_is_a_memory() -> None:
    text = ("Kakashi stood at the stone in the rain. He did not move.\n\n***\n\n"
            "Three years earlier, Rin had stood in the same place.\n\n"
            "\"Promise me,\" she had said.\n")
    draft = adapt_document(read_text(text))
    assert [s.memory for s in draft.scenes] == [False, True]
    assert any("opens in the past: 'Three years earlier'" in c for c in draft.scenes[1].comments)


def test_an_italic_thought_takes_its_own_tag_and_a_first_pov_heading_counts() -> None:
    from game.adapt.readers import read_html
    page = ("<html><body><p>A/N: Sorry for the wait!</p><hr><p><strong>Kakashi's POV</strong></p>"
            "<p>The stone was cold under his hand. <em>Obito would have laughed at me,</em> he thought.</p>"
            "<p>\"Sensei?\" Sakura's voice came from behind him. \"You've been here all night.\"</p>"
            "<p>\"Have I?\" Kakashi didn't turn.</p></body></html>")
    draft = adapt_document(read_html(page))
    assert [(line.speaker, line.text) for s in draft.scenes for line in s.lines if line.kind == "think"] == [
        ("kakashi", "Obito would have laughed at me.")]
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Sakura", "Sakura", "Kakashi"]


def test_an_italic_thought_tagged_with_a_name_is_that_persons() -> None:
    text = ("Sakura watched Naruto eat his third bowl. Ino sat beside her.\n\n"
            "Naruto waved his chopsticks. *Idiot,* Ino thought.\n")
    draft = adapt_document(read_markdown(text))
    assert [line.speaker for s in draft.scenes for line in s.lines if line.kind == "think"] == ["ino"]


def test_a_tagged_thought_that_ends_on_a_question_and_present_tense_narration() -> None:
    """'Why does he always do this? she thinks.' (the splitter cuts after the '?'), '...right? Mara wondered to
    herself.' and 'He thought miserably.' are tagged thoughts, the adverb with the tag; in narration told in the
    present tense, a present-tense sentence ('The rain doesn't stop.') is not proposed as a thought."""
    text = ("The rain doesn't stop. Mara stands under the awning and counts the drops. Footsteps. She doesn't "
            "have to look.\n\n"
            "\"You're soaked,\" Oskar says.\n\n"
            "Why does he always do this? she thinks. She says nothing.\n\n"
            "It was Tuesday then, right? Mara wondered to herself. Was it bad? He thought miserably, watching her.\n")
    draft = adapt_document(read_text(text))
    thoughts = [(who, said) for kind, who, said in lines(draft) if kind == "think"]
    assert thoughts == [("mara", "Why does he always do this?"), ("mara", "It was Tuesday then, right?"),
                        ("oskar", "Was it bad?")]
    told = [said for kind, _who, said in lines(draft) if kind not in ("think", "say")]
    assert not any(said.lower().startswith("miserably") for said in told), told  # the tag's adverb goes with it


def test_a_tagged_thoughts_she_is_the_one_the_paragraph_is_about() -> None:
    """'A chill crept up Ilse's spine. Not again, she thought.': Ilse, whom the paragraph names, not Greta, who spoke
    to her just before; and a subject of that gender comes first ('Tom handed Mary ...': she is Mary)."""
    text = ("Greta and Ilse sat at the kitchen table. Greta held the letter.\n\n"
            "\"Ilse,\" Greta said at last, \"I am sorry.\"\n\n"
            "A chill crept up Ilse's spine. The kettle was boiling. Not again, she thought.\n\n"
            "Tom came in and gave Greta a cup. Mary followed him and sat down. How quiet, she thought.\n")
    draft = adapt_document(read_text(text))
    assert [(who, said) for kind, who, said in lines(draft) if kind == "think"] == [("ilse", "Not again."),
                                                                                   ("mary", "How quiet.")]


def test_a_tag_before_the_thought_and_a_she_after_another_spoke() -> None:
    """'She took a long drink and thought, Forgive me, Aldo.' is a thought after its tag; its 'she' is the one the
    narration has followed since the other left, not the one who spoke last."""
    text = ("Vesna stood at the window of the study. Dora had said everything she had come to say.\n\n"
            "\"I won't forgive you,\" Dora said, and she was gone.\n\n"
            "Vesna sighed and rubbed her eyes. Vesna knew why Dora was angry. She took a bottle from the drawer.\n\n"
            "She took a long drink and thought, Forgive me, Aldo.\n")
    draft = adapt_document(read_text(text))
    assert [(who, said) for kind, who, said in lines(draft) if kind == "think"] == [("vesna", "Forgive me, Aldo.")]
    assert any(kind != "think" and said.startswith("She took a long drink") and "thought" not in said
               for kind, _who, said in lines(draft))


def test_a_tag_naming_mr_someone_leaves_no_piece_of_itself_in_the_narration() -> None:
    # the tag's clause ran to the full stop of 'Mr.', so 'Harcourt. He folded the paper.' was left as narration
    text = ("The bill lay on the table between the walnuts and the port.\n\n"
            "\"Six hundred pounds,\" said Mr. Harcourt. He folded the paper twice. \"And forty for the tailor.\"\n")
    narration = [line.text for scene in adapt_document(read_text(text)).scenes for line in scene.lines
                 if line.kind == "narrate"]
    assert narration == ["The bill lay on the table between the walnuts and the port.", "He folded the paper twice."]


def test_an_inverted_tag_with_a_long_subject_is_no_narration() -> None:
    # 'said the man with the basket.' (six words) was left as a narration line 'Said the man with the basket.'
    text = ("It was evening in the vale, and the lanes were empty. An old man was walking home with an egg-basket on "
            "his arm. A parson on a grey mare came the other way.\n\n"
            "\"Good night t'ee,\" said the man with the basket.\n\n"
            "\"Good night,\" said the parson.\n")
    narration = [line.text for scene in adapt_document(read_text(text)).scenes for line in scene.lines
                 if line.kind == "narrate"]
    assert narration and not any(line.lower().startswith("said") for line in narration), narration


def test_asterisk_italics_in_plain_text_are_thoughts_and_leave_no_asterisk_in_the_script() -> None:
    # fan fiction saved as .txt writes italics with asterisks: '*Stupid,* Mika thought.' is Mika's thought, a paragraph
    # of '*…*' alone is the point-of-view person's, an italic after which the paragraph says 'Her ears went hot' is hers;
    # stressed words in a line ('Hold *still*.') keep their words. Before: the asterisks stayed in narration and lines,
    # and 'Mika thought' was a thought of 'Stupid,*' with a stray mark.
    from game.adapt.writer import to_yaml
    text = ("Mika pressed her palm to the cold glass. Jun was late again.\n\n"
            "*Stupid,* Mika thought. *Stupid, stupid.*\n\n"
            "\"Hold *still*,\" said Jun, coming in behind her with the ladder.\n\n"
            "*Did he just laugh? He did.* Her ears went hot.\n")
    draft = adapt_document(read_text(text))
    assert ("think", "mika", "Stupid.") in lines(draft) and ("think", "mika", "Stupid, stupid.") in lines(draft)
    assert ("think", "mika", "Did he just laugh? He did.") in lines(draft)
    script = to_yaml(draft, "Glass")
    assert "*" not in script.split("scenes:", 1)[1], script
    assert 'jun: "Hold still."' in script


def test_a_paragraph_that_goes_back_in_time_inside_a_scene_is_a_memory_scene_of_its_own() -> None:
    # no scene break round it: 'And just like that she was seven years old again, …' told in the past perfect is
    # proposed as a memory (shown tinted), and the scene goes on in the present after it; before, one scene
    text = ("Mika crouched behind the wall. Jun was somewhere to her left, breathing too loudly.\n\n"
            "\"Can you see them?\" Jun whispered.\n\n"
            "\"No,\" said Mika.\n\n"
            "And just like that she was seven years old again, hiding in the orchard, and her brother had found her in "
            "a minute flat. \"You breathe like a bellows,\" he had told her. Then he had laughed and gone to find the "
            "others.\n\n"
            "\"Mika!\" Jun was shaking her arm. \"They're coming.\"\n")
    draft = adapt_document(read_text(text))
    assert [scene.memory for scene in draft.scenes] == [False, True, False]
    assert "back in the middle of a scene" in " ".join(draft.scenes[1].comments)
