"""Helpers shared by the `vn adapt` tests."""

from __future__ import annotations

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text


def said(text: str) -> list[tuple[str, str | None, str]]:
    """(quote, speaker's display name, evidence) for every quotation of `text`."""
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]
