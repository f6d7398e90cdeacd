"""A story told to a 'you' (reader-insert fan fiction, some literary fiction): the one it is told to is a cast
member who speaks ('"The bus broke down," you said'), read as the first-person narrator is; the draft's words
stay as written."""

from __future__ import annotations

from pathlib import Path

from game.adapt.draft import adapt_document
from game.adapt.person import as_first_person, reader_named, second_person
from game.adapt.readers import read_text
from game.adapt.writer import to_json_lines, to_yaml
from tests.adapt.conftest import assert_draft_checks, said

VISIT = """The rain had not stopped for three days when you finally knocked on Marcus's door.

"You're late," Marcus said, stepping aside to let you in.

"The bus broke down," you said. "I walked the last mile."

He handed you a towel. "You could have called."

"My phone died," you answered, rubbing your hair dry.

"Of course it did." He smiled anyway. "Tea?"

"Please."

Elena came down the stairs, still in her coat. "Who's this?"

"A friend," Marcus told her.

"Hi," you said, holding out a hand. "I'm Robin."

Elena shook it. "Nice to meet you, Robin."
"""

READER = """You wake to the sound of knocking. Somebody is at the door of your flat, and it is barely six.

"Y/N! Open up, it's me."

You groan and pull the pillow over your head. "Go away, Jun."

"I brought coffee," Jun calls through the door. "The good kind."

That does it. You shuffle across the cold floor and let him in. He looks far too awake.

"You look terrible," he says cheerfully.

"Thanks," you mutter. "Why are you here?"

"Because Mira is back in town, and she wants to see you." He hands you a paper cup. "Tonight."

You nearly drop it. "Tonight? I haven't seen her in four years."

"Then it's about time, Y/N."
"""


def _narration(text: str) -> str:
    """The text with its quotations blanked, as the pipeline judges the narration."""
    out, inside = [], False
    for ch in text:
        if ch == '"':
            inside = not inside
            out.append(ch)
        else:
            out.append(" " if inside and ch != "\n" else ch)
    return "".join(out)


def test_a_story_told_to_you_is_told_apart_from_first_and_third_person() -> None:
    assert second_person(_narration(VISIT)) and second_person(_narration(READER))
    third = ('Anna found Tom at the quay. You could see the whole harbour from there.\n\n"You came," she said. '
             '"You always say you will not, and you always do."\n\n"You know me," he said. He laughed; she did '
             'not. She looked at the boats, and he looked at her, and neither of them spoke for a while.\n') * 3
    first = ('I found you at the quay, do you remember? You were cold and I gave you my coat. I told you then '
             'that I would stay, and I meant it. I still mean it, whatever you think of me now.\n\n'
             '"You came," you said.\n\n"I said I would," I said.\n') * 2
    assert not second_person(_narration(third))  # 'you' only in the lines, and a generic 'you could see'
    assert not second_person(_narration(first))  # told by an 'I' to a 'you': first person
    tale = ('Once there was a mole called Pip who was afraid of nothing, except owls. You may think that is a lot '
            'to be afraid of. So did his aunt. As you know, moles see very little, and if you are clever you will '
            'have guessed why he stayed home. You must not laugh at him. You will see why soon enough. Perhaps you '
            'have an aunt like that yourself.\n\n'
            '"Pip!" said his aunt. "Come out." He did not come out. She waited; he waited. You can imagine how '
            'long that took.\n')
    assert not second_person(_narration(tale))  # a storyteller's word to the reader: the tale is told of others
    window = ('You stand at the window for a long time. Down in the street, Aiko is waiting under the lamp, the way '
              'she said she would.\n\n*Don\'t go,* you think.\n\n"Are you coming?" Aiko calls up.\n\n"A minute," '
              'you call back.\n\nYou wonder whether she can see your face.\n\n"Then hurry," you say, and you '
              'reach for your coat.\n')
    assert second_person(_narration(window))  # told in the present, though 'she said' once: the others' tense


