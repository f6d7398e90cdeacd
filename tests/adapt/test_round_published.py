"""Rules from reading the misses on published novels (an excerpt of each of three, in the layout of the Project
Dialogism Novel Corpus, kept outside the repository): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

import pytest

from game.adapt.cast import infer_cast
from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from tests.adapt.conftest import said


def speakers(text: str) -> list[str | None]:
    return [speaker for _text, speaker, _evidence in said(text)]


def test_a_title_met_once_does_not_rename_a_girl_called_by_her_first_name_everywhere() -> None:
    """'Miss Nell' once in a letter, 'Nell' a dozen times: she is shown as Nell (before: 'Miss Nell')."""
    text = ('The letter was addressed to Miss Nell, care of the ferry.\n\n'
            + "".join(f'"Line {n}," said Nell. Nell looked at the river.\n\n' for n in range(12)))
    cast = infer_cast(text)
    assert [m.name for m in cast.members.values()] == ["Nell"]


VICARAGE = """The Marlowe girls were at breakfast. Miss Hester Marlowe poured the tea; Agnes Marlowe read the post.

"There is a letter from the bishop," said Miss Marlowe, the eldest, to her sister.

"Then read it, Hester," said Agnes.

"Miss Hester Marlowe," read Hester, "is requested to call."
"""


def test_miss_with_a_first_name_beside_a_sisters_first_name_is_not_the_eldest() -> None:
    """'Miss Hester Marlowe' with 'Agnes Marlowe' in the same family: Hester is a daughter of her own, not the
    eldest's 'Miss Marlowe' (before: Hester joined 'Miss Marlowe' and the line said by the eldest was hers)."""
    cast = infer_cast(VICARAGE)
    owner = cast.by_token.get("hester")
    assert owner is not None and "miss marlowe" not in cast.members[owner].tokens


PARLOUR = """Mr. Aske had come home early. His sister, Miss Aske, was at her needlework, and Mr. Pruitt, the curate, sat
by the fire with the newspaper.

"My dear Mr. Aske," said his lady, "the carriage is late again."

"It is always late," said Mr. Aske.

"You never see to it," cried his wife. "Miss Aske, does he ever see to it?"

"Never," said Miss Aske.
"""


def test_his_wife_is_never_a_miss_and_his_lady_is_his_wife() -> None:
    """'said his lady' and 'cried his wife' are the one married woman of his name, who has not been named yet as
    Mrs. Aske: never his sister Miss Aske (before: both lines went to Miss Aske, the only woman of that name)."""
    text = PARLOUR + '\nMrs. Aske sighed and rang for tea.\n'
    lines = speakers(text)
    assert lines[0] == "Mrs. Aske" and lines[2] == "Mrs. Aske"
    assert lines[1] == "Mr. Aske" and lines[3:] == ["Mrs. Aske", "Miss Aske"]


POOL = """The Otter and the Heron had quarrelled at the pool since spring. A heron, as everyone knows, is a proud bird.

"You are standing in my water," said the Otter.

"The water belongs to no one," said the Heron.

"It belongs to whoever swims in it," said the Otter, and dived.

A heron cannot swim, and the Heron did not try. "Then I shall wait," said the Heron.
"""


def test_a_capitalised_creature_that_speaks_is_a_character_though_its_kind_is_written_small() -> None:
    """'said the Heron' twice and more: the Heron is in the cast, though 'a heron' is written small elsewhere
    (before: the lowercase kind kept it out, and its lines went to the Otter)."""
    assert speakers(POOL) == ["Otter", "Heron", "Otter", "Heron"]


