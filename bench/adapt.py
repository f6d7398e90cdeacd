"""`vn adapt` on a 100,000-word novel, against reading and sentence-splitting the same text.

The novel is made here from the hand-written passages in tests/data/adapt (dev and held-out), with
scene breaks between them and a different set of names on each pass, until it reaches the length.
The floor is the least any adapter must do: read the file and run the sentence splitter over every
paragraph. Each figure is the best of three runs in this process.
"""

from __future__ import annotations

import re
import time
from pathlib import Path

from bench.report import Row

ROOT = Path(__file__).resolve().parent.parent
WORDS = 100_000
FIRST = ("Ada", "Bram", "Cleo", "Dario", "Edda", "Finn", "Greta", "Hugo", "Ilse", "Jude", "Kira", "Lars")


def write_novel(path: Path, words: int = WORDS) -> int:
    passages = [p.read_text(encoding="utf-8") for p in sorted((ROOT / "tests/data/adapt").glob("*/*.txt"))]
    names = sorted({n for text in passages for n in re.findall(r"\b[A-Z][a-z]{2,}\b", text)})
    parts: list[str] = []
    count = 0
    round_ = 0
    while count < words:
        for text in passages:
            swap = {n: FIRST[(i + round_) % len(FIRST)] + n[1:3].lower() for i, n in enumerate(names) if len(n) > 4}
            text = re.sub(r"\b(" + "|".join(map(re.escape, swap)) + r")\b", lambda m: swap[m.group()], text)
            parts.append(text.strip())
            count += len(text.split())
            if count >= words:
                break
        round_ += 1
    path.write_text("\n\n* * *\n\n".join(parts) + "\n", encoding="utf-8")
    return count


def _floor(path: Path) -> float:
    from game.adapt.narration import split_sentences

    start = time.perf_counter()
    text = path.read_text(encoding="utf-8")
    for para in re.split(r"\n\s*\n", text):
        split_sentences(para)
    return time.perf_counter() - start


def _adapt(path: Path) -> tuple[float, int]:
    from game.adapt import adapt_file
    from game.adapt.writer import to_json_lines, to_yaml

    start = time.perf_counter()
    draft = adapt_file(path)
    to_yaml(draft, "bench")
    to_json_lines(draft)
    return time.perf_counter() - start, len(draft.utterances)


def measure(tmp: Path, log=print) -> list[Row]:  # type: ignore[no-untyped-def]
    path = tmp / "novel.txt"
    words = write_novel(path)
    log(f"  adapt: a {words:,}-word novel")
    floor = min(_floor(path) for _ in range(3))
    runs = [_adapt(path) for _ in range(3)]
    best = min(t for t, _ in runs)
    quotes = runs[0][1]
    return [Row(f"adapt a {words // 1000}k-word novel (txt -> yaml + json)", f"{best:.2f} s",
                f"read + split {floor:.2f} s", best / floor, "a few seconds (≤ 5 s)", best <= 5.0,
                f"{quotes:,} quotations", {"seconds": [t for t, _ in runs], "floor": floor, "words": words})]