def test_the_copy_the_steps_read_has_the_first_person_in_the_narration_only() -> None:
    text = 'He handed you a towel. "You could have called." You dried your hair. *You idiot,* you thought.'
    line = (text.index('"') + 1, text.index('."') + 1)
    italic = (text.index("*") + 1, text.rindex("*"))
    copy = as_first_person(text, [line, italic])
    assert len(copy) == len(text)
    assert copy.startswith("He handed me  a towel.")  # an object
    assert '"You could have called."' in copy  # the line as it is
    assert "I   dried my   hair." in copy  # a subject, and its own
    assert "*You idiot,* I   thought." in copy  # the thought's words as they are; its tag read as 'I thought'
    assert as_first_person('"Yes," said you.', [(1, 5)]) == '"Yes," said I  .'
    assert reader_named('"Hi, Y/N." (Y/N) sat. [Y/N]\'s turn.') == '"Hi, Ynx."   Ynx sat.   Ynx\'s turn.'


def test_the_one_a_story_is_told_to_speaks_and_is_named_by_what_they_call_themselves() -> None:
    """Before: every 'you said' line went to Marcus or Elena, and the draft kept 'You said, holding out a hand.'
    as narration."""
    got = said(VISIT)
    assert [s for _t, s, _e in got] == ["Marcus", "Robin", "Robin", "Marcus", "Robin", "Marcus", "Marcus", "Robin",
                                        "Elena", "Marcus", "Robin", "Robin", "Elena"]
    draft = adapt_document(read_text(VISIT))
    yaml = to_yaml(draft, "Visit")
    assert 'name: "Robin"  # the one the story is told to (second person)' in yaml
    assert "# The text is told to a 'you' (Robin)." in yaml
    assert '- "Holding out a hand."' in yaml and '- "Rubbing your hair dry."' in yaml  # the tag's head left out
    assert "He handed you a towel." in yaml  # the narration as written, not the copy the steps read
    rows = to_json_lines(draft).splitlines()
    assert '"narrator": true' in rows[1] and '"text": "The bus broke down,"' in rows[1]


def test_a_reader_insert_calls_the_reader_y_n_and_a_line_calling_them_is_not_theirs() -> None:
    got = said(READER)
    assert [s for _t, s, _e in got][1:] == ["Y/N", "Jun", "Jun", "Jun", "Y/N", "Y/N", "Jun", "Jun", "Y/N", "Jun"]
    assert got[0][1] != "Y/N"  # '"Y/N! Open up, it's me."' calls the reader: someone else's, not theirs


def test_a_draft_told_to_you_passes_check(tmp_path: Path) -> None:
    for name, text in (("visit", VISIT), ("reader", READER)):
        assert_draft_checks(tmp_path, name, text)


def test_in_first_person_a_scene_opening_line_that_calls_the_narrator_is_not_the_narrators() -> None:
    """'"Cal! Open up!"' before anyone is named, in a story told by Cal: the narrator is in every scene, but is not
    the one a line calls (before: last-named gave it to the narrator)."""
    text = ('"Cal! Open up!"\n\nI pulled the blanket over my head. "Go away, Dev."\n\n"I brought coffee," Dev said '
            'through the door.\n\nI got up and let him in.\n\n"Thanks," I said. "Why are you here, Dev?"\n\n'
            '"To see you, Cal."\n')
    got = said(text)
    assert got[0][1] != got[1][1] and got[1][2] != "none"
    assert got[4][1] == got[1][1]  # 'I said': the narrator, named Cal


def test_an_italic_thought_tagged_you_think_is_the_readers_own() -> None:
    """'*Don't go down there,* you think.': before, the thought went to Aiko, the scene's last subject ('think' was
    no thought's tag after an italic span, and 'I' was none either: the same in first person)."""
    text = ('You stand at the window with your coat over your arm. Down in the street, Aiko is waiting under the '
            'lamp.\n\n'
            '*Don\'t go down there,* you think. *Not tonight.*\n\n"Are you coming or not?" Aiko calls up.\n\n'
            '"Give me a minute," you call back.\n')
    draft = adapt_document(read_text(text))
    thoughts = [line for scene in draft.scenes for line in scene.lines if line.kind == "think"]
    assert [(t.text, t.speaker) for t in thoughts] == [("Don't go down there.", "narrator"),
                                                       ("Not tonight.", "narrator")]
    first = text.replace("You stand", "I stand").replace("your", "my").replace("you think", "I think").replace(
        "you call back", "I said")
    draft = adapt_document(read_text(first))
    thoughts = [line for scene in draft.scenes for line in scene.lines if line.kind == "think"]
    assert thoughts[0].speaker == "narrator"