def test_a_man_shown_by_his_surname_keeps_the_gender_his_title_gives() -> None:
    """'Mr. Quill' once, 'Quill' everywhere else: shown as Quill, still a man, so 'he said' beside a woman is his
    (before: the name lost its title's gender and the women's pronouns near it made him a woman)."""
    text = ("Mr. Quill came in late.\n\n"
            + "".join("Quill gave Mrs. Vane the letter, and she read it.\n\n" for _ in range(12))
            + '"You are late," said Mrs. Vane.\n\n"I walked," he said.\n')
    cast = infer_cast(text.split('"I walked"')[0])  # the pronouns of the narration alone
    quill = cast.members[cast.by_token["quill"]]
    assert quill.name == "Quill" and quill.gender == "m"
    assert speakers(text)[-1] == "Quill"


BOARD = """The board sat round the long table. Mr. Crake had the high chair, and the boy Tobias stood before it.

"Your name, boy?" said Mr. Crake.

"Tobias, sir," said the boy.

"He will come to no good," said the gentleman in the grey coat.

"Hush," said Mr. Crake. "Go on, Tobias."

"I only want a coat, sir."

"There!" said the gentleman in the grey coat. "I said so."
"""


def test_a_person_picked_out_by_what_he_wears_is_a_person_of_his_own() -> None:
    """'said the gentleman in the grey coat', tied to no name: someone the text knows by that alone (before: the
    nearest man, the boy, was given both his lines)."""
    lines = speakers(BOARD)
    assert lines[2] == lines[-1] == "Gentleman in the grey coat"
    assert lines[0] == lines[3] == "Mr. Crake"


def test_a_description_wrapped_across_lines_is_one_person_named_on_one_line() -> None:
    """A hard-wrapped text breaks 'the gentleman in the grey\ncoat' at a line end: the same person as on one line,
    and a name a writer can read (before: 'Gentleman in the grey\ncoat', a second person beside the first)."""
    lines = speakers(BOARD.replace('said the gentleman in the grey coat. "I', 'said the gentleman in the grey\ncoat. "I'))
    assert lines[2] == lines[-1] == "Gentleman in the grey coat"


def test_a_description_the_text_ties_to_a_name_is_that_person() -> None:
    """'the man in the apron, who was, it turned out, a carter named Eli Cobb': his lines are Eli Cobb's."""
    text = ("A man in an apron sat by the door.\n\n"
            '"Cold night," said the man in the apron.\n\n'
            "Nell looked at the man in the apron, who was, it turned out, a carter named Eli Cobb.\n\n"
            '"It is," said Nell.\n\n'
            '"Colder tomorrow," said the man in the apron.\n\n'
            "Eli Cobb laughed and went out to his cart.\n")
    assert speakers(text) == ["Eli Cobb", "Nell", "Eli Cobb"]  # shown by the full name the narration writes


def test_narration_that_leads_straight_into_a_line_gives_it_to_the_one_who_speaks_in_it() -> None:
    """A paragraph of narration ending in a comma or colon runs into the line: its last sentence's speaking verb
    says whose it is, not the paragraph's first subject (before: the first subject, Ada, had both lines)."""
    text = ('"Shall we walk?" said Ada.\n\n'
            '"If you like," said Mr. Penrose.\n\n'
            "Ada looked away, and Mr. Penrose, who had been watching her, observed with some warmth,\n\n"
            '"You are tired of me already."\n\n'
            "Ada was spared an answer, for she was at that moment accosted by Mrs. Hale,\n\n"
            '"My dear, your mother is asking for you."\n')
    assert speakers(text)[2:] == ["Mr. Penrose", "Mrs. Hale"]


def test_a_bow_is_an_answer_and_the_one_who_asked_goes_on() -> None:
    """'You have a house in town?' / 'Mr. Vane bowed.' / the next line: the asker goes on, as after a nod."""
    text = ('"A fine evening," said Sir Giles to Mr. Vane.\n\n'
            '"Very fine."\n\n'
            '"You have a house in town, I think?"\n\n'
            "Mr. Vane bowed.\n\n"
            '"I had thoughts of a house in town myself, once."\n')
    assert speakers(text) == ["Sir Giles", "Mr. Vane", "Sir Giles", "Sir Giles"]


