"""Each input format -> paragraphs, italic spans and scene breaks (tiny fixtures built here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from game.adapt.draft import adapt_document
from game.adapt.readers import AdaptInputError, read_input, read_text
from game.cli import main


def texts(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return ["---" if p.is_break else doc.para_text(p) for p in doc.paragraphs]


def italics(doc) -> list[str]:  # type: ignore[no-untyped-def]
    return [doc.text[a:b] for p in doc.paragraphs for a, b in p.italics]


def test_plain_text_paragraphs_and_breaks_keep_offsets() -> None:
    source = "One line.\n\nTwo\nlines.\n\n\n\nAfter a gap.\n\n* * *\n\nAfter stars.\n"
    doc = read_text(source)
    assert texts(doc) == ["One line.", "Two\nlines.", "---", "After a gap.", "---", "After stars."]
    assert doc.text == source  # offsets are into the file as read


def test_plain_text_with_one_paragraph_per_line() -> None:
    doc = read_text("First.\nSecond.\nThird.\n\nAfter a break.\n")
    assert texts(doc) == ["First.", "Second.", "Third.", "---", "After a break."]


def test_markdown_italics_headings_and_rules(tmp_path: Path) -> None:
    path = tmp_path / "ch.md"
    path.write_text("# Chapter 2\n\nShe looked up. *Not again,* she thought.\n\n"
                    "He was **very** late.\n\n---\n\n_Later_, it rained.\n", encoding="utf-8")
    doc = read_input(path)
    assert texts(doc) == ["Chapter 2", "She looked up. Not again, she thought.", "He was very late.", "---",
                          "Later, it rained."]
    assert italics(doc) == ["Not again,", "Later"]


def test_html_keeps_the_main_text_and_its_italics(tmp_path: Path) -> None:
    path = tmp_path / "page.html"
    path.write_text(
        "<html><head><title>T</title><style>p{}</style></head><body>"
        "<div class='menu'><p>Home</p><p>Next chapter</p></div>"
        "<div id='story'><p>He waited. <i>She isn't coming,</i> he thought.</p>"
        "<p>&ldquo;Yes I am,&rdquo; she said.</p><hr/><p>Morning came <em>slowly</em>.</p></div>"
        "<div class='footer'><p>Reviews</p></div></body></html>", encoding="utf-8")
    doc = read_input(path)
    assert texts(doc) == ["He waited. She isn't coming, he thought.", "“Yes I am,” she said.", "---",
                          "Morning came slowly."]
    assert italics(doc) == ["She isn't coming,", "slowly"]


def _epub(path: Path, documents: list[tuple[str, str]], nav_first: bool = False) -> Path:
    """An EPUB of `documents` ((file name, body HTML), in its spine in that order; `nav_first`: its navigation
    document first in the spine, as some tools write it)."""
    epub = pytest.importorskip("ebooklib.epub")
    book = epub.EpubBook()
    book.set_identifier(path.stem)
    book.set_title(path.stem)
    book.set_language("en")
    items = []
    for name, body in documents:
        item = epub.EpubHtml(title=name, file_name=f"{name}.xhtml", lang="en")
        item.content = f"<html><body>{body}</body></html>"
        book.add_item(item)
        items.append(item)
    book.toc = items
    book.add_item(epub.EpubNcx())
    book.add_item(epub.EpubNav())
    book.spine = ["nav", *items] if nav_first else items
    epub.write_epub(str(path), book)
    return path


def test_epub_chapters_become_scenes(tmp_path: Path) -> None:
    path = _epub(tmp_path / "book.epub", [("ch1", "<p>The first <i>chapter</i> begins.</p><p>“Hello,” said Tom.</p>"),
                                          ("ch2", "<p>The second chapter.</p>")], nav_first=True)
    doc = read_input(path)
    assert texts(doc) == ["The first chapter begins.", "“Hello,” said Tom.", "---", "The second chapter."]
    assert italics(doc) == ["chapter"]


def test_bad_inputs_are_clear_errors(tmp_path: Path) -> None:
    with pytest.raises(AdaptInputError, match="no such file"):
        read_input(tmp_path / "missing.txt")
    (tmp_path / "x.pdf").write_bytes(b"%PDF")
    with pytest.raises(AdaptInputError, match="unknown format"):
        read_input(tmp_path / "x.pdf")
    (tmp_path / "broken.epub").write_bytes(b"not a zip")
    with pytest.raises(AdaptInputError, match="not a readable EPUB"):
        read_input(tmp_path / "broken.epub")


def test_chapter_headings_and_front_matter_are_not_scenes() -> None:
    from game.adapt.scenes import split_scenes

    doc = read_text("Disclaimer: not mine.\n\nA Title\n\nIt rained all day. Nobody came.\n\nCHAPTER II\n\n"
                    "The sun came out. Everyone came.\n\nA/N: thanks for reading!\n")
    scenes = [[doc.para_text(doc.paragraphs[i]) for i in s.paras] for s in split_scenes(doc)]
    assert scenes == [["It rained all day. Nobody came."], ["The sun came out. Everyone came."]]


def test_a_line_that_opens_with_an_is_not_an_authors_note() -> None:
    """Dialect "An'" and a plain "An" open speech and prose; only "A/N", "AN:" or "Author's note" open a note."""
    from game.adapt.scenes import split_scenes

    doc = read_text("The cart rolled on.\n\n\"An' I don't hold with it,\" said the carter.\n\n"
                    "\u2018An affliction,\u2019 said the captain.\n\nAn owl called from the barn.\n\n"
                    "AN: more next week\n\nIt rained.\n\n***\n\nMorning came.\n\n(A/N) Thanks!\n")
    kept = [doc.para_text(doc.paragraphs[i]) for s in split_scenes(doc) for i in s.paras]
    assert kept == ["The cart rolled on.", "\"An' I don't hold with it,\" said the carter.",
                    "\u2018An affliction,\u2019 said the captain.", "An owl called from the barn.", "Morning came."]


_PREFACE = ("<h1>The Tide Clock</h1><div class='byline'>by <a>saltmarsh</a></div>"
            "<div class='meta'><dl class='tags'><dt>Rating:</dt><dd>General Audiences</dd><dt>Characters:</dt>"
            "<dd>Ines Vale, Col Brannock</dd></dl><p>Summary</p><blockquote class='userstuff'><p>Ines mends clocks. "
            "Col brings her one that runs backwards.</p></blockquote><p>Notes</p><blockquote class='userstuff'>"
            "<p>For the prompt &ldquo;time out of joint.&rdquo; Thank you for reading!</p></blockquote></div>")
_CHAPTER = ("<div class='meta group'><h2 class='heading'>Chapter 1: Backwards</h2><p>Chapter Notes</p>"
            "<blockquote class='userstuff'><p>This one fought me, &ldquo;honestly&rdquo;.</p></blockquote></div>"
            "<div class='userstuff module'><p>The shop smelled of oil and brass.</p>"
            "<p>&ldquo;It runs the wrong way,&rdquo; said Col.</p><p>Ines turned it over. <i>Of course it does.</i></p></div>"
            "<div id='notes' class='end notes module'><p>End Notes</p><blockquote class='userstuff'>"
            "<p>Comments are &ldquo;fuel&rdquo;, thank you!</p></blockquote></div>")
_AFTERWORD = ("<div id='afterword'><h2>Afterword</h2><div class='endnotes'><p>Drop by the archive and leave a comment "
              "if you enjoyed this.</p></div></div>")
_STORY = ["The shop smelled of oil and brass.", "“It runs the wrong way,” said Col.", "Ines turned it over. Of course it does."]


def test_an_archive_download_keeps_the_story_not_its_tags_notes_and_afterword(tmp_path: Path) -> None:
    """An EPUB as fan-fiction archives make them (a preface of tags, summary and notes; chapter notes before and after
    the text; an afterword): only the chapter's text, whose quotations are speech (the notes' are not)."""
    path = _epub(tmp_path / "tide.epub", [("preface", _PREFACE), ("chapter1", _CHAPTER), ("afterword", _AFTERWORD)])
    doc = read_input(path)
    assert [t for t in texts(doc) if t != "---"] == ["The Tide Clock", *_STORY]  # the title: not a scene's line
    draft = adapt_document(doc)
    assert [(u.text(doc), draft.cast.display(u.speaker)) for u in draft.utterances] == [("It runs the wrong way,", "Col")]


def test_a_saved_page_keeps_the_chapter_even_when_its_notes_are_longer(tmp_path: Path) -> None:
    notes = "<div class='notes module'><p>Notes:</p>" + "<p>A long thank-you to everyone who wrote to me.</p>" * 12 + "</div>"
    path = tmp_path / "page.html"
    path.write_text(f"<html><body><div id='workskin'>{_PREFACE}{notes}{_CHAPTER}{_AFTERWORD}</div></body></html>",
                    encoding="utf-8")
    assert texts(read_input(path)) == _STORY


def test_scene_breaks_drawn_with_letters_between_the_marks() -> None:
    """Fan fiction's separators: '-x-x-x-', '~o~o~', '--o--' are breaks like '***'; 'xoxo', 'X-ray' and '...' are not."""
    doc = read_text("One.\n\n-x-x-x-\n\nTwo.\n\n~o~o~\n\nThree.\n\n--o--\n\nFour.\n\nxoxo\n\nX-ray\n\n...\n")
    assert texts(doc) == ["One.", "---", "Two.", "---", "Three.", "---", "Four.", "xoxo", "X-ray", "..."]


