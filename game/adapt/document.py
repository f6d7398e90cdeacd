"""The text as read: one string, its paragraphs (character offsets), italic spans and scene breaks.

Every later step works on offsets into `Document.text`; nothing here knows about quotes or speakers.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

# A line that is only a scene-break ornament: ***, * * *, ~~~, xXx, oOo, ---, ###, centred symbols.
# what scene-break lines are drawn with (also with x and o between the marks: '-x-x-x-', '~o~')
_RULE = "*~#=_+•·◆◇♦❖§%^\\-–—"
BREAK_RE = re.compile(rf"^\s*(?:[{_RULE}]\s*){{3,}}\s*$|^\s*(?:x\s*X\s*x|X\s*x\s*X|o\s*O\s*o|O\s*o\s*O)[xXoO\s]*$"
                      rf"|^\s*(?=[xXoO\s]*[{_RULE}])(?:[{_RULE}xXoO]\s*){{3,}}$"
                      r"|^\s*(?:[^\w\s\"“”‘’'()\[\].,!?;:…]\s*){3,}$")  # '❀❀❀', '♥ ♥ ♥', '✦✦✦': any three symbols
# (not '...', '!!!', '???' or '……', which a line of speech or a pause may be)


# *italics* as plain text writes them (fan fiction saved as .txt): the words between single asterisks
STARRED = re.compile(r"(?<![\w*])\*(?=[^\s*])([^*\n]+?)(?<=[^\s*])\*(?![\w*])")


@dataclass(frozen=True)
class Paragraph:
    start: int
    end: int
    italics: tuple[tuple[int, int], ...] = ()  # absolute offsets of italic spans
    is_break: bool = False  # a scene-break marker (ornament line, run of blank lines, chapter edge)


@dataclass
class Document:
    text: str
    paragraphs: list[Paragraph] = field(default_factory=list)
    title: str = ""  # the work's title, where the file gives one (a page's <title>, an EPUB's metadata)

    def para_text(self, para: Paragraph) -> str:
        return self.text[para.start:para.end]


class DocumentBuilder:
    """Builds a Document from extracted paragraphs (Markdown, HTML, EPUB): paragraphs are joined by a blank line."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.length = 0
        self.paragraphs: list[Paragraph] = []

    def add(self, text: str, italics: list[tuple[int, int]] | None = None) -> None:
        """Add one paragraph; `italics` are offsets into `text`. Leading/trailing spaces are dropped."""
        stripped = text.strip()
        if not stripped:
            return
        if BREAK_RE.match(stripped):
            self.add_break()
            return
        lead = len(text) - len(text.lstrip())
        if self.parts:
            self.parts.append("\n\n")
            self.length += 2
        start = self.length
        self.parts.append(stripped)
        self.length += len(stripped)
        spans = []
        for a, b in italics or []:
            a, b = max(a - lead, 0), min(b - lead, len(stripped))
            if b > a:
                spans.append((start + a, start + b))
        self.paragraphs.append(Paragraph(start, self.length, tuple(spans)))

    def add_break(self) -> None:
        if self.paragraphs and not self.paragraphs[-1].is_break:
            self.paragraphs.append(Paragraph(self.length, self.length, (), True))

    def build(self) -> Document:
        return Document("".join(self.parts), self.paragraphs)


def plain_text_document(text: str) -> Document:
    """Paragraphs of plain text, with offsets into `text` itself.

    Paragraphs are separated by blank lines (or, when the text has none, by line ends). A run of
    more blank lines than the text's usual separation, or an ornament line, is a scene break.
    """
    blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+(?:\n[^\n]+)*", text)]
    inner = [line for a, b in blocks if "\n" in text[a:b] for line in text[a:b].split("\n") if line.strip()]
    ends = sum(line.rstrip()[-1:] in ".!?…\"”’'" for line in inner)
    single = len(inner) >= 3 and ends > 0.6 * len(inner)  # lines are paragraphs, not hard wraps
    if single:  # one paragraph per line; a blank line is a break
        blocks = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]
    elif text.count("\n\n") * 15 < text.count("\n"):  # hardly a blank line: an edition that lost them
        blocks = [part for a, b in blocks for part in _unwrapped(text, a, b)]
    gaps = [text.count("\n", blocks[i][1], blocks[i + 1][0]) for i in range(len(blocks) - 1)]
    usual = 1 if single else 2
    paragraphs: list[Paragraph] = []
    for i, (a, b) in enumerate(blocks):
        while a < b and text[a].isspace():
            a += 1
        while b > a and text[b - 1].isspace():
            b -= 1
        if a == b:
            continue
        if BREAK_RE.match(text[a:b]):
            if paragraphs and not paragraphs[-1].is_break:
                paragraphs.append(Paragraph(a, a, (), True))
        else:
            paragraphs.append(Paragraph(a, b, tuple((m.start(1), m.end(1)) for m in STARRED.finditer(text, a, b))))
        if i < len(gaps) and gaps[i] > usual and paragraphs and not paragraphs[-1].is_break:
            paragraphs.append(Paragraph(b, b, (), True))
    return Document(text, paragraphs)


_LONG_BLOCK = 12  # lines: a block this long with no blank line is paragraphs whose blank lines were lost
_OPENS = re.compile(r"\s*[\"“‘']")
_ENDS = re.compile(r"[.!?…]['\"”’]?\s*$|['\"”’]\s*$")


def _unwrapped(text: str, a: int, b: int) -> list[tuple[int, int]]:
    """A hard-wrapped block of many lines with no blank line between its paragraphs (an edition that lost them),
    cut where a paragraph ends: a line that ends a sentence well short of the usual width, or before a line that
    opens a quotation. Other blocks are returned whole."""
    lines = [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text[a:b])]
    if len(lines) < _LONG_BLOCK:
        return [(a, b)]
    widths = sorted(e - s for s, e in lines)
    width = widths[int(len(widths) * 0.8)]
    out, start = [], a
    for (s, e), nxt in zip(lines, lines[1:]):
        line = text[a + s:a + e]
        if _ENDS.search(line) and (e - s < 0.75 * width or _OPENS.match(text, a + nxt[0])):
            out.append((start, a + e))
            start = a + nxt[0]
    out.append((start, b))
    return out
