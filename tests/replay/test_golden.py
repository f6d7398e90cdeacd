"""Golden images of key frames, compared with a small tolerance.

Update them on purpose with `pytest tests/replay/test_golden.py --update-golden`; on a mismatch the
actual frame and a diff image are written to out/golden/ for review.
"""

from __future__ import annotations

from collections.abc import Callable

import pygame
import pytest

from game.replay.pilot import Pilot
from tests.conftest import ROOT

GOLDEN = ROOT / "tests" / "golden"
FAILURES = ROOT / "out" / "golden"
SIZE = (640, 360)
MEAN_TOLERANCE = 1.5  # mean absolute difference per channel, 0-255
PIXEL_TOLERANCE = 0.01  # share of pixels that may differ by more than 48


def _title(p: Pilot) -> None:
    p.finish()


def _present(p: Pilot) -> None:
    p.start("memorial-morning")


def _memory(p: Pilot) -> None:
    p.start("first-request")
    p.advance(2)


def _thought(p: Pilot) -> None:
    p.start("hokage-news")
    p.advance_until("hokage-news/t-" + _first_thought(p, "hokage-news"))


def _history(p: Pilot) -> None:
    p.start("memorial-dawn")
    p.advance(4)
    p.press("l")
    p.finish()


def _first_thought(p: Pilot, scene: str) -> str:
    story = p.result.story
    longest = max((line for line in story.scene(scene).lines if line.kind == "think"), key=lambda l: len(l.text))
    return longest.id.split("/t-", 1)[1]


FRAMES: dict[str, Callable[[Pilot], None]] = {
    "title": _title, "present": _present, "memory": _memory, "thought": _thought, "history": _history,
}


def _compare(actual: pygame.Surface, expected: pygame.Surface) -> tuple[float, float, pygame.Surface]:
    a = pygame.image.tobytes(actual, "RGB")
    b = pygame.image.tobytes(expected, "RGB")
    diffs = [abs(x - y) for x, y in zip(a, b)]
    mean = sum(diffs) / len(diffs)
    big = sum(1 for i in range(0, len(diffs), 3) if max(diffs[i:i + 3]) > 48) / (len(diffs) / 3)
    image = pygame.image.frombytes(bytes(min(255, d * 4) for d in diffs), actual.get_size(), "RGB")
    return mean, big, image


@pytest.mark.parametrize("name", list(FRAMES))
def test_golden_frame(name: str, pilot: Pilot, request: pytest.FixtureRequest) -> None:
    FRAMES[name](pilot)
    frame = pygame.transform.smoothscale(pilot.app.frame, SIZE)
    path = GOLDEN / f"{name}.png"
    if request.config.getoption("--update-golden"):
        GOLDEN.mkdir(parents=True, exist_ok=True)
        pygame.image.save(frame, str(path))
        pytest.skip(f"golden image {path.name} rewritten")
    assert path.is_file(), f"no golden image {path}; run with --update-golden"
    expected = pygame.image.load(str(path))
    actual = pygame.image.frombytes(pygame.image.tobytes(frame, "RGB"), SIZE, "RGB")
    mean, share, diff = _compare(actual, expected)
    if mean > MEAN_TOLERANCE or share > PIXEL_TOLERANCE:
        FAILURES.mkdir(parents=True, exist_ok=True)
        pygame.image.save(actual, str(FAILURES / f"{name}-actual.png"))
        pygame.image.save(diff, str(FAILURES / f"{name}-diff.png"))
        pytest.fail(f"{name}: mean difference {mean:.2f}, {share:.1%} of pixels differ; "
                    f"see {FAILURES}/{name}-actual.png and -diff.png (update with --update-golden)")
