"""Ninth round: conversation structure (who the parties of an exchange are, whose turn it is), each mechanism on a
small hand-written text of its own."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from tests.adapt.conftest import said


def speakers(text: str) -> list[str | None]:
    return [speaker for _text, speaker, _evidence in said(text)]


KITCHEN = """Mara set the kettle on the stove and looked at the clock over the door.

"You're late again," said Mara.

"The bus broke down," said Tom.

"It always breaks down on Fridays."

Mara turned back to the stove and poured the water. Tom hung his wet coat on the hook behind the door.

"Not always. Only when it rains."

"It rained on Tuesday, and you were early on Tuesday."
"""


def test_an_action_paragraph_of_the_last_speaker_then_of_another_gives_the_line_to_the_other() -> None:
    """The narration between two lines opens on the one who spoke last (Mara pours the water) and then turns to
    someone else (Tom hangs his coat): the next line is the other's, not the last speaker's again. Before: the
    last two lines went to Mara and Tom; after: Tom and Mara."""
    assert speakers(KITCHEN) == ["Mara", "Tom", "Mara", "Tom", "Mara"]


def test_an_action_paragraph_of_the_last_speaker_alone_keeps_the_line_hers() -> None:
    text = KITCHEN.replace(" Tom hung his wet coat on the hook behind the door.", " Then she sat down.")
    assert speakers(text)[3] == "Mara"


PARLOUR = """Mrs. Hale rose as the door opened, and Jenny looked up from her sewing by the window.

"Mr. Brook! How good of you to come. Jenny, fetch another cup."

"There is one on the tray already, Mother."

"So there is. Sit down, Mr. Brook, and tell us your news."

"I have very little, ma'am," said Mr. Brook.
"""


def test_of_the_people_a_line_calls_the_one_called_last_answers() -> None:
    """A line that greets one person by name and then calls another ("Mr. Brook! ... Jenny, fetch another cup.") is
    answered by the one called last. Before: the answer went by turn-taking to Mr. Brook; after: to Jenny."""
    assert speakers(PARLOUR)[:3] == ["Mrs. Hale", "Jenny", "Mrs. Hale"]


OFFICE = """Colonel Marsh was reading by the fire when Pell came in out of the rain. Pell was a thin man, and he shook the
water from his hat before he spoke.

"You are very wet," said the Colonel. "Sit down."

"I had rather stand, sir."

"Then stand. You did not walk four miles in this weather for nothing, Pell. Out with it."

The clerk hesitated, and then drew a folded paper from the breast of his coat.

"This came to the office this morning," he said. "I did not like to leave it there."
"""


def test_a_man_called_by_the_last_line_answers_it_after_a_paragraph_of_his_own() -> None:
    """The Colonel calls Pell; a paragraph of narration about 'the clerk' (a description the text never ties to a
    name) comes between; then 'he said'. The one called answers, as he would with no narration between. Before:
    the Colonel (the last man named as a subject); after: Pell."""
    assert speakers(OFFICE) == ["Colonel Marsh", "Colonel Marsh", "Pell", "Colonel Marsh", "Pell", "Pell"]


def test_the_answer_goes_to_whoever_the_narration_between_names_instead() -> None:
    text = OFFICE.replace("The clerk hesitated", "The Colonel hesitated").replace("his coat", "his own coat")
    assert speakers(text)[-1] == "Colonel Marsh"


QUAY = """The steamer was late, and Inspector Rudd waited on the quay with Mr. Fenner, who had a cold.

"Any news of the boat, Rudd?" said Mr. Fenner.

"None yet," he answered. "The fog is thick beyond the point."

"Then we shall wait," said Mr. Fenner, and blew his nose.
"""


def test_a_called_person_whose_gender_no_pronoun_told_may_answer_as_he() -> None:
    """'Rudd' is called and answers with 'he answered'; nothing in the text gave Rudd a gender before. Before: the
    tag went to Mr. Fenner (the only man known); after: to the one called."""
    assert speakers(QUAY)[1] == "Inspector Rudd"


HEARING = """Mr. Quill stood up at the long table and turned to the witness, who was a small woman in a green coat.

"You heard the cart at midnight, Mrs. Tolley?"

"I did, sir. It woke me."

"Mr. Dawes," she said, "has always kept his cart in the lane, and it always wakes me."

"Then why did you look out that night?"

"Because it stopped."