def test_a_notes_element_never_closed_does_not_swallow_the_story(tmp_path: Path) -> None:
    """A broken page whose notes element is never closed: nothing after it would be read if it were left out, so the
    page is read with nothing left out (the story is there; the notes too, for the writer to cut)."""
    path = tmp_path / "broken.html"
    path.write_text("<html><body><div class='notes'><p>Thanks for reading!</p>"
                    "<div id='story'><p>The storm came in at noon.</p><p>&ldquo;Close the shutters,&rdquo; said Maren.</p>"
                    "</div></body></html>", encoding="utf-8")
    assert texts(read_input(path)) == ["The storm came in at noon.", "“Close the shutters,” said Maren."]


def test_a_hard_wrapped_text_that_lost_its_blank_lines_is_cut_into_its_paragraphs() -> None:
    # an edition with no blank line between paragraphs: a paragraph ends on a short line that ends a sentence, or
    # before a line opening a quotation; before, the whole passage was one paragraph, and its one tag ('said the
    # carter') took every line in it
    prose = ("The cart had stopped at the gate at the bottom of the hill,\n"
             "where the keeper stood with his hand out for the toll, and\n"
             "the girl on top of the load looked the other way entirely.\n"
             "Oak came down the road behind them.\n")
    talk = ("\"She says that's all she'll pay, you great miser,\" said the\n"
            "carter, looking up at the girl.\n"
            "\"Then she can't pass,\" said the keeper.\n"
            "Oak stepped forward with the coins in his hand.\n"
            "\"Let her go by,\" he said to the keeper.\n")
    text = (prose * 3) + talk + (prose * 2)
    doc = read_text(text)
    paragraphs = [doc.text[p.start:p.end] for p in doc.paragraphs if not p.is_break]
    assert paragraphs[3].startswith("\"She says") and paragraphs[4].startswith("\"Then she can't pass")
    assert len(paragraphs) == 9, paragraphs
    draft = adapt_document(doc)
    assert [draft.cast.display(u.speaker) for u in draft.utterances] == ["Carter", "Keeper", "Oak"]


