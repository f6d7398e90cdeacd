"""`vn adapt` on a 100,000-word novel, against reading and sentence-splitting the same text.

The novel is made here from the hand-written passages in tests/data/adapt (dev and held-out), with
scene breaks between them and a different set of names on each pass, until it reaches the length.
The floor is the least any adapter must do: read the file and run the sentence splitter over every
paragraph. Each figure is the best of three runs in this process. The machine is shared (load
averages of 10 on 2 cores while other work runs), so the figure and the ratio are CPU time of this
process (time.process_time); the wall time and the load average are in the note.
"""

from __future__ import annotations

import os
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


def _floor(path: Path) -> tuple[float, float]:
    from game.adapt.narration import split_sentences

    cpu, wall = time.process_time(), time.perf_counter()
    text = path.read_text(encoding="utf-8")
    for para in re.split(r"\n\s*\n", text):
        split_sentences(para)
    return time.process_time() - cpu, time.perf_counter() - wall


def _adapt(path: Path) -> tuple[float, float, int]:
    from game.adapt import adapt_file
    from game.adapt.writer import to_json_lines, to_yaml

    cpu, wall = time.process_time(), time.perf_counter()
    draft = adapt_file(path)
    to_yaml(draft, "bench")
    to_json_lines(draft)
    return time.process_time() - cpu, time.perf_counter() - wall, len(draft.utterances)


ONE_PARAGRAPH_LINES = 20_000


def write_one_paragraph(path: Path, lines: int = ONE_PARAGRAPH_LINES) -> None:
    """A talk of `lines` lines with no paragraph breaks (a page saved as one line): pronoun tags and names."""
    turns = ['"Is it far?" she asked.', '"Not far," said Bram.', '"Then we walk," she said.', '"Yes," he said.']
    path.write_text("Ada and Bram sat down by the road. " + " ".join(turns[i % 4] for i in range(lines)) + "\n",
                    encoding="utf-8")


def measure(tmp: Path, log=print) -> list[Row]:  # type: ignore[no-untyped-def]
    return [_novel(tmp, log), _one_paragraph(tmp, log)]


def _one_paragraph(tmp: Path, log=print) -> Row:  # type: ignore[no-untyped-def]
    path = tmp / "one-paragraph.txt"
    write_one_paragraph(path)
    log(f"  adapt: one paragraph of {ONE_PARAGRAPH_LINES:,} lines")
    floor = min(_floor(path)[0] for _ in range(3))
    cpu, wall, quotes = _adapt(path)
    return Row(f"adapt a text whose paragraph breaks were lost ({ONE_PARAGRAPH_LINES // 1000}k lines in one paragraph)",
               f"{cpu:.2f} s CPU", f"read + split {floor:.3f} s CPU", cpu / floor if floor else None, "report", None,
               f"{quotes:,} quotations; wall {wall:.2f} s; each line reads the narration near it, not the paragraph's",
               {"cpu": cpu, "wall": wall, "floor_cpu": floor, "quotes": quotes})


def _novel(tmp: Path, log=print) -> Row:  # type: ignore[no-untyped-def]
    path = tmp / "novel.txt"
    words = write_novel(path)
    log(f"  adapt: a {words:,}-word novel")
    floors = [_floor(path) for _ in range(3)]
    runs = [_adapt(path) for _ in range(3)]
    floor = min(c for c, _ in floors)
    best, wall = min(c for c, _, _ in runs), min(w for _, w, _ in runs)
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return Row(f"adapt a {words // 1000}k-word novel (txt -> yaml + json)", f"{best:.2f} s CPU",
                f"read + split {floor:.3f} s CPU", best / floor, "a few seconds (≤ 5 s)", best <= 5.0,
                f"{runs[0][2]:,} quotations; wall {wall:.2f} s (floor {min(w for _, w in floors):.2f} s) "
                f"at load average {load:.1f}",
                {"cpu": [c for c, _, _ in runs], "wall": [w for _, w, _ in runs], "floor_cpu": [c for c, _ in floors],
                 "words": words, "load": load})
