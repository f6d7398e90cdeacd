"""The asset catalogue: which maps, stage points, sprite sets, expressions and sounds exist,
and the story's references checked against them (as diagnostics). Parses maps without a window.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from dataclasses import dataclass, field
from pathlib import Path, PurePosixPath

from game.story.diagnostics import Diagnostic, did_you_mean, make
from game.story.loader import safe_relative
from game.story.model import Direction, Loc, Story
from game.story.program import Program

MAX_MAP_BYTES = 4 * 1024 * 1024
MAX_MAP_TILES = 512 * 512


class AssetError(ValueError):
    """An asset that cannot be used; the message names the file and the problem."""


@dataclass(frozen=True)
class MapInfo:
    path: Path
    width: int
    height: int
    tile_width: int
    tile_height: int
    layers: tuple[str, ...]
    stage_points: dict[str, tuple[float, float]]
    properties: dict[str, str]


@dataclass
class Catalogue:
    root: Path
    _maps: dict[str, MapInfo | AssetError] = field(default_factory=dict)

    def resolve(self, relative: str) -> Path:
        """An asset path under the root; refuses absolute paths and '..'."""
        if not safe_relative(relative):
            raise AssetError(f"'{relative}' leaves the assets folder")
        path = (self.root / PurePosixPath(relative)).resolve()
        if not path.is_relative_to(self.root.resolve()):
            raise AssetError(f"'{relative}' leaves the assets folder")
        return path

    def map_info(self, relative: str) -> MapInfo:
        if relative not in self._maps:
            try:
                self._maps[relative] = read_map(self.resolve(relative), self.root)
            except AssetError as exc:
                self._maps[relative] = exc
        found = self._maps[relative]
        if isinstance(found, AssetError):
            raise found
        return found

    def sprite_sets(self) -> list[str]:
        folder = self.root / "sprites"
        return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []

    def expressions(self, sprite_set: str) -> list[str]:
        folder = self.root / "sprites" / sprite_set
        return sorted(p.stem for p in folder.glob("*.png")) if folder.is_dir() else []

    def sounds(self) -> list[str]:
        folder = self.root / "sounds"
        return sorted({p.stem for p in folder.iterdir() if p.suffix in (".wav", ".ogg")}) if folder.is_dir() else []

    def sound_path(self, name: str) -> Path | None:
        for suffix in (".ogg", ".wav"):
            path = self.root / "sounds" / f"{name}{suffix}"
            if path.is_file():
                return path
        return None

    def sprite_path(self, sprite_set: str, expression: str) -> Path:
        return self.root / "sprites" / sprite_set / f"{expression}.png"


def _safe_xml(path: Path) -> ET.Element:
    try:
        size = path.stat().st_size
        if size > MAX_MAP_BYTES:
            raise AssetError(f"{path.name}: {size} bytes is too large for a map")
        data = path.read_bytes()
    except OSError as exc:
        raise AssetError(f"{path.name}: cannot read ({exc.strerror or exc})") from exc
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise AssetError(f"{path.name}: DOCTYPE and ENTITY declarations are not allowed in maps")
    try:
        return ET.fromstring(data)
    except ET.ParseError as exc:
        raise AssetError(f"{path.name}: broken XML ({exc})") from exc


def read_map(path: Path, root: Path) -> MapInfo:
    """Parse a Tiled map's header, layers, stage points and tileset images, without pygame."""
    if not path.is_file():
        raise AssetError(f"map file '{path.name}' does not exist")
    tree = _safe_xml(path)
    if tree.tag != "map":
        raise AssetError(f"{path.name}: not a Tiled map (root element <{tree.tag}>)")
    try:
        width, height = int(tree.get("width", "0")), int(tree.get("height", "0"))
        tw, th = int(tree.get("tilewidth", "0")), int(tree.get("tileheight", "0"))
    except ValueError as exc:
        raise AssetError(f"{path.name}: map size is not a number") from exc
    if not (0 < width * height <= MAX_MAP_TILES) or not (0 < tw <= 512 and 0 < th <= 512):
        raise AssetError(f"{path.name}: map size {width}x{height} of {tw}x{th} px is out of range")
    for tileset in tree.iter("tileset"):
        source = tileset.get("source")
        node, base = tileset, path.parent
        if source:
            tsx = _inside(base / source, root, path.name, source)
            node, base = _safe_xml(tsx), tsx.parent
        for image in node.iter("image"):
            _inside(base / image.get("source", ""), root, path.name, image.get("source", ""))
    layers = tuple(layer.get("name", "") for layer in tree if layer.tag in ("layer", "objectgroup", "imagelayer"))
    points: dict[str, tuple[float, float]] = {}
    for group in tree.iter("objectgroup"):
        if group.get("name") == "stage":
            for obj in group.iter("object"):
                if obj.get("name"):
                    points[obj.get("name", "")] = (float(obj.get("x", "0")), float(obj.get("y", "0")))
    props = {p.get("name", ""): p.get("value", p.text or "") for p in tree.findall("./properties/property")}
    return MapInfo(path, width, height, tw, th, layers, points, props)


