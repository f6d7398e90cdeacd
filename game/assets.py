"""The asset catalogue: which maps, stage points, sprite sets (poses, expressions, extras), event
illustrations and sounds exist,
and the story's references checked against them (as diagnostics). Parses maps without a window.
"""

from __future__ import annotations

import base64
import binascii
import math
import xml.etree.ElementTree as ET
import zlib
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml
from defusedxml import DefusedXmlException
from defusedxml import ElementTree as defused_tree

from game import assetpaths, pngheader
from game.assetpaths import AssetError
from game.spritesets import ManifestError, SpriteSet, load_set
from game.story.diagnostics import Diagnostic, did_you_mean, make
from game.story.loader import safe_relative
from game.story.model import TIMES, CastMember, Direction, Loc, Place, Scene, Story
from game.story.program import Beat, Looks, Program
from game.story.yamlsource import plain_data

MAX_MAP_BYTES = 4 * 1024 * 1024
MAX_MAP_TILES = 512 * 512
MAX_MAP_PIXELS = 4096  # a side, for a map and for a tileset image (the maps are 1280x720)
MAX_TILESETS = 64
MAX_TILESET_TILES = 16384  # tiles cut from one tileset image (pytmx makes a Surface of each)
MAX_OBJECT_PX = MAX_MAP_PIXELS  # a light's or object's width and height
MAX_OFFSET_PX = 2 * MAX_MAP_PIXELS  # how far outside the map an object or stage point may sit
MAX_IMAGE_SIDE = 4096  # sprites and illustrations (ours: 960x1320 art px, events 2560x1440)
MAX_IMAGE_PIXELS = 2560 * 1440 * 2  # 29 MB as RGBA once decoded


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
    _sets: dict[str, SpriteSet | ManifestError] = field(default_factory=dict)

    def resolve(self, relative: str) -> Path:
        """An asset path under the root; refuses absolute paths and '..' (game.assetpaths.resolve)."""
        return assetpaths.resolve(self.root, relative)

    def map_info(self, relative: str) -> MapInfo:
        if relative not in self._maps:
            try:
                self._maps[relative] = read_map(self.resolve(relative), self.root)
            except AssetError as exc:
                self._maps[relative] = exc
            except OSError as exc:  # e.g. a name too long for the file system
                shown = relative if len(relative) <= 60 else relative[:57] + "..."
                self._maps[relative] = AssetError(f"'{shown}' cannot be read ({exc.strerror or exc})")
        found = self._maps[relative]
        if isinstance(found, AssetError):
            raise found
        return found

    def sprite_sets(self) -> list[str]:
        folder = self.root / "sprites"
        return sorted(p.name for p in folder.iterdir() if p.is_dir()) if folder.is_dir() else []

    def sprite_set(self, name: str) -> SpriteSet:
        """A sprite set's manifest (read once per catalogue); ManifestError when it cannot be used."""
        if name not in self._sets:
            try:
                if not safe_relative(name) or "/" in name:
                    raise ManifestError(f"'{name}' is not a sprite set name")
                self._sets[name] = load_set(self.root / "sprites", name)
            except ManifestError as exc:
                self._sets[name] = exc
        found = self._sets[name]
        if isinstance(found, ManifestError):
            raise found
        return found

    def expressions(self, sprite_set: str) -> list[str]:
        """The expressions of a sprite set (listed once per catalogue: a check asks for every line)."""
        try:
            return sorted(self.sprite_set(sprite_set).expressions)
        except ManifestError:
            return []

    def looks(self, sprite_set: str) -> Looks:
        """What the story compiler needs to tell this set's pose words from its expressions."""
        try:
            found = self.sprite_set(sprite_set)
        except ManifestError:
            return Looks()
        return Looks(tuple(found.poses), found.default_pose)

    def events(self) -> list[str]:
        """The event illustrations (`events/<name>.png`)."""
        folder = self.root / "events"
        return sorted(p.stem for p in folder.glob("*.png")) if folder.is_dir() else []

    def sounds(self) -> list[str]:
        folder = self.root / "sounds"
        return sorted({p.stem for p in folder.iterdir() if p.suffix in (".wav", ".ogg")}) if folder.is_dir() else []

    def sound_path(self, name: str) -> Path | None:
        """The sound's file, as the player finds it (game.assetpaths.sound_file), or None."""
        return assetpaths.sound_file(self.root, name)

    def sprite_path(self, sprite_set: str, expression: str) -> Path:
        """The sprite's file under the root; AssetError when the names would lead out of it."""
        return self.resolve(f"sprites/{sprite_set}/{expression}.png")