def test_a_reader_insert_keeps_the_readers_name_as_written_and_takes_no_other() -> None:
    """'"Gloves," Kes says, and hands you a pair': a word others say to the reader is no name of theirs in a
    reader-insert, where the reader is Y/N; '(Y/N)' is shown as the text writes it (before: the reader became
    'Gloves' and took no line as Y/N)."""
    text = ('You climb the greenhouse steps two at a time. Kes is already there, and you stop beside her.\n\n'
            '"You\'re late, (Y/N)," she says.\n\n"I\'m not," you say. "Class starts at ten."\n\n'
            '"Gloves," Kes says, and hands you a pair.\n\n"I have gloves," you say.\n\n'
            '"Those are cotton, (Y/N)."\n\nYou pull them on anyway. You look at the ferns.\n')
    got = said(text)
    assert [s for _t, s, _e in got] == ["Kes", "(Y/N)", "(Y/N)", "Kes", "(Y/N)", "Kes"]


def test_a_reader_insert_told_in_the_third_person_has_y_n_as_a_person() -> None:
    """'Y/N pushed open the door … "The sign says open," Y/N called.': before, Y/N was no one and all eight lines
    went to Elias."""
    text = ('Y/N pushed open the door of the bakery, and the bell above it rang.\n\n"We\'re closed," said a voice '
            'from the back.\n\n"The sign says open," Y/N called.\n\nA tall man came out, wiping flour from his '
            'hands. His name tag said Elias. "The sign lies. What do you want?"\n\n"Bread," Y/N said. "Just one '
            'loaf."\n\nElias looked at her for a long moment. "Fine. One loaf."\n\nShe smiled. "Thank you."\n\n'
            '"Don\'t thank me yet. It\'s yesterday\'s."\n')
    got = said(text)
    assert [s for _t, s, _e in got][1:] == ["Y/N", "Elias", "Y/N", "Y/N", "Elias", "Y/N", "Elias"]
    yaml = to_yaml(adapt_document(read_text(text)), "Bakery")
    assert '  reader:\n    name: "Y/N"' in yaml and "Ynx" not in yaml


TRAINING = """You push your (H/C) hair out of your face and glare at the training dummy. It does not glare back.

"You're dropping your left shoulder," Levi says from the doorway.

"I am not."

"You are. Again."

You sigh and raise the blade. Your (E/C) eyes narrow.

"Better," he says. "Now do it a hundred more times, (Y/N)."

"You're a slave driver, Captain."

"And you're still dropping your shoulder."

Hange bursts in, goggles askew. "Levi! Leave the poor kid alone! (Y/N), come look at this, I found something amazing!"
"""


def test_a_short_reader_insert_with_its_blanks_is_told_to_you() -> None:
    """A short scene whose 'you' acts only twice in the narration: '(H/C) hair' and '(E/C) eyes', blanks only a story
    told to its reader leaves, say so (before: told in the third person, and the reader's answers were Levi's)."""
    draft = adapt_document(read_text(TRAINING))
    assert draft.telling == "told to a 'you' ((Y/N))"
    got = said(TRAINING)
    assert [s for _t, s, _e in got][:4] == ["Levi", "(Y/N)", "Levi", "Levi"]
    assert got[5][1] == "(Y/N)" and got[6][1] == "Levi"  # "You're a slave driver, Captain." and the answer
    assert got[-1][1] not in ("(Y/N)", "Levi")  # a line calling them both is neither's


def test_y_n_before_a_comma_is_a_call() -> None:
    """'(Y/N), come look' inside a line: the name's padding goes before it, so the comma stays next to it."""
    assert reader_named("alone! (Y/N), come look, (Y/N)'s sword") == "alone!   Ynx, come look,   Ynx's sword"
