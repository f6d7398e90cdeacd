"""Chapter 1's spoken lines: every line the chapter has a character say aloud is
in the bundled script, by the right speaker, word for word and in order, and the
script adds no speech of its own. The list lives in tests/data/spoken_lines.yaml, and every entry
of it is itself checked against the chapter's quotes (the rules are in tests/test_no_invented_speech.py),
so the list cannot carry a line the chapter only reports."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from game.story.diagnostics import Severity
from game.story.loader import load_story
from game.story.model import Story
from tests.test_no_invented_speech import QUOTES, quoted_at, speeches

ROOT = Path(__file__).resolve().parents[1]
SPOKEN = ROOT / "tests" / "data" / "spoken_lines.yaml"


@pytest.fixture(scope="module")
def story() -> Story:
    loaded, diagnostics = load_story(ROOT / "script")
    errors = [str(d) for d in diagnostics if d.severity is Severity.ERROR]
    assert loaded is not None and not errors, "the bundled story did not load cleanly:\n" + "\n".join(errors)
    return loaded


@pytest.fixture(scope="module")
def expected() -> list[tuple[str, str]]:
    entries = yaml.safe_load(SPOKEN.read_text(encoding="utf-8"))
    assert isinstance(entries, list) and entries, "spoken_lines.yaml must be a non-empty list"
    return [(entry["speaker"], entry["text"]) for entry in entries]


def _spoken(story: Story) -> list[tuple[str | None, str, str]]:
    """(speaker, text, line id) of every speech line, in story order."""
    return [(line.speaker, line.text, line.id)
            for scene in story.scenes for line in scene.lines if line.kind == "say"]


def test_expected_speakers_are_in_the_cast(story: Story, expected: list[tuple[str, str]]) -> None:
    unknown = sorted({speaker for speaker, _ in expected} - set(story.cast))
    assert not unknown, f"speakers not in the cast: {unknown}"


def test_every_spoken_line_is_said_in_order(story: Story, expected: list[tuple[str, str]]) -> None:
    said = _spoken(story)
    at = 0
    for number, (speaker, text) in enumerate(expected, start=1):
        found = next((i for i in range(at, len(said)) if said[i][:2] == (speaker, text)), None)
        if found is None:
            elsewhere = [line_id for who, what, line_id in said if what == text]
            detail = (f"it is said, but out of order or by someone else, at {elsewhere}"
                      if elsewhere else "it is not in the script as a speech line")
            pytest.fail(f"spoken line {number} ({speaker}: {text!r}) after position {at}: {detail}")
        at = found + 1


def test_no_speech_is_invented(story: Story, expected: list[tuple[str, str]]) -> None:
    said = _spoken(story)
    listed = set(expected)
    extra = [f"{line_id} {who}: {what!r}" for who, what, line_id in said if (who, what) not in listed]
    assert len(said) == len(expected), (
        f"the script has {len(said)} speech lines, the chapter {len(expected)}; "
        f"not in the list: {extra}")


def test_every_listed_line_is_quoted_in_the_chapter(expected: list[tuple[str, str]]) -> None:
    paragraphs = speeches(yaml.safe_load(QUOTES.read_text(encoding="utf-8")))
    unquoted = [f"{speaker}: {text!r}" for speaker, text in expected if quoted_at(text, paragraphs) is None]
    assert not unquoted, f"{SPOKEN.name} lists lines the chapter never quotes: {unquoted}"
