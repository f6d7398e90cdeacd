"""Display names: a person is shown by the fullest name the text writes for them (first name and surname), a
narrator named by others' calls by the titled surname they are called, someone the text knows by a rank by the
rank; each on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.cast import Cast, Character
from game.adapt.draft import adapt_document
from game.adapt.naming import show_full_names
from game.adapt.readers import read_text


def speakers(text: str) -> list[str | None]:
    draft = adapt_document(read_text(text))
    return [draft.cast.display(u.speaker) for u in draft.utterances]


SLEDGE = """Tobias Wren came into the kitchen with snow on his boots. He was the only man in the valley who still
kept a sledge.

"Is the road open?" asked Nell.

"Not past the mill," said Tobias. "I turned back at the bridge."

Nell poured him tea and pushed the sugar across. "Then you will stay for supper."

"If there is bread," said Tobias.
"""


def test_a_person_is_shown_by_the_first_name_and_surname_the_narration_writes() -> None:
    """'Tobias Wren' once in the narration, 'Tobias' in every tag: shown as Tobias Wren, the name a cast list
    gives. Before: 'Tobias', the word used most on its own."""
    assert speakers(SLEDGE) == ["Nell", "Tobias Wren", "Tobias Wren", "Nell", "Tobias Wren"]


DOJO = """Ishikawa Haruto swept the dojo floor before dawn, as he always did.

"You are early, Haruto-kun," said Mei.

"The floor is dirty, Mei-chan," said Haruto.
"""


def test_where_names_take_honorifics_the_given_name_is_kept() -> None:
    """'Ishikawa Haruto' is written family name first, as names with '-kun' and '-chan' are: he stays Haruto."""
    assert speakers(DOJO) == ["Mei", "Haruto"]


SHOP = """I had not been in the shop a minute before the bell rang again, and I knew the step.

"Mr. Pell," said the widow at the counter, "you are late with the rent."

"The bank was shut," I said.

"Pell, the bank is never shut on a Tuesday."

"It was today," I said.
"""


def test_a_narrator_called_by_a_titled_surname_is_shown_by_it() -> None:
    """Others call the narrator 'Mr. Pell' and 'Pell': shown as Mr. Pell (before: 'Pell')."""
    draft = adapt_document(read_text(SHOP))
    assert draft.cast.first_person
    assert draft.cast.members["narrator"].name == "Mr. Pell"
    assert draft.cast.display(draft.utterances[1].speaker) == "Mr. Pell"


def test_someone_the_text_calls_by_a_rank_ten_times_as_often_as_by_name_is_shown_by_the_rank() -> None:
    """'General Ashdown' written once, 'the General' ten times: the person is shown as 'General'."""
    text = "General Ashdown slept. " + " ".join(["The General woke."] * 10)
    cast = Cast()
    cast.add(Character("general-ashdown", "General Ashdown", {"general ashdown"}, gender="m"))
    show_full_names(cast, text, [])
    assert cast.members["general-ashdown"].name == "General"
    cast.members["general-ashdown"].name = "General Ashdown"
    show_full_names(cast, "General Ashdown slept. The General woke.", [])
    assert cast.members["general-ashdown"].name == "General Ashdown"


def test_a_word_written_only_before_the_names_of_several_people_is_no_first_name() -> None:
    """'Boss Frank', 'Boss Oakley': a way of address written before two people's names (and never alone) is
    not Frank's first name, though it is written before his name twice and the cast took it for one of his names."""
    text = ('"Evenin\', Boss Tobias," said Lem. "Boss Tobias, the mare is lame."\n\n"Then she stays in," '
            'said Tobias.\n\n"Boss Hollis will not like it," said Lem.\n\nHollis came out of the barn. "I like '
            'it well enough," said Hollis.\n')
    cast = Cast()
    cast.add(Character("tobias", "Tobias", {"tobias", "boss"}, gender="m"))
    cast.add(Character("hollis", "Hollis", {"hollis"}, gender="m"))
    show_full_names(cast, text, [])
    assert cast.members["tobias"].name == "Tobias"
    cast.members["tobias"].name = "Tobias"
    show_full_names(cast, text.replace("Boss Hollis", "Hollis"), [])  # before one person's name only: kept
    assert cast.members["tobias"].name == "Boss Tobias"


def test_a_dialect_mister_is_a_way_of_address_not_a_name() -> None:
    """'Mistah Frank' is Mr. Frank said aloud: Frank's names hold no 'mistah', so the pet name joins the full one
    the narration gives ('Francis Oakley', of whom 'Frank' is the usual short form)."""
    text = ('Francis Oakley came down late to breakfast.\n\n"Mo\'nin\', Mistah Frank," said Lem.\n\n'
            '"Good morning, Lem," said Frank. "Is my brother up?"\n\n"Yes, suh. Mistah Frank, he done gone out."\n')
    draft = adapt_document(read_text(text))
    frank = draft.cast.lookup("Frank")
    assert frank is not None and frank == draft.cast.lookup("Francis")
    assert "mistah" not in draft.cast.members[frank].tokens


