"""Does each line fit the textbox? Measured with the real font and box at the default text size.

A line that needs more than one page is a warning (it still plays: the textbox pages it);
one over 600 characters is a warning to split it.

Most lines are far shorter than a page. A sure-fit bound settles those without wrapping them word by word
(`SureFit`); any line it cannot settle is wrapped exactly as the textbox wraps it (`paginate`), so the
diagnostics are the same as wrapping every line (tests/test_textfit.py compares the two).
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from game.settings import Settings
from game.story.diagnostics import Diagnostic, make
from game.story.model import Line, Story

VERY_LONG = 600


def check_fit(story: Story, size: int | None = None, fast: bool = True) -> list[Diagnostic]:
    """VN151 for a line over VERY_LONG characters, VN150 for one that needs more than one page. With `fast`
    (the default) lines the sure-fit bound settles are not wrapped; the result is the same either way."""
    lines = [line for scene in story.scenes for line in scene.lines]
    return FitCheck(lines, size, fast).check(lines)


class FitCheck:
    """`check_fit` for any of `lines` at a time (a run of scenes' lines, in order): the same diagnostics as
    checking them with the whole story's, since the sure-fit bound only ever settles a line that fits."""

    def __init__(self, lines: list[Line], size: int | None = None, fast: bool = True) -> None:
        import game.pygame_fast_import  # noqa: F401  (before pygame: no pkg_resources, a sixth of a second)
        import pygame

        self.size = size or Settings().text_size
        if not pygame.font.get_init():
            pygame.font.init()
        self.sure = SureFit(lines, self.size) if fast else None

    def check(self, lines: list[Line]) -> list[Diagnostic]:
        from game.ui.textbox import paginate

        size, sure = self.size, self.sure
        found: list[Diagnostic] = []
        for line in lines:
            if len(line.text) > VERY_LONG:
                found.append(make("VN151", line.loc, f"this line is {len(line.text)} characters long",
                                  "split it into several lines of a few sentences each"))
                continue
            if sure is not None and sure.one_page(line.text, line.kind):
                continue
            pages = len(paginate(line.text, line.kind, size))
            if pages > 1:
                where = "the page card" if line.kind == "page" else "the textbox"
                found.append(make("VN150", line.loc, f"this line needs {pages} pages of {where} at text size {size}",
                                  "it will page; split it where a pause feels natural"))
        return found


class _Area:
    """One text area (font, width, rows) and the width of every character the story shows in it."""

    def __init__(self, f: Any, width: int, rows: int, texts: list[str]) -> None:
        import pygame

        from game.render.fonts import max_chars

        self.rows, self.cap = rows, max_chars(width)
        # Slack for what the sum of characters' widths leaves out: kerning, a last glyph's overhang, rounding.
        # Measured with Atkinson Hyperlegible (regular and italic, 20 to 40 px, every pair of ASCII and Latin
        # punctuation and 3,000 random strings): a string is at most 1 px wider than the sum; this is a line's height.
        self.width = width - f.get_height()
        alphabet = {chr(c) for c in range(32, 127)} | set("".join(t for t in texts if not t.isascii()))
        self.widths: dict[str, int] = {}
        self.unmeasured: set[str] = set()  # characters the font cannot size: lines holding one are wrapped
        for c in alphabet:
            if c.isprintable():
                try:
                    self.widths[c] = f.size(c)[0]
                except (pygame.error, ValueError, UnicodeError):
                    self.unmeasured.add(c)
        self.widest = max(self.widths.values())
        # ASCII lines are summed through a byte table (bytes.translate, then sum: a fifth of a dict lookup a character)
        ascii_widths = [self.widths.get(chr(c), 255) for c in range(128)]
        self.table = bytes(ascii_widths + [255] * 128) if max(ascii_widths[32:127]) < 255 else None


class SureFit:
    """Says when a line surely fits one page of its text area, from its characters' widths alone.

    The textbox wraps greedily (`game.render.fonts.wrap`): each row takes words while they fit. Take widths as
    the sum of the characters' widths (`a`), which is at least the real width of any piece of the line less a
    slack (`_Area.width` keeps it off the row). If greedy wrapping by `a` makes k rows, every row but the last
    was full: a(row) + a(space) + a(next word) > W, so U = a(whole line) > (k - 1)(W - M), M the widest word.
    Hence U <= rows * (W - M) means at most `rows` rows by `a`; each of those rows fits for real, and real
    greedy wrapping then ends each row no earlier, so it needs no more rows: one page. Lines with a newline, a
    control character, two spaces in a row or more characters than a row may hold are left to `paginate`.
    """

    def __init__(self, lines: list[Line], size: int) -> None:
        from game.ui.textbox import style_for, text_area

        texts: dict[tuple[str, int], list[str]] = defaultdict(list)
        key_of: dict[str, tuple[str, int]] = {}
        for line in lines:
            key = key_of.get(line.kind)
            if key is None:
                key = key_of[line.kind] = ("page", 24) if line.kind == "page" else (style_for(line.kind), size)
            texts[key].append(line.text)
        self.areas: dict[str, _Area] = {}
        for kind, key in key_of.items():
            f, width, rows = text_area(kind, size)
            area = next((a for k, a in self.areas.items() if key_of[k] == key), None)
            self.areas[kind] = area or _Area(f, width, rows, texts[key])

    def one_page(self, text: str, kind: str) -> bool:
        """True only when the line surely fits one page; False means: wrap it to know."""
        area = self.areas.get(kind)
        text = text.strip()
        n = len(text)
        # wrap() splits at newlines and drops control characters; format characters and odd spaces are left to it too
        if area is None or n > area.cap or "  " in text or not text.isprintable():
            return False
        if area.unmeasured and not text.isascii() and not area.unmeasured.isdisjoint(text):
            return False
        words = text.split(" ")
        width, rows, widest = area.width, area.rows, area.widest
        room = rows * (width - max(map(len, words)) * widest)  # M <= the longest word's length x the widest character
        if n * widest <= room:  # U <= n x the widest character: no lookups
            return True
        widths = area.widths
        try:
            total = sum(text.encode("ascii").translate(area.table)) if area.table and text.isascii() else \
                sum(map(widths.__getitem__, text))
            if total <= room:
                return True
            word = max(sum(map(widths.__getitem__, w)) for w in words)
        except KeyError:
            return False  # a character outside the alphabet measured for this story
        return word <= width and total <= rows * (width - word)
