"""Does each line fit the textbox? Measured with the real font and box at the default text size.

A line that needs more than one page is a warning (it still plays: the textbox pages it);
one over 600 characters is a warning to split it.
"""

from __future__ import annotations

from game.settings import Settings
from game.story.diagnostics import Diagnostic, make
from game.story.model import Story

VERY_LONG = 600


def check_fit(story: Story, size: int | None = None) -> list[Diagnostic]:
    import game.pygame_fast_import  # noqa: F401  (before pygame: no pkg_resources, a sixth of a second)
    import pygame

    from game.ui.textbox import paginate

    size = size or Settings().text_size
    if not pygame.font.get_init():
        pygame.font.init()
    found: list[Diagnostic] = []
    for scene in story.scenes:
        for line in scene.lines:
            if len(line.text) > VERY_LONG:
                found.append(make("VN151", line.loc, f"this line is {len(line.text)} characters long",
                                  "split it into several lines of a few sentences each"))
                continue
            pages = len(paginate(line.text, line.kind, size))
            if pages > 1:
                where = "the page card" if line.kind == "page" else "the textbox"
                found.append(make("VN150", line.loc, f"this line needs {pages} pages of {where} at text size {size}",
                                  "it will page; split it where a pause feels natural"))
    return found
