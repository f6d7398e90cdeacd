"""Input formats -> `Document`: plain text, Markdown, HTML (a saved chapter page) and EPUB.

Italics are kept as spans (`*…*`, `_…_`, `<i>`, `<em>`). HTML and EPUB parsing use the standard
library's html.parser; EPUB containers are opened with ebooklib (the `adapt` extra).
"""

from __future__ import annotations

import re
from html import unescape
from html.parser import HTMLParser
from pathlib import Path

from game.adapt.document import BREAK_RE, Document, DocumentBuilder, plain_text_document


class AdaptInputError(ValueError):
    """The input cannot be read (missing file, unknown format, broken EPUB, missing extra)."""


def read_input(path: Path) -> Document:
    suffix = path.suffix.lower()
    if path.is_dir():
        raise AdaptInputError(f"{path}: is a folder; give the chapter's file")
    if not path.is_file():
        raise AdaptInputError(f"{path}: no such file")
    if suffix == ".epub":
        return read_epub(path)
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise AdaptInputError(f"{path}: cannot read it ({exc.strerror or exc})") from exc
    raw = _decoded(path, data)
    text = printable(raw.replace("\r\n", "\n").replace("\r", "\n"))
    if suffix in (".md", ".markdown"):
        return read_markdown(text)
    if suffix in (".html", ".htm", ".xhtml") or re.match(r"\s*(<!DOCTYPE html|<html)", text, re.I):
        return read_html(text)
    if suffix in (".txt", ".text", ""):
        return plain_text_document(text)
    raise AdaptInputError(f"{path}: unknown format '{suffix}' (use .txt, .md, .html or .epub)")


# control characters no line of a story may hold (vn check refuses them): all but the tab and the newline
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """`text` with each control character (a stray form feed, a DEL or a C1 code that Windows-1252 leaves) made a
    space: one character for one, so offsets into the text as read stay right."""
    return _CONTROLS.sub(" ", text)