def event_titles(root: Path) -> dict[str, str]:
    """The Gallery's titles from `events/events.yaml` (NAME: {title: ...}); {} when it is absent or unreadable."""
    return _event_field(root, "title")


def event_lights(root: Path) -> dict[str, str]:
    """The illustrations painted in their own light, from `events/events.yaml` (NAME: {light: night}): the time of
    day each was painted for, so the stage does not light it a second time; {} when it is absent or unreadable."""
    return _event_field(root, "light")


def _event_field(root: Path, key: str) -> dict[str, str]:
    """NAME -> the text of one field of each entry of `events/events.yaml` that has it as text."""
    return {k: v[key] for k, v in event_entries(root).items() if isinstance(v.get(key), str)}


def event_entries(root: Path) -> dict[str, dict[object, object]]:
    """NAME -> its entry (a mapping) in `events/events.yaml`; {} when the file is absent or unreadable."""
    path = Path(root) / "events" / "events.yaml"
    try:
        data = plain_data(path.read_text(encoding="utf-8")) if path.is_file() else {}
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return {}
    if not isinstance(data, dict):
        return {}
    return {k: v for k, v in data.items() if isinstance(k, str) and isinstance(v, dict)}


def _safe_xml(path: Path, label: str) -> ET.Element:
    """A map or tileset's XML, refusing any DTD (entity bombs, external entities) in any encoding."""
    try:
        with path.open("rb") as handle:
            data = handle.read(MAX_MAP_BYTES + 1)
    except OSError as exc:
        raise AssetError(f"{label}: cannot read ({exc.strerror or exc})") from exc
    if len(data) > MAX_MAP_BYTES:
        raise AssetError(f"{label}: the file is too large for a map (over {MAX_MAP_BYTES // 2**20} MB)")
    try:  # defusedxml: no DTD at all, so no entity bombs and no external entities, whatever the encoding
        return defused_tree.fromstring(data, forbid_dtd=True, forbid_entities=True, forbid_external=True)
    except DefusedXmlException as exc:
        raise AssetError(f"{label}: DOCTYPE and ENTITY declarations are not allowed in maps") from exc
    except ET.ParseError as exc:
        raise AssetError(f"{label}: broken XML ({exc})") from exc