def test_a_title_and_surname_called_is_the_one_so_titled_not_the_surname_alone() -> None:
    """'…, Mrs. Weld, of this' calls Mrs. Weld, never Captain Weld (known by the bare surname too): her answer is
    hers (before: the surname after the title's full stop was read as called alone, and he had her line)."""
    text = ('Captain Weld came in from the yard. Weld was a big man. Mrs. Weld and Mr. Ash sat by the fire.\n\n'
            '"I do not know what you think, Mrs. Weld, of this weather," said Mr. Ash.\n\n'
            '"I think it a great nuisance."\n')
    assert speakers(text) == ["Mr. Ash", "Mrs. Weld"]


def test_papa_called_among_several_men_is_the_one_with_a_child_of_his_name() -> None:
    """'No, papa' with Mr. Hale and Mr. Dorn both in the scene: the father called is Mr. Hale, whose daughter the
    text calls Clara Hale (before: two men of the scene, so nobody was taken as called)."""
    text = ("Clara Hale was nineteen. Miss Hale kept her father's house, and Clara was happy in it.\n\n"
            "Mr. Dorn had gone home, and Clara sat with Mr. Hale after dinner.\n\n"
            '"Poor Mr. Dorn! He looked so tired," said Mr. Hale.\n\n'
            '"No, papa, he is never tired. He only says so."\n\n'
            '"My dear, everybody is tired at my age."\n')
    draft = adapt_document(read_text(text))
    assert draft.utterances[1].addressee == {"mr-hale"}
    assert speakers(text)[1:] == ["Clara", "Mr. Hale"]


def test_it_said_is_the_creature_last_named_that_has_no_he_or_she() -> None:
    """'"No room for boys," it said' after a girl and a boy have spoken: the Hedgehog (a creature the text calls
    'it'), not the girl whose turn it would be (before: the tag's 'it' was no one, and turn-taking decided)."""
    text = ('Mira sat down on the bank. She was tired. Tom scratched his head.\n\n'
            '"Good evening," said the Hedgehog from under the leaves.\n\n'
            '"Good evening," said Mira.\n\n'
            '"Can we come in?" said Tom.\n\n'
            '"No room for boys," it said.\n\n'
            'The Hedgehog thought about this for a while, and it said in a small voice, "Girls may."\n\n'
            '"Then I shall wait," said the Hedgehog, and went in.\n')
    assert speakers(text)[3:5] == ["Hedgehog", "Hedgehog"]


def test_a_woman_met_as_a_girl_is_the_one_who_later_answers_to_a_name_question(monkeypatch: pytest.MonkeyPatch) -> None:
    """'I watched a girl walk past' ... '"What are you called?" / "Lisette. And you?"': her earlier line ('she
    asked') is Lisette's, not that of a woman of another scene (before: the girl was tied to no one, and 'she'
    went to the only woman the story had named)."""
    text = ("I had the evening to myself. Lady Ashby had gone to the country with Lady Ashby's sister, and I did not "
            "mind. Lady Ashby would write. I never minded "
            "when Lady Ashby was away. I walked to the boulevard and I sat down.\n\n"
            "* * *\n\n"
            "I sat at the cafe and watched a pretty girl walk past the table. She came back and sat down.\n\n"
            '"What will you drink?" I asked.\n\n'
            '"Pernod."\n\n'
            '"Are you hungry?" she asked.\n\n'
            '"Not very," I said.\n\n'
            '"What are you called?"\n\n'
            '"Lisette. And you?"\n\n'
            '"Jacob," I said.\n\n'
            "Lisette laughed. She took my arm, and we went out. Lisette was tired, and she said so.\n")
    assert speakers(text)[2] == "Lisette"
    from game.adapt import attribution
    seen: list[list[tuple[int, str]]] = []
    real = attribution.Resolver.learn_epithet

    def spy(self: attribution.Resolver, ref: attribution.Ref) -> None:
        seen.append(list(self.own_names))
        real(self, ref)
    monkeypatch.setattr(attribution.Resolver, "learn_epithet", spy)
    adapt_document(read_text(text))
    assert seen and [cid for _, cid in seen[0]] == ["lisette"]  # the bare answer counts as giving her name


