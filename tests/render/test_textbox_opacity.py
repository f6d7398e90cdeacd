"""The textbox at the default opacity: no body shows through it, and the stage stays visible around it.
Measured on a chapter frame with Sakura (red top, pink hair) standing behind the box."""

from __future__ import annotations

import statistics

import pygame

from game.replay.pilot import Pilot
from game.settings import Settings

LINE = "first-request/n-362fff"  # a two-row narration (the lazy wave); Kakashi and Sakura stand behind the box
BLANK = pygame.Rect(100, 632, 380, 36)  # inside the box, below the text, over Kakashi and Sakura: nothing but the box


def _luma(frame: pygame.Surface, rect: pygame.Rect) -> list[float]:
    raw = pygame.image.tobytes(frame.subsurface(rect).copy(), "RGB")
    return [0.299 * raw[i] + 0.587 * raw[i + 1] + 0.114 * raw[i + 2] for i in range(0, len(raw), 3)]


def test_no_body_shows_through_the_textbox_and_the_stage_shows_around_it(tmp_path):
    pilot = Pilot(home=tmp_path, instant=True)
    try:
        pilot.start("first-request")
        pilot.advance_until(LINE)
        frame = pilot.app.frame
        stage = pilot.app.presenter.picture
        behind = _luma(stage, BLANK)
        assert statistics.pstdev(behind) > 20  # there is a body (and its edges) behind this part of the box
        inside = _luma(frame, BLANK)
        assert statistics.pstdev(inside) < 2.5 and max(inside) - min(inside) < 12  # ... and it does not show
        around = pygame.Rect(0, 520, 60, 120)  # beside the box: the stage as it is
        assert pygame.image.tobytes(frame.subsurface(around).copy(), "RGB") == \
            pygame.image.tobytes(stage.subsurface(around).copy(), "RGB")
        above = pygame.Rect(0, 0, 1280, 470)
        assert pygame.image.tobytes(frame.subsurface(above).copy(), "RGB") == \
            pygame.image.tobytes(stage.subsurface(above).copy(), "RGB")
    finally:
        pilot.close()


def test_the_default_opacity_is_high_and_players_can_still_lower_it():
    from game.settings import SETTING_RANGES

    assert Settings().textbox_opacity >= 0.95
    assert SETTING_RANGES["textbox_opacity"].low <= 0.5  # type: ignore[union-attr]
