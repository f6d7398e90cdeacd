"""Rules from reading the misses on eight published novels' openings again (the PDNC excerpts, copied outside the
repository, twenty-seventh session): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

from game.adapt.cast import Cast, Character, _join_short_names, infer_cast
from tests.adapt.conftest import said

STREET = (
    'The rain had stopped by the time Tomas reached the barracks, and the colonel kept him waiting in the yard.\n'
    '\n'
    '"You sent for me," said Tomas.\n'
    '\n'
    '"I did," said Colonel Brandt. "The bridge at Orvel is down. I want it mapped by Friday."\n'
    '\n'
    '"By Friday? It is forty miles."\n'
    '\n'
    '"Then you had better start," said the colonel, and he went inside and shut the door.\n'
    '\n'
    "Tomas turned up his collar and walked out through the gate without a word; he was tired, and his boots were wet through. The town below was grey and wet, and the road down to it ran between high walls that held the smell of the rain. He did not hurry. There was nothing at the bottom of the hill that wanted him before night, and he had learned long ago that an order given in anger is best carried out slowly, so that the anger has time to cool before the work is judged. He passed the chandler's, the two taverns and the shut windows of the bank, and he counted the lamps as the lamplighter lit them one after another along the square.\n"
    '\n'
    'He thought of the bridge as he had last seen it, two summers before: six arches of yellow stone, the middle one cracked from the parapet to the water, and the river running brown and quick beneath. He had said then that it would not stand another flood, and no one had listened to him, and now it had fallen, and the man who had not listened wanted it drawn in four days. It was the way of the service. He had stopped minding it, or told himself he had. He turned the matter over and over, the way a man turns a coin he cannot spend, and he found no comfort in it anywhere.\n'
    '\n'
    'At the corner by the church he stopped to light his pipe, sheltering the match in his hands. The wind off the river put it out twice. The third time it caught, and he stood a while in the lee of the porch, smoking and watching the water in the gutters run towards the quay. A cart went by with a load of barrels, and a dog ran after it, barking, until the carter threw something at it. The church clock struck seven. Somewhere behind the houses a door banged, and a child was called in to supper, and then the street was quiet again except for the dripping of the eaves.\n'
    '\n'
    'He knocked out the pipe against the wall and was about to go on when the church door opened behind him and a woman stepped out with a lantern. Suddenly he was ashamed of loitering there like a thief, and he called out: "Good evening, madam!"\n'
    '\n'
    '"Oh!" the woman said. "You startled me."\n'
    '\n'
    '"I beg your pardon. I was only sheltering."\n'
    '\n'
    '"From what? The rain has stopped."\n'
    '\n'
    '"From the colonel, I think."\n'
    '\n'
    'She laughed, and went past him down the steps into the square. He called after her, "I am sorry to have frightened you."\n'
)


def test_a_talk_that_pages_of_narration_ended_gives_no_one_to_a_later_he() -> None:
    """The colonel speaks last and goes in; two thousand characters tell of Tomas alone (named once, then 'he'); then
    'he called out: "Good evening, madam!"' is Tomas, and so are his turns with the woman and the 'He called after her'
    that follows her line (before: the colonel, the last man who had spoken, took the first and every other turn)."""
    lines = said(STREET)
    assert [speaker for _t, speaker, _e in lines[:5]] == ["Tomas", "Colonel Brandt", "Colonel Brandt", "Tomas",
                                                          "Colonel Brandt"]
    after = {text: speaker for text, speaker, _e in lines[5:]}
    assert after["Good evening, madam!"] == "Tomas"
    assert after["I beg your pardon. I was only sheltering."] == "Tomas"
    assert after["From the colonel, I think."] == "Tomas"
    assert after["I am sorry to have frightened you."] == "Tomas"


def test_the_same_talk_with_a_short_pause_still_holds_its_speakers() -> None:
    """With the long narration cut to one sentence the colonel's talk is not over: someone of it answers the
    colonel's 'Then you had better start' (Tomas, by turn-taking), as before."""
    short = STREET.split("Tomas turned up his collar")[0] + "Tomas said nothing for a while.\n\n\"Friday, then,\" he said.\n"
    lines = said(short)
    assert lines[-1][0] == "Friday, then," and lines[-1][1] == "Tomas"


def test_a_plural_title_is_no_one() -> None:
    """'Mesdames Callendar and Lesley' (Mrs. Callendar and Mrs. Lesley) and 'Messrs. Hale' name several people by a
    title in the plural: no cast member 'Mesdames' or 'Messrs' (before: 'Mesdames' was someone, a Callendar by her
    first name, and took two of Aziz's lines)."""
    text = ("Major Callendar sent for Aziz. Mrs. Callendar and Mrs. Lesley went to the club, and Aziz lifted his hat.\n\n"
            "It comforted him that Mesdames Callendar\nand Lesley should both be fat. The bill came from Messrs. Hale "
            "and Sons.\n\n\"Saying nothing?\" asked Aziz.\n\n\"Nothing,\" said Mrs. Lesley.\n")
    names = {member.name for member in infer_cast(text).members.values()}
    assert not names & {"Mesdames", "Messrs", "Messrs."}
    assert {"Aziz", "Major Callendar", "Mrs. Callendar", "Mrs. Lesley"} <= names