def test_an_aside_or_a_long_sentence_after_a_line_is_no_tag_and_the_lead_in_says_who() -> None:
    """'to hear the Owl say to itself, "Late!" (when she thought it over afterwards, ...)' and 'muttering as it
    came, "Oh! won't she be cross!" Mira felt so tired that she sat down': both the Owl's, as the words before
    them say (before: 'she thought' in the aside and 'Mira felt' were read as tags)."""
    text = ("Mira sat on the step. Nor did Mira think it odd to hear the Owl say to itself, \"Late! Late!\" (when "
            "she thought it over afterwards, it seemed odd enough).\n\n"
            "\"Good night,\" said the Owl to Mira.\n\n"
            "\"Good night,\" said Mira.\n\n"
            "Soon the Owl came back along the wall, muttering to itself as it came, \"Oh! won't she be cross!\" "
            "Mira felt so tired that she sat down again on the step and shut her eyes.\n")
    assert speakers(text) == ["Owl", "Owl", "Mira", "Owl"]


def test_we_passing_someone_is_not_the_speaker_turning_to_them() -> None:
    """'"Nothing," said Tom. They passed close to Lisette.' does not make Lisette the one Tom speaks to, so the next
    untagged line is not given to her as the one addressed (before: 'passed' after 'They' read as Tom's look)."""
    text = ("Tom danced with Ada. Lisette was dancing with a sailor. She laughed at him.\n\n"
            '"You look tired," said Ada.\n\n'
            '"Nothing," said Tom. They passed close to Lisette and the sailor.\n\n'
            '"Why did you bring her?"\n')
    draft = adapt_document(read_text(text))
    assert draft.utterances[1].addressee != {"lisette"}
    assert speakers(text)[-1] == "Ada"


def test_a_line_does_not_go_to_someone_only_talked_of_who_never_came_in() -> None:
    """Two people talk about Mr. Quarles, who spoke once (by a guess) and was never a subject of the scene's
    narration: the answer to a line naming him is the other speaker's, not his (before: 'mentioned' gave it
    to him)."""
    text = ("Mrs. Lamb sat by the window. Mr. Lamb read the paper, and Mr. Lamb did not look up.\n\n"
            '"Have you heard that the Hall is let at last?" said Mrs. Lamb.\n\n'
            '"Who has taken it?"\n\n'
            '"Quarles."\n\n'
            '"Is he married?"\n\n'
            '"No. I dare say Mr. Quarles will be glad of our acquaintance, if you call on him."\n\n'
            '"I dare say I shall not."\n')
    assert "Mr. Quarles" not in speakers(text)[-2:]


def test_the_manner_of_a_tag_picks_no_one_out() -> None:
    """'said the girl in a tone of decision' and 'said the boy in the same voice' are the girl and the boy the
    scene knows, not people of their own ('in the white waistcoat' picks someone out; 'in a tone' does not)."""
    text = ("Daisy and her brother Randolph stood by the lake. Daisy was tall, and she was pretty; Randolph was "
            "small.\n\n"
            '"We are going to Italy," said the girl in a tone of decision.\n\n'
            '"I do not want to go," said the boy in the same voice.\n')
    assert speakers(text) == ["Daisy", "Randolph"]


def test_a_nationality_is_no_one_and_a_manner_picks_no_one_out() -> None:
    """'a pretty American girl' and 'American' said often are no cast member (before: "American" became one and
    took the girl's lines); 'said the girl with the same placidity' is the girl the scene knows."""
    text = ("Winterbourne sat in the garden. A pretty American girl came down the path. American girls were the "
            "best, Winterbourne thought; American manners were another thing.\n\n"
            '"Are you American?" said Winterbourne.\n\n'
            '"Of course," said Daisy. Daisy laughed; she was pretty, and she knew it.\n\n'
            '"I should have thought so," said Winterbourne.\n\n'
            '"Everybody does," said the girl with the same placidity.\n')
    cast = infer_cast(text)
    assert "american" not in cast.by_token
    assert speakers(text)[-1] == "Daisy"


