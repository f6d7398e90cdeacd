"""Rules from reading the misses on the PDNC excerpts (copied outside the repository) and LitBank's openings once
more (twenty-eighth session): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt import adapt_document
from game.adapt.cast import Cast, Character, infer_cast
from game.adapt.readers import read_text
from game.adapt.referents import Ref, Resolver
from tests.adapt.conftest import said

HOUSEHOLD = (
    '"You are late again," said Karamat, when his friend came up the steps. "Sit, sit. The tea is cold."\n'
    '\n'
    '"Karamat, forgive me. The ferry was slow."\n'
    '\n'
    'Karamat laughed and pushed the cup across to him. He had known Yusuf since they were boys.\n'
    '\n'
    '"The ferry is always slow," he said.\n'
    '\n'
    'After the meal they went in to greet the women. Karamat Begum was a cousin of Yusuf\'s mother, and she '
    'kept the house with a firm hand. She was sitting by the window with her sewing.\n'
    '\n'
    '"So you have come at last," she said. "Your mother writes that you do not eat."\n'
    '\n'
    '"I eat like a horse, Aunt."\n'
    '\n'
    '"Then you are a thin horse."\n'
    '\n'
    'Karamat smoothed his beard. He had heard this talk before.\n'
    '\n'
    '"Leave the boy alone," he said. "He is here now."\n'
)


def test_a_name_and_a_title_the_pronouns_make_a_woman_is_not_the_man_of_the_first_word() -> None:
    """'Karamat Begum … she kept the house' beside 'Karamat laughed … He': the pronouns give the full form a woman and
    the first word alone a man, and 'Begum' is never written alone, so they are two people: his lines are 'Karamat'
    (before: one person shown 'Karamat Begum', of no gender, took every line of his)."""
    cast = infer_cast(HOUSEHOLD)
    names = {m.name: m.gender for m in cast.members.values()}
    assert names.get("Karamat") == "m" and names.get("Karamat Begum") == "f"
    speakers = [speaker for _t, speaker, _e in said(HOUSEHOLD)]
    assert speakers[0] == "Karamat" and speakers[-1] == "Karamat"
    assert "Karamat Begum" in speakers[3:5]


def test_a_full_name_the_pronouns_agree_on_stays_one_person() -> None:
    """'Ada Lovell … she' and 'Ada … she': the same woman, one member (the split needs two genders)."""
    text = ('Ada Lovell came down the lane with her basket. She stopped at the gate.\n\n'
            '"Is anyone at home?" said Ada.\n\nAda waited; she could hear the kettle.\n\n"Come in," said a voice.\n')
    cast = infer_cast(text)
    ada = [m for m in cast.members.values() if "ada" in m.tokens]
    assert len(ada) == 1 and ada[0].tokens == {"ada", "lovell"} and ada[0].gender == "f"
    assert not cast.full_names


HOUSE = ('To his plain square home, which was called Stone Lodge, Mr. Pryce came back at six. Stone Lodge stood on '
         'a moor, and Stone Lodge was cold.\n\n"Is tea ready?" said Mr. Pryce.\n\n"It is," said Nell.\n\n'
         'In the parlour of Stone Lodge the fire was low. The shade of Stone Lodge was always damp, and the wind came '
         'round Stone Lodge from the north. He stood before the fire.\n\n"I was cold all day," he said.\n')


def test_the_word_before_lodge_or_house_names_a_place() -> None:
    """'Stone Lodge' six times: a house, no one in the cast (before: a man 'Stone Lodge', who took the last line's
    'he said' from Mr. Pryce)."""
    assert sorted(m.name for m in infer_cast(HOUSE).members.values()) == ["Mr. Pryce", "Nell"]
    assert said(HOUSE)[-1][1:] == ("Mr. Pryce", "tag-pronoun")


def test_a_participle_said_alone_does_not_name_the_narrator() -> None:
    """'"Hunting," said the Bear.': an answer, not a name someone calls the teller by (before: the narrator was
    named 'Hunting')."""
    text = ('I was telling a story to my small son one evening, and the Bear sat on the rug beside us.\n\n'
            '"What is the Bear doing today?" asked my son.\n\n"Hunting," said the Bear, without looking up.\n\n'
            '"Hunting what?" I asked.\n\n"That is what I want to know," said the Bear.\n')
    assert said(text)[2][1] == "Narrator"


def test_a_name_called_before_an_order_is_not_the_speaker() -> None:
    """'"Come, brace up now, Tom, and tell me about it."' after a paragraph that has Tom as its subject: Tom is
    called, so he is not the one speaking (before: the lead-in gave it to Tom)."""
    text = ('"I shall see you in the library," said Ned, and went out.\n\nTom was very pale when his brother came to '
            'him at last. He sat in his chair, his eyes on the floor.\n\n'
            '"Come, brace up now, Tom, and tell me about it."\n\n"There is nothing to tell," said Tom.\n')
    assert [speaker for _t, speaker, _e in said(text)] == ["Ned", "Ned", "Tom"]


CLUB = ('The second act of _Uncle Toby_ was well under way by the time Mrs. Hale came back to the hall. The room was '
        'hot. Tired of the play, she went into the library, where she was greeted by "I want to see the real London," '
        'and her evening came back to her. This was Nora Vance, the quiet girl whom Arthur had asked her to bring from '
        'London, and Arthur was her son, and she herself was an old woman.\n\n'
        '"I was only watching the play."\n\n"It is a dreadful play. _Uncle Toby!_ Imagine!"\n')


def test_a_name_only_ever_in_a_short_italic_span_is_a_title() -> None:
    """'_Uncle Toby_', a play, is no one (before: a man 'Toby', whom 'she went into the library' could not be, took
    the first answer by lead-in); 'she herself was an old woman' says what Mrs. Hale is, and brings no 'Old woman'
    into the cast."""
    cast = infer_cast(CLUB)
    assert not any("toby" in m.tokens for m in cast.members.values())
    speakers = [speaker for _t, speaker, _e in said(CLUB)]
    assert "Toby" not in speakers and "Old woman" not in speakers


def test_a_line_heard_by_the_sentence_s_subject_is_whoever_the_next_sentence_names() -> None:
    """'she was greeted by "I want to see the real London," … This was Nora Vance': Mrs. Hale is greeted, so the
    line is not hers; the sentence after names who said it (before: Mrs. Hale, by the beat)."""
    assert said(CLUB)[0] == ("I want to see the real London,", "Vance", "beat")


def test_a_clause_after_a_question_is_no_tag_for_the_name_in_it() -> None:
    """'He repeated at intervals "What would Mr. Hale say?" as if Mr. Hale had been a judge.': 'as if' opens a
    clause of its own; Mr. Hale is talked of, not talking (before: a tag, Mr. Hale's)."""
    text = ('Mr. Pryce looked at his daughter, and she looked at the floor.\n\n'
            'Tom sat down. He repeated at intervals "What would Mr. Hale say?" as if Mr. Hale had been a judge.\n')
    assert said(text) == [("What would Mr. Hale say?", "Tom", "beat")]


def test_his_brother_is_the_man_who_bears_the_surname_written_after_the_owner_s_name() -> None:
    """'gasped his brother', Frank's: the text writes 'Frank Oakley', and the one other man the surname names is
    Maurice (whose member holds 'oakley' bare, no 'Mr. Oakley' in the cast); before, no brother was found and the
    tag fell to whichever man was nearest."""
    cast = Cast()
    cast.add(Character("francis", "Frank", {"francis", "frank"}, gender="m"))
    cast.add(Character("maurice", "Maurice Oakley", {"maurice", "oakley"}, gender="m"))
    cast.add(Character("mrs-oakley", "Mrs. Oakley", {"mrs oakley"}, gender="f"))
    cast.add(Character("berry", "Berry Hamilton", {"berry", "hamilton"}, gender="m"))
    resolver = Resolver(cast, [0])
    resolver.text = "Frank Oakley sailed in the morning. Maurice Oakley and Mrs. Oakley saw him off, and so did Berry."
    brother = Ref(50, None, "m", "brother", owner="m")
    assert resolver.kin(brother, set(), "francis") == "maurice"
    assert resolver.kin(brother, set(), "maurice") == "francis"


def test_a_family_s_name_before_house_is_no_mention_of_the_man() -> None:
    """'The servants of the Oakley house had not been long in their beds before Hamilton was out of his': the
    sentence's person is Hamilton, so the next paragraph's 'he called to his son' is his (before: 'Oakley' there
    was a mention of Maurice Oakley, the sentence's first name, and took the line)."""
    text = ('Berry Hamilton had kept the door for twenty years, and he was proud of it. Maurice Oakley had sat up late '
            'over his letters, and he was still angry when he went to bed.\n\n'
            'The servants of the Oakley house had not been long in their beds before Hamilton was out of his and '
            'rousing his own little household.\n\n"You, Joe," he called to his son, "get up and help me with the '
            'horses."\n')
    assert said(text) == [("You, Joe, get up and help me with the horses.", "Hamilton", "tag-pronoun")]


def test_a_dialect_well_is_no_name() -> None:
    """'"Wal, Beasley, are you here?"': 'Wal' is 'Well' as the speaker says it (wal, waal, mebbe, och…), no one of
    the cast (before: a member 'Wal', who took two lines)."""
    text = ('Heavy steps crossed the floor below, and the spurs jingled.\n\n"Wal, Beasley, are you here?" queried a '
            'loud voice.\n\nThere was no reply. Snake growled under his breath.\n\n"Wal, we\'ll wait," said Snake.\n\n'
            '"Wal, I ain\'t goin\' to," said Moze.\n')
    assert sorted(m.name for m in infer_cast(text).members.values()) == ["Moze", "Snake"]


def test_and_then_he_added_begins_a_second_line() -> None:
    """'"…shocks as these;" and then he added: "To think…"': a second saying after the first, two lines (the
    corpora count two quotations) for the same speaker (before: one line, the two joined)."""
    text = ('Tom watched the carriage go.\n\n"Poor fellow," he said, "he cannot stand such shocks as these;" and then he '
            'added: "To think of that man\'s treachery!"\n')
    assert said(text) == [("Poor fellow, he cannot stand such shocks as these;", "Tom", "tag-pronoun"),
                          ("To think of that man's treachery!", "Tom", "tag-pronoun")]


def test_he_answered_after_narration_that_asked_someone_is_the_one_asked() -> None:
    """'…, and asked Tom when he was going to find work. // Tired but polite, he answered, "…"': the one asked answers
    (before: Mr. Harlow, the last man who had spoken)."""
    text = ('"Sit down, both of you," said Mr. Harlow, and he went to find the lamp.\n\n'
            'Aunt Bess would not let them eat until she had said her piece. Having scolded the cook, she turned to '
            'other matters, and asked Tom when he was going to find work.\n\n'
            'Tired but polite, he answered, "When the mill opens."\n')
    assert said(text)[-1] == ("When the mill opens.", "Tom", "tag-pronoun")


BREAKFAST = ('Ned had come home in disgrace, and the whole of his debts were read out at breakfast. Mrs. Vale poured the '
             'tea. Arthur frowned at the paper, and Ned looked at the fire.\n\n'
             '"Three hundred pounds," said Mr. Vale, laying the letter down. "Three hundred and twenty with the '
             'saddler."\n\n"Arthur," said his wife, "Ned has ridden all night to tell you himself."\n\n'
             '"Then he may ride back again, my dear."\n\nThe younger man went red, and set down his cup.\n\n'
             '"I came by the mail."\n\n"Inside or out?"\n\n"Out, brother, in the sleet."\n')


def test_a_first_name_his_wife_calls_is_the_one_mister_of_her_surname() -> None:
    """'"Arthur," said his wife' beside one Mr. Vale and one Mrs. Vale: Arthur is Mr. Vale (before: two men, and
    the husband's answer went to 'Arthur', his other lines to Mr. Vale)."""
    cast = infer_cast(BREAKFAST)
    assert sorted((m.name, sorted(m.tokens)) for m in cast.members.values()) == [
        ("Mr. Vale", ["arthur", "mr vale"]), ("Mrs. Vale", ["mrs vale"]), ("Ned", ["ned"])]


def test_the_younger_man_after_a_man_s_line_is_the_other_man() -> None:
    """'"Then he may ride back again, my dear." // The younger man went red': not the man who just spoke; the talk
    after it alternates from Ned (before: Mr. Vale took Ned's line by the lead-in, and every turn after was shifted)."""
    speakers = [speaker for _t, speaker, _e in said(BREAKFAST)]
    assert speakers[3:] == ["Mr. Vale", "Ned", "Mr. Vale", "Ned"]


def test_her_younger_daughter_is_not_miss_and_the_surname() -> None:
    """'said her younger daughter' beside Miss Hale and Miss Nell: Miss and the surname alone is the eldest, as
    novels of manners write it, so the younger is Nell (before: Miss Hale, the one daughter sharing the surname)."""
    text = ('Mrs. Hale had straightened the cushions four times before the clock struck three. Miss Hale sat sewing by '
            'the fire, and Nell knelt on the window-seat.\n\n'
            '"You will wear them out, Mamma," said her younger daughter. "Nobody is coming."\n\n'
            '"Come away from the window, Nell."\n\n"Miss Nell is quite right," said the maid at the door.\n')
    assert said(text)[:2] == [("You will wear them out, Mamma,", "Nell", "tag-pronoun"),
                              ("Nobody is coming.", "Nell", "paragraph")]


def test_a_call_the_narration_says_was_my_first_name_names_the_narrator() -> None:
    """'"Jo," he said—I hadn't told him my first name': the narrator is Jo, not Max, whom a singer calls twice in
    lines and the narration never names (before: the narrator was 'Max', and the owner's lines with him)."""
    text = ('The rain had followed me all the way from the station, and the bar was empty but for the owner and a '
            'singer on the piano bench.\n\n"He\'s wet, Max," she said. "Where did you find him?"\n\n'
            '"He found us. Go home, Lena."\n\n"I am home." She turned to me. "Max won\'t tell you anything."\n\n'
            'I put my card on the bar, and the owner read it without touching it.\n\n'
            '"Jo," he said—I hadn\'t told him my first name, and it wasn\'t on the card—"go home. Get dry."\n\n'
            '"I\'ve been dry before," I said. "It didn\'t take."\n')
    narrator = adapt_document(read_text(text), None).cast.members["narrator"]
    assert narrator.name == "Jo" and narrator.tokens == {"jo", "narrator"}


def test_his_mother_among_two_married_women_is_the_household_s() -> None:
    """'said his mother' of Tom, known by no surname, with Mrs. Carrow and a caller, Mrs. Dacre, both in the talk:
    the mother is the Mrs. of the surname most of the cast bear (Mr., Mrs. and Miss Carrow); before, two married women
    fitted and kin() gave no one, and the tag fell to Miss Carrow."""
    cast = Cast()
    for cid, name, tokens, gender in [("tom", "Tom", {"tom"}, "m"), ("mrs-carrow", "Mrs. Carrow", {"mrs carrow"}, "f"),
                                      ("miss-carrow", "Miss Carrow", {"miss carrow"}, "f"),
                                      ("mr-carrow", "Mr. Carrow", {"mr carrow"}, "m"),
                                      ("mrs-dacre", "Mrs. Dacre", {"mrs dacre"}, "f")]:
        cast.add(Character(cid, name, tokens, gender=gender))
    resolver = Resolver(cast, [0])
    resolver.text = "x" * 400
    for at, cid in [(10, "mrs-dacre"), (100, "mrs-carrow"), (200, "miss-carrow")]:
        resolver.spoke(at, cid)
    assert resolver.kin(Ref(300, None, "f", "mother", owner="m"), set(), "tom") == "mrs-carrow"
    cast.add(Character("mr-dacre", "Mr. Dacre", {"mr dacre"}, gender="m"))
    cast.add(Character("miss-dacre", "Miss Dacre", {"miss dacre"}, gender="f"))
    assert resolver.kin(Ref(300, None, "f", "mother", owner="m"), set(), "tom") is None  # two households of three


def test_their_mother_is_the_married_woman_of_the_daughters_household() -> None:
    """'"My daughters," said their mother': the young ladies' mother, Mrs. Carrow, whose surname the most of the
    cast bear (before: 'the mother', read as anyone's, was the last woman who had spoken, Mrs. Dacre)."""
    text = ('Mrs. Carrow sat on the sofa with Miss Carrow and Lydia. Mrs. Dacre had the good chair. Mr. Carrow was '
            'out.\n\n"And here is the Colonel at last," said Mrs. Dacre. "Colonel, you know everybody."\n\n'
            'The Colonel bowed to her, and then to the sofa, and then, a little uncertainly, to each of the young '
            'ladies.\n\n"My daughters," said their mother. "Miss Carrow. Miss Lydia Carrow."\n')
    assert said(text)[2:] == [("My daughters,", "Mrs. Carrow", "tag-pronoun"),
                              ("Miss Carrow. Miss Lydia Carrow.", "Mrs. Carrow", "paragraph")]