def test_a_lead_in_by_a_participle_is_the_subject_of_its_own_main_clause() -> None:
    """'Tom rose, …, but Anna rose at the same moment, and saying, "…" led the way': Anna, the subject of the clause
    the participle belongs to (before: 'saying' was no speaking verb, and the paragraph's first subject, Tom, took the
    line as a beat)."""
    text = ("\"We have a great many pictures,\" said Mrs. Grey to Tom.\n\n"
            "Tom rose, half meaning to go, and thinking that he had seen everything there was to see, but Anna rose at "
            "the same moment, and saying, \"Perhaps you would like to see the garden,\" led the way out.\n")
    lines = said(text)
    assert lines[1][0] == "Perhaps you would like to see the garden," and lines[1][1] == "Anna"
    assert lines[1][2] == "tag"


def test_a_lead_in_by_a_participle_alone() -> None:
    """'… she turned to the window, adding, "…"': the one who turned (a participle is a lead-in's verb as 'said' is)."""
    text = ("Tom came in with the letters, and Anna took them from him. Later she turned to the window, adding, "
            "\"It will rain before noon.\"\n")
    lines = said(text)
    assert lines[0][1] == "Anna" and lines[0][2] == "tag-pronoun"


def _short_form_joined(text: str) -> str | None:
    cast = Cast()
    cast.add(Character("mr-gradgrind", "Mr. Gradgrind", {"gradgrind", "mr gradgrind"}, gender="m"))
    cast.add(Character("miss-sleary", "Miss Sleary", {"josephine", "miss sleary"}, gender="f"))
    cast.add(Character("joseph", "Joseph", {"joseph"}))
    _join_short_names(cast, text)
    return cast.lookup("Joseph")


def test_a_name_written_with_another_familys_surname_is_no_short_form() -> None:
    """'Joseph Gradgrind' (the Gradgrinds' name after it) is no short form of Miss Josephine Sleary's first name
    (before: Joseph was taken into her, and the schoolroom's girl, a 'she' of no name yet, became Miss Sleary);
    'Joseph' written alone still is."""
    assert _short_form_joined("Not George Gradgrind, nor Joseph Gradgrind, but Thomas. Later Josephine rode in.") \
        == "joseph"
    assert _short_form_joined("Joseph came in. Later Josephine rode in the ring.") == "miss-sleary"


def test_a_short_form_written_with_its_own_familys_surname_is_still_joined() -> None:
    """'Frank Oakley' beside 'Francis Oakley' (the surname alone is his brother Maurice's): Frank is Francis."""
    cast = Cast()
    cast.add(Character("maurice", "Maurice Oakley", {"maurice", "oakley"}, gender="m"))
    cast.add(Character("francis", "Francis", {"francis"}, gender="m"))
    cast.add(Character("frank", "Frank", {"frank"}))
    _join_short_names(cast, "Francis Oakley came home. Later Frank Oakley sat down by the fire, and Maurice spoke.")
    assert cast.lookup("Frank") == "francis"


REMARKS = ("Sir Walter Elliot sat by the fire, and Mr Shepherd stood at the window with Anne.\n\n"
           "\"The navy has done so much for us,\" said Anne.\n\n"
           "\"Very true, very true.  What Miss Anne says, is very true,\" was Mr\nShepherd's rejoinder, and \"Oh! "
           "certainly,\" was his daughter's; but Sir\nWalter's remark was, soon afterwards--\n\n"
           "\"The profession has its utility, but I should be sorry to see any friend of mine belonging to it.\"\n\n"
           "\"Indeed!\"\n")


def test_a_reply_named_by_a_titled_speaker_and_a_remark_that_was_to_come() -> None:
    """'"…," was Mr Shepherd's rejoinder' (a title with no stop, a line break before the name) names its speaker, as
    '"…," was his answer' does; and a paragraph ending 'but Sir Walter's remark was, soon afterwards--' leads the next
    paragraph's line in (before: Sir Walter and Anne, by beat and turn-taking)."""
    lines = {text: (speaker, evidence) for text, speaker, evidence in said(REMARKS)}
    assert lines["Very true, very true. What Miss Anne says, is very true,"] == ("Mr. Shepherd", "tag")
    assert lines["The profession has its utility, but I should be sorry to see any friend of mine belonging to it."] \
        == ("Sir Walter Elliot", "tag")


LUNCH = ("Sunday lunch at the Nowaks' had rules, and none of them were written down. Her father carved, slowly. "
         "Her mother watched him carve. Ola watched them both.\n\n"
         "\"Salt,\" said her father, to nobody.\n\n"
         "\"It's by your plate, Tomek.\"\n\n"
         "\"So it is.\"\n\n"
         "\"Is that Uncle Jan on the phone?\" Ola asked.\n\n"
         "\"Ola,\" said her mother.\n\n"
         "\"I'm only asking.\"\n")


def test_one_taken_as_her_father_is_never_her_mother() -> None:
    """'said her father' is Tomek (called by name in the reply; the text gives him no he or she); 'said her mother'
    then is not Tomek but, with no woman known, a person of the cast known as Ola's mother (before: Tomek, the one of
    no gender told, took it)."""
    lines = said(LUNCH)
    assert lines[0][1] == "Tomek"
    assert lines[4][0] == "Ola," and lines[4][1] == "Ola's mother"
