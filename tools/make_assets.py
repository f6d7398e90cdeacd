"""Regenerate every asset under ``assets/`` (maps, tilesets, layered sprites, sounds, event
illustrations).

Usage: ``python tools/make_assets.py [places|sprites|sounds|music|events|draft ...]`` (or names of single
places, sprite sets or events).  The events need the ``art`` extra (resvg): ``pip install ".[art]"``; the music needs ``oggenc``.
Deterministic: each generator uses its own seeded ``random.Random``, so running
it twice writes byte-identical files.  Headless (SDL dummy video driver)."""
from __future__ import annotations

import os
import random
import sys
import time
import zlib
from pathlib import Path

os.environ["SDL_VIDEODRIVER"] = "dummy"
os.environ["SDL_AUDIODRIVER"] = "dummy"
os.environ.setdefault("PYGAME_HIDE_SUPPORT_PROMPT", "1")

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pygame  # noqa: E402

from tools.assets import draft, events, interiors, music, places, sounds, tmx  # noqa: E402

CAST = ["kakashi", "sakura-13", "sakura-15", "sakura-21", "tsunade", "kotetsu"]  # tools/art/cast.py

PLACES = {
    "memorial": places.memorial,
    "training-ground": places.training_ground,
    "tower-stairs": interiors.tower_stairs,
    "hokage-office": interiors.hokage_office,
    "sakura-house": interiors.sakura_house,
    "sakura-house-wrecked": interiors.sakura_house_wrecked,
    "kakashi-apartment": interiors.kakashi_apartment,
    "rooftops": places.rooftops,
}


def seed_for(key: str) -> int:
    return zlib.crc32(key.encode("utf-8"))


def make_places(only: list[str] | None = None) -> None:
    for key, fn in PLACES.items():
        if only and key not in only:
            continue
        t = time.time()
        place = fn(random.Random(seed_for(key)))
        stats = tmx.write_place(place, ROOT / "assets")
        print(f"place {key}: {stats['tiles']} tiles ({time.time() - t:.1f}s)")


def main(argv: list[str]) -> None:
    pygame.init()
    what = argv or ["places", "sprites", "sounds", "music", "events", "draft"]
    names = [a for a in what if a not in ("places", "sprites", "sounds", "music", "events", "draft")]
    if "places" in what or any(n in PLACES for n in names):
        make_places([n for n in names if n in PLACES] or None)
    if "sprites" in what or any(n in CAST for n in names):
        from tools.art.build import write_all  # needs the art extra (resvg-py)
        write_all(ROOT / "assets" / "sprites", [n for n in names if n in CAST] or None)
    if "sounds" in what:
        sounds.write_all(ROOT / "assets" / "sounds")
    if "music" in what or any(n in music.PIECES for n in names):
        music.write_all(ROOT / "assets" / "sounds", [n for n in names if n in music.PIECES] or None)  # needs oggenc
    if "events" in what or any(n in events.EVENTS for n in names):
        events.write_all(ROOT / "assets" / "events", [n for n in names if n in events.EVENTS] or None)
    if "draft" in what:  # placeholder stage and figure for `vn adapt` drafts
        draft.write_all(ROOT / "assets")


if __name__ == "__main__":
    main(sys.argv[1:])
