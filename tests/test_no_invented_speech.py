"""No spoken line is invented: the text of every speech line (`speaker: "..."`) in the bundled
script occurs among the words chapter 1 itself puts in quotation marks.

The chapter's quotes come from tests/data/chapter-01-quotes.yaml, a mechanical extract written by
tools/chapter_quotes.py; the chapter's full text is not in the repository, so CI could not read it.
Where the chapter is at hand (../shared/seed/chapter-01.txt, or $BFM_CHAPTER), a test checks that
the committed extract is still exactly what the chapter quotes.

Matching follows the rules in tests/data/spoken_lines.yaml. Within one paragraph, the quoted
passages are read as one speech, joined by spaces (a quote interrupted by "she began" is one line
on screen), and a speech line must be a run of whole words of it. A line may end in a full stop
where the chapter's quote ends in a comma before a speech tag ("Yo," he said), or drop that comma
after a broken-off word ("now I'll never-," she broke off). Ellipses ("..." or "…"), dashes
(-, –, —), curly or straight quotes and runs of spaces are compared as equal. Nothing else is
forgiven: a changed, added or dropped word, letter or mark is an invented line."""

from __future__ import annotations

import os
import re
from pathlib import Path

import pytest
import yaml

from game.story.diagnostics import Severity
from game.story.loader import load_story
from tests.conftest import ROOT
from tools.chapter_quotes import extract, render

QUOTES = ROOT / "tests" / "data" / "chapter-01-quotes.yaml"
CHAPTER = Path(os.environ.get("BFM_CHAPTER") or ROOT.parent / "shared" / "seed" / "chapter-01.txt")

_SAME = str.maketrans({"–": "-", "—": "-", "‐": "-", "‑": "-", "“": '"', "”": '"', "‘": "'", "’": "'"})


def normalise(text: str) -> str:
    return " ".join(text.translate(_SAME).replace("...", "…").split())


def speeches(entries: list[dict[str, object]]) -> list[tuple[int, str]]:
    """(chapter line, the paragraph's quoted passages joined into one normalised speech)."""
    return [(int(e["line"]), normalise(" ".join(str(q) for q in e["quotes"])))  # type: ignore[union-attr]
            for e in entries]


def quoted_at(text: str, paragraphs: list[tuple[int, str]]) -> int | None:
    """The chapter line whose quotes hold `text` as a run of whole words, or None if none does."""
    line = normalise(text)
    if not line:
        return None
    forms = {line}
    if line.endswith("."):
        forms.add(line[:-1] + ",")  # "Yo," he said -> "Yo."
    if line.endswith("-"):
        forms.add(line + ",")  # "now I'll never-," she broke off -> "now I'll never-"
    patterns = [re.compile(r"(?<!\S)" + re.escape(form) + r"(?!\S)") for form in forms]
    return next((number for number, speech in paragraphs if any(p.search(speech) for p in patterns)), None)


@pytest.fixture(scope="module")
def paragraphs() -> list[tuple[int, str]]:
    entries = yaml.safe_load(QUOTES.read_text(encoding="utf-8"))
    assert isinstance(entries, list) and entries, f"{QUOTES.name} must be a non-empty list"
    return speeches(entries)


def test_every_speech_line_is_quoted_in_the_chapter(paragraphs: list[tuple[int, str]]) -> None:
    story, diagnostics = load_story(ROOT / "script")
    errors = [str(d) for d in diagnostics if d.severity is Severity.ERROR]
    assert story is not None and not errors, "the bundled story did not load cleanly:\n" + "\n".join(errors)
    said = [line for scene in story.scenes for line in scene.lines if line.kind == "say"]
    assert len(said) > 50, f"only {len(said)} speech lines: is the script complete?"
    invented = [f"{line.id} {line.speaker}: {line.text!r}" for line in said if quoted_at(line.text, paragraphs) is None]
    assert not invented, "speech lines the chapter never quotes (make them narration):\n" + "\n".join(invented)


@pytest.mark.parametrize(("text", "line"), [
    ("Same time tomorrow guys?", 17),
    ("Yo.", 37),  # "Yo," he said
    ("Um...yes, I was. I have a favor to ask of you sensei.", 45),  # three dots for the ellipsis
    ("Sakura, I wish that I didn't have to be the one to tell you this, but I think you would appreciate "
     "hearing it from me first, as someone who cares for you.", None),  # joined across "she began"
    ("B-But now I'll never-", None),  # the comma before "she broke off" dropped
    ("Unfortunately, the two Konoha ninja were forced to lay down their lives to successfully complete the mission.",
     None),  # one box of a longer speech
])
def test_quoted_words_are_found(text: str, line: int | None, paragraphs: list[tuple[int, str]]) -> None:
    found = quoted_at(text, paragraphs)
    assert found is not None, f"{text!r} should be found in the chapter's quotes"
    if line is not None:
        assert found == line


@pytest.mark.parametrize("text", [
    "I was just… adjusting the cushion.",  # reported in the chapter, never quoted
    "Same time tomorrow, guys?",  # an added comma
    "Same time tomorrow guys!",  # a changed mark
    "Yo!",
    "Who's a perv",  # part of a word
    "ho's a pervert?",
    "Ok. I'll train you.",  # two quotes from different paragraphs stitched together
    "Kakashi-sensei! Where are you, you stupid pervert?",  # two paragraphs joined
    "My parents are dead.",  # the stammer dropped
    "",
])
def test_invented_or_changed_words_are_not_found(text: str, paragraphs: list[tuple[int, str]]) -> None:
    assert quoted_at(text, paragraphs) is None


@pytest.mark.skipif(not CHAPTER.is_file(), reason=f"the chapter's text is not here ({CHAPTER}); set BFM_CHAPTER")
def test_the_committed_quotes_are_the_chapters() -> None:
    fresh = render(extract(CHAPTER.read_text(encoding="utf-8")))
    assert QUOTES.read_text(encoding="utf-8") == fresh, (
        f"{QUOTES.name} differs from the quotes of {CHAPTER}: run python tools/chapter_quotes.py {CHAPTER}")