def _decoded(path: Path, data: bytes) -> str:
    """The text of a chapter file: UTF-8 (with or without a byte-order mark), UTF-16 with its mark (as some editors
    save), else Windows-1252, the usual 8-bit encoding of saved pages. A file with NUL bytes in it otherwise is not
    text (a word processor's file, a PDF, a picture): refused, not drafted from noise."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        try:
            return data.decode("utf-16")
        except UnicodeDecodeError as exc:
            raise AdaptInputError(f"{path}: not readable as UTF-16 text (byte {exc.start})") from exc
    if b"\x00" in data:
        raise AdaptInputError(f"{path}: not a text file (it holds NUL bytes at byte {data.index(0)}: a word "
                              "processor's file, a PDF or a picture?); save the chapter as .txt, .md or .html")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252", errors="replace")


# ── Markdown ────────────────────────────────────────────────────────────────────────────────────
_MD_BOLD = re.compile(r"(\*\*|__)(?=\S)(.+?)(?<=\S)\1")
_MD_ITALIC = re.compile(r"(?<![\w*])([*_])(?=\S)(.+?)(?<=\S)\1(?![\w*])")


def _strip_inline(text: str) -> tuple[str, list[tuple[int, int]]]:
    """Remove Markdown emphasis markers; return the plain text and its italic spans."""
    text = _MD_BOLD.sub(lambda m: m.group(2), text)
    text = re.sub(r"!?\[([^\]]*)\]\([^)]*\)", r"\1", text)  # links and images keep their words
    out: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    length = 0
    for m in _MD_ITALIC.finditer(text):
        out.append(text[pos:m.start()])
        length += m.start() - pos
        spans.append((length, length + len(m.group(2))))
        out.append(m.group(2))
        length += len(m.group(2))
        pos = m.end()
    out.append(text[pos:])
    return "".join(out).replace("\\", ""), spans


def read_markdown(text: str) -> Document:
    builder = DocumentBuilder()
    blocks = re.split(r"\n[ \t]*\n", text)
    for i, block in enumerate(blocks):
        if i and not block.strip() and blocks[i - 1].strip() == "":
            builder.add_break()
        lines = [re.sub(r"^\s{0,3}(#{1,6}\s+|>\s?)", "", line) for line in block.split("\n")]
        joined = " ".join(line.strip() for line in lines if line.strip())
        if not joined:
            continue
        if BREAK_RE.match(joined) or re.match(r"^\s*(\*\s*){3,}$|^\s*(-\s*){3,}$", joined):
            builder.add_break()
            continue
        plain, spans = _strip_inline(joined)
        builder.add(plain, spans)
    return builder.build()


# ── HTML ────────────────────────────────────────────────────────────────────────────────────────
_BLOCKS = {"p", "div", "br", "h1", "h2", "h3", "h4", "h5", "h6", "li", "blockquote", "section", "article", "tr"}
_ITALIC = {"i", "em", "cite"}
_SKIP = {"script", "style", "head", "title", "nav", "noscript", "select", "button", "form", "svg"}
# What an archive's page or download holds around the story, as its markup names it (a class or an id): the work's
# tags and byline, its summary, the author's notes before and after a chapter, the afterword, comments and kudos.
_PARATEXT = re.compile(r"(?:^|[\s_-])(?:(?:end|chapter|author|preface|start)?notes?|summary|preface|afterword|byline|"
                       r"meta|tags|kudos|comments?|feedback|footnotes?)(?:$|[\s_-])", re.I)
_VOID = {"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source", "track", "embed"}


class _Collector(HTMLParser):
    """Collects paragraphs (text, italic spans, the element that holds them) and breaks."""

    def __init__(self, paratext: bool = True) -> None:
        super().__init__(convert_charrefs=True)
        self.paratext = paratext  # leave out what the markup names paratext (see _PARATEXT)
        self.items: list[tuple[str, list[tuple[int, int]], int] | None] = []  # None = break
        self.buf: list[str] = []
        self.spans: list[tuple[int, int]] = []
        self.italic_start: list[int] = []
        self.skip = 0
        self.stack: list[int] = [0]  # ids of open block containers
        self.next_id = 1
        self.aside: str | None = None  # the tag of the paratext element being left out (with all it holds)
        self.aside_depth = 0  # how many of that tag are open inside it, itself included

    def _len(self) -> int:
        return sum(len(s) for s in self.buf)

    def flush(self) -> None:
        text = "".join(self.buf)
        if text.strip():
            self.items.append((text, list(self.spans), self.stack[-2] if len(self.stack) > 1 else 0))
        self.buf, self.spans = [], []
        self.italic_start = [0 for _ in self.italic_start]

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        if self.aside is not None:
            self.aside_depth += tag == self.aside
            return
        marked = f"{named.get('class') or ''} {named.get('id') or ''}"
        if self.paratext and tag not in _VOID and _PARATEXT.search(marked):
            self.flush()
            self.aside, self.aside_depth = tag, 1  # left out, with all it holds, until it closes
            return
        style = (named.get("style") or "").replace(" ", "").lower()
        if tag in _SKIP:
            self.skip += 1
        elif tag == "hr":
            self.flush()
            self.items.append(None)
        elif tag in _BLOCKS:
            self.flush()
            if tag != "br":
                self.stack.append(self.next_id)
                self.next_id += 1
        elif tag in _ITALIC or (tag == "span" and "font-style:italic" in style):
            self.italic_start.append(self._len())

    def handle_endtag(self, tag: str) -> None:
        if self.aside is not None:
            self.aside_depth -= tag == self.aside
            if not self.aside_depth:
                self.aside = None
            return
        if tag in _SKIP:
            self.skip = max(self.skip - 1, 0)
        elif tag in _BLOCKS:
            self.flush()
            if tag != "br" and len(self.stack) > 1:
                self.stack.pop()
        elif (tag in _ITALIC or tag == "span") and self.italic_start:
            start = self.italic_start.pop()
            if self._len() > start:
                self.spans.append((start, self._len()))

    def handle_data(self, data: str) -> None:
        if not self.skip and self.aside is None:
            self.buf.append(re.sub(r"\s+", " ", data))


def _collect(html: str, paratext: bool = True) -> list[tuple[str, list[tuple[int, int]], int] | None]:
    """The page's paragraphs and breaks. A paratext element that is never closed (a broken page) would leave out
    everything after it, the story too: then the page is read again with nothing left out."""
    parser = _Collector(paratext)
    parser.feed(html)
    parser.close()
    parser.flush()
    if parser.aside is not None:
        return _collect(html, paratext=False)
    return parser.items


def read_html(html: str, main_only: bool = True) -> Document:
    """Paragraphs of an HTML page. With `main_only`, only the container holding the most paragraph
    text is kept (a saved chapter page also has menus, reviews and footers)."""
    builder = DocumentBuilder()
    _add_items(builder, _collect(html), main_only)
    doc = builder.build()
    doc.title = page_title(html)
    return doc


_TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)
# where a site's page title leaves the work's own: 'Stone and Rain - Chapter 1 - Kira - Naruto [Archive of Our Own]',
# 'Stone and Rain Chapter 1: The Stone, a naruto fanfic | FanFiction'
_TITLE_END = re.compile(r"\s+(?:[-–—|]\s|Chapter\s+\d|Ch\.\s*\d)|,\s+an?\s+[\w .'-]*fan\s*fic|\s*\[", re.I)


def page_title(html: str) -> str:
    """The work's title from a page's <title>, without what the site adds (chapter, author, fandom, site name);
    "" when there is none, or what is left is no title (empty, or longer than a title is)."""
    m = _TITLE.search(html)
    if m is None:
        return ""
    title = " ".join(unescape(re.sub(r"<[^>]*>", "", m.group(1))).split())
    cut = _TITLE_END.search(title)
    title = printable(title[:cut.start()] if cut else title).strip(" -–—|:,")
    return title if 0 < len(title) <= 80 else ""


def _add_items(builder: DocumentBuilder, items: list, main_only: bool) -> None:  # type: ignore[type-arg]
    keep = None
    if main_only:
        weight: dict[int, int] = {}
        for item in items:
            if item is not None:
                weight[item[2]] = weight.get(item[2], 0) + len(item[0])
        keep = max(weight, key=weight.__getitem__) if weight else None
    for item in items:
        if item is None:
            builder.add_break()
        elif keep is None or item[2] == keep:
            builder.add(item[0], item[1])


# ── EPUB ────────────────────────────────────────────────────────────────────────────────────────
def read_epub(path: Path) -> Document:
    try:
        import ebooklib
        from ebooklib import epub
    except ImportError as exc:  # pragma: no cover - depends on the environment
        raise AdaptInputError("reading EPUB needs ebooklib: pip install -e '.[adapt]'") from exc
    try:
        book = epub.read_epub(str(path), options={"ignore_ncx": True})
    except Exception as exc:  # ebooklib raises many kinds on a broken container
        raise AdaptInputError(f"{path}: not a readable EPUB ({exc})") from exc
    builder = DocumentBuilder()
    for item_id, _linear in book.spine:
        item = book.get_item_with_id(item_id)
        if item is None or item.get_type() != ebooklib.ITEM_DOCUMENT or isinstance(item, epub.EpubNav):
            continue
        html = printable(item.get_content().decode("utf-8", errors="replace"))
        builder.add_break()  # each spine document starts a new scene
        _add_items(builder, _collect(html), main_only=False)
    doc = builder.build()
    titles = book.get_metadata("DC", "title")
    doc.title = " ".join(printable(str(titles[0][0])).split())[:80] if titles and titles[0][0] else ""
    return doc


def read_text(text: str) -> Document:
    """Plain text given as a string (tests, other tools)."""
    return plain_text_document(text.replace("\r\n", "\n"))
