"""Build the gold file for the bundled chapter from tests/data/spoken_lines.yaml (who says each
spoken line, taken from the hand-made script) and the chapter's text (not in the repository).

Usage: python tools/adapt_chapter_gold.py CHAPTER.txt > tests/data/adapt/chapter-01.gold.jsonl
Each spoken line's first words are looked up in the text, in order, and the quotation around them
gives the span; boxes of one long speech (same quotation or a quotation joined to it) are merged.
The output holds offsets and speakers only, never the chapter's words.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
NAMES = {"kakashi": "Kakashi", "sakura": "Sakura", "tsunade": "Tsunade", "kotetsu": "Kotetsu"}


def main(argv: list[str]) -> int:
    text = Path(argv[0]).read_text(encoding="utf-8")
    lines = yaml.safe_load((ROOT / "tests/data/spoken_lines.yaml").read_text(encoding="utf-8"))
    quotes = [(m.start() + 1, m.end() - 1) for m in re.finditer(r'"[^"]*"', text)]
    gold: list[dict] = []
    pos = 0
    for entry in lines:
        span = None
        for prefix in (entry["text"][:18].rstrip("."), entry["text"].split(",")[0]):
            words = re.escape(prefix).replace(r"\ ", r"\s+")
            for m in re.compile(words).finditer(text, pos):
                span = next(((a, b) for a, b in quotes if a <= m.start() < b), None)
                if span:
                    break
            if span:
                break
        if span is None:  # a reported line, not quoted in the text
            print(f"not quoted: {entry['text'][:40]!r}", file=sys.stderr)
            continue
        pos = span[0] + 1
        covered = len(text[span[0]:span[1]].split())
        nxt = [q for q in quotes if q[0] > span[1]]
        while covered < len(entry["text"].split()) and nxt and "\n" not in text[span[1]:nxt[0][0]]:
            span = (span[0], nxt[0][1])
            covered += len(text[nxt[0][0]:nxt[0][1]].split())
            nxt = nxt[1:]
        speaker = NAMES[entry["speaker"]]
        if gold and gold[-1]["speaker"] == speaker and (gold[-1]["end"] >= span[0] - 1 or
                                                         _joined(text, gold[-1]["end"], span[0])):
            gold[-1]["end"] = max(gold[-1]["end"], span[1])
            continue
        gold.append({"start": span[0], "end": span[1], "speaker": speaker})
    for g in gold:
        print(json.dumps(g))
    return 0


def _joined(text: str, end: int, start: int) -> bool:
    """Two quotations of one paragraph with only a short tag between them."""
    between = text[end:start]
    return "\n" not in between and len(between.split()) <= 14 and between.strip('" ').endswith((",", "—"))


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