def test_a_first_name_two_people_share_is_shown_with_the_second_name() -> None:
    """'John Andrew' the boy and 'John Beaver' the guest: the boy is shown as John Andrew, so a line of his is not
    taken for the other John's (before: shown as "John", a name both answer to)."""
    text = ("John Andrew was six. John Andrew rode his pony every morning, and John ran to the stables after "
            "breakfast.\n\n"
            "Mrs. Beaver had one son, John Beaver, and Mr. Beaver had been dead for years. Beaver was idle.\n\n"
            '"Can I ride today?" said John.\n')
    cast = infer_cast(text)
    boy = cast.members[cast.by_token["andrew"]]
    assert boy.name == "John Andrew" and "john" in boy.tokens
    assert speakers(text) == ["John Andrew"]


def test_a_word_cried_alone_does_not_name_the_narrator() -> None:
    """First person, the narrator never named: '"Impossible!"' cried alone is an exclamation, not a call, so the
    narrator stays the Narrator; a name cried alone that the text also writes inside a sentence is a call."""
    opening = ('I had gone down to the quay before the others were awake, and I was glad of the cold. My coat was too '
               'thin for it, but I did not mind. I watched the gulls and I counted the boats. {who} was mending a net '
               'by the steps, and I went over to him.\n\n')
    unnamed = opening.format(who="The boatman") + (
        '"The ferry will not run today," he said.\n\n"Impossible!"\n\n'
        '"Impossible or not, it will not run," said the boatman. I sat down on a bollard to wait.\n\n'
        '"Then I shall walk," I said.\n\n')
    draft = adapt_document(read_text(unnamed))
    assert draft.cast.first_person and draft.cast.members["narrator"].name == "Narrator"
    called = opening.format(who="Old Hobb") + (
        '"Is that you out so early, Nell? The ferry will not run today," said Hobb.\n\n"Nell!"\n\n'
        '"It will not run," said Hobb. I sat down on a bollard to wait.\n\n'
        '"Then I shall walk," I said.\n\n')
    draft = adapt_document(read_text(called))
    assert draft.cast.members["narrator"].name == "Nell"


def test_two_people_with_one_first_name_are_two_people() -> None:
    """'Ned Harrow' and 'Ned Pollard' whom one sentence of narration names together are two people, not one
    joined through 'Ned' (before: one cast member holding ned, harrow and pollard); 'Ned' alone names neither."""
    text = ('Ned Harrow came up the lane with the lantern. "Evening," said Ned Harrow.\n\n'
            'Ned Pollard was waiting at the gate. "The mare is lame," said Ned Pollard.\n\n'
            'Harrow looked at Pollard for a long moment. "Then she stays in," said Harrow.\n\n'
            '"Suit yourself," said Pollard.\n')
    cast = infer_cast(text)
    assert sorted(m.name for m in cast.members.values()) == ["Harrow", "Pollard"]
    assert speakers(text) == ["Harrow", "Pollard", "Harrow", "Pollard"]


def test_a_she_said_line_is_never_the_narrators_nor_a_mans() -> None:
    """'"…," she said' where no woman is known (she is named once, as an object: no cast member): the line is left
    to check rather than given to the narrator ("I") or to the one man."""
    text = ("I had lost at the tables again. Vassily passed me on the stairs; he said nothing. I went out to the "
            "terrace, where I found Polina.\n\n\"You lost again,\" she said.\n\n\"Not all of it,\" I said.\n")
    assert speakers(text) == [None, "Narrator"]


