"""People known only by a description ('an old sailor came in', 'said the landlord') become cast
members of their own; an untagged run is read backward from the tagged line after it when the forward
reading makes one person speak twice running. Small hand-written texts."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def said(text: str) -> list[tuple[str, str | None, str]]:
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]


SAILOR = ("Martha sat by the fire with her knitting. The door opened and an old sailor came in, shaking the "
          "rain from his hat.\n\n"
          "\"A foul night,\" said the sailor.\n\n"
          "\"It is,\" said Martha. \"Will you sit down?\"\n\n"
          "\"Thank you, ma'am. I will.\"\n\n"
          "The landlord brought him a glass of rum.\n\n"
          "\"Where are you bound?\" asked the landlord.\n\n"
          "\"Nowhere, these days,\" he said. \"I have done with the sea.\"\n\n"
          "\"Then you will stay the winter?\"\n\n"
          "\"If you will have me.\"\n")


def test_someone_met_as_an_old_sailor_and_never_named_is_the_sailor() -> None:
    lines = said(SAILOR)
    assert [who for _, who, _ in lines] == ["Sailor", "Martha", "Martha", "Sailor", "Landlord", "Sailor",
                                            "Sailor", "Landlord", "Sailor"]


def test_a_designation_takes_its_gender_from_the_sentence_that_brings_it_in() -> None:
    draft = adapt_document(read_text(SAILOR))
    sailor = next(c for c in draft.cast.members.values() if c.name == "Sailor")
    assert sailor.designation and sailor.gender == "m" and not sailor.tokens


def test_a_role_the_narration_ties_to_a_name_is_still_that_person() -> None:
    text = ("Tom stood in the hall. A landlady came down the stairs; this was Mrs. Quill, who kept the house.\n\n"
            "\"You'll be wanting the back room,\" said the landlady.\n\n"
            "\"If it is free,\" said Tom.\n")
    assert said(text)[0][1] == "Mrs. Quill"


def test_a_called_maid_no_name_is_tied_to_is_the_maid() -> None:
    text = ("Lady Anne was writing letters. Sir Hugh read the paper.\n\n"
            "\"The carriage is at the door, my lady,\" said the maid.\n\n"
            "\"Thank you,\" said Lady Anne.\n")
    assert said(text)[0][1] == "Maid"


def test_an_untagged_run_is_read_backward_from_the_tag_that_ends_it() -> None:
    text = ("Ann sat by the window. Ben came in with the post.\n\n"
            "\"Anything for me?\" said Ann.\n\n"
            "\"Two letters,\" said Ben. \"And a parcel.\"\n\n"
            "\"Open it.\"\n\n"
            "\"Please.\"\n\n"
            "\"Oh, very well,\" said Ben.\n")
    lines = said(text)
    assert [who for _, who, _ in lines] == ["Ann", "Ben", "Ben", "Ann", "Ann", "Ben"]
    assert lines[4][2] == "turn-back" and lines[3][2] == "turn-taking"  # the nearer half only


def test_a_run_that_alternates_into_its_tag_is_left_alone() -> None:
    text = ("Ann sat by the window. Ben came in with the post.\n\n"
            "\"Anything for me?\" said Ann.\n\n"
            "\"Two letters,\" said Ben.\n\n"
            "\"Open them.\"\n\n"
            "\"Open them yourself,\" said Ben.\n")
    assert [e for _, _, e in said(text)] == ["tag", "tag", "turn-taking", "tag"]
