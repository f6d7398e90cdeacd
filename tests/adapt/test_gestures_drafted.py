"""`vn adapt` proposes a `gesture:` where the narration has someone on stage nod, sigh, laugh, shake their head,
shiver or jump, also when the words are a tag the draft leaves out ("she sighed"); the draft still checks."""

from __future__ import annotations

from pathlib import Path

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from game.adapt.writer import to_yaml
from game.check import check_story

TEXT = """Tom came into the kitchen. Ann looked up from her book.

"You're late," said Ann.

Tom nodded. "The train was late too."

She sighed and shut the book. "Sit down, then."

"Thank you," said Tom. Ann shook her head at him.

The kettle whistled, and Tom jumped.

"Careful," Ann laughed.

Later the cat nodded off by the stove, and Mrs. Pike sighed next door.
"""


def _draft(text: str) -> list[str]:
    return to_yaml(adapt_document(read_text(text)), "Test").splitlines()


def _gestures(lines: list[str]) -> list[tuple[str, str]]:
    """(the gesture, the line it plays with)."""
    return [(line.split("#")[0].split(":", 1)[1].strip(), lines[i + 1].strip())
            for i, line in enumerate(lines) if line.strip().startswith("- gesture:")]


def test_gestures_come_with_the_line_the_text_tells_them_on() -> None:
    got = _gestures(_draft(TEXT))
    assert [g for g, _ in got] == ["tom nod", "ann sigh", "ann shake-head", "tom start", "ann laugh"]
    nod, sigh, shake, start, laugh = (line for _, line in got)
    assert nod.startswith('- tom: "The train was late too."')  # the beat before his line
    assert sigh == '- "She sighed and shut the book."'  # "she": the one woman on stage
    assert shake.startswith('- "Ann shook her head')
    assert start == '- "The kettle whistled, and Tom jumped."'
    assert laugh.startswith('- ann: "Careful."')  # the tag the draft leaves out: she laughs as she says it


def test_no_gesture_for_someone_off_stage_a_he_of_two_men_or_a_nod_off() -> None:
    got = [g for g, _ in _gestures(_draft(TEXT))]
    assert not any(g.startswith(("pike", "mrs")) for g in got)  # named, but never on stage
    two_men = ('Tom and Bill sat down.\n\n"Well?" said Tom.\n\n"Well," said Bill.\n\nHe nodded.\n')
    assert _gestures(_draft(two_men)) == []  # "he" could be either


def test_the_draft_with_its_gestures_checks(tmp_path: Path) -> None:
    path = tmp_path / "draft.yaml"
    path.write_text("\n".join(_draft(TEXT)) + "\n", encoding="utf-8")
    result = check_story(path)
    assert result.ok and not result.diagnostics, [d.format() for d in result.diagnostics]


def test_a_tag_going_on_into_an_action_leaves_the_action_as_narration_and_its_gesture_with_the_line() -> None:
    text = ('Ruth sat by the window. Her brother came in.\n\n"Where were you?" asked Ruth.\n\n'
            '"Out," Sam said quietly, rubbing the back of his neck.\n\n'
            '"Liar," she said, shaking her head. "You were at the mill."\n')
    lines = [line.strip() for line in _draft(text)]
    assert '- "Rubbing the back of his neck."' in lines  # not 'Sam said quietly rubbing ...'
    assert not any(line.startswith(('- "Sam said', '- "She said')) for line in lines)
    assert [g for g, _ in _gestures(_draft(text))] == ["ruth shake-head"]  # 'she said, shaking her head'
    assert _gestures(_draft(text))[0][1].startswith('- ruth: "Liar."')