def test_a_given_name_gives_a_gender_the_text_does_not() -> None:
    """'Oliver' with no he, title or kin word near: a man's name all the same, so 'the old woman' is someone else,
    not the one named person of no known gender; and 'Lydia' with no pronoun is a she."""
    text = ("Oliver sat by the fire, and the old woman came in with the coal.\n\n"
            "\"It is a cold night,\" said the old woman.\n\n\"It is always cold here,\" said Oliver.\n")
    assert speakers(text) == ["Old woman", "Oliver"]
    cast = infer_cast("Lydia came to the door. Lydia laughed at the rain, and the others followed.\n")
    assert [(m.name, m.gender) for m in cast.members.values()] == [("Lydia", "f")]


def test_a_well_known_place_is_nobody() -> None:
    """'Paris is a fine town', 'America has been good to me': places, not people of the cast (a draft once listed
    Paris and America among a novel's characters); a place name that is also a given name is not in the list."""
    text = ("Paris was hot that summer. Paris is a fine town, Harvey said. America had been good to him.\n\n"
            "\"Florence says so too,\" said Harvey. Florence laughed.\n")
    assert sorted(m.name for m in infer_cast(text).members.values()) == ["Florence", "Harvey"]


def test_a_paragraph_of_many_lines_reads_the_narration_near_each_line() -> None:
    """A text whose paragraph breaks were lost is one paragraph of thousands of lines: each line reads the few
    stretches of narration beside it (all of them in a paragraph of a few lines), so the work grows with the
    lines, not with their square (bench: `python -m bench --only adapt`); and the talk is still read right."""
    from game.adapt.attribution import NEAR_SPANS, _near
    from game.adapt.quotes import Piece, Utterance

    few = [(0, 5), (10, 15), (20, 25)]
    line = Utterance([Piece(6, 9, 0)])
    assert _near(few, line) == few
    many = [(i * 10, i * 10 + 5) for i in range(1000)]
    line = Utterance([Piece(5006, 5009, 0)])
    assert _near(many, line) == many[501 - NEAR_SPANS:501 + NEAR_SPANS]
    turns = ['"Is it far?" she asked.', '"Not far," said Mr. Bram.', '"Then we walk," she said.', '"Yes," he said.']
    text = "Mr. Bram was tired. He sat down by the road. Ada sat down too, and she looked at him. " + \
        " ".join(turns[i % 4] for i in range(400)) + "\n"
    assert speakers(text) == ["Ada", "Mr. Bram", "Ada", "Mr. Bram"] * 100


LAMPLIGHTER = """Nell met the lamplighter at the corner of the lane, and Tom waited by the gate.

"Late tonight," said the lamp-lighter gravely.

"The fog," said Nell.

"Aye, the fog. It gets into the wicks," said the lamp-lighter.

Tom laughed.
"""


def test_a_calling_the_narration_met_and_a_tag_speaks_by_is_a_person_of_its_own() -> None:
    """'said the lamp-lighter', a calling no word list holds, after the narration met 'the lamplighter': his lines
    are one person's, shown by the calling (before: the tag named no one, and the lines went to Tom)."""
    assert speakers(LAMPLIGHTER) == ["Lamp-lighter", "Nell", "Lamp-lighter"]


def test_an_epithet_a_tag_coins_is_not_a_person_of_its_own() -> None:
    """'said the enquirer', a word the narration never used before: the one who asked, not someone new."""
    text = ('Tom came up the path to the ferry, where Nell sat mending a net.\n\n'
            '"Is the ford deep today?" said the enquirer.\n\n'
            '"Deep enough," said Nell.\n')
    assert speakers(text)[0] != "Enquirer"


def test_a_trade_the_narration_brings_in_speaks_the_next_line() -> None:
    """'The concierge came up the stairs.' then a line: the concierge's, someone known by the trade alone (before:
    the word was no calling, and the line went to the man of the talk before it)."""
    text = ('"Shall we go up?" said Tom.\n\n'
            '"In a minute," said Mr. Dale.\n\n'
            "The concierge came up the stairs with a lamp.\n\n"
            '"There is a letter for you, sir."\n\n'
            '"Thank you," said Tom.\n')
    assert speakers(text) == ["Tom", "Mr. Dale", "Concierge", "Tom"]


