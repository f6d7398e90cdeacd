"""Sentence splitting (the maintained `sentencex` splitter when installed) and packing sentences
into box-sized lines: narration, and long speeches too.
"""

from __future__ import annotations

import re
from collections.abc import Callable

BOX = 230  # characters: about three lines of the textbox at the default text size


def _fallback(text: str) -> list[str]:
    return [s for s in re.split(r"(?<=[.!?…])[\"”’']?\s+(?=[\"“‘'(]?[A-ZÀ-ÖØ-Þ0-9])", text) if s.strip()]


def _splitter() -> Callable[[str], list[str]]:
    try:
        import sentencex
    except ImportError:  # the `adapt` extra is not installed: a plain rule still works
        return _fallback

    def split(text: str) -> list[str]:
        return [s for s in sentencex.segment("en", text) if s.strip()]
    return split


split_sentences = _splitter()


def sentence_spans(text: str, base: int = 0) -> list[tuple[int, int]]:
    """Offsets (from `base`) of each sentence of `text`, found by the splitter."""
    out: list[tuple[int, int]] = []
    pos = 0
    for sentence in split_sentences(text):
        s = sentence.strip()
        at = text.find(s, pos)
        if at < 0:
            continue
        out.append((base + at, base + at + len(s)))
        pos = at + len(s)
    return out


def boxes(text: str, limit: int = BOX) -> list[str]:
    """`text` (whitespace tidied) cut at sentence boundaries into lines of at most `limit` characters
    where the sentences allow; a single longer sentence is cut at a comma or a space."""
    text = " ".join(text.split())
    if len(text) <= limit:
        return [text] if text else []
    out: list[str] = []
    current = ""
    for sentence in (" ".join(s.split()) for s in split_sentences(text)):
        while len(sentence) > limit:
            cut = max(sentence.rfind(", ", 0, limit), sentence.rfind("; ", 0, limit))
            cut = cut + 1 if cut > limit // 3 else sentence.rfind(" ", 0, limit)
            if cut <= 0:
                break
            head, sentence = sentence[:cut].strip(), sentence[cut:].strip()
            if current:
                out.append(current)
                current = ""
            out.append(head)
        if current and len(current) + 1 + len(sentence) > limit:
            out.append(current)
            current = sentence
        else:
            current = f"{current} {sentence}".strip()
    if current:
        out.append(current)
    return out