def test_a_speech_broken_by_a_tag_calls_whom_its_first_piece_calls() -> None:
    """'"…of me, Oswin," he said; "I have never…"' is one line (the corpus's way): it still calls Oswin, as the two
    lines did, so the next untagged line is his."""
    text = ('Oswin found his brother in the study with the drawer pulled out and empty.\n\n'
            '"I do not know what you will think of me, Oswin," said Tobias; "I have never been so careless."\n\n'
            '"Never mind what I think. When did you last see the money?"\n\n"Last night, before dinner."\n')
    draft = adapt_document(read_text(text))
    first = draft.utterances[0]
    assert len(first.pieces) == 2 and draft.cast.lookup("Oswin") in first.addressee
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Tobias", "Oswin", "Tobias"]


def test_miss_and_a_given_name_is_shown_by_the_given_name_when_it_stands_alone_as_often() -> None:
    text = ("Lucy came down to breakfast late. Lucy was always late.\n\n"
            "\"Your tea is cold, Miss Lucy,\" said the maid.\n\n"
            "\"Then I shall drink it cold,\" said Miss Lucy.\n\n"
            "Lucy laughed and sat down. Miss Bennet looked up from her letter.\n\n"
            "\"Good morning,\" said Miss Bennet.\n")
    draft = adapt_document(read_text(text))
    shown = {draft.cast.display(u.speaker) for u in draft.utterances}
    assert "Lucy" in shown and "Miss Lucy" not in shown and "Miss Bennet" in shown


def test_a_surname_the_text_writes_alone_three_times_as_often_as_with_its_title_is_shown_alone() -> None:
    text = ("Mr. Syme came up the stairs. Syme was tired. Syme had walked all night, and Syme was cold.\n\n"
            "\"Who is there?\" said a voice.\n\n"
            "\"Only me,\" said Syme.\n\n"
            "Mr. Darcy stood at the window. Mr. Darcy did not turn. Darcy sighed.\n\n"
            "\"You are late,\" said Mr. Darcy.\n")
    draft = adapt_document(read_text(text))
    shown = [draft.cast.display(u.speaker) for u in draft.utterances if u.speaker]
    assert shown[-2:] == ["Syme", "Mr. Darcy"]


def test_a_first_name_never_written_without_its_family_name_is_shown_with_it() -> None:
    """'Nora Quill' every time, her son 'Tad' alone and 'Tad Quill' once: the surname is no one's alone (two
    Quills), yet she is shown as the text always writes her; he keeps the name he is called by. Before: 'Nora'."""
    text = ("Nora Quill ran the bakery on Fen Street. Her son Tad Quill swept the floor.\n\n"
            "\"The rye is burning,\" said Tad.\n\n"
            "\"Then take it out,\" said Nora Quill. Tad took it out.\n\n"
            "Nora Quill counted the loaves. \"Twelve,\" she said.\n")
    assert speakers(text) == ["Tad", "Nora Quill", "Nora Quill"]


def test_a_full_name_broken_by_the_line_wrap_is_still_a_full_name() -> None:
    """A hard-wrapped text (as plain-text editions are) breaks 'Tobias\\nWren' across two lines: the same full
    name as 'Tobias Wren'. Before: 'Tobias'."""
    text = SLEDGE.replace("Tobias Wren came into the kitchen", "At dusk Tobias\nWren came into the kitchen")
    assert speakers(text) == ["Nell", "Tobias Wren", "Tobias Wren", "Nell", "Tobias Wren"]


def test_a_young_master_known_by_his_given_name_is_shown_by_his_full_name() -> None:
    """'Master Edmund' is all the lines call him; the narration names him once in full, 'Master Edmund Vyse': a
    cast list's 'Edmund Vyse', not the form of address. Before: 'Master Edmund'."""
    text = ("The rain had not stopped since noon when my cousin, Master Edmund\nVyse, rode up to the gate.\n\n"
            "\"Open, for pity's sake!\" he called.\n\n"
            "\"It is open, Master Edmund,\" said I.\n\n"
            "\"Then I am a fool,\" he said, and laughed.\n")
    shown = speakers(text)
    assert shown[0] == shown[2] == "Edmund Vyse", shown


def test_a_lord_named_once_in_full_is_shown_by_his_full_style_not_by_the_title_and_given_name() -> None:
    """'said Lord Ambrel Fosk, the Treasurer' and 'Fosk' ever after: he was shown as 'Lord Ambrel' (a title and a
    given name written before no surname), a name the text never uses alone. A given name and surname after Sir,
    Dame, Lord or Lady are the person's own (after Mrs. they may be her husband's), and the title is kept, as the
    text styles him."""
    text = ("The Queen sat at the head of the table.\n\n"
            "'Eleven hundred,' said Lord Ambrel Fosk, the Treasurer. 'Do you know what eleven hundred men eat?'\n\n"
            "Fosk folded his hands upon his ledger.\n\n"
            "'I know what they cost,' said the Queen.\n\n"
            "'Then you know too much, Majesty,' said Fosk.\n")
    assert "Lord Ambrel Fosk" in speakers(text), speakers(text)