def test_a_kin_word_inside_a_longer_name_does_not_make_a_person() -> None:
    """'before the passing of the Deceased Wife's Sister Bill': a law, not someone called Bill (before: a man of the
    cast, given a boy's lines); 'her Cousin Frieda' is still a person."""
    text = ("It was before the passing of the Deceased Wife's Sister Bill, so Mrs. Munt could visit.\n\n"
            "Margaret smiled at her Cousin Frieda.\n\n"
            '"Is the train late?" said Mrs. Munt.\n')
    tokens = {t for member in infer_cast(text).members.values() for t in member.tokens}
    assert "bill" not in tokens and "frieda" in tokens


def test_someone_known_by_a_calling_who_joins_after_a_newcomer_speaks_next() -> None:
    """'Tom spoke to Mr. Lark from the mill; then he was joined by the rector.': the line after is the rector's,
    the last to come (before: Mr. Lark's, the one new name of the paragraph)."""
    text = ('"Fine morning," said Tom.\n\n'
            '"It is," said Ada.\n\n'
            "After the service Tom spoke to Ada and Mr. Lark from the mill; then he was joined by the rector.\n\n"
            '"Your wife is not unwell, I hope?"\n\n'
            '"No, only tired," said Tom.\n')
    assert speakers(text) == ["Tom", "Ada", "Rector", "Tom"]


def test_a_line_led_in_by_its_speaker_keeps_him_when_the_narration_goes_on_after_it() -> None:
    """'Ben shouted "Jump!" and Tom kicked': Ben's, not Tom's (the words after are not a tag); and in 'Ada would
    say, "…", and Tom would say, "…"' each line is its own speaker's (before: both went to the one after)."""
    text = ('The pony stood at the rail. Ben shouted "Jump!" and Tom kicked hard, losing a stirrup.\n\n'
            'They walked round the garden. At intervals Ada would say, "That is new," and Tom would say, '
            '"No, it is very old."\n')
    assert speakers(text) == ["Ben", "Ada", "Tom"]


def test_two_tags_between_two_quotes_part_them_into_two_lines() -> None:
    """'"Oh—" Mrs. Lane murmured, while Tom, smiling at her, replied: "As soon as we can."': the words between
    hold two speakers' tags, so the quotes are two lines (before: one line, all Mrs. Lane's)."""
    text = ('"And when is the wedding to be?" asked Ada.\n\n'
            '"Ask Tom," said Mrs. Lane.\n\n'
            '"Soon enough," said Tom.\n\n'
            '"Oh—" Mrs. Lane murmured, while Tom, smiling at her, replied: "As soon as we can."\n')
    assert said(text)[3:] == [("Oh—", "Mrs. Lane", "tag"), ("As soon as we can.", "Tom", "tag")]


def test_a_person_likened_or_pictured_is_no_one_new() -> None:
    """'as became a young man of his station', 'a portrait of a young man': what someone is like, or a picture,
    not a person the narration brings in; 'said the young man' is then the young man of the scene (before: a
    'Young man' of his own, kept for every later 'the young man')."""
    text = ("Tom Hale came into the hall, where hung the portrait of a stout young man in a wig. Tom, as became a "
            "young man of his station, bowed to Mrs. Orme.\n\n"
            '"Good evening," said the young man.\n\n'
            '"Good evening, Mr. Hale," said Mrs. Orme.\n')
    assert speakers(text) == ["Mr. Hale", "Mrs. Orme"]  # shown as the lines call him