def read_map(path: Path, root: Path) -> MapInfo:
    """Parse a Tiled map's header, layers, stage points and tileset images, without pygame.

    Everything pytmx would later read is checked first: sizes, tilesets and images (inside
    `root`, PNG, bounded), tile data (decodes to no more than the map holds), stage points.
    """
    name = path.name
    if not path.is_file():
        raise AssetError(f"map file '{name}' does not exist")
    tree = _safe_xml(path, name)
    if tree.tag != "map":
        raise AssetError(f"{name}: not a Tiled map (root element <{tree.tag}>)")
    try:
        width, height = int(tree.get("width", "0")), int(tree.get("height", "0"))
        tw, th = int(tree.get("tilewidth", "0")), int(tree.get("tileheight", "0"))
    except ValueError as exc:
        raise AssetError(f"{name}: map size is not a number") from exc
    if not (0 < width and 0 < height and width * height <= MAX_MAP_TILES and 0 < tw <= 512 and 0 < th <= 512
            and width * tw <= MAX_MAP_PIXELS and height * th <= MAX_MAP_PIXELS):
        raise AssetError(f"{name}: map size {width}x{height} of {tw}x{th} px is out of range")
    tilesets = tree.findall("tileset")
    if len(tilesets) > MAX_TILESETS:
        raise AssetError(f"{name}: {len(tilesets)} tilesets; the limit is {MAX_TILESETS}")
    parsed: dict[Path, ET.Element] = {}
    for tileset in tilesets:
        source = tileset.get("source")
        if source:
            tsx = _inside(path.parent / source, root, name, source)
            if tsx not in parsed:
                parsed[tsx] = _safe_xml(tsx, f"{name} (tileset '{source}')")
                _check_images(parsed[tsx], tsx.parent, root, name)
    _check_images(tree, path.parent, root, name)  # embedded tilesets, their tiles, image layers
    for tileset, base in [*((t, path.parent) for t in tree.findall("tileset")), *((t, f.parent) for f, t in parsed.items())]:
        _check_tile_count(tileset, base, root, name)
    for obj in tree.iter("object"):
        _check_object(obj, name)
    for data in tree.iter("data"):
        _check_tile_data(data, width * height, name)
    layers = tuple(layer.get("name", "") for layer in tree if layer.tag in ("layer", "objectgroup", "imagelayer"))
    points: dict[str, tuple[float, float]] = {}
    for group in tree.iter("objectgroup"):
        if group.get("name") == "stage":
            for obj in group.iter("object"):
                if obj.get("name"):
                    points[obj.get("name", "")] = _point(obj, name)
    props = {p.get("name", ""): p.get("value", p.text or "") for p in tree.findall("./properties/property")}
    return MapInfo(path, width, height, tw, th, layers, points, props)


def _point(obj: ET.Element, map_name: str) -> tuple[float, float]:
    try:
        x, y = float(obj.get("x", "0")), float(obj.get("y", "0"))
    except ValueError:
        x = y = math.nan
    if not (math.isfinite(x) and math.isfinite(y)):
        raise AssetError(f"{map_name}: the position of stage point '{obj.get('name')}' is not a number")
    return x, y


def _check_object(obj: ET.Element, map_name: str) -> None:
    """Every object (stage points, lights): a position near the map and a size the renderer can draw."""
    label = f"object {obj.get('id', '?')}" + (f" '{obj.get('name')}'" if obj.get("name") else "")
    for key, low, high in (("x", -MAX_OFFSET_PX, MAX_OFFSET_PX), ("y", -MAX_OFFSET_PX, MAX_OFFSET_PX),
                           ("width", 0, MAX_OBJECT_PX), ("height", 0, MAX_OBJECT_PX)):
        given = obj.get(key)
        if given is None:
            continue
        try:
            value = float(given)
        except ValueError:
            value = math.nan
        shown = given if len(given) <= 20 else given[:17] + "..."
        if not math.isfinite(value):
            raise AssetError(f"{map_name}: {label} has {key}=\"{shown}\", which is not a number")
        if not low <= value <= high:
            raise AssetError(f"{map_name}: {label} has {key}=\"{shown}\", out of range (from {low} to {high})")


