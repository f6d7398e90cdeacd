"""The text-fit check's sure-fit bound never says "one page" of a line the textbox would page, so `vn check`
prints the same VN150 / VN151 lines with it as when every line is wrapped word by word."""

from __future__ import annotations

import random

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.gen import WORDS
from game.story.loader import load_story
from game.story.model import Line, Loc, Scene, Story
from game.textfit import SureFit, check_fit
from game.ui.textbox import paginate
from tests.conftest import ROOT

KINDS = ("say", "think", "narrate", "page")
SIZES = (20, 28, 40)
FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=300,
                suppress_health_check=[HealthCheck.too_slow])


@pytest.fixture(autouse=True)
def _fonts() -> None:
    if not pygame.font.get_init():
        pygame.font.init()


def _story(texts: list[tuple[str, str]]) -> Story:
    lines = tuple(Line(f"s/{n}", kind, "a" if kind in ("say", "think") else None, text, "s", loc=Loc("f.yaml", n + 1, 1))
                  for n, (kind, text) in enumerate(texts))
    scene = Scene("s", "s", "p", "noon", False, None, (), lines)
    return Story("T", "", "", "", "", {}, {}, (scene,), ("f.yaml",))


def _sentences(count: int, seed: int) -> list[str]:
    """bench/gen.py's kind of line at every length from one word to past a page (and past 600 characters)."""
    rng = random.Random(seed)
    out = []
    for n in range(count):
        words = [rng.choice(WORDS) for _ in range(1 + n % 130)]
        out.append(" ".join(words).capitalize() + f" ({n}).")
    return out


def _agrees(texts: list[tuple[str, str]], size: int) -> int:
    """Every line the bound settles is one page when wrapped; returns how many it settled."""
    story = _story(texts)
    sure = SureFit(list(story.scenes[0].lines), size)
    settled = 0
    for kind, text in texts:
        if sure.one_page(text, kind):
            settled += 1
            assert len(paginate(text, kind, size)) == 1, (kind, size, text)
    return settled


def test_the_bundled_chapter_gives_the_same_diagnostics_with_and_without_the_bound() -> None:
    story, _ = load_story(ROOT / "script")
    assert story is not None
    lines = [line for scene in story.scenes for line in scene.lines]
    for size in SIZES:
        assert check_fit(story, size) == check_fit(story, size, fast=False)
        settled = _agrees([(line.kind, line.text) for line in lines], size)
        if size == 28:
            assert settled > 0.9 * len(lines)  # the bound does its job at the default size


def test_generated_lines_of_every_length_give_the_same_diagnostics() -> None:
    texts = [(KINDS[n % 4], text) for n, text in enumerate(_sentences(520, seed=3))]
    story = _story(texts)
    for size in SIZES:
        fast, slow = check_fit(story, size), check_fit(story, size, fast=False)
        assert fast == slow
        assert {d.code for d in slow} == {"VN150", "VN151"}  # the lengths reach both warnings
        assert _agrees(texts, size) > (len(texts) // 4 if size == 28 else 0)


ALPHABET = st.one_of(st.sampled_from("aeimnrstW .,!?'\"-—…é雪ßœ\u0301\u00a0\u200b\u202e\t\nAVTo"),
                     st.characters(codec="utf-8", exclude_categories=["Cs"]))
TEXTS = st.lists(st.one_of(ALPHABET, st.sampled_from(WORDS).map(lambda w: w + " "), st.just("W" * 40)),
                 max_size=260).map("".join)


@FUZZ
@given(text=TEXTS, kind=st.sampled_from(KINDS), size=st.sampled_from(SIZES))
def test_the_bound_never_settles_a_line_that_pages(text: str, kind: str, size: int) -> None:
    if not text.strip():
        return
    _agrees([(kind, text)], size)
