"""Text that reaches the screen: control characters, zero-width and direction marks, words wider than the
textbox. `vn check` refuses what cannot be drawn, the renderer draws the rest without raising, and
pagination is linear in the text's length (issue 14, writers 3).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pygame
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from game.check import check_story
from game.render import fonts
from game.ui import textbox
from tests.conftest import ROOT

FUZZ = settings(derandomize=True, database=None, deadline=None, max_examples=30,
                suppress_health_check=[HealthCheck.too_slow])
HEAD = ("title: T\ncast:\n  sakura: {name: Sakura, sprite: sakura-21}\nplaces:\n  park: {map: maps/memorial.tmx}\n"
        "scenes:\n  - scene: s1\n    place: park\n    time: noon\n    lines:\n")
ODD = "\x00\x01\x07\x08\t\x0b\x0c\r\x1b\x7f\x85\x9b\u200b\u200c\u200d\u200e\u200f\u202a\u202e\u2066\u2069\ufeff\u0301\u20dd\u00a0\u3000 \n"
TEXTS = st.lists(st.one_of(st.sampled_from(ODD), st.sampled_from("aé雪W. "), st.just("m" * 300)), max_size=30).map("".join)


def story_with(tmp: Path, *texts: str) -> Path:
    lines = "".join(f"      - sakura: {json.dumps(t)}\n" for t in texts)
    (tmp / "story.yaml").write_text(HEAD + lines, encoding="utf-8")
    return tmp


def draw_every_reveal(text: str, kind: str = "say", samples: int = 40) -> int:
    """Lay the line out and draw each page as the typewriter would (its first characters one by one)."""
    surface = pygame.Surface((1280, 720))
    pages = textbox.paginate(text, kind, 30)
    for page in pages:
        length = textbox.page_length(page)
        for revealed in sorted({0, 1, 2, 3, length, *range(0, length, max(1, length // samples))}):
            textbox.draw_textbox(surface, kind=kind, name="Sakura", color=(200, 120, 150), page=page,
                                 revealed=revealed, size=30, opacity=1.0, memory=False, done=True, more_pages=False)
    return len(pages)


@FUZZ
@given(text=TEXTS)
def test_what_check_passes_the_textbox_draws(tmp_path_factory: pytest.TempPathFactory, text: str) -> None:
    result = check_story(story_with(tmp_path_factory.mktemp("t"), text), with_assets=False)
    if not result.ok:
        assert {d.code for d in result.diagnostics if d.severity.value == "error"} <= {"VN135", "VN136"}
        return
    assert draw_every_reveal(result.story.scenes[0].lines[0].text) >= 1  # type: ignore[union-attr]


@settings(FUZZ, max_examples=20)
@given(text=TEXTS)
def test_the_renderer_never_raises_even_on_text_check_would_refuse(text: str) -> None:
    pygame.font.init()
    assert draw_every_reveal(text) >= 1
    assert draw_every_reveal(text, "page", samples=4) >= 1
    for style in ("regular", "bolditalic"):
        assert fonts.rendered(style, 24, text, (255, 255, 255)).get_height() > 0


def test_control_characters_are_refused_with_their_place(tmp_path: Path) -> None:
    (tmp_path / "story.yaml").write_text(HEAD.replace("title: T", 'title: "Bleed\\0"') + '      - "a\\u001b[2Jb"\n'
                                         '      - sakura: "\\u200b"\n', encoding="utf-8")
    done = subprocess.run([sys.executable, "-m", "game", "check", str(tmp_path), "--no-assets"], capture_output=True,
                          text=True, timeout=60, cwd=tmp_path, env={**os.environ, "PYTHONPATH": str(ROOT)})
    assert done.returncode == 1
    found = [line.split(": error ")[0].rsplit(":", 2)[1:] + [line.split(" error ")[1][:5]] for line in done.stdout.splitlines()]
    assert found == [["1", "8", "VN136"], ["11", "9", "VN136"], ["12", "17", "VN135"]], done.stdout
    assert "\x1b" not in done.stdout and "\\x1b" in done.stdout and "\\x00" in done.stdout


def test_a_direction_mark_and_a_20000_character_word_play_through_the_typewriter(tmp_path: Path) -> None:
    from game.replay.pilot import Pilot

    result = check_story(story_with(tmp_path, "\u200fshalom", "x" * 20000, "\u202e\u0301 end"), ROOT / "assets")
    assert result.ok, [d.format() for d in result.diagnostics]
    pilot = Pilot(result, home=tmp_path / "home")
    try:
        pilot.start()
        for text in ("\u200fshalom", "x" * 20000, "\u202e\u0301 end"):
            view = pilot.view
            assert view.text == text
            for _ in range(view.pages):
                pilot.wait(160)  # the typewriter draws its first characters one frame at a time
                pilot.finish()
                pilot.press("space")
        assert pilot.view.screen == "end"
    finally:
        pilot.close()


class MeasuringFont:
    """A font stand-in that counts the characters it is asked to measure (10 px each)."""

    def __init__(self) -> None:
        self.measured = 0

    def size(self, text: str) -> tuple[int, int]:
        self.measured += len(text)
        return 10 * len(text), 30


@pytest.mark.parametrize("text", ["x" * 1000, ("word " * 10 + "y" * 700 + " ") * 2], ids=["one-word", "mixed"])
def test_pagination_work_is_linear_in_the_texts_length(text: str) -> None:
    small, big = MeasuringFont(), MeasuringFont()
    assert "".join(fonts.wrap(small, text, 1024)).replace(" ", "") == text.replace(" ", "")
    lines = fonts.wrap(big, text * 8, 1024)
    assert all(10 * len(line) <= 1024 for line in lines)
    assert big.measured <= 10 * small.measured, (small.measured, big.measured)  # 8x the text, not 64x or 512x