def _check_tile_count(tileset: ET.Element, base: Path, root: Path, map_name: str) -> None:
    """A tileset's tile size against its image: pytmx cuts one Surface per tile (1-px tiles on a
    4096-px image would be 16 million of them)."""
    if tileset.get("source"):
        return  # checked through its parsed .tsx
    label = f"{map_name}: tileset '{tileset.get('name', '?')}'"
    try:
        tw, th = int(tileset.get("tilewidth", "0")), int(tileset.get("tileheight", "0"))
    except ValueError as exc:
        raise AssetError(f"{label}: its tile size is not a number") from exc
    if not (0 < tw <= 512 and 0 < th <= 512):
        raise AssetError(f"{label}: tiles of {tw}x{th} px; they must be 1 to 512 px a side")
    image = tileset.find("image")
    if image is None:
        return
    found = _inside(base / image.get("source", ""), root, map_name, image.get("source", ""))
    w, h = image_size(found, label, MAX_MAP_PIXELS, MAX_MAP_PIXELS * MAX_MAP_PIXELS)
    if (w // tw) * (h // th) > MAX_TILESET_TILES:
        raise AssetError(f"{label}: its {w}x{h} px image cut into {tw}x{th} px tiles makes "
                         f"{(w // tw) * (h // th)} tiles; the limit is {MAX_TILESET_TILES}")


def image_size(path: Path, label: str, max_side: int = MAX_IMAGE_SIDE, max_pixels: int = MAX_IMAGE_PIXELS) -> tuple[int, int]:
    """A sprite's or illustration's size, from its PNG header, before anything decodes it: AssetError when it
    is not a PNG or is larger than the renderer allows."""
    try:
        w, h = pngheader.size(path, label)
    except pngheader.PngError as exc:
        raise AssetError(str(exc)) from exc
    _within_limits(w, h, label, max_side, max_pixels)
    return w, h


def layer_header(path: Path, label: str) -> tuple[tuple[int, int], tuple[int, int] | None]:
    """A sprite layer's size within the limits and, when it is trimmed, its place on the pose's canvas (the
    PNG's oFFs chunk; None for a whole canvas): one read of the file's header. AssetError otherwise."""
    try:
        (w, h), offset = pngheader.read(path, label, MAX_IMAGE_SIDE)
    except pngheader.PngError as exc:
        raise AssetError(str(exc)) from exc
    _within_limits(w, h, label)
    return (w, h), offset


def png_offset(path: Path, label: str) -> tuple[int, int] | None:
    """A trimmed layer's place on its pose's canvas (the PNG's oFFs chunk), or None for a whole canvas;
    AssetError when the chunk is malformed or places it beyond any picture's size."""
    try:
        return pngheader.read(path, label, MAX_IMAGE_SIDE)[1]
    except pngheader.PngError as exc:
        raise AssetError(str(exc)) from exc


def _within_limits(w: int, h: int, label: str, max_side: int = MAX_IMAGE_SIDE, max_pixels: int = MAX_IMAGE_PIXELS) -> None:
    if not (0 < w <= max_side and 0 < h <= max_side and w * h <= max_pixels):
        raise AssetError(f"{label}: {w}x{h} px is too large (at most {max_side} px a side and "
                         f"{max_pixels // 1_000_000} million pixels)")


def _check_images(node: ET.Element, base: Path, root: Path, map_name: str) -> None:
    for image in node.iter("image"):
        given = image.get("source", "")
        found = _inside(base / given, root, map_name, given)
        try:
            w, h = pngheader.size(found, f"{map_name}: image '{given}'")
        except pngheader.PngError as exc:
            raise AssetError(str(exc)) from exc
        if not (0 < w <= MAX_MAP_PIXELS and 0 < h <= MAX_MAP_PIXELS):
            raise AssetError(f"{map_name}: image '{given}' is {w}x{h} px; the limit is {MAX_MAP_PIXELS} px a side")


def _check_tile_data(data: ET.Element, tiles: int, map_name: str) -> None:
    """Tile data must decode, as pytmx will decode it, to at most one 4-byte id per tile of the map."""
    encoding, compression = data.get("encoding"), data.get("compression")
    texts = [data.text or ""] + [chunk.text or "" for chunk in data.iter("chunk")]
    if encoding == "csv":
        for text in texts:
            if not all(item.strip().isdigit() for item in text.split(",") if item.strip()):
                raise AssetError(f"{map_name}: CSV tile data holds something other than tile numbers")
        return
    if encoding != "base64":
        if encoding is not None:
            raise AssetError(f"{map_name}: tile data encoding '{encoding}' is not supported")
        return
    limit = tiles * 4
    for text in texts:
        try:
            raw = base64.b64decode("".join(text.split()), validate=True)
        except (binascii.Error, ValueError) as exc:
            raise AssetError(f"{map_name}: tile data is not valid base64") from exc
        if compression in ("zlib", "gzip"):
            size = _inflated_size(raw, 15 if compression == "zlib" else 31, limit, map_name)
        elif compression:
            raise AssetError(f"{map_name}: tile data compression '{compression}' is not supported")
        else:
            size = len(raw)
        if size > limit:
            raise AssetError(f"{map_name}: tile data is larger than a {tiles}-tile map holds")


def _inflated_size(raw: bytes, wbits: int, limit: int, map_name: str) -> int:
    """How many bytes `raw` inflates to (every gzip member, as gzip.decompress reads them), stopping past `limit`."""
    total = 0
    while raw:
        inflater = zlib.decompressobj(wbits)
        try:
            total += len(inflater.decompress(raw, limit + 1 - total))
        except zlib.error as exc:
            raise AssetError(f"{map_name}: tile data does not decompress ({exc})") from exc
        if total > limit or inflater.unconsumed_tail:
            return limit + 1
        if not inflater.eof:
            raise AssetError(f"{map_name}: tile data is cut short")
        raw = inflater.unused_data if wbits == 31 else b""
    return total


def _inside(path: Path, root: Path, map_name: str, given: str) -> Path:
    resolved = path.resolve()
    if not resolved.is_relative_to(root.resolve()):
        raise AssetError(f"{map_name}: '{given}' leaves the assets folder")
    if not resolved.is_file():
        raise AssetError(f"{map_name}: '{given}' does not exist")
    return resolved


def check_assets(story: Story, program: Program, catalogue: Catalogue) -> list[Diagnostic]:
    """Every map, stage point, sprite set, expression and sound the story uses must exist."""
    check = AssetCheck(story.cast, story.places, catalogue)
    return check.report([check.scenes(story.scenes, program.beats)])


@dataclass(slots=True)
class SceneAssets:
    """What the asset check needs from a run of scenes and their beats, found in one pass over them. A later
    run's facts may repeat an earlier run's (a sound missing from both); `AssetCheck.report` reports each once,
    at its first use in the story, as one pass over the whole story does."""

    sprites: list[Diagnostic] = field(default_factory=list)  # the scenes' own 'sprites:' (VN126, VN164)
    events: list[Diagnostic] = field(default_factory=list)  # illustrations not in assets/events (VN161)
    first_events: list[tuple[str, Loc]] = field(default_factory=list)  # each illustration at its first 'event:'
    sets: set[str] = field(default_factory=set)  # the sprite sets the scenes' 'sprites:' name
    sounds: list[tuple[str, Loc]] = field(default_factory=list)  # each sound not in assets/sounds, at its first use
    stage: list[tuple[str, tuple[Any, ...], Loc]] = field(default_factory=list)  # ("look", LOOK) and ("point",
    # (PLACE, POSITION)) to check, each at its first actor, in the order the beats show them


class AssetCheck:
    """The asset check in two steps: `scenes` finds the facts of a run of scenes (any run, in story order), and
    `report` gives the diagnostics of the runs' facts as one pass over the whole story gives them: the cast's and
    places' first, then the scenes' sprite sets, illustrations, images, sounds and stage looks and points."""

    def __init__(self, cast: dict[str, CastMember], places: dict[str, Place], catalogue: Catalogue) -> None:
        self.catalogue = catalogue
        self.head: list[Diagnostic] = []
        self.maps: dict[str, MapInfo] = {}
        for place in places.values():
            if not safe_relative(place.map):
                continue  # the loader has reported it, at the path itself
            try:
                self.maps[place.id] = catalogue.map_info(place.map)
            except AssetError as exc:
                code = "VN143" if "leaves" in str(exc) else "VN141" if "exist" not in str(exc) else "VN140"
                self.head.append(make(code, place.loc, f"place '{place.id}': {exc}"))
        self.sets = catalogue.sprite_sets()
        for member in cast.values():
            if member.sprite not in self.sets:
                self.head.append(make("VN126", member.loc, f"no sprite set '{member.sprite}' in assets/sprites",
                                      did_you_mean(member.sprite, self.sets)))
            else:
                _manifest(catalogue, member.sprite, member.loc, self.head)
        self.cast_sets = {member.sprite for member in cast.values()}
        self.events = catalogue.events()
        self.sounds = catalogue.sounds()

    def scenes(self, scenes: Iterable[Scene], beats: Iterable[Beat]) -> SceneAssets:
        """The facts of these scenes and of their beats (the compiled lines of exactly these scenes)."""
        found = SceneAssets()
        scenes = list(scenes)
        for scene in scenes:
            for who, sprite_set in scene.sprites:
                found.sets.add(sprite_set)
                if sprite_set not in self.sets:
                    found.sprites.append(make("VN126", scene.loc, f"no sprite set '{sprite_set}' for '{who}'",
                                              did_you_mean(sprite_set, self.sets)))
                else:
                    _manifest(self.catalogue, sprite_set, scene.loc, found.sprites)
        walks = [scene.walk() for scene in scenes]
        events, seen = self.events, set()
        for steps in walks:
            for step in steps:
                if not (isinstance(step, Direction) and step.verb == "event"):
                    continue
                if step.value != "none" and step.value not in events:
                    found.events.append(make("VN161", step.loc, f"no illustration '{step.value}' in assets/events",
                                             did_you_mean(step.value or "", events)
                                             or (f"there are: {', '.join(events)}" if events else None)))
                if step.value not in seen:
                    seen.add(step.value or "")
                    found.first_events.append((step.value or "", step.loc))
        sounds, missing = self.sounds, set()

        def sound(name: str | None, loc: Loc) -> None:
            if name and name not in sounds and name not in missing:
                missing.add(name)
                found.sounds.append((name, loc))

        for scene, steps in zip(scenes, walks):
            sound(scene.music, scene.loc)
            for step in steps:
                if isinstance(step, Direction) and step.verb in ("sound", "music") and step.value != "none":
                    sound(step.value, step.loc)
        stages: set[int] = set()  # beats share a Stage until a direction changes it: each is checked once
        looked: set[tuple[Any, ...]] = set()
        pointed: set[tuple[Any, ...]] = set()
        for beat in beats:
            if id(beat.stage) in stages:
                continue
            stages.add(id(beat.stage))
            info = self.maps.get(beat.stage.place)
            for actor in beat.stage.actors:
                look = (actor.sprite, actor.expression, actor.pose, actor.extras)
                if actor.sprite in self.sets and look not in looked:
                    looked.add(look)
                    found.stage.append(("look", look, actor.loc))
                point = (beat.stage.place, actor.position)
                if info is not None and actor.position not in info.stage_points and point not in pointed:
                    pointed.add(point)
                    found.stage.append(("point", point, actor.loc))
        return found

    def report(self, runs: list[SceneAssets]) -> list[Diagnostic]:
        """The diagnostics of the story whose scenes, in order, are the runs'."""
        catalogue = self.catalogue
        out = list(self.head)
        for run in runs:
            out += run.sprites
        for run in runs:
            out += run.events
        out += _event_lights([item for run in runs for item in run.first_events], catalogue)
        out += check_images(catalogue, sorted(self.cast_sets.union(*(run.sets for run in runs))))
        reported: set[tuple[str, str]] = set()
        for run in runs:
            for name, loc in run.sounds:
                if ("sound", name) not in reported:
                    reported.add(("sound", name))
                    out.append(make("VN125", loc, f"no sound '{name}' in assets/sounds", did_you_mean(name, self.sounds)))
        looked: set[tuple[Any, ...]] = set()  # a look checked once reports nothing more
        for run in runs:
            for kind, key, loc in run.stage:
                if kind == "look":
                    if key not in looked:
                        looked.add(key)
                        _looks(catalogue, key, loc, reported, out)
                elif key not in reported:
                    reported.add(key)  # type: ignore[arg-type]
                    place, position = key
                    info = self.maps[place]
                    out.append(make("VN124", loc, f"map '{place}' has no stage point '{position}'",
                                    did_you_mean(position, list(info.stage_points)) or f"it has: {', '.join(info.stage_points)}"))
        return out


def _event_lights(firsts: list[tuple[str, Loc]], catalogue: Catalogue) -> list[Diagnostic]:
    """VN165 at the first 'event:' showing an illustration whose `light:` in events.yaml is no time of day (the
    renderer would take it for "painted in its own light" and show it unlit in every scene). `firsts`: each
    illustration at its first 'event:' in a run of scenes, the runs in story order."""
    entries = event_entries(catalogue.root)
    out: list[Diagnostic] = []
    seen: set[str] = set()
    for value, loc in firsts:
        if value in seen:
            continue
        seen.add(value)
        entry = entries.get(value, {})
        light = entry.get("light")
        if "light" in entry and light not in TIMES:
            out.append(make("VN165", loc, f"illustration '{value}': events/events.yaml gives it light "
                                          f"{light!r}, which is no time of day",
                            f"give the time it was painted in: {', '.join(TIMES[:-1])} or {TIMES[-1]}; or leave "
                            "'light:' out to light it for each scene's time"))
    return out


def _manifest(catalogue: Catalogue, sprite_set: str, loc: Loc, out: list[Diagnostic]) -> None:
    try:
        catalogue.sprite_set(sprite_set)
    except ManifestError as exc:
        out.append(make("VN164", loc, f"sprite set '{sprite_set}': {exc}", "see docs/assets.md, 'Layered sprites'"))


def _looks(catalogue: Catalogue, look: tuple[Any, ...], loc: Loc, reported: set[tuple[str, str]],
           out: list[Diagnostic]) -> None:
    """A look's (sprite set, expression, pose, extras) expression, pose and extras must be ones its sprite set has
    (each reported once, at `loc`: the first actor seen with it)."""
    sprite, expression, pose, extras = look
    try:
        found = catalogue.sprite_set(sprite)
    except ManifestError:
        return  # reported at the cast member
    poses, expressions = list(found.poses), list(found.expressions)
    checks = [("expression", expression, expressions, "VN123"), ("pose", pose, poses, "VN160")]
    checks += [("extra", extra, list(found.extras), "VN163") for extra in extras]
    for kind, word, known, code in checks:
        key = (f"{sprite}/{kind}/{word}", "")
        if word in known or key in reported:
            continue
        reported.add(key)
        hint = did_you_mean(word, known)
        if kind == "expression" and hint is None and did_you_mean(word, poses):
            kind, hint = "expression or pose", did_you_mean(word, poses)
        listing = f"it has: {', '.join(known)}" if known else f"it has no {kind}s"
        out.append(make(code, loc, f"'{sprite}' has no {kind} '{word}'", hint or listing))


def check_images(catalogue: Catalogue, sprite_sets: list[str]) -> list[Diagnostic]:
    """Every picture of the sprite sets in use, and every illustration, within the renderer's size limits and
    with a readable place on its canvas when it is trimmed (VN144, at the image file itself)."""
    root = catalogue.root
    folders = [root / "sprites" / name for name in sprite_sets if safe_relative(name)] + [root / "events"]
    out: list[Diagnostic] = []
    for folder in folders:
        if not folder.is_dir():
            continue
        for path in sorted(folder.rglob("*.png"))[:10_000]:
            try:
                shown = str(path.relative_to(root))
            except ValueError:
                shown = str(path)
            try:
                layer_header(path, shown)
            except AssetError as exc:
                out.append(make("VN144", Loc(str(path), 1, 1), str(exc), "redraw or scale it down"))
    return out