def test_sisters_in_the_plural_a_nation_and_an_idea_are_no_one() -> None:
    """'the Miss Pagets' beside Miss Paget, 'the Italians', 'Imperialism': no one of the cast (before: each a person
    lines could be given to); a surname ending in s ('Mrs. Braddocks', misspelt once 'Mrs. Braddock') is kept."""
    text = ('"The Miss Pagets are coming," said Miss Paget. The Italians, said Helen, understood that. '
            'Imperialism, said Tom, was a fever. Imperialism bored Helen.\n\n'
            '"Are they?" said Helen.\n\n"Of course," said Mrs. Braddocks.\n\n"Indeed," Mrs. Braddock put in.\n\n'
            '"Quite," said Mrs. Braddocks.\n')
    tokens = {t for member in infer_cast(text).members.values() for t in member.tokens}
    assert not tokens & {"miss pagets", "italians", "imperialism"}
    assert {"miss paget", "mrs braddocks", "helen"} <= tokens


def test_an_adverb_opening_a_sentence_is_no_part_of_the_name_after_it() -> None:
    """'Thereupon Ada held her tongue': Ada, not 'Thereupon Ada' (before: 'thereupon' was one of her names)."""
    text = ('"Hold your tongue," said Mrs. Orme.\n\nThereupon Ada held her tongue, and Mrs. Orme went on knitting.\n\n'
            '"Good," said Mrs. Orme. "Ada, fetch the wool."\n\n"Yes," said Ada.\n')
    cast = infer_cast(text)
    assert cast.members[cast.lookup("Ada")].tokens == {"ada"}


def test_whom_a_tag_turns_to_is_not_its_speaker_but_who_relative_is() -> None:
    """'He turned to Tom and said, "…"' is his line, not Tom's; 'Ada looked at Mr. Grey, who said, "…"' is Mr.
    Grey's (before: the name just before the speaking verb, Tom, and then the clause's first subject, Ada)."""
    text = ('"Shall we go?" said Tom.\n\n"Presently," said Mr. Grey.\n\n'
            'Mr. Grey thought of his aunt for a while. He turned to Tom and said, "I have just remembered."\n\n'
            '"Remembered what?" said Tom.\n\nAda looked at Mr. Grey, who said, "Her name."\n')
    assert speakers(text) == ["Tom", "Mr. Grey", "Mr. Grey", "Tom", "Mr. Grey"]


def test_her_father_is_the_mr_of_the_surname_the_text_writes_after_her_name() -> None:
    """Nell is kept apart from the Pryor family's other given name (Kate Pryor, in the same sentence), so her own
    names hold no surname; 'said her father' is Mr. Pryor, the surname written after 'Nell', not the last Mr. of the
    scene (before: Mr. Dale). Not for an uncle, who may be a mother's brother."""
    text = ("Nell Pryor and her sister Kate Pryor sat by the fire. Mr. Dale came in with Mr. Pryor.\n\n"
            '"Good evening," said Mr. Dale.\n\n'
            '"We did not look for you tonight," said Nell.\n\n'
            '"Nor did I," said her father, "but here he is."\n')
    assert speakers(text) == ["Mr. Dale", "Nell", "Mr. Pryor"]


def test_said_her_mother_after_a_line_that_calls_a_girl_is_that_girls_mother() -> None:
    """'"Another time, Nell," said her mother': Nell's mother, Mrs. Pryor, not the mother of the girl who spoke last
    (before: Mrs. Dale, Miss Dale's)."""
    text = ("Mrs. Pryor and Mrs. Dale sat in the window with Miss Nell Pryor and Miss Dale.\n\n"
            '"May we go to the ball?" said Miss Dale.\n\n'
            '"Another time, Nell," said her mother, "I would not go if I were you."\n')
    assert speakers(text) == ["Miss Dale", "Mrs. Pryor"]


def test_a_man_written_with_his_surname_is_not_the_one_mrs_of_that_name() -> None:
    """'Tom Pryor' and the one 'Mrs. Pryor': two people, his mother or his wife (before: one, shown as Mrs. Pryor,
    given his lines)."""
    text = ("Tom Pryor came in late. Mrs. Pryor looked up from her sewing.\n\n"
            '"You are late," said Mrs. Pryor.\n\n"The coach was slow," said Tom.\n')
    assert speakers(text) == ["Mrs. Pryor", "Tom Pryor"]
