"""The memory grade, measured on the frames `vn replay` draws for every line of the bundled chapter (the same
driver, in memory, without writing PNGs):

- one statistic of the frame, the depth of its vignette, tells memory frames from present ones for at
  least 95% of the lines (today: all of them);
- memories keep their colours: the spread of hues over memory frames is at least half of that over present
  frames (the old monochrome sepia: 0.000 against 0.139).
"""

from __future__ import annotations

import statistics

import pygame
import pytest

from game.replay import framestats
from game.replay.driver import Summary, play_run
from game.replay.pilot import Pilot
from game.story.loader import load_story
from tests.conftest import ROOT

VIGNETTE_LINE = 0.1  # memory frames have deeper corners than this (measured >= 0.185), present ones shallower (<= -0.01)


class _Collect:
    """Keeps the stage pixels of each line's frame (what `vn replay --shots` would save), no PNGs."""

    def __init__(self) -> None:
        self.lines: list[tuple[str, bool, list[tuple[int, int, int]]]] = []

    def line(self, pilot: Pilot, line_id: str, scene: str) -> None:
        self.lines.append((line_id, pilot.view.memory, framestats.stage_pixels(pilot.app.frame)))


@pytest.fixture(scope="module")
def chapter_frames() -> list[tuple[str, bool, list[tuple[int, int, int]]]]:
    pilot = Pilot(instant=True)
    try:
        out = _Collect()
        first = pilot.result.story.scenes[0].id  # type: ignore[union-attr]
        play_run(pilot, first, None, None, False, out, Summary())  # type: ignore[arg-type]
    finally:
        pilot.close()
    return out.lines


@pytest.mark.slow
def test_the_whole_chapter_was_measured(chapter_frames):
    story, _ = load_story(ROOT / "script")  # counted from the script, which writers edit (319 lines, 284 remembered)
    assert story is not None
    assert len(chapter_frames) == sum(len(scene.lines) for scene in story.scenes)
    assert sum(1 for _, memory, _ in chapter_frames if memory) == sum(len(sc.lines) for sc in story.scenes if sc.memory)


def test_vignette_depth_tells_memory_from_present_for_95_percent_of_lines(chapter_frames):
    right = [(framestats.vignette_depth(px) > VIGNETTE_LINE) == memory for _, memory, px in chapter_frames]
    wrong = [line for (line, _, _), ok in zip(chapter_frames, right) if not ok]
    assert sum(right) / len(right) >= 0.95, wrong


def test_memory_frames_keep_at_least_half_the_hue_spread_of_present_ones(chapter_frames):
    memory = statistics.fmean(framestats.hue_spread(px) for _, m, px in chapter_frames if m)
    present = statistics.fmean(framestats.hue_spread(px) for _, m, px in chapter_frames if not m)
    # the present frames do have colours to compare with; they are greyer since the present-day thread is one
    # misty dawn (a desaturating grade) until the sunrise, as the chapter has it: 0.044 measured, 0.138 at "morning"
    assert present > 0.03
    assert memory >= 0.5 * present, (memory, present)


def test_a_monochrome_tone_has_no_hue_spread_and_a_vignette_is_measured():
    flat = [(120 + i % 50, 100 + i % 50 * 4 // 5, 80 + i % 50 * 3 // 5) for i in range(96 * 40)]  # one hue, many lumas
    assert framestats.hue_spread(flat) < 0.01
    mixed = [((200, 40, 40), (40, 200, 40), (40, 40, 200))[i % 3] for i in range(96 * 40)]
    assert framestats.hue_spread(mixed) > 0.9
    frame = pygame.Surface((1280, 720))
    frame.fill((150, 150, 150))
    assert abs(framestats.vignette_depth(framestats.stage_pixels(frame))) < 0.01
    from game.render import effects
    assert framestats.vignette_depth(framestats.stage_pixels(effects.memory_grade(frame))) > VIGNETTE_LINE