def test_the_works_title_comes_from_the_page_or_the_book(tmp_path: Path) -> None:
    """A saved page's <title> without what the site adds, an EPUB's title: the draft's title, which was the file's
    name ('Ao3 (draft)')."""
    from game.adapt.readers import page_title

    assert page_title("<title>Stone and Rain - Chapter 1 - Kira - Naruto [Archive of Our Own]</title>") == "Stone and Rain"
    assert page_title("<title>Stone and Rain Chapter 1: The Stone, a naruto fanfic | FanFiction</title>") == \
        "Stone and Rain"
    assert page_title("<title>Stone &amp; Rain</title>") == "Stone & Rain"
    assert page_title("<p>no title</p>") == "" and page_title(f"<title>{'x' * 200}</title>") == ""
    page = tmp_path / "works-12345.html"
    page.write_text("<html><head><title>Stone and Rain - Kira [Archive of Our Own]</title></head><body>"
                    "<p>“Hello,” said Tom.</p></body></html>", encoding="utf-8")
    out = tmp_path / "draft.yaml"
    assert main(["adapt", str(page), "-o", str(out)]) == 0
    assert 'title: "Stone and Rain (draft)"' in out.read_text(encoding="utf-8")
    book = _epub(tmp_path / "book.epub", [("ch1", "<p>“Hello,” said Tom.</p>")])
    assert read_input(book).title == "book"  # the title set in its metadata