def _inside(path: Path, root: Path, map_name: str, given: str) -> Path:
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise AssetError(f"{map_name}: '{given}' leaves the assets folder")
    if not resolved.is_file():
        raise AssetError(f"{map_name}: '{given}' does not exist")
    return resolved


def check_assets(story: Story, program: Program, catalogue: Catalogue) -> list[Diagnostic]:
    """Every map, stage point, sprite set, expression and sound the story uses must exist."""
    out: list[Diagnostic] = []
    maps: dict[str, MapInfo] = {}
    for place in story.places.values():
        try:
            maps[place.id] = catalogue.map_info(place.map)
        except AssetError as exc:
            code = "VN143" if "leaves" in str(exc) else "VN141" if "exist" not in str(exc) else "VN140"
            out.append(make(code, place.loc, f"place '{place.id}': {exc}"))
    sets = catalogue.sprite_sets()
    for member in story.cast.values():
        if member.sprite not in sets:
            out.append(make("VN126", member.loc, f"no sprite set '{member.sprite}' in assets/sprites",
                            did_you_mean(member.sprite, sets)))
    for scene in story.scenes:
        for who, sprite_set in scene.sprites:
            if sprite_set not in sets:
                out.append(make("VN126", scene.loc, f"no sprite set '{sprite_set}' for '{who}'",
                                did_you_mean(sprite_set, sets)))
    sounds = catalogue.sounds()
    reported: set[tuple[str, str]] = set()

    def sound(name: str | None, loc: Loc) -> None:
        if name and name not in sounds and ("sound", name) not in reported:
            reported.add(("sound", name))
            out.append(make("VN125", loc, f"no sound '{name}' in assets/sounds", did_you_mean(name, sounds)))

    for scene in story.scenes:
        sound(scene.music, scene.loc)
        for step in scene.steps:
            if isinstance(step, Direction) and step.verb in ("sound", "music") and step.value != "none":
                sound(step.value, step.loc)
    for beat in program.beats:
        info = maps.get(beat.stage.place)
        for actor in beat.stage.actors:
            key = (f"{actor.sprite}/{actor.expression}", "")
            if actor.sprite in sets and key not in reported:
                expressions = catalogue.expressions(actor.sprite)
                if actor.expression not in expressions:
                    reported.add(key)
                    out.append(make("VN123", actor.loc, f"'{actor.sprite}' has no expression '{actor.expression}'",
                                    did_you_mean(actor.expression, expressions) or f"it has: {', '.join(expressions)}"))
            pkey = (beat.stage.place, actor.position)
            if info is not None and actor.position not in info.stage_points and pkey not in reported:
                reported.add(pkey)
                out.append(make("VN124", actor.loc, f"map '{beat.stage.place}' has no stage point '{actor.position}'",
                                did_you_mean(actor.position, list(info.stage_points)) or f"it has: {', '.join(info.stage_points)}"))
    return out

