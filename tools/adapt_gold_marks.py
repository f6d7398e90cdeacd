"""Make a gold file from a hand-marked text: each quotation's closing mark is followed by
{Speaker} (who says it), {+} (joined to the next quotation: a tag-broken line) or nothing (not speech).

Usage: python tools/adapt_gold_marks.py MARKED.txt OUT.txt  (writes OUT.txt and OUT's .gold.jsonl)
The marks are removed from the text; gold offsets are into the text without them.
A mark {Name|Alias} accepts either name. Lines at the top of the marked file of the form
`@alias Name = Other | Another` are left out of the text and give every line's Name those names too.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

# each closing mark's opening mark: English marks, guillemets (French «…», German »…«), low-high quotes („…“) and
# corner brackets (「…」)
OPEN = {'"': '"', "”": "“", "’": "‘", "'": "'", "»": "«", "«": "»", "›": "‹", "‹": "›", "“": "„", "」": "「", "』": "『"}


def convert(marked: str) -> tuple[str, list[dict]]:
    text_parts: list[str] = []
    gold: list[dict] = []
    pending: int | None = None
    pos = 0
    length = 0
    for m in re.finditer(r"\{([^{}]*)\}", marked):
        chunk = marked[pos:m.start()]
        text_parts.append(chunk)
        length += len(chunk)
        pos = m.end()
        text = "".join(text_parts)
        close = length - 1
        opener = OPEN[text[close]]
        start = text.rfind(opener, 0, close) + 1
        end = close
        if pending is not None:
            start = pending
        if m.group(1) == "+":
            pending = start
            continue
        pending = None
        names = m.group(1).split("|")
        gold.append({"start": start, "end": end, "speaker": names if len(names) > 1 else names[0]})
    text_parts.append(marked[pos:])
    return "".join(text_parts), gold


def split_aliases(marked: str) -> tuple[str, dict[str, list[str]]]:
    """The `@alias Name = A | B` lines at the top of a marked file, and the rest of it."""
    aliases: dict[str, list[str]] = {}
    lines = marked.split("\n")
    while lines and lines[0].startswith("@alias "):
        name, _, others = lines.pop(0)[len("@alias "):].partition("=")
        aliases[name.strip()] = [o.strip() for o in others.split("|") if o.strip()]
    return "\n".join(lines), aliases


def main(argv: list[str]) -> int:
    source, out = Path(argv[0]), Path(argv[1])
    marked, aliases = split_aliases(source.read_text(encoding="utf-8"))
    text, gold = convert(marked)
    if aliases:
        gold.insert(0, {"aliases": aliases})
    out.write_text(text, encoding="utf-8")
    out.with_name(out.name.split(".")[0] + ".gold.jsonl").write_text(
        "".join(json.dumps(g, ensure_ascii=False) + "\n" for g in gold), encoding="utf-8")
    print(f"{out}: {len(gold) - bool(aliases)} quotations", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
