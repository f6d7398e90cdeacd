"""Generated stories for the load benchmarks: N script lines in the shape of the real chapter.

Deterministic (seeded): the same N always gives the same bytes. Scenes of about 50 items, split into
chapter files of at most 5,000 items, with the bundled story's cast and places, so a generated story
is valid and compiles.
"""

from __future__ import annotations

import random
from pathlib import Path

SCENE_ITEMS = 50
CHAPTER_ITEMS = 5_000
CAST = ("kakashi", "sakura", "tsunade", "kotetsu")
PLACES = ("memorial", "training-ground", "tower-stairs", "hokage-office", "sakura-house",
          "kakashi-apartment", "rooftops")
TIMES = ("dawn", "morning", "noon", "afternoon", "dusk", "night")
EXPRESSIONS = ("neutral", "smile", "sad", "surprised", "angry")
POSITIONS = ("left", "centre", "right")
WORDS = ("the", "mist", "stone", "village", "quiet", "morning", "she", "he", "names", "light", "slowly",
         "again", "never", "hand", "cold", "training", "ground", "cherry", "tree", "laughs", "waits",
         "remembers", "door", "window", "rain", "tea", "letter", "book", "night", "still")

HEADER = """title: Generated story
subtitle: "{n} lines"
cast:
  kakashi: {{name: Kakashi, color: "#9fb4c8", sprite: kakashi}}
  sakura: {{name: Sakura, color: "#f08cb0", sprite: sakura-21}}
  tsunade: {{name: Tsunade, color: "#e6c36a", sprite: tsunade}}
  kotetsu: {{name: Kotetsu, color: "#8cc9a2", sprite: kotetsu}}
places:
{places}
chapters:
{chapters}
"""


def _sentence(rng: random.Random, serial: int) -> str:
    words = [rng.choice(WORDS) for _ in range(rng.randint(6, 22))]
    words[0] = words[0].capitalize()
    return " ".join(words) + f" ({serial})."


def _scene(rng: random.Random, number: int, items: int, serial: list[int]) -> list[str]:
    out = [
        f"  - scene: s{number:06d}",
        f"    title: Scene {number}",
        f"    place: {rng.choice(PLACES)}",
        f"    time: {rng.choice(TIMES)}",
        f"    memory: {'true' if number % 5 == 0 else 'false'}",
        "    lines:",
    ]
    on_stage: list[str] = []
    for _ in range(items):
        serial[0] += 1
        roll = rng.random()
        text = _sentence(rng, serial[0])
        if roll < 0.08 or not on_stage:
            who = rng.choice([c for c in CAST if c not in on_stage] or CAST)
            out.append(f"      - show: {who} {rng.choice(EXPRESSIONS)} at {rng.choice(POSITIONS)}")
            if who not in on_stage:
                on_stage.append(who)
        elif roll < 0.12:
            out.append(f"      - move: {rng.choice(on_stage)} to {rng.choice(POSITIONS)}")
        elif roll < 0.14:
            out.append(f"      - transition: {rng.choice(('dissolve', 'fade', 'cut'))}")
        elif roll < 0.16 and len(on_stage) > 1:
            out.append(f"      - hide: {on_stage.pop()}")
        elif roll < 0.45:
            out.append(f'      - "{text}"')
        elif roll < 0.85:
            out.append(f'      - {rng.choice(on_stage)}: "{text}"')
        elif roll < 0.95:
            out.append(f'      - {rng.choice(on_stage)} thinks: "{text}"')
        else:
            out.append(f'      - {rng.choice(on_stage)} ({rng.choice(EXPRESSIONS)}): "{text}"')
    return out


def write_story(folder: Path, n: int, seed: int = 8) -> Path:
    """Write a story of `n` script lines (items under `lines:`) into `folder`; returns the folder."""
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    serial = [0]
    chapters: list[str] = []
    remaining, scene_no = n, 0
    while remaining > 0:
        chunk = min(CHAPTER_ITEMS, remaining)
        remaining -= chunk
        lines = ["scenes:"]
        left = chunk
        while left > 0:
            items = min(SCENE_ITEMS, left)
            left -= items
            scene_no += 1
            lines += _scene(rng, scene_no, items, serial)
        name = f"chapter-{len(chapters) + 1:03d}.yaml"
        (folder / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
        chapters.append(name)
    places = "\n".join(f"  {p}: {{map: maps/{p}.tmx}}" for p in PLACES)
    (folder / "story.yaml").write_text(
        HEADER.format(n=n, places=places, chapters="\n".join(f"  - {c}" for c in chapters)), encoding="utf-8")
    return folder


def source_files(folder: Path) -> list[Path]:
    return sorted(folder.glob("*.yaml"))


def text_lines(folder: Path) -> int:
    return sum(p.read_bytes().count(b"\n") for p in source_files(folder))
