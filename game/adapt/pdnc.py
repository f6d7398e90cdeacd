"""Gold files from a novel folder in the layout of the Project Dialogism Novel Corpus (PDNC): the novel's text,
one CSV row per quotation (its character spans and speaker) and one CSV row per character (a main name and its
aliases). `tools/adapt_eval.py --pdnc FOLDER` scores `vn adapt` against such a folder as it is published;
nothing of the corpus is kept in this repository.
"""

from __future__ import annotations

import ast
import csv
from pathlib import Path

TEXT_NAMES = ("novel_text.txt", "text.txt")
QUOTE_NAMES = ("quotation_info.csv", "quotations.csv")
CAST_NAMES = ("character_info.csv",)


class CorpusError(ValueError):
    """A folder or row that is not in the corpus's layout: the message names the file and the row."""


def _one(folder: Path, names: tuple[str, ...]) -> Path:
    for name in names:
        if (folder / name).is_file():
            return folder / name
    raise CorpusError(f"{folder}: none of {', '.join(names)}")


def _literal(value: str, where: str) -> object:
    try:
        return ast.literal_eval(value)
    except (ValueError, SyntaxError) as exc:
        raise CorpusError(f"{where}: not a list or set literal: {value[:60]!r}") from exc


def _spans(value: str, where: str) -> list[tuple[int, int]]:
    spans = _literal(value, where)
    if not (isinstance(spans, list) and spans and all(isinstance(s, (list, tuple)) and len(s) == 2
                                                       and all(isinstance(n, int) for n in s) for s in spans)):
        raise CorpusError(f"{where}: quoteByteSpans is not a list of [start, end] pairs: {value[:60]!r}")
    return [(int(s[0]), int(s[1])) for s in spans]


def read_pdnc(folder: Path, upto: int | None = None) -> tuple[str, list[dict]]:  # type: ignore[type-arg]
    """The novel's text (its first `upto` characters) and gold rows for `game.adapt.evaluate.score`: an aliases
    row from the character list, then one row per quotation that ends within the text, in order, with its
    `type` (Explicit, Anaphoric, Implicit) kept for the report."""
    text = _one(folder, TEXT_NAMES).read_text(encoding="utf-8")
    if upto is not None:
        text = text[:upto]
    aliases: dict[str, list[str]] = {}
    cast_path = next((folder / n for n in CAST_NAMES if (folder / n).is_file()), None)
    if cast_path is not None:
        with cast_path.open(encoding="utf-8", newline="") as handle:
            for number, row in enumerate(csv.DictReader(handle), 2):
                name = (row.get("Main Name") or "").strip()
                if not name:
                    continue
                names = _literal(row.get("Aliases") or "set()", f"{cast_path}:{number}")
                aliases[name] = sorted({name, *(str(n) for n in names)}) if isinstance(names, (set, list, tuple)) \
                    else [name]
    quotes = _one(folder, QUOTE_NAMES)
    rows: list[dict] = []  # type: ignore[type-arg]
    with quotes.open(encoding="utf-8", newline="") as handle:
        reader = csv.DictReader(handle)
        for row in reader:
            where = f"{quotes}:{reader.line_num}"
            if "quoteByteSpans" not in row or "speaker" not in row:
                raise CorpusError(f"{where}: no quoteByteSpans or speaker column")
            spans = _spans(row["quoteByteSpans"], where)
            start, end = spans[0][0], spans[-1][1]
            if end > len(text):
                continue
            rows.append({"start": start, "end": end, "speaker": row["speaker"].strip() or None,
                         "id": row.get("quoteID", ""), "type": row.get("quoteType", "")})
    rows.sort(key=lambda r: r["start"])
    return text, [{"aliases": aliases}, *rows]
