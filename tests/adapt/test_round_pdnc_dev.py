"""Rules from reading the misses on eight published novels' openings (PDNC excerpts copied outside the repository,
twenty-sixth session): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.cast import Cast, Character, infer_cast
from game.adapt.referents import Ref, Resolver
from tests.adapt.conftest import said

HALLS = ("Owen Marsh came down the stairs of the college with his sister Clara Marsh on his arm. Owen Marsh was "
         "a tall young man with a loud laugh.\n\n"
         "\"You are late,\" said Marsh, and he looked at the clock over the gate.\n\n"
         "\"I am never late,\" said Pell.\n\n"
         "Marsh laughed at that, and he took out his watch.\n\n"
         "\"Then the clock is wrong,\" said Marsh.\n")


def test_a_surname_two_people_bear_alone_is_the_one_man_whom_the_text_calls_he() -> None:
    """'Owen Marsh' twice, his sister 'Clara Marsh' once, and 'Marsh … he' alone: 'said Marsh' is Owen (before:
    'Marsh' alone was no one's, since two people bear it, and every tag naming him was lost)."""
    cast = infer_cast(HALLS)
    owen = cast.lookup("Owen")
    assert owen is not None and cast.lookup("Marsh") == owen and cast.lookup("Clara") != owen
    speakers = [speaker for _t, speaker, _e in said(HALLS)]
    assert speakers[0] == speakers[2] == cast.display(owen) and speakers[1] == "Pell"


def test_a_surname_alone_stays_no_ones_when_the_text_calls_it_she() -> None:
    """The same surname alone followed by 'she': not the man's."""
    text = HALLS.replace("said Marsh, and he looked", "said Marsh, and she looked") \
        .replace("Marsh laughed at that, and he took out his watch.", "Marsh laughed at that, and she took out her watch.")
    cast = infer_cast(text)
    assert cast.lookup("Marsh") != cast.lookup("Owen")


def test_a_miss_of_that_family_keeps_her_title_when_the_surname_alone_is_the_mans() -> None:
    """'Miss Douglas' beside 'Owen Douglas' … 'said Douglas, and he': the man is Douglas, and she is shown as Miss
    Douglas, not as a bare 'Douglas' (a first name some men bear: 'Miss Leslie', whom the servants call Leslie too,
    is shown as Leslie only when 'Leslie' alone is hers)."""
    text = HALLS.replace("Marsh", "Douglas").replace(
        "\"I am never late,\" said Pell.", "\"I am never late,\" said Pell, and he bowed to Miss Douglas.")
    cast = infer_cast(text)
    assert cast.lookup("Douglas") == cast.lookup("Owen")
    assert "Miss Douglas" in {member.name for member in cast.members.values()}


MOSQUE = ("Karim sat in the court of the mosque. Another pillar moved, and then an Englishwoman stepped out into the "
          "moonlight. Suddenly he was angry and shouted: \"Madam! Madam!\"\n\n"
          "\"Oh!\" the woman gasped.\n\n"
          "Kindly answering for them both, the Englishmen at the gate called out. Slightly ashamed, he bowed.\n\n"
          "\"I ask your pardon,\" he said.\n")


def test_a_nation_written_capitalised_or_an_adverb_opening_a_sentence_is_no_one() -> None:
    """'an Englishwoman stepped out', 'the Englishmen', 'Slightly ashamed, he': no cast member, so the 'he' who
    shouts is Karim (before: 'Englishwoman' was someone of no known gender, the subject just before the line, and
    took the man's 'he'). ('the woman gasped' is still no one the draft knows: left.)"""
    cast = infer_cast(MOSQUE)
    assert {member.name for member in cast.members.values()} == {"Karim"}
    speakers = [speaker for _t, speaker, _e in said(MOSQUE)]
    assert speakers[0] == speakers[2] == "Karim"


KELLYNCH = ("Sir Walter read the page again. His heir was William Walter Elliot, Esq., the Mr. Elliot whom Miss Elliot "
            "had once hoped to marry, and whom Lady Elliot had never met. William Walter Elliot was a young man Sir "
            "Walter had not seen for years. Sir Walter closed the book.\n\n"
            "\"William Walter Elliot has not written,\" said Sir Walter.\n\n"
            "\"He never writes, papa,\" said Anne.\n\n"
            "\"Then he is no heir of mine,\" said Sir Walter.\n")


def test_a_middle_name_is_not_shown_as_a_surname() -> None:
    """'William Walter Elliot' twice: 'William Walter' is a first name and a middle name, not how anyone is named, so
    the man the text calls Sir Walter is shown as Sir Walter (before: 'William Walter', written twice, was taken
    for his full name)."""
    speakers = [speaker for _t, speaker, _e in said(KELLYNCH)]
    assert speakers == ["Sir Walter", "Anne", "Sir Walter"]


DANES = ("Hugh Dane gave a dinner for his brother Paul Dane, who was going abroad. Hugh Dane was a grave man, and "
         "Paul Dane laughed at him for it. Hugh Dane did not mind. Hugh Dane never minded.\n\n"
         "\"You will write?\" said Dane, and he filled his brother's glass.\n\n"
         "\"Every week,\" said Paul.\n")


def test_the_surname_alone_is_the_brother_named_by_it_twice_as_often() -> None:
    """'Hugh Dane' four times, his brother 'Paul Dane' twice, and 'said Dane, and he': Hugh (before: three times as
    often was asked, so 'Dane' alone was no one's and the tag was lost)."""
    cast = infer_cast(DANES)
    assert cast.lookup("Dane") == cast.lookup("Hugh") != cast.lookup("Paul")
    assert [speaker for _t, speaker, _e in said(DANES)][0] == cast.display(cast.lookup("Hugh"))


BUTLER = ("Berry Hamilton had been butler at the big house for twenty years. He was a quiet man, and Mrs. Hamilton "
          "kept the cottage by the gate. Mrs. Hamilton sang while she worked.\n\n"
          "When the young master left, Berry went up to him on the steps. Jasper Lane took his hand and shook it. "
          "\"Good-bye, Berry,\" he said.\n\n"
          "\"Good-bye, sir,\" said Berry.\n")


def test_a_first_name_no_list_knows_is_a_man_when_the_text_says_he_so_not_mrs_of_that_name() -> None:
    """'Berry Hamilton … He was' and the one 'Mrs. Hamilton': two people, Berry a man (before: 'Berry Hamilton' was
    taken into Mrs. Hamilton, a woman, since no list knows 'Berry')."""
    cast = infer_cast(BUTLER)
    berry, wife = cast.lookup("Berry"), cast.lookup("Hamilton", "Mrs")
    assert berry is not None and wife is not None and berry != wife
    assert cast.members[berry].gender == "m"


def test_a_greeting_and_a_name_calls_that_person() -> None:
    """'"Good-bye, Berry," he said': a greeting and a name is a call, so the 'he' is not Berry (before: a line of two
    words was taken for a name given, which may be the speaker's own)."""
    speakers = [speaker for _t, speaker, _e in said(BUTLER)]
    assert speakers[0] != "Berry Hamilton" and speakers[1] == "Berry Hamilton"


POETS = ("Near the door stood the poet Gregory, and beside him a mild young man called Syme.\n\n"
         "\"Every clerk is a poet,\" said Gregory.\n\n"
         "\"It is you who are unpoetical,\" replied the poet Syme. \"Clerks are glad of the timetable.\"\n")


def test_a_calling_before_a_name_in_a_tag_is_that_name() -> None:
    """'replied the poet Syme': Syme, though the text has called Gregory 'the poet' before; and the tag between
    the two halves is no new person acting (before: both halves went to Gregory, the one 'the poet' named)."""
    assert [speaker for _t, speaker, _e in said(POETS)] == ["Gregory", "Syme", "Syme"]


def test_older_speaking_verbs_are_tags() -> None:
    """'instructed her husband', 'pouted Louisa', 'he proposed', 'she screeched': tags (before: read as narration,
    so the lines went to the beat or the turn before)."""
    text = ("Louisa and Tom Gradgrind sat by the fire with their mother.\n\n"
            "\"Go to bed, both of you,\" instructed Mrs. Gradgrind.\n\n"
            "\"That's the reason!\" pouted Louisa.\n\n"
            "\"Let us read instead,\" Tom proposed.\n\n"
            "\"Not another word!\" screeched Mrs. Gradgrind.\n")
    assert [(speaker, evidence) for _t, speaker, evidence in said(text)] == [
        ("Mrs. Gradgrind", "tag"), ("Louisa", "tag"), ("Tom Gradgrind", "tag"), ("Mrs. Gradgrind", "tag")]


def test_a_lead_in_ending_in_a_speaking_gerund_and_a_colon_names_the_speaker() -> None:
    """'… and Mrs. Hale joined the parts by leaning towards him and remarking:' / the line: Mrs. Hale's (before: the
    gerund was no speaking verb, and the line went by elimination to Ann, who had spoken before)."""
    text = ("Ann Webb poured the tea. \"More sugar?\" she asked.\n\n"
            "\"No, thank you,\" said Mr. Fane.\n\n"
            "Ralph Dent came into the drawing-room as Mr. Fane reached the middle of a long sentence. Mr. Fane kept it "
            "suspended while the newcomer sat down, and Mrs. Hale joined the parts by leaning towards him and "
            "remarking:\n\n"
            "\"Now, what would you do if you lived in Manchester, Mr. Dent?\"\n")
    assert [(speaker, evidence) for _t, speaker, evidence in said(text)][-1] == ("Mrs. Hale", "lead-in")


def test_a_he_whose_narration_names_one_man_only_in_passing_is_that_man() -> None:
    """'For the first time a red patch appeared on Gregory's forehead.' / '"…," he said': with no subject of his
    gender in the narration just before, a 'he' is the one man it names in passing (a possessive, an object), when it
    has no 'he' or 'she' of its own; before, the scene's other man, named as a subject earlier, was taken."""
    text = ("Syme laughed at the lamp.\n\n"
            "For the first time a red patch appeared on Gregory's forehead.\n\n"
            "\"You don't expect me,\" he said.\n")
    cast = Cast()
    for cid, name in (("syme", "Syme"), ("gregory", "Gregory")):
        cast.add(Character(cid, name, {cid}, gender="m"))
    resolver = Resolver(cast, [0])
    resolver.text = text
    resolver.mention(text.index("Syme"), "syme", strong=True)
    resolver.mention(text.index("Gregory"), "gregory", strong=False)
    at, para, lookback = text.index("he said"), text.index("\"You"), text.index("For the first")
    assert resolver.resolve(Ref(at, None, "m", "he"), para_start=para, lookback=lookback) == "gregory"
    resolver.text = text.replace("a red patch", "he saw a patch")  # the narration's own 'he': not so
    assert resolver.resolve(Ref(at, None, "m", "he"), para_start=para, lookback=lookback) != "gregory"
