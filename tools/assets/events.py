"""Event illustrations ("CGs"): full-frame pictures of the chapter's peaks, painted as SVG by
the modules in `tools/assets/cg/` and rasterised by resvg at build time (the `art` extra;
nothing here is needed to play).  Writes `assets/events/<name>.png` (1280 x 720, the frame: painted at
2560 x 1440 and averaged down, so every edge is antialiased; the player decodes a quarter of the pixels) and
`assets/events/events.yaml` (name -> title, for the Gallery).  Deterministic: each picture
draws with its own seeded `random.Random` and resvg renders the same SVG to the same bytes.

    python tools/make_assets.py events            # all of them
    python tools/make_assets.py names-at-dawn     # one
"""
from __future__ import annotations

import random
import zlib
from collections.abc import Callable
from pathlib import Path

from .cg import aftermath, dawn, door, friend, home, lunch, morning, nap, night, rage, rooftops, sunrise, training
from .cg.svg import Svg

SIZE = (2560, 1440)  # what the SVG is painted at
FRAME = (1280, 720)  # what is written: the game's frame

# name -> (Gallery title, painter); in story order
EVENTS: dict[str, tuple[str, Callable[[Svg, random.Random], None]]] = {
    "names-at-dawn": ("Three new names", dawn.names_at_dawn),
    "flower-on-stone": ("A flower on the stone", dawn.flower_on_stone),
    "hug": ("Thank you, Kakashi-sensei", training.hug),
    "hug-eased": ("The stiffness goes out of him", training.hug_eased),
    "hug-relaxed": ("You're welcome, Sakura", training.hug_relaxed),
    "push-ups": ("One-armed push-ups", training.push_ups),
    "extra-weight": ("Extra weight", training.extra_weight),
    "apple": ("Absolutely not fine", training.apple),
    "back-to-back": ("Lunch, back to back", lunch.back_to_back),
    "got-it": ("Got it, finally", lunch.got_it),
    "friend": ("Why, you're my friend", friend.friend),
    "fingers-on-names": ("Her parents' names", dawn.fingers_on_names),
    "rooftops": ("Across the rooftops", rooftops.rooftops),
    "rage": ("Everything she can get her hands on", rage.rage),
    "wrecked-house": ("A complete mess", home.wrecked_house),
    "lopsided": ("Over one eye", aftermath.lopsided),
    "couch-nap": ("Book over his face", nap.couch_nap),
    "catch": ("Before she hits the floor", door.catch),
    "couch-hug": ("You're not alone", night.couch_hug),
    "couch-hug-rest": ("Her head against his neck", night.couch_hug_rest),
    "chain-in-hand": ("Something small", night.chain_in_hand),
    "necklace": ("His mother's necklace", night.necklace),
    "stone-in-fingers": ("Just this once", morning.stone_in_fingers),
    "hands-on-stone": ("Both hands on the stone", sunrise.hands_on_stone),
    "looks-up": ("Sunrise at the stone", sunrise.looks_up),
}

# The pictures painted in their own light (a night palette, a dawn's mist, the sunrise sky): the time of day each was
# painted for, written to events.yaml as `light:` so the stage shows it as painted. Every other picture is painted in
# plain daylight and is lit for its scene's time by the stage, as the places are.
LIGHTS: dict[str, str] = {
    "names-at-dawn": "dawn", "flower-on-stone": "dawn", "fingers-on-names": "dawn",
    "wrecked-house": "dusk", "lopsided": "dusk",
    "couch-nap": "night", "catch": "night", "couch-hug": "night", "couch-hug-rest": "night",
    "chain-in-hand": "night", "necklace": "night",
    "hands-on-stone": "dawn", "looks-up": "sunrise",
}


def svg_text(name: str) -> str:
    svg = Svg(*SIZE)
    EVENTS[name][1](svg, random.Random(zlib.crc32(name.encode("utf-8"))))
    return svg.text()


def render(name: str, size: tuple[int, int] | None = None) -> bytes:
    """PNG bytes of one illustration (at `size`, default full size)."""
    import resvg_py  # build-time only: pip install ".[art]"

    w, h = size or SIZE
    return bytes(resvg_py.svg_to_bytes(svg_string=svg_text(name), width=w, height=h, skip_system_fonts=True))


def frame_png(painted: bytes) -> bytes:
    """The painted PNG averaged down to the frame, as an RGB PNG (deterministic: the same pixels, the same bytes)."""
    import io

    import pygame

    from game.render.png import encode_png

    picture = pygame.image.load(io.BytesIO(painted), "x.png")
    return encode_png(pygame.transform.smoothscale(picture, FRAME), level=9)


def titles_yaml() -> str:
    lines = ["# Event illustrations (CGs): name -> title shown in the Gallery, and `light:` for a picture painted in",
             "# its own time of day (the stage then does not light it again). Written by tools/assets/events.py;",
             "# a hand-drawn <name>.png (1280 x 720, or larger) may replace any picture."]
    for name, (title, _fn) in EVENTS.items():
        lines.append(f"{name}:")
        lines.append(f'  title: "{title}"')
        if name in LIGHTS:
            lines.append(f"  light: {LIGHTS[name]}")
    return "\n".join(lines) + "\n"


def write_all(out: Path, only: list[str] | None = None) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name in EVENTS:
        if only and name not in only:
            continue
        data = frame_png(render(name))
        (out / f"{name}.png").write_bytes(data)
        print(f"event {name}: {len(data):,} bytes")
    (out / "events.yaml").write_text(titles_yaml(), encoding="utf-8")
