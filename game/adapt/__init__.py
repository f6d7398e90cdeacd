"""`vn adapt`: a prose chapter (.txt, .md, .html, .epub) -> a draft scene script and quote JSON.

Pure Python (never imports pygame). Steps, one module each: readers (formats -> Document),
cast, quotes, referents + attribution, thoughts, narration, scenes, draft (the pipeline), writer.
"""

from __future__ import annotations

from pathlib import Path

from game.adapt.draft import Draft, KnownStory, adapt_document
from game.adapt.readers import AdaptInputError, read_input

__all__ = ["AdaptInputError", "Draft", "KnownStory", "adapt_document", "adapt_file", "known_story"]


def known_story(path: Path) -> tuple[KnownStory | None, list[str]]:
    """The cast and places of an existing story (folder or story.yaml), or its problems."""
    from game.story.loader import load_story

    story, diagnostics = load_story(path)
    if story is None:
        return None, [d.format() for d in diagnostics]
    cast = {c.id: (c.name, "#%02x%02x%02x" % tuple(c.color), c.sprite) for c in story.cast.values()}
    places = {p.id: (p.name, p.map) for p in story.places.values()}
    return KnownStory(cast, places), []


def adapt_file(path: Path, story: KnownStory | None = None) -> Draft:
    doc = read_input(path)
    if not any(not para.is_break and doc.text[para.start:para.end].strip() for para in doc.paragraphs):
        # a draft of no scenes does not pass `vn check`: say so rather than write one
        raise AdaptInputError(f"{path}: no text to adapt (the file is empty, or the page has no paragraphs of text)")
    draft = adapt_document(doc, story)
    if not draft.scenes:  # every paragraph a title, a heading or an author's note: a draft of no scenes fails check
        raise AdaptInputError(f"{path}: no story text to adapt (every paragraph reads as a title, a heading or an "
                              "author's note)")
    return draft
