"""A tiny layered sprite set drawn in flat colours, written under a temp folder (never the bundled art),
and an assets folder that holds it beside the bundled maps, tilesets and sounds."""

from __future__ import annotations

import shutil
from pathlib import Path

import pygame

from tests.conftest import ROOT

BODY, NEUTRAL, SMILE, TEARS, MARK, BOOK = (90, 90, 90), (200, 40, 40), (40, 200, 40), (40, 40, 220), (250, 250, 250), (120, 80, 20)

MANIFEST = """\
version: 1
scale: 0.5
default_pose: standing
order: [body, face, extras, mark, front]
fixed: [mark]
facing: left
face_size: [10, 4]
expressions: [neutral, smile, sad]
extras: [tears, blush]
poses:
  standing:
    text: standing, a test
    size: [40, 60]
    foot: [20, 60]
    face: [12, 15]
  lying-couch-book:
    text: lying with a book over the face
    size: [80, 30]
    foot: [40, 30]
    face: [15, 15]
    face_angle: 90
    face_visible: false
  sitting-couch:
    size: [40, 40]
    foot: [20, 40]
    face: [20, 8]
    face_angle: 90
"""


def _png(path: Path, size: tuple[int, int], fills: list[tuple[tuple[int, int, int], tuple[int, int, int, int]]]) -> None:
    surface = pygame.Surface(size, pygame.SRCALPHA)
    surface.fill((0, 0, 0, 0))
    for colour, rect in fills:
        surface.fill(colour, rect)
    path.parent.mkdir(parents=True, exist_ok=True)
    pygame.image.save(surface, str(path))


def make_layered_set(sprites: Path, name: str = "tester") -> Path:
    folder = sprites / name
    folder.mkdir(parents=True)
    (folder / "sprite.yaml").write_text(MANIFEST, encoding="utf-8")
    for pose, size in (("standing", (40, 60)), ("lying-couch-book", (80, 30)), ("sitting-couch", (40, 40))):
        _png(folder / "poses" / pose / "body.png", size, [(BODY, (0, 0, 30, size[1]))])  # the left 30 px
    _png(folder / "poses" / "standing" / "mark.png", (40, 60), [(MARK, (2, 40, 2, 2)), ((1, 1, 1), (4, 40, 2, 2))])
    _png(folder / "poses" / "lying-couch-book" / "front.png", (80, 30), [(BOOK, (5, 5, 20, 20))])
    for expression, colour in (("neutral", NEUTRAL), ("smile", SMILE), ("sad", NEUTRAL)):
        _png(folder / "faces" / f"{expression}.png", (10, 4), [(colour, (0, 0, 10, 4))])
    _png(folder / "extras" / "tears.png", (10, 4), [(TEARS, (4, 0, 2, 4))])
    _png(folder / "extras" / "blush.png", (10, 4), [])
    return folder


def assets_with_layered(tmp: Path, name: str = "tester") -> Path:
    """An assets folder: copies of the bundled maps, tilesets, sounds and sprite sets, plus the test set."""
    assets = tmp / "assets"
    for part in ("maps", "tilesets", "sounds", "sprites"):
        shutil.copytree(ROOT / "assets" / part, assets / part)
    make_layered_set(assets / "sprites", name)
    return assets