"Miss Pym," said Mr. Quill, "you may sit down."
"""


def test_a_name_opening_a_sentence_broken_by_a_tag_is_its_subject_not_a_call() -> None:
    """'"Mr. Dawes," she said, "has always kept his cart..."': the name is the subject of the sentence the tag breaks,
    so Mr. Dawes is not spoken to, and the next line is not his. Before: the question after it went to Mr. Dawes as
    the one addressed; after: to Mr. Quill. A call broken by a tag ('"Miss Pym," said Mr. Quill, "you may sit
    down."') is still a call."""
    who = speakers(HEARING)
    assert who[3:5] == ["Mr. Quill", "Mrs. Tolley"]
    draft = adapt_document(read_text(HEARING))
    assert [draft.cast.display(c) for c in sorted(draft.utterances[-1].addressee)] == ["Miss Pym"]


STAIRS = """Mr. Penn had his hand on the banister when the maid came out of the dining room with a tray.

"Will that be all, sir?" said Agnes.

"Yes, thank you. No, wait. Agnes —"

She stopped on the bottom stair and looked back at him.

"The lamp in the study. Has it been filled?"

"This morning, sir," said she.
"""


def test_a_line_broken_off_with_a_dash_is_taken_up_by_its_speaker_after_the_others_pause() -> None:
    """'"Agnes —"' / She stopped and looked back. / '"The lamp in the study..."': a line broken off with a dash, then
    narration of the other party only, and the one who broke off goes on. Before: the line went to Agnes (the
    narration's subject); after: to Mr. Penn."""
    assert speakers(STAIRS) == ["Agnes", "Mr. Penn", "Mr. Penn", "Agnes"]


def test_a_newcomer_after_a_broken_off_line_still_speaks() -> None:
    text = STAIRS.replace("She stopped on the bottom stair and looked back at him.",
                          "The front door opened, and Mr. Gault came in out of the rain.")
    assert speakers(text)[2] == "Mr. Gault"


GARDEN = """Robert had gone up into the apple tree after lunch and had not come down. Aunt Lettice stood at the foot of
the ladder with the basket, and Mr. Venn held the ladder.

"The third rung is loose," said Mr. Venn. "I told him so."

"Robert!" she called up into the apple tree. "Robert, have you found the shears up there?"

There was a rustle high up among the leaves, and a shower of twigs came down on the grass.

"Which shears?"

"The good ones. The ones you borrowed on Tuesday."
"""


def test_the_one_called_answers_after_a_paragraph_that_names_no_one() -> None:
    """A line calls Robert; a paragraph of narration with no person in it follows; the next line is Robert's answer.
    Before: turn-taking gave it to Mr. Venn (who spoke before her); after: to Robert."""
    assert speakers(GARDEN) == ["Mr. Venn", "Mr. Venn", "Aunt Lettice", "Aunt Lettice", "Robert", "Aunt Lettice"]


FIRESIDE = """Mrs. Arden poured the tea, and Dr. Quint and Mr. Bell sat on either side of the fire.

"The roads will be bad tomorrow," said Mr. Bell.

"They are always bad," said Dr. Quint.

"Then we must hope for frost," said Mrs. Arden.

For a moment nobody answered. Then the doctor laughed.

"Frost is worse," he said.
"""


def test_a_he_tag_after_narration_of_someone_whose_gender_is_untold_is_that_person() -> None:
    """'Then the doctor laughed.' / '"Frost is worse," he said.': the text never told the doctor's gender, so 'he'
    went to Mr. Bell, the one man known. The subject of the narration just before, who has spoken in the scene,
    with no 'he' or 'she' between, is the one meant. Before: Mr. Bell; after: Dr. Quint."""
    assert speakers(FIRESIDE)[-1] == "Dr. Quint"


def test_a_she_between_keeps_the_tag_for_the_woman() -> None:
    text = FIRESIDE.replace("Then the doctor laughed.", "Then the doctor laughed. She shook her head at him.")
    assert speakers(text.replace("he said", "she said"))[-1] == "Mrs. Arden"


FAIR = """Tom sat on the settle and mended a strap. Ann was cutting bread at the table, and Mr. Cole sat by the
window.

"The fair is tomorrow," said Ann.

"So I hear," said Mr. Cole.

"You and Tom must take the cart. It wants a new wheel first."

"Then I shall see to the wheel tonight."
"""


def test_a_person_named_with_another_by_and_is_not_the_one_talked_of_who_answers() -> None:
    """'You and Tom must take the cart.': Tom is named as one of two, not singled out, so the 'mentioned' step (a
    person the last line talks of answers it) does not give him the reply. Before: Tom; after: Mr. Cole."""
    assert speakers(FAIR) == ["Ann", "Mr. Cole", "Ann", "Mr. Cole"]
