"""Helpers shared by the `vn adapt` tests."""

from __future__ import annotations

from pathlib import Path

from game.adapt.draft import adapt_document
from game.adapt.readers import read_text
from game.adapt.writer import to_yaml
from game.check import check_story


def said(text: str) -> list[tuple[str, str | None, str]]:
    """(quote, speaker's display name, evidence) for every quotation of `text`."""
    draft = adapt_document(read_text(text))
    return [(u.text(draft.doc), draft.cast.display(u.speaker), u.evidence) for u in draft.utterances]


def assert_draft_checks(folder: Path, name: str, text: str) -> None:
    """The draft of `text`, written to `folder`, passes `vn check` with nothing to say."""
    path = folder / f"{name}.yaml"
    path.write_text(to_yaml(adapt_document(read_text(text)), name), encoding="utf-8")
    result = check_story(path)
    assert result.ok and not result.diagnostics, [d.format() for d in result.diagnostics]
