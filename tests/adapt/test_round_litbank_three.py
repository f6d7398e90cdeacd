"""Rules from reading the misses on LitBank's openings a third time (a copy outside the repository, twenty-sixth
session): each mechanism on a small hand-written text of its own."""

from __future__ import annotations

from tests.adapt.conftest import said

PORCH = ("Ruth and Abel Carver sat on the porch while the rain came down over the orchard.\n\n"
         "\"We'll lose the pears,\" Abel said.\n\n"
         "\"We lost them last year,\" {rest}\n")


def test_someone_named_acting_between_two_lines_of_a_paragraph_says_the_second() -> None:
    """'"…," said Ruth. Abel got up and went to the rail. "…"': the second line is Abel's (before: the paragraph's
    tagged speaker, Ruth, kept both)."""
    text = PORCH.format(rest="said Ruth. Abel got up and went to the rail of the porch. \"Not all of them, though.\"")
    assert [(speaker, evidence) for _t, speaker, evidence in said(text)][1:] == [
        ("Ruth", "tag"), ("Abel Carver", "beat")]


def test_a_paragraphs_one_speaker_goes_on_when_the_narration_between_names_no_one_else() -> None:
    """The same paragraph with its narration about Ruth herself, or about no one named: still hers."""
    for between in ("Ruth got up and went to the rail of the porch.", "The rain came harder on the roof."):
        text = PORCH.format(rest=f"said Ruth. {between} \"Not all of them, though.\"")
        assert [speaker for _t, speaker, _e in said(text)][1:] == ["Ruth", "Ruth"]


STUDY = ("Mr. Hale sat at his desk with the accounts open before him. Across the room Tom Weller was eating an apple "
         "and swinging his feet.\n\n"
         "\"You have been at the cellar again,\" said Tom.\n\n"
         "Mr. Hale put down his pen. Tom took another bite of his apple.\n\n"
         "\"I will not be spoken to like that!\"\n\n"
         "\"I thought you had,\" said his {kin} calmly.\n")


def test_a_step_relation_in_a_reply_is_kin_of_the_one_who_spoke_last() -> None:
    """'"I will not be spoken to like that!" / "…," said his step-son': the step-son of the man who just spoke, so
    not that man (before: the 'his' went to Tom, the last man the narration named, and the step-son to Mr. Hale).
    An in-law reads the same way."""
    for kin in ("step-son", "stepson", "son-in-law"):
        assert [speaker for _t, speaker, _e in said(STUDY.format(kin=kin))][-1] == "Tom Weller", kin
