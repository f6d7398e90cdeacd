"""Tiled output: slices painted 1280x720 layers into 40x40 tiles, deduplicates
them into one tileset per place, and writes ``assets/tilesets/<place>.png``,
``assets/tilesets/<place>.tsx`` and ``assets/maps/<place>.tmx``.

The map format follows docs/assets.md: orthogonal 32x18 map of 40 px tiles,
CSV tile layers ``ground``, ``back``, ``front``, object layers ``stage``
(points) and ``light`` (ellipses with color/strength/times properties).
"""
from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import quoteattr

import pygame

TILE = 40
COLS, ROWS = 32, 18
LAYERS = ("ground", "back", "front")
SHEET_COLS = 32


@dataclass
class Light:
    """An elliptic light source (logical pixels)."""
    x: float
    y: float
    w: float
    h: float
    color: str
    strength: float
    times: str
    label: str = "light"


@dataclass
class Place:
    """Everything a map needs: its painted layers and its objects."""
    key: str
    title: str
    default_time: str
    layers: dict[str, pygame.Surface]
    stage: dict[str, tuple[float, float]]
    lights: list[Light] = field(default_factory=list)


def write_place(place: Place, root: Path) -> dict[str, int]:
    """Write the tileset image, TSX and TMX for ``place``; return stats."""
    tiles: list[pygame.Surface] = []
    index: dict[bytes, int] = {}
    grids: dict[str, list[int]] = {}
    for name in LAYERS:
        surf = place.layers.get(name)
        grid: list[int] = []
        for r in range(ROWS):
            for c in range(COLS):
                if surf is None:
                    grid.append(0)
                    continue
                tile = surf.subsurface((c * TILE, r * TILE, TILE, TILE)).copy()
                raw = pygame.image.tobytes(tile, "RGBA")
                # fully transparent tile -> gid 0
                if not any(raw[3::4]):
                    grid.append(0)
                    continue
                gid = index.get(raw)
                if gid is None:
                    tiles.append(tile)
                    gid = len(tiles)
                    index[raw] = gid
                grid.append(gid)
        grids[name] = grid

    n = len(tiles)
    rows = (n + SHEET_COLS - 1) // SHEET_COLS
    sheet = pygame.Surface((SHEET_COLS * TILE, rows * TILE), pygame.SRCALPHA)
    sheet.fill((0, 0, 0, 0))
    for i, t in enumerate(tiles):
        sheet.blit(t, ((i % SHEET_COLS) * TILE, (i // SHEET_COLS) * TILE))
    tdir = root / "tilesets"
    mdir = root / "maps"
    tdir.mkdir(parents=True, exist_ok=True)
    mdir.mkdir(parents=True, exist_ok=True)
    pygame.image.save(sheet, str(tdir / f"{place.key}.png"))

    tsx = (
        '<?xml version="1.0" encoding="UTF-8"?>\n'
        f'<tileset version="1.10" tiledversion="1.10.2" name="{place.key}" '
        f'tilewidth="{TILE}" tileheight="{TILE}" tilecount="{n}" columns="{SHEET_COLS}">\n'
        f' <image source="{place.key}.png" width="{SHEET_COLS * TILE}" height="{rows * TILE}"/>\n'
        '</tileset>\n'
    )
    (tdir / f"{place.key}.tsx").write_text(tsx, encoding="utf-8")

    out: list[str] = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<map version="1.10" tiledversion="1.10.2" orientation="orthogonal" '
        f'renderorder="right-down" width="{COLS}" height="{ROWS}" tilewidth="{TILE}" '
        f'tileheight="{TILE}" infinite="0" nextlayerid="6" nextobjectid="{100}">',
        ' <properties>',
        f'  <property name="title" value={quoteattr(place.title)}/>',
        f'  <property name="default_time" value={quoteattr(place.default_time)}/>',
        ' </properties>',
        f' <tileset firstgid="1" source="../tilesets/{place.key}.tsx"/>',
    ]
    for lid, name in enumerate(LAYERS, start=1):
        grid = grids[name]
        rows_csv = [",".join(str(g) for g in grid[r * COLS:(r + 1) * COLS]) for r in range(ROWS)]
        out.append(f' <layer id="{lid}" name="{name}" width="{COLS}" height="{ROWS}">')
        out.append('  <data encoding="csv">')
        out.append(",\n".join(rows_csv))
        out.append('  </data>')
        out.append(' </layer>')
    oid = 1
    out.append(' <objectgroup id="4" name="stage">')
    for pname, (x, y) in place.stage.items():
        out.append(f'  <object id="{oid}" name={quoteattr(pname)} x="{x:g}" y="{y:g}">')
        out.append('   <point/>')
        out.append('  </object>')
        oid += 1
    out.append(' </objectgroup>')
    out.append(' <objectgroup id="5" name="light">')
    for lt in place.lights:
        out.append(f'  <object id="{oid}" name={quoteattr(lt.label)} x="{lt.x:g}" y="{lt.y:g}" '
                   f'width="{lt.w:g}" height="{lt.h:g}">')
        out.append('   <properties>')
        out.append(f'    <property name="color" value="{lt.color}"/>')
        out.append(f'    <property name="strength" type="float" value="{lt.strength:g}"/>')
        out.append(f'    <property name="times" value="{lt.times}"/>')
        out.append('   </properties>')
        out.append('   <ellipse/>')
        out.append('  </object>')
        oid += 1
    out.append(' </objectgroup>')
    out.append('</map>')
    text = "\n".join(out).replace('nextobjectid="100"', f'nextobjectid="{oid}"') + "\n"
    (mdir / f"{place.key}.tmx").write_text(text, encoding="utf-8")
    return {"tiles": n}
